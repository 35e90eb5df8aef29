## The site frame, the home page and the emergency contacts.
emergency-title = Екстрена та швидка допомога
emergency-intro = Ці телефони допомагають одразу, безкоштовно й за бажанням анонімно. У разі загрози життю та здоров'ю телефонуйте 110 або 112.
emergency-more-offers = Інші пропозиції у кризі та при насильстві
emergency-police-name = Поліція
emergency-police-hours = завжди
emergency-ambulance-name = Пожежна служба та швидка допомога
emergency-ambulance-hours = завжди
emergency-violence-women-name = Телефон допомоги при насильстві щодо жінок (Hilfetelefon Gewalt gegen Frauen)
emergency-violence-women-hours = цілодобово, 18 мовами
emergency-big-hotline-name = Гаряча лінія BIG при домашньому насильстві (Берлін)
emergency-big-hotline-hours = цілодобово
emergency-child-protection-name = Гаряча лінія захисту дітей Берліна (Hotline Kinderschutz)
emergency-child-protection-hours = цілодобово, також для батьків
emergency-parents-phone-name = Телефон для батьків (Nummer gegen Kummer)
emergency-parents-phone-hours = пн–пт 9–17, вт і чт до 19
emergency-crisis-line-name = Телефон довіри (TelefonSeelsorge)
emergency-crisis-line-hours = цілодобово
emergency-pregnant-in-need-name = Телефон допомоги вагітним у скрутному становищі
emergency-pregnant-in-need-hours = цілодобово, анонімно
quick-exit-heading = Швидко залишити сайт
quick-exit-explained = Кнопка «Швидко залишити сайт» угорі кожної сторінки одразу відкриває сторінку з прогнозом погоди. З клавіатури теж можна: натисніть Escape (якщо ви пишете в полі – двічі швидко поспіль, щоб розпочате не зникло) або тричі клавішу Shift.
quick-exit-back = Сторінка, на якій ви натиснули кнопку, замінюється в історії сторінкою погоди: кнопкою «Назад» до неї не повернутися. Але сторінки цього сайту, відкриті раніше, лишаються в історії, і «Назад» веде до них.
quick-exit-history = Якщо вашим пристроєм користується ще хтось, видаліть потім історію: у Chrome, Edge і Firefox – Ctrl + Shift + Delete (на Mac ⌘ + Shift + Delete), на iPhone – Параметри › Safari › Очистити історію та дані, на телефонах Android у Chrome – ⋮ › Історія › Очистити дані. Надійніше відкрити цей сайт у приватному вікні (режим інкогніто): тоді історія не зберігається.
home-title = Допомога батькам-одинакам у Ліхтенберзі
home-heading = Допомога батькам-одинакам у Ліхтенберзі
home-intro = Знайдіть консультації, догляд за дітьми, допомогу з грошима та заявами, роботу й місця зустрічей поруч із вами – без реєстрації.
home-total = { $count ->
    [one] { $count } пропозиція у Wegweiser
    [few] { $count } пропозиції у Wegweiser
    [many] { $count } пропозицій у Wegweiser
   *[other] { $count } пропозиції у Wegweiser
}
home-quick-help = Швидка допомога
home-quick-help-text = Вам потрібна допомога просто зараз? Ці телефони безкоштовні й анонімні.
home-all-emergency = Усі екстрені номери
home-categories = Що вам потрібно?
home-ortsteile = Пропозиції у вашому районі
search-placeholder = напр. консультація, дитячий садок, аліменти
home-chains = Що робити? Шляхи через вашу життєву ситуацію
home-chains-text = Крок за кроком, із термінами, документами та установами в Ліхтенберзі. Позначати кроки можна без реєстрації.
home-tandem = Познайомитися з іншими батьками-одинаками
home-tandem-text = У «Тандемі» Wegweiser пропонує вам батьків поблизу з дітьми того ж віку – лише з вашої згоди, без адреси, а листуватися можна лише тоді, коли згодні обоє.
home-tandem-link = До «Тандему»
home-work = Робота, що поєднується з садочком і школою
home-work-text = Скажіть, у які дні та години ви можете працювати: ви побачите лише вакансії та місця навчання, що підходять до кожного робочого дня, – у роботодавців, які показують, що вони роблять для батьків.
home-work-jobs = Шукати вакансії
home-work-employers = Роботодавці, дружні до родин
home-coming-up = Незабаром у Ліхтенберзі
home-all-events = Усі заходи та зустрічі
home-news = Новини
home-all-news = Усі новини та акції
page-title-ueber-uns = Про нас і контакти
page-title-impressum = Вихідні дані
page-title-datenschutz = Заява про захист даних
page-title-barrierefreiheit = Заява про доступність
page-missing = Цей текст зараз пише координаційне бюро.
page-updated = Станом на { $date }
content-only-german-page = Ця сторінка є лише німецькою мовою.
pages-admin-title = Сторінки координаційного бюро
pages-edit-title = Редагувати: { $page }
page-error-conflict = Тим часом хтось інший зберіг цю сторінку. Оновіть сторінку й перенесіть свої зміни.
article-kind-news = Новина
article-kind-campaign = Акція
