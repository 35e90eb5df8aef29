//! The one place where errors become responses: a page in the user's language for browsers, a JSON
//! message under /api. Internal details go to the log, never to the client.

use askama::Template;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use serde_json::json;
use wegweiser_store::StoreError;

use crate::kit::ctx::Ctx;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// Errors of the web layer. The body is written by [`render_errors`].
#[derive(Debug)]
pub enum WebError {
    NotFound,
    /// A request this page cannot make sense of (a decision that is neither of the offered ones).
    Invalid,
    /// Signed in, but the role does not allow this.
    Forbidden,
    /// Not signed in: the login page, then back to this path.
    LoginRequired(String),
    /// Someone else saved the same thing meanwhile.
    Conflict,
    /// The index is still being built.
    Unavailable,
    /// Too much costly work at once (password hashing): come back in a moment.
    Busy,
    /// Something that should not happen; the cause is kept for the log (never shown).
    Internal(anyhow::Error),
}

impl WebError {
    /// An internal error from a message (the domain's few fallible helpers report a text).
    pub fn internal(
        message: impl std::fmt::Display + std::fmt::Debug + Send + Sync + 'static,
    ) -> Self {
        WebError::Internal(anyhow::Error::msg(message))
    }
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => WebError::NotFound,
            // A handler that expects these answers at the form's field; one that does not
            // still says what happened instead of a 500.
            StoreError::Conflict | StoreError::Duplicate { .. } | StoreError::Full { .. } => {
                WebError::Conflict
            }
            StoreError::Unknown { .. } => WebError::Invalid,
            other => {
                metrics::counter!("store_errors_total", "kind" => other.kind()).increment(1);
                WebError::Internal(anyhow::Error::new(other).context("the store failed"))
            }
        }
    }
}

impl From<serde_json::Error> for WebError {
    fn from(e: serde_json::Error) -> Self {
        WebError::Internal(anyhow::Error::new(e).context("JSON could not be written"))
    }
}

impl From<tokio::task::JoinError> for WebError {
    fn from(e: tokio::task::JoinError) -> Self {
        WebError::Internal(anyhow::Error::new(e).context("a blocking task failed"))
    }
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        WebError::Internal(anyhow::Error::new(e).context("a template did not render"))
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND.into_response(),
            WebError::Forbidden => StatusCode::FORBIDDEN.into_response(),
            WebError::Invalid => StatusCode::BAD_REQUEST.into_response(),
            WebError::Conflict => StatusCode::CONFLICT.into_response(),
            WebError::LoginRequired(path) => {
                let next = percent_encoding::utf8_percent_encode(
                    &path,
                    percent_encoding::NON_ALPHANUMERIC,
                );
                axum::response::Redirect::to(&format!("/anmelden?next={next}")).into_response()
            }
            WebError::Unavailable => StatusCode::SERVICE_UNAVAILABLE.into_response(),
            WebError::Busy => {
                let mut res = (
                    StatusCode::SERVICE_UNAVAILABLE,
                    [(axum::http::header::RETRY_AFTER, "2")],
                )
                    .into_response();
                res.extensions_mut().insert(BusyMarker);
                res
            }
            WebError::Internal(e) => {
                // `{:#}` writes the whole chain: what failed, and why.
                tracing::error!(error = format!("{e:#}"), "internal error");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        }
    }
}

/// Marks a 503 that means "busy", not "starting".
#[derive(Clone, Copy, Debug)]
struct BusyMarker;

/// Marks a response whose error body a handler has already written (a form with messages at its
/// fields, say), so that [`render_errors`] leaves it alone.
#[derive(Clone, Copy, Debug)]
pub struct Rendered;

pub fn rendered(mut res: Response) -> Response {
    res.extensions_mut().insert(Rendered);
    res
}

pub async fn not_found() -> WebError {
    WebError::NotFound
}

#[derive(Template)]
#[template(path = "kit/error.html")]
struct ErrorPage {
    page: PageMeta,
    status: u16,
    title: String,
    text: String,
}

fn message_keys(status: StatusCode) -> (&'static str, &'static str, &'static str) {
    match status.as_u16() {
        400 => ("bad_request", "error-400-title", "error-400-text"),
        401 => ("unauthorized", "error-401-title", "error-401-text"),
        403 => ("forbidden", "error-403-title", "error-403-text"),
        404 => ("not_found", "error-404-title", "error-404-text"),
        405 => ("method_not_allowed", "error-405-title", "error-405-text"),
        408 => ("timeout", "error-408-title", "error-408-text"),
        409 => ("conflict", "error-409-title", "error-409-text"),
        413 => ("too_large", "error-413-title", "error-413-text"),
        429 => ("too_many_requests", "error-429-title", "error-429-text"),
        503 => ("unavailable", "error-503-title", "error-503-text"),
        s if s >= 500 => ("internal", "error-500-title", "error-500-text"),
        _ => ("bad_request", "error-400-title", "error-400-text"),
    }
}

/// Replaces the body of every error response that no handler rendered itself.
pub async fn render_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let ctx = Ctx::from_parts(&parts);
    // The handler's `Ctx` is this one: the language is negotiated once per request.
    parts.extensions.insert(ctx.clone());
    let path = parts.uri.path().to_string();
    let res = next.run(Request::from_parts(parts, body)).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error())
        || res.extensions().get::<Rendered>().is_some()
    {
        return res;
    }
    let (code, title_key, text_key) = if res.extensions().get::<BusyMarker>().is_some() {
        ("busy", "error-busy-title", "error-busy-text")
    } else {
        message_keys(status)
    };
    let text = ctx.tr.s(text_key, "path", &path);
    let mut out = if path.starts_with("/api/") {
        (
            status,
            Json(json!({ "error": { "status": status.as_u16(), "code": code, "message": text } })),
        )
            .into_response()
    } else {
        let page = ErrorPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t(title_key), "", ""),
            status: status.as_u16(),
            title: ctx.tr.t(title_key),
            text,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                (status, ctx.tr.t(title_key)).into_response()
            }
        }
    };
    // Keep headers such as Allow (405) from the original response.
    for (k, v) in res.headers() {
        if k != axum::http::header::CONTENT_TYPE && k != axum::http::header::CONTENT_LENGTH {
            out.headers_mut().insert(k.clone(), v.clone());
        }
    }
    out
}
