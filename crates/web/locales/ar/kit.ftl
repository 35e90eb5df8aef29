## Shared by every area: the page frame's pieces, errors, forms, dates and vocabularies.
site-name = Wegweiser Lichtenberg
site-description = مساعدة ودعم للآباء والأمهات الذين يربّون أطفالهم بمفردهم في برلين-ليشتنبرغ: استشارات، رعاية الأطفال، المال، العمل، السكن وأماكن اللقاء – قريبًا من مكان سكنك.
skip-to-content = انتقل إلى المحتوى
quick-exit = مغادرة الموقع بسرعة
quick-exit-key = (Esc)
nav-label = القائمة الرئيسية
nav-search = ابحث عن مساعدة
nav-categories = المواضيع
nav-ortsteile = الأحياء
nav-emergency = الطوارئ والمساعدة السريعة
language-label = اللغة
footer-about = Wegweiser هي منصة مكتب التنسيق للوالدين المنفردين في ليشتنبرغ (Koordinierungsstelle Alleinerziehende Lichtenberg). نحو عائلة من كل ثلاث عائلات في الحي هي عائلة بوالد واحد.
footer-privacy = لا يحمّل هذا الموقع شيئًا من خوادم أخرى ولا يتتبّع الزوار. تُستخدم ملفات تعريف الارتباط فقط عند الحاجة: للغة، وللنماذج، وعند تسجيل الدخول.
footer-geodata = بيانات الخريطة: Geoportal Berlin / ALKIS Berlin Ortsteile.
emergency-heading = الطوارئ والمساعدة السريعة
# An amount of money.
money = { $amount } €
distance-km = على بعد { $km } كم
results-count = { $count ->
    [0] لم يُعثر على أي عرض
    [zero] لم يُعثر على أي عرض
    [one] عُثر على عرض واحد
    [two] عُثر على عرضين
    [few] عُثر على { $count } عروض
    [many] عُثر على { $count } عرضًا
   *[other] عُثر على { $count } عرض
}
zero-results-emergency = الطوارئ والمساعدة السريعة
place-confidential = العنوان سري
place-phone-online = عبر الهاتف أو الإنترنت
place-outside = خارج ليشتنبرغ
badge-wheelchair = مناسب للكراسي المتحركة
badge-childcare = مع رعاية الأطفال
hours-closed = مغلق
hours-holiday-note = مغلق في { $date } ({ $holiday }).
print-now = طباعة
map-source = Geoportal Berlin / ALKIS Berlin Ortsteile
map-location = الموقع: { $place }
open-always = متاح على مدار الساعة
open-until = مفتوح الآن حتى { $time }
opens-today = مغلق – يفتح اليوم الساعة { $time }
opens-tomorrow = مغلق – يفتح غدًا الساعة { $time }
opens-on = مغلق – يفتح يوم { $day } الساعة { $time }
open-closed-for-now = مغلق حاليًا
open-by-appointment = بموعد مسبق
open-temporarily-closed = مغلق مؤقتًا
error-status = رمز الخطأ { $status }
error-go-home = إلى الصفحة الرئيسية
error-go-search = ابحث عن مساعدة
error-400-title = الطلب غير صالح
error-400-text = يحتوي العنوان { $path } على بيانات لا نفهمها.
error-403-title = لا يوجد وصول
error-403-text = ليس لديك وصول إلى { $path }، أو أن النموذج قديم. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-404-title = الصفحة غير موجودة
error-404-text = لا توجد صفحة على العنوان { $path }. ربما انتهى العرض أو كُتب العنوان بشكل خاطئ.
error-405-title = غير مسموح
error-405-text = هذا الإجراء غير ممكن على { $path }.
error-408-title = انتهت المهلة
error-408-text = استغرق الرد على { $path } وقتًا طويلًا. يُرجى المحاولة مرة أخرى.
error-413-title = بيانات كثيرة جدًا
error-413-text = البيانات المرسلة إلى { $path } كبيرة جدًا.
error-500-title = حدث خطأ
error-500-text = حدث خطأ من جهتنا في { $path }. يُرجى المحاولة لاحقًا.
error-busy-title = ازدحام شديد الآن
error-busy-text = يسجّل عدد كبير جدًا من الأشخاص الدخول في هذه اللحظة. يُرجى المحاولة بعد بضع ثوانٍ.
error-503-title = نعود بعد قليل
error-503-text = يبدأ Wegweiser الآن. يُرجى إعادة تحميل { $path } بعد بضع ثوانٍ.
error-401-title = فشل تسجيل الدخول
error-401-text = يجب تسجيل الدخول لفتح { $path }.
error-429-title = محاولات كثيرة جدًا
error-429-text = يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
form-has-errors = يُرجى التحقق من الحقول المحددة.
nav-check = فحص الإعانات
nav-chains = مواقف الحياة
chain-qr-alt = رمز QR لصفحة «{ $title }»
error-409-title = تغيّر في هذه الأثناء
error-409-text = غيّر شخص آخر هذا المحتوى للتو، لذلك لم يُحفظ تغييرك. يُرجى فتح { $path } من جديد وإدخاله مرة أخرى.
benefit-unterhaltsvorschuss-note-ask = للأطفال من 12 إلى 17 عامًا، وأثناء الحصول على Bürgergeld، لا يدفع مكتب رعاية الشباب إلا إذا كان دخلك 600 € إجمالًا على الأقل – أو إذا أنهت سلفة النفقة حاجة الطفل إلى Bürgergeld. الأمر الثاني لا يستطيع التحقق منه إلا المكتب: اسأل هناك.
benefit-kinderzuschlag = علاوة الطفل (Kinderzuschlag، KiZ)
benefit-kinderzuschlag-why = للعائلات التي تعيش من دخلها الخاص بدءًا من 600 € إجمالًا، لكنه لا يكفي الجميع – بدلًا من Bürgergeld. يعتمد المبلغ الدقيق على الإيجار والدخل والممتلكات؛ احسبه باستخدام أداة KiZ-Lotse الخاصة بصندوق الأسرة (Familienkasse). مع علاوة الطفل تحصل أيضًا على دعم التعليم والمشاركة (BuT).
benefit-kinderzuschlag-where = يُقدَّم الطلب لدى صندوق الأسرة (Familienkasse، هاتف 0800 4 5555 30)، ويمكن أيضًا عبر الإنترنت؛ وتُمنح لمدة 6 أشهر.
benefit-kinderzuschlag-note-maintenance = تُحتسب النفقة وسلفة النفقة دخلًا للطفل وتقلّلان علاوة الطفل – لكن الجمع بينهما مفيد في الغالب.
benefit-wohngeld = إعانة السكن (Wohngeld)
benefit-wohngeld-why = دعم للإيجار للأسر ذات الدخل الخاص المنخفض – بدلًا من Bürgergeld وليس إضافة إليه. يعتمد المبلغ على حجم الأسرة والإيجار والدخل؛ وتحسبه حاسبة Wohngeld التابعة لولاية برلين.
benefit-wohngeld-where = يُقدَّم الطلب لدى مكتب السكن في ليشتنبرغ (Wohnungsamt) أو في أي Bürgeramt في ليشتنبرغ.
benefit-wohngeld-note-training = أثناء تدريب مهني يمكن تمويله عبر BAföG أو إعانة التدريب المهني (BAB) تكون إعانة السكن مستبعدة في الغالب. اطلب التحقق من ذلك.
benefit-elterngeld = إعانة الوالدين (Elterngeld)
benefit-elterngeld-why = للأشهر الأولى من عمر الطفل: 65 إلى 67 % من صافي الدخل الذي تفقده. بصفتك والدًا منفردًا يمكنك أخذ كل أشهر إعانة الوالدين الأساسية الأربعة عشر بنفسك (أو حتى 28 شهرًا من ElterngeldPlus).
benefit-elterngeld-where = يُقدَّم الطلب لدى مكتب إعانة الوالدين في مكتب رعاية الشباب في ليشتنبرغ (هاتف ‎(030) 90296-5116) أو عبر الإنترنت بواسطة ElterngeldDigital – خلال 3 أشهر من الولادة.
benefit-elterngeld-note-no-earnings = إذا لم يكن لديك دخل قبل الولادة تحصل على الحد الأدنى وهو 300 € لمدة 12 شهرًا.
benefit-but = التعليم والمشاركة (BuT)
benefit-kita-gutschein-note-needs-reason = للأطفال دون السنة (أو لأكثر من 7 ساعات يوميًا) تحتاج إلى سبب، مثل العمل أو التدريب. قدّم الطلب مبكرًا.
benefit-beistandschaft = الوصاية المساعدة من مكتب رعاية الشباب (Beistandschaft)
benefit-beistandschaft-why = مساعدة مجانية لإثبات الأبوة والمطالبة بالنفقة لطفلك – حتى قبل الولادة. تبقى حضانتك لك، ويمكنك إنهاء المساعدة في أي وقت. ليست مبلغًا ماليًا، لكنها غالبًا الطريق إلى نفقة أكبر.
benefit-beistandschaft-where = يُقدَّم الطلب كتابيًا لدى مكتب رعاية الشباب في ليشتنبرغ، قسم Beistandschaften und Beurkundungen، هاتف ‎(030) 90296-4028.
chain-poster-kicker = تربّي طفلك بمفردك في ليشتنبرغ؟
chain-poster-footer = Wegweiser Lichtenberg · Koordinierungsstelle Alleinerziehende Lichtenberg
nav-events = الفعاليات
poster-back = العودة إلى الصفحة
poster-a4 = كملصق A4
poster-a6 = كمنشور A6
poster-link = اطبع ملصقًا أو منشورًا
nav-news = الأخبار
site-publisher = مكتب التنسيق للوالدين المنفردين في ليشتنبرغ
news-feed-name = Wegweiser Lichtenberg: الأخبار
events-atom-name = Wegweiser Lichtenberg: الفعاليات
newsletter-link = الاشتراك في النشرة الإخبارية
filters-summary = عوامل التصفية
filters-summary-count = { $count ->
    [zero] عوامل التصفية ({ $count })
    [one] عوامل التصفية ({ $count })
    [two] عوامل التصفية ({ $count })
    [few] عوامل التصفية ({ $count })
    [many] عوامل التصفية ({ $count })
   *[other] عوامل التصفية ({ $count })
}
footer-link-about = من نحن وللتواصل
footer-link-impressum = بيانات الناشر
footer-link-privacy = حماية البيانات
footer-link-accessibility = إمكانية الوصول
footer-link-staff-login = تسجيل الدخول للموظفين
footer-link-legal-label = عن هذا الموقع
benefit-but-note-follows = ينطبق هذا بمجرد الموافقة على علاوة الطفل أو إعانة السكن: قدّم طلبه حينها مباشرة معها. ويحصل أطفالك أيضًا على berlinpass-BuT.
benefit-berlinpass-note-follows = ينطبق هذا بمجرد الموافقة على إعانة السكن؛ علاوة الطفل وحدها لا تكفي لذلك.
benefit-kinderzuschlag-note-check-gross = تبدأ علاوة الطفل من 600 € إجمالًا شهريًا. المبلغ الصافي لديك أقل من ذلك: انظر في كشف الراتب هل يبلغ الإجمالي 600 €.
in-german = (بالألمانية)
footer-link-needs = ما الذي ينقصك؟
footer-link-stats = الإحصاءات
easy-fallback-notice = هذه الصفحة غير متوفرة بعد بالألمانية المبسطة (Leichte Sprache)؛ تُعرض بالألمانية العادية.
edit-translation-label = { $field } ({ $language })
edit-more-languages = لغات أخرى (تُرجم { $filled } من { $total })
edit-translation-outdated = قديمة، يُرجى المراجعة: تغيّر النص الألماني بعد كتابة هذه الترجمة. حتى تتم مراجعتها تعرض الصفحة العامة النص الألماني.
edit-translation-confirm = تمت المراجعة: الترجمة ما زالت صحيحة
