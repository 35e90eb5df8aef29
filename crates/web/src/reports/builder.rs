//! The report builder (`/verwaltung/berichte`): for a period, one printable A4 document with a
//! table of contents — the radar, the directory's development, events and participation, peer
//! groups, employers and jobs, the AG's decisions and open action items, and the trace from need
//! to decision to council paper — and every table of it as CSV.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::TimeZone;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::employers::{EmployerStatus, meets_pledge};
use wegweiser_domain::needs::UsageKind;
use wegweiser_store::{ActionSelect, OfferSelect};

use crate::accounts::session::Viewer;
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::i18n::Tr;
use crate::kit::views::{PageMeta, format_date};
use crate::needs::figures::{Period, Radar};
use crate::needs::radar::{period_of, reports_text};
use crate::needs::views::{RadarView, TextTable};
use crate::peers::tandem::private;
use crate::state::AppState;

/// One step of the trace from a need to the council.
pub struct TraceRow {
    pub need: String,
    pub reports: String,
    pub answer: String,
    pub decision: String,
    pub paper: String,
    pub paper_url: String,
}

/// Everything the printed report shows.
pub struct ReportDoc {
    pub radar: RadarView,
    pub directory: TextTable,
    pub participation: TextTable,
    pub decisions: TextTable,
    pub actions: TextTable,
    pub trace: Vec<TraceRow>,
    pub generated: String,
}

fn figure_of(radar: &RadarView, kinds: &[UsageKind], k: UsageKind) -> String {
    let i = kinds.iter().position(|x| *x == k).unwrap_or(0);
    radar
        .trends
        .totals
        .as_ref()
        .and_then(|(_, v)| v.get(i).cloned())
        .unwrap_or_default()
}

fn number(tr: &Tr, n: usize) -> String {
    crate::kit::numbers::decimal(tr, i64::try_from(n).unwrap_or(i64::MAX), 0)
}

