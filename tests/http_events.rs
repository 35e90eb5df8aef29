//! The events calendar and its iCalendar feeds over HTTP; the feed is checked by an independent
//! parser (Python `icalendar`, `tests/ical_check.py`).

use chrono::NaiveDate;
use wegweiser_domain::directory::{Cost, Translated};
use wegweiser_domain::events::{Cancellation, EventDetails, EventPlace, Recurrence};
use wegweiser_store::Db;

use crate::both_backends;
use crate::support::{Backend, TestApp, in_ci, temp_dir};

both_backends! {
    the_calendar_and_feeds_follow_recurrence_exceptions_and_cancellations => super::the_calendar_and_feeds_follow_recurrence_exceptions_and_cancellations;
    bad_calendar_addresses_get_a_message => super::bad_calendar_addresses_get_a_message;
    each_period_lists_its_own_days_and_the_pager_stops_at_the_ends => super::each_period_lists_its_own_days_and_the_pager_stops_at_the_ends;
    search_engines_find_pages_without_private_ones => super::search_engines_find_pages_without_private_ones;
    registrations_never_give_out_more_places_than_there_are => super::registrations_never_give_out_more_places_than_there_are;
    providers_add_events_for_their_own_organisation => super::providers_add_events_for_their_own_organisation;
    a_providers_event_reaches_the_calendar_after_review_and_a_cancellation_at_once => super::a_providers_event_reaches_the_calendar_after_review_and_a_cancellation_at_once;
    a_place_from_the_waiting_list_is_announced_in_the_language_registered_in => super::a_place_from_the_waiting_list_is_announced_in_the_language_registered_in;
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Tuesdays 18:00 from 6 October 2026 (summer time ends on 25 October), not on 13 October,
/// called off on 20 October.
fn weekly_treff() -> EventDetails {
    EventDetails {
        title: Translated::new("Treff über die Zeitumstellung"),
        description: Translated::new("Ein Test-Treff."),
        place: Some(EventPlace {
            name: "Familienzentrum".into(),
            street: "Beispielstraße 1".into(),
            postcode: "10369".into(),
            ortsteil: Some("fennpfuhl".into()),
        }),
        starts: d(2026, 10, 6).and_hms_opt(18, 0, 0).unwrap(),
        duration_minutes: 90,
        recurrence: Some(Recurrence::Weekly {
            every: 1,
            weekdays: vec![2],
            until: None,
        }),
        exceptions: vec![d(2026, 10, 13)],
        cancellations: vec![Cancellation {
            date: d(2026, 10, 20),
            reason: Translated::new("Krankheit"),
        }],
        categories: vec!["treffs-und-austausch".into()],
        languages: vec!["de".into()],
        cost: Cost::Free,
        childcare: true,
        registration: Translated::default(),
        places: None,
        employers: vec![],
    }
}

fn python() -> Option<String> {
    let py = std::env::var("WEGWEISER_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let ok = std::process::Command::new(&py)
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some(py);
    }
    assert!(
        !in_ci(),
        "CI=true but {py} cannot import icalendar (scripts/test installs it into target/pyenv)"
    );
    eprintln!("\n*** SKIPPED: iCalendar check with Python (pip install icalendar) ***\n");
    None
}

async fn the_calendar_and_feeds_follow_recurrence_exceptions_and_cancellations(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::connect(&app.database_url).await.expect("connect");
    db.insert_event_seed(&[(1, None, weekly_treff())], app.clock.now())
        .await
        .expect("insert event");
    // The newest event: after the demo's.
    let id = db
        .published_events()
        .await
        .expect("events")
        .iter()
        .map(|e| e.id)
        .max()
        .expect("an event");

    // The list view of October: the exception is missing, the cancellation is marked.
    let html = app
        .text(
            "/veranstaltungen?ansicht=liste&ab=2026-10-01&category=treffs-und-austausch",
            200,
        )
        .await;
    assert!(html.contains("Dienstag, 06.10.2026"));
    assert!(!html.contains("Dienstag, 13.10.2026"), "the exception");
    assert!(html.contains("Abgesagt: Krankheit"), "the cancellation");
    assert!(
        html.contains("Dienstag, 27.10.2026"),
        "after the switch to winter time"
    );
    // Every occurrence keeps its wall-clock time across the switch.
    let after = html.split("Dienstag, 27.10.2026").nth(1).unwrap_or("");
    assert!(after.contains("18:00–19:30"));

    let page = app.text(&format!("/veranstaltungen/{id}"), 200).await;
    assert!(page.contains("Jeden Dienstag um 18:00 Uhr"));
    assert!(page.contains("In meinen Kalender eintragen"));

    // A skipped date ahead is listed among the next dates as "does not take place".
    let today = app.clock.today();
    let skipped = today + chrono::Duration::days(14);
    let mut coming = weekly_treff();
    coming.starts = (today - chrono::Duration::days(7))
        .and_hms_opt(18, 0, 0)
        .unwrap();
    coming.recurrence = Some(Recurrence::Weekly {
        every: 1,
        weekdays: vec![chrono::Datelike::weekday(&today).number_from_monday() as u8],
        until: None,
    });
    coming.exceptions = vec![skipped];
    coming.cancellations = vec![];
    db.insert_event_seed(&[(1, None, coming)], app.clock.now())
        .await
        .expect("insert event");
    let page = app.text(&format!("/veranstaltungen/{}", id + 1), 200).await;
    let line = format!(
        "{}, 18:00–19:30</s> – <strong>entfällt</strong>",
        skipped.format("%d.%m.%Y")
    );
    assert!(page.contains(&line), "{page}");
    let week_after = (skipped + chrono::Duration::days(7))
        .format("%d.%m.%Y")
        .to_string();
    assert!(page.contains(&week_after), "the dates go on after it");

    // The feed of this event, checked by the Python icalendar package.
    let r = app
        .get(&format!("/veranstaltungen/{id}/kalender.ics"))
        .await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = r.text().await.unwrap();
    assert!(ics.contains("\r\n"), "CRLF line ends");
    assert!(
        ics.lines().all(|l| l.len() <= 75),
        "lines folded at 75 octets"
    );
    if let Some(py) = python() {
        let file = temp_dir().join("event.ics");
        std::fs::write(&file, &ics).unwrap();
        let out = std::process::Command::new(py)
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/ical_check.py"))
            .arg(&file)
            .output()
            .expect("run python");
        assert!(
            out.status.success(),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    // The feed for a filter: only matching events; English texts with ?lang=en.
    let feed = app
        .text("/veranstaltungen.ics?ortsteil=karlshorst", 200)
        .await;
    assert!(feed.contains("Bewerbungswerkstatt"));
    assert!(!feed.contains("Treff über die Zeitumstellung"));
    let all = app.text("/veranstaltungen.ics?lang=en", 200).await;
    assert!(all.contains("SUMMARY:Single parents' café"));
    assert!(
        all.contains("SUMMARY:Cancelled: Single parents' café"),
        "demo cancellation"
    );
    assert!(all.contains("EXDATE;TZID=Europe/Berlin:"), "demo exception");
}

/// The days a calendar page lists (`<time datetime>` of its day headings).
fn listed_days(html: &str) -> Vec<NaiveDate> {
    html.split("<time datetime=\"")
        .skip(1)
        .filter_map(|rest| NaiveDate::parse_from_str(rest.get(..10)?, "%Y-%m-%d").ok())
        .collect()
}

/// The pager's link (`← früher` or `später →`) on a calendar page.
fn pager_link(html: &str, label: &str) -> Option<String> {
    let pager = html.split("class=\"pager\"").nth(1)?.split("</p>").next()?;
    pager.split("<a href=\"").skip(1).find_map(|a| {
        let (href, text) = a.split_once("\">")?;
        text.contains(label).then(|| href.replace("&#38;", "&"))
    })
}

async fn each_period_lists_its_own_days_and_the_pager_stops_at_the_ends(backend: Backend) {
    // The clock stands on Wednesday 2 December 2026; the demo has weekly Treffs (Tuesdays,
    // Wednesdays) and one-off events in the coming weeks.
    let app = TestApp::spawn(backend).await;
    for (view, from, first, last) in [
        ("woche", "2026-11-30", d(2026, 11, 30), d(2026, 12, 6)),
        ("woche", "2026-12-09", d(2026, 12, 7), d(2026, 12, 13)),
        ("woche", "2026-12-28", d(2026, 12, 28), d(2027, 1, 3)),
        ("monat", "2026-12-15", d(2026, 12, 1), d(2026, 12, 31)),
        ("monat", "2027-02-01", d(2027, 2, 1), d(2027, 2, 28)),
        ("liste", "2026-12-02", d(2026, 12, 2), d(2027, 1, 30)),
    ] {
        let html = app
            .text(&format!("/veranstaltungen?ansicht={view}&ab={from}"), 200)
            .await;
        let days = listed_days(&html);
        assert!(!days.is_empty(), "{view} {from}: no events listed");
        let outside: Vec<_> = days.iter().filter(|d| **d < first || **d > last).collect();
        assert!(
            outside.is_empty(),
            "{view} from {from} ({first}–{last}) lists {outside:?}"
        );
        let mut sorted = days.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(days, sorted, "{view} {from}: days in order, each once");
    }
    // The weekly Treffs of Tuesday and Wednesday 8 and 9 December are in their week.
    let week = listed_days(
        &app.text("/veranstaltungen?ansicht=woche&ab=2026-12-07", 200)
            .await,
    );
    assert!(
        week.contains(&d(2026, 12, 8)) && week.contains(&d(2026, 12, 9)),
        "{week:?}"
    );
    // Paging back and forth in every view ends with a page without that link, never an error.
    for view in ["woche", "monat", "liste"] {
        for label in ["früher", "später"] {
            let mut path = format!("/veranstaltungen?ansicht={view}");
            let mut pages = 0;
            loop {
                let html = app.text(&path, 200).await;
                let Some(next) = pager_link(&html, label) else {
                    break;
                };
                path = next;
                pages += 1;
                assert!(pages < 200, "{view} {label}: the pager does not end");
            }
            assert!(pages >= 6, "{view} {label}: only {pages} pages");
        }
    }
    // A date outside what the calendar shows says so, rather than calling the date invalid.
    let r = app
        .get("/veranstaltungen?ansicht=woche&ab=2024-01-01")
        .await;
    assert_eq!(r.status(), 400);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Der Kalender zeigt Termine vom")
            && html.contains("„2024-01-01“ liegt außerhalb"),
        "{html}"
    );
    assert!(!html.contains("kein gültiges Datum"));
}

async fn bad_calendar_addresses_get_a_message(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let html = app.text("/veranstaltungen", 200).await;
    assert!(
        html.contains("Alleinerziehenden-Café"),
        "this week's demo event"
    );
    assert!(
        app.text("/veranstaltungen?ansicht=monat", 200)
            .await
            .contains("Väter-Abend")
    );
    let r = app
        .get("/veranstaltungen?ansicht=jahr&ab=gestern&category=nope&free=vielleicht")
        .await;
    assert_eq!(r.status(), 400);
    let html = r.text().await.unwrap();
    for msg in [
        "„jahr“ ist keine Ansicht",
        "„gestern“ ist kein gültiges Datum",
        "Das Thema „nope“ gibt es nicht",
        "„vielleicht“ ist hier kein gültiger Wert",
    ] {
        assert!(html.contains(msg), "{msg}");
    }
    assert_eq!(
        app.get("/veranstaltungen.ics?free=vielleicht")
            .await
            .status(),
        400
    );
    assert_eq!(app.get("/veranstaltungen/999").await.status(), 404);
    assert_eq!(app.get("/veranstaltungen/abc").await.status(), 404);
    assert_eq!(
        app.get("/veranstaltungen/999/kalender.ics").await.status(),
        404
    );
}

async fn search_engines_find_pages_without_private_ones(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let r = app.get("/sitemap.xml").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    let xml = r.text().await.unwrap();
    assert!(xml.starts_with("<?xml"));
    assert_eq!(xml.matches("<url>").count(), xml.matches("</url>").count());
    for path in [
        "/angebote/1<",
        "/wege/schwanger-und-allein<",
        "/veranstaltungen/1<",
        "/ortsteile/fennpfuhl<",
        "/kategorien/beratung<",
    ] {
        assert!(xml.contains(path), "sitemap lists {path}");
    }
    assert!(!xml.contains("/verwaltung"));
    let robots = app.text("/robots.txt", 200).await;
    assert!(robots.contains("Disallow: /verwaltung"));
    assert!(robots.contains("/sitemap.xml"));

    // schema.org data and Open Graph on offer, organisation and event pages.
    let offer = app.text("/angebote/1", 200).await;
    assert!(
        offer.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"")
    );
    assert!(offer.contains("\"@type\":\"Service\""));
    assert!(offer.contains("<meta property=\"og:title\""));
    assert!(
        app.text("/traeger/1", 200)
            .await
            .contains("\"@type\":\"Organization\"")
    );
    let event = app.text("/veranstaltungen/1", 200).await;
    assert!(event.contains("\"@type\":\"Event\""));
    assert!(event.contains("\"startDate\":\"20"));
    // A confidential address never reaches the structured data either.
    let found = app
        .json("/api/v1/offers?q=Schutzwohnung&per_page=1", 200)
        .await;
    let shelter = found["items"][0]["id"].as_i64().expect("the shelter");
    let page = app.text(&format!("/angebote/{shelter}"), 200).await;
    assert!(page.contains("application/ld+json"));
    assert!(!page.contains("Geheime Straße"));
}

const TWO_PLACES: &str = "/veranstaltungen/7";

fn value_after(html: &str, marker: &str) -> String {
    let start = html.find(marker).map(|i| i + marker.len()).unwrap_or(0);
    html[start..].split('"').next().unwrap_or("").to_string()
}

/// A browser of its own: the registration form's token and the first date offered.
async fn visitor(app: &TestApp) -> (crate::support::Session, String, String) {
    // Each person on a line of their own (registrations are limited per sender).
    static NEXT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(1);
    let c = app.visitor_from(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    let html = c.page(TWO_PLACES).await;
    let csrf = value_after(&html, "name=\"csrf\" value=\"");
    let day = value_after(&html, "<option value=\"");
    (c, csrf, day)
}

/// Cancels the registration behind `link` as its page's button does: the answer's status, the
/// registration's path and the form token sent.
async fn cancel(app: &TestApp, who: &crate::support::Session, link: &str) -> (u16, String, String) {
    let html = who.page(link).await;
    let csrf = value_after(&html, "name=\"csrf\" value=\"");
    let path = link.split('?').next().unwrap_or(link).to_string();
    let r = who
        .post(app.url(&path))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), path, csrf)
}

