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
article-image = Image
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
newsletter-admin-counts = { $confirmed } confirmed addresses, { $pending } waiting for confirmation.
newsletter-admin-sent-to = Sent on { $date } to { $count } addresses.
newsletter-admin-draft = Draft
newsletter-error-subject = Please give a subject of at most 150 characters.
newsletter-error-intro = The introduction is too long.
poster-scan-campaign = Scan the code: all events and offers of the campaign, always up to date.
