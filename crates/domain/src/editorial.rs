//! The editorial workflow's rules: what an editor may change on an offer, how a change is checked,
//! and how two versions differ field by field (for the coordinator's review).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::directory::{AccessMode, Cost, Offer, SPOKEN_LANGUAGES, TARGET_GROUPS, Translated};
use crate::hours::WeeklySlot;

/// The text fields of an offer that have translations, in form order.
pub const OFFER_TEXT_FIELDS: [&str; 7] = [
    "name",
    "summary",
    "description",
    "eligibility",
    "how_to_access",
    "cost_note",
    "closed_reason",
];

/// Translations as the back office edits them: language → field → text.
pub type TranslationMap = BTreeMap<String, BTreeMap<String, String>>;

/// What an editor's form carried for a document's texts (events, chains, articles, pages) beyond
/// German and English, which have their own paired fields: `texts` is language → field → text
/// for every further language the form showed (`None`: a save without them, which keeps them as
/// they were); `confirmed` lists the "lang:field" translations checked as still right.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentTranslations {
    #[serde(default)]
    pub texts: Option<TranslationMap>,
    #[serde(default)]
    pub confirmed: Vec<String>,
    /// The stored translations that are outdated ("lang:field", English included): for the form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outdated: Vec<String>,
}

impl SentTranslations {
    /// The form's values for a document's stored texts (`field`, text), outdated ones included.
    pub fn from_stored<'a>(
        texts: impl IntoIterator<Item = (&'static str, &'a Translated)> + Clone,
    ) -> SentTranslations {
        let mut map = TranslationMap::new();
        for (field, text) in texts.clone() {
            for (lang, value) in &text.other {
                if lang != "en" && !value.is_empty() {
                    map.entry(lang.clone())
                        .or_default()
                        .insert(field.to_string(), value.clone());
                }
            }
        }
        SentTranslations {
            texts: Some(map),
            ..SentTranslations::default()
        }
        .marked_as(texts)
    }
    /// The form's values for an entity whose translations live in the translation table (groups,
    /// jobs): every language but German, English included, outdated ones marked.
    pub fn from_table(stored: &[StoredTranslation]) -> SentTranslations {
        SentTranslations {
            texts: Some(translation_map(stored)),
            confirmed: vec![],
            outdated: stored
                .iter()
                .filter(|t| t.outdated)
                .map(|t| format!("{}:{}", t.lang, t.field))
                .collect(),
        }
    }
    /// These texts with the outdated marks of a group's or a job's stored translations, for a
    /// form shown again with what was sent.
    pub fn marked_by_table(self, stored: &[StoredTranslation]) -> SentTranslations {
        SentTranslations {
            outdated: SentTranslations::from_table(stored).outdated,
            ..self
        }
    }
    /// These texts with the outdated marks of `stored` (a document's texts), for a form shown.
    pub fn marked_as<'a>(
        mut self,
        stored: impl IntoIterator<Item = (&'static str, &'a Translated)>,
    ) -> SentTranslations {
        self.outdated.clear();
        for (field, text) in stored {
            for lang in &text.outdated {
                let mark = format!("{lang}:{field}");
                if !self.outdated.contains(&mark) {
                    self.outdated.push(mark);
                }
            }
        }
        self
    }
    /// What was sent for the `i`-th line of `field` (a list, one entry per line), as if that line
    /// were a field of its own: blank lines count, so an untranslated entry keeps the others in
    /// place.
    pub fn line(&self, field: &str, i: usize) -> SentTranslations {
        let texts = self.texts.as_ref().map(|m| {
            m.keys()
                .map(|lang| {
                    let line = self.text(lang, field).lines().nth(i).map_or("", str::trim);
                    let fields = BTreeMap::from([(field.to_string(), line.to_string())]);
                    (lang.clone(), fields)
                })
                .collect()
        });
        SentTranslations {
            texts,
            confirmed: self.confirmed.clone(),
            outdated: vec![],
        }
    }
    /// Whether the stored translation of `field` into `lang` is outdated.
    pub fn is_outdated(&self, lang: &str, field: &str) -> bool {
        self.outdated
            .iter()
            .any(|c| c.split_once(':') == Some((lang, field)))
    }
    /// The value the form shows for `field` in `lang`.
    pub fn text(&self, lang: &str, field: &str) -> &str {
        self.texts
            .as_ref()
            .and_then(|m| m.get(lang))
            .and_then(|f| f.get(field))
            .map_or("", String::as_str)
    }
    /// `field` after the save: `now` is German and English as their paired fields sent them,
    /// `before` the stored text ([`Translated::revised`] decides what becomes outdated).
    pub fn revise(&self, field: &str, before: &Translated, now: &Translated) -> Translated {
        let mut sent = BTreeMap::new();
        sent.insert(
            "en".to_string(),
            now.other.get("en").cloned().unwrap_or_default(),
        );
        if let Some(texts) = &self.texts {
            // Every further language was on the form: one it sent nothing for was emptied.
            for lang in before.other.keys().filter(|l| *l != "en") {
                sent.insert(lang.clone(), String::new());
            }
            for (lang, fields) in texts {
                sent.insert(lang.clone(), fields.get(field).cloned().unwrap_or_default());
            }
        }
        before.revised(&now.de, &sent, |lang| {
            self.confirmed
                .iter()
                .any(|c| c.split_once(':') == Some((lang, field)))
        })
    }
}

