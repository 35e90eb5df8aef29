## Service chains (Wege durch Lebenslagen) and their editor.
chains-title = Шляхи через вашу життєву ситуацію
chains-intro = Крок за кроком: що робити, в якому порядку, куди звертатися й що взяти з собою – з установами в Ліхтенберзі.
chains-privacy = Позначати кроки можна без реєстрації. Ваш поступ лишається тільки в цьому браузері (або у вашому особистому посиланні) – Wegweiser нічого про це не зберігає.
chains-all = Усі життєві ситуації
chain-steps-count = { $count ->
    [one] { $count } крок
    [few] { $count } кроки
    [many] { $count } кроків
   *[other] { $count } кроку
}
chain-progress = Виконано { $done } з { $total } кроків
chain-progress-heading = Ваш поступ
chain-progress-privacy = Зберігається лише в цьому браузері, не на сервері.
chain-from-link = Ви бачите стан із вашого особистого посилання. Якщо ви позначите крок, цей браузер теж запам'ятає стан.
chain-private-link = Особисте посилання на ваш поступ
chain-private-link-hint = Збережіть це посилання в закладках або надішліть його собі, щоб продовжити на іншому пристрої. Той, хто має посилання, бачить, які кроки ви позначили, – і більше нічого.
chain-reset = Видалити поступ
chain-anchor-label = Дата: { $event }
chain-anchor-hint = Необов'язково. Тоді ми покажемо терміни як дати. Дата лишається тільки в цьому браузері.
chain-anchor-save = Розрахувати терміни
chain-date-invalid = Будь ласка, введіть дату у форматі 01.03.2027.
chain-print = Надрукувати як чек-лист (одна сторінка A4)
chain-print-back = Назад до шляху
chain-print-date = Станом на { $date }
chain-print-addresses = Адреси
chain-step-n = Крок { $n }
chain-step-done = виконано
chain-tick = Позначити крок { $n } як виконаний
chain-untick = Крок { $n } знову відкритий
chain-condition = Коли це стосується вас:
chain-deadline = Термін
chain-deadline-date = до { $date }
chain-deadline-passed = минув
chain-documents = Взяти з собою
chain-costs = Вартість
chain-tip = Порада
chain-where = Хто допоможе
chain-branch = Далі тут:
chain-related = Схожі життєві ситуації
chain-qr-heading = QR-код для плаката й листівки
chain-qr-hint = Цей код веде на цю сторінку. У ньому немає вашого особистого поступу.
chain-qr-download = Завантажити QR-код (SVG)
chain-preview-banner = Попередній перегляд чернетки – так сторінка виглядатиме після публікації.
chains-admin-title = Шляхи через життєві ситуації
chain-poster = Надрукувати плакат із QR-кодом
chain-poster-scan = Скануйте код: крок за кроком, з адресами, термінами й документами – безкоштовно, без реєстрації.
