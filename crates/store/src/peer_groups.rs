//! Peer groups and Treffs (issue 16): proposals, the coordinator's decision, who asked to join
//! and who is in, and the messages members write to each other on the group's page.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::peers::{AgeRange, GroupRole, join_keys, split_keys};

use crate::peers::{lock_account, report_limit, since};
use crate::{BeginWrite, Db, StoreError, StoreResult, on_pool};

/// A peer group as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredGroup {
    pub id: i64,
    pub group: wegweiser_domain::peers::PeerGroup,
    /// The organisation that runs it (id and name), if one does.
    pub organization: Option<(i64, String)>,
    /// The parent who proposed and runs it, if one does.
    pub organiser_id: Option<i64>,
    pub event_id: Option<i64>,
    pub status: wegweiser_domain::peers::GroupStatus,
    /// Its name's, description's and rhythm's translations, outdated ones included.
    pub translations: Vec<wegweiser_domain::editorial::StoredTranslation>,
}

#[derive(sqlx::FromRow)]
struct GroupRow {
    id: i64,
    name: String,
    description: String,
    kind: String,
    organization_id: Option<i64>,
    organization_name: Option<String>,
    organiser_id: Option<i64>,
    ortsteil: Option<String>,
    rhythm: String,
    event_id: Option<i64>,
    child_ages: String,
    languages: String,
    children_welcome: bool,
    wheelchair: bool,
    join_mode: String,
    status: String,
}

const GROUP_SELECT: &str = "SELECT g.id, g.name, g.description, g.kind, g.organization_id, \
     o.name AS organization_name, g.organiser_id, g.ortsteil, g.rhythm, g.event_id, g.child_ages, \
     g.languages, g.children_welcome, g.wheelchair, g.join_mode, g.status \
     FROM peer_group g LEFT JOIN organization o ON o.id = g.organization_id";

impl GroupRow {
    fn stored(self) -> StoreResult<StoredGroup> {
        use wegweiser_domain::peers::{GroupKind, GroupStatus, JoinMode, PeerGroup};
        let bad = |what: &str| StoreError::Corrupt(format!("peer group {}: {what}", self.id));
        Ok(StoredGroup {
            id: self.id,
            group: PeerGroup {
                kind: GroupKind::parse(&self.kind).ok_or_else(|| bad("kind"))?,
                join_mode: JoinMode::parse(&self.join_mode).ok_or_else(|| bad("join mode"))?,
                child_ages: split_keys(&self.child_ages, AgeRange::parse)
                    .ok_or_else(|| bad("ages"))?,
                languages: split_keys(&self.languages, |l| Some(l.to_string()))
                    .ok_or_else(|| bad("languages"))?,
                name: self.name,
                description: self.description,
                ortsteil: self.ortsteil,
                rhythm: self.rhythm,
                children_welcome: self.children_welcome,
                wheelchair: self.wheelchair,
            },
            organization: self.organization_id.zip(self.organization_name),
            organiser_id: self.organiser_id,
            event_id: self.event_id,
            status: GroupStatus::parse(&self.status).ok_or_else(|| bad("status"))?,
            translations: vec![],
        })
    }
}

/// `$1`'s standing with group `g`: 'manager' (the parent who runs it, an editor of its
/// organisation, the coordinator), else the membership's state, else 'none'.
const ROLE: &str = "CASE WHEN g.organiser_id = $1 \
     OR g.organization_id IN (SELECT organization_id FROM account_organization WHERE account_id = $1) \
     OR EXISTS (SELECT 1 FROM account c WHERE c.id = $1 AND c.role = 'coordinator') THEN 'manager' \
     ELSE COALESCE((SELECT m.state FROM peer_group_member m WHERE m.group_id = g.id \
     AND m.account_id = $1), 'none') END";

fn role_of(text: &str) -> GroupRole {
    match text {
        "manager" => GroupRole::Manager,
        "member" => GroupRole::Member,
        "requested" => GroupRole::Requested,
        _ => GroupRole::Outsider,
    }
}

