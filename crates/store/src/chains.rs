//! Service chains: a working draft and the published version per chain, as JSON documents.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::chains::Chain;
use wegweiser_domain::directory::PublicationStatus;

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, on_pool};

/// A chain as the back office sees it.
#[derive(Clone, Debug)]
pub struct ChainRecord {
    pub id: i64,
    pub slug: String,
    pub status: PublicationStatus,
    pub position: i64,
    pub draft: Chain,
    pub published: Option<Chain>,
    /// Counts saves; a save names the version it started from.
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

impl ChainRecord {
    /// The draft differs from what the public sees.
    pub fn has_unpublished_changes(&self) -> bool {
        self.published.as_ref() != Some(&self.draft)
    }
}

#[derive(sqlx::FromRow)]
struct ChainRow {
    id: i64,
    slug: String,
    status: String,
    position: i64,
    draft: String,
    published: Option<String>,
    version: i64,
    updated_at: DateTime<Utc>,
}

fn parse(json: &str) -> StoreResult<Chain> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("chain content: {e}")))
}

fn to_json(c: &Chain) -> StoreResult<String> {
    Ok(serde_json::to_string(c)?)
}

impl TryFrom<ChainRow> for ChainRecord {
    type Error = StoreError;
    fn try_from(r: ChainRow) -> StoreResult<Self> {
        Ok(ChainRecord {
            id: r.id,
            status: PublicationStatus::parse(&r.status)
                .ok_or_else(|| StoreError::Corrupt(format!("chain status {}", r.status)))?,
            slug: r.slug,
            position: r.position,
            draft: parse(&r.draft)?,
            published: r.published.as_deref().map(parse).transpose()?,
            version: r.version,
            updated_at: r.updated_at,
        })
    }
}

/// A static query over the chain's columns (static, so sqlx sees a literal).
macro_rules! select_chain {
    ($rest:literal) => {
        concat!(
            "SELECT id, slug, status, position, draft, published, version, updated_at FROM chain ",
            $rest
        )
    };
}

