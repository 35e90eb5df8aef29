## Employers and jobs (the office's fourth and fifth tasks)
employers-title = Pracodawcy przyjaźni rodzinie
employers-lead = Firmy w Lichtenbergu pokazują, co robią dla rodziców: elastyczny czas pracy, część etatu, nauka zawodu w niepełnym wymiarze, zrozumienie, gdy dziecko choruje. Porównaj do trzech obok siebie.
employers-all-sectors = Wszystkie branże
employers-all-ortsteile = Wszystkie dzielnice
employers-choose = Wybierz
employers-pledge-only = Tylko z dobrowolnym zobowiązaniem
employers-pledge-badge = Dobrowolne zobowiązanie: przyjazny rodzinie
employers-count = { $count ->
    [0] Brak pracodawców
    [one] { $count } pracodawca
    [few] { $count } pracodawców
    [many] { $count } pracodawców
   *[other] { $count } pracodawcy
}
employers-none = Nie ma tu jeszcze pracodawców. Spróbuj innego wyboru.
employers-yes-count = { $count ->
    [0] Jeszcze żadne pytanie nie ma odpowiedzi „tak”
    [one] „Tak” na { $count } z 9 pytań
    [few] „Tak” na { $count } z 9 pytań
    [many] „Tak” na { $count } z 9 pytań
   *[other] „Tak” na { $count } z 9 pytań
}
employers-compare-pick = Porównaj: { $name }
employers-compare-hint = Wybierz do trzech pracodawców.
employers-compare-submit = Porównaj wybranych
employers-compare-title = Porównanie pracodawców
employers-compare-caption = Co pracodawcy robią dla rodziców, pytanie po pytaniu
employers-compare-question = Pytanie
employers-compare-too-many = Obok siebie mieści się najwyżej trzech pracodawców; oto pierwsi trzej.
employers-compare-none = Wybierz na liście pracodawców, kogo chcesz porównać.
employers-compare-from-here = Porównaj z innymi
employers-to-jobs = Szukaj ofert pracy i nauki zawodu z pasującymi godzinami
employers-proposed = Ta firma nie jest jeszcze publiczna: biuro koordynacyjne sprawdza zgłoszenie.
employers-where = Gdzie
employers-answers-title = Co firma robi dla rodziców
employers-jobs-title = Otwarte oferty pracy i nauki zawodu
employers-jobs-none = Obecnie brak otwartych ofert.
employers-field-sector = Branża
employers-field-size = Wielkość
employers-field-ortsteil = Dzielnica
employers-field-website = Strona internetowa (dobrowolnie)
employers-field-answer = Odpowiedź
employers-field-note = Wyjaśnienie do „{ $criterion }” (dobrowolnie)
employers-size-micro = od 1 do 9 pracowników
employers-size-small = od 10 do 49 pracowników
employers-size-medium = od 50 do 249 pracowników
employers-size-large = 250 pracowników i więcej
employers-sector-care = Opieka
employers-sector-health = Ochrona zdrowia
employers-sector-retail = Handel
employers-sector-hospitality = Gastronomia i hotelarstwo
employers-sector-office = Biuro i administracja
employers-sector-crafts = Rzemiosło
employers-sector-logistics = Logistyka i transport
employers-sector-education = Edukacja i wychowanie
employers-sector-social = Sektor socjalny
employers-sector-it = IT i media
employers-sector-public-service = Służba publiczna
employers-sector-industry = Przemysł i produkcja
employers-sector-other = Inna branża
employers-answer-none = Brak danych
employers-criterion-flexible-hours = Elastyczny początek i koniec pracy
employers-criterion-flexible-hours-hint = Czy pracownicy mogą na przykład zaczynać po odprowadzeniu dziecka do przedszkola?
employers-criterion-core-hours = Czas podstawowy zgodny z przedszkolem i szkołą
employers-criterion-core-hours-hint = Czy obowiązkowe spotkania i narady wypadają w godzinach, gdy dzieci mają opiekę?
employers-criterion-part-time-models = Modele pracy w niepełnym wymiarze
employers-criterion-part-time-models-hint = Na przykład prawie pełny etat, przedpołudnia, cztery dni.
employers-criterion-part-time-training = Nauka zawodu w niepełnym wymiarze (§ 7a BBiG)
employers-criterion-part-time-training-hint = Czy kształcicie w niepełnym wymiarze albo zrobilibyście to?
employers-criterion-home-office = Praca z domu
employers-criterion-home-office-hint = W całości, w niektóre dni albo gdy dziecko choruje.
employers-criterion-sick-child-leave = Zwolnienie przy chorobie dziecka ponad ustawę
employers-criterion-sick-child-leave-hint = Więcej dni niż przewiduje ustawa albo bez utraty wynagrodzenia.
employers-criterion-childcare-support = Wsparcie w opiece nad dziećmi
employers-criterion-childcare-support-hint = Dopłata, zarezerwowane miejsca, opieka w ferie, opieka awaryjna.
employers-criterion-parent-contact = Osoba kontaktowa dla rodziców
employers-criterion-parent-contact-hint = Osoba, która pomaga rodzicom w sprawach godzenia pracy z rodziną.
employers-criterion-plannable-shifts = Przewidywalne zmiany
employers-criterion-plannable-shifts-hint = Grafiki znane wcześnie, bez nocnych zmian dla rodziców, którzy ich nie chcą.
employers-error-empty = Wypełnij to pole.
employers-error-too-long = Ten tekst jest za długi.
employers-error-invalid = Wybierz z listy lub napisz w jednym wierszu.
employers-error-website = Podaj pełny adres zaczynający się od https://.
employers-error-time = Podaj godzinę, np. 08:30.
employers-error-window-order = Koniec jest przed początkiem. Sprawdź godziny.
employers-error-window-half = Podaj początek i koniec albo zostaw oba pola puste.
employers-error-no-day = Podaj co najmniej jeden dzień pracy z godzinami.
employers-error-hours = Podaj liczbę od 1 do 48.
employers-error-hours-above = Więcej godzin tygodniowo, niż mieszczą podane godziny pracy. Sprawdź godziny.
employers-error-date = Podaj datę, np. 31.03.2027.
employers-error-expiry-past = Ta data już minęła. Podaj datę od dziś.
employers-error-expiry-far = Najwyżej rok naprzód; potem możesz przedłużyć ogłoszenie.
employers-error-count = { $count ->
    [one] Sprawdź { $count } pole; wskazówka jest przy polu.
    [few] Sprawdź { $count } pola; wskazówki są przy polach.
    [many] Sprawdź { $count } pól; wskazówki są przy polach.
   *[other] Sprawdź { $count } pola; wskazówki są przy polach.
}
employers-register-title = Dołącz jako pracodawca
employers-register-lead = Pokaż rodzicom, co Twoja firma dla nich robi, i publikuj oferty z godzinami pracy pasującymi do przedszkola i szkoły. Biuro koordynacyjne udostępni Twój profil po przejrzeniu.
employers-register-link = Zgłoś firmę
employers-admin-link = { $count ->
    [0] Pracodawcy: brak otwartych zgłoszeń
    [one] Pracodawcy: { $count } otwarte zgłoszenie
    [few] Pracodawcy: { $count } otwarte zgłoszenia
    [many] Pracodawcy: { $count } otwartych zgłoszeń
   *[other] Pracodawcy: { $count } otwartego zgłoszenia
}
## Jobs
jobs-title = Oferty pracy i nauki zawodu
jobs-lead = Powiedz, kiedy możesz pracować. Zobaczysz tylko oferty, których godziny pracy w każdym dniu mieszczą się w Twoim przedziale czasu.
jobs-field-q = Szukane słowo
jobs-field-days = W te dni mogę pracować
jobs-field-days-hint = Z godzinami od i do: na przykład od poniedziałku do piątku od 08:30 do 14:30.
jobs-field-from = Od
jobs-field-to = Do
jobs-field-near = W pobliżu (kod pocztowy lub dzielnica)
jobs-field-near-hint = Odległość mierzy się między środkami dzielnic.
jobs-field-km = Odległość
jobs-distance-any = Dowolna
jobs-distance-within = do { $km } km
jobs-distance-same = w tej samej dzielnicy
jobs-distance-about = około { $distance }
jobs-all-kinds = Wszystkie rodzaje
jobs-search = Szukaj ofert
jobs-count = { $count ->
    [0] Brak ofert
    [one] { $count } oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}
