//! The needs radar (the office's seventh task: develop offers where needs are unmet): the
//! anonymous needs form (`report.rs`), the figures of a period with their suppression
//! (`figures.rs`, drawn by `views.rs`), the radar for the coordinator and the AG (`radar.rs`),
//! and the coordinator's needs, answers, links and council papers (`manage.rs`).

pub mod figures;
pub mod manage;
pub mod radar;
pub mod report;
pub mod views;

use axum::Router;
use axum::routing::{get, post};

use wegweiser_domain::accounts::{Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/bedarf", get(report::form).post(report::submit))
        .route("/verwaltung/bedarf", get(radar::radar))
        .route("/verwaltung/bedarf/neu", post(manage::create))
        .route(
            "/verwaltung/bedarf/haushalte",
            get(manage::households).post(manage::save_households),
        )
        .route("/verwaltung/bedarf/meldungen/{id}", post(manage::tag))
        .route(
            "/verwaltung/bedarf/{id}",
            get(manage::show).post(manage::edit),
        )
        .route("/verwaltung/bedarf/{id}/verknuepfen", post(manage::link))
        .route(
            "/verwaltung/bedarf/{id}/zusammenfuehren",
            post(manage::merge),
        )
        .route(
            "/verwaltung/drucksachen",
            get(manage::papers).post(manage::save_paper),
        )
}

/// Housekeeping: old reports' free text, and counts past their retention.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    state.db.purge_needs(state.berlin_now().date()).await
}

/// The radar's tile: for the coordinator with the reports waiting to be grouped; for AG members
/// the radar itself.
pub async fn dashboard_tile(
    state: &AppState,
    ctx: &Ctx,
    me: &Account,
) -> Result<DashboardTile, WebError> {
    if !radar::READERS.contains(&me.role) {
        return Ok(DashboardTile {
            links: vec![],
            html: String::new(),
        });
    }
    let mut links = vec![Link {
        url: "/verwaltung/bedarf".into(),
        label: ctx.tr.t("needs-tile"),
    }];
    if me.role == Role::Coordinator {
        let waiting = state.db.untagged_reports(200).await?.len();
        if waiting > 0 {
            links.push(Link {
                url: "/verwaltung/bedarf#meldungen".into(),
                label: ctx.tr.n("needs-tile-waiting", "count", waiting),
            });
        }
        links.push(Link {
            url: "/verwaltung/berichte".into(),
            label: ctx.tr.t("reports-builder-title"),
        });
    }
    Ok(DashboardTile {
        links,
        html: String::new(),
    })
}
