//! The kept results pages (issue 21): a kept page is the page the server would render, and a change
//! through the server is on its next page, kept or not. The index kept in the data directory: a
//! restart opens it instead of building, with the same answers and what changed meanwhile.

use wegweiser_domain::directory::PublicationStatus;
use wegweiser_store::{Db, OfferEdit};

use crate::both_backends;
use crate::support::{Backend, TestApp, browser_form, form_token, result_ids};

/// Searches as people send them: words in several languages, typos, filters, sorting, later pages,
/// nothing found, an invalid filter.
const SEARCHES: &[&str] = &[
    "/angebote",
    "/angebote?q=Beratung",
    "/angebote?q=Beratung&page=2",
    "/angebote?q=Kita",
    "/angebote?q=kita+gutschein",
    "/angebote?q=Schuldnerberatung",
    "/angebote?q=Unterhaltsvorschus",
    "/angebote?q=Wohngeld&free=1",
    "/angebote?q=Beratung&open_now=1&walk_in=1",
    "/angebote?q=Beratung&sort=distance&near=fennpfuhl&ortsteil=fennpfuhl",
    "/angebote?category=beratung",
    "/angebote?q=childcare&lang=en",
    "/angebote?q=%D0%B4%D0%B5%D1%82%D1%81%D0%BA%D0%B8%D0%B9+%D1%81%D0%B0%D0%B4&lang=ru",
    "/angebote?q=nh%C3%A0+tr%E1%BA%BB&lang=vi",
    "/angebote?q=Zitronenfalterwiese",
    "/angebote?q=Beratung&category=gibtesnicht",
];

/// Each search three times: on a server that keeps no pages, then twice on one that does (made,
/// then served as kept). All three answers are the same, and /metrics counts the kept ones served.
async fn kept_pages_are_the_rendered_pages(backend: Backend) {
    let (plain, kept) = tokio::join!(
        TestApp::spawn_with(backend, &["--results-cache-mb", "0"]),
        TestApp::spawn(backend),
    );
    // The pages name their own address (canonical links): the two servers differ only there.
    let text = |app: &TestApp, body: String| body.replace(&app.base, "http://server");
    for path in SEARCHES {
        let a = plain.get(path).await;
        let status = a.status().as_u16();
        let a = text(&plain, a.text().await.unwrap());
        let b = kept.get(path).await;
        assert_eq!(b.status().as_u16(), status, "{path}");
        let b = text(&kept, b.text().await.unwrap());
        let c = text(&kept, kept.get(path).await.text().await.unwrap());
        assert_eq!(a, b, "{path}: the first answer of the keeping server");
        assert_eq!(a, c, "{path}: the kept answer");
    }
    let metrics = kept.text("/metrics", 200).await;
    let hits = counter(&metrics, "results_pages_kept_hits_total");
    // Each search's second request is a hit unless the minute turned between the two.
    assert!(
        hits >= (SEARCHES.len() as u64 - 1) / 2,
        "hits {hits} of {} second requests",
        SEARCHES.len()
    );
    assert!(counter(&metrics, "results_pages_kept_misses_total") >= SEARCHES.len() as u64 - 1);
    let plain_metrics = plain.text("/metrics", 200).await;
    assert_eq!(
        counter(&plain_metrics, "results_pages_kept_hits_total"),
        0,
        "a server told to keep none serves none"
    );
}

fn counter(metrics: &str, name: &str) -> u64 {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(name)?.trim().parse::<f64>().ok())
        .map_or(0, |v| v as u64)
}

/// A kept page of a search that found nothing, then an editor writes the word into an offer: the
/// next search (the answer to the edit has come back) finds the offer, and so does its page.
async fn an_edit_is_on_the_next_results_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let word = "Zitronenfalterwiese";
    let before = app.text(&format!("/angebote?q={word}"), 200).await;
    assert!(result_ids(&before).is_empty());
    assert_eq!(
        app.text(&format!("/angebote?q={word}"), 200).await,
        before,
        "kept"
    );
    let c = app.session("coordinator").await;
    let found = app
        .json(
            "/api/v1/offers?q=Anlauf-+und+Beratungsstelle&per_page=1",
            200,
        )
        .await;
    let offer = found["items"][0]["id"].as_i64().unwrap();
    let path = format!("/verwaltung/angebote/{offer}");
    let html = c.page(&path).await;
    let mut fields = browser_form(&html, &path);
    fields.retain(|(k, _)| k != "csrf" && k != "summary");
    fields.push(("csrf".into(), form_token(&html)));
    fields.push((
        "summary".into(),
        format!("Beratung zu allem, was Alleinerziehende bewegt, auch auf der {word}."),
    ));
    let r = c.post(app.url(&path)).form(&fields).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let after = app.text(&format!("/angebote?q={word}"), 200).await;
    assert_eq!(
        result_ids(&after),
        vec![offer],
        "found at once after the edit"
    );
    let offer_page = app.text(&format!("/angebote/{offer}"), 200).await;
    assert!(offer_page.contains(word), "the offer's page shows the edit");
}