/// A stored translation as the editor sees it: outdated ones are kept for the editor to check, but
/// public pages show the German text instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredTranslation {
    pub field: String,
    pub lang: String,
    pub value: String,
    pub outdated: bool,
}

/// Where one text stands in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextState {
    /// Translated, and the German text has not changed since.
    Current,
    /// Translated before the German text changed: public pages show German until it is checked.
    Outdated,
    Missing,
}

/// The state of a text in a language: `None` when there is no German text to translate;
/// `translation` is whether one is stored, and whether it is outdated.
pub fn text_state(german: &str, translation: Option<bool>) -> Option<TextState> {
    if german.trim().is_empty() {
        return None;
    }
    Some(match translation {
        Some(false) => TextState::Current,
        Some(true) => TextState::Outdated,
        None => TextState::Missing,
    })
}

/// How far the translations of some content into one language are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub current: usize,
    pub outdated: usize,
    pub missing: usize,
}

impl Coverage {
    pub fn add(&mut self, state: TextState) {
        match state {
            TextState::Current => self.current += 1,
            TextState::Outdated => self.outdated += 1,
            TextState::Missing => self.missing += 1,
        }
    }
    pub fn total(&self) -> usize {
        self.current + self.outdated + self.missing
    }
}

/// Trims every translation and drops the empty ones (an empty field means "no translation").
fn trim_translations(map: &mut TranslationMap) {
    for fields in map.values_mut() {
        fields.retain(|_, v| {
            *v = v.trim().to_string();
            !v.is_empty()
        });
    }
    map.retain(|_, fields| !fields.is_empty());
}

/// `field`'s German text with its translations from `stored` (the translation table's rows of one
/// entity), the outdated ones marked: what a public page of a group or a job reads.
pub fn translated(german: &str, field: &str, stored: &[StoredTranslation]) -> Translated {
    let mut t = Translated::new(german);
    for s in stored
        .iter()
        .filter(|s| s.field == field && !s.value.is_empty())
    {
        t.other.insert(s.lang.clone(), s.value.clone());
        if s.outdated {
            t.outdated.insert(s.lang.clone());
        }
    }
    t
}

/// The stored translations as a map (outdated ones included).
pub fn translation_map(stored: &[StoredTranslation]) -> TranslationMap {
    let mut map = TranslationMap::new();
    for t in stored {
        map.entry(t.lang.clone())
            .or_default()
            .insert(t.field.clone(), t.value.clone());
    }
    map
}

/// What a translation becomes when an editor saves: `None` removes it, else its text and whether it
/// is outdated. A translation the editor wrote or changed now is current; one left as it was
/// becomes outdated when the German text changed, and stays so until the editor confirms it.
pub fn next_translation(
    german_changed: bool,
    stored: Option<(&str, bool)>,
    submitted: &str,
    confirmed: bool,
) -> Option<(String, bool)> {
    let submitted = submitted.trim();
    if submitted.is_empty() {
        return None;
    }
    let outdated = match stored {
        Some((text, outdated)) if text == submitted => (outdated || german_changed) && !confirmed,
        _ => false,
    };
    Some((submitted.to_string(), outdated))
}

/// One translation to write when an editor saves: `None` removes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationWrite {
    pub field: String,
    pub lang: String,
    pub value: Option<(String, bool)>,
}

/// The translations to write for `texts` (field, German before, German now): every stored or
/// submitted one, by `next_translation`. `submitted` is `None` when the save carries no
/// translations (a revision from before they were editable): they count as left as they were.
pub fn plan_translations(
    texts: &[(&str, &str, &str)],
    stored: &[StoredTranslation],
    submitted: Option<&TranslationMap>,
    confirmed: &[String],
) -> Vec<TranslationWrite> {
    let mut langs: Vec<&str> = stored.iter().map(|t| t.lang.as_str()).collect();
    langs.extend(submitted.iter().flat_map(|m| m.keys().map(String::as_str)));
    langs.sort_unstable();
    langs.dedup();
    let mut writes = Vec::new();
    for (field, before, now) in texts {
        for lang in &langs {
            let old = stored
                .iter()
                .find(|t| t.field == *field && t.lang == *lang)
                .map(|t| (t.value.as_str(), t.outdated));
            let sent = match submitted {
                Some(m) => m
                    .get(*lang)
                    .and_then(|f| f.get(*field))
                    .map_or("", String::as_str),
                None => old.map_or("", |o| o.0),
            };
            if old.is_none() && sent.trim().is_empty() {
                continue;
            }
            let is_confirmed = confirmed.iter().any(|c| *c == format!("{lang}:{field}"));
            writes.push(TranslationWrite {
                field: field.to_string(),
                lang: lang.to_string(),
                value: next_translation(before != now, old, sent, is_confirmed),
            });
        }
    }
    writes
}

/// A place of the offer's organisation as the offer form edits it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceDraft {
    /// `None` for a place the form creates.
    pub id: Option<i64>,
    /// Whether the offer is given here.
    pub used: bool,
    /// A confidential place's address is changed only on the coordinator's place page.
    #[serde(default)]
    pub confidential: bool,
    pub name: String,
    pub street: String,
    pub postcode: String,
    /// The Ortsteil's slug (chosen from a list).
    pub ortsteil: String,
    pub wheelchair: bool,
    pub transit: String,
}

