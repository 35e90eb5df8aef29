//! A parent makes their own account: address and password, then a mailed link confirms the
//! address. The answer is the same whether the address has an account or not (the owner of a
//! known address gets a mail saying so), so the form tells nobody who is registered.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::{self, CONFIRM_SIGN_UP_DAYS};
use wegweiser_domain::mail::Mail;
use wegweiser_store::SignUp;

use crate::accounts::session::{CsrfForm, anon_csrf, anon_page, check_anon_csrf, throttled};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::tokens::LinkToken;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Form,
    Sent,
    ConfirmQuestion,
    Confirmed,
    LinkInvalid,
}

#[derive(Template)]
#[template(path = "accounts/signup.html")]
struct SignupPage {
    page: PageMeta,
    csrf: String,
    step: Step,
    email: String,
    email_error: Option<String>,
    password_error: Option<String>,
    consent_error: Option<String>,
    error: Option<String>,
}

impl SignupPage {
    fn new(state: &AppState, ctx: &Ctx, csrf: &str, step: Step) -> Self {
        SignupPage {
            page: PageMeta::new(
                ctx,
                state,
                ctx.tr.t("signup-title"),
                &ctx.tr.t("signup-lead"),
                "",
            ),
            csrf: csrf.to_string(),
            step,
            email: String::new(),
            email_error: None,
            password_error: None,
            consent_error: None,
            error: None,
        }
    }
}

/// GET /registrieren
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let page = SignupPage::new(&state, &ctx, &csrf, Step::Form);
    anon_page(&state, StatusCode::OK, &page, &csrf, fresh)
}

#[derive(Deserialize)]
pub struct SignupForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
    #[serde(default)]
    consent: String,
}

/// POST /registrieren
pub async fn sign_up(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    Form(f): Form<SignupForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &f.csrf)?;
    let tr = &ctx.tr;
    let mut page = SignupPage::new(&state, &ctx, &csrf, Step::Form);
    page.email = f.email.clone();
    let email = accounts::normalize_email(&f.email);
    if email.is_err() {
        page.email_error = Some(tr.t("newsletter-error-email"));
    }
    page.password_error = crate::accounts::invite::new_password_problem(tr, &f.password, &f.repeat);
    if f.consent != "1" {
        page.consent_error = Some(tr.t("signup-error-consent"));
    }
    let Ok(email) = email else {
        return anon_page(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            &page,
            &csrf,
            false,
        );
    };
    if page.password_error.is_some() || page.consent_error.is_some() {
        return anon_page(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            &page,
            &csrf,
            false,
        );
    }
    if sign_up_throttled(&state, &email, &client).await? {
        page.error = Some(tr.t("newsletter-error-throttled"));
        return anon_page(&state, StatusCode::TOO_MANY_REQUESTS, &page, &csrf, false);
    }
    let prepared = prepare(&state, tr, &email, f.password, "mail-signup").await?;
    state
        .db
        .sign_up_parent(
            &SignUp {
                email: &email,
                name: "",
                password_hash: &prepared.hash,
                token_digest: &prepared.digest,
                new_mail: &prepared.new_mail,
                existing_mail: &prepared.existing_mail,
                lang: tr.lang.code,
            },
            state.now(),
        )
        .await?;
    let mut sent = SignupPage::new(&state, &ctx, &csrf, Step::Sent);
    sent.email = email;
    anon_page(&state, StatusCode::OK, &sent, &csrf, false)
}

/// Whether sign-ups for `email` or from `client` come too often: neither a mailbox nor the
/// password hashing may be flooded through a sign-up form (parents' and companies').
pub(crate) async fn sign_up_throttled(
    state: &AppState,
    email: &str,
    client: &impl std::fmt::Display,
) -> Result<bool, WebError> {
    let address_key = format!("signup:{email}");
    let ip_key = format!("signup-ip:{client}");
    throttled(state, &[address_key.as_str(), ip_key.as_str()]).await
}

