## Employers and jobs (the office's fourth and fifth tasks)
employers-title = أصحاب عمل صديقون للأسرة
employers-lead = تُظهر الشركات في ليشتنبرغ ما تفعله للوالدين: أوقات مرنة، عمل جزئي، تدريب مهني بدوام جزئي، تفهّم عندما يمرض الطفل. قارن حتى ثلاث شركات جنبًا إلى جنب.
employers-all-sectors = كل القطاعات
employers-all-ortsteile = كل الأحياء
employers-choose = يُرجى الاختيار
employers-pledge-only = فقط مع تعهّد ذاتي
employers-pledge-badge = تعهّد ذاتي: صديق للأسرة
employers-count = { $count ->
    [0] لا يوجد صاحب عمل
    [zero] لا يوجد صاحب عمل
    [one] صاحب عمل واحد
    [two] صاحبا عمل
    [few] { $count } أصحاب عمل
    [many] { $count } صاحب عمل
   *[other] { $count } صاحب عمل
}
employers-none = لا يوجد صاحب عمل هنا بعد. جرّب اختيارًا آخر.
employers-yes-count = { $count ->
    [0] لم يُجب بعد بـ«نعم» على أي سؤال
    [zero] لم يُجب بعد بـ«نعم» على أي سؤال
    [one] «نعم» على سؤال واحد من 9
    [two] «نعم» على سؤالين من 9
    [few] «نعم» على { $count } أسئلة من 9
    [many] «نعم» على { $count } سؤالًا من 9
   *[other] «نعم» على { $count } سؤال من 9
}
employers-compare-pick = مقارنة { $name }
employers-compare-hint = اختر حتى ثلاثة أصحاب عمل.
employers-compare-submit = مقارنة المختارين
employers-compare-title = مقارنة أصحاب العمل
employers-compare-caption = ما يفعله أصحاب العمل للوالدين، سؤالًا بسؤال
employers-compare-question = السؤال
employers-compare-too-many = يتسع الجدول لثلاثة أصحاب عمل فقط؛ هؤلاء هم الثلاثة الأوائل.
employers-compare-none = يُرجى أن تختار من قائمة أصحاب العمل من تريد مقارنتهم.
employers-compare-from-here = المقارنة مع آخرين
employers-to-jobs = البحث عن وظائف وأماكن تدريب بأوقات عمل مناسبة
employers-proposed = هذه الشركة ليست منشورة بعد: يراجع مكتب التنسيق التسجيل.
employers-where = أين
employers-answers-title = ما تفعله الشركة للوالدين
employers-jobs-title = وظائف وأماكن تدريب مهني شاغرة
employers-jobs-none = لا توجد وظائف شاغرة حاليًا.
employers-field-sector = القطاع
employers-field-size = الحجم
employers-field-ortsteil = الحي
employers-field-website = الموقع الإلكتروني (اختياري)
employers-field-answer = الإجابة
employers-field-note = توضيح حول «{ $criterion }» (اختياري)
employers-size-micro = من 1 إلى 9 موظفين
employers-size-small = من 10 إلى 49 موظفًا
employers-size-medium = من 50 إلى 249 موظفًا
employers-size-large = 250 موظفًا فأكثر
employers-sector-care = الرعاية والتمريض
employers-sector-health = الصحة
employers-sector-retail = التجارة
employers-sector-hospitality = المطاعم والفنادق
employers-sector-office = المكاتب والإدارة
employers-sector-crafts = الحِرف
employers-sector-logistics = اللوجستيات والنقل
employers-sector-education = التعليم والتربية
employers-sector-social = العمل الاجتماعي
employers-sector-it = تقنية المعلومات والإعلام
employers-sector-public-service = الخدمة العامة
employers-sector-industry = الصناعة والإنتاج
employers-sector-other = قطاع آخر
employers-answer-none = دون إجابة
employers-criterion-flexible-hours = بداية ونهاية مرنة للعمل
employers-criterion-flexible-hours-hint = هل يمكن للموظفين مثلًا أن يبدؤوا العمل بعد إيصال الطفل إلى الروضة؟
employers-criterion-core-hours = أوقات أساسية تناسب الروضة والمدرسة
employers-criterion-core-hours-hint = هل تقع الاجتماعات الإلزامية في أوقات يكون فيها الأطفال تحت الرعاية؟
employers-criterion-part-time-models = نماذج العمل الجزئي
employers-criterion-part-time-models-hint = مثلًا دوام جزئي قريب من الكامل، الفترات الصباحية، أربعة أيام.
employers-criterion-part-time-training = تدريب مهني بدوام جزئي (§ 7a BBiG)
employers-criterion-part-time-training-hint = هل تدرّبون بدوام جزئي أو مستعدون لذلك؟
employers-criterion-home-office = العمل من المنزل
employers-criterion-home-office-hint = كليًا، أو في بعض الأيام، أو عندما يمرض الطفل.
employers-criterion-sick-child-leave = إجازة عند مرض الطفل أكثر مما ينص عليه القانون
employers-criterion-sick-child-leave-hint = أيام أكثر مما ينص عليه القانون، أو دون خسارة في الأجر.
employers-criterion-childcare-support = الدعم في رعاية الأطفال
employers-criterion-childcare-support-hint = منحة، أماكن محجوزة في الروضة، رعاية في العطل، رعاية طارئة.
employers-criterion-parent-contact = شخص للتواصل من أجل الوالدين
employers-criterion-parent-contact-hint = شخص يساعد الوالدين في أسئلة التوفيق بين العمل والأسرة.
employers-criterion-plannable-shifts = نوبات عمل يمكن التخطيط لها
employers-criterion-plannable-shifts-hint = جداول العمل معروفة مبكرًا، ولا نوبات ليلية للوالدين الذين لا يريدونها.
employers-error-empty = يُرجى ملء الحقل.
employers-error-too-long = هذا النص طويل جدًا.
employers-error-invalid = يُرجى الاختيار من القائمة أو الكتابة في سطر واحد.
employers-error-website = يُرجى إدخال عنوان كامل يبدأ بـ https://.
employers-error-time = يُرجى إدخال وقت مثل 08:30.
employers-error-window-order = وقت النهاية قبل وقت البداية. يُرجى التحقق من الأوقات.
employers-error-window-half = يُرجى إدخال البداية والنهاية، أو ترك كليهما فارغين.
employers-error-no-day = يُرجى إدخال يوم عمل واحد على الأقل مع الأوقات.
employers-error-hours = يُرجى إدخال رقم من 1 إلى 48.
employers-error-hours-above = عدد الساعات في الأسبوع أكبر مما تتسع له أوقات العمل المذكورة. يُرجى التحقق من الساعات والأوقات.
employers-error-date = يُرجى إدخال تاريخ مثل 31.03.2027.
employers-error-expiry-past = هذا التاريخ مضى. يُرجى إدخال تاريخ من اليوم فصاعدًا.
employers-error-expiry-far = سنة واحدة مقدمًا كحد أقصى؛ يمكنك تمديد الإعلان لاحقًا.
employers-error-count = { $count ->
    [zero] يُرجى التحقق من البيانات.
    [one] يُرجى التحقق من معلومة واحدة؛ التلميح بجانب الحقل.
    [two] يُرجى التحقق من معلومتين؛ التلميحات بجانب الحقول.
    [few] يُرجى التحقق من { $count } معلومات؛ التلميحات بجانب الحقول.
    [many] يُرجى التحقق من { $count } معلومة؛ التلميحات بجانب الحقول.
   *[other] يُرجى التحقق من { $count } معلومة؛ التلميحات بجانب الحقول.
}
employers-register-title = شارك كصاحب عمل
employers-register-lead = أظهر للوالدين ما تفعله شركتك من أجلهم، وانشر وظائف بأوقات عمل تناسب الروضة والمدرسة. ينشر مكتب التنسيق ملفك بعد الاطلاع عليه.
employers-register-link = تسجيل الشركة
employers-admin-link = { $count ->
    [0] أصحاب العمل: لا تسجيلات مفتوحة
    [zero] أصحاب العمل: لا تسجيلات مفتوحة
    [one] أصحاب العمل: تسجيل مفتوح واحد
    [two] أصحاب العمل: تسجيلان مفتوحان
    [few] أصحاب العمل: { $count } تسجيلات مفتوحة
    [many] أصحاب العمل: { $count } تسجيلًا مفتوحًا
   *[other] أصحاب العمل: { $count } تسجيل مفتوح
}
## Jobs
jobs-title = الوظائف وأماكن التدريب المهني
jobs-lead = أخبرنا متى يمكنك العمل. سترى فقط الوظائف التي تقع أوقات عملها في كل يوم عمل ضمن الفترة التي تناسبك.
jobs-field-q = كلمة البحث
jobs-field-days = يمكنني العمل في هذه الأيام
jobs-field-days-hint = مع الوقت من وإلى: مثلًا من الاثنين إلى الجمعة من 08:30 إلى 14:30.
jobs-field-from = من
jobs-field-to = إلى
jobs-field-near = بالقرب من (الرمز البريدي أو الحي)
jobs-field-near-hint = تُقاس المسافة بين مراكز الأحياء.
jobs-field-km = المسافة
jobs-distance-any = أي مسافة
jobs-distance-within = حتى { $km } كم
jobs-distance-same = في الحي نفسه
jobs-distance-about = نحو { $distance }
jobs-all-kinds = كل الأنواع
jobs-search = البحث عن وظائف
jobs-count = { $count ->
    [0] لا توجد وظيفة
    [zero] لا توجد وظيفة
    [one] وظيفة واحدة
    [two] وظيفتان
    [few] { $count } وظائف
    [many] { $count } وظيفة
   *[other] { $count } وظيفة
}
jobs-none = لا توجد وظائف شاغرة حاليًا.
jobs-none-filtered = لا تناسب أي وظيفة هذا الاختيار. جرّب فترة زمنية أوسع أو أيامًا أكثر.
jobs-error-no-day = يُرجى اختيار يوم واحد على الأقل.
jobs-error-window = يُرجى إدخال وقتين؛ يجب أن تكون النهاية بعد البداية.
jobs-until = مرئي حتى { $date }
jobs-when = أوقات العمل
jobs-start-now = فورًا
jobs-hours-week = { $hours ->
    [zero] { $hours } ساعة أسبوعيًا
    [one] ساعة واحدة أسبوعيًا
    [two] ساعتان أسبوعيًا
    [few] { $hours } ساعات أسبوعيًا
    [many] { $hours } ساعة أسبوعيًا
   *[other] { $hours } ساعة أسبوعيًا
}
jobs-kind-job = وظيفة
jobs-kind-training = تدريب مهني
jobs-kind-part-time-training = تدريب مهني بدوام جزئي
jobs-ortsteil-company = في موقع الشركة
jobs-field-kind = النوع
jobs-field-weekly-hours = الساعات في الأسبوع
jobs-start = البداية
jobs-visible-until = مرئي حتى
## Contact requests to employers
contact-link = التواصل
contact-link-general = التواصل بمبادرة منك
contact-title = التواصل مع { $employer }
contact-about-job = بخصوص الوظيفة: { $job }
contact-intro = أنت تقرر ما تعرفه الشركة عنك. يصل الرد هنا في Wegweiser؛ ولا ترى الشركة عنوانك إلا إذا شاركته.
contact-share-legend = ما تشاركه
contact-share-email = بريدي الإلكتروني ({ $email })
contact-share-name = اسمي
contact-field-name = الاسم
contact-field-phone = الهاتف (اختياري)
contact-field-message = رسالتك
contact-field-message-hint = بضع جمل تكفي: عمّ تبحث ومتى يمكنك العمل. 1000 حرف كحد أقصى.
contact-field-cv = السيرة الذاتية (اختياري)
contact-field-cv-hint = PDF فقط، 800 كيلوبايت كحد أقصى. تُحذف بعد 90 يومًا.
contact-send = إرسال الطلب
contact-list-parent = طلباتك إلى أصحاب العمل
contact-list-employer = طلبات من الوالدين
contact-shared-title = البيانات المشارَكة
contact-not-shared = غير مشارَك
contact-email = البريد الإلكتروني
contact-no-cv = لا توجد
contact-messages = الرسائل
contact-answer = ردّك
contact-reply = رسالتك
contact-notice-gesendet = أُرسل طلبك. تجد الرد هنا؛ وسنرسل إليك رسالة إلكترونية بمجرد وصوله.
contact-notice-geantwortet = أُرسلت رسالتك.
contact-mail-new-subject = طلب جديد من والد أو والدة
contact-mail-new-body = مرحبًا،

    أرسل والد أو والدة طلبًا إلى شركتك في Wegweiser Lichtenberg. يمكنك قراءته والرد عليه بعد تسجيل الدخول:

    { $link }

    Wegweiser Lichtenberg
