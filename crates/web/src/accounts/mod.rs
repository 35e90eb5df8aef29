//! Accounts: sessions, sign-in and CSRF checks, invitations and passwords, a person's own account.

pub mod account;
pub mod invite;
pub mod session;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/anmelden", get(session::login_form).post(session::login))
        .route("/abmelden", post(session::logout))
        .route("/konto", get(account::show))
        .route("/konto/daten", get(account::export))
        .route("/konto/loeschen", post(account::delete))
        .route(
            "/passwort-vergessen",
            get(invite::forgot_form).post(invite::forgot),
        )
        .route(
            "/verwaltung/einladen",
            get(invite::invite_form).post(invite::invite),
        )
        .route(
            "/passwort/{token}",
            get(invite::password_form).post(invite::set_password),
        )
}

/// Housekeeping: expired sessions and links hold nothing anyone needs.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    state.db.purge_expired(state.now()).await
}
