//! What the employer pages share: a company and a job as cards and pages show them, the forms'
//! fields, and the messages for what is wrong with a field.

use wegweiser_domain::editorial::{FieldError, translated};
use wegweiser_domain::employers::{
    Answer, CompanySize, Criterion, DAY_FIELDS, DayWindow, EmployerProfile, JobKind, Problem,
    RawEmployer, RawJob, Sector, answer_field, format_time,
};
use wegweiser_domain::geo;
use wegweiser_store::StoredJob;

use crate::kit::forms::Field;
use crate::kit::i18n::Tr;
use crate::kit::text::Text;
use crate::kit::views::format_date;

/// The message key for a field's problem.
pub(crate) fn problem_key(p: Problem) -> &'static str {
    match p {
        Problem::Empty => "employers-error-empty",
        Problem::TooLong => "employers-error-too-long",
        Problem::Invalid => "employers-error-invalid",
        Problem::WebsiteInvalid => "employers-error-website",
        Problem::TimeInvalid => "employers-error-time",
        Problem::WindowEndsBeforeStart => "employers-error-window-order",
        Problem::WindowHalf => "employers-error-window-half",
        Problem::NoWorkingDay => "employers-error-no-day",
        Problem::HoursOutOfRange => "employers-error-hours",
        Problem::HoursAboveWindows => "employers-error-hours-above",
        Problem::DateInvalid => "employers-error-date",
        Problem::ExpiryInPast => "employers-error-expiry-past",
        Problem::ExpiryTooFar => "employers-error-expiry-far",
    }
}

pub(crate) fn field_errors(
    problems: &[wegweiser_domain::employers::FieldProblem],
) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| FieldError {
            field: p.field,
            message: problem_key(p.problem),
        })
        .collect()
}

pub(crate) fn ortsteil_name(slug: &str) -> String {
    geo::ortsteil_by_slug(slug).map_or_else(|| slug.to_string(), |o| o.name.to_string())
}

pub(crate) fn sector_label(tr: &Tr, s: Sector) -> String {
    tr.t(&format!(
        "employers-sector-{}",
        s.as_str().replace('_', "-")
    ))
}

pub(crate) fn kind_label(tr: &Tr, k: JobKind) -> String {
    tr.t(&format!("jobs-kind-{}", k.as_str().replace('_', "-")))
}

pub(crate) fn criterion_label(tr: &Tr, c: Criterion) -> String {
    tr.t(&format!(
        "employers-criterion-{}",
        c.as_str().replace('_', "-")
    ))
}

/// One answered question as a profile shows it.
pub(crate) struct AnswerView {
    pub label: String,
    pub answer: String,
    /// "yes", "partly", "no" or "" (not answered): the class of its mark.
    pub class: &'static str,
    pub note: String,
    pub in_pledge: bool,
}

/// A company as its card, page and the comparison show it.
pub(crate) struct EmployerView {
    pub id: i64,
    pub name: String,
    pub sector: String,
    pub size: String,
    pub place: String,
    pub description: String,
    pub website: String,
    pub answers: Vec<AnswerView>,
    pub pledge: bool,
    /// How many questions are answered "yes", for the card.
    pub yes_count: usize,
}

pub(crate) fn employer_view(
    tr: &Tr,
    id: i64,
    p: &EmployerProfile,
    pledge: &[Criterion],
) -> EmployerView {
    let answers: Vec<AnswerView> = Criterion::ALL
        .iter()
        .map(|c| {
            let a = p.answers.get(c);
            AnswerView {
                label: criterion_label(tr, *c),
                answer: a.map_or_else(
                    || tr.t("employers-answer-none"),
                    |a| tr.t(&format!("employers-answer-{}", a.answer.as_str())),
                ),
                class: a.map_or("", |a| a.answer.as_str()),
                note: a.map(|a| a.note.clone()).unwrap_or_default(),
                in_pledge: pledge.contains(c),
            }
        })
        .collect();
    let place = if p.address.is_empty() {
        ortsteil_name(&p.ortsteil)
    } else {
        format!("{}, {}", p.address, ortsteil_name(&p.ortsteil))
    };
    EmployerView {
        id,
        name: p.name.clone(),
        sector: sector_label(tr, p.sector),
        size: tr.t(&format!("employers-size-{}", p.size.as_str())),
        place,
        description: p.description.clone(),
        website: p.website.clone(),
        yes_count: p
            .answers
            .values()
            .filter(|a| a.answer == Answer::Yes)
            .count(),
        pledge: wegweiser_domain::employers::meets_pledge(p, pledge),
        answers,
    }
}

