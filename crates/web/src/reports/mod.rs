//! Interest representation (the office's ninth task): the report builder for the district
//! assembly and the Senate (`builder.rs`) and the public statistics (`statistics.rs`), both drawn
//! from the needs radar's figures with the same small-count suppression.

pub mod builder;
pub mod statistics;

use axum::Router;
use axum::routing::get;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/statistik", get(statistics::statistics))
        .route("/verwaltung/berichte", get(builder::form))
        .route("/verwaltung/berichte/druck", get(builder::document))
        .route(
            "/verwaltung/berichte/tabelle/{file}",
            get(builder::table_csv),
        )
}