/// Searches whose answers a restart must not change (the API's JSON: every field of every hit).
const UNCHANGED: &[&str] = &[
    "/api/v1/offers?q=Beratung&per_page=50",
    "/api/v1/offers?q=Kita",
    "/api/v1/offers?q=Unterhaltsvorschus",
    "/api/v1/offers?q=%C3%87ocuk+bak%C4%B1m%C4%B1",
    "/api/v1/offers?category=kinderbetreuung&per_page=50",
    "/api/v1/offers?q=Beratung&sort=distance&near=fennpfuhl",
    "/api/v1/offers?per_page=50&page=2",
];

/// The offers an answer lists, by id, with its total: the order of equal matches may differ once
/// offers were edited, as an edited index still counts the replaced versions in its word
/// statistics until it merges them away.
fn offers_found(v: &serde_json::Value, leaving_out: &[i64]) -> (serde_json::Value, Vec<i64>) {
    let mut ids: Vec<i64> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["id"].as_i64())
        .filter(|id| !leaving_out.contains(id))
        .collect();
    ids.sort_unstable();
    (v["total"].clone(), ids)
}

/// A server stops at once (as in a crash) and starts again: it opens the index from its data
/// directory (no build on /metrics) and answers exactly as before. Stopped again, an offer is
/// renamed and another archived in the store; the next start applies both before it is ready. With
/// the kept index broken, the next start builds a fresh one that finds the same offers.
async fn a_restart_opens_the_kept_index(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    assert_eq!(
        counter(
            &app.text("/metrics", 200).await,
            "search_index_builds_total"
        ),
        1
    );
    let mut before = Vec::new();
    for path in UNCHANGED {
        before.push(app.json(path, 200).await);
    }
    let id = |v: &serde_json::Value| v["items"][0]["id"].as_i64().unwrap();
    let renamed = id(&app.json("/api/v1/offers?q=Kindergeld", 200).await);
    let archived = id(&app.json("/api/v1/offers?q=Wohngeld", 200).await);
    app.stop();

    let mut again = app.start_again().await;
    let metrics = again.text("/metrics", 200).await;
    assert_eq!(
        counter(&metrics, "search_index_builds_total"),
        0,
        "opened, not built"
    );
    assert_eq!(counter(&metrics, "search_index_opened_total"), 1);
    for (path, was) in UNCHANGED.iter().zip(&before) {
        assert_eq!(&again.json(path, 200).await, was, "{path}");
    }
    again.stop();

    let db = Db::connect(&app.database_url).await.unwrap();
    let now = crate::support::clock().now();
    let rename = OfferEdit {
        name: Some("Kindergeld – Zauberwort".into()),
        ..Default::default()
    };
    db.save_offer_edit(renamed, &rename, now).await.unwrap();
    let archive = OfferEdit {
        status: Some(PublicationStatus::Archived),
        ..Default::default()
    };
    db.save_offer_edit(archived, &archive, now).await.unwrap();
    db.close().await;

    let mut third = again.start_again().await;
    assert_eq!(
        counter(
            &third.text("/metrics", 200).await,
            "search_index_builds_total"
        ),
        0
    );
    let found = third.json("/api/v1/offers?q=Zauberwort", 200).await;
    assert_eq!(found["total"], 1, "the renamed offer is found at once");
    assert_eq!(id(&found), renamed);
    let wohngeld = third
        .json("/api/v1/offers?q=Wohngeld&per_page=50", 200)
        .await;
    assert!(
        !offers_found(&wohngeld, &[]).1.contains(&archived),
        "the archived offer is not found"
    );
    let mut after = Vec::new();
    for (path, was) in UNCHANGED.iter().zip(&before) {
        let now = third.json(path, 200).await;
        let edited = [renamed, archived];
        assert_eq!(
            offers_found(&now, &edited).1,
            offers_found(was, &edited).1,
            "{path}"
        );
        after.push(now);
    }
    third.stop();

    // A broken index is built afresh.
    for dir in std::fs::read_dir(third.data_dir.join("search")).unwrap() {
        std::fs::write(dir.unwrap().path().join("meta.json"), "{ broken").unwrap();
    }
    let fourth = third.start_again().await;
    let metrics = fourth.text("/metrics", 200).await;
    assert_eq!(counter(&metrics, "search_index_builds_total"), 1, "built");
    for (path, was) in UNCHANGED.iter().zip(&after) {
        assert_eq!(
            offers_found(&fourth.json(path, 200).await, &[]),
            offers_found(was, &[]),
            "{path}"
        );
    }
    assert_eq!(
        fourth.json("/api/v1/offers?q=Zauberwort", 200).await["total"],
        1
    );
}

