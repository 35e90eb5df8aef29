//! The needs radar (the office's seventh task: develop offers where needs are unmet). Its signals
//! are anonymous by construction: a needs report holds a topic, an Ortsteil, an age range and free
//! text, and the day; use is counted per day, kind, category and Ortsteil. No IP, session, account
//! or time of day is ever part of them. Searches that found nothing are stored as their anonymised
//! query per day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::editorial::FieldError;

/// Needs reports the whole district may send in one day; beyond it the form says "try tomorrow"
/// (a flood cannot grow the table without bound, and per-sender limits still apply first).
pub const REPORTS_PER_DAY: i64 = 300;
/// The free text's length at most.
pub const TEXT_MAX: usize = 1000;
/// A report's free text is kept this long; the counted facts stay.
pub const REPORT_TEXT_DAYS: i64 = 730;
/// Counted use and the anonymised searches are kept this long (five years: a legislative period).
pub const COUNTS_DAYS: i64 = 5 * 366;

/// Children's age ranges a parent may give (optional).
pub const AGE_RANGES: [&str; 4] = ["0-2", "3-5", "6-11", "12-17"];

/// What is counted from use. Counted, never logged: no person-level row exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum UsageKind {
    NeedReport,
    SearchMiss,
    OfferView,
    ChainStarted,
    ChainFinished,
    BenefitsCheck,
    EventRegistration,
}

impl UsageKind {
    pub const ALL: [UsageKind; 7] = [
        UsageKind::NeedReport,
        UsageKind::SearchMiss,
        UsageKind::OfferView,
        UsageKind::ChainStarted,
        UsageKind::ChainFinished,
        UsageKind::BenefitsCheck,
        UsageKind::EventRegistration,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            UsageKind::NeedReport => "need_report",
            UsageKind::SearchMiss => "search_miss",
            UsageKind::OfferView => "offer_view",
            UsageKind::ChainStarted => "chain_started",
            UsageKind::ChainFinished => "chain_finished",
            UsageKind::BenefitsCheck => "benefits_check",
            UsageKind::EventRegistration => "event_registration",
        }
    }
    pub fn parse(s: &str) -> Option<UsageKind> {
        UsageKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
    /// The demand side of the radar: what parents asked for and did not find.
    pub fn is_demand(self) -> bool {
        matches!(self, UsageKind::NeedReport | UsageKind::SearchMiss)
    }
}

/// One counted fact: on this day, this kind, in this category and Ortsteil ("" when none).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UsageKey {
    pub day: NaiveDate,
    pub kind: UsageKind,
    pub category: String,
    pub ortsteil: String,
}

/// The needs form as sent.
#[derive(Clone, Debug, Default)]
pub struct NeedDraft {
    pub category: String,
    pub ortsteil: String,
    pub ages: String,
    pub text: String,
}

/// A needs report, checked: the category's slug, the Ortsteil's slug or "", the age range or "",
/// and the free text with e-mail addresses, links and phone numbers taken out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedReport {
    pub category: String,
    pub ortsteil: String,
    pub ages: String,
    pub text: String,
}

