## Tandem (peers): private profiles, suggestions, consent, blocking
tandem-title = Tandem: poznaj innych samotnych rodziców
tandem-lead = Znajdź innego rodzica w pobliżu z dziećmi w tym samym wieku – do rozmowy, wzajemnej opieki nad dziećmi albo wspólnych wycieczek.
tandem-how-title = Jak to działa
tandem-how-1 = Zakładasz prywatny profil: dzielnica, wiek dzieci, języki, czego szukasz i kiedy masz czas.
tandem-how-2 = Wegweiser proponuje Ci rodziców, z którymi masz najwięcej wspólnego, i mówi, co to jest.
tandem-how-3 = Pisać do siebie możecie dopiero, gdy oboje się zgodzicie.
tandem-safe-title = Twoje bezpieczeństwo jest najważniejsze
tandem-safe-1 = Nie ma publicznej listy: Twój profil widzą tylko rodzice, którym został zaproponowany.
tandem-safe-2 = Inni widzą tylko Twoje imię lub pseudonim, dzielnicę i grupy wiekowe dzieci – nigdy adres, nigdy imiona ani daty urodzenia dzieci.
tandem-safe-3 = Zgodę możesz wycofać w każdej chwili; Twój profil od razu staje się niewidoczny dla wszystkich.
tandem-sign-in = Zaloguj się kontem rodzica
tandem-sign-up = Załóż konto dla rodziców (wystarczy adres e-mail i hasło)
tandem-parents-only = Tandem jest dla kont rodziców. Tym kontem nie założysz profilu w Tandemie.
tandem-create = Załóż profil w Tandemie
tandem-edit = Edytuj profil
tandem-withdrawn = Wycofałaś/wycofałeś zgodę. Twój profil nie jest nikomu proponowany i nie widzisz propozycji.
tandem-consent-again = Wyraź zgodę ponownie
tandem-suggestions-lead = Ci rodzice mają z Tobą najwięcej wspólnego. Widzisz tylko to, co i Ty pokazujesz o sobie.
tandem-suggestions-title = Propozycje dla Ciebie
tandem-suggestions-none = Teraz nikt nie pasuje do Twojego profilu. Zajrzyj później albo poszerz, czego szukasz i kogo chcesz poznać.
tandem-card-facts = { $ortsteil } · Dzieci: { $ages }
tandem-block = Zablokuj: { $name }
tandem-block-note = Zablokowana osoba nie widzi Cię już i nie jest Ci proponowana. Nie dowie się o tym.
tandem-notice-gesperrt = Zablokowano. Nie widzicie się już nawzajem.
tandem-notice-geloescht = Twój profil w Tandemie został usunięty.
tandem-notice-widerrufen = Twoja zgoda została wycofana. Twój profil jest od teraz niewidoczny dla wszystkich.
tandem-notice-gespeichert = Twój profil został zapisany.
tandem-tile-few = Tandem: bierze udział mniej niż 5 rodziców.
tandem-tile-count = { $count ->
    [one] Tandem: bierze udział { $count } rodzic.
    [few] Tandem: bierze udział { $count } rodziców.
    [many] Tandem: bierze udział { $count } rodziców.
   *[other] Tandem: bierze udział { $count } rodziców.
}
## The sentence that says what two parents share
tandem-why = Co was łączy: { $clauses }.
tandem-why-expecting = oboje spodziewacie się dziecka
tandem-why-children = oboje macie dzieci { $ages }
tandem-why-ortsteil = oboje mieszkacie w dzielnicy { $ortsteil }
tandem-why-near = mieszkacie niedaleko siebie
tandem-why-languages = wspólny język: { $languages }
tandem-why-looking = oboje szukacie: { $what }
tandem-why-times = oboje macie czas: { $when }
tandem-why-interests = oboje lubicie: { $what }
## The profile form
tandem-profile-title = Twój profil w Tandemie
tandem-profile-lead = Podaj tylko to, co mogą widzieć inni rodzice. Bez adresu, numeru telefonu i imion dzieci.
tandem-choose = Wybierz
tandem-field-display-name = Imię lub pseudonim
tandem-field-display-name-hint = To widzą inni rodzice. Pseudonim jest równie dobry.
tandem-field-ortsteil = Dzielnica
tandem-field-ortsteil-hint = Tylko dzielnica, nigdy ulica.
tandem-field-child-ages = Wiek Twoich dzieci
tandem-field-child-ages-hint = Grupy wiekowe, nie daty urodzenia.
tandem-field-languages = Języki, którymi mówisz
tandem-field-looking-for = Czego szukasz?
tandem-field-free-times = Kiedy zwykle masz czas?
tandem-field-interests = Co lubisz robić? (dobrowolnie)
tandem-field-identity = Jesteś
tandem-field-identity-hint = Tylko po to, komu Cię proponować; inni tego nie widzą.
tandem-field-wants = Kogo chcesz poznać?
tandem-consent = Zgadzam się, aby mój profil był proponowany innym rodzicom w Tandemie. Mogę to w każdej chwili wycofać.
tandem-save = Zapisz
tandem-consent-title = Zgoda
tandem-consent-given = Twój profil jest proponowany pasującym rodzicom. Jeśli wycofasz zgodę, od razu stanie się niewidoczny dla wszystkich.
tandem-consent-withdraw = Wycofaj zgodę
tandem-delete-title = Usuń profil
tandem-delete-intro = Twój profil w Tandemie i Twoje blokady zostaną usunięte. Konto zostaje.
tandem-delete = Usuń profil w Tandemie
tandem-error-name-missing = Podaj imię lub pseudonim.
tandem-error-name-too-long = Najwyżej 30 znaków.
tandem-error-name-contact = Bez cyfr, adresów e-mail i linków: dane kontaktowe nie należą do profilu.
tandem-error-ortsteil = Wybierz swoją dzielnicę.
tandem-error-child-ages = Wybierz co najmniej jedną grupę wiekową.
tandem-error-languages = Wybierz co najmniej jeden język.
tandem-error-looking-for = Wybierz co najmniej jedną opcję.
tandem-error-unknown = Takiej opcji nie ma. Wybierz z listy.
tandem-error-consent = Bez Twojej zgody nie możemy nikomu zaproponować Twojego profilu.
tandem-age-expecting = dziecko w drodze
tandem-age-under3 = poniżej 3 lat
tandem-age-3to5 = od 3 do 5 lat
tandem-age-6to9 = od 6 do 9 lat
tandem-age-10to13 = od 10 do 13 lat
tandem-age-14plus = od 14 lat
tandem-looking-talk = Wymiana i rozmowy
tandem-looking-talk-short = rozmowy
tandem-looking-childcare = wzajemna opieka nad dziećmi
tandem-looking-childcare-short = wzajemna opieka nad dziećmi
tandem-looking-leisure = Czas wolny z dziećmi
tandem-looking-leisure-short = czas wolny z dziećmi
tandem-looking-work = Wymiana o pracy i nauce zawodu
tandem-looking-work-short = wymiana o pracy i nauce zawodu
tandem-time-mornings = przed południem
tandem-time-mornings-short = przed południem
tandem-time-afternoons = po południu
tandem-time-afternoons-short = po południu
tandem-time-evenings = wieczorem
tandem-time-evenings-short = wieczorem
tandem-time-weekends = w weekend
tandem-time-weekends-short = w weekend
tandem-interest-outdoors = Wycieczki na łono natury
tandem-interest-playgrounds = Place zabaw
tandem-interest-sport = Sport
tandem-interest-crafts = Prace plastyczne i rękodzieło
tandem-interest-cooking = Gotowanie
tandem-interest-music = Muzyka
tandem-interest-reading = Czytanie
tandem-interest-games = Gry
tandem-identity-mother = Matka
tandem-identity-father = Ojciec
tandem-identity-other = inaczej / wolę nie mówić
tandem-wants-anyone = wszystkich rodziców
tandem-wants-mothers = tylko matki
tandem-wants-fathers = tylko ojców
## Contacts, conversations, reports
tandem-request = Poznaj: { $name }
tandem-requested = Zapytanie wysłane
tandem-to-conversation = Do wiadomości
tandem-notice-angefragt = Twoje zapytanie zostało wysłane. Druga osoba widzi tylko Twoje imię, dzielnicę i grupy wiekowe dzieci – pisać możecie, gdy się zgodzi.
tandem-notice-gemeldet = Dziękujemy. Biuro koordynacyjne przyjrzy się Twojemu zgłoszeniu.
tandem-too-many-requests = Wysłałaś/wysłałeś dziś już wiele zapytań. Poczekaj do jutra.
tandem-too-many-messages = Napisałaś/napisałeś dziś już bardzo wiele wiadomości. Spróbuj ponownie jutro.
tandem-too-many-reports = Wysłałaś/wysłałeś dziś już wiele zgłoszeń. Jeśli jesteś w niebezpieczeństwie, dzwoń pod 110.
tandem-contacts-title = Twoje kontakty
tandem-incoming-title = Zapytania do Ciebie
tandem-incoming-none = Teraz nikt nie wysłał Ci zapytania.
tandem-incoming-intro = Jeśli przyjmiesz, możecie do siebie pisać. Jeśli odrzucisz, ta osoba się o tym nie dowie.
tandem-accept = Pisz z: { $name }
tandem-decline = Odrzuć
tandem-matched-title = Twoje rozmowy
tandem-matched-none = Jeszcze żadnych. Gdy ktoś przyjmie Twoje zapytanie albo Ty przyjmiesz czyjeś, rozmowa pojawi się tutaj.
tandem-outgoing-title = Twoje zapytania, które jeszcze czekają
tandem-conversation-title = Wiadomości: { $name }
tandem-conversation-safety = Podawaj swój adres dopiero, gdy masz pewność. Na pierwsze spotkanie umówcie się w miejscu publicznym, na przykład w centrum rodzinnym.
tandem-conversation-empty = Jeszcze brak wiadomości. Napisz najpierw, kiedy masz czas.
tandem-messages = Wiadomości
tandem-you = Ty
tandem-write = Twoja wiadomość
tandem-send = Wyślij
tandem-safety-title = Jeśli coś jest nie tak
tandem-report-message = Zgłoś tę wiadomość
tandem-report-profile = Zgłoś: { $name }
tandem-report-reason = Co się stało? (dobrowolnie)
tandem-report-send = Wyślij zgłoszenie
tandem-error-message-empty = Napisz wiadomość.
tandem-error-message-too-long = Najwyżej 2.000 znaków.
tandem-error-message-control = Wiadomość zawiera znaki sterujące. Napisz ją ponownie.
tandem-mail-request-subject = Ktoś chce Cię poznać w Tandemie
tandem-mail-request-body = Dzień dobry,

    inny rodzic chce Cię poznać w Tandemie Wegweiser Lichtenberg. Kto to jest i co was łączy, zobaczysz po zalogowaniu tutaj:

    { $link }

    Ty decydujesz, czy chcecie do siebie pisać. Jeśli odmówisz, ta osoba się o tym nie dowie.

    Twój Wegweiser Lichtenberg
