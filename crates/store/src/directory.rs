//! Reading and writing the offer directory.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use sqlx::AssertSqlSafe;
use wegweiser_domain::directory::{
    AccessMode, Address, Category, Cost, Location, Offer, OfferId, Organization, OrganizationId,
    OrganizationKind, OrganizationRef, PublicationStatus, SPOKEN_LANGUAGES, TARGET_GROUPS,
    Translated, ortsteil_for,
};
use wegweiser_domain::geo;
use wegweiser_domain::hours::{HoursException, OpeningHours, WeeklySlot};
use wegweiser_domain::seed::DirectorySeed;

use crate::{BeginWrite, Db, StoreError, StoreResult, on_pool};

/// Which published offers to read.
#[derive(Clone, Copy, Debug)]
pub enum OfferSelect {
    All,
    ById(OfferId),
    ByOrganization(OrganizationId),
}

impl OfferSelect {
    fn condition(self) -> (&'static str, Option<i64>) {
        match self {
            OfferSelect::All => ("TRUE", None),
            OfferSelect::ById(id) => ("s.id = $1", Some(id)),
            OfferSelect::ByOrganization(id) => ("s.organization_id = $1", Some(id)),
        }
    }
}

#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: i64,
    organization_id: i64,
    org_name: String,
    org_kind: String,
    org_is_example: bool,
    name: String,
    summary: String,
    description: String,
    status: String,
    valid_from: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
    closed_reason: Option<String>,
    last_verified: Option<NaiveDate>,
    cost: String,
    cost_note: String,
    childcare: bool,
    access_mode: String,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    eligibility: String,
    how_to_access: String,
    always_open: bool,
    is_example: bool,
}

#[derive(sqlx::FromRow)]
struct LocationRow {
    service_id: i64,
    id: i64,
    name: String,
    street: Option<String>,
    postcode: Option<String>,
    city: Option<String>,
    ortsteil: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    confidential: bool,
    wheelchair_access: bool,
    transit: Option<String>,
    contact_note: String,
}

#[derive(sqlx::FromRow)]
struct TagRow {
    service_id: i64,
    value: String,
}

#[derive(sqlx::FromRow)]
struct ScheduleRow {
    service_id: i64,
    weekday: i32,
    opens_at: String,
    closes_at: String,
}

#[derive(sqlx::FromRow)]
struct ExceptionRow {
    service_id: i64,
    day: NaiveDate,
    opens_at: Option<String>,
    closes_at: Option<String>,
    note: Option<String>,
}

#[derive(sqlx::FromRow)]
struct TranslationRow {
    entity_id: i64,
    field: String,
    lang: String,
    value: String,
}

#[derive(sqlx::FromRow)]
struct CategoryRow {
    id: i64,
    slug: String,
    name: String,
    description: String,
    position: i32,
}

#[derive(sqlx::FromRow)]
struct OrganizationRow {
    id: i64,
    name: String,
    kind: String,
    description: String,
    website: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    is_example: bool,
}

/// Translations keyed by entity id, then field.
type Translations = HashMap<i64, HashMap<String, BTreeMap<String, String>>>;

fn group_translations(rows: Vec<TranslationRow>) -> Translations {
    let mut map: Translations = HashMap::new();
    for r in rows {
        map.entry(r.entity_id)
            .or_default()
            .entry(r.field)
            .or_default()
            .insert(r.lang, r.value);
    }
    map
}

fn translated(
    de: String,
    tr: Option<&HashMap<String, BTreeMap<String, String>>>,
    field: &str,
) -> Translated {
    Translated {
        de,
        other: tr.and_then(|m| m.get(field)).cloned().unwrap_or_default(),
        ..Translated::default()
    }
}

fn invalid(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what}: {value:?}"))
}

fn time(s: &str) -> StoreResult<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| invalid("time", s))
}

