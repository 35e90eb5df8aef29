//! News and campaign pages for the public: the list at /aktuelles, articles at /aktuelles/{slug},
//! campaigns (which group articles, events and offers) at /aktionen/{slug}, their images, and the
//! Atom feed of both.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Duration;
use wegweiser_domain::news::{Article, ArticleKind, ImageRef};
use wegweiser_domain::time::berlin_local;

use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::i18n::Tr;
use crate::kit::page::page_html;
use crate::kit::text::Text;
use crate::kit::views::PageMeta;
use crate::state::AppState;

pub struct ImageView {
    pub src: String,
    pub width: u32,
    pub height: u32,
    pub alt: Text,
}

pub struct ArticleCard {
    pub url: String,
    pub title: Text,
    pub summary: Text,
    pub date: String,
    pub iso_date: String,
    pub kind: String,
    pub image: Option<ImageView>,
}

fn image_view(tr: &Tr, a: &Article, image: Option<ImageRef>) -> Option<ImageView> {
    image.map(|i| ImageView {
        src: format!("/medien/{}", i.id),
        width: i.width,
        height: i.height,
        alt: Text::of(&a.doc.image_alt, tr),
    })
}

pub fn card(tr: &Tr, a: &Article) -> ArticleCard {
    let local = berlin_local(a.publish_at);
    ArticleCard {
        url: a.path(),
        title: Text::of(&a.doc.title, tr),
        summary: Text::of(&a.doc.summary, tr),
        date: crate::kit::views::format_date(tr, local.date()),
        iso_date: local.format("%Y-%m-%d").to_string(),
        kind: tr.t(&format!("article-kind-{}", a.kind.as_str())),
        image: image_view(tr, a, a.image),
    }
}

#[derive(Template)]
#[template(path = "news/news.html")]
struct NewsPage {
    page: PageMeta,
    campaigns: Vec<ArticleCard>,
    articles: Vec<ArticleCard>,
}

/// GET /aktuelles
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let now = state.now();
    let all = state.db.public_articles(None, now, 60).await?;
    let (campaigns, articles): (Vec<_>, Vec<_>) =
        all.iter().partition(|a| a.kind == ArticleKind::Campaign);
    let tr = &ctx.tr;
    page_html(
        StatusCode::OK,
        &NewsPage {
            page: PageMeta::new(&ctx, &state, tr.t("news-title"), &tr.t("news-lead"), "news"),
            campaigns: campaigns.into_iter().map(|a| card(tr, a)).collect(),
            articles: articles.into_iter().map(|a| card(tr, a)).collect(),
        },
    )
}

/// The newest articles for the home page.
pub async fn latest(state: &AppState, tr: &Tr, n: usize) -> Result<Vec<ArticleCard>, WebError> {
    if n > crate::state::Published::ARTICLES {
        let articles = state
            .db
            .public_articles(None, state.now(), n as i64)
            .await?;
        return Ok(articles.iter().map(|a| card(tr, a)).collect());
    }
    let published = state.published().await?;
    Ok(published
        .articles
        .iter()
        .take(n)
        .map(|a| card(tr, a))
        .collect())
}

pub struct EventItem {
    pub url: String,
    pub title: Text,
    pub next: String,
}

pub struct OfferItem {
    pub url: String,
    pub name: Text,
    pub organization: String,
    pub summary: Text,
}

#[derive(Template)]
#[template(path = "news/article.html")]
struct ArticlePage {
    page: PageMeta,
    title: Text,
    kind: String,
    campaign: bool,
    page_path: String,
    date: String,
    iso_date: String,
    updated: Option<String>,
    image: Option<ImageView>,
    body_html: String,
    body_lang: &'static str,
    articles: Vec<ArticleCard>,
    events: Vec<EventItem>,
    offers: Vec<OfferItem>,
}

/// GET /aktuelles/{slug}
pub async fn article(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    show(&state, &ctx, ArticleKind::News, &slug).await
}

/// GET /aktionen/{slug}
pub async fn campaign(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    show(&state, &ctx, ArticleKind::Campaign, &slug).await
}

