//! The editorial workflow's rules: what an editor may change on an offer, how a change is checked,
//! and how two versions differ field by field (for the coordinator's review).

use serde::{Deserialize, Serialize};

use crate::directory::{AccessMode, Cost, Offer};
use crate::hours::{WeeklySlot, parse_weekly};

/// The fields of an offer the back office edits (German texts; translations come later).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferDraft {
    pub name: String,
    pub summary: String,
    pub description: String,
    pub eligibility: String,
    pub how_to_access: String,
    pub cost: String,
    pub access: String,
    pub childcare: bool,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// One line per rule, "Mo-Fr 09:00-12:00".
    pub hours: String,
    /// Non-empty while the offer is temporarily closed: the reason shown to parents.
    pub closed_reason: String,
}

/// A field that failed its check, with the message key for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

/// One changed field: its name and both values as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// The contact fields offers and organisations share: an e-mail address, a web address starting
/// with http(s)://, a phone number of digits and separators; each may be empty.
fn check_contact(
    email: &str,
    website: &str,
    phone: &str,
    err: &mut impl FnMut(&'static str, &'static str),
) {
    if !email.is_empty() && crate::accounts::normalize_email(email).is_err() {
        err("email", "edit-error-email");
    }
    if !(website.is_empty() || website.starts_with("https://") || website.starts_with("http://")) {
        err("website", "edit-error-website");
    }
    if phone.chars().count() > 40
        || phone
            .chars()
            .any(|c| !(c.is_ascii_digit() || " +-/()".contains(c)))
    {
        err("phone", "edit-error-phone");
    }
}

const DAYS: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

