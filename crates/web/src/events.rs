//! The events calendar: this week, this month or a list, filtered like the directory; each event's
//! page with its next dates and "add to my calendar"; iCalendar feeds for every filter combination.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime};
use wegweiser_domain::directory::Cost;
use wegweiser_domain::events::{Event, EventDetails, EventFilter, Occurrence};
use wegweiser_domain::geo;
use wegweiser_domain::time::berlin_now;

use crate::AppState;
use crate::chains::Text;
use crate::ctx::{Ctx, encode};
use crate::error::{WebError, rendered};
use crate::i18n::Tr;
use crate::pages::SelectOption;
use crate::views::{
    Link, PageMeta, category_name, format_date, language_name, ortsteil_name, weekday_name,
};

/// The calendar's view and period, and the filters, as read from the address.
struct CalendarQuery {
    view: &'static str,
    from: NaiveDate,
    filter: EventFilter,
    errors: Vec<String>,
}

fn read_query(
    ctx: &Ctx,
    state_categories: &[wegweiser_domain::directory::Category],
) -> CalendarQuery {
    let today = berlin_now().date();
    let mut q = CalendarQuery {
        view: "woche",
        from: today,
        filter: EventFilter::default(),
        errors: vec![],
    };
    let tr = &ctx.tr;
    for (k, v) in &ctx.query_without_lang {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.as_str() {
            "ansicht" => match v {
                "woche" => q.view = "woche",
                "monat" => q.view = "monat",
                "liste" => q.view = "liste",
                _ => q.errors.push(tr.s("events-error-view", "value", v)),
            },
            "ab" => match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                Ok(d)
                    if (today - Duration::days(366)..=today + Duration::days(731)).contains(&d) =>
                {
                    q.from = d
                }
                _ => q.errors.push(tr.s("events-error-date", "value", v)),
            },
            "category" => {
                if state_categories.iter().any(|c| c.slug == v) {
                    q.filter.category = Some(v.to_string());
                } else {
                    q.errors.push(tr.s("error-unknown-category", "value", v));
                }
            }
            "ortsteil" => {
                if geo::ortsteil_by_slug(v).is_some() {
                    q.filter.ortsteil = Some(v.to_string());
                } else {
                    q.errors.push(tr.s("error-unknown-ortsteil", "value", v));
                }
            }
            "language" => {
                if v.len() == 2 && v.bytes().all(|b| b.is_ascii_lowercase()) {
                    q.filter.language = Some(v.to_string());
                } else {
                    q.errors.push(tr.s("error-unknown-language", "value", v));
                }
            }
            "free" | "childcare" | "evening" | "weekend" => {
                let on = match v {
                    "1" => true,
                    "0" => false,
                    _ => {
                        q.errors.push(tr.s("error-invalid-flag", "value", v));
                        false
                    }
                };
                match k.as_str() {
                    "free" => q.filter.free = on,
                    "childcare" => q.filter.childcare = on,
                    "evening" => q.filter.evening = on,
                    _ => q.filter.weekend = on,
                }
            }
            _ => {}
        }
    }
    q
}

/// The filters as a query string (for links that keep them).
fn filter_query(f: &EventFilter) -> String {
    let mut parts = Vec::new();
    for (k, v) in [
        ("category", &f.category),
        ("ortsteil", &f.ortsteil),
        ("language", &f.language),
    ] {
        if let Some(v) = v {
            parts.push(format!("{k}={}", encode(v)));
        }
    }
    for (k, on) in [
        ("free", f.free),
        ("childcare", f.childcare),
        ("evening", f.evening),
        ("weekend", f.weekend),
    ] {
        if on {
            parts.push(format!("{k}=1"));
        }
    }
    parts.join("&")
}

pub struct OccurrenceView {
    pub url: String,
    pub title: Text,
    pub time: String,
    pub place: String,
    pub org: String,
    pub cancelled: Option<String>,
    pub badges: Vec<String>,
}

pub struct DayGroup {
    pub label: String,
    pub today: bool,
    pub items: Vec<OccurrenceView>,
}

fn hm(t: NaiveDateTime) -> String {
    t.format("%H:%M").to_string()
}

fn place_label(tr: &Tr, d: &EventDetails) -> String {
    match &d.place {
        Some(p) => match &p.ortsteil {
            Some(o) => format!("{}, {}", p.name, ortsteil_name(o)),
            None => p.name.clone(),
        },
        None => tr.t("place-phone-online"),
    }
}

fn badges(tr: &Tr, d: &EventDetails) -> Vec<String> {
    let mut b = Vec::new();
    if d.cost == Cost::Free {
        b.push(tr.t("cost-free"));
    }
    if d.childcare {
        b.push(tr.t("badge-childcare"));
    }
    if !d.registration.is_empty() {
        b.push(tr.t("events-registration-needed"));
    }
    b
}

