//! Events: single and recurring (weekly Treffs, monthly consultation hours) with exceptions (dates it
//! does not take place) and cancellations (occurrences called off, shown as such). Times are Berlin
//! wall-clock times: a Treff at 18:00 stays at 18:00 across the switch to and from summer time.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::directory::{Cost, PublicationStatus, Translated};
use crate::editorial::SentTranslations;

/// Most occurrences listed for one event in one view (a safety net for long ranges).
const MAX_OCCURRENCES: usize = 400;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: i64,
    pub organization_id: i64,
    pub organization_name: String,
    pub offer_id: Option<i64>,
    pub status: PublicationStatus,
    /// Counts changes: calendar apps replace their copy when it grows (iCalendar SEQUENCE).
    pub sequence: u32,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub details: EventDetails,
}

fn free() -> Cost {
    Cost::Free
}

/// What the editor of an event writes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventDetails {
    pub title: Translated,
    #[serde(default)]
    pub description: Translated,
    pub place: Option<EventPlace>,
    /// The first (or only) occurrence, Berlin wall-clock time.
    pub starts: NaiveDateTime,
    pub duration_minutes: u32,
    pub recurrence: Option<Recurrence>,
    /// Dates on which a recurring event does not take place (holidays, summer break).
    #[serde(default)]
    pub exceptions: Vec<NaiveDate>,
    /// Occurrences called off, with the reason parents see.
    #[serde(default)]
    pub cancellations: Vec<Cancellation>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default = "free")]
    pub cost: Cost,
    #[serde(default)]
    pub childcare: bool,
    /// How to register, in words; empty when no registration is needed.
    #[serde(default)]
    pub registration: Translated,
    /// Places per occurrence when parents register on the platform (with a waiting list).
    #[serde(default)]
    pub places: Option<u32>,
    /// Companies taking part (a job fair, an info day on training in part time), by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub employers: Vec<i64>,
}

/// Where a registration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegistrationStatus {
    Confirmed,
    Waiting,
    Cancelled,
}

impl RegistrationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Confirmed => "confirmed",
            RegistrationStatus::Waiting => "waiting",
            RegistrationStatus::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "confirmed" => Some(RegistrationStatus::Confirmed),
            "waiting" => Some(RegistrationStatus::Waiting),
            "cancelled" => Some(RegistrationStatus::Cancelled),
            _ => None,
        }
    }
}

/// Checks what a parent enters to register: a name (first name is enough) and an e-mail address
/// for the confirmation and the cancel link. Returns the fields that are wrong, with message keys.
pub fn check_registration(name: &str, email: &str) -> Vec<(&'static str, &'static str)> {
    let mut errors = Vec::new();
    let n = name.trim().chars().count();
    if n == 0 || n > 80 || crate::editorial::has_control(name) {
        errors.push(("name", "register-error-name"));
    }
    if crate::accounts::normalize_email(email).is_err() {
        errors.push(("email", "register-error-email"));
    }
    errors
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventPlace {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub ortsteil: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cancellation {
    pub date: NaiveDate,
    #[serde(default)]
    pub reason: Translated,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "freq", rename_all = "snake_case")]
pub enum Recurrence {
    /// Every `every` weeks on the given ISO weekdays (1 = Monday).
    Weekly {
        every: u8,
        weekdays: Vec<u8>,
        until: Option<NaiveDate>,
    },
    /// Monthly on the `nth` weekday (1–4, or -1 for the last).
    Monthly {
        nth: i8,
        weekday: u8,
        until: Option<NaiveDate>,
    },
}

/// One date of an event.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    /// Called off, with the reason.
    pub cancelled: Option<Translated>,
}

fn weekday(iso: u8) -> Option<Weekday> {
    Weekday::try_from(iso.checked_sub(1)?).ok()
}

/// The `nth` (1–4, or -1 for last) `wd` of the month `first` lies in.
fn nth_weekday(first: NaiveDate, nth: i8, wd: Weekday) -> Option<NaiveDate> {
    if nth > 0 {
        NaiveDate::from_weekday_of_month_opt(first.year(), first.month(), wd, nth as u8)
    } else {
        let next = first.checked_add_months(Months::new(1))?;
        let last = next.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        last.checked_sub_signed(Duration::days(i64::from(back)))
    }
}

