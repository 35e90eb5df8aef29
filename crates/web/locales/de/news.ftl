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
articles-admin-back = Zurück zu allen Beiträgen
article-new = Neuer Beitrag
article-edit = Beitrag bearbeiten
article-none-yet = Noch keine Beiträge.
article-field-kind = Art
article-field-slug = Adresse (Kurzname)
article-field-slug-hint = Leer lassen: Die Adresse entsteht aus der Überschrift. Sonst Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „aktionswoche-2026“. Erscheint in der Adresse der Seite; ändern Sie ihn nach dem Veröffentlichen nicht mehr.
article-field-publish-date = Veröffentlichen am
article-field-publish-date-hint = Datum, zum Beispiel 2026-12-01 oder 01.12.2026. Vorher ist der Beitrag nicht öffentlich, auch wenn er auf „Veröffentlicht“ steht.
article-field-publish-time = Uhrzeit
article-field-publish-time-hint = Zum Beispiel 09:00 (Berliner Zeit).
article-field-title-de = Titel (Deutsch)
article-field-title-en = Titel (Englisch)
article-field-summary-de = Kurzfassung (Deutsch)
article-field-summary-de-hint = Ein bis zwei Sätze für Listen, Feed, Newsletter und Suchmaschinen.
article-field-summary-en = Kurzfassung (Englisch)
article-field-body-de = Text (Deutsch)
article-field-body-de-hint = Markdown: **fett**, *kursiv*, ## Zwischenüberschrift, - Aufzählung, [Linktext](https://…). HTML und Bilder im Text werden nicht übernommen.
article-field-body-en = Text (Englisch)
article-image = Bild
article-image-current = Aktuelles Bild
article-image-remove = Bild entfernen
article-field-image = Neues Bild hochladen
article-field-image-hint = JPEG, PNG oder WebP, höchstens 800 KB. Zeigen Sie Menschen nur mit ihrer Einwilligung.
article-field-image-alt-de = Bildbeschreibung (Deutsch)
article-field-image-alt-de-hint = Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können. Pflicht, wenn es ein Bild gibt.
article-field-image-alt-en = Bildbeschreibung (Englisch)
article-grouped = Termine, Angebote und Beiträge
article-grouped-hint = Eine Aktion zeigt sie gesammelt auf ihrer Seite; eine Neuigkeit verweist auf sie.
article-grouped-events = Termine
article-grouped-offers = Angebote
article-grouped-articles = Beiträge
article-error-slug = Bitte nur Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).
article-error-slug-taken = Diese Adresse hat schon ein anderer Beitrag.
article-error-kind = Bitte wählen Sie Neuigkeit oder Aktion.
article-error-title = Bitte geben Sie einen Titel mit höchstens 140 Zeichen an.
article-error-summary = Bitte geben Sie eine Kurzfassung mit höchstens 300 Zeichen an.
article-error-body = Bitte schreiben Sie einen Text.
article-error-body-long = Der Text ist zu lang (höchstens 100.000 Zeichen).
article-error-alt = Bitte beschreiben Sie das Bild.
article-error-alt-long = Die Bildbeschreibung ist zu lang (höchstens 300 Zeichen).
article-error-date = Bitte geben Sie ein Datum an, zum Beispiel 2026-12-01 oder 01.12.2026.
article-error-time = Bitte geben Sie eine Uhrzeit an, zum Beispiel 09:00.
article-error-image-size = Das Bild ist zu groß: höchstens 800 KB. Bitte wählen Sie es verkleinert noch einmal aus.
article-error-image-type = Das ist kein JPEG-, PNG- oder WebP-Bild. Bitte wählen Sie eine andere Datei.
article-error-conflict = Inzwischen hat jemand anderes diesen Beitrag gespeichert. Laden Sie die Seite neu und übertragen Sie Ihre Änderungen.
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
newsletter-admin-back = Zurück zum Newsletter
newsletter-admin-counts = { $confirmed } bestätigte Adressen, { $pending } warten auf Bestätigung.
newsletter-admin-last-sent = Letzte Ausgabe verschickt am { $date }.
newsletter-admin-never-sent = Noch keine Ausgabe verschickt.
newsletter-admin-new = Neue Ausgabe vorbereiten
newsletter-admin-created = Angelegt
newsletter-admin-sent = Verschickt
newsletter-admin-sent-to = Verschickt am { $date } an { $count } Adressen.
newsletter-admin-draft = Entwurf
newsletter-admin-nothing-new = Seit der letzten Ausgabe nichts Neues.
newsletter-admin-save = Entwurf speichern
newsletter-admin-send-hint = { $count ->
    [one] Geht an 1 bestätigte Adresse; danach lässt sich die Ausgabe nicht mehr ändern.
   *[other] Geht an { $count } bestätigte Adressen; danach lässt sich die Ausgabe nicht mehr ändern.
}
newsletter-admin-send = Speichern und jetzt verschicken
newsletter-admin-preview = Vorschau (so sieht die E-Mail auf Deutsch aus)
newsletter-field-subject = Betreff
newsletter-field-intro = Einleitung
newsletter-error-subject = Bitte geben Sie einen Betreff mit höchstens 150 Zeichen an.
newsletter-error-intro = Die Einleitung ist zu lang.
article-preview = Vorschau
poster-scan-campaign = Code scannen: alle Termine und Angebote der Aktion, immer aktuell.
article-image-kept = Ihr Bild ist schon hochgeladen und wird mit dem Beitrag gespeichert; Sie müssen es nicht noch einmal auswählen.
