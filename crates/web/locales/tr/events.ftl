## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = ücretsiz
cost-reduced = indirimli veya gelire göre
cost-paid = ücretli
access-appointment = yalnızca randevuyla
access-walk-in = randevusuz
access-both = randevulu veya randevusuz
holiday-new-year = Yılbaşı
holiday-womens-day = Dünya Kadınlar Günü
holiday-good-friday = Kutsal Cuma
holiday-easter-monday = Paskalya Pazartesisi
holiday-labour-day = İşçi Bayramı
holiday-liberation-day = Kurtuluş Günü (8 Mayıs)
holiday-uprising-day = 17 Haziran 1953 Halk Ayaklanması'nın yıl dönümü
holiday-ascension = İsa'nın Göğe Yükselişi
holiday-whit-monday = Pentekost Pazartesisi
holiday-unity-day = Alman Birliği Günü
holiday-christmas-1 = Noel'in 1. günü
holiday-christmas-2 = Noel'in 2. günü
spoken-de = Almanca
spoken-en = İngilizce
spoken-tr = Türkçe
spoken-ar = Arapça
spoken-ru = Rusça
spoken-uk = Ukraynaca
spoken-vi = Vietnamca
spoken-pl = Lehçe
spoken-fa = Farsça
spoken-ku = Kürtçe
spoken-ro = Romence
spoken-bg = Bulgarca
spoken-fr = Fransızca
spoken-es = İspanyolca
spoken-sq = Arnavutça
spoken-sr = Sırpça
spoken-dgs = Alman İşaret Dili
group-single-parents = Tek ebeveynler
group-pregnant = Hamileler
group-fathers = Babalar
group-families = Aileler
group-children = Çocuklar
group-youth = Gençler
group-migrants = Göçmen aileler
group-women = Kadınlar
group-unemployed = İş arayanlar
events-title = Etkinlikler ve buluşmalar
events-intro = Lichtenberg'de buluşmalar, danışmanlık, kurslar ve bilgi akşamları, çoğu ücretsiz.
events-views-label = Görünüm
events-view-week = Bu hafta
events-view-month = Ay
events-view-list = Liste
events-week = { $from } – { $until } haftası
events-month = { $month }
events-list-range = { $from } – { $until }
events-earlier = önceki
events-later = sonraki
events-count = { $count ->
    [0] Etkinlik yok
    [one] 1 etkinlik
   *[other] { $count } etkinlik
}
events-none = Bu dönemde uygun etkinlik yok. Başka bir dönem veya daha az filtre deneyin.
events-today = bugün
events-filter-language = Dil
events-filter-only = Yalnızca şu etkinlikler …
events-filter-free = ücretsiz olanlar
events-filter-childcare = çocuk bakımı sunanlar
events-filter-evening = 17:00'den sonra başlayanlar
events-filter-weekend = hafta sonu olanlar
events-filter-apply = Göster
events-cancelled = İptal edildi
events-cancelled-because = İptal edildi: { $reason }
events-registration-needed = Kayıt gerekli
events-registration = Kayıt
events-no-registration = Kayıt gerekmez – gelmeniz yeterli.
events-next-dates = Sonraki tarihler
events-no-next = Şu anda başka tarih planlanmadı.
events-add-to-calendar = Takvimime ekle
events-part-of = Ait olduğu destek
events-every-week = Her hafta: { $days }, saat { $time }
events-every-n-weeks = { $n } haftada bir: { $days }, saat { $time }
events-every-month = Her ayın { $nth } { $day } günü, saat { $time }
events-nth-1 = birinci
events-nth-2 = ikinci
events-nth-3 = üçüncü
events-nth-4 = dördüncü
events-nth--1 = son
events-subscribe-heading = Etkinlikler kendi takviminizde
events-subscribe-text = Bu etkinliklere (filtrelerinizle) telefonunuzun takvim uygulamasında abone olun. Değişiklikler ve iptaller orada kendiliğinden görünür.
events-subscribe = Takvime abone ol
events-subscribe-copy = Ya da bu adresi takvim uygulamanıza ekleyin:
events-feed-name = Wegweiser Lichtenberg – etkinlikler
events-error-view = “{ $value }” bir görünüm değil. Hafta, ay ve liste seçilebilir.
events-error-date = “{ $value }” takvimde geçerli bir tarih değil (biçim 2026-12-01).
events-about = Etkinlik hakkında
register-heading = Kayıt ol
register-no-dates = Şu anda kayıt olabileceğiniz bir tarih yok.
register-day = Tarih
register-name = Adınız
register-email = E-posta adresiniz (onay ve iptal için)
register-submit = Yer ayırt
register-privacy = Bu kayıt için yalnızca adınızı ve e-posta adresinizi saklıyoruz ve ikisini de etkinlikten 30 gün sonra siliyoruz. Etkinliği düzenleyen kurum dışında kimse göremez.
register-free = { $count ->
    [one] 1 yer boş
   *[other] { $count } yer boş
}
register-error-throttled = Bu adresten az önce çok sayıda kayıt geldi. Lütfen daha sonra tekrar deneyin.
register-error-waiting-full = Bu tarih için bekleme listesi de dolu. Lütfen başka bir tarih seçin.
register-full = { $count ->
    [0] dolu – bekleme listesi
    [one] dolu – 1 kişi bekliyor
   *[other] dolu – { $count } kişi bekliyor
}
register-error-name = Lütfen bir ad girin (en fazla 80 karakter).
register-error-email = Lütfen geçerli bir e-posta adresi girin, ör. isim@ornek.de.
register-error-day = Lütfen sunulan tarihlerden birini seçin.
register-error-twice = Bu e-posta adresiyle bu tarih için zaten kayıtlısınız. Kaydınızın bağlantısı e-postanızda.
register-title = Kaydınız
register-confirmed = { $name }, yeriniz ayrıldı.
register-waiting = { $name }, etkinlik dolu: bekleme listesindesiniz. Bir yer boşalırsa otomatik olarak sıra size gelir ve bir e-posta alırsınız.
register-waiting-position = { $count ->
    [one] Sıradaki sizsiniz.
   *[other] Bekleme listesinde { $count }. sıradasınız.
}
register-cancelled = Bu kayıt iptal edildi.
register-link-hint = Bu kişisel bağlantıyla kaydınızı görebilir ve iptal edebilirsiniz. Bağlantıyı size e-postayla da gönderdik.
register-cancel = Kaydı iptal et
mail-register-confirmed-subject = Yeriniz: { $event }
mail-register-confirmed-body = Merhaba,

    “{ $event }” etkinliğinde { $date } tarihinde yeriniz var.

    { $place }

    Gelemeyecekseniz lütfen buradan iptal edin – böylece bekleme listesindeki biri yerinizi alır:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Bekleme listesi: { $event }