async fn show(
    state: &AppState,
    ctx: &Ctx,
    kind: ArticleKind,
    slug: &str,
) -> Result<Response, WebError> {
    let now = state.now();
    let a = match state.db.public_article(kind, slug, now).await {
        Ok(a) => a,
        // The editor turned a news item into a campaign (or back): the old address still works.
        Err(wegweiser_store::StoreError::NotFound) => {
            let other = match kind {
                ArticleKind::News => ArticleKind::Campaign,
                ArticleKind::Campaign => ArticleKind::News,
            };
            let a = state.db.public_article(other, slug, now).await?;
            return Ok(Redirect::permanent(&a.path()).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    render(state, ctx, &a).await
}

/// GET /verwaltung/beitraege/{id}/vorschau: the article as parents will see it, before it is public.
pub async fn preview(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: crate::accounts::session::Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    viewer.require(
        &[wegweiser_domain::accounts::Role::Coordinator],
        &format!("/verwaltung/beitraege/{id}/vorschau"),
    )?;
    let a = state.db.article_for_edit(id).await?;
    render(&state, &ctx, &a).await
}

async fn render(state: &AppState, ctx: &Ctx, a: &Article) -> Result<Response, WebError> {
    let now = state.now();
    let tr = &ctx.tr;
    let local_now = state.berlin_now();
    let mut articles = Vec::new();
    for id in &a.doc.article_ids {
        // Only what is public itself is listed.
        if let Ok(x) = state.db.article_for_edit(*id).await
            && x.is_public(now)
        {
            articles.push(card(tr, &x));
        }
    }
    let mut events: Vec<(Option<chrono::NaiveDateTime>, EventItem)> = Vec::new();
    for id in &a.doc.event_ids {
        let Ok(e) = state.db.published_event(*id).await else {
            continue;
        };
        let occurrence = e.details.next_occurrence(local_now);
        let next = match &occurrence {
            Some(o) => format!(
                "{}, {}",
                crate::kit::views::format_date(tr, o.start.date()),
                crate::kit::dates::time(tr, o.start.time())
            ),
            None => tr.t("article-event-past"),
        };
        events.push((
            occurrence.map(|o| o.start),
            EventItem {
                url: format!("/veranstaltungen/{}", e.id),
                title: Text::of(&e.details.title, tr),
                next,
            },
        ));
    }
    // Soonest first; events without a coming date last.
    events.sort_by_key(|(start, _)| (start.is_none(), *start));
    let events: Vec<EventItem> = events.into_iter().map(|(_, e)| e).collect();
    let offers = match state.current_index().await {
        Some(index) => index
            .listed_offers(&a.doc.offer_ids, local_now)
            .iter()
            .map(|o| OfferItem {
                url: format!("/angebote/{}", o.id),
                name: Text::of(&o.name, tr),
                organization: o.organization.name.clone(),
                summary: Text::of(&o.summary, tr),
            })
            .collect(),
        None => vec![],
    };
    let body = Text::of(&a.doc.body, tr);
    let local = berlin_local(a.publish_at);
    let title = Text::of(&a.doc.title, tr);
    let image = image_view(tr, a, a.image);
    let ld = json_ld(state, tr, a);
    let mut meta = PageMeta::new(
        ctx,
        state,
        title.text.clone(),
        a.doc.summary.get(tr.lang.code),
        "news",
    )
    .with_json_ld(ld)
    .as_article();
    meta.share_image = image.as_ref().map(|i| {
        (
            format!("{}{}", state.config.public_url, i.src),
            i.alt.text.clone(),
        )
    });
    let page = ArticlePage {
        page: meta,
        kind: tr.t(&format!("article-kind-{}", a.kind.as_str())),
        campaign: a.kind == ArticleKind::Campaign,
        page_path: a.path(),
        date: crate::kit::views::format_date(tr, local.date()),
        iso_date: local.format("%Y-%m-%d").to_string(),
        updated: (a.updated_at > a.publish_at + Duration::hours(1))
            .then(|| crate::kit::views::format_date(tr, berlin_local(a.updated_at).date())),
        image,
        body_html: crate::kit::markdown::to_html(&body.text),
        body_lang: body.lang,
        title,
        articles,
        events,
        offers,
    };
    page_html(StatusCode::OK, &page)
}

fn json_ld(state: &AppState, tr: &Tr, a: &Article) -> serde_json::Value {
    let public = &state.config.public_url;
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": if a.kind == ArticleKind::News { "NewsArticle" } else { "Article" },
        "headline": a.doc.title.get(tr.lang.code),
        "description": a.doc.summary.get(tr.lang.code),
        "url": format!("{public}{}", a.path()),
        "datePublished": a.publish_at.to_rfc3339(),
        "dateModified": a.updated_at.max(a.publish_at).to_rfc3339(),
        "inLanguage": if a.doc.body.has(tr.lang.code) { tr.lang.code } else { "de" },
        "image": a.image.map(|i| format!("{public}/medien/{}", i.id)),
        "publisher": { "@type": "Organization", "name": tr.t("site-publisher") },
        "author": { "@type": "Organization", "name": tr.t("site-publisher") },
    })
}

/// GET /medien/{id}: an uploaded image. Images never change (a new upload gets a new id), so
/// browsers may keep them. Images of drafts and of articles not yet due are only for the
/// coordinator (a photo may not be cleared for the public yet).
pub async fn media(
    State(state): State<AppState>,
    viewer: crate::accounts::session::Viewer,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let public = state.db.media_is_public(id, state.now()).await?;
    let staff = viewer
        .account
        .as_ref()
        .is_some_and(|a| a.role == wegweiser_domain::accounts::Role::Coordinator);
    if !public && !staff {
        return Err(WebError::NotFound);
    }
    let (content_type, bytes) = state.db.media(id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (
                header::CACHE_CONTROL,
                if public {
                    "public, max-age=31536000, immutable"
                } else {
                    "private, no-store"
                }
                .to_string(),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// GET /aktuelles.atom: news and campaigns.
pub async fn atom(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let now = state.now();
    let public = &state.config.public_url;
    let tr = &ctx.tr;
    let entries = state
        .db
        .public_articles(None, now, 30)
        .await?
        .into_iter()
        .map(|a| crate::kit::atom::AtomEntry {
            url: format!("{public}{}", a.path()),
            title: a.doc.title.get(tr.lang.code).to_string(),
            updated: a.updated_at.max(a.publish_at),
            published: Some(a.publish_at),
            summary: a.doc.summary.get(tr.lang.code).to_string(),
            html: Some(crate::kit::markdown::to_html(a.doc.body.get(tr.lang.code))),
        })
        .collect();
    let lang_q = if tr.lang.code == "de" {
        String::new()
    } else {
        format!("?lang={}", tr.lang.code)
    };
    Ok(crate::kit::atom::response(
        &crate::kit::atom::AtomFeed {
            title: &tr.t("news-feed-name"),
            author: &tr.t("site-publisher"),
            lang: tr.lang.tag,
            self_url: format!("{public}/aktuelles.atom{lang_q}"),
            page_url: format!("{public}/aktuelles{lang_q}"),
        },
        entries,
        now,
    ))
}
