//! The relevance set (tests/relevance.toml) against the demo content: the mean reciprocal rank of the
//! expected offers in the API's results must stay at or above 0.9.

use serde::Deserialize;

use crate::support::{Backend, TestApp};

#[derive(Deserialize)]
struct Set {
    query: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    q: String,
    expect: Vec<String>,
}

/// 1/rank of the first expected offer within the first ten results, else 0.
pub fn reciprocal_rank(names: &[String], expect: &[String]) -> f64 {
    names
        .iter()
        .take(10)
        .position(|n| expect.contains(n))
        .map(|p| 1.0 / (p as f64 + 1.0))
        .unwrap_or(0.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mean_reciprocal_rank_is_at_least_0_9() {
    let set: Set = toml::from_str(include_str!("relevance.toml")).expect("relevance.toml parses");
    assert!(
        set.query.len() >= 60,
        "the relevance set needs at least 60 queries"
    );
    let app = TestApp::spawn(Backend::Sqlite).await;
    let mut sum = 0.0;
    let mut report = Vec::new();
    for case in &set.query {
        let v = app
            .client
            .get(app.url("/api/v1/offers"))
            .query(&[("q", case.q.as_str()), ("per_page", "10")])
            .send()
            .await
            .expect("request")
            .json::<serde_json::Value>()
            .await
            .expect("json");
        let names: Vec<String> = v["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["name"]["de"].as_str().unwrap_or("").to_string())
            .collect();
        let rr = reciprocal_rank(&names, &case.expect);
        sum += rr;
        if rr < 1.0 {
            report.push(format!(
                "{:>5.2}  {:?} → {:?}",
                rr,
                case.q,
                names.iter().take(3).collect::<Vec<_>>()
            ));
        }
    }
    let mrr = sum / set.query.len() as f64;
    eprintln!(
        "relevance: MRR {mrr:.3} over {} queries; not first:\n{}",
        set.query.len(),
        report.join("\n")
    );
    assert!(mrr >= 0.9, "MRR {mrr:.3} < 0.9");
}
