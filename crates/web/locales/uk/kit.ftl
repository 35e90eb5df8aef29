## Shared by every area: the page frame's pieces, errors, forms, dates and vocabularies.
site-name = Wegweiser Lichtenberg
site-description = Допомога та підтримка для батьків-одинаків у Берліні-Ліхтенберзі: консультації, догляд за дітьми, гроші, робота, житло та місця зустрічей – поруч із домом.
skip-to-content = Перейти до змісту
quick-exit = Швидко залишити сайт
quick-exit-key = (Esc)
nav-label = Головне меню
nav-search = Знайти допомогу
nav-categories = Теми
nav-ortsteile = Райони
nav-emergency = Екстрена та швидка допомога
language-label = Мова
footer-about = Wegweiser – платформа координаційного бюро для батьків-одинаків Ліхтенберга (Koordinierungsstelle Alleinerziehende Lichtenberg). Приблизно кожна третя родина в районі – родина з одним із батьків.
footer-privacy = Цей сайт нічого не завантажує з інших серверів і не відстежує відвідувачів. Файли cookie використовуються лише там, де вони потрібні: для мови, для форм і під час входу.
footer-geodata = Картографічна основа: Geoportal Berlin / ALKIS Berlin Ortsteile.
emergency-heading = Екстрена та швидка допомога
# An amount of money.
money = { $amount } €
distance-km = { $km } км звідси
results-count = { $count ->
    [0] Пропозицій не знайдено
    [one] Знайдено { $count } пропозицію
    [few] Знайдено { $count } пропозиції
    [many] Знайдено { $count } пропозицій
   *[other] Знайдено { $count } пропозиції
}
zero-results-emergency = Екстрена та швидка допомога
place-confidential = адреса конфіденційна
place-phone-online = телефоном або онлайн
place-outside = за межами Ліхтенберга
badge-wheelchair = доступно для візків
badge-childcare = з доглядом за дітьми
hours-closed = зачинено
hours-holiday-note = { $date } ({ $holiday }) зачинено.
print-now = Надрукувати
map-source = Geoportal Berlin / ALKIS Berlin Ortsteile
map-location = Розташування: { $place }
open-always = Доступно цілодобово
open-until = Зараз відчинено до { $time }
opens-today = Зачинено – відчиниться сьогодні о { $time }
opens-tomorrow = Зачинено – відчиниться завтра о { $time }
opens-on = Зачинено – відчиниться: { $day }, { $time }
open-closed-for-now = Зараз зачинено
open-by-appointment = За попереднім записом
open-temporarily-closed = Тимчасово зачинено
error-status = Код помилки { $status }
error-go-home = На головну сторінку
error-go-search = Знайти допомогу
error-400-title = Неправильний запит
error-400-text = Адреса { $path } містить дані, яких ми не розуміємо.
error-403-title = Немає доступу
error-403-text = Ви не маєте доступу до { $path }, або форма застаріла. Будь ласка, оновіть сторінку й спробуйте ще раз.
error-404-title = Сторінку не знайдено
error-404-text = За адресою { $path } сторінки немає. Можливо, пропозиція завершилася або адресу написано з помилкою.
error-405-title = Не дозволено
error-405-text = Ця дія неможлива за адресою { $path }.
error-408-title = Час очікування минув
error-408-text = Відповідь для { $path } тривала надто довго. Будь ласка, спробуйте ще раз.
error-413-title = Забагато даних
error-413-text = Дані, надіслані на { $path }, завеликі.
error-500-title = Сталася помилка
error-500-text = На сторінці { $path } у нас щось пішло не так. Будь ласка, спробуйте пізніше.
error-busy-title = Зараз дуже багато відвідувачів
error-busy-text = Саме зараз одночасно входить дуже багато людей. Будь ласка, спробуйте через кілька секунд.
error-503-title = Незабаром знову працюємо
error-503-text = Wegweiser саме запускається. Будь ласка, оновіть { $path } через кілька секунд.
error-401-title = Вхід не вдався
error-401-text = Для { $path } потрібно увійти.
error-429-title = Забагато спроб
error-429-text = Будь ласка, зачекайте трохи й спробуйте знову.
form-has-errors = Будь ласка, перевірте позначені поля.
nav-check = Перевірка виплат
nav-chains = Життєві ситуації
chain-qr-alt = QR-код сторінки «{ $title }»
error-409-title = Уже змінено
error-409-text = Хтось інший щойно змінив цей вміст, тому вашу зміну не збережено. Будь ласка, відкрийте { $path } знову й внесіть її ще раз.
benefit-unterhaltsvorschuss-note-ask = Для дітей від 12 до 17 років під час отримання Bürgergeld відомство у справах молоді платить, лише якщо ви заробляєте щонайменше 600 € брутто – або якщо аванс аліментів повністю покриває потребу дитини в Bürgergeld. Друге може перевірити лише відомство: запитайте там.
benefit-kinderzuschlag = Дитяча надбавка (Kinderzuschlag, KiZ)
benefit-kinderzuschlag-why = Для родин, які живуть на власний дохід від 600 € брутто, але яким не вистачає на всіх, – замість Bürgergeld. Точна сума залежить від оренди, доходу та майна; розрахуйте її за допомогою KiZ-Lotse сімейної каси (Familienkasse). З дитячою надбавкою ви також отримуєте допомогу на освіту та участь (BuT).
benefit-kinderzuschlag-where = Подати заяву до сімейної каси (Familienkasse, телефон 0800 4 5555 30), можна й онлайн; призначається на 6 місяців.
benefit-kinderzuschlag-note-maintenance = Аліменти та аванс аліментів вважаються доходом дитини й зменшують дитячу надбавку – але зазвичай разом вони все одно вигідніші.
benefit-wohngeld = Житлова допомога (Wohngeld)
benefit-wohngeld-why = Доплата до оренди для домогосподарств із власним, але невеликим доходом – замість Bürgergeld, а не на додачу до нього. Сума залежить від розміру домогосподарства, оренди та доходу; її розраховує калькулятор Wohngeld землі Берлін.
benefit-wohngeld-where = Подати заяву до житлового відомства Ліхтенберга (Wohnungsamt) або в будь-якому Bürgeramt Ліхтенберга.
benefit-wohngeld-note-training = Під час навчання, яке може фінансуватися через BAföG або допомогу на професійне навчання (BAB), житлова допомога зазвичай не призначається. Нехай це перевірять.
benefit-elterngeld = Батьківська допомога (Elterngeld)
benefit-elterngeld-why = На перші місяці життя дитини: 65–67 % втраченого чистого доходу. Як мати чи батько-одинак ви можете самі взяти всі 14 місяців базової батьківської допомоги (або до 28 місяців ElterngeldPlus).
benefit-elterngeld-where = Подати заяву до відділу батьківської допомоги відомства у справах молоді Ліхтенберга (телефон (030) 90296-5116) або онлайн через ElterngeldDigital – протягом 3 місяців після народження.
benefit-elterngeld-note-no-earnings = Якщо до народження дитини доходу не було, ви отримуєте мінімальну суму 300 € протягом 12 місяців.
benefit-but = Освіта та участь (BuT)
benefit-kita-gutschein-note-needs-reason = Для дітей, молодших за рік (або на понад 7 годин на день), потрібна причина, наприклад робота чи навчання. Подавайте заяву заздалегідь.
benefit-beistandschaft = Допомога відомства у справах молоді (Beistandschaft)
benefit-beistandschaft-why = Безкоштовна допомога у встановленні батьківства та стягненні аліментів для вашої дитини – навіть до народження. Ваше право опіки зберігається, і ви можете припинити допомогу будь-коли. Це не грошова виплата, але часто шлях до більших аліментів.
benefit-beistandschaft-where = Подати письмову заяву до відомства у справах молоді Ліхтенберга, відділ Beistandschaften und Beurkundungen, телефон (030) 90296-4028.
chain-poster-kicker = Виховуєте дитину самі в Ліхтенберзі?
chain-poster-footer = Wegweiser Lichtenberg · Koordinierungsstelle Alleinerziehende Lichtenberg
nav-events = Заходи
poster-back = Назад на сторінку
poster-a4 = Як плакат A4
poster-a6 = Як листівку A6
poster-link = Надрукувати плакат або листівку
nav-news = Новини
site-publisher = Координаційне бюро для батьків-одинаків Ліхтенберга
news-feed-name = Wegweiser Lichtenberg: новини
events-atom-name = Wegweiser Lichtenberg: заходи
newsletter-link = Підписатися на розсилку
filters-summary = Фільтри
filters-summary-count = { $count ->
    [one] Фільтри ({ $count })
    [few] Фільтри ({ $count })
    [many] Фільтри ({ $count })
   *[other] Фільтри ({ $count })
}
footer-link-about = Про нас і контакти
footer-link-impressum = Вихідні дані
footer-link-privacy = Захист даних
footer-link-accessibility = Доступність
footer-link-staff-login = Вхід для працівників
footer-link-legal-label = Про цей сайт
benefit-but-note-follows = Це діє, щойно призначено дитячу надбавку або житлову допомогу: тоді одразу подайте заяву й на це. Ваші діти також отримають berlinpass-BuT.
benefit-berlinpass-note-follows = Це діє, щойно призначено житлову допомогу; самої дитячої надбавки для цього недостатньо.
benefit-kinderzuschlag-note-check-gross = Дитяча надбавка призначається починаючи з 600 € брутто на місяць. Ваша сума нетто нижча: подивіться в розрахунковому листку, чи досягає брутто 600 €.
in-german = (німецькою)
footer-link-needs = Чого вам бракує?
footer-link-stats = Статистика
easy-fallback-notice = Цієї сторінки ще немає простою німецькою (Leichte Sprache); вона показана звичайною німецькою.
edit-translation-label = { $field } ({ $language })
edit-more-languages = Інші мови (перекладено { $filled } з { $total })
edit-translation-outdated = Застаріло, будь ласка, перевірте: німецький текст змінився після того, як було написано цей переклад. Доки переклад не перевірено, публічна сторінка показує німецький текст.
edit-translation-confirm = Перевірено: переклад досі правильний
