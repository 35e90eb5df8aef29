//! The store: the source of truth, on SQLite (embedded default) or PostgreSQL (for scale).
//!
//! One code base for both: every query is written once with `$n` placeholders and compiled once per
//! backend through [`on_pool!`]. Only the DDL differs, in `migrations/sqlite` and `migrations/postgres`.

mod accounts;
mod ag;
mod backup;
mod chains;
mod changes;
mod directory;
mod editorial;
mod employers;
mod events;
mod freshness;
mod job_contacts;
mod mail;
mod mistakes;
mod needs;
mod network;
mod news;
mod peer_groups;
mod peers;
mod reports;
mod site;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, SqlitePool};

pub use accounts::*;
pub use ag::*;
pub use backup::{BackupSummary, TABLES, latest_schema};
pub use chains::*;
pub use changes::*;
pub use directory::*;
pub use editorial::*;
pub use employers::*;
pub use events::*;
pub use freshness::*;
pub use job_contacts::*;
pub use mail::*;
pub use mistakes::*;
pub use needs::*;
pub use network::*;
pub use news::*;
pub use peer_groups::*;
pub use peers::*;
pub use site::*;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// Someone else saved the same thing meanwhile; the caller should reload and try again.
    #[error("changed by someone else meanwhile")]
    Conflict,
    /// Something with this key exists already: an account for the address, a slug, a registration.
    #[error("{what} exists already")]
    Duplicate { what: &'static str },
    /// There is no room left (an event's waiting list is as long as it may get).
    #[error("{what} is full")]
    Full { what: &'static str },
    /// A reference to something that does not exist (an organisation or article id).
    #[error("there is no {what} {id}")]
    Unknown { what: &'static str, id: String },
    /// Not ready for what was asked: a chain without its parts cannot be published.
    #[error("{0} is not complete")]
    Incomplete(&'static str),
    /// What the store holds does not read as what it should be (a damaged row or document).
    #[error("stored data does not read: {0}")]
    Corrupt(String),
    /// A database URL the store does not open.
    #[error("{0}")]
    Unsupported(String),
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    /// A short, stable name of the kind of failure (a metrics label).
    pub fn kind(&self) -> &'static str {
        match self {
            StoreError::Duplicate { .. } => "duplicate",
            StoreError::Unknown { .. } => "unknown",
            StoreError::Full { .. } => "full",
            StoreError::Incomplete(_) => "incomplete",
            StoreError::Corrupt(_) => "corrupt",
            StoreError::Unsupported(_) => "unsupported",
            StoreError::Json(_) => "json",
            StoreError::Conflict => "conflict",
            StoreError::NotFound => "not_found",
            StoreError::Database(_) => "database",
            StoreError::Migration(_) => "migration",
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The connection pool at one moment (for the metrics).
#[derive(Clone, Copy, Debug)]
pub struct PoolStats {
    pub size: u32,
    pub idle: usize,
    pub max: u32,
}

/// A connection pool on one of the two backends.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same body against whichever pool `db` holds; the body is compiled once per backend.
#[macro_export]
macro_rules! on_pool {
    ($db:expr, |$p:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite($p) => $body,
            $crate::Db::Postgres($p) => $body,
        }
    };
}

/// Starts a transaction that writes. On SQLite it is `BEGIN IMMEDIATE`: the write lock is taken
/// first, so a transaction that reads before it writes waits (the busy timeout) for another writer
/// instead of failing with "database is locked" when it tries to upgrade its read lock.
pub(crate) trait BeginWrite {
    type Database: sqlx::Database;
    fn begin_write(
        &self,
    ) -> impl std::future::Future<
        Output = Result<sqlx::Transaction<'static, Self::Database>, sqlx::Error>,
    > + Send;
}

impl BeginWrite for SqlitePool {
    type Database = sqlx::Sqlite;
    fn begin_write(
        &self,
    ) -> impl std::future::Future<
        Output = Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error>,
    > + Send {
        self.begin_with("BEGIN IMMEDIATE")
    }
}

impl BeginWrite for PgPool {
    type Database = sqlx::Postgres;
    fn begin_write(
        &self,
    ) -> impl std::future::Future<
        Output = Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error>,
    > + Send {
        self.begin()
    }
}

/// Queues a mail inside transaction `$tx`: it is sent only if the transaction commits.
macro_rules! enqueue_mail {
    ($tx:expr, $mail:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO mail_queue (to_addr, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(&$mail.to)
        .bind(&$mail.subject)
        .bind(&$mail.body)
        .bind($now)
        .execute(&mut *$tx)
        .await?
    };
}
pub(crate) use enqueue_mail;

/// Runs the write `$query` in `$tx`; `NotFound` (returned from the caller) when it changed no row.
macro_rules! write_one {
    ($tx:expr, $query:expr) => {
        if $query.execute(&mut *$tx).await?.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
    };
}
pub(crate) use write_one;

/// Queues a mail with its calendar object (`$ics`, an iCalendar text) inside `$tx`.
macro_rules! enqueue_calendar_mail {
    ($tx:expr, $mail:expr, $ics:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO mail_queue (to_addr, subject, body, created_at, next_attempt_at, calendar) \
             VALUES ($1, $2, $3, $4, $4, $5)",
        )
        .bind(&$mail.to)
        .bind(&$mail.subject)
        .bind(&$mail.body)
        .bind($now)
        .bind($ics)
        .execute(&mut *$tx)
        .await?
    };
}
pub(crate) use enqueue_calendar_mail;

impl Db {
    pub fn pool_stats(&self) -> PoolStats {
        on_pool!(self, |p| PoolStats {
            size: p.size(),
            idle: p.num_idle(),
            max: p.options().get_max_connections(),
        })
    }
}

/// Records a change inside transaction `$tx`, so every instance's search index follows it.
macro_rules! log_change {
    ($tx:expr, $entity:expr, $id:expr, $now:expr) => {
        sqlx::query("INSERT INTO change_log (entity, entity_id, changed_at) VALUES ($1, $2, $3)")
            .bind($entity.as_str())
            .bind($id)
            .bind($now)
            .execute(&mut *$tx)
            .await?
    };
}
pub(crate) use log_change;

/// Writes an audit entry inside transaction `$tx`: when, who (`None` for the system or a person
/// who deleted their account), what, on which entity (or `None`), and an optional detail.
macro_rules! audit {
    ($tx:expr, $now:expr, $actor:expr, $action:expr, $entity:expr, $id:expr) => {
        $crate::audit!($tx, $now, $actor, $action, $entity, $id, "")
    };
    ($tx:expr, $now:expr, $actor:expr, $action:expr, $entity:expr, $id:expr, $detail:expr) => {
        sqlx::query(
            "INSERT INTO audit_log (at, account_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind($now)
        .bind($actor)
        .bind($action)
        .bind($entity)
        // Always an i64: PostgreSQL keeps the parameter types of the first preparation of a
        // statement on a connection, so one i32 here would break every later entry there.
        .bind($crate::EntityId::entity_id($id))
        .bind($detail)
        .execute(&mut *$tx)
        .await?
    };
}
pub(crate) use audit;

impl Db {
    /// The coordinator publishes or rejects a proposal in `table` (peer groups, employers: a
    /// `status` that is 'proposed' until decided, `decided_at`, `decided_by`), logged as
    /// `actions.0` or `actions.1`. `NotFound` unless it waits for a decision.
    pub(crate) async fn decide_proposal(
        &self,
        table: &'static str,
        id: i64,
        coordinator: wegweiser_domain::accounts::AccountId,
        publish: bool,
        actions: (&'static str, &'static str),
        now: chrono::DateTime<chrono::Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let status = if publish { "published" } else { "rejected" };
            // `table` is one of the callers' constants, never input.
            let done = sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE {table} SET status = $2, decided_at = $3, decided_by = $4 \
                 WHERE id = $1 AND status = 'proposed'"
            )))
            .bind(id)
            .bind(status)
            .bind(now)
            .bind(coordinator)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            let action = if publish { actions.0 } else { actions.1 };
            audit!(tx, now, coordinator, action, table, id);
            tx.commit().await?;
        });
        Ok(())
    }
}

