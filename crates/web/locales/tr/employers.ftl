## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Aile dostu işverenler
employers-lead = Lichtenberg'deki şirketler ebeveynler için ne yaptıklarını gösteriyor: esnek saatler, yarı zamanlı çalışma, yarı zamanlı meslek eğitimi, çocuk hastalandığında anlayış. En fazla üçünü yan yana karşılaştırın.
employers-all-sectors = Tüm sektörler
employers-all-ortsteile = Tüm semtler
employers-choose = Lütfen seçin
employers-pledge-only = Yalnızca taahhüt verenler
employers-pledge-badge = Taahhüt: aile dostu
employers-count = { $count ->
    [0] İşveren yok
    [one] { $count } işveren
   *[other] { $count } işveren
}
employers-none = Burada henüz işveren yok. Başka bir seçim deneyin.
employers-yes-count = { $count ->
    [0] Henüz hiçbir soru “Evet” ile yanıtlanmadı
    [one] 9 sorudan { $count } tanesi “Evet” ile yanıtlandı
   *[other] 9 sorudan { $count } tanesi “Evet” ile yanıtlandı
}
employers-compare-pick = { $name } karşılaştır
employers-compare-hint = En fazla üç işveren seçin.
employers-compare-submit = Seçilenleri karşılaştır
employers-compare-title = İşverenler karşılaştırmada
employers-compare-caption = İşverenlerin ebeveynler için yaptıkları, soru soru
employers-compare-question = Soru
employers-compare-too-many = Yan yana en fazla üç işveren sığar; işte ilk üçü.
employers-compare-none = Lütfen işverenler listesinden kimi karşılaştırmak istediğinizi seçin.
employers-compare-from-here = Diğerleriyle karşılaştır
employers-to-jobs = Uygun çalışma saatleri olan iş ve meslek eğitimi yerleri ara
employers-proposed = Bu şirket henüz herkese açık değil: koordinasyon bürosu kaydı inceliyor.
employers-where = Nerede
employers-answers-title = Şirketin ebeveynler için yaptıkları
employers-jobs-title = Açık iş ve meslek eğitimi yerleri
employers-jobs-none = Şu anda açık pozisyon yok.
employers-field-sector = Sektör
employers-field-size = Büyüklük
employers-field-ortsteil = Semt
employers-field-website = Web sitesi (isteğe bağlı)
employers-field-answer = Yanıt
employers-field-note = “{ $criterion }” hakkında açıklama (isteğe bağlı)
employers-size-micro = 1 ila 9 çalışan
employers-size-small = 10 ila 49 çalışan
employers-size-medium = 50 ila 249 çalışan
employers-size-large = 250 ve üzeri çalışan
employers-sector-care = Bakım
employers-sector-health = Sağlık
employers-sector-retail = Ticaret
employers-sector-hospitality = Yeme içme ve otelcilik
employers-sector-office = Büro ve yönetim
employers-sector-crafts = Zanaat
employers-sector-logistics = Lojistik ve ulaşım
employers-sector-education = Eğitim ve öğretim
employers-sector-social = Sosyal hizmetler
employers-sector-it = Bilişim ve medya
employers-sector-public-service = Kamu hizmeti
employers-sector-industry = Sanayi ve üretim
employers-sector-other = Başka sektör
employers-answer-none = Belirtilmemiş
employers-criterion-flexible-hours = Esnek başlangıç ve bitiş
employers-criterion-flexible-hours-hint = Çalışanlar örneğin çocuğu kreşe bıraktıktan sonra başlayabiliyor mu?
employers-criterion-core-hours = Kreş ve okula uyan çekirdek çalışma saatleri
employers-criterion-core-hours-hint = Zorunlu toplantılar, çocukların bakımda olduğu saatlerde mi?
employers-criterion-part-time-models = Yarı zamanlı çalışma modelleri
employers-criterion-part-time-models-hint = Örneğin tama yakın yarı zamanlı, öğleden önceleri, dört gün.
employers-criterion-part-time-training = Yarı zamanlı meslek eğitimi (§ 7a BBiG)
employers-criterion-part-time-training-hint = Yarı zamanlı meslek eğitimi veriyor musunuz ya da verir misiniz?
employers-criterion-home-office = Evden çalışma
employers-criterion-home-office-hint = Tamamen, bazı günler veya çocuk hastalandığında.
employers-criterion-sick-child-leave = Çocuk hastalandığında yasanın ötesinde izin
employers-criterion-sick-child-leave-hint = Yasal olarak öngörülenden fazla gün ya da maaş kaybı olmadan.
employers-criterion-childcare-support = Çocuk bakımında destek
employers-criterion-childcare-support-hint = Ödenek, ayrılmış kreş yerleri, tatil bakımı, acil bakım.
employers-criterion-parent-contact = Ebeveynler için irtibat kişisi
employers-criterion-parent-contact-hint = İş ve aile uyumu sorularında ebeveynlere yardım eden bir kişi.
employers-criterion-plannable-shifts = Planlanabilir vardiyalar
employers-criterion-plannable-shifts-hint = Vardiya planları erken bilinir, istemeyen ebeveynlere gece vardiyası yok.
employers-error-empty = Lütfen doldurun.
employers-error-too-long = Bu metin çok uzun.
employers-error-invalid = Lütfen listeden seçin veya tek satıra yazın.
employers-error-website = Lütfen https:// ile başlayan tam bir adres girin.
employers-error-time = Lütfen 08:30 gibi bir saat girin.
employers-error-window-order = Bitiş, başlangıçtan önce. Lütfen saatleri kontrol edin.
employers-error-window-half = Lütfen başlangıç ve bitişi girin ya da ikisini de boş bırakın.
employers-error-no-day = Lütfen saatleriyle birlikte en az bir iş günü girin.
employers-error-hours = Lütfen 1 ile 48 arasında bir sayı girin.
employers-error-hours-above = Haftalık saat, belirtilen çalışma saatlerine sığmıyor. Lütfen saatleri kontrol edin.
employers-error-date = Lütfen 31.03.2027 gibi bir tarih girin.
employers-error-expiry-past = Bu tarih geçti. Lütfen bugünden itibaren bir tarih girin.
employers-error-expiry-far = Lütfen en fazla bir yıl ilerisi; ilanı sonra uzatabilirsiniz.
employers-error-count = { $count ->
    [one] Lütfen bir bilgiyi kontrol edin; açıklama alanın yanında.
   *[other] Lütfen { $count } bilgiyi kontrol edin; açıklamalar alanların yanında.
}
employers-register-title = İşveren olarak katılın
employers-register-lead = Şirketinizin ebeveynler için ne yaptığını gösterin ve kreş ile okula uyan çalışma saatleriyle iş ilanları yayınlayın. Koordinasyon bürosu profilinizi bir göz attıktan sonra yayına alır.
employers-register-link = Şirketi kaydet
employers-admin-link = { $count ->
    [0] İşverenler: açık kayıt yok
    [one] İşverenler: { $count } açık kayıt
   *[other] İşverenler: { $count } açık kayıt
}
## Jobs
jobs-title = İş ve meslek eğitimi yerleri
jobs-lead = Ne zaman çalışabileceğinizi söyleyin. Yalnızca çalışma saatleri her iş gününde zaman aralığınıza uyan ilanları görürsünüz.
jobs-field-q = Arama terimi
jobs-field-days = Bu günlerde çalışabilirim
jobs-field-days-hint = Başlangıç ve bitiş saatiyle: örneğin pazartesiden cumaya 08:30 ile 14:30 arası.
jobs-field-from = Başlangıç
jobs-field-to = Bitiş
jobs-field-near = Yakınında (posta kodu veya semt)
jobs-field-near-hint = Uzaklık semtlerin merkezleri arasında ölçülür.
jobs-field-km = Uzaklık
jobs-distance-any = Fark etmez
jobs-distance-within = { $km } km'ye kadar
jobs-distance-same = aynı semtte
jobs-distance-about = yaklaşık { $distance }
jobs-all-kinds = Tüm türler
jobs-search = İş ara
jobs-count = { $count ->
    [0] İlan yok
    [one] { $count } ilan
   *[other] { $count } ilan
}
jobs-none = Şu anda açık pozisyon yok.
jobs-none-filtered = Bu seçime uyan ilan yok. Daha geniş bir zaman aralığı veya daha fazla gün deneyin.
jobs-error-no-day = Lütfen en az bir gün işaretleyin.
jobs-error-window = Lütfen iki saat girin; bitiş başlangıçtan sonra olmalı.
jobs-until = { $date } tarihine kadar görünür
jobs-when = Çalışma saatleri
jobs-start-now = hemen
jobs-hours-week = { $hours ->
    [one] Haftada { $hours } saat
   *[other] Haftada { $hours } saat
}
jobs-kind-job = İş
jobs-kind-training = Meslek eğitimi
jobs-kind-part-time-training = Yarı zamanlı meslek eğitimi
jobs-ortsteil-company = Şirketin bulunduğu yerde
jobs-field-kind = Tür
jobs-field-weekly-hours = Haftalık saat
jobs-start = Başlangıç
jobs-visible-until = Görünür olduğu son tarih
## Contact requests to employers
contact-link = İletişime geç
contact-link-general = Kendiliğinden iletişime geç
contact-title = { $employer } ile iletişim
contact-about-job = İlan: { $job }
contact-intro = Şirketin sizinle ilgili neyi öğreneceğine siz karar verirsiniz. Yanıt burada, Wegweiser'da gelir; adresinizi şirket yalnızca siz paylaşırsanız görür.
contact-share-legend = Paylaştıklarınız
contact-share-email = E-posta adresim ({ $email })
contact-share-name = Adım
contact-field-name = Ad
contact-field-phone = Telefon (isteğe bağlı)
contact-field-message = Mesajınız
contact-field-message-hint = Birkaç cümle yeterli: ne aradığınız ve ne zaman çalışabileceğiniz. En fazla 1000 karakter.
contact-field-cv = Özgeçmiş (isteğe bağlı)
contact-field-cv-hint = Yalnızca PDF, en fazla 800 KB. 90 gün sonra silinir.
contact-send = İsteği gönder
contact-list-parent = İşverenlere gönderdiğiniz istekler
contact-list-employer = Ebeveynlerden gelen istekler
contact-shared-title = Paylaşılan bilgiler
contact-not-shared = paylaşılmadı
contact-email = E-posta adresi
contact-no-cv = yok
contact-messages = Mesajlar
contact-answer = Yanıtınız
contact-reply = Mesajınız
contact-notice-gesendet = İsteğiniz gönderildi. Yanıtı burada bulursunuz; geldiğinde size bir e-posta göndeririz.
contact-notice-geantwortet = Mesajınız gönderildi.
contact-mail-new-subject = Bir ebeveynden yeni istek
contact-mail-new-body = Merhaba,

    bir ebeveyn Wegweiser Lichtenberg'de şirketinize bir istek gönderdi. Oturum açtıktan sonra okuyup yanıtlayabilirsiniz:

    { $link }

    Wegweiser Lichtenberg
