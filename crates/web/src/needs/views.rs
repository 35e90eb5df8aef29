//! The radar as the pages draw it: tables of texts, the charts, and the same tables as CSV rows.
//! Radar, report and statistics share these, so a figure reads the same everywhere.

use wegweiser_domain::reports::{Figure, Gap};

use crate::kit::charts::{Bar, BarChart};
use crate::kit::i18n::Tr;
use crate::kit::views::format_date;
use crate::needs::figures::{Radar, figure_text, kind_text, month_text, weight_text};

/// One cell of the coverage matrix.
pub struct MatrixCell {
    pub demand: String,
    /// Weighted supply ("" in the column without Ortsteil).
    pub supply: String,
    /// "Angebot 2,1 (1 vor Ort)", or "" where no supply is weighed.
    pub supply_text: String,
    /// "", "thin" or "urgent".
    pub gap: &'static str,
}

pub struct MatrixRow {
    pub label: String,
    pub cells: Vec<MatrixCell>,
    pub total: String,
}

/// A simple table: header, rows of (label, values), and a totals row.
pub struct TextTable {
    pub head: Vec<String>,
    pub rows: Vec<(String, Vec<String>)>,
    pub totals: Option<(String, Vec<String>)>,
}

impl TextTable {
    /// The table as CSV records (header first).
    pub fn records(&self, first: &str) -> Vec<Vec<String>> {
        let mut out = vec![
            std::iter::once(first.to_string())
                .chain(self.head.iter().cloned())
                .collect(),
        ];
        for (label, values) in self.rows.iter().chain(self.totals.iter()) {
            out.push(
                std::iter::once(label.clone())
                    .chain(values.iter().cloned())
                    .collect(),
            );
        }
        out
    }
}

/// A gap named in words.
pub struct GapLine {
    pub text: String,
}

pub struct RadarView {
    pub period: String,
    pub from: String,
    pub to: String,
    pub columns: Vec<String>,
    pub matrix: Vec<MatrixRow>,
    pub col_totals: Vec<String>,
    pub total: String,
    pub households: Vec<String>,
    pub has_households: bool,
    pub gaps: Vec<GapLine>,
    pub trends: TextTable,
    pub by_topic: TextTable,
    pub misses: Vec<(String, String)>,
    pub chart_months: BarChart,
    pub chart_ortsteile: BarChart,
}

fn gap_class(g: Gap) -> &'static str {
    match g {
        Gap::None => "",
        Gap::Thin => "thin",
        Gap::Urgent => "urgent",
    }
}

fn texts(tr: &Tr, figures: &[Figure]) -> Vec<String> {
    figures.iter().map(|f| figure_text(tr, *f)).collect()
}

