//! The needs radar's store on both backends (issue 19): the district-wide daily limit of needs
//! reports holds under a parallel burst; counts flushed by several instances at once add up
//! exactly; housekeeping clears old free text and drops counts past their time.

use chrono::{Duration, NaiveDate};
use wegweiser_domain::needs::{
    COUNTS_DAYS, NeedReport, REPORT_TEXT_DAYS, REPORTS_PER_DAY, UsageKey, UsageKind,
};
use wegweiser_store::{Db, StoreError};

use crate::both_backends;
use crate::support::{Backend, fresh_database};

both_backends! {
    the_daily_limit_and_the_counts_hold_under_a_burst => super::the_daily_limit_and_the_counts_hold_under_a_burst;
    housekeeping_keeps_counts_and_drops_old_text => super::housekeeping_keeps_counts_and_drops_old_text;
    merges_in_both_directions_at_once_keep_every_report => super::merges_in_both_directions_at_once_keep_every_report;
}

async fn open(b: Backend) -> Db {
    let db = Db::connect(&fresh_database(b).await)
        .await
        .expect("connect");
    db.migrate().await.expect("migrate");
    db
}

fn day() -> NaiveDate {
    crate::support::clock().berlin_now().date()
}

fn report(text: &str) -> NeedReport {
    NeedReport {
        category: "wohnen".into(),
        ortsteil: "malchow".into(),
        ages: String::new(),
        text: text.into(),
    }
}

async fn the_daily_limit_and_the_counts_hold_under_a_burst(backend: Backend) {
    let db = open(backend).await;
    let over = 20;
    let mut tasks = Vec::new();
    for i in 0..(REPORTS_PER_DAY + over) {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            db.add_need_report(&report(&format!("Meldung {i}")), day())
                .await
        }));
    }
    let (mut ok, mut full) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => ok += 1,
            Err(StoreError::Full { .. }) => full += 1,
            Err(e) => panic!("unexpected: {e}"),
        }
    }
    assert_eq!(ok, REPORTS_PER_DAY, "exactly the day's limit is stored");
    assert_eq!(full, over);
    let counted: i64 = db
        .need_report_counts(day(), day())
        .await
        .expect("counts")
        .iter()
        .map(|(_, _, _, n)| n)
        .sum();
    assert_eq!(counted, REPORTS_PER_DAY);
    // The next day has its own limit.
    db.add_need_report(&report("morgen"), day() + Duration::days(1))
        .await
        .expect("a new day");

    // Eight instances flush their counts at once: the store adds them up exactly.
    let key = |kind| UsageKey {
        day: day(),
        kind,
        category: "wohnen".into(),
        ortsteil: "malchow".into(),
    };
    let mut flushes = Vec::new();
    for _ in 0..8 {
        let db = db.clone();
        let counts = vec![
            (key(UsageKind::OfferView), 3u64),
            (key(UsageKind::SearchMiss), 1u64),
        ];
        flushes.push(tokio::spawn(async move { db.add_usage(&counts).await }));
    }
    for f in flushes {
        f.await.expect("task").expect("flush");
    }
    let rows = db.usage_counts(day(), day()).await.expect("usage");
    let of = |kind: &str| {
        rows.iter()
            .filter(|r| r.1 == kind)
            .map(|r| r.4)
            .sum::<i64>()
    };
    assert_eq!(of("offer_view"), 24);
    assert_eq!(of("search_miss"), 8);
    assert!(
        rows.iter().all(|r| UsageKind::parse(&r.1).is_some()),
        "the reports' daily counter is not a kind of use: {rows:?}"
    );
}

async fn housekeeping_keeps_counts_and_drops_old_text(backend: Backend) {
    let db = open(backend).await;
    let today = day();
    let old = today - Duration::days(REPORT_TEXT_DAYS + 1);
    let ancient = today - Duration::days(COUNTS_DAYS + 1);
    db.add_need_report(&report("alt"), old).await.expect("old");
    db.add_need_report(&report("neu"), today)
        .await
        .expect("new");
    db.add_need_report(&report("uralt"), ancient)
        .await
        .expect("ancient");
    db.record_search_miss("uralt", ancient).await.expect("miss");
    assert!(db.purge_needs(today).await.expect("purge") >= 3);
    let left = db.untagged_reports(10).await.expect("reports");
    let texts: Vec<&str> = left.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(left.len(), 2, "the ancient report is gone");
    assert!(texts.contains(&"neu"));
    assert!(
        texts.contains(&""),
        "the old one is kept without its text: {texts:?}"
    );
    assert!(
        db.search_misses_between(ancient, today, 10)
            .await
            .expect("misses")
            .is_empty()
    );
}

async fn merges_in_both_directions_at_once_keep_every_report(backend: Backend) {
    let db = open(backend).await;
    let coordinator = db
        .create_account(
            "k@example.de",
            "K",
            wegweiser_domain::accounts::Role::Coordinator,
            None,
            &[],
            crate::support::clock().now(),
        )
        .await
        .expect("coordinator");
    let now = crate::support::clock().now();
    for round in 0..30 {
        let mut reports = Vec::new();
        for i in 0..4 {
            reports.push(
                db.add_need_report(&report(&format!("{round}-{i}")), day())
                    .await
                    .expect("report"),
            );
        }
        let a = db
            .create_need("A", &reports[..2], coordinator, now, day())
            .await
            .expect("need a");
        let b = db
            .create_need("B", &reports[2..], coordinator, now, day())
            .await
            .expect("need b");
        let (d1, d2) = (db.clone(), db.clone());
        let gate = std::sync::Arc::new(tokio::sync::Barrier::new(2));
        let (g1, g2) = (gate.clone(), gate);
        let one = tokio::spawn(async move {
            g1.wait().await;
            d1.merge_needs(a, b, coordinator, now).await
        });
        let two = tokio::spawn(async move {
            g2.wait().await;
            d2.merge_needs(b, a, coordinator, now).await
        });
        let results = [one.await.expect("task"), two.await.expect("task")];
        // One merge wins; the other finds its partner gone: nothing else, no deadlock.
        assert_eq!(
            results.iter().filter(|r| r.is_ok()).count(),
            1,
            "{results:?}"
        );
        assert!(
            results
                .iter()
                .any(|r| matches!(r, Err(StoreError::NotFound))),
            "{results:?}"
        );
        let kept = if results[0].is_ok() { a } else { b };
        assert_eq!(db.reports_of_need(kept).await.expect("reports").len(), 4);
    }
}
