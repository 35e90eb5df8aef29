## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = Tandem: meet other single parents
tandem-lead = Find another parent near you with children of the same age – to talk, to share childcare or for outings.
tandem-how-title = How it works
tandem-how-1 = You create a private profile: Ortsteil, your children's ages, languages, what you look for and when you are free.
tandem-how-2 = The Wegweiser suggests the parents you have most in common with, and says what that is.
tandem-how-3 = You can write to each other only once both of you have agreed.
tandem-safe-title = Your safety comes first
tandem-safe-1 = There is no public list: your profile is seen only by parents it is suggested to.
tandem-safe-2 = Others see only your first name or a pseudonym, your Ortsteil and your children's age groups – never an address, never children's names or birthdays.
tandem-safe-3 = You can withdraw your consent at any time; your profile is then hidden from everyone at once.
tandem-sign-in = Sign in with a parent account
tandem-sign-up = Create a parent account (an e-mail address and a password are enough)
tandem-parents-only = The tandem is for parent accounts. Your account cannot create a tandem profile.
tandem-create = Create a tandem profile
tandem-edit = Edit your profile
tandem-withdrawn = You have withdrawn your consent. Your profile is suggested to nobody, and you see no suggestions.
tandem-consent-again = Give consent again
tandem-suggestions-lead = These parents have the most in common with you. You see only what you show of yourself too.
tandem-suggestions-title = Suggestions for you
tandem-suggestions-none = Nobody fits your profile right now. Come back later, or widen what you look for and whom you want to meet.
tandem-card-facts = { $ortsteil } · Children: { $ages }
tandem-block = Block { $name }
tandem-block-note = Someone you block no longer sees you and is no longer suggested to you. They are not told.
tandem-notice-gesperrt = Blocked. You no longer see each other.
tandem-notice-geloescht = Your tandem profile has been deleted.
tandem-notice-widerrufen = Your consent is withdrawn. Your profile is hidden from everyone from now on.
tandem-notice-gespeichert = Your profile has been saved.
tandem-tile-few = Tandem: fewer than 5 parents take part.
tandem-tile-count = { $count ->
    [one] Tandem: { $count } parent takes part.
   *[other] Tandem: { $count } parents take part.
}
## The sentence that says what two parents share
tandem-why = You { $clauses }.
tandem-why-expecting = are both expecting a child
tandem-why-children = both have children { $ages }
tandem-why-ortsteil = both live in { $ortsteil }
tandem-why-near = live not far from each other
tandem-why-languages = both speak { $languages }
tandem-why-looking = are both looking for { $what }
tandem-why-times = are both free { $when }
tandem-why-interests = both like { $what }
## The profile form
tandem-profile-title = Your tandem profile
tandem-profile-lead = Give only what other parents may see. No address, no phone number, no children's names.
tandem-choose = Please choose
tandem-field-display-name = First name or pseudonym
tandem-field-display-name-hint = Other parents see this. A pseudonym is just as good.
tandem-field-ortsteil = Ortsteil
tandem-field-ortsteil-hint = Only the Ortsteil, never a street.
tandem-field-child-ages = Your children's ages
tandem-field-child-ages-hint = Age groups, not birthdays.
tandem-field-languages = Languages you speak
tandem-field-looking-for = What are you looking for?
tandem-field-free-times = When are you usually free?
tandem-field-interests = What do you like doing? (optional)
tandem-field-identity = You are
tandem-field-identity-hint = Only for whom you are suggested to; others do not see it.
tandem-field-wants = Whom would you like to meet?
tandem-consent = I consent to my profile being suggested to other parents in the tandem. I can withdraw this at any time.
tandem-save = Save
tandem-consent-title = Consent
tandem-consent-given = Your profile is suggested to parents who fit. If you withdraw, it is hidden from everyone at once.
tandem-consent-withdraw = Withdraw consent
tandem-delete-title = Delete the profile
tandem-delete-intro = Your tandem profile and your blocks are deleted. Your account stays.
tandem-delete = Delete the tandem profile
tandem-error-name-missing = Please give a first name or a pseudonym.
tandem-error-name-too-long = Please use at most 30 characters.
tandem-error-name-contact = Please no digits, e-mail addresses or links: contact details do not belong in the profile.
tandem-error-ortsteil = Please choose your Ortsteil.
tandem-error-child-ages = Please choose at least one age group.
tandem-error-languages = Please choose at least one language.
tandem-error-looking-for = Please choose at least one.
tandem-error-unknown = This choice does not exist. Please choose from the list.
tandem-error-consent = Without your consent we cannot suggest your profile to anyone.
tandem-age-expecting = a child on the way
tandem-age-under3 = under 3
tandem-age-3to5 = aged 3 to 5
tandem-age-6to9 = aged 6 to 9
tandem-age-10to13 = aged 10 to 13
tandem-age-14plus = aged 14 and over
tandem-looking-talk = exchange and conversation
tandem-looking-talk-short = someone to talk to
tandem-looking-childcare = shared childcare
tandem-looking-childcare-short = shared childcare
tandem-looking-leisure = leisure with the children
tandem-looking-leisure-short = leisure with the children
tandem-looking-work = exchange about work and training
tandem-looking-work-short = exchange about work and training
tandem-time-mornings = in the morning
tandem-time-mornings-short = in the morning
tandem-time-afternoons = in the afternoon
tandem-time-afternoons-short = in the afternoon
tandem-time-evenings = in the evening
tandem-time-evenings-short = in the evening
tandem-time-weekends = at the weekend
tandem-time-weekends-short = at the weekend
tandem-interest-outdoors = outings into the green
tandem-interest-playgrounds = playgrounds
tandem-interest-sport = sport
tandem-interest-crafts = crafts
tandem-interest-cooking = cooking
tandem-interest-music = music
tandem-interest-reading = reading
tandem-interest-games = games
tandem-identity-mother = Mother
tandem-identity-father = Father
tandem-identity-other = other / I'd rather not say
tandem-wants-anyone = all parents
tandem-wants-mothers = mothers only
tandem-wants-fathers = fathers only
## Contacts, conversations, reports
tandem-request = Get to know { $name }
tandem-requested = Request sent
tandem-to-conversation = To the messages
tandem-notice-angefragt = Your request has been sent. The other person sees only your name, your Ortsteil and your children's age groups – you can write to each other once they agree.
tandem-notice-gemeldet = Thank you. The coordination office will look at your report.
tandem-too-many-requests = You have sent many requests today already. Please wait until tomorrow.
tandem-too-many-messages = You have written a great many messages today already. Please try again tomorrow.
tandem-too-many-reports = You have sent many reports today already. If you are in danger, please call 110.
tandem-contacts-title = Your contacts
tandem-incoming-title = Requests to you
tandem-incoming-none = Nobody is asking you right now.
tandem-incoming-intro = If you accept, you can write to each other. If you decline, the other person is not told.
tandem-accept = Write with { $name }
tandem-decline = Decline
tandem-matched-title = Your conversations
tandem-matched-none = None yet. As soon as someone accepts your request or you accept one, the conversation is here.
tandem-outgoing-title = Your requests still waiting
tandem-conversation-title = Messages with { $name }
tandem-conversation-safety = Give your address only once you feel safe. Meet in a public place the first time, for example in a family centre.
tandem-conversation-empty = No messages yet. Start by writing when you are free.
tandem-messages = Messages
tandem-you = You
tandem-write = Your message
tandem-send = Send
tandem-safety-title = If something is wrong
tandem-report-message = Report this message
tandem-report-profile = Report { $name }
tandem-report-reason = What happened? (optional)
tandem-report-send = Send the report
tandem-error-message-empty = Please write a message.
tandem-error-message-too-long = Please use at most 2,000 characters.
tandem-error-message-control = The message contains control characters. Please write it again.
tandem-mail-request-subject = Someone would like to meet you in the tandem
tandem-mail-request-body = Hello,

    another parent would like to meet you in the tandem of the Wegweiser Lichtenberg. Who it is and what you have in common, you can see after signing in here:

    { $link }

    You decide whether you want to write to each other. If you decline, the other person is not told.

    Your Wegweiser Lichtenberg
