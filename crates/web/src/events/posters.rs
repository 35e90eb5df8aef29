//! An event's poster and flyer, and its QR code.

use axum::extract::{Path, State};
use axum::response::Response;
use chrono::Datelike;

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::posters::{poster, qr_response};
use crate::kit::text::Text;
use crate::kit::views::{format_date, weekday_name};
use crate::state::AppState;

/// GET /veranstaltungen/{id}/aushang
pub async fn event_poster(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let e = state.db.published_event(id).await?;
    let tr = &ctx.tr;
    let d = &e.details;
    let now = state.berlin_now();
    let mut lines = Vec::new();
    let when = match crate::events::pages::recurrence_text(tr, d) {
        Some(r) => r,
        None => {
            let o = d.next_occurrence(now).map_or(d.starts, |o| o.start);
            format!(
                "{}, {}, {}",
                weekday_name(tr, o.weekday().number_from_monday()),
                format_date(tr, o.date()),
                crate::kit::dates::time(tr, o.time())
            )
        }
    };
    lines.push(when);
    if let Some(p) = &d.place {
        lines.push(format!("{}, {}, {} Berlin", p.name, p.street, p.postcode));
    }
    let mut facts = vec![crate::kit::views::cost_label(tr, d.cost)];
    if d.childcare {
        facts.push(tr.t("badge-childcare"));
    }
    lines.push(facts.join(" · "));
    poster(
        &state,
        &ctx,
        &format!("/veranstaltungen/{id}"),
        Text::of(&d.title, tr),
        Text::of(&d.description, tr),
        lines,
        tr.t("poster-scan-event"),
        "events",
    )
}

/// GET /veranstaltungen/{id}/qr.svg
pub async fn event_qr(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    state.db.published_event(id).await?;
    qr_response(&format!("{}/veranstaltungen/{id}", state.config.public_url))
}
