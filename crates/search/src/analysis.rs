//! German text preparation shared by indexing and querying: spelling folds, stop words, compound parts.

use std::collections::HashSet;

/// Lower-cases and folds German spellings so that "Mühle", "Muehle" and "Muhle" meet, and
/// "Straße" meets "Strasse". Everything that is not a letter or digit becomes a space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => out.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' => out.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    // "ae/oe/ue" are how umlauts are typed without them; the same fold on both sides keeps them equal.
    out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

/// The folded words of a text.
pub fn words(s: &str) -> Vec<String> {
    fold(s).split_whitespace().map(str::to_string).collect()
}

/// German function words that carry no meaning for a search (already folded).
pub const STOP_WORDS: &[&str] = &[
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "das", "dass", "de",
    "dem", "den", "der", "des", "die", "du", "ein", "eine", "einem", "einen", "einer", "eines",
    "er", "es", "fur", "hat", "ich", "ihr", "im", "in", "ist", "ja", "kann", "mein", "meine",
    "mit", "nach", "nicht", "noch", "oder", "sich", "sie", "sind", "so", "um", "und", "uber",
    "vom", "von", "vor", "was", "wie", "wir", "wo", "zu", "zum", "zur", "the", "and", "for", "of",
    "a", "an", "to", "with", "my", "i",
];

pub fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.contains(&w)
}

/// Word parts that make up the compounds of this field (folded). Together with the standalone words of
/// the directory itself they let "Betreuung" find "Kinderbetreuung" and "Unterhalt" find
/// "Unterhaltsvorschuss".
const PARTS: &[&str] = &[
    "arbeit",
    "ausbildung",
    "beratung",
    "betreuung",
    "bildung",
    "eltern",
    "erziehung",
    "familie",
    "familien",
    "frau",
    "frauen",
    "geld",
    "gewalt",
    "hilfe",
    "kind",
    "kinder",
    "kita",
    "krise",
    "leistung",
    "mutter",
    "miete",
    "not",
    "recht",
    "schuld",
    "schulden",
    "schutz",
    "schwangerschaft",
    "sorge",
    "sozial",
    "stelle",
    "teilzeit",
    "trennung",
    "unterhalt",
    "vater",
    "vorschuss",
    "wohnung",
    "wohnungs",
    "zentrum",
    "zuschlag",
    "geburt",
    "gutschein",
    "amt",
    "telefon",
    "treff",
    "cafe",
    "gruppe",
    "kurs",
    "jugend",
    "schwanger",
    "konflikt",
    "pflege",
    "wohn",
    "allein",
    "erziehende",
    "alleinerziehende",
    "tages",
    "tagespflege",
    "stadtteil",
    "nachbarschaft",
    "gesundheit",
    "umgang",
    "scheidung",
    "bewerbung",
    "beruf",
    "tafel",
    "essen",
    "spiel",
    "hort",
    "schule",
    "ferien",
    "zeit",
    "rand",
    "notfall",
    "hotline",
    "telefonseelsorge",
    "seelsorge",
    "hebamme",
    "baby",
    "kur",
];

/// Dictionary for splitting compounds: shipped parts plus the directory's own words.
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    words: HashSet<String>,
}

const MIN_PART: usize = 4;
const LINKS: &[&str] = &["", "s", "es", "n", "en", "e"];

impl Dictionary {
    pub fn new() -> Self {
        Dictionary {
            words: PARTS.iter().map(|s| fold(s).trim().to_string()).collect(),
        }
    }

    /// Adds the standalone words of a text (so the directory's vocabulary becomes known parts).
    pub fn learn(&mut self, text: &str) {
        for w in words(text) {
            if w.chars().count() >= MIN_PART
                && w.chars().count() <= 12
                && !w.chars().any(|c| c.is_ascii_digit())
            {
                self.words.insert(w);
            }
        }
    }

    /// The known words a compound is made of: its leading and trailing parts (with German linking
    /// elements between them). The word itself is not repeated.
    pub fn parts(&self, word: &str) -> Vec<String> {
        let chars: Vec<char> = word.chars().collect();
        let n = chars.len();
        let mut out = Vec::new();
        if n < MIN_PART * 2 {
            return out;
        }
        for split in MIN_PART..=(n - MIN_PART) {
            let head: String = chars[..split].iter().collect();
            let tail: String = chars[split..].iter().collect();
            if self.words.contains(&tail) && tail != word {
                // The modifier may carry a linking element: "Unterhalts|vorschuss".
                for link in LINKS {
                    if let Some(stem) = head.strip_suffix(link)
                        && stem.chars().count() >= MIN_PART
                        && self.words.contains(stem)
                    {
                        out.push(stem.to_string());
                        break;
                    }
                }
                out.push(tail);
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Every compound part of every word of a text, as one string for an index field.
    pub fn parts_of_text(&self, text: &str) -> String {
        let mut out = String::new();
        for w in words(text) {
            for p in self.parts(&w) {
                out.push_str(&p);
                out.push(' ');
            }
        }
        out
    }
}

/// Levenshtein distance with transpositions counted as one edit (optimal string alignment).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// How many edits a query word may be away from an indexed word: none for short words.
pub fn typo_budget(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_spellings_meet() {
        assert_eq!(fold("Mühle"), fold("Muehle"));
        assert_eq!(fold("Mühle"), fold("Muhle"));
        assert_eq!(fold("Straße"), fold("Strasse"));
        assert_eq!(fold("<script>"), " script ");
    }

    #[test]
    fn compounds_split_into_known_parts() {
        let d = Dictionary::new();
        assert_eq!(d.parts("kinderbetreuung"), ["betreuung", "kinder"]);
        assert_eq!(d.parts("unterhaltsvorschuss"), ["unterhalt", "vorschuss"]);
        assert!(
            d.parts("schwangerschaftsberatung")
                .contains(&"beratung".to_string())
        );
        assert!(
            d.parts("schwangerschaftsberatung")
                .contains(&"schwangerschaft".to_string())
        );
        assert!(d.parts("beratung").is_empty());
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("kinderbetreung", "kinderbetreuung"), 1);
        assert_eq!(edit_distance("beratnug", "beratung"), 1);
        assert_eq!(edit_distance("kita", "kita"), 0);
        assert_eq!(typo_budget("kita"), 0);
        assert_eq!(typo_budget("beratung"), 1);
        assert_eq!(typo_budget("schwangerschaftsberatng"), 2);
    }
}
