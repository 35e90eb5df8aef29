//! The public side of employers: `/arbeitgeber` (the published companies, those with the pledge
//! first marked), a company's page with its answers and open jobs, and the comparison of up to
//! three companies side by side.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use wegweiser_domain::employers::{EmployerStatus, Sector};
use wegweiser_domain::geo;
use wegweiser_store::{JobFilter, StoreError};

use crate::accounts::session::Viewer;
use crate::employers::views::{
    EmployerView, JobView, employer_view, job_view, ortsteil_options, sector_options,
};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// Companies one comparison shows at most.
pub const COMPARE_MAX: usize = 3;

#[derive(Template)]
#[template(path = "employers/list.html")]
struct ListPage {
    page: PageMeta,
    employers: Vec<EmployerView>,
    sectors: Vec<(String, String)>,
    ortsteile: Vec<(String, String)>,
    sector: String,
    ortsteil: String,
    pledge_only: bool,
    pledge_set: bool,
}

#[derive(Deserialize)]
pub struct ListQuery {
    branche: Option<String>,
    ortsteil: Option<String>,
    zusage: Option<String>,
}

/// GET /arbeitgeber
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    let sector = q.branche.as_deref().and_then(Sector::parse);
    let ortsteil = q
        .ortsteil
        .filter(|o| geo::ortsteil_by_slug(o).is_some())
        .unwrap_or_default();
    let pledge_only = q.zusage.as_deref() == Some("1");
    let pledge = state.db.pledge_criteria().await?;
    let employers: Vec<EmployerView> = state
        .db
        .employers(EmployerStatus::Published)
        .await?
        .iter()
        .filter(|e| sector.is_none_or(|s| e.profile.sector == s))
        .filter(|e| ortsteil.is_empty() || e.profile.ortsteil == ortsteil)
        .map(|e| employer_view(&ctx.tr, e.id, &e.profile, &pledge))
        .filter(|v| !pledge_only || v.pledge)
        .collect();
    let html = ListPage {
        page: PageMeta::new(
            &ctx,
            &state,
            ctx.tr.t("employers-title"),
            &ctx.tr.t("employers-lead"),
            "",
        ),
        employers,
        sectors: std::iter::once((String::new(), ctx.tr.t("employers-all-sectors")))
            .chain(sector_options(&ctx.tr))
            .collect(),
        ortsteile: ortsteil_options(&ctx.tr, "employers-all-ortsteile"),
        sector: sector.map(|s| s.as_str().to_string()).unwrap_or_default(),
        ortsteil,
        pledge_only,
        pledge_set: !pledge.is_empty(),
    }
    .render()?;
    Ok(Html(html).into_response())
}

#[derive(Template)]
#[template(path = "employers/employer.html")]
struct EmployerPage {
    page: PageMeta,
    e: EmployerView,
    jobs: Vec<JobView>,
    proposed: bool,
    fairs: Vec<Fair>,
}

/// A coming job fair or info day: its page, title and next date.
pub(crate) struct Fair {
    pub url: String,
    pub title: String,
    pub when: String,
}

/// Days ahead in which job fairs and info days are shown.
const FAIR_DAYS: i64 = 120;

/// Coming events with companies taking part (those with `employer`, when given), soonest first.
pub(crate) async fn fairs(
    state: &AppState,
    ctx: &Ctx,
    employer: Option<i64>,
) -> Result<Vec<Fair>, WebError> {
    use chrono::Datelike;
    let now = state.berlin_now();
    let tr = &ctx.tr;
    let mut found: Vec<(chrono::NaiveDateTime, Fair)> = state
        .db
        .published_events()
        .await?
        .into_iter()
        .filter(|e| match employer {
            Some(id) => e.details.employers.contains(&id),
            None => !e.details.employers.is_empty(),
        })
        .filter_map(|e| {
            let o = e
                .details
                .occurrences(now.date(), now.date() + chrono::Duration::days(FAIR_DAYS))
                .into_iter()
                .find(|o| o.end > now && o.cancelled.is_none())?;
            Some((
                o.start,
                Fair {
                    url: format!("/veranstaltungen/{}", e.id),
                    title: e.details.title.get(tr.lang.code).to_string(),
                    when: format!(
                        "{}, {}, {}",
                        crate::kit::views::weekday_name(tr, o.start.weekday().number_from_monday()),
                        crate::kit::views::format_date(tr, o.start.date()),
                        crate::kit::dates::time(tr, o.start.time())
                    ),
                },
            ))
        })
        .collect();
    found.sort_by_key(|(at, _)| *at);
    Ok(found.into_iter().map(|(_, f)| f).collect())
}

/// GET /arbeitgeber/{id}: a published company for everyone; a waiting one only for its people
/// and the coordinator.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let stored = match state.db.employer(id).await {
        Ok(e) => e,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let published = stored.status == EmployerStatus::Published;
    if !published && !crate::employers::own::may_see(&state, &viewer, id).await? {
        return Err(WebError::NotFound);
    }
    let today = state.today();
    let jobs = state
        .db
        .find_jobs(
            &JobFilter {
                employer: Some(id),
                ..JobFilter::default()
            },
            today,
        )
        .await?;
    let pledge = state.db.pledge_criteria().await?;
    let html = EmployerPage {
        page: PageMeta::new(
            &ctx,
            &state,
            stored.profile.name.clone(),
            &stored.profile.description,
            "",
        ),
        e: employer_view(&ctx.tr, id, &stored.profile, &pledge),
        jobs: jobs.iter().map(|j| job_view(&ctx.tr, j, today)).collect(),
        proposed: !published,
        fairs: if published {
            fairs(&state, &ctx, Some(id)).await?
        } else {
            vec![]
        },
    }
    .render()?;
    let res = Html(html).into_response();
    Ok(if published {
        res
    } else {
        crate::peers::tandem::private(res)
    })
}

/// One company's answer in the comparison: answer, class of its mark, note.
type Cell = (String, &'static str, String);

#[derive(Template)]
#[template(path = "employers/compare.html")]
struct ComparePage {
    page: PageMeta,
    employers: Vec<EmployerView>,
    /// One row per question: its label and each company's answer (answer, class, note).
    rows: Vec<(String, Vec<Cell>)>,
    too_many: bool,
}

/// GET /arbeitgeber/vergleich?e=1&e=2&e=3: up to three published companies side by side.
pub async fn compare(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let mut ids: Vec<i64> = pairs
        .iter()
        .filter(|(k, _)| k == "e")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    ids.dedup();
    let too_many = ids.len() > COMPARE_MAX;
    ids.truncate(COMPARE_MAX);
    let pledge = state.db.pledge_criteria().await?;
    let mut employers = Vec::new();
    for id in ids {
        match state.db.employer(id).await {
            Ok(e) if e.status == EmployerStatus::Published => {
                employers.push(employer_view(&ctx.tr, e.id, &e.profile, &pledge));
            }
            Ok(_) | Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let rows = employers
        .first()
        .map(|first| {
            first
                .answers
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    (
                        a.label.clone(),
                        employers
                            .iter()
                            .map(|e| {
                                let x = &e.answers[i];
                                (x.answer.clone(), x.class, x.note.clone())
                            })
                            .collect(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let html = ComparePage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("employers-compare-title"), "", ""),
        employers,
        rows,
        too_many,
    }
    .render()?;
    Ok(Html(html).into_response())
}