impl ReportDoc {
    pub async fn build(state: &AppState, ctx: &Ctx, period: Period) -> Result<ReportDoc, WebError> {
        let tr = &ctx.tr;
        let radar = Radar::build(state, tr, period).await?;
        let kinds = radar.kinds.clone();
        let view = RadarView::new(tr, &radar);
        let today = state.berlin_now().date();
        let berlin = |d: chrono::NaiveDate| {
            chrono_tz::Europe::Berlin
                .from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
                .earliest()
                .map(|t| t.with_timezone(&chrono::Utc))
                .unwrap_or_default()
        };
        let (from_at, to_at) = (
            berlin(period.from),
            berlin(period.to + chrono::Duration::days(1)),
        );
        let offers = state.db.published_offers(OfferSelect::All).await?;
        let listed: Vec<_> = offers.iter().filter(|o| o.is_listed(today)).collect();
        let stale = listed
            .iter()
            .filter(|o| {
                state
                    .config
                    .freshness
                    .shows_public_note(o.last_verified, today)
            })
            .count();
        let (new, archived) = state.db.directory_changes(from_at, to_at).await?;
        let groups = state.db.published_groups(None).await?.len();
        let pledge = state.db.pledge_criteria().await?;
        let companies = state.db.employers(EmployerStatus::Published).await?;
        let pledged = companies
            .iter()
            .filter(|e| meets_pledge(&e.profile, &pledge))
            .count();
        let jobs = state.db.open_jobs(today).await?;
        let row = |key: &str, value: String| (tr.t(key), vec![value]);
        let directory = TextTable {
            head: vec![tr.t("reports-value")],
            rows: vec![
                row("reports-offers-listed", number(tr, listed.len())),
                row(
                    "reports-offers-new",
                    number(tr, usize::try_from(new).unwrap_or(0)),
                ),
                row(
                    "reports-offers-archived",
                    number(tr, usize::try_from(archived).unwrap_or(0)),
                ),
                row("reports-offers-stale", number(tr, stale)),
                row("reports-groups", number(tr, groups)),
                row("reports-companies", number(tr, companies.len())),
                row("reports-companies-pledge", number(tr, pledged)),
                row(
                    "reports-jobs",
                    number(tr, usize::try_from(jobs).unwrap_or(0)),
                ),
            ],
            totals: None,
        };
        let events = state.db.published_events().await?;
        let occurrences: usize = events
            .iter()
            .map(|e| e.details.occurrences(period.from, period.to).len())
            .sum();
        let participation = TextTable {
            head: vec![tr.t("reports-value")],
            rows: vec![
                row("reports-events", number(tr, occurrences)),
                (
                    tr.t("needs-kind-event-registration"),
                    vec![figure_of(&view, &kinds, UsageKind::EventRegistration)],
                ),
                (
                    tr.t("needs-kind-chain-started"),
                    vec![figure_of(&view, &kinds, UsageKind::ChainStarted)],
                ),
                (
                    tr.t("needs-kind-chain-finished"),
                    vec![figure_of(&view, &kinds, UsageKind::ChainFinished)],
                ),
                (
                    tr.t("needs-kind-benefits-check"),
                    vec![figure_of(&view, &kinds, UsageKind::BenefitsCheck)],
                ),
                (
                    tr.t("needs-kind-offer-view"),
                    vec![figure_of(&view, &kinds, UsageKind::OfferView)],
                ),
            ],
            totals: None,
        };
        let decisions = TextTable {
            head: vec![tr.t("reports-meeting"), tr.t("reports-decision")],
            rows: state
                .db
                .ag_decisions(None)
                .await?
                .into_iter()
                .filter(|d| d.starts_at.date() >= period.from && d.starts_at.date() <= period.to)
                .map(|d| {
                    (
                        format_date(tr, d.starts_at.date()),
                        vec![d.meeting_title, format!("{}: {}", d.item_title, d.text)],
                    )
                })
                .collect(),
            totals: None,
        };
        let actions = TextTable {
            head: vec![tr.t("reports-action"), tr.t("reports-owner")],
            rows: state
                .db
                .ag_actions(ActionSelect::All)
                .await?
                .into_iter()
                .filter(|a| a.done_at.is_none())
                .map(|a| {
                    (
                        format_date(tr, a.due_on),
                        vec![a.text, a.owner_name.unwrap_or_default()],
                    )
                })
                .collect(),
            totals: None,
        };
        let trace = state
            .db
            .needs()
            .await?
            .into_iter()
            .map(|n| TraceRow {
                need: n.title,
                reports: reports_text(ctx, n.reports),
                answer: n.answer,
                decision: match (n.decision_text, n.decision_at) {
                    (Some(t), Some(at)) => format!(
                        "{} ({})",
                        t,
                        tr.s("reports-ag-of", "date", &format_date(tr, at.date()))
                    ),
                    (Some(t), None) => t,
                    _ => String::new(),
                },
                paper: match (n.paper_reference, n.paper_name) {
                    (Some(r), Some(name)) => format!("{r}: {name}"),
                    _ => String::new(),
                },
                paper_url: n.paper_url.unwrap_or_default(),
            })
            .collect();
        Ok(ReportDoc {
            radar: view,
            directory,
            participation,
            decisions,
            actions,
            trace,
            generated: format_date(tr, today),
        })
    }

    fn trace_table(&self, tr: &Tr) -> TextTable {
        TextTable {
            head: vec![
                tr.t("needs-reports-count"),
                tr.t("needs-decision"),
                tr.t("needs-paper"),
                tr.t("reports-paper-url"),
                tr.t("needs-field-answer"),
            ],
            rows: self
                .trace
                .iter()
                .map(|t| {
                    (
                        t.need.clone(),
                        vec![
                            t.reports.clone(),
                            t.decision.clone(),
                            t.paper.clone(),
                            t.paper_url.clone(),
                            t.answer.clone(),
                        ],
                    )
                })
                .collect(),
            totals: None,
        }
    }
}

