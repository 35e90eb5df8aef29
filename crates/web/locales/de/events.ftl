## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = kostenlos
cost-reduced = ermäßigt oder nach Einkommen
cost-paid = kostenpflichtig
access-appointment = nur mit Termin
access-walk-in = ohne Termin
access-both = mit oder ohne Termin
holiday-new-year = Neujahr
holiday-womens-day = Internationaler Frauentag
holiday-good-friday = Karfreitag
holiday-easter-monday = Ostermontag
holiday-labour-day = Tag der Arbeit
holiday-liberation-day = Tag der Befreiung
holiday-uprising-day = Jahrestag des Volksaufstands vom 17. Juni 1953
holiday-ascension = Christi Himmelfahrt
holiday-whit-monday = Pfingstmontag
holiday-unity-day = Tag der Deutschen Einheit
holiday-christmas-1 = 1. Weihnachtstag
holiday-christmas-2 = 2. Weihnachtstag
spoken-de = Deutsch
spoken-en = Englisch
spoken-tr = Türkisch
spoken-ar = Arabisch
spoken-ru = Russisch
spoken-uk = Ukrainisch
spoken-vi = Vietnamesisch
spoken-pl = Polnisch
spoken-fa = Persisch
spoken-ku = Kurdisch
spoken-ro = Rumänisch
spoken-bg = Bulgarisch
spoken-fr = Französisch
spoken-es = Spanisch
spoken-sq = Albanisch
spoken-sr = Serbisch
spoken-dgs = Deutsche Gebärdensprache
group-single-parents = Alleinerziehende
group-pregnant = Schwangere
group-fathers = Väter
group-families = Familien
group-children = Kinder
group-youth = Jugendliche
group-migrants = Zugewanderte Familien
group-women = Frauen
group-unemployed = Arbeitsuchende
events-title = Termine und Treffs
events-intro = Treffs, Beratung, Kurse und Info-Abende in Lichtenberg, viele kostenlos.
events-views-label = Ansicht
events-view-week = Diese Woche
events-view-month = Monat
events-view-list = Liste
events-week = Woche vom { $from } bis { $until }
events-month = { $month }
events-list-range = Vom { $from } bis { $until }
events-earlier = früher
events-later = später
events-count = { $count ->
    [0] Keine Termine
    [one] 1 Termin
   *[other] { $count } Termine
}
events-none = In diesem Zeitraum gibt es keine passenden Termine. Versuchen Sie einen anderen Zeitraum oder weniger Filter.
events-today = heute
events-filter-language = Sprache
events-filter-only = Nur Termine, die …
events-filter-free = kostenlos sind
events-filter-childcare = Kinderbetreuung anbieten
events-filter-evening = ab 17 Uhr beginnen
events-filter-weekend = am Wochenende sind
events-filter-apply = Anzeigen
events-cancelled = Abgesagt
events-cancelled-because = Abgesagt: { $reason }
events-registration-needed = Anmeldung nötig
events-registration = Anmeldung
events-no-registration = Keine Anmeldung nötig – kommen Sie einfach vorbei.
events-next-dates = Nächste Termine
events-no-next = Zurzeit sind keine weiteren Termine geplant.
events-add-to-calendar = In meinen Kalender eintragen
events-part-of = Gehört zum Angebot
events-every-week = Jeden { $days } um { $time } Uhr
events-every-n-weeks = Alle { $n } Wochen am { $days } um { $time } Uhr
events-every-month = Jeden { $nth } { $day } im Monat um { $time } Uhr
events-nth-1 = ersten
events-nth-2 = zweiten
events-nth-3 = dritten
events-nth-4 = vierten
events-nth--1 = letzten
events-subscribe-heading = Termine im eigenen Kalender
events-subscribe-text = Abonnieren Sie diese Termine (mit Ihren Filtern) in der Kalender-App Ihres Telefons. Änderungen und Absagen erscheinen dort von selbst.
events-subscribe = Kalender abonnieren
events-subscribe-copy = Oder diese Adresse in Ihrer Kalender-App hinzufügen:
events-feed-name = Wegweiser Lichtenberg – Termine
events-error-view = „{ $value }“ ist keine Ansicht. Möglich sind Woche, Monat und Liste.
events-error-date = „{ $value }“ ist kein gültiges Datum im Kalender (Format 2026-12-01).
events-about = Über den Termin
register-heading = Anmelden
register-no-dates = Zurzeit gibt es keine Termine, für die Sie sich anmelden können.
register-day = Termin
register-name = Ihr Vorname
register-email = Ihre E-Mail-Adresse (für die Bestätigung und zum Absagen)
register-submit = Platz reservieren
register-privacy = Wir speichern nur Vornamen und E-Mail-Adresse für diese Anmeldung und löschen beides 30 Tage nach dem Termin. Niemand sonst sieht sie außer dem Träger des Termins.
register-free = { $count ->
    [one] noch 1 Platz frei
   *[other] noch { $count } Plätze frei
}
register-error-throttled = Von dieser Adresse kamen gerade viele Anmeldungen. Bitte versuchen Sie es später noch einmal.
register-error-waiting-full = Für diesen Termin ist auch die Warteliste voll. Bitte wählen Sie einen anderen Termin.
register-full = { $count ->
    [0] ausgebucht – Warteliste
    [one] ausgebucht – 1 Person wartet
   *[other] ausgebucht – { $count } Personen warten
}
register-error-name = Bitte geben Sie einen Vornamen an (höchstens 80 Zeichen).
register-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.
register-error-day = Bitte wählen Sie einen der angebotenen Termine.
register-error-twice = Mit dieser E-Mail-Adresse sind Sie für diesen Termin schon angemeldet. Den Link zu Ihrer Anmeldung finden Sie in der E-Mail.
register-title = Ihre Anmeldung
register-confirmed = { $name }, Sie haben einen Platz.
register-waiting = { $name }, der Termin ist ausgebucht: Sie stehen auf der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.
register-waiting-position = { $count ->
    [one] Sie sind als Nächste oder Nächster dran.
   *[other] Sie sind auf Platz { $count } der Warteliste.
}
register-cancelled = Diese Anmeldung ist abgesagt.
register-link-hint = Mit diesem persönlichen Link sehen Sie Ihre Anmeldung und können absagen. Wir haben ihn Ihnen auch per E-Mail geschickt.
register-cancel = Anmeldung absagen
mail-register-confirmed-subject = Ihr Platz: { $event }
mail-register-confirmed-body = Guten Tag,

    Sie haben einen Platz bei „{ $event }“ am { $date }.

    { $place }

    Wenn Sie nicht kommen können, sagen Sie bitte hier ab – dann bekommt jemand von der Warteliste den Platz:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Warteliste: { $event }
