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

use crate::kit::ctx::{Ctx, encode};
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::SelectOption;
use crate::kit::i18n::{Lang, Tr};
use crate::kit::text::Text;
use crate::kit::tokens::LinkToken;
use crate::kit::views::{
    Link, PageMeta, category_name, format_date, language_name, ortsteil_name, weekday_name,
};
use crate::state::AppState;
use wegweiser_store::Waiting;

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
    today: NaiveDate,
) -> CalendarQuery {
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
                Ok(d) if calendar_range(today).contains(&d) => q.from = d,
                Ok(_) => {
                    let range = calendar_range(today);
                    q.errors.push(tr.with_args(
                        "events-error-date-range",
                        &[
                            ("value", v),
                            ("from", &format_date(tr, *range.start())),
                            ("to", &format_date(tr, *range.end())),
                        ],
                    ))
                }
                Err(_) => q.errors.push(tr.s("events-error-date", "value", v)),
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
    /// ISO date, for `<time datetime>`.
    pub date: String,
    pub label: String,
    pub today: bool,
    pub items: Vec<OccurrenceView>,
}

fn hm(tr: &Tr, t: NaiveDateTime) -> String {
    crate::kit::dates::time(tr, t.time())
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
        time: format!("{}–{}", hm(tr, o.start), hm(tr, o.end)),
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

/// The days the calendar pages through: a year back (what took place), two years ahead.
fn calendar_range(today: NaiveDate) -> std::ops::RangeInclusive<NaiveDate> {
    today - Duration::days(366)..=today + Duration::days(731)
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
#[template(path = "events/calendar.html")]
struct CalendarPage {
    page: PageMeta,
    heading: String,
    views: Vec<Link>,
    view: &'static str,
    days: Vec<DayGroup>,
    count: usize,
    prev: Option<Link>,
    next: Option<Link>,
    errors: Vec<String>,
    categories: Vec<SelectOption>,
    ortsteile: Vec<SelectOption>,
    languages: Vec<SelectOption>,
    filter: EventFilter,
    /// How many filters are in use (shown on the folded filter control).
    active_filters: usize,
    feed_url: String,
    atom_url: String,
    webcal_url: String,
}

/// The occurrences in `start..=end` that pass the filters, soonest first, grouped by day.
fn calendar_days(
    tr: &Tr,
    events: &[Event],
    filter: &EventFilter,
    (start, end): (NaiveDate, NaiveDate),
    today: NaiveDate,
) -> Vec<DayGroup> {
    let mut all: Vec<(NaiveDateTime, OccurrenceView)> = Vec::new();
    for e in events.iter().filter(|e| filter.matches(&e.details)) {
        for o in e.details.occurrences(start, end) {
            if filter.matches_time(o.start) {
                all.push((o.start, occurrence_view(tr, e, &o)));
            }
        }
    }
    all.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.title.text.cmp(&b.1.title.text)));
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
                date: date.format("%Y-%m-%d").to_string(),
                label,
                today: date == today,
                items: vec![v],
            }),
        }
    }
    days
}

/// The period's heading: "Woche vom … bis …", "Dezember 2026", or the list's range.
fn period_heading(tr: &Tr, view: &str, start: NaiveDate, end: NaiveDate) -> String {
    match view {
        "monat" => tr.s(
            "events-month",
            "month",
            &crate::kit::dates::month_year(tr, start),
        ),
        "liste" => tr.s2(
            "events-list-range",
            ("from", &format_date(tr, start)),
            ("until", &format_date(tr, end)),
        ),
        // "Woche vom 30.11. bis 06.12.2026": the year once when both days share it (one line on a
        // phone).
        _ => tr.s2(
            "events-week",
            (
                "from",
                &if start.year() == end.year() {
                    crate::kit::dates::day_month(tr, start)
                } else {
                    format_date(tr, start)
                },
            ),
            ("until", &format_date(tr, end)),
        ),
    }
}

