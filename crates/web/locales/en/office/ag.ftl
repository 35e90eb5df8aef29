## The AG Alleinerziehende (members only)
ag-title = AG Alleinerziehende (working group on single parents)
ag-lead = The district's working group of politics, administration and independent providers. Here you find its meetings with their agendas, and your replies.
ag-members-title = Members of the working group
ag-members-lead = Visible only to members of the working group and the coordination office.
ag-meeting-new = Create a meeting
ag-coming = Coming meetings
ag-coming-none = No meeting is planned at the moment.
ag-past = Past meetings
ag-past-none = None yet.
ag-cancelled = cancelled
ag-cancelled-long = This meeting is cancelled.
ag-when = { $day }, { $date }, { $from }–{ $to }
ag-online = Online: { $url }
ag-place-and-online = { $place }, or online: { $url }
ag-back-meeting = Back to the meeting
ag-save = Save
ag-meeting-form-title = Prepare a meeting
ag-meeting-form-invited = The members are already invited. If you change the time, length or place, everyone gets an update for their calendar.
ag-field-title = Title
ag-field-date = Date
ag-field-time = Start (time)
ag-field-time-hint = For example 15:00.
ag-field-duration-minutes = Length in minutes
ag-field-place = Place
ag-field-place-hint = Address and room. Leave empty if the meeting is online only.
ag-field-video-url = Video conference (link)
ag-field-video-url-hint = Optional; starts with https://.
ag-field-proposals-until = Agenda proposals until
ag-field-proposals-until-hint = Leave empty: until the day before the meeting.
ag-field-when = When
ag-field-name = Name
ag-field-organisation = Organisation
ag-field-function = Function
ag-field-deputy = Coming instead (optional)
ag-field-deputy-hint = Name of the person standing in for you.
ag-field-deputy-of = Stands in for
ag-deputy-none = Nobody (full member)
ag-deputy-of = Deputy for { $name }
ag-deputy-sent = represented by { $name }
ag-item-field-title = Topic
ag-item-field-presenter = Who presents it?
ag-item-field-duration-minutes = Length in minutes
ag-item-field-note = What is it about? (optional)
ag-error-title = Please give a title (at most 150 characters, 200 for a topic).
ag-error-date = Please give a date such as 2027-01-14.
ag-error-time = Please give a time such as 15:00.
ag-error-duration = The length is between 15 and 480 minutes.
ag-error-place-or-video = Please give a place or a video conference link.
ag-error-too-long = This text is too long.
ag-error-video = The link must start with https:// and contain no spaces.
ag-error-past = This time has already passed.
ag-error-deadline = The deadline for proposals must be before the day of the meeting.
ag-error-item-duration = The length is between 1 and 240 minutes.
ag-error-answer = Please choose yes, maybe or no.
ag-error-answer-late = The meeting has begun or is cancelled; you can no longer reply.
ag-error-proposal-late = The deadline for proposals to this meeting has passed.
ag-error-proposals-full = You have already proposed five topics for this meeting.
ag-error-items-full = This meeting's agenda is full (40 items).
ag-error-name = Please give the name (at most 100 characters).
ag-error-organisation = Please give the organisation (at most 150 characters).
ag-error-deputy = A deputy comes from the same organisation as the member they stand in for.
ag-notice-invited = { $count ->
    [0] All members were already invited.
    [one] One invitation has been sent.
   *[other] { $count } invitations have been sent.
}
ag-notice-angelegt = The meeting is created. Add topics, then invite.
ag-notice-gespeichert = Saved.
ag-notice-verlegt = Saved. Everyone invited gets an update for their calendar.
ag-notice-abgesagt = The meeting is cancelled; those invited have been told.
ag-notice-antwort = Thank you, your reply is saved.
ag-notice-punkt = The topic is on the agenda.
ag-notice-vorschlag = Thank you for your proposal. The coordination office will put it on the agenda or get back to you.
ag-member-invited = The invitation has been sent.
ag-prepare = Prepare
ag-meeting-edit = Change time, place and title
ag-agenda-print-title = Print the agenda
ag-signin-title = Attendance list
ag-signature = Signature
ag-invite-button = { $count ->
    [one] Invite one member (e-mail with calendar entry)
   *[other] Invite { $count } members (e-mail with calendar entry)
}
ag-invite-all-done = All members are invited.
ag-cancel-button = Cancel the meeting
ag-answer-title = Reply
ag-answer-legend = Will you take part?
ag-answer-yes = Yes
ag-answer-maybe = Maybe
ag-answer-no = No
ag-answer-open = Not yet
ag-answer-save = Save reply
ag-answers = Who is coming
ag-not-invited-yet = Nobody is invited yet.
ag-agenda = Agenda
ag-agenda-none = No topic is on the agenda yet.
ag-agenda-number = No.
ag-agenda-time = Time
ag-item-up = Move "{ $title }" up
ag-item-down = Move "{ $title }" down
ag-item-delete = Remove "{ $title }"
ag-item-accept = Accept "{ $title }"
ag-item-decline = Decline "{ $title }"
ag-proposals = Proposals
ag-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
ag-proposed-by = proposed by { $name }
ag-item-status-proposed = awaiting a decision
ag-item-status-declined = not taken up
ag-item-status-accepted = on the agenda
ag-item-add = Add a topic
ag-item-propose = Propose a topic
ag-item-propose-lead = The coordination office takes proposals until { $date }.
ag-rsvp-title = Your reply to the working group's meeting
ag-member-invite = Invite a member
ag-member-invite-submit = Send invitation
ag-leave-title = Leave the working group
ag-leave-lead = You will no longer get invitations or see the working group's pages. Your account stays; you can delete it afterwards.
ag-leave-submit = Leave the working group
ag-print-footer = AG Alleinerziehende Lichtenberg · Koordinierungsstelle Alleinerziehende
ag-tile-next = Next meeting: { $when }
ag-ics-description = Meeting of the AG Alleinerziehende Lichtenberg. Agenda and reply: { $url }
ag-mail-invitation-subject = Invitation: { $title } on { $date }
ag-mail-invitation-body = Hello { $name },

    the coordination office for single parents invites you to the meeting of the AG Alleinerziehende:

    { $title }
    { $when }
    { $place }

    Agenda:
    { $agenda }

    Please reply (also if someone stands in for you); this link is only for you:
    { $answer }

    The meeting on Wegweiser, with agenda and proposals: { $url }
    The calendar entry is attached.

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-moved-subject = Changed: { $title }
ag-mail-moved-body = Hello { $name },

    the meeting "{ $title }" has changed. Now:

    { $when }
    { $place }

    Your reply stays; you can change it here: { $url }
    The update for your calendar is attached.

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-cancel-subject = Cancelled: { $title }
ag-mail-cancel-body = Hello { $name },

    the meeting "{ $title }" on { $when } is cancelled. The attached calendar entry removes it from your calendar.

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-reminder-subject = Reminder: { $title } on { $date }
ag-mail-reminder-body = Hello { $name },

    a reminder: { $title }
    { $when }
    { $place }

    Agenda and your reply: { $url }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-member-subject = Invitation to the AG Alleinerziehende on Wegweiser Lichtenberg
