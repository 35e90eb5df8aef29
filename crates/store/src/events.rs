//! Events: published ones for the calendar and the feeds, hand-written ones for the demo.

use chrono::{DateTime, NaiveDate, Utc};
use wegweiser_domain::directory::PublicationStatus;
use wegweiser_domain::events::{Event, EventDetails, RegistrationStatus};
use wegweiser_domain::mail::Mail;

use wegweiser_domain::accounts::AccountId;

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, enqueue_mail, on_pool};

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
            status: PublicationStatus::parse(&r.status)
                .ok_or_else(|| StoreError::Corrupt(format!("event status {}", r.status)))?,
            sequence: u32::try_from(r.sequence).unwrap_or(0),
            updated_at: r.updated_at,
            details: serde_json::from_str(&r.details)
                .map_err(|e| StoreError::Corrupt(format!("event {}: {e}", r.id)))?,
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

/// Gives free places of one day to those waiting, first come first, inside `$tx` (which holds the
/// day's row lock); each moved-up person gets the mail `$mail(name, address, day)`.
/// Someone who moved up from a waiting list, as their mail needs them.
pub struct Waiting<'a> {
    pub name: &'a str,
    pub email: &'a str,
    /// The language they registered in.
    pub lang: &'a str,
    pub day: NaiveDate,
}

macro_rules! promote_waiting {
    ($tx:expr, $event:expr, $day:expr, $mail:expr, $now:expr) => {{
        loop {
            let next: Option<(i64, String, String, String)> = sqlx::query_as(
                "SELECT id, name, email, lang FROM event_registration WHERE event_id = $1 AND day = $2 \
                 AND status = 'waiting' ORDER BY id LIMIT 1",
            )
            .bind($event)
            .bind($day)
            .fetch_optional(&mut *$tx)
            .await?;
            let Some((id, name, email, lang)) = next else {
                break;
            };
            let moved = sqlx::query(
                "UPDATE event_places SET taken = taken + 1 WHERE event_id = $1 AND day = $2 AND taken < capacity",
            )
            .bind($event)
            .bind($day)
            .execute(&mut *$tx)
            .await?
            .rows_affected();
            if moved == 0 {
                break;
            }
            sqlx::query("UPDATE event_registration SET status = 'confirmed' WHERE id = $1")
                .bind(id)
                .execute(&mut *$tx)
                .await?;
            let m = $mail(&Waiting {
                name: &name,
                email: &email,
                lang: &lang,
                day: $day,
            });
            enqueue_mail!($tx, m, $now);
        }
    }};
}

/// Replaces event `$id` with `$json` (`$details` parsed) inside `$tx`, raising its sequence; a
/// changed number of places applies to the days people registered for already, and added places
/// go to those waiting, in order.
macro_rules! apply_event {
    ($tx:expr, $id:expr, $org:expr, $offer:expr, $status:expr, $json:expr, $details:expr, $promoted:expr, $now:expr) => {{
        let updated: Option<i64> = sqlx::query_scalar(
            "UPDATE event SET organization_id = $2, offer_id = $3, status = $4, details = $5, \
             sequence = sequence + 1, updated_at = $6 WHERE id = $1 RETURNING id",
        )
        .bind($id)
        .bind($org)
        .bind($offer)
        .bind($status)
        .bind($json)
        .bind($now)
        .fetch_optional(&mut *$tx)
        .await?;
        updated.ok_or(StoreError::NotFound)?;
        if let Some(places) = $details.places {
            let days: Vec<NaiveDate> =
                sqlx::query_scalar("SELECT day FROM event_places WHERE event_id = $1 ORDER BY day")
                    .bind($id)
                    .fetch_all(&mut *$tx)
                    .await?;
            for day in days {
                sqlx::query(
                    "UPDATE event_places SET capacity = $3 WHERE event_id = $1 AND day = $2",
                )
                .bind($id)
                .bind(day)
                .bind(i64::from(places))
                .execute(&mut *$tx)
                .await?;
                promote_waiting!($tx, $id, day, $promoted, $now);
            }
        }
    }};
}

