## The site frame, the home page and the emergency contacts.

emergency-title = Notfall und schnelle Hilfe
emergency-intro = Diese Telefone helfen sofort, kostenlos und auf Wunsch anonym. Bei Gefahr für Leib und Leben wählen Sie 110 oder 112.
emergency-more-offers = Weitere Angebote bei Krisen und Gewalt
emergency-police-name = Polizei
emergency-police-hours = immer
emergency-ambulance-name = Feuerwehr und Rettungsdienst
emergency-ambulance-hours = immer
emergency-violence-women-name = Hilfetelefon Gewalt gegen Frauen
emergency-violence-women-hours = rund um die Uhr, in 18 Sprachen
emergency-big-hotline-name = BIG-Hotline bei häuslicher Gewalt (Berlin)
emergency-big-hotline-hours = rund um die Uhr
emergency-child-protection-name = Hotline Kinderschutz Berlin
emergency-child-protection-hours = rund um die Uhr, auch für Eltern
emergency-parents-phone-name = Elterntelefon (Nummer gegen Kummer)
emergency-parents-phone-hours = Mo–Fr 9–17 Uhr, Di und Do bis 19 Uhr
emergency-crisis-line-name = TelefonSeelsorge
emergency-crisis-line-hours = rund um die Uhr
emergency-pregnant-in-need-name = Hilfetelefon Schwangere in Not
emergency-pregnant-in-need-hours = rund um die Uhr, anonym
quick-exit-heading = Seite schnell verlassen
quick-exit-explained = Der Knopf „Seite schnell verlassen“ oben auf jeder Seite öffnet sofort eine Wetterseite. Mit der Tastatur geht es auch: Escape drücken (während Sie in ein Feld schreiben, zweimal schnell hintereinander, damit nichts Angefangenes verloren geht) oder dreimal die Umschalttaste.
quick-exit-back = Die Seite, auf der Sie den Knopf drücken, wird im Verlauf durch die Wetterseite ersetzt: Mit „Zurück“ kommen Sie nicht auf sie zurück. Seiten dieser Website, die Sie davor geöffnet hatten, bleiben aber im Verlauf, und „Zurück“ führt zu ihnen.
quick-exit-history = Wenn jemand Ihr Gerät mitbenutzt, löschen Sie danach den Verlauf: in Chrome, Edge und Firefox mit Strg + Umschalt + Entf (auf dem Mac ⌘ + Umschalt + Entf), auf dem iPhone unter Einstellungen › Safari › Verlauf und Websitedaten löschen, auf Android-Handys in Chrome unter ⋮ › Verlauf › Browserdaten löschen. Sicherer ist es, diese Website in einem privaten Fenster zu öffnen (Inkognito-Modus): dann bleibt kein Verlauf.
home-title = Hilfe für Alleinerziehende in Lichtenberg
home-heading = Hilfe für Alleinerziehende in Lichtenberg
home-intro = Finden Sie Beratung, Kinderbetreuung, Hilfe bei Geld und Anträgen, Arbeit und Treffs in Ihrer Nähe – ohne Anmeldung.
home-total = { $count ->
    [one] 1 Angebot im Wegweiser
   *[other] { $count } Angebote im Wegweiser
}
home-quick-help = Schnelle Hilfe
home-quick-help-text = Sie brauchen jetzt sofort Hilfe? Diese Telefone sind kostenlos und anonym.
home-all-emergency = Alle Notfallnummern
home-categories = Was brauchen Sie?
home-ortsteile = Angebote in Ihrem Ortsteil
search-placeholder = z. B. Beratung, Kita, Unterhalt
home-chains = Was ist zu tun? Wege durch Ihre Lebenslage
home-chains-text = Schritt für Schritt, mit Fristen, Unterlagen und den Stellen in Lichtenberg. Abhaken geht ohne Anmeldung.
home-coming-up = Demnächst in Lichtenberg
home-all-events = Alle Termine und Treffs
home-news = Aktuelles
home-all-news = Alle Neuigkeiten und Aktionen
article-kind-news = Neuigkeit
article-kind-campaign = Aktion
