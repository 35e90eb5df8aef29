//! The back office for service chains: the coordinator writes a draft (chain fields and steps,
//! reordered with buttons), previews it as parents would see it and publishes it. Every save names
//! the version it started from, so two people editing at once get a message instead of a silent
//! overwrite.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::chains::{Chain, ChainDraft, Step, StepDraft, is_valid_slug};
use wegweiser_domain::directory::{PublicationStatus, Translated};
use wegweiser_domain::editorial::{FieldError, SentTranslations};
use wegweiser_store::{ChainRecord, OfferSelect, StoreError};

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::{Field, FormPairs};
use crate::kit::page::page_html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

const ROLES: &[Role] = &[Role::Coordinator];

fn fields(
    ctx: &Ctx,
    errors: &[FieldError],
    spec: &[(&'static str, &'static str, String)],
) -> Vec<Field> {
    spec.iter()
        .map(|(name, kind, value)| Field::labelled(&ctx.tr, "chain", name, kind, value, errors))
        .collect()
}

/// `spec`'s fields with each pair `{base}_de`/`{base}_en` drawn as one German text with its
/// translations beside it (the further languages from `more`).
fn text_fields(
    ctx: &Ctx,
    errors: &[FieldError],
    spec: &[(&'static str, &'static str, String)],
    more: &SentTranslations,
) -> Vec<Field> {
    let english = |base: &str| {
        spec.iter()
            .find(|(name, _, _)| name.strip_suffix("_en") == Some(base))
            .map_or("", |(_, _, value)| value.as_str())
    };
    fields(ctx, errors, spec)
        .into_iter()
        .filter(|f| !f.name.ends_with("_en"))
        .map(|f| match f.name.strip_suffix("_de") {
            Some(base) => f.translated(&ctx.tr, base, english(base), more),
            None => f,
        })
        .collect()
}

struct ChainRow {
    id: i64,
    slug: String,
    title: String,
    status: String,
    changed: bool,
}

#[derive(Template)]
#[template(path = "chains/admin_chains.html")]
struct ChainsPage {
    page: PageMeta,
    csrf: String,
    rows: Vec<ChainRow>,
    new_fields: Vec<Field>,
    has_errors: bool,
}

fn status_label(ctx: &Ctx, s: PublicationStatus) -> String {
    ctx.tr.t(&format!("status-{}", s.as_str()))
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    new: &NewChainForm,
    errors: &[FieldError],
) -> Result<ChainsPage, WebError> {
    let rows = state
        .db
        .chains_for_edit()
        .await?
        .into_iter()
        .map(|r| ChainRow {
            changed: r.status == PublicationStatus::Published && r.has_unpublished_changes(),
            id: r.id,
            title: r.draft.title.de.clone(),
            status: status_label(ctx, r.status),
            slug: r.slug,
        })
        .collect();
    Ok(ChainsPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("chains-admin-title"), "", "admin"),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        rows,
        new_fields: fields(
            ctx,
            errors,
            &[
                ("slug", "text", new.slug.clone()),
                ("title_de", "text", new.title_de.clone()),
            ],
        ),
        has_errors: !errors.is_empty(),
    })
}

/// GET /verwaltung/wege
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(ROLES, "/verwaltung/wege")?;
    let page = list_page(&state, &ctx, &viewer, &NewChainForm::default(), &[]).await?;
    page_html(StatusCode::OK, &page)
}

#[derive(Default, Deserialize)]
pub struct NewChainForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    title_de: String,
}

