//! Public HTML pages. Handlers stay thin: read input, ask the index or the store, render.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::directory::{
    Category, OfferQuery, QueryError, RawOfferQuery, SPOKEN_LANGUAGES,
};
use wegweiser_domain::geo;
use wegweiser_search::{SearchIndex, SearchResults};

use crate::kit::ctx::{Ctx, encode};
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{FieldMessage, SelectOption};
use crate::kit::i18n::Tr;
use crate::kit::map::MapView;
use crate::kit::page::html;
use crate::kit::views::{Link, OfferCard, OfferView, PageMeta, language_name};
use crate::state::AppState;

pub(crate) type PageResult = Result<Response, WebError>;

pub(crate) async fn index(state: &AppState) -> Result<Arc<SearchIndex>, WebError> {
    state.current_index().await.ok_or(WebError::Unavailable)
}

/// Parses a path id; anything that is not a positive number is simply not found.
fn parse_id(raw: &str) -> Result<i64, WebError> {
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or(WebError::NotFound)
}

pub struct Tile {
    pub url: String,
    pub label: String,
    pub hint: String,
    pub count: usize,
}

pub(crate) fn all_query() -> OfferQuery {
    OfferQuery {
        page: 1,
        per_page: 1,
        ..Default::default()
    }
}

pub(crate) fn category_tiles(tr: &Tr, cats: &[Category], res: &SearchResults) -> Vec<Tile> {
    cats.iter()
        .map(|c| Tile {
            url: format!("/kategorien/{}", c.slug),
            label: c.name.get(tr.lang.code).to_string(),
            hint: c.description.get(tr.lang.code).to_string(),
            count: res.facets.category.get(&c.slug).copied().unwrap_or(0),
        })
        .collect()
}

pub(crate) fn ortsteil_tiles(tr: &Tr, res: &SearchResults) -> Vec<Tile> {
    geo::ortsteile()
        .iter()
        .map(|o| Tile {
            url: format!("/ortsteile/{}", o.slug),
            label: o.name.to_string(),
            hint: tr.s("ortsteil-postcodes", "postcodes", &o.postcodes.join(", ")),
            count: res.facets.ortsteil.get(o.slug).copied().unwrap_or(0),
        })
        .collect()
}

pub fn error_message(tr: &Tr, e: &QueryError) -> String {
    match e {
        QueryError::TextTooLong { max, .. } => tr.n("error-query-too-long", "max", *max),
        QueryError::UnknownCategory { value, .. } => tr.s("error-unknown-category", "value", value),
        QueryError::UnknownOrtsteil { value, .. } => tr.s("error-unknown-ortsteil", "value", value),
        QueryError::UnknownLanguage { value, .. } => tr.s("error-unknown-language", "value", value),
        QueryError::InvalidFlag { value, .. } => tr.s("error-invalid-flag", "value", value),
        QueryError::InvalidNumber { value, .. } => tr.s("error-invalid-number", "value", value),
        QueryError::UnknownWeekday { value, .. } => tr.s("error-unknown-weekday", "value", value),
        QueryError::UnknownPlace { value, .. } => tr.s("error-unknown-place", "value", value),
        QueryError::UnknownSort { value, .. } => tr.s("error-unknown-sort", "value", value),
        QueryError::DistanceNeedsPlace { .. } => tr.t("error-distance-needs-place"),
    }
}

