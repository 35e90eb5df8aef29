//! The office's own pages (Impressum, privacy, accessibility, about): one JSON document each.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::site::PageDoc;

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, on_pool};

/// A page as stored, with the version its editor form carries.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredPage {
    pub doc: PageDoc,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

fn read(doc: &str) -> StoreResult<PageDoc> {
    serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("site page: {e}")))
}

impl Db {
    /// The page, if it has been written.
    pub async fn site_page(&self, slug: &str) -> StoreResult<Option<StoredPage>> {
        let row: Option<(String, i64, DateTime<Utc>)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT doc, version, updated_at FROM site_page WHERE slug = $1"
        )
        .bind(slug)
        .fetch_optional(p)
        .await?);
        row.map(|(doc, version, updated_at)| {
            Ok(StoredPage {
                doc: read(&doc)?,
                version,
                updated_at,
            })
        })
        .transpose()
    }

    /// Saves a page. `version` is what the editor's form was loaded with (`None` for a page not
    /// written yet); a newer save meanwhile → `Conflict`, and nothing is written.
    pub async fn save_site_page(
        &self,
        slug: &str,
        doc: &PageDoc,
        version: Option<i64>,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let json = serde_json::to_string(doc)?;
        let saved = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let new_version: Option<i64> = match version {
                None => sqlx::query_scalar(
                    "INSERT INTO site_page (slug, doc, version, updated_at) VALUES ($1, $2, 1, $3) \
                         ON CONFLICT (slug) DO NOTHING RETURNING version",
                )
                .bind(slug)
                .bind(&json)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?,
                Some(v) => {
                    sqlx::query_scalar(
                        "UPDATE site_page SET doc = $2, version = version + 1, updated_at = $3 \
                         WHERE slug = $1 AND version = $4 RETURNING version",
                    )
                    .bind(slug)
                    .bind(&json)
                    .bind(now)
                    .bind(v)
                    .fetch_optional(&mut *tx)
                    .await?
                }
            };
            let Some(new_version) = new_version else {
                return Err(StoreError::Conflict);
            };
            audit!(tx, now, actor, "site_page_saved", "site_page", 0_i64, slug);
            tx.commit().await?;
            new_version
        });
        Ok(saved)
    }

    /// Writes the given pages where they do not exist yet (demo content; instances starting
    /// together write each page once). Returns how many were written.
    pub async fn insert_site_page_seed(
        &self,
        pages: &[(&str, PageDoc)],
        now: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let mut written = 0;
        for (slug, doc) in pages {
            let json = serde_json::to_string(doc)?;
            written += on_pool!(self, |p| sqlx::query(
                "INSERT INTO site_page (slug, doc, version, updated_at) VALUES ($1, $2, 1, $3) \
                 ON CONFLICT (slug) DO NOTHING"
            )
            .bind(slug)
            .bind(&json)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected());
        }
        Ok(written)
    }
}
