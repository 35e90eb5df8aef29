## News, campaigns, the newsletter and their editors.
news-title = الأخبار
news-lead = أخبار وأنشطة مكتب التنسيق والجهات في ليشتنبرغ.
news-feed-link = الاشتراك في الموجز (Atom)
news-campaigns = الأنشطة
news-articles = الأخبار
news-none = لا توجد منشورات بعد.
news-back = كل الأخبار
article-updated = حُدّث في { $date }
article-events = فعاليات مناسبة
campaign-events = فعاليات النشاط
article-offers = عروض مناسبة
campaign-offers = عروض النشاط
article-articles = المزيد حول الموضوع
campaign-articles = منشورات عن النشاط
article-event-past = لا توجد مواعيد قادمة
articles-admin-title = الأخبار والأنشطة
article-image = صورة
newsletter-title = النشرة الإخبارية
newsletter-lead = مرة في الشهر: عروض جديدة، وفعاليات الأسابيع القادمة، وأخبار للوالدين المنفردين في ليشتنبرغ.
newsletter-email = بريدك الإلكتروني
newsletter-submit = اشترك
newsletter-privacy = نحفظ عنوانك ولغتك فقط. تصلك أولًا رسالة فيها رابط تأكيد؛ ودون تأكيد نحذف العنوان بعد 7 أيام. كل عدد يحتوي على رابط لإلغاء الاشتراك بنقرة واحدة؛ وعندها نحذف العنوان. لا بكسلات تتبّع ولا مشاركة مع آخرين.
newsletter-sent = اقتربنا: أرسلنا رسالة إلى { $email }. يُرجى النقر على الرابط فيها لتأكيد الاشتراك.
newsletter-sent-more = لم تصلك الرسالة؟ انظر في مجلد البريد غير المرغوب فيه. إذا كان العنوان مشتركًا بالفعل فلن نرسل رسالة جديدة.
newsletter-confirm-question = هل تريد تلقي النشرة الإخبارية من Wegweiser Lichtenberg؟
newsletter-confirm-submit = نعم، أكّد الاشتراك
newsletter-confirmed = شكرًا! ستصلك النشرة ابتداءً من العدد القادم.
newsletter-link-invalid = هذا الرابط لم يعد صالحًا: استُخدم من قبل أو عمره أكثر من 7 أيام.
newsletter-again = اشترك مرة أخرى
newsletter-leave-question = هل تريد إلغاء الاشتراك في النشرة الإخبارية؟
newsletter-leave-submit = إلغاء الاشتراك
newsletter-left = ألغيت اشتراكك. حذفنا عنوانك.
newsletter-error-email = يُرجى إدخال بريد إلكتروني صالح، مثل name@beispiel.de.
newsletter-error-throttled = محاولات كثيرة جدًا. يُرجى المحاولة لاحقًا.
mail-newsletter-confirm-subject = يُرجى تأكيد اشتراكك في النشرة الإخبارية
mail-newsletter-confirm-body = مرحبًا،

    شخصٌ ما (نأمل أنه أنت) يريد تلقي النشرة الإخبارية من Wegweiser Lichtenberg على هذا العنوان. يُرجى التأكيد هنا:

    { $link }

    إذا لم تكن أنت، فلا تفعل شيئًا: دون تأكيد نحذف العنوان بعد { $days } أيام.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = تصلك هذه النشرة لأنك اشتركت فيها. إلغاء الاشتراك بنقرة واحدة: { $link }
newsletter-section-offers = عروض جديدة
newsletter-section-events = الفعاليات
newsletter-section-articles = الأخبار
newsletter-suggested-subject = جديد للوالدين المنفردين في ليشتنبرغ – { $month }
newsletter-suggested-intro = قارئاتنا وقرّاءنا الأعزاء،

    إليكم الجديد: عروض جديدة، وفعاليات الأسابيع القادمة، وأخبار من المنطقة.
newsletter-admin-title = النشرة الإخبارية
newsletter-admin-counts = عناوين مؤكدة: { $confirmed }، بانتظار التأكيد: { $pending }.
newsletter-admin-sent-to = أُرسلت في { $date } إلى عدد من العناوين: { $count }.
newsletter-admin-draft = مسودة
newsletter-error-subject = يُرجى إدخال عنوان رسالة لا يزيد على 150 حرفًا.
newsletter-error-intro = المقدمة طويلة جدًا.
poster-scan-campaign = امسح الرمز: كل فعاليات النشاط وعروضه، محدَّثة دائمًا.
