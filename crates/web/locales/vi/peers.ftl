## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = Tandem: làm quen với các cha mẹ đơn thân khác
tandem-lead = Tìm một người cha hoặc mẹ khác ở gần bạn, có con cùng độ tuổi, để trò chuyện, trông trẻ giúp nhau hoặc cùng đi chơi.
tandem-how-title = Cách hoạt động
tandem-how-1 = Bạn tạo một hồ sơ riêng tư: khu phố, tuổi của con, ngôn ngữ, điều bạn tìm và khi nào bạn rảnh.
tandem-how-2 = Wegweiser gợi ý cho bạn những cha mẹ có nhiều điểm chung nhất với bạn và cho biết đó là gì.
tandem-how-3 = Hai người chỉ nhắn tin được cho nhau khi cả hai đều đồng ý.
tandem-safe-title = An toàn của bạn là trên hết
tandem-safe-1 = Không có danh sách công khai: chỉ những cha mẹ được gợi ý mới thấy hồ sơ của bạn.
tandem-safe-2 = Người khác chỉ thấy tên hoặc biệt danh, khu phố và nhóm tuổi của con bạn – không bao giờ thấy địa chỉ, tên hay ngày sinh của trẻ.
tandem-safe-3 = Bạn có thể rút lại sự đồng ý bất cứ lúc nào; khi đó hồ sơ của bạn lập tức bị ẩn với mọi người.
tandem-sign-in = Đăng nhập bằng tài khoản cha mẹ
tandem-sign-up = Tạo tài khoản cho cha mẹ (chỉ cần địa chỉ email và mật khẩu)
tandem-parents-only = Tandem dành cho tài khoản cha mẹ. Với tài khoản này bạn không thể tạo hồ sơ Tandem.
tandem-create = Tạo hồ sơ Tandem
tandem-edit = Sửa hồ sơ
tandem-withdrawn = Bạn đã rút lại sự đồng ý. Hồ sơ của bạn không được gợi ý cho ai, và bạn không thấy gợi ý nào.
tandem-consent-again = Đồng ý lại
tandem-suggestions-lead = Những cha mẹ này có nhiều điểm chung nhất với bạn. Bạn chỉ thấy những gì chính bạn cũng cho người khác thấy.
tandem-suggestions-title = Gợi ý cho bạn
tandem-suggestions-none = Hiện chưa có ai phù hợp với hồ sơ của bạn. Hãy quay lại sau, hoặc mở rộng điều bạn tìm và người bạn muốn làm quen.
tandem-card-facts = { $ortsteil } · Con: { $ages }
tandem-block = Chặn { $name }
tandem-block-note = Người bị chặn sẽ không còn thấy bạn và không còn được gợi ý cho bạn. Người đó không biết điều này.
tandem-notice-gesperrt = Đã chặn. Hai người không còn thấy nhau.
tandem-notice-geloescht = Hồ sơ Tandem của bạn đã bị xóa.
tandem-notice-widerrufen = Sự đồng ý của bạn đã được rút lại. Từ giờ hồ sơ của bạn bị ẩn với mọi người.
tandem-notice-gespeichert = Hồ sơ của bạn đã được lưu.
tandem-tile-few = Tandem: có ít hơn 5 cha mẹ tham gia.
tandem-tile-count = { $count ->
   *[other] Tandem: { $count } cha mẹ đang tham gia.
}
## The sentence that says what two parents share
tandem-why = Điểm chung của hai bạn: { $clauses }.
tandem-why-expecting = cả hai đang chờ em bé
tandem-why-children = cả hai đều có con { $ages }
tandem-why-ortsteil = cả hai đều sống ở { $ortsteil }
tandem-why-near = hai bạn sống không xa nhau
tandem-why-languages = cả hai đều nói { $languages }
tandem-why-looking = cả hai đều tìm { $what }
tandem-why-times = cả hai đều rảnh { $when }
tandem-why-interests = cả hai đều thích { $what }
## The profile form
tandem-profile-title = Hồ sơ Tandem của bạn
tandem-profile-lead = Chỉ ghi những gì cha mẹ khác được phép thấy. Không địa chỉ, không số điện thoại, không tên của trẻ.
tandem-choose = Vui lòng chọn
tandem-field-display-name = Tên hoặc biệt danh
tandem-field-display-name-hint = Cha mẹ khác sẽ thấy tên này. Biệt danh cũng tốt như nhau.
tandem-field-ortsteil = Khu phố
tandem-field-ortsteil-hint = Chỉ khu phố, không bao giờ là tên đường.
tandem-field-child-ages = Tuổi của con bạn
tandem-field-child-ages-hint = Nhóm tuổi, không phải ngày sinh.
tandem-field-languages = Ngôn ngữ bạn nói
tandem-field-looking-for = Bạn tìm gì?
tandem-field-free-times = Bạn thường rảnh khi nào?
tandem-field-interests = Bạn thích làm gì? (không bắt buộc)
tandem-field-identity = Bạn là
tandem-field-identity-hint = Chỉ để biết gợi ý bạn cho ai; người khác không thấy.
tandem-field-wants = Bạn muốn làm quen với ai?
tandem-consent = Tôi đồng ý để hồ sơ của mình được gợi ý cho các cha mẹ khác trong Tandem. Tôi có thể rút lại bất cứ lúc nào.
tandem-save = Lưu
tandem-consent-title = Sự đồng ý
tandem-consent-given = Hồ sơ của bạn được gợi ý cho những cha mẹ phù hợp. Nếu bạn rút lại, hồ sơ sẽ lập tức bị ẩn với mọi người.
tandem-consent-withdraw = Rút lại sự đồng ý
tandem-delete-title = Xóa hồ sơ
tandem-delete-intro = Hồ sơ Tandem và các lần chặn của bạn sẽ bị xóa. Tài khoản vẫn giữ nguyên.
tandem-delete = Xóa hồ sơ Tandem
tandem-error-name-missing = Vui lòng nhập tên hoặc biệt danh.
tandem-error-name-too-long = Tối đa 30 ký tự.
tandem-error-name-contact = Vui lòng không ghi chữ số, địa chỉ email hay đường dẫn: thông tin liên lạc không thuộc về hồ sơ.
tandem-error-ortsteil = Vui lòng chọn khu phố của bạn.
tandem-error-child-ages = Vui lòng chọn ít nhất một nhóm tuổi.
tandem-error-languages = Vui lòng chọn ít nhất một ngôn ngữ.
tandem-error-looking-for = Vui lòng chọn ít nhất một mục.
tandem-error-unknown = Không có lựa chọn này. Vui lòng chọn trong danh sách.
tandem-error-consent = Nếu không có sự đồng ý của bạn, chúng tôi không thể gợi ý hồ sơ của bạn cho ai.
tandem-age-expecting = sắp có em bé
tandem-age-under3 = dưới 3 tuổi
tandem-age-3to5 = từ 3 đến 5 tuổi
tandem-age-6to9 = từ 6 đến 9 tuổi
tandem-age-10to13 = từ 10 đến 13 tuổi
tandem-age-14plus = từ 14 tuổi
tandem-looking-talk = Trao đổi và trò chuyện
tandem-looking-talk-short = trò chuyện
tandem-looking-childcare = trông trẻ giúp nhau
tandem-looking-childcare-short = trông trẻ giúp nhau
tandem-looking-leisure = Thời gian rảnh cùng con
tandem-looking-leisure-short = thời gian rảnh cùng con
tandem-looking-work = Trao đổi về việc làm và học nghề
tandem-looking-work-short = trao đổi về việc làm và học nghề
tandem-time-mornings = buổi sáng
tandem-time-mornings-short = buổi sáng
tandem-time-afternoons = buổi chiều
tandem-time-afternoons-short = buổi chiều
tandem-time-evenings = buổi tối
tandem-time-evenings-short = buổi tối
tandem-time-weekends = cuối tuần
tandem-time-weekends-short = cuối tuần
tandem-interest-outdoors = Đi chơi ngoài thiên nhiên
tandem-interest-playgrounds = Sân chơi
tandem-interest-sport = Thể thao
tandem-interest-crafts = Làm thủ công
tandem-interest-cooking = Nấu ăn
tandem-interest-music = Âm nhạc
tandem-interest-reading = Đọc sách
tandem-interest-games = Trò chơi
tandem-identity-mother = Mẹ
tandem-identity-father = Cha
tandem-identity-other = khác / không muốn nói
tandem-wants-anyone = tất cả cha mẹ
tandem-wants-mothers = chỉ các bà mẹ
tandem-wants-fathers = chỉ các ông bố
## Contacts, conversations, reports
tandem-request = Làm quen với { $name }
tandem-requested = Đã gửi yêu cầu
tandem-to-conversation = Đến tin nhắn
tandem-notice-angefragt = Yêu cầu của bạn đã được gửi. Người kia chỉ thấy tên, khu phố và nhóm tuổi của con bạn – hai người nhắn tin được khi người đó đồng ý.
tandem-notice-gemeldet = Cảm ơn. Văn phòng điều phối sẽ xem xét báo cáo của bạn.
tandem-too-many-requests = Hôm nay bạn đã gửi nhiều yêu cầu. Vui lòng đợi đến ngày mai.
tandem-too-many-messages = Hôm nay bạn đã viết rất nhiều tin nhắn. Vui lòng thử lại vào ngày mai.
tandem-too-many-reports = Hôm nay bạn đã gửi nhiều báo cáo. Nếu bạn đang gặp nguy hiểm, hãy gọi 110.
tandem-contacts-title = Liên hệ của bạn
tandem-incoming-title = Yêu cầu gửi đến bạn
tandem-incoming-none = Hiện không có ai gửi yêu cầu cho bạn.
tandem-incoming-intro = Nếu bạn chấp nhận, hai người có thể nhắn tin cho nhau. Nếu bạn từ chối, người đó không biết điều này.
tandem-accept = Nhắn tin với { $name }
tandem-decline = Từ chối
tandem-matched-title = Các cuộc trò chuyện của bạn
tandem-matched-none = Chưa có. Khi ai đó chấp nhận yêu cầu của bạn hoặc bạn chấp nhận yêu cầu của ai đó, cuộc trò chuyện sẽ hiện ở đây.
tandem-outgoing-title = Các yêu cầu của bạn đang chờ
tandem-conversation-title = Tin nhắn với { $name }
tandem-conversation-safety = Chỉ cho địa chỉ khi bạn đã chắc chắn. Lần đầu hãy gặp nhau ở nơi công cộng, ví dụ ở trung tâm gia đình.
tandem-conversation-empty = Chưa có tin nhắn. Hãy viết trước là khi nào bạn rảnh.
tandem-messages = Tin nhắn
tandem-you = Bạn
tandem-write = Tin nhắn của bạn
tandem-send = Gửi
tandem-safety-title = Nếu có điều gì không ổn
tandem-report-message = Báo cáo tin nhắn này
tandem-report-profile = Báo cáo { $name }
tandem-report-reason = Chuyện gì đã xảy ra? (không bắt buộc)
tandem-report-send = Gửi báo cáo
tandem-error-message-empty = Vui lòng viết tin nhắn.
tandem-error-message-too-long = Tối đa 2.000 ký tự.
tandem-error-message-control = Tin nhắn có ký tự điều khiển. Vui lòng viết lại.
tandem-mail-request-subject = Có người muốn làm quen với bạn trong Tandem
tandem-mail-request-body = Xin chào,

    một người cha hoặc mẹ khác muốn làm quen với bạn trong Tandem của Wegweiser Lichtenberg. Đó là ai và hai bạn có điểm chung gì, bạn sẽ thấy sau khi đăng nhập tại đây:

    { $link }

    Bạn quyết định có muốn nhắn tin hay không. Nếu bạn từ chối, người đó không biết điều này.

    Wegweiser Lichtenberg
