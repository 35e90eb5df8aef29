//! The newsletter: subscription with double opt-in (the address gets a link; only a confirmed
//! address receives anything else), a monthly digest the coordinator composes from a suggested
//! draft, and leaving in one click (a link in every mail and the RFC 8058 List-Unsubscribe
//! headers). Mails are plain text: no tracking pixels, no redirecting links. We store the address
//! and the language, nothing else, and delete the address when someone leaves.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use serde::Deserialize;
use wegweiser_domain::accounts::{self, Role};
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::mail::Mail;
use wegweiser_domain::news::{CONFIRM_WITHIN_DAYS, Issue, IssueDoc, digest_since};
use wegweiser_store::Subscriber;

use crate::accounts::session::{
    CsrfForm, Viewer, anon_csrf, anon_page, check_anon_csrf, check_csrf, throttled,
};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::SelectOption;
use crate::kit::forms::{FormPairs, SavedQuery};
use crate::kit::i18n::{LANGS, Lang, Tr};
use crate::kit::page::page_html;
use crate::kit::tokens::LinkToken;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// Which state the public newsletter page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Form,
    /// "Check your mailbox" (the same for new and already confirmed addresses).
    Sent,
    ConfirmQuestion,
    Confirmed,
    LinkInvalid,
    LeaveQuestion,
    Left,
}

#[derive(Template)]
#[template(path = "news/newsletter.html")]
struct PublicPage {
    page: PageMeta,
    csrf: String,
    step: Step,
    email: String,
    error: Option<String>,
}

fn public_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    csrf: (&str, bool),
    step: Step,
    email: &str,
    error: Option<String>,
) -> Result<Response, WebError> {
    let page = PublicPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.t("newsletter-title"),
            &ctx.tr.t("newsletter-lead"),
            "news",
        ),
        csrf: csrf.0.to_string(),
        step,
        email: email.to_string(),
        error,
    };
    anon_page(state, status, &page, csrf.0, csrf.1)
}

/// GET /newsletter
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    public_page(
        &state,
        &ctx,
        StatusCode::OK,
        (&csrf, fresh),
        Step::Form,
        "",
        None,
    )
}

#[derive(Deserialize)]
pub struct SubscribeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

/// POST /newsletter: records the address as pending and sends the confirmation link.
pub async fn subscribe(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    Form(f): Form<SubscribeForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &f.csrf)?;
    let tr = &ctx.tr;
    let Ok(email) = accounts::normalize_email(&f.email) else {
        return public_page(
            &state,
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            (&csrf, false),
            Step::Form,
            &f.email,
            Some(tr.t("newsletter-error-email")),
        );
    };
    // The form must not become a way to flood someone's mailbox with confirmation mails.
    let address_key = format!("newsletter:{email}");
    let ip_key = format!("newsletter-ip:{}", client);
    let keys = [address_key.as_str(), ip_key.as_str()];
    if throttled(&state, &keys).await? {
        return public_page(
            &state,
            &ctx,
            StatusCode::TOO_MANY_REQUESTS,
            (&csrf, false),
            Step::Form,
            &f.email,
            Some(tr.t("newsletter-error-throttled")),
        );
    }
    let now = state.now();
    let token = accounts::new_token().map_err(WebError::internal)?;
    let leave = accounts::new_token().map_err(WebError::internal)?;
    let link = format!("{}/newsletter/bestaetigen/{token}", state.config.public_url);
    let mail = Mail {
        to: email.clone(),
        subject: tr.t("mail-newsletter-confirm-subject"),
        body: tr.with_args(
            "mail-newsletter-confirm-body",
            &[("link", &link), ("days", &CONFIRM_WITHIN_DAYS.to_string())],
        ),
    };
    state
        .db
        .subscribe(
            &email,
            ctx.lang.code,
            &accounts::token_digest(&token),
            &leave,
            &mail,
            now,
        )
        .await?;
    public_page(
        &state,
        &ctx,
        StatusCode::OK,
        (&csrf, false),
        Step::Sent,
        &email,
        None,
    )
}

