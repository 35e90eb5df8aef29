//! A meeting's minutes (`/ag/sitzungen/{id}/protokoll`): per agenda item the coordinator's notes,
//! decisions with their votes and action items with an owner and a due day; published once to
//! the members with a mail. Owners (and the coordinator) mark action items done; open ones are
//! carried over to the next meeting.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::ag::{ActionDraft, DecisionDraft, ItemStatus};
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::mail::Mail;
use wegweiser_store::{ActionSelect, AgAction, AgDecision, StoreError};

use crate::accounts::session::{Viewer, check_csrf};
use crate::ag::access::{Ag, ag_access};
use crate::ag::views::{meeting_url, when};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::FormPairs;
use crate::kit::i18n::{LANGS, Tr};
use crate::kit::views::{PageMeta, format_date};
use crate::peers::tandem::private;
use crate::state::AppState;

/// An action item as lists show it.
pub(crate) struct ActionLine {
    pub id: i64,
    pub text: String,
    pub owner: String,
    pub due: String,
    pub done: bool,
    pub overdue: bool,
    /// Whether the viewer may mark it done.
    pub mine: bool,
    pub meeting: String,
    pub meeting_id: i64,
}

pub(crate) fn action_line(
    tr: &Tr,
    a: &AgAction,
    viewer: &Ag,
    today: chrono::NaiveDate,
) -> ActionLine {
    ActionLine {
        id: a.id,
        text: a.text.clone(),
        owner: a.owner_name.clone().unwrap_or_default(),
        due: format_date(tr, a.due_on),
        done: a.done_at.is_some(),
        overdue: a.done_at.is_none() && a.due_on < today,
        mine: viewer.is_coordinator() || a.owner_id == Some(viewer.account().id),
        meeting: a.meeting_title.clone(),
        meeting_id: a.meeting_id,
    }
}

/// A decision as lists show it: its text and the vote in words.
pub(crate) fn decision_text(tr: &Tr, d: &AgDecision) -> (String, String) {
    let votes = match (d.votes_yes, d.votes_no, d.votes_abstain) {
        (None, None, None) => String::new(),
        (y, n, a) => tr.with_args(
            "ag-votes",
            &[
                ("yes", &y.unwrap_or(0).to_string()),
                ("no", &n.unwrap_or(0).to_string()),
                ("abstain", &a.unwrap_or(0).to_string()),
            ],
        ),
    };
    (d.text.clone(), votes)
}

struct ItemMinutes {
    id: i64,
    number: usize,
    title: String,
    notes: String,
    decisions: Vec<(String, String)>,
    actions: Vec<ActionLine>,
}

