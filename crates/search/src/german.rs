//! The German word model of the search, from maintained sources instead of a hand-made list:
//! which words are German and which are nouns (Debian's `wngerman` word list and the stems of
//! `hunspell-de-de`, both igerman98 by Björn Jacke, GPL-2+; folded and built into finite-state
//! sets by `build.rs`) and where a word may be split
//! (the Knuth–Liang hyphenation patterns for German in reformed spelling, `hyph-de-1996` of TeX's
//! hyph-utf8, MIT; as compiled by the `hyphenation` crate, shipped in `data/`). Lucene's
//! `HyphenationCompoundWordTokenFilter` combines the same two.

use std::sync::LazyLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

static WORDS: LazyLock<Option<fst::Set<&'static [u8]>>> = LazyLock::new(|| {
    fst::Set::new(&include_bytes!(concat!(env!("OUT_DIR"), "/de-words.fst"))[..]).ok()
});

static NOUNS: LazyLock<Option<fst::Set<&'static [u8]>>> = LazyLock::new(|| {
    fst::Set::new(&include_bytes!(concat!(env!("OUT_DIR"), "/de-nouns.fst"))[..]).ok()
});

static PATTERNS: LazyLock<Option<Standard>> = LazyLock::new(|| {
    let mut bytes = &include_bytes!("../data/de-1996.standard.bincode")[..];
    Standard::from_reader(Language::German1996, &mut bytes).ok()
});

/// Whether both parts of the model loaded (a unit test holds it; without them the search still
/// works, with the directory's own words only).
pub fn loaded() -> bool {
    WORDS.is_some() && NOUNS.is_some() && PATTERNS.is_some()
}

/// Whether a folded word (`analysis::fold`) is a German word form.
pub fn is_word(folded: &str) -> bool {
    WORDS.as_ref().is_some_and(|w| w.contains(folded))
}

/// Whether a folded word is a form of a German noun (the list writes them capitalised).
pub fn is_noun(folded: &str) -> bool {
    NOUNS.as_ref().is_some_and(|w| w.contains(folded))
}

/// Where a lower-case word may be hyphenated: byte offsets into it, ascending.
pub fn breaks(word: &str) -> Vec<usize> {
    match PATTERNS.as_ref() {
        Some(p) => p.hyphenate(word).breaks,
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_loads_and_knows_german_words_and_their_syllables() {
        assert!(loaded());
        for w in ["sucht", "kitaplatz", "schwangerschaft", "antrag", "kasse"] {
            assert!(is_word(w), "{w}");
        }
        assert!(!is_word("kitaplatzberatungx"));
        assert!(is_noun("platz") && is_noun("antrag") && !is_noun("gegeben"));
        // Ki-ta-platz, Un-ter-halts-vor-schuss-kas-se.
        assert!(breaks("kitaplatz").contains(&4));
        let w = "unterhaltsvorschusskasse";
        let b = breaks(w);
        assert!(b.contains(&10) && b.contains(&19), "{b:?}");
    }
}
