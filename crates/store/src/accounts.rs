//! Accounts, sessions, the login throttle and the audit log.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::{Account, AccountId, Role};

use sqlx::AssertSqlSafe;

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, on_pool};

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    password_hash: Option<String>,
    disabled: bool,
}

impl AccountRow {
    fn account(self) -> StoreResult<(Account, Option<String>, bool)> {
        let role = Role::parse(&self.role)
            .ok_or_else(|| StoreError::Corrupt(format!("role {}", self.role)))?;
        Ok((
            Account {
                id: self.id,
                email: self.email,
                name: self.name,
                role,
            },
            self.password_hash,
            self.disabled,
        ))
    }
}

/// An account with what login needs to know.
pub struct Credentials {
    pub account: Account,
    pub password_hash: Option<String>,
    pub disabled: bool,
}

/// A session found by its token.
pub struct SessionInfo {
    pub account: Account,
    pub csrf_token: String,
    pub expires_at: DateTime<Utc>,
}

/// Creates an account inside transaction `$tx` and links its organisations: the one way accounts
/// come into being (from the command line and by invitation). An address that has an account
/// already, or an organisation that does not exist, ends the transaction with `Duplicate` or `Unknown`.
macro_rules! insert_account {
    ($tx:expr, $email:expr, $name:expr, $role:expr, $hash:expr, $organizations:expr, $now:expr) => {{
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM account WHERE email = $1")
            .bind($email)
            .fetch_one(&mut *$tx)
            .await?;
        if taken > 0 {
            return Err(StoreError::Duplicate { what: "account" });
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO account (email, name, role, password_hash, created_at, email_confirmed_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind($email)
        .bind($name)
        .bind($role.as_str())
        .bind($hash)
        .bind($now)
        .fetch_one(&mut *$tx)
        .await?;
        for org in $organizations {
            let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organization WHERE id = $1")
                .bind(org)
                .fetch_one(&mut *$tx)
                .await?;
            if known == 0 {
                return Err(StoreError::Unknown {
                    what: "organisation",
                    id: org.to_string(),
                });
            }
            sqlx::query(
                "INSERT INTO account_organization (account_id, organization_id) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(org)
            .execute(&mut *$tx)
            .await?;
        }
        id
    }};
}
pub(crate) use insert_account;

impl Db {
    /// Creates an account; the e-mail must be normalised and not taken.
    pub async fn create_account(
        &self,
        email: &str,
        name: &str,
        role: Role,
        password_hash: Option<&str>,
        organizations: &[i64],
        now: DateTime<Utc>,
    ) -> StoreResult<AccountId> {
        let id: i64 = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id = insert_account!(tx, email, name, role, password_hash, organizations, now);
            audit!(
                tx,
                now,
                None::<i64>,
                "account_created",
                "account",
                id,
                format!("{} ({})", email, role.as_str())
            );
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Suspends an account (or lifts the suspension), logged with who did it. A suspended account
    /// cannot sign in, its sessions end at once, and no parent is suggested it any more.
    pub async fn set_account_suspended(
        &self,
        id: AccountId,
        actor: Option<AccountId>,
        suspended: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let done = sqlx::query("UPDATE account SET disabled = $2 WHERE id = $1")
                .bind(id)
                .bind(suspended)
                .execute(&mut *tx)
                .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            if suspended {
                sqlx::query("DELETE FROM session WHERE account_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            let action = if suspended {
                "account_suspended"
            } else {
                "account_reinstated"
            };
            audit!(tx, now, actor, action, "account", id);
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn credentials(&self, email: &str) -> StoreResult<Option<Credentials>> {
        let row: Option<AccountRow> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT id, email, name, role, password_hash, disabled FROM account WHERE email = $1"
        )
            .bind(email)
            .fetch_optional(p)
            .await?
        });
        row.map(|r| {
            r.account()
                .map(|(account, password_hash, disabled)| Credentials {
                    account,
                    password_hash,
                    disabled,
                })
        })
        .transpose()
    }

    /// Starts a session (stored by the digest of its token) and records the login.
    pub async fn create_session(
        &self,
        digest: &str,
        account: AccountId,
        csrf_token: &str,
        lang: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // The language signed in with is the one the person's notices are written in.
            sqlx::query("UPDATE account SET lang = $2 WHERE id = $1")
                .bind(account)
                .bind(lang)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO session (token_digest, account_id, csrf_token, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(digest)
            .bind(account)
            .bind(csrf_token)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
            audit!(tx, now, account, "login", None::<&str>, None::<i64>);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The live session with this token digest, if any (expired ones count as none).
    pub async fn session(
        &self,
        digest: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<SessionInfo>> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            account: AccountRow,
            csrf_token: String,
            expires_at: DateTime<Utc>,
        }
        let row: Option<Row> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT a.id, a.email, a.name, a.role, a.password_hash, a.disabled, s.csrf_token, s.expires_at \
             FROM session s JOIN account a ON a.id = s.account_id WHERE s.token_digest = $1"
        )
        .bind(digest)
        .fetch_optional(p)
        .await?
        });
        let Some(row) = row else { return Ok(None) };
        if row.expires_at <= now {
            return Ok(None);
        }
        let (account, _, disabled) = row.account.account()?;
        if disabled {
            return Ok(None);
        }
        Ok(Some(SessionInfo {
            account,
            csrf_token: row.csrf_token,
            expires_at: row.expires_at,
        }))
    }

    /// Ends a session on the server and records the logout.
    pub async fn end_session(&self, digest: &str, now: DateTime<Utc>) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let account: Option<i64> = sqlx::query_scalar(
                "DELETE FROM session WHERE token_digest = $1 RETURNING account_id",
            )
            .bind(digest)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = account {
                audit!(tx, now, id, "logout", None::<&str>, None::<i64>);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Failures recorded for a throttle key, and when the last one was.
    pub async fn throttle(&self, key: &str) -> StoreResult<Option<(u32, DateTime<Utc>)>> {
        let row: Option<(i64, DateTime<Utc>)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT failures, last_failure FROM login_throttle WHERE key = $1"
        )
        .bind(key)
        .fetch_optional(p)
        .await?);
        Ok(row.map(|(n, at)| (u32::try_from(n).unwrap_or(u32::MAX), at)))
    }

    /// Counts an attempt (a login, a reset request) for every key before it is tried, and
    /// refuses it while any key is locked: one statement per key counts and sets the next lock
    /// (`lockout_after`), so a burst of parallel attempts is counted one by one and the ones after
    /// the free attempts are refused without being tried. `false` when refused (nothing counted).
    pub async fn claim_attempt(&self, keys: &[&str], now: DateTime<Utc>) -> StoreResult<bool> {
        use wegweiser_domain::accounts::{FREE_FAILURES, lockout_after};
        // The lock after the n-th counted attempt, for n = FREE_FAILURES … FREE_FAILURES + 10 (the
        // wait stops growing at 15 minutes before that).
        let locks: Vec<DateTime<Utc>> = (FREE_FAILURES..=FREE_FAILURES + 10)
            .map(|n| {
                now + chrono::Duration::from_std(lockout_after(n).unwrap_or_default())
                    .unwrap_or_default()
            })
            .collect();
        let mut case = format!("CASE WHEN login_throttle.failures + 1 < {FREE_FAILURES} THEN NULL");
        for (i, _) in locks.iter().enumerate().take(locks.len() - 1) {
            case.push_str(&format!(
                " WHEN login_throttle.failures + 1 = {} THEN ${}",
                FREE_FAILURES as usize + i,
                i + 3
            ));
        }
        case.push_str(&format!(" ELSE ${} END", locks.len() + 2));
        let sql = format!(
            "INSERT INTO login_throttle (key, failures, last_failure, locked_until) VALUES ($1, 1, $2, NULL) \
             ON CONFLICT (key) DO UPDATE SET failures = login_throttle.failures + 1, last_failure = $2, \
             locked_until = {case} \
             WHERE login_throttle.locked_until IS NULL OR login_throttle.locked_until <= $2 RETURNING failures"
        );
        let passed = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mut passed = true;
            for key in keys {
                let mut q = sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql.clone()))
                    .bind(*key)
                    .bind(now);
                for lock in &locks {
                    q = q.bind(*lock);
                }
                if q.fetch_optional(&mut *tx).await?.is_none() {
                    passed = false;
                    break;
                }
            }
            if passed {
                tx.commit().await?;
            } else {
                tx.rollback().await?;
            }
            passed
        });
        Ok(passed)
    }

    /// Records a failed login in the audit log (the attempt was counted by `claim_attempt`).
    pub async fn audit_login_failure(
        &self,
        account: Option<AccountId>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            audit!(tx, now, account, "login_failed", None::<&str>, None::<i64>);
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn clear_throttle(&self, keys: &[&str]) -> StoreResult<()> {
        on_pool!(self, |p| {
            for key in keys {
                sqlx::query("DELETE FROM login_throttle WHERE key = $1")
                    .bind(key)
                    .execute(p)
                    .await?;
            }
        });
        Ok(())
    }

    /// The newest audit entries: (when, who, action).
    pub async fn audit_entries(
        &self,
        limit: i64,
    ) -> StoreResult<Vec<(DateTime<Utc>, Option<String>, String)>> {
        let rows: Vec<(DateTime<Utc>, Option<String>, String)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT l.at, a.email, l.action FROM audit_log l LEFT JOIN account a ON a.id = l.account_id \
             ORDER BY l.id DESC LIMIT $1"
        )
        .bind(limit)
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }
}

