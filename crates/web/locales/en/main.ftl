## Site frame
site-name = Wegweiser Lichtenberg
site-description = Help and support for single parents in Berlin-Lichtenberg: counselling, childcare, money, work, housing and meeting places – close to home.
skip-to-content = Skip to content
quick-exit = Leave this site quickly
quick-exit-key = (Esc)
nav-label = Main navigation
nav-home = Home
nav-search = Find support
nav-categories = Topics
nav-ortsteile = Neighbourhoods
nav-emergency = Emergency & quick help
language-label = Language
breadcrumb-label = You are here
footer-about = Wegweiser is the platform of the Koordinierungsstelle Alleinerziehende Lichtenberg, the district office for single parents. About one family in three in the district is a single-parent family.
footer-privacy = This site loads nothing from other servers and uses no tracking. One cookie only remembers the language you chose.
footer-geodata = Map data: Geoportal Berlin / ALKIS Berlin Ortsteile.
today = today

## Emergency contacts
emergency-heading = Emergency and quick help
emergency-title = Emergency and quick help
emergency-intro = These phone lines help at once, free of charge and anonymously if you wish. If anyone is in danger, call 110 or 112.
emergency-more-offers = More support in crises and against violence
emergency-police-name = Police
emergency-police-hours = always
emergency-ambulance-name = Fire brigade and ambulance
emergency-ambulance-hours = always
emergency-violence-women-name = Helpline Violence against Women
emergency-violence-women-hours = 24 hours, in 18 languages
emergency-big-hotline-name = BIG hotline on domestic violence (Berlin)
emergency-big-hotline-hours = 24 hours
emergency-child-protection-name = Child protection hotline Berlin
emergency-child-protection-hours = 24 hours, parents can call too
emergency-parents-phone-name = Parents' helpline (Nummer gegen Kummer)
emergency-parents-phone-hours = Mon–Fri 9 am–5 pm, Tue and Thu until 7 pm
emergency-crisis-line-name = TelefonSeelsorge (crisis line)
emergency-crisis-line-hours = 24 hours
emergency-pregnant-in-need-name = Helpline for pregnant women in need
emergency-pregnant-in-need-hours = 24 hours, anonymous
quick-exit-heading = Leave this site quickly
quick-exit-explained = The button "Leave this site quickly" at the top of every page (or the Escape key) replaces this page with a weather site at once. The back button does not return here. If someone else uses your device, clear the browser history afterwards.

## Home
home-title = Help for single parents in Lichtenberg
home-heading = Help for single parents in Lichtenberg
home-intro = Find counselling, childcare, help with money and forms, work and meeting places near you – no account needed.
home-total = { $count ->
    [one] 1 offer in Wegweiser
   *[other] { $count } offers in Wegweiser
}
home-quick-help = Quick help
home-quick-help-text = Do you need help right now? These phone lines are free and anonymous.
home-all-emergency = All emergency numbers
home-categories = What do you need?
home-ortsteile = Support in your neighbourhood
offers-count = { $count ->
    [0] no offers yet
    [one] 1 offer
   *[other] { $count } offers
}

## Search
search-title = Find support
search-title-with-query = Search for "{ $query }"
search-label = What are you looking for?
search-placeholder = e.g. counselling, Kita, maintenance
search-button = Search
filters-label = Search and filters
filter-category = Topic
filter-ortsteil = Neighbourhood
filter-language = Language spoken
filter-all = all
filter-only = Only offers that …
filter-free = are free of charge
filter-wheelchair = are wheelchair accessible
filter-childcare = offer childcare
filter-open-now = are open now
filter-weekday = Open on
filter-any-day = any day
filter-near = Near
filter-near-placeholder = postcode or neighbourhood
filter-sort = Sort by
sort-relevance = best match
sort-distance = distance
filter-walk-in = need no appointment
filter-evening = are open after 5 pm
filter-weekend = are open at weekends
distance-km = { $km } km away
error-unknown-weekday = "{ $value }" is not a day of the week. Please choose a day from the list.
error-unknown-place = We do not know "{ $value }". Please enter a Lichtenberg postcode (e.g. 10369) or a neighbourhood.
error-unknown-sort = "{ $value }" is not a sort order. Use "best match" or "distance".
error-distance-needs-place = To sort by distance, please enter a postcode or a neighbourhood.
filter-reset = Reset all filters
results-count = { $count ->
    [0] No offers found
    [one] 1 offer found
   *[other] { $count } offers found
}
zero-results-text = We found no matching offer. Try another word or fewer filters.
did-you-mean = Did you mean
results-relaxed = No offer contains all of your words. Here are offers that contain some of them.
zero-results-all = See all offers
zero-results-categories = Browse by topic
zero-results-emergency = Emergency and quick help
pager-label = Pages
pager-prev = Previous page
pager-next = Next page
page-of = Page { $page } of { $pages }
error-summary-title = Please check your input
error-query-too-long = The search text is too long. Please enter at most { $max } characters.
error-unknown-category = There is no topic "{ $value }". Please choose a topic from the list.
error-unknown-ortsteil = There is no neighbourhood "{ $value }" in Lichtenberg. Please choose one from the list.
error-unknown-language = We do not know the language "{ $value }". Please choose a language from the list.
error-invalid-flag = "{ $value }" is not a valid value here. Use yes (1) or no (0).
error-invalid-number = "{ $value }" is not a valid page number.

