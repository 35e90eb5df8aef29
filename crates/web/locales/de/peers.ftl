## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = Tandem: andere Alleinerziehende kennenlernen
tandem-lead = Finden Sie einen anderen Elternteil in Ihrer Nähe, mit Kindern im gleichen Alter, zum Reden, für gegenseitige Kinderbetreuung oder Ausflüge.
tandem-how-title = So geht es
tandem-how-1 = Sie legen ein privates Profil an: Ortsteil, Alter der Kinder, Sprachen, was Sie suchen und wann Sie Zeit haben.
tandem-how-2 = Der Wegweiser schlägt Ihnen Eltern vor, mit denen Sie am meisten gemeinsam haben, und sagt, was das ist.
tandem-how-3 = Schreiben können Sie sich erst, wenn beide zugestimmt haben.
tandem-safe-title = Ihre Sicherheit geht vor
tandem-safe-1 = Es gibt keine öffentliche Liste: Ihr Profil sehen nur Eltern, denen es vorgeschlagen wird.
tandem-safe-2 = Andere sehen nur Ihren Vornamen oder ein Pseudonym, Ihren Ortsteil und die Altersgruppen Ihrer Kinder – nie eine Adresse, nie Namen oder Geburtstage von Kindern.
tandem-safe-3 = Sie können Ihre Einwilligung jederzeit widerrufen; Ihr Profil ist dann sofort für alle unsichtbar.
tandem-sign-in = Mit einem Eltern-Konto anmelden
tandem-sign-up = Konto für Eltern anlegen (E-Mail-Adresse und Passwort genügen)
tandem-parents-only = Das Tandem ist für Eltern-Konten. Mit Ihrem Konto können Sie kein Tandem-Profil anlegen.
tandem-create = Tandem-Profil anlegen
tandem-edit = Profil bearbeiten
tandem-withdrawn = Sie haben Ihre Einwilligung widerrufen. Ihr Profil wird niemandem vorgeschlagen, und Sie sehen keine Vorschläge.
tandem-consent-again = Einwilligung erneut geben
tandem-suggestions-lead = Diese Eltern haben am meisten mit Ihnen gemeinsam. Sie sehen nur, was auch Sie von sich zeigen.
tandem-suggestions-title = Vorschläge für Sie
tandem-suggestions-none = Gerade passt niemand zu Ihrem Profil. Schauen Sie später wieder vorbei, oder erweitern Sie, was Sie suchen und wen Sie kennenlernen möchten.
tandem-card-facts = { $ortsteil } · Kinder: { $ages }
tandem-block = { $name } sperren
tandem-block-note = Wer gesperrt ist, sieht Sie nicht mehr und wird Ihnen nicht mehr vorgeschlagen. Die Person erfährt davon nichts.
tandem-notice-gesperrt = Gesperrt. Sie sehen sich gegenseitig nicht mehr.
tandem-notice-geloescht = Ihr Tandem-Profil ist gelöscht.
tandem-notice-widerrufen = Ihre Einwilligung ist widerrufen. Ihr Profil ist ab sofort für alle unsichtbar.
tandem-notice-gespeichert = Ihr Profil ist gespeichert.
tandem-tile-few = Tandem: weniger als 5 Eltern nehmen teil.
tandem-tile-count = { $count ->
    [one] Tandem: { $count } Elternteil nimmt teil.
   *[other] Tandem: { $count } Eltern nehmen teil.
}
## The sentence that says what two parents share
tandem-why = Sie { $clauses }.
tandem-why-expecting = erwarten beide ein Kind
tandem-why-children = haben beide Kinder { $ages }
tandem-why-ortsteil = wohnen beide in { $ortsteil }
tandem-why-near = wohnen nicht weit voneinander
tandem-why-languages = sprechen beide { $languages }
tandem-why-looking = suchen beide { $what }
tandem-why-times = haben beide { $when } Zeit
tandem-why-interests = mögen beide { $what }
## The profile form
tandem-profile-title = Ihr Tandem-Profil
tandem-profile-lead = Geben Sie nur an, was andere Eltern sehen dürfen. Keine Adresse, keine Telefonnummer, keine Namen von Kindern.
tandem-choose = Bitte wählen
tandem-field-display-name = Vorname oder Pseudonym
tandem-field-display-name-hint = Das sehen andere Eltern. Ein Pseudonym ist genauso gut.
tandem-field-ortsteil = Ortsteil
tandem-field-ortsteil-hint = Nur der Ortsteil, nie eine Straße.
tandem-field-child-ages = Alter Ihrer Kinder
tandem-field-child-ages-hint = Altersgruppen, keine Geburtstage.
tandem-field-languages = Sprachen, die Sie sprechen
tandem-field-looking-for = Was suchen Sie?
tandem-field-free-times = Wann haben Sie meistens Zeit?
tandem-field-interests = Was machen Sie gern? (freiwillig)
tandem-field-identity = Sie sind
tandem-field-identity-hint = Nur dafür, wem Sie vorgeschlagen werden; andere sehen es nicht.
tandem-field-wants = Wen möchten Sie kennenlernen?
tandem-consent = Ich willige ein, dass mein Profil anderen Eltern im Tandem vorgeschlagen wird. Ich kann das jederzeit widerrufen.
tandem-save = Speichern
tandem-consent-title = Einwilligung
tandem-consent-given = Ihr Profil wird passenden Eltern vorgeschlagen. Wenn Sie widerrufen, ist es sofort für alle unsichtbar.
tandem-consent-withdraw = Einwilligung widerrufen
tandem-delete-title = Profil löschen
tandem-delete-intro = Ihr Tandem-Profil und Ihre Sperren werden gelöscht. Ihr Konto bleibt.
tandem-delete = Tandem-Profil löschen
tandem-error-name-missing = Bitte geben Sie einen Vornamen oder ein Pseudonym an.
tandem-error-name-too-long = Bitte höchstens 30 Zeichen.
tandem-error-name-contact = Bitte keine Ziffern, E-Mail-Adressen oder Links: Kontaktdaten gehören nicht ins Profil.
tandem-error-ortsteil = Bitte wählen Sie Ihren Ortsteil.
tandem-error-child-ages = Bitte wählen Sie mindestens eine Altersgruppe.
tandem-error-languages = Bitte wählen Sie mindestens eine Sprache.
tandem-error-looking-for = Bitte wählen Sie mindestens eines.
tandem-error-unknown = Diese Auswahl gibt es nicht. Bitte wählen Sie aus der Liste.
tandem-error-consent = Ohne Ihre Einwilligung können wir Ihr Profil niemandem vorschlagen.
tandem-age-expecting = Kind unterwegs
tandem-age-under3 = unter 3
tandem-age-3to5 = von 3 bis 5
tandem-age-6to9 = von 6 bis 9
tandem-age-10to13 = von 10 bis 13
tandem-age-14plus = ab 14
tandem-looking-talk = Austausch und Gespräche
tandem-looking-talk-short = Austausch
tandem-looking-childcare = gegenseitige Kinderbetreuung
tandem-looking-childcare-short = gegenseitige Kinderbetreuung
tandem-looking-leisure = Freizeit mit den Kindern
tandem-looking-leisure-short = Freizeit mit den Kindern
tandem-looking-work = Austausch über Arbeit und Ausbildung
tandem-looking-work-short = Austausch über Arbeit und Ausbildung
tandem-time-mornings = vormittags
tandem-time-mornings-short = vormittags
tandem-time-afternoons = nachmittags
tandem-time-afternoons-short = nachmittags
tandem-time-evenings = abends
tandem-time-evenings-short = abends
tandem-time-weekends = am Wochenende
tandem-time-weekends-short = am Wochenende
tandem-interest-outdoors = Ausflüge ins Grüne
tandem-interest-playgrounds = Spielplätze
tandem-interest-sport = Sport
tandem-interest-crafts = Basteln und Handarbeit
tandem-interest-cooking = Kochen
tandem-interest-music = Musik
tandem-interest-reading = Lesen
tandem-interest-games = Spiele
tandem-identity-mother = Mutter
tandem-identity-father = Vater
tandem-identity-other = anders / möchte ich nicht sagen
tandem-wants-anyone = alle Eltern
tandem-wants-mothers = nur Mütter
tandem-wants-fathers = nur Väter
## Contacts, conversations, reports
tandem-request = { $name } kennenlernen
tandem-requested = Anfrage gesendet
tandem-to-conversation = Zu den Nachrichten
tandem-notice-angefragt = Ihre Anfrage ist gesendet. Die andere Person sieht nur Ihren Namen, Ihren Ortsteil und die Altersgruppen Ihrer Kinder – schreiben können Sie sich, wenn sie zustimmt.
tandem-notice-gemeldet = Danke. Die Koordinierungsstelle sieht sich Ihre Meldung an.
tandem-too-many-requests = Sie haben heute schon viele Anfragen gesendet. Bitte warten Sie bis morgen.
tandem-too-many-messages = Sie haben heute schon sehr viele Nachrichten geschrieben. Bitte versuchen Sie es morgen wieder.
tandem-too-many-reports = Sie haben heute schon viele Meldungen gesendet. Wenn Sie in Gefahr sind, rufen Sie bitte 110 an.
tandem-contacts-title = Ihre Kontakte
tandem-incoming-title = Anfragen an Sie
tandem-incoming-none = Gerade fragt Sie niemand an.
tandem-incoming-intro = Wenn Sie annehmen, können Sie sich gegenseitig schreiben. Wenn Sie ablehnen, erfährt die Person nichts davon.
tandem-accept = Mit { $name } schreiben
tandem-decline = Ablehnen
tandem-matched-title = Ihre Gespräche
tandem-matched-none = Noch keine. Sobald jemand Ihre Anfrage annimmt oder Sie eine annehmen, steht das Gespräch hier.
tandem-outgoing-title = Ihre Anfragen, die noch warten
tandem-conversation-title = Nachrichten mit { $name }
tandem-conversation-safety = Geben Sie Ihre Adresse erst weiter, wenn Sie sich sicher sind. Treffen Sie sich beim ersten Mal an einem öffentlichen Ort, zum Beispiel in einem Familienzentrum.
tandem-conversation-empty = Noch keine Nachrichten. Schreiben Sie als Erstes, wann Sie Zeit haben.
tandem-messages = Nachrichten
tandem-you = Sie
tandem-write = Ihre Nachricht
tandem-send = Senden
tandem-safety-title = Wenn etwas nicht stimmt
tandem-report-message = Diese Nachricht melden
tandem-report-profile = { $name } melden
tandem-report-reason = Was ist passiert? (freiwillig)
tandem-report-send = Meldung senden
tandem-error-message-empty = Bitte schreiben Sie eine Nachricht.
tandem-error-message-too-long = Bitte höchstens 2.000 Zeichen.
tandem-error-message-control = Die Nachricht enthält Steuerzeichen. Bitte schreiben Sie sie neu.
tandem-mail-request-subject = Jemand möchte Sie im Tandem kennenlernen
tandem-mail-request-body = Guten Tag,

    ein anderer Elternteil möchte Sie im Tandem des Wegweisers Lichtenberg kennenlernen. Wer es ist und was Sie gemeinsam haben, sehen Sie nach der Anmeldung hier:

    { $link }

    Sie entscheiden, ob Sie sich schreiben möchten. Wenn Sie ablehnen, erfährt die Person nichts davon.

    Ihr Wegweiser Lichtenberg
