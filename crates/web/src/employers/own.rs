//! An employer's own pages (`/arbeitgeber/konto`): the company's state, its profile, and its jobs
//! — new, changed, taken down. Every person of the company sees and changes the same; nobody else
//! does (404, the same as for something that does not exist).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::editorial::{FieldError, SentTranslations};
use wegweiser_domain::employers::{EmployerStatus, RawEmployer, RawJob};
use wegweiser_store::StoreError;

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::employers::views::{
    DayRow, JOB_TEXT_FIELDS, JobView, employer_fields, field_errors, job_fields, job_view,
    raw_employer, raw_from_job, raw_from_profile, raw_job,
};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{Field, FormPairs};
use crate::kit::views::PageMeta;
use crate::peers::tandem::private;
use crate::state::AppState;

/// Whether the viewer may see company `id` before it is public: its people and the coordinator.
pub(crate) async fn may_see(state: &AppState, viewer: &Viewer, id: i64) -> Result<bool, WebError> {
    Ok(match viewer.account.as_ref() {
        Some(a) if a.role == Role::Coordinator => true,
        Some(a) if a.role == Role::Employer => state.db.employer_of(a.id).await? == Some(id),
        _ => false,
    })
}

/// The signed-in employer and their company (`NotFound` for an employer account without one).
pub(crate) async fn mine(
    state: &AppState,
    viewer: &Viewer,
    here: &str,
) -> Result<(i64, i64), WebError> {
    let me = viewer.require(&[Role::Employer], here)?;
    let company = state
        .db
        .employer_of(me.id)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok((me.id, company))
}

#[derive(Template)]
#[template(path = "employers/own.html")]
struct OwnPage {
    page: PageMeta,
    csrf: String,
    id: i64,
    name: String,
    status: String,
    published: bool,
    jobs: Vec<JobView>,
    notice: Option<String>,
    /// The company meets the pledge (and may print its shop-window poster).
    pledge_met: bool,
    /// The pledge's criteria it does not answer with "yes" yet.
    pledge_missing: Vec<String>,
}

#[derive(Template)]
#[template(path = "employers/no_company.html")]
struct NoCompany {
    page: PageMeta,
}

#[derive(serde::Deserialize)]
pub struct OwnQuery {
    hinweis: Option<String>,
}

