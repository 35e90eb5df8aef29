//! Lists in running text in the page's language, with CLDR's conjunctions (ICU4X): "A, B und C" on
//! German pages, "A, B, and C" on English ones. Hand-joining with ", " and a translated "und" goes
//! wrong in the next languages (Arabic "و" is written onto the word, Polish and Russian use "i"/"и"
//! without a comma).

use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;

use crate::kit::i18n::{LANGS, Tr};

thread_local! {
    /// One formatter per interface language and thread, made once from compiled-in data.
    static AND: Vec<Option<ListFormatter>> = LANGS
        .iter()
        .map(|l| {
            let locale = Locale::try_from_str(l.icu).ok()?;
            ListFormatter::try_new_and(
                (&locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .ok()
        })
        .collect();
}

/// `items` joined with "and" in the language of `tr`.
pub fn and(tr: &Tr, items: &[String]) -> String {
    AND.with(
        |all| match all.get(tr.lang.slot()).and_then(Option::as_ref) {
            Some(f) => f.format_to_string(items.iter().map(String::as_str)),
            // Every interface language has CLDR data; this is only a fallback.
            None => items.join(", "),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::i18n::Lang;

    #[test]
    fn lists_read_as_the_language_writes_them() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let de = Tr::new(Lang::from_code("de").expect("de"));
        let en = Tr::new(Lang::from_code("en").expect("en"));
        assert_eq!(and(&de, &items(&["A", "B", "C"])), "A, B und C");
        // British English, the interface's English: no serial comma.
        assert_eq!(and(&en, &items(&["A", "B", "C"])), "A, B and C");
        let tr = Tr::new(Lang::from_code("tr").expect("tr"));
        let ru = Tr::new(Lang::from_code("ru").expect("ru"));
        assert_eq!(and(&tr, &items(&["A", "B", "C"])), "A, B ve C");
        assert_eq!(and(&ru, &items(&["A", "B", "C"])), "A, B и C");
        assert_eq!(and(&de, &items(&["A"])), "A");
        assert_eq!(and(&de, &items(&[])), "");
    }
}
