//! The network of offices (the office's eighth task: the hub between parents and the offices):
//! internal contact persons of the directory's institutions for the coordinator and the AG
//! (`contacts.rs`), and referral slips a parent takes along (`slips.rs`).

pub mod contacts;
pub mod slips;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/ag/netzwerk", get(contacts::list).post(contacts::add))
        .route("/ag/netzwerk/{id}/loeschen", post(contacts::delete))
        .route("/ag/laufzettel", get(slips::form).post(slips::create))
        .route("/laufzettel/{token}", get(slips::show))
        .route("/laufzettel/{token}/qr.svg", get(slips::qr))
}

/// Housekeeping: referral slips past their expiry.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    state.db.purge_slips(state.now()).await
}
