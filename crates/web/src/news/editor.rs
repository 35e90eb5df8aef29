//! The back office for news and campaigns (coordinator): write in Markdown, upload an image with
//! its alt text, set the publish time, group articles, events and offers into a campaign. The form
//! is multipart because of the image; every field is checked with a message at the field, and a
//! form loaded before someone else's save is refused (409) instead of overwriting.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::directory::PublicationStatus;
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::news::{ArticleDraft, check_image};
use wegweiser_store::{ArticleSave, StoreError};

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::SelectOption;
use crate::kit::forms::{Field, FormPairs, SavedQuery};
use crate::kit::page::page_html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

const ROLES: &[Role] = &[Role::Coordinator];

struct Row {
    id: i64,
    title: String,
    kind: String,
    status: String,
    date: String,
}

#[derive(Template)]
#[template(path = "news/admin_articles.html")]
struct ListPage {
    page: PageMeta,
    rows: Vec<Row>,
}

/// GET /verwaltung/beitraege
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(ROLES, "/verwaltung/beitraege")?;
    let tr = &ctx.tr;
    let rows = state
        .db
        .articles_for_edit()
        .await?
        .into_iter()
        .map(|a| Row {
            id: a.id,
            title: a.doc.title.de.clone(),
            kind: tr.t(&format!("article-kind-{}", a.kind.as_str())),
            status: tr.t(&format!("status-{}", a.status.as_str())),
            date: wegweiser_domain::time::berlin_local(a.publish_at)
                .format("%d.%m.%Y %H:%M")
                .to_string(),
        })
        .collect();
    page_html(
        StatusCode::OK,
        &ListPage {
            page: PageMeta::new(&ctx, &state, tr.t("articles-admin-title"), "", "admin"),
            rows,
        },
    )
}

#[derive(Template)]
#[template(path = "news/admin_article.html")]
struct FormPage {
    page: PageMeta,
    csrf: String,
    action: String,
    is_new: bool,
    version: i64,
    public_url: Option<String>,
    preview_url: Option<String>,
    statuses: Vec<SelectOption>,
    fields: Vec<Field>,
    image_fields: Vec<Field>,
    image: Option<String>,
    image_error: Option<String>,
    articles: Vec<SelectOption>,
    events: Vec<SelectOption>,
    offers: Vec<SelectOption>,
    open_articles: bool,
    open_events: bool,
    open_offers: bool,
    errors: Vec<FieldError>,
    saved: bool,
    /// An image uploaded with this form's last attempt, which had errors: kept in the store and
    /// sent along again, so a validation error does not lose the upload.
    kept_image: Option<i64>,
}

