//! Service chains for parents: the list, a chain with its steps, ticking steps off without an
//! account, the print checklist and the poster QR code. Progress lives in the browser only: a
//! cookie (`ww_wege`) or a private link (`?stand=…`); the server keeps nothing of it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;
use wegweiser_domain::chains::{
    Chain, Progress, is_valid_slug, progress_cookie_get, progress_cookie_set,
};
use wegweiser_domain::directory::Offer;
use wegweiser_domain::needs::UsageKind;

use crate::kit::ctx::{Ctx, encode};
use crate::kit::error::{WebError, rendered};
use crate::kit::i18n::{Tr, cookie};
use crate::kit::page::html;
use crate::kit::text::Text;
use crate::kit::views::{Link, OpenLabel, PageMeta, Phone, format_date, open_label, short_hours};
use crate::state::AppState;

pub const PROGRESS_COOKIE: &str = "ww_wege";

pub struct StepOffer {
    pub id: i64,
    /// Its letter in the print view's address list.
    pub mark: String,
    pub name: Text,
    pub org_name: String,
    pub address: Option<String>,
    pub phone: Option<Phone>,
    pub hours: String,
    pub open: Option<OpenLabel>,
}

pub struct StepView {
    pub key: String,
    pub n: usize,
    pub title: Text,
    /// Markdown, as safe HTML (links, phone numbers that dial).
    pub explanation: String,
    pub explanation_lang: &'static str,
    pub done: bool,
    pub offers: Vec<StepOffer>,
    pub documents: Vec<Text>,
    pub deadline: Option<Text>,
    /// The deadline as a date, when the parent entered the chain's event date.
    pub deadline_date: Option<String>,
    pub overdue: bool,
    pub costs: Text,
    pub tips: Text,
    pub condition: Text,
    pub branch: Option<Link>,
}

pub struct ChainView {
    pub slug: String,
    pub title: Text,
    pub summary: Text,
    pub anchor: Option<Text>,
    /// The entered event date as yyyy-mm-dd, for the date field.
    pub anchor_value: String,
    pub steps: Vec<StepView>,
    pub done: usize,
    /// "3 of 9 steps done"
    pub progress_text: String,
    pub related: Vec<Link>,
    /// The progress in encoded form (for the forms and the private link).
    pub stand: String,
    pub private_link: String,
    /// Every offer of the chain once, for the print view's address list.
    pub addresses: Vec<StepOffer>,
}

fn step_offer(tr: &Tr, o: &Offer, mark: String, now: NaiveDateTime) -> StepOffer {
    let address = o
        .locations
        .iter()
        .find_map(|l| l.address.as_ref())
        .map(|a| format!("{}, {} {}", a.street, a.postcode, a.city));
    StepOffer {
        id: o.id,
        mark,
        name: Text::of(&o.name, tr),
        org_name: o.organization.name.clone(),
        address,
        phone: o.phone.as_deref().map(Phone::new),
        hours: short_hours(tr, o),
        open: open_label(tr, o, now),
    }
}

fn mark(i: usize) -> String {
    let letters = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    match letters.get(i) {
        Some(c) => (*c as char).to_string(),
        None => format!("{}", i + 1),
    }
}

/// The published chains whose words are nearest to a search's words, best first, at most `limit`
/// (the help on a search page that found nothing).
pub async fn near(
    state: &AppState,
    tr: &Tr,
    text: &str,
    limit: usize,
) -> Result<Vec<Link>, WebError> {
    let Some(index) = state.current_index().await else {
        return Ok(vec![]);
    };
    let mut scored: Vec<(usize, Link)> = state
        .published()
        .await?
        .chains
        .iter()
        .filter_map(|(slug, c)| {
            let mut body: Vec<&str> = c.title.all_texts().chain(c.summary.all_texts()).collect();
            for s in &c.steps {
                body.extend(s.title.all_texts());
                body.extend(s.explanation.all_texts());
            }
            let n = index.closeness(text, &body.join(" "));
            (n > 0).then(|| {
                (
                    n,
                    Link {
                        url: format!("/wege/{slug}"),
                        label: Text::of(&c.title, tr).text,
                    },
                )
            })
        })
        .collect();
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    Ok(scored.into_iter().take(limit).map(|(_, l)| l).collect())
}

