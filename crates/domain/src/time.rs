//! The office works in Berlin time; every "today" and "open now" is Berlin wall-clock time.
//!
//! Nothing reads the system clock except [`Clock`]: the binary holds one and passes it on, so that
//! tests can start the site at a chosen moment (a Tuesday, the night of the summer-time switch,
//! 29 February) and pages say the same on every day the suite runs.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Europe::Berlin;

/// A time of day as people type it: "18:30", "18.30", "18 Uhr", "18:30 Uhr", "18h", "9" (German
/// forms; "6 pm" and "6:30pm" too).
pub fn parse_time_of_day(text: &str) -> Option<NaiveTime> {
    let t = text.trim().to_lowercase();
    let (t, pm) = match t.strip_suffix("pm").or_else(|| t.strip_suffix("p.m.")) {
        Some(rest) => (rest.trim().to_string(), true),
        None => (
            t.strip_suffix("am")
                .or_else(|| t.strip_suffix("a.m."))
                .map_or(t.clone(), |r| r.trim().to_string()),
            false,
        ),
    };
    let t = t
        .trim_end_matches("uhr")
        .trim_end_matches('h')
        .trim()
        .replace('.', ":");
    let (h, m) = match t.split_once(':') {
        Some((h, m)) => (h.trim(), m.trim()),
        None => (t.as_str(), "0"),
    };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(h) || !all_digits(m) {
        return None;
    }
    let (mut h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if pm && h < 12 {
        h += 12;
    }
    NaiveTime::from_hms_opt(h, m, 0)
}

pub fn berlin_local(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&Berlin).naive_local()
}

/// The moment a Berlin wall-clock time names: the earlier one in the repeated hour of October, an
/// hour later for a time in the skipped hour of March.
pub fn berlin_to_utc(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    use chrono::TimeZone as _;
    Berlin
        .from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            Berlin
                .from_local_datetime(&(local + chrono::Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
}

/// Where "now" comes from: the system clock, or a test clock that starts at a chosen moment and
/// runs on from there (waits, expiries and retries still pass as in real time).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    /// Added to the system time; `None` for the real clock.
    offset: Option<chrono::Duration>,
}

impl Clock {
    /// The system clock: what production runs on.
    pub fn system() -> Clock {
        Clock { offset: None }
    }

    /// A clock that reads `start` (Berlin wall-clock time) now and runs on from there.
    pub fn starting_at(start: NaiveDateTime) -> Option<Clock> {
        let start = berlin_to_utc(start)?;
        Some(Clock {
            offset: Some(start - Utc::now()),
        })
    }

    /// Reads a test clock's start as written in `WEGWEISER_TEST_CLOCK`: `2026-12-01T09:30` (Berlin
    /// wall-clock time, seconds optional).
    pub fn parse_start(text: &str) -> Option<NaiveDateTime> {
        let text = text.trim();
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
            .ok()
    }

    /// True for a test clock.
    pub fn is_test(&self) -> bool {
        self.offset.is_some()
    }

    pub fn now(&self) -> DateTime<Utc> {
        let real = Utc::now();
        match self.offset {
            Some(offset) => real + offset,
            None => real,
        }
    }

    /// Berlin wall-clock time now.
    pub fn berlin_now(&self) -> NaiveDateTime {
        berlin_local(self.now())
    }

    /// Today in Berlin.
    pub fn today(&self) -> NaiveDate {
        self.berlin_now().date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_people_type_them() {
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        for (typed, want) in [
            ("18:30", at(18, 30)),
            ("18.30", at(18, 30)),
            ("18 Uhr", at(18, 0)),
            ("18:30 Uhr", at(18, 30)),
            ("18h", at(18, 0)),
            ("9", at(9, 0)),
            ("09:05", at(9, 5)),
            ("6 pm", at(18, 0)),
            ("6:30pm", at(18, 30)),
            ("25:00", None),
            ("18:60", None),
            ("abends", None),
            ("", None),
        ] {
            assert_eq!(parse_time_of_day(typed), want, "{typed}");
        }
    }

    #[test]
    fn a_test_clock_starts_at_its_moment_in_berlin_time_and_runs_on() {
        let start = Clock::parse_start("2026-12-01T09:30").unwrap();
        let clock = Clock::starting_at(start).unwrap();
        assert!(clock.is_test());
        let read = clock.berlin_now();
        assert!(
            read >= start && read - start < chrono::Duration::seconds(5),
            "{read}"
        );
        // 09:30 in Berlin in winter is 08:30 UTC.
        let utc = clock.now().naive_utc();
        assert_eq!(utc.format("%Y-%m-%d %H:%M").to_string(), "2026-12-01 08:30");
        assert!(!Clock::system().is_test());
    }

    #[test]
    fn a_start_in_the_skipped_hour_of_march_is_read_an_hour_later() {
        let start = Clock::parse_start("2027-03-28T02:30:00").unwrap();
        let clock = Clock::starting_at(start).unwrap();
        assert_eq!(clock.berlin_now().format("%H").to_string(), "03");
        assert_eq!(Clock::parse_start("1. Dezember"), None);
    }
}
