//! Invitations by the coordinator and setting a password from a one-time link.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::{self, Role, TokenPurpose};
use wegweiser_domain::mail::Mail;
use wegweiser_store::{Invitation, StoreError};

use crate::accounts::session::{
    Viewer, anon_csrf, anon_page, check_anon_csrf, check_csrf, sign_in, throttled,
};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::i18n::{LANGS, Tr};
use crate::kit::tokens::LinkToken;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// Roles the coordinator can invite (parents register on their own, in a later module).
const INVITABLE: [Role; 4] = [
    Role::ProviderEditor,
    Role::Coordinator,
    Role::AgMember,
    Role::Employer,
];

fn role_label(tr: &Tr, r: Role) -> String {
    tr.t(&format!("role-{}", r.as_str().replace('_', "-")))
}

#[derive(Template)]
#[template(path = "accounts/admin_invite.html")]
struct InvitePage {
    page: PageMeta,
    csrf: String,
    email: String,
    name: String,
    role: String,
    organization: String,
    roles: Vec<(&'static str, String)>,
    organizations: Vec<(String, String)>,
    errors: Vec<(&'static str, String)>,
    sent_to: Option<String>,
}

impl InvitePage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

#[derive(Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    organization: String,
}

async fn invite_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    form: InviteForm,
    errors: Vec<(&'static str, String)>,
    sent_to: Option<String>,
) -> Result<InvitePage, WebError> {
    Ok(InvitePage {
        page: PageMeta::new(ctx, state, ctx.tr.t("invite-title"), "", "admin"),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        email: form.email,
        name: form.name,
        role: form.role,
        organization: form.organization,
        roles: INVITABLE
            .iter()
            .map(|r| (r.as_str(), role_label(&ctx.tr, *r)))
            .collect(),
        organizations: state
            .db
            .organization_names()
            .await?
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect(),
        errors,
        sent_to,
    })
}

fn page_response(status: StatusCode, page: &InvitePage) -> Result<Response, WebError> {
    let html = page.render()?;
    Ok(rendered((status, Html(html)).into_response()))
}

/// GET /verwaltung/einladen
pub async fn invite_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/einladen")?;
    let form = InviteForm {
        role: Role::ProviderEditor.as_str().into(),
        ..Default::default()
    };
    let page = invite_page(&state, &ctx, &viewer, form, vec![], None).await?;
    page_response(StatusCode::OK, &page)
}

/// POST /verwaltung/einladen
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(form): Form<InviteForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Coordinator], "/verwaltung/einladen")?
        .clone();
    check_csrf(&viewer, &form.csrf)?;
    let mut errors = Vec::new();
    let email = accounts::normalize_email(&form.email);
    if email.is_err() {
        errors.push(("email", ctx.tr.t("invite-error-email")));
    }
    let role = Role::parse(&form.role).filter(|r| INVITABLE.contains(r));
    if role.is_none() {
        errors.push(("role", ctx.tr.t("invite-error-role")));
    }
    let names = state.db.organization_names().await?;
    let known: Vec<i64> = names.iter().map(|(id, _)| *id).collect();
    let organization = form
        .organization
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| known.contains(id));
    if role == Some(Role::ProviderEditor) && organization.is_none() {
        errors.push(("organization", ctx.tr.t("invite-error-organization")));
    }
    let (Ok(email), Some(role), true) = (email, role, errors.is_empty()) else {
        let page = invite_page(&state, &ctx, &viewer, form, errors, None).await?;
        return page_response(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let token = accounts::new_token().map_err(WebError::internal)?;
    // The invitation is written in German, the office's language; the page it links to offers English.
    let de = Tr::new(LANGS[0]);
    let link = format!("{}/passwort/{token}", state.config.public_url);
    let name = form.name.trim().to_string();
    // A provider's editor learns for which organisation they will edit.
    let role_text = match organization
        .filter(|_| role == Role::ProviderEditor)
        .and_then(|id| names.iter().find(|(i, _)| *i == id))
    {
        Some((_, org)) => de.s2(
            "mail-invitation-role-for",
            ("role", &role_label(&de, role)),
            ("organisation", org),
        ),
        None => role_label(&de, role),
    };
    let mail = Mail {
        to: email.clone(),
        subject: de.t("mail-invitation-subject"),
        body: de.s2(
            "mail-invitation-body",
            ("role", &role_text),
            ("link", &link),
        ),
    };
    let orgs: Vec<i64> = organization
        .into_iter()
        .filter(|_| role == Role::ProviderEditor)
        .collect();
    let result = state
        .db
        .invite(
            &Invitation {
                email: &email,
                name: &name,
                role,
                organizations: &orgs,
                token_digest: &accounts::token_digest(&token),
                invited_by: me.id,
                mail: &mail,
                employer: None,
                known_mail: None,
                ag: None,
            },
            state.now(),
        )
        .await;
    match result {
        Ok(_) => {
            let page = invite_page(
                &state,
                &ctx,
                &viewer,
                InviteForm {
                    role: Role::ProviderEditor.as_str().into(),
                    ..Default::default()
                },
                vec![],
                Some(email),
            )
            .await?;
            page_response(StatusCode::OK, &page)
        }
        Err(StoreError::Duplicate { .. }) => {
            let errors = vec![("email", ctx.tr.t("invite-error-taken"))];
            let page = invite_page(&state, &ctx, &viewer, form, errors, None).await?;
            page_response(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "accounts/set_password.html")]
struct SetPasswordPage {
    page: PageMeta,
    csrf: String,
    email: String,
    error: Option<String>,
    valid: bool,
}

/// The account and purpose of a live link.
async fn link(
    state: &AppState,
    token: &LinkToken,
) -> Result<Option<(accounts::Account, TokenPurpose)>, WebError> {
    let Some(digest) = token.digest() else {
        return Ok(None);
    };
    for purpose in [TokenPurpose::Invitation, TokenPurpose::PasswordReset] {
        if let Some(a) = state
            .db
            .token_account(&digest, purpose, state.now())
            .await?
        {
            return Ok(Some((a, purpose)));
        }
    }
    Ok(None)
}

fn password_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    page: SetPasswordPage,
    csrf: (&str, bool),
) -> Result<Response, WebError> {
    let _ = ctx;
    anon_page(state, status, &page, csrf.0, csrf.1)
}

/// GET /passwort/{token}
pub async fn password_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let found = link(&state, &token).await?;
    let page = SetPasswordPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("password-title"), "", ""),
        csrf: csrf.clone(),
        email: found
            .as_ref()
            .map(|(a, _)| a.email.clone())
            .unwrap_or_default(),
        error: None,
        valid: found.is_some(),
    };
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    password_page(&state, &ctx, status, page, (&csrf, fresh))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

