//! Phone numbers as people write them in Germany ("(030) 971 13 96", "0800 111 0 111", "116 016"),
//! read with libphonenumber's rules (the `phonenumber` crate) into the international form a phone
//! dials (`tel:+49309711396`) and the grouping of DIN 5008 ("030 9711396").

use phonenumber::{Mode, PhoneNumber as Parsed, country};

/// A number a phone can dial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    /// The `tel:` URI (RFC 3966 global number, or a short number such as 116 016).
    pub uri: String,
    /// As shown on a page: national format for German numbers, international otherwise.
    pub display: String,
}

/// Harmonised European short numbers (116 xxx) and the emergency numbers have no area code and
/// are dialled as written; libphonenumber does not count them as numbers of a region.
fn short_number(digits: &str) -> Option<PhoneNumber> {
    let display = match digits.len() {
        3 if digits == "110" || digits == "112" => digits.to_string(),
        6 if digits.starts_with("116") => format!("{} {}", &digits[..3], &digits[3..]),
        _ => return None,
    };
    Some(PhoneNumber {
        uri: format!("tel:{digits}"),
        display,
    })
}

/// DIN 5008 sets an extension (Durchwahl) off with a hyphen: "030 90296-7080". libphonenumber
/// drops it, so the hyphen is put back where the writer had one inside the subscriber number.
fn with_extension(national: &str, written: &str) -> String {
    let Some((_, after)) = written.rsplit_once('-') else {
        return national.to_string();
    };
    let extension = after.bytes().filter(u8::is_ascii_digit).count();
    let Some((area, subscriber)) = national.split_once(' ') else {
        return national.to_string();
    };
    let subscriber: String = subscriber.chars().filter(char::is_ascii_digit).collect();
    if extension == 0 || extension >= subscriber.len() {
        return national.to_string();
    }
    let (head, tail) = subscriber.split_at(subscriber.len() - extension);
    format!("{area} {head}-{tail}")
}

impl PhoneNumber {
    /// Reads a number as written in Germany; `None` if it is not a number a phone could dial.
    pub fn parse(text: &str) -> Option<PhoneNumber> {
        let text = text.trim();
        if text.is_empty() || text.chars().count() > 40 {
            return None;
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if !text.starts_with('+') && !text.starts_with('(') && !text.starts_with('0') {
            return short_number(&digits);
        }
        let parsed: Parsed = phonenumber::parse(Some(country::Id::DE), text).ok()?;
        if !phonenumber::is_valid(&parsed) {
            return None;
        }
        let german = parsed.code().value() == 49;
        let display = parsed
            .format()
            .mode(if german {
                Mode::National
            } else {
                Mode::International
            })
            .to_string();
        let display = if german {
            with_extension(&display, text)
        } else {
            display
        };
        let e164 = parsed.format().mode(Mode::E164).to_string();
        Some(PhoneNumber {
            uri: format!("tel:{e164}"),
            display,
        })
    }
}

/// A stretch of prose: plain text, or a phone number found in it (as written, and where it dials).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Phone(&'a str, PhoneNumber),
}

