//! Rendering a page: the one place a template becomes a response.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::kit::error::{WebError, rendered};

/// A page (200).
pub(crate) fn html<T: Template>(t: &T) -> Result<Response, WebError> {
    Ok(Html(t.render()?).into_response())
}

/// A page with a form, rendered with its status (422 with messages at the fields); marked as
/// rendered so the error layer leaves it as it is.
pub(crate) fn page_html<T: Template>(status: StatusCode, t: &T) -> Result<Response, WebError> {
    let html = t.render()?;
    Ok(rendered((status, Html(html)).into_response()))
}
