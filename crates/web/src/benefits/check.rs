//! The benefits check (Leistungs-Check): all questions on one page, works without JavaScript. The
//! answers are sent by POST (so they appear in no address, history or access log) and are neither
//! stored nor logged: the page computes, answers and forgets. Nothing changes on the server, so the
//! form needs no CSRF token; the same-origin layer still applies.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::benefits::{
    self, AmountKind, Answers, Benefit, Household, MAX_CHILDREN, RuleSet,
};
use wegweiser_domain::chains::Chain;

use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::numbers::money;
use crate::kit::views::PageMeta;
use crate::state::AppState;

struct ChildRow {
    n: usize,
    age: String,
    maintenance: String,
    training: bool,
    age_error: Option<String>,
    maintenance_error: Option<String>,
}

struct ResultRow {
    title: String,
    /// Empty when the rule gives no amount.
    amount: String,
    per_child: Vec<String>,
    why: String,
    /// What this household's special case means (a trainee and Wohngeld, say).
    note: Option<String>,
    where_to: String,
    /// Where to go in Wegweiser: the matching chain and the offices in the directory.
    links: Vec<crate::kit::views::Link>,
    /// The law or authority to check the rule with, and its address.
    source: String,
    source_url: String,
}

/// The chain that covers a benefit and the search for the offices that handle it.
fn guidance(b: Benefit) -> (&'static str, Option<&'static str>) {
    match b {
        Benefit::Kindergeld => ("geld-reicht-nicht", Some("Kindergeld")),
        Benefit::Unterhaltsvorschuss => ("trennung-mit-kindern", Some("Unterhaltsvorschuss")),
        Benefit::Kinderzuschlag => ("geld-reicht-nicht", Some("Kinderzuschlag")),
        Benefit::Wohngeld => ("geld-reicht-nicht", Some("Wohngeld")),
        Benefit::MehrbedarfAlleinerziehende => ("geld-reicht-nicht", Some("Bürgergeld")),
        Benefit::Entlastungsbetrag => ("trennung-mit-kindern", None),
        Benefit::Elterngeld => ("schwanger-und-allein", Some("Elterngeld")),
        Benefit::BildungUndTeilhabe => ("geld-reicht-nicht", Some("Bildung und Teilhabe")),
        Benefit::BerlinTicketS => ("geld-reicht-nicht", None),
        Benefit::KitaGutschein => ("kita-platz", Some("Kita-Gutschein")),
        Benefit::Beistandschaft => ("trennung-mit-kindern", Some("Beistandschaft")),
    }
}

#[derive(Template)]
#[template(path = "benefits/check.html")]
struct CheckPage {
    page: PageMeta,
    children: Vec<ChildRow>,
    income: String,
    /// The income is given net (what reaches the account), not gross.
    income_net: bool,
    income_error: Option<String>,
    training: bool,
    buergergeld: bool,
    wohngeld: bool,
    kinderzuschlag: bool,
    rent: String,
    rent_error: Option<String>,
    pregnant: bool,
    birth: bool,
    birth_error: Option<String>,
    has_errors: bool,
    results: Option<Vec<ResultRow>>,
    rules_valid: String,
}

fn respond(status: StatusCode, page: CheckPage) -> Result<Response, WebError> {
    let html = page.render()?;
    let mut res = rendered((status, Html(html)).into_response());
    // Answers about a family's money must not stay in a shared computer's cache.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

fn page(
    ctx: &Ctx,
    state: &AppState,
    answers: &Answers,
    errors: &[benefits::AnswerError],
) -> CheckPage {
    let err = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| ctx.tr.t(e.message))
    };
    let children = (0..MAX_CHILDREN)
        .map(|i| ChildRow {
            n: i + 1,
            age: answers.child_ages.get(i).cloned().unwrap_or_default(),
            maintenance: answers
                .child_maintenance
                .get(i)
                .cloned()
                .unwrap_or_default(),
            training: answers.child_training.get(i).copied().unwrap_or(false),
            age_error: err(&format!("age_{}", i + 1)),
            maintenance_error: err(&format!("maintenance_{}", i + 1)),
        })
        .collect();
    CheckPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.t("check-title"),
            &ctx.tr.t("check-intro"),
            "check",
        ),
        children,
        income: answers.gross_income.clone(),
        income_net: answers.income_is_net,
        income_error: err("income"),
        training: answers.income_is_training_allowance,
        buergergeld: answers.receives_buergergeld,
        wohngeld: answers.receives_wohngeld,
        kinderzuschlag: answers.receives_kinderzuschlag,
        rent: answers.warm_rent.clone(),
        rent_error: err("rent"),
        pregnant: answers.pregnant,
        birth: answers.birth_in_last_14_months,
        birth_error: err("birth"),
        has_errors: !errors.is_empty(),
        results: None,
        rules_valid: String::new(),
    }
}