#[derive(Template)]
#[template(path = "directory/search.html")]
struct SearchPage {
    page: PageMeta,
    /// Peer groups whose name or description has every word (first page only).
    groups: Vec<crate::peers::groups::GroupView>,
    q: String,
    categories: Vec<SelectOption>,
    ortsteile: Vec<SelectOption>,
    languages: Vec<SelectOption>,
    free: bool,
    wheelchair: bool,
    childcare: bool,
    open_now: bool,
    walk_in: bool,
    evening: bool,
    weekend: bool,
    near: String,
    sort_distance: bool,
    weekdays: Vec<SelectOption>,
    free_count: usize,
    walk_in_count: usize,
    evening_count: usize,
    weekend_count: usize,
    wheelchair_count: usize,
    childcare_count: usize,
    open_now_count: usize,
    errors: Vec<FieldMessage>,
    results: Vec<OfferCard>,
    result_heading: String,
    prev_url: Option<String>,
    next_url: Option<String>,
    page_info: String,
    emergency_hint: bool,
    /// The needs form, with the search's topic and Ortsteil chosen (after a search that found
    /// nothing or only some words).
    needs_url: String,
    relaxed: bool,
    suggestion: Option<Suggestion>,
    events: Vec<crate::events::pages::ComingUp>,
    /// The filters in use, each removable with one link.
    chips: Vec<FilterChip>,
    /// Open the filter panel: a filter field has an error to show.
    filters_open: bool,
    /// With no results: what each filter's removal would find.
    drop_hints: Vec<DropHint>,
    /// When the words found nothing: the topics near them (or, with none near, those with the
    /// most offers) and the chains near them.
    near_categories: Vec<Link>,
    near_categories_are_near: bool,
    near_chains: Vec<Link>,
}

/// A filter in use, shown above the results: its label and the address without it.
pub struct FilterChip {
    pub key: &'static str,
    pub label: String,
    pub remove_url: String,
}

pub struct DropHint {
    pub chip_label: String,
    pub url: String,
    pub count: usize,
}

/// Query keys that narrow the results (the words and the order are not filters).
const FILTER_KEYS: &[&str] = &[
    "category",
    "ortsteil",
    "language",
    "weekday",
    "near",
    "free",
    "wheelchair",
    "childcare",
    "open_now",
    "walk_in",
    "evening",
    "weekend",
];

/// The address of the search with `pairs`, leaving out `without` (and the page: a changed filter
/// starts at page 1).
fn search_url(pairs: &[(String, String)], without: &str) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(k, v)| k != without && k != "page" && !v.is_empty())
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    if parts.is_empty() {
        "/angebote".into()
    } else {
        format!("/angebote?{}", parts.join("&"))
    }
}

/// The filters in use in the query `query` (already validated), with their labels.
fn filter_chips(
    tr: &Tr,
    pairs: &[(String, String)],
    query: &OfferQuery,
    cats: &[Category],
) -> Vec<FilterChip> {
    let lang = tr.lang.code;
    let mut chips = Vec::new();
    for key in FILTER_KEYS {
        let label = match *key {
            "category" => query.category.as_ref().map(|c| {
                let name = cats
                    .iter()
                    .find(|x| &x.slug == c)
                    .map_or(c.as_str(), |x| x.name.get(lang));
                format!("{}: {name}", tr.t("filter-category"))
            }),
            "ortsteil" => query.ortsteil.as_deref().map(|o| {
                let name = geo::ortsteil_by_slug(o).map_or(o, |x| x.name);
                format!("{}: {name}", tr.t("filter-ortsteil"))
            }),
            "language" => query
                .language
                .as_deref()
                .map(|l| format!("{}: {}", tr.t("filter-language"), language_name(tr, l))),
            "weekday" => query.weekday.map(|d| {
                format!(
                    "{} {}",
                    tr.t("filter-weekday"),
                    crate::kit::views::weekday_name(tr, u32::from(d))
                )
            }),
            "near" => pairs
                .iter()
                .find(|(k, v)| k == "near" && !v.trim().is_empty())
                .map(|(_, v)| format!("{} {}", tr.t("filter-near"), v.trim())),
            "free" => query.free.then(|| tr.t("chip-free")),
            "wheelchair" => query.wheelchair.then(|| tr.t("chip-wheelchair")),
            "childcare" => query.childcare.then(|| tr.t("chip-childcare")),
            "open_now" => query.open_now.then(|| tr.t("chip-open-now")),
            "walk_in" => query.walk_in.then(|| tr.t("chip-walk-in")),
            "evening" => query.evening.then(|| tr.t("chip-evening")),
            "weekend" => query.weekend.then(|| tr.t("chip-weekend")),
            _ => None,
        };
        if let Some(label) = label {
            chips.push(FilterChip {
                key,
                label,
                remove_url: search_url(pairs, key),
            });
        }
    }
    chips
}

pub struct Suggestion {
    pub text: String,
    pub url: String,
}

