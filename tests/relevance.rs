//! The relevance set (tests/relevance.toml) against the demo content: the mean reciprocal rank of the
//! expected offers in the API's results must stay at or above 0.95, no query that has a matching
//! offer may find nothing, and a query without one (`expect = []`) must find nothing.

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

async fn search(app: &TestApp, q: &str, page: u32) -> serde_json::Value {
    app.client
        .get(app.url("/api/v1/offers"))
        .query(&[("q", q), ("per_page", "10"), ("page", &page.to_string())])
        .send()
        .await
        .expect("request")
        .json::<serde_json::Value>()
        .await
        .expect("json")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mean_reciprocal_rank_is_at_least_0_95_and_no_matching_query_finds_nothing() {
    let set: Set = toml::from_str(include_str!("relevance.toml")).expect("relevance.toml parses");
    assert!(
        set.query.len() >= 140,
        "the relevance set needs at least 140 queries"
    );
    let app = TestApp::spawn(Backend::Sqlite).await;
    // Every expected name is an offer of the demo (a misspelt name would only lower the figure).
    let mut listed = std::collections::HashSet::new();
    for page in 1..=20 {
        let v = search(&app, "", page).await;
        let items = v["items"].as_array().expect("items");
        if items.is_empty() {
            break;
        }
        for i in items {
            listed.insert(i["name"]["de"].as_str().unwrap_or("").to_string());
        }
    }
    let unknown: Vec<&String> = set
        .query
        .iter()
        .flat_map(|c| &c.expect)
        .filter(|n| !listed.contains(*n))
        .collect();
    assert!(unknown.is_empty(), "not offers of the demo: {unknown:?}");
    let mut sum = 0.0;
    let mut scored = 0;
    let mut report = Vec::new();
    let mut nothing = Vec::new();
    let mut wrongly_found = Vec::new();
    for case in &set.query {
        let v = search(&app, &case.q, 1).await;
        let names: Vec<String> = v["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["name"]["de"].as_str().unwrap_or("").to_string())
            .collect();
        if case.expect.is_empty() {
            if !names.is_empty() {
                wrongly_found.push(format!("{:?} → {:?}", case.q, &names[..names.len().min(3)]));
            }
            continue;
        }
        if names.is_empty() {
            nothing.push(case.q.clone());
        }
        let rr = reciprocal_rank(&names, &case.expect);
        sum += rr;
        scored += 1;
        if rr < 1.0 {
            report.push(format!(
                "{:>5.2}  {:?} → {:?}",
                rr,
                case.q,
                names.iter().take(3).collect::<Vec<_>>()
            ));
        }
    }
    let mrr = sum / f64::from(scored);
    eprintln!(
        "relevance: MRR {mrr:.3} over {scored} queries with a matching offer; {} of them found nothing; \
         {} of {} without one found something; not first:\n{}",
        nothing.len(),
        wrongly_found.len(),
        set.query.len() - scored as usize,
        report.join("\n")
    );
    assert!(
        nothing.is_empty(),
        "found nothing, though an offer matches: {nothing:?}"
    );
    assert!(
        wrongly_found.is_empty(),
        "found something, though no offer matches: {wrongly_found:?}"
    );
    assert!(mrr >= 0.95, "MRR {mrr:.3} < 0.95");
}
