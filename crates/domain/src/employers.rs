//! Employers and jobs (the office's fourth and fifth tasks: against prejudice with local
//! businesses, and connecting single parents with companies). An employer's profile answers the
//! same family-friendliness questions as every other, so profiles compare side by side; a job says
//! when it is worked, as a time window per weekday, so a parent can ask "Monday to Friday between
//! 8:30 and 14:30" and get exactly the jobs whose every working day fits.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use crate::directory::str_enum;
use crate::geo;
use crate::peers::{TextProblem, clean_text};

str_enum!(
    /// The family-friendliness questions every employer answers.
    Criterion {
        FlexibleHours = "flexible_hours",
        CoreHours = "core_hours",
        PartTimeModels = "part_time_models",
        PartTimeTraining = "part_time_training",
        HomeOffice = "home_office",
        SickChildLeave = "sick_child_leave",
        ChildcareSupport = "childcare_support",
        ParentContact = "parent_contact",
        PlannableShifts = "plannable_shifts"
    }
);
str_enum!(
    /// An employer's answer to a criterion.
    Answer { Yes = "yes", Partly = "partly", No = "no" }
);
str_enum!(
    Sector {
        Care = "care",
        Health = "health",
        Retail = "retail",
        Hospitality = "hospitality",
        Office = "office",
        Crafts = "crafts",
        Logistics = "logistics",
        Education = "education",
        Social = "social",
        It = "it",
        PublicService = "public_service",
        Industry = "industry",
        Other = "other"
    }
);
str_enum!(
    /// People employed: 1–9, 10–49, 50–249, 250 and more.
    CompanySize { Micro = "micro", Small = "small", Medium = "medium", Large = "large" }
);
str_enum!(
    /// A job, a training place, or a part-time training place (Teilzeitausbildung, § 7a BBiG).
    JobKind { Job = "job", Training = "training", PartTimeTraining = "part_time_training" }
);
str_enum!(
    /// Where an employer stands: waiting for the coordinator, public, or turned down.
    EmployerStatus { Proposed = "proposed", Published = "published", Rejected = "rejected" }
);

/// Ordering by declaration, so a profile's answers come in the questionnaire's order.
impl PartialOrd for Criterion {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Criterion {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let at = |c: &Criterion| Criterion::ALL.iter().position(|x| x == c);
        at(self).cmp(&at(other))
    }
}

/// The longest explanation of an answer.
pub const MAX_NOTE: usize = 300;
/// The longest company description and job description.
pub const MAX_DESCRIPTION: usize = 3000;
/// Offers expire at the latest this many days after they are saved.
pub const MAX_OFFER_DAYS: i64 = 366;

/// One answer with its optional explanation ("Kernzeit 9–14 Uhr").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionAnswer {
    pub answer: Answer,
    pub note: String,
}

/// An employer as the public sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerProfile {
    pub name: String,
    pub sector: Sector,
    pub size: CompanySize,
    /// An Ortsteil slug of [`geo::ortsteile`].
    pub ortsteil: String,
    /// Street and number, optional (a company's address is public).
    pub address: String,
    pub description: String,
    /// The company's own site, optional.
    pub website: String,
    /// Every criterion answered.
    pub answers: BTreeMap<Criterion, CriterionAnswer>,
}

/// A form field and what is wrong with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub problem: Problem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLong,
    /// Outside the closed list, or more than one line where one is expected.
    Invalid,
    /// A web address that is not `https://` or `http://`.
    WebsiteInvalid,
    /// A time of day that is not one ("25:00", "halb neun").
    TimeInvalid,
    /// A day's window ends before (or when) it starts.
    WindowEndsBeforeStart,
    /// Only a start or only an end for a day.
    WindowHalf,
    NoWorkingDay,
    HoursOutOfRange,
    /// More hours a week than the windows hold.
    HoursAboveWindows,
    DateInvalid,
    ExpiryInPast,
    ExpiryTooFar,
}

impl From<TextProblem> for Problem {
    fn from(p: TextProblem) -> Self {
        match p {
            TextProblem::Empty => Problem::Empty,
            TextProblem::TooLong => Problem::TooLong,
            TextProblem::ControlCharacters => Problem::Invalid,
        }
    }
}

fn one_line(text: &str, max: usize) -> Result<String, Problem> {
    let t = clean_text(text, max)?;
    if t.contains(['\n', '\t']) {
        return Err(Problem::Invalid);
    }
    Ok(t)
}

