//! The AG Alleinerziehende (issue 18): members, meetings, invitations and answers, agenda items.
//! Mails about a meeting are queued in the same transaction as the change they report, so a
//! member is told of exactly what was saved, once.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::ag::{
    Answer, ITEMS_PER_MEETING, Item, ItemStatus, Meeting, PROPOSALS_PER_MEMBER,
};
use wegweiser_domain::mail::Mail;

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, enqueue_calendar_mail, on_pool};

/// A member of the AG as the member list shows them.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AgMember {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub function: String,
    /// The member this one stands in for.
    pub deputy_of: Option<i64>,
    /// Whether they took up the invitation (set a password).
    pub active: bool,
}

/// What the coordinator enters for a new member.
pub struct AgJoin<'a> {
    pub organisation: &'a str,
    pub function: &'a str,
    /// A member of the same organisation this one stands in for.
    pub deputy_of: Option<i64>,
}

/// A meeting as stored.
#[derive(Clone, Debug)]
pub struct AgMeeting {
    pub id: i64,
    pub meeting: Meeting,
    /// How often members were told of a change (iCalendar SEQUENCE).
    pub sequence: i32,
    pub invited_at: Option<DateTime<Utc>>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub minutes_published_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    id: i64,
    title: String,
    starts_at: NaiveDateTime,
    duration_minutes: i32,
    place: String,
    video_url: String,
    proposals_until: Option<NaiveDate>,
    sequence: i32,
    invited_at: Option<DateTime<Utc>>,
    cancelled_at: Option<DateTime<Utc>>,
    minutes_published_at: Option<DateTime<Utc>>,
    updated_at: DateTime<Utc>,
}

impl From<MeetingRow> for AgMeeting {
    fn from(r: MeetingRow) -> AgMeeting {
        AgMeeting {
            id: r.id,
            meeting: Meeting {
                title: r.title,
                starts: r.starts_at,
                duration_minutes: u32::try_from(r.duration_minutes).unwrap_or(0),
                place: r.place,
                video_url: r.video_url,
                proposals_until: r
                    .proposals_until
                    .unwrap_or(r.starts_at.date() - chrono::Duration::days(1)),
            },
            sequence: r.sequence,
            invited_at: r.invited_at,
            cancelled_at: r.cancelled_at,
            minutes_published_at: r.minutes_published_at,
            updated_at: r.updated_at,
        }
    }
}

/// A meeting's columns, for `concat!` (queries are literal strings).
macro_rules! meeting_columns {
    () => {
        "id, title, starts_at, duration_minutes, place, video_url, proposals_until, sequence, \
         invited_at, cancelled_at, minutes_published_at, updated_at"
    };
}

/// An agenda item as stored.
#[derive(Clone, Debug)]
pub struct AgItem {
    pub id: i64,
    pub meeting_id: i64,
    pub position: i32,
    pub item: Item,
    pub status: ItemStatus,
    pub proposed_by: Option<i64>,
    pub proposed_by_name: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    meeting_id: i64,
    position: i32,
    title: String,
    presenter: String,
    duration_minutes: i32,
    note: String,
    status: String,
    proposed_by: Option<i64>,
    proposed_by_name: Option<String>,
}

impl From<ItemRow> for AgItem {
    fn from(r: ItemRow) -> AgItem {
        AgItem {
            id: r.id,
            meeting_id: r.meeting_id,
            position: r.position,
            item: Item {
                title: r.title,
                presenter: r.presenter,
                duration_minutes: u32::try_from(r.duration_minutes).unwrap_or(0),
                note: r.note,
            },
            status: ItemStatus::parse(&r.status).unwrap_or(ItemStatus::Proposed),
            proposed_by: r.proposed_by,
            proposed_by_name: r.proposed_by_name,
        }
    }
}

/// One member's invitation to a meeting and their answer.
#[derive(Clone, Debug)]
pub struct AgRsvp {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub answer: Option<Answer>,
    pub deputy: String,
}

#[derive(sqlx::FromRow)]
struct RsvpRow {
    account_id: i64,
    name: String,
    email: String,
    organisation: String,
    answer: Option<String>,
    deputy: String,
}

/// A mail with the calendar object it carries.
pub struct CalendarMail {
    pub mail: Mail,
    pub ics: String,
}

/// One member to invite: their account, the digest of their personal answer link, their mail.
pub struct AgInvite {
    pub account_id: i64,
    pub token_digest: String,
    pub mail: CalendarMail,
}