impl SearchPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
    fn has_error(&self, field: &str) -> bool {
        self.error_for(field).is_some()
    }
}

fn with_count(label: &str, count: Option<usize>) -> String {
    match count {
        Some(n) => format!("{label} ({n})"),
        None => label.to_string(),
    }
}

fn page_url(ctx: &Ctx, page: u32) -> String {
    let mut parts: Vec<String> = ctx
        .query_without_lang
        .iter()
        .filter(|(k, _)| k != "page")
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    if page > 1 {
        parts.push(format!("page={page}"));
    }
    if parts.is_empty() {
        ctx.path.clone()
    } else {
        format!("{}?{}", ctx.path, parts.join("&"))
    }
}

/// The validated query, or the default one with the messages for what could not be read.
fn read_search_query(
    tr: &Tr,
    raw: &RawOfferQuery,
    cats: &[Category],
) -> (OfferQuery, Vec<FieldMessage>) {
    let known: Vec<&str> = cats.iter().map(|c| c.slug.as_str()).collect();
    match raw.validate(&known) {
        Ok(q) => (q, vec![]),
        Err(errs) => (
            OfferQuery {
                page: 1,
                per_page: 20,
                ..Default::default()
            },
            errs.iter()
                .map(|e| FieldMessage {
                    field: e.field(),
                    message: error_message(tr, e),
                })
                .collect(),
        ),
    }
}

/// Everything the search page is built from, once the search has run.
struct SearchInput<'a> {
    ctx: &'a Ctx,
    state: &'a AppState,
    cats: &'a [Category],
    raw: &'a RawOfferQuery,
    query: &'a OfferQuery,
    errors: Vec<FieldMessage>,
    /// `None` when the query could not be read.
    res: Option<&'a SearchResults>,
    events: Vec<crate::events::pages::ComingUp>,
    now: chrono::NaiveDateTime,
}

