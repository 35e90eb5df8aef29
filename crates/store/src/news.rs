//! News articles, campaign pages, their images and the newsletter (subscribers and issues).

use chrono::{DateTime, Utc};
use wegweiser_domain::accounts::AccountId;
use wegweiser_domain::directory::PublicationStatus;
use wegweiser_domain::mail::Mail;
use wegweiser_domain::news::{
    Article, ArticleDoc, ArticleKind, ImageInfo, ImageRef, Issue, IssueDoc,
};

use crate::{BeginWrite, Db, StoreError, StoreResult, audit, enqueue_mail, on_pool};

#[derive(sqlx::FromRow)]
struct ArticleRow {
    id: i64,
    slug: String,
    kind: String,
    status: String,
    publish_at: DateTime<Utc>,
    image_id: Option<i64>,
    width: Option<i64>,
    height: Option<i64>,
    doc: String,
    version: i64,
    updated_at: DateTime<Utc>,
}

impl TryFrom<ArticleRow> for Article {
    type Error = StoreError;
    fn try_from(r: ArticleRow) -> StoreResult<Article> {
        let bad = |what: &str| StoreError::Corrupt(format!("article {}: {what}", r.id));
        Ok(Article {
            id: r.id,
            kind: ArticleKind::parse(&r.kind).ok_or_else(|| bad("kind"))?,
            status: PublicationStatus::parse(&r.status).ok_or_else(|| bad("status"))?,
            publish_at: r.publish_at,
            image: match (r.image_id, r.width, r.height) {
                (Some(id), Some(w), Some(h)) => Some(ImageRef {
                    id,
                    width: u32::try_from(w).unwrap_or(0),
                    height: u32::try_from(h).unwrap_or(0),
                }),
                _ => None,
            },
            doc: serde_json::from_str(&r.doc).map_err(|e| bad(&e.to_string()))?,
            version: r.version,
            updated_at: r.updated_at,
            slug: r.slug,
        })
    }
}

macro_rules! select_article {
    ($rest:literal) => {
        concat!(
            "SELECT a.id, a.slug, a.kind, a.status, a.publish_at, a.image_id, m.width, m.height, a.doc, \
             a.version, a.updated_at FROM article a LEFT JOIN media m ON m.id = a.image_id ",
            $rest
        )
    };
}

/// What the article form saves.
pub struct ArticleSave<'a> {
    /// None: a new article.
    pub id: Option<i64>,
    /// The version the form was loaded with (ignored for a new article).
    pub version: i64,
    pub slug: &'a str,
    pub kind: ArticleKind,
    pub status: PublicationStatus,
    pub publish_at: DateTime<Utc>,
    pub doc: &'a ArticleDoc,
    /// A new image replacing the old one.
    pub image: Option<(ImageInfo, &'a [u8])>,
    /// An image uploaded with an earlier attempt of this form that had errors (kept in the
    /// store by [`Db::keep_upload`]), used when no new image comes.
    pub kept_image: Option<i64>,
    pub remove_image: bool,
}

impl Db {
    /// Published articles whose publish time has come, newest first.
    pub async fn public_articles(
        &self,
        kind: Option<ArticleKind>,
        now: DateTime<Utc>,
        limit: i64,
    ) -> StoreResult<Vec<Article>> {
        let kind = kind.map(ArticleKind::as_str);
        let rows: Vec<ArticleRow> = on_pool!(self, |p| {
            sqlx::query_as(select_article!(
            "WHERE a.status = 'published' AND a.publish_at <= $1 AND ($2 IS NULL OR a.kind = $2) \
             ORDER BY a.publish_at DESC, a.id DESC LIMIT $3"
        ))
        .bind(now)
        .bind(kind)
        .bind(limit)
        .fetch_all(p)
        .await?
        });
        rows.into_iter().map(Article::try_from).collect()
    }