/// What a sign-up stores and sends: the password's hash, the confirmation link's digest, and the
/// mail for a new address (messages `{new_key}-subject` and `{new_key}-body`, with the link and
/// its days) and for a known one (where to sign in or reset the password).
pub(crate) struct Prepared {
    pub hash: String,
    pub digest: String,
    pub new_mail: Mail,
    pub existing_mail: Mail,
}

pub(crate) async fn prepare(
    state: &AppState,
    tr: &crate::kit::i18n::Tr,
    email: &str,
    password: String,
    new_key: &str,
) -> Result<Prepared, WebError> {
    let hash = state
        .hashing
        .run(move || accounts::hash_password(&password))
        .await
        .map_err(|_| WebError::Busy)?
        .map_err(WebError::internal)?;
    let token = accounts::new_token().map_err(WebError::internal)?;
    let base = &state.config.public_url;
    let new_mail = Mail {
        to: email.to_string(),
        subject: tr.t(&format!("{new_key}-subject")),
        body: tr.with_args(
            &format!("{new_key}-body"),
            &[
                ("link", &format!("{base}/konto/bestaetigen/{token}")),
                ("days", &CONFIRM_SIGN_UP_DAYS.to_string()),
            ],
        ),
    };
    let existing_mail = Mail {
        to: email.to_string(),
        subject: tr.t("mail-signup-existing-subject"),
        body: tr.with_args(
            "mail-signup-existing-body",
            &[
                ("login", &format!("{base}/anmelden")),
                ("reset", &format!("{base}/passwort-vergessen")),
            ],
        ),
    };
    Ok(Prepared {
        hash,
        digest: accounts::token_digest(&token),
        new_mail,
        existing_mail,
    })
}

/// GET /konto/bestaetigen/{token}: one button, because mail scanners open links.
pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let (status, step) = if token.is_well_formed() {
        (StatusCode::OK, Step::ConfirmQuestion)
    } else {
        (StatusCode::NOT_FOUND, Step::LinkInvalid)
    };
    let page = SignupPage::new(&state, &ctx, &csrf, step);
    anon_page(&state, status, &page, &csrf, fresh)
}

/// POST /konto/bestaetigen/{token}
pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &f.csrf)?;
    let confirmed = match token.digest() {
        Some(d) => state.db.confirm_email(&d, state.now()).await?,
        None => None,
    };
    let (status, step) = match confirmed {
        Some(_) => (StatusCode::OK, Step::Confirmed),
        None => (StatusCode::GONE, Step::LinkInvalid),
    };
    let page = SignupPage::new(&state, &ctx, &csrf, step);
    anon_page(&state, status, &page, &csrf, false)
}

/// POST /konto/bestaetigen: a signed-in parent whose address is not confirmed gets a new link.
pub async fn resend(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: crate::accounts::session::Viewer,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[wegweiser_domain::accounts::Role::Parent], "/konto")?
        .clone();
    crate::accounts::session::check_csrf(&viewer, &f.csrf)?;
    let key = format!("confirm-resend:{}", me.id);
    if throttled(&state, &[key.as_str()]).await? {
        return Ok(axum::response::Redirect::to("/konto?bestaetigung=spaeter").into_response());
    }
    let token = accounts::new_token().map_err(WebError::internal)?;
    let tr = &ctx.tr;
    let mail = Mail {
        to: me.email.clone(),
        subject: tr.t("mail-signup-subject"),
        body: tr.with_args(
            "mail-signup-body",
            &[
                (
                    "link",
                    &format!("{}/konto/bestaetigen/{token}", state.config.public_url),
                ),
                ("days", &CONFIRM_SIGN_UP_DAYS.to_string()),
            ],
        ),
    };
    state
        .db
        .renew_confirmation(me.id, &accounts::token_digest(&token), &mail, state.now())
        .await?;
    Ok(axum::response::Redirect::to("/konto?bestaetigung=gesendet").into_response())
}