/// GET /leistungs-check
pub async fn form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    // Net pay is what most parents know (it reaches their account): the form starts there.
    let fresh = Answers {
        income_is_net: true,
        ..Default::default()
    };
    respond(StatusCode::OK, page(&ctx, &state, &fresh, &[]))
}

/// The answers as the form sends them: flat, with numbered child rows (`age_1`, `maintenance_1`,
/// `training_1`, …); rows beyond the form's are dropped.
fn read_answers(fields: Vec<(String, String)>) -> Answers {
    let mut a = Answers {
        income_is_net: true,
        child_ages: vec![String::new(); MAX_CHILDREN],
        child_maintenance: vec![String::new(); MAX_CHILDREN],
        child_training: vec![false; MAX_CHILDREN],
        ..Default::default()
    };
    for (k, v) in fields {
        let row = |prefix: &str| {
            k.strip_prefix(prefix)
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| (1..=MAX_CHILDREN).contains(n))
                .map(|n| n - 1)
        };
        if let Some(i) = row("age_") {
            a.child_ages[i] = v;
        } else if let Some(i) = row("maintenance_") {
            a.child_maintenance[i] = v;
        } else if let Some(i) = row("training_") {
            a.child_training[i] = true;
        } else {
            let yes = v == "1";
            match k.as_str() {
                "income" => a.gross_income = v,
                "income_kind" => a.income_is_net = v != "gross",
                "rent" => a.warm_rent = v,
                "training" => a.income_is_training_allowance = yes,
                "buergergeld" => a.receives_buergergeld = yes,
                "wohngeld" => a.receives_wohngeld = yes,
                "kinderzuschlag" => a.receives_kinderzuschlag = yes,
                "pregnant" => a.pregnant = yes,
                "birth" => a.birth_in_last_14_months = yes,
                _ => {}
            }
        }
    }
    a
}

/// One benefit that may apply, as the results list shows it: amount, why, where to apply, and
/// links to its chain and to the offices in the directory.
fn result_row(
    ctx: &Ctx,
    f: benefits::Finding,
    household: &Household,
    chains: &[(String, Chain)],
) -> ResultRow {
    // Only worth listing when the children's amounts differ or there are several.
    let per_child = if f.per_child_cents.len() > 1 {
        f.children
            .iter()
            .zip(&f.per_child_cents)
            .map(|(i, cents)| {
                let age = household.children.get(*i).map(|c| c.age).unwrap_or(0);
                ctx.tr.with_args(
                    "check-per-child",
                    &[
                        ("n", &(i + 1).to_string()),
                        ("age", &age.to_string()),
                        ("amount", &money(&ctx.tr, i64::from(*cents))),
                    ],
                )
            })
            .collect()
    } else {
        vec![]
    };
    let key = f.benefit.key();
    // Two benefits say what their yearly amount means; the others by the kind of amount.
    let amount_key = match (f.benefit, f.kind) {
        (Benefit::Entlastungsbetrag, _) => "benefit-entlastungsbetrag-amount",
        (Benefit::BildungUndTeilhabe, _) => "benefit-but-amount",
        // The care is free; what is paid is the meal share: one sentence says both.
        (Benefit::KitaGutschein, _) => "benefit-kita-gutschein-amount",
        (_, AmountKind::PerMonth) => "check-per-month",
        (_, AmountKind::PerYear) => "check-per-year",
        (_, AmountKind::UpToPerMonth) => "check-up-to-month",
        (_, AmountKind::RangePerMonth) => "check-range-month",
        (_, AmountKind::PricePerMonth) => "check-price-month",
        (_, AmountKind::None) => "",
    };
    let amount = if f.kind == AmountKind::None || amount_key.is_empty() {
        String::new()
    } else {
        ctx.tr.s2(
            amount_key,
            ("amount", &money(&ctx.tr, i64::from(f.amount_cents))),
            ("max", &money(&ctx.tr, i64::from(f.max_cents))),
        )
    };
    let (chain, query) = guidance(f.benefit);
    let mut links = Vec::new();
    if let Some((slug, c)) = chains.iter().find(|(s, _)| s == chain) {
        links.push(crate::kit::views::Link {
            url: format!("/wege/{slug}"),
            label: ctx
                .tr
                .s("check-link-chain", "title", c.title.get(ctx.lang.code)),
        });
    }
    if let Some(q) = query {
        links.push(crate::kit::views::Link {
            url: format!("/angebote?q={}", crate::kit::ctx::encode(q)),
            label: ctx.tr.t("check-link-offices"),
        });
    }
    ResultRow {
        title: ctx.tr.t(&format!("benefit-{key}")),
        amount,
        per_child,
        why: ctx.tr.t(&format!("benefit-{key}-why")),
        note: f.note.map(|n| ctx.tr.t(&format!("benefit-{key}-note-{n}"))),
        where_to: ctx.tr.t(&format!("benefit-{key}-where")),
        links,
        source: f.official.name,
        source_url: f.official.url,
    }
}

