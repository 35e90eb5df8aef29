## News, campaigns, the newsletter and their editors.
news-title = Aktuelles
news-lead = Neuigkeiten und Aktionen der Koordinierungsstelle und der Träger in Lichtenberg.
news-feed-link = Als Feed abonnieren (Atom)
news-campaigns = Aktionen
news-articles = Neuigkeiten
news-none = Noch keine Beiträge.
news-back = Alle Neuigkeiten
article-updated = aktualisiert am { $date }
article-events = Passende Termine
campaign-events = Termine der Aktion
article-offers = Passende Angebote
campaign-offers = Angebote zur Aktion
article-articles = Mehr dazu
campaign-articles = Beiträge zur Aktion
article-event-past = keine kommenden Termine
articles-admin-title = Neuigkeiten und Aktionen
article-image = Bild
newsletter-title = Newsletter
newsletter-lead = Einmal im Monat: neue Angebote, die Termine der nächsten Wochen und Neuigkeiten für Alleinerziehende in Lichtenberg.
newsletter-email = Ihre E-Mail-Adresse
newsletter-submit = Abonnieren
newsletter-privacy = Wir speichern nur Ihre Adresse und Ihre Sprache. Sie bekommen zuerst eine E-Mail mit einem Bestätigungslink; ohne Bestätigung löschen wir die Adresse nach 7 Tagen. Jede Ausgabe enthält einen Link, mit dem Sie sich mit einem Klick abmelden; dann löschen wir die Adresse. Keine Zählpixel, keine Weitergabe.
newsletter-sent = Fast geschafft: Wir haben eine E-Mail an { $email } geschickt. Bitte klicken Sie auf den Link darin, um das Abo zu bestätigen.
newsletter-sent-more = Keine E-Mail bekommen? Schauen Sie im Spam-Ordner nach. Wenn die Adresse schon angemeldet ist, schicken wir keine neue E-Mail.
newsletter-confirm-question = Möchten Sie den Newsletter des Wegweisers Lichtenberg bekommen?
newsletter-confirm-submit = Ja, Abo bestätigen
newsletter-confirmed = Danke! Sie bekommen den Newsletter ab der nächsten Ausgabe.
newsletter-link-invalid = Dieser Link gilt nicht mehr: Er wurde schon benutzt oder ist älter als 7 Tage.
newsletter-again = Noch einmal anmelden
newsletter-leave-question = Möchten Sie den Newsletter abbestellen?
newsletter-leave-submit = Abmelden
newsletter-left = Sie sind abgemeldet. Wir haben Ihre Adresse gelöscht.
newsletter-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.
newsletter-error-throttled = Zu viele Versuche. Bitte versuchen Sie es später noch einmal.
mail-newsletter-confirm-subject = Bitte bestätigen Sie Ihr Newsletter-Abo
mail-newsletter-confirm-body = Guten Tag,

    jemand (hoffentlich Sie) möchte mit dieser Adresse den Newsletter des Wegweisers Lichtenberg bekommen. Bitte bestätigen Sie das hier:

    { $link }

    Wenn Sie das nicht waren, tun Sie nichts: Ohne Bestätigung löschen wir die Adresse nach { $days } Tagen.

    Koordinierungsstelle Alleinerziehende Lichtenberg
mail-newsletter-footer = Sie bekommen diesen Newsletter, weil Sie ihn bestellt haben. Abmelden mit einem Klick: { $link }
newsletter-section-offers = Neue Angebote
newsletter-section-events = Termine
newsletter-section-articles = Neuigkeiten
newsletter-suggested-subject = Neues für Alleinerziehende in Lichtenberg – { $month }
newsletter-suggested-intro = Liebe Leserinnen und Leser,

    hier ist, was es Neues gibt: neue Angebote, die Termine der nächsten Wochen und Neuigkeiten aus dem Bezirk.
newsletter-admin-title = Newsletter
newsletter-admin-counts = { $confirmed } bestätigte Adressen, { $pending } warten auf Bestätigung.
newsletter-admin-sent-to = Verschickt am { $date } an { $count } Adressen.
newsletter-admin-draft = Entwurf
newsletter-error-subject = Bitte geben Sie einen Betreff mit höchstens 150 Zeichen an.
newsletter-error-intro = Die Einleitung ist zu lang.
poster-scan-campaign = Code scannen: alle Termine und Angebote der Aktion, immer aktuell.
