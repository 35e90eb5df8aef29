//! The benefits check (Leistungs-Check): all questions on one page, works without JavaScript. The
//! answers are sent by POST (so they appear in no address, history or access log) and are neither
//! stored nor logged: the page computes, answers and forgets. Nothing changes on the server, so the
//! form needs no CSRF token; the same-origin layer still applies.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::benefits::{self, Answers, Benefit, MAX_CHILDREN, RuleSet};
use wegweiser_domain::time::berlin_now;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{WebError, rendered};
use crate::views::PageMeta;

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
    amount: String,
    per_child: Vec<String>,
    why: String,
    where_to: String,
    source: String,
}

#[derive(Template)]
#[template(path = "check.html")]
struct CheckPage {
    page: PageMeta,
    children: Vec<ChildRow>,
    income: String,
    income_error: Option<String>,
    buergergeld: bool,
    has_errors: bool,
    results: Option<Vec<ResultRow>>,
    rules_valid: String,
}

fn euros(cents: u32) -> String {
    let whole = cents / 100;
    let mut s = whole.to_string();
    let mut i = s.len();
    while i > 3 {
        i -= 3;
        s.insert(i, '.');
    }
    format!("{s},{:02} €", cents % 100)
}

fn respond(status: StatusCode, page: CheckPage) -> Result<Response, WebError> {
    let html = page
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
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
        income_error: err("income"),
        buergergeld: answers.receives_buergergeld,
        has_errors: !errors.is_empty(),
        results: None,
        rules_valid: String::new(),
    }
}

/// GET /leistungs-check
pub async fn form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    respond(StatusCode::OK, page(&ctx, &state, &Answers::default(), &[]))
}

/// POST /leistungs-check: the answers come as a flat form; read by hand because the child rows repeat.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let mut a = Answers {
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
        } else if k == "income" {
            a.gross_income = v;
        } else if k == "buergergeld" {
            a.receives_buergergeld = v == "1";
        }
    }
    let household = match a.household() {
        Ok(h) => h,
        Err(errors) => {
            return respond(
                StatusCode::UNPROCESSABLE_ENTITY,
                page(&ctx, &state, &a, &errors),
            );
        }
    };
    let rules = RuleSet::shipped().map_err(WebError::Internal)?;
    let today = berlin_now().date();
    let Some(period) = rules.valid_on(today) else {
        // The data file has no rules for today: say so rather than compute with old amounts.
        let mut p = page(&ctx, &state, &a, &[]);
        p.results = Some(vec![]);
        p.rules_valid = ctx.tr.t("check-no-rules");
        return respond(StatusCode::OK, p);
    };
    let results = benefits::check(period, &household)
        .into_iter()
        .map(|f| {
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
                                ("amount", &euros(*cents)),
                            ],
                        )
                    })
                    .collect()
            } else {
                vec![]
            };
            let key = match f.benefit {
                Benefit::Kindergeld => "kindergeld",
                Benefit::Unterhaltsvorschuss => "unterhaltsvorschuss",
                Benefit::MehrbedarfAlleinerziehende => "mehrbedarf",
                Benefit::Entlastungsbetrag => "entlastungsbetrag",
            };
            let amount = if f.benefit == Benefit::Entlastungsbetrag {
                ctx.tr.s("check-per-year", "amount", &euros(f.amount_cents))
            } else {
                ctx.tr
                    .s("check-per-month", "amount", &euros(f.amount_cents))
            };
            ResultRow {
                title: ctx.tr.t(&format!("benefit-{key}")),
                amount,
                per_child,
                why: ctx.tr.t(&format!("benefit-{key}-why")),
                where_to: ctx.tr.t(&format!("benefit-{key}-where")),
                source: f.source,
            }
        })
        .collect();
    let mut p = page(&ctx, &state, &a, &[]);
    p.results = Some(results);
    p.rules_valid = ctx.tr.s2(
        "check-rules-valid",
        ("from", &period.valid_from.format("%d.%m.%Y").to_string()),
        ("until", &period.valid_until.format("%d.%m.%Y").to_string()),
    );
    respond(StatusCode::OK, p)
}
