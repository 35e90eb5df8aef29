## News, campaigns, the newsletter and their editors.
news-title = Новини
news-lead = Новини та акції координаційного бюро й організацій у Ліхтенберзі.
news-feed-link = Підписатися на стрічку (Atom)
news-campaigns = Акції
news-articles = Новини
news-none = Поки немає публікацій.
news-back = Усі новини
article-updated = оновлено { $date }
article-events = Відповідні заходи
campaign-events = Заходи акції
article-offers = Відповідні пропозиції
campaign-offers = Пропозиції акції
article-articles = Докладніше
campaign-articles = Публікації про акцію
article-event-past = немає майбутніх заходів
articles-admin-title = Новини та акції
article-image = Зображення
newsletter-title = Розсилка
newsletter-lead = Раз на місяць: нові пропозиції, заходи найближчих тижнів і новини для батьків-одинаків у Ліхтенберзі.
newsletter-email = Ваша електронна адреса
newsletter-submit = Підписатися
newsletter-privacy = Ми зберігаємо лише вашу адресу й вашу мову. Спочатку ви отримаєте лист із посиланням для підтвердження; без підтвердження ми видалимо адресу через 7 днів. У кожному випуску є посилання, щоб відписатися одним натисканням; тоді ми видаляємо адресу. Жодних пікселів відстеження, жодної передачі третім особам.
newsletter-sent = Майже готово: ми надіслали лист на { $email }. Будь ласка, натисніть посилання в ньому, щоб підтвердити підписку.
newsletter-sent-more = Лист не надійшов? Перевірте папку «Спам». Якщо адреса вже підписана, нового листа ми не надсилаємо.
newsletter-confirm-question = Бажаєте отримувати розсилку Wegweiser Lichtenberg?
newsletter-confirm-submit = Так, підтвердити підписку
newsletter-confirmed = Дякуємо! Ви отримуватимете розсилку з наступного випуску.
newsletter-link-invalid = Це посилання більше не дійсне: його вже використано або воно старше 7 днів.
newsletter-again = Підписатися знову
newsletter-leave-question = Бажаєте відписатися від розсилки?
newsletter-leave-submit = Відписатися
newsletter-left = Ви відписалися. Ми видалили вашу адресу.
newsletter-error-email = Будь ласка, вкажіть дійсну електронну адресу, наприклад name@beispiel.de.
newsletter-error-throttled = Забагато спроб. Будь ласка, спробуйте пізніше.
mail-newsletter-confirm-subject = Будь ласка, підтвердьте підписку на розсилку
mail-newsletter-confirm-body = Добрий день!

    Хтось (сподіваємося, ви) хоче отримувати розсилку Wegweiser Lichtenberg на цю адресу. Будь ласка, підтвердьте тут:

    { $link }

    Якщо це були не ви, нічого не робіть: без підтвердження ми видалимо адресу через { $days } дн.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = Ви отримуєте цю розсилку, бо підписалися на неї. Відписатися одним натисканням: { $link }
newsletter-section-offers = Нові пропозиції
newsletter-section-events = Заходи
newsletter-section-articles = Новини
newsletter-suggested-subject = Нове для батьків-одинаків у Ліхтенберзі – { $month }
newsletter-suggested-intro = Дорогі читачки й читачі!

    Ось що нового: нові пропозиції, заходи найближчих тижнів і новини району.
newsletter-admin-title = Розсилка
newsletter-admin-counts = Підтверджених адрес: { $confirmed }, чекають на підтвердження: { $pending }.
newsletter-admin-sent-to = Надіслано { $date } на адреси: { $count }.
newsletter-admin-draft = Чернетка
newsletter-error-subject = Будь ласка, вкажіть тему не довшу за 150 символів.
newsletter-error-intro = Вступ задовгий.
poster-scan-campaign = Скануйте код: усі заходи й пропозиції акції, завжди актуально.