const SERVICE_COLUMNS: &str = "s.id, s.organization_id, o.name AS org_name, o.kind AS org_kind, \
    o.is_example AS org_is_example, s.name, s.summary, s.description, s.status, s.valid_from, \
    s.valid_until, s.closed_reason, s.last_verified, s.cost, s.cost_note, s.childcare, s.access_mode, \
    s.email, s.phone, s.website, s.eligibility, s.how_to_access, s.always_open, s.is_example";

// Confidential addresses are dropped here already, so they never leave the store on a public read.
const LOCATION_COLUMNS: &str = "sal.service_id, l.id, l.name, \
    CASE WHEN l.confidential THEN NULL ELSE l.street END AS street, \
    CASE WHEN l.confidential THEN NULL ELSE l.postcode END AS postcode, \
    l.city, \
    CASE WHEN l.confidential THEN NULL ELSE l.ortsteil END AS ortsteil, \
    CASE WHEN l.confidential THEN NULL ELSE l.latitude END AS latitude, \
    CASE WHEN l.confidential THEN NULL ELSE l.longitude END AS longitude, \
    l.confidential, l.wheelchair_access, \
    CASE WHEN l.confidential THEN NULL ELSE l.transit END AS transit, l.contact_note";

macro_rules! fetch_all {
    ($p:expr, $row:ty, $sql:expr, $param:expr) => {{
        let q = sqlx::query_as::<_, $row>(AssertSqlSafe($sql));
        let q = match $param {
            Some(v) => q.bind(v),
            None => q,
        };
        q.fetch_all($p).await?
    }};
}

