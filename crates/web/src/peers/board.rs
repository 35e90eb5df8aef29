//! Taking part in a group: joining under a name the group sees (at once, or as a request the
//! group's people accept), leaving, and the group's messages — plain text, a notice mail without
//! the text, reports to the coordinator's queue and blocks, as in the tandem.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::peers::{self, MAX_MESSAGE, MAX_REPORT, TextProblem};
use wegweiser_store::StoreError;

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::peers::contacts::{notice_mail, text_problem_key};
use crate::peers::groups::{Feedback, name_problem_key, render_group};
use crate::state::AppState;

/// Everyone who may run a group or write in it.
const PEOPLE: [Role; 3] = [Role::Parent, Role::ProviderEditor, Role::Coordinator];

fn back(id: i64, notice: &str) -> Response {
    Redirect::to(&format!("/gruppen/{id}?hinweis={notice}")).into_response()
}

#[derive(Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
}

/// POST /gruppen/{id}/beitreten: a parent joins under the name the group will see.
pub async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<JoinForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/gruppen/{id}"))?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    let name = match peers::shown_name(&f.name) {
        Ok(n) => n,
        Err(p) => {
            let feedback = Feedback {
                name: f.name,
                name_error: Some(name_problem_key(p)),
                ..Feedback::default()
            };
            return render_group(
                &state,
                &ctx,
                &viewer,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                feedback,
            )
            .await;
        }
    };
    let mail = notice_mail(&state, "groups-mail-request", &format!("/gruppen/{id}"));
    match state
        .db
        .join_group(me.id, id, &name, state.now(), mail)
        .await
    {
        Ok(s) if s == "member" => Ok(back(id, "beigetreten")),
        Ok(_) => Ok(back(id, "angefragt")),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// POST /gruppen/{id}/verlassen: a member leaves, or withdraws a request.
pub async fn leave(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/gruppen/{id}"))?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    match state.db.leave_group(me.id, id).await {
        Ok(()) => Ok(back(id, "verlassen")),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    mitglied: i64,
    #[serde(default)]
    aktion: String,
}

/// POST /gruppen/{id}/mitglieder: the group's people accept a request ("annehmen") or remove
/// someone ("entfernen").
pub async fn decide_member(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<MemberForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&PEOPLE, &format!("/gruppen/{id}"))?.clone();
    check_csrf(&viewer, &f.csrf)?;
    let accept = match f.aktion.as_str() {
        "annehmen" => true,
        "entfernen" => false,
        _ => return Err(WebError::Invalid),
    };
    match state
        .db
        .decide_group_member(me.id, id, f.mitglied, accept, state.now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/gruppen/{id}#mitglieder")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct WriteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
}

/// POST /gruppen/{id}/nachrichten: writes to the group.
pub async fn write(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<WriteForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&PEOPLE, &format!("/gruppen/{id}"))?.clone();
    check_csrf(&viewer, &f.csrf)?;
    let failed = |status: StatusCode, key: &str, text: String| {
        let feedback = Feedback {
            draft: text,
            write_error: Some(ctx.tr.t(key)),
            ..Feedback::default()
        };
        render_group(&state, &ctx, &viewer, id, status, feedback)
    };
    let body = match peers::clean_text(&f.text, MAX_MESSAGE) {
        Ok(b) => b,
        Err(p) => {
            return failed(
                StatusCode::UNPROCESSABLE_ENTITY,
                text_problem_key(p),
                f.text,
            )
            .await;
        }
    };
    let mail = notice_mail(&state, "groups-mail-message", &format!("/gruppen/{id}"));
    match state
        .db
        .send_group_message(me.id, id, &body, state.now(), mail)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/gruppen/{id}#neu")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Incomplete("email")) => {
            failed(StatusCode::FORBIDDEN, "tandem-error-unconfirmed", f.text).await
        }
        Err(StoreError::Full { .. }) => {
            failed(
                StatusCode::TOO_MANY_REQUESTS,
                "groups-too-many-messages",
                f.text,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    nachricht: Option<i64>,
    #[serde(default)]
    grund: String,
}

/// POST /gruppen/{id}/melden: reports a message of the group, or the group itself. The reason
/// may stay empty.
pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<ReportForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/gruppen/{id}"))?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    let reason = match peers::clean_text(&f.grund, MAX_REPORT) {
        Ok(r) => r,
        Err(TextProblem::Empty) => String::new(),
        Err(_) => return Err(WebError::Invalid),
    };
    match state
        .db
        .report_group(me.id, id, f.nachricht, &reason, state.now())
        .await
    {
        Ok(()) => Ok(back(id, "gemeldet")),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Full { .. }) => {
            let feedback = Feedback {
                notice: Some(ctx.tr.t("tandem-too-many-reports")),
                ..Feedback::default()
            };
            render_group(
                &state,
                &ctx,
                &viewer,
                id,
                StatusCode::TOO_MANY_REQUESTS,
                feedback,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct BlockForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    nachricht: i64,
}

/// POST /gruppen/{id}/sperren: blocks the author of a message; they are not told.
pub async fn block(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<BlockForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/gruppen/{id}"))?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    match state
        .db
        .block_group_author(me.id, f.nachricht, state.now())
        .await
    {
        Ok(group) if group == id => Ok(back(id, "gesperrt")),
        Ok(_) | Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