/// The filter form's choices: every category and Ortsteil, and the languages events are held in.
fn filter_choices(
    tr: &Tr,
    cats: &[wegweiser_domain::directory::Category],
    events: &[Event],
    filter: &EventFilter,
) -> (Vec<SelectOption>, Vec<SelectOption>, Vec<SelectOption>) {
    let categories = cats
        .iter()
        .map(|c| SelectOption {
            value: c.slug.clone(),
            label: category_name(cats, &c.slug, tr.lang.code),
            selected: filter.category.as_deref() == Some(c.slug.as_str()),
        })
        .collect();
    let ortsteile = geo::ortsteile()
        .iter()
        .map(|o| SelectOption {
            value: o.slug.to_string(),
            label: o.name.to_string(),
            selected: filter.ortsteil.as_deref() == Some(o.slug),
        })
        .collect();
    let mut spoken: Vec<String> = events
        .iter()
        .flat_map(|e| e.details.languages.iter().cloned())
        .collect();
    spoken.sort();
    spoken.dedup();
    let languages = spoken
        .iter()
        .map(|l| SelectOption {
            value: l.clone(),
            label: language_name(tr, l),
            selected: filter.language.as_deref() == Some(l.as_str()),
        })
        .collect();
    (categories, ortsteile, languages)
}

/// GET /veranstaltungen
pub async fn calendar(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let cats = state.current_categories().await;
    let today = state.berlin_now().date();
    let q = read_query(&ctx, &cats, today);
    let tr = &ctx.tr;
    let published = state.published().await?;
    let events = &published.events;
    let (start, end, prev, next) = period(q.view, q.from);
    let range = calendar_range(today);
    let days = calendar_days(tr, events, &q.filter, (start, end), today);
    let count = days.iter().map(|d| d.items.len()).sum();
    let fq = filter_query(&q.filter);
    let link = |view: &str, from: NaiveDate, label: String| Link {
        url: format!(
            "/veranstaltungen?ansicht={view}&ab={}{}{fq}",
            from.format("%Y-%m-%d"),
            if fq.is_empty() { "" } else { "&" }
        ),
        label,
    };
    let heading = period_heading(tr, q.view, start, end);
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
    let (categories, ortsteile, languages) = filter_choices(tr, &cats, events, &q.filter);
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
        // From the period's first day, so that one period has one address.
        .map(|(v, key)| link(v, start, tr.t(key)))
        .collect(),
        view: q.view,
        days,
        count,
        // Paging stops at the ends of the range instead of leading to an error page.
        prev: (start > *range.start())
            .then(|| link(q.view, prev.max(*range.start()), tr.t("events-earlier"))),
        next: (next <= *range.end()).then(|| link(q.view, next, tr.t("events-later"))),
        categories,
        ortsteile,
        languages,
        filter: q.filter.clone(),
        active_filters: [
            q.filter.category.is_some(),
            q.filter.ortsteil.is_some(),
            q.filter.language.is_some(),
            q.filter.free,
            q.filter.childcare,
            q.filter.evening,
            q.filter.weekend,
        ]
        .iter()
        .filter(|on| **on)
        .count(),
        feed_url: format!("{public}{feed_path}"),
        atom_url: feed_path.replacen(".ics", ".atom", 1),
        webcal_url: format!("{webcal}{feed_path}"),
        errors: q.errors.clone(),
    };
    let html = page.render()?;
    let status = if q.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(rendered((status, Html(html)).into_response()))
}

