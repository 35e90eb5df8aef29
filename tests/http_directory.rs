//! The directory as a parent and an app see it: pages and the JSON API over HTTP.

use serde_json::Value;

use crate::both_backends;
use crate::support::{Backend, TestApp, result_ids};

both_backends! {
    home_shows_topics_ortsteile_and_help => super::home_shows_topics_ortsteile_and_help;
    language_from_query_cookie_and_header => super::language_from_query_cookie_and_header;
    fennpfuhl_free_counselling_journey => super::fennpfuhl_free_counselling_journey;
    api_and_pages_agree => super::api_and_pages_agree;
    only_current_published_offers_are_public => super::only_current_published_offers_are_public;
    nearest_offers_come_first => super::nearest_offers_come_first;
    zero_result_searches_are_counted_anonymously => super::zero_result_searches_are_counted_anonymously;
    confidential_address_never_leaves_the_server => super::confidential_address_never_leaves_the_server;
    every_topic_and_ortsteil_has_offers => super::every_topic_and_ortsteil_has_offers;
    pages_load_nothing_from_other_hosts => super::pages_load_nothing_from_other_hosts;
    demo_does_not_touch_a_store_with_content => super::demo_does_not_touch_a_store_with_content;
}

#[tokio::test]
async fn a_place_opens_in_a_map_app_only_when_asked() {
    let app = TestApp::spawn(crate::support::Backend::Sqlite).await;
    let offers = app
        .json(
            "/api/v1/offers?q=Anlauf-+und+Beratungsstelle&per_page=1",
            200,
        )
        .await;
    let id = offers["items"][0]["id"]
        .as_i64()
        .expect("the office's drop-in centre");
    let html = app.text(&format!("/angebote/{id}"), 200).await;
    // Links only: nothing is loaded from the map service unless the person taps one.
    assert!(
        html.contains("<a href=\"geo:52.572500,13.498500?q=52.572500,13.498500(Nachbarschaftshaus%20im%20Ostseeviertel)\">"),
        "a geo: link for the phone's map app"
    );
    assert!(html.contains(
        "<a href=\"https://www.openstreetmap.org/?mlat=52.572500&#38;mlon=13.498500#map=18/52.572500/13.498500\" rel=\"noopener noreferrer\">OpenStreetMap</a>"
    ));
    assert!(
        !html.contains("<img") && !html.contains("src=\"https://"),
        "no map tiles loaded"
    );
    // The nearest stop, where the data has one.
    let balance = app.json("/api/v1/offers?q=BALANCE&per_page=1", 200).await;
    let id = balance["items"][0]["id"]
        .as_i64()
        .expect("an offer at FPZ BALANCE");
    let html = app.text(&format!("/angebote/{id}"), 200).await;
    assert!(html.contains("Tram M5 Oberseestraße"), "the stop is named");
}

