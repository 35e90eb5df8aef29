## The site frame, the home page and the emergency contacts.
emergency-title = Nagłe wypadki i szybka pomoc
emergency-intro = Pod tymi numerami pomogą od razu, bezpłatnie i na życzenie anonimowo. W razie zagrożenia życia lub zdrowia dzwoń pod 110 lub 112.
emergency-more-offers = Inne oferty w kryzysie i przy przemocy
emergency-police-name = Policja
emergency-police-hours = zawsze
emergency-ambulance-name = Straż pożarna i pogotowie ratunkowe
emergency-ambulance-hours = zawsze
emergency-violence-women-name = Telefon pomocy przy przemocy wobec kobiet (Hilfetelefon Gewalt gegen Frauen)
emergency-violence-women-hours = całą dobę, w 18 językach
emergency-big-hotline-name = Infolinia BIG przy przemocy domowej (Berlin)
emergency-big-hotline-hours = całą dobę
emergency-child-protection-name = Berlińska infolinia ochrony dzieci (Hotline Kinderschutz)
emergency-child-protection-hours = całą dobę, także dla rodziców
emergency-parents-phone-name = Telefon dla rodziców (Nummer gegen Kummer)
emergency-parents-phone-hours = pn–pt 9–17, wt. i czw. do 19
emergency-crisis-line-name = Telefon zaufania (TelefonSeelsorge)
emergency-crisis-line-hours = całą dobę
emergency-pregnant-in-need-name = Telefon pomocy dla kobiet w ciąży w trudnej sytuacji
emergency-pregnant-in-need-hours = całą dobę, anonimowo
quick-exit-heading = Szybko opuść stronę
quick-exit-explained = Przycisk „Szybko opuść stronę” u góry każdej strony od razu otwiera stronę z pogodą. Z klawiatury też się da: naciśnij Escape (gdy piszesz w polu – dwa razy szybko po sobie, żeby nic rozpoczętego nie przepadło) albo trzy razy klawisz Shift.
quick-exit-back = Strona, na której naciśniesz przycisk, zostaje w historii zastąpiona stroną z pogodą: przyciskiem „Wstecz” nie da się na nią wrócić. Strony tej witryny otwarte wcześniej zostają jednak w historii i „Wstecz” prowadzi do nich.
quick-exit-history = Jeśli ktoś jeszcze korzysta z Twojego urządzenia, usuń potem historię: w Chrome, Edge i Firefox skrótem Ctrl + Shift + Delete (na Macu ⌘ + Shift + Delete), na iPhonie w Ustawienia › Safari › Wymaż historię i dane witryn, na telefonach z Androidem w Chrome przez ⋮ › Historia › Wyczyść dane przeglądania. Bezpieczniej jest otworzyć tę stronę w oknie prywatnym (tryb incognito): wtedy historia nie zostaje.
home-title = Pomoc dla samotnych rodziców w Lichtenbergu
home-heading = Pomoc dla samotnych rodziców w Lichtenbergu
home-intro = Znajdź doradztwo, opiekę nad dziećmi, pomoc w sprawach pieniędzy i wniosków, pracę i miejsca spotkań w pobliżu – bez rejestracji.
home-total = { $count ->
    [one] { $count } oferta w Wegweiser
    [few] { $count } oferty w Wegweiser
    [many] { $count } ofert w Wegweiser
   *[other] { $count } oferty w Wegweiser
}
home-quick-help = Szybka pomoc
home-quick-help-text = Potrzebujesz pomocy natychmiast? Te numery są bezpłatne i anonimowe.
home-all-emergency = Wszystkie numery alarmowe
home-categories = Czego potrzebujesz?
home-ortsteile = Oferty w Twojej dzielnicy
search-placeholder = np. doradztwo, przedszkole, alimenty
home-chains = Co trzeba zrobić? Drogi przez Twoją sytuację życiową
home-chains-text = Krok po kroku, z terminami, dokumentami i urzędami w Lichtenbergu. Odhaczać można bez rejestracji.
home-tandem = Poznaj innych samotnych rodziców
home-tandem-text = W „Tandemie” Wegweiser proponuje Ci rodziców w pobliżu z dziećmi w tym samym wieku – tylko za Twoją zgodą, bez adresu, a pisać do siebie możecie dopiero, gdy oboje się zgodzicie.
home-tandem-link = Do Tandemu
home-work = Praca, która pasuje do przedszkola i szkoły
home-work-text = Powiedz, w które dni i o jakich godzinach możesz pracować: zobaczysz tylko oferty pracy i miejsca nauki zawodu, które mieszczą się w każdym dniu pracy – u pracodawców, którzy pokazują, co robią dla rodziców.
home-work-jobs = Szukaj pracy
home-work-employers = Pracodawcy przyjaźni rodzinie
home-coming-up = Wkrótce w Lichtenbergu
home-all-events = Wszystkie wydarzenia i spotkania
home-news = Aktualności
home-all-news = Wszystkie aktualności i akcje
page-title-ueber-uns = O nas i kontakt
page-title-impressum = Nota prawna
page-title-datenschutz = Polityka prywatności
page-title-barrierefreiheit = Deklaracja dostępności
page-missing = Ten tekst jest właśnie pisany przez biuro koordynacyjne.
page-updated = Stan na: { $date }
content-only-german-page = Ta strona jest dostępna tylko po niemiecku.
pages-admin-title = Strony biura koordynacyjnego
pages-edit-title = Edytuj: { $page }
page-error-conflict = W międzyczasie ktoś inny zapisał tę stronę. Odśwież stronę i przenieś swoje zmiany.
article-kind-news = Nowość
article-kind-campaign = Akcja