async fn register(
    app: &TestApp,
    v: &(crate::support::Session, String, String),
    name: &str,
    email: &str,
) -> reqwest::Response {
    v.0.post(app.url(&format!("{TWO_PLACES}/anmelden")))
        .form(&[
            ("csrf", v.1.as_str()),
            ("day", v.2.as_str()),
            ("name", name),
            ("email", email),
        ])
        .send()
        .await
        .unwrap()
}

/// Someone who registered in Ukrainian hears in Ukrainian that a place is theirs, though the one
/// who made room cancelled in German.
async fn a_place_from_the_waiting_list_is_announced_in_the_language_registered_in(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let (anna, bert) = (visitor(&app).await, visitor(&app).await);
    let r = register(&app, &anna, "Anna", "anna@example.de").await;
    assert_eq!(r.status(), 303);
    let anna_link = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        register(&app, &bert, "Bert", "bert@example.de")
            .await
            .status(),
        303
    );
    let oksana = visitor(&app).await;
    oksana.0.page(&format!("{TWO_PLACES}?lang=uk")).await;
    let r = register(&app, &oksana, "Oksana", "oksana@example.de").await;
    assert_eq!(r.status(), 303);
    let waiting = oksana
        .0
        .page(r.headers()["location"].to_str().unwrap())
        .await;
    assert!(waiting.contains("lang=\"uk\""), "her pages are Ukrainian");
    // Anna cancels, in German.
    assert_eq!(cancel(&app, &anna.0, &anna_link).await.0, 303);
    assert!(
        app.mail_arrives("тепер воно ваше").await,
        "Oksana's mail is in Ukrainian"
    );
    let mails = app.outbox(4).await;
    let to_oksana: Vec<&String> = mails
        .iter()
        .filter(|m| m.contains("To: oksana@example.de"))
        .collect();
    assert_eq!(to_oksana.len(), 2, "waiting, then a place");
    assert!(
        to_oksana.iter().all(|m| !m.contains("Guten Tag")),
        "nothing in German"
    );
}