tandem-mail-accepted-subject = Twoje zapytanie w Tandemie zostało przyjęte
tandem-mail-accepted-body = Dzień dobry,

    Twoje zapytanie w Tandemie Wegweiser Lichtenberg zostało przyjęte. Możecie teraz do siebie pisać:

    { $link }

    Twój Wegweiser Lichtenberg
tandem-mail-message-subject = Nowa wiadomość w Tandemie
tandem-mail-message-body = Dzień dobry,

    masz nową wiadomość w Tandemie Wegweiser Lichtenberg. Przeczytasz ją po zalogowaniu:

    { $link }

    Twój Wegweiser Lichtenberg
tandem-mail-warning-subject = Uwaga biura koordynacyjnego dotycząca Tandemu
tandem-mail-warning-body = Dzień dobry,

    inny rodzic zgłosił coś, co napisałaś/napisałeś w Tandemie Wegweiser Lichtenberg. Pisz z szacunkiem i nie wysyłaj niczego, czego inni nie chcą. Jeśli to się powtórzy, zablokujemy Twoje konto.

    { $link }

    Koordinierungsstelle Alleinerziehende Lichtenberg
## Moderation
tandem-moderation-link = { $count ->
    [0] Tandem: brak otwartych zgłoszeń
    [one] Tandem: { $count } otwarte zgłoszenie
    [few] Tandem: { $count } otwarte zgłoszenia
    [many] Tandem: { $count } otwartych zgłoszeń
   *[other] Tandem: { $count } otwartego zgłoszenia
}
## Groups and Treffs
groups-title = Grupy i spotkania
groups-lead = Grupy samopomocy, kawiarenki dla rodziców, spacery, grupy online i spotkania ojców w Lichtenbergu – wystarczy przyjść albo wysłać zapytanie.
groups-all-ortsteile = Wszystkie dzielnice
groups-show = Pokaż
groups-none = Nie ma tu jeszcze żadnej grupy. Może chcesz ją założyć?
groups-online = online
groups-online-or-choose = Online (bez dzielnicy)
groups-fact-ages = Dzieci { $ages }
groups-fact-languages = język: { $languages }
groups-fact-children = Można przyjść z dziećmi
groups-fact-wheelchair = dostępne dla wózków
groups-join-open = Po prostu przyjdź
groups-join-request = Na zapytanie – grupa Cię przyjmuje
groups-run-by = Organizator: { $name }
groups-run-by-parent = Organizowane przez rodziców
groups-kind-self-help = Grupa samopomocy
groups-kind-cafe = Kawiarenka i spotkanie dla rodziców
groups-kind-walking = Spacery i ruch
groups-kind-online = Grupa online
groups-kind-fathers = Dla ojców
groups-kind-other = Inna grupa
groups-where = Gdzie
groups-who = Dla kogo
groups-organiser = Organizuje
groups-in-calendar = Terminy w kalendarzu
groups-proposed = Ta propozycja nie jest jeszcze publiczna: biuro koordynacyjne ją sprawdza.
groups-ask = Poproś o dołączenie
groups-ask-note = Grupa widzi tylko imię, które tu podasz, i przyjmuje Cię. Potem czytasz i piszesz jej wiadomości.
groups-sign-in-note = Aby dołączyć do grupy i pisać, potrzebujesz konta rodzica.
groups-membership-requested = Twoje zapytanie zostało wysłane.
groups-members-title = Zapytania i członkowie
groups-members-none = Nikt jeszcze nie pytał.
groups-member-unnamed = Rodzic
groups-accept = Przyjmij: { $name }
groups-propose-title = Zaproponuj grupę
groups-propose-intro = Chcesz założyć spotkanie? Opisz je; biuro koordynacyjne opublikuje je po przejrzeniu. Twoje imię nie będzie podane.
groups-propose-link = Zaproponuj grupę (konto rodzica)
groups-propose-submit = Wyślij propozycję
groups-field-name = Nazwa grupy
groups-field-kind = Rodzaj
groups-field-description = Opis
groups-field-ortsteil = Dzielnica
groups-field-rhythm = Kiedy
groups-field-rhythm-hint = Na przykład: co drugi wtorek, od 16 do 18
groups-field-child-ages = Wiek dzieci
groups-field-languages = Języki
groups-field-join-mode = Udział
groups-error-empty = Wypełnij to pole.
groups-error-too-long = Ten tekst jest za długi.
groups-error-invalid = Wybierz z listy lub napisz w jednym wierszu.
groups-too-many = Zaproponowałaś/zaproponowałeś dziś już kilka grup. Poczekaj do jutra.
groups-admin-title = Grupy: propozycje
groups-admin-link = { $count ->
    [0] Grupy: brak otwartych propozycji
    [one] Grupy: { $count } otwarta propozycja
    [few] Grupy: { $count } otwarte propozycje
    [many] Grupy: { $count } otwartych propozycji
   *[other] Grupy: { $count } otwartej propozycji
}
groups-in-search = Pasujące grupy i spotkania
groups-count = { $count ->
    [0] Brak grup
    [one] { $count } grupa
    [few] { $count } grupy
    [many] { $count } grup
   *[other] { $count } grupy
}
## Taking part in a group: joining, members, the group's messages
groups-join-title = Pisz w grupie
groups-join-note = Na spotkanie możesz po prostu przyjść. Gdy dołączysz, czytasz i piszesz wiadomości grupy.
groups-join-submit = Dołącz
groups-field-member-name = Twoje imię w grupie
groups-field-member-name-hint = Imię lub pseudonim. Grupa widzi tylko to imię, nigdy Twojego adresu e-mail.
groups-withdraw = Wycofaj zapytanie
groups-leave = Opuść grupę
groups-notice-beigetreten = Jesteś w grupie. Poniżej są wiadomości grupy.
groups-notice-angefragt = Twoje zapytanie zostało wysłane. Dostęp dostaniesz, gdy grupa Cię przyjmie.
groups-notice-verlassen = Nie jesteś już w grupie.
groups-notice-gemeldet = Dziękujemy. Biuro koordynacyjne przyjrzy się Twojemu zgłoszeniu.
groups-notice-gesperrt = Zablokowano. Nie widzicie już swoich wiadomości; ta osoba się o tym nie dowie.
groups-messages-title = Wiadomości grupy
groups-messages-safety = Te wiadomości czytają tylko członkowie. Nie wpisuj adresów ani numerów telefonów; linki nie będą klikalne.
groups-messages-none = Jeszcze brak wiadomości. Napiszesz pierwszą?
groups-message-actions = Zgłoś lub zablokuj
groups-write = Wiadomość do grupy
groups-author-staff = { $name } (zespół)
groups-membership-member-other = uczestniczy
groups-membership-asked = wysłał(a) zapytanie
groups-remove = Usuń: { $name }
groups-report-group = Zgłoś tę grupę
groups-too-many-messages = Napisałaś/napisałeś dziś już wiele wiadomości w grupach. Poczekaj do jutra.
groups-mail-request-subject = Nowe zapytanie do Twojej grupy
groups-mail-request-body = Dzień dobry,

    ktoś chce dołączyć do Twojej grupy w Wegweiser Lichtenberg. Po zalogowaniu możesz przyjąć zapytanie:

    { $link }

    Twój Wegweiser Lichtenberg
groups-mail-message-subject = Nowe wiadomości w Twojej grupie
groups-mail-message-body = Dzień dobry,

    w jednej z Twoich grup w Wegweiser Lichtenberg są nowe wiadomości. Przeczytasz je po zalogowaniu:

    { $link }

    Dopóki ich nie przeczytasz, nie wyślemy kolejnego e-maila o tej grupie.

    Twój Wegweiser Lichtenberg
groups-only-german = Ta grupa jest opisana tylko po niemiecku.
groups-edit-link = Edytuj i przetłumacz grupę
groups-edit-title = Edytuj grupę
groups-edit-intro = To, co tu napiszesz, wszyscy zobaczą na stronie grupy. Tłumaczenia są dobrowolne: gdzie go brak, strona pokazuje tekst niemiecki z informacją.
groups-edit-submit = Zapisz zmiany
groups-edit-back = Wróć do grupy
groups-notice-gespeichert = Zmiany zostały zapisane.