impl Db {
    /// The AG's members, by organisation and name.
    pub async fn ag_members(&self) -> StoreResult<Vec<AgMember>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT a.id AS account_id, a.name, a.email, m.organisation, m.function, m.deputy_of, \
             a.password_hash IS NOT NULL AS active \
             FROM ag_member m JOIN account a ON a.id = m.account_id \
             WHERE a.disabled = FALSE ORDER BY m.organisation, a.name, a.email"
        )
        .fetch_all(p)
        .await?))
    }

    /// The member behind an account, if it is one.
    pub async fn ag_member(&self, account: AccountId) -> StoreResult<Option<AgMember>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT a.id AS account_id, a.name, a.email, m.organisation, m.function, m.deputy_of, \
             a.password_hash IS NOT NULL AS active \
             FROM ag_member m JOIN account a ON a.id = m.account_id \
             WHERE a.id = $1 AND a.disabled = FALSE"
        )
        .bind(account)
        .fetch_optional(p)
        .await?))
    }

    /// Housekeeping: answers to meetings that began more than `days` days before `now` go (the
    /// minutes keep who was there).
    pub async fn purge_ag_answers(&self, now: DateTime<Utc>, days: i64) -> StoreResult<u64> {
        let before = wegweiser_domain::time::berlin_local(now) - chrono::Duration::days(days);
        Ok(on_pool!(self, |p| {
            sqlx::query(
            "DELETE FROM ag_rsvp WHERE meeting_id IN (SELECT id FROM ag_meeting WHERE starts_at < $1)"
        )
        .bind(before)
        .execute(p)
        .await?
        .rows_affected()
        }))
    }

    /// What the AG holds about an account, for its export.
    #[allow(clippy::type_complexity)]
    pub(crate) async fn export_ag(
        &self,
        account: AccountId,
    ) -> StoreResult<(
        Option<(String, String)>,
        Vec<(String, NaiveDateTime, Option<String>, String)>,
    )> {
        let member: Option<(String, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT organisation, function FROM ag_member WHERE account_id = $1"
        )
        .bind(account)
        .fetch_optional(p)
        .await?);
        let answers = on_pool!(self, |p| sqlx::query_as(
            "SELECT m.title, m.starts_at, r.answer, r.deputy FROM ag_rsvp r \
             JOIN ag_meeting m ON m.id = r.meeting_id WHERE r.account_id = $1 ORDER BY m.starts_at"
        )
        .bind(account)
        .fetch_all(p)
        .await?);
        Ok((member, answers))
    }

    /// Makes an account a member of the AG (the operator's `user add`, the demo).
    pub async fn add_ag_member(
        &self,
        account: AccountId,
        organisation: &str,
        function: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| sqlx::query(
            "INSERT INTO ag_member (account_id, organisation, function, joined_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (account_id) DO NOTHING"
        )
        .bind(account)
        .bind(organisation)
        .bind(function)
        .bind(now)
        .execute(p)
        .await?
        .rows_affected());
        Ok(())
    }

    /// The coordinator changes a member's organisation, function and whom they stand in for (a
    /// member of the same organisation, not themself: else `Unknown { what: "deputy" }`).
    pub async fn update_ag_member(
        &self,
        account: AccountId,
        organisation: &str,
        function: &str,
        deputy_of: Option<i64>,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if let Some(main) = deputy_of {
                let same: Option<i64> = sqlx::query_scalar(
                    "SELECT account_id FROM ag_member WHERE account_id = $1 AND organisation = $2 \
                     AND account_id <> $3",
                )
                .bind(main)
                .bind(organisation)
                .bind(account)
                .fetch_optional(&mut *tx)
                .await?;
                if same.is_none() {
                    return Err(StoreError::Unknown {
                        what: "deputy",
                        id: main.to_string(),
                    });
                }
            }
            crate::write_one!(
                tx,
                sqlx::query(
                    "UPDATE ag_member SET organisation = $2, function = $3, deputy_of = $4 \
                 WHERE account_id = $1",
                )
                .bind(account)
                .bind(organisation)
                .bind(function)
                .bind(deputy_of)
            );
            audit!(tx, now, by, "ag_member_changed", "account", account);
            tx.commit().await?;
        });
        Ok(())
    }

    /// A member leaves the AG: their membership and their answers to coming meetings go; the
    /// minutes keep what they said and did. Deputies who stood in for them stand alone.
    pub async fn leave_ag(&self, account: AccountId, now: DateTime<Utc>) -> StoreResult<()> {
        let local = wegweiser_domain::time::berlin_local(now);
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::write_one!(
                tx,
                sqlx::query("DELETE FROM ag_member WHERE account_id = $1").bind(account)
            );
            sqlx::query("UPDATE ag_member SET deputy_of = NULL WHERE deputy_of = $1")
                .bind(account)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "DELETE FROM ag_rsvp WHERE account_id = $1 AND meeting_id IN \
                 (SELECT id FROM ag_meeting WHERE starts_at > $2)",
            )
            .bind(account)
            .bind(local)
            .execute(&mut *tx)
            .await?;
            audit!(tx, now, account, "ag_left", "account", account);
            tx.commit().await?;
        });
        Ok(())
    }

    /// A new meeting; nobody is told until the coordinator invites.
    pub async fn create_ag_meeting(
        &self,
        m: &Meeting,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO ag_meeting (title, starts_at, duration_minutes, place, video_url, \
                 proposals_until, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(&m.title)
            .bind(m.starts)
            .bind(i32::try_from(m.duration_minutes).unwrap_or(i32::MAX))
            .bind(&m.place)
            .bind(&m.video_url)
            .bind(m.proposals_until)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            audit!(tx, now, by, "ag_meeting_created", "ag_meeting", id);
            tx.commit().await?;
            id
        }))
    }

    pub async fn ag_meetings(&self) -> StoreResult<Vec<AgMeeting>> {
        let rows: Vec<MeetingRow> = on_pool!(self, |p| sqlx::query_as(concat!(
            "SELECT ",
            meeting_columns!(),
            " FROM ag_meeting ORDER BY starts_at DESC, id DESC"
        ))
        .fetch_all(p)
        .await?);
        Ok(rows.into_iter().map(AgMeeting::from).collect())
    }

    pub async fn ag_meeting(&self, id: i64) -> StoreResult<AgMeeting> {
        let row: Option<MeetingRow> = on_pool!(self, |p| sqlx::query_as(concat!(
            "SELECT ",
            meeting_columns!(),
            " FROM ag_meeting WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(p)
        .await?);
        row.map(AgMeeting::from).ok_or(StoreError::NotFound)
    }

    /// Saves a meeting's facts. When invited members must hear of the change (`Meeting::moved_from`),
    /// its SEQUENCE goes up and `update` writes the mail for each invited member (given the stored
    /// meeting after the change), queued in the same transaction: the mails always say what was
    /// saved, also when two saves cross. `Conflict` when the meeting is called off.
    pub async fn update_ag_meeting(
        &self,
        id: i64,
        m: &Meeting,
        by: AccountId,
        now: DateTime<Utc>,
        update: impl Fn(&AgMeeting, &AgRsvp) -> CalendarMail,
    ) -> StoreResult<bool> {
        let before = self.ag_meeting(id).await?;
        let tell = before.invited_at.is_some() && m.moved_from(&before.meeting);
        let invited = if tell {
            self.ag_rsvps(id).await?
        } else {
            vec![]
        };
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let row: Option<MeetingRow> = sqlx::query_as(concat!(
                "UPDATE ag_meeting SET title = $2, starts_at = $3, duration_minutes = $4, \
                 place = $5, video_url = $6, proposals_until = $7, updated_at = $8, \
                 sequence = sequence + $9 \
                 WHERE id = $1 AND cancelled_at IS NULL \
                 RETURNING ",
                meeting_columns!(),
                ""
            ))
            .bind(id)
            .bind(&m.title)
            .bind(m.starts)
            .bind(i32::try_from(m.duration_minutes).unwrap_or(i32::MAX))
            .bind(&m.place)
            .bind(&m.video_url)
            .bind(m.proposals_until)
            .bind(now)
            .bind(i32::from(tell))
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row else {
                return Err(StoreError::Conflict);
            };
            let after = AgMeeting::from(row);
            for r in &invited {
                let cm = update(&after, r);
                enqueue_calendar_mail!(tx, cm.mail, &cm.ics, now);
            }
            audit!(
                tx,
                now,
                by,
                if tell {
                    "ag_meeting_moved"
                } else {
                    "ag_meeting_changed"
                },
                "ag_meeting",
                id
            );
            tx.commit().await?;
        });
        Ok(tell)
    }

    /// Calls a meeting off; each invited member gets `cancel`'s mail (a CANCEL with a higher
    /// SEQUENCE). `NotFound` when there is no such meeting or it is already called off.
    pub async fn cancel_ag_meeting(
        &self,
        id: i64,
        by: AccountId,
        now: DateTime<Utc>,
        cancel: impl Fn(&AgMeeting, &AgRsvp) -> CalendarMail,
    ) -> StoreResult<()> {
        let invited = self.ag_rsvps(id).await?;
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let row: Option<MeetingRow> = sqlx::query_as(concat!(
                "UPDATE ag_meeting SET cancelled_at = $2, updated_at = $2, \
                 sequence = sequence + 1 WHERE id = $1 AND cancelled_at IS NULL \
                 RETURNING ",
                meeting_columns!(),
                ""
            ))
            .bind(id)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row else {
                return Err(StoreError::NotFound);
            };
            let after = AgMeeting::from(row);
            if after.invited_at.is_some() {
                for r in &invited {
                    let cm = cancel(&after, r);
                    enqueue_calendar_mail!(tx, cm.mail, &cm.ics, now);
                }
            }
            audit!(tx, now, by, "ag_meeting_cancelled", "ag_meeting", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Members (with their deputies) not invited to a meeting yet.
    pub async fn ag_uninvited(&self, meeting: i64) -> StoreResult<Vec<AgMember>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT a.id AS account_id, a.name, a.email, m.organisation, m.function, m.deputy_of, \
             a.password_hash IS NOT NULL AS active \
             FROM ag_member m JOIN account a ON a.id = m.account_id \
             WHERE a.disabled = FALSE AND NOT EXISTS (SELECT 1 FROM ag_rsvp r \
             WHERE r.meeting_id = $1 AND r.account_id = m.account_id) \
             ORDER BY m.organisation, a.name"
        )
        .bind(meeting)
        .fetch_all(p)
        .await?))
    }

    /// Invites members to a coming meeting that is not called off: each gets their answer link
    /// and mail once, also when the coordinator sends twice at the same moment. Returns how many
    /// were invited now.
    pub async fn send_ag_invitations(
        &self,
        meeting: i64,
        invites: &[AgInvite],
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<usize> {
        let local = wegweiser_domain::time::berlin_local(now);
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // The meeting's row is the lock: two senders invite one after the other.
            let open: Option<i64> = sqlx::query_scalar(
                "UPDATE ag_meeting SET invited_at = COALESCE(invited_at, $2) \
                 WHERE id = $1 AND cancelled_at IS NULL AND starts_at > $3 RETURNING id",
            )
            .bind(meeting)
            .bind(now)
            .bind(local)
            .fetch_optional(&mut *tx)
            .await?;
            if open.is_none() {
                return Err(StoreError::NotFound);
            }
            let mut sent = 0;
            for inv in invites {
                let added = sqlx::query(
                    "INSERT INTO ag_rsvp (meeting_id, account_id, token_digest) \
                     SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM ag_member WHERE account_id = $2) \
                     ON CONFLICT (meeting_id, account_id) DO NOTHING",
                )
                .bind(meeting)
                .bind(inv.account_id)
                .bind(&inv.token_digest)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if added == 1 {
                    enqueue_calendar_mail!(tx, inv.mail.mail, &inv.mail.ics, now);
                    sent += 1;
                }
            }
            audit!(
                tx,
                now,
                by,
                "ag_meeting_invited",
                "ag_meeting",
                meeting,
                sent.to_string()
            );
            tx.commit().await?;
            sent
        }))
    }

    /// The invited members of a meeting with their answers, by organisation and name.
    pub async fn ag_rsvps(&self, meeting: i64) -> StoreResult<Vec<AgRsvp>> {
        let rows: Vec<RsvpRow> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT a.id AS account_id, a.name, a.email, COALESCE(m.organisation, '') AS organisation, \
             r.answer, r.deputy \
             FROM ag_rsvp r JOIN account a ON a.id = r.account_id \
             LEFT JOIN ag_member m ON m.account_id = a.id \
             WHERE r.meeting_id = $1 ORDER BY organisation, a.name"
        )
        .bind(meeting)
        .fetch_all(p)
        .await?
        });
        Ok(rows
            .into_iter()
            .map(|r| AgRsvp {
                account_id: r.account_id,
                name: r.name,
                email: r.email,
                organisation: r.organisation,
                answer: r.answer.as_deref().and_then(Answer::parse),
                deputy: r.deputy,
            })
            .collect())
    }

    /// The meeting and member a personal answer link belongs to.
    pub async fn ag_rsvp_by_token(&self, digest: &str) -> StoreResult<Option<(i64, i64)>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT meeting_id, account_id FROM ag_rsvp WHERE token_digest = $1"
        )
        .bind(digest)
        .fetch_optional(p)
        .await?))
    }

    /// A member answers (again) for a meeting they are invited to, before it begins and unless it
    /// is called off (`Conflict` then; `NotFound` when not invited). A member who signs in and
    /// answers on the meeting's page without an invitation yet gets one without a link.
    pub async fn answer_ag_meeting(
        &self,
        meeting: i64,
        account: AccountId,
        answer: Answer,
        deputy: &str,
        fresh_digest: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let local = wegweiser_domain::time::berlin_local(now);
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let open: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM ag_meeting WHERE id = $1 AND cancelled_at IS NULL AND starts_at > $2",
            )
            .bind(meeting)
            .bind(local)
            .fetch_optional(&mut *tx)
            .await?;
            if open.is_none() {
                return Err(StoreError::Conflict);
            }
            sqlx::query(
                "INSERT INTO ag_rsvp (meeting_id, account_id, token_digest) \
                 SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM ag_member WHERE account_id = $2) \
                 ON CONFLICT (meeting_id, account_id) DO NOTHING",
            )
            .bind(meeting)
            .bind(account)
            .bind(fresh_digest)
            .execute(&mut *tx)
            .await?;
            crate::write_one!(
                tx,
                sqlx::query(
                    "UPDATE ag_rsvp SET answer = $3, deputy = $4, answered_at = $5 \
                 WHERE meeting_id = $1 AND account_id = $2",
                )
                .bind(meeting)
                .bind(account)
                .bind(answer.as_str())
                .bind(deputy)
                .bind(now)
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Meetings whose reminder is due (invited, not called off, beginning within `days` days
    /// after `now`, not reminded yet).
    pub async fn ag_reminders_due(&self, now: DateTime<Utc>, days: i64) -> StoreResult<Vec<i64>> {
        let local = wegweiser_domain::time::berlin_local(now);
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT id FROM ag_meeting WHERE invited_at IS NOT NULL AND cancelled_at IS NULL \
             AND reminded_at IS NULL AND starts_at > $1 AND starts_at <= $2 ORDER BY id"
        )
        .bind(local)
        .bind(local + chrono::Duration::days(days))
        .fetch_all(p)
        .await?))
    }

    /// Sends a meeting's reminder once (whichever instance gets there first): one mail per
    /// invited member who did not say no. Returns how many.
    pub async fn remind_ag_meeting(
        &self,
        meeting: i64,
        now: DateTime<Utc>,
        remind: impl Fn(&AgMeeting, &AgRsvp) -> Mail,
    ) -> StoreResult<usize> {
        let invited = self.ag_rsvps(meeting).await?;
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let row: Option<MeetingRow> = sqlx::query_as(concat!(
                "UPDATE ag_meeting SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL \
                 AND cancelled_at IS NULL RETURNING ",
                meeting_columns!(),
                ""
            ))
            .bind(meeting)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row else {
                return Ok(0);
            };
            let m = AgMeeting::from(row);
            let mut n = 0;
            for r in invited.iter().filter(|r| r.answer != Some(Answer::No)) {
                let mail = remind(&m, r);
                crate::enqueue_mail!(tx, mail, now);
                n += 1;
            }
            tx.commit().await?;
            n
        }))
    }

    /// A meeting's agenda items in order (with proposals and declined ones; the caller filters).
    pub async fn ag_items(&self, meeting: i64) -> StoreResult<Vec<AgItem>> {
        let rows: Vec<ItemRow> = on_pool!(self, |p| sqlx::query_as(
            "SELECT i.id, i.meeting_id, i.position, i.title, i.presenter, i.duration_minutes, \
             i.note, i.status, i.proposed_by, a.name AS proposed_by_name \
             FROM ag_item i LEFT JOIN account a ON a.id = i.proposed_by \
             WHERE i.meeting_id = $1 ORDER BY i.position, i.id"
        )
        .bind(meeting)
        .fetch_all(p)
        .await?);
        Ok(rows.into_iter().map(AgItem::from).collect())
    }

    /// Adds an item at the end of a meeting's agenda: by the coordinator (accepted) or proposed
    /// by a member. The agenda's size and each member's proposals are limited (`Full`), counted
    /// under the meeting's row lock; `NotFound` for a meeting called off.
    pub async fn add_ag_item(
        &self,
        meeting: i64,
        item: &Item,
        status: ItemStatus,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let open: Option<i64> = sqlx::query_scalar(
                "UPDATE ag_meeting SET id = id WHERE id = $1 AND cancelled_at IS NULL RETURNING id",
            )
            .bind(meeting)
            .fetch_optional(&mut *tx)
            .await?;
            if open.is_none() {
                return Err(StoreError::NotFound);
            }
            let (count, mine, last): (i64, i64, Option<i32>) = sqlx::query_as(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN proposed_by = $2 THEN 1 ELSE 0 END), 0), \
                 MAX(position) FROM ag_item WHERE meeting_id = $1",
            )
            .bind(meeting)
            .bind(by)
            .fetch_one(&mut *tx)
            .await?;
            if count >= ITEMS_PER_MEETING {
                return Err(StoreError::Full { what: "items" });
            }
            let proposed = status == ItemStatus::Proposed;
            if proposed && mine >= PROPOSALS_PER_MEMBER {
                return Err(StoreError::Full { what: "proposals" });
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO ag_item (meeting_id, position, title, presenter, duration_minutes, \
                 note, status, proposed_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(meeting)
            .bind(last.unwrap_or(0) + 1)
            .bind(&item.title)
            .bind(&item.presenter)
            .bind(i32::try_from(item.duration_minutes).unwrap_or(i32::MAX))
            .bind(&item.note)
            .bind(status.as_str())
            .bind(proposed.then_some(by))
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            audit!(
                tx,
                now,
                by,
                if proposed {
                    "ag_item_proposed"
                } else {
                    "ag_item_added"
                },
                "ag_item",
                id
            );
            tx.commit().await?;
            id
        }))
    }

    /// The coordinator takes a proposal onto the agenda or declines it (`NotFound` unless it is
    /// a proposal of that meeting).
    pub async fn decide_ag_item(
        &self,
        meeting: i64,
        item: i64,
        status: ItemStatus,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::write_one!(
                tx,
                sqlx::query(
                    "UPDATE ag_item SET status = $3 WHERE id = $1 AND meeting_id = $2 \
                 AND status = 'proposed'",
                )
                .bind(item)
                .bind(meeting)
                .bind(status.as_str())
            );
            audit!(
                tx,
                now,
                by,
                "ag_item_decided",
                "ag_item",
                item,
                status.as_str()
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Moves an item one place up (`-1`) or down (`1`) among its meeting's items.
    pub async fn move_ag_item(&self, meeting: i64, item: i64, by: i32) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let open: Option<i64> =
                sqlx::query_scalar("UPDATE ag_meeting SET id = id WHERE id = $1 RETURNING id")
                    .bind(meeting)
                    .fetch_optional(&mut *tx)
                    .await?;
            if open.is_none() {
                return Err(StoreError::NotFound);
            }
            let order: Vec<(i64, i32)> = sqlx::query_as(
                "SELECT id, position FROM ag_item WHERE meeting_id = $1 ORDER BY position, id",
            )
            .bind(meeting)
            .fetch_all(&mut *tx)
            .await?;
            let Some(at) = order.iter().position(|(id, _)| *id == item) else {
                return Err(StoreError::NotFound);
            };
            let to = if by < 0 {
                at.checked_sub(1)
            } else {
                Some(at + 1).filter(|t| *t < order.len())
            };
            if let Some(to) = to {
                let mut ids: Vec<i64> = order.iter().map(|(id, _)| *id).collect();
                ids.swap(at, to);
                // Positions renumbered 1, 2, 3 …: gaps and ties from before are gone too.
                for (n, id) in ids.iter().enumerate() {
                    sqlx::query("UPDATE ag_item SET position = $2 WHERE id = $1")
                        .bind(id)
                        .bind(i32::try_from(n + 1).unwrap_or(i32::MAX))
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Removes an item from a meeting's agenda.
    pub async fn delete_ag_item(
        &self,
        meeting: i64,
        item: i64,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::write_one!(
                tx,
                sqlx::query("DELETE FROM ag_item WHERE id = $1 AND meeting_id = $2")
                    .bind(item)
                    .bind(meeting)
            );
            audit!(tx, now, by, "ag_item_deleted", "ag_item", item);
            tx.commit().await?;
        });
        Ok(())
    }
}

/// A decision as stored, with its item and meeting.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AgDecision {
    pub id: i64,
    pub item_id: i64,
    pub meeting_id: i64,
    pub meeting_title: String,
    pub starts_at: NaiveDateTime,
    pub item_title: String,
    pub text: String,
    pub votes_yes: Option<i32>,
    pub votes_no: Option<i32>,
    pub votes_abstain: Option<i32>,
}

