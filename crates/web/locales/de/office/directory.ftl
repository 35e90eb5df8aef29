org-kind-public-institution = Öffentliche Einrichtung
org-kind-helpline = Telefon- und Onlineberatung
offers-admin-search = Angebot oder Träger suchen
offers-admin-organization = Träger
offers-admin-back = ← Alle Angebote
status-draft = Entwurf
status-published = veröffentlicht
status-archived = archiviert
edit-title = Angebot bearbeiten
edit-heading = Bearbeiten: { $name }
edit-public-page = Öffentliche Seite ansehen
edit-submitted = Ihre Änderung ist bei der Koordinierungsstelle zur Prüfung. Bis zur Freigabe zeigt die öffentliche Seite den bisherigen Stand.
edit-pending = Eine Änderung wartet auf Prüfung durch die Koordinierungsstelle. Sie sehen hier Ihre Fassung; wenn Sie erneut speichern, ersetzt sie die wartende.
edit-returned = Die Koordinierungsstelle hat Ihre Änderung zurückgegeben:
edit-error-name-missing = Bitte geben Sie einen Namen an.
edit-error-too-long = Dieser Text ist zu lang.
edit-error-choice = Bitte wählen Sie einen der Einträge.
edit-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an.
edit-error-website = Die Webseite beginnt mit https:// oder http://.
edit-error-phone = Bitte nur Ziffern, Leerzeichen und + - / ( ).
edit-error-hours = Bitte je Zeile Tage und Uhrzeit, z. B. „Mo-Fr 9-12 Uhr“ oder „Di, Do 14:00-18:00“.
field-name = Name
field-summary = Kurzbeschreibung
field-description = Beschreibung
field-eligibility = Für wen
field-how-to-access = So kommen Sie hin / so melden Sie sich
field-cost = Kosten
field-access = Termin
field-childcare = Kinderbetreuung während des Angebots
field-phone = Telefon
field-email = E-Mail
field-website = Webseite
field-hours = Öffnungszeiten
field-hours-hint = Eine Zeile je Zeitraum, z. B. „Mo-Fr 9-12 Uhr“ oder „Dienstag und Donnerstag 14 bis 18 Uhr“.
field-closed-reason = Vorübergehend geschlossen – Grund (leer lassen, wenn geöffnet)
reviews-none = Keine Änderung wartet auf Prüfung.
reviews-back = ← Alle wartenden Änderungen
review-title = Änderung prüfen
review-heading = Änderung an: { $name }
review-author = Eingereicht von { $email }
review-field = Feld
review-old = Bisher
review-new = Neu
review-no-changes = Diese Fassung ändert nichts.
review-approve = Freigeben
review-comment = Kommentar für die Redaktion
review-return = Mit Kommentar zurückgeben
review-decided = Über diese Änderung ist schon entschieden.
overdue-never = nie
mail-reminder-subject = Bitte prüfen: { $offer }
mail-reminder-body = Guten Tag,

    der Eintrag „{ $offer }“ im Wegweiser Lichtenberg wurde seit über sechs Monaten nicht bestätigt. Damit Alleinerziehende sich auf die Angaben verlassen können, bitten wir Sie um einen kurzen Blick.

    Alles stimmt noch? Ein Klick genügt:
    { $confirm }

    Etwas hat sich geändert? Hier bearbeiten Sie den Eintrag:
    { $edit }

    Vielen Dank!
    Koordinierungsstelle Alleinerziehende Lichtenberg
report-error-short = Bitte beschreiben Sie in ein paar Worten (mindestens 10 Zeichen), was nicht stimmt.
report-error-throttled = Von Ihnen kamen gerade mehrere Hinweise. Danke! Bitte schicken Sie weitere etwas später.
report-error-long = Bitte fassen Sie sich kürzer (höchstens 2000 Zeichen).
mail-report-subject = Fehlermeldung zu: { $offer }
mail-report-body = Guten Tag,

    zum Eintrag „{ $offer }“ im Wegweiser Lichtenberg ist eine Meldung eingegangen:

    { $message }

    Hier können Sie den Eintrag prüfen und bearbeiten:
    { $edit }

    Koordinierungsstelle Alleinerziehende Lichtenberg
