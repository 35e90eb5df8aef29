//! Employers and jobs (issue 17): a company's registration and the coordinator's decision, its
//! profile, its people, the pledge's criteria, and jobs with their working windows.

use chrono::{DateTime, NaiveDate, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::employers::{
    Availability, CompanySize, Criterion, CriterionAnswer, DayWindow, EmployerProfile,
    EmployerStatus, JobKind, JobOffer, Sector,
};

use crate::{BeginWrite, Db, SignUp, StoreError, StoreResult, on_pool};

/// Inserts company `$c` (answers already as JSON `$answers`), waiting for the coordinator, with
/// account `$account` as its first person, inside `$tx`. Gives the new id.
macro_rules! insert_employer {
    ($tx:expr, $account:expr, $c:expr, $answers:expr, $now:expr) => {{
        let c: &wegweiser_domain::employers::EmployerProfile = $c;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO employer (name, sector, size, ortsteil, address, description, website, \
             answers, status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'proposed', $9, $9) RETURNING id",
        )
        .bind(&c.name)
        .bind(c.sector.as_str())
        .bind(c.size.as_str())
        .bind(&c.ortsteil)
        .bind(&c.address)
        .bind(&c.description)
        .bind(&c.website)
        .bind($answers)
        .bind($now)
        .fetch_one(&mut *$tx)
        .await?;
        sqlx::query("INSERT INTO account_employer (account_id, employer_id) VALUES ($1, $2)")
            .bind($account)
            .bind(id)
            .execute(&mut *$tx)
            .await?;
        id
    }};
}
pub(crate) use insert_employer;

