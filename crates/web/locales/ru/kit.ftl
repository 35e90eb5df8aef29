## Shared by every area: the page frame's pieces, errors, forms, dates and vocabularies.
site-name = Wegweiser Lichtenberg
site-description = Помощь и поддержка для родителей-одиночек в Берлине-Лихтенберге: консультации, уход за детьми, деньги, работа, жильё и места встреч – рядом с домом.
skip-to-content = Перейти к содержанию
quick-exit = Быстро покинуть сайт
quick-exit-key = (Esc)
nav-label = Главное меню
nav-search = Найти помощь
nav-categories = Темы
nav-ortsteile = Районы
nav-emergency = Экстренная и быстрая помощь
language-label = Язык
footer-about = Wegweiser – платформа координационного бюро для родителей-одиночек Лихтенберга (Koordinierungsstelle Alleinerziehende Lichtenberg). Примерно каждая третья семья в районе – семья с одним родителем.
footer-privacy = Этот сайт ничего не загружает с других серверов и не ведёт отслеживания. Файлы cookie используются только там, где они нужны: для языка, для форм и при входе в аккаунт.
footer-geodata = Картографическая основа: Geoportal Berlin / ALKIS Berlin Ortsteile.
emergency-heading = Экстренная и быстрая помощь
# An amount of money.
money = { $amount } €
distance-km = { $km } км отсюда
results-count = { $count ->
    [0] Предложений не найдено
    [one] Найдено { $count } предложение
    [few] Найдено { $count } предложения
    [many] Найдено { $count } предложений
   *[other] Найдено { $count } предложения
}
zero-results-emergency = Экстренная и быстрая помощь
place-confidential = адрес конфиденциален
place-phone-online = по телефону или онлайн
place-outside = за пределами Лихтенберга
badge-wheelchair = доступно для инвалидных колясок
badge-childcare = с присмотром за детьми
hours-closed = закрыто
hours-holiday-note = { $date } ({ $holiday }) закрыто.
print-now = Распечатать
map-source = Geoportal Berlin / ALKIS Berlin Ortsteile
map-location = Расположение: { $place }
open-always = Доступно круглосуточно
open-until = Сейчас открыто до { $time }
opens-today = Закрыто – откроется сегодня в { $time }
opens-tomorrow = Закрыто – откроется завтра в { $time }
opens-on = Закрыто – откроется: { $day }, { $time }
open-closed-for-now = Сейчас закрыто
open-by-appointment = По предварительной записи
open-temporarily-closed = Временно закрыто
error-status = Код ошибки { $status }
error-go-home = На главную страницу
error-go-search = Найти помощь
error-400-title = Неверный запрос
error-400-text = Адрес { $path } содержит данные, которые мы не понимаем.
error-403-title = Нет доступа
error-403-text = У вас нет доступа к { $path }, или форма устарела. Пожалуйста, обновите страницу и попробуйте ещё раз.
error-404-title = Страница не найдена
error-404-text = По адресу { $path } страницы нет. Возможно, предложение закончилось или адрес написан с ошибкой.
error-405-title = Не разрешено
error-405-text = Это действие невозможно по адресу { $path }.
error-408-title = Время ожидания истекло
error-408-text = Ответ для { $path } занял слишком много времени. Пожалуйста, попробуйте ещё раз.
error-413-title = Слишком много данных
error-413-text = Данные, отправленные на { $path }, слишком велики.
error-500-title = Произошла ошибка
error-500-text = На странице { $path } у нас что-то пошло не так. Пожалуйста, попробуйте позже.
error-busy-title = Сейчас очень много посетителей
error-busy-text = Сейчас одновременно входит очень много людей. Пожалуйста, попробуйте через несколько секунд.
error-503-title = Скоро снова работаем
error-503-text = Wegweiser сейчас запускается. Пожалуйста, обновите { $path } через несколько секунд.
error-401-title = Вход не выполнен
error-401-text = Для { $path } нужно войти в аккаунт.
error-429-title = Слишком много попыток
error-429-text = Пожалуйста, подождите немного и попробуйте снова.
form-has-errors = Пожалуйста, проверьте отмеченные поля.
nav-check = Проверка пособий
nav-chains = Жизненные ситуации
chain-qr-alt = QR-код страницы «{ $title }»
error-409-title = Уже изменено
error-409-text = Кто-то другой только что изменил это содержание, поэтому ваше изменение не сохранено. Пожалуйста, откройте { $path } заново и внесите его ещё раз.
benefit-unterhaltsvorschuss-note-ask = Для детей от 12 до 17 лет при получении Bürgergeld ведомство по делам молодёжи платит, только если вы зарабатываете не менее 600 € брутто – или если аванс алиментов полностью покрывает потребность ребёнка в Bürgergeld. Второе может проверить только ведомство: спросите там.
benefit-kinderzuschlag = Детская надбавка (Kinderzuschlag, KiZ)
benefit-kinderzuschlag-why = Для семей, которые живут на собственный доход от 600 € брутто, но которым не хватает на всех, – вместо Bürgergeld. Точная сумма зависит от аренды, дохода и имущества; рассчитайте её с помощью KiZ-Lotse семейной кассы (Familienkasse). С детской надбавкой вы также получаете помощь на образование и участие (BuT).
benefit-kinderzuschlag-where = Подать заявление в семейную кассу (Familienkasse, телефон 0800 4 5555 30), можно и онлайн; назначается на 6 месяцев.
benefit-kinderzuschlag-note-maintenance = Алименты и аванс алиментов считаются доходом ребёнка и уменьшают детскую надбавку – но обычно вместе они всё равно выгоднее.
benefit-wohngeld = Жилищное пособие (Wohngeld)
benefit-wohngeld-why = Доплата к аренде для семей с собственным, но небольшим доходом – вместо Bürgergeld, а не в дополнение к нему. Сумма зависит от размера семьи, аренды и дохода; её рассчитывает калькулятор Wohngeld земли Берлин.
benefit-wohngeld-where = Подать заявление в жилищное ведомство Лихтенберга (Wohnungsamt) или в любом Bürgeramt Лихтенберга.
benefit-wohngeld-note-training = Во время обучения, которое может финансироваться через BAföG или пособие на профессиональное обучение (BAB), жилищное пособие обычно не положено. Пусть это проверят.
benefit-elterngeld = Родительское пособие (Elterngeld)
benefit-elterngeld-why = На первые месяцы жизни ребёнка: 65–67 % выпадающего чистого дохода. Как родитель-одиночка вы можете сами взять все 14 месяцев базового родительского пособия (или до 28 месяцев ElterngeldPlus).
benefit-elterngeld-where = Подать заявление в отдел родительского пособия ведомства по делам молодёжи Лихтенберга (телефон (030) 90296-5116) или онлайн через ElterngeldDigital – в течение 3 месяцев после рождения.
benefit-elterngeld-note-no-earnings = Если до рождения ребёнка дохода не было, вы получаете минимальную сумму 300 € в течение 12 месяцев.
benefit-but = Образование и участие (BuT)
benefit-kita-gutschein-note-needs-reason = Для детей младше одного года (или более чем на 7 часов в день) нужна причина, например работа или учёба. Подавайте заявление заранее.
benefit-beistandschaft = Попечительская помощь ведомства по делам молодёжи (Beistandschaft)
benefit-beistandschaft-why = Бесплатная помощь в установлении отцовства и взыскании алиментов для вашего ребёнка – даже до рождения. Ваше право опеки сохраняется, и вы можете прекратить помощь в любое время. Это не денежная выплата, но часто путь к большим алиментам.
benefit-beistandschaft-where = Подать письменное заявление в ведомство по делам молодёжи Лихтенберга, отдел Beistandschaften und Beurkundungen, телефон (030) 90296-4028.
chain-poster-kicker = Воспитываете ребёнка одни в Лихтенберге?
chain-poster-footer = Wegweiser Lichtenberg · Koordinierungsstelle Alleinerziehende Lichtenberg
nav-events = Мероприятия
poster-back = Назад на страницу
poster-a4 = Как плакат A4
poster-a6 = Как листовку A6
poster-link = Распечатать плакат или листовку
nav-news = Новости
site-publisher = Координационное бюро для родителей-одиночек Лихтенберга
news-feed-name = Wegweiser Lichtenberg: новости
events-atom-name = Wegweiser Lichtenberg: мероприятия
newsletter-link = Подписаться на рассылку
filters-summary = Фильтры
filters-summary-count = { $count ->
    [one] Фильтры ({ $count })
    [few] Фильтры ({ $count })
    [many] Фильтры ({ $count })
   *[other] Фильтры ({ $count })
}
footer-link-about = О нас и контакты
footer-link-impressum = Выходные данные
footer-link-privacy = Защита данных
footer-link-accessibility = Доступность
footer-link-staff-login = Вход для сотрудников
footer-link-legal-label = Об этом сайте
benefit-but-note-follows = Это действует, как только назначены детская надбавка или жилищное пособие: тогда сразу подайте заявление и на это. Ваши дети также получат berlinpass-BuT.
benefit-berlinpass-note-follows = Это действует, как только назначено жилищное пособие; одной детской надбавки для этого недостаточно.
benefit-kinderzuschlag-note-check-gross = Детская надбавка положена начиная с 600 € брутто в месяц. Ваша сумма нетто ниже: посмотрите в расчётном листке, достигает ли брутто 600 €.
in-german = (на немецком)
footer-link-needs = Чего вам не хватает?
footer-link-stats = Статистика
easy-fallback-notice = Этой страницы пока нет на простом немецком (Leichte Sprache); она показана на обычном немецком.
edit-translation-label = { $field } ({ $language })
edit-more-languages = Другие языки (переведено { $filled } из { $total })
edit-translation-outdated = Устарело, проверьте, пожалуйста: немецкий текст изменился после того, как был написан этот перевод. Пока перевод не проверен, на общедоступной странице показывается немецкий текст.
edit-translation-confirm = Проверено: перевод по-прежнему верен