/// A provider editor's version of an event, waiting for review or sent back.
#[derive(Clone, Debug)]
pub struct EventRevision {
    pub id: i64,
    pub event_id: i64,
    pub organization_id: i64,
    pub offer_id: Option<i64>,
    /// The editor's address (None once the account is deleted).
    pub author: Option<String>,
    /// The language the editor last signed in with.
    pub author_lang: Option<String>,
    pub details: EventDetails,
    /// "pending", "approved" or "returned".
    pub status: String,
    pub comment: String,
    pub created_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct EventRevisionRow {
    id: i64,
    event_id: i64,
    organization_id: i64,
    offer_id: Option<i64>,
    author: Option<String>,
    author_lang: Option<String>,
    details: String,
    status: String,
    comment: String,
    created_at: DateTime<Utc>,
}

impl TryFrom<EventRevisionRow> for EventRevision {
    type Error = StoreError;
    fn try_from(r: EventRevisionRow) -> StoreResult<EventRevision> {
        Ok(EventRevision {
            details: serde_json::from_str(&r.details)
                .map_err(|e| StoreError::Corrupt(format!("event revision {}: {e}", r.id)))?,
            id: r.id,
            event_id: r.event_id,
            organization_id: r.organization_id,
            offer_id: r.offer_id,
            author: r.author,
            author_lang: r.author_lang,
            status: r.status,
            comment: r.comment,
            created_at: r.created_at,
        })
    }
}

macro_rules! select_revision {
    ($rest:literal) => {
        concat!(
            "SELECT r.id, r.event_id, r.organization_id, r.offer_id, a.email AS author, \
             a.lang AS author_lang, r.details, \
             r.status, r.comment, r.created_at FROM event_revision r LEFT JOIN account a ON a.id = r.account_id ",
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
            let mut tx = p.begin_write().await?;
            for (org, offer, details) in events {
                let json = serde_json::to_string(details)?;
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
}

/// One registration as its private link shows it.
#[derive(Clone, Debug)]
pub struct RegistrationView {
    pub event_id: i64,
    pub day: NaiveDate,
    pub name: String,
    pub status: RegistrationStatus,
    /// Place on the waiting list (1 = next to move up), while waiting.
    pub waiting_position: Option<i64>,
}

impl Db {
    /// Registers for one occurrence: a place if one is free, else the waiting list. The person's
    /// mail (made by `mail` for the outcome) is queued in the same transaction. The same address
    /// twice for one occurrence → `Duplicate`.
    #[allow(clippy::too_many_arguments)]
    pub async fn register_for_event(
        &self,
        event: i64,
        day: NaiveDate,
        capacity: u32,
        name: &str,
        email: &str,
        lang: &str,
        token_digest: &str,
        mail: impl Fn(RegistrationStatus) -> Mail,
        promoted: impl Fn(&Waiting) -> Mail,
        now: DateTime<Utc>,
    ) -> StoreResult<RegistrationStatus> {
        let status = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // The first statement writes, so a SQLite transaction holds the write lock from here on.
            sqlx::query(
                "INSERT INTO event_places (event_id, day, capacity, taken) VALUES ($1, $2, $3, 0) \
                 ON CONFLICT (event_id, day) DO NOTHING",
            )
            .bind(event)
            .bind(day)
            .bind(i64::from(capacity))
            .execute(&mut *tx)
            .await?;
            // Every change to one day's places starts by locking its row (PostgreSQL; SQLite holds
            // the write lock already), and takes the event's current number of places.
            sqlx::query("UPDATE event_places SET capacity = $3 WHERE event_id = $1 AND day = $2")
                .bind(event)
                .bind(day)
                .bind(i64::from(capacity))
                .execute(&mut *tx)
                .await?;
            // Places added since: those already waiting come first.
            promote_waiting!(tx, event, day, promoted, now);
            let taken = sqlx::query(
                "UPDATE event_places SET taken = taken + 1 WHERE event_id = $1 AND day = $2 AND taken < capacity",
            )
            .bind(event)
            .bind(day)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let status = if taken == 1 {
                RegistrationStatus::Confirmed
            } else {
                RegistrationStatus::Waiting
            };
            // A waiting list longer than the places themselves (at least ten) helps nobody and
            // would let one person fill it.
            if status == RegistrationStatus::Waiting {
                let waiting: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM event_registration WHERE event_id = $1 AND day = $2 AND status = 'waiting'",
                )
                .bind(event)
                .bind(day)
                .fetch_one(&mut *tx)
                .await?;
                if waiting >= i64::from(capacity.max(10)) {
                    return Err(StoreError::Full {
                        what: "waiting list",
                    });
                }
            }
            let inserted = sqlx::query(
                "INSERT INTO event_registration (event_id, day, name, email, token_digest, status, created_at, lang) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(event)
            .bind(day)
            .bind(name)
            .bind(email)
            .bind(token_digest)
            .bind(status.as_str())
            .bind(now)
            .bind(lang)
            .execute(&mut *tx)
            .await;
            if let Err(sqlx::Error::Database(e)) = &inserted
                && e.is_unique_violation()
            {
                return Err(StoreError::Duplicate {
                    what: "registration",
                });
            }
            inserted?;
            let m = mail(status);
            enqueue_mail!(tx, m, now);
            tx.commit().await?;
            status
        });
        Ok(status)
    }

    /// The registration behind a private link.
    pub async fn registration(&self, token_digest: &str) -> StoreResult<RegistrationView> {
        let row: Option<(i64, i64, NaiveDate, String, String)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT id, event_id, day, name, status FROM event_registration WHERE token_digest = $1"
        )
        .bind(token_digest)
        .fetch_optional(p)
        .await?
        });
        let (id, event_id, day, name, status) = row.ok_or(StoreError::NotFound)?;
        let status = RegistrationStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("registration status {status}")))?;
        let waiting_position = if status == RegistrationStatus::Waiting {
            let ahead: i64 = on_pool!(self, |p| sqlx::query_scalar(
                "SELECT COUNT(*) FROM event_registration WHERE event_id = $1 AND day = $2 \
                 AND status = 'waiting' AND id <= $3"
            )
            .bind(event_id)
            .bind(day)
            .bind(id)
            .fetch_one(p)
            .await?);
            Some(ahead)
        } else {
            None
        };
        Ok(RegistrationView {
            event_id,
            day,
            name,
            status,
            waiting_position,
        })
    }

    /// Cancels a registration. A freed place goes to the first on the waiting list, who is told
    /// by the mail `promoted` makes for their (name, address) — all in one transaction.
    pub async fn cancel_registration(
        &self,
        token_digest: &str,
        promoted: impl Fn(&Waiting) -> Mail,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let row: Option<(i64, NaiveDate)> = sqlx::query_as(
                "SELECT event_id, day FROM event_registration WHERE token_digest = $1 AND status <> 'cancelled'",
            )
            .bind(token_digest)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((event, day)) = row else {
                return Err(StoreError::NotFound);
            };
            sqlx::query("UPDATE event_places SET taken = taken WHERE event_id = $1 AND day = $2")
                .bind(event)
                .bind(day)
                .execute(&mut *tx)
                .await?;
            // The counter changes by exactly the place this cancellation frees: never a recount
            // that could miss registrations of other transactions.
            let freed: Option<i64> = sqlx::query_scalar(
                "UPDATE event_registration SET status = 'cancelled' \
                 WHERE token_digest = $1 AND status = 'confirmed' RETURNING id",
            )
            .bind(token_digest)
            .fetch_optional(&mut *tx)
            .await?;
            if freed.is_some() {
                sqlx::query(
                    "UPDATE event_places SET taken = taken - 1 WHERE event_id = $1 AND day = $2 AND taken > 0",
                )
                .bind(event)
                .bind(day)
                .execute(&mut *tx)
                .await?;
            } else {
                let left: Option<i64> = sqlx::query_scalar(
                    "UPDATE event_registration SET status = 'cancelled' \
                     WHERE token_digest = $1 AND status = 'waiting' RETURNING id",
                )
                .bind(token_digest)
                .fetch_optional(&mut *tx)
                .await?;
                if left.is_none() {
                    return Err(StoreError::NotFound);
                }
            }
            promote_waiting!(tx, event, day, promoted, now);
            tx.commit().await?;
        });
        Ok(())
    }

    /// How many registrations of one event day hold a place (the counter must equal it).
    pub async fn confirmed_registrations(&self, event: i64, day: NaiveDate) -> StoreResult<i64> {
        let n: i64 = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT COUNT(*) FROM event_registration WHERE event_id = $1 AND day = $2 AND status = 'confirmed'"
        )
        .bind(event)
        .bind(day)
        .fetch_one(p)
        .await?
        });
        Ok(n)
    }

    /// Places taken per occurrence of an event: (day, taken, capacity, waiting).
    pub async fn event_places(&self, event: i64) -> StoreResult<Vec<(NaiveDate, i64, i64, i64)>> {
        let rows: Vec<(NaiveDate, i64, i64, i64)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT pl.day, pl.taken, pl.capacity, \
             (SELECT COUNT(*) FROM event_registration r WHERE r.event_id = pl.event_id AND r.day = pl.day AND r.status = 'waiting') \
             FROM event_places pl WHERE pl.event_id = $1 ORDER BY pl.day"
        )
        .bind(event)
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    /// Deletes registrations (names, addresses) of occurrences before `before`.
    pub async fn purge_registrations(&self, before: NaiveDate) -> StoreResult<u64> {
        let n = on_pool!(self, |p| sqlx::query(
            "DELETE FROM event_registration WHERE day < $1"
        )
        .bind(before)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n)
    }
}

