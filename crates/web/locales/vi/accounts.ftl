## Sign-in, invitations, passwords and a person's own account.
login-title = Đăng nhập
login-intro = Dành cho nhân viên của văn phòng điều phối, các đơn vị và thành viên AG Alleinerziehende. Cha mẹ không cần tài khoản.
login-email = Địa chỉ email
login-password = Mật khẩu
login-submit = Đăng nhập
login-failed = Địa chỉ email hoặc mật khẩu không đúng.
login-throttled = Quá nhiều lần thử. Vui lòng đợi một chút rồi thử lại.
role-coordinator = Văn phòng điều phối
role-provider-editor = Biên tập viên của đơn vị
role-employer = Chủ lao động
role-ag-member = Thành viên AG
role-parent = Cha/mẹ
password-title = Đặt mật khẩu
password-intro = Tài khoản: { $email }. Hãy chọn mật khẩu có ít nhất 10 ký tự.
password-new = Mật khẩu mới
password-hint = Ít nhất 10 ký tự. Một câu gồm nhiều từ vừa dễ nhớ vừa an toàn.
password-repeat = Nhập lại mật khẩu
password-submit = Lưu mật khẩu và đăng nhập
password-link-invalid = Đường dẫn này không còn hiệu lực: đã được dùng hoặc đã hết hạn. Vui lòng xin văn phòng điều phối một lời mời mới.
forgot-link = Quên mật khẩu?
forgot-title = Quên mật khẩu
forgot-intro = Nhập địa chỉ email của tài khoản. Chúng tôi gửi cho bạn một đường dẫn để đặt mật khẩu mới. Đường dẫn có hiệu lực một giờ.
forgot-submit = Yêu cầu đường dẫn
account-title = Tài khoản của tôi
account-data-title = Dữ liệu của bạn
account-data-intro = Bạn có thể tải xuống mọi thứ Wegweiser lưu về tài khoản của bạn.
account-data-download = Tải dữ liệu của tôi (JSON)
account-delete-title = Xóa tài khoản
account-delete-intro = Tài khoản và mọi thông tin về bạn sẽ bị xóa. Không thể hoàn tác.
account-delete-submit = Xóa vĩnh viễn tài khoản
account-delete-wrong-password = Mật khẩu không đúng. Tài khoản của bạn chưa bị xóa.
account-deleted = Tài khoản và mọi thông tin về bạn đã bị xóa.
account-signed-in-as = Bạn đã đăng nhập với vai trò { $role }.
account-for-you-title = Bạn có thể làm gì ở đây
account-to-backoffice = Đến phần quản lý
account-for-you-parent = Với tài khoản, các đăng ký sự kiện và bản tin được giữ ở một chỗ. Mọi thứ công khai trên Wegweiser bạn đều dùng được mà không cần tài khoản.
account-coming-parent = Sắp có ở đây: các nhóm và buổi gặp gỡ gần bạn.
account-confirmation-resend = Gửi lại đường dẫn xác nhận
account-confirmation-sent = Chúng tôi đã gửi cho bạn một đường dẫn xác nhận mới.
account-tandem-link = Tandem: làm quen với các cha mẹ đơn thân khác – chỉ khi bạn đồng ý và không có địa chỉ của bạn
account-unconfirmed = Địa chỉ email của bạn chưa được xác nhận. Hãy mở đường dẫn trong email của chúng tôi; nếu không xác nhận, tài khoản sẽ bị xóa sau một tuần.
account-for-you-employer = Tài khoản của bạn thuộc về công ty của bạn: ở đó bạn chỉnh sửa hồ sơ và đăng tin tuyển dụng.
account-coming-employer = Sắp có ở đây: yêu cầu liên hệ của cha mẹ về các vị trí của bạn và hội chợ việc làm với các chủ lao động tham gia.
account-for-you-ag-member = Tài khoản của bạn được tạo cho AG Alleinerziehende: các cuộc họp có chương trình, phản hồi tham dự của bạn và đề xuất chủ đề.
account-coming-ag-member = Sắp có ở đây: biên bản, nghị quyết và nhiệm vụ của AG, và phiếu hướng dẫn để chuyển tiếp giữa các cơ quan.
account-held-intro = Đây là những gì Wegweiser lưu về tài khoản của bạn:
account-name = Tên
account-email = Địa chỉ email
account-role = Vai trò
account-since = Tài khoản từ
account-organizations = Tổ chức
account-sessions = Thiết bị đang đăng nhập
account-sessions-count = { $count ->
    [one] một thiết bị (thiết bị này)
   *[other] { $count } thiết bị
}
account-last-login = Lần đăng nhập gần nhất trước đó
account-last-login-none = không có
## A parent makes their own account
signup-title = Tạo tài khoản cho cha mẹ
signup-lead = Với tài khoản, bạn có thể dùng Tandem: làm quen với các cha mẹ đơn thân khác, chỉ khi bạn đồng ý. Mọi thứ khác trên Wegweiser bạn đều dùng được mà không cần tài khoản.
signup-password = Mật khẩu
signup-password-hint = Ít nhất 10 ký tự. Một câu mà bạn nhớ được là tốt.
signup-repeat = Nhập lại mật khẩu
signup-consent = Tôi đã đọc thông tin bảo vệ dữ liệu. Chỉ địa chỉ email và mật khẩu của tôi (đã mã hóa) được lưu; tôi có thể xóa tài khoản bất cứ lúc nào.
signup-privacy-link = Đọc thông tin bảo vệ dữ liệu
signup-submit = Tạo tài khoản
signup-have-account = Bạn đã có tài khoản? Đăng nhập
signup-error-consent = Vui lòng xác nhận rằng bạn đã đọc thông tin bảo vệ dữ liệu.
signup-sent = Sắp xong: chúng tôi đã gửi email đến { $email }.
signup-sent-more = Vui lòng mở đường dẫn trong đó để xác nhận địa chỉ. Chỉ khi đó bạn mới có thể gửi yêu cầu và nhắn tin trong Tandem. Nếu không xác nhận, tài khoản sẽ bị xóa sau một tuần.
signup-confirm-question = Bạn có muốn xác nhận địa chỉ email của mình không?
signup-confirm-submit = Xác nhận địa chỉ
signup-confirmed = Cảm ơn, địa chỉ của bạn đã được xác nhận.
signup-confirmed-next = Đăng nhập và đến Tandem
signup-link-invalid = Đường dẫn này không (còn) hiệu lực. Có thể nó đã được dùng hoặc đã quá một tuần.
signup-again = Đăng ký lại
login-signup = Chưa có tài khoản? Đăng ký với tư cách cha/mẹ
mail-signup-subject = Vui lòng xác nhận địa chỉ email của bạn
mail-signup-body = Xin chào,

    Bạn đã tạo một tài khoản trên Wegweiser Lichtenberg. Vui lòng xác nhận địa chỉ email bằng đường dẫn này:

    { $link }

    Nếu không xác nhận, tài khoản sẽ bị xóa sau { $days } ngày. Nếu bạn không tạo tài khoản, bạn không cần làm gì.

    Wegweiser Lichtenberg
mail-signup-existing-subject = Bạn đã có tài khoản trên Wegweiser Lichtenberg
mail-signup-existing-body = Xin chào,

    có người muốn tạo tài khoản trên Wegweiser Lichtenberg bằng địa chỉ email của bạn. Nhưng bạn đã có một tài khoản. Đăng nhập tại đây:

    { $login }

    Quên mật khẩu? Nhận mật khẩu mới tại đây:

    { $reset }

    Nếu đó không phải là bạn, bạn không cần làm gì.

    Wegweiser Lichtenberg
tandem-error-unconfirmed = Vui lòng xác nhận địa chỉ email trước (bằng đường dẫn trong email của chúng tôi). Sau đó bạn có thể gửi yêu cầu và nhắn tin.
account-employer-link = Đến công ty của bạn