#[derive(Template)]
#[template(path = "reports/builder.html")]
struct BuilderPage {
    page: PageMeta,
    from: String,
    to: String,
    period_error: Option<(&'static str, String)>,
}

/// GET /verwaltung/berichte: choose the period.
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/berichte")?;
    let (period, period_error) = period_of(&ctx, state.berlin_now().date());
    let status = if period_error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let html = BuilderPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("reports-builder-title"), "", ""),
        from: period.from.to_string(),
        to: period.to.to_string(),
        period_error,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

#[derive(Template)]
#[template(path = "reports/document.html")]
struct DocumentPage {
    page: PageMeta,
    radar: RadarView,
    directory: TextTable,
    participation: TextTable,
    decisions: TextTable,
    actions: TextTable,
    trace: Vec<TraceRow>,
    generated: String,
}

/// GET /verwaltung/berichte/druck?von=&bis=: the printable report.
pub async fn document(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/berichte")?;
    let (period, period_error) = period_of(&ctx, state.berlin_now().date());
    if period_error.is_some() {
        return Err(WebError::Invalid);
    }
    let doc = ReportDoc::build(&state, &ctx, period).await?;
    let title = ctx.tr.s("reports-doc-title", "period", &doc.radar.period);
    let html = DocumentPage {
        page: PageMeta::new(&ctx, &state, title, "", ""),
        radar: doc.radar,
        directory: doc.directory,
        participation: doc.participation,
        decisions: doc.decisions,
        actions: doc.actions,
        trace: doc.trace,
        generated: doc.generated,
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// The tables a report offers as CSV, by file name.
pub const TABLES: [&str; 9] = [
    "bedarf",
    "angebot",
    "verlauf",
    "nutzung",
    "suchen",
    "verzeichnis",
    "beschluesse",
    "aufgaben",
    "spur",
];

/// GET /verwaltung/berichte/tabelle/{name}.csv?von=&bis=: one table of the report for Excel
/// (UTF-8 with BOM, semicolons), with the same figures (and "< 5") as the pages. The radar's
/// tables are open to the AG as well.
pub async fn table_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let name = file.strip_suffix(".csv").ok_or(WebError::NotFound)?;
    if !TABLES.contains(&name) {
        return Err(WebError::NotFound);
    }
    let radar_only = ["bedarf", "angebot", "verlauf", "nutzung", "suchen"].contains(&name);
    if radar_only {
        viewer.require(&crate::needs::radar::READERS, "/verwaltung/bedarf")?;
    } else {
        viewer.require(&[Role::Coordinator], "/verwaltung/berichte")?;
    }
    let (period, period_error) = period_of(&ctx, state.berlin_now().date());
    if period_error.is_some() {
        return Err(WebError::Invalid);
    }
    let tr = &ctx.tr;
    let (first, table) = if radar_only {
        // The radar's tables need only the radar, not the rest of the report.
        let radar = RadarView::new(tr, &Radar::build(&state, tr, period).await?);
        match name {
            "bedarf" => (tr.t("needs-topic"), radar.demand_table(tr)),
            "angebot" => (tr.t("needs-topic"), radar.supply_table()),
            "verlauf" => (tr.t("needs-month-col"), radar.trends),
            "nutzung" => (tr.t("needs-topic"), radar.by_topic),
            _ => (tr.t("needs-search"), radar.misses_table(tr)),
        }
    } else {
        let doc = ReportDoc::build(&state, &ctx, period).await?;
        match name {
            "verzeichnis" => {
                let mut t = doc.directory;
                t.rows.extend(doc.participation.rows);
                (tr.t("reports-figure"), t)
            }
            "beschluesse" => (tr.t("reports-date"), doc.decisions),
            "aufgaben" => (tr.t("reports-due"), doc.actions),
            _ => (tr.t("needs-need"), doc.trace_table(tr)),
        }
    };
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    for record in table.records(&first) {
        w.write_record(&record).map_err(WebError::internal)?;
    }
    let body = w
        .into_inner()
        .map_err(|e| WebError::internal(e.to_string()))?;
    let disposition = format!(
        "attachment; filename=\"{name}-{}-{}.csv\"",
        period.from, period.to
    );
    Ok(private(
        (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            body,
        )
            .into_response(),
    ))
}
