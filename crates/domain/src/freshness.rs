//! The freshness cycle: when an entry needs its providers to confirm it, when a reminder goes out,
//! and when the public page says that the entry has not been confirmed recently.

use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FreshnessPolicy {
    /// Days after the last confirmation when the providers are asked to confirm (default 6 months).
    pub confirm_after_days: i64,
    /// Days after the last confirmation when the public page shows its note (default 9 months).
    pub public_note_after_days: i64,
    /// Days between reminders for the same entry.
    pub remind_every_days: i64,
}

impl Default for FreshnessPolicy {
    fn default() -> Self {
        FreshnessPolicy {
            confirm_after_days: 182,
            public_note_after_days: 273,
            remind_every_days: 30,
        }
    }
}

impl FreshnessPolicy {
    /// Keeps the public note three months after the reminder, as the defaults do.
    pub fn with_confirm_after(days: i64) -> Self {
        FreshnessPolicy {
            confirm_after_days: days,
            public_note_after_days: days + 91,
            ..Default::default()
        }
    }

    fn age(last_verified: Option<NaiveDate>, today: NaiveDate) -> i64 {
        last_verified.map_or(i64::MAX, |d| (today - d).num_days())
    }

    /// The entry is overdue for confirmation (never confirmed counts as overdue).
    pub fn is_overdue(&self, last_verified: Option<NaiveDate>, today: NaiveDate) -> bool {
        Self::age(last_verified, today) >= self.confirm_after_days
    }

    pub fn shows_public_note(&self, last_verified: Option<NaiveDate>, today: NaiveDate) -> bool {
        Self::age(last_verified, today) >= self.public_note_after_days
    }

    /// A reminder is due when the entry is overdue and none went out since the last confirmation
    /// within the reminder interval.
    pub fn reminder_due(
        &self,
        last_verified: Option<NaiveDate>,
        last_reminded: Option<NaiveDate>,
        today: NaiveDate,
    ) -> bool {
        self.is_overdue(last_verified, today)
            && last_reminded.is_none_or(|r| {
                last_verified.is_some_and(|v| r < v)
                    || (today - r).num_days() >= self.remind_every_days
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn six_months_remind_nine_months_show() {
        let p = FreshnessPolicy::default();
        let today = d(2026, 11, 25);
        let fresh = Some(today - chrono::Duration::days(181));
        let overdue = Some(today - chrono::Duration::days(182));
        let old = Some(today - chrono::Duration::days(273));
        assert!(!p.is_overdue(fresh, today));
        assert!(p.is_overdue(overdue, today));
        assert!(!p.shows_public_note(overdue, today));
        assert!(p.shows_public_note(old, today));
        assert!(p.is_overdue(None, today) && p.shows_public_note(None, today));
    }

    #[test]
    fn reminders_repeat_monthly_until_confirmed() {
        let p = FreshnessPolicy::default();
        let today = d(2026, 11, 25);
        let verified = Some(d(2026, 1, 10));
        assert!(p.reminder_due(verified, None, today));
        assert!(!p.reminder_due(verified, Some(today - chrono::Duration::days(29)), today));
        assert!(p.reminder_due(verified, Some(today - chrono::Duration::days(30)), today));
        // A reminder from before the last confirmation does not count.
        assert!(p.reminder_due(verified, Some(d(2025, 12, 1)), today));
    }
}
