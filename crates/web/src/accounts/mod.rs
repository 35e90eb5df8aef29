//! Accounts: sessions, sign-in and CSRF checks, invitations and passwords, a person's own account.

pub mod account;
pub mod invite;
pub mod session;
pub mod signup;

use axum::Router;
use axum::routing::{get, post};

use wegweiser_domain::accounts::{Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/anmelden", get(session::login_form).post(session::login))
        .route("/abmelden", post(session::logout))
        .route("/registrieren", get(signup::form).post(signup::sign_up))
        .route("/konto/bestaetigen", post(signup::resend))
        .route(
            "/konto/bestaetigen/{token}",
            get(signup::confirm_form).post(signup::confirm),
        )
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

/// The back office's tile: the own account, and for the coordinator the invitation form.
pub fn dashboard_tile(ctx: &Ctx, me: &Account) -> DashboardTile {
    let mut links = vec![Link {
        url: "/konto".into(),
        label: ctx.tr.t("account-title"),
    }];
    if me.role == Role::Coordinator {
        links.push(Link {
            url: "/verwaltung/einladen".into(),
            label: ctx.tr.t("admin-invite-link"),
        });
    }
    DashboardTile {
        links,
        html: String::new(),
    }
}
