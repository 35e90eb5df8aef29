//! The back office for offers: lists, the edit form, provider revisions and the coordinator's review.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::{Account, Role};
use wegweiser_domain::directory::{AccessMode, Cost, Offer, PublicationStatus};
use wegweiser_domain::editorial::{FieldError, OfferDraft};

use wegweiser_domain::mail::Mail;
use wegweiser_store::OfferSelect;

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::{Field, SavedQuery};
use crate::kit::i18n::{LANGS, Tr};
use crate::kit::page::page_html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

const STAFF: [Role; 2] = [Role::Coordinator, Role::ProviderEditor];

/// The offer, if this account may edit it: the coordinator any, a provider editor its organisations'.
async fn editable_offer(state: &AppState, account: &Account, id: i64) -> Result<Offer, WebError> {
    let offer = state
        .db
        .offers_any_status(OfferSelect::ById(id))
        .await?
        .into_iter()
        .next()
        .ok_or(WebError::NotFound)?;
    if account.role == Role::Coordinator
        || state
            .db
            .editor_organizations(account.id)
            .await?
            .contains(&offer.organization.id)
    {
        Ok(offer)
    } else {
        Err(WebError::Forbidden)
    }
}

#[derive(Template)]
#[template(path = "directory/admin_offers.html")]
struct OfferList {
    page: PageMeta,
    q: String,
    rows: Vec<(i64, String, String, String)>,
    csrf: String,
    organizations: Vec<(String, String)>,
    error: Option<String>,
}

/// The organisations an account may create offers for: all for the coordinator, else its own.
async fn own_organizations(state: &AppState, me: &Account) -> Result<Vec<(i64, String)>, WebError> {
    let all = state.db.organization_names().await?;
    if me.role == Role::Coordinator {
        return Ok(all);
    }
    let own = state.db.editor_organizations(me.id).await?;
    Ok(all.into_iter().filter(|(id, _)| own.contains(id)).collect())
}

#[derive(Deserialize)]
pub struct ListQuery {
    q: Option<String>,
}

/// GET /verwaltung/angebote
pub async fn offers(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(lq): Query<ListQuery>,
) -> Result<Response, WebError> {
    let me = viewer.require(&STAFF, "/verwaltung/angebote")?;
    let mut list = if me.role == Role::Coordinator {
        state.db.offers_any_status(OfferSelect::All).await?
    } else {
        let mut v = Vec::new();
        for org in state.db.editor_organizations(me.id).await? {
            v.extend(
                state
                    .db
                    .offers_any_status(OfferSelect::ByOrganization(org))
                    .await?,
            );
        }
        v
    };
    let q = lq.q.unwrap_or_default().trim().to_lowercase();
    if !q.is_empty() {
        list.retain(|o| {
            o.name.de.to_lowercase().contains(&q) || o.organization.name.to_lowercase().contains(&q)
        });
    }
    list.sort_by(|a, b| a.name.de.cmp(&b.name.de));
    let rows = list
        .iter()
        .map(|o| {
            (
                o.id,
                o.name.de.clone(),
                o.organization.name.clone(),
                ctx.tr.t(&format!("status-{}", o.status.as_str())),
            )
        })
        .collect();
    page_html(
        StatusCode::OK,
        &OfferList {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("offers-admin-title"), "", "admin"),
            q,
            rows,
            csrf: viewer.csrf.clone().unwrap_or_default(),
            organizations: own_organizations(&state, me)
                .await?
                .into_iter()
                .map(|(id, n)| (id.to_string(), n))
                .collect(),
            error: None,
        },
    )
}

#[derive(Deserialize)]
pub struct NewOffer {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    organization: String,
    #[serde(default)]
    name: String,
}

