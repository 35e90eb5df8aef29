//! The editorial workflow: direct edits by the coordinator, revisions by provider editors that wait
//! for review, and which organisations an editor belongs to.

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::editorial::{OfferDraft, StoredTranslation, plan_translations};
use wegweiser_domain::hours::WeeklySlot;
use wegweiser_domain::mail::Mail;

use crate::{
    BeginWrite, Db, Entity, StoreError, StoreResult, audit, enqueue_mail, log_change, on_pool,
};

/// A revision waiting for review, for the list.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PendingRevision {
    pub id: i64,
    pub offer_id: i64,
    pub offer_name: String,
    pub author: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A revision with its content.
#[derive(Clone, Debug)]
pub struct Revision {
    pub id: i64,
    pub offer_id: i64,
    pub author: Option<String>,
    pub draft: OfferDraft,
    pub status: String,
    pub comment: String,
}

fn none_if_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// The stored translations of one entity, outdated ones included, inside transaction or pool `$e`.
macro_rules! stored_translations {
    ($e:expr, $entity:literal, $id:expr) => {{
        let rows: Vec<(String, String, String, bool)> = sqlx::query_as(concat!(
            "SELECT field, lang, value, outdated FROM translation WHERE entity = '",
            $entity,
            "' AND entity_id = $1 ORDER BY field, lang"
        ))
        .bind($id)
        .fetch_all($e)
        .await?;
        rows.into_iter()
            .map(
                |(field, lang, value, outdated)| wegweiser_domain::editorial::StoredTranslation {
                    field,
                    lang,
                    value,
                    outdated,
                },
            )
            .collect::<Vec<_>>()
    }};
}

/// Writes the planned translations of one entity inside transaction `$tx`.
macro_rules! write_translations {
    ($tx:expr, $entity:literal, $id:expr, $writes:expr) => {{
        for w in $writes {
            match &w.value {
                None => {
                    sqlx::query(concat!(
                        "DELETE FROM translation WHERE entity = '",
                        $entity,
                        "' AND entity_id = $1 AND field = $2 AND lang = $3"
                    ))
                    .bind($id)
                    .bind(&w.field)
                    .bind(&w.lang)
                    .execute(&mut *$tx)
                    .await?;
                }
                Some((value, outdated)) => {
                    sqlx::query(concat!(
                        "INSERT INTO translation (entity, entity_id, field, lang, value, outdated) VALUES ('",
                        $entity,
                        "', $1, $2, $3, $4, $5) ON CONFLICT (entity, entity_id, field, lang) \
                         DO UPDATE SET value = excluded.value, outdated = excluded.outdated"
                    ))
                    .bind($id)
                    .bind(&w.field)
                    .bind(&w.lang)
                    .bind(value)
                    .bind(*outdated)
                    .execute(&mut *$tx)
                    .await?;
                }
            }
        }
    }};
}

pub(crate) use {stored_translations, write_translations};

/// Writes what an editor's form sent for the translations of one entity inside transaction `$tx`:
/// `$texts` are (field, German before, German now), `$sent` the form's `SentTranslations`.
macro_rules! save_translations {
    ($tx:expr, $entity:literal, $id:expr, $texts:expr, $sent:expr) => {{
        let stored = $crate::editorial::stored_translations!(&mut *$tx, $entity, $id);
        let sent: &wegweiser_domain::editorial::SentTranslations = $sent;
        let writes = wegweiser_domain::editorial::plan_translations(
            $texts,
            &stored,
            sent.texts.as_ref(),
            &sent.confirmed,
        );
        $crate::editorial::write_translations!($tx, $entity, $id, &writes);
    }};
}
pub(crate) use save_translations;

