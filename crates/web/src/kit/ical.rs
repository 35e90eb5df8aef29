//! iCalendar (RFC 5545) feeds of events: times in Europe/Berlin with a VTIMEZONE, so calendar apps
//! keep a weekly 18:00 at 18:00 across the switch to and from summer time; recurring events as one
//! VEVENT with RRULE and EXDATE; a cancelled occurrence as an override with STATUS:CANCELLED, so a
//! subscribed calendar shows the cancellation.

use chrono::{NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Berlin;
use icalendar::{
    Calendar, CalendarDateTime, Component, Event as IcalEvent, EventLike, EventStatus, Property,
};
use wegweiser_domain::events::Event;

const TZID: &str = "Europe/Berlin";

/// The rules of Europe/Berlin since 1996 (last Sunday of March and October, 01:00 UTC).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

fn berlin(t: NaiveDateTime) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: t,
        tzid: TZID.into(),
    }
}

fn local_stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// A Berlin wall-clock time in UTC, as UNTIL needs it.
fn utc_stamp(t: NaiveDateTime) -> String {
    let utc = Berlin
        .from_local_datetime(&t)
        .earliest()
        .map(|z| z.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&t));
    utc.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A text value as iCalendar may carry it: line breaks of any kind become the one the writer
/// escapes ("\n"), other control characters are dropped. A bare CR left in would end the line for
/// parsers that split on it, and the rest of the text would be read as a property of its own.
fn text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

/// What one event says in the feed, in the page language.
pub struct FeedEntry<'a> {
    pub event: &'a Event,
    pub title: String,
    pub description: String,
    pub location: Option<String>,
    pub url: String,
    /// "Abgesagt" in the page language, before a cancelled occurrence's title.
    pub cancelled_label: String,
}

/// Names the product in every calendar file (RFC 5545 § 3.7.3).
const PRODID: &str = concat!(
    "-//Koordinierungsstelle Alleinerziehende Lichtenberg//Wegweiser ",
    env!("CARGO_PKG_VERSION"),
    "//DE"
);

/// The calendar with `entries`; `domain` (the site's host name, without a port) makes the UIDs
/// globally unique and stable when the site moves to another port.
///
/// A published calendar has no METHOD, so DTSTAMP is when the event was last revised (RFC 5545
/// § 3.8.7.2), not the moment of the request: the same events give the same file, and the
/// feed's ETag lets calendar apps ask cheaply whether anything changed.
pub fn feed(name: &str, domain: &str, entries: &[FeedEntry<'_>]) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.name(&text(name))
        .timezone(TZID)
        .append_property(
            Property::new("REFRESH-INTERVAL", "PT6H")
                .add_parameter("VALUE", "DURATION")
                .done(),
        )
        .append_property(Property::new("X-PUBLISHED-TTL", "PT6H"));
    for e in entries {
        let d = &e.event.details;
        let uid = format!("event-{}@{domain}", e.event.id);
        let revised = e.event.updated_at;
        let first = d.first_start();
        let end = first + chrono::Duration::minutes(i64::from(d.duration_minutes));
        let mut v = IcalEvent::new();
        let title = text(&e.title);
        v.uid(&uid)
            .summary(&title)
            .description(&text(&e.description))
            .url(&text(&e.url))
            .starts(berlin(first))
            .ends(berlin(end))
            .sequence(e.event.sequence)
            .timestamp(revised)
            .last_modified(revised);
        if let Some(l) = &e.location {
            v.location(&text(l));
        }
        match d.rrule(utc_stamp) {
            Some(rule) => {
                v.add_property("RRULE", rule);
                for x in &d.exceptions {
                    v.append_multi_property(
                        Property::new("EXDATE", local_stamp(x.and_time(d.starts.time())))
                            .add_parameter("TZID", TZID)
                            .done(),
                    );
                }
            }
            // A single event that is called off is itself cancelled.
            None if d.cancellations.iter().any(|c| c.date == d.starts.date()) => {
                v.status(EventStatus::Cancelled);
                v.summary(&format!("{}: {title}", e.cancelled_label));
            }
            None => {
                v.status(EventStatus::Confirmed);
            }
        }
        cal.push(v.done());
        if d.recurrence.is_some() {
            for c in &d.cancellations {
                let start = c.date.and_time(d.starts.time());
                let mut o = IcalEvent::new();
                o.uid(&uid)
                    .summary(&format!("{}: {title}", e.cancelled_label))
                    .starts(berlin(start))
                    .ends(berlin(
                        start + chrono::Duration::minutes(i64::from(d.duration_minutes)),
                    ))
                    .sequence(e.event.sequence)
                    .timestamp(revised)
                    .status(EventStatus::Cancelled)
                    .append_property(
                        Property::new("RECURRENCE-ID", local_stamp(start))
                            .add_parameter("TZID", TZID)
                            .done(),
                    );
                cal.push(o.done());
            }
        }
    }
    let text = cal.done().to_string();
    // The crate writes only X-WR-TIMEZONE; RFC 5545 wants the zone defined before it is used.
    match text.find("BEGIN:VEVENT") {
        Some(i) => format!("{}{VTIMEZONE}{}", &text[..i], &text[i..]),
        None => text.replacen("END:VCALENDAR", &format!("{VTIMEZONE}END:VCALENDAR"), 1),
    }
}

/// One meeting sent to one person (RFC 5546 iTIP over mail): a `REQUEST` invites or updates (the
/// same UID with a higher SEQUENCE), a `CANCEL` removes it from the person's calendar.
pub struct MeetingMessage<'a> {
    pub cancel: bool,
    pub uid: String,
    pub sequence: i32,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub summary: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub url: &'a str,
    /// The sender's address (the site's mail address) and name.
    pub organizer: (&'a str, &'a str),
    /// The person's address and name.
    pub attendee: (&'a str, &'a str),
    pub stamp: chrono::DateTime<Utc>,
}

