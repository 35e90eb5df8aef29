## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Familienfreundliche Arbeitgeber
employers-lead = Unternehmen in Lichtenberg zeigen, was sie für Eltern tun: flexible Zeiten, Teilzeit, Ausbildung in Teilzeit, Verständnis, wenn ein Kind krank ist. Vergleichen Sie bis zu drei nebeneinander.
employers-all-sectors = Alle Branchen
employers-all-ortsteile = Alle Ortsteile
employers-choose = Bitte wählen
employers-pledge-only = Nur mit Selbstverpflichtung
employers-pledge-badge = Selbstverpflichtung: familienfreundlich
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
employers-field-sector = Branche
employers-field-size = Größe
employers-field-ortsteil = Ortsteil
employers-field-website = Website (freiwillig)
employers-field-answer = Antwort
employers-field-note = Erläuterung zu „{ $criterion }“ (freiwillig)
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
employers-error-count = { $count ->
    [one] Bitte prüfen Sie eine Angabe; der Hinweis steht beim Feld.
   *[other] Bitte prüfen Sie { $count } Angaben; die Hinweise stehen bei den Feldern.
}
employers-register-title = Als Arbeitgeber mitmachen
employers-register-lead = Zeigen Sie Eltern, was Ihr Unternehmen für sie tut, und veröffentlichen Sie Stellen mit Arbeitszeiten, die zu Kita und Schule passen. Die Koordinierungsstelle schaltet Ihr Profil nach einem Blick darauf frei.
employers-register-link = Unternehmen anmelden
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
jobs-field-kind = Art
jobs-field-weekly-hours = Stunden pro Woche
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
contact-list-parent = Ihre Anfragen an Arbeitgeber
contact-list-employer = Anfragen von Eltern
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
pledge-campaign-link = Mehr über die Selbstverpflichtung
account-delete-company = Sie sind die einzige Person von { $company }. Mit Ihrem Konto werden auch das Unternehmen, seine Stellen und die Anfragen von Eltern gelöscht.
employers-fairs-own = Hier können Sie uns treffen
jobs-fairs = Jobmessen und Infotage
employers-in-pledge = Teil der Selbstverpflichtung
employers-field-name = Name des Unternehmens
employers-field-address = Straße und Hausnummer (freiwillig)
employers-field-description = Beschreibung
employers-field-description-hint = Was macht Ihr Unternehmen, und wen suchen Sie?
employers-field-website-hint = Mit https:// am Anfang.
employers-field-contact-name = Ihr Name
employers-field-email = Ihre E-Mail-Adresse
employers-answer-yes = Ja
employers-answer-partly = Teilweise
employers-answer-no = Nein
employers-register-company = Ihr Unternehmen
employers-register-person = Ihre Anmeldung
employers-register-consent = Ich bin einverstanden, dass die Angaben zum Unternehmen veröffentlicht und mein Name und meine Adresse für das Konto gespeichert werden.
employers-register-submit = Anmelden
## The pledge's campaign page and posters
pledge-title = Familienfreundlich arbeiten in Lichtenberg
pledge-lead = Arbeitgeber im Bezirk verpflichten sich, Eltern das zu bieten, was sie brauchen, um Arbeit und Kinder zusammenzubringen – gerade Eltern, die allein erziehen. Die Koordinierungsstelle Alleinerziehende legt fest, was dazugehört.
pledge-criteria-title = Was die Selbstverpflichtung verlangt
pledge-criteria-lead = Ein Arbeitgeber trägt das Zeichen, wenn er jede dieser Fragen mit „Ja“ beantwortet:
pledge-members = { $count ->
    [0] Noch kein Arbeitgeber erfüllt sie
    [one] { $count } Arbeitgeber erfüllt sie
   *[other] { $count } Arbeitgeber erfüllen sie
}
pledge-join-title = Für Arbeitgeber: so machen Sie mit
pledge-join-lead = Registrieren Sie Ihr Unternehmen und beantworten Sie die neun Fragen zur Familienfreundlichkeit. Nach der Prüfung durch die Koordinierungsstelle ist Ihr Profil öffentlich; erfüllen Sie die Bedingungen, trägt es das Zeichen, und Sie können einen Aushang für Ihr Schaufenster drucken.
pledge-print-title = Zum Aushängen und Verteilen
pledge-print-lead = Ein Plakat für Schwarze Bretter in Kita, Jobcenter und Familienzentrum, und ein Flyer zum Mitnehmen.
jobs-only-german = Diese Stelle ist nur auf Deutsch beschrieben.