/// Everything the store holds about one account, for its owner (GDPR Art. 15 and 20).
#[derive(Clone, Debug, serde::Serialize)]
pub struct AccountExport {
    pub email: String,
    pub name: String,
    pub role: String,
    /// The language the account's notices are written in (the one last signed in with).
    pub lang: String,
    pub created_at: DateTime<Utc>,
    pub organizations: Vec<String>,
    pub open_sessions: i64,
    pub log: Vec<(DateTime<Utc>, String)>,
    /// The tandem profile, as the parent filled it in.
    pub tandem_profile: Option<crate::OwnPeerProfile>,
    /// How many parents this account has blocked (who they are stays out of the file: a handle
    /// means nothing outside the site).
    pub tandem_blocked: i64,
    /// Contact requests either way and the messages this account wrote.
    pub tandem: crate::PeerExport,
    /// Groups asked to join, belonged to or run: (name, "requested" / "member" / "organiser",
    /// the name shown there).
    pub groups: Vec<(String, String, String)>,
    /// The companies this account speaks for (an employer's people).
    pub employers: Vec<String>,
    /// Contact requests to employers, with their messages and CVs.
    pub job_contacts: Vec<crate::ContactExport>,
    /// Membership of the AG: organisation and function.
    pub ag_member: Option<(String, String)>,
    /// Answers to the AG's invitations: (meeting, its start, answer, deputy named).
    pub ag_answers: Vec<(String, chrono::NaiveDateTime, Option<String>, String)>,
}

