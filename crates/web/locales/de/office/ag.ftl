## The AG Alleinerziehende (members only)
ag-title = AG Alleinerziehende
ag-lead = Die Arbeitsgemeinschaft des Bezirks aus Politik, Verwaltung und freien Trägern. Hier finden Sie die Sitzungen mit Tagesordnung und Ihre Zusagen.
ag-members-title = Mitglieder der AG
ag-members-lead = Nur für Mitglieder der AG und die Koordinierungsstelle sichtbar.
ag-meeting-new = Neue Sitzung anlegen
ag-coming = Kommende Sitzungen
ag-coming-none = Zurzeit ist keine Sitzung geplant.
ag-past = Frühere Sitzungen
ag-past-none = Noch keine.
ag-cancelled = abgesagt
ag-cancelled-long = Diese Sitzung ist abgesagt.
ag-when = { $day }, { $date }, { $from }–{ $to } Uhr
ag-online = Online: { $url }
ag-place-and-online = { $place }, oder online: { $url }
ag-back-meeting = Zurück zur Sitzung
ag-save = Speichern
ag-meeting-form-title = Sitzung vorbereiten
ag-meeting-form-invited = Die Mitglieder sind schon eingeladen. Ändern Sie Zeit, Dauer oder Ort, bekommen alle eine Aktualisierung für ihren Kalender.
ag-field-title = Titel
ag-field-date = Datum
ag-field-time = Beginn (Uhrzeit)
ag-field-time-hint = Zum Beispiel 15:00.
ag-field-duration-minutes = Dauer in Minuten
ag-field-place = Ort
ag-field-place-hint = Adresse und Raum. Leer lassen, wenn die Sitzung nur online stattfindet.
ag-field-video-url = Videokonferenz (Link)
ag-field-video-url-hint = Freiwillig; beginnt mit https://.
ag-field-proposals-until = Vorschläge für die Tagesordnung bis
ag-field-proposals-until-hint = Leer lassen: bis zum Tag vor der Sitzung.
ag-field-when = Wann
ag-field-name = Name
ag-field-organisation = Organisation
ag-field-function = Funktion
ag-field-deputy = Stattdessen kommt (freiwillig)
ag-field-deputy-hint = Name der Person, die Sie vertritt.
ag-field-deputy-of = Vertritt
ag-deputy-none = Niemanden (ordentliches Mitglied)
ag-deputy-of = Vertretung für { $name }
ag-deputy-sent = vertreten durch { $name }
ag-item-field-title = Thema
ag-item-field-presenter = Wer stellt es vor?
ag-item-field-duration-minutes = Dauer in Minuten
ag-item-field-note = Worum geht es? (freiwillig)
ag-error-title = Bitte geben Sie einen Titel an (höchstens 150 Zeichen, beim Thema 200).
ag-error-date = Bitte ein Datum wie 14.01.2027 angeben.
ag-error-time = Bitte eine Uhrzeit wie 15:00 angeben.
ag-error-duration = Die Dauer liegt zwischen 15 und 480 Minuten.
ag-error-place-or-video = Bitte einen Ort oder einen Link zur Videokonferenz angeben.
ag-error-too-long = Dieser Text ist zu lang.
ag-error-video = Der Link muss mit https:// beginnen und darf keine Leerzeichen enthalten.
ag-error-past = Dieser Zeitpunkt ist schon vorbei.
ag-error-deadline = Die Frist für Vorschläge muss vor dem Tag der Sitzung liegen.
ag-error-item-duration = Die Dauer liegt zwischen 1 und 240 Minuten.
ag-error-answer = Bitte wählen Sie Ja, Vielleicht oder Nein.
ag-error-answer-late = Die Sitzung hat schon begonnen oder ist abgesagt; eine Antwort ist nicht mehr möglich.
ag-error-proposal-late = Die Frist für Vorschläge zu dieser Sitzung ist abgelaufen.
ag-error-proposals-full = Sie haben für diese Sitzung schon fünf Themen vorgeschlagen.
ag-error-items-full = Die Tagesordnung dieser Sitzung ist voll (40 Punkte).
ag-error-name = Bitte geben Sie den Namen an (höchstens 100 Zeichen).
ag-error-organisation = Bitte geben Sie die Organisation an (höchstens 150 Zeichen).
ag-error-deputy = Eine Vertretung kommt aus derselben Organisation wie das Mitglied, das sie vertritt.
ag-notice-invited = { $count ->
    [0] Alle Mitglieder waren schon eingeladen.
    [one] Eine Einladung ist verschickt.
   *[other] { $count } Einladungen sind verschickt.
}
ag-notice-angelegt = Die Sitzung ist angelegt. Fügen Sie Themen hinzu und laden Sie dann ein.
ag-notice-gespeichert = Gespeichert.
ag-notice-verlegt = Gespeichert. Alle Eingeladenen bekommen eine Aktualisierung für ihren Kalender.
ag-notice-abgesagt = Die Sitzung ist abgesagt; die Eingeladenen sind benachrichtigt.
ag-notice-antwort = Danke, Ihre Antwort ist gespeichert.
ag-notice-punkt = Das Thema steht auf der Tagesordnung.
ag-notice-vorschlag = Danke für Ihren Vorschlag. Die Koordinierungsstelle nimmt ihn auf die Tagesordnung oder meldet sich.
ag-member-invited = Die Einladung ist verschickt.
ag-prepare = Vorbereiten
ag-meeting-edit = Zeit, Ort und Titel ändern
ag-agenda-print-title = Tagesordnung drucken
ag-signin-title = Teilnahmeliste
ag-signature = Unterschrift
ag-invite-button = { $count ->
    [one] Ein Mitglied einladen (E-Mail mit Kalendereintrag)
   *[other] { $count } Mitglieder einladen (E-Mail mit Kalendereintrag)
}
ag-invite-all-done = Alle Mitglieder sind eingeladen.
ag-cancel-button = Sitzung absagen
ag-answer-title = Zusage
ag-answer-legend = Nehmen Sie teil?
ag-answer-yes = Ja
ag-answer-maybe = Vielleicht
ag-answer-no = Nein
ag-answer-open = Noch offen
ag-answer-save = Antwort speichern
ag-answers = Wer kommt
ag-not-invited-yet = Noch ist niemand eingeladen.
ag-agenda = Tagesordnung
ag-agenda-none = Noch steht kein Thema auf der Tagesordnung.
ag-agenda-number = Nr.
ag-agenda-time = Zeit
ag-item-up = „{ $title }“ nach oben
ag-item-down = „{ $title }“ nach unten
ag-item-delete = „{ $title }“ entfernen
ag-item-accept = „{ $title }“ aufnehmen
ag-item-decline = „{ $title }“ ablehnen
ag-proposals = Vorschläge
ag-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
ag-proposed-by = vorgeschlagen von { $name }
ag-item-status-proposed = wartet auf Entscheidung
ag-item-status-declined = nicht aufgenommen
ag-item-status-accepted = auf der Tagesordnung
ag-item-add = Thema hinzufügen
ag-item-propose = Thema vorschlagen
ag-item-propose-lead = Vorschläge nimmt die Koordinierungsstelle bis zum { $date } entgegen.
ag-rsvp-title = Ihre Antwort zur Sitzung der AG
ag-member-invite = Mitglied einladen
ag-member-invite-submit = Einladung schicken
ag-leave-title = Die AG verlassen
ag-leave-lead = Sie bekommen dann keine Einladungen mehr und sehen die Seiten der AG nicht mehr. Ihr Konto bleibt; Sie können es danach löschen.
ag-leave-submit = AG verlassen
ag-print-footer = AG Alleinerziehende Lichtenberg · Koordinierungsstelle Alleinerziehende
ag-tile-next = Nächste Sitzung: { $when }
ag-ics-description = Sitzung der AG Alleinerziehende Lichtenberg. Tagesordnung und Zusage: { $url }
ag-mail-invitation-subject = Einladung: { $title } am { $date }
ag-mail-invitation-body = Guten Tag { $name },

    die Koordinierungsstelle Alleinerziehende lädt Sie zur Sitzung der AG Alleinerziehende ein:

    { $title }
    { $when }
    { $place }

    Tagesordnung:
    { $agenda }

    Bitte sagen Sie zu oder ab (auch mit Vertretung); der Link gilt nur für Sie:
    { $answer }

    Die Sitzung im Wegweiser, mit Tagesordnung und Vorschlägen: { $url }
    Der Termin hängt als Kalendereintrag an.

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-moved-subject = Geändert: { $title }
ag-mail-moved-body = Guten Tag { $name },

    die Sitzung „{ $title }“ hat sich geändert. Neu:

    { $when }
    { $place }

    Ihre Antwort bleibt bestehen; ändern können Sie sie hier: { $url }
    Die Aktualisierung für Ihren Kalender hängt an.

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-cancel-subject = Abgesagt: { $title }
ag-mail-cancel-body = Guten Tag { $name },

    die Sitzung „{ $title }“ am { $when } ist abgesagt. Der Kalendereintrag im Anhang entfernt sie aus Ihrem Kalender.

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-reminder-subject = Erinnerung: { $title } am { $date }
ag-mail-reminder-body = Guten Tag { $name },

    zur Erinnerung: { $title }
    { $when }
    { $place }

    Tagesordnung und Ihre Antwort: { $url }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-member-subject = Einladung in die AG Alleinerziehende im Wegweiser Lichtenberg
