//! A campaign's poster and flyer with its next dates, and its QR code.

use axum::extract::{Path, State};
use axum::response::Response;
use chrono::Datelike;

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::posters::{poster, qr_response};
use crate::kit::text::Text;
use crate::kit::views::{format_date, weekday_name};
use crate::state::AppState;

/// GET /aktionen/{slug}/aushang: a campaign's poster with its next dates.
pub async fn campaign_poster(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    use wegweiser_domain::news::ArticleKind;
    let a = state
        .db
        .public_article(ArticleKind::Campaign, &slug, state.now())
        .await?;
    let tr = &ctx.tr;
    let now = state.berlin_now();
    let mut dates = Vec::new();
    for id in &a.doc.event_ids {
        let Ok(e) = state.db.published_event(*id).await else {
            continue;
        };
        if let Some(o) = e
            .details
            .next_occurrence(now)
            .filter(|o| o.cancelled.is_none())
        {
            dates.push((o.start, e.details.title.get(tr.lang.code).to_string()));
        }
    }
    dates.sort();
    // The four soonest fit on the page; the QR code leads to all of them.
    let lines = dates
        .into_iter()
        .take(4)
        .map(|(start, title)| {
            format!(
                "{}, {}, {} – {title}",
                weekday_name(tr, start.weekday().number_from_monday()),
                format_date(tr, start.date()),
                crate::kit::dates::time(tr, start.time())
            )
        })
        .collect();
    poster(
        &state,
        &ctx,
        &a.path(),
        Text::of(&a.doc.title, tr),
        Text::of(&a.doc.summary, tr),
        lines,
        tr.t("poster-scan-campaign"),
        "news",
    )
}

/// GET /aktionen/{slug}/qr.svg
pub async fn campaign_qr(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let a = state
        .db
        .public_article(
            wegweiser_domain::news::ArticleKind::Campaign,
            &slug,
            state.now(),
        )
        .await?;
    qr_response(&format!("{}{}", state.config.public_url, a.path()))
}
