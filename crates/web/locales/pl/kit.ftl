## Shared by every area: the page frame's pieces, errors, forms, dates and vocabularies.
site-name = Wegweiser Lichtenberg
site-description = Pomoc i wsparcie dla samotnych rodziców w Berlinie-Lichtenbergu: doradztwo, opieka nad dziećmi, pieniądze, praca, mieszkanie i miejsca spotkań – blisko domu.
skip-to-content = Przejdź do treści
quick-exit = Szybko opuść stronę
quick-exit-key = (Esc)
nav-label = Menu główne
nav-search = Znajdź pomoc
nav-categories = Tematy
nav-ortsteile = Dzielnice
nav-emergency = Nagłe wypadki i szybka pomoc
language-label = Język
footer-about = Wegweiser to platforma biura koordynacyjnego dla samotnych rodziców w Lichtenbergu (Koordinierungsstelle Alleinerziehende Lichtenberg). Mniej więcej co trzecia rodzina w okręgu to rodzina z jednym rodzicem.
footer-privacy = Ta strona nie pobiera niczego z innych serwerów i nie śledzi odwiedzających. Pliki cookie są używane tylko tam, gdzie są potrzebne: dla języka, formularzy i przy logowaniu.
footer-geodata = Podkład mapy: Geoportal Berlin / ALKIS Berlin Ortsteile.
emergency-heading = Nagłe wypadki i szybka pomoc
# An amount of money.
money = { $amount } €
distance-km = { $km } km stąd
results-count = { $count ->
    [0] Nie znaleziono ofert
    [one] Znaleziono { $count } ofertę
    [few] Znaleziono { $count } oferty
    [many] Znaleziono { $count } ofert
   *[other] Znaleziono { $count } oferty
}
zero-results-emergency = Nagłe wypadki i szybka pomoc
place-confidential = adres poufny
place-phone-online = telefonicznie lub online
place-outside = poza Lichtenbergiem
badge-wheelchair = dostępne dla wózków
badge-childcare = z opieką nad dziećmi
hours-closed = zamknięte
hours-holiday-note = { $date } ({ $holiday }) zamknięte.
print-now = Drukuj
map-source = Geoportal Berlin / ALKIS Berlin Ortsteile
map-location = Położenie: { $place }
open-always = Dostępne całą dobę
open-until = Teraz otwarte do { $time }
opens-today = Zamknięte – otwarcie dziś o { $time }
opens-tomorrow = Zamknięte – otwarcie jutro o { $time }
opens-on = Zamknięte – otwarcie: { $day }, { $time }
open-closed-for-now = Obecnie zamknięte
open-by-appointment = Po umówieniu terminu
open-temporarily-closed = Tymczasowo zamknięte
error-status = Kod błędu { $status }
error-go-home = Na stronę główną
error-go-search = Znajdź pomoc
error-400-title = Nieprawidłowe żądanie
error-400-text = Adres { $path } zawiera dane, których nie rozumiemy.
error-403-title = Brak dostępu
error-403-text = Nie masz dostępu do { $path } albo formularz był nieaktualny. Odśwież stronę i spróbuj ponownie.
error-404-title = Nie znaleziono strony
error-404-text = Pod adresem { $path } nie ma strony. Możliwe, że oferta się zakończyła albo adres jest błędnie wpisany.
error-405-title = Niedozwolone
error-405-text = Ta czynność nie jest możliwa pod adresem { $path }.
error-408-title = Przekroczono czas
error-408-text = Odpowiedź dla { $path } trwała zbyt długo. Spróbuj ponownie.
error-413-title = Za dużo danych
error-413-text = Dane wysłane do { $path } są zbyt duże.
error-500-title = Wystąpił błąd
error-500-text = Na stronie { $path } coś poszło nie tak po naszej stronie. Spróbuj ponownie później.
error-busy-title = Teraz jest bardzo dużo osób
error-busy-text = W tej chwili bardzo wiele osób loguje się jednocześnie. Spróbuj ponownie za kilka sekund.
error-503-title = Zaraz wracamy
error-503-text = Wegweiser właśnie się uruchamia. Odśwież { $path } za kilka sekund.
error-401-title = Logowanie nieudane
error-401-text = { $path } wymaga zalogowania.
error-429-title = Za dużo prób
error-429-text = Poczekaj chwilę i spróbuj ponownie.
form-has-errors = Sprawdź zaznaczone pola.
nav-check = Sprawdzenie świadczeń
nav-chains = Sytuacje życiowe
chain-qr-alt = Kod QR strony „{ $title }”
error-409-title = W międzyczasie zmienione
error-409-text = Ktoś inny właśnie zmienił tę treść, dlatego Twoja zmiana nie została zapisana. Otwórz { $path } ponownie i wprowadź ją jeszcze raz.
benefit-unterhaltsvorschuss-note-ask = Na dzieci w wieku 12–17 lat przy pobieraniu Bürgergeld urząd ds. młodzieży płaci tylko wtedy, gdy zarabiasz co najmniej 600 € brutto – albo gdy zaliczka alimentacyjna kończy potrzebę dziecka w zakresie Bürgergeld. To drugie może sprawdzić tylko urząd: zapytaj.
benefit-kinderzuschlag = Dodatek na dziecko (Kinderzuschlag, KiZ)
benefit-kinderzuschlag-why = Dla rodzin, które żyją z własnego dochodu od 600 € brutto, ale nie starcza im dla wszystkich – zamiast Bürgergeld. Dokładna kwota zależy od czynszu, dochodu i majątku; oblicz ją kalkulatorem KiZ-Lotse kasy rodzinnej (Familienkasse). Z dodatkiem na dziecko otrzymujesz też świadczenia na edukację i udział (BuT).
benefit-kinderzuschlag-where = Wniosek w kasie rodzinnej (Familienkasse, telefon 0800 4 5555 30), także online; przyznawany na 6 miesięcy.
benefit-kinderzuschlag-note-maintenance = Alimenty i zaliczka alimentacyjna liczą się jako dochód dziecka i zmniejszają dodatek na dziecko – zwykle jednak oba razem i tak się opłacają.
benefit-wohngeld = Dodatek mieszkaniowy (Wohngeld)
benefit-wohngeld-why = Dopłata do czynszu dla gospodarstw domowych z własnym, ale niskim dochodem – zamiast Bürgergeld, nie dodatkowo. Wysokość zależy od wielkości gospodarstwa, czynszu i dochodu; oblicza ją kalkulator Wohngeld kraju związkowego Berlin.
benefit-wohngeld-where = Wniosek w urzędzie mieszkaniowym Lichtenberg (Wohnungsamt) lub w każdym Bürgeramt w Lichtenbergu.
benefit-wohngeld-note-training = W czasie nauki zawodu, którą można finansować z BAföG lub z zasiłku na kształcenie zawodowe (BAB), dodatek mieszkaniowy jest zwykle wykluczony. Niech ktoś to sprawdzi.
benefit-elterngeld = Zasiłek rodzicielski (Elterngeld)
benefit-elterngeld-why = Na pierwsze miesiące życia dziecka: 65–67 % utraconego dochodu netto. Jako samotny rodzic możesz sam wykorzystać wszystkie 14 miesięcy podstawowego zasiłku rodzicielskiego (lub do 28 miesięcy ElterngeldPlus).
benefit-elterngeld-where = Wniosek w biurze zasiłku rodzicielskiego urzędu ds. młodzieży Lichtenberg (telefon (030) 90296-5116) lub online przez ElterngeldDigital – w ciągu 3 miesięcy od urodzenia.
benefit-elterngeld-note-no-earnings = Bez dochodu przed urodzeniem otrzymujesz kwotę minimalną 300 € przez 12 miesięcy.
benefit-but = Edukacja i udział (BuT)
benefit-kita-gutschein-note-needs-reason = Dla dzieci poniżej roku (lub na więcej niż 7 godzin dziennie) potrzebny jest powód, na przykład praca lub nauka. Złóż wniosek wcześnie.
benefit-beistandschaft = Pomoc urzędu ds. młodzieży (Beistandschaft)
benefit-beistandschaft-why = Bezpłatna pomoc w ustaleniu ojcostwa i dochodzeniu alimentów dla dziecka – także przed urodzeniem. Twoja władza rodzicielska pozostaje, a pomoc możesz zakończyć w każdej chwili. To nie pieniądze, ale często droga do wyższych alimentów.
benefit-beistandschaft-where = Wniosek pisemny do urzędu ds. młodzieży Lichtenberg, dział Beistandschaften und Beurkundungen, telefon (030) 90296-4028.
chain-poster-kicker = Samotnie wychowujesz dziecko w Lichtenbergu?
chain-poster-footer = Wegweiser Lichtenberg · Koordinierungsstelle Alleinerziehende Lichtenberg
nav-events = Wydarzenia
poster-back = Wróć do strony
poster-a4 = Jako plakat A4
poster-a6 = Jako ulotka A6
poster-link = Wydrukuj plakat lub ulotkę
nav-news = Aktualności
site-publisher = Biuro koordynacyjne dla samotnych rodziców w Lichtenbergu
news-feed-name = Wegweiser Lichtenberg: aktualności
events-atom-name = Wegweiser Lichtenberg: wydarzenia
newsletter-link = Zapisz się do newslettera
filters-summary = Filtry
filters-summary-count = { $count ->
    [one] Filtry ({ $count })
    [few] Filtry ({ $count })
    [many] Filtry ({ $count })
   *[other] Filtry ({ $count })
}
footer-link-about = O nas i kontakt
footer-link-impressum = Nota prawna
footer-link-privacy = Ochrona danych
footer-link-accessibility = Dostępność
footer-link-staff-login = Logowanie dla pracowników
footer-link-legal-label = O tej stronie
benefit-but-note-follows = Dotyczy to sytuacji, gdy przyznano dodatek na dziecko lub dodatek mieszkaniowy: wtedy od razu złóż również ten wniosek. Twoje dzieci otrzymają też berlinpass-BuT.
benefit-berlinpass-note-follows = Dotyczy to sytuacji, gdy przyznano dodatek mieszkaniowy; sam dodatek na dziecko nie wystarczy.
benefit-kinderzuschlag-note-check-gross = Dodatek na dziecko przysługuje od 600 € brutto miesięcznie. Twoja kwota netto jest niższa: sprawdź na pasku wypłaty, czy brutto osiąga 600 €.
in-german = (po niemiecku)
footer-link-needs = Czego Ci brakuje?
footer-link-stats = Statystyka
easy-fallback-notice = Tej strony nie ma jeszcze w prostym języku niemieckim (Leichte Sprache); jest wyświetlana w zwykłym niemieckim.
edit-translation-label = { $field } ({ $language })
edit-more-languages = Inne języki (przetłumaczono { $filled } z { $total })
edit-translation-outdated = Nieaktualne, prosimy sprawdzić: niemiecki tekst zmienił się po napisaniu tego tłumaczenia. Dopóki nie zostanie sprawdzone, strona publiczna pokazuje tekst niemiecki.
edit-translation-confirm = Sprawdzone: tłumaczenie jest nadal poprawne
