//! `wegweiser`: the one binary. `serve` runs the site; other subcommands administer the store.

mod config;

use std::process::ExitCode;

use anyhow::Context;
use chrono::DurationRound as _;
use clap::{Parser, Subcommand};
use tokio::net::TcpListener;
use wegweiser_domain::chains::ChainSeed;
use wegweiser_domain::events::EventSeed;
use wegweiser_domain::news::{ArticleDoc, NewsSeed};
use wegweiser_domain::seed::DirectorySeed;
use wegweiser_domain::time::Clock;
use wegweiser_store::TranslatedKind;
use wegweiser_store::{Db, redact_url};
use wegweiser_web::{AppState, WebConfig};

use crate::config::{Config, LogFormat, ServeArgs, StoreArgs};

/// Demo content for Lichtenberg (real public institutions, clearly marked examples).
const DEMO: &str = include_str!("../demo/lichtenberg.toml");
const DEMO_CHAINS: &str = include_str!("../demo/chains.toml");
const DEMO_EVENTS: &str = include_str!("../demo/events.toml");
const DEMO_NEWS: &str = include_str!("../demo/news.toml");
const DEMO_PAGES: &str = include_str!("../demo/pages.toml");
const DEMO_PEERS: &str = include_str!("../demo/peers.toml");
const DEMO_GROUPS: &str = include_str!("../demo/groups.toml");
const DEMO_EMPLOYERS: &str = include_str!("../demo/employers.toml");
const DEMO_AG: &str = include_str!("../demo/ag.toml");
const DEMO_NEEDS: &str = include_str!("../demo/needs.toml");

/// The demo's example employers and their jobs (`demo/employers.toml`).
#[derive(serde::Deserialize)]
struct EmployersSeed {
    /// The pledge's criteria.
    pledge: Vec<String>,
    employer: Vec<EmployerSeed>,
}

#[derive(serde::Deserialize)]
struct EmployerSeed {
    name: String,
    sector: String,
    size: String,
    ortsteil: String,
    #[serde(default)]
    address: String,
    description: String,
    /// criterion → [answer] or [answer, note]
    answers: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    job: Vec<JobSeed>,
}

#[derive(serde::Deserialize)]
struct JobSeed {
    title: String,
    kind: String,
    weekly_hours: String,
    /// weekday key ("mon" …) → "HH:MM-HH:MM"
    days: std::collections::BTreeMap<String, String>,
    description: String,
    #[serde(default)]
    start_date: String,
    expires_in_days: i64,
    /// language → field → text, as the company wrote them.
    #[serde(default)]
    translations: wegweiser_domain::editorial::TranslationMap,
}