/// Replaces the codes of one of the offer's closed lists (`$table` with a `code` column).
macro_rules! replace_codes {
    ($tx:expr, $table:literal, $id:expr, $codes:expr) => {{
        sqlx::query(concat!("DELETE FROM ", $table, " WHERE service_id = $1"))
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        for code in $codes {
            sqlx::query(concat!(
                "INSERT INTO ",
                $table,
                " (service_id, code) VALUES ($1, $2)"
            ))
            .bind($id)
            .bind(code)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

/// Writes a checked draft onto the offer inside transaction `$tx`, with its change-log entry.
/// A translation the draft leaves as it was while its German text changes is kept but marked
/// outdated: public pages show the German text until an editor checks it.
macro_rules! apply_draft {
    ($tx:expr, $id:expr, $d:expr, $weekly:expr, $now:expr) => {{
        // Touching the row first locks it (PostgreSQL), so two saves of one offer do not interleave;
        // RETURNING gives the German texts as they were.
        let before: Option<(i64, String, String, String, String, String, String, String)> = sqlx::query_as(
            "UPDATE service SET updated_at = $2 WHERE id = $1 RETURNING organization_id, name, summary, description, \
             eligibility, how_to_access, cost_note, COALESCE(closed_reason, '')",
        )
        .bind($id)
        .bind($now)
        .fetch_optional(&mut *$tx)
        .await?;
        let Some((org, b_name, b_summary, b_description, b_eligibility, b_how, b_cost_note, b_closed)) = before else {
            return Err(StoreError::NotFound);
        };
        let stored = stored_translations!(&mut *$tx, "service", $id);
        let texts = [
            ("name", b_name.as_str(), $d.name.as_str()),
            ("summary", b_summary.as_str(), $d.summary.as_str()),
            ("description", b_description.as_str(), $d.description.as_str()),
            ("eligibility", b_eligibility.as_str(), $d.eligibility.as_str()),
            ("how_to_access", b_how.as_str(), $d.how_to_access.as_str()),
            ("cost_note", b_cost_note.as_str(), $d.cost_note.as_str()),
            ("closed_reason", b_closed.as_str(), $d.closed_reason.as_str()),
        ];
        let writes = plan_translations(&texts, &stored, $d.translations.as_ref(), &$d.confirmed);
        write_translations!($tx, "service", $id, &writes);
        sqlx::query(
            "UPDATE service SET name = $2, summary = $3, description = $4, eligibility = $5, how_to_access = $6, \
             cost = $7, access_mode = $8, childcare = $9, phone = $10, email = $11, website = $12, \
             closed_reason = $13, cost_note = $14 WHERE id = $1",
        )
        .bind($id)
        .bind(&$d.name)
        .bind(&$d.summary)
        .bind(&$d.description)
        .bind(&$d.eligibility)
        .bind(&$d.how_to_access)
        .bind(&$d.cost)
        .bind(&$d.access)
        .bind($d.childcare)
        .bind(none_if_empty(&$d.phone))
        .bind(none_if_empty(&$d.email))
        .bind(none_if_empty(&$d.website))
        .bind(none_if_empty(&$d.closed_reason))
        .bind(&$d.cost_note)
        .execute(&mut *$tx)
        .await?;
        sqlx::query("DELETE FROM schedule WHERE service_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        for s in $weekly {
            sqlx::query("INSERT INTO schedule (service_id, weekday, opens_at, closes_at) VALUES ($1, $2, $3, $4)")
                .bind($id)
                .bind(i32::from(s.weekday))
                .bind(s.opens.format("%H:%M").to_string())
                .bind(s.closes.format("%H:%M").to_string())
                .execute(&mut *$tx)
                .await?;
        }
        if let Some(categories) = &$d.categories {
            sqlx::query("DELETE FROM service_taxonomy WHERE service_id = $1")
                .bind($id)
                .execute(&mut *$tx)
                .await?;
            for slug in categories {
                sqlx::query(
                    "INSERT INTO service_taxonomy (service_id, term_id) SELECT $1, id FROM taxonomy_term WHERE slug = $2",
                )
                .bind($id)
                .bind(slug)
                .execute(&mut *$tx)
                .await?;
            }
        }
        if let Some(codes) = &$d.languages {
            replace_codes!($tx, "service_language", $id, codes);
        }
        if let Some(codes) = &$d.target_groups {
            replace_codes!($tx, "service_target_group", $id, codes);
        }
        if let Some(places) = &$d.places {
            let mut used = Vec::new();
            for place in places {
                let location = match place.id {
                    // Only the organisation's own places; a confidential address is changed on
                    // the coordinator's place page only.
                    Some(location) => {
                        let current: Option<(Option<String>, Option<String>)> = sqlx::query_as(
                            "SELECT street, postcode FROM location WHERE id = $1 AND organization_id = $2",
                        )
                        .bind(location)
                        .bind(org)
                        .fetch_optional(&mut *$tx)
                        .await?;
                        let Some((street, postcode)) = current else {
                            return Err(StoreError::Unknown { what: "place", id: location.to_string() });
                        };
                        // A new address makes the old map position wrong: it is dropped.
                        let moved = street.unwrap_or_default() != place.street
                            || postcode.unwrap_or_default() != place.postcode;
                        sqlx::query(
                            "UPDATE location SET name = $2, street = $3, postcode = $4, ortsteil = $5, \
                             wheelchair_access = $6, transit = $7, \
                             latitude = CASE WHEN $8 THEN NULL ELSE latitude END, \
                             longitude = CASE WHEN $8 THEN NULL ELSE longitude END \
                             WHERE id = $1 AND NOT confidential",
                        )
                        .bind(location)
                        .bind(&place.name)
                        .bind(none_if_empty(&place.street))
                        .bind(none_if_empty(&place.postcode))
                        .bind(none_if_empty(&place.ortsteil))
                        .bind(place.wheelchair)
                        .bind(none_if_empty(&place.transit))
                        .bind(moved)
                        .execute(&mut *$tx)
                        .await?;
                        // Every offer given there shows the place: their pages change too.
                        let others: Vec<i64> = sqlx::query_scalar(
                            "SELECT service_id FROM service_at_location WHERE location_id = $1 AND service_id <> $2",
                        )
                        .bind(location)
                        .bind($id)
                        .fetch_all(&mut *$tx)
                        .await?;
                        for other in others {
                            log_change!($tx, Entity::Offer, other, $now);
                        }
                        location
                    }
                    None => sqlx::query_scalar(
                        "INSERT INTO location (organization_id, name, street, postcode, city, ortsteil, \
                         confidential, wheelchair_access, transit, contact_note) \
                         VALUES ($1, $2, $3, $4, 'Berlin', $5, FALSE, $6, $7, '') RETURNING id",
                    )
                    .bind(org)
                    .bind(&place.name)
                    .bind(none_if_empty(&place.street))
                    .bind(none_if_empty(&place.postcode))
                    .bind(none_if_empty(&place.ortsteil))
                    .bind(place.wheelchair)
                    .bind(none_if_empty(&place.transit))
                    .fetch_one(&mut *$tx)
                    .await?,
                };
                if place.used {
                    used.push(location);
                }
            }
            sqlx::query("DELETE FROM service_at_location WHERE service_id = $1")
                .bind($id)
                .execute(&mut *$tx)
                .await?;
            for location in used {
                sqlx::query("INSERT INTO service_at_location (service_id, location_id) VALUES ($1, $2)")
                    .bind($id)
                    .bind(location)
                    .execute(&mut *$tx)
                    .await?;
            }
        }
        log_change!($tx, Entity::Offer, $id, $now);
    }};
}

impl Db {
    /// The organisations a provider editor works for.
    pub async fn editor_organizations(&self, account: AccountId) -> StoreResult<Vec<i64>> {
        let ids: Vec<i64> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT organization_id FROM account_organization WHERE account_id = $1 ORDER BY organization_id"
        )
        .bind(account)
        .fetch_all(p)
        .await?
        });
        Ok(ids)
    }

    /// The coordinator's edit: applied at once, logged, and followed by every instance's index.
    pub async fn apply_offer_draft(
        &self,
        id: i64,
        draft: &OfferDraft,
        weekly: &[WeeklySlot],
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            apply_draft!(tx, id, draft, weekly, now);
            audit!(tx, now, actor, "offer_edited", "offer", id);
            tx.commit().await?;
        });
        Ok(())
    }

    /// A provider editor's change: waits for review (replacing an earlier pending one of the offer).
    pub async fn submit_revision(
        &self,
        offer: i64,
        draft: &OfferDraft,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let data = serde_json::to_string(draft)?;
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            sqlx::query("DELETE FROM offer_revision WHERE offer_id = $1 AND status = 'pending'")
                .bind(offer)
                .execute(&mut *tx)
                .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO offer_revision (offer_id, account_id, data, status, created_at) \
                 VALUES ($1, $2, $3, 'pending', $4) RETURNING id",
            )
            .bind(offer)
            .bind(actor)
            .bind(&data)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            audit!(tx, now, actor, "revision_submitted", "offer", offer);
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    pub async fn pending_revisions(&self) -> StoreResult<Vec<PendingRevision>> {
        let rows: Vec<PendingRevision> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT r.id, r.offer_id, s.name AS offer_name, a.email AS author, r.created_at \
             FROM offer_revision r JOIN service s ON s.id = r.offer_id LEFT JOIN account a ON a.id = r.account_id \
             WHERE r.status = 'pending' ORDER BY r.created_at, r.id"
        )
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    /// The newest revision of an offer that is pending or was returned (what its editor sees).
    pub async fn latest_revision(&self, offer: i64) -> StoreResult<Option<Revision>> {
        let id: Option<i64> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT MAX(id) FROM offer_revision WHERE offer_id = $1 AND status IN ('pending', 'returned')"
        )
        .bind(offer)
        .fetch_one(p)
        .await?
        });
        match id {
            Some(id) => self.revision(id).await.map(Some),
            None => Ok(None),
        }
    }

    pub async fn revision(&self, id: i64) -> StoreResult<Revision> {
        let row: Option<(i64, i64, Option<String>, String, String, String)> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT r.id, r.offer_id, a.email, r.data, r.status, r.comment FROM offer_revision r \
             LEFT JOIN account a ON a.id = r.account_id WHERE r.id = $1"
        )
        .bind(id)
        .fetch_optional(p)
        .await?
        });
        let (id, offer_id, author, data, status, comment) = row.ok_or(StoreError::NotFound)?;
        let draft = serde_json::from_str(&data)
            .map_err(|e| StoreError::Corrupt(format!("offer revision: {e}")))?;
        Ok(Revision {
            id,
            offer_id,
            author,
            draft,
            status,
            comment,
        })
    }

    /// Approves a pending revision: its content becomes the offer, and `notice` (to its editor)
    /// is queued, in one transaction.
    pub async fn approve_revision(
        &self,
        id: i64,
        draft: &OfferDraft,
        weekly: &[WeeklySlot],
        actor: AccountId,
        notice: Option<&Mail>,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let offer = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let offer: Option<i64> = sqlx::query_scalar(
                "UPDATE offer_revision SET status = 'approved', decided_at = $2, decided_by = $3 \
                 WHERE id = $1 AND status = 'pending' RETURNING offer_id",
            )
            .bind(id)
            .bind(now)
            .bind(actor)
            .fetch_optional(&mut *tx)
            .await?;
            let offer = offer.ok_or(StoreError::NotFound)?;
            apply_draft!(tx, offer, draft, weekly, now);
            audit!(tx, now, actor, "revision_approved", "offer", offer);
            if let Some(mail) = notice {
                enqueue_mail!(tx, mail, now);
            }
            tx.commit().await?;
            offer
        });
        Ok(offer)
    }

    /// Sends a pending revision back to its editor with a comment, and queues `notice` to them.
    pub async fn return_revision(
        &self,
        id: i64,
        comment: &str,
        actor: AccountId,
        notice: Option<&Mail>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let offer: Option<i64> = sqlx::query_scalar(
                "UPDATE offer_revision SET status = 'returned', comment = $2, decided_at = $3, decided_by = $4 \
                 WHERE id = $1 AND status = 'pending' RETURNING offer_id",
            )
            .bind(id)
            .bind(comment)
            .bind(now)
            .bind(actor)
            .fetch_optional(&mut *tx)
            .await?;
            let offer = offer.ok_or(StoreError::NotFound)?;
            audit!(tx, now, actor, "revision_returned", "offer", offer);
            if let Some(mail) = notice {
                enqueue_mail!(tx, mail, now);
            }
            tx.commit().await?;
        });
        Ok(())
    }
}

