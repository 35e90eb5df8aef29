//! A meeting's agenda: the coordinator adds, orders, removes items and decides on proposals;
//! members propose items until the meeting's deadline.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wegweiser_domain::ag::{ItemDraft, ItemStatus};
use wegweiser_domain::editorial::FieldError;
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::ag::access::ag_access;
use crate::ag::meetings::{PageState, meeting_page};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::FormPairs;
use crate::state::AppState;

/// POST /ag/sitzungen/{id}/punkte: the coordinator's item goes on the agenda; a member's is a
/// proposal, taken until the end of the deadline day.
pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}");
    let ag = ag_access(&state, &viewer, &here).await?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let m = match state.db.ag_meeting(id).await {
        Ok(m) => m,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let draft = ItemDraft {
        title: form.get("title"),
        presenter: form.get("presenter"),
        duration_minutes: form.get("duration_minutes"),
        note: form.get("note"),
    };
    let refuse = |errors: Vec<FieldError>, status: StatusCode| {
        let ps = PageState {
            item: draft.clone(),
            item_errors: errors,
            ..PageState::default()
        };
        meeting_page(&state, &ctx, &viewer, &ag, id, status, ps)
    };
    let now = state.berlin_now();
    let coordinator = ag.is_coordinator();
    let open = m.cancelled_at.is_none()
        && if coordinator {
            m.meeting.starts > now
        } else {
            m.meeting.takes_proposals(now)
        };
    if !open {
        let error = FieldError {
            field: "title",
            message: "ag-error-proposal-late",
        };
        return refuse(vec![error], StatusCode::CONFLICT).await;
    }
    let item = match draft.checked() {
        Ok(i) => i,
        Err(errors) => return refuse(errors, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let status = if coordinator {
        ItemStatus::Accepted
    } else {
        ItemStatus::Proposed
    };
    match state
        .db
        .add_ag_item(id, &item, status, ag.account().id, state.now())
        .await
    {
        Ok(_) => {
            let notice = if coordinator { "punkt" } else { "vorschlag" };
            Ok(Redirect::to(&format!("{here}?hinweis={notice}#h-agenda")).into_response())
        }
        Err(StoreError::Full { what }) => {
            let message = if what == "proposals" {
                "ag-error-proposals-full"
            } else {
                "ag-error-items-full"
            };
            let error = FieldError {
                field: "title",
                message,
            };
            refuse(vec![error], StatusCode::TOO_MANY_REQUESTS).await
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// POST /ag/sitzungen/{id}/punkte/{item}: the coordinator moves (`aktion=hoch|runter`), removes
/// (`loeschen`), or accepts or declines a proposal (`annehmen|ablehnen`).
pub async fn change(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, item)): Path<(i64, i64)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let now = state.now();
    let result = match form.get("aktion").as_str() {
        "hoch" => state.db.move_ag_item(id, item, -1).await,
        "runter" => state.db.move_ag_item(id, item, 1).await,
        "loeschen" => state.db.delete_ag_item(id, item, me.id, now).await,
        "annehmen" => {
            state
                .db
                .decide_ag_item(id, item, ItemStatus::Accepted, me.id, now)
                .await
        }
        "ablehnen" => {
            state
                .db
                .decide_ag_item(id, item, ItemStatus::Declined, me.id, now)
                .await
        }
        _ => return Err(WebError::Invalid),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("{here}#h-agenda")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
