//! The coordinator's review of provider editors' events: a change that puts an event on the
//! calendar or changes what it says there waits here (`events::provider_change_needs_review`),
//! as changes to offers wait in the directory's review queue.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::events::{Event, EventDraft};
use wegweiser_domain::mail::Mail;

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::i18n::{Lang, Tr};
use crate::kit::page::page_html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "events/admin_reviews.html")]
struct ReviewList {
    page: PageMeta,
    /// Revision id, title, editor, when.
    rows: Vec<(i64, String, String, String)>,
}

fn berlin(t: chrono::DateTime<chrono::Utc>) -> String {
    wegweiser_domain::time::berlin_local(t)
        .format("%d.%m.%Y %H:%M")
        .to_string()
}

/// GET /verwaltung/termine/pruefen
pub async fn reviews(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/termine/pruefen")?;
    let rows = state
        .db
        .pending_event_revisions()
        .await?
        .into_iter()
        .map(|r| {
            (
                r.id,
                r.details.title.de.clone(),
                r.author.unwrap_or_else(|| "—".into()),
                berlin(r.created_at),
            )
        })
        .collect();
    page_html(
        StatusCode::OK,
        &ReviewList {
            page: PageMeta::new(&ctx, &state, ctx.tr.t("event-reviews-title"), "", "admin"),
            rows,
        },
    )
}

#[derive(Template)]
#[template(path = "events/admin_review.html")]
struct ReviewPage {
    page: PageMeta,
    id: i64,
    event_id: i64,
    title: String,
    author: String,
    /// Whether the calendar shows the event now (otherwise the change would publish it).
    published: bool,
    csrf: String,
    changes: Vec<(String, String, String)>,
    pending: bool,
}

/// GET /verwaltung/termine/pruefen/{id}: what the calendar shows against the change, field by field.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    viewer.require(
        &[Role::Coordinator],
        &format!("/verwaltung/termine/pruefen/{id}"),
    )?;
    let rev = state.db.event_revision(id).await?;
    let event = state.db.event_for_edit(rev.event_id).await?;
    let published = event.status == wegweiser_domain::directory::PublicationStatus::Published;
    let tr = &ctx.tr;
    let categories = state.current_categories().await;
    // Codes read as names; an unpublished event is compared with an empty form.
    let before = if published {
        EventDraft::of(&event.details)
    } else {
        EventDraft::default()
    };
    let name = |field: &str, value: String| -> String {
        let each = |f: &dyn Fn(&str) -> String| {
            value
                .split([',', ' '])
                .filter(|c| !c.is_empty())
                .map(f)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match field {
            "weekdays" => {
                each(&|d| crate::kit::views::weekday_name(tr, d.parse().unwrap_or_default()))
            }
            "month_weekday" if !value.is_empty() => {
                crate::kit::views::weekday_name(tr, value.parse().unwrap_or_default())
            }
            "categories" => {
                each(&|c| crate::kit::views::category_name(&categories, c, ctx.lang.code))
            }
            "languages" => each(&|l| crate::kit::views::language_name(tr, l)),
            "repeat" if !value.is_empty() => tr.t(&format!("event-repeat-{value}")),
            "nth" if !value.is_empty() => tr.t(&format!("events-nth-{value}")),
            "cost" if !value.is_empty() => tr.t(&format!("cost-{value}")),
            "childcare" => tr.t(if value == "1" {
                "event-review-yes"
            } else {
                "event-review-no"
            }),
            _ => value,
        }
    };
    let mut changes: Vec<(String, String, String)> = Vec::new();
    if rev.organization_id != event.organization_id || !published {
        let names = state.db.organization_names().await?;
        let org = |id: i64| {
            names
                .iter()
                .find(|(o, _)| *o == id)
                .map(|(_, n)| n.clone())
                .unwrap_or_default()
        };
        changes.push((
            tr.t("event-field-organization"),
            if published {
                org(event.organization_id)
            } else {
                String::new()
            },
            org(rev.organization_id),
        ));
    }
    changes.extend(
        before
            .changes(&EventDraft::of(&rev.details))
            .into_iter()
            .map(|c| {
                (
                    tr.t(&format!("event-field-{}", c.field.replace('_', "-"))),
                    name(c.field, c.old),
                    name(c.field, c.new),
                )
            }),
    );
    page_html(
        StatusCode::OK,
        &ReviewPage {
            page: PageMeta::new(&ctx, &state, tr.t("review-title"), "", "admin"),
            id,
            event_id: rev.event_id,
            title: rev.details.title.de.clone(),
            author: rev.author.clone().unwrap_or_else(|| "—".into()),
            published,
            csrf: viewer.csrf.clone().unwrap_or_default(),
            changes,
            pending: rev.status == "pending",
        },
    )
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comment: String,
}

/// POST /verwaltung/termine/pruefen/{id}: approve (the change goes on the calendar) or send back
/// with a comment. A change decided already (by another tab or person) answers 404.
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(
        &[Role::Coordinator],
        &format!("/verwaltung/termine/pruefen/{id}"),
    )?;
    check_csrf(&viewer, &f.csrf)?;
    let rev = state.db.event_revision(id).await?;
    let now = state.now();
    // The editor hears of the decision in the language they last signed in with, as the back
    // office speaks it (English for the languages it is not written in).
    let tr = Tr::new(
        Lang::stored(rev.author_lang.as_deref().unwrap_or_default()).for_path("/verwaltung"),
    );
    let public = &state.config.public_url;
    let title = rev.details.title.de.as_str();
    let comment = f.comment.trim();
    let notice = |key: &str, link: String| {
        rev.author.as_ref().map(|to| Mail {
            to: to.clone(),
            subject: tr.s(&format!("{key}-subject"), "offer", title),
            body: tr.with_args(
                &format!("{key}-body"),
                &[("offer", title), ("comment", comment), ("link", &link)],
            ),
        })
    };
    match f.decision.as_str() {
        "approve" => {
            let mail = notice(
                "mail-revision-approved",
                format!("{public}/veranstaltungen/{}", rev.event_id),
            );
            // Those moved up by added places hear of it too.
            let shown = Event {
                id: rev.event_id,
                organization_id: rev.organization_id,
                organization_name: state
                    .db
                    .organization_names()
                    .await?
                    .into_iter()
                    .find(|(o, _)| *o == rev.organization_id)
                    .map(|(_, n)| n)
                    .unwrap_or_default(),
                offer_id: rev.offer_id,
                status: wegweiser_domain::directory::PublicationStatus::Published,
                sequence: 0,
                updated_at: now,
                details: rev.details.clone(),
            };
            state
                .db
                .approve_event_revision(
                    id,
                    me.id,
                    crate::events::pages::promoted_mail(&state, &shown),
                    mail.as_ref(),
                    now,
                )
                .await?;
        }
        "return" => {
            let mail = notice(
                "mail-revision-returned",
                format!("{public}/verwaltung/termine/{}", rev.event_id),
            );
            state
                .db
                .return_event_revision(id, comment, me.id, mail.as_ref(), now)
                .await?;
        }
        _ => return Err(WebError::Invalid),
    }
    Ok(Redirect::to("/verwaltung/termine/pruefen").into_response())
}