impl Db {
    /// A new offer of an organisation, as a draft with the given name; the rest is filled in the form.
    pub async fn create_offer(
        &self,
        organization: i64,
        name: &str,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organization WHERE id = $1")
                .bind(organization)
                .fetch_one(&mut *tx)
                .await?;
            if known == 0 {
                return Err(StoreError::NotFound);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO service (organization_id, name, status, cost, access_mode, last_verified, created_at, updated_at) \
                 VALUES ($1, $2, 'draft', 'free', 'both', $3, $4, $4) RETURNING id",
            )
            .bind(organization)
            .bind(name)
            .bind(now.date_naive())
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            audit!(tx, now, actor, "offer_created", "offer", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Publishes, archives or returns an offer to draft; every index follows.
    pub async fn set_offer_status(
        &self,
        id: i64,
        status: wegweiser_domain::directory::PublicationStatus,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let done = sqlx::query("UPDATE service SET status = $2, updated_at = $3 WHERE id = $1")
                .bind(id)
                .bind(status.as_str())
                .bind(now)
                .execute(&mut *tx)
                .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            log_change!(tx, Entity::Offer, id, now);
            let action = match status {
                wegweiser_domain::directory::PublicationStatus::Published => "offer_published",
                wegweiser_domain::directory::PublicationStatus::Archived => "offer_archived",
                wegweiser_domain::directory::PublicationStatus::Draft => "offer_unpublished",
            };
            audit!(tx, now, actor, action, "offer", id);
            tx.commit().await?;
        });
        Ok(())
    }
}

