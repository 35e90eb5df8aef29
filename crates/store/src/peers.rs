//! Peers: tandem profiles, consent and blocks (issue 16).

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::peers::{
    AgeRange, FreeTime, Identity, Interest, LookingFor, PeerProfile, Wants, join_keys, split_keys,
};

use crate::{BeginWrite, Db, StoreError, StoreResult, on_pool};

/// Locks `$id`'s account row for the rest of transaction `$tx` (a no-op `UPDATE`), so that writes
/// counted per account — limits, a first profile — run one after the other on PostgreSQL too
/// (SQLite's write transaction already does). Gives whether the address is confirmed;
/// `NotFound` for an account that does not exist.
macro_rules! lock_account {
    ($tx:expr, $id:expr) => {{
        let row: Option<Option<DateTime<Utc>>> = sqlx::query_scalar(
            "UPDATE account SET disabled = disabled WHERE id = $1 RETURNING email_confirmed_at",
        )
        .bind($id)
        .fetch_optional(&mut *$tx)
        .await?;
        match row {
            None => return Err(StoreError::NotFound),
            Some(confirmed) => confirmed.is_some(),
        }
    }};
}
pub(crate) use lock_account;

/// `Full { what: "reports" }` once `$reporter` made `REPORTS_PER_DAY` reports (of messages,
/// profiles and groups together) in the 24 hours before `$now`, counted inside `$tx`.
macro_rules! report_limit {
    ($tx:expr, $reporter:expr, $now:expr) => {{
        let made: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM peer_report WHERE reporter_id = $1 AND created_at > $2",
        )
        .bind($reporter)
        .bind($crate::peers::since($now, 24))
        .fetch_one(&mut *$tx)
        .await?;
        if made >= wegweiser_domain::peers::REPORTS_PER_DAY {
            return Err(StoreError::Full { what: "reports" });
        }
    }};
}
pub(crate) use report_limit;

/// A profile's closed lists as stored: ages, languages, interests, looking for, free times.
fn stored_lists(p: &PeerProfile) -> [String; 5] {
    [
        join_keys(p.child_ages.iter().map(|a| a.as_str())),
        join_keys(p.languages.iter().map(String::as_str)),
        join_keys(p.interests.iter().map(|a| a.as_str())),
        join_keys(p.looking_for.iter().map(|a| a.as_str())),
        join_keys(p.free_times.iter().map(|a| a.as_str())),
    ]
}

/// Inserts `$profile` for account `$account` under `$handle`, consent given at `$now`, inside `$tx`.
macro_rules! insert_profile {
    ($tx:expr, $account:expr, $handle:expr, $profile:expr, $now:expr) => {{
        let pr: &PeerProfile = $profile;
        let [ages, languages, interests, looking, times] = stored_lists(pr);
        sqlx::query(
            "INSERT INTO peer_profile (account_id, handle, display_name, ortsteil, child_ages, \
             languages, interests, looking_for, free_times, identity, wants, consent_at, \
             created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $12)",
        )
        .bind($account)
        .bind($handle)
        .bind(&pr.display_name)
        .bind(&pr.ortsteil)
        .bind(ages)
        .bind(languages)
        .bind(interests)
        .bind(looking)
        .bind(times)
        .bind(pr.identity.as_str())
        .bind(pr.wants.as_str())
        .bind($now)
        .execute(&mut *$tx)
        .await?;
    }};
}

#[derive(sqlx::FromRow)]
struct ProfileRow {
    account_id: i64,
    handle: String,
    display_name: String,
    ortsteil: String,
    child_ages: String,
    languages: String,
    interests: String,
    looking_for: String,
    free_times: String,
    identity: String,
    wants: String,
    consent_at: Option<DateTime<Utc>>,
}

const PROFILE_COLUMNS: &str = "p.account_id, p.handle, p.display_name, p.ortsteil, p.child_ages, \
     p.languages, p.interests, p.looking_for, p.free_times, p.identity, p.wants, p.consent_at";

impl ProfileRow {
    fn candidate(self) -> StoreResult<PeerCandidate> {
        Ok(PeerCandidate {
            profile: self.profile()?,
            handle: self.handle,
        })
    }

