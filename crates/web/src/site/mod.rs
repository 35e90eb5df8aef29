//! The site as a whole: home and emergency pages, search-engine files, operations endpoints,
//! static assets, the mail worker and the housekeeping job that runs each area's purge.

pub mod assets;
pub mod cidr;
pub mod home;
pub mod housekeeping;
pub mod mailer;
pub mod ops;
pub mod seo;

use axum::Router;
use axum::routing::get;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/notfall", get(home::emergency))
        .route("/sitemap.xml", get(seo::sitemap))
        .route("/robots.txt", get(seo::robots))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/static/{*path}", get(assets::static_file))
        .route("/favicon.ico", get(assets::favicon))
}
