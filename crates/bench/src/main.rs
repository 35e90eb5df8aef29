//! `wegweiser-bench`: the measurements of issue 3, driven by `scripts/bench` (see BENCHMARKS.md).
//!
//! - `seed`: loads the synthetic Berlin-wide directory into a store (through the store's own seed path).
//! - `search`: builds the index from a store exactly as the server does and runs the fixed query mix.
//! - `postgres`: PostgreSQL's German full-text search (tsvector + GIN) on the same store and queries,
//!   and the mean reciprocal rank of both searches on the relevance set over the demo content.
//! - `urls`: the query mix as request paths, for the HTTP load generator.

mod synthetic;

use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use serde::Deserialize;
use sqlx::Row;
use wegweiser_domain::directory::OfferQuery;
use wegweiser_domain::time::Clock;
use wegweiser_store::Db;
use wegweiser_web::{AppState, WebConfig};

const DEMO: &str = include_str!("../../../demo/lichtenberg.toml");
const RELEVANCE: &str = include_str!("../../../tests/relevance.toml");

#[derive(Parser)]
#[command(about = "Benchmarks of the search (issue 3); run them through scripts/bench")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Loads OFFERS synthetic offers into an empty store (a store with content is left alone).
    Seed {
        #[arg(long)]
        database_url: String,
        #[arg(long, default_value_t = 100_000)]
        offers: usize,
    },
    /// Index build time and in-process latency of the query mix.
    Search {
        #[arg(long)]
        database_url: String,
    },
    /// PostgreSQL full-text search on the same data and queries; relevance of both on the demo content.
    Postgres {
        /// The PostgreSQL store holding the synthetic directory.
        #[arg(long)]
        database_url: String,
        /// An empty (or demo-filled) PostgreSQL database for the relevance comparison.
        #[arg(long)]
        demo_url: String,
    },
    /// The query mix as paths under PREFIX, one per line.
    Urls {
        #[arg(long, default_value = "/angebote")]
        prefix: String,
    },
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Seed {
            database_url,
            offers,
        } => seed(&database_url, offers).await,
        Command::Search { database_url } => search(&database_url).await,
        Command::Postgres {
            database_url,
            demo_url,
        } => postgres(&database_url, &demo_url).await,
        Command::Urls { prefix } => {
            for q in synthetic::query_mix() {
                println!("{prefix}?{q}");
            }
            Ok(())
        }
    }
}