/// POST /verwaltung/angebote: a new draft, then its form.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<NewOffer>,
) -> Result<Response, WebError> {
    let me = viewer.require(&STAFF, "/verwaltung/angebote")?;
    check_csrf(&viewer, &f.csrf)?;
    let orgs = own_organizations(&state, me).await?;
    let org = f
        .organization
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| orgs.iter().any(|(o, _)| o == id));
    let name = f.name.trim();
    let error = match (org, name.is_empty() || name.chars().count() > 150) {
        (None, _) => Some(ctx.tr.t("invite-error-organization")),
        (_, true) => Some(ctx.tr.t("edit-error-name-missing")),
        _ => None,
    };
    match (org, error) {
        (Some(org), None) => {
            let id = state.db.create_offer(org, name, me.id, state.now()).await?;
            Ok(Redirect::to(&format!("/verwaltung/angebote/{id}")).into_response())
        }
        (_, error) => page_html(
            StatusCode::UNPROCESSABLE_ENTITY,
            &OfferList {
                page: PageMeta::new(&ctx, &state, ctx.tr.t("offers-admin-title"), "", "admin"),
                q: String::new(),
                rows: vec![],
                csrf: viewer.csrf.clone().unwrap_or_default(),
                organizations: orgs
                    .into_iter()
                    .map(|(id, n)| (id.to_string(), n))
                    .collect(),
                error,
            },
        ),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    status: String,
}

/// POST /verwaltung/angebote/{id}/status: publish, archive or back to draft (the coordinator only).
pub async fn set_status(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<StatusForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], &format!("/verwaltung/angebote/{id}"))?;
    check_csrf(&viewer, &f.csrf)?;
    let status = PublicationStatus::parse(&f.status).ok_or(WebError::Invalid)?;
    state
        .db
        .set_offer_status(id, status, me.id, state.now())
        .await?;
    Ok(Redirect::to(&format!("/verwaltung/angebote/{id}?gespeichert=1")).into_response())
}

#[derive(Template)]
#[template(path = "directory/admin_offer_edit.html")]
struct EditPage {
    page: PageMeta,
    id: i64,
    offer_name: String,
    status: String,
    status_label: String,
    is_coordinator: bool,
    csrf: String,
    fields: Vec<Field>,
    childcare: bool,
    has_errors: bool,
    notice: Option<String>,
    returned_comment: Option<String>,
}

fn fields(ctx: &Ctx, d: &OfferDraft, errors: &[FieldError]) -> Vec<Field> {
    let err = |name: &str| {
        errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| ctx.tr.t(e.message))
    };
    let text = |name: &'static str, kind: &'static str, value: &str| Field {
        name,
        label: ctx.tr.t(&format!("field-{}", name.replace('_', "-"))),
        kind,
        value: value.to_string(),
        options: vec![],
        hint: if name == "hours" {
            ctx.tr.t("field-hours-hint")
        } else {
            String::new()
        },
        error: err(name),
    };
    let select = |name: &'static str, value: &str, options: Vec<(String, String)>| Field {
        options,
        ..text(name, "select", value)
    };
    vec![
        text("name", "text", &d.name),
        text("summary", "text", &d.summary),
        text("description", "textarea", &d.description),
        text("eligibility", "textarea", &d.eligibility),
        text("how_to_access", "textarea", &d.how_to_access),
        select(
            "cost",
            &d.cost,
            Cost::ALL
                .iter()
                .map(|c| {
                    (
                        c.as_str().to_string(),
                        ctx.tr.t(&format!("cost-{}", c.as_str())),
                    )
                })
                .collect(),
        ),
        select(
            "access",
            &d.access,
            AccessMode::ALL
                .iter()
                .map(|a| {
                    (
                        a.as_str().to_string(),
                        ctx.tr
                            .t(&format!("access-{}", a.as_str().replace('_', "-"))),
                    )
                })
                .collect(),
        ),
        text("phone", "text", &d.phone),
        text("email", "text", &d.email),
        text("website", "text", &d.website),
        text("hours", "textarea", &d.hours),
        text("closed_reason", "text", &d.closed_reason),
    ]
}

#[derive(Deserialize)]
pub struct EditQuery {
    gespeichert: Option<String>,
    eingereicht: Option<String>,
}