impl NeedDraft {
    pub fn checked(&self, categories: &[String]) -> Result<NeedReport, Vec<FieldError>> {
        let mut errors = Vec::new();
        let category = self.category.trim();
        if !categories.iter().any(|c| c == category) {
            errors.push(FieldError {
                field: "category",
                message: "needs-error-category",
            });
        }
        let ortsteil = self.ortsteil.trim();
        if !ortsteil.is_empty() && crate::geo::ortsteil_by_slug(ortsteil).is_none() {
            errors.push(FieldError {
                field: "ortsteil",
                message: "needs-error-ortsteil",
            });
        }
        let ages = self.ages.trim();
        if !ages.is_empty() && !AGE_RANGES.contains(&ages) {
            errors.push(FieldError {
                field: "ages",
                message: "needs-error-ages",
            });
        }
        if self.text.trim().chars().count() > TEXT_MAX {
            errors.push(FieldError {
                field: "text",
                message: "needs-error-text",
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NeedReport {
            category: category.to_string(),
            ortsteil: ortsteil.to_string(),
            ages: ages.to_string(),
            text: scrub_text(&self.text),
        })
    }
}

/// Free text without what says who someone is: e-mail addresses, links and phone or account
/// numbers become "…". Names cannot be found reliably; the form asks not to type them, and only
/// the coordinator reads the text.
pub fn scrub_text(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect();
    let lines: Vec<String> = cleaned
        .lines()
        .map(|line| {
            line.split(' ')
                .map(|w| {
                    let digits = w.chars().filter(char::is_ascii_digit).count();
                    if w.contains('@')
                        || w.starts_with("http")
                        || w.starts_with("www.")
                        || digits >= 6
                    {
                        "…"
                    } else {
                        w
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    // Phone numbers written in groups ("030 123 456") are caught by the phone finder.
    let joined = lines.join("\n");
    let mut out = String::new();
    for piece in crate::phone::pieces(&joined) {
        match piece {
            crate::phone::Piece::Text(t) => out.push_str(t),
            crate::phone::Piece::Phone(..) => out.push('…'),
        }
    }
    out.trim().to_string()
}

/// A council paper (Drucksache) of the BVV, as typed or read from an OParl 1.1 `Paper` object.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaperDraft {
    pub reference: String,
    pub name: String,
    pub url: String,
    pub date: String,
    pub oparl_id: String,
}

/// A council paper, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paper {
    pub reference: String,
    pub name: String,
    pub url: String,
    pub date: Option<NaiveDate>,
    pub oparl_id: String,
}

/// The fields of an OParl 1.1 Paper this module reads (spec: `https://schema.oparl.org/1.1/Paper`).
#[derive(Deserialize)]
struct OparlPaper {
    id: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    name: Option<String>,
    reference: Option<String>,
    date: Option<String>,
    web: Option<String>,
}

impl PaperDraft {
    /// Reads an OParl Paper object; `Err` names the field that is missing or wrong.
    pub fn from_oparl(json: &str) -> Result<PaperDraft, FieldError> {
        let bad = FieldError {
            field: "oparl",
            message: "needs-error-oparl",
        };
        let p: OparlPaper = serde_json::from_str(json).map_err(|_| bad.clone())?;
        if !p
            .kind
            .as_deref()
            .is_some_and(|k| k.starts_with("https://schema.oparl.org/1.") && k.ends_with("/Paper"))
        {
            return Err(bad);
        }
        Ok(PaperDraft {
            reference: p.reference.unwrap_or_default(),
            name: p.name.unwrap_or_default(),
            url: p.web.or_else(|| p.id.clone()).unwrap_or_default(),
            date: p.date.unwrap_or_default(),
            oparl_id: p.id.unwrap_or_default(),
        })
    }

    pub fn checked(&self) -> Result<Paper, Vec<FieldError>> {
        let mut errors = Vec::new();
        let reference = self.reference.trim();
        if reference.is_empty() || reference.chars().count() > 40 {
            errors.push(FieldError {
                field: "reference",
                message: "needs-error-reference",
            });
        }
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 300 {
            errors.push(FieldError {
                field: "name",
                message: "needs-error-paper-name",
            });
        }
        let url = self.url.trim();
        let web = url.starts_with("https://") || url.starts_with("http://");
        if !(url.is_empty() || web) || url.chars().count() > 500 {
            errors.push(FieldError {
                field: "url",
                message: "needs-error-url",
            });
        }
        let date = self.date.trim();
        let parsed = if date.is_empty() {
            None
        } else {
            match NaiveDate::parse_from_str(date, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(date, "%d.%m.%Y"))
            {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push(FieldError {
                        field: "date",
                        message: "needs-error-date",
                    });
                    None
                }
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Paper {
            reference: reference.to_string(),
            name: name.to_string(),
            url: url.to_string(),
            date: parsed,
            oparl_id: self.oparl_id.trim().chars().take(500).collect(),
        })
    }
}

/// A need as the coordinator names it: a group of reports or a gap of the radar.
#[derive(Clone, Debug, Default)]
pub struct NeedEdit {
    pub title: String,
    pub answer: String,
}

impl NeedEdit {
    pub fn checked(&self) -> Result<(String, String), Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 150 {
            errors.push(FieldError {
                field: "title",
                message: "needs-error-title",
            });
        }
        let answer = self.answer.trim();
        if answer.chars().count() > 2000 {
            errors.push(FieldError {
                field: "answer",
                message: "needs-error-answer",
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok((title.to_string(), answer.to_string()))
    }
}

/// Households of single parents in an Ortsteil, where the district publishes the figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Households {
    pub ortsteil: String,
    pub count: i64,
    pub year: i32,
    pub source: String,
}

/// The anonymised needs reports of the demo (each text marked "(Beispiel)").
#[derive(Clone, Debug, Deserialize)]
pub struct NeedsSeed {
    #[serde(default)]
    pub report: Vec<SeedReport>,
    #[serde(default)]
    pub need: Vec<SeedNeed>,
    #[serde(default)]
    pub paper: Vec<SeedPaper>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct SeedReport {
    pub category: String,
    #[serde(default)]
    pub ortsteil: String,
    #[serde(default)]
    pub ages: String,
    #[serde(default)]
    pub text: String,
    /// Days before the demo is loaded.
    pub days_ago: i64,
    /// The title of the need it belongs to, if tagged.
    #[serde(default)]
    pub need: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct SeedNeed {
    pub title: String,
    #[serde(default)]
    pub answer: String,
    /// The AG decision that answers it: the decision's text starts with this.
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub paper: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct SeedPaper {
    pub reference: String,
    pub name: String,
    #[serde(default)]
    pub url: String,
    pub date: NaiveDate,
}

/// The query as it may be stored, or `None` when nothing meaningful is left.
pub fn anonymise_query(q: &str) -> Option<String> {
    let kept: Vec<String> = crate::directory::clean_text(q)
        .to_lowercase()
        .split_whitespace()
        // E-mail addresses, phone and account numbers, and links say who someone is, not what they need.
        .filter(|w| !w.contains('@'))
        .filter(|w| !w.starts_with("http") && !w.starts_with("www."))
        .filter(|w| w.chars().filter(char::is_ascii_digit).count() < 6)
        .map(str::to_string)
        .collect();
    let text: String = kept.join(" ").chars().take(100).collect();
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_loses_what_says_who_someone_is() {
        let t = scrub_text(
            "Bitte melden: anna@example.org, 030 1234567 oder +49 176 1234 5678.\nSiehe https://x.de",
        );
        assert!(!t.contains("anna@"), "{t}");
        assert!(!t.contains("1234567"), "{t}");
        assert!(!t.contains("5678"), "{t}");
        assert!(!t.contains("https"), "{t}");
        assert!(t.starts_with("Bitte melden:"), "{t}");
        assert!(t.contains('\n'), "lines stay");
        assert_eq!(
            scrub_text("Kita ab 6 Uhr in 10369"),
            "Kita ab 6 Uhr in 10369"
        );
    }

    #[test]
    fn a_report_is_checked_field_by_field() {
        let cats = vec!["wohnen".to_string()];
        let ok = NeedDraft {
            category: "wohnen".into(),
            ortsteil: "malchow".into(),
            ages: "3-5".into(),
            text: " Wohnung ".into(),
        }
        .checked(&cats)
        .expect("valid");
        assert_eq!(ok.text, "Wohnung");
        let bad = NeedDraft {
            category: "nope".into(),
            ortsteil: "potsdam".into(),
            ages: "99".into(),
            text: "x".repeat(TEXT_MAX + 1),
        }
        .checked(&cats)
        .expect_err("invalid");
        let fields: Vec<&str> = bad.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["category", "ortsteil", "ages", "text"]);
    }

    #[test]
    fn an_oparl_paper_is_read_and_anything_else_refused() {
        let p = PaperDraft::from_oparl(
            r#"{"id":"https://o.example/paper/1","type":"https://schema.oparl.org/1.1/Paper",
                "name":"Frühbetreuung","reference":"DS/1/IX","date":"2027-01-21",
                "web":"https://o.example/vo020?VOLFDNR=1"}"#,
        )
        .expect("a paper");
        assert_eq!(p.reference, "DS/1/IX");
        assert_eq!(p.url, "https://o.example/vo020?VOLFDNR=1");
        let checked = p.checked().expect("valid");
        assert_eq!(checked.date, NaiveDate::from_ymd_opt(2027, 1, 21));
        assert!(
            PaperDraft::from_oparl(r#"{"type":"https://schema.oparl.org/1.1/Meeting"}"#).is_err()
        );
        assert!(PaperDraft::from_oparl("not json").is_err());
        let typed = PaperDraft {
            reference: "DS/2/IX".into(),
            name: "Titel".into(),
            url: "javascript:alert(1)".into(),
            date: "21.01.2027".into(),
            oparl_id: String::new(),
        };
        let e = typed
            .checked()
            .expect_err("a link that is not a web address");
        assert_eq!(e[0].field, "url");
    }

    #[test]
    fn personal_details_are_dropped() {
        assert_eq!(
            anonymise_query("  Hebamme  Wartenberg "),
            Some("hebamme wartenberg".into())
        );
        assert_eq!(
            anonymise_query("anna.muster@example.org 0176 12345678 hilfe"),
            Some("0176 hilfe".into())
        );
        assert_eq!(
            anonymise_query("Kita 10369"),
            Some("kita 10369".into()),
            "postcodes stay"
        );
        assert_eq!(anonymise_query("+4917612345678"), None);
        assert_eq!(
            anonymise_query(&"x".repeat(500)).map(|s| s.len()),
            Some(100)
        );
    }
}
