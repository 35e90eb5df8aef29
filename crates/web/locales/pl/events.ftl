## Events: calendar, event pages, registration, feeds and the event editor.
cost-free = bezpłatnie
cost-reduced = ze zniżką lub zależnie od dochodu
cost-paid = płatne
access-appointment = tylko po umówieniu
access-walk-in = bez umawiania
access-both = po umówieniu lub bez
holiday-new-year = Nowy Rok
holiday-womens-day = Międzynarodowy Dzień Kobiet
holiday-good-friday = Wielki Piątek
holiday-easter-monday = Poniedziałek Wielkanocny
holiday-labour-day = Święto Pracy
holiday-liberation-day = Dzień Wyzwolenia (8 maja)
holiday-uprising-day = Rocznica powstania ludowego z 17 czerwca 1953 roku
holiday-ascension = Wniebowstąpienie Pańskie
holiday-whit-monday = Poniedziałek Zielonych Świątek
holiday-unity-day = Dzień Jedności Niemiec
holiday-christmas-1 = Pierwszy dzień Bożego Narodzenia
holiday-christmas-2 = Drugi dzień Bożego Narodzenia
spoken-de = niemiecki
spoken-en = angielski
spoken-tr = turecki
spoken-ar = arabski
spoken-ru = rosyjski
spoken-uk = ukraiński
spoken-vi = wietnamski
spoken-pl = polski
spoken-fa = perski
spoken-ku = kurdyjski
spoken-ro = rumuński
spoken-bg = bułgarski
spoken-fr = francuski
spoken-es = hiszpański
spoken-sq = albański
spoken-sr = serbski
spoken-dgs = niemiecki język migowy
group-single-parents = Samotni rodzice
group-pregnant = Kobiety w ciąży
group-fathers = Ojcowie
group-families = Rodziny
group-children = Dzieci
group-youth = Młodzież
group-migrants = Rodziny migrantów
group-women = Kobiety
group-unemployed = Osoby szukające pracy
events-title = Wydarzenia i spotkania
events-intro = Spotkania, doradztwo, kursy i wieczory informacyjne w Lichtenbergu, wiele bezpłatnych.
events-views-label = Widok
events-view-week = Ten tydzień
events-view-month = Miesiąc
events-view-list = Lista
events-week = Tydzień od { $from } do { $until }
events-month = { $month }
events-list-range = Od { $from } do { $until }
events-earlier = wcześniej
events-later = później
events-count = { $count ->
    [0] Brak wydarzeń
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzenia
}
events-none = W tym okresie nie ma pasujących wydarzeń. Spróbuj innego okresu lub mniej filtrów.
events-today = dziś
events-filter-language = Język
events-filter-only = Tylko wydarzenia, które …
events-filter-free = są bezpłatne
events-filter-childcare = oferują opiekę nad dziećmi
events-filter-evening = zaczynają się po 17:00
events-filter-weekend = odbywają się w weekend
events-filter-apply = Pokaż
events-cancelled = Odwołane
events-cancelled-because = Odwołane: { $reason }
events-registration-needed = Wymagane zgłoszenie
events-registration = Zgłoszenie
events-no-registration = Zgłoszenie nie jest potrzebne – po prostu przyjdź.
events-next-dates = Najbliższe terminy
events-no-next = Obecnie nie zaplanowano kolejnych terminów.
events-add-to-calendar = Dodaj do mojego kalendarza
events-part-of = Należy do oferty
events-every-week = Co tydzień: { $days }, o { $time }
events-every-n-weeks = Co { $n } tyg.: { $days }, o { $time }
events-every-month = Co miesiąc: { $weekday ->
        [wednesday] { $position -> 
            [first] pierwsza
            [second] druga
            [third] trzecia
            [fourth] czwarta
           *[other] ostatnia
        }
        [saturday] { $position -> 
            [first] pierwsza
            [second] druga
            [third] trzecia
            [fourth] czwarta
           *[other] ostatnia
        }
        [sunday] { $position -> 
            [first] pierwsza
            [second] druga
            [third] trzecia
            [fourth] czwarta
           *[other] ostatnia
        }
       *[other] { $nth }
    } { $day } miesiąca, o { $time }