new-offer-title = Neues Angebot anlegen
new-offer-submit = Als Entwurf anlegen
offers-admin-all = Alle Angebote
edit-status = Status: { $status }
status-action-publish = Veröffentlichen
status-action-archive = Archivieren
status-action-draft = Zurück auf Entwurf
synonyms-intro = Diese Regeln bringen die Suche dazu, Wörter gleichzusetzen, die Eltern verwenden. Änderungen wirken nach wenigen Sekunden auf allen Seiten.
synonyms-rules = Regeln, eine pro Zeile
synonyms-hint = „Kita, Kindertagesstätte, Kindergarten“ – alle Wörter finden dasselbe. „Hartz IV => Bürgergeld“ – die Suche nach dem linken Wort findet auch die rechten, nicht umgekehrt.
synonyms-saved = Gespeichert. Die Suche verwendet die neuen Regeln.
synonyms-error-line = Zeile { $line } („{ $rule }“) ist keine gültige Regel: Wörter mit Kommas trennen, für eine Richtung „=>“ verwenden.
orgs-new = Neuen Träger anlegen
orgs-create = Anlegen
orgs-all = Alle Träger
orgs-back = ← Alle Träger
orgs-edit-title = Träger bearbeiten
org-field-name = Name
org-field-kind = Art
org-field-description = Beschreibung
org-field-website = Webseite
org-field-email = E-Mail
org-field-phone = Telefon
categories-all = Alle Kategorien
categories-back = ← Kategorien
category-new-title = Neue Kategorie
category-edit-title = Kategorie bearbeiten
category-field-slug = Kurzname in der Adresse
category-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, z. B. „ferien-und-freizeit“; erscheint in /kategorien/…
category-field-name-de = Name (Deutsch)
category-field-name-en = Name (Englisch)
category-field-description-de = Beschreibung (Deutsch)
category-field-description-en = Beschreibung (Englisch)
category-field-position = Reihenfolge (Zahl, kleinere zuerst)
category-error-slug = Bitte nur Kleinbuchstaben, Ziffern und Bindestriche (2 bis 60 Zeichen).
category-error-slug-taken = Diesen Kurznamen hat schon eine andere Kategorie.
category-error-position = Bitte eine Zahl von 0 bis 1000.
locations-title = Orte des Trägers
locations-back = ← { $org }
locations-others = Weitere Orte
location-new-title = Neuen Ort anlegen
location-edit-title = Ort bearbeiten
location-field-name = Name des Ortes
location-field-street = Straße und Hausnummer
location-field-postcode = Postleitzahl
location-field-city = Ort
location-field-lat = Breitengrad
location-field-lon = Längengrad
location-position-hint = Für Karte, Entfernung und Ortsteil, z. B. 52.5160 und 13.4990 (aus einer Karte ablesen). Leer lassen, wenn unbekannt.
location-field-transit = Anfahrt mit Bus und Bahn
location-field-contact-note = Hinweis zur Kontaktaufnahme (bei vertraulichen Orten statt der Adresse)
location-field-wheelchair = Rollstuhlgerecht
location-field-confidential = Vertrauliche Adresse (z. B. Schutzwohnung): Adresse, Lage und Ortsteil erscheinen nirgends öffentlich
location-offers = Angebote an diesem Ort
location-error-postcode = Eine Postleitzahl hat fünf Ziffern.
location-error-position = Bitte beide Werte angeben, als Zahlen in Berlin (Breite 52,3–52,7, Länge 13,0–13,8), oder beide leer lassen.
mail-revision-approved-subject = Ihre Änderung an „{ $offer }“ ist freigegeben
mail-revision-approved-body = Guten Tag,

    die Koordinierungsstelle hat Ihre Änderung an „{ $offer }“ geprüft und freigegeben. Sie ist jetzt im Wegweiser zu sehen:
    { $link }

    Vielen Dank, dass Sie den Eintrag aktuell halten.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-revision-returned-subject = Ihre Änderung an „{ $offer }“: bitte noch einmal ansehen
mail-revision-returned-body = Guten Tag,

    die Koordinierungsstelle hat Ihre Änderung an „{ $offer }“ noch nicht freigegeben und schreibt dazu:

    { $comment }

    Sie können die Änderung hier überarbeiten und erneut einreichen:
    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
# The offer and organisation forms: texts per language, closed lists, places, publishing.
edit-translations-hint = Deutsch ist Pflicht, die anderen Sprachen sind freiwillig. Fehlt eine Übersetzung, zeigen die Seiten in dieser Sprache den deutschen Text mit einem Hinweis.
edit-error-control = Bitte ohne Zeilenumbrüche oder andere Steuerzeichen: Dieses Feld ist eine Zeile.
edit-error-translation-too-long = Die Übersetzung ist zu lang.
edit-error-topic-missing = Bitte wählen Sie mindestens ein Thema: Ohne Thema findet niemand das Angebot.
edit-error-reach-missing = Bitte geben Sie an, wie man das Angebot erreicht: Telefon, E-Mail, Webseite oder einen Ort mit Adresse.
edit-error-place-name = Jeder Ort braucht einen Namen.
edit-section-texts = Texte
edit-section-terms = Kosten und Zugang
edit-section-contact = Kontakt und Öffnungszeiten
edit-section-lists = Themen, Sprachen und Zielgruppen
edit-section-places = Orte
edit-places-hint = Wo findet das Angebot statt? Die Angaben zu einem Ort gelten für alle Angebote dort. Einen neuen Ort tragen Sie unten ein.
edit-place-new = Neuer Ort
edit-place-used = Das Angebot findet hier statt
edit-place-confidential = Vertrauliche Adresse: Sie wird nur von der Koordinierungsstelle auf der Seite des Ortes geändert.
edit-place-ortsteil = Ortsteil
edit-place-ortsteil-none = – nicht angegeben –
edit-place-page = Lage auf der Karte und weitere Angaben zum Ort
field-cost-note = Kosten im Einzelnen (z. B. „3 € je Treffen“)
field-categories = Themen
field-languages = Sprachen, in denen beraten wird
field-target-groups = Für wen besonders
field-places = Orte