ag-mail-member-body = Guten Tag { $name },

    die Koordinierungsstelle Alleinerziehende lädt Sie als Mitglied der AG Alleinerziehende ({ $organisation }) in den Wegweiser ein. Dort finden Sie die Sitzungen mit Tagesordnung, sagen zu oder ab und schlagen Themen vor.

    Über diesen Link legen Sie Ihr Passwort fest (er gilt sieben Tage und nur einmal):
    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-minutes-of = Protokoll: { $title }
ag-minutes-notice-gespeichert = Gespeichert.
ag-minutes-notice-veroeffentlicht = Das Protokoll ist veröffentlicht; die Mitglieder haben eine E-Mail mit dem Link bekommen.
ag-minutes-published = Das Protokoll ist für die Mitglieder veröffentlicht.
ag-minutes-draft = Entwurf: Die Mitglieder sehen das Protokoll erst, wenn Sie es veröffentlichen.
ag-minutes-publish = Protokoll veröffentlichen und Mitglieder benachrichtigen
ag-minutes-notes = Notizen
ag-minutes-save-notes = Notizen zu Punkt { $number } speichern
ag-decisions = Beschlüsse
ag-decisions-none = Kein Beschluss.
ag-decision-field = Beschluss
ag-votes-legend = Abstimmung (freiwillig)
ag-votes-yes = Dafür
ag-votes-no = Dagegen
ag-votes-abstain = Enthaltungen
ag-votes = { $yes } dafür, { $no } dagegen, { $abstain } Enthaltungen
ag-decision-add = Beschluss zu Punkt { $number } festhalten
ag-actions = Aufgaben
ag-actions-none = Keine offenen Aufgaben.
ag-actions-open = Offene Aufgaben
ag-actions-mine = Ihre Aufgaben
ag-actions-carried = Offene Aufgaben aus früheren Sitzungen
ag-action-field = Aufgabe
ag-action-owner = Wer übernimmt sie?
ag-action-due-field = Bis wann?
ag-action-add = Aufgabe zu Punkt { $number } festhalten
ag-action-done = erledigt
ag-action-due = bis { $date }
ag-action-overdue = überfällig
ag-action-reopen = „{ $text }“ wieder öffnen
ag-action-mark-done = „{ $text }“ als erledigt markieren
ag-error-decision = Bitte den Beschluss in Worten angeben (höchstens 2000 Zeichen).
ag-error-votes = Bitte die Stimmen als Zahlen angeben, oder alle drei Felder leer lassen.
ag-error-action = Bitte die Aufgabe beschreiben (höchstens 1000 Zeichen).
ag-error-owner = Bitte wählen Sie ein Mitglied der AG.
ag-error-due-past = Dieses Datum ist schon vorbei.
ag-mail-minutes-subject = Protokoll: { $title }
ag-mail-minutes-body = Guten Tag { $name },

    das Protokoll der Sitzung „{ $title }“ ({ $when }) ist veröffentlicht, mit Beschlüssen und Aufgaben:
    { $url }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-action-subject = Aufgabe bald fällig: { $text }