/// A message on a group's page as one reader sees it.
#[derive(Clone, Debug)]
pub struct GroupMessage {
    pub id: i64,
    pub mine: bool,
    /// The name the author chose for the group (a staff member's account name).
    pub author: String,
    /// Written by someone who runs the group without being a member (an organisation's staff,
    /// the coordinator).
    pub staff: bool,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// Proposals one parent may make in 24 hours.
const GROUP_PROPOSALS_PER_DAY: i64 = 3;

macro_rules! insert_group {
    ($tx:expr, $g:expr, $org:expr, $organiser:expr, $event:expr, $status:expr, $now:expr) => {{
        let g = $g;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO peer_group (name, description, kind, organization_id, organiser_id, ortsteil, \
             rhythm, event_id, child_ages, languages, children_welcome, wheelchair, join_mode, status, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        )
        .bind(&g.name)
        .bind(&g.description)
        .bind(g.kind.as_str())
        .bind($org)
        .bind($organiser)
        .bind(&g.ortsteil)
        .bind(&g.rhythm)
        .bind($event)
        .bind(join_keys(g.child_ages.iter().map(|a| a.as_str())))
        .bind(join_keys(g.languages.iter().map(String::as_str)))
        .bind(g.children_welcome)
        .bind(g.wheelchair)
        .bind(g.join_mode.as_str())
        .bind($status)
        .bind($now)
        .fetch_one(&mut *$tx)
        .await?;
        id
    }};
}

impl Db {
    pub async fn peer_groups_are_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM peer_group"
        )
        .fetch_one(p)
        .await?);
        Ok(n == 0)
    }

    /// The demo's groups, published at once: (group, organisation, event).
    pub async fn insert_group_seed(
        &self,
        groups: &[(wegweiser_domain::peers::PeerGroup, Option<i64>, Option<i64>)],
        now: DateTime<Utc>,
    ) -> StoreResult<usize> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            for (g, org, event) in groups {
                insert_group!(tx, g, org, None::<i64>, event, "published", now);
            }
            tx.commit().await?;
        });
        Ok(groups.len())
    }

    /// A parent proposes a group they will run, as its first member under `organiser_name`;
    /// public only after the coordinator approves it. At most three proposals in 24 hours (`Full`).
    pub async fn propose_group(
        &self,
        organiser: AccountId,
        organiser_name: &str,
        group: &wegweiser_domain::peers::PeerGroup,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            lock_account!(tx, organiser);
            let made: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM peer_group WHERE organiser_id = $1 AND created_at > $2",
            )
            .bind(organiser)
            .bind(since(now, 24))
            .fetch_one(&mut *tx)
            .await?;
            if made >= GROUP_PROPOSALS_PER_DAY {
                return Err(StoreError::Full { what: "groups" });
            }
            let id = insert_group!(
                tx,
                group,
                None::<i64>,
                Some(organiser),
                None::<i64>,
                "proposed",
                now
            );
            sqlx::query(
                "INSERT INTO peer_group_member (group_id, account_id, state, created_at, display_name) \
                 VALUES ($1, $2, 'member', $3, $4)",
            )
            .bind(id)
            .bind(organiser)
            .bind(now)
            .bind(organiser_name)
            .execute(&mut *tx)
            .await?;
            crate::audit!(tx, now, organiser, "group_proposed", "peer_group", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Published groups, in one Ortsteil or all, by name.
    pub async fn published_groups(&self, ortsteil: Option<&str>) -> StoreResult<Vec<StoredGroup>> {
        let rows: Vec<GroupRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{GROUP_SELECT} WHERE g.status = 'published' AND ($1 IS NULL OR g.ortsteil = $1) \
                 ORDER BY g.name, g.id"
            )))
            .bind(ortsteil)
            .fetch_all(p)
            .await?
        });
        self.with_translations(rows).await
    }

    /// Proposals waiting for the coordinator, oldest first.
    pub async fn proposed_groups(&self) -> StoreResult<Vec<StoredGroup>> {
        let rows: Vec<GroupRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{GROUP_SELECT} WHERE g.status = 'proposed' ORDER BY g.created_at, g.id"
            )))
            .fetch_all(p)
            .await?
        });
        self.with_translations(rows).await
    }

    /// One group, whatever its status (the page decides who may see it).
    pub async fn peer_group(&self, id: i64) -> StoreResult<StoredGroup> {
        let row: Option<GroupRow> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{GROUP_SELECT} WHERE g.id = $1"
            )))
            .bind(id)
            .fetch_optional(p)
            .await?
        });
        let row = row.ok_or(StoreError::NotFound)?;
        self.with_translations(vec![row])
            .await?
            .pop()
            .ok_or(StoreError::NotFound)
    }

    async fn with_translations(&self, rows: Vec<GroupRow>) -> StoreResult<Vec<StoredGroup>> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut translations = self.translations_by_id("peer_group", &ids).await?;
        rows.into_iter()
            .map(|r| {
                let mut g = r.stored()?;
                g.translations = translations.remove(&g.id).unwrap_or_default();
                Ok(g)
            })
            .collect()
    }

    /// Someone who runs group `id` changes what it says about itself (the web checks who may):
    /// its facts and its texts with their translations in one transaction. A translation left as
    /// it was while its German text changes becomes outdated.
    pub async fn update_group(
        &self,
        account: AccountId,
        id: i64,
        group: &wegweiser_domain::peers::PeerGroup,
        sent: &wegweiser_domain::editorial::SentTranslations,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // Touching the row first locks it (PostgreSQL), so two saves do not interleave; it
            // returns the German texts as they were.
            let before: Option<(String, String, String)> = sqlx::query_as(
                "UPDATE peer_group SET name = name WHERE id = $1 RETURNING name, description, rhythm",
            )
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((name, description, rhythm)) = before else {
                return Err(StoreError::NotFound);
            };
            let texts = [
                ("name", name.as_str(), group.name.as_str()),
                (
                    "description",
                    description.as_str(),
                    group.description.as_str(),
                ),
                ("rhythm", rhythm.as_str(), group.rhythm.as_str()),
            ];
            crate::editorial::save_translations!(tx, "peer_group", id, &texts, sent);
            sqlx::query(
                "UPDATE peer_group SET name = $2, description = $3, kind = $4, ortsteil = $5, \
                 rhythm = $6, child_ages = $7, languages = $8, children_welcome = $9, \
                 wheelchair = $10, join_mode = $11 WHERE id = $1",
            )
            .bind(id)
            .bind(&group.name)
            .bind(&group.description)
            .bind(group.kind.as_str())
            .bind(&group.ortsteil)
            .bind(&group.rhythm)
            .bind(join_keys(group.child_ages.iter().map(|a| a.as_str())))
            .bind(join_keys(group.languages.iter().map(String::as_str)))
            .bind(group.children_welcome)
            .bind(group.wheelchair)
            .bind(group.join_mode.as_str())
            .execute(&mut *tx)
            .await?;
            crate::audit!(tx, now, account, "group_edited", "peer_group", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The coordinator publishes or rejects a proposal (`NotFound` unless it is one).
    pub async fn decide_group(
        &self,
        id: i64,
        coordinator: AccountId,
        publish: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let actions = ("group_published", "group_rejected");
        self.decide_proposal("peer_group", id, coordinator, publish, actions, now)
            .await
    }

    /// Where `account` stands with group `id` (`NotFound` for a group that does not exist), and
    /// whether the group is published.
    pub async fn group_role(&self, account: AccountId, id: i64) -> StoreResult<(GroupRole, bool)> {
        let row: Option<(String, String)> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {ROLE}, g.status FROM peer_group g WHERE g.id = $2"
            )))
            .bind(account)
            .bind(id)
            .fetch_optional(p)
            .await?
        });
        let (role, status) = row.ok_or(StoreError::NotFound)?;
        Ok((role_of(&role), status == "published"))
    }

    /// A parent joins a published group under the name the group will see: at once where anyone
    /// may just come, as a request where the group's people accept members. Joining again only
    /// changes the name. A new request is mailed (by `mail`, without the name) to the parent who
    /// runs the group, or to the editors of the organisation behind it. Returns the membership's
    /// state ("requested" or "member").
    pub async fn join_group(
        &self,
        account: AccountId,
        id: i64,
        name: &str,
        now: DateTime<Utc>,
        mail: impl Fn(&str, &str) -> wegweiser_domain::mail::Mail + Send,
    ) -> StoreResult<String> {
        let state = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mode: Option<String> = sqlx::query_scalar(
                "SELECT join_mode FROM peer_group WHERE id = $1 AND status = 'published'",
            )
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(mode) = mode else {
                return Err(StoreError::NotFound);
            };
            // Holding the parent's row makes a double click one join on PostgreSQL too.
            lock_account!(tx, account);
            let before: Option<String> = sqlx::query_scalar(
                "SELECT state FROM peer_group_member WHERE group_id = $1 AND account_id = $2",
            )
            .bind(id)
            .bind(account)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(state) = before {
                sqlx::query(
                    "UPDATE peer_group_member SET display_name = $3 \
                     WHERE group_id = $1 AND account_id = $2",
                )
                .bind(id)
                .bind(account)
                .bind(name)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                return Ok(state);
            }
            let state = if mode == "open" {
                "member"
            } else {
                "requested"
            };
            sqlx::query(
                "INSERT INTO peer_group_member (group_id, account_id, state, created_at, display_name) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(account)
            .bind(state)
            .bind(now)
            .bind(name)
            .execute(&mut *tx)
            .await?;
            // A new request goes to the group's people.
            if state == "requested" {
                let to: Vec<(String, String)> = sqlx::query_as(
                    "SELECT a.email, a.lang FROM peer_group g JOIN account a ON a.id = g.organiser_id \
                     WHERE g.id = $1 AND NOT a.disabled \
                     UNION SELECT a.email, a.lang FROM peer_group g \
                     JOIN account_organization ao ON ao.organization_id = g.organization_id \
                     JOIN account a ON a.id = ao.account_id WHERE g.id = $1 AND NOT a.disabled",
                )
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
                for (email, lang) in to {
                    let m = mail(&email, &lang);
                    crate::enqueue_mail!(tx, m, now);
                }
            }
            tx.commit().await?;
            state.to_string()
        });
        Ok(state)
    }

    /// A member leaves a group (or withdraws a request). The parent who runs it stays.
    pub async fn leave_group(&self, account: AccountId, id: i64) -> StoreResult<()> {
        let done = on_pool!(self, |p| {
            sqlx::query(
                "DELETE FROM peer_group_member WHERE group_id = $1 AND account_id = $2 \
                 AND NOT EXISTS (SELECT 1 FROM peer_group g WHERE g.id = $1 AND g.organiser_id = $2)",
            )
            .bind(id)
            .bind(account)
            .execute(p)
            .await?
            .rows_affected()
        });
        if done == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The parent's membership state in a group, if any.
    pub async fn group_membership(
        &self,
        account: AccountId,
        id: i64,
    ) -> StoreResult<Option<String>> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT state FROM peer_group_member WHERE group_id = $1 AND account_id = $2"
        )
        .bind(id)
        .bind(account)
        .fetch_optional(p)
        .await?))
    }

    /// For the group's people: who asked to join and who is in, as (account, the name they chose
    /// for the group, state).
    pub async fn group_members(&self, id: i64) -> StoreResult<Vec<(i64, String, String)>> {
        Ok(on_pool!(self, |p| sqlx::query_as(
            "SELECT m.account_id, m.display_name, m.state FROM peer_group_member m \
             JOIN account a ON a.id = m.account_id \
             WHERE m.group_id = $1 AND NOT a.disabled ORDER BY m.created_at, m.account_id"
        )
        .bind(id)
        .fetch_all(p)
        .await?))
    }

    /// Someone who runs the group accepts a request (`accept`) or removes a member or request.
    /// `NotFound` for anyone else, for someone not in the group and for the organising parent.
    pub async fn decide_group_member(
        &self,
        manager: AccountId,
        id: i64,
        member: AccountId,
        accept: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let role: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT {ROLE} FROM peer_group g WHERE g.id = $2"
            )))
            .bind(manager)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            if role.as_deref().map(role_of) != Some(GroupRole::Manager) {
                return Err(StoreError::NotFound);
            }
            let sql = if accept {
                "UPDATE peer_group_member SET state = 'member' WHERE group_id = $1 AND account_id = $2"
            } else {
                "DELETE FROM peer_group_member WHERE group_id = $1 AND account_id = $2 \
                 AND NOT EXISTS (SELECT 1 FROM peer_group g WHERE g.id = $1 AND g.organiser_id = $2)"
            };
            let done = sqlx::query(sql)
                .bind(id)
                .bind(member)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if done == 0 {
                return Err(StoreError::NotFound);
            }
            crate::audit!(
                tx,
                now,
                manager,
                if accept {
                    "group_member_accepted"
                } else {
                    "group_member_removed"
                },
                "peer_group",
                id
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The newest messages of group `id` as `me` sees them, oldest first: not hidden, from no one
    /// suspended or blocked either way. `NotFound` unless `me` may read them (see
    /// [`GroupRole::reads_messages`]) — the same answer as for a group that does not exist.
    /// Reading clears `me`'s pending notice, so the next message mails them again.
    pub async fn group_messages(&self, me: AccountId, id: i64) -> StoreResult<Vec<GroupMessage>> {
        let (role, published) = self.group_role(me, id).await?;
        if !role.reads_messages(published) {
            return Err(StoreError::NotFound);
        }
        let rows: Vec<(i64, i64, String, DateTime<Utc>, String, bool)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT gm.id, gm.from_id, gm.body, gm.created_at, \
                 COALESCE(m.display_name, a.name), m.account_id IS NULL \
                 FROM peer_group_message gm JOIN account a ON a.id = gm.from_id \
                 LEFT JOIN peer_group_member m ON m.group_id = gm.group_id AND m.account_id = gm.from_id \
                 WHERE gm.group_id = $2 AND gm.hidden_at IS NULL AND NOT a.disabled \
                 AND NOT EXISTS (SELECT 1 FROM peer_block b WHERE \
                 (b.blocker_id = $1 AND b.blocked_id = gm.from_id) \
                 OR (b.blocker_id = gm.from_id AND b.blocked_id = $1)) \
                 ORDER BY gm.id DESC LIMIT $3",
            )
            .bind(me)
            .bind(id)
            .bind(wegweiser_domain::peers::GROUP_MESSAGES_SHOWN)
            .fetch_all(p)
            .await?
        });
        on_pool!(self, |p| {
            sqlx::query(
                "UPDATE peer_group_member SET notified_at = NULL \
                 WHERE group_id = $1 AND account_id = $2 AND notified_at IS NOT NULL",
            )
            .bind(id)
            .bind(me)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(rows
            .into_iter()
            .rev()
            .map(|(id, from, body, at, author, staff)| GroupMessage {
                id,
                mine: from == me,
                author,
                staff,
                body,
                at,
            })
            .collect())
    }

    /// `me` writes in group `id` (`Incomplete("email")` while `me`'s address is not confirmed;
    /// `NotFound` unless `me` may read the group's messages). At most `GROUP_MESSAGES_PER_DAY`
    /// in 24 hours, counted inside the transaction that holds `me`'s row (`Full`). `mail`
    /// notifies, without the text, each member not told since they last read the group — one
    /// mail however many messages follow — and never anyone blocked either way.
    pub async fn send_group_message(
        &self,
        me: AccountId,
        id: i64,
        body: &str,
        now: DateTime<Utc>,
        mail: impl Fn(&str, &str) -> wegweiser_domain::mail::Mail + Send,
    ) -> StoreResult<i64> {
        let message = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            if !lock_account!(tx, me) {
                return Err(StoreError::Incomplete("email"));
            }
            let row: Option<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {ROLE}, g.status FROM peer_group g WHERE g.id = $2"
            )))
            .bind(me)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            match row {
                Some((role, status)) if role_of(&role).reads_messages(status == "published") => {}
                _ => return Err(StoreError::NotFound),
            }
            let written: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM peer_group_message WHERE from_id = $1 AND created_at > $2",
            )
            .bind(me)
            .bind(since(now, 24))
            .fetch_one(&mut *tx)
            .await?;
            if written >= wegweiser_domain::peers::GROUP_MESSAGES_PER_DAY {
                return Err(StoreError::Full {
                    what: "group_messages",
                });
            }
            let message: i64 = sqlx::query_scalar(
                "INSERT INTO peer_group_message (group_id, from_id, body, created_at) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(id)
            .bind(me)
            .bind(body)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            let to: Vec<(String, String)> = sqlx::query_as(
                "UPDATE peer_group_member SET notified_at = $3 \
                 WHERE group_id = $2 AND state = 'member' AND account_id <> $1 AND notified_at IS NULL \
                 AND account_id IN (SELECT id FROM account WHERE NOT disabled) \
                 AND NOT EXISTS (SELECT 1 FROM peer_block b WHERE \
                 (b.blocker_id = $1 AND b.blocked_id = peer_group_member.account_id) \
                 OR (b.blocker_id = peer_group_member.account_id AND b.blocked_id = $1)) \
                 RETURNING (SELECT email FROM account WHERE id = peer_group_member.account_id), \
                 (SELECT lang FROM account WHERE id = peer_group_member.account_id)",
            )
            .bind(me)
            .bind(id)
            .bind(now)
            .fetch_all(&mut *tx)
            .await?;
            for (email, lang) in to {
                let m = mail(&email, &lang);
                crate::enqueue_mail!(tx, m, now);
            }
            tx.commit().await?;
            message
        });
        Ok(message)
    }

    /// `me` blocks the author of a group message they can read (`NotFound` otherwise, and for
    /// their own): from then on neither sees the other's messages, and the author is not told.
    pub async fn block_group_author(
        &self,
        me: AccountId,
        message: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let (group, author) = self.readable_group_message(me, message).await?;
        on_pool!(self, |p| {
            sqlx::query(
                "INSERT INTO peer_block (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (blocker_id, blocked_id) DO NOTHING",
            )
            .bind(me)
            .bind(author)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(group)
    }

    /// The group and author of a message `me` may read and did not write.
    async fn readable_group_message(&self, me: AccountId, message: i64) -> StoreResult<(i64, i64)> {
        let found: Option<(i64, i64)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT group_id, from_id FROM peer_group_message \
                 WHERE id = $1 AND from_id <> $2 AND hidden_at IS NULL",
            )
            .bind(message)
            .bind(me)
            .fetch_optional(p)
            .await?
        });
        let (group, author) = found.ok_or(StoreError::NotFound)?;
        let (role, published) = self.group_role(me, group).await?;
        if !role.reads_messages(published) {
            return Err(StoreError::NotFound);
        }
        Ok((group, author))
    }

    /// `reporter` reports a message of a group they can read, or a published group as a whole.
    /// Shares the limit of ten reports in 24 hours with the tandem's reports (`Full`).
    pub async fn report_group(
        &self,
        reporter: AccountId,
        group: i64,
        message: Option<i64>,
        reason: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let reported: Option<i64> = match message {
            Some(m) => {
                let (in_group, author) = self.readable_group_message(reporter, m).await?;
                if in_group != group {
                    return Err(StoreError::NotFound);
                }
                Some(author)
            }
            None => {
                let g = self.peer_group(group).await?;
                if g.status != wegweiser_domain::peers::GroupStatus::Published {
                    return Err(StoreError::NotFound);
                }
                g.organiser_id
            }
        };
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            lock_account!(tx, reporter);
            report_limit!(tx, reporter, now);
            sqlx::query(
                "INSERT INTO peer_report (reporter_id, reported_id, group_message_id, group_id, \
                 reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(reporter)
            .bind(reported)
            .bind(message)
            .bind(group)
            .bind(reason)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The groups a person asked to join, belongs to or runs, with the name they chose there
    /// (for the export): (group, "requested" / "member" / "organiser", name).
    pub async fn export_groups(
        &self,
        account: AccountId,
    ) -> StoreResult<Vec<(String, String, String)>> {
        Ok(on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT g.name, CASE WHEN g.organiser_id = $1 THEN 'organiser' ELSE m.state END, \
                 m.display_name FROM peer_group_member m JOIN peer_group g ON g.id = m.group_id \
                 WHERE m.account_id = $1 ORDER BY 1",
            )
            .bind(account)
            .fetch_all(p)
            .await?
        }))
    }
}
