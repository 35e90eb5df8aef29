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
