//! The one spelling fold of the search, shared with the build script (which folds the German word
//! list with it, so words and queries meet the list in the same spelling). No dependencies.

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