ag-mail-member-body = Hello { $name },

    the coordination office for single parents invites you as a member of the AG Alleinerziehende ({ $organisation }) to Wegweiser. There you find the meetings with their agendas, reply and propose topics.

    Use this link to set your password (valid for seven days, once):
    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-minutes-of = Minutes: { $title }
ag-minutes-notice-gespeichert = Saved.
ag-minutes-notice-veroeffentlicht = The minutes are published; the members got an e-mail with the link.
ag-minutes-published = The minutes are published to the members.
ag-minutes-draft = Draft: members see the minutes only once you publish them.
ag-minutes-publish = Publish the minutes and tell the members
ag-minutes-notes = Notes
ag-minutes-save-notes = Save the notes on item { $number }
ag-decisions = Decisions
ag-decisions-none = No decision.
ag-decision-field = Decision
ag-votes-legend = Vote (optional)
ag-votes-yes = For
ag-votes-no = Against
ag-votes-abstain = Abstentions
ag-votes = { $yes } for, { $no } against, { $abstain } abstentions
ag-decision-add = Record a decision on item { $number }
ag-actions = Action items
ag-actions-none = No open action items.
ag-actions-open = Open action items
ag-actions-mine = Your action items
ag-actions-carried = Open action items from earlier meetings
ag-action-field = Action item
ag-action-owner = Who takes it on?
ag-action-due-field = Due by
ag-action-add = Record an action item on item { $number }
ag-action-done = done
ag-action-due = due { $date }
ag-action-overdue = overdue
ag-action-reopen = Reopen "{ $text }"
ag-action-mark-done = Mark "{ $text }" as done
ag-error-decision = Please state the decision in words (at most 2000 characters).
ag-error-votes = Please give the votes as numbers, or leave all three fields empty.
ag-error-action = Please describe the action item (at most 1000 characters).
ag-error-owner = Please choose a member of the working group.
ag-error-due-past = This date has already passed.
ag-mail-minutes-subject = Minutes: { $title }
ag-mail-minutes-body = Hello { $name },

    the minutes of the meeting "{ $title }" ({ $when }) are published, with decisions and action items:
    { $url }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-mail-action-subject = Action item due soon: { $text }
