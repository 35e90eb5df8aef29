//! Getting in touch: a parent sends a company a contact request, about a job or in general,
//! sharing only what they choose (name, e-mail address, phone, a short text, a CV as PDF); the
//! company's people see the requests to their company only and answer through the platform;
//! the parent reads the answer under `/konto/anfragen`. Mails say that there is something new,
//! never what.

use askama::Template;
use axum::Form;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::employers::{CvProblem, EmployerStatus, RawContact, check_cv};
use wegweiser_store::{JobContact, StoreError};

use crate::accounts::session::{Viewer, check_csrf};
use crate::employers::views::field_errors;
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::FormPairs;
use crate::kit::views::PageMeta;
use crate::peers::contacts::notice_mail;
use crate::peers::groups::date_time;
use crate::peers::tandem::private;
use crate::state::AppState;

/// The multipart form: text fields and the CV (name and content), if one was chosen.
#[derive(Default)]
struct Upload {
    fields: Vec<(String, String)>,
    cv: Option<(String, Vec<u8>)>,
}

async fn read(mut m: Multipart) -> Result<Upload, WebError> {
    let mut u = Upload::default();
    while let Some(field) = m.next_field().await.map_err(|_| WebError::Invalid)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "cv" {
            let file = field.file_name().unwrap_or_default().to_string();
            let bytes = field.bytes().await.map_err(|_| WebError::Invalid)?;
            // No file chosen: browsers send an empty part.
            if !bytes.is_empty() {
                u.cv = Some((file, bytes.to_vec()));
            }
        } else {
            let text = field.text().await.map_err(|_| WebError::Invalid)?;
            u.fields.push((name, text));
        }
    }
    Ok(u)
}

#[derive(Template)]
#[template(path = "employers/contact_form.html")]
struct ContactForm {
    page: PageMeta,
    csrf: String,
    action: String,
    employer: String,
    job: String,
    share_name: bool,
    name: String,
    share_email: bool,
    email: String,
    phone: String,
    message: String,
    errors: Vec<(&'static str, String)>,
    notice: Option<String>,
}

impl ContactForm {
    fn error(&self, field: &str) -> Option<&String> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m)
    }
}

/// Which company and job a form is for: (employer id, its name, job id, job title).
async fn target(
    state: &AppState,
    employer: Option<i64>,
    job: Option<i64>,
) -> Result<(i64, String, Option<i64>, String), WebError> {
    let not_found = |e: StoreError| match e {
        StoreError::NotFound => WebError::NotFound,
        e => e.into(),
    };
    match (employer, job) {
        (_, Some(j)) => {
            let (job, status) = state.db.job(j).await.map_err(not_found)?;
            if status != EmployerStatus::Published || job.job.expires_on < state.today() {
                return Err(WebError::NotFound);
            }
            Ok((job.employer_id, job.employer_name, Some(j), job.job.title))
        }
        (Some(e), None) => {
            let stored = state.db.employer(e).await.map_err(not_found)?;
            if stored.status != EmployerStatus::Published {
                return Err(WebError::NotFound);
            }
            Ok((e, stored.profile.name, None, String::new()))
        }
        (None, None) => Err(WebError::NotFound),
    }
}

fn here(employer: Option<i64>, job: Option<i64>) -> String {
    match (employer, job) {
        (_, Some(j)) => format!("/jobs/{j}/kontakt"),
        (Some(e), None) => format!("/arbeitgeber/{e}/kontakt"),
        (None, None) => "/jobs".into(),
    }
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    employer: Option<i64>,
    job: Option<i64>,
) -> Result<Response, WebError> {
    let action = here(employer, job);
    let me = viewer.require(&[Role::Parent], &action)?.clone();
    let (_, name, _, title) = target(state, employer, job).await?;
    let page = ContactForm {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.s("contact-title", "employer", &name),
            "",
            "",
        ),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action,
        employer: name,
        job: title,
        share_name: false,
        name: String::new(),
        share_email: true,
        email: me.email,
        phone: String::new(),
        message: String::new(),
        errors: vec![],
        notice: None,
    };
    Ok(private(Html(page.render()?).into_response()))
}