/// An action item as stored, with its owner, item and meeting.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AgAction {
    pub id: i64,
    pub item_id: i64,
    pub meeting_id: i64,
    pub meeting_title: String,
    pub starts_at: NaiveDateTime,
    pub item_title: String,
    pub text: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub owner_email: Option<String>,
    pub due_on: NaiveDate,
    pub done_at: Option<DateTime<Utc>>,
}

const DECISION_SELECT: &str = "SELECT d.id, d.item_id, i.meeting_id, m.title AS meeting_title, \
     m.starts_at, i.title AS item_title, d.text, d.votes_yes, d.votes_no, d.votes_abstain \
     FROM ag_decision d JOIN ag_item i ON i.id = d.item_id JOIN ag_meeting m ON m.id = i.meeting_id";

const ACTION_SELECT: &str = "SELECT x.id, x.item_id, i.meeting_id, m.title AS meeting_title, \
     m.starts_at, i.title AS item_title, x.text, x.owner_id, a.name AS owner_name, \
     a.email AS owner_email, x.due_on, x.done_at \
     FROM ag_action x JOIN ag_item i ON i.id = x.item_id JOIN ag_meeting m ON m.id = i.meeting_id \
     LEFT JOIN account a ON a.id = x.owner_id";

/// Which action items a list holds.
pub enum ActionSelect {
    /// Those noted at a meeting.
    OfMeeting(i64),
    /// Those still open from meetings that began before this moment (carried over to the next).
    OpenBefore(NaiveDateTime),
    /// One person's, open ones first.
    OfOwner(i64),
    /// All, for the archive.
    All,
}

