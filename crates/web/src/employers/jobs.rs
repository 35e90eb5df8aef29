//! `/jobs`: jobs and training places of the published companies, not expired, filtered by when a
//! parent can work (weekdays and a time window: every working day of a job must fit), Ortsteil,
//! kind (part-time training among them) and sector, and by words (the directory's analysis:
//! folded words, stop words dropped, parts of compounds found).

use askama::Template;
use axum::extract::{Path, Query, RawQuery, State};
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
    /// This search as an Atom feed.
    feed: String,
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

/// The filters of `/jobs` and its feed as read from the query.
struct Asked {
    q: String,
    ticked: Vec<String>,
    from: String,
    to: String,
    filter: JobFilter,
    window_error: Option<String>,
}

fn read_query(ctx: &Ctx, pairs: &[(String, String)]) -> Result<Asked, WebError> {
    let form = FormPairs(pairs);
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
    let filter = JobFilter {
        availability,
        ortsteil: Some(form.get("ortsteil")).filter(|o| geo::ortsteil_by_slug(o).is_some()),
        kind: JobKind::parse(&form.get("art")),
        sector: Sector::parse(&form.get("branche")),
        employer: None,
    };
    Ok(Asked {
        q,
        ticked,
        from,
        to,
        filter,
        window_error,
    })
}

/// The jobs that match, open today.
async fn found(state: &AppState, ctx: &Ctx, asked: &Asked) -> Result<Vec<StoredJob>, WebError> {
    Ok(state
        .db
        .find_jobs(&asked.filter, state.today())
        .await?
        .into_iter()
        .filter(|j| {
            asked.q.trim().is_empty()
                || matches(
                    &asked.q,
                    j,
                    &crate::employers::views::kind_label(&ctx.tr, j.job.kind),
                )
        })
        .collect())
}

/// GET /jobs
pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let asked = read_query(&ctx, &pairs)?;
    let today = state.today();
    let jobs: Vec<JobView> = if asked.window_error.is_some() {
        vec![]
    } else {
        found(&state, &ctx, &asked)
            .await?
            .iter()
            .map(|j| job_view(&ctx.tr, j, today))
            .collect()
    };
    let status = if asked.window_error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let Asked {
        q,
        ticked,
        from,
        to,
        filter,
        window_error,
    } = asked;
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
        ortsteil: filter.ortsteil.unwrap_or_default(),
        kind: filter
            .kind
            .map(|k| k.as_str().to_string())
            .unwrap_or_default(),
        sector: filter
            .sector
            .map(|s| s.as_str().to_string())
            .unwrap_or_default(),
        ortsteile: ortsteil_options(&ctx.tr, "employers-all-ortsteile"),
        kinds: std::iter::once((String::new(), ctx.tr.t("jobs-all-kinds")))
            .chain(kind_options(&ctx.tr))
            .collect(),
        sectors: std::iter::once((String::new(), ctx.tr.t("employers-all-sectors")))
            .chain(sector_options(&ctx.tr))
            .collect(),
        window_error,
        filtered: !pairs.is_empty(),
        feed: match raw.filter(|r| !r.is_empty()) {
            Some(r) => format!("/jobs.atom?{r}"),
            None => "/jobs.atom".into(),
        },
        q,
    }
    .render()?;
    Ok(rendered((status, Html(html)).into_response()))
}

/// GET /jobs.atom?<the filters of /jobs>: the matching jobs, for feed readers; an entry changes
/// when the job does, and a job leaves the feed on the day after its expiry.
pub async fn atom(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let asked = read_query(&ctx, &pairs)?;
    if asked.window_error.is_some() {
        return Err(WebError::Invalid);
    }
    let tr = &ctx.tr;
    let public = &state.config.public_url;
    let today = state.today();
    let entries = found(&state, &ctx, &asked)
        .await?
        .iter()
        .map(|j| {
            let v = job_view(tr, j, today);
            crate::kit::atom::AtomEntry {
                url: format!("{public}/jobs/{}", j.id),
                title: format!("{} – {}", v.title, v.employer),
                updated: j.updated_at,
                published: None,
                summary: format!(
                    "{} · {} · {} · {}\n\n{}",
                    v.kind, v.days, v.hours, v.place, v.description
                ),
                html: None,
            }
        })
        .collect();
    let query = raw
        .filter(|r| !r.is_empty())
        .map(|r| format!("?{r}"))
        .unwrap_or_default();
    let feed = crate::kit::atom::AtomFeed {
        title: &tr.t("jobs-feed-name"),
        author: &tr.t("site-name"),
        lang: tr.lang.code,
        self_url: format!("{public}/jobs.atom{query}"),
        page_url: format!("{public}/jobs{query}"),
    };
    Ok(crate::kit::atom::response(&feed, entries, state.now()))
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
