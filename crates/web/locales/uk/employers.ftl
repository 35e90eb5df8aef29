## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Роботодавці, дружні до родин
employers-lead = Компанії Ліхтенберга показують, що вони роблять для батьків: гнучкий графік, неповний день, професійне навчання з неповною зайнятістю, розуміння, коли дитина хворіє. Порівняйте до трьох поруч.
employers-all-sectors = Усі галузі
employers-all-ortsteile = Усі райони
employers-choose = Будь ласка, оберіть
employers-pledge-only = Лише з добровільним зобов'язанням
employers-pledge-badge = Добровільне зобов'язання: дружні до родин
employers-count = { $count ->
    [0] Немає роботодавців
    [one] { $count } роботодавець
    [few] { $count } роботодавці
    [many] { $count } роботодавців
   *[other] { $count } роботодавця
}
employers-none = Тут поки немає роботодавців. Спробуйте інший вибір.
employers-yes-count = { $count ->
    [0] Поки на жодне запитання не відповіли «так»
    [one] «Так» на { $count } з 9 запитань
    [few] «Так» на { $count } з 9 запитань
    [many] «Так» на { $count } з 9 запитань
   *[other] «Так» на { $count } з 9 запитань
}
employers-compare-pick = Порівняти: { $name }
employers-compare-hint = Оберіть до трьох роботодавців.
employers-compare-submit = Порівняти обраних
employers-compare-title = Порівняння роботодавців
employers-compare-caption = Що роботодавці роблять для батьків, запитання за запитанням
employers-compare-question = Запитання
employers-compare-too-many = Поруч уміщаються не більше трьох роботодавців; ось перші три.
employers-compare-none = Будь ласка, оберіть у списку роботодавців, кого хочете порівняти.
employers-compare-from-here = Порівняти з іншими
employers-to-jobs = Шукати вакансії та місця навчання з відповідним часом роботи
employers-proposed = Цю компанію ще не опубліковано: координаційне бюро розглядає реєстрацію.
employers-where = Де
employers-answers-title = Що компанія робить для батьків
employers-jobs-title = Відкриті вакансії та місця навчання
employers-jobs-none = Зараз відкритих вакансій немає.
employers-field-sector = Галузь
employers-field-size = Розмір
employers-field-ortsteil = Район
employers-field-website = Сайт (за бажанням)
employers-field-answer = Відповідь
employers-field-note = Пояснення до «{ $criterion }» (за бажанням)
employers-size-micro = від 1 до 9 працівників
employers-size-small = від 10 до 49 працівників
employers-size-medium = від 50 до 249 працівників
employers-size-large = 250 працівників і більше
employers-sector-care = Догляд
employers-sector-health = Охорона здоров'я
employers-sector-retail = Торгівля
employers-sector-hospitality = Громадське харчування й готелі
employers-sector-office = Офіс і адміністрація
employers-sector-crafts = Ремесло
employers-sector-logistics = Логістика й транспорт
employers-sector-education = Освіта й виховання
employers-sector-social = Соціальна сфера
employers-sector-it = ІТ і медіа
employers-sector-public-service = Державна служба
employers-sector-industry = Промисловість і виробництво
employers-sector-other = Інша галузь
employers-answer-none = Не вказано
employers-criterion-flexible-hours = Гнучкий початок і кінець роботи
employers-criterion-flexible-hours-hint = Чи можуть працівники, наприклад, починати після того, як відвели дитину в садочок?
employers-criterion-core-hours = Основний час, сумісний із садочком і школою
employers-criterion-core-hours-hint = Чи припадають обов'язкові зустрічі й наради на час, коли за дітьми доглядають?
employers-criterion-part-time-models = Моделі неповної зайнятості
employers-criterion-part-time-models-hint = Наприклад, майже повний день, лише ранок, чотири дні.
employers-criterion-part-time-training = Професійне навчання з неповною зайнятістю (§ 7a BBiG)
employers-criterion-part-time-training-hint = Чи навчаєте ви з неповною зайнятістю або готові до цього?
employers-criterion-home-office = Робота з дому
employers-criterion-home-office-hint = Повністю, деякими днями або коли дитина хворіє.
employers-criterion-sick-child-leave = Звільнення від роботи при хворобі дитини понад закон
employers-criterion-sick-child-leave-hint = Більше днів, ніж передбачено законом, або без втрати заробітку.
employers-criterion-childcare-support = Підтримка в догляді за дітьми
employers-criterion-childcare-support-hint = Доплата, місця в садочку, догляд під час канікул, екстрений догляд.
employers-criterion-parent-contact = Контактна особа для батьків
employers-criterion-parent-contact-hint = Людина, яка допомагає батькам із питаннями поєднання роботи й родини.
employers-criterion-plannable-shifts = Передбачувані зміни
employers-criterion-plannable-shifts-hint = Графіки відомі заздалегідь, жодних нічних змін для батьків, які їх не хочуть.
employers-error-empty = Будь ласка, заповніть.
employers-error-too-long = Цей текст задовгий.
employers-error-invalid = Будь ласка, оберіть зі списку або напишіть в один рядок.
employers-error-website = Будь ласка, повну адресу, що починається з https://.
employers-error-time = Будь ласка, вкажіть час, наприклад 08:30.
employers-error-window-order = Кінець раніше за початок. Будь ласка, перевірте час.
employers-error-window-half = Будь ласка, вкажіть початок і кінець або залиште обидва поля порожніми.
employers-error-no-day = Будь ласка, вкажіть принаймні один робочий день із часом.
employers-error-hours = Будь ласка, число від 1 до 48.
employers-error-hours-above = Годин на тиждень більше, ніж уміщує вказаний час роботи. Будь ласка, перевірте години й час.
employers-error-date = Будь ласка, вкажіть дату, наприклад 31.03.2027.
employers-error-expiry-past = Ця дата вже минула. Будь ласка, дату починаючи з сьогоднішньої.
employers-error-expiry-far = Будь ласка, не більше ніж на рік уперед; потім оголошення можна продовжити.
employers-error-count = { $count ->
    [one] Будь ласка, перевірте { $count } поле; підказка стоїть біля нього.
    [few] Будь ласка, перевірте { $count } поля; підказки стоять біля полів.
    [many] Будь ласка, перевірте { $count } полів; підказки стоять біля полів.
   *[other] Будь ласка, перевірте { $count } поля; підказки стоять біля полів.
}
employers-register-title = Долучитися як роботодавець
employers-register-lead = Покажіть батькам, що ваша компанія робить для них, і публікуйте вакансії з часом роботи, сумісним із садочком і школою. Координаційне бюро опублікує ваш профіль після перегляду.
employers-register-link = Зареєструвати компанію
employers-admin-link = { $count ->
    [0] Роботодавці: відкритих реєстрацій немає
    [one] Роботодавці: { $count } відкрита реєстрація
    [few] Роботодавці: { $count } відкриті реєстрації
    [many] Роботодавці: { $count } відкритих реєстрацій
   *[other] Роботодавці: { $count } відкритої реєстрації
}
## Jobs
jobs-title = Вакансії та місця навчання
jobs-lead = Скажіть, коли ви можете працювати. Ви побачите лише вакансії, час роботи яких щодня вкладається у ваш проміжок.
jobs-field-q = Пошукове слово
jobs-field-days = У ці дні я можу працювати
jobs-field-days-hint = Із часом від і до: наприклад, з понеділка по п'ятницю з 08:30 до 14:30.
jobs-field-from = Від
jobs-field-to = До
jobs-field-near = Поруч із (поштовий індекс або район)
jobs-field-near-hint = Відстань вимірюється між центрами районів.
jobs-field-km = Відстань
jobs-distance-any = Будь-яка
jobs-distance-within = до { $km } км
jobs-distance-same = у тому ж районі
jobs-distance-about = приблизно { $distance }
jobs-all-kinds = Усі види
jobs-search = Шукати вакансії
jobs-count = { $count ->
    [0] Немає вакансій
    [one] { $count } вакансія
    [few] { $count } вакансії
    [many] { $count } вакансій
   *[other] { $count } вакансії
}
jobs-none = Зараз відкритих вакансій немає.
jobs-none-filtered = Жодна вакансія не підходить до цього вибору. Спробуйте ширший проміжок часу або більше днів.
jobs-error-no-day = Будь ласка, позначте принаймні один день.
jobs-error-window = Будь ласка, вкажіть два значення часу; кінець має бути після початку.
jobs-until = Видно до { $date }
jobs-when = Час роботи
jobs-start-now = від сьогодні
jobs-hours-week = { $hours ->
    [one] { $hours } година на тиждень
    [few] { $hours } години на тиждень
    [many] { $hours } годин на тиждень
   *[other] { $hours } години на тиждень
}
jobs-kind-job = Вакансія
jobs-kind-training = Професійне навчання
jobs-kind-part-time-training = Професійне навчання з неповною зайнятістю
jobs-ortsteil-company = За місцем розташування компанії
jobs-field-kind = Вид
jobs-field-weekly-hours = Годин на тиждень
jobs-start = Початок
jobs-visible-until = Видно до
## Contact requests to employers
contact-link = Зв'язатися
contact-link-general = Зв'язатися з власної ініціативи
contact-title = Зв'язок із { $employer }
contact-about-job = Щодо вакансії: { $job }
contact-intro = Ви вирішуєте, що компанія дізнається про вас. Відповідь надійде сюди, у Wegweiser; вашу адресу компанія побачить, лише якщо ви нею поділитеся.
contact-share-legend = Чим ви ділитеся
contact-share-email = Моєю електронною адресою ({ $email })
contact-share-name = Моїм ім'ям
contact-field-name = Ім'я
contact-field-phone = Телефон (за бажанням)
contact-field-message = Ваше повідомлення
contact-field-message-hint = Досить кількох речень: що ви шукаєте і коли можете працювати. Не більше 1000 символів.
contact-field-cv = Резюме (за бажанням)
contact-field-cv-hint = Лише PDF, не більше 800 КБ. Видаляється через 90 днів.
contact-send = Надіслати запит
contact-list-parent = Ваші запити роботодавцям
contact-list-employer = Запити від батьків
contact-shared-title = Передані дані
contact-not-shared = не передано
contact-email = Електронна адреса
contact-no-cv = немає
contact-messages = Повідомлення
contact-answer = Ваша відповідь
contact-reply = Ваше повідомлення
contact-notice-gesendet = Ваш запит надіслано. Відповідь ви знайдете тут; ми надішлемо вам лист, щойно вона надійде.
contact-notice-geantwortet = Ваше повідомлення надіслано.
contact-mail-new-subject = Новий запит від мами чи тата
contact-mail-new-body = Добрий день!

    Мама чи тато надіслали вашій компанії запит у Wegweiser Lichtenberg. Прочитати його й відповісти можна після входу:

    { $link }

    Ваш Wegweiser Lichtenberg
