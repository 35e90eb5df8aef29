## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = Tandem: diğer tek ebeveynlerle tanışın
tandem-lead = Yakınınızda, aynı yaşta çocukları olan başka bir ebeveyn bulun – sohbet etmek, karşılıklı çocuk bakımı veya geziler için.
tandem-how-title = Nasıl işler
tandem-how-1 = Özel bir profil oluşturursunuz: semt, çocukların yaşı, diller, ne aradığınız ve ne zaman vaktiniz olduğu.
tandem-how-2 = Wegweiser size en çok ortak noktanız olan ebeveynleri önerir ve bunların ne olduğunu söyler.
tandem-how-3 = Birbirinize ancak ikiniz de onayladıktan sonra yazabilirsiniz.
tandem-safe-title = Güvenliğiniz önce gelir
tandem-safe-1 = Herkese açık bir liste yoktur: profilinizi yalnızca size önerilen ebeveynler görür.
tandem-safe-2 = Diğerleri yalnızca adınızı veya takma adınızı, semtinizi ve çocuklarınızın yaş gruplarını görür – asla adres, asla çocukların adı veya doğum günü.
tandem-safe-3 = Onayınızı istediğiniz zaman geri alabilirsiniz; profiliniz o anda herkes için görünmez olur.
tandem-sign-in = Ebeveyn hesabıyla oturum açın
tandem-sign-up = Ebeveyn hesabı oluşturun (e-posta adresi ve şifre yeterli)
tandem-parents-only = Tandem ebeveyn hesapları içindir. Bu hesapla Tandem profili oluşturamazsınız.
tandem-create = Tandem profili oluştur
tandem-edit = Profili düzenle
tandem-withdrawn = Onayınızı geri aldınız. Profiliniz kimseye önerilmiyor ve siz de öneri görmüyorsunuz.
tandem-consent-again = Yeniden onay ver
tandem-suggestions-lead = Bu ebeveynlerin sizinle en çok ortak noktası var. Yalnızca sizin de kendinizle ilgili gösterdiklerinizi görürsünüz.
tandem-suggestions-title = Sizin için öneriler
tandem-suggestions-none = Şu anda profilinize uyan kimse yok. Daha sonra tekrar bakın ya da aradığınız şeyi ve tanışmak istediğiniz kişileri genişletin.
tandem-card-facts = { $ortsteil } · Çocuklar: { $ages }
tandem-block = { $name } kişisini engelle
tandem-block-note = Engellenen kişi sizi artık görmez ve size artık önerilmez. Kişi bundan haberdar olmaz.
tandem-notice-gesperrt = Engellendi. Artık birbirinizi görmüyorsunuz.
tandem-notice-geloescht = Tandem profiliniz silindi.
tandem-notice-widerrufen = Onayınız geri alındı. Profiliniz artık herkes için görünmez.
tandem-notice-gespeichert = Profiliniz kaydedildi.
tandem-tile-few = Tandem: 5'ten az ebeveyn katılıyor.
tandem-tile-count = { $count ->
    [one] Tandem: { $count } ebeveyn katılıyor.
   *[other] Tandem: { $count } ebeveyn katılıyor.
}
## The sentence that says what two parents share
tandem-why = Ortak noktalarınız: { $clauses }.
tandem-why-expecting = ikiniz de bebek bekliyorsunuz
tandem-why-children = ikinizin de { $ages } yaşında çocukları var
tandem-why-ortsteil = ikiniz de { $ortsteil } semtinde oturuyorsunuz
tandem-why-near = birbirinize yakın oturuyorsunuz
tandem-why-languages = ikiniz de { $languages } konuşuyorsunuz
tandem-why-looking = ikiniz de şunu arıyorsunuz: { $what }
tandem-why-times = ikinizin de vakti var: { $when }
tandem-why-interests = ikiniz de seviyorsunuz: { $what }
## The profile form
tandem-profile-title = Tandem profiliniz
tandem-profile-lead = Yalnızca diğer ebeveynlerin görmesinde sakınca olmayan bilgileri girin. Adres, telefon numarası ve çocuk isimleri yok.
tandem-choose = Lütfen seçin
tandem-field-display-name = Ad veya takma ad
tandem-field-display-name-hint = Bunu diğer ebeveynler görür. Takma ad da aynı derecede iyidir.
tandem-field-ortsteil = Semt
tandem-field-ortsteil-hint = Yalnızca semt, asla sokak.
tandem-field-child-ages = Çocuklarınızın yaşı
tandem-field-child-ages-hint = Yaş grupları, doğum günleri değil.
tandem-field-languages = Konuştuğunuz diller
tandem-field-looking-for = Ne arıyorsunuz?
tandem-field-free-times = Genellikle ne zaman vaktiniz var?
tandem-field-interests = Neleri yapmayı seversiniz? (isteğe bağlı)
tandem-field-identity = Siz
tandem-field-identity-hint = Yalnızca kime önerileceğiniz için; başkaları bunu görmez.
tandem-field-wants = Kimlerle tanışmak istiyorsunuz?
tandem-consent = Profilimin Tandem'de diğer ebeveynlere önerilmesini onaylıyorum. Bunu istediğim zaman geri alabilirim.
tandem-save = Kaydet
tandem-consent-title = Onay
tandem-consent-given = Profiliniz uygun ebeveynlere öneriliyor. Onayınızı geri alırsanız hemen herkes için görünmez olur.
tandem-consent-withdraw = Onayı geri al
tandem-delete-title = Profili sil
tandem-delete-intro = Tandem profiliniz ve engellemeleriniz silinir. Hesabınız kalır.
tandem-delete = Tandem profilini sil
tandem-error-name-missing = Lütfen bir ad veya takma ad girin.
tandem-error-name-too-long = Lütfen en fazla 30 karakter.
tandem-error-name-contact = Lütfen rakam, e-posta adresi veya bağlantı yazmayın: iletişim bilgileri profile ait değildir.
tandem-error-ortsteil = Lütfen semtinizi seçin.
tandem-error-child-ages = Lütfen en az bir yaş grubu seçin.
tandem-error-languages = Lütfen en az bir dil seçin.
tandem-error-looking-for = Lütfen en az birini seçin.
tandem-error-unknown = Böyle bir seçenek yok. Lütfen listeden seçin.
tandem-error-consent = Onayınız olmadan profilinizi kimseye öneremeyiz.
tandem-age-expecting = bebek bekleniyor
tandem-age-under3 = 3'ten küçük
tandem-age-3to5 = 3 ila 5
tandem-age-6to9 = 6 ila 9
tandem-age-10to13 = 10 ila 13
tandem-age-14plus = 14 ve üstü
tandem-looking-talk = Fikir alışverişi ve sohbet
tandem-looking-talk-short = sohbet
tandem-looking-childcare = karşılıklı çocuk bakımı
tandem-looking-childcare-short = karşılıklı çocuk bakımı
tandem-looking-leisure = Çocuklarla boş zaman
tandem-looking-leisure-short = çocuklarla boş zaman
tandem-looking-work = İş ve meslek eğitimi üzerine fikir alışverişi
tandem-looking-work-short = iş ve meslek eğitimi üzerine fikir alışverişi
tandem-time-mornings = öğleden önce
tandem-time-mornings-short = öğleden önce
tandem-time-afternoons = öğleden sonra
tandem-time-afternoons-short = öğleden sonra
tandem-time-evenings = akşamları
tandem-time-evenings-short = akşamları
tandem-time-weekends = hafta sonu
tandem-time-weekends-short = hafta sonu
tandem-interest-outdoors = Doğaya geziler
tandem-interest-playgrounds = Oyun parkları
tandem-interest-sport = Spor
tandem-interest-crafts = El işi ve el sanatları
tandem-interest-cooking = Yemek pişirmek
tandem-interest-music = Müzik
tandem-interest-reading = Okumak
tandem-interest-games = Oyunlar
tandem-identity-mother = Anne
tandem-identity-father = Baba
tandem-identity-other = başka / söylemek istemiyorum
tandem-wants-anyone = tüm ebeveynler
tandem-wants-mothers = yalnızca anneler
tandem-wants-fathers = yalnızca babalar
## Contacts, conversations, reports
tandem-request = { $name } ile tanış
tandem-requested = İstek gönderildi
tandem-to-conversation = Mesajlara git
tandem-notice-angefragt = İsteğiniz gönderildi. Karşı taraf yalnızca adınızı, semtinizi ve çocuklarınızın yaş gruplarını görür – onaylarsa birbirinize yazabilirsiniz.
tandem-notice-gemeldet = Teşekkürler. Koordinasyon bürosu bildiriminize bakacak.
tandem-too-many-requests = Bugün zaten çok sayıda istek gönderdiniz. Lütfen yarına kadar bekleyin.
tandem-too-many-messages = Bugün zaten çok sayıda mesaj yazdınız. Lütfen yarın tekrar deneyin.
tandem-too-many-reports = Bugün zaten çok sayıda bildirim gönderdiniz. Tehlikedeyseniz lütfen 110'u arayın.
tandem-contacts-title = Kişileriniz
tandem-incoming-title = Size gelen istekler
tandem-incoming-none = Şu anda size istek gönderen kimse yok.
tandem-incoming-intro = Kabul ederseniz birbirinize yazabilirsiniz. Reddederseniz kişi bundan haberdar olmaz.
tandem-accept = { $name } ile yazış
tandem-decline = Reddet
tandem-matched-title = Konuşmalarınız
tandem-matched-none = Henüz yok. Biri isteğinizi kabul eder ya da siz birini kabul ederseniz konuşma burada görünür.
tandem-outgoing-title = Hâlâ bekleyen istekleriniz
tandem-conversation-title = { $name } ile mesajlar
tandem-conversation-safety = Adresinizi ancak emin olduğunuzda verin. İlk buluşmada halka açık bir yerde, örneğin bir aile merkezinde buluşun.
tandem-conversation-empty = Henüz mesaj yok. İlk olarak ne zaman vaktiniz olduğunu yazın.
tandem-messages = Mesajlar
tandem-you = Siz
tandem-write = Mesajınız
tandem-send = Gönder
tandem-safety-title = Bir şeyler yolunda değilse
tandem-report-message = Bu mesajı bildir
tandem-report-profile = { $name } kişisini bildir
tandem-report-reason = Ne oldu? (isteğe bağlı)
tandem-report-send = Bildirimi gönder
tandem-error-message-empty = Lütfen bir mesaj yazın.
tandem-error-message-too-long = Lütfen en fazla 2.000 karakter.
tandem-error-message-control = Mesaj kontrol karakterleri içeriyor. Lütfen yeniden yazın.
tandem-mail-request-subject = Biri sizinle Tandem'de tanışmak istiyor
tandem-mail-request-body = Merhaba,

    başka bir ebeveyn sizinle Wegweiser Lichtenberg'in Tandem'inde tanışmak istiyor. Kim olduğunu ve ortak noktalarınızı oturum açtıktan sonra burada görürsünüz:

    { $link }

    Yazışmak isteyip istemediğinize siz karar verirsiniz. Reddederseniz kişi bundan haberdar olmaz.

    Wegweiser Lichtenberg