#[derive(Template)]
#[template(path = "events/event.html")]
struct EventPage {
    page: PageMeta,
    id: i64,
    title: Text,
    description: Vec<String>,
    description_lang: &'static str,
    org: Link,
    offer: Option<Link>,
    place: Option<(String, String, String)>,
    next: Vec<DateLine>,
    recurrence: Option<String>,
    badges: Vec<String>,
    cost: String,
    languages: Vec<String>,
    registration: Option<Text>,
    ics_url: String,
    /// Companies taking part (job fairs, info days), published ones only.
    employers: Vec<Link>,
    /// Registration on the platform: the dates with places left, the form's state.
    places: Option<u32>,
    register_days: Vec<RegisterDay>,
    register_errors: Vec<(&'static str, String)>,
    form_name: String,
    form_email: String,
    form_day: String,
    csrf: String,
}

impl EventPage {
    fn register_error(&self, field: &str) -> Option<&str> {
        self.register_errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

pub(crate) fn recurrence_text(tr: &Tr, d: &EventDetails) -> Option<String> {
    use wegweiser_domain::events::Recurrence;
    let time = hm(tr, d.starts);
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
                // As plain keys too: languages whose ordinals agree with the weekday's gender
                // (Russian "вторая среда", "второй вторник") choose the form by them.
                ("weekday", weekday_key(*weekday)),
                ("position", position_key(*nth)),
            ],
        )),
    }
}

/// A weekday (ISO 1–7) as a selector key of the locale files.
fn weekday_key(iso: u8) -> &'static str {
    match iso {
        1 => "monday",
        2 => "tuesday",
        3 => "wednesday",
        4 => "thursday",
        5 => "friday",
        6 => "saturday",
        _ => "sunday",
    }
}

/// Which weekday of the month (1–4, or -1 for the last) as a selector key.
fn position_key(nth: i8) -> &'static str {
    match nth {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "last",
    }
}

/// GET /veranstaltungen/{id}
pub async fn event(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let e = state.db.published_event(id).await?;
    let mut page = event_page(&state, &ctx, &e, state.berlin_now()).await?;
    if page.places.is_none() {
        let html = page.render()?;
        return Ok(Html(html).into_response());
    }
    // A page with the registration form: a form token for this browser, never cached.
    let (csrf, fresh) = crate::accounts::session::anon_csrf(&headers)?;
    page.csrf = csrf.clone();
    crate::accounts::session::anon_page(&state, StatusCode::OK, &page, &csrf, fresh)
}

/// One of an event page's next dates: day, time, and why it does not take place.
type DateLine = (String, String, Option<String>);

async fn event_page(
    state: &AppState,
    ctx: &Ctx,
    e: &Event,
    now: NaiveDateTime,
) -> Result<EventPage, WebError> {
    let id = e.id;
    let tr = &ctx.tr;
    let d = &e.details;
    let day_label = |day: NaiveDate| {
        format!(
            "{}, {}",
            weekday_name(tr, day.weekday().number_from_monday()),
            format_date(tr, day)
        )
    };
    let mut dated: Vec<(NaiveDate, DateLine)> = d
        .occurrences(now.date(), now.date() + Duration::days(120))
        .into_iter()
        .filter(|o| o.end > now)
        .take(8)
        .map(|o| {
            let v = occurrence_view(tr, e, &o);
            (
                o.start.date(),
                (day_label(o.start.date()), v.time, v.cancelled),
            )
        })
        .collect();
    // Dates a series skips are shown as "does not take place" among the dates around them, so
    // nobody comes in vain on a usual day.
    if d.recurrence.is_some() {
        let last = dated
            .last()
            .map_or(now.date() + Duration::days(120), |x| x.0);
        let time = format!(
            "{}–{}",
            hm(tr, d.starts),
            hm(
                tr,
                d.starts + Duration::minutes(i64::from(d.duration_minutes))
            )
        );
        for day in d
            .exceptions
            .iter()
            .filter(|x| **x >= now.date() && **x <= last)
        {
            dated.push((
                *day,
                (
                    day_label(*day),
                    time.clone(),
                    Some(tr.t("events-exception")),
                ),
            ));
        }
        dated.sort_by_key(|x| x.0);
    }
    let next: Vec<DateLine> = dated.into_iter().map(|x| x.1).collect();
    if next.is_empty() && d.recurrence.is_none() && d.starts < now - Duration::days(30) {
        // A single event long past: gone, like an ended offer.
        return Err(WebError::NotFound);
    }
    let title = Text::of(&d.title, tr);
    let ld = event_json_ld(state, e, tr, now);
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
            ctx,
            state,
            title.text.clone(),
            d.description.get(ctx.lang.code),
            "events",
        )
        .with_json_ld(ld),
        description: crate::kit::views::paragraphs(d.description.get(ctx.lang.code)),
        description_lang: Text::lang_of(&d.description, tr),
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
        cost: crate::kit::views::cost_label(tr, d.cost),
        languages: d.languages.iter().map(|l| language_name(tr, l)).collect(),
        registration: (!d.registration.is_empty()).then(|| Text::of(&d.registration, tr)),
        ics_url: format!("/veranstaltungen/{id}/kalender.ics?lang={}", ctx.lang.code),
        employers: if d.employers.is_empty() {
            vec![]
        } else {
            state
                .db
                .employers(wegweiser_domain::employers::EmployerStatus::Published)
                .await?
                .into_iter()
                .filter(|c| d.employers.contains(&c.id))
                .map(|c| Link {
                    url: format!("/arbeitgeber/{}", c.id),
                    label: c.profile.name,
                })
                .collect()
        },
        id,
        places: d.places,
        register_days: register_days(state, tr, e, now).await?,
        register_errors: vec![],
        form_name: String::new(),
        form_email: String::new(),
        form_day: String::new(),
        csrf: String::new(),
        title,
    };
    Ok(page)
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

