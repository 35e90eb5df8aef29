//! The AG's members (`/ag/mitglieder`, members only): who they are, from which organisation and in
//! which function, and whom they stand in for; the coordinator invites new members (an account
//! with the role `ag_member` and a one-time link), a member can leave.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::{self, Role};
use wegweiser_domain::mail::Mail;
use wegweiser_store::{AgJoin, Invitation, StoreError};

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::ag::access::{Ag, ag_access};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{FormPairs, Sent};
use crate::kit::i18n::{LANGS, Tr};
use crate::kit::views::PageMeta;
use crate::peers::tandem::private;
use crate::state::AppState;

struct MemberLine {
    id: i64,
    name: String,
    email: String,
    organisation: String,
    function: String,
    deputy_of: String,
    pending: bool,
}

#[derive(Template)]
#[template(path = "ag/members.html")]
struct MembersPage {
    page: PageMeta,
    csrf: String,
    members: Vec<MemberLine>,
    coordinator: bool,
    member: bool,
    /// The invitation form (coordinator).
    sent: Sent,
    /// (account id, "Name (Organisation)") of members one can stand in for.
    mains: Vec<(String, String)>,
    notice: Option<String>,
}

const FIELDS: [&str; 5] = ["name", "email", "organisation", "function", "deputy_of"];