/// POST /verwaltung/wege: a new chain as a draft, then on to its editor.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<NewChainForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, "/verwaltung/wege")?;
    check_csrf(&viewer, &f.csrf)?;
    let slug = f.slug.trim().to_string();
    let mut errors = Vec::new();
    if !is_valid_slug(&slug) {
        errors.push(FieldError {
            field: "slug",
            message: "chain-error-slug",
        });
    }
    if f.title_de.trim().is_empty() {
        errors.push(FieldError {
            field: "title_de",
            message: "chain-error-title",
        });
    }
    if errors.is_empty() {
        let chain = Chain {
            title: Translated::new(f.title_de.trim()),
            ..Default::default()
        };
        match state
            .db
            .create_chain(&slug, &chain, Some(me.id), state.now())
            .await
        {
            Ok(id) => return Ok(Redirect::to(&format!("/verwaltung/wege/{id}")).into_response()),
            Err(StoreError::Duplicate { .. }) => errors.push(FieldError {
                field: "slug",
                message: "chain-error-slug-taken",
            }),
            Err(e) => return Err(e.into()),
        }
    }
    let page = list_page(&state, &ctx, &viewer, &f, &errors).await?;
    page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    richtung: String,
}

fn direction(s: &str) -> Result<i32, WebError> {
    match s {
        "hoch" => Ok(-1),
        "runter" => Ok(1),
        _ => Err(WebError::Invalid),
    }
}

/// POST /verwaltung/wege/{id}/verschieben: the chain's place in the public list.
pub async fn move_chain(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<MoveForm>,
) -> Result<Response, WebError> {
    viewer.require(ROLES, "/verwaltung/wege")?;
    check_csrf(&viewer, &f.csrf)?;
    state.db.move_chain(id, direction(&f.richtung)?).await?;
    Ok(Redirect::to("/verwaltung/wege").into_response())
}

struct StepRow {
    key: String,
    n: usize,
    title: String,
    offers: usize,
    first: bool,
    last: bool,
}

#[derive(Template)]
#[template(path = "chains/admin_chain.html")]
struct ChainPage {
    page: PageMeta,
    csrf: String,
    r: ChainRecord,
    status: String,
    changed: bool,
    fields: Vec<Field>,
    has_errors: bool,
    notice: Option<String>,
    problems: Vec<String>,
    /// Offers a step links to that parents no longer see (archived, ended).
    missing_offers: Vec<String>,
    steps: Vec<StepRow>,
}

async fn chain_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    r: ChainRecord,
    d: &ChainDraft,
    errors: &[FieldError],
    notice: Option<&str>,
) -> Result<ChainPage, WebError> {
    // What parents would see: the offers the index lists today.
    let ids = r.draft.offer_ids();
    let listed: Vec<i64> = match state.current_index().await {
        Some(index) => index
            .listed_offers(&ids, state.berlin_now())
            .iter()
            .map(|o| o.id)
            .collect(),
        None => ids.clone(),
    };
    let missing_offers = ids
        .into_iter()
        .filter(|id| !listed.contains(id))
        .map(|id| ctx.tr.s("chain-offer-missing", "id", &id.to_string()))
        .collect();
    let n = r.draft.steps.len();
    let steps = r
        .draft
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| StepRow {
            key: s.key.clone(),
            n: i + 1,
            title: s.title.de.clone(),
            offers: s.offers.len(),
            first: i == 0,
            last: i + 1 == n,
        })
        .collect();
    Ok(ChainPage {
        page: PageMeta::new(ctx, state, r.draft.title.de.clone(), "", "admin"),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        status: status_label(ctx, r.status),
        changed: r.has_unpublished_changes(),
        fields: text_fields(
            ctx,
            errors,
            &[
                ("title_de", "text", d.title_de.clone()),
                ("title_en", "text", d.title_en.clone()),
                ("summary_de", "textarea", d.summary_de.clone()),
                ("summary_en", "textarea", d.summary_en.clone()),
                ("anchor_de", "text", d.anchor_de.clone()),
                ("anchor_en", "text", d.anchor_en.clone()),
                ("related", "text", d.related.clone()),
            ],
            &d.more,
        ),
        has_errors: !errors.is_empty(),
        notice: notice.map(|k| ctx.tr.t(k)),
        problems: r.draft.problems().iter().map(|k| ctx.tr.t(k)).collect(),
        missing_offers,
        steps,
        r,
    })
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    hinweis: Option<String>,
}

