//! Response headers for every page: transport security behind https, no browser features the site
//! does not use, and no copy of a back-office or private page in any cache.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::AppState;

/// No camera, microphone, location or payment: the site uses none of them (a search "near" a
/// place takes a postcode).
const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), \
    interest-cohort=(), browsing-topics=()";

/// Paths whose answers belong to one person: the back office, the account, private links.
fn private(path: &str) -> bool {
    [
        "/verwaltung",
        "/konto",
        "/anmeldung/",
        "/passwort/",
        "/bestaetigen/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(PERMISSIONS),
    );
    if state.config.secure_cookies {
        // Two years, the preload lists' minimum: once reached over https, always https.
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    if private(&path) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}
