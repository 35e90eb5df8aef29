## Site frame
site-name = Wegweiser Lichtenberg
site-description = Hilfe und Angebote für Alleinerziehende in Berlin-Lichtenberg: Beratung, Kinderbetreuung, Geld, Arbeit, Wohnen und Treffs – nah am Wohnort.
skip-to-content = Zum Inhalt springen
quick-exit = Seite schnell verlassen
quick-exit-key = (Esc)
nav-label = Hauptnavigation
nav-home = Startseite
nav-search = Angebote suchen
nav-categories = Themen
nav-ortsteile = Ortsteile
nav-emergency = Notfall & schnelle Hilfe
language-label = Sprache
breadcrumb-label = Sie sind hier
footer-about = Wegweiser ist die Plattform der Koordinierungsstelle Alleinerziehende Lichtenberg. Etwa jede dritte Familie im Bezirk ist eine Ein-Eltern-Familie.
footer-privacy = Diese Seite lädt nichts von anderen Servern und setzt kein Tracking ein. Ein Cookie merkt sich nur die gewählte Sprache.
footer-geodata = Kartengrundlage: Geoportal Berlin / ALKIS Berlin Ortsteile.
today = heute

## Emergency contacts
emergency-heading = Notfall und schnelle Hilfe
emergency-title = Notfall und schnelle Hilfe
emergency-intro = Diese Telefone helfen sofort, kostenlos und auf Wunsch anonym. Bei Gefahr für Leib und Leben wählen Sie 110 oder 112.
emergency-more-offers = Weitere Angebote bei Krisen und Gewalt
emergency-police-name = Polizei
emergency-police-hours = immer
emergency-ambulance-name = Feuerwehr und Rettungsdienst
emergency-ambulance-hours = immer
emergency-violence-women-name = Hilfetelefon Gewalt gegen Frauen
emergency-violence-women-hours = rund um die Uhr, in 18 Sprachen
emergency-big-hotline-name = BIG-Hotline bei häuslicher Gewalt (Berlin)
emergency-big-hotline-hours = rund um die Uhr
emergency-child-protection-name = Hotline Kinderschutz Berlin
emergency-child-protection-hours = rund um die Uhr, auch für Eltern
emergency-parents-phone-name = Elterntelefon (Nummer gegen Kummer)
emergency-parents-phone-hours = Mo–Fr 9–17 Uhr, Di und Do bis 19 Uhr
emergency-crisis-line-name = TelefonSeelsorge
emergency-crisis-line-hours = rund um die Uhr
emergency-pregnant-in-need-name = Hilfetelefon Schwangere in Not
emergency-pregnant-in-need-hours = rund um die Uhr, anonym
quick-exit-heading = Seite schnell verlassen
quick-exit-explained = Der Knopf „Seite schnell verlassen“ oben auf jeder Seite (oder die Escape-Taste) ersetzt diese Seite sofort durch eine Wetterseite. Mit „Zurück“ kommt man nicht hierher zurück. Löschen Sie danach den Browserverlauf, wenn jemand Ihr Gerät mitbenutzt.

## Home
home-title = Hilfe für Alleinerziehende in Lichtenberg
home-heading = Hilfe für Alleinerziehende in Lichtenberg
home-intro = Finden Sie Beratung, Kinderbetreuung, Hilfe bei Geld und Anträgen, Arbeit und Treffs in Ihrer Nähe – ohne Anmeldung.
home-total = { $count ->
    [one] 1 Angebot im Wegweiser
   *[other] { $count } Angebote im Wegweiser
}
home-quick-help = Schnelle Hilfe
home-quick-help-text = Sie brauchen jetzt sofort Hilfe? Diese Telefone sind kostenlos und anonym.
home-all-emergency = Alle Notfallnummern
home-categories = Was brauchen Sie?
home-ortsteile = Angebote in Ihrem Ortsteil
offers-count = { $count ->
    [0] noch keine Angebote
    [one] 1 Angebot
   *[other] { $count } Angebote
}

## Search
search-title = Angebote suchen
search-title-with-query = Suche nach „{ $query }“
search-label = Wonach suchen Sie?
search-placeholder = z. B. Beratung, Kita, Unterhalt
search-button = Suchen
filters-label = Suche und Filter
filter-category = Thema
filter-ortsteil = Ortsteil
filter-language = Sprache der Beratung
filter-all = alle
filter-only = Nur Angebote, die …
filter-free = kostenlos sind
filter-wheelchair = rollstuhlgerecht sind
filter-childcare = Kinderbetreuung anbieten
filter-open-now = jetzt geöffnet sind
filter-weekday = Geöffnet am
filter-any-day = an jedem Tag
filter-near = In der Nähe von
filter-near-placeholder = Postleitzahl oder Ortsteil
filter-sort = Sortieren nach
sort-relevance = bester Treffer
sort-distance = Entfernung
filter-walk-in = ohne Termin möglich sind
filter-evening = nach 17 Uhr geöffnet sind
filter-weekend = am Wochenende geöffnet sind
distance-km = { $km } km entfernt
error-unknown-weekday = „{ $value }“ ist kein Wochentag. Bitte wählen Sie einen Tag aus der Liste.
error-unknown-place = „{ $value }“ kennen wir nicht. Bitte geben Sie eine Lichtenberger Postleitzahl (z. B. 10369) oder einen Ortsteil an.
error-unknown-sort = „{ $value }“ ist keine Sortierung. Möglich sind „bester Treffer“ und „Entfernung“.
error-distance-needs-place = Um nach Entfernung zu sortieren, geben Sie bitte eine Postleitzahl oder einen Ortsteil an.
filter-reset = Alle Filter zurücksetzen
results-count = { $count ->
    [0] Keine Angebote gefunden
    [one] 1 Angebot gefunden
   *[other] { $count } Angebote gefunden
}
zero-results-text = Wir haben dazu kein passendes Angebot gefunden. Versuchen Sie ein anderes Wort oder weniger Filter.
did-you-mean = Meinten Sie
results-relaxed = Kein Angebot enthält alle Suchwörter. Hier sind Angebote, die einige davon enthalten.
zero-results-all = Alle Angebote ansehen
zero-results-categories = Nach Themen suchen
zero-results-emergency = Notfall und schnelle Hilfe
pager-label = Seiten
pager-prev = Vorherige Seite
pager-next = Nächste Seite
page-of = Seite { $page } von { $pages }
error-summary-title = Bitte prüfen Sie Ihre Eingabe
error-query-too-long = Der Suchtext ist zu lang. Bitte höchstens { $max } Zeichen eingeben.
error-unknown-category = Das Thema „{ $value }“ gibt es nicht. Bitte wählen Sie ein Thema aus der Liste.
error-unknown-ortsteil = Den Ortsteil „{ $value }“ gibt es in Lichtenberg nicht. Bitte wählen Sie einen Ortsteil aus der Liste.
error-unknown-language = Die Sprache „{ $value }“ kennen wir nicht. Bitte wählen Sie eine Sprache aus der Liste.
error-invalid-flag = „{ $value }“ ist hier kein gültiger Wert. Erlaubt sind ja (1) oder nein (0).
error-invalid-number = „{ $value }“ ist keine gültige Seitenzahl.