/// Splits prose into text and the phone numbers in it, so a page can link them. A number starts
/// with `0`, `+`, `(0` or is a 116 xxx number; it runs over digits, spaces, `/`, `-` and
/// parentheses. Dates ("2026-12-01"), times and amounts do not start that way or do not parse.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut plain_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let starts_number = match bytes[i] {
            b'+' | b'0' => true,
            b'(' => bytes.get(i + 1) == Some(&b'0'),
            b'1' => text[i..].starts_with("116"),
            _ => false,
        };
        let after_word = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.');
        if !starts_number || after_word {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < bytes.len()
            && matches!(bytes[end], b'0'..=b'9' | b' ' | b'/' | b'-' | b'(' | b')')
        {
            end += 1;
        }
        // The number ends at its last digit (a closing parenthesis of the prose is not part of it).
        while end > i && !bytes[end - 1].is_ascii_digit() {
            end -= 1;
        }
        let followed_by_word = bytes.get(end).is_some_and(|b| {
            b.is_ascii_alphanumeric()
                || *b == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        });
        // "(030 611 03 00)": the parentheses belong to the prose when none closes inside.
        let start = if bytes[i] == b'(' && !text[i..end].contains(')') {
            i + 1
        } else {
            i
        };
        let candidate = &text[start..end];
        let digits = candidate.bytes().filter(u8::is_ascii_digit).count();
        match PhoneNumber::parse(candidate) {
            Some(number) if digits >= 6 && !followed_by_word => {
                if plain_from < start {
                    out.push(Piece::Text(&text[plain_from..start]));
                }
                out.push(Piece::Phone(candidate, number));
                plain_from = end;
                i = end;
            }
            _ => i = end.max(i + 1),
        }
    }
    if plain_from < text.len() {
        out.push(Piece::Text(&text[plain_from..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(text: &str) -> Option<String> {
        PhoneNumber::parse(text).map(|p| p.uri)
    }

    #[test]
    fn numbers_as_people_write_them_dial_in_international_form() {
        for written in [
            "(030) 971 13 96",
            "030 971 13 96",
            "030/9711396",
            "030-971 13 96",
            "+49 30 9711396",
            "+49 (0)30 971 13 96",
        ] {
            assert_eq!(
                uri(written).as_deref(),
                Some("tel:+49309711396"),
                "{written}"
            );
        }
        let berlin = PhoneNumber::parse("(030) 971 13 96").unwrap();
        assert_eq!(berlin.display, "030 9711396");
        let office = PhoneNumber::parse("(030) 90296-7080").unwrap();
        assert_eq!(
            (office.uri.as_str(), office.display.as_str()),
            ("tel:+4930902967080", "030 90296-7080")
        );
        assert_eq!(
            PhoneNumber::parse("030-971 13 96").unwrap().display,
            "030 9711396"
        );
        let free = PhoneNumber::parse("0800 111 0 111").unwrap();
        assert_eq!(free.uri, "tel:+498001110111");
        assert_eq!(free.display, "0800 1110111");
        assert_eq!(uri("0151 23456789").as_deref(), Some("tel:+4915123456789"));
        let helpline = PhoneNumber::parse("116 016").unwrap();
        assert_eq!(
            (helpline.uri.as_str(), helpline.display.as_str()),
            ("tel:116016", "116 016")
        );
        let vienna = PhoneNumber::parse("+43 1 5880").unwrap();
        assert!(vienna.display.starts_with("+43 1"), "{}", vienna.display);
    }

    #[test]
    fn what_is_not_a_number_is_not_made_one() {
        for text in [
            "",
            "12",
            "030",
            "Montag",
            "030 123<script>",
            "2026-12-01",
            "0",
        ] {
            assert_eq!(uri(text), None, "{text}");
        }
    }

    #[test]
    fn prose_keeps_its_words_and_links_only_the_numbers() {
        let text = "Rund um die Uhr: 0800 111 0 111, 0800 111 0 222 oder 116 123. Die BIG Hotline \
                    (030 611 03 00) hilft; am 2026-12-01 von 10:00 bis 13:00, 1.400 € im Monat.";
        let found: Vec<(&str, String)> = pieces(text)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Phone(w, n) => Some((w, n.uri)),
                Piece::Text(_) => None,
            })
            .collect();
        assert_eq!(
            found,
            [
                ("0800 111 0 111", "tel:+498001110111".to_string()),
                ("0800 111 0 222", "tel:+498001110222".to_string()),
                ("116 123", "tel:116123".to_string()),
                ("030 611 03 00", "tel:+49306110300".to_string()),
            ]
        );
        let rebuilt: String = pieces(text)
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Phone(t, _) => t,
            })
            .collect();
        assert_eq!(rebuilt, text);
        assert_eq!(pieces("keine Nummer"), [Piece::Text("keine Nummer")]);
    }
}