fn entries<'a>(
    state: &AppState,
    tr: &Tr,
    events: &'a [Event],
) -> Vec<crate::kit::ical::FeedEntry<'a>> {
    events
        .iter()
        .map(|e| {
            let d = &e.details;
            crate::kit::ical::FeedEntry {
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

fn ics_response(body: String, filename: &str, events: &[Event]) -> Response {
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
    if let Some(v) = events
        .iter()
        .map(|e| e.updated_at)
        .max()
        .and_then(crate::kit::conditional::last_modified)
    {
        res.headers_mut().insert(header::LAST_MODIFIED, v);
    }
    res
}

/// The site's host name without a port, for the calendar UIDs.
fn host(state: &AppState) -> String {
    state
        .config
        .public_url
        .parse::<axum::http::Uri>()
        .ok()
        .and_then(|u| u.host().map(|h| h.trim_matches(['[', ']']).to_string()))
        .unwrap_or_else(|| "wegweiser".into())
}

/// GET /veranstaltungen.ics: every published event matching the filters, to subscribe to.
pub async fn feed(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let cats = state.current_categories().await;
    let q = read_query(&ctx, &cats, state.berlin_now().date());
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
    let body = crate::kit::ical::feed(
        &ctx.tr.t("events-feed-name"),
        &host(&state),
        &entries(&state, &ctx.tr, &events),
    );
    Ok(ics_response(body, "wegweiser-veranstaltungen.ics", &events))
}

/// GET /veranstaltungen/{id}/kalender.ics: one event for "add to my calendar".
pub async fn event_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let events = vec![state.db.published_event(id).await?];
    let body = crate::kit::ical::feed(
        &ctx.tr.t("events-feed-name"),
        &host(&state),
        &entries(&state, &ctx.tr, &events),
    );
    Ok(ics_response(
        body,
        &format!("veranstaltung-{id}.ics"),
        &events,
    ))
}

/// One date a parent can register for, with what is left.
pub struct RegisterDay {
    pub value: String,
    pub label: String,
}

async fn register_days(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    now: NaiveDateTime,
) -> Result<Vec<RegisterDay>, WebError> {
    let Some(places) = e.details.places else {
        return Ok(vec![]);
    };
    let taken = state.db.event_places(e.id).await?;
    Ok(e.details
        .occurrences(now.date(), now.date() + Duration::days(120))
        .into_iter()
        .filter(|o| o.end > now && o.cancelled.is_none())
        .take(8)
        .map(|o| {
            let day = o.start.date();
            let (used, waiting) = taken
                .iter()
                .find(|(d, ..)| *d == day)
                .map(|(_, t, _, w)| (*t, *w))
                .unwrap_or((0, 0));
            let free = i64::from(places) - used;
            let what = if free > 0 {
                tr.n("register-free", "count", usize::try_from(free).unwrap_or(0))
            } else {
                tr.n(
                    "register-full",
                    "count",
                    usize::try_from(waiting).unwrap_or(0),
                )
            };
            RegisterDay {
                value: day.format("%Y-%m-%d").to_string(),
                label: format!(
                    "{}, {}, {} – {what}",
                    weekday_name(tr, day.weekday().number_from_monday()),
                    format_date(tr, day),
                    hm(tr, o.start)
                ),
            }
        })
        .collect())
}

#[derive(serde::Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "events/registration.html")]
struct RegistrationPage {
    page: PageMeta,
    event_url: String,
    event_title: Text,
    date: String,
    name: String,
    status: &'static str,
    waiting_position: Option<i64>,
    link: String,
    path: String,
    csrf: String,
    /// Shown right after registering (the link is also in the mail).
    just_registered: bool,
}

/// "Dienstag, 08.12.2026, 10:00–11:30 Uhr": the day and time of one occurrence, for the mails.
fn occurrence_time(tr: &Tr, e: &Event, day: NaiveDate) -> String {
    let start = day.and_time(e.details.starts.time());
    let end = start + Duration::minutes(i64::from(e.details.duration_minutes));
    format!(
        "{}, {}, {}–{}",
        weekday_name(tr, day.weekday().number_from_monday()),
        format_date(tr, day),
        hm(tr, start),
        hm(tr, end)
    )
}

/// The mail to someone who moved up from the waiting list of `e` (for the day they registered),
/// in the language they registered in.
pub(crate) fn promoted_mail<'a>(
    state: &'a AppState,
    e: &'a Event,
) -> impl Fn(&Waiting) -> wegweiser_domain::mail::Mail + 'a {
    move |w| {
        let tr = &Tr::new(Lang::stored(w.lang));
        let title = e.details.title.get(tr.lang.code).to_string();
        wegweiser_domain::mail::Mail {
            to: w.email.to_string(),
            subject: tr.s("mail-register-promoted-subject", "event", &title),
            body: tr.with_args(
                "mail-register-promoted-body",
                &[
                    ("event", &title),
                    ("date", &occurrence_time(tr, e, w.day)),
                    ("place", &where_and_who(tr, e)),
                    (
                        "link",
                        &format!("{}/veranstaltungen/{}", state.config.public_url, e.id),
                    ),
                ],
            ),
        }
    }
}

