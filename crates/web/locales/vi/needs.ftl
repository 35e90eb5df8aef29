## The needs form (/bedarf)
needs-title = Bạn còn thiếu gì?
needs-lead = Hãy cho chúng tôi biết sự trợ giúp nào bạn không tìm thấy trong quận. Điều này giúp văn phòng điều phối đưa các hỗ trợ mới đến những nơi còn thiếu.
needs-privacy = Ẩn danh: chúng tôi chỉ lưu chủ đề, khu phố, tuổi của trẻ và nội dung bạn viết, kèm ngày. Không có địa chỉ IP, không tài khoản, không giờ.
needs-field-category = Chủ đề
needs-choose = Vui lòng chọn
needs-field-ortsteil = Khu phố (không bắt buộc)
needs-ortsteil-none = Không nêu hoặc cả quận
needs-field-ages = Tuổi của con bạn (không bắt buộc)
needs-ages-none = Không nêu
needs-ages-0-2 = dưới 3 tuổi
needs-ages-3-5 = 3 đến 5 tuổi
needs-ages-6-11 = 6 đến 11 tuổi
needs-ages-12-17 = 12 đến 17 tuổi
needs-field-text = Cụ thể là thiếu gì? (không bắt buộc)
needs-text-warning = Vui lòng không ghi tên, địa chỉ hay số điện thoại.
needs-text-hint = Tối đa { $max } ký tự. Chúng tôi xóa địa chỉ email, đường dẫn và số điện thoại.
needs-submit = Gửi
needs-done = Cảm ơn! Thông báo của bạn đã đến. Nó được đưa ẩn danh vào radar nhu cầu của văn phòng điều phối.
needs-another = Báo thêm điều khác
needs-see-statistics = Xem thống kê
needs-answers = Bạn đã hỏi – chúng tôi đã hành động
needs-answered-on = Trả lời ngày { $date }
needs-error-count = { $count ->
   *[other] Vui lòng kiểm tra { $count } ô.
}
needs-error-category = Vui lòng chọn một chủ đề.
needs-error-ortsteil = Chúng tôi không biết khu phố này.
needs-error-ages = Vui lòng chọn một nhóm tuổi trong danh sách.
needs-error-text = Nội dung quá dài (tối đa 1.000 ký tự).
needs-error-throttled = Bạn vừa gửi nhiều thông báo. Vui lòng thử lại sau vài phút.
needs-error-full = Hôm nay đã có rất nhiều thông báo. Vui lòng thử lại vào ngày mai.
needs-hidden = < 5
