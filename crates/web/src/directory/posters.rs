//! An offer's poster and flyer, and its QR code.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::posters::{poster, qr_response};
use crate::kit::text::Text;
use crate::state::AppState;

async fn listed_offer(
    state: &AppState,
    raw: &str,
) -> Result<std::sync::Arc<wegweiser_domain::directory::Offer>, WebError> {
    let id: i64 = raw.parse().map_err(|_| WebError::NotFound)?;
    let index = state.current_index().await.ok_or(WebError::Unavailable)?;
    index
        .listed_offers(&[id], state.berlin_now())
        .into_iter()
        .next()
        .ok_or(WebError::NotFound)
}

/// GET /angebote/{id}/aushang
pub async fn offer_poster(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = listed_offer(&state, &id).await?;
    let tr = &ctx.tr;
    let mut lines = vec![o.organization.name.clone()];
    if let Some(a) = o.locations.iter().find_map(|l| l.address.as_ref()) {
        lines.push(format!("{}, {} {}", a.street, a.postcode, a.city));
    }
    if let Some(p) = &o.phone {
        let phone = crate::kit::views::Phone::new(p);
        lines.push(format!("{}: {}", tr.t("label-phone"), phone.display));
    }
    let hours = crate::kit::views::short_hours(tr, &o);
    if !hours.is_empty() {
        lines.push(hours);
    }
    lines.push(crate::kit::views::cost_label(tr, o.cost));
    poster(
        &state,
        &ctx,
        &format!("/angebote/{}", o.id),
        Text::of(&o.name, tr),
        Text::of(&o.summary, tr),
        lines,
        tr.t("poster-scan-offer"),
        "search",
    )
}

/// GET /angebote/{id}/qr.svg
pub async fn offer_qr(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = listed_offer(&state, &id).await?;
    qr_response(&format!("{}/angebote/{}", state.config.public_url, o.id))
}
