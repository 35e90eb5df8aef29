## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = miễn phí
cost-reduced = giảm giá hoặc theo thu nhập
cost-paid = có trả phí
access-appointment = chỉ khi có hẹn
access-walk-in = không cần hẹn
access-both = có hẹn hoặc không cần hẹn
holiday-new-year = Tết Dương lịch
holiday-womens-day = Ngày Quốc tế Phụ nữ
holiday-good-friday = Thứ Sáu Tuần Thánh
holiday-easter-monday = Thứ Hai Phục Sinh
holiday-labour-day = Ngày Quốc tế Lao động
holiday-liberation-day = Ngày Giải phóng (8 tháng 5)
holiday-uprising-day = Kỷ niệm cuộc nổi dậy ngày 17 tháng 6 năm 1953
holiday-ascension = Lễ Thăng Thiên
holiday-whit-monday = Thứ Hai Lễ Ngũ Tuần
holiday-unity-day = Ngày Thống nhất nước Đức
holiday-christmas-1 = Ngày Giáng sinh thứ nhất
holiday-christmas-2 = Ngày Giáng sinh thứ hai
spoken-de = tiếng Đức
spoken-en = tiếng Anh
spoken-tr = tiếng Thổ Nhĩ Kỳ
spoken-ar = tiếng Ả Rập
spoken-ru = tiếng Nga
spoken-uk = tiếng Ukraina
spoken-vi = tiếng Việt
spoken-pl = tiếng Ba Lan
spoken-fa = tiếng Ba Tư
spoken-ku = tiếng Kurd
spoken-ro = tiếng Romania
spoken-bg = tiếng Bulgaria
spoken-fr = tiếng Pháp
spoken-es = tiếng Tây Ban Nha
spoken-sq = tiếng Albania
spoken-sr = tiếng Serbia
spoken-dgs = ngôn ngữ ký hiệu Đức
group-single-parents = Cha mẹ đơn thân
group-pregnant = Phụ nữ mang thai
group-fathers = Người cha
group-families = Gia đình
group-children = Trẻ em
group-youth = Thanh thiếu niên
group-migrants = Gia đình nhập cư
group-women = Phụ nữ
group-unemployed = Người tìm việc
events-title = Sự kiện và buổi gặp gỡ
events-intro = Các buổi gặp gỡ, tư vấn, khóa học và buổi tối thông tin ở Lichtenberg, nhiều buổi miễn phí.
events-views-label = Cách xem
events-view-week = Tuần này
events-view-month = Tháng
events-view-list = Danh sách
events-week = Tuần từ { $from } đến { $until }
events-month = { $month }
events-list-range = Từ { $from } đến { $until }
events-earlier = trước đó
events-later = sau đó
events-count = { $count ->
    [0] Không có sự kiện
   *[other] { $count } sự kiện
}
events-none = Không có sự kiện phù hợp trong khoảng thời gian này. Hãy thử khoảng thời gian khác hoặc bớt bộ lọc.
events-today = hôm nay
events-filter-language = Ngôn ngữ
events-filter-only = Chỉ những sự kiện …
events-filter-free = miễn phí
events-filter-childcare = có trông trẻ
events-filter-evening = bắt đầu sau 17 giờ
events-filter-weekend = vào cuối tuần
events-filter-apply = Hiển thị
events-cancelled = Đã hủy
events-cancelled-because = Đã hủy: { $reason }
events-registration-needed = Cần đăng ký
events-registration = Đăng ký
events-no-registration = Không cần đăng ký – cứ đến là được.
events-next-dates = Các buổi sắp tới
events-no-next = Hiện chưa có buổi nào khác được lên lịch.
events-add-to-calendar = Thêm vào lịch của tôi
events-part-of = Thuộc hỗ trợ
events-every-week = Hằng tuần: { $days }, lúc { $time }
events-every-n-weeks = Cứ { $n } tuần một lần: { $days }, lúc { $time }
events-every-month = { $day } tuần { $nth } của mỗi tháng, lúc { $time }
events-nth-1 = thứ nhất
events-nth-2 = thứ hai
events-nth-3 = thứ ba
events-nth-4 = thứ tư
events-nth--1 = cuối cùng
events-subscribe-heading = Sự kiện trong lịch của bạn
events-subscribe-text = Đăng ký theo dõi các sự kiện này (với bộ lọc của bạn) trong ứng dụng lịch trên điện thoại. Thay đổi và hủy bỏ sẽ tự hiện ra ở đó.
events-subscribe = Đăng ký theo dõi lịch
events-subscribe-copy = Hoặc thêm địa chỉ này vào ứng dụng lịch của bạn:
events-feed-name = Wegweiser Lichtenberg – sự kiện
events-error-view = “{ $value }” không phải là cách xem. Có thể chọn tuần, tháng và danh sách.
events-error-date = “{ $value }” không phải là ngày hợp lệ trong lịch (định dạng 2026-12-01).
events-about = Về sự kiện
register-heading = Đăng ký
register-no-dates = Hiện không có buổi nào để đăng ký.
register-day = Buổi
register-name = Tên của bạn
register-email = Địa chỉ email của bạn (để xác nhận và hủy)
register-submit = Giữ chỗ
register-privacy = Chúng tôi chỉ lưu tên và địa chỉ email cho lần đăng ký này và xóa cả hai 30 ngày sau sự kiện. Ngoài đơn vị tổ chức, không ai khác thấy chúng.
register-free = { $count ->
   *[other] còn { $count } chỗ trống
}
register-error-throttled = Vừa có nhiều lượt đăng ký từ địa chỉ này. Vui lòng thử lại sau.
register-error-waiting-full = Danh sách chờ cho buổi này cũng đã đầy. Vui lòng chọn buổi khác.
register-full = { $count ->
    [0] hết chỗ – danh sách chờ
   *[other] hết chỗ – { $count } người đang chờ
}
register-error-name = Vui lòng nhập tên (tối đa 80 ký tự).
register-error-email = Vui lòng nhập địa chỉ email hợp lệ, ví dụ ten@vidu.de.
register-error-day = Vui lòng chọn một trong các buổi được đưa ra.
register-error-twice = Bạn đã đăng ký buổi này bằng địa chỉ email này rồi. Đường dẫn đến đăng ký của bạn có trong email.
register-title = Đăng ký của bạn
register-confirmed = { $name }, bạn đã có chỗ.
register-waiting = { $name }, buổi này đã hết chỗ: bạn đang trong danh sách chờ. Nếu có chỗ trống, bạn sẽ tự động được nhận chỗ và nhận email.
register-waiting-position = { $count ->
    [one] Bạn là người tiếp theo.
   *[other] Bạn ở vị trí thứ { $count } trong danh sách chờ.
}
register-cancelled = Đăng ký này đã bị hủy.
register-link-hint = Với đường dẫn cá nhân này, bạn xem được đăng ký và có thể hủy. Chúng tôi cũng đã gửi nó cho bạn qua email.
register-cancel = Hủy đăng ký
mail-register-confirmed-subject = Chỗ của bạn: { $event }
mail-register-confirmed-body = Xin chào,

    Bạn có một chỗ tại “{ $event }” vào { $date }.

    { $place }

    Nếu bạn không đến được, vui lòng hủy tại đây – khi đó người trong danh sách chờ sẽ nhận chỗ:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Danh sách chờ: { $event }
