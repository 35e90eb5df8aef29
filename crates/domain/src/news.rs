//! News articles, campaign pages and the newsletter: what the office writes to make offers known
//! and to work against prejudice. Texts are Markdown (the web layer renders and sanitises them);
//! a campaign groups articles, events and offers, for example a week of action.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::chains::is_valid_slug;
use crate::directory::{PublicationStatus, Translated};
use crate::editorial::{FieldError, SentTranslations};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleKind {
    News,
    Campaign,
}

impl ArticleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleKind::News => "news",
            ArticleKind::Campaign => "campaign",
        }
    }
    pub fn parse(s: &str) -> Option<ArticleKind> {
        match s {
            "news" => Some(ArticleKind::News),
            "campaign" => Some(ArticleKind::Campaign),
            _ => None,
        }
    }
    /// The public path prefix: news under /aktuelles, campaigns under /aktionen.
    pub fn path(self) -> &'static str {
        match self {
            ArticleKind::News => "/aktuelles",
            ArticleKind::Campaign => "/aktionen",
        }
    }
}

/// What the editor writes, stored as one JSON document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleDoc {
    pub title: Translated,
    /// One or two sentences for lists, feeds, the newsletter and search engines (plain text).
    pub summary: Translated,
    /// Markdown.
    pub body: Translated,
    /// Describes the image for people who cannot see it; required with an image.
    #[serde(default)]
    pub image_alt: Translated,
    /// What a campaign groups (news may link them too).
    #[serde(default)]
    pub article_ids: Vec<i64>,
    #[serde(default)]
    pub event_ids: Vec<i64>,
    #[serde(default)]
    pub offer_ids: Vec<i64>,
}

impl ArticleDoc {
    /// The texts translators work on, by field.
    pub fn texts(&self) -> [(&'static str, &Translated); 4] {
        [
            ("title", &self.title),
            ("summary", &self.summary),
            ("body", &self.body),
            ("image_alt", &self.image_alt),
        ]
    }

    /// The texts revised against `before` (the stored document, `None` for a new article) by
    /// the translations the form carried.
    pub fn with_translations(
        mut self,
        before: Option<&ArticleDoc>,
        more: &SentTranslations,
    ) -> Self {
        let empty = Translated::default();
        let old = |f: fn(&ArticleDoc) -> &Translated| before.map_or(&empty, f);
        self.title = more.revise("title", old(|d| &d.title), &self.title);
        self.summary = more.revise("summary", old(|d| &d.summary), &self.summary);
        self.body = more.revise("body", old(|d| &d.body), &self.body);
        self.image_alt = more.revise("image_alt", old(|d| &d.image_alt), &self.image_alt);
        self
    }
}

/// An uploaded image as pages refer to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageRef {
    pub id: i64,
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub id: i64,
    pub slug: String,
    pub kind: ArticleKind,
    pub status: PublicationStatus,
    pub publish_at: DateTime<Utc>,
    pub image: Option<ImageRef>,
    pub doc: ArticleDoc,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

impl Article {
    pub fn is_public(&self, now: DateTime<Utc>) -> bool {
        self.status == PublicationStatus::Published && self.publish_at <= now
    }
    pub fn path(&self) -> String {
        format!("{}/{}", self.kind.path(), self.slug)
    }
}

/// The largest image accepted: pages must stay light on a phone with little data.
pub const MAX_IMAGE_BYTES: usize = 800 * 1024;

/// A checked upload: its type and size in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageInfo {
    pub content_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// Accepts JPEG, PNG and WebP up to [`MAX_IMAGE_BYTES`], by their content (not their name).
pub fn check_image(bytes: &[u8]) -> Result<ImageInfo, &'static str> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err("article-error-image-size");
    }
    let content_type = match imagesize::image_type(bytes) {
        Ok(imagesize::ImageType::Jpeg) => "image/jpeg",
        Ok(imagesize::ImageType::Png) => "image/png",
        Ok(imagesize::ImageType::Webp) => "image/webp",
        _ => return Err("article-error-image-type"),
    };
    let size = imagesize::blob_size(bytes).map_err(|_| "article-error-image-type")?;
    let (Ok(width), Ok(height)) = (u32::try_from(size.width), u32::try_from(size.height)) else {
        return Err("article-error-image-type");
    };
    if width == 0 || height == 0 || width > 10_000 || height > 10_000 {
        return Err("article-error-image-type");
    }
    Ok(ImageInfo {
        content_type,
        width,
        height,
    })
}

