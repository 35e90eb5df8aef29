//! Several app instances on one store: a change made through one is findable through every other
//! within 2 seconds, because each follows the store's change log.

use std::time::{Duration, Instant};

use wegweiser_domain::directory::PublicationStatus;
use wegweiser_store::{Db, OfferEdit};

use crate::both_backends;
use crate::support::{Backend, TestApp, fresh_database};

both_backends! {
    edits_reach_every_instance_within_two_seconds => super::edits_reach_every_instance_within_two_seconds;
}

async fn total(app: &TestApp, q: &str) -> u64 {
    app.json(&format!("/api/v1/offers?q={q}"), 200).await["total"]
        .as_u64()
        .unwrap()
}

async fn within_two_seconds(apps: &[&TestApp], what: &str, check: impl AsyncFn(&TestApp) -> bool) {
    let start = Instant::now();
    for app in apps {
        loop {
            if check(app).await {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(2),
                "{what}: not visible on {} after 2 s",
                app.base
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
    eprintln!(
        "{what}: visible on all instances after {} ms",
        start.elapsed().as_millis()
    );
}

async fn edits_reach_every_instance_within_two_seconds(b: Backend) {
    let url = fresh_database(b).await;
    let one = TestApp::spawn_on(&url, true).await;
    let two = TestApp::spawn_on(&url, true).await;
    let v = one.json("/api/v1/offers?q=Kindergeld", 200).await;
    let id = v["items"][0]["id"].as_i64().unwrap();
    assert_eq!(total(&two, "Zauberwort").await, 0);

    // The edit goes into the shared store through the store layer, as the instance handling the edit does.
    let db = Db::connect(&url).await.unwrap();
    let edit = OfferEdit {
        name: Some("Kindergeld – Zauberwort".into()),
        ..Default::default()
    };
    db.save_offer_edit(id, &edit, crate::support::clock().now())
        .await
        .unwrap();
    within_two_seconds(&[&two, &one], "renamed offer", async |app: &TestApp| {
        total(app, "Zauberwort").await == 1
    })
    .await;

    let closed = OfferEdit {
        closed_reason: Some(Some("Umzug der Beratungsstelle".into())),
        ..Default::default()
    };
    db.save_offer_edit(id, &closed, crate::support::clock().now())
        .await
        .unwrap();
    within_two_seconds(&[&two], "temporarily closed", async |app: &TestApp| {
        let v = app.json("/api/v1/offers?q=Zauberwort", 200).await;
        v["items"][0]["temporarily_closed"] == true
    })
    .await;

    let archived = OfferEdit {
        status: Some(PublicationStatus::Archived),
        ..Default::default()
    };
    db.save_offer_edit(id, &archived, crate::support::clock().now())
        .await
        .unwrap();
    within_two_seconds(
        &[&two, &one],
        "archived offer gone",
        async |app: &TestApp| total(app, "Zauberwort").await == 0,
    )
    .await;
    assert_eq!(two.get(&format!("/angebote/{id}")).await.status(), 404);
    assert!(matches!(
        db.save_offer_edit(999_999, &edit, crate::support::clock().now())
            .await,
        Err(wegweiser_store::StoreError::NotFound)
    ));
}

/// What a store holds after the demo load: organisations, chains, events, articles.
async fn demo_counts(url: &str) -> [usize; 4] {
    let db = Db::connect(url).await.unwrap();
    let counts = [
        db.organization_ids().await.unwrap().len(),
        db.published_chains().await.unwrap().len(),
        db.published_events().await.unwrap().len(),
        db.public_articles(None, crate::support::clock().now(), 1000)
            .await
            .unwrap()
            .len(),
    ];
    db.close().await;
    counts
}

/// Two instances started at the same moment with `--demo` on one empty PostgreSQL store load the
/// demo content once (the store's setup lock), not twice. (A SQLite store serves one instance.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_started_together_load_the_demo_once() {
    if crate::support::postgres_admin_url().is_none() {
        return;
    }
    let single = fresh_database(Backend::Postgres).await;
    let app = TestApp::spawn_on(&single, true).await;
    let expected = demo_counts(&single).await;
    drop(app);
    assert!(expected.iter().all(|n| *n > 0), "{expected:?}");
    for _ in 0..3 {
        let shared = fresh_database(Backend::Postgres).await;
        let (one, two) = tokio::join!(
            TestApp::spawn_on(&shared, true),
            TestApp::spawn_on(&shared, true)
        );
        assert_eq!(demo_counts(&shared).await, expected);
        drop((one, two));
    }
}