/// GET /arbeitgeber/konto
pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<OwnQuery>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Employer], "/arbeitgeber/konto")?;
    let Some(company) = state.db.employer_of(me.id).await? else {
        // An account the coordinator made by hand, before its company was linked.
        let html = NoCompany {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("employers-no-company-title"), "", ""),
        }
        .render()?;
        return Ok(private(Html(html).into_response()));
    };
    let stored = state.db.employer(company).await?;
    let today = state.today();
    let jobs = state.db.employer_jobs(company).await?;
    let notice = match q.hinweis.as_deref() {
        Some(h @ ("profil" | "stelle" | "geloescht")) => {
            Some(ctx.tr.t(&format!("employers-own-notice-{h}")))
        }
        _ => None,
    };
    let pledge = state.db.pledge_criteria().await?;
    let pledge_missing = pledge
        .iter()
        .filter(|c| {
            stored
                .profile
                .answers
                .get(c)
                .is_none_or(|a| a.answer != wegweiser_domain::employers::Answer::Yes)
        })
        .map(|c| crate::employers::views::criterion_label(&ctx.tr, *c))
        .collect();
    let html = OwnPage {
        pledge_met: wegweiser_domain::employers::meets_pledge(&stored.profile, &pledge),
        pledge_missing,
        page: PageMeta::new(&ctx, &state, stored.profile.name.clone(), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        id: company,
        name: stored.profile.name.clone(),
        status: ctx
            .tr
            .t(&format!("employers-status-{}", stored.status.as_str())),
        published: stored.status == EmployerStatus::Published,
        jobs: jobs.iter().map(|j| job_view(&ctx.tr, j, today)).collect(),
        notice,
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

#[derive(Template)]
#[template(path = "employers/profile_form.html")]
struct ProfileForm {
    page: PageMeta,
    csrf: String,
    fields: Vec<Field>,
    error_count: usize,
}

fn profile_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    raw: &RawEmployer,
    errors: &[FieldError],
) -> Result<Response, WebError> {
    let html = ProfileForm {
        page: PageMeta::new(ctx, state, ctx.tr.t("employers-profile-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        fields: employer_fields(&ctx.tr, raw, errors),
        error_count: errors.len(),
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /arbeitgeber/konto/profil
pub async fn profile_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let (_, company) = mine(&state, &viewer, "/arbeitgeber/konto/profil").await?;
    let stored = state.db.employer(company).await?;
    profile_page(
        &state,
        &ctx,
        &viewer,
        StatusCode::OK,
        &raw_from_profile(&stored.profile),
        &[],
    )
}

/// POST /arbeitgeber/konto/profil
pub async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (me, company) = mine(&state, &viewer, "/arbeitgeber/konto/profil").await?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let raw = raw_employer(&form);
    match raw.validate() {
        Ok(profile) => {
            state
                .db
                .update_employer(me, company, &profile, state.now())
                .await?;
            Ok(Redirect::to("/arbeitgeber/konto?hinweis=profil").into_response())
        }
        Err(problems) => profile_page(
            &state,
            &ctx,
            &viewer,
            StatusCode::UNPROCESSABLE_ENTITY,
            &raw,
            &field_errors(&problems),
        ),
    }
}

#[derive(Template)]
#[template(path = "employers/job_form.html")]
struct JobForm {
    page: PageMeta,
    csrf: String,
    action: String,
    top: Vec<Field>,
    days: Vec<DayRow>,
    bottom: Vec<Field>,
    error_count: usize,
}

#[allow(clippy::too_many_arguments)]
fn job_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    action: String,
    raw: &RawJob,
    more: &SentTranslations,
    errors: &[FieldError],
) -> Result<Response, WebError> {
    let (top, days, bottom) = job_fields(&ctx.tr, raw, more, errors);
    let html = JobForm {
        page: PageMeta::new(ctx, state, ctx.tr.t("jobs-form-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action,
        top,
        days,
        bottom,
        error_count: errors.len(),
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /arbeitgeber/konto/jobs/neu
pub async fn new_job(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    mine(&state, &viewer, "/arbeitgeber/konto/jobs/neu").await?;
    let raw = RawJob {
        kind: "job".into(),
        expires_on: (state.today() + chrono::Duration::days(60)).to_string(),
        ..RawJob::default()
    };
    job_page(
        &state,
        &ctx,
        &viewer,
        StatusCode::OK,
        "/arbeitgeber/konto/jobs/neu".into(),
        &raw,
        &SentTranslations::default(),
        &[],
    )
}

/// GET /arbeitgeber/konto/jobs/{id}: one of the company's jobs in its form.
pub async fn edit_job(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (_, company) = mine(&state, &viewer, &format!("/arbeitgeber/konto/jobs/{id}")).await?;
    let job = state
        .db
        .employer_jobs(company)
        .await?
        .into_iter()
        .find(|j| j.id == id)
        .ok_or(WebError::NotFound)?;
    job_page(
        &state,
        &ctx,
        &viewer,
        StatusCode::OK,
        format!("/arbeitgeber/konto/jobs/{id}"),
        &raw_from_job(&job.job),
        &SentTranslations::from_table(&job.translations),
        &[],
    )
}

async fn save(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    job: Option<i64>,
    pairs: &[(String, String)],
) -> Result<Response, WebError> {
    let here = job.map_or_else(
        || "/arbeitgeber/konto/jobs/neu".to_string(),
        |id| format!("/arbeitgeber/konto/jobs/{id}"),
    );
    let (me, company) = mine(state, viewer, &here).await?;
    let form = FormPairs(pairs);
    check_csrf(viewer, &form.get("csrf"))?;
    let raw = raw_job(&form);
    let sent = form.all_translations(&JOB_TEXT_FIELDS);
    match raw.validate(state.today()) {
        Ok(offer) => match state
            .db
            .save_job(me, company, job, &offer, &sent, state.now())
            .await
        {
            Ok(_) => Ok(Redirect::to("/arbeitgeber/konto?hinweis=stelle").into_response()),
            Err(StoreError::NotFound) => Err(WebError::NotFound),
            Err(e) => Err(e.into()),
        },
        Err(problems) => {
            // The form comes back with what was sent, marked as the stored job's texts are.
            let stored = match job {
                Some(id) => state
                    .db
                    .employer_jobs(company)
                    .await?
                    .into_iter()
                    .find(|j| j.id == id)
                    .map(|j| j.translations)
                    .unwrap_or_default(),
                None => vec![],
            };
            let more = sent.marked_by_table(&stored);
            job_page(
                state,
                ctx,
                viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                here,
                &raw,
                &more,
                &field_errors(&problems),
            )
        }
    }
}

/// POST /arbeitgeber/konto/jobs/neu
pub async fn create_job(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, None, &pairs).await
}

/// POST /arbeitgeber/konto/jobs/{id}
pub async fn update_job(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, Some(id), &pairs).await
}

/// POST /arbeitgeber/konto/jobs/{id}/loeschen
pub async fn delete_job(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Employer], "/arbeitgeber/konto")?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    match state.db.delete_job(me.id, id, state.now()).await {
        Ok(()) => Ok(Redirect::to("/arbeitgeber/konto?hinweis=geloescht").into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
