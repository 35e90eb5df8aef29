//! The back office for offers: lists, the edit form, provider revisions and the coordinator's review.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::{Account, Role};
use wegweiser_domain::directory::{
    AccessMode, Cost, Offer, PublicationStatus, SPOKEN_LANGUAGES, TARGET_GROUPS,
};
use wegweiser_domain::editorial::{
    FieldError, OFFER_TEXT_FIELDS, ORGANIZATION_TEXT_FIELDS, OfferDraft, PlaceDraft,
    TranslationMap, translation_map,
};
use wegweiser_domain::geo;

use wegweiser_domain::mail::Mail;
use wegweiser_store::{Entity, OfferSelect};

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::{
    Field, FormPairs, SavedQuery, TextRow, TranslationInput, translation_language,
};
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
/// An offer is published only with what its public page needs; otherwise the form says what is missing.
pub async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<StatusForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], &format!("/verwaltung/angebote/{id}"))?;
    check_csrf(&viewer, &f.csrf)?;
    let status = PublicationStatus::parse(&f.status).ok_or(WebError::Invalid)?;
    if status == PublicationStatus::Published {
        let offer = editable_offer(&state, me, id).await?;
        let draft = stored_draft(&state, &offer).await?;
        let problems = draft.publication_problems();
        if !problems.is_empty() {
            let page = edit_page(&state, &ctx, &viewer, me, &offer, &draft, &problems).await?;
            return page_html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    }
    state
        .db
        .set_offer_status(id, status, me.id, state.now())
        .await?;
    Ok(Redirect::to(&format!("/verwaltung/angebote/{id}?gespeichert=1")).into_response())
}

/// One of the organisation's places in the offer form.
struct PlaceRow {
    index: usize,
    /// The place's id, or "new".
    key: String,
    used: bool,
    confidential: bool,
    legend: String,
    name: String,
    street: String,
    postcode: String,
    ortsteil: String,
    wheelchair: bool,
    transit: String,
    /// The coordinator's page for the place (position, confidentiality).
    edit_link: Option<String>,
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
    texts: Vec<TextRow>,
    terms: Vec<Field>,
    contact: Vec<Field>,
    times: Vec<Field>,
    lists: Vec<Field>,
    places: Vec<PlaceRow>,
    places_error: Option<String>,
    ortsteile: Vec<(String, String)>,
    childcare: bool,
    has_errors: bool,
    notice: Option<String>,
    returned_comment: Option<String>,
}

impl EditPage {
    fn place_field_id(&self, p: &PlaceRow, field: &str) -> String {
        format!("o-place-{}-{field}", p.index)
    }
}

/// The languages content is translated into: every interface language but German.
fn translation_langs() -> impl Iterator<Item = &'static str> {
    LANGS.iter().skip(1).map(|l| l.code)
}

/// The offer as stored, as a draft: translations with the outdated ones, every place of its
/// organisation (those it is given at marked), for the form and the review.
async fn stored_draft(state: &AppState, offer: &Offer) -> Result<OfferDraft, WebError> {
    let mut draft = OfferDraft::from_offer(offer);
    let stored = state
        .db
        .translations_for_edit(Entity::Offer, offer.id)
        .await?;
    draft.translations = Some(translation_map(&stored));
    draft.places = Some(organization_places(state, offer).await?);
    Ok(draft)
}

/// Every place of the offer's organisation as the form edits it; a confidential one without its
/// address (that is changed on the coordinator's place page only).
async fn organization_places(state: &AppState, offer: &Offer) -> Result<Vec<PlaceDraft>, WebError> {
    let here: Vec<i64> = offer.locations.iter().map(|l| l.id).collect();
    Ok(state
        .db
        .locations_of(offer.organization.id)
        .await?
        .into_iter()
        .map(|l| PlaceDraft {
            id: Some(l.id),
            used: here.contains(&l.id),
            confidential: l.confidential,
            name: l.name,
            street: if l.confidential {
                String::new()
            } else {
                l.street.unwrap_or_default()
            },
            postcode: if l.confidential {
                String::new()
            } else {
                l.postcode.unwrap_or_default()
            },
            ortsteil: if l.confidential {
                String::new()
            } else {
                l.ortsteil.unwrap_or_default()
            },
            wheelchair: l.wheelchair_access,
            transit: if l.confidential {
                String::new()
            } else {
                l.transit.unwrap_or_default()
            },
        })
        .collect())
}

