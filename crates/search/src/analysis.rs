//! German text preparation shared by indexing and querying: spelling folds, stop words, compound parts.

use std::collections::{HashMap, HashSet};

pub use crate::fold::fold;

/// The folded words of a text.
pub fn words(s: &str) -> Vec<String> {
    fold(s).split_whitespace().map(str::to_string).collect()
}

/// Stored texts remembered by [`stored_words`]; past this many the memory starts afresh.
const REMEMBERED_TEXTS: usize = 4096;

static REMEMBERED: std::sync::LazyLock<
    std::sync::Mutex<HashMap<String, std::sync::Arc<[String]>>>,
> = std::sync::LazyLock::new(Default::default);

/// The folded words of a stored text (a group's or an event's, matched on every search): folding
/// them anew for each search was a fifth of a results page's time (BENCHMARKS.md, issue 21), so
/// each text's words are kept, up to [`REMEMBERED_TEXTS`] texts. Not for what visitors type.
pub fn stored_words(s: &str) -> std::sync::Arc<[String]> {
    let lock = REMEMBERED.lock();
    // A poisoned lock only means another search panicked while holding it: fold without it.
    let Ok(mut map) = lock else {
        return words(s).into();
    };
    if let Some(w) = map.get(s) {
        return w.clone();
    }
    let w: std::sync::Arc<[String]> = words(s).into();
    if map.len() >= REMEMBERED_TEXTS {
        map.clear();
    }
    map.insert(s.to_string(), w.clone());
    w
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

/// Dictionary for splitting compounds: the German word model (`german`), the shipped parts above
/// and the directory's own words (names such as "Kita" or "Elterngeld" that the word list lacks).
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    words: HashSet<String>,
    /// The directory's words it writes capitalised (nouns, mostly), beside the list's nouns.
    nouns: HashSet<String>,
    /// Pieces of each word split so far (index time sees the same words again and again).
    memo: HashMap<String, Vec<String>>,
}

/// The shortest piece of a compound, in letters ("amt", "not", "geld").
const MIN_PIECE: usize = 3;
/// The longest word that is split, in letters.
const MAX_COMPOUND: usize = 60;
/// Linking elements a modifier may carry: "Unterhalt|s|vorschuss", "Schwanger|en|beratung".
const LINKS: &[&str] = &["s", "es", "n", "en", "ens", "ns", "er", "e"];
/// Words after which a hanging hyphen continues: "Kita- und Hortplatz".
const CONJUNCTIONS: &[&str] = &["und", "oder", "bzw", "sowie"];

impl Dictionary {
    pub fn new() -> Self {
        Dictionary {
            words: PARTS.iter().map(|s| fold(s).trim().to_string()).collect(),
            nouns: HashSet::new(),
            memo: HashMap::new(),
        }
    }

    /// Adds the standalone words of a text (so the directory's vocabulary becomes known parts).
    pub fn learn(&mut self, text: &str) {
        for written in text.split(|c: char| !c.is_alphanumeric()) {
            let w = fold(written).trim().to_string();
            if w.chars().count() >= 4
                && w.chars().count() <= 30
                && !w.contains(' ')
                && !w.chars().any(|c| c.is_ascii_digit())
            {
                if written.chars().next().is_some_and(char::is_uppercase) {
                    self.nouns.insert(w.clone());
                }
                self.words.insert(w);
            }
        }
    }

    /// Whether a folded word can be the head of a compound: a noun.
    fn is_head(&self, w: &str) -> bool {
        crate::german::is_noun(w) || self.nouns.contains(w)
    }

    /// Whether a folded word is known: German, a shipped part, or the directory's own.
    pub fn knows(&self, w: &str) -> bool {
        self.words.contains(w) || crate::german::is_word(w)
    }

