//! Login, logout, sessions, CSRF protection and role checks: the security every module inherits.
//!
//! Sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure when the public address is
//! https); the store keeps only its SHA-256. Login always starts a new session. CSRF: requests that
//! change state must come from this site (Origin / Sec-Fetch-Site) and carry the form token: the
//! session's token when signed in, else the token of a short-lived `ww_csrf` cookie.

use askama::Template;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Form, extract::Query};
use chrono::Duration;
use serde::Deserialize;
use wegweiser_domain::accounts::{self, Account, Role};

use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::i18n::cookie;
use crate::kit::views::PageMeta;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "ww_session";
pub const CSRF_COOKIE: &str = "ww_csrf";

/// The signed-in account of a request, if any, with its session's form token.
#[derive(Clone)]
pub struct Viewer {
    pub account: Option<Account>,
    pub csrf: Option<String>,
    digest: Option<String>,
}

impl Viewer {
    /// The account, if it has one of `roles`; otherwise the login page (anonymous) or 403.
    pub fn require(&self, roles: &[Role], path: &str) -> Result<&Account, WebError> {
        match &self.account {
            None => Err(WebError::LoginRequired(path.to_string())),
            Some(a) if roles.contains(&a.role) => Ok(a),
            Some(_) => Err(WebError::Forbidden),
        }
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(Viewer {
                account: None,
                csrf: None,
                digest: None,
            });
        };
        let digest = accounts::token_digest(&token);
        let session = state.db.session(&digest, state.now()).await?;
        Ok(Viewer {
            account: session.as_ref().map(|s| s.account.clone()),
            csrf: session.map(|s| s.csrf_token),
            digest: Some(digest),
        })
    }
}

/// Refuses state-changing requests that come from another site (403), before any handler runs.
pub async fn same_origin_only(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    if !safe && !same_origin(req.headers(), scheme) {
        return WebError::Forbidden.into_response();
    }
    next.run(req).await
}

/// Whether a state-changing request comes from this site: the browser says so (`Sec-Fetch-Site`),
/// or its `Origin` is this host with the scheme the site is served with (an http page of the same
/// host is another origin when the site is https).
fn same_origin(h: &HeaderMap, scheme: &str) -> bool {
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin" || site == "none";
    }
    match (
        h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        h.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => origin == format!("{scheme}://{host}"),
        // Neither header: not a browser's cross-site request; the form token still has to match.
        (None, _) => true,
        (Some(_), None) => false,
    }
}

fn cookie_header(name: &str, value: &str, max_age: i64, secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .ok()
}

/// Only paths of this site are followed after login (no open redirect).
fn local_path(next: Option<&str>) -> Option<String> {
    match next {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => {
            Some(p.to_string())
        }
        _ => None,
    }
}

/// Where a role lands after signing in: the back office for staff, the account page (which says
/// what the role can do here, and what is coming) for everyone else.
pub(crate) fn home_for(role: Role) -> &'static str {
    match role {
        Role::Coordinator | Role::ProviderEditor => "/verwaltung",
        Role::AgMember => "/ag",
        Role::Employer | Role::Parent => "/konto",
    }
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    page: PageMeta,
    csrf: String,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct NextParam {
    next: Option<String>,
}

fn login_page(
    ctx: &Ctx,
    state: &AppState,
    csrf: String,
    email: String,
    next: String,
    error: Option<String>,
) -> Result<String, WebError> {
    LoginPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("login-title"), "", ""),
        csrf,
        email,
        next,
        error,
    }
    .render()
    .map_err(WebError::from)
}

/// The form token of an anonymous visitor: from the `ww_csrf` cookie, or a new one (then `true`).
pub(crate) fn anon_csrf(headers: &HeaderMap) -> Result<(String, bool), WebError> {
    match cookie(headers, CSRF_COOKIE) {
        Some(t) if t.len() == 43 => Ok((t, false)),
        _ => Ok((accounts::new_token().map_err(WebError::internal)?, true)),
    }
}

/// Renders a page with an anonymous form (any status; the page is the answer, also for errors):
/// sets the token cookie if it is new; never cached.
pub(crate) fn anon_page<T: askama::Template>(
    state: &AppState,
    status: StatusCode,
    page: &T,
    token: &str,
    fresh: bool,
) -> Result<Response, WebError> {
    let html = page.render()?;
    Ok(anon_form_response(
        state,
        crate::kit::error::rendered((status, Html(html)).into_response()),
        token,
        fresh,
    ))
}

