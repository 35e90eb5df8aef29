//! Operations: health, readiness, metrics and a clean stop.

use crate::both_backends;
use crate::support::{Backend, TestApp};

both_backends! {
    health_readiness_and_metrics => super::health_readiness_and_metrics;
    stops_cleanly_on_sigterm => super::stops_cleanly_on_sigterm;
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
