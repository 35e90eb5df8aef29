//! The network of offices (issue 18): internal contact persons of institutions, and referral
//! slips stored as what was typed, found by the digest of their link until they expire.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::network::{Contact, SLIPS_PER_DAY, Slip};

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, on_pool};

/// A contact person with their institution.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OrgContact {
    pub id: i64,
    pub organization_id: i64,
    pub organization_name: String,
    pub name: String,
    pub function: String,
    pub phone: String,
    pub email: String,
}

impl Db {
    /// Adds a contact person to an institution of the directory (`NotFound` for none).
    pub async fn add_org_contact(
        &self,
        organization: i64,
        c: &Contact,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO org_contact (organization_id, name, function, phone, email, \
                 created_by, created_at) SELECT id, $2, $3, $4, $5, $6, $7 FROM organization \
                 WHERE id = $1 RETURNING id",
            )
            .bind(organization)
            .bind(&c.name)
            .bind(&c.function)
            .bind(&c.phone)
            .bind(&c.email)
            .bind(by)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = id else {
                return Err(StoreError::NotFound);
            };
            audit!(tx, now, by, "org_contact_added", "org_contact", id);
            tx.commit().await?;
            id
        }))
    }

    /// Every contact person, by institution and name.
    pub async fn org_contacts(&self) -> StoreResult<Vec<OrgContact>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT c.id, c.organization_id, o.name AS organization_name, c.name, c.function, \
             c.phone, c.email FROM org_contact c JOIN organization o ON o.id = c.organization_id \
             ORDER BY o.name, c.name"
        )
        .fetch_all(p)
        .await?))
    }

    pub async fn delete_org_contact(
        &self,
        id: i64,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::write_one!(
                tx,
                sqlx::query("DELETE FROM org_contact WHERE id = $1").bind(id)
            );
            audit!(tx, now, by, "org_contact_deleted", "org_contact", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Stores a slip under the digest of its link until `expires`; at most `SLIPS_PER_DAY` per
    /// person in 24 hours, counted under the person's row lock (`Full`).
    pub async fn create_slip(
        &self,
        digest: &str,
        slip: &Slip,
        by: AccountId,
        expires: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let content = serde_json::to_string(slip)?;
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::peers::lock_account!(tx, by);
            let made: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM referral_slip WHERE created_by = $1 AND created_at > $2",
            )
            .bind(by)
            .bind(now - chrono::Duration::days(1))
            .fetch_one(&mut *tx)
            .await?;
            if made >= SLIPS_PER_DAY {
                return Err(StoreError::Full { what: "slips" });
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO referral_slip (token_digest, content, created_by, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(digest)
            .bind(&content)
            .bind(by)
            .bind(now)
            .bind(expires)
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            id
        }))
    }

    /// The slip behind a link while it lives, with its expiry.
    pub async fn slip(
        &self,
        digest: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<(Slip, DateTime<Utc>)>> {
        let row: Option<(String, DateTime<Utc>)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT content, expires_at FROM referral_slip WHERE token_digest = $1 AND expires_at > $2"
        )
        .bind(digest)
        .bind(now)
        .fetch_optional(p)
        .await?
        });
        match row {
            None => Ok(None),
            Some((content, expires)) => Ok(Some((serde_json::from_str(&content)?, expires))),
        }
    }

    /// Housekeeping: slips past their expiry go.
    pub async fn purge_slips(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        Ok(on_pool!(self, |p| sqlx::query(
            "DELETE FROM referral_slip WHERE expires_at <= $1"
        )
        .bind(now)
        .execute(p)
        .await?
        .rows_affected()))
    }
}
