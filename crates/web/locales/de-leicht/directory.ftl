## Leichte Sprache: search, results and the essentials of an offer.
nav-home = Start·seite
search-title = Hilfe suchen
search-title-with-query = Sie suchen: { $query }
search-label = Was suchen Sie?
filters-label = Suchen und aussuchen
filter-ortsteil = Orts·teil
filter-language = In welcher Sprache?
filter-only = Nur Hilfe, die …
filter-free = nichts kostet
filter-wheelchair = gut für Roll·stühle ist
filter-childcare = auf Ihre Kinder aufpasst
filter-open-now = jetzt offen ist
filter-reset = Alles zurück·setzen
filter-apply = Zeigen
zero-results-text = Wir haben nichts gefunden. Versuchen Sie ein anderes Wort.
did-you-mean = Meinen Sie
results-relaxed = Wir haben nicht alle Wörter gefunden. Hier ist Hilfe mit einigen Wörtern.
zero-results-all = Alle Hilfen ansehen
zero-results-tell-us = Sie finden nicht, was Sie brauchen? Sagen Sie es uns.
pager-prev = Seite davor
example-entry = Beispiel
example-entry-long = Das ist nur ein Beispiel. Diese Hilfe gibt es nicht wirklich.
content-only-german = Diese Hilfe ist in schwerer Sprache beschrieben.
offered-by = Wer hilft hier?
label-access = Wie kommen Sie dran?
label-target-groups = Für wen?
label-childcare = Passt jemand auf die Kinder auf?
yes-childcare = Ja. Jemand passt auf Ihre Kinder auf.
label-website = Internet·seite
label-ortsteil = Orts·teil
label-transit = So kommen Sie hin
hours-heading = Wann ist offen?
hours-none-appointment = Keine festen Zeiten. Sie machen vorher einen Termin aus.
hours-none-ask = Keine festen Zeiten. Rufen Sie vorher an. Fragen Sie: Wann ist jemand da?
hours-holidays-closed = An Feier·tagen ist zu.
contact-heading = So erreichen Sie die Hilfe
where-heading = Wo?
location-confidential = Die Adresse ist geheim. Das schützt die Frauen dort. Bitte rufen Sie an.
wheelchair-yes = Gut für Roll·stühle.
wheelchair-no = Vielleicht nicht gut für Roll·stühle. Bitte rufen Sie vorher an.
about-heading = Was ist das?
eligibility-heading = Wer darf kommen?
not-confirmed-recently = Diese Angaben sind schon alt. Bitte rufen Sie vorher an. Fragen Sie: Stimmt das noch?
report-link = Hier ist ein Fehler? Sagen Sie es uns.
offers-count = { $count ->
    [0] noch keine Hilfe
    [one] 1 Hilfe
   *[other] { $count } Hilfen
}