/// GET /verwaltung/angebote/{id}
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(eq): Query<EditQuery>,
) -> Result<Response, WebError> {
    let me = viewer.require(&STAFF, &format!("/verwaltung/angebote/{id}"))?;
    let offer = editable_offer(&state, me, id).await?;
    let mut draft = OfferDraft::from_offer(&offer);
    let mut notice = eq
        .gespeichert
        .map(|_| ctx.tr.t("edit-saved"))
        .or(eq.eingereicht.map(|_| ctx.tr.t("edit-submitted")));
    let mut returned_comment = None;
    // A provider editor continues from their own pending or returned revision.
    if me.role == Role::ProviderEditor
        && let Some(rev) = state.db.latest_revision(id).await?
    {
        draft = rev.draft;
        if rev.status == "returned" {
            returned_comment = Some(rev.comment);
        } else if notice.is_none() {
            notice = Some(ctx.tr.t("edit-pending"));
        }
    }
    page_html(
        StatusCode::OK,
        &EditPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("edit-title"), "", "admin"),
            id,
            offer_name: offer.name.de.clone(),
            status: offer.status.as_str().to_string(),
            status_label: ctx.tr.t(&format!("status-{}", offer.status.as_str())),
            is_coordinator: me.role == Role::Coordinator,
            csrf: viewer.csrf.clone().unwrap_or_default(),
            childcare: draft.childcare,
            fields: fields(&ctx, &draft, &[]),
            has_errors: false,
            notice,
            returned_comment,
        },
    )
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    eligibility: String,
    #[serde(default)]
    how_to_access: String,
    #[serde(default)]
    cost: String,
    #[serde(default)]
    access: String,
    childcare: Option<String>,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    closed_reason: String,
}

/// POST /verwaltung/angebote/{id}: the coordinator's change is live at once; a provider editor's
/// change to a published offer waits for review.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<EditForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&STAFF, &format!("/verwaltung/angebote/{id}"))?;
    check_csrf(&viewer, &f.csrf)?;
    let offer = editable_offer(&state, me, id).await?;
    let draft = OfferDraft {
        name: f.name,
        summary: f.summary,
        description: f.description,
        eligibility: f.eligibility,
        how_to_access: f.how_to_access,
        cost: f.cost,
        access: f.access,
        childcare: f.childcare.is_some(),
        phone: f.phone,
        email: f.email,
        website: f.website,
        hours: f.hours,
        closed_reason: f.closed_reason,
    };
    let (draft, weekly) = match draft.clone().checked() {
        Ok(ok) => ok,
        Err(errors) => {
            return page_html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &EditPage {
                    page: PageMeta::new(&ctx, &state, ctx.tr.t("edit-title"), "", "admin"),
                    id,
                    offer_name: offer.name.de.clone(),
                    status: offer.status.as_str().to_string(),
                    status_label: ctx.tr.t(&format!("status-{}", offer.status.as_str())),
                    is_coordinator: me.role == Role::Coordinator,
                    csrf: viewer.csrf.clone().unwrap_or_default(),
                    childcare: draft.childcare,
                    fields: fields(&ctx, &draft, &errors),
                    has_errors: true,
                    notice: None,
                    returned_comment: None,
                },
            );
        }
    };
    let now = state.now();
    if me.role == Role::Coordinator || offer.status != PublicationStatus::Published {
        state
            .db
            .apply_offer_draft(id, &draft, &weekly, me.id, now)
            .await?;
        Ok(Redirect::to(&format!("/verwaltung/angebote/{id}?gespeichert=1")).into_response())
    } else {
        state.db.submit_revision(id, &draft, me.id, now).await?;
        Ok(Redirect::to(&format!("/verwaltung/angebote/{id}?eingereicht=1")).into_response())
    }
}

#[derive(Template)]
#[template(path = "directory/admin_reviews.html")]
struct ReviewList {
    page: PageMeta,
    rows: Vec<(i64, String, String, String)>,
}

/// GET /verwaltung/pruefen
pub async fn reviews(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/pruefen")?;
    let rows = state
        .db
        .pending_revisions()
        .await?
        .into_iter()
        .map(|r| {
            (
                r.id,
                r.offer_name,
                r.author.unwrap_or_else(|| "—".into()),
                r.created_at
                    .with_timezone(&chrono_tz::Europe::Berlin)
                    .format("%d.%m.%Y %H:%M")
                    .to_string(),
            )
        })
        .collect();
    page_html(
        StatusCode::OK,
        &ReviewList {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("reviews-title"), "", "admin"),
            rows,
        },
    )
}

#[derive(Template)]
#[template(path = "directory/admin_review.html")]
struct ReviewPage {
    page: PageMeta,
    id: i64,
    offer_id: i64,
    offer_name: String,
    author: String,
    csrf: String,
    changes: Vec<(String, String, String)>,
    pending: bool,
}