/// "Mo–Fr 08:30–13:30, Sa 09:00–12:00": consecutive days with the same times together.
pub(crate) fn days_summary(tr: &Tr, windows: &[DayWindow]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < windows.len() {
        let first = windows[i];
        let mut last = first;
        let mut j = i + 1;
        while j < windows.len()
            && windows[j].day == last.day + 1
            && windows[j].start == first.start
            && windows[j].end == first.end
        {
            last = windows[j];
            j += 1;
        }
        let day = |d: u8| crate::kit::dates::weekday_short(tr, u32::from(d) + 1);
        let days = if last.day == first.day {
            day(first.day)
        } else if last.day == first.day + 1 {
            format!("{}, {}", day(first.day), day(last.day))
        } else {
            format!("{}–{}", day(first.day), day(last.day))
        };
        parts.push(format!(
            "{days} {}–{}",
            format_time(first.start),
            format_time(first.end)
        ));
        i = j;
    }
    parts.join(", ")
}

/// A job as its card and page show it.
pub(crate) struct JobView {
    pub id: i64,
    /// In the page language where the job has it, else German.
    pub title: Text,
    pub description: Text,
    pub kind: String,
    pub employer_id: i64,
    pub employer: String,
    pub hours: String,
    pub days: String,
    pub place: String,
    pub start: String,
    pub expires: String,
    pub expired: bool,
    /// How far, when the parent gave a place.
    pub distance: Option<String>,
}

pub(crate) fn job_view(tr: &Tr, j: &StoredJob, today: chrono::NaiveDate) -> JobView {
    let ortsteil = if j.job.ortsteil.is_empty() {
        &j.employer_ortsteil
    } else {
        &j.job.ortsteil
    };
    JobView {
        id: j.id,
        title: Text::of(&translated(&j.job.title, "title", &j.translations), tr),
        description: Text::of(
            &translated(&j.job.description, "description", &j.translations),
            tr,
        ),
        kind: kind_label(tr, j.job.kind),
        employer_id: j.employer_id,
        employer: j.employer_name.clone(),
        hours: tr.n("jobs-hours-week", "hours", usize::from(j.job.weekly_hours)),
        days: days_summary(tr, &j.job.windows),
        place: ortsteil_name(ortsteil),
        start: j
            .job
            .start_date
            .map(|d| format_date(tr, d))
            .unwrap_or_else(|| tr.t("jobs-start-now")),
        expires: format_date(tr, j.job.expires_on),
        expired: j.job.expires_on < today,
        distance: None,
    }
}

fn options<T: Copy>(
    all: &[T],
    key: impl Fn(T) -> String,
    label: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    all.iter().map(|v| (key(*v), label(*v))).collect()
}

pub(crate) fn ortsteil_options(tr: &Tr, empty_key: &str) -> Vec<(String, String)> {
    std::iter::once((String::new(), tr.t(empty_key)))
        .chain(
            geo::ortsteile()
                .iter()
                .map(|o| (o.slug.to_string(), o.name.to_string())),
        )
        .collect()
}

pub(crate) fn sector_options(tr: &Tr) -> Vec<(String, String)> {
    options(
        Sector::ALL,
        |s| s.as_str().to_string(),
        |s| sector_label(tr, s),
    )
}

pub(crate) fn kind_options(tr: &Tr) -> Vec<(String, String)> {
    options(
        JobKind::ALL,
        |k| k.as_str().to_string(),
        |k| kind_label(tr, k),
    )
}

/// The company form's fields (registration and the company's own profile page).
pub(crate) fn employer_fields(tr: &Tr, raw: &RawEmployer, errors: &[FieldError]) -> Vec<Field> {
    let field = |name: &'static str, kind: &'static str, value: &str| {
        Field::labelled(tr, "employers", name, kind, value, errors)
    };
    let mut sector = field("sector", "select", &raw.sector);
    sector.options = std::iter::once((String::new(), tr.t("employers-choose")))
        .chain(sector_options(tr))
        .collect();
    let mut size = field("size", "select", &raw.size);
    size.options = std::iter::once((String::new(), tr.t("employers-choose")))
        .chain(options(
            CompanySize::ALL,
            |s| s.as_str().to_string(),
            |s| tr.t(&format!("employers-size-{}", s.as_str())),
        ))
        .collect();
    let mut ortsteil = field("ortsteil", "select", &raw.ortsteil);
    ortsteil.options = ortsteil_options(tr, "employers-choose");
    let mut fields = vec![
        field("name", "text", &raw.name),
        sector,
        size,
        ortsteil,
        field("address", "text", &raw.address),
        field("description", "textarea", &raw.description),
        field("website", "text", &raw.website),
    ];
    for c in Criterion::ALL {
        let (name, note_name) = answer_field(*c);
        let (answer, note) = raw.answers.get(c.as_str()).cloned().unwrap_or_default();
        let label = criterion_label(tr, *c);
        let mut select = Field::keyed(
            tr,
            "employers-field-answer",
            name,
            "select",
            &answer,
            errors,
        );
        select.label = label.clone();
        select.hint = tr.t(&format!(
            "employers-criterion-{}-hint",
            c.as_str().replace('_', "-")
        ));
        select.options = std::iter::once((String::new(), tr.t("employers-choose")))
            .chain(options(
                Answer::ALL,
                |a| a.as_str().to_string(),
                |a| tr.t(&format!("employers-answer-{}", a.as_str())),
            ))
            .collect();
        let note_field = Field::keyed_labelled(
            tr,
            "employers-field-note",
            tr.s("employers-field-note", "criterion", &label),
            note_name,
            "text",
            &note,
            errors,
        );
        fields.push(select);
        fields.push(note_field);
    }
    fields
}