## Offer cards and pages
example-entry = Beispiel-Eintrag
example-entry-long = Beispiel-Eintrag: Dieses Angebot ist erfunden und dient nur zur Vorführung.
example-org-long = Beispiel-Eintrag: Diesen Träger gibt es nicht; er dient nur zur Vorführung.
label-where = Ort
place-confidential = Adresse vertraulich
place-phone-online = telefonisch oder online
place-outside = außerhalb von Lichtenberg
badge-wheelchair = rollstuhlgerecht
badge-childcare = mit Kinderbetreuung
closed-reason-label = Vorübergehend geschlossen
offered-by = Angeboten von
content-only-german = Dieses Angebot ist nur auf Deutsch beschrieben.
label-cost = Kosten
label-access = Zugang
label-languages = Sprachen
label-target-groups = Für wen
label-childcare = Kinderbetreuung
yes-childcare = Ja, Kinder werden während des Angebots betreut.
no-childcare = Nein
label-categories = Themen
label-phone = Telefon
label-email = E-Mail
label-website = Internet
label-ortsteil = Ortsteil
label-transit = Anfahrt
hours-heading = Öffnungszeiten
hours-none = Keine festen Öffnungszeiten. Bitte vereinbaren Sie einen Termin.
hours-holidays-closed = An gesetzlichen Feiertagen in Berlin geschlossen.
hours-exceptions = Abweichende Öffnungszeiten
hours-closed = geschlossen
hours-holiday-note = Am { $date } ({ $holiday }) ist geschlossen.
contact-heading = Kontakt
where-heading = Wo
location-confidential = Die Adresse ist zum Schutz der Bewohnerinnen vertraulich. Bitte nehmen Sie telefonisch Kontakt auf.
wheelchair-yes = Rollstuhlgerecht zugänglich.
wheelchair-no = Nicht rollstuhlgerecht oder unbekannt – bitte vorher anrufen.
about-heading = Über das Angebot
eligibility-heading = Wer kann kommen?
last-verified = Zuletzt geprüft am { $date }
valid-until = Dieses Angebot läuft bis { $date }.
print-view = Druckansicht
print-back = Zurück zum Angebot
print-now = Drucken
print-source = Aktuelle Angaben: Wegweiser Lichtenberg, { $url }
map-source = Geoportal Berlin / ALKIS Berlin Ortsteile
map-location = Lage: { $place }
map-ortsteil = Lage des Ortsteils { $name } im Bezirk Lichtenberg
org-offers = { $count ->
    [0] Keine aktuellen Angebote
    [one] 1 Angebot
   *[other] { $count } Angebote
}
org-kind-public-institution = Öffentliche Einrichtung
org-kind-provider = Freier Träger
org-kind-helpline = Telefon- und Onlineberatung

## Open or closed
open-always = Rund um die Uhr erreichbar
open-until = Jetzt geöffnet bis { $time } Uhr
opens-today = Geschlossen – öffnet heute um { $time } Uhr
opens-tomorrow = Geschlossen – öffnet morgen um { $time } Uhr
opens-on = Geschlossen – öffnet { $day } um { $time } Uhr
open-closed-for-now = Zurzeit geschlossen
open-by-appointment = Termin nach Vereinbarung
open-temporarily-closed = Vorübergehend geschlossen

## Fixed vocabularies
cost-free = kostenlos
cost-reduced = ermäßigt oder nach Einkommen
cost-paid = kostenpflichtig
access-appointment = nur mit Termin
access-walk-in = ohne Termin
access-both = mit oder ohne Termin
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
holiday-new-year = Neujahr
holiday-womens-day = Internationaler Frauentag
holiday-good-friday = Karfreitag
holiday-easter-monday = Ostermontag
holiday-labour-day = Tag der Arbeit
holiday-liberation-day = Tag der Befreiung
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

## Lists
ortsteile-title = Ortsteile
ortsteile-intro = Lichtenberg hat zehn Ortsteile. Wählen Sie Ihren Ortsteil, um Angebote in Ihrer Nähe zu sehen.
ortsteil-title = Angebote in { $name }
ortsteil-postcodes = Postleitzahlen: { $postcodes }
categories-title = Themen
categories-intro = Wählen Sie ein Thema, um passende Angebote im ganzen Bezirk zu sehen.
related-categories = Themen in diesem Ortsteil
related-ortsteile = In diesen Ortsteilen
topic-filter-more = Diese Angebote weiter filtern

## Errors
error-status = Fehlercode { $status }
error-go-home = Zur Startseite
error-go-search = Angebote suchen
error-400-title = Die Anfrage ist ungültig
error-400-text = Die Adresse { $path } enthält Angaben, die wir nicht verstehen.
error-403-title = Kein Zugriff
error-403-text = Sie haben keinen Zugriff auf { $path }, oder das Formular war veraltet. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
error-404-title = Seite nicht gefunden
error-404-text = Unter der Adresse { $path } gibt es keine Seite. Vielleicht ist das Angebot beendet oder die Adresse falsch geschrieben.
error-405-title = Nicht erlaubt
error-405-text = Diese Aktion ist unter { $path } nicht möglich.
error-408-title = Zeitüberschreitung
error-408-text = Die Antwort für { $path } hat zu lange gedauert. Bitte versuchen Sie es noch einmal.
error-413-title = Zu viele Daten
error-413-text = Die gesendeten Daten für { $path } sind zu groß.
error-500-title = Ein Fehler ist aufgetreten
error-500-text = Bei { $path } ist bei uns etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.
error-503-title = Gleich wieder da
error-503-text = Der Wegweiser startet gerade. Bitte laden Sie { $path } in ein paar Sekunden neu.
error-401-title = Anmeldung fehlgeschlagen
error-401-text = Für { $path } ist eine Anmeldung nötig.
error-429-title = Zu viele Versuche
error-429-text = Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.

## Anmeldung und Verwaltung
login-title = Anmelden
login-intro = Für Mitarbeitende der Koordinierungsstelle, der Träger und Mitglieder der AG Alleinerziehende. Eltern brauchen kein Konto.
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-failed = E-Mail-Adresse oder Passwort stimmen nicht.
login-throttled = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.
logout-submit = Abmelden
admin-title = Verwaltung
admin-signed-in-as = Angemeldet als { $name } ({ $role }).
role-coordinator = Koordinierungsstelle
role-provider-editor = Träger-Redaktion
role-employer = Arbeitgeber
role-ag-member = AG-Mitglied
role-parent = Elternteil
audit-title = Protokoll
audit-when = Wann
audit-who = Wer
audit-what = Was
audit-login = Anmeldung
audit-logout = Abmeldung
audit-login-failed = Fehlgeschlagene Anmeldung
audit-account-created = Konto angelegt
admin-back = ← Zur Verwaltung
admin-invite-link = Person einladen
form-has-errors = Bitte prüfen Sie die markierten Angaben.
invite-title = Person einladen
invite-intro = Die eingeladene Person bekommt eine E-Mail mit einem Link, über den sie ihr Passwort festlegt. Der Link gilt sieben Tage.
invite-email = E-Mail-Adresse
invite-name = Name (freiwillig)
invite-role = Rolle
invite-organization = Träger (für die Träger-Redaktion)
invite-organization-none = – kein Träger –
invite-submit = Einladung senden
invite-sent = Die Einladung an { $email } ist unterwegs.
invite-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@traeger.de.
invite-error-role = Bitte wählen Sie eine Rolle.
invite-error-organization = Die Träger-Redaktion gehört zu einem Träger: bitte wählen Sie ihn aus.
invite-error-taken = Für diese E-Mail-Adresse gibt es schon ein Konto.
password-title = Passwort festlegen
password-intro = Konto: { $email }. Wählen Sie ein Passwort mit mindestens 10 Zeichen.
password-new = Neues Passwort
password-hint = Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und sicher.
password-repeat = Passwort wiederholen
password-submit = Passwort speichern und anmelden
password-error-short = Das Passwort ist zu kurz: es braucht mindestens 10 Zeichen.
password-error-long = Das Passwort ist zu lang.
password-error-repeat = Die beiden Eingaben stimmen nicht überein.
password-link-invalid = Dieser Link ist nicht mehr gültig: er wurde schon benutzt oder ist abgelaufen. Bitte bitten Sie die Koordinierungsstelle um eine neue Einladung.
audit-account-invited = Person eingeladen
audit-password-set = Passwort festgelegt
mail-invitation-subject = Einladung zum Wegweiser Lichtenberg
mail-invitation-body = Guten Tag,

    die Koordinierungsstelle Alleinerziehende Lichtenberg lädt Sie zum Wegweiser ein (Rolle: { $role }).

    Über diesen Link legen Sie Ihr Passwort fest (er gilt sieben Tage und nur einmal):
    { $link }

    Wenn Sie diese Einladung nicht erwartet haben, können Sie die E-Mail einfach löschen.

    Koordinierungsstelle Alleinerziehende Lichtenberg
