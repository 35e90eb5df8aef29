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
