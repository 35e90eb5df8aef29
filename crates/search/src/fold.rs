//! The one spelling fold of the search, shared with the build script (which folds the German word
//! list with it, so words and queries meet the list in the same spelling). No dependencies.

const VIETNAMESE_A: &str = "ạảấầẩẫậắằẳẵặăâ";
const VIETNAMESE_E: &str = "ẹẻẽếềểễệ";
const VIETNAMESE_I: &str = "ịỉĩ";
const VIETNAMESE_O: &str = "ọỏốồổỗộớờởỡợơ";
const VIETNAMESE_U: &str = "ụủũứừửữựư";
const VIETNAMESE_Y: &str = "ỳýỵỷỹ";

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
            // The district's other languages, typed with or without their marks: Turkish,
            // Polish, Vietnamese ("nhà trẻ" meets "nha tre"), Russian ё, and Arabic letter forms.
            c if VIETNAMESE_A.contains(c) => out.push('a'),
            c if VIETNAMESE_E.contains(c) => out.push('e'),
            c if VIETNAMESE_I.contains(c) => out.push('i'),
            c if VIETNAMESE_O.contains(c) => out.push('o'),
            c if VIETNAMESE_U.contains(c) => out.push('u'),
            c if VIETNAMESE_Y.contains(c) => out.push('y'),
            'đ' => out.push('d'),
            'ı' => out.push('i'),
            'ş' | 'ś' => out.push('s'),
            'ğ' => out.push('g'),
            'ą' => out.push('a'),
            'ć' => out.push('c'),
            'ę' => out.push('e'),
            'ł' => out.push('l'),
            'ń' => out.push('n'),
            'ź' | 'ż' => out.push('z'),
            'ё' => out.push('е'),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' => out.push('ي'),
            // Combining marks (Arabic vowel signs, the dot of a lower-cased "İ") and the Arabic
            // stretching stroke belong to the letter before them: dropped, not a word break.
            '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    // "ae/oe/ue" are how umlauts are typed without them; the same fold on both sides keeps them equal.
    out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn words_of_the_districts_languages_meet_however_they_are_typed() {
        assert_eq!(fold("Nhà trẻ"), fold("nha tre"));
        assert_eq!(fold("mẫu giáo"), "mau giao");
        assert_eq!(fold("kreş"), "kres");
        assert_eq!(fold("Żłobek"), "zlobek");
        assert_eq!(fold("ёлка"), fold("елка"));
        assert_eq!(fold("İstanbul"), "istanbul", "one word, not two");
        // Arabic vowel signs and letter forms do not split or change a word.
        assert_eq!(fold("رَوْضَة"), fold("روضه"));
        assert_eq!(fold("أطفال"), fold("اطفال"));
        assert_eq!(fold("Straße"), "strasse");
    }
}
