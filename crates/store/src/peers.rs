//! Peers: tandem profiles, consent and blocks (issue 16).

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::peers::{
    AgeRange, FreeTime, Identity, Interest, LookingFor, PeerProfile, Wants, join_keys, split_keys,
};

use crate::{BeginWrite, Db, StoreError, StoreResult, on_pool};

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
        let ages = join_keys(profile.child_ages.iter().map(|a| a.as_str()));
        let languages = join_keys(profile.languages.iter().map(String::as_str));
        let interests = join_keys(profile.interests.iter().map(|a| a.as_str()));
        let looking = join_keys(profile.looking_for.iter().map(|a| a.as_str()));
        let times = join_keys(profile.free_times.iter().map(|a| a.as_str()));
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            // Lock the account row first: two first saves at once would otherwise both see no
            // profile and both insert (PostgreSQL); SQLite's write transaction already waits.
            let locked = sqlx::query("UPDATE account SET disabled = disabled WHERE id = $1")
                .bind(account)
                .execute(&mut *tx)
                .await?;
            if locked.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            let exists: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM peer_profile WHERE account_id = $1")
                    .bind(account)
                    .fetch_one(&mut *tx)
                    .await?;
            if exists == 0 {
                if !consent {
                    return Err(StoreError::Incomplete("consent"));
                }
                sqlx::query(
                    "INSERT INTO peer_profile (account_id, handle, display_name, ortsteil, child_ages, \
                     languages, interests, looking_for, free_times, identity, wants, consent_at, \
                     created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $12)",
                )
                .bind(account)
                .bind(new_handle)
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
                .execute(&mut *tx)
                .await?;
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
        rows.into_iter()
            .map(|r| {
                Ok(PeerCandidate {
                    profile: r.profile()?,
                    handle: r.handle,
                })
            })
            .collect()
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
                let pr = &s.profile;
                sqlx::query(
                    "INSERT INTO peer_profile (account_id, handle, display_name, ortsteil, child_ages, \
                     languages, interests, looking_for, free_times, identity, wants, consent_at, \
                     created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $12)",
                )
                .bind(id)
                .bind(&s.handle)
                .bind(&pr.display_name)
                .bind(&pr.ortsteil)
                .bind(join_keys(pr.child_ages.iter().map(|a| a.as_str())))
                .bind(join_keys(pr.languages.iter().map(String::as_str)))
                .bind(join_keys(pr.interests.iter().map(|a| a.as_str())))
                .bind(join_keys(pr.looking_for.iter().map(|a| a.as_str())))
                .bind(join_keys(pr.free_times.iter().map(|a| a.as_str())))
                .bind(pr.identity.as_str())
                .bind(pr.wants.as_str())
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(seed.len())
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
