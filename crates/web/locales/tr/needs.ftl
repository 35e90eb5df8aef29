## The needs form (/bedarf)
needs-title = Size ne eksik?
needs-lead = İlçede bulamadığınız yardımı bize söyleyin. Bu, koordinasyon bürosunun yeni destekleri eksik oldukları yere getirmesine yardımcı olur.
needs-privacy = İsimsiz: Yalnızca konuyu, semti, çocukların yaşını ve metninizi, günüyle birlikte saklarız. IP adresi yok, hesap yok, saat yok.
needs-field-category = Konu
needs-choose = Lütfen seçin
needs-field-ortsteil = Semt (isteğe bağlı)
needs-ortsteil-none = Belirtilmemiş veya tüm ilçe
needs-field-ages = Çocuklarınızın yaşı (isteğe bağlı)
needs-ages-none = Belirtilmemiş
needs-ages-0-2 = 3 yaşından küçük
needs-ages-3-5 = 3 ila 5 yaş
needs-ages-6-11 = 6 ila 11 yaş
needs-ages-12-17 = 12 ila 17 yaş
needs-field-text = Tam olarak ne eksik? (isteğe bağlı)
needs-text-warning = Lütfen isim, adres veya telefon numarası yazmayın.
needs-text-hint = En fazla { $max } karakter. E-posta adreslerini, bağlantıları ve telefon numaralarını kaldırırız.
needs-submit = Gönder
needs-done = Teşekkürler! Bildiriminiz ulaştı. Koordinasyon bürosunun ihtiyaç radarına isimsiz olarak eklenir.
needs-another = Başka bir şey bildir
needs-see-statistics = İstatistiklere git
needs-answers = Siz sordunuz – biz harekete geçtik
needs-answered-on = { $date } tarihli yanıt
needs-error-count = { $count ->
    [one] Lütfen bir alanı kontrol edin.
   *[other] Lütfen { $count } alanı kontrol edin.
}
needs-error-category = Lütfen bir konu seçin.
needs-error-ortsteil = Bu semti tanımıyoruz.
needs-error-ages = Lütfen listeden bir yaş grubu seçin.
needs-error-text = Metin çok uzun (en fazla 1.000 karakter).
needs-error-throttled = Az önce birkaç bildirim gönderdiniz. Lütfen birkaç dakika sonra tekrar deneyin.
needs-error-full = Bugün çok sayıda bildirim geldi. Lütfen yarın tekrar deneyin.
needs-hidden = < 5
