## Service chains (Wege durch Lebenslagen) and their editor.
chains-title = Yaşam durumunuz için adım adım yollar
chains-intro = Adım adım: ne yapılmalı, hangi sırayla, nereye gitmelisiniz ve yanınızda ne götürmelisiniz – Lichtenberg'deki kurumlarla.
chains-privacy = Adımları kayıt olmadan işaretleyebilirsiniz. İlerlemeniz yalnızca bu tarayıcıda (veya kişisel bağlantınızda) kalır – Wegweiser bununla ilgili hiçbir şey kaydetmez.
chains-all = Tüm yaşam durumları
chain-steps-count = { $count ->
    [one] 1 adım
   *[other] { $count } adım
}
chain-progress = { $total } adımdan { $done } tanesi tamam
chain-progress-heading = İlerlemeniz
chain-progress-privacy = Yalnızca bu tarayıcıda kaydedilir, sunucuda değil.
chain-from-link = Kişisel bağlantınızdaki durumu görüyorsunuz. Bir adımı işaretlerseniz bu tarayıcı da durumu hatırlar.
chain-private-link = Durumunuza kişisel bağlantı
chain-private-link-hint = Başka bir cihazda devam etmek için bu bağlantıyı yer imi olarak kaydedin veya kendinize gönderin. Bağlantıya sahip olan, hangi adımları işaretlediğinizi görür – başka hiçbir şeyi değil.
chain-reset = İlerlemeyi sil
chain-anchor-label = Tarih: { $event }
chain-anchor-hint = İsteğe bağlı. O zaman süreleri tarih olarak gösteririz. Tarih yalnızca bu tarayıcıda kalır.
chain-anchor-save = Süreleri hesapla
chain-date-invalid = Lütfen 01.03.2027 gibi bir tarih girin.
chain-print = Kontrol listesi olarak yazdır (bir A4 sayfa)
chain-print-back = Yola geri dön
chain-print-date = Durum: { $date }
chain-print-addresses = Adresler
chain-step-n = Adım { $n }
chain-step-done = tamam
chain-tick = Adım { $n } tamamlandı olarak işaretle
chain-untick = Adım { $n } yeniden açık
chain-condition = Sizin için ne zaman geçerli:
chain-deadline = Süre
chain-deadline-date = { $date } tarihine kadar
chain-deadline-passed = geçti
chain-documents = Yanınıza alın
chain-costs = Ücret
chain-tip = İpucu
chain-where = Kim yardım eder
chain-branch = Buradan devam edin:
chain-related = İlgili yaşam durumları
chain-qr-heading = Afiş ve el ilanı için QR kodu
chain-qr-hint = Bu kod bu sayfaya götürür. Kişisel ilerleme içermez.
chain-qr-download = QR kodunu indir (SVG)
chain-preview-banner = Taslağın önizlemesi – sayfa yayınlandıktan sonra böyle görünür.
chains-admin-title = Yaşam durumları için yollar
chain-poster = QR kodlu afiş yazdır
chain-poster-scan = Kodu tarayın: adım adım, adresler, süreler ve belgelerle – ücretsiz, kayıt olmadan.
