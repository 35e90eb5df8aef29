//! The mail queue and one-time account links.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::{Account, AccountId, Role, TokenPurpose};
use wegweiser_domain::mail::Mail;

use crate::accounts::insert_account;
use crate::{BeginWrite, Db, StoreError, StoreResult, audit, enqueue_mail, on_pool};

/// A queued message with its bookkeeping.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct QueuedMail {
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    /// The one-click unsubscribe URL of a newsletter mail (RFC 8058 headers).
    pub list_unsubscribe: Option<String>,
    /// An iCalendar object sent along (an invitation, its update or cancellation).
    pub calendar: Option<String>,
}

/// An invitation as the coordinator sends it.
pub struct Invitation<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub organizations: &'a [i64],
    pub token_digest: &'a str,
    pub invited_by: AccountId,
    pub mail: &'a Mail,
    /// A company's person inviting a colleague: the company the new account joins. The inviter
    /// must be one of its people; the company's size and the inviter's invitations per day are
    /// limited (`Full`).
    pub employer: Option<i64>,
    /// For a colleague's invitation: the mail an address that already has an account gets
    /// instead (so the inviter cannot tell whether it has one). Without it, `Duplicate`.
    pub known_mail: Option<&'a Mail>,
    /// A new member of the AG: their organisation, function and whom they stand in for (a
    /// member of the same organisation, else `Unknown { what: "deputy" }`).
    pub ag: Option<crate::AgJoin<'a>>,
}