async fn registrations_never_give_out_more_places_than_there_are(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let page = app.text(TWO_PLACES, 200).await;
    assert!(page.contains("noch 2 Plätze frei"));

    // Ten people click at the same moment for two places.
    let mut visitors = Vec::new();
    for _ in 0..10 {
        visitors.push(visitor(&app).await);
    }
    let mut clicks = Vec::new();
    for (i, (client, csrf, day)) in visitors.iter().enumerate() {
        let (client, url) = (client.clone(), app.url(&format!("{TWO_PLACES}/anmelden")));
        let form = [
            ("csrf".to_string(), csrf.clone()),
            ("day".to_string(), day.clone()),
            ("name".to_string(), format!("Person {i}")),
            ("email".to_string(), format!("person{i}@example.de")),
        ];
        clicks.push(tokio::spawn(async move {
            let r = client.post(url).form(&form).send().await.unwrap();
            assert_eq!(r.status(), 303, "registration {i}");
            r.headers()["location"].to_str().unwrap().to_string()
        }));
    }
    let mut links = Vec::new();
    for c in clicks {
        links.push(c.await.unwrap());
    }
    let mut confirmed = Vec::new();
    let mut waiting = Vec::new();
    for (i, link) in links.iter().enumerate() {
        let html = visitors[i].0.page(link).await;
        if html.contains("Sie haben einen Platz") {
            confirmed.push(i);
        } else if html.contains("Sie stehen auf der Warteliste") {
            waiting.push(i);
        } else {
            panic!("registration {i} is neither confirmed nor waiting");
        }
    }
    assert_eq!(
        confirmed.len(),
        2,
        "exactly two places given: {confirmed:?}"
    );
    assert_eq!(waiting.len(), 8);
    assert!(
        app.text(TWO_PLACES, 200)
            .await
            .contains("ausgebucht – 8 Personen warten")
    );

    // The same address twice, a missing name, a bad address, a date not offered.
    let again = visitor(&app).await;
    let r = register(&app, &again, "Person 0", "person0@example.de").await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("schon angemeldet"));
    let r = again
        .0
        .post(app.url(&format!("{TWO_PLACES}/anmelden")))
        .form(&[
            ("csrf", again.1.as_str()),
            ("day", "2020-01-01"),
            ("name", ""),
            ("email", "kein-at"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    for id in ["e-day", "e-name", "e-email"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "message at {id}");
    }
    assert!(html.contains("value=\"kein-at\""), "input kept");
    // Without the form token: refused.
    let r = app
        .client
        .post(app.url(&format!("{TWO_PLACES}/anmelden")))
        .form(&[
            ("day", again.2.as_str()),
            ("name", "X"),
            ("email", "x@example.de"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // One with a place cancels: the first on the waiting list moves up and gets a mail.
    let leaver = confirmed[0];
    let (status, path, csrf) = cancel(&app, &visitors[leaver].0, &links[leaver]).await;
    assert_eq!(status, 303);
    let html = visitors[leaver].0.page(&path).await;
    assert!(html.contains("Diese Anmeldung ist abgesagt"));
    let mut first_waiting = None;
    for i in &waiting {
        let html = visitors[*i].0.page(&links[*i]).await;
        if html.contains("Sie haben einen Platz") {
            assert!(first_waiting.is_none(), "only one moves up");
            first_waiting = Some(*i);
        }
    }
    let moved = first_waiting.expect("someone moved up");
    let mails = app.outbox(13).await;
    // Every mail says where and by whom, so nobody needs the website on the way there.
    let confirmation = mails
        .iter()
        .find(|m| m.contains("Sie haben einen Platz"))
        .expect("a confirmation");
    for words in [
        "Wo: Nachbarschaftstreff Friedrichsfelde, Beispielstraße 3, 10319 Berlin",
        "Veranstaltet von: Nachbarschaftstreff Friedrichsfelde (Beispiel)",
        "16:00–18:00",
    ] {
        assert!(
            confirmation.contains(words),
            "the confirmation says {words}:\n{confirmation}"
        );
    }
    assert!(
        mails
            .iter()
            .filter(|m| m.contains("Warteliste"))
            .all(|m| m.contains("Wo: Nachbarschaftstreff Friedrichsfelde")),
        "the waiting-list mails say where too"
    );
    assert!(
        mails
            .iter()
            .any(|m| m.contains(&format!("person{moved}@example.de"))
                && m.contains("Ein Platz ist frei geworden")),
        "the one who moved up is told"
    );
    assert!(
        app.text(TWO_PLACES, 200)
            .await
            .contains("ausgebucht – 7 Personen warten")
    );
    // A second cancel of the same link changes nothing.
    let r = visitors[leaver]
        .0
        .post(app.url(&path))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(
        app.text(TWO_PLACES, 200)
            .await
            .contains("ausgebucht – 7 Personen warten")
    );
    assert_eq!(app.get("/anmeldung/unbekannt").await.status(), 404);
}

async fn providers_add_events_for_their_own_organisation(backend: Backend) {
    use crate::support::{add_user, form_token, signed_in};
    // The editor of organisation 2 is added by hand below (with its organisation).
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let form = c.page("/verwaltung/termine/neu").await;
    let token = form_token(&form);
    let post = |path: &'static str, fields: Vec<(&'static str, String)>| {
        let c = c.clone();
        let url = app.url(path);
        async move { c.post(url).form(&fields).send().await.unwrap() }
    };
    let base = |title: &str| {
        vec![
            ("csrf", token.clone()),
            ("organization", "1".to_string()),
            ("status", "published".to_string()),
            ("title_de", title.to_string()),
            ("date", "2026-10-06".to_string()),
            ("time", "18:00".to_string()),
            ("duration_minutes", "90".to_string()),
            ("repeat", "weekly".to_string()),
            ("weekday", "2".to_string()),
            ("cost", "free".to_string()),
            ("category", "treffs-und-austausch".to_string()),
        ]
    };
    // Bad input: messages at the fields, answers kept.
    let mut bad = base("");
    bad.push(("places", "viele".into()));
    bad.push(("exceptions", "Weihnachten".into()));
    let r = post("/verwaltung/termine", bad).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    for id in ["e-title_de", "e-places", "e-exceptions"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "message at {id}");
    }
    assert!(html.contains("value=\"viele\""));
    // A line break in a one-line field could split a calendar line: refused at the field.
    let r = post(
        "/verwaltung/termine",
        base("Abendtreff\rURL:https://evil.example"),
    )
    .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"e-title_de\"") && html.contains("ohne Zeilenumbrüche"));

    let r = post(
        "/verwaltung/termine",
        base("Abendtreff der Koordinierungsstelle"),
    )
    .await;
    assert_eq!(r.status(), 303);
    let edit = r.headers()["location"]
        .to_str()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let id = edit.rsplit('/').next().unwrap().to_string();
    // Closed lists are chosen by name, times typed as people write them.
    let form = c.page(&edit).await;
    assert!(form.contains("<option value=\"neu-hohenschoenhausen\">Neu-Hohenschönhausen</option>"));
    assert!(form.contains("<input type=\"checkbox\" name=\"languages\" value=\"ru\">"));
    let mut typed = base("Abendtreff der Koordinierungsstelle");
    typed.retain(|(k, _)| *k != "time");
    typed.extend([
        ("time", "18 Uhr".to_string()),
        ("place_name", "Nachbarschaftshaus".to_string()),
        ("street", "Ribnitzer Straße 1b".to_string()),
        ("postcode", "13051".to_string()),
        ("ortsteil", "neu-hohenschoenhausen".to_string()),
        ("languages", "de".to_string()),
        ("languages", "ru".to_string()),
    ]);
    let r = c.post(app.url(&edit)).form(&typed).send().await.unwrap();
    assert_eq!(
        r.status(),
        303,
        "„18 Uhr“, a chosen Ortsteil and two languages are accepted"
    );
    let page = app.text(&format!("/veranstaltungen/{id}"), 200).await;
    assert!(
        page.contains("18:00")
            && page.contains("Neu-Hohenschönhausen")
            && page.contains("Russisch")
    );
    let form = c.page(&edit).await;
    assert!(form.contains("value=\"ru\" checked") && form.contains("value=\"de\" checked"));
    let ics = app
        .text(&format!("/veranstaltungen/{id}/kalender.ics"), 200)
        .await;
    assert!(ics.contains("SUMMARY:Abendtreff der Koordinierungsstelle"));
    assert!(
        ics.contains("SEQUENCE:1"),
        "the typed change raised the sequence"
    );
    // A cancellation: the change raises the sequence, the feed carries the override.
    let mut changed = base("Abendtreff der Koordinierungsstelle");
    changed.push(("cancellations", "2026-10-20 Krankheit".into()));
    let r = c.post(app.url(&edit)).form(&changed).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let ics = app
        .text(&format!("/veranstaltungen/{id}/kalender.ics"), 200)
        .await;
    assert!(ics.contains("SEQUENCE:2"));
    assert!(ics.contains("RECURRENCE-ID;TZID=Europe/Berlin:20261020T180000"));
    assert!(
        app.text("/veranstaltungen?ansicht=liste&ab=2026-10-01", 200)
            .await
            .contains("Abgesagt: Krankheit")
    );

    // A provider editor of another organisation may neither open nor change it, nor add events
    // for organisations that are not theirs.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["user", "add", "--database-url", &app.database_url])
        .args(["--data-dir", &temp_dir().to_string_lossy()])
        .args([
            "--email",
            "traeger@example.de",
            "--role",
            "provider_editor",
            "--organization",
            "2",
        ])
        .env("WEGWEISER_PASSWORD", "ein sicheres Passwort")
        .env("WEGWEISER_LOG", "warn")
        .env("WEGWEISER_TEST_CLOCK", crate::support::CLOCK)
        .output()
        .unwrap();
    assert!(out.status.success());
    let p = signed_in(&app, "traeger@example.de").await;
    assert_eq!(p.get(app.url(&edit)).send().await.unwrap().status(), 403);
    let list = p.page("/verwaltung/termine").await;
    assert!(!list.contains("Abendtreff der Koordinierungsstelle"));
    let ptoken = form_token(&p.page("/verwaltung/termine/neu").await);
    let mut foreign = base("Fremder Termin");
    foreign[0].1 = ptoken.clone();
    let r = p
        .post(app.url("/verwaltung/termine"))
        .form(&foreign)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "organisation 1 is not theirs");
    let mut own = base("Eigener Termin");
    own[0].1 = ptoken;
    own[1].1 = "2".into();
    let r = p
        .post(app.url("/verwaltung/termine"))
        .form(&own)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
}