/// GET /newsletter/bestaetigen/{token}: a page with one button, because mail scanners open links.
pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let (status, step) = if token.is_well_formed() {
        (StatusCode::OK, Step::ConfirmQuestion)
    } else {
        (StatusCode::NOT_FOUND, Step::LinkInvalid)
    };
    public_page(&state, &ctx, status, (&csrf, fresh), step, "", None)
}

/// POST /newsletter/bestaetigen/{token}
pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let csrf = check_anon_csrf(&headers, &f.csrf)?;
    let now = state.now();
    let done = token.is_well_formed()
        && state
            .db
            .confirm_subscription(
                &accounts::token_digest(token.raw()),
                now - Duration::days(CONFIRM_WITHIN_DAYS),
                now,
            )
            .await?;
    let (status, step) = if done {
        (StatusCode::OK, Step::Confirmed)
    } else {
        (StatusCode::GONE, Step::LinkInvalid)
    };
    public_page(&state, &ctx, status, (&csrf, false), step, "", None)
}

/// GET /newsletter/abmelden/{token}: the link in every mail; one button leaves.
pub async fn leave_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let subscribed = token.is_well_formed() && state.db.subscription_exists(token.raw()).await?;
    let step = if subscribed {
        Step::LeaveQuestion
    } else {
        Step::Left
    };
    public_page(&state, &ctx, StatusCode::OK, (&csrf, fresh), step, "", None)
}

/// POST /newsletter/abmelden/{token}: from the page's button or straight from a mail program
/// (RFC 8058 one-click, without a form token: the link's secret is the proof, and leaving can
/// do no harm). The address is deleted.
pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    token: LinkToken,
) -> Result<Response, WebError> {
    if token.is_well_formed() {
        state.db.unsubscribe(token.raw()).await?;
    }
    let (csrf, fresh) = anon_csrf(&headers)?;
    public_page(
        &state,
        &ctx,
        StatusCode::OK,
        (&csrf, fresh),
        Step::Left,
        "",
        None,
    )
}

// ---- back office -------------------------------------------------------------------------

const ROLES: &[Role] = &[Role::Coordinator];

struct IssueRow {
    id: i64,
    subject: String,
    created: String,
    state: String,
}

#[derive(Template)]
#[template(path = "news/admin_newsletter.html")]
struct ListPage {
    page: PageMeta,
    csrf: String,
    counts: String,
    issues: Vec<IssueRow>,
    last_sent: Option<String>,
}

fn sent_label(tr: &Tr, i: &Issue) -> String {
    match i.sent_at {
        Some(t) => tr.s2(
            "newsletter-admin-sent-to",
            ("date", &local(t)),
            ("count", &i.recipients.to_string()),
        ),
        None => tr.t("newsletter-admin-draft"),
    }
}

fn local(t: chrono::DateTime<Utc>) -> String {
    wegweiser_domain::time::berlin_local(t)
        .format("%d.%m.%Y %H:%M")
        .to_string()
}

/// GET /verwaltung/newsletter
pub async fn admin_list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(ROLES, "/verwaltung/newsletter")?;
    let (confirmed, pending) = state.db.subscriber_counts().await?;
    let issues = state.db.issues().await?;
    page_html(
        StatusCode::OK,
        &ListPage {
            page: PageMeta::new(
                &ctx,
                &state,
                ctx.tr.t("newsletter-admin-title"),
                "",
                "admin",
            ),
            csrf: viewer.csrf.clone().unwrap_or_default(),
            counts: ctx.tr.s2(
                "newsletter-admin-counts",
                ("confirmed", &confirmed.to_string()),
                ("pending", &pending.to_string()),
            ),
            last_sent: state.db.last_issue_sent().await?.map(local),
            issues: issues
                .into_iter()
                .map(|i| IssueRow {
                    id: i.id,
                    subject: i.doc.subject.clone(),
                    created: local(i.created_at),
                    state: sent_label(&ctx.tr, &i),
                })
                .collect(),
        },
    )
}

