//! The personal answer link of an invitation (`/ag/antwort/{token}`): a member answers yes, no or
//! maybe, and may name a deputy, without signing in. The link names the meeting and nothing else;
//! after the meeting began it only says so.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use wegweiser_domain::accounts;
use wegweiser_domain::ag::Answer;
use wegweiser_store::StoreError;

use crate::accounts::session::{anon_csrf, anon_page, check_anon_csrf};
use crate::ag::meetings::read_answer;
use crate::ag::views::{place, when};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::FormPairs;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "ag/rsvp.html")]
struct RsvpPage {
    page: PageMeta,
    csrf: String,
    token: String,
    title: String,
    when: String,
    place: String,
    open: bool,
    answer: String,
    deputy: String,
    error: Option<String>,
    saved: bool,
}

/// The meeting and member of a live link; 404 for any other.
async fn found(
    state: &AppState,
    token: &str,
) -> Result<(wegweiser_store::AgMeeting, wegweiser_store::AgRsvp), WebError> {
    if token.len() > 100 {
        return Err(WebError::NotFound);
    }
    let (meeting, account) = state
        .db
        .ag_rsvp_by_token(&accounts::token_digest(token))
        .await?
        .ok_or(WebError::NotFound)?;
    let m = state.db.ag_meeting(meeting).await?;
    let r = state
        .db
        .ag_rsvps(meeting)
        .await?
        .into_iter()
        .find(|r| r.account_id == account)
        .ok_or(WebError::NotFound)?;
    Ok((m, r))
}

#[allow(clippy::too_many_arguments)]
fn page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    csrf: (&str, bool),
    token: &str,
    m: &wegweiser_store::AgMeeting,
    answer: (Option<Answer>, &str),
    error: Option<String>,
    saved: bool,
) -> Result<Response, WebError> {
    let p = RsvpPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("ag-rsvp-title"), "", ""),
        csrf: csrf.0.to_string(),
        token: token.to_string(),
        title: m.meeting.title.clone(),
        when: when(&ctx.tr, m),
        place: place(&ctx.tr, m),
        open: m.cancelled_at.is_none() && m.meeting.starts > state.berlin_now(),
        answer: answer.0.map(|a| a.as_str().to_string()).unwrap_or_default(),
        deputy: answer.1.to_string(),
        error,
        saved,
    };
    anon_page(state, status, &p, csrf.0, csrf.1)
}

/// GET /ag/antwort/{token}
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let (m, r) = found(&state, &token).await?;
    page(
        &state,
        &ctx,
        StatusCode::OK,
        (&csrf, fresh),
        &token,
        &m,
        (r.answer, &r.deputy),
        None,
        false,
    )
}

/// POST /ag/antwort/{token}
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(token): Path<String>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = FormPairs(&pairs);
    let csrf = check_anon_csrf(&headers, &form.get("csrf"))?;
    let (m, r) = found(&state, &token).await?;
    let (answer, deputy) = match read_answer(&ctx, &form) {
        Ok(x) => x,
        Err(message) => {
            return page(
                &state,
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                (&csrf, false),
                &token,
                &m,
                (r.answer, &form.get("deputy")),
                Some(message),
                false,
            );
        }
    };
    let fresh = accounts::new_token().map_err(WebError::internal)?;
    match state
        .db
        .answer_ag_meeting(
            m.id,
            r.account_id,
            answer,
            &deputy,
            &accounts::token_digest(&fresh),
            state.now(),
        )
        .await
    {
        Ok(()) => page(
            &state,
            &ctx,
            StatusCode::OK,
            (&csrf, false),
            &token,
            &m,
            (Some(answer), &deputy),
            None,
            true,
        ),
        Err(StoreError::Conflict) => page(
            &state,
            &ctx,
            StatusCode::CONFLICT,
            (&csrf, false),
            &token,
            &m,
            (r.answer, &r.deputy),
            Some(ctx.tr.t("ag-error-answer-late")),
            false,
        ),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
