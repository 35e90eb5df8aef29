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
    // "ae/oe/ue" are how umlauts are typed without them; the same fold on both sides keeps them
    // equal. Done while writing (as three `replace` passes would: an "e" that closed a pair does
    // not open another), because the index folds every offer's texts and this was a fifth of it.
    let mut closed = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        // Plain letters and digits first: most of any text, and the checks below are slower.
        if c.is_ascii_alphanumeric() {
            push(&mut out, &mut closed, c);
            continue;
        }
        match c {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => push(&mut out, &mut closed, 'a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' => push(&mut out, &mut closed, 'o'),
            'ü' | 'ù' | 'ú' | 'û' => push(&mut out, &mut closed, 'u'),
            'é' | 'è' | 'ê' | 'ë' => push(&mut out, &mut closed, 'e'),
            'í' | 'ì' | 'î' | 'ï' => push(&mut out, &mut closed, 'i'),
            'ç' => push(&mut out, &mut closed, 'c'),
            'ñ' => push(&mut out, &mut closed, 'n'),
            'ß' => {
                push(&mut out, &mut closed, 's');
                push(&mut out, &mut closed, 's');
            }
            // The district's other languages, typed with or without their marks: Turkish,
            // Polish, Vietnamese ("nhà trẻ" meets "nha tre"), Russian ё, and Arabic letter forms.
            c if VIETNAMESE_A.contains(c) => push(&mut out, &mut closed, 'a'),
            c if VIETNAMESE_E.contains(c) => push(&mut out, &mut closed, 'e'),
            c if VIETNAMESE_I.contains(c) => push(&mut out, &mut closed, 'i'),
            c if VIETNAMESE_O.contains(c) => push(&mut out, &mut closed, 'o'),
            c if VIETNAMESE_U.contains(c) => push(&mut out, &mut closed, 'u'),
            c if VIETNAMESE_Y.contains(c) => push(&mut out, &mut closed, 'y'),
            'đ' => push(&mut out, &mut closed, 'd'),
            'ı' => push(&mut out, &mut closed, 'i'),
            'ş' | 'ś' => push(&mut out, &mut closed, 's'),
            'ğ' => push(&mut out, &mut closed, 'g'),
            'ą' => push(&mut out, &mut closed, 'a'),
            'ć' => push(&mut out, &mut closed, 'c'),
            'ę' => push(&mut out, &mut closed, 'e'),
            'ł' => push(&mut out, &mut closed, 'l'),
            'ń' => push(&mut out, &mut closed, 'n'),
            'ź' | 'ż' => push(&mut out, &mut closed, 'z'),
            'ё' => push(&mut out, &mut closed, 'е'),
            'أ' | 'إ' | 'آ' | 'ٱ' => push(&mut out, &mut closed, 'ا'),
            'ة' => push(&mut out, &mut closed, 'ه'),
            'ى' => push(&mut out, &mut closed, 'ي'),
            // Combining marks (Arabic vowel signs, the dot of a lower-cased "İ") and the Arabic
            // stretching stroke belong to the letter before them: dropped, not a word break.
            '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            c if c.is_alphanumeric() => push(&mut out, &mut closed, c),
            _ => push(&mut out, &mut closed, ' '),
        }
    }
    out
}

/// Writes one folded character: an "e" after "a", "o" or "u" closes the pair and is not written,
/// unless the letter before it closed a pair itself.
fn push(out: &mut String, closed: &mut bool, c: char) {
    if c == 'e' && !*closed && matches!(out.as_bytes().last(), Some(b'a' | b'o' | b'u')) {
        *closed = true;
        return;
    }
    *closed = false;
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::fold;

    /// The fold as it was written before: letters first, then three `replace` passes.
    fn fold_in_passes(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars().flat_map(char::to_lowercase) {
            match c {
                'ä' => out.push('a'),
                'é' => out.push('e'),
                '\u{0301}' => {}
                c if c.is_alphanumeric() => out.push(c),
                _ => out.push(' '),
            }
        }
        out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    }

    #[test]
    fn the_pairs_fold_as_three_passes_did() {
        let alphabet = ['a', 'o', 'u', 'e', 'E', 'ä', 'é', 'x', ' ', '\u{0301}'];
        let mut words = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = words
                .iter()
                .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
                .collect();
            for w in &longer {
                assert_eq!(fold(w), fold_in_passes(w), "{w:?}");
            }
            words = longer;
        }
    }

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
