## News, campaigns, the newsletter and their editors.

news-title = News
news-lead = News and campaigns of the coordination office and the providers in Lichtenberg.
news-feed-link = Subscribe as a feed (Atom)
news-campaigns = Campaigns
news-articles = News
news-none = No articles yet.
news-back = All news
article-updated = updated on { $date }
article-events = Related events
campaign-events = Events of the campaign
article-offers = Related offers
campaign-offers = Offers of the campaign
article-articles = More on this
campaign-articles = Articles of the campaign
article-event-past = no coming dates
articles-admin-title = News and campaigns
articles-admin-back = Back to all articles
article-new = New article
article-edit = Edit article
article-none-yet = No articles yet.
article-field-kind = Kind
article-field-slug = Address (short name)
article-field-slug-hint = Leave empty: the address is made from the heading. Otherwise lower-case letters, digits and hyphens, for example "action-week-2026". It is part of the page's address; do not change it after publishing.
article-field-publish-date = Publish on
article-field-publish-date-hint = Date, for example 2026-12-01 or 01.12.2026. Before then the article is not public, even when it is set to "published".
article-field-publish-time = Time
article-field-publish-time-hint = For example 09:00 (Berlin time).
article-field-title-de = Title (German)
article-field-title-en = Title (English)
article-field-summary-de = Summary (German)
article-field-summary-de-hint = One or two sentences for lists, the feed, the newsletter and search engines.
article-field-summary-en = Summary (English)
article-field-body-de = Text (German)
article-field-body-de-hint = Markdown: **bold**, *italic*, ## subheading, - list, [link text](https://…). HTML and images in the text are not kept.
article-field-body-en = Text (English)
article-image = Image
article-image-current = Current image
article-image-remove = Remove the image
article-field-image = Upload a new image
article-field-image-hint = JPEG, PNG or WebP, at most 800 KB. Show people only with their consent.
article-field-image-alt-de = Image description (German)
article-field-image-alt-de-hint = What the image shows, for people who cannot see it. Required when there is an image.
article-field-image-alt-en = Image description (English)
article-grouped = Events, offers and articles
article-grouped-hint = A campaign shows them together on its page; a news item refers to them.
article-grouped-events = Events
article-grouped-offers = Offers
article-grouped-articles = Articles
article-error-slug = Please use only lower-case letters, digits and hyphens (at most 60 characters).
article-error-slug-taken = Another article already has this address.
article-error-kind = Please choose news or campaign.
article-error-title = Please give a title of at most 140 characters.
article-error-summary = Please give a summary of at most 300 characters.
article-error-body = Please write a text.
article-error-body-long = The text is too long (at most 100,000 characters).
article-error-alt = Please describe the image.
article-error-alt-long = The image description is too long (at most 300 characters).
article-error-date = Please give a date, for example 2026-12-01 or 01.12.2026.
article-error-time = Please give a time, for example 09:00.
article-error-image-size = The image is too large: at most 800 KB. Please choose a smaller version again.
article-error-image-type = This is not a JPEG, PNG or WebP image. Please choose another file.
article-error-conflict = Someone else saved this article meanwhile. Reload the page and make your changes again.
newsletter-title = Newsletter
newsletter-lead = Once a month: new offers, the events of the coming weeks and news for single parents in Lichtenberg.
newsletter-email = Your e-mail address
newsletter-submit = Subscribe
newsletter-privacy = We store only your address and your language. First you get an e-mail with a confirmation link; without confirmation we delete the address after 7 days. Every issue has a link to unsubscribe in one click; then we delete the address. No tracking pixels, no passing on.
newsletter-sent = Almost done: we sent an e-mail to { $email }. Please click the link in it to confirm the subscription.
newsletter-sent-more = No e-mail? Look in your spam folder. If the address is already subscribed, we send no new e-mail.
newsletter-confirm-question = Would you like to receive the newsletter of Wegweiser Lichtenberg?
newsletter-confirm-submit = Yes, confirm the subscription
newsletter-confirmed = Thank you! You will receive the newsletter from the next issue on.
newsletter-link-invalid = This link is no longer valid: it was used already or is older than 7 days.
newsletter-again = Subscribe again
newsletter-leave-question = Would you like to unsubscribe from the newsletter?
newsletter-leave-submit = Unsubscribe
newsletter-left = You are unsubscribed. We deleted your address.
newsletter-error-email = Please give a valid e-mail address, for example name@example.com.
newsletter-error-throttled = Too many attempts. Please try again later.
mail-newsletter-confirm-subject = Please confirm your newsletter subscription
mail-newsletter-confirm-body = Hello,

    someone (hopefully you) would like to receive the newsletter of Wegweiser Lichtenberg at this address. Please confirm it here:

    { $link }

    If this was not you, do nothing: without confirmation we delete the address after { $days } days.

    Coordination Office for Single Parents Lichtenberg
mail-newsletter-footer = You receive this newsletter because you subscribed to it. Unsubscribe in one click: { $link }
newsletter-section-offers = New offers
newsletter-section-events = Events
newsletter-section-articles = News
newsletter-suggested-subject = News for single parents in Lichtenberg – { $month }
newsletter-suggested-intro = Dear readers,

    here is what is new: new offers, the events of the coming weeks and news from the district.
newsletter-admin-title = Newsletter
newsletter-admin-back = Back to the newsletter
newsletter-admin-counts = { $confirmed } confirmed addresses, { $pending } waiting for confirmation.
newsletter-admin-last-sent = Last issue sent on { $date }.
newsletter-admin-never-sent = No issue sent yet.
newsletter-admin-new = Prepare a new issue
newsletter-admin-created = Created
newsletter-admin-sent = Sent
newsletter-admin-sent-to = Sent on { $date } to { $count } addresses.
newsletter-admin-draft = Draft
newsletter-admin-nothing-new = Nothing new since the last issue.
newsletter-admin-save = Save the draft
newsletter-admin-send-hint = { $count ->
    [one] Goes to 1 confirmed address; the issue cannot be changed afterwards.
   *[other] Goes to { $count } confirmed addresses; the issue cannot be changed afterwards.
}
newsletter-admin-send = Save and send now
newsletter-admin-preview = Preview (the e-mail in German)
newsletter-field-subject = Subject
newsletter-field-intro = Introduction
newsletter-error-subject = Please give a subject of at most 150 characters.
newsletter-error-intro = The introduction is too long.
article-preview = Preview
poster-scan-campaign = Scan the code: all events and offers of the campaign, always up to date.
article-image-kept = Your image is already uploaded and will be saved with the article; you need not choose it again.
