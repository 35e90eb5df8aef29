//! Backup and restore as a portable archive: one JSON line per row of every table, after a header
//! that names the format and the schema version. The same file restores into SQLite or PostgreSQL,
//! so a site can move from one store to the other. Media bytes travel as `\x…` hex (PostgreSQL's
//! own text form of `bytea`), times as RFC 3339 in UTC.

use std::io::{BufRead, Write};

use serde_json::{Map, Value};
use sqlx::{AssertSqlSafe, Row};

use crate::{BeginWrite, Db, POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS, StoreError, StoreResult};

/// Every table, in the order they were created: a table's references point only to earlier ones,
/// so rows restored in this order never point to a row not there yet. A test checks that the list
/// covers every table the migrations create.
pub const TABLES: [&str; 65] = [
    "organization",
    "location",
    "service",
    "service_at_location",
    "taxonomy_term",
    "service_taxonomy",
    "service_language",
    "service_target_group",
    "schedule",
    "schedule_exception",
    "translation",
    "search_synonym",
    "change_log",
    "search_miss",
    "account",
    "account_organization",
    "session",
    "login_throttle",
    "audit_log",
    "mail_queue",
    "account_token",
    "offer_revision",
    "offer_reminder",
    "offer_report",
    "chain",
    "event",
    "event_places",
    "event_registration",
    "event_revision",
    "media",
    "article",
    "newsletter_subscriber",
    "newsletter_issue",
    "site_page",
    "peer_profile",
    "peer_block",
    "peer_request",
    "peer_message",
    "account_confirmation",
    "peer_group",
    "peer_group_member",
    "peer_group_message",
    // Reports point to messages of both kinds and to groups.
    "peer_report",
    "employer",
    "account_employer",
    "job",
    "job_window",
    "employer_pledge",
    "job_contact",
    "job_contact_message",
    "job_cv",
    "ag_member",
    "ag_meeting",
    "ag_item",
    "ag_rsvp",
    "ag_decision",
    "ag_action",
    "ag_document",
    "org_contact",
    "referral_slip",
    "council_paper",
    "need",
    "need_report",
    "usage_count",
    "ortsteil_households",
];

/// The tables whose rows mean the store is in use: a restore goes only into a store without them.
const CONTENT: [&str; 6] = [
    "organization",
    "service",
    "account",
    "event",
    "article",
    "chain",
];

const FORMAT: &str = "wegweiser-backup";

/// What a backup or restore handled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupSummary {
    pub schema: i64,
    pub rows: u64,
}

/// The schema version this program's migrations end at (the same numbers on both stores).
pub fn latest_schema() -> i64 {
    SQLITE_MIGRATIONS
        .iter()
        .chain(POSTGRES_MIGRATIONS.iter())
        .map(|m| m.version)
        .max()
        .unwrap_or(0)
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("backup: {what}"))
}

/// A time as SQLite stores it (sqlx writes UTC in RFC 3339 with automatic fractions), so that
/// comparisons of stored times as text stay right after a restore from PostgreSQL.
/// A wall-clock time without zone (PostgreSQL's `TIMESTAMP`, as the AG's meetings have) is
/// written as sqlx writes one into SQLite ("2026-11-11 15:00:00").
fn sqlite_value(v: Value) -> Value {
    match v {
        Value::String(s) if s.len() >= 19 && s.as_bytes().get(10) == Some(&b'T') => {
            if let Ok(t) = chrono::DateTime::parse_from_rfc3339(&s) {
                return Value::String(
                    t.to_utc()
                        .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false),
                );
            }
            match chrono::NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S%.f") {
                Ok(t) => Value::String(t.format("%F %T%.f").to_string()),
                Err(_) => Value::String(s),
            }
        }
        other => other,
    }
}

impl Db {
    /// The schema version the store is at.
    pub async fn schema_version(&self) -> StoreResult<i64> {
        let v: Option<i64> = crate::on_pool!(self, |p| sqlx::query_scalar(
            "SELECT MAX(version) FROM _sqlx_migrations WHERE success"
        )
        .fetch_one(p)
        .await?);
        Ok(v.unwrap_or(0))
    }

