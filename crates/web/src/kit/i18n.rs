//! User-facing text: Fluent locale files (German first), language negotiation, text direction.

use std::borrow::Cow;
use std::collections::HashMap;

use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "de",
        // Templates isolate user content themselves (<bdi>); Fluent's marks would break plain text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the interface is offered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang {
    pub code: &'static str,
    /// The language's name in itself, for the language switcher.
    pub native: &'static str,
    pub rtl: bool,
}

pub const LANGS: &[Lang] = &[
    Lang {
        code: "de",
        native: "Deutsch",
        rtl: false,
    },
    Lang {
        code: "en",
        native: "English",
        rtl: false,
    },
];

pub const DEFAULT: Lang = LANGS[0];
pub const COOKIE_NAME: &str = "lang";

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        LANGS.iter().copied().find(|l| l.code == primary)
    }
    pub fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
    fn id(&self) -> LanguageIdentifier {
        self.code.parse().unwrap_or_default()
    }
}

/// `?lang=` first, then the cookie, then Accept-Language, then German.
pub fn negotiate(query_lang: Option<&str>, headers: &HeaderMap) -> Lang {
    if let Some(l) = query_lang.and_then(Lang::from_code) {
        return l;
    }
    if let Some(l) = cookie(headers, COOKIE_NAME).and_then(|c| Lang::from_code(&c)) {
        return l;
    }
    if let Some(al) = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) {
        let mut prefs: Vec<(f32, &str)> = al
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some((q, tag))
            })
            .collect();
        prefs.sort_by(|a, b| b.0.total_cmp(&a.0));
        // q=0 means "not this one" (RFC 9110 § 12.4.2), not "last choice".
        if let Some(l) = prefs
            .iter()
            .filter(|(q, _)| *q > 0.0)
            .find_map(|(_, t)| Lang::from_code(t))
        {
            return l;
        }
        let refused = |l: &Lang| {
            prefs
                .iter()
                .any(|(q, t)| *q <= 0.0 && Lang::from_code(t).is_some_and(|r| r.code == l.code))
        };
        if refused(&DEFAULT)
            && let Some(l) = LANGS.iter().find(|l| !refused(l))
        {
            return *l;
        }
    }
    DEFAULT
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == name).then(|| v.to_string())
        })
}

type MessageCache = std::sync::RwLock<HashMap<String, String>>;
static MESSAGE_CACHE: std::sync::LazyLock<Vec<MessageCache>> =
    std::sync::LazyLock::new(|| LANGS.iter().map(|_| MessageCache::default()).collect());

/// Translator for one language, handed to templates.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Tr { lang }
    }

    /// A message without arguments. These never change while the binary runs, so each is formatted
    /// once per language and then served from memory (a page needs a few hundred of them).
    pub fn t(&self, key: &str) -> String {
        let slot = LANGS
            .iter()
            .position(|l| l.code == self.lang.code)
            .unwrap_or(0);
        if let Ok(cache) = MESSAGE_CACHE[slot].read()
            && let Some(text) = cache.get(key)
        {
            return text.clone();
        }
        let text = LOCALES.lookup(&self.lang.id(), key);
        if let Ok(mut cache) = MESSAGE_CACHE[slot].write() {
            cache.insert(key.to_string(), text.clone());
        }
        text
    }

    fn with(&self, key: &str, args: Vec<(&'static str, FluentValue<'static>)>) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect();
        LOCALES.lookup_with_args(&self.lang.id(), key, &map)
    }

    /// A message with one numeric argument (plural rules apply).
    pub fn n(
        &self,
        key: &str,
        name: &'static str,
        value: impl std::borrow::Borrow<usize>,
    ) -> String {
        self.with(key, vec![(name, FluentValue::from(*value.borrow()))])
    }

    /// A message with one text argument.
    pub fn s(&self, key: &str, name: &'static str, value: &str) -> String {
        self.with(key, vec![(name, FluentValue::from(value.to_string()))])
    }

    /// A message with two text arguments.
    pub fn s2(&self, key: &str, a: (&'static str, &str), b: (&'static str, &str)) -> String {
        self.with(
            key,
            vec![
                (a.0, FluentValue::from(a.1.to_string())),
                (b.0, FluentValue::from(b.1.to_string())),
            ],
        )
    }

    /// A message with any number of text arguments.
    pub fn with_args(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        self.with(
            key,
            args.iter()
                .map(|(k, v)| (*k, FluentValue::from(v.to_string())))
                .collect(),
        )
    }

    /// Whether a message without variables exists (one with variables fails to format bare).
    pub fn has(&self, key: &str) -> bool {
        LOCALES.try_lookup(&self.lang.id(), key).is_some()
    }
}