fn optional(text: &str, max: usize) -> Result<String, Problem> {
    match one_line(text, max) {
        Err(Problem::Empty) => Ok(String::new()),
        other => other,
    }
}

/// Collects problems per field while checking a form.
struct Checker(Vec<FieldProblem>);

impl Checker {
    fn take<T: Default>(&mut self, field: &'static str, r: Result<T, Problem>) -> T {
        r.unwrap_or_else(|problem| {
            self.0.push(FieldProblem { field, problem });
            T::default()
        })
    }
    fn closed<T>(
        &mut self,
        field: &'static str,
        value: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Option<T> {
        let found = parse(value);
        if found.is_none() {
            self.0.push(FieldProblem {
                field,
                problem: Problem::Invalid,
            });
        }
        found
    }
}

/// The employer form's values as sent (and the demo's employers as written).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RawEmployer {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub size: String,
    #[serde(default)]
    pub ortsteil: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub website: String,
    /// criterion key → (answer key, note)
    #[serde(default)]
    pub answers: BTreeMap<String, (String, String)>,
}

/// The form field of a criterion's answer and of its note.
pub fn answer_field(c: Criterion) -> (&'static str, &'static str) {
    match c {
        Criterion::FlexibleHours => ("flexible_hours", "flexible_hours_note"),
        Criterion::CoreHours => ("core_hours", "core_hours_note"),
        Criterion::PartTimeModels => ("part_time_models", "part_time_models_note"),
        Criterion::PartTimeTraining => ("part_time_training", "part_time_training_note"),
        Criterion::HomeOffice => ("home_office", "home_office_note"),
        Criterion::SickChildLeave => ("sick_child_leave", "sick_child_leave_note"),
        Criterion::ChildcareSupport => ("childcare_support", "childcare_support_note"),
        Criterion::ParentContact => ("parent_contact", "parent_contact_note"),
        Criterion::PlannableShifts => ("plannable_shifts", "plannable_shifts_note"),
    }
}

impl RawEmployer {
    /// Checks every field; all problems at once.
    pub fn validate(&self) -> Result<EmployerProfile, Vec<FieldProblem>> {
        let mut c = Checker(Vec::new());
        let name = c.take("name", one_line(&self.name, 120));
        let sector = c.closed("sector", &self.sector, Sector::parse);
        let size = c.closed("size", &self.size, CompanySize::parse);
        if geo::ortsteil_by_slug(&self.ortsteil).is_none() {
            c.0.push(FieldProblem {
                field: "ortsteil",
                problem: Problem::Invalid,
            });
        }
        let address = c.take("address", optional(&self.address, 120));
        let description = c.take(
            "description",
            clean_text(&self.description, MAX_DESCRIPTION).map_err(Problem::from),
        );
        let website = c.take(
            "website",
            optional(&self.website, 200).and_then(|w| {
                if w.is_empty()
                    || (w.starts_with("https://") || w.starts_with("http://")) && !w.contains(' ')
                {
                    Ok(w)
                } else {
                    Err(Problem::WebsiteInvalid)
                }
            }),
        );
        let mut answers = BTreeMap::new();
        for criterion in Criterion::ALL {
            let (field, note_field) = answer_field(*criterion);
            let (answer, note) = self
                .answers
                .get(criterion.as_str())
                .cloned()
                .unwrap_or_default();
            let answer = c.closed(field, &answer, Answer::parse);
            let note = c.take(note_field, optional(&note, MAX_NOTE));
            if let Some(answer) = answer {
                answers.insert(*criterion, CriterionAnswer { answer, note });
            }
        }
        match (sector, size, c.0.is_empty()) {
            (Some(sector), Some(size), true) => Ok(EmployerProfile {
                name,
                sector,
                size,
                ortsteil: self.ortsteil.clone(),
                address,
                description,
                website,
                answers,
            }),
            _ => Err(c.0),
        }
    }
}

/// Whether a profile meets the pledge: every criterion the coordinator chose answered "yes".
/// An empty choice is no pledge at all.
pub fn meets_pledge(profile: &EmployerProfile, required: &[Criterion]) -> bool {
    !required.is_empty()
        && required.iter().all(|c| {
            profile
                .answers
                .get(c)
                .is_some_and(|a| a.answer == Answer::Yes)
        })
}

