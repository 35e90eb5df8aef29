## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = Тандем: познайомитися з іншими батьками-одинаками
tandem-lead = Знайдіть іншу маму чи тата поблизу з дітьми того ж віку – щоб поговорити, доглядати за дітьми одне в одного або разом вибиратися на прогулянки.
tandem-how-title = Як це працює
tandem-how-1 = Ви створюєте закритий профіль: район, вік дітей, мови, що ви шукаєте і коли маєте час.
tandem-how-2 = Wegweiser пропонує вам батьків, з якими у вас найбільше спільного, і каже, що саме.
tandem-how-3 = Писати одне одному можна лише після того, як погодяться обоє.
tandem-safe-title = Ваша безпека понад усе
tandem-safe-1 = Публічного списку немає: ваш профіль бачать лише батьки, яким його запропоновано.
tandem-safe-2 = Інші бачать лише ваше ім'я або псевдонім, ваш район і вікові групи ваших дітей – ніколи адресу, ніколи імена чи дні народження дітей.
tandem-safe-3 = Ви можете відкликати згоду будь-коли; тоді ваш профіль одразу стає невидимим для всіх.
tandem-sign-in = Увійти з обліковим записом для батьків
tandem-sign-up = Створити обліковий запис для батьків (досить електронної адреси й пароля)
tandem-parents-only = «Тандем» – для облікових записів батьків. З цим обліковим записом не можна створити профіль у «Тандемі».
tandem-create = Створити профіль у «Тандемі»
tandem-edit = Редагувати профіль
tandem-withdrawn = Ви відкликали згоду. Ваш профіль нікому не пропонується, і ви не бачите пропозицій.
tandem-consent-again = Дати згоду знову
tandem-suggestions-lead = У цих батьків найбільше спільного з вами. Ви бачите лише те, що й самі показуєте про себе.
tandem-suggestions-title = Пропозиції для вас
tandem-suggestions-none = Зараз вашому профілю ніхто не підходить. Загляньте пізніше або розширте, що ви шукаєте і з ким хочете познайомитися.
tandem-card-facts = { $ortsteil } · Діти: { $ages }
tandem-block = Заблокувати: { $name }
tandem-block-note = Заблокована людина більше вас не бачить і вам більше не пропонується. Вона про це не дізнається.
tandem-notice-gesperrt = Заблоковано. Ви більше не бачите одне одного.
tandem-notice-geloescht = Ваш профіль у «Тандемі» видалено.
tandem-notice-widerrufen = Вашу згоду відкликано. Ваш профіль відтепер невидимий для всіх.
tandem-notice-gespeichert = Ваш профіль збережено.
tandem-tile-few = Тандем: беруть участь менше 5 батьків.
tandem-tile-count = { $count ->
    [one] Тандем: бере участь { $count } з батьків.
    [few] Тандем: беруть участь { $count } з батьків.
    [many] Тандем: беруть участь { $count } з батьків.
   *[other] Тандем: беруть участь { $count } з батьків.
}
## The sentence that says what two parents share
tandem-why = Спільне у вас: { $clauses }.
tandem-why-expecting = ви обоє чекаєте на дитину
tandem-why-children = в обох діти { $ages }
tandem-why-ortsteil = ви обоє живете в районі { $ortsteil }
tandem-why-near = ви живете недалеко одне від одного
tandem-why-languages = спільна мова: { $languages }
tandem-why-looking = ви обоє шукаєте: { $what }
tandem-why-times = в обох є час: { $when }
tandem-why-interests = ви обоє любите: { $what }
## The profile form
tandem-profile-title = Ваш профіль у «Тандемі»
tandem-profile-lead = Вказуйте лише те, що можуть бачити інші батьки. Жодної адреси, номера телефону чи імен дітей.
tandem-choose = Будь ласка, оберіть
tandem-field-display-name = Ім'я або псевдонім
tandem-field-display-name-hint = Це бачать інші батьки. Псевдонім теж підійде.
tandem-field-ortsteil = Район
tandem-field-ortsteil-hint = Лише район, ніколи не вулиця.
tandem-field-child-ages = Вік ваших дітей
tandem-field-child-ages-hint = Вікові групи, не дні народження.
tandem-field-languages = Мови, якими ви розмовляєте
tandem-field-looking-for = Що ви шукаєте?
tandem-field-free-times = Коли у вас зазвичай є час?
tandem-field-interests = Що ви любите робити? (за бажанням)
tandem-field-identity = Ви
tandem-field-identity-hint = Лише для того, кому вас пропонувати; інші цього не бачать.
tandem-field-wants = З ким ви хочете познайомитися?
tandem-consent = Я погоджуюся, щоб мій профіль пропонувався іншим батькам у «Тандемі». Я можу відкликати згоду будь-коли.
tandem-save = Зберегти
tandem-consent-title = Згода
tandem-consent-given = Ваш профіль пропонується відповідним батькам. Якщо ви відкличете згоду, він одразу стане невидимим для всіх.
tandem-consent-withdraw = Відкликати згоду
tandem-delete-title = Видалити профіль
tandem-delete-intro = Ваш профіль у «Тандемі» та ваші блокування буде видалено. Обліковий запис залишиться.
tandem-delete = Видалити профіль у «Тандемі»
tandem-error-name-missing = Будь ласка, вкажіть ім'я або псевдонім.
tandem-error-name-too-long = Будь ласка, не більше 30 символів.
tandem-error-name-contact = Будь ласка, без цифр, електронних адрес і посилань: контактним даним не місце в профілі.
tandem-error-ortsteil = Будь ласка, оберіть свій район.
tandem-error-child-ages = Будь ласка, оберіть принаймні одну вікову групу.
tandem-error-languages = Будь ласка, оберіть принаймні одну мову.
tandem-error-looking-for = Будь ласка, оберіть принаймні один варіант.
tandem-error-unknown = Такого варіанта немає. Будь ласка, оберіть зі списку.
tandem-error-consent = Без вашої згоди ми не можемо нікому запропонувати ваш профіль.
tandem-age-expecting = дитина в дорозі
tandem-age-under3 = до 3 років
tandem-age-3to5 = від 3 до 5 років
tandem-age-6to9 = від 6 до 9 років
tandem-age-10to13 = від 10 до 13 років
tandem-age-14plus = від 14 років
tandem-looking-talk = Спілкування й розмови
tandem-looking-talk-short = спілкування
tandem-looking-childcare = догляд за дітьми одне в одного
tandem-looking-childcare-short = догляд за дітьми одне в одного
tandem-looking-leisure = Дозвілля з дітьми
tandem-looking-leisure-short = дозвілля з дітьми
tandem-looking-work = Обмін досвідом про роботу й навчання
tandem-looking-work-short = обмін досвідом про роботу й навчання
tandem-time-mornings = до обіду
tandem-time-mornings-short = до обіду
tandem-time-afternoons = після обіду
tandem-time-afternoons-short = після обіду
tandem-time-evenings = увечері
tandem-time-evenings-short = увечері
tandem-time-weekends = у вихідні
tandem-time-weekends-short = у вихідні
tandem-interest-outdoors = Прогулянки на природі
tandem-interest-playgrounds = Дитячі майданчики
tandem-interest-sport = Спорт
tandem-interest-crafts = Творчість і рукоділля
tandem-interest-cooking = Куховарити
tandem-interest-music = Музика
tandem-interest-reading = Читання
tandem-interest-games = Ігри
tandem-identity-mother = Мама
tandem-identity-father = Тато
tandem-identity-other = інше / не хочу казати
tandem-wants-anyone = усіх батьків
tandem-wants-mothers = лише мам
tandem-wants-fathers = лише тат
## Contacts, conversations, reports
tandem-request = Познайомитися: { $name }
tandem-requested = Запит надіслано
tandem-to-conversation = До повідомлень
tandem-notice-angefragt = Ваш запит надіслано. Інша людина бачить лише ваше ім'я, район і вікові групи ваших дітей – писати одне одному можна, якщо вона погодиться.
tandem-notice-gemeldet = Дякуємо. Координаційне бюро розгляне ваше повідомлення.
tandem-too-many-requests = Сьогодні ви вже надіслали багато запитів. Будь ласка, зачекайте до завтра.
tandem-too-many-messages = Сьогодні ви вже написали дуже багато повідомлень. Будь ласка, спробуйте завтра.
tandem-too-many-reports = Сьогодні ви вже надіслали багато скарг. Якщо ви в небезпеці, телефонуйте 110.
tandem-contacts-title = Ваші контакти
tandem-incoming-title = Запити до вас
tandem-incoming-none = Зараз до вас ніхто не звертався.
tandem-incoming-intro = Якщо ви приймете запит, ви зможете писати одне одному. Якщо відхилите, людина про це не дізнається.
tandem-accept = Листуватися з { $name }
tandem-decline = Відхилити
tandem-matched-title = Ваші розмови
tandem-matched-none = Поки немає. Щойно хтось прийме ваш запит або ви приймете чийсь, розмова з'явиться тут.
tandem-outgoing-title = Ваші запити, що ще чекають
tandem-conversation-title = Повідомлення: { $name }
tandem-conversation-safety = Повідомляйте свою адресу лише тоді, коли ви впевнені. Уперше зустрічайтеся в публічному місці, наприклад у сімейному центрі.
tandem-conversation-empty = Повідомлень поки немає. Для початку напишіть, коли у вас є час.
tandem-messages = Повідомлення
tandem-you = Ви
tandem-write = Ваше повідомлення
tandem-send = Надіслати
tandem-safety-title = Якщо щось не так
tandem-report-message = Поскаржитися на це повідомлення
tandem-report-profile = Поскаржитися: { $name }
tandem-report-reason = Що сталося? (за бажанням)
tandem-report-send = Надіслати скаргу
tandem-error-message-empty = Будь ласка, напишіть повідомлення.
tandem-error-message-too-long = Будь ласка, не більше 2.000 символів.
tandem-error-message-control = Повідомлення містить керівні символи. Будь ласка, напишіть його наново.
tandem-mail-request-subject = Хтось хоче познайомитися з вами в «Тандемі»
tandem-mail-request-body = Добрий день!

    Інша мама чи тато хоче познайомитися з вами в «Тандемі» Wegweiser Lichtenberg. Хто це і що у вас спільного, ви побачите після входу тут:

    { $link }

    Ви вирішуєте, чи хочете листуватися. Якщо ви відмовите, людина про це не дізнається.

    Ваш Wegweiser Lichtenberg