async fn build_view(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    chain: &Chain,
    progress: &Progress,
) -> Result<ChainView, WebError> {
    let tr = &ctx.tr;
    let now = state.berlin_now();
    let index = state.current_index().await.ok_or(WebError::Unavailable)?;
    let offers = index.listed_offers(&chain.offer_ids(), now);
    let others = state.published().await?;
    let link_to = |slug: &str| {
        others
            .chains
            .iter()
            .find(|(s, _)| s == slug)
            .map(|(s, c)| Link {
                url: format!("/wege/{s}"),
                label: c.title.get(tr.lang.code).to_string(),
            })
    };
    let addresses: Vec<StepOffer> = offers
        .iter()
        .enumerate()
        .map(|(i, o)| step_offer(tr, o, mark(i), now))
        .collect();
    let today = now.date();
    let steps = chain
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let relative = s.deadline.as_ref().and_then(|d| d.relative);
            let date = progress
                .anchor_date
                .zip(relative)
                .and_then(|(anchor, r)| r.date(anchor));
            let done = progress.done.contains(&s.key);
            StepView {
                key: s.key.clone(),
                n: i + 1,
                title: Text::of(&s.title, tr),
                explanation: crate::kit::markdown::to_html(s.explanation.get(tr.lang.code)),
                explanation_lang: Text::lang_of(&s.explanation, tr),
                done,
                offers: s
                    .offers
                    .iter()
                    .filter_map(|id| {
                        let o = offers.iter().find(|o| o.id == *id)?;
                        let pos = offers.iter().position(|x| x.id == *id).unwrap_or(0);
                        Some(step_offer(tr, o, mark(pos), now))
                    })
                    .collect(),
                documents: s.documents.iter().map(|d| Text::of(d, tr)).collect(),
                deadline: s.deadline.as_ref().map(|d| Text::of(&d.text, tr)),
                deadline_date: date.map(|d| format_date(tr, d)),
                overdue: !done && date.is_some_and(|d| d < today),
                costs: Text::of(&s.costs, tr),
                tips: Text::of(&s.tips, tr),
                condition: Text::of(&s.condition, tr),
                branch: s.branch.as_deref().and_then(link_to),
            }
        })
        .collect::<Vec<_>>();
    let stand = progress.encode();
    let done = steps.iter().filter(|s| s.done).count();
    Ok(ChainView {
        progress_text: tr.s2(
            "chain-progress",
            ("done", &done.to_string()),
            ("total", &steps.len().to_string()),
        ),
        slug: slug.to_string(),
        title: Text::of(&chain.title, tr),
        summary: Text::of(&chain.summary, tr),
        anchor: chain.anchor.as_ref().map(|a| Text::of(a, tr)),
        anchor_value: progress
            .anchor_date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        done,
        steps,
        related: chain.related.iter().filter_map(|s| link_to(s)).collect(),
        private_link: format!(
            "{}/wege/{slug}?stand={}",
            state.config.public_url,
            encode(&stand)
        ),
        stand,
        addresses,
    })
}

/// The progress this request shows: the private link's when it carries one, else the cookie's.
fn progress_of(ctx: &Ctx, headers: &HeaderMap, slug: &str, chain: &Chain) -> (Progress, bool) {
    if let Some((_, s)) = ctx.query_without_lang.iter().find(|(k, _)| k == "stand") {
        return (Progress::decode(s, chain), true);
    }
    let c = cookie(headers, PROGRESS_COOKIE).unwrap_or_default();
    (
        Progress::decode(progress_cookie_get(&c, slug).unwrap_or(""), chain),
        false,
    )
}

async fn published(state: &AppState, slug: &str) -> Result<Chain, WebError> {
    if !is_valid_slug(slug) {
        return Err(WebError::NotFound);
    }
    Ok(state.db.published_chain(slug).await?)
}

pub struct ChainTile {
    pub url: String,
    pub title: Text,
    pub summary: Text,
    pub steps: String,
    /// "3 of 9 steps done", when any is.
    pub progress: Option<String>,
}

#[derive(Template)]
#[template(path = "chains/chains.html")]
struct ChainsPage {
    page: PageMeta,
    chains: Vec<ChainTile>,
}

/// The chains a parent can follow, with their own progress.
pub async fn chain_tiles(
    state: &AppState,
    tr: &Tr,
    headers: &HeaderMap,
) -> Result<Vec<ChainTile>, WebError> {
    let c = cookie(headers, PROGRESS_COOKIE).unwrap_or_default();
    Ok(state
        .published()
        .await?
        .chains
        .iter()
        .map(|(slug, chain)| {
            let done = Progress::decode(progress_cookie_get(&c, slug).unwrap_or(""), chain)
                .done
                .len();
            let total = chain.steps.len();
            ChainTile {
                url: format!("/wege/{slug}"),
                title: Text::of(&chain.title, tr),
                summary: Text::of(&chain.summary, tr),
                steps: tr.n("chain-steps-count", "count", total),
                progress: (done > 0).then(|| {
                    tr.s2(
                        "chain-progress",
                        ("done", &done.to_string()),
                        ("total", &total.to_string()),
                    )
                }),
            }
        })
        .collect())
}

/// GET /wege
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let chains = chain_tiles(&state, &ctx.tr, &headers).await?;
    html(&ChainsPage {
        page: PageMeta::new(
            &ctx,
            &state,
            ctx.tr.t("chains-title"),
            &ctx.tr.t("chains-intro"),
            "chains",
        ),
        chains,
    })
}

#[derive(Template)]
#[template(path = "chains/chain.html")]
pub(crate) struct ChainPage {
    pub page: PageMeta,
    pub c: ChainView,
    pub from_link: bool,
    pub date_error: Option<String>,
    /// Shown in the back office's preview: no forms, a banner instead.
    pub preview: bool,
}

