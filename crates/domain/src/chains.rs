//! Service chains (Dienstleistungsketten): for one life situation, which steps come in which order,
//! where to go for each (offers of the directory, linked by id so a change there shows here), what
//! to bring, which deadline matters. A parent's progress through a chain lives only in their browser
//! (a cookie or a private link); this module encodes and reads it, the server never stores it.

use std::collections::BTreeSet;

use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::directory::Translated;
use crate::editorial::{FieldError, SentTranslations};

/// Most steps a chain may have: a chain longer than this is two life situations.
pub const MAX_STEPS: usize = 15;
const MAX_KEY_LEN: usize = 24;

/// One chain's content: what the coordinator edits (as a draft) and publishes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    pub title: Translated,
    pub summary: Translated,
    /// The event relative deadlines count from ("Geburt (errechneter Termin)"); a parent may enter
    /// its date to see the deadlines as dates.
    #[serde(default)]
    pub anchor: Option<Translated>,
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Chains this one leads on to (by slug).
    #[serde(default)]
    pub related: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Stable within its chain: progress refers to it, so it never changes when steps move.
    pub key: String,
    pub title: Translated,
    #[serde(default)]
    pub explanation: Translated,
    /// Offers of the directory that help with this step.
    #[serde(default)]
    pub offers: Vec<i64>,
    #[serde(default)]
    pub documents: Vec<Translated>,
    #[serde(default)]
    pub deadline: Option<Deadline>,
    #[serde(default)]
    pub costs: Translated,
    #[serde(default)]
    pub tips: Translated,
    /// Only for some parents ("nur wenn der andere Elternteil keinen Unterhalt zahlt").
    #[serde(default)]
    pub condition: Translated,
    /// Another chain this step branches into (by slug).
    #[serde(default)]
    pub branch: Option<String>,
}

