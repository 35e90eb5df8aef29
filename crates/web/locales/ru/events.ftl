## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = бесплатно
cost-reduced = со скидкой или в зависимости от дохода
cost-paid = платно
access-appointment = только по записи
access-walk-in = без записи
access-both = по записи или без неё
holiday-new-year = Новый год
holiday-womens-day = Международный женский день
holiday-good-friday = Страстная пятница
holiday-easter-monday = Пасхальный понедельник
holiday-labour-day = День труда
holiday-liberation-day = День освобождения (8 мая)
holiday-uprising-day = Годовщина народного восстания 17 июня 1953 года
holiday-ascension = Вознесение Христово
holiday-whit-monday = Духов день (Троицкий понедельник)
holiday-unity-day = День германского единства
holiday-christmas-1 = Первый день Рождества
holiday-christmas-2 = Второй день Рождества
spoken-de = немецкий
spoken-en = английский
spoken-tr = турецкий
spoken-ar = арабский
spoken-ru = русский
spoken-uk = украинский
spoken-vi = вьетнамский
spoken-pl = польский
spoken-fa = персидский
spoken-ku = курдский
spoken-ro = румынский
spoken-bg = болгарский
spoken-fr = французский
spoken-es = испанский
spoken-sq = албанский
spoken-sr = сербский
spoken-dgs = немецкий жестовый язык
group-single-parents = Родители-одиночки
group-pregnant = Беременные
group-fathers = Отцы
group-families = Семьи
group-children = Дети
group-youth = Подростки и молодёжь
group-migrants = Семьи мигрантов
group-women = Женщины
group-unemployed = Ищущие работу
events-title = Мероприятия и встречи
events-intro = Встречи, консультации, курсы и информационные вечера в Лихтенберге, многие бесплатно.
events-views-label = Вид
events-view-week = Эта неделя
events-view-month = Месяц
events-view-list = Список
events-week = Неделя с { $from } по { $until }
events-month = { $month }
events-list-range = С { $from } по { $until }
events-earlier = раньше
events-later = позже
events-count = { $count ->
    [0] Мероприятий нет
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}
events-none = В этот период подходящих мероприятий нет. Попробуйте другой период или меньше фильтров.
events-today = сегодня
events-filter-language = Язык
events-filter-only = Только мероприятия, которые …
events-filter-free = бесплатны
events-filter-childcare = предлагают присмотр за детьми
events-filter-evening = начинаются после 17:00
events-filter-weekend = проходят в выходные
events-filter-apply = Показать
events-cancelled = Отменено
events-cancelled-because = Отменено: { $reason }
events-registration-needed = Нужна регистрация
events-registration = Регистрация
events-no-registration = Регистрация не нужна – просто приходите.
events-next-dates = Ближайшие даты
events-no-next = Сейчас других дат не запланировано.
events-add-to-calendar = Добавить в мой календарь
events-part-of = Относится к предложению
events-every-week = Еженедельно: { $days }, в { $time }
events-every-n-weeks = Раз в { $n } нед.: { $days }, в { $time }
events-every-month = Ежемесячно: { $weekday ->
        [wednesday] { $position -> 
            [first] первая
            [second] вторая
            [third] третья
            [fourth] четвёртая
           *[other] последняя
        }
        [friday] { $position -> 
            [first] первая
            [second] вторая
            [third] третья
            [fourth] четвёртая
           *[other] последняя
        }
        [saturday] { $position -> 
            [first] первая
            [second] вторая
            [third] третья
            [fourth] четвёртая
           *[other] последняя
        }
        [sunday] { $position -> 
            [first] первое
            [second] второе
            [third] третье
            [fourth] четвёртое
           *[other] последнее
        }
       *[other] { $nth }
    } { $day } месяца, в { $time }