impl SearchPage {
    /// The page's view: the filter form with facet counts, the results, paging and hints.
    fn build(i: SearchInput<'_>) -> SearchPage {
        let (ctx, tr, query, raw) = (i.ctx, &i.ctx.tr, i.query, i.raw);
        let lang = tr.lang.code;
        let facets = i.res.map(|r| &r.facets);
        let raw_or = |v: &Option<String>| v.clone().unwrap_or_default();
        let sel_category = raw_or(&raw.category);
        let sel_ortsteil = raw_or(&raw.ortsteil);
        let sel_language = raw_or(&raw.language);
        let categories = i
            .cats
            .iter()
            .map(|c| SelectOption {
                label: with_count(
                    c.name.get(lang),
                    facets.map(|f| f.category.get(&c.slug).copied().unwrap_or(0)),
                ),
                selected: c.slug == sel_category,
                value: c.slug.clone(),
            })
            .collect();
        let ortsteile = geo::ortsteile()
            .iter()
            .map(|o| SelectOption {
                label: with_count(
                    o.name,
                    facets.map(|f| f.ortsteil.get(o.slug).copied().unwrap_or(0)),
                ),
                selected: o.slug == sel_ortsteil,
                value: o.slug.to_string(),
            })
            .collect();
        let languages = SPOKEN_LANGUAGES
            .iter()
            .map(|l| (l, facets.map(|f| f.language.get(*l).copied().unwrap_or(0))))
            .filter(|(l, n)| n.is_none_or(|n| n > 0) || **l == sel_language)
            .map(|(l, n)| SelectOption {
                label: with_count(&language_name(tr, l), n),
                selected: *l == sel_language,
                value: l.to_string(),
            })
            .collect();
        let total = i.res.map(|r| r.total).unwrap_or(0);
        let pages = total.div_ceil(query.per_page as usize).max(1) as u32;
        let title = if query.text.is_empty() {
            tr.t("search-title")
        } else {
            tr.s("search-title-with-query", "query", &query.text)
        };
        let count = |f: fn(&wegweiser_search::Facets) -> usize| facets.map(f).unwrap_or(0);
        SearchPage {
            groups: vec![],
            events: i.events,
            page: PageMeta::new(ctx, i.state, title, "", "search"),
            q: raw.q.clone().unwrap_or_default(),
            categories,
            ortsteile,
            languages,
            free: query.free,
            wheelchair: query.wheelchair,
            childcare: query.childcare,
            open_now: query.open_now,
            walk_in: query.walk_in,
            evening: query.evening,
            weekend: query.weekend,
            near: raw.near.clone().unwrap_or_default(),
            sort_distance: query.sort == wegweiser_domain::directory::Sort::Distance,
            weekdays: (1..=7u8)
                .map(|d| SelectOption {
                    value: d.to_string(),
                    label: with_count(
                        &crate::kit::views::weekday_name(tr, u32::from(d)),
                        facets.map(|f| f.weekday.get(&d.to_string()).copied().unwrap_or(0)),
                    ),
                    selected: query.weekday == Some(d),
                })
                .collect(),
            free_count: count(|f| f.free),
            walk_in_count: count(|f| f.walk_in),
            evening_count: count(|f| f.evening),
            weekend_count: count(|f| f.weekend),
            wheelchair_count: count(|f| f.wheelchair),
            childcare_count: count(|f| f.childcare),
            open_now_count: count(|f| f.open_now),
            results: i
                .res
                .map(|r| {
                    r.hits
                        .iter()
                        .zip(&r.distances)
                        .map(|(o, d)| OfferCard::new(tr, o, i.cats, i.now).with_distance(tr, *d))
                        .collect()
                })
                .unwrap_or_default(),
            result_heading: tr.n("results-count", "count", total),
            prev_url: (query.page > 1).then(|| page_url(ctx, query.page - 1)),
            next_url: (query.page < pages).then(|| page_url(ctx, query.page + 1)),
            page_info: tr.s2(
                "page-of",
                ("page", &query.page.to_string()),
                ("pages", &pages.to_string()),
            ),
            emergency_hint: i.res.is_some() && total == 0,
            needs_url: {
                let mut q = Vec::new();
                if let Some(c) = &query.category {
                    q.push(format!("thema={}", encode(c)));
                }
                if let Some(o) = &query.ortsteil {
                    q.push(format!("ortsteil={}", encode(o)));
                }
                if q.is_empty() {
                    "/bedarf".to_string()
                } else {
                    format!("/bedarf?{}", q.join("&"))
                }
            },
            relaxed: i.res.is_some_and(|r| r.relaxed && r.total > 0),
            suggestion: i
                .res
                .and_then(|r| r.suggestion.clone())
                .map(|text| Suggestion {
                    url: format!("/angebote?q={}", encode(&text)),
                    text,
                }),
            chips: if i.errors.is_empty() {
                filter_chips(tr, &ctx.query_without_lang, query, i.cats)
            } else {
                vec![]
            },
            filters_open: i.errors.iter().any(|e| e.field != "q"),
            drop_hints: vec![],
            near_categories: vec![],
            near_categories_are_near: false,
            near_chains: vec![],
            errors: i.errors,
        }
    }
}

/// What tells one results page from another: the language and the query as sent (without `lang`).
fn results_key(ctx: &Ctx) -> String {
    let mut key = format!("{}\u{1}{}", ctx.lang.code, ctx.path);
    for (k, v) in &ctx.query_without_lang {
        key.push('\u{1}');
        key.push_str(k);
        key.push('\u{2}');
        key.push_str(v);
    }
    key
}

