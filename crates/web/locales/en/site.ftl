## The site frame, the home page and the emergency contacts.

emergency-title = Emergency and quick help
emergency-intro = These phone lines help at once, free of charge and anonymously if you wish. If anyone is in danger, call 110 or 112.
emergency-more-offers = More support in crises and against violence
emergency-police-name = Police
emergency-police-hours = always
emergency-ambulance-name = Fire brigade and ambulance
emergency-ambulance-hours = always
emergency-violence-women-name = Helpline Violence against Women
emergency-violence-women-hours = 24 hours, in 18 languages
emergency-big-hotline-name = BIG hotline on domestic violence (Berlin)
emergency-big-hotline-hours = 24 hours
emergency-child-protection-name = Child protection hotline Berlin
emergency-child-protection-hours = 24 hours, parents can call too
emergency-parents-phone-name = Parents' helpline (Nummer gegen Kummer)
emergency-parents-phone-hours = Mon–Fri 9 am–5 pm, Tue and Thu until 7 pm
emergency-crisis-line-name = TelefonSeelsorge (crisis line)
emergency-crisis-line-hours = 24 hours
emergency-pregnant-in-need-name = Helpline for pregnant women in need
emergency-pregnant-in-need-hours = 24 hours, anonymous
quick-exit-heading = Leave this site quickly
quick-exit-explained = The button "Leave this site quickly" at the top of every page opens a weather site at once. The keyboard works too: press Escape (while you type in a field, press it twice quickly, so nothing you started is lost) or press Shift three times.
quick-exit-back = The page on which you press the button is replaced by the weather site in the history: the back button does not return to it. Pages of this site that you opened before it stay in the history, though, and the back button leads to them.
quick-exit-history = If someone else uses your device, clear the history afterwards: in Chrome, Edge and Firefox with Ctrl + Shift + Delete (on a Mac ⌘ + Shift + Delete), on an iPhone under Settings › Safari › Clear History and Website Data, on Android phones in Chrome under ⋮ › History › Delete browsing data. Safer still, open this site in a private window (incognito mode): then no history is kept.
home-title = Help for single parents in Lichtenberg
home-heading = Help for single parents in Lichtenberg
home-intro = Find counselling, childcare, help with money and forms, work and meeting places near you – no account needed.
home-total = { $count ->
    [one] 1 offer in Wegweiser
   *[other] { $count } offers in Wegweiser
}
home-quick-help = Quick help
home-quick-help-text = Do you need help right now? These phone lines are free and anonymous.
home-all-emergency = All emergency numbers
home-categories = What do you need?
home-ortsteile = Support in your neighbourhood
search-placeholder = e.g. counselling, Kita, maintenance
home-chains = What to do? Ways through your life situation
home-chains-text = Step by step, with deadlines, documents and the places in Lichtenberg. Tick off steps without an account.
home-coming-up = Coming up in Lichtenberg
home-all-events = All events and meet-ups
home-news = News
home-all-news = All news and campaigns
article-kind-news = News
article-kind-campaign = Campaign