impl PlaceDraft {
    /// A new place whose fields are all empty is not meant to exist.
    pub fn is_blank(&self) -> bool {
        self.id.is_none()
            && [&self.name, &self.street, &self.postcode, &self.transit]
                .iter()
                .all(|s| s.trim().is_empty())
    }
    /// One line for lists and the review: name, address, Ortsteil and access.
    pub fn summary_line(&self, wheelchair: &str) -> String {
        let mut parts = vec![self.name.clone()];
        if !self.street.is_empty() {
            parts.push(
                format!("{} {}", self.street, self.postcode)
                    .trim()
                    .to_string(),
            );
        }
        if let Some(o) = crate::geo::ortsteil_by_slug(&self.ortsteil) {
            parts.push(o.name.to_string());
        }
        if self.wheelchair {
            parts.push(wheelchair.to_string());
        }
        if !self.transit.is_empty() {
            parts.push(self.transit.clone());
        }
        parts.join(", ")
    }
}

/// The fields of an offer the back office edits: German texts with their translations, the
/// closed vocabularies, the places and the hours.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferDraft {
    pub name: String,
    pub summary: String,
    pub description: String,
    pub eligibility: String,
    pub how_to_access: String,
    pub cost: String,
    /// What it costs, in words ("3 € je Treffen").
    #[serde(default)]
    pub cost_note: String,
    pub access: String,
    pub childcare: bool,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// One line per rule, "Mo-Fr 09:00-12:00".
    pub hours: String,
    /// Non-empty while the offer is temporarily closed: the reason shown to parents.
    pub closed_reason: String,
    // The parts below are `None` in revisions saved before they were editable: approving such a
    // revision leaves them as they are.
    #[serde(default)]
    pub translations: Option<TranslationMap>,
    /// Outdated translations the editor confirmed as still right, as "lang:field".
    #[serde(default)]
    pub confirmed: Vec<String>,
    #[serde(default)]
    pub categories: Option<Vec<String>>,
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    #[serde(default)]
    pub target_groups: Option<Vec<String>>,
    #[serde(default)]
    pub places: Option<Vec<PlaceDraft>>,
}

/// Whether a single-line field holds a control character (a line break, a tab, …). Browsers never
/// send one from a text field; a crafted form can, and a calendar file or a mail header could be
/// split by it.
pub fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control)
}

/// A field that failed its check, with the message key for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

/// One changed field: its name (and language, for a translation) and both values as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    /// Empty for the German text and for fields without languages.
    pub lang: String,
    pub old: String,
    pub new: String,
}

/// The contact fields offers and organisations share: an e-mail address, a web address starting
/// with http(s)://, a phone number of digits and separators; each may be empty.
fn check_contact(
    email: &str,
    website: &str,
    phone: &str,
    err: &mut impl FnMut(&'static str, &'static str),
) {
    if !email.is_empty() && crate::accounts::normalize_email(email).is_err() {
        err("email", "edit-error-email");
    }
    if !(website.is_empty() || website.starts_with("https://") || website.starts_with("http://")) {
        err("website", "edit-error-website");
    }
    if phone.chars().count() > 40
        || phone
            .chars()
            .any(|c| !(c.is_ascii_digit() || " +-/()".contains(c)))
    {
        err("phone", "edit-error-phone");
    }
}

const DAYS: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
const DAY_NAMES: [&str; 7] = [
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];

/// One line of weekly hours as people type it: "Mo-Fr 09:00-12:00", "Mo – Fr 9–12 Uhr",
/// "Dienstag und Donnerstag 14 bis 18 Uhr", "Sa: 10.30-13".
pub fn parse_hours_line(line: &str) -> Option<Vec<WeeklySlot>> {
    let line = line
        .to_lowercase()
        .replace(['\u{2013}', '\u{2014}'], "-")
        .replace(" bis ", "-")
        .replace(" und ", ",")
        .replace('&', ",");
    let split = line.find(|c: char| c.is_ascii_digit())?;
    let (days, times) = line.split_at(split);
    let days = days.trim().trim_end_matches(':').trim();
    let (opens, closes) = times.split_once('-')?;
    let (opens, closes) = (
        crate::time::parse_time_of_day(opens)?,
        crate::time::parse_time_of_day(closes)?,
    );
    if closes <= opens {
        return None;
    }
    let day = |s: &str| -> Option<u8> {
        let s = s.trim().trim_end_matches('.');
        let i = DAYS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(s))
            .or_else(|| DAY_NAMES.iter().position(|d| *d == s))?;
        u8::try_from(i + 1).ok()
    };
    let mut slots = Vec::new();
    for part in days.split(',').filter(|p| !p.trim().is_empty()) {
        let (from, to) = match part.split_once('-') {
            Some((a, b)) => (day(a)?, day(b)?),
            None => (day(part)?, day(part)?),
        };
        if to < from {
            return None;
        }
        slots.extend((from..=to).map(|weekday| WeeklySlot {
            weekday,
            opens,
            closes,
        }));
    }
    (!slots.is_empty()).then_some(slots)
}

