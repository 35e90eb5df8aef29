## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = Тандем: познакомиться с другими родителями-одиночками
tandem-lead = Найдите другого родителя поблизости с детьми того же возраста – чтобы поговорить, присматривать за детьми друг у друга или вместе выбираться на прогулки.
tandem-how-title = Как это работает
tandem-how-1 = Вы создаёте закрытый профиль: район, возраст детей, языки, что вы ищете и когда у вас есть время.
tandem-how-2 = Wegweiser предлагает вам родителей, с которыми у вас больше всего общего, и говорит, что именно.
tandem-how-3 = Писать друг другу можно только после того, как согласятся оба.
tandem-safe-title = Ваша безопасность важнее всего
tandem-safe-1 = Публичного списка нет: ваш профиль видят только родители, которым он предложен.
tandem-safe-2 = Другие видят только ваше имя или псевдоним, ваш район и возрастные группы ваших детей – никогда адрес, никогда имена или дни рождения детей.
tandem-safe-3 = Вы можете отозвать согласие в любое время; тогда ваш профиль сразу становится невидимым для всех.
tandem-sign-in = Войти с аккаунтом для родителей
tandem-sign-up = Создать аккаунт для родителей (достаточно адреса электронной почты и пароля)
tandem-parents-only = «Тандем» – для аккаунтов родителей. С этим аккаунтом нельзя создать профиль в «Тандеме».
tandem-create = Создать профиль в «Тандеме»
tandem-edit = Редактировать профиль
tandem-withdrawn = Вы отозвали согласие. Ваш профиль никому не предлагается, и вы не видите предложений.
tandem-consent-again = Дать согласие снова
tandem-suggestions-lead = У этих родителей больше всего общего с вами. Вы видите только то, что показываете о себе и вы.
tandem-suggestions-title = Предложения для вас
tandem-suggestions-none = Сейчас вашему профилю никто не подходит. Загляните позже или расширьте, что вы ищете и с кем хотите познакомиться.
tandem-card-facts = { $ortsteil } · Дети: { $ages }
tandem-block = Заблокировать: { $name }
tandem-block-note = Заблокированный человек больше вас не видит и вам больше не предлагается. Он об этом не узнает.
tandem-notice-gesperrt = Заблокировано. Вы больше не видите друг друга.
tandem-notice-geloescht = Ваш профиль в «Тандеме» удалён.
tandem-notice-widerrufen = Ваше согласие отозвано. Ваш профиль теперь невидим для всех.
tandem-notice-gespeichert = Ваш профиль сохранён.
tandem-tile-few = Тандем: участвуют меньше 5 родителей.
tandem-tile-count = { $count ->
    [one] Тандем: участвует { $count } родитель.
    [few] Тандем: участвуют { $count } родителя.
    [many] Тандем: участвуют { $count } родителей.
   *[other] Тандем: участвуют { $count } родителя.
}
## The sentence that says what two parents share
tandem-why = Общее у вас: { $clauses }.
tandem-why-expecting = вы оба ждёте ребёнка
tandem-why-children = у обоих дети { $ages }
tandem-why-ortsteil = вы оба живёте в районе { $ortsteil }
tandem-why-near = вы живёте недалеко друг от друга
tandem-why-languages = общий язык: { $languages }
tandem-why-looking = вы оба ищете: { $what }
tandem-why-times = у обоих есть время: { $when }
tandem-why-interests = вы оба любите: { $what }
## The profile form
tandem-profile-title = Ваш профиль в «Тандеме»
tandem-profile-lead = Указывайте только то, что могут видеть другие родители. Никакого адреса, номера телефона и имён детей.
tandem-choose = Пожалуйста, выберите
tandem-field-display-name = Имя или псевдоним
tandem-field-display-name-hint = Это видят другие родители. Псевдоним тоже подойдёт.
tandem-field-ortsteil = Район
tandem-field-ortsteil-hint = Только район, никогда не улица.
tandem-field-child-ages = Возраст ваших детей
tandem-field-child-ages-hint = Возрастные группы, не дни рождения.
tandem-field-languages = Языки, на которых вы говорите
tandem-field-looking-for = Что вы ищете?
tandem-field-free-times = Когда у вас обычно есть время?
tandem-field-interests = Что вы любите делать? (по желанию)
tandem-field-identity = Вы
tandem-field-identity-hint = Только для того, кому вас предлагать; другие этого не видят.
tandem-field-wants = С кем вы хотите познакомиться?
tandem-consent = Я согласен(на), чтобы мой профиль предлагался другим родителям в «Тандеме». Я могу отозвать согласие в любое время.
tandem-save = Сохранить
tandem-consent-title = Согласие
tandem-consent-given = Ваш профиль предлагается подходящим родителям. Если вы отзовёте согласие, он сразу станет невидимым для всех.
tandem-consent-withdraw = Отозвать согласие
tandem-delete-title = Удалить профиль
tandem-delete-intro = Ваш профиль в «Тандеме» и ваши блокировки будут удалены. Аккаунт останется.
tandem-delete = Удалить профиль в «Тандеме»
tandem-error-name-missing = Пожалуйста, укажите имя или псевдоним.
tandem-error-name-too-long = Пожалуйста, не более 30 знаков.
tandem-error-name-contact = Пожалуйста, без цифр, адресов электронной почты и ссылок: контактным данным не место в профиле.
tandem-error-ortsteil = Пожалуйста, выберите свой район.
tandem-error-child-ages = Пожалуйста, выберите хотя бы одну возрастную группу.
tandem-error-languages = Пожалуйста, выберите хотя бы один язык.
tandem-error-looking-for = Пожалуйста, выберите хотя бы один вариант.
tandem-error-unknown = Такого варианта нет. Пожалуйста, выберите из списка.
tandem-error-consent = Без вашего согласия мы не можем никому предложить ваш профиль.
tandem-age-expecting = ребёнок в пути
tandem-age-under3 = до 3 лет
tandem-age-3to5 = от 3 до 5 лет
tandem-age-6to9 = от 6 до 9 лет
tandem-age-10to13 = от 10 до 13 лет
tandem-age-14plus = от 14 лет
tandem-looking-talk = Общение и разговоры
tandem-looking-talk-short = общение
tandem-looking-childcare = присмотр за детьми друг у друга
tandem-looking-childcare-short = присмотр за детьми друг у друга
tandem-looking-leisure = Досуг с детьми
tandem-looking-leisure-short = досуг с детьми
tandem-looking-work = Обмен опытом о работе и учёбе
tandem-looking-work-short = обмен опытом о работе и учёбе
tandem-time-mornings = до обеда
tandem-time-mornings-short = до обеда
tandem-time-afternoons = после обеда
tandem-time-afternoons-short = после обеда
tandem-time-evenings = вечером
tandem-time-evenings-short = вечером
tandem-time-weekends = в выходные
tandem-time-weekends-short = в выходные
tandem-interest-outdoors = Прогулки на природе
tandem-interest-playgrounds = Детские площадки
tandem-interest-sport = Спорт
tandem-interest-crafts = Поделки и рукоделие
tandem-interest-cooking = Готовить
tandem-interest-music = Музыка
tandem-interest-reading = Чтение
tandem-interest-games = Игры
tandem-identity-mother = Мама
tandem-identity-father = Папа
tandem-identity-other = другое / не хочу говорить
tandem-wants-anyone = всех родителей
tandem-wants-mothers = только мам
tandem-wants-fathers = только пап
## Contacts, conversations, reports
tandem-request = Познакомиться: { $name }
tandem-requested = Запрос отправлен
tandem-to-conversation = К сообщениям
tandem-notice-angefragt = Ваш запрос отправлен. Другой человек видит только ваше имя, район и возрастные группы ваших детей – писать друг другу можно, если он согласится.
tandem-notice-gemeldet = Спасибо. Координационное бюро рассмотрит ваше сообщение.
tandem-too-many-requests = Сегодня вы уже отправили много запросов. Пожалуйста, подождите до завтра.
tandem-too-many-messages = Сегодня вы уже написали очень много сообщений. Пожалуйста, попробуйте завтра.
tandem-too-many-reports = Сегодня вы уже отправили много жалоб. Если вы в опасности, звоните 110.
tandem-contacts-title = Ваши контакты
tandem-incoming-title = Запросы к вам
tandem-incoming-none = Сейчас к вам никто не обращался.
tandem-incoming-intro = Если вы примете запрос, вы сможете писать друг другу. Если отклоните, человек об этом не узнает.
tandem-accept = Переписываться с { $name }
tandem-decline = Отклонить
tandem-matched-title = Ваши разговоры
tandem-matched-none = Пока нет. Как только кто-то примет ваш запрос или вы примете чей-то, разговор появится здесь.
tandem-outgoing-title = Ваши запросы, которые ещё ждут ответа
tandem-conversation-title = Сообщения: { $name }
tandem-conversation-safety = Сообщайте свой адрес только тогда, когда вы уверены. В первый раз встречайтесь в общественном месте, например в семейном центре.
tandem-conversation-empty = Сообщений пока нет. Для начала напишите, когда у вас есть время.
tandem-messages = Сообщения
tandem-you = Вы
tandem-write = Ваше сообщение
tandem-send = Отправить
tandem-safety-title = Если что-то не так
tandem-report-message = Пожаловаться на это сообщение
tandem-report-profile = Пожаловаться: { $name }
tandem-report-reason = Что случилось? (по желанию)
tandem-report-send = Отправить жалобу
tandem-error-message-empty = Пожалуйста, напишите сообщение.
tandem-error-message-too-long = Пожалуйста, не более 2.000 знаков.
tandem-error-message-control = Сообщение содержит управляющие символы. Пожалуйста, напишите его заново.
tandem-mail-request-subject = Кто-то хочет познакомиться с вами в «Тандеме»
tandem-mail-request-body = Здравствуйте!

    Другой родитель хочет познакомиться с вами в «Тандеме» Wegweiser Lichtenberg. Кто это и что у вас общего, вы увидите после входа здесь:

    { $link }

    Вы решаете, хотите ли переписываться. Если вы откажете, человек об этом не узнает.

    Ваш Wegweiser Lichtenberg
