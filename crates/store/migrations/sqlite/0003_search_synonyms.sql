-- Synonym rules for the search, in Solr notation: "a, b, c" (all equal) or "a => b" (one way).
-- The coordinator maintains them; these are the starting set.
CREATE TABLE search_synonym (
    id   INTEGER PRIMARY KEY,
    rule TEXT NOT NULL UNIQUE
);
INSERT INTO search_synonym (rule) VALUES
 ('Kita, Kindertagesstätte, Kindergarten, Krippe, Kinderkrippe'),
 ('Tagesmutter, Tagespflege, Tagesvater'),
 ('Hartz IV => Bürgergeld, Grundsicherung, Grundsicherungsgeld'),
 ('Hartz 4 => Bürgergeld, Grundsicherung, Grundsicherungsgeld'),
 ('ALG II => Bürgergeld, Grundsicherung'),
 ('ALG 2 => Bürgergeld, Grundsicherung'),
 ('Sozialhilfe => Bürgergeld, Grundsicherung'),
 ('Bürgergeld, Grundsicherungsgeld, Grundsicherung'),
 ('Jobcenter, Arbeitsvermittlung, Arbeitsamt'),
 ('Arbeitsamt => Jobcenter, Arbeitsvermittlung, Agentur für Arbeit'),
 ('Unterhalt, Alimente, Kindesunterhalt'),
 ('Frauenhaus, Schutzwohnung, Zufluchtswohnung, Schutzplatz'),
 ('häusliche Gewalt, Gewalt, Misshandlung'),
 ('Anwalt, Anwältin, Rechtsanwalt, Rechtsberatung, Jurist'),
 ('Scheidung, Trennung'),
 ('Schwanger, Schwangerschaft, Schwangere, werdende Mutter'),
 ('Baby, Säugling, Neugeborenes'),
 ('Mietschulden, Räumung, Zwangsräumung, Wohnungsverlust, Kündigung'),
 ('obdachlos, wohnungslos, Wohnungslosigkeit, Obdachlosigkeit'),
 ('Schulden, Schuldnerberatung, Inkasso, Pfändung'),
 ('Elterngeld, Elternzeit'),
 ('Kindergeld, Familienkasse'),
 ('Wohngeld, Mietzuschuss'),
 ('Job, Arbeit, Stelle, Arbeitsstelle, Beschäftigung'),
 ('Ausbildung, Lehre, Berufsausbildung'),
 ('Arzt, Ärztin, Doktor, Kinderarzt'),
 ('Depression, Erschöpfung, Burnout, psychische Krise'),
 ('Bildungspaket, Bildung und Teilhabe, BuT, berlinpass'),
 ('Kinderbetreuung, Betreuung, Babysitter'),
 ('Treffen, Treff, Gruppe, Austausch, Café'),
 ('Formular, Antrag, Anträge');
