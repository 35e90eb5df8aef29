## The site frame, the home page and the emergency contacts.
emergency-title = Экстренная и быстрая помощь
emergency-intro = По этим телефонам помогут сразу, бесплатно и при желании анонимно. При угрозе жизни и здоровью звоните 110 или 112.
emergency-more-offers = Другие предложения при кризисе и насилии
emergency-police-name = Полиция
emergency-police-hours = всегда
emergency-ambulance-name = Пожарная служба и скорая помощь
emergency-ambulance-hours = всегда
emergency-violence-women-name = Телефон помощи при насилии в отношении женщин (Hilfetelefon Gewalt gegen Frauen)
emergency-violence-women-hours = круглосуточно, на 18 языках
emergency-big-hotline-name = Горячая линия BIG при домашнем насилии (Берлин)
emergency-big-hotline-hours = круглосуточно
emergency-child-protection-name = Горячая линия защиты детей Берлина (Hotline Kinderschutz)
emergency-child-protection-hours = круглосуточно, также для родителей
emergency-parents-phone-name = Телефон для родителей (Nummer gegen Kummer)
emergency-parents-phone-hours = пн–пт 9–17, вт и чт до 19
emergency-crisis-line-name = Телефон доверия (TelefonSeelsorge)
emergency-crisis-line-hours = круглосуточно
emergency-pregnant-in-need-name = Телефон помощи беременным в трудной ситуации
emergency-pregnant-in-need-hours = круглосуточно, анонимно
quick-exit-heading = Быстро покинуть сайт
quick-exit-explained = Кнопка «Быстро покинуть сайт» вверху каждой страницы сразу открывает страницу с прогнозом погоды. С клавиатуры тоже можно: нажмите Escape (если вы пишете в поле – два раза быстро подряд, чтобы начатое не пропало) или три раза клавишу Shift.
quick-exit-back = Страница, на которой вы нажали кнопку, заменяется в истории страницей погоды: кнопкой «Назад» на неё не вернуться. Но страницы этого сайта, открытые раньше, остаются в истории, и «Назад» ведёт к ним.
quick-exit-history = Если вашим устройством пользуется кто-то ещё, удалите потом историю: в Chrome, Edge и Firefox – Ctrl + Shift + Delete (на Mac ⌘ + Shift + Delete), на iPhone – Настройки › Safari › Очистить историю и данные, на телефонах Android в Chrome – ⋮ › История › Удалить данные. Надёжнее открыть этот сайт в приватном окне (режим инкогнито): тогда история не сохраняется.
home-title = Помощь родителям-одиночкам в Лихтенберге
home-heading = Помощь родителям-одиночкам в Лихтенберге
home-intro = Найдите консультации, уход за детьми, помощь с деньгами и заявлениями, работу и места встреч рядом с вами – без регистрации.
home-total = { $count ->
    [one] { $count } предложение в Wegweiser
    [few] { $count } предложения в Wegweiser
    [many] { $count } предложений в Wegweiser
   *[other] { $count } предложения в Wegweiser
}
home-quick-help = Быстрая помощь
home-quick-help-text = Вам нужна помощь прямо сейчас? Эти телефоны бесплатны и анонимны.
home-all-emergency = Все экстренные номера
home-categories = Что вам нужно?
home-ortsteile = Предложения в вашем районе
search-placeholder = напр. консультация, детский сад, алименты
home-chains = Что нужно сделать? Пути через вашу жизненную ситуацию
home-chains-text = Шаг за шагом, со сроками, документами и учреждениями в Лихтенберге. Отмечать шаги можно без регистрации.
home-tandem = Познакомиться с другими родителями-одиночками
home-tandem-text = В «Тандеме» Wegweiser предлагает вам родителей поблизости с детьми того же возраста – только с вашего согласия, без адреса, а переписываться можно только когда согласны оба.
home-tandem-link = К «Тандему»
home-work = Работа, которая сочетается с детским садом и школой
home-work-text = Укажите, в какие дни и часы вы можете работать: вы увидите только вакансии и места обучения, которые подходят к каждому рабочему дню, – у работодателей, которые показывают, что они делают для родителей.
home-work-jobs = Искать вакансии
home-work-employers = Работодатели, дружественные к семьям
home-coming-up = Скоро в Лихтенберге
home-all-events = Все мероприятия и встречи
home-news = Новости
home-all-news = Все новости и акции
page-title-ueber-uns = О нас и контакты
page-title-impressum = Выходные данные
page-title-datenschutz = Заявление о защите данных
page-title-barrierefreiheit = Заявление о доступности
page-missing = Этот текст сейчас пишет координационное бюро.
page-updated = По состоянию на { $date }
content-only-german-page = Эта страница есть только на немецком языке.
pages-admin-title = Страницы координационного бюро
pages-edit-title = Редактировать: { $page }
page-error-conflict = Тем временем кто-то другой сохранил эту страницу. Обновите страницу и перенесите свои изменения.
article-kind-news = Новость
article-kind-campaign = Акция
