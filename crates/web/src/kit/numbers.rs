//! Numbers and amounts in the page's language, with CLDR's separators (ICU4X): "1.234,50 €" on
//! German pages, "€1,234.50" on English ones. Where the currency sign goes is a message of the
//! locale files (`money`), with a no-break space so an amount never breaks from its sign.

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;

use crate::kit::i18n::{LANGS, Tr};

thread_local! {
    /// One formatter per interface language and thread (ICU4X's data is not shared across
    /// threads without its `sync` feature; made once per thread from compiled-in data).
    static FORMATTERS: Vec<Option<DecimalFormatter>> = LANGS
        .iter()
        .map(|l| {
            let locale = Locale::try_from_str(l.icu).ok()?;
            DecimalFormatter::try_new((&locale).into(), Default::default()).ok()
        })
        .collect();
}

/// `value × 10^exponent` in the language of `tr` ("1.234,5" / "1,234.5"); digits after the
/// separator are kept as given, so 2300 × 10⁻² reads "23,00".
pub fn decimal(tr: &Tr, value: i64, exponent: i16) -> String {
    let mut d = Decimal::from(value);
    d.multiply_pow10(exponent);
    FORMATTERS.with(|all| {
        match all.get(tr.lang.slot()).and_then(Option::as_ref) {
            Some(f) => f.format_to_string(&d),
            // Every interface language has CLDR data; this is only a fallback.
            None => d.to_string(),
        }
    })
}

/// An amount in euros, from cents: "23,00 €", "€23.00".
pub fn money(tr: &Tr, cents: i64) -> String {
    tr.s("money", "amount", &decimal(tr, cents, -2))
}

/// A distance with one decimal: "1,2 km entfernt".
pub fn distance(tr: &Tr, km: f64) -> String {
    // Tenths of a kilometre: a distance in Berlin is far from i64's limits.
    let tenths = (km * 10.0).round() as i64;
    tr.s("distance-km", "km", &decimal(tr, tenths, -1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_follow_the_page_language() {
        let de = Tr::new(LANGS[0]);
        let en = Tr::new(LANGS[1]);
        assert_eq!(money(&de, 2300), "23,00\u{a0}€");
        assert_eq!(money(&en, 2300), "€23.00");
        assert_eq!(money(&de, 123_450), "1.234,50\u{a0}€");
        assert_eq!(money(&en, 123_450), "€1,234.50");
        assert_eq!(distance(&de, 1.24), "1,2 km entfernt");
        assert_eq!(distance(&en, 0.96), "1.0 km away");
    }
}
