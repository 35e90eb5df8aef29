//! Contact requests from parents to employers (issue 17): what the parent chose to share, the
//! thread of messages through the platform, a CV kept privately until its retention time.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::employers::{CONTACT_MESSAGES_PER_DAY, CONTACTS_PER_DAY, ContactShare};
use wegweiser_domain::mail::Mail;

use crate::peers::{lock_account, since};
use crate::{BeginWrite, Db, StoreError, StoreResult, on_pool};

/// A contact request as both sides' lists show it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct JobContact {
    pub id: i64,
    pub employer_id: i64,
    pub employer_name: String,
    pub job_id: Option<i64>,
    /// The job's title when the request was sent ("" for a request in general).
    pub job_title: String,
    /// What the parent shared ("" for what they did not).
    pub shared_name: String,
    pub shared_email: String,
    pub shared_phone: String,
    pub created_at: DateTime<Utc>,
    /// The file name of the CV, if one was sent and is still kept.
    pub cv: Option<String>,
    /// Messages in the thread, and whether the last one is the employer's.
    pub messages: i64,
    pub answered: bool,
}

/// One message of a thread.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ContactMessage {
    pub from_employer: bool,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// What the export holds of one request the parent sent.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ContactExport {
    pub employer: String,
    pub job: String,
    pub shared_name: String,
    pub shared_email: String,
    pub shared_phone: String,
    pub sent: DateTime<Utc>,
    pub messages: Vec<ContactMessage>,
    /// (file name, content as base64)
    pub cv: Option<(String, String)>,
}

const CONTACT_SELECT: &str = "SELECT c.id, c.employer_id, e.name AS employer_name, c.job_id, \
     c.job_title, c.shared_name, c.shared_email, c.shared_phone, c.created_at, cv.file_name AS cv, \
     (SELECT COUNT(*) FROM job_contact_message m WHERE m.contact_id = c.id) AS messages, \
     COALESCE((SELECT m.from_employer FROM job_contact_message m WHERE m.contact_id = c.id \
     ORDER BY m.id DESC LIMIT 1), FALSE) AS answered \
     FROM job_contact c JOIN employer e ON e.id = c.employer_id \
     LEFT JOIN job_cv cv ON cv.contact_id = c.id";

/// `$1` is one of the people of the request's company.
const EMPLOYER_SIDE: &str =
    "c.employer_id IN (SELECT employer_id FROM account_employer WHERE account_id = $1)";

