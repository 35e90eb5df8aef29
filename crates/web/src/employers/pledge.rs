//! The family-friendly pledge as awareness work: its campaign page (`/arbeitgeber/familienfreundlich`:
//! what the pledge asks, who meets it, how a company joins), the campaign's poster and flyer for
//! notice boards, and a shop-window poster for each company that meets it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::employers::{Criterion, EmployerStatus, meets_pledge};
use wegweiser_store::StoreError;

use crate::employers::views::{EmployerView, criterion_label, employer_view};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::posters::{PosterText, poster_of, qr_response};
use crate::kit::text::Text;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// The campaign page's address.
pub const CAMPAIGN: &str = "/arbeitgeber/familienfreundlich";

#[derive(Template)]
#[template(path = "employers/pledge.html")]
struct CampaignPage {
    page: PageMeta,
    criteria: Vec<String>,
    employers: Vec<EmployerView>,
}

/// The companies that meet the pledge, by name.
async fn pledged(
    state: &AppState,
    ctx: &Ctx,
) -> Result<(Vec<Criterion>, Vec<EmployerView>), WebError> {
    let pledge = state.db.pledge_criteria().await?;
    let employers = state
        .db
        .employers(EmployerStatus::Published)
        .await?
        .iter()
        .filter(|e| meets_pledge(&e.profile, &pledge))
        .map(|e| employer_view(&ctx.tr, e.id, &e.profile, &pledge))
        .collect();
    Ok((pledge, employers))
}

fn plain(text: String, ctx: &Ctx) -> Text {
    Text {
        text,
        lang: ctx.tr.lang.tag,
    }
}

/// GET /arbeitgeber/familienfreundlich
pub async fn campaign(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let (pledge, employers) = pledged(&state, &ctx).await?;
    let html = CampaignPage {
        page: PageMeta::new(
            &ctx,
            &state,
            ctx.tr.t("pledge-title"),
            &ctx.tr.t("pledge-lead"),
            "",
        ),
        criteria: pledge
            .iter()
            .map(|c| criterion_label(&ctx.tr, *c))
            .collect(),
        employers,
    }
    .render()?;
    Ok(Html(html).into_response())
}

/// GET /arbeitgeber/familienfreundlich/aushang: the campaign's poster (A4) or flyer (A6), naming
/// the companies that meet the pledge.
pub async fn campaign_poster(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, WebError> {
    let (pledge, employers) = pledged(&state, &ctx).await?;
    let tr = &ctx.tr;
    let names: Vec<String> = employers.iter().map(|e| e.name.clone()).collect();
    // What the pledge asks, then who meets it; the QR code leads to the rest.
    let mut lines: Vec<String> = pledge.iter().map(|c| criterion_label(tr, *c)).collect();
    if !names.is_empty() {
        lines.push(tr.s("pledge-poster-members", "names", &names.join(" · ")));
    }
    poster_of(
        &state,
        &ctx,
        CAMPAIGN,
        PosterText {
            kicker: Some(tr.t("pledge-poster-kicker")),
            title: plain(tr.t("pledge-title"), &ctx),
            summary: plain(tr.t("pledge-poster-summary"), &ctx),
            lines,
            call: tr.t("pledge-poster-call"),
        },
        "",
    )
}

/// GET /arbeitgeber/familienfreundlich/qr.svg
pub async fn campaign_qr(State(state): State<AppState>) -> Result<Response, WebError> {
    qr_response(&format!("{}{CAMPAIGN}", state.config.public_url))
}

/// A published company that meets the pledge; anything else has no shop-window poster.
async fn pledged_company(state: &AppState, id: i64) -> Result<(Vec<Criterion>, String), WebError> {
    let stored = match state.db.employer(id).await {
        Ok(e) => e,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let pledge = state.db.pledge_criteria().await?;
    if stored.status != EmployerStatus::Published || !meets_pledge(&stored.profile, &pledge) {
        return Err(WebError::NotFound);
    }
    Ok((pledge, stored.profile.name))
}

/// GET /arbeitgeber/{id}/aushang: "We are family-friendly" for the shop window, with what the
/// company promises.
pub async fn employer_poster(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (pledge, name) = pledged_company(&state, id).await?;
    let tr = &ctx.tr;
    poster_of(
        &state,
        &ctx,
        &format!("/arbeitgeber/{id}"),
        PosterText {
            kicker: Some(tr.t("pledge-shop-kicker")),
            title: plain(name.clone(), &ctx),
            summary: plain(tr.t("pledge-shop-summary"), &ctx),
            lines: pledge.iter().map(|c| criterion_label(tr, *c)).collect(),
            call: tr.s("pledge-shop-call", "name", &name),
        },
        "",
    )
}

/// GET /arbeitgeber/{id}/qr.svg
pub async fn employer_qr(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    pledged_company(&state, id).await?;
    qr_response(&format!("{}/arbeitgeber/{id}", state.config.public_url))
}