    /// The known word a piece stands for: itself, or (when `last` is false, so it is a modifier)
    /// itself without a linking element.
    fn piece(&self, p: &str, last: bool) -> Option<String> {
        if p.chars().count() < MIN_PIECE || is_stop_word(p) {
            return None;
        }
        // A modifier is named without its linking "s": "Unterhalts-" is "Unterhalt".
        if !last
            && let Some(stem) = p.strip_suffix('s')
            && stem.chars().count() >= MIN_PIECE
            && self.knows(stem)
        {
            return Some(stem.to_string());
        }
        if last {
            return (self.knows(p) && self.is_head(p)).then(|| p.to_string());
        }
        if self.knows(p) {
            return Some(p.to_string());
        }
        LINKS.iter().find_map(|l| {
            let stem = p.strip_suffix(l)?;
            (stem.chars().count() >= MIN_PIECE && !is_stop_word(stem) && self.knows(stem))
                .then(|| stem.to_string())
        })
    }

    /// The pieces of a folded compound, split only where German may hyphenate it, into the fewest
    /// known words: "kitaplatz" → ["kita", "platz"], "unterhaltsvorschusskasse" →
    /// ["unterhaltsvorschuss", "kasse"] (modifiers without their linking element). Empty when the
    /// word is not made of known words; the word itself is never one of its pieces.
    pub fn split(&self, word: &str) -> Vec<String> {
        self.split_written(word, None)
    }

    /// As [`Dictionary::split`], also where German may hyphenate the word as it was written
    /// (`written`, before folding): "Ämterlotse" is "Äm-ter-lot-se", its fold "amterlotse" would
    /// be "amt-erlot-se".
    pub fn split_written(&self, word: &str, written: Option<&str>) -> Vec<String> {
        // Longer than any German compound the directory would hold: not worth the quadratic split.
        let letters = word.chars().count();
        if !(2 * MIN_PIECE..=MAX_COMPOUND).contains(&letters)
            || word.chars().any(|c| c.is_ascii_digit())
        {
            return Vec::new();
        }
        let mut cuts = vec![0];
        cuts.extend(crate::german::breaks(word));
        if let Some(w) = written {
            cuts.extend(written_cuts(word, &w.to_lowercase()));
        }
        cuts.push(word.len());
        cuts.sort_unstable();
        cuts.dedup();
        let n = cuts.len();
        // best[j]: the fewest pieces that cover word[..cuts[j]], and where the last one starts.
        let mut best: Vec<Option<(usize, usize, String)>> = vec![None; n];
        best[0] = Some((0, 0, String::new()));
        for j in 1..n {
            for i in 0..j {
                if i == 0 && j == n - 1 {
                    continue;
                }
                let Some((count, _, _)) = best[i] else {
                    continue;
                };
                let Some(p) = word.get(cuts[i]..cuts[j]) else {
                    continue;
                };
                let Some(known) = self.piece(p, j == n - 1) else {
                    continue;
                };
                if best[j].as_ref().is_none_or(|(c, _, _)| count + 1 < *c) {
                    best[j] = Some((count + 1, i, known));
                }
            }
        }
        let mut pieces = Vec::new();
        let mut j = n - 1;
        while j > 0 {
            let Some((_, i, p)) = best[j].clone() else {
                return Vec::new();
            };
            pieces.push(p);
            j = i;
        }
        pieces.reverse();
        pieces
    }

    /// The head of a compound (its last part, which names what it is): the last piece, or else the
    /// longest known word it ends with at a place German may hyphenate ("Schul|platz": "platz").
    fn head(&self, word: &str) -> String {
        if let Some(last) = self.split(word).pop() {
            return last;
        }
        crate::german::breaks(word)
            .into_iter()
            .filter_map(|b| word.get(b..))
            .find(|tail| self.piece(tail, true).is_some())
            .unwrap_or_default()
            .to_string()
    }

    /// The pieces of a word and, in turn, of its pieces (for the index): "unterhaltsvorschusskasse"
    /// → "unterhaltsvorschuss", "kasse", "unterhalt", "vorschuss". Remembered per word.
    pub fn parts(&mut self, word: &str) -> Vec<String> {
        self.parts_written(word, None)
    }