## Offer cards and pages
example-entry = Example entry
example-entry-long = Example entry: this offer is made up and only serves as a demonstration.
example-org-long = Example entry: this organisation does not exist; it only serves as a demonstration.
label-where = Place
place-confidential = address confidential
place-phone-online = by phone or online
place-outside = outside Lichtenberg
badge-wheelchair = wheelchair accessible
badge-childcare = with childcare
closed-reason-label = Temporarily closed
offered-by = Offered by
content-only-german = This offer is only described in German.
label-cost = Cost
label-access = Access
label-languages = Languages
label-target-groups = For whom
label-childcare = Childcare
yes-childcare = Yes, children are looked after during the offer.
no-childcare = No
label-categories = Topics
label-phone = Phone
label-email = E-mail
label-website = Website
label-ortsteil = Neighbourhood
label-transit = Getting there
hours-heading = Opening hours
hours-none = No fixed opening hours. Please make an appointment.
hours-holidays-closed = Closed on Berlin public holidays.
hours-exceptions = Changed opening hours
hours-closed = closed
hours-holiday-note = Closed on { $date } ({ $holiday }).
contact-heading = Contact
where-heading = Where
location-confidential = The address is confidential to protect the residents. Please get in touch by phone.
wheelchair-yes = Wheelchair accessible.
wheelchair-no = Not wheelchair accessible or unknown – please call ahead.
about-heading = About this offer
eligibility-heading = Who can come?
last-verified = Last checked on { $date }
valid-until = This offer runs until { $date }.
print-view = Print view
print-back = Back to the offer
print-now = Print
print-source = Current details: Wegweiser Lichtenberg, { $url }
map-source = Geoportal Berlin / ALKIS Berlin Ortsteile
map-location = Location: { $place }
map-ortsteil = Location of { $name } in the district of Lichtenberg
org-offers = { $count ->
    [0] No current offers
    [one] 1 offer
   *[other] { $count } offers
}
org-kind-public-institution = Public institution
org-kind-provider = Non-profit provider
org-kind-helpline = Phone and online counselling

## Open or closed
open-always = Available 24 hours
open-until = Open now until { $time }
opens-today = Closed – opens today at { $time }
opens-tomorrow = Closed – opens tomorrow at { $time }
opens-on = Closed – opens { $day } at { $time }
open-closed-for-now = Closed at present
open-by-appointment = By appointment
open-temporarily-closed = Temporarily closed

## Fixed vocabularies
cost-free = free of charge
cost-reduced = reduced or by income
cost-paid = fee charged
access-appointment = appointment needed
access-walk-in = walk in, no appointment
access-both = with or without appointment
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
holiday-new-year = New Year's Day
holiday-womens-day = International Women's Day
holiday-good-friday = Good Friday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-liberation-day = Liberation Day
holiday-ascension = Ascension Day
holiday-whit-monday = Whit Monday
holiday-unity-day = Day of German Unity
holiday-christmas-1 = Christmas Day
holiday-christmas-2 = Boxing Day
spoken-de = German
spoken-en = English
spoken-tr = Turkish
spoken-ar = Arabic
spoken-ru = Russian
spoken-uk = Ukrainian
spoken-vi = Vietnamese
spoken-pl = Polish
spoken-fa = Persian
spoken-ku = Kurdish
spoken-ro = Romanian
spoken-bg = Bulgarian
spoken-fr = French
spoken-es = Spanish
spoken-sq = Albanian
spoken-sr = Serbian
spoken-dgs = German Sign Language
group-single-parents = Single parents
group-pregnant = Pregnant women
group-fathers = Fathers
group-families = Families
group-children = Children
group-youth = Young people
group-migrants = Families new to Germany
group-women = Women
group-unemployed = Job seekers

## Lists
ortsteile-title = Neighbourhoods
ortsteile-intro = Lichtenberg has ten neighbourhoods (Ortsteile). Choose yours to see support near you.
ortsteil-title = Support in { $name }
ortsteil-postcodes = Postcodes: { $postcodes }
categories-title = Topics
categories-intro = Choose a topic to see matching offers across the district.
related-categories = Topics in this neighbourhood
related-ortsteile = In these neighbourhoods
topic-filter-more = Filter these offers further

## Errors
error-status = Error code { $status }
error-go-home = Go to the home page
error-go-search = Find support
error-400-title = The request is not valid
error-400-text = The address { $path } contains details we do not understand.
error-403-title = No access
error-403-text = You have no access to { $path }, or the form was out of date. Please reload the page and try again.
error-404-title = Page not found
error-404-text = There is no page at { $path }. The offer may have ended, or the address may be misspelt.
error-405-title = Not allowed
error-405-text = This action is not possible at { $path }.
error-408-title = Timed out
error-408-text = The answer for { $path } took too long. Please try again.
error-413-title = Too much data
error-413-text = The data sent to { $path } is too large.
error-500-title = Something went wrong
error-500-text = Something went wrong on our side at { $path }. Please try again later.
error-503-title = Back in a moment
error-503-text = Wegweiser is starting. Please reload { $path } in a few seconds.
error-401-title = Sign-in failed
error-401-text = { $path } needs you to sign in.
error-429-title = Too many attempts
error-429-text = Please wait a moment, then try again.

## Sign-in and back office
login-title = Sign in
login-intro = For staff of the coordination office and of providers, and for members of the working group. Parents need no account.
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-failed = The e-mail address or the password is not right.
login-throttled = Too many attempts. Please wait a moment, then try again.
logout-submit = Sign out
admin-title = Back office
admin-signed-in-as = Signed in as { $name } ({ $role }).
role-coordinator = Coordination office
role-provider-editor = Provider editor
role-employer = Employer
role-ag-member = Working group member
role-parent = Parent
audit-title = Log
audit-when = When
audit-who = Who
audit-what = What
audit-login = Sign-in
audit-logout = Sign-out
audit-login-failed = Failed sign-in
audit-account-created = Account created
admin-back = ← Back office
admin-invite-link = Invite someone
form-has-errors = Please check the marked fields.
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
password-title = Set your password
password-intro = Account: { $email }. Choose a password with at least 10 characters.
password-new = New password
password-hint = At least 10 characters. A sentence of several words is easy to remember and safe.
password-repeat = Repeat the password
password-submit = Save the password and sign in
password-error-short = The password is too short: it needs at least 10 characters.
password-error-long = The password is too long.
password-error-repeat = The two entries are not the same.
password-link-invalid = This link is no longer valid: it has been used or has expired. Please ask the coordination office for a new invitation.
audit-account-invited = Person invited
audit-password-set = Password set
mail-invitation-subject = Invitation to Wegweiser Lichtenberg
mail-invitation-body = Hello,

    the coordination office for single parents in Lichtenberg invites you to Wegweiser (role: { $role }).

    Set your password with this link (valid for seven days, once):
    { $link }

    If you did not expect this invitation, you can simply delete this e-mail.

    Koordinierungsstelle Alleinerziehende Lichtenberg
