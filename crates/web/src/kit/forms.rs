//! The form kit: reading submitted fields, drawing back-office fields with their messages, choices
//! for selects, and the page a form answers with.

use serde::Deserialize;
use wegweiser_domain::editorial::FieldError;

use crate::kit::i18n::Tr;

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
