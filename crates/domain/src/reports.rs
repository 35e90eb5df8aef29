//! Figures for the district and the city (the office's ninth task), and the needs radar's
//! arithmetic. Every count that comes from people (reports, searches, views, registrations) goes
//! through `Suppressor`: a count from 1 to 4 is never shown, and neither is any figure from which
//! such a count could be worked out by adding or subtracting shown figures (secondary suppression).
//! Counts of offers, events and companies are public facts of the directory and are shown exactly.

use std::collections::BTreeMap;

use crate::geo::{self, LatLon};
use crate::hours::OpeningHours;

/// The smallest count that may be shown.
pub const MIN_SHOWN: u64 = 5;

/// A figure as it may be shown: the number, or "< 5" (also for a larger number hidden so that a
/// small one cannot be worked out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Shown(u64),
    Hidden,
}

impl Figure {
    pub fn shown(self) -> Option<u64> {
        match self {
            Figure::Shown(n) => Some(n),
            Figure::Hidden => None,
        }
    }
}

/// Counts and the sums between them. Each `line` is a set of entries whose values are tied by
/// one linear equation (a row and its total: the total minus the others gives the last one), so
/// in no line may exactly one entry be hidden. Entries shared by several tables (a total shown in
/// two places) are one entry, so the rule holds across tables too.
#[derive(Clone, Debug, Default)]
pub struct Suppressor {
    values: Vec<u64>,
    /// Entries never shown (a sum no page prints): unknown to a reader, so hidden from the start.
    unseen: Vec<bool>,
    lines: Vec<Vec<usize>>,
}

/// An entry of a `Suppressor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry(usize);

impl Suppressor {
    pub fn entry(&mut self, value: u64) -> Entry {
        self.values.push(value);
        self.unseen.push(false);
        Entry(self.values.len() - 1)
    }
    /// An entry that takes part in equations but is never shown.
    pub fn unseen_entry(&mut self, value: u64) -> Entry {
        let e = self.entry(value);
        self.unseen[e.0] = true;
        e
    }
    /// Entries tied by one equation (such as the parts and their sum).
    pub fn line(&mut self, entries: &[Entry]) {
        if entries.len() > 1 {
            self.lines.push(entries.iter().map(|e| e.0).collect());
        }
    }

