//! The needs radar and the reports through the running binary (issue 19): a known set of needs
//! reports, searches without results, offer views and event registrations, and every figure of
//! the matrix, the months and the exports checked against it, with the small counts hidden and
//! no hidden count recoverable from the shown ones; nothing behind the figures says who sent
//! what; the coordinator's way from a report to a need, an AG decision and a council paper, and
//! the printed report's trace.

use std::collections::HashMap;

use crate::both_backends;
use crate::support::{Backend, Session, TestApp, add_user, form_token, signed_in, unescape_html};

both_backends! {
    the_figures_match_what_was_fed_and_small_counts_stay_hidden => super::the_figures_match_what_was_fed_and_small_counts_stay_hidden;
    nothing_behind_the_figures_says_who_sent_them => super::nothing_behind_the_figures_says_who_sent_them;
    a_report_becomes_a_need_with_a_decision_and_a_council_paper => super::a_report_becomes_a_need_with_a_decision_and_a_council_paper;
}

/// A needs report from a visitor on a line of their own; the status.
async fn report(app: &TestApp, n: u8, fields: &[(&str, &str)]) -> u16 {
    let v = app.visitor_from(n);
    let html = v.page("/bedarf").await;
    let csrf = form_token(&html);
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    v.post(app.url("/bedarf"))
        .form(&all)
        .send()
        .await
        .expect("send")
        .status()
        .as_u16()
}

/// A CSV export as rows of cells (BOM and quotes removed; our labels hold no `;`).
fn csv_rows(body: &str) -> Vec<Vec<String>> {
    body.trim_start_matches('\u{feff}')
        .lines()
        .map(|l| {
            l.split(';')
                .map(|c| c.trim_matches('"').to_string())
                .collect()
        })
        .collect()
}

async fn csv(k: &Session, app: &TestApp, name: &str, day: &str) -> Vec<Vec<String>> {
    let r = k
        .get(app.url(&format!(
            "/verwaltung/berichte/tabelle/{name}.csv?von={day}&bis={day}"
        )))
        .send()
        .await
        .expect("csv");
    assert_eq!(r.status(), 200, "{name}.csv");
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/csv")
    );
    csv_rows(&r.text().await.expect("body"))
}

/// The cell of `row` (by its first cell) under `col` (by the header).
fn cell<'a>(rows: &'a [Vec<String>], row: &str, col: &str) -> &'a str {
    let c = rows[0]
        .iter()
        .position(|h| h == col)
        .unwrap_or_else(|| panic!("column {col} in {:?}", rows[0]));
    let r = rows
        .iter()
        .find(|r| r[0] == row)
        .unwrap_or_else(|| panic!("row {row}"));
    &r[c]
}

/// Every cell of a table: those named in `expected`, and "0" everywhere else.
fn every_figure(rows: &[Vec<String>], expected: &[(&str, &str, &str)]) {
    let mut checked = 0;
    for r in &rows[1..] {
        for (c, head) in rows[0].iter().enumerate().skip(1) {
            let want = expected
                .iter()
                .find(|(row, col, _)| *row == r[0] && col == head)
                .map_or("0", |(_, _, v)| *v);
            assert_eq!(r[c], want, "{} × {head}", r[0]);
            checked += 1;
        }
    }
    for (row, col, _) in expected {
        assert!(
            rows.iter().any(|r| r[0] == *row) && rows[0].iter().any(|h| h == col),
            "{row} × {col} is in the table"
        );
    }
    assert!(checked > expected.len());
}

/// No line (a row with its total, a column with its total) has exactly one "< 5": else it could
/// be worked out from the others.
fn no_lonely_hidden(rows: &[Vec<String>], with_totals: bool) {
    let body = &rows[1..];
    for r in body {
        let hidden = r[1..].iter().filter(|c| *c == "< 5").count();
        if with_totals {
            assert_ne!(hidden, 1, "row {r:?}");
        }
    }
    for c in 1..rows[0].len() {
        let hidden = body.iter().filter(|r| r[c] == "< 5").count();
        assert_ne!(hidden, 1, "column {}", rows[0][c]);
    }
}