mail-register-waiting-body = Merhaba,

    { $date } tarihindeki “{ $event }” dolu. Bekleme listesindesiniz; bir yer boşalırsa otomatik olarak sıra size gelir ve bir e-posta alırsınız.

    { $place }

    Kaydınızı görün veya iptal edin:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = Bir yer boşaldı: { $event }
mail-register-promoted-body = Merhaba,

    { $date } tarihindeki “{ $event }” etkinliğinde bir yer boşaldı – artık sizin.

    { $place }

    İlk e-postanızdaki bağlantıdan iptal edebilirsiniz. Etkinliğe git:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Etkinlikler ve tarihler
event-reviews-title = Etkinlikleri kontrol et
event-reviews-waiting = { $count ->
    [one] Bir etkinlik değişikliği kontrol bekliyor.
   *[other] { $count } etkinlik değişikliği kontrol bekliyor.
}
error-unknown-ortsteil-plain = Lichtenberg'de böyle bir semt yok. Lütfen kısa adı kullanın, ör. fennpfuhl.
poster-scan-event = Kodu tarayın: tüm tarihler, yer ve kayıt – ve bir dokunuşla kendi takviminize.
events-exception = yapılmayacak
events-atom-link = Haber okuyucular için akış (Atom)
events-error-date-range = Takvim { $from } ile { $to } arasındaki etkinlikleri gösterir; “{ $value }” bunun dışında.
mail-register-where = Yer: { $place }
    Düzenleyen: { $organiser }
events-employers = Bu işverenler katılıyor