fn occurrence_view(tr: &Tr, e: &Event, o: &Occurrence) -> OccurrenceView {
    let d = &e.details;
    OccurrenceView {
        url: format!("/veranstaltungen/{}", e.id),
        title: Text::of(&d.title, tr),
        time: format!("{}–{}", hm(o.start), hm(o.end)),
        place: place_label(tr, d),
        org: e.organization_name.clone(),
        cancelled: o.cancelled.as_ref().map(|r| {
            if r.is_empty() {
                tr.t("events-cancelled")
            } else {
                tr.s("events-cancelled-because", "reason", r.get(tr.lang.code))
            }
        }),
        badges: badges(tr, d),
    }
}

fn period(view: &str, from: NaiveDate) -> (NaiveDate, NaiveDate, NaiveDate, NaiveDate) {
    match view {
        "monat" => {
            let first = from.with_day(1).unwrap_or(from);
            let next = first.checked_add_months(Months::new(1)).unwrap_or(first);
            let prev = first.checked_sub_months(Months::new(1)).unwrap_or(first);
            (first, next.pred_opt().unwrap_or(first), prev, next)
        }
        "liste" => (
            from,
            from + Duration::days(59),
            from - Duration::days(60),
            from + Duration::days(60),
        ),
        _ => {
            let monday = from - Duration::days(i64::from(from.weekday().num_days_from_monday()));
            (
                monday,
                monday + Duration::days(6),
                monday - Duration::days(7),
                monday + Duration::days(7),
            )
        }
    }
}

#[derive(Template)]
#[template(path = "calendar.html")]
struct CalendarPage {
    page: PageMeta,
    heading: String,
    views: Vec<Link>,
    view: &'static str,
    days: Vec<DayGroup>,
    count: usize,
    prev: Link,
    next: Link,
    errors: Vec<String>,
    categories: Vec<SelectOption>,
    ortsteile: Vec<SelectOption>,
    languages: Vec<SelectOption>,
    filter: EventFilter,
    feed_url: String,
    webcal_url: String,
}

/// GET /veranstaltungen
pub async fn calendar(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let cats = state.current_categories().await;
    let q = read_query(&ctx, &cats);
    let tr = &ctx.tr;
    let events = state.db.published_events().await?;
    let (start, end, prev, next) = period(q.view, q.from);
    let today = berlin_now().date();
    let mut all: Vec<(NaiveDateTime, OccurrenceView)> = Vec::new();
    for e in events.iter().filter(|e| q.filter.matches(&e.details)) {
        for o in e.details.occurrences(start, end) {
            if q.filter.matches_time(o.start) {
                all.push((o.start, occurrence_view(tr, e, &o)));
            }
        }
    }
    all.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.title.text.cmp(&b.1.title.text)));
    let count = all.len();
    let mut days: Vec<DayGroup> = Vec::new();
    for (start, v) in all {
        let date = start.date();
        let label = format!(
            "{}, {}",
            weekday_name(tr, date.weekday().number_from_monday()),
            format_date(tr, date)
        );
        match days.last_mut() {
            Some(g) if g.label == label => g.items.push(v),
            _ => days.push(DayGroup {
                label,
                today: date == today,
                items: vec![v],
            }),
        }
    }
    let fq = filter_query(&q.filter);
    let link = |view: &str, from: NaiveDate, label: String| Link {
        url: format!(
            "/veranstaltungen?ansicht={view}&ab={}{}{fq}",
            from.format("%Y-%m-%d"),
            if fq.is_empty() { "" } else { "&" }
        ),
        label,
    };
    let heading = match q.view {
        "monat" => tr.s(
            "events-month",
            "month",
            &format!(
                "{} {}",
                tr.t(&format!("month-{}", start.month())),
                start.year()
            ),
        ),
        "liste" => tr.s2(
            "events-list-range",
            ("from", &format_date(tr, start)),
            ("until", &format_date(tr, end)),
        ),
        _ => tr.s2(
            "events-week",
            ("from", &format_date(tr, start)),
            ("until", &format_date(tr, end)),
        ),
    };
    let feed_path = format!(
        "/veranstaltungen.ics{}{fq}{}lang={}",
        "?",
        if fq.is_empty() { "" } else { "&" },
        ctx.lang.code
    );
    let public = &state.config.public_url;
    let webcal = public
        .replacen("https://", "webcal://", 1)
        .replacen("http://", "webcal://", 1);
    let mut languages: Vec<String> = events
        .iter()
        .flat_map(|e| e.details.languages.iter().cloned())
        .collect();
    languages.sort();
    languages.dedup();
    let page = CalendarPage {
        page: PageMeta::new(
            &ctx,
            &state,
            tr.t("events-title"),
            &tr.t("events-intro"),
            "events",
        ),
        heading,
        views: [
            ("woche", "events-view-week"),
            ("monat", "events-view-month"),
            ("liste", "events-view-list"),
        ]
        .iter()
        .map(|(v, key)| link(v, q.from, tr.t(key)))
        .collect(),
        view: q.view,
        days,
        count,
        prev: link(q.view, prev, tr.t("events-earlier")),
        next: link(q.view, next, tr.t("events-later")),
        categories: cats
            .iter()
            .map(|c| SelectOption {
                value: c.slug.clone(),
                label: category_name(&cats, &c.slug, ctx.lang.code),
                selected: q.filter.category.as_deref() == Some(c.slug.as_str()),
            })
            .collect(),
        ortsteile: geo::ortsteile()
            .iter()
            .map(|o| SelectOption {
                value: o.slug.to_string(),
                label: o.name.to_string(),
                selected: q.filter.ortsteil.as_deref() == Some(o.slug),
            })
            .collect(),
        languages: languages
            .iter()
            .map(|l| SelectOption {
                value: l.clone(),
                label: language_name(tr, l),
                selected: q.filter.language.as_deref() == Some(l.as_str()),
            })
            .collect(),
        filter: q.filter.clone(),
        feed_url: format!("{public}{feed_path}"),
        webcal_url: format!("{webcal}{feed_path}"),
        errors: q.errors.clone(),
    };
    let html = page
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let status = if q.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(rendered((status, Html(html)).into_response()))
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage {
    page: PageMeta,
    title: Text,
    description: Vec<String>,
    description_lang: &'static str,
    org: Link,
    offer: Option<Link>,
    place: Option<(String, String, String)>,
    next: Vec<(String, String, Option<String>)>,
    recurrence: Option<String>,
    badges: Vec<String>,
    cost: String,
    languages: Vec<String>,
    registration: Option<Text>,
    ics_url: String,
}

