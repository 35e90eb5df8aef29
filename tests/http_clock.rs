//! Pages that depend on the day, checked at chosen moments: the site starts with its test clock
//! (`WEGWEISER_TEST_CLOCK`) on a Tuesday, in the night the clocks go forward, on New Year's Eve and
//! on 29 February, and says what a parent would see on that day, whatever day the suite runs.

use crate::both_backends;
use crate::support::{Backend, TestApp};

both_backends! {
    pages_say_what_is_true_on_the_day_of_the_clock => super::pages_say_what_is_true_on_the_day_of_the_clock;
}

/// The demo offer open Tuesdays 10–13 and Thursdays 14–18, closed on 24 and 31 December 2026.
const COUNSELLING: &str = "Offene Familien- und Sozialberatung";

/// One moment and what the pages must say then.
struct Moment {
    at: &'static str,
    /// The opening-hours row marked as today.
    today_row: Option<&'static str>,
    /// The counselling offer's open state.
    open_state: &'static str,
    /// Whether the "open now" filter lists the counselling offer.
    open_now: bool,
    /// The next date of the weekly Babytreff (Tuesdays 10:00–11:30) and its start as in JSON-LD.
    next_babytreff: &'static str,
    babytreff_start: &'static str,
    /// The month view's heading and the day marked "heute" in it (days without events are left
    /// out).
    month: &'static str,
    month_today: Option<&'static str>,
    /// The date the printed checklist carries.
    printed: &'static str,
}

const MOMENTS: &[Moment] = &[
    // The day the suite first failed because it read the real date.
    Moment {
        at: "2026-12-01T09:30",
        today_row: Some("Dienstag <span class=\"small\">(heute)</span></th><td>10:00–13:00"),
        open_state: "Geschlossen – öffnet heute um 10:00 Uhr",
        open_now: false,
        next_babytreff: "Dienstag, 01.12.2026, 10:00–11:30",
        babytreff_start: "2026-12-01T10:00:00+01:00",
        month: "Dezember 2026",
        month_today: Some("Dienstag, 01.12.2026</time> <span class=\"done-tag\">heute</span>"),
        printed: "Stand: 01.12.2026",
    },
    // Half an hour before the clocks go forward (02:00 → 03:00): the Tuesday after keeps 10:00,
    // now in summer time.
    Moment {
        at: "2027-03-28T01:30",
        today_row: None,
        open_state: "Geschlossen – öffnet Dienstag um 10:00 Uhr",
        open_now: false,
        next_babytreff: "Dienstag, 30.03.2027, 10:00–11:30",
        babytreff_start: "2027-03-30T10:00:00+02:00",
        month: "März 2027",
        month_today: None,
        printed: "Stand: 28.03.2027",
    },
    // New Year's Eve, a Thursday: the offer would be open now but is closed for the day.
    Moment {
        at: "2026-12-31T15:00",
        today_row: Some("Donnerstag <span class=\"small\">(heute)</span></th><td>14:00–18:00"),
        open_state: "Geschlossen – öffnet Dienstag um 10:00 Uhr",
        open_now: false,
        next_babytreff: "Dienstag, 05.01.2027, 10:00–11:30",
        babytreff_start: "2027-01-05T10:00:00+01:00",
        month: "Dezember 2026",
        month_today: None,
        printed: "Stand: 31.12.2026",
    },
    // 29 February 2028, a Tuesday at noon: open, and today's Babytreff is over.
    Moment {
        at: "2028-02-29T12:00",
        today_row: Some("Dienstag <span class=\"small\">(heute)</span></th><td>10:00–13:00"),
        open_state: "Jetzt geöffnet bis 13:00 Uhr",
        open_now: true,
        next_babytreff: "Dienstag, 07.03.2028, 10:00–11:30",
        babytreff_start: "2028-03-07T10:00:00+01:00",
        month: "Februar 2028",
        month_today: Some("Dienstag, 29.02.2028</time> <span class=\"done-tag\">heute</span>"),
        printed: "Stand: 29.02.2028",
    },
];