#[tokio::test]
async fn chosen_filters_show_as_chips_and_an_empty_result_says_which_to_drop() {
    let app = TestApp::spawn(crate::support::Backend::Sqlite).await;
    let html = app
        .text(
            "/angebote?q=beratung&category=beratung&free=1&sort=relevance",
            200,
        )
        .await;
    // The filters fold into one control that counts them (the words and the order are no filter).
    assert!(
        html.contains("<details class=\"filter-panel\">"),
        "folded when nothing is wrong"
    );
    assert!(html.contains("<summary>Filter (2)</summary>"));
    for (label, without) in [
        (
            "kostenlos",
            "/angebote?q=beratung&#38;category=beratung&#38;sort=relevance",
        ),
        (
            "Thema: Beratung",
            "/angebote?q=beratung&#38;free=1&#38;sort=relevance",
        ),
    ] {
        let chip = format!(
            "<a href=\"{without}\" aria-label=\"Filter entfernen: {label}\">{label} <span aria-hidden=\"true\">×</span></a>"
        );
        assert!(html.contains(&chip), "chip {label}: {chip}");
    }
    // Nothing found: the filter that stands in the way is named, with what it hides.
    let mut checked = 0;
    for ortsteil in [
        "malchow",
        "wartenberg",
        "falkenberg",
        "rummelsburg",
        "karlshorst",
    ] {
        let path = format!("/angebote?q=elterngeld&ortsteil={ortsteil}");
        let html = app.text(&path, 200).await;
        if !html.contains(">Keine Angebote gefunden<") {
            continue;
        }
        assert!(html.contains("Ohne einen von ihnen finden Sie"), "{path}");
        assert!(
            html.contains("<a href=\"/angebote?q=elterngeld\">ohne „Ortsteil:"),
            "{path}: names the Ortsteil"
        );
        checked += 1;
        // Two filters, neither alone to blame: what the words find without any.
        let path = format!("{path}&childcare=1&wheelchair=1");
        let html = app.text(&path, 200).await;
        if html.contains(">Keine Angebote gefunden<") && !html.contains("ohne „Ortsteil:") {
            assert!(html.contains("ohne „alle Filter“"), "{path}");
        }
    }
    assert!(checked > 0, "no empty result among the tried searches");
    // A bad filter opens the panel, so the message is seen where it belongs.
    let r = app.get("/angebote?category=gibt-es-nicht").await;
    assert_eq!(r.status(), 400);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("<details class=\"filter-panel\" open>")
    );
}

async fn home_shows_topics_ortsteile_and_help(b: Backend) {
    let app = TestApp::spawn(b).await;
    let html = app.text("/", 200).await;
    assert!(html.contains("<html lang=\"de\" dir=\"ltr\">"));
    for needle in [
        "Beratung",
        "Kinderbetreuung",
        "Krise und Notfall",
        "Fennpfuhl",
        "Neu-Hohenschönhausen",
    ] {
        assert!(html.contains(needle), "home page lacks {needle}");
    }
    // Emergency numbers and the quick exit are on every page.
    for path in [
        "/",
        "/angebote",
        "/kategorien",
        "/ortsteile/karlshorst",
        "/notfall",
        "/gibt-es-nicht",
    ] {
        let r = app.get(path).await;
        let page = r.text().await.unwrap();
        assert!(
            page.contains("116 016"),
            "{path} lacks the violence helpline"
        );
        assert!(
            page.contains("data-quick-exit"),
            "{path} lacks the quick exit"
        );
        assert!(
            page.contains("href=\"/notfall\""),
            "{path} lacks the emergency link"
        );
    }
    assert!(html.contains("Seite schnell verlassen"));
}

async fn language_from_query_cookie_and_header(b: Backend) {
    let app = TestApp::spawn(b).await;
    let r = app.get("/angebote?q=kita&lang=en").await;
    let cookie = r
        .headers()
        .get("set-cookie")
        .expect("language cookie")
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cookie.starts_with("lang=en;") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let html = r.text().await.unwrap();
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("Find support"));
    // The page links to itself in German, keeping the search.
    assert!(
        html.contains("href=\"/angebote?q=kita&#38;lang=de\""),
        "no German link keeping the query"
    );
    let r = app
        .client
        .get(app.url("/"))
        .header("cookie", "lang=en")
        .send()
        .await
        .unwrap();
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Help for single parents in Lichtenberg")
    );
    let r = app
        .client
        .get(app.url("/"))
        .header("accept-language", "en-GB,en;q=0.8,de;q=0.5")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("lang=\"en\""));
    // The query beats the cookie; an unknown language falls back to German.
    let r = app
        .client
        .get(app.url("/?lang=de"))
        .header("cookie", "lang=en")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("lang=\"de\""));
    assert!(app.text("/?lang=xx", 200).await.contains("lang=\"de\""));
}