offers-admin-title = Angebote bearbeiten
offers-admin-search = Angebot oder Träger suchen
offers-admin-organization = Träger
offers-admin-status = Status
offers-admin-back = ← Alle Angebote
status-draft = Entwurf
status-published = veröffentlicht
status-archived = archiviert
edit-title = Angebot bearbeiten
edit-heading = Bearbeiten: { $name }
edit-public-page = Öffentliche Seite ansehen
edit-submit = Speichern
edit-saved = Gespeichert. Die öffentliche Seite zeigt die Änderung.
edit-submitted = Ihre Änderung ist bei der Koordinierungsstelle zur Prüfung. Bis zur Freigabe zeigt die öffentliche Seite den bisherigen Stand.
edit-pending = Eine Änderung wartet auf Prüfung durch die Koordinierungsstelle. Sie sehen hier Ihre Fassung; wenn Sie erneut speichern, ersetzt sie die wartende.
edit-returned = Die Koordinierungsstelle hat Ihre Änderung zurückgegeben:
edit-error-name-missing = Bitte geben Sie einen Namen an.
edit-error-too-long = Dieser Text ist zu lang.
edit-error-choice = Bitte wählen Sie einen der Einträge.
edit-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an.
edit-error-website = Die Webseite beginnt mit https:// oder http://.
edit-error-phone = Bitte nur Ziffern, Leerzeichen und + - / ( ).
edit-error-hours = Bitte je Zeile wie „Mo-Fr 09:00-12:00“ oder „Di,Do 14:00-18:00“.
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
field-hours-hint = Eine Zeile je Zeitraum, z. B. „Mo-Fr 09:00-12:00“.
field-closed-reason = Vorübergehend geschlossen – Grund (leer lassen, wenn geöffnet)
reviews-title = Änderungen prüfen
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
audit-offer-edited = Angebot geändert
audit-revision-submitted = Änderung eingereicht
audit-revision-approved = Änderung freigegeben
audit-revision-returned = Änderung zurückgegeben
not-confirmed-recently = Dieser Eintrag wurde seit längerer Zeit nicht vom Träger bestätigt. Bitte fragen Sie vor einem Besuch kurz nach, ob die Angaben noch stimmen.
overdue-title = Zu bestätigen
overdue-intro = Diese Einträge wurden seit über sechs Monaten nicht bestätigt.
overdue-none = Alle Einträge sind aktuell bestätigt.
overdue-since = zuletzt bestätigt: { $date }
overdue-never = nie
overdue-confirm = Stimmt noch
confirm-title = Eintrag bestätigen
confirm-question = Stimmen die Angaben zu „{ $offer }“ noch?
confirm-submit = Ja, der Eintrag stimmt noch
confirm-or-edit = Etwas hat sich geändert?
confirm-edit-link = Eintrag bearbeiten (Anmeldung nötig)
confirm-done = Danke! Der Eintrag ist als aktuell bestätigt.
confirm-link-invalid = Dieser Link ist nicht mehr gültig: der Eintrag wurde schon bestätigt, oder es gibt eine neuere Erinnerung.
audit-offer-confirmed = Eintrag bestätigt
audit-reminder-sent = Erinnerung verschickt
mail-reminder-subject = Bitte prüfen: { $offer }
mail-reminder-body = Guten Tag,

    der Eintrag „{ $offer }“ im Wegweiser Lichtenberg wurde seit über sechs Monaten nicht bestätigt. Damit Alleinerziehende sich auf die Angaben verlassen können, bitten wir Sie um einen kurzen Blick.

    Alles stimmt noch? Ein Klick genügt:
    { $confirm }

    Etwas hat sich geändert? Hier bearbeiten Sie den Eintrag:
    { $edit }

    Vielen Dank!
    Koordinierungsstelle Alleinerziehende Lichtenberg
report-link = Fehler in diesem Eintrag melden
report-title = Fehler melden
report-back = ← Zurück zu „{ $offer }“
report-intro = Stimmt etwas an „{ $offer }“ nicht – Zeiten, Adresse, Telefonnummer? Schreiben Sie uns kurz, was falsch ist. Die Koordinierungsstelle und der Träger bekommen Ihre Nachricht.
report-message = Was ist falsch?
report-hint = Bitte keine Namen oder persönlichen Angaben. Sie bekommen keine Antwort, weil wir nicht wissen, wer Sie sind.
report-submit = Meldung senden
report-done = Danke! Ihre Meldung ist angekommen. Der Eintrag wird geprüft.
report-error-short = Bitte beschreiben Sie in ein paar Worten (mindestens 10 Zeichen), was nicht stimmt.
report-error-long = Bitte fassen Sie sich kürzer (höchstens 2000 Zeichen).
reports-title = Gemeldete Fehler
reports-none = Keine offenen Meldungen.
reports-close = Erledigt
audit-report-closed = Meldung erledigt
mail-report-subject = Fehlermeldung zu: { $offer }
mail-report-body = Guten Tag,

    zum Eintrag „{ $offer }“ im Wegweiser Lichtenberg ist eine Meldung eingegangen:

    { $message }

    Hier können Sie den Eintrag prüfen und bearbeiten:
    { $edit }

    Koordinierungsstelle Alleinerziehende Lichtenberg
forgot-link = Passwort vergessen?
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, über den Sie ein neues Passwort festlegen. Der Link gilt eine Stunde.
forgot-submit = Link anfordern
forgot-sent = Wenn es zu dieser Adresse ein Konto gibt, ist eine E-Mail mit dem Link unterwegs.
audit-password-reset-requested = Neues Passwort angefordert
mail-reset-subject = Neues Passwort für den Wegweiser Lichtenberg
mail-reset-body = Guten Tag,

    Sie (oder jemand anderes) haben ein neues Passwort für Ihr Konto im Wegweiser Lichtenberg angefordert. Über diesen Link legen Sie es fest (er gilt eine Stunde und nur einmal):
    { $link }

    Wenn Sie nichts angefordert haben, löschen Sie diese E-Mail einfach; Ihr Passwort bleibt, wie es ist.

    Koordinierungsstelle Alleinerziehende Lichtenberg