/// The back office's article form, as typed.
#[derive(Clone, Debug, Default)]
pub struct ArticleDraft {
    pub slug: String,
    pub kind: String,
    pub title_de: String,
    pub title_en: String,
    pub summary_de: String,
    pub summary_en: String,
    pub body_de: String,
    pub body_en: String,
    pub image_alt_de: String,
    pub image_alt_en: String,
    /// YYYY-MM-DD or DD.MM.YYYY, Berlin time.
    pub publish_date: String,
    pub publish_time: String,
    pub article_ids: Vec<i64>,
    pub event_ids: Vec<i64>,
    pub offer_ids: Vec<i64>,
    /// The texts in the further languages.
    pub more: SentTranslations,
}

fn en(t: &Translated) -> String {
    t.other.get("en").cloned().unwrap_or_default()
}

impl ArticleDraft {
    pub fn of(a: &Article) -> ArticleDraft {
        let local = a.publish_at.with_timezone(&chrono_tz::Europe::Berlin);
        ArticleDraft {
            slug: a.slug.clone(),
            kind: a.kind.as_str().into(),
            title_de: a.doc.title.de.clone(),
            title_en: en(&a.doc.title),
            summary_de: a.doc.summary.de.clone(),
            summary_en: en(&a.doc.summary),
            body_de: a.doc.body.de.clone(),
            body_en: en(&a.doc.body),
            image_alt_de: a.doc.image_alt.de.clone(),
            image_alt_en: en(&a.doc.image_alt),
            publish_date: local.format("%Y-%m-%d").to_string(),
            publish_time: local.format("%H:%M").to_string(),
            article_ids: a.doc.article_ids.clone(),
            event_ids: a.doc.event_ids.clone(),
            offer_ids: a.doc.offer_ids.clone(),
            more: SentTranslations::from_stored(a.doc.texts()),
        }
    }

    /// Checks every field; `has_image` says whether the article has (or gets) an image, which then
    /// needs an alt text. Returns the document, the kind and the publish time.
    pub fn checked(
        &self,
        has_image: bool,
    ) -> Result<(ArticleDoc, ArticleKind, DateTime<Utc>), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err =
            |field: &'static str, message: &'static str| errors.push(FieldError { field, message });
        if !is_valid_slug(self.slug.trim()) {
            err("slug", "article-error-slug");
        }
        let kind = ArticleKind::parse(&self.kind);
        if kind.is_none() {
            err("kind", "article-error-kind");
        }
        let title = self.title_de.trim();
        if title.is_empty() || title.chars().count() > 140 {
            err("title_de", "article-error-title");
        }
        if self.title_en.trim().chars().count() > 140 {
            err("title_en", "article-error-title");
        }
        for (field, text) in [("title_de", &self.title_de), ("title_en", &self.title_en)] {
            if crate::editorial::has_control(text) {
                err(field, "edit-error-control");
            }
        }
        let summary = self.summary_de.trim();
        if summary.is_empty() || summary.chars().count() > 300 {
            err("summary_de", "article-error-summary");
        }
        if self.summary_en.trim().chars().count() > 300 {
            err("summary_en", "article-error-summary");
        }
        if self.body_de.trim().is_empty() {
            err("body_de", "article-error-body");
        }
        for (field, text) in [("body_de", &self.body_de), ("body_en", &self.body_en)] {
            if text.len() > 100_000 {
                err(field, "article-error-body-long");
            }
        }
        let alt = self.image_alt_de.trim();
        if has_image && alt.is_empty() {
            err("image_alt_de", "article-error-alt");
        }
        if alt.chars().count() > 300 {
            err("image_alt_de", "article-error-alt-long");
        }
        let day = parse_date(&self.publish_date);
        if day.is_none() {
            err("publish_date", "article-error-date");
        }
        let time = if self.publish_time.trim().is_empty() {
            Some(NaiveTime::MIN)
        } else {
            crate::time::parse_time_of_day(&self.publish_time)
        };
        if time.is_none() {
            err("publish_time", "article-error-time");
        }
        let at = match (day, time) {
            (Some(d), Some(t)) => crate::time::berlin_to_utc(d.and_time(t)),
            _ => None,
        };
        match (kind, at) {
            (Some(kind), Some(at)) if errors.is_empty() => Ok((
                ArticleDoc {
                    title: Translated::with_en(&self.title_de, &self.title_en),
                    summary: Translated::with_en(&self.summary_de, &self.summary_en),
                    body: Translated::with_en(&self.body_de, &self.body_en),
                    image_alt: Translated::with_en(&self.image_alt_de, &self.image_alt_en),
                    article_ids: dedup(&self.article_ids),
                    event_ids: dedup(&self.event_ids),
                    offer_ids: dedup(&self.offer_ids),
                },
                kind,
                at,
            )),
            _ => {
                if errors.is_empty() {
                    errors.push(FieldError {
                        field: "publish_date",
                        message: "article-error-date",
                    });
                }
                Err(errors)
            }
        }
    }
}