/// GET /verwaltung/pruefen/{id}: old against new, field by field.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], &format!("/verwaltung/pruefen/{id}"))?;
    let rev = state.db.revision(id).await?;
    let offer = state
        .db
        .offers_any_status(OfferSelect::ById(rev.offer_id))
        .await?
        .into_iter()
        .next()
        .ok_or(WebError::NotFound)?;
    let changes = OfferDraft::from_offer(&offer)
        .diff(&rev.draft)
        .into_iter()
        .map(|c| {
            (
                ctx.tr.t(&format!("field-{}", c.field.replace('_', "-"))),
                c.old,
                c.new,
            )
        })
        .collect();
    page_html(
        StatusCode::OK,
        &ReviewPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("review-title"), "", "admin"),
            id,
            offer_id: offer.id,
            offer_name: offer.name.de.clone(),
            author: rev.author.unwrap_or_else(|| "—".into()),
            csrf: viewer.csrf.clone().unwrap_or_default(),
            changes,
            pending: rev.status == "pending",
        },
    )
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comment: String,
}

/// POST /verwaltung/pruefen/{id}: approve (the change goes live) or send back with a comment.
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], &format!("/verwaltung/pruefen/{id}"))?;
    check_csrf(&viewer, &f.csrf)?;
    let rev = state.db.revision(id).await?;
    let now = state.now();
    // The editor hears of the decision; in German, the office's language (accounts keep none).
    let de = Tr::new(LANGS[0]);
    let public = &state.config.public_url;
    let notice = |key: &str, link: String| {
        rev.author.as_ref().map(|to| Mail {
            to: to.clone(),
            subject: de.s(&format!("{key}-subject"), "offer", &rev.draft.name),
            body: de.with_args(
                &format!("{key}-body"),
                &[
                    ("offer", rev.draft.name.as_str()),
                    ("comment", f.comment.trim()),
                    ("link", &link),
                ],
            ),
        })
    };
    match f.decision.as_str() {
        "approve" => {
            let mail = notice(
                "mail-revision-approved",
                format!("{public}/angebote/{}", rev.offer_id),
            );
            // Checked again: the rules may have changed since the editor saved it.
            let (draft, weekly) = rev.draft.clone().checked().map_err(|_| WebError::Invalid)?;
            state
                .db
                .approve_revision(id, &draft, &weekly, me.id, mail.as_ref(), now)
                .await?;
        }
        "return" => {
            let mail = notice(
                "mail-revision-returned",
                format!("{public}/verwaltung/angebote/{}", rev.offer_id),
            );
            state
                .db
                .return_revision(id, f.comment.trim(), me.id, mail.as_ref(), now)
                .await?
        }
        _ => return Err(WebError::Invalid),
    }
    Ok(Redirect::to("/verwaltung/pruefen").into_response())
}

#[derive(Template)]
#[template(path = "directory/admin_synonyms.html")]
struct SynonymPage {
    page: PageMeta,
    csrf: String,
    rules: String,
    errors: Vec<String>,
    saved: bool,
}

/// GET /verwaltung/synonyme: the search's synonym rules, one per line.
pub async fn synonyms(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(sq): Query<SavedQuery>,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/synonyme")?;
    page_html(
        StatusCode::OK,
        &SynonymPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("synonyms-title"), "", "admin"),
            csrf: viewer.csrf.clone().unwrap_or_default(),
            rules: state.db.synonym_rules().await?.join("\n"),
            errors: vec![],
            saved: sq.gespeichert.is_some(),
        },
    )
}

#[derive(Deserialize)]
pub struct SynonymForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    rules: String,
}

/// POST /verwaltung/synonyme: every line checked; one bad line keeps all as typed.
pub async fn save_synonyms(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<SynonymForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], "/verwaltung/synonyme")?;
    check_csrf(&viewer, &f.csrf)?;
    let mut rules: Vec<String> = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in f.rules.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || rules.iter().any(|r| r == line) {
            continue;
        }
        match wegweiser_search::synonyms::parse_rule(line) {
            Ok(_) => rules.push(line.to_string()),
            Err(_) => errors.push(ctx.tr.s2(
                "synonyms-error-line",
                ("line", &(i + 1).to_string()),
                ("rule", line),
            )),
        }
    }
    if !errors.is_empty() {
        return page_html(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SynonymPage {
                page: PageMeta::new(&ctx, &state, ctx.tr.t("synonyms-title"), "", "admin"),
                csrf: viewer.csrf.clone().unwrap_or_default(),
                rules: f.rules,
                errors,
                saved: false,
            },
        );
    }
    state
        .db
        .replace_synonym_rules(&rules, me.id, state.now())
        .await?;
    Ok(Redirect::to("/verwaltung/synonyme?gespeichert=1").into_response())
}