new-offer-title = Neues Angebot anlegen
new-offer-submit = Als Entwurf anlegen
offers-admin-all = Alle Angebote
edit-status = Status: { $status }
status-action-publish = Veröffentlichen
status-action-archive = Archivieren
status-action-draft = Zurück auf Entwurf
audit-offer-created = Angebot angelegt
audit-offer-published = Angebot veröffentlicht
audit-offer-archived = Angebot archiviert
audit-offer-unpublished = Angebot auf Entwurf gesetzt
synonyms-title = Suchbegriffe (Synonyme)
synonyms-intro = Diese Regeln bringen die Suche dazu, Wörter gleichzusetzen, die Eltern verwenden. Änderungen wirken nach wenigen Sekunden auf allen Seiten.
synonyms-rules = Regeln, eine pro Zeile
synonyms-hint = „Kita, Kindertagesstätte, Kindergarten“ – alle Wörter finden dasselbe. „Hartz IV => Bürgergeld“ – die Suche nach dem linken Wort findet auch die rechten, nicht umgekehrt.
synonyms-saved = Gespeichert. Die Suche verwendet die neuen Regeln.
synonyms-error-line = Zeile { $line } („{ $rule }“) ist keine gültige Regel: Wörter mit Kommas trennen, für eine Richtung „=>“ verwenden.
audit-synonyms-changed = Suchbegriffe geändert
account-title = Mein Konto
account-data-title = Ihre Daten
account-data-intro = Sie können alles herunterladen, was der Wegweiser über Ihr Konto speichert.
account-data-download = Meine Daten herunterladen (JSON)
account-delete-title = Konto löschen
account-delete-intro = Ihr Konto und alle Angaben zu Ihnen werden gelöscht. Das lässt sich nicht rückgängig machen.
account-delete-submit = Konto endgültig löschen
account-delete-wrong-password = Das Passwort stimmt nicht. Ihr Konto wurde nicht gelöscht.
account-deleted = Ihr Konto und alle Angaben zu Ihnen sind gelöscht.
audit-account-deleted = Konto gelöscht
orgs-title = Träger und Einrichtungen
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
audit-organization-edited = Träger geändert
audit-organization-created = Träger angelegt
categories-admin-title = Kategorien
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
audit-category-saved = Kategorie gespeichert
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
audit-location-saved = Ort gespeichert
audit-all = Das ganze Protokoll
audit-pages = Seiten des Protokolls
audit-newer = ← Neuere Einträge
audit-older = Ältere Einträge →
audit-page-summary = Seite { $page }, { $total } Einträge insgesamt, die neuesten zuerst.
nav-check = Leistungs-Check
check-title = Leistungs-Check für Alleinerziehende
check-intro = Ein paar Fragen, und Sie sehen, welche Leistungen für Sie in Frage kommen könnten – mit ungefähren Beträgen und wo Sie sie beantragen.
check-privacy = Ihre Antworten werden nicht gespeichert: Der Wegweiser rechnet nur und vergisst sie sofort wieder.
check-children = Ihre Kinder
check-children-hint = Für jedes Kind das Alter in Jahren und den Unterhalt, den der andere Elternteil im Monat tatsächlich zahlt (leer lassen oder 0, wenn nichts kommt).
check-child-age = Alter von Kind { $n }
check-child-maintenance = Unterhalt für Kind { $n } im Monat (Euro)
check-child-training = Kind { $n } ist in Schule oder Ausbildung (ab 18 wichtig)
check-income = Ihr eigenes Einkommen aus Arbeit im Monat, brutto (Euro)
check-income-hint = Leer lassen oder 0, wenn Sie nichts verdienen.
check-buergergeld = Ich bekomme Bürgergeld (Grundsicherungsgeld) vom Jobcenter
check-submit = Auswerten
check-results = Das könnte für Sie in Frage kommen
check-indication = Das ist eine unverbindliche Einschätzung, keine Entscheidung. Verbindlich beraten Sie das Jugendamt Lichtenberg, das Jobcenter Lichtenberg und die Familienkasse.
check-nothing = Nach Ihren Angaben kommt keine der geprüften Leistungen in Frage. Lassen Sie sich trotzdem beraten: Es gibt weitere Hilfen.
check-covered = Geprüft werden: Kindergeld, Unterhaltsvorschuss, Kinderzuschlag, Wohngeld, Mehrbedarf für Alleinerziehende, Entlastungsbetrag (Steuerklasse II), Elterngeld, Bildung und Teilhabe, Berlin-Ticket S (berlinpass), Kita-Gutschein und die Beistandschaft des Jugendamts. Die Beträge sind Richtwerte; Kinderzuschlag und Wohngeld hängen von Ihrer Miete und Ihrem ganzen Einkommen ab.
check-per-month = etwa { $amount } im Monat
check-per-year = { $amount } im Jahr
check-source = Regel und Betrag: { $source }
check-rules-valid = Stand der Regeln: gültig vom { $from } bis { $until }.
check-no-rules = Für das heutige Datum liegen noch keine geprüften Regeln vor. Bitte lassen Sie sich beraten.
check-error-age = Bitte das Alter in ganzen Jahren angeben (0 bis 26).
check-error-amount = Bitte einen Betrag in Euro angeben, z. B. 1.250 oder 1250,50 (nicht negativ).
check-error-no-child = Bitte geben Sie das Alter von mindestens einem Kind an.
benefit-kindergeld = Kindergeld
benefit-kindergeld-why = Für jedes Kind unter 18 Jahren, in Schule oder Ausbildung bis 25.
benefit-kindergeld-where = Beantragen bei der Familienkasse (Telefon 0800 4 5555 30), bis zu sechs Monate rückwirkend.
benefit-unterhaltsvorschuss = Unterhaltsvorschuss
benefit-unterhaltsvorschuss-why = Wenn der andere Elternteil keinen oder zu wenig Unterhalt zahlt, für Kinder unter 18 Jahren; gezahlter Unterhalt wird abgezogen. Für Kinder ab 12 gelten Zusatzbedingungen, wenn Sie Bürgergeld bekommen.
benefit-unterhaltsvorschuss-where = Beantragen beim Jugendamt Lichtenberg, Unterhaltsvorschussstelle, Telefon (030) 90296-7011.
benefit-mehrbedarf = Mehrbedarf für Alleinerziehende
benefit-mehrbedarf-why = Ein Zuschlag zum Bürgergeld, weil Sie Ihre Kinder allein erziehen.
benefit-mehrbedarf-where = Wird vom Jobcenter Lichtenberg gezahlt; sprechen Sie es an, wenn er in Ihrem Bescheid fehlt.
benefit-entlastungsbetrag = Entlastungsbetrag für Alleinerziehende (Steuerklasse II)
benefit-entlastungsbetrag-why = Wenn Sie mit Ihren Kindern ohne einen anderen Erwachsenen leben und Kindergeld bekommen: weniger Lohnsteuer schon während des Jahres.
benefit-entlastungsbetrag-where = Steuerklasse II beim Finanzamt beantragen (oder in der Steuererklärung).
check-per-child = Kind { $n } ({ $age } Jahre): { $amount }

