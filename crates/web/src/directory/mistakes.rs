//! "Report a mistake on this entry": a short form without account or personal data; the report goes
//! to the coordinator's queue and, by mail, to the entry's editors.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::mail::Mail;

use crate::accounts::session::{
    CsrfForm, Viewer, anon_csrf, anon_page, check_anon_csrf, check_csrf,
};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::i18n::{LANGS, Tr};
use crate::kit::views::PageMeta;
use crate::state::AppState;

const MIN_CHARS: usize = 10;
const MAX_CHARS: usize = 2000;

#[derive(Template)]
#[template(path = "directory/report.html")]
struct ReportPage {
    page: PageMeta,
    id: i64,
    offer_name: String,
    csrf: String,
    message: String,
    error: Option<String>,
    done: bool,
}

async fn listed_offer(state: &AppState, raw: &str) -> Result<(i64, String, i64), WebError> {
    let id: i64 = raw.parse().map_err(|_| WebError::NotFound)?;
    let o = state.db.published_offer(id).await?;
    if !o.is_listed(state.berlin_now().date()) {
        return Err(WebError::NotFound);
    }
    Ok((o.id, o.name.de.clone(), o.organization.id))
}

fn respond(
    state: &AppState,
    status: StatusCode,
    page: ReportPage,
    fresh: bool,
) -> Result<Response, WebError> {
    let csrf = page.csrf.clone();
    anon_page(state, status, &page, &csrf, fresh)
}

/// GET /angebote/{id}/fehler
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(raw): Path<String>,
) -> Result<Response, WebError> {
    let (id, offer_name, _) = listed_offer(&state, &raw).await?;
    let (csrf, fresh) = anon_csrf(&headers)?;
    let page = ReportPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("report-title"), "", "search"),
        id,
        offer_name,
        csrf,
        message: String::new(),
        error: None,
        done: false,
    };
    respond(&state, StatusCode::OK, page, fresh)
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    message: String,
}

/// POST /angebote/{id}/fehler
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    Path(raw): Path<String>,
    Form(f): Form<ReportForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &f.csrf)?;
    let (id, offer_name, org) = listed_offer(&state, &raw).await?;
    let message = f.message.trim().to_string();
    let n = message.chars().count();
    let ip_key = format!("report-ip:{}", client);
    let (status, error) = if n < MIN_CHARS {
        (StatusCode::UNPROCESSABLE_ENTITY, Some("report-error-short"))
    } else if n > MAX_CHARS {
        (StatusCode::UNPROCESSABLE_ENTITY, Some("report-error-long"))
    } else if crate::accounts::session::throttled(&state, &[&ip_key]).await? {
        // Reports are anonymous: limited per sender, the count shared through the store.
        (
            StatusCode::TOO_MANY_REQUESTS,
            Some("report-error-throttled"),
        )
    } else {
        (StatusCode::OK, None)
    };
    let error = error.map(|key| ctx.tr.t(key));
    if error.is_some() {
        let page = ReportPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("report-title"), "", "search"),
            id,
            offer_name,
            csrf,
            message: f.message,
            error,
            done: false,
        };
        return respond(&state, status, page, false);
    }
    let mut to = state.db.editor_emails(org).await?;
    to.extend(state.db.coordinator_emails().await?);
    to.sort();
    to.dedup();
    let de = Tr::new(LANGS[0]);
    let edit = format!("{}/verwaltung/angebote/{id}", state.config.public_url);
    let notices: Vec<Mail> = to
        .into_iter()
        .map(|to| Mail {
            to,
            subject: de.s("mail-report-subject", "offer", &offer_name),
            body: de.with_args(
                "mail-report-body",
                &[
                    ("offer", &offer_name),
                    ("message", &message),
                    ("edit", &edit),
                ],
            ),
        })
        .collect();
    state
        .db
        .report_mistake(id, &message, &notices, state.now())
        .await?;
    let page = ReportPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("report-title"), "", "search"),
        id,
        offer_name,
        csrf,
        message: String::new(),
        error: None,
        done: true,
    };
    respond(&state, StatusCode::OK, page, false)
}

/// Open reports for the dashboard: (report id, offer id, offer name, message, date).
pub type MistakeRow = (i64, i64, String, String, String);

pub async fn open_for(
    state: &AppState,
    organizations: Option<&[i64]>,
) -> Result<Vec<MistakeRow>, WebError> {
    Ok(state
        .db
        .open_mistakes()
        .await?
        .into_iter()
        .filter(|r| organizations.is_none_or(|o| o.contains(&r.organization_id)))
        .map(|r| {
            (
                r.id,
                r.offer_id,
                r.offer_name,
                r.message,
                r.created_at
                    .with_timezone(&chrono_tz::Europe::Berlin)
                    .format("%d.%m.%Y")
                    .to_string(),
            )
        })
        .collect())
}

/// POST /verwaltung/meldungen/{id}/erledigt
pub async fn close(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator, Role::ProviderEditor], "/verwaltung")?;
    check_csrf(&viewer, &f.csrf)?;
    if me.role != Role::Coordinator {
        let org = state.db.mistake_organization(id).await?;
        if !state.db.editor_organizations(me.id).await?.contains(&org) {
            return Err(WebError::Forbidden);
        }
    }
    state.db.close_mistake(id, me.id, state.now()).await?;
    Ok(Redirect::to("/verwaltung").into_response())
}