#[allow(clippy::too_many_arguments)]
async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    version: i64,
    status: PublicationStatus,
    image: Option<i64>,
    d: &ArticleDraft,
    errors: Vec<FieldError>,
    saved: bool,
) -> Result<FormPage, WebError> {
    let tr = &ctx.tr;
    let err = |name: &str| {
        errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| tr.t(e.message))
    };
    let field = |name: &'static str, kind: &'static str, value: &str| {
        Field::labelled(tr, "article", name, kind, value, &errors)
    };
    let now = state.now();
    let all = state.db.articles_for_edit().await?;
    let public = all
        .iter()
        .find(|a| Some(a.id) == id)
        .filter(|a| a.is_public(now))
        .map(|a| a.path());
    let articles = all
        .iter()
        .filter(|a| Some(a.id) != id)
        .map(|a| SelectOption {
            value: a.id.to_string(),
            label: a.doc.title.de.clone(),
            selected: d.article_ids.contains(&a.id),
        })
        .collect();
    let today = state.berlin_now();
    let events = state
        .db
        .published_events()
        .await?
        .into_iter()
        .map(|e| {
            let when = e
                .details
                .next_occurrence(today)
                .map(|o| o.start.format("%d.%m.%Y").to_string())
                .unwrap_or_else(|| tr.t("article-event-past"));
            SelectOption {
                value: e.id.to_string(),
                label: format!("{} – {} ({when})", e.details.title.de, e.organization_name),
                selected: d.event_ids.contains(&e.id),
            }
        })
        .collect();
    let offers = match state.current_index().await {
        Some(index) => index
            .all_listed(today)
            .iter()
            .map(|o| SelectOption {
                value: o.id.to_string(),
                label: format!("{} – {}", o.name, o.organization_name),
                selected: d.offer_ids.contains(&o.id),
            })
            .collect(),
        None => vec![],
    };
    Ok(FormPage {
        page: PageMeta::new(ctx, state, tr.t("articles-admin-title"), "", "admin"),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action: id.map_or("/verwaltung/beitraege".into(), |id| {
            format!("/verwaltung/beitraege/{id}")
        }),
        is_new: id.is_none(),
        version,
        public_url: public,
        preview_url: id.map(|id| format!("/verwaltung/beitraege/{id}/vorschau")),
        statuses: PublicationStatus::ALL
            .iter()
            .map(|s| SelectOption {
                value: s.as_str().into(),
                label: tr.t(&format!("status-{}", s.as_str())),
                selected: *s == status,
            })
            .collect(),
        fields: vec![
            Field {
                kind: "select",
                options: ["news", "campaign"]
                    .iter()
                    .map(|k| (k.to_string(), tr.t(&format!("article-kind-{k}"))))
                    .collect(),
                ..field("kind", "text", &d.kind)
            },
            field("slug", "text", &d.slug),
            field("publish_date", "text", &d.publish_date),
            field("publish_time", "text", &d.publish_time),
            field("title_de", "text", &d.title_de).translated(tr, "title", &d.title_en, &d.more),
            field("summary_de", "textarea", &d.summary_de).translated(
                tr,
                "summary",
                &d.summary_en,
                &d.more,
            ),
            field("body_de", "textarea", &d.body_de).translated(tr, "body", &d.body_en, &d.more),
        ],
        image_fields: vec![field("image_alt_de", "text", &d.image_alt_de).translated(
            tr,
            "image_alt",
            &d.image_alt_en,
            &d.more,
        )],
        image: image.map(|i| format!("/medien/{i}")),
        kept_image: None,
        image_error: err("image"),
        open_articles: !d.article_ids.is_empty(),
        open_events: !d.event_ids.is_empty(),
        open_offers: !d.offer_ids.is_empty(),
        articles,
        events,
        offers,
        errors,
        saved,
    })
}

/// GET /verwaltung/beitraege/neu
pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(ROLES, "/verwaltung/beitraege/neu")?;
    let now = state.berlin_now();
    let d = ArticleDraft {
        kind: "news".into(),
        publish_date: now.format("%Y-%m-%d").to_string(),
        publish_time: now.format("%H:%M").to_string(),
        ..Default::default()
    };
    let page = form_page(
        &state,
        &ctx,
        &viewer,
        None,
        0,
        PublicationStatus::Draft,
        None,
        &d,
        vec![],
        false,
    )
    .await?;
    page_html(StatusCode::OK, &page)
}

/// GET /verwaltung/beitraege/{id}
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
) -> Result<Response, WebError> {
    viewer.require(ROLES, &format!("/verwaltung/beitraege/{id}"))?;
    let a = state.db.article_for_edit(id).await?;
    let page = form_page(
        &state,
        &ctx,
        &viewer,
        Some(id),
        a.version,
        a.status,
        a.image.map(|i| i.id),
        &ArticleDraft::of(&a),
        vec![],
        q.gespeichert.is_some(),
    )
    .await?;
    page_html(StatusCode::OK, &page)
}

/// The multipart form read into text fields, repeated ids and the uploaded file.
#[derive(Default)]
struct Upload {
    fields: Vec<(String, String)>,
    file: Option<Vec<u8>>,
}

impl Upload {
    async fn read(mut m: Multipart) -> Result<Upload, WebError> {
        let mut u = Upload::default();
        while let Some(field) = m.next_field().await.map_err(|_| WebError::Invalid)? {
            let name = field.name().unwrap_or_default().to_string();
            if name == "image" {
                let bytes = field.bytes().await.map_err(|_| WebError::Invalid)?;
                // No file chosen: browsers send an empty part.
                if !bytes.is_empty() {
                    u.file = Some(bytes.to_vec());
                }
            } else {
                let text = field.text().await.map_err(|_| WebError::Invalid)?;
                u.fields.push((name, text));
            }
        }
        Ok(u)
    }
    fn get(&self, name: &str) -> String {
        FormPairs(&self.fields).get(name)
    }
    fn ids(&self, name: &str) -> Vec<i64> {
        FormPairs(&self.fields).parsed(name)
    }
}