/// Weekdays as the forms and the store number them: Monday 0 … Sunday 6.
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// When a job is worked on one weekday, in minutes after midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayWindow {
    /// 0 = Monday … 6 = Sunday.
    pub day: u8,
    pub start: u16,
    pub end: u16,
}

/// A job or training place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobOffer {
    pub title: String,
    pub description: String,
    pub kind: JobKind,
    pub weekly_hours: u8,
    /// One window per working day, Monday first.
    pub windows: Vec<DayWindow>,
    /// Where it is worked, if not at the employer's Ortsteil.
    pub ortsteil: String,
    pub start_date: Option<NaiveDate>,
    /// The last day it is shown.
    pub expires_on: NaiveDate,
}

/// A time of day as people type it: "8:30", "08.30", "8" or "14:30 Uhr"; `None` otherwise.
pub fn parse_time(text: &str) -> Option<u16> {
    let t = text.trim().trim_end_matches("Uhr").trim().replace('.', ":");
    let t = if t.contains(':') {
        t
    } else {
        format!("{t}:00")
    };
    let time = NaiveTime::parse_from_str(&t, "%H:%M").ok()?;
    u16::try_from(time.hour() * 60 + time.minute()).ok()
}

/// Minutes after midnight as "08:30".
pub fn format_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The job form's values as sent (and the demo's jobs as written: `days` as "mon" → "08:30-14:30").
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RawJob {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub weekly_hours: String,
    /// Per weekday (Monday first): (start, end) as typed; both empty for a day off.
    #[serde(default)]
    pub days: [(String, String); 7],
    #[serde(default)]
    pub ortsteil: String,
    #[serde(default)]
    pub start_date: String,
    #[serde(default)]
    pub expires_on: String,
}

/// The form fields of each weekday's window.
pub const DAY_FIELDS: [&str; 7] = [
    "day_mon", "day_tue", "day_wed", "day_thu", "day_fri", "day_sat", "day_sun",
];

fn parse_date(text: &str) -> Result<Option<NaiveDate>, Problem> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .map(Some)
        .map_err(|_| Problem::DateInvalid)
}

impl RawJob {
    /// Checks every field against `today` (Berlin); all problems at once.
    pub fn validate(&self, today: NaiveDate) -> Result<JobOffer, Vec<FieldProblem>> {
        let mut c = Checker(Vec::new());
        let title = c.take("title", one_line(&self.title, 120));
        let description = c.take(
            "description",
            clean_text(&self.description, MAX_DESCRIPTION).map_err(Problem::from),
        );
        let kind = c.closed("kind", &self.kind, JobKind::parse);
        let mut windows = Vec::new();
        for (day, (start, end)) in self.days.iter().enumerate() {
            let field = DAY_FIELDS[day];
            match (start.trim().is_empty(), end.trim().is_empty()) {
                (true, true) => continue,
                (false, false) => {}
                _ => {
                    c.0.push(FieldProblem {
                        field,
                        problem: Problem::WindowHalf,
                    });
                    continue;
                }
            }
            match (parse_time(start), parse_time(end)) {
                (Some(s), Some(e)) if e > s => windows.push(DayWindow {
                    day: day as u8,
                    start: s,
                    end: e,
                }),
                (Some(_), Some(_)) => c.0.push(FieldProblem {
                    field,
                    problem: Problem::WindowEndsBeforeStart,
                }),
                _ => c.0.push(FieldProblem {
                    field,
                    problem: Problem::TimeInvalid,
                }),
            }
        }
        if windows.is_empty() && !c.0.iter().any(|p| DAY_FIELDS.contains(&p.field)) {
            c.0.push(FieldProblem {
                field: "day_mon",
                problem: Problem::NoWorkingDay,
            });
        }
        let weekly_hours = c.take(
            "weekly_hours",
            self.weekly_hours
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|h| (1..=48).contains(h))
                .ok_or(Problem::HoursOutOfRange),
        );
        let held: u32 = windows.iter().map(|w| u32::from(w.end - w.start)).sum();
        if weekly_hours > 0 && !windows.is_empty() && u32::from(weekly_hours) * 60 > held {
            c.0.push(FieldProblem {
                field: "weekly_hours",
                problem: Problem::HoursAboveWindows,
            });
        }
        if !self.ortsteil.is_empty() && geo::ortsteil_by_slug(&self.ortsteil).is_none() {
            c.0.push(FieldProblem {
                field: "ortsteil",
                problem: Problem::Invalid,
            });
        }
        let start_date = c.take("start_date", parse_date(&self.start_date));
        let expires_on = c.take(
            "expires_on",
            parse_date(&self.expires_on).and_then(|d| match d {
                None => Err(Problem::Empty),
                Some(d) if d < today => Err(Problem::ExpiryInPast),
                Some(d) if (d - today).num_days() > MAX_OFFER_DAYS => Err(Problem::ExpiryTooFar),
                Some(d) => Ok(Some(d)),
            }),
        );
        match (kind, expires_on, c.0.is_empty()) {
            (Some(kind), Some(expires_on), true) => Ok(JobOffer {
                title,
                description,
                kind,
                weekly_hours,
                windows,
                ortsteil: self.ortsteil.clone(),
                start_date,
                expires_on,
            }),
            _ => Err(c.0),
        }
    }
}

