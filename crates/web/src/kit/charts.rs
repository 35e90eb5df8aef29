//! Bar charts drawn by the server as inline SVG (no script, nothing from another host). Each chart
//! names itself (`<title>`, `<desc>`) and is followed on its page by the same figures as a table,
//! which is its text alternative. A hidden figure ("< 5") has no bar, only its label.

/// One bar: its label, the value to draw (`None`: hidden) and the text written after it.
pub struct Bar {
    pub label: String,
    pub value: Option<u64>,
    pub text: String,
}

/// A horizontal bar chart, laid out.
#[derive(askama::Template)]
#[template(path = "kit/bar_chart.html")]
pub struct BarChart {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub height: u32,
    pub rows: Vec<BarRow>,
}

pub struct BarRow {
    pub label: String,
    pub text: String,
    /// Top of the row.
    pub y: u32,
    /// Baseline of the row's texts.
    pub text_y: u32,
    pub width: u32,
    /// Where the value's text starts.
    pub text_x: u32,
}

const WIDTH: u32 = 640;
const LABEL_WIDTH: u32 = 220;
const BAR_MAX: u32 = 330;
const ROW: u32 = 26;

impl BarChart {
    pub fn new(id: &str, title: String, desc: String, bars: Vec<Bar>) -> BarChart {
        let max = bars
            .iter()
            .filter_map(|b| b.value)
            .max()
            .unwrap_or(0)
            .max(1);
        let rows = bars
            .into_iter()
            .enumerate()
            .map(|(i, b)| {
                let y = u32::try_from(i).unwrap_or(0) * ROW;
                let width = b.value.map_or(0, |v| {
                    let w = u32::try_from(v * u64::from(BAR_MAX) / max).unwrap_or(BAR_MAX);
                    // A shown non-zero figure always gets a visible bar.
                    if v > 0 { w.max(2) } else { 0 }
                });
                BarRow {
                    label: b.label,
                    text: b.text,
                    y: y + 4,
                    text_y: y + 18,
                    width,
                    text_x: LABEL_WIDTH + width + 6,
                }
            })
            .collect::<Vec<_>>();
        BarChart {
            id: id.to_string(),
            title,
            desc,
            height: u32::try_from(rows.len()).unwrap_or(0) * ROW + 4,
            rows,
        }
    }
    /// The chart as SVG markup (askama escapes every text in it).
    pub fn svg(&self) -> String {
        askama::Template::render(self).unwrap_or_default()
    }
    pub fn width(&self) -> u32 {
        WIDTH
    }
    pub fn label_width(&self) -> u32 {
        LABEL_WIDTH
    }
    pub fn label_x(&self) -> u32 {
        LABEL_WIDTH - 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_hidden_ones_have_none() {
        let c = BarChart::new(
            "c",
            "t".into(),
            "d".into(),
            vec![
                Bar {
                    label: "a".into(),
                    value: Some(10),
                    text: "10".into(),
                },
                Bar {
                    label: "b".into(),
                    value: None,
                    text: "< 5".into(),
                },
                Bar {
                    label: "c".into(),
                    value: Some(5),
                    text: "5".into(),
                },
            ],
        );
        assert_eq!(c.rows[0].width, BAR_MAX);
        assert_eq!(c.rows[1].width, 0);
        assert_eq!(c.rows[2].width, BAR_MAX / 2);
        assert_eq!(c.rows[2].y, 2 * ROW + 4);
    }
}
