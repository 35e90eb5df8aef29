//! The radar's figures for a period, as the coordinator's radar, the report and the public
//! statistics show them: one `Suppressor` for all tables of a period, so a figure hidden in one
//! table cannot be worked out from another.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use wegweiser_domain::geo;
use wegweiser_domain::needs::{Households, UsageKind};
use wegweiser_domain::reports::{
    CountTable, Figure, Figures, Gap, Supply, SupplyFact, Suppressor, gap, months, supply_matrix,
};
use wegweiser_store::OfferSelect;

use crate::kit::i18n::Tr;
use crate::state::AppState;

/// A period of whole days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Longest period one radar or report covers (five years of counts are kept).
const PERIOD_DAYS_MAX: i64 = 5 * 366;

impl Period {
    /// The last twelve whole months before `today`'s month, and this month so far.
    pub fn default_for(today: NaiveDate) -> Period {
        let from = NaiveDate::from_ymd_opt(today.year() - 1, today.month(), 1).unwrap_or(today);
        Period { from, to: today }
    }

    /// Reads `von` and `bis` (YYYY-MM-DD); `Err` names the field and its message key.
    pub fn read(
        from: Option<&str>,
        to: Option<&str>,
        today: NaiveDate,
    ) -> Result<Period, (&'static str, &'static str)> {
        let d = Period::default_for(today);
        let parse = |s: Option<&str>, field: &'static str, default: NaiveDate| match s
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Ok(default),
            // The date picker sends ISO dates; typed ones may be German.
            Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
                .map_err(|_| (field, "needs-error-period-date")),
        };
        let from = parse(from, "von", d.from)?;
        let to = parse(to, "bis", d.to)?;
        if to < from {
            return Err(("bis", "needs-error-period-order"));
        }
        if (to - from).num_days() > PERIOD_DAYS_MAX {
            return Err(("von", "needs-error-period-long"));
        }
        Ok(Period { from, to })
    }
}

/// A row or column: its key and label.
pub struct Label {
    pub label: String,
}

/// Everything the radar shows for a period.
pub struct Radar {
    pub period: Period,
    /// The matrix's rows: the categories, then "no topic" (searches without a category).
    pub rows: Vec<Label>,
    /// The matrix's columns: the Ortsteile, then "no Ortsteil given".
    pub columns: Vec<Label>,
    /// Demand (needs reports and searches that found nothing) per row and column.
    pub demand: Figures,
    /// Supply per category and Ortsteil (the last row and column have none).
    pub supply: Vec<Vec<Supply>>,
    pub gaps: Vec<Vec<Gap>>,
    /// Households of single parents per Ortsteil where known.
    pub households: Vec<Option<Households>>,
    pub months: Vec<(i32, u32)>,
    pub kinds: Vec<UsageKind>,
    /// Months × kinds of use.
    pub trends: Figures,
    /// Rows × (offer views, event registrations).
    pub use_by_topic: Figures,
    /// Searches that found nothing, most frequent first.
    pub misses: Vec<(String, Figure)>,
}

/// How many searches without result the radar lists.
const MISSES_SHOWN: i64 = 20;

