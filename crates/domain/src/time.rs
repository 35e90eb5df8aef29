//! The office works in Berlin time; every "today" and "open now" is Berlin wall-clock time.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Europe::Berlin;

pub fn berlin_local(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&Berlin).naive_local()
}

pub fn berlin_now() -> NaiveDateTime {
    berlin_local(Utc::now())
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