/// GET /angebote: reads the query, searches, counts a search that found nothing, and shows
/// the page (400 with the messages when the query cannot be read).
pub async fn search(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let idx = index(&state).await?;
    // The same request in the same minute, index and content gets the same page: served as kept.
    let stamp = state.stamp(&idx).await?;
    let key = results_key(&ctx);
    let cats = state.current_categories().await;
    let raw = ctx.offer_query();
    if let Some(kept) = state.results.get(stamp, &key) {
        if kept.miss {
            let (query, _) = read_search_query(&ctx.tr, &raw, &cats);
            state.record_search_miss(&query);
        }
        return Ok(Html(kept.body).into_response());
    }
    let (query, errors) = read_search_query(&ctx.tr, &raw, &cats);
    let now = state.berlin_now();
    let res = errors.is_empty().then(|| idx.search(&query, now));
    let miss = res.as_ref().is_some_and(|r| r.total == 0 || r.relaxed)
        && !query.text.is_empty()
        && query.page == 1;
    if miss {
        state.record_search_miss(&query);
    }
    // Events that match the words, on the first page only.
    let events = if errors.is_empty() && query.page == 1 && !query.text.is_empty() {
        crate::events::pages::matching(&state, &ctx.tr, &query.text, 3).await?
    } else {
        vec![]
    };
    let mut page = SearchPage::build(SearchInput {
        ctx: &ctx,
        state: &state,
        cats: &cats,
        raw: &raw,
        query: &query,
        errors,
        res: res.as_ref(),
        events,
        now,
    });
    if page.errors.is_empty() && query.page == 1 && !query.text.is_empty() {
        page.groups = crate::peers::groups::matching(
            &state,
            &ctx.tr,
            &query.text,
            query.ortsteil.as_deref(),
            3,
        )
        .await?;
    }
    // Nothing found for the words: the topics and chains near them lead on.
    if res.as_ref().is_some_and(|r| r.total == 0) && !query.text.trim().is_empty() {
        let lang = ctx.lang.code;
        let mut near: Vec<(usize, Link)> = cats
            .iter()
            .filter_map(|c| {
                let text: Vec<&str> = c
                    .name
                    .all_texts()
                    .chain(c.description.all_texts())
                    .collect();
                let n = idx.closeness(&query.text, &text.join(" "));
                (n > 0).then(|| {
                    (
                        n,
                        Link {
                            url: format!("/kategorien/{}", c.slug),
                            label: crate::kit::views::category_name(&cats, &c.slug, lang),
                        },
                    )
                })
            })
            .collect();
        near.sort_by_key(|s| std::cmp::Reverse(s.0));
        page.near_categories_are_near = !near.is_empty();
        if near.is_empty() {
            // None near the words: the topics with the most offers.
            let all = idx.search(&wegweiser_domain::directory::OfferQuery::default(), now);
            let mut counts: Vec<(&String, &usize)> = all.facets.category.iter().collect();
            counts.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            near = counts
                .into_iter()
                .map(|(slug, n)| {
                    (
                        *n,
                        Link {
                            url: format!("/kategorien/{slug}"),
                            label: crate::kit::views::category_name(&cats, slug, lang),
                        },
                    )
                })
                .collect();
        }
        page.near_categories = near.into_iter().take(4).map(|(_, l)| l).collect();
        page.near_chains = crate::chains::pages::near(&state, &ctx.tr, &query.text, 3).await?;
    }
    // Nothing found: say which filter stands in the way, by searching without each one.
    if res.as_ref().is_some_and(|r| r.total == 0) {
        let known: Vec<&str> = cats.iter().map(|c| c.slug.as_str()).collect();
        for chip in &page.chips {
            let pairs: Vec<(String, String)> = ctx
                .query_without_lang
                .iter()
                .filter(|(k, _)| k != chip.key)
                .cloned()
                .collect();
            if let Ok(q) = raw_offer_query(&pairs).validate(&known) {
                let count = idx.search(&q, now).total;
                if count > 0 {
                    page.drop_hints.push(DropHint {
                        chip_label: chip.label.clone(),
                        url: chip.remove_url.clone(),
                        count,
                    });
                }
            }
        }
        // No single filter is to blame: what the words find without any.
        if page.drop_hints.is_empty() && page.chips.len() > 1 {
            let pairs: Vec<(String, String)> = ctx
                .query_without_lang
                .iter()
                .filter(|(k, _)| !FILTER_KEYS.contains(&k.as_str()))
                .cloned()
                .collect();
            if let Ok(q) = raw_offer_query(&pairs).validate(&known) {
                let count = idx.search(&q, now).total;
                if count > 0 {
                    page.drop_hints.push(DropHint {
                        chip_label: ctx.tr.t("zero-results-all-filters"),
                        url: search_url(&pairs, ""),
                        count,
                    });
                }
            }
        }
    }
    if page.errors.is_empty() {
        let body = axum::body::Bytes::from(page.render()?);
        state.results.put(
            stamp,
            key,
            crate::kit::rendered::Kept {
                body: body.clone(),
                miss,
            },
        );
        Ok(Html(body).into_response())
    } else {
        let body = page.render()?;
        Ok(rendered(
            (StatusCode::BAD_REQUEST, Html(body)).into_response(),
        ))
    }
}

