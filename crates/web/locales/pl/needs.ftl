## The needs form (/bedarf)
needs-title = Czego Ci brakuje?
needs-lead = Powiedz nam, jakiej pomocy nie możesz znaleźć w okręgu. To pomaga biuru koordynacyjnemu tworzyć nowe oferty tam, gdzie ich brakuje.
needs-privacy = Anonimowo: zapisujemy tylko temat, dzielnicę, wiek dzieci i Twój tekst z datą dnia. Bez adresu IP, bez konta, bez godziny.
needs-field-category = Temat
needs-choose = Wybierz
needs-field-ortsteil = Dzielnica (dobrowolnie)
needs-ortsteil-none = Bez podania lub cały okręg
needs-field-ages = Wiek Twoich dzieci (dobrowolnie)
needs-ages-none = Bez podania
needs-ages-0-2 = poniżej 3 lat
needs-ages-3-5 = od 3 do 5 lat
needs-ages-6-11 = od 6 do 11 lat
needs-ages-12-17 = od 12 do 17 lat
needs-field-text = Czego dokładnie brakuje? (dobrowolnie)
needs-text-warning = Prosimy nie wpisywać imion, adresów ani numerów telefonów.
needs-text-hint = Najwyżej { $max } znaków. Adresy e-mail, linki i numery telefonów usuwamy.
needs-submit = Wyślij
needs-done = Dziękujemy! Twoje zgłoszenie dotarło. Trafi anonimowo do radaru potrzeb biura koordynacyjnego.
needs-another = Zgłoś coś jeszcze
needs-see-statistics = Do statystyki
needs-answers = Pytaliście – zadziałaliśmy
needs-answered-on = Odpowiedź z { $date }
needs-error-count = { $count ->
    [one] Sprawdź { $count } pole.
    [few] Sprawdź { $count } pola.
    [many] Sprawdź { $count } pól.
   *[other] Sprawdź { $count } pola.
}
needs-error-category = Wybierz temat.
needs-error-ortsteil = Nie znamy tej dzielnicy.
needs-error-ages = Wybierz grupę wiekową z listy.
needs-error-text = Tekst jest za długi (najwyżej 1.000 znaków).
needs-error-throttled = Właśnie wysłałeś kilka zgłoszeń. Spróbuj ponownie za kilka minut.
needs-error-full = Dziś wpłynęło już bardzo wiele zgłoszeń. Spróbuj ponownie jutro.
needs-hidden = < 5
