//! In-process search benchmark on a synthetic Berlin-wide directory (see BENCHMARKS.md):
//! `cargo run --release -p wegweiser-search --example bench [-- OFFERS]`
//!
//! Generates OFFERS offers (default 100,000) over the 12 Berlin districts, builds the index, runs a
//! fixed mix of 1,000 queries and prints build time, query latency p50/p99 and the peak memory.

use std::time::Instant;

use chrono::{NaiveDate, NaiveTime};
use wegweiser_domain::directory::{
    AccessMode, Address, Category, Cost, Location, Offer, OfferQuery, OfferStatus,
    OrganizationKind, OrganizationRef, Sort, Translated,
};
use wegweiser_domain::hours::{OpeningHours, WeeklySlot};
use wegweiser_search::{IndexContext, SearchIndex, Synonyms};

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
const CATEGORIES: [(&str, &str, &str); 11] = [
    ("beratung", "Beratung", "Counselling"),
    (
        "schwangerschaft-und-geburt",
        "Schwangerschaft und Geburt",
        "Pregnancy and birth",
    ),
    ("kinderbetreuung", "Kinderbetreuung", "Childcare"),
    (
        "geld-und-leistungen",
        "Geld und Leistungen",
        "Money and benefits",
    ),
    (
        "arbeit-und-ausbildung",
        "Arbeit und Ausbildung",
        "Work and training",
    ),
    ("gesundheit", "Gesundheit", "Health"),
    ("wohnen", "Wohnen", "Housing"),
    (
        "recht-und-trennung",
        "Recht und Trennung",
        "Law and separation",
    ),
    (
        "freizeit-und-familie",
        "Freizeit und Familie",
        "Leisure and family",
    ),
    (
        "treffs-und-austausch",
        "Treffs und Austausch",
        "Meeting other parents",
    ),
    (
        "krise-und-notfall",
        "Krise und Notfall",
        "Crisis and emergency",
    ),
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

/// A small deterministic generator (no dependency, same data on every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() as usize) % v.len()]
    }
}

fn offer(i: usize, r: &mut Lcg, today: NaiveDate) -> Offer {
    let district = *r.pick(&DISTRICTS);
    let topic = *r.pick(&TOPICS);
    let (slug, _, _) = *r.pick(&CATEGORIES);
    let mut summary = String::new();
    for _ in 0..12 {
        summary.push_str(r.pick::<&str>(&WORDS));
        summary.push(' ');
    }
    let day = (r.next() % 6) as u8 + 1;
    let opens = NaiveTime::from_hms_opt(8 + (r.next() % 6) as u32, 0, 0).unwrap_or_default();
    let closes = NaiveTime::from_hms_opt(14 + (r.next() % 6) as u32, 0, 0).unwrap_or_default();
    let lat = 52.40 + (r.next() % 2000) as f64 / 10_000.0;
    let lon = 13.20 + (r.next() % 4000) as f64 / 10_000.0;
    Offer {
        id: i as i64 + 1,
        organization: OrganizationRef {
            id: (i / 4) as i64 + 1,
            name: format!("Familienzentrum {district} {}", i / 4),
            kind: OrganizationKind::Provider,
            is_example: true,
        },
        name: Translated::new(format!("{topic} {district}")),
        summary: Translated::new(summary),
        description: Translated::new(format!(
            "{topic} für Familien in {district}. Beratung und Hilfe im Kiez."
        )),
        status: OfferStatus::Published,
        valid_from: None,
        valid_until: None,
        closed_reason: None,
        last_verified: Some(today - chrono::Duration::days((r.next() % 400) as i64)),
        cost: *r.pick(&[Cost::Free, Cost::Free, Cost::Reduced, Cost::Paid]),
        cost_note: Translated::default(),
        childcare: r.next().is_multiple_of(3),
        access: *r.pick(&[
            AccessMode::Appointment,
            AccessMode::WalkIn,
            AccessMode::Both,
        ]),
        email: None,
        phone: None,
        website: None,
        eligibility: Translated::default(),
        how_to_access: Translated::default(),
        categories: vec![slug.to_string()],
        target_groups: vec!["single-parents".into()],
        languages: vec![
            "de".into(),
            r.pick(&["en", "tr", "ar", "ru", "vi", "uk", "pl"])
                .to_string(),
        ],
        locations: vec![Location {
            id: i as i64 + 1,
            name: format!("Standort {i}"),
            address: Some(Address {
                street: format!("Beispielstraße {}", i % 200),
                postcode: format!("1{:04}", r.next() % 4000),
                city: "Berlin".into(),
            }),
            ortsteil: None,
            position: Some((lat, lon)),
            confidential: false,
            wheelchair_access: r.next().is_multiple_of(2),
            transit: None,
            contact_note: Translated::default(),
        }],
        hours: OpeningHours {
            weekly: vec![WeeklySlot {
                weekday: day,
                opens,
                closes,
            }],
            exceptions: vec![],
            always_open: false,
        },
        is_example: true,
    }
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_string)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("date")?;
    let now = today.and_hms_opt(10, 30, 0).ok_or("time")?;
    let mut r = Lcg(42);
    let offers: Vec<Offer> = (0..n).map(|i| offer(i, &mut r, today)).collect();
    let categories: Vec<Category> = CATEGORIES
        .iter()
        .enumerate()
        .map(|(i, (slug, de, en))| {
            let mut name = Translated::new(*de);
            name.other.insert("en".into(), (*en).into());
            Category {
                id: i as i64 + 1,
                slug: (*slug).into(),
                name,
                description: Translated::default(),
                position: i as i32,
            }
        })
        .collect();
    let ctx = IndexContext {
        categories,
        synonyms: Synonyms::from_lines([
            "Kita, Kindertagesstätte, Kindergarten",
            "Hartz IV => Bürgergeld, Grundsicherung",
        ]),
        extra_terms: Default::default(),
    };
    let started = Instant::now();
    let index = SearchIndex::build(offers, ctx)?;
    let build = started.elapsed();

    let texts = [
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
    let mut latencies = Vec::with_capacity(1000);
    let mut total_hits = 0usize;
    for i in 0..1000 {
        let mut q = OfferQuery {
            text: texts[i % texts.len()].to_string(),
            page: 1,
            per_page: 20,
            ..Default::default()
        };
        match i % 5 {
            1 => q.category = Some(CATEGORIES[i % CATEGORIES.len()].0.to_string()),
            2 => q.free = true,
            3 => {
                q.open_now = true;
                q.walk_in = true;
            }
            4 => {
                q.near = wegweiser_domain::directory::RawOfferQuery {
                    near: Some("10369".into()),
                    ..Default::default()
                }
                .validate(&[])
                .ok()
                .and_then(|v| v.near);
                q.sort = Sort::Distance;
            }
            _ => {}
        }
        let t = Instant::now();
        let res = index.search(&q, now);
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
        total_hits += res.total;
    }
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!("offers                  {n}");
    println!("index build             {:.2} s", build.as_secs_f64());
    println!(
        "queries                 1000 (mean {} results)",
        total_hits / 1000
    );
    println!("latency p50             {:.3} ms", pct(0.50));
    println!("latency p99             {:.3} ms", pct(0.99));
    println!(
        "latency max             {:.3} ms",
        latencies[latencies.len() - 1]
    );
    println!("peak memory (VmHWM)     {:.0} MB", peak_rss_mb());
    Ok(())
}
