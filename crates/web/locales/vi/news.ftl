## News, campaigns, the newsletter and their editors.
news-title = Tin tức
news-lead = Tin tức và hoạt động của văn phòng điều phối và các đơn vị ở Lichtenberg.
news-feed-link = Đăng ký nguồn tin (Atom)
news-campaigns = Hoạt động
news-articles = Tin tức
news-none = Chưa có bài viết.
news-back = Tất cả tin tức
article-updated = cập nhật ngày { $date }
article-events = Sự kiện phù hợp
campaign-events = Sự kiện của hoạt động
article-offers = Hỗ trợ phù hợp
campaign-offers = Hỗ trợ trong hoạt động
article-articles = Thêm về chủ đề này
campaign-articles = Bài viết về hoạt động
article-event-past = không có buổi sắp tới
articles-admin-title = Tin tức và hoạt động
article-image = Hình ảnh
newsletter-title = Bản tin
newsletter-lead = Mỗi tháng một lần: hỗ trợ mới, sự kiện trong những tuần tới và tin tức cho cha mẹ đơn thân ở Lichtenberg.
newsletter-email = Địa chỉ email của bạn
newsletter-submit = Đăng ký
newsletter-privacy = Chúng tôi chỉ lưu địa chỉ và ngôn ngữ của bạn. Trước tiên bạn nhận một email có đường dẫn xác nhận; nếu không xác nhận, chúng tôi xóa địa chỉ sau 7 ngày. Mỗi số bản tin có đường dẫn để hủy đăng ký chỉ bằng một cú nhấp; khi đó chúng tôi xóa địa chỉ. Không có điểm ảnh theo dõi, không chuyển cho bên khác.
newsletter-sent = Sắp xong: chúng tôi đã gửi email đến { $email }. Vui lòng nhấp vào đường dẫn trong đó để xác nhận đăng ký.
newsletter-sent-more = Không nhận được email? Hãy xem thư mục thư rác. Nếu địa chỉ đã được đăng ký, chúng tôi không gửi email mới.
newsletter-confirm-question = Bạn có muốn nhận bản tin của Wegweiser Lichtenberg không?
newsletter-confirm-submit = Có, xác nhận đăng ký
newsletter-confirmed = Cảm ơn! Bạn sẽ nhận bản tin từ số tiếp theo.
newsletter-link-invalid = Đường dẫn này không còn hiệu lực: đã được dùng hoặc đã quá 7 ngày.
newsletter-again = Đăng ký lại
newsletter-leave-question = Bạn có muốn hủy nhận bản tin không?
newsletter-leave-submit = Hủy đăng ký
newsletter-left = Bạn đã hủy đăng ký. Chúng tôi đã xóa địa chỉ của bạn.
newsletter-error-email = Vui lòng nhập địa chỉ email hợp lệ, ví dụ ten@vidu.de.
newsletter-error-throttled = Quá nhiều lần thử. Vui lòng thử lại sau.
mail-newsletter-confirm-subject = Vui lòng xác nhận đăng ký bản tin
mail-newsletter-confirm-body = Xin chào,

    có người (hy vọng là bạn) muốn nhận bản tin của Wegweiser Lichtenberg bằng địa chỉ này. Vui lòng xác nhận tại đây:

    { $link }

    Nếu không phải bạn, bạn không cần làm gì: nếu không xác nhận, chúng tôi xóa địa chỉ sau { $days } ngày.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = Bạn nhận bản tin này vì bạn đã đăng ký. Hủy đăng ký bằng một cú nhấp: { $link }
newsletter-section-offers = Hỗ trợ mới
newsletter-section-events = Sự kiện
newsletter-section-articles = Tin tức
newsletter-suggested-subject = Tin mới cho cha mẹ đơn thân ở Lichtenberg – { $month }
newsletter-suggested-intro = Các bạn đọc thân mến,

    đây là những điều mới: hỗ trợ mới, sự kiện trong những tuần tới và tin tức trong quận.
newsletter-admin-title = Bản tin
newsletter-admin-counts = { $confirmed } địa chỉ đã xác nhận, { $pending } địa chỉ đang chờ xác nhận.
newsletter-admin-sent-to = Đã gửi ngày { $date } đến { $count } địa chỉ.
newsletter-admin-draft = Bản nháp
newsletter-error-subject = Vui lòng nhập tiêu đề tối đa 150 ký tự.
newsletter-error-intro = Phần mở đầu quá dài.
poster-scan-campaign = Quét mã: tất cả sự kiện và hỗ trợ của hoạt động, luôn cập nhật.
