//! Operations: liveness, readiness, Prometheus metrics (loopback and configured networks only).

use std::net::IpAddr;
use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::site::cidr::Cidr;
use crate::state::AppState;

pub fn metrics_allowed(ip: IpAddr, allow: &[Cidr]) -> bool {
    let v4 = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v => v,
    };
    v4.is_loopback() || allow.iter().any(|c| c.contains(ip))
}

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process-wide recorder once (several test apps in one process share it), with a
/// HELP text for every family the binary exports.
pub fn install_metrics() {
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("http_request_duration_seconds".into()),
                &[
                    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                ],
            )
            .ok()?
            .set_buckets_for_metric(
                Matcher::Full("search_query_duration_seconds".into()),
                &[
                    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                ],
            )
            .ok()?;
        match builder.install_recorder() {
            Ok(h) => {
                describe();
                metrics::gauge!("wegweiser_build_info", "version" => env!("CARGO_PKG_VERSION"))
                    .set(1.0);
                Some(h)
            }
            Err(e) => {
                tracing::warn!(error = %e, "metrics recorder not installed");
                None
            }
        }
    });
}

fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        "http_requests_total",
        "HTTP requests answered, by route, method and status."
    );
    describe_histogram!(
        "http_request_duration_seconds",
        Unit::Seconds,
        "Time to answer an HTTP request, by route and method."
    );
    describe_histogram!(
        "search_query_duration_seconds",
        Unit::Seconds,
        "Time the search index takes to answer one query."
    );
    describe_gauge!(
        "search_index_generation",
        "Changes applied to the search index since it was last built."
    );
    describe_gauge!("search_index_documents", "Offers in the search index.");
    describe_counter!(
        "results_pages_kept_hits_total",
        "Results pages served from the kept rendered pages."
    );
    describe_counter!(
        "results_pages_kept_misses_total",
        "Results pages rendered because none was kept for the request and moment."
    );
    describe_counter!(
        "search_index_builds_total",
        "Times the search index was built from the store."
    );
    describe_counter!(
        "wegweiser_missing_messages_total",
        "Interface messages looked up in a language whose files lack them (shown from a fallback language), by language."
    );
    describe_counter!(
        "store_errors_total",
        "Store operations that failed on a request path, by kind of failure."
    );
    describe_gauge!(
        "store_pool_connections",
        "Open connections in the store's pool."
    );
    describe_gauge!(
        "store_pool_idle_connections",
        "Idle connections in the store's pool."
    );
    describe_gauge!(
        "store_pool_max_connections",
        "Connections the store's pool may open."
    );
    describe_gauge!(
        "mail_queue_due",
        "Queued mail due for an attempt now (a growing number means mail is not going out)."
    );
    describe_gauge!(
        "mail_queue_retrying",
        "Queued mail that failed and waits for its next attempt."
    );
    describe_gauge!(
        "mail_queue_given_up",
        "Mail given up after the last attempt; it stays in the queue with its error."
    );
    describe_gauge!(
        "wegweiser_build_info",
        "Always 1; the version of the running binary is in the label."
    );
}

/// Reads what is measured at the moment of the scrape: the index, the pool and the mail queue.
async fn sample(state: &AppState) {
    if let Some(index) = state.current_index().await {
        metrics::gauge!("search_index_generation").set(index.generation() as f64);
        metrics::gauge!("search_index_documents").set(index.len() as f64);
    }
    let (hits, misses) = state.results.counts();
    metrics::counter!("results_pages_kept_hits_total").absolute(hits);
    metrics::counter!("results_pages_kept_misses_total").absolute(misses);
    let pool = state.db.pool_stats();
    metrics::gauge!("store_pool_connections").set(f64::from(pool.size));
    metrics::gauge!("store_pool_idle_connections").set(pool.idle as f64);
    metrics::gauge!("store_pool_max_connections").set(f64::from(pool.max));
    let max = i64::from(wegweiser_domain::mail::MAX_ATTEMPTS);
    match state.db.mail_queue_stats(state.now(), max).await {
        Ok(q) => {
            metrics::gauge!("mail_queue_due").set(q.due as f64);
            metrics::gauge!("mail_queue_retrying").set(q.retrying as f64);
            metrics::gauge!("mail_queue_given_up").set(q.given_up as f64);
        }
        Err(e) => {
            metrics::counter!("store_errors_total", "kind" => e.kind()).increment(1);
            tracing::warn!(error = %e, "mail queue not readable for the metrics");
        }
    }
}

pub async fn track_metrics(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().to_string();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    let labels = [("route", route), ("method", method), ("status", status)];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels[..2])
        .record(start.elapsed().as_secs_f64());
    res
}

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(state): State<AppState>) -> Response {
    let store = state.db.ping().await.is_ok();
    let index = state.current_index().await.is_some();
    let body = format!(
        "store: {}\nindex: {}\n",
        if store { "ok" } else { "down" },
        if index { "ok" } else { "building" }
    );
    let status = if store && index {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut res = (status, body).into_response();
    // A 503 here is an answer for the load balancer, not an error page for people.
    res.extensions_mut().insert(crate::kit::error::Rendered);
    res
}

pub async fn metrics(
    State(state): State<AppState>,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
) -> Response {
    // Behind a trusted proxy, the client it names: the proxy's own loopback address must not
    // open /metrics to everyone it forwards.
    if !metrics_allowed(client, &state.config.metrics_allow) {
        return StatusCode::FORBIDDEN.into_response();
    }
    sample(&state).await;
    let body = HANDLE
        .get()
        .and_then(|h| h.as_ref())
        .map(|h| h.render())
        .unwrap_or_default();
    let mut res = body.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4"),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_only_for_loopback_and_allowed_networks() {
        let allow: Vec<Cidr> = vec!["10.1.0.0/16".parse().unwrap(), "fd00::/8".parse().unwrap()];
        assert!(metrics_allowed("127.0.0.1".parse().unwrap(), &[]));
        assert!(metrics_allowed("::1".parse().unwrap(), &[]));
        assert!(metrics_allowed("::ffff:127.0.0.1".parse().unwrap(), &[]));
        assert!(metrics_allowed("10.1.200.3".parse().unwrap(), &allow));
        assert!(!metrics_allowed("10.2.0.1".parse().unwrap(), &allow));
        assert!(metrics_allowed("fd12::1".parse().unwrap(), &allow));
        assert!(!metrics_allowed("203.0.113.9".parse().unwrap(), &allow));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("nonsense".parse::<Cidr>().is_err());
    }
}