/// What a digest can present: new offers, coming events, recent articles (id, label).
struct Candidates {
    offers: Vec<(i64, String)>,
    events: Vec<(i64, String)>,
    articles: Vec<(i64, String)>,
}

/// Coming events are those with a date in the next five weeks.
const EVENT_WEEKS: i64 = 5;

async fn candidates(
    state: &AppState,
    tr: &Tr,
    since: chrono::DateTime<Utc>,
) -> Result<Candidates, WebError> {
    let now = state.berlin_now();
    let offers = match state.current_index().await {
        Some(index) => {
            let ids = state.db.offers_created_since(since).await?;
            index
                .listed_offers(&ids, now)
                .iter()
                .map(|o| (o.id, format!("{} – {}", o.name.de, o.organization.name)))
                .collect()
        }
        None => vec![],
    };
    let mut events: Vec<(chrono::NaiveDateTime, i64, String)> = Vec::new();
    for e in state.db.published_events().await? {
        let first = e
            .details
            .occurrences(now.date(), now.date() + Duration::weeks(EVENT_WEEKS))
            .into_iter()
            .find(|o| o.cancelled.is_none() && o.start > now);
        if let Some(o) = first {
            events.push((
                o.start,
                e.id,
                format!(
                    "{} – {}",
                    e.details.title.de,
                    crate::kit::views::format_date(tr, o.start.date())
                ),
            ));
        }
    }
    events.sort();
    let articles = state
        .db
        .public_articles(None, state.now(), 50)
        .await?
        .into_iter()
        .filter(|a| a.publish_at >= since)
        .map(|a| (a.id, a.doc.title.de.clone()))
        .collect();
    Ok(Candidates {
        offers,
        events: events.into_iter().map(|(_, id, l)| (id, l)).collect(),
        articles,
    })
}

