## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = безкоштовно
cost-reduced = зі знижкою або залежно від доходу
cost-paid = платно
access-appointment = лише за записом
access-walk-in = без запису
access-both = за записом або без нього
holiday-new-year = Новий рік
holiday-womens-day = Міжнародний жіночий день
holiday-good-friday = Страсна п'ятниця
holiday-easter-monday = Великодній понеділок
holiday-labour-day = День праці
holiday-liberation-day = День визволення (8 травня)
holiday-uprising-day = Річниця народного повстання 17 червня 1953 року
holiday-ascension = Вознесіння Господнє
holiday-whit-monday = Трійця (понеділок)
holiday-unity-day = День німецької єдності
holiday-christmas-1 = Перший день Різдва
holiday-christmas-2 = Другий день Різдва
spoken-de = німецька
spoken-en = англійська
spoken-tr = турецька
spoken-ar = арабська
spoken-ru = російська
spoken-uk = українська
spoken-vi = в'єтнамська
spoken-pl = польська
spoken-fa = перська
spoken-ku = курдська
spoken-ro = румунська
spoken-bg = болгарська
spoken-fr = французька
spoken-es = іспанська
spoken-sq = албанська
spoken-sr = сербська
spoken-dgs = німецька жестова мова
group-single-parents = Батьки-одинаки
group-pregnant = Вагітні
group-fathers = Батьки (тата)
group-families = Родини
group-children = Діти
group-youth = Підлітки та молодь
group-migrants = Родини мігрантів
group-women = Жінки
group-unemployed = Ті, хто шукає роботу
events-title = Заходи та зустрічі
events-intro = Зустрічі, консультації, курси та інформаційні вечори в Ліхтенберзі, багато безкоштовних.
events-views-label = Вигляд
events-view-week = Цей тиждень
events-view-month = Місяць
events-view-list = Список
events-week = Тиждень з { $from } по { $until }
events-month = { $month }
events-list-range = З { $from } по { $until }
events-earlier = раніше
events-later = пізніше
events-count = { $count ->
    [0] Заходів немає
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}
events-none = У цей період немає відповідних заходів. Спробуйте інший період або менше фільтрів.
events-today = сьогодні
events-filter-language = Мова
events-filter-only = Лише заходи, які …
events-filter-free = безкоштовні
events-filter-childcare = пропонують догляд за дітьми
events-filter-evening = починаються після 17:00
events-filter-weekend = відбуваються у вихідні
events-filter-apply = Показати
events-cancelled = Скасовано
events-cancelled-because = Скасовано: { $reason }
events-registration-needed = Потрібна реєстрація
events-registration = Реєстрація
events-no-registration = Реєстрація не потрібна – просто приходьте.
events-next-dates = Найближчі дати
events-no-next = Наразі інших дат не заплановано.
events-add-to-calendar = Додати до мого календаря
events-part-of = Належить до пропозиції
events-every-week = Щотижня: { $days }, о { $time }
events-every-n-weeks = Раз на { $n } тиж.: { $days }, о { $time }
events-every-month = Щомісяця: { $weekday ->
        [wednesday] { $position -> 
            [first] перша
            [second] друга
            [third] третя
            [fourth] четверта
           *[other] остання
        }
        [friday] { $position -> 
            [first] перша
            [second] друга
            [third] третя
            [fourth] четверта
           *[other] остання
        }
        [saturday] { $position -> 
            [first] перша
            [second] друга
            [third] третя
            [fourth] четверта
           *[other] остання
        }
        [sunday] { $position -> 
            [first] перша
            [second] друга
            [third] третя
            [fourth] четверта
           *[other] остання
        }
       *[other] { $nth }
    } { $day } місяця, о { $time }