#[derive(Template)]
#[template(path = "directory/offer.html")]
struct OfferPage {
    page: PageMeta,
    o: OfferView,
}

#[derive(Template)]
#[template(path = "directory/offer_print.html")]
struct OfferPrintPage {
    page: PageMeta,
    o: OfferView,
    url: String,
}

/// The offer's page view; `viewed` counts the view for the needs radar (under the offer's first
/// category and the Ortsteil of its first public place).
async fn load_offer(
    state: &AppState,
    ctx: &Ctx,
    raw_id: &str,
    viewed: bool,
) -> Result<OfferView, WebError> {
    let id = parse_id(raw_id)?;
    let now = state.berlin_now();
    // The index holds every published offer as the store reads it, kept current by the follower
    // and by the catch-up after this instance's writes; the store answers until it is built.
    let offer = match state.current_index().await {
        Some(idx) => idx
            .listed_offers(&[id], now)
            .pop()
            .ok_or(WebError::NotFound)?,
        None => std::sync::Arc::new(state.db.published_offer(id).await?),
    };
    if !offer.is_listed(now.date()) {
        return Err(WebError::NotFound);
    }
    if viewed {
        state.count_use(
            wegweiser_domain::needs::UsageKind::OfferView,
            offer.categories.first().map_or("", String::as_str),
            offer.ortsteile().first().copied().unwrap_or(""),
        );
    }
    let cats = state.current_categories().await;
    let mut view = OfferView::new(&ctx.tr, &offer, &cats, now);
    view.not_confirmed_recently = state
        .config
        .freshness
        .shows_public_note(offer.last_verified, now.date());
    Ok(view)
}

pub async fn offer(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let o = load_offer(&state, &ctx, &id, true).await?;
    let title = o.card.name.clone();
    let description = o.card.summary.clone();
    let public = &state.config.public_url;
    // Only places with a public address: confidential ones never reach this view.
    let places: Vec<serde_json::Value> = o
        .locations
        .iter()
        .filter(|l| !l.confidential)
        .filter_map(|l| {
            Some(serde_json::json!({
                "@type": "Place",
                "name": l.name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": l.street.as_ref()?,
                    "postalCode": l.postcode,
                    "addressLocality": l.city,
                    "addressRegion": "Berlin",
                    "addressCountry": "DE",
                }
            }))
        })
        .collect();
    let phone = o.phone.as_ref().and_then(|p| p.href.as_deref()).map(|tel| {
        serde_json::json!({
            "@type": "ContactPoint",
            "telephone": tel.trim_start_matches("tel:"),
            "contactType": "customer service",
            "areaServed": "DE",
            "availableLanguage": o.languages,
        })
    });
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        // schema.org's type for what public bodies offer; everything else is a Service.
        "@type": if o.public_institution { "GovernmentService" } else { "Service" },
        "name": title,
        "description": description,
        "url": format!("{public}/angebote/{}", o.card.id),
        "provider": {
            "@type": if o.public_institution { "GovernmentOrganization" } else { "Organization" },
            "name": o.card.org_name,
            "url": format!("{public}/traeger/{}", o.org_id),
        },
        "areaServed": {"@type": "AdministrativeArea", "name": "Berlin-Lichtenberg"},
        "offers": o.card.is_free.then(|| serde_json::json!({
            "@type": "Offer",
            "price": 0,
            "priceCurrency": "EUR",
        })),
        "availableChannel": {
            "@type": "ServiceChannel",
            "servicePhone": phone,
            "serviceUrl": o.website,
            "serviceLocation": places,
        },
    });
    html(&OfferPage {
        page: PageMeta::new(&ctx, &state, title, &description, "search").with_json_ld(ld),
        o,
    })
}