impl Db {
    /// The coordinator's notes on one item (`NotFound` unless the item is of that meeting).
    pub async fn save_ag_minutes(
        &self,
        meeting: i64,
        item: i64,
        text: &str,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::write_one!(
                tx,
                sqlx::query("UPDATE ag_item SET minutes = $3 WHERE id = $1 AND meeting_id = $2")
                    .bind(item)
                    .bind(meeting)
                    .bind(text)
            );
            audit!(tx, now, by, "ag_minutes_saved", "ag_item", item);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Notes a decision on one item of a meeting.
    pub async fn add_ag_decision(
        &self,
        meeting: i64,
        item: i64,
        d: &wegweiser_domain::ag::Decision,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let vote = |i: usize| {
            d.votes
                .map(|v| [v.0, v.1, v.2][i])
                .map(|n| i32::try_from(n).unwrap_or(i32::MAX))
        };
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO ag_decision (item_id, text, votes_yes, votes_no, votes_abstain, created_at) \
                 SELECT id, $3, $4, $5, $6, $7 FROM ag_item WHERE id = $1 AND meeting_id = $2 \
                 RETURNING id",
            )
            .bind(item)
            .bind(meeting)
            .bind(&d.text)
            .bind(vote(0))
            .bind(vote(1))
            .bind(vote(2))
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = id else {
                return Err(StoreError::NotFound);
            };
            audit!(tx, now, by, "ag_decision_added", "ag_decision", id);
            tx.commit().await?;
            id
        }))
    }

    /// Notes an action item on one item of a meeting; its owner must be a member (`Unknown`).
    pub async fn add_ag_action(
        &self,
        meeting: i64,
        item: i64,
        a: &wegweiser_domain::ag::Action,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let member: Option<i64> =
                sqlx::query_scalar("SELECT account_id FROM ag_member WHERE account_id = $1")
                    .bind(a.owner)
                    .fetch_optional(&mut *tx)
                    .await?;
            if member.is_none() {
                return Err(StoreError::Unknown {
                    what: "owner",
                    id: a.owner.to_string(),
                });
            }
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO ag_action (item_id, text, owner_id, due_on, created_at) \
                 SELECT id, $3, $4, $5, $6 FROM ag_item WHERE id = $1 AND meeting_id = $2 \
                 RETURNING id",
            )
            .bind(item)
            .bind(meeting)
            .bind(&a.text)
            .bind(a.owner)
            .bind(a.due_on)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = id else {
                return Err(StoreError::NotFound);
            };
            audit!(tx, now, by, "ag_action_added", "ag_action", id);
            tx.commit().await?;
            id
        }))
    }

    /// A meeting's decisions, or all (`None`), newest meeting first, in agenda order.
    pub async fn ag_decisions(&self, meeting: Option<i64>) -> StoreResult<Vec<AgDecision>> {
        Ok(on_pool!(self, |p| match meeting {
            Some(m) =>
                sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "{DECISION_SELECT} WHERE i.meeting_id = $1 ORDER BY i.position, d.id"
                )))
                .bind(m)
                .fetch_all(p)
                .await?,
            None =>
                sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "{DECISION_SELECT} ORDER BY m.starts_at DESC, i.position, d.id"
                )))
                .fetch_all(p)
                .await?,
        }))
    }

    pub async fn ag_actions(&self, select: ActionSelect) -> StoreResult<Vec<AgAction>> {
        let (filter, bind): (&str, Option<ActionBind>) = match select {
            ActionSelect::OfMeeting(m) => (
                "WHERE i.meeting_id = $1 ORDER BY i.position, x.id",
                Some(ActionBind::Id(m)),
            ),
            ActionSelect::OpenBefore(at) => (
                "WHERE x.done_at IS NULL AND m.starts_at < $1 AND m.cancelled_at IS NULL \
                 ORDER BY x.due_on, x.id",
                Some(ActionBind::At(at)),
            ),
            ActionSelect::OfOwner(o) => (
                "WHERE x.owner_id = $1 ORDER BY x.done_at IS NOT NULL, x.due_on, x.id",
                Some(ActionBind::Id(o)),
            ),
            ActionSelect::All => ("ORDER BY m.starts_at DESC, i.position, x.id", None),
        };
        let sql = format!("{ACTION_SELECT} {filter}");
        Ok(on_pool!(self, |p| {
            let q = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()));
            match bind {
                Some(ActionBind::Id(id)) => q.bind(id).fetch_all(p).await?,
                Some(ActionBind::At(at)) => q.bind(at).fetch_all(p).await?,
                None => q.fetch_all(p).await?,
            }
        }))
    }

    /// Marks an action item done (or open again): by its owner or the coordinator
    /// (`coordinator`); `NotFound` for anyone else.
    pub async fn set_ag_action_done(
        &self,
        action: i64,
        by: AccountId,
        coordinator: bool,
        done: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::write_one!(
                tx,
                sqlx::query(
                    "UPDATE ag_action SET done_at = $3 WHERE id = $1 AND ($2 OR owner_id = $4)",
                )
                .bind(action)
                .bind(coordinator)
                .bind(done.then_some(now))
                .bind(by)
            );
            audit!(
                tx,
                now,
                by,
                if done {
                    "ag_action_done"
                } else {
                    "ag_action_reopened"
                },
                "ag_action",
                action
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Publishes a meeting's minutes to the members once: `mails` go out with it. `Conflict` when
    /// they were published already.
    pub async fn publish_ag_minutes(
        &self,
        meeting: i64,
        mails: &[Mail],
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let done = sqlx::query(
                "UPDATE ag_meeting SET minutes_published_at = $2 WHERE id = $1 \
                 AND minutes_published_at IS NULL",
            )
            .bind(meeting)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::Conflict);
            }
            for m in mails {
                crate::enqueue_mail!(tx, m, now);
            }
            audit!(tx, now, by, "ag_minutes_published", "ag_meeting", meeting);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Open action items of published minutes due within `days` days of `today` whose owner was
    /// not reminded yet.
    pub async fn ag_action_reminders_due(
        &self,
        today: NaiveDate,
        days: i64,
    ) -> StoreResult<Vec<AgAction>> {
        let sql = format!(
            "{ACTION_SELECT} WHERE x.done_at IS NULL AND x.reminded_at IS NULL \
             AND m.minutes_published_at IS NOT NULL AND x.owner_id IS NOT NULL \
             AND x.due_on <= $1 ORDER BY x.id"
        );
        Ok(on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(
            sql.clone()
        ))
        .bind(today + chrono::Duration::days(days))
        .fetch_all(p)
        .await?))
    }

    /// Reminds an action item's owner once (whichever instance gets there first).
    pub async fn remind_ag_action(
        &self,
        action: i64,
        mail: &Mail,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let done = sqlx::query(
                "UPDATE ag_action SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL \
                 AND done_at IS NULL",
            )
            .bind(action)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 1 {
                crate::enqueue_mail!(tx, mail, now);
            }
            tx.commit().await?;
            done.rows_affected() == 1
        }))
    }

    /// The notes of each item of a meeting, by item id.
    pub async fn ag_minutes(&self, meeting: i64) -> StoreResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT id, minutes FROM ag_item WHERE meeting_id = $1 ORDER BY position, id"
        )
        .bind(meeting)
        .fetch_all(p)
        .await?))
    }
}