jobs-none = Obecnie brak otwartych ofert.
jobs-none-filtered = Żadna oferta nie pasuje do tego wyboru. Spróbuj szerszego przedziału czasu lub więcej dni.
jobs-error-no-day = Zaznacz co najmniej jeden dzień.
jobs-error-window = Podaj dwie godziny; koniec musi być po początku.
jobs-until = Widoczne do { $date }
jobs-when = Godziny pracy
jobs-start-now = od zaraz
jobs-hours-week = { $hours ->
    [one] { $hours } godzina tygodniowo
    [few] { $hours } godziny tygodniowo
    [many] { $hours } godzin tygodniowo
   *[other] { $hours } godziny tygodniowo
}
jobs-kind-job = Praca
jobs-kind-training = Nauka zawodu
jobs-kind-part-time-training = Nauka zawodu w niepełnym wymiarze
jobs-ortsteil-company = W siedzibie firmy
jobs-field-kind = Rodzaj
jobs-field-weekly-hours = Godzin tygodniowo
jobs-start = Początek
jobs-visible-until = Widoczne do
## Contact requests to employers
contact-link = Nawiąż kontakt
contact-link-general = Nawiąż kontakt z własnej inicjatywy
contact-title = Kontakt z { $employer }
contact-about-job = Dotyczy oferty: { $job }
contact-intro = Ty decydujesz, czego firma się o Tobie dowie. Odpowiedź przyjdzie tutaj, do Wegweiser; Twój adres firma zobaczy tylko, jeśli go udostępnisz.
contact-share-legend = Co udostępniasz
contact-share-email = Mój adres e-mail ({ $email })
contact-share-name = Moje imię i nazwisko
contact-field-name = Imię i nazwisko
contact-field-phone = Telefon (dobrowolnie)
contact-field-message = Twoja wiadomość
contact-field-message-hint = Wystarczy kilka zdań: czego szukasz i kiedy możesz pracować. Najwyżej 1000 znaków.
contact-field-cv = Życiorys (dobrowolnie)
contact-field-cv-hint = Tylko PDF, najwyżej 800 KB. Zostanie usunięty po 90 dniach.
contact-send = Wyślij zapytanie
contact-list-parent = Twoje zapytania do pracodawców
contact-list-employer = Zapytania od rodziców
contact-shared-title = Udostępnione dane
contact-not-shared = nie udostępniono
contact-email = Adres e-mail
contact-no-cv = brak
contact-messages = Wiadomości
contact-answer = Twoja odpowiedź
contact-reply = Twoja wiadomość
contact-notice-gesendet = Twoje zapytanie zostało wysłane. Odpowiedź znajdziesz tutaj; wyślemy Ci e-mail, gdy nadejdzie.
contact-notice-geantwortet = Twoja wiadomość została wysłana.
contact-mail-new-subject = Nowe zapytanie od rodzica
contact-mail-new-body = Dzień dobry,

    rodzic wysłał Twojej firmie zapytanie w Wegweiser Lichtenberg. Przeczytasz je i odpowiesz po zalogowaniu:

    { $link }

    Twój Wegweiser Lichtenberg
