//! The needs radar (issue 19): anonymous needs reports, use counted per day, the coordinator's
//! needs with their public answers, council papers, and households per Ortsteil. No row here
//! holds an IP address, a session, an account, a user agent or a time of day.

use chrono::{DateTime, NaiveDate, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::needs::{
    COUNTS_DAYS, Households, NeedReport, NeedsSeed, Paper, REPORT_TEXT_DAYS, REPORTS_PER_DAY,
    UsageKey,
};

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, on_pool, write_one};

/// The counter row of the reports of one day (for the district-wide daily limit); it is not a
/// kind the radar reads.
const REPORTS_DAY_KIND: &str = "need_reports_day";

/// A needs report as the coordinator reads it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StoredReport {
    pub id: i64,
    pub day: NaiveDate,
    pub category: String,
    pub ortsteil: String,
    pub ages: String,
    pub text: String,
    pub need_id: Option<i64>,
}

/// A need with what it is linked to.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StoredNeed {
    pub id: i64,
    pub title: String,
    pub answer: String,
    pub answered_on: Option<NaiveDate>,
    pub created_on: NaiveDate,
    pub reports: i64,
    pub decision_id: Option<i64>,
    pub decision_text: Option<String>,
    pub decision_meeting: Option<String>,
    pub decision_at: Option<chrono::NaiveDateTime>,
    pub paper_id: Option<i64>,
    pub paper_reference: Option<String>,
    pub paper_name: Option<String>,
    pub paper_url: Option<String>,
    pub paper_day: Option<NaiveDate>,
}

const NEED_SELECT: &str = "SELECT n.id, n.title, n.answer, n.answered_on, n.created_on, \
     (SELECT COUNT(*) FROM need_report r WHERE r.need_id = n.id) AS reports, \
     n.decision_id, d.text AS decision_text, m.title AS decision_meeting, m.starts_at AS decision_at, \
     n.paper_id, p.reference AS paper_reference, p.name AS paper_name, p.url AS paper_url, \
     p.day AS paper_day \
     FROM need n LEFT JOIN ag_decision d ON d.id = n.decision_id \
     LEFT JOIN ag_item i ON i.id = d.item_id LEFT JOIN ag_meeting m ON m.id = i.meeting_id \
     LEFT JOIN council_paper p ON p.id = n.paper_id";

/// A council paper as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StoredPaper {
    pub id: i64,
    pub reference: String,
    pub name: String,
    pub url: String,
    pub day: Option<NaiveDate>,
}

/// Counted use in a period, grouped: (day, kind, category, Ortsteil, count).
pub type UsageRow = (NaiveDate, String, String, String, i64);