impl EventDetails {
    /// The texts translators work on, by field.
    pub fn texts(&self) -> [(&'static str, &Translated); 3] {
        [
            ("title", &self.title),
            ("description", &self.description),
            ("registration", &self.registration),
        ]
    }

    /// The texts revised against `before` (the stored details, `None` for a new event) by the
    /// translations the form carried ([`SentTranslations::revise`]).
    pub fn with_translations(
        mut self,
        before: Option<&EventDetails>,
        more: &SentTranslations,
    ) -> EventDetails {
        let empty = Translated::default();
        let old = |f: fn(&EventDetails) -> &Translated| before.map_or(&empty, f);
        self.title = more.revise("title", old(|d| &d.title), &self.title);
        self.description = more.revise("description", old(|d| &d.description), &self.description);
        self.registration =
            more.revise("registration", old(|d| &d.registration), &self.registration);
        self
    }

    /// The dates the event would take place on, before exceptions, from its start until `to`.
    fn dates_until(&self, to: NaiveDate) -> Vec<NaiveDate> {
        let first = self.starts.date();
        let mut out = Vec::new();
        match &self.recurrence {
            None if first <= to => out.push(first),
            None => {}
            Some(Recurrence::Weekly {
                every,
                weekdays,
                until,
            }) => {
                let end = until.map_or(to, |u| u.min(to));
                let monday =
                    first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
                let step = Duration::weeks(i64::from((*every).max(1)));
                let mut week = monday;
                while week <= end && out.len() < MAX_OCCURRENCES * 4 {
                    let mut days: Vec<u8> = weekdays.clone();
                    days.sort_unstable();
                    days.dedup();
                    for d in days.into_iter().filter(|d| (1..=7).contains(d)) {
                        let date = week + Duration::days(i64::from(d) - 1);
                        if date >= first && date <= end {
                            out.push(date);
                        }
                    }
                    week += step;
                }
            }
            Some(Recurrence::Monthly {
                nth,
                weekday: wd,
                until,
            }) => {
                let end = until.map_or(to, |u| u.min(to));
                let Some(wd) = weekday(*wd) else {
                    return out;
                };
                let mut month = first.with_day(1).unwrap_or(first);
                while month <= end && out.len() < MAX_OCCURRENCES * 4 {
                    if let Some(date) = nth_weekday(month, *nth, wd)
                        && date >= first
                        && date <= end
                    {
                        out.push(date);
                    }
                    match month.checked_add_months(Months::new(1)) {
                        Some(m) => month = m,
                        None => break,
                    }
                }
            }
        }
        out
    }

    /// The first occurrence's start by the rule (exceptions included): a recurring event's `starts`
    /// may lie on a day the rule does not produce, and calendar apps would count that day.
    pub fn first_start(&self) -> NaiveDateTime {
        let first = self.starts.date();
        self.dates_until(first + Duration::days(400))
            .first()
            .map_or(self.starts, |d| d.and_time(self.starts.time()))
    }

    /// The occurrences between `from` and `to` (both dates included), exceptions left out,
    /// cancellations marked.
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Vec<Occurrence> {
        let time = self.starts.time();
        let length = Duration::minutes(i64::from(self.duration_minutes));
        self.dates_until(to)
            .into_iter()
            .filter(|d| *d >= from && !self.exceptions.contains(d))
            .take(MAX_OCCURRENCES)
            .map(|d| {
                let start = d.and_time(time);
                Occurrence {
                    start,
                    end: start + length,
                    cancelled: self
                        .cancellations
                        .iter()
                        .find(|c| c.date == d)
                        .map(|c| c.reason.clone()),
                }
            })
            .collect()
    }

    /// The next occurrence that is not over at `now` (cancelled ones included, so people see them).
    pub fn next_occurrence(&self, now: NaiveDateTime) -> Option<Occurrence> {
        self.occurrences(now.date(), now.date() + Duration::days(400))
            .into_iter()
            .find(|o| o.end > now)
    }

    /// The recurrence as an RFC 5545 RRULE value. `until_utc` converts the last day's end to UTC,
    /// because with a TZID start the UNTIL must be in UTC.
    pub fn rrule(&self, until_utc: impl Fn(NaiveDateTime) -> String) -> Option<String> {
        const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
        let day = |d: u8| DAYS.get(usize::from(d).checked_sub(1)?).copied();
        let until_part = |until: &Option<NaiveDate>| {
            until
                .and_then(|u| u.and_hms_opt(23, 59, 59))
                .map(|t| format!(";UNTIL={}", until_utc(t)))
                .unwrap_or_default()
        };
        match &self.recurrence {
            None => None,
            Some(Recurrence::Weekly {
                every,
                weekdays,
                until,
            }) => {
                let days: Vec<&str> = weekdays.iter().filter_map(|d| day(*d)).collect();
                Some(format!(
                    "FREQ=WEEKLY;INTERVAL={};BYDAY={}{}",
                    (*every).max(1),
                    days.join(","),
                    until_part(until)
                ))
            }
            Some(Recurrence::Monthly {
                nth,
                weekday,
                until,
            }) => Some(format!(
                "FREQ=MONTHLY;BYDAY={}{}{}",
                nth,
                day(*weekday).unwrap_or("MO"),
                until_part(until)
            )),
        }
    }

    /// Whether an occurrence at `start` falls in the evening (from 17:00) or on a weekend.
    pub fn is_evening(start: NaiveDateTime) -> bool {
        start.time() >= chrono::NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default()
    }
    pub fn is_weekend(start: NaiveDateTime) -> bool {
        start.weekday().number_from_monday() >= 6
    }
}

/// Which events a calendar view or feed shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub category: Option<String>,
    pub ortsteil: Option<String>,
    pub language: Option<String>,
    pub free: bool,
    pub childcare: bool,
    pub evening: bool,
    pub weekend: bool,
}