fn dedup(ids: &[i64]) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(id) {
            out.push(*id);
        }
    }
    out
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
}

/// A newsletter issue as the coordinator composes it: a subject, an introduction (plain text) and
/// the offers, events and articles it presents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IssueDoc {
    pub subject: String,
    pub intro: String,
    pub offer_ids: Vec<i64>,
    pub event_ids: Vec<i64>,
    pub article_ids: Vec<i64>,
}

impl IssueDoc {
    pub fn checked(&self) -> Result<IssueDoc, Vec<FieldError>> {
        let mut errors = Vec::new();
        let subject = self.subject.trim();
        if subject.is_empty() || subject.chars().count() > 150 {
            errors.push(FieldError {
                field: "subject",
                message: "newsletter-error-subject",
            });
        }
        if self.intro.len() > 20_000 {
            errors.push(FieldError {
                field: "intro",
                message: "newsletter-error-intro",
            });
        }
        if errors.is_empty() {
            Ok(IssueDoc {
                subject: subject.to_string(),
                intro: self.intro.trim().replace("\r\n", "\n"),
                offer_ids: dedup(&self.offer_ids),
                event_ids: dedup(&self.event_ids),
                article_ids: dedup(&self.article_ids),
            })
        } else {
            Err(errors)
        }
    }
}

#[derive(Clone, Debug)]
pub struct Issue {
    pub id: i64,
    pub doc: IssueDoc,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub recipients: i64,
}

/// How long an unconfirmed subscription waits for its confirmation before it is deleted.
pub const CONFIRM_WITHIN_DAYS: i64 = 7;

