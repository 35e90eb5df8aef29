## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Familienfreundliche Arbeitgeber
employers-lead = Unternehmen in Lichtenberg zeigen, was sie für Eltern tun: flexible Zeiten, Teilzeit, Ausbildung in Teilzeit, Verständnis, wenn ein Kind krank ist. Vergleichen Sie bis zu drei nebeneinander.
employers-all-sectors = Alle Branchen
employers-all-ortsteile = Alle Ortsteile
employers-choose = Bitte wählen
employers-pledge-only = Nur mit Selbstverpflichtung
employers-pledge-badge = Selbstverpflichtung: familienfreundlich
employers-in-pledge = Teil der Selbstverpflichtung
employers-count = { $count ->
    [0] Kein Arbeitgeber
    [one] { $count } Arbeitgeber
   *[other] { $count } Arbeitgeber
}
employers-none = Hier gibt es noch keinen Arbeitgeber. Versuchen Sie eine andere Auswahl.
employers-yes-count = { $count ->
    [0] Noch keine der Fragen mit „Ja“ beantwortet
    [one] { $count } von 9 Fragen mit „Ja“ beantwortet
   *[other] { $count } von 9 Fragen mit „Ja“ beantwortet
}
employers-compare-pick = { $name } vergleichen
employers-compare-hint = Wählen Sie bis zu drei Arbeitgeber aus.
employers-compare-submit = Ausgewählte vergleichen
employers-compare-title = Arbeitgeber im Vergleich
employers-compare-caption = Was die Arbeitgeber für Eltern tun, Frage für Frage
employers-compare-question = Frage
employers-compare-too-many = Es passen höchstens drei Arbeitgeber nebeneinander; hier sind die ersten drei.
employers-compare-none = Bitte wählen Sie auf der Liste der Arbeitgeber aus, wen Sie vergleichen möchten.
employers-compare-from-here = Mit anderen vergleichen
employers-to-jobs = Stellen und Ausbildungsplätze mit passenden Arbeitszeiten suchen
employers-proposed = Dieses Unternehmen ist noch nicht öffentlich: Die Koordinierungsstelle sieht sich die Anmeldung an.
employers-where = Wo
employers-answers-title = Was das Unternehmen für Eltern tut
employers-jobs-title = Offene Stellen und Ausbildungsplätze
employers-jobs-none = Zurzeit keine offenen Stellen.

employers-field-name = Name des Unternehmens
employers-field-sector = Branche
employers-field-size = Größe
employers-field-ortsteil = Ortsteil
employers-field-address = Straße und Hausnummer (freiwillig)
employers-field-description = Beschreibung
employers-field-description-hint = Was macht Ihr Unternehmen, und wen suchen Sie?
employers-field-website = Website (freiwillig)
employers-field-website-hint = Mit https:// am Anfang.
employers-field-answer = Antwort
employers-field-note = Erläuterung zu „{ $criterion }“ (freiwillig)
employers-field-contact-name = Ihr Name
employers-field-email = Ihre E-Mail-Adresse

employers-size-micro = 1 bis 9 Beschäftigte
employers-size-small = 10 bis 49 Beschäftigte
employers-size-medium = 50 bis 249 Beschäftigte
employers-size-large = 250 Beschäftigte und mehr

employers-sector-care = Pflege
employers-sector-health = Gesundheit
employers-sector-retail = Handel
employers-sector-hospitality = Gastronomie und Hotel
employers-sector-office = Büro und Verwaltung
employers-sector-crafts = Handwerk
employers-sector-logistics = Logistik und Verkehr
employers-sector-education = Bildung und Erziehung
employers-sector-social = Soziales
employers-sector-it = IT und Medien
employers-sector-public-service = Öffentlicher Dienst
employers-sector-industry = Industrie und Produktion
employers-sector-other = Andere Branche

employers-answer-yes = Ja
employers-answer-partly = Teilweise
employers-answer-no = Nein
employers-answer-none = Keine Angabe

