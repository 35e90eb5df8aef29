employers-error-consent = Please agree, so that we may store your details.
employers-register-sent = Almost done: we have sent a mail to { $email }. Please confirm your address in it.
employers-register-sent-more = Then sign in and add jobs. Your company becomes public once the coordination office has approved it.
employers-mail-register-subject = Please confirm your address
employers-mail-register-body = Hello,

    you have registered your company on the Wegweiser Lichtenberg. Please confirm your address within { $days } days:

    { $link }

    The coordination office will look at your registration and publish the profile.

    Your Wegweiser Lichtenberg
employers-status-proposed = Your registration is waiting for the coordination office's approval. You can already add jobs; they appear with the approval.
employers-status-published = Your company is public.
employers-status-rejected = The coordination office has not approved your registration. If you change the profile, it will look at it again.
employers-own-public-page = See the public page
employers-own-edit-profile = Edit the profile
employers-own-jobs = Your jobs and training places
employers-own-new-job = Add a job
employers-own-expired = Expired: no longer visible.
employers-own-delete-job = Remove "{ $title }"
employers-own-notice-profil = The profile is saved.
employers-own-notice-stelle = The job is saved.
employers-own-notice-geloescht = The job is removed.
employers-own-back = Back to your company
employers-profile-title = Your company's profile
employers-profile-save = Save the profile
employers-admin-title = Employers
employers-admin-waiting = Registrations waiting for approval
employers-admin-none = No registration is waiting.
employers-admin-publish = Publish { $name }
employers-admin-reject = Reject { $name }
employers-admin-pledge = Pledge
employers-admin-pledge-intro = Employers who answer every chosen question "yes" carry the pledge's mark.
employers-admin-pledge-legend = Questions that belong to it
employers-admin-pledge-save = Save the choice
jobs-field-title = Title
jobs-field-description = Description
jobs-field-ortsteil = District of the workplace
jobs-field-start-date = Start (optional)
jobs-field-expires-on = Visible until
jobs-field-expires-on-hint = The day after, the listing disappears by itself.
jobs-form-title = Job or training place
jobs-form-days = Working hours per weekday
jobs-form-days-hint = Leave days off empty. Parents find your job when every working day fits their time window.
jobs-form-from = { $day } from
jobs-form-to = { $day } to
jobs-form-save = Save
employers-no-company-title = No company linked yet
employers-no-company = Your account is not linked to a company yet. The coordination office will link it for you.
employers-no-company-contact = How to reach the coordination office
contact-error-cv-large = The file is larger than 800 KB. Please save the CV smaller.
contact-error-cv-not-pdf = This file is not a PDF, even if its name looks like one. Please save the CV as a PDF.
contact-error-cv-name = The file name does not fit a PDF. Please choose a file whose name ends in .pdf.
contact-too-many = You have already sent several requests today. Please wait until tomorrow.
contact-too-many-messages = Many messages have been written today already. Please wait until tomorrow.
contact-list-none = No requests yet.
contact-parent-unnamed = A parent
contact-general = Request without a job ad
contact-state-answered = Answered
contact-state-open = Waiting for an answer
contact-thread-title = Request: { $name }
pledge-criteria-none = The coordination office is putting the conditions together.
pledge-poster-kicker = Work that fits family life
pledge-poster-summary = These employers in Lichtenberg have committed themselves:
pledge-poster-members = Taking part: { $names }
pledge-poster-call = Scan the code: all employers, their jobs and training places with hours that fit.
pledge-shop-kicker = Family-friendly employer in Lichtenberg
pledge-shop-summary = We meet the pledge of the coordination office for single parents. With us, that includes:
pledge-shop-call = Scan the code: what { $name } offers parents, and open jobs.
pledge-poster-link = Print a poster for your shop window
pledge-own-missing = For the pledge's badge, these still need a "yes":
## A company's people
team-title = People in the company account
team-lead = Everyone named here sees and changes the profile, the jobs and the requests of { $company }.
team-count = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
team-you = you
team-pending = Invitation not accepted yet
team-leave = Leave the company
team-remove = Remove { $name }
team-removed = That person no longer has access to the company.
team-invite-title = Invite a colleague
team-invite-lead = They get an e-mail with a link to set a password. They then see the same as you.
team-field-name = Name
team-invite-submit = Invite
team-invited = We sent an invitation to { $email }.
team-back = Back to the company account
team-link = People in the company account
team-error-name = Please give the name (at most 100 characters).
team-error-full = A company account has at most ten people. Remove someone first.
team-error-throttled = You have already sent ten invitations today. Please try again tomorrow.
team-error-last = A company needs at least one person. Invite someone first, or delete your account together with the company.
mail-team-subject = Invitation: { $company } on Wegweiser Lichtenberg
mail-team-body = Hello,

    { $inviter } invites you to help look after the company account of { $company } on Wegweiser Lichtenberg: the profile, the jobs and the requests from parents.

    Use this link to set your password (valid for seven days, once):
    { $link }

    If you did not expect this invitation, you can simply delete this e-mail.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-team-known-body = Hello,

    { $inviter } would like to invite you to the company account of { $company } on Wegweiser Lichtenberg. There already is an account with this address, and an account has one role. Ask for an invitation to another address, or write to the coordination office.

    If you did not expect this invitation, you can simply delete this e-mail.

    Koordinierungsstelle Alleinerziehende Lichtenberg