/// What a new issue suggests: everything new since the last issue was sent, or of the last month
/// when there was none.
pub fn digest_since(last_sent: Option<DateTime<Utc>>, now: DateTime<Utc>) -> DateTime<Utc> {
    let month_ago = now - chrono::Duration::days(31);
    last_sent.map_or(month_ago, |t| t.max(now - chrono::Duration::days(92)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ArticleDraft {
        ArticleDraft {
            slug: "aktionswoche-2026".into(),
            kind: "campaign".into(),
            title_de: "Aktionswoche".into(),
            summary_de: "Eine Woche gegen Vorurteile.".into(),
            body_de: "Text".into(),
            publish_date: "2026-03-29".into(),
            publish_time: "09:30".into(),
            event_ids: vec![3, 3, 4],
            ..Default::default()
        }
    }

    #[test]
    fn publish_time_is_berlin_wall_clock_across_summer_time() {
        let (_, kind, at) = draft().checked(false).unwrap();
        assert_eq!(kind, ArticleKind::Campaign);
        // 29 March 2026 is the first day of summer time: 09:30 CEST = 07:30 UTC.
        assert_eq!(at.to_rfc3339(), "2026-03-29T07:30:00+00:00");
        let mut d = draft();
        d.publish_date = "28.03.2026".into();
        let (_, _, at) = d.checked(false).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-03-28T08:30:00+00:00");
    }

    #[test]
    fn a_title_gives_an_address() {
        assert_eq!(
            slug_for("Aktionstag 2027: Große Bühne für Väter & Mütter!"),
            "aktionstag-2027-grosse-buehne-fuer-vaeter-muetter"
        );
        let long = slug_for(&"Sehr langer Titel ".repeat(10));
        assert!(
            long.len() <= 60 && crate::chains::is_valid_slug(&long),
            "{long}"
        );
        assert_eq!(slug_for("!!!"), "");
    }

    #[test]
    fn an_image_needs_alt_text_and_bad_fields_are_named() {
        let errs = draft().checked(true).unwrap_err();
        assert_eq!(errs[0].field, "image_alt_de");
        let mut d = draft();
        d.slug = "Aktions Woche".into();
        d.title_de = " ".into();
        d.publish_date = "31.02.2026".into();
        d.publish_time = "25:00".into();
        let fields: Vec<_> = d
            .checked(false)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            vec!["slug", "title_de", "publish_date", "publish_time"]
        );
    }

    #[test]
    fn grouped_items_are_kept_once_in_order() {
        let (doc, _, _) = draft().checked(false).unwrap();
        assert_eq!(doc.event_ids, vec![3, 4]);
    }

    #[test]
    fn images_are_recognised_by_content() {
        // A 1×1 PNG.
        let png: &[u8] = &[
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0, 0, 0, 2, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89,
        ];
        let info = check_image(png).unwrap();
        assert_eq!(
            (info.content_type, info.width, info.height),
            ("image/png", 2, 1)
        );
        assert_eq!(
            check_image(b"<svg onload=alert(1)>"),
            Err("article-error-image-type")
        );
        let big = vec![0u8; MAX_IMAGE_BYTES + 1];
        assert_eq!(check_image(&big), Err("article-error-image-size"));
    }

    #[test]
    fn a_digest_covers_what_is_new_since_the_last_issue() {
        let now = DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(digest_since(None, now), now - chrono::Duration::days(31));
        let last = now - chrono::Duration::days(20);
        assert_eq!(digest_since(Some(last), now), last);
        let long_ago = now - chrono::Duration::days(400);
        assert_eq!(
            digest_since(Some(long_ago), now),
            now - chrono::Duration::days(92)
        );
    }
}

/// An address for an article from its title: "Aktionstag 2027: Alle sind eingeladen!" →
/// "aktionstag-2027-alle-sind-eingeladen" (umlauts spelled out, at most 60 characters).
pub fn slug_for(title: &str) -> String {
    let mut out = String::new();
    for c in title.trim().to_lowercase().chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    let mut slug = out.trim_end_matches('-').to_string();
    if slug.len() > 60 {
        slug.truncate(60);
        if let Some(cut) = slug.rfind('-') {
            slug.truncate(cut);
        }
    }
    slug
}

/// Hand-written articles (the demo): published `days_ago` days before loading; a campaign names
/// its events by German title, its offers by German name and its articles by slug.
#[derive(Debug, Deserialize)]
pub struct NewsSeed {
    #[serde(default, rename = "article")]
    pub articles: Vec<SeedArticle>,
}

#[derive(Debug, Deserialize)]
pub struct SeedArticle {
    pub slug: String,
    pub kind: ArticleKind,
    pub days_ago: i64,
    pub title: Translated,
    pub summary: Translated,
    pub body: Translated,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub offers: Vec<String>,
    #[serde(default)]
    pub articles: Vec<String>,
}
