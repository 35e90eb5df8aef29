//! Content text as pages show it: in the page language where it has one, else German, and which.

use wegweiser_domain::directory::Translated;

use crate::kit::i18n::Tr;

/// Text in the page language, and the language it is actually in (for `lang` attributes).
pub struct Text {
    pub text: String,
    pub lang: &'static str,
}

impl Text {
    pub fn of(t: &Translated, tr: &Tr) -> Text {
        Text {
            text: t.get(tr.lang.code).to_string(),
            lang: Text::lang_of(t, tr),
        }
    }
    /// The language `t` is shown in on a page in `tr`'s language (its tag, or German).
    pub fn lang_of(t: &Translated, tr: &Tr) -> &'static str {
        if t.has(tr.lang.code) {
            tr.lang.tag
        } else {
            "de"
        }
    }
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Templates write a `Text` as its text (its `lang` goes into an attribute).
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}