    fn parts_written(&mut self, word: &str, written: Option<&str>) -> Vec<String> {
        if let Some(p) = self.memo.get(word) {
            return p.clone();
        }
        let mut out = Vec::new();
        let mut todo = self.split_written(word, written);
        while let Some(p) = todo.pop() {
            if !out.contains(&p) {
                todo.extend(self.split(&p));
                out.push(p);
            }
        }
        out.sort();
        // A directory of 100,000 offers has some 100,000 words; beyond that the memo would only grow.
        if self.memo.len() < 200_000 {
            self.memo.insert(word.to_string(), out.clone());
        }
        out
    }

    /// Every compound part of a text, as one string for an index field: the pieces of each word;
    /// the parts written in CamelCase ("SelbstHilfeInitiative"); and the full compounds that
    /// German leaves out in coordinated forms: "Erziehungs- und Familienberatung" also stands
    /// for "Erziehungsberatung", "Kita- und Hortplatz" for "Kitaplatz".
    pub fn parts_of_text(&mut self, text: &str) -> String {
        let mut out = String::new();
        let mut add = |p: &str| {
            out.push_str(p);
            out.push(' ');
        };
        for written in text.split(|c: char| !c.is_alphanumeric()) {
            let w = fold(written);
            let w = w.trim();
            if w.is_empty() || w.contains(' ') {
                continue;
            }
            for p in self.parts_written(w, Some(written)) {
                add(&p);
            }
        }
        for raw in text.split_whitespace() {
            let camel = camel_pieces(raw);
            if camel.len() > 1 {
                for c in camel {
                    add(&c);
                }
            }
        }
        for full in self.coordinated(text) {
            add(&full);
            for p in self.parts(&full) {
                add(&p);
            }
        }
        out
    }

    /// The compounds a coordinated form stands for: each word with a hanging hyphen takes the
    /// head (last part) of the word that completes the series.
    fn coordinated(&mut self, text: &str) -> Vec<String> {
        let tokens: Vec<&str> = text.split_whitespace().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i].trim_end_matches(',');
            if !(t.ends_with('-') && t.len() > 1) {
                i += 1;
                continue;
            }
            // The series: words with a hanging hyphen, joined by conjunctions or commas.
            let mut modifiers = vec![t];
            let mut j = i + 1;
            let mut head_word = None;
            while j < tokens.len() {
                let u = tokens[j].trim_end_matches(',');
                let folded = fold(u);
                if CONJUNCTIONS.contains(&folded.trim()) {
                    j += 1;
                } else if u.ends_with('-') && u.len() > 1 {
                    modifiers.push(u);
                    j += 1;
                } else {
                    head_word = Some(u);
                    break;
                }
            }
            if let Some(h) = head_word {
                let head = match h.rsplit_once('-') {
                    Some((_, last)) => fold(last).trim().to_string(),
                    None => self.head(fold(h).trim()),
                };
                if !head.is_empty() {
                    for m in modifiers {
                        let joined: String = fold(m).split_whitespace().collect();
                        if !joined.is_empty() {
                            out.push(format!("{joined}{head}"));
                        }
                    }
                }
            }
            i = j.max(i + 1);
        }
        out
    }
}

/// Where the written form of a folded word may be hyphenated, as offsets into the folded word
/// (none when the pieces do not fold to the same word).
fn written_cuts(folded: &str, lower: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut acc = String::with_capacity(folded.len());
    let mut last = 0;
    for b in crate::german::breaks(lower) {
        let Some(piece) = lower.get(last..b) else {
            return Vec::new();
        };
        acc.push_str(fold(piece).trim());
        cuts.push(acc.len());
        last = b;
    }
    acc.push_str(lower.get(last..).map(fold).unwrap_or_default().trim());
    if acc == folded { cuts } else { Vec::new() }
}

