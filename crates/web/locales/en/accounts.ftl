## Sign-in, invitations, passwords and a person's own account.
login-title = Sign in
login-intro = For staff of the coordination office and of providers, and for members of the working group. Parents need no account.
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-failed = The e-mail address or the password is not right.
login-throttled = Too many attempts. Please wait a moment, then try again.
role-coordinator = Coordination office
role-provider-editor = Provider editor
role-employer = Employer
role-ag-member = Working group member
role-parent = Parent
password-title = Set your password
password-intro = Account: { $email }. Choose a password with at least 10 characters.
password-new = New password
password-hint = At least 10 characters. A sentence of several words is easy to remember and safe.
password-repeat = Repeat the password
password-submit = Save the password and sign in
password-link-invalid = This link is no longer valid: it has been used or has expired. Please ask the coordination office for a new invitation.
forgot-link = Forgot your password?
forgot-title = Forgot your password
forgot-intro = Enter the e-mail address of your account. We send you a link to set a new password. The link is valid for one hour.
forgot-submit = Send me a link
account-title = My account
account-data-title = Your data
account-data-intro = You can download everything Wegweiser stores about your account.
account-data-download = Download my data (JSON)
account-delete-title = Delete the account
account-delete-intro = Your account and everything about you is deleted. This cannot be undone.
account-delete-submit = Delete the account for good
account-delete-wrong-password = The password is not right. Your account was not deleted.
account-deleted = Your account and everything about you has been deleted.
account-signed-in-as = You are signed in as { $role }.
account-for-you-title = What you can do here
account-to-backoffice = Go to the back office
account-for-you-parent = With your account, event registrations and the newsletter stay in one place. Everything public in the Wegweiser works without an account too.
account-coming-parent = Coming soon: groups and meet-ups near you.
account-confirmation-resend = Send the confirmation link again
account-confirmation-sent = We have sent you a new confirmation link.
account-tandem-link = Tandem: meet other single parents – only with your consent and never with your address
account-unconfirmed = Your e-mail address is not confirmed yet. Open the link from our e-mail; without confirmation the account is deleted after a week.
account-for-you-employer = Your account belongs to your company: there you edit its profile and add jobs.
account-coming-employer = Coming soon: contact requests from parents about your jobs, and job fairs with the employers taking part.
account-for-you-ag-member = Your account is set up for the AG Alleinerziehende: meetings with their agendas, your replies and proposals for topics.
account-coming-ag-member = Coming here soon: the working group's minutes, decisions and action items, and the referral slip for passing parents between offices.
account-held-intro = This is what the Wegweiser stores about your account:
account-name = Name
account-email = E-mail address
account-role = Role
account-since = Account since
account-organizations = Organisations
account-sessions = Signed-in devices
account-sessions-count = { $count ->
    [one] one device (this one)
   *[other] { $count } devices
}
account-last-login = Previous sign-in
account-last-login-none = none
## A parent makes their own account
signup-title = Create a parent account
signup-lead = With an account you can use the tandem: meet other single parents, only with your consent. Everything else in the Wegweiser works without an account.
signup-password = Password
signup-password-hint = At least 10 characters. A sentence you can remember is good.
signup-repeat = Password again
signup-consent = I have read the privacy notice. Only my e-mail address and my password (encrypted) are stored; I can delete the account at any time.
signup-privacy-link = Read the privacy notice
signup-submit = Create the account
signup-have-account = Already have an account? Sign in
signup-error-consent = Please confirm that you have read the privacy notice.
signup-sent = Nearly done: we have sent an e-mail to { $email }.
signup-sent-more = Please open the link in it to confirm your address. Only then can you ask others and write in the tandem. Without confirmation the account is deleted after a week.
signup-confirm-question = Would you like to confirm your e-mail address?
signup-confirm-submit = Confirm the address
signup-confirmed = Thank you, your address is confirmed.
signup-confirmed-next = Sign in and go to the tandem
signup-link-invalid = This link is not valid (any more). Perhaps it was used already or is older than a week.
signup-again = Register again
login-signup = No account yet? Register as a parent
mail-signup-subject = Please confirm your e-mail address
mail-signup-body = Hello,

    you have created an account with the Wegweiser Lichtenberg. Please confirm your e-mail address with this link:

    { $link }

    Without confirmation the account is deleted after { $days } days. If you did not create an account, you need not do anything.

    Your Wegweiser Lichtenberg
mail-signup-existing-subject = You already have an account with the Wegweiser Lichtenberg
mail-signup-existing-body = Hello,

    someone tried to create an account with the Wegweiser Lichtenberg using your e-mail address. But you already have one. Sign in here:

    { $login }

    Forgot your password? Get a new one here:

    { $reset }

    If this was not you, you need not do anything.

    Your Wegweiser Lichtenberg
tandem-error-unconfirmed = Please confirm your e-mail address first (with the link from our e-mail). Then you can ask others and write.
account-employer-link = To your company
