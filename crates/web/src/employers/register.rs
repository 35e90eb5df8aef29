//! `/arbeitgeber/registrieren`: a company registers with its profile and its first person's
//! address and password. The address is confirmed by a mailed link (as for parents); the company
//! is public once the coordinator approved it. A known address gets a mail saying so, and the
//! form answers the same, so it tells nobody who is registered.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use wegweiser_domain::accounts;
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::employers::RawEmployer;
use wegweiser_store::SignUp;

use crate::accounts::session::{anon_csrf, anon_page, check_anon_csrf};
use crate::accounts::signup::{prepare, sign_up_throttled};
use crate::employers::views::{employer_fields, field_errors, raw_employer};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::{Field, FormPairs};
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "employers/register.html")]
struct RegisterPage {
    page: PageMeta,
    csrf: String,
    fields: Vec<Field>,
    person: Vec<Field>,
    password_error: Option<String>,
    consent_error: Option<String>,
    error: Option<String>,
    error_count: usize,
    sent: Option<String>,
}

fn person_fields(ctx: &Ctx, contact: &str, email: &str, errors: &[FieldError]) -> Vec<Field> {
    vec![
        Field::labelled(
            &ctx.tr,
            "employers",
            "contact_name",
            "text",
            contact,
            errors,
        ),
        Field::labelled(&ctx.tr, "employers", "email", "text", email, errors),
    ]
}

fn page(state: &AppState, ctx: &Ctx, csrf: &str) -> RegisterPage {
    RegisterPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.t("employers-register-title"),
            &ctx.tr.t("employers-register-lead"),
            "",
        ),
        csrf: csrf.to_string(),
        fields: employer_fields(&ctx.tr, &RawEmployer::default(), &[]),
        person: person_fields(ctx, "", "", &[]),
        password_error: None,
        consent_error: None,
        error: None,
        error_count: 0,
        sent: None,
    }
}

/// GET /arbeitgeber/registrieren
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    anon_page(
        &state,
        StatusCode::OK,
        &page(&state, &ctx, &csrf),
        &csrf,
        fresh,
    )
}

/// POST /arbeitgeber/registrieren
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = FormPairs(&pairs);
    let csrf = check_anon_csrf(&headers, &form.get("csrf"))?;
    let tr = &ctx.tr;
    let raw = raw_employer(&form);
    let contact = form.get("contact_name");
    let mut errors = match raw.validate() {
        Ok(_) => vec![],
        Err(problems) => field_errors(&problems),
    };
    let contact_ok = wegweiser_domain::peers::clean_text(&contact, 120)
        .ok()
        .filter(|c| !c.contains('\n'));
    if contact_ok.is_none() {
        errors.push(FieldError {
            field: "contact_name",
            message: "employers-error-empty",
        });
    }
    let email = accounts::normalize_email(&form.get("email"));
    if email.is_err() {
        errors.push(FieldError {
            field: "email",
            message: "newsletter-error-email",
        });
    }
    let mut p = page(&state, &ctx, &csrf);
    p.fields = employer_fields(tr, &raw, &errors);
    p.person = person_fields(&ctx, &contact, &form.get("email"), &errors);
    p.password_error = crate::accounts::invite::new_password_problem(
        tr,
        &form.get("password"),
        &form.get("repeat"),
    );
    if form.get("consent") != "1" {
        p.consent_error = Some(tr.t("employers-error-consent"));
    }
    p.error_count = errors.len()
        + usize::from(p.password_error.is_some())
        + usize::from(p.consent_error.is_some());
    let (Ok(company), Some(contact), Ok(email), 0) =
        (raw.validate(), contact_ok, email, p.error_count)
    else {
        return anon_page(&state, StatusCode::UNPROCESSABLE_ENTITY, &p, &csrf, false);
    };
    if sign_up_throttled(&state, &email, &client).await? {
        p.error = Some(tr.t("newsletter-error-throttled"));
        return anon_page(&state, StatusCode::TOO_MANY_REQUESTS, &p, &csrf, false);
    }
    let prepared = prepare(
        &state,
        tr,
        &email,
        form.get("password"),
        "employers-mail-register",
    )
    .await?;
    let sign_up = SignUp {
        email: &email,
        name: &contact,
        password_hash: &prepared.hash,
        token_digest: &prepared.digest,
        new_mail: &prepared.new_mail,
        existing_mail: &prepared.existing_mail,
        lang: ctx.tr.lang.code,
    };
    state
        .db
        .register_employer(&sign_up, &company, state.now())
        .await?;
    let mut done = page(&state, &ctx, &csrf);
    done.sent = Some(tr.s("employers-register-sent", "email", &email));
    anon_page(&state, StatusCode::OK, &done, &csrf, false)
}