offers-admin-title = Edit offers
offers-admin-search = Search offer or provider
offers-admin-organization = Provider
offers-admin-status = Status
offers-admin-back = ← All offers
status-draft = draft
status-published = published
status-archived = archived
edit-title = Edit offer
edit-heading = Edit: { $name }
edit-public-page = View the public page
edit-submit = Save
edit-saved = Saved. The public page shows the change.
edit-submitted = Your change is with the coordination office for review. Until it is approved, the public page shows the previous version.
edit-pending = A change is waiting for review by the coordination office. You see your version here; saving again replaces the waiting one.
edit-returned = The coordination office sent your change back:
edit-error-name-missing = Please enter a name.
edit-error-too-long = This text is too long.
edit-error-choice = Please choose one of the entries.
edit-error-email = Please enter a valid e-mail address.
edit-error-website = The website starts with https:// or http://.
edit-error-phone = Only digits, spaces and + - / ( ), please.
edit-error-hours = One line each, like "Mo-Fr 09:00-12:00" or "Di,Do 14:00-18:00" (German day names).
field-name = Name
field-summary = Short description
field-description = Description
field-eligibility = For whom
field-how-to-access = How to get there / how to sign up
field-cost = Cost
field-access = Appointment
field-childcare = Childcare during the offer
field-phone = Phone
field-email = E-mail
field-website = Website
field-hours = Opening hours
field-hours-hint = One line per period, e.g. "Mo-Fr 09:00-12:00" (German day names).
field-closed-reason = Temporarily closed – reason (leave empty when open)
reviews-title = Review changes
reviews-none = No change is waiting for review.
reviews-back = ← All waiting changes
review-title = Review a change
review-heading = Change to: { $name }
review-author = Submitted by { $email }
review-field = Field
review-old = Before
review-new = New
review-no-changes = This version changes nothing.
review-approve = Approve
review-comment = Comment for the editor
review-return = Send back with comment
review-decided = This change has already been decided.
audit-offer-edited = Offer changed
audit-revision-submitted = Change submitted
audit-revision-approved = Change approved
audit-revision-returned = Change sent back
not-confirmed-recently = The provider has not confirmed this entry for a long time. Please check with them before you go that the details are still right.
overdue-title = To confirm
overdue-intro = These entries have not been confirmed for more than six months.
overdue-none = All entries are confirmed and current.
overdue-since = last confirmed: { $date }
overdue-never = never
overdue-confirm = Still correct
confirm-title = Confirm an entry
confirm-question = Are the details of “{ $offer }” still right?
confirm-submit = Yes, the entry is still correct
confirm-or-edit = Something has changed?
confirm-edit-link = Edit the entry (sign-in needed)
confirm-done = Thank you! The entry is confirmed as current.
confirm-link-invalid = This link is no longer valid: the entry has been confirmed already, or there is a newer reminder.
audit-offer-confirmed = Entry confirmed
audit-reminder-sent = Reminder sent
mail-reminder-subject = Please check: { $offer }
mail-reminder-body = Hello,

    the entry “{ $offer }” in Wegweiser Lichtenberg has not been confirmed for more than six months. So that single parents can rely on it, please have a short look.

    Everything still correct? One click is enough:
    { $confirm }

    Something has changed? Edit the entry here:
    { $edit }

    Thank you!
    Koordinierungsstelle Alleinerziehende Lichtenberg
report-link = Report a mistake in this entry
report-title = Report a mistake
report-back = ← Back to “{ $offer }”
report-intro = Is something wrong with “{ $offer }” – hours, address, phone number? Tell us briefly what is wrong. The coordination office and the provider get your message.
report-message = What is wrong?
report-hint = Please no names or personal details. You will not get an answer, because we do not know who you are.
report-submit = Send report
report-done = Thank you! Your report has arrived. The entry will be checked.
report-error-short = Please describe in a few words (at least 10 characters) what is wrong.
report-error-long = Please keep it shorter (at most 2000 characters).
reports-title = Reported mistakes
reports-none = No open reports.
reports-close = Done
audit-report-closed = Report closed
mail-report-subject = Reported mistake: { $offer }
mail-report-body = Hello,

    a report about the entry “{ $offer }” in Wegweiser Lichtenberg has arrived:

    { $message }

    Check and edit the entry here:
    { $edit }

    Koordinierungsstelle Alleinerziehende Lichtenberg
forgot-link = Forgot your password?
forgot-title = Forgot your password
forgot-intro = Enter the e-mail address of your account. We send you a link to set a new password. The link is valid for one hour.
forgot-submit = Send me a link
forgot-sent = If there is an account for this address, an e-mail with the link is on its way.
audit-password-reset-requested = New password requested
mail-reset-subject = New password for Wegweiser Lichtenberg
mail-reset-body = Hello,

    you (or someone else) asked for a new password for your account at Wegweiser Lichtenberg. Set it with this link (valid for one hour, once):
    { $link }

    If you did not ask for it, simply delete this e-mail; your password stays as it is.

    Koordinierungsstelle Alleinerziehende Lichtenberg