events-nth-1 = первый
events-nth-2 = второй
events-nth-3 = третий
events-nth-4 = четвёртый
events-nth--1 = последний
events-subscribe-heading = Мероприятия в вашем календаре
events-subscribe-text = Подпишитесь на эти мероприятия (с вашими фильтрами) в календаре телефона. Изменения и отмены появятся там сами.
events-subscribe = Подписаться на календарь
events-subscribe-copy = Или добавьте этот адрес в приложение календаря:
events-feed-name = Wegweiser Lichtenberg – мероприятия
events-error-view = «{ $value }» – не вид отображения. Возможны неделя, месяц и список.
events-error-date = «{ $value }» – недопустимая дата в календаре (формат 2026-12-01).
events-about = О мероприятии
register-heading = Записаться
register-no-dates = Сейчас нет дат, на которые можно записаться.
register-day = Дата
register-name = Ваше имя
register-email = Ваш адрес электронной почты (для подтверждения и отмены)
register-submit = Забронировать место
register-privacy = Для этой записи мы храним только имя и адрес электронной почты и удаляем их через 30 дней после мероприятия. Кроме организатора, их никто не видит.
register-free = { $count ->
    [one] свободно ещё { $count } место
    [few] свободно ещё { $count } места
    [many] свободно ещё { $count } мест
   *[other] свободно ещё { $count } места
}
register-error-throttled = С этого адреса только что пришло много записей. Пожалуйста, попробуйте позже.
register-error-waiting-full = На эту дату и лист ожидания заполнен. Пожалуйста, выберите другую дату.
register-full = { $count ->
    [0] мест нет – лист ожидания
    [one] мест нет – ждёт { $count } человек
    [few] мест нет – ждут { $count } человека
    [many] мест нет – ждут { $count } человек
   *[other] мест нет – ждут { $count } человека
}
register-error-name = Пожалуйста, укажите имя (не более 80 знаков).
register-error-email = Пожалуйста, укажите действительный адрес электронной почты, например name@beispiel.de.
register-error-day = Пожалуйста, выберите одну из предложенных дат.
register-error-twice = С этим адресом вы уже записаны на эту дату. Ссылку на вашу запись вы найдёте в письме.
register-title = Ваша запись
register-confirmed = { $name }, у вас есть место.
register-waiting = { $name }, мест нет: вы в листе ожидания. Если место освободится, вы автоматически его получите и вам придёт письмо.
register-waiting-position = { $count ->
    [one] Вы следующая или следующий в очереди.
    [few] Вы на { $count }-м месте в листе ожидания.
    [many] Вы на { $count }-м месте в листе ожидания.
   *[other] Вы на { $count }-м месте в листе ожидания.
}
register-cancelled = Эта запись отменена.
register-link-hint = По этой личной ссылке вы видите свою запись и можете её отменить. Мы также отправили её вам по электронной почте.
register-cancel = Отменить запись
mail-register-confirmed-subject = Ваше место: { $event }
mail-register-confirmed-body = Здравствуйте!

    У вас есть место на «{ $event }» { $date }.

    { $place }

    Если вы не сможете прийти, пожалуйста, отмените запись здесь – тогда место получит кто-то из листа ожидания:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Лист ожидания: { $event }
mail-register-waiting-body = Здравствуйте!

    На «{ $event }» { $date } мест нет. Вы в листе ожидания; если место освободится, вы автоматически его получите и вам придёт письмо.

    { $place }

    Посмотреть или отменить запись:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = Освободилось место: { $event }
mail-register-promoted-body = Здравствуйте!

    На «{ $event }» { $date } освободилось место – теперь оно ваше.

    { $place }

    Отменить запись можно по ссылке из первого письма. К мероприятию:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Мероприятия
event-reviews-title = Проверить мероприятия
event-reviews-waiting = { $count ->
    [one] { $count } изменение мероприятия ждёт проверки.
    [few] { $count } изменения мероприятий ждут проверки.
    [many] { $count } изменений мероприятий ждут проверки.
   *[other] { $count } изменения мероприятий ждут проверки.
}
error-unknown-ortsteil-plain = Такого района в Лихтенберге нет. Пожалуйста, используйте краткое название, например fennpfuhl.
poster-scan-event = Отсканируйте код: все даты, место и запись – и одним касанием в ваш календарь.
events-exception = отменяется
events-atom-link = Лента для программ чтения лент (Atom)
events-error-date-range = Календарь показывает мероприятия с { $from } по { $to }; «{ $value }» вне этого периода.
mail-register-where = Где: { $place }
    Организатор: { $organiser }
events-employers = Участвуют эти работодатели
