//! Dates, times, weekdays and months in the page's language, from CLDR data (ICU4X): "07.12.2026",
//! "7 Ara 2026", "Montag", "grudzień", "09:00" or "9:00 ص" (Arabic with Latin digits, see
//! `Lang::icu`). No month or weekday name is written by hand.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::NoCalendarFormatter;
use icu_datetime::fieldsets::{E, M, MD, T, YM, YMD};
use icu_datetime::input::{Date, Time};
use icu_locale_core::Locale;

use crate::kit::i18n::{LANGS, Tr};

type DateFmt<F> = Option<FixedCalendarDateTimeFormatter<Gregorian, F>>;

/// The formatters of one language; made once per thread from compiled-in data (like numbers).
struct Formatters {
    date: DateFmt<YMD>,
    day_month: DateFmt<MD>,
    weekday: DateFmt<E>,
    weekday_short: DateFmt<E>,
    month: DateFmt<M>,
    month_year: DateFmt<YM>,
    time: Option<NoCalendarFormatter<T>>,
}

impl Formatters {
    fn new(icu: &str) -> Formatters {
        let Ok(locale) = Locale::try_from_str(icu) else {
            return Formatters {
                date: None,
                day_month: None,
                weekday: None,
                weekday_short: None,
                month: None,
                month_year: None,
                time: None,
            };
        };
        let prefs = || (&locale).into();
        Formatters {
            date: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::medium()).ok(),
            day_month: FixedCalendarDateTimeFormatter::try_new(prefs(), MD::short()).ok(),
            weekday: FixedCalendarDateTimeFormatter::try_new(prefs(), E::long()).ok(),
            weekday_short: FixedCalendarDateTimeFormatter::try_new(prefs(), E::short()).ok(),
            month: FixedCalendarDateTimeFormatter::try_new(prefs(), M::long()).ok(),
            month_year: FixedCalendarDateTimeFormatter::try_new(prefs(), YM::long()).ok(),
            time: NoCalendarFormatter::try_new(prefs(), T::hm()).ok(),
        }
    }
}

thread_local! {
    static FORMATTERS: Vec<Formatters> = LANGS.iter().map(|l| Formatters::new(l.icu)).collect();
}

fn with<R>(tr: &Tr, f: impl FnOnce(&Formatters) -> Option<R>) -> Option<R> {
    FORMATTERS.with(|all| all.get(tr.lang.slot()).and_then(f))
}

fn gregorian(d: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_gregorian(d.year(), month, day).ok()
}

/// "07.12.2026", "7 Dec 2026", "7 дек. 2026 г.": the language's usual written date.
pub fn date(tr: &Tr, d: NaiveDate) -> String {
    with(tr, |f| {
        Some(f.date.as_ref()?.format(&gregorian(d)?).to_string())
    })
    .unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

/// "07.12.", "07/12": a day whose year the reader knows from around it.
pub fn day_month(tr: &Tr, d: NaiveDate) -> String {
    with(tr, |f| {
        Some(f.day_month.as_ref()?.format(&gregorian(d)?).to_string())
    })
    .unwrap_or_else(|| d.format("%m-%d").to_string())
}

/// A Monday: the weekdays of its week name ISO weekdays 1–7.
fn day_of_week(iso: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 1, iso.clamp(1, 7))
}

/// "Montag" for ISO weekday 1.
pub fn weekday(tr: &Tr, iso: u32) -> String {
    weekday_in(tr, iso, false)
}

/// "Mo" for ISO weekday 1.
pub fn weekday_short(tr: &Tr, iso: u32) -> String {
    weekday_in(tr, iso, true)
}

fn weekday_in(tr: &Tr, iso: u32, short: bool) -> String {
    with(tr, |f| {
        let formatter = if short { &f.weekday_short } else { &f.weekday };
        Some(
            formatter
                .as_ref()?
                .format(&gregorian(day_of_week(iso)?)?)
                .to_string(),
        )
    })
    .unwrap_or_else(|| iso.to_string())
}

/// "Dezember" for month 12.
pub fn month(tr: &Tr, month: u32) -> String {
    with(tr, |f| {
        let d = NaiveDate::from_ymd_opt(2024, month.clamp(1, 12), 1)?;
        Some(f.month.as_ref()?.format(&gregorian(d)?).to_string())
    })
    .unwrap_or_else(|| month.to_string())
}

/// "Dezember 2026" (a month's calendar heading).
pub fn month_year(tr: &Tr, d: NaiveDate) -> String {
    with(tr, |f| {
        Some(f.month_year.as_ref()?.format(&gregorian(d)?).to_string())
    })
    .unwrap_or_else(|| d.format("%Y-%m").to_string())
}

/// "09:00" (or "9:00 ص": the language's own clock).
pub fn time(tr: &Tr, t: NaiveTime) -> String {
    with(tr, |f| {
        let hour = u8::try_from(t.hour()).ok()?;
        let minute = u8::try_from(t.minute()).ok()?;
        let time = Time::try_new(hour, minute, 0, 0).ok()?;
        Some(f.time.as_ref()?.format(&time).to_string())
    })
    .unwrap_or_else(|| t.format("%H:%M").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::i18n::Lang;

    fn tr(code: &str) -> Tr {
        Tr::new(Lang::from_code(code).unwrap())
    }

    #[test]
    fn every_language_has_its_own_dates_and_clock() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(date(&tr("de"), d), "07.12.2026");
        assert_eq!(date(&tr("en"), d), "7 Dec 2026");
        assert_eq!(day_month(&tr("de"), d), "07.12.");
        assert_eq!(month_year(&tr("de"), d), "Dezember 2026");
        assert_eq!(weekday(&tr("de"), 1), "Montag");
        assert_eq!(weekday(&tr("tr"), 1), "Pazartesi");
        assert_eq!(weekday_short(&tr("de"), 2), "Di");
        assert_eq!(
            time(&tr("ar"), NaiveTime::from_hms_opt(15, 5, 0).unwrap()),
            "3:05 م"
        );
        assert_eq!(month(&tr("pl"), 12), "grudzień");
        assert_eq!(time(&tr("de"), t), "09:05");
        // Russian declines the month after a day; Arabic keeps Latin digits.
        assert!(date(&tr("ru"), d).contains("дек"), "{}", date(&tr("ru"), d));
        assert!(
            month_year(&tr("ru"), d).contains("2026"),
            "{}",
            month_year(&tr("ru"), d)
        );
        let ar = date(&tr("ar"), d);
        assert!(ar.contains("2026") && !ar.contains("٢"), "{ar}");
        assert!(date(&tr("vi"), d).contains("2026"));
        assert!(
            date(&tr("uk"), d).contains("груд"),
            "{}",
            date(&tr("uk"), d)
        );
        // Every language formats (no fallback to ISO digits).
        for l in LANGS {
            let t = Tr::new(*l);
            assert_ne!(date(&t, d), "2026-12-07", "{}", l.code);
            assert_ne!(weekday(&t, 3), "3", "{}", l.code);
            assert_ne!(month(&t, 5), "5", "{}", l.code);
        }
    }
}
