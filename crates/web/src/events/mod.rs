//! Events: the calendar, event pages, registration with a waiting list, iCalendar and Atom feeds,
//! posters, and the event editor for providers and the coordinator.

pub mod editor;
pub mod pages;
pub mod posters;

use axum::Router;
use axum::routing::{get, post};

use crate::kit::ctx::Ctx;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/veranstaltungen", get(pages::calendar))
        .route("/veranstaltungen.ics", get(pages::feed))
        .route("/veranstaltungen.atom", get(pages::atom))
        .route("/veranstaltungen/{id}", get(pages::event))
        .route("/veranstaltungen/{id}/kalender.ics", get(pages::event_ics))
        .route("/veranstaltungen/{id}/anmelden", post(pages::register))
        .route("/veranstaltungen/{id}/aushang", get(posters::event_poster))
        .route("/veranstaltungen/{id}/qr.svg", get(posters::event_qr))
        .route(
            "/anmeldung/{token}",
            get(pages::registration).post(pages::cancel_registration),
        )
        .route(
            "/verwaltung/termine",
            get(editor::list).post(editor::create),
        )
        .route("/verwaltung/termine/neu", get(editor::new_form))
        .route(
            "/verwaltung/termine/{id}",
            get(editor::edit_form).post(editor::update),
        )
}

/// Housekeeping: names and addresses of event registrations are kept 30 days after the date, no
/// longer.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    let cutoff = state.berlin_now().date() - chrono::Duration::days(30);
    state.db.purge_registrations(cutoff).await
}

/// The back office's tile: the event editor (providers add their own events).
pub fn dashboard_tile(ctx: &Ctx) -> DashboardTile {
    DashboardTile {
        links: vec![Link {
            url: "/verwaltung/termine".into(),
            label: ctx.tr.t("events-admin-title"),
        }],
        html: String::new(),
    }
}
