//! The benefits check: answers by POST, never stored or logged.

pub mod check;

use axum::Router;
use axum::routing::get;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/leistungs-check", get(check::form).post(check::submit))
}
