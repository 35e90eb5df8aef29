//! User-facing text: Fluent locale files (German first), language negotiation, text direction.

use std::borrow::Cow;
use std::collections::HashMap;

use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;

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
    /// What `?lang=` and the cookie carry ("de", "tr", "de-ls").
    pub code: &'static str,
    /// BCP 47 tag for `lang` and `hreflang` attributes ("de-x-ls" for Leichte Sprache, which has
    /// no registered subtag).
    pub tag: &'static str,
    /// The language's name in itself, for the language switcher.
    pub native: &'static str,
    pub rtl: bool,
    /// Locale for CLDR formatting (ICU4X). Arabic keeps Latin digits: addresses, phone numbers
    /// and opening hours on the same page are written with them.
    pub icu: &'static str,
    /// Open Graph locale (`og:locale`).
    pub og: &'static str,
    /// The folder of its Fluent files (a variant subtag for Leichte Sprache).
    fluent: &'static str,
    /// Whether the back office is written in it too; otherwise back-office pages are English.
    pub office: bool,
    /// Leichte Sprache: own texts for the core journeys, standard German everywhere else.
    pub easy: bool,
}

const fn lang(
    code: &'static str,
    native: &'static str,
    icu: &'static str,
    og: &'static str,
) -> Lang {
    Lang {
        code,
        tag: code,
        native,
        rtl: false,
        icu,
        og,
        fluent: code,
        office: false,
        easy: false,
    }
}

/// German and English first (the office's languages, with the back office), then the district's
/// largest communities, then Leichte Sprache.
pub const LANGS: &[Lang] = &[
    Lang {
        office: true,
        ..lang("de", "Deutsch", "de", "de_DE")
    },
    Lang {
        office: true,
        ..lang("en", "English", "en-GB", "en_GB")
    },
    lang("tr", "Türkçe", "tr", "tr_TR"),
    Lang {
        rtl: true,
        ..lang("ar", "العربية", "ar-u-nu-latn", "ar_AR")
    },
    lang("ru", "Русский", "ru", "ru_RU"),
    lang("uk", "Українська", "uk", "uk_UA"),
    lang("vi", "Tiếng Việt", "vi", "vi_VN"),
    lang("pl", "Polski", "pl", "pl_PL"),
    Lang {
        tag: "de-x-ls",
        fluent: "de-leicht",
        easy: true,
        ..lang("de-ls", "Leichte Sprache", "de", "de_DE")
    },
];

pub const DEFAULT: Lang = LANGS[0];
pub const ENGLISH: Lang = LANGS[1];
pub const COOKIE_NAME: &str = "lang";

/// Paths of the back office (staff, AG members, companies' own pages), written in German and
/// English only.
const OFFICE_PATHS: &[&str] = &["/verwaltung", "/ag", "/arbeitgeber/konto"];

/// Pages of the core journeys, written in Leichte Sprache too: home, search and an offer,
/// emergency, the chains, the benefits check. Elsewhere Leichte Sprache shows standard German
/// with a notice.
pub fn has_easy_texts(path: &str) -> bool {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        [""] | ["angebote"] | ["notfall"] | ["wege"] | ["leistungs-check"] => true,
        ["angebote", id] => id.parse::<i64>().is_ok(),
        ["wege", _slug] => true,
        _ => false,
    }
}

