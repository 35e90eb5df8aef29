//! A deterministic synthetic Berlin-wide directory: organisations with two locations and four
//! offers each, spread over the 12 districts, in the same seed format as the demo content, so that
//! it is loaded through the store exactly like real content.

use wegweiser_domain::directory::{AccessMode, Cost, OrganizationKind, Translated};
use wegweiser_domain::seed::{DirectorySeed, SeedLocation, SeedOffer, SeedOrganization};

const DISTRICTS: [&str; 12] = [
    "Mitte",
    "Friedrichshain-Kreuzberg",
    "Pankow",
    "Charlottenburg-Wilmersdorf",
    "Spandau",
    "Steglitz-Zehlendorf",
    "Tempelhof-Schöneberg",
    "Neukölln",
    "Treptow-Köpenick",
    "Marzahn-Hellersdorf",
    "Lichtenberg",
    "Reinickendorf",
];

/// Category slugs of the store (migration 0002).
pub const CATEGORIES: [&str; 11] = [
    "beratung",
    "schwangerschaft-und-geburt",
    "kinderbetreuung",
    "geld-und-leistungen",
    "arbeit-und-ausbildung",
    "gesundheit",
    "wohnen",
    "recht-und-trennung",
    "freizeit-und-familie",
    "treffs-und-austausch",
    "krise-und-notfall",
];

const TOPICS: [&str; 24] = [
    "Erziehungsberatung",
    "Schwangerschaftsberatung",
    "Kinderbetreuung zu Randzeiten",
    "Hilfe bei Anträgen",
    "Unterhaltsvorschuss",
    "Bewerbungstraining",
    "Teilzeitausbildung",
    "Mietschuldenberatung",
    "Familienfrühstück",
    "Alleinerziehenden-Café",
    "Rechtsberatung Familienrecht",
    "Schuldnerberatung",
    "Hebammensprechstunde",
    "Hausaufgabenhilfe",
    "Eltern-Kind-Turnen",
    "Sozialberatung",
    "Trennungsberatung",
    "Väter-Treff",
    "Wohnungssuche",
    "Kita-Platz-Beratung",
    "Elterngeld-Sprechstunde",
    "Krisenberatung",
    "Babytreff",
    "Ferienprogramm",
];

const WORDS: [&str; 16] = [
    "Familien",
    "Eltern",
    "Kinder",
    "Alleinerziehende",
    "kostenlos",
    "vertraulich",
    "Termin",
    "offen",
    "Beratung",
    "Hilfe",
    "Nachbarschaft",
    "Treffpunkt",
    "mehrsprachig",
    "Jugendamt",
    "Jobcenter",
    "Unterstützung",
];

const HOURS: [&str; 6] = [
    "Mo-Fr 09:00-12:00",
    "Di,Do 14:00-18:00",
    "Mo,Mi 10:00-16:00",
    "Sa 10:00-13:00",
    "Fr 15:00-19:00",
    "Mo-Do 08:00-15:30",
];

/// A small deterministic generator (same data on every run, no dependency).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<T: Copy>(&mut self, v: &[T]) -> T {
        v[(self.next() as usize) % v.len()]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `offers` offers in organisations of four.