#[allow(clippy::too_many_arguments)]
async fn members_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    ag: &Ag,
    status: StatusCode,
    form: Vec<(&'static str, String)>,
    errors: Vec<(&'static str, String)>,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let all = state.db.ag_members().await?;
    let name_of = |id: Option<i64>| {
        id.and_then(|id| all.iter().find(|m| m.account_id == id))
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let html = MembersPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("ag-members-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        members: all
            .iter()
            .map(|m| MemberLine {
                id: m.account_id,
                name: m.name.clone(),
                email: m.email.clone(),
                organisation: m.organisation.clone(),
                function: m.function.clone(),
                deputy_of: name_of(m.deputy_of),
                pending: !m.active,
            })
            .collect(),
        coordinator: ag.is_coordinator(),
        member: matches!(ag, Ag::Member(_)),
        mains: all
            .iter()
            .filter(|m| m.deputy_of.is_none())
            .map(|m| {
                (
                    m.account_id.to_string(),
                    format!("{} ({})", m.name, m.organisation),
                )
            })
            .collect(),
        sent: Sent {
            values: form,
            errors,
        },
        notice,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

#[derive(serde::Deserialize)]
pub struct MembersQuery {
    hinweis: Option<String>,
}

/// GET /ag/mitglieder
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<MembersQuery>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/mitglieder").await?;
    let notice = q
        .hinweis
        .filter(|h| h == "eingeladen")
        .map(|_| ctx.tr.t("ag-member-invited"));
    members_page(
        &state,
        &ctx,
        &viewer,
        &ag,
        StatusCode::OK,
        vec![],
        vec![],
        notice,
    )
    .await
}

/// POST /ag/mitglieder: the coordinator invites a member.
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/mitglieder").await?;
    let me = ag.require_coordinator()?.clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let values: Vec<(&'static str, String)> = FIELDS
        .iter()
        .map(|f| (*f, form.get(f).trim().to_string()))
        .collect();
    let get = |f: &str| {
        values
            .iter()
            .find(|(k, _)| *k == f)
            .map_or(String::new(), |(_, v)| v.clone())
    };
    let mut errors = Vec::new();
    let name = get("name");
    if name.is_empty() || name.chars().count() > 100 {
        errors.push(("name", ctx.tr.t("ag-error-name")));
    }
    let email = accounts::normalize_email(&get("email"));
    if email.is_err() {
        errors.push(("email", ctx.tr.t("invite-error-email")));
    }
    let organisation = get("organisation");
    if organisation.is_empty() || organisation.chars().count() > 150 {
        errors.push(("organisation", ctx.tr.t("ag-error-organisation")));
    }
    let function = get("function");
    if function.chars().count() > 150 {
        errors.push(("function", ctx.tr.t("ag-error-too-long")));
    }
    let deputy_of = get("deputy_of").parse::<i64>().ok();
    let (Ok(email), true) = (email, errors.is_empty()) else {
        return members_page(
            &state,
            &ctx,
            &viewer,
            &ag,
            StatusCode::UNPROCESSABLE_ENTITY,
            values,
            errors,
            None,
        )
        .await;
    };
    let token = accounts::new_token().map_err(WebError::internal)?;
    let de = Tr::new(LANGS[0]);
    let link = format!("{}/passwort/{token}", state.config.public_url);
    let mail = Mail {
        to: email.clone(),
        subject: de.t("ag-mail-member-subject"),
        body: de.with_args(
            "ag-mail-member-body",
            &[
                ("name", &name),
                ("organisation", &organisation),
                ("link", &link),
            ],
        ),
    };
    let result = state
        .db
        .invite(
            &Invitation {
                email: &email,
                name: &name,
                role: Role::AgMember,
                organizations: &[],
                token_digest: &accounts::token_digest(&token),
                invited_by: me.id,
                mail: &mail,
                employer: None,
                known_mail: None,
                ag: Some(AgJoin {
                    organisation: &organisation,
                    function: &function,
                    deputy_of,
                }),
            },
            state.now(),
        )
        .await;
    let refuse = |field: &'static str, key: &str| (field, ctx.tr.t(key));
    let error = match result {
        Ok(_) => return Ok(Redirect::to("/ag/mitglieder?hinweis=eingeladen").into_response()),
        Err(StoreError::Duplicate { .. }) => refuse("email", "invite-error-taken"),
        Err(StoreError::Unknown { .. }) => refuse("deputy_of", "ag-error-deputy"),
        Err(e) => return Err(e.into()),
    };
    members_page(
        &state,
        &ctx,
        &viewer,
        &ag,
        StatusCode::UNPROCESSABLE_ENTITY,
        values,
        vec![error],
        None,
    )
    .await
}

/// POST /ag/austreten: a member leaves the AG (their account stays; they can delete it).
pub async fn leave(
    State(state): State<AppState>,
    viewer: Viewer,
    axum::Form(f): axum::Form<CsrfForm>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/mitglieder").await?;
    check_csrf(&viewer, &f.csrf)?;
    let Ag::Member(me) = &ag else {
        return Err(WebError::Forbidden);
    };
    state.db.leave_ag(me.id, state.now()).await?;
    Ok(Redirect::to("/konto").into_response())
}

#[derive(Template)]
#[template(path = "ag/member_form.html")]
struct MemberForm {
    page: PageMeta,
    csrf: String,
    id: i64,
    name: String,
    organisation: String,
    function: String,
    deputy_of: String,
    mains: Vec<(String, String)>,
    sent: Sent,
}

async fn member_form(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: i64,
    values: Option<(String, String, String)>,
    errors: Vec<(&'static str, String)>,
) -> Result<Response, WebError> {
    let all = state.db.ag_members().await?;
    let m = all
        .iter()
        .find(|m| m.account_id == id)
        .ok_or(WebError::NotFound)?;
    let (organisation, function, deputy_of) = values.unwrap_or_else(|| {
        (
            m.organisation.clone(),
            m.function.clone(),
            m.deputy_of.map(|d| d.to_string()).unwrap_or_default(),
        )
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let html = MemberForm {
        page: PageMeta::new(ctx, state, ctx.tr.t("ag-member-edit"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        id,
        name: m.name.clone(),
        organisation,
        function,
        deputy_of,
        mains: all
            .iter()
            .filter(|o| o.account_id != id && o.deputy_of.is_none())
            .map(|o| {
                (
                    o.account_id.to_string(),
                    format!("{} ({})", o.name, o.organisation),
                )
            })
            .collect(),
        sent: Sent {
            values: vec![],
            errors,
        },
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /ag/mitglieder/{id}: the coordinator changes a member's organisation and function.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, WebError> {
    ag_access(&state, &viewer, "/ag/mitglieder")
        .await?
        .require_coordinator()?;
    member_form(&state, &ctx, &viewer, id, None, vec![]).await
}

/// POST /ag/mitglieder/{id}
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::extract::Path(id): axum::extract::Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/mitglieder").await?;
    let me = ag.require_coordinator()?.clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let organisation = form.get("organisation").trim().to_string();
    let function = form.get("function").trim().to_string();
    let deputy = form.get("deputy_of");
    let mut errors = Vec::new();
    if organisation.is_empty() || organisation.chars().count() > 150 {
        errors.push(("organisation", ctx.tr.t("ag-error-organisation")));
    }
    if function.chars().count() > 150 {
        errors.push(("function", ctx.tr.t("ag-error-too-long")));
    }
    let values = Some((organisation.clone(), function.clone(), deputy.clone()));
    if !errors.is_empty() {
        return member_form(&state, &ctx, &viewer, id, values, errors).await;
    }
    match state
        .db
        .update_ag_member(
            id,
            &organisation,
            &function,
            deputy.parse::<i64>().ok(),
            me.id,
            state.now(),
        )
        .await
    {
        Ok(()) => Ok(Redirect::to("/ag/mitglieder").into_response()),
        Err(StoreError::Unknown { .. }) => {
            let errors = vec![("deputy_of", ctx.tr.t("ag-error-deputy"))];
            member_form(&state, &ctx, &viewer, id, values, errors).await
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