#[derive(Template)]
#[template(path = "directory/admin_organizations.html")]
struct OrganizationsPage {
    page: PageMeta,
    csrf: String,
    rows: Vec<(i64, String, String)>,
    kinds: Vec<(&'static str, String)>,
}

fn kind_options(ctx: &Ctx) -> Vec<(&'static str, String)> {
    wegweiser_domain::directory::OrganizationKind::ALL
        .iter()
        .map(|k| {
            (
                k.as_str(),
                ctx.tr
                    .t(&format!("org-kind-{}", k.as_str().replace('_', "-"))),
            )
        })
        .collect()
}

/// GET /verwaltung/traeger
pub async fn organizations(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/traeger")?;
    let rows = state
        .db
        .organizations_for_edit()
        .await?
        .into_iter()
        .map(|o| {
            let kind = ctx.tr.t(&format!("org-kind-{}", o.kind.replace('_', "-")));
            (o.id, o.name, kind)
        })
        .collect();
    page_html(
        StatusCode::OK,
        &OrganizationsPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("orgs-title"), "", "admin"),
            csrf: viewer.csrf.clone().unwrap_or_default(),
            rows,
            kinds: kind_options(&ctx),
        },
    )
}

#[derive(Template)]
#[template(path = "directory/admin_organization_edit.html")]
struct OrganizationEdit {
    page: PageMeta,
    id: Option<i64>,
    csrf: String,
    fields: Vec<Field>,
    has_errors: bool,
    saved: bool,
}

#[derive(Default, Deserialize)]
pub struct OrganizationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
}

fn organization_fields(
    ctx: &Ctx,
    d: &wegweiser_domain::editorial::OrganizationDraft,
    errors: &[FieldError],
) -> Vec<Field> {
    let err = |name: &str| {
        errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| ctx.tr.t(e.message))
    };
    let f =
        |name: &'static str, kind: &'static str, value: &str, options: Vec<(String, String)>| {
            Field {
                name,
                label: ctx.tr.t(&format!("org-field-{name}")),
                kind,
                value: value.to_string(),
                options,
                hint: String::new(),
                error: err(name),
            }
        };
    vec![
        f("name", "text", &d.name, vec![]),
        f(
            "kind",
            "select",
            &d.kind,
            kind_options(ctx)
                .into_iter()
                .map(|(v, l)| (v.to_string(), l))
                .collect(),
        ),
        f("description", "textarea", &d.description, vec![]),
        f("website", "text", &d.website, vec![]),
        f("email", "text", &d.email, vec![]),
        f("phone", "text", &d.phone, vec![]),
    ]
}

fn organization_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    d: &wegweiser_domain::editorial::OrganizationDraft,
    errors: &[FieldError],
    saved: bool,
) -> OrganizationEdit {
    OrganizationEdit {
        page: PageMeta::new(ctx, state, ctx.tr.t("orgs-edit-title"), "", "admin"),
        id,
        csrf: viewer.csrf.clone().unwrap_or_default(),
        fields: organization_fields(ctx, d, errors),
        has_errors: !errors.is_empty(),
        saved,
    }
}

/// GET /verwaltung/traeger/{id}
pub async fn organization_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(sq): Query<SavedQuery>,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], &format!("/verwaltung/traeger/{id}"))?;
    let o = state
        .db
        .organizations_for_edit()
        .await?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or(WebError::NotFound)?;
    let d = wegweiser_domain::editorial::OrganizationDraft {
        name: o.name,
        kind: o.kind,
        description: o.description,
        website: o.website.unwrap_or_default(),
        email: o.email.unwrap_or_default(),
        phone: o.phone.unwrap_or_default(),
    };
    page_html(
        StatusCode::OK,
        &organization_page(
            &state,
            &ctx,
            &viewer,
            Some(id),
            &d,
            &[],
            sq.gespeichert.is_some(),
        ),
    )
}

async fn save_organization_form(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    f: OrganizationForm,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], "/verwaltung/traeger")?;
    check_csrf(viewer, &f.csrf)?;
    let d = wegweiser_domain::editorial::OrganizationDraft {
        name: f.name,
        kind: f.kind,
        description: f.description,
        website: f.website,
        email: f.email,
        phone: f.phone,
    };
    match d.clone().checked() {
        Ok(d) => {
            let id = state
                .db
                .save_organization(id, &d, me.id, state.now())
                .await?;
            Ok(Redirect::to(&format!("/verwaltung/traeger/{id}?gespeichert=1")).into_response())
        }
        Err(errors) => page_html(
            StatusCode::UNPROCESSABLE_ENTITY,
            &organization_page(state, ctx, viewer, id, &d, &errors, false),
        ),
    }
}

