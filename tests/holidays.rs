//! Berlin's public holidays as the opening hours know them (`domain::hours`), compared day by day
//! over 2019–2040 with an independent source: the Python package `holidays` (tests/requirements.txt).

use chrono::{Datelike, NaiveDate};
use wegweiser_domain::hours::berlin_holiday;

use crate::support::in_ci;

const SCRIPT: &str = r#"
import holidays
for d in sorted(holidays.country_holidays("DE", subdiv="BE", years=range(2019, 2041))):
    print(d.isoformat())
"#;

#[test]
fn berlin_holidays_2019_to_2040_agree_with_the_python_holidays_package() {
    let py = std::env::var("WEGWEISER_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(&py)
        .args(["-c", SCRIPT])
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        assert!(
            !in_ci(),
            "CI=true but {py} cannot import holidays (scripts/test installs it into target/pyenv)"
        );
        eprintln!("\n*** SKIPPED: holiday check with Python (pip install holidays) ***\n");
        return;
    };
    let theirs: Vec<NaiveDate> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| NaiveDate::parse_from_str(l.trim(), "%Y-%m-%d").ok())
        .collect();
    assert!(
        theirs.len() > 22 * 10,
        "only {} dates from Python",
        theirs.len()
    );
    let mut ours = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(2019, 1, 1).expect("date");
    while day.year() <= 2040 {
        if berlin_holiday(day).is_some() {
            ours.push(day);
        }
        day = day.succ_opt().expect("next day");
    }
    let missing: Vec<_> = theirs.iter().filter(|d| !ours.contains(d)).collect();
    let extra: Vec<_> = ours.iter().filter(|d| !theirs.contains(d)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "Berlin holidays differ: not known here {missing:?}; not holidays there {extra:?}"
    );
    assert!(ours.contains(&NaiveDate::from_ymd_opt(2028, 6, 17).expect("date")));
}
