## Service chains (Wege durch Lebenslagen) and their editor.
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
chain-condition = When this applies to you:
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
chain-qr-download = Download QR code (SVG)
chain-preview-banner = Preview of the draft – this is how the page would look once published.
chains-admin-title = Ways through life situations
chain-poster = Print a poster with the QR code
chain-poster-scan = Scan the code: step by step, with addresses, deadlines and documents – free, no account needed.