employers-criterion-flexible-hours = Flexibler Beginn und flexibles Ende
employers-criterion-flexible-hours-hint = Können Beschäftigte zum Beispiel nach dem Bringen zur Kita anfangen?
employers-criterion-core-hours = Kernzeit, die zu Kita und Schule passt
employers-criterion-core-hours-hint = Liegen Pflichttermine und Besprechungen in Zeiten, in denen Kinder betreut sind?
employers-criterion-part-time-models = Teilzeitmodelle
employers-criterion-part-time-models-hint = Zum Beispiel vollzeitnahe Teilzeit, Vormittage, vier Tage.
employers-criterion-part-time-training = Ausbildung in Teilzeit (§ 7a BBiG)
employers-criterion-part-time-training-hint = Bilden Sie in Teilzeit aus oder würden Sie es tun?
employers-criterion-home-office = Arbeit von zu Hause
employers-criterion-home-office-hint = Ganz, an manchen Tagen, oder wenn ein Kind krank ist.
employers-criterion-sick-child-leave = Freistellung bei krankem Kind über das Gesetz hinaus
employers-criterion-sick-child-leave-hint = Mehr Tage als gesetzlich vorgesehen, oder ohne Lohnverlust.
employers-criterion-childcare-support = Unterstützung bei der Kinderbetreuung
employers-criterion-childcare-support-hint = Zuschuss, Belegplätze, Ferienbetreuung, Notfallbetreuung.
employers-criterion-parent-contact = Ansprechperson für Eltern
employers-criterion-parent-contact-hint = Eine Person, die Eltern bei Fragen zur Vereinbarkeit weiterhilft.
employers-criterion-plannable-shifts = Planbare Schichten
employers-criterion-plannable-shifts-hint = Dienstpläne früh bekannt, keine Nachtschicht für Eltern, die es nicht möchten.

employers-error-empty = Bitte ausfüllen.
employers-error-too-long = Dieser Text ist zu lang.
employers-error-invalid = Bitte wählen Sie aus der Liste bzw. schreiben Sie in eine Zeile.
employers-error-website = Bitte eine vollständige Adresse, die mit https:// beginnt.
employers-error-time = Bitte eine Uhrzeit wie 08:30 angeben.
employers-error-window-order = Das Ende liegt vor dem Beginn. Bitte prüfen Sie die Uhrzeiten.
employers-error-window-half = Bitte Beginn und Ende angeben, oder beides leer lassen.
employers-error-no-day = Bitte geben Sie mindestens einen Arbeitstag mit Uhrzeiten an.
employers-error-hours = Bitte eine Zahl von 1 bis 48.
employers-error-hours-above = Mehr Stunden pro Woche, als die angegebenen Arbeitszeiten fassen. Bitte prüfen Sie Stunden und Zeiten.
employers-error-date = Bitte ein Datum wie 31.03.2027 angeben.
employers-error-expiry-past = Dieses Datum ist schon vorbei. Bitte ein Datum ab heute.
employers-error-expiry-far = Bitte höchstens ein Jahr im Voraus; Sie können die Anzeige danach verlängern.
employers-error-consent = Bitte stimmen Sie zu, damit wir Ihre Angaben speichern dürfen.
employers-error-count = { $count ->
    [one] Bitte prüfen Sie eine Angabe; der Hinweis steht beim Feld.
   *[other] Bitte prüfen Sie { $count } Angaben; die Hinweise stehen bei den Feldern.
}

employers-register-title = Als Arbeitgeber mitmachen
employers-register-lead = Zeigen Sie Eltern, was Ihr Unternehmen für sie tut, und veröffentlichen Sie Stellen mit Arbeitszeiten, die zu Kita und Schule passen. Die Koordinierungsstelle schaltet Ihr Profil nach einem Blick darauf frei.
employers-register-link = Unternehmen anmelden
employers-register-company = Ihr Unternehmen
employers-register-person = Ihre Anmeldung
employers-register-consent = Ich bin einverstanden, dass die Angaben zum Unternehmen veröffentlicht und mein Name und meine Adresse für das Konto gespeichert werden.
employers-register-submit = Anmelden
employers-register-sent = Fast geschafft: Wir haben eine Mail an { $email } geschickt. Bitte bestätigen Sie darin Ihre Adresse.
employers-register-sent-more = Danach melden Sie sich an und legen Stellen an. Öffentlich wird Ihr Unternehmen, sobald die Koordinierungsstelle es freigeschaltet hat.
employers-mail-register-subject = Bitte bestätigen Sie Ihre Adresse
employers-mail-register-body = Guten Tag,

    Sie haben Ihr Unternehmen beim Wegweiser Lichtenberg angemeldet. Bitte bestätigen Sie Ihre Adresse innerhalb von { $days } Tagen:

    { $link }

    Die Koordinierungsstelle sieht sich Ihre Anmeldung an und schaltet das Profil frei.

    Ihr Wegweiser Lichtenberg