new-offer-title = Create a new offer
new-offer-submit = Create as draft
offers-admin-all = All offers
edit-status = Status: { $status }
status-action-publish = Publish
status-action-archive = Archive
status-action-draft = Back to draft
audit-offer-created = Offer created
audit-offer-published = Offer published
audit-offer-archived = Offer archived
audit-offer-unpublished = Offer set back to draft
synonyms-title = Search terms (synonyms)
synonyms-intro = These rules make the search treat the words parents use as the same. Changes take effect on every page within seconds.
synonyms-rules = Rules, one per line
synonyms-hint = "Kita, Kindertagesstätte, Kindergarten" – all words find the same. "Hartz IV => Bürgergeld" – searching the left word also finds the right ones, not the other way round.
synonyms-saved = Saved. The search uses the new rules.
synonyms-error-line = Line { $line } ("{ $rule }") is not a valid rule: separate words with commas, use "=>" for one direction.
audit-synonyms-changed = Search terms changed
account-title = My account
account-data-title = Your data
account-data-intro = You can download everything Wegweiser stores about your account.
account-data-download = Download my data (JSON)
account-delete-title = Delete the account
account-delete-intro = Your account and everything about you is deleted. This cannot be undone.
account-delete-submit = Delete the account for good
account-delete-wrong-password = The password is not right. Your account was not deleted.
account-deleted = Your account and everything about you has been deleted.
audit-account-deleted = Account deleted
orgs-title = Providers and institutions
orgs-new = Add a provider
orgs-create = Add
orgs-all = All providers
orgs-back = ← All providers
orgs-edit-title = Edit provider
org-field-name = Name
org-field-kind = Kind
org-field-description = Description
org-field-website = Website
org-field-email = E-mail
org-field-phone = Phone
audit-organization-edited = Provider changed
audit-organization-created = Provider added
categories-admin-title = Categories
categories-all = All categories
categories-back = ← Categories
category-new-title = New category
category-edit-title = Edit category
category-field-slug = Short name in the address
category-slug-hint = Lower-case letters, digits and hyphens, e.g. "ferien-und-freizeit"; appears in /kategorien/…
category-field-name-de = Name (German)
category-field-name-en = Name (English)
category-field-description-de = Description (German)
category-field-description-en = Description (English)
category-field-position = Order (a number, smaller first)
category-error-slug = Lower-case letters, digits and hyphens only (2 to 60 characters), please.
category-error-slug-taken = Another category already has this short name.
category-error-position = A number from 0 to 1000, please.
audit-category-saved = Category saved
locations-title = The provider's places
locations-back = ← { $org }
locations-others = Other places
location-new-title = Add a place
location-edit-title = Edit place
location-field-name = Name of the place
location-field-street = Street and number
location-field-postcode = Postcode
location-field-city = City
location-field-lat = Latitude
location-field-lon = Longitude
location-position-hint = For the map, distances and the Ortsteil, e.g. 52.5160 and 13.4990 (read from a map). Leave empty when unknown.
location-field-transit = By bus and train
location-field-contact-note = How to get in touch (for confidential places, instead of the address)
location-field-wheelchair = Wheelchair accessible
location-field-confidential = Confidential address (e.g. a shelter): address, position and Ortsteil never appear publicly
location-offers = Offers at this place
location-error-postcode = A postcode has five digits.
location-error-position = Please give both values, as numbers within Berlin (latitude 52.3–52.7, longitude 13.0–13.8), or leave both empty.
audit-location-saved = Place saved
audit-all = The whole log
audit-pages = Pages of the log
audit-newer = ← Newer entries
audit-older = Older entries →
audit-page-summary = Page { $page }, { $total } entries in all, newest first.
nav-check = Benefits check
check-title = Benefits check for single parents
check-intro = A few questions, and you see which benefits might apply to you – with rough amounts and where to apply.
check-privacy = Your answers are not stored: Wegweiser only calculates and forgets them at once.
check-children = Your children
check-children-hint = For each child the age in years and the maintenance the other parent actually pays per month (leave empty or 0 if nothing comes).
check-child-age = Age of child { $n }
check-child-maintenance = Maintenance for child { $n } per month (euros)
check-child-training = Child { $n } is in school or training (matters from 18)
check-income = Your own earnings per month, gross (euros)
check-income-hint = Leave empty or 0 if you earn nothing.
check-buergergeld = I receive Bürgergeld (Grundsicherungsgeld) from the Jobcenter
check-submit = Show results
check-results = This might apply to you
check-indication = This is an indication, not a decision. For binding advice: Jugendamt Lichtenberg, Jobcenter Lichtenberg and the Familienkasse.
check-nothing = From your answers, none of the benefits checked here applies. Please still get advice: there is more help.
check-covered = Checked: child benefit, maintenance advance, child supplement, housing benefit, the single-parent supplement, the single-parent tax allowance (tax class II), parental allowance, education and participation, Berlin-Ticket S (berlinpass), the Kita voucher and the youth welfare office's Beistandschaft. Amounts are guide values; the child supplement and housing benefit depend on your rent and your whole income.
check-per-month = about { $amount } per month
check-per-year = { $amount } a year
check-source = Rule and amount: { $source }
check-rules-valid = Rules valid from { $from } to { $until }.
check-no-rules = There are no checked rules for today's date yet. Please get advice.
check-error-age = Please give the age in whole years (0 to 26).
check-error-amount = Please give an amount in euros, e.g. 1250 or 1250.50 (not negative).
check-error-no-child = Please give the age of at least one child.
benefit-kindergeld = Kindergeld (child benefit)
benefit-kindergeld-why = For every child under 18, and up to 25 while in school or training.
benefit-kindergeld-where = Apply at the Familienkasse (phone 0800 4 5555 30), up to six months back.
benefit-unterhaltsvorschuss = Unterhaltsvorschuss (maintenance advance)
benefit-unterhaltsvorschuss-why = When the other parent pays no or too little maintenance, for children under 18; maintenance paid is deducted. For children from 12, extra conditions apply if you receive Bürgergeld.
benefit-unterhaltsvorschuss-where = Apply at the Jugendamt Lichtenberg, Unterhaltsvorschussstelle, phone (030) 90296-7011.
benefit-mehrbedarf = Single-parent supplement (Mehrbedarf)
benefit-mehrbedarf-why = An extra amount on top of Bürgergeld because you raise your children alone.
benefit-mehrbedarf-where = Paid by the Jobcenter Lichtenberg; ask about it if it is missing from your notice.
benefit-entlastungsbetrag = Single-parent tax allowance (tax class II)
benefit-entlastungsbetrag-why = If you live with your children and no other adult and receive Kindergeld: less income tax during the year already.
benefit-entlastungsbetrag-where = Apply for tax class II at the Finanzamt (or in your tax return).
check-per-child = Child { $n } (age { $age }): { $amount }

