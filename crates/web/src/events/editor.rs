//! The back office for events: provider editors add and change events of their own organisations,
//! the coordinator those of all. A saved change raises the event's sequence, so subscribed
//! calendars replace their copy.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::{Account, Role};
use wegweiser_domain::directory::PublicationStatus;
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::events::{EventDraft, provider_change_needs_review};
use wegweiser_domain::geo;
use wegweiser_store::OfferSelect;

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::SelectOption;
use crate::kit::forms::{Field, FormPairs};
use crate::kit::page::page_html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

const ROLES: &[Role] = &[Role::Coordinator, Role::ProviderEditor];

/// The organisations this account may add events for (None: all, for the coordinator).
async fn allowed(state: &AppState, me: &Account) -> Result<Option<Vec<i64>>, WebError> {
    Ok(match me.role {
        Role::Coordinator => None,
        _ => Some(state.db.editor_organizations(me.id).await?),
    })
}

struct EventRow {
    id: i64,
    title: String,
    org: String,
    status: String,
    when: String,
}

#[derive(Template)]
#[template(path = "events/admin_events.html")]
struct EventsPage {
    page: PageMeta,
    rows: Vec<EventRow>,
}

/// GET /verwaltung/termine
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, "/verwaltung/termine")?;
    let orgs = allowed(&state, me).await?;
    let waiting: Vec<i64> = state
        .db
        .pending_event_revisions()
        .await?
        .into_iter()
        .map(|r| r.event_id)
        .collect();
    let rows = state
        .db
        .events_for_edit(orgs.as_deref())
        .await?
        .into_iter()
        .map(|e| EventRow {
            id: e.id,
            title: e.details.title.de.clone(),
            org: e.organization_name.clone(),
            status: if waiting.contains(&e.id) {
                ctx.tr.s(
                    "event-status-waiting",
                    "status",
                    &ctx.tr.t(&format!("status-{}", e.status.as_str())),
                )
            } else {
                ctx.tr.t(&format!("status-{}", e.status.as_str()))
            },
            when: e.details.starts.format("%d.%m.%Y %H:%M").to_string(),
        })
        .collect();
    let html = EventsPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("events-admin-title"), "", "admin"),
        rows,
    }
    .render()?;
    Ok(Html(html).into_response())
}

#[derive(Template)]
#[template(path = "events/admin_event.html")]
struct EventForm {
    page: PageMeta,
    csrf: String,
    action: String,
    is_new: bool,
    public_url: Option<String>,
    organizations: Vec<SelectOption>,
    offers: Vec<SelectOption>,
    statuses: Vec<SelectOption>,
    fields: Vec<Field>,
    schedule: Vec<Field>,
    more: Vec<Field>,
    weekdays: Vec<SelectOption>,
    categories: Vec<SelectOption>,
    childcare: bool,
    errors: Vec<FieldError>,
    /// "Saved", "submitted for review" or "a change waits for review".
    notice: Option<String>,
    /// The coordinator's comment on a change sent back (shown to its editor).
    returned_comment: Option<String>,
    /// The coordinator's link to a change waiting for review.
    review_url: Option<String>,
}

impl EventForm {
    fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.page.tr.t(e.message))
    }
}

/// What the event form shows: the event (none yet for a new one), its organisation, offer and
/// status, the fields as typed, the messages at them, and what the page says above the form.
struct Shown {
    id: Option<i64>,
    org: Option<i64>,
    offer: Option<i64>,
    status: PublicationStatus,
    draft: EventDraft,
    errors: Vec<FieldError>,
    notice: Option<String>,
    returned_comment: Option<String>,
    review_url: Option<String>,
}

