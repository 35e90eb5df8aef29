//! Operations: liveness, readiness, Prometheus metrics (loopback and configured networks only).

use std::net::{IpAddr, SocketAddr};
use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
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

/// Installs the process-wide recorder once (several test apps in one process share it).
pub fn install_metrics() {
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("http_request_duration_seconds".into()),
                &[
                    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                ],
            )
            .ok()?;
        match builder.install_recorder() {
            Ok(h) => Some(h),
            Err(e) => {
                tracing::warn!(error = %e, "metrics recorder not installed");
                None
            }
        }
    });
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Response {
    if !metrics_allowed(peer.ip(), &state.config.metrics_allow) {
        return StatusCode::FORBIDDEN.into_response();
    }
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
