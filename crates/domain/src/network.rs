//! The network of offices (the office's eighth task): internal contact persons of institutions,
//! and referral slips (Laufzettel) for a parent: which offices, what to say there, what to bring.
//! A slip holds only what is typed; the form warns not to type anything about the parent.

use serde::{Deserialize, Serialize};

use crate::editorial::FieldError;

/// Offices on one slip at most (it prints on one A4 page).
pub const SLIP_STOPS: usize = 4;
/// The days a slip's link may live, to choose from.
pub const SLIP_DAYS: [i64; 3] = [7, 30, 90];
/// Slips one person may prepare in 24 hours.
pub const SLIPS_PER_DAY: i64 = 50;

fn too_long(s: &str, max: usize) -> bool {
    s.chars().count() > max
}

/// A contact person as the form sends it.
#[derive(Clone, Debug, Default)]
pub struct ContactDraft {
    pub name: String,
    pub function: String,
    pub phone: String,
    pub email: String,
}

/// A contact person, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub function: String,
    pub phone: String,
    pub email: String,
}

impl ContactDraft {
    pub fn checked(&self) -> Result<Contact, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() || too_long(name, 100) {
            errors.push(FieldError {
                field: "name",
                message: "network-error-name",
            });
        }
        let function = self.function.trim();
        if too_long(function, 150) {
            errors.push(FieldError {
                field: "function",
                message: "network-error-too-long",
            });
        }
        let phone = self.phone.trim();
        if !phone.is_empty() && crate::phone::PhoneNumber::parse(phone).is_none() {
            errors.push(FieldError {
                field: "phone",
                message: "network-error-phone",
            });
        }
        let email = self.email.trim();
        let email = if email.is_empty() {
            String::new()
        } else {
            match crate::accounts::normalize_email(email) {
                Ok(e) => e,
                Err(_) => {
                    errors.push(FieldError {
                        field: "email",
                        message: "network-error-email",
                    });
                    String::new()
                }
            }
        };
        if phone.is_empty() && email.is_empty() && errors.is_empty() {
            errors.push(FieldError {
                field: "phone",
                message: "network-error-reach",
            });
        }
        if errors.is_empty() {
            Ok(Contact {
                name: name.to_string(),
                function: function.to_string(),
                phone: phone.to_string(),
                email,
            })
        } else {
            Err(errors)
        }
    }
}

/// One office on a slip: the institution (an organisation of the directory) and what to say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stop {
    pub organization: i64,
    pub say: String,
}

/// A referral slip's content, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slip {
    pub stops: Vec<Stop>,
    pub documents: String,
    pub note: String,
}

/// A slip as the form sends it: up to `SLIP_STOPS` institutions with what to say there.
#[derive(Clone, Debug, Default)]
pub struct SlipDraft {
    /// (organisation id as sent, what to say)
    pub stops: Vec<(String, String)>,
    pub documents: String,
    pub note: String,
    pub days: String,
}

impl SlipDraft {
    /// The slip and the days its link lives, or what is wrong; `known` are the directory's
    /// organisations.
    pub fn checked(&self, known: &[i64]) -> Result<(Slip, i64), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut stops = Vec::new();
        for (i, (org, say)) in self.stops.iter().enumerate().take(SLIP_STOPS) {
            let org = org.trim();
            if org.is_empty() {
                if !say.trim().is_empty() {
                    errors.push(FieldError {
                        field: STOP_FIELDS[i],
                        message: "network-error-stop",
                    });
                }
                continue;
            }
            match org.parse::<i64>().ok().filter(|o| known.contains(o)) {
                Some(organization) => {
                    if too_long(say.trim(), 500) {
                        errors.push(FieldError {
                            field: STOP_FIELDS[i],
                            message: "network-error-too-long",
                        });
                    }
                    stops.push(Stop {
                        organization,
                        say: say.trim().to_string(),
                    });
                }
                None => errors.push(FieldError {
                    field: STOP_FIELDS[i],
                    message: "network-error-stop",
                }),
            }
        }
        if stops.is_empty() && errors.is_empty() {
            errors.push(FieldError {
                field: STOP_FIELDS[0],
                message: "network-error-no-stop",
            });
        }
        for (field, text, max) in [
            ("documents", &self.documents, 1000),
            ("note", &self.note, 1000),
        ] {
            if too_long(text.trim(), max) {
                errors.push(FieldError {
                    field,
                    message: "network-error-too-long",
                });
            }
        }
        let days = self
            .days
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|d| SLIP_DAYS.contains(d));
        if days.is_none() {
            errors.push(FieldError {
                field: "days",
                message: "network-error-days",
            });
        }
        match (days, errors.is_empty()) {
            (Some(days), true) => Ok((
                Slip {
                    stops,
                    documents: self.documents.trim().to_string(),
                    note: self.note.trim().to_string(),
                },
                days,
            )),
            _ => Err(errors),
        }
    }
}

/// The form fields of the stops, in order.
pub const STOP_FIELDS: [&str; SLIP_STOPS] = ["stop1", "stop2", "stop3", "stop4"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_needs_a_known_office_and_a_lifetime_to_choose_from() {
        let draft = SlipDraft {
            stops: vec![
                (
                    "3".into(),
                    "Ich möchte einen Antrag auf Unterhaltsvorschuss stellen.".into(),
                ),
                (String::new(), String::new()),
            ],
            documents: "Geburtsurkunde, Personalausweis".into(),
            note: String::new(),
            days: "30".into(),
        };
        let (slip, days) = draft.checked(&[3, 4]).expect("valid");
        assert_eq!((slip.stops.len(), days), (1, 30));
        let unknown = SlipDraft {
            stops: vec![("99".into(), String::new())],
            days: "365".into(),
            ..draft.clone()
        };
        let fields: Vec<&str> = unknown
            .checked(&[3])
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["stop1", "days"]);
        let empty = SlipDraft {
            stops: vec![],
            ..draft
        };
        assert_eq!(
            empty.checked(&[3]).err().unwrap_or_default()[0].message,
            "network-error-no-stop"
        );
    }

    #[test]
    fn a_contact_is_reachable_by_phone_or_mail() {
        let c = ContactDraft {
            name: "Frau Beispiel".into(),
            phone: "030 90296-0".into(),
            ..ContactDraft::default()
        };
        assert!(c.checked().is_ok());
        let none = ContactDraft {
            phone: String::new(),
            ..c.clone()
        };
        assert_eq!(none.checked().err().unwrap_or_default()[0].field, "phone");
        let bad = ContactDraft {
            email: "beispiel@".into(),
            ..c
        };
        assert_eq!(bad.checked().err().unwrap_or_default()[0].field, "email");
    }
}
