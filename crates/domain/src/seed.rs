//! The shape of directory content as it is written by hand (demo data, imports): organisations with
//! their locations and offers. Dates are relative to the day of loading, so demo content stays current.

use chrono::{Duration, NaiveDate};
use serde::Deserialize;

use crate::directory::{AccessMode, Cost, OrganizationKind, PublicationStatus, Translated};
use crate::hours::{HoursException, WeeklySlot, parse_weekly};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectorySeed {
    #[serde(default, rename = "organization")]
    pub organizations: Vec<SeedOrganization>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedOrganization {
    pub name: String,
    pub kind: OrganizationKind,
    #[serde(default)]
    pub description: Translated,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    #[serde(default)]
    pub example: bool,
    #[serde(default, rename = "location")]
    pub locations: Vec<SeedLocation>,
    #[serde(default, rename = "offer")]
    pub offers: Vec<SeedOffer>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedLocation {
    pub key: String,
    pub name: String,
    pub street: Option<String>,
    pub postcode: Option<String>,
    #[serde(default = "berlin")]
    pub city: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Only needed when the coordinates do not decide it.
    pub ortsteil: Option<String>,
    #[serde(default)]
    pub confidential: bool,
    #[serde(default)]
    pub wheelchair: bool,
    pub transit: Option<String>,
    #[serde(default)]
    pub contact_note: Translated,
}

fn berlin() -> String {
    "Berlin".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedException {
    pub date: NaiveDate,
    /// "10:00-13:00"; absent means closed all day.
    pub hours: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedOffer {
    pub name: Translated,
    #[serde(default)]
    pub summary: Translated,
    #[serde(default)]
    pub description: Translated,
    #[serde(default = "published")]
    pub status: PublicationStatus,
    pub categories: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<String>,
    #[serde(default = "german")]
    pub languages: Vec<String>,
    pub cost: Cost,
    #[serde(default)]
    pub cost_note: Translated,
    #[serde(default)]
    pub childcare: bool,
    pub access: AccessMode,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    #[serde(default)]
    pub eligibility: Translated,
    #[serde(default)]
    pub how_to_access: Translated,
    /// Keys of the organisation's locations where the offer takes place.
    #[serde(default)]
    pub locations: Vec<String>,
    /// Weekly hours such as "Mo-Fr 09:00-12:00".
    #[serde(default)]
    pub hours: Vec<String>,
    #[serde(default)]
    pub always_open: bool,
    #[serde(default)]
    pub exceptions: Vec<SeedException>,
    pub closed_reason: Option<Translated>,
    /// Days from today (negative: in the past).
    pub valid_from_days: Option<i64>,
    pub valid_until_days: Option<i64>,
    /// Days before today when the entry was last verified.
    #[serde(default = "twenty")]
    pub verified_days_ago: i64,
    #[serde(default)]
    pub example: bool,
}

fn published() -> PublicationStatus {
    PublicationStatus::Published
}
fn german() -> Vec<String> {
    vec!["de".into()]
}
fn twenty() -> i64 {
    20
}

/// A seed offer with its relative dates and hour strings resolved.
pub struct ResolvedSchedule {
    pub weekly: Vec<WeeklySlot>,
    pub exceptions: Vec<HoursException>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub last_verified: NaiveDate,
}

impl SeedOffer {
    pub fn resolve(&self, today: NaiveDate) -> Result<ResolvedSchedule, String> {
        let mut weekly = Vec::new();
        for h in &self.hours {
            weekly.extend(parse_weekly(h)?);
        }
        let mut exceptions = Vec::new();
        for e in &self.exceptions {
            let hours = match &e.hours {
                None => None,
                Some(s) => Some(crate::hours::parse_interval(s)?),
            };
            exceptions.push(HoursException {
                date: e.date,
                hours,
                note: e.note.clone(),
            });
        }
        Ok(ResolvedSchedule {
            weekly,
            exceptions,
            valid_from: self.valid_from_days.map(|d| today + Duration::days(d)),
            valid_until: self.valid_until_days.map(|d| today + Duration::days(d)),
            last_verified: today - Duration::days(self.verified_days_ago),
        })
    }
}