impl EventFilter {
    /// Whether the event itself matches (the time filters apply per occurrence).
    pub fn matches(&self, e: &EventDetails) -> bool {
        self.category
            .as_ref()
            .is_none_or(|c| e.categories.iter().any(|x| x == c))
            && self.ortsteil.as_ref().is_none_or(|o| {
                e.place
                    .as_ref()
                    .and_then(|p| p.ortsteil.as_ref())
                    .is_some_and(|x| x == o)
            })
            && self
                .language
                .as_ref()
                .is_none_or(|l| e.languages.iter().any(|x| x == l))
            && (!self.free || e.cost == Cost::Free)
            && (!self.childcare || e.childcare)
    }

    pub fn matches_time(&self, start: NaiveDateTime) -> bool {
        (!self.evening || EventDetails::is_evening(start))
            && (!self.weekend || EventDetails::is_weekend(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn treff(recurrence: Option<Recurrence>) -> EventDetails {
        EventDetails {
            title: Translated::new("Alleinerziehenden-Café"),
            description: Translated::default(),
            place: None,
            starts: d(2026, 10, 6).and_hms_opt(18, 0, 0).unwrap(),
            duration_minutes: 90,
            recurrence,
            exceptions: vec![],
            cancellations: vec![],
            categories: vec![],
            languages: vec![],
            cost: Cost::Free,
            childcare: false,
            registration: Translated::default(),
            places: None,
            employers: vec![],
        }
    }

    #[test]
    fn a_single_event_belongs_only_to_the_periods_that_hold_its_day() {
        // A week view of 30.11.–06.12. listed a one-off event of 10.12. (issue 13).
        let mut e = treff(None);
        e.starts = d(2026, 12, 10).and_hms_opt(18, 0, 0).unwrap();
        assert!(e.occurrences(d(2026, 11, 30), d(2026, 12, 6)).is_empty());
        assert!(e.occurrences(d(2026, 12, 11), d(2026, 12, 17)).is_empty());
        let week = e.occurrences(d(2026, 12, 7), d(2026, 12, 13));
        assert_eq!(week.len(), 1);
        assert_eq!(week[0].start.date(), d(2026, 12, 10));
    }

    #[test]
    fn weekly_events_keep_their_wall_clock_time_across_the_end_of_summer_time() {
        // Summer time ends on Sunday 25 October 2026.
        let e = treff(Some(Recurrence::Weekly {
            every: 1,
            weekdays: vec![2],
            until: None,
        }));
        let occ = e.occurrences(d(2026, 10, 1), d(2026, 11, 5));
        let starts: Vec<String> = occ.iter().map(|o| o.start.to_string()).collect();
        assert_eq!(
            starts,
            [
                "2026-10-06 18:00:00",
                "2026-10-13 18:00:00",
                "2026-10-20 18:00:00",
                "2026-10-27 18:00:00",
                "2026-11-03 18:00:00"
            ]
        );
        assert_eq!(occ[0].end.to_string(), "2026-10-06 19:30:00");
    }

    #[test]
    fn exceptions_disappear_and_cancellations_are_marked() {
        let mut e = treff(Some(Recurrence::Weekly {
            every: 2,
            weekdays: vec![2, 4],
            until: Some(d(2026, 11, 30)),
        }));
        e.exceptions = vec![d(2026, 10, 8)];
        e.cancellations = vec![Cancellation {
            date: d(2026, 10, 20),
            reason: Translated::new("Krankheit"),
        }];
        let occ = e.occurrences(d(2026, 10, 1), d(2026, 12, 31));
        let dates: Vec<String> = occ.iter().map(|o| o.start.date().to_string()).collect();
        assert_eq!(
            dates,
            [
                "2026-10-06",
                "2026-10-20",
                "2026-10-22",
                "2026-11-03",
                "2026-11-05",
                "2026-11-17",
                "2026-11-19"
            ]
        );
        assert!(occ[1].cancelled.is_some());
        assert!(occ[0].cancelled.is_none());
    }

    #[test]
    fn monthly_on_the_nth_or_last_weekday() {
        let e = treff(Some(Recurrence::Monthly {
            nth: -1,
            weekday: 5,
            until: None,
        }));
        let dates: Vec<String> = e
            .occurrences(d(2026, 10, 1), d(2027, 1, 31))
            .iter()
            .map(|o| o.start.date().to_string())
            .collect();
        assert_eq!(
            dates,
            ["2026-10-30", "2026-11-27", "2026-12-25", "2027-01-29"]
        );
        let first_monday = treff(Some(Recurrence::Monthly {
            nth: 1,
            weekday: 1,
            until: Some(d(2026, 12, 31)),
        }));
        let dates: Vec<String> = first_monday
            .occurrences(d(2026, 10, 1), d(2027, 3, 1))
            .iter()
            .map(|o| o.start.date().to_string())
            .collect();
        assert_eq!(
            dates,
            ["2026-11-02", "2026-12-07"],
            "from the start, until the end"
        );
    }

    #[test]
    fn the_first_start_is_the_rules_first_day() {
        // 6 October 2026 is a Tuesday; the rule says Thursdays.
        let e = treff(Some(Recurrence::Weekly {
            every: 1,
            weekdays: vec![4],
            until: None,
        }));
        assert_eq!(e.first_start().to_string(), "2026-10-08 18:00:00");
        assert_eq!(treff(None).first_start().to_string(), "2026-10-06 18:00:00");
    }

    #[test]
    fn rrules_for_calendar_apps() {
        let e = treff(Some(Recurrence::Weekly {
            every: 1,
            weekdays: vec![2, 4],
            until: Some(d(2026, 12, 31)),
        }));
        assert_eq!(
            e.rrule(|t| format!("{}Z", t.format("%Y%m%dT%H%M%S")))
                .unwrap(),
            "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;UNTIL=20261231T235959Z"
        );
        let m = treff(Some(Recurrence::Monthly {
            nth: -1,
            weekday: 5,
            until: None,
        }));
        assert_eq!(
            m.rrule(|_| String::new()).unwrap(),
            "FREQ=MONTHLY;BYDAY=-1FR"
        );
        assert_eq!(treff(None).rrule(|_| String::new()), None);
    }

    #[test]
    fn the_next_occurrence_is_the_one_not_over_yet() {
        let e = treff(Some(Recurrence::Weekly {
            every: 1,
            weekdays: vec![2],
            until: None,
        }));
        let during = d(2026, 10, 13).and_hms_opt(19, 0, 0).unwrap();
        assert_eq!(
            e.next_occurrence(during).unwrap().start.date(),
            d(2026, 10, 13)
        );
        let after = d(2026, 10, 13).and_hms_opt(19, 45, 0).unwrap();
        assert_eq!(
            e.next_occurrence(after).unwrap().start.date(),
            d(2026, 10, 20)
        );
    }
}

/// Events as written by hand (demo content): dates relative to the day of loading, so the
/// calendar stays current; exceptions and cancellations name the n-th coming occurrence.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSeed {
    #[serde(default, rename = "event")]
    pub events: Vec<SeedEvent>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedEvent {
    /// The organisation's name in the directory.
    pub organization: String,
    /// An offer's German name, when the event belongs to one.
    pub offer: Option<String>,
    pub title: Translated,
    #[serde(default)]
    pub description: Translated,
    pub place: Option<EventPlace>,
    /// Days from the day of loading to the first occurrence's date.
    pub start_in_days: i64,
    /// "18:00"
    pub time: String,
    pub duration_minutes: u32,
    pub recurrence: Option<Recurrence>,
    /// The n-th coming occurrences (1 = the next) that do not take place.
    #[serde(default)]
    pub skip_next: Vec<usize>,
    /// The n-th coming occurrences that are called off, with the reason.
    #[serde(default)]
    pub cancel_next: Vec<SeedCancellation>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default = "free")]
    pub cost: Cost,
    #[serde(default)]
    pub childcare: bool,
    #[serde(default)]
    pub registration: Translated,
    pub places: Option<u32>,
    /// Names of the demo's companies taking part (resolved once they are loaded).
    #[serde(default)]
    pub employers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedCancellation {
    pub n: usize,
    pub reason: Translated,
}

impl SeedEvent {
    /// The event's details with dates resolved against `now` (Berlin time).
    pub fn resolve(&self, now: NaiveDateTime) -> Result<EventDetails, String> {
        let time = chrono::NaiveTime::parse_from_str(&self.time, "%H:%M")
            .map_err(|e| format!("{}: time {:?}: {e}", self.title.de, self.time))?;
        let starts = (now.date() + Duration::days(self.start_in_days)).and_time(time);
        let mut d = EventDetails {
            title: self.title.clone(),
            description: self.description.clone(),
            place: self.place.clone(),
            starts,
            duration_minutes: self.duration_minutes,
            recurrence: self.recurrence.clone(),
            exceptions: vec![],
            cancellations: vec![],
            categories: self.categories.clone(),
            languages: self.languages.clone(),
            cost: self.cost,
            childcare: self.childcare,
            registration: self.registration.clone(),
            places: self.places,
            employers: vec![],
        };
        d.starts = d.first_start();
        let coming: Vec<NaiveDate> = d
            .occurrences(now.date(), now.date() + Duration::days(400))
            .into_iter()
            .filter(|o| o.end > now)
            .map(|o| o.start.date())
            .collect();
        let nth = |n: usize| {
            coming
                .get(n.wrapping_sub(1))
                .copied()
                .ok_or_else(|| format!("{}: no occurrence number {n}", self.title.de))
        };
        for n in &self.skip_next {
            d.exceptions.push(nth(*n)?);
        }
        for c in &self.cancel_next {
            d.cancellations.push(Cancellation {
                date: nth(c.n)?,
                reason: c.reason.clone(),
            });
        }
        Ok(d)
    }
}

/// Whether a provider editor's save waits for the coordinator's review, as changes to published
/// offers do: anything that puts an event on the public calendar or changes what it says there.
/// `live` is what the calendar shows now under the same organisation and offer (None: nothing, or
/// something else). Taking an event off (draft, archived) and calling off or reinstating
/// occurrences apply at once: a parent must not travel to a meeting whose cancellation waits in a
/// queue.
pub fn provider_change_needs_review(
    live: Option<&EventDetails>,
    proposed: &EventDetails,
    status: PublicationStatus,
) -> bool {
    if status != PublicationStatus::Published {
        return false;
    }
    let Some(live) = live else {
        return true;
    };
    let without_cancellations = |d: &EventDetails| EventDetails {
        cancellations: Vec::new(),
        ..d.clone()
    };
    without_cancellations(live) != without_cancellations(proposed)
}

/// One field that differs between two versions of an event, as the form shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// The fields of an event as the back-office form sends them (all text, checked here).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventDraft {
    pub title_de: String,
    pub title_en: String,
    pub description_de: String,
    pub description_en: String,
    pub place_name: String,
    pub street: String,
    pub postcode: String,
    pub ortsteil: String,
    /// "2026-12-03"
    pub date: String,
    /// "18:00"
    pub time: String,
    pub duration_minutes: String,
    /// "none", "weekly" or "monthly"
    pub repeat: String,
    pub every: String,
    /// ISO weekdays ticked for weekly events.
    pub weekdays: Vec<u8>,
    /// "1".."4" or "-1" for monthly events.
    pub nth: String,
    pub month_weekday: String,
    pub until: String,
    /// One date per line.
    pub exceptions: String,
    /// One per line: "2026-12-09 Grund".
    pub cancellations: String,
    pub categories: Vec<String>,
    /// Codes separated by commas: "de, en, ar".
    pub languages: String,
    pub cost: String,
    pub childcare: bool,
    pub registration_de: String,
    pub registration_en: String,
    /// Empty: no registration on the platform.
    pub places: String,
    /// Companies taking part, by id (the web layer offers only published ones).
    pub employers: Vec<i64>,
    /// The title, description and registration in the further languages.
    pub more: SentTranslations,
}

fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
}

