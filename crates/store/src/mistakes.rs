//! Reports of mistakes on public entries.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::mail::Mail;

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, enqueue_mail, on_pool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OpenMistake {
    pub id: i64,
    pub offer_id: i64,
    pub offer_name: String,
    pub organization_id: i64,
    pub message: String,
    pub created_at: DateTime<Utc>,
}

/// How many open reports of one offer are mailed to its editors and the coordinator.
pub const MAILED_OPEN_REPORTS: i64 = 3;

impl Db {
    /// Stores a report and queues the notices to the entry's editors, together.
    pub async fn report_mistake(
        &self,
        offer: i64,
        message: &str,
        notices: &[Mail],
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let open: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM offer_report WHERE offer_id = $1 AND closed_at IS NULL",
            )
            .bind(offer)
            .fetch_one(&mut *tx)
            .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO offer_report (offer_id, message, created_at) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(offer)
            .bind(message)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            // Staff hear of the first reports of an entry; further ones wait on the dashboard, so
            // a flood of reports is no flood of mail.
            if open < MAILED_OPEN_REPORTS {
                for m in notices {
                    enqueue_mail!(tx, m, now);
                }
            }
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    pub async fn open_mistakes(&self) -> StoreResult<Vec<OpenMistake>> {
        let rows: Vec<OpenMistake> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT r.id, r.offer_id, s.name AS offer_name, s.organization_id, r.message, r.created_at \
             FROM offer_report r JOIN service s ON s.id = r.offer_id WHERE r.closed_at IS NULL ORDER BY r.id"
        )
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    /// Marks a report as dealt with.
    pub async fn close_mistake(
        &self,
        id: i64,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let offer: Option<i64> = sqlx::query_scalar(
                "UPDATE offer_report SET closed_at = $2, closed_by = $3 WHERE id = $1 AND closed_at IS NULL RETURNING offer_id",
            )
            .bind(id)
            .bind(now)
            .bind(actor)
            .fetch_optional(&mut *tx)
            .await?;
            let offer = offer.ok_or(StoreError::NotFound)?;
            audit!(tx, now, actor, "report_closed", "offer", offer);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The organisation of a report (to check an editor's right to close it).
    pub async fn mistake_organization(&self, id: i64) -> StoreResult<i64> {
        let org: Option<i64> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT s.organization_id FROM offer_report r JOIN service s ON s.id = r.offer_id WHERE r.id = $1"
        )
        .bind(id)
        .fetch_optional(p)
        .await?
        });
        org.ok_or(StoreError::NotFound)
    }

    /// E-mail addresses of all coordinators who can sign in.
    pub async fn coordinator_emails(&self) -> StoreResult<Vec<String>> {
        let rows: Vec<String> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT email FROM account WHERE role = 'coordinator' AND disabled = FALSE AND password_hash IS NOT NULL ORDER BY email"
        )
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }
}
