//! Employers (the office's fourth and fifth tasks: against prejudice with local businesses, and
//! connecting single parents with companies): the public list, a company's page and the
//! comparison (`public.rs`), jobs and training places with the hours-window filter (`jobs.rs`),
//! a company's registration (`register.rs`), its own pages (`own.rs`), contact requests from
//! parents and the answers (`contacts.rs`), its people (`team.rs`), and the coordinator's
//! queue and pledge criteria (`admin.rs`), the pledge's campaign page and posters
//! (`pledge.rs`); shared views and form fields in `views.rs`.

pub mod admin;
pub mod contacts;
pub mod jobs;
pub mod own;
pub mod pledge;
pub mod public;
pub mod register;
pub mod team;
pub mod views;

use axum::Router;
use axum::routing::{get, post};
use wegweiser_domain::accounts::{Account, Role};
use wegweiser_domain::employers::EmployerStatus;

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::{DashboardTile, Link};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/arbeitgeber", get(public::list))
        .route("/arbeitgeber/vergleich", get(public::compare))
        .route(pledge::CAMPAIGN, get(pledge::campaign))
        .route(
            "/arbeitgeber/familienfreundlich/aushang",
            get(pledge::campaign_poster),
        )
        .route(
            "/arbeitgeber/familienfreundlich/qr.svg",
            get(pledge::campaign_qr),
        )
        .route("/arbeitgeber/{id}/aushang", get(pledge::employer_poster))
        .route("/arbeitgeber/{id}/qr.svg", get(pledge::employer_qr))
        .route(
            "/arbeitgeber/registrieren",
            get(register::form).post(register::register),
        )
        .route("/arbeitgeber/konto", get(own::overview))
        .route(
            "/arbeitgeber/konto/profil",
            get(own::profile_form).post(own::save_profile),
        )
        .route(
            "/arbeitgeber/konto/jobs/neu",
            get(own::new_job).post(own::create_job),
        )
        .route(
            "/arbeitgeber/konto/jobs/{id}",
            get(own::edit_job).post(own::update_job),
        )
        .route(
            "/arbeitgeber/konto/jobs/{id}/loeschen",
            post(own::delete_job),
        )
        .route(
            "/arbeitgeber/konto/team",
            get(team::show).post(team::invite),
        )
        .route(
            "/arbeitgeber/konto/team/{person}/entfernen",
            post(team::remove),
        )
        .route("/arbeitgeber/{id}", get(public::show))
        .route(
            "/arbeitgeber/{id}/kontakt",
            get(contacts::employer_form).post(contacts::employer_send),
        )
        .route("/jobs", get(jobs::search))
        .route("/jobs.atom", get(jobs::atom))
        .route("/jobs/{id}", get(jobs::show))
        .route(
            "/jobs/{id}/kontakt",
            get(contacts::job_form).post(contacts::job_send),
        )
        .route("/konto/anfragen", get(contacts::parent_list))
        .route(
            "/konto/anfragen/{id}",
            get(contacts::parent_thread).post(contacts::parent_write),
        )
        .route("/konto/anfragen/{id}/lebenslauf", get(contacts::parent_cv))
        .route("/arbeitgeber/konto/anfragen", get(contacts::employer_list))
        .route(
            "/arbeitgeber/konto/anfragen/{id}",
            get(contacts::employer_thread).post(contacts::employer_write),
        )
        .route(
            "/arbeitgeber/konto/anfragen/{id}/lebenslauf",
            get(contacts::employer_cv),
        )
        .route("/verwaltung/arbeitgeber", get(admin::queue))
        .route("/verwaltung/arbeitgeber/zusage", post(admin::set_pledge))
        .route("/verwaltung/arbeitgeber/{id}", post(admin::decide))
}

/// Housekeeping: CVs past their retention time, and old contact requests.
pub async fn purge(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    state
        .db
        .purge_job_contacts(state.now(), state.config.cv_retention_days)
        .await
}

/// The coordinator's tile: registrations waiting.
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
    let waiting = state.db.employers(EmployerStatus::Proposed).await?.len();
    Ok(DashboardTile {
        links: vec![Link {
            url: "/verwaltung/arbeitgeber".into(),
            label: ctx.tr.n("employers-admin-link", "count", waiting),
        }],
        html: String::new(),
    })
}
