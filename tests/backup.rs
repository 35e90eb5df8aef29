//! `wegweiser backup` and `wegweiser restore`: the demo on SQLite, restored into PostgreSQL and back,
//! gives the same public pages and the same rows in every table; a restore refuses a store in use
//! and a backup of a newer schema.

use std::process::Command;

use crate::support::{Backend, TestApp, fresh_database, postgres_admin_url, temp_dir};

/// Runs the binary's `backup` or `restore` on `database_url`; (success, stderr).
pub fn run(action: &str, database_url: &str, file: &std::path::Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args([action, "--database-url", database_url])
        .args(["--data-dir", &temp_dir().to_string_lossy()])
        .arg(file)
        .env("WEGWEISER_LOG", "warn")
        .output()
        .expect("run wegweiser");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A public answer with what differs between two servers of the same content taken out (form
/// tokens).
async fn page(app: &TestApp, path: &str) -> String {
    let body = app.text(path, 200).await;
    let mut out = String::with_capacity(body.len());
    let mut rest = body.as_str();
    while let Some(at) = rest.find("name=\"csrf\" value=\"") {
        let start = at + "name=\"csrf\" value=\"".len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    // Each server names its own address in absolute links.
    let host = app.base.trim_start_matches("http://");
    out.replace(host, "HOST")
}

/// Equal, or the first place they differ.
fn same(a: &str, b: &str, what: &str) {
    if a != b {
        let at = a
            .bytes()
            .zip(b.bytes())
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        let from = at.saturating_sub(80);
        panic!(
            "{what} differs at byte {at}:\n{:?}\n{:?}",
            &a[from..(at + 80).min(a.len())],
            &b[from..(at + 80).min(b.len())]
        );
    }
}

const PAGES: [&str; 10] = [
    "/",
    "/angebote",
    "/angebote/35",
    "/traeger/1",
    "/veranstaltungen",
    "/veranstaltungen/1",
    "/aktuelles",
    "/wege/kita-platz",
    "/impressum",
    "/api/v1/offers?per_page=100",
];

/// The rows of a backup, sorted, with times to the microsecond (PostgreSQL keeps no finer times
/// than that; SQLite keeps what it was given).
fn sorted_rows(file: &std::path::Path) -> Vec<String> {
    use chrono::SubsecRound;
    let text = std::fs::read_to_string(file).unwrap();
    let mut lines: Vec<String> = text
        .lines()
        .skip(1)
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            if let Some(row) = v["r"].as_object_mut() {
                for value in row.values_mut() {
                    if let Some(t) = value
                        .as_str()
                        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
                    {
                        *value =
                            serde_json::Value::String(t.to_utc().round_subsecs(6).to_rfc3339());
                    }
                }
            }
            v.to_string()
        })
        .collect();
    lines.sort();
    lines
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_moves_from_sqlite_to_postgresql_and_back() {
    if postgres_admin_url().is_none() {
        assert!(!crate::support::in_ci(), "CI runs this with PostgreSQL");
        return;
    }
    let sqlite = TestApp::spawn(Backend::Sqlite).await;
    // One image in the media table: bytes travel too.
    let db = wegweiser_store::Db::connect(&sqlite.database_url)
        .await
        .unwrap();
    let png = [0x89u8, b'P', b'N', b'G', 0, 1, 2, 254, 255];
    let info = wegweiser_domain::news::ImageInfo {
        content_type: "image/png",
        width: 1,
        height: 1,
    };
    db.keep_upload(&info, &png, sqlite.clock.now())
        .await
        .unwrap();
    let dir = temp_dir();
    let first = dir.join("first.wwbak");
    let (ok, err) = run("backup", &sqlite.database_url, &first);
    assert!(ok, "backup: {err}");

    let pg_url = fresh_database(Backend::Postgres).await;
    let (ok, err) = run("restore", &pg_url, &first);
    assert!(ok, "restore into PostgreSQL: {err}");
    let pg = TestApp::spawn_on(&pg_url, false).await;
    for path in PAGES {
        same(
            &page(&sqlite, path).await,
            &page(&pg, path).await,
            &format!("{path} after the move to PostgreSQL"),
        );
    }

    // And back: every row of every table as it was.
    let second = dir.join("second.wwbak");
    let (ok, err) = run("backup", &pg_url, &second);
    assert!(ok, "backup of PostgreSQL: {err}");
    let back_url = fresh_database(Backend::Sqlite).await;
    let (ok, err) = run("restore", &back_url, &second);
    assert!(ok, "restore into SQLite: {err}");
    let third = dir.join("third.wwbak");
    let (ok, err) = run("backup", &back_url, &third);
    assert!(ok, "{err}");
    let (a, b) = (sorted_rows(&first), sorted_rows(&third));
    assert_eq!(a.len(), b.len(), "as many rows");
    for (x, y) in a.iter().zip(&b) {
        same(x, y, "a row after the way through PostgreSQL");
    }
    assert!(
        a.iter()
            .any(|r| r.contains("\"t\":\"media\"") && r.contains("\\\\x89504e47000102feff"))
    );
    let back = TestApp::spawn_on(&back_url, false).await;
    for path in PAGES {
        same(
            &page(&sqlite, path).await,
            &page(&back, path).await,
            &format!("{path} after the way back"),
        );
    }

    // A store in use is not overwritten; a backup of a newer schema is refused.
    let (ok, err) = run("restore", &pg_url, &first);
    assert!(!ok && err.contains("already holds content"), "{err}");
    let newer = dir.join("newer.wwbak");
    let text = std::fs::read_to_string(&first).unwrap();
    let (header, rows) = text.split_once('\n').unwrap();
    let bumped = header.replacen(
        &format!("\"schema\":{}", wegweiser_store::latest_schema()),
        "\"schema\":9999",
        1,
    );
    assert_ne!(bumped, header, "the header names the schema");
    std::fs::write(&newer, format!("{bumped}\n{rows}")).unwrap();
    let empty = fresh_database(Backend::Sqlite).await;
    let (ok, err) = run("restore", &empty, &newer);
    assert!(!ok && err.contains("newer"), "{err}");
}

/// Every table the migrations create is in the backup's list (a new table cannot be forgotten).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_backup_knows_every_table() {
    let url = fresh_database(Backend::Sqlite).await;
    let db = wegweiser_store::Db::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let mut tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let mut listed: Vec<String> = wegweiser_store::TABLES
        .iter()
        .map(|t| t.to_string())
        .collect();
    tables.sort();
    listed.sort();
    assert_eq!(tables, listed);
}
