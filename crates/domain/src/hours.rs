//! Structured opening hours: weekly slots, dated exceptions and Berlin public holidays.
//!
//! All times are local Berlin wall-clock times; callers convert "now" into Europe/Berlin first.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// One weekly opening interval, e.g. Tuesday 09:00–12:00.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklySlot {
    /// 1 = Monday … 7 = Sunday (ISO 8601).
    pub weekday: u8,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

impl WeeklySlot {
    pub fn weekday(&self) -> Option<Weekday> {
        weekday_from_iso(self.weekday)
    }
}

/// A dated deviation from the weekly hours: closed all day, or open at other times.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursException {
    pub date: NaiveDate,
    /// `None` means closed all day.
    pub hours: Option<(NaiveTime, NaiveTime)>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub weekly: Vec<WeeklySlot>,
    pub exceptions: Vec<HoursException>,
    /// Round-the-clock services (hotlines) are open every minute of every day.
    pub always_open: bool,
}

/// What a parent needs to know right now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenState {
    AlwaysOpen,
    OpenUntil(NaiveTime),
    /// Closed now; opens at this local date and time (within the next 14 days).
    OpensAt(NaiveDateTime),
    /// Has hours, but none in the next 14 days.
    ClosedForNow,
    /// No hours recorded (by appointment only, for example).
    NoHours,
}

pub fn weekday_from_iso(n: u8) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        4 => Some(Weekday::Thu),
        5 => Some(Weekday::Fri),
        6 => Some(Weekday::Sat),
        7 => Some(Weekday::Sun),
        _ => None,
    }
}

impl OpeningHours {
    pub fn is_empty(&self) -> bool {
        !self.always_open && self.weekly.is_empty()
    }

    /// The intervals the offer is open on `date`, after exceptions and public holidays.
    pub fn intervals_on(&self, date: NaiveDate) -> Vec<(NaiveTime, NaiveTime)> {
        if let Some(ex) = self.exceptions.iter().find(|e| e.date == date) {
            return ex.hours.into_iter().collect();
        }
        if berlin_holiday(date).is_some() {
            return Vec::new();
        }
        let wd = date.weekday().number_from_monday() as u8;
        let mut v: Vec<_> = self
            .weekly
            .iter()
            .filter(|s| s.weekday == wd)
            .map(|s| (s.opens, s.closes))
            .collect();
        v.sort();
        v
    }

    pub fn state_at(&self, now: NaiveDateTime) -> OpenState {
        if self.always_open {
            return OpenState::AlwaysOpen;
        }
        if self.weekly.is_empty() && self.exceptions.iter().all(|e| e.hours.is_none()) {
            return OpenState::NoHours;
        }
        let today = now.date();
        let t = now.time();
        for (o, c) in self.intervals_on(today) {
            if o <= t && t < c {
                return OpenState::OpenUntil(c);
            }
        }
        for day in 0..15 {
            let date = today + Duration::days(day);
            for (o, _) in self.intervals_on(date) {
                let at = date.and_time(o);
                if at > now {
                    return OpenState::OpensAt(at);
                }
            }
        }
        OpenState::ClosedForNow
    }

    /// Open at this moment. Cheaper than `state_at` (runs for every search result): looks at today
    /// only, allocates nothing, and checks for a public holiday only when a weekly slot matches.
    pub fn is_open_at(&self, now: NaiveDateTime) -> bool {
        if self.always_open {
            return true;
        }
        let (date, t) = (now.date(), now.time());
        if let Some(ex) = self.exceptions.iter().find(|e| e.date == date) {
            return ex.hours.is_some_and(|(o, c)| o <= t && t < c);
        }
        let wd = date.weekday().number_from_monday() as u8;
        self.weekly
            .iter()
            .any(|s| s.weekday == wd && s.opens <= t && t < s.closes)
            && berlin_holiday(date).is_none()
    }

    /// Has regular hours on this ISO weekday (1 = Monday).
    pub fn open_on_weekday(&self, weekday: u8) -> bool {
        self.always_open || self.weekly.iter().any(|s| s.weekday == weekday)
    }

    /// Regularly open at or after this time on some day (evening hours for working parents).
    pub fn open_after(&self, time: NaiveTime) -> bool {
        self.always_open || self.weekly.iter().any(|s| s.closes > time)
    }

    /// Regularly open on Saturday or Sunday.
    pub fn open_on_weekend(&self) -> bool {
        self.open_on_weekday(6) || self.open_on_weekday(7)
    }

    /// Weekly slots grouped by weekday (Monday first), for display.
    pub fn by_weekday(&self) -> Vec<(u8, Vec<(NaiveTime, NaiveTime)>)> {
        (1..=7u8)
            .filter_map(|wd| {
                let mut v: Vec<_> = self
                    .weekly
                    .iter()
                    .filter(|s| s.weekday == wd)
                    .map(|s| (s.opens, s.closes))
                    .collect();
                v.sort();
                (!v.is_empty()).then_some((wd, v))
            })
            .collect()
    }