impl Db {
    /// Replaces the search's synonym rules (already checked), in order; every index rebuilds.
    pub async fn replace_synonym_rules(
        &self,
        rules: &[String],
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            sqlx::query("DELETE FROM search_synonym")
                .execute(&mut *tx)
                .await?;
            for (i, rule) in rules.iter().enumerate() {
                sqlx::query("INSERT INTO search_synonym (id, rule) VALUES ($1, $2)")
                    .bind(i as i64 + 1)
                    .bind(rule)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(
                "INSERT INTO change_log (entity, entity_id, changed_at) VALUES ($1, 0, $2)",
            )
            .bind(Entity::Synonyms.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            audit!(tx, now, actor, "synonyms_changed", "synonyms", 0i64);
            tx.commit().await?;
        });
        Ok(())
    }
}

/// An organisation as the back office edits it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OrganizationRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl Db {
    pub async fn organizations_for_edit(&self) -> StoreResult<Vec<OrganizationRow>> {
        let rows: Vec<OrganizationRow> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT id, name, kind, description, website, email, phone FROM organization ORDER BY name"
        )
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    /// Creates (`id` None) or updates an organisation; its offers follow in every index.
    pub async fn save_organization(
        &self,
        id: Option<i64>,
        d: &wegweiser_domain::editorial::OrganizationDraft,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: i64 = match id {
                Some(id) => {
                    let before: Option<String> = sqlx::query_scalar(
                        "UPDATE organization SET updated_at = $2 WHERE id = $1 RETURNING description",
                    )
                    .bind(id)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let before = before.ok_or(StoreError::NotFound)?;
                    let stored = stored_translations!(&mut *tx, "organization", id);
                    let writes = plan_translations(
                        &[("description", before.as_str(), d.description.as_str())],
                        &stored,
                        Some(&d.translations),
                        &d.confirmed,
                    );
                    write_translations!(tx, "organization", id, &writes);
                    let done = sqlx::query(
                        "UPDATE organization SET name = $2, kind = $3, description = $4, website = $5, email = $6, \
                         phone = $7, updated_at = $8 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(&d.name)
                    .bind(&d.kind)
                    .bind(&d.description)
                    .bind(none_if_empty(&d.website))
                    .bind(none_if_empty(&d.email))
                    .bind(none_if_empty(&d.phone))
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound);
                    }
                    audit!(tx, now, actor, "organization_edited", "organization", id);
                    id
                }
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO organization (name, kind, description, website, email, phone, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                    )
                    .bind(&d.name)
                    .bind(&d.kind)
                    .bind(&d.description)
                    .bind(none_if_empty(&d.website))
                    .bind(none_if_empty(&d.email))
                    .bind(none_if_empty(&d.phone))
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    let writes = plan_translations(
                        &[("description", "", d.description.as_str())],
                        &[],
                        Some(&d.translations),
                        &d.confirmed,
                    );
                    write_translations!(tx, "organization", id, &writes);
                    audit!(tx, now, actor, "organization_created", "organization", id);
                    id
                }
            };
            log_change!(tx, Entity::Organization, id, now);
            tx.commit().await?;
            id
        });
        Ok(id)
    }
}

