## The back office's start page and the audit log.
admin-invite-link = Person einladen
overdue-title = Zu bestätigen
overdue-intro = Diese Einträge wurden seit über sechs Monaten nicht bestätigt.
overdue-none = Alle Einträge sind aktuell bestätigt.
overdue-since = zuletzt bestätigt: { $date }
overdue-confirm = Stimmt noch
reports-title = Gemeldete Fehler
reports-none = Keine offenen Meldungen.
reports-close = Erledigt
newsletter-due = { $count ->
    [one] Der Newsletter für diesen Monat ist noch nicht verschickt (1 Leserin oder Leser wartet).
   *[other] Der Newsletter für diesen Monat ist noch nicht verschickt ({ $count } Leserinnen und Leser warten).
}