contact-mail-answer-subject = رسالة جديدة بخصوص طلبك
contact-mail-answer-body = مرحبًا،

    هناك رسالة جديدة بخصوص طلب في Wegweiser Lichtenberg. يمكنك قراءتها بعد تسجيل الدخول:

    { $link }

    Wegweiser Lichtenberg
jobs-feed-name = الوظائف في Wegweiser Lichtenberg
jobs-feed-link = الاشتراك في هذا البحث كموجز (Atom)
pledge-campaign-link = المزيد عن التعهّد الذاتي
account-delete-company = أنت الشخص الوحيد من { $company }. مع حسابك ستُحذف أيضًا الشركة ووظائفها وطلبات الوالدين.
employers-fairs-own = هنا يمكنك لقاؤنا
jobs-fairs = معارض التوظيف وأيام المعلومات
employers-in-pledge = ضمن التعهّد الذاتي
employers-field-name = اسم الشركة
employers-field-address = الشارع ورقم المبنى (اختياري)
employers-field-description = الوصف
employers-field-description-hint = ماذا تفعل شركتك ومن تبحث عنه؟
employers-field-website-hint = يبدأ بـ https://.
employers-field-contact-name = اسمك
employers-field-email = بريدك الإلكتروني
employers-answer-yes = نعم
employers-answer-partly = جزئيًا
employers-answer-no = لا
employers-register-company = شركتك
employers-register-person = تسجيلك
employers-register-consent = أوافق على نشر بيانات الشركة وحفظ اسمي وعنواني من أجل الحساب.
employers-register-submit = تسجيل
pledge-title = عمل صديق للأسرة في ليشتنبرغ
pledge-lead = يتعهد أصحاب العمل في المنطقة بتقديم ما يحتاجه الوالدان للجمع بين العمل والأطفال – لا سيما من يربّون أطفالهم بمفردهم. ويحدد مكتب التنسيق للوالدين المنفردين ما يشمله ذلك.
pledge-criteria-title = ما يتطلبه التعهّد الذاتي
pledge-criteria-lead = يحمل صاحب العمل العلامة إذا أجاب بـ«نعم» على كل سؤال من هذه الأسئلة:
pledge-members = { $count ->
    [0] لا يستوفيها أي صاحب عمل بعد
    [zero] لا يستوفيها أي صاحب عمل بعد
    [one] يستوفيها صاحب عمل واحد
    [two] يستوفيها صاحبا عمل
    [few] يستوفيها { $count } أصحاب عمل
    [many] يستوفيها { $count } صاحب عمل
   *[other] يستوفيها { $count } صاحب عمل
}
pledge-join-title = لأصحاب العمل: هكذا تشاركون
pledge-join-lead = سجّل شركتك وأجب عن الأسئلة التسعة حول الصداقة للأسرة. بعد مراجعة مكتب التنسيق يصبح ملفك عامًا؛ وإذا استوفيت الشروط يحمل العلامة، ويمكنك طباعة ملصق لواجهة متجرك.
pledge-print-title = للتعليق والتوزيع
pledge-print-lead = ملصق للوحات الإعلانات في الروضة ومركز العمل ومركز الأسرة، ومنشور لأخذه.
jobs-only-german = هذه الوظيفة موصوفة باللغة الألمانية فقط.