fn recurrence_text(tr: &Tr, d: &EventDetails) -> Option<String> {
    use wegweiser_domain::events::Recurrence;
    let time = hm(d.starts);
    match &d.recurrence {
        None => None,
        Some(Recurrence::Weekly {
            every, weekdays, ..
        }) => {
            let days: Vec<String> = weekdays
                .iter()
                .map(|w| weekday_name(tr, u32::from(*w)))
                .collect();
            Some(tr.with_args(
                if *every > 1 {
                    "events-every-n-weeks"
                } else {
                    "events-every-week"
                },
                &[
                    ("days", &days.join(", ")),
                    ("n", &every.to_string()),
                    ("time", &time),
                ],
            ))
        }
        Some(Recurrence::Monthly { nth, weekday, .. }) => Some(tr.with_args(
            "events-every-month",
            &[
                ("nth", &tr.t(&format!("events-nth-{nth}"))),
                ("day", &weekday_name(tr, u32::from(*weekday))),
                ("time", &time),
            ],
        )),
    }
}

/// GET /veranstaltungen/{id}
pub async fn event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let e = state.db.published_event(id).await?;
    let tr = &ctx.tr;
    let d = &e.details;
    let now = berlin_now();
    let next: Vec<(String, String, Option<String>)> = d
        .occurrences(now.date(), now.date() + Duration::days(120))
        .into_iter()
        .filter(|o| o.end > now)
        .take(8)
        .map(|o| {
            let v = occurrence_view(tr, &e, &o);
            (
                format!(
                    "{}, {}",
                    weekday_name(tr, o.start.weekday().number_from_monday()),
                    format_date(tr, o.start.date())
                ),
                v.time,
                v.cancelled,
            )
        })
        .collect();
    if next.is_empty() && d.recurrence.is_none() && d.starts < now - Duration::days(30) {
        // A single event long past: gone, like an ended offer.
        return Err(WebError::NotFound);
    }
    let title = Text::of(&d.title, tr);
    let ld = event_json_ld(&state, &e, tr, now);
    let offer = match e.offer_id {
        Some(oid) => match state.current_index().await {
            Some(index) => index.listed_offers(&[oid], now).first().map(|o| Link {
                url: format!("/angebote/{}", o.id),
                label: o.name.get(ctx.lang.code).to_string(),
            }),
            None => None,
        },
        None => None,
    };
    let page = EventPage {
        page: PageMeta::new(
            &ctx,
            &state,
            title.text.clone(),
            d.description.get(ctx.lang.code),
            "events",
        )
        .with_json_ld(ld),
        description: crate::views::paragraphs(d.description.get(ctx.lang.code)),
        description_lang: Text::of(&d.description, tr).lang,
        org: Link {
            url: format!("/traeger/{}", e.organization_id),
            label: e.organization_name.clone(),
        },
        offer,
        place: d.place.as_ref().map(|p| {
            (
                p.name.clone(),
                format!("{}, {} Berlin", p.street, p.postcode),
                p.ortsteil
                    .as_deref()
                    .map(ortsteil_name)
                    .unwrap_or("")
                    .to_string(),
            )
        }),
        next,
        recurrence: recurrence_text(tr, d),
        badges: badges(tr, d),
        cost: crate::views::cost_label(tr, d.cost),
        languages: d.languages.iter().map(|l| language_name(tr, l)).collect(),
        registration: (!d.registration.is_empty()).then(|| Text::of(&d.registration, tr)),
        ics_url: format!("/veranstaltungen/{id}/kalender.ics?lang={}", ctx.lang.code),
        title,
    };
    let html = page
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(Html(html).into_response())
}

