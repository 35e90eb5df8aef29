## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = مجاني
cost-reduced = بسعر مخفّض أو حسب الدخل
cost-paid = مدفوع
access-appointment = بموعد فقط
access-walk-in = دون موعد
access-both = بموعد أو دون موعد
holiday-new-year = رأس السنة الميلادية
holiday-womens-day = اليوم العالمي للمرأة
holiday-good-friday = الجمعة العظيمة
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-liberation-day = يوم التحرير (8 مايو)
holiday-uprising-day = ذكرى الانتفاضة الشعبية في 17 يونيو 1953
holiday-ascension = عيد الصعود
holiday-whit-monday = اثنين العنصرة
holiday-unity-day = يوم الوحدة الألمانية
holiday-christmas-1 = أول أيام عيد الميلاد
holiday-christmas-2 = ثاني أيام عيد الميلاد
spoken-de = الألمانية
spoken-en = الإنجليزية
spoken-tr = التركية
spoken-ar = العربية
spoken-ru = الروسية
spoken-uk = الأوكرانية
spoken-vi = الفيتنامية
spoken-pl = البولندية
spoken-fa = الفارسية
spoken-ku = الكردية
spoken-ro = الرومانية
spoken-bg = البلغارية
spoken-fr = الفرنسية
spoken-es = الإسبانية
spoken-sq = الألبانية
spoken-sr = الصربية
spoken-dgs = لغة الإشارة الألمانية
group-single-parents = الوالدون المنفردون
group-pregnant = الحوامل
group-fathers = الآباء
group-families = العائلات
group-children = الأطفال
group-youth = الشباب واليافعون
group-migrants = العائلات المهاجرة
group-women = النساء
group-unemployed = الباحثون عن عمل
events-title = الفعاليات واللقاءات
events-intro = لقاءات واستشارات ودورات وأمسيات إعلامية في ليشتنبرغ، كثير منها مجاني.
events-views-label = طريقة العرض
events-view-week = هذا الأسبوع
events-view-month = الشهر
events-view-list = قائمة
events-week = الأسبوع من { $from } إلى { $until }
events-month = { $month }
events-list-range = من { $from } إلى { $until }
events-earlier = أسبق
events-later = لاحقًا
events-count = { $count ->
    [0] لا توجد فعاليات
    [zero] لا توجد فعاليات
    [one] فعالية واحدة
    [two] فعاليتان
    [few] { $count } فعاليات
    [many] { $count } فعالية
   *[other] { $count } فعالية
}
events-none = لا توجد فعاليات مناسبة في هذه الفترة. جرّب فترة أخرى أو عوامل تصفية أقل.
events-today = اليوم
events-filter-language = اللغة
events-filter-only = فقط الفعاليات التي …
events-filter-free = مجانية
events-filter-childcare = تقدّم رعاية الأطفال
events-filter-evening = تبدأ بعد الساعة 17:00
events-filter-weekend = في عطلة نهاية الأسبوع
events-filter-apply = عرض
events-cancelled = أُلغيت
events-cancelled-because = أُلغيت: { $reason }
events-registration-needed = التسجيل مطلوب
events-registration = التسجيل
events-no-registration = لا حاجة إلى التسجيل – تعال ببساطة.
events-next-dates = المواعيد القادمة
events-no-next = لا توجد مواعيد أخرى مخطط لها حاليًا.
events-add-to-calendar = أضف إلى تقويمي
events-part-of = يتبع العرض
events-every-week = أسبوعيًا: { $days }، الساعة { $time }
events-every-n-weeks = كل { $n } أسابيع: { $days }، الساعة { $time }
events-every-month = { $day } { $nth } من كل شهر، الساعة { $time }
events-nth-1 = الأول
events-nth-2 = الثاني
events-nth-3 = الثالث
events-nth-4 = الرابع
events-nth--1 = الأخير
events-subscribe-heading = الفعاليات في تقويمك الخاص
events-subscribe-text = اشترك في هذه الفعاليات (مع عوامل التصفية التي اخترتها) في تطبيق التقويم على هاتفك. ستظهر التغييرات والإلغاءات هناك تلقائيًا.
events-subscribe = الاشتراك في التقويم
events-subscribe-copy = أو أضف هذا العنوان في تطبيق التقويم:
events-feed-name = Wegweiser Lichtenberg – الفعاليات
events-error-view = «{ $value }» ليست طريقة عرض. الخيارات الممكنة: الأسبوع والشهر والقائمة.
events-error-date = «{ $value }» ليس تاريخًا صالحًا في التقويم (الصيغة 2026-12-01).
events-about = عن الفعالية
register-heading = التسجيل
register-no-dates = لا توجد حاليًا مواعيد يمكنك التسجيل فيها.
register-day = الموعد
register-name = اسمك الأول
register-email = بريدك الإلكتروني (للتأكيد والإلغاء)
register-submit = احجز مكانًا
register-privacy = نحفظ لهذا التسجيل الاسم الأول والبريد الإلكتروني فقط، ونحذفهما بعد 30 يومًا من الفعالية. لا يراهما أحد غير الجهة المنظِّمة.
register-free = { $count ->
    [zero] لا توجد أماكن شاغرة
    [one] بقي مكان واحد شاغر
    [two] بقي مكانان شاغران
    [few] بقيت { $count } أماكن شاغرة
    [many] بقي { $count } مكانًا شاغرًا
   *[other] بقي { $count } مكان شاغر
}
register-error-throttled = وصل للتو كثير من التسجيلات من هذا العنوان. يُرجى المحاولة لاحقًا.
register-error-waiting-full = قائمة الانتظار لهذا الموعد ممتلئة أيضًا. يُرجى اختيار موعد آخر.
register-full = { $count ->
    [0] مكتمل – قائمة الانتظار
    [zero] مكتمل – قائمة الانتظار
    [one] مكتمل – شخص واحد ينتظر
    [two] مكتمل – شخصان ينتظران
    [few] مكتمل – { $count } أشخاص ينتظرون
    [many] مكتمل – { $count } شخصًا ينتظرون
   *[other] مكتمل – { $count } شخص ينتظرون
}
register-error-name = يُرجى إدخال الاسم الأول (80 حرفًا كحد أقصى).
register-error-email = يُرجى إدخال بريد إلكتروني صالح، مثل name@beispiel.de.
register-error-day = يُرجى اختيار أحد المواعيد المعروضة.
register-error-twice = أنت مسجّل بالفعل في هذا الموعد بهذا البريد الإلكتروني. تجد رابط تسجيلك في الرسالة الإلكترونية.
register-title = تسجيلك
register-confirmed = { $name }، لديك مكان.
register-waiting = { $name }، الموعد مكتمل: أنت على قائمة الانتظار. إذا شغر مكان، ستحصل عليه تلقائيًا وتصلك رسالة إلكترونية.
register-waiting-position = { $count ->
    [zero] أنت في المركز { $count } على قائمة الانتظار.
    [one] أنت التالي في الدور.
    [two] أنت في المركز الثاني على قائمة الانتظار.
    [few] أنت في المركز { $count } على قائمة الانتظار.
    [many] أنت في المركز { $count } على قائمة الانتظار.
   *[other] أنت في المركز { $count } على قائمة الانتظار.
}
register-cancelled = أُلغي هذا التسجيل.
register-link-hint = بهذا الرابط الشخصي ترى تسجيلك ويمكنك إلغاؤه. أرسلناه إليك أيضًا بالبريد الإلكتروني.
register-cancel = إلغاء التسجيل
mail-register-confirmed-subject = مكانك: { $event }
mail-register-confirmed-body = مرحبًا،

    لديك مكان في «{ $event }» بتاريخ { $date }.

    { $place }

    إذا لم تستطع الحضور، يُرجى الإلغاء من هنا – فيحصل شخص من قائمة الانتظار على المكان:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = قائمة الانتظار: { $event }
