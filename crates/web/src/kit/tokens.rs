//! The secret in a link from a mail (`/…/{token}`): every one-button link page reads it the same
//! way. The store knows a token only by its digest; the raw token is needed only to write the link
//! again and for the newsletter's leave link, which is stored as it is.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use wegweiser_domain::accounts;

use crate::kit::error::WebError;

pub struct LinkToken(String);

impl LinkToken {
    /// The token as it stands in the link.
    pub fn raw(&self) -> &str {
        &self.0
    }

    /// Whether it has the shape of a token at all (a cut-off link has not).
    pub fn is_well_formed(&self) -> bool {
        accounts::is_token_shaped(&self.0)
    }

    /// The digest to look it up by, or `None` for a link that cannot be one.
    pub fn digest(&self) -> Option<String> {
        self.is_well_formed()
            .then(|| accounts::token_digest(&self.0))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for LinkToken {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| WebError::NotFound)?;
        Ok(LinkToken(raw))
    }
}
