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
password-error-short = Das Passwort ist zu kurz: es braucht mindestens 10 Zeichen.
password-error-long = Das Passwort ist zu lang.
password-error-repeat = Die beiden Eingaben stimmen nicht überein.
mail-invitation-subject = Einladung zum Wegweiser Lichtenberg
mail-invitation-body = Guten Tag,

    die Koordinierungsstelle Alleinerziehende Lichtenberg lädt Sie zum Wegweiser ein (Rolle: { $role }).

    Über diesen Link legen Sie Ihr Passwort fest (er gilt sieben Tage und nur einmal):
    { $link }

    Wenn Sie diese Einladung nicht erwartet haben, können Sie die E-Mail einfach löschen.

    Koordinierungsstelle Alleinerziehende Lichtenberg
forgot-sent = Wenn es zu dieser Adresse ein Konto gibt, ist eine E-Mail mit dem Link unterwegs.
mail-reset-subject = Neues Passwort für den Wegweiser Lichtenberg
mail-reset-body = Guten Tag,

    Sie (oder jemand anderes) haben ein neues Passwort für Ihr Konto im Wegweiser Lichtenberg angefordert. Über diesen Link legen Sie es fest (er gilt eine Stunde und nur einmal):
    { $link }

    Wenn Sie nichts angefordert haben, löschen Sie diese E-Mail einfach; Ihr Passwort bleibt, wie es ist.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-invitation-role-for = { $role } für „{ $organisation }“
