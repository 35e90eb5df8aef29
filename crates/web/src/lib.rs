//! The web layer: one folder per office task (its pages, editors and `routes()`), the page kit they
//! share, the state, and the router that merges the areas' routes. It calls the store and the search
//! index; it never writes SQL.

mod accounts;
mod ag;
mod backoffice;
mod benefits;
mod chains;
mod directory;
mod employers;
mod events;
pub mod kit;
mod needs;
mod network;
mod news;
mod peers;
mod reports;
pub mod site;
mod state;

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::middleware;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use kit::i18n;
pub use site::cidr::Cidr;
pub use site::{housekeeping, mailer};
pub use state::{AppState, WebConfig};

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
    font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; \
    object-src 'none'";

pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(site::routes())
        .merge(directory::routes())
        .merge(chains::routes())
        .merge(events::routes())
        .merge(news::routes())
        .merge(peers::routes())
        .merge(employers::routes())
        .merge(ag::routes())
        .merge(network::routes())
        .merge(needs::routes())
        .merge(reports::routes())
        .merge(benefits::routes())
        .merge(accounts::routes())
        .merge(backoffice::routes())
        .fallback(kit::error::not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            state::catch_up_after_writes,
        ))
        .layer(middleware::from_fn(kit::conditional::conditional_get))
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            kit::error::render_errors,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            kit::ctx::remember_language,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            accounts::session::same_origin_only,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            site::headers::security_headers,
        ))
        .layer(middleware::from_fn(site::ops::track_metrics))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(1024 * 1024))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    site::ops::install_metrics();
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