/// POST /verwaltung/traeger: a new organisation.
pub async fn create_organization(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<OrganizationForm>,
) -> Result<Response, WebError> {
    save_organization_form(&state, &ctx, &viewer, None, f).await
}

/// POST /verwaltung/traeger/{id}
pub async fn save_organization(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<OrganizationForm>,
) -> Result<Response, WebError> {
    save_organization_form(&state, &ctx, &viewer, Some(id), f).await
}

/// A form page with a list below it (the categories use it).
#[derive(Template)]
#[template(path = "directory/admin_form.html")]
struct FormPage {
    page: PageMeta,
    title: String,
    back_url: String,
    back_label: String,
    action: String,
    csrf: String,
    fields: Vec<Field>,
    has_errors: bool,
    saved: bool,
    list_title: String,
    rows: Vec<(String, String)>,
}

#[derive(Default, Deserialize)]
pub struct CategoryForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    name_de: String,
    #[serde(default)]
    name_en: String,
    #[serde(default)]
    description_de: String,
    #[serde(default)]
    description_en: String,
    #[serde(default)]
    position: String,
}

async fn category_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    d: &wegweiser_domain::editorial::CategoryDraft,
    errors: &[FieldError],
    saved: bool,
) -> Result<FormPage, WebError> {
    let err = |name: &str| {
        errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| ctx.tr.t(e.message))
    };
    let f = |name: &'static str, kind: &'static str, value: &str| Field {
        name,
        label: ctx
            .tr
            .t(&format!("category-field-{}", name.replace('_', "-"))),
        kind,
        value: value.to_string(),
        options: vec![],
        hint: if name == "slug" {
            ctx.tr.t("category-slug-hint")
        } else {
            String::new()
        },
        error: err(name),
    };
    let rows = if id.is_none() {
        state
            .db
            .categories()
            .await?
            .into_iter()
            .map(|c| (format!("/verwaltung/kategorien/{}", c.id), c.name.de))
            .collect()
    } else {
        vec![]
    };
    Ok(FormPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("categories-admin-title"), "", "admin"),
        title: ctx.tr.t(if id.is_some() {
            "category-edit-title"
        } else {
            "category-new-title"
        }),
        back_url: if id.is_some() {
            "/verwaltung/kategorien".into()
        } else {
            "/verwaltung".into()
        },
        back_label: ctx.tr.t(if id.is_some() {
            "categories-back"
        } else {
            "admin-back"
        }),
        action: id.map_or("/verwaltung/kategorien".into(), |id| {
            format!("/verwaltung/kategorien/{id}")
        }),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        fields: vec![
            f("slug", "text", &d.slug),
            f("name_de", "text", &d.name_de),
            f("name_en", "text", &d.name_en),
            f("description_de", "textarea", &d.description_de),
            f("description_en", "textarea", &d.description_en),
            f("position", "text", &d.position),
        ],
        has_errors: !errors.is_empty(),
        saved,
        list_title: ctx.tr.t("categories-all"),
        rows,
    })
}

/// GET /verwaltung/kategorien: a new category's form, with all categories listed below.
pub async fn categories(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/kategorien")?;
    let page = category_page(&state, &ctx, &viewer, None, &Default::default(), &[], false).await?;
    page_html(StatusCode::OK, &page)
}

/// GET /verwaltung/kategorien/{id}
pub async fn category_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(sq): Query<SavedQuery>,
) -> Result<Response, WebError> {
    viewer.require(
        &[Role::Coordinator],
        &format!("/verwaltung/kategorien/{id}"),
    )?;
    let c = state
        .db
        .categories()
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(WebError::NotFound)?;
    let d = wegweiser_domain::editorial::CategoryDraft {
        slug: c.slug.clone(),
        name_de: c.name.de.clone(),
        name_en: c.name.other.get("en").cloned().unwrap_or_default(),
        description_de: c.description.de.clone(),
        description_en: c.description.other.get("en").cloned().unwrap_or_default(),
        position: c.position.to_string(),
    };
    let page = category_page(
        &state,
        &ctx,
        &viewer,
        Some(id),
        &d,
        &[],
        sq.gespeichert.is_some(),
    )
    .await?;
    page_html(StatusCode::OK, &page)
}

