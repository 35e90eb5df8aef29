## The back office's start page and the audit log.
admin-invite-link = Invite someone
overdue-title = To confirm
overdue-intro = These entries have not been confirmed for more than six months.
overdue-none = All entries are confirmed and current.
overdue-since = last confirmed: { $date }
overdue-confirm = Still correct
reports-title = Reported mistakes
reports-none = No open reports.
reports-close = Done
newsletter-due = { $count ->
    [one] This month's newsletter has not been sent yet (1 reader is waiting).
   *[other] This month's newsletter has not been sent yet ({ $count } readers are waiting).
}
