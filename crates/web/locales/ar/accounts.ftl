## Sign-in, invitations, passwords and a person's own account.
login-title = تسجيل الدخول
login-intro = لموظفي مكتب التنسيق والجهات المقدِّمة وأعضاء AG Alleinerziehende. لا يحتاج الوالدان إلى حساب.
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-throttled = محاولات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
role-coordinator = مكتب التنسيق
role-provider-editor = محرّر الجهة المقدِّمة
role-employer = صاحب عمل
role-ag-member = عضو في AG
role-parent = والد أو والدة
password-title = تعيين كلمة المرور
password-intro = الحساب: { $email }. اختر كلمة مرور من 10 أحرف على الأقل.
password-new = كلمة المرور الجديدة
password-hint = 10 أحرف على الأقل. جملة من عدة كلمات سهلة التذكّر وآمنة.
password-repeat = أعد كتابة كلمة المرور
password-submit = حفظ كلمة المرور وتسجيل الدخول
password-link-invalid = هذا الرابط لم يعد صالحًا: استُخدم من قبل أو انتهت صلاحيته. يُرجى طلب دعوة جديدة من مكتب التنسيق.
forgot-link = نسيت كلمة المرور؟
forgot-title = نسيت كلمة المرور
forgot-intro = أدخل البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لتعيين كلمة مرور جديدة. الرابط صالح لمدة ساعة.
forgot-submit = طلب الرابط
account-title = حسابي
account-data-title = بياناتك
account-data-intro = يمكنك تنزيل كل ما يحفظه Wegweiser عن حسابك.
account-data-download = تنزيل بياناتي (JSON)
account-delete-title = حذف الحساب
account-delete-intro = سيُحذف حسابك وكل البيانات المتعلقة بك. لا يمكن التراجع عن ذلك.
account-delete-submit = حذف الحساب نهائيًا
account-delete-wrong-password = كلمة المرور غير صحيحة. لم يُحذف حسابك.
account-deleted = حُذف حسابك وكل البيانات المتعلقة بك.
account-signed-in-as = سجّلت الدخول بصفة: { $role }.
account-for-you-title = ما يمكنك فعله هنا
account-to-backoffice = إلى الإدارة
account-for-you-parent = مع حسابك تبقى تسجيلاتك في الفعاليات والنشرة الإخبارية في مكان واحد. يمكنك استخدام كل ما هو عام في Wegweiser دون حساب أيضًا.
account-coming-parent = قريبًا هنا: مجموعات ولقاءات بالقرب منك.
account-confirmation-resend = إرسال رابط التأكيد مرة أخرى
account-confirmation-sent = أرسلنا إليك رابط تأكيد جديدًا.
account-tandem-link = تاندم: تعرّف على والدين منفردين آخرين – فقط بموافقتك ودون عنوانك
account-unconfirmed = لم يُؤكَّد بريدك الإلكتروني بعد. افتح الرابط من رسالتنا؛ دون تأكيد سيُحذف الحساب بعد أسبوع.
account-for-you-employer = حسابك تابع لشركتك: هناك تعدّل الملف التعريفي وتضيف الوظائف.
account-coming-employer = قريبًا هنا: طلبات تواصل من الوالدين بخصوص وظائفك ومعارض توظيف مع أصحاب العمل المشاركين.
account-for-you-ag-member = أُنشئ حسابك لـ AG Alleinerziehende: جلسات بجدول أعمال، وردودك على الحضور، واقتراحات للمواضيع.
account-coming-ag-member = قريبًا هنا: محاضر AG وقراراتها ومهامها، وورقة التوجيه للإحالة بين الجهات.
account-held-intro = هذا ما يحفظه Wegweiser عن حسابك:
account-name = الاسم
account-email = البريد الإلكتروني
account-role = الدور
account-since = الحساب منذ
account-organizations = الجهات
account-sessions = الأجهزة التي سُجّل الدخول منها
account-sessions-count = { $count ->
    [zero] لا أجهزة
    [one] جهاز واحد (هذا)
    [two] جهازان
    [few] { $count } أجهزة
    [many] { $count } جهازًا
   *[other] { $count } جهاز
}
account-last-login = آخر تسجيل دخول قبل ذلك
account-last-login-none = لا يوجد
## A parent makes their own account
signup-title = إنشاء حساب للوالدين
signup-lead = بحساب يمكنك استخدام «تاندم»: التعرّف على والدين منفردين آخرين، فقط بموافقتك. كل ما عدا ذلك في Wegweiser يمكنك استخدامه دون حساب.
signup-password = كلمة المرور
signup-password-hint = 10 أحرف على الأقل. جملة تستطيع تذكّرها اختيار جيد.
signup-repeat = كلمة المرور مرة أخرى
signup-consent = قرأت معلومات حماية البيانات. يُحفظ فقط بريدي الإلكتروني وكلمة المرور (مشفّرة)؛ ويمكنني حذف الحساب في أي وقت.
signup-privacy-link = اقرأ معلومات حماية البيانات
signup-submit = إنشاء الحساب
signup-have-account = لديك حساب بالفعل؟ سجّل الدخول
signup-error-consent = يُرجى التأكيد أنك قرأت معلومات حماية البيانات.
signup-sent = اقتربنا: أرسلنا رسالة إلى { $email }.
signup-sent-more = يُرجى فتح الرابط فيها لتأكيد عنوانك. بعدها فقط يمكنك إرسال الطلبات والمراسلة في «تاندم». دون تأكيد سيُحذف الحساب بعد أسبوع.
signup-confirm-question = هل تريد تأكيد بريدك الإلكتروني؟
signup-confirm-submit = تأكيد العنوان
signup-confirmed = شكرًا، تأكّد عنوانك.
signup-confirmed-next = سجّل الدخول وانتقل إلى «تاندم»
signup-link-invalid = هذا الرابط غير صالح (لم يعد صالحًا). ربما استُخدم من قبل أو عمره أكثر من أسبوع.
signup-again = التسجيل من جديد
login-signup = ليس لديك حساب بعد؟ سجّل بصفتك والدًا أو والدة
mail-signup-subject = يُرجى تأكيد بريدك الإلكتروني
mail-signup-body = مرحبًا،

    أنشأت حسابًا في Wegweiser Lichtenberg. يُرجى تأكيد بريدك الإلكتروني بهذا الرابط:

    { $link }

    دون تأكيد سيُحذف الحساب بعد { $days } أيام. إذا لم تنشئ حسابًا فلا داعي لفعل أي شيء.

    Wegweiser Lichtenberg
mail-signup-existing-subject = لديك حساب بالفعل في Wegweiser Lichtenberg
mail-signup-existing-body = مرحبًا،

    أراد أحدهم إنشاء حساب في Wegweiser Lichtenberg ببريدك الإلكتروني. لكن لديك حساب بالفعل. سجّل الدخول من هنا:

    { $login }

    نسيت كلمة المرور؟ تحصل على كلمة جديدة من هنا:

    { $reset }

    إذا لم تكن أنت، فلا داعي لفعل أي شيء.

    Wegweiser Lichtenberg
tandem-error-unconfirmed = يُرجى أولًا تأكيد بريدك الإلكتروني (بالرابط من رسالتنا). بعدها يمكنك إرسال الطلبات والمراسلة.
account-employer-link = إلى شركتك