fn notice_key(q: &NoticeQuery) -> Option<&'static str> {
    match q.hinweis.as_deref() {
        Some("gespeichert") => Some("edit-saved"),
        Some("veroeffentlicht") => Some("chain-notice-published"),
        Some("status") => Some("chain-notice-status"),
        _ => None,
    }
}

/// GET /verwaltung/wege/{id}
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<NoticeQuery>,
) -> Result<Response, WebError> {
    viewer.require(ROLES, &format!("/verwaltung/wege/{id}"))?;
    let r = state.db.chain_for_edit(id).await?;
    let d = ChainDraft::of(&r.draft);
    let page = chain_page(&state, &ctx, &viewer, r, &d, &[], notice_key(&q)).await?;
    page_html(StatusCode::OK, &page)
}

/// POST /verwaltung/wege/{id}: the chain's own fields, into the draft.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, &format!("/verwaltung/wege/{id}"))?;
    let form = FormPairs(&pairs);
    let get = |name: &str| form.get(name);
    check_csrf(&viewer, &get("csrf"))?;
    let version: i64 = get("version").parse().unwrap_or(0);
    let r = state.db.chain_for_edit(id).await?;
    let d = ChainDraft {
        title_de: get("title_de"),
        title_en: get("title_en"),
        summary_de: get("summary_de"),
        summary_en: get("summary_en"),
        anchor_de: get("anchor_de"),
        anchor_en: get("anchor_en"),
        related: get("related"),
        more: form
            .translations(&["title", "summary", "anchor"])
            .marked_as(r.draft.texts()),
    };
    match d.apply(&r.draft) {
        Ok(chain) => {
            state
                .db
                .save_chain_draft(id, version, &chain, Some(me.id), state.now())
                .await?;
            Ok(Redirect::to(&format!("/verwaltung/wege/{id}?hinweis=gespeichert")).into_response())
        }
        Err(errors) => {
            let page = chain_page(&state, &ctx, &viewer, r, &d, &errors, None).await?;
            page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Deserialize)]
pub struct StepsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    version: i64,
    #[serde(default)]
    schritt: String,
    #[serde(default)]
    aktion: String,
}

