## Sign-in, invitations, passwords and a person's own account.
login-title = Anmelden
login-intro = Für Mitarbeitende der Koordinierungsstelle, der Träger und Mitglieder der AG Alleinerziehende. Eltern brauchen kein Konto.
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-failed = E-Mail-Adresse oder Passwort stimmen nicht.
login-throttled = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.
role-coordinator = Koordinierungsstelle
role-provider-editor = Träger-Redaktion
role-employer = Arbeitgeber
role-ag-member = AG-Mitglied
role-parent = Elternteil
password-title = Passwort festlegen
password-intro = Konto: { $email }. Wählen Sie ein Passwort mit mindestens 10 Zeichen.
password-new = Neues Passwort
password-hint = Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und sicher.
password-repeat = Passwort wiederholen
password-submit = Passwort speichern und anmelden
password-link-invalid = Dieser Link ist nicht mehr gültig: er wurde schon benutzt oder ist abgelaufen. Bitte bitten Sie die Koordinierungsstelle um eine neue Einladung.
forgot-link = Passwort vergessen?
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, über den Sie ein neues Passwort festlegen. Der Link gilt eine Stunde.
forgot-submit = Link anfordern
account-title = Mein Konto
account-data-title = Ihre Daten
account-data-intro = Sie können alles herunterladen, was der Wegweiser über Ihr Konto speichert.
account-data-download = Meine Daten herunterladen (JSON)
account-delete-title = Konto löschen
account-delete-intro = Ihr Konto und alle Angaben zu Ihnen werden gelöscht. Das lässt sich nicht rückgängig machen.
account-delete-submit = Konto endgültig löschen
account-delete-wrong-password = Das Passwort stimmt nicht. Ihr Konto wurde nicht gelöscht.
account-deleted = Ihr Konto und alle Angaben zu Ihnen sind gelöscht.
account-signed-in-as = Sie sind angemeldet als { $role }.
account-for-you-title = Was Sie hier tun können
account-to-backoffice = Zur Verwaltung
account-for-you-parent = Mit Ihrem Konto bleiben Anmeldungen zu Veranstaltungen und der Newsletter an einer Stelle. Alles Öffentliche im Wegweiser nutzen Sie auch ohne Konto.
account-coming-parent = Bald kommen hier dazu: Gruppen und Treffs in Ihrer Nähe.
account-confirmation-resend = Bestätigungslink noch einmal senden
account-confirmation-sent = Wir haben Ihnen einen neuen Bestätigungslink geschickt.
account-tandem-link = Tandem: andere Alleinerziehende kennenlernen – nur mit Ihrer Zustimmung und ohne Ihre Adresse
account-unconfirmed = Ihre E-Mail-Adresse ist noch nicht bestätigt. Öffnen Sie den Link aus unserer E-Mail; ohne Bestätigung wird das Konto nach einer Woche gelöscht.
account-for-you-employer = Ihr Konto gehört zu Ihrem Unternehmen: Dort bearbeiten Sie das Profil und legen Stellen an.
account-coming-employer = Bald kommen hier dazu: Kontaktanfragen von Eltern zu Ihren Stellen und Jobmessen mit den teilnehmenden Arbeitgebern.
account-for-you-ag-member = Ihr Konto ist für die AG Alleinerziehende eingerichtet: Sitzungen mit Tagesordnung, Ihre Zusagen und Vorschläge für Themen.
account-coming-ag-member = Bald kommen hier dazu: Protokolle, Beschlüsse und Aufgaben der AG, und der Laufzettel für Weitervermittlungen zwischen den Stellen.
account-held-intro = Das speichert der Wegweiser über Ihr Konto:
account-name = Name
account-email = E-Mail-Adresse
account-role = Rolle
account-since = Konto seit
account-organizations = Organisationen
account-sessions = Angemeldete Geräte
account-sessions-count = { $count ->
    [one] ein Gerät (dieses)
   *[other] { $count } Geräte
}
account-last-login = Letzte Anmeldung davor
account-last-login-none = keine
## A parent makes their own account
signup-title = Konto für Eltern anlegen
signup-lead = Mit einem Konto können Sie das Tandem nutzen: andere Alleinerziehende kennenlernen, nur mit Ihrer Zustimmung. Alles andere im Wegweiser nutzen Sie auch ohne Konto.
signup-password = Passwort
signup-password-hint = Mindestens 10 Zeichen. Ein Satz, den Sie sich merken können, ist gut.
signup-repeat = Passwort noch einmal
signup-consent = Ich habe die Datenschutzhinweise gelesen. Gespeichert werden nur meine E-Mail-Adresse und mein Passwort (verschlüsselt); ich kann das Konto jederzeit löschen.
signup-privacy-link = Datenschutzhinweise lesen
signup-submit = Konto anlegen
signup-have-account = Sie haben schon ein Konto? Anmelden
signup-error-consent = Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.
signup-sent = Fast geschafft: Wir haben eine E-Mail an { $email } geschickt.
signup-sent-more = Bitte öffnen Sie den Link darin, um Ihre Adresse zu bestätigen. Erst dann können Sie im Tandem andere anfragen und schreiben. Ohne Bestätigung wird das Konto nach einer Woche gelöscht.
signup-confirm-question = Möchten Sie Ihre E-Mail-Adresse bestätigen?
signup-confirm-submit = Adresse bestätigen
signup-confirmed = Danke, Ihre Adresse ist bestätigt.
signup-confirmed-next = Anmelden und zum Tandem
signup-link-invalid = Dieser Link gilt nicht (mehr). Vielleicht wurde er schon benutzt oder ist älter als eine Woche.
signup-again = Neu registrieren
login-signup = Noch kein Konto? Als Elternteil registrieren
mail-signup-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-signup-body = Guten Tag,

    Sie haben beim Wegweiser Lichtenberg ein Konto angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:

    { $link }

    Ohne Bestätigung wird das Konto nach { $days } Tagen gelöscht. Wenn Sie kein Konto angelegt haben, müssen Sie nichts tun.

    Ihr Wegweiser Lichtenberg
mail-signup-existing-subject = Sie haben schon ein Konto beim Wegweiser Lichtenberg
mail-signup-existing-body = Guten Tag,

    jemand wollte mit Ihrer E-Mail-Adresse ein Konto beim Wegweiser Lichtenberg anlegen. Sie haben aber schon eines. Hier melden Sie sich an:

    { $login }

    Passwort vergessen? Hier bekommen Sie ein neues:

    { $reset }

    Wenn Sie das nicht waren, müssen Sie nichts tun.

    Ihr Wegweiser Lichtenberg
tandem-error-unconfirmed = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse (mit dem Link aus unserer E-Mail). Dann können Sie andere anfragen und schreiben.
account-employer-link = Zu Ihrem Unternehmen