contact-mail-answer-subject = İsteğinizle ilgili yeni mesaj
contact-mail-answer-body = Merhaba,

    Wegweiser Lichtenberg'deki bir istekle ilgili yeni bir mesaj var. Oturum açtıktan sonra okuyabilirsiniz:

    { $link }

    Wegweiser Lichtenberg
jobs-feed-name = Wegweiser Lichtenberg'deki iş ilanları
jobs-feed-link = Bu aramaya akış olarak abone ol (Atom)
pledge-campaign-link = Taahhüt hakkında daha fazla bilgi
account-delete-company = { $company } şirketindeki tek kişi sizsiniz. Hesabınızla birlikte şirket, ilanları ve ebeveynlerden gelen istekler de silinir.
employers-fairs-own = Bizi burada bulabilirsiniz
jobs-fairs = İş fuarları ve bilgi günleri
employers-in-pledge = Taahhüdün parçası
employers-field-name = Şirketin adı
employers-field-address = Sokak ve bina numarası (isteğe bağlı)
employers-field-description = Açıklama
employers-field-description-hint = Şirketiniz ne yapıyor ve kimi arıyorsunuz?
employers-field-website-hint = Başında https:// ile.
employers-field-contact-name = Adınız
employers-field-email = E-posta adresiniz
employers-answer-yes = Evet
employers-answer-partly = Kısmen
employers-answer-no = Hayır
employers-register-company = Şirketiniz
employers-register-person = Kaydınız
employers-register-consent = Şirketle ilgili bilgilerin yayınlanmasına ve adımla adresimin hesap için saklanmasına onay veriyorum.
employers-register-submit = Kaydol
pledge-title = Lichtenberg'de aile dostu çalışmak
pledge-lead = İlçedeki işverenler, ebeveynlere iş ve çocukları bir araya getirmek için ihtiyaç duydukları şeyleri sunmayı taahhüt ediyor – özellikle tek başına çocuk büyüten ebeveynlere. Neyin buna dahil olduğunu Tek Ebeveynler Koordinasyon Bürosu belirler.
pledge-criteria-title = Taahhüdün gerektirdikleri
pledge-criteria-lead = Bir işveren, bu soruların her birine “Evet” yanıtı verirse işareti taşır:
pledge-members = { $count ->
    [0] Henüz hiçbir işveren bunu karşılamıyor
    [one] { $count } işveren bunu karşılıyor
   *[other] { $count } işveren bunu karşılıyor
}
pledge-join-title = İşverenler için: böyle katılırsınız
pledge-join-lead = Şirketinizi kaydedin ve aile dostuluk hakkındaki dokuz soruyu yanıtlayın. Koordinasyon bürosunun incelemesinden sonra profiliniz herkese açık olur; koşulları karşılıyorsanız işareti taşır ve vitrininiz için bir afiş yazdırabilirsiniz.
pledge-print-title = Asmak ve dağıtmak için
pledge-print-lead = Kreş, Jobcenter ve aile merkezindeki ilan panoları için bir afiş ve yanında götürmek için bir el ilanı.
jobs-only-german = Bu iş ilanı yalnızca Almanca yazılmıştır.