tandem-mail-accepted-subject = Ваш запрос в «Тандеме» принят
tandem-mail-accepted-body = Здравствуйте!

    Ваш запрос в «Тандеме» Wegweiser Lichtenberg принят. Теперь вы можете писать друг другу:

    { $link }

    Ваш Wegweiser Lichtenberg
tandem-mail-message-subject = Новое сообщение в «Тандеме»
tandem-mail-message-body = Здравствуйте!

    У вас новое сообщение в «Тандеме» Wegweiser Lichtenberg. Прочитать его можно после входа:

    { $link }

    Ваш Wegweiser Lichtenberg
tandem-mail-warning-subject = Уведомление координационного бюро о «Тандеме»
tandem-mail-warning-body = Здравствуйте!

    Другой родитель пожаловался на то, что вы написали в «Тандеме» Wegweiser Lichtenberg. Пожалуйста, пишите уважительно и не отправляйте того, чего другие не хотят. Если это повторится, мы заблокируем ваш аккаунт.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] Тандем: открытых жалоб нет
    [one] Тандем: { $count } открытая жалоба
    [few] Тандем: { $count } открытые жалобы
    [many] Тандем: { $count } открытых жалоб
   *[other] Тандем: { $count } открытой жалобы
}
## Groups and Treffs
groups-title = Группы и встречи
groups-lead = Группы самопомощи, родительские кафе, прогулки, онлайн-группы и встречи отцов в Лихтенберге – можно просто прийти или отправить запрос.
groups-all-ortsteile = Все районы
groups-show = Показать
groups-none = Здесь пока нет групп. Может быть, вы хотите основать свою?
groups-online = онлайн
groups-online-or-choose = Онлайн (без района)
groups-fact-ages = Дети { $ages }
groups-fact-languages = язык: { $languages }
groups-fact-children = Можно с детьми
groups-fact-wheelchair = доступно для инвалидных колясок
groups-join-open = Просто приходите
groups-join-request = По запросу – группа вас принимает
groups-run-by = Организатор: { $name }
groups-run-by-parent = Организовано родителями
groups-kind-self-help = Группа самопомощи
groups-kind-cafe = Родительское кафе и встреча
groups-kind-walking = Прогулки и движение
groups-kind-online = Онлайн-группа
groups-kind-fathers = Для отцов
groups-kind-other = Другая группа
groups-where = Где
groups-who = Для кого
groups-organiser = Организует
groups-in-calendar = Даты в календаре
groups-proposed = Это предложение ещё не опубликовано: координационное бюро его рассматривает.
groups-ask = Попроситься в группу
groups-ask-note = Группа видит только имя, которое вы здесь укажете, и принимает вас. После этого вы читаете и пишете её сообщения.
groups-sign-in-note = Чтобы вступить в группу и писать в ней, нужен аккаунт для родителей.
groups-membership-requested = Ваш запрос отправлен.
groups-members-title = Запросы и участники
groups-members-none = Пока никто не обращался.
groups-member-unnamed = Родитель
groups-accept = Принять: { $name }
groups-propose-title = Предложить группу
groups-propose-intro = Хотите организовать встречу? Опишите её; координационное бюро опубликует её после просмотра. Ваше имя указано не будет.
groups-propose-link = Предложить группу (аккаунт для родителей)
groups-propose-submit = Отправить предложение
groups-field-name = Название группы
groups-field-kind = Вид
groups-field-description = Описание
groups-field-ortsteil = Район
groups-field-rhythm = Когда
groups-field-rhythm-hint = Например: каждый второй вторник, с 16 до 18
groups-field-child-ages = Возраст детей
groups-field-languages = Языки
groups-field-join-mode = Участие
groups-error-empty = Пожалуйста, заполните.
groups-error-too-long = Этот текст слишком длинный.
groups-error-invalid = Пожалуйста, выберите из списка или напишите в одну строку.
groups-too-many = Сегодня вы уже предложили несколько групп. Пожалуйста, подождите до завтра.
groups-admin-title = Группы: предложения
groups-admin-link = { $count ->
    [0] Группы: открытых предложений нет
    [one] Группы: { $count } открытое предложение
    [few] Группы: { $count } открытых предложения
    [many] Группы: { $count } открытых предложений
   *[other] Группы: { $count } открытого предложения
}
groups-in-search = Подходящие группы и встречи
groups-count = { $count ->
    [0] Групп нет
    [one] { $count } группа
    [few] { $count } группы
    [many] { $count } групп
   *[other] { $count } группы
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = Писать в группе
groups-join-note = На встречу можно просто прийти. Если вы вступите, вы будете читать и писать сообщения группы.
groups-join-submit = Вступить
groups-field-member-name = Ваше имя в группе
groups-field-member-name-hint = Имя или псевдоним. Группа видит только это имя, никогда ваш адрес электронной почты.
groups-withdraw = Отозвать запрос
groups-leave = Выйти из группы
groups-notice-beigetreten = Вы в группе. Ниже – сообщения группы.
groups-notice-angefragt = Ваш запрос отправлен. Вы получите доступ, как только группа вас примет.
groups-notice-verlassen = Вы больше не в группе.
groups-notice-gemeldet = Спасибо. Координационное бюро рассмотрит ваше сообщение.
groups-notice-gesperrt = Заблокировано. Вы больше не видите сообщений друг друга; человек об этом не узнает.
groups-messages-title = Сообщения группы
groups-messages-safety = Эти сообщения читают только участники. Не пишите адресов и номеров телефонов; ссылки не будут кликабельными.
groups-messages-none = Сообщений пока нет. Напишете первое?
groups-message-actions = Пожаловаться или заблокировать
groups-write = Сообщение группе
groups-author-staff = { $name } (команда)
groups-membership-member-other = участвует
groups-membership-asked = отправил(а) запрос
groups-remove = Удалить: { $name }
groups-report-group = Пожаловаться на эту группу
groups-too-many-messages = Сегодня вы уже написали много сообщений в группах. Пожалуйста, подождите до завтра.
groups-mail-request-subject = Новый запрос в вашу группу
groups-mail-request-body = Здравствуйте!

    Кто-то хочет участвовать в вашей группе в Wegweiser Lichtenberg. После входа вы можете принять запрос:

    { $link }

    Ваш Wegweiser Lichtenberg
groups-mail-message-subject = Новые сообщения в вашей группе
groups-mail-message-body = Здравствуйте!

    В одной из ваших групп в Wegweiser Lichtenberg есть новые сообщения. Прочитать их можно после входа:

    { $link }

    Пока вы их не прочитаете, мы не будем отправлять других писем об этой группе.

    Ваш Wegweiser Lichtenberg
groups-only-german = Эта группа описана только на немецком языке.
groups-edit-link = Изменить и перевести описание группы
groups-edit-title = Изменить группу
groups-edit-intro = То, что вы здесь напишете, все увидят на странице группы. Переводы необязательны: где перевода нет, страница показывает немецкий текст с пометкой.
groups-edit-submit = Сохранить изменения
groups-edit-back = Назад к группе
groups-notice-gespeichert = Изменения сохранены.
