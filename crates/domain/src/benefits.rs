//! The benefits check (Leistungs-Check): which benefits may apply to a single parent's household,
//! with an indicative amount where the rule is simple enough. Rules and amounts come from a versioned
//! data file (`data/benefits.toml`) with validity dates and sources; the check uses the period valid
//! on the day it runs. Nothing here stores or logs what a parent enters.

use chrono::NaiveDate;
use serde::Deserialize;

const RULES: &str = include_str!("../data/benefits.toml");

/// An official source: a law on gesetze-im-internet.de or an authority's page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Official {
    pub name: String,
    pub url: String,
}

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
    pub kinderzuschlag: KinderzuschlagRule,
    pub wohngeld: WohngeldRule,
    pub elterngeld: ElterngeldRule,
    pub bildung_und_teilhabe: BildungUndTeilhabeRule,
    pub berlin_ticket_s: BerlinTicketRule,
    pub kita_gutschein: KitaGutscheinRule,
    pub beistandschaft: BeistandschaftRule,
}

#[derive(Clone, Debug, Deserialize)]
pub struct KindergeldRule {
    pub per_child_cents: u32,
    pub age_limit: u8,
    pub age_limit_in_training: u8,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct UnterhaltsvorschussRule {
    pub by_age_cents: Vec<u32>,
    pub band_starts: Vec<u8>,
    pub age_limit: u8,
    pub min_gross_income_12_to_17_on_buergergeld_cents: u32,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct MehrbedarfRule {
    pub regelbedarf_1_cents: u32,
    pub percent_one_child_under_7: u32,
    pub percent_two_or_three_under_16: u32,
    pub percent_per_child: u32,
    pub percent_cap: u32,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct EntlastungsbetragRule {
    pub first_child_cents_per_year: u32,
    pub further_child_cents_per_year: u32,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct KinderzuschlagRule {
    pub max_per_child_cents: u32,
    pub min_gross_income_cents: u32,
    pub age_limit: u8,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct WohngeldRule {
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ElterngeldRule {
    pub min_cents: u32,
    pub max_cents: u32,
    pub months_single_parent: u32,
    pub months_without_earnings: u32,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct BildungUndTeilhabeRule {
    pub school_supplies_cents_per_year: u32,
    pub club_cents_per_month: u32,
    pub age_limit: u8,
    pub club_age_limit: u8,
    pub school_from_age: u8,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct BerlinTicketRule {
    pub price_cents: u32,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct KitaGutscheinRule {
    pub from_age: u8,
    pub until_age: u8,
    pub meal_share_cents: u32,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
}

#[derive(Clone, Debug, Deserialize)]
pub struct BeistandschaftRule {
    pub age_limit: u8,
    pub source: String,
    /// The law or the authority a parent can check it with, as a link.
    pub official: Official,
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
    /// The parent's own earnings per month: gross, or, when `income_is_net`, what reaches the
    /// account (the gross amount is then at least this much).
    pub gross_income_cents: u32,
    /// The amount given is net: most parents know that one, not the gross on the payslip.
    pub income_is_net: bool,
    /// Those earnings are a training allowance (Ausbildungsvergütung).
    pub income_is_training_allowance: bool,
    /// The household receives Bürgergeld (Grundsicherungsgeld).
    pub receives_buergergeld: bool,
    pub receives_wohngeld: bool,
    pub receives_kinderzuschlag: bool,
    /// Rent including heating and service charges, per month.
    pub warm_rent_cents: u32,
    pub pregnant: bool,
    /// A child was born within the last 14 months.
    pub birth_in_last_14_months: bool,
}

/// How a finding's amount is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountKind {
    /// About this much per month.
    PerMonth,
    /// This much per year (the Entlastungsbetrag: less taxable income; BuT: school supplies).
    PerYear,
    /// At most this much per month; the real amount needs an individual calculation.
    UpToPerMonth,
    /// Between `amount_cents` and `max_cents` per month.
    RangePerMonth,
    /// What the parent pays per month (a ticket, the Kita meal share).
    PricePerMonth,
    /// No amount: it is a service or needs a calculation the check cannot make.
    None,
}

/// One benefit that may apply, with its indicative amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub benefit: Benefit,
    /// Indicative amount in cents, read as `kind` says.
    pub amount_cents: u32,
    pub kind: AmountKind,
    /// The upper end of a range (`AmountKind::RangePerMonth`).
    pub max_cents: u32,
    /// A special case of this household that changes what the parent should know (message key
    /// suffix, e.g. "training").
    pub note: Option<&'static str>,
    /// The children it is for (indexes into `Household::children`), where it is per child.
    pub children: Vec<usize>,
    /// The amount for each of those children, where the rule gives one per child.
    pub per_child_cents: Vec<u32>,
    /// Where a parent can check the rule: the law or the authority.
    pub official: Official,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Benefit {
    Kindergeld,
    Unterhaltsvorschuss,
    Kinderzuschlag,
    Wohngeld,
    MehrbedarfAlleinerziehende,
    Entlastungsbetrag,
    Elterngeld,
    BildungUndTeilhabe,
    BerlinTicketS,
    KitaGutschein,
    Beistandschaft,
}

impl Benefit {
    /// The name used in message keys and links.
    pub fn key(self) -> &'static str {
        match self {
            Benefit::Kindergeld => "kindergeld",
            Benefit::Unterhaltsvorschuss => "unterhaltsvorschuss",
            Benefit::Kinderzuschlag => "kinderzuschlag",
            Benefit::Wohngeld => "wohngeld",
            Benefit::MehrbedarfAlleinerziehende => "mehrbedarf",
            Benefit::Entlastungsbetrag => "entlastungsbetrag",
            Benefit::Elterngeld => "elterngeld",
            Benefit::BildungUndTeilhabe => "but",
            Benefit::BerlinTicketS => "berlinpass",
            Benefit::KitaGutschein => "kita-gutschein",
            Benefit::Beistandschaft => "beistandschaft",
        }
    }
}

impl Finding {
    fn new(benefit: Benefit, amount_cents: u32, kind: AmountKind, official: &Official) -> Finding {
        Finding {
            benefit,
            amount_cents,
            kind,
            max_cents: 0,
            note: None,
            children: vec![],
            per_child_cents: vec![],
            official: official.clone(),
        }
    }
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
        kind: AmountKind::PerMonth,
        max_cents: 0,
        note: None,
        per_child_cents: vec![r.per_child_cents; kids.len()],
        children: kids,
        official: r.official.clone(),
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
    // Children of 12–17 left out for the income rule: the Jugendamt may still pay, if the advance
    // ends the child's need for Bürgergeld (facts B2) — the check cannot tell.
    let mut ask = Vec::new();
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
            if c.maintenance_cents < r.by_age_cents.get(band).copied().unwrap_or(0) {
                ask.push(i);
            }
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
    if kids.is_empty() && ask.is_empty() {
        return None;
    }
    let mut f = Finding::new(
        Benefit::Unterhaltsvorschuss,
        total,
        if kids.is_empty() {
            AmountKind::None
        } else {
            AmountKind::PerMonth
        },
        &r.official,
    );
    f.note = (!ask.is_empty()).then_some("ask");
    if kids.is_empty() {
        f.children = ask;
    } else {
        f.children = kids;
        f.per_child_cents = each;
    }
    Some(f)
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
    // "mit einem Kind unter sieben Jahren": any child under 7, whatever older children there are.
    if under(7) >= 1 {
        percent = percent.max(r.percent_one_child_under_7);
    }
    if (2..=3).contains(&under(16)) {
        percent = percent.max(r.percent_two_or_three_under_16);
    }
    let percent = percent.min(r.percent_cap);
    Some(Finding {
        benefit: Benefit::MehrbedarfAlleinerziehende,
        amount_cents: r.regelbedarf_1_cents * percent / 100,
        kind: AmountKind::PerMonth,
        max_cents: 0,
        note: None,
        children: minors,
        per_child_cents: vec![],
        official: r.official.clone(),
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
        kind: AmountKind::PerYear,
        max_cents: 0,
        note: None,
        children: kg.children,
        per_child_cents: vec![],
        official: r.official.clone(),
    })
}

/// Kinderzuschlag: possible with own income from the minimum on and without Bürgergeld, for
/// children the parent gets Kindergeld for. Only "up to" the maximum: the real amount needs rent,
/// need, the 45 % withdrawal and assets (facts B3), so the parent is sent to the KiZ-Lotse.
pub fn kinderzuschlag(p: &Period, h: &Household) -> Option<Finding> {
    let r = &p.kinderzuschlag;
    // A net amount below the gross minimum may still be enough gross: say what to check.
    let below = h.gross_income_cents < r.min_gross_income_cents;
    if h.receives_buergergeld || h.gross_income_cents == 0 || (below && !h.income_is_net) {
        return None;
    }
    let kids: Vec<usize> = kindergeld(p, h)?
        .children
        .into_iter()
        .filter(|i| h.children.get(*i).is_some_and(|c| c.age < r.age_limit))
        .collect();
    if kids.is_empty() {
        return None;
    }
    let mut f = Finding::new(
        Benefit::Kinderzuschlag,
        r.max_per_child_cents * kids.len() as u32,
        AmountKind::UpToPerMonth,
        &r.official,
    );
    // Maintenance and Unterhaltsvorschuss count as the child's income and lower the KiZ.
    let maintenance =
        h.children.iter().any(|c| c.maintenance_cents > 0) || unterhaltsvorschuss(p, h).is_some();
    f.note = if below {
        Some("check-gross")
    } else {
        maintenance.then_some("maintenance")
    };
    f.per_child_cents = vec![r.max_per_child_cents; kids.len()];
    f.children = kids;
    Some(f)
}

/// Wohngeld: a rent subsidy instead of Bürgergeld for households with their own income and rent to
/// pay. The amount is a formula of household size, Berlin's rent level and income: not computed.
pub fn wohngeld(p: &Period, h: &Household) -> Option<Finding> {
    if h.receives_buergergeld || h.warm_rent_cents == 0 || h.gross_income_cents == 0 {
        return None;
    }
    let mut f = Finding::new(Benefit::Wohngeld, 0, AmountKind::None, &p.wohngeld.official);
    // Trainees who could get BAföG or Berufsausbildungsbeihilfe are usually excluded (§ 20 WoGG).
    f.note = h.income_is_training_allowance.then_some("training");
    Some(f)
}

/// Elterngeld: when a child is expected or was born within the last 14 months; between the
/// minimum and the maximum per month, single parents up to 14 months.
pub fn elterngeld(p: &Period, h: &Household) -> Option<Finding> {
    if !(h.pregnant || h.birth_in_last_14_months) {
        return None;
    }
    let r = &p.elterngeld;
    let mut f = Finding::new(
        Benefit::Elterngeld,
        r.min_cents,
        AmountKind::RangePerMonth,
        &r.official,
    );
    f.max_cents = r.max_cents;
    f.note = (h.gross_income_cents == 0).then_some("no-earnings");
    Some(f)
}

/// Bildung und Teilhabe, for children under 25 in households on Bürgergeld, Wohngeld or
/// Kinderzuschlag: the school supplies per school child and year as the indicative amount.
pub fn bildung_und_teilhabe(p: &Period, h: &Household) -> Option<Finding> {
    let receives = h.receives_buergergeld || h.receives_wohngeld || h.receives_kinderzuschlag;
    // Suggested Kinderzuschlag or Wohngeld brings BuT with it once granted (facts B6).
    let follows = !receives && (kinderzuschlag(p, h).is_some() || wohngeld(p, h).is_some());
    if !receives && !follows {
        return None;
    }
    let r = &p.bildung_und_teilhabe;
    let kids: Vec<usize> = h
        .children
        .iter()
        .enumerate()
        .filter(|(_, c)| c.age < r.age_limit)
        .map(|(i, _)| i)
        .collect();
    if kids.is_empty() {
        return None;
    }
    let school: Vec<usize> = kids
        .iter()
        .copied()
        .filter(|i| {
            h.children
                .get(*i)
                .is_some_and(|c| c.age >= r.school_from_age)
        })
        .collect();
    let (amount, kind) = if school.is_empty() {
        (0, AmountKind::None)
    } else {
        (
            r.school_supplies_cents_per_year * school.len() as u32,
            AmountKind::PerYear,
        )
    };
    let mut f = Finding::new(Benefit::BildungUndTeilhabe, amount, kind, &r.official);
    f.note = follows.then_some("follows");
    f.per_child_cents = if school.len() > 1 {
        vec![r.school_supplies_cents_per_year; school.len()]
    } else {
        vec![]
    };
    f.children = if school.len() > 1 { school } else { kids };
    Some(f)
}

/// The Berlin-Ticket S (the "berlinpass"): with Bürgergeld or Wohngeld; Kinderzuschlag alone is
/// not enough.
pub fn berlin_ticket_s(p: &Period, h: &Household) -> Option<Finding> {
    let receives = h.receives_buergergeld || h.receives_wohngeld;
    // Suggested Wohngeld brings the ticket with it once granted; Kinderzuschlag alone does not.
    let follows = !receives && wohngeld(p, h).is_some();
    (receives || follows).then(|| {
        let mut f = Finding::new(
            Benefit::BerlinTicketS,
            p.berlin_ticket_s.price_cents,
            AmountKind::PricePerMonth,
            &p.berlin_ticket_s.official,
        );
        f.note = follows.then_some("follows");
        f
    })
}

/// The Kita-Gutschein: a claim from the first birthday until school; under one year (or when a
/// child is expected) it needs a reason such as work or training.
pub fn kita_gutschein(p: &Period, h: &Household) -> Option<Finding> {
    let r = &p.kita_gutschein;
    let claim: Vec<usize> = h
        .children
        .iter()
        .enumerate()
        .filter(|(_, c)| (r.from_age..r.until_age).contains(&c.age))
        .map(|(i, _)| i)
        .collect();
    let babies = h.children.iter().any(|c| c.age < r.from_age);
    if claim.is_empty() && !babies && !h.pregnant {
        return None;
    }
    let mut f = Finding::new(
        Benefit::KitaGutschein,
        r.meal_share_cents,
        AmountKind::PricePerMonth,
        &r.official,
    );
    f.note = claim.is_empty().then_some("needs-reason");
    f.children = claim;
    Some(f)
}

/// The Beistandschaft of the Jugendamt: free help to establish paternity and claim maintenance,
/// suggested when a minor child gets less maintenance than the advance would be, or a child is
/// expected.
pub fn beistandschaft(p: &Period, h: &Household) -> Option<Finding> {
    let r = &p.beistandschaft;
    let uv = &p.unterhaltsvorschuss;
    let kids: Vec<usize> = h
        .children
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            let band = uv
                .band_starts
                .iter()
                .rposition(|s| c.age >= *s)
                .unwrap_or(0);
            c.age < r.age_limit
                && c.maintenance_cents < uv.by_age_cents.get(band).copied().unwrap_or(0)
        })
        .map(|(i, _)| i)
        .collect();
    if kids.is_empty() && !h.pregnant {
        return None;
    }
    let mut f = Finding::new(Benefit::Beistandschaft, 0, AmountKind::None, &r.official);
    f.children = kids;
    Some(f)
}

/// Every benefit that may apply, in the order a parent would apply for them.
pub fn check(p: &Period, h: &Household) -> Vec<Finding> {
    [
        kindergeld,
        unterhaltsvorschuss,
        kinderzuschlag,
        wohngeld,
        mehrbedarf,
        entlastungsbetrag,
        elterngeld,
        bildung_und_teilhabe,
        berlin_ticket_s,
        kita_gutschein,
        beistandschaft,
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
            ..Default::default()
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
        let cases: [(&[u8], u32); 8] = [
            (&[3], 20268),                // one child under 7: 36 %
            (&[5, 17], 20268),            // a child under 7 beside an older one: 36 % > 24 %
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

    fn kids(ages: &[u8]) -> Vec<Child> {
        ages.iter().map(|a| child(*a)).collect()
    }

    #[test]
    fn unterhaltsvorschuss_for_12_to_17_on_buergergeld_below_600_is_a_question_for_the_jugendamt() {
        let p = period();
        let f = unterhaltsvorschuss(&p, &household(&[child(13)], 59_999, true)).unwrap();
        assert_eq!(
            (f.amount_cents, f.kind, f.note),
            (0, AmountKind::None, Some("ask"))
        );
        let f = unterhaltsvorschuss(&p, &household(&kids(&[4, 13]), 0, true)).unwrap();
        assert_eq!(f.amount_cents, 22_700, "the child of 4 is paid");
        assert_eq!(f.note, Some("ask"), "the child of 13 is a question");
        let f = unterhaltsvorschuss(&p, &household(&[child(13)], 60_000, true)).unwrap();
        assert_eq!((f.amount_cents, f.note), (39_400, None));
    }

    #[test]
    fn kinderzuschlag_from_600_euros_without_buergergeld_up_to_297_per_child() {
        let p = period();
        // (ages, gross €-cents, on Bürgergeld, expected "up to" cents)
        let cases: [(&[u8], u32, bool, u32); 7] = [
            (&[3], 59_999, false, 0),
            (&[3], 60_000, false, 29_700),
            (&[3, 8], 150_000, false, 59_400),
            (&[3], 150_000, true, 0),
            (&[19], 150_000, false, 0), // no Kindergeld without training
            (&[], 150_000, false, 0),
            (&[17, 30], 150_000, false, 29_700),
        ];
        for (ages, income, bg, expected) in cases {
            let f = kinderzuschlag(&p, &household(&kids(ages), income, bg));
            assert_eq!(amount(f.clone()), expected, "{ages:?} {income} {bg}");
            if let Some(f) = f {
                assert_eq!(f.kind, AmountKind::UpToPerMonth);
            }
        }
        let trainee = Child {
            age: 24,
            in_training: true,
            ..Default::default()
        };
        assert_eq!(
            amount(kinderzuschlag(&p, &household(&[trainee], 60_000, false))),
            29_700
        );
        // Maintenance counts as the child's income: the result says so.
        let f = kinderzuschlag(&p, &household(&[child(3)], 150_000, false)).unwrap();
        assert_eq!(
            f.note,
            Some("maintenance"),
            "UV for the child of 3 lowers the KiZ"
        );
    }

    #[test]
    fn wohngeld_needs_rent_and_own_income_and_replaces_buergergeld() {
        let p = period();
        let h = |rent: u32, income: u32, bg: bool, training: bool| Household {
            children: kids(&[3]),
            gross_income_cents: income,
            receives_buergergeld: bg,
            warm_rent_cents: rent,
            income_is_training_allowance: training,
            ..Default::default()
        };
        assert!(wohngeld(&p, &h(65_000, 140_000, false, false)).is_some());
        assert_eq!(wohngeld(&p, &h(0, 140_000, false, false)), None, "no rent");
        assert_eq!(wohngeld(&p, &h(65_000, 0, false, false)), None, "no income");
        assert_eq!(
            wohngeld(&p, &h(65_000, 140_000, true, false)),
            None,
            "Bürgergeld"
        );
        let f = wohngeld(&p, &h(65_000, 90_000, false, true)).unwrap();
        assert_eq!((f.kind, f.note), (AmountKind::None, Some("training")));
    }

    #[test]
    fn elterngeld_when_a_child_is_expected_or_born_in_the_last_14_months() {
        let p = period();
        let mut h = household(&[child(1)], 200_000, false);
        assert_eq!(elterngeld(&p, &h), None);
        h.birth_in_last_14_months = true;
        let f = elterngeld(&p, &h).unwrap();
        assert_eq!(
            (f.amount_cents, f.max_cents, f.kind),
            (30_000, 180_000, AmountKind::RangePerMonth)
        );
        assert_eq!(f.note, None);
        let expecting = Household {
            pregnant: true,
            ..Default::default()
        };
        assert_eq!(
            elterngeld(&p, &expecting).unwrap().note,
            Some("no-earnings")
        );
    }

    #[test]
    fn bildung_und_teilhabe_and_the_berlin_ticket_follow_the_benefits_received() {
        let p = period();
        let base = household(&kids(&[3, 8]), 0, false);
        assert_eq!(bildung_und_teilhabe(&p, &base), None);
        assert_eq!(berlin_ticket_s(&p, &base), None);
        // (Bürgergeld, Wohngeld, KiZ) → BuT school supplies for the child of 8, ticket?
        let cases = [
            (true, false, false, 19_500, true),
            (false, true, false, 19_500, true),
            (false, false, true, 19_500, false), // KiZ alone: no Berlin-Ticket S
        ];
        for (bg, wg, kiz, but, ticket) in cases {
            let h = Household {
                receives_buergergeld: bg,
                receives_wohngeld: wg,
                receives_kinderzuschlag: kiz,
                ..base.clone()
            };
            let f = bildung_und_teilhabe(&p, &h).unwrap();
            assert_eq!((f.amount_cents, f.kind), (but, AmountKind::PerYear));
            assert_eq!(f.children, [0, 1], "both children are covered");
            assert_eq!(
                berlin_ticket_s(&p, &h).map(|f| f.amount_cents),
                ticket.then_some(1_900)
            );
        }
        let two_school = household(&kids(&[6, 24, 25]), 0, true);
        let f = bildung_und_teilhabe(&p, &two_school).unwrap();
        assert_eq!(f.amount_cents, 39_000, "two school children; 25 is too old");
        assert_eq!(f.per_child_cents, [19_500, 19_500]);
        let toddler = bildung_und_teilhabe(&p, &household(&[child(2)], 0, true)).unwrap();
        assert_eq!((toddler.amount_cents, toddler.kind), (0, AmountKind::None));
    }

    #[test]
    fn kita_gutschein_from_the_first_birthday_until_school() {
        let p = period();
        // (ages, pregnant, listed?, children with a claim, note)
        type Case = (
            &'static [u8],
            bool,
            bool,
            &'static [usize],
            Option<&'static str>,
        );
        let cases: [Case; 6] = [
            (&[0], false, true, &[], Some("needs-reason")),
            (&[1], false, true, &[0], None),
            (&[6], false, true, &[0], None),
            (&[7], false, false, &[], None),
            (&[], true, true, &[], Some("needs-reason")),
            (&[0, 4, 9], false, true, &[1], None),
        ];
        for (ages, pregnant, listed, claim, note) in cases {
            let h = Household {
                children: kids(ages),
                pregnant,
                ..Default::default()
            };
            let f = kita_gutschein(&p, &h);
            assert_eq!(f.is_some(), listed, "{ages:?}");
            if let Some(f) = f {
                assert_eq!(f.children, claim, "{ages:?}");
                assert_eq!(f.note, note, "{ages:?}");
                assert_eq!((f.amount_cents, f.kind), (2_300, AmountKind::PricePerMonth));
            }
        }
    }

    #[test]
    fn beistandschaft_when_maintenance_is_below_the_advance_or_a_child_is_expected() {
        let p = period();
        let with = |age: u8, maintenance_cents: u32| Household {
            children: vec![Child {
                age,
                maintenance_cents,
                in_training: false,
            }],
            ..Default::default()
        };
        assert!(beistandschaft(&p, &with(3, 0)).is_some());
        assert!(beistandschaft(&p, &with(3, 22_699)).is_some());
        assert_eq!(
            beistandschaft(&p, &with(3, 22_700)),
            None,
            "maintenance at the advance"
        );
        assert_eq!(beistandschaft(&p, &with(8, 30_000)), None);
        assert!(beistandschaft(&p, &with(17, 39_399)).is_some());
        assert_eq!(
            beistandschaft(&p, &with(18, 0)),
            None,
            "adults claim themselves"
        );
        let expecting = Household {
            pregnant: true,
            ..Default::default()
        };
        assert!(beistandschaft(&p, &expecting).is_some());
    }

    #[test]
    fn what_follows_from_a_suggested_benefit_is_suggested_with_it() {
        let p = period();
        // Earning 1,400 € with a rent to pay and a school child: Kinderzuschlag and Wohngeld may
        // apply, and with them BuT (berlinpass-BuT) and, through Wohngeld, the Berlin-Ticket S.
        let h = Household {
            children: kids(&[8]),
            gross_income_cents: 140_000,
            warm_rent_cents: 80_000,
            ..Default::default()
        };
        let found = check(&p, &h);
        let note = |b: Benefit| found.iter().find(|f| f.benefit == b).map(|f| f.note);
        assert_eq!(note(Benefit::BildungUndTeilhabe), Some(Some("follows")));
        assert_eq!(note(Benefit::BerlinTicketS), Some(Some("follows")));
        // Without rent there is no Wohngeld: BuT still follows from KiZ, the ticket does not.
        let no_rent = Household {
            warm_rent_cents: 0,
            ..h.clone()
        };
        let found = check(&p, &no_rent);
        assert!(
            found
                .iter()
                .any(|f| f.benefit == Benefit::BildungUndTeilhabe)
        );
        assert!(!found.iter().any(|f| f.benefit == Benefit::BerlinTicketS));
    }

    #[test]
    fn a_net_income_below_the_gross_minimum_asks_to_check_the_payslip() {
        let p = period();
        let base = Household {
            children: kids(&[4]),
            gross_income_cents: 55_000,
            ..Default::default()
        };
        // 550 € gross: below the 600 € minimum, no Kinderzuschlag.
        assert!(
            !check(&p, &base)
                .iter()
                .any(|f| f.benefit == Benefit::Kinderzuschlag)
        );
        // 550 € net may be 600 € gross or more: suggested, with what to check.
        let net = Household {
            income_is_net: true,
            ..base.clone()
        };
        let kiz = check(&p, &net)
            .into_iter()
            .find(|f| f.benefit == Benefit::Kinderzuschlag)
            .expect("Kinderzuschlag for a net income");
        assert_eq!(kiz.note, Some("check-gross"));
        // Every finding names an official source with its address.
        for f in check(&p, &net) {
            assert!(!f.official.name.is_empty(), "{:?}", f.benefit);
            assert!(
                f.official
                    .url
                    .starts_with("https://www.gesetze-im-internet.de/")
                    || f.official.url.starts_with("https://service.berlin.de/")
                    || f.official.url.starts_with("https://www.berlin.de/"),
                "{:?}: {}",
                f.benefit,
                f.official.url
            );
        }
    }

    #[test]
    fn a_check_lists_every_benefit_in_application_order() {
        let p = period();
        let h = Household {
            children: kids(&[0, 8]),
            gross_income_cents: 90_000,
            warm_rent_cents: 70_000,
            birth_in_last_14_months: true,
            ..Default::default()
        };
        let found: Vec<Benefit> = check(&p, &h).into_iter().map(|f| f.benefit).collect();
        assert_eq!(
            found,
            [
                Benefit::Kindergeld,
                Benefit::Unterhaltsvorschuss,
                Benefit::Kinderzuschlag,
                Benefit::Wohngeld,
                Benefit::Entlastungsbetrag,
                Benefit::Elterngeld,
                // They follow from the suggested Kinderzuschlag and Wohngeld.
                Benefit::BildungUndTeilhabe,
                Benefit::BerlinTicketS,
                Benefit::KitaGutschein,
                Benefit::Beistandschaft,
            ]
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
    /// The income field holds net pay ("net", the default) or gross pay.
    pub income_is_net: bool,
    pub income_is_training_allowance: bool,
    pub receives_buergergeld: bool,
    pub receives_wohngeld: bool,
    pub receives_kinderzuschlag: bool,
    pub warm_rent: String,
    pub pregnant: bool,
    pub birth_in_last_14_months: bool,
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
        // An expectant mother may have no child yet; everyone else names at least one.
        if children.is_empty() && errors.is_empty() && !self.pregnant {
            errors.push(AnswerError {
                field: "age_1".into(),
                message: "check-error-no-child",
            });
        }
        // A birth in the last 14 months means a child of 0 or 1 on the list.
        if self.birth_in_last_14_months && errors.is_empty() && !children.iter().any(|c| c.age <= 1)
        {
            errors.push(AnswerError {
                field: "birth".into(),
                message: "check-error-birth-no-baby",
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
        let warm_rent_cents = match parse_euros(&self.warm_rent) {
            Some(v) if v <= 1_000_000 => v,
            _ => {
                errors.push(AnswerError {
                    field: "rent".into(),
                    message: "check-error-amount",
                });
                0
            }
        };
        if errors.is_empty() {
            Ok(Household {
                children,
                gross_income_cents,
                income_is_net: self.income_is_net,
                income_is_training_allowance: self.income_is_training_allowance,
                receives_buergergeld: self.receives_buergergeld,
                receives_wohngeld: self.receives_wohngeld,
                receives_kinderzuschlag: self.receives_kinderzuschlag,
                warm_rent_cents,
                pregnant: self.pregnant,
                birth_in_last_14_months: self.birth_in_last_14_months,
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
            warm_rent: "12.000.000".into(),
            ..Default::default()
        };
        let fields: Vec<String> = a
            .household()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["age_1", "maintenance_2", "income", "rent"]);
        let none = Answers::default();
        assert_eq!(
            none.household().unwrap_err()[0].message,
            "check-error-no-child"
        );
        // Pregnant with a first child: no child to name yet.
        let expecting = Answers {
            pregnant: true,
            ..Default::default()
        };
        assert!(expecting.household().is_ok());
        // A birth in the last 14 months, but only a child of 8 listed.
        let birth = Answers {
            child_ages: vec!["8".into()],
            birth_in_last_14_months: true,
            ..Default::default()
        };
        assert_eq!(birth.household().unwrap_err()[0].field, "birth");
    }
}