    /// Writes every table to `out`; reads each table in one statement (inside one transaction on
    /// PostgreSQL, so the tables agree with each other).
    pub async fn backup_to(&self, out: &mut impl Write) -> StoreResult<BackupSummary> {
        let schema = self.schema_version().await?;
        let header =
            serde_json::json!({ "format": FORMAT, "schema": schema, "tables": TABLES.as_slice() });
        writeln!(out, "{header}").map_err(corrupt)?;
        let mut rows = 0u64;
        match self {
            Db::Sqlite(p) => {
                let mut conn = p.acquire().await?;
                for table in TABLES {
                    let columns: Vec<(String, String)> = sqlx::query(AssertSqlSafe(format!(
                        "SELECT name, type FROM pragma_table_info('{table}') ORDER BY cid"
                    )))
                    .fetch_all(&mut *conn)
                    .await?
                    .iter()
                    .map(|r| (r.get::<String, _>(0), r.get::<String, _>(1)))
                    .collect();
                    let fields = columns
                        .iter()
                        .map(|(c, t)| {
                            if t.eq_ignore_ascii_case("BLOB") {
                                format!("'{c}', '\\x' || lower(hex({c}))")
                            } else {
                                format!("'{c}', {c}")
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    let lines: Vec<String> = sqlx::query_scalar(AssertSqlSafe(format!(
                        "SELECT json_object({fields}) FROM {table} ORDER BY rowid"
                    )))
                    .fetch_all(&mut *conn)
                    .await?;
                    for row in lines {
                        writeln!(out, "{{\"t\":\"{table}\",\"r\":{row}}}").map_err(corrupt)?;
                        rows += 1;
                    }
                }
            }
            Db::Postgres(p) => {
                let mut tx = p.begin().await?;
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("SET LOCAL TIME ZONE 'UTC'")
                    .execute(&mut *tx)
                    .await?;
                for table in TABLES {
                    let lines: Vec<String> = sqlx::query_scalar(AssertSqlSafe(format!(
                        "SELECT row_to_json(t)::text FROM {table} t ORDER BY 1"
                    )))
                    .fetch_all(&mut *tx)
                    .await?;
                    for row in lines {
                        writeln!(out, "{{\"t\":\"{table}\",\"r\":{row}}}").map_err(corrupt)?;
                        rows += 1;
                    }
                }
                tx.commit().await?;
            }
        }
        out.flush().map_err(corrupt)?;
        Ok(BackupSummary { schema, rows })
    }

    /// Restores a backup into this store, which must be at the same schema version and hold no
    /// content yet; all in one transaction (a broken file leaves the store as it was).
    pub async fn restore_from(&self, input: impl BufRead) -> StoreResult<BackupSummary> {
        let mut lines = input.lines();
        let header: Value = serde_json::from_str(
            &lines
                .next()
                .ok_or_else(|| corrupt("the file is empty"))?
                .map_err(corrupt)?,
        )
        .map_err(corrupt)?;
        if header["format"] != FORMAT {
            return Err(corrupt("not a Wegweiser backup"));
        }
        let schema = header["schema"]
            .as_i64()
            .ok_or_else(|| corrupt("no schema version"))?;
        let here = self.schema_version().await?;
        if schema > here {
            return Err(StoreError::Unsupported(format!(
                "the backup is of schema {schema}, newer than this program's {here}: restore it with a newer Wegweiser"
            )));
        }
        if schema < here {
            return Err(StoreError::Unsupported(format!(
                "the backup is of schema {schema}, older than this store's {here}: restore it with the Wegweiser that made it, then start this one to migrate"
            )));
        }
        for table in CONTENT {
            let n: i64 = crate::on_pool!(self, |p| sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM {table}"
            )))
            .fetch_one(p)
            .await?);
            if n > 0 {
                return Err(StoreError::Unsupported(format!(
                    "the store already holds content ({table}): restore into an empty one"
                )));
            }
        }
        let mut rows = 0u64;
        match self {
            Db::Sqlite(p) => {
                let mut tx = p.begin_write().await?;
                // What the migrations put in (categories) makes way for the backup's rows.
                for table in TABLES.iter().rev() {
                    sqlx::query(AssertSqlSafe(format!("DELETE FROM {table}")))
                        .execute(&mut *tx)
                        .await?;
                }
                let mut blobs: std::collections::HashMap<&str, Vec<String>> = Default::default();
                for table in TABLES {
                    let blob_columns: Vec<String> = sqlx::query_scalar(AssertSqlSafe(format!(
                        "SELECT name FROM pragma_table_info('{table}') WHERE upper(type) = 'BLOB'"
                    )))
                    .fetch_all(&mut *tx)
                    .await?;
                    blobs.insert(table, blob_columns);
                }
                for line in lines {
                    let line = line.map_err(corrupt)?;
                    let (table, row) = parse_row(&line)?;
                    let blob_columns = blobs.get(table.as_str()).cloned().unwrap_or_default();
                    let mut columns = Vec::new();
                    let mut values = Vec::new();
                    for (i, (column, value)) in row.into_iter().enumerate() {
                        if !column
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_')
                        {
                            return Err(corrupt(format!("column name {column:?}")));
                        }
                        let n = i + 1;
                        values.push(if blob_columns.contains(&column) {
                            format!("unhex(substr(${n}, 3))")
                        } else {
                            format!("${n}")
                        });
                        columns.push((column, sqlite_value(value)));
                    }
                    let sql = format!(
                        "INSERT INTO {table} ({}) VALUES ({})",
                        columns
                            .iter()
                            .map(|(c, _)| c.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        values.join(", ")
                    );
                    let mut q = sqlx::query(AssertSqlSafe(sql));
                    for (_, v) in columns {
                        q = match v {
                            Value::Null => q.bind(None::<String>),
                            Value::Bool(b) => q.bind(b),
                            Value::Number(n) if n.is_i64() => q.bind(n.as_i64()),
                            Value::Number(n) => q.bind(n.as_f64()),
                            Value::String(s) => q.bind(s),
                            other => q.bind(other.to_string()),
                        };
                    }
                    q.execute(&mut *tx).await?;
                    rows += 1;
                }
                tx.commit().await?;
            }
            Db::Postgres(p) => {
                let mut tx = p.begin().await?;
                for table in TABLES.iter().rev() {
                    sqlx::query(AssertSqlSafe(format!("DELETE FROM {table}")))
                        .execute(&mut *tx)
                        .await?;
                }
                for line in lines {
                    let line = line.map_err(corrupt)?;
                    let (table, row) = parse_row(&line)?;
                    // PostgreSQL reads each field into its column's type itself.
                    sqlx::query(AssertSqlSafe(format!(
                        "INSERT INTO {table} SELECT * FROM json_populate_record(NULL::{table}, $1::json)"
                    )))
                    .bind(Value::Object(row).to_string())
                    .execute(&mut *tx)
                    .await?;
                    rows += 1;
                }
                // Identity columns continue after the restored ids.
                let identities: Vec<(String, String)> = sqlx::query_as(
                    "SELECT table_name::text, column_name::text FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND is_identity = 'YES'",
                )
                .fetch_all(&mut *tx)
                .await?;
                for (table, column) in identities {
                    if !TABLES.contains(&table.as_str()) {
                        continue;
                    }
                    sqlx::query(AssertSqlSafe(format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), \
                         COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
                    )))
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
            }
        }
        Ok(BackupSummary { schema, rows })
    }
}

/// One row line: its table (one of [`TABLES`]) and its fields.
fn parse_row(line: &str) -> StoreResult<(String, Map<String, Value>)> {
    let mut v: Value = serde_json::from_str(line).map_err(corrupt)?;
    let table = v["t"].as_str().unwrap_or_default().to_string();
    if !TABLES.contains(&table.as_str()) {
        return Err(corrupt(format!("unknown table {table:?}")));
    }
    match v["r"].take() {
        Value::Object(row) => Ok((table, row)),
        _ => Err(corrupt(format!("a row of {table} is not an object"))),
    }
}
