## Sign-in, invitations, passwords and a person's own account.
login-title = Logowanie
login-intro = Dla pracowników biura koordynacyjnego, organizacji i członków AG Alleinerziehende. Rodzice nie potrzebują konta.
login-email = Adres e-mail
login-password = Hasło
login-submit = Zaloguj się
login-failed = Adres e-mail lub hasło są nieprawidłowe.
login-throttled = Za dużo prób. Poczekaj chwilę i spróbuj ponownie.
role-coordinator = Biuro koordynacyjne
role-provider-editor = Redakcja organizacji
role-employer = Pracodawca
role-ag-member = Członek AG
role-parent = Rodzic
password-title = Ustaw hasło
password-intro = Konto: { $email }. Wybierz hasło o długości co najmniej 10 znaków.
password-new = Nowe hasło
password-hint = Co najmniej 10 znaków. Zdanie z kilku słów łatwo zapamiętać i jest bezpieczne.
password-repeat = Powtórz hasło
password-submit = Zapisz hasło i zaloguj się
password-link-invalid = Ten link już nie działa: został użyty lub wygasł. Poproś biuro koordynacyjne o nowe zaproszenie.
forgot-link = Nie pamiętasz hasła?
forgot-title = Nie pamiętam hasła
forgot-intro = Podaj adres e-mail swojego konta. Wyślemy link, przez który ustawisz nowe hasło. Link jest ważny godzinę.
forgot-submit = Wyślij link
account-title = Moje konto
account-data-title = Twoje dane
account-data-intro = Możesz pobrać wszystko, co Wegweiser przechowuje o Twoim koncie.
account-data-download = Pobierz moje dane (JSON)
account-delete-title = Usuń konto
account-delete-intro = Twoje konto i wszystkie dane o Tobie zostaną usunięte. Tego nie można cofnąć.
account-delete-submit = Usuń konto na zawsze
account-delete-wrong-password = Hasło jest nieprawidłowe. Twoje konto nie zostało usunięte.
account-deleted = Twoje konto i wszystkie dane o Tobie zostały usunięte.
account-signed-in-as = Jesteś zalogowana/zalogowany jako: { $role }.
account-for-you-title = Co możesz tu zrobić
account-to-backoffice = Do administracji
account-for-you-parent = Dzięki kontu zgłoszenia na wydarzenia i newsletter są w jednym miejscu. Ze wszystkiego, co publiczne w Wegweiser, korzystasz także bez konta.
account-coming-parent = Wkrótce pojawią się tu: grupy i spotkania w pobliżu.
account-confirmation-resend = Wyślij ponownie link potwierdzający
account-confirmation-sent = Wysłaliśmy Ci nowy link potwierdzający.
account-tandem-link = Tandem: poznaj innych samotnych rodziców – tylko za Twoją zgodą i bez Twojego adresu
account-unconfirmed = Twój adres e-mail nie jest jeszcze potwierdzony. Otwórz link z naszego e-maila; bez potwierdzenia konto zostanie usunięte po tygodniu.
account-for-you-employer = Twoje konto należy do Twojej firmy: tam edytujesz profil i dodajesz oferty pracy.
account-coming-employer = Wkrótce pojawią się tu: zapytania rodziców o Twoje oferty i targi pracy z udziałem pracodawców.
account-for-you-ag-member = Twoje konto jest utworzone dla AG Alleinerziehende: posiedzenia z porządkiem obrad, Twoje odpowiedzi i propozycje tematów.
account-coming-ag-member = Wkrótce pojawią się tu: protokoły, uchwały i zadania AG oraz karta obiegowa do kierowania między urzędami.
account-held-intro = Oto co Wegweiser przechowuje o Twoim koncie:
account-name = Imię i nazwisko
account-email = Adres e-mail
account-role = Rola
account-since = Konto od
account-organizations = Organizacje
account-sessions = Zalogowane urządzenia
account-sessions-count = { $count ->
    [one] { $count } urządzenie (to)
    [few] { $count } urządzenia
    [many] { $count } urządzeń
   *[other] { $count } urządzenia
}
account-last-login = Ostatnie logowanie przed tym
account-last-login-none = brak
## A parent makes their own account
signup-title = Załóż konto dla rodziców
signup-lead = Z kontem możesz korzystać z Tandemu: poznawać innych samotnych rodziców, tylko za Twoją zgodą. Ze wszystkiego innego w Wegweiser korzystasz także bez konta.
signup-password = Hasło
signup-password-hint = Co najmniej 10 znaków. Dobre jest zdanie, które zapamiętasz.
signup-repeat = Hasło jeszcze raz
signup-consent = Przeczytałam/przeczytałem informacje o ochronie danych. Zapisywane są tylko mój adres e-mail i hasło (zaszyfrowane); mogę usunąć konto w każdej chwili.
signup-privacy-link = Przeczytaj informacje o ochronie danych
signup-submit = Załóż konto
signup-have-account = Masz już konto? Zaloguj się
signup-error-consent = Potwierdź, że przeczytałeś informacje o ochronie danych.
signup-sent = Prawie gotowe: wysłaliśmy e-mail na adres { $email }.
signup-sent-more = Otwórz link w wiadomości, aby potwierdzić adres. Dopiero wtedy możesz wysyłać zapytania i pisać w Tandemie. Bez potwierdzenia konto zostanie usunięte po tygodniu.
signup-confirm-question = Czy chcesz potwierdzić swój adres e-mail?
signup-confirm-submit = Potwierdź adres
signup-confirmed = Dziękujemy, Twój adres jest potwierdzony.
signup-confirmed-next = Zaloguj się i przejdź do Tandemu
signup-link-invalid = Ten link nie działa (już). Może został już użyty albo jest starszy niż tydzień.
signup-again = Zarejestruj się ponownie
login-signup = Nie masz jeszcze konta? Zarejestruj się jako rodzic
mail-signup-subject = Potwierdź swój adres e-mail
mail-signup-body = Dzień dobry,

    założyłaś/założyłeś konto w Wegweiser Lichtenberg. Potwierdź swój adres e-mail tym linkiem:

    { $link }

    Bez potwierdzenia konto zostanie usunięte po { $days } dniach. Jeśli nie zakładałeś konta, nie musisz nic robić.

    Twój Wegweiser Lichtenberg
mail-signup-existing-subject = Masz już konto w Wegweiser Lichtenberg
mail-signup-existing-body = Dzień dobry,

    ktoś chciał założyć konto w Wegweiser Lichtenberg z Twoim adresem e-mail. Masz już jednak konto. Zaloguj się tutaj:

    { $login }

    Nie pamiętasz hasła? Nowe dostaniesz tutaj:

    { $reset }

    Jeśli to nie Ty, nie musisz nic robić.

    Twój Wegweiser Lichtenberg
tandem-error-unconfirmed = Najpierw potwierdź swój adres e-mail (linkiem z naszego e-maila). Potem możesz wysyłać zapytania i pisać.
account-employer-link = Do Twojej firmy