/// POST /verwaltung/wege/{id}/schritte: move a step up or down, or remove it.
pub async fn steps(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<StepsForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, &format!("/verwaltung/wege/{id}"))?;
    check_csrf(&viewer, &f.csrf)?;
    let r = state.db.chain_for_edit(id).await?;
    let mut chain = r.draft.clone();
    if chain.step(&f.schritt).is_none() {
        return Err(WebError::NotFound);
    }
    match f.aktion.as_str() {
        "hoch" | "runter" => {
            chain.move_step(&f.schritt, direction(&f.aktion)?);
        }
        "entfernen" => chain.steps.retain(|s| s.key != f.schritt),
        _ => return Err(WebError::Invalid),
    }
    state
        .db
        .save_chain_draft(id, f.version, &chain, Some(me.id), state.now())
        .await?;
    Ok(Redirect::to(&format!(
        "/verwaltung/wege/{id}?hinweis=gespeichert#schritte"
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    version: i64,
    #[serde(default)]
    aktion: String,
}

/// POST /verwaltung/wege/{id}/status: publish the draft, discard it, take the chain offline or
/// archive it.
pub async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<StatusForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, &format!("/verwaltung/wege/{id}"))?;
    check_csrf(&viewer, &f.csrf)?;
    let now = state.now();
    let result = match f.aktion.as_str() {
        "veroeffentlichen" => {
            state
                .db
                .publish_chain(id, f.version, Some(me.id), now)
                .await
        }
        "verwerfen" => {
            state
                .db
                .discard_chain_draft(id, f.version, Some(me.id), now)
                .await
        }
        "offline" => {
            state
                .db
                .set_chain_status(id, f.version, PublicationStatus::Draft, Some(me.id), now)
                .await
        }
        "archivieren" => {
            state
                .db
                .set_chain_status(id, f.version, PublicationStatus::Archived, Some(me.id), now)
                .await
        }
        _ => return Err(WebError::Invalid),
    };
    match result {
        Ok(()) => {
            let hint = if f.aktion == "veroeffentlichen" {
                "veroeffentlicht"
            } else {
                "status"
            };
            Ok(Redirect::to(&format!("/verwaltung/wege/{id}?hinweis={hint}")).into_response())
        }
        // An incomplete chain cannot be published: the editor lists what is missing.
        Err(StoreError::Incomplete(_)) => {
            let r = state.db.chain_for_edit(id).await?;
            let d = ChainDraft::of(&r.draft);
            let page = chain_page(
                &state,
                &ctx,
                &viewer,
                r,
                &d,
                &[],
                Some("chain-notice-incomplete"),
            )
            .await?;
            page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}

/// GET /verwaltung/wege/{id}/vorschau: the draft as parents would see it.
pub async fn preview(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    viewer.require(ROLES, &format!("/verwaltung/wege/{id}/vorschau"))?;
    let r = state.db.chain_for_edit(id).await?;
    crate::chains::pages::preview_page(&state, &ctx, &r.slug, &r.draft).await
}

struct OfferChoice {
    id: i64,
    label: String,
    checked: bool,
}

struct OrgGroup {
    name: String,
    offers: Vec<OfferChoice>,
    /// Shown unfolded: one of its offers is linked.
    open: bool,
}

#[derive(Template)]
#[template(path = "chains/admin_chain_step.html")]
struct StepPage {
    page: PageMeta,
    csrf: String,
    chain_id: i64,
    chain_title: String,
    version: i64,
    action: String,
    is_new: bool,
    fields: Vec<Field>,
    offer_groups: Vec<OrgGroup>,
    has_errors: bool,
}

async fn step_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    r: &ChainRecord,
    key: &str,
    d: &StepDraft,
    errors: &[FieldError],
) -> Result<StepPage, WebError> {
    let mut offers = state.db.offers_any_status(OfferSelect::All).await?;
    offers.retain(|o| o.status == PublicationStatus::Published || d.offers.contains(&o.id));
    offers.sort_by(|a, b| {
        (&a.organization.name, &a.name.de).cmp(&(&b.organization.name, &b.name.de))
    });
    let mut offer_groups: Vec<OrgGroup> = Vec::new();
    for o in offers {
        let choice = OfferChoice {
            id: o.id,
            label: o.name.de.clone(),
            checked: d.offers.contains(&o.id),
        };
        let checked = choice.checked;
        match offer_groups.last_mut() {
            Some(g) if g.name == o.organization.name => {
                g.open |= checked;
                g.offers.push(choice);
            }
            _ => offer_groups.push(OrgGroup {
                name: o.organization.name.clone(),
                offers: vec![choice],
                open: checked,
            }),
        }
    }
    let is_new = key == "neu";
    let mut f = text_fields(
        ctx,
        errors,
        &[
            ("title_de", "text", d.title_de.clone()),
            ("title_en", "text", d.title_en.clone()),
            ("explanation_de", "textarea", d.explanation_de.clone()),
            ("explanation_en", "textarea", d.explanation_en.clone()),
            ("documents_de", "textarea", d.documents_de.clone()),
            ("documents_en", "textarea", d.documents_en.clone()),
            ("deadline_de", "text", d.deadline_de.clone()),
            ("deadline_en", "text", d.deadline_en.clone()),
            ("deadline_offset", "text", d.deadline_offset.clone()),
            ("deadline_unit", "select", d.deadline_unit.clone()),
            ("costs_de", "text", d.costs_de.clone()),
            ("costs_en", "text", d.costs_en.clone()),
            ("tips_de", "textarea", d.tips_de.clone()),
            ("tips_en", "textarea", d.tips_en.clone()),
            ("condition_de", "text", d.condition_de.clone()),
            ("condition_en", "text", d.condition_en.clone()),
            ("branch", "text", d.branch.clone()),
        ],
        &d.more,
    );
    if let Some(unit) = f.iter_mut().find(|f| f.name == "deadline_unit") {
        unit.options = ["days", "weeks", "months"]
            .iter()
            .map(|u| (u.to_string(), ctx.tr.t(&format!("chain-unit-{u}"))))
            .collect();
    }
    Ok(StepPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("chain-step-edit-title"), "", "admin"),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        chain_id: r.id,
        chain_title: r.draft.title.de.clone(),
        version: r.version,
        action: format!("/verwaltung/wege/{}/schritte/{key}", r.id),
        is_new,
        fields: f,
        offer_groups,
        has_errors: !errors.is_empty(),
    })
}

