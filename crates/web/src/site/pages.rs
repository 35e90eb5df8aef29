//! The office's own pages (about and contact, Impressum, privacy, accessibility): shown to
//! everyone, written by the coordinator in Markdown. A form loaded before someone else's save is
//! refused (409) instead of overwriting it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::Role;
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::site::{PageDraft, SitePage};
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::{Field, FormPairs, SavedQuery};
use crate::kit::page::page_html;
use crate::kit::text::Text;
use crate::kit::views::{DashboardTile, Link, PageMeta, format_date};
use crate::state::AppState;

const ROLES: &[Role] = &[Role::Coordinator];

#[derive(Template)]
#[template(path = "site/page.html")]
struct PublicPage {
    page: PageMeta,
    title: Text,
    body_html: String,
    body_lang: &'static str,
    /// The page has no text yet (a new installation): it says so instead of a 404.
    missing: bool,
    updated: Option<String>,
}

/// GET /ueber-uns, /impressum, /datenschutz, /barrierefreiheit
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    page: SitePage,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let stored = state.db.site_page(page.slug()).await?;
    let (title, body_html, body_lang, updated) = match &stored {
        Some(p) => {
            let body = Text::of(&p.doc.body, tr);
            (
                Text::of(&p.doc.title, tr),
                crate::kit::markdown::to_html(&body.text),
                body.lang,
                Some(format_date(
                    tr,
                    p.updated_at
                        .with_timezone(&chrono_tz::Europe::Berlin)
                        .date_naive(),
                )),
            )
        }
        None => (
            Text {
                text: tr.t(&format!("page-title-{}", page.slug())),
                lang: tr.lang.tag,
            },
            String::new(),
            tr.lang.tag,
            None,
        ),
    };
    page_html(
        StatusCode::OK,
        &PublicPage {
            page: PageMeta::new(&ctx, &state, title.text.clone(), "", "site"),
            title,
            body_html,
            body_lang,
            missing: stored.is_none(),
            updated,
        },
    )
}

pub async fn about(state: State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    show(state, ctx, SitePage::About).await
}
pub async fn impressum(state: State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    show(state, ctx, SitePage::Impressum).await
}
pub async fn privacy(state: State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    show(state, ctx, SitePage::Privacy).await
}
pub async fn accessibility(state: State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    show(state, ctx, SitePage::Accessibility).await
}

struct PageRow {
    slug: &'static str,
    title: String,
    written: bool,
}

#[derive(Template)]
#[template(path = "site/admin_pages.html")]
struct AdminList {
    page: PageMeta,
    rows: Vec<PageRow>,
}

/// GET /verwaltung/seiten: the office's pages and whether each is written.
pub async fn admin_list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(ROLES, "/verwaltung/seiten")?;
    let mut rows = Vec::new();
    for p in SitePage::ALL {
        let stored = state.db.site_page(p.slug()).await?;
        rows.push(PageRow {
            slug: p.slug(),
            title: ctx.tr.t(&format!("page-title-{}", p.slug())),
            written: stored.is_some(),
        });
    }
    page_html(
        StatusCode::OK,
        &AdminList {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("pages-admin-title"), "", "admin"),
            rows,
        },
    )
}

#[derive(Template)]
#[template(path = "site/admin_page.html")]
struct EditPage {
    page: PageMeta,
    slug: &'static str,
    csrf: String,
    /// The version the form was loaded with; 0 for a page not written yet.
    version: i64,
    fields: Vec<Field>,
    errors: Vec<String>,
    saved: bool,
}

/// What the editor form shows: the text as loaded or as sent, and what became of the last save.
struct FormState<'a> {
    version: i64,
    draft: &'a PageDraft,
    errors: &'a [FieldError],
    saved: bool,
}

fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    page: SitePage,
    form: FormState<'_>,
) -> EditPage {
    let FormState {
        version,
        draft: d,
        errors,
        saved,
    } = form;
    let tr = &ctx.tr;
    let field = |name, kind, value: &str| Field::labelled(tr, "page", name, kind, value, errors);
    EditPage {
        page: PageMeta::new(
            ctx,
            state,
            tr.s(
                "pages-edit-title",
                "page",
                &tr.t(&format!("page-title-{}", page.slug())),
            ),
            "",
            "admin",
        ),
        slug: page.slug(),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        version,
        fields: vec![
            field("title_de", "text", &d.title_de).translated(tr, "title", &d.title_en, &d.more),
            field("body_de", "textarea", &d.body_de).translated(tr, "body", &d.body_en, &d.more),
        ],
        errors: errors.iter().map(|e| tr.t(e.message)).collect(),
        saved,
    }
}

fn known(slug: &str) -> Result<SitePage, WebError> {
    SitePage::from_slug(slug).ok_or(WebError::NotFound)
}

/// GET /verwaltung/seiten/{slug}
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    viewer.require(ROLES, &format!("/verwaltung/seiten/{slug}"))?;
    let page = known(&slug)?;
    let stored = state.db.site_page(page.slug()).await?;
    let draft = stored
        .as_ref()
        .map(|p| PageDraft::from_doc(&p.doc))
        .unwrap_or_default();
    let version = stored.map_or(0, |p| p.version);
    page_html(
        StatusCode::OK,
        &edit_page(
            &state,
            &ctx,
            &viewer,
            page,
            FormState {
                version,
                draft: &draft,
                errors: &[],
                saved: q.gespeichert.is_some(),
            },
        ),
    )
}

/// POST /verwaltung/seiten/{slug}
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(ROLES, &format!("/verwaltung/seiten/{slug}"))?
        .clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let page = known(&slug)?;
    let stored = state.db.site_page(page.slug()).await?;
    let stored_doc = stored.as_ref().map(|p| &p.doc);
    let form_version: i64 = form.get("version").parse().unwrap_or(0);
    let draft = PageDraft {
        title_de: form.get("title_de"),
        title_en: form.get("title_en"),
        body_de: form.get("body_de"),
        body_en: form.get("body_en"),
        more: form
            .translations(&["title", "body"])
            .marked_as(stored_doc.into_iter().flat_map(|d| d.texts())),
    };
    let mut errors = match draft
        .checked()
        .map(|doc| doc.with_translations(stored_doc, &draft.more))
    {
        Ok(doc) => {
            let version = (form_version > 0).then_some(form_version);
            match state
                .db
                .save_site_page(page.slug(), &doc, version, me.id, state.now())
                .await
            {
                Ok(_) => {
                    return Ok(Redirect::to(&format!(
                        "/verwaltung/seiten/{}?gespeichert=1",
                        page.slug()
                    ))
                    .into_response());
                }
                Err(StoreError::Conflict) => vec![FieldError {
                    field: "title_de",
                    message: "page-error-conflict",
                }],
                Err(e) => return Err(e.into()),
            }
        }
        Err(errors) => errors,
    };
    errors.sort_by_key(|e| e.field != "title_de");
    let conflict = errors.iter().any(|e| e.message == "page-error-conflict");
    page_html(
        if conflict {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
        &edit_page(
            &state,
            &ctx,
            &viewer,
            page,
            FormState {
                version: form_version,
                draft: &draft,
                errors: &errors,
                saved: false,
            },
        ),
    )
}

/// The dashboard tile: the office's pages (the coordinator's).
pub fn dashboard_tile(ctx: &Ctx, me: &wegweiser_domain::accounts::Account) -> DashboardTile {
    let mut links = vec![];
    if me.role == Role::Coordinator {
        links.push(Link {
            url: "/verwaltung/seiten".into(),
            label: ctx.tr.t("pages-admin-title"),
        });
    }
    DashboardTile {
        links,
        html: String::new(),
    }
}
