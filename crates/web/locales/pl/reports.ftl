## Public statistics (/statistik)
stats-title = Statystyka
stats-lead = Czego rodzice szukają w okręgu, czego im brakuje i jak korzysta się z Wegweiser: otwarte liczby dla polityki i opinii publicznej.
stats-period = Okres: { $period }.
stats-privacy = Wszystkie liczby to anonimowe sumy. Liczby poniżej 5 – i liczby, z których dałoby się taką obliczyć – pokazujemy jako „< 5”.
stats-tell-us = Czegoś Ci brakuje? Powiedz nam.
