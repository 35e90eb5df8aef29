## News, campaigns, the newsletter and their editors.
news-title = Haberler
news-lead = Koordinasyon bürosundan ve Lichtenberg'deki kurumlardan haberler ve etkinlikler.
news-feed-link = Akış olarak abone ol (Atom)
news-campaigns = Kampanyalar
news-articles = Haberler
news-none = Henüz yazı yok.
news-back = Tüm haberler
article-updated = { $date } tarihinde güncellendi
article-events = Uygun etkinlikler
campaign-events = Kampanyanın etkinlikleri
article-offers = Uygun destekler
campaign-offers = Kampanyaya ait destekler
article-articles = Daha fazlası
campaign-articles = Kampanyaya ait yazılar
article-event-past = yaklaşan etkinlik yok
articles-admin-title = Haberler ve kampanyalar
article-image = Resim
newsletter-title = Bülten
newsletter-lead = Ayda bir kez: yeni destekler, önümüzdeki haftaların etkinlikleri ve Lichtenberg'deki tek ebeveynler için haberler.
newsletter-email = E-posta adresiniz
newsletter-submit = Abone ol
newsletter-privacy = Yalnızca adresinizi ve dilinizi saklıyoruz. Önce onay bağlantısı olan bir e-posta alırsınız; onay olmazsa adresi 7 gün sonra sileriz. Her sayıda tek tıkla abonelikten çıkabileceğiniz bir bağlantı vardır; o zaman adresi sileriz. Takip pikseli yok, kimseyle paylaşım yok.
newsletter-sent = Az kaldı: { $email } adresine bir e-posta gönderdik. Aboneliği onaylamak için lütfen içindeki bağlantıya tıklayın.
newsletter-sent-more = E-posta gelmedi mi? Spam klasörüne bakın. Adres zaten kayıtlıysa yeni e-posta göndermeyiz.
newsletter-confirm-question = Wegweiser Lichtenberg bültenini almak istiyor musunuz?
newsletter-confirm-submit = Evet, aboneliği onayla
newsletter-confirmed = Teşekkürler! Bülteni bir sonraki sayıdan itibaren alacaksınız.
newsletter-link-invalid = Bu bağlantı artık geçerli değil: zaten kullanıldı veya 7 günden eski.
newsletter-again = Tekrar abone ol
newsletter-leave-question = Bülten aboneliğinden çıkmak istiyor musunuz?
newsletter-leave-submit = Abonelikten çık
newsletter-left = Abonelikten çıktınız. Adresinizi sildik.
newsletter-error-email = Lütfen geçerli bir e-posta adresi girin, örneğin isim@ornek.de.
newsletter-error-throttled = Çok fazla deneme. Lütfen daha sonra tekrar deneyin.
mail-newsletter-confirm-subject = Lütfen bülten aboneliğinizi onaylayın
mail-newsletter-confirm-body = Merhaba,

    biri (umarız sizsiniz) bu adresle Wegweiser Lichtenberg bültenini almak istiyor. Lütfen burada onaylayın:

    { $link }

    Bu siz değilseniz hiçbir şey yapmayın: onay olmazsa adresi { $days } gün sonra sileriz.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = Bu bülteni, abone olduğunuz için alıyorsunuz. Tek tıkla abonelikten çıkın: { $link }
newsletter-section-offers = Yeni destekler
newsletter-section-events = Etkinlikler
newsletter-section-articles = Haberler
newsletter-suggested-subject = Lichtenberg'deki tek ebeveynler için yenilikler – { $month }
newsletter-suggested-intro = Sevgili okurlar,

    işte yenilikler: yeni destekler, önümüzdeki haftaların etkinlikleri ve ilçeden haberler.
newsletter-admin-title = Bülten
newsletter-admin-counts = { $confirmed } onaylı adres, { $pending } adres onay bekliyor.
newsletter-admin-sent-to = { $date } tarihinde { $count } adrese gönderildi.
newsletter-admin-draft = Taslak
newsletter-error-subject = Lütfen en fazla 150 karakterlik bir konu girin.
newsletter-error-intro = Giriş metni çok uzun.
poster-scan-campaign = Kodu tarayın: kampanyanın tüm etkinlikleri ve destekleri, her zaman güncel.