/// POST /verwaltung/newsletter: a new issue with the suggested draft.
pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, "/verwaltung/newsletter")?;
    check_csrf(&viewer, &f.csrf)?;
    let now = state.now();
    let since = digest_since(state.db.last_issue_sent().await?, now);
    // The draft is in German, the office's language (section headings follow each reader's).
    let de = Tr::new(LANGS[0]);
    let c = candidates(&state, &de, since).await?;
    let today = state.berlin_now().date();
    let month = crate::kit::dates::month_year(&de, today);
    let doc = IssueDoc {
        subject: de.s("newsletter-suggested-subject", "month", &month),
        intro: de.t("newsletter-suggested-intro"),
        offer_ids: c.offers.iter().map(|x| x.0).take(10).collect(),
        event_ids: c.events.iter().map(|x| x.0).take(12).collect(),
        article_ids: c.articles.iter().map(|x| x.0).take(6).collect(),
    };
    let id = state.db.create_issue(&doc, me.id, now).await?;
    Ok(Redirect::to(&format!("/verwaltung/newsletter/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "news/admin_newsletter_issue.html")]
struct IssuePage {
    page: PageMeta,
    csrf: String,
    id: i64,
    version: i64,
    subject: String,
    intro: String,
    sent: Option<String>,
    confirmed: usize,
    offers: Vec<SelectOption>,
    events: Vec<SelectOption>,
    articles: Vec<SelectOption>,
    preview: String,
    errors: Vec<(&'static str, String)>,
    saved: bool,
}

impl IssuePage {
    fn error(&self, field: &str) -> Option<&String> {
        self.errors.iter().find(|e| e.0 == field).map(|e| &e.1)
    }
}

fn options(all: &[(i64, String)], chosen: &[i64]) -> Vec<SelectOption> {
    let mut out: Vec<SelectOption> = all
        .iter()
        .map(|(id, label)| SelectOption {
            value: id.to_string(),
            label: label.clone(),
            selected: chosen.contains(id),
        })
        .collect();
    // Something chosen earlier that is no longer suggested stays choosable.
    for id in chosen {
        if !all.iter().any(|(a, _)| a == id) {
            out.push(SelectOption {
                value: id.to_string(),
                label: format!("#{id}"),
                selected: true,
            });
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
async fn issue_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    issue: &Issue,
    doc: &IssueDoc,
    errors: Vec<FieldError>,
    saved: bool,
) -> Result<IssuePage, WebError> {
    let tr = &ctx.tr;
    let since = digest_since(
        state
            .db
            .issues()
            .await?
            .iter()
            .filter(|i| i.id != issue.id)
            .filter_map(|i| i.sent_at)
            .filter(|t| *t <= issue.created_at)
            .max(),
        issue.created_at,
    );
    let c = candidates(state, &Tr::new(LANGS[0]), since).await?;
    let (confirmed, _) = state.db.subscriber_counts().await?;
    let example = Subscriber {
        email: String::new(),
        lang: "de".into(),
        unsubscribe_token: "…".into(),
    };
    let bodies = digest_bodies(state, doc, std::iter::empty()).await?;
    let preview = digest_mail(state, doc, &bodies, &example).0.body;
    Ok(IssuePage {
        page: PageMeta::new(ctx, state, tr.t("newsletter-admin-title"), "", "admin"),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        id: issue.id,
        version: issue.version,
        subject: doc.subject.clone(),
        intro: doc.intro.clone(),
        sent: issue.sent_at.map(|_| sent_label(tr, issue)),
        confirmed: usize::try_from(confirmed).unwrap_or(0),
        offers: options(&c.offers, &doc.offer_ids),
        events: options(&c.events, &doc.event_ids),
        articles: options(&c.articles, &doc.article_ids),
        preview,
        errors: errors
            .into_iter()
            .map(|e| (e.field, tr.t(e.message)))
            .collect(),
        saved,
    })
}

/// GET /verwaltung/newsletter/{id}
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
) -> Result<Response, WebError> {
    viewer.require(ROLES, &format!("/verwaltung/newsletter/{id}"))?;
    let issue = state.db.issue(id).await?;
    let page = issue_page(
        &state,
        &ctx,
        &viewer,
        &issue,
        &issue.doc,
        vec![],
        q.gespeichert.is_some(),
    )
    .await?;
    page_html(StatusCode::OK, &page)
}

fn form_doc(pairs: &[(String, String)]) -> (IssueDoc, i64, String) {
    let form = FormPairs(pairs);
    let get = |name: &str| form.get(name);
    let ids = |name: &str| form.parsed(name);
    (
        IssueDoc {
            subject: get("subject"),
            intro: get("intro"),
            offer_ids: ids("offer"),
            event_ids: ids("event"),
            article_ids: ids("article"),
        },
        get("version").parse().unwrap_or(0),
        get("csrf"),
    )
}

/// POST /verwaltung/newsletter/{id}: saves the draft (and with `send`, sends it).
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer.require(ROLES, &format!("/verwaltung/newsletter/{id}"))?;
    let (doc, version, csrf) = form_doc(&pairs);
    check_csrf(&viewer, &csrf)?;
    let issue = state.db.issue(id).await?;
    let send = pairs.iter().any(|(k, _)| k == "send");
    match doc.checked() {
        Ok(doc) => {
            let now = state.now();
            state.db.save_issue(id, version, &doc, now).await?;
            if send {
                // Composed before the transaction, once per language; the transaction then
                // reads who is confirmed at that moment.
                let bodies = digest_bodies(&state, &doc, LANGS.iter().copied()).await?;
                state
                    .db
                    .send_issue(id, version + 1, me.id, now, |s| {
                        digest_mail(&state, &doc, &bodies, s)
                    })
                    .await?;
                return Ok(Redirect::to(&format!("/verwaltung/newsletter/{id}")).into_response());
            }
            Ok(Redirect::to(&format!("/verwaltung/newsletter/{id}?gespeichert=1")).into_response())
        }
        Err(errors) => {
            let page = issue_page(&state, &ctx, &viewer, &issue, &doc, errors, false).await?;
            page_html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

fn unsubscribe_url(state: &AppState, s: &Subscriber) -> String {
    format!(
        "{}/newsletter/abmelden/{}",
        state.config.public_url, s.unsubscribe_token
    )
}

/// The issue's text in one language (everything but the unsubscribe footer): the coordinator's
/// introduction, then the chosen offers, events and articles in that language with plain links.
/// Composed once per language, not per subscriber.
async fn digest_body(state: &AppState, doc: &IssueDoc, lang: Lang) -> Result<String, WebError> {
    let tr = Tr::new(lang);
    let code = lang.code;
    let public = &state.config.public_url;
    let q = if code == "de" {
        String::new()
    } else {
        format!("?lang={code}")
    };
    let now = state.berlin_now();
    let mut body = String::new();
    body.push_str(doc.intro.trim());
    body.push_str("\n\n");
    if let Some(index) = state.current_index().await {
        let offers = index.listed_offers(&doc.offer_ids, now);
        if !offers.is_empty() {
            body.push_str(&section(&tr.t("newsletter-section-offers")));
            for o in offers.iter() {
                body.push_str(&format!(
                    "* {} ({})\n  {}\n  {public}/angebote/{}{q}\n\n",
                    o.name.get(code),
                    o.organization.name,
                    o.summary.get(code),
                    o.id
                ));
            }
        }
    }
    let mut events: Vec<(chrono::NaiveDateTime, String)> = Vec::new();
    for id in &doc.event_ids {
        let Ok(e) = state.db.published_event(*id).await else {
            continue;
        };
        let Some(o) = e.details.next_occurrence(now) else {
            continue;
        };
        let place = e
            .details
            .place
            .as_ref()
            .map(|p| format!(", {}", p.name))
            .unwrap_or_default();
        events.push((
            o.start,
            format!(
                "* {}, {} – {}{place}\n  {public}/veranstaltungen/{}{q}\n\n",
                crate::kit::views::format_date(&tr, o.start.date()),
                crate::kit::dates::time(&tr, o.start.time()),
                e.details.title.get(code),
                e.id
            ),
        ));
    }
    if !events.is_empty() {
        events.sort();
        body.push_str(&section(&tr.t("newsletter-section-events")));
        for (_, line) in events {
            body.push_str(&line);
        }
    }
    let mut articles = String::new();
    for id in &doc.article_ids {
        let Ok(a) = state.db.article_for_edit(*id).await else {
            continue;
        };
        if !a.is_public(state.now()) {
            continue;
        }
        articles.push_str(&format!(
            "* {}\n  {}\n  {public}{}{q}\n\n",
            a.doc.title.get(code),
            a.doc.summary.get(code),
            a.path()
        ));
    }
    if !articles.is_empty() {
        body.push_str(&section(&tr.t("newsletter-section-articles")));
        body.push_str(&articles);
    }
    Ok(body)
}

/// The texts of an issue in every language: German plus each subscriber language.
async fn digest_bodies(
    state: &AppState,
    doc: &IssueDoc,
    langs: impl Iterator<Item = Lang>,
) -> Result<Vec<(Lang, String)>, WebError> {
    let mut out: Vec<(Lang, String)> = vec![(LANGS[0], digest_body(state, doc, LANGS[0]).await?)];
    for lang in langs {
        if !out.iter().any(|(l, _)| l.code == lang.code) {
            out.push((lang, digest_body(state, doc, lang).await?));
        }
    }
    Ok(out)
}

/// One subscriber's mail: the text in their language and the footer with their unsubscribe link.
fn digest_mail(
    state: &AppState,
    doc: &IssueDoc,
    bodies: &[(Lang, String)],
    s: &Subscriber,
) -> (Mail, String) {
    let (lang, text) = bodies
        .iter()
        .find(|(l, _)| l.code == s.lang)
        .unwrap_or(&bodies[0]);
    let url = unsubscribe_url(state, s);
    let footer = Tr::new(*lang).s("mail-newsletter-footer", "link", &url);
    (
        Mail {
            to: s.email.clone(),
            subject: doc.subject.clone(),
            body: format!("{text}-- \n{footer}\n"),
        },
        url,
    )
}

fn section(title: &str) -> String {
    format!("{title}\n{}\n\n", "=".repeat(title.chars().count()))
}