impl EventDraft {
    pub fn of(d: &EventDetails) -> EventDraft {
        let en = |t: &Translated| t.other.get("en").cloned().unwrap_or_default();
        let place = d.place.clone().unwrap_or_default();
        let (repeat, every, weekdays, nth, month_weekday, until) = match &d.recurrence {
            None => (
                "none",
                String::new(),
                vec![],
                String::new(),
                String::new(),
                None,
            ),
            Some(Recurrence::Weekly {
                every,
                weekdays,
                until,
            }) => (
                "weekly",
                every.to_string(),
                weekdays.clone(),
                String::new(),
                String::new(),
                *until,
            ),
            Some(Recurrence::Monthly {
                nth,
                weekday,
                until,
            }) => (
                "monthly",
                String::new(),
                vec![],
                nth.to_string(),
                weekday.to_string(),
                *until,
            ),
        };
        EventDraft {
            title_de: d.title.de.clone(),
            title_en: en(&d.title),
            description_de: d.description.de.clone(),
            description_en: en(&d.description),
            place_name: place.name,
            street: place.street,
            postcode: place.postcode,
            ortsteil: place.ortsteil.unwrap_or_default(),
            date: d.starts.format("%Y-%m-%d").to_string(),
            time: d.starts.format("%H:%M").to_string(),
            duration_minutes: d.duration_minutes.to_string(),
            repeat: repeat.into(),
            every,
            weekdays,
            nth,
            month_weekday,
            until: until
                .map(|u| u.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            exceptions: d
                .exceptions
                .iter()
                .map(|x| x.format("%Y-%m-%d").to_string())
                .collect::<Vec<_>>()
                .join("\n"),
            cancellations: d
                .cancellations
                .iter()
                .map(|c| {
                    format!("{} {}", c.date.format("%Y-%m-%d"), c.reason.de)
                        .trim()
                        .to_string()
                })
                .collect::<Vec<_>>()
                .join("\n"),
            categories: d.categories.clone(),
            languages: d.languages.join(", "),
            cost: d.cost.as_str().into(),
            childcare: d.childcare,
            registration_de: d.registration.de.clone(),
            registration_en: en(&d.registration),
            places: d.places.map(|p| p.to_string()).unwrap_or_default(),
            employers: d.employers.clone(),
            more: SentTranslations::from_stored(d.texts()),
        }
    }

    /// The fields that differ from `newer`, in the order of the form. Lists are joined with ", "
    /// (codes: the page names them); the childcare box reads "1" or "0".
    pub fn changes(&self, newer: &EventDraft) -> Vec<EventChange> {
        let days = |w: &[u8]| w.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
        let flag = |b: bool| if b { "1" } else { "0" }.to_string();
        let ids = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let pairs: [(&'static str, String, String); 27] = [
            ("title_de", self.title_de.clone(), newer.title_de.clone()),
            ("title_en", self.title_en.clone(), newer.title_en.clone()),
            (
                "description_de",
                self.description_de.clone(),
                newer.description_de.clone(),
            ),
            (
                "description_en",
                self.description_en.clone(),
                newer.description_en.clone(),
            ),
            (
                "place_name",
                self.place_name.clone(),
                newer.place_name.clone(),
            ),
            ("street", self.street.clone(), newer.street.clone()),
            ("postcode", self.postcode.clone(), newer.postcode.clone()),
            ("ortsteil", self.ortsteil.clone(), newer.ortsteil.clone()),
            ("date", self.date.clone(), newer.date.clone()),
            ("time", self.time.clone(), newer.time.clone()),
            (
                "duration_minutes",
                self.duration_minutes.clone(),
                newer.duration_minutes.clone(),
            ),
            ("repeat", self.repeat.clone(), newer.repeat.clone()),
            ("every", self.every.clone(), newer.every.clone()),
            ("weekdays", days(&self.weekdays), days(&newer.weekdays)),
            ("nth", self.nth.clone(), newer.nth.clone()),
            (
                "month_weekday",
                self.month_weekday.clone(),
                newer.month_weekday.clone(),
            ),
            ("until", self.until.clone(), newer.until.clone()),
            (
                "exceptions",
                self.exceptions.clone(),
                newer.exceptions.clone(),
            ),
            (
                "cancellations",
                self.cancellations.clone(),
                newer.cancellations.clone(),
            ),
            (
                "categories",
                self.categories.join(", "),
                newer.categories.join(", "),
            ),
            ("languages", self.languages.clone(), newer.languages.clone()),
            ("cost", self.cost.clone(), newer.cost.clone()),
            ("childcare", flag(self.childcare), flag(newer.childcare)),
            (
                "registration_de",
                self.registration_de.clone(),
                newer.registration_de.clone(),
            ),
            (
                "registration_en",
                self.registration_en.clone(),
                newer.registration_en.clone(),
            ),
            ("places", self.places.clone(), newer.places.clone()),
            ("employers", ids(&self.employers), ids(&newer.employers)),
        ];
        pairs
            .into_iter()
            .filter(|(_, old, new)| old.trim() != new.trim())
            .map(|(field, old, new)| EventChange { field, old, new })
            .collect()
    }

    /// The event's details, or every field that is wrong with its message key. `known_categories`
    /// and `ortsteil_ok` decide what the directory knows.
    pub fn checked(
        &self,
        known_categories: &[String],
        ortsteil_ok: impl Fn(&str) -> bool,
    ) -> Result<EventDetails, Vec<crate::editorial::FieldError>> {
        use crate::editorial::FieldError;
        let mut errors = Vec::new();
        let mut err =
            |field: &'static str, message: &'static str| errors.push(FieldError { field, message });
        let title = self.title_de.trim();
        if title.is_empty() || title.chars().count() > 120 {
            err("title_de", "event-error-title");
        }
        for (field, text) in [
            ("title_de", &self.title_de),
            ("title_en", &self.title_en),
            ("place_name", &self.place_name),
            ("street", &self.street),
            ("postcode", &self.postcode),
            ("registration_de", &self.registration_de),
            ("registration_en", &self.registration_en),
        ] {
            if crate::editorial::has_control(text) {
                err(field, "edit-error-control");
            }
        }
        let day = date(&self.date);
        if day.is_none() {
            err("date", "event-error-date");
        }
        let time = crate::time::parse_time_of_day(&self.time);
        if time.is_none() {
            err("time", "event-error-time");
        }
        let duration = match self.duration_minutes.trim().parse::<u32>() {
            Ok(m) if (5..=24 * 60).contains(&m) => m,
            _ => {
                err("duration_minutes", "event-error-duration");
                0
            }
        };
        let until = match self.until.trim() {
            "" => None,
            s => match date(s) {
                Some(u) if day.is_none_or(|d| u >= d) => Some(u),
                _ => {
                    err("until", "event-error-until");
                    None
                }
            },
        };
        let recurrence = match self.repeat.as_str() {
            "" | "none" => None,
            "weekly" => {
                let every = match self.every.trim() {
                    "" => 1,
                    s => s
                        .parse::<u8>()
                        .ok()
                        .filter(|n| (1..=8).contains(n))
                        .unwrap_or(0),
                };
                if every == 0 {
                    err("every", "event-error-every");
                }
                let mut days: Vec<u8> = self
                    .weekdays
                    .iter()
                    .copied()
                    .filter(|d| (1..=7).contains(d))
                    .collect();
                days.sort_unstable();
                days.dedup();
                if days.is_empty() {
                    err("weekdays", "event-error-weekdays");
                }
                Some(Recurrence::Weekly {
                    every,
                    weekdays: days,
                    until,
                })
            }
            "monthly" => {
                let nth = self
                    .nth
                    .trim()
                    .parse::<i8>()
                    .ok()
                    .filter(|n| matches!(n, 1..=4 | -1));
                let wd = self
                    .month_weekday
                    .trim()
                    .parse::<u8>()
                    .ok()
                    .filter(|d| (1..=7).contains(d));
                if nth.is_none() || wd.is_none() {
                    err("nth", "event-error-monthly");
                }
                Some(Recurrence::Monthly {
                    nth: nth.unwrap_or(1),
                    weekday: wd.unwrap_or(1),
                    until,
                })
            }
            _ => {
                err("repeat", "event-error-repeat");
                None
            }
        };
        let mut exceptions = Vec::new();
        for line in self
            .exceptions
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            match date(line) {
                Some(d) => exceptions.push(d),
                None => {
                    err("exceptions", "event-error-exceptions");
                    break;
                }
            }
        }
        let mut cancellations = Vec::new();
        for line in self
            .cancellations
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let (d, reason) = line.split_once(' ').unwrap_or((line, ""));
            match date(d) {
                Some(d) => cancellations.push(Cancellation {
                    date: d,
                    reason: Translated::new(reason.trim()),
                }),
                None => {
                    err("cancellations", "event-error-cancellations");
                    break;
                }
            }
        }
        if self
            .categories
            .iter()
            .any(|c| !known_categories.contains(c))
        {
            err("categories", "event-error-categories");
        }
        let languages: Vec<String> = self
            .languages
            .split([',', ' '])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_lowercase)
            .collect();
        if languages
            .iter()
            .any(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()))
        {
            err("languages", "event-error-languages");
        }
        let cost = Cost::parse(&self.cost);
        if cost.is_none() {
            err("cost", "event-error-cost");
        }
        let places = match self.places.trim() {
            "" => None,
            s => match s.parse::<u32>() {
                Ok(n) if (1..=1000).contains(&n) => Some(n),
                _ => {
                    err("places", "event-error-places");
                    None
                }
            },
        };
        let has_place = !self.place_name.trim().is_empty();
        if has_place && (self.street.trim().is_empty() || self.postcode.trim().len() != 5) {
            err("street", "event-error-place");
        }
        let ortsteil = self.ortsteil.trim();
        if !ortsteil.is_empty() && !ortsteil_ok(ortsteil) {
            err("ortsteil", "error-unknown-ortsteil-plain");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let (Some(day), Some(time), Some(cost)) = (day, time, cost) else {
            return Err(vec![]);
        };
        let mut d = EventDetails {
            title: Translated::with_en(&self.title_de, &self.title_en),
            description: Translated::with_en(&self.description_de, &self.description_en),
            place: has_place.then(|| EventPlace {
                name: self.place_name.trim().into(),
                street: self.street.trim().into(),
                postcode: self.postcode.trim().into(),
                ortsteil: (!ortsteil.is_empty()).then(|| ortsteil.to_string()),
            }),
            starts: day.and_time(time),
            duration_minutes: duration,
            recurrence,
            exceptions,
            cancellations,
            categories: self.categories.clone(),
            languages,
            cost,
            childcare: self.childcare,
            registration: Translated::with_en(&self.registration_de, &self.registration_en),
            places,
            employers: self.employers.clone(),
        };
        d.starts = d.first_start();
        Ok(d)
    }
}

