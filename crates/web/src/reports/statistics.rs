//! `/statistik`: the public figures of the last twelve months: the needs radar (every count from
//! people suppressed below 5, with its secondary suppression), the use of the site, the office's
//! answers ("you asked, we did") and the directory's size. Searches are listed only when at least
//! five people made them.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::PageMeta;
use crate::needs::figures::{Period, Radar};
use crate::needs::report::{Answered, answered};
use crate::needs::views::RadarView;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "reports/statistics.html")]
struct StatisticsPage {
    page: PageMeta,
    radar: RadarView,
    answers: Vec<Answered>,
}

/// How long one rendering of the statistics is served.
const FRESH_FOR: chrono::Duration = chrono::Duration::minutes(5);

/// GET /statistik
pub async fn statistics(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let mut cache = state.statistics.lock().await;
    // Only the plain page is shared; with other parameters it is made for this request alone.
    if !ctx.query_without_lang.is_empty() {
        return Ok(Html(render(&state, &ctx).await?).into_response());
    }
    let now = state.now();
    if let Some((made, html)) = cache.get(ctx.tr.lang.code)
        && now - *made < FRESH_FOR
        && now >= *made
    {
        return Ok(Html(html.clone()).into_response());
    }
    let html = render(&state, &ctx).await?;
    cache.insert(ctx.tr.lang.code.to_string(), (now, html.clone()));
    Ok(Html(html).into_response())
}

async fn render(state: &AppState, ctx: &Ctx) -> Result<String, WebError> {
    let period = Period::default_for(state.berlin_now().date());
    let radar = Radar::build(state, &ctx.tr, period).await?;
    let mut view = RadarView::new(&ctx.tr, &radar);
    let hidden = ctx.tr.t("needs-hidden");
    view.misses.retain(|(_, n)| *n != hidden);
    let html = StatisticsPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.t("stats-title"),
            &ctx.tr.t("stats-lead"),
            "",
        ),
        radar: view,
        answers: answered(state, ctx).await?,
    }
    .render()?;
    Ok(html)
}