impl Db {
    /// Stores an anonymous needs report for `day`; `Full` when the district's reports of the day
    /// reached `REPORTS_PER_DAY` (counted on one row, so a burst cannot pass the limit).
    pub async fn add_need_report(&self, r: &NeedReport, day: NaiveDate) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let sent: i64 = sqlx::query_scalar(
                "INSERT INTO usage_count (day, kind, category, ortsteil, count) \
                 VALUES ($1, $2, '', '', 1) ON CONFLICT (day, kind, category, ortsteil) \
                 DO UPDATE SET count = usage_count.count + 1 RETURNING count",
            )
            .bind(day)
            .bind(REPORTS_DAY_KIND)
            .fetch_one(&mut *tx)
            .await?;
            if sent > REPORTS_PER_DAY {
                return Err(StoreError::Full {
                    what: "need reports",
                });
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO need_report (day, category, ortsteil, ages, text) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(day)
            .bind(&r.category)
            .bind(&r.ortsteil)
            .bind(&r.ages)
            .bind(&r.text)
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            id
        }))
    }

    /// Adds counted use (from an instance's memory) in one transaction.
    pub async fn add_usage(&self, counts: &[(UsageKey, u64)]) -> StoreResult<()> {
        if counts.is_empty() {
            return Ok(());
        }
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            for (k, n) in counts {
                sqlx::query(
                    "INSERT INTO usage_count (day, kind, category, ortsteil, count) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (day, kind, category, ortsteil) \
                     DO UPDATE SET count = usage_count.count + $5",
                )
                .bind(k.day)
                .bind(k.kind.as_str())
                .bind(&k.category)
                .bind(&k.ortsteil)
                .bind(i64::try_from(*n).unwrap_or(i64::MAX))
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Counted use from `from` to `to` (both included), the reports' daily counter left out.
    pub async fn usage_counts(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<UsageRow>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT day, kind, category, ortsteil, CAST(count AS BIGINT) FROM usage_count \
             WHERE day >= $1 AND day <= $2 AND kind <> $3"
        )
        .bind(from)
        .bind(to)
        .bind(REPORTS_DAY_KIND)
        .fetch_all(p)
        .await?))
    }

    /// Needs reports from `from` to `to`, counted per day, category and Ortsteil.
    pub async fn need_report_counts(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> StoreResult<Vec<(NaiveDate, String, String, i64)>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT day, category, ortsteil, COUNT(*) FROM need_report \
             WHERE day >= $1 AND day <= $2 GROUP BY day, category, ortsteil"
        )
        .bind(from)
        .bind(to)
        .fetch_all(p)
        .await?))
    }

    /// The anonymised searches that found nothing from `from` to `to`, most frequent first.
    pub async fn search_misses_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        limit: i64,
    ) -> StoreResult<Vec<(String, i64)>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT query, CAST(SUM(count) AS BIGINT) AS n FROM search_miss \
             WHERE day >= $1 AND day <= $2 GROUP BY query ORDER BY n DESC, query LIMIT $3"
        )
        .bind(from)
        .bind(to)
        .bind(limit)
        .fetch_all(p)
        .await?))
    }

    /// Reports not yet grouped under a need, newest first (at most `limit`).
    pub async fn untagged_reports(&self, limit: i64) -> StoreResult<Vec<StoredReport>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT id, day, category, ortsteil, ages, text, need_id FROM need_report \
             WHERE need_id IS NULL ORDER BY day DESC, id DESC LIMIT $1"
        )
        .bind(limit)
        .fetch_all(p)
        .await?))
    }

    pub async fn reports_of_need(&self, need: i64) -> StoreResult<Vec<StoredReport>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT id, day, category, ortsteil, ages, text, need_id FROM need_report \
             WHERE need_id = $1 ORDER BY day DESC, id DESC"
        )
        .bind(need)
        .fetch_all(p)
        .await?))
    }

    /// Every need, newest first.
    pub async fn needs(&self) -> StoreResult<Vec<StoredNeed>> {
        Ok(on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(
            format!("{NEED_SELECT} ORDER BY n.created_on DESC, n.id DESC")
        ))
        .fetch_all(p)
        .await?))
    }

    pub async fn need(&self, id: i64) -> StoreResult<StoredNeed> {
        on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{NEED_SELECT} WHERE n.id = $1"
        )))
        .bind(id)
        .fetch_optional(p)
        .await?)
        .ok_or(StoreError::NotFound)
    }

    /// Starts a need with this title, grouping `reports` (those already grouped move).
    pub async fn create_need(
        &self,
        title: &str,
        reports: &[i64],
        by: AccountId,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO need (title, answer, created_on) VALUES ($1, '', $2) RETURNING id",
            )
            .bind(title)
            .bind(today)
            .fetch_one(&mut *tx)
            .await?;
            for r in reports {
                write_one!(
                    tx,
                    sqlx::query("UPDATE need_report SET need_id = $2 WHERE id = $1")
                        .bind(r)
                        .bind(id)
                );
            }
            audit!(tx, now, by, "need_created", "need", id);
            tx.commit().await?;
            id
        }))
    }

    /// Groups a report under a need (or takes it out with `None`).
    pub async fn tag_report(&self, report: i64, need: Option<i64>) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if let Some(n) = need {
                let found: Option<i64> = sqlx::query_scalar("SELECT id FROM need WHERE id = $1")
                    .bind(n)
                    .fetch_optional(&mut *tx)
                    .await?;
                if found.is_none() {
                    return Err(StoreError::NotFound);
                }
            }
            write_one!(
                tx,
                sqlx::query("UPDATE need_report SET need_id = $2 WHERE id = $1")
                    .bind(report)
                    .bind(need)
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Changes a need's title and public answer; the answer's day is kept while its text stays.
    pub async fn update_need(
        &self,
        id: i64,
        title: &str,
        answer: &str,
        by: AccountId,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            write_one!(
                tx,
                sqlx::query(
                    "UPDATE need SET title = $2, \
                     answered_on = CASE WHEN $3 = '' THEN NULL WHEN answer = $3 THEN answered_on ELSE $4 END, \
                     answer = $3 WHERE id = $1"
                )
                .bind(id)
                .bind(title)
                .bind(answer)
                .bind(today)
            );
            audit!(tx, now, by, "need_edited", "need", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Moves the reports of need `from` to need `into` and removes `from`; the links of `from`
    /// are kept where `into` has none.
    pub async fn merge_needs(
        &self,
        into: i64,
        from: i64,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        if into == from {
            return Err(StoreError::Conflict);
        }
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // Both rows locked in the order of their ids, so two merges of the same pair in
            // opposite directions wait for each other instead of deadlocking.
            for id in [into.min(from), into.max(from)] {
                write_one!(
                    tx,
                    sqlx::query("UPDATE need SET title = title WHERE id = $1").bind(id)
                );
            }
            write_one!(
                tx,
                sqlx::query(
                    "UPDATE need SET \
                     decision_id = COALESCE(decision_id, (SELECT decision_id FROM need WHERE id = $2)), \
                     paper_id = COALESCE(paper_id, (SELECT paper_id FROM need WHERE id = $2)) \
                     WHERE id = $1 AND EXISTS (SELECT 1 FROM need WHERE id = $2)"
                )
                .bind(into)
                .bind(from)
            );
            sqlx::query("UPDATE need_report SET need_id = $1 WHERE need_id = $2")
                .bind(into)
                .bind(from)
                .execute(&mut *tx)
                .await?;
            write_one!(tx, sqlx::query("DELETE FROM need WHERE id = $1").bind(from));
            audit!(tx, now, by, "needs_merged", "need", into);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Links a need to the AG decision that answers it and to the council paper (`None` unlinks);
    /// `Unknown` for a decision or paper that does not exist.
    pub async fn link_need(
        &self,
        id: i64,
        decision: Option<i64>,
        paper: Option<i64>,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if let Some(d) = decision {
                let found: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM ag_decision WHERE id = $1")
                        .bind(d)
                        .fetch_optional(&mut *tx)
                        .await?;
                if found.is_none() {
                    return Err(StoreError::Unknown {
                        what: "decision",
                        id: d.to_string(),
                    });
                }
            }
            if let Some(x) = paper {
                let found: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM council_paper WHERE id = $1")
                        .bind(x)
                        .fetch_optional(&mut *tx)
                        .await?;
                if found.is_none() {
                    return Err(StoreError::Unknown {
                        what: "paper",
                        id: x.to_string(),
                    });
                }
            }
            write_one!(
                tx,
                sqlx::query("UPDATE need SET decision_id = $2, paper_id = $3 WHERE id = $1")
                    .bind(id)
                    .bind(decision)
                    .bind(paper)
            );
            audit!(tx, now, by, "need_linked", "need", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Adds a council paper, or updates the one with the same reference; its id.
    pub async fn save_paper(
        &self,
        paper: &Paper,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO council_paper (reference, name, url, day, oparl_id) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (reference) DO UPDATE SET \
                 name = excluded.name, url = excluded.url, day = excluded.day, \
                 oparl_id = excluded.oparl_id RETURNING id",
            )
            .bind(&paper.reference)
            .bind(&paper.name)
            .bind(&paper.url)
            .bind(paper.date)
            .bind(&paper.oparl_id)
            .fetch_one(&mut *tx)
            .await?;
            audit!(tx, now, by, "paper_saved", "council_paper", id);
            tx.commit().await?;
            id
        }))
    }

    pub async fn papers(&self) -> StoreResult<Vec<StoredPaper>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT id, reference, name, url, day FROM council_paper ORDER BY day DESC, reference"
        )
        .fetch_all(p)
        .await?))
    }

    /// Households of single parents per Ortsteil where known.
    pub async fn households(&self) -> StoreResult<Vec<Households>> {
        let rows: Vec<(String, i64, i32, String)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT ortsteil, CAST(households AS BIGINT), year, source FROM ortsteil_households \
             ORDER BY ortsteil"
        )
        .fetch_all(p)
        .await?
        });
        Ok(rows
            .into_iter()
            .map(|(ortsteil, count, year, source)| Households {
                ortsteil,
                count,
                year,
                source,
            })
            .collect())
    }

    /// Sets (or with `None` removes) the figure of one Ortsteil.
    pub async fn set_households(
        &self,
        ortsteil: &str,
        figure: Option<&Households>,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            match figure {
                Some(h) => {
                    sqlx::query(
                        "INSERT INTO ortsteil_households (ortsteil, households, year, source) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (ortsteil) DO UPDATE SET \
                         households = excluded.households, year = excluded.year, \
                         source = excluded.source",
                    )
                    .bind(ortsteil)
                    .bind(h.count)
                    .bind(h.year)
                    .bind(&h.source)
                    .execute(&mut *tx)
                    .await?;
                }
                None => {
                    sqlx::query("DELETE FROM ortsteil_households WHERE ortsteil = $1")
                        .bind(ortsteil)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            audit!(tx, now, by, "households_set", "ortsteil", 0i64, ortsteil);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Housekeeping: free text of reports older than `REPORT_TEXT_DAYS` is cleared; reports,
    /// counts and anonymised searches older than `COUNTS_DAYS` go. The number of rows changed.
    pub async fn purge_needs(&self, today: NaiveDate) -> StoreResult<u64> {
        let text_before = today - chrono::Duration::days(REPORT_TEXT_DAYS);
        let counts_before = today - chrono::Duration::days(COUNTS_DAYS);
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mut n =
                sqlx::query("UPDATE need_report SET text = '' WHERE day < $1 AND text <> ''")
                    .bind(text_before)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            for sql in [
                "DELETE FROM need_report WHERE day < $1",
                "DELETE FROM usage_count WHERE day < $1",
                "DELETE FROM search_miss WHERE day < $1",
            ] {
                n += sqlx::query(sql)
                    .bind(counts_before)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            }
            tx.commit().await?;
            n
        }))
    }

    /// Whether the needs module has no content yet (for the demo).
    pub async fn needs_are_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM need) + (SELECT COUNT(*) FROM need_report)"
        )
        .fetch_one(p)
        .await?);
        Ok(n == 0)
    }

    /// The demo's reports, needs and papers; a need's decision is found by the start of its text.
    pub async fn insert_needs_seed(&self, seed: &NeedsSeed, today: NaiveDate) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mut papers = std::collections::HashMap::new();
            for x in &seed.paper {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO council_paper (reference, name, url, day, oparl_id) \
                     VALUES ($1, $2, $3, $4, '') RETURNING id",
                )
                .bind(&x.reference)
                .bind(&x.name)
                .bind(&x.url)
                .bind(x.date)
                .fetch_one(&mut *tx)
                .await?;
                papers.insert(x.reference.clone(), id);
            }
            let mut needs = std::collections::HashMap::new();
            for n in &seed.need {
                let decision: Option<i64> = if n.decision.is_empty() {
                    None
                } else {
                    sqlx::query_scalar(
                        "SELECT id FROM ag_decision WHERE text LIKE $1 ORDER BY id LIMIT 1",
                    )
                    .bind(format!("{}%", n.decision))
                    .fetch_optional(&mut *tx)
                    .await?
                };
                let answered = (!n.answer.is_empty()).then_some(today);
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO need (title, answer, answered_on, decision_id, paper_id, created_on) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&n.title)
                .bind(&n.answer)
                .bind(answered)
                .bind(decision)
                .bind(papers.get(&n.paper).copied())
                .bind(today)
                .fetch_one(&mut *tx)
                .await?;
                needs.insert(n.title.clone(), id);
            }
            for r in &seed.report {
                sqlx::query(
                    "INSERT INTO need_report (day, category, ortsteil, ages, text, need_id) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(today - chrono::Duration::days(r.days_ago))
                .bind(&r.category)
                .bind(&r.ortsteil)
                .bind(&r.ages)
                .bind(&r.text)
                .bind(needs.get(&r.need).copied())
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The columns of a table with their declared types, for the test that no table behind the
    /// figures holds anything about a person.
    pub async fn columns_of(&self, table: &str) -> StoreResult<Vec<(String, String)>> {
        Ok(match self {
            Db::Sqlite(p) => {
                sqlx::query_as("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
                    .bind(table)
                    .fetch_all(p)
                    .await?
            }
            Db::Postgres(p) => {
                sqlx::query_as(
                    "SELECT column_name::TEXT, data_type::TEXT FROM information_schema.columns \
                 WHERE table_name = $1 ORDER BY ordinal_position",
                )
                .bind(table)
                .fetch_all(p)
                .await?
            }
        })
    }
}
