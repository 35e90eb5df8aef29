## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Chủ lao động thân thiện với gia đình
employers-lead = Các công ty ở Lichtenberg cho thấy họ làm gì cho cha mẹ: giờ làm linh hoạt, làm bán thời gian, học nghề bán thời gian, thông cảm khi con ốm. So sánh tối đa ba công ty cạnh nhau.
employers-all-sectors = Tất cả ngành nghề
employers-all-ortsteile = Tất cả khu phố
employers-choose = Vui lòng chọn
employers-pledge-only = Chỉ những nơi có cam kết
employers-pledge-badge = Cam kết: thân thiện với gia đình
employers-count = { $count ->
    [0] Không có chủ lao động
   *[other] { $count } chủ lao động
}
employers-none = Ở đây chưa có chủ lao động nào. Hãy thử lựa chọn khác.
employers-yes-count = { $count ->
    [0] Chưa có câu hỏi nào được trả lời “Có”
   *[other] { $count } trên 9 câu hỏi được trả lời “Có”
}
employers-compare-pick = So sánh { $name }
employers-compare-hint = Chọn tối đa ba chủ lao động.
employers-compare-submit = So sánh những nơi đã chọn
employers-compare-title = So sánh chủ lao động
employers-compare-caption = Những gì chủ lao động làm cho cha mẹ, theo từng câu hỏi
employers-compare-question = Câu hỏi
employers-compare-too-many = Chỉ đặt được tối đa ba chủ lao động cạnh nhau; đây là ba nơi đầu tiên.
employers-compare-none = Vui lòng chọn trong danh sách chủ lao động những nơi bạn muốn so sánh.
employers-compare-from-here = So sánh với nơi khác
employers-to-jobs = Tìm việc làm và chỗ học nghề có giờ làm phù hợp
employers-proposed = Công ty này chưa được công khai: văn phòng điều phối đang xem xét đăng ký.
employers-where = Ở đâu
employers-answers-title = Những gì công ty làm cho cha mẹ
employers-jobs-title = Việc làm và chỗ học nghề đang tuyển
employers-jobs-none = Hiện không có vị trí đang tuyển.
employers-field-sector = Ngành nghề
employers-field-size = Quy mô
employers-field-ortsteil = Khu phố
employers-field-website = Trang web (không bắt buộc)
employers-field-answer = Câu trả lời
employers-field-note = Giải thích về “{ $criterion }” (không bắt buộc)
employers-size-micro = 1 đến 9 nhân viên
employers-size-small = 10 đến 49 nhân viên
employers-size-medium = 50 đến 249 nhân viên
employers-size-large = từ 250 nhân viên trở lên
employers-sector-care = Chăm sóc điều dưỡng
employers-sector-health = Y tế
employers-sector-retail = Thương mại
employers-sector-hospitality = Nhà hàng và khách sạn
employers-sector-office = Văn phòng và hành chính
employers-sector-crafts = Thủ công nghiệp
employers-sector-logistics = Hậu cần và giao thông
employers-sector-education = Giáo dục và nuôi dạy trẻ
employers-sector-social = Xã hội
employers-sector-it = Công nghệ thông tin và truyền thông
employers-sector-public-service = Dịch vụ công
employers-sector-industry = Công nghiệp và sản xuất
employers-sector-other = Ngành khác
employers-answer-none = Không có thông tin
employers-criterion-flexible-hours = Giờ bắt đầu và kết thúc linh hoạt
employers-criterion-flexible-hours-hint = Nhân viên có thể bắt đầu làm sau khi đưa con đến nhà trẻ không?
employers-criterion-core-hours = Giờ làm chính phù hợp với nhà trẻ và trường học
employers-criterion-core-hours-hint = Các buổi họp bắt buộc có diễn ra trong giờ trẻ được trông không?
employers-criterion-part-time-models = Các mô hình bán thời gian
employers-criterion-part-time-models-hint = Ví dụ gần toàn thời gian, buổi sáng, bốn ngày.
employers-criterion-part-time-training = Học nghề bán thời gian (§ 7a BBiG)
employers-criterion-part-time-training-hint = Quý vị có đào tạo nghề bán thời gian hoặc sẵn sàng làm điều đó không?
employers-criterion-home-office = Làm việc tại nhà
employers-criterion-home-office-hint = Toàn bộ, vài ngày, hoặc khi con ốm.
employers-criterion-sick-child-leave = Nghỉ khi con ốm nhiều hơn luật quy định
employers-criterion-sick-child-leave-hint = Nhiều ngày hơn luật quy định, hoặc không bị mất lương.
employers-criterion-childcare-support = Hỗ trợ trông trẻ
employers-criterion-childcare-support-hint = Trợ cấp, chỗ nhà trẻ dành riêng, trông trẻ dịp nghỉ, trông trẻ khẩn cấp.
employers-criterion-parent-contact = Người liên hệ cho cha mẹ
employers-criterion-parent-contact-hint = Một người giúp cha mẹ về các câu hỏi cân bằng công việc và gia đình.
employers-criterion-plannable-shifts = Ca làm có thể lên kế hoạch
employers-criterion-plannable-shifts-hint = Lịch làm được biết sớm, không có ca đêm cho cha mẹ không muốn.
employers-error-empty = Vui lòng điền vào.
employers-error-too-long = Nội dung này quá dài.
employers-error-invalid = Vui lòng chọn trong danh sách hoặc viết trên một dòng.
employers-error-website = Vui lòng nhập địa chỉ đầy đủ bắt đầu bằng https://.
employers-error-time = Vui lòng nhập giờ như 08:30.
employers-error-window-order = Giờ kết thúc trước giờ bắt đầu. Vui lòng kiểm tra lại.
employers-error-window-half = Vui lòng nhập cả giờ bắt đầu và kết thúc, hoặc để trống cả hai.
employers-error-no-day = Vui lòng nhập ít nhất một ngày làm việc có giờ.
employers-error-hours = Vui lòng nhập số từ 1 đến 48.
employers-error-hours-above = Số giờ mỗi tuần nhiều hơn giờ làm đã ghi. Vui lòng kiểm tra số giờ và thời gian.
employers-error-date = Vui lòng nhập ngày như 31.03.2027.
employers-error-expiry-past = Ngày này đã qua. Vui lòng chọn ngày từ hôm nay trở đi.
employers-error-expiry-far = Tối đa một năm tới; sau đó bạn có thể gia hạn tin.
employers-error-count = { $count ->
   *[other] Vui lòng kiểm tra { $count } thông tin; hướng dẫn nằm bên cạnh từng ô.
}
employers-register-title = Tham gia với tư cách chủ lao động
employers-register-lead = Cho cha mẹ thấy công ty của bạn làm gì cho họ, và đăng tin tuyển dụng có giờ làm phù hợp với nhà trẻ và trường học. Văn phòng điều phối sẽ duyệt hồ sơ của bạn sau khi xem qua.
employers-register-link = Đăng ký công ty
employers-admin-link = { $count ->
    [0] Chủ lao động: không có đăng ký đang chờ
   *[other] Chủ lao động: { $count } đăng ký đang chờ
}
## Jobs
jobs-title = Việc làm và chỗ học nghề
jobs-lead = Cho biết khi nào bạn có thể làm việc. Bạn chỉ thấy những vị trí có giờ làm mỗi ngày nằm trong khung giờ của bạn.
jobs-field-q = Từ khóa
jobs-field-days = Tôi có thể làm vào những ngày này
jobs-field-days-hint = Kèm giờ từ và đến: ví dụ từ thứ Hai đến thứ Sáu, từ 08:30 đến 14:30.
jobs-field-from = Từ
jobs-field-to = Đến
jobs-field-near = Gần (mã bưu chính hoặc khu phố)
jobs-field-near-hint = Khoảng cách được đo giữa tâm các khu phố.
jobs-field-km = Khoảng cách
jobs-distance-any = Bất kỳ
jobs-distance-within = trong vòng { $km } km
jobs-distance-same = cùng khu phố
jobs-distance-about = khoảng { $distance }
jobs-all-kinds = Tất cả loại
jobs-search = Tìm việc làm
jobs-count = { $count ->
    [0] Không có vị trí nào
   *[other] { $count } vị trí
}
jobs-none = Hiện không có vị trí đang tuyển.
jobs-none-filtered = Không có vị trí nào phù hợp với lựa chọn này. Hãy thử khung giờ rộng hơn hoặc thêm ngày.
jobs-error-no-day = Vui lòng đánh dấu ít nhất một ngày.
jobs-error-window = Vui lòng nhập hai mốc giờ; giờ kết thúc phải sau giờ bắt đầu.
jobs-until = Hiển thị đến { $date }
jobs-when = Giờ làm việc
jobs-start-now = ngay lập tức
jobs-hours-week = { $hours ->
   *[other] { $hours } giờ mỗi tuần
}
jobs-kind-job = Việc làm
jobs-kind-training = Học nghề
jobs-kind-part-time-training = Học nghề bán thời gian
jobs-ortsteil-company = Tại nơi đặt công ty
jobs-field-kind = Loại
jobs-field-weekly-hours = Số giờ mỗi tuần
jobs-start = Bắt đầu
jobs-visible-until = Hiển thị đến
## Contact requests to employers
contact-link = Liên hệ
contact-link-general = Chủ động liên hệ
contact-title = Liên hệ với { $employer }
contact-about-job = Về vị trí: { $job }
contact-intro = Bạn quyết định công ty được biết gì về bạn. Câu trả lời sẽ đến đây, trên Wegweiser; công ty chỉ thấy địa chỉ của bạn nếu bạn chia sẻ.
contact-share-legend = Những gì bạn chia sẻ
contact-share-email = Địa chỉ email của tôi ({ $email })
contact-share-name = Tên của tôi
contact-field-name = Tên
contact-field-phone = Điện thoại (không bắt buộc)
contact-field-message = Tin nhắn của bạn
contact-field-message-hint = Vài câu là đủ: bạn tìm gì và khi nào bạn có thể làm việc. Tối đa 1000 ký tự.
contact-field-cv = Sơ yếu lý lịch (không bắt buộc)
contact-field-cv-hint = Chỉ PDF, tối đa 800 KB. Sẽ bị xóa sau 90 ngày.
contact-send = Gửi yêu cầu
contact-list-parent = Yêu cầu của bạn gửi chủ lao động
contact-list-employer = Yêu cầu từ cha mẹ
contact-shared-title = Thông tin đã chia sẻ
contact-not-shared = không chia sẻ
contact-email = Địa chỉ email
contact-no-cv = không có
contact-messages = Tin nhắn
contact-answer = Câu trả lời của bạn
contact-reply = Tin nhắn của bạn
contact-notice-gesendet = Yêu cầu của bạn đã được gửi. Bạn sẽ thấy câu trả lời ở đây; chúng tôi gửi email cho bạn khi có trả lời.
contact-notice-geantwortet = Tin nhắn của bạn đã được gửi.
contact-mail-new-subject = Yêu cầu mới từ một người cha/mẹ
contact-mail-new-body = Xin chào,

    một người cha hoặc mẹ đã gửi yêu cầu đến công ty của bạn trên Wegweiser Lichtenberg. Bạn có thể đọc và trả lời sau khi đăng nhập:

    { $link }

    Wegweiser Lichtenberg