enum ActionBind {
    Id(i64),
    At(NaiveDateTime),
}

impl Db {
    pub async fn ag_is_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM ag_member) + (SELECT COUNT(*) FROM ag_meeting)"
        )
        .fetch_one(p)
        .await?);
        Ok(n == 0)
    }

    /// The demo's AG: example members (accounts without a password, so nobody signs in as them)
    /// and meetings with their items, minutes, decisions and action items, all or nothing.
    /// Returns the number of meetings.
    pub async fn insert_ag_seed(
        &self,
        seed: &wegweiser_domain::ag::AgSeed,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> StoreResult<usize> {
        let meetings: Vec<Meeting> = seed
            .meeting
            .iter()
            .map(|m| m.resolve(today))
            .collect::<Result<_, _>>()
            .map_err(|e| StoreError::Unknown {
                what: "demo meeting",
                id: e,
            })?;
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mut ids: Vec<(String, i64)> = Vec::new();
            for m in &seed.member {
                let id = crate::accounts::insert_account!(
                    tx,
                    &m.email,
                    &m.name,
                    wegweiser_domain::accounts::Role::AgMember,
                    None::<&str>,
                    &[] as &[i64],
                    now
                );
                let deputy_of = ids
                    .iter()
                    .find(|(n, _)| !m.deputy_of.is_empty() && *n == m.deputy_of)
                    .map(|(_, id)| *id);
                sqlx::query(
                    "INSERT INTO ag_member (account_id, organisation, function, deputy_of, joined_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(&m.organisation)
                .bind(&m.function)
                .bind(deputy_of)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                ids.push((m.name.clone(), id));
            }
            let member = |name: &str| {
                ids.iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, id)| *id)
                    .ok_or_else(|| StoreError::Unknown {
                        what: "demo member",
                        id: name.to_string(),
                    })
            };
            for (s, m) in seed.meeting.iter().zip(&meetings) {
                let meeting: i64 = sqlx::query_scalar(
                    "INSERT INTO ag_meeting (title, starts_at, duration_minutes, place, video_url, \
                     proposals_until, minutes_published_at, created_at, updated_at, summary, \
                     summary_published_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10) RETURNING id",
                )
                .bind(&m.title)
                .bind(m.starts)
                .bind(i32::try_from(m.duration_minutes).unwrap_or(i32::MAX))
                .bind(&m.place)
                .bind(&m.video_url)
                .bind(m.proposals_until)
                .bind(s.published.then_some(now))
                .bind(now)
                .bind(&s.summary)
                .bind((!s.summary.is_empty()).then_some(now))
                .fetch_one(&mut *tx)
                .await?;
                for (n, it) in s.item.iter().enumerate() {
                    let proposed_by = if it.proposed_by.is_empty() {
                        None
                    } else {
                        Some(member(&it.proposed_by)?)
                    };
                    let item: i64 = sqlx::query_scalar(
                        "INSERT INTO ag_item (meeting_id, position, title, presenter, \
                         duration_minutes, note, status, proposed_by, minutes, created_at) \
                         VALUES ($1, $2, $3, $4, $5, '', $6, $7, $8, $9) RETURNING id",
                    )
                    .bind(meeting)
                    .bind(i32::try_from(n + 1).unwrap_or(i32::MAX))
                    .bind(&it.title)
                    .bind(&it.presenter)
                    .bind(i32::try_from(it.duration_minutes).unwrap_or(i32::MAX))
                    .bind(if proposed_by.is_some() {
                        "proposed"
                    } else {
                        "accepted"
                    })
                    .bind(proposed_by)
                    .bind(&it.notes)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    for d in &it.decision {
                        let v = |i: usize| {
                            d.votes
                                .map(|v| i32::try_from([v.0, v.1, v.2][i]).unwrap_or(0))
                        };
                        sqlx::query(
                            "INSERT INTO ag_decision (item_id, text, votes_yes, votes_no, \
                             votes_abstain, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(item)
                        .bind(&d.text)
                        .bind(v(0))
                        .bind(v(1))
                        .bind(v(2))
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                    for a in &it.action {
                        sqlx::query(
                            "INSERT INTO ag_action (item_id, text, owner_id, due_on, done_at, \
                             reminded_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $6)",
                        )
                        .bind(item)
                        .bind(&a.text)
                        .bind(member(&a.owner)?)
                        .bind(today + chrono::Duration::days(a.due_in_days))
                        .bind(a.done.then_some(now))
                        // The examples' owners are not reminded: their addresses are invented.
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
            }
            tx.commit().await?;
        });
        Ok(meetings.len())
    }
}

/// A document of an agenda item, without its content.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AgDocument {
    pub id: i64,
    pub item_id: i64,
    pub file_name: String,
    pub kind: String,
    pub size: i64,
}