/// GET /verwaltung/wege/{id}/schritte/{key} ("neu" for a new step)
pub async fn step_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((id, key)): Path<(i64, String)>,
) -> Result<Response, WebError> {
    viewer.require(ROLES, &format!("/verwaltung/wege/{id}"))?;
    let r = state.db.chain_for_edit(id).await?;
    let d = if key == "neu" {
        StepDraft {
            deadline_unit: "months".into(),
            ..Default::default()
        }
    } else {
        StepDraft::of(r.draft.step(&key).ok_or(WebError::NotFound)?)
    };
    let page = step_page(&state, &ctx, &viewer, &r, &key, &d, &[]).await?;
    page_html(StatusCode::OK, &page)
}

/// POST /verwaltung/wege/{id}/schritte/{key}: the step into the draft (a new one at the end).
/// Read by hand because the offer checkboxes repeat.
pub async fn save_step(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((id, key)): Path<(i64, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, &format!("/verwaltung/wege/{id}"))?;
    let form = FormPairs(&pairs);
    let get = |name: &str| form.get(name);
    check_csrf(&viewer, &get("csrf"))?;
    let version: i64 = get("version").parse().map_err(|_| WebError::Invalid)?;
    let r = state.db.chain_for_edit(id).await?;
    if key != "neu" && r.draft.step(&key).is_none() {
        return Err(WebError::NotFound);
    }
    let d = StepDraft {
        title_de: get("title_de"),
        title_en: get("title_en"),
        explanation_de: get("explanation_de"),
        explanation_en: get("explanation_en"),
        documents_de: get("documents_de"),
        documents_en: get("documents_en"),
        deadline_de: get("deadline_de"),
        deadline_en: get("deadline_en"),
        deadline_offset: get("deadline_offset"),
        deadline_unit: get("deadline_unit"),
        costs_de: get("costs_de"),
        costs_en: get("costs_en"),
        tips_de: get("tips_de"),
        tips_en: get("tips_en"),
        condition_de: get("condition_de"),
        condition_en: get("condition_en"),
        branch: get("branch"),
        offers: form.parsed("offer"),
        more: form
            .translations(&[
                "title",
                "explanation",
                "documents",
                "deadline",
                "costs",
                "tips",
                "condition",
            ])
            .marked_as(r.draft.step(&key).into_iter().flat_map(Step::texts)),
    };
    let step_key = if key == "neu" {
        r.draft.new_step_key()
    } else {
        key.clone()
    };
    let mut errors = match d.to_step(&step_key, r.draft.step(&key)) {
        Ok(step) => {
            let mut chain = r.draft.clone();
            if chain.steps.len() >= wegweiser_domain::chains::MAX_STEPS && key == "neu" {
                vec![FieldError {
                    field: "title_de",
                    message: "chain-error-too-many-steps",
                }]
            } else {
                match chain.steps.iter_mut().find(|s| s.key == step_key) {
                    Some(s) => *s = step,
                    None => chain.steps.push(step),
                }
                state
                    .db
                    .save_chain_draft(id, version, &chain, Some(me.id), state.now())
                    .await?;
                return Ok(Redirect::to(&format!(
                    "/verwaltung/wege/{id}?hinweis=gespeichert#schritte"
                ))
                .into_response());
            }
        }
        Err(errors) => errors,
    };
    errors.dedup();
    let mut page = step_page(&state, &ctx, &viewer, &r, &key, &d, &errors).await?;
    // Keep the version the editor started from: a save in between must still be noticed.
    page.version = version;
    page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}