/// Every shown figure in 1..4 would be a disclosure.
fn no_small_figure(rows: &[Vec<String>]) {
    for r in &rows[1..] {
        for c in &r[1..] {
            if let Ok(n) = c.replace('.', "").parse::<u64>() {
                assert!(n == 0 || n >= 5, "{c} shown in {r:?}");
            }
        }
    }
}

async fn the_figures_match_what_was_fed_and_small_counts_stay_hidden(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let today = app.clock.berlin_now().date().to_string();
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;

    // Needs reports: childcare in Malchow 6, childcare in Fennpfuhl 2, housing in Malchow 5.
    let mut n = 1u8;
    for (cat, ort, times) in [
        ("kinderbetreuung", "malchow", 6),
        ("kinderbetreuung", "fennpfuhl", 2),
        ("wohnen", "malchow", 5),
    ] {
        for _ in 0..times {
            let s = report(&app, n, &[("category", cat), ("ortsteil", ort)]).await;
            assert_eq!(s, 200, "report {n}");
            n += 1;
        }
    }
    // Searches that found nothing: 3 with childcare in Fennpfuhl, 1 without filters.
    for _ in 0..3 {
        app.text(
            "/angebote?q=zzqxnichtda&category=kinderbetreuung&ortsteil=fennpfuhl",
            200,
        )
        .await;
    }
    app.text("/angebote?q=zzqxnichtda", 200).await;
    // Offer views: 7 of the midwives' offer (pregnancy and birth, Alt-Hohenschönhausen).
    let found = app.json("/api/v1/offers?q=Hebamme", 200).await;
    let offer = &found["items"][0];
    assert_eq!(offer["categories"][0], "schwangerschaft-und-geburt");
    assert_eq!(offer["locations"][0]["ortsteil"], "alt-hohenschoenhausen");
    for _ in 0..7 {
        app.text(&format!("/angebote/{}", offer["id"]), 200).await;
    }
    // Event registrations: 5 for the application workshop (work and training, Karlshorst).
    let mut workshop = None;
    for id in 1..=12 {
        let r = app.get(&format!("/veranstaltungen/{id}")).await;
        if r.status() == 200
            && r.text()
                .await
                .unwrap_or_default()
                .contains("Bewerbungswerkstatt")
        {
            workshop = Some(id);
            break;
        }
    }
    let workshop = workshop.expect("the demo's workshop");
    for i in 0..5u8 {
        let v = app.visitor_from(100 + i);
        let html = v.page(&format!("/veranstaltungen/{workshop}")).await;
        let csrf = form_token(&html);
        let day = html
            .split("name=\"day\"")
            .nth(1)
            .and_then(|s| s.split("<option value=\"").nth(1))
            .and_then(|s| s.split('"').next())
            .expect("a day to register for")
            .to_string();
        let r = v
            .post(app.url(&format!("/veranstaltungen/{workshop}/anmelden")))
            .form(&[
                ("csrf", csrf.as_str()),
                ("day", day.as_str()),
                ("name", "Person (Beispiel)"),
                ("email", &format!("person{i}@example.de")),
            ])
            .send()
            .await
            .expect("register");
        assert_eq!(r.status(), 303, "registration {i}");
    }
    // The searches are written off the request path.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;

    // The matrix (demand: reports and searches without results).
    // True values: childcare Malchow 6, Fennpfuhl 2+3 = 5; housing Malchow 5; no topic/no Ortsteil 1.
    // Row totals 11, 5, 1; column totals Malchow 11, Fennpfuhl 5, none 1; grand total 17.
    let m = csv(&k, &app, "bedarf", &today).await;
    let ct = "Kinderbetreuung";
    let total = "Summe";
    assert_eq!(m[0][0], "Thema");
    assert_eq!(cell(&m, ct, "Karlshorst"), "0");
    assert_eq!(cell(&m, "Wohnen", "Fennpfuhl"), "0");
    // The single search without filters is 1: hidden, with its row and column totals.
    assert_eq!(cell(&m, "Ohne Thema", "Ohne Ortsteil"), "< 5");
    assert_eq!(cell(&m, "Ohne Thema", total), "< 5");
    assert_eq!(cell(&m, total, "Ohne Ortsteil"), "< 5");
    // Secondary suppression runs through the table: housing's row total (5) is the smallest
    // partner of the hidden "no topic" total, so it goes, and with it the cells in its lines.
    assert_eq!(cell(&m, "Wohnen", total), "< 5");
    assert_eq!(cell(&m, "Wohnen", "Malchow"), "< 5");
    assert_eq!(cell(&m, ct, "Malchow"), "< 5");
    assert_eq!(cell(&m, ct, "Fennpfuhl"), "< 5");
    assert_eq!(cell(&m, total, "Fennpfuhl"), "< 5");
    // What stays shown is exact.
    assert_eq!(cell(&m, ct, total), "11");
    assert_eq!(cell(&m, total, "Malchow"), "11");
    assert_eq!(cell(&m, total, total), "17");
    // And every other figure of the matrix (12 rows × 12 columns) is 0.
    assert_eq!(m.len(), 1 + 12 + 1, "the topics, no topic, the totals");
    every_figure(
        &m,
        &[
            (ct, "Malchow", "< 5"),
            (ct, "Fennpfuhl", "< 5"),
            (ct, total, "11"),
            ("Wohnen", "Malchow", "< 5"),
            ("Wohnen", total, "< 5"),
            ("Ohne Thema", "Ohne Ortsteil", "< 5"),
            ("Ohne Thema", total, "< 5"),
            (total, "Malchow", "11"),
            (total, "Fennpfuhl", "< 5"),
            (total, "Ohne Ortsteil", "< 5"),
            (total, total, "17"),
        ],
    );
    no_small_figure(&m);
    no_lonely_hidden(&m, true);

    // The months (one: today's). Need reports 13 and searches 4 (hidden, and so is the
    // report total that would give it away next to the matrix's 17); views 7; registrations 5.
    let t = csv(&k, &app, "verlauf", &today).await;
    let month = &t[1][0];
    assert_eq!(cell(&t, month, "Suchen ohne Ergebnis"), "< 5");
    assert_eq!(cell(&t, total, "Suchen ohne Ergebnis"), "< 5");
    assert_eq!(cell(&t, total, "Bedarfsmeldungen"), "< 5");
    assert_eq!(cell(&t, month, "Bedarfsmeldungen"), "< 5");
    assert_eq!(cell(&t, month, "Aufrufe von Angeboten"), "7");
    assert_eq!(cell(&t, total, "Aufrufe von Angeboten"), "7");
    assert_eq!(cell(&t, month, "Anmeldungen zu Veranstaltungen"), "5");
    assert_eq!(cell(&t, month, "Leistungs-Checks"), "0");
    assert_eq!(t.len(), 3, "one month and the totals");
    let mut months = Vec::new();
    for row in [month.as_str(), total] {
        months.extend([
            (row, "Bedarfsmeldungen", "< 5"),
            (row, "Suchen ohne Ergebnis", "< 5"),
            (row, "Aufrufe von Angeboten", "7"),
            (row, "Anmeldungen zu Veranstaltungen", "5"),
        ]);
    }
    every_figure(&t, &months);
    no_small_figure(&t);
    no_lonely_hidden(&t, false);

    // Use by topic: the 7 views under pregnancy and birth, the 5 registrations under work.
    let u = csv(&k, &app, "nutzung", &today).await;
    assert_eq!(
        cell(&u, "Schwangerschaft und Geburt", "Aufrufe von Angeboten"),
        "7"
    );
    assert_eq!(
        cell(
            &u,
            "Arbeit und Ausbildung",
            "Anmeldungen zu Veranstaltungen"
        ),
        "5"
    );
    every_figure(
        &u,
        &[
            ("Schwangerschaft und Geburt", "Aufrufe von Angeboten", "7"),
            (
                "Arbeit und Ausbildung",
                "Anmeldungen zu Veranstaltungen",
                "5",
            ),
            (total, "Aufrufe von Angeboten", "7"),
            (total, "Anmeldungen zu Veranstaltungen", "5"),
        ],
    );
    no_small_figure(&u);

    // The searches: the one query, 4 times, hidden.
    let s = csv(&k, &app, "suchen", &today).await;
    assert_eq!(s[1], vec!["zzqxnichtda".to_string(), "< 5".to_string()]);

    // The radar page says the same, and marks the gaps: no childcare reachable in Malchow.
    let page = unescape_html(
        &k.page(&format!("/verwaltung/bedarf?von={today}&bis={today}"))
            .await,
    );
    assert!(page.contains("Bedarfsradar"));
    assert!(
        page.contains("<svg class=\"chart\""),
        "charts drawn on the server"
    );
    assert!(page.contains("<title id=\"chart-months-title\">"));
    // A period that does not read is refused at its field, with the radar of the default period.
    let r = k
        .get(app.url("/verwaltung/bedarf?von=gestern"))
        .send()
        .await
        .expect("bad period");
    assert_eq!(r.status(), 400);
    assert!(
        r.text()
            .await
            .unwrap_or_default()
            .contains("id=\"e-period\"")
    );

    // An AG member reads the radar and its tables, a parent does not.
    add_user(&app, "ag@example.de", "ag_member");
    let ag = signed_in(&app, "ag@example.de").await;
    ag.page("/verwaltung/bedarf").await;
    let r = ag
        .get(app.url("/verwaltung/berichte/tabelle/spur.csv"))
        .send()
        .await
        .expect("trace");
    assert_eq!(
        r.status(),
        403,
        "the report's other tables are the coordinator's"
    );
    let parent = app.session("parent").await;
    let r = parent
        .get(app.url("/verwaltung/bedarf"))
        .send()
        .await
        .expect("radar");
    assert_eq!(r.status(), 403);

    // The public statistics show the same suppression (its period holds today).
    let stats = unescape_html(&app.text("/statistik", 200).await);
    assert!(stats.contains("&lt; 5") || stats.contains("< 5"));
    assert!(
        !stats.contains("zzqxnichtda"),
        "a search made by fewer than 5 is not public"
    );
}