impl Db {
    /// Events for the back office, any status; only those of `organizations` when given.
    pub async fn events_for_edit(&self, organizations: Option<&[i64]>) -> StoreResult<Vec<Event>> {
        let rows: Vec<EventRow> = on_pool!(self, |p| sqlx::query_as(select_event!(
            "ORDER BY e.status, e.id DESC"
        ))
        .fetch_all(p)
        .await?);
        let all: Vec<Event> = rows
            .into_iter()
            .map(Event::try_from)
            .collect::<StoreResult<_>>()?;
        Ok(match organizations {
            Some(orgs) => all
                .into_iter()
                .filter(|e| orgs.contains(&e.organization_id))
                .collect(),
            None => all,
        })
    }

    pub async fn event_for_edit(&self, id: i64) -> StoreResult<Event> {
        let row: Option<EventRow> =
            on_pool!(self, |p| sqlx::query_as(select_event!("WHERE e.id = $1"))
                .bind(id)
                .fetch_optional(p)
                .await?);
        row.ok_or(StoreError::NotFound)?.try_into()
    }

    /// Creates (`id` None) or replaces an event; a change raises its sequence so subscribed
    /// calendars take it over. Logged in the audit log.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_event(
        &self,
        id: Option<i64>,
        organization: i64,
        offer: Option<i64>,
        status: PublicationStatus,
        details: &EventDetails,
        actor: AccountId,
        promoted: impl Fn(&Waiting) -> Mail,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let json = serde_json::to_string(details)?;
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: i64 = match id {
                None => {
                    sqlx::query_scalar(
                        "INSERT INTO event (organization_id, offer_id, status, details, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                    )
                    .bind(organization)
                    .bind(offer)
                    .bind(status.as_str())
                    .bind(&json)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?
                }
                Some(id) => {
                    apply_event!(tx, id, organization, offer, status.as_str(), &json, details, promoted, now);
                    id
                }
            };
            audit!(tx, now, Some(actor), "event_saved", "event", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// A provider editor's change that waits for review (`events::provider_change_needs_review`),
    /// replacing an earlier pending one of the event. A new event is stored as a draft holding it
    /// and an unpublished one takes it as its draft; a published event keeps what the calendar
    /// shows until the coordinator approves. Returns the event's id.
    pub async fn submit_event_revision(
        &self,
        id: Option<i64>,
        organization: i64,
        offer: Option<i64>,
        details: &EventDetails,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let json = serde_json::to_string(details)?;
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: Option<i64> = match id {
                None => sqlx::query_scalar(
                    "INSERT INTO event (organization_id, offer_id, status, details, created_at, updated_at) \
                     VALUES ($1, $2, 'draft', $3, $4, $4) RETURNING id",
                )
                .bind(organization)
                .bind(offer)
                .bind(&json)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?,
                // Locks the event's row, so two submissions replace each other in order.
                Some(id) => sqlx::query_scalar(
                    "UPDATE event SET \
                     organization_id = CASE WHEN status = 'published' THEN organization_id ELSE $2 END, \
                     offer_id = CASE WHEN status = 'published' THEN offer_id ELSE $3 END, \
                     details = CASE WHEN status = 'published' THEN details ELSE $4 END, \
                     updated_at = $5 WHERE id = $1 RETURNING id",
                )
                .bind(id)
                .bind(organization)
                .bind(offer)
                .bind(&json)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?,
            };
            let id = id.ok_or(StoreError::NotFound)?;
            sqlx::query("DELETE FROM event_revision WHERE event_id = $1 AND status = 'pending'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO event_revision (event_id, account_id, organization_id, offer_id, details, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, 'pending', $6)",
            )
            .bind(id)
            .bind(actor)
            .bind(organization)
            .bind(offer)
            .bind(&json)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            audit!(
                tx,
                now,
                Some(actor),
                "event_revision_submitted",
                "event",
                id
            );
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// The events' changes waiting for review, oldest first.
    pub async fn pending_event_revisions(&self) -> StoreResult<Vec<EventRevision>> {
        let rows: Vec<EventRevisionRow> = on_pool!(self, |p| sqlx::query_as(select_revision!(
            "WHERE r.status = 'pending' ORDER BY r.created_at, r.id"
        ))
        .fetch_all(p)
        .await?);
        rows.into_iter().map(EventRevision::try_from).collect()
    }

    /// The newest revision of an event that waits or was sent back (what its editor sees).
    pub async fn latest_event_revision(&self, event: i64) -> StoreResult<Option<EventRevision>> {
        let row: Option<EventRevisionRow> = on_pool!(self, |p| {
            sqlx::query_as(select_revision!(
            "WHERE r.event_id = $1 AND r.status IN ('pending', 'returned') ORDER BY r.id DESC LIMIT 1"
        ))
        .bind(event)
        .fetch_optional(p)
        .await?
        });
        row.map(EventRevision::try_from).transpose()
    }

    pub async fn event_revision(&self, id: i64) -> StoreResult<EventRevision> {
        let row: Option<EventRevisionRow> = on_pool!(self, |p| sqlx::query_as(select_revision!(
            "WHERE r.id = $1"
        ))
        .bind(id)
        .fetch_optional(p)
        .await?);
        row.ok_or(StoreError::NotFound)?.try_into()
    }

    /// Approves a pending revision: the event takes it and is published (its sequence raised,
    /// added places given to those waiting), and `notice` to its editor is queued, in one
    /// transaction. A revision decided already is `NotFound`.
    pub async fn approve_event_revision(
        &self,
        id: i64,
        actor: AccountId,
        promoted: impl Fn(&Waiting) -> Mail,
        notice: Option<&Mail>,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let event = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let claimed: Option<(i64, i64, Option<i64>, String)> = sqlx::query_as(
                "UPDATE event_revision SET status = 'approved', decided_at = $2, decided_by = $3 \
                 WHERE id = $1 AND status = 'pending' RETURNING event_id, organization_id, offer_id, details",
            )
            .bind(id)
            .bind(now)
            .bind(actor)
            .fetch_optional(&mut *tx)
            .await?;
            let (event, organization, offer, json) = claimed.ok_or(StoreError::NotFound)?;
            let details: EventDetails = serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("event revision {id}: {e}")))?;
            apply_event!(
                tx,
                event,
                organization,
                offer,
                "published",
                &json,
                &details,
                promoted,
                now
            );
            audit!(
                tx,
                now,
                Some(actor),
                "event_revision_approved",
                "event",
                event
            );
            if let Some(mail) = notice {
                enqueue_mail!(tx, mail, now);
            }
            tx.commit().await?;
            event
        });
        Ok(event)
    }

    /// Sends a pending revision back to its editor with a comment and queues `notice` to them.
    pub async fn return_event_revision(
        &self,
        id: i64,
        comment: &str,
        actor: AccountId,
        notice: Option<&Mail>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let event: Option<i64> = sqlx::query_scalar(
                "UPDATE event_revision SET status = 'returned', comment = $2, decided_at = $3, decided_by = $4 \
                 WHERE id = $1 AND status = 'pending' RETURNING event_id",
            )
            .bind(id)
            .bind(comment)
            .bind(now)
            .bind(actor)
            .fetch_optional(&mut *tx)
            .await?;
            let event = event.ok_or(StoreError::NotFound)?;
            audit!(
                tx,
                now,
                Some(actor),
                "event_revision_returned",
                "event",
                event
            );
            if let Some(mail) = notice {
                enqueue_mail!(tx, mail, now);
            }
            tx.commit().await?;
        });
        Ok(())
    }
}