impl Shown {
    /// The form of a new event.
    fn new_event(draft: EventDraft) -> Shown {
        Shown {
            id: None,
            org: None,
            offer: None,
            status: PublicationStatus::Draft,
            draft,
            errors: vec![],
            notice: None,
            returned_comment: None,
            review_url: None,
        }
    }
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    me: &Account,
    shown: Shown,
) -> Result<EventForm, WebError> {
    let Shown {
        id,
        org,
        offer,
        status,
        draft,
        errors,
        notice,
        returned_comment,
        review_url,
    } = shown;
    let d = &draft;
    let tr = &ctx.tr;
    let orgs = allowed(state, me).await?;
    let organizations: Vec<SelectOption> = state
        .db
        .organizations_for_edit()
        .await?
        .into_iter()
        .filter(|o| orgs.as_ref().is_none_or(|a| a.contains(&o.id)))
        .map(|o| SelectOption {
            value: o.id.to_string(),
            selected: Some(o.id) == org,
            label: o.name,
        })
        .collect();
    let mut offers = vec![SelectOption {
        value: String::new(),
        label: tr.t("event-no-offer"),
        selected: offer.is_none(),
    }];
    offers.extend(
        state
            .db
            .offers_any_status(OfferSelect::All)
            .await?
            .into_iter()
            .filter(|o| orgs.as_ref().is_none_or(|a| a.contains(&o.organization.id)))
            .map(|o| SelectOption {
                value: o.id.to_string(),
                selected: Some(o.id) == offer,
                label: format!("{} – {}", o.name.de, o.organization.name),
            }),
    );
    let field = |name: &'static str, kind: &'static str, value: &str| {
        Field::labelled(tr, "event", name, kind, value, &errors)
    };
    let mut schedule = vec![
        field("date", "text", &d.date),
        field("time", "text", &d.time),
        field("duration_minutes", "text", &d.duration_minutes),
        field("repeat", "select", &d.repeat),
        field("every", "text", &d.every),
        field("nth", "select", &d.nth),
        field("month_weekday", "select", &d.month_weekday),
        field("until", "text", &d.until),
        field("exceptions", "textarea", &d.exceptions),
        field("cancellations", "textarea", &d.cancellations),
    ];
    for f in schedule.iter_mut() {
        f.options = match f.name {
            "repeat" => ["none", "weekly", "monthly"]
                .iter()
                .map(|v| (v.to_string(), tr.t(&format!("event-repeat-{v}"))))
                .collect(),
            "nth" => ["1", "2", "3", "4", "-1"]
                .iter()
                .map(|v| (v.to_string(), tr.t(&format!("events-nth-{v}"))))
                .collect(),
            "month_weekday" => (1..=7)
                .map(|d: u32| (d.to_string(), crate::kit::views::weekday_name(tr, d)))
                .collect(),
            _ => continue,
        };
    }
    let cats = state.current_categories().await;
    // Companies taking part (job fairs, info days): offered once there are published ones.
    let published = published_employers(state).await?;
    let employers_field = (!published.is_empty()).then(|| Field {
        kind: "checks",
        options: published
            .iter()
            .map(|(id, name)| (id.to_string(), name.clone()))
            .collect(),
        ..field(
            "employers",
            "text",
            &d.employers
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(","),
        )
    });
    Ok(EventForm {
        page: PageMeta::new(ctx, state, tr.t("events-admin-title"), "", "admin"),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action: id.map_or("/verwaltung/termine".into(), |id| {
            format!("/verwaltung/termine/{id}")
        }),
        is_new: id.is_none(),
        public_url: id
            .filter(|_| status == PublicationStatus::Published)
            .map(|id| format!("/veranstaltungen/{id}")),
        organizations,
        offers,
        statuses: PublicationStatus::ALL
            .iter()
            .map(|s| SelectOption {
                value: s.as_str().into(),
                label: tr.t(&format!("status-{}", s.as_str())),
                selected: *s == status,
            })
            .collect(),
        fields: vec![
            field("title_de", "text", &d.title_de).translated(tr, "title", &d.title_en, &d.more),
            field("description_de", "textarea", &d.description_de).translated(
                tr,
                "description",
                &d.description_en,
                &d.more,
            ),
            field("place_name", "text", &d.place_name),
            field("street", "text", &d.street),
            field("postcode", "text", &d.postcode),
            Field {
                kind: "select",
                // Names, not codes: "Neu-Hohenschönhausen" is chosen, `neu-hohenschoenhausen` sent.
                options: std::iter::once((String::new(), tr.t("event-ortsteil-none")))
                    .chain(
                        geo::ortsteile()
                            .iter()
                            .map(|o| (o.slug.to_string(), o.name.to_string())),
                    )
                    .collect(),
                ..field("ortsteil", "text", &d.ortsteil)
            },
        ],
        schedule,
        more: vec![
            Field {
                kind: "checks",
                options: wegweiser_domain::directory::SPOKEN_LANGUAGES
                    .iter()
                    .map(|l| (l.to_string(), crate::kit::views::language_name(tr, l)))
                    .collect(),
                ..field("languages", "text", &d.languages)
            },
            Field {
                kind: "select",
                options: ["free", "reduced", "paid"]
                    .iter()
                    .map(|c| (c.to_string(), tr.t(&format!("cost-{c}"))))
                    .collect(),
                ..field("cost", "text", &d.cost)
            },
            field("registration_de", "text", &d.registration_de).translated(
                tr,
                "registration",
                &d.registration_en,
                &d.more,
            ),
            field("places", "text", &d.places),
        ]
        .into_iter()
        .chain(employers_field)
        .collect(),
        weekdays: (1..=7u8)
            .map(|w| SelectOption {
                value: w.to_string(),
                label: crate::kit::views::weekday_name(tr, u32::from(w)),
                selected: d.weekdays.contains(&w),
            })
            .collect(),
        categories: cats
            .iter()
            .map(|c| SelectOption {
                value: c.slug.clone(),
                label: crate::kit::views::category_name(&cats, &c.slug, ctx.lang.code),
                selected: d.categories.contains(&c.slug),
            })
            .collect(),
        childcare: d.childcare,
        errors,
        notice,
        returned_comment,
        review_url,
    })
}

