-- More starting rules for how people ask (issue 15): colloquial words and the abbreviations of
-- laws and offices. A rule the coordinator already has stays as it is.
INSERT INTO search_synonym (rule) VALUES
 ('Stütze => Bürgergeld, Grundsicherung'),
 ('Stuetze => Bürgergeld, Grundsicherung'),
 ('WBS, Wohnberechtigungsschein'),
 ('WBS => Wohnungssuche, Wohnung'),
 ('UVG => Unterhaltsvorschuss'),
 ('Unterhaltsvorschussgesetz => Unterhaltsvorschuss'),
 ('EFB => Erziehungsberatung, Familienberatung'),
 ('KiZ, Kinderzuschlag'),
 ('BAföG, Bafög => Ausbildung, Teilzeitausbildung'),
 ('Formulare => Antrag, Anträge'),
 ('Papierkram => Antrag, Anträge'),
 ('Ämter, Amt, Behörde, Behörden')
ON CONFLICT (rule) DO NOTHING;