impl Db {
    pub async fn export_account(&self, id: AccountId) -> StoreResult<AccountExport> {
        let row: Option<(String, String, String, DateTime<Utc>, String)> =
            on_pool!(self, |p| sqlx::query_as(
                "SELECT email, name, role, created_at, lang FROM account WHERE id = $1"
            )
            .bind(id)
            .fetch_optional(p)
            .await?);
        let (email, name, role, created_at, lang) = row.ok_or(StoreError::NotFound)?;
        let organizations: Vec<String> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT o.name FROM account_organization ao JOIN organization o ON o.id = ao.organization_id \
             WHERE ao.account_id = $1 ORDER BY o.name"
        )
        .bind(id)
        .fetch_all(p)
        .await?
        });
        let open_sessions: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM session WHERE account_id = $1"
        )
        .bind(id)
        .fetch_one(p)
        .await?);
        let log: Vec<(DateTime<Utc>, String)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT at, action FROM audit_log WHERE account_id = $1 OR (entity = 'account' AND entity_id = $1) ORDER BY id"
        )
        .bind(id)
        .fetch_all(p)
        .await?
        });
        let tandem_profile = self.own_peer_profile(id).await?;
        let tandem_blocked = self.peer_blocks(id).await?;
        let tandem = self.export_peers(id).await?;
        let groups = self.export_groups(id).await?;
        let employers = self.export_employers(id).await?;
        let job_contacts = self.export_job_contacts(id).await?;
        let (ag_member, ag_answers) = self.export_ag(id).await?;
        Ok(AccountExport {
            ag_member,
            ag_answers,
            job_contacts,
            employers,
            tandem_profile,
            tandem_blocked,
            tandem,
            groups,
            email,
            name,
            role,
            lang,
            created_at,
            organizations,
            open_sessions,
            log,
        })
    }

    /// Deletes an account and everything personal about it: sessions, links and memberships go with
    /// it; the audit log keeps what happened but no longer who (its entries lose the account and any
    /// e-mail address in their detail).
    pub async fn delete_account(&self, id: AccountId, now: DateTime<Utc>) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            sqlx::query(
                "UPDATE audit_log SET detail = '' WHERE entity = 'account' AND entity_id = $1",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE audit_log SET account_id = NULL WHERE account_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for sql in [
                // A company whose only person this is goes with it (its jobs and requests too).
                "DELETE FROM employer WHERE id IN (SELECT employer_id FROM account_employer \
                 WHERE account_id = $1) AND NOT EXISTS (SELECT 1 FROM account_employer o \
                 WHERE o.employer_id = employer.id AND o.account_id <> $1)",
                "DELETE FROM mail_queue WHERE to_addr = (SELECT email FROM account WHERE id = $1)",
                "DELETE FROM session WHERE account_id = $1",
                "DELETE FROM account_token WHERE account_id = $1",
                "DELETE FROM account_confirmation WHERE account_id = $1",
                "DELETE FROM account_organization WHERE account_id = $1",
                "DELETE FROM peer_message WHERE from_id = $1 OR request_id IN \
                 (SELECT id FROM peer_request WHERE from_id = $1 OR to_id = $1)",
                "DELETE FROM peer_group_message WHERE from_id = $1",
                "DELETE FROM job_cv WHERE contact_id IN (SELECT id FROM job_contact WHERE parent_id = $1)",
                "DELETE FROM job_contact_message WHERE contact_id IN \
                 (SELECT id FROM job_contact WHERE parent_id = $1)",
                "DELETE FROM job_contact WHERE parent_id = $1",
                "UPDATE peer_report SET reporter_id = NULL WHERE reporter_id = $1",
                "UPDATE peer_report SET closed_by = NULL WHERE closed_by = $1",
                "DELETE FROM peer_report WHERE reported_id = $1",
                "DELETE FROM peer_request WHERE from_id = $1 OR to_id = $1",
                "DELETE FROM peer_profile WHERE account_id = $1",
                "DELETE FROM peer_group_member WHERE account_id = $1",
                "DELETE FROM peer_group WHERE organiser_id = $1 AND status <> 'published'",
                "UPDATE peer_group SET organiser_id = NULL WHERE organiser_id = $1",
                "UPDATE peer_group SET decided_by = NULL WHERE decided_by = $1",
                "DELETE FROM peer_block WHERE blocker_id = $1 OR blocked_id = $1",
                "UPDATE offer_revision SET account_id = NULL WHERE account_id = $1",
                "UPDATE offer_revision SET decided_by = NULL WHERE decided_by = $1",
                "UPDATE event_revision SET account_id = NULL WHERE account_id = $1",
                "UPDATE event_revision SET decided_by = NULL WHERE decided_by = $1",
                "UPDATE offer_report SET closed_by = NULL WHERE closed_by = $1",
            ] {
                sqlx::query(sql).bind(id).execute(&mut *tx).await?;
            }
            // The translations of the jobs and unpublished groups that went with it.
            for sql in [
                "DELETE FROM translation WHERE entity = 'job' AND NOT EXISTS \
                 (SELECT 1 FROM job WHERE job.id = translation.entity_id)",
                "DELETE FROM translation WHERE entity = 'peer_group' AND NOT EXISTS \
                 (SELECT 1 FROM peer_group g WHERE g.id = translation.entity_id)",
            ] {
                sqlx::query(sql).execute(&mut *tx).await?;
            }
            let done = sqlx::query("DELETE FROM account WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            audit!(
                tx,
                now,
                None::<i64>,
                "account_deleted",
                None::<&str>,
                None::<i64>
            );
            tx.commit().await?;
        });
        Ok(())
    }
}

