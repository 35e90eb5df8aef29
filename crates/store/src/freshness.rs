//! The freshness cycle: reminders to providers, confirmations, what is overdue.

use chrono::{DateTime, NaiveDate, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::mail::Mail;

use crate::{
    BeginWrite, Db, Entity, StoreError, StoreResult, audit, enqueue_mail, log_change, on_pool,
};

/// A published offer with what the freshness cycle needs.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct FreshnessRow {
    pub id: i64,
    pub name: String,
    pub organization_id: i64,
    pub organization: String,
    pub last_verified: Option<NaiveDate>,
    pub reminded_on: Option<NaiveDate>,
}

/// Writes the confirmation: today's date, the reminder gone, the change logged for every index.
macro_rules! confirm {
    ($tx:expr, $offer:expr, $actor:expr, $today:expr, $now:expr) => {{
        let done =
            sqlx::query("UPDATE service SET last_verified = $2, updated_at = $3 WHERE id = $1")
                .bind($offer)
                .bind($today)
                .bind($now)
                .execute(&mut *$tx)
                .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM offer_reminder WHERE offer_id = $1")
            .bind($offer)
            .execute(&mut *$tx)
            .await?;
        log_change!($tx, Entity::Offer, $offer, $now);
        audit!($tx, $now, $actor, "offer_confirmed", "offer", $offer);
    }};
}

impl Db {
    pub async fn freshness_rows(&self) -> StoreResult<Vec<FreshnessRow>> {
        let rows: Vec<FreshnessRow> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT s.id, s.name, s.organization_id, o.name AS organization, s.last_verified, r.reminded_on \
             FROM service s JOIN organization o ON o.id = s.organization_id \
             LEFT JOIN offer_reminder r ON r.offer_id = s.id \
             WHERE s.status = 'published' ORDER BY o.name, s.name"
        )
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    /// E-mail addresses of the organisation's editors who can sign in.
    pub async fn editor_emails(&self, organization: i64) -> StoreResult<Vec<String>> {
        let rows: Vec<String> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT a.email FROM account a JOIN account_organization ao ON ao.account_id = a.id \
             WHERE ao.organization_id = $1 AND a.disabled = FALSE AND a.password_hash IS NOT NULL ORDER BY a.email"
        )
        .bind(organization)
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    /// Records a reminder and queues its mails, unless another instance just did (then false).
    pub async fn record_reminder(
        &self,
        offer: i64,
        token_digest: &str,
        seen_reminded_on: Option<NaiveDate>,
        today: NaiveDate,
        mails: &[Mail],
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let claimed = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // The claim only succeeds if the row is still as this instance saw it.
            let n = match seen_reminded_on {
                None => sqlx::query(
                    "INSERT INTO offer_reminder (offer_id, token_digest, reminded_on) VALUES ($1, $2, $3) \
                     ON CONFLICT (offer_id) DO NOTHING",
                )
                .bind(offer)
                .bind(token_digest)
                .bind(today)
                .execute(&mut *tx)
                .await?
                .rows_affected(),
                Some(seen) => sqlx::query(
                    "UPDATE offer_reminder SET token_digest = $2, reminded_on = $3 WHERE offer_id = $1 AND reminded_on = $4",
                )
                .bind(offer)
                .bind(token_digest)
                .bind(today)
                .bind(seen)
                .execute(&mut *tx)
                .await?
                .rows_affected(),
            };
            if n != 1 {
                tx.rollback().await?;
                false
            } else {
                for m in mails {
                    enqueue_mail!(tx, m, now);
                }
                audit!(
                    tx,
                    now,
                    None::<i64>,
                    "reminder_sent",
                    "offer",
                    offer,
                    mails
                        .iter()
                        .map(|m| m.to.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                tx.commit().await?;
                true
            }
        });
        Ok(claimed)
    }

    /// The offer a reminder link belongs to: (id, name).
    pub async fn reminder_offer(&self, token_digest: &str) -> StoreResult<Option<(i64, String)>> {
        let row: Option<(i64, String)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT s.id, s.name FROM offer_reminder r JOIN service s ON s.id = r.offer_id WHERE r.token_digest = $1"
        )
        .bind(token_digest)
        .fetch_optional(p)
        .await?
        });
        Ok(row)
    }

    /// One-click confirmation from the reminder mail; `None` when the link is used up.
    pub async fn confirm_by_token(
        &self,
        token_digest: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<i64>> {
        let offer = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let offer: Option<i64> =
                sqlx::query_scalar("SELECT offer_id FROM offer_reminder WHERE token_digest = $1")
                    .bind(token_digest)
                    .fetch_optional(&mut *tx)
                    .await?;
            match offer {
                Some(offer) => {
                    confirm!(tx, offer, None::<i64>, today, now);
                    tx.commit().await?;
                    Some(offer)
                }
                None => None,
            }
        });
        Ok(offer)
    }

    /// Confirmation by a signed-in editor or the coordinator.
    pub async fn confirm_offer(
        &self,
        offer: i64,
        actor: AccountId,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            confirm!(tx, offer, Some(actor), today, now);
            tx.commit().await?;
        });
        Ok(())
    }
}