contact-mail-answer-subject = Nowa wiadomość w sprawie Twojego zapytania
contact-mail-answer-body = Dzień dobry,

    w sprawie zapytania w Wegweiser Lichtenberg jest nowa wiadomość. Przeczytasz ją po zalogowaniu:

    { $link }

    Twój Wegweiser Lichtenberg
jobs-feed-name = Oferty pracy w Wegweiser Lichtenberg
jobs-feed-link = Subskrybuj to wyszukiwanie jako kanał (Atom)
pledge-campaign-link = Więcej o dobrowolnym zobowiązaniu
account-delete-company = Jesteś jedyną osobą z { $company }. Razem z Twoim kontem zostaną usunięte firma, jej oferty i zapytania rodziców.
employers-fairs-own = Tutaj możesz nas spotkać
jobs-fairs = Targi pracy i dni informacyjne
employers-in-pledge = Uczestnik dobrowolnego zobowiązania
employers-field-name = Nazwa firmy
employers-field-address = Ulica i numer domu (dobrowolnie)
employers-field-description = Opis
employers-field-description-hint = Czym zajmuje się Twoja firma i kogo szukasz?
employers-field-website-hint = Z https:// na początku.
employers-field-contact-name = Twoje imię i nazwisko
employers-field-email = Twój adres e-mail
employers-answer-yes = Tak
employers-answer-partly = Częściowo
employers-answer-no = Nie
employers-register-company = Twoja firma
employers-register-person = Twoje zgłoszenie
employers-register-consent = Zgadzam się na opublikowanie danych firmy oraz na zapisanie mojego imienia, nazwiska i adresu na potrzeby konta.
employers-register-submit = Zgłoś
pledge-title = Praca przyjazna rodzinie w Lichtenbergu
pledge-lead = Pracodawcy w okręgu zobowiązują się oferować rodzicom to, czego potrzebują, aby pogodzić pracę i dzieci – zwłaszcza rodzicom, którzy wychowują dzieci samotnie. Co do tego należy, ustala biuro koordynacyjne dla samotnych rodziców.
pledge-criteria-title = Czego wymaga dobrowolne zobowiązanie
pledge-criteria-lead = Pracodawca nosi znak, jeśli na każde z tych pytań odpowiada „tak”:
pledge-members = { $count ->
    [0] Jeszcze żaden pracodawca ich nie spełnia
    [one] { $count } pracodawca je spełnia
    [few] { $count } pracodawców je spełnia
    [many] { $count } pracodawców je spełnia
   *[other] { $count } pracodawcy je spełnia
}
pledge-join-title = Dla pracodawców: jak dołączyć
pledge-join-lead = Zarejestruj firmę i odpowiedz na dziewięć pytań o przyjazność rodzinie. Po sprawdzeniu przez biuro koordynacyjne Twój profil będzie publiczny; jeśli spełniasz warunki, otrzyma znak, a Ty możesz wydrukować plakat do witryny.
pledge-print-title = Do powieszenia i rozdania
pledge-print-lead = Plakat na tablice ogłoszeń w przedszkolu, Jobcenter i centrum rodzinnym oraz ulotka do zabrania.
jobs-only-german = To ogłoszenie jest opisane tylko po niemiecku.
