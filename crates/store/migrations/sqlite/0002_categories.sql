-- The taxonomy of life situations. German names here, other languages in `translation`.
INSERT INTO taxonomy_term (slug, name, description, position) VALUES
 ('beratung', 'Beratung', 'Erziehungs-, Familien-, Sozial- und Lebensberatung', 1),
 ('schwangerschaft-und-geburt', 'Schwangerschaft und Geburt', 'Schwangerschaftsberatung, Hebammen, die erste Zeit mit Baby', 2),
 ('kinderbetreuung', 'Kinderbetreuung', 'Kita, Tagespflege, Hort und flexible Betreuung zu Randzeiten', 3),
 ('geld-und-leistungen', 'Geld und Leistungen', 'Kindergeld, Unterhaltsvorschuss, Wohngeld, Bürgergeld und Hilfe bei Anträgen', 4),
 ('arbeit-und-ausbildung', 'Arbeit und Ausbildung', 'Jobsuche, Teilzeitausbildung, Weiterbildung und Wiedereinstieg', 5),
 ('gesundheit', 'Gesundheit', 'Gesundheit von Eltern und Kindern, Entlastung und Kur', 6),
 ('wohnen', 'Wohnen', 'Wohnungssuche, Mietschulden, drohende Wohnungslosigkeit', 7),
 ('recht-und-trennung', 'Recht und Trennung', 'Unterhalt, Sorge- und Umgangsrecht, Beistandschaft, Trennungsberatung', 8),
 ('freizeit-und-familie', 'Freizeit und Familie', 'Familienzentren, Ausflüge, Ferien und Angebote für Kinder', 9),
 ('treffs-und-austausch', 'Treffs und Austausch', 'Andere Alleinerziehende kennenlernen, Gruppen und Cafés', 10),
 ('krise-und-notfall', 'Krise und Notfall', 'Sofortige Hilfe bei Gewalt, Krisen und Notlagen', 11);

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'name', 'en', CASE slug
   WHEN 'beratung' THEN 'Counselling'
   WHEN 'schwangerschaft-und-geburt' THEN 'Pregnancy and birth'
   WHEN 'kinderbetreuung' THEN 'Childcare'
   WHEN 'geld-und-leistungen' THEN 'Money and benefits'
   WHEN 'arbeit-und-ausbildung' THEN 'Work and training'
   WHEN 'gesundheit' THEN 'Health'
   WHEN 'wohnen' THEN 'Housing'
   WHEN 'recht-und-trennung' THEN 'Law and separation'
   WHEN 'freizeit-und-familie' THEN 'Leisure and family'
   WHEN 'treffs-und-austausch' THEN 'Meeting other parents'
   WHEN 'krise-und-notfall' THEN 'Crisis and emergency'
 END FROM taxonomy_term;

INSERT INTO translation (entity, entity_id, field, lang, value)
SELECT 'category', id, 'description', 'en', CASE slug
   WHEN 'beratung' THEN 'Parenting, family, social and life counselling'
   WHEN 'schwangerschaft-und-geburt' THEN 'Pregnancy counselling, midwives, the first months with a baby'
   WHEN 'kinderbetreuung' THEN 'Kita, childminders, after-school care and flexible care at off-peak hours'
   WHEN 'geld-und-leistungen' THEN 'Child benefit, maintenance advance, housing benefit, citizen''s income and help with forms'
   WHEN 'arbeit-und-ausbildung' THEN 'Job search, part-time vocational training, further training and returning to work'
   WHEN 'gesundheit' THEN 'Health of parents and children, respite and recovery'
   WHEN 'wohnen' THEN 'Finding a flat, rent arrears, threatened homelessness'
   WHEN 'recht-und-trennung' THEN 'Maintenance, custody and contact rights, Beistandschaft, separation counselling'
   WHEN 'freizeit-und-familie' THEN 'Family centres, outings, holidays and activities for children'
   WHEN 'treffs-und-austausch' THEN 'Meet other single parents: groups and cafés'
   WHEN 'krise-und-notfall' THEN 'Immediate help with violence, crises and emergencies'
 END FROM taxonomy_term;
