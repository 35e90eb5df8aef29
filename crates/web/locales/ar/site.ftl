## The site frame, the home page and the emergency contacts.
emergency-title = الطوارئ والمساعدة السريعة
emergency-intro = تساعد هذه الهواتف فورًا ومجانًا، وبدون ذكر الاسم إن رغبت. عند وجود خطر على الحياة أو الصحة اتصل بـ 110 أو 112.
emergency-more-offers = عروض أخرى عند الأزمات والعنف
emergency-police-name = الشرطة
emergency-police-hours = دائمًا
emergency-ambulance-name = الإطفاء والإسعاف
emergency-ambulance-hours = دائمًا
emergency-violence-women-name = هاتف المساعدة لمواجهة العنف ضد المرأة (Hilfetelefon Gewalt gegen Frauen)
emergency-violence-women-hours = على مدار الساعة، بـ 18 لغة
emergency-big-hotline-name = خط BIG الساخن للعنف المنزلي (برلين)
emergency-big-hotline-hours = على مدار الساعة
emergency-child-protection-name = الخط الساخن لحماية الطفل في برلين (Hotline Kinderschutz)
emergency-child-protection-hours = على مدار الساعة، وللوالدين أيضًا
emergency-parents-phone-name = هاتف الوالدين (Nummer gegen Kummer)
emergency-parents-phone-hours = الاثنين–الجمعة 9–17، الثلاثاء والخميس حتى 19
emergency-crisis-line-name = هاتف الدعم النفسي (TelefonSeelsorge)
emergency-crisis-line-hours = على مدار الساعة
emergency-pregnant-in-need-name = هاتف المساعدة للحوامل في ضائقة
emergency-pregnant-in-need-hours = على مدار الساعة، دون ذكر الاسم
quick-exit-heading = مغادرة الموقع بسرعة
quick-exit-explained = يفتح زر «مغادرة الموقع بسرعة» في أعلى كل صفحة صفحةَ طقس فورًا. يمكن ذلك أيضًا بلوحة المفاتيح: اضغط Escape (إذا كنت تكتب في حقل، فاضغطه مرتين بسرعة متتالية حتى لا يضيع ما بدأته) أو اضغط مفتاح Shift ثلاث مرات.
quick-exit-back = تُستبدل الصفحة التي تضغط فيها الزر بصفحة الطقس في سجل التصفح: لن تعود إليها بزر «رجوع». لكن صفحات هذا الموقع التي فتحتها قبلها تبقى في السجل، و«رجوع» يقود إليها.
quick-exit-history = إذا كان شخص آخر يستخدم جهازك، فاحذف السجل بعد ذلك: في Chrome وEdge وFirefox بالضغط على Ctrl + Shift + Delete (على Mac ‏⌘ + Shift + Delete)، وعلى iPhone من الإعدادات › Safari › مسح سجل التصفح وبيانات المواقع، وعلى هواتف Android في Chrome من ⋮ › السجل › محو بيانات التصفح. الأكثر أمانًا أن تفتح هذا الموقع في نافذة خاصة (وضع التصفح المتخفي): عندها لا يبقى أي سجل.
home-title = مساعدة للوالدين المنفردين في ليشتنبرغ
home-heading = مساعدة للوالدين المنفردين في ليشتنبرغ
home-intro = اعثر على الاستشارات ورعاية الأطفال والمساعدة في المال والطلبات والعمل وأماكن اللقاء بالقرب منك – دون تسجيل.
home-total = { $count ->
    [zero] لا توجد عروض في Wegweiser
    [one] عرض واحد في Wegweiser
    [two] عرضان في Wegweiser
    [few] { $count } عروض في Wegweiser
    [many] { $count } عرضًا في Wegweiser
   *[other] { $count } عرض في Wegweiser
}
home-quick-help = مساعدة سريعة
home-quick-help-text = هل تحتاج إلى مساعدة الآن فورًا؟ هذه الهواتف مجانية ودون ذكر الاسم.
home-all-emergency = كل أرقام الطوارئ
home-categories = ماذا تحتاج؟
home-ortsteile = العروض في حيّك
search-placeholder = مثلًا: استشارة، روضة، نفقة
home-chains = ماذا عليّ أن أفعل؟ خطوات لوضعك الحياتي
home-chains-text = خطوة بخطوة، مع المواعيد النهائية والمستندات والجهات في ليشتنبرغ. يمكنك وضع العلامات دون تسجيل.
home-tandem = تعرّف على والدين منفردين آخرين
home-tandem-text = في «تاندم» يقترح عليك Wegweiser والدين بالقرب منك لديهم أطفال في العمر نفسه – فقط بموافقتك، ودون عنوان، ولا يمكنكما المراسلة إلا عندما يوافق كلاكما.
home-tandem-link = إلى تاندم
home-work = عمل يناسب الروضة والمدرسة
home-work-text = أخبرنا في أي أيام وأي ساعات يمكنك العمل: سترى فقط الوظائف وأماكن التدريب المهني التي تناسب كل يوم عمل – لدى أصحاب عمل يُظهرون ما يفعلونه من أجل الوالدين.
home-work-jobs = البحث عن وظائف
home-work-employers = أصحاب عمل صديقون للأسرة
home-coming-up = قريبًا في ليشتنبرغ
home-all-events = كل الفعاليات واللقاءات
home-news = الأخبار
home-all-news = كل الأخبار والأنشطة
page-title-ueber-uns = من نحن وللتواصل
page-title-impressum = بيانات الناشر
page-title-datenschutz = بيان حماية البيانات
page-title-barrierefreiheit = بيان إمكانية الوصول
page-missing = يكتب مكتب التنسيق هذا النص حاليًا.
page-updated = آخر تحديث: { $date }
content-only-german-page = هذه الصفحة متوفرة بالألمانية فقط.
pages-admin-title = صفحات مكتب التنسيق
pages-edit-title = تعديل: { $page }
page-error-conflict = في هذه الأثناء حفظ شخص آخر هذه الصفحة. أعد تحميل الصفحة وانقل تغييراتك.
article-kind-news = خبر
article-kind-campaign = نشاط