contact-mail-answer-subject = Tin nhắn mới về yêu cầu của bạn
contact-mail-answer-body = Xin chào,

    có tin nhắn mới về một yêu cầu trên Wegweiser Lichtenberg. Bạn có thể đọc sau khi đăng nhập:

    { $link }

    Wegweiser Lichtenberg
jobs-feed-name = Việc làm trên Wegweiser Lichtenberg
jobs-feed-link = Đăng ký tìm kiếm này làm nguồn tin (Atom)
pledge-campaign-link = Thêm về cam kết
account-delete-company = Bạn là người duy nhất của { $company }. Cùng với tài khoản của bạn, công ty, các tin tuyển dụng và yêu cầu từ cha mẹ cũng sẽ bị xóa.
employers-fairs-own = Bạn có thể gặp chúng tôi ở đây
jobs-fairs = Hội chợ việc làm và ngày thông tin
employers-in-pledge = Thuộc cam kết
employers-field-name = Tên công ty
employers-field-address = Tên đường và số nhà (không bắt buộc)
employers-field-description = Mô tả
employers-field-description-hint = Công ty của bạn làm gì và bạn tìm ai?
employers-field-website-hint = Bắt đầu bằng https://.
employers-field-contact-name = Tên của bạn
employers-field-email = Địa chỉ email của bạn
employers-answer-yes = Có
employers-answer-partly = Một phần
employers-answer-no = Không
employers-register-company = Công ty của bạn
employers-register-person = Đăng ký của bạn
employers-register-consent = Tôi đồng ý công khai thông tin về công ty và lưu tên cùng địa chỉ của tôi cho tài khoản.
employers-register-submit = Đăng ký
pledge-title = Làm việc thân thiện với gia đình ở Lichtenberg
pledge-lead = Các chủ lao động trong quận cam kết mang đến cho cha mẹ những gì họ cần để cân bằng công việc và con cái – nhất là cho cha mẹ nuôi con một mình. Văn phòng điều phối dành cho cha mẹ đơn thân xác định những gì thuộc về cam kết này.
pledge-criteria-title = Cam kết đòi hỏi những gì
pledge-criteria-lead = Một chủ lao động mang biểu tượng nếu trả lời “Có” cho từng câu hỏi sau:
pledge-members = { $count ->
    [0] Chưa có chủ lao động nào đáp ứng
   *[other] { $count } chủ lao động đáp ứng
}
pledge-join-title = Dành cho chủ lao động: cách tham gia
pledge-join-lead = Đăng ký công ty và trả lời chín câu hỏi về sự thân thiện với gia đình. Sau khi văn phòng điều phối kiểm tra, hồ sơ của bạn được công khai; nếu đáp ứng điều kiện, hồ sơ mang biểu tượng và bạn có thể in áp phích cho cửa hàng.
pledge-print-title = Để treo và phát
pledge-print-lead = Một áp phích cho bảng tin ở nhà trẻ, Jobcenter và trung tâm gia đình, và một tờ rơi để mang theo.
jobs-only-german = Công việc này chỉ được mô tả bằng tiếng Đức.