mail-register-waiting-body = Guten Tag,

    „{ $event }“ am { $date } ist ausgebucht. Sie stehen auf der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.

    { $place }

    Ihre Anmeldung ansehen oder absagen:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = Ein Platz ist frei geworden: { $event }
mail-register-promoted-body = Guten Tag,

    bei „{ $event }“ am { $date } ist ein Platz frei geworden – er gehört jetzt Ihnen.

    { $place }

    Absagen können Sie über den Link aus Ihrer ersten E-Mail. Zum Termin:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Termine und Veranstaltungen
event-reviews-title = Termine prüfen
event-reviews-waiting = { $count ->
    [one] Eine Terminänderung wartet auf Prüfung.
   *[other] { $count } Terminänderungen warten auf Prüfung.
}
error-unknown-ortsteil-plain = Diesen Ortsteil gibt es in Lichtenberg nicht. Bitte den Kurznamen verwenden, z. B. fennpfuhl.
poster-scan-event = Code scannen: alle Termine, Ort und Anmeldung – und mit einem Tipp in den eigenen Kalender.
events-exception = entfällt
events-atom-link = Als Feed für Feed-Reader (Atom)
events-error-date-range = Der Kalender zeigt Termine vom { $from } bis zum { $to }; „{ $value }“ liegt außerhalb.
mail-register-where = Wo: { $place }
    Veranstaltet von: { $organiser }
events-employers = Diese Arbeitgeber sind dabei