/// A CN parameter value: quoted, without the characters a quoted parameter may not hold.
fn cn(name: &str) -> String {
    let clean: String = text(name)
        .chars()
        .filter(|c| !matches!(c, '"' | '\n'))
        .collect();
    format!("\"{clean}\"")
}

/// The calendar object of one meeting message.
pub fn meeting_message(m: &MeetingMessage<'_>) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new(
            "METHOD",
            if m.cancel { "CANCEL" } else { "REQUEST" },
        ));
    let mut v = IcalEvent::new();
    v.uid(&m.uid)
        .summary(&text(m.summary))
        .description(&text(m.description))
        .url(&text(m.url))
        .starts(berlin(m.starts))
        .ends(berlin(m.ends))
        .sequence(u32::try_from(m.sequence).unwrap_or(0))
        .timestamp(m.stamp)
        .status(if m.cancel {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        })
        .append_property(
            Property::new("ORGANIZER", format!("mailto:{}", m.organizer.0))
                .add_parameter("CN", &cn(m.organizer.1))
                .done(),
        )
        .append_property(
            Property::new("ATTENDEE", format!("mailto:{}", m.attendee.0))
                .add_parameter("CN", &cn(m.attendee.1))
                .add_parameter("ROLE", "REQ-PARTICIPANT")
                .add_parameter("PARTSTAT", "NEEDS-ACTION")
                .add_parameter("RSVP", "FALSE")
                .done(),
        );
    if !m.location.is_empty() {
        v.location(&text(m.location));
    }
    cal.push(v.done());
    let text = cal.done().to_string();
    match text.find("BEGIN:VEVENT") {
        Some(i) => format!("{}{VTIMEZONE}{}", &text[..i], &text[i..]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::{MeetingMessage, meeting_message, text};

    #[test]
    fn a_meeting_message_names_its_method_people_and_sequence() {
        let at = chrono::NaiveDate::from_ymd_opt(2027, 1, 14)
            .and_then(|d| d.and_hms_opt(15, 0, 0))
            .expect("time");
        let ics = meeting_message(&MeetingMessage {
            cancel: false,
            uid: "ag-meeting-1@wegweiser.example".into(),
            sequence: 2,
            starts: at,
            ends: at + chrono::Duration::hours(2),
            summary: "AG; Sitzung",
            description: "Tagesordnung",
            location: "Rathaus, Raum 113",
            url: "https://wegweiser.example/ag/sitzungen/1",
            organizer: ("wegweiser@example.org", "Wegweiser \"Lichtenberg\""),
            attendee: ("m1@example.de", "Mitglied: Eins"),
            stamp: chrono::Utc::now(),
        });
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("METHOD:REQUEST\r\n"));
        assert!(unfolded.contains("SEQUENCE:2\r\n"));
        assert!(unfolded.contains("DTSTART;TZID=Europe/Berlin:20270114T150000\r\n"));
        assert!(
            unfolded.contains(
                "ORGANIZER;CN=\"Wegweiser Lichtenberg\":mailto:wegweiser@example.org\r\n"
            ),
            "{unfolded}"
        );
        assert!(unfolded.contains("CN=\"Mitglied: Eins\""), "{unfolded}");
        assert!(unfolded.contains("BEGIN:VTIMEZONE"));
    }

    #[test]
    fn no_control_character_reaches_a_calendar_line() {
        assert_eq!(
            text("Titel\rURL:https://evil.example"),
            "Titel\nURL:https://evil.example"
        );
        assert_eq!(text("a\r\nb\u{7}c\td"), "a\nbcd");
    }
}
