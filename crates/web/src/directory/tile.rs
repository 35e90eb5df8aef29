//! The directory's tile on the back office's start page: its editors, the reported mistakes and
//! the entries overdue for confirmation (the coordinator sees all, a provider editor its own).

use askama::Template;
use wegweiser_domain::accounts::{Account, Role};

use crate::directory::freshness::{OverdueGroup, overdue};
use crate::directory::mistakes::{MistakeRow, open_for};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::i18n::Tr;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "directory/tile.html")]
struct DirectoryTile<'a> {
    tr: &'a Tr,
    csrf: &'a str,
    mistakes: Vec<MistakeRow>,
    overdue: Vec<OverdueGroup>,
}

pub async fn dashboard_tile(
    state: &AppState,
    ctx: &Ctx,
    me: &Account,
    csrf: &str,
) -> Result<DashboardTile, WebError> {
    let tr = &ctx.tr;
    let link = |url: &str, key: &str| Link {
        url: url.into(),
        label: tr.t(key),
    };
    let mut links = vec![link("/verwaltung/angebote", "offers-admin-title")];
    let own = if me.role == Role::Coordinator {
        links.extend([
            link("/verwaltung/pruefen", "reviews-title"),
            link("/verwaltung/traeger", "orgs-title"),
            link("/verwaltung/kategorien", "categories-admin-title"),
            link("/verwaltung/synonyme", "synonyms-title"),
            link("/verwaltung/uebersetzungen", "translations-title"),
        ]);
        None
    } else {
        Some(state.db.editor_organizations(me.id).await?)
    };
    let html = DirectoryTile {
        tr,
        csrf,
        mistakes: open_for(state, own.as_deref()).await?,
        overdue: overdue(state, tr, own.as_deref()).await?,
    }
    .render()?;
    Ok(DashboardTile { links, html })
}