/// Labels of the fixed vocabularies (target groups, spoken languages) in every interface language,
/// by code, so that a search for "Arabisch" or "fathers" finds the offers carrying that code.
pub fn vocabulary_labels() -> std::collections::HashMap<String, Vec<String>> {
    use wegweiser_domain::directory::{SPOKEN_LANGUAGES, TARGET_GROUPS};
    let mut map = std::collections::HashMap::new();
    let keys = TARGET_GROUPS
        .iter()
        .map(|g| (g.to_string(), format!("group-{g}")))
        .chain(
            SPOKEN_LANGUAGES
                .iter()
                .map(|l| (l.to_string(), format!("spoken-{l}"))),
        );
    for (code, key) in keys {
        let labels: Vec<String> = LANGS.iter().map(|l| Tr::new(*l).t(&key)).collect();
        map.insert(code, labels);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every file below `dir`, in subfolders too (templates and locales are sorted by area).
    fn files_below(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = vec![];
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(files_below(&path));
            } else {
                out.push(path);
            }
        }
        out
    }

    #[test]
    fn files_in_subfolders_are_found() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let files = files_below(&src);
        assert!(files.iter().any(|f| f.ends_with("i18n.rs")));
        assert!(files.iter().all(|f| f.is_file()));
    }

    /// Every message defined in a language's files (one file per area), with the file it is in.
    fn definitions(lang: &str) -> Vec<(String, std::path::PathBuf)> {
        let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut out = vec![];
        for path in files_below(std::path::Path::new(&dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                if let Some((k, _)) = line.split_once(" =")
                    && !k.starts_with([' ', '#', '.', '*', '['])
                    && !k.is_empty()
                {
                    out.push((k.trim().to_string(), path.clone()));
                }
            }
        }
        out
    }

    fn keys(lang: &str) -> BTreeSet<String> {
        definitions(lang).into_iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn no_message_is_defined_twice_across_the_area_files() {
        for lang in LANGS {
            let mut seen = std::collections::HashMap::new();
            for (key, file) in definitions(lang.code) {
                if let Some(first) = seen.insert(key.clone(), file.clone()) {
                    panic!(
                        "{}: {key} in {} and {}",
                        lang.code,
                        first.display(),
                        file.display()
                    );
                }
            }
            assert!(seen.len() > 500, "{}: the locale looks empty", lang.code);
        }
    }

    #[test]
    fn english_is_complete_and_has_no_extra_keys() {
        let de = keys("de");
        let en = keys("en");
        assert!(de.len() > 50, "German locale looks empty");
        let missing: Vec<_> = de.difference(&en).collect();
        let extra: Vec<_> = en.difference(&de).collect();
        assert!(missing.is_empty(), "missing in en: {missing:?}");
        assert!(extra.is_empty(), "only in en: {extra:?}");
    }

    #[test]
    fn every_key_used_in_templates_exists() {
        let de = keys("de");
        let dir = format!("{}/templates", env!("CARGO_MANIFEST_DIR"));
        let src = format!("{}/src", env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        for d in [dir, src] {
            for path in files_below(std::path::Path::new(&d)) {
                let text = std::fs::read_to_string(path).unwrap();
                for pat in [".t(\"", ".n(\"", ".s(\"", ".s2(\""] {
                    for part in text.split(pat).skip(1) {
                        let key = part.split('"').next().unwrap();
                        if !key.is_empty() && !key.contains('{') && !de.contains(key) {
                            missing.push(key.to_string());
                        }
                    }
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "keys used but not in de: {missing:?}");
    }

    #[test]
    fn every_benefit_and_its_notes_have_texts() {
        let de = keys("de");
        let benefits = [
            "kindergeld",
            "unterhaltsvorschuss",
            "kinderzuschlag",
            "wohngeld",
            "mehrbedarf",
            "entlastungsbetrag",
            "elterngeld",
            "but",
            "berlinpass",
            "kita-gutschein",
            "beistandschaft",
        ];
        for b in benefits {
            for suffix in ["", "-why", "-where"] {
                let k = format!("benefit-{b}{suffix}");
                assert!(de.contains(&k), "missing {k}");
            }
        }
        for k in [
            "benefit-unterhaltsvorschuss-note-ask",
            "benefit-kinderzuschlag-note-maintenance",
            "benefit-wohngeld-note-training",
            "benefit-elterngeld-note-no-earnings",
            "benefit-kita-gutschein-note-needs-reason",
        ] {
            assert!(de.contains(k), "missing {k}");
        }
        assert!(Tr::new(LANGS[0]).has("chain-field-slug-hint"));
        assert!(!Tr::new(LANGS[0]).has("chain-field-title-de-hint"));
    }

    #[test]
    fn negotiation_order() {
        let mut h = HeaderMap::new();
        h.insert(
            ACCEPT_LANGUAGE,
            "fr;q=0.9, en-GB;q=0.8, de;q=0.5".parse().unwrap(),
        );
        assert_eq!(negotiate(None, &h).code, "en");
        h.insert(COOKIE, "x=1; lang=de".parse().unwrap());
        assert_eq!(negotiate(None, &h).code, "de");
        assert_eq!(negotiate(Some("en"), &h).code, "en");
        assert_eq!(negotiate(Some("xx"), &h).code, "de");
        assert_eq!(negotiate(None, &HeaderMap::new()).code, "de");
        // q=0 refuses a language instead of ranking it last.
        for (header, lang) in [
            ("de;q=0, en;q=0.1", "en"),
            ("en;q=0, de;q=0.1", "de"),
            ("de;q=0", "en"),
            ("en;q=0", "de"),
            ("de-DE;q=0.0, fr", "en"),
        ] {
            let mut h = HeaderMap::new();
            h.insert(ACCEPT_LANGUAGE, header.parse().unwrap());
            assert_eq!(negotiate(None, &h).code, lang, "{header}");
        }
    }

    #[test]
    fn lookups_work_in_both_languages() {
        assert_eq!(Tr::new(LANGS[0]).t("nav-search"), "Angebote suchen");
        assert_eq!(Tr::new(LANGS[1]).t("nav-search"), "Find support");
        assert_eq!(
            Tr::new(LANGS[1]).n("results-count", "count", 1),
            "1 offer found"
        );
    }
}
