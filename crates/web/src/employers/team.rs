//! A company's people (`/arbeitgeber/konto/team`): who shares the company's account, inviting a
//! colleague (a one-time link to set a password, as the coordinator's invitations) and removing
//! one or leaving. The company keeps at least one person; its size and the invitations per day
//! are limited.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts;
use wegweiser_domain::mail::Mail;
use wegweiser_store::{Invitation, StoreError};

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::employers::own::mine;
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::i18n::{LANGS, Tr};
use crate::kit::views::PageMeta;
use crate::peers::tandem::private;
use crate::state::AppState;

const HERE: &str = "/arbeitgeber/konto/team";

struct PersonView {
    id: i64,
    name: String,
    email: String,
    active: bool,
    me: bool,
}

#[derive(Template)]
#[template(path = "employers/team.html")]
struct TeamPage {
    page: PageMeta,
    csrf: String,
    company: String,
    people: Vec<PersonView>,
    name: String,
    email: String,
    /// (field, message)
    error: Option<(&'static str, String)>,
    notice: Option<String>,
}

impl TeamPage {
    fn error_at(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

#[derive(Default, Deserialize)]
pub struct TeamForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
}

#[derive(Deserialize)]
pub struct TeamQuery {
    hinweis: Option<String>,
}

async fn team_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    form: TeamForm,
    error: Option<(&'static str, String)>,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let (me, company) = mine(state, viewer, HERE).await?;
    let stored = state.db.employer(company).await?;
    let people = state
        .db
        .employer_people(company)
        .await?
        .into_iter()
        .map(|p| PersonView {
            me: p.id == me,
            id: p.id,
            name: p.name,
            email: p.email,
            active: p.active,
        })
        .collect();
    let html = TeamPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("team-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        company: stored.profile.name,
        people,
        name: form.name,
        email: form.email,
        error,
        notice,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /arbeitgeber/konto/team
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<TeamQuery>,
) -> Result<Response, WebError> {
    let notice = match q.hinweis.as_deref() {
        Some("entfernt") => Some(ctx.tr.t("team-removed")),
        _ => None,
    };
    team_page(
        &state,
        &ctx,
        &viewer,
        StatusCode::OK,
        TeamForm::default(),
        None,
        notice,
    )
    .await
}

/// POST /arbeitgeber/konto/team: invites a colleague.
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(form): Form<TeamForm>,
) -> Result<Response, WebError> {
    let (me, company) = mine(&state, &viewer, HERE).await?;
    check_csrf(&viewer, &form.csrf)?;
    let refuse = |field: &'static str, key: &str, status: StatusCode, form: TeamForm| {
        let message = ctx.tr.t(key);
        let (state, ctx, viewer) = (&state, &ctx, &viewer);
        async move {
            team_page(
                state,
                ctx,
                viewer,
                status,
                form,
                Some((field, message)),
                None,
            )
            .await
        }
    };
    let name = form.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 100 {
        return refuse(
            "name",
            "team-error-name",
            StatusCode::UNPROCESSABLE_ENTITY,
            form,
        )
        .await;
    }
    let Ok(email) = accounts::normalize_email(&form.email) else {
        return refuse(
            "email",
            "invite-error-email",
            StatusCode::UNPROCESSABLE_ENTITY,
            form,
        )
        .await;
    };
    let company_name = state.db.employer(company).await?.profile.name;
    let inviter = viewer
        .account
        .as_ref()
        .map(|a| a.name.clone())
        .unwrap_or_default();
    let token = accounts::new_token().map_err(WebError::internal)?;
    // Written in German, the office's language; the page it links to offers English.
    let de = Tr::new(LANGS[0]);
    let link = format!("{}/passwort/{token}", state.config.public_url);
    let mail = Mail {
        to: email.clone(),
        subject: de.s("mail-team-subject", "company", &company_name),
        body: de.with_args(
            "mail-team-body",
            &[
                ("inviter", &inviter),
                ("company", &company_name),
                ("link", &link),
            ],
        ),
    };
    let known = Mail {
        to: email.clone(),
        subject: de.s("mail-team-subject", "company", &company_name),
        body: de.s2(
            "mail-team-known-body",
            ("inviter", &inviter),
            ("company", &company_name),
        ),
    };
    let result = state
        .db
        .invite(
            &Invitation {
                email: &email,
                name: &name,
                role: accounts::Role::Employer,
                organizations: &[],
                token_digest: &accounts::token_digest(&token),
                invited_by: me,
                mail: &mail,
                employer: Some(company),
                known_mail: Some(&known),
                ag: None,
            },
            state.now(),
        )
        .await;
    match result {
        Ok(_) => {
            let notice = ctx.tr.s("team-invited", "email", &email);
            team_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::OK,
                TeamForm::default(),
                None,
                Some(notice),
            )
            .await
        }
        Err(StoreError::Full { what: "people" }) => {
            refuse("email", "team-error-full", StatusCode::CONFLICT, form).await
        }
        Err(StoreError::Full { .. }) => {
            refuse(
                "email",
                "team-error-throttled",
                StatusCode::TOO_MANY_REQUESTS,
                form,
            )
            .await
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// POST /arbeitgeber/konto/team/{person}/entfernen: removes a colleague, or oneself (leaving).
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(person): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let (me, company) = mine(&state, &viewer, HERE).await?;
    check_csrf(&viewer, &form.csrf)?;
    match state
        .db
        .remove_employer_person(me, company, person, state.now())
        .await
    {
        Ok(()) if person == me => Ok(Redirect::to("/konto").into_response()),
        Ok(()) => Ok(Redirect::to(&format!("{HERE}?hinweis=entfernt")).into_response()),
        Err(StoreError::Conflict) => {
            let message = ctx.tr.t("team-error-last");
            team_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::CONFLICT,
                TeamForm::default(),
                Some(("people", message)),
                None,
            )
            .await
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