impl Db {
    /// Creates the invited account (without password), its one-time link and the mail, all or nothing.
    pub async fn invite(&self, inv: &Invitation<'_>, now: DateTime<Utc>) -> StoreResult<AccountId> {
        let expires = now
            + chrono::Duration::from_std(TokenPurpose::Invitation.valid_for()).unwrap_or_default();
        let day_before = now - chrono::Duration::days(1);
        let id: i64 = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if let Some(employer) = inv.employer {
                // The company's row is the lock: parallel invitations count one after another.
                let mine: Option<i64> = sqlx::query_scalar(
                    "UPDATE employer SET id = id WHERE id = $1 AND id IN \
                     (SELECT employer_id FROM account_employer WHERE account_id = $2) RETURNING id",
                )
                .bind(employer)
                .bind(inv.invited_by)
                .fetch_optional(&mut *tx)
                .await?;
                if mine.is_none() {
                    return Err(StoreError::NotFound);
                }
                let people: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM account_employer WHERE employer_id = $1",
                )
                .bind(employer)
                .fetch_one(&mut *tx)
                .await?;
                let sent: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM audit_log WHERE account_id = $1 \
                     AND action = 'account_invited' AND at > $2",
                )
                .bind(inv.invited_by)
                .bind(day_before)
                .fetch_one(&mut *tx)
                .await?;
                if people >= wegweiser_domain::employers::EMPLOYER_PEOPLE_MAX {
                    return Err(StoreError::Full { what: "people" });
                }
                if sent >= wegweiser_domain::employers::TEAM_INVITES_PER_DAY {
                    return Err(StoreError::Full {
                        what: "invitations",
                    });
                }
                if let Some(known) = inv.known_mail {
                    let existing: Option<i64> =
                        sqlx::query_scalar("SELECT id FROM account WHERE email = $1")
                            .bind(inv.email)
                            .fetch_optional(&mut *tx)
                            .await?;
                    if let Some(existing) = existing {
                        enqueue_mail!(tx, known, now);
                        // Counted like any invitation: the limit holds for known addresses too.
                        audit!(
                            tx,
                            now,
                            inv.invited_by,
                            "account_invited",
                            "account",
                            existing,
                            ""
                        );
                        tx.commit().await?;
                        return Ok(existing);
                    }
                }
            }
            let id = insert_account!(
                tx,
                inv.email,
                inv.name,
                inv.role,
                None::<&str>,
                inv.organizations,
                now
            );
            sqlx::query(
                "INSERT INTO account_token (token_digest, account_id, purpose, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(inv.token_digest)
            .bind(id)
            .bind(TokenPurpose::Invitation.as_str())
            .bind(now)
            .bind(expires)
            .execute(&mut *tx)
            .await?;
            if let Some(ag) = &inv.ag {
                if let Some(main) = ag.deputy_of {
                    let same: Option<i64> = sqlx::query_scalar(
                        "SELECT account_id FROM ag_member WHERE account_id = $1 AND organisation = $2",
                    )
                    .bind(main)
                    .bind(ag.organisation)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if same.is_none() {
                        return Err(StoreError::Unknown {
                            what: "deputy",
                            id: main.to_string(),
                        });
                    }
                }
                sqlx::query(
                    "INSERT INTO ag_member (account_id, organisation, function, deputy_of, joined_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(ag.organisation)
                .bind(ag.function)
                .bind(ag.deputy_of)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            if let Some(employer) = inv.employer {
                sqlx::query(
                    "INSERT INTO account_employer (account_id, employer_id) VALUES ($1, $2)",
                )
                .bind(id)
                .bind(employer)
                .execute(&mut *tx)
                .await?;
            }
            enqueue_mail!(tx, inv.mail, now);
            audit!(
                tx,
                now,
                inv.invited_by,
                "account_invited",
                "account",
                id,
                format!("{} ({})", inv.email, inv.role.as_str())
            );
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Starts a password reset for an active account: a one-hour link (replacing older ones) and its
    /// mail, together. `false` when no such account exists (the caller answers the same either way).
    pub async fn request_password_reset(
        &self,
        email: &str,
        token_digest: &str,
        mail: &Mail,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let expires = now
            + chrono::Duration::from_std(TokenPurpose::PasswordReset.valid_for())
                .unwrap_or_default();
        let sent = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let account: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM account WHERE email = $1 AND disabled = FALSE AND password_hash IS NOT NULL",
            )
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
            match account {
                None => false,
                Some(id) => {
                    sqlx::query("DELETE FROM account_token WHERE account_id = $1 AND purpose = $2")
                        .bind(id)
                        .bind(TokenPurpose::PasswordReset.as_str())
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query(
                        "INSERT INTO account_token (token_digest, account_id, purpose, created_at, expires_at) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(token_digest)
                    .bind(id)
                    .bind(TokenPurpose::PasswordReset.as_str())
                    .bind(now)
                    .bind(expires)
                    .execute(&mut *tx)
                    .await?;
                    enqueue_mail!(tx, mail, now);
                    audit!(
                        tx,
                        now,
                        id,
                        "password_reset_requested",
                        None::<&str>,
                        None::<i64>
                    );
                    tx.commit().await?;
                    true
                }
            }
        });
        Ok(sent)
    }

    /// The account a live one-time link belongs to.
    pub async fn token_account(
        &self,
        digest: &str,
        purpose: TokenPurpose,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<Account>> {
        let row: Option<(i64, String, String, String, DateTime<Utc>)> =
            on_pool!(self, |p| sqlx::query_as(
                "SELECT a.id, a.email, a.name, a.role, t.expires_at FROM account_token t \
             JOIN account a ON a.id = t.account_id \
             WHERE t.token_digest = $1 AND t.purpose = $2 AND a.disabled = FALSE"
            )
            .bind(digest)
            .bind(purpose.as_str())
            .fetch_optional(p)
            .await?);
        let Some((id, email, name, role, expires)) = row else {
            return Ok(None);
        };
        if expires <= now {
            return Ok(None);
        }
        let role = Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role}")))?;
        Ok(Some(Account {
            id,
            email,
            name,
            role,
        }))
    }

    /// Sets the password through a one-time link and uses the link up; false if it was no longer valid.
    pub async fn set_password_with_token(
        &self,
        digest: &str,
        purpose: TokenPurpose,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<AccountId>> {
        let account = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let row: Option<(i64, DateTime<Utc>)> = sqlx::query_as(
                "DELETE FROM account_token WHERE token_digest = $1 AND purpose = $2 RETURNING account_id, expires_at",
            )
            .bind(digest)
            .bind(purpose.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            match row {
                Some((id, expires)) if expires > now => {
                    sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
                        .bind(password_hash)
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    // Other open links of the account are void now, and so are its sessions.
                    sqlx::query("DELETE FROM account_token WHERE account_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query("DELETE FROM session WHERE account_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    audit!(
                        tx,
                        now,
                        id,
                        "password_set",
                        None::<&str>,
                        None::<i64>,
                        purpose.as_str()
                    );
                    tx.commit().await?;
                    Some(id)
                }
                _ => {
                    tx.commit().await?;
                    None
                }
            }
        });
        Ok(account)
    }

    /// Messages due for (another) attempt at `now`, longest waiting first. Messages given up or
    /// waiting for a retry never hold up the ones behind them (a newsletter queues many at once).
    pub async fn due_mail(&self, now: DateTime<Utc>, limit: i64) -> StoreResult<Vec<QueuedMail>> {
        let rows: Vec<QueuedMail> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT id, to_addr, subject, body, attempts, next_attempt_at, list_unsubscribe, calendar \
             FROM mail_queue \
             WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2"
        )
        .bind(now)
        .bind(limit)
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    /// Takes a message for sending, unless another worker took it first (true when taken).
    pub async fn claim_mail(
        &self,
        m: &QueuedMail,
        lease_until: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, |p| sqlx::query(
            "UPDATE mail_queue SET attempts = attempts + 1, next_attempt_at = $1 \
             WHERE id = $2 AND attempts = $3 AND sent_at IS NULL"
        )
        .bind(lease_until)
        .bind(m.id)
        .bind(m.attempts)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n == 1)
    }

    pub async fn mail_sent(&self, id: i64, now: DateTime<Utc>) -> StoreResult<()> {
        on_pool!(self, |p| sqlx::query(
            "UPDATE mail_queue SET sent_at = $1, last_error = NULL WHERE id = $2"
        )
        .bind(now)
        .bind(id)
        .execute(p)
        .await?
        .rows_affected());
        Ok(())
    }

    pub async fn mail_failed(
        &self,
        id: i64,
        error: &str,
        next_attempt_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| sqlx::query(
            "UPDATE mail_queue SET last_error = $1, next_attempt_at = $2 WHERE id = $3"
        )
        .bind(error)
        .bind(next_attempt_at)
        .bind(id)
        .execute(p)
        .await?
        .rows_affected());
        Ok(())
    }

    /// The queue at `now`: messages due for an attempt, waiting for a retry after a failure, and
    /// given up after `max_attempts` attempts (they stay, with their error, for the operator).
    pub async fn mail_queue_stats(
        &self,
        now: DateTime<Utc>,
        max_attempts: i64,
    ) -> StoreResult<MailQueueStats> {
        let (due, retrying, given_up): (i64, i64, i64) = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT \
                   COALESCE(SUM(CASE WHEN next_attempt_at <= $1 THEN 1 ELSE 0 END), 0), \
                   COALESCE(SUM(CASE WHEN last_error IS NOT NULL AND attempts < $2 THEN 1 ELSE 0 END), 0), \
                   COALESCE(SUM(CASE WHEN last_error IS NOT NULL AND attempts >= $2 THEN 1 ELSE 0 END), 0) \
                 FROM mail_queue WHERE sent_at IS NULL",
            )
            .bind(now)
            .bind(max_attempts)
            .fetch_one(p)
            .await?
        });
        Ok(MailQueueStats {
            due,
            retrying,
            given_up,
        })
    }
}

/// How many queued messages are in each state (for the metrics).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MailQueueStats {
    pub due: i64,
    pub retrying: i64,
    pub given_up: i64,
}