/// When a parent can work: which weekdays, and between which times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Availability {
    /// Bit `d` set: weekday `d` (0 = Monday) is possible.
    pub days: u8,
    pub from: u16,
    pub to: u16,
}

impl Availability {
    /// Whether every working day of a job lies on a possible day, inside the times.
    pub fn fits(&self, windows: &[DayWindow]) -> bool {
        windows
            .iter()
            .all(|w| self.days & (1 << w.day) != 0 && w.start >= self.from && w.end <= self.to)
    }

    /// Availability from a filter form: the days ticked (keys of [`WEEKDAYS`]) and two times.
    /// `None` when no day is ticked or a time is missing, unreadable or not in order.
    pub fn parse(days: &[String], from: &str, to: &str) -> Option<Availability> {
        let mut mask = 0u8;
        for d in days {
            mask |= 1 << WEEKDAYS.iter().position(|w| w == d)?;
        }
        let (from, to) = (parse_time(from)?, parse_time(to)?);
        (mask != 0 && to > from).then_some(Availability {
            days: mask,
            from,
            to,
        })
    }
}

/// People one company's account may have.
pub const EMPLOYER_PEOPLE_MAX: i64 = 10;
/// Colleagues one person may invite in 24 hours (each invitation sends a mail).
pub const TEAM_INVITES_PER_DAY: i64 = 10;
/// Contact requests one parent may send in 24 hours (shared through the store).
pub const CONTACTS_PER_DAY: i64 = 10;
/// Messages one person may write in contact threads in 24 hours.
pub const CONTACT_MESSAGES_PER_DAY: i64 = 50;
/// The largest CV accepted: below the site's 1 MiB limit for any request body, so that a file
/// somewhat too large still gets its message at the field.
pub const MAX_CV_BYTES: usize = 800 * 1024;
/// CVs are deleted this many days after they were sent, unless configured otherwise.
pub const DEFAULT_CV_RETENTION_DAYS: i64 = 90;
/// Contact requests and their messages are deleted this many days after the last message.
pub const CONTACT_RETENTION_DAYS: i64 = 365;

/// What is wrong with an uploaded CV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CvProblem {
    TooLarge,
    /// The content is not a PDF document, whatever the name says.
    NotPdf,
    /// A name that does not end in ".pdf", or hides another kind of file ("lebenslauf.exe.pdf").
    MisleadingName,
}

/// Checks an uploaded CV by its content and its name; gives the name to store (plain letters,
/// digits, spaces, dots, dashes; at most 80 characters).
pub fn check_cv(file_name: &str, bytes: &[u8]) -> Result<String, CvProblem> {
    if bytes.len() > MAX_CV_BYTES {
        return Err(CvProblem::TooLarge);
    }
    // A PDF starts with its header (within the first KiB, as readers allow) and ends with %%EOF.
    let head = &bytes[..bytes.len().min(1024)];
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    let has = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    if !has(head, b"%PDF-") || !has(tail, b"%%EOF") {
        return Err(CvProblem::NotPdf);
    }
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim();
    let lower = name.to_lowercase();
    let Some(stem) = lower.strip_suffix(".pdf") else {
        return Err(CvProblem::MisleadingName);
    };
    const HIDDEN: [&str; 12] = [
        ".exe", ".bat", ".cmd", ".com", ".js", ".vbs", ".scr", ".html", ".htm", ".doc", ".docx",
        ".zip",
    ];
    if stem.is_empty() || HIDDEN.iter().any(|x| stem.ends_with(x)) {
        return Err(CvProblem::MisleadingName);
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
        .take(80)
        .collect();
    Ok(clean)
}

/// A contact request as the parent fills it in: what to share and a first message.
#[derive(Clone, Debug, Default)]
pub struct RawContact {
    pub share_name: bool,
    pub name: String,
    pub share_email: bool,
    pub phone: String,
    pub message: String,
}

/// What a contact request shares (empty: not shared) and its first message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactShare {
    pub name: String,
    pub phone: String,
    pub share_email: bool,
    pub message: String,
}