/// Weekly hours as the office writes them, one line per interval, days grouped where they share it.
pub fn format_weekly(slots: &[WeeklySlot]) -> String {
    let mut lines: Vec<(String, Vec<u8>)> = Vec::new();
    for s in slots {
        let interval = format!("{}-{}", s.opens.format("%H:%M"), s.closes.format("%H:%M"));
        match lines.iter_mut().find(|(i, _)| *i == interval) {
            Some((_, days)) => days.push(s.weekday),
            None => lines.push((interval, vec![s.weekday])),
        }
    }
    lines
        .into_iter()
        .map(|(interval, days)| {
            let name = |d: u8| {
                DAYS.get(usize::from(d).wrapping_sub(1))
                    .copied()
                    .unwrap_or("")
            };
            // Runs of three or more days as a range: "Mo-Fr", "Mo,Mi", "Di-Do,Sa".
            let mut parts: Vec<String> = Vec::new();
            let mut i = 0;
            while i < days.len() {
                let mut j = i;
                while j + 1 < days.len() && days[j + 1] == days[j] + 1 {
                    j += 1;
                }
                if j >= i + 2 {
                    parts.push(format!("{}-{}", name(days[i]), name(days[j])));
                } else {
                    parts.extend(days[i..=j].iter().map(|d| name(*d).to_string()));
                }
                i = j + 1;
            }
            format!("{} {interval}", parts.join(","))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The limit of each text field, in characters.
fn text_limit(field: &str) -> usize {
    match field {
        "name" => 150,
        "summary" | "cost_note" | "closed_reason" => 300,
        _ => 5000,
    }
}

impl OfferDraft {
    /// The German text of one of `OFFER_TEXT_FIELDS`.
    pub fn text(&self, field: &str) -> &str {
        match field {
            "name" => &self.name,
            "summary" => &self.summary,
            "description" => &self.description,
            "eligibility" => &self.eligibility,
            "how_to_access" => &self.how_to_access,
            "cost_note" => &self.cost_note,
            "closed_reason" => &self.closed_reason,
            _ => "",
        }
    }

    /// A translation of one text field ("" when there is none).
    pub fn translation(&self, lang: &str, field: &str) -> &str {
        self.translations
            .as_ref()
            .and_then(|t| t.get(lang))
            .and_then(|t| t.get(field))
            .map_or("", String::as_str)
    }

    /// The draft of a stored offer; its places are the offer's (the form adds the organisation's
    /// others), its translations those public pages show (the form reads the outdated ones too).
    pub fn from_offer(o: &Offer) -> OfferDraft {
        let closed = o.closed_reason.clone().unwrap_or_default();
        let texts = [
            ("name", &o.name),
            ("summary", &o.summary),
            ("description", &o.description),
            ("eligibility", &o.eligibility),
            ("how_to_access", &o.how_to_access),
            ("cost_note", &o.cost_note),
            ("closed_reason", &closed),
        ];
        let mut translations = TranslationMap::new();
        for (field, t) in texts {
            for (lang, value) in &t.other {
                if !value.is_empty() {
                    translations
                        .entry(lang.clone())
                        .or_default()
                        .insert(field.to_string(), value.clone());
                }
            }
        }
        OfferDraft {
            name: o.name.de.clone(),
            summary: o.summary.de.clone(),
            description: o.description.de.clone(),
            eligibility: o.eligibility.de.clone(),
            how_to_access: o.how_to_access.de.clone(),
            cost: o.cost.as_str().into(),
            cost_note: o.cost_note.de.clone(),
            access: o.access.as_str().into(),
            childcare: o.childcare,
            phone: o.phone.clone().unwrap_or_default(),
            email: o.email.clone().unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
            hours: format_weekly(&o.hours.weekly),
            closed_reason: closed.de,
            translations: Some(translations),
            confirmed: vec![],
            categories: Some(o.categories.clone()),
            languages: Some(o.languages.clone()),
            target_groups: Some(o.target_groups.clone()),
            places: Some(
                o.locations
                    .iter()
                    .map(|l| PlaceDraft {
                        id: Some(l.id),
                        used: true,
                        confidential: l.confidential,
                        name: l.name.clone(),
                        street: l
                            .address
                            .as_ref()
                            .map(|a| a.street.clone())
                            .unwrap_or_default(),
                        postcode: l
                            .address
                            .as_ref()
                            .map(|a| a.postcode.clone())
                            .unwrap_or_default(),
                        ortsteil: l.ortsteil.clone().unwrap_or_default(),
                        wheelchair: l.wheelchair_access,
                        transit: l.transit.clone().unwrap_or_default(),
                    })
                    .collect(),
            ),
        }
    }

    /// Trims the texts and checks every field against `known_categories`; all problems at once,
    /// each at its field.
    pub fn checked(
        mut self,
        known_categories: &[String],
    ) -> Result<(OfferDraft, Vec<WeeklySlot>), Vec<FieldError>> {
        for f in [
            &mut self.name,
            &mut self.summary,
            &mut self.description,
            &mut self.eligibility,
            &mut self.how_to_access,
            &mut self.cost_note,
            &mut self.phone,
            &mut self.email,
            &mut self.website,
            &mut self.closed_reason,
        ] {
            *f = f.trim().to_string();
        }
        if let Some(t) = self.translations.as_mut() {
            trim_translations(t);
        }
        self.hours = self
            .hours
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        for field in OFFER_TEXT_FIELDS {
            let text = self.text(field);
            if field == "name" && text.is_empty() {
                err("name", "edit-error-name-missing");
            } else if text.chars().count() > text_limit(field) {
                err(field, "edit-error-too-long");
            } else if let Some(t) = &self.translations
                && t.values().any(|f| {
                    f.get(field)
                        .is_some_and(|v| v.chars().count() > text_limit(field))
                })
            {
                err(field, "edit-error-translation-too-long");
            }
        }
        if Cost::parse(&self.cost).is_none() {
            err("cost", "edit-error-choice");
        }
        if AccessMode::parse(&self.access).is_none() {
            err("access", "edit-error-choice");
        }
        check_contact(&self.email, &self.website, &self.phone, &mut err);
        for (field, text) in [
            ("name", self.name.as_str()),
            ("summary", self.summary.as_str()),
            ("cost_note", self.cost_note.as_str()),
            ("closed_reason", self.closed_reason.as_str()),
            ("email", self.email.as_str()),
            ("website", self.website.as_str()),
        ] {
            let translated = self
                .translations
                .iter()
                .flat_map(|t| t.values())
                .any(|f| f.get(field).is_some_and(|v| has_control(v)));
            if has_control(text) || translated {
                err(field, "edit-error-control");
            }
        }
        let mut weekly = Vec::new();
        for line in self.hours.lines() {
            match parse_hours_line(line) {
                Some(mut v) => weekly.append(&mut v),
                None => {
                    err("hours", "edit-error-hours");
                    break;
                }
            }
        }
        weekly.sort_by_key(|s| (s.weekday, s.opens));
        weekly.dedup();
        if !weekly.is_empty() {
            // Stored as the office writes it, whatever form was typed.
            self.hours = format_weekly(&weekly);
        }
        let closed = |list: &mut Option<Vec<String>>, allowed: &dyn Fn(&str) -> bool| {
            list.as_mut().is_some_and(|v| {
                v.sort();
                v.dedup();
                v.iter().any(|x| !allowed(x))
            })
        };
        if closed(&mut self.categories, &|c| {
            known_categories.iter().any(|k| k == c)
        }) {
            err("categories", "edit-error-choice");
        }
        if closed(&mut self.languages, &|l| SPOKEN_LANGUAGES.contains(&l)) {
            err("languages", "edit-error-choice");
        }
        if closed(&mut self.target_groups, &|g| TARGET_GROUPS.contains(&g)) {
            err("target_groups", "edit-error-choice");
        }
        if let Some(places) = self.places.as_mut() {
            places.retain(|p| !p.is_blank());
            let mut bad = None;
            for p in places.iter_mut() {
                for f in [&mut p.name, &mut p.street, &mut p.postcode, &mut p.transit] {
                    *f = f.trim().to_string();
                }
                if p.id.is_none() {
                    // A place written into the form is one the offer is given at.
                    p.used = true;
                }
                let postcode_ok = p.postcode.is_empty()
                    || (p.postcode.len() == 5 && p.postcode.chars().all(|c| c.is_ascii_digit()));
                bad = bad.or(
                    if [&p.name, &p.street, &p.postcode, &p.transit]
                        .iter()
                        .any(|t| has_control(t))
                    {
                        Some("edit-error-control")
                    } else if p.name.is_empty() {
                        Some("edit-error-place-name")
                    } else if p.name.chars().count() > 150
                        || p.street.chars().count() > 150
                        || p.transit.chars().count() > 300
                    {
                        Some("edit-error-too-long")
                    } else if !postcode_ok {
                        Some("location-error-postcode")
                    } else if !(p.ortsteil.is_empty()
                        || crate::geo::ortsteil_by_slug(&p.ortsteil).is_some())
                    {
                        Some("edit-error-choice")
                    } else {
                        None
                    },
                );
            }
            if let Some(message) = bad {
                err("places", message);
            }
        }
        if errors.is_empty() {
            Ok((self, weekly))
        } else {
            Err(errors)
        }
    }

    /// What a public page needs before the offer may be published (or stay published): a topic,
    /// and a way to reach it (phone, e-mail, website, or a place with an address).
    pub fn publication_problems(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.categories.as_ref().is_some_and(Vec::is_empty) {
            errors.push(FieldError {
                field: "categories",
                message: "edit-error-topic-missing",
            });
        }
        let place_reachable = self.places.as_ref().is_some_and(|ps| {
            ps.iter()
                .any(|p| p.used && (p.confidential || !p.street.is_empty()))
        });
        if self.phone.is_empty()
            && self.email.is_empty()
            && self.website.is_empty()
            && !place_reachable
        {
            errors.push(FieldError {
                field: "phone",
                message: "edit-error-reach-missing",
            });
        }
        errors
    }

    /// The fields that differ, in form order; a translation is named by its field and language.
    pub fn diff(&self, new: &OfferDraft) -> Vec<FieldChange> {
        let yes_no = |b: bool| if b { "ja" } else { "nein" }.to_string();
        let list = |v: &Option<Vec<String>>| v.as_ref().map(|v| v.join(", "));
        let places = |d: &OfferDraft| {
            d.places.as_ref().map(|ps| {
                ps.iter()
                    .filter(|p| p.used)
                    .map(|p| p.summary_line("rollstuhlgerecht"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        };
        let mut changes = Vec::new();
        let mut push = |field: &'static str, lang: &str, old: String, new: String| {
            if old != new {
                changes.push(FieldChange {
                    field,
                    lang: lang.to_string(),
                    old,
                    new,
                });
            }
        };
        let langs: std::collections::BTreeSet<&String> = self
            .translations
            .iter()
            .chain(new.translations.iter())
            .flat_map(|t| t.keys())
            .collect();
        for field in OFFER_TEXT_FIELDS {
            push(field, "", self.text(field).into(), new.text(field).into());
            if new.translations.is_some() {
                for lang in &langs {
                    push(
                        field,
                        lang,
                        self.translation(lang, field).into(),
                        new.translation(lang, field).into(),
                    );
                }
            }
        }
        push("cost", "", self.cost.clone(), new.cost.clone());
        push("access", "", self.access.clone(), new.access.clone());
        push(
            "childcare",
            "",
            yes_no(self.childcare),
            yes_no(new.childcare),
        );
        push("phone", "", self.phone.clone(), new.phone.clone());
        push("email", "", self.email.clone(), new.email.clone());
        push("website", "", self.website.clone(), new.website.clone());
        push("hours", "", self.hours.clone(), new.hours.clone());
        for (field, old, newer) in [
            ("categories", list(&self.categories), list(&new.categories)),
            ("languages", list(&self.languages), list(&new.languages)),
            (
                "target_groups",
                list(&self.target_groups),
                list(&new.target_groups),
            ),
            ("places", places(self), places(new)),
        ] {
            if let (Some(old), Some(newer)) = (old, newer) {
                push(field, "", old, newer);
            }
        }
        changes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_current_outdated_or_missing_and_nothing_without_german() {
        assert_eq!(
            text_state("Beratung", Some(false)),
            Some(TextState::Current)
        );
        assert_eq!(
            text_state("Beratung", Some(true)),
            Some(TextState::Outdated)
        );
        assert_eq!(text_state("Beratung", None), Some(TextState::Missing));
        assert_eq!(text_state("  ", None), None);
        let mut c = Coverage::default();
        for s in [TextState::Current, TextState::Missing, TextState::Missing] {
            c.add(s);
        }
        assert_eq!((c.current, c.outdated, c.missing, c.total()), (1, 0, 2, 3));
    }

    fn draft() -> OfferDraft {
        OfferDraft {
            name: " Sozialberatung ".into(),
            cost: "free".into(),
            access: "both".into(),
            hours: "Mo-Fr 09:00-12:00\n\nDi 14:00-18:00".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_draft_is_trimmed_and_its_hours_parsed() {
        let (d, weekly) = draft().checked(&[]).unwrap();
        assert_eq!(d.name, "Sozialberatung");
        assert_eq!(d.hours, "Mo-Fr 09:00-12:00\nDi 14:00-18:00");
        assert_eq!(weekly.len(), 6);
        assert_eq!(format_weekly(&weekly), "Mo-Fr 09:00-12:00\nDi 14:00-18:00");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let bad = OfferDraft {
            name: "  ".into(),
            cost: "teuer".into(),
            access: "both".into(),
            email: "kein@".into(),
            website: "www.example.de".into(),
            phone: "030 123<script>".into(),
            hours: "Montag morgens".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad
            .checked(&[])
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["name", "cost", "email", "website", "phone", "hours"]
        );
    }

    #[test]
    fn diff_lists_changed_fields_only() {
        let old = draft().checked(&[]).unwrap().0;
        let mut new = old.clone();
        new.summary = "Neu".into();
        new.childcare = true;
        let d = old.diff(&new);
        assert_eq!(d.len(), 2);
        assert_eq!(
            d[0],
            FieldChange {
                field: "summary",
                lang: String::new(),
                old: "".into(),
                new: "Neu".into()
            }
        );
        assert_eq!((d[1].old.as_str(), d[1].new.as_str()), ("nein", "ja"));
    }
    #[test]
    fn line_breaks_are_refused_in_single_line_fields() {
        let d = OfferDraft {
            name: "Treff\rURL:https://evil.example".into(),
            translations: Some(TranslationMap::from([(
                "en".to_string(),
                BTreeMap::from([("summary".to_string(), "a\nb".to_string())]),
            )])),
            ..draft()
        };
        let fields: Vec<_> = d
            .checked(&[])
            .unwrap_err()
            .iter()
            .map(|e| (e.field, e.message))
            .collect();
        assert_eq!(
            fields,
            [
                ("name", "edit-error-control"),
                ("summary", "edit-error-control")
            ]
        );
    }

    #[test]
    fn hours_are_read_as_people_type_them() {
        let one = |l: &str| format_weekly(&parse_hours_line(l).unwrap());
        assert_eq!(one("Mo-Fr 09:00-12:00"), "Mo-Fr 09:00-12:00");
        assert_eq!(one("Mo \u{2013} Mi 9\u{2013}12 Uhr"), "Mo-Mi 09:00-12:00");
        assert_eq!(one("Mo,Mi,Do,Fr 8-9"), "Mo,Mi-Fr 08:00-09:00");
        assert_eq!(
            one("Dienstag und Donnerstag 14 bis 18 Uhr"),
            "Di,Do 14:00-18:00"
        );
        assert_eq!(one("Sa: 10.30-13"), "Sa 10:30-13:00");
        for bad in ["Montag", "Mo 12-9", "Xy 9-12", "9-12"] {
            assert_eq!(parse_hours_line(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_untouched_translation_becomes_outdated_when_the_german_changes() {
        // German changed, English left as it was: kept, marked outdated.
        assert_eq!(
            next_translation(true, Some(("Advice", false)), "Advice", false),
            Some(("Advice".into(), true))
        );
        // Still outdated on the next save, until the editor confirms it or rewrites it.
        assert_eq!(
            next_translation(false, Some(("Advice", true)), "Advice", false),
            Some(("Advice".into(), true))
        );
        assert_eq!(
            next_translation(false, Some(("Advice", true)), "Advice", true),
            Some(("Advice".into(), false))
        );
        assert_eq!(
            next_translation(true, Some(("Advice", false)), " Counselling ", false),
            Some(("Counselling".into(), false))
        );
        // Nothing changed: nothing becomes outdated; an emptied field removes the translation.
        assert_eq!(
            next_translation(false, Some(("Advice", false)), "Advice", false),
            Some(("Advice".into(), false))
        );
        assert_eq!(
            next_translation(true, Some(("Advice", false)), " ", false),
            None
        );
        assert_eq!(
            next_translation(true, None, "New", false),
            Some(("New".into(), false))
        );
    }

    #[test]
    fn closed_vocabularies_and_places_are_checked() {
        let d = OfferDraft {
            categories: Some(vec!["beratung".into(), "erfunden".into()]),
            languages: Some(vec!["ru".into(), "Russisch".into()]),
            target_groups: Some(vec!["fathers".into()]),
            places: Some(vec![PlaceDraft {
                postcode: "1036".into(),
                name: "Treff".into(),
                ..Default::default()
            }]),
            ..draft()
        };
        let fields: Vec<_> = d
            .checked(&["beratung".into()])
            .unwrap_err()
            .iter()
            .map(|e| (e.field, e.message))
            .collect();
        assert_eq!(
            fields,
            [
                ("categories", "edit-error-choice"),
                ("languages", "edit-error-choice"),
                ("places", "location-error-postcode")
            ]
        );
        // A blank new place is dropped; a filled one is used.
        let d = OfferDraft {
            places: Some(vec![
                PlaceDraft::default(),
                PlaceDraft {
                    name: "Neuer Treff".into(),
                    ortsteil: "neu-hohenschoenhausen".into(),
                    ..Default::default()
                },
            ]),
            ..draft()
        };
        let (d, _) = d.checked(&[]).unwrap();
        let places = d.places.unwrap();
        assert_eq!(places.len(), 1);
        assert!(places[0].used);
    }

    #[test]
    fn publishing_needs_a_topic_and_a_way_to_reach_the_offer() {
        let bare = OfferDraft {
            categories: Some(vec![]),
            places: Some(vec![]),
            ..draft()
        };
        let fields: Vec<_> = bare
            .publication_problems()
            .iter()
            .map(|e| e.message)
            .collect();
        assert_eq!(
            fields,
            ["edit-error-topic-missing", "edit-error-reach-missing"]
        );
        let with_place = OfferDraft {
            categories: Some(vec!["beratung".into()]),
            places: Some(vec![PlaceDraft {
                used: true,
                name: "Treff".into(),
                street: "Musterstr. 1".into(),
                ..Default::default()
            }]),
            ..draft()
        };
        assert!(with_place.publication_problems().is_empty());
        let with_phone = OfferDraft {
            phone: "030 123456".into(),
            ..bare
        };
        assert_eq!(with_phone.publication_problems().len(), 1);
    }

    #[test]
    fn the_diff_names_translations_by_language() {
        let old = OfferDraft {
            translations: Some(TranslationMap::from([(
                "en".to_string(),
                BTreeMap::from([("name".to_string(), "Advice".to_string())]),
            )])),
            ..draft()
        };
        let mut new = old.clone();
        new.translations = Some(TranslationMap::from([(
            "en".to_string(),
            BTreeMap::from([("name".to_string(), "Counselling".to_string())]),
        )]));
        let d = old.diff(&new);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].field, d[0].lang.as_str()), ("name", "en"));
    }
}

/// The fields of an organisation the back office edits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationDraft {
    pub name: String,
    pub kind: String,
    pub description: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    /// Translations of the description: language → "description" → text.
    pub translations: TranslationMap,
    /// Outdated translations the editor confirmed, as "lang:field".
    pub confirmed: Vec<String>,
}

/// The translatable text fields of an organisation.
pub const ORGANIZATION_TEXT_FIELDS: [&str; 1] = ["description"];

impl OrganizationDraft {
    pub fn checked(mut self) -> Result<OrganizationDraft, Vec<FieldError>> {
        trim_translations(&mut self.translations);
        for f in [
            &mut self.name,
            &mut self.description,
            &mut self.website,
            &mut self.email,
            &mut self.phone,
        ] {
            *f = f.trim().to_string();
        }
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        if self.name.is_empty() {
            err("name", "edit-error-name-missing");
        } else if self.name.chars().count() > 150 {
            err("name", "edit-error-too-long");
        }
        if crate::directory::OrganizationKind::parse(&self.kind).is_none() {
            err("kind", "edit-error-choice");
        }
        if self.description.chars().count() > 5000 {
            err("description", "edit-error-too-long");
        } else if self.translations.values().any(|f| {
            f.get("description")
                .is_some_and(|v| v.chars().count() > 5000)
        }) {
            err("description", "edit-error-translation-too-long");
        }
        check_contact(&self.email, &self.website, &self.phone, &mut err);
        for (field, text) in [
            ("name", &self.name),
            ("website", &self.website),
            ("email", &self.email),
        ] {
            if has_control(text) {
                err(field, "edit-error-control");
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod organization_tests {
    use super::*;

    #[test]
    fn organization_fields_are_checked() {
        let ok = OrganizationDraft {
            name: " Familienzentrum ".into(),
            kind: "provider".into(),
            ..Default::default()
        }
        .checked()
        .unwrap();
        assert_eq!(ok.name, "Familienzentrum");
        let bad = OrganizationDraft {
            kind: "verein".into(),
            website: "ftp://x".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.checked().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "kind", "website"]);
    }
}

/// A category as the back office edits it: German and English name and description.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CategoryDraft {
    pub slug: String,
    pub name_de: String,
    pub name_en: String,
    pub description_de: String,
    pub description_en: String,
    pub position: String,
}

impl CategoryDraft {
    /// Checked fields and the position as a number.
    pub fn checked(mut self) -> Result<(CategoryDraft, i32), Vec<FieldError>> {
        for f in [
            &mut self.slug,
            &mut self.name_de,
            &mut self.name_en,
            &mut self.description_de,
            &mut self.description_en,
            &mut self.position,
        ] {
            *f = f.trim().to_string();
        }
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        // The slug is part of public addresses (/kategorien/<slug>): short, lower case, no spaces.
        let slug_ok = (2..=60).contains(&self.slug.len())
            && self
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !self.slug.starts_with('-')
            && !self.slug.ends_with('-');
        if !slug_ok {
            err("slug", "category-error-slug");
        }
        for (field, text, max) in [
            ("name_de", &self.name_de, 80),
            ("name_en", &self.name_en, 80),
            ("description_de", &self.description_de, 300),
            ("description_en", &self.description_en, 300),
        ] {
            if text.chars().count() > max {
                err(field, "edit-error-too-long");
            }
        }
        if self.name_de.is_empty() {
            err("name_de", "edit-error-name-missing");
        }
        let position = if self.position.is_empty() {
            Some(0)
        } else {
            self.position
                .parse::<i32>()
                .ok()
                .filter(|p| (0..=1000).contains(p))
        };
        if position.is_none() {
            err("position", "category-error-position");
        }
        match (errors.is_empty(), position) {
            (true, Some(p)) => Ok((self, p)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod category_tests {
    use super::*;

    #[test]
    fn category_slugs_and_names_are_checked() {
        let ok = CategoryDraft {
            slug: "ferien-und-freizeit".into(),
            name_de: "Ferien".into(),
            position: "12".into(),
            ..Default::default()
        };
        assert_eq!(ok.checked().map(|(_, p)| p), Ok(12));
        let bad = CategoryDraft {
            slug: "Ferien und Freizeit".into(),
            position: "zwölf".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.checked().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["slug", "name_de", "position"]);
    }
}

/// Latitude and longitude in degrees.
pub type Position = (f64, f64);

/// A location as the back office edits it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocationDraft {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: String,
    pub lon: String,
    pub confidential: bool,
    pub wheelchair: bool,
    pub transit: String,
    pub contact_note: String,
}

impl LocationDraft {
    /// Checked fields and the position, if given (both coordinates or none, within Berlin).
    pub fn checked(mut self) -> Result<(LocationDraft, Option<Position>), Vec<FieldError>> {
        for f in [
            &mut self.name,
            &mut self.street,
            &mut self.postcode,
            &mut self.city,
            &mut self.lat,
            &mut self.lon,
            &mut self.transit,
            &mut self.contact_note,
        ] {
            *f = f.trim().to_string();
        }
        if self.city.is_empty() {
            self.city = "Berlin".into();
        }
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        if self.name.is_empty() {
            err("name", "edit-error-name-missing");
        }
        for (field, text, max) in [
            ("name", &self.name, 150),
            ("street", &self.street, 150),
            ("city", &self.city, 80),
            ("transit", &self.transit, 300),
            ("contact_note", &self.contact_note, 1000),
        ] {
            if text.chars().count() > max {
                err(field, "edit-error-too-long");
            }
        }
        let postcode_ok = self.postcode.is_empty()
            || (self.postcode.len() == 5 && self.postcode.chars().all(|c| c.is_ascii_digit()));
        if !postcode_ok {
            err("postcode", "location-error-postcode");
        }
        let number = |s: &str| s.replace(',', ".").parse::<f64>().ok();
        let position = match (self.lat.is_empty(), self.lon.is_empty()) {
            (true, true) => Ok(None),
            (false, false) => match (number(&self.lat), number(&self.lon)) {
                (Some(lat), Some(lon))
                    if (52.3..=52.7).contains(&lat) && (13.0..=13.8).contains(&lon) =>
                {
                    Ok(Some((lat, lon)))
                }
                _ => Err(()),
            },
            _ => Err(()),
        };
        if position.is_err() {
            err("lat", "location-error-position");
        }
        match (errors.is_empty(), position) {
            (true, Ok(p)) => Ok((self, p)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod location_tests {
    use super::*;

    #[test]
    fn locations_need_a_name_and_a_berlin_position_or_none() {
        let ok = LocationDraft {
            name: "Stadtteilzentrum".into(),
            postcode: "10365".into(),
            lat: "52,5160".into(),
            lon: "13.4990".into(),
            ..Default::default()
        };
        let (d, p) = ok.checked().unwrap();
        assert_eq!(d.city, "Berlin");
        assert_eq!(p, Some((52.516, 13.499)));
        let bad = LocationDraft {
            postcode: "1036".into(),
            lat: "48.1".into(),
            lon: "11.5".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.checked().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "postcode", "lat"]);
        let half = LocationDraft {
            name: "x".into(),
            lat: "52.5".into(),
            ..Default::default()
        };
        assert!(half.checked().is_err(), "both coordinates or none");
    }
}