impl Radar {
    pub async fn build(
        state: &AppState,
        tr: &Tr,
        period: Period,
    ) -> Result<Radar, crate::kit::error::WebError> {
        // What this instance counted in the last seconds belongs to the figures too.
        if let Err(e) = state.flush_usage().await {
            tracing::warn!(error = %e, "counted use not written before reading the figures");
        }
        let cats = state.current_categories().await;
        let cat_keys: Vec<String> = cats.iter().map(|c| c.slug.clone()).collect();
        let mut rows: Vec<Label> = cats
            .iter()
            .map(|c| Label {
                label: c.name.get(tr.lang.code).to_string(),
            })
            .collect();
        rows.push(Label {
            label: tr.t("needs-no-topic"),
        });
        let ortsteile = geo::ortsteile();
        let mut columns: Vec<Label> = ortsteile
            .iter()
            .map(|o| Label {
                label: o.name.to_string(),
            })
            .collect();
        columns.push(Label {
            label: tr.t("needs-no-ortsteil"),
        });
        let row_of = |cat: &str| {
            cat_keys
                .iter()
                .position(|c| c == cat)
                .unwrap_or(cat_keys.len())
        };
        let col_of = |o: &str| {
            ortsteile
                .iter()
                .position(|x| x.slug == o)
                .unwrap_or(ortsteile.len())
        };
        let month_list = months(period.from, period.to);
        let month_of = |d: NaiveDate| month_list.iter().position(|m| *m == (d.year(), d.month()));
        let kinds = UsageKind::ALL.to_vec();
        let kind_of = |k: UsageKind| kinds.iter().position(|x| *x == k).unwrap_or(0);

        let mut demand = vec![vec![0u64; columns.len()]; rows.len()];
        let mut trends = vec![vec![0u64; kinds.len()]; month_list.len()];
        let mut by_topic = vec![vec![0u64; 2]; rows.len()];
        for (day, cat, ort, n) in state.db.need_report_counts(period.from, period.to).await? {
            let n = u64::try_from(n).unwrap_or(0);
            demand[row_of(&cat)][col_of(&ort)] += n;
            if let Some(m) = month_of(day) {
                trends[m][kind_of(UsageKind::NeedReport)] += n;
            }
        }
        for (day, kind, cat, ort, n) in state.db.usage_counts(period.from, period.to).await? {
            let Some(kind) = UsageKind::parse(&kind) else {
                continue;
            };
            let n = u64::try_from(n).unwrap_or(0);
            if let Some(m) = month_of(day) {
                trends[m][kind_of(kind)] += n;
            }
            match kind {
                UsageKind::SearchMiss => demand[row_of(&cat)][col_of(&ort)] += n,
                UsageKind::OfferView => by_topic[row_of(&cat)][0] += n,
                UsageKind::EventRegistration => by_topic[row_of(&cat)][1] += n,
                _ => {}
            }
        }

        // One system of equations for every table of the period.
        let mut s = Suppressor::default();
        let trend_table = CountTable::add(&mut s, &trends, None, false);
        let demand_table = CountTable::add(&mut s, &demand, None, true);
        // Demand's grand total is the sum of two of the trends' totals.
        s.line(&[
            demand_table.total,
            trend_table.col_totals[kind_of(UsageKind::NeedReport)],
            trend_table.col_totals[kind_of(UsageKind::SearchMiss)],
        ]);
        let topic_table = CountTable::add(
            &mut s,
            &by_topic,
            Some(&[
                trend_table.col_totals[kind_of(UsageKind::OfferView)],
                trend_table.col_totals[kind_of(UsageKind::EventRegistration)],
            ]),
            false,
        );
        let misses_raw = state
            .db
            .search_misses_between(period.from, period.to, MISSES_SHOWN)
            .await?;
        let miss_entries: Vec<_> = misses_raw
            .iter()
            .map(|(_, n)| s.entry(u64::try_from(*n).unwrap_or(0)))
            .collect();
        let solved = s.solve();
        let demand = demand_table.figures(&solved);

        let offers = state.db.published_offers(OfferSelect::All).await?;
        let today = state.berlin_now().date();
        let facts: Vec<SupplyFact> = offers
            .iter()
            .filter(|o| o.is_listed(today))
            .map(|o| SupplyFact {
                categories: o.categories.clone(),
                ortsteile: o.ortsteile().into_iter().map(str::to_string).collect(),
                hours: o.hours.clone(),
            })
            .collect();
        let supply = supply_matrix(&cat_keys, &facts);
        let gaps = supply
            .iter()
            .enumerate()
            .map(|(r, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, cell)| gap(cell, demand.cells[r][c]))
                    .collect()
            })
            .collect();
        let known: BTreeMap<String, Households> = state
            .db
            .households()
            .await?
            .into_iter()
            .map(|h| (h.ortsteil.clone(), h))
            .collect();
        Ok(Radar {
            period,
            households: ortsteile
                .iter()
                .map(|o| known.get(o.slug).cloned())
                .collect(),
            rows,
            columns,
            demand,
            supply,
            gaps,
            months: month_list,
            kinds,
            trends: trend_table.figures(&solved),
            use_by_topic: topic_table.figures(&solved),
            misses: misses_raw
                .into_iter()
                .zip(miss_entries)
                .map(|((q, _), e)| (q, solved.figure(e)))
                .collect(),
        })
    }
}

/// A figure as text: the number in the page's language, or "< 5".
pub fn figure_text(tr: &Tr, f: Figure) -> String {
    match f {
        Figure::Shown(n) => {
            crate::kit::numbers::decimal(tr, i64::try_from(n).unwrap_or(i64::MAX), 0)
        }
        Figure::Hidden => tr.t("needs-hidden"),
    }
}

/// A weight with one decimal in the page's language.
pub fn weight_text(tr: &Tr, w: f64) -> String {
    crate::kit::numbers::decimal(tr, (w * 10.0).round() as i64, -1)
}

/// A month's name and year in the page's language ("März 2027").
pub fn month_text(tr: &Tr, (y, m): (i32, u32)) -> String {
    tr.s2(
        "needs-month",
        ("month", &format!("{m:02}")),
        ("year", &y.to_string()),
    )
}

/// A kind of use's label.
pub fn kind_text(tr: &Tr, k: UsageKind) -> String {
    tr.t(&format!("needs-kind-{}", k.as_str().replace('_', "-")))
}