impl RawContact {
    /// Checks every field; all problems at once.
    pub fn validate(&self) -> Result<ContactShare, Vec<FieldProblem>> {
        let mut c = Checker(Vec::new());
        let name = if self.share_name {
            c.take("name", one_line(&self.name, 80))
        } else {
            String::new()
        };
        let phone = c.take(
            "phone",
            optional(&self.phone, 40).and_then(|p| {
                let digits = p.chars().filter(char::is_ascii_digit).count();
                let allowed = p
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || " +-/()".contains(ch));
                if p.is_empty() || (allowed && (6..=15).contains(&digits)) {
                    Ok(p)
                } else {
                    Err(Problem::Invalid)
                }
            }),
        );
        let message = c.take(
            "message",
            clean_text(&self.message, 1000).map_err(Problem::from),
        );
        if c.0.is_empty() {
            Ok(ContactShare {
                name,
                phone,
                share_email: self.share_email,
                message,
            })
        } else {
            Err(c.0)
        }
    }
}

/// A stored file as the account's data export carries it (standard base64).
pub fn export_bytes(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(day: u8, s: &str, e: &str) -> DayWindow {
        DayWindow {
            day,
            start: parse_time(s).expect("start"),
            end: parse_time(e).expect("end"),
        }
    }

    #[test]
    fn times_as_people_type_them() {
        assert_eq!(parse_time("8:30"), Some(510));
        assert_eq!(parse_time("08.30"), Some(510));
        assert_eq!(parse_time("14"), Some(840));
        assert_eq!(parse_time("14:30 Uhr"), Some(870));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("halb neun"), None);
        assert_eq!(format_time(510), "08:30");
    }

    #[test]
    fn a_job_fits_when_every_working_day_fits() {
        let weekdays = Availability::parse(
            &["mon", "tue", "wed", "thu", "fri"].map(String::from),
            "8:30",
            "14:30",
        )
        .expect("availability");
        let mo_fr = |s, e| (0..5).map(|d| w(d, s, e)).collect::<Vec<_>>();
        assert!(weekdays.fits(&mo_fr("8:30", "14:30")), "exactly the window");
        assert!(!weekdays.fits(&mo_fr("8:29", "14:30")), "a minute early");
        assert!(!weekdays.fits(&mo_fr("8:30", "14:31")), "a minute late");
        assert!(weekdays.fits(&[w(1, "9", "12"), w(3, "9", "12")]));
        let mut saturday = mo_fr("9", "13");
        saturday.push(w(5, "9", "13"));
        assert!(!weekdays.fits(&saturday), "Saturday is not possible");
        assert_eq!(Availability::parse(&[], "8", "14"), None);
        assert_eq!(Availability::parse(&["mon".into()], "14", "8"), None);
        assert_eq!(Availability::parse(&["montag".into()], "8", "14"), None);
    }

    fn raw_job() -> RawJob {
        let mut days: [(String, String); 7] = Default::default();
        for d in days.iter_mut().take(5) {
            *d = ("8:30".into(), "13:30".into());
        }
        RawJob {
            title: "Kauffrau im Büromanagement".into(),
            description: "Ausbildung in Teilzeit".into(),
            kind: "part_time_training".into(),
            weekly_hours: "25".into(),
            days,
            expires_on: "2027-03-31".into(),
            ..RawJob::default()
        }
    }

    #[test]
    fn jobs_are_checked_at_their_fields() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).expect("date");
        let job = raw_job().validate(today).expect("valid");
        assert_eq!(job.windows.len(), 5);
        let mut bad = raw_job();
        bad.days[0] = ("14:00".into(), "9:00".into());
        bad.days[1] = ("9:00".into(), String::new());
        bad.days[2] = ("9 Uhr".into(), "halb drei".into());
        bad.expires_on = "2026-12-05".into();
        bad.weekly_hours = "60".into();
        let problems = bad.validate(today).expect_err("invalid");
        let at = |f: &str| problems.iter().find(|p| p.field == f).map(|p| p.problem);
        assert_eq!(at("day_mon"), Some(Problem::WindowEndsBeforeStart));
        assert_eq!(at("day_tue"), Some(Problem::WindowHalf));
        assert_eq!(at("day_wed"), Some(Problem::TimeInvalid));
        assert_eq!(at("expires_on"), Some(Problem::ExpiryInPast));
        assert_eq!(at("weekly_hours"), Some(Problem::HoursOutOfRange));
        let mut too_many = raw_job();
        too_many.weekly_hours = "30".into();
        let problems = too_many
            .validate(today)
            .expect_err("25 hours in the windows");
        assert_eq!(problems[0].problem, Problem::HoursAboveWindows);
        let mut none = raw_job();
        none.days = Default::default();
        let problems = none.validate(today).expect_err("no day");
        assert!(problems.iter().any(|p| p.problem == Problem::NoWorkingDay));
    }

    #[test]
    fn cvs_are_checked_by_content_and_name() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n".to_vec();
        assert_eq!(
            check_cv("Lebenslauf Müller.pdf", &pdf),
            Ok("Lebenslauf Müller.pdf".into())
        );
        assert_eq!(check_cv("C:\\Users\\x\\cv.PDF", &pdf), Ok("cv.PDF".into()));
        assert_eq!(check_cv("foto.jpg", &pdf), Err(CvProblem::MisleadingName));
        assert_eq!(
            check_cv("lebenslauf.exe.pdf", &pdf),
            Err(CvProblem::MisleadingName)
        );
        assert_eq!(
            check_cv("lebenslauf.pdf", b"MZ\x90\x00 not a pdf"),
            Err(CvProblem::NotPdf)
        );
        assert_eq!(
            check_cv("lebenslauf.pdf", b"%PDF-1.7 cut off"),
            Err(CvProblem::NotPdf)
        );
        let mut big = pdf.clone();
        big.splice(9..9, vec![b' '; MAX_CV_BYTES]);
        assert_eq!(check_cv("lebenslauf.pdf", &big), Err(CvProblem::TooLarge));
    }

    #[test]
    fn a_contact_shares_only_what_was_chosen() {
        let raw = RawContact {
            share_name: false,
            name: "Anna Beispiel".into(),
            share_email: true,
            phone: String::new(),
            message: "Ich interessiere mich für die Stelle.".into(),
        };
        let share = raw.validate().expect("valid");
        assert!(share.name.is_empty() && share.share_email && share.phone.is_empty());
        let bad = RawContact {
            share_name: true,
            phone: "ruf mich an".into(),
            ..RawContact::default()
        };
        let problems = bad.validate().expect_err("invalid");
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, ["name", "phone", "message"]);
    }

    #[test]
    fn the_pledge_needs_every_chosen_criterion_answered_yes() {
        let mut raw = RawEmployer {
            name: "Bäckerei (Beispiel)".into(),
            sector: "crafts".into(),
            size: "small".into(),
            ortsteil: "fennpfuhl".into(),
            description: "Wir backen.".into(),
            ..RawEmployer::default()
        };
        for c in Criterion::ALL {
            raw.answers
                .insert(c.as_str().into(), ("yes".into(), String::new()));
        }
        raw.answers.insert(
            "home_office".into(),
            ("no".into(), "In der Backstube nicht möglich".into()),
        );
        let profile = raw.validate().expect("valid");
        assert!(meets_pledge(
            &profile,
            &[Criterion::FlexibleHours, Criterion::SickChildLeave]
        ));
        assert!(!meets_pledge(&profile, &[Criterion::HomeOffice]));
        assert!(!meets_pledge(&profile, &[]));
        raw.website = "www.example.org".into();
        raw.answers.remove("core_hours");
        let problems = raw.validate().expect_err("invalid");
        assert!(problems.contains(&FieldProblem {
            field: "website",
            problem: Problem::WebsiteInvalid
        }));
        assert!(problems.iter().any(|p| p.field == "core_hours"));
    }
}
