## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = تاندم: تعرّف على والدين منفردين آخرين
tandem-lead = اعثر على أب أو أم بالقرب منك لديهما أطفال في العمر نفسه – للحديث، أو لرعاية الأطفال بالتبادل، أو للنزهات.
tandem-how-title = كيف يعمل
tandem-how-1 = تنشئ ملفًا شخصيًا خاصًا: الحي، أعمار الأطفال، اللغات، ما تبحث عنه ومتى يكون لديك وقت.
tandem-how-2 = يقترح عليك Wegweiser الآباء والأمهات الذين تجمعك بهم أكثر الأمور المشتركة، ويذكر ما هي.
tandem-how-3 = لا يمكنكما المراسلة إلا بعد موافقة الطرفين.
tandem-safe-title = سلامتك أولًا
tandem-safe-1 = لا توجد قائمة عامة: لا يرى ملفك إلا الآباء والأمهات الذين يُقترح عليهم.
tandem-safe-2 = يرى الآخرون فقط اسمك الأول أو اسمًا مستعارًا، وحيّك، والفئات العمرية لأطفالك – لا عنوان أبدًا، ولا أسماء الأطفال ولا تواريخ ميلادهم.
tandem-safe-3 = يمكنك سحب موافقتك في أي وقت؛ عندها يصبح ملفك مخفيًا عن الجميع فورًا.
tandem-sign-in = سجّل الدخول بحساب للوالدين
tandem-sign-up = أنشئ حسابًا للوالدين (يكفي بريد إلكتروني وكلمة مرور)
tandem-parents-only = «تاندم» مخصص لحسابات الوالدين. لا يمكنك إنشاء ملف في «تاندم» بهذا الحساب.
tandem-create = إنشاء ملف في «تاندم»
tandem-edit = تعديل الملف
tandem-withdrawn = سحبت موافقتك. لا يُقترح ملفك على أحد، ولا ترى أي اقتراحات.
tandem-consent-again = إعطاء الموافقة من جديد
tandem-suggestions-lead = هؤلاء الآباء والأمهات لديهم أكثر الأمور المشتركة معك. ترى فقط ما تُظهره أنت أيضًا عن نفسك.
tandem-suggestions-title = اقتراحات لك
tandem-suggestions-none = لا أحد يناسب ملفك الآن. عُد لاحقًا، أو وسّع ما تبحث عنه ومن تريد التعرّف عليه.
tandem-card-facts = { $ortsteil } · الأطفال: { $ages }
tandem-block = حظر { $name }
tandem-block-note = من تحظره لا يراك بعد ذلك ولا يُقترح عليك. ولن يعلم بذلك.
tandem-notice-gesperrt = تم الحظر. لم يعد أحدكما يرى الآخر.
tandem-notice-geloescht = حُذف ملفك في «تاندم».
tandem-notice-widerrufen = سُحبت موافقتك. ملفك مخفي عن الجميع من الآن.
tandem-notice-gespeichert = حُفظ ملفك.
tandem-tile-few = تاندم: يشارك أقل من 5 آباء وأمهات.
tandem-tile-count = { $count ->
    [zero] تاندم: لا أحد يشارك.
    [one] تاندم: يشارك والد واحد.
    [two] تاندم: يشارك والدان.
    [few] تاندم: يشارك { $count } آباء وأمهات.
    [many] تاندم: يشارك { $count } والدًا.
   *[other] تاندم: يشارك { $count } والد.
}
## The sentence that says what two parents share
tandem-why = ما يجمعكما: { $clauses }.
tandem-why-expecting = كلاكما ينتظر طفلًا
tandem-why-children = لدى كليكما أطفال { $ages }
tandem-why-ortsteil = كلاكما يسكن في { $ortsteil }
tandem-why-near = تسكنان قريبًا من بعضكما
tandem-why-languages = كلاكما يتحدث { $languages }
tandem-why-looking = كلاكما يبحث عن { $what }
tandem-why-times = كلاكما متفرغ { $when }
tandem-why-interests = كلاكما يحب { $what }
## The profile form
tandem-profile-title = ملفك في «تاندم»
tandem-profile-lead = أدخل فقط ما يجوز أن يراه الآباء والأمهات الآخرون. لا عنوان، ولا رقم هاتف، ولا أسماء أطفال.
tandem-choose = يُرجى الاختيار
tandem-field-display-name = الاسم الأول أو اسم مستعار
tandem-field-display-name-hint = هذا ما يراه الآخرون. الاسم المستعار جيد بالقدر نفسه.
tandem-field-ortsteil = الحي
tandem-field-ortsteil-hint = الحي فقط، وليس الشارع أبدًا.
tandem-field-child-ages = أعمار أطفالك
tandem-field-child-ages-hint = فئات عمرية، وليس تواريخ ميلاد.
tandem-field-languages = اللغات التي تتحدثها
tandem-field-looking-for = عمّ تبحث؟
tandem-field-free-times = متى يكون لديك وقت في الغالب؟
tandem-field-interests = ماذا تحب أن تفعل؟ (اختياري)
tandem-field-identity = أنت
tandem-field-identity-hint = فقط لتحديد لمن يُقترح ملفك؛ لا يراه الآخرون.
tandem-field-wants = من تريد أن تتعرّف عليه؟
tandem-consent = أوافق على أن يُقترح ملفي على آباء وأمهات آخرين في «تاندم». يمكنني سحب الموافقة في أي وقت.
tandem-save = حفظ
tandem-consent-title = الموافقة
tandem-consent-given = يُقترح ملفك على آباء وأمهات مناسبين. إذا سحبت موافقتك يصبح مخفيًا عن الجميع فورًا.
tandem-consent-withdraw = سحب الموافقة
tandem-delete-title = حذف الملف
tandem-delete-intro = سيُحذف ملفك في «تاندم» وقوائم الحظر لديك. يبقى حسابك.
tandem-delete = حذف ملف «تاندم»
tandem-error-name-missing = يُرجى إدخال اسم أول أو اسم مستعار.
tandem-error-name-too-long = 30 حرفًا كحد أقصى.
tandem-error-name-contact = يُرجى عدم كتابة أرقام أو عناوين بريد إلكتروني أو روابط: بيانات التواصل لا مكان لها في الملف.
tandem-error-ortsteil = يُرجى اختيار حيّك.
tandem-error-child-ages = يُرجى اختيار فئة عمرية واحدة على الأقل.
tandem-error-languages = يُرجى اختيار لغة واحدة على الأقل.
tandem-error-looking-for = يُرجى اختيار خيار واحد على الأقل.
tandem-error-unknown = هذا الخيار غير موجود. يُرجى الاختيار من القائمة.
tandem-error-consent = دون موافقتك لا يمكننا اقتراح ملفك على أحد.
tandem-age-expecting = طفل في الطريق
tandem-age-under3 = أقل من 3 سنوات
tandem-age-3to5 = من 3 إلى 5 سنوات
tandem-age-6to9 = من 6 إلى 9 سنوات
tandem-age-10to13 = من 10 إلى 13 سنة
tandem-age-14plus = من 14 سنة فأكثر
tandem-looking-talk = تبادل الخبرات والحديث
tandem-looking-talk-short = الحديث وتبادل الخبرات
tandem-looking-childcare = رعاية الأطفال بالتبادل
tandem-looking-childcare-short = رعاية الأطفال بالتبادل
tandem-looking-leisure = أوقات الفراغ مع الأطفال
tandem-looking-leisure-short = أوقات الفراغ مع الأطفال
tandem-looking-work = تبادل الخبرات حول العمل والتدريب المهني
tandem-looking-work-short = تبادل الخبرات حول العمل والتدريب المهني
tandem-time-mornings = صباحًا
tandem-time-mornings-short = صباحًا
tandem-time-afternoons = بعد الظهر
tandem-time-afternoons-short = بعد الظهر
tandem-time-evenings = مساءً
tandem-time-evenings-short = مساءً
tandem-time-weekends = في عطلة نهاية الأسبوع
tandem-time-weekends-short = في عطلة نهاية الأسبوع
tandem-interest-outdoors = نزهات في الطبيعة
tandem-interest-playgrounds = ملاعب الأطفال
tandem-interest-sport = الرياضة
tandem-interest-crafts = الأشغال اليدوية
tandem-interest-cooking = الطبخ
tandem-interest-music = الموسيقى
tandem-interest-reading = القراءة
tandem-interest-games = الألعاب
tandem-identity-mother = أم
tandem-identity-father = أب
tandem-identity-other = غير ذلك / لا أريد القول
tandem-wants-anyone = كل الآباء والأمهات
tandem-wants-mothers = الأمهات فقط
tandem-wants-fathers = الآباء فقط
## Contacts, conversations, reports
tandem-request = التعرّف على { $name }
tandem-requested = أُرسل الطلب
tandem-to-conversation = إلى الرسائل
tandem-notice-angefragt = أُرسل طلبك. يرى الطرف الآخر فقط اسمك وحيّك والفئات العمرية لأطفالك – ويمكنكما المراسلة إذا وافق.
tandem-notice-gemeldet = شكرًا. سيطّلع مكتب التنسيق على بلاغك.
tandem-too-many-requests = أرسلت اليوم طلبات كثيرة. يُرجى الانتظار حتى الغد.
tandem-too-many-messages = كتبت اليوم رسائل كثيرة جدًا. يُرجى المحاولة غدًا.
tandem-too-many-reports = أرسلت اليوم بلاغات كثيرة. إذا كنت في خطر فاتصل بـ 110.
tandem-contacts-title = جهات اتصالك
tandem-incoming-title = طلبات موجّهة إليك
tandem-incoming-none = لا أحد يطلب التعرّف عليك الآن.
tandem-incoming-intro = إذا قبلت يمكنكما المراسلة. وإذا رفضت فلن يعلم الشخص بذلك.
tandem-accept = المراسلة مع { $name }
tandem-decline = رفض
tandem-matched-title = محادثاتك
tandem-matched-none = لا توجد بعد. عندما يقبل أحدهم طلبك أو تقبل أنت طلبًا، تظهر المحادثة هنا.
tandem-outgoing-title = طلباتك التي ما زالت تنتظر
tandem-conversation-title = الرسائل مع { $name }
tandem-conversation-safety = لا تعطِ عنوانك إلا عندما تكون متأكدًا. في المرة الأولى التقيا في مكان عام، مثل مركز الأسرة.
tandem-conversation-empty = لا توجد رسائل بعد. اكتب أولًا متى يكون لديك وقت.
tandem-messages = الرسائل
tandem-you = أنت
tandem-write = رسالتك
tandem-send = إرسال
tandem-safety-title = إذا كان هناك شيء غير صحيح
tandem-report-message = الإبلاغ عن هذه الرسالة
tandem-report-profile = الإبلاغ عن { $name }
tandem-report-reason = ماذا حدث؟ (اختياري)
tandem-report-send = إرسال البلاغ
tandem-error-message-empty = يُرجى كتابة رسالة.
tandem-error-message-too-long = 2.000 حرف كحد أقصى.
tandem-error-message-control = تحتوي الرسالة على رموز تحكّم. يُرجى كتابتها من جديد.
tandem-mail-request-subject = شخص ما يريد التعرّف عليك في «تاندم»
tandem-mail-request-body = مرحبًا،

    يريد والد أو والدة أخرى التعرّف عليك في «تاندم» على Wegweiser Lichtenberg. من هو وما الذي يجمعكما، تراه بعد تسجيل الدخول هنا:

    { $link }

    أنت تقرر إن كنت تريد المراسلة. إذا رفضت فلن يعلم الشخص بذلك.

    Wegweiser Lichtenberg