## Service chains (Wege durch Lebenslagen)
nav-chains = Life situations
chains-title = Your way through your life situation
chains-intro = Step by step: what to do, in which order, where to go and what to bring – with the places in Lichtenberg.
chains-privacy = You can tick off steps without an account. Your progress stays only in this browser (or in your private link) – Wegweiser stores nothing about it.
chains-all = All life situations
chain-steps-count = { $count ->
    [one] 1 step
   *[other] { $count } steps
}
chain-progress = { $done } of { $total } steps done
chain-progress-heading = Your progress
chain-progress-privacy = Kept only in this browser, not on the server.
chain-from-link = You are seeing the progress from your private link. When you tick a step, this browser remembers it too.
chain-private-link = Private link to your progress
chain-private-link-hint = Bookmark this link or send it to yourself to continue on another device. Whoever has the link sees which steps you ticked – nothing else.
chain-reset = Delete progress
chain-anchor-label = Date: { $event }
chain-anchor-hint = Optional. We then show the deadlines as dates. The date stays only in this browser.
chain-anchor-save = Work out deadlines
chain-date-invalid = Please enter a date such as 01.03.2027.
chain-print = Print as a checklist (one A4 page)
chain-print-back = Back to the steps
chain-print-date = As of { $date }
chain-print-addresses = Addresses
chain-step-n = Step { $n }
chain-step-done = done
chain-tick = Tick off step { $n } as done
chain-untick = Mark step { $n } as open again
chain-condition = Only for you if
chain-deadline = Deadline
chain-deadline-date = by { $date }
chain-deadline-passed = passed
chain-documents = Bring
chain-costs = Costs
chain-tip = Tip
chain-where = Who helps
chain-branch = Continue here:
chain-related = Related life situations
chain-qr-heading = QR code for posters and flyers
chain-qr-hint = This code leads to this page. It contains no personal progress.
chain-qr-alt = QR code for the page “{ $title }”
chain-qr-download = Download QR code (SVG)
chain-preview-banner = Preview of the draft – this is how the page would look once published.
chain-error-title = Please enter a German title.
chain-error-no-steps = A chain needs at least one step.
chain-error-too-many-steps = A chain has at most 15 steps – split it into two life situations.
chain-error-step-key = Two steps have the same key, or an invalid one.
chain-error-step-title = Please give the step a German title.
chain-error-related = Please use only short names of lower-case letters, digits and hyphens, separated by commas.
chain-error-anchor = Please name the event in German too.
chain-error-documents-lines = The English list needs as many lines as the German one.
chain-error-deadline-offset = Please enter a whole number between -400 and 400 (negative: before the event).
chain-error-deadline-text = Please describe the deadline in words too.
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
chains-admin-title = Ways through life situations
chains-admin-intro = Here you write the chains of steps. Changes go into a draft first; parents see them when you publish.
chains-admin-back = ← All chains
chains-admin-order = Order
chain-has-changes = Draft with unpublished changes
chain-move-up = Move “{ $title }” up
chain-move-down = Move “{ $title }” down
chain-new-title = New chain
chain-create = Create as draft
chain-field-slug = Short name for the address
chain-field-slug-hint = Lower-case letters, digits and hyphens, e.g. schwanger-und-allein. The address /wege/… will be on posters and never changes.
chain-field-title-de = Title (German)
chain-field-title-en = Title (English)
chain-field-summary-de = Short description (German)
chain-field-summary-en = Short description (English)
chain-field-anchor-de = Event the deadlines count from (German)
chain-field-anchor-de-hint = Optional, e.g. “Geburt (oder errechneter Termin)”. Parents can enter its date and then see the deadlines as dates.
chain-field-anchor-en = Event the deadlines count from (English)
chain-field-related = Related chains (short names, separated by commas)
chain-field-explanation-de = Explanation in plain language (German)
chain-field-explanation-en = Explanation (English)
chain-field-documents-de = Bring (German, one document per line)
chain-field-documents-en = Bring (English, same lines as German)
chain-field-deadline-de = Deadline in words (German)
chain-field-deadline-en = Deadline in words (English)
chain-field-deadline-offset = Deadline from the event (number)
chain-field-deadline-offset-hint = Optional. For example 3 for “3 months after the birth”, -2 for “2 months before”.
chain-field-deadline-unit = Unit of the deadline
chain-field-costs-de = Costs (German)
chain-field-costs-en = Costs (English)
chain-field-tips-de = Tip (German)
chain-field-tips-en = Tip (English)
chain-field-condition-de = Only if … (German)
chain-field-condition-de-hint = Optional, e.g. “only if the other parent pays no maintenance”.
chain-field-condition-en = Only if … (English)
chain-field-branch = Branches into the chain (short name)
chain-field-offers = Who helps: offers from the directory
chain-field-offers-hint = Changes to these offers (address, hours) show up in the chain automatically.
chain-unit-days = days
chain-unit-weeks = weeks
chain-unit-months = months
chain-error-slug = Please use only lower-case letters, digits and hyphens (at most 60 characters).
chain-error-slug-taken = Another chain already has this short name.
chain-preview = Preview of the draft
chain-public-page = public page
chain-problems = Before publishing, this is missing:
chain-offers-missing = Parents no longer see these linked offers (ended, archived or draft):
chain-offer-missing = Offer no. { $id }
chain-publish = Publish draft
chain-discard = Discard changes
chain-unpublish = Take offline
chain-archive = Archive
chain-notice-published = Published. Parents now see this version.
chain-notice-status = Status changed.
chain-notice-incomplete = The chain is not complete yet and was not published.
chain-steps-heading = Steps
chain-step-offers = { $count ->
    [0] no offers
    [one] 1 offer
   *[other] { $count } offers
}
chain-step-up = Move step { $n } up
chain-step-down = Move step { $n } down
chain-step-remove = Remove step { $n }
chain-step-add = Add a step
chain-fields-heading = Title and description
chain-step-new-title = New step
chain-step-edit-title = Edit step
chain-back-to = ← Back to “{ $title }”
error-409-title = Changed meanwhile
error-409-text = Someone else has just changed this content, so your change was not saved. Please open { $path } again and enter it once more.
home-chains = What to do? Ways through your life situation
home-chains-text = Step by step, with deadlines, documents and the places in Lichtenberg. Tick off steps without an account.
check-family = Pregnancy and birth
check-pregnant = I am pregnant
check-birth = A child was born in the last 14 months
check-error-birth-no-baby = Please enter the child above with its age (0 or 1 year).
check-training = This is a training allowance (I am in vocational training)
check-receives = What you already receive
check-wohngeld = I receive housing benefit (Wohngeld)
check-kinderzuschlag = I receive the child supplement (Kinderzuschlag)
check-rent = Your rent per month, including heating (euros)
check-rent-hint = Rent with heating and service charges. Leave empty if you pay no rent.
check-up-to-month = up to { $amount } a month
check-range-month = between { $amount } and { $max } a month
check-price-month = you pay { $amount } a month
check-link-chain = Step by step: { $title }
check-link-offices = Offices in Lichtenberg
benefit-entlastungsbetrag-amount = { $amount } a year less taxable income
benefit-unterhaltsvorschuss-note-ask = For children aged 12 to 17, while you receive Bürgergeld the youth welfare office pays only if you earn at least 600 € gross – or if the advance ends the child's need for Bürgergeld. Only the office can check the second: ask them.
benefit-kinderzuschlag = Child supplement (Kinderzuschlag)
benefit-kinderzuschlag-why = For families who live on their own income of at least 600 € gross but do not have enough for everyone – instead of Bürgergeld. The exact amount depends on rent, income and assets; work it out with the Familienkasse's KiZ-Lotse. With the child supplement you also get education and participation (BuT).
benefit-kinderzuschlag-where = Apply at the Familienkasse (phone 0800 4 5555 30), also online; it is granted for 6 months.
benefit-kinderzuschlag-note-maintenance = Maintenance and the maintenance advance count as the child's income and lower the child supplement – usually both together are still worth it.
benefit-wohngeld = Housing benefit (Wohngeld)
benefit-wohngeld-why = A rent subsidy for households with their own but small income – instead of Bürgergeld, not on top of it. The amount depends on household size, rent and income; the state's Wohngeld calculator works it out.
benefit-wohngeld-where = Apply at the Lichtenberg housing office or at any Bürgeramt in Lichtenberg.
benefit-wohngeld-note-training = In training that can be funded by BAföG or vocational training allowance (BAB), housing benefit is usually excluded. Have it checked.
benefit-elterngeld = Parental allowance (Elterngeld)
benefit-elterngeld-why = For the child's first months: 65 to 67 % of the net income you lose. As a single parent you can take all 14 months of basic parental allowance yourself (or up to 28 months of ElterngeldPlus).
benefit-elterngeld-where = Apply at the parental allowance office of the Lichtenberg youth welfare office (phone (030) 90296-5116) or online with ElterngeldDigital – within 3 months of the birth.
benefit-elterngeld-note-no-earnings = Without earnings before the birth you get the minimum of 300 € for 12 months.
benefit-but = Education and participation (BuT)
benefit-but-amount = { $amount } a year for school supplies
benefit-but-why = Because you receive Bürgergeld, housing benefit or the child supplement: trips and class trips, school supplies, tutoring, lunch at Kita and school and up to 15 € a month for a club or music school (under 18).
benefit-but-where = With Bürgergeld at the Jobcenter, otherwise at the district office; proof is the berlinpass-BuT. Free advice in many languages: BuT advice line (030) 577130040.
benefit-berlinpass = Berlin-Ticket S (berlinpass)
benefit-berlinpass-why = With Bürgergeld or housing benefit you travel cheaply by bus and train (fare zone AB) with the Berlin-Ticket S and get reduced prices for museums, theatres, the Tierpark and adult education.
benefit-berlinpass-where = The office that pays your benefit sends the proof of entitlement; the ticket is sold by BVG and S-Bahn.
benefit-kita-gutschein = Kita voucher (Kita-Gutschein)
benefit-kita-gutschein-why = From its first birthday every child in Berlin is entitled to up to 7 hours of Kita a day – without a needs test. Care is free of charge.
benefit-kita-gutschein-where = Apply 9 to 2 months before the start: at any Bürgeramt in Lichtenberg or at the Familienbüro.
benefit-kita-gutschein-note-needs-reason = For children under one year (or for more than 7 hours) you need a reason, for example work or training. Apply early.
benefit-beistandschaft = Beistandschaft of the youth welfare office
benefit-beistandschaft-why = Free help to establish paternity and claim maintenance for your child – also before the birth. Your custody stays, and you can end it at any time. No money of its own, but often the way to more maintenance.
benefit-beistandschaft-where = Apply in writing at the Lichtenberg youth welfare office, Beistandschaften and certifications, phone (030) 90296-4028.
chain-poster = Print a poster with the QR code
chain-poster-kicker = A single parent in Lichtenberg?
chain-poster-scan = Scan the code: step by step, with addresses, deadlines and documents – free, no account needed.
chain-poster-footer = Wegweiser Lichtenberg · Koordinierungsstelle Alleinerziehende Lichtenberg