/// GET /jobs/{id}/kontakt
pub async fn job_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    form_page(&state, &ctx, &viewer, None, Some(id)).await
}

/// GET /arbeitgeber/{id}/kontakt
pub async fn employer_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    form_page(&state, &ctx, &viewer, Some(id), None).await
}

fn cv_message(p: CvProblem) -> &'static str {
    match p {
        CvProblem::TooLarge => "contact-error-cv-large",
        CvProblem::NotPdf => "contact-error-cv-not-pdf",
        CvProblem::MisleadingName => "contact-error-cv-name",
    }
}

async fn send(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    employer: Option<i64>,
    job: Option<i64>,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let action = here(employer, job);
    let me = viewer.require(&[Role::Parent], &action)?.clone();
    // Without a multipart body there is no form token to check: refused like a missing token.
    let u = read(m.map_err(|_| WebError::Forbidden)?).await?;
    let form = FormPairs(&u.fields);
    check_csrf(viewer, &form.get("csrf"))?;
    let (employer_id, employer_name, job_id, title) = target(state, employer, job).await?;
    let raw = RawContact {
        share_name: form.get("share_name") == "1",
        name: form.get("name"),
        share_email: form.get("share_email") == "1",
        phone: form.get("phone"),
        message: form.get("message"),
    };
    let mut errors: Vec<FieldError> = match raw.validate() {
        Ok(_) => vec![],
        Err(p) => field_errors(&p),
    };
    let cv = match &u.cv {
        None => None,
        Some((file, bytes)) => match check_cv(file, bytes) {
            Ok(name) => Some((name, bytes.as_slice())),
            Err(p) => {
                errors.push(FieldError {
                    field: "cv",
                    message: cv_message(p),
                });
                None
            }
        },
    };
    let mut page = ContactForm {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.s("contact-title", "employer", &employer_name),
            "",
            "",
        ),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action,
        employer: employer_name,
        job: title,
        share_name: raw.share_name,
        name: raw.name.clone(),
        share_email: raw.share_email,
        email: me.email.clone(),
        phone: raw.phone.clone(),
        message: raw.message.clone(),
        errors: errors
            .iter()
            .map(|e| (e.field, ctx.tr.t(e.message)))
            .collect(),
        notice: None,
    };
    let share = match raw.validate() {
        Ok(s) if errors.is_empty() => s,
        _ => {
            return Ok(private(rendered(
                (StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response(),
            )));
        }
    };
    let mail = notice_mail(state, "contact-mail-new", "/arbeitgeber/konto/anfragen");
    let refused = |key: &str| ctx.tr.t(key);
    let status = match state
        .db
        .send_job_contact(
            me.id,
            employer_id,
            job_id,
            &share,
            cv.as_ref().map(|(n, b)| (n.as_str(), *b)),
            state.now(),
            mail,
        )
        .await
    {
        Ok(id) => {
            return Ok(
                Redirect::to(&format!("/konto/anfragen/{id}?hinweis=gesendet")).into_response(),
            );
        }
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(StoreError::Incomplete("email")) => {
            page.notice = Some(refused("tandem-error-unconfirmed"));
            StatusCode::FORBIDDEN
        }
        Err(StoreError::Full { .. }) => {
            page.notice = Some(refused("contact-too-many"));
            StatusCode::TOO_MANY_REQUESTS
        }
        Err(e) => return Err(e.into()),
    };
    Ok(private(rendered(
        (status, Html(page.render()?)).into_response(),
    )))
}

/// POST /jobs/{id}/kontakt
pub async fn job_send(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    send(&state, &ctx, &viewer, None, Some(id), m).await
}

/// POST /arbeitgeber/{id}/kontakt
pub async fn employer_send(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    send(&state, &ctx, &viewer, Some(id), None, m).await
}

