## Leichte Sprache: home page and emergency page.
emergency-title = Schnelle Hilfe
emergency-intro = Diese Telefon·nummern helfen sofort. Der Anruf kostet nichts. Sie müssen Ihren Namen nicht sagen. Ist jemand in Gefahr? Dann rufen Sie 110 an. Oder 112.
emergency-more-offers = Mehr Hilfe bei Streit, Gewalt und Not
emergency-police-hours = immer da
emergency-ambulance-name = Feuerwehr und Kranken·wagen
emergency-ambulance-hours = immer da
emergency-violence-women-name = Hilfe·telefon für Frauen bei Gewalt
emergency-violence-women-hours = Tag und Nacht da. In 18 Sprachen.
emergency-big-hotline-name = BIG-Telefon bei Gewalt zu Hause
emergency-big-hotline-hours = Tag und Nacht da
emergency-child-protection-name = Kinder·schutz-Telefon Berlin
emergency-child-protection-hours = Tag und Nacht da. Auch für Eltern.
emergency-parents-phone-name = Eltern·telefon
emergency-parents-phone-hours = Montag bis Freitag von 9 Uhr bis 17 Uhr. Dienstag und Donnerstag bis 19 Uhr.
emergency-crisis-line-name = Telefon·seelsorge. Dort können Sie über Sorgen sprechen.
emergency-crisis-line-hours = Tag und Nacht da
emergency-pregnant-in-need-name = Hilfe·telefon für Schwangere in Not
emergency-pregnant-in-need-hours = Tag und Nacht da. Sie müssen Ihren Namen nicht sagen.
quick-exit-heading = Die Seite schnell verlassen
quick-exit-explained = Oben auf jeder Seite ist ein roter Knopf. Auf dem Knopf steht: Seite schnell verlassen. Drücken Sie auf den Knopf. Dann kommt sofort eine Seite mit dem Wetter. Das geht auch mit der Taste Esc auf der Tastatur.
quick-exit-back = Andere sehen dann das Wetter. Mit „Zurück“ kommen sie nicht auf diese Seite.
quick-exit-history = Benutzt noch jemand Ihr Handy oder Ihren Computer? Dann löschen Sie danach den Verlauf. Der Verlauf ist eine Liste. In der Liste stehen alle Seiten. Diese Seiten haben Sie angesehen. Noch sicherer: Öffnen Sie diese Seite in einem privaten Fenster. Dann gibt es keinen Verlauf.
home-title = Hilfe für Allein·erziehende in Lichtenberg
home-heading = Hilfe für Allein·erziehende in Lichtenberg
home-intro = Hier finden Sie Hilfe in Ihrer Nähe. Zum Beispiel: Beratung. Hilfe für Ihre Kinder. Hilfe bei Geld und Anträgen. Sie brauchen keine Anmeldung.
home-total = { $count ->
    [one] Hier gibt es 1 Hilfe.
   *[other] Hier gibt es { $count } Hilfen.
}
home-quick-help-text = Brauchen Sie jetzt sofort Hilfe? Rufen Sie an. Der Anruf kostet nichts. Sie müssen Ihren Namen nicht sagen.
home-all-emergency = Alle Telefon·nummern für Notfälle
home-ortsteile = Hilfe in Ihrem Orts·teil
search-placeholder = zum Beispiel: Kita
home-chains = Was muss ich tun? Schritt für Schritt
home-chains-text = Hier steht, was Sie tun müssen. Und wann. Und wohin Sie gehen. Sie können fertige Schritte abhaken.
home-tandem = Andere Allein·erziehende kennen·lernen
home-tandem-text = Sie möchten andere Eltern treffen? Der Wegweiser zeigt Ihnen Eltern in Ihrer Nähe. Nur wenn Sie das wollen.
home-work = Arbeit, die zu Ihren Kindern passt
home-work-text = Sagen Sie uns: Wann können Sie arbeiten? Dann zeigen wir Ihnen passende Arbeit.
home-work-jobs = Arbeit suchen
home-work-employers = Firmen, die Familien helfen
home-coming-up = Bald in Lichtenberg
home-all-events = Alle Termine
home-news = Neues
home-all-news = Alles Neue