#[derive(Template)]
#[template(path = "ag/minutes.html")]
struct MinutesPage {
    page: PageMeta,
    csrf: String,
    id: i64,
    title: String,
    when: String,
    coordinator: bool,
    published: bool,
    items: Vec<ItemMinutes>,
    /// (account id, name) of possible owners.
    owners: Vec<(String, String)>,
    /// The item whose form was refused, its fields and (field, message) errors.
    failed_item: i64,
    draft: Vec<(&'static str, String)>,
    errors: Vec<(&'static str, String)>,
    notice: Option<String>,
    /// Where marking an action item done leads back to.
    back: String,
    /// The public summary and whether it is on the public site.
    summary: String,
    summary_public: bool,
}

impl MinutesPage {
    fn value(&self, item: &i64, field: &str) -> &str {
        if *item != self.failed_item {
            return "";
        }
        self.draft
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, v)| v.as_str())
    }
    fn error(&self, item: &i64, field: &str) -> Option<&str> {
        if *item != self.failed_item {
            return None;
        }
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

#[derive(Default)]
struct Failed {
    item: i64,
    draft: Vec<(&'static str, String)>,
    errors: Vec<(&'static str, String)>,
}

#[allow(clippy::too_many_arguments)]
async fn minutes_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    ag: &Ag,
    id: i64,
    status: StatusCode,
    failed: Failed,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let m = match state.db.ag_meeting(id).await {
        Ok(m) => m,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let published = m.minutes_published_at.is_some();
    // Members read the minutes once they are published; until then they do not exist for them.
    if !published && !ag.is_coordinator() {
        return Err(WebError::NotFound);
    }
    let today = state.today();
    let summary = state.db.ag_summary(id).await?;
    let notes = state.db.ag_minutes(id).await?;
    let decisions = state.db.ag_decisions(Some(id)).await?;
    let actions = state.db.ag_actions(ActionSelect::OfMeeting(id)).await?;
    let items = state
        .db
        .ag_items(id)
        .await?
        .into_iter()
        .filter(|i| i.status == ItemStatus::Accepted)
        .enumerate()
        .map(|(n, i)| ItemMinutes {
            id: i.id,
            number: n + 1,
            title: i.item.title.clone(),
            notes: notes
                .iter()
                .find(|(x, _)| *x == i.id)
                .map(|(_, t)| t.clone())
                .unwrap_or_default(),
            decisions: decisions
                .iter()
                .filter(|d| d.item_id == i.id)
                .map(|d| decision_text(tr, d))
                .collect(),
            actions: actions
                .iter()
                .filter(|a| a.item_id == i.id)
                .map(|a| action_line(tr, a, ag, today))
                .collect(),
        })
        .collect();
    let html = MinutesPage {
        page: PageMeta::new(
            ctx,
            state,
            tr.s("ag-minutes-of", "title", &m.meeting.title),
            "",
            "",
        ),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        id,
        title: m.meeting.title.clone(),
        when: when(tr, &m),
        coordinator: ag.is_coordinator(),
        published,
        items,
        owners: state
            .db
            .ag_members()
            .await?
            .into_iter()
            .map(|o| {
                (
                    o.account_id.to_string(),
                    format!("{} ({})", o.name, o.organisation),
                )
            })
            .collect(),
        back: format!("/ag/sitzungen/{id}/protokoll"),
        summary_public: summary.summary_published_at.is_some(),
        summary: summary.summary,
        failed_item: failed.item,
        draft: failed.draft,
        errors: failed.errors,
        notice,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

#[derive(serde::Deserialize)]
pub struct MinutesQuery {
    hinweis: Option<String>,
}

/// GET /ag/sitzungen/{id}/protokoll
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<MinutesQuery>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, &format!("/ag/sitzungen/{id}/protokoll")).await?;
    let notice = match q.hinweis.as_deref() {
        Some(h @ ("gespeichert" | "veroeffentlicht")) => {
            Some(ctx.tr.t(&format!("ag-minutes-notice-{h}")))
        }
        _ => None,
    };
    minutes_page(
        &state,
        &ctx,
        &viewer,
        &ag,
        id,
        StatusCode::OK,
        Failed::default(),
        notice,
    )
    .await
}

fn messages(ctx: &Ctx, errors: Vec<FieldError>) -> Vec<(&'static str, String)> {
    errors
        .into_iter()
        .map(|e| (e.field, ctx.tr.t(e.message)))
        .collect()
}

/// POST /ag/sitzungen/{id}/protokoll/{item}: the coordinator saves the notes (`was=notizen`),
/// adds a decision (`beschluss`) or an action item (`aufgabe`).
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((id, item)): Path<(i64, i64)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}/protokoll");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?.clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let now = state.now();
    let refuse = |draft: Vec<(&'static str, String)>, errors: Vec<(&'static str, String)>| {
        let failed = Failed {
            item,
            draft,
            errors,
        };
        minutes_page(
            &state,
            &ctx,
            &viewer,
            &ag,
            id,
            StatusCode::UNPROCESSABLE_ENTITY,
            failed,
            None,
        )
    };
    let result = match form.get("was").as_str() {
        "notizen" => {
            let text = form.get("notes");
            if text.chars().count() > 20_000 {
                let errors = vec![("notes", ctx.tr.t("ag-error-too-long"))];
                return refuse(vec![("notes", text)], errors).await;
            }
            state
                .db
                .save_ag_minutes(id, item, text.trim(), me.id, now)
                .await
        }
        "beschluss" => {
            let d = DecisionDraft {
                text: form.get("decision"),
                yes: form.get("yes"),
                no: form.get("no"),
                abstain: form.get("abstain"),
            };
            match d.checked() {
                Err(errors) => {
                    let draft = vec![
                        ("decision", d.text.clone()),
                        ("yes", d.yes.clone()),
                        ("no", d.no.clone()),
                        ("abstain", d.abstain.clone()),
                    ];
                    return refuse(draft, messages(&ctx, errors)).await;
                }
                Ok(decision) => state
                    .db
                    .add_ag_decision(id, item, &decision, me.id, now)
                    .await
                    .map(|_| ()),
            }
        }
        "aufgabe" => {
            let a = ActionDraft {
                text: form.get("action"),
                owner: form.get("owner"),
                due_on: form.get("due_on"),
            };
            let owners: Vec<i64> = state
                .db
                .ag_members()
                .await?
                .iter()
                .map(|m| m.account_id)
                .collect();
            match a.checked(&owners, state.today()) {
                Err(errors) => {
                    let draft = vec![
                        ("action", a.text.clone()),
                        ("owner", a.owner.clone()),
                        ("due_on", a.due_on.clone()),
                    ];
                    return refuse(draft, messages(&ctx, errors)).await;
                }
                Ok(action) => state
                    .db
                    .add_ag_action(id, item, &action, me.id, now)
                    .await
                    .map(|_| ()),
            }
        }
        _ => return Err(WebError::Invalid),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("{here}?hinweis=gespeichert#p-{item}")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Unknown { .. }) => {
            let errors = vec![("owner", ctx.tr.t("ag-error-owner"))];
            refuse(vec![], errors).await
        }
        Err(e) => Err(e.into()),
    }
}

/// POST /ag/sitzungen/{id}/protokoll/veroeffentlichen: every member gets a mail with the link.
pub async fn publish(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<crate::accounts::session::CsrfForm>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}/protokoll");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?.clone();
    check_csrf(&viewer, &f.csrf)?;
    let m = match state.db.ag_meeting(id).await {
        Ok(m) => m,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let de = Tr::new(LANGS[0]);
    let link = format!("{}/protokoll", meeting_url(&state, &m));
    let mails: Vec<Mail> = state
        .db
        .ag_members()
        .await?
        .into_iter()
        .map(|member| Mail {
            to: member.email,
            subject: de.s("ag-mail-minutes-subject", "title", &m.meeting.title),
            body: de.with_args(
                "ag-mail-minutes-body",
                &[
                    ("name", &member.name),
                    ("title", &m.meeting.title),
                    ("when", &when(&de, &m)),
                    ("url", &link),
                ],
            ),
        })
        .collect();
    match state
        .db
        .publish_ag_minutes(id, &mails, me.id, state.now())
        .await
    {
        Ok(()) | Err(StoreError::Conflict) => {
            Ok(Redirect::to(&format!("{here}?hinweis=veroeffentlicht")).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// POST /ag/aufgaben/{id}: its owner or the coordinator marks an action item done (`erledigt=1`)
/// or open again; back to where they came from (`zurueck`, a path within /ag).
pub async fn mark(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(action): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag").await?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let back = form.get("zurueck");
    let back = if back.starts_with("/ag") && !back.starts_with("//") && !back.contains("://") {
        back
    } else {
        "/ag".to_string()
    };
    match state
        .db
        .set_ag_action_done(
            action,
            ag.account().id,
            ag.is_coordinator(),
            form.get("erledigt") == "1",
            state.now(),
        )
        .await
    {
        Ok(()) => Ok(Redirect::to(&back).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// Housekeeping: owners of open action items hear of them a few days before they are due.
pub async fn remind(state: &AppState) -> wegweiser_store::StoreResult<u64> {
    let de = Tr::new(LANGS[0]);
    let mut sent = 0;
    for a in state
        .db
        .ag_action_reminders_due(state.today(), wegweiser_domain::ag::ACTION_REMINDER_DAYS)
        .await?
    {
        let Some(to) = a.owner_email.clone() else {
            continue;
        };
        let mail = Mail {
            to,
            subject: de.s("ag-mail-action-subject", "text", &a.text),
            body: de.with_args(
                "ag-mail-action-body",
                &[
                    ("name", &a.owner_name.clone().unwrap_or_default()),
                    ("text", &a.text),
                    ("due", &format_date(&de, a.due_on)),
                    ("meeting", &a.meeting_title),
                    ("url", &format!("{}/ag", state.config.public_url)),
                ],
            ),
        };
        if state.db.remind_ag_action(a.id, &mail, state.now()).await? {
            sent += 1;
        }
    }
    Ok(sent)
}