async fn nothing_behind_the_figures_says_who_sent_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A signed-in parent with a recognisable browser sends a report with personal details in it.
    let parent = app.session("parent").await;
    let html = parent.page("/bedarf").await;
    let csrf = form_token(&html);
    let r = parent
        .post(app.url("/bedarf"))
        .header("user-agent", "Wegweiser-Test-Browser/9.9")
        .form(&[
            ("csrf", csrf.as_str()),
            ("category", "wohnen"),
            ("ortsteil", "fennpfuhl"),
            ("ages", "3-5"),
            (
                "text",
                "Wohnung gesucht, bitte an anna.muster@example.org oder 0176 12345678 schreiben",
            ),
        ])
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200);
    assert!(
        r.text()
            .await
            .unwrap_or_default()
            .contains("id=\"need-done\"")
    );
    // Bad input is answered at its field.
    let r = parent
        .post(app.url("/bedarf"))
        .form(&[("csrf", csrf.as_str()), ("category", "gibt-es-nicht")])
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap_or_default()
            .contains("id=\"e-category\"")
    );

    // One sender cannot flood the form: from the fifth report in a row on, they are asked to wait.
    let v = app.visitor_from(50);
    let token = form_token(&v.page("/bedarf").await);
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let r = v
            .post(app.url("/bedarf"))
            .form(&[("csrf", token.as_str()), ("category", "gesundheit")])
            .send()
            .await
            .expect("send");
        let status = r.status().as_u16();
        if status == 429 {
            assert!(
                r.text()
                    .await
                    .unwrap_or_default()
                    .contains("id=\"e-category\"")
            );
        }
        statuses.push(status);
    }
    assert_eq!(statuses[..4], [200, 200, 200, 200], "{statuses:?}");
    assert!(statuses.contains(&429), "{statuses:?}");

    let db = wegweiser_store::Db::connect(&app.database_url)
        .await
        .expect("store");
    for table in [
        "need_report",
        "usage_count",
        "search_miss",
        "need",
        "council_paper",
        "ortsteil_households",
    ] {
        let cols = db.columns_of(table).await.expect("columns");
        assert!(!cols.is_empty(), "{table} exists");
        for (name, kind) in &cols {
            let name = name.to_lowercase();
            for word in [
                "ip", "addr", "session", "account", "agent", "user", "_at", "time", "hour",
            ] {
                assert!(
                    !name.contains(word),
                    "{table}.{name} looks like it holds {word}"
                );
            }
            let kind = kind.to_lowercase();
            assert!(
                !kind.contains("time") && !kind.contains("inet"),
                "{table}.{name} is a {kind}: a time of day or an address"
            );
        }
    }
    let stored = db.untagged_reports(10).await.expect("reports");
    let mine = stored
        .iter()
        .find(|r| r.category == "wohnen" && r.ortsteil == "fennpfuhl")
        .expect("the report");
    assert_eq!(mine.ages, "3-5");
    assert_eq!(mine.day, app.clock.berlin_now().date());
    assert!(!mine.text.contains("anna.muster"), "{}", mine.text);
    assert!(!mine.text.contains("12345678"), "{}", mine.text);
    assert!(mine.text.starts_with("Wohnung gesucht"));
}