async fn save(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, "/verwaltung/beitraege")?;
    // Without a multipart body there is no form token to check: refused like a missing token.
    let u = Upload::read(m.map_err(|_| WebError::Forbidden)?).await?;
    check_csrf(viewer, &u.get("csrf"))?;
    let existing = match id {
        Some(id) => Some(state.db.article_for_edit(id).await?),
        None => None,
    };
    // An empty address is made from the title; one that is typed is checked as typed.
    let typed_slug = u.get("slug").trim().to_string();
    let d = ArticleDraft {
        slug: if typed_slug.is_empty() {
            wegweiser_domain::news::slug_for(&u.get("title_de"))
        } else {
            typed_slug
        },
        kind: u.get("kind"),
        title_de: u.get("title_de"),
        title_en: u.get("title_en"),
        summary_de: u.get("summary_de"),
        summary_en: u.get("summary_en"),
        body_de: u.get("body_de"),
        body_en: u.get("body_en"),
        image_alt_de: u.get("image_alt_de"),
        image_alt_en: u.get("image_alt_en"),
        publish_date: u.get("publish_date"),
        publish_time: u.get("publish_time"),
        article_ids: u.ids("article"),
        event_ids: u.ids("event"),
        offer_ids: u.ids("offer"),
        more: FormPairs(&u.fields)
            .translations(&["title", "summary", "body", "image_alt"])
            .marked_as(existing.iter().flat_map(|a| a.doc.texts())),
    };
    let version: i64 = u.get("version").parse().unwrap_or(0);
    let status = PublicationStatus::parse(&u.get("status")).unwrap_or(PublicationStatus::Draft);
    let remove_image = u.get("remove_image") == "1";
    let kept: Option<i64> = u.get("kept_image").trim().parse().ok();
    let mut errors = Vec::new();
    let image = match &u.file {
        Some(bytes) => match check_image(bytes) {
            Ok(info) => Some((info, bytes.as_slice())),
            Err(message) => {
                errors.push(FieldError {
                    field: "image",
                    message,
                });
                None
            }
        },
        None => None,
    };
    let has_image = image.is_some()
        || kept.is_some()
        || (!remove_image && existing.as_ref().is_some_and(|a| a.image.is_some()));
    let checked = d.checked(has_image).map(|(doc, kind, at)| {
        (
            doc.with_translations(existing.as_ref().map(|a| &a.doc), &d.more),
            kind,
            at,
        )
    });
    if let Err(e) = &checked {
        errors.extend(e.iter().cloned());
    }
    if errors.is_empty() && state.db.article_slug_taken(&d.slug, id).await? {
        errors.push(FieldError {
            field: "slug",
            message: "article-error-slug-taken",
        });
    }
    if let (Ok((doc, kind, publish_at)), true) = (&checked, errors.is_empty()) {
        let result = state
            .db
            .save_article(
                &ArticleSave {
                    id,
                    version,
                    slug: &d.slug,
                    kind: *kind,
                    status,
                    publish_at: *publish_at,
                    doc,
                    kept_image: if image.is_none() { kept } else { None },
                    image,
                    remove_image,
                },
                me.id,
                state.now(),
            )
            .await;
        match result {
            Ok(id) => {
                return Ok(
                    Redirect::to(&format!("/verwaltung/beitraege/{id}?gespeichert=1"))
                        .into_response(),
                );
            }
            Err(StoreError::Duplicate { .. }) => errors.push(FieldError {
                field: "slug",
                message: "article-error-slug-taken",
            }),
            Err(StoreError::Conflict) => errors.push(FieldError {
                field: "title_de",
                message: "article-error-conflict",
            }),
            Err(e) => return Err(e.into()),
        }
    }
    let conflict = errors.iter().any(|e| e.message == "article-error-conflict");
    // A good image sent with a form that has errors is kept, so it need not be chosen again.
    let kept_now = match (&image, kept) {
        (Some((info, bytes)), _) => Some(state.db.keep_upload(info, bytes, state.now()).await?),
        (None, kept) => kept,
    };
    let mut page = form_page(
        state,
        ctx,
        viewer,
        id,
        version,
        status,
        kept_now.or(existing.and_then(|a| a.image.map(|i| i.id))),
        &d,
        errors,
        false,
    )
    .await?;
    page.kept_image = kept_now;
    page_html(
        if conflict {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
        &page,
    )
}

/// POST /verwaltung/beitraege
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, None, m).await
}

/// POST /verwaltung/beitraege/{id}
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, Some(id), m).await
}