async fn seed(url: &str, offers: usize) -> anyhow::Result<()> {
    let db = Db::connect(url).await?;
    db.migrate().await?;
    if !db.directory_is_empty().await? {
        println!("store has content; left as it is");
        return Ok(());
    }
    let started = Instant::now();
    let report = db
        .insert_seed(&synthetic::directory(offers), Clock::system().now())
        .await?;
    println!(
        "seeded {} organisations, {} offers in {:.1} s",
        report.organizations,
        report.offers,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn vm_kb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .unwrap_or(0.0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

/// The server's index over a store, and the queries of the mix as the pages validate them.
async fn server_index(
    url: &str,
) -> anyhow::Result<(AppState, std::sync::Arc<wegweiser_search::SearchIndex>, f64)> {
    let db = Db::connect(url).await?;
    db.migrate().await?;
    let state = AppState::new(db, WebConfig::default());
    let started = Instant::now();
    state.rebuild_index().await?;
    let build = started.elapsed().as_secs_f64();
    let index = state
        .index
        .read()
        .await
        .clone()
        .context("index not built")?;
    Ok((state, index, build))
}

async fn mix(state: &AppState) -> anyhow::Result<Vec<OfferQuery>> {
    let categories = state.categories.read().await.clone();
    let known: Vec<&str> = categories.iter().map(|c| c.slug.as_str()).collect();
    synthetic::query_mix()
        .iter()
        .map(|s| {
            synthetic::raw_query(s)
                .validate(&known)
                .map_err(|e| anyhow::anyhow!("query {s} invalid: {e:?}"))
        })
        .collect()
}

async fn search(url: &str) -> anyhow::Result<()> {
    let (state, index, build) = server_index(url).await?;
    let queries = mix(&state).await?;
    // A fixed moment (a Wednesday morning), so that "open now" answers the same on every run.
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_opt(10, 30, 0))
        .context("date")?;
    // For profiling: run the mix more often (the figures then cover every run).
    let repeat: usize = std::env::var("BENCH_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let queries: Vec<OfferQuery> = (0..repeat).flat_map(|_| queries.clone()).collect();
    let mut latencies = Vec::with_capacity(queries.len());
    let mut hits = 0usize;
    let mut slowest: Vec<(f64, String, usize)> = Vec::new();
    for (q, raw) in queries
        .iter()
        .zip(synthetic::query_mix().into_iter().cycle())
    {
        let t = Instant::now();
        let r = index.search(q, now);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        latencies.push(ms);
        slowest.push((ms, raw, r.total));
        hits += r.total;
    }
    if std::env::var_os("BENCH_SLOWEST").is_some() {
        slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (ms, raw, total) in slowest.iter().take(1000) {
            eprintln!("{ms:8.3} ms  {total:>6} results  {raw}");
        }
    }
    latencies.sort_by(f64::total_cmp);
    println!("offers={}", index.len());
    println!("build_s={build:.2}");
    println!("queries={}", queries.len());
    println!("mean_results={}", hits / queries.len());
    println!("p50_ms={:.3}", percentile(&latencies, 0.50));
    println!("p99_ms={:.3}", percentile(&latencies, 0.99));
    println!("max_ms={:.3}", latencies[latencies.len() - 1]);
    println!("rss_mb={:.0}", vm_kb("VmRSS:") / 1024.0);
    println!("peak_mb={:.0}", vm_kb("VmHWM:") / 1024.0);
    Ok(())
}

/// PostgreSQL's German full-text search over the same fields the index uses (name weighted highest,
/// then summary and organisation, then description and category names in every language).
const FTS_TABLE: &str = "
CREATE TABLE bench_fts AS
SELECT s.id, s.name,
  setweight(to_tsvector('german', s.name), 'A') ||
  setweight(to_tsvector('german', s.summary || ' ' || o.name), 'B') ||
  setweight(to_tsvector('german', s.description || ' ' || s.eligibility || ' ' || s.how_to_access || ' ' ||
    coalesce((SELECT string_agg(t.name || ' ' || t.description || ' ' ||
      coalesce((SELECT string_agg(tr.value, ' ') FROM translation tr
                WHERE tr.entity = 'category' AND tr.entity_id = t.id), ''), ' ')
      FROM service_taxonomy st JOIN taxonomy_term t ON t.id = st.term_id WHERE st.service_id = s.id), '')), 'C')
  AS doc
FROM service s JOIN organization o ON o.id = s.organization_id
WHERE s.status = 'published'";

/// All words must match (websearch syntax); when none does, any word may (as the index relaxes).
const FTS_QUERY: &str = "
WITH q AS (SELECT CASE WHEN EXISTS (SELECT 1 FROM bench_fts, websearch_to_tsquery('german', $1) w WHERE doc @@ w)
                  THEN websearch_to_tsquery('german', $1)
                  ELSE replace(plainto_tsquery('german', $1)::text, '&', '|')::tsquery END AS tq)
SELECT id, name, count(*) OVER () AS total
FROM bench_fts, q WHERE doc @@ q.tq
ORDER BY ts_rank(doc, q.tq) DESC, id LIMIT 20";

const ALL_QUERY: &str =
    "SELECT id, name, count(*) OVER () AS total FROM bench_fts ORDER BY id LIMIT 20";

async fn fts_prepare(pool: &sqlx::PgPool) -> anyhow::Result<f64> {
    let started = Instant::now();
    sqlx::query("DROP TABLE IF EXISTS bench_fts")
        .execute(pool)
        .await?;
    sqlx::query(FTS_TABLE).execute(pool).await?;
    sqlx::query("CREATE INDEX bench_fts_doc ON bench_fts USING GIN (doc)")
        .execute(pool)
        .await?;
    sqlx::query("ANALYZE bench_fts").execute(pool).await?;
    Ok(started.elapsed().as_secs_f64())
}

async fn fts_search(pool: &sqlx::PgPool, text: &str) -> anyhow::Result<(Vec<String>, i64)> {
    let rows = if text.trim().is_empty() {
        sqlx::query(ALL_QUERY).fetch_all(pool).await?
    } else {
        sqlx::query(FTS_QUERY).bind(text).fetch_all(pool).await?
    };
    let total = rows.first().map(|r| r.get::<i64, _>("total")).unwrap_or(0);
    Ok((rows.iter().map(|r| r.get("name")).collect(), total))
}

#[derive(Deserialize)]
struct RelevanceSet {
    query: Vec<RelevanceCase>,
}

#[derive(Deserialize)]
struct RelevanceCase {
    q: String,
    expect: Vec<String>,
}

/// 1/rank of the first expected offer within the first ten results, else 0 (as tests/relevance.rs).
fn reciprocal_rank(names: &[String], expect: &[String]) -> f64 {
    names
        .iter()
        .take(10)
        .position(|n| expect.contains(n))
        .map(|p| 1.0 / (p as f64 + 1.0))
        .unwrap_or(0.0)
}

async fn postgres(url: &str, demo_url: &str) -> anyhow::Result<()> {
    let pool = sqlx::PgPool::connect(url).await?;
    let offers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service WHERE status = 'published'")
        .fetch_one(&pool)
        .await?;
    let build = fts_prepare(&pool).await?;
    let mut latencies = Vec::new();
    let mut hits = 0i64;
    for text in synthetic::mix_texts() {
        let t = Instant::now();
        let (_, total) = fts_search(&pool, &text).await?;
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
        hits += total;
    }
    latencies.sort_by(f64::total_cmp);
    println!("pg_offers={offers}");
    println!("pg_build_s={build:.2}");
    println!("pg_mean_results={}", hits / latencies.len() as i64);
    println!("pg_p50_ms={:.3}", percentile(&latencies, 0.50));
    println!("pg_p99_ms={:.3}", percentile(&latencies, 0.99));

    // Relevance on the demo content, both searches on the same database.
    let db = Db::connect(demo_url).await?;
    db.migrate().await?;
    if db.directory_is_empty().await? {
        let seed = toml::from_str(DEMO).context("demo content does not parse")?;
        db.insert_seed(&seed, Clock::system().now()).await?;
    }
    db.close().await;
    let demo_pool = sqlx::PgPool::connect(demo_url).await?;
    fts_prepare(&demo_pool).await?;
    let (_, index, _) = server_index(demo_url).await?;
    let set: RelevanceSet = toml::from_str(RELEVANCE)?;
    let now = Clock::system().berlin_now();
    let (mut ours, mut theirs) = (0.0, 0.0);
    let (mut ours_empty, mut theirs_empty, mut scored) = (0, 0, 0);
    // As tests/relevance.rs: queries without a matching offer are not ranked.
    for case in set.query.iter().filter(|c| !c.expect.is_empty()) {
        let q = OfferQuery {
            text: case.q.clone(),
            page: 1,
            per_page: 10,
            ..Default::default()
        };
        let names: Vec<String> = index
            .search(&q, now)
            .hits
            .iter()
            .map(|o| o.name.de.clone())
            .collect();
        ours += reciprocal_rank(&names, &case.expect);
        ours_empty += usize::from(names.is_empty());
        let (pg_names, _) = fts_search(&demo_pool, &case.q).await?;
        theirs += reciprocal_rank(&pg_names, &case.expect);
        theirs_empty += usize::from(pg_names.is_empty());
        scored += 1;
    }
    let n = f64::from(scored);
    println!("relevance_queries={scored}");
    println!("mrr_index={:.3}", ours / n);
    println!("mrr_pg={:.3}", theirs / n);
    println!("nothing_found_index={ours_empty}");
    println!("nothing_found_pg={theirs_empty}");
    Ok(())
}
