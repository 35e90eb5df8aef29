## The needs form (/bedarf)
needs-title = ما الذي ينقصك؟
needs-lead = أخبرنا بالمساعدة التي لا تجدها في المنطقة. يساعد ذلك مكتب التنسيق على توفير عروض جديدة حيث تنقص.
needs-privacy = دون ذكر الاسم: نحفظ فقط الموضوع والحي وعمر الأطفال ونصّك مع اليوم. لا عنوان IP ولا حساب ولا وقت.
needs-field-category = الموضوع
needs-choose = يُرجى الاختيار
needs-field-ortsteil = الحي (اختياري)
needs-ortsteil-none = دون تحديد أو المنطقة كلها
needs-field-ages = عمر أطفالك (اختياري)
needs-ages-none = دون تحديد
needs-ages-0-2 = أقل من 3 سنوات
needs-ages-3-5 = من 3 إلى 5 سنوات
needs-ages-6-11 = من 6 إلى 11 سنة
needs-ages-12-17 = من 12 إلى 17 سنة
needs-field-text = ما الذي ينقص بالضبط؟ (اختياري)
needs-text-warning = يُرجى عدم كتابة أسماء أو عناوين أو أرقام هواتف.
needs-text-hint = { $max } حرفًا كحد أقصى. نحذف عناوين البريد الإلكتروني والروابط وأرقام الهواتف.
needs-submit = إرسال
needs-done = شكرًا! وصلت رسالتك. ستدخل دون ذكر الاسم في رادار الاحتياجات لدى مكتب التنسيق.
needs-another = الإبلاغ عن شيء آخر
needs-see-statistics = إلى الإحصاءات
needs-answers = سألتم – فتصرّفنا
needs-answered-on = ردّ بتاريخ { $date }
needs-error-count = { $count ->
    [zero] يُرجى التحقق من الحقول.
    [one] يُرجى التحقق من حقل واحد.
    [two] يُرجى التحقق من حقلين.
    [few] يُرجى التحقق من { $count } حقول.
    [many] يُرجى التحقق من { $count } حقلًا.
   *[other] يُرجى التحقق من { $count } حقل.
}
needs-error-category = يُرجى اختيار موضوع.
needs-error-ortsteil = لا نعرف هذا الحي.
needs-error-ages = يُرجى اختيار فئة عمرية من القائمة.
needs-error-text = النص طويل جدًا (1.000 حرف كحد أقصى).
needs-error-throttled = أرسلت للتو عدة رسائل. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
needs-error-full = وصلت اليوم رسائل كثيرة جدًا. يُرجى المحاولة غدًا.
needs-hidden = < 5
