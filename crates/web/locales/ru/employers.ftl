## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Работодатели, дружественные к семьям
employers-lead = Компании Лихтенберга показывают, что они делают для родителей: гибкий график, неполный день, профессиональное обучение с неполной занятостью, понимание, когда ребёнок болеет. Сравните до трёх рядом.
employers-all-sectors = Все отрасли
employers-all-ortsteile = Все районы
employers-choose = Пожалуйста, выберите
employers-pledge-only = Только с добровольным обязательством
employers-pledge-badge = Добровольное обязательство: дружественны к семьям
employers-count = { $count ->
    [0] Нет работодателей
    [one] { $count } работодатель
    [few] { $count } работодателя
    [many] { $count } работодателей
   *[other] { $count } работодателя
}
employers-none = Здесь пока нет работодателей. Попробуйте другой выбор.
employers-yes-count = { $count ->
    [0] Пока ни на один вопрос не ответили «да»
    [one] «Да» на { $count } из 9 вопросов
    [few] «Да» на { $count } из 9 вопросов
    [many] «Да» на { $count } из 9 вопросов
   *[other] «Да» на { $count } из 9 вопросов
}
employers-compare-pick = Сравнить: { $name }
employers-compare-hint = Выберите до трёх работодателей.
employers-compare-submit = Сравнить выбранных
employers-compare-title = Сравнение работодателей
employers-compare-caption = Что работодатели делают для родителей, вопрос за вопросом
employers-compare-question = Вопрос
employers-compare-too-many = Рядом помещаются не более трёх работодателей; вот первые три.
employers-compare-none = Пожалуйста, выберите в списке работодателей, кого хотите сравнить.
employers-compare-from-here = Сравнить с другими
employers-to-jobs = Искать вакансии и места обучения с подходящим временем работы
employers-proposed = Эта компания ещё не опубликована: координационное бюро рассматривает регистрацию.
employers-where = Где
employers-answers-title = Что компания делает для родителей
employers-jobs-title = Открытые вакансии и места обучения
employers-jobs-none = Сейчас открытых вакансий нет.
employers-field-sector = Отрасль
employers-field-size = Размер
employers-field-ortsteil = Район
employers-field-website = Сайт (по желанию)
employers-field-answer = Ответ
employers-field-note = Пояснение к «{ $criterion }» (по желанию)
employers-size-micro = от 1 до 9 сотрудников
employers-size-small = от 10 до 49 сотрудников
employers-size-medium = от 50 до 249 сотрудников
employers-size-large = 250 сотрудников и больше
employers-sector-care = Уход
employers-sector-health = Здравоохранение
employers-sector-retail = Торговля
employers-sector-hospitality = Общепит и гостиницы
employers-sector-office = Офис и администрация
employers-sector-crafts = Ремесло
employers-sector-logistics = Логистика и транспорт
employers-sector-education = Образование и воспитание
employers-sector-social = Социальная сфера
employers-sector-it = ИТ и медиа
employers-sector-public-service = Государственная служба
employers-sector-industry = Промышленность и производство
employers-sector-other = Другая отрасль
employers-answer-none = Не указано
employers-criterion-flexible-hours = Гибкое начало и окончание работы
employers-criterion-flexible-hours-hint = Могут ли сотрудники, например, начинать после того, как отвели ребёнка в детский сад?
employers-criterion-core-hours = Основное время, совместимое с детским садом и школой
employers-criterion-core-hours-hint = Приходятся ли обязательные встречи и совещания на время, когда за детьми присматривают?
employers-criterion-part-time-models = Модели неполной занятости
employers-criterion-part-time-models-hint = Например, почти полный день, только утро, четыре дня.
employers-criterion-part-time-training = Профессиональное обучение с неполной занятостью (§ 7a BBiG)
employers-criterion-part-time-training-hint = Обучаете ли вы с неполной занятостью или готовы ли к этому?
employers-criterion-home-office = Работа из дома
employers-criterion-home-office-hint = Полностью, в некоторые дни или когда ребёнок болеет.
employers-criterion-sick-child-leave = Освобождение при болезни ребёнка сверх закона
employers-criterion-sick-child-leave-hint = Больше дней, чем предусмотрено законом, или без потери заработка.
employers-criterion-childcare-support = Поддержка в уходе за детьми
employers-criterion-childcare-support-hint = Доплата, места в детском саду, присмотр в каникулы, экстренный присмотр.
employers-criterion-parent-contact = Контактное лицо для родителей
employers-criterion-parent-contact-hint = Человек, который помогает родителям в вопросах совмещения работы и семьи.
employers-criterion-plannable-shifts = Планируемые смены
employers-criterion-plannable-shifts-hint = Графики известны заранее, никаких ночных смен для родителей, которые их не хотят.
employers-error-empty = Пожалуйста, заполните.
employers-error-too-long = Этот текст слишком длинный.
employers-error-invalid = Пожалуйста, выберите из списка или напишите в одну строку.
employers-error-website = Пожалуйста, полный адрес, начинающийся с https://.
employers-error-time = Пожалуйста, укажите время, например 08:30.
employers-error-window-order = Конец раньше начала. Пожалуйста, проверьте время.
employers-error-window-half = Пожалуйста, укажите начало и конец или оставьте оба поля пустыми.
employers-error-no-day = Пожалуйста, укажите хотя бы один рабочий день со временем.
employers-error-hours = Пожалуйста, число от 1 до 48.
employers-error-hours-above = Часов в неделю больше, чем вмещает указанное время работы. Пожалуйста, проверьте часы и время.
employers-error-date = Пожалуйста, укажите дату, например 31.03.2027.
employers-error-expiry-past = Эта дата уже прошла. Пожалуйста, дату начиная с сегодняшней.
employers-error-expiry-far = Пожалуйста, не более чем на год вперёд; потом объявление можно продлить.
employers-error-count = { $count ->
    [one] Пожалуйста, проверьте { $count } поле; подсказка стоит рядом с ним.
    [few] Пожалуйста, проверьте { $count } поля; подсказки стоят рядом с полями.
    [many] Пожалуйста, проверьте { $count } полей; подсказки стоят рядом с полями.
   *[other] Пожалуйста, проверьте { $count } поля; подсказки стоят рядом с полями.
}
employers-register-title = Участвовать как работодатель
employers-register-lead = Покажите родителям, что ваша компания делает для них, и публикуйте вакансии со временем работы, совместимым с детским садом и школой. Координационное бюро опубликует ваш профиль после просмотра.
employers-register-link = Зарегистрировать компанию
employers-admin-link = { $count ->
    [0] Работодатели: открытых регистраций нет
    [one] Работодатели: { $count } открытая регистрация
    [few] Работодатели: { $count } открытые регистрации
    [many] Работодатели: { $count } открытых регистраций
   *[other] Работодатели: { $count } открытой регистрации
}
## Jobs
jobs-title = Вакансии и места обучения
jobs-lead = Скажите, когда вы можете работать. Вы увидите только вакансии, время работы которых в каждый рабочий день укладывается в ваш промежуток.
jobs-field-q = Поисковое слово
jobs-field-days = В эти дни я могу работать
jobs-field-days-hint = Со временем с и до: например, с понедельника по пятницу с 08:30 до 14:30.
jobs-field-from = С
jobs-field-to = До
jobs-field-near = Рядом с (почтовый индекс или район)
jobs-field-near-hint = Расстояние измеряется между центрами районов.
jobs-field-km = Расстояние
jobs-distance-any = Любое
jobs-distance-within = до { $km } км
jobs-distance-same = в том же районе
jobs-distance-about = примерно { $distance }
jobs-all-kinds = Все виды
jobs-search = Искать вакансии
jobs-count = { $count ->
    [0] Нет вакансий
    [one] { $count } вакансия
    [few] { $count } вакансии
    [many] { $count } вакансий
   *[other] { $count } вакансии
}
jobs-none = Сейчас открытых вакансий нет.
jobs-none-filtered = Ни одна вакансия не подходит к этому выбору. Попробуйте более широкий промежуток времени или больше дней.
jobs-error-no-day = Пожалуйста, отметьте хотя бы один день.
jobs-error-window = Пожалуйста, укажите два времени; конец должен быть после начала.
jobs-until = Видно до { $date }
jobs-when = Время работы
jobs-start-now = с сегодняшнего дня
jobs-hours-week = { $hours ->
    [one] { $hours } час в неделю
    [few] { $hours } часа в неделю
    [many] { $hours } часов в неделю
   *[other] { $hours } часа в неделю
}
jobs-kind-job = Вакансия
jobs-kind-training = Профессиональное обучение
jobs-kind-part-time-training = Профессиональное обучение с неполной занятостью
jobs-ortsteil-company = По месту нахождения компании
jobs-field-kind = Вид
jobs-field-weekly-hours = Часов в неделю
jobs-start = Начало
jobs-visible-until = Видно до
## Contact requests to employers
contact-link = Связаться
contact-link-general = Связаться по собственной инициативе
contact-title = Связь с { $employer }
contact-about-job = По вакансии: { $job }
contact-intro = Вы решаете, что компания узнает о вас. Ответ придёт сюда, в Wegweiser; ваш адрес компания увидит, только если вы им поделитесь.
contact-share-legend = Чем вы делитесь
contact-share-email = Моим адресом электронной почты ({ $email })
contact-share-name = Моим именем
contact-field-name = Имя
contact-field-phone = Телефон (по желанию)
contact-field-message = Ваше сообщение
contact-field-message-hint = Достаточно нескольких предложений: что вы ищете и когда можете работать. Не более 1000 знаков.
contact-field-cv = Резюме (по желанию)
contact-field-cv-hint = Только PDF, не более 800 КБ. Удаляется через 90 дней.
contact-send = Отправить запрос
contact-list-parent = Ваши запросы работодателям
contact-list-employer = Запросы от родителей
contact-shared-title = Переданные данные
contact-not-shared = не передано
contact-email = Адрес электронной почты
contact-no-cv = нет
contact-messages = Сообщения
contact-answer = Ваш ответ
contact-reply = Ваше сообщение
contact-notice-gesendet = Ваш запрос отправлен. Ответ вы найдёте здесь; мы пришлём вам письмо, как только он придёт.
contact-notice-geantwortet = Ваше сообщение отправлено.
contact-mail-new-subject = Новый запрос от родителя
contact-mail-new-body = Здравствуйте!

    Родитель отправил вашей компании запрос в Wegweiser Lichtenberg. Прочитать его и ответить можно после входа:

    { $link }

    Ваш Wegweiser Lichtenberg