/// POST /leistungs-check: reads the answers, checks them, and shows what may apply.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let a = read_answers(fields);
    let household = match a.household() {
        Ok(h) => h,
        Err(errors) => {
            return respond(
                StatusCode::UNPROCESSABLE_ENTITY,
                page(&ctx, &state, &a, &errors),
            );
        }
    };
    let rules = RuleSet::shipped().map_err(WebError::internal)?;
    let today = state.berlin_now().date();
    let Some(period) = rules.valid_on(today) else {
        // The data file has no rules for today: say so rather than compute with old amounts.
        let mut p = page(&ctx, &state, &a, &[]);
        p.results = Some(vec![]);
        p.rules_valid = ctx.tr.t("check-no-rules");
        return respond(StatusCode::OK, p);
    };
    let published = state.published().await?;
    let chains = &published.chains;
    let results = benefits::check(period, &household)
        .into_iter()
        .map(|f| result_row(&ctx, f, &household, chains))
        .collect();
    // Counted for the needs radar: that a check was done, nothing of its answers.
    state.count_use(wegweiser_domain::needs::UsageKind::BenefitsCheck, "", "");
    let mut p = page(&ctx, &state, &a, &[]);
    p.results = Some(results);
    p.rules_valid = ctx.tr.s2(
        "check-rules-valid",
        (
            "from",
            &crate::kit::views::format_date(&ctx.tr, period.valid_from),
        ),
        (
            "until",
            &crate::kit::views::format_date(&ctx.tr, period.valid_until),
        ),
    );
    respond(StatusCode::OK, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_form_is_read_row_by_row_and_rows_beyond_the_form_are_dropped() {
        let a = read_answers(pairs(&[
            ("age_1", "4"),
            ("maintenance_1", "0"),
            ("age_2", "17"),
            ("training_2", "1"),
            ("age_7", "9"),
            ("age_0", "9"),
            ("age_x", "9"),
            ("income", "1400"),
            ("rent", "780"),
            ("buergergeld", "1"),
            ("pregnant", "0"),
            ("unknown", "1"),
        ]));
        assert_eq!(a.child_ages.len(), MAX_CHILDREN);
        assert_eq!(a.child_ages[0], "4");
        assert_eq!(a.child_ages[1], "17");
        assert!(
            a.child_ages[2..].iter().all(String::is_empty),
            "no row 0, 7 or x"
        );
        assert_eq!(a.child_maintenance[0], "0");
        assert_eq!(a.child_training, [false, true, false, false, false, false]);
        assert_eq!(
            (a.gross_income.as_str(), a.warm_rent.as_str()),
            ("1400", "780")
        );
        assert!(a.receives_buergergeld && !a.pregnant && !a.receives_wohngeld);
    }
}