/// Inserts job `$offer` of company `$employer` inside `$tx`; gives the new id.
macro_rules! insert_job {
    ($tx:expr, $employer:expr, $offer:expr, $now:expr) => {{
        let offer: &JobOffer = $offer;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO job (employer_id, title, description, kind, weekly_hours, \
             ortsteil, start_date, expires_on, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind($employer)
        .bind(&offer.title)
        .bind(&offer.description)
        .bind(offer.kind.as_str())
        .bind(i32::from(offer.weekly_hours))
        .bind(&offer.ortsteil)
        .bind(offer.start_date)
        .bind(offer.expires_on)
        .bind($now)
        .fetch_one(&mut *$tx)
        .await?;
        id
    }};
}

/// Replaces the working windows of job `$id` with those of `$offer`, inside `$tx`.
macro_rules! replace_windows {
    ($tx:expr, $id:expr, $offer:expr) => {{
        sqlx::query("DELETE FROM job_window WHERE job_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        for w in &$offer.windows {
            sqlx::query(
                "INSERT INTO job_window (job_id, weekday, start_min, end_min) VALUES ($1, $2, $3, $4)",
            )
            .bind($id)
            .bind(i32::from(w.day))
            .bind(i32::from(w.start))
            .bind(i32::from(w.end))
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

/// A company as stored.
#[derive(Clone, Debug)]
pub struct StoredEmployer {
    pub id: i64,
    pub profile: EmployerProfile,
    pub status: EmployerStatus,
}

#[derive(sqlx::FromRow)]
struct EmployerRow {
    id: i64,
    name: String,
    sector: String,
    size: String,
    ortsteil: String,
    address: String,
    description: String,
    website: String,
    answers: String,
    status: String,
}

impl EmployerRow {
    fn stored(self) -> StoreResult<StoredEmployer> {
        let bad = |what: &str| StoreError::Corrupt(format!("employer {}: {what}", self.id));
        let answers: std::collections::BTreeMap<Criterion, CriterionAnswer> =
            serde_json::from_str(&self.answers)?;
        Ok(StoredEmployer {
            id: self.id,
            status: EmployerStatus::parse(&self.status).ok_or_else(|| bad("status"))?,
            profile: EmployerProfile {
                sector: Sector::parse(&self.sector).ok_or_else(|| bad("sector"))?,
                size: CompanySize::parse(&self.size).ok_or_else(|| bad("size"))?,
                name: self.name,
                ortsteil: self.ortsteil,
                address: self.address,
                description: self.description,
                website: self.website,
                answers,
            },
        })
    }
}

const EMPLOYER_SELECT: &str = "SELECT id, name, sector, size, ortsteil, address, description, \
     website, answers, status FROM employer";

/// A job with what its card shows of the employer.
#[derive(Clone, Debug)]
pub struct StoredJob {
    pub id: i64,
    pub employer_id: i64,
    pub employer_name: String,
    pub sector: Sector,
    /// The employer's Ortsteil (the job's own, if it has one, is in `job.ortsteil`).
    pub employer_ortsteil: String,
    pub job: JobOffer,
    /// When it was last saved (a feed entry changes with it).
    pub updated_at: DateTime<Utc>,
    /// Its title's and description's translations, outdated ones included.
    pub translations: Vec<wegweiser_domain::editorial::StoredTranslation>,
}

#[derive(sqlx::FromRow)]
struct JobRow {
    id: i64,
    employer_id: i64,
    employer_name: String,
    sector: String,
    employer_ortsteil: String,
    title: String,
    description: String,
    kind: String,
    weekly_hours: i32,
    ortsteil: String,
    start_date: Option<NaiveDate>,
    expires_on: NaiveDate,
    updated_at: DateTime<Utc>,
}

const JOB_SELECT: &str = "SELECT j.id, j.employer_id, e.name AS employer_name, e.sector, \
     e.ortsteil AS employer_ortsteil, j.title, j.description, j.kind, j.weekly_hours, j.ortsteil, \
     j.start_date, j.expires_on, j.updated_at FROM job j JOIN employer e ON e.id = j.employer_id";

/// A person of a company's account.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EmployerPerson {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// Whether they took up the invitation (set a password).
    pub active: bool,
}

/// What a parent filters jobs by (the text is matched after, with the search's analysis).
#[derive(Clone, Debug, Default)]
pub struct JobFilter {
    pub availability: Option<Availability>,
    /// Worked in this Ortsteil (the job's own, else the employer's).
    pub ortsteil: Option<String>,
    pub kind: Option<JobKind>,
    pub sector: Option<Sector>,
    pub employer: Option<i64>,
}

impl Db {
    /// A company registers with its first person's account (see [`Db::sign_up_parent`] for how
    /// a known address is answered). Returns whether an account and a company were made.
    pub async fn register_employer(
        &self,
        sign_up: &SignUp<'_>,
        company: &EmployerProfile,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        Ok(self.sign_up(sign_up, Some(company), now).await?.is_some())
    }

    /// The demo's companies with their jobs, published at once, without people. Returns the
    /// companies' ids.
    pub async fn insert_employer_seed(
        &self,
        companies: &[(EmployerProfile, Vec<JobOffer>)],
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<i64>> {
        let mut ids = Vec::new();
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            for (c, jobs) in companies {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO employer (name, sector, size, ortsteil, address, description, \
                     website, answers, status, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'published', $9, $9) RETURNING id",
                )
                .bind(&c.name)
                .bind(c.sector.as_str())
                .bind(c.size.as_str())
                .bind(&c.ortsteil)
                .bind(&c.address)
                .bind(&c.description)
                .bind(&c.website)
                .bind(serde_json::to_string(&c.answers)?)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                for offer in jobs {
                    let job = insert_job!(tx, id, offer, now);
                    replace_windows!(tx, job, offer);
                }
                ids.push(id);
            }
            tx.commit().await?;
        });
        Ok(ids)
    }

    pub async fn employers_are_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM employer"
        )
        .fetch_one(p)
        .await?);
        Ok(n == 0)
    }

    /// Companies with a status, by name.
    pub async fn employers(&self, status: EmployerStatus) -> StoreResult<Vec<StoredEmployer>> {
        let rows: Vec<EmployerRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{EMPLOYER_SELECT} WHERE status = $1 ORDER BY name, id"
            )))
            .bind(status.as_str())
            .fetch_all(p)
            .await?
        });
        rows.into_iter().map(EmployerRow::stored).collect()
    }

    /// One company, whatever its status (the page decides who may see it).
    pub async fn employer(&self, id: i64) -> StoreResult<StoredEmployer> {
        let row: Option<EmployerRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{EMPLOYER_SELECT} WHERE id = $1"
            )))
            .bind(id)
            .fetch_optional(p)
            .await?
        });
        row.ok_or(StoreError::NotFound)?.stored()
    }

    /// The company an employer's account belongs to, if any.
    pub async fn employer_of(&self, account: AccountId) -> StoreResult<Option<i64>> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT employer_id FROM account_employer WHERE account_id = $1 ORDER BY employer_id"
        )
        .bind(account)
        .fetch_optional(p)
        .await?))
    }

    /// Links an existing account to a company (the operator's `user add --employer`, tests).
    pub async fn add_employer_person(&self, account: AccountId, employer: i64) -> StoreResult<()> {
        on_pool!(self, |p| {
            sqlx::query(
                "INSERT INTO account_employer (account_id, employer_id) VALUES ($1, $2) \
                 ON CONFLICT (account_id, employer_id) DO NOTHING",
            )
            .bind(account)
            .bind(employer)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    /// The people of a company, by name: (account, name, e-mail, whether they set a password).
    pub async fn employer_people(&self, employer: i64) -> StoreResult<Vec<EmployerPerson>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT a.id, a.name, a.email, a.password_hash IS NOT NULL AS active \
             FROM account_employer ae JOIN account a ON a.id = ae.account_id \
             WHERE ae.employer_id = $1 ORDER BY a.name, a.email"
        )
        .bind(employer)
        .fetch_all(p)
        .await?))
    }

    /// A person of the company removes `person` from it (themself included: leaving). The
    /// company keeps at least one person (`Conflict`); `NotFound` when either is not of it. The
    /// account stays, without access to the company; one that never set a password goes.
    pub async fn remove_employer_person(
        &self,
        actor: AccountId,
        employer: i64,
        person: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mine: Option<i64> = sqlx::query_scalar(
                "UPDATE employer SET id = id WHERE id = $1 AND id IN \
                 (SELECT employer_id FROM account_employer WHERE account_id = $2) RETURNING id",
            )
            .bind(employer)
            .bind(actor)
            .fetch_optional(&mut *tx)
            .await?;
            if mine.is_none() {
                return Err(StoreError::NotFound);
            }
            let people: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM account_employer WHERE employer_id = $1")
                    .bind(employer)
                    .fetch_one(&mut *tx)
                    .await?;
            let done = sqlx::query(
                "DELETE FROM account_employer WHERE employer_id = $1 AND account_id = $2",
            )
            .bind(employer)
            .bind(person)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            if people <= 1 {
                return Err(StoreError::Conflict);
            }
            // An invitation not taken up leaves nothing behind.
            for sql in [
                "DELETE FROM account_token WHERE account_id = $1 AND account_id IN \
                 (SELECT id FROM account WHERE password_hash IS NULL)",
                "DELETE FROM account WHERE id = $1 AND password_hash IS NULL",
            ] {
                sqlx::query(sql).bind(person).execute(&mut *tx).await?;
            }
            crate::audit!(
                tx,
                now,
                actor,
                "employer_person_removed",
                "employer",
                employer,
                ""
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The company an account is the only person of (it goes when the account is deleted).
    pub async fn sole_company(&self, account: AccountId) -> StoreResult<Option<String>> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT e.name FROM employer e JOIN account_employer ae ON ae.employer_id = e.id \
             WHERE ae.account_id = $1 AND NOT EXISTS (SELECT 1 FROM account_employer o \
             WHERE o.employer_id = e.id AND o.account_id <> $1) ORDER BY e.id"
        )
        .bind(account)
        .fetch_optional(p)
        .await?))
    }

    /// A person of the company saves its profile (`NotFound` for anyone else). A rejected
    /// company that changes its profile asks again.
    pub async fn update_employer(
        &self,
        account: AccountId,
        id: i64,
        profile: &EmployerProfile,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let answers = serde_json::to_string(&profile.answers)?;
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let done = sqlx::query(
                "UPDATE employer SET name = $3, sector = $4, size = $5, ortsteil = $6, address = $7, \
                 description = $8, website = $9, answers = $10, updated_at = $11, \
                 status = CASE WHEN status = 'rejected' THEN 'proposed' ELSE status END \
                 WHERE id = $1 AND id IN (SELECT employer_id FROM account_employer WHERE account_id = $2)",
            )
            .bind(id)
            .bind(account)
            .bind(&profile.name)
            .bind(profile.sector.as_str())
            .bind(profile.size.as_str())
            .bind(&profile.ortsteil)
            .bind(&profile.address)
            .bind(&profile.description)
            .bind(&profile.website)
            .bind(&answers)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            crate::audit!(tx, now, account, "employer_saved", "employer", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The coordinator publishes or rejects a registration (`NotFound` unless it waits).
    pub async fn decide_employer(
        &self,
        id: i64,
        coordinator: AccountId,
        publish: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let actions = ("employer_published", "employer_rejected");
        self.decide_proposal("employer", id, coordinator, publish, actions, now)
            .await
    }

    /// The criteria of the family-friendly pledge, in the questionnaire's order.
    pub async fn pledge_criteria(&self) -> StoreResult<Vec<Criterion>> {
        let keys: Vec<String> = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT criterion FROM employer_pledge"
        )
        .fetch_all(p)
        .await?);
        let mut found: Vec<Criterion> = keys.iter().filter_map(|k| Criterion::parse(k)).collect();
        found.sort();
        Ok(found)
    }

    /// The coordinator chooses the pledge's criteria (all at once, replacing the old choice).
    pub async fn set_pledge_criteria(
        &self,
        coordinator: Option<AccountId>,
        criteria: &[Criterion],
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            sqlx::query("DELETE FROM employer_pledge")
                .execute(&mut *tx)
                .await?;
            for c in criteria {
                sqlx::query("INSERT INTO employer_pledge (criterion) VALUES ($1)")
                    .bind(c.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            crate::audit!(
                tx,
                now,
                coordinator,
                "pledge_criteria_set",
                "employer_pledge",
                0
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// A person of company `employer` saves a job: a new one (`job` is `None`) or one of the
    /// company's (`NotFound` otherwise). Its windows are replaced in the same transaction.
    pub async fn save_job(
        &self,
        account: AccountId,
        employer: i64,
        job: Option<i64>,
        offer: &JobOffer,
        sent: &wegweiser_domain::editorial::SentTranslations,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mine: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM account_employer WHERE account_id = $1 AND employer_id = $2",
            )
            .bind(account)
            .bind(employer)
            .fetch_one(&mut *tx)
            .await?;
            if mine == 0 {
                return Err(StoreError::NotFound);
            }
            // Touching the row first locks it (PostgreSQL), so two saves do not interleave; it
            // returns the German texts as they were.
            let before: Option<(String, String)> = match job {
                None => Some((String::new(), String::new())),
                Some(j) => {
                    sqlx::query_as(
                        "UPDATE job SET updated_at = $3 WHERE id = $1 AND employer_id = $2 \
                         RETURNING title, description",
                    )
                    .bind(j)
                    .bind(employer)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?
                }
            };
            let Some((title, description)) = before else {
                return Err(StoreError::NotFound);
            };
            let id: Option<i64> = match job {
                None => Some(insert_job!(tx, employer, offer, now)),
                Some(j) => sqlx::query_scalar(
                    "UPDATE job SET title = $3, description = $4, kind = $5, weekly_hours = $6, \
                         ortsteil = $7, start_date = $8, expires_on = $9, updated_at = $10 \
                         WHERE id = $1 AND employer_id = $2 RETURNING id",
                )
                .bind(j)
                .bind(employer)
                .bind(&offer.title)
                .bind(&offer.description)
                .bind(offer.kind.as_str())
                .bind(i32::from(offer.weekly_hours))
                .bind(&offer.ortsteil)
                .bind(offer.start_date)
                .bind(offer.expires_on)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?,
            };
            let Some(id) = id else {
                return Err(StoreError::NotFound);
            };
            replace_windows!(tx, id, offer);
            let texts = [
                ("title", title.as_str(), offer.title.as_str()),
                (
                    "description",
                    description.as_str(),
                    offer.description.as_str(),
                ),
            ];
            crate::editorial::save_translations!(tx, "job", id, &texts, sent);
            crate::audit!(tx, now, account, "job_saved", "job", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// A person of the company takes a job down (`NotFound` for anyone else's).
    pub async fn delete_job(
        &self,
        account: AccountId,
        job: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let done = sqlx::query(
                "DELETE FROM job WHERE id = $1 AND employer_id IN \
                 (SELECT employer_id FROM account_employer WHERE account_id = $2)",
            )
            .bind(job)
            .bind(account)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM translation WHERE entity = 'job' AND entity_id = $1")
                .bind(job)
                .execute(&mut *tx)
                .await?;
            crate::audit!(tx, now, account, "job_deleted", "job", job);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Jobs of published companies not expired on `today`, matching `filter`, newest first. With
    /// an availability, only jobs whose every working day lies on a possible day and inside the
    /// times (checked in SQL: no window outside).
    pub async fn find_jobs(
        &self,
        filter: &JobFilter,
        today: NaiveDate,
    ) -> StoreResult<Vec<StoredJob>> {
        let (days, from, to) = match filter.availability {
            Some(a) => (i32::from(a.days), i32::from(a.from), i32::from(a.to)),
            None => (127, 0, 24 * 60),
        };
        let rows: Vec<JobRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{JOB_SELECT} WHERE e.status = 'published' AND j.expires_on >= $1 \
                 AND NOT EXISTS (SELECT 1 FROM job_window w WHERE w.job_id = j.id \
                 AND (w.start_min < $3 OR w.end_min > $4 OR (($2 >> w.weekday) & 1) = 0)) \
                 AND ($5 IS NULL OR (CASE WHEN j.ortsteil = '' THEN e.ortsteil ELSE j.ortsteil END) = $5) \
                 AND ($6 IS NULL OR j.kind = $6) AND ($7 IS NULL OR e.sector = $7) \
                 AND ($8 IS NULL OR j.employer_id = $8) \
                 ORDER BY j.created_at DESC, j.id DESC"
            )))
            .bind(today)
            .bind(days)
            .bind(from)
            .bind(to)
            .bind(filter.ortsteil.as_deref())
            .bind(filter.kind.map(JobKind::as_str))
            .bind(filter.sector.map(Sector::as_str))
            .bind(filter.employer)
            .fetch_all(p)
            .await?
        });
        self.with_windows(rows).await
    }

    /// One job, expired or not, with its company's status (the page decides who may see it).
    pub async fn job(&self, id: i64) -> StoreResult<(StoredJob, EmployerStatus)> {
        let row: Option<(JobRow, String)> = on_pool!(self, |p| {
            let row: Option<JobRow> =
                sqlx::query_as(sqlx::AssertSqlSafe(format!("{JOB_SELECT} WHERE j.id = $1")))
                    .bind(id)
                    .fetch_optional(p)
                    .await?;
            match row {
                None => None,
                Some(r) => {
                    let status: String =
                        sqlx::query_scalar("SELECT status FROM employer WHERE id = $1")
                            .bind(r.employer_id)
                            .fetch_one(p)
                            .await?;
                    Some((r, status))
                }
            }
        });
        let (row, status) = row.ok_or(StoreError::NotFound)?;
        let status = EmployerStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("employer of job {id}: status")))?;
        let job = self
            .with_windows(vec![row])
            .await?
            .pop()
            .ok_or(StoreError::NotFound)?;
        Ok((job, status))
    }

    /// Every job of a company, expired ones too (for its people), by expiry.
    pub async fn employer_jobs(&self, employer: i64) -> StoreResult<Vec<StoredJob>> {
        let rows: Vec<JobRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{JOB_SELECT} WHERE j.employer_id = $1 ORDER BY j.expires_on DESC, j.id DESC"
            )))
            .bind(employer)
            .fetch_all(p)
            .await?
        });
        self.with_windows(rows).await
    }

    async fn with_windows(&self, rows: Vec<JobRow>) -> StoreResult<Vec<StoredJob>> {
        if rows.is_empty() {
            return Ok(vec![]);
        }
        let job_ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut translations = self.translations_by_id("job", &job_ids).await?;
        let ids: Vec<String> = rows.iter().map(|r| r.id.to_string()).collect();
        // Ids are integers from the store itself, so the list is safe to inline.
        let windows: Vec<(i64, i32, i32, i32)> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT job_id, weekday, start_min, end_min FROM job_window \
                 WHERE job_id IN ({}) ORDER BY job_id, weekday",
                ids.join(",")
            )))
            .fetch_all(p)
            .await?
        });
        rows.into_iter()
            .map(|r| {
                let bad = |what: &str| StoreError::Corrupt(format!("job {}: {what}", r.id));
                let windows = windows
                    .iter()
                    .filter(|w| w.0 == r.id)
                    .map(|w| {
                        Ok(DayWindow {
                            day: u8::try_from(w.1).map_err(|_| bad("weekday"))?,
                            start: u16::try_from(w.2).map_err(|_| bad("start"))?,
                            end: u16::try_from(w.3).map_err(|_| bad("end"))?,
                        })
                    })
                    .collect::<StoreResult<Vec<_>>>()?;
                Ok(StoredJob {
                    id: r.id,
                    employer_id: r.employer_id,
                    sector: Sector::parse(&r.sector).ok_or_else(|| bad("sector"))?,
                    employer_name: r.employer_name,
                    employer_ortsteil: r.employer_ortsteil,
                    updated_at: r.updated_at,
                    translations: translations.remove(&r.id).unwrap_or_default(),
                    job: JobOffer {
                        kind: JobKind::parse(&r.kind).ok_or_else(|| bad("kind"))?,
                        weekly_hours: u8::try_from(r.weekly_hours).map_err(|_| bad("hours"))?,
                        title: r.title,
                        description: r.description,
                        windows,
                        ortsteil: r.ortsteil,
                        start_date: r.start_date,
                        expires_on: r.expires_on,
                    },
                })
            })
            .collect()
    }

    /// The companies an account belongs to, by name (for the export).
    pub async fn export_employers(&self, account: AccountId) -> StoreResult<Vec<String>> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT e.name FROM account_employer ae JOIN employer e ON e.id = ae.employer_id \
             WHERE ae.account_id = $1 ORDER BY e.name"
        )
        .bind(account)
        .fetch_all(p)
        .await?))
    }
}
