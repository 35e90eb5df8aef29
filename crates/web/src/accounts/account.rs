//! A person's own account: what the store holds about it (as JSON), and deleting a parent account.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::{self, Role};

use crate::accounts::session::{SESSION_COOKIE, Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::views::{PageMeta, format_date};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    page: PageMeta,
    email: String,
    name: String,
    role: String,
    /// What the role can do here, and what is coming for it (roles whose module is not built yet).
    for_you: String,
    coming: String,
    since: String,
    organizations: Vec<String>,
    open_sessions: i64,
    last_login: Option<String>,
    staff: bool,
    csrf: String,
    can_delete: bool,
    /// A parent's account (the tandem and requests links).
    parent: bool,
    /// An AG member's account: a link to the AG.
    ag: bool,
    /// The company that goes with this account, when it is its only person.
    company_goes: Option<String>,
    /// An employer's account: a link to the company's pages.
    employer: bool,
    /// A parent's own account whose address is not confirmed yet.
    unconfirmed: bool,
    /// What just happened (a new confirmation link was sent).
    notice: Option<String>,
    error: Option<String>,
    deleted: bool,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    error: Option<String>,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let a = viewer
        .account
        .as_ref()
        .ok_or(WebError::LoginRequired("/konto".into()))?;
    let held = state.db.export_account(a.id).await?;
    let berlin = |at: chrono::DateTime<chrono::Utc>| {
        let local = at.with_timezone(&chrono_tz::Europe::Berlin).naive_local();
        format!(
            "{}, {}",
            format_date(&ctx.tr, local.date()),
            crate::kit::dates::time(&ctx.tr, local.time())
        )
    };
    // The session just opened is the latest sign-in; the one before it is worth telling.
    let logins: Vec<_> = held
        .log
        .iter()
        .filter(|(_, action)| action == "login")
        .collect();
    let last_login = logins
        .len()
        .checked_sub(2)
        .and_then(|i| logins.get(i))
        .map(|(at, _)| berlin(*at));
    let role_key = a.role.as_str().replace('_', "-");
    let html = AccountPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("account-title"), "", ""),
        email: a.email.clone(),
        name: held.name.clone(),
        role: ctx.tr.t(&format!("role-{role_key}")),
        for_you: ctx.tr.t(&format!("account-for-you-{role_key}")),
        coming: ctx.tr.t(&format!("account-coming-{role_key}")),
        since: format_date(
            &ctx.tr,
            held.created_at
                .with_timezone(&chrono_tz::Europe::Berlin)
                .date_naive(),
        ),
        organizations: held.organizations.clone(),
        open_sessions: held.open_sessions,
        last_login,
        staff: a.role.is_staff(),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        can_delete: matches!(a.role, Role::Parent | Role::Employer | Role::AgMember),
        ag: a.role == Role::AgMember,
        parent: a.role == Role::Parent,
        company_goes: if a.role == Role::Employer {
            state.db.sole_company(a.id).await?
        } else {
            None
        },
        employer: a.role == Role::Employer,
        unconfirmed: !state.db.email_confirmed(a.id).await?,
        notice,
        error,
        deleted: false,
    }
    .render()?;
    let mut res = rendered((status, Html(html)).into_response());
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

#[derive(Deserialize)]
pub struct AccountQuery {
    bestaetigung: Option<String>,
}

/// GET /konto
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<AccountQuery>,
) -> Result<Response, WebError> {
    viewer.require(Role::ALL, "/konto")?;
    let notice = match q.bestaetigung.as_deref() {
        Some("gesendet") => Some(ctx.tr.t("account-confirmation-sent")),
        Some("spaeter") => Some(ctx.tr.t("newsletter-error-throttled")),
        _ => None,
    };
    page(&state, &ctx, &viewer, StatusCode::OK, None, notice).await
}

/// GET /konto/daten: everything about the account, as a JSON download.
pub async fn export(State(state): State<AppState>, viewer: Viewer) -> Result<Response, WebError> {
    let me = viewer.require(Role::ALL, "/konto")?;
    let data = state.db.export_account(me.id).await?;
    let body = serde_json::to_string_pretty(&data)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"wegweiser-konto.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
}

/// POST /konto/loeschen: a parent, an employer's person or an AG member deletes their account, confirming
/// with the password (a company whose only person they are goes with it).
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<DeleteForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent, Role::Employer, Role::AgMember], "/konto")?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    let hash = state
        .db
        .credentials(&me.email)
        .await?
        .and_then(|c| c.password_hash);
    let password = f.password;
    let ok = state
        .hashing
        .run(move || accounts::verify_password(&password, hash.as_deref()))
        .await
        .map_err(|_| WebError::Busy)?;
    if !ok {
        return page(
            &state,
            &ctx,
            &viewer,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(ctx.tr.t("account-delete-wrong-password")),
            None,
        )
        .await;
    }
    state.db.delete_account(me.id, state.now()).await?;
    let html = AccountPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("account-title"), "", ""),
        email: String::new(),
        name: String::new(),
        role: String::new(),
        for_you: String::new(),
        coming: String::new(),
        since: String::new(),
        organizations: vec![],
        open_sessions: 0,
        last_login: None,
        staff: false,
        csrf: String::new(),
        can_delete: false,
        parent: false,
        ag: false,
        company_goes: None,
        employer: false,
        unconfirmed: false,
        notice: None,
        error: None,
        deleted: true,
    }
    .render()?;
    let mut res = rendered((StatusCode::OK, Html(html)).into_response());
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}