impl Db {
    /// Stores a document for an item of a meeting (`NotFound` unless the item is of it), at most
    /// `DOCUMENTS_PER_ITEM` per item, counted under the meeting's row lock (`Full`).
    #[allow(clippy::too_many_arguments)]
    pub async fn add_ag_document(
        &self,
        meeting: i64,
        item: i64,
        file_name: &str,
        kind: wegweiser_domain::ag::DocKind,
        content: &[u8],
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let open: Option<i64> =
                sqlx::query_scalar("UPDATE ag_meeting SET id = id WHERE id = $1 RETURNING id")
                    .bind(meeting)
                    .fetch_optional(&mut *tx)
                    .await?;
            if open.is_none() {
                return Err(StoreError::NotFound);
            }
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ag_document WHERE item_id = $1")
                .bind(item)
                .fetch_one(&mut *tx)
                .await?;
            if n >= wegweiser_domain::ag::DOCUMENTS_PER_ITEM {
                return Err(StoreError::Full { what: "documents" });
            }
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO ag_document (item_id, file_name, kind, content, uploaded_by, created_at) \
                 SELECT id, $3, $4, $5, $6, $7 FROM ag_item WHERE id = $1 AND meeting_id = $2 \
                 RETURNING id",
            )
            .bind(item)
            .bind(meeting)
            .bind(file_name)
            .bind(kind.extension())
            .bind(content)
            .bind(by)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = id else {
                return Err(StoreError::NotFound);
            };
            audit!(
                tx,
                now,
                by,
                "ag_document_added",
                "ag_document",
                id,
                file_name
            );
            tx.commit().await?;
            id
        }))
    }

    /// The documents of a meeting's items.
    pub async fn ag_documents(&self, meeting: i64) -> StoreResult<Vec<AgDocument>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT d.id, d.item_id, d.file_name, d.kind, \
             CAST(LENGTH(d.content) AS BIGINT) AS size \
             FROM ag_document d JOIN ag_item i ON i.id = d.item_id \
             WHERE i.meeting_id = $1 ORDER BY d.item_id, d.id"
        )
        .bind(meeting)
        .fetch_all(p)
        .await?))
    }

    /// A document's name, kind and content.
    pub async fn ag_document(&self, id: i64) -> StoreResult<(String, String, Vec<u8>)> {
        let row: Option<(String, String, Vec<u8>)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT file_name, kind, content FROM ag_document WHERE id = $1"
        )
        .bind(id)
        .fetch_optional(p)
        .await?);
        row.ok_or(StoreError::NotFound)
    }
}