/// schema.org Event for the next occurrence (search engines show dates of single occurrences).
fn event_json_ld(state: &AppState, e: &Event, tr: &Tr, now: NaiveDateTime) -> serde_json::Value {
    use chrono::TimeZone;
    let d = &e.details;
    let occ = d.next_occurrence(now);
    let iso = |t: NaiveDateTime| {
        chrono_tz::Europe::Berlin
            .from_local_datetime(&t)
            .earliest()
            .map(|z| z.to_rfc3339())
    };
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": d.title.get(tr.lang.code),
        "description": d.description.get(tr.lang.code),
        "url": format!("{}/veranstaltungen/{}", state.config.public_url, e.id),
        "startDate": occ.as_ref().and_then(|o| iso(o.start)),
        "endDate": occ.as_ref().and_then(|o| iso(o.end)),
        "eventStatus": if occ.as_ref().is_some_and(|o| o.cancelled.is_some()) {
            "https://schema.org/EventCancelled"
        } else {
            "https://schema.org/EventScheduled"
        },
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": d.cost == Cost::Free,
        "inLanguage": d.languages,
        "organizer": { "@type": "Organization", "name": e.organization_name },
        "location": d.place.as_ref().map(|p| serde_json::json!({
            "@type": "Place",
            "name": p.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": p.street,
                "postalCode": p.postcode,
                "addressLocality": "Berlin",
                "addressCountry": "DE",
            }
        })),
    })
}

fn entries<'a>(state: &AppState, tr: &Tr, events: &'a [Event]) -> Vec<crate::ical::FeedEntry<'a>> {
    events
        .iter()
        .map(|e| {
            let d = &e.details;
            crate::ical::FeedEntry {
                event: e,
                title: d.title.get(tr.lang.code).to_string(),
                description: {
                    let mut s = d.description.get(tr.lang.code).to_string();
                    if !d.registration.is_empty() {
                        s.push_str("\n\n");
                        s.push_str(d.registration.get(tr.lang.code));
                    }
                    s
                },
                location: d
                    .place
                    .as_ref()
                    .map(|p| format!("{}, {}, {} Berlin", p.name, p.street, p.postcode)),
                url: format!("{}/veranstaltungen/{}", state.config.public_url, e.id),
                cancelled_label: tr.t("events-cancelled"),
            }
        })
        .collect()
}

fn ics_response(body: String, filename: &str) -> Response {
    let mut res = (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        body,
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    res
}

fn host(state: &AppState) -> String {
    state
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("wegweiser")
        .trim_end_matches('/')
        .to_string()
}

/// GET /veranstaltungen.ics: every published event matching the filters, to subscribe to.
pub async fn feed(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let cats = state.current_categories().await;
    let q = read_query(&ctx, &cats);
    if !q.errors.is_empty() {
        return Err(WebError::Invalid);
    }
    // Time-of-day filters need occurrences; a feed keeps whole series, so they apply to the first.
    let events: Vec<Event> = state
        .db
        .published_events()
        .await?
        .into_iter()
        .filter(|e| q.filter.matches(&e.details) && q.filter.matches_time(e.details.starts))
        .collect();
    let body = crate::ical::feed(
        &ctx.tr.t("events-feed-name"),
        &host(&state),
        &entries(&state, &ctx.tr, &events),
    );
    Ok(ics_response(body, "wegweiser-veranstaltungen.ics"))
}

/// GET /veranstaltungen/{id}/kalender.ics: one event for "add to my calendar".
pub async fn event_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let events = vec![state.db.published_event(id).await?];
    let body = crate::ical::feed(
        &ctx.tr.t("events-feed-name"),
        &host(&state),
        &entries(&state, &ctx.tr, &events),
    );
    Ok(ics_response(body, &format!("veranstaltung-{id}.ics")))
}
