//! The office works in Berlin time; every "today" and "open now" is Berlin wall-clock time.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Europe::Berlin;

pub fn berlin_local(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&Berlin).naive_local()
}

pub fn berlin_now() -> NaiveDateTime {
    berlin_local(Utc::now())
}