    fn profile(&self) -> StoreResult<PeerProfile> {
        let bad =
            |what: &str| StoreError::Corrupt(format!("peer profile {}: {what}", self.account_id));
        Ok(PeerProfile {
            display_name: self.display_name.clone(),
            ortsteil: self.ortsteil.clone(),
            child_ages: split_keys(&self.child_ages, AgeRange::parse).ok_or_else(|| bad("ages"))?,
            languages: split_keys(&self.languages, |l| Some(l.to_string()))
                .ok_or_else(|| bad("languages"))?,
            interests: split_keys(&self.interests, Interest::parse)
                .ok_or_else(|| bad("interests"))?,
            looking_for: split_keys(&self.looking_for, LookingFor::parse)
                .ok_or_else(|| bad("looking for"))?,
            free_times: split_keys(&self.free_times, FreeTime::parse)
                .ok_or_else(|| bad("free times"))?,
            identity: Identity::parse(&self.identity).ok_or_else(|| bad("identity"))?,
            wants: Wants::parse(&self.wants).ok_or_else(|| bad("wants"))?,
        })
    }
}

/// A parent's own profile as stored.
#[derive(Clone, Debug, serde::Serialize)]
pub struct OwnPeerProfile {
    pub handle: String,
    pub profile: PeerProfile,
    /// `None` after the parent withdrew consent: the profile is suggested to nobody.
    pub consent_at: Option<DateTime<Utc>>,
}

/// Another parent's profile that may be suggested, known by its handle.
#[derive(Clone, Debug)]
pub struct PeerCandidate {
    pub handle: String,
    pub profile: PeerProfile,
}

impl Db {
    /// Creates or replaces the parent's profile. A new profile needs `consent` (the form asks for
    /// it); an existing one keeps its handle, and its consent unless `consent` gives it anew.
    pub async fn save_peer_profile(
        &self,
        account: AccountId,
        new_handle: &str,
        profile: &PeerProfile,
        consent: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let [ages, languages, interests, looking, times] = stored_lists(profile);
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // Two first saves at once would otherwise both see no profile and both insert.
            lock_account!(tx, account);
            let exists: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM peer_profile WHERE account_id = $1")
                    .bind(account)
                    .fetch_one(&mut *tx)
                    .await?;
            if exists == 0 {
                if !consent {
                    return Err(StoreError::Incomplete("consent"));
                }
                insert_profile!(tx, account, new_handle, profile, now);
            } else {
                sqlx::query(
                    "UPDATE peer_profile SET display_name = $2, ortsteil = $3, child_ages = $4, \
                     languages = $5, interests = $6, looking_for = $7, free_times = $8, identity = $9, \
                     wants = $10, updated_at = $11, \
                     consent_at = CASE WHEN $12 THEN COALESCE(consent_at, $11) ELSE consent_at END \
                     WHERE account_id = $1",
                )
                .bind(account)
                .bind(&profile.display_name)
                .bind(&profile.ortsteil)
                .bind(&ages)
                .bind(&languages)
                .bind(&interests)
                .bind(&looking)
                .bind(&times)
                .bind(profile.identity.as_str())
                .bind(profile.wants.as_str())
                .bind(now)
                .bind(consent)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn own_peer_profile(
        &self,
        account: AccountId,
    ) -> StoreResult<Option<OwnPeerProfile>> {
        let row: Option<ProfileRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {PROFILE_COLUMNS} FROM peer_profile p WHERE p.account_id = $1"
            )))
            .bind(account)
            .fetch_optional(p)
            .await?
        });
        row.map(|r| {
            Ok(OwnPeerProfile {
                profile: r.profile()?,
                handle: r.handle,
                consent_at: r.consent_at,
            })
        })
        .transpose()
    }

    /// Gives or withdraws consent to matching. Withdrawn, the profile is suggested to nobody from
    /// this moment on; the parent may give it again or delete the profile.
    pub async fn set_peer_consent(
        &self,
        account: AccountId,
        consent: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let done = on_pool!(self, |p| {
            sqlx::query(
                "UPDATE peer_profile SET consent_at = CASE WHEN $2 THEN $3 ELSE NULL END, \
                 updated_at = $3 WHERE account_id = $1",
            )
            .bind(account)
            .bind(consent)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected()
        });
        if done == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Deletes the parent's profile (and with it their place in anyone's suggestions).
    pub async fn delete_peer_profile(&self, account: AccountId) -> StoreResult<()> {
        on_pool!(self, |p| {
            sqlx::query("DELETE FROM peer_profile WHERE account_id = $1")
                .bind(account)
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// `blocker` blocks the parent behind `handle`: from now on neither sees the other. Blocking
    /// twice is the same as once; the blocked parent is not told.
    pub async fn block_peer(
        &self,
        blocker: AccountId,
        handle: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let blocked: Option<i64> =
                sqlx::query_scalar("SELECT account_id FROM peer_profile WHERE handle = $1")
                    .bind(handle)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(blocked) = blocked.filter(|b| *b != blocker) else {
                return Err(StoreError::NotFound);
            };
            sqlx::query(
                "INSERT INTO peer_block (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (blocker_id, blocked_id) DO NOTHING",
            )
            .bind(blocker)
            .bind(blocked)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// How many parents `account` has blocked (for the profile page and the data export).
    pub async fn peer_blocks(&self, account: AccountId) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM peer_block WHERE blocker_id = $1"
        )
        .bind(account)
        .fetch_one(p)
        .await?))
    }

    /// Every profile that may be suggested to `me` at all: consent given, account active, not
    /// `me`, and no block in either direction. "Whom I want to meet" and the ranking are the
    /// domain's (`peers::suggest`). Oldest profiles first, so ties keep a stable order.
    pub async fn peer_candidates(&self, me: AccountId) -> StoreResult<Vec<PeerCandidate>> {
        let rows: Vec<ProfileRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {PROFILE_COLUMNS} FROM peer_profile p JOIN account a ON a.id = p.account_id \
                 WHERE p.account_id <> $1 AND p.consent_at IS NOT NULL AND NOT a.disabled \
                 AND NOT EXISTS (SELECT 1 FROM peer_block b WHERE \
                    (b.blocker_id = $1 AND b.blocked_id = p.account_id) \
                    OR (b.blocker_id = p.account_id AND b.blocked_id = $1)) \
                 ORDER BY p.created_at, p.account_id"
            )))
            .bind(me)
            .fetch_all(p)
            .await?
        });
        rows.into_iter().map(ProfileRow::candidate).collect()
    }
}

