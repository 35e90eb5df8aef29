//! News, campaigns and the newsletter: articles with images, campaign pages and posters, the Atom
//! feed of news, the newsletter with double opt-in, and their editors.

pub mod editor;
pub mod newsletter;
pub mod pages;
pub mod posters;
pub mod tile;

use axum::Router;
use axum::routing::get;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/aktuelles", get(pages::list))
        .route("/aktuelles.atom", get(pages::atom))
        .route("/aktuelles/{slug}", get(pages::article))
        .route("/aktionen/{slug}", get(pages::campaign))
        .route("/aktionen/{slug}/aushang", get(posters::campaign_poster))
        .route("/aktionen/{slug}/qr.svg", get(posters::campaign_qr))
        .route("/medien/{id}", get(pages::media))
        .route(
            "/newsletter",
            get(newsletter::form).post(newsletter::subscribe),
        )
        .route(
            "/newsletter/bestaetigen/{token}",
            get(newsletter::confirm_form).post(newsletter::confirm),
        )
        .route(
            "/newsletter/abmelden/{token}",
            get(newsletter::leave_form).post(newsletter::leave),
        )
        .route(
            "/verwaltung/beitraege",
            get(editor::list).post(editor::create),
        )
        .route("/verwaltung/beitraege/neu", get(editor::new_form))
        .route("/verwaltung/beitraege/{id}/vorschau", get(pages::preview))
        .route(
            "/verwaltung/beitraege/{id}",
            get(editor::edit_form).post(editor::update),
        )
        .route(
            "/verwaltung/newsletter",
            get(newsletter::admin_list).post(newsletter::create),
        )
        .route(
            "/verwaltung/newsletter/{id}",
            get(newsletter::edit).post(newsletter::save),
        )
}

/// Housekeeping: a newsletter address nobody confirmed is deleted after a week.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    let cutoff = state.now() - chrono::Duration::days(wegweiser_domain::news::CONFIRM_WITHIN_DAYS);
    let addresses = state.db.purge_unconfirmed(cutoff).await?;
    // Images of article forms that were never saved: kept for a day, for a second attempt.
    let uploads = state
        .db
        .purge_unused_media(state.now() - chrono::Duration::days(1))
        .await?;
    Ok(addresses + uploads)
}
