//! The back office's own pages: the dashboard, which collects a tile from each area, and the audit
//! log.

pub mod audit;
pub mod dashboard;
pub mod translations;

use axum::Router;
use axum::routing::get;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/verwaltung", get(dashboard::admin_home))
        .route("/verwaltung/protokoll", get(audit::audit))
        .route("/verwaltung/uebersetzungen", get(translations::overview))
}