#[allow(clippy::too_many_arguments)]
async fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    me: &Account,
    offer: &Offer,
    d: &OfferDraft,
    errors: &[FieldError],
) -> Result<EditPage, WebError> {
    let tr = &ctx.tr;
    let outdated: Vec<(String, String)> = state
        .db
        .translations_for_edit(Entity::Offer, offer.id)
        .await?
        .into_iter()
        .filter(|t| t.outdated)
        .map(|t| (t.lang, t.field))
        .collect();
    // The offer form's labels are "field-…" (no area prefix).
    let field = |name: &'static str, kind: &'static str, value: &str| {
        let key = format!("field-{}", name.replace('_', "-"));
        Field::keyed(tr, &key, name, kind, value, errors)
    };
    let texts = OFFER_TEXT_FIELDS
        .iter()
        .map(|name| {
            let kind = match *name {
                "description" | "eligibility" | "how_to_access" => "textarea",
                _ => "text",
            };
            TextRow::new(
                tr,
                field(name, kind, d.text(name)),
                translation_langs()
                    .map(|lang| TranslationInput {
                        name: format!("{name}__{lang}"),
                        label: tr.with_args(
                            "edit-translation-label",
                            &[
                                ("field", &tr.t(&format!("field-{}", name.replace('_', "-")))),
                                ("language", &translation_language(tr, lang)),
                            ],
                        ),
                        lang,
                        value: d.translation(lang, name).to_string(),
                        outdated: outdated.iter().any(|(l, f)| l == lang && f == name),
                        confirm: format!("{lang}:{name}"),
                    })
                    .collect(),
            )
        })
        .collect();
    let options = |codes: &mut dyn Iterator<Item = (String, String)>| codes.collect::<Vec<_>>();
    let terms = vec![
        Field {
            options: options(&mut Cost::ALL.iter().map(|c| {
                (
                    c.as_str().to_string(),
                    tr.t(&format!("cost-{}", c.as_str())),
                )
            })),
            ..field("cost", "select", &d.cost)
        },
        Field {
            options: options(&mut AccessMode::ALL.iter().map(|a| {
                (
                    a.as_str().to_string(),
                    crate::kit::views::access_label(tr, *a),
                )
            })),
            ..field("access", "select", &d.access)
        },
    ];
    let contact = vec![
        field("phone", "text", &d.phone),
        field("email", "text", &d.email),
        field("website", "text", &d.website),
    ];
    let times = vec![field("hours", "textarea", &d.hours)];
    let join = |v: &Option<Vec<String>>| v.as_deref().unwrap_or_default().join(",");
    let categories = state.current_categories().await;
    let lists = vec![
        Field {
            options: categories
                .iter()
                .map(|c| (c.slug.clone(), c.name.get(ctx.lang.code).to_string()))
                .collect(),
            ..field("categories", "checks", &join(&d.categories))
        },
        Field {
            options: SPOKEN_LANGUAGES
                .iter()
                .map(|l| (l.to_string(), crate::kit::views::language_name(tr, l)))
                .collect(),
            ..field("languages", "checks", &join(&d.languages))
        },
        Field {
            options: TARGET_GROUPS
                .iter()
                .map(|g| (g.to_string(), tr.t(&format!("group-{g}"))))
                .collect(),
            ..field("target_groups", "checks", &join(&d.target_groups))
        },
    ];
    let mut places: Vec<PlaceDraft> = d.places.clone().unwrap_or_default();
    if !places.iter().any(|p| p.id.is_none()) {
        places.push(PlaceDraft::default());
    }
    let places = places
        .into_iter()
        .enumerate()
        .map(|(index, p)| PlaceRow {
            index,
            key: p.id.map_or("new".into(), |i| i.to_string()),
            used: p.used,
            confidential: p.confidential,
            legend: if p.id.is_some() {
                p.name.clone()
            } else {
                tr.t("edit-place-new")
            },
            edit_link: p
                .id
                .filter(|_| me.role == Role::Coordinator)
                .map(|i| format!("/verwaltung/orte/{i}")),
            name: p.name,
            street: p.street,
            postcode: p.postcode,
            ortsteil: p.ortsteil,
            wheelchair: p.wheelchair,
            transit: p.transit,
        })
        .collect();
    Ok(EditPage {
        page: PageMeta::new(ctx, state, tr.t("edit-title"), "", "admin"),
        id: offer.id,
        offer_name: offer.name.de.clone(),
        status: offer.status.as_str().to_string(),
        status_label: tr.t(&format!("status-{}", offer.status.as_str())),
        is_coordinator: me.role == Role::Coordinator,
        csrf: viewer.csrf.clone().unwrap_or_default(),
        texts,
        terms,
        contact,
        times,
        lists,
        places,
        places_error: errors
            .iter()
            .find(|e| e.field == "places")
            .map(|e| tr.t(e.message)),
        ortsteile: geo::ortsteile()
            .iter()
            .map(|o| (o.slug.to_string(), o.name.to_string()))
            .collect(),
        childcare: d.childcare,
        has_errors: !errors.is_empty(),
        notice: None,
        returned_comment: None,
    })
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
    let mut draft = stored_draft(&state, &offer).await?;
    let mut notice = eq
        .gespeichert
        .map(|_| ctx.tr.t("edit-saved"))
        .or(eq.eingereicht.map(|_| ctx.tr.t("edit-submitted")));
    let mut returned_comment = None;
    // A provider editor continues from their own pending or returned revision.
    if me.role == Role::ProviderEditor
        && let Some(rev) = state.db.latest_revision(id).await?
    {
        let stored = draft;
        draft = rev.draft;
        // Parts a revision from before did not carry come from the stored offer.
        draft.translations = draft.translations.or(stored.translations);
        draft.categories = draft.categories.or(stored.categories);
        draft.languages = draft.languages.or(stored.languages);
        draft.target_groups = draft.target_groups.or(stored.target_groups);
        draft.places = draft.places.or(stored.places);
        if rev.status == "returned" {
            returned_comment = Some(rev.comment);
        } else if notice.is_none() {
            notice = Some(ctx.tr.t("edit-pending"));
        }
    }
    let mut page = edit_page(&state, &ctx, &viewer, me, &offer, &draft, &[]).await?;
    page.notice = notice;
    page.returned_comment = returned_comment;
    page_html(StatusCode::OK, &page)
}

