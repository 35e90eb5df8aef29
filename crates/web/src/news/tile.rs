//! The news area's tile on the back office's start page: articles, the newsletter, and a reminder
//! when this month's issue is still to be sent.

use askama::Template;
use chrono::{Datelike, Utc};
use wegweiser_domain::accounts::{Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "news/tile.html")]
struct NewsTile {
    newsletter_due: Option<String>,
}

/// "No issue sent this month yet" (with the number of readers), once there are readers.
async fn newsletter_due(state: &AppState, ctx: &Ctx) -> Result<Option<String>, WebError> {
    let (confirmed, _) = state.db.subscriber_counts().await?;
    let this_month = |t: chrono::DateTime<Utc>| {
        let local = wegweiser_domain::time::berlin_local(t);
        let now = state.berlin_now();
        (local.year(), local.month()) == (now.year(), now.month())
    };
    let sent = state.db.last_issue_sent().await?.is_some_and(this_month);
    Ok((confirmed > 0 && !sent).then(|| {
        ctx.tr.n(
            "newsletter-due",
            "count",
            usize::try_from(confirmed).unwrap_or(0),
        )
    }))
}

/// Articles and the newsletter are the coordinator's.
pub async fn dashboard_tile(
    state: &AppState,
    ctx: &Ctx,
    me: &Account,
) -> Result<DashboardTile, WebError> {
    if me.role != Role::Coordinator {
        return Ok(DashboardTile {
            links: vec![],
            html: String::new(),
        });
    }
    let links = vec![
        Link {
            url: "/verwaltung/beitraege".into(),
            label: ctx.tr.t("articles-admin-title"),
        },
        Link {
            url: "/verwaltung/newsletter".into(),
            label: ctx.tr.t("newsletter-admin-title"),
        },
    ];
    let html = NewsTile {
        newsletter_due: newsletter_due(state, ctx).await?,
    }
    .render()?;
    Ok(DashboardTile { links, html })
}