mail-register-waiting-body = مرحبًا،

    «{ $event }» بتاريخ { $date } مكتمل. أنت على قائمة الانتظار؛ إذا شغر مكان ستحصل عليه تلقائيًا وتصلك رسالة إلكترونية.

    { $place }

    عرض تسجيلك أو إلغاؤه:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = شغر مكان: { $event }
mail-register-promoted-body = مرحبًا،

    شغر مكان في «{ $event }» بتاريخ { $date } – وهو الآن لك.

    { $place }

    يمكنك الإلغاء عبر الرابط في رسالتك الأولى. إلى الفعالية:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = الفعاليات
event-reviews-title = مراجعة الفعاليات
event-reviews-waiting = { $count ->
    [zero] لا توجد تغييرات تنتظر المراجعة.
    [one] تغيير واحد في فعالية ينتظر المراجعة.
    [two] تغييران في فعاليات ينتظران المراجعة.
    [few] { $count } تغييرات في فعاليات تنتظر المراجعة.
    [many] { $count } تغييرًا في فعاليات تنتظر المراجعة.
   *[other] { $count } تغيير في فعاليات تنتظر المراجعة.
}
error-unknown-ortsteil-plain = لا يوجد هذا الحي في ليشتنبرغ. يُرجى استخدام الاسم المختصر، مثل fennpfuhl.
poster-scan-event = امسح الرمز: كل المواعيد والمكان والتسجيل – وبلمسة واحدة إلى تقويمك.
events-exception = لن يُقام
events-atom-link = موجز لقارئات الموجزات (Atom)
events-error-date-range = يعرض التقويم الفعاليات من { $from } إلى { $to }؛ «{ $value }» خارج هذه الفترة.
mail-register-where = المكان: { $place }
    الجهة المنظِّمة: { $organiser }
events-employers = يشارك أصحاب العمل هؤلاء