/// Where an event takes place and who holds it, as the mails say it (a parent reads them on the
/// way there).
fn where_and_who(tr: &Tr, e: &Event) -> String {
    let place = match &e.details.place {
        Some(p) => format!("{}, {}, {} Berlin", p.name, p.street, p.postcode),
        None => tr.t("place-phone-online"),
    };
    tr.s2(
        "mail-register-where",
        ("place", &place),
        ("organiser", &e.organization_name),
    )
}

fn registration_mail(
    tr: &Tr,
    status: wegweiser_domain::events::RegistrationStatus,
    to: &str,
    (title, date, place): (&str, &str, &str),
    link: &str,
) -> wegweiser_domain::mail::Mail {
    use wegweiser_domain::events::RegistrationStatus as S;
    let key = match status {
        S::Confirmed => "mail-register-confirmed",
        _ => "mail-register-waiting",
    };
    wegweiser_domain::mail::Mail {
        to: to.to_string(),
        subject: tr.s(&format!("{key}-subject"), "event", title),
        body: tr.with_args(
            &format!("{key}-body"),
            &[
                ("event", title),
                ("date", date),
                ("place", place),
                ("link", link),
            ],
        ),
    }
}

/// POST /veranstaltungen/{id}/anmelden: a place or the waiting list, decided in one transaction.
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<RegisterForm>,
) -> Result<Response, WebError> {
    let csrf = crate::accounts::session::check_anon_csrf(&headers, &f.csrf)?;
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let e = state.db.published_event(id).await?;
    let Some(places) = e.details.places else {
        return Err(WebError::NotFound);
    };
    let tr = &ctx.tr;
    let now = state.berlin_now();
    let days = register_days(&state, tr, &e, now).await?;
    let mut errors: Vec<(&'static str, String)> =
        wegweiser_domain::events::check_registration(&f.name, &f.email)
            .into_iter()
            .map(|(field, key)| (field, tr.t(key)))
            .collect();
    if !days.iter().any(|d| d.value == f.day) {
        errors.push(("day", tr.t("register-error-day")));
    }
    if errors.is_empty() {
        let email =
            wegweiser_domain::accounts::normalize_email(&f.email).map_err(|_| WebError::Invalid)?;
        // Each registration mails the address typed in: limited per address and per sender, the
        // count shared by every instance through the store.
        let address_key = format!("register:{email}");
        let ip_key = format!("register-ip:{}", client);
        if crate::accounts::session::throttled(&state, &[&address_key, &ip_key]).await? {
            errors.push(("email", tr.t("register-error-throttled")));
        }
    }
    if errors.is_empty() {
        let day = NaiveDate::parse_from_str(&f.day, "%Y-%m-%d").map_err(|_| WebError::Invalid)?;
        let email =
            wegweiser_domain::accounts::normalize_email(&f.email).map_err(|_| WebError::Invalid)?;
        let token = wegweiser_domain::accounts::new_token().map_err(WebError::internal)?;
        let link = format!("{}/anmeldung/{token}", state.config.public_url);
        let title = e.details.title.get(ctx.lang.code).to_string();
        let date = occurrence_time(tr, &e, day);
        let place = where_and_who(tr, &e);
        let result = state
            .db
            .register_for_event(
                id,
                day,
                places,
                f.name.trim(),
                &email,
                ctx.lang.code,
                &wegweiser_domain::accounts::token_digest(&token),
                |status| registration_mail(tr, status, &email, (&title, &date, &place), &link),
                promoted_mail(&state, &e),
                state.now(),
            )
            .await;
        match result {
            Ok(_) => {
                state.count_use(
                    wegweiser_domain::needs::UsageKind::EventRegistration,
                    e.details.categories.first().map_or("", String::as_str),
                    e.details
                        .place
                        .as_ref()
                        .and_then(|p| p.ortsteil.as_deref())
                        .unwrap_or(""),
                );
                return Ok(
                    axum::response::Redirect::to(&format!("/anmeldung/{token}?neu=1"))
                        .into_response(),
                );
            }
            Err(wegweiser_store::StoreError::Duplicate { .. }) => {
                errors.push(("email", tr.t("register-error-twice")));
            }
            Err(wegweiser_store::StoreError::Full { .. }) => {
                errors.push(("day", tr.t("register-error-waiting-full")));
            }
            Err(other) => return Err(other.into()),
        }
    }
    let mut page = event_page(&state, &ctx, &e, now).await?;
    page.csrf = csrf;
    page.register_errors = errors;
    page.form_name = f.name;
    page.form_email = f.email;
    page.form_day = f.day;
    let html = page.render()?;
    Ok(rendered(
        (StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response(),
    ))
}

/// GET /anmeldung/{token}: the registration behind a private link, with a cancel button.
pub async fn registration(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    token: LinkToken,
) -> Result<Response, WebError> {
    let digest = token.digest().ok_or(WebError::NotFound)?;
    let r = state.db.registration(&digest).await?;
    let e = state.db.published_event(r.event_id).await?;
    let tr = &ctx.tr;
    let (csrf, fresh) = crate::accounts::session::anon_csrf(&headers)?;
    let page = RegistrationPage {
        page: PageMeta::new(&ctx, &state, tr.t("register-title"), "", "events"),
        event_url: format!("/veranstaltungen/{}", e.id),
        event_title: Text::of(&e.details.title, tr),
        date: format!(
            "{}, {}",
            format_date(tr, r.day),
            hm(tr, r.day.and_time(e.details.starts.time()))
        ),
        name: r.name,
        status: r.status.as_str(),
        waiting_position: r.waiting_position,
        link: format!("{}/anmeldung/{}", state.config.public_url, token.raw()),
        path: format!("/anmeldung/{}", token.raw()),
        csrf: csrf.clone(),
        just_registered: ctx.query_without_lang.iter().any(|(k, _)| k == "neu"),
    };
    crate::accounts::session::anon_page(&state, StatusCode::OK, &page, &csrf, fresh)
}

/// POST /anmeldung/{token}: cancels; the first on the waiting list moves up and is told.
pub async fn cancel_registration(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    token: LinkToken,
    axum::Form(f): axum::Form<RegisterForm>,
) -> Result<Response, WebError> {
    crate::accounts::session::check_anon_csrf(&headers, &f.csrf)?;
    let digest = token.digest().ok_or(WebError::NotFound)?;
    let r = state.db.registration(&digest).await?;
    let e = state.db.published_event(r.event_id).await?;
    match state
        .db
        .cancel_registration(&digest, promoted_mail(&state, &e), state.now())
        .await
    {
        // Already cancelled: the page says so.
        Ok(()) | Err(wegweiser_store::StoreError::NotFound) => {}
        Err(other) => return Err(other.into()),
    }
    Ok(axum::response::Redirect::to(&format!("/anmeldung/{}", token.raw())).into_response())
}

/// One of the next events, for the home page.
pub struct ComingUp {
    pub when: String,
    pub occurrence: OccurrenceView,
}

/// The next `n` occurrences of the coming seven days (cancelled ones marked), for the home page.
pub async fn coming_up(state: &AppState, tr: &Tr, n: usize) -> Result<Vec<ComingUp>, WebError> {
    let now = state.berlin_now();
    let mut all: Vec<(NaiveDateTime, ComingUp)> = Vec::new();
    for e in state.published().await?.events.iter() {
        for o in e
            .details
            .occurrences(now.date(), now.date() + Duration::days(6))
        {
            if o.end > now {
                all.push((
                    o.start,
                    ComingUp {
                        when: format!(
                            "{}, {}",
                            weekday_name(tr, o.start.weekday().number_from_monday()),
                            crate::kit::dates::time(tr, o.start.time())
                        ),
                        occurrence: occurrence_view(tr, e, &o),
                    },
                ));
            }
        }
    }
    all.sort_by_key(|a| a.0);
    Ok(all.into_iter().take(n).map(|(_, c)| c).collect())
}

/// GET /veranstaltungen.atom?<filters>: events with a date in the next 60 days, for feed readers
/// and other websites; each entry names the next date and place and changes when the event does.
pub async fn atom(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let cats = state.current_categories().await;
    let q = read_query(&ctx, &cats, state.berlin_now().date());
    if !q.errors.is_empty() {
        return Err(WebError::Invalid);
    }
    let tr = &ctx.tr;
    let now = state.berlin_now();
    let public = &state.config.public_url;
    let lang_q = if tr.lang.code == "de" {
        String::new()
    } else {
        format!("?lang={}", tr.lang.code)
    };
    let mut entries: Vec<(NaiveDateTime, crate::kit::atom::AtomEntry)> = Vec::new();
    for e in state.published().await?.events.iter() {
        if !q.filter.matches(&e.details) {
            continue;
        }
        let next = e
            .details
            .occurrences(now.date(), now.date() + Duration::days(60))
            .into_iter()
            .find(|o| o.end > now && q.filter.matches_time(o.start));
        let Some(o) = next else { continue };
        let d = &e.details;
        let mut summary = format!(
            "{}, {}–{} · {}",
            format_date(tr, o.start.date()),
            hm(tr, o.start),
            hm(tr, o.end),
            place_label(tr, d)
        );
        if let Some(text) = recurrence_text(tr, d) {
            summary.push_str(" · ");
            summary.push_str(&text);
        }
        if o.cancelled.is_some() {
            summary = format!("{} – {summary}", tr.t("events-cancelled"));
        }
        let description = d.description.get(tr.lang.code);
        if !description.is_empty() {
            summary.push_str("\n\n");
            summary.push_str(description);
        }
        entries.push((
            o.start,
            crate::kit::atom::AtomEntry {
                url: format!("{public}/veranstaltungen/{}{lang_q}", e.id),
                title: format!("{} – {}", d.title.get(tr.lang.code), e.organization_name),
                updated: e.updated_at,
                published: None,
                summary,
                html: None,
            },
        ));
    }
    entries.sort_by_key(|(start, _)| *start);
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(ctx.query_without_lang.iter())
        .extend_pairs((tr.lang.code != "de").then_some(("lang", tr.lang.code)))
        .finish();
    let q = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    Ok(crate::kit::atom::response(
        &crate::kit::atom::AtomFeed {
            title: &tr.t("events-atom-name"),
            author: &tr.t("site-publisher"),
            lang: tr.lang.tag,
            self_url: format!("{public}/veranstaltungen.atom{q}"),
            page_url: format!("{public}/veranstaltungen{q}"),
        },
        entries.into_iter().map(|(_, e)| e).collect(),
        state.now(),
    ))
}

/// Coming events whose title, description, organisation or topics contain every meaningful word
/// of a search (folded like the directory's search; part of a compound counts), soonest first:
/// the search page shows them beside the offers.
pub async fn matching(
    state: &AppState,
    tr: &Tr,
    text: &str,
    n: usize,
) -> Result<Vec<ComingUp>, WebError> {
    use wegweiser_search::analysis::{is_stop_word, stored_words, words};
    let wanted: Vec<String> = words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !is_stop_word(w))
        .collect();
    if wanted.is_empty() {
        return Ok(vec![]);
    }
    let now = state.berlin_now();
    let mut found: Vec<(NaiveDateTime, ComingUp)> = Vec::new();
    for e in state.published().await?.events.iter() {
        let d = &e.details;
        let mut haystack = Vec::new();
        for t in d.title.all_texts().chain(d.description.all_texts()) {
            haystack.push(stored_words(t));
        }
        haystack.push(stored_words(&e.organization_name));
        for c in &d.categories {
            haystack.push(stored_words(&c.replace('-', " ")));
        }
        let hit = wanted.iter().all(|w| {
            haystack
                .iter()
                .any(|text| text.iter().any(|h| h.contains(w.as_str())))
        });
        if !hit {
            continue;
        }
        let next = d
            .occurrences(now.date(), now.date() + Duration::days(60))
            .into_iter()
            .find(|o| o.end > now);
        if let Some(o) = next {
            found.push((
                o.start,
                ComingUp {
                    when: format!(
                        "{}, {}",
                        format_date(tr, o.start.date()),
                        crate::kit::dates::time(tr, o.start.time())
                    ),
                    occurrence: occurrence_view(tr, e, &o),
                },
            ));
        }
    }
    found.sort_by_key(|f| f.0);
    Ok(found.into_iter().take(n).map(|(_, c)| c).collect())
}