async fn fennpfuhl_free_counselling_journey(b: Backend) {
    let app = TestApp::spawn(b).await;
    let html = app
        .text("/angebote?category=beratung&ortsteil=fennpfuhl&free=1", 200)
        .await;
    let ids = result_ids(&html);
    assert!(!ids.is_empty(), "no free counselling in Fennpfuhl");
    assert!(html.contains("Offene Familien- und Sozialberatung"));
    let id = ids[0];
    let detail = app.text(&format!("/angebote/{id}"), 200).await;
    for needle in [
        "Offene Familien- und Sozialberatung",
        "Dienstag",
        "10:00–13:00",
        "Donnerstag",
        "14:00–18:00",
        "Beispielstraße 1",
        "10369 Berlin",
        "kostenlos",
        "Beispiel-Eintrag",
        "<svg",
    ] {
        assert!(detail.contains(needle), "detail page lacks {needle}");
    }
    assert!(detail.contains("href=\"/ortsteile/fennpfuhl\""));
    let en = app.text(&format!("/angebote/{id}?lang=en"), 200).await;
    for needle in [
        "Open family and social counselling",
        "Tuesday",
        "10:00–13:00",
        "Beispielstraße 1",
        "free of charge",
        "Opening hours",
    ] {
        assert!(en.contains(needle), "English detail page lacks {needle}");
    }
    let print = app.text(&format!("/angebote/{id}/druck"), 200).await;
    assert!(print.contains("Beispielstraße 1") && print.contains("10:00–13:00"));
}

async fn api_ids(app: &TestApp, query: &str) -> (u64, Vec<i64>, Value) {
    let v = app
        .json(&format!("/api/v1/offers?per_page=100&{query}"), 200)
        .await;
    let ids = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    (v["total"].as_u64().unwrap(), ids, v)
}

async fn api_and_pages_agree(b: Backend) {
    let app = TestApp::spawn(b).await;
    let queries = [
        "",
        "q=beratung",
        "category=beratung&ortsteil=fennpfuhl&free=1",
        "category=kinderbetreuung",
        "language=ar",
        "wheelchair=1&childcare=1",
        "q=Kita&category=kinderbetreuung",
        "ortsteil=alt-hohenschoenhausen&category=schwangerschaft-und-geburt",
        "q=Muehle",
        "open_now=1",
        "walk_in=1&evening=1",
        "weekday=6",
        "weekend=1&childcare=1",
        "near=10369",
        "near=Karlshorst&category=beratung",
        "near=10318&sort=relevance&q=beratung",
    ];
    for q in queries {
        let (total, api, v) = api_ids(&app, q).await;
        let html = app.text(&format!("/angebote?per_page=100&{q}"), 200).await;
        assert_eq!(result_ids(&html), api, "page and API differ for {q:?}");
        assert_eq!(api.len() as u64, total, "total for {q:?}");
        // A facet count says how many results choosing that value would leave.
        if let Some(obj) = v["facets"]["category"].as_object() {
            for (slug, n) in obj.iter().take(3) {
                let sep = if q.is_empty() { "" } else { "&" };
                let narrowed: String = q
                    .split('&')
                    .filter(|p| !p.starts_with("category="))
                    .collect::<Vec<_>>()
                    .join("&");
                let (t2, _, _) = api_ids(&app, &format!("{narrowed}{sep}category={slug}")).await;
                assert_eq!(Some(t2), n.as_u64(), "facet {slug} for {q:?}");
            }
        }
    }
    let (all, _, _) = api_ids(&app, "").await;
    assert!(all >= 60, "demo must list at least 60 offers, lists {all}");
}

async fn nearest_offers_come_first(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (_, _, v) = api_ids(&app, "near=10318").await;
    let items = v["items"].as_array().unwrap();
    let distances: Vec<Option<f64>> = items.iter().map(|i| i["distance_km"].as_f64()).collect();
    let known: Vec<f64> = distances.iter().flatten().copied().collect();
    assert!(
        known.windows(2).all(|w| w[0] <= w[1]),
        "not sorted by distance: {known:?}"
    );
    let first_unknown = distances
        .iter()
        .position(Option::is_none)
        .unwrap_or(distances.len());
    assert!(
        distances[first_unknown..].iter().all(Option::is_none),
        "offers without a place come last"
    );
    assert!(
        items[0]["ortsteile"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o == "karlshorst")
    );
    let html = app.text("/angebote?near=10318", 200).await;
    assert!(html.contains("km entfernt"));
    // Saturday filter: every result has Saturday hours (or is always reachable).
    let (_, _, v) = api_ids(&app, "weekday=6").await;
    for i in v["items"].as_array().unwrap() {
        let weekly = i["hours"]["weekly"].as_array().unwrap();
        assert!(
            i["hours"]["always_open"] == true || weekly.iter().any(|s| s["weekday"] == 6),
            "{}",
            i["name"]["de"]
        );
    }
}