/// A request as a list row shows it.
struct ContactRow {
    url: String,
    who: String,
    about: String,
    at: String,
    answered: bool,
}

#[derive(Template)]
#[template(path = "employers/contacts.html")]
struct ListPage {
    page: PageMeta,
    employer_side: bool,
    contacts: Vec<ContactRow>,
}

fn row(ctx: &Ctx, c: &JobContact, employer_side: bool) -> ContactRow {
    let base = if employer_side {
        "/arbeitgeber/konto/anfragen"
    } else {
        "/konto/anfragen"
    };
    ContactRow {
        url: format!("{base}/{}", c.id),
        who: if employer_side {
            if c.shared_name.is_empty() {
                ctx.tr.t("contact-parent-unnamed")
            } else {
                c.shared_name.clone()
            }
        } else {
            c.employer_name.clone()
        },
        about: if c.job_title.is_empty() {
            ctx.tr.t("contact-general")
        } else {
            c.job_title.clone()
        },
        at: date_time(&ctx.tr, c.created_at),
        answered: c.answered,
    }
}

/// GET /konto/anfragen: the parent's requests.
pub async fn parent_list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/konto/anfragen")?;
    let contacts = state.db.parent_job_contacts(me.id).await?;
    let page = ListPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("contact-list-parent"), "", ""),
        employer_side: false,
        contacts: contacts.iter().map(|c| row(&ctx, c, false)).collect(),
    };
    Ok(private(Html(page.render()?).into_response()))
}

/// GET /arbeitgeber/konto/anfragen: the requests to the person's company.
pub async fn employer_list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Employer], "/arbeitgeber/konto/anfragen")?;
    let contacts = state.db.employer_job_contacts(me.id).await?;
    let page = ListPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("contact-list-employer"), "", ""),
        employer_side: true,
        contacts: contacts.iter().map(|c| row(&ctx, c, true)).collect(),
    };
    Ok(private(Html(page.render()?).into_response()))
}

struct MessageRow {
    mine: bool,
    who: String,
    body: String,
    at: String,
}

#[derive(Template)]
#[template(path = "employers/contact.html")]
struct ThreadPage {
    page: PageMeta,
    csrf: String,
    employer_side: bool,
    url: String,
    title: String,
    about: String,
    shared_name: String,
    shared_email: String,
    shared_phone: String,
    cv: Option<String>,
    messages: Vec<MessageRow>,
    draft: String,
    error: Option<String>,
    notice: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn thread(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: i64,
    employer_side: bool,
    status: StatusCode,
    draft: &str,
    error: Option<String>,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let (role, base) = if employer_side {
        (Role::Employer, "/arbeitgeber/konto/anfragen")
    } else {
        (Role::Parent, "/konto/anfragen")
    };
    let url = format!("{base}/{id}");
    let me = viewer.require(&[role], &url)?.clone();
    let (c, messages) = match state.db.job_contact(me.id, id, employer_side).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let other = if employer_side {
        if c.shared_name.is_empty() {
            ctx.tr.t("contact-parent-unnamed")
        } else {
            c.shared_name.clone()
        }
    } else {
        c.employer_name.clone()
    };
    let page = ThreadPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.s("contact-thread-title", "name", &other),
            "",
            "",
        ),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        employer_side,
        title: ctx.tr.s("contact-thread-title", "name", &other),
        about: if c.job_title.is_empty() {
            ctx.tr.t("contact-general")
        } else {
            c.job_title.clone()
        },
        shared_name: c.shared_name.clone(),
        shared_email: c.shared_email.clone(),
        shared_phone: c.shared_phone.clone(),
        cv: c.cv.clone(),
        messages: messages
            .into_iter()
            .map(|m| MessageRow {
                mine: m.from_employer == employer_side,
                who: if m.from_employer == employer_side {
                    ctx.tr.t("tandem-you")
                } else {
                    other.clone()
                },
                body: m.body,
                at: date_time(&ctx.tr, m.at),
            })
            .collect(),
        url,
        draft: draft.to_string(),
        error,
        notice,
    };
    Ok(private(rendered(
        (status, Html(page.render()?)).into_response(),
    )))
}