#[cfg(test)]
mod draft_tests {
    use super::*;

    fn good() -> EventDraft {
        EventDraft {
            title_de: "Väter-Abend".into(),
            date: "2026-12-01".into(),
            time: "18:30".into(),
            duration_minutes: "120".into(),
            repeat: "weekly".into(),
            weekdays: vec![4],
            exceptions: "2026-12-24\n".into(),
            cancellations: "2026-12-10 Krankheit".into(),
            categories: vec!["treffs-und-austausch".into()],
            languages: "de, EN".into(),
            cost: "free".into(),
            places: "12".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_draft_becomes_an_event_starting_on_its_first_occurrence() {
        let d = good()
            .checked(&["treffs-und-austausch".into()], |_| true)
            .unwrap();
        // 1 December 2026 is a Tuesday; the event is on Thursdays.
        assert_eq!(d.starts.to_string(), "2026-12-03 18:30:00");
        assert_eq!(d.languages, ["de", "en"]);
        assert_eq!(d.cancellations[0].reason.de, "Krankheit");
        assert_eq!(d.places, Some(12));
        // What the form shows is what it saves.
        assert_eq!(
            EventDraft::of(&d)
                .checked(&["treffs-und-austausch".into()], |_| true)
                .unwrap(),
            d
        );
    }

    #[test]
    fn every_wrong_field_is_named() {
        let bad = EventDraft {
            title_de: "".into(),
            date: "31.02.2026".into(),
            time: "25:00".into(),
            duration_minutes: "0".into(),
            repeat: "weekly".into(),
            weekdays: vec![],
            until: "gestern".into(),
            exceptions: "morgen".into(),
            cancellations: "irgendwann".into(),
            categories: vec!["nope".into()],
            languages: "deutsch".into(),
            cost: "umsonst".into(),
            places: "-3".into(),
            place_name: "Haus".into(),
            ortsteil: "atlantis".into(),
            ..Default::default()
        };
        let fields: Vec<&str> = bad
            .checked(&[], |o| o == "fennpfuhl")
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "title_de",
                "date",
                "time",
                "duration_minutes",
                "until",
                "weekdays",
                "exceptions",
                "cancellations",
                "categories",
                "languages",
                "cost",
                "places",
                "street",
                "ortsteil"
            ]
        );
    }

