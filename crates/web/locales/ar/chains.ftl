## Service chains (Wege durch Lebenslagen) and their editor.
chains-title = خطوات لوضعك الحياتي
chains-intro = خطوة بخطوة: ما الذي يجب فعله، وبأي ترتيب، وإلى أين تذهب، وماذا تُحضر معك – مع الجهات في ليشتنبرغ.
chains-privacy = يمكنك وضع علامة على الخطوات دون تسجيل. يبقى تقدّمك في هذا المتصفح فقط (أو في رابطك الشخصي) – لا يحفظ Wegweiser شيئًا عنه.
chains-all = كل المواقف الحياتية
chain-steps-count = { $count ->
    [zero] لا خطوات
    [one] خطوة واحدة
    [two] خطوتان
    [few] { $count } خطوات
    [many] { $count } خطوة
   *[other] { $count } خطوة
}
chain-progress = أُنجز { $done } من { $total } خطوات
chain-progress-heading = تقدّمك
chain-progress-privacy = محفوظ في هذا المتصفح فقط، وليس على الخادم.
chain-from-link = ترى الحالة من رابطك الشخصي. عندما تضع علامة على خطوة، يتذكر هذا المتصفح الحالة أيضًا.
chain-private-link = رابط شخصي إلى تقدّمك
chain-private-link-hint = احفظ هذا الرابط في المفضلة أو أرسله إلى نفسك لتتابع على جهاز آخر. من لديه الرابط يرى الخطوات التي أنجزتها – ولا شيء غير ذلك.
chain-reset = حذف التقدّم
chain-anchor-label = التاريخ: { $event }
chain-anchor-hint = اختياري. عندها نعرض المواعيد النهائية كتواريخ. يبقى التاريخ في هذا المتصفح فقط.
chain-anchor-save = احسب المواعيد النهائية
chain-date-invalid = يُرجى إدخال تاريخ مثل 01.03.2027.
chain-print = اطبع كقائمة تحقق (صفحة A4 واحدة)
chain-print-back = العودة إلى الخطوات
chain-print-date = الحالة: { $date }
chain-print-addresses = العناوين
chain-step-n = الخطوة { $n }
chain-step-done = أُنجزت
chain-tick = ضع علامة على الخطوة { $n } كمُنجزة
chain-untick = الخطوة { $n } مفتوحة من جديد
chain-condition = متى ينطبق هذا عليك:
chain-deadline = الموعد النهائي
chain-deadline-date = حتى { $date }
chain-deadline-passed = انتهى
chain-documents = أحضر معك
chain-costs = التكلفة
chain-tip = نصيحة
chain-where = من يساعد
chain-branch = تابع من هنا:
chain-related = مواقف حياتية مناسبة
chain-qr-heading = رمز QR للملصق والمنشور
chain-qr-hint = يقود هذا الرمز إلى هذه الصفحة. لا يحتوي على تقدّمك الشخصي.
chain-qr-download = تنزيل رمز QR (SVG)
chain-preview-banner = معاينة المسودة – هكذا ستبدو الصفحة بعد النشر.
chains-admin-title = خطوات المواقف الحياتية
chain-poster = اطبع ملصقًا برمز QR
chain-poster-scan = امسح الرمز: خطوة بخطوة، مع العناوين والمواعيد النهائية والمستندات – مجانًا ودون تسجيل.