/// The offer form as posted (read by hand: checkboxes and places repeat).
fn draft_from_form(form: &FormPairs<'_>) -> OfferDraft {
    let get = |name: &str| form.get(name);
    let all = |name: &str| -> Vec<String> {
        form.0
            .iter()
            .filter(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    };
    let mut translations = TranslationMap::new();
    for lang in translation_langs() {
        for field in OFFER_TEXT_FIELDS {
            let value = get(&format!("{field}__{lang}"));
            if !value.trim().is_empty() {
                translations
                    .entry(lang.to_string())
                    .or_default()
                    .insert(field.to_string(), value);
            }
        }
    }
    let used: Vec<usize> = form.parsed("place_used");
    // One hidden "place" per place in the form; a form is bounded by the body limit, the places
    // by their number here.
    let places = form
        .0
        .iter()
        .filter(|(k, _)| k == "place")
        .take(200)
        .enumerate()
        .map(|(i, (_, key))| {
            let pf = |f: &str| get(&format!("place_{i}_{f}"));
            PlaceDraft {
                id: key.parse().ok(),
                used: used.contains(&i),
                confidential: false,
                name: pf("name"),
                street: pf("street"),
                postcode: pf("postcode"),
                ortsteil: pf("ortsteil"),
                wheelchair: pf("wheelchair") == "1",
                transit: pf("transit"),
            }
        })
        .collect();
    OfferDraft {
        name: get("name"),
        summary: get("summary"),
        description: get("description"),
        eligibility: get("eligibility"),
        how_to_access: get("how_to_access"),
        cost: get("cost"),
        cost_note: get("cost_note"),
        access: get("access"),
        childcare: !get("childcare").is_empty(),
        phone: get("phone"),
        email: get("email"),
        website: get("website"),
        hours: get("hours"),
        closed_reason: get("closed_reason"),
        translations: Some(translations),
        confirmed: all("confirm"),
        categories: Some(all("categories")),
        languages: Some(all("languages")),
        target_groups: Some(all("target_groups")),
        places: Some(places),
    }
}

/// POST /verwaltung/angebote/{id}: the coordinator's change is live at once; a provider editor's
/// change to a published offer waits for review.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer.require(&STAFF, &format!("/verwaltung/angebote/{id}"))?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let offer = editable_offer(&state, me, id).await?;
    let mut draft = draft_from_form(&form);
    // Confidential places keep what the coordinator's place page set; the form cannot change them.
    let stored_places = organization_places(&state, &offer).await?;
    if let Some(places) = draft.places.as_mut() {
        // Only the organisation's own places (a form names them by id).
        if places
            .iter()
            .any(|p| p.id.is_some() && !stored_places.iter().any(|s| s.id == p.id))
        {
            return Err(WebError::Invalid);
        }
        for p in places.iter_mut() {
            if let Some(s) = stored_places
                .iter()
                .find(|s| s.confidential && s.id.is_some() && s.id == p.id)
            {
                let used = p.used;
                *p = s.clone();
                p.used = used;
            }
        }
    }
    let known: Vec<String> = state
        .current_categories()
        .await
        .iter()
        .map(|c| c.slug.clone())
        .collect();
    let checked = draft.clone().checked(&known).and_then(|(d, weekly)| {
        // A published offer keeps what its public page needs.
        let problems = if offer.status == PublicationStatus::Published {
            d.publication_problems()
        } else {
            vec![]
        };
        if problems.is_empty() {
            Ok((d, weekly))
        } else {
            Err(problems)
        }
    });
    let (draft, weekly) = match checked {
        Ok(ok) => ok,
        Err(errors) => {
            let page = edit_page(&state, &ctx, &viewer, me, &offer, &draft, &errors).await?;
            return page_html(StatusCode::UNPROCESSABLE_ENTITY, &page);
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
    let stored = stored_draft(&state, &offer).await?;
    let categories = state.current_categories().await;
    let tr = &ctx.tr;
    // Codes of the closed lists read as their names.
    let names = |field: &str, codes: String| -> String {
        if !matches!(field, "categories" | "languages" | "target_groups") {
            return codes;
        }
        codes
            .split(", ")
            .filter(|c| !c.is_empty())
            .map(|c| match field {
                "categories" => crate::kit::views::category_name(&categories, c, ctx.lang.code),
                "languages" => crate::kit::views::language_name(tr, c),
                _ => tr.t(&format!("group-{c}")),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let changes = stored
        .diff(&rev.draft)
        .into_iter()
        .map(|c| {
            let label = tr.t(&format!("field-{}", c.field.replace('_', "-")));
            let label = if c.lang.is_empty() {
                label
            } else {
                format!(
                    "{label} ({})",
                    crate::kit::views::language_name(tr, &c.lang)
                )
            };
            (label, names(c.field, c.old), names(c.field, c.new))
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
            // Checked again: the rules (and the topics) may have changed since the editor saved it.
            let known: Vec<String> = state
                .current_categories()
                .await
                .iter()
                .map(|c| c.slug.clone())
                .collect();
            let (draft, weekly) = rev
                .draft
                .clone()
                .checked(&known)
                .map_err(|_| WebError::Invalid)?;
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
    texts: Vec<TextRow>,
    contact: Vec<Field>,
    has_errors: bool,
    saved: bool,
}

fn organization_draft_from(form: &FormPairs<'_>) -> wegweiser_domain::editorial::OrganizationDraft {
    let get = |name: &str| form.get(name);
    let mut translations = TranslationMap::new();
    for lang in translation_langs() {
        for field in ORGANIZATION_TEXT_FIELDS {
            let value = get(&format!("{field}__{lang}"));
            if !value.trim().is_empty() {
                translations
                    .entry(lang.to_string())
                    .or_default()
                    .insert(field.to_string(), value);
            }
        }
    }
    wegweiser_domain::editorial::OrganizationDraft {
        name: get("name"),
        kind: get("kind"),
        description: get("description"),
        website: get("website"),
        email: get("email"),
        phone: get("phone"),
        translations,
        confirmed: form
            .0
            .iter()
            .filter(|(k, _)| k == "confirm")
            .map(|(_, v)| v.clone())
            .collect(),
    }
}

async fn organization_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    d: &wegweiser_domain::editorial::OrganizationDraft,
    errors: &[FieldError],
    saved: bool,
) -> Result<OrganizationEdit, WebError> {
    let tr = &ctx.tr;
    let outdated: Vec<(String, String)> = match id {
        Some(id) => state
            .db
            .translations_for_edit(Entity::Organization, id)
            .await?
            .into_iter()
            .filter(|t| t.outdated)
            .map(|t| (t.lang, t.field))
            .collect(),
        None => vec![],
    };
    let f = |name: &'static str, kind: &'static str, value: &str| {
        Field::keyed(tr, &format!("org-field-{name}"), name, kind, value, errors)
    };
    let texts = ORGANIZATION_TEXT_FIELDS
        .iter()
        .map(|name| {
            TextRow::new(
                tr,
                f(name, "textarea", &d.description),
                translation_langs()
                    .map(|lang| TranslationInput {
                        name: format!("{name}__{lang}"),
                        label: tr.with_args(
                            "edit-translation-label",
                            &[
                                ("field", &tr.t(&format!("org-field-{name}"))),
                                ("language", &translation_language(tr, lang)),
                            ],
                        ),
                        lang,
                        value: d
                            .translations
                            .get(lang)
                            .and_then(|m| m.get(*name))
                            .cloned()
                            .unwrap_or_default(),
                        outdated: outdated.iter().any(|(l, fld)| l == lang && fld == name),
                        confirm: format!("{lang}:{name}"),
                    })
                    .collect(),
            )
        })
        .collect();
    Ok(OrganizationEdit {
        page: PageMeta::new(ctx, state, tr.t("orgs-edit-title"), "", "admin"),
        id,
        csrf: viewer.csrf.clone().unwrap_or_default(),
        fields: vec![
            f("name", "text", &d.name),
            Field {
                options: kind_options(ctx)
                    .into_iter()
                    .map(|(v, l)| (v.to_string(), l))
                    .collect(),
                ..f("kind", "select", &d.kind)
            },
        ],
        texts,
        contact: vec![
            f("website", "text", &d.website),
            f("email", "text", &d.email),
            f("phone", "text", &d.phone),
        ],
        has_errors: !errors.is_empty(),
        saved,
    })
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
    let stored = state
        .db
        .translations_for_edit(Entity::Organization, id)
        .await?;
    let d = wegweiser_domain::editorial::OrganizationDraft {
        name: o.name,
        kind: o.kind,
        description: o.description,
        website: o.website.unwrap_or_default(),
        email: o.email.unwrap_or_default(),
        phone: o.phone.unwrap_or_default(),
        translations: translation_map(&stored),
        confirmed: vec![],
    };
    let page = organization_page(
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

async fn save_organization_form(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    pairs: Vec<(String, String)>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Coordinator], "/verwaltung/traeger")?;
    let form = FormPairs(&pairs);
    check_csrf(viewer, &form.get("csrf"))?;
    let d = organization_draft_from(&form);
    match d.clone().checked() {
        Ok(d) => {
            let id = state
                .db
                .save_organization(id, &d, me.id, state.now())
                .await?;
            Ok(Redirect::to(&format!("/verwaltung/traeger/{id}?gespeichert=1")).into_response())
        }
        Err(errors) => {
            let page = organization_page(state, ctx, viewer, id, &d, &errors, false).await?;
            page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// POST /verwaltung/traeger: a new organisation.
pub async fn create_organization(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    save_organization_form(&state, &ctx, &viewer, None, f).await
}

/// POST /verwaltung/traeger/{id}
pub async fn save_organization(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
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
        row: None,
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
        row: None,
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
