//! The state every handler shares: the store, the settings, the search index and the categories,
//! and the follower that keeps this instance's index current with the store's change log.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::RwLock;
use wegweiser_domain::directory::Category;
use wegweiser_domain::needs::{UsageKey, UsageKind};
use wegweiser_search::{IndexContext, Position, SearchIndex, Synonyms};
use wegweiser_store::{Db, Entity, OfferSelect};

use crate::kit::i18n;
use crate::site::cidr::Cidr;

/// Settings of the web layer.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// Networks besides loopback that may read /metrics.
    pub metrics_allow: Vec<Cidr>,
    /// Reverse proxies whose forwarding headers are believed (`kit::client::ClientIp`).
    pub trusted_proxies: Vec<Cidr>,
    /// Where the quick-exit button leads.
    pub quick_exit_url: String,
    /// Cookies carry `Secure` (the site is served over https).
    pub secure_cookies: bool,
    /// The address people use, without trailing slash: links in mails start with it.
    pub public_url: String,
    /// When entries need confirming and when pages say they were not confirmed recently.
    pub freshness: wegweiser_domain::freshness::FreshnessPolicy,
    /// Days the tandem's messages are kept.
    pub peer_message_retention_days: i64,
    /// Days a CV sent to an employer is kept.
    pub cv_retention_days: i64,
    /// Where "now" comes from (a test clock only in tests).
    pub clock: wegweiser_domain::time::Clock,
    /// Bytes of rendered results pages kept for repeated requests (`kit::rendered`); 0 keeps none.
    pub results_cache_bytes: usize,
    /// The sender of the site's mails ("Name <address>" or an address): the organiser of AG
    /// meetings in their calendar entries.
    pub mail_from: String,
    /// Where the search index is kept between runs (in the data directory); `None` keeps it in
    /// memory only, built at every start.
    pub index_dir: Option<std::path::PathBuf>,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            metrics_allow: vec![],
            quick_exit_url: "https://www.wetter.de/".into(),
            secure_cookies: false,
            trusted_proxies: Vec::new(),
            public_url: "http://127.0.0.1:8080".into(),
            freshness: Default::default(),
            peer_message_retention_days: wegweiser_domain::peers::DEFAULT_MESSAGE_RETENTION_DAYS,
            cv_retention_days: wegweiser_domain::employers::DEFAULT_CV_RETENTION_DAYS,
            clock: Default::default(),
            mail_from: "wegweiser@localhost".into(),
            results_cache_bytes: 32 << 20,
            index_dir: None,
        }
    }
}

/// Shared state: one reference-counted pointer, so the clone each extractor and middleware makes
/// per request is one atomic operation (a struct of a dozen `Arc`s was 3.6 % of a page's time).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What `AppState` points to.
pub struct Shared {
    pub db: Db,
    pub config: Arc<WebConfig>,
    pub index: Arc<RwLock<Option<Arc<SearchIndex>>>>,
    pub categories: Arc<RwLock<Arc<Vec<Category>>>>,
    /// The last change-log entry the index reflects.
    followed: Arc<std::sync::atomic::AtomicI64>,
    /// Password hashing: one thread per core, a short queue, then 503.
    pub hashing: Arc<crate::kit::workers::Workers>,
    /// Use counted since the last flush (for the needs radar): counts per day, kind, category and
    /// Ortsteil, never anything about a visitor. Bounded by `USAGE_KEYS_MAX`.
    usage: Arc<std::sync::Mutex<std::collections::HashMap<UsageKey, u64>>>,
    /// The public statistics page per language with the moment it was made: it reads every
    /// offer and all counts, so anonymous requests share one rendering for a few minutes, and
    /// the lock lets only one request at a time make it.
    pub(crate) statistics: Arc<tokio::sync::Mutex<PageCache>>,
    /// What the public pages show besides the offers (`Published`), read from the store at start
    /// and after every change; `None` until first read.
    published: std::sync::RwLock<Option<Arc<Published>>>,
    /// The follower's memory, shared by its loop and the catch-up after this instance's writes,
    /// so the two never apply the log at the same time.
    follower: tokio::sync::Mutex<Follower>,
    /// How many times the index was built (a rebuilt index counts its changes from 0 again).
    index_builds: std::sync::atomic::AtomicU64,
    /// Rendered results pages for the same request again, exact by their stamp.
    pub(crate) results: crate::kit::rendered::RenderedPages,
}

