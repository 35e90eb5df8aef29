//! The AG Alleinerziehende (the office's sixth task): its meetings, agenda items and the answers
//! members give to an invitation. Rules only; what is stored and sent lives elsewhere.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::editorial::FieldError;

/// The shortest and longest meeting, in minutes.
pub const MEETING_MINUTES: (u32, u32) = (15, 8 * 60);
/// The longest agenda item, in minutes.
pub const ITEM_MAX_MINUTES: u32 = 240;
/// Items one member may propose for one meeting.
pub const PROPOSALS_PER_MEMBER: i64 = 5;
/// Items one meeting's agenda holds at most.
pub const ITEMS_PER_MEETING: i64 = 40;
/// Days after a meeting its answers (who said yes, no, maybe, and whom they sent) are deleted.
pub const ANSWER_RETENTION_DAYS: i64 = 365;
/// Days before a meeting its reminder goes out.
pub const REMINDER_DAYS: i64 = 2;

fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
}

fn too_long(s: &str, max: usize) -> bool {
    s.chars().count() > max
}

/// A meeting as the coordinator's form sends it.
#[derive(Clone, Debug, Default)]
pub struct MeetingDraft {
    pub title: String,
    pub date: String,
    pub time: String,
    pub duration_minutes: String,
    pub place: String,
    pub video_url: String,
    /// The last day members can propose items (empty: until the day before).
    pub proposals_until: String,
}

/// A meeting's facts, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    pub title: String,
    /// Berlin wall-clock time.
    pub starts: NaiveDateTime,
    pub duration_minutes: u32,
    pub place: String,
    pub video_url: String,
    pub proposals_until: NaiveDate,
}

impl Meeting {
    pub fn ends(&self) -> NaiveDateTime {
        self.starts + Duration::minutes(i64::from(self.duration_minutes))
    }

    /// Whether members told of it must hear of a change: when, how long or where.
    pub fn moved_from(&self, before: &Meeting) -> bool {
        self.starts != before.starts
            || self.duration_minutes != before.duration_minutes
            || self.place != before.place
            || self.video_url != before.video_url
    }

    /// Whether a member can still propose an item at `now` (Berlin time): until the end of the
    /// deadline day.
    pub fn takes_proposals(&self, now: NaiveDateTime) -> bool {
        now.date() <= self.proposals_until && now < self.starts
    }
}

impl MeetingDraft {
    pub fn from_meeting(m: &Meeting) -> MeetingDraft {
        MeetingDraft {
            title: m.title.clone(),
            date: m.starts.format("%Y-%m-%d").to_string(),
            time: m.starts.format("%H:%M").to_string(),
            duration_minutes: m.duration_minutes.to_string(),
            place: m.place.clone(),
            video_url: m.video_url.clone(),
            proposals_until: m.proposals_until.format("%Y-%m-%d").to_string(),
        }
    }

    /// The meeting, or every field that is wrong with its message key. A meeting starts after
    /// `now` (Berlin time): one cannot invite to the past.
    pub fn checked(&self, now: NaiveDateTime) -> Result<Meeting, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err =
            |field: &'static str, message: &'static str| errors.push(FieldError { field, message });
        let title = self.title.trim();
        if title.is_empty() || too_long(title, 150) {
            err("title", "ag-error-title");
        }
        let day = date(&self.date);
        if day.is_none() {
            err("date", "ag-error-date");
        }
        let time = crate::time::parse_time_of_day(&self.time);
        if time.is_none() {
            err("time", "ag-error-time");
        }
        let duration = self
            .duration_minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (MEETING_MINUTES.0..=MEETING_MINUTES.1).contains(d));
        if duration.is_none() {
            err("duration_minutes", "ag-error-duration");
        }
        let place = self.place.trim();
        let video = self.video_url.trim();
        if place.is_empty() && video.is_empty() {
            err("place", "ag-error-place-or-video");
        }
        if too_long(place, 300) {
            err("place", "ag-error-too-long");
        }
        if !video.is_empty()
            && (!video.starts_with("https://")
                || too_long(video, 500)
                || video.contains(char::is_whitespace))
        {
            err("video_url", "ag-error-video");
        }
        let starts = day.zip(time).map(|(d, t)| d.and_time(t));
        if starts.is_some_and(|s| s <= now) {
            err("date", "ag-error-past");
        }
        let proposals_until = if self.proposals_until.trim().is_empty() {
            starts.map(|s| s.date() - Duration::days(1))
        } else {
            match date(&self.proposals_until) {
                None => {
                    err("proposals_until", "ag-error-date");
                    None
                }
                Some(p) if starts.is_some_and(|s| p >= s.date()) => {
                    err("proposals_until", "ag-error-deadline");
                    None
                }
                Some(p) => Some(p),
            }
        };
        match (starts, duration, proposals_until, errors.is_empty()) {
            (Some(starts), Some(duration_minutes), Some(proposals_until), true) => Ok(Meeting {
                title: title.to_string(),
                starts,
                duration_minutes,
                place: place.to_string(),
                video_url: video.to_string(),
                proposals_until,
            }),
            _ => Err(errors),
        }
    }
}