tandem-mail-accepted-subject = Ihre Tandem-Anfrage wurde angenommen
tandem-mail-accepted-body = Guten Tag,

    Ihre Anfrage im Tandem des Wegweisers Lichtenberg wurde angenommen. Sie können sich jetzt schreiben:

    { $link }

    Ihr Wegweiser Lichtenberg
tandem-mail-message-subject = Neue Nachricht im Tandem
tandem-mail-message-body = Guten Tag,

    Sie haben eine neue Nachricht im Tandem des Wegweisers Lichtenberg. Lesen können Sie sie nach der Anmeldung:

    { $link }

    Ihr Wegweiser Lichtenberg
tandem-mail-warning-subject = Hinweis der Koordinierungsstelle zum Tandem
tandem-mail-warning-body = Guten Tag,

    ein anderer Elternteil hat etwas gemeldet, das Sie im Tandem des Wegweisers Lichtenberg geschrieben haben. Bitte achten Sie darauf, respektvoll zu schreiben und nichts zu schicken, was andere nicht möchten. Wenn das wieder vorkommt, sperren wir Ihr Konto.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] Tandem: keine offenen Meldungen
    [one] Tandem: { $count } offene Meldung
   *[other] Tandem: { $count } offene Meldungen
}
## Groups and Treffs
groups-title = Gruppen und Treffs
groups-lead = Selbsthilfegruppen, Elterncafés, Spaziergänge, Online-Gruppen und Väterrunden in Lichtenberg – zum Vorbeikommen oder mit Anfrage.
groups-all-ortsteile = Alle Ortsteile
groups-show = Anzeigen
groups-none = Hier gibt es noch keine Gruppe. Vielleicht möchten Sie eine gründen?
groups-online = online
groups-online-or-choose = Online (kein Ortsteil)
groups-fact-ages = Kinder { $ages }
groups-fact-languages = auf { $languages }
groups-fact-children = Kinder können mitkommen
groups-fact-wheelchair = rollstuhlgerecht
groups-join-open = Einfach vorbeikommen
groups-join-request = Mit Anfrage – die Gruppe nimmt Sie auf
groups-run-by = Veranstaltet von { $name }
groups-run-by-parent = Von Eltern organisiert
groups-kind-self-help = Selbsthilfegruppe
groups-kind-cafe = Elterncafé und Treff
groups-kind-walking = Spaziergang und Bewegung
groups-kind-online = Online-Gruppe
groups-kind-fathers = Für Väter
groups-kind-other = Andere Gruppe
groups-where = Wo
groups-who = Für wen
groups-organiser = Organisiert von
groups-in-calendar = Termine im Kalender
groups-proposed = Dieser Vorschlag ist noch nicht öffentlich: Die Koordinierungsstelle sieht ihn sich an.
groups-ask = Mitmachen anfragen
groups-ask-note = Die Gruppe sieht nur den Namen, den Sie hier angeben, und nimmt Sie auf. Danach lesen und schreiben Sie ihre Nachrichten.
groups-sign-in-note = Um einer Gruppe beizutreten und mitzuschreiben, brauchen Sie ein Eltern-Konto.
groups-membership-requested = Ihre Anfrage ist gesendet.
groups-members-title = Anfragen und Mitglieder
groups-members-none = Noch niemand hat angefragt.
groups-member-unnamed = Ein Elternteil
groups-accept = { $name } aufnehmen
groups-propose-title = Eine Gruppe vorschlagen
groups-propose-intro = Sie möchten einen Treff gründen? Beschreiben Sie ihn; die Koordinierungsstelle veröffentlicht ihn nach einem Blick darauf. Ihr Name steht nicht dabei.
groups-propose-link = Gruppe vorschlagen (Eltern-Konto)
groups-propose-submit = Vorschlag senden
groups-field-name = Name der Gruppe
groups-field-kind = Art
groups-field-description = Beschreibung
groups-field-ortsteil = Ortsteil
groups-field-rhythm = Wann
groups-field-rhythm-hint = Zum Beispiel: jeden 2. Dienstag, 16 bis 18 Uhr
groups-field-child-ages = Alter der Kinder
groups-field-languages = Sprachen
groups-field-join-mode = Mitmachen
groups-error-empty = Bitte ausfüllen.
groups-error-too-long = Dieser Text ist zu lang.
groups-error-invalid = Bitte wählen Sie aus der Liste bzw. schreiben Sie in eine Zeile.
groups-too-many = Sie haben heute schon mehrere Gruppen vorgeschlagen. Bitte warten Sie bis morgen.
groups-admin-title = Gruppen: Vorschläge
groups-admin-link = { $count ->
    [0] Gruppen: keine Vorschläge offen
    [one] Gruppen: { $count } Vorschlag offen
   *[other] Gruppen: { $count } Vorschläge offen
}
groups-in-search = Passende Gruppen und Treffs
groups-count = { $count ->
    [0] Keine Gruppe
    [one] { $count } Gruppe
   *[other] { $count } Gruppen
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = In der Gruppe mitschreiben
groups-join-note = Zum Treff kommen Sie einfach so. Wenn Sie beitreten, lesen und schreiben Sie die Nachrichten der Gruppe.
groups-join-submit = Beitreten
groups-field-member-name = Ihr Name in der Gruppe
groups-field-member-name-hint = Ein Vorname oder ein Pseudonym. Die Gruppe sieht nur diesen Namen, nie Ihre E-Mail-Adresse.
groups-withdraw = Anfrage zurückziehen
groups-leave = Gruppe verlassen
groups-notice-beigetreten = Sie sind dabei. Unten stehen die Nachrichten der Gruppe.
groups-notice-angefragt = Ihre Anfrage ist gesendet. Sie bekommen Zugang, sobald die Gruppe Sie aufnimmt.
groups-notice-verlassen = Sie sind nicht mehr in der Gruppe.
groups-notice-gemeldet = Danke. Die Koordinierungsstelle sieht sich Ihre Meldung an.
groups-notice-gesperrt = Gesperrt. Sie sehen voneinander keine Nachrichten mehr; die Person erfährt davon nichts.
groups-messages-title = Nachrichten der Gruppe
groups-messages-safety = Nur Mitglieder lesen diese Nachrichten. Schreiben Sie keine Adressen oder Telefonnummern hinein; Links werden nicht anklickbar.
groups-messages-none = Noch keine Nachrichten. Schreiben Sie die erste?
groups-message-actions = Melden oder sperren
groups-write = Nachricht an die Gruppe
groups-author-staff = { $name } (Team)
groups-membership-member-other = dabei
groups-membership-asked = hat angefragt
groups-remove = { $name } entfernen
groups-report-group = Diese Gruppe melden
groups-too-many-messages = Sie haben heute schon viele Nachrichten in Gruppen geschrieben. Bitte warten Sie bis morgen.
groups-mail-request-subject = Neue Anfrage für Ihre Gruppe
groups-mail-request-body = Guten Tag,

    jemand möchte bei Ihrer Gruppe im Wegweiser Lichtenberg mitmachen. Nach der Anmeldung können Sie die Anfrage annehmen:

    { $link }

    Ihr Wegweiser Lichtenberg
groups-mail-message-subject = Neue Nachrichten in Ihrer Gruppe
groups-mail-message-body = Guten Tag,

    in einer Ihrer Gruppen im Wegweiser Lichtenberg gibt es neue Nachrichten. Lesen können Sie sie nach der Anmeldung:

    { $link }

    Bis Sie sie gelesen haben, schicken wir zu dieser Gruppe keine weitere Mail.

    Ihr Wegweiser Lichtenberg
groups-only-german = Diese Gruppe ist nur auf Deutsch beschrieben.
groups-edit-link = Gruppe bearbeiten und übersetzen
groups-edit-title = Gruppe bearbeiten
groups-edit-intro = Was hier steht, sehen alle auf der Seite der Gruppe. Übersetzungen sind freiwillig: Wo eine fehlt, steht dort der deutsche Text mit einem Hinweis.
groups-edit-submit = Änderungen speichern
groups-edit-back = Zurück zur Gruppe
groups-notice-gespeichert = Die Änderungen sind gespeichert.