events-nth-1 = pierwszy
events-nth-2 = drugi
events-nth-3 = trzeci
events-nth-4 = czwarty
events-nth--1 = ostatni
events-subscribe-heading = Wydarzenia we własnym kalendarzu
events-subscribe-text = Zasubskrybuj te wydarzenia (z Twoimi filtrami) w aplikacji kalendarza w telefonie. Zmiany i odwołania pojawią się tam same.
events-subscribe = Subskrybuj kalendarz
events-subscribe-copy = Albo dodaj ten adres w aplikacji kalendarza:
events-feed-name = Wegweiser Lichtenberg – wydarzenia
events-error-view = „{ $value }” nie jest widokiem. Możliwe są tydzień, miesiąc i lista.
events-error-date = „{ $value }” nie jest prawidłową datą w kalendarzu (format 2026-12-01).
events-about = O wydarzeniu
register-heading = Zgłoś się
register-no-dates = Obecnie nie ma terminów, na które można się zgłosić.
register-day = Termin
register-name = Twoje imię
register-email = Twój adres e-mail (do potwierdzenia i odwołania)
register-submit = Zarezerwuj miejsce
register-privacy = Do tego zgłoszenia zapisujemy tylko imię i adres e-mail i usuwamy je 30 dni po wydarzeniu. Poza organizatorem nikt ich nie widzi.
register-free = { $count ->
    [one] jeszcze { $count } wolne miejsce
    [few] jeszcze { $count } wolne miejsca
    [many] jeszcze { $count } wolnych miejsc
   *[other] jeszcze { $count } wolnego miejsca
}
register-error-throttled = Z tego adresu przyszło właśnie wiele zgłoszeń. Spróbuj ponownie później.
register-error-waiting-full = Na ten termin lista oczekujących też jest pełna. Wybierz inny termin.
register-full = { $count ->
    [0] brak miejsc – lista oczekujących
    [one] brak miejsc – czeka { $count } osoba
    [few] brak miejsc – czekają { $count } osoby
    [many] brak miejsc – czeka { $count } osób
   *[other] brak miejsc – czeka { $count } osoby
}
register-error-name = Podaj imię (najwyżej 80 znaków).
register-error-email = Podaj prawidłowy adres e-mail, np. imie@przyklad.de.
register-error-day = Wybierz jeden z oferowanych terminów.
register-error-twice = Z tym adresem e-mail jesteś już zgłoszona lub zgłoszony na ten termin. Link do zgłoszenia znajdziesz w e-mailu.
register-title = Twoje zgłoszenie
register-confirmed = { $name }, masz miejsce.
register-waiting = { $name }, brak miejsc: jesteś na liście oczekujących. Gdy zwolni się miejsce, automatycznie je dostaniesz i otrzymasz e-mail.
register-waiting-position = { $count ->
    [one] Jesteś następna lub następny w kolejce.
    [few] Jesteś na { $count }. miejscu listy oczekujących.
    [many] Jesteś na { $count }. miejscu listy oczekujących.
   *[other] Jesteś na { $count }. miejscu listy oczekujących.
}
register-cancelled = To zgłoszenie zostało odwołane.
register-link-hint = Pod tym osobistym linkiem widzisz swoje zgłoszenie i możesz je odwołać. Wysłaliśmy go też e-mailem.
register-cancel = Odwołaj zgłoszenie
mail-register-confirmed-subject = Twoje miejsce: { $event }
mail-register-confirmed-body = Dzień dobry,

    masz miejsce na „{ $event }” dnia { $date }.

    { $place }

    Jeśli nie możesz przyjść, odwołaj zgłoszenie tutaj – wtedy miejsce dostanie ktoś z listy oczekujących:
    { $link }

    Wegweiser Lichtenberg
mail-register-waiting-subject = Lista oczekujących: { $event }
mail-register-waiting-body = Dzień dobry,

    na „{ $event }” dnia { $date } nie ma już miejsc. Jesteś na liście oczekujących; gdy zwolni się miejsce, automatycznie je dostaniesz i otrzymasz e-mail.

    { $place }

    Zobacz lub odwołaj zgłoszenie:
    { $link }

    Wegweiser Lichtenberg
mail-register-promoted-subject = Zwolniło się miejsce: { $event }
mail-register-promoted-body = Dzień dobry,

    na „{ $event }” dnia { $date } zwolniło się miejsce – teraz jest Twoje.

    { $place }

    Odwołać możesz przez link z pierwszego e-maila. Do wydarzenia:
    { $link }

    Wegweiser Lichtenberg
events-admin-title = Wydarzenia
event-reviews-title = Sprawdź wydarzenia
event-reviews-waiting = { $count ->
    [one] { $count } zmiana wydarzenia czeka na sprawdzenie.
    [few] { $count } zmiany wydarzeń czekają na sprawdzenie.
    [many] { $count } zmian wydarzeń czeka na sprawdzenie.
   *[other] { $count } zmiany wydarzeń czeka na sprawdzenie.
}
error-unknown-ortsteil-plain = Takiej dzielnicy w Lichtenbergu nie ma. Użyj krótkiej nazwy, np. fennpfuhl.
poster-scan-event = Zeskanuj kod: wszystkie terminy, miejsce i zgłoszenie – i jednym dotknięciem do własnego kalendarza.
events-exception = nie odbędzie się
events-atom-link = Kanał dla czytników (Atom)
events-error-date-range = Kalendarz pokazuje wydarzenia od { $from } do { $to }; „{ $value }” jest poza tym okresem.
mail-register-where = Gdzie: { $place }
    Organizator: { $organiser }
events-employers = Biorą udział ci pracodawcy
