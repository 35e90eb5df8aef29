## Leichte Sprache: the page frame on every page.
## Rules of the Netzwerk Leichte Sprache: short sentences, one statement each, hard words explained.
site-description = Hilfe für Allein·erziehende in Berlin-Lichtenberg. Hier finden Sie Beratung. Hier finden Sie Hilfe für Ihre Kinder. Und Hilfe bei Geld, Arbeit und Wohnung.
skip-to-content = Zum Text springen
nav-label = Menü
nav-search = Hilfe suchen
nav-ortsteile = Orts·teile
nav-emergency = Schnelle Hilfe
nav-check = Geld-Check
nav-chains = Schritt für Schritt
nav-news = Neues
footer-about = Wegweiser ist eine Internet·seite. Die Internet·seite gehört zur Koordinierungs·stelle Allein·erziehende Lichtenberg. Das ist ein Büro im Bezirk. Das Büro hilft Eltern. Diese Eltern leben allein mit ihren Kindern.
footer-privacy = Diese Seite speichert nichts über Sie. Nur die Sprache merkt sich die Seite.
emergency-heading = Schnelle Hilfe
results-count = { $count ->
    [0] Wir haben keine Hilfe gefunden.
    [one] Wir haben 1 Hilfe gefunden.
   *[other] Wir haben { $count } Hilfen gefunden.
}
zero-results-emergency = Schnelle Hilfe
place-confidential = Die Adresse ist geheim.
place-phone-online = am Telefon oder im Internet
hours-closed = zu
open-always = Immer da: Tag und Nacht
open-until = Jetzt offen. Offen bis { $time } Uhr.
opens-today = Jetzt zu. Heute wieder offen ab { $time } Uhr.
opens-tomorrow = Jetzt zu. Morgen wieder offen ab { $time } Uhr.
opens-on = Jetzt zu. Wieder offen am { $day } ab { $time } Uhr.
open-closed-for-now = Jetzt zu.
open-by-appointment = Nur mit Termin. Termin heißt: Sie machen vorher eine Zeit aus.
open-temporarily-closed = Eine Zeit lang zu.
form-has-errors = Bitte prüfen Sie Ihre Angaben. Die Fehler sind rot.
in-german = (in schwerer Sprache)
easy-fallback-notice = Diese Seite gibt es noch nicht in Leichter Sprache. Der Text ist in schwerer Sprache.