async fn only_current_published_offers_are_public(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (total, _, _) = api_ids(&app, "").await;
    let mut ok = 0;
    let mut missing = 0;
    for id in 1..=80 {
        match app
            .get(&format!("/api/v1/offers/{id}"))
            .await
            .status()
            .as_u16()
        {
            200 => ok += 1,
            404 => missing += 1,
            s => panic!("offer {id}: status {s}"),
        }
    }
    assert_eq!(ok, total, "every listed offer has a detail, nothing else");
    assert_eq!(missing, 80 - total);
    // The draft, the ended and the future offer are in the demo but not public.
    // (Their words may find other offers: "Elternschule" finds schools when the search relaxes.)
    for q in ["Elternschule", "Sommerfest", "Pflegefachkraft"] {
        let v = app
            .json(&format!("/api/v1/offers?q={q}&per_page=50"), 200)
            .await;
        let names: Vec<&str> = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["name"]["de"].as_str())
            .collect();
        assert!(
            !names.iter().any(|n| n.contains(q)),
            "{q} must not be listed: {names:?}"
        );
    }
    // A temporarily closed offer stays listed and says so.
    let html = app.text("/angebote?q=Schwimmen", 200).await;
    assert_eq!(result_ids(&html).len(), 1);
    assert!(html.contains("Vorübergehend geschlossen") && html.contains("Das Bad wird saniert"));
}

async fn confidential_address_never_leaves_the_server(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (_, ids, v) = api_ids(&app, "q=Schutzwohnung").await;
    assert_eq!(
        v["items"][0]["name"]["de"], "Schutzwohnung für Frauen und Kinder",
        "the shelter ranks first"
    );
    let id = ids[0];
    // No "open in a map app" link for a place that must stay secret.
    let shelter = app.text(&format!("/angebote/{id}"), 200).await;
    assert!(!shelter.contains("geo:") && !shelter.contains("openstreetmap.org"));
    let mut bodies = vec![
        app.text(&format!("/angebote/{id}"), 200).await,
        app.text(&format!("/angebote/{id}/druck"), 200).await,
        app.text(&format!("/api/v1/offers/{id}"), 200).await,
        app.text("/angebote?q=Schutzwohnung", 200).await,
        app.text("/angebote?per_page=100", 200).await,
        app.text("/ortsteile/lichtenberg", 200).await,
        app.text("/kategorien/krise-und-notfall", 200).await,
    ];
    for page in 1..=2 {
        bodies.push(
            app.text(&format!("/api/v1/offers?per_page=50&page={page}"), 200)
                .await,
        );
    }
    for body in &bodies {
        for secret in ["Geheime Straße", "Geheime Stra\\u00dfe", "52.515", "13.485"] {
            assert!(
                !body.contains(secret),
                "confidential data {secret:?} leaked"
            );
        }
    }
    assert!(
        bodies[0].contains("BIG Hotline"),
        "the way to make contact is shown"
    );
}