tandem-mail-accepted-subject = Your tandem request was accepted
tandem-mail-accepted-body = Hello,

    your request in the tandem of the Wegweiser Lichtenberg was accepted. You can now write to each other:

    { $link }

    Your Wegweiser Lichtenberg
tandem-mail-message-subject = New message in the tandem
tandem-mail-message-body = Hello,

    you have a new message in the tandem of the Wegweiser Lichtenberg. You can read it after signing in:

    { $link }

    Your Wegweiser Lichtenberg
tandem-mail-warning-subject = A note from the coordination office about the tandem
tandem-mail-warning-body = Hello,

    another parent has reported something you wrote in the tandem of the Wegweiser Lichtenberg. Please write respectfully and send nothing others do not want. If this happens again, we will suspend your account.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] Tandem: no open reports
    [one] Tandem: { $count } open report
   *[other] Tandem: { $count } open reports
}
## Groups and Treffs
groups-title = Groups and meet-ups
groups-lead = Self-help groups, parents' cafés, walks, online groups and fathers' rounds in Lichtenberg – to drop in, or by request.
groups-all-ortsteile = All Ortsteile
groups-show = Show
groups-none = There is no group here yet. Perhaps you would like to start one?
groups-online = online
groups-online-or-choose = Online (no Ortsteil)
groups-fact-ages = children { $ages }
groups-fact-languages = in { $languages }
groups-fact-children = children can come along
groups-fact-wheelchair = wheelchair accessible
groups-join-open = Just drop in
groups-join-request = By request – the group takes you in
groups-run-by = Run by { $name }
groups-run-by-parent = Organised by parents
groups-kind-self-help = Self-help group
groups-kind-cafe = Parents' café and meet-up
groups-kind-walking = Walks and exercise
groups-kind-online = Online group
groups-kind-fathers = For fathers
groups-kind-other = Other group
groups-where = Where
groups-who = For whom
groups-organiser = Organised by
groups-in-calendar = Dates in the calendar
groups-proposed = This proposal is not public yet: the coordination office is looking at it.
groups-ask = Ask to join
groups-ask-note = The group sees only the name you give here and takes you in. Then you read and write its messages.
groups-sign-in-note = To join a group and write with it, you need a parent account.
groups-membership-requested = Your request has been sent.
groups-members-title = Requests and members
groups-members-none = Nobody has asked yet.
groups-member-unnamed = A parent
groups-accept = Take { $name } in
groups-propose-title = Propose a group
groups-propose-intro = Would you like to start a meet-up? Describe it; the coordination office publishes it after a look. Your name is not shown.
groups-propose-link = Propose a group (parent account)
groups-propose-submit = Send the proposal
groups-field-name = Name of the group
groups-field-kind = Kind
groups-field-description = Description
groups-field-ortsteil = Ortsteil
groups-field-rhythm = When
groups-field-rhythm-hint = For example: every 2nd Tuesday, 4 to 6 pm
groups-field-child-ages = Children's ages
groups-field-languages = Languages
groups-field-join-mode = Joining
groups-error-empty = Please fill this in.
groups-error-too-long = This text is too long.
groups-error-invalid = Please choose from the list or write on one line.
groups-too-many = You have proposed several groups today already. Please wait until tomorrow.
groups-admin-title = Groups: proposals
groups-admin-link = { $count ->
    [0] Groups: no proposals waiting
    [one] Groups: { $count } proposal waiting
   *[other] Groups: { $count } proposals waiting
}
groups-in-search = Matching groups and meet-ups
groups-count = { $count ->
    [0] No group
    [one] { $count } group
   *[other] { $count } groups
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = Write with the group
groups-join-note = You can simply come to the meeting. If you join, you read and write the group's messages.
groups-join-submit = Join
groups-field-member-name = Your name in the group
groups-field-member-name-hint = A first name or a pseudonym. The group sees only this name, never your e-mail address.
groups-withdraw = Withdraw request
groups-leave = Leave the group
groups-notice-beigetreten = You are in. The group's messages are below.
groups-notice-angefragt = Your request has been sent. You get access as soon as the group takes you in.
groups-notice-verlassen = You are no longer in the group.
groups-notice-gemeldet = Thank you. The coordination office will look at your report.
groups-notice-gesperrt = Blocked. Neither of you sees the other's messages any more; the person is not told.
groups-messages-title = The group's messages
groups-messages-safety = Only members read these messages. Do not write addresses or phone numbers; links are not clickable.
groups-messages-none = No messages yet. Will you write the first?
groups-message-actions = Report or block
groups-write = Message to the group
groups-author-staff = { $name } (team)
groups-membership-member-other = in the group
groups-membership-asked = has asked
groups-remove = Remove { $name }
groups-report-group = Report this group
groups-too-many-messages = You have already written many messages in groups today. Please wait until tomorrow.
groups-mail-request-subject = New request for your group
groups-mail-request-body = Hello,

    someone would like to join your group on the Wegweiser Lichtenberg. After signing in you can accept the request:

    { $link }

    Your Wegweiser Lichtenberg
groups-mail-message-subject = New messages in your group
groups-mail-message-body = Hello,

    there are new messages in one of your groups on the Wegweiser Lichtenberg. You can read them after signing in:

    { $link }

    Until you have read them, we send no further mail about this group.

    Your Wegweiser Lichtenberg
groups-only-german = This group is described in German only.
groups-edit-link = Edit and translate the group
groups-edit-title = Edit the group
groups-edit-intro = What you write here is shown to everyone on the group's page. Translations are optional: where one is missing, the page shows the German text with a note.
groups-edit-submit = Save the changes
groups-edit-back = Back to the group
groups-notice-gespeichert = The changes are saved.