## Events
nav-events = Events
events-title = Events and meet-ups
events-intro = What is on in Lichtenberg this week: meet-ups, consultation hours, courses and information evenings – many free and with childcare.
events-views-label = View
events-view-week = This week
events-view-month = Month
events-view-list = List
events-week = Week from { $from } to { $until }
events-month = { $month }
events-list-range = From { $from } to { $until }
events-earlier = earlier
events-later = later
events-count = { $count ->
    [0] No events
    [one] 1 event
   *[other] { $count } events
}
events-none = There are no matching events in this period. Try another period or fewer filters.
events-today = today
events-filter-language = Language
events-filter-only = Only events that …
events-filter-free = are free
events-filter-childcare = offer childcare
events-filter-evening = start from 5 pm
events-filter-weekend = are at the weekend
events-filter-apply = Show
events-cancelled = Cancelled
events-cancelled-because = Cancelled: { $reason }
events-registration-needed = Registration needed
events-registration = Registration
events-no-registration = No registration needed – just come along.
events-next-dates = Next dates
events-no-next = No further dates are planned at the moment.
events-add-to-calendar = Add to my calendar
events-part-of = Part of the offer
events-every-week = Every { $days } at { $time }
events-every-n-weeks = Every { $n } weeks on { $days } at { $time }
events-every-month = Every { $nth } { $day } of the month at { $time }
events-nth-1 = first
events-nth-2 = second
events-nth-3 = third
events-nth-4 = fourth
events-nth--1 = last
events-subscribe-heading = Events in your own calendar
events-subscribe-text = Subscribe to these events (with your filters) in your phone's calendar app. Changes and cancellations show up there by themselves.
events-subscribe = Subscribe to the calendar
events-subscribe-copy = Or add this address in your calendar app:
events-feed-name = Wegweiser Lichtenberg – events
events-error-view = “{ $value }” is not a view. Possible are week, month and list.
events-error-date = “{ $value }” is not a valid date in the calendar (format 2026-12-01).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
events-about = About this event
register-heading = Register
register-no-dates = There are no dates to register for at the moment.
register-day = Date
register-name = Your first name
register-email = Your e-mail address (for the confirmation and to cancel)
register-submit = Reserve a place
register-privacy = We store only your first name and e-mail address for this registration and delete both 30 days after the date. Nobody else sees them except the organiser.
register-free = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
register-full = { $count ->
    [0] fully booked – waiting list
    [one] fully booked – 1 person waiting
   *[other] fully booked – { $count } people waiting
}
register-error-name = Please enter a first name (at most 80 characters).
register-error-email = Please enter a valid e-mail address, e.g. name@example.org.
register-error-day = Please choose one of the dates offered.
register-error-twice = You are already registered for this date with this e-mail address. The link to your registration is in the e-mail.
register-title = Your registration
register-confirmed = { $name }, you have a place.
register-waiting = { $name }, the date is fully booked: you are on the waiting list. When a place becomes free, you move up automatically and get an e-mail.
register-waiting-position = { $count ->
    [one] You are next in line.
   *[other] You are number { $count } on the waiting list.
}
register-cancelled = This registration is cancelled.
register-link-hint = With this private link you can see your registration and cancel it. We have also sent it to you by e-mail.
register-cancel = Cancel registration
mail-register-confirmed-subject = Your place: { $event }
mail-register-confirmed-body = Hello,

    you have a place at “{ $event }” on { $date }.

    If you cannot come, please cancel here – then someone from the waiting list gets the place:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Waiting list: { $event }