/// A meeting's public summary.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AgSummary {
    pub id: i64,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub summary: String,
    pub summary_published_at: Option<DateTime<Utc>>,
}

impl Db {
    /// The coordinator's public summary of a meeting, written apart from the minutes; `publish`
    /// puts it on the public site (or takes it off).
    pub async fn set_ag_summary(
        &self,
        meeting: i64,
        text: &str,
        publish: bool,
        by: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            crate::write_one!(
                tx,
                sqlx::query(
                    "UPDATE ag_meeting SET summary = $2, summary_published_at = CASE WHEN $3 \
                 THEN COALESCE(summary_published_at, $4) ELSE NULL END WHERE id = $1",
                )
                .bind(meeting)
                .bind(text)
                .bind(publish)
                .bind(now)
            );
            audit!(
                tx,
                now,
                by,
                if publish {
                    "ag_summary_published"
                } else {
                    "ag_summary_saved"
                },
                "ag_meeting",
                meeting
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// A meeting's summary, published or not.
    pub async fn ag_summary(&self, meeting: i64) -> StoreResult<AgSummary> {
        let row: Option<AgSummary> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT id, title, starts_at, summary, summary_published_at FROM ag_meeting WHERE id = $1"
        )
        .bind(meeting)
        .fetch_optional(p)
        .await?
        });
        row.ok_or(StoreError::NotFound)
    }

    /// The published summaries, newest meeting first.
    pub async fn public_ag_summaries(&self) -> StoreResult<Vec<AgSummary>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT id, title, starts_at, summary, summary_published_at FROM ag_meeting \
             WHERE summary_published_at IS NOT NULL AND summary <> '' ORDER BY starts_at DESC"
        )
        .fetch_all(p)
        .await?))
    }
}