async fn pages_say_what_is_true_on_the_day_of_the_clock(backend: Backend) {
    for m in MOMENTS {
        let app = TestApp::spawn_at(backend, m.at).await;
        let found = app
            .json(&format!("/api/v1/offers?q={COUNSELLING}"), 200)
            .await;
        let offer = found["items"][0]["id"]
            .as_i64()
            .expect("the counselling offer");
        let page = app.text(&format!("/angebote/{offer}"), 200).await;
        assert!(page.contains(m.open_state), "{}: open state", m.at);
        match m.today_row {
            Some(row) => assert!(
                page.contains(&format!("<tr class=\"today\"><th scope=\"row\">{row}")),
                "{}: today's row",
                m.at
            ),
            None => assert!(!page.contains("class=\"today\""), "{}: no row today", m.at),
        }
        let open = app
            .json("/api/v1/offers?open_now=1&per_page=100", 200)
            .await;
        let listed = open["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|o| o["id"].as_i64() == Some(offer));
        assert_eq!(listed, m.open_now, "{}: open now", m.at);

        let list = app.text("/veranstaltungen?ansicht=liste", 200).await;
        let babytreff = list
            .split("<a href=\"/veranstaltungen/")
            .skip(1)
            .find(|s| s.contains(">Babytreff<"))
            .and_then(|s| s.split('"').next())
            .expect("the Babytreff in the list")
            .to_string();
        let event = app
            .text(&format!("/veranstaltungen/{babytreff}"), 200)
            .await;
        let next = event
            .split("<li>Dienstag, ")
            .nth(1)
            .and_then(|s| s.split("</li>").next())
            .map(|s| format!("Dienstag, {s}"));
        assert_eq!(
            next.as_deref(),
            Some(m.next_babytreff),
            "{}: next date",
            m.at
        );
        assert!(
            event.contains(&format!("\"startDate\":\"{}\"", m.babytreff_start)),
            "{}: JSON-LD start",
            m.at
        );

        let month = app.text("/veranstaltungen?ansicht=monat", 200).await;
        assert!(
            month.contains(&format!("<h2 id=\"h-period\">{}</h2>", m.month)),
            "{}: month heading",
            m.at
        );
        let marked = month.matches("done-tag\">heute<").count();
        match m.month_today {
            Some(day) => {
                assert!(month.contains(day), "{}: today in the month", m.at);
                assert_eq!(marked, 1, "{}: one day is today", m.at);
            }
            None => assert_eq!(marked, 0, "{}: no event today", m.at),
        }

        let print = app.text("/wege/kita-platz/drucken", 200).await;
        assert!(print.contains(m.printed), "{}: printed date", m.at);
        // Every date-dependent page and feed answers on that day.
        for path in [
            "/",
            "/veranstaltungen",
            "/veranstaltungen.ics",
            "/veranstaltungen.atom",
            "/aktuelles",
            "/aktuelles.atom",
            "/sitemap.xml",
        ] {
            app.text(path, 200).await;
        }
    }
}

/// A test clock never runs unnoticed: the binary refuses it on an https site and names it loudly
/// in its log when it starts.
#[test]
fn a_test_clock_is_refused_on_https_and_logged_loudly() {
    use std::process::Command;
    let dir = crate::support::temp_dir();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_wegweiser"))
            .args(args)
            .args(["--data-dir", &dir.to_string_lossy()])
            .env("WEGWEISER_TEST_CLOCK", "2026-12-01T09:30")
            .env("WEGWEISER_LOG", "warn")
            .env_remove("WEGWEISER_CONFIG")
            .output()
            .expect("run wegweiser migrate")
    };
    let https = run(&["serve", "--public-url", "https://wegweiser.example"]);
    assert!(!https.status.success());
    assert!(
        String::from_utf8_lossy(&https.stderr).contains("a test clock is for tests only"),
        "{}",
        String::from_utf8_lossy(&https.stderr)
    );
    let local = run(&["migrate"]);
    assert!(local.status.success());
    let log = String::from_utf8_lossy(&local.stderr);
    assert!(
        log.contains("WARN") && log.contains("TEST CLOCK") && log.contains("2026-12-01 09:30"),
        "{log}"
    );
}