/// An agenda item as a form sends it.
#[derive(Clone, Debug, Default)]
pub struct ItemDraft {
    pub title: String,
    pub presenter: String,
    pub duration_minutes: String,
    /// Why a member proposes it (optional).
    pub note: String,
}

/// An agenda item, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub title: String,
    pub presenter: String,
    pub duration_minutes: u32,
    pub note: String,
}

impl ItemDraft {
    pub fn checked(&self) -> Result<Item, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.is_empty() || too_long(title, 200) {
            errors.push(FieldError {
                field: "title",
                message: "ag-error-title",
            });
        }
        let presenter = self.presenter.trim();
        if too_long(presenter, 150) {
            errors.push(FieldError {
                field: "presenter",
                message: "ag-error-too-long",
            });
        }
        let duration = self
            .duration_minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=ITEM_MAX_MINUTES).contains(d));
        if duration.is_none() {
            errors.push(FieldError {
                field: "duration_minutes",
                message: "ag-error-item-duration",
            });
        }
        let note = self.note.trim();
        if too_long(note, 2000) {
            errors.push(FieldError {
                field: "note",
                message: "ag-error-too-long",
            });
        }
        match (duration, errors.is_empty()) {
            (Some(duration_minutes), true) => Ok(Item {
                title: title.to_string(),
                presenter: presenter.to_string(),
                duration_minutes,
                note: note.to_string(),
            }),
            _ => Err(errors),
        }
    }
}

/// Where an agenda item stands: on the agenda, proposed by a member, or not taken up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemStatus {
    Accepted,
    Proposed,
    Declined,
}

impl ItemStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Accepted => "accepted",
            ItemStatus::Proposed => "proposed",
            ItemStatus::Declined => "declined",
        }
    }
    pub fn parse(s: &str) -> Option<ItemStatus> {
        [
            ItemStatus::Accepted,
            ItemStatus::Proposed,
            ItemStatus::Declined,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// A member's answer to an invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Maybe,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::Maybe, Answer::No];
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Maybe => "maybe",
        }
    }
    pub fn parse(s: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// A decision as the minutes' form sends it.
#[derive(Clone, Debug, Default)]
pub struct DecisionDraft {
    pub text: String,
    /// Votes for, against and abstaining; all empty when it was decided without a vote.
    pub yes: String,
    pub no: String,
    pub abstain: String,
}

/// A decision, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub text: String,
    /// (for, against, abstaining), when there was a vote.
    pub votes: Option<(u32, u32, u32)>,
}

/// The most votes one count can hold (a working group of 20–40 people, with guests).
const MAX_VOTES: u32 = 500;

impl DecisionDraft {
    pub fn checked(&self) -> Result<Decision, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = self.text.trim();
        if text.is_empty() || too_long(text, 2000) {
            errors.push(FieldError {
                field: "decision",
                message: "ag-error-decision",
            });
        }
        let counts = [&self.yes, &self.no, &self.abstain].map(|c| c.trim().to_string());
        let votes = if counts.iter().all(String::is_empty) {
            None
        } else {
            let parsed: Vec<Option<u32>> = counts
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        Some(0)
                    } else {
                        c.parse::<u32>().ok().filter(|n| *n <= MAX_VOTES)
                    }
                })
                .collect();
            match parsed[..] {
                [Some(y), Some(n), Some(a)] => Some((y, n, a)),
                _ => {
                    errors.push(FieldError {
                        field: "votes",
                        message: "ag-error-votes",
                    });
                    None
                }
            }
        };
        if errors.is_empty() {
            Ok(Decision {
                text: text.to_string(),
                votes,
            })
        } else {
            Err(errors)
        }
    }
}

/// An action item as the minutes' form sends it.
#[derive(Clone, Debug, Default)]
pub struct ActionDraft {
    pub text: String,
    /// The owner's account id.
    pub owner: String,
    pub due_on: String,
}

/// An action item, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub text: String,
    pub owner: i64,
    pub due_on: NaiveDate,
}

/// Days before its due day an action item's owner is reminded.
pub const ACTION_REMINDER_DAYS: i64 = 3;

