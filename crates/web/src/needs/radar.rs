//! `/verwaltung/bedarf`: the needs radar for the coordinator and the AG: the coverage matrix
//! (category × Ortsteil: supply weighted by opening hours and reach, against demand), the gaps,
//! the months, the searches that found nothing; for the coordinator also the reports to group
//! and the needs with their answers and links.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::accounts::Role;

use crate::accounts::session::Viewer;
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::views::{PageMeta, format_date, ortsteil_name};
use crate::needs::figures::{Period, Radar, figure_text};
use crate::needs::views::RadarView;
use crate::peers::tandem::private;
use crate::state::AppState;

/// Roles that read the radar.
pub const READERS: [Role; 2] = [Role::Coordinator, Role::AgMember];

/// A report waiting to be grouped.
pub struct ReportRow {
    pub id: i64,
    pub date: String,
    pub topic: String,
    pub ortsteil: String,
    pub ages: String,
    pub text: String,
}

/// A need in the list.
pub struct NeedRow {
    pub id: i64,
    pub title: String,
    pub reports: String,
    pub answered: bool,
    pub decision: Option<String>,
    pub paper: Option<String>,
}

#[derive(Template)]
#[template(path = "needs/radar.html")]
struct RadarPage {
    page: PageMeta,
    radar: RadarView,
    period_error: Option<(&'static str, String)>,
    coordinator: bool,
    csrf: String,
    reports: Vec<ReportRow>,
    needs: Vec<NeedRow>,
}

/// The period a page asks for (`von`, `bis`), or the default with the message at its field.
pub fn period_of(ctx: &Ctx, today: chrono::NaiveDate) -> (Period, Option<(&'static str, String)>) {
    let q = |k: &str| {
        ctx.query_without_lang
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    };
    match Period::read(q("von"), q("bis"), today) {
        Ok(p) => (p, None),
        Err((field, key)) => (Period::default_for(today), Some((field, ctx.tr.t(key)))),
    }
}

/// Reports waiting to be grouped, as rows.
pub async fn report_rows(
    state: &AppState,
    ctx: &Ctx,
    reports: Vec<wegweiser_store::StoredReport>,
) -> Vec<ReportRow> {
    let cats = state.current_categories().await;
    reports
        .into_iter()
        .map(|r| ReportRow {
            id: r.id,
            date: format_date(&ctx.tr, r.day),
            topic: crate::kit::views::category_name(&cats, &r.category, ctx.tr.lang.code),
            ortsteil: if r.ortsteil.is_empty() {
                ctx.tr.t("needs-no-ortsteil")
            } else {
                ortsteil_name(&r.ortsteil).to_string()
            },
            ages: if r.ages.is_empty() {
                String::new()
            } else {
                ctx.tr.t(&format!("needs-ages-{}", r.ages))
            },
            text: r.text,
        })
        .collect()
}

/// The number of reports behind a need, as it may be shown.
pub fn reports_text(ctx: &Ctx, n: i64) -> String {
    let n = u64::try_from(n).unwrap_or(0);
    let f = if (1..wegweiser_domain::reports::MIN_SHOWN).contains(&n) {
        wegweiser_domain::reports::Figure::Hidden
    } else {
        wegweiser_domain::reports::Figure::Shown(n)
    };
    figure_text(&ctx.tr, f)
}

/// GET /verwaltung/bedarf
pub async fn radar(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let me = viewer.require(&READERS, "/verwaltung/bedarf")?;
    let coordinator = me.role == Role::Coordinator;
    let (period, period_error) = period_of(&ctx, state.berlin_now().date());
    let radar = Radar::build(&state, &ctx.tr, period).await?;
    let (reports, needs) = if coordinator {
        let reports = report_rows(&state, &ctx, state.db.untagged_reports(200).await?).await;
        let needs = state
            .db
            .needs()
            .await?
            .into_iter()
            .map(|n| NeedRow {
                id: n.id,
                title: n.title,
                reports: reports_text(&ctx, n.reports),
                answered: !n.answer.is_empty(),
                decision: n.decision_text,
                paper: n.paper_reference,
            })
            .collect();
        (reports, needs)
    } else {
        (vec![], vec![])
    };
    let status = if period_error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let html = RadarPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("needs-radar-title"), "", ""),
        radar: RadarView::new(&ctx.tr, &radar),
        period_error,
        coordinator,
        csrf: viewer.csrf.clone().unwrap_or_default(),
        reports,
        needs,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}
