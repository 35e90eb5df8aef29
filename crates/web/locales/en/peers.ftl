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