employers-status-proposed = Ihre Anmeldung wartet auf die Freigabe durch die Koordinierungsstelle. Stellen können Sie schon anlegen; sie erscheinen mit der Freigabe.
employers-status-published = Ihr Unternehmen ist öffentlich.
employers-status-rejected = Die Koordinierungsstelle hat Ihre Anmeldung nicht freigegeben. Wenn Sie das Profil ändern, sieht sie es sich erneut an.
employers-own-public-page = Öffentliche Seite ansehen
employers-own-edit-profile = Profil bearbeiten
employers-own-jobs = Ihre Stellen und Ausbildungsplätze
employers-own-new-job = Neue Stelle anlegen
employers-own-expired = Abgelaufen: nicht mehr sichtbar.
employers-own-delete-job = „{ $title }“ entfernen
employers-own-notice-profil = Das Profil ist gespeichert.
employers-own-notice-stelle = Die Stelle ist gespeichert.
employers-own-notice-geloescht = Die Stelle ist entfernt.
employers-own-back = Zurück zu Ihrem Unternehmen
employers-profile-title = Profil Ihres Unternehmens
employers-profile-save = Profil speichern

employers-admin-title = Arbeitgeber
employers-admin-waiting = Anmeldungen, die auf Freigabe warten
employers-admin-none = Keine Anmeldung wartet.
employers-admin-publish = { $name } freischalten
employers-admin-reject = { $name } ablehnen
employers-admin-pledge = Selbstverpflichtung
employers-admin-pledge-intro = Arbeitgeber, die alle gewählten Fragen mit „Ja“ beantworten, tragen das Zeichen der Selbstverpflichtung.
employers-admin-pledge-legend = Fragen, die dazugehören
employers-admin-pledge-save = Auswahl speichern
employers-admin-link = { $count ->
    [0] Arbeitgeber: keine Anmeldung offen
    [one] Arbeitgeber: { $count } Anmeldung offen
   *[other] Arbeitgeber: { $count } Anmeldungen offen
}

## Jobs
jobs-title = Stellen und Ausbildungsplätze
jobs-lead = Sagen Sie, wann Sie arbeiten können. Sie sehen nur Stellen, deren Arbeitszeiten an jedem Arbeitstag in Ihr Zeitfenster passen.
jobs-field-q = Suchbegriff
jobs-field-days = An diesen Tagen kann ich arbeiten
jobs-field-days-hint = Mit Uhrzeit von und bis: zum Beispiel Montag bis Freitag von 08:30 bis 14:30.
jobs-field-from = Von
jobs-field-to = Bis
jobs-field-near = In der Nähe von (Postleitzahl oder Ortsteil)
jobs-field-near-hint = Gemessen wird zwischen den Mitten der Ortsteile.
jobs-field-km = Entfernung
jobs-distance-any = Beliebig
jobs-distance-within = bis { $km } km
jobs-distance-same = im selben Ortsteil
jobs-distance-about = etwa { $distance }
jobs-all-kinds = Alle Arten
jobs-search = Stellen suchen
jobs-count = { $count ->
    [0] Keine Stelle
    [one] { $count } Stelle
   *[other] { $count } Stellen
}
jobs-none = Zurzeit gibt es keine offenen Stellen.
jobs-none-filtered = Keine Stelle passt zu dieser Auswahl. Versuchen Sie ein größeres Zeitfenster oder mehr Tage.
jobs-error-no-day = Bitte kreuzen Sie mindestens einen Tag an.
jobs-error-window = Bitte geben Sie zwei Uhrzeiten an; das Ende muss nach dem Beginn liegen.
jobs-until = Sichtbar bis { $date }
jobs-when = Arbeitszeiten
jobs-start-now = ab sofort
jobs-hours-week = { $hours ->
    [one] { $hours } Stunde pro Woche
   *[other] { $hours } Stunden pro Woche
}
jobs-kind-job = Stelle
jobs-kind-training = Ausbildung
jobs-kind-part-time-training = Ausbildung in Teilzeit
jobs-ortsteil-company = Am Ort des Unternehmens
jobs-field-title = Bezeichnung
jobs-field-kind = Art
jobs-field-description = Beschreibung
jobs-field-weekly-hours = Stunden pro Woche
jobs-field-ortsteil = Ortsteil des Arbeitsplatzes
jobs-field-start-date = Beginn (freiwillig)
jobs-field-expires-on = Sichtbar bis
jobs-field-expires-on-hint = Am Tag danach verschwindet die Anzeige von selbst.
jobs-form-title = Stelle oder Ausbildungsplatz
jobs-form-days = Arbeitszeiten je Wochentag
jobs-form-days-hint = Lassen Sie freie Tage leer. Eltern finden Ihre Stelle, wenn jeder Arbeitstag in ihr Zeitfenster passt.
jobs-form-from = { $day } von
jobs-form-to = { $day } bis
jobs-form-save = Speichern
employers-no-company-title = Noch kein Unternehmen verbunden
employers-no-company = Ihr Konto ist noch mit keinem Unternehmen verbunden. Die Koordinierungsstelle verbindet es für Sie.
employers-no-company-contact = So erreichen Sie die Koordinierungsstelle
jobs-start = Beginn
jobs-visible-until = Sichtbar bis