## Service chains (Wege durch Lebenslagen)
nav-chains = Lebenslagen
chains-title = Wege durch Ihre Lebenslage
chains-intro = Schritt für Schritt: was zu tun ist, in welcher Reihenfolge, wohin Sie gehen und was Sie mitbringen – mit den Stellen in Lichtenberg.
chains-privacy = Sie können Schritte abhaken, ohne sich anzumelden. Ihr Fortschritt bleibt nur in diesem Browser (oder in Ihrem persönlichen Link) – der Wegweiser speichert nichts darüber.
chains-all = Alle Lebenslagen
chain-steps-count = { $count ->
    [one] 1 Schritt
   *[other] { $count } Schritte
}
chain-progress = { $done } von { $total } Schritten erledigt
chain-progress-heading = Ihr Fortschritt
chain-progress-privacy = Gespeichert nur in diesem Browser, nicht auf dem Server.
chain-from-link = Sie sehen den Stand aus Ihrem persönlichen Link. Wenn Sie einen Schritt abhaken, merkt sich auch dieser Browser den Stand.
chain-private-link = Persönlicher Link zu Ihrem Stand
chain-private-link-hint = Speichern Sie diesen Link als Lesezeichen oder schicken Sie ihn sich selbst, um auf einem anderen Gerät weiterzumachen. Wer den Link hat, sieht, welche Schritte Sie abgehakt haben – sonst nichts.
chain-reset = Fortschritt löschen
chain-anchor-label = Datum: { $event }
chain-anchor-hint = Optional. Dann zeigen wir die Fristen als Datum. Das Datum bleibt nur in diesem Browser.
chain-anchor-save = Fristen berechnen
chain-date-invalid = Bitte geben Sie ein Datum wie 01.03.2027 ein.
chain-print = Als Checkliste drucken (eine Seite A4)
chain-print-back = Zurück zum Weg
chain-print-date = Stand: { $date }
chain-print-addresses = Adressen
chain-step-n = Schritt { $n }
chain-step-done = erledigt
chain-tick = Schritt { $n } als erledigt abhaken
chain-untick = Schritt { $n } wieder offen
chain-condition = Nur für Sie, wenn
chain-deadline = Frist
chain-deadline-date = bis { $date }
chain-deadline-passed = vorbei
chain-documents = Mitbringen
chain-costs = Kosten
chain-tip = Tipp
chain-where = Wer hilft
chain-branch = Weiter geht es hier:
chain-related = Passende Lebenslagen
chain-qr-heading = QR-Code für Aushang und Flyer
chain-qr-hint = Dieser Code führt zu dieser Seite. Er enthält keinen persönlichen Fortschritt.
chain-qr-alt = QR-Code zur Seite „{ $title }“
chain-qr-download = QR-Code herunterladen (SVG)
chain-preview-banner = Vorschau des Entwurfs – so sähe die Seite nach dem Veröffentlichen aus.
chain-error-title = Bitte geben Sie einen deutschen Titel ein.
chain-error-no-steps = Ein Weg braucht mindestens einen Schritt.
chain-error-too-many-steps = Ein Weg hat höchstens 15 Schritte – teilen Sie ihn in zwei Lebenslagen.
chain-error-step-key = Zwei Schritte haben dieselbe Kennung oder eine ungültige.
chain-error-step-title = Bitte geben Sie dem Schritt einen deutschen Titel.
chain-error-related = Bitte nur Kurznamen aus Kleinbuchstaben, Ziffern und Bindestrichen, getrennt durch Kommas.
chain-error-anchor = Bitte geben Sie das Ereignis auch auf Deutsch an.
chain-error-documents-lines = Die englische Liste braucht genauso viele Zeilen wie die deutsche.
chain-error-deadline-offset = Bitte eine ganze Zahl zwischen -400 und 400 eingeben (negativ: vor dem Ereignis).
chain-error-deadline-text = Bitte beschreiben Sie die Frist auch in Worten.
weekday-short-1 = Mo
weekday-short-2 = Di
weekday-short-3 = Mi
weekday-short-4 = Do
weekday-short-5 = Fr
weekday-short-6 = Sa
weekday-short-7 = So
chains-admin-title = Wege durch Lebenslagen
chains-admin-intro = Hier schreiben Sie die Wege (Dienstleistungsketten). Änderungen landen erst im Entwurf; Eltern sehen sie, wenn Sie veröffentlichen.
chains-admin-back = ← Alle Wege
chains-admin-order = Reihenfolge
chain-has-changes = Entwurf mit unveröffentlichten Änderungen
chain-move-up = „{ $title }“ nach oben
chain-move-down = „{ $title }“ nach unten
chain-new-title = Neuer Weg
chain-create = Als Entwurf anlegen
chain-field-slug = Kurzname für die Adresse
chain-field-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, z. B. schwanger-und-allein. Die Adresse /wege/… steht später auf Aushängen und ändert sich nicht mehr.
chain-field-title-de = Titel (Deutsch)
chain-field-title-en = Titel (Englisch)
chain-field-summary-de = Kurzbeschreibung (Deutsch)
chain-field-summary-en = Kurzbeschreibung (Englisch)
chain-field-anchor-de = Ereignis für Fristen (Deutsch)
chain-field-anchor-de-hint = Optional, z. B. „Geburt (oder errechneter Termin)“. Eltern können das Datum eingeben und sehen die Fristen dann als Datum.
chain-field-anchor-en = Ereignis für Fristen (Englisch)
chain-field-related = Passende Wege (Kurznamen, durch Kommas getrennt)
chain-field-explanation-de = Erklärung in einfacher Sprache (Deutsch)
chain-field-explanation-en = Erklärung (Englisch)
chain-field-documents-de = Mitbringen (Deutsch, ein Dokument pro Zeile)
chain-field-documents-en = Mitbringen (Englisch, gleiche Zeilen wie Deutsch)
chain-field-deadline-de = Frist in Worten (Deutsch)
chain-field-deadline-en = Frist in Worten (Englisch)
chain-field-deadline-offset = Frist ab dem Ereignis (Zahl)
chain-field-deadline-offset-hint = Optional. Zum Beispiel 3 für „3 Monate nach der Geburt“, -2 für „2 Monate vorher“.
chain-field-deadline-unit = Einheit der Frist
chain-field-costs-de = Kosten (Deutsch)
chain-field-costs-en = Kosten (Englisch)
chain-field-tips-de = Tipp (Deutsch)
chain-field-tips-en = Tipp (Englisch)
chain-field-condition-de = Nur wenn … (Deutsch)
chain-field-condition-de-hint = Optional, z. B. „nur wenn der andere Elternteil keinen Unterhalt zahlt“.
chain-field-condition-en = Nur wenn … (Englisch)
chain-field-branch = Verzweigt in den Weg (Kurzname)
chain-field-offers = Wer hilft: Angebote aus dem Verzeichnis
chain-field-offers-hint = Änderungen an diesen Angeboten (Adresse, Zeiten) erscheinen automatisch im Weg.
chain-unit-days = Tage
chain-unit-weeks = Wochen
chain-unit-months = Monate
chain-error-slug = Bitte nur Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).
chain-error-slug-taken = Diesen Kurznamen hat schon ein anderer Weg.
chain-preview = Vorschau des Entwurfs
chain-public-page = öffentliche Seite
chain-problems = Vor dem Veröffentlichen fehlt noch:
chain-offers-missing = Diese verknüpften Angebote sehen Eltern nicht mehr (beendet, archiviert oder Entwurf):
chain-offer-missing = Angebot Nr. { $id }
chain-publish = Entwurf veröffentlichen
chain-discard = Änderungen verwerfen
chain-unpublish = Offline nehmen
chain-archive = Archivieren
chain-notice-published = Veröffentlicht. Eltern sehen jetzt diese Fassung.
chain-notice-status = Status geändert.
chain-notice-incomplete = Der Weg ist noch nicht vollständig und wurde nicht veröffentlicht.
chain-steps-heading = Schritte
chain-step-offers = { $count ->
    [0] keine Angebote
    [one] 1 Angebot
   *[other] { $count } Angebote
}
chain-step-up = Schritt { $n } nach oben
chain-step-down = Schritt { $n } nach unten
chain-step-remove = Schritt { $n } entfernen
chain-step-add = Schritt hinzufügen
chain-fields-heading = Titel und Beschreibung
chain-step-new-title = Neuer Schritt
chain-step-edit-title = Schritt bearbeiten
chain-back-to = ← Zurück zu „{ $title }“
error-409-title = Inzwischen geändert
error-409-text = Jemand anderes hat diesen Inhalt gerade geändert, deshalb wurde Ihre Änderung nicht gespeichert. Bitte öffnen Sie { $path } neu und tragen Sie sie noch einmal ein.
home-chains = Was ist zu tun? Wege durch Ihre Lebenslage
home-chains-text = Schritt für Schritt, mit Fristen, Unterlagen und den Stellen in Lichtenberg. Abhaken geht ohne Anmeldung.
check-family = Schwangerschaft und Geburt
check-pregnant = Ich bin schwanger
check-birth = Ein Kind ist in den letzten 14 Monaten geboren
check-error-birth-no-baby = Bitte tragen Sie das Kind oben mit seinem Alter ein (0 oder 1 Jahr).
check-training = Das ist eine Ausbildungsvergütung (ich mache eine Ausbildung)
check-receives = Was Sie schon bekommen
check-wohngeld = Ich bekomme Wohngeld
check-kinderzuschlag = Ich bekomme Kinderzuschlag
check-rent = Ihre Miete im Monat, warm (Euro)
check-rent-hint = Miete mit Heiz- und Nebenkosten. Leer lassen, wenn Sie keine Miete zahlen.
check-up-to-month = bis zu { $amount } im Monat
check-range-month = zwischen { $amount } und { $max } im Monat
check-price-month = Sie zahlen { $amount } im Monat
check-link-chain = Schritt für Schritt: { $title }
check-link-offices = Stellen in Lichtenberg
benefit-entlastungsbetrag-amount = { $amount } im Jahr weniger zu versteuerndes Einkommen
benefit-unterhaltsvorschuss-note-ask = Für Kinder von 12 bis 17 Jahren zahlt das Jugendamt bei Bürgergeld nur, wenn Sie mindestens 600 € brutto verdienen – oder wenn der Unterhaltsvorschuss den Bürgergeld-Bedarf des Kindes beendet. Das zweite kann nur das Amt prüfen: Fragen Sie nach.
benefit-kinderzuschlag = Kinderzuschlag (KiZ)
benefit-kinderzuschlag-why = Für Familien, die mit eigenem Einkommen ab 600 € brutto leben, aber nicht genug für alle haben – statt Bürgergeld. Die genaue Höhe hängt von Miete, Einkommen und Vermögen ab; rechnen Sie sie mit dem KiZ-Lotsen der Familienkasse aus. Mit Kinderzuschlag gibt es auch Bildung und Teilhabe.
benefit-kinderzuschlag-where = Beantragen bei der Familienkasse (Telefon 0800 4 5555 30), auch online; bewilligt wird für 6 Monate.
benefit-kinderzuschlag-note-maintenance = Unterhalt und Unterhaltsvorschuss zählen als Einkommen des Kindes und mindern den Kinderzuschlag – meist lohnt sich beides zusammen trotzdem.
benefit-wohngeld = Wohngeld
benefit-wohngeld-why = Ein Zuschuss zur Miete für Haushalte mit eigenem, aber kleinem Einkommen – statt Bürgergeld, nicht zusätzlich. Die Höhe hängt von Haushaltsgröße, Miete und Einkommen ab; der Wohngeldrechner des Landes rechnet sie aus.
benefit-wohngeld-where = Beantragen beim Wohnungsamt Lichtenberg oder in jedem Lichtenberger Bürgeramt.
benefit-wohngeld-note-training = In einer Ausbildung, die mit BAföG oder Berufsausbildungsbeihilfe gefördert werden kann, ist Wohngeld meist ausgeschlossen. Lassen Sie es prüfen.
benefit-elterngeld = Elterngeld
benefit-elterngeld-why = Für die ersten Lebensmonate des Kindes: 65 bis 67 % des wegfallenden Nettoeinkommens. Als Alleinerziehende können Sie alle 14 Monate Basiselterngeld allein nehmen (oder bis zu 28 Monate ElterngeldPlus).
benefit-elterngeld-where = Beantragen bei der Elterngeldstelle im Jugendamt Lichtenberg (Telefon (030) 90296-5116) oder online mit ElterngeldDigital – innerhalb von 3 Monaten nach der Geburt.
benefit-elterngeld-note-no-earnings = Ohne Einkommen vor der Geburt gibt es den Mindestbetrag von 300 € für 12 Monate.
benefit-but = Bildung und Teilhabe (BuT)
benefit-but-amount = { $amount } im Jahr für Schulbedarf
benefit-but-why = Weil Sie Bürgergeld, Wohngeld oder Kinderzuschlag bekommen: Ausflüge und Klassenfahrten, Schulbedarf, Lernförderung, Mittagessen in Kita und Schule und bis zu 15 € im Monat für Verein oder Musikschule (unter 18).
benefit-but-where = Mit Bürgergeld beim Jobcenter, sonst beim Bezirksamt; Nachweis ist der berlinpass-BuT. Kostenlose Beratung in vielen Sprachen: BuT-Beratung (030) 577130040.
benefit-berlinpass = Berlin-Ticket S (berlinpass)
benefit-berlinpass-why = Mit Bürgergeld oder Wohngeld fahren Sie mit dem Berlin-Ticket S günstig Bus und Bahn (Tarifbereich AB) und bekommen Ermäßigungen für Museen, Theater, Tierpark und Volkshochschule.
benefit-berlinpass-where = Den Berechtigungsnachweis schickt die Stelle, die Ihre Leistung zahlt; das Ticket gibt es bei BVG und S-Bahn.
benefit-kita-gutschein = Kita-Gutschein
benefit-kita-gutschein-why = Ab dem 1. Geburtstag hat jedes Kind in Berlin Anspruch auf bis zu 7 Stunden Kita am Tag – ohne Bedarfsprüfung. Die Betreuung ist kostenfrei.
benefit-kita-gutschein-where = Beantragen 9 bis 2 Monate vor dem Start: in jedem Lichtenberger Bürgeramt oder im Familienbüro.
benefit-kita-gutschein-note-needs-reason = Für Kinder unter einem Jahr (oder für mehr als 7 Stunden) brauchen Sie einen Grund, zum Beispiel Arbeit oder Ausbildung. Planen Sie den Antrag früh.
benefit-beistandschaft = Beistandschaft des Jugendamts
benefit-beistandschaft-why = Kostenlose Hilfe, die Vaterschaft festzustellen und Unterhalt für Ihr Kind einzufordern – auch schon vor der Geburt. Ihr Sorgerecht bleibt, und Sie können sie jederzeit beenden. Kein Geldbetrag, aber oft der Weg zu mehr Unterhalt.
benefit-beistandschaft-where = Schriftlich beantragen beim Jugendamt Lichtenberg, Beistandschaften und Beurkundungen, Telefon (030) 90296-4028.
chain-poster = Aushang mit QR-Code drucken
chain-poster-kicker = Alleinerziehend in Lichtenberg?
chain-poster-scan = Code scannen: Schritt für Schritt, mit Adressen, Fristen und Unterlagen – kostenlos, ohne Anmeldung.
chain-poster-footer = Wegweiser Lichtenberg · Koordinierungsstelle Alleinerziehende Lichtenberg