impl Db {
    /// The published chains with their slugs, in the coordinator's order.
    pub async fn published_chains(&self) -> StoreResult<Vec<(String, Chain)>> {
        let rows: Vec<(String, String)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT slug, published FROM chain WHERE status = 'published' AND published IS NOT NULL \
                 ORDER BY position, id",
            )
            .fetch_all(p)
            .await?
        });
        rows.into_iter()
            .map(|(slug, json)| Ok((slug, parse(&json)?)))
            .collect()
    }

    /// One published chain by its public slug.
    pub async fn published_chain(&self, slug: &str) -> StoreResult<Chain> {
        let json: Option<String> = on_pool!(self, |p| {
            sqlx::query_scalar(
                "SELECT published FROM chain WHERE slug = $1 AND status = 'published' AND published IS NOT NULL",
            )
            .bind(slug)
            .fetch_optional(p)
            .await?
        });
        parse(&json.ok_or(StoreError::NotFound)?)
    }

    pub async fn chains_for_edit(&self) -> StoreResult<Vec<ChainRecord>> {
        let sql = select_chain!("ORDER BY position, id");
        let rows: Vec<ChainRow> = on_pool!(self, |p| sqlx::query_as(sql).fetch_all(p).await?);
        rows.into_iter().map(ChainRecord::try_from).collect()
    }

    pub async fn chain_for_edit(&self, id: i64) -> StoreResult<ChainRecord> {
        let sql = select_chain!("WHERE id = $1");
        let row: Option<ChainRow> = on_pool!(self, |p| sqlx::query_as(sql)
            .bind(id)
            .fetch_optional(p)
            .await?);
        row.ok_or(StoreError::NotFound)?.try_into()
    }

    /// Creates a chain as a draft, placed after the others. A slug in use → `Duplicate`.
    pub async fn create_chain(
        &self,
        slug: &str,
        chain: &Chain,
        actor: Option<AccountId>,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let json = to_json(chain)?;
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM chain WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_some() {
                return Err(StoreError::Duplicate { what: "slug" });
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO chain (slug, status, position, draft, created_at, updated_at) \
                 VALUES ($1, 'draft', (SELECT COALESCE(MAX(position), 0) + 1 FROM chain), $2, $3, $3) RETURNING id",
            )
            .bind(slug)
            .bind(&json)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            audit!(tx, now, actor, "chain_created", "chain", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Saves the working draft if nobody saved since `version`; returns the new version.
    pub async fn save_chain_draft(
        &self,
        id: i64,
        version: i64,
        chain: &Chain,
        actor: Option<AccountId>,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let json = to_json(chain)?;
        let v = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let v: Option<i64> = sqlx::query_scalar(
                "UPDATE chain SET draft = $3, version = version + 1, updated_at = $4 \
                 WHERE id = $1 AND version = $2 RETURNING version",
            )
            .bind(id)
            .bind(version)
            .bind(&json)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(v) = v else {
                let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM chain WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                return Err(if exists.is_some() {
                    StoreError::Conflict
                } else {
                    StoreError::NotFound
                });
            };
            audit!(tx, now, actor, "chain_edited", "chain", id);
            tx.commit().await?;
            v
        });
        Ok(v)
    }

    /// Publishes the draft as it was at `version` (what the coordinator previewed).
    pub async fn publish_chain(
        &self,
        id: i64,
        version: i64,
        actor: Option<AccountId>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        self.chain_transition(id, version, actor, now, "chain_published", |r| {
            if !r.draft.problems().is_empty() {
                return Err(StoreError::Incomplete("chain"));
            }
            Ok((
                PublicationStatus::Published,
                Some(r.draft.clone()),
                r.draft.clone(),
            ))
        })
        .await
    }

    /// Takes a chain off the public site (kept as a draft) or archives it.
    pub async fn set_chain_status(
        &self,
        id: i64,
        version: i64,
        status: PublicationStatus,
        actor: Option<AccountId>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let action = match status {
            PublicationStatus::Published => "chain_published",
            PublicationStatus::Draft => "chain_unpublished",
            PublicationStatus::Archived => "chain_archived",
        };
        if status == PublicationStatus::Published {
            return self.publish_chain(id, version, actor, now).await;
        }
        self.chain_transition(id, version, actor, now, action, move |r| {
            Ok((status, r.published.clone(), r.draft.clone()))
        })
        .await
    }

    /// Drops the draft's changes: the draft becomes the published version again.
    pub async fn discard_chain_draft(
        &self,
        id: i64,
        version: i64,
        actor: Option<AccountId>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        self.chain_transition(id, version, actor, now, "chain_draft_discarded", |r| {
            let published = r.published.clone().ok_or(StoreError::NotFound)?;
            Ok((r.status, Some(published.clone()), published))
        })
        .await
    }

    /// Reads the chain, lets `change` decide status, published and draft, and writes them if the
    /// version is still the one the coordinator saw — all in one transaction.
    async fn chain_transition(
        &self,
        id: i64,
        version: i64,
        actor: Option<AccountId>,
        now: DateTime<Utc>,
        action: &'static str,
        change: impl Fn(&ChainRecord) -> StoreResult<(PublicationStatus, Option<Chain>, Chain)>,
    ) -> StoreResult<()> {
        let sql = select_chain!("WHERE id = $1");
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let row: Option<ChainRow> = sqlx::query_as(sql)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
            let record = ChainRecord::try_from(row.ok_or(StoreError::NotFound)?)?;
            if record.version != version {
                return Err(StoreError::Conflict);
            }
            let (status, published, draft) = change(&record)?;
            let published_json = published.as_ref().map(to_json).transpose()?;
            let newly_published = status == PublicationStatus::Published;
            sqlx::query(
                "UPDATE chain SET status = $2, published = $3, draft = $4, version = version + 1, updated_at = $5, \
                 published_at = CASE WHEN $6 THEN $5 ELSE published_at END WHERE id = $1",
            )
            .bind(id)
            .bind(status.as_str())
            .bind(published_json)
            .bind(to_json(&draft)?)
            .bind(now)
            .bind(newly_published)
            .execute(&mut *tx)
            .await?;
            audit!(tx, now, actor, action, "chain", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Moves a chain one place up or down in the public list.
    pub async fn move_chain(&self, id: i64, by: i32) -> StoreResult<()> {
        let mut all = self.chains_for_edit().await?;
        let Some(i) = all.iter().position(|c| c.id == id) else {
            return Err(StoreError::NotFound);
        };
        let j = i as i64 + i64::from(by);
        if j < 0 || j as usize >= all.len() {
            return Ok(());
        }
        all.swap(i, j as usize);
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            for (n, c) in all.iter().enumerate() {
                sqlx::query("UPDATE chain SET position = $2 WHERE id = $1")
                    .bind(c.id)
                    .bind(n as i64 + 1)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Loads hand-written chains as published, in the given order, all or nothing.
    pub async fn insert_chain_seed(
        &self,
        chains: &[(String, Chain)],
        now: DateTime<Utc>,
    ) -> StoreResult<usize> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            for (n, (slug, chain)) in chains.iter().enumerate() {
                let json = to_json(chain)?;
                sqlx::query(
                    "INSERT INTO chain (slug, status, position, draft, published, created_at, updated_at, published_at) \
                     VALUES ($1, 'published', $2, $3, $3, $4, $4, $4)",
                )
                .bind(slug)
                .bind(n as i64 + 1)
                .bind(&json)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(chains.len())
    }

    /// True when no chain exists yet.
    pub async fn chains_are_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar("SELECT COUNT(*) FROM chain")
            .fetch_one(p)
            .await?);
        Ok(n == 0)
    }
}
