## News, campaigns, the newsletter and their editors.
news-title = Новости
news-lead = Новости и акции координационного бюро и организаций в Лихтенберге.
news-feed-link = Подписаться на ленту (Atom)
news-campaigns = Акции
news-articles = Новости
news-none = Пока нет публикаций.
news-back = Все новости
article-updated = обновлено { $date }
article-events = Подходящие мероприятия
campaign-events = Мероприятия акции
article-offers = Подходящие предложения
campaign-offers = Предложения акции
article-articles = Подробнее
campaign-articles = Публикации об акции
article-event-past = нет предстоящих мероприятий
articles-admin-title = Новости и акции
article-image = Изображение
newsletter-title = Рассылка
newsletter-lead = Раз в месяц: новые предложения, мероприятия ближайших недель и новости для родителей-одиночек в Лихтенберге.
newsletter-email = Ваш адрес электронной почты
newsletter-submit = Подписаться
newsletter-privacy = Мы храним только ваш адрес и ваш язык. Сначала вы получите письмо со ссылкой для подтверждения; без подтверждения мы удалим адрес через 7 дней. В каждом выпуске есть ссылка, чтобы отписаться одним нажатием; тогда мы удаляем адрес. Никаких пикселей отслеживания, никакой передачи третьим лицам.
newsletter-sent = Почти готово: мы отправили письмо на { $email }. Пожалуйста, нажмите на ссылку в нём, чтобы подтвердить подписку.
newsletter-sent-more = Письмо не пришло? Проверьте папку «Спам». Если адрес уже подписан, новое письмо мы не отправляем.
newsletter-confirm-question = Хотите получать рассылку Wegweiser Lichtenberg?
newsletter-confirm-submit = Да, подтвердить подписку
newsletter-confirmed = Спасибо! Вы будете получать рассылку со следующего выпуска.
newsletter-link-invalid = Эта ссылка больше не действует: она уже использована или старше 7 дней.
newsletter-again = Подписаться снова
newsletter-leave-question = Хотите отписаться от рассылки?
newsletter-leave-submit = Отписаться
newsletter-left = Вы отписались. Мы удалили ваш адрес.
newsletter-error-email = Пожалуйста, укажите действительный адрес электронной почты, например name@beispiel.de.
newsletter-error-throttled = Слишком много попыток. Пожалуйста, попробуйте позже.
mail-newsletter-confirm-subject = Пожалуйста, подтвердите подписку на рассылку
mail-newsletter-confirm-body = Здравствуйте!

    Кто-то (надеемся, вы) хочет получать рассылку Wegweiser Lichtenberg на этот адрес. Пожалуйста, подтвердите здесь:

    { $link }

    Если это были не вы, ничего не делайте: без подтверждения мы удалим адрес через { $days } дн.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = Вы получаете эту рассылку, потому что подписались на неё. Отписаться одним нажатием: { $link }
newsletter-section-offers = Новые предложения
newsletter-section-events = Мероприятия
newsletter-section-articles = Новости
newsletter-suggested-subject = Новое для родителей-одиночек в Лихтенберге – { $month }
newsletter-suggested-intro = Дорогие читательницы и читатели!

    Вот что нового: новые предложения, мероприятия ближайших недель и новости района.
newsletter-admin-title = Рассылка
newsletter-admin-counts = Подтверждённых адресов: { $confirmed }, ждут подтверждения: { $pending }.
newsletter-admin-sent-to = Отправлено { $date } на адреса: { $count }.
newsletter-admin-draft = Черновик
newsletter-error-subject = Пожалуйста, укажите тему не длиннее 150 знаков.
newsletter-error-intro = Вступление слишком длинное.
poster-scan-campaign = Отсканируйте код: все мероприятия и предложения акции, всегда актуально.
