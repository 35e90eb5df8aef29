//! The form kit: reading submitted fields, drawing back-office fields with their messages, choices
//! for selects, and the page a form answers with.

use serde::Deserialize;
use wegweiser_domain::editorial::{FieldError, SentTranslations, TranslationMap};

use crate::kit::i18n::{LANGS, Tr};

/// A submitted form as name/value pairs, for forms whose fields repeat (checkbox lists).
pub(crate) struct FormPairs<'a>(pub &'a [(String, String)]);

impl FormPairs<'_> {
    /// The first value of a field ("" when missing).
    pub(crate) fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
    /// Every value of a repeated field that parses as `T` (ids, weekday numbers).
    pub(crate) fn parsed<T: std::str::FromStr>(&self, name: &str) -> Vec<T> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .filter_map(|(_, v)| v.parse().ok())
            .collect()
    }
    /// What the form carried of a document's texts `fields` in the further languages (every
    /// language but German and English, `{field}_{lang}`), and the translations confirmed.
    pub(crate) fn translations(&self, fields: &[&str]) -> SentTranslations {
        self.translations_from(2, fields)
    }
    /// What the form carried of the texts `fields` of a group or a job in every language but
    /// German (`{field}_{lang}`; their translations, English too, live in the translation table).
    pub(crate) fn all_translations(&self, fields: &[&str]) -> SentTranslations {
        self.translations_from(1, fields)
    }
    fn translations_from(&self, first: usize, fields: &[&str]) -> SentTranslations {
        let mut texts = TranslationMap::new();
        for l in LANGS.iter().skip(first) {
            let lang = texts.entry(l.code.to_string()).or_default();
            for field in fields {
                lang.insert(field.to_string(), self.get(&format!("{field}_{}", l.code)));
            }
        }
        SentTranslations {
            texts: Some(texts),
            outdated: vec![],
            confirmed: self
                .0
                .iter()
                .filter(|(k, _)| k == "confirm")
                .map(|(_, v)| v.clone())
                .collect(),
        }
    }
}

/// What a hand-drawn form was sent with and what is wrong with it, per field: its template asks
/// `sent.value("name")` and `sent.error("name")`.
#[derive(Default)]
pub(crate) struct Sent {
    pub values: Vec<(&'static str, String)>,
    pub errors: Vec<(&'static str, String)>,
}

impl Sent {
    pub(crate) fn value(&self, field: &str) -> &str {
        self.values
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, v)| v.as_str())
    }
    pub(crate) fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// One form field as the back office's field templates draw it.
pub(crate) struct Field {
    pub name: &'static str,
    pub label: String,
    /// "text", "textarea", "select" or "checks".
    pub kind: &'static str,
    pub value: String,
    pub options: Vec<(String, String)>,
    pub hint: String,
    pub error: Option<String>,
    /// A German text with its translations drawn beside it (see [`Field::translated`]).
    pub row: Option<Box<TextRow>>,
}

impl Field {
    /// For a "checks" field (a closed list, one checkbox each): whether `value` is chosen; the
    /// chosen values are kept comma-separated in `value`.
    pub(crate) fn has(&self, value: &str) -> bool {
        self.value.split(',').any(|v| v.trim() == value)
    }

    /// A field whose label is the message `{prefix}-field-{name}` (hint: the same key with
    /// `-hint`, when the locale has one) and whose error is the first of `errors` for it.
    pub(crate) fn labelled(
        tr: &Tr,
        prefix: &str,
        name: &'static str,
        kind: &'static str,
        value: &str,
        errors: &[FieldError],
    ) -> Field {
        let key = format!("{prefix}-field-{}", name.replace('_', "-"));
        Field::keyed(tr, &key, name, kind, value, errors)
    }

    /// A field whose label is the message `key` (hint: `key-hint`, when the locale has one) and
    /// whose error is the first of `errors` for it.
    pub(crate) fn keyed(
        tr: &Tr,
        key: &str,
        name: &'static str,
        kind: &'static str,
        value: &str,
        errors: &[FieldError],
    ) -> Field {
        Field::keyed_labelled(tr, key, tr.t(key), name, kind, value, errors)
    }