tandem-mail-accepted-subject = قُبل طلبك في «تاندم»
tandem-mail-accepted-body = مرحبًا،

    قُبل طلبك في «تاندم» على Wegweiser Lichtenberg. يمكنكما الآن المراسلة:

    { $link }

    Wegweiser Lichtenberg
tandem-mail-message-subject = رسالة جديدة في «تاندم»
tandem-mail-message-body = مرحبًا،

    لديك رسالة جديدة في «تاندم» على Wegweiser Lichtenberg. يمكنك قراءتها بعد تسجيل الدخول:

    { $link }

    Wegweiser Lichtenberg
tandem-mail-warning-subject = تنبيه من مكتب التنسيق بخصوص «تاندم»
tandem-mail-warning-body = مرحبًا،

    أبلغ والد أو والدة أخرى عن شيء كتبته في «تاندم» على Wegweiser Lichtenberg. يُرجى الكتابة باحترام وعدم إرسال ما لا يريده الآخرون. إذا تكرر ذلك فسنحظر حسابك.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] تاندم: لا توجد بلاغات مفتوحة
    [zero] تاندم: لا توجد بلاغات مفتوحة
    [one] تاندم: بلاغ مفتوح واحد
    [two] تاندم: بلاغان مفتوحان
    [few] تاندم: { $count } بلاغات مفتوحة
    [many] تاندم: { $count } بلاغًا مفتوحًا
   *[other] تاندم: { $count } بلاغ مفتوح
}
## Groups and Treffs
groups-title = المجموعات واللقاءات
groups-lead = مجموعات المساعدة الذاتية، ومقاهي الوالدين، والتمشية، والمجموعات عبر الإنترنت، ولقاءات الآباء في ليشتنبرغ – تعال ببساطة أو أرسل طلبًا.
groups-all-ortsteile = كل الأحياء
groups-show = عرض
groups-none = لا توجد مجموعة هنا بعد. ربما تريد تأسيس واحدة؟
groups-online = عبر الإنترنت
groups-online-or-choose = عبر الإنترنت (دون حي)
groups-fact-ages = الأطفال { $ages }
groups-fact-languages = باللغة: { $languages }
groups-fact-children = يمكن إحضار الأطفال
groups-fact-wheelchair = مناسب للكراسي المتحركة
groups-join-open = تعال ببساطة
groups-join-request = بطلب – المجموعة تقبلك
groups-run-by = تنظّمها { $name }
groups-run-by-parent = ينظّمها الآباء والأمهات
groups-kind-self-help = مجموعة مساعدة ذاتية
groups-kind-cafe = مقهى ولقاء للوالدين
groups-kind-walking = تمشية وحركة
groups-kind-online = مجموعة عبر الإنترنت
groups-kind-fathers = للآباء
groups-kind-other = مجموعة أخرى
groups-where = أين
groups-who = لمن
groups-organiser = المنظِّم
groups-in-calendar = المواعيد في التقويم
groups-proposed = هذا الاقتراح ليس عامًا بعد: يراجعه مكتب التنسيق.
groups-ask = طلب الانضمام
groups-ask-note = لا ترى المجموعة إلا الاسم الذي تدخله هنا، ثم تقبلك. بعد ذلك تقرأ رسائلها وتكتب فيها.
groups-sign-in-note = للانضمام إلى مجموعة والكتابة فيها تحتاج إلى حساب للوالدين.
groups-membership-requested = أُرسل طلبك.
groups-members-title = الطلبات والأعضاء
groups-members-none = لم يطلب أحد الانضمام بعد.
groups-member-unnamed = والد أو والدة
groups-accept = قبول { $name }
groups-propose-title = اقتراح مجموعة
groups-propose-intro = تريد تأسيس لقاء؟ صِفه؛ وسينشره مكتب التنسيق بعد الاطلاع عليه. لن يظهر اسمك.
groups-propose-link = اقتراح مجموعة (حساب للوالدين)
groups-propose-submit = إرسال الاقتراح
groups-field-name = اسم المجموعة
groups-field-kind = النوع
groups-field-description = الوصف
groups-field-ortsteil = الحي
groups-field-rhythm = متى
groups-field-rhythm-hint = مثلًا: يوم الثلاثاء كل أسبوعين، من 16 إلى 18
groups-field-child-ages = أعمار الأطفال
groups-field-languages = اللغات
groups-field-join-mode = المشاركة
groups-error-empty = يُرجى ملء الحقل.
groups-error-too-long = هذا النص طويل جدًا.
groups-error-invalid = يُرجى الاختيار من القائمة أو الكتابة في سطر واحد.
groups-too-many = اقترحت اليوم عدة مجموعات. يُرجى الانتظار حتى الغد.
groups-admin-title = المجموعات: الاقتراحات
groups-admin-link = { $count ->
    [0] المجموعات: لا اقتراحات مفتوحة
    [zero] المجموعات: لا اقتراحات مفتوحة
    [one] المجموعات: اقتراح مفتوح واحد
    [two] المجموعات: اقتراحان مفتوحان
    [few] المجموعات: { $count } اقتراحات مفتوحة
    [many] المجموعات: { $count } اقتراحًا مفتوحًا
   *[other] المجموعات: { $count } اقتراح مفتوح
}
groups-in-search = مجموعات ولقاءات مناسبة
groups-count = { $count ->
    [0] لا توجد مجموعة
    [zero] لا توجد مجموعة
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $count } مجموعات
    [many] { $count } مجموعة
   *[other] { $count } مجموعة
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = الكتابة في المجموعة
groups-join-note = يمكنك الحضور إلى اللقاء ببساطة. إذا انضممت فستقرأ رسائل المجموعة وتكتب فيها.
groups-join-submit = انضمام
groups-field-member-name = اسمك في المجموعة
groups-field-member-name-hint = اسم أول أو اسم مستعار. لا ترى المجموعة إلا هذا الاسم، وليس بريدك الإلكتروني أبدًا.
groups-withdraw = سحب الطلب
groups-leave = مغادرة المجموعة
groups-notice-beigetreten = أنت الآن في المجموعة. رسائل المجموعة في الأسفل.
groups-notice-angefragt = أُرسل طلبك. ستحصل على الوصول بمجرد أن تقبلك المجموعة.
groups-notice-verlassen = لم تعد في المجموعة.
groups-notice-gemeldet = شكرًا. سيطّلع مكتب التنسيق على بلاغك.
groups-notice-gesperrt = تم الحظر. لم يعد أحدكما يرى رسائل الآخر؛ ولن يعلم الشخص بذلك.
groups-messages-title = رسائل المجموعة
groups-messages-safety = لا يقرأ هذه الرسائل إلا الأعضاء. لا تكتب عناوين أو أرقام هواتف؛ والروابط لا تكون قابلة للنقر.
groups-messages-none = لا توجد رسائل بعد. هل تكتب الأولى؟
groups-message-actions = الإبلاغ أو الحظر
groups-write = رسالة إلى المجموعة
groups-author-staff = { $name } (الفريق)
groups-membership-member-other = مشارك
groups-membership-asked = أرسل طلبًا
groups-remove = إزالة { $name }
groups-report-group = الإبلاغ عن هذه المجموعة
groups-too-many-messages = كتبت اليوم رسائل كثيرة في المجموعات. يُرجى الانتظار حتى الغد.
groups-mail-request-subject = طلب جديد لمجموعتك
groups-mail-request-body = مرحبًا،

    يريد شخص ما الانضمام إلى مجموعتك في Wegweiser Lichtenberg. بعد تسجيل الدخول يمكنك قبول الطلب:

    { $link }

    Wegweiser Lichtenberg
groups-mail-message-subject = رسائل جديدة في مجموعتك
groups-mail-message-body = مرحبًا،

    في إحدى مجموعاتك في Wegweiser Lichtenberg رسائل جديدة. يمكنك قراءتها بعد تسجيل الدخول:

    { $link }

    حتى تقرأها لن نرسل رسالة أخرى بخصوص هذه المجموعة.

    Wegweiser Lichtenberg
groups-only-german = هذه المجموعة موصوفة باللغة الألمانية فقط.
groups-edit-link = تعديل المجموعة وترجمتها
groups-edit-title = تعديل المجموعة
groups-edit-intro = ما تكتبه هنا يراه الجميع على صفحة المجموعة. الترجمات اختيارية: حيث لا توجد ترجمة تعرض الصفحة النص الألماني مع ملاحظة.
groups-edit-submit = حفظ التغييرات
groups-edit-back = العودة إلى المجموعة
groups-notice-gespeichert = تم حفظ التغييرات.
