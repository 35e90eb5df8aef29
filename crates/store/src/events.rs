//! Events: published ones for the calendar and the feeds, hand-written ones for the demo.

use chrono::{DateTime, Utc};
use wegweiser_domain::directory::OfferStatus;
use wegweiser_domain::events::{Event, EventDetails};

use crate::{Db, StoreError, StoreResult, on_pool};

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    organization_id: i64,
    organization_name: String,
    offer_id: Option<i64>,
    status: String,
    details: String,
    sequence: i64,
    updated_at: DateTime<Utc>,
}

impl TryFrom<EventRow> for Event {
    type Error = StoreError;
    fn try_from(r: EventRow) -> StoreResult<Event> {
        Ok(Event {
            id: r.id,
            organization_id: r.organization_id,
            organization_name: r.organization_name,
            offer_id: r.offer_id,
            status: OfferStatus::parse(&r.status)
                .ok_or_else(|| StoreError::Invalid(format!("event status {}", r.status)))?,
            sequence: u32::try_from(r.sequence).unwrap_or(0),
            updated_at: r.updated_at,
            details: serde_json::from_str(&r.details)
                .map_err(|e| StoreError::Invalid(format!("event {}: {e}", r.id)))?,
        })
    }
}

macro_rules! select_event {
    ($rest:literal) => {
        concat!(
            "SELECT e.id, e.organization_id, o.name AS organization_name, e.offer_id, e.status, e.details, \
             e.sequence, e.updated_at FROM event e JOIN organization o ON o.id = e.organization_id ",
            $rest
        )
    };
}

impl Db {
    /// Every published event (the calendar filters and expands them).
    pub async fn published_events(&self) -> StoreResult<Vec<Event>> {
        let rows: Vec<EventRow> = on_pool!(self, |p| sqlx::query_as(select_event!(
            "WHERE e.status = 'published' ORDER BY e.id"
        ))
        .fetch_all(p)
        .await?);
        rows.into_iter().map(Event::try_from).collect()
    }

    pub async fn published_event(&self, id: i64) -> StoreResult<Event> {
        let row: Option<EventRow> = on_pool!(self, |p| sqlx::query_as(select_event!(
            "WHERE e.id = $1 AND e.status = 'published'"
        ))
        .bind(id)
        .fetch_optional(p)
        .await?);
        row.ok_or(StoreError::NotFound)?.try_into()
    }

    /// Loads hand-written events as published, all or nothing. Each names its organisation and
    /// optionally an offer by id.
    pub async fn insert_event_seed(
        &self,
        events: &[(i64, Option<i64>, EventDetails)],
        now: DateTime<Utc>,
    ) -> StoreResult<usize> {
        on_pool!(self, |p| {
            let mut tx = p.begin().await?;
            for (org, offer, details) in events {
                let json = serde_json::to_string(details)
                    .map_err(|e| StoreError::Invalid(e.to_string()))?;
                sqlx::query(
                    "INSERT INTO event (organization_id, offer_id, status, details, created_at, updated_at) \
                     VALUES ($1, $2, 'published', $3, $4, $4)",
                )
                .bind(org)
                .bind(offer)
                .bind(&json)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(events.len())
    }

    pub async fn events_are_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar("SELECT COUNT(*) FROM event")
            .fetch_one(p)
            .await?);
        Ok(n == 0)
    }

    /// Every organisation's name with its id, for resolving hand-written events.
    pub async fn organization_ids(&self) -> StoreResult<Vec<(String, i64)>> {
        let rows: Vec<(String, i64)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT name, id FROM organization ORDER BY id"
        )
        .fetch_all(p)
        .await?);
        Ok(rows)
    }
}
