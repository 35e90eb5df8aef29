//! `/jobs`: jobs and training places of the published companies, not expired, filtered by when a
//! parent can work (weekdays and a time window: every working day of a job must fit), Ortsteil,
//! kind (part-time training among them), sector and distance from a postcode or Ortsteil, and by
//! words (the directory's analysis: stems, compound parts, synonyms, typos).

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
    near: String,
    km: String,
    /// (value, label)
    distances: Vec<(String, String)>,
    near_error: Option<String>,
    filtered: bool,
    /// Coming job fairs and info days.
    fairs: Vec<crate::employers::public::Fair>,
    /// This search as an Atom feed.
    feed: String,
}

/// The filters of `/jobs` and its feed as read from the query.
struct Asked {
    q: String,
    ticked: Vec<String>,
    from: String,
    to: String,
    filter: JobFilter,
    window_error: Option<String>,
    near: String,
    km: String,
    /// Where distances are measured from, and the farthest asked for.
    origin: Option<(geo::LatLon, Option<f64>)>,
    near_error: Option<String>,
}

/// The distances a parent can choose, in kilometres.
const DISTANCES: &[&str] = &["2", "5", "10"];

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
    let (near, km) = (form.get("nahe"), form.get("km"));
    let max_km = DISTANCES
        .contains(&km.as_str())
        .then(|| km.parse::<f64>().ok())
        .flatten();
    let (origin, near_error) = if near.trim().is_empty() {
        let error = max_km.map(|_| ctx.tr.t("error-distance-needs-place"));
        (None, error)
    } else {
        match geo::place(&near) {
            Some((_, point)) => (Some((point, max_km)), None),
            None => (
                None,
                Some(ctx.tr.s("error-unknown-place", "value", near.trim())),
            ),
        }
    };
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
        near,
        km: if max_km.is_some() { km } else { String::new() },
        origin,
        near_error,
    })
}

impl Asked {
    fn refused(&self) -> bool {
        self.window_error.is_some() || self.near_error.is_some()
    }
}

/// Kilometres from the asked place to a job's Ortsteil (the job's own, else its company's).
fn km_to(origin: geo::LatLon, j: &StoredJob) -> Option<f64> {
    let slug = if j.job.ortsteil.is_empty() {
        &j.employer_ortsteil
    } else {
        &j.job.ortsteil
    };
    geo::ortsteil_by_slug(slug).map(|o| geo::distance_km(origin, o.label))
}

/// The jobs that match, open today; nearest first when a place was given.
async fn found(state: &AppState, ctx: &Ctx, asked: &Asked) -> Result<Vec<Found>, WebError> {
    let index = if asked.q.trim().is_empty() {
        None
    } else {
        Some(state.current_index().await.ok_or(WebError::Unavailable)?)
    };
    let mut out: Vec<Found> = state
        .db
        .find_jobs(&asked.filter, state.today())
        .await?
        .into_iter()
        .filter(|j| {
            index.as_ref().is_none_or(|idx| {
                // Its German texts and their translations in the reader's language.
                let mut words = vec![j.job.title.as_str(), &j.job.description, &j.employer_name];
                words.extend(
                    j.translations
                        .iter()
                        .filter(|t| t.lang == ctx.tr.lang.code && !t.outdated)
                        .map(|t| t.value.as_str()),
                );
                let kind = crate::employers::views::kind_label(&ctx.tr, j.job.kind);
                words.push(&kind);
                let text = words.join(" ");
                idx.text_matches(&asked.q, &text)
            })
        })
        .map(|j| Found {
            km: asked.origin.and_then(|(o, _)| km_to(o, &j)),
            job: j,
        })
        .filter(|f| match (asked.origin, f.km) {
            (Some((_, Some(max))), Some(km)) => km <= max,
            (Some((_, Some(_))), None) => false,
            _ => true,
        })
        .collect();
    if asked.origin.is_some() {
        out.sort_by(|a, b| {
            a.km.unwrap_or(f64::MAX)
                .total_cmp(&b.km.unwrap_or(f64::MAX))
        });
    }
    Ok(out)
}

/// A job found, with its distance when a place was given.
struct Found {
    job: StoredJob,
    km: Option<f64>,
}

/// "In the same Ortsteil" or "about 2.3 km away".
fn distance_label(ctx: &Ctx, km: Option<f64>) -> Option<String> {
    km.map(|km| {
        if km < 0.05 {
            ctx.tr.t("jobs-distance-same")
        } else {
            ctx.tr.s(
                "jobs-distance-about",
                "distance",
                &crate::kit::numbers::distance(&ctx.tr, km),
            )
        }
    })
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
    let jobs: Vec<JobView> = if asked.refused() {
        vec![]
    } else {
        found(&state, &ctx, &asked)
            .await?
            .iter()
            .map(|f| JobView {
                distance: distance_label(&ctx, f.km),
                ..job_view(&ctx.tr, &f.job, today)
            })
            .collect()
    };
    let status = if asked.refused() {
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
        near,
        km,
        near_error,
        ..
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
                    crate::kit::dates::weekday(&ctx.tr, i as u32 + 1),
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
        near,
        km,
        distances: std::iter::once((String::new(), ctx.tr.t("jobs-distance-any")))
            .chain(
                DISTANCES
                    .iter()
                    .map(|d| (d.to_string(), ctx.tr.s("jobs-distance-within", "km", d))),
            )
            .collect(),
        near_error,
        filtered: !pairs.is_empty(),
        fairs: crate::employers::public::fairs(&state, &ctx, None).await?,
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
    if asked.refused() {
        return Err(WebError::Invalid);
    }
    let tr = &ctx.tr;
    let public = &state.config.public_url;
    let today = state.today();
    let entries = found(&state, &ctx, &asked)
        .await?
        .iter()
        .map(|f| {
            let j = &f.job;
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
        lang: tr.lang.tag,
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
        page: PageMeta::new(&ctx, &state, j.title.text.clone(), &j.description.text, ""),
        j,
    }
    .render()?;
    Ok(Html(html).into_response())
}
