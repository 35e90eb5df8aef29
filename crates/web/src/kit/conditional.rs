//! Conditional GET for feeds and calendar files: calendar apps and feed readers ask every few
//! minutes; with an ETag (a digest of the body) and Last-Modified they get a 304 without a body
//! when nothing changed.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::Digest;

/// Feeds and calendars are small; anything larger is passed on as it is.
const MAX_BODY: usize = 8 * 1024 * 1024;

fn conditional_type(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/calendar") || t.starts_with("application/atom+xml"))
}

/// A strong validator: the first 16 bytes of the body's SHA-256, in hex.
pub fn etag(body: &[u8]) -> String {
    let d = sha2::Sha256::digest(body);
    let hex: String = d[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether the request's validators say the client has `etag` / `last_modified` already.
fn not_modified(req: &HeaderMap, etag: &str, last_modified: Option<&HeaderValue>) -> bool {
    if let Some(inm) = req.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) {
        // If-None-Match wins over If-Modified-Since (RFC 9110 § 13.1.3).
        return inm
            .split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t == etag);
    }
    let since = req
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| httpdate::parse_http_date(v).ok());
    let modified = last_modified
        .and_then(|v| v.to_str().ok())
        .and_then(|v| httpdate::parse_http_date(v).ok());
    matches!((since, modified), (Some(s), Some(m)) if m <= s)
}

/// Adds an ETag to feed and calendar answers and answers 304 when the client's copy is current.
pub async fn conditional_get(req: Request, next: Next) -> Response {
    let get = matches!(*req.method(), Method::GET | Method::HEAD);
    let request_headers = req.headers().clone();
    let res = next.run(req).await;
    if !get || res.status() != StatusCode::OK || !conditional_type(res.headers()) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let tag = etag(&bytes);
    if let Ok(v) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, v);
    }
    if not_modified(
        &request_headers,
        &tag,
        parts.headers.get(header::LAST_MODIFIED),
    ) {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_TYPE);
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_DISPOSITION);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// A Last-Modified header value for `at`.
pub fn last_modified(at: chrono::DateTime<chrono::Utc>) -> Option<HeaderValue> {
    let t = std::time::SystemTime::UNIX_EPOCH
        + std::time::Duration::from_secs(u64::try_from(at.timestamp()).ok()?);
    HeaderValue::from_str(&httpdate::fmt_http_date(t)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators_decide_what_is_current() {
        let tag = etag(b"BEGIN:VCALENDAR");
        let lm = HeaderValue::from_static("Wed, 02 Dec 2026 09:00:00 GMT");
        let mut h = HeaderMap::new();
        assert!(!not_modified(&h, &tag, Some(&lm)));
        h.insert(header::IF_NONE_MATCH, HeaderValue::from_str(&tag).unwrap());
        assert!(not_modified(&h, &tag, Some(&lm)));
        h.insert(header::IF_NONE_MATCH, HeaderValue::from_static("\"other\""));
        // A different ETag is a change even if the date says otherwise.
        h.insert(
            header::IF_MODIFIED_SINCE,
            HeaderValue::from_static("Thu, 03 Dec 2026 09:00:00 GMT"),
        );
        assert!(!not_modified(&h, &tag, Some(&lm)));
        h.remove(header::IF_NONE_MATCH);
        assert!(not_modified(&h, &tag, Some(&lm)));
        h.insert(
            header::IF_MODIFIED_SINCE,
            HeaderValue::from_static("Tue, 01 Dec 2026 09:00:00 GMT"),
        );
        assert!(!not_modified(&h, &tag, Some(&lm)));
    }
}
