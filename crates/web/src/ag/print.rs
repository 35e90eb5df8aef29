//! What the coordinator prints for a meeting: the agenda with times, and the sign-in sheet for the
//! day (every invited member with their answer, a line to sign).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::ag::Answer;
use wegweiser_store::StoreError;

use crate::accounts::session::Viewer;
use crate::ag::access::ag_access;
use crate::ag::views::{AgendaLine, agenda, place, when};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::PageMeta;
use crate::peers::tandem::private;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "ag/agenda_print.html")]
struct AgendaPrint {
    page: PageMeta,
    id: i64,
    title: String,
    when: String,
    place: String,
    agenda: Vec<AgendaLine>,
}

#[derive(Template)]
#[template(path = "ag/signin_sheet.html")]
struct SigninSheet {
    page: PageMeta,
    id: i64,
    title: String,
    when: String,
    place: String,
    /// (name, organisation, answer, deputy)
    rows: Vec<(String, String, String, String)>,
}

async fn meeting(state: &AppState, id: i64) -> Result<wegweiser_store::AgMeeting, WebError> {
    match state.db.ag_meeting(id).await {
        Ok(m) => Ok(m),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// GET /ag/sitzungen/{id}/tagesordnung
pub async fn agenda_page(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    ag_access(&state, &viewer, &format!("/ag/sitzungen/{id}/tagesordnung")).await?;
    let m = meeting(&state, id).await?;
    let items = state.db.ag_items(id).await?;
    let html = AgendaPrint {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("ag-agenda-print-title"), "", ""),
        id,
        title: m.meeting.title.clone(),
        when: when(&ctx.tr, &m),
        place: place(&ctx.tr, &m),
        agenda: agenda(&m, &items),
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// GET /ag/sitzungen/{id}/teilnahmeliste: the coordinator's sheet for the day.
pub async fn signin_sheet(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    ag_access(
        &state,
        &viewer,
        &format!("/ag/sitzungen/{id}/teilnahmeliste"),
    )
    .await?
    .require_coordinator()?;
    let m = meeting(&state, id).await?;
    let tr = &ctx.tr;
    let rows = state
        .db
        .ag_rsvps(id)
        .await?
        .into_iter()
        .map(|r| {
            let answer = tr.t(&format!(
                "ag-answer-{}",
                r.answer.map_or("open", Answer::as_str)
            ));
            (r.name, r.organisation, answer, r.deputy)
        })
        .collect();
    let html = SigninSheet {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("ag-signin-title"), "", ""),
        id,
        title: m.meeting.title.clone(),
        when: when(tr, &m),
        place: place(tr, &m),
        rows,
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}
