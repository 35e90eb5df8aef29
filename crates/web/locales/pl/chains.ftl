## Service chains (Wege durch Lebenslagen) and their editor.
chains-title = Drogi przez Twoją sytuację życiową
chains-intro = Krok po kroku: co trzeba zrobić, w jakiej kolejności, dokąd iść i co zabrać – z urzędami i placówkami w Lichtenbergu.
chains-privacy = Kroki możesz odhaczać bez rejestracji. Twój postęp zostaje tylko w tej przeglądarce (lub w Twoim osobistym linku) – Wegweiser nic o nim nie zapisuje.
chains-all = Wszystkie sytuacje życiowe
chain-steps-count = { $count ->
    [one] { $count } krok
    [few] { $count } kroki
    [many] { $count } kroków
   *[other] { $count } kroku
}
chain-progress = Zrobione: { $done } z { $total } kroków
chain-progress-heading = Twój postęp
chain-progress-privacy = Zapisany tylko w tej przeglądarce, nie na serwerze.
chain-from-link = Widzisz stan z Twojego osobistego linku. Gdy odhaczysz krok, ta przeglądarka też zapamięta stan.
chain-private-link = Osobisty link do Twojego postępu
chain-private-link-hint = Zapisz ten link w zakładkach albo wyślij go sobie, żeby kontynuować na innym urządzeniu. Kto ma link, widzi, które kroki odhaczyłeś – i nic więcej.
chain-reset = Usuń postęp
chain-anchor-label = Data: { $event }
chain-anchor-hint = Opcjonalnie. Wtedy pokażemy terminy jako daty. Data zostaje tylko w tej przeglądarce.
chain-anchor-save = Oblicz terminy
chain-date-invalid = Podaj datę w formacie 01.03.2027.
chain-print = Wydrukuj jako listę kontrolną (jedna strona A4)
chain-print-back = Wróć do drogi
chain-print-date = Stan na: { $date }
chain-print-addresses = Adresy
chain-step-n = Krok { $n }
chain-step-done = zrobione
chain-tick = Odhacz krok { $n } jako zrobiony
chain-untick = Krok { $n } znów otwarty
chain-condition = Kiedy to Ciebie dotyczy:
chain-deadline = Termin
chain-deadline-date = do { $date }
chain-deadline-passed = minął
chain-documents = Zabierz ze sobą
chain-costs = Koszty
chain-tip = Wskazówka
chain-where = Kto pomaga
chain-branch = Dalej tutaj:
chain-related = Podobne sytuacje życiowe
chain-qr-heading = Kod QR na plakat i ulotkę
chain-qr-hint = Ten kod prowadzi do tej strony. Nie zawiera Twojego osobistego postępu.
chain-qr-download = Pobierz kod QR (SVG)
chain-preview-banner = Podgląd szkicu – tak strona będzie wyglądać po opublikowaniu.
chains-admin-title = Drogi przez sytuacje życiowe
chain-poster = Wydrukuj plakat z kodem QR
chain-poster-scan = Zeskanuj kod: krok po kroku, z adresami, terminami i dokumentami – bezpłatnie, bez rejestracji.