/// POST /passwort/{token}: sets the password and signs in.
pub async fn set_password(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &form.csrf)?;
    let Some((account, purpose)) = link(&state, &token).await? else {
        let page = SetPasswordPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("password-title"), "", ""),
            csrf: csrf.clone(),
            email: String::new(),
            error: None,
            valid: false,
        };
        return password_page(&state, &ctx, StatusCode::GONE, page, (&csrf, false));
    };
    let error = new_password_problem(&ctx.tr, &form.password, &form.repeat);
    if let Some(error) = error {
        let page = SetPasswordPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("password-title"), "", ""),
            csrf: csrf.clone(),
            email: account.email,
            error: Some(error),
            valid: true,
        };
        return password_page(
            &state,
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            page,
            (&csrf, false),
        );
    }
    let password = form.password;
    let hash = state
        .hashing
        .run(move || accounts::hash_password(&password))
        .await
        .map_err(|_| WebError::Busy)?
        .map_err(WebError::internal)?;
    let digest = accounts::token_digest(token.raw());
    match state
        .db
        .set_password_with_token(&digest, purpose, &hash, state.now())
        .await?
    {
        Some(id) => {
            sign_in(
                &state,
                &headers,
                id,
                ctx.tr.lang.code,
                crate::accounts::session::home_for(account.role),
            )
            .await
        }
        None => Err(WebError::NotFound),
    }
}

#[derive(Template)]
#[template(path = "accounts/forgot_password.html")]
struct ForgotPage {
    page: PageMeta,
    csrf: String,
    email: String,
    message: Option<String>,
    error: bool,
}

/// GET /passwort-vergessen
pub async fn forgot_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let page = ForgotPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("forgot-title"), "", ""),
        csrf: csrf.clone(),
        email: String::new(),
        message: None,
        error: false,
    };
    anon_page(&state, StatusCode::OK, &page, &csrf, fresh)
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

/// POST /passwort-vergessen: the same answer whether or not the account exists; limited per address
/// and per client like failed logins.
pub async fn forgot(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    Form(f): Form<ForgotForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &f.csrf)?;
    let page = |status: StatusCode, key: &str, error: bool| -> Result<Response, WebError> {
        let html = ForgotPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("forgot-title"), "", ""),
            csrf: csrf.clone(),
            email: if error {
                f.email.clone()
            } else {
                String::new()
            },
            message: Some(ctx.tr.t(key)),
            error,
        }
        .render()?;
        Ok(rendered((status, Html(html)).into_response()))
    };
    let Ok(email) = accounts::normalize_email(&f.email) else {
        return page(StatusCode::UNPROCESSABLE_ENTITY, "invite-error-email", true);
    };
    let account_key = format!("reset:{email}");
    let ip_key = format!("reset-ip:{}", client);
    let keys = [account_key.as_str(), ip_key.as_str()];
    if throttled(&state, &keys).await? {
        return page(StatusCode::TOO_MANY_REQUESTS, "login-throttled", true);
    }
    let now = state.now();
    let token = accounts::new_token().map_err(WebError::internal)?;
    let de = Tr::new(LANGS[0]);
    let link = format!("{}/passwort/{token}", state.config.public_url);
    let mail = Mail {
        to: email.clone(),
        subject: de.t("mail-reset-subject"),
        body: de.s("mail-reset-body", "link", &link),
    };
    state
        .db
        .request_password_reset(&email, &accounts::token_digest(&token), &mail, now)
        .await?;
    page(StatusCode::OK, "forgot-sent", false)
}

/// What is wrong with a new password and its repetition, in the page language (`None`: nothing).
pub(crate) fn new_password_problem(tr: &Tr, password: &str, repeat: &str) -> Option<String> {
    match accounts::check_new_password(password) {
        Err(accounts::AccountError::PasswordTooShort) => Some(tr.t("password-error-short")),
        Err(_) => Some(tr.t("password-error-long")),
        Ok(()) if password != repeat => Some(tr.t("password-error-repeat")),
        Ok(()) => None,
    }
}
