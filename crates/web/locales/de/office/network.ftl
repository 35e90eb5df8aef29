## The network of offices and referral slips
network-title = Netzwerk: Ansprechpersonen der Stellen
network-lead = Direkte Telefonnummern und E-Mail-Adressen in den Ämtern und Einrichtungen. Nur für die Koordinierungsstelle und die Mitglieder der AG sichtbar – bitte nicht an Eltern weitergeben.
network-none = Noch keine Ansprechperson eingetragen.
network-add = Ansprechperson eintragen
network-add-submit = Eintragen
network-field-organization = Stelle (aus dem Verzeichnis)
network-field-phone = Telefon (Durchwahl)
network-delete = { $name } entfernen
network-error-organization = Bitte eine Stelle aus dem Verzeichnis wählen.
network-notice-gespeichert = Die Ansprechperson ist eingetragen.
network-notice-geloescht = Die Ansprechperson ist entfernt.
network-error-name = Bitte den Namen angeben (höchstens 100 Zeichen).
network-error-too-long = Dieser Text ist zu lang.
network-error-phone = Diese Telefonnummer können wir nicht lesen, zum Beispiel 030 90296-0.
network-error-email = Bitte eine gültige E-Mail-Adresse angeben.
network-error-reach = Bitte eine Telefonnummer oder eine E-Mail-Adresse angeben.
network-error-stop = Bitte eine Stelle aus dem Verzeichnis wählen.
network-error-no-stop = Bitte mindestens eine Stelle wählen.
network-error-days = Bitte wählen Sie, wie lange der Link gilt.
slip-lead = Ein Blatt für Eltern: zu welchen Stellen sie gehen, was sie dort sagen, was sie mitbringen. Drucken Sie es aus oder geben Sie den Link weiter; er läuft ab.
slip-warning = Bitte keine Namen, Adressen, Geburtsdaten oder anderen Angaben zur Person eintragen. Der Laufzettel ist für alle lesbar, die den Link haben.
slip-field-office = Stelle
slip-office-none = Keine
slip-field-say = Was dort sagen?
slip-field-documents = Was mitbringen?
slip-field-note = Hinweis
slip-field-days = Der Link gilt
slip-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
slip-submit = Laufzettel erstellen
slip-made = Der Laufzettel ist fertig
slip-made-hint = Öffnen Sie den Link zum Drucken, oder geben Sie ihn weiter. Er wird nur jetzt angezeigt.
slip-error-throttled = Sie haben heute schon 50 Laufzettel erstellt. Bitte versuchen Sie es morgen wieder.