impl RadarView {
    pub fn new(tr: &Tr, r: &Radar) -> RadarView {
        let supply_cols = r.supply.first().map_or(0, Vec::len);
        let matrix = r
            .rows
            .iter()
            .enumerate()
            .map(|(ri, row)| MatrixRow {
                label: row.label.clone(),
                cells: r.demand.cells[ri]
                    .iter()
                    .enumerate()
                    .map(|(ci, d)| {
                        let s = r.supply.get(ri).and_then(|x| x.get(ci));
                        let supply_text = s.map_or(String::new(), |s| {
                            tr.s2(
                                "needs-cell-supply",
                                ("weight", &weight_text(tr, s.weight)),
                                ("offers", &s.offers_here.to_string()),
                            )
                        });
                        MatrixCell {
                            supply_text,
                            demand: figure_text(tr, *d),
                            supply: s.map(|s| weight_text(tr, s.weight)).unwrap_or_default(),
                            gap: r
                                .gaps
                                .get(ri)
                                .and_then(|g| g.get(ci))
                                .map_or("", |g| gap_class(*g)),
                        }
                    })
                    .collect(),
                total: figure_text(tr, r.demand.row_totals[ri]),
            })
            .collect();
        let mut gaps: Vec<GapLine> = Vec::new();
        for (ri, row) in r.gaps.iter().enumerate() {
            for (ci, g) in row.iter().enumerate().take(supply_cols) {
                if *g == Gap::Urgent {
                    let demand = figure_text(tr, r.demand.cells[ri][ci]);
                    gaps.push(GapLine {
                        text: tr.with_args(
                            "needs-gap-line",
                            &[
                                ("category", &r.rows[ri].label),
                                ("ortsteil", &r.columns[ci].label),
                                ("demand", &demand),
                            ],
                        ),
                    });
                }
            }
        }
        let kinds: Vec<String> = r.kinds.iter().map(|k| kind_text(tr, *k)).collect();
        let trends = TextTable {
            head: kinds,
            rows: r
                .months
                .iter()
                .zip(&r.trends.cells)
                .map(|(m, row)| (month_text(tr, *m), texts(tr, row)))
                .collect(),
            totals: Some((tr.t("needs-total"), texts(tr, &r.trends.col_totals))),
        };
        let by_topic = TextTable {
            head: vec![
                kind_text(tr, wegweiser_domain::needs::UsageKind::OfferView),
                kind_text(tr, wegweiser_domain::needs::UsageKind::EventRegistration),
            ],
            rows: r
                .rows
                .iter()
                .zip(&r.use_by_topic.cells)
                .map(|(l, row)| (l.label.clone(), texts(tr, row)))
                .collect(),
            totals: Some((tr.t("needs-total"), texts(tr, &r.use_by_topic.col_totals))),
        };
        let report_col = r
            .kinds
            .iter()
            .position(|k| *k == wegweiser_domain::needs::UsageKind::NeedReport)
            .unwrap_or(0);
        let chart_months = BarChart::new(
            "chart-months",
            tr.t("needs-chart-months"),
            tr.t("needs-chart-months-desc"),
            r.months
                .iter()
                .zip(&r.trends.cells)
                .map(|(m, row)| Bar {
                    label: month_text(tr, *m),
                    value: row[report_col].shown(),
                    text: figure_text(tr, row[report_col]),
                })
                .collect(),
        );
        let chart_ortsteile = BarChart::new(
            "chart-ortsteile",
            tr.t("needs-chart-ortsteile"),
            tr.t("needs-chart-ortsteile-desc"),
            r.columns
                .iter()
                .zip(&r.demand.col_totals)
                .map(|(c, f)| Bar {
                    label: c.label.clone(),
                    value: f.shown(),
                    text: figure_text(tr, *f),
                })
                .collect(),
        );
        RadarView {
            period: tr.s2(
                "needs-period",
                ("from", &format_date(tr, r.period.from)),
                ("to", &format_date(tr, r.period.to)),
            ),
            from: r.period.from.to_string(),
            to: r.period.to.to_string(),
            columns: r.columns.iter().map(|c| c.label.clone()).collect(),
            matrix,
            col_totals: texts(tr, &r.demand.col_totals),
            total: figure_text(tr, r.demand.total),
            has_households: r.households.iter().any(Option::is_some),
            households: r
                .households
                .iter()
                .map(|h| {
                    h.as_ref().map_or_else(
                        || "–".to_string(),
                        |h| crate::kit::numbers::decimal(tr, h.count, 0),
                    )
                })
                .collect(),
            gaps,
            trends,
            by_topic,
            misses: r
                .misses
                .iter()
                .map(|(q, f)| (q.clone(), figure_text(tr, *f)))
                .collect(),
            chart_months,
            chart_ortsteile,
        }
    }

    /// The demand matrix as a table (for CSV).
    pub fn demand_table(&self, tr: &Tr) -> TextTable {
        TextTable {
            head: self
                .columns
                .iter()
                .cloned()
                .chain(std::iter::once(tr.t("needs-total")))
                .collect(),
            rows: self
                .matrix
                .iter()
                .map(|r| {
                    (
                        r.label.clone(),
                        r.cells
                            .iter()
                            .map(|c| c.demand.clone())
                            .chain(std::iter::once(r.total.clone()))
                            .collect(),
                    )
                })
                .collect(),
            totals: Some((
                tr.t("needs-total"),
                self.col_totals
                    .iter()
                    .cloned()
                    .chain(std::iter::once(self.total.clone()))
                    .collect(),
            )),
        }
    }

    /// The supply matrix as a table (for CSV): weighted supply per category and Ortsteil.
    pub fn supply_table(&self) -> TextTable {
        let n = self.columns.len().saturating_sub(1);
        TextTable {
            head: self.columns.iter().take(n).cloned().collect(),
            rows: self
                .matrix
                .iter()
                .take(self.matrix.len().saturating_sub(1))
                .map(|r| {
                    (
                        r.label.clone(),
                        r.cells.iter().take(n).map(|c| c.supply.clone()).collect(),
                    )
                })
                .collect(),
            totals: None,
        }
    }

    pub fn misses_table(&self, tr: &Tr) -> TextTable {
        TextTable {
            head: vec![tr.t("needs-count")],
            rows: self
                .misses
                .iter()
                .map(|(q, n)| (q.clone(), vec![n.clone()]))
                .collect(),
            totals: None,
        }
    }
}
