//! A meeting's public summary: written by the coordinator apart from the internal minutes, and
//! published on the public site as "Aus der AG" (`/aus-der-ag`, `/aus-der-ag/{id}`), like news.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::ag::SUMMARY_MAX;
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::ag::access::ag_access;
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::FormPairs;
use crate::kit::views::{PageMeta, format_date, paragraphs};
use crate::state::AppState;

/// POST /ag/sitzungen/{id}/zusammenfassung: saves the summary, published when `veroeffentlichen=1`.
pub async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}/protokoll");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?.clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let text = form.get("summary").trim().to_string();
    if text.chars().count() > SUMMARY_MAX {
        return Err(WebError::Invalid);
    }
    let publish = form.get("veroeffentlichen") == "1" && !text.is_empty();
    match state
        .db
        .set_ag_summary(id, &text, publish, me.id, state.now())
        .await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("{here}?hinweis=gespeichert#h-summary")).into_response())
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

struct SummaryCard {
    id: i64,
    title: String,
    date: String,
    teaser: String,
}

#[derive(Template)]
#[template(path = "ag/summaries.html")]
struct SummariesPage {
    page: PageMeta,
    summaries: Vec<SummaryCard>,
}

/// GET /aus-der-ag: the AG's published summaries.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let summaries = state
        .db
        .public_ag_summaries()
        .await?
        .into_iter()
        .map(|s| SummaryCard {
            id: s.id,
            date: format_date(&ctx.tr, s.starts_at.date()),
            teaser: paragraphs(&s.summary)
                .into_iter()
                .next()
                .unwrap_or_default(),
            title: s.title,
        })
        .collect();
    let html = SummariesPage {
        page: PageMeta::new(
            &ctx,
            &state,
            ctx.tr.t("ag-public-title"),
            &ctx.tr.t("ag-public-lead"),
            "news",
        ),
        summaries,
    }
    .render()?;
    Ok(Html(html).into_response())
}

#[derive(Template)]
#[template(path = "ag/summary.html")]
struct SummaryPage {
    page: PageMeta,
    title: String,
    date: String,
    paragraphs: Vec<String>,
}

/// GET /aus-der-ag/{id}: one published summary; anything else is not found.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let s = match state.db.ag_summary(id).await {
        Ok(s) if s.summary_published_at.is_some() && !s.summary.is_empty() => s,
        Ok(_) | Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let paragraphs = paragraphs(&s.summary);
    let html = SummaryPage {
        page: PageMeta::new(
            &ctx,
            &state,
            s.title.clone(),
            paragraphs.first().map(String::as_str).unwrap_or(""),
            "news",
        ),
        title: s.title,
        date: format_date(&ctx.tr, s.starts_at.date()),
        paragraphs,
    }
    .render()?;
    Ok(Html(html).into_response())
}