    /// As [`Field::keyed`], with a label formatted by the caller (a message with arguments).
    pub(crate) fn keyed_labelled(
        tr: &Tr,
        key: &str,
        label: String,
        name: &'static str,
        kind: &'static str,
        value: &str,
        errors: &[FieldError],
    ) -> Field {
        let hint = format!("{key}-hint");
        Field {
            name,
            label,
            kind,
            value: value.to_string(),
            options: vec![],
            hint: if tr.has(&hint) {
                tr.t(&hint)
            } else {
                String::new()
            },
            error: errors
                .iter()
                .find(|e| e.field == name)
                .map(|e| tr.t(e.message)),
            row: None,
        }
    }

    /// This German field of a document's text (`{base}_de`) with its translations beside it:
    /// English from its paired field, the further languages from `more` (`{base}_{lang}`), each
    /// marked outdated as `more` has it.
    pub(crate) fn translated(
        self,
        tr: &Tr,
        base: &str,
        en: &str,
        more: &SentTranslations,
    ) -> Field {
        let inputs = LANGS
            .iter()
            .skip(1)
            .map(|l| TranslationInput {
                name: format!("{base}_{}", l.code),
                label: tr.with_args(
                    "edit-translation-label",
                    &[
                        ("field", &self.label),
                        ("language", &translation_language(tr, l.code)),
                    ],
                ),
                lang: l.tag,
                value: if l.code == "en" {
                    en.to_string()
                } else {
                    more.text(l.code, base).to_string()
                },
                outdated: more.is_outdated(l.code, base),
                confirm: format!("{}:{base}", l.code),
            })
            .collect();
        Field {
            name: self.name,
            label: self.label.clone(),
            kind: self.kind,
            value: String::new(),
            options: vec![],
            hint: String::new(),
            error: None,
            row: Some(Box::new(TextRow::new(tr, self, inputs))),
        }
    }
}

impl Field {
    /// The field's message, or its German field's when it is drawn with translations: what an
    /// error summary links to.
    pub(crate) fn shown_error(&self) -> Option<&String> {
        self.error
            .as_ref()
            .or_else(|| self.row.as_ref().and_then(|r| r.german.error.as_ref()))
    }
    /// This German field of a group's or a job's text with its translations beside it, all of
    /// them (English too) from `more` (`{name}_{lang}`).
    pub(crate) fn with_translations(self, tr: &Tr, more: &SentTranslations) -> Field {
        let name = self.name;
        let en = more.text("en", name).to_string();
        self.translated(tr, name, &en, more)
    }
}

/// A translation's language as the form names it: "Türkisch", or Leichte Sprache by its name.
pub(crate) fn translation_language(tr: &Tr, code: &str) -> String {
    match crate::kit::i18n::Lang::from_code(code) {
        Some(l) if l.easy => l.native.to_string(),
        _ => tr.t(&format!("spoken-{code}")),
    }
}

/// A translation field beside its German one.
pub(crate) struct TranslationInput {
    pub(crate) name: String,
    pub(crate) label: String,
    pub(crate) lang: &'static str,
    pub(crate) value: String,
    /// Kept from before a change of the German text: public pages show German until checked.
    pub(crate) outdated: bool,
    /// The value of the "still right" checkbox: "lang:field".
    pub(crate) confirm: String,
}

/// A text field in German with its translations, side by side: English beside it, the other
/// languages folded below it (open when one of them is outdated).
pub(crate) struct TextRow {
    pub(crate) german: Field,
    pub(crate) translations: Vec<TranslationInput>,
    pub(crate) more_label: String,
    pub(crate) more_open: bool,
}

impl TextRow {
    pub(crate) fn new(tr: &Tr, german: Field, translations: Vec<TranslationInput>) -> TextRow {
        let more = || translations.iter().skip(1);
        let filled = more().filter(|t| !t.value.trim().is_empty()).count();
        TextRow {
            more_label: tr.with_args(
                "edit-more-languages",
                &[
                    ("filled", &filled.to_string()),
                    ("total", &more().count().to_string()),
                ],
            ),
            more_open: more().any(|t| t.outdated),
            german,
            translations,
        }
    }
}

/// `?gespeichert=1`: the page after a successful save says so.
#[derive(Deserialize)]
pub struct SavedQuery {
    pub(crate) gespeichert: Option<String>,
}

/// A signed-in form whose button names a decision (`entscheidung`): accept or decline, publish
/// or reject, the outcome of a report.
#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    pub(crate) csrf: String,
    #[serde(default)]
    pub(crate) entscheidung: String,
}

/// One choice of a select.
pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A translated message at one field of a page (the domain's `FieldError` names the message key).
pub struct FieldMessage {
    pub field: &'static str,
    pub message: String,
}