## Contact requests to employers
contact-link = Kontakt aufnehmen
contact-link-general = Initiativ Kontakt aufnehmen
contact-title = Kontakt zu { $employer }
contact-about-job = Zur Stelle: { $job }
contact-intro = Sie entscheiden, was das Unternehmen von Ihnen erfährt. Die Antwort kommt hier im Wegweiser an; Ihre Adresse sieht das Unternehmen nur, wenn Sie sie teilen.
contact-share-legend = Was Sie teilen
contact-share-email = Meine E-Mail-Adresse ({ $email })
contact-share-name = Meinen Namen
contact-field-name = Name
contact-field-phone = Telefon (freiwillig)
contact-field-message = Ihre Nachricht
contact-field-message-hint = Ein paar Sätze genügen: was Sie suchen und wann Sie arbeiten können. Höchstens 1000 Zeichen.
contact-field-cv = Lebenslauf (freiwillig)
contact-field-cv-hint = Nur PDF, höchstens 800 KB. Er wird nach 90 Tagen gelöscht.
contact-send = Anfrage senden
contact-error-cv-large = Die Datei ist größer als 800 KB. Bitte speichern Sie den Lebenslauf kleiner.
contact-error-cv-not-pdf = Diese Datei ist kein PDF, auch wenn der Name so aussieht. Bitte speichern Sie den Lebenslauf als PDF.
contact-error-cv-name = Der Dateiname passt nicht zu einem PDF. Bitte wählen Sie eine Datei, deren Name auf .pdf endet.
contact-too-many = Sie haben heute schon mehrere Anfragen gesendet. Bitte warten Sie bis morgen.
contact-too-many-messages = Heute sind schon viele Nachrichten geschrieben worden. Bitte warten Sie bis morgen.
contact-list-parent = Ihre Anfragen an Arbeitgeber
contact-list-employer = Anfragen von Eltern
contact-list-none = Noch keine Anfragen.
contact-parent-unnamed = Ein Elternteil
contact-general = Initiativanfrage
contact-state-answered = Beantwortet
contact-state-open = Wartet auf Antwort
contact-thread-title = Anfrage: { $name }
contact-shared-title = Geteilte Angaben
contact-not-shared = nicht geteilt
contact-email = E-Mail-Adresse
contact-no-cv = keiner
contact-messages = Nachrichten
contact-answer = Ihre Antwort
contact-reply = Ihre Nachricht
contact-notice-gesendet = Ihre Anfrage ist gesendet. Die Antwort finden Sie hier; wir schicken Ihnen eine Mail, sobald sie da ist.
contact-notice-geantwortet = Ihre Nachricht ist gesendet.
contact-mail-new-subject = Neue Anfrage von einem Elternteil
contact-mail-new-body = Guten Tag,

    ein Elternteil hat Ihrem Unternehmen im Wegweiser Lichtenberg eine Anfrage geschickt. Lesen und beantworten können Sie sie nach der Anmeldung:

    { $link }

    Ihr Wegweiser Lichtenberg
contact-mail-answer-subject = Neue Nachricht zu Ihrer Anfrage
contact-mail-answer-body = Guten Tag,

    zu einer Anfrage im Wegweiser Lichtenberg gibt es eine neue Nachricht. Lesen können Sie sie nach der Anmeldung:

    { $link }

    Ihr Wegweiser Lichtenberg
jobs-feed-name = Stellen im Wegweiser Lichtenberg
jobs-feed-link = Diese Suche als Feed abonnieren (Atom)