mail-register-waiting-body = Hello,

    “{ $event }” on { $date } is fully booked. You are on the waiting list; when a place becomes free, you move up automatically and get an e-mail.

    See or cancel your registration:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = A place has become free: { $event }
mail-register-promoted-body = Hello,

    a place has become free at “{ $event }” on { $date } – it is yours now.

    You can cancel with the link from your first e-mail. The event:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Events
events-admin-back = ← All events
event-new = New event
event-edit = Edit event
event-first-date = First date
event-none-yet = No events yet.
event-no-offer = (no offer)
event-schedule = When
event-repeat-none = once
event-repeat-weekly = weekly
event-repeat-monthly = monthly
event-field-organization = Provider
event-field-offer = Part of the offer
event-field-title-de = Title (German)
event-field-title-en = Title (English)
event-field-description-de = Description (German)
event-field-description-en = Description (English)
event-field-place-name = Place (name of the building)
event-field-place-name-hint = Leave empty when the event is by phone or online.
event-field-street = Street and number
event-field-postcode = Postcode
event-field-ortsteil = Ortsteil (short name, e.g. fennpfuhl)
event-field-date = Date (first date, e.g. 2026-12-03)
event-field-time = Start (e.g. 18:00)
event-field-duration-minutes = Duration in minutes
event-field-repeat = Repeats
event-field-every = Every … weeks (weekly)
event-field-nth = Which in the month (monthly)
event-field-month-weekday = Weekday (monthly)
event-field-until = Until (last date, optional)
event-field-exceptions = Does not take place on (one date per line)
event-field-exceptions-hint = For example public holidays or school holidays. These days do not appear in the calendar.
event-field-cancellations = Cancelled (one date per line, then the reason)
event-field-cancellations-hint = For example “2026-12-09 illness”. Parents and subscribed calendars see the cancellation.
event-field-weekdays = Weekdays (weekly)
event-field-categories = Topics
event-field-languages = Languages (codes separated by commas, e.g. de, en, ar)
event-field-cost = Cost
event-field-registration-de = Registration by phone or e-mail (German, optional)
event-field-registration-en = Registration by phone or e-mail (English, optional)
event-field-places = Places for registration on Wegweiser (empty: none)
event-field-places-hint = With a number, parents register here; whoever gets no place goes on the waiting list.
event-field-childcare = Childcare during the event
event-error-title = Please enter a German title (at most 120 characters).
event-error-date = Please enter a date such as 2026-12-03 or 03.12.2026.
event-error-time = Please enter a time such as 18:00.
event-error-duration = Please give the duration in minutes (5 to 1440).
event-error-until = Please enter a date after the first date – or leave the field empty.
event-error-every = Please enter a number from 1 to 8.
event-error-weekdays = Please tick at least one weekday.
event-error-monthly = Please choose which weekday of the month.
event-error-repeat = Please choose a repetition from the list.
event-error-exceptions = Please one date per line, e.g. 2026-12-24.
event-error-cancellations = Please one date per line followed by the reason, e.g. “2026-12-09 illness”.
event-error-categories = Please choose topics from the list only.
event-error-languages = Please use two-letter language codes, e.g. de, en, ar.
event-error-cost = Please choose the cost from the list.
event-error-places = Please a number from 1 to 1000 – or leave the field empty.
event-error-place = A place needs a street and a five-digit postcode.
event-error-offer = The offer does not belong to this provider.
event-error-organization = Please choose a provider you may add events for.
error-unknown-ortsteil-plain = There is no such Ortsteil in Lichtenberg. Please use the short name, e.g. fennpfuhl.
poster-back = Back to the page
poster-a4 = As an A4 poster
poster-a6 = As an A6 flyer
poster-scan-event = Scan the code: all dates, the place and registration – and into your own calendar with one tap.
poster-scan-offer = Scan the code: hours, address and contact – always up to date on Wegweiser Lichtenberg.
poster-link = Print a poster or flyer
home-coming-up = Coming up in Lichtenberg
home-all-events = All events and meet-ups

## News, campaigns, newsletter
nav-news = News
site-publisher = Coordination Office for Single Parents Lichtenberg
news-title = News
news-lead = News and campaigns of the coordination office and the providers in Lichtenberg.
news-feed-link = Subscribe as a feed (Atom)
news-feed-name = Wegweiser Lichtenberg: news
events-atom-name = Wegweiser Lichtenberg: events
news-campaigns = Campaigns
news-articles = News
news-none = No articles yet.
news-back = All news
home-news = News
home-all-news = All news and campaigns
article-kind-news = News
article-kind-campaign = Campaign
article-updated = updated on { $date }
article-events = Related events
campaign-events = Events of the campaign
article-offers = Related offers
campaign-offers = Offers of the campaign
article-articles = More on this
campaign-articles = Articles of the campaign
article-event-past = no coming dates
newsletter-link = Subscribe to the newsletter

