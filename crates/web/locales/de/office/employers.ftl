employers-error-consent = Bitte stimmen Sie zu, damit wir Ihre Angaben speichern dürfen.
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
jobs-field-title = Bezeichnung
jobs-field-description = Beschreibung
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
contact-error-cv-large = Die Datei ist größer als 800 KB. Bitte speichern Sie den Lebenslauf kleiner.
contact-error-cv-not-pdf = Diese Datei ist kein PDF, auch wenn der Name so aussieht. Bitte speichern Sie den Lebenslauf als PDF.
contact-error-cv-name = Der Dateiname passt nicht zu einem PDF. Bitte wählen Sie eine Datei, deren Name auf .pdf endet.
contact-too-many = Sie haben heute schon mehrere Anfragen gesendet. Bitte warten Sie bis morgen.
contact-too-many-messages = Heute sind schon viele Nachrichten geschrieben worden. Bitte warten Sie bis morgen.
contact-list-none = Noch keine Anfragen.
contact-parent-unnamed = Ein Elternteil
contact-general = Initiativanfrage
contact-state-answered = Beantwortet
contact-state-open = Wartet auf Antwort
contact-thread-title = Anfrage: { $name }
pledge-criteria-none = Die Koordinierungsstelle stellt die Bedingungen gerade zusammen.
pledge-poster-kicker = Arbeit, die zum Familienalltag passt
pledge-poster-summary = Diese Arbeitgeber in Lichtenberg haben sich verpflichtet:
pledge-poster-members = Dabei: { $names }
pledge-poster-call = Code scannen: alle Arbeitgeber, ihre Stellen und Ausbildungsplätze mit passenden Arbeitszeiten.
pledge-shop-kicker = Familienfreundlicher Arbeitgeber in Lichtenberg
pledge-shop-summary = Wir erfüllen die Selbstverpflichtung der Koordinierungsstelle Alleinerziehende. Bei uns gehört dazu:
pledge-shop-call = Code scannen: was { $name } Eltern bietet, und offene Stellen.
pledge-poster-link = Aushang für Ihr Schaufenster drucken
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
