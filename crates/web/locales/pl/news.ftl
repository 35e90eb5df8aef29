## News, campaigns, the newsletter and their editors.
news-title = Aktualności
news-lead = Nowości i akcje biura koordynacyjnego i organizacji w Lichtenbergu.
news-feed-link = Subskrybuj kanał (Atom)
news-campaigns = Akcje
news-articles = Nowości
news-none = Jeszcze brak wpisów.
news-back = Wszystkie nowości
article-updated = zaktualizowano { $date }
article-events = Pasujące wydarzenia
campaign-events = Wydarzenia akcji
article-offers = Pasujące oferty
campaign-offers = Oferty w ramach akcji
article-articles = Więcej na ten temat
campaign-articles = Wpisy o akcji
article-event-past = brak nadchodzących terminów
articles-admin-title = Nowości i akcje
article-image = Obraz
newsletter-title = Newsletter
newsletter-lead = Raz w miesiącu: nowe oferty, wydarzenia najbliższych tygodni i nowości dla samotnych rodziców w Lichtenbergu.
newsletter-email = Twój adres e-mail
newsletter-submit = Subskrybuj
newsletter-privacy = Zapisujemy tylko Twój adres i Twój język. Najpierw dostaniesz e-mail z linkiem potwierdzającym; bez potwierdzenia usuniemy adres po 7 dniach. Każde wydanie zawiera link, którym jednym kliknięciem się wypiszesz; wtedy usuwamy adres. Bez pikseli śledzących, bez przekazywania dalej.
newsletter-sent = Prawie gotowe: wysłaliśmy e-mail na adres { $email }. Kliknij link w wiadomości, aby potwierdzić subskrypcję.
newsletter-sent-more = Nie dostałeś e-maila? Sprawdź folder spam. Jeśli adres jest już zapisany, nie wysyłamy nowego e-maila.
newsletter-confirm-question = Czy chcesz otrzymywać newsletter Wegweiser Lichtenberg?
newsletter-confirm-submit = Tak, potwierdź subskrypcję
newsletter-confirmed = Dziękujemy! Będziesz otrzymywać newsletter od następnego wydania.
newsletter-link-invalid = Ten link już nie działa: został użyty albo jest starszy niż 7 dni.
newsletter-again = Zapisz się ponownie
newsletter-leave-question = Czy chcesz zrezygnować z newslettera?
newsletter-leave-submit = Wypisz się
newsletter-left = Wypisano Cię. Usunęliśmy Twój adres.
newsletter-error-email = Podaj prawidłowy adres e-mail, na przykład imie@przyklad.de.
newsletter-error-throttled = Za dużo prób. Spróbuj ponownie później.
mail-newsletter-confirm-subject = Potwierdź subskrypcję newslettera
mail-newsletter-confirm-body = Dzień dobry,

    ktoś (mamy nadzieję, że Ty) chce otrzymywać newsletter Wegweiser Lichtenberg na ten adres. Potwierdź to tutaj:

    { $link }

    Jeśli to nie Ty, nic nie rób: bez potwierdzenia usuniemy adres po { $days } dniach.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = Otrzymujesz ten newsletter, ponieważ go zamówiłeś. Wypisz się jednym kliknięciem: { $link }
newsletter-section-offers = Nowe oferty
newsletter-section-events = Wydarzenia
newsletter-section-articles = Nowości
newsletter-suggested-subject = Nowości dla samotnych rodziców w Lichtenbergu – { $month }
newsletter-suggested-intro = Drogie Czytelniczki i drodzy Czytelnicy,

    oto co nowego: nowe oferty, wydarzenia najbliższych tygodni i nowości z okręgu.
newsletter-admin-title = Newsletter
newsletter-admin-counts = Potwierdzone adresy: { $confirmed }, czekające na potwierdzenie: { $pending }.
newsletter-admin-sent-to = Wysłano { $date } na adresy: { $count }.
newsletter-admin-draft = Szkic
newsletter-error-subject = Podaj temat o długości najwyżej 150 znaków.
newsletter-error-intro = Wstęp jest za długi.
poster-scan-campaign = Zeskanuj kod: wszystkie wydarzenia i oferty akcji, zawsze aktualne.