tandem-mail-accepted-subject = Yêu cầu Tandem của bạn đã được chấp nhận
tandem-mail-accepted-body = Xin chào,

    yêu cầu của bạn trong Tandem của Wegweiser Lichtenberg đã được chấp nhận. Giờ hai bạn có thể nhắn tin cho nhau:

    { $link }

    Wegweiser Lichtenberg
tandem-mail-message-subject = Tin nhắn mới trong Tandem
tandem-mail-message-body = Xin chào,

    bạn có một tin nhắn mới trong Tandem của Wegweiser Lichtenberg. Bạn có thể đọc sau khi đăng nhập:

    { $link }

    Wegweiser Lichtenberg
tandem-mail-warning-subject = Lưu ý của văn phòng điều phối về Tandem
tandem-mail-warning-body = Xin chào,

    một người cha hoặc mẹ khác đã báo cáo điều bạn viết trong Tandem của Wegweiser Lichtenberg. Vui lòng viết một cách tôn trọng và không gửi những gì người khác không muốn. Nếu việc này lặp lại, chúng tôi sẽ khóa tài khoản của bạn.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] Tandem: không có báo cáo đang mở
   *[other] Tandem: { $count } báo cáo đang mở
}
## Groups and Treffs
groups-title = Nhóm và buổi gặp gỡ
groups-lead = Nhóm tự lực, quán cà phê cho cha mẹ, đi dạo, nhóm trực tuyến và buổi gặp của các ông bố ở Lichtenberg – cứ đến hoặc gửi yêu cầu.
groups-all-ortsteile = Tất cả khu phố
groups-show = Hiển thị
groups-none = Ở đây chưa có nhóm nào. Có thể bạn muốn lập một nhóm?
groups-online = trực tuyến
groups-online-or-choose = Trực tuyến (không có khu phố)
groups-fact-ages = Trẻ { $ages }
groups-fact-languages = bằng { $languages }
groups-fact-children = Có thể mang theo trẻ
groups-fact-wheelchair = phù hợp cho xe lăn
groups-join-open = Cứ đến là được
groups-join-request = Theo yêu cầu – nhóm sẽ nhận bạn
groups-run-by = Do { $name } tổ chức
groups-run-by-parent = Do cha mẹ tổ chức
groups-kind-self-help = Nhóm tự lực
groups-kind-cafe = Quán cà phê và buổi gặp cho cha mẹ
groups-kind-walking = Đi dạo và vận động
groups-kind-online = Nhóm trực tuyến
groups-kind-fathers = Dành cho các ông bố
groups-kind-other = Nhóm khác
groups-where = Ở đâu
groups-who = Dành cho ai
groups-organiser = Người tổ chức
groups-in-calendar = Các buổi trong lịch
groups-proposed = Đề xuất này chưa công khai: văn phòng điều phối đang xem xét.
groups-ask = Xin tham gia
groups-ask-note = Nhóm chỉ thấy tên bạn ghi ở đây và sẽ nhận bạn. Sau đó bạn đọc và viết tin nhắn của nhóm.
groups-sign-in-note = Để tham gia nhóm và viết tin nhắn, bạn cần tài khoản cha mẹ.
groups-membership-requested = Yêu cầu của bạn đã được gửi.
groups-members-title = Yêu cầu và thành viên
groups-members-none = Chưa có ai gửi yêu cầu.
groups-member-unnamed = Một người cha/mẹ
groups-accept = Nhận { $name }
groups-propose-title = Đề xuất một nhóm
groups-propose-intro = Bạn muốn lập một buổi gặp? Hãy mô tả; văn phòng điều phối sẽ đăng sau khi xem qua. Tên của bạn không hiện ra.
groups-propose-link = Đề xuất nhóm (tài khoản cha mẹ)
groups-propose-submit = Gửi đề xuất
groups-field-name = Tên nhóm
groups-field-kind = Loại
groups-field-description = Mô tả
groups-field-ortsteil = Khu phố
groups-field-rhythm = Khi nào
groups-field-rhythm-hint = Ví dụ: Thứ Ba cách tuần, 16 đến 18 giờ
groups-field-child-ages = Tuổi của trẻ
groups-field-languages = Ngôn ngữ
groups-field-join-mode = Tham gia
groups-error-empty = Vui lòng điền vào.
groups-error-too-long = Nội dung này quá dài.
groups-error-invalid = Vui lòng chọn trong danh sách hoặc viết trên một dòng.
groups-too-many = Hôm nay bạn đã đề xuất nhiều nhóm. Vui lòng đợi đến ngày mai.
groups-admin-title = Nhóm: đề xuất
groups-admin-link = { $count ->
    [0] Nhóm: không có đề xuất đang mở
   *[other] Nhóm: { $count } đề xuất đang mở
}
groups-in-search = Nhóm và buổi gặp gỡ phù hợp
groups-count = { $count ->
    [0] Không có nhóm
   *[other] { $count } nhóm
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = Viết tin nhắn trong nhóm
groups-join-note = Bạn cứ đến buổi gặp là được. Khi tham gia nhóm, bạn đọc và viết tin nhắn của nhóm.
groups-join-submit = Tham gia
groups-field-member-name = Tên của bạn trong nhóm
groups-field-member-name-hint = Tên hoặc biệt danh. Nhóm chỉ thấy tên này, không bao giờ thấy địa chỉ email của bạn.
groups-withdraw = Rút lại yêu cầu
groups-leave = Rời nhóm
groups-notice-beigetreten = Bạn đã tham gia. Tin nhắn của nhóm ở bên dưới.
groups-notice-angefragt = Yêu cầu của bạn đã được gửi. Bạn được vào khi nhóm nhận bạn.
groups-notice-verlassen = Bạn không còn trong nhóm.
groups-notice-gemeldet = Cảm ơn. Văn phòng điều phối sẽ xem xét báo cáo của bạn.
groups-notice-gesperrt = Đã chặn. Hai người không còn thấy tin nhắn của nhau; người đó không biết điều này.
groups-messages-title = Tin nhắn của nhóm
groups-messages-safety = Chỉ thành viên đọc những tin nhắn này. Đừng ghi địa chỉ hay số điện thoại; đường dẫn sẽ không bấm được.
groups-messages-none = Chưa có tin nhắn. Bạn viết tin đầu tiên nhé?
groups-message-actions = Báo cáo hoặc chặn
groups-write = Tin nhắn gửi nhóm
groups-author-staff = { $name } (nhóm phụ trách)
groups-membership-member-other = đã tham gia
groups-membership-asked = đã gửi yêu cầu
groups-remove = Xóa { $name } khỏi nhóm
groups-report-group = Báo cáo nhóm này
groups-too-many-messages = Hôm nay bạn đã viết nhiều tin nhắn trong các nhóm. Vui lòng đợi đến ngày mai.
groups-mail-request-subject = Yêu cầu mới cho nhóm của bạn
groups-mail-request-body = Xin chào,

    có người muốn tham gia nhóm của bạn trên Wegweiser Lichtenberg. Sau khi đăng nhập, bạn có thể chấp nhận yêu cầu:

    { $link }

    Wegweiser Lichtenberg
groups-mail-message-subject = Tin nhắn mới trong nhóm của bạn
groups-mail-message-body = Xin chào,

    một trong các nhóm của bạn trên Wegweiser Lichtenberg có tin nhắn mới. Bạn có thể đọc sau khi đăng nhập:

    { $link }

    Cho đến khi bạn đọc, chúng tôi sẽ không gửi thêm email về nhóm này.

    Wegweiser Lichtenberg
groups-only-german = Nhóm này chỉ được mô tả bằng tiếng Đức.
groups-edit-link = Sửa và dịch thông tin nhóm
groups-edit-title = Sửa nhóm
groups-edit-intro = Những gì bạn viết ở đây, mọi người đều thấy trên trang của nhóm. Bản dịch là tùy chọn: nếu thiếu bản dịch, trang sẽ hiện văn bản tiếng Đức kèm ghi chú.
groups-edit-submit = Lưu thay đổi
groups-edit-back = Quay lại nhóm
groups-notice-gespeichert = Đã lưu các thay đổi.