## Events
nav-events = Termine
events-title = Termine und Treffs
events-intro = Was diese Woche in Lichtenberg los ist: Treffs, Beratungsstunden, Kurse und Info-Abende – viele kostenlos und mit Kinderbetreuung.
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
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
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

    Wenn Sie nicht kommen können, sagen Sie bitte hier ab – dann bekommt jemand von der Warteliste den Platz:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Warteliste: { $event }
mail-register-waiting-body = Guten Tag,

    „{ $event }“ am { $date } ist ausgebucht. Sie stehen auf der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.

    Ihre Anmeldung ansehen oder absagen:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = Ein Platz ist frei geworden: { $event }
mail-register-promoted-body = Guten Tag,

    bei „{ $event }“ am { $date } ist ein Platz frei geworden – er gehört jetzt Ihnen.

    Absagen können Sie über den Link aus Ihrer ersten E-Mail. Zum Termin:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Termine und Veranstaltungen
events-admin-back = ← Alle Termine
event-new = Neuer Termin
event-edit = Termin bearbeiten
event-first-date = Erster Termin
event-none-yet = Noch keine Termine.
event-no-offer = (zu keinem Angebot)
event-schedule = Wann
event-repeat-none = einmalig
event-repeat-weekly = wöchentlich
event-repeat-monthly = monatlich
event-field-organization = Träger
event-field-offer = Gehört zum Angebot
event-field-title-de = Titel (Deutsch)
event-field-title-en = Titel (Englisch)
event-field-description-de = Beschreibung (Deutsch)
event-field-description-en = Beschreibung (Englisch)
event-field-place-name = Ort (Name des Hauses)
event-field-place-name-hint = Leer lassen, wenn der Termin telefonisch oder online ist.
event-field-street = Straße und Hausnummer
event-field-postcode = Postleitzahl
event-field-ortsteil = Ortsteil (Kurzname, z. B. fennpfuhl)
event-field-date = Datum (erster Termin, z. B. 2026-12-03)
event-field-time = Beginn (z. B. 18:00)
event-field-duration-minutes = Dauer in Minuten
event-field-repeat = Wiederholung
event-field-every = Alle … Wochen (bei wöchentlich)
event-field-nth = Welcher im Monat (bei monatlich)
event-field-month-weekday = Wochentag (bei monatlich)
event-field-until = Bis (letztes Datum, optional)
event-field-exceptions = Fällt aus an (ein Datum pro Zeile)
event-field-exceptions-hint = Zum Beispiel Feiertage oder Ferien. Diese Tage erscheinen nicht im Kalender.
event-field-cancellations = Abgesagt (ein Datum pro Zeile, dahinter der Grund)
event-field-cancellations-hint = Zum Beispiel „2026-12-09 Krankheit“. Eltern und abonnierte Kalender sehen die Absage.
event-field-weekdays = Wochentage (bei wöchentlich)
event-field-categories = Themen
event-field-languages = Sprachen (Kürzel, durch Kommas getrennt, z. B. de, en, ar)
event-field-cost = Kosten
event-field-registration-de = Anmeldung per Telefon oder E-Mail (Deutsch, optional)
event-field-registration-en = Anmeldung per Telefon oder E-Mail (Englisch, optional)
event-field-places = Plätze für die Anmeldung im Wegweiser (leer: keine)
event-field-places-hint = Mit einer Zahl melden sich Eltern hier an; wer keinen Platz mehr bekommt, kommt auf die Warteliste.
event-field-childcare = Kinderbetreuung während des Termins
event-error-title = Bitte geben Sie einen deutschen Titel an (höchstens 120 Zeichen).
event-error-date = Bitte ein Datum wie 2026-12-03 oder 03.12.2026 eingeben.
event-error-time = Bitte eine Uhrzeit wie 18:00 eingeben.
event-error-duration = Bitte die Dauer in Minuten angeben (5 bis 1440).
event-error-until = Bitte ein Datum nach dem ersten Termin eingeben – oder das Feld leer lassen.
event-error-every = Bitte eine Zahl von 1 bis 8 eingeben.
event-error-weekdays = Bitte mindestens einen Wochentag ankreuzen.
event-error-monthly = Bitte wählen Sie, am wievielten Wochentag im Monat.
event-error-repeat = Bitte wählen Sie eine Wiederholung aus der Liste.
event-error-exceptions = Bitte ein Datum pro Zeile, z. B. 2026-12-24.
event-error-cancellations = Bitte pro Zeile ein Datum und dahinter den Grund, z. B. „2026-12-09 Krankheit“.
event-error-categories = Bitte nur Themen aus der Liste wählen.
event-error-languages = Bitte Sprachkürzel aus zwei Buchstaben, z. B. de, en, ar.
event-error-cost = Bitte wählen Sie die Kosten aus der Liste.
event-error-places = Bitte eine Zahl von 1 bis 1000 – oder das Feld leer lassen.
event-error-place = Zu einem Ort gehören Straße und eine fünfstellige Postleitzahl.
event-error-offer = Das Angebot gehört nicht zu diesem Träger.
event-error-organization = Bitte wählen Sie einen Träger, für den Sie Termine eintragen dürfen.
error-unknown-ortsteil-plain = Diesen Ortsteil gibt es in Lichtenberg nicht. Bitte den Kurznamen verwenden, z. B. fennpfuhl.
poster-back = Zurück zur Seite
poster-a4 = Als A4-Aushang
poster-a6 = Als A6-Flyer
poster-scan-event = Code scannen: alle Termine, Ort und Anmeldung – und mit einem Tipp in den eigenen Kalender.
poster-scan-offer = Code scannen: Zeiten, Adresse und Kontakt – immer aktuell im Wegweiser Lichtenberg.
poster-link = Aushang oder Flyer drucken
home-coming-up = Demnächst in Lichtenberg
home-all-events = Alle Termine und Treffs