#[derive(serde::Deserialize)]
pub struct ThreadQuery {
    hinweis: Option<String>,
}

fn notice(ctx: &Ctx, q: &ThreadQuery) -> Option<String> {
    match q.hinweis.as_deref() {
        Some(h @ ("gesendet" | "geantwortet")) => Some(ctx.tr.t(&format!("contact-notice-{h}"))),
        _ => None,
    }
}

/// GET /konto/anfragen/{id}
pub async fn parent_thread(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<ThreadQuery>,
) -> Result<Response, WebError> {
    let n = notice(&ctx, &q);
    thread(
        &state,
        &ctx,
        &viewer,
        id,
        false,
        StatusCode::OK,
        "",
        None,
        n,
    )
    .await
}

/// GET /arbeitgeber/konto/anfragen/{id}
pub async fn employer_thread(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<ThreadQuery>,
) -> Result<Response, WebError> {
    let n = notice(&ctx, &q);
    thread(&state, &ctx, &viewer, id, true, StatusCode::OK, "", None, n).await
}

#[derive(serde::Deserialize)]
pub struct WriteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
}

async fn write(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: i64,
    employer_side: bool,
    f: WriteForm,
) -> Result<Response, WebError> {
    let (role, base, other_base) = if employer_side {
        (
            Role::Employer,
            "/arbeitgeber/konto/anfragen",
            "/konto/anfragen",
        )
    } else {
        (
            Role::Parent,
            "/konto/anfragen",
            "/arbeitgeber/konto/anfragen",
        )
    };
    let me = viewer.require(&[role], &format!("{base}/{id}"))?.clone();
    check_csrf(viewer, &f.csrf)?;
    let body = match wegweiser_domain::peers::clean_text(&f.text, 2000) {
        Ok(b) => b,
        Err(_) => {
            let e = Some(ctx.tr.t("tandem-error-message-empty"));
            return thread(
                state,
                ctx,
                viewer,
                id,
                employer_side,
                StatusCode::UNPROCESSABLE_ENTITY,
                &f.text,
                e,
                None,
            )
            .await;
        }
    };
    let mail = notice_mail(state, "contact-mail-answer", &format!("{other_base}/{id}"));
    match state
        .db
        .write_job_contact(me.id, id, employer_side, &body, state.now(), mail)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("{base}/{id}?hinweis=geantwortet")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Full { .. }) => {
            let e = Some(ctx.tr.t("contact-too-many-messages"));
            thread(
                state,
                ctx,
                viewer,
                id,
                employer_side,
                StatusCode::TOO_MANY_REQUESTS,
                &f.text,
                e,
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// POST /konto/anfragen/{id}
pub async fn parent_write(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<WriteForm>,
) -> Result<Response, WebError> {
    write(&state, &ctx, &viewer, id, false, f).await
}

/// POST /arbeitgeber/konto/anfragen/{id}
pub async fn employer_write(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<WriteForm>,
) -> Result<Response, WebError> {
    write(&state, &ctx, &viewer, id, true, f).await
}

async fn cv(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
    role: Role,
    here: &str,
) -> Result<Response, WebError> {
    let me = viewer.require(&[role], here)?;
    let (name, bytes) = match state.db.job_contact_cv(me.id, id).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    // Always a download, never shown inline on the site's origin.
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(private(res))
}

/// GET /arbeitgeber/konto/anfragen/{id}/lebenslauf
pub async fn employer_cv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    cv(
        &state,
        &viewer,
        id,
        Role::Employer,
        "/arbeitgeber/konto/anfragen",
    )
    .await
}

/// GET /konto/anfragen/{id}/lebenslauf
pub async fn parent_cv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    cv(&state, &viewer, id, Role::Parent, "/konto/anfragen").await
}