/// The published chains, events, groups and newest articles as the public pages show them: a read
/// model in memory, so a page view costs no store round trip. It is read again every time the
/// follower polls (every 500 ms: other instances' writes, articles whose time has come) and before
/// a write through this instance answers (`catch_up`), so a writer sees the write on the next page.
#[derive(Debug, Default)]
pub struct Published {
    pub chains: Vec<(String, wegweiser_domain::chains::Chain)>,
    pub events: Vec<wegweiser_domain::events::Event>,
    pub groups: Vec<wegweiser_store::StoredGroup>,
    /// The newest public articles, at most `Published::ARTICLES`.
    pub articles: Vec<wegweiser_domain::news::Article>,
    /// Counts the reads that found something changed: cached pages made from an older version
    /// are not served.
    pub version: u64,
}

impl PartialEq for Published {
    /// The same content, whatever the version.
    fn eq(&self, other: &Self) -> bool {
        self.chains == other.chains
            && self.events == other.events
            && self.groups == other.groups
            && self.articles == other.articles
    }
}

impl Published {
    /// Articles kept: the home page shows two, the room is for a future page of a few.
    pub const ARTICLES: usize = 6;
}

#[derive(Default)]
struct Follower {
    /// Entries applied in the last 30 s (`apply_changes` reads the last 10 s again).
    recent: std::collections::VecDeque<(i64, std::time::Instant)>,
    /// When the last catch-up began: a write that finished before it is already visible.
    last_catch_up: Option<std::time::Instant>,
    /// After an index was opened from disk: entries changed since this moment are read again
    /// once, besides those after its position (a transaction may have committed late).
    reread_from: Option<chrono::DateTime<chrono::Utc>>,
    /// The index opened from disk is to be built afresh (made by another build of the program,
    /// or far behind the log); the follower does it while the opened one serves.
    rebuild_due: bool,
}

/// Rendered pages per language, with the moment each was made.
pub(crate) type PageCache =
    std::collections::HashMap<String, (chrono::DateTime<chrono::Utc>, String)>;

/// Changes behind the log past which an opened index is built afresh rather than brought up to
/// date change by change (each is a commit of its own).
const REBUILD_AFTER_CHANGES: i64 = 5_000;

/// Who makes the index: this program's version and build (its file's size and time), so that an
/// index kept by another build is replaced by a fresh one.
fn index_maker() -> String {
    static MAKER: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let file = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| {
                let modified = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{} {}", m.len(), modified)
            })
            .unwrap_or_default();
        format!("{} {}", env!("CARGO_PKG_VERSION"), file)
    });
    MAKER.clone()
}