mail-register-waiting-body = Xin chào,

    “{ $event }” vào { $date } đã hết chỗ. Bạn đang trong danh sách chờ; nếu có chỗ trống, bạn sẽ tự động được nhận chỗ và nhận email.

    { $place }

    Xem hoặc hủy đăng ký của bạn:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = Đã có chỗ trống: { $event }
mail-register-promoted-body = Xin chào,

    Tại “{ $event }” vào { $date } vừa có một chỗ trống – giờ chỗ đó là của bạn.

    { $place }

    Bạn có thể hủy qua đường dẫn trong email đầu tiên. Đến sự kiện:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Sự kiện
event-reviews-title = Kiểm tra sự kiện
event-reviews-waiting = { $count ->
   *[other] { $count } thay đổi sự kiện đang chờ kiểm tra.
}
error-unknown-ortsteil-plain = Lichtenberg không có khu phố này. Vui lòng dùng tên ngắn, ví dụ fennpfuhl.
poster-scan-event = Quét mã: tất cả các buổi, địa điểm và đăng ký – và chỉ một chạm để thêm vào lịch của bạn.
events-exception = không diễn ra
events-atom-link = Nguồn tin cho trình đọc tin (Atom)
events-error-date-range = Lịch hiển thị sự kiện từ { $from } đến { $to }; “{ $value }” nằm ngoài khoảng này.
mail-register-where = Ở đâu: { $place }
    Đơn vị tổ chức: { $organiser }
events-employers = Những chủ lao động này tham gia