async fn a_report_becomes_a_need_with_a_decision_and_a_council_paper(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    assert_eq!(
        report(
            &app,
            1,
            &[
                ("category", "kinderbetreuung"),
                ("ortsteil", "malchow"),
                ("text", "Eine Kita, die um 6 Uhr öffnet"),
            ],
        )
        .await,
        200
    );
    let radar = k.page("/verwaltung/bedarf").await;
    assert!(radar.contains("Eine Kita, die um 6 Uhr öffnet"));
    let id: String = radar
        .split("action=\"/verwaltung/bedarf/meldungen/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a report to assign")
        .to_string();
    let r = k
        .post_form(
            &format!("/verwaltung/bedarf/meldungen/{id}"),
            &[("need", ""), ("title", "Kita am frühen Morgen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let need = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let page = k.page(&need).await;
    assert!(page.contains("Eine Kita, die um 6 Uhr öffnet"));
    assert!(
        !k.page("/verwaltung/bedarf")
            .await
            .contains(&format!("meldungen/{id}\"")),
        "an assigned report no longer waits"
    );

    // A council paper read from an OParl file; a file that is not a paper is refused at its field.
    let r = k
        .post_multipart(
            "/verwaltung/drucksachen",
            &[],
            Some((
                "oparl",
                "x.json",
                b"{\"type\": \"https://schema.oparl.org/1.1/Meeting\"}".to_vec(),
            )),
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap_or_default()
            .contains("id=\"e-oparl\"")
    );
    let oparl = std::fs::read("tests/fixtures/oparl-paper.json").expect("fixture");
    let r = k
        .post_multipart(
            "/verwaltung/drucksachen",
            &[],
            Some(("oparl", "paper.json", oparl)),
        )
        .await;
    assert_eq!(r.status(), 303);
    let papers = unescape_html(&k.page("/verwaltung/drucksachen").await);
    assert!(papers.contains("DS/1234/IX"), "{papers}");

    // Link it to the demo AG's decision and the paper, answer it publicly.
    let page = k.page(&need).await;
    let option = |select: &str, text: &str| -> String {
        let part = page
            .split(&format!("name=\"{select}\""))
            .nth(1)
            .expect(select);
        let before = part.split(text).next().expect(text);
        before
            .rsplit("<option value=\"")
            .next()
            .and_then(|s| s.split('"').next())
            .expect("option")
            .to_string()
    };
    let decision = option("decision", "Betriebe gezielt auf Ausbildung in Teilzeit");
    let paper = option("paper", "DS/1234/IX");
    let r = k
        .post_form(
            &format!("{need}/verknuepfen"),
            &[("decision", &decision), ("paper", &paper)],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = k
        .post_form(
            &need,
            &[
                ("title", "Kita am frühen Morgen"),
                ("answer", "Zwei Kitas in Malchow öffnen ab März um 6 Uhr."),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let public = unescape_html(&app.text("/bedarf", 200).await);
    assert!(public.contains("Zwei Kitas in Malchow öffnen ab März um 6 Uhr."));
    assert!(
        !public.contains("Eine Kita, die um 6 Uhr öffnet"),
        "the report's text stays internal"
    );

    // The printed report traces it: the need, the decision, the paper.
    let doc = unescape_html(&k.page("/verwaltung/berichte/druck").await);
    let trace = doc
        .split("id=\"h-trace\"")
        .nth(1)
        .expect("the trace section");
    assert!(trace.contains("Kita am frühen Morgen"));
    assert!(trace.contains("Betriebe gezielt auf Ausbildung in Teilzeit"));
    assert!(trace.contains("DS/1234/IX"));
    let spur = csv_rows(
        &k.get(app.url("/verwaltung/berichte/tabelle/spur.csv"))
            .send()
            .await
            .expect("csv")
            .text()
            .await
            .expect("body"),
    );
    let row: HashMap<&str, &str> = spur[0]
        .iter()
        .map(String::as_str)
        .zip(
            spur.iter()
                .find(|r| r[0] == "Kita am frühen Morgen")
                .expect("the need's row")
                .iter()
                .map(String::as_str),
        )
        .collect();
    assert_eq!(row["Meldungen"], "< 5");
    assert!(row["Drucksache der BVV"].starts_with("DS/1234/IX"));

    // Households per Ortsteil: a figure that does not read is refused at its Ortsteil; a good one
    // shows in the radar.
    let r = k
        .post_form(
            "/verwaltung/bedarf/haushalte",
            &[
                ("ortsteil", "malchow"),
                ("count", "viele"),
                ("year", "2025"),
                ("source", "Bezirksamt"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap_or_default();
    assert!(body.contains("id=\"e-malchow\""));
    assert!(body.contains("value=\"viele\""), "what was typed stays");
    let r = k
        .post_form(
            "/verwaltung/bedarf/haushalte",
            &[
                ("ortsteil", "malchow"),
                ("count", "1234"),
                ("year", "2025"),
                ("source", "Bezirksamt (Test)"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let radar = unescape_html(&k.page("/verwaltung/bedarf").await);
    let households = radar
        .split("Haushalte Alleinerziehender</th>")
        .nth(1)
        .expect("a households row");
    assert!(
        households
            .split("</tr>")
            .next()
            .unwrap_or("")
            .contains("1.234")
    );

    // Merging: a second need's reports move over, the second need goes.
    let r = k
        .post_form("/verwaltung/bedarf/neu", &[("title", "Frühbetreuung")])
        .await;
    let other = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let other_id = other.rsplit('/').next().expect("id").to_string();
    let r = k
        .post_form(&format!("{need}/zusammenfuehren"), &[("from", &other_id)])
        .await;
    assert_eq!(r.status(), 303);
    let r = k.get(app.url(&other)).send().await.expect("gone");
    assert_eq!(r.status(), 404);
}