contact-mail-answer-subject = Нове повідомлення щодо вашого запиту
contact-mail-answer-body = Добрий день!

    Щодо запиту у Wegweiser Lichtenberg є нове повідомлення. Прочитати його можна після входу:

    { $link }

    Ваш Wegweiser Lichtenberg
jobs-feed-name = Вакансії у Wegweiser Lichtenberg
jobs-feed-link = Підписатися на цей пошук як на стрічку (Atom)
pledge-campaign-link = Докладніше про добровільне зобов'язання
account-delete-company = Ви – єдина особа з { $company }. Разом із вашим обліковим записом буде видалено компанію, її вакансії та запити батьків.
employers-fairs-own = Тут можна нас зустріти
jobs-fairs = Ярмарки вакансій та інформаційні дні
employers-in-pledge = Учасник добровільного зобов'язання
employers-field-name = Назва компанії
employers-field-address = Вулиця й номер будинку (за бажанням)
employers-field-description = Опис
employers-field-description-hint = Чим займається ваша компанія і кого ви шукаєте?
employers-field-website-hint = З https:// на початку.
employers-field-contact-name = Ваше ім'я
employers-field-email = Ваша електронна адреса
employers-answer-yes = Так
employers-answer-partly = Частково
employers-answer-no = Ні
employers-register-company = Ваша компанія
employers-register-person = Ваша реєстрація
employers-register-consent = Я погоджуюся, що дані про компанію буде опубліковано, а моє ім'я та адресу збережено для облікового запису.
employers-register-submit = Зареєструватися
pledge-title = Працювати з урахуванням інтересів родини в Ліхтенберзі
pledge-lead = Роботодавці району зобов'язуються пропонувати батькам те, що їм потрібно, щоб поєднувати роботу й дітей, – особливо тим, хто виховує дітей сам. Що до цього належить, визначає координаційне бюро для батьків-одинаків.
pledge-criteria-title = Що вимагає добровільне зобов'язання
pledge-criteria-lead = Роботодавець отримує знак, якщо відповідає «так» на кожне з цих запитань:
pledge-members = { $count ->
    [0] Поки жоден роботодавець їх не виконує
    [one] { $count } роботодавець виконує їх
    [few] { $count } роботодавці виконують їх
    [many] { $count } роботодавців виконують їх
   *[other] { $count } роботодавця виконують їх
}
pledge-join-title = Для роботодавців: як долучитися
pledge-join-lead = Зареєструйте свою компанію й дайте відповідь на дев'ять запитань про дружність до родин. Після перевірки координаційним бюро ваш профіль стане публічним; якщо ви виконуєте умови, він отримає знак, і ви зможете надрукувати плакат для вітрини.
pledge-print-title = Щоб повісити й роздати
pledge-print-lead = Плакат для дошок оголошень у садочку, Jobcenter і сімейному центрі та листівка, яку можна взяти з собою.
jobs-only-german = Цю вакансію описано лише німецькою мовою.