## News, campaigns, newsletter
nav-news = Aktuelles
site-publisher = Koordinierungsstelle Alleinerziehende Lichtenberg
news-title = Aktuelles
news-lead = Neuigkeiten und Aktionen der Koordinierungsstelle und der Träger in Lichtenberg.
news-feed-link = Als Feed abonnieren (Atom)
news-feed-name = Wegweiser Lichtenberg: Aktuelles
events-atom-name = Wegweiser Lichtenberg: Veranstaltungen
news-campaigns = Aktionen
news-articles = Neuigkeiten
news-none = Noch keine Beiträge.
news-back = Alle Neuigkeiten
home-news = Aktuelles
home-all-news = Alle Neuigkeiten und Aktionen
article-kind-news = Neuigkeit
article-kind-campaign = Aktion
article-updated = aktualisiert am { $date }
article-events = Passende Termine
campaign-events = Termine der Aktion
article-offers = Passende Angebote
campaign-offers = Angebote zur Aktion
article-articles = Mehr dazu
campaign-articles = Beiträge zur Aktion
article-event-past = keine kommenden Termine
newsletter-link = Newsletter abonnieren

articles-admin-title = Neuigkeiten und Aktionen
articles-admin-back = Zurück zu allen Beiträgen
article-new = Neuer Beitrag
article-edit = Beitrag bearbeiten
article-none-yet = Noch keine Beiträge.
article-field-kind = Art
article-field-slug = Adresse (Kurzname)
article-field-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „aktionswoche-2026“. Erscheint in der Adresse der Seite; ändern Sie ihn nach dem Veröffentlichen nicht mehr.
article-field-publish-date = Veröffentlichen am
article-field-publish-date-hint = Datum, zum Beispiel 2026-12-01 oder 01.12.2026. Vorher ist der Beitrag nicht öffentlich, auch wenn er auf „Veröffentlicht“ steht.
article-field-publish-time = Uhrzeit
article-field-publish-time-hint = Zum Beispiel 09:00 (Berliner Zeit).
article-field-title-de = Titel (Deutsch)
article-field-title-en = Titel (Englisch)
article-field-summary-de = Kurzfassung (Deutsch)
article-field-summary-de-hint = Ein bis zwei Sätze für Listen, Feed, Newsletter und Suchmaschinen.
article-field-summary-en = Kurzfassung (Englisch)
article-field-body-de = Text (Deutsch)
article-field-body-de-hint = Markdown: **fett**, *kursiv*, ## Zwischenüberschrift, - Aufzählung, [Linktext](https://…). HTML und Bilder im Text werden nicht übernommen.
article-field-body-en = Text (Englisch)
article-image = Bild
article-image-current = Aktuelles Bild
article-image-remove = Bild entfernen
article-field-image = Neues Bild hochladen
article-field-image-hint = JPEG, PNG oder WebP, höchstens 800 KB. Zeigen Sie Menschen nur mit ihrer Einwilligung.
article-field-image-alt-de = Bildbeschreibung (Deutsch)
article-field-image-alt-de-hint = Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können. Pflicht, wenn es ein Bild gibt.
article-field-image-alt-en = Bildbeschreibung (Englisch)
article-grouped = Termine, Angebote und Beiträge
article-grouped-hint = Eine Aktion zeigt sie gesammelt auf ihrer Seite; eine Neuigkeit verweist auf sie.
article-grouped-events = Termine
article-grouped-offers = Angebote
article-grouped-articles = Beiträge
article-error-slug = Bitte nur Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).
article-error-slug-taken = Diese Adresse hat schon ein anderer Beitrag.
article-error-kind = Bitte wählen Sie Neuigkeit oder Aktion.
article-error-title = Bitte geben Sie einen Titel mit höchstens 140 Zeichen an.
article-error-summary = Bitte geben Sie eine Kurzfassung mit höchstens 300 Zeichen an.
article-error-body = Bitte schreiben Sie einen Text.
article-error-body-long = Der Text ist zu lang (höchstens 100.000 Zeichen).
article-error-alt = Bitte beschreiben Sie das Bild.
article-error-alt-long = Die Bildbeschreibung ist zu lang (höchstens 300 Zeichen).
article-error-date = Bitte geben Sie ein Datum an, zum Beispiel 2026-12-01 oder 01.12.2026.
article-error-time = Bitte geben Sie eine Uhrzeit an, zum Beispiel 09:00.
article-error-image-size = Das Bild ist zu groß: höchstens 800 KB. Bitte wählen Sie es verkleinert noch einmal aus.
article-error-image-type = Das ist kein JPEG-, PNG- oder WebP-Bild. Bitte wählen Sie eine andere Datei.
article-error-conflict = Inzwischen hat jemand anderes diesen Beitrag gespeichert. Laden Sie die Seite neu und übertragen Sie Ihre Änderungen.

