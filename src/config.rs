//! Configuration: compiled-in defaults, then an optional TOML file, then environment variables, then
//! flags (clap reads each flag's environment variable, so flag beats environment beats file).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use serde::Deserialize;
use wegweiser_domain::time::Clock;
use wegweiser_store::Db;
use wegweiser_web::Cidr;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

#[derive(Args, Debug, Default)]
pub struct StoreArgs {
    /// Directory for the SQLite store, the outbox and other data [default: ./data]
    #[arg(long, env = "WEGWEISER_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Database URL; postgres://… selects PostgreSQL [default: a SQLite file in the data directory]
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Log format
    #[arg(long, env = "WEGWEISER_LOG_FORMAT")]
    pub log_format: Option<LogFormat>,
}

#[derive(Args, Debug, Default)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "WEGWEISER_ADDR")]
    pub addr: Option<SocketAddr>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Fill an empty store with the demo content (a store with content is left as it is)
    #[arg(long, env = "WEGWEISER_DEMO")]
    pub demo: bool,
    /// Networks besides loopback that may read /metrics, comma-separated (e.g. 10.0.0.0/8)
    #[arg(long, env = "WEGWEISER_METRICS_ALLOW", value_delimiter = ',')]
    pub metrics_allow: Vec<String>,
    /// Reverse proxies whose X-Forwarded-For / Forwarded headers name the client, comma-separated
    /// (e.g. 127.0.0.1,10.0.0.0/8); from anyone else those headers are ignored
    #[arg(long, env = "WEGWEISER_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<String>,
    /// Where the quick-exit button leads
    #[arg(long, env = "WEGWEISER_QUICK_EXIT_URL")]
    pub quick_exit_url: Option<String>,
    /// The address people use to reach the site (links in mails; https:// makes cookies Secure)
    #[arg(long, env = "WEGWEISER_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// SMTP server for outgoing mail, e.g. smtp://user:password@host:587?tls=required; without it,
    /// mail is written as .eml files into the outbox folder of the data directory
    #[arg(long, env = "WEGWEISER_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail
    #[arg(long, env = "WEGWEISER_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Days after its last confirmation when an entry's providers are asked to confirm it
    /// (the public page notes it three months later)
    #[arg(long, env = "WEGWEISER_CONFIRM_AFTER_DAYS")]
    pub confirm_after_days: Option<i64>,
    /// Days the tandem's messages are kept; older ones are deleted by the housekeeping job
    #[arg(long, env = "WEGWEISER_PEER_MESSAGE_RETENTION_DAYS")]
    pub peer_message_retention_days: Option<i64>,
    /// Days a CV sent with a contact request to an employer is kept; then housekeeping deletes it
    #[arg(long, env = "WEGWEISER_CV_RETENTION_DAYS")]
    pub cv_retention_days: Option<i64>,
    /// Megabytes of rendered results pages kept for the same search again (exact: dropped each
    /// minute and on every change); 0 keeps none
    #[arg(long, env = "WEGWEISER_RESULTS_CACHE_MB")]
    pub results_cache_mb: Option<usize>,
}

impl From<StoreArgs> for ServeArgs {
    fn from(store: StoreArgs) -> Self {
        ServeArgs {
            store,
            ..Default::default()
        }
    }
}

/// The optional file; every key may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    addr: Option<SocketAddr>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    demo: Option<bool>,
    metrics_allow: Option<Vec<String>>,
    trusted_proxies: Option<Vec<String>>,
    quick_exit_url: Option<String>,
    public_url: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    confirm_after_days: Option<i64>,
    peer_message_retention_days: Option<i64>,
    cv_retention_days: Option<i64>,
    results_cache_mb: Option<usize>,
    log_format: Option<LogFormat>,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub demo: bool,
    pub metrics_allow: Vec<Cidr>,
    pub trusted_proxies: Vec<Cidr>,
    pub quick_exit_url: String,
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub confirm_after_days: i64,
    pub peer_message_retention_days: i64,
    pub cv_retention_days: i64,
    pub results_cache_mb: usize,
    pub log_format: LogFormat,
    /// The system clock, or the test clock of `WEGWEISER_TEST_CLOCK`.
    pub clock: Clock,
}

/// The environment variable that starts a test build at a chosen moment. It is no flag and no file
/// key, and a release build refuses it: a test clock must not reach production by accident.
pub const TEST_CLOCK_ENV: &str = "WEGWEISER_TEST_CLOCK";

/// Reads the test clock: `None` when unset, an error where it must not be used.
fn test_clock(value: Option<&str>, public_url: &str) -> anyhow::Result<Option<Clock>> {
    let Some(value) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    if !cfg!(debug_assertions) {
        bail!(
            "{TEST_CLOCK_ENV} is set, but this is a release build: a test clock is for tests only"
        );
    }
    if public_url.starts_with("https://") {
        bail!(
            "{TEST_CLOCK_ENV} is set on a site served over https: a test clock is for tests only"
        );
    }
    let start = Clock::parse_start(value).with_context(|| {
        format!("{TEST_CLOCK_ENV}={value:?} is not a time such as 2026-12-01T09:30")
    })?;
    Clock::starting_at(start)
        .with_context(|| format!("{TEST_CLOCK_ENV}={value:?} names no moment in Berlin"))
        .map(Some)
}