impl Db {
    /// A parent sends a contact request to a published company, about one of its open jobs or in
    /// general (`NotFound` otherwise; `Incomplete("email")` while the parent's address is not
    /// confirmed; at most `CONTACTS_PER_DAY` in 24 hours, `Full`). The e-mail address is shared
    /// only if chosen. `mail` tells the company's people that there is a request, without it.
    #[allow(clippy::too_many_arguments)]
    pub async fn send_job_contact(
        &self,
        parent: AccountId,
        employer: i64,
        job: Option<i64>,
        share: &ContactShare,
        cv: Option<(&str, &[u8])>,
        now: DateTime<Utc>,
        mail: impl Fn(&str, &str) -> Mail + Send,
    ) -> StoreResult<i64> {
        let today = wegweiser_domain::time::berlin_local(now).date();
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if !lock_account!(tx, parent) {
                return Err(StoreError::Incomplete("email"));
            }
            let published: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM employer WHERE id = $1 AND status = 'published'",
            )
            .bind(employer)
            .fetch_one(&mut *tx)
            .await?;
            if published == 0 {
                return Err(StoreError::NotFound);
            }
            let job_title = match job {
                None => String::new(),
                Some(j) => {
                    let title: Option<String> = sqlx::query_scalar(
                        "SELECT title FROM job WHERE id = $1 AND employer_id = $2 AND expires_on >= $3",
                    )
                    .bind(j)
                    .bind(employer)
                    .bind(today)
                    .fetch_optional(&mut *tx)
                    .await?;
                    title.ok_or(StoreError::NotFound)?
                }
            };
            let sent: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM job_contact WHERE parent_id = $1 AND created_at > $2",
            )
            .bind(parent)
            .bind(since(now, 24))
            .fetch_one(&mut *tx)
            .await?;
            if sent >= CONTACTS_PER_DAY {
                return Err(StoreError::Full { what: "contacts" });
            }
            let email: String = if share.share_email {
                sqlx::query_scalar("SELECT email FROM account WHERE id = $1")
                    .bind(parent)
                    .fetch_one(&mut *tx)
                    .await?
            } else {
                String::new()
            };
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO job_contact (employer_id, job_id, job_title, parent_id, shared_name, \
                 shared_email, shared_phone, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 RETURNING id",
            )
            .bind(employer)
            .bind(job)
            .bind(&job_title)
            .bind(parent)
            .bind(&share.name)
            .bind(&email)
            .bind(&share.phone)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO job_contact_message (contact_id, from_employer, body, created_at) \
                 VALUES ($1, FALSE, $2, $3)",
            )
            .bind(id)
            .bind(&share.message)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if let Some((name, bytes)) = cv {
                sqlx::query(
                    "INSERT INTO job_cv (contact_id, file_name, content, created_at) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(name)
                .bind(bytes)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            let people: Vec<(String, String)> = sqlx::query_as(
                "SELECT a.email, a.lang FROM account_employer ae JOIN account a ON a.id = ae.account_id \
                 WHERE ae.employer_id = $1 AND NOT a.disabled",
            )
            .bind(employer)
            .fetch_all(&mut *tx)
            .await?;
            for (to, lang) in people {
                let m = mail(&to, &lang);
                crate::enqueue_mail!(tx, m, now);
            }
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// The requests a parent sent, newest first.
    pub async fn parent_job_contacts(&self, parent: AccountId) -> StoreResult<Vec<JobContact>> {
        Ok(on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(
            format!(
                "{CONTACT_SELECT} WHERE c.parent_id = $1 ORDER BY c.created_at DESC, c.id DESC"
            )
        ))
        .bind(parent)
        .fetch_all(p)
        .await?))
    }

    /// The requests to the company of one of its people, newest first.
    pub async fn employer_job_contacts(&self, person: AccountId) -> StoreResult<Vec<JobContact>> {
        Ok(on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(
            format!("{CONTACT_SELECT} WHERE {EMPLOYER_SIDE} ORDER BY c.created_at DESC, c.id DESC")
        ))
        .bind(person)
        .fetch_all(p)
        .await?))
    }

    /// One request and its messages for `account` on its side: the parent who sent it
    /// (`employer_side` false) or a person of its company (true). `NotFound` for anyone else —
    /// the same answer as for a request that does not exist.
    pub async fn job_contact(
        &self,
        account: AccountId,
        id: i64,
        employer_side: bool,
    ) -> StoreResult<(JobContact, Vec<ContactMessage>)> {
        let side = if employer_side {
            EMPLOYER_SIDE
        } else {
            "c.parent_id = $1"
        };
        let contact: Option<JobContact> = on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(
            format!("{CONTACT_SELECT} WHERE c.id = $2 AND {side}")
        ))
        .bind(account)
        .bind(id)
        .fetch_optional(p)
        .await?);
        let contact = contact.ok_or(StoreError::NotFound)?;
        let rows: Vec<(bool, String, DateTime<Utc>)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT from_employer, body, created_at FROM job_contact_message \
             WHERE contact_id = $1 ORDER BY id"
        )
        .bind(id)
        .fetch_all(p)
        .await?);
        Ok((
            contact,
            rows.into_iter()
                .map(|(from_employer, body, at)| ContactMessage {
                    from_employer,
                    body,
                    at,
                })
                .collect(),
        ))
    }

    /// `account` writes in a request's thread from its side (see [`Db::job_contact`] for who may;
    /// at most `CONTACT_MESSAGES_PER_DAY` in 24 hours, `Full`). `mail` tells the other side that
    /// there is an answer, without it.
    pub async fn write_job_contact(
        &self,
        account: AccountId,
        id: i64,
        employer_side: bool,
        body: &str,
        now: DateTime<Utc>,
        mail: impl Fn(&str, &str) -> Mail + Send,
    ) -> StoreResult<()> {
        let side = if employer_side {
            EMPLOYER_SIDE
        } else {
            "c.parent_id = $1"
        };
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            lock_account!(tx, account);
            let found: Option<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT c.employer_id, c.parent_id FROM job_contact c WHERE c.id = $2 AND {side}"
            )))
            .bind(account)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((employer, parent)) = found else {
                return Err(StoreError::NotFound);
            };
            let written: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM job_contact_message m JOIN job_contact c ON c.id = m.contact_id \
                 WHERE m.created_at > $2 AND m.from_employer = $3 AND \
                 (CASE WHEN $3 THEN c.employer_id IN \
                 (SELECT employer_id FROM account_employer WHERE account_id = $1) \
                 ELSE c.parent_id = $1 END)",
            )
            .bind(account)
            .bind(since(now, 24))
            .bind(employer_side)
            .fetch_one(&mut *tx)
            .await?;
            if written >= CONTACT_MESSAGES_PER_DAY {
                return Err(StoreError::Full { what: "messages" });
            }
            sqlx::query(
                "INSERT INTO job_contact_message (contact_id, from_employer, body, created_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(employer_side)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            let to: Vec<(String, String)> = if employer_side {
                sqlx::query_as("SELECT email, lang FROM account WHERE id = $1 AND NOT disabled")
                    .bind(parent)
                    .fetch_all(&mut *tx)
                    .await?
            } else {
                sqlx::query_as(
                    "SELECT a.email, a.lang FROM account_employer ae JOIN account a ON a.id = ae.account_id \
                     WHERE ae.employer_id = $1 AND NOT a.disabled AND a.id <> $2",
                )
                .bind(employer)
                .bind(account)
                .fetch_all(&mut *tx)
                .await?
            };
            for (address, lang) in to {
                let m = mail(&address, &lang);
                crate::enqueue_mail!(tx, m, now);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// A request's CV for the company's people or the parent who sent it (`NotFound` for anyone
    /// else, and once it is deleted): (file name, content).
    pub async fn job_contact_cv(
        &self,
        account: AccountId,
        id: i64,
    ) -> StoreResult<(String, Vec<u8>)> {
        let found: Option<(String, Vec<u8>)> = on_pool!(self, |p| {
            sqlx::query_as(
            sqlx::AssertSqlSafe(format!(
                "SELECT cv.file_name, cv.content FROM job_cv cv JOIN job_contact c ON c.id = cv.contact_id \
                 WHERE c.id = $2 AND (c.parent_id = $1 OR {EMPLOYER_SIDE})"
            ))
        )
        .bind(account)
        .bind(id)
        .fetch_optional(p)
        .await?
        });
        found.ok_or(StoreError::NotFound)
    }

    /// Housekeeping: CVs older than `cv_days`, and requests whose last message is older than
    /// `CONTACT_RETENTION_DAYS`. Returns how many rows went.
    pub async fn purge_job_contacts(&self, now: DateTime<Utc>, cv_days: i64) -> StoreResult<u64> {
        let cv_before = now - chrono::Duration::days(cv_days);
        let contact_before =
            now - chrono::Duration::days(wegweiser_domain::employers::CONTACT_RETENTION_DAYS);
        let n = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let a = sqlx::query("DELETE FROM job_cv WHERE created_at < $1")
                .bind(cv_before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            let b = sqlx::query(
                "DELETE FROM job_contact WHERE NOT EXISTS (SELECT 1 FROM job_contact_message m \
                 WHERE m.contact_id = job_contact.id AND m.created_at >= $1)",
            )
            .bind(contact_before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            tx.commit().await?;
            a + b
        });
        Ok(n)
    }

    /// The requests a parent sent, with their messages and CV, for the export.
    pub async fn export_job_contacts(&self, parent: AccountId) -> StoreResult<Vec<ContactExport>> {
        let mut out = Vec::new();
        for c in self.parent_job_contacts(parent).await? {
            let (_, messages) = self.job_contact(parent, c.id, false).await?;
            let cv = match self.job_contact_cv(parent, c.id).await {
                Ok((name, bytes)) => {
                    Some((name, wegweiser_domain::employers::export_bytes(&bytes)))
                }
                Err(StoreError::NotFound) => None,
                Err(e) => return Err(e),
            };
            out.push(ContactExport {
                employer: c.employer_name,
                job: c.job_title,
                shared_name: c.shared_name,
                shared_email: c.shared_email,
                shared_phone: c.shared_phone,
                sent: c.created_at,
                messages,
                cv,
            });
        }
        Ok(out)
    }
}