impl EmployerSeed {
    fn validate(
        &self,
        today: chrono::NaiveDate,
    ) -> anyhow::Result<(
        wegweiser_domain::employers::EmployerProfile,
        Vec<wegweiser_domain::employers::JobOffer>,
    )> {
        use wegweiser_domain::employers::{RawEmployer, RawJob, WEEKDAYS};
        let raw = RawEmployer {
            name: self.name.clone(),
            sector: self.sector.clone(),
            size: self.size.clone(),
            ortsteil: self.ortsteil.clone(),
            address: self.address.clone(),
            description: self.description.clone(),
            website: String::new(),
            answers: self
                .answers
                .iter()
                .map(|(k, v)| {
                    let answer = v.first().cloned().unwrap_or_default();
                    let note = v.get(1).cloned().unwrap_or_default();
                    (k.clone(), (answer, note))
                })
                .collect(),
        };
        let profile = raw
            .validate()
            .map_err(|e| anyhow::anyhow!("demo employer {}: {e:?}", self.name))?;
        let jobs = self
            .job
            .iter()
            .map(|j| {
                let mut raw = RawJob {
                    title: j.title.clone(),
                    description: j.description.clone(),
                    kind: j.kind.clone(),
                    weekly_hours: j.weekly_hours.clone(),
                    start_date: j.start_date.clone(),
                    expires_on: (today + chrono::Duration::days(j.expires_in_days)).to_string(),
                    ..RawJob::default()
                };
                for (day, window) in &j.days {
                    let at = WEEKDAYS
                        .iter()
                        .position(|w| w == day)
                        .ok_or_else(|| anyhow::anyhow!("demo job {}: day {day}", j.title))?;
                    let (start, end) = window
                        .split_once('-')
                        .ok_or_else(|| anyhow::anyhow!("demo job {}: {window}", j.title))?;
                    raw.days[at] = (start.to_string(), end.to_string());
                }
                raw.validate(today)
                    .map_err(|e| anyhow::anyhow!("demo job {}: {e:?}", j.title))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok((profile, jobs))
    }
}

/// The demo's peer groups (`demo/groups.toml`).
#[derive(serde::Deserialize)]
struct GroupsSeed {
    group: Vec<GroupSeed>,
}

#[derive(serde::Deserialize)]
struct GroupSeed {
    organization: String,
    #[serde(default)]
    event: Option<String>,
    #[serde(flatten)]
    group: wegweiser_domain::peers::RawGroup,
    /// language → field → text, as the organisation wrote them.
    #[serde(default)]
    translations: wegweiser_domain::editorial::TranslationMap,
}

/// The tandem's example parents in the demo (`demo/peers.toml`).
#[derive(serde::Deserialize)]
struct PeersSeed {
    profile: Vec<wegweiser_domain::peers::RawProfile>,
}

/// The office's own pages in the demo (`demo/pages.toml`).
#[derive(serde::Deserialize)]
struct PagesSeed {
    page: Vec<PageSeed>,
}

#[derive(serde::Deserialize)]
struct PageSeed {
    slug: String,
    title: wegweiser_domain::directory::Translated,
    body: wegweiser_domain::directory::Translated,
}

#[derive(Parser)]
#[command(
    name = "wegweiser",
    version,
    about = "Wegweiser – the platform of the Koordinierungsstelle Alleinerziehende Lichtenberg"
)]
struct Cli {
    /// Optional TOML configuration file (defaults < file < environment < flags).
    #[arg(long, env = "WEGWEISER_CONFIG", global = true)]
    config: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web site.
    Serve(ServeArgs),
    /// Create or update the database schema, then exit.
    Migrate(StoreArgs),
    /// Load the demo content into an empty store, then exit.
    Demo(StoreArgs),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Write every table to FILE (a portable archive: it restores into SQLite or PostgreSQL).
    Backup {
        #[command(flatten)]
        store: StoreArgs,
        /// Where to write the backup ("-" for standard output)
        file: std::path::PathBuf,
    },
    /// Restore FILE (made by `wegweiser backup`) into an empty store of the same schema version.
    Restore {
        #[command(flatten)]
        store: StoreArgs,
        /// The backup to read
        file: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account. The password is read from WEGWEISER_PASSWORD or, if unset, from the first
    /// line of standard input (so it appears in no process list or shell history).
    Add {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long)]
        email: String,
        /// coordinator, provider_editor, employer, ag_member or parent
        #[arg(long)]
        role: String,
        #[arg(long, default_value = "")]
        name: String,
        /// For provider editors: the organisation (number as in /traeger/<number>); repeatable
        #[arg(long = "organization")]
        organizations: Vec<i64>,
    },
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("WEGWEISER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

async fn open_store(cfg: &Config) -> anyhow::Result<Db> {
    if cfg.clock.is_test() {
        // Loud on purpose: a site whose clock is not the real one must never go unnoticed.
        tracing::warn!(
            now = %cfg.clock.berlin_now(),
            "TEST CLOCK ({}): this instance runs on a chosen time, not the real one; tests only",
            config::TEST_CLOCK_ENV
        );
    }
    std::fs::create_dir_all(&cfg.data_dir)
        .with_context(|| format!("cannot create data directory {}", cfg.data_dir.display()))?;
    let db = Db::connect(&cfg.database_url)
        .await
        .with_context(|| format!("cannot open the store at {}", redact_url(&cfg.database_url)))?;
    db.migrate().await.context("database migration failed")?;
    tracing::info!(backend = db.backend(), url = %redact_url(&cfg.database_url), "store ready");
    Ok(db)
}

/// Fills an empty store with the demo content; a store with content stays as it is. Chains are
/// added on their own when none exist yet (a store filled before chains existed gets them too).
/// Loads the demo content into what is empty, under the store's setup lock (instances started
/// together load it once).
async fn load_demo(db: &Db, clock: Clock) -> anyhow::Result<()> {
    let lock = db.setup_lock().await?;
    let loaded = load_demo_locked(db, clock).await;
    lock.release().await?;
    loaded
}

async fn load_demo_locked(db: &Db, clock: Clock) -> anyhow::Result<()> {
    // Whole minutes: demo content was made and published "at this minute", so two loads at the
    // same moment of a test clock write the same times.
    let loaded_at = clock.now().duration_trunc(chrono::Duration::minutes(1))?;
    if db.directory_is_empty().await? {
        let seed: DirectorySeed = toml::from_str(DEMO).context("demo content does not parse")?;
        let report = db
            .insert_seed(&seed, loaded_at)
            .await
            .context("loading demo content failed")?;
        tracing::info!(
            organizations = report.organizations,
            locations = report.locations,
            offers = report.offers,
            "demo content loaded"
        );
    } else {
        tracing::info!("store has content; demo directory not loaded");
    }
    if db.chains_are_empty().await? {
        let seed: ChainSeed = toml::from_str(DEMO_CHAINS).context("demo chains do not parse")?;
        let names: std::collections::HashMap<String, i64> =
            db.offer_names().await?.into_iter().collect();
        let chains = seed
            .chains
            .iter()
            .map(|c| Ok((c.slug.clone(), c.resolve(|n| names.get(n).copied())?)))
            .collect::<Result<Vec<_>, String>>()
            .map_err(anyhow::Error::msg)
            .context("demo chains do not match the directory")?;
        let n = db.insert_chain_seed(&chains, loaded_at).await?;
        tracing::info!(chains = n, "demo chains loaded");
    }
    // Before the events: job fairs name the companies taking part.
    if db.employers_are_empty().await? {
        let seed: EmployersSeed =
            toml::from_str(DEMO_EMPLOYERS).context("demo employers do not parse")?;
        let today = wegweiser_domain::time::berlin_local(loaded_at).date();
        let companies = seed
            .employer
            .iter()
            .map(|e| e.validate(today))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let pledge = seed
            .pledge
            .iter()
            .map(|c| {
                wegweiser_domain::employers::Criterion::parse(c)
                    .ok_or_else(|| anyhow::anyhow!("demo pledge: {c}"))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let ids = db.insert_employer_seed(&companies, loaded_at).await?;
        for (company, id) in seed.employer.iter().zip(&ids) {
            let stored = db.employer_jobs(*id).await?;
            for job in company.job.iter().filter(|j| !j.translations.is_empty()) {
                let found = stored
                    .iter()
                    .find(|s| s.job.title == job.title.trim())
                    .ok_or_else(|| anyhow::anyhow!("demo job {} was not stored", job.title))?;
                db.seed_translations(TranslatedKind::Job, found.id, &job.translations)
                    .await?;
            }
        }
        db.set_pledge_criteria(None, &pledge, loaded_at).await?;
        tracing::info!(employers = ids.len(), "demo employers loaded");
    }
    if db.events_are_empty().await? {
        let seed: EventSeed = toml::from_str(DEMO_EVENTS).context("demo events do not parse")?;
        let offers: std::collections::HashMap<String, i64> =
            db.offer_names().await?.into_iter().collect();
        let orgs: std::collections::HashMap<String, i64> =
            db.organization_ids().await?.into_iter().collect();
        let now = wegweiser_domain::time::berlin_local(loaded_at);
        let companies: std::collections::HashMap<String, i64> = db
            .employers(wegweiser_domain::employers::EmployerStatus::Published)
            .await?
            .into_iter()
            .map(|c| (c.profile.name, c.id))
            .collect();
        let events = seed
            .events
            .iter()
            .map(|e| {
                let org = *orgs
                    .get(&e.organization)
                    .ok_or_else(|| format!("unknown organisation {:?}", e.organization))?;
                let offer = match &e.offer {
                    Some(name) => Some(
                        *offers
                            .get(name)
                            .ok_or_else(|| format!("unknown offer {name:?}"))?,
                    ),
                    None => None,
                };
                let mut details = e.resolve(now)?;
                details.employers = e
                    .employers
                    .iter()
                    .map(|n| {
                        companies
                            .get(n)
                            .copied()
                            .ok_or_else(|| format!("unknown employer {n:?}"))
                    })
                    .collect::<Result<_, _>>()?;
                Ok((org, offer, details))
            })
            .collect::<Result<Vec<_>, String>>()
            .map_err(anyhow::Error::msg)
            .context("demo events do not match the directory")?;
        let n = db.insert_event_seed(&events, loaded_at).await?;
        tracing::info!(events = n, "demo events loaded");
    }
    if db.articles_are_empty().await? {
        let seed: NewsSeed = toml::from_str(DEMO_NEWS).context("demo news do not parse")?;
        let offers: std::collections::HashMap<String, i64> =
            db.offer_names().await?.into_iter().collect();
        let events: std::collections::HashMap<String, i64> = db
            .published_events()
            .await?
            .into_iter()
            .map(|e| (e.details.title.de.clone(), e.id))
            .collect();
        let now = loaded_at;
        let articles = seed
            .articles
            .into_iter()
            .map(|a| {
                let find = |names: &[String], map: &std::collections::HashMap<String, i64>| {
                    names
                        .iter()
                        .map(|n| map.get(n).copied().ok_or_else(|| format!("unknown {n:?}")))
                        .collect::<Result<Vec<i64>, String>>()
                };
                let doc = ArticleDoc {
                    title: a.title,
                    summary: a.summary,
                    body: a.body,
                    image_alt: Default::default(),
                    article_ids: vec![],
                    event_ids: find(&a.events, &events)?,
                    offer_ids: find(&a.offers, &offers)?,
                };
                Ok((
                    a.slug,
                    a.kind,
                    now - chrono::Duration::days(a.days_ago),
                    doc,
                    a.articles,
                ))
            })
            .collect::<Result<Vec<_>, String>>()
            .map_err(anyhow::Error::msg)
            .context("demo news do not match the directory")?;
        let n = db.insert_article_seed(&articles).await?;
        tracing::info!(articles = n, "demo news loaded");
    }
    // Page by page, where a page is not written yet (an office's own texts are never replaced).
    let seed: PagesSeed = toml::from_str(DEMO_PAGES).context("demo pages do not parse")?;
    let pages = seed
        .page
        .into_iter()
        .map(|p| {
            wegweiser_domain::site::SitePage::from_slug(&p.slug)
                .map(|page| {
                    (
                        page.slug(),
                        wegweiser_domain::site::PageDoc {
                            title: p.title,
                            body: p.body,
                        },
                    )
                })
                .ok_or_else(|| {
                    anyhow::anyhow!("demo page {:?} is not one of the site's pages", p.slug)
                })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let n = db.insert_site_page_seed(&pages, loaded_at).await?;
    if n > 0 {
        tracing::info!(pages = n, "demo pages loaded");
    }
    if db.ag_is_empty().await? {
        let seed: wegweiser_domain::ag::AgSeed =
            toml::from_str(DEMO_AG).context("the demo AG does not parse")?;
        let today = wegweiser_domain::time::berlin_local(loaded_at).date();
        let n = db.insert_ag_seed(&seed, today, loaded_at).await?;
        tracing::info!(meetings = n, "demo AG loaded");
    }
    // After the AG: a demo need is traced to one of its decisions.
    if db.needs_are_empty().await? {
        let seed: wegweiser_domain::needs::NeedsSeed =
            toml::from_str(DEMO_NEEDS).context("the demo needs do not parse")?;
        let today = wegweiser_domain::time::berlin_local(loaded_at).date();
        db.insert_needs_seed(&seed, today).await?;
        tracing::info!(reports = seed.report.len(), "demo needs reports loaded");
    }
    if db.peer_profiles_are_empty().await? {
        let seed: PeersSeed = toml::from_str(DEMO_PEERS).context("demo parents do not parse")?;
        let parents = seed
            .profile
            .iter()
            .enumerate()
            .map(|(i, raw)| {
                let profile = raw
                    .validate()
                    .map_err(|e| anyhow::anyhow!("demo parent {}: {e:?}", raw.display_name))?;
                let handle = wegweiser_domain::accounts::new_token().map_err(anyhow::Error::msg)?;
                Ok(wegweiser_store::PeerSeed {
                    email: format!("tandem-beispiel-{}@example.org", i + 1),
                    handle,
                    profile,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let n = db.insert_peer_seed(&parents, loaded_at).await?;
        tracing::info!(parents = n, "demo tandem profiles loaded");
    }
    if db.peer_groups_are_empty().await? {
        let seed: GroupsSeed = toml::from_str(DEMO_GROUPS).context("demo groups do not parse")?;
        let organizations: std::collections::HashMap<String, i64> =
            db.organization_ids().await?.into_iter().collect();
        let events: std::collections::HashMap<String, i64> = db
            .published_events()
            .await?
            .into_iter()
            .map(|e| (e.details.title.de.clone(), e.id))
            .collect();
        let groups = seed
            .group
            .iter()
            .map(|g| {
                let group = g
                    .group
                    .validate()
                    .map_err(|e| anyhow::anyhow!("demo group {}: {e:?}", g.group.name))?;
                let org = organizations.get(&g.organization).copied().ok_or_else(|| {
                    anyhow::anyhow!(
                        "demo group {}: no organisation {}",
                        g.group.name,
                        g.organization
                    )
                })?;
                let event = match &g.event {
                    Some(title) => Some(events.get(title).copied().ok_or_else(|| {
                        anyhow::anyhow!("demo group {}: no event {title}", g.group.name)
                    })?),
                    None => None,
                };
                Ok((group, Some(org), event))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let n = db.insert_group_seed(&groups, loaded_at).await?;
        let stored = db.published_groups(None).await?;
        for g in seed.group.iter().filter(|g| !g.translations.is_empty()) {
            let found = stored
                .iter()
                .find(|s| s.group.name == g.group.name.trim())
                .ok_or_else(|| anyhow::anyhow!("demo group {} was not stored", g.group.name))?;
            db.seed_translations(TranslatedKind::Group, found.id, &g.translations)
                .await?;
        }
        tracing::info!(groups = n, "demo groups loaded");
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn serve(cfg: Config) -> anyhow::Result<()> {
    let db = open_store(&cfg).await?;
    if cfg.demo {
        load_demo(&db, cfg.clock).await?;
    }
    let listener = TcpListener::bind(cfg.addr)
        .await
        .with_context(|| format!("cannot listen on {}", cfg.addr))?;
    let addr = listener.local_addr()?;
    let state = AppState::new(
        db.clone(),
        WebConfig {
            metrics_allow: cfg.metrics_allow.clone(),
            trusted_proxies: cfg.trusted_proxies.clone(),
            quick_exit_url: cfg.quick_exit_url.clone(),
            secure_cookies: cfg.public_url.starts_with("https://"),
            public_url: cfg.public_url.clone(),
            freshness: wegweiser_domain::freshness::FreshnessPolicy::with_confirm_after(
                cfg.confirm_after_days,
            ),
            peer_message_retention_days: cfg.peer_message_retention_days,
            cv_retention_days: cfg.cv_retention_days,
            clock: cfg.clock,
            mail_from: cfg.mail_from.clone(),
            results_cache_bytes: cfg.results_cache_mb << 20,
            index_dir: Some(cfg.data_dir.join("search")),
        },
    );
    // Serve at once (health answers, pages say "starting"); readiness follows the index.
    let server = tokio::spawn(wegweiser_web::serve(
        listener,
        state.clone(),
        shutdown_signal(),
    ));
    tracing::info!("listening on http://{addr}");
    let started = std::time::Instant::now();
    let n = state
        .start_index()
        .await
        .context("building the search index failed")?;
    tracing::info!(
        offers = n,
        ms = started.elapsed().as_millis() as u64,
        "search index ready"
    );
    tokio::spawn(
        state
            .clone()
            .follow_changes(std::time::Duration::from_millis(500)),
    );
    let mailer =
        wegweiser_web::mailer::Mailer::new(cfg.smtp_url.as_deref(), cfg.data_dir.join("outbox"))
            .context("cannot set up outgoing mail")?;
    tracing::info!(to = %mailer.describe(), "mail queue worker started");
    let from = cfg.mail_from.parse().context("mail sender")?;
    tokio::spawn(
        state
            .clone()
            .flush_usage_every(std::time::Duration::from_secs(10)),
    );
    tokio::spawn(wegweiser_web::housekeeping::run(
        state.clone(),
        std::time::Duration::from_secs(600),
    ));
    tokio::spawn(wegweiser_web::mailer::run(
        db.clone(),
        cfg.clock,
        mailer,
        from,
        std::time::Duration::from_secs(1),
    ));
    server
        .await
        .context("server task failed")?
        .context("server failed")?;
    if let Err(e) = state.flush_usage().await {
        tracing::warn!(error = %e, "counted use of the last seconds not written");
    }
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// `wegweiser user add`: the first coordinator comes from the command line.
async fn add_user(
    cfg: &Config,
    email: &str,
    role: &str,
    name: &str,
    organizations: &[i64],
) -> anyhow::Result<()> {
    use wegweiser_domain::accounts;
    let email = accounts::normalize_email(email)
        .map_err(|_| anyhow::anyhow!("not a valid e-mail address: {email}"))?;
    let role = accounts::Role::parse(role).ok_or_else(|| {
        anyhow::anyhow!(
            "unknown role {role} (use one of: {})",
            accounts::Role::ALL
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })?;
    let password = match std::env::var("WEGWEISER_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("cannot read the password from standard input")?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    accounts::check_new_password(&password).map_err(|_| {
        anyhow::anyhow!(
            "the password needs at least {} characters",
            accounts::MIN_PASSWORD_CHARS
        )
    })?;
    let hash = tokio::task::spawn_blocking(move || accounts::hash_password(&password))
        .await?
        .map_err(anyhow::Error::msg)?;
    let db = open_store(cfg).await?;
    let id = db
        .create_account(
            &email,
            name,
            role,
            Some(&hash),
            organizations,
            cfg.clock.now(),
        )
        .await
        .context("could not create the account")?;
    if role == wegweiser_domain::accounts::Role::AgMember {
        // An AG account is a member of the AG; its organisation is filled in on /ag/mitglieder.
        db.add_ag_member(id, "", "", cfg.clock.now())
            .await
            .context("could not make the account a member of the AG")?;
    }
    println!("account {id} created: {email} ({})", role.as_str());
    Ok(())
}

/// jemalloc instead of glibc's allocator: glibc keeps freed memory in up to 8 arenas per core, and
/// each rebuild of the search index runs on new threads (tantivy's writer), so every category save
/// left memory behind (68 → 184 MiB over 40 saves); jemalloc's decay gives it back. Its background
/// thread (feature `background_threads`) does the purging, so pages freed in an arena no thread uses
/// again are returned too (without it about 30 MiB stayed for good).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = async {
        match cli.command {
            Command::Serve(args) => {
                let cfg = Config::load(cli.config.as_deref(), &args)?;
                init_logging(cfg.log_format);
                serve(cfg).await
            }
            Command::Migrate(args) => {
                let cfg = Config::load(cli.config.as_deref(), &args.into())?;
                init_logging(cfg.log_format);
                open_store(&cfg).await.map(|_| ())
            }
            Command::Demo(args) => {
                let cfg = Config::load(cli.config.as_deref(), &args.into())?;
                init_logging(cfg.log_format);
                let db = open_store(&cfg).await?;
                load_demo(&db, cfg.clock).await
            }
            Command::Backup { store, file } => {
                let cfg = Config::load(cli.config.as_deref(), &store.into())?;
                init_logging(cfg.log_format);
                let db = open_store(&cfg).await?;
                let summary = if file.as_os_str() == "-" {
                    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                    db.backup_to(&mut out).await?
                } else {
                    // Written beside the target and renamed: a failed backup never replaces a good one.
                    let partial = file.with_extension("partial");
                    let mut out = std::io::BufWriter::new(
                        std::fs::File::create(&partial)
                            .with_context(|| format!("cannot write {}", partial.display()))?,
                    );
                    let summary = db.backup_to(&mut out).await?;
                    drop(out);
                    std::fs::rename(&partial, &file)
                        .with_context(|| format!("cannot write {}", file.display()))?;
                    summary
                };
                eprintln!(
                    "wegweiser: backup of schema {} with {} rows written",
                    summary.schema, summary.rows
                );
                Ok(())
            }
            Command::Restore { store, file } => {
                let cfg = Config::load(cli.config.as_deref(), &store.into())?;
                init_logging(cfg.log_format);
                let db = open_store(&cfg).await?;
                let input = std::io::BufReader::new(
                    std::fs::File::open(&file)
                        .with_context(|| format!("cannot read {}", file.display()))?,
                );
                let summary = db.restore_from(input).await?;
                eprintln!(
                    "wegweiser: {} rows of schema {} restored",
                    summary.rows, summary.schema
                );
                Ok(())
            }
            Command::User(UserCommand::Add {
                store,
                email,
                role,
                name,
                organizations,
            }) => {
                let cfg = Config::load(cli.config.as_deref(), &store.into())?;
                init_logging(cfg.log_format);
                add_user(&cfg, &email, &role, &name, &organizations).await
            }
        }
    }
    .await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wegweiser: {e:#}");
            ExitCode::FAILURE
        }
    }
}
