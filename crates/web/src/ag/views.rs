//! What the AG's pages and mails share: a meeting's date and place in words, the agenda with
//! times, and the mails about a meeting (always in German, the AG's language), each with its
//! calendar object.

use chrono::Datelike;
use wegweiser_domain::ag::{ItemStatus, item_times};
use wegweiser_domain::mail::Mail;
use wegweiser_store::{AgItem, AgMeeting, AgRsvp, CalendarMail};

use crate::kit::i18n::Tr;
use crate::kit::views::{format_date, weekday_name};
use crate::state::AppState;

/// "Donnerstag, 14.01.2027, 15:00–17:00 Uhr"
pub(crate) fn when(tr: &Tr, m: &AgMeeting) -> String {
    let s = m.meeting.starts;
    tr.with_args(
        "ag-when",
        &[
            ("day", &weekday_name(tr, s.weekday().number_from_monday())),
            ("date", &format_date(tr, s.date())),
            ("from", &s.format("%H:%M").to_string()),
            ("to", &m.meeting.ends().format("%H:%M").to_string()),
        ],
    )
}

/// The place, the video link, or both.
pub(crate) fn place(tr: &Tr, m: &AgMeeting) -> String {
    match (m.meeting.place.is_empty(), m.meeting.video_url.is_empty()) {
        (false, true) => m.meeting.place.clone(),
        (true, false) => tr.s("ag-online", "url", &m.meeting.video_url),
        _ => tr.s2(
            "ag-place-and-online",
            ("place", &m.meeting.place),
            ("url", &m.meeting.video_url),
        ),
    }
}

/// One item of the agenda with its times.
pub(crate) struct AgendaLine {
    pub id: i64,
    pub number: usize,
    pub from: String,
    pub to: String,
    pub title: String,
    pub presenter: String,
    pub first: bool,
    pub last: bool,
}

/// The accepted items in order, with the times they follow one another at.
pub(crate) fn agenda(m: &AgMeeting, items: &[AgItem]) -> Vec<AgendaLine> {
    let accepted: Vec<&AgItem> = items
        .iter()
        .filter(|i| i.status == ItemStatus::Accepted)
        .collect();
    let durations: Vec<u32> = accepted.iter().map(|i| i.item.duration_minutes).collect();
    let times = item_times(m.meeting.starts, &durations);
    let n = accepted.len();
    accepted
        .iter()
        .zip(times)
        .enumerate()
        .map(|(k, (i, (from, to)))| AgendaLine {
            id: i.id,
            number: k + 1,
            from: from.format("%H:%M").to_string(),
            to: to.format("%H:%M").to_string(),
            title: i.item.title.clone(),
            presenter: i.item.presenter.clone(),
            first: k == 0,
            last: k + 1 == n,
        })
        .collect()
}

/// The meeting's page.
pub(crate) fn meeting_url(state: &AppState, m: &AgMeeting) -> String {
    format!("{}/ag/sitzungen/{}", state.config.public_url, m.id)
}

/// The host part of the site's address: with the meeting's id, a UID no other calendar has.
fn uid(state: &AppState, m: &AgMeeting) -> String {
    let host = state
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("localhost")
        .split(['/', ':'])
        .next()
        .unwrap_or("localhost")
        .to_string();
    format!("ag-meeting-{}@{host}", m.id)
}

/// The organiser's address and name, from the site's sender ("Name <address>").
fn organizer(state: &AppState) -> (String, String) {
    let from = state.config.mail_from.trim();
    match (from.find('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b => (
            from[a + 1..b].trim().to_string(),
            from[..a].trim().trim_matches('"').to_string(),
        ),
        _ => (from.to_string(), String::new()),
    }
}

/// The calendar object of `m` for `to` (address, name): a request, or a cancellation.
pub(crate) fn ics(state: &AppState, m: &AgMeeting, to: (&str, &str), cancel: bool) -> String {
    let (org_mail, org_name) = organizer(state);
    let de = Tr::new(crate::kit::i18n::LANGS[0]);
    let url = meeting_url(state, m);
    crate::kit::ical::meeting_message(&crate::kit::ical::MeetingMessage {
        cancel,
        uid: uid(state, m),
        sequence: m.sequence,
        starts: m.meeting.starts,
        ends: m.meeting.ends(),
        summary: &m.meeting.title,
        description: &de.s("ag-ics-description", "url", &url),
        location: &place(&de, m),
        url: &url,
        organizer: (&org_mail, &org_name),
        attendee: to,
        stamp: state.now(),
    })
}

fn agenda_text(m: &AgMeeting, items: &[AgItem]) -> String {
    agenda(m, items)
        .iter()
        .map(|l| format!("{}. {}–{} {}", l.number, l.from, l.to, l.title))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The invitation with the member's personal answer link.
pub(crate) fn invitation(
    state: &AppState,
    m: &AgMeeting,
    items: &[AgItem],
    to: (&str, &str),
    answer_link: &str,
) -> CalendarMail {
    let de = Tr::new(crate::kit::i18n::LANGS[0]);
    CalendarMail {
        mail: Mail {
            to: to.0.to_string(),
            subject: de.s2(
                "ag-mail-invitation-subject",
                ("title", &m.meeting.title),
                ("date", &format_date(&de, m.meeting.starts.date())),
            ),
            body: de.with_args(
                "ag-mail-invitation-body",
                &[
                    ("name", to.1),
                    ("title", &m.meeting.title),
                    ("when", &when(&de, m)),
                    ("place", &place(&de, m)),
                    ("agenda", &agenda_text(m, items)),
                    ("answer", answer_link),
                    ("url", &meeting_url(state, m)),
                ],
            ),
        },
        ics: ics(state, m, to, false),
    }
}

/// The update after a meeting moved, or its cancellation.
pub(crate) fn change(state: &AppState, m: &AgMeeting, r: &AgRsvp, cancel: bool) -> CalendarMail {
    let de = Tr::new(crate::kit::i18n::LANGS[0]);
    let key = if cancel {
        "ag-mail-cancel"
    } else {
        "ag-mail-moved"
    };
    CalendarMail {
        mail: Mail {
            to: r.email.clone(),
            subject: de.s(&format!("{key}-subject"), "title", &m.meeting.title),
            body: de.with_args(
                &format!("{key}-body"),
                &[
                    ("name", &r.name),
                    ("title", &m.meeting.title),
                    ("when", &when(&de, m)),
                    ("place", &place(&de, m)),
                    ("url", &meeting_url(state, m)),
                ],
            ),
        },
        ics: ics(state, m, (&r.email, &r.name), cancel),
    }
}

/// The reminder a few days before.
pub(crate) fn reminder(state: &AppState, m: &AgMeeting, r: &AgRsvp) -> Mail {
    let de = Tr::new(crate::kit::i18n::LANGS[0]);
    Mail {
        to: r.email.clone(),
        subject: de.s2(
            "ag-mail-reminder-subject",
            ("title", &m.meeting.title),
            ("date", &format_date(&de, m.meeting.starts.date())),
        ),
        body: de.with_args(
            "ag-mail-reminder-body",
            &[
                ("name", &r.name),
                ("title", &m.meeting.title),
                ("when", &when(&de, m)),
                ("place", &place(&de, m)),
                ("url", &meeting_url(state, m)),
            ],
        ),
    }
}