ag-mail-action-body = Hello { $name },

    a reminder: your action item from the meeting "{ $meeting }" is due by { $due }:
    { $text }

    When it is done, please mark it on Wegweiser: { $url }

    Koordinierungsstelle Alleinerziehende Lichtenberg
ag-archive-title = The working group's archive
ag-archive-lead = All meetings, decisions and action items. The search also finds parts of words and other spellings.
ag-archive-field = Search text
ag-archive-search = Search
ag-archive-too-long = The search text is too long (at most 200 characters).
ag-archive-meetings = { $count ->
    [0] No meeting
    [one] { $count } meeting
   *[other] { $count } meetings
}
ag-archive-decisions = { $count ->
    [0] No decision
    [one] { $count } decision
   *[other] { $count } decisions
}
ag-archive-actions = { $count ->
    [0] No action item
    [one] { $count } action item
   *[other] { $count } action items
}
ag-decision-log = Decision log
ag-decision-log-csv = Decision log as a table (CSV for Excel)
ag-csv-date = Date
ag-csv-meeting = Meeting
ag-csv-item = Agenda item
ag-csv-decision = Decision
ag-csv-votes = Vote
ag-archive-link = Archive and decision log
ag-document-add = Document for "{ $title }" (PDF or office file, up to 800 KB)
ag-document-upload = Upload
ag-document-size = { $kib } KB
ag-notice-dokument = The document is saved. Only members of the working group can download it.
ag-error-document-empty = Please choose a file.
ag-error-document-large = The file is larger than 800 KB.
ag-error-document-kind = This is not a PDF or office file (Word, Excel, PowerPoint, OpenDocument). The content is checked, not only the name.
ag-error-document-name = The file name does not match the content: please save the file with the right ending.
ag-error-documents-full = This item already has ten documents.
ag-public-none = No report yet.
ag-public-meeting-of = Meeting of { $date }
ag-summary-title = Report for the public
ag-summary-lead = A short text of its own for the public page "From the AG", apart from the internal minutes. No names of people.
ag-summary-field = Report
ag-summary-publish = Show on the public page
ag-summary-public = The report on the public page
ag-member-edit = Edit member
ag-member-edit-link = Edit { $name }
ag-back = Back to the working group
ag-error-count = { $count ->
    [one] One field still needs your attention.
   *[other] { $count } fields still need your attention.
}
