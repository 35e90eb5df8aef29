## The network of offices and referral slips
network-title = Network: contact persons at the offices
network-lead = Direct phone numbers and e-mail addresses at the offices and institutions. Visible only to the coordination office and members of the working group – please do not pass them on to parents.
network-none = No contact person yet.
network-add = Add a contact person
network-add-submit = Add
network-field-organization = Office (from the directory)
network-field-phone = Phone (direct line)
network-delete = Remove { $name }
network-error-organization = Please choose an office from the directory.
network-notice-gespeichert = The contact person is added.
network-notice-geloescht = The contact person is removed.
network-error-name = Please give the name (at most 100 characters).
network-error-too-long = This text is too long.
network-error-phone = We cannot read this phone number, for example 030 90296-0.
network-error-email = Please give a valid e-mail address.
network-error-reach = Please give a phone number or an e-mail address.
network-error-stop = Please choose an office from the directory.
network-error-no-stop = Please choose at least one office.
network-error-days = Please choose how long the link is valid.
slip-lead = One sheet for parents: which offices to go to, what to say there, what to bring. Print it or pass on the link; it expires.
slip-warning = Please do not enter names, addresses, dates of birth or anything else about the person. Anyone with the link can read the slip.
slip-field-office = Office
slip-office-none = None
slip-field-say = What to say there?
slip-field-documents = What to bring?
slip-field-note = Note
slip-field-days = The link is valid for
slip-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
slip-submit = Create the slip
slip-made = The slip is ready
slip-made-hint = Open the link to print it, or pass it on. It is shown only now.
slip-error-throttled = You have already created 50 slips today. Please try again tomorrow.