    pub async fn public_article(
        &self,
        kind: ArticleKind,
        slug: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Article> {
        let row: Option<ArticleRow> = on_pool!(self, |p| {
            sqlx::query_as(select_article!(
            "WHERE a.slug = $1 AND a.kind = $2 AND a.status = 'published' AND a.publish_at <= $3"
        ))
        .bind(slug)
        .bind(kind.as_str())
        .bind(now)
        .fetch_optional(p)
        .await?
        });
        row.ok_or(StoreError::NotFound)?.try_into()
    }

    /// Every article for the back office, newest first.
    pub async fn articles_for_edit(&self) -> StoreResult<Vec<Article>> {
        let rows: Vec<ArticleRow> = on_pool!(self, |p| sqlx::query_as(select_article!(
            "ORDER BY a.publish_at DESC, a.id DESC"
        ))
        .fetch_all(p)
        .await?);
        rows.into_iter().map(Article::try_from).collect()
    }

    pub async fn article_for_edit(&self, id: i64) -> StoreResult<Article> {
        let row: Option<ArticleRow> =
            on_pool!(self, |p| sqlx::query_as(select_article!("WHERE a.id = $1"))
                .bind(id)
                .fetch_optional(p)
                .await?);
        row.ok_or(StoreError::NotFound)?.try_into()
    }

    /// Whether another article already has this slug.
    pub async fn article_slug_taken(&self, slug: &str, except: Option<i64>) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM article WHERE slug = $1 AND id <> $2"
        )
        .bind(slug)
        .bind(except.unwrap_or(-1))
        .fetch_one(p)
        .await?);
        Ok(n > 0)
    }

    /// Saves an article and its new image in one transaction. A form loaded before someone else's
    /// save → `Conflict`.
    pub async fn save_article(
        &self,
        a: &ArticleSave<'_>,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let json = serde_json::to_string(a.doc)?;
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let image_id: Option<i64> = match (&a.image, a.kept_image) {
                (Some((info, bytes)), _) => Some(
                    sqlx::query_scalar(
                        "INSERT INTO media (content_type, width, height, bytes, created_at) \
                         VALUES ($1, $2, $3, $4, $5) RETURNING id",
                    )
                    .bind(info.content_type)
                    .bind(i64::from(info.width))
                    .bind(i64::from(info.height))
                    .bind(*bytes)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?,
                ),
                // Only an upload no article shows yet: a form cannot take another's image.
                (None, Some(kept)) => {
                    sqlx::query_scalar(
                        "SELECT id FROM media WHERE id = $1 AND NOT EXISTS \
                         (SELECT 1 FROM article WHERE image_id = $1)",
                    )
                    .bind(kept)
                    .fetch_optional(&mut *tx)
                    .await?
                }
                (None, None) => None,
            };
            let id: i64 = match a.id {
                None => sqlx::query_scalar(
                    "INSERT INTO article (slug, kind, status, publish_at, image_id, doc, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                )
                .bind(a.slug)
                .bind(a.kind.as_str())
                .bind(a.status.as_str())
                .bind(a.publish_at)
                .bind(image_id)
                .bind(&json)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(slug_conflict)?,
                Some(id) => {
                    let old_image: Option<Option<i64>> = sqlx::query_scalar(
                        "SELECT image_id FROM article WHERE id = $1 AND version = $2",
                    )
                    .bind(id)
                    .bind(a.version)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let Some(old_image) = old_image else {
                        let exists: Option<i64> =
                            sqlx::query_scalar("SELECT id FROM article WHERE id = $1")
                                .bind(id)
                                .fetch_optional(&mut *tx)
                                .await?;
                        return Err(if exists.is_some() {
                            StoreError::Conflict
                        } else {
                            StoreError::NotFound
                        });
                    };
                    let image = if image_id.is_some() {
                        image_id
                    } else if a.remove_image {
                        None
                    } else {
                        old_image
                    };
                    sqlx::query(
                        "UPDATE article SET slug = $2, kind = $3, status = $4, publish_at = $5, image_id = $6, \
                         doc = $7, version = version + 1, updated_at = $8 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(a.slug)
                    .bind(a.kind.as_str())
                    .bind(a.status.as_str())
                    .bind(a.publish_at)
                    .bind(image)
                    .bind(&json)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(slug_conflict)?;
                    // An image no article shows any more is deleted with the change.
                    if let Some(old) = old_image.filter(|o| Some(*o) != image) {
                        sqlx::query(
                            "DELETE FROM media WHERE id = $1 AND NOT EXISTS \
                             (SELECT 1 FROM article WHERE image_id = $1)",
                        )
                        .bind(old)
                        .execute(&mut *tx)
                        .await?;
                    }
                    id
                }
            };
            audit!(tx, now, Some(actor), "article_saved", "article", id);
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Whether a public article (published, its time come) shows this image.
    pub async fn media_is_public(&self, id: i64, now: DateTime<Utc>) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT COUNT(*) FROM article WHERE image_id = $1 AND status = 'published' AND publish_at <= $2"
        )
        .bind(id)
        .bind(now)
        .fetch_one(p)
        .await?
        });
        Ok(n > 0)
    }

    /// An image by id: (content type, bytes).
    pub async fn media(&self, id: i64) -> StoreResult<(String, Vec<u8>)> {
        let row: Option<(String, Vec<u8>)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT content_type, bytes FROM media WHERE id = $1"
        )
        .bind(id)
        .fetch_optional(p)
        .await?);
        row.ok_or(StoreError::NotFound)
    }

    /// Ids of published offers added since `since` (for the newsletter's suggestion).
    pub async fn offers_created_since(&self, since: DateTime<Utc>) -> StoreResult<Vec<i64>> {
        let ids: Vec<i64> = on_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT id FROM service WHERE status = 'published' AND created_at >= $1 ORDER BY created_at DESC, id DESC"
        )
        .bind(since)
        .fetch_all(p)
        .await?
        });
        Ok(ids)
    }
}