ag-mail-action-body = Guten Tag { $name },

    zur Erinnerung: Ihre Aufgabe aus der Sitzung „{ $meeting }“ ist bis { $due } fällig:
    { $text }

    Wenn sie erledigt ist, markieren Sie sie bitte im Wegweiser: { $url }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-archive-title = Archiv der AG
ag-archive-lead = Alle Sitzungen, Beschlüsse und Aufgaben. Die Suche findet auch Wortteile und andere Schreibweisen.
ag-archive-field = Suchbegriff
ag-archive-search = Suchen
ag-archive-too-long = Der Suchtext ist zu lang (höchstens 200 Zeichen).
ag-archive-meetings = { $count ->
    [0] Keine Sitzung
    [one] { $count } Sitzung
   *[other] { $count } Sitzungen
}
ag-archive-decisions = { $count ->
    [0] Kein Beschluss
    [one] { $count } Beschluss
   *[other] { $count } Beschlüsse
}
ag-archive-actions = { $count ->
    [0] Keine Aufgabe
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}
ag-decision-log = Beschlussliste
ag-decision-log-csv = Beschlussliste als Tabelle (CSV für Excel)
ag-csv-date = Datum
ag-csv-meeting = Sitzung
ag-csv-item = Tagesordnungspunkt
ag-csv-decision = Beschluss
ag-csv-votes = Abstimmung
ag-archive-link = Archiv und Beschlussliste
ag-document-add = Dokument zu „{ $title }“ (PDF oder Office-Datei, bis 800 KB)
ag-document-upload = Hochladen
ag-document-size = { $kib } KB
ag-notice-dokument = Das Dokument ist gespeichert. Nur Mitglieder der AG können es herunterladen.
ag-error-document-empty = Bitte wählen Sie eine Datei aus.
ag-error-document-large = Die Datei ist größer als 800 KB.
ag-error-document-kind = Das ist keine PDF- oder Office-Datei (Word, Excel, PowerPoint, OpenDocument). Geprüft wird der Inhalt, nicht nur der Name.
ag-error-document-name = Der Dateiname passt nicht zum Inhalt: bitte die Datei mit der richtigen Endung speichern.
ag-error-documents-full = Zu diesem Punkt gibt es schon zehn Dokumente.
ag-public-none = Noch kein Bericht.
ag-public-meeting-of = Sitzung vom { $date }
ag-summary-title = Bericht für die Öffentlichkeit
ag-summary-lead = Ein eigener, kurzer Text für die öffentliche Seite „Aus der AG“, getrennt vom internen Protokoll. Keine Namen von Personen.
ag-summary-field = Bericht
ag-summary-publish = Auf der öffentlichen Seite zeigen
ag-summary-public = Der Bericht auf der öffentlichen Seite
ag-member-edit = Mitglied bearbeiten
ag-member-edit-link = { $name } bearbeiten
ag-back = Zurück zur AG
ag-error-count = { $count ->
    [one] Ein Feld braucht noch Ihre Aufmerksamkeit.
   *[other] { $count } Felder brauchen noch Ihre Aufmerksamkeit.
}