tandem-mail-accepted-subject = Tandem isteğiniz kabul edildi
tandem-mail-accepted-body = Merhaba,

    Wegweiser Lichtenberg'in Tandem'indeki isteğiniz kabul edildi. Artık birbirinize yazabilirsiniz:

    { $link }

    Wegweiser Lichtenberg
tandem-mail-message-subject = Tandem'de yeni mesaj
tandem-mail-message-body = Merhaba,

    Wegweiser Lichtenberg'in Tandem'inde yeni bir mesajınız var. Oturum açtıktan sonra okuyabilirsiniz:

    { $link }

    Wegweiser Lichtenberg
tandem-mail-warning-subject = Koordinasyon bürosundan Tandem hakkında uyarı
tandem-mail-warning-body = Merhaba,

    başka bir ebeveyn, Wegweiser Lichtenberg'in Tandem'inde yazdığınız bir şeyi bildirdi. Lütfen saygılı yazmaya ve başkalarının istemediği şeyleri göndermemeye dikkat edin. Bu tekrar olursa hesabınızı engelleriz.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] Tandem: açık bildirim yok
    [one] Tandem: { $count } açık bildirim
   *[other] Tandem: { $count } açık bildirim
}
## Groups and Treffs
groups-title = Gruplar ve buluşmalar
groups-lead = Lichtenberg'de kendi kendine yardım grupları, ebeveyn kafeleri, yürüyüşler, çevrim içi gruplar ve babalar buluşmaları – doğrudan gelin veya istek gönderin.
groups-all-ortsteile = Tüm semtler
groups-show = Göster
groups-none = Burada henüz grup yok. Belki siz bir tane kurmak istersiniz?
groups-online = çevrim içi
groups-online-or-choose = Çevrim içi (semt yok)
groups-fact-ages = Çocuklar { $ages }
groups-fact-languages = { $languages } dilinde
groups-fact-children = Çocuklar gelebilir
groups-fact-wheelchair = tekerlekli sandalyeye uygun
groups-join-open = Doğrudan gelin
groups-join-request = İstekle – grup sizi kabul eder
groups-run-by = Düzenleyen: { $name }
groups-run-by-parent = Ebeveynler tarafından düzenleniyor
groups-kind-self-help = Kendi kendine yardım grubu
groups-kind-cafe = Ebeveyn kafesi ve buluşma
groups-kind-walking = Yürüyüş ve hareket
groups-kind-online = Çevrim içi grup
groups-kind-fathers = Babalar için
groups-kind-other = Başka grup
groups-where = Nerede
groups-who = Kimler için
groups-organiser = Düzenleyen
groups-in-calendar = Takvimdeki tarihler
groups-proposed = Bu öneri henüz herkese açık değil: koordinasyon bürosu inceliyor.
groups-ask = Katılmak için istek gönder
groups-ask-note = Grup yalnızca burada girdiğiniz adı görür ve sizi kabul eder. Sonra grubun mesajlarını okur ve yazarsınız.
groups-sign-in-note = Bir gruba katılmak ve yazmak için ebeveyn hesabına ihtiyacınız var.
groups-membership-requested = İsteğiniz gönderildi.
groups-members-title = İstekler ve üyeler
groups-members-none = Henüz kimse istek göndermedi.
groups-member-unnamed = Bir ebeveyn
groups-accept = { $name } kişisini kabul et
groups-propose-title = Bir grup önerin
groups-propose-intro = Bir buluşma kurmak mı istiyorsunuz? Tanımlayın; koordinasyon bürosu bir göz attıktan sonra yayınlar. Adınız görünmez.
groups-propose-link = Grup öner (ebeveyn hesabı)
groups-propose-submit = Öneriyi gönder
groups-field-name = Grubun adı
groups-field-kind = Tür
groups-field-description = Açıklama
groups-field-ortsteil = Semt
groups-field-rhythm = Ne zaman
groups-field-rhythm-hint = Örneğin: her iki haftada bir salı, 16–18 arası
groups-field-child-ages = Çocukların yaşı
groups-field-languages = Diller
groups-field-join-mode = Katılım
groups-error-empty = Lütfen doldurun.
groups-error-too-long = Bu metin çok uzun.
groups-error-invalid = Lütfen listeden seçin veya tek satıra yazın.
groups-too-many = Bugün zaten birkaç grup önerdiniz. Lütfen yarına kadar bekleyin.
groups-admin-title = Gruplar: öneriler
groups-admin-link = { $count ->
    [0] Gruplar: açık öneri yok
    [one] Gruplar: { $count } açık öneri
   *[other] Gruplar: { $count } açık öneri
}
groups-in-search = Uygun gruplar ve buluşmalar
groups-count = { $count ->
    [0] Grup yok
    [one] { $count } grup
   *[other] { $count } grup
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = Grupta yazışmaya katılın
groups-join-note = Buluşmaya doğrudan gelebilirsiniz. Gruba katılırsanız grubun mesajlarını okur ve yazarsınız.
groups-join-submit = Katıl
groups-field-member-name = Gruptaki adınız
groups-field-member-name-hint = Bir ad veya takma ad. Grup yalnızca bu adı görür, e-posta adresinizi asla.
groups-withdraw = İsteği geri çek
groups-leave = Gruptan ayrıl
groups-notice-beigetreten = Artık gruptasınız. Grubun mesajları aşağıda.
groups-notice-angefragt = İsteğiniz gönderildi. Grup sizi kabul eder etmez erişim alırsınız.
groups-notice-verlassen = Artık grupta değilsiniz.
groups-notice-gemeldet = Teşekkürler. Koordinasyon bürosu bildiriminize bakacak.
groups-notice-gesperrt = Engellendi. Artık birbirinizin mesajlarını görmüyorsunuz; kişi bundan haberdar olmaz.
groups-messages-title = Grubun mesajları
groups-messages-safety = Bu mesajları yalnızca üyeler okur. Adres veya telefon numarası yazmayın; bağlantılar tıklanabilir olmaz.
groups-messages-none = Henüz mesaj yok. İlkini siz yazmak ister misiniz?
groups-message-actions = Bildir veya engelle
groups-write = Gruba mesaj
groups-author-staff = { $name } (ekip)
groups-membership-member-other = katılıyor
groups-membership-asked = istek gönderdi
groups-remove = { $name } kişisini çıkar
groups-report-group = Bu grubu bildir
groups-too-many-messages = Bugün gruplarda zaten çok sayıda mesaj yazdınız. Lütfen yarına kadar bekleyin.
groups-mail-request-subject = Grubunuz için yeni istek
groups-mail-request-body = Merhaba,

    biri Wegweiser Lichtenberg'deki grubunuza katılmak istiyor. Oturum açtıktan sonra isteği kabul edebilirsiniz:

    { $link }

    Wegweiser Lichtenberg
groups-mail-message-subject = Grubunuzda yeni mesajlar
groups-mail-message-body = Merhaba,

    Wegweiser Lichtenberg'deki gruplarınızdan birinde yeni mesajlar var. Oturum açtıktan sonra okuyabilirsiniz:

    { $link }

    Siz okuyana kadar bu grup için başka e-posta göndermeyiz.

    Wegweiser Lichtenberg
groups-only-german = Bu grup yalnızca Almanca tanıtılmıştır.
groups-edit-link = Grubu düzenle ve çevir
groups-edit-title = Grubu düzenle
groups-edit-intro = Buraya yazdıklarınızı grubun sayfasında herkes görür. Çeviriler isteğe bağlıdır: Çevirinin olmadığı yerde sayfa Almanca metni bir notla gösterir.
groups-edit-submit = Değişiklikleri kaydet
groups-edit-back = Gruba geri dön
groups-notice-gespeichert = Değişiklikler kaydedildi.
