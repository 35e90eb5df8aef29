//! Events: the calendar, event pages, registration with a waiting list, iCalendar and Atom feeds,
//! posters, and the event editor for providers and the coordinator.

pub mod editor;
pub mod pages;
pub mod posters;
pub mod review;

use axum::Router;
use axum::routing::{get, post};

use askama::Template;
use wegweiser_domain::accounts::{Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
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
        .route("/verwaltung/termine/pruefen", get(review::reviews))
        .route(
            "/verwaltung/termine/pruefen/{id}",
            get(review::review).post(review::decide),
        )
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

/// The back office's tile: the event editor (providers add their own events) and, for the
/// coordinator, the changes of providers waiting for review.
pub async fn dashboard_tile(
    state: &AppState,
    ctx: &Ctx,
    me: &Account,
) -> Result<DashboardTile, WebError> {
    let mut links = vec![Link {
        url: "/verwaltung/termine".into(),
        label: ctx.tr.t("events-admin-title"),
    }];
    let mut html = String::new();
    if me.role == Role::Coordinator {
        links.push(Link {
            url: "/verwaltung/termine/pruefen".into(),
            label: ctx.tr.t("event-reviews-title"),
        });
        let waiting = state.db.pending_event_revisions().await?.len();
        if waiting > 0 {
            html = EventsTile {
                waiting: ctx.tr.n("event-reviews-waiting", "count", waiting),
            }
            .render()?;
        }
    }
    Ok(DashboardTile { links, html })
}

#[derive(Template)]
#[template(path = "events/tile.html")]
struct EventsTile {
    waiting: String,
}
