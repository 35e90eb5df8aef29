//! `/jobs`: jobs and training places of the published companies, not expired, filtered by when a
//! parent can work (weekdays and a time window: every working day of a job must fit), Ortsteil,
//! kind (part-time training among them) and sector, and by words (the directory's analysis:
//! folded words, stop words dropped, parts of compounds found).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::employers::{Availability, EmployerStatus, JobKind, Sector, WEEKDAYS};
use wegweiser_domain::geo;
use wegweiser_store::{JobFilter, StoreError, StoredJob};

use crate::employers::views::{JobView, job_view, kind_options, ortsteil_options, sector_options};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::FormPairs;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "employers/jobs.html")]
struct JobsPage {
    page: PageMeta,
    jobs: Vec<JobView>,
    q: String,
    /// (key, label, ticked)
    days: Vec<(String, String, bool)>,
    from: String,
    to: String,
    ortsteil: String,
    kind: String,
    sector: String,
    ortsteile: Vec<(String, String)>,
    kinds: Vec<(String, String)>,
    sectors: Vec<(String, String)>,
    window_error: Option<String>,
    filtered: bool,
}

/// Whether every word of `q` (three letters or more, no stop word) is in the job's text.
fn matches(q: &str, j: &StoredJob, kind: &str) -> bool {
    use wegweiser_search::analysis::{is_stop_word, words};
    let wanted: Vec<String> = words(q)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !is_stop_word(w))
        .collect();
    let mut haystack = words(&j.job.title);
    haystack.extend(words(&j.job.description));
    haystack.extend(words(&j.employer_name));
    haystack.extend(words(kind));
    wanted
        .iter()
        .all(|w| haystack.iter().any(|h| h.contains(w.as_str())))
}

/// GET /jobs
pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = FormPairs(&pairs);
    let q = form.get("q");
    if q.chars().count() > 200 {
        return Err(WebError::Invalid);
    }
    let ticked: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "tag")
        .map(|(_, v)| v.clone())
        .collect();
    let (from, to) = (form.get("von"), form.get("bis"));
    let asked_window = !ticked.is_empty() || !from.is_empty() || !to.is_empty();
    let availability = Availability::parse(&ticked, &from, &to);
    let window_error = (asked_window && availability.is_none()).then(|| {
        ctx.tr.t(if ticked.is_empty() {
            "jobs-error-no-day"
        } else {
            "jobs-error-window"
        })
    });
    let ortsteil = Some(form.get("ortsteil")).filter(|o| geo::ortsteil_by_slug(o).is_some());
    let kind = JobKind::parse(&form.get("art"));
    let sector = Sector::parse(&form.get("branche"));
    let today = state.today();
    let filter = JobFilter {
        availability,
        ortsteil: ortsteil.clone(),
        kind,
        sector,
        employer: None,
    };
    let jobs: Vec<JobView> = if window_error.is_some() {
        vec![]
    } else {
        state
            .db
            .find_jobs(&filter, today)
            .await?
            .iter()
            .filter(|j| {
                q.trim().is_empty()
                    || matches(
                        &q,
                        j,
                        &crate::employers::views::kind_label(&ctx.tr, j.job.kind),
                    )
            })
            .map(|j| job_view(&ctx.tr, j, today))
            .collect()
    };
    let status = if window_error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let html = JobsPage {
        page: PageMeta::new(
            &ctx,
            &state,
            ctx.tr.t("jobs-title"),
            &ctx.tr.t("jobs-lead"),
            "",
        ),
        jobs,
        days: WEEKDAYS
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    d.to_string(),
                    ctx.tr.t(&format!("weekday-{}", i + 1)),
                    ticked.iter().any(|t| t == d),
                )
            })
            .collect(),
        from,
        to,
        ortsteil: ortsteil.unwrap_or_default(),
        kind: kind.map(|k| k.as_str().to_string()).unwrap_or_default(),
        sector: sector.map(|s| s.as_str().to_string()).unwrap_or_default(),
        ortsteile: ortsteil_options(&ctx.tr, "employers-all-ortsteile"),
        kinds: std::iter::once((String::new(), ctx.tr.t("jobs-all-kinds")))
            .chain(kind_options(&ctx.tr))
            .collect(),
        sectors: std::iter::once((String::new(), ctx.tr.t("employers-all-sectors")))
            .chain(sector_options(&ctx.tr))
            .collect(),
        window_error,
        filtered: !pairs.is_empty(),
        q,
    }
    .render()?;
    Ok(rendered((status, Html(html)).into_response()))
}

#[derive(Template)]
#[template(path = "employers/job.html")]
struct JobPage {
    page: PageMeta,
    j: JobView,
}

/// GET /jobs/{id}: a job of a published company until its expiry day; afterwards it is gone.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (job, status) = match state.db.job(id).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let today = state.today();
    if status != EmployerStatus::Published || job.job.expires_on < today {
        return Err(WebError::NotFound);
    }
    let j = job_view(&ctx.tr, &job, today);
    let html = JobPage {
        page: PageMeta::new(&ctx, &state, j.title.clone(), &j.description, ""),
        j,
    }
    .render()?;
    Ok(Html(html).into_response())
}
