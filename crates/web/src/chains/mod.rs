//! Service chains: the life situations for parents (list, chain, progress, checklist, poster) and
//! the coordinator's chain editor.

pub mod editor;
pub mod pages;

use axum::Router;
use axum::routing::{get, post};

use wegweiser_domain::accounts::{Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/wege", get(pages::list))
        .route("/wege/{slug}", get(pages::show))
        .route("/wege/{slug}/fortschritt", post(pages::update))
        .route("/wege/{slug}/drucken", get(pages::print))
        .route("/wege/{slug}/qr.svg", get(pages::qr))
        .route("/wege/{slug}/aushang", get(pages::poster))
        .route("/verwaltung/wege", get(editor::list).post(editor::create))
        .route(
            "/verwaltung/wege/{id}",
            get(editor::edit).post(editor::save),
        )
        .route(
            "/verwaltung/wege/{id}/verschieben",
            post(editor::move_chain),
        )
        .route("/verwaltung/wege/{id}/status", post(editor::set_status))
        .route("/verwaltung/wege/{id}/vorschau", get(editor::preview))
        .route("/verwaltung/wege/{id}/schritte", post(editor::steps))
        .route(
            "/verwaltung/wege/{id}/schritte/{key}",
            get(editor::step_form).post(editor::save_step),
        )
}

/// The back office's tile: the chain editor, the coordinator's alone.
pub fn dashboard_tile(ctx: &Ctx, me: &Account) -> DashboardTile {
    let mut links = vec![];
    if me.role == Role::Coordinator {
        links.push(Link {
            url: "/verwaltung/wege".into(),
            label: ctx.tr.t("chains-admin-title"),
        });
    }
    DashboardTile {
        links,
        html: String::new(),
    }
}