impl Db {
    /// Creates (`id` None) or updates a category with its English texts; every index rebuilds.
    pub async fn save_category(
        &self,
        id: Option<i64>,
        d: &wegweiser_domain::editorial::CategoryDraft,
        position: i32,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let taken: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM taxonomy_term WHERE slug = $1 AND id <> COALESCE($2, -1)",
            )
            .bind(&d.slug)
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
            if taken > 0 {
                return Err(StoreError::Duplicate { what: "slug" });
            }
            let id: i64 = match id {
                Some(id) => {
                    let done = sqlx::query(
                        "UPDATE taxonomy_term SET slug = $2, name = $3, description = $4, position = $5 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(&d.slug)
                    .bind(&d.name_de)
                    .bind(&d.description_de)
                    .bind(position)
                    .execute(&mut *tx)
                    .await?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound);
                    }
                    id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO taxonomy_term (slug, name, description, position) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(&d.slug)
                .bind(&d.name_de)
                .bind(&d.description_de)
                .bind(position)
                .fetch_one(&mut *tx)
                .await?,
            };
            sqlx::query("DELETE FROM translation WHERE entity = 'category' AND entity_id = $1 AND lang = 'en'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for (field, value) in [("name", &d.name_en), ("description", &d.description_en)] {
                if !value.is_empty() {
                    sqlx::query(
                        "INSERT INTO translation (entity, entity_id, field, lang, value) VALUES ('category', $1, $2, 'en', $3)",
                    )
                    .bind(id)
                    .bind(field)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            log_change!(tx, Entity::Categories, id, now);
            audit!(tx, now, actor, "category_saved", "category", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }
}

/// A location as the back office sees it (confidential ones included: staff only).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LocationRow {
    pub id: i64,
    pub organization_id: i64,
    pub name: String,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub confidential: bool,
    pub wheelchair_access: bool,
    pub transit: Option<String>,
    pub contact_note: String,
    pub ortsteil: Option<String>,
}

/// What else keeps its translations in the translation table, for the demo's seed.
#[derive(Clone, Copy, Debug)]
pub enum TranslatedKind {
    Group,
    Job,
}

impl Db {
    /// The demo's translations of a group or a job (language → field → text), current.
    pub async fn seed_translations(
        &self,
        kind: TranslatedKind,
        id: i64,
        texts: &wegweiser_domain::editorial::TranslationMap,
    ) -> StoreResult<()> {
        let entity = match kind {
            TranslatedKind::Group => "peer_group",
            TranslatedKind::Job => "job",
        };
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            for (lang, fields) in texts {
                for (field, value) in fields {
                    sqlx::query(
                        "INSERT INTO translation (entity, entity_id, field, lang, value, outdated) \
                         VALUES ($1, $2, $3, $4, $5, FALSE) ON CONFLICT (entity, entity_id, field, lang) \
                         DO UPDATE SET value = excluded.value, outdated = FALSE",
                    )
                    .bind(entity)
                    .bind(id)
                    .bind(field)
                    .bind(lang)
                    .bind(value.trim())
                    .execute(&mut *tx)
                    .await?;
                }
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The translations of an offer ("service") or organisation, outdated ones included: for the
    /// back office's forms.
    /// The state of every stored translation of offers (or organisations): id, field, language,
    /// and whether the German text changed since (for the coordinator's overview).
    pub async fn translation_states(
        &self,
        entity: crate::Entity,
    ) -> StoreResult<Vec<(i64, String, String, bool)>> {
        let name = match entity {
            crate::Entity::Offer => "service",
            crate::Entity::Organization => "organization",
            _ => return Ok(vec![]),
        };
        let rows: Vec<(i64, String, String, bool)> = on_pool!(self, |p| {
            sqlx::query_as(
                "SELECT entity_id, field, lang, outdated FROM translation WHERE entity = $1 \
                 AND value <> '' ORDER BY entity_id, field, lang",
            )
            .bind(name)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    /// The translations of some groups or jobs (`entity` as the translation table names it),
    /// outdated ones included, by id: what their pages and forms read.
    pub(crate) async fn translations_by_id(
        &self,
        entity: &'static str,
        ids: &[i64],
    ) -> StoreResult<std::collections::HashMap<i64, Vec<StoredTranslation>>> {
        let mut by_id: std::collections::HashMap<i64, Vec<StoredTranslation>> =
            std::collections::HashMap::new();
        if ids.is_empty() {
            return Ok(by_id);
        }
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        // Ids are integers, so the list is safe to inline.
        let rows: Vec<(i64, String, String, String, bool)> = on_pool!(self, |p| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT entity_id, field, lang, value, outdated FROM translation \
                 WHERE entity = $1 AND entity_id IN ({}) ORDER BY entity_id, field, lang",
                list.join(",")
            )))
            .bind(entity)
            .fetch_all(p)
            .await?
        });
        for (id, field, lang, value, outdated) in rows {
            by_id.entry(id).or_default().push(StoredTranslation {
                field,
                lang,
                value,
                outdated,
            });
        }
        Ok(by_id)
    }

    pub async fn translations_for_edit(
        &self,
        entity: crate::Entity,
        id: i64,
    ) -> StoreResult<Vec<StoredTranslation>> {
        let rows = match entity {
            crate::Entity::Offer => on_pool!(self, |p| stored_translations!(p, "service", id)),
            crate::Entity::Organization => {
                on_pool!(self, |p| stored_translations!(p, "organization", id))
            }
            _ => vec![],
        };
        Ok(rows)
    }

    pub async fn locations_of(&self, organization: i64) -> StoreResult<Vec<LocationRow>> {
        let rows: Vec<LocationRow> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT id, organization_id, name, street, postcode, city, latitude, longitude, confidential, \
             wheelchair_access, transit, contact_note, ortsteil FROM location WHERE organization_id = $1 ORDER BY name"
        )
        .bind(organization)
        .fetch_all(p)
        .await?
        });
        Ok(rows)
    }

    pub async fn location_for_edit(&self, id: i64) -> StoreResult<LocationRow> {
        let row: Option<LocationRow> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT id, organization_id, name, street, postcode, city, latitude, longitude, confidential, \
             wheelchair_access, transit, contact_note, ortsteil FROM location WHERE id = $1"
        )
        .bind(id)
        .fetch_optional(p)
        .await?
        });
        row.ok_or(StoreError::NotFound)
    }

    /// The offers given at a location.
    pub async fn offers_at_location(&self, location: i64) -> StoreResult<Vec<i64>> {
        let ids: Vec<i64> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT service_id FROM service_at_location WHERE location_id = $1 ORDER BY service_id"
        )
        .bind(location)
        .fetch_all(p)
        .await?
        });
        Ok(ids)
    }

    /// Creates (`id` None, for `organization`) or updates a location and sets which of the
    /// organisation's offers take place there; every affected offer goes through the change log.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_location(
        &self,
        id: Option<i64>,
        organization: i64,
        d: &wegweiser_domain::editorial::LocationDraft,
        position: Option<(f64, f64)>,
        ortsteil: Option<&str>,
        offers: &[i64],
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let (lat, lon) = (position.map(|p| p.0), position.map(|p| p.1));
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: i64 = match id {
                Some(id) => {
                    let done = sqlx::query(
                        "UPDATE location SET name = $2, street = $3, postcode = $4, city = $5, ortsteil = $6, latitude = $7, \
                         longitude = $8, confidential = $9, wheelchair_access = $10, transit = $11, contact_note = $12 \
                         WHERE id = $1 AND organization_id = $13",
                    )
                    .bind(id)
                    .bind(&d.name)
                    .bind(none_if_empty(&d.street))
                    .bind(none_if_empty(&d.postcode))
                    .bind(&d.city)
                    .bind(ortsteil)
                    .bind(lat)
                    .bind(lon)
                    .bind(d.confidential)
                    .bind(d.wheelchair)
                    .bind(none_if_empty(&d.transit))
                    .bind(&d.contact_note)
                    .bind(organization)
                    .execute(&mut *tx)
                    .await?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound);
                    }
                    id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO location (organization_id, name, street, postcode, city, ortsteil, latitude, longitude, \
                     confidential, wheelchair_access, transit, contact_note) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                )
                .bind(organization)
                .bind(&d.name)
                .bind(none_if_empty(&d.street))
                .bind(none_if_empty(&d.postcode))
                .bind(&d.city)
                .bind(ortsteil)
                .bind(lat)
                .bind(lon)
                .bind(d.confidential)
                .bind(d.wheelchair)
                .bind(none_if_empty(&d.transit))
                .bind(&d.contact_note)
                .fetch_one(&mut *tx)
                .await?,
            };
            let before: Vec<i64> = sqlx::query_scalar(
                "SELECT service_id FROM service_at_location WHERE location_id = $1",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM service_at_location WHERE location_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for offer in offers {
                // Only the organisation's own offers.
                sqlx::query(
                    "INSERT INTO service_at_location (service_id, location_id) \
                     SELECT id, $2 FROM service WHERE id = $1 AND organization_id = $3",
                )
                .bind(offer)
                .bind(id)
                .bind(organization)
                .execute(&mut *tx)
                .await?;
            }
            let mut touched: Vec<i64> = before.into_iter().chain(offers.iter().copied()).collect();
            touched.sort_unstable();
            touched.dedup();
            for offer in touched {
                log_change!(tx, Entity::Offer, offer, now);
            }
            audit!(tx, now, actor, "location_saved", "location", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }
}