    fn checked(d: &EventDraft) -> EventDetails {
        d.checked(&["treffs-und-austausch".into()], |_| true)
            .unwrap()
    }

    #[test]
    fn a_provider_publishing_or_changing_what_the_calendar_says_waits_for_review() {
        let live = checked(&good());
        let publish = PublicationStatus::Published;
        // A new event, or one that is not on the calendar yet.
        assert!(provider_change_needs_review(None, &live, publish));
        // The same event saved again goes nowhere.
        assert!(!provider_change_needs_review(Some(&live), &live, publish));
        for change in [
            EventDraft {
                title_de: "Väter-Abend mit Pizza".into(),
                ..good()
            },
            EventDraft {
                time: "19:00".into(),
                ..good()
            },
            EventDraft {
                places: "30".into(),
                ..good()
            },
            EventDraft {
                place_name: "Stadtteilzentrum".into(),
                street: "Anderswo 1".into(),
                postcode: "10365".into(),
                ..good()
            },
        ] {
            assert!(
                provider_change_needs_review(Some(&live), &checked(&change), publish),
                "{change:?}"
            );
        }
    }

    #[test]
    fn calling_off_a_date_or_taking_an_event_off_applies_at_once() {
        let live = checked(&good());
        let called_off = checked(&EventDraft {
            cancellations: "2026-12-10 Krankheit\n2026-12-17 Wasserschaden".into(),
            ..good()
        });
        let reinstated = checked(&EventDraft {
            cancellations: String::new(),
            ..good()
        });
        let publish = PublicationStatus::Published;
        assert!(!provider_change_needs_review(
            Some(&live),
            &called_off,
            publish
        ));
        assert!(!provider_change_needs_review(
            Some(&live),
            &reinstated,
            publish
        ));
        // Back to draft or archived: off the calendar, whatever else changed.
        let changed = checked(&EventDraft {
            title_de: "Anders".into(),
            ..good()
        });
        for status in [PublicationStatus::Draft, PublicationStatus::Archived] {
            assert!(!provider_change_needs_review(Some(&live), &changed, status));
            assert!(!provider_change_needs_review(None, &changed, status));
        }
    }

    #[test]
    fn the_changes_of_an_event_name_each_field_that_differs_in_form_order() {
        let old = good();
        let new = EventDraft {
            title_de: "Väter-Abend mit Pizza".into(),
            weekdays: vec![2, 4],
            childcare: true,
            places: " 12 ".into(),
            ..good()
        };
        let changes = old.changes(&new);
        let fields: Vec<&str> = changes.iter().map(|c| c.field).collect();
        // Only spaces around the places: no change.
        assert_eq!(fields, ["title_de", "weekdays", "childcare"]);
        assert_eq!(changes[1].old, "4");
        assert_eq!(changes[1].new, "2, 4");
        assert_eq!(
            (changes[2].old.as_str(), changes[2].new.as_str()),
            ("0", "1")
        );
        assert!(old.changes(&old).is_empty());
    }
}
