## The needs form (/bedarf)
needs-title = What is missing for you?
needs-lead = Tell us which help you cannot find in the district. It helps the coordination office bring new offers to where they are missing.
needs-privacy = Anonymous: we keep only the topic, the Ortsteil, your children's age and your text, with the day. No IP address, no account, no time of day.
needs-field-category = Topic
needs-choose = Please choose
needs-field-ortsteil = Ortsteil (optional)
needs-ortsteil-none = Not given or the whole district
needs-field-ages = Age of your children (optional)
needs-ages-none = Not given
needs-ages-0-2 = under 3 years
needs-ages-3-5 = 3 to 5 years
needs-ages-6-11 = 6 to 11 years
needs-ages-12-17 = 12 to 17 years
needs-field-text = What exactly is missing? (optional)
needs-text-warning = Please do not enter names, addresses or phone numbers.
needs-text-hint = At most { $max } characters. We remove e-mail addresses, links and phone numbers.
needs-submit = Send
needs-done = Thank you! Your report has arrived. It goes anonymously into the coordination office's needs radar.
needs-another = Report something else
needs-see-statistics = See the statistics
needs-answers = You asked – we acted
needs-answered-on = Answer of { $date }
needs-error-count = { $count ->
    [one] Please check one field.
   *[other] Please check { $count } fields.
}
needs-error-category = Please choose a topic.
needs-error-ortsteil = We do not know this Ortsteil.
needs-error-ages = Please choose an age range from the list.
needs-error-text = The text is too long (at most 1,000 characters).
needs-error-throttled = You have just sent several reports. Please try again in a few minutes.
needs-error-full = Very many reports have arrived today. Please try again tomorrow.
needs-hidden = < 5
