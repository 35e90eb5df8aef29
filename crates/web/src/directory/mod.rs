//! The directory: search, offers, organisations, Ortsteile and categories, the JSON API, reports of
//! mistakes, the freshness cycle, and the back office's offer editor with its review.

pub mod api;
pub mod editor;
pub mod freshness;
pub mod mistakes;
pub mod pages;
pub mod posters;
pub mod tile;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/angebote", get(pages::search))
        .route("/angebote/{id}", get(pages::offer))
        .route("/angebote/{id}/druck", get(pages::offer_print))
        .route("/angebote/{id}/aushang", get(posters::offer_poster))
        .route("/angebote/{id}/qr.svg", get(posters::offer_qr))
        .route(
            "/angebote/{id}/fehler",
            get(mistakes::form).post(mistakes::submit),
        )
        .route("/verwaltung/meldungen/{id}/erledigt", post(mistakes::close))
        .route("/traeger/{id}", get(pages::organization))
        .route("/ortsteile", get(pages::ortsteile))
        .route("/ortsteile/{slug}", get(pages::ortsteil))
        .route("/kategorien", get(pages::categories))
        .route("/kategorien/{slug}", get(pages::category))
        .route("/api/v1/offers", get(api::offers))
        .route("/api/v1/offers/{id}", get(api::offer))
        .route("/api/v1/categories", get(api::categories))
        .route("/api/v1/ortsteile", get(api::ortsteile))
        .route(
            "/verwaltung/angebote",
            get(editor::offers).post(editor::create),
        )
        .route("/verwaltung/angebote/{id}/status", post(editor::set_status))
        .route(
            "/verwaltung/angebote/{id}",
            get(editor::edit_form).post(editor::save),
        )
        .route(
            "/verwaltung/angebote/{id}/bestaetigen",
            post(freshness::confirm_signed_in),
        )
        .route(
            "/bestaetigen/{token}",
            get(freshness::confirm_form).post(freshness::confirm),
        )
        .route(
            "/verwaltung/synonyme",
            get(editor::synonyms).post(editor::save_synonyms),
        )
        .route(
            "/verwaltung/traeger",
            get(editor::organizations).post(editor::create_organization),
        )
        .route(
            "/verwaltung/traeger/{id}",
            get(editor::organization_form).post(editor::save_organization),
        )
        .route(
            "/verwaltung/kategorien",
            get(editor::categories).post(editor::create_category),
        )
        .route(
            "/verwaltung/kategorien/{id}",
            get(editor::category_form).post(editor::save_category),
        )
        .route(
            "/verwaltung/traeger/{id}/orte",
            get(editor::new_location).post(editor::create_location),
        )
        .route(
            "/verwaltung/orte/{id}",
            get(editor::location_form).post(editor::save_location),
        )
        .route("/verwaltung/pruefen", get(editor::reviews))
        .route(
            "/verwaltung/pruefen/{id}",
            get(editor::review).post(editor::decide),
        )
}
