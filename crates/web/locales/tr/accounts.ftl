## Sign-in, invitations, passwords and a person's own account.
login-title = Oturum aç
login-intro = Koordinasyon bürosu ve kurumların çalışanları ile AG Alleinerziehende üyeleri için. Ebeveynlerin hesaba ihtiyacı yoktur.
login-email = E-posta adresi
login-password = Şifre
login-submit = Oturum aç
login-failed = E-posta adresi veya şifre yanlış.
login-throttled = Çok fazla deneme. Lütfen biraz bekleyin, sonra tekrar deneyin.
role-coordinator = Koordinasyon bürosu
role-provider-editor = Kurum editörü
role-employer = İşveren
role-ag-member = AG üyesi
role-parent = Ebeveyn
password-title = Şifre belirle
password-intro = Hesap: { $email }. En az 10 karakterli bir şifre seçin.
password-new = Yeni şifre
password-hint = En az 10 karakter. Birkaç kelimeden oluşan bir cümle hem kolay hatırlanır hem güvenlidir.
password-repeat = Şifreyi tekrarla
password-submit = Şifreyi kaydet ve oturum aç
password-link-invalid = Bu bağlantı artık geçerli değil: zaten kullanıldı ya da süresi doldu. Lütfen koordinasyon bürosundan yeni bir davet isteyin.
forgot-link = Şifrenizi mi unuttunuz?
forgot-title = Şifremi unuttum
forgot-intro = Hesabınızın e-posta adresini girin. Size yeni bir şifre belirleyebileceğiniz bir bağlantı göndeririz. Bağlantı bir saat geçerlidir.
forgot-submit = Bağlantı iste
account-title = Hesabım
account-data-title = Verileriniz
account-data-intro = Wegweiser'ın hesabınız hakkında sakladığı her şeyi indirebilirsiniz.
account-data-download = Verilerimi indir (JSON)
account-delete-title = Hesabı sil
account-delete-intro = Hesabınız ve sizinle ilgili tüm bilgiler silinir. Bu geri alınamaz.
account-delete-submit = Hesabı kalıcı olarak sil
account-delete-wrong-password = Şifre yanlış. Hesabınız silinmedi.
account-deleted = Hesabınız ve sizinle ilgili tüm bilgiler silindi.
account-signed-in-as = { $role } olarak oturum açtınız.
account-for-you-title = Burada neler yapabilirsiniz
account-to-backoffice = Yönetime git
account-for-you-parent = Hesabınızla etkinlik kayıtlarınız ve bülten tek bir yerde kalır. Wegweiser'daki herkese açık her şeyi hesapsız da kullanabilirsiniz.
account-coming-parent = Yakında burada: yakınınızdaki gruplar ve buluşmalar.
account-confirmation-resend = Onay bağlantısını tekrar gönder
account-confirmation-sent = Size yeni bir onay bağlantısı gönderdik.
account-tandem-link = Tandem: diğer tek ebeveynlerle tanışın – yalnızca sizin onayınızla ve adresiniz olmadan
account-unconfirmed = E-posta adresiniz henüz onaylanmadı. E-postamızdaki bağlantıyı açın; onay olmazsa hesap bir hafta sonra silinir.
account-for-you-employer = Hesabınız şirketinize ait: orada profili düzenler ve iş ilanları eklersiniz.
account-coming-employer = Yakında burada: ebeveynlerden ilanlarınız için iletişim talepleri ve katılan işverenlerle iş fuarları.
account-for-you-ag-member = Hesabınız AG Alleinerziehende için açıldı: gündemli toplantılar, katılım yanıtlarınız ve konu önerileri.
account-coming-ag-member = Yakında burada: AG'nin tutanakları, kararları ve görevleri, ve kurumlar arası yönlendirme için yönlendirme kâğıdı.
account-held-intro = Wegweiser hesabınız hakkında şunları saklar:
account-name = Ad
account-email = E-posta adresi
account-role = Rol
account-since = Hesap açılışı
account-organizations = Kurumlar
account-sessions = Oturum açık cihazlar
account-sessions-count = { $count ->
    [one] bir cihaz (bu)
   *[other] { $count } cihaz
}
account-last-login = Bundan önceki son oturum
account-last-login-none = yok
## A parent makes their own account
signup-title = Ebeveyn hesabı oluştur
signup-lead = Bir hesapla Tandem'i kullanabilirsiniz: diğer tek ebeveynlerle tanışın, yalnızca sizin onayınızla. Wegweiser'daki diğer her şeyi hesapsız da kullanabilirsiniz.
signup-password = Şifre
signup-password-hint = En az 10 karakter. Hatırlayabileceğiniz bir cümle iyi olur.
signup-repeat = Şifreyi tekrar girin
signup-consent = Gizlilik bilgilerini okudum. Yalnızca e-posta adresim ve şifrem (şifrelenmiş olarak) saklanır; hesabı istediğim zaman silebilirim.
signup-privacy-link = Gizlilik bilgilerini oku
signup-submit = Hesap oluştur
signup-have-account = Zaten bir hesabınız var mı? Oturum açın
signup-error-consent = Lütfen gizlilik bilgilerini okuduğunuzu onaylayın.
signup-sent = Az kaldı: { $email } adresine bir e-posta gönderdik.
signup-sent-more = Adresinizi onaylamak için lütfen içindeki bağlantıyı açın. Ancak o zaman Tandem'de başkalarına istek gönderebilir ve yazabilirsiniz. Onay olmazsa hesap bir hafta sonra silinir.
signup-confirm-question = E-posta adresinizi onaylamak istiyor musunuz?
signup-confirm-submit = Adresi onayla
signup-confirmed = Teşekkürler, adresiniz onaylandı.
signup-confirmed-next = Oturum açın ve Tandem'e gidin
signup-link-invalid = Bu bağlantı geçerli değil (artık). Belki zaten kullanıldı ya da bir haftadan eski.
signup-again = Yeniden kaydol
login-signup = Henüz hesabınız yok mu? Ebeveyn olarak kaydolun
mail-signup-subject = Lütfen e-posta adresinizi onaylayın
mail-signup-body = Merhaba,

    Wegweiser Lichtenberg'de bir hesap oluşturdunuz. Lütfen e-posta adresinizi bu bağlantıyla onaylayın:

    { $link }

    Onay olmazsa hesap { $days } gün sonra silinir. Bir hesap oluşturmadıysanız hiçbir şey yapmanız gerekmez.

    Wegweiser Lichtenberg
mail-signup-existing-subject = Wegweiser Lichtenberg'de zaten bir hesabınız var
mail-signup-existing-body = Merhaba,

    biri e-posta adresinizle Wegweiser Lichtenberg'de bir hesap oluşturmak istedi. Ancak zaten bir hesabınız var. Buradan oturum açın:

    { $login }

    Şifrenizi mi unuttunuz? Buradan yenisini alabilirsiniz:

    { $reset }

    Bu siz değilseniz hiçbir şey yapmanız gerekmez.

    Wegweiser Lichtenberg
tandem-error-unconfirmed = Lütfen önce e-posta adresinizi onaylayın (e-postamızdaki bağlantıyla). Sonra başkalarına istek gönderebilir ve yazabilirsiniz.
account-employer-link = Şirketinize git
