-- Issue 20: the topics in the district's other languages, and a multilingual starting set of

-- synonyms: everyday words in Turkish, Arabic, Russian, Ukrainian, Vietnamese, Polish and English

-- that lead to the German offers ("детский сад" => Kita). The coordinator can change them.

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'name', 'tr', CASE slug
   WHEN 'beratung' THEN 'Danışmanlık'
   WHEN 'schwangerschaft-und-geburt' THEN 'Hamilelik ve doğum'
   WHEN 'kinderbetreuung' THEN 'Çocuk bakımı'
   WHEN 'geld-und-leistungen' THEN 'Para ve yardımlar'
   WHEN 'arbeit-und-ausbildung' THEN 'İş ve meslek eğitimi'
   WHEN 'gesundheit' THEN 'Sağlık'
   WHEN 'wohnen' THEN 'Konut'
   WHEN 'recht-und-trennung' THEN 'Hukuk ve ayrılık'
   WHEN 'freizeit-und-familie' THEN 'Boş zaman ve aile'
   WHEN 'treffs-und-austausch' THEN 'Buluşma ve paylaşım'
   WHEN 'krise-und-notfall' THEN 'Kriz ve acil durum'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'name', 'ar', CASE slug
   WHEN 'beratung' THEN 'الاستشارة'
   WHEN 'schwangerschaft-und-geburt' THEN 'الحمل والولادة'
   WHEN 'kinderbetreuung' THEN 'رعاية الأطفال'
   WHEN 'geld-und-leistungen' THEN 'المال والإعانات'
   WHEN 'arbeit-und-ausbildung' THEN 'العمل والتدريب المهني'
   WHEN 'gesundheit' THEN 'الصحة'
   WHEN 'wohnen' THEN 'السكن'
   WHEN 'recht-und-trennung' THEN 'القانون والانفصال'
   WHEN 'freizeit-und-familie' THEN 'أوقات الفراغ والأسرة'
   WHEN 'treffs-und-austausch' THEN 'اللقاءات وتبادل الخبرات'
   WHEN 'krise-und-notfall' THEN 'الأزمات والطوارئ'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'name', 'ru', CASE slug
   WHEN 'beratung' THEN 'Консультации'
   WHEN 'schwangerschaft-und-geburt' THEN 'Беременность и роды'
   WHEN 'kinderbetreuung' THEN 'Уход за детьми'
   WHEN 'geld-und-leistungen' THEN 'Деньги и пособия'
   WHEN 'arbeit-und-ausbildung' THEN 'Работа и обучение'
   WHEN 'gesundheit' THEN 'Здоровье'
   WHEN 'wohnen' THEN 'Жильё'
   WHEN 'recht-und-trennung' THEN 'Право и расставание'
   WHEN 'freizeit-und-familie' THEN 'Досуг и семья'
   WHEN 'treffs-und-austausch' THEN 'Встречи и общение'
   WHEN 'krise-und-notfall' THEN 'Кризис и экстренная помощь'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'name', 'uk', CASE slug
   WHEN 'beratung' THEN 'Консультації'
   WHEN 'schwangerschaft-und-geburt' THEN 'Вагітність і пологи'
   WHEN 'kinderbetreuung' THEN 'Догляд за дітьми'
   WHEN 'geld-und-leistungen' THEN 'Гроші та виплати'
   WHEN 'arbeit-und-ausbildung' THEN 'Робота й навчання'
   WHEN 'gesundheit' THEN 'Здоров''я'
   WHEN 'wohnen' THEN 'Житло'
   WHEN 'recht-und-trennung' THEN 'Право й розлучення'
   WHEN 'freizeit-und-familie' THEN 'Дозвілля й родина'
   WHEN 'treffs-und-austausch' THEN 'Зустрічі й спілкування'
   WHEN 'krise-und-notfall' THEN 'Криза й екстрена допомога'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'name', 'vi', CASE slug
   WHEN 'beratung' THEN 'Tư vấn'
   WHEN 'schwangerschaft-und-geburt' THEN 'Mang thai và sinh con'
   WHEN 'kinderbetreuung' THEN 'Trông trẻ'
   WHEN 'geld-und-leistungen' THEN 'Tiền và trợ cấp'
   WHEN 'arbeit-und-ausbildung' THEN 'Việc làm và học nghề'
   WHEN 'gesundheit' THEN 'Sức khỏe'
   WHEN 'wohnen' THEN 'Nhà ở'
   WHEN 'recht-und-trennung' THEN 'Pháp luật và ly thân'
   WHEN 'freizeit-und-familie' THEN 'Giải trí và gia đình'
   WHEN 'treffs-und-austausch' THEN 'Gặp gỡ và trao đổi'
   WHEN 'krise-und-notfall' THEN 'Khủng hoảng và khẩn cấp'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'name', 'pl', CASE slug
   WHEN 'beratung' THEN 'Doradztwo'
   WHEN 'schwangerschaft-und-geburt' THEN 'Ciąża i poród'
   WHEN 'kinderbetreuung' THEN 'Opieka nad dziećmi'
   WHEN 'geld-und-leistungen' THEN 'Pieniądze i świadczenia'
   WHEN 'arbeit-und-ausbildung' THEN 'Praca i nauka zawodu'
   WHEN 'gesundheit' THEN 'Zdrowie'
   WHEN 'wohnen' THEN 'Mieszkanie'
   WHEN 'recht-und-trennung' THEN 'Prawo i rozstanie'
   WHEN 'freizeit-und-familie' THEN 'Czas wolny i rodzina'
   WHEN 'treffs-und-austausch' THEN 'Spotkania i wymiana'
   WHEN 'krise-und-notfall' THEN 'Kryzys i nagłe wypadki'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'description', 'tr', CASE slug
   WHEN 'beratung' THEN 'Eğitim, aile, sosyal ve yaşam danışmanlığı'
   WHEN 'schwangerschaft-und-geburt' THEN 'Hamilelik danışmanlığı, ebeler, bebekle ilk zamanlar'
   WHEN 'kinderbetreuung' THEN 'Kreş (Kita), gündüz bakıcısı, okul sonrası bakım ve alışılmadık saatlerde esnek bakım'
   WHEN 'geld-und-leistungen' THEN 'Çocuk parası, nafaka avansı, konut yardımı, Bürgergeld ve başvurularda yardım'
   WHEN 'arbeit-und-ausbildung' THEN 'İş arama, yarı zamanlı meslek eğitimi, ileri eğitim ve işe dönüş'
   WHEN 'gesundheit' THEN 'Ebeveynlerin ve çocukların sağlığı, yük hafifletme ve kür'
   WHEN 'wohnen' THEN 'Ev arama, kira borçları, evsiz kalma tehlikesi'
   WHEN 'recht-und-trennung' THEN 'Nafaka, velayet ve görüşme hakkı, Beistandschaft, ayrılık danışmanlığı'
   WHEN 'freizeit-und-familie' THEN 'Aile merkezleri, geziler, tatiller ve çocuklar için etkinlikler'
   WHEN 'treffs-und-austausch' THEN 'Diğer tek ebeveynlerle tanışma, gruplar ve kafeler'
   WHEN 'krise-und-notfall' THEN 'Şiddet, kriz ve zor durumlarda hemen yardım'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'description', 'ar', CASE slug
   WHEN 'beratung' THEN 'استشارات التربية والأسرة والشؤون الاجتماعية والحياة'
   WHEN 'schwangerschaft-und-geburt' THEN 'استشارات الحمل، القابلات، الفترة الأولى مع الرضيع'
   WHEN 'kinderbetreuung' THEN 'الروضة (Kita)، المربيات النهاريات، رعاية ما بعد المدرسة والرعاية المرنة في الأوقات الهامشية'
   WHEN 'geld-und-leistungen' THEN 'إعانة الأطفال، سلفة النفقة، إعانة السكن، Bürgergeld والمساعدة في الطلبات'
   WHEN 'arbeit-und-ausbildung' THEN 'البحث عن عمل، التدريب المهني بدوام جزئي، التدريب المستمر والعودة إلى العمل'
   WHEN 'gesundheit' THEN 'صحة الوالدين والأطفال، التخفيف عن الأعباء والاستشفاء'
   WHEN 'wohnen' THEN 'البحث عن سكن، ديون الإيجار، خطر فقدان السكن'
   WHEN 'recht-und-trennung' THEN 'النفقة، حق الحضانة والرؤية، Beistandschaft، استشارات الانفصال'
   WHEN 'freizeit-und-familie' THEN 'مراكز الأسرة، النزهات، العطل والأنشطة للأطفال'
   WHEN 'treffs-und-austausch' THEN 'التعرّف على والدين منفردين آخرين، مجموعات ومقاهٍ'
   WHEN 'krise-und-notfall' THEN 'مساعدة فورية عند العنف والأزمات والضائقة'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'description', 'ru', CASE slug
   WHEN 'beratung' THEN 'Консультации по воспитанию, семье, социальным и жизненным вопросам'
   WHEN 'schwangerschaft-und-geburt' THEN 'Консультации по беременности, акушерки, первое время с малышом'
   WHEN 'kinderbetreuung' THEN 'Детский сад (Kita), дневные няни, продлёнка и гибкий присмотр в нестандартное время'
   WHEN 'geld-und-leistungen' THEN 'Детское пособие, аванс алиментов, жилищное пособие, Bürgergeld и помощь с заявлениями'
   WHEN 'arbeit-und-ausbildung' THEN 'Поиск работы, профессиональное обучение с неполной занятостью, повышение квалификации и возвращение на работу'
   WHEN 'gesundheit' THEN 'Здоровье родителей и детей, разгрузка и оздоровление'
   WHEN 'wohnen' THEN 'Поиск квартиры, долги по аренде, угроза потери жилья'
   WHEN 'recht-und-trennung' THEN 'Алименты, право опеки и общения, Beistandschaft, консультации при расставании'
   WHEN 'freizeit-und-familie' THEN 'Семейные центры, прогулки, каникулы и занятия для детей'
   WHEN 'treffs-und-austausch' THEN 'Знакомство с другими родителями-одиночками, группы и кафе'
   WHEN 'krise-und-notfall' THEN 'Немедленная помощь при насилии, кризисах и в бедственном положении'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'description', 'uk', CASE slug
   WHEN 'beratung' THEN 'Консультації з виховання, родинних, соціальних і життєвих питань'
   WHEN 'schwangerschaft-und-geburt' THEN 'Консультації щодо вагітності, акушерки, перший час із малюком'
   WHEN 'kinderbetreuung' THEN 'Дитячий садок (Kita), денні няні, група продовженого дня й гнучкий догляд у нестандартний час'
   WHEN 'geld-und-leistungen' THEN 'Допомога на дітей, аванс аліментів, житлова допомога, Bürgergeld і допомога із заявами'
   WHEN 'arbeit-und-ausbildung' THEN 'Пошук роботи, професійне навчання з неповною зайнятістю, підвищення кваліфікації й повернення до роботи'
   WHEN 'gesundheit' THEN 'Здоров''я батьків і дітей, розвантаження й оздоровлення'
   WHEN 'wohnen' THEN 'Пошук житла, борги з оренди, загроза втрати житла'
   WHEN 'recht-und-trennung' THEN 'Аліменти, право опіки та спілкування, Beistandschaft, консультації щодо розлучення'
   WHEN 'freizeit-und-familie' THEN 'Сімейні центри, прогулянки, канікули й заняття для дітей'
   WHEN 'treffs-und-austausch' THEN 'Знайомство з іншими батьками-одинаками, групи й кафе'
   WHEN 'krise-und-notfall' THEN 'Негайна допомога при насильстві, кризах і скрутному становищі'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'description', 'vi', CASE slug
   WHEN 'beratung' THEN 'Tư vấn nuôi dạy con, gia đình, xã hội và cuộc sống'
   WHEN 'schwangerschaft-und-geburt' THEN 'Tư vấn mang thai, nữ hộ sinh, thời gian đầu với em bé'
   WHEN 'kinderbetreuung' THEN 'Nhà trẻ (Kita), người giữ trẻ tại nhà, trông trẻ sau giờ học và trông trẻ linh hoạt ngoài giờ'
   WHEN 'geld-und-leistungen' THEN 'Tiền con, tạm ứng cấp dưỡng, trợ cấp nhà ở, Bürgergeld và giúp làm đơn'
   WHEN 'arbeit-und-ausbildung' THEN 'Tìm việc, học nghề bán thời gian, bồi dưỡng nghề và đi làm lại'
   WHEN 'gesundheit' THEN 'Sức khỏe của cha mẹ và con, giảm tải và nghỉ dưỡng'
   WHEN 'wohnen' THEN 'Tìm nhà, nợ tiền thuê nhà, nguy cơ mất nhà'
   WHEN 'recht-und-trennung' THEN 'Cấp dưỡng, quyền nuôi con và quyền thăm con, Beistandschaft, tư vấn ly thân'
   WHEN 'freizeit-und-familie' THEN 'Trung tâm gia đình, đi chơi, kỳ nghỉ và hoạt động cho trẻ em'
   WHEN 'treffs-und-austausch' THEN 'Làm quen với cha mẹ đơn thân khác, nhóm và quán cà phê'
   WHEN 'krise-und-notfall' THEN 'Giúp đỡ ngay khi bị bạo lực, khủng hoảng và gặp khó khăn'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'description', 'pl', CASE slug
   WHEN 'beratung' THEN 'Doradztwo wychowawcze, rodzinne, socjalne i życiowe'
   WHEN 'schwangerschaft-und-geburt' THEN 'Doradztwo w ciąży, położne, pierwszy czas z niemowlęciem'
   WHEN 'kinderbetreuung' THEN 'Przedszkole i żłobek (Kita), opiekunki dzienne, świetlica i elastyczna opieka w nietypowych godzinach'
   WHEN 'geld-und-leistungen' THEN 'Zasiłek na dziecko, zaliczka alimentacyjna, dodatek mieszkaniowy, Bürgergeld i pomoc przy wnioskach'
   WHEN 'arbeit-und-ausbildung' THEN 'Szukanie pracy, nauka zawodu w niepełnym wymiarze, dokształcanie i powrót do pracy'
   WHEN 'gesundheit' THEN 'Zdrowie rodziców i dzieci, odciążenie i kuracja'
   WHEN 'wohnen' THEN 'Szukanie mieszkania, zaległości czynszowe, groźba utraty mieszkania'
   WHEN 'recht-und-trennung' THEN 'Alimenty, władza rodzicielska i prawo do kontaktów, Beistandschaft, doradztwo przy rozstaniu'
   WHEN 'freizeit-und-familie' THEN 'Centra rodzinne, wycieczki, ferie i zajęcia dla dzieci'
   WHEN 'treffs-und-austausch' THEN 'Poznawanie innych samotnych rodziców, grupy i kawiarenki'
   WHEN 'krise-und-notfall' THEN 'Natychmiastowa pomoc przy przemocy, w kryzysie i w trudnym położeniu'
 END FROM taxonomy_term WHERE slug IN ('beratung', 'schwangerschaft-und-geburt', 'kinderbetreuung', 'geld-und-leistungen', 'arbeit-und-ausbildung', 'gesundheit', 'wohnen', 'recht-und-trennung', 'freizeit-und-familie', 'treffs-und-austausch', 'krise-und-notfall');

