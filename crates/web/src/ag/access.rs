//! Who may enter the AG's pages: its members and the coordinator. Anyone else signed in gets 403,
//! also for addresses they guess; an AG account that left the AG too.

use crate::accounts::session::Viewer;
use crate::kit::error::WebError;
use crate::state::AppState;
use wegweiser_domain::accounts::{Account, Role};

pub(crate) enum Ag {
    Coordinator(Account),
    Member(Account),
}

impl Ag {
    pub fn account(&self) -> &Account {
        match self {
            Ag::Coordinator(a) | Ag::Member(a) => a,
        }
    }
    pub fn is_coordinator(&self) -> bool {
        matches!(self, Ag::Coordinator(_))
    }
    /// Only the coordinator prepares and changes meetings.
    pub fn require_coordinator(&self) -> Result<&Account, WebError> {
        match self {
            Ag::Coordinator(a) => Ok(a),
            Ag::Member(_) => Err(WebError::Forbidden),
        }
    }
}

/// The viewer as a member of the AG or its coordinator; `here` is where sign-in leads back to.
pub(crate) async fn ag_access(
    state: &AppState,
    viewer: &Viewer,
    here: &str,
) -> Result<Ag, WebError> {
    let a = viewer.require(&[Role::Coordinator, Role::AgMember], here)?;
    if a.role == Role::Coordinator {
        return Ok(Ag::Coordinator(a.clone()));
    }
    match state.db.ag_member(a.id).await? {
        Some(_) => Ok(Ag::Member(a.clone())),
        None => Err(WebError::Forbidden),
    }
}