impl Config {
    pub fn load(file: Option<&Path>, args: &ServeArgs) -> anyhow::Result<Config> {
        let f: FileConfig = match file {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read configuration file {}", p.display()))?;
                toml::from_str(&text)
                    .with_context(|| format!("configuration file {} is not valid", p.display()))?
            }
            None => FileConfig::default(),
        };
        let data_dir = args
            .store
            .data_dir
            .clone()
            .or(f.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = args
            .store
            .database_url
            .clone()
            .or(f.database_url)
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| Db::sqlite_url_for(&data_dir));
        let allow = if args.metrics_allow.is_empty() {
            f.metrics_allow.unwrap_or_default()
        } else {
            args.metrics_allow.clone()
        };
        let metrics_allow = allow
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.parse::<Cidr>().map_err(anyhow::Error::msg))
            .collect::<anyhow::Result<Vec<_>>>()
            .context("invalid --metrics-allow")?;
        let proxies = if args.trusted_proxies.is_empty() {
            f.trusted_proxies.unwrap_or_default()
        } else {
            args.trusted_proxies.clone()
        };
        let trusted_proxies = proxies
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.parse::<Cidr>().map_err(anyhow::Error::msg))
            .collect::<anyhow::Result<Vec<_>>>()
            .context("invalid --trusted-proxies")?;
        let quick_exit_url = args
            .quick_exit_url
            .clone()
            .or(f.quick_exit_url)
            .unwrap_or_else(|| wegweiser_web::WebConfig::default().quick_exit_url);
        if !quick_exit_url.starts_with("https://") && !quick_exit_url.starts_with("http://") {
            bail!("quick-exit URL must start with https:// or http://");
        }
        let addr = args
            .addr
            .or(f.addr)
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        let public_url = args
            .public_url
            .clone()
            .or(f.public_url)
            .unwrap_or_else(|| format!("http://{addr}"))
            .trim_end_matches('/')
            .to_string();
        if !public_url.starts_with("https://") && !public_url.starts_with("http://") {
            bail!("public URL must start with https:// or http://");
        }
        let mail_from = args
            .mail_from
            .clone()
            .or(f.mail_from)
            .unwrap_or_else(|| "Wegweiser Lichtenberg <wegweiser@localhost>".into());
        if mail_from.parse::<lettre::message::Mailbox>().is_err() {
            bail!(
                "mail sender {mail_from:?} is not an address such as \"Name <name@example.org>\""
            );
        }
        let confirm_after_days = args
            .confirm_after_days
            .or(f.confirm_after_days)
            .unwrap_or(182);
        if !(1..=3650).contains(&confirm_after_days) {
            bail!("confirm-after-days must be between 1 and 3650");
        }
        let peer_message_retention_days = args
            .peer_message_retention_days
            .or(f.peer_message_retention_days)
            .unwrap_or(wegweiser_domain::peers::DEFAULT_MESSAGE_RETENTION_DAYS);
        if !(1..=3650).contains(&peer_message_retention_days) {
            bail!("peer-message-retention-days must be between 1 and 3650");
        }
        let cv_retention_days = args
            .cv_retention_days
            .or(f.cv_retention_days)
            .unwrap_or(wegweiser_domain::employers::DEFAULT_CV_RETENTION_DAYS);
        if !(1..=3650).contains(&cv_retention_days) {
            bail!("cv-retention-days must be between 1 and 3650");
        }
        let results_cache_mb = args.results_cache_mb.or(f.results_cache_mb).unwrap_or(32);
        if results_cache_mb > 4096 {
            bail!("results-cache-mb must be between 0 and 4096");
        }
        let clock = test_clock(std::env::var(TEST_CLOCK_ENV).ok().as_deref(), &public_url)?
            .unwrap_or_default();
        Ok(Config {
            clock,
            addr,
            confirm_after_days,
            peer_message_retention_days,
            cv_retention_days,
            results_cache_mb,
            smtp_url: args
                .smtp_url
                .clone()
                .or(f.smtp_url)
                .filter(|u| !u.trim().is_empty()),
            mail_from,
            data_dir,
            database_url,
            demo: args.demo || f.demo.unwrap_or(false),
            metrics_allow,
            trusted_proxies,
            quick_exit_url,
            public_url,
            log_format: args.store.log_format.or(f.log_format).unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_beat_file_and_file_beats_defaults() {
        let dir = std::env::temp_dir().join(format!("ww-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("wegweiser.toml");
        std::fs::write(
            &file,
            "addr = \"127.0.0.1:9000\"\ndata_dir = \"/srv/ww\"\ndemo = true\n",
        )
        .unwrap();
        let cfg = Config::load(Some(&file), &ServeArgs::default()).unwrap();
        assert_eq!(cfg.addr.port(), 9000);
        assert!(cfg.demo);
        assert_eq!(cfg.database_url, "sqlite:///srv/ww/wegweiser.sqlite");
        let args = ServeArgs {
            addr: Some("127.0.0.1:9100".parse().unwrap()),
            ..Default::default()
        };
        assert_eq!(Config::load(Some(&file), &args).unwrap().addr.port(), 9100);
        let defaults = Config::load(None, &ServeArgs::default()).unwrap();
        assert_eq!(defaults.addr.to_string(), "127.0.0.1:8080");
        assert!(defaults.database_url.ends_with("data/wegweiser.sqlite"));
        std::fs::write(&file, "adress = \"typo\"\n").unwrap();
        assert!(Config::load(Some(&file), &ServeArgs::default()).is_err());
    }

    #[test]
    fn a_test_clock_is_refused_on_https_and_when_it_is_no_time() {
        assert_eq!(test_clock(None, "http://x").unwrap(), None);
        assert_eq!(test_clock(Some(""), "http://x").unwrap(), None);
        assert!(test_clock(Some("2026-12-01T09:30"), "https://wegweiser.example").is_err());
        assert!(test_clock(Some("Dienstag"), "http://127.0.0.1:8080").is_err());
        let clock = test_clock(Some("2026-12-01T09:30"), "http://127.0.0.1:8080")
            .unwrap()
            .unwrap();
        assert_eq!(clock.today().to_string(), "2026-12-01");
    }
}