async fn save_category_form(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    f: CategoryForm,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], "/verwaltung/kategorien")?;
    check_csrf(viewer, &f.csrf)?;
    let d = wegweiser_domain::editorial::CategoryDraft {
        slug: f.slug,
        name_de: f.name_de,
        name_en: f.name_en,
        description_de: f.description_de,
        description_en: f.description_en,
        position: f.position,
    };
    let errors = match d.clone().checked() {
        Ok((d, position)) => match state
            .db
            .save_category(id, &d, position, me.id, state.now())
            .await
        {
            Ok(id) => {
                return Ok(
                    Redirect::to(&format!("/verwaltung/kategorien/{id}?gespeichert=1"))
                        .into_response(),
                );
            }
            Err(wegweiser_store::StoreError::Duplicate { .. }) => vec![FieldError {
                field: "slug",
                message: "category-error-slug-taken",
            }],
            Err(e) => return Err(e.into()),
        },
        Err(errors) => errors,
    };
    let page = category_page(state, ctx, viewer, id, &d, &errors, false).await?;
    page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// POST /verwaltung/kategorien
pub async fn create_category(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<CategoryForm>,
) -> Result<Response, WebError> {
    save_category_form(&state, &ctx, &viewer, None, f).await
}

/// POST /verwaltung/kategorien/{id}
pub async fn save_category(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<CategoryForm>,
) -> Result<Response, WebError> {
    save_category_form(&state, &ctx, &viewer, Some(id), f).await
}

#[derive(Template)]
#[template(path = "directory/admin_location.html")]
struct LocationPage {
    page: PageMeta,
    org_id: i64,
    org_name: String,
    id: Option<i64>,
    csrf: String,
    fields: Vec<Field>,
    confidential: bool,
    wheelchair: bool,
    offers: Vec<(i64, String, bool)>,
    others: Vec<(i64, String)>,
    has_errors: bool,
    saved: bool,
}

/// The location form as posted (built by hand: the "offer" checkboxes repeat).
#[derive(Default)]
struct LocationForm {
    csrf: String,
    name: String,
    street: String,
    postcode: String,
    city: String,
    lat: String,
    lon: String,
    confidential: Option<String>,
    wheelchair: Option<String>,
    transit: String,
    contact_note: String,
    offers: Vec<i64>,
}

#[allow(clippy::too_many_arguments)]
async fn location_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    org: i64,
    id: Option<i64>,
    d: &wegweiser_domain::editorial::LocationDraft,
    offers_here: &[i64],
    errors: &[FieldError],
    saved: bool,
) -> Result<LocationPage, WebError> {
    let org_name = state
        .db
        .organization_names()
        .await?
        .into_iter()
        .find(|(o, _)| *o == org)
        .map(|(_, n)| n)
        .ok_or(WebError::NotFound)?;
    let err = |name: &str| {
        errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| ctx.tr.t(e.message))
    };
    let f = |name: &'static str, value: &str| Field {
        name,
        label: ctx
            .tr
            .t(&format!("location-field-{}", name.replace('_', "-"))),
        kind: if name == "contact_note" {
            "textarea"
        } else {
            "text"
        },
        value: value.to_string(),
        options: vec![],
        hint: if name == "lat" {
            ctx.tr.t("location-position-hint")
        } else {
            String::new()
        },
        error: err(name),
    };
    let offers = state
        .db
        .offers_any_status(OfferSelect::ByOrganization(org))
        .await?
        .into_iter()
        .map(|o| (o.id, o.name.de.clone(), offers_here.contains(&o.id)))
        .collect();
    let others = state
        .db
        .locations_of(org)
        .await?
        .into_iter()
        .filter(|l| Some(l.id) != id)
        .map(|l| (l.id, l.name))
        .collect();
    Ok(LocationPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("locations-title"), "", "admin"),
        org_id: org,
        org_name,
        id,
        csrf: viewer.csrf.clone().unwrap_or_default(),
        fields: vec![
            f("name", &d.name),
            f("street", &d.street),
            f("postcode", &d.postcode),
            f("city", &d.city),
            f("lat", &d.lat),
            f("lon", &d.lon),
            f("transit", &d.transit),
            f("contact_note", &d.contact_note),
        ],
        confidential: d.confidential,
        wheelchair: d.wheelchair,
        offers,
        others,
        has_errors: !errors.is_empty(),
        saved,
    })
}

