//! Operations: health, readiness, metrics and a clean stop.

use crate::both_backends;
use crate::support::{Backend, TestApp};

both_backends! {
    health_readiness_and_metrics => super::health_readiness_and_metrics;
    stops_cleanly_on_sigterm => super::stops_cleanly_on_sigterm;
    an_internal_error_is_a_calm_page_and_its_cause_is_logged => super::an_internal_error_is_a_calm_page_and_its_cause_is_logged;
}

/// When the store fails underneath a page (here: a table is gone), the visitor gets the error page
/// in their language, without details, and the log names what failed and why, the whole chain.
async fn an_internal_error_is_a_calm_page_and_its_cause_is_logged(b: Backend) {
    let app = TestApp::spawn(b).await;
    app.text("/aktuelles", 200).await;
    let gone = "ALTER TABLE article RENAME TO article_gone";
    match b {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&app.database_url).await.unwrap();
            sqlx::query(gone).execute(&pool).await.expect("rename");
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&app.database_url).await.unwrap();
            sqlx::query(gone).execute(&pool).await.expect("rename");
        }
    }
    let r = app.get("/aktuelles").await;
    assert_eq!(r.status(), 500);
    let page = r.text().await.unwrap();
    assert!(page.contains("<html lang=\"de\""), "a page of the site");
    assert!(!page.contains("article"), "no detail of the cause: {page}");
    let mut log = String::new();
    for _ in 0..50 {
        log = app.log();
        if log.contains("internal error") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        log.contains("internal error")
            && log.contains("the store failed")
            && log.contains("article"),
        "the log names the failure and its cause: {log}"
    );
}

async fn health_readiness_and_metrics(b: Backend) {
    let app = TestApp::spawn(b).await;
    assert_eq!(app.text("/healthz", 200).await, "ok");
    let ready = app.text("/readyz", 200).await;
    assert!(ready.contains("store: ok") && ready.contains("index: ok"));
    app.text("/angebote?q=kita", 200).await;
    app.text("/angebote/abc", 404).await;
    let m = app.text("/metrics", 200).await;
    assert!(
        m.contains("http_requests_total{route=\"/angebote\",method=\"GET\",status=\"200\"}"),
        "{m}"
    );
    assert!(m.contains("status=\"404\""));
    assert!(m.contains("http_request_duration_seconds_bucket"));
    let r = app.get("/").await;
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
}

async fn stops_cleanly_on_sigterm(b: Backend) {
    let mut app = TestApp::spawn(b).await;
    app.text("/", 200).await;
    let status = app.terminate();
    assert!(status.success(), "exit status {status:?}");
}