INSERT OR IGNORE INTO search_synonym (rule) VALUES
 ('детский сад, детсад, садик, ясли, детские ясли => Kita, Kindergarten, Krippe'),
 ('дитячий садок, садочок, ясла, садок => Kita, Kindergarten, Krippe'),
 ('przedszkole, żłobek, zlobek => Kita, Kindergarten, Krippe'),
 ('kreş, kres, anaokulu, yuva => Kita, Kindergarten, Krippe'),
 ('nhà trẻ, nha tre, mẫu giáo, mau giao, mầm non, mam non => Kita, Kindergarten, Krippe'),
 ('روضة, روضة أطفال, حضانة, دار حضانة => Kita, Kindergarten, Krippe'),
 ('kindergarten, nursery, daycare, day care, childcare => Kita, Kinderbetreuung'),
 ('няня, присмотр за детьми, уход за детьми => Kinderbetreuung, Tagespflege'),
 ('догляд за дітьми, няня => Kinderbetreuung, Tagespflege'),
 ('opieka nad dzieckiem, opieka nad dziećmi, niania => Kinderbetreuung, Tagespflege'),
 ('çocuk bakımı, cocuk bakimi, bakıcı, bakici => Kinderbetreuung, Tagespflege'),
 ('trông trẻ, trong tre, giữ trẻ, giu tre => Kinderbetreuung, Tagespflege'),
 ('رعاية الأطفال, مربية => Kinderbetreuung, Tagespflege'),
 ('консультация, консультации, консультант => Beratung'),
 ('консультація, консультації => Beratung'),
 ('doradztwo, porada, poradnia => Beratung'),
 ('danışmanlık, danismanlik, danışma => Beratung'),
 ('tư vấn, tu van => Beratung'),
 ('استشارة, استشارات, مشورة => Beratung'),
 ('counselling, counseling, advice => Beratung'),
 ('детское пособие, пособие на ребёнка => Kindergeld'),
 ('допомога на дітей, дитячі гроші => Kindergeld'),
 ('zasiłek na dziecko, 800 plus, becikowe => Kindergeld'),
 ('çocuk parası, cocuk parasi => Kindergeld'),
 ('tiền con, tien con, trợ cấp trẻ em => Kindergeld'),
 ('إعانة الأطفال, مساعدة الأطفال => Kindergeld'),
 ('пособие, пособия, деньги => Geld und Leistungen, Antrag'),
 ('виплати, допомога, гроші => Geld und Leistungen, Antrag'),
 ('świadczenia, zasiłek, pieniądze => Geld und Leistungen, Antrag'),
 ('yardım parası, sosyal yardım, para => Geld und Leistungen, Antrag'),
 ('trợ cấp, tro cap, tiền => Geld und Leistungen, Antrag'),
 ('إعانة, إعانات, مال, مساعدة مالية => Geld und Leistungen, Antrag'),
 ('алименты, аванс алиментов => Unterhalt, Unterhaltsvorschuss'),
 ('аліменти => Unterhalt, Unterhaltsvorschuss'),
 ('alimenty, zaliczka alimentacyjna => Unterhalt, Unterhaltsvorschuss'),
 ('nafaka => Unterhalt, Unterhaltsvorschuss'),
 ('cấp dưỡng, cap duong => Unterhalt, Unterhaltsvorschuss'),
 ('نفقة, النفقة => Unterhalt, Unterhaltsvorschuss'),
 ('жилищное пособие => Wohngeld'),
 ('житлова допомога => Wohngeld'),
 ('dodatek mieszkaniowy => Wohngeld'),
 ('kira yardımı, konut yardımı => Wohngeld'),
 ('trợ cấp nhà ở => Wohngeld'),
 ('إعانة السكن, بدل السكن => Wohngeld'),
 ('беременность, беременная, роды => Schwangerschaft, Geburt'),
 ('вагітність, вагітна, пологи => Schwangerschaft, Geburt'),
 ('ciąża, w ciąży, poród => Schwangerschaft, Geburt'),
 ('hamilelik, hamile, doğum => Schwangerschaft, Geburt'),
 ('mang thai, có thai, sinh con => Schwangerschaft, Geburt'),
 ('حمل, حامل, ولادة => Schwangerschaft, Geburt'),
 ('акушерка => Hebamme'),
 ('położna => Hebamme'),
 ('ebe => Hebamme'),
 ('قابلة => Hebamme'),
 ('работа, вакансия, вакансии => Arbeit, Job'),
 ('робота, вакансія, вакансії => Arbeit, Job'),
 ('praca, oferta pracy => Arbeit, Job'),
 ('iş, is, iş arama => Arbeit, Job'),
 ('việc làm, viec lam => Arbeit, Job'),
 ('عمل, وظيفة, شغل => Arbeit, Job'),
 ('жильё, квартира => Wohnen, Wohnung'),
 ('житло, квартира => Wohnen, Wohnung'),
 ('mieszkanie => Wohnen, Wohnung'),
 ('ev, konut, kira => Wohnen, Wohnung'),
 ('nhà ở, nha o, thuê nhà => Wohnen, Wohnung'),
 ('سكن, شقة, إيجار => Wohnen, Wohnung'),
 ('насилие, домашнее насилие => Gewalt, häusliche Gewalt'),
 ('насильство, домашнє насильство => Gewalt, häusliche Gewalt'),
 ('przemoc, przemoc domowa => Gewalt, häusliche Gewalt'),
 ('şiddet, siddet, aile içi şiddet => Gewalt, häusliche Gewalt'),
 ('bạo lực, bao luc, bạo lực gia đình => Gewalt, häusliche Gewalt'),
 ('عنف, عنف منزلي, عنف أسري => Gewalt, häusliche Gewalt'),
 ('адвокат, юрист, развод => Rechtsberatung, Trennung'),
 ('адвокат, юрист, розлучення => Rechtsberatung, Trennung'),
 ('prawnik, adwokat, rozwód => Rechtsberatung, Trennung'),
 ('avukat, boşanma, bosanma => Rechtsberatung, Trennung'),
 ('luật sư, luat su, ly hôn, ly hon => Rechtsberatung, Trennung'),
 ('محامي, محامية, طلاق => Rechtsberatung, Trennung'),
 ('долги, долг => Schulden, Schuldnerberatung'),
 ('борги, борг => Schulden, Schuldnerberatung'),
 ('długi, zadłużenie => Schulden, Schuldnerberatung'),
 ('borç, borc, borçlar => Schulden, Schuldnerberatung'),
 ('nợ, no nan => Schulden, Schuldnerberatung'),
 ('ديون, دين => Schulden, Schuldnerberatung'),
 ('мать-одиночка, родитель-одиночка, одинокая мама => Alleinerziehende'),
 ('мати-одиначка, одинока мама => Alleinerziehende'),
 ('samotna matka, samotny rodzic => Alleinerziehende'),
 ('bekar anne, tek ebeveyn => Alleinerziehende'),
 ('mẹ đơn thân, me don than, cha mẹ đơn thân => Alleinerziehende'),
 ('أم عزباء, أم وحيدة, والد منفرد => Alleinerziehende'),
 ('курсы немецкого, немецкий язык => Sprachkurs, Deutschkurs'),
 ('курси німецької, німецька мова => Sprachkurs, Deutschkurs'),
 ('kurs niemieckiego, nauka niemieckiego => Sprachkurs, Deutschkurs'),
 ('almanca kursu, dil kursu => Sprachkurs, Deutschkurs'),
 ('học tiếng Đức, lớp tiếng Đức => Sprachkurs, Deutschkurs'),
 ('دورة لغة, دورة ألمانية, تعلم الألمانية => Sprachkurs, Deutschkurs');