impl Db {
    /// Deletes sessions and one-time links that have expired; returns how many.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        let n = on_pool!(self, |p| {
            let a = sqlx::query("DELETE FROM session WHERE expires_at < $1")
                .bind(now)
                .execute(p)
                .await?
                .rows_affected();
            let b = sqlx::query("DELETE FROM account_token WHERE expires_at < $1")
                .bind(now)
                .execute(p)
                .await?
                .rows_affected();
            // Accounts made on the site whose address was never confirmed: a week, like the
            // newsletter's (nobody may hold an address that is not theirs).
            let c = sqlx::query(
                "DELETE FROM account WHERE email_confirmed_at IS NULL AND created_at < $1",
            )
            .bind(now - chrono::Duration::days(wegweiser_domain::accounts::CONFIRM_SIGN_UP_DAYS))
            .execute(p)
            .await?
            .rows_affected();
            let d = sqlx::query("DELETE FROM account_confirmation WHERE expires_at < $1")
                .bind(now)
                .execute(p)
                .await?
                .rows_affected();
            a + b + c + d
        });
        Ok(n)
    }
}

/// One audit entry for the log page.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub email: Option<String>,
    pub action: String,
    pub entity: Option<String>,
    pub entity_id: Option<i64>,
}

impl Db {
    /// Audit entries, newest first, `limit` from `offset`; and how many there are.
    pub async fn audit_page(&self, offset: i64, limit: i64) -> StoreResult<(Vec<AuditEntry>, i64)> {
        let (rows, total): (Vec<AuditEntry>, i64) = on_pool!(self, |p| (
            sqlx::query_as(
                "SELECT l.at, a.email, l.action, l.entity, l.entity_id FROM audit_log l \
                 LEFT JOIN account a ON a.id = l.account_id ORDER BY l.id DESC LIMIT $1 OFFSET $2"
            )
            .bind(limit)
            .bind(offset)
            .fetch_all(p)
            .await?,
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
                .fetch_one(p)
                .await?
        ));
        Ok((rows, total))
    }
}

