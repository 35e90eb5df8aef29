//! The site as a whole: home and emergency pages, the office's own pages (about, Impressum,
//! privacy, accessibility), search-engine files, operations endpoints,
//! static assets, the mail worker and the housekeeping job that runs each area's purge.

pub mod assets;
pub mod cidr;
pub mod headers;
pub mod home;
pub mod housekeeping;
pub mod mailer;
pub mod ops;
pub mod pages;
pub mod seo;

use axum::Router;
use axum::routing::get;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/notfall", get(home::emergency))
        .route("/ueber-uns", get(pages::about))
        .route("/impressum", get(pages::impressum))
        .route("/datenschutz", get(pages::privacy))
        .route("/barrierefreiheit", get(pages::accessibility))
        .route("/verwaltung/seiten", get(pages::admin_list))
        .route(
            "/verwaltung/seiten/{slug}",
            get(pages::edit).post(pages::save),
        )
        .route("/sitemap.xml", get(seo::sitemap))
        .route("/robots.txt", get(seo::robots))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/static/{*path}", get(assets::static_file))
        .route("/favicon.ico", get(assets::favicon))
}