    /// Exceptions from `today` on, soonest first, for display.
    pub fn upcoming_exceptions(&self, today: NaiveDate) -> Vec<&HoursException> {
        let mut v: Vec<_> = self.exceptions.iter().filter(|e| e.date >= today).collect();
        v.sort_by_key(|e| e.date);
        v
    }
}

/// Parses "09:00-12:30" into an interval (closing after opening).
pub fn parse_interval(s: &str) -> Result<(NaiveTime, NaiveTime), String> {
    let (a, b) = s
        .trim()
        .split_once('-')
        .ok_or_else(|| format!("expected HH:MM-HH:MM, got {s:?}"))?;
    let parse = |t: &str| {
        NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| format!("not a time: {t:?}"))
    };
    let (o, c) = (parse(a)?, parse(b)?);
    if c <= o {
        return Err(format!("closing time before opening time in {s:?}"));
    }
    Ok((o, c))
}

const DAY_ABBREVIATIONS: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

fn day_number(s: &str) -> Result<u8, String> {
    DAY_ABBREVIATIONS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(s.trim()))
        .map(|i| i as u8 + 1)
        .ok_or_else(|| format!("unknown weekday {s:?} (use Mo, Di, Mi, Do, Fr, Sa, So)"))
}

/// Parses the German short form used by the office: "Mo-Fr 09:00-12:00", "Di,Do 14:00-18:00".
pub fn parse_weekly(spec: &str) -> Result<Vec<WeeklySlot>, String> {
    let (days, interval) = spec
        .trim()
        .split_once(' ')
        .ok_or_else(|| format!("expected \"Mo-Fr 09:00-12:00\", got {spec:?}"))?;
    let (opens, closes) = parse_interval(interval)?;
    let mut out = Vec::new();
    for part in days.split(',') {
        let (from, to) = match part.split_once('-') {
            Some((a, b)) => (day_number(a)?, day_number(b)?),
            None => (day_number(part)?, day_number(part)?),
        };
        if to < from {
            return Err(format!("weekday range runs backwards in {spec:?}"));
        }
        out.extend((from..=to).map(|weekday| WeeklySlot {
            weekday,
            opens,
            closes,
        }));
    }
    Ok(out)
}

/// Easter Sunday (anonymous Gregorian algorithm).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = ((h + l - 7 * m + 114) % 31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

#[derive(Deserialize)]
struct OneTimeFile {
    holiday: Vec<OneTimeEntry>,
}

#[derive(Deserialize)]
struct OneTimeEntry {
    date: String,
    key: String,
}

/// Holidays Berlin declares once (data, `data/berlin-one-time-holidays.toml`), read at first use.
/// The file is part of the binary and checked by a unit test, so an entry that does not read is a
/// build that does not pass, not a date that silently stops counting.
static ONE_TIME: std::sync::LazyLock<Vec<(NaiveDate, String)>> = std::sync::LazyLock::new(|| {
    let file: OneTimeFile = toml::from_str(include_str!("../data/berlin-one-time-holidays.toml"))
        .unwrap_or(OneTimeFile { holiday: vec![] });
    file.holiday
        .into_iter()
        .filter_map(|h| {
            let date = NaiveDate::parse_from_str(&h.date, "%Y-%m-%d").ok()?;
            Some((date, h.key))
        })
        .collect()
});