/// The published companies, (id, name), by name.
async fn published_employers(state: &AppState) -> Result<Vec<(i64, String)>, WebError> {
    Ok(state
        .db
        .employers(wegweiser_domain::employers::EmployerStatus::Published)
        .await?
        .into_iter()
        .map(|e| (e.id, e.profile.name))
        .collect())
}

/// GET /verwaltung/termine/neu
pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, "/verwaltung/termine/neu")?;
    let d = EventDraft {
        duration_minutes: "90".into(),
        repeat: "none".into(),
        cost: "free".into(),
        time: "10:00".into(),
        ..Default::default()
    };
    let page = form_page(&state, &ctx, &viewer, me, Shown::new_event(d)).await?;
    page_html(StatusCode::OK, &page)
}

#[derive(serde::Deserialize)]
pub struct EditQuery {
    gespeichert: Option<String>,
    eingereicht: Option<String>,
}

/// GET /verwaltung/termine/{id}
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<EditQuery>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, &format!("/verwaltung/termine/{id}"))?;
    let e = state.db.event_for_edit(id).await?;
    if allowed(&state, me)
        .await?
        .is_some_and(|a| !a.contains(&e.organization_id))
    {
        return Err(WebError::Forbidden);
    }
    let tr = &ctx.tr;
    let mut shown = Shown {
        id: Some(id),
        org: Some(e.organization_id),
        offer: e.offer_id,
        status: e.status,
        draft: EventDraft::of(&e.details),
        errors: vec![],
        notice: q
            .gespeichert
            .map(|_| tr.t("edit-saved"))
            .or(q.eingereicht.map(|_| tr.t("edit-submitted"))),
        returned_comment: None,
        review_url: None,
    };
    if let Some(rev) = state.db.latest_event_revision(id).await? {
        if me.role == Role::Coordinator {
            if rev.status == "pending" {
                shown.review_url = Some(format!("/verwaltung/termine/pruefen/{}", rev.id));
            }
        } else {
            // A provider editor continues from their own waiting or returned version.
            shown.org = Some(rev.organization_id);
            shown.offer = rev.offer_id;
            shown.status = PublicationStatus::Published;
            shown.draft = EventDraft::of(&rev.details);
            if rev.status == "returned" {
                shown.returned_comment = Some(rev.comment);
            } else if shown.notice.is_none() {
                shown.notice = Some(tr.t("edit-pending"));
            }
        }
    }
    let page = form_page(&state, &ctx, &viewer, me, shown).await?;
    page_html(StatusCode::OK, &page)
}