tandem-mail-accepted-subject = Ваш запит у «Тандемі» прийнято
tandem-mail-accepted-body = Добрий день!

    Ваш запит у «Тандемі» Wegweiser Lichtenberg прийнято. Тепер ви можете писати одне одному:

    { $link }

    Ваш Wegweiser Lichtenberg
tandem-mail-message-subject = Нове повідомлення в «Тандемі»
tandem-mail-message-body = Добрий день!

    У вас нове повідомлення в «Тандемі» Wegweiser Lichtenberg. Прочитати його можна після входу:

    { $link }

    Ваш Wegweiser Lichtenberg
tandem-mail-warning-subject = Повідомлення координаційного бюро щодо «Тандему»
tandem-mail-warning-body = Добрий день!

    Інша мама чи тато поскаржилися на те, що ви написали в «Тандемі» Wegweiser Lichtenberg. Будь ласка, пишіть шанобливо й не надсилайте того, чого інші не хочуть. Якщо це повториться, ми заблокуємо ваш обліковий запис.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] Тандем: відкритих скарг немає
    [one] Тандем: { $count } відкрита скарга
    [few] Тандем: { $count } відкриті скарги
    [many] Тандем: { $count } відкритих скарг
   *[other] Тандем: { $count } відкритої скарги
}
## Groups and Treffs
groups-title = Групи та зустрічі
groups-lead = Групи самодопомоги, батьківські кафе, прогулянки, онлайн-групи та зустрічі татів у Ліхтенберзі – можна просто прийти або надіслати запит.
groups-all-ortsteile = Усі райони
groups-show = Показати
groups-none = Тут поки немає груп. Може, ви хочете заснувати свою?
groups-online = онлайн
groups-online-or-choose = Онлайн (без району)
groups-fact-ages = Діти { $ages }
groups-fact-languages = мова: { $languages }
groups-fact-children = Можна з дітьми
groups-fact-wheelchair = доступно для візків
groups-join-open = Просто приходьте
groups-join-request = За запитом – група вас приймає
groups-run-by = Організатор: { $name }
groups-run-by-parent = Організовано батьками
groups-kind-self-help = Група самодопомоги
groups-kind-cafe = Батьківське кафе й зустріч
groups-kind-walking = Прогулянки й рух
groups-kind-online = Онлайн-група
groups-kind-fathers = Для татів
groups-kind-other = Інша група
groups-where = Де
groups-who = Для кого
groups-organiser = Організовує
groups-in-calendar = Дати в календарі
groups-proposed = Цю пропозицію ще не опубліковано: координаційне бюро її розглядає.
groups-ask = Попроситися до групи
groups-ask-note = Група бачить лише ім'я, яке ви тут вкажете, і приймає вас. Після цього ви читаєте й пишете її повідомлення.
groups-sign-in-note = Щоб вступити до групи й писати в ній, потрібен обліковий запис для батьків.
groups-membership-requested = Ваш запит надіслано.
groups-members-title = Запити й учасники
groups-members-none = Поки ніхто не звертався.
groups-member-unnamed = Мама чи тато
groups-accept = Прийняти: { $name }
groups-propose-title = Запропонувати групу
groups-propose-intro = Хочете організувати зустріч? Опишіть її; координаційне бюро опублікує її після перегляду. Вашого імені там не буде.
groups-propose-link = Запропонувати групу (обліковий запис для батьків)
groups-propose-submit = Надіслати пропозицію
groups-field-name = Назва групи
groups-field-kind = Вид
groups-field-description = Опис
groups-field-ortsteil = Район
groups-field-rhythm = Коли
groups-field-rhythm-hint = Наприклад: кожен другий вівторок, з 16 до 18
groups-field-child-ages = Вік дітей
groups-field-languages = Мови
groups-field-join-mode = Участь
groups-error-empty = Будь ласка, заповніть.
groups-error-too-long = Цей текст задовгий.
groups-error-invalid = Будь ласка, оберіть зі списку або напишіть в один рядок.
groups-too-many = Сьогодні ви вже запропонували кілька груп. Будь ласка, зачекайте до завтра.
groups-admin-title = Групи: пропозиції
groups-admin-link = { $count ->
    [0] Групи: відкритих пропозицій немає
    [one] Групи: { $count } відкрита пропозиція
    [few] Групи: { $count } відкриті пропозиції
    [many] Групи: { $count } відкритих пропозицій
   *[other] Групи: { $count } відкритої пропозиції
}
groups-in-search = Відповідні групи й зустрічі
groups-count = { $count ->
    [0] Груп немає
    [one] { $count } група
    [few] { $count } групи
    [many] { $count } груп
   *[other] { $count } групи
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = Писати в групі
groups-join-note = На зустріч можна просто прийти. Якщо ви вступите, ви читатимете й писатимете повідомлення групи.
groups-join-submit = Вступити
groups-field-member-name = Ваше ім'я в групі
groups-field-member-name-hint = Ім'я або псевдонім. Група бачить лише це ім'я, ніколи вашу електронну адресу.
groups-withdraw = Відкликати запит
groups-leave = Вийти з групи
groups-notice-beigetreten = Ви в групі. Нижче – повідомлення групи.
groups-notice-angefragt = Ваш запит надіслано. Ви отримаєте доступ, щойно група вас прийме.
groups-notice-verlassen = Ви більше не в групі.
groups-notice-gemeldet = Дякуємо. Координаційне бюро розгляне ваше повідомлення.
groups-notice-gesperrt = Заблоковано. Ви більше не бачите повідомлень одне одного; людина про це не дізнається.
groups-messages-title = Повідомлення групи
groups-messages-safety = Ці повідомлення читають лише учасники. Не пишіть адрес і номерів телефонів; посилання не будуть клікабельними.
groups-messages-none = Повідомлень поки немає. Напишете перше?
groups-message-actions = Поскаржитися або заблокувати
groups-write = Повідомлення групі
groups-author-staff = { $name } (команда)
groups-membership-member-other = бере участь
groups-membership-asked = надіслав(-ла) запит
groups-remove = Видалити: { $name }
groups-report-group = Поскаржитися на цю групу
groups-too-many-messages = Сьогодні ви вже написали багато повідомлень у групах. Будь ласка, зачекайте до завтра.
groups-mail-request-subject = Новий запит до вашої групи
groups-mail-request-body = Добрий день!

    Хтось хоче долучитися до вашої групи у Wegweiser Lichtenberg. Після входу ви можете прийняти запит:

    { $link }

    Ваш Wegweiser Lichtenberg
groups-mail-message-subject = Нові повідомлення у вашій групі
groups-mail-message-body = Добрий день!

    В одній із ваших груп у Wegweiser Lichtenberg є нові повідомлення. Прочитати їх можна після входу:

    { $link }

    Поки ви їх не прочитаєте, ми не надсилатимемо інших листів щодо цієї групи.

    Ваш Wegweiser Lichtenberg
groups-only-german = Цю групу описано лише німецькою мовою.
groups-edit-link = Змінити й перекласти опис групи
groups-edit-title = Змінити групу
groups-edit-intro = Те, що ви тут напишете, усі побачать на сторінці групи. Переклади необов'язкові: де перекладу немає, сторінка показує німецький текст із приміткою.
groups-edit-submit = Зберегти зміни
groups-edit-back = Назад до групи
groups-notice-gespeichert = Зміни збережено.
