//! The change log: what changed, in order, so every app instance can follow.

use chrono::{DateTime, Duration, Utc};

use crate::{BeginWrite, Db, StoreError, StoreResult, log_change, on_pool};

/// What kind of thing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entity {
    Offer,
    Organization,
    Synonyms,
    Categories,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Offer => "offer",
            Entity::Organization => "organization",
            Entity::Synonyms => "synonyms",
            Entity::Categories => "categories",
        }
    }
    pub fn parse(s: &str) -> Option<Entity> {
        match s {
            "offer" => Some(Entity::Offer),
            "organization" => Some(Entity::Organization),
            "synonyms" => Some(Entity::Synonyms),
            "categories" => Some(Entity::Categories),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub entity: Entity,
    pub entity_id: i64,
}

#[derive(sqlx::FromRow)]
struct ChangeRow {
    seq: i64,
    entity: String,
    entity_id: i64,
}

/// How far back a follower looks again: a transaction that took a lower sequence number may commit
/// after one with a higher number, so recent entries are read once more.
pub const LATE_COMMIT_WINDOW: Duration = Duration::seconds(10);

impl Db {
    /// The newest sequence number (0 for an empty log): where a fresh index starts following.
    pub async fn latest_change(&self) -> StoreResult<i64> {
        let n: Option<i64> = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT MAX(seq) FROM change_log"
        )
        .fetch_one(p)
        .await?);
        Ok(n.unwrap_or(0))
    }

    /// Changes after `seq`, plus those made at or after `since` again (a follower passes a moment
    /// [`LATE_COMMIT_WINDOW`] ago), oldest first.
    pub async fn changes_since(&self, seq: i64, since: DateTime<Utc>) -> StoreResult<Vec<Change>> {
        let rows = on_pool!(self, |p| {
            sqlx::query_as::<_, ChangeRow>(
            "SELECT seq, entity, entity_id FROM change_log WHERE seq > $1 OR changed_at > $2 ORDER BY seq LIMIT 10000"
        )
        .bind(seq)
        .bind(since)
        .fetch_all(p)
        .await?
        });
        rows.into_iter()
            .map(|r| {
                Ok(Change {
                    seq: r.seq,
                    entity: Entity::parse(&r.entity).ok_or_else(|| {
                        StoreError::Corrupt(format!("change entity {:?}", r.entity))
                    })?,
                    entity_id: r.entity_id,
                })
            })
            .collect()
    }
}

/// A change to an offer's main fields; `None` leaves a field as it is.
#[derive(Clone, Debug, Default)]
pub struct OfferEdit {
    pub name: Option<String>,
    pub summary: Option<String>,
    pub status: Option<wegweiser_domain::directory::PublicationStatus>,
    /// `Some(None)` reopens a temporarily closed offer.
    pub closed_reason: Option<Option<String>>,
}

impl Db {
    /// Saves an edit and records it in the change log, in one transaction.
    pub async fn save_offer_edit(
        &self,
        id: i64,
        edit: &OfferEdit,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let done = sqlx::query(
                "UPDATE service SET name = COALESCE($2, name), summary = COALESCE($3, summary), \
                 status = COALESCE($4, status), updated_at = $5 WHERE id = $1",
            )
            .bind(id)
            .bind(&edit.name)
            .bind(&edit.summary)
            .bind(edit.status.map(|s| s.as_str()))
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            if let Some(reason) = &edit.closed_reason {
                sqlx::query("UPDATE service SET closed_reason = $2 WHERE id = $1")
                    .bind(id)
                    .bind(reason)
                    .execute(&mut *tx)
                    .await?;
            }
            log_change!(tx, Entity::Offer, id, now);
            tx.commit().await?;
        });
        Ok(())
    }
}

impl Db {
    /// Counts one search that found nothing (the query must already be anonymised).
    pub async fn record_search_miss(&self, query: &str, day: chrono::NaiveDate) -> StoreResult<()> {
        on_pool!(self, |p| sqlx::query(
            "INSERT INTO search_miss (query, day, count) VALUES ($1, $2, 1) \
             ON CONFLICT (query, day) DO UPDATE SET count = search_miss.count + 1"
        )
        .bind(query)
        .bind(day)
        .execute(p)
        .await
        .map(|_| ())?);
        Ok(())
    }

    /// Recorded misses, most frequent first.
    pub async fn search_misses(&self) -> StoreResult<Vec<(String, chrono::NaiveDate, i64)>> {
        let rows: Vec<(String, chrono::NaiveDate, i64)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT query, day, CAST(count AS BIGINT) FROM search_miss ORDER BY count DESC, query"
        )
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }
}
