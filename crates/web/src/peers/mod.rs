//! Peers (the office's third task: helping single parents find others): the tandem — a private
//! profile, suggestions with what two parents share, consent and blocking (`tandem.rs`); contact
//! requests, conversations and reports (`contacts.rs`); the coordinator's moderation queue
//! (`moderation.rs`); groups and Treffs (`groups.rs`) and taking part in them: joining, members,
//! the group's messages (`board.rs`).

pub mod board;
pub mod contacts;
pub mod groups;
pub mod moderation;
pub mod tandem;

use askama::Template;
use axum::Router;
use axum::routing::{get, post};
use wegweiser_domain::accounts::{Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/tandem", get(tandem::overview))
        .route(
            "/tandem/profil",
            get(tandem::profile_form).post(tandem::save_profile),
        )
        .route("/tandem/profil/loeschen", post(tandem::delete_profile))
        .route("/tandem/einwilligung", post(tandem::consent))
        .route("/tandem/sperren", post(tandem::block))
        .route("/tandem/anfragen", post(contacts::request))
        .route("/tandem/anfragen/{id}", post(contacts::decide))
        .route("/tandem/kontakte", get(contacts::list))
        .route(
            "/tandem/kontakte/{id}",
            get(contacts::conversation).post(contacts::send),
        )
        .route("/tandem/melden", post(contacts::report))
        .route("/gruppen", get(groups::list))
        .route(
            "/gruppen/vorschlagen",
            get(groups::propose_form).post(groups::propose),
        )
        .route("/gruppen/{id}", get(groups::show))
        .route(
            "/gruppen/{id}/bearbeiten",
            get(groups::edit_form).post(groups::edit),
        )
        .route("/gruppen/{id}/beitreten", post(board::join))
        .route("/gruppen/{id}/verlassen", post(board::leave))
        .route("/gruppen/{id}/mitglieder", post(board::decide_member))
        .route("/gruppen/{id}/nachrichten", post(board::write))
        .route("/gruppen/{id}/melden", post(board::report))
        .route("/gruppen/{id}/sperren", post(board::block))
        .route("/verwaltung/gruppen", get(groups::queue))
        .route("/verwaltung/gruppen/{id}", post(groups::decide))
        .route("/verwaltung/tandem", get(moderation::queue))
        .route("/verwaltung/tandem/{id}", post(moderation::decide))
        .route(
            "/verwaltung/tandem/konten/{id}",
            post(moderation::reinstate),
        )
}

#[derive(Template)]
#[template(path = "peers/tile.html")]
struct PeersTile {
    text: String,
}

/// Housekeeping: messages past their retention time, old requests and closed reports.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    state
        .db
        .purge_peers(state.now(), state.config.peer_message_retention_days)
        .await
}

/// Statistics never show a count below this.
const SMALLEST_COUNT: i64 = 5;

/// The coordinator's tile: how many parents take part in the tandem (never a count below five).
pub async fn dashboard_tile(
    state: &AppState,
    ctx: &Ctx,
    me: &Account,
) -> Result<DashboardTile, WebError> {
    if me.role != Role::Coordinator {
        return Ok(DashboardTile {
            links: vec![],
            html: String::new(),
        });
    }
    let n = state.db.peer_profiles_with_consent().await?;
    let text = if n < SMALLEST_COUNT {
        ctx.tr.t("tandem-tile-few")
    } else {
        ctx.tr.n(
            "tandem-tile-count",
            "count",
            usize::try_from(n).unwrap_or(0),
        )
    };
    let (open, proposals) = state.db.peer_queue_counts().await?;
    let count = |n: i64| usize::try_from(n).unwrap_or(0);
    Ok(DashboardTile {
        links: vec![
            Link {
                url: "/verwaltung/tandem".into(),
                label: ctx.tr.n("tandem-moderation-link", "count", count(open)),
            },
            Link {
                url: "/verwaltung/gruppen".into(),
                label: ctx.tr.n("groups-admin-link", "count", count(proposals)),
            },
        ],
        html: PeersTile { text }.render()?,
    })
}