## The pledge's campaign page and posters
pledge-title = Familienfreundlich arbeiten in Lichtenberg
pledge-lead = Arbeitgeber im Bezirk verpflichten sich, Eltern das zu bieten, was sie brauchen, um Arbeit und Kinder zusammenzubringen – gerade Eltern, die allein erziehen. Die Koordinierungsstelle Alleinerziehende legt fest, was dazugehört.
pledge-criteria-title = Was die Selbstverpflichtung verlangt
pledge-criteria-lead = Ein Arbeitgeber trägt das Zeichen, wenn er jede dieser Fragen mit „Ja“ beantwortet:
pledge-criteria-none = Die Koordinierungsstelle stellt die Bedingungen gerade zusammen.
pledge-members = { $count ->
    [0] Noch kein Arbeitgeber erfüllt sie
    [one] { $count } Arbeitgeber erfüllt sie
   *[other] { $count } Arbeitgeber erfüllen sie
}
pledge-join-title = Für Arbeitgeber: so machen Sie mit
pledge-join-lead = Registrieren Sie Ihr Unternehmen und beantworten Sie die neun Fragen zur Familienfreundlichkeit. Nach der Prüfung durch die Koordinierungsstelle ist Ihr Profil öffentlich; erfüllen Sie die Bedingungen, trägt es das Zeichen, und Sie können einen Aushang für Ihr Schaufenster drucken.
pledge-print-title = Zum Aushängen und Verteilen
pledge-print-lead = Ein Plakat für Schwarze Bretter in Kita, Jobcenter und Familienzentrum, und ein Flyer zum Mitnehmen.
pledge-poster-kicker = Arbeit, die zum Familienalltag passt
pledge-poster-summary = Diese Arbeitgeber in Lichtenberg haben sich verpflichtet:
pledge-poster-members = Dabei: { $names }
pledge-poster-call = Code scannen: alle Arbeitgeber, ihre Stellen und Ausbildungsplätze mit passenden Arbeitszeiten.
pledge-shop-kicker = Familienfreundlicher Arbeitgeber in Lichtenberg
pledge-shop-summary = Wir erfüllen die Selbstverpflichtung der Koordinierungsstelle Alleinerziehende. Bei uns gehört dazu:
pledge-shop-call = Code scannen: was { $name } Eltern bietet, und offene Stellen.
pledge-poster-link = Aushang für Ihr Schaufenster drucken
pledge-campaign-link = Mehr über die Selbstverpflichtung
pledge-own-missing = Für das Zeichen der Selbstverpflichtung fehlt noch ein „Ja“ bei:

## A company's people
team-title = Personen im Unternehmenskonto
team-lead = Alle hier Genannten sehen und ändern das Profil, die Stellen und die Anfragen von { $company }.
team-count = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
team-you = Sie
team-pending = Einladung noch nicht angenommen
team-leave = Unternehmen verlassen
team-remove = { $name } entfernen
team-removed = Die Person hat keinen Zugang mehr zum Unternehmen.
team-invite-title = Kollegin oder Kollegen einladen
team-invite-lead = Die Person bekommt eine E-Mail mit einem Link, über den sie ein Passwort festlegt. Sie sieht dann dasselbe wie Sie.
team-field-name = Name
team-invite-submit = Einladen
team-invited = Wir haben eine Einladung an { $email } geschickt.
team-back = Zurück zum Unternehmenskonto
team-link = Personen im Unternehmenskonto
team-error-name = Bitte geben Sie den Namen an (höchstens 100 Zeichen).
team-error-full = Ein Unternehmenskonto hat höchstens zehn Personen. Entfernen Sie zuerst jemanden.
team-error-throttled = Sie haben heute schon zehn Einladungen verschickt. Bitte versuchen Sie es morgen wieder.
team-error-last = Ein Unternehmen braucht mindestens eine Person. Laden Sie zuerst jemanden ein oder löschen Sie Ihr Konto mit dem Unternehmen.
mail-team-subject = Einladung: { $company } im Wegweiser Lichtenberg
mail-team-body = Guten Tag,

    { $inviter } lädt Sie ein, das Unternehmenskonto von { $company } im Wegweiser Lichtenberg mitzubetreuen: das Profil, die Stellen und die Anfragen von Eltern.

    Über diesen Link legen Sie Ihr Passwort fest (er gilt sieben Tage und nur einmal):
    { $link }

    Wenn Sie diese Einladung nicht erwartet haben, können Sie die E-Mail einfach löschen.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-team-known-body = Guten Tag,

    { $inviter } möchte Sie zum Unternehmenskonto von { $company } im Wegweiser Lichtenberg einladen. Mit dieser Adresse gibt es schon ein Konto; ein Konto gehört zu einer Rolle. Bitten Sie um eine Einladung an eine andere Adresse, oder schreiben Sie der Koordinierungsstelle.

    Wenn Sie diese Einladung nicht erwartet haben, können Sie die E-Mail einfach löschen.

    Koordinierungsstelle Alleinerziehende Lichtenberg
account-delete-company = Sie sind die einzige Person von { $company }. Mit Ihrem Konto werden auch das Unternehmen, seine Stellen und die Anfragen von Eltern gelöscht.
employers-fairs-own = Hier können Sie uns treffen
jobs-fairs = Jobmessen und Infotage