    /// Which entries must be hidden. Primary: every count from 1 to 4. Secondary: while a line has
    /// exactly one hidden entry, the smallest non-zero shown entry of that line is hidden too
    /// (zeros are shown: they say that nobody asked, which tells nothing about a person).
    pub fn solve(&self) -> Solved {
        let mut hidden: Vec<bool> = self
            .values
            .iter()
            .zip(&self.unseen)
            .map(|(v, unseen)| *unseen || (1..MIN_SHOWN).contains(v))
            .collect();
        loop {
            let mut changed = false;
            // A line with a sum that is never shown gives a reader no equation.
            for line in self
                .lines
                .iter()
                .filter(|l| !l.iter().any(|i| self.unseen[*i]))
            {
                let hidden_here = line.iter().filter(|i| hidden[**i]).count();
                if hidden_here != 1 {
                    continue;
                }
                // The smallest shown non-zero entry; ties go to the first added (cells before totals).
                let pick = line
                    .iter()
                    .filter(|i| !hidden[**i] && self.values[**i] > 0)
                    .min_by_key(|i| (self.values[**i], **i));
                if let Some(i) = pick {
                    hidden[*i] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        Solved {
            values: self.values.clone(),
            hidden,
        }
    }
}

/// The figures of a solved `Suppressor`.
#[derive(Clone, Debug)]
pub struct Solved {
    values: Vec<u64>,
    hidden: Vec<bool>,
}

impl Solved {
    pub fn figure(&self, e: Entry) -> Figure {
        if self.hidden.get(e.0).copied().unwrap_or(true) {
            Figure::Hidden
        } else {
            Figure::Shown(self.values.get(e.0).copied().unwrap_or(0))
        }
    }
}

/// A table of counts with a total per row, a total per column and the grand total, all entries
/// of one `Suppressor`.
#[derive(Clone, Debug)]
pub struct CountTable {
    pub cells: Vec<Vec<Entry>>,
    pub row_totals: Vec<Entry>,
    pub col_totals: Vec<Entry>,
    pub total: Entry,
}

impl CountTable {
    /// Registers `values` (rows × columns) with their totals and every equation between them.
    /// `col_totals`, when given, are entries that already stand for the column sums elsewhere
    /// (the same figure shown in another table). Without `row_totals_shown` the sums of the rows
    /// (and the grand total) are never shown, as for a table whose columns are different things.
    pub fn add(
        s: &mut Suppressor,
        values: &[Vec<u64>],
        col_totals: Option<&[Entry]>,
        row_totals_shown: bool,
    ) -> CountTable {
        let cols = values.first().map_or(0, Vec::len);
        let cells: Vec<Vec<Entry>> = values
            .iter()
            .map(|row| row.iter().map(|v| s.entry(*v)).collect())
            .collect();
        let row_totals: Vec<Entry> = values
            .iter()
            .map(|row| {
                let sum = row.iter().sum();
                if row_totals_shown {
                    s.entry(sum)
                } else {
                    s.unseen_entry(sum)
                }
            })
            .collect();
        let col_totals: Vec<Entry> = match col_totals {
            Some(t) if t.len() == cols => t.to_vec(),
            _ => (0..cols)
                .map(|c| s.entry(values.iter().map(|row| row[c]).sum()))
                .collect(),
        };
        let grand: u64 = values.iter().flatten().sum();
        let total = if row_totals_shown {
            s.entry(grand)
        } else {
            s.unseen_entry(grand)
        };
        for (r, row) in cells.iter().enumerate() {
            let mut line = row.clone();
            line.push(row_totals[r]);
            s.line(&line);
        }
        for c in 0..cols {
            let mut line: Vec<Entry> = cells.iter().map(|row| row[c]).collect();
            line.push(col_totals[c]);
            s.line(&line);
        }
        let mut line = row_totals.clone();
        line.push(total);
        s.line(&line);
        let mut line = col_totals.clone();
        line.push(total);
        s.line(&line);
        CountTable {
            cells,
            row_totals,
            col_totals,
            total,
        }
    }

    /// The table as figures.
    pub fn figures(&self, solved: &Solved) -> Figures {
        Figures {
            cells: self
                .cells
                .iter()
                .map(|row| row.iter().map(|e| solved.figure(*e)).collect())
                .collect(),
            row_totals: self.row_totals.iter().map(|e| solved.figure(*e)).collect(),
            col_totals: self.col_totals.iter().map(|e| solved.figure(*e)).collect(),
            total: solved.figure(self.total),
        }
    }
}

/// A table's figures after suppression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub cells: Vec<Vec<Figure>>,
    pub row_totals: Vec<Figure>,
    pub col_totals: Vec<Figure>,
    pub total: Figure,
}

/// One published offer as the radar weighs it.
#[derive(Clone, Debug)]
pub struct SupplyFact {
    pub categories: Vec<String>,
    /// Ortsteile of its public places (none: by phone, online or at a confidential place).
    pub ortsteile: Vec<String>,
    pub hours: OpeningHours,
}

/// Hours a week an offer is open by its weekly hours (`None` when it keeps none: by appointment).
pub fn hours_per_week(hours: &OpeningHours) -> Option<f64> {
    if hours.always_open {
        return Some(168.0);
    }
    if hours.weekly.is_empty() {
        return None;
    }
    Some(
        hours
            .weekly
            .iter()
            .map(|s| (s.closes - s.opens).num_minutes().max(0) as f64 / 60.0)
            .sum(),
    )
}

/// How much an offer's opening hours count: 20 hours a week is 1; at least ¼ and at most 2.
/// Without weekly hours (by appointment) it counts ½.
pub fn hours_weight(hours: &OpeningHours) -> f64 {
    hours_per_week(hours).map_or(0.5, |h| (h / 20.0).clamp(0.25, 2.0))
}

/// Distance between Ortsteil centres up to which an offer still counts half for a neighbour.
pub const NEAR_KM: f64 = 2.5;
/// How much an offer counts where it is: in its own Ortsteil, in a near one, and everywhere when
/// it has no public place (phone, online, confidential).
pub const REACH_OWN: f64 = 1.0;
pub const REACH_NEAR: f64 = 0.5;
pub const REACH_ANYWHERE: f64 = 0.25;

/// How well an offer placed in `at` (Ortsteil slugs) reaches Ortsteil `slug`.
pub fn reach(at: &[String], slug: &str) -> f64 {
    if at.is_empty() {
        return REACH_ANYWHERE;
    }
    if at.iter().any(|a| a == slug) {
        return REACH_OWN;
    }
    let centre = |s: &str| geo::ortsteil_by_slug(s).map(|o| o.label);
    let Some(here) = centre(slug) else {
        return 0.0;
    };
    let near = at
        .iter()
        .filter_map(|a| centre(a))
        .any(|p: LatLon| geo::distance_km(p, here) <= NEAR_KM);
    if near { REACH_NEAR } else { 0.0 }
}

/// One cell of the coverage matrix: the offers of the category reachable in the Ortsteil and how
/// much they weigh together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Supply {
    /// Offers of the category placed in the Ortsteil itself.
    pub offers_here: u32,
    /// The weighted supply (opening hours × reach, summed).
    pub weight: f64,
}

/// Below this weighted supply a cell counts as a gap (less than one offer open 20 hours a week
/// in the Ortsteil itself).
pub const GAP_BELOW: f64 = 1.0;

/// The supply matrix: categories × Ortsteile (in `geo::ortsteile()` order).
pub fn supply_matrix(categories: &[String], offers: &[SupplyFact]) -> Vec<Vec<Supply>> {
    let ortsteile = geo::ortsteile();
    categories
        .iter()
        .map(|cat| {
            ortsteile
                .iter()
                .map(|o| {
                    let mut cell = Supply::default();
                    for f in offers.iter().filter(|f| f.categories.contains(cat)) {
                        if f.ortsteile.iter().any(|s| s == o.slug) {
                            cell.offers_here += 1;
                        }
                        cell.weight += reach(&f.ortsteile, o.slug) * hours_weight(&f.hours);
                    }
                    cell
                })
                .collect()
        })
        .collect()
}

/// A gap: little supply in the cell. A gap that also has shown demand is urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    None,
    Thin,
    Urgent,
}