/// One example parent of the demo: an account that cannot sign in (no password) and its profile.
pub struct PeerSeed {
    pub email: String,
    pub handle: String,
    pub profile: PeerProfile,
}

impl Db {
    /// Whether no tandem profile exists yet (the demo adds its examples only then).
    pub async fn peer_profiles_are_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM peer_profile"
        )
        .fetch_one(p)
        .await?);
        Ok(n == 0)
    }

    /// Creates the demo's example parents and their profiles (with consent), all or nothing.
    pub async fn insert_peer_seed(
        &self,
        seed: &[PeerSeed],
        now: DateTime<Utc>,
    ) -> StoreResult<usize> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            for s in seed {
                let no_organizations: [i64; 0] = [];
                let id = crate::accounts::insert_account!(
                    tx,
                    &s.email,
                    "",
                    wegweiser_domain::accounts::Role::Parent,
                    None::<&str>,
                    no_organizations,
                    now
                );
                insert_profile!(tx, id, &s.handle, &s.profile, now);
            }
            tx.commit().await?;
        });
        Ok(seed.len())
    }

    /// How many reports wait and how many group proposals (the coordinator's tile).
    pub async fn peer_queue_counts(&self) -> StoreResult<(i64, i64)> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM peer_report WHERE closed_at IS NULL), \
             (SELECT COUNT(*) FROM peer_group WHERE status = 'proposed')"
        )
        .fetch_one(p)
        .await?))
    }

    /// How many profiles may be suggested now (for the coordinator's tile).
    pub async fn peer_profiles_with_consent(&self) -> StoreResult<i64> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM peer_profile p JOIN account a ON a.id = p.account_id \
             WHERE p.consent_at IS NOT NULL AND NOT a.disabled"
        )
        .fetch_one(p)
        .await?))
    }
}

/// What became of a contact request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestOutcome {
    /// Sent; the other parent decides.
    Sent,
    /// Already sent before (nothing new happened).
    AlreadySent,
    /// The other parent had asked too: both agreed, the conversation is open (its id).
    Matched(i64),
}

/// One contact of a parent: a request either way, or an open conversation.
#[derive(Clone, Debug)]
pub struct PeerContact {
    pub request_id: i64,
    pub other: PeerCandidate,
    /// "open" or "accepted" ("declined" ones are not listed).
    pub state: String,
    /// Whether this parent sent the request.
    pub outgoing: bool,
    pub since: DateTime<Utc>,
}

/// A message as a conversation shows it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PeerMessage {
    pub id: i64,
    pub mine: bool,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// An open report for the coordinator.
