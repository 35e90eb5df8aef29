## Service chains (Wege durch Lebenslagen) and their editor.
chains-title = Wege durch Ihre Lebenslage
chains-intro = Schritt für Schritt: was zu tun ist, in welcher Reihenfolge, wohin Sie gehen und was Sie mitbringen – mit den Stellen in Lichtenberg.
chains-privacy = Sie können Schritte abhaken, ohne sich anzumelden. Ihr Fortschritt bleibt nur in diesem Browser (oder in Ihrem persönlichen Link) – der Wegweiser speichert nichts darüber.
chains-all = Alle Lebenslagen
chain-steps-count = { $count ->
    [one] 1 Schritt
   *[other] { $count } Schritte
}
chain-progress = { $done } von { $total } Schritten erledigt
chain-progress-heading = Ihr Fortschritt
chain-progress-privacy = Gespeichert nur in diesem Browser, nicht auf dem Server.
chain-from-link = Sie sehen den Stand aus Ihrem persönlichen Link. Wenn Sie einen Schritt abhaken, merkt sich auch dieser Browser den Stand.
chain-private-link = Persönlicher Link zu Ihrem Stand
chain-private-link-hint = Speichern Sie diesen Link als Lesezeichen oder schicken Sie ihn sich selbst, um auf einem anderen Gerät weiterzumachen. Wer den Link hat, sieht, welche Schritte Sie abgehakt haben – sonst nichts.
chain-reset = Fortschritt löschen
chain-anchor-label = Datum: { $event }
chain-anchor-hint = Optional. Dann zeigen wir die Fristen als Datum. Das Datum bleibt nur in diesem Browser.
chain-anchor-save = Fristen berechnen
chain-date-invalid = Bitte geben Sie ein Datum wie 01.03.2027 ein.
chain-print = Als Checkliste drucken (eine Seite A4)
chain-print-back = Zurück zum Weg
chain-print-date = Stand: { $date }
chain-print-addresses = Adressen
chain-step-n = Schritt { $n }
chain-step-done = erledigt
chain-tick = Schritt { $n } als erledigt abhaken
chain-untick = Schritt { $n } wieder offen
chain-condition = Wann das für Sie gilt:
chain-deadline = Frist
chain-deadline-date = bis { $date }
chain-deadline-passed = vorbei
chain-documents = Mitbringen
chain-costs = Kosten
chain-tip = Tipp
chain-where = Wer hilft
chain-branch = Weiter geht es hier:
chain-related = Passende Lebenslagen
chain-qr-heading = QR-Code für Aushang und Flyer
chain-qr-hint = Dieser Code führt zu dieser Seite. Er enthält keinen persönlichen Fortschritt.
chain-qr-download = QR-Code herunterladen (SVG)
chain-preview-banner = Vorschau des Entwurfs – so sähe die Seite nach dem Veröffentlichen aus.
chains-admin-title = Wege durch Lebenslagen
chain-poster = Aushang mit QR-Code drucken
chain-poster-scan = Code scannen: Schritt für Schritt, mit Adressen, Fristen und Unterlagen – kostenlos, ohne Anmeldung.