pub async fn offer_print(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> PageResult {
    let o = load_offer(&state, &ctx, &id, false).await?;
    let title = o.card.name.clone();
    let url = format!("/angebote/{}", o.card.id);
    html(&OfferPrintPage {
        page: PageMeta::new(&ctx, &state, title, "", "search"),
        o,
        url,
    })
}

#[derive(Template)]
#[template(path = "directory/organization.html")]
struct OrganizationPage {
    page: PageMeta,
    name: String,
    kind: String,
    description: Vec<String>,
    website: Option<String>,
    email: Option<String>,
    phone: Option<crate::kit::views::Phone>,
    example: bool,
    offers: Vec<OfferCard>,
}

pub async fn organization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> PageResult {
    let id = parse_id(&id)?;
    let org = state.db.organization(id).await?;
    let idx = index(&state).await?;
    let cats = state.current_categories().await;
    let now = state.berlin_now();
    let tr = ctx.tr;
    let offers = idx
        .offers_of_organization(id, now)
        .iter()
        .map(|o| OfferCard::new(&tr, o, &cats, now))
        .collect();
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": org.name,
        "url": format!("{}/traeger/{id}", state.config.public_url),
        "sameAs": org.website,
        "telephone": org.phone,
        "email": org.email,
    });
    html(&OrganizationPage {
        page: PageMeta::new(&ctx, &state, org.name.clone(), "", "search").with_json_ld(ld),
        kind: tr.t(&format!("org-kind-{}", org.kind.as_str().replace('_', "-"))),
        description: crate::kit::views::paragraphs(org.description.get(tr.lang.code)),
        website: org.website,
        email: org.email,
        phone: org.phone.as_deref().map(crate::kit::views::Phone::new),
        example: org.is_example,
        name: org.name,
        offers,
    })
}

#[derive(Template)]
#[template(path = "directory/list.html")]
struct ListPage {
    page: PageMeta,
    heading: String,
    intro: String,
    tiles: Vec<Tile>,
}

pub async fn ortsteile(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let idx = index(&state).await?;
    let res = idx.search(&all_query(), state.berlin_now());
    html(&ListPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("ortsteile-title"), "", "ortsteile"),
        heading: ctx.tr.t("ortsteile-title"),
        intro: ctx.tr.t("ortsteile-intro"),
        tiles: ortsteil_tiles(&ctx.tr, &res),
    })
}

pub async fn categories(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let idx = index(&state).await?;
    let cats = state.current_categories().await;
    let res = idx.search(&all_query(), state.berlin_now());
    html(&ListPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("categories-title"), "", "categories"),
        heading: ctx.tr.t("categories-title"),
        intro: ctx.tr.t("categories-intro"),
        tiles: category_tiles(&ctx.tr, &cats, &res),
    })
}

#[derive(Template)]
#[template(path = "directory/topic.html")]
struct TopicPage {
    page: PageMeta,
    heading: String,
    intro: String,
    map: Option<MapView>,
    offers: Vec<OfferCard>,
    total: usize,
    search_url: String,
    /// Other dimension: categories in this Ortsteil, or Ortsteile of this category.
    related_heading: String,
    related: Vec<Tile>,
    /// An Ortsteil's peer groups.
    groups: Vec<crate::peers::groups::GroupView>,
    /// The needs form for this Ortsteil or topic.
    needs_url: String,
}

fn listing(idx: &SearchIndex, query: OfferQuery, now: chrono::NaiveDateTime) -> SearchResults {
    idx.search(
        &OfferQuery {
            page: 1,
            per_page: 200,
            ..query
        },
        now,
    )
}

/// The two kinds of topic page: the offers of one Ortsteil, or of one category.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TopicKind {
    Ortsteil,
    Category,
}

/// What a topic page shows besides its offers.
struct Topic {
    kind: TopicKind,
    slug: String,
    heading: String,
    description: String,
    intro: String,
    map: Option<MapView>,
}

