//! The AG Alleinerziehende (the office's sixth task: moderating the district's working group),
//! members only: who is in it (`members.rs`), its meetings with invitations, answers and the
//! agenda (`meetings.rs`, `agenda.rs`), the minutes with decisions and action items
//! (`minutes.rs`), the items' documents (`documents.rs`), the searchable archive and the decision log (`archive.rs`), the public
//! summary of a meeting (`summary.rs`: written apart from the minutes, public at `/aus-der-ag`), the personal answer link (`rsvp.rs`) and what is printed
//! for a meeting (`print.rs`); who may enter (`access.rs`), and the dates, agenda and mails they
//! share (`views.rs`).

pub mod access;
pub mod agenda;
pub mod archive;
pub mod documents;
pub mod meetings;
pub mod members;
pub mod minutes;
pub mod print;
pub mod rsvp;
pub mod summary;
pub mod views;

use axum::Router;
use axum::routing::{get, post};
use wegweiser_domain::accounts::{Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/ag", get(meetings::overview))
        .route("/ag/mitglieder", get(members::list).post(members::invite))
        .route(
            "/ag/mitglieder/{id}",
            get(members::edit_form).post(members::update),
        )
        .route("/ag/austreten", post(members::leave))
        .route(
            "/ag/sitzungen/neu",
            get(meetings::new_form).post(meetings::create),
        )
        .route("/ag/sitzungen/{id}", get(meetings::show))
        .route(
            "/ag/sitzungen/{id}/bearbeiten",
            get(meetings::edit_form).post(meetings::update),
        )
        .route("/ag/sitzungen/{id}/einladen", post(meetings::invite))
        .route("/ag/sitzungen/{id}/absagen", post(meetings::cancel))
        .route("/ag/sitzungen/{id}/antwort", post(meetings::answer))
        .route("/ag/sitzungen/{id}/punkte", post(agenda::add))
        .route("/ag/sitzungen/{id}/punkte/{item}", post(agenda::change))
        .route("/ag/sitzungen/{id}/tagesordnung", get(print::agenda_page))
        .route(
            "/ag/sitzungen/{id}/teilnahmeliste",
            get(print::signin_sheet),
        )
        .route("/ag/antwort/{token}", get(rsvp::form).post(rsvp::save))
        .route("/ag/sitzungen/{id}/protokoll", get(minutes::show))
        .route(
            "/ag/sitzungen/{id}/protokoll/veroeffentlichen",
            post(minutes::publish),
        )
        .route("/ag/sitzungen/{id}/protokoll/{item}", post(minutes::save))
        .route("/ag/aufgaben/{id}", post(minutes::mark))
        .route(
            "/ag/sitzungen/{id}/punkte/{item}/dokumente",
            post(documents::upload),
        )
        .route("/ag/dokumente/{id}", get(documents::download))
        .route("/ag/sitzungen/{id}/zusammenfassung", post(summary::save))
        .route("/aus-der-ag", get(summary::list))
        .route("/aus-der-ag/{id}", get(summary::show))
        .route("/ag/archiv", get(archive::search))
        .route("/ag/beschluesse", get(archive::log))
        .route("/ag/beschluesse.csv", get(archive::log_csv))
}

/// Housekeeping: the reminder a few days before each meeting, and to owners of action items
/// about to be due, each once.
pub async fn remind(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    let mut sent = minutes::remind(state).await?;
    for id in state
        .db
        .ag_reminders_due(state.now(), wegweiser_domain::ag::REMINDER_DAYS)
        .await?
    {
        let n = state
            .db
            .remind_ag_meeting(id, state.now(), |m, r| views::reminder(state, m, r))
            .await?;
        sent += u64::try_from(n).unwrap_or(0);
    }
    Ok(sent)
}

/// Housekeeping: answers to meetings long past.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    state
        .db
        .purge_ag_answers(state.now(), wegweiser_domain::ag::ANSWER_RETENTION_DAYS)
        .await
}

/// The tile for the coordinator and the AG's members: the next meeting.
pub async fn dashboard_tile(
    state: &AppState,
    ctx: &Ctx,
    me: &Account,
) -> Result<DashboardTile, WebError> {
    let member = me.role == Role::AgMember && state.db.ag_member(me.id).await?.is_some();
    if me.role != Role::Coordinator && !member {
        return Ok(DashboardTile {
            links: vec![],
            html: String::new(),
        });
    }
    let now = state.berlin_now();
    let next = state
        .db
        .ag_meetings()
        .await?
        .into_iter()
        .filter(|m| m.meeting.starts > now && m.cancelled_at.is_none())
        .min_by_key(|m| m.meeting.starts);
    let mut links = vec![Link {
        url: "/ag".into(),
        label: ctx.tr.t("ag-tile"),
    }];
    if let Some(m) = next {
        links.push(Link {
            url: format!("/ag/sitzungen/{}", m.id),
            label: ctx.tr.s("ag-tile-next", "when", &views::when(&ctx.tr, &m)),
        });
    }
    Ok(DashboardTile {
        links,
        html: String::new(),
    })
}
