//! Bad input: a clear message in the user's language at the right place, the right status, never a
//! 500, and the input shown back escaped.

use crate::both_backends;
use crate::support::{Backend, TestApp, result_ids};

both_backends! {
    search_page_rejects_bad_filters_at_the_field => super::search_page_rejects_bad_filters_at_the_field;
    odd_queries_are_searched_safely => super::odd_queries_are_searched_safely;
    unknown_and_malformed_ids => super::unknown_and_malformed_ids;
    api_errors_are_json_with_a_message => super::api_errors_are_json_with_a_message;
}

async fn search_page_rejects_bad_filters_at_the_field(b: Backend) {
    let app = TestApp::spawn(b).await;
    let long = format!("<script>alert(1)</script>{}", "x".repeat(10_000));
    let html = app
        .text(&format!("/angebote?q={}", urlencode(&long)), 400)
        .await;
    assert!(html.contains("Der Suchtext ist zu lang"), "German message");
    assert!(
        html.contains("id=\"e-q\""),
        "message sits at the search field"
    );
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(!html.contains("<script>alert(1)"), "input must be escaped");
    assert!(
        html.contains(&crate::support::escaped("<script>alert(1)</script>xxx")),
        "what was typed is kept"
    );

    let html = app
        .text(
            "/angebote?category=%3Cb%3Enope&ortsteil=mitte&free=vielleicht&lang=en",
            400,
        )
        .await;
    assert!(
        html.contains(&crate::support::escaped("There is no topic \"<b>nope\"")),
        "escaped, English"
    );
    assert!(
        html.contains("id=\"e-category\"")
            && html.contains("id=\"e-ortsteil\"")
            && html.contains("id=\"e-free\"")
    );
    assert!(html.contains("There is no neighbourhood"));

    let html = app
        .text("/angebote?near=80331&weekday=Funday&sort=nearest", 400)
        .await;
    assert!(html.contains("id=\"e-near\"") && html.contains("Lichtenberger Postleitzahl"));
    assert!(html.contains("id=\"e-weekday\"") && html.contains("ist kein Wochentag"));
    assert!(html.contains("id=\"e-sort\""));
    assert!(
        html.contains("value=\"80331\""),
        "the typed place is kept in its field"
    );
    let html = app.text("/angebote?sort=distance", 400).await;
    assert!(html.contains("Um nach Entfernung zu sortieren"));
}

async fn odd_queries_are_searched_safely(b: Backend) {
    let app = TestApp::spawn(b).await;
    for q in [
        "' OR 1=1 --",
        "\"; DROP TABLE service; --",
        "<img src=x onerror=alert(1)>",
        "%00%01%1F",
        "Beratung\u{0007}",
        "🙂👶",
        "مساعدة",
        "(((",
        "*",
        "~\"",
        "a:b",
        "\u{202E}abc",
    ]
    .into_iter()
    .map(str::to_string)
    // Any length: one endless word, an endless compound, hundreds of words and hyphens.
    .chain([
        "a".repeat(5_000),
        "Elterngeldantragsformularausfüllhilfe".repeat(40),
        "Kita ".repeat(400),
        "Kita-".repeat(400),
        "Erziehungs- und ".repeat(100),
    ]) {
        let q = q.as_str();
        let shown: String = q.chars().take(40).collect();
        let long = q.chars().count() > wegweiser_domain::directory::MAX_QUERY_CHARS;
        let r = app.get(&format!("/angebote?q={}", urlencode(q))).await;
        let status = r.status().as_u16();
        let html = r.text().await.unwrap();
        // Longer than the search takes: told so at the field, in words, not an error page.
        if long {
            assert_eq!(status, 400, "query {shown:?}…");
            assert!(
                html.contains("Der Suchtext ist zu lang"),
                "query {shown:?}…"
            );
        } else {
            assert_eq!(status, 200, "query {shown:?}");
        }
        assert!(
            !html.contains("<img src=x"),
            "unescaped input for {shown:?}"
        );
        let r = app.get(&format!("/api/v1/offers?q={}", urlencode(q))).await;
        let expected = if long { 400 } else { 200 };
        assert_eq!(r.status().as_u16(), expected, "API query {shown:?}");
    }
    // Within the length the search takes, long and odd input is searched.
    for q in [
        "Elterngeldantragsformularausfüllhilfe".repeat(5),
        "Kita ".repeat(40),
        "Kita-".repeat(40),
        "Erziehungs- und ".repeat(12),
        "x".repeat(wegweiser_domain::directory::MAX_QUERY_CHARS),
    ] {
        let r = app.get(&format!("/angebote?q={}", urlencode(&q))).await;
        assert_eq!(r.status(), 200, "query of {} characters", q.chars().count());
    }
    // Control characters are dropped, the words are still found.
    let html = app.text("/angebote?q=%09Beratung%0A", 200).await;
    assert!(!result_ids(&html).is_empty());
    // The tables survived the injection attempt.
    assert!(
        app.json("/api/v1/offers", 200).await["total"]
            .as_u64()
            .unwrap()
            >= 60
    );
    // Repeated parameters: the first one counts.
    assert_eq!(app.get("/angebote?q=a&q=b").await.status(), 200);
    // Wrong method and unknown paths get a page, not a crash.
    let r = app.client.post(app.url("/angebote")).send().await.unwrap();
    assert_eq!(r.status(), 405);
    assert!(r.text().await.unwrap().contains("Nicht erlaubt"));
}