contact-mail-answer-subject = Новое сообщение по вашему запросу
contact-mail-answer-body = Здравствуйте!

    По запросу в Wegweiser Lichtenberg есть новое сообщение. Прочитать его можно после входа:

    { $link }

    Ваш Wegweiser Lichtenberg
jobs-feed-name = Вакансии в Wegweiser Lichtenberg
jobs-feed-link = Подписаться на этот поиск как на ленту (Atom)
pledge-campaign-link = Подробнее о добровольном обязательстве
account-delete-company = Вы – единственный человек из { $company }. Вместе с вашим аккаунтом будут удалены компания, её вакансии и запросы родителей.
employers-fairs-own = Здесь можно нас встретить
jobs-fairs = Ярмарки вакансий и дни информации
employers-in-pledge = Участник добровольного обязательства
employers-field-name = Название компании
employers-field-address = Улица и номер дома (по желанию)
employers-field-description = Описание
employers-field-description-hint = Чем занимается ваша компания и кого вы ищете?
employers-field-website-hint = С https:// в начале.
employers-field-contact-name = Ваше имя
employers-field-email = Ваш адрес электронной почты
employers-answer-yes = Да
employers-answer-partly = Частично
employers-answer-no = Нет
employers-register-company = Ваша компания
employers-register-person = Ваша регистрация
employers-register-consent = Я согласен(на), что данные о компании будут опубликованы, а моё имя и адрес сохранены для аккаунта.
employers-register-submit = Зарегистрироваться
pledge-title = Работать с учётом интересов семьи в Лихтенберге
pledge-lead = Работодатели района обязуются предлагать родителям то, что им нужно, чтобы совмещать работу и детей, – особенно тем, кто воспитывает детей один. Что к этому относится, определяет координационное бюро для родителей-одиночек.
pledge-criteria-title = Что требует добровольное обязательство
pledge-criteria-lead = Работодатель носит знак, если отвечает «да» на каждый из этих вопросов:
pledge-members = { $count ->
    [0] Пока ни один работодатель их не выполняет
    [one] { $count } работодатель выполняет их
    [few] { $count } работодателя выполняют их
    [many] { $count } работодателей выполняют их
   *[other] { $count } работодателя выполняют их
}
pledge-join-title = Для работодателей: как присоединиться
pledge-join-lead = Зарегистрируйте свою компанию и ответьте на девять вопросов о дружественности к семьям. После проверки координационным бюро ваш профиль будет опубликован; если вы выполняете условия, он получит знак, и вы сможете распечатать плакат для витрины.
pledge-print-title = Чтобы повесить и раздать
pledge-print-lead = Плакат для досок объявлений в детском саду, Jobcenter и семейном центре и листовка, которую можно взять с собой.
jobs-only-german = Эта вакансия описана только на немецком языке.