/// A unique-key violation on insert or update means the slug was taken meanwhile.
fn slug_conflict(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => {
            StoreError::Duplicate { what: "slug" }
        }
        _ => StoreError::Database(e),
    }
}

/// What happened to a subscription request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subscribed {
    /// A confirmation mail was queued.
    ConfirmationSent,
    /// The address is already confirmed: nothing sent (the page says the same as for a new one).
    AlreadyConfirmed,
}

/// A confirmed subscriber as a digest mail needs them.
#[derive(Clone, Debug)]
pub struct Subscriber {
    pub email: String,
    pub lang: String,
    pub unsubscribe_token: String,
}

impl Db {
    /// Records a pending subscription and queues its confirmation mail (made by `mail` from the
    /// confirmation token) in the same transaction. Asking again for a pending address replaces
    /// its confirmation link.
    pub async fn subscribe(
        &self,
        email: &str,
        lang: &str,
        confirm_digest: &str,
        unsubscribe_token: &str,
        mail: &Mail,
        now: DateTime<Utc>,
    ) -> StoreResult<Subscribed> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let existing: Option<(i64, Option<DateTime<Utc>>)> = sqlx::query_as(
                "SELECT id, confirmed_at FROM newsletter_subscriber WHERE email = $1",
            )
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
            match existing {
                Some((_, Some(_))) => return Ok(Subscribed::AlreadyConfirmed),
                Some((id, None)) => {
                    sqlx::query(
                        "UPDATE newsletter_subscriber SET confirm_digest = $2, lang = $3, created_at = $4 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(confirm_digest)
                    .bind(lang)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                None => {
                    sqlx::query(
                        "INSERT INTO newsletter_subscriber (email, lang, confirm_digest, unsubscribe_token, created_at) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(email)
                    .bind(lang)
                    .bind(confirm_digest)
                    .bind(unsubscribe_token)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            enqueue_mail!(tx, mail, now);
            tx.commit().await?;
        });
        Ok(Subscribed::ConfirmationSent)
    }

    /// Confirms the subscription whose link carries this token (by digest), if asked for after
    /// `not_before`. Returns false for an unknown or expired link.
    pub async fn confirm_subscription(
        &self,
        confirm_digest: &str,
        not_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, |p| sqlx::query(
            "UPDATE newsletter_subscriber SET confirmed_at = $3, confirm_digest = NULL \
             WHERE confirm_digest = $1 AND confirmed_at IS NULL AND created_at >= $2"
        )
        .bind(confirm_digest)
        .bind(not_before)
        .bind(now)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n == 1)
    }

    /// Whether this unsubscribe token belongs to a subscription (for the page behind the link).
    pub async fn subscription_exists(&self, unsubscribe_token: &str) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM newsletter_subscriber WHERE unsubscribe_token = $1"
        )
        .bind(unsubscribe_token)
        .fetch_one(p)
        .await?);
        Ok(n > 0)
    }

    /// Ends a subscription: the address is deleted, not just marked. False when already gone.
    pub async fn unsubscribe(&self, unsubscribe_token: &str) -> StoreResult<bool> {
        let n = on_pool!(self, |p| sqlx::query(
            "DELETE FROM newsletter_subscriber WHERE unsubscribe_token = $1"
        )
        .bind(unsubscribe_token)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n > 0)
    }

    /// Deletes subscriptions never confirmed since `before`.
    pub async fn purge_unconfirmed(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        let n = on_pool!(self, |p| sqlx::query(
            "DELETE FROM newsletter_subscriber WHERE confirmed_at IS NULL AND created_at < $1"
        )
        .bind(before)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n)
    }

    /// Every confirmed subscriber (to compose their mails before sending).
    pub async fn confirmed_subscribers(&self) -> StoreResult<Vec<Subscriber>> {
        let rows: Vec<(String, String, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT email, lang, unsubscribe_token FROM newsletter_subscriber \
             WHERE confirmed_at IS NOT NULL ORDER BY id"
        )
        .fetch_all(p)
        .await?);
        Ok(rows
            .into_iter()
            .map(|(email, lang, unsubscribe_token)| Subscriber {
                email,
                lang,
                unsubscribe_token,
            })
            .collect())
    }

    /// (confirmed, waiting for confirmation)
    pub async fn subscriber_counts(&self) -> StoreResult<(i64, i64)> {
        let row: (i64, i64) = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT COUNT(confirmed_at), COUNT(*) - COUNT(confirmed_at) FROM newsletter_subscriber"
        )
        .fetch_one(p)
        .await?
        });
        Ok(row)
    }
}

