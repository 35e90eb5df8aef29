## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Family-friendly employers
employers-lead = Companies in Lichtenberg show what they do for parents: flexible hours, part-time work, part-time training, understanding when a child is ill. Compare up to three side by side.
employers-all-sectors = All sectors
employers-all-ortsteile = All districts
employers-choose = Please choose
employers-pledge-only = Only with the pledge
employers-pledge-badge = Pledge: family-friendly
employers-count = { $count ->
    [0] No employer
    [one] { $count } employer
   *[other] { $count } employers
}
employers-none = There is no employer here yet. Try another choice.
employers-yes-count = { $count ->
    [0] None of the questions answered "yes" yet
    [one] { $count } of 9 questions answered "yes"
   *[other] { $count } of 9 questions answered "yes"
}
employers-compare-pick = Compare { $name }
employers-compare-hint = Choose up to three employers.
employers-compare-submit = Compare the chosen
employers-compare-title = Employers compared
employers-compare-caption = What the employers do for parents, question by question
employers-compare-question = Question
employers-compare-too-many = At most three employers fit side by side; here are the first three.
employers-compare-none = Please choose whom to compare on the list of employers.
employers-compare-from-here = Compare with others
employers-to-jobs = Search jobs and training places with hours that fit
employers-proposed = This company is not public yet: the coordination office is looking at the registration.
employers-where = Where
employers-answers-title = What the company does for parents
employers-jobs-title = Open jobs and training places
employers-jobs-none = No open jobs at the moment.
employers-field-sector = Sector
employers-field-size = Size
employers-field-ortsteil = District
employers-field-website = Website (optional)
employers-field-answer = Answer
employers-field-note = Explanation of "{ $criterion }" (optional)
employers-size-micro = 1 to 9 employees
employers-size-small = 10 to 49 employees
employers-size-medium = 50 to 249 employees
employers-size-large = 250 employees or more
employers-sector-care = Care
employers-sector-health = Health
employers-sector-retail = Retail
employers-sector-hospitality = Hospitality
employers-sector-office = Office and administration
employers-sector-crafts = Crafts and trades
employers-sector-logistics = Logistics and transport
employers-sector-education = Education and childcare
employers-sector-social = Social work
employers-sector-it = IT and media
employers-sector-public-service = Public service
employers-sector-industry = Industry and production
employers-sector-other = Other sector
employers-answer-none = Not stated
employers-criterion-flexible-hours = Flexible start and end times
employers-criterion-flexible-hours-hint = Can staff start after taking their child to the Kita, for example?
employers-criterion-core-hours = Core hours that fit Kita and school
employers-criterion-core-hours-hint = Are fixed appointments and meetings at times when children are looked after?
employers-criterion-part-time-models = Part-time models
employers-criterion-part-time-models-hint = For example long part-time, mornings, four days.
employers-criterion-part-time-training = Part-time vocational training (§ 7a BBiG)
employers-criterion-part-time-training-hint = Do you train part-time, or would you?
employers-criterion-home-office = Working from home
employers-criterion-home-office-hint = Fully, on some days, or when a child is ill.
employers-criterion-sick-child-leave = Leave for a sick child beyond the legal minimum
employers-criterion-sick-child-leave-hint = More days than the law provides, or without loss of pay.
employers-criterion-childcare-support = Help with childcare
employers-criterion-childcare-support-hint = Allowance, reserved places, holiday care, emergency care.
employers-criterion-parent-contact = A contact person for parents
employers-criterion-parent-contact-hint = Someone who helps parents with questions about combining work and family.
employers-criterion-plannable-shifts = Shifts planned ahead
employers-criterion-plannable-shifts-hint = Rotas known early, no night shifts for parents who do not want them.
employers-error-empty = Please fill this in.
employers-error-too-long = This text is too long.
employers-error-invalid = Please choose from the list or write on one line.
employers-error-website = Please give a full address starting with https://.
employers-error-time = Please give a time such as 08:30.
employers-error-window-order = The end is before the start. Please check the times.
employers-error-window-half = Please give a start and an end, or leave both empty.
employers-error-no-day = Please give at least one working day with times.
employers-error-hours = Please give a number from 1 to 48.
employers-error-hours-above = More hours a week than the working times hold. Please check the hours and times.
employers-error-date = Please give a date such as 31.03.2027.
employers-error-expiry-past = This date has passed. Please give a date from today.
employers-error-expiry-far = Please at most one year ahead; you can extend the listing later.
employers-error-count = { $count ->
    [one] Please check one entry; the note is at the field.
   *[other] Please check { $count } entries; the notes are at the fields.
}
employers-register-title = Take part as an employer
employers-register-lead = Show parents what your company does for them, and publish jobs with hours that fit Kita and school. The coordination office publishes your profile after a look at it.
employers-register-link = Register a company
employers-admin-link = { $count ->
    [0] Employers: no registration open
    [one] Employers: { $count } registration open
   *[other] Employers: { $count } registrations open
}
## Jobs
jobs-title = Jobs and training places
jobs-lead = Say when you can work. You see only jobs whose hours fit your time window on every working day.
jobs-field-q = Search term
jobs-field-days = I can work on these days
jobs-field-days-hint = With a time from and to: for example Monday to Friday from 08:30 to 14:30.
jobs-field-from = From
jobs-field-to = To
jobs-field-near = Near (postcode or Ortsteil)
jobs-field-near-hint = Measured between the centres of the Ortsteile.
jobs-field-km = Distance
jobs-distance-any = Any
jobs-distance-within = up to { $km } km
jobs-distance-same = in the same Ortsteil
jobs-distance-about = about { $distance }
jobs-all-kinds = All kinds
jobs-search = Search jobs
jobs-count = { $count ->
    [0] No job
    [one] { $count } job
   *[other] { $count } jobs
}
jobs-none = There are no open jobs at the moment.
jobs-none-filtered = No job fits this choice. Try a wider time window or more days.
jobs-error-no-day = Please tick at least one day.
jobs-error-window = Please give two times; the end must be after the start.
jobs-until = Visible until { $date }
jobs-when = Working hours
jobs-start-now = from now
jobs-hours-week = { $hours ->
    [one] { $hours } hour a week
   *[other] { $hours } hours a week
}
jobs-kind-job = Job
jobs-kind-training = Vocational training
jobs-kind-part-time-training = Part-time vocational training
jobs-ortsteil-company = At the company's place
jobs-field-kind = Kind
jobs-field-weekly-hours = Hours a week
jobs-start = Start
jobs-visible-until = Visible until
## Contact requests to employers
contact-link = Get in touch
contact-link-general = Get in touch without a job ad
contact-title = Contact { $employer }
contact-about-job = About the job: { $job }
contact-intro = You decide what the company learns about you. The answer arrives here in the Wegweiser; the company sees your address only if you share it.
contact-share-legend = What you share
contact-share-email = My e-mail address ({ $email })
contact-share-name = My name
contact-field-name = Name
contact-field-phone = Phone (optional)
contact-field-message = Your message
contact-field-message-hint = A few sentences are enough: what you are looking for and when you can work. At most 1000 characters.
contact-field-cv = CV (optional)
contact-field-cv-hint = PDF only, at most 800 KB. It is deleted after 90 days.
contact-send = Send request
contact-list-parent = Your requests to employers
contact-list-employer = Requests from parents
contact-shared-title = Shared details
contact-not-shared = not shared
contact-email = E-mail address
contact-no-cv = none
contact-messages = Messages
contact-answer = Your answer
contact-reply = Your message
contact-notice-gesendet = Your request has been sent. You will find the answer here; we send you a mail as soon as it arrives.
contact-notice-geantwortet = Your message has been sent.
contact-mail-new-subject = New request from a parent
contact-mail-new-body = Hello,

    a parent has sent your company a request on the Wegweiser Lichtenberg. You can read and answer it after signing in:

    { $link }

    Your Wegweiser Lichtenberg
