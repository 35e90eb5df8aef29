//! Posters and flyers for notice boards in the Kita, the Jobcenter or the family centre: for a
//! chain, an event or an offer, A4 (`?format=a4`, the default) or A6, with the essentials and a QR
//! code drawn by the server.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use chrono::Datelike;

use crate::AppState;
use crate::chains::Text;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::views::{PageMeta, format_date, weekday_name};

/// The SVG QR code of a public address.
pub fn qr_response(url: &str) -> Result<Response, WebError> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        svg,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "poster.html")]
pub struct PosterPage {
    pub page: PageMeta,
    pub back_url: String,
    pub other_format_url: String,
    pub other_format_label: String,
    pub title: Text,
    pub summary: Text,
    pub lines: Vec<String>,
    pub qr_src: String,
    pub call: String,
    pub url: String,
    pub a6: bool,
}

/// A poster for `path` (the public page), in the format the address asks for.
#[allow(clippy::too_many_arguments)]
pub fn poster(
    state: &AppState,
    ctx: &Ctx,
    path: &str,
    title: Text,
    summary: Text,
    lines: Vec<String>,
    call: String,
    nav: &'static str,
) -> Result<Response, WebError> {
    let a6 = ctx
        .query_without_lang
        .iter()
        .any(|(k, v)| k == "format" && v == "a6");
    let page = PosterPage {
        page: PageMeta::new(ctx, state, title.text.clone(), "", nav),
        back_url: path.to_string(),
        other_format_url: format!(
            "{path}/aushang?format={}&lang={}",
            if a6 { "a4" } else { "a6" },
            ctx.lang.code
        ),
        other_format_label: ctx.tr.t(if a6 { "poster-a4" } else { "poster-a6" }),
        title,
        summary,
        lines,
        qr_src: format!("{path}/qr.svg"),
        call,
        url: format!("{}{path}", state.config.public_url),
        a6,
    };
    page.render()
        .map(|s| Html(s).into_response())
        .map_err(|e| WebError::Internal(e.to_string()))
}

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
    let when = match crate::events::recurrence_text(tr, d) {
        Some(r) => r,
        None => {
            let o = d.next_occurrence(now).map_or(d.starts, |o| o.start);
            format!(
                "{}, {}, {}",
                weekday_name(tr, o.weekday().number_from_monday()),
                format_date(tr, o.date()),
                o.format("%H:%M")
            )
        }
    };
    lines.push(when);
    if let Some(p) = &d.place {
        lines.push(format!("{}, {}, {} Berlin", p.name, p.street, p.postcode));
    }
    let mut facts = vec![crate::views::cost_label(tr, d.cost)];
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
        lines.push(format!("{}: {p}", tr.t("label-phone")));
    }
    let hours = crate::chains::short_hours(tr, &o);
    if !hours.is_empty() {
        lines.push(hours);
    }
    lines.push(crate::views::cost_label(tr, o.cost));
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
                start.format("%H:%M")
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
