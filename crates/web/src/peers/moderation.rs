//! The coordinator's moderation queue for the tandem and the groups: open reports with what was
//! reported, and what to do about each — dismiss, warn by mail, hide the message (for everyone
//! who could read it) or the group (from the public list), suspend the account. Every decision goes to the audit log.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::peers::ReportOutcome;
use wegweiser_store::StoreError;

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::DecisionForm;
use crate::kit::views::PageMeta;
use crate::peers::contacts::notice_mail;
use crate::peers::groups::date_time;
use crate::peers::tandem::private;
use crate::state::AppState;

struct ReportView {
    id: i64,
    at: String,
    reason: String,
    name: String,
    email: String,
    suspended: bool,
    message: Option<String>,
    message_hidden: bool,
    /// The group reported, or whose message was: (id, name, still public).
    group: Option<(i64, String, bool)>,
}

#[derive(Template)]
#[template(path = "peers/moderation.html")]
struct ModerationPage {
    page: PageMeta,
    csrf: String,
    reports: Vec<ReportView>,
    /// Suspended parents: (account, e-mail, pseudonym).
    suspended: Vec<(i64, String, String)>,
}

/// GET /verwaltung/tandem
pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/tandem")?;
    let reports = state
        .db
        .open_peer_reports()
        .await?
        .into_iter()
        .map(|r| ReportView {
            id: r.id,
            at: date_time(&ctx.tr, r.at),
            reason: r.reason,
            name: r.reported_name.unwrap_or_default(),
            email: r.reported_email.unwrap_or_default(),
            suspended: r.reported_suspended,
            message: r.message,
            message_hidden: r.message_hidden,
            group: r.group,
        })
        .collect();
    let html = ModerationPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("tandem-moderation-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        reports,
        suspended: state.db.suspended_parents().await?,
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// POST /verwaltung/tandem/{id}: closes a report with one of the outcomes.
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Coordinator], "/verwaltung/tandem")?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    let outcome = ReportOutcome::parse(&f.entscheidung).ok_or(WebError::Invalid)?;
    let warning = notice_mail(&state, "tandem-mail-warning", "/tandem");
    match state
        .db
        .close_peer_report(id, me.id, outcome, state.now(), warning)
        .await
    {
        Ok(()) => Ok(Redirect::to("/verwaltung/tandem").into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Incomplete(_)) => Err(WebError::Invalid),
        Err(e) => Err(e.into()),
    }
}

/// POST /verwaltung/tandem/konten/{id}: lifts a parent's suspension (logged).
pub async fn reinstate(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Coordinator], "/verwaltung/tandem")?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    // Only a suspended parent: staff accounts are managed elsewhere.
    let suspended = state.db.suspended_parents().await?;
    if !suspended.iter().any(|(account, _, _)| *account == id) {
        return Err(WebError::NotFound);
    }
    state
        .db
        .set_account_suspended(id, Some(me.id), false, state.now())
        .await?;
    Ok(Redirect::to("/verwaltung/tandem#gesperrt").into_response())
}