contact-mail-answer-subject = New message about your request
contact-mail-answer-body = Hello,

    there is a new message about a request on the Wegweiser Lichtenberg. You can read it after signing in:

    { $link }

    Your Wegweiser Lichtenberg
jobs-feed-name = Jobs on the Wegweiser Lichtenberg
jobs-feed-link = Subscribe to this search as a feed (Atom)
pledge-campaign-link = More about the pledge
account-delete-company = You are the only person of { $company }. Deleting your account also deletes the company, its jobs and the requests from parents.
employers-fairs-own = Where you can meet us
jobs-fairs = Job fairs and info days
employers-in-pledge = part of the pledge
employers-field-name = Company name
employers-field-address = Street and number (optional)
employers-field-description = Description
employers-field-description-hint = What does your company do, and whom are you looking for?
employers-field-website-hint = Starting with https://.
employers-field-contact-name = Your name
employers-field-email = Your e-mail address
employers-answer-yes = Yes
employers-answer-partly = Partly
employers-answer-no = No
employers-register-company = Your company
employers-register-person = Your sign-in
employers-register-consent = I agree that the company's details are published and that my name and address are stored for the account.
employers-register-submit = Register
## The pledge's campaign page and posters
pledge-title = Family-friendly work in Lichtenberg
pledge-lead = Employers in the district commit to offering parents what they need to combine work and children – especially parents raising children alone. The coordination office for single parents decides what that includes.
pledge-criteria-title = What the pledge asks
pledge-criteria-lead = An employer carries the badge when it answers each of these questions with "yes":
pledge-members = { $count ->
    [0] No employer meets it yet
    [one] { $count } employer meets it
   *[other] { $count } employers meet it
}
pledge-join-title = For employers: how to take part
pledge-join-lead = Register your company and answer the nine questions on family-friendliness. Once the coordination office has checked it, your profile is public; if you meet the conditions, it carries the badge and you can print a poster for your shop window.
pledge-print-title = To put up and hand out
pledge-print-lead = A poster for notice boards in day-care centres, the Jobcenter and family centres, and a flyer to take away.
jobs-only-german = This job is described in German only.
