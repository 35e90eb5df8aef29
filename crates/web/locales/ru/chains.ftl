## Service chains (Wege durch Lebenslagen) and their editor.
chains-title = Пути через вашу жизненную ситуацию
chains-intro = Шаг за шагом: что нужно сделать, в каком порядке, куда обратиться и что взять с собой – с учреждениями в Лихтенберге.
chains-privacy = Отмечать шаги можно без регистрации. Ваш прогресс остаётся только в этом браузере (или в вашей личной ссылке) – Wegweiser ничего об этом не сохраняет.
chains-all = Все жизненные ситуации
chain-steps-count = { $count ->
    [one] { $count } шаг
    [few] { $count } шага
    [many] { $count } шагов
   *[other] { $count } шага
}
chain-progress = Выполнено { $done } из { $total } шагов
chain-progress-heading = Ваш прогресс
chain-progress-privacy = Сохраняется только в этом браузере, не на сервере.
chain-from-link = Вы видите состояние из вашей личной ссылки. Если вы отметите шаг, этот браузер тоже запомнит состояние.
chain-private-link = Личная ссылка на ваш прогресс
chain-private-link-hint = Сохраните эту ссылку в закладках или отправьте её себе, чтобы продолжить на другом устройстве. Тот, у кого есть ссылка, видит, какие шаги вы отметили, – и больше ничего.
chain-reset = Удалить прогресс
chain-anchor-label = Дата: { $event }
chain-anchor-hint = Необязательно. Тогда мы покажем сроки в виде дат. Дата остаётся только в этом браузере.
chain-anchor-save = Рассчитать сроки
chain-date-invalid = Пожалуйста, введите дату в формате 01.03.2027.
chain-print = Распечатать как чек-лист (одна страница A4)
chain-print-back = Назад к пути
chain-print-date = По состоянию на { $date }
chain-print-addresses = Адреса
chain-step-n = Шаг { $n }
chain-step-done = выполнено
chain-tick = Отметить шаг { $n } как выполненный
chain-untick = Шаг { $n } снова открыт
chain-condition = Когда это касается вас:
chain-deadline = Срок
chain-deadline-date = до { $date }
chain-deadline-passed = прошёл
chain-documents = Взять с собой
chain-costs = Стоимость
chain-tip = Совет
chain-where = Кто поможет
chain-branch = Дальше здесь:
chain-related = Похожие жизненные ситуации
chain-qr-heading = QR-код для плаката и листовки
chain-qr-hint = Этот код ведёт на эту страницу. В нём нет вашего личного прогресса.
chain-qr-download = Скачать QR-код (SVG)
chain-preview-banner = Предпросмотр черновика – так страница будет выглядеть после публикации.
chains-admin-title = Пути через жизненные ситуации
chain-poster = Распечатать плакат с QR-кодом
chain-poster-scan = Отсканируйте код: шаг за шагом, с адресами, сроками и документами – бесплатно, без регистрации.