newsletter-title = Newsletter
newsletter-lead = Einmal im Monat: neue Angebote, die Termine der nächsten Wochen und Neuigkeiten für Alleinerziehende in Lichtenberg.
newsletter-email = Ihre E-Mail-Adresse
newsletter-submit = Abonnieren
newsletter-privacy = Wir speichern nur Ihre Adresse und Ihre Sprache. Sie bekommen zuerst eine E-Mail mit einem Bestätigungslink; ohne Bestätigung löschen wir die Adresse nach 7 Tagen. Jede Ausgabe enthält einen Link, mit dem Sie sich mit einem Klick abmelden; dann löschen wir die Adresse. Keine Zählpixel, keine Weitergabe.
newsletter-sent = Fast geschafft: Wir haben eine E-Mail an { $email } geschickt. Bitte klicken Sie auf den Link darin, um das Abo zu bestätigen.
newsletter-sent-more = Keine E-Mail bekommen? Schauen Sie im Spam-Ordner nach. Wenn die Adresse schon angemeldet ist, schicken wir keine neue E-Mail.
newsletter-confirm-question = Möchten Sie den Newsletter des Wegweisers Lichtenberg bekommen?
newsletter-confirm-submit = Ja, Abo bestätigen
newsletter-confirmed = Danke! Sie bekommen den Newsletter ab der nächsten Ausgabe.
newsletter-link-invalid = Dieser Link gilt nicht mehr: Er wurde schon benutzt oder ist älter als 7 Tage.
newsletter-again = Noch einmal anmelden
newsletter-leave-question = Möchten Sie den Newsletter abbestellen?
newsletter-leave-submit = Abmelden
newsletter-left = Sie sind abgemeldet. Wir haben Ihre Adresse gelöscht.
newsletter-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.
newsletter-error-throttled = Zu viele Versuche. Bitte versuchen Sie es später noch einmal.
mail-newsletter-confirm-subject = Bitte bestätigen Sie Ihr Newsletter-Abo
mail-newsletter-confirm-body = Guten Tag,

    jemand (hoffentlich Sie) möchte mit dieser Adresse den Newsletter des Wegweisers Lichtenberg bekommen. Bitte bestätigen Sie das hier:

    { $link }

    Wenn Sie das nicht waren, tun Sie nichts: Ohne Bestätigung löschen wir die Adresse nach { $days } Tagen.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = Sie bekommen diesen Newsletter, weil Sie ihn bestellt haben. Abmelden mit einem Klick: { $link }
newsletter-section-offers = Neue Angebote
newsletter-section-events = Termine
newsletter-section-articles = Neuigkeiten
newsletter-suggested-subject = Neues für Alleinerziehende in Lichtenberg – { $month }
newsletter-suggested-intro = Liebe Leserinnen und Leser,

    hier ist, was es Neues gibt: neue Angebote, die Termine der nächsten Wochen und Neuigkeiten aus dem Bezirk.
newsletter-admin-title = Newsletter
newsletter-admin-back = Zurück zum Newsletter
newsletter-admin-counts = { $confirmed } bestätigte Adressen, { $pending } warten auf Bestätigung.
newsletter-admin-last-sent = Letzte Ausgabe verschickt am { $date }.
newsletter-admin-never-sent = Noch keine Ausgabe verschickt.
newsletter-admin-new = Neue Ausgabe vorbereiten
newsletter-admin-created = Angelegt
newsletter-admin-sent = Verschickt
newsletter-admin-sent-to = Verschickt am { $date } an { $count } Adressen.
newsletter-admin-draft = Entwurf
newsletter-admin-nothing-new = Seit der letzten Ausgabe nichts Neues.
newsletter-admin-save = Entwurf speichern
newsletter-admin-send-hint = { $count ->
    [one] Geht an 1 bestätigte Adresse; danach lässt sich die Ausgabe nicht mehr ändern.
   *[other] Geht an { $count } bestätigte Adressen; danach lässt sich die Ausgabe nicht mehr ändern.
}
newsletter-admin-send = Speichern und jetzt verschicken
newsletter-admin-preview = Vorschau (so sieht die E-Mail auf Deutsch aus)
newsletter-field-subject = Betreff
newsletter-field-intro = Einleitung
newsletter-error-subject = Bitte geben Sie einen Betreff mit höchstens 150 Zeichen an.
newsletter-error-intro = Die Einleitung ist zu lang.
audit-article-saved = Beitrag gespeichert
audit-chain-created = Lebenslage angelegt
audit-chain-edited = Lebenslage geändert
audit-chain-published = Lebenslage veröffentlicht
audit-chain-unpublished = Lebenslage offline genommen
audit-chain-archived = Lebenslage archiviert
audit-chain-draft-discarded = Entwurf einer Lebenslage verworfen
audit-event-saved = Termin gespeichert
audit-newsletter-drafted = Newsletter-Ausgabe angelegt
audit-newsletter-sent = Newsletter verschickt
events-exception = entfällt
article-preview = Vorschau
search-events = Passende Termine
events-atom-link = Als Feed für Feed-Reader (Atom)
newsletter-due = { $count ->
    [one] Der Newsletter für diesen Monat ist noch nicht verschickt (1 Leserin oder Leser wartet).
   *[other] Der Newsletter für diesen Monat ist noch nicht verschickt ({ $count } Leserinnen und Leser warten).
}
poster-scan-campaign = Code scannen: alle Termine und Angebote der Aktion, immer aktuell.
