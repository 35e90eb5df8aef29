//! The AG's archive (members only): every meeting, decision and action item, searchable with the
//! directory's German analysis (`/ag/archiv?q=`), and the decision log as a print view
//! (`/ag/beschluesse`) and as CSV for Excel (`/ag/beschluesse.csv`: UTF-8 with BOM, `;`).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use chrono::NaiveDateTime;

use crate::accounts::session::Viewer;
use crate::ag::access::ag_access;
use crate::ag::minutes::{ActionLine, action_line, decision_text};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::{PageMeta, format_date};
use crate::peers::tandem::private;
use crate::state::AppState;

/// A decision in the log: when, at which meeting and item, what, and the vote.
pub(crate) struct DecisionLine {
    pub date: String,
    pub meeting: String,
    pub meeting_id: i64,
    pub item: String,
    pub text: String,
    pub votes: String,
}

/// A meeting the search found.
struct MeetingHit {
    id: i64,
    title: String,
    date: String,
}

#[derive(Template)]
#[template(path = "ag/archive.html")]
struct ArchivePage {
    page: PageMeta,
    csrf: String,
    q: String,
    meetings: Vec<MeetingHit>,
    decisions: Vec<DecisionLine>,
    actions: Vec<ActionLine>,
    back: String,
    show_meeting: bool,
    too_long: bool,
}

#[derive(serde::Deserialize)]
pub struct ArchiveQuery {
    q: Option<String>,
}

/// The longest search text.
const MAX_QUERY: usize = 200;

fn day(tr: &crate::kit::i18n::Tr, at: NaiveDateTime) -> String {
    format_date(tr, at.date())
}

/// GET /ag/archiv?q=
pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(query): Query<ArchiveQuery>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/archiv").await?;
    let tr = &ctx.tr;
    let q = query.q.unwrap_or_default().trim().to_string();
    let too_long = q.chars().count() > MAX_QUERY;
    let index = if q.is_empty() || too_long {
        None
    } else {
        Some(state.current_index().await.ok_or(WebError::Unavailable)?)
    };
    let matches = |text: &str| index.as_ref().is_none_or(|i| i.text_matches(&q, text));
    let now = state.berlin_now();
    let mut meetings = Vec::new();
    for m in state.db.ag_meetings().await? {
        // Members see the notes of published minutes only.
        let notes = if m.minutes_published_at.is_some() || ag.is_coordinator() {
            state
                .db
                .ag_minutes(m.id)
                .await?
                .into_iter()
                .map(|(_, t)| t)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            String::new()
        };
        let items: Vec<String> = state
            .db
            .ag_items(m.id)
            .await?
            .into_iter()
            .map(|i| i.item.title)
            .collect();
        let text = format!("{} {} {notes}", m.meeting.title, items.join(" "));
        if matches(&text) && (!q.is_empty() || m.meeting.starts <= now) {
            meetings.push(MeetingHit {
                id: m.id,
                title: m.meeting.title.clone(),
                date: day(tr, m.meeting.starts),
            });
        }
    }
    let published = published_meetings(&state, &ag).await?;
    let decisions = visible_decisions(&state, &published)
        .await?
        .into_iter()
        .filter(|d| matches(&format!("{} {} {}", d.text, d.item, d.meeting)))
        .collect();
    let today = state.today();
    let actions = state
        .db
        .ag_actions(wegweiser_store::ActionSelect::All)
        .await?
        .iter()
        .filter(|a| published.contains(&a.meeting_id))
        .filter(|a| matches(&format!("{} {} {}", a.text, a.item_title, a.meeting_title)))
        .map(|a| action_line(tr, a, &ag, today))
        .collect();
    let html = ArchivePage {
        page: PageMeta::new(&ctx, &state, tr.t("ag-archive-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        q,
        meetings,
        decisions,
        actions,
        back: "/ag/archiv".into(),
        show_meeting: true,
        too_long,
    }
    .render()?;
    let status = if too_long {
        axum::http::StatusCode::BAD_REQUEST
    } else {
        axum::http::StatusCode::OK
    };
    Ok(private(crate::kit::error::rendered(
        (status, Html(html)).into_response(),
    )))
}

/// Meetings whose minutes the viewer may read (members: published ones).
async fn published_meetings(
    state: &AppState,
    ag: &crate::ag::access::Ag,
) -> Result<Vec<i64>, WebError> {
    Ok(state
        .db
        .ag_meetings()
        .await?
        .into_iter()
        .filter(|m| ag.is_coordinator() || m.minutes_published_at.is_some())
        .map(|m| m.id)
        .collect())
}

/// Every decision of the meetings in `published` (those the viewer may read), newest first.
async fn visible_decisions(
    state: &AppState,
    published: &[i64],
) -> Result<Vec<DecisionLine>, WebError> {
    let tr = crate::kit::i18n::Tr::new(crate::kit::i18n::LANGS[0]);
    Ok(state
        .db
        .ag_decisions(None)
        .await?
        .iter()
        .filter(|d| published.contains(&d.meeting_id))
        .map(|d| {
            let (text, votes) = decision_text(&tr, d);
            DecisionLine {
                date: format_date(&tr, d.starts_at.date()),
                meeting: d.meeting_title.clone(),
                meeting_id: d.meeting_id,
                item: d.item_title.clone(),
                text,
                votes,
            }
        })
        .collect())
}

#[derive(Template)]
#[template(path = "ag/decisions_print.html")]
struct DecisionsPrint {
    page: PageMeta,
    decisions: Vec<DecisionLine>,
}

/// GET /ag/beschluesse: the decision log to print.
pub async fn log(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/beschluesse").await?;
    let html = DecisionsPrint {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("ag-decision-log"), "", ""),
        decisions: visible_decisions(&state, &published_meetings(&state, &ag).await?).await?,
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// GET /ag/beschluesse.csv: the decision log for Excel (UTF-8 with BOM, semicolons).
pub async fn log_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/beschluesse.csv").await?;
    let tr = &ctx.tr;
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    let head = [
        "ag-csv-date",
        "ag-csv-meeting",
        "ag-csv-item",
        "ag-csv-decision",
        "ag-csv-votes",
    ]
    .map(|k| tr.t(k));
    w.write_record(&head).map_err(WebError::internal)?;
    for d in visible_decisions(&state, &published_meetings(&state, &ag).await?).await? {
        w.write_record([&d.date, &d.meeting, &d.item, &d.text, &d.votes])
            .map_err(WebError::internal)?;
    }
    let body = w
        .into_inner()
        .map_err(|e| WebError::internal(e.to_string()))?;
    Ok(private(
        (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"ag-beschluesse.csv\"",
                ),
            ],
            body,
        )
            .into_response(),
    ))
}
