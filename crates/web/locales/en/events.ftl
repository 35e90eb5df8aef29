## Events: calendar, event pages, registration, feeds and the event editor.

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
holiday-uprising-day = Anniversary of the uprising of 17 June 1953
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
events-title = Events and meet-ups
events-intro = Meet-ups, counselling, courses and evenings in Lichtenberg, many free.
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
register-error-throttled = Many registrations came from this address just now. Please try again later.
register-error-waiting-full = The waiting list for this date is full as well. Please choose another date.
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

    { $place }

    If you cannot come, please cancel here – then someone from the waiting list gets the place:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Waiting list: { $event }
mail-register-waiting-body = Hello,

    “{ $event }” on { $date } is fully booked. You are on the waiting list; when a place becomes free, you move up automatically and get an e-mail.

    { $place }

    See or cancel your registration:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = A place has become free: { $event }
mail-register-promoted-body = Hello,

    a place has become free at “{ $event }” on { $date } – it is yours now.

    { $place }

    You can cancel with the link from your first e-mail. The event:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Events
events-admin-back = ← All events
event-reviews-title = Review events
event-status-waiting = { $status }, change waiting for review
event-reviews-waiting = { $count ->
    [one] One change to an event waits for review.
   *[other] { $count } changes to events wait for review.
}
event-review-waiting = A change by the provider waits for review: view and decide
event-review-new = This event is not on the calendar yet: approving publishes it.
event-review-yes = yes
event-review-no = no
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
event-field-ortsteil = Neighbourhood
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
event-field-languages = Languages of the event
event-field-cost = Cost
event-field-registration-de = Registration by phone or e-mail (German, optional)
event-field-registration-en = Registration by phone or e-mail (English, optional)
event-field-employers = Employers taking part
event-field-employers-hint = For job fairs and info days: the chosen companies are listed on the event's page, and the event on theirs.
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
poster-scan-event = Scan the code: all dates, the place and registration – and into your own calendar with one tap.
events-exception = does not take place
events-atom-link = As a feed for feed readers (Atom)
events-error-date-range = The calendar shows dates from { $from } to { $to }; “{ $value }” is outside that range.
mail-register-where = Where: { $place }
    Held by: { $organiser }
event-ortsteil-none = – none (online or by phone) –
events-employers = These employers take part