#[derive(Clone, Debug)]
pub struct PeerReport {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub reason: String,
    /// The reported parent's account (for the coordinator's actions), pseudonym and e-mail.
    pub reported_id: Option<i64>,
    pub reported_name: Option<String>,
    pub reported_email: Option<String>,
    pub reported_suspended: bool,
    pub message_id: Option<i64>,
    /// The reported message's text (of a conversation or a group).
    pub message: Option<String>,
    pub message_hidden: bool,
    /// The group reported, or whose message was: (id, name, still public).
    pub group: Option<(i64, String, bool)>,
}

/// What a person's export holds of the tandem besides the profile.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PeerExport {
    /// (sent by me?, the other's pseudonym, state, when)
    pub requests: Vec<(bool, String, String, DateTime<Utc>)>,
    /// Messages I wrote: (to whom, text, when)
    pub messages: Vec<(String, String, DateTime<Utc>)>,
    /// Messages I wrote in groups: (group, text, when)
    pub group_messages: Vec<(String, String, DateTime<Utc>)>,
}

#[derive(sqlx::FromRow)]
struct ContactRow {
    id: i64,
    from_id: i64,
    state: String,
    created_at: DateTime<Utc>,
    #[sqlx(flatten)]
    other: ProfileRow,
}

/// What a report points to: the reported account, a conversation's message, a group's message,
/// a group.
type ReportTargets = (Option<i64>, Option<i64>, Option<i64>, Option<i64>);

/// No block either way between `$1` and the profile `p`: the condition every peer read shares.
pub(crate) const NOT_BLOCKED: &str = "NOT EXISTS (SELECT 1 FROM peer_block b WHERE \
     (b.blocker_id = $1 AND b.blocked_id = p.account_id) \
     OR (b.blocker_id = p.account_id AND b.blocked_id = $1))";

/// Conversation `$2` as parent `$1` may see it (the other parent is `p` and `a`): both agreed,
/// `$1` is one of the two, the other is active and neither blocked the other.
const CONVERSATION: &str = "FROM peer_request r \
     JOIN peer_profile p ON p.account_id = CASE WHEN r.from_id = $1 THEN r.to_id ELSE r.from_id END \
     JOIN account a ON a.id = p.account_id \
     WHERE r.id = $2 AND (r.from_id = $1 OR r.to_id = $1) AND r.state = 'accepted' \
     AND NOT a.disabled AND NOT EXISTS (SELECT 1 FROM peer_block b WHERE \
     (b.blocker_id = $1 AND b.blocked_id = p.account_id) \
     OR (b.blocker_id = p.account_id AND b.blocked_id = $1))";

pub(crate) fn since(now: DateTime<Utc>, hours: i64) -> DateTime<Utc> {
    now - chrono::Duration::hours(hours)
}