events-nth-1 = перший
events-nth-2 = другий
events-nth-3 = третій
events-nth-4 = четвертий
events-nth--1 = останній
events-subscribe-heading = Заходи у вашому календарі
events-subscribe-text = Підпишіться на ці заходи (з вашими фільтрами) у календарі телефона. Зміни та скасування з'являтимуться там самі.
events-subscribe = Підписатися на календар
events-subscribe-copy = Або додайте цю адресу до застосунку календаря:
events-feed-name = Wegweiser Lichtenberg – заходи
events-error-view = «{ $value }» – не вигляд. Можливі тиждень, місяць і список.
events-error-date = «{ $value }» – недійсна дата в календарі (формат 2026-12-01).
events-about = Про захід
register-heading = Зареєструватися
register-no-dates = Зараз немає дат, на які можна зареєструватися.
register-day = Дата
register-name = Ваше ім'я
register-email = Ваша електронна адреса (для підтвердження та скасування)
register-submit = Забронювати місце
register-privacy = Для цієї реєстрації ми зберігаємо лише ім'я та електронну адресу й видаляємо їх через 30 днів після заходу. Крім організатора, їх ніхто не бачить.
register-free = { $count ->
    [one] вільне ще { $count } місце
    [few] вільні ще { $count } місця
    [many] вільних ще { $count } місць
   *[other] вільних ще { $count } місця
}
register-error-throttled = З цієї адреси щойно надійшло багато реєстрацій. Будь ласка, спробуйте пізніше.
register-error-waiting-full = На цю дату й список очікування заповнений. Будь ласка, оберіть іншу дату.
register-full = { $count ->
    [0] місць немає – список очікування
    [one] місць немає – чекає { $count } особа
    [few] місць немає – чекають { $count } особи
    [many] місць немає – чекають { $count } осіб
   *[other] місць немає – чекають { $count } особи
}
register-error-name = Будь ласка, вкажіть ім'я (не більше 80 символів).
register-error-email = Будь ласка, вкажіть дійсну електронну адресу, наприклад name@beispiel.de.
register-error-day = Будь ласка, оберіть одну із запропонованих дат.
register-error-twice = З цією адресою ви вже зареєстровані на цю дату. Посилання на вашу реєстрацію є в листі.
register-title = Ваша реєстрація
register-confirmed = { $name }, у вас є місце.
register-waiting = { $name }, місць немає: ви в списку очікування. Якщо місце звільниться, ви автоматично його отримаєте й вам надійде лист.
register-waiting-position = { $count ->
    [one] Ви наступна або наступний у черзі.
    [few] Ви на { $count }-му місці в списку очікування.
    [many] Ви на { $count }-му місці в списку очікування.
   *[other] Ви на { $count }-му місці в списку очікування.
}
register-cancelled = Цю реєстрацію скасовано.
register-link-hint = За цим особистим посиланням ви бачите свою реєстрацію й можете її скасувати. Ми також надіслали його вам електронною поштою.
register-cancel = Скасувати реєстрацію
mail-register-confirmed-subject = Ваше місце: { $event }
mail-register-confirmed-body = Добрий день!

    У вас є місце на «{ $event }» { $date }.

    { $place }

    Якщо не зможете прийти, будь ласка, скасуйте реєстрацію тут – тоді місце отримає хтось зі списку очікування:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Список очікування: { $event }
mail-register-waiting-body = Добрий день!

    На «{ $event }» { $date } місць немає. Ви в списку очікування; якщо місце звільниться, ви автоматично його отримаєте й вам надійде лист.

    { $place }

    Переглянути або скасувати реєстрацію:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = Звільнилося місце: { $event }
mail-register-promoted-body = Добрий день!

    На «{ $event }» { $date } звільнилося місце – тепер воно ваше.

    { $place }

    Скасувати можна за посиланням із першого листа. До заходу:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Заходи
event-reviews-title = Перевірити заходи
event-reviews-waiting = { $count ->
    [one] { $count } зміна заходу чекає на перевірку.
    [few] { $count } зміни заходів чекають на перевірку.
    [many] { $count } змін заходів чекають на перевірку.
   *[other] { $count } зміни заходів чекають на перевірку.
}
error-unknown-ortsteil-plain = Такого району в Ліхтенберзі немає. Будь ласка, використовуйте коротку назву, наприклад fennpfuhl.
poster-scan-event = Скануйте код: усі дати, місце й реєстрація – і одним дотиком у ваш календар.
events-exception = скасовується
events-atom-link = Стрічка для програм читання (Atom)
events-error-date-range = Календар показує заходи з { $from } по { $to }; «{ $value }» поза цим періодом.
mail-register-where = Де: { $place }
    Організатор: { $organiser }
events-employers = Беруть участь ці роботодавці