impl ActionDraft {
    /// `owners` are the members who can own it; the due day is today or later.
    pub fn checked(&self, owners: &[i64], today: NaiveDate) -> Result<Action, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = self.text.trim();
        if text.is_empty() || too_long(text, 1000) {
            errors.push(FieldError {
                field: "action",
                message: "ag-error-action",
            });
        }
        let owner = self
            .owner
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|o| owners.contains(o));
        if owner.is_none() {
            errors.push(FieldError {
                field: "owner",
                message: "ag-error-owner",
            });
        }
        let due = date(&self.due_on);
        match due {
            None => errors.push(FieldError {
                field: "due_on",
                message: "ag-error-date",
            }),
            Some(d) if d < today => errors.push(FieldError {
                field: "due_on",
                message: "ag-error-due-past",
            }),
            Some(_) => {}
        }
        match (owner, due, errors.is_empty()) {
            (Some(owner), Some(due_on), true) => Ok(Action {
                text: text.to_string(),
                owner,
                due_on,
            }),
            _ => Err(errors),
        }
    }
}

/// The largest document for an agenda item: below the site's 1 MiB limit for any request body, so
/// that a file somewhat too large still gets its message at the field.
pub const MAX_DOCUMENT_BYTES: usize = 800 * 1024;
/// Documents one agenda item holds at most.
pub const DOCUMENTS_PER_ITEM: i64 = 10;

/// The kinds of documents the AG shares: PDF and office files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
}

impl DocKind {
    pub const ALL: [DocKind; 7] = [
        DocKind::Pdf,
        DocKind::Docx,
        DocKind::Xlsx,
        DocKind::Pptx,
        DocKind::Odt,
        DocKind::Ods,
        DocKind::Odp,
    ];
    /// The file name's ending, also the stored name of the kind.
    pub fn extension(self) -> &'static str {
        match self {
            DocKind::Pdf => "pdf",
            DocKind::Docx => "docx",
            DocKind::Xlsx => "xlsx",
            DocKind::Pptx => "pptx",
            DocKind::Odt => "odt",
            DocKind::Ods => "ods",
            DocKind::Odp => "odp",
        }
    }
    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.extension() == s)
    }
    pub fn content_type(self) -> &'static str {
        match self {
            DocKind::Pdf => "application/pdf",
            DocKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            DocKind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            DocKind::Odt => "application/vnd.oasis.opendocument.text",
            DocKind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            DocKind::Odp => "application/vnd.oasis.opendocument.presentation",
        }
    }
}

/// Why a document is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocProblem {
    Empty,
    TooLarge,
    /// Not a PDF or office file by its content.
    UnknownKind,
    /// The name's ending says another kind than the content.
    MisleadingName,
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// What a file is by its content: a PDF by its header and end, an office file by the parts its
/// ZIP container names (Office Open XML) or its first entry `mimetype` (OpenDocument).
pub fn sniff(bytes: &[u8]) -> Option<DocKind> {
    let head = &bytes[..bytes.len().min(1024)];
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if contains(head, b"%PDF-") && contains(tail, b"%%EOF") {
        return Some(DocKind::Pdf);
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    // OpenDocument: the first entry is the uncompressed `mimetype` (name at offset 30).
    if bytes.get(30..38) == Some(b"mimetype") {
        let start = &bytes[38..bytes.len().min(38 + 80)];
        for (mime, kind) in [
            (
                &b"application/vnd.oasis.opendocument.text"[..],
                DocKind::Odt,
            ),
            (
                b"application/vnd.oasis.opendocument.spreadsheet",
                DocKind::Ods,
            ),
            (
                b"application/vnd.oasis.opendocument.presentation",
                DocKind::Odp,
            ),
        ] {
            if start.starts_with(mime) {
                return Some(kind);
            }
        }
        return None;
    }
    if !contains(bytes, b"[Content_Types].xml") {
        return None;
    }
    [
        (&b"word/document.xml"[..], DocKind::Docx),
        (b"xl/workbook.xml", DocKind::Xlsx),
        (b"ppt/presentation.xml", DocKind::Pptx),
    ]
    .into_iter()
    .find(|(part, _)| contains(bytes, part))
    .map(|(_, kind)| kind)
}

/// Checks an uploaded document by its content and its name; gives the name to store (plain
/// letters, digits, spaces, dots, dashes; at most 100 characters) and the kind.
pub fn check_document(file_name: &str, bytes: &[u8]) -> Result<(String, DocKind), DocProblem> {
    if bytes.is_empty() {
        return Err(DocProblem::Empty);
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocProblem::TooLarge);
    }
    let kind = sniff(bytes).ok_or(DocProblem::UnknownKind)?;
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim();
    let lower = name.to_lowercase();
    let ending = format!(".{}", kind.extension());
    let Some(stem) = lower.strip_suffix(&ending) else {
        return Err(DocProblem::MisleadingName);
    };
    // A name that hides another kind before the ending ("bericht.exe.pdf").
    if stem.is_empty()
        || [
            ".exe", ".bat", ".cmd", ".js", ".vbs", ".scr", ".html", ".htm", ".zip",
        ]
        .iter()
        .any(|x| stem.ends_with(x))
    {
        return Err(DocProblem::MisleadingName);
    }
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    Ok((clean, kind))
}