#[derive(sqlx::FromRow)]
struct IssueRow {
    id: i64,
    doc: String,
    version: i64,
    created_at: DateTime<Utc>,
    sent_at: Option<DateTime<Utc>>,
    recipients: i64,
}

impl TryFrom<IssueRow> for Issue {
    type Error = StoreError;
    fn try_from(r: IssueRow) -> StoreResult<Issue> {
        Ok(Issue {
            id: r.id,
            doc: serde_json::from_str(&r.doc)
                .map_err(|e| StoreError::Corrupt(format!("issue {}: {e}", r.id)))?,
            version: r.version,
            created_at: r.created_at,
            sent_at: r.sent_at,
            recipients: r.recipients,
        })
    }
}

macro_rules! select_issue {
    ($rest:literal) => {
        concat!(
            "SELECT id, doc, version, created_at, sent_at, recipients FROM newsletter_issue ",
            $rest
        )
    };
}

impl Db {
    pub async fn issues(&self) -> StoreResult<Vec<Issue>> {
        let rows: Vec<IssueRow> =
            on_pool!(self, |p| sqlx::query_as(select_issue!("ORDER BY id DESC"))
                .fetch_all(p)
                .await?);
        rows.into_iter().map(Issue::try_from).collect()
    }

    pub async fn issue(&self, id: i64) -> StoreResult<Issue> {
        let row: Option<IssueRow> =
            on_pool!(self, |p| sqlx::query_as(select_issue!("WHERE id = $1"))
                .bind(id)
                .fetch_optional(p)
                .await?);
        row.ok_or(StoreError::NotFound)?.try_into()
    }

    /// When the last issue went out.
    pub async fn last_issue_sent(&self) -> StoreResult<Option<DateTime<Utc>>> {
        let t: Option<DateTime<Utc>> = on_pool!(self, |p| sqlx::query_scalar(
            "SELECT MAX(sent_at) FROM newsletter_issue"
        )
        .fetch_one(p)
        .await?);
        Ok(t)
    }

    pub async fn create_issue(
        &self,
        doc: &IssueDoc,
        actor: AccountId,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let json = serde_json::to_string(doc)?;
        let id = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO newsletter_issue (doc, created_at, updated_at) VALUES ($1, $2, $2) RETURNING id",
            )
            .bind(&json)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            audit!(
                tx,
                now,
                Some(actor),
                "newsletter_drafted",
                "newsletter_issue",
                id
            );
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Saves an unsent issue; a stale form or a sent issue → `Conflict`.
    pub async fn save_issue(
        &self,
        id: i64,
        version: i64,
        doc: &IssueDoc,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let json = serde_json::to_string(doc)?;
        let n = on_pool!(self, |p| sqlx::query(
            "UPDATE newsletter_issue SET doc = $3, version = version + 1, updated_at = $4 \
             WHERE id = $1 AND version = $2 AND sent_at IS NULL"
        )
        .bind(id)
        .bind(version)
        .bind(&json)
        .bind(now)
        .execute(p)
        .await?
        .rows_affected());
        if n == 1 {
            Ok(())
        } else {
            self.issue(id).await?;
            Err(StoreError::Conflict)
        }
    }