articles-admin-title = News and campaigns
articles-admin-back = Back to all articles
article-new = New article
article-edit = Edit article
article-none-yet = No articles yet.
article-field-kind = Kind
article-field-slug = Address (short name)
article-field-slug-hint = Lower-case letters, digits and hyphens, for example "action-week-2026". It is part of the page's address; do not change it after publishing.
article-field-publish-date = Publish on
article-field-publish-date-hint = Date, for example 2026-12-01 or 01.12.2026. Before then the article is not public, even when it is set to "published".
article-field-publish-time = Time
article-field-publish-time-hint = For example 09:00 (Berlin time).
article-field-title-de = Title (German)
article-field-title-en = Title (English)
article-field-summary-de = Summary (German)
article-field-summary-de-hint = One or two sentences for lists, the feed, the newsletter and search engines.
article-field-summary-en = Summary (English)
article-field-body-de = Text (German)
article-field-body-de-hint = Markdown: **bold**, *italic*, ## subheading, - list, [link text](https://…). HTML and images in the text are not kept.
article-field-body-en = Text (English)
article-image = Image
article-image-current = Current image
article-image-remove = Remove the image
article-field-image = Upload a new image
article-field-image-hint = JPEG, PNG or WebP, at most 800 KB. Show people only with their consent.
article-field-image-alt-de = Image description (German)
article-field-image-alt-de-hint = What the image shows, for people who cannot see it. Required when there is an image.
article-field-image-alt-en = Image description (English)
article-grouped = Events, offers and articles
article-grouped-hint = A campaign shows them together on its page; a news item refers to them.
article-grouped-events = Events
article-grouped-offers = Offers
article-grouped-articles = Articles
article-error-slug = Please use only lower-case letters, digits and hyphens (at most 60 characters).
article-error-slug-taken = Another article already has this address.
article-error-kind = Please choose news or campaign.
article-error-title = Please give a title of at most 140 characters.
article-error-summary = Please give a summary of at most 300 characters.
article-error-body = Please write a text.
article-error-body-long = The text is too long (at most 100,000 characters).
article-error-alt = Please describe the image.
article-error-alt-long = The image description is too long (at most 300 characters).
article-error-date = Please give a date, for example 2026-12-01 or 01.12.2026.
article-error-time = Please give a time, for example 09:00.
article-error-image-size = The image is too large: at most 800 KB. Please choose a smaller version again.
article-error-image-type = This is not a JPEG, PNG or WebP image. Please choose another file.
article-error-conflict = Someone else saved this article meanwhile. Reload the page and make your changes again.

newsletter-title = Newsletter
newsletter-lead = Once a month: new offers, the events of the coming weeks and news for single parents in Lichtenberg.
newsletter-email = Your e-mail address
newsletter-submit = Subscribe
newsletter-privacy = We store only your address and your language. First you get an e-mail with a confirmation link; without confirmation we delete the address after 7 days. Every issue has a link to unsubscribe in one click; then we delete the address. No tracking pixels, no passing on.
newsletter-sent = Almost done: we sent an e-mail to { $email }. Please click the link in it to confirm the subscription.
newsletter-sent-more = No e-mail? Look in your spam folder. If the address is already subscribed, we send no new e-mail.
newsletter-confirm-question = Would you like to receive the newsletter of Wegweiser Lichtenberg?
newsletter-confirm-submit = Yes, confirm the subscription
newsletter-confirmed = Thank you! You will receive the newsletter from the next issue on.
newsletter-link-invalid = This link is no longer valid: it was used already or is older than 7 days.
newsletter-again = Subscribe again
newsletter-leave-question = Would you like to unsubscribe from the newsletter?
newsletter-leave-submit = Unsubscribe
newsletter-left = You are unsubscribed. We deleted your address.
newsletter-error-email = Please give a valid e-mail address, for example name@example.com.
newsletter-error-throttled = Too many attempts. Please try again later.
mail-newsletter-confirm-subject = Please confirm your newsletter subscription
mail-newsletter-confirm-body = Hello,

    someone (hopefully you) would like to receive the newsletter of Wegweiser Lichtenberg at this address. Please confirm it here:

    { $link }

    If this was not you, do nothing: without confirmation we delete the address after { $days } days.

    Coordination Office for Single Parents Lichtenberg
mail-newsletter-footer = You receive this newsletter because you subscribed to it. Unsubscribe in one click: { $link }
newsletter-section-offers = New offers
newsletter-section-events = Events
newsletter-section-articles = News
newsletter-suggested-subject = News for single parents in Lichtenberg – { $month }
newsletter-suggested-intro = Dear readers,

    here is what is new: new offers, the events of the coming weeks and news from the district.
newsletter-admin-title = Newsletter
newsletter-admin-back = Back to the newsletter
newsletter-admin-counts = { $confirmed } confirmed addresses, { $pending } waiting for confirmation.
newsletter-admin-last-sent = Last issue sent on { $date }.
newsletter-admin-never-sent = No issue sent yet.
newsletter-admin-new = Prepare a new issue
newsletter-admin-created = Created
newsletter-admin-sent = Sent
newsletter-admin-sent-to = Sent on { $date } to { $count } addresses.
newsletter-admin-draft = Draft
newsletter-admin-nothing-new = Nothing new since the last issue.
newsletter-admin-save = Save the draft
newsletter-admin-send-hint = { $count ->
    [one] Goes to 1 confirmed address; the issue cannot be changed afterwards.
   *[other] Goes to { $count } confirmed addresses; the issue cannot be changed afterwards.
}
newsletter-admin-send = Save and send now
newsletter-admin-preview = Preview (the e-mail in German)
newsletter-field-subject = Subject
newsletter-field-intro = Introduction
newsletter-error-subject = Please give a subject of at most 150 characters.
newsletter-error-intro = The introduction is too long.
audit-article-saved = Article saved
audit-chain-created = Life situation created
audit-chain-edited = Life situation changed
audit-chain-published = Life situation published
audit-chain-unpublished = Life situation taken offline
audit-chain-archived = Life situation archived
audit-chain-draft-discarded = Draft of a life situation discarded
audit-event-saved = Event saved
audit-newsletter-drafted = Newsletter issue created
audit-newsletter-sent = Newsletter sent
events-exception = does not take place
article-preview = Preview
search-events = Matching events
events-atom-link = As a feed for feed readers (Atom)
newsletter-due = { $count ->
    [one] This month's newsletter has not been sent yet (1 reader is waiting).
   *[other] This month's newsletter has not been sent yet ({ $count } readers are waiting).
}
poster-scan-campaign = Scan the code: all events and offers of the campaign, always up to date.