/// GET /wege/{slug}
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let chain = published(&state, &slug).await?;
    let (progress, from_link) = progress_of(&ctx, &headers, &slug, &chain);
    let c = build_view(&state, &ctx, &slug, &chain, &progress).await?;
    let mut res = html(&ChainPage {
        page: PageMeta::new(
            &ctx,
            &state,
            c.title.text.clone(),
            &c.summary.text,
            "chains",
        ),
        c,
        from_link,
        date_error: None,
        preview: false,
    })?;
    // Progress is personal: a shared computer's cache must not keep it.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

pub(crate) async fn preview_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    chain: &Chain,
) -> Result<Response, WebError> {
    let c = build_view(state, ctx, slug, chain, &Progress::default()).await?;
    html(&ChainPage {
        page: PageMeta::new(ctx, state, c.title.text.clone(), &c.summary.text, "admin"),
        c,
        from_link: false,
        date_error: None,
        preview: true,
    })
}

#[derive(Deserialize)]
pub struct ProgressForm {
    #[serde(default)]
    stand: String,
    #[serde(default)]
    schritt: String,
    #[serde(default)]
    erledigt: String,
    #[serde(default)]
    aktion: String,
    #[serde(default)]
    datum: String,
}

/// A date as browsers send it from a date field (2027-03-01) or as people type it (1.3.2027).
fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
        .filter(|d| (1990..=2100).contains(&chrono::Datelike::year(d)))
}

/// POST /wege/{slug}/fortschritt: ticks a step, sets the event date or starts over; the new
/// progress goes into the cookie only.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(form): Form<ProgressForm>,
) -> Result<Response, WebError> {
    let chain = published(&state, &slug).await?;
    let mut progress = Progress::decode(&form.stand, &chain);
    let finished = |p: &Progress| {
        !chain.steps.is_empty() && chain.steps.iter().all(|s| p.done.contains(&s.key))
    };
    let (was_started, was_finished) = (!progress.done.is_empty(), finished(&progress));
    let mut anchor = "fortschritt".to_string();
    match form.aktion.as_str() {
        "neu" => progress = Progress::default(),
        "datum" => {
            if form.datum.trim().is_empty() {
                progress.anchor_date = None;
            } else if let Some(d) = parse_date(&form.datum) {
                progress.anchor_date = Some(d);
                anchor = "frist-datum".into();
            } else {
                let c = build_view(&state, &ctx, &slug, &chain, &progress).await?;
                let page = ChainPage {
                    page: PageMeta::new(&ctx, &state, c.title.text.clone(), "", "chains"),
                    c,
                    from_link: false,
                    date_error: Some(ctx.tr.t("chain-date-invalid")),
                    preview: false,
                };
                let body = page.render()?;
                return Ok(rendered(
                    (StatusCode::UNPROCESSABLE_ENTITY, Html(body)).into_response(),
                ));
            }
        }
        _ => {
            if chain.step(&form.schritt).is_none() {
                return Err(WebError::Invalid);
            }
            progress.toggle(&form.schritt, form.erledigt == "1");
            anchor = format!("schritt-{}", form.schritt);
        }
    }
    // Counted for the needs radar: the first step ticked, the last one ticked (no person, no cookie).
    if !was_started && !progress.done.is_empty() {
        state.count_use(UsageKind::ChainStarted, &slug, "");
    }
    if !was_finished && finished(&progress) {
        state.count_use(UsageKind::ChainFinished, &slug, "");
    }
    let old = cookie(&headers, PROGRESS_COOKIE).unwrap_or_default();
    let value = progress_cookie_set(&old, &slug, &progress.encode());
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let mut res = Redirect::to(&format!("/wege/{slug}#{anchor}")).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{PROGRESS_COOKIE}={value}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}"
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "chains/chain_print.html")]
struct ChainPrintPage {
    page: PageMeta,
    c: ChainView,
    url: String,
    today: String,
}

/// GET /wege/{slug}/drucken: the checklist on one A4 page, with addresses and opening hours.
pub async fn print(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let chain = published(&state, &slug).await?;
    let (progress, _) = progress_of(&ctx, &headers, &slug, &chain);
    let c = build_view(&state, &ctx, &slug, &chain, &progress).await?;
    let mut res = html(&ChainPrintPage {
        page: PageMeta::new(&ctx, &state, c.title.text.clone(), "", "chains"),
        url: format!("{}/wege/{slug}", state.config.public_url),
        today: format_date(&ctx.tr, state.berlin_now().date()),
        c,
    })?;
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// GET /wege/{slug}/qr.svg: a QR code with the chain's public address, drawn by the server.
pub async fn qr(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    published(&state, &slug).await?;
    crate::kit::posters::qr_response(&format!("{}/wege/{slug}", state.config.public_url))
}

/// GET /wege/{slug}/aushang: a poster (A4 or A6) with the chain's title and QR code.
pub async fn poster(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let chain = published(&state, &slug).await?;
    crate::kit::posters::poster(
        &state,
        &ctx,
        &format!("/wege/{slug}"),
        Text::of(&chain.title, &ctx.tr),
        Text::of(&chain.summary, &ctx.tr),
        vec![ctx.tr.n("chain-steps-count", "count", chain.steps.len())],
        ctx.tr.t("chain-poster-scan"),
        "chains",
    )
}