    /// Sends an issue once: marks it sent and queues one mail per *confirmed* subscriber (made by
    /// `mail`, which also returns the one-click unsubscribe URL for the mail's headers), all in one
    /// transaction. A second attempt (double click, two instances) → `Conflict`.
    pub async fn send_issue(
        &self,
        id: i64,
        version: i64,
        actor: AccountId,
        now: DateTime<Utc>,
        mail: impl Fn(&Subscriber) -> (Mail, String),
    ) -> StoreResult<i64> {
        let sent = on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let claimed = sqlx::query(
                "UPDATE newsletter_issue SET sent_at = $3 WHERE id = $1 AND version = $2 AND sent_at IS NULL",
            )
            .bind(id)
            .bind(version)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if claimed != 1 {
                return Err(StoreError::Conflict);
            }
            let subscribers: Vec<(String, String, String)> = sqlx::query_as(
                "SELECT email, lang, unsubscribe_token FROM newsletter_subscriber \
                 WHERE confirmed_at IS NOT NULL ORDER BY id",
            )
            .fetch_all(&mut *tx)
            .await?;
            for (email, lang, unsubscribe_token) in &subscribers {
                let (m, unsubscribe_url) = mail(&Subscriber {
                    email: email.clone(),
                    lang: lang.clone(),
                    unsubscribe_token: unsubscribe_token.clone(),
                });
                sqlx::query(
                    "INSERT INTO mail_queue (to_addr, subject, body, created_at, next_attempt_at, list_unsubscribe) \
                     VALUES ($1, $2, $3, $4, $4, $5)",
                )
                .bind(&m.to)
                .bind(&m.subject)
                .bind(&m.body)
                .bind(now)
                .bind(&unsubscribe_url)
                .execute(&mut *tx)
                .await?;
            }
            let n = i64::try_from(subscribers.len()).unwrap_or(i64::MAX);
            sqlx::query("UPDATE newsletter_issue SET recipients = $2 WHERE id = $1")
                .bind(id)
                .bind(n)
                .execute(&mut *tx)
                .await?;
            audit!(
                tx,
                now,
                Some(actor),
                "newsletter_sent",
                "newsletter_issue",
                id
            );
            tx.commit().await?;
            n
        });
        Ok(sent)
    }
}

/// A hand-written article ready to load: slug, kind, publish time, document, and the slugs of
/// earlier articles it groups.
pub type SeedArticleRow = (String, ArticleKind, DateTime<Utc>, ArticleDoc, Vec<String>);

impl Db {
    /// Keeps an image uploaded with a form that had errors, so the second attempt need not upload
    /// it again; [`Db::purge_unused_media`] removes it if the article is never saved.
    pub async fn keep_upload(
        &self,
        info: &ImageInfo,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let id = on_pool!(self, |p| sqlx::query_scalar(
            "INSERT INTO media (content_type, width, height, bytes, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id"
        )
        .bind(info.content_type)
        .bind(i64::from(info.width))
        .bind(i64::from(info.height))
        .bind(bytes)
        .bind(now)
        .fetch_one(p)
        .await?);
        Ok(id)
    }

    /// Deletes images older than `before` that no article shows (uploads of forms never saved).
    pub async fn purge_unused_media(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        let n = on_pool!(self, |p| sqlx::query(
            "DELETE FROM media WHERE created_at < $1 AND NOT EXISTS \
             (SELECT 1 FROM article WHERE image_id = media.id)"
        )
        .bind(before)
        .execute(p)
        .await?
        .rows_affected());
        Ok(n)
    }

    pub async fn articles_are_empty(&self) -> StoreResult<bool> {
        let n: i64 = on_pool!(self, |p| sqlx::query_scalar("SELECT COUNT(*) FROM article")
            .fetch_one(p)
            .await?);
        Ok(n == 0)
    }

    /// Loads hand-written articles as published, all or nothing, in order: each may group the
    /// articles before it, named by slug.
    pub async fn insert_article_seed(&self, articles: &[SeedArticleRow]) -> StoreResult<usize> {
        on_pool!(self, |p| {
            let mut tx = p.begin_write().await?;
            let mut ids: Vec<(String, i64)> = Vec::new();
            for (slug, kind, publish_at, doc, grouped) in articles {
                let mut doc = doc.clone();
                for g in grouped {
                    let id = ids
                        .iter()
                        .find(|(s, _)| s == g)
                        .ok_or_else(|| StoreError::Unknown {
                            what: "article",
                            id: g.clone(),
                        })?
                        .1;
                    doc.article_ids.push(id);
                }
                let json = serde_json::to_string(&doc)?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO article (slug, kind, status, publish_at, doc, created_at, updated_at) \
                     VALUES ($1, $2, 'published', $3, $4, $3, $3) RETURNING id",
                )
                .bind(slug)
                .bind(kind.as_str())
                .bind(publish_at)
                .bind(&json)
                .fetch_one(&mut *tx)
                .await?;
                ids.push((slug.clone(), id));
            }
            tx.commit().await?;
        });
        Ok(articles.len())
    }
}
