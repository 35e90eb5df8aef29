## The directory: search, offers, organisations, Ortsteile, categories, the offer editor, review, freshness and reports of mistakes.

nav-home = Home
breadcrumb-label = You are here
today = today
offers-count = { $count ->
    [0] no offers yet
    [one] 1 offer
   *[other] { $count } offers
}
search-title = Find support
search-title-with-query = Search for "{ $query }"
search-label = What are you looking for?
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
error-unknown-weekday = "{ $value }" is not a day of the week. Please choose a day from the list.
error-unknown-place = We do not know "{ $value }". Please enter a Lichtenberg postcode (e.g. 10369) or a neighbourhood.
error-unknown-sort = "{ $value }" is not a sort order. Use "best match" or "distance".
error-distance-needs-place = To sort by distance, please enter a postcode or a neighbourhood.
filter-reset = Reset all filters
zero-results-text = We found no matching offer. Try another word or fewer filters.
did-you-mean = Did you mean
results-relaxed = No offer contains all of your words. Here are offers that contain some of them.
zero-results-all = See all offers
zero-results-categories = Browse by topic
zero-results-near-categories = Perhaps one of these topics fits:
zero-results-main-categories = The topics with the most offers:
zero-results-near-chains = Step by step through these situations:
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
example-entry = Example entry
example-entry-long = Example entry: this offer is made up and only serves as a demonstration.
example-org-long = Example entry: this organisation does not exist; it only serves as a demonstration.
label-where = Place
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
hours-none-appointment = No fixed opening hours: appointments by arrangement.
hours-none-ask = No fixed opening hours given. Best ask shortly before when someone is there.
hours-holidays-closed = Closed on Berlin public holidays.
hours-exceptions = Changed opening hours
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
print-source = Current details: Wegweiser Lichtenberg, { $url }
map-ortsteil = Location of { $name } in the district of Lichtenberg
org-offers = { $count ->
    [0] No current offers
    [one] 1 offer
   *[other] { $count } offers
}
org-kind-public-institution = Public institution
org-kind-provider = Non-profit provider
org-kind-helpline = Phone and online counselling
ortsteile-title = Neighbourhoods
ortsteile-intro = Lichtenberg has ten neighbourhoods (Ortsteile). Choose yours to see support near you.
ortsteil-title = Support in { $name }
ortsteil-postcodes = Postcodes: { $postcodes }
categories-title = Topics
categories-intro = Choose a topic to see matching offers across the district.
related-categories = Topics in this neighbourhood
related-ortsteile = In these neighbourhoods
topic-filter-more = Filter these offers further
offers-admin-title = Edit offers
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
not-confirmed-recently = The provider has not confirmed this entry for a long time. Please check with them before you go that the details are still right.
overdue-never = never
confirm-title = Confirm an entry
confirm-question = Are the details of “{ $offer }” still right?
confirm-submit = Yes, the entry is still correct
confirm-or-edit = Something has changed?
confirm-edit-link = Edit the entry (sign-in needed)
confirm-done = Thank you! The entry is confirmed as current.
confirm-link-invalid = This link is no longer valid: the entry has been confirmed already, or there is a newer reminder.
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
synonyms-title = Search terms (synonyms)
synonyms-intro = These rules make the search treat the words parents use as the same. Changes take effect on every page within seconds.
synonyms-rules = Rules, one per line
synonyms-hint = "Kita, Kindertagesstätte, Kindergarten" – all words find the same. "Hartz IV => Bürgergeld" – searching the left word also finds the right ones, not the other way round.
synonyms-saved = Saved. The search uses the new rules.
synonyms-error-line = Line { $line } ("{ $rule }") is not a valid rule: separate words with commas, use "=>" for one direction.
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
poster-scan-offer = Scan the code: hours, address and contact – always up to date on Wegweiser Lichtenberg.
search-events = Matching events
filters-active = Chosen filters
filter-remove = Remove filter: { $filter }
filter-apply = Apply filters
chip-free = free of charge
chip-wheelchair = wheelchair accessible
chip-childcare = with childcare
chip-open-now = open now
chip-walk-in = no appointment needed
chip-evening = after 5 pm
chip-weekend = at weekends
zero-results-drop = No offer matches all these filters. Without one of them you find:
zero-results-without = without “{ $filter }”
map-open-in = Open in:
map-app = map app
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
zero-results-all-filters = all filters

# The offer and organisation forms: texts per language, closed lists, places, publishing.
edit-translation-label = { $field } ({ $language })
edit-translations-hint = German is required, the other languages are optional. Where a translation is missing, pages in that language show the German text with a note.
edit-translation-outdated = Outdated, please check: the German text was changed after this translation was written. Until it is checked, the public page shows the German text.
edit-translation-confirm = Checked: the translation is still right
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
zero-results-tell-us = Did not find what you need? Tell us what is missing.
