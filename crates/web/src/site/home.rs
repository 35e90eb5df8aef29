//! The home page and the emergency page.

use askama::Template;
use axum::extract::State;

use crate::directory::pages::{PageResult, Tile, all_query, category_tiles, index, ortsteil_tiles};
use crate::kit::ctx::Ctx;
use crate::kit::page::html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "site/home.html")]
struct HomePage {
    page: PageMeta,
    categories: Vec<Tile>,
    ortsteile: Vec<Tile>,
    total: usize,
    chains: Vec<crate::chains::pages::ChainTile>,
    events: Vec<crate::events::pages::ComingUp>,
    news: Vec<crate::news::pages::ArticleCard>,
}

pub async fn home(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
) -> PageResult {
    let idx = index(&state).await?;
    let chains = crate::chains::pages::chain_tiles(&state, &ctx.tr, &headers).await?;
    let events = crate::events::pages::coming_up(&state, &ctx.tr, 4).await?;
    let news = crate::news::pages::latest(&state, &ctx.tr, 2).await?;
    let cats = state.current_categories().await;
    let res = idx.search(&all_query(), state.berlin_now());
    html(&HomePage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("home-title"), "", "home"),
        categories: category_tiles(&ctx.tr, &cats, &res),
        ortsteile: ortsteil_tiles(&ctx.tr, &res),
        total: res.total,
        chains,
        events,
        news,
    })
}

#[derive(Template)]
#[template(path = "site/emergency.html")]
struct EmergencyPage {
    page: PageMeta,
}

pub async fn emergency(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    html(&EmergencyPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("emergency-title"), "", "emergency"),
    })
}