/// A company form's values from the submitted pairs.
pub(crate) fn raw_employer(form: &crate::kit::forms::FormPairs<'_>) -> RawEmployer {
    let mut raw = RawEmployer {
        name: form.get("name"),
        sector: form.get("sector"),
        size: form.get("size"),
        ortsteil: form.get("ortsteil"),
        address: form.get("address"),
        description: form.get("description"),
        website: form.get("website"),
        ..RawEmployer::default()
    };
    for c in Criterion::ALL {
        let (name, note) = answer_field(*c);
        raw.answers
            .insert(c.as_str().to_string(), (form.get(name), form.get(note)));
    }
    raw
}

/// A company's profile as its form shows it.
pub(crate) fn raw_from_profile(p: &EmployerProfile) -> RawEmployer {
    RawEmployer {
        name: p.name.clone(),
        sector: p.sector.as_str().into(),
        size: p.size.as_str().into(),
        ortsteil: p.ortsteil.clone(),
        address: p.address.clone(),
        description: p.description.clone(),
        website: p.website.clone(),
        answers: p
            .answers
            .iter()
            .map(|(c, a)| {
                (
                    c.as_str().to_string(),
                    (a.answer.as_str().to_string(), a.note.clone()),
                )
            })
            .collect(),
    }
}

/// One weekday row of the job form.
pub(crate) struct DayRow {
    pub name: &'static str,
    pub label: String,
    pub start: String,
    pub end: String,
    pub error: Option<String>,
}

/// The job form's fields (besides the weekday rows).
/// The job's texts that have translations.
pub(crate) const JOB_TEXT_FIELDS: [&str; 2] = ["title", "description"];

/// A job form's fields: title and description with their translations (`more`), the working days,
/// the rest.
pub(crate) fn job_fields(
    tr: &Tr,
    raw: &RawJob,
    more: &wegweiser_domain::editorial::SentTranslations,
    errors: &[FieldError],
) -> (Vec<Field>, Vec<DayRow>, Vec<Field>) {
    let field = |name: &'static str, kind: &'static str, value: &str| {
        Field::labelled(tr, "jobs", name, kind, value, errors)
    };
    let mut kind = field("kind", "select", &raw.kind);
    kind.options = kind_options(tr);
    let mut ortsteil = field("ortsteil", "select", &raw.ortsteil);
    ortsteil.options = ortsteil_options(tr, "jobs-ortsteil-company");
    let top = vec![
        field("title", "text", &raw.title).with_translations(tr, more),
        kind,
        field("description", "textarea", &raw.description).with_translations(tr, more),
        field("weekly_hours", "text", &raw.weekly_hours),
    ];
    let days = DAY_FIELDS
        .iter()
        .enumerate()
        .map(|(i, name)| DayRow {
            name,
            label: crate::kit::dates::weekday(tr, i as u32 + 1),
            start: raw.days[i].0.clone(),
            end: raw.days[i].1.clone(),
            error: errors
                .iter()
                .find(|e| e.field == *name)
                .map(|e| tr.t(e.message)),
        })
        .collect();
    let bottom = vec![
        ortsteil,
        field("start_date", "date", &raw.start_date),
        field("expires_on", "date", &raw.expires_on),
    ];
    (top, days, bottom)
}

/// A job form's values from the submitted pairs.
pub(crate) fn raw_job(form: &crate::kit::forms::FormPairs<'_>) -> RawJob {
    let mut raw = RawJob {
        title: form.get("title"),
        description: form.get("description"),
        kind: form.get("kind"),
        weekly_hours: form.get("weekly_hours"),
        ortsteil: form.get("ortsteil"),
        start_date: form.get("start_date"),
        expires_on: form.get("expires_on"),
        ..RawJob::default()
    };
    for (i, name) in DAY_FIELDS.iter().enumerate() {
        raw.days[i] = (
            form.get(&format!("{name}_start")),
            form.get(&format!("{name}_end")),
        );
    }
    raw
}

/// A saved job as its form shows it.
pub(crate) fn raw_from_job(j: &wegweiser_domain::employers::JobOffer) -> RawJob {
    let mut raw = RawJob {
        title: j.title.clone(),
        description: j.description.clone(),
        kind: j.kind.as_str().into(),
        weekly_hours: j.weekly_hours.to_string(),
        ortsteil: j.ortsteil.clone(),
        start_date: j.start_date.map(|d| d.to_string()).unwrap_or_default(),
        expires_on: j.expires_on.to_string(),
        ..RawJob::default()
    };
    for w in &j.windows {
        raw.days[usize::from(w.day)] = (format_time(w.start), format_time(w.end));
    }
    raw
}