impl Db {
    /// `from` asks the parent behind `handle` for contact (`Incomplete("email")` while `from`'s
    /// address is not confirmed). The other parent must be suggestable
    /// to `from` (consent, active, no block either way); otherwise `NotFound`, the same answer as
    /// for a handle that does not exist. At most `REQUESTS_PER_DAY` in 24 hours (`Full`). When the
    /// other had asked too, both agreed. `mail` writes the notice to the other parent (no names).
    pub async fn request_peer_contact(
        &self,
        from: AccountId,
        handle: &str,
        now: DateTime<Utc>,
        mail: impl FnOnce(&str, &str) -> wegweiser_domain::mail::Mail + Send,
    ) -> StoreResult<RequestOutcome> {
        let outcome = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if !lock_account!(tx, from) {
                return Err(StoreError::Incomplete("email"));
            }
            let to: Option<(i64, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT p.account_id, a.email, a.lang FROM peer_profile p JOIN account a ON a.id = p.account_id \
                 WHERE p.handle = $2 AND p.account_id <> $1 AND p.consent_at IS NOT NULL \
                 AND NOT a.disabled AND {NOT_BLOCKED}"
            )))
            .bind(from)
            .bind(handle)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((to, email, lang)) = to else {
                return Err(StoreError::NotFound);
            };
            let mine: Option<(i64, String)> = sqlx::query_as(
                "SELECT id, state FROM peer_request WHERE from_id = $1 AND to_id = $2",
            )
            .bind(from)
            .bind(to)
            .fetch_optional(&mut *tx)
            .await?;
            let theirs: Option<(i64, String)> = sqlx::query_as(
                "SELECT id, state FROM peer_request WHERE from_id = $1 AND to_id = $2",
            )
            .bind(to)
            .bind(from)
            .fetch_optional(&mut *tx)
            .await?;
            let outcome = match (mine, theirs) {
                (_, Some((id, state))) if state == "accepted" => RequestOutcome::Matched(id),
                (Some((id, state)), _) if state == "accepted" => RequestOutcome::Matched(id),
                (_, Some((id, state))) if state == "open" => {
                    sqlx::query(
                        "UPDATE peer_request SET state = 'accepted', decided_at = $2 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    RequestOutcome::Matched(id)
                }
                (Some(_), _) => RequestOutcome::AlreadySent,
                (None, _) => {
                    let sent: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM peer_request WHERE from_id = $1 AND created_at > $2",
                    )
                    .bind(from)
                    .bind(since(now, 24))
                    .fetch_one(&mut *tx)
                    .await?;
                    if sent >= wegweiser_domain::peers::REQUESTS_PER_DAY {
                        return Err(StoreError::Full { what: "requests" });
                    }
                    sqlx::query(
                        "INSERT INTO peer_request (from_id, to_id, state, created_at) VALUES ($1, $2, 'open', $3)",
                    )
                    .bind(from)
                    .bind(to)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    let m = mail(&email, &lang);
                    crate::enqueue_mail!(tx, m, now);
                    RequestOutcome::Sent
                }
            };
            tx.commit().await?;
            outcome
        });
        Ok(outcome)
    }

    /// The parent's contacts: requests either way that are still open, and conversations, newest
    /// first; never anyone blocked either way or suspended.
    pub async fn peer_contacts(&self, me: AccountId) -> StoreResult<Vec<PeerContact>> {
        let rows: Vec<ContactRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT r.id, r.from_id, r.state, r.created_at, {PROFILE_COLUMNS} \
                 FROM peer_request r \
                 JOIN peer_profile p ON p.account_id = CASE WHEN r.from_id = $1 THEN r.to_id ELSE r.from_id END \
                 JOIN account a ON a.id = p.account_id \
                 WHERE (r.from_id = $1 OR r.to_id = $1) AND r.state <> 'declined' \
                 AND NOT a.disabled AND {NOT_BLOCKED} \
                 ORDER BY r.created_at DESC, r.id DESC"
            )))
            .bind(me)
            .fetch_all(p)
            .await?
        });
        rows.into_iter()
            .map(|r| {
                Ok(PeerContact {
                    request_id: r.id,
                    outgoing: r.from_id == me,
                    state: r.state,
                    since: r.created_at,
                    other: r.other.candidate()?,
                })
            })
            .collect()
    }

    /// The parent a request was sent to accepts or declines it. Anything else — someone else's
    /// request, one decided already — is `NotFound`. `mail` tells the sender of an acceptance.
    pub async fn decide_peer_request(
        &self,
        me: AccountId,
        request_id: i64,
        accept: bool,
        now: DateTime<Utc>,
        mail: impl FnOnce(&str, &str) -> wegweiser_domain::mail::Mail + Send,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let state = if accept { "accepted" } else { "declined" };
            let sender: Option<(String, String)> = sqlx::query_as(
                "UPDATE peer_request SET state = $3, decided_at = $4 \
                 WHERE id = $1 AND to_id = $2 AND state = 'open' \
                 RETURNING (SELECT email FROM account WHERE id = from_id), \
                 (SELECT lang FROM account WHERE id = from_id)",
            )
            .bind(request_id)
            .bind(me)
            .bind(state)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((sender, lang)) = sender else {
                return Err(StoreError::NotFound);
            };
            if accept {
                let m = mail(&sender, &lang);
                crate::enqueue_mail!(tx, m, now);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The conversation `request_id` as `me` sees it: the other parent and the messages not
    /// hidden, oldest first. `NotFound` unless both agreed, `me` is one of the two, and neither
    /// blocked the other nor is suspended — the same answer for an id that does not exist.
    pub async fn peer_conversation(
        &self,
        me: AccountId,
        request_id: i64,
    ) -> StoreResult<(PeerCandidate, Vec<PeerMessage>)> {
        let row: Option<ContactRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT r.id, r.from_id, r.state, r.created_at, {PROFILE_COLUMNS} {CONVERSATION}"
            )))
            .bind(me)
            .bind(request_id)
            .fetch_optional(p)
            .await?
        });
        let row = row.ok_or(StoreError::NotFound)?;
        let messages: Vec<(i64, i64, String, DateTime<Utc>)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT id, from_id, body, created_at FROM peer_message \
                 WHERE request_id = $1 AND hidden_at IS NULL ORDER BY id",
            )
            .bind(request_id)
            .fetch_all(p)
            .await?
        });
        Ok((
            row.other.candidate()?,
            messages
                .into_iter()
                .map(|(id, from, body, at)| PeerMessage {
                    id,
                    mine: from == me,
                    body,
                    at,
                })
                .collect(),
        ))
    }

    /// `me` writes in conversation `request_id` (`Incomplete("email")` while `me`'s address is not
    /// confirmed; `me` must be allowed to read it, see
    /// [`Db::peer_conversation`]). Limits per 24 hours, counted inside the transaction that
    /// holds `me`'s row: `Full { what: "first_messages" }` and `Full { what: "messages" }`.
    /// `mail` notifies the other parent, without the text, unless `me` wrote to them within the
    /// last hour already.
    pub async fn send_peer_message(
        &self,
        me: AccountId,
        request_id: i64,
        body: &str,
        now: DateTime<Utc>,
        mail: impl FnOnce(&str, &str) -> wegweiser_domain::mail::Mail + Send,
    ) -> StoreResult<i64> {
        use wegweiser_domain::peers::{FIRST_MESSAGES_PER_DAY, MESSAGES_PER_DAY};
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if !lock_account!(tx, me) {
                return Err(StoreError::Incomplete("email"));
            }
            let other: Option<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT a.email, a.lang {CONVERSATION}"
            )))
            .bind(me)
            .bind(request_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((other, other_lang)) = other else {
                return Err(StoreError::NotFound);
            };
            let day = since(now, 24);
            let written: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM peer_message WHERE from_id = $1 AND created_at > $2",
            )
            .bind(me)
            .bind(day)
            .fetch_one(&mut *tx)
            .await?;
            if written >= MESSAGES_PER_DAY {
                return Err(StoreError::Full { what: "messages" });
            }
            let earlier: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM peer_message WHERE request_id = $1 AND from_id = $2",
            )
            .bind(request_id)
            .bind(me)
            .fetch_one(&mut *tx)
            .await?;
            if earlier == 0 {
                let firsts: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM peer_message m WHERE m.from_id = $1 AND m.created_at > $2 \
                     AND NOT EXISTS (SELECT 1 FROM peer_message e WHERE e.request_id = m.request_id \
                     AND e.from_id = m.from_id AND e.id < m.id)",
                )
                .bind(me)
                .bind(day)
                .fetch_one(&mut *tx)
                .await?;
                if firsts >= FIRST_MESSAGES_PER_DAY {
                    return Err(StoreError::Full {
                        what: "first_messages",
                    });
                }
            }
            let recent: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM peer_message WHERE request_id = $1 AND from_id = $2 AND created_at > $3",
            )
            .bind(request_id)
            .bind(me)
            .bind(since(now, 1))
            .fetch_one(&mut *tx)
            .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO peer_message (request_id, from_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(request_id)
            .bind(me)
            .bind(body)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            if recent == 0 {
                let m = mail(&other, &other_lang);
                crate::enqueue_mail!(tx, m, now);
            }
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// `reporter` reports a message of a conversation they are in (written by the other parent),
    /// or the profile behind `handle`. At most 10 reports in 24 hours (`Full`).
    pub async fn report_peer(
        &self,
        reporter: AccountId,
        message_id: Option<i64>,
        handle: Option<&str>,
        reason: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            lock_account!(tx, reporter);
            let reported: Option<i64> = match (message_id, handle) {
                (Some(m), _) => {
                    sqlx::query_scalar(
                        "SELECT m.from_id FROM peer_message m JOIN peer_request r ON r.id = m.request_id \
                         WHERE m.id = $1 AND m.from_id <> $2 AND (r.from_id = $2 OR r.to_id = $2)",
                    )
                    .bind(m)
                    .bind(reporter)
                    .fetch_optional(&mut *tx)
                    .await?
                }
                (None, Some(h)) => {
                    sqlx::query_scalar(
                        "SELECT account_id FROM peer_profile WHERE handle = $1 AND account_id <> $2",
                    )
                    .bind(h)
                    .bind(reporter)
                    .fetch_optional(&mut *tx)
                    .await?
                }
                (None, None) => None,
            };
            let Some(reported) = reported else {
                return Err(StoreError::NotFound);
            };
            report_limit!(tx, reporter, now);
            sqlx::query(
                "INSERT INTO peer_report (reporter_id, reported_id, message_id, reason, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(reporter)
            .bind(reported)
            .bind(message_id)
            .bind(reason)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Open reports, oldest first, with what was reported.
    pub async fn open_peer_reports(&self) -> StoreResult<Vec<PeerReport>> {
        type Row = (
            i64,
            DateTime<Utc>,
            String,
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<bool>,
            Option<i64>,
            Option<String>,
            Option<DateTime<Utc>>,
            Option<i64>,
            Option<String>,
            Option<bool>,
        );
        let rows: Vec<Row> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT r.id, r.created_at, r.reason, r.reported_id, \
                 COALESCE(p.display_name, gmm.display_name), a.email, a.disabled, \
                 COALESCE(r.message_id, r.group_message_id), COALESCE(m.body, gm.body), \
                 COALESCE(m.hidden_at, gm.hidden_at), g.id, g.name, g.status = 'published' \
                 FROM peer_report r LEFT JOIN account a ON a.id = r.reported_id \
                 LEFT JOIN peer_profile p ON p.account_id = r.reported_id \
                 LEFT JOIN peer_message m ON m.id = r.message_id \
                 LEFT JOIN peer_group_message gm ON gm.id = r.group_message_id \
                 LEFT JOIN peer_group g ON g.id = COALESCE(r.group_id, gm.group_id) \
                 LEFT JOIN peer_group_member gmm ON gmm.group_id = g.id AND gmm.account_id = r.reported_id \
                 WHERE r.closed_at IS NULL ORDER BY r.created_at, r.id",
            )
            .fetch_all(p)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|r| PeerReport {
                id: r.0,
                at: r.1,
                reason: r.2,
                reported_id: r.3,
                reported_name: r.4,
                reported_email: r.5,
                reported_suspended: r.6.unwrap_or(false),
                message_id: r.7,
                message: r.8,
                message_hidden: r.9.is_some(),
                group: r
                    .10
                    .zip(r.11)
                    .map(|(id, name)| (id, name, r.12.unwrap_or(false))),
            })
            .collect())
    }

    /// The coordinator closes a report: dismissed, the reported parent warned (by mail), the
    /// message hidden (for both parents), or the account suspended (sessions end, no longer
    /// suggested or listed). Every outcome is in the audit log. `NotFound` for a closed report.
    pub async fn close_peer_report(
        &self,
        report_id: i64,
        coordinator: AccountId,
        outcome: wegweiser_domain::peers::ReportOutcome,
        now: DateTime<Utc>,
        warning: impl FnOnce(&str, &str) -> wegweiser_domain::mail::Mail + Send,
    ) -> StoreResult<()> {
        use wegweiser_domain::peers::ReportOutcome as O;
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let found: Option<ReportTargets> = sqlx::query_as(
                "UPDATE peer_report SET closed_at = $2, closed_by = $3, outcome = $4 \
                 WHERE id = $1 AND closed_at IS NULL \
                 RETURNING reported_id, message_id, group_message_id, group_id",
            )
            .bind(report_id)
            .bind(now)
            .bind(coordinator)
            .bind(outcome.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            let Some((reported, message, group_message, group)) = found else {
                return Err(StoreError::NotFound);
            };
            match outcome {
                O::Dismissed => {}
                O::Hidden => {
                    // What is hidden, and which open reports about the same thing settle with it.
                    let (hide, settle) = match (message, group_message, group) {
                        (Some(_), _, _) => (
                            "UPDATE peer_message SET hidden_at = $2 WHERE id = $1 AND hidden_at IS NULL",
                            "UPDATE peer_report SET closed_at = $2, closed_by = $3, outcome = 'hidden' \
                             WHERE message_id = $1 AND closed_at IS NULL",
                        ),
                        (None, Some(_), _) => (
                            "UPDATE peer_group_message SET hidden_at = $2 WHERE id = $1 AND hidden_at IS NULL",
                            "UPDATE peer_report SET closed_at = $2, closed_by = $3, outcome = 'hidden' \
                             WHERE group_message_id = $1 AND closed_at IS NULL",
                        ),
                        // A group that is hidden leaves the public list; its people keep it.
                        (None, None, Some(_)) => (
                            "UPDATE peer_group SET status = 'rejected', decided_at = $2 WHERE id = $1",
                            "UPDATE peer_report SET closed_at = $2, closed_by = $3, outcome = 'hidden' \
                             WHERE group_id = $1 AND group_message_id IS NULL AND closed_at IS NULL",
                        ),
                        (None, None, None) => return Err(StoreError::Incomplete("message")),
                    };
                    let target = message.or(group_message).or(group);
                    sqlx::query(hide)
                        .bind(target)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query(settle)
                        .bind(target)
                        .bind(now)
                        .bind(coordinator)
                        .execute(&mut *tx)
                        .await?;
                }
                O::Warned => {
                    if let Some(r) = reported {
                        let to: Option<(String, String)> =
                            sqlx::query_as("SELECT email, lang FROM account WHERE id = $1")
                                .bind(r)
                                .fetch_optional(&mut *tx)
                                .await?;
                        if let Some((email, lang)) = to {
                            let m = warning(&email, &lang);
                            crate::enqueue_mail!(tx, m, now);
                        }
                    }
                }
                O::Suspended => {
                    if let Some(r) = reported {
                        sqlx::query("UPDATE account SET disabled = TRUE WHERE id = $1")
                            .bind(r)
                            .execute(&mut *tx)
                            .await?;
                        sqlx::query("DELETE FROM session WHERE account_id = $1")
                            .bind(r)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
            }
            crate::audit!(
                tx,
                now,
                coordinator,
                format!("peer_report_{}", outcome.as_str()),
                "peer_report",
                report_id
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Parents' accounts that are suspended, for the coordinator: (account, e-mail, pseudonym).
    pub async fn suspended_parents(&self) -> StoreResult<Vec<(i64, String, String)>> {
        Ok(on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT a.id, a.email, COALESCE(p.display_name, '') FROM account a \
                 LEFT JOIN peer_profile p ON p.account_id = a.id \
                 WHERE a.disabled AND a.role = 'parent' ORDER BY a.email",
            )
            .fetch_all(p)
            .await?
        }))
    }

    /// The tandem part of a person's data export.
    pub async fn export_peers(&self, me: AccountId) -> StoreResult<PeerExport> {
        let requests: Vec<(bool, String, String, DateTime<Utc>)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT r.from_id = $1, COALESCE(p.display_name, ''), r.state, r.created_at \
                 FROM peer_request r LEFT JOIN peer_profile p \
                 ON p.account_id = CASE WHEN r.from_id = $1 THEN r.to_id ELSE r.from_id END \
                 WHERE r.from_id = $1 OR r.to_id = $1 ORDER BY r.id",
            )
            .bind(me)
            .fetch_all(p)
            .await?
        });
        let messages: Vec<(String, String, DateTime<Utc>)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT COALESCE(p.display_name, ''), m.body, m.created_at FROM peer_message m \
                 JOIN peer_request r ON r.id = m.request_id LEFT JOIN peer_profile p \
                 ON p.account_id = CASE WHEN r.from_id = $1 THEN r.to_id ELSE r.from_id END \
                 WHERE m.from_id = $1 ORDER BY m.id",
            )
            .bind(me)
            .fetch_all(p)
            .await?
        });
        let group_messages: Vec<(String, String, DateTime<Utc>)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT g.name, m.body, m.created_at FROM peer_group_message m \
                 JOIN peer_group g ON g.id = m.group_id WHERE m.from_id = $1 ORDER BY m.id",
            )
            .bind(me)
            .fetch_all(p)
            .await?
        });
        Ok(PeerExport {
            requests,
            messages,
            group_messages,
        })
    }

    /// Housekeeping: messages older than `message_days`, requests nobody answered or declined
    /// and closed reports older than `REQUEST_RETENTION_DAYS`. Returns how many rows went.
    pub async fn purge_peers(&self, now: DateTime<Utc>, message_days: i64) -> StoreResult<u64> {
        let old = now - chrono::Duration::days(wegweiser_domain::peers::REQUEST_RETENTION_DAYS);
        let old_messages = now - chrono::Duration::days(message_days);
        let n = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mut n = 0;
            for (sql, at) in [
                (
                    "DELETE FROM peer_message WHERE created_at < $1",
                    old_messages,
                ),
                (
                    "DELETE FROM peer_group_message WHERE created_at < $1",
                    old_messages,
                ),
                (
                    "DELETE FROM peer_request WHERE state <> 'accepted' AND created_at < $1",
                    old,
                ),
                ("DELETE FROM peer_report WHERE closed_at < $1", old),
            ] {
                n += sqlx::query(sql)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            }
            tx.commit().await?;
            n
        });
        Ok(n)
    }
}
