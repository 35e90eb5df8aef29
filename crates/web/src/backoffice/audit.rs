//! The audit log: who did what, when — the coordinator's alone.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use wegweiser_domain::accounts::Role;

use crate::accounts::session::Viewer;
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::page::page_html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "backoffice/admin_audit.html")]
struct AuditPage {
    page: PageMeta,
    rows: Vec<(String, String, String, Option<String>)>,
    prev: Option<i64>,
    next: Option<i64>,
    summary: String,
}

#[derive(Deserialize)]
pub struct PageQuery {
    seite: Option<String>,
}

const AUDIT_PAGE: i64 = 50;

/// GET /verwaltung/protokoll: who did what, when — the coordinator's alone.
pub async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(pq): Query<PageQuery>,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/protokoll")?;
    // A page number that is no number, or too large, shows the nearest page instead of an error.
    let page_no = pq
        .seite
        .as_deref()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 1_000_000);
    let (entries, total) = state
        .db
        .audit_page((page_no - 1) * AUDIT_PAGE, AUDIT_PAGE)
        .await?;
    let rows = entries
        .into_iter()
        .map(|e| {
            let link = match (e.entity.as_deref(), e.entity_id) {
                (Some("offer"), Some(id)) => Some(format!("/verwaltung/angebote/{id}")),
                (Some("organization"), Some(id)) => Some(format!("/verwaltung/traeger/{id}")),
                (Some("location"), Some(id)) => Some(format!("/verwaltung/orte/{id}")),
                (Some("category"), Some(id)) => Some(format!("/verwaltung/kategorien/{id}")),
                _ => None,
            };
            (
                e.at.with_timezone(&chrono_tz::Europe::Berlin)
                    .format("%d.%m.%Y %H:%M")
                    .to_string(),
                e.email.unwrap_or_else(|| "—".into()),
                ctx.tr.t(&format!("audit-{}", e.action.replace('_', "-"))),
                link,
            )
        })
        .collect();
    let last = (total + AUDIT_PAGE - 1) / AUDIT_PAGE;
    page_html(
        StatusCode::OK,
        &AuditPage {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("audit-title"), "", "admin"),
            rows,
            prev: (page_no > 1).then_some(page_no - 1),
            next: (page_no < last).then_some(page_no + 1),
            summary: ctx.tr.s2(
                "audit-page-summary",
                ("page", &page_no.to_string()),
                ("total", &total.to_string()),
            ),
        },
    )
}
