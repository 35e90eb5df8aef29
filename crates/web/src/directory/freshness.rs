//! The freshness cycle in the web layer: the reminders, the confirmation link from the mail, and
//! the confirm button in the back office.
//!
//! The link in the mail opens a page with one button; the confirmation is that button's POST, because
//! mail scanners open links (a GET must not confirm anything).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::{self, Role};
use wegweiser_domain::mail::Mail;

use crate::accounts::session::{
    CsrfForm, Viewer, anon_csrf, anon_page, check_anon_csrf, check_csrf,
};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::i18n::{LANGS, Tr};
use crate::kit::tokens::LinkToken;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// Asks the providers of overdue entries to confirm them (the housekeeping job calls it).
pub async fn send_reminders(state: &AppState) -> anyhow::Result<()> {
    let today = state.berlin_now().date();
    let policy = state.config.freshness;
    // Reminders are written in German, the language of the district's providers.
    let de = Tr::new(LANGS[0]);
    for row in state.db.freshness_rows().await? {
        if !policy.reminder_due(row.last_verified, row.reminded_on, today) {
            continue;
        }
        let editors = state.db.editor_emails(row.organization_id).await?;
        if editors.is_empty() {
            // Nobody to ask: the coordinator's dashboard lists the entry as overdue.
            continue;
        }
        let token = accounts::new_token().map_err(anyhow::Error::msg)?;
        let base = &state.config.public_url;
        let confirm = format!("{base}/bestaetigen/{token}");
        let edit = format!("{base}/verwaltung/angebote/{}", row.id);
        let mails: Vec<Mail> = editors
            .into_iter()
            .map(|to| Mail {
                to,
                subject: de.s("mail-reminder-subject", "offer", &row.name),
                body: de.with_args(
                    "mail-reminder-body",
                    &[("offer", &row.name), ("confirm", &confirm), ("edit", &edit)],
                ),
            })
            .collect();
        let sent = state
            .db
            .record_reminder(
                row.id,
                &accounts::token_digest(&token),
                row.reminded_on,
                today,
                &mails,
                state.now(),
            )
            .await?;
        if sent {
            tracing::info!(offer = row.id, "freshness reminder queued");
        }
    }
    Ok(())
}

#[derive(Template)]
#[template(path = "directory/confirm.html")]
struct ConfirmPage {
    page: PageMeta,
    csrf: String,
    offer: Option<(i64, String)>,
    done: bool,
}

fn confirm_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    csrf: (&str, bool),
    offer: Option<(i64, String)>,
    done: bool,
) -> Result<Response, WebError> {
    let page = ConfirmPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("confirm-title"), "", ""),
        csrf: csrf.0.to_string(),
        offer,
        done,
    };
    anon_page(state, status, &page, csrf.0, csrf.1)
}

/// GET /bestaetigen/{token}
pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let offer = match token.digest() {
        Some(digest) => state.db.reminder_offer(&digest).await?,
        None => None,
    };
    let status = if offer.is_some() {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    confirm_page(&state, &ctx, status, (&csrf, fresh), offer, false)
}

/// POST /bestaetigen/{token}: "the entry is still correct".
pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &f.csrf)?;
    let (offer, confirmed) = match token.digest() {
        Some(digest) => (
            state.db.reminder_offer(&digest).await?,
            state
                .db
                .confirm_by_token(&digest, state.berlin_now().date(), state.now())
                .await?,
        ),
        None => (None, None),
    };
    let status = if confirmed.is_some() {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    confirm_page(
        &state,
        &ctx,
        status,
        (&csrf, false),
        offer,
        confirmed.is_some(),
    )
}

/// POST /verwaltung/angebote/{id}/bestaetigen: the same from the back office, signed in.
pub async fn confirm_signed_in(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(
        &[Role::Coordinator, Role::ProviderEditor],
        &format!("/verwaltung/angebote/{id}"),
    )?;
    check_csrf(&viewer, &f.csrf)?;
    if me.role != Role::Coordinator {
        let own = state.db.editor_organizations(me.id).await?;
        let offer = state
            .db
            .offers_any_status(wegweiser_store::OfferSelect::ById(id))
            .await?
            .into_iter()
            .next()
            .ok_or(WebError::NotFound)?;
        if !own.contains(&offer.organization.id) {
            return Err(WebError::Forbidden);
        }
    }
    state
        .db
        .confirm_offer(id, me.id, state.berlin_now().date(), state.now())
        .await?;
    Ok(Redirect::to("/verwaltung").into_response())
}

/// Overdue entries of one organisation: its name and (offer id, name, last confirmed).
pub type OverdueGroup = (String, Vec<(i64, String, String)>);

/// Overdue entries for the dashboard, by organisation.
pub async fn overdue(
    state: &AppState,
    tr: &Tr,
    organizations: Option<&[i64]>,
) -> Result<Vec<OverdueGroup>, WebError> {
    let today = state.berlin_now().date();
    let mut out: Vec<OverdueGroup> = Vec::new();
    for row in state.db.freshness_rows().await? {
        if !state.config.freshness.is_overdue(row.last_verified, today)
            || organizations.is_some_and(|o| !o.contains(&row.organization_id))
        {
            continue;
        }
        let when = row
            .last_verified
            .map(|d| d.format("%d.%m.%Y").to_string())
            .unwrap_or_else(|| tr.t("overdue-never"));
        match out.last_mut() {
            Some((org, list)) if *org == row.organization => list.push((row.id, row.name, when)),
            _ => out.push((row.organization, vec![(row.id, row.name, when)])),
        }
    }
    Ok(out)
}