/// The parts of a word written in CamelCase, folded: "SelbstHilfeInitiative" → "selbst",
/// "hilfe", "initiative". A word without an inner capital is one part.
pub fn camel_pieces(raw: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in raw.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_lowercase();
        current.push(c);
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
        .iter()
        .map(|p| fold(p).trim().to_string())
        .filter(|p| p.chars().count() >= MIN_PIECE)
        .collect()
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

    /// A stored text's words are those of `words`, kept once, and the memory stays bounded however
    /// many texts pass.
    #[test]
    fn stored_words_are_the_texts_words_kept_within_a_bound() {
        let text = "Väter-Café am Fennpfuhl: Kaffee & Kuchen";
        let first = stored_words(text);
        assert_eq!(&*first, words(text).as_slice());
        assert!(std::sync::Arc::ptr_eq(&first, &stored_words(text)), "kept");
        for i in 0..REMEMBERED_TEXTS + 10 {
            stored_words(&format!("Treff Nummer {i}"));
        }
        let kept = REMEMBERED.lock().map(|m| m.len()).unwrap_or(usize::MAX);
        assert!(kept <= REMEMBERED_TEXTS, "{kept} texts kept");
        assert_eq!(&*stored_words(text), words(text).as_slice());
    }

    #[test]
    fn german_spellings_meet() {
        assert_eq!(fold("Mühle"), fold("Muehle"));
        assert_eq!(fold("Mühle"), fold("Muhle"));
        assert_eq!(fold("Straße"), fold("Strasse"));
        assert_eq!(fold("<script>"), " script ");
    }

    #[test]
    fn compounds_split_into_known_parts() {
        let mut d = Dictionary::new();
        assert_eq!(d.parts("kinderbetreuung"), ["betreuung", "kinder"]);
        assert!(
            d.parts("unterhaltsvorschuss")
                .contains(&"vorschuss".to_string())
        );
        assert!(
            d.parts("unterhaltsvorschuss")
                .contains(&"unterhalt".to_string())
        );
        let p = d.parts("schwangerschaftsberatung");
        assert!(p.contains(&"beratung".to_string()) && p.contains(&"schwangerschaft".to_string()));
        assert!(d.parts("beratung").is_empty());
    }

    #[test]
    fn query_words_split_like_indexed_words_with_linking_elements() {
        let d = Dictionary::new();
        assert_eq!(d.split("kitaplatz"), ["kita", "platz"]);
        assert_eq!(d.split("kitagutschein"), ["kita", "gutschein"]);
        assert_eq!(d.split("erziehungsberatung"), ["erziehung", "beratung"]);
        assert_eq!(d.split("wohngeldantrag"), ["wohngeld", "antrag"]);
        assert_eq!(d.split("schwangerenberatung")[1], "beratung");
        // A word that is no compound of known words stays whole.
        assert!(d.split("librileo").is_empty());
        assert!(
            d.split(&"kita".repeat(400)).is_empty(),
            "too long to be a word"
        );
        assert!(d.split("sucht").is_empty());
        // The head of a compound is a noun: a participle stays whole.
        assert!(d.split("freigegeben").is_empty());
        // Hyphenated as written: "Äm-ter-lot-se".
        assert_eq!(
            d.split_written("amterlotse", Some("Ämterlotse")),
            ["amter", "lotse"]
        );
    }

    #[test]
    fn coordinated_forms_and_camel_case_give_their_full_compounds() {
        let mut d = Dictionary::new();
        let p = d.parts_of_text("Erziehungs- und Familienberatung");
        assert!(p.contains("erziehungsberatung"), "{p}");
        let p = d.parts_of_text("Kita-, Hort- und Schulplatz");
        assert!(p.contains("kitaplatz") && p.contains("hortplatz"), "{p}");
        let p = d.parts_of_text("Beratung zu Mutter-Kind- und Vater-Kind-Kuren");
        assert!(p.contains("mutterkindkuren"), "{p}");
        assert_eq!(
            camel_pieces("SelbstHilfeInitiative"),
            ["selbst", "hilfe", "initiative"]
        );
        assert_eq!(camel_pieces("Beratung"), ["beratung"]);
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
