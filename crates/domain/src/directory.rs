//! The offer directory (HSDS 3 "organization", "service", "location"), its rules and its search query.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::geo::{self, LatLon};
use crate::hours::OpeningHours;

pub type OfferId = i64;
pub type OrganizationId = i64;
pub type LocationId = i64;

/// A text in German with optional translations; reading falls back to German. A translation
/// written before its German text last changed is kept, marked outdated, for an editor to check;
/// until then readers get German.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Translated {
    pub de: String,
    #[serde(flatten)]
    pub other: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub outdated: BTreeSet<String>,
}

/// Hand-written content may give a plain German string or a table of languages; the table's
/// `outdated` entry lists the languages to check. Read by hand rather than as an untagged enum:
/// that buffered every text and built an error message for each table it tried as a string, a
/// quarter of the home page's time (BENCHMARKS.md, issue 21).
impl<'de> Deserialize<'de> for Translated {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TranslatedVisitor;
        impl<'de> serde::de::Visitor<'de> for TranslatedVisitor {
            type Value = Translated;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a German text or a table of languages")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Translated, E> {
                Ok(Translated::new(v))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Translated, E> {
                Ok(Translated::new(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Translated, A::Error> {
                let mut t = Translated::default();
                while let Some(key) = map.next_key::<String>()? {
                    match (key.as_str(), map.next_value::<TextOrList>()?) {
                        ("de", TextOrList::Text(de)) => t.de = de,
                        ("outdated", TextOrList::List(langs)) => {
                            t.outdated = langs.into_iter().collect()
                        }
                        (_, TextOrList::Text(text)) => {
                            t.other.insert(key, text);
                        }
                        (_, TextOrList::List(_)) => {}
                    }
                }
                Ok(t)
            }
        }
        d.deserialize_any(TranslatedVisitor)
    }
}

/// A table entry: a text, or (for `outdated`) a list of languages.
enum TextOrList {
    Text(String),
    List(Vec<String>),
}

impl<'de> Deserialize<'de> for TextOrList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntryVisitor;
        impl<'de> serde::de::Visitor<'de> for EntryVisitor {
            type Value = TextOrList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text or a list of languages")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<TextOrList, E> {
                Ok(TextOrList::Text(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<TextOrList, E> {
                Ok(TextOrList::Text(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<TextOrList, A::Error> {
                let mut langs = Vec::new();
                while let Some(l) = seq.next_element::<String>()? {
                    langs.push(l);
                }
                Ok(TextOrList::List(langs))
            }
        }
        d.deserialize_any(EntryVisitor)
    }
}

impl Translated {
    pub fn new(de: impl Into<String>) -> Self {
        Self {
            de: de.into(),
            ..Self::default()
        }
    }
    /// A German text with an English translation when one is given (both trimmed), as the back
    /// office's paired fields send them.
    pub fn with_en(de: &str, en: &str) -> Self {
        let mut t = Translated::new(de.trim());
        if !en.trim().is_empty() {
            t.other.insert("en".into(), en.trim().to_string());
        }
        t
    }
    /// The text a reader of `lang` gets: its translation unless missing or outdated, else German.
    pub fn get(&self, lang: &str) -> &str {
        self.other
            .get(lang)
            .filter(|s| !s.is_empty() && !self.outdated.contains(lang))
            .map(String::as_str)
            .unwrap_or(&self.de)
    }
    /// Whether readers of `lang` get the text in `lang` itself (not German by falling back).
    pub fn has(&self, lang: &str) -> bool {
        lang == "de"
            || (self.other.get(lang).is_some_and(|s| !s.is_empty())
                && !self.outdated.contains(lang))
    }
    /// The stored translation into `lang`, outdated or not: for the editor.
    pub fn stored(&self, lang: &str) -> Option<(&str, bool)> {
        self.other
            .get(lang)
            .filter(|s| !s.is_empty())
            .map(|s| (s.as_str(), self.outdated.contains(lang)))
    }
    pub fn is_empty(&self) -> bool {
        self.de.is_empty()
    }
    pub fn all_texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.de.as_str()).chain(self.other.values().map(String::as_str))
    }
    /// `self` after an editor saved `sent` (German, and the translations the form carried, as
    /// `lang -> text`): a language the form carried is replaced (blank removes it), one it did not
    /// carry is kept as it was. A translation left unchanged while German changed becomes
    /// outdated, and stays so until `confirmed(lang)` (the editor checked it).
    pub fn revised(
        &self,
        de: &str,
        sent: &BTreeMap<String, String>,
        confirmed: impl Fn(&str) -> bool,
    ) -> Translated {
        let de = de.trim();
        let german_changed = de != self.de.trim();
        let mut next = Translated::new(de);
        let langs: BTreeSet<&str> = self
            .other
            .keys()
            .chain(sent.keys())
            .map(String::as_str)
            .collect();
        for lang in langs {
            let stored = self.stored(lang);
            let submitted = match sent.get(lang) {
                Some(text) => text.as_str(),
                None => stored.map_or("", |s| s.0),
            };
            if let Some((text, outdated)) = crate::editorial::next_translation(
                german_changed,
                stored,
                submitted,
                confirmed(lang),
            ) {
                next.other.insert(lang.to_string(), text);
                if outdated {
                    next.outdated.insert(lang.to_string());
                }
            }
        }
        next
    }
}

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use str_enum;

str_enum!(
    /// Editorial status of offers, events, articles and chains; only published ones are public.
    PublicationStatus { Draft = "draft", Published = "published", Archived = "archived" }
);
str_enum!(Cost { Free = "free", Reduced = "reduced", Paid = "paid" });
str_enum!(
    /// How a parent gets access: appointment needed, walk-in, or both possible.
    AccessMode { Appointment = "appointment", WalkIn = "walk_in", Both = "both" }
);
str_enum!(
    OrganizationKind { PublicInstitution = "public_institution", Provider = "provider", Helpline = "helpline" }
);

/// Languages an offer can be given in (ISO 639-1). Names come from the locale files.
pub const SPOKEN_LANGUAGES: &[&str] = &[
    "de", "en", "tr", "ar", "ru", "uk", "vi", "pl", "fa", "ku", "ro", "bg", "fr", "es", "sq", "sr",
    "dgs",
];

/// Target groups (a fixed vocabulary; labels come from the locale files).
pub const TARGET_GROUPS: &[&str] = &[
    "single-parents",
    "pregnant",
    "fathers",
    "families",
    "children",
    "youth",
    "migrants",
    "women",
    "unemployed",
];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: i64,
    pub slug: String,
    pub name: Translated,
    pub description: Translated,
    pub position: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: OrganizationId,
    pub name: String,
    pub kind: OrganizationKind,
    pub description: Translated,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub is_example: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

/// A place where an offer is given. A confidential location never carries its address or position
/// outside the store: the store leaves them out when it reads public data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: LocationId,
    pub name: String,
    pub address: Option<Address>,
    pub ortsteil: Option<String>,
    pub position: Option<(f64, f64)>,
    pub confidential: bool,
    pub wheelchair_access: bool,
    pub transit: Option<String>,
    /// For confidential places: how to make contact instead.
    pub contact_note: Translated,
}

impl Location {
    /// Removes what must not leave the server for a confidential place.
    pub fn redacted(mut self) -> Self {
        if self.confidential {
            self.address = None;
            self.position = None;
            self.ortsteil = None;
            self.transit = None;
        }
        self
    }
    pub fn lat_lon(&self) -> Option<LatLon> {
        self.position.map(|(lat, lon)| LatLon { lat, lon })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRef {
    pub id: OrganizationId,
    pub name: String,
    pub kind: OrganizationKind,
    pub is_example: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    pub id: OfferId,
    pub organization: OrganizationRef,
    pub name: Translated,
    pub summary: Translated,
    pub description: Translated,
    pub status: PublicationStatus,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    /// Set while the offer is temporarily closed: the reason shown to parents.
    pub closed_reason: Option<Translated>,
    pub last_verified: Option<NaiveDate>,
    pub cost: Cost,
    pub cost_note: Translated,
    pub childcare: bool,
    pub access: AccessMode,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub eligibility: Translated,
    pub how_to_access: Translated,
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub locations: Vec<Location>,
    pub hours: OpeningHours,
    pub is_example: bool,
}

impl Offer {
    /// Listed publicly: published and within its validity period on `today`.
    pub fn is_listed(&self, today: NaiveDate) -> bool {
        self.status == PublicationStatus::Published
            && self.valid_from.is_none_or(|d| d <= today)
            && self.valid_until.is_none_or(|d| d >= today)
    }
    pub fn is_temporarily_closed(&self) -> bool {
        self.closed_reason.is_some()
    }
    pub fn wheelchair_access(&self) -> bool {
        self.locations.iter().any(|l| l.wheelchair_access)
    }
    pub fn ortsteile(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .locations
            .iter()
            .filter_map(|l| l.ortsteil.as_deref())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
    pub fn is_free(&self) -> bool {
        self.cost == Cost::Free
    }
    /// Open at this Berlin local time (a temporarily closed offer never is).
    pub fn is_open_at(&self, now: NaiveDateTime) -> bool {
        !self.is_temporarily_closed() && self.hours.is_open_at(now)
    }
    /// An example entry is one that is not real, or whose organisation is not.
    pub fn is_marked_example(&self) -> bool {
        self.is_example || self.organization.is_example
    }
}

/// Assigns the Ortsteil from coordinates where the address did not say.
pub fn ortsteil_for(position: Option<(f64, f64)>) -> Option<&'static str> {
    position
        .and_then(|(lat, lon)| geo::ortsteil_at(LatLon { lat, lon }))
        .map(|o| o.slug)
}

// ---------- the search query ----------

pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_PER_PAGE: u32 = 100;
pub const DEFAULT_PER_PAGE: u32 = 20;

/// The raw query as it arrives from a form or the API (all strings, all optional).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct RawOfferQuery {
    pub q: Option<String>,
    pub category: Option<String>,
    pub ortsteil: Option<String>,
    pub language: Option<String>,
    pub free: Option<String>,
    pub wheelchair: Option<String>,
    pub childcare: Option<String>,
    pub open_now: Option<String>,
    pub walk_in: Option<String>,
    pub weekday: Option<String>,
    pub evening: Option<String>,
    pub weekend: Option<String>,
    pub near: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    #[default]
    Relevance,
    Distance,
}

/// A place to measure distances from: a Lichtenberg postcode or Ortsteil.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Near {
    /// What the user typed, cleaned.
    pub input: String,
    pub ortsteil: &'static str,
    #[serde(skip)]
    pub point: LatLon,
}

impl Eq for Near {}

/// A validated search query.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OfferQuery {
    pub text: String,
    pub category: Option<String>,
    pub ortsteil: Option<String>,
    pub language: Option<String>,
    pub free: bool,
    pub wheelchair: bool,
    pub childcare: bool,
    pub open_now: bool,
    /// Offers that can be visited without an appointment.
    pub walk_in: bool,
    /// Open on this ISO weekday (1 = Monday).
    pub weekday: Option<u8>,
    /// Open after 17:00 on some day.
    pub evening: bool,
    /// Open on Saturday or Sunday.
    pub weekend: bool,
    pub near: Option<Near>,
    pub sort: Sort,
    pub page: u32,
    pub per_page: u32,
}

/// What is wrong with a query; the web layer turns each into a message in the user's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum QueryError {
    TextTooLong { field: &'static str, max: usize },
    UnknownCategory { field: &'static str, value: String },
    UnknownOrtsteil { field: &'static str, value: String },
    UnknownLanguage { field: &'static str, value: String },
    InvalidFlag { field: &'static str, value: String },
    InvalidNumber { field: &'static str, value: String },
    UnknownWeekday { field: &'static str, value: String },
    UnknownPlace { field: &'static str, value: String },
    UnknownSort { field: &'static str, value: String },
    DistanceNeedsPlace { field: &'static str },
}

impl QueryError {
    pub fn field(&self) -> &'static str {
        match self {
            QueryError::TextTooLong { field, .. }
            | QueryError::UnknownCategory { field, .. }
            | QueryError::UnknownOrtsteil { field, .. }
            | QueryError::UnknownLanguage { field, .. }
            | QueryError::InvalidFlag { field, .. }
            | QueryError::InvalidNumber { field, .. }
            | QueryError::UnknownWeekday { field, .. }
            | QueryError::UnknownPlace { field, .. }
            | QueryError::UnknownSort { field, .. }
            | QueryError::DistanceNeedsPlace { field } => field,
        }
    }
}

fn flag(field: &'static str, v: &Option<String>, errs: &mut Vec<QueryError>) -> bool {
    match v.as_deref().map(str::trim) {
        None | Some("") | Some("0") | Some("false") | Some("off") | Some("no") | Some("nein") => {
            false
        }
        Some("1") | Some("true") | Some("on") | Some("yes") | Some("ja") => true,
        Some(other) => {
            errs.push(QueryError::InvalidFlag {
                field,
                value: other.to_string(),
            });
            false
        }
    }
}

fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Removes control characters (a pasted tab or newline should still search), collapses whitespace.
pub fn clean_text(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl RawOfferQuery {
    /// Validates against the known categories; collects every problem, not just the first.
    pub fn validate(&self, known_categories: &[&str]) -> Result<OfferQuery, Vec<QueryError>> {
        let mut errs = Vec::new();
        let text = clean_text(self.q.as_deref().unwrap_or(""));
        if text.chars().count() > MAX_QUERY_CHARS {
            errs.push(QueryError::TextTooLong {
                field: "q",
                max: MAX_QUERY_CHARS,
            });
        }
        let category = nonempty(&self.category);
        if let Some(c) = &category
            && !known_categories.contains(&c.as_str())
        {
            errs.push(QueryError::UnknownCategory {
                field: "category",
                value: c.clone(),
            });
        }
        let ortsteil = nonempty(&self.ortsteil);
        if let Some(o) = &ortsteil
            && geo::ortsteil_by_slug(o).is_none()
        {
            errs.push(QueryError::UnknownOrtsteil {
                field: "ortsteil",
                value: o.clone(),
            });
        }
        let language = nonempty(&self.language);
        if let Some(l) = &language
            && !SPOKEN_LANGUAGES.contains(&l.as_str())
        {
            errs.push(QueryError::UnknownLanguage {
                field: "language",
                value: l.clone(),
            });
        }
        let free = flag("free", &self.free, &mut errs);
        let wheelchair = flag("wheelchair", &self.wheelchair, &mut errs);
        let childcare = flag("childcare", &self.childcare, &mut errs);
        let open_now = flag("open_now", &self.open_now, &mut errs);
        let walk_in = flag("walk_in", &self.walk_in, &mut errs);
        let evening = flag("evening", &self.evening, &mut errs);
        let weekend = flag("weekend", &self.weekend, &mut errs);
        let weekday = match nonempty(&self.weekday) {
            None => None,
            Some(w) => match parse_weekday(&w) {
                Some(n) => Some(n),
                None => {
                    errs.push(QueryError::UnknownWeekday {
                        field: "weekday",
                        value: w,
                    });
                    None
                }
            },
        };
        let near = match nonempty(&self.near) {
            None => None,
            Some(n) => {
                let n = clean_text(&n);
                match geo::place(&n) {
                    Some((ortsteil, point)) => Some(Near {
                        input: n,
                        ortsteil,
                        point,
                    }),
                    None => {
                        errs.push(QueryError::UnknownPlace {
                            field: "near",
                            value: n,
                        });
                        None
                    }
                }
            }
        };
        let sort = match nonempty(&self.sort).as_deref() {
            None if near.is_some() => Sort::Distance,
            None | Some("relevance") => Sort::Relevance,
            Some("distance") => Sort::Distance,
            Some(other) => {
                errs.push(QueryError::UnknownSort {
                    field: "sort",
                    value: other.to_string(),
                });
                Sort::Relevance
            }
        };
        if sort == Sort::Distance && near.is_none() && nonempty(&self.near).is_none() {
            errs.push(QueryError::DistanceNeedsPlace { field: "near" });
        }
        let mut number = |field: &'static str, v: &Option<String>, default: u32, max: u32| -> u32 {
            match nonempty(v) {
                None => default,
                Some(s) => match s.parse::<u32>() {
                    Ok(n) if (1..=max).contains(&n) => n,
                    _ => {
                        errs.push(QueryError::InvalidNumber { field, value: s });
                        default
                    }
                },
            }
        };
        let page = number("page", &self.page, 1, 10_000);
        let per_page = number("per_page", &self.per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE);
        if errs.is_empty() {
            Ok(OfferQuery {
                text,
                category,
                ortsteil,
                language,
                free,
                wheelchair,
                childcare,
                open_now,
                walk_in,
                weekday,
                evening,
                weekend,
                near,
                sort,
                page,
                per_page,
            })
        } else {
            Err(errs)
        }
    }
}

impl OfferQuery {
    pub fn has_filters(&self) -> bool {
        self.category.is_some()
            || self.ortsteil.is_some()
            || self.language.is_some()
            || self.free
            || self.wheelchair
            || self.childcare
            || self.open_now
            || self.walk_in
            || self.weekday.is_some()
            || self.evening
            || self.weekend
    }
}

/// "1"–"7", or German or English day names and abbreviations.
pub fn parse_weekday(s: &str) -> Option<u8> {
    let s = s.trim().to_lowercase();
    if let Ok(n) = s.parse::<u8>() {
        return (1..=7).contains(&n).then_some(n);
    }
    const NAMES: [[&str; 2]; 7] = [
        ["montag", "monday"],
        ["dienstag", "tuesday"],
        ["mittwoch", "wednesday"],
        ["donnerstag", "thursday"],
        ["freitag", "friday"],
        ["samstag", "saturday"],
        ["sonntag", "sunday"],
    ];
    NAMES
        .iter()
        .position(|pair| pair.iter().any(|n| s.len() >= 2 && n.starts_with(&s)))
        .map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_query_is_parsed_and_trimmed() {
        let raw = RawOfferQuery {
            q: Some("  Beratung\tfür\n Eltern ".into()),
            category: Some("beratung".into()),
            ortsteil: Some("fennpfuhl".into()),
            free: Some("1".into()),
            ..Default::default()
        };
        let q = raw.validate(&["beratung"]).unwrap();
        assert_eq!(q.text, "Beratung für Eltern");
        assert!(q.free && !q.wheelchair);
        assert_eq!(q.page, 1);
        assert_eq!(q.per_page, DEFAULT_PER_PAGE);
    }

    #[test]
    fn every_problem_is_reported() {
        let raw = RawOfferQuery {
            q: Some("x".repeat(201)),
            category: Some("nope".into()),
            ortsteil: Some("mitte".into()),
            language: Some("xx".into()),
            free: Some("vielleicht".into()),
            per_page: Some("1000".into()),
            ..Default::default()
        };
        let errs = raw.validate(&["beratung"]).unwrap_err();
        let fields: Vec<_> = errs.iter().map(QueryError::field).collect();
        assert_eq!(
            fields,
            ["q", "category", "ortsteil", "language", "free", "per_page"]
        );
    }

    #[test]
    fn time_and_place_filters() {
        let raw = RawOfferQuery {
            weekday: Some("Sa".into()),
            evening: Some("1".into()),
            near: Some("10369".into()),
            ..Default::default()
        };
        let q = raw.validate(&[]).unwrap();
        assert_eq!(q.weekday, Some(6));
        assert!(q.evening);
        assert_eq!(q.near.as_ref().map(|n| n.ortsteil), Some("fennpfuhl"));
        assert_eq!(
            q.sort,
            Sort::Distance,
            "a place sorts by distance unless told otherwise"
        );
        let raw = RawOfferQuery {
            sort: Some("distance".into()),
            weekday: Some("8".into()),
            near: Some("80331".into()),
            ..Default::default()
        };
        let fields: Vec<_> = raw
            .validate(&[])
            .unwrap_err()
            .iter()
            .map(QueryError::field)
            .collect();
        assert_eq!(fields, ["weekday", "near"]);
        let raw = RawOfferQuery {
            sort: Some("distance".into()),
            ..Default::default()
        };
        assert_eq!(
            raw.validate(&[]).unwrap_err(),
            [QueryError::DistanceNeedsPlace { field: "near" }]
        );
        assert_eq!(parse_weekday("Mittwoch"), Some(3));
        assert_eq!(parse_weekday("sun"), Some(7));
        assert_eq!(parse_weekday("x"), None);
    }

    #[test]
    fn confidential_locations_are_redacted() {
        let l = Location {
            id: 1,
            name: "Schutzraum".into(),
            address: Some(Address {
                street: "Geheimweg 1".into(),
                postcode: "10365".into(),
                city: "Berlin".into(),
            }),
            ortsteil: Some("lichtenberg".into()),
            position: Some((52.5, 13.5)),
            confidential: true,
            wheelchair_access: true,
            transit: Some("Tram".into()),
            contact_note: Translated::new("Über die BIG-Hotline"),
        }
        .redacted();
        assert!(
            l.address.is_none()
                && l.position.is_none()
                && l.ortsteil.is_none()
                && l.transit.is_none()
        );
        assert!(l.wheelchair_access);
    }

    #[test]
    fn translated_falls_back_to_german() {
        let mut t = Translated::new("Beratung");
        assert_eq!(t.get("en"), "Beratung");
        t.other.insert("en".into(), "Counselling".into());
        assert_eq!(t.get("en"), "Counselling");
        assert_eq!(t.get("tr"), "Beratung");
    }
}

#[cfg(test)]
mod translated_tests {
    use super::*;

    #[test]
    fn outdated_languages_survive_a_round_trip_through_json_and_read_as_german() {
        let mut t = Translated::with_en("Kita-Gutschein", "Daycare voucher");
        t.other.insert("vi".into(), "Phiếu nhà trẻ".into());
        t.outdated.insert("vi".into());
        let json = serde_json::to_string(&t).expect("json");
        assert!(json.contains("\"outdated\":[\"vi\"]"), "{json}");
        let back: Translated = serde_json::from_str(&json).expect("read");
        assert_eq!(back, t);
        assert_eq!(back.get("vi"), "Kita-Gutschein");
        assert!(!back.has("vi") && back.has("en"));
        // Older documents without the entry, and plain strings, still read.
        let old: Translated = serde_json::from_str(r#"{"de":"A","en":"B"}"#).expect("old");
        assert_eq!((old.get("en"), old.outdated.len()), ("B", 0));
        let plain: Translated = serde_json::from_str(r#""Nur Deutsch""#).expect("plain");
        assert_eq!(plain.get("tr"), "Nur Deutsch");
    }

    #[test]
    fn a_revision_keeps_what_the_form_did_not_carry() {
        let mut t = Translated::new("Alt");
        t.other.insert("pl".into(), "Stary".into());
        let sent = BTreeMap::new();
        let same = t.revised("Alt", &sent, |_| false);
        assert_eq!(same.get("pl"), "Stary", "German unchanged: still current");
        let changed = t.revised("Neu", &sent, |_| false);
        assert_eq!(changed.stored("pl"), Some(("Stary", true)));
        let rewritten = t.revised(
            "Neu",
            &BTreeMap::from([("pl".to_string(), "Nowy".to_string())]),
            |_| false,
        );
        assert_eq!(rewritten.get("pl"), "Nowy");
    }
}
