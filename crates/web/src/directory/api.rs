//! The JSON API (`/api/v1`): the same search as the pages, for apps and partners.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::json;
use wegweiser_domain::directory::Offer;
use wegweiser_domain::geo;
use wegweiser_search::Facets;

use crate::directory::pages::error_message;
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::state::AppState;

#[derive(Serialize)]
struct OfferJson<'a> {
    #[serde(flatten)]
    offer: &'a Offer,
    url: String,
    open_now: bool,
    wheelchair_access: bool,
    temporarily_closed: bool,
    ortsteile: Vec<&'a str>,
    /// Kilometres from the query's place (`near`) to the nearest location.
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_km: Option<f64>,
}

impl<'a> OfferJson<'a> {
    fn new(offer: &'a Offer, now: chrono::NaiveDateTime) -> Self {
        OfferJson {
            url: format!("/angebote/{}", offer.id),
            open_now: offer.is_open_at(now),
            wheelchair_access: offer.wheelchair_access(),
            temporarily_closed: offer.is_temporarily_closed(),
            ortsteile: offer.ortsteile(),
            distance_km: None,
            offer,
        }
    }
}

#[derive(Serialize)]
struct OfferList<'a> {
    total: usize,
    page: u32,
    per_page: u32,
    items: Vec<OfferJson<'a>>,
    facets: &'a Facets,
    /// No offer had every word; these have some of them.
    relaxed: bool,
    /// A spelling that the directory knows, when the query found little.
    suggestion: Option<&'a str>,
}

pub async fn offers(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let idx = state.current_index().await.ok_or(WebError::Unavailable)?;
    let cats = state.current_categories().await;
    let known: Vec<&str> = cats.iter().map(|c| c.slug.as_str()).collect();
    let query = match ctx.offer_query().validate(&known) {
        Ok(q) => q,
        Err(errs) => {
            let list: Vec<_> = errs
                .iter()
                .map(|e| json!({ "field": e.field(), "detail": e, "message": error_message(&ctx.tr, e) }))
                .collect();
            let body = json!({ "error": {
                "status": 400,
                "code": "invalid_query",
                "message": ctx.tr.t("error-400-title"),
                "errors": list,
            }});
            return Ok(rendered(
                (StatusCode::BAD_REQUEST, Json(body)).into_response(),
            ));
        }
    };
    let now = state.berlin_now();
    let res = idx.search(&query, now);
    if (res.total == 0 || res.relaxed) && !query.text.is_empty() && query.page == 1 {
        state.record_search_miss(&query);
    }
    // The index follows the store within a second; a place made confidential meanwhile is
    // already hidden by the store, so the answer asks it before showing any address.
    let location_ids: Vec<i64> = res
        .hits
        .iter()
        .flat_map(|o| o.locations.iter().filter(|l| !l.confidential).map(|l| l.id))
        .collect();
    let hidden = state.db.confidential_among(&location_ids).await?;
    let hits: Vec<std::sync::Arc<Offer>> = res
        .hits
        .iter()
        .map(|o| {
            if o.locations.iter().any(|l| hidden.contains(&l.id)) {
                let mut fresh = Offer::clone(o);
                for l in &mut fresh.locations {
                    if hidden.contains(&l.id) {
                        l.confidential = true;
                        *l = l.clone().redacted();
                    }
                }
                std::sync::Arc::new(fresh)
            } else {
                o.clone()
            }
        })
        .collect();
    let items = hits
        .iter()
        .zip(&res.distances)
        .map(|(o, d)| OfferJson {
            distance_km: d.map(|km| (km * 100.0).round() / 100.0),
            ..OfferJson::new(o, now)
        })
        .collect();
    Ok(Json(OfferList {
        total: res.total,
        page: query.page,
        per_page: query.per_page,
        items,
        facets: &res.facets,
        relaxed: res.relaxed,
        suggestion: res.suggestion.as_deref(),
    })
    .into_response())
}

pub async fn offer(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = id.parse::<i64>().map_err(|_| WebError::NotFound)?;
    let offer = state.db.published_offer(id).await?;
    let now = state.berlin_now();
    if !offer.is_listed(now.date()) {
        return Err(WebError::NotFound);
    }
    Ok(Json(OfferJson::new(&offer, now)).into_response())
}

pub async fn categories(State(state): State<AppState>) -> Response {
    Json(state.current_categories().await.as_ref().clone()).into_response()
}

pub async fn ortsteile() -> Response {
    let list: Vec<_> = geo::ortsteile()
        .iter()
        .map(|o| {
            json!({ "slug": o.slug, "name": o.name, "number": o.number, "postcodes": o.postcodes,
                         "label_point": { "lat": o.label.lat, "lon": o.label.lon } })
        })
        .collect();
    Json(list).into_response()
}