/// GET /verwaltung/traeger/{org}/orte: the organisation's places, and a form for a new one.
pub async fn new_location(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(org): Path<i64>,
) -> Result<Response, WebError> {
    viewer.require(
        &[Role::Coordinator],
        &format!("/verwaltung/traeger/{org}/orte"),
    )?;
    let d = wegweiser_domain::editorial::LocationDraft {
        city: "Berlin".into(),
        ..Default::default()
    };
    let page = location_page(&state, &ctx, &viewer, org, None, &d, &[], &[], false).await?;
    page_html(StatusCode::OK, &page)
}

/// GET /verwaltung/orte/{id}
pub async fn location_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(sq): Query<SavedQuery>,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], &format!("/verwaltung/orte/{id}"))?;
    let l = state.db.location_for_edit(id).await?;
    let d = wegweiser_domain::editorial::LocationDraft {
        name: l.name,
        street: l.street.unwrap_or_default(),
        postcode: l.postcode.unwrap_or_default(),
        city: l.city.unwrap_or_default(),
        lat: l.latitude.map(|v| v.to_string()).unwrap_or_default(),
        lon: l.longitude.map(|v| v.to_string()).unwrap_or_default(),
        confidential: l.confidential,
        wheelchair: l.wheelchair_access,
        transit: l.transit.unwrap_or_default(),
        contact_note: l.contact_note,
    };
    let here = state.db.offers_at_location(id).await?;
    let page = location_page(
        &state,
        &ctx,
        &viewer,
        l.organization_id,
        Some(id),
        &d,
        &here,
        &[],
        sq.gespeichert.is_some(),
    )
    .await?;
    page_html(StatusCode::OK, &page)
}

/// The form, with the repeated "offer" checkboxes that serde's flat forms cannot collect.
fn location_form_from(body: &str) -> LocationForm {
    let mut f = LocationForm::default();
    for (k, v) in form_urlencoded::parse(body.as_bytes()) {
        let v = v.into_owned();
        match k.as_ref() {
            "csrf" => f.csrf = v,
            "name" => f.name = v,
            "street" => f.street = v,
            "postcode" => f.postcode = v,
            "city" => f.city = v,
            "lat" => f.lat = v,
            "lon" => f.lon = v,
            "confidential" => f.confidential = Some(v),
            "wheelchair" => f.wheelchair = Some(v),
            "transit" => f.transit = v,
            "contact_note" => f.contact_note = v,
            "offer" => f.offers.extend(v.parse::<i64>().ok()),
            _ => {}
        }
    }
    f
}

async fn save_location_form(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    org: i64,
    id: Option<i64>,
    body: &str,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], "/verwaltung/traeger")?;
    let f = location_form_from(body);
    check_csrf(viewer, &f.csrf)?;
    let d = wegweiser_domain::editorial::LocationDraft {
        name: f.name,
        street: f.street,
        postcode: f.postcode,
        city: f.city,
        lat: f.lat,
        lon: f.lon,
        confidential: f.confidential.is_some(),
        wheelchair: f.wheelchair.is_some(),
        transit: f.transit,
        contact_note: f.contact_note,
    };
    match d.clone().checked() {
        Ok((d, position)) => {
            let ortsteil = wegweiser_domain::directory::ortsteil_for(position);
            let id = state
                .db
                .save_location(
                    id,
                    org,
                    &d,
                    position,
                    ortsteil,
                    &f.offers,
                    me.id,
                    state.now(),
                )
                .await?;
            Ok(Redirect::to(&format!("/verwaltung/orte/{id}?gespeichert=1")).into_response())
        }
        Err(errors) => {
            let page =
                location_page(state, ctx, viewer, org, id, &d, &f.offers, &errors, false).await?;
            page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// POST /verwaltung/traeger/{org}/orte
pub async fn create_location(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(org): Path<i64>,
    body: String,
) -> Result<Response, WebError> {
    save_location_form(&state, &ctx, &viewer, org, None, &body).await
}

/// POST /verwaltung/orte/{id}
pub async fn save_location(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: String,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], &format!("/verwaltung/orte/{id}"))?;
    let org = state.db.location_for_edit(id).await?.organization_id;
    save_location_form(&state, &ctx, &viewer, org, Some(id), &body).await
}