/// A topic page: its offers, and tiles into the other dimension, each a search with both filters.
async fn topic_page(state: &AppState, ctx: &Ctx, t: Topic) -> PageResult {
    let idx = index(state).await?;
    let cats = state.current_categories().await;
    let tr = &ctx.tr;
    let now = state.berlin_now();
    let mut query = OfferQuery::default();
    let (param, other, prefix, related_heading, nav) = match t.kind {
        TopicKind::Ortsteil => {
            query.ortsteil = Some(t.slug.clone());
            (
                "ortsteil",
                "category",
                "/kategorien/",
                "related-categories",
                "ortsteile",
            )
        }
        TopicKind::Category => {
            query.category = Some(t.slug.clone());
            (
                "category",
                "ortsteil",
                "/ortsteile/",
                "related-ortsteile",
                "categories",
            )
        }
    };
    let res = listing(&idx, query, now);
    let groups = match t.kind {
        TopicKind::Ortsteil => state
            .db
            .published_groups(Some(&t.slug))
            .await?
            .iter()
            .map(|g| crate::peers::groups::view(tr, g))
            .collect(),
        TopicKind::Category => vec![],
    };
    let tiles = match t.kind {
        TopicKind::Ortsteil => category_tiles(tr, &cats, &res),
        TopicKind::Category => ortsteil_tiles(tr, &res),
    };
    let related = tiles
        .into_iter()
        .filter(|x| x.count > 0)
        .map(|x| Tile {
            url: format!(
                "/angebote?{param}={}&{other}={}",
                t.slug,
                &x.url[prefix.len()..]
            ),
            ..x
        })
        .collect();
    html(&TopicPage {
        page: PageMeta::new(ctx, state, t.heading.clone(), &t.description, nav),
        heading: t.heading,
        intro: t.intro,
        map: t.map,
        offers: res
            .hits
            .iter()
            .map(|x| OfferCard::new(tr, x, &cats, now))
            .collect(),
        total: res.total,
        search_url: format!("/angebote?{param}={}", t.slug),
        needs_url: format!(
            "/bedarf?{}={}",
            if param == "ortsteil" {
                "ortsteil"
            } else {
                "thema"
            },
            t.slug
        ),
        related_heading: tr.t(related_heading),
        related,
        groups,
    })
}

pub async fn ortsteil(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> PageResult {
    let o = geo::ortsteil_by_slug(&slug).ok_or(WebError::NotFound)?;
    let tr = &ctx.tr;
    let topic = Topic {
        kind: TopicKind::Ortsteil,
        slug: o.slug.to_string(),
        heading: tr.s("ortsteil-title", "name", o.name),
        description: String::new(),
        intro: tr.s("ortsteil-postcodes", "postcodes", &o.postcodes.join(", ")),
        map: Some(MapView::of_ortsteil(
            o.slug,
            &tr.s("map-ortsteil", "name", o.name),
        )),
    };
    topic_page(&state, &ctx, topic).await
}

pub async fn category(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> PageResult {
    let cats = state.current_categories().await;
    let c = cats
        .iter()
        .find(|c| c.slug == slug)
        .ok_or(WebError::NotFound)?;
    let lang = ctx.tr.lang.code;
    let topic = Topic {
        kind: TopicKind::Category,
        slug: c.slug.clone(),
        heading: c.name.get(lang).to_string(),
        description: c.description.get(lang).to_string(),
        intro: c.description.get(lang).to_string(),
        map: None,
    };
    topic_page(&state, &ctx, topic).await
}

impl Ctx {
    /// The directory filters of this request (first value of each parameter wins).
    pub fn offer_query(&self) -> RawOfferQuery {
        raw_offer_query(&self.query_without_lang)
    }
}

/// The search parameters among `pairs` (a query string's, without `lang`).
fn raw_offer_query(pairs: &[(String, String)]) -> RawOfferQuery {
    {
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        RawOfferQuery {
            q: get("q"),
            category: get("category"),
            ortsteil: get("ortsteil"),
            language: get("language"),
            free: get("free"),
            wheelchair: get("wheelchair"),
            childcare: get("childcare"),
            open_now: get("open_now"),
            walk_in: get("walk_in"),
            weekday: get("weekday"),
            evening: get("evening"),
            weekend: get("weekend"),
            near: get("near"),
            sort: get("sort"),
            page: get("page"),
            per_page: get("per_page"),
        }
    }
}
