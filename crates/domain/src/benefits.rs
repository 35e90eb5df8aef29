//! The benefits check (Leistungs-Check): which benefits may apply to a single parent's household,
//! with an indicative amount where the rule is simple enough. Rules and amounts come from a versioned
//! data file (`data/benefits.toml`) with validity dates and sources; the check uses the period valid
//! on the day it runs. Nothing here stores or logs what a parent enters.

use chrono::NaiveDate;
use serde::Deserialize;

const RULES: &str = include_str!("../data/benefits.toml");

#[derive(Clone, Debug, Deserialize)]
pub struct RuleSet {
    #[serde(rename = "period")]
    pub periods: Vec<Period>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Period {
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub kindergeld: KindergeldRule,
    pub unterhaltsvorschuss: UnterhaltsvorschussRule,
    pub mehrbedarf: MehrbedarfRule,
    pub entlastungsbetrag: EntlastungsbetragRule,
}

#[derive(Clone, Debug, Deserialize)]
pub struct KindergeldRule {
    pub per_child_cents: u32,
    pub age_limit: u8,
    pub age_limit_in_training: u8,
    pub source: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct UnterhaltsvorschussRule {
    pub by_age_cents: Vec<u32>,
    pub band_starts: Vec<u8>,
    pub age_limit: u8,
    pub min_gross_income_12_to_17_on_buergergeld_cents: u32,
    pub source: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct MehrbedarfRule {
    pub regelbedarf_1_cents: u32,
    pub percent_one_child_under_7: u32,
    pub percent_two_or_three_under_16: u32,
    pub percent_per_child: u32,
    pub percent_cap: u32,
    pub source: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct EntlastungsbetragRule {
    pub first_child_cents_per_year: u32,
    pub further_child_cents_per_year: u32,
    pub source: String,
}

impl RuleSet {
    /// The rules shipped with this version of Wegweiser.
    pub fn shipped() -> Result<RuleSet, String> {
        toml::from_str(RULES).map_err(|e| e.to_string())
    }

    /// The period valid on `day`, if the data file covers it.
    pub fn valid_on(&self, day: NaiveDate) -> Option<&Period> {
        self.periods
            .iter()
            .find(|p| p.valid_from <= day && day <= p.valid_until)
    }
}

/// A child in the household, as the questionnaire asks about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Child {
    pub age: u8,
    /// Maintenance the other parent actually pays for this child, per month.
    pub maintenance_cents: u32,
    /// In school or vocational training (matters from 18).
    pub in_training: bool,
}

/// What the parent tells the check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Household {
    pub children: Vec<Child>,
    /// The parent's own gross earnings per month.
    pub gross_income_cents: u32,
    /// The household receives Bürgergeld (Grundsicherungsgeld).
    pub receives_buergergeld: bool,
}

/// One benefit that may apply, with its monthly (or yearly) indicative amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub benefit: Benefit,
    /// Indicative amount in cents; per month, except the Entlastungsbetrag (per year).
    pub amount_cents: u32,
    /// The children it is for (indexes into `Household::children`), where it is per child.
    pub children: Vec<usize>,
    /// The amount for each of those children, where the rule gives one per child.
    pub per_child_cents: Vec<u32>,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Benefit {
    Kindergeld,
    Unterhaltsvorschuss,
    MehrbedarfAlleinerziehende,
    Entlastungsbetrag,
}

/// The Kindergeld: every child under 18, or under 25 while in training.
pub fn kindergeld(p: &Period, h: &Household) -> Option<Finding> {
    let r = &p.kindergeld;
    let kids: Vec<usize> = h
        .children
        .iter()
        .enumerate()
        .filter(|(_, c)| c.age < r.age_limit || (c.in_training && c.age < r.age_limit_in_training))
        .map(|(i, _)| i)
        .collect();
    (!kids.is_empty()).then(|| Finding {
        benefit: Benefit::Kindergeld,
        amount_cents: r.per_child_cents * kids.len() as u32,
        per_child_cents: vec![r.per_child_cents; kids.len()],
        children: kids,
        source: r.source.clone(),
    })
}

/// Unterhaltsvorschuss per child: the amount of its age band minus maintenance actually paid; for
/// ages 12–17 while on Bürgergeld only if the parent earns the minimum (the other two ways to qualify
/// need facts the check does not ask, so they are left to the Jugendamt).
pub fn unterhaltsvorschuss(p: &Period, h: &Household) -> Option<Finding> {
    let r = &p.unterhaltsvorschuss;
    let mut total = 0;
    let mut kids = Vec::new();
    let mut each = Vec::new();
    for (i, c) in h.children.iter().enumerate() {
        if c.age >= r.age_limit {
            continue;
        }
        let band = r
            .band_starts
            .iter()
            .rposition(|start| c.age >= *start)
            .unwrap_or(0);
        if band == 2
            && h.receives_buergergeld
            && h.gross_income_cents < r.min_gross_income_12_to_17_on_buergergeld_cents
        {
            continue;
        }
        let full = r.by_age_cents.get(band).copied().unwrap_or(0);
        let amount = full.saturating_sub(c.maintenance_cents);
        if amount > 0 {
            total += amount;
            kids.push(i);
            each.push(amount);
        }
    }
    (!kids.is_empty()).then(|| Finding {
        benefit: Benefit::Unterhaltsvorschuss,
        amount_cents: total,
        children: kids,
        per_child_cents: each,
        source: r.source.clone(),
    })
}

/// Mehrbedarf für Alleinerziehende, for households on Bürgergeld: the better of 36 % (one child under
/// 7, or two or three under 16) and 12 % per minor child, at most 60 % of the standard rate.
pub fn mehrbedarf(p: &Period, h: &Household) -> Option<Finding> {
    if !h.receives_buergergeld {
        return None;
    }
    let r = &p.mehrbedarf;
    let minors: Vec<usize> = h
        .children
        .iter()
        .enumerate()
        .filter(|(_, c)| c.age < 18)
        .map(|(i, _)| i)
        .collect();
    if minors.is_empty() {
        return None;
    }
    let under = |limit: u8| h.children.iter().filter(|c| c.age < limit).count();
    let mut percent = r.percent_per_child * minors.len() as u32;
    if under(7) >= 1 && minors.len() == 1 {
        percent = percent.max(r.percent_one_child_under_7);
    }
    if (2..=3).contains(&under(16)) {
        percent = percent.max(r.percent_two_or_three_under_16);
    }
    let percent = percent.min(r.percent_cap);
    Some(Finding {
        benefit: Benefit::MehrbedarfAlleinerziehende,
        amount_cents: r.regelbedarf_1_cents * percent / 100,
        children: minors,
        per_child_cents: vec![],
        source: r.source.clone(),
    })
}

/// The Entlastungsbetrag (Steuerklasse II), per year: for the first child and each further one that
/// the parent gets Kindergeld for.
pub fn entlastungsbetrag(p: &Period, h: &Household) -> Option<Finding> {
    let kg = kindergeld(p, h)?;
    let r = &p.entlastungsbetrag;
    let further = kg.children.len().saturating_sub(1) as u32;
    Some(Finding {
        benefit: Benefit::Entlastungsbetrag,
        amount_cents: r.first_child_cents_per_year + further * r.further_child_cents_per_year,
        children: kg.children,
        per_child_cents: vec![],
        source: r.source.clone(),
    })
}

/// Every benefit of this slice that may apply.
pub fn check(p: &Period, h: &Household) -> Vec<Finding> {
    [
        kindergeld,
        unterhaltsvorschuss,
        mehrbedarf,
        entlastungsbetrag,
    ]
    .iter()
    .filter_map(|rule| rule(p, h))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period() -> Period {
        let rules = RuleSet::shipped().expect("benefits.toml parses");
        rules
            .valid_on(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap())
            .expect("2026 is covered")
            .clone()
    }

    fn child(age: u8) -> Child {
        Child {
            age,
            ..Default::default()
        }
    }

    fn household(children: &[Child], income: u32, buergergeld: bool) -> Household {
        Household {
            children: children.to_vec(),
            gross_income_cents: income,
            receives_buergergeld: buergergeld,
        }
    }

    fn amount(f: Option<Finding>) -> u32 {
        f.map(|f| f.amount_cents).unwrap_or(0)
    }

    #[test]
    fn the_period_is_chosen_by_date() {
        let rules = RuleSet::shipped().unwrap();
        assert!(
            rules
                .valid_on(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
                .is_some()
        );
        assert!(
            rules
                .valid_on(NaiveDate::from_ymd_opt(2025, 12, 31).unwrap())
                .is_none()
        );
    }

    #[test]
    fn unterhaltsvorschuss_by_age_and_maintenance() {
        let p = period();
        // (age, maintenance €, on Bürgergeld, gross income €, expected UV €) — figures from the facts (A1).
        let cases: [(u8, u32, bool, u32, u32); 12] = [
            (0, 0, false, 0, 227),
            (5, 0, false, 0, 227),
            (6, 0, false, 0, 299),
            (11, 0, false, 0, 299),
            (12, 0, false, 0, 394),
            (17, 0, false, 0, 394),
            (18, 0, false, 0, 0),
            (3, 100, false, 0, 127),
            (3, 227, false, 0, 0),
            (3, 300, false, 0, 0),
            (12, 0, true, 599, 0),
            (12, 0, true, 600, 394),
        ];
        for (age, maintenance, bg, income, expected) in cases {
            let h = household(
                &[Child {
                    age,
                    maintenance_cents: maintenance * 100,
                    in_training: false,
                }],
                income * 100,
                bg,
            );
            assert_eq!(
                amount(unterhaltsvorschuss(&p, &h)),
                expected * 100,
                "age {age}, maintenance {maintenance}, BG {bg}, income {income}"
            );
        }
    }

    #[test]
    fn two_children_aged_3_and_8_without_maintenance() {
        let p = period();
        let h = household(&[child(3), child(8)], 90_000, false);
        let uv = unterhaltsvorschuss(&p, &h).unwrap();
        assert_eq!(uv.amount_cents, 22_700 + 29_900);
        assert_eq!(uv.children, [0, 1]);
        assert_eq!(uv.per_child_cents, [22_700, 29_900]);
    }

    #[test]
    fn kindergeld_until_18_or_25_in_training() {
        let p = period();
        let cases: [(u8, bool, u32); 6] = [
            (0, false, 259),
            (17, false, 259),
            (18, false, 0),
            (18, true, 259),
            (24, true, 259),
            (25, true, 0),
        ];
        for (age, training, expected) in cases {
            let h = household(
                &[Child {
                    age,
                    maintenance_cents: 0,
                    in_training: training,
                }],
                0,
                false,
            );
            assert_eq!(
                amount(kindergeld(&p, &h)),
                expected * 100,
                "age {age}, training {training}"
            );
        }
    }

    #[test]
    fn mehrbedarf_rules_and_cap() {
        let p = period();
        // (children's ages, expected € per month) at a standard rate of 563 €.
        let cases: [(&[u8], u32); 7] = [
            (&[3], 20268),                // one child under 7: 36 %
            (&[7], 6756),                 // one child of 7: 12 %
            (&[8, 10], 20268),            // two under 16: 36 %
            (&[16, 17], 13512),           // two aged 16+: 2 × 12 %
            (&[2, 5, 9, 12], 27024),      // four children: 48 %
            (&[1, 2, 3, 4, 5, 6], 33780), // capped at 60 %
            (&[18], 0),                   // no minor child
        ];
        for (ages, expected_cents) in cases {
            let kids: Vec<Child> = ages.iter().map(|a| child(*a)).collect();
            assert_eq!(
                amount(mehrbedarf(&p, &household(&kids, 0, true))),
                expected_cents,
                "{ages:?}"
            );
        }
        assert_eq!(
            mehrbedarf(&p, &household(&[child(3)], 0, false)),
            None,
            "only with Bürgergeld"
        );
    }

    #[test]
    fn entlastungsbetrag_grows_per_further_child() {
        let p = period();
        assert_eq!(
            amount(entlastungsbetrag(&p, &household(&[child(3)], 0, false))),
            426_000
        );
        assert_eq!(
            amount(entlastungsbetrag(
                &p,
                &household(&[child(3), child(8)], 0, false)
            )),
            450_000
        );
        assert_eq!(
            amount(entlastungsbetrag(&p, &household(&[child(19)], 0, false))),
            0,
            "no Kindergeld child"
        );
    }
}

/// The questionnaire as typed (all text), up to `MAX_CHILDREN` children.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub child_ages: Vec<String>,
    pub child_maintenance: Vec<String>,
    pub child_training: Vec<bool>,
    pub gross_income: String,
    pub receives_buergergeld: bool,
}

pub const MAX_CHILDREN: usize = 6;

/// A problem with one answer: the field and the message key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError {
    pub field: String,
    pub message: &'static str,
}

/// Euros as typed ("1.234,50", "900", "900,-") to cents; `None` when it is no amount.
pub fn parse_euros(s: &str) -> Option<u32> {
    let t = s
        .trim()
        .trim_end_matches("€")
        .trim()
        .trim_end_matches(",-")
        .trim();
    if t.is_empty() {
        return Some(0);
    }
    if t.starts_with('-') {
        return None;
    }
    // German notation: "." groups thousands, "," marks cents.
    let normalized = t.replace('.', "").replace(',', ".");
    let value: f64 = normalized.parse().ok()?;
    (value.is_finite() && (0.0..=1_000_000.0).contains(&value))
        .then(|| (value * 100.0).round() as u32)
}

impl Answers {
    /// The household, or every problem at its question; empty child rows are skipped.
    pub fn household(&self) -> Result<Household, Vec<AnswerError>> {
        let mut errors = Vec::new();
        let mut children = Vec::new();
        for i in 0..self.child_ages.len().min(MAX_CHILDREN) {
            let age_text = self.child_ages[i].trim();
            if age_text.is_empty() {
                continue;
            }
            let age = match age_text.parse::<u8>() {
                Ok(a) if a <= 26 => a,
                _ => {
                    errors.push(AnswerError {
                        field: format!("age_{}", i + 1),
                        message: "check-error-age",
                    });
                    continue;
                }
            };
            let maintenance = self
                .child_maintenance
                .get(i)
                .map(String::as_str)
                .unwrap_or("");
            let maintenance_cents = match parse_euros(maintenance) {
                Some(m) if m <= 500_000 => m,
                _ => {
                    errors.push(AnswerError {
                        field: format!("maintenance_{}", i + 1),
                        message: "check-error-amount",
                    });
                    0
                }
            };
            children.push(Child {
                age,
                maintenance_cents,
                in_training: self.child_training.get(i).copied().unwrap_or(false),
            });
        }
        if children.is_empty() && errors.is_empty() {
            errors.push(AnswerError {
                field: "age_1".into(),
                message: "check-error-no-child",
            });
        }
        let gross_income_cents = match parse_euros(&self.gross_income) {
            Some(v) if v <= 5_000_000 => v,
            _ => {
                errors.push(AnswerError {
                    field: "income".into(),
                    message: "check-error-amount",
                });
                0
            }
        };
        if errors.is_empty() {
            Ok(Household {
                children,
                gross_income_cents,
                receives_buergergeld: self.receives_buergergeld,
            })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod answer_tests {
    use super::*;

    #[test]
    fn amounts_in_german_notation() {
        assert_eq!(parse_euros("1.234,50"), Some(123_450));
        assert_eq!(parse_euros("900 €"), Some(90_000));
        assert_eq!(parse_euros("900,-"), Some(90_000));
        assert_eq!(parse_euros(""), Some(0));
        assert_eq!(parse_euros("-5"), None);
        assert_eq!(parse_euros("viel"), None);
    }

    #[test]
    fn impossible_answers_are_reported_at_their_question() {
        let a = Answers {
            child_ages: vec!["30".into(), "3".into(), "".into()],
            child_maintenance: vec!["".into(), "-10".into(), "".into()],
            child_training: vec![],
            gross_income: "-1".into(),
            receives_buergergeld: false,
        };
        let fields: Vec<String> = a
            .household()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["age_1", "maintenance_2", "income"]);
        let none = Answers::default();
        assert_eq!(
            none.household().unwrap_err()[0].message,
            "check-error-no-child"
        );
    }
}