pub fn directory(offers: usize) -> DirectorySeed {
    let mut r = Lcg(42);
    let mut organizations = Vec::with_capacity(offers.div_ceil(4));
    let mut made = 0;
    while made < offers {
        let i = organizations.len();
        let district = r.pick(&DISTRICTS);
        let locations = (0..2)
            .map(|k| SeedLocation {
                key: format!("l{k}"),
                name: format!("Standort {district} {i}-{k}"),
                street: Some(format!("Beispielstraße {}", r.below(200) + 1)),
                postcode: Some(format!("1{:04}", r.below(4000))),
                city: "Berlin".into(),
                lat: Some(52.40 + r.below(2000) as f64 / 10_000.0),
                lon: Some(13.20 + r.below(4000) as f64 / 10_000.0),
                ortsteil: None,
                confidential: false,
                wheelchair: r.below(2) == 0,
                transit: None,
                contact_note: Translated::default(),
            })
            .collect();
        let n = (offers - made).min(4);
        let offers_here = (0..n)
            .map(|k| {
                let topic = r.pick(&TOPICS);
                let mut summary = String::new();
                for _ in 0..12 {
                    summary.push_str(r.pick(&WORDS));
                    summary.push(' ');
                }
                SeedOffer {
                    name: Translated::new(format!("{topic} {district}")),
                    summary: Translated::new(summary.trim_end()),
                    description: Translated::new(format!(
                        "{topic} für Familien in {district}. Beratung und Hilfe im Kiez."
                    )),
                    status: wegweiser_domain::directory::PublicationStatus::Published,
                    categories: vec![r.pick(&CATEGORIES).to_string()],
                    target_groups: vec!["single-parents".into()],
                    languages: vec![
                        "de".into(),
                        r.pick(&["en", "tr", "ar", "ru", "vi", "uk", "pl"]).into(),
                    ],
                    cost: r.pick(&[Cost::Free, Cost::Free, Cost::Reduced, Cost::Paid]),
                    cost_note: Translated::default(),
                    childcare: r.below(3) == 0,
                    access: r.pick(&[
                        AccessMode::Appointment,
                        AccessMode::WalkIn,
                        AccessMode::Both,
                    ]),
                    email: None,
                    phone: Some(format!("030 {:07}", r.below(10_000_000))),
                    website: None,
                    eligibility: Translated::default(),
                    how_to_access: Translated::default(),
                    locations: vec![format!("l{}", k % 2)],
                    hours: vec![r.pick(&HOURS).to_string()],
                    always_open: false,
                    exceptions: vec![],
                    closed_reason: None,
                    valid_from_days: None,
                    valid_until_days: None,
                    verified_days_ago: r.below(400) as i64,
                    example: true,
                }
            })
            .collect();
        organizations.push(SeedOrganization {
            name: format!("Familienzentrum {district} {i}"),
            kind: OrganizationKind::Provider,
            description: Translated::default(),
            website: None,
            email: None,
            phone: None,
            example: true,
            locations,
            offers: offers_here,
        });
        made += n;
    }
    DirectorySeed { organizations }
}

/// The fixed query mix: 1,000 queries over 20 texts (typos, compounds, synonyms, an empty query, one
/// without results); every fifth with a category, free of charge, open now + walk-in, or sorted by
/// distance from a postcode. As URL query strings, the way the pages and the API receive them.
pub fn query_mix() -> Vec<String> {
    const TEXTS: [&str; 20] = [
        "Beratung",
        "Kinderbetreung",
        "Unterhalt",
        "Schwangerschaftsberatng",
        "Kita",
        "Hartz IV",
        "Mietschulden",
        "Familienfrühstück",
        "Muehle",
        "Jobcenter Lichtenberg",
        "Hebamme",
        "Väter",
        "Teilzeitausbildung",
        "counselling",
        "Rechtsberatung Familienrecht",
        "Ferien",
        "xyzzy",
        "",
        "Schulden Neukölln",
        "Café",
    ];
    (0..1000)
        .map(|i| {
            let mut s = format!("q={}", encode(TEXTS[i % TEXTS.len()]));
            match i % 5 {
                1 => s.push_str(&format!("&category={}", CATEGORIES[i % CATEGORIES.len()])),
                2 => s.push_str("&free=1"),
                3 => s.push_str("&open_now=1&walk_in=1"),
                4 => s.push_str("&near=10369&sort=distance"),
                _ => {}
            }
            s
        })
        .collect()
}

/// The texts of the mix (for PostgreSQL, which gets the text part only).
pub fn mix_texts() -> Vec<String> {
    query_mix()
        .iter()
        .map(|q| decode(q.split('&').next().unwrap_or("q=").trim_start_matches("q=")))
        .collect()
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

pub fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// Parses "a=b&c=d" into the query the pages validate.
pub fn raw_query(s: &str) -> wegweiser_domain::directory::RawOfferQuery {
    let mut q = wegweiser_domain::directory::RawOfferQuery::default();
    for pair in s.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = Some(decode(v));
        match k {
            "q" => q.q = v,
            "category" => q.category = v,
            "free" => q.free = v,
            "open_now" => q.open_now = v,
            "walk_in" => q.walk_in = v,
            "near" => q.near = v,
            "sort" => q.sort = v,
            "per_page" => q.per_page = v,
            _ => {}
        }
    }
    q
}