/// An audit entry's entity id, bound as an optional i64 whatever integer the caller has.
pub(crate) trait EntityId {
    fn entity_id(self) -> Option<i64>;
}
impl EntityId for i64 {
    fn entity_id(self) -> Option<i64> {
        Some(self)
    }
}
impl EntityId for i32 {
    fn entity_id(self) -> Option<i64> {
        Some(i64::from(self))
    }
}
impl EntityId for Option<i64> {
    fn entity_id(self) -> Option<i64> {
        self
    }
}

/// The advisory lock's key: any fixed number no other part of the application uses.
const SETUP_LOCK_KEY: i64 = 0x5765_6777_6569_7365;

/// Held while one instance sets up shared content; see [`Db::setup_lock`].
pub struct SetupLock(Option<sqlx::pool::PoolConnection<sqlx::Postgres>>);

impl SetupLock {
    pub async fn release(mut self) -> StoreResult<()> {
        if let Some(mut conn) = self.0.take() {
            sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(SETUP_LOCK_KEY)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }
}

impl Drop for SetupLock {
    /// Not released (an error in between): the connection is closed rather than returned to the
    /// pool, which ends its session and with it the lock.
    fn drop(&mut self) {
        if let Some(conn) = self.0.take() {
            drop(conn.detach());
        }
    }
}

pub(crate) static SQLITE_MIGRATIONS: sqlx::migrate::Migrator =
    sqlx::migrate!("./migrations/sqlite");
pub(crate) static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator =
    sqlx::migrate!("./migrations/postgres");

/// The database URL with any password replaced, for logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

impl Db {
    /// Opens the store named by `url`: `postgres://…` selects PostgreSQL, `sqlite:…` SQLite.
    pub async fn connect(url: &str) -> StoreResult<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(opts)
                .await?;
            Ok(Db::Postgres(pool))
        } else if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(opts)
                .await?;
            Ok(Db::Sqlite(pool))
        } else {
            Err(StoreError::Unsupported(format!(
                "unsupported database URL {:?}: use sqlite:… or postgres://…",
                redact_url(url)
            )))
        }
    }

    /// The default embedded store: a SQLite file in the data directory.
    pub fn sqlite_url_for(data_dir: &Path) -> String {
        format!("sqlite://{}", data_dir.join("wegweiser.sqlite").display())
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    pub async fn migrate(&self) -> StoreResult<()> {
        match self {
            Db::Sqlite(p) => SQLITE_MIGRATIONS.run(p).await?,
            Db::Postgres(p) => POSTGRES_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    /// A cheap round trip, for readiness checks.
    pub async fn ping(&self) -> StoreResult<()> {
        on_pool!(self, |p| sqlx::query("SELECT 1")
            .execute(p)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Takes the store-wide setup lock (a PostgreSQL advisory lock), so that instances started
    /// together with `--demo` load the demo content once: the second waits, then finds it there.
    /// SQLite stores are used by one instance and need none. Release it with [`SetupLock::release`].
    pub async fn setup_lock(&self) -> StoreResult<SetupLock> {
        match self {
            Db::Sqlite(_) => Ok(SetupLock(None)),
            Db::Postgres(p) => {
                let mut conn = p.acquire().await?;
                sqlx::query("SELECT pg_advisory_lock($1)")
                    .bind(SETUP_LOCK_KEY)
                    .execute(&mut *conn)
                    .await?;
                Ok(SetupLock(Some(conn)))
            }
        }
    }

    pub async fn close(&self) {
        on_pool!(self, |p| p.close().await)
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db.example:5432/wegweiser"),
            "postgres://app:***@db.example:5432/wegweiser"
        );
        assert_eq!(
            redact_url("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
        assert_eq!(
            redact_url("sqlite://data/wegweiser.sqlite"),
            "sqlite://data/wegweiser.sqlite"
        );
    }
}