pub fn is_office_path(path: &str) -> bool {
    OFFICE_PATHS.iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

impl Lang {
    /// A language from `?lang=`, the cookie or an Accept-Language tag: Leichte Sprache by its
    /// own codes, any other by its primary subtag ("pl-PL" is Polish).
    /// The language a stored code names (an account's, a registration's), German for one this
    /// version does not know.
    pub fn stored(code: &str) -> Lang {
        Lang::from_code(code).unwrap_or(DEFAULT)
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if matches!(
            code.as_str(),
            "de-ls" | "de-x-ls" | "ls" | "leichte-sprache"
        ) {
            return LANGS.iter().copied().find(|l| l.easy);
        }
        let primary = code.split(['-', '_']).next().unwrap_or("");
        LANGS.iter().copied().find(|l| !l.easy && l.code == primary)
    }
    pub fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
    /// Its position in `LANGS`, for per-language tables (messages, formatters).
    pub(crate) fn slot(&self) -> usize {
        LANGS.iter().position(|l| l.code == self.code).unwrap_or(0)
    }
    /// The language a page at `path` is shown in: back-office pages fall back to English for
    /// languages the back office is not written in.
    pub fn for_path(self, path: &str) -> Lang {
        if !self.office && !self.easy && is_office_path(path) {
            ENGLISH
        } else {
            self
        }
    }
}

fn fluent_id(code: &str) -> LanguageIdentifier {
    code.parse().unwrap_or_default()
}

/// Where a message is looked up, in order: the language itself; then English for the other
/// full languages (their back-office messages); then German, the office's language and the
/// fallback of Leichte Sprache.
static CHAINS: std::sync::LazyLock<Vec<Vec<LanguageIdentifier>>> = std::sync::LazyLock::new(|| {
    LANGS
        .iter()
        .map(|l| {
            let mut chain = vec![fluent_id(l.fluent)];
            if !l.office && !l.easy {
                chain.push(fluent_id(ENGLISH.fluent));
            }
            if l.code != DEFAULT.code {
                chain.push(fluent_id(DEFAULT.fluent));
            }
            chain
        })
        .collect()
});

/// `?lang=` first, then the cookie, then Accept-Language (q-values honoured), then German.
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
        // A stable sort: equal q-values keep the order the browser sent.
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
            && let Some(l) = LANGS.iter().find(|l| !l.easy && !refused(l))
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

/// A message missing in a language's own files: counted for the metrics, and logged once per
/// message and language.
fn missing(lang: Lang, key: &str) {
    metrics::counter!("wegweiser_missing_messages_total", "lang" => lang.code).increment(1);
    warn_once(&format!("missing:{}:{key}", lang.code), || {
        tracing::warn!(lang = lang.code, key, "message missing in this language");
    });
}

/// A message formatted without the arguments it needs (logged once per message).
fn misused(key: &str) {
    warn_once(&format!("misused:{key}"), || {
        tracing::warn!(key, "message formatted without its arguments");
    });
}

/// Runs `warn` the first time `what` is seen; at most a few hundred lines, however often a page
/// is asked for.
fn warn_once(what: &str, warn: impl FnOnce()) {
    static SEEN: std::sync::LazyLock<std::sync::Mutex<std::collections::HashSet<String>>> =
        std::sync::LazyLock::new(Default::default);
    if let Ok(mut seen) = SEEN.lock()
        && seen.len() < 500
        && seen.insert(what.to_string())
    {
        warn();
    }
}

type MessageCache = std::sync::RwLock<HashMap<String, String>>;
/// Messages with arguments as formatted (a count, a time, a name): the same ones recur on every
/// page, and Fluent's formatting was a fifth of the home page's time.
static ARG_MESSAGES: crate::kit::memo::Memo = crate::kit::memo::Memo::new(16_384);

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
        let slot = self.lang.slot();
        if let Ok(cache) = MESSAGE_CACHE[slot].read()
            && let Some(text) = cache.get(key)
        {
            return text.clone();
        }
        let text = self.lookup(key, None);
        if let Ok(mut cache) = MESSAGE_CACHE[slot].write() {
            cache.insert(key.to_string(), text.clone());
        }
        text
    }

    /// Follows the language's chain; a message its own files lack is counted
    /// (`wegweiser_missing_messages_total`) and logged once, except in Leichte Sprache, which
    /// falls back to standard German by design.
    fn lookup(
        &self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'static>>>,
    ) -> String {
        let chain = &CHAINS[self.lang.slot()];
        for (i, id) in chain.iter().enumerate() {
            match LOCALES.lookup_single_language(id, key, args) {
                Ok(text) => {
                    if i > 0 && !self.lang.easy {
                        missing(self.lang, key);
                    }
                    return text;
                }
                // The message is there but was formatted without its arguments: a mistake in
                // the code, not a gap in the translation (logged, shown as its key). The crate
                // does not export its error type, only its wording.
                Err(e) if e.to_string().starts_with("Fluent errors") => {
                    misused(key);
                    return key.to_string();
                }
                Err(_) => {}
            }
        }
        missing(self.lang, key);
        key.to_string()
    }

    fn with(&self, key: &str, args: Vec<(&'static str, FluentValue<'static>)>) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect();
        self.lookup(key, Some(&map))
    }

    /// A message with one numeric argument (plural rules apply).
    pub fn n(
        &self,
        key: &str,
        name: &'static str,
        value: impl std::borrow::Borrow<usize>,
    ) -> String {
        let value = *value.borrow();
        let memo = self.memo_key(key, &[(name, &value.to_string())]);
        ARG_MESSAGES.get_or(&memo, || {
            self.with(key, vec![(name, FluentValue::from(value))])
        })
    }

    /// What tells one formatted message from another: language, key, arguments.
    fn memo_key(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut k = String::with_capacity(48);
        k.push_str(self.lang.code);
        k.push('\u{1}');
        k.push_str(key);
        for (name, value) in args {
            k.push('\u{1}');
            k.push_str(name);
            k.push('\u{2}');
            k.push_str(value);
        }
        k
    }

    /// A message with one text argument.
    pub fn s(&self, key: &str, name: &'static str, value: &str) -> String {
        self.with_args(key, &[(name, value)])
    }

    /// A message with two text arguments.
    pub fn s2(&self, key: &str, a: (&'static str, &str), b: (&'static str, &str)) -> String {
        self.with_args(key, &[a, b])
    }

    /// A message with any number of text arguments.
    pub fn with_args(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        ARG_MESSAGES.get_or(&self.memo_key(key, args), || {
            self.with(
                key,
                args.iter()
                    .map(|(k, v)| (*k, FluentValue::from(v.to_string())))
                    .collect(),
            )
        })
    }

    /// Whether a message without variables exists (one with variables fails to format bare).
    pub fn has(&self, key: &str) -> bool {
        CHAINS[self.lang.slot()].iter().any(|id| {
            LOCALES
                .lookup_single_language::<&str>(id, key, None)
                .is_ok()
        })
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
        // Each label once: Leichte Sprache and some languages share a word with German.
        let mut labels: Vec<String> = Vec::new();
        for l in LANGS {
            let label = Tr::new(*l).t(&key);
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
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

    /// Every message defined in a language's files (one file per area; back-office messages in
    /// `office/`), with the file it is in and its text.
    fn messages(dir: &str) -> Vec<(String, std::path::PathBuf, String)> {
        let dir = format!("{}/locales/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut out: Vec<(String, std::path::PathBuf, String)> = vec![];
        let Ok(_) = std::fs::read_dir(&dir) else {
            return out;
        };
        for path in files_below(std::path::Path::new(&dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                if let Some((k, v)) = line.split_once(" =")
                    && !k.starts_with([' ', '#', '.', '*', '[', '}'])
                    && !k.is_empty()
                {
                    out.push((k.trim().to_string(), path.clone(), v.trim().to_string()));
                } else if let Some(last) = out.last_mut()
                    && last.1 == path
                    && (line.starts_with(' ') || line.is_empty())
                {
                    last.2.push('\n');
                    last.2.push_str(line.trim());
                }
            }
        }
        out
    }

    fn definitions(lang: &str) -> Vec<(String, std::path::PathBuf)> {
        messages(lang).into_iter().map(|(k, p, _)| (k, p)).collect()
    }

    fn keys(lang: &str) -> BTreeSet<String> {
        definitions(lang).into_iter().map(|(k, _)| k).collect()
    }

    /// German messages outside `office/`: what every language must have.
    fn public_keys() -> BTreeSet<String> {
        definitions("de")
            .into_iter()
            .filter(|(_, p)| !p.components().any(|c| c.as_os_str() == "office"))
            .map(|(k, _)| k)
            .collect()
    }

    #[test]
    fn no_message_is_defined_twice_across_the_area_files() {
        for lang in LANGS {
            let mut seen = std::collections::HashMap::new();
            for (key, file) in definitions(lang.fluent) {
                if let Some(first) = seen.insert(key.clone(), file.clone()) {
                    panic!(
                        "{}: {key} in {} and {}",
                        lang.code,
                        first.display(),
                        file.display()
                    );
                }
            }
            if lang.easy {
                continue;
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
    fn every_language_has_every_public_message_and_nothing_else() {
        let de = keys("de");
        let public = public_keys();
        assert!(
            public.len() > 500,
            "too few public messages: {}",
            public.len()
        );
        for lang in LANGS.iter().filter(|l| !l.office) {
            let own = keys(lang.fluent);
            let extra: Vec<_> = own.difference(&de).collect();
            assert!(extra.is_empty(), "{}: not in German: {extra:?}", lang.code);
            if lang.easy {
                continue;
            }
            let missing: Vec<_> = public.difference(&own).collect();
            assert!(
                missing.is_empty(),
                "{}: {} public messages missing: {missing:?}",
                lang.code,
                missing.len()
            );
        }
    }

    /// A translated message equal to German is almost always one nobody translated. Allowed:
    /// messages without words (placeables, numbers, signs) and names that stay German in
    /// every language (the office's and places' names, German terms a parent must recognise at
    /// the counter, explained beside them).
    #[test]
    fn no_translated_message_is_left_german() {
        const SAME_EVERYWHERE: &[&str] = &[
            "site-name",
            "quick-exit-key",
            // Names of sources, tickets and the office, which stay as they are printed.
            "map-source",
            "chain-poster-footer",
            "benefit-berlinpass",
        ];
        // Words that are the same in German and that language.
        const SAME_IN: &[(&str, &str)] = &[
            ("tr", "events-view-list"),
            ("tr", "label-phone"),
            ("tr", "slip-phone"),
            ("pl", "register-day"),
            ("pl", "label-phone"),
            ("pl", "label-website"),
            ("pl", "contact-heading"),
            ("pl", "slip-phone"),
            ("pl", "newsletter-title"),
            ("pl", "newsletter-admin-title"),
            ("pl", "tandem-interest-sport"),
            ("pl", "groups-online"),
            ("pl", "employers-sector-retail"),
        ];
        let german: std::collections::HashMap<String, String> =
            messages("de").into_iter().map(|(k, _, v)| (k, v)).collect();
        for lang in LANGS.iter().filter(|l| !l.office && !l.easy) {
            let mut same = vec![];
            for (key, _, text) in messages(lang.fluent) {
                let words = text
                    .split(['{', '}'])
                    .step_by(2)
                    .flat_map(|part| part.split(|c: char| !c.is_alphabetic()))
                    .filter(|w| w.chars().count() > 2)
                    .count();
                if words > 0
                    && german.get(&key) == Some(&text)
                    && !SAME_EVERYWHERE.contains(&key.as_str())
                    && !SAME_IN.contains(&(lang.code, key.as_str()))
                {
                    same.push(key);
                }
            }
            assert!(same.is_empty(), "{}: left in German: {same:?}", lang.code);
        }
    }

    /// Russian, Ukrainian and Polish have forms for one, few and many; Arabic for zero, one, two,
    /// few, many and other. A count message must offer each, or "5 предложение" appears.
    #[test]
    fn count_messages_have_every_plural_form_of_their_language() {
        let german: std::collections::HashMap<String, String> =
            messages("de").into_iter().map(|(k, _, v)| (k, v)).collect();
        for (code, forms) in [
            ("ru", &["[one]", "[few]", "[many]"][..]),
            ("uk", &["[one]", "[few]", "[many]"][..]),
            ("pl", &["[one]", "[few]", "[many]"][..]),
            ("ar", &["[zero]", "[one]", "[two]", "[few]", "[many]"][..]),
        ] {
            for (key, _, text) in messages(code) {
                let plural_in_german = german.get(&key).is_some_and(|g| g.contains("[one]"));
                if plural_in_german {
                    for form in forms {
                        assert!(text.contains(form), "{code}: {key} lacks {form}");
                    }
                }
            }
        }
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
        // Every interface language by its primary subtag, the highest q-value first.
        for (header, lang) in [
            ("tr-TR,tr;q=0.9,de;q=0.5", "tr"),
            ("de;q=0.4, ar-SY;q=0.8", "ar"),
            ("vi", "vi"),
            ("ru-RU, uk;q=0.9", "ru"),
            ("fr, uk;q=0.3, en;q=0.2", "uk"),
            ("pl-PL;q=0.7, en;q=0.9", "en"),
        ] {
            let mut h = HeaderMap::new();
            h.insert(ACCEPT_LANGUAGE, header.parse().unwrap());
            assert_eq!(negotiate(None, &h).code, lang, "{header}");
        }
        for code in ["de-ls", "de-x-ls", "ls"] {
            assert!(negotiate(Some(code), &HeaderMap::new()).easy, "{code}");
        }
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
    fn ordinals_agree_with_the_weekday_where_the_language_needs_it() {
        let ru = Tr::new(Lang::from_code("ru").unwrap());
        let args = |weekday: &'static str, day: &'static str| {
            [
                ("nth", "второй"),
                ("day", day),
                ("time", "10:00"),
                ("weekday", weekday),
                ("position", "second"),
            ]
        };
        assert_eq!(
            ru.with_args("events-every-month", &args("wednesday", "среда")),
            "Ежемесячно: вторая среда месяца, в 10:00"
        );
        assert_eq!(
            ru.with_args("events-every-month", &args("tuesday", "вторник")),
            "Ежемесячно: второй вторник месяца, в 10:00"
        );
        // Plural forms: 1, 3 and 5 offers take three different words in Russian.
        let forms: Vec<String> = [1usize, 3, 5]
            .iter()
            .map(|n| ru.n("results-count", "count", n))
            .collect();
        assert_eq!(
            forms,
            [
                "Найдено 1 предложение",
                "Найдено 3 предложения",
                "Найдено 5 предложений"
            ]
        );
    }

    #[test]
    fn back_office_pages_are_english_for_languages_without_office_texts() {
        let tr = Lang::from_code("tr").unwrap();
        assert_eq!(tr.for_path("/verwaltung/angebote").code, "en");
        assert_eq!(tr.for_path("/ag").code, "en");
        assert_eq!(tr.for_path("/angebote").code, "tr");
        assert_eq!(tr.for_path("/agenda").code, "tr");
        assert_eq!(DEFAULT.for_path("/verwaltung").code, "de");
    }

    #[test]
    fn the_core_journeys_have_easy_texts() {
        for path in [
            "/",
            "/angebote",
            "/angebote/35",
            "/notfall",
            "/wege",
            "/wege/kita-platz",
        ] {
            assert!(has_easy_texts(path), "{path}");
        }
        for path in [
            "/angebote/35/druck",
            "/veranstaltungen",
            "/tandem",
            "/wege/kita-platz/drucken",
        ] {
            assert!(!has_easy_texts(path), "{path}");
        }
    }

    #[test]
    fn leichte_sprache_falls_back_to_standard_german() {
        let ls = Tr::new(Lang::from_code("de-ls").unwrap());
        let de = Tr::new(DEFAULT);
        assert_eq!(ls.t("footer-link-impressum"), de.t("footer-link-impressum"));
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
