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
