## The directory: search, offers, organisations, Ortsteile, categories, the offer editor, review, freshness and reports of mistakes.
nav-home = الصفحة الرئيسية
breadcrumb-label = أنت هنا
today = اليوم
offers-count = { $count ->
    [0] لا توجد عروض بعد
    [zero] لا توجد عروض بعد
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}
search-title = ابحث عن مساعدة
search-title-with-query = البحث عن «{ $query }»
search-label = عمّ تبحث؟
search-button = ابحث
filters-label = البحث وعوامل التصفية
filter-category = الموضوع
filter-ortsteil = الحي
filter-language = لغة الاستشارة
filter-all = الكل
filter-only = فقط العروض التي …
filter-free = مجانية
filter-wheelchair = مناسبة للكراسي المتحركة
filter-childcare = تقدّم رعاية الأطفال
filter-open-now = مفتوحة الآن
filter-weekday = مفتوح يوم
filter-any-day = أي يوم
filter-near = بالقرب من
filter-near-placeholder = الرمز البريدي أو الحي
filter-sort = الترتيب حسب
sort-relevance = الأنسب
sort-distance = المسافة
filter-walk-in = ممكنة دون موعد
filter-evening = مفتوحة بعد الساعة 17:00
filter-weekend = مفتوحة في عطلة نهاية الأسبوع
error-unknown-weekday = «{ $value }» ليس يومًا من أيام الأسبوع. يُرجى اختيار يوم من القائمة.
error-unknown-place = لا نعرف «{ $value }». يُرجى إدخال رمز بريدي في ليشتنبرغ (مثل 10369) أو اسم حي.
error-unknown-sort = «{ $value }» ليس طريقة ترتيب. الخيارات الممكنة: «الأنسب» و«المسافة».
error-distance-needs-place = للترتيب حسب المسافة يُرجى إدخال رمز بريدي أو حي.
filter-reset = إعادة ضبط كل عوامل التصفية
zero-results-text = لم نجد عرضًا مناسبًا. جرّب كلمة أخرى أو عوامل تصفية أقل.
did-you-mean = هل تقصد
results-relaxed = لا يحتوي أي عرض على كل كلمات البحث. هذه عروض تحتوي على بعضها.
zero-results-all = عرض كل العروض
zero-results-categories = البحث حسب المواضيع
zero-results-near-categories = ربما يناسبك أحد هذه المواضيع:
zero-results-main-categories = المواضيع التي فيها أكثر العروض:
zero-results-near-chains = خطوة بخطوة خلال هذه المواقف الحياتية:
pager-label = الصفحات
pager-prev = الصفحة السابقة
pager-next = الصفحة التالية
page-of = الصفحة { $page } من { $pages }
error-summary-title = يُرجى التحقق من إدخالك
error-query-too-long = نص البحث طويل جدًا. يُرجى إدخال { $max } حرفًا كحد أقصى.
error-unknown-category = لا يوجد موضوع «{ $value }». يُرجى اختيار موضوع من القائمة.
error-unknown-ortsteil = لا يوجد حي «{ $value }» في ليشتنبرغ. يُرجى اختيار حي من القائمة.
error-unknown-language = لا نعرف اللغة «{ $value }». يُرجى اختيار لغة من القائمة.
error-invalid-flag = «{ $value }» ليست قيمة صالحة هنا. المسموح: نعم (1) أو لا (0).
error-invalid-number = «{ $value }» ليس رقم صفحة صالحًا.
example-entry = إدخال تجريبي
example-entry-long = إدخال تجريبي: هذا العرض مُختلَق ولا يُستخدم إلا للعرض التوضيحي.
example-org-long = إدخال تجريبي: هذه الجهة غير موجودة؛ لا تُستخدم إلا للعرض التوضيحي.
label-where = المكان
closed-reason-label = مغلق مؤقتًا
offered-by = تقدّمه
content-only-german = هذا العرض موصوف بالألمانية فقط.
label-cost = التكلفة
label-access = الوصول
label-languages = اللغات
label-target-groups = لمن
label-childcare = رعاية الأطفال
yes-childcare = نعم، يُعتنى بالأطفال أثناء العرض.
no-childcare = لا
label-categories = المواضيع
label-phone = الهاتف
label-email = البريد الإلكتروني
label-website = الموقع الإلكتروني
label-ortsteil = الحي
label-transit = الوصول بالمواصلات
hours-heading = ساعات العمل
hours-none-appointment = لا توجد ساعات عمل ثابتة: بموعد مسبق.
hours-none-ask = لم تُذكر ساعات عمل ثابتة. الأفضل أن تسأل قبل ذهابك متى يوجد أحد هناك.
hours-holidays-closed = مغلق في العطلات الرسمية في برلين.
hours-exceptions = ساعات عمل مختلفة
contact-heading = التواصل
where-heading = أين
location-confidential = العنوان سري لحماية المقيمات. يُرجى التواصل عبر الهاتف.
wheelchair-yes = يمكن الوصول بالكرسي المتحرك.
wheelchair-no = غير مناسب للكراسي المتحركة أو غير معروف – يُرجى الاتصال مسبقًا.
about-heading = عن العرض
eligibility-heading = من يمكنه الحضور؟
last-verified = آخر تحقق في { $date }
valid-until = يستمر هذا العرض حتى { $date }.
print-view = نسخة للطباعة
print-back = العودة إلى العرض
print-source = البيانات الحالية: Wegweiser Lichtenberg، { $url }
map-ortsteil = موقع حي { $name } في منطقة ليشتنبرغ
org-offers = { $count ->
    [0] لا توجد عروض حالية
    [zero] لا توجد عروض حالية
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}
ortsteile-title = الأحياء
ortsteile-intro = في ليشتنبرغ عشرة أحياء. اختر حيّك لترى العروض القريبة منك.
ortsteil-title = العروض في { $name }
ortsteil-postcodes = الرموز البريدية: { $postcodes }
categories-title = المواضيع
categories-intro = اختر موضوعًا لترى العروض المناسبة في المنطقة كلها.
related-categories = المواضيع في هذا الحي
related-ortsteile = في هذه الأحياء
topic-filter-more = تصفية هذه العروض أكثر
offers-admin-title = تعديل العروض
reviews-title = مراجعة التغييرات
not-confirmed-recently = لم تؤكد الجهة هذا الإدخال منذ مدة طويلة. يُرجى السؤال قبل الزيارة إن كانت البيانات ما زالت صحيحة.
confirm-title = تأكيد الإدخال
confirm-question = هل ما زالت البيانات عن «{ $offer }» صحيحة؟
confirm-submit = نعم، الإدخال ما زال صحيحًا
confirm-or-edit = هل تغيّر شيء؟
confirm-edit-link = تعديل الإدخال (يلزم تسجيل الدخول)
confirm-done = شكرًا! تأكّد أن الإدخال حالي.
confirm-link-invalid = هذا الرابط لم يعد صالحًا: الإدخال أُكّد من قبل، أو يوجد تذكير أحدث.
report-link = الإبلاغ عن خطأ في هذا الإدخال
report-title = الإبلاغ عن خطأ
report-back = → العودة إلى «{ $offer }»
report-intro = هل في «{ $offer }» شيء غير صحيح – الأوقات، العنوان، رقم الهاتف؟ اكتب لنا باختصار ما الخطأ. يتلقى رسالتك مكتب التنسيق والجهة المقدِّمة.
report-message = ما الخطأ؟
report-hint = يُرجى عدم كتابة أسماء أو بيانات شخصية. لن تتلقى ردًا لأننا لا نعرف من أنت.
report-submit = إرسال البلاغ
report-done = شكرًا! وصل بلاغك. سيُراجَع الإدخال.
synonyms-title = كلمات البحث (المرادفات)
orgs-title = الجهات والمؤسسات
categories-admin-title = الفئات
poster-scan-offer = امسح الرمز: الأوقات والعنوان والتواصل – محدَّثة دائمًا في Wegweiser Lichtenberg.
search-events = فعاليات مناسبة
filters-active = عوامل التصفية المختارة
filter-remove = إزالة عامل التصفية: { $filter }
filter-apply = تطبيق عوامل التصفية
chip-free = مجاني
chip-wheelchair = مناسب للكراسي المتحركة
chip-childcare = مع رعاية الأطفال
chip-open-now = مفتوح الآن
chip-walk-in = دون موعد
chip-evening = بعد الساعة 17:00
chip-weekend = في عطلة نهاية الأسبوع
zero-results-drop = لا يناسب أي عرض مع عوامل التصفية هذه. دون واحد منها ستجد:
zero-results-without = دون «{ $filter }»
map-open-in = افتح في:
map-app = تطبيق الخرائط
zero-results-all-filters = كل عوامل التصفية
zero-results-tell-us = لم تجد ما تحتاجه؟ أخبرنا بما ينقص.
org-kind-provider = جهة غير حكومية
