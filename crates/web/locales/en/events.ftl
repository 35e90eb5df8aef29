## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = free of charge
cost-reduced = reduced or by income
cost-paid = fee charged
access-appointment = appointment needed
access-walk-in = walk in, no appointment
access-both = with or without appointment
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
event-reviews-title = Review events
event-reviews-waiting = { $count ->
    [one] One change to an event waits for review.
   *[other] { $count } changes to events wait for review.
}
error-unknown-ortsteil-plain = There is no such Ortsteil in Lichtenberg. Please use the short name, e.g. fennpfuhl.
poster-scan-event = Scan the code: all dates, the place and registration – and into your own calendar with one tap.
events-exception = does not take place
events-atom-link = As a feed for feed readers (Atom)
events-error-date-range = The calendar shows dates from { $from } to { $to }; “{ $value }” is outside that range.
mail-register-where = Where: { $place }
    Held by: { $organiser }
events-employers = These employers take part