/// Weekly hours as the office writes them, one line per interval, days grouped where they share it.
pub fn format_weekly(slots: &[WeeklySlot]) -> String {
    let mut lines: Vec<(String, Vec<u8>)> = Vec::new();
    for s in slots {
        let interval = format!("{}-{}", s.opens.format("%H:%M"), s.closes.format("%H:%M"));
        match lines.iter_mut().find(|(i, _)| *i == interval) {
            Some((_, days)) => days.push(s.weekday),
            None => lines.push((interval, vec![s.weekday])),
        }
    }
    lines
        .into_iter()
        .map(|(interval, days)| {
            let names: Vec<&str> = days
                .iter()
                .filter_map(|d| DAYS.get(usize::from(*d).wrapping_sub(1)).copied())
                .collect();
            format!("{} {interval}", names.join(","))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl OfferDraft {
    pub fn from_offer(o: &Offer) -> OfferDraft {
        OfferDraft {
            name: o.name.de.clone(),
            summary: o.summary.de.clone(),
            description: o.description.de.clone(),
            eligibility: o.eligibility.de.clone(),
            how_to_access: o.how_to_access.de.clone(),
            cost: o.cost.as_str().into(),
            access: o.access.as_str().into(),
            childcare: o.childcare,
            phone: o.phone.clone().unwrap_or_default(),
            email: o.email.clone().unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
            hours: format_weekly(&o.hours.weekly),
            closed_reason: o
                .closed_reason
                .as_ref()
                .map(|r| r.de.clone())
                .unwrap_or_default(),
        }
    }

    /// Trims the texts and checks every field; all problems at once, each at its field.
    pub fn checked(mut self) -> Result<(OfferDraft, Vec<WeeklySlot>), Vec<FieldError>> {
        for f in [
            &mut self.name,
            &mut self.summary,
            &mut self.description,
            &mut self.eligibility,
            &mut self.how_to_access,
            &mut self.phone,
            &mut self.email,
            &mut self.website,
            &mut self.closed_reason,
        ] {
            *f = f.trim().to_string();
        }
        self.hours = self
            .hours
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        if self.name.is_empty() {
            err("name", "edit-error-name-missing");
        } else if self.name.chars().count() > 150 {
            err("name", "edit-error-too-long");
        }
        if self.summary.chars().count() > 300 {
            err("summary", "edit-error-too-long");
        }
        for (field, text) in [
            ("description", &self.description),
            ("eligibility", &self.eligibility),
            ("how_to_access", &self.how_to_access),
        ] {
            if text.chars().count() > 5000 {
                err(field, "edit-error-too-long");
            }
        }
        if Cost::parse(&self.cost).is_none() {
            err("cost", "edit-error-choice");
        }
        if AccessMode::parse(&self.access).is_none() {
            err("access", "edit-error-choice");
        }
        check_contact(&self.email, &self.website, &self.phone, &mut err);
        let mut weekly = Vec::new();
        for line in self.hours.lines() {
            match parse_weekly(line) {
                Ok(mut v) => weekly.append(&mut v),
                Err(_) => {
                    err("hours", "edit-error-hours");
                    break;
                }
            }
        }
        weekly.sort_by_key(|s| (s.weekday, s.opens));
        if errors.is_empty() {
            Ok((self, weekly))
        } else {
            Err(errors)
        }
    }

    /// The fields that differ, in form order.
    pub fn diff(&self, new: &OfferDraft) -> Vec<FieldChange> {
        let yes_no = |b: bool| if b { "ja" } else { "nein" }.to_string();
        let pairs: [(&'static str, String, String); 13] = [
            ("name", self.name.clone(), new.name.clone()),
            ("summary", self.summary.clone(), new.summary.clone()),
            (
                "description",
                self.description.clone(),
                new.description.clone(),
            ),
            (
                "eligibility",
                self.eligibility.clone(),
                new.eligibility.clone(),
            ),
            (
                "how_to_access",
                self.how_to_access.clone(),
                new.how_to_access.clone(),
            ),
            ("cost", self.cost.clone(), new.cost.clone()),
            ("access", self.access.clone(), new.access.clone()),
            ("childcare", yes_no(self.childcare), yes_no(new.childcare)),
            ("phone", self.phone.clone(), new.phone.clone()),
            ("email", self.email.clone(), new.email.clone()),
            ("website", self.website.clone(), new.website.clone()),
            ("hours", self.hours.clone(), new.hours.clone()),
            (
                "closed_reason",
                self.closed_reason.clone(),
                new.closed_reason.clone(),
            ),
        ];
        pairs
            .into_iter()
            .filter(|(_, a, b)| a != b)
            .map(|(field, old, new)| FieldChange { field, old, new })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> OfferDraft {
        OfferDraft {
            name: " Sozialberatung ".into(),
            cost: "free".into(),
            access: "both".into(),
            hours: "Mo-Fr 09:00-12:00\n\nDi 14:00-18:00".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_draft_is_trimmed_and_its_hours_parsed() {
        let (d, weekly) = draft().checked().unwrap();
        assert_eq!(d.name, "Sozialberatung");
        assert_eq!(d.hours, "Mo-Fr 09:00-12:00\nDi 14:00-18:00");
        assert_eq!(weekly.len(), 6);
        assert_eq!(
            format_weekly(&weekly),
            "Mo,Di,Mi,Do,Fr 09:00-12:00\nDi 14:00-18:00"
        );
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let bad = OfferDraft {
            name: "  ".into(),
            cost: "teuer".into(),
            access: "both".into(),
            email: "kein@".into(),
            website: "www.example.de".into(),
            phone: "030 123<script>".into(),
            hours: "Montag 9 bis 12".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.checked().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["name", "cost", "email", "website", "phone", "hours"]
        );
    }

    #[test]
    fn diff_lists_changed_fields_only() {
        let old = draft().checked().unwrap().0;
        let mut new = old.clone();
        new.summary = "Neu".into();
        new.childcare = true;
        let d = old.diff(&new);
        assert_eq!(d.len(), 2);
        assert_eq!(
            d[0],
            FieldChange {
                field: "summary",
                old: "".into(),
                new: "Neu".into()
            }
        );
        assert_eq!((d[1].old.as_str(), d[1].new.as_str()), ("nein", "ja"));
    }
}

/// The fields of an organisation the back office edits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationDraft {
    pub name: String,
    pub kind: String,
    pub description: String,
    pub website: String,
    pub email: String,
    pub phone: String,
}

impl OrganizationDraft {
    pub fn checked(mut self) -> Result<OrganizationDraft, Vec<FieldError>> {
        for f in [
            &mut self.name,
            &mut self.description,
            &mut self.website,
            &mut self.email,
            &mut self.phone,
        ] {
            *f = f.trim().to_string();
        }
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        if self.name.is_empty() {
            err("name", "edit-error-name-missing");
        } else if self.name.chars().count() > 150 {
            err("name", "edit-error-too-long");
        }
        if crate::directory::OrganizationKind::parse(&self.kind).is_none() {
            err("kind", "edit-error-choice");
        }
        if self.description.chars().count() > 5000 {
            err("description", "edit-error-too-long");
        }
        check_contact(&self.email, &self.website, &self.phone, &mut err);
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod organization_tests {
    use super::*;

    #[test]
    fn organization_fields_are_checked() {
        let ok = OrganizationDraft {
            name: " Familienzentrum ".into(),
            kind: "provider".into(),
            ..Default::default()
        }
        .checked()
        .unwrap();
        assert_eq!(ok.name, "Familienzentrum");
        let bad = OrganizationDraft {
            kind: "verein".into(),
            website: "ftp://x".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.checked().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "kind", "website"]);
    }
}

/// A category as the back office edits it: German and English name and description.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CategoryDraft {
    pub slug: String,
    pub name_de: String,
    pub name_en: String,
    pub description_de: String,
    pub description_en: String,
    pub position: String,
}

impl CategoryDraft {
    /// Checked fields and the position as a number.
    pub fn checked(mut self) -> Result<(CategoryDraft, i32), Vec<FieldError>> {
        for f in [
            &mut self.slug,
            &mut self.name_de,
            &mut self.name_en,
            &mut self.description_de,
            &mut self.description_en,
            &mut self.position,
        ] {
            *f = f.trim().to_string();
        }
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        // The slug is part of public addresses (/kategorien/<slug>): short, lower case, no spaces.
        let slug_ok = (2..=60).contains(&self.slug.len())
            && self
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !self.slug.starts_with('-')
            && !self.slug.ends_with('-');
        if !slug_ok {
            err("slug", "category-error-slug");
        }
        for (field, text, max) in [
            ("name_de", &self.name_de, 80),
            ("name_en", &self.name_en, 80),
            ("description_de", &self.description_de, 300),
            ("description_en", &self.description_en, 300),
        ] {
            if text.chars().count() > max {
                err(field, "edit-error-too-long");
            }
        }
        if self.name_de.is_empty() {
            err("name_de", "edit-error-name-missing");
        }
        let position = if self.position.is_empty() {
            Some(0)
        } else {
            self.position
                .parse::<i32>()
                .ok()
                .filter(|p| (0..=1000).contains(p))
        };
        if position.is_none() {
            err("position", "category-error-position");
        }
        match (errors.is_empty(), position) {
            (true, Some(p)) => Ok((self, p)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod category_tests {
    use super::*;

    #[test]
    fn category_slugs_and_names_are_checked() {
        let ok = CategoryDraft {
            slug: "ferien-und-freizeit".into(),
            name_de: "Ferien".into(),
            position: "12".into(),
            ..Default::default()
        };
        assert_eq!(ok.checked().map(|(_, p)| p), Ok(12));
        let bad = CategoryDraft {
            slug: "Ferien und Freizeit".into(),
            position: "zwölf".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.checked().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["slug", "name_de", "position"]);
    }
}

/// Latitude and longitude in degrees.
pub type Position = (f64, f64);

/// A location as the back office edits it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocationDraft {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: String,
    pub lon: String,
    pub confidential: bool,
    pub wheelchair: bool,
    pub transit: String,
    pub contact_note: String,
}

impl LocationDraft {
    /// Checked fields and the position, if given (both coordinates or none, within Berlin).
    pub fn checked(mut self) -> Result<(LocationDraft, Option<Position>), Vec<FieldError>> {
        for f in [
            &mut self.name,
            &mut self.street,
            &mut self.postcode,
            &mut self.city,
            &mut self.lat,
            &mut self.lon,
            &mut self.transit,
            &mut self.contact_note,
        ] {
            *f = f.trim().to_string();
        }
        if self.city.is_empty() {
            self.city = "Berlin".into();
        }
        let mut errors = Vec::new();
        let mut err = |field, message| errors.push(FieldError { field, message });
        if self.name.is_empty() {
            err("name", "edit-error-name-missing");
        }
        for (field, text, max) in [
            ("name", &self.name, 150),
            ("street", &self.street, 150),
            ("city", &self.city, 80),
            ("transit", &self.transit, 300),
            ("contact_note", &self.contact_note, 1000),
        ] {
            if text.chars().count() > max {
                err(field, "edit-error-too-long");
            }
        }
        let postcode_ok = self.postcode.is_empty()
            || (self.postcode.len() == 5 && self.postcode.chars().all(|c| c.is_ascii_digit()));
        if !postcode_ok {
            err("postcode", "location-error-postcode");
        }
        let number = |s: &str| s.replace(',', ".").parse::<f64>().ok();
        let position = match (self.lat.is_empty(), self.lon.is_empty()) {
            (true, true) => Ok(None),
            (false, false) => match (number(&self.lat), number(&self.lon)) {
                (Some(lat), Some(lon))
                    if (52.3..=52.7).contains(&lat) && (13.0..=13.8).contains(&lon) =>
                {
                    Ok(Some((lat, lon)))
                }
                _ => Err(()),
            },
            _ => Err(()),
        };
        if position.is_err() {
            err("lat", "location-error-position");
        }
        match (errors.is_empty(), position) {
            (true, Ok(p)) => Ok((self, p)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod location_tests {
    use super::*;

    #[test]
    fn locations_need_a_name_and_a_berlin_position_or_none() {
        let ok = LocationDraft {
            name: "Stadtteilzentrum".into(),
            postcode: "10365".into(),
            lat: "52,5160".into(),
            lon: "13.4990".into(),
            ..Default::default()
        };
        let (d, p) = ok.checked().unwrap();
        assert_eq!(d.city, "Berlin");
        assert_eq!(p, Some((52.516, 13.499)));
        let bad = LocationDraft {
            postcode: "1036".into(),
            lat: "48.1".into(),
            lon: "11.5".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.checked().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "postcode", "lat"]);
        let half = LocationDraft {
            name: "x".into(),
            lat: "52.5".into(),
            ..Default::default()
        };
        assert!(half.checked().is_err(), "both coordinates or none");
    }
}
