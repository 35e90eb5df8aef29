//! The office's own pages that a public body's website must have: Impressum (§ 5 DDG),
//! Datenschutzerklärung (Art. 13 DSGVO), Erklärung zur Barrierefreiheit (BITV 2.0 § 7) and
//! "Über uns / Kontakt". Their texts are Markdown, written by the coordinator.

use serde::{Deserialize, Serialize};

use crate::directory::Translated;
use crate::editorial::{FieldError, SentTranslations};

/// One of the office's own pages; the slug is its public address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SitePage {
    About,
    Impressum,
    Privacy,
    Accessibility,
}

impl SitePage {
    pub const ALL: [SitePage; 4] = [
        SitePage::About,
        SitePage::Impressum,
        SitePage::Privacy,
        SitePage::Accessibility,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SitePage::About => "ueber-uns",
            SitePage::Impressum => "impressum",
            SitePage::Privacy => "datenschutz",
            SitePage::Accessibility => "barrierefreiheit",
        }
    }

    pub fn from_slug(slug: &str) -> Option<SitePage> {
        SitePage::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// What a page says, in German and (optionally) English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageDoc {
    pub title: Translated,
    pub body: Translated,
}

impl PageDoc {
    /// The texts translators work on, by field.
    pub fn texts(&self) -> [(&'static str, &Translated); 2] {
        [("title", &self.title), ("body", &self.body)]
    }

    /// The texts revised against `before` (the stored page) by the translations the form carried.
    pub fn with_translations(mut self, before: Option<&PageDoc>, more: &SentTranslations) -> Self {
        let empty = Translated::default();
        self.title = more.revise("title", before.map_or(&empty, |b| &b.title), &self.title);
        self.body = more.revise("body", before.map_or(&empty, |b| &b.body), &self.body);
        self
    }
}

/// The editor's form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct PageDraft {
    #[serde(default)]
    pub title_de: String,
    #[serde(default)]
    pub title_en: String,
    #[serde(default)]
    pub body_de: String,
    #[serde(default)]
    pub body_en: String,
    /// The heading and text in the further languages.
    #[serde(skip)]
    pub more: SentTranslations,
}

const MAX_TITLE: usize = 120;
/// A long privacy statement fits easily; a pasted book does not.
const MAX_BODY: usize = 60_000;

impl PageDraft {
    pub fn from_doc(d: &PageDoc) -> PageDraft {
        let en = |t: &Translated| t.other.get("en").cloned().unwrap_or_default();
        PageDraft {
            title_de: d.title.de.clone(),
            title_en: en(&d.title),
            body_de: d.body.de.clone(),
            body_en: en(&d.body),
            more: SentTranslations::from_stored(d.texts()),
        }
    }

    /// The page to save, or the fields that need another look (German is required: it is the
    /// office's language; English is shown where given).
    pub fn checked(&self) -> Result<PageDoc, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field: &'static str, message: &'static str| {
            errors.push(FieldError { field, message });
        };
        let (title_de, title_en) = (self.title_de.trim(), self.title_en.trim());
        let (body_de, body_en) = (self.body_de.trim(), self.body_en.trim());
        if title_de.is_empty() {
            err("title_de", "page-error-title-missing");
        }
        for (field, t) in [("title_de", title_de), ("title_en", title_en)] {
            if t.chars().count() > MAX_TITLE {
                err(field, "page-error-title-long");
            }
        }
        if body_de.is_empty() {
            err("body_de", "page-error-body-missing");
        }
        for (field, b) in [("body_de", body_de), ("body_en", body_en)] {
            if b.chars().count() > MAX_BODY {
                err(field, "page-error-body-long");
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(PageDoc {
            title: Translated::with_en(title_de, title_en),
            body: Translated::with_en(body_de, body_en),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_an_address_and_is_found_by_it() {
        for p in SitePage::ALL {
            assert_eq!(SitePage::from_slug(p.slug()), Some(p));
        }
        assert_eq!(SitePage::from_slug("agb"), None);
    }

    #[test]
    fn german_is_required_and_lengths_are_bounded() {
        let empty = PageDraft::default().checked().unwrap_err();
        let fields: Vec<&str> = empty.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title_de", "body_de"]);
        let long = PageDraft {
            title_de: "I".repeat(121),
            body_de: "x".repeat(60_001),
            ..Default::default()
        }
        .checked()
        .unwrap_err();
        assert_eq!(long.len(), 2);
        let ok = PageDraft {
            title_de: " Impressum ".into(),
            body_de: "Angaben gemäß § 5 DDG".into(),
            ..Default::default()
        }
        .checked()
        .unwrap();
        assert_eq!(ok.title.de, "Impressum");
        assert!(!ok.title.has("en"));
    }
}