async fn unknown_and_malformed_ids(b: Backend) {
    let app = TestApp::spawn(b).await;
    for path in [
        "/angebote/abc",
        "/angebote/999999",
        "/angebote/-1",
        "/angebote/0",
        "/angebote/1.5",
        "/angebote/99999999999999999999999",
        "/traeger/x",
        "/traeger/424242",
        "/ortsteile/mitte",
        "/kategorien/gibt-es-nicht",
        "/angebote/%3Cscript%3E",
        "/angebote/abc/druck",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 404, "{path}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains("Seite nicht gefunden"),
            "{path}: German message"
        );
        assert!(!html.contains("<script>"), "{path}: escaped");
    }
    let html = app.text("/angebote/%3Cscript%3E", 404).await;
    assert!(html.contains("/angebote/%3Cscript%3E"), "path shown back");
    let html = app.text("/angebote/abc?lang=en", 404).await;
    assert!(html.contains("Page not found"));
}

async fn api_errors_are_json_with_a_message(b: Backend) {
    let app = TestApp::spawn(b).await;
    let v = app
        .json("/api/v1/offers?ortsteil=mitte&per_page=1000", 400)
        .await;
    let errors = v["error"]["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["field"], "ortsteil");
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap()
            .contains("Ortsteil „mitte“")
    );
    assert_eq!(errors[1]["field"], "per_page");
    let v = app.json("/api/v1/offers?category=x&lang=en", 400).await;
    assert!(
        v["error"]["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("There is no topic")
    );
    let v = app.json("/api/v1/offers/abc", 404).await;
    assert_eq!(v["error"]["code"], "not_found");
    let v = app.json("/api/v1/nothing", 404).await;
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("/api/v1/nothing")
    );
    let r = app
        .client
        .delete(app.url("/api/v1/offers"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typos_get_a_suggestion_and_partial_matches() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let html = app.text("/angebote?q=Hebammme+Wartenberg", 200).await;
    assert!(html.contains("Meinten Sie"), "no spelling suggestion");
    assert!(
        html.contains(">hebamme wartenberg</a>"),
        "suggestion keeps the written form"
    );
    assert!(html.contains("Kein Angebot enthält alle Suchwörter"));
    assert!(!result_ids(&html).is_empty());
    let html = app.text("/angebote?q=xyzzyq", 200).await;
    assert!(result_ids(&html).is_empty());
    assert!(
        html.contains("href=\"/notfall\"") && html.contains("zero-help"),
        "zero results offer help"
    );
}

/// A search that finds nothing leads on: to the topics and life-situation chains near its words,
/// or (none near) to the topics with the most offers; a German word is never "corrected" into
/// another ("Sucht" is not "Suche"), and a suggestion always finds something itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_result_leads_to_near_topics_and_chains_and_corrects_no_real_word() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let html = app.text("/angebote?q=Sucht", 200).await;
    assert!(result_ids(&html).is_empty(), "no offer is about addiction");
    assert!(!html.contains("Meinten Sie"), "Sucht is a word, not a typo");
    assert!(html.contains("Die Themen mit den meisten Angeboten:"));
    assert!(html.contains("href=\"/kategorien/beratung\""));
    let html = app.text("/angebote?q=Schwangerschaftstest", 200).await;
    assert!(result_ids(&html).is_empty());
    assert!(html.contains("Vielleicht passt eines dieser Themen:"));
    assert!(html.contains("href=\"/kategorien/schwangerschaft-und-geburt\""));
    assert!(html.contains("Schritt für Schritt durch diese Lebenslagen:"));
    assert!(html.contains("href=\"/wege/schwanger-und-allein\""));
    // English pages say it in English.
    let html = app
        .text("/angebote?q=Schwangerschaftstest&lang=en", 200)
        .await;
    assert!(html.contains("Perhaps one of these topics fits:"));
    // Every suggestion finds something.
    let mut checked = 0;
    for q in [
        "Hebammme+Wartenberg",
        "Kitta+Malchow",
        "Beratnug+Karlshorst",
        "xyzzyq",
    ] {
        let v = app.json(&format!("/api/v1/offers?q={q}"), 200).await;
        if let Some(s) = v["suggestion"].as_str() {
            checked += 1;
            let found = app
                .json(&format!("/api/v1/offers?q={}", urlencode(s)), 200)
                .await;
            assert!(
                found["total"].as_u64().unwrap_or(0) > 0,
                "{q} → {s} finds nothing"
            );
        }
    }
    assert!(checked >= 1, "the misspellings get suggestions");
}
