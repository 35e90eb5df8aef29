//! Posters and flyers for notice boards in the Kita, the Jobcenter or the family centre: for a
//! chain, an event or an offer, A4 (`?format=a4`, the default) or A6, with the essentials and a QR
//! code drawn by the server.

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::text::Text;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// The SVG QR code of a public address.
pub fn qr_response(url: &str) -> Result<Response, WebError> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(WebError::internal)?;
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
#[template(path = "kit/poster.html")]
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
    /// The line above the title; the parents' question when `None`.
    pub kicker: Option<String>,
}

/// What a poster says, beyond its address.
pub struct PosterText {
    /// The line above the title; the parents' question ("Alleinerziehend in Lichtenberg?") when
    /// `None`.
    pub kicker: Option<String>,
    pub title: Text,
    pub summary: Text,
    pub lines: Vec<String>,
    pub call: String,
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
    poster_of(
        state,
        ctx,
        path,
        PosterText {
            kicker: None,
            title,
            summary,
            lines,
            call,
        },
        nav,
    )
}

/// A poster for `path` with its own kicker line.
pub fn poster_of(
    state: &AppState,
    ctx: &Ctx,
    path: &str,
    text: PosterText,
    nav: &'static str,
) -> Result<Response, WebError> {
    let PosterText {
        kicker,
        title,
        summary,
        lines,
        call,
    } = text;
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
        kicker,
    };
    crate::kit::page::html(&page)
}