/// What a sign-up sends: the address, a name (empty for parents), the password's hash, the
/// confirmation link's digest and the two mails (for a new and for a known address).
#[derive(Clone, Copy)]
pub struct SignUp<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub token_digest: &'a str,
    pub new_mail: &'a wegweiser_domain::mail::Mail,
    pub existing_mail: &'a wegweiser_domain::mail::Mail,
    /// The language the person signed up in: their notices are written in it.
    pub lang: &'a str,
}

impl Db {
    /// A parent makes their own account. A new address gets the account (unconfirmed) and
    /// `new_mail` with the confirmation link; an address that has an account already gets
    /// `existing_mail` instead and nothing changes, so the form never tells whether an address
    /// is known. Returns whether an account was made. Parallel sign-ups of one address make one.
    pub async fn sign_up_parent(&self, s: &SignUp<'_>, now: DateTime<Utc>) -> StoreResult<bool> {
        Ok(self.sign_up(s, None, now).await?.is_some())
    }

    /// A new account as [`Db::sign_up_parent`] makes one; with `company`, an employer's account
    /// and its company (waiting for the coordinator), in the same transaction. The new account's
    /// id, or `None` for a known address.
    pub(crate) async fn sign_up(
        &self,
        s: &SignUp<'_>,
        company: Option<&wegweiser_domain::employers::EmployerProfile>,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<AccountId>> {
        let SignUp {
            email,
            name,
            password_hash,
            token_digest,
            new_mail,
            existing_mail,
            lang,
        } = *s;
        let role = if company.is_some() {
            "employer"
        } else {
            "parent"
        };
        let answers = company
            .map(|c| serde_json::to_string(&c.answers))
            .transpose()?;
        let expires =
            now + chrono::Duration::days(wegweiser_domain::accounts::CONFIRM_SIGN_UP_DAYS);
        let made = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO account (email, name, role, password_hash, created_at, lang) \
                 VALUES ($1, $4, $5, $2, $3, $6) ON CONFLICT (email) DO NOTHING RETURNING id",
            )
            .bind(email)
            .bind(password_hash)
            .bind(now)
            .bind(name)
            .bind(role)
            .bind(lang)
            .fetch_optional(&mut *tx)
            .await?;
            match id {
                Some(id) => {
                    sqlx::query(
                        "INSERT INTO account_confirmation (token_digest, account_id, expires_at) VALUES ($1, $2, $3)",
                    )
                    .bind(token_digest)
                    .bind(id)
                    .bind(expires)
                    .execute(&mut *tx)
                    .await?;
                    audit!(tx, now, id, "account_signed_up", "account", id);
                    if let (Some(c), Some(answers)) = (company, &answers) {
                        crate::employers::insert_employer!(tx, id, c, answers, now);
                    }
                    crate::enqueue_mail!(tx, new_mail, now);
                }
                None => {
                    crate::enqueue_mail!(tx, existing_mail, now);
                }
            }
            tx.commit().await?;
            id
        });
        Ok(made)
    }

    /// Confirms the address behind a link; `None` for a link that is unknown or expired.
    pub async fn confirm_email(
        &self,
        token_digest: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<AccountId>> {
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "DELETE FROM account_confirmation WHERE token_digest = $1 AND expires_at > $2 RETURNING account_id",
            )
            .bind(token_digest)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = id {
                sqlx::query(
                    "UPDATE account SET email_confirmed_at = COALESCE(email_confirmed_at, $2) WHERE id = $1",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                audit!(tx, now, id, "email_confirmed", "account", id);
            }
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// A new confirmation link for an account whose address is not confirmed yet (the first mail
    /// may be lost); `false` when it is confirmed already (nothing is sent).
    pub async fn renew_confirmation(
        &self,
        id: AccountId,
        token_digest: &str,
        mail: &wegweiser_domain::mail::Mail,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let expires =
            now + chrono::Duration::days(wegweiser_domain::accounts::CONFIRM_SIGN_UP_DAYS);
        let sent = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let open: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM account WHERE id = $1 AND email_confirmed_at IS NULL",
            )
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
            if open > 0 {
                sqlx::query(
                    "INSERT INTO account_confirmation (token_digest, account_id, expires_at) VALUES ($1, $2, $3)",
                )
                .bind(token_digest)
                .bind(id)
                .bind(expires)
                .execute(&mut *tx)
                .await?;
                crate::enqueue_mail!(tx, mail, now);
            }
            tx.commit().await?;
            open > 0
        });
        Ok(sent)
    }

    /// Whether the account's address is confirmed.
    pub async fn email_confirmed(&self, id: AccountId) -> StoreResult<bool> {
        let at: Option<Option<DateTime<Utc>>> = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT email_confirmed_at FROM account WHERE id = $1"
        )
        .bind(id)
        .fetch_optional(p)
        .await?);
        Ok(at.flatten().is_some())
    }
}