/// Provider editors' events go on the calendar as their offers do: after the coordinator's review.
/// Calling off a date and taking an event off apply at once.
async fn a_providers_event_reaches_the_calendar_after_review_and_a_cancellation_at_once(
    backend: Backend,
) {
    use crate::support::{add_user, add_user_for, form_token, signed_in};
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    add_user_for(&app, "traeger@example.de", "provider_editor", &[2]);
    let c = signed_in(&app, "koordination@example.de").await;
    let p = signed_in(&app, "traeger@example.de").await;
    let token = form_token(&p.page("/verwaltung/termine/neu").await);
    let fields = |title: &str, status: &str, extra: &[(&str, &str)]| {
        let f: Vec<(String, String)> = [
            ("csrf", token.as_str()),
            ("organization", "2"),
            ("status", status),
            ("title_de", title),
            ("date", "2026-10-06"),
            ("time", "18:00"),
            ("duration_minutes", "90"),
            ("repeat", "weekly"),
            ("weekday", "2"),
            ("cost", "free"),
            ("category", "treffs-und-austausch"),
        ]
        .iter()
        .chain(extra)
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        f
    };
    let location = |r: &reqwest::Response| r.headers()["location"].to_str().unwrap().to_string();

    // A new event asked to be published waits: not on the calendar, marked in the editor's list.
    let r = p
        .post(app.url("/verwaltung/termine"))
        .form(&fields("Vätertreff am Dienstag", "published", &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let to = location(&r);
    assert!(to.ends_with("?eingereicht=1"), "{to}");
    let edit = to.split('?').next().unwrap().to_string();
    let id = edit.rsplit('/').next().unwrap().to_string();
    assert!(p.page(&to).await.contains("zur Prüfung"));
    assert_eq!(
        app.get(&format!("/veranstaltungen/{id}")).await.status(),
        404
    );
    assert!(
        !app.text("/veranstaltungen?ansicht=liste&ab=2026-10-01", 200)
            .await
            .contains("Vätertreff")
    );
    assert!(
        p.page("/verwaltung/termine")
            .await
            .contains("Änderung wartet auf Prüfung")
    );
    // The coordinator sees it on the dashboard and in the queue, and approves it.
    assert!(
        c.page("/verwaltung")
            .await
            .contains("Eine Terminänderung wartet auf Prüfung.")
    );
    let queue = c.page("/verwaltung/termine/pruefen").await;
    let rev = queue
        .split("href=\"/verwaltung/termine/pruefen/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a change in the queue")
        .to_string();
    assert!(queue.contains("Vätertreff am Dienstag") && queue.contains("traeger@example.de"));
    let review = c.page(&format!("/verwaltung/termine/pruefen/{rev}")).await;
    assert!(review.contains("mit der Freigabe wird er veröffentlicht"));
    assert!(
        review.contains("<ins>Vätertreff am Dienstag</ins>")
            && review.contains("<ins>Dienstag</ins>")
    );
    // Two tabs approve at once: one decides, the other finds it decided; one new version.
    let decide = format!("/verwaltung/termine/pruefen/{rev}");
    let approve = || c.post_form(&decide, &[("decision", "approve")]);
    let (a, b) = tokio::join!(approve(), approve());
    let mut codes = [a.status().as_u16(), b.status().as_u16()];
    codes.sort();
    assert_eq!(codes, [303, 404]);
    let page = app.text(&format!("/veranstaltungen/{id}"), 200).await;
    assert!(page.contains("Vätertreff am Dienstag"));
    let ics = app
        .text(&format!("/veranstaltungen/{id}/kalender.ics"), 200)
        .await;
    assert!(ics.contains("SEQUENCE:1"), "{ics}");
    assert!(
        app.outbox(1)
            .await
            .iter()
            .any(|m| m.contains("To: traeger@example.de") && m.contains("freigegeben"))
    );

    // A change to what the calendar says waits; the calendar keeps the approved version and the
    // editor sees their own.
    let r = p
        .post(app.url(&edit))
        .form(&fields("Vätertreff mit Pizza", "published", &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("?eingereicht=1"));
    assert!(
        app.text(&format!("/veranstaltungen/{id}"), 200)
            .await
            .contains("Vätertreff am Dienstag")
    );
    let form = p.page(&edit).await;
    assert!(form.contains("value=\"Vätertreff mit Pizza\"") && form.contains("wartet auf Prüfung"));
    assert!(
        c.page(&edit).await.contains("/verwaltung/termine/pruefen/"),
        "the coordinator is pointed to the review"
    );
    // Sent back with a comment: the editor reads it on the form and in a mail.
    let queue = c.page("/verwaltung/termine/pruefen").await;
    let rev = queue
        .split("href=\"/verwaltung/termine/pruefen/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let review = c.page(&format!("/verwaltung/termine/pruefen/{rev}")).await;
    assert!(
        review.contains("<del>Vätertreff am Dienstag</del>")
            && review.contains("<ins>Vätertreff mit Pizza</ins>")
    );
    assert!(!review.contains("<ins>Dienstag</ins>"), "only what changed");
    let r = c
        .post_form(
            &format!("/verwaltung/termine/pruefen/{rev}"),
            &[
                ("decision", "return"),
                ("comment", "Bitte ohne Werbung für Pizza."),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        p.page(&edit)
            .await
            .contains("Bitte ohne Werbung für Pizza.")
    );
    assert!(
        app.mail_arrives("Bitte ohne Werbung").await,
        "the provider is told why"
    );
    assert!(
        app.text(&format!("/veranstaltungen/{id}"), 200)
            .await
            .contains("Vätertreff am Dienstag")
    );
    assert!(!c.page("/verwaltung").await.contains("wartet auf Prüfung"));

    // Calling off a date applies at once, without review.
    let r = p
        .post(app.url(&edit))
        .form(&fields(
            "Vätertreff am Dienstag",
            "published",
            &[("cancellations", "2026-10-20 Krankheit")],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("?gespeichert=1"));
    assert!(
        app.text("/veranstaltungen?ansicht=liste&ab=2026-10-01", 200)
            .await
            .contains("Abgesagt: Krankheit")
    );
    // Taking it off the calendar, too.
    let r = p
        .post(app.url(&edit))
        .form(&fields("Vätertreff am Dienstag", "draft", &[]))
        .send()
        .await
        .unwrap();
    assert!(location(&r).ends_with("?gespeichert=1"));
    assert_eq!(
        app.get(&format!("/veranstaltungen/{id}")).await.status(),
        404
    );
    // The coordinator's own change is live at once.
    let ctoken = form_token(&c.page(&edit).await);
    let mut own = fields("Vätertreff der Koordinierungsstelle", "published", &[]);
    own[0].1 = ctoken;
    let r = c.post(app.url(&edit)).form(&own).send().await.unwrap();
    assert!(location(&r).ends_with("?gespeichert=1"));
    assert!(
        app.text(&format!("/veranstaltungen/{id}"), 200)
            .await
            .contains("Vätertreff der Koordinierungsstelle")
    );
}
