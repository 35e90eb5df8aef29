//! Contact persons of the institutions (`/ag/netzwerk`): direct phone and e-mail, for the
//! coordinator and the AG's members only; the coordinator adds and removes them.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::network::ContactDraft;
use wegweiser_store::{OrgContact, StoreError};

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::ag::access::{Ag, ag_access};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{FormPairs, Sent};
use crate::kit::views::PageMeta;
use crate::peers::tandem::private;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "network/contacts.html")]
struct ContactsPage {
    page: PageMeta,
    csrf: String,
    coordinator: bool,
    /// (institution id, name, its contacts)
    institutions: Vec<(i64, String, Vec<OrgContact>)>,
    organizations: Vec<(String, String)>,
    sent: Sent,
    notice: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    ag: &Ag,
    status: StatusCode,
    form: Vec<(&'static str, String)>,
    errors: Vec<(&'static str, String)>,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let mut institutions: Vec<(i64, String, Vec<OrgContact>)> = Vec::new();
    for c in state.db.org_contacts().await? {
        match institutions
            .iter_mut()
            .find(|(id, ..)| *id == c.organization_id)
        {
            Some((_, _, list)) => list.push(c),
            None => institutions.push((c.organization_id, c.organization_name.clone(), vec![c])),
        }
    }
    let html = ContactsPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("network-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        coordinator: ag.is_coordinator(),
        institutions,
        organizations: state
            .db
            .organization_names()
            .await?
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
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
pub struct ListQuery {
    hinweis: Option<String>,
}

/// GET /ag/netzwerk
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<ListQuery>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/netzwerk").await?;
    let notice = match q.hinweis.as_deref() {
        Some(h @ ("gespeichert" | "geloescht")) => Some(ctx.tr.t(&format!("network-notice-{h}"))),
        _ => None,
    };
    page(
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

/// POST /ag/netzwerk: the coordinator adds a contact person.
pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/netzwerk").await?;
    let me = ag.require_coordinator()?.clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let values: Vec<(&'static str, String)> =
        ["organization", "name", "function", "phone", "email"]
            .iter()
            .map(|f| (*f, form.get(f)))
            .collect();
    let draft = ContactDraft {
        name: form.get("name"),
        function: form.get("function"),
        phone: form.get("phone"),
        email: form.get("email"),
    };
    let mut errors: Vec<(&'static str, String)> = match draft.checked() {
        Ok(_) => vec![],
        Err(e) => e
            .into_iter()
            .map(|e| (e.field, ctx.tr.t(e.message)))
            .collect(),
    };
    let org = form.get("organization").parse::<i64>().ok();
    if org.is_none() {
        errors.push(("organization", ctx.tr.t("network-error-organization")));
    }
    let (Some(org), Ok(contact), true) = (org, draft.checked(), errors.is_empty()) else {
        return page(
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
    match state
        .db
        .add_org_contact(org, &contact, me.id, state.now())
        .await
    {
        Ok(_) => Ok(Redirect::to("/ag/netzwerk?hinweis=gespeichert").into_response()),
        Err(StoreError::NotFound) => {
            let errors = vec![("organization", ctx.tr.t("network-error-organization"))];
            page(
                &state,
                &ctx,
                &viewer,
                &ag,
                StatusCode::UNPROCESSABLE_ENTITY,
                values,
                errors,
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// POST /ag/netzwerk/{id}/loeschen
pub async fn delete(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<CsrfForm>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/netzwerk").await?;
    let me = ag.require_coordinator()?.clone();
    check_csrf(&viewer, &f.csrf)?;
    match state.db.delete_org_contact(id, me.id, state.now()).await {
        Ok(()) => Ok(Redirect::to("/ag/netzwerk?hinweis=geloescht").into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
