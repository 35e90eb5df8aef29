org-kind-public-institution = Public institution
org-kind-helpline = Phone and online counselling
offers-admin-search = Search offer or provider
offers-admin-organization = Provider
offers-admin-back = ← All offers
status-draft = draft
status-published = published
status-archived = archived
edit-title = Edit offer
edit-heading = Edit: { $name }
edit-public-page = View the public page
edit-submitted = Your change is with the coordination office for review. Until it is approved, the public page shows the previous version.
edit-pending = A change is waiting for review by the coordination office. You see your version here; saving again replaces the waiting one.
edit-returned = The coordination office sent your change back:
edit-error-name-missing = Please enter a name.
edit-error-too-long = This text is too long.
edit-error-choice = Please choose one of the entries.
edit-error-email = Please enter a valid e-mail address.
edit-error-website = The website starts with https:// or http://.
edit-error-phone = Only digits, spaces and + - / ( ), please.
edit-error-hours = One line each with days and times, like "Mo-Fr 9-12" or "Di, Do 14:00-18:00" (German day names).
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
field-hours-hint = One line per period, e.g. "Mo-Fr 9-12 Uhr" or "Di, Do 14:00-18:00" (German day names: Mo, Di, Mi, Do, Fr, Sa, So).
field-closed-reason = Temporarily closed – reason (leave empty when open)
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
overdue-never = never
mail-reminder-subject = Please check: { $offer }
mail-reminder-body = Hello,

    the entry “{ $offer }” in Wegweiser Lichtenberg has not been confirmed for more than six months. So that single parents can rely on it, please have a short look.

    Everything still correct? One click is enough:
    { $confirm }

    Something has changed? Edit the entry here:
    { $edit }

    Thank you!
    Koordinierungsstelle Alleinerziehende Lichtenberg
report-error-short = Please describe in a few words (at least 10 characters) what is wrong.
report-error-throttled = Several reports came from you just now. Thank you! Please send more a little later.
report-error-long = Please keep it shorter (at most 2000 characters).
mail-report-subject = Reported mistake: { $offer }
mail-report-body = Hello,

    a report about the entry “{ $offer }” in Wegweiser Lichtenberg has arrived:

    { $message }

    Check and edit the entry here:
    { $edit }

    Koordinierungsstelle Alleinerziehende Lichtenberg
new-offer-title = Create a new offer
new-offer-submit = Create as draft
offers-admin-all = All offers
edit-status = Status: { $status }
status-action-publish = Publish
status-action-archive = Archive
status-action-draft = Back to draft
synonyms-intro = These rules make the search treat the words parents use as the same. Changes take effect on every page within seconds.
synonyms-rules = Rules, one per line
synonyms-hint = "Kita, Kindertagesstätte, Kindergarten" – all words find the same. "Hartz IV => Bürgergeld" – searching the left word also finds the right ones, not the other way round.
synonyms-saved = Saved. The search uses the new rules.
synonyms-error-line = Line { $line } ("{ $rule }") is not a valid rule: separate words with commas, use "=>" for one direction.
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
mail-revision-approved-subject = Your change to “{ $offer }” is approved
mail-revision-approved-body = Hello,

    the coordination office has checked and approved your change to “{ $offer }”. It is now public in the Wegweiser:
    { $link }

    Thank you for keeping the entry up to date.

    Coordination Office for Single Parents Lichtenberg
mail-revision-returned-subject = Your change to “{ $offer }”: please have another look
mail-revision-returned-body = Hello,

    the coordination office has not approved your change to “{ $offer }” yet and writes:

    { $comment }

    You can revise the change and submit it again here:
    { $link }

    Coordination Office for Single Parents Lichtenberg
# The offer and organisation forms: texts per language, closed lists, places, publishing.
edit-translations-hint = German is required, the other languages are optional. Where a translation is missing, pages in that language show the German text with a note.
edit-error-control = Please without line breaks or other control characters: this field is one line.
edit-error-translation-too-long = The translation is too long.
edit-error-topic-missing = Please choose at least one topic: without one, nobody finds the offer.
edit-error-reach-missing = Please say how to reach the offer: phone, e-mail, website or a place with an address.
edit-error-place-name = Every place needs a name.
edit-section-texts = Texts
edit-section-terms = Costs and access
edit-section-contact = Contact and opening hours
edit-section-lists = Topics, languages and target groups
edit-section-places = Places
edit-places-hint = Where is the offer given? What you enter for a place applies to every offer there. Enter a new place below.
edit-place-new = New place
edit-place-used = The offer is given here
edit-place-confidential = Confidential address: only the coordination office changes it, on the place's own page.
edit-place-ortsteil = Ortsteil (neighbourhood)
edit-place-ortsteil-none = – not given –
edit-place-page = Position on the map and more about the place
field-cost-note = Costs in detail (e.g. "3 € per meeting")
field-categories = Topics
field-languages = Languages spoken
field-target-groups = Especially for
field-places = Places