/// POST /verwaltung/termine (new) and /verwaltung/termine/{id}: read by hand, because weekdays
/// and categories repeat.
async fn save(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    pairs: Vec<(String, String)>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, "/verwaltung/termine")?;
    let form = FormPairs(&pairs);
    let get = |name: &str| form.get(name);
    check_csrf(viewer, &get("csrf"))?;
    let orgs = allowed(state, me).await?;
    let stored = match id {
        Some(id) => {
            let e = state.db.event_for_edit(id).await?;
            if orgs
                .as_ref()
                .is_some_and(|a| !a.contains(&e.organization_id))
            {
                return Err(WebError::Forbidden);
            }
            Some(e)
        }
        None => None,
    };
    let d = EventDraft {
        title_de: get("title_de"),
        title_en: get("title_en"),
        description_de: get("description_de"),
        description_en: get("description_en"),
        place_name: get("place_name"),
        street: get("street"),
        postcode: get("postcode"),
        ortsteil: get("ortsteil"),
        date: get("date"),
        time: get("time"),
        duration_minutes: get("duration_minutes"),
        repeat: get("repeat"),
        every: get("every"),
        weekdays: form.parsed("weekday"),
        nth: get("nth"),
        month_weekday: get("month_weekday"),
        until: get("until"),
        exceptions: get("exceptions"),
        cancellations: get("cancellations"),
        categories: form.parsed("category"),
        // One checkbox per language; a form from before sends the codes typed in one field.
        languages: form
            .0
            .iter()
            .filter(|(k, _)| k == "languages")
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        cost: get("cost"),
        childcare: get("childcare") == "1",
        registration_de: get("registration_de"),
        registration_en: get("registration_en"),
        places: get("places"),
        // Only published companies can take part; anything else sent is dropped.
        employers: {
            let published = published_employers(state).await?;
            form.parsed::<i64>("employers")
                .into_iter()
                .filter(|id| published.iter().any(|(p, _)| p == id))
                .collect()
        },
        more: form
            .translations(&["title", "description", "registration"])
            .marked_as(stored.iter().flat_map(|e| e.details.texts())),
    };
    let org: Option<i64> = get("organization").parse().ok();
    let offer: Option<i64> = get("offer").parse().ok();
    let status = PublicationStatus::parse(&get("status")).unwrap_or(PublicationStatus::Draft);
    let known: Vec<String> = state
        .current_categories()
        .await
        .iter()
        .map(|c| c.slug.clone())
        .collect();
    let checked = d
        .checked(&known, |o| geo::ortsteil_by_slug(o).is_some())
        .map(|details| details.with_translations(stored.as_ref().map(|e| &e.details), &d.more));
    let mut errors = match checked {
        Ok(details) => match org {
            Some(org) if orgs.as_ref().is_none_or(|a| a.contains(&org)) => {
                // An offer must belong to the event's organisation.
                let offer_ok = match offer {
                    None => true,
                    Some(o) => state
                        .db
                        .offers_any_status(OfferSelect::ById(o))
                        .await?
                        .first()
                        .is_some_and(|x| x.organization.id == org),
                };
                // What the calendar shows now under the same organisation and offer.
                let live = stored
                    .as_ref()
                    .filter(|e| {
                        e.status == PublicationStatus::Published
                            && e.organization_id == org
                            && e.offer_id == offer
                    })
                    .map(|e| &e.details);
                if offer_ok
                    && me.role != Role::Coordinator
                    && provider_change_needs_review(live, &details, status)
                {
                    let id = state
                        .db
                        .submit_event_revision(id, org, offer, &details, me.id, state.now())
                        .await?;
                    return Ok(
                        Redirect::to(&format!("/verwaltung/termine/{id}?eingereicht=1"))
                            .into_response(),
                    );
                }
                if offer_ok {
                    // Those moved up by added places hear of it, each in their language.
                    let shown = wegweiser_domain::events::Event {
                        id: id.unwrap_or_default(),
                        organization_id: org,
                        organization_name: state
                            .db
                            .organization_names()
                            .await?
                            .into_iter()
                            .find(|(o, _)| *o == org)
                            .map(|(_, n)| n)
                            .unwrap_or_default(),
                        offer_id: offer,
                        status,
                        sequence: 0,
                        updated_at: state.now(),
                        details: details.clone(),
                    };
                    let id = state
                        .db
                        .save_event(
                            id,
                            org,
                            offer,
                            status,
                            &details,
                            me.id,
                            crate::events::pages::promoted_mail(state, &shown),
                            state.now(),
                        )
                        .await?;
                    return Ok(
                        Redirect::to(&format!("/verwaltung/termine/{id}?gespeichert=1"))
                            .into_response(),
                    );
                }
                vec![FieldError {
                    field: "offer",
                    message: "event-error-offer",
                }]
            }
            _ => vec![FieldError {
                field: "organization",
                message: "event-error-organization",
            }],
        },
        Err(errors) => errors,
    };
    if errors.is_empty() {
        errors.push(FieldError {
            field: "title_de",
            message: "form-has-errors",
        });
    }
    let shown = Shown {
        id,
        org,
        offer,
        status,
        draft: d,
        errors,
        notice: None,
        returned_comment: None,
        review_url: None,
    };
    let page = form_page(state, ctx, viewer, me, shown).await?;
    page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, None, pairs).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, Some(id), pairs).await
}