/// The longest public summary of a meeting.
pub const SUMMARY_MAX: usize = 10_000;

/// The longest name of a deputy sent in one's place.
pub const DEPUTY_MAX: usize = 150;

/// The start and end of each item when the meeting starts at `starts` and the items follow one
/// another in order.
pub fn item_times(starts: NaiveDateTime, durations: &[u32]) -> Vec<(NaiveTime, NaiveTime)> {
    let mut at = starts;
    durations
        .iter()
        .map(|d| {
            let from = at;
            at += Duration::minutes(i64::from(*d));
            (from.time(), at.time())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 6)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("date")
    }

    fn draft() -> MeetingDraft {
        MeetingDraft {
            title: "AG-Sitzung".into(),
            date: "2027-01-14".into(),
            time: "15:00".into(),
            duration_minutes: "120".into(),
            place: "Rathaus Lichtenberg, Raum 113".into(),
            video_url: String::new(),
            proposals_until: String::new(),
        }
    }

    fn fields(r: Result<Meeting, Vec<FieldError>>) -> Vec<&'static str> {
        r.err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn a_meeting_takes_proposals_until_the_day_before_unless_told_otherwise() {
        let m = draft().checked(now()).expect("valid");
        assert_eq!(
            m.proposals_until,
            NaiveDate::from_ymd_opt(2027, 1, 13).expect("d")
        );
        let late = NaiveDate::from_ymd_opt(2027, 1, 13)
            .and_then(|d| d.and_hms_opt(23, 59, 0))
            .expect("d");
        assert!(m.takes_proposals(late));
        assert!(!m.takes_proposals(late + Duration::minutes(1)));
    }

    #[test]
    fn a_meeting_in_the_past_a_deadline_after_it_and_no_place_are_refused_at_their_fields() {
        let past = MeetingDraft {
            date: "2026-12-06".into(),
            time: "11:00".into(),
            ..draft()
        };
        assert_eq!(fields(past.checked(now())), vec!["date"]);
        let deadline = MeetingDraft {
            proposals_until: "2027-01-14".into(),
            ..draft()
        };
        assert_eq!(fields(deadline.checked(now())), vec!["proposals_until"]);
        let nowhere = MeetingDraft {
            place: " ".into(),
            ..draft()
        };
        assert_eq!(fields(nowhere.checked(now())), vec!["place"]);
        let plain_http = MeetingDraft {
            place: " ".into(),
            video_url: "http://video.example.org/ag".into(),
            ..draft()
        };
        assert_eq!(fields(plain_http.checked(now())), vec!["video_url"]);
        let bad = MeetingDraft {
            duration_minutes: "5".into(),
            time: "25:00".into(),
            ..draft()
        };
        assert_eq!(fields(bad.checked(now())), vec!["time", "duration_minutes"]);
    }

    #[test]
    fn moving_is_a_change_of_time_length_or_place_not_of_title() {
        let m = draft().checked(now()).expect("valid");
        let renamed = Meeting {
            title: "Neu".into(),
            ..m.clone()
        };
        assert!(!renamed.moved_from(&m));
        let later = Meeting {
            starts: m.starts + Duration::hours(1),
            ..m.clone()
        };
        assert!(later.moved_from(&m));
    }

    #[test]
    fn votes_are_counted_or_absent_and_an_action_is_due_today_or_later() {
        let plain = DecisionDraft {
            text: "Die AG unterstützt den Antrag.".into(),
            ..DecisionDraft::default()
        };
        assert_eq!(plain.checked().expect("ok").votes, None);
        let voted = DecisionDraft {
            yes: "12".into(),
            abstain: "2".into(),
            ..plain.clone()
        };
        assert_eq!(voted.checked().expect("ok").votes, Some((12, 0, 2)));
        let bad = DecisionDraft {
            no: "viele".into(),
            ..plain
        };
        assert_eq!(bad.checked().err().unwrap_or_default()[0].field, "votes");
        let today = now().date();
        let action = ActionDraft {
            text: "Flyer drucken".into(),
            owner: "7".into(),
            due_on: "2026-12-05".into(),
        };
        let fields: Vec<&str> = action
            .checked(&[7], today)
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["due_on"]);
        let stranger = ActionDraft {
            owner: "8".into(),
            due_on: "2026-12-06".into(),
            ..action
        };
        let fields: Vec<&str> = stranger
            .checked(&[7], today)
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["owner"]);
    }

    #[test]
    fn documents_are_known_by_their_content_and_their_name_must_agree() {
        let pdf = b"%PDF-1.7\n1 0 obj\n%%EOF\n".to_vec();
        assert_eq!(
            check_document("Bericht 2026.pdf", &pdf),
            Ok(("Bericht 2026.pdf".into(), DocKind::Pdf))
        );
        assert_eq!(
            check_document("bericht.docx", &pdf),
            Err(DocProblem::MisleadingName)
        );
        assert_eq!(
            check_document("bericht.exe.pdf", &pdf),
            Err(DocProblem::MisleadingName)
        );
        assert_eq!(
            check_document("bericht.pdf", b"MZ\x90\x00 not a pdf"),
            Err(DocProblem::UnknownKind)
        );
        let mut docx = b"PK\x03\x04".to_vec();
        docx.extend_from_slice(&[0; 26]);
        docx.extend_from_slice(b"[Content_Types].xml ... word/document.xml");
        assert_eq!(sniff(&docx), Some(DocKind::Docx));
        let mut odt = b"PK\x03\x04".to_vec();
        odt.extend_from_slice(&[0; 26]);
        odt.extend_from_slice(b"mimetypeapplication/vnd.oasis.opendocument.text");
        assert_eq!(
            check_document("Protokoll.ODT", &odt).map(|x| x.1),
            Ok(DocKind::Odt)
        );
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(&[0; 60]);
        assert_eq!(check_document("x.docx", &zip), Err(DocProblem::UnknownKind));
        let big = [pdf.clone(), vec![b' '; MAX_DOCUMENT_BYTES]].concat();
        assert_eq!(check_document("a.pdf", &big), Err(DocProblem::TooLarge));
    }

    #[test]
    fn items_follow_one_another() {
        let t = item_times(now(), &[10, 30, 5]);
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("t");
        assert_eq!(
            t,
            vec![
                (hm(12, 0), hm(12, 10)),
                (hm(12, 10), hm(12, 40)),
                (hm(12, 40), hm(12, 45))
            ]
        );
    }
}

