## Public statistics (/statistik)
stats-title = Statistik
stats-lead = Was Eltern im Bezirk suchen, was ihnen fehlt und wie Wegweiser genutzt wird: offene Zahlen für Politik und Öffentlichkeit.
stats-period = Zeitraum: { $period }.
stats-privacy = Alle Zahlen sind anonyme Summen. Zahlen unter 5 – und Zahlen, aus denen sich eine solche ausrechnen ließe – zeigen wir als „< 5“.
stats-tell-us = Ihnen fehlt etwas? Sagen Sie es uns.
