//! The coordinator's side: registrations waiting for a decision (`/verwaltung/arbeitgeber`) and
//! the criteria of the family-friendly pledge.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::employers::{Criterion, EmployerStatus};
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::employers::views::{EmployerView, criterion_label, employer_view};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::{DecisionForm, FormPairs};
use crate::kit::views::PageMeta;
use crate::peers::tandem::private;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "employers/admin.html")]
struct QueuePage {
    page: PageMeta,
    csrf: String,
    waiting: Vec<EmployerView>,
    /// (key, label, chosen)
    criteria: Vec<(String, String, bool)>,
}

/// GET /verwaltung/arbeitgeber
pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/arbeitgeber")?;
    let pledge = state.db.pledge_criteria().await?;
    let waiting = state
        .db
        .employers(EmployerStatus::Proposed)
        .await?
        .iter()
        .map(|e| employer_view(&ctx.tr, e.id, &e.profile, &pledge))
        .collect();
    let html = QueuePage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("employers-admin-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        waiting,
        criteria: Criterion::ALL
            .iter()
            .map(|c| {
                (
                    c.as_str().to_string(),
                    criterion_label(&ctx.tr, *c),
                    pledge.contains(c),
                )
            })
            .collect(),
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// POST /verwaltung/arbeitgeber/{id}: publish ("veroeffentlichen") or reject ("ablehnen").
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Coordinator], "/verwaltung/arbeitgeber")?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    let publish = match f.entscheidung.as_str() {
        "veroeffentlichen" => true,
        "ablehnen" => false,
        _ => return Err(WebError::Invalid),
    };
    match state
        .db
        .decide_employer(id, me.id, publish, state.now())
        .await
    {
        Ok(()) => Ok(Redirect::to("/verwaltung/arbeitgeber").into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// POST /verwaltung/arbeitgeber/zusage: the pledge's criteria (checkboxes `kriterium`).
pub async fn set_pledge(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Coordinator], "/verwaltung/arbeitgeber")?
        .clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let chosen: Option<Vec<Criterion>> = pairs
        .iter()
        .filter(|(k, _)| k == "kriterium")
        .map(|(_, v)| Criterion::parse(v))
        .collect();
    let chosen = chosen.ok_or(WebError::Invalid)?;
    state
        .db
        .set_pledge_criteria(Some(me.id), &chosen, state.now())
        .await?;
    Ok(Redirect::to("/verwaltung/arbeitgeber#zusage").into_response())
}