impl Step {
    /// The texts translators work on, by field; each document is one "documents" text.
    pub fn texts(&self) -> Vec<(&'static str, &Translated)> {
        let mut texts = vec![("title", &self.title), ("explanation", &self.explanation)];
        texts.extend(self.documents.iter().map(|d| ("documents", d)));
        texts.extend(self.deadline.iter().map(|d| ("deadline", &d.text)));
        texts.extend([
            ("costs", &self.costs),
            ("tips", &self.tips),
            ("condition", &self.condition),
        ]);
        texts
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// The deadline in words ("innerhalb von 3 Monaten nach der Geburt").
    pub text: Translated,
    /// The same deadline counted from the chain's anchor event, when it is one.
    #[serde(default)]
    pub relative: Option<RelativeDeadline>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelativeDeadline {
    /// Positive: after the event; negative: before it.
    pub offset: i32,
    pub unit: Unit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Days,
    Weeks,
    Months,
}

impl Unit {
    pub fn parse(s: &str) -> Option<Unit> {
        match s {
            "days" => Some(Unit::Days),
            "weeks" => Some(Unit::Weeks),
            "months" => Some(Unit::Months),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
        }
    }
}

impl RelativeDeadline {
    /// The date of the deadline for an event on `anchor`. Months keep the day of the month where
    /// it exists and take the month's last day otherwise (31 Jan + 1 month = 28/29 Feb).
    pub fn date(self, anchor: NaiveDate) -> Option<NaiveDate> {
        let n = self.offset.unsigned_abs();
        match (self.unit, self.offset >= 0) {
            (Unit::Days, true) => anchor.checked_add_signed(Duration::days(n.into())),
            (Unit::Days, false) => anchor.checked_sub_signed(Duration::days(n.into())),
            (Unit::Weeks, true) => anchor.checked_add_signed(Duration::weeks(n.into())),
            (Unit::Weeks, false) => anchor.checked_sub_signed(Duration::weeks(n.into())),
            (Unit::Months, true) => anchor.checked_add_months(Months::new(n)),
            (Unit::Months, false) => anchor.checked_sub_months(Months::new(n)),
        }
    }
}

/// A slug or step key: lower-case letters, digits and hyphens, so it is safe in URLs and cookies.
pub fn is_valid_key(s: &str, max: usize) -> bool {
    !s.is_empty()
        && s.len() <= max
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

pub fn is_valid_slug(s: &str) -> bool {
    is_valid_key(s, 60)
}

impl Chain {
    /// The chain's own texts translators work on, by field (its steps have [`Step::texts`]).
    pub fn texts(&self) -> Vec<(&'static str, &Translated)> {
        let mut texts = vec![("title", &self.title), ("summary", &self.summary)];
        texts.extend(self.anchor.iter().map(|a| ("anchor", a)));
        texts
    }

    pub fn step(&self, key: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.key == key)
    }

    /// A key for a new step that no step of this chain has had (keys are never reused, so a
    /// parent's old progress cannot tick a different step).
    pub fn new_step_key(&self) -> String {
        let highest = self
            .steps
            .iter()
            .filter_map(|s| s.key.strip_prefix('s')?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("s{}", highest.max(self.steps.len() as u32) + 1)
    }

    /// Moves the step `key` one place up (`-1`) or down (`1`); false if it cannot move.
    pub fn move_step(&mut self, key: &str, by: i32) -> bool {
        let Some(i) = self.steps.iter().position(|s| s.key == key) else {
            return false;
        };
        let j = i as i64 + i64::from(by);
        if j < 0 || j as usize >= self.steps.len() {
            return false;
        }
        self.steps.swap(i, j as usize);
        true
    }

    /// Every offer any step links to, once, in the order of the steps.
    pub fn offer_ids(&self) -> Vec<i64> {
        let mut seen = BTreeSet::new();
        self.steps
            .iter()
            .flat_map(|s| s.offers.iter().copied())
            .filter(|id| seen.insert(*id))
            .collect()
    }

    /// Checks a chain before it is published: a German title, 1 to 15 steps, each with a valid,
    /// unique key and a German title. Returns the message keys of what is wrong.
    pub fn problems(&self) -> Vec<&'static str> {
        let mut p = Vec::new();
        if self.title.de.trim().is_empty() {
            p.push("chain-error-title");
        }
        if self.steps.is_empty() {
            p.push("chain-error-no-steps");
        }
        if self.steps.len() > MAX_STEPS {
            p.push("chain-error-too-many-steps");
        }
        let mut keys = BTreeSet::new();
        for s in &self.steps {
            if !is_valid_key(&s.key, MAX_KEY_LEN) || !keys.insert(s.key.as_str()) {
                p.push("chain-error-step-key");
            }
            if s.title.de.trim().is_empty() {
                p.push("chain-error-step-title");
            }
        }
        p.dedup();
        p
    }
}

/// The fields of a chain the back office edits (besides its steps).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChainDraft {
    pub title_de: String,
    pub title_en: String,
    pub summary_de: String,
    pub summary_en: String,
    pub anchor_de: String,
    pub anchor_en: String,
    /// Slugs of related chains, separated by commas or spaces.
    pub related: String,
    /// The title, summary and anchor in the further languages.
    pub more: SentTranslations,
}

fn slugs(s: &str) -> Vec<String> {
    s.split([',', ' ', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl ChainDraft {
    pub fn of(c: &Chain) -> Self {
        let en = |t: &Translated| t.other.get("en").cloned().unwrap_or_default();
        ChainDraft {
            title_de: c.title.de.clone(),
            title_en: en(&c.title),
            summary_de: c.summary.de.clone(),
            summary_en: en(&c.summary),
            anchor_de: c.anchor.as_ref().map(|a| a.de.clone()).unwrap_or_default(),
            anchor_en: c.anchor.as_ref().map(en).unwrap_or_default(),
            related: c.related.join(", "),
            more: SentTranslations::from_stored(c.texts()),
        }
    }

    /// Applies the fields to `chain` (keeping its steps) or says which fields are wrong.
    pub fn apply(&self, chain: &Chain) -> Result<Chain, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.title_de.trim().is_empty() {
            errors.push(FieldError {
                field: "title_de",
                message: "chain-error-title",
            });
        }
        if self.title_de.chars().count() > 120 || self.title_en.chars().count() > 120 {
            errors.push(FieldError {
                field: "title_de",
                message: "edit-error-too-long",
            });
        }
        let related = slugs(&self.related);
        if related.iter().any(|s| !is_valid_slug(s)) {
            errors.push(FieldError {
                field: "related",
                message: "chain-error-related",
            });
        }
        if self.anchor_de.trim().is_empty() && !self.anchor_en.trim().is_empty() {
            errors.push(FieldError {
                field: "anchor_de",
                message: "chain-error-anchor",
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut c = chain.clone();
        let more = &self.more;
        c.title = more.revise(
            "title",
            &chain.title,
            &Translated::with_en(&self.title_de, &self.title_en),
        );
        c.summary = more.revise(
            "summary",
            &chain.summary,
            &Translated::with_en(&self.summary_de, &self.summary_en),
        );
        c.anchor = (!self.anchor_de.trim().is_empty()).then(|| {
            more.revise(
                "anchor",
                &chain.anchor.clone().unwrap_or_default(),
                &Translated::with_en(&self.anchor_de, &self.anchor_en),
            )
        });
        c.related = related;
        Ok(c)
    }
}

/// The fields of one step as the back office edits them; lists are one entry per line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepDraft {
    pub title_de: String,
    pub title_en: String,
    pub explanation_de: String,
    pub explanation_en: String,
    pub documents_de: String,
    pub documents_en: String,
    pub deadline_de: String,
    pub deadline_en: String,
    /// A number: positive after the chain's event, negative before it; empty for none.
    pub deadline_offset: String,
    pub deadline_unit: String,
    pub costs_de: String,
    pub costs_en: String,
    pub tips_de: String,
    pub tips_en: String,
    pub condition_de: String,
    pub condition_en: String,
    pub branch: String,
    pub offers: Vec<i64>,
    /// The texts in the further languages ("documents": one line per document).
    pub more: SentTranslations,
}

impl StepDraft {
    pub fn of(s: &Step) -> Self {
        let en = |t: &Translated| t.other.get("en").cloned().unwrap_or_default();
        let lines = |lang: &str| {
            s.documents
                .iter()
                .map(|d| if lang == "de" { d.de.clone() } else { en(d) })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let d = s.deadline.clone().unwrap_or_default();
        StepDraft {
            title_de: s.title.de.clone(),
            title_en: en(&s.title),
            explanation_de: s.explanation.de.clone(),
            explanation_en: en(&s.explanation),
            documents_de: lines("de"),
            documents_en: lines("en"),
            deadline_de: d.text.de.clone(),
            deadline_en: en(&d.text),
            deadline_offset: d.relative.map(|r| r.offset.to_string()).unwrap_or_default(),
            deadline_unit: d
                .relative
                .map(|r| r.unit.as_str().to_string())
                .unwrap_or_else(|| "months".into()),
            costs_de: s.costs.de.clone(),
            costs_en: en(&s.costs),
            tips_de: s.tips.de.clone(),
            tips_en: en(&s.tips),
            condition_de: s.condition.de.clone(),
            condition_en: en(&s.condition),
            branch: s.branch.clone().unwrap_or_default(),
            offers: s.offers.clone(),
            more: step_more(s),
        }
    }

    /// The step with these fields (keeping `key`), revised against `before` (the stored step,
    /// `None` for a new one), or the fields that are wrong.
    pub fn to_step(&self, key: &str, before: Option<&Step>) -> Result<Step, Vec<FieldError>> {
        let empty = Step::default();
        let before = before.unwrap_or(&empty);
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        if self.title_de.trim().is_empty() {
            err("title_de", "chain-error-step-title");
        }
        let docs_de: Vec<&str> = self
            .documents_de
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let docs_en: Vec<&str> = self
            .documents_en
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !docs_en.is_empty() && docs_en.len() != docs_de.len() {
            err("documents_de", "chain-error-documents-lines");
        }
        let relative = match self.deadline_offset.trim() {
            "" => None,
            n => match (n.parse::<i32>(), Unit::parse(&self.deadline_unit)) {
                (Ok(offset), Some(unit)) if offset.abs() <= 400 => {
                    Some(RelativeDeadline { offset, unit })
                }
                _ => {
                    err("deadline_offset", "chain-error-deadline-offset");
                    None
                }
            },
        };
        if relative.is_some() && self.deadline_de.trim().is_empty() {
            err("deadline_de", "chain-error-deadline-text");
        }
        let branch = self.branch.trim();
        if !branch.is_empty() && !is_valid_slug(branch) {
            err("branch", "chain-error-related");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let more = &self.more;
        let revise = |field: &str, before: &Translated, de: &str, en: &str| {
            more.revise(field, before, &Translated::with_en(de, en))
        };
        // A document's translation is the same line of the language's list.
        let documents = docs_de
            .iter()
            .enumerate()
            .map(|(i, de)| {
                more.line("documents", i).revise(
                    "documents",
                    &before.documents.get(i).cloned().unwrap_or_default(),
                    &Translated::with_en(de, docs_en.get(i).copied().unwrap_or("")),
                )
            })
            .collect();
        let before_deadline = before.deadline.clone().unwrap_or_default();
        let deadline = (!self.deadline_de.trim().is_empty()).then(|| Deadline {
            text: revise(
                "deadline",
                &before_deadline.text,
                &self.deadline_de,
                &self.deadline_en,
            ),
            relative,
        });
        let mut offers = self.offers.clone();
        offers.dedup();
        Ok(Step {
            key: key.to_string(),
            title: revise("title", &before.title, &self.title_de, &self.title_en),
            explanation: revise(
                "explanation",
                &before.explanation,
                &self.explanation_de,
                &self.explanation_en,
            ),
            offers,
            documents,
            deadline,
            costs: revise("costs", &before.costs, &self.costs_de, &self.costs_en),
            tips: revise("tips", &before.tips, &self.tips_de, &self.tips_en),
            condition: revise(
                "condition",
                &before.condition,
                &self.condition_de,
                &self.condition_en,
            ),
            branch: (!branch.is_empty()).then(|| branch.to_string()),
        })
    }
}

/// The translated texts of a step as its form shows them (documents one per line, in order).
fn step_more(s: &Step) -> SentTranslations {
    let mut more =
        SentTranslations::from_stored(s.texts().into_iter().filter(|(f, _)| *f != "documents"))
            .marked_as(s.texts());
    if let Some(texts) = more.texts.as_mut() {
        let langs: BTreeSet<&String> = s
            .documents
            .iter()
            .flat_map(|d| d.other.keys())
            .filter(|l| *l != "en")
            .collect();
        for lang in langs {
            let lines: Vec<&str> = s
                .documents
                .iter()
                .map(|d| d.other.get(lang.as_str()).map_or("", String::as_str))
                .collect();
            texts
                .entry(lang.clone())
                .or_default()
                .insert("documents".to_string(), lines.join("\n"));
        }
    }
    more
}

/// A parent's progress through one chain: the steps ticked off and, optionally, the date of the
/// chain's event. Encoded as `s1.s3@2027-03-01`, small enough for a cookie or a link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: BTreeSet<String>,
    pub anchor_date: Option<NaiveDate>,
}

impl Progress {
    /// Reads an encoded progress; anything that is not a step of `chain` is dropped, so an old or
    /// edited link never fails.
    pub fn decode(s: &str, chain: &Chain) -> Progress {
        let (steps, date) = match s.split_once('@') {
            Some((a, b)) => (a, NaiveDate::parse_from_str(b, "%Y-%m-%d").ok()),
            None => (s, None),
        };
        Progress {
            done: steps
                .split('.')
                .filter(|k| chain.step(k).is_some())
                .map(str::to_string)
                .collect(),
            anchor_date: date,
        }
    }

    pub fn encode(&self) -> String {
        let mut s = self
            .done
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(".");
        if let Some(d) = self.anchor_date {
            s.push('@');
            s.push_str(&d.format("%Y-%m-%d").to_string());
        }
        s
    }

    pub fn is_empty(&self) -> bool {
        self.done.is_empty() && self.anchor_date.is_none()
    }

    pub fn toggle(&mut self, key: &str, done: bool) {
        if done {
            self.done.insert(key.to_string());
        } else {
            self.done.remove(key);
        }
    }
}

/// What an encoded progress may contain, so a tampered cookie cannot break the header it goes into.
fn is_progress_text(p: &str) -> bool {
    p.len() <= 400
        && p.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'@')
        })
}

/// The progress of every chain a browser follows, in one cookie: `slug:s1.s2~slug2:s4`.
pub fn progress_cookie_get<'a>(cookie: &'a str, slug: &str) -> Option<&'a str> {
    cookie
        .split('~')
        .filter_map(|part| part.split_once(':'))
        .find(|(s, _)| *s == slug)
        .map(|(_, p)| p)
}

/// The cookie with `slug`'s progress replaced (removed when empty); other chains stay as they were.
pub fn progress_cookie_set(cookie: &str, slug: &str, encoded: &str) -> String {
    let mut parts: Vec<String> = cookie
        .split('~')
        .filter_map(|part| part.split_once(':'))
        .filter(|(s, p)| *s != slug && is_valid_slug(s) && is_progress_text(p))
        .map(|(s, p)| format!("{s}:{p}"))
        .collect();
    if !encoded.is_empty() {
        parts.push(format!("{slug}:{encoded}"));
    }
    // A cookie must stay under 4 KB: forget the oldest chains first.
    while parts.iter().map(|p| p.len() + 1).sum::<usize>() > 3000 && parts.len() > 1 {
        parts.remove(0);
    }
    parts.join("~")
}

/// Chains as they are written by hand (demo content): offers are named by their German name and
/// resolved to ids when loading, so the file stays readable.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainSeed {
    #[serde(default, rename = "chain")]
    pub chains: Vec<SeedChain>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedChain {
    pub slug: String,
    pub title: Translated,
    #[serde(default)]
    pub summary: Translated,
    pub anchor: Option<Translated>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(rename = "step")]
    pub steps: Vec<SeedStep>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedStep {
    pub title: Translated,
    #[serde(default)]
    pub explanation: Translated,
    /// German names of the offers.
    #[serde(default)]
    pub offers: Vec<String>,
    #[serde(default)]
    pub documents: Vec<Translated>,
    pub deadline: Option<Translated>,
    /// With `deadline_unit`: the deadline counted from the chain's anchor event.
    pub deadline_offset: Option<i32>,
    pub deadline_unit: Option<Unit>,
    #[serde(default)]
    pub costs: Translated,
    #[serde(default)]
    pub tips: Translated,
    #[serde(default)]
    pub condition: Translated,
    pub branch: Option<String>,
}

impl SeedChain {
    /// The chain with its offers resolved by `offer_id`; steps are keyed s1, s2, … in order.
    pub fn resolve(&self, offer_id: impl Fn(&str) -> Option<i64>) -> Result<Chain, String> {
        if !is_valid_slug(&self.slug) {
            return Err(format!("chain slug {:?} is not valid", self.slug));
        }
        let mut steps = Vec::new();
        for (i, s) in self.steps.iter().enumerate() {
            let mut offers = Vec::new();
            for name in &s.offers {
                offers.push(offer_id(name).ok_or_else(|| {
                    format!(
                        "chain {}: step {} names unknown offer {name:?}",
                        self.slug,
                        i + 1
                    )
                })?);
            }
            let relative = match (s.deadline_offset, s.deadline_unit) {
                (Some(offset), Some(unit)) => Some(RelativeDeadline { offset, unit }),
                (None, None) => None,
                _ => {
                    return Err(format!(
                        "chain {}: step {} has half a deadline",
                        self.slug,
                        i + 1
                    ));
                }
            };
            steps.push(Step {
                key: format!("s{}", i + 1),
                title: s.title.clone(),
                explanation: s.explanation.clone(),
                offers,
                documents: s.documents.clone(),
                deadline: s.deadline.clone().map(|text| Deadline { text, relative }),
                costs: s.costs.clone(),
                tips: s.tips.clone(),
                condition: s.condition.clone(),
                branch: s.branch.clone(),
            });
        }
        let chain = Chain {
            title: self.title.clone(),
            summary: self.summary.clone(),
            anchor: self.anchor.clone(),
            steps,
            related: self.related.clone(),
        };
        match chain.problems().first() {
            Some(p) => Err(format!("chain {}: {p}", self.slug)),
            None => Ok(chain),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn chain(keys: &[&str]) -> Chain {
        Chain {
            title: Translated::new("Schwanger und allein"),
            steps: keys
                .iter()
                .map(|k| Step {
                    key: k.to_string(),
                    title: Translated::new(format!("Schritt {k}")),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn relative_deadlines_count_from_the_event() {
        let birth = d(2027, 1, 31);
        let r = |offset, unit| RelativeDeadline { offset, unit }.date(birth);
        assert_eq!(r(3, Unit::Months), Some(d(2027, 4, 30)));
        assert_eq!(r(1, Unit::Months), Some(d(2027, 2, 28)));
        assert_eq!(r(-12, Unit::Weeks), Some(d(2026, 11, 8)));
        assert_eq!(r(7, Unit::Days), Some(d(2027, 2, 7)));
        assert_eq!(r(-2, Unit::Months), Some(d(2026, 11, 30)));
    }

    #[test]
    fn progress_survives_a_round_trip_and_drops_unknown_steps() {
        let c = chain(&["s1", "s2", "s3"]);
        let p = Progress::decode("s3.s1.gone@2027-03-01", &c);
        assert_eq!(p.done.len(), 2);
        assert_eq!(p.anchor_date, Some(d(2027, 3, 1)));
        assert_eq!(p.encode(), "s1.s3@2027-03-01");
        assert_eq!(Progress::decode(&p.encode(), &c), p);
        let broken = Progress::decode("s2@not-a-date", &c);
        assert_eq!(broken.encode(), "s2");
        assert!(Progress::decode("", &c).is_empty());
    }

    #[test]
    fn the_cookie_keeps_each_chains_progress_apart() {
        let c = progress_cookie_set("", "schwanger", "s1.s2");
        let c = progress_cookie_set(&c, "trennung", "s4");
        assert_eq!(progress_cookie_get(&c, "schwanger"), Some("s1.s2"));
        assert_eq!(progress_cookie_get(&c, "trennung"), Some("s4"));
        let c = progress_cookie_set(&c, "schwanger", "");
        assert_eq!(progress_cookie_get(&c, "schwanger"), None);
        assert_eq!(progress_cookie_get(&c, "trennung"), Some("s4"));
        // A tampered cookie loses only what is broken.
        let c = progress_cookie_set("x:s1~BAD SLUG:s2~junk~z:s1\u{7f}\"", "y", "s3");
        assert_eq!(c, "x:s1~y:s3");
    }

    #[test]
    fn a_german_change_leaves_the_untouched_translations_outdated_until_confirmed() {
        let mut c = chain(&["s1"]);
        c.title.other.insert("en".into(), "Pregnant".into());
        c.title.other.insert("tr".into(), "Hamile ve yalnız".into());
        let mut draft = ChainDraft::of(&c);
        draft.title_de = "Schwanger und alleinerziehend".into();
        draft.title_en = "Pregnant and single".into();
        let edited = draft.apply(&c).expect("valid");
        assert_eq!(edited.title.de, "Schwanger und alleinerziehend");
        assert_eq!(
            edited.title.get("en"),
            "Pregnant and single",
            "rewritten: current"
        );
        assert_eq!(
            edited.title.stored("tr"),
            Some(("Hamile ve yalnız", true)),
            "kept"
        );
        assert_eq!(
            edited.title.get("tr"),
            "Schwanger und alleinerziehend",
            "readers get German"
        );
        // Saved again unchanged: still outdated; confirmed: current again.
        let again = ChainDraft::of(&edited).apply(&edited).expect("valid");
        assert!(again.title.outdated.contains("tr"));
        let mut confirm = ChainDraft::of(&again);
        confirm.more.confirmed = vec!["tr:title".into()];
        let checked = confirm.apply(&again).expect("valid");
        assert_eq!(checked.title.get("tr"), "Hamile ve yalnız");
        // Emptied on the form: gone.
        let mut empty = ChainDraft::of(&checked);
        if let Some(tr) = empty.more.texts.as_mut().and_then(|t| t.get_mut("tr")) {
            tr.insert("title".into(), "  ".into());
        }
        assert!(!empty.apply(&checked).expect("valid").title.has("tr"));
    }

    #[test]
    fn a_steps_documents_are_translated_line_by_line() {
        let c = chain(&["s1"]);
        let mut d = StepDraft::of(&c.steps[0]);
        d.title_de = "Antrag".into();
        d.documents_de = "Ausweis\nMeldebescheinigung\nGeburtsurkunde".into();
        let mut texts = crate::editorial::TranslationMap::new();
        texts.entry("uk".into()).or_default().insert(
            "documents".into(),
            "\nДовідка про реєстрацію\nСвідоцтво про народження".into(),
        );
        d.more.texts = Some(texts);
        let step = d.to_step("s1", Some(&c.steps[0])).expect("valid");
        assert!(!step.documents[0].has("uk"), "a blank line: untranslated");
        assert_eq!(step.documents[1].get("uk"), "Довідка про реєстрацію");
        assert_eq!(step.documents[2].get("uk"), "Свідоцтво про народження");
        // The form shows them again in the same places.
        assert_eq!(
            StepDraft::of(&step).more.text("uk", "documents"),
            "\nДовідка про реєстрацію\nСвідоцтво про народження"
        );
    }

    #[test]
    fn new_step_keys_are_never_reused() {
        let mut c = chain(&["s1", "s2", "s5"]);
        assert_eq!(c.new_step_key(), "s6");
        c.steps.pop();
        assert_eq!(c.new_step_key(), "s3");
        let c = chain(&["anmelden", "zahlen"]);
        assert_eq!(c.new_step_key(), "s3");
    }

    #[test]
    fn steps_move_within_bounds() {
        let mut c = chain(&["s1", "s2", "s3"]);
        assert!(c.move_step("s3", -1));
        assert_eq!(
            c.steps.iter().map(|s| s.key.as_str()).collect::<Vec<_>>(),
            ["s1", "s3", "s2"]
        );
        assert!(!c.move_step("s1", -1));
        assert!(!c.move_step("s2", 1));
        assert!(!c.move_step("nope", 1));
    }

    #[test]
    fn a_chain_needs_a_title_and_steps_with_unique_keys() {
        assert_eq!(
            Chain::default().problems(),
            ["chain-error-title", "chain-error-no-steps"]
        );
        assert!(chain(&["s1", "s2"]).problems().is_empty());
        assert_eq!(chain(&["s1", "s1"]).problems(), ["chain-error-step-key"]);
        assert_eq!(chain(&["S 1"]).problems(), ["chain-error-step-key"]);
    }

    #[test]
    fn step_drafts_check_their_fields() {
        let mut d = StepDraft {
            title_de: "Vaterschaft anerkennen".into(),
            documents_de: "Personalausweis\n\nMutterpass\n".into(),
            documents_en: "ID card".into(),
            deadline_offset: "3".into(),
            deadline_unit: "months".into(),
            ..Default::default()
        };
        let errs = d.to_step("s1", None).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["documents_de", "deadline_de"]);
        d.documents_en = "ID card\nMaternity record".into();
        d.deadline_de = "bis 3 Monate nach der Geburt".into();
        let s = d.to_step("s1", None).unwrap();
        assert_eq!(s.documents.len(), 2);
        assert_eq!(s.documents[1].get("en"), "Maternity record");
        assert_eq!(
            s.deadline.unwrap().relative,
            Some(RelativeDeadline {
                offset: 3,
                unit: Unit::Months
            })
        );
        d.deadline_offset = "drei".into();
        assert_eq!(
            d.to_step("s1", None).unwrap_err()[0].message,
            "chain-error-deadline-offset"
        );
        // What the form shows is what it saves.
        let step = StepDraft {
            deadline_offset: String::new(),
            ..d.clone()
        }
        .to_step("s2", None)
        .unwrap();
        assert_eq!(
            StepDraft::of(&step).to_step("s2", Some(&step)).unwrap(),
            step
        );
    }
}
