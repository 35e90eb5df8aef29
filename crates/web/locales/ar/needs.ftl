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
needs-period = { $from } – { $to }
needs-total = المجموع
needs-topic = الموضوع
needs-no-topic = دون موضوع
needs-no-ortsteil = دون حي
needs-month = { $month }/{ $year }
needs-month-col = الشهر
needs-count = العدد
needs-search = البحث
needs-matrix = العرض والاحتياج حسب الموضوع والحي
needs-matrix-lead = تعرض كل خانة في الأعلى الاحتياج (بلاغات الاحتياج وعمليات البحث دون نتيجة) وتحته العرض المرجَّح.
needs-matrix-how = هكذا نحسب العرض: عرض بـ 20 ساعة أسبوعيًا يُحسب 1 (¼ على الأقل و2 على الأكثر؛ دون أوقات ثابتة ½). في حيّه يُحسب كاملًا، وفي حي يبعد حتى 2,5 كم نصفًا، والعرض دون مكان عام (هاتف، إنترنت، سري) يُحسب ربعًا في كل مكان.
needs-matrix-caption = الاحتياج والعرض المرجَّح، { $period }
needs-matrix-legend = مُبرَز: أقل من عرض مرجَّح واحد (فجوة)؛ مُبرَز بقوة: فجوة فيها 5 بلاغات احتياج على الأقل. الأرقام الأقل من 5 تظهر بصيغة «< 5»، وكذلك الأرقام التي يمكن حساب رقم صغير منها.
needs-cell-supply = العرض { $weight } ({ $offers } في المكان)
needs-gap-urgent = فجوة مع احتياج
needs-gap-thin = فجوة
needs-gaps = فجوات مع احتياج
needs-gap-line = { $category } في { $ortsteil }: عرض شبه معدوم، الاحتياج { $demand }
needs-months = التطور حسب الأشهر
needs-months-caption = الاستخدام والاحتياج حسب الشهر، { $period }
needs-chart-months = بلاغات الاحتياج حسب الشهر
needs-chart-months-desc = مخطط أعمدة: عدد بلاغات الاحتياج في كل شهر من الفترة. يحتوي الجدول أدناه على الأرقام نفسها.
needs-chart-table-follows = الأرقام نفسها وكل أنواع الاستخدام الأخرى موجودة في الجدول.
needs-chart-ortsteile = الاحتياج حسب الحي
needs-chart-ortsteile-desc = مخطط أعمدة: بلاغات الاحتياج وعمليات البحث دون نتيجة حسب الحي. الأرقام موجودة أيضًا في سطر المجموع في جدول «العرض والاحتياج».
needs-chart-ortsteile-follows = الأرقام نفسها في سطر المجموع في جدول «العرض والاحتياج».
needs-use-by-topic = الاستخدام حسب الموضوع
needs-use-caption = مشاهدات العروض والتسجيلات في الفعاليات حسب الموضوع، { $period }
needs-misses = أكثر عمليات البحث دون نتيجة
needs-misses-caption = عمليات البحث دون نتيجة، { $period }
needs-misses-none = لا توجد عمليات بحث دون نتيجة في هذه الفترة.
needs-kind-need-report = بلاغات الاحتياج
needs-kind-search-miss = عمليات البحث دون نتيجة
needs-kind-offer-view = مشاهدات العروض
needs-kind-chain-started = الخطوات التي بدأت
needs-kind-chain-finished = الخطوات التي اكتملت
needs-kind-benefits-check = فحوصات الإعانات
needs-kind-event-registration = التسجيلات في الفعاليات
