//! The needs radar's raw signal: what parents searched for and did not find. Recorded without IP,
//! session or time of day, and with anything that could identify a person taken out.

/// The query as it may be stored, or `None` when nothing meaningful is left.
pub fn anonymise_query(q: &str) -> Option<String> {
    let kept: Vec<String> = crate::directory::clean_text(q)
        .to_lowercase()
        .split_whitespace()
        // E-mail addresses, phone and account numbers, and links say who someone is, not what they need.
        .filter(|w| !w.contains('@'))
        .filter(|w| !w.starts_with("http") && !w.starts_with("www."))
        .filter(|w| w.chars().filter(char::is_ascii_digit).count() < 6)
        .map(str::to_string)
        .collect();
    let text: String = kept.join(" ").chars().take(100).collect();
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::anonymise_query;

    #[test]
    fn personal_details_are_dropped() {
        assert_eq!(
            anonymise_query("  Hebamme  Wartenberg "),
            Some("hebamme wartenberg".into())
        );
        assert_eq!(
            anonymise_query("anna.muster@example.org 0176 12345678 hilfe"),
            Some("0176 hilfe".into())
        );
        assert_eq!(
            anonymise_query("Kita 10369"),
            Some("kita 10369".into()),
            "postcodes stay"
        );
        assert_eq!(anonymise_query("+4917612345678"), None);
        assert_eq!(
            anonymise_query(&"x".repeat(500)).map(|s| s.len()),
            Some(100)
        );
    }
}