/// The index directories kept under `dir`, oldest first (each is named by when it was built).
fn kept_indexes(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<(i64, std::path::PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let built: i64 = e.file_name().to_str()?.parse().ok()?;
            Some((built, e.path()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

/// Removes the kept indexes other than `keep` (older builds) that no index writes to. Instances
/// that share a data directory (behind a load balancer, for one outbox) each keep their own index
/// there: one in use holds tantivy's writer lock and is left alone.
fn remove_other_indexes(dir: &std::path::Path, keep: &std::path::Path) {
    let in_use = |index: &std::path::Path| {
        std::fs::File::open(index.join(".tantivy-writer.lock")).is_ok_and(|f| f.try_lock().is_err())
    };
    for old in kept_indexes(dir) {
        if old != keep
            && !in_use(&old)
            && let Err(e) = std::fs::remove_dir_all(&old)
        {
            tracing::warn!(error = %e, dir = %old.display(), "an old search index was not removed");
        }
    }
}

/// Distinct counters kept between two flushes at most (categories × Ortsteile × kinds of a day
/// are far fewer); beyond it a count is dropped rather than memory growing.
const USAGE_KEYS_MAX: usize = 20_000;

impl AppState {
    pub fn new(db: Db, config: WebConfig) -> Self {
        let results_bytes = config.results_cache_bytes;
        AppState(Arc::new(Shared {
            db,
            config: Arc::new(config),
            index: Arc::new(RwLock::new(None)),
            categories: Arc::new(RwLock::new(Arc::new(Vec::new()))),
            followed: Arc::new(std::sync::atomic::AtomicI64::new(0)),
            usage: Arc::default(),
            statistics: Arc::default(),
            published: Default::default(),
            follower: Default::default(),
            index_builds: Default::default(),
            results: crate::kit::rendered::RenderedPages::new(results_bytes),
            hashing: {
                let cores = std::thread::available_parallelism().map_or(2, usize::from);
                // A hash takes tens of milliseconds: 32 waiting per thread is about a second; waiting
                // jobs hold no hashing memory.
                Arc::new(crate::kit::workers::Workers::start(
                    "password-hash",
                    cores,
                    cores * 32,
                ))
            },
        }))
    }

    /// Now, by the site's clock: every handler and job asks here, never the system clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.config.clock.now()
    }

    /// Berlin wall-clock time now, by the site's clock.
    pub fn berlin_now(&self) -> chrono::NaiveDateTime {
        self.config.clock.berlin_now()
    }

    /// Today in Berlin, by the site's clock (offers expire by the Berlin day).
    pub fn today(&self) -> chrono::NaiveDate {
        self.berlin_now().date()
    }

    /// Makes the search index ready; /readyz answers 200 once this has run. The index kept in the
    /// data directory is opened when there is one, and follows the change log from where it
    /// stood; otherwise (or when it cannot be read) it is built from the store.
    pub async fn start_index(&self) -> Result<usize, anyhow::Error> {
        if let Some(dir) = self.config.index_dir.clone() {
            match self.open_index(&dir).await {
                Ok(n) => return Ok(n),
                Err(e) => {
                    tracing::info!(reason = %e, "no search index to open; building it from the store");
                }
            }
        }
        self.rebuild_index().await
    }

    /// Opens the newest index kept under `dir` (see [`AppState::start_index`]).
    async fn open_index(&self, dir: &std::path::Path) -> Result<usize, anyhow::Error> {
        let newest = kept_indexes(dir)
            .pop()
            .ok_or_else(|| anyhow::anyhow!("none kept in {}", dir.display()))?;
        let (categories, ctx) = self.index_context().await?;
        let maker = index_maker();
        let path = newest.clone();
        let opened =
            tokio::task::spawn_blocking(move || SearchIndex::open(&path, ctx, &maker)).await??;
        let latest = self.db.latest_change().await?;
        let position = opened.position;
        // A store behind the index (restored from an older backup, or another store) has not
        // seen what the index holds: it is built afresh.
        if latest < position.seq {
            anyhow::bail!(
                "the store's change log ends at {latest}, before the index's position {}",
                position.seq
            );
        }
        let stale = opened.stale;
        let index = Arc::new(opened.index);
        self.followed
            .fetch_max(position.seq, std::sync::atomic::Ordering::SeqCst);
        {
            let mut f = self.follower.lock().await;
            f.reread_from = chrono::DateTime::from_timestamp(position.at, 0)
                .map(|at| at - wegweiser_store::LATE_COMMIT_WINDOW);
            // Far behind the log, a build is quicker than applying each change.
            f.rebuild_due = stale || latest - position.seq > REBUILD_AFTER_CHANGES;
            // Ready means current: what changed while this instance was down is applied before
            // the index serves (unless a build is due; the opened index serves meanwhile).
            if !f.rebuild_due {
                self.apply_changes_to(&index, &mut f, false).await?;
            }
        }
        let n = index.len();
        *self.categories.write().await = Arc::new(categories);
        *self.index.write().await = Some(index);
        self.index_builds
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        metrics::counter!("search_index_opened_total").increment(1);
        tracing::info!(dir = %newest.display(), seq = position.seq, latest, stale, "search index opened");
        remove_other_indexes(dir, &newest);
        Ok(n)
    }

    /// What the index needs besides the offers, read from the store.
    async fn index_context(&self) -> Result<(Vec<Category>, IndexContext), anyhow::Error> {
        let categories = self.db.categories().await?;
        let rules = self.db.synonym_rules().await?;
        let ctx = IndexContext {
            categories: categories.clone(),
            synonyms: Synonyms::from_lines(rules.iter().map(String::as_str)),
            extra_terms: i18n::vocabulary_labels(),
        };
        Ok((categories, ctx))
    }

    /// Builds the search index from the store (kept in the data directory when there is one) and
    /// puts it in place of the one serving.
    pub async fn rebuild_index(&self) -> Result<usize, anyhow::Error> {
        // Read the log position first: changes made while the index builds are applied again later.
        let seq = self.db.latest_change().await?;
        let position = Position {
            seq,
            at: self.now().timestamp(),
        };
        let (categories, ctx) = self.index_context().await?;
        let offers = self.db.published_offers(OfferSelect::All).await?;
        let home = self
            .config
            .index_dir
            .as_ref()
            .map(|dir| dir.join(chrono::Utc::now().timestamp_millis().to_string()));
        let at = home.clone();
        let index = tokio::task::spawn_blocking(move || {
            SearchIndex::build_in(at.as_deref(), offers, ctx, position, &index_maker())
        })
        .await??;
        let n = index.len();
        let index_on_disk = index.on_disk();
        metrics::counter!("search_index_builds_total").increment(1);
        *self.categories.write().await = Arc::new(categories);
        *self.index.write().await = Some(Arc::new(index));
        self.index_builds
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.followed
            .fetch_max(seq, std::sync::atomic::Ordering::SeqCst);
        if let (Some(dir), Some(home)) = (&self.config.index_dir, &home) {
            if index_on_disk {
                remove_other_indexes(dir, home);
            } else {
                tracing::warn!(dir = %home.display(), "the search index could not be kept there; it is in memory only");
            }
        }
        Ok(n)
    }

    /// Follows the store's change log so that edits made through any instance are findable here,
    /// and reads the published content again.
    pub async fn follow_changes(self, every: Duration) {
        loop {
            tokio::time::sleep(every).await;
            {
                // One at a time with the catch-up: a read that began earlier never replaces a newer one.
                let mut f = self.follower.lock().await;
                if f.rebuild_due {
                    match self.rebuild_index().await {
                        Ok(_) => f.rebuild_due = false,
                        Err(e) => {
                            tracing::warn!(error = %e, "rebuilding the search index failed; trying again")
                        }
                    }
                }
                if let Err(e) = self.apply_changes(&mut f, true).await {
                    tracing::warn!(error = %e, "following the change log failed; trying again");
                }
                if let Err(e) = self.refresh_published(&mut f).await {
                    tracing::warn!(error = %e, "reading the published content failed; trying again");
                }
            }
            // Work out which offers are open this minute before a query has to.
            if let Some(index) = self.current_index().await {
                let now = self.berlin_now();
                let _ = tokio::task::spawn_blocking(move || index.prepare(now)).await;
            }
        }
    }

    /// Makes a write that finished at `written` visible to this instance's next page: applies the
    /// change log (offers; a rebuild for categories or synonyms is left to the follower, it can take
    /// seconds) and reads the published content again. Writes that finish together share one
    /// catch-up: one that began after `written` covers it.
    pub(crate) async fn catch_up(&self, written: std::time::Instant) -> anyhow::Result<()> {
        let mut f = self.follower.lock().await;
        if f.last_catch_up.is_some_and(|t| t >= written) {
            return Ok(());
        }
        f.last_catch_up = Some(std::time::Instant::now());
        self.apply_changes(&mut f, false).await?;
        self.refresh_published(&mut f).await?;
        Ok(())
    }

    /// What a page made now from `index` and the read model is made from (`kit::rendered`): read
    /// before the page is made, so a page never outlives a change it did not see.
    pub(crate) async fn stamp(
        &self,
        index: &SearchIndex,
    ) -> wegweiser_store::StoreResult<crate::kit::rendered::Stamp> {
        let content = self.published().await?.version;
        Ok(crate::kit::rendered::Stamp {
            minute: self.berlin_now().and_utc().timestamp() / 60,
            index_build: self.index_builds.load(std::sync::atomic::Ordering::SeqCst),
            index: index.generation(),
            content,
        })
    }

    /// The published content as the public pages show it (read from the store on first use).
    pub(crate) async fn published(&self) -> wegweiser_store::StoreResult<Arc<Published>> {
        let held = self
            .published
            .read()
            .map(|p| p.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().clone());
        match held {
            Some(p) => Ok(p),
            None => {
                let mut f = self.follower.lock().await;
                self.refresh_published(&mut f).await
            }
        }
    }

    /// Reads the published content; the caller holds the follower (`_turn`), so reads never overlap.
    async fn refresh_published(
        &self,
        _turn: &mut Follower,
    ) -> wegweiser_store::StoreResult<Arc<Published>> {
        let (chains, events, groups, articles) = tokio::try_join!(
            self.db.published_chains(),
            self.db.published_events(),
            self.db.published_groups(None),
            self.db
                .public_articles(None, self.now(), Published::ARTICLES as i64),
        )?;
        let mut fresh = Published {
            chains,
            events,
            groups,
            articles,
            version: 0,
        };
        let mut slot = self
            .published
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match slot.as_ref() {
            // Unchanged: keep the held one, so its version (and the pages cached with it) stay.
            Some(held) if **held == fresh => return Ok(held.clone()),
            Some(held) => fresh.version = held.version + 1,
            None => {}
        }
        let fresh = Arc::new(fresh);
        *slot = Some(fresh.clone());
        Ok(fresh)
    }

    /// Applies the change log's new entries to the index; `rebuild` allows the rebuild a change of
    /// categories or synonyms needs (without it, the entry and those after it wait for the follower).
    async fn apply_changes(&self, f: &mut Follower, rebuild: bool) -> anyhow::Result<()> {
        match self.current_index().await {
            Some(index) => self.apply_changes_to(&index, f, rebuild).await,
            None => Ok(()),
        }
    }

    /// As [`AppState::apply_changes`], to `index` (which may not be serving yet).
    async fn apply_changes_to(
        &self,
        index: &Arc<SearchIndex>,
        f: &mut Follower,
        rebuild: bool,
    ) -> anyhow::Result<()> {
        use std::sync::atomic::Ordering;
        let last = self.followed.load(Ordering::SeqCst);
        let now = self.now();
        let window = now - wegweiser_store::LATE_COMMIT_WINDOW;
        let since = f.reread_from.map_or(window, |t| t.min(window));
        let changes = self.db.changes_since(last, since).await?;
        f.reread_from = None;
        let recent = &mut f.recent;
        let horizon = std::time::Instant::now() - Duration::from_secs(30);
        while recent.front().is_some_and(|(_, t)| *t < horizon) {
            recent.pop_front();
        }
        for c in changes {
            if recent.iter().any(|(seq, _)| *seq == c.seq) {
                continue;
            }
            // Committed with the change it is applied with: a restart applies what comes after.
            index.set_position(Position {
                seq: self.followed.load(Ordering::SeqCst).max(c.seq),
                at: now.timestamp(),
            });
            match c.entity {
                Entity::Offer => {
                    let found = match self.db.published_offer(c.entity_id).await {
                        Ok(o) => Some(o),
                        Err(wegweiser_store::StoreError::NotFound) => None,
                        Err(e) => return Err(e.into()),
                    };
                    let idx = index.clone();
                    let id = c.entity_id;
                    tokio::task::spawn_blocking(move || match found {
                        Some(o) => idx.upsert(o),
                        None => idx.remove(id),
                    })
                    .await??;
                }
                Entity::Organization => {
                    let offers = self
                        .db
                        .published_offers(OfferSelect::ByOrganization(c.entity_id))
                        .await?;
                    let idx = index.clone();
                    tokio::task::spawn_blocking(move || {
                        offers.into_iter().try_for_each(|o| idx.upsert(o))
                    })
                    .await??;
                }
                Entity::Synonyms | Entity::Categories if !rebuild => break,
                Entity::Synonyms | Entity::Categories => {
                    self.rebuild_index().await?;
                    // The new index read the store after this entry; what follows in the log
                    // is applied to it at the next poll, not to the old one here.
                    recent.push_back((c.seq, std::time::Instant::now()));
                    self.followed.fetch_max(c.seq, Ordering::SeqCst);
                    return Ok(());
                }
            }
            recent.push_back((c.seq, std::time::Instant::now()));
            self.followed.fetch_max(c.seq, Ordering::SeqCst);
            tracing::debug!(
                seq = c.seq,
                entity = c.entity.as_str(),
                id = c.entity_id,
                "change applied to the index"
            );
        }
        Ok(())
    }

    /// Counts a search that found nothing, for the needs radar; anonymised, and off the request path.
    /// The radar also counts it under the search's category and Ortsteil filters.
    pub(crate) fn record_search_miss(&self, q: &wegweiser_domain::directory::OfferQuery) {
        let Some(query) = wegweiser_domain::needs::anonymise_query(&q.text) else {
            return;
        };
        self.count_use(
            UsageKind::SearchMiss,
            q.category.as_deref().unwrap_or(""),
            q.ortsteil.as_deref().unwrap_or(""),
        );
        let db = self.db.clone();
        let day = self.berlin_now().date();
        tokio::spawn(async move {
            if let Err(e) = db.record_search_miss(&query, day).await {
                tracing::warn!(error = %e, "could not record a search without results");
            }
        });
    }

    /// Counts one use for the needs radar (in memory; `flush_usage` writes it to the store).
    pub(crate) fn count_use(&self, kind: UsageKind, category: &str, ortsteil: &str) {
        let key = UsageKey {
            day: self.berlin_now().date(),
            kind,
            category: category.to_string(),
            ortsteil: ortsteil.to_string(),
        };
        if let Ok(mut m) = self.usage.lock()
            && (m.len() < USAGE_KEYS_MAX || m.contains_key(&key))
        {
            *m.entry(key).or_insert(0) += 1;
        }
    }

    /// Writes the counted use to the store (on failure it is kept for the next try).
    pub async fn flush_usage(&self) -> wegweiser_store::StoreResult<()> {
        let taken: Vec<(UsageKey, u64)> = match self.usage.lock() {
            Ok(mut m) => m.drain().collect(),
            Err(_) => return Ok(()),
        };
        if let Err(e) = self.db.add_usage(&taken).await {
            if let Ok(mut m) = self.usage.lock() {
                for (k, n) in taken {
                    *m.entry(k).or_insert(0) += n;
                }
            }
            return Err(e);
        }
        Ok(())
    }

    /// Flushes the counted use every `every` (each instance its own; the store adds them up).
    pub async fn flush_usage_every(self, every: std::time::Duration) {
        loop {
            tokio::time::sleep(every).await;
            if let Err(e) = self.flush_usage().await {
                tracing::warn!(error = %e, "counted use not written yet; trying again");
            }
        }
    }

    pub(crate) async fn current_index(&self) -> Option<Arc<SearchIndex>> {
        self.index.read().await.clone()
    }

    pub(crate) async fn current_categories(&self) -> Arc<Vec<Category>> {
        self.categories.read().await.clone()
    }
}

/// After a write through this instance (a request that is not GET or HEAD and did not fail), catch
/// up before answering, so the page the writer sees next shows the write.
pub(crate) async fn catch_up_after_writes(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::Method;
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let res = next.run(req).await;
    if writes
        && !res.status().is_client_error()
        && !res.status().is_server_error()
        && let Err(e) = state.catch_up(std::time::Instant::now()).await
    {
        tracing::warn!(error = %e, "catching up after a write failed; the follower will");
    }
    res
}