pub fn gap(supply: &Supply, demand: Figure) -> Gap {
    if supply.weight >= GAP_BELOW {
        Gap::None
    } else if demand.shown().is_some_and(|d| d >= MIN_SHOWN) {
        Gap::Urgent
    } else {
        Gap::Thin
    }
}

/// Months from `from` to `to` (both included) as (year, month).
pub fn months(from: chrono::NaiveDate, to: chrono::NaiveDate) -> Vec<(i32, u32)> {
    use chrono::Datelike;
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year(), from.month());
    while (y, m) <= (to.year(), to.month()) {
        out.push((y, m));
        if m == 12 {
            y += 1;
            m = 1;
        } else {
            m += 1;
        }
    }
    out
}

/// Counts keyed by anything, summed.
pub fn tally<K: Ord>(items: impl IntoIterator<Item = (K, u64)>) -> BTreeMap<K, u64> {
    let mut m = BTreeMap::new();
    for (k, v) in items {
        *m.entry(k).or_insert(0) += v;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(values: &[Vec<u64>]) -> Figures {
        let mut s = Suppressor::default();
        let t = CountTable::add(&mut s, values, None, true);
        t.figures(&s.solve())
    }

    /// Whether any hidden cell of a row or column (with its total) is alone there.
    fn no_line_with_one_hidden(f: &Figures) {
        for (r, row) in f.cells.iter().enumerate() {
            let hidden = row.iter().filter(|x| **x == Figure::Hidden).count()
                + usize::from(f.row_totals[r] == Figure::Hidden);
            assert_ne!(hidden, 1, "row {r} has one hidden figure: {f:?}");
        }
        for c in 0..f.col_totals.len() {
            let hidden = f
                .cells
                .iter()
                .filter(|row| row[c] == Figure::Hidden)
                .count()
                + usize::from(f.col_totals[c] == Figure::Hidden);
            assert_ne!(hidden, 1, "column {c} has one hidden figure: {f:?}");
        }
        let hidden = f
            .row_totals
            .iter()
            .filter(|x| **x == Figure::Hidden)
            .count()
            + usize::from(f.total == Figure::Hidden);
        assert_ne!(hidden, 1, "the row totals have one hidden figure");
    }

    #[test]
    fn small_counts_are_hidden_and_cannot_be_worked_out() {
        use Figure::{Hidden, Shown};
        // A single small cell: its row and column partners are hidden with it.
        let f = table(&[vec![3, 10], vec![7, 20]]);
        assert_eq!(f.cells[0][0], Hidden);
        assert_eq!(f.total, Shown(40));
        no_line_with_one_hidden(&f);
        // Nothing hidden when nothing is small; zeros are shown.
        let f = table(&[vec![0, 5], vec![6, 0]]);
        assert_eq!(
            f.cells,
            vec![vec![Shown(0), Shown(5)], vec![Shown(6), Shown(0)]]
        );
        assert_eq!(f.total, Shown(11));
        // One person in a row whose other cells are zero: the row total goes too.
        let f = table(&[vec![0, 1, 0], vec![9, 9, 9]]);
        assert_eq!(f.cells[0][1], Hidden);
        assert_eq!(f.row_totals[0], Hidden);
        no_line_with_one_hidden(&f);
        // A complement that is hidden creates a new lonely figure elsewhere: it goes on.
        let f = table(&[vec![2, 50, 60], vec![40, 8, 70], vec![30, 90, 100]]);
        no_line_with_one_hidden(&f);
        assert_eq!(f.cells[0][0], Hidden);
    }

    #[test]
    fn adversarial_tables_never_reveal_a_small_count() {
        // Every 3×3 table over the values 0, 1, 4, 5, 6: after suppression no line has a lonely
        // hidden figure and no shown figure is from 1 to 4.
        let vals = [0u64, 1, 4, 5, 6];
        let mut n = 0u32;
        for code in 0..vals.len().pow(6) {
            let mut c = code;
            let mut grid = vec![vec![0u64; 3]; 2];
            for cell in grid.iter_mut().flatten() {
                *cell = vals[c % vals.len()];
                c /= vals.len();
            }
            let f = table(&grid);
            for x in f
                .cells
                .iter()
                .flatten()
                .chain(&f.row_totals)
                .chain(&f.col_totals)
            {
                if let Figure::Shown(v) = x {
                    assert!(*v == 0 || *v >= MIN_SHOWN, "{grid:?} shows {v}");
                }
            }
            no_line_with_one_hidden(&f);
            n += 1;
        }
        assert_eq!(n, 15625);
    }

    #[test]
    fn a_total_shown_in_two_tables_is_one_figure() {
        // The same column total in another table: hidden in one means hidden in both.
        let mut s = Suppressor::default();
        let a = CountTable::add(&mut s, &[vec![3], vec![8]], None, true);
        let b = CountTable::add(&mut s, &[vec![11]], Some(&a.col_totals), true);
        let solved = s.solve();
        let fa = a.figures(&solved);
        let fb = b.figures(&solved);
        assert_eq!(fa.col_totals, fb.col_totals);
        assert_eq!(fa.cells[0][0], Figure::Hidden);
        assert_eq!(fa.cells[1][0], Figure::Hidden);
    }

    #[test]
    fn a_sum_never_shown_protects_its_line() {
        // Months × kinds: the months' sums across kinds are never shown, so a single small
        // count in a month is safe there; in its column (with the shown total) it is not.
        let mut s = Suppressor::default();
        let t = CountTable::add(&mut s, &[vec![3, 40], vec![9, 50]], None, false);
        let f = t.figures(&s.solve());
        assert_eq!(f.row_totals, vec![Figure::Hidden, Figure::Hidden]);
        assert_eq!(f.cells[0][0], Figure::Hidden);
        assert_eq!(f.cells[1][0], Figure::Hidden, "the column's partner");
        assert_eq!(
            f.cells[0][1],
            Figure::Shown(40),
            "the month's other kind stays"
        );
        assert_eq!(f.col_totals, vec![Figure::Shown(12), Figure::Shown(90)]);
    }

    #[test]
    fn supply_weighs_hours_and_reach() {
        use crate::hours::WeeklySlot;
        let t = |h: u32, m: u32| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
        let forty = OpeningHours {
            weekly: (1..=5)
                .map(|d| WeeklySlot {
                    weekday: d,
                    opens: t(9, 0),
                    closes: t(17, 0),
                })
                .collect(),
            ..OpeningHours::default()
        };
        assert_eq!(hours_weight(&forty), 2.0);
        assert_eq!(hours_weight(&OpeningHours::default()), 0.5);
        let cats = vec!["kita".to_string()];
        let offers = vec![
            SupplyFact {
                categories: cats.clone(),
                ortsteile: vec!["fennpfuhl".into()],
                hours: forty,
            },
            SupplyFact {
                categories: cats.clone(),
                ortsteile: vec![],
                hours: OpeningHours::default(),
            },
        ];
        let m = supply_matrix(&cats, &offers);
        let at = |slug: &str| {
            geo::ortsteile()
                .iter()
                .position(|o| o.slug == slug)
                .unwrap_or(0)
        };
        let fenn = &m[0][at("fennpfuhl")];
        assert_eq!(fenn.offers_here, 1);
        assert!((fenn.weight - (2.0 + 0.125)).abs() < 1e-9, "{fenn:?}");
        let far = &m[0][at("malchow")];
        assert_eq!(far.offers_here, 0);
        assert!((far.weight - 0.125).abs() < 1e-9, "{far:?}");
        assert_eq!(gap(far, Figure::Shown(7)), Gap::Urgent);
        assert_eq!(gap(far, Figure::Hidden), Gap::Thin);
        assert_eq!(gap(fenn, Figure::Shown(7)), Gap::None);
    }
}
