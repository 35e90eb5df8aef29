## The needs form (/bedarf)
needs-title = Was fehlt Ihnen?
needs-lead = Sagen Sie uns, welche Hilfe Sie im Bezirk nicht finden. Das hilft der Koordinierungsstelle, neue Angebote dorthin zu bringen, wo sie fehlen.
needs-privacy = Anonym: Wir speichern nur das Thema, den Ortsteil, das Alter der Kinder und Ihren Text, mit dem Tag. Keine IP-Adresse, kein Konto, keine Uhrzeit.
needs-field-category = Thema
needs-choose = Bitte wählen
needs-field-ortsteil = Ortsteil (freiwillig)
needs-ortsteil-none = Keine Angabe oder ganzer Bezirk
needs-field-ages = Alter Ihrer Kinder (freiwillig)
needs-ages-none = Keine Angabe
needs-ages-0-2 = unter 3 Jahre
needs-ages-3-5 = 3 bis 5 Jahre
needs-ages-6-11 = 6 bis 11 Jahre
needs-ages-12-17 = 12 bis 17 Jahre
needs-field-text = Was fehlt genau? (freiwillig)
needs-text-warning = Bitte keine Namen, Adressen oder Telefonnummern eintragen.
needs-text-hint = Höchstens { $max } Zeichen. E-Mail-Adressen, Links und Telefonnummern entfernen wir.
needs-submit = Absenden
needs-done = Danke! Ihre Meldung ist angekommen. Sie fließt anonym in den Bedarfsradar der Koordinierungsstelle ein.
needs-another = Noch etwas melden
needs-see-statistics = Zur Statistik
needs-answers = Sie haben gefragt – wir haben gehandelt
needs-answered-on = Antwort vom { $date }
needs-error-count = { $count ->
    [one] Bitte prüfen Sie ein Feld.
   *[other] Bitte prüfen Sie { $count } Felder.
}
needs-error-category = Bitte wählen Sie ein Thema.
needs-error-ortsteil = Diesen Ortsteil kennen wir nicht.
needs-error-ages = Bitte wählen Sie eine Altersgruppe aus der Liste.
needs-error-text = Der Text ist zu lang (höchstens 1.000 Zeichen).
needs-error-throttled = Sie haben gerade mehrere Meldungen geschickt. Bitte versuchen Sie es in ein paar Minuten wieder.
needs-error-full = Heute sind schon sehr viele Meldungen eingegangen. Bitte versuchen Sie es morgen wieder.
needs-hidden = < 5
