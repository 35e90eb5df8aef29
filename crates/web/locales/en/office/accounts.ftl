invite-title = Invite someone
invite-intro = The person gets an e-mail with a link to set their password. The link is valid for seven days.
invite-email = E-mail address
invite-name = Name (optional)
invite-role = Role
invite-organization = Provider (for provider editors)
invite-organization-none = – no provider –
invite-submit = Send invitation
invite-sent = The invitation to { $email } is on its way.
invite-error-email = Please enter a valid e-mail address, e.g. name@provider.org.
invite-error-role = Please choose a role.
invite-error-organization = A provider editor belongs to a provider: please choose it.
invite-error-taken = This e-mail address already has an account.
password-error-short = The password is too short: it needs at least 10 characters.
password-error-long = The password is too long.
password-error-repeat = The two entries are not the same.
mail-invitation-subject = Invitation to Wegweiser Lichtenberg
mail-invitation-body = Hello,

    the coordination office for single parents in Lichtenberg invites you to Wegweiser (role: { $role }).

    Set your password with this link (valid for seven days, once):
    { $link }

    If you did not expect this invitation, you can simply delete this e-mail.

    Koordinierungsstelle Alleinerziehende Lichtenberg
forgot-sent = If there is an account for this address, an e-mail with the link is on its way.
mail-reset-subject = New password for Wegweiser Lichtenberg
mail-reset-body = Hello,

    you (or someone else) asked for a new password for your account at Wegweiser Lichtenberg. Set it with this link (valid for one hour, once):
    { $link }

    If you did not ask for it, simply delete this e-mail; your password stays as it is.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-invitation-role-for = { $role } for “{ $organisation }”
