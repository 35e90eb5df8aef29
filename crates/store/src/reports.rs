//! Period figures for the reports (issue 19) that no other area reads: how the directory changed,
//! and open jobs. Counts of things, never of people.

use chrono::{DateTime, NaiveDate, Utc};

use crate::{Db, StoreResult, on_pool};

impl Db {
    /// Offers created in `[from, to)` that are published or archived now, and offers archived
    /// in that time (by the audit log).
    pub async fn directory_changes(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<(i64, i64)> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM service WHERE created_at >= $1 AND created_at < $2 \
               AND status <> 'draft'), \
             (SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE action = 'offer_archived' \
               AND at >= $1 AND at < $2)"
        )
        .bind(from)
        .bind(to)
        .fetch_one(p)
        .await?))
    }

    /// Jobs of published companies open on `day`.
    pub async fn open_jobs(&self, day: NaiveDate) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM job j JOIN employer e ON e.id = j.employer_id \
             WHERE e.status = 'published' AND j.expires_on >= $1"
        )
        .bind(day)
        .fetch_one(p)
        .await?))
    }
}