/// The demo's AG (`demo/ag.toml`): example members and meetings, days relative to loading.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgSeed {
    #[serde(default)]
    pub member: Vec<SeedMember>,
    #[serde(default)]
    pub meeting: Vec<SeedMeeting>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedMember {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub function: String,
    /// The name of the member this one stands in for.
    #[serde(default)]
    pub deputy_of: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedMeeting {
    pub title: String,
    pub in_days: i64,
    pub time: String,
    pub duration_minutes: u32,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub video_url: String,
    /// Minutes published to the members.
    #[serde(default)]
    pub published: bool,
    /// The public summary (published when given).
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub item: Vec<SeedItem>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedItem {
    pub title: String,
    #[serde(default)]
    pub presenter: String,
    pub duration_minutes: u32,
    #[serde(default)]
    pub notes: String,
    /// Proposed by this member (by name) and waiting for the coordinator.
    #[serde(default)]
    pub proposed_by: String,
    #[serde(default)]
    pub decision: Vec<SeedDecision>,
    #[serde(default)]
    pub action: Vec<SeedAction>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedDecision {
    pub text: String,
    pub votes: Option<(u32, u32, u32)>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedAction {
    pub text: String,
    /// The owner's name, a member.
    pub owner: String,
    pub due_in_days: i64,
    #[serde(default)]
    pub done: bool,
}

impl SeedMeeting {
    /// The meeting on the day `in_days` after `today`.
    pub fn resolve(&self, today: NaiveDate) -> Result<Meeting, String> {
        let time = crate::time::parse_time_of_day(&self.time)
            .ok_or_else(|| format!("{}: time {:?}", self.title, self.time))?;
        let starts = (today + Duration::days(self.in_days)).and_time(time);
        Ok(Meeting {
            title: self.title.clone(),
            starts,
            duration_minutes: self.duration_minutes,
            place: self.place.clone(),
            video_url: self.video_url.clone(),
            proposals_until: starts.date() - Duration::days(1),
        })
    }
}