/// The public holiday in Berlin on `date`, as a stable key (used as a locale message id suffix).
pub fn berlin_holiday(date: NaiveDate) -> Option<&'static str> {
    if let Some((_, key)) = ONE_TIME.iter().find(|(d, _)| *d == date) {
        return Some(key.as_str());
    }
    let (y, m, d) = (date.year(), date.month(), date.day());
    let fixed = match (m, d) {
        (1, 1) => Some("new-year"),
        // Berlin's own holiday since 2019.
        (3, 8) if y >= 2019 => Some("womens-day"),
        (5, 1) => Some("labour-day"),
        (10, 3) => Some("unity-day"),
        (12, 25) => Some("christmas-1"),
        (12, 26) => Some("christmas-2"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let easter = easter_sunday(y);
    let offset = (date - easter).num_days();
    match offset {
        -2 => Some("good-friday"),
        1 => Some("easter-monday"),
        39 => Some("ascension"),
        50 => Some("whit-monday"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }
    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn tue_thu() -> OpeningHours {
        OpeningHours {
            weekly: vec![
                WeeklySlot {
                    weekday: 2,
                    opens: t(9, 0),
                    closes: t(12, 0),
                },
                WeeklySlot {
                    weekday: 2,
                    opens: t(14, 0),
                    closes: t(18, 0),
                },
                WeeklySlot {
                    weekday: 4,
                    opens: t(10, 0),
                    closes: t(16, 0),
                },
            ],
            exceptions: vec![],
            always_open: false,
        }
    }

    #[test]
    fn easter_dates_match_the_calendar() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
    }

    #[test]
    fn berlin_holidays_2026() {
        assert_eq!(berlin_holiday(d(2026, 4, 3)), Some("good-friday"));
        assert_eq!(berlin_holiday(d(2026, 4, 6)), Some("easter-monday"));
        assert_eq!(berlin_holiday(d(2026, 5, 14)), Some("ascension"));
        assert_eq!(berlin_holiday(d(2026, 5, 25)), Some("whit-monday"));
        assert_eq!(berlin_holiday(d(2026, 3, 8)), Some("womens-day"));
        assert_eq!(berlin_holiday(d(2025, 5, 8)), Some("liberation-day"));
        assert_eq!(berlin_holiday(d(2026, 5, 8)), None);
        assert_eq!(berlin_holiday(d(2026, 11, 25)), None);
    }

    #[test]
    fn every_one_time_holiday_in_the_data_file_reads() {
        let entries = include_str!("../data/berlin-one-time-holidays.toml")
            .matches("[[holiday]]")
            .count();
        assert_eq!(ONE_TIME.len(), entries, "an entry did not read");
        assert_eq!(berlin_holiday(d(2028, 6, 17)), Some("uprising-day"));
        assert_eq!(berlin_holiday(d(2027, 6, 17)), None);
    }

    #[test]
    fn open_now_and_opens_at() {
        let h = tue_thu();
        // Tuesday 24 Nov 2026, 10:30: open until 12:00.
        assert_eq!(
            h.state_at(d(2026, 11, 24).and_time(t(10, 30))),
            OpenState::OpenUntil(t(12, 0))
        );
        // Lunch break: opens at 14:00 the same day.
        assert_eq!(
            h.state_at(d(2026, 11, 24).and_time(t(12, 0))),
            OpenState::OpensAt(d(2026, 11, 24).and_time(t(14, 0)))
        );
        // Wednesday: next opening Thursday 10:00.
        assert_eq!(
            h.state_at(d(2026, 11, 25).and_time(t(8, 0))),
            OpenState::OpensAt(d(2026, 11, 26).and_time(t(10, 0)))
        );
    }

    #[test]
    fn holidays_and_exceptions_close_or_open() {
        let mut h = tue_thu();
        // Tuesday 6 Oct 2026 is normal; Tuesday 3 Oct is not a Tuesday in 2026, use Christmas 2029 (Tuesday).
        assert!(!h.is_open_at(d(2029, 12, 25).and_time(t(10, 0))));
        h.exceptions.push(HoursException {
            date: d(2026, 11, 24),
            hours: None,
            note: None,
        });
        assert!(!h.is_open_at(d(2026, 11, 24).and_time(t(10, 0))));
        h.exceptions.push(HoursException {
            date: d(2026, 11, 28),
            hours: Some((t(10, 0), t(13, 0))),
            note: Some("Aktionstag".into()),
        });
        assert!(h.is_open_at(d(2026, 11, 28).and_time(t(11, 0))));
    }

    #[test]
    fn weekday_evening_and_weekend_hours() {
        let h = tue_thu();
        assert!(h.open_on_weekday(2) && h.open_on_weekday(4) && !h.open_on_weekday(3));
        assert!(h.open_after(t(17, 0)), "Tuesday until 18:00");
        assert!(!h.open_after(t(18, 0)));
        assert!(!h.open_on_weekend());
        let sat = OpeningHours {
            weekly: parse_weekly("Sa 10:00-12:00").unwrap(),
            ..Default::default()
        };
        assert!(sat.open_on_weekend());
        let always = OpeningHours {
            always_open: true,
            ..Default::default()
        };
        assert!(always.open_on_weekend() && always.open_after(t(22, 0)));
    }

    #[test]
    fn weekly_specs_parse() {
        let v = parse_weekly("Mo-Mi,Fr 09:00-12:30").unwrap();
        assert_eq!(
            v.iter().map(|s| s.weekday).collect::<Vec<_>>(),
            [1, 2, 3, 5]
        );
        assert_eq!(v[0].closes, t(12, 30));
        assert!(parse_weekly("Xy 09:00-10:00").is_err());
        assert!(parse_weekly("Mo 12:00-09:00").is_err());
        assert!(parse_weekly("Fr-Mo 09:00-10:00").is_err());
    }

    #[test]
    fn no_hours_and_always_open() {
        assert_eq!(
            OpeningHours::default().state_at(d(2026, 1, 5).and_time(t(3, 0))),
            OpenState::NoHours
        );
        let h = OpeningHours {
            always_open: true,
            ..Default::default()
        };
        assert!(h.is_open_at(d(2026, 12, 25).and_time(t(3, 0))));
    }
}