/// Restored from a backup taken before an edit (into an empty store, as `restore` requires), a
/// server started with its data directory of after the edit does not open the index, which holds
/// the edit the store never saw: it builds a fresh one.
async fn an_index_ahead_of_a_restored_store_is_built_afresh(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    let archive = crate::support::temp_dir().join("before.wwbak");
    let wegweiser = |action: &str, url: &str| {
        let (ok, err) = crate::backup::run(action, url, &archive);
        assert!(ok, "{action}: {err}");
    };
    wegweiser("backup", &app.database_url);
    let id = rename_kindergeld(&app).await;
    assert!(finds_zauberwort(&app).await, "the edit reached the index");
    app.stop();

    let restored = crate::support::fresh_database(backend).await;
    wegweiser("restore", &restored);
    let again = app.start_again_on(&restored).await;
    let metrics = again.text("/metrics", 200).await;
    assert_eq!(
        counter(&metrics, "search_index_builds_total"),
        1,
        "built afresh"
    );
    assert_eq!(
        again.json("/api/v1/offers?q=Zauberwort", 200).await["total"],
        0
    );
    assert_eq!(
        id_of(&again.json("/api/v1/offers?q=Kindergeld", 200).await),
        id
    );
}

/// Renames the Kindergeld offer to "Kindergeld – Zauberwort" in the store (as another instance
/// would); its id.
async fn rename_kindergeld(app: &TestApp) -> i64 {
    let id = id_of(&app.json("/api/v1/offers?q=Kindergeld", 200).await);
    let db = Db::connect(&app.database_url).await.unwrap();
    let rename = OfferEdit {
        name: Some("Kindergeld – Zauberwort".into()),
        ..Default::default()
    };
    db.save_offer_edit(id, &rename, crate::support::clock().now())
        .await
        .unwrap();
    db.close().await;
    id
}

/// Whether a search for "Zauberwort" finds the renamed offer within 4 s.
async fn finds_zauberwort(app: &TestApp) -> bool {
    for _ in 0..40 {
        if app.json("/api/v1/offers?q=Zauberwort", 200).await["total"] == 1 {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    false
}

fn id_of(v: &serde_json::Value) -> i64 {
    v["items"][0]["id"].as_i64().unwrap()
}

/// Two instances on one store and one data directory (as behind a load balancer, sharing the
/// outbox): the second builds an index of its own beside the first's, and an edit in the store
/// is found through both (the first's index is neither taken nor removed).
async fn instances_sharing_a_data_directory_keep_their_own_index(backend: Backend) {
    let first = TestApp::spawn(backend).await;
    let second = first.start_again_on(&first.database_url).await;
    rename_kindergeld(&first).await;
    for app in [&first, &second] {
        assert!(
            finds_zauberwort(app).await,
            "the edit is found through {}\n{}",
            app.base,
            app.log()
        );
    }
    let kept = std::fs::read_dir(first.data_dir.join("search"))
        .unwrap()
        .count();
    assert_eq!(kept, 2, "one index each");
}

both_backends! {
    kept_pages_are_the_rendered_pages => super::kept_pages_are_the_rendered_pages;
    an_edit_is_on_the_next_results_page => super::an_edit_is_on_the_next_results_page;
    a_restart_opens_the_kept_index => super::a_restart_opens_the_kept_index;
    an_index_ahead_of_a_restored_store_is_built_afresh => super::an_index_ahead_of_a_restored_store_is_built_afresh;
    instances_sharing_a_data_directory_keep_their_own_index => super::instances_sharing_a_data_directory_keep_their_own_index;
}