impl Db {
    /// Every offer's German name with its id, for resolving hand-written chains.
    pub async fn offer_names(&self) -> StoreResult<Vec<(String, i64)>> {
        let rows: Vec<(String, i64)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT name, id FROM service ORDER BY id"
        )
        .fetch_all(p)
        .await?);
        Ok(rows)
    }
    /// Every organisation's name with its id, for resolving hand-written events.
    pub async fn organization_ids(&self) -> StoreResult<Vec<(String, i64)>> {
        let rows: Vec<(String, i64)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT name, id FROM organization ORDER BY id"
        )
        .fetch_all(p)
        .await?);
        Ok(rows)
    }
    /// Organisations for choice lists: (id, name), by name.
    pub async fn organization_names(&self) -> StoreResult<Vec<(i64, String)>> {
        let rows: Vec<(i64, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT id, name FROM organization ORDER BY name"
        )
        .fetch_all(p)
        .await?);
        Ok(rows)
    }

    /// Published offers (validity dates are checked by the caller against "today").
    pub async fn published_offers(&self, select: OfferSelect) -> StoreResult<Vec<Offer>> {
        self.offers_where(select, "s.status = 'published'").await
    }

    /// Offers in any status (drafts, archived): for the back office only.
    pub async fn offers_any_status(&self, select: OfferSelect) -> StoreResult<Vec<Offer>> {
        self.offers_where(select, "TRUE").await
    }

    async fn offers_where(
        &self,
        select: OfferSelect,
        status: &'static str,
    ) -> StoreResult<Vec<Offer>> {
        let (cond, param) = select.condition();
        let ids = format!("SELECT s.id FROM service s WHERE {status} AND {cond}");
        let service_sql = format!(
            "SELECT {SERVICE_COLUMNS} FROM service s JOIN organization o ON o.id = s.organization_id \
             WHERE {status} AND {cond} ORDER BY s.id"
        );
        let location_sql = format!(
            "SELECT {LOCATION_COLUMNS} FROM service_at_location sal JOIN location l ON l.id = sal.location_id \
             WHERE sal.service_id IN ({ids}) ORDER BY sal.service_id, l.id"
        );
        let category_sql = format!(
            "SELECT st.service_id, t.slug AS value FROM service_taxonomy st JOIN taxonomy_term t ON t.id = st.term_id \
             WHERE st.service_id IN ({ids}) ORDER BY st.service_id, t.position"
        );
        let language_sql = format!(
            "SELECT service_id, code AS value FROM service_language WHERE service_id IN ({ids}) ORDER BY service_id, code"
        );
        let group_sql = format!(
            "SELECT service_id, code AS value FROM service_target_group WHERE service_id IN ({ids}) ORDER BY service_id, code"
        );
        let schedule_sql = format!(
            "SELECT service_id, weekday, opens_at, closes_at FROM schedule WHERE service_id IN ({ids}) \
             ORDER BY service_id, weekday, opens_at"
        );
        let exception_sql = format!(
            "SELECT service_id, day, opens_at, closes_at, note FROM schedule_exception WHERE service_id IN ({ids}) \
             ORDER BY service_id, day"
        );
        let service_tr_sql = format!(
            "SELECT entity_id, field, lang, value FROM translation WHERE NOT outdated AND entity = 'service' AND entity_id IN ({ids})"
        );
        let location_tr_sql = format!(
            "SELECT entity_id, field, lang, value FROM translation WHERE NOT outdated AND entity = 'location' AND entity_id IN \
             (SELECT location_id FROM service_at_location WHERE service_id IN ({ids}))"
        );

        let (
            services,
            locations,
            categories,
            languages,
            groups,
            schedules,
            exceptions,
            str_rows,
            ltr_rows,
        ) = on_pool!(self, |p| {
            (
                fetch_all!(p, ServiceRow, service_sql, param),
                fetch_all!(p, LocationRow, location_sql, param),
                fetch_all!(p, TagRow, category_sql, param),
                fetch_all!(p, TagRow, language_sql, param),
                fetch_all!(p, TagRow, group_sql, param),
                fetch_all!(p, ScheduleRow, schedule_sql, param),
                fetch_all!(p, ExceptionRow, exception_sql, param),
                fetch_all!(p, TranslationRow, service_tr_sql, param),
                fetch_all!(p, TranslationRow, location_tr_sql, param),
            )
        });

        let str_map = group_translations(str_rows);
        let ltr_map = group_translations(ltr_rows);
        let mut offers: Vec<Offer> = Vec::with_capacity(services.len());
        let mut index: HashMap<i64, usize> = HashMap::with_capacity(services.len());
        for r in services {
            let tr = str_map.get(&r.id);
            let offer = Offer {
                id: r.id,
                organization: OrganizationRef {
                    id: r.organization_id,
                    name: r.org_name,
                    kind: OrganizationKind::parse(&r.org_kind)
                        .ok_or_else(|| invalid("organization kind", &r.org_kind))?,
                    is_example: r.org_is_example,
                },
                name: translated(r.name, tr, "name"),
                summary: translated(r.summary, tr, "summary"),
                description: translated(r.description, tr, "description"),
                status: PublicationStatus::parse(&r.status)
                    .ok_or_else(|| invalid("status", &r.status))?,
                valid_from: r.valid_from,
                valid_until: r.valid_until,
                closed_reason: r.closed_reason.map(|c| translated(c, tr, "closed_reason")),
                last_verified: r.last_verified,
                cost: Cost::parse(&r.cost).ok_or_else(|| invalid("cost", &r.cost))?,
                cost_note: translated(r.cost_note, tr, "cost_note"),
                childcare: r.childcare,
                access: AccessMode::parse(&r.access_mode)
                    .ok_or_else(|| invalid("access mode", &r.access_mode))?,
                email: r.email,
                phone: r.phone,
                website: r.website,
                eligibility: translated(r.eligibility, tr, "eligibility"),
                how_to_access: translated(r.how_to_access, tr, "how_to_access"),
                categories: vec![],
                target_groups: vec![],
                languages: vec![],
                locations: vec![],
                hours: OpeningHours {
                    always_open: r.always_open,
                    ..Default::default()
                },
                is_example: r.is_example,
            };
            index.insert(offer.id, offers.len());
            offers.push(offer);
        }
        let get = |id: i64| index.get(&id).copied();
        for l in locations {
            if let Some(i) = get(l.service_id) {
                let address = match (l.street, l.postcode) {
                    (Some(street), Some(postcode)) => Some(Address {
                        street,
                        postcode,
                        city: l.city.unwrap_or_else(|| "Berlin".into()),
                    }),
                    _ => None,
                };
                let position = l.latitude.zip(l.longitude);
                offers[i].locations.push(
                    Location {
                        id: l.id,
                        name: l.name,
                        address,
                        ortsteil: l.ortsteil,
                        position,
                        confidential: l.confidential,
                        wheelchair_access: l.wheelchair_access,
                        transit: l.transit,
                        contact_note: translated(
                            l.contact_note,
                            ltr_map.get(&l.id),
                            "contact_note",
                        ),
                    }
                    .redacted(),
                );
            }
        }
        for t in categories {
            if let Some(i) = get(t.service_id) {
                offers[i].categories.push(t.value);
            }
        }
        for t in languages {
            if let Some(i) = get(t.service_id) {
                offers[i].languages.push(t.value);
            }
        }
        for t in groups {
            if let Some(i) = get(t.service_id) {
                offers[i].target_groups.push(t.value);
            }
        }
        for s in schedules {
            if let Some(i) = get(s.service_id) {
                offers[i].hours.weekly.push(WeeklySlot {
                    weekday: u8::try_from(s.weekday)
                        .map_err(|_| invalid("weekday", &s.weekday.to_string()))?,
                    opens: time(&s.opens_at)?,
                    closes: time(&s.closes_at)?,
                });
            }
        }
        for e in exceptions {
            if let Some(i) = get(e.service_id) {
                let hours = match (e.opens_at, e.closes_at) {
                    (Some(o), Some(c)) => Some((time(&o)?, time(&c)?)),
                    _ => None,
                };
                offers[i].hours.exceptions.push(HoursException {
                    date: e.day,
                    hours,
                    note: e.note,
                });
            }
        }
        Ok(offers)
    }

    /// Which of these places are confidential now (the search index may not know yet).
    pub async fn confidential_among(&self, locations: &[i64]) -> StoreResult<Vec<i64>> {
        if locations.is_empty() {
            return Ok(vec![]);
        }
        // Ids are numbers: written into the statement, one round trip for any page size.
        let list = locations
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let sql = format!("SELECT id FROM location WHERE confidential AND id IN ({list})");
        let ids: Vec<i64> = on_pool!(self, |p| sqlx::query_scalar(AssertSqlSafe(sql.clone()))
            .fetch_all(p)
            .await?);
        Ok(ids)
    }

    pub async fn published_offer(&self, id: OfferId) -> StoreResult<Offer> {
        self.published_offers(OfferSelect::ById(id))
            .await?
            .pop()
            .ok_or(StoreError::NotFound)
    }

    pub async fn categories(&self) -> StoreResult<Vec<Category>> {
        let (rows, tr) = on_pool!(self, |p| {
            (
                sqlx::query_as::<_, CategoryRow>(
                    "SELECT id, slug, name, description, position FROM taxonomy_term ORDER BY position, slug",
                )
                .fetch_all(p)
                .await?,
                sqlx::query_as::<_, TranslationRow>(
                    "SELECT entity_id, field, lang, value FROM translation WHERE NOT outdated AND entity = 'category'",
                )
                .fetch_all(p)
                .await?,
            )
        });
        let tr = group_translations(tr);
        Ok(rows
            .into_iter()
            .map(|r| {
                let t = tr.get(&r.id);
                Category {
                    id: r.id,
                    slug: r.slug,
                    name: translated(r.name, t, "name"),
                    description: translated(r.description, t, "description"),
                    position: r.position,
                }
            })
            .collect())
    }

    pub async fn organization(&self, id: OrganizationId) -> StoreResult<Organization> {
        let (row, tr) = on_pool!(self, |p| {
            (
                sqlx::query_as::<_, OrganizationRow>(
                    "SELECT id, name, kind, description, website, email, phone, is_example FROM organization WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(p)
                .await?,
                sqlx::query_as::<_, TranslationRow>(
                    "SELECT entity_id, field, lang, value FROM translation WHERE NOT outdated AND entity = 'organization' AND entity_id = $1",
                )
                .bind(id)
                .fetch_all(p)
                .await?,
            )
        });
        let r = row.ok_or(StoreError::NotFound)?;
        let tr = group_translations(tr);
        Ok(Organization {
            id: r.id,
            name: r.name,
            kind: OrganizationKind::parse(&r.kind)
                .ok_or_else(|| invalid("organization kind", &r.kind))?,
            description: translated(r.description, tr.get(&r.id), "description"),
            website: r.website,
            email: r.email,
            phone: r.phone,
            is_example: r.is_example,
        })
    }

    /// True when the directory holds no organisation yet (a fresh store).
    pub async fn directory_is_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM organization"
        )
        .fetch_one(p)
        .await?);
        Ok(n == 0)
    }

    /// Writes hand-written directory content in one transaction: all of it or nothing.
    pub async fn insert_seed(
        &self,
        seed: &DirectorySeed,
        now: DateTime<Utc>,
    ) -> StoreResult<SeedReport> {
        let today = wegweiser_domain::time::berlin_local(now).date();
        let mut report = SeedReport::default();
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let terms: Vec<(i64, String)> = sqlx::query_as("SELECT id, slug FROM taxonomy_term")
                .fetch_all(&mut *tx)
                .await?;
            let term_id: HashMap<String, i64> = terms.into_iter().map(|(id, s)| (s, id)).collect();
            let mut translations: Vec<(&'static str, i64, &'static str, String, String)> =
                Vec::new();
            let mut push_tr =
                |entity: &'static str, id: i64, field: &'static str, t: &Translated| {
                    for (lang, value) in &t.other {
                        translations.push((entity, id, field, lang.clone(), value.clone()));
                    }
                };
            for org in &seed.organizations {
                let org_id: i64 = sqlx::query_scalar(
                    "INSERT INTO organization (name, kind, description, website, email, phone, is_example, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                )
                .bind(&org.name)
                .bind(org.kind.as_str())
                .bind(&org.description.de)
                .bind(&org.website)
                .bind(&org.email)
                .bind(&org.phone)
                .bind(org.example)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                push_tr("organization", org_id, "description", &org.description);
                report.organizations += 1;
                let mut loc_ids: HashMap<&str, i64> = HashMap::new();
                for l in &org.locations {
                    let position = l.lat.zip(l.lon);
                    let ortsteil = match &l.ortsteil {
                        Some(o) if geo::ortsteil_by_slug(o).is_some() => Some(o.clone()),
                        Some(o) => return Err(invalid("Ortsteil", o)),
                        None => ortsteil_for(position).map(str::to_string),
                    };
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO location (organization_id, name, street, postcode, city, ortsteil, latitude, longitude, \
                         confidential, wheelchair_access, transit, contact_note) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                    )
                    .bind(org_id)
                    .bind(&l.name)
                    .bind(&l.street)
                    .bind(&l.postcode)
                    .bind(&l.city)
                    .bind(ortsteil)
                    .bind(l.lat)
                    .bind(l.lon)
                    .bind(l.confidential)
                    .bind(l.wheelchair)
                    .bind(&l.transit)
                    .bind(&l.contact_note.de)
                    .fetch_one(&mut *tx)
                    .await?;
                    push_tr("location", id, "contact_note", &l.contact_note);
                    loc_ids.insert(l.key.as_str(), id);
                    report.locations += 1;
                }
                for o in &org.offers {
                    let sched = o.resolve(today).map_err(|e| invalid(&o.name.de, &e))?;
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO service (organization_id, name, summary, description, status, valid_from, valid_until, \
                         closed_reason, last_verified, cost, cost_note, childcare, access_mode, email, phone, website, \
                         eligibility, how_to_access, always_open, is_example, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21) \
                         RETURNING id",
                    )
                    .bind(org_id)
                    .bind(&o.name.de)
                    .bind(&o.summary.de)
                    .bind(&o.description.de)
                    .bind(o.status.as_str())
                    .bind(sched.valid_from)
                    .bind(sched.valid_until)
                    .bind(o.closed_reason.as_ref().map(|c| c.de.clone()))
                    .bind(sched.last_verified)
                    .bind(o.cost.as_str())
                    .bind(&o.cost_note.de)
                    .bind(o.childcare)
                    .bind(o.access.as_str())
                    .bind(&o.email)
                    .bind(&o.phone)
                    .bind(&o.website)
                    .bind(&o.eligibility.de)
                    .bind(&o.how_to_access.de)
                    .bind(o.always_open)
                    .bind(o.example)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    report.offers += 1;
                    push_tr("service", id, "name", &o.name);
                    push_tr("service", id, "summary", &o.summary);
                    push_tr("service", id, "description", &o.description);
                    push_tr("service", id, "cost_note", &o.cost_note);
                    push_tr("service", id, "eligibility", &o.eligibility);
                    push_tr("service", id, "how_to_access", &o.how_to_access);
                    if let Some(c) = &o.closed_reason {
                        push_tr("service", id, "closed_reason", c);
                    }
                    for key in &o.locations {
                        let lid = *loc_ids
                            .get(key.as_str())
                            .ok_or_else(|| invalid("location key", key))?;
                        sqlx::query("INSERT INTO service_at_location (service_id, location_id) VALUES ($1, $2)")
                            .bind(id)
                            .bind(lid)
                            .execute(&mut *tx)
                            .await?;
                    }
                    for c in &o.categories {
                        let tid = *term_id.get(c).ok_or_else(|| invalid("category", c))?;
                        sqlx::query(
                            "INSERT INTO service_taxonomy (service_id, term_id) VALUES ($1, $2)",
                        )
                        .bind(id)
                        .bind(tid)
                        .execute(&mut *tx)
                        .await?;
                    }
                    for lang in &o.languages {
                        if !SPOKEN_LANGUAGES.contains(&lang.as_str()) {
                            return Err(invalid("language", lang));
                        }
                        sqlx::query(
                            "INSERT INTO service_language (service_id, code) VALUES ($1, $2)",
                        )
                        .bind(id)
                        .bind(lang)
                        .execute(&mut *tx)
                        .await?;
                    }
                    for g in &o.target_groups {
                        if !TARGET_GROUPS.contains(&g.as_str()) {
                            return Err(invalid("target group", g));
                        }
                        sqlx::query(
                            "INSERT INTO service_target_group (service_id, code) VALUES ($1, $2)",
                        )
                        .bind(id)
                        .bind(g)
                        .execute(&mut *tx)
                        .await?;
                    }
                    for s in &sched.weekly {
                        sqlx::query(
                            "INSERT INTO schedule (service_id, weekday, opens_at, closes_at) VALUES ($1, $2, $3, $4)",
                        )
                        .bind(id)
                        .bind(i32::from(s.weekday))
                        .bind(s.opens.format("%H:%M").to_string())
                        .bind(s.closes.format("%H:%M").to_string())
                        .execute(&mut *tx)
                        .await?;
                    }
                    for e in &sched.exceptions {
                        sqlx::query(
                            "INSERT INTO schedule_exception (service_id, day, opens_at, closes_at, note) VALUES ($1, $2, $3, $4, $5)",
                        )
                        .bind(id)
                        .bind(e.date)
                        .bind(e.hours.map(|(o, _)| o.format("%H:%M").to_string()))
                        .bind(e.hours.map(|(_, c)| c.format("%H:%M").to_string()))
                        .bind(&e.note)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
            }
            for (entity, id, field, lang, value) in translations {
                sqlx::query("INSERT INTO translation (entity, entity_id, field, lang, value) VALUES ($1, $2, $3, $4, $5)")
                    .bind(entity)
                    .bind(id)
                    .bind(field)
                    .bind(lang)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
        Ok(report)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub organizations: usize,
    pub locations: usize,
    pub offers: usize,
}

impl Db {
    /// The search's synonym rules, in Solr notation.
    pub async fn synonym_rules(&self) -> StoreResult<Vec<String>> {
        Ok(on_pool!(self, |p| sqlx::query_scalar(
            "SELECT rule FROM search_synonym ORDER BY id"
        )
        .fetch_all(p)
        .await?))
    }
}