async fn every_topic_and_ortsteil_has_offers(b: Backend) {
    let app = TestApp::spawn(b).await;
    let v = app.json("/api/v1/offers?per_page=1", 200).await;
    let cats = app.json("/api/v1/categories", 200).await;
    for c in cats.as_array().unwrap() {
        let slug = c["slug"].as_str().unwrap();
        assert!(
            v["facets"]["category"][slug].as_u64().unwrap_or(0) > 0,
            "no offer in {slug}"
        );
        assert_eq!(app.get(&format!("/kategorien/{slug}")).await.status(), 200);
    }
    let ortsteile = app.json("/api/v1/ortsteile", 200).await;
    assert_eq!(ortsteile.as_array().unwrap().len(), 10);
    for o in ortsteile.as_array().unwrap() {
        let slug = o["slug"].as_str().unwrap();
        assert!(
            v["facets"]["ortsteil"][slug].as_u64().unwrap_or(0) > 0,
            "no offer in {slug}"
        );
        let page = app.text(&format!("/ortsteile/{slug}"), 200).await;
        assert!(!result_ids(&page).is_empty());
    }
}

/// Every resource a page loads comes from this server; the CSP forbids anything else.
async fn pages_load_nothing_from_other_hosts(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (_, ids, _) = api_ids(&app, "").await;
    let org = app.json(&format!("/api/v1/offers/{}", ids[0]), 200).await["organization"]["id"]
        .as_i64()
        .unwrap();
    let paths = [
        "/".to_string(),
        "/angebote?q=beratung".into(),
        format!("/angebote/{}", ids[0]),
        format!("/angebote/{}/druck", ids[0]),
        format!("/traeger/{org}"),
        "/ortsteile".into(),
        "/ortsteile/fennpfuhl".into(),
        "/kategorien".into(),
        "/kategorien/beratung".into(),
        "/notfall".into(),
        "/nicht-da".into(),
    ];
    for p in &paths {
        let r = app.get(p).await;
        let csp = r
            .headers()
            .get("content-security-policy")
            .expect("CSP")
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        let html = r.text().await.unwrap();
        for attr in [
            " src=\"",
            "<link rel=\"stylesheet\" href=\"",
            "<link rel=\"icon\" href=\"",
            "url(",
        ] {
            for part in html.split(attr).skip(1) {
                assert!(
                    part.starts_with('/'),
                    "{p} loads {attr}{}",
                    &part[..part.len().min(60)]
                );
            }
        }
        assert!(
            !html.contains("style=\""),
            "{p} has inline styles the CSP would block"
        );
        assert!(
            !html.contains("<script>"),
            "{p} has an inline script the CSP would block"
        );
    }
}

async fn demo_does_not_touch_a_store_with_content(b: Backend) {
    let mut app = TestApp::spawn(b).await;
    let before = app.json("/api/v1/offers?per_page=1", 200).await["total"]
        .as_u64()
        .unwrap();
    let url = app.database_url.clone();
    assert!(app.terminate().success());
    let again = TestApp::spawn_on(&url, true).await;
    let after = again.json("/api/v1/offers?per_page=1", 200).await["total"]
        .as_u64()
        .unwrap();
    assert_eq!(before, after);
    let org_ids: Vec<i64> = {
        let v = again.json("/api/v1/offers?per_page=100", 200).await;
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["organization"]["id"].as_i64().unwrap())
            .collect()
    };
    assert!(
        org_ids.iter().all(|id| *id <= 29),
        "organisations were inserted twice"
    );
}

async fn zero_result_searches_are_counted_anonymously(b: Backend) {
    let app = TestApp::spawn(b).await;
    app.text("/angebote?q=Reitstall+f%C3%BCr+Kinder", 200).await;
    app.text("/angebote?q=reitstall%20F%C3%BCR%20kinder", 200)
        .await;
    app.json(
        "/api/v1/offers?q=Reitstall+f%C3%BCr+Kinder+anna%40example.org+01761234567",
        200,
    )
    .await;
    app.text("/angebote?q=Beratung", 200).await;
    let db = wegweiser_store::Db::connect(&app.database_url)
        .await
        .unwrap();
    let mut misses = Vec::new();
    for _ in 0..40 {
        misses = db.search_misses().await.unwrap();
        if misses.iter().map(|m| m.2).sum::<i64>() >= 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let queries: Vec<(&str, i64)> = misses.iter().map(|m| (m.0.as_str(), m.2)).collect();
    assert_eq!(queries, [("reitstall für kinder", 3)], "misses: {misses:?}");
}
