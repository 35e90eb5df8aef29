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
    // What an operator needs to see: the search, the store, the mail queue and the build.
    for family in [
        "search_query_duration_seconds_bucket",
        "search_index_documents",
        "search_index_generation",
        "search_index_builds_total",
        "store_pool_connections",
        "store_pool_idle_connections",
        "store_pool_max_connections",
        "mail_queue_due",
        "mail_queue_retrying",
        "mail_queue_given_up",
        "wegweiser_build_info{version=",
    ] {
        assert!(m.contains(family), "/metrics has no {family}:\n{m}");
    }
    let documents: f64 = m
        .lines()
        .find_map(|l| l.strip_prefix("search_index_documents "))
        .and_then(|v| v.trim().parse().ok())
        .expect("search_index_documents value");
    assert!(
        documents > 50.0,
        "the demo's offers are in the index: {documents}"
    );
    // Every family has its HELP and TYPE; Prometheus' own checker agrees.
    for line in m.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let name = line.split(['{', ' ']).next().unwrap_or("");
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| name.strip_suffix(s))
            .filter(|f| m.contains(&format!("# TYPE {f} histogram")))
            .unwrap_or(name);
        assert!(
            m.contains(&format!("# HELP {family} ")),
            "no HELP for {family}"
        );
    }
    promtool_check(&m);
    let r = app.get("/").await;
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
}

/// `promtool check metrics` (Debian's prometheus package, installed by .ci/run) lints the
/// exposition: HELP texts, names, units.
fn promtool_check(metrics: &str) {
    use std::io::Write;
    let child = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        assert!(
            !crate::support::in_ci(),
            "CI=true but promtool is not installed"
        );
        eprintln!("\n*** SKIPPED: promtool check metrics (apt-get install prometheus) ***\n");
        return;
    };
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(metrics.as_bytes())
            .expect("write to promtool");
    }
    let out = child.wait_with_output().expect("promtool output");
    assert!(
        out.status.success(),
        "promtool check metrics: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

async fn stops_cleanly_on_sigterm(b: Backend) {
    let mut app = TestApp::spawn(b).await;
    app.text("/", 200).await;
    let status = app.terminate();
    assert!(status.success(), "exit status {status:?}");
}