/// The page with an anonymous form: sets the token cookie if it is new; never cached.
pub(crate) fn anon_form_response(
    state: &AppState,
    mut res: Response,
    token: &str,
    fresh: bool,
) -> Response {
    if fresh && let Some(v) = cookie_header(CSRF_COOKIE, token, 3600, state.config.secure_cookies) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Checks an anonymous form's token against its cookie (403 when missing or different).
pub(crate) fn check_anon_csrf(headers: &HeaderMap, token: &str) -> Result<String, WebError> {
    match cookie(headers, CSRF_COOKIE) {
        Some(expected) if accounts::same_secret(&expected, token) => Ok(expected),
        _ => Err(WebError::Forbidden),
    }
}

/// Starts a new session for `account` (ending one the browser may still carry) and redirects;
/// `lang` (the one signed in with) becomes the language of the account's notices.
pub(crate) async fn sign_in(
    state: &AppState,
    headers: &HeaderMap,
    account: accounts::AccountId,
    lang: &str,
    next: &str,
) -> Result<Response, WebError> {
    let now = state.now();
    // A new session on every login: an id planted before login is worth nothing after it.
    if let Some(old) = cookie(headers, SESSION_COOKIE) {
        state
            .db
            .end_session(&accounts::token_digest(&old), now)
            .await?;
    }
    let token = accounts::new_token().map_err(WebError::internal)?;
    let csrf = accounts::new_token().map_err(WebError::internal)?;
    let idle = Duration::from_std(accounts::SESSION_IDLE).unwrap_or_default();
    state
        .db
        .create_session(
            &accounts::token_digest(&token),
            account,
            &csrf,
            lang,
            now,
            now + idle,
        )
        .await?;
    let mut res = Redirect::to(next).into_response();
    let secure = state.config.secure_cookies;
    if let Some(v) = cookie_header(SESSION_COOKIE, &token, idle.num_seconds(), secure) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    if let Some(v) = cookie_header(CSRF_COOKIE, "", 0, secure) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// GET /anmelden
pub async fn login_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Query(q): Query<NextParam>,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let next = local_path(q.next.as_deref()).unwrap_or_default();
    let body = login_page(&ctx, &state, csrf.clone(), String::new(), next, None)?;
    Ok(anon_form_response(
        &state,
        Html(body).into_response(),
        &csrf,
        fresh,
    ))
}

/// Counts this attempt for every key and says whether it is refused (a key is in its waiting time
/// after too many attempts). Counting comes first, in one statement per key, so parallel attempts
/// cannot all pass before any is counted.
pub(crate) async fn throttled(state: &AppState, keys: &[&str]) -> Result<bool, WebError> {
    Ok(!state.db.claim_attempt(keys, state.now()).await?)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    next: Option<String>,
}

/// POST /anmelden
pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let expected = check_anon_csrf(&headers, &form.csrf)?;
    let next = local_path(form.next.as_deref());
    let email =
        accounts::normalize_email(&form.email).unwrap_or_else(|_| form.email.trim().to_lowercase());
    let account_key = format!("account:{email}");
    let ip_key = format!("ip:{}", client);
    let keys = [account_key.as_str(), ip_key.as_str()];
    let now = state.now();
    let answer = |status: StatusCode, key: &str| -> Result<Response, WebError> {
        let body = login_page(
            &ctx,
            &state,
            expected.clone(),
            form.email.clone(),
            next.clone().unwrap_or_default(),
            Some(ctx.tr.t(key)),
        )?;
        Ok(rendered((status, Html(body)).into_response()))
    };
    // The throttle applies whether or not the account exists, so it tells nothing about that.
    if throttled(&state, &keys).await? {
        return answer(StatusCode::TOO_MANY_REQUESTS, "login-throttled");
    }
    let creds = state.db.credentials(&email).await?;
    let stored = creds
        .as_ref()
        .filter(|c| !c.disabled)
        .and_then(|c| c.password_hash.clone());
    let password = form.password.clone();
    let ok = state
        .hashing
        .run(move || accounts::verify_password(&password, stored.as_deref()))
        .await
        .map_err(|_| WebError::Busy)?;
    let account = match (ok, creds) {
        (true, Some(c)) => c.account,
        (_, c) => {
            state
                .db
                .audit_login_failure(c.map(|c| c.account.id), now)
                .await?;
            return answer(StatusCode::UNAUTHORIZED, "login-failed");
        }
    };
    state.db.clear_throttle(&keys).await?;
    let next = next.unwrap_or_else(|| home_for(account.role).to_string());
    sign_in(&state, &headers, account.id, ctx.tr.lang.code, &next).await
}

/// A form that carries nothing but its token (one-button forms).
#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub(crate) csrf: String,
}

/// Checks the form token of a signed-in request.
pub fn check_csrf(viewer: &Viewer, token: &str) -> Result<(), WebError> {
    match &viewer.csrf {
        Some(expected) if accounts::same_secret(expected, token) => Ok(()),
        _ => Err(WebError::Forbidden),
    }
}

/// POST /abmelden: ends the session on the server too.
pub async fn logout(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    check_csrf(&viewer, &form.csrf)?;
    if let Some(digest) = &viewer.digest {
        state.db.end_session(digest, state.now()).await?;
    }
    let mut res = Redirect::to("/").into_response();
    if let Some(v) = cookie_header(SESSION_COOKIE, "", 0, state.config.secure_cookies) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}
