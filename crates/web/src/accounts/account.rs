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
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    page: PageMeta,
    email: String,
    role: String,
    csrf: String,
    can_delete: bool,
    error: Option<String>,
    deleted: bool,
}

fn page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, WebError> {
    let a = viewer
        .account
        .as_ref()
        .ok_or(WebError::LoginRequired("/konto".into()))?;
    let html = AccountPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("account-title"), "", ""),
        email: a.email.clone(),
        role: ctx
            .tr
            .t(&format!("role-{}", a.role.as_str().replace('_', "-"))),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        can_delete: a.role == Role::Parent,
        error,
        deleted: false,
    }
    .render()?;
    let mut res = rendered((status, Html(html)).into_response());
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// GET /konto
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(Role::ALL, "/konto")?;
    page(&state, &ctx, &viewer, StatusCode::OK, None)
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

/// POST /konto/loeschen: a parent deletes their account, confirming with the password.
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<DeleteForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/konto")?.clone();
    check_csrf(&viewer, &f.csrf)?;
    let hash = state
        .db
        .credentials(&me.email)
        .await?
        .and_then(|c| c.password_hash);
    let password = f.password;
    let ok =
        tokio::task::spawn_blocking(move || accounts::verify_password(&password, hash.as_deref()))
            .await?;
    if !ok {
        return page(
            &state,
            &ctx,
            &viewer,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(ctx.tr.t("account-delete-wrong-password")),
        );
    }
    state.db.delete_account(me.id, state.now()).await?;
    let html = AccountPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("account-title"), "", ""),
        email: String::new(),
        role: String::new(),
        csrf: String::new(),
        can_delete: false,
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
