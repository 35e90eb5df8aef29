//! The AG's meetings: the overview (`/ag`), a meeting's page with its agenda, answers and forms,
//! preparing a meeting (new, changed: an update to everyone invited when it moves; called off:
//! a cancellation), inviting the members, and answering when signed in.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts;
use wegweiser_domain::ag::{Answer, DEPUTY_MAX, ItemDraft, ItemStatus, MeetingDraft};
use wegweiser_domain::editorial::FieldError;
use wegweiser_store::{AgInvite, AgMeeting, StoreError};

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::ag::access::{Ag, ag_access};
use crate::ag::views::{AgendaLine, agenda, change, invitation, place, when};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{Field, FormPairs};
use crate::kit::views::PageMeta;
use crate::peers::tandem::private;
use crate::state::AppState;

/// A meeting in a list.
pub(crate) struct MeetingCard {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub place: String,
    pub cancelled: bool,
}

fn card(ctx: &Ctx, m: &AgMeeting) -> MeetingCard {
    MeetingCard {
        id: m.id,
        title: m.meeting.title.clone(),
        when: when(&ctx.tr, m),
        place: place(&ctx.tr, m),
        cancelled: m.cancelled_at.is_some(),
    }
}

#[derive(Template)]
#[template(path = "ag/overview.html")]
struct Overview {
    page: PageMeta,
    csrf: String,
    coming: Vec<MeetingCard>,
    past: Vec<MeetingCard>,
    coordinator: bool,
    /// The viewer's action items (the coordinator: all open ones).
    actions: Vec<crate::ag::minutes::ActionLine>,
    back: String,
    show_meeting: bool,
}

/// GET /ag
pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag").await?;
    let now = state.berlin_now();
    let all = state.db.ag_meetings().await?;
    let (mut coming, past): (Vec<&AgMeeting>, Vec<&AgMeeting>) =
        all.iter().partition(|m| m.meeting.ends() > now);
    coming.reverse();
    let select = if ag.is_coordinator() {
        wegweiser_store::ActionSelect::OpenBefore(now + chrono::Duration::days(3660))
    } else {
        wegweiser_store::ActionSelect::OfOwner(ag.account().id)
    };
    let actions = state
        .db
        .ag_actions(select)
        .await?
        .iter()
        .map(|a| crate::ag::minutes::action_line(&ctx.tr, a, &ag, state.today()))
        .collect();
    let html = Overview {
        csrf: viewer.csrf.clone().unwrap_or_default(),
        actions,
        back: "/ag".into(),
        show_meeting: true,
        page: PageMeta::new(&ctx, &state, ctx.tr.t("ag-title"), "", ""),
        coming: coming.iter().map(|m| card(&ctx, m)).collect(),
        past: past.iter().map(|m| card(&ctx, m)).collect(),
        coordinator: ag.is_coordinator(),
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

fn meeting_fields(ctx: &Ctx, d: &MeetingDraft, errors: &[FieldError]) -> Vec<Field> {
    let f = |name: &'static str, kind: &'static str, value: &str| {
        Field::labelled(&ctx.tr, "ag", name, kind, value, errors)
    };
    vec![
        f("title", "text", &d.title),
        f("date", "date", &d.date),
        f("time", "text", &d.time),
        f("duration_minutes", "text", &d.duration_minutes),
        f("place", "text", &d.place),
        f("video_url", "text", &d.video_url),
        f("proposals_until", "date", &d.proposals_until),
    ]
}

#[derive(Template)]
#[template(path = "ag/meeting_form.html")]
struct MeetingForm {
    page: PageMeta,
    csrf: String,
    action: String,
    fields: Vec<Field>,
    error_count: usize,
    invited: bool,
}

fn meeting_form(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: Option<i64>,
    invited: bool,
    d: &MeetingDraft,
    errors: &[FieldError],
) -> Result<Response, WebError> {
    let html = MeetingForm {
        page: PageMeta::new(ctx, state, ctx.tr.t("ag-meeting-form-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action: id.map_or("/ag/sitzungen/neu".into(), |id| {
            format!("/ag/sitzungen/{id}/bearbeiten")
        }),
        fields: meeting_fields(ctx, d, errors),
        error_count: errors.len(),
        invited,
    }
    .render()?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(private(rendered((status, Html(html)).into_response())))
}

fn read_meeting(form: &FormPairs<'_>) -> MeetingDraft {
    MeetingDraft {
        title: form.get("title"),
        date: form.get("date"),
        time: form.get("time"),
        duration_minutes: form.get("duration_minutes"),
        place: form.get("place"),
        video_url: form.get("video_url"),
        proposals_until: form.get("proposals_until"),
    }
}

/// GET /ag/sitzungen/neu
pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    ag_access(&state, &viewer, "/ag/sitzungen/neu")
        .await?
        .require_coordinator()?;
    let d = MeetingDraft {
        time: "15:00".into(),
        duration_minutes: "120".into(),
        ..MeetingDraft::default()
    };
    meeting_form(&state, &ctx, &viewer, None, false, &d, &[])
}

/// POST /ag/sitzungen/neu
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/sitzungen/neu").await?;
    let me = ag.require_coordinator()?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let d = read_meeting(&form);
    match d.checked(state.berlin_now()) {
        Err(errors) => meeting_form(&state, &ctx, &viewer, None, false, &d, &errors),
        Ok(m) => {
            let id = state.db.create_ag_meeting(&m, me.id, state.now()).await?;
            Ok(Redirect::to(&format!("/ag/sitzungen/{id}?hinweis=angelegt")).into_response())
        }
    }
}

/// A meeting by its path id: 404 for anything that is not one.
async fn meeting(state: &AppState, id: i64) -> Result<AgMeeting, WebError> {
    match state.db.ag_meeting(id).await {
        Ok(m) => Ok(m),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// GET /ag/sitzungen/{id}/bearbeiten
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}/bearbeiten");
    ag_access(&state, &viewer, &here)
        .await?
        .require_coordinator()?;
    let m = meeting(&state, id).await?;
    let d = MeetingDraft::from_meeting(&m.meeting);
    meeting_form(
        &state,
        &ctx,
        &viewer,
        Some(id),
        m.invited_at.is_some(),
        &d,
        &[],
    )
}

/// POST /ag/sitzungen/{id}/bearbeiten: when invited members must hear of it, each gets an update.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}/bearbeiten");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let before = meeting(&state, id).await?;
    let d = read_meeting(&form);
    let m = match d.checked(state.berlin_now()) {
        Err(errors) => {
            return meeting_form(
                &state,
                &ctx,
                &viewer,
                Some(id),
                before.invited_at.is_some(),
                &d,
                &errors,
            );
        }
        Ok(m) => m,
    };
    let told = match state
        .db
        .update_ag_meeting(id, &m, me.id, state.now(), |after, r| {
            change(&state, after, r, false)
        })
        .await
    {
        Ok(told) => told,
        Err(StoreError::Conflict) => return Err(WebError::Conflict),
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let notice = if told { "verlegt" } else { "gespeichert" };
    Ok(Redirect::to(&format!("/ag/sitzungen/{id}?hinweis={notice}")).into_response())
}

/// POST /ag/sitzungen/{id}/absagen
pub async fn cancel(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<CsrfForm>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?;
    check_csrf(&viewer, &f.csrf)?;
    match state
        .db
        .cancel_ag_meeting(id, me.id, state.now(), |after, r| {
            change(&state, after, r, true)
        })
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("{here}?hinweis=abgesagt")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// POST /ag/sitzungen/{id}/einladen: every member not invited yet gets the invitation with their
/// own answer link and the calendar entry.
pub async fn invite(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<CsrfForm>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?;
    check_csrf(&viewer, &f.csrf)?;
    let m = meeting(&state, id).await?;
    let items = state.db.ag_items(id).await?;
    let mut invites = Vec::new();
    for member in state.db.ag_uninvited(id).await? {
        let token = accounts::new_token().map_err(WebError::internal)?;
        let link = format!("{}/ag/antwort/{token}", state.config.public_url);
        invites.push(AgInvite {
            account_id: member.account_id,
            token_digest: accounts::token_digest(&token),
            mail: invitation(&state, &m, &items, (&member.email, &member.name), &link),
        });
    }
    match state
        .db
        .send_ag_invitations(id, &invites, me.id, state.now())
        .await
    {
        Ok(n) => Ok(Redirect::to(&format!("{here}?hinweis=eingeladen&anzahl={n}")).into_response()),
        // Called off or begun: nothing to invite to.
        Err(StoreError::NotFound) => Err(WebError::Conflict),
        Err(e) => Err(e.into()),
    }
}

/// A proposed (or declined) item: (id, title, presenter, minutes, note, by whom, status label,
/// status).
type Proposal = (
    i64,
    String,
    String,
    u32,
    String,
    String,
    String,
    &'static str,
);

/// One invited member's answer as the meeting page lists it.
struct AnswerLine {
    name: String,
    organisation: String,
    answer: String,
    deputy: String,
}

#[derive(Template)]
#[template(path = "ag/meeting.html")]
struct MeetingPage {
    page: PageMeta,
    csrf: String,
    id: i64,
    title: String,
    when: String,
    place: String,
    video_url: String,
    proposals_until: String,
    cancelled: bool,
    past: bool,
    invited: bool,
    uninvited: usize,
    coordinator: bool,
    agenda: Vec<AgendaLine>,
    proposals: Vec<Proposal>,
    takes_proposals: bool,
    item_fields: Vec<Field>,
    item_error_count: usize,
    answers: Vec<AnswerLine>,
    /// (answer, label) counts: yes, maybe, no, open.
    counts: Vec<(String, usize)>,
    my_answer: String,
    my_deputy: String,
    answer_error: Option<String>,
    notice: Option<String>,
    /// The minutes can be read (published, or the coordinator's draft).
    minutes: bool,
    /// Documents per agenda item: (item id, document id, name, size in words).
    documents: Vec<(i64, i64, String, String)>,
    document_error: Option<(i64, String)>,
    /// Action items still open from earlier meetings: the first thing on this one's agenda.
    carried: Vec<crate::ag::minutes::ActionLine>,
    back: String,
    show_meeting: bool,
}

impl MeetingPage {
    fn documents_of(&self, item: &i64) -> Vec<(i64, String, String)> {
        self.documents
            .iter()
            .filter(|d| d.0 == *item)
            .map(|d| (d.1, d.2.clone(), d.3.clone()))
            .collect()
    }
    fn document_error_of(&self, item: &i64) -> Option<String> {
        self.document_error
            .as_ref()
            .filter(|(i, _)| i == item)
            .map(|(_, m)| m.clone())
    }
}

#[derive(serde::Deserialize)]
pub struct MeetingQuery {
    hinweis: Option<String>,
    anzahl: Option<usize>,
}

/// What the page needs besides the meeting: form state after a refused item or answer.
#[derive(Default)]
pub(crate) struct PageState {
    pub item: ItemDraft,
    pub item_errors: Vec<FieldError>,
    pub answer_error: Option<String>,
    pub notice: Option<String>,
    /// An item's refused upload and its message.
    pub document_error: Option<(i64, String)>,
}

pub(crate) async fn meeting_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    ag: &Ag,
    id: i64,
    status: StatusCode,
    ps: PageState,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let m = meeting(state, id).await?;
    let items = state.db.ag_items(id).await?;
    let rsvps = state.db.ag_rsvps(id).await?;
    let now = state.berlin_now();
    let me = ag.account().id;
    let coordinator = ag.is_coordinator();
    let mine = rsvps.iter().find(|r| r.account_id == me);
    let answer_label =
        |a: Option<Answer>| tr.t(&format!("ag-answer-{}", a.map_or("open", |a| a.as_str())));
    let counts = [
        Some(Answer::Yes),
        Some(Answer::Maybe),
        Some(Answer::No),
        None,
    ]
    .iter()
    .map(|a| {
        (
            answer_label(*a),
            rsvps.iter().filter(|r| r.answer == *a).count(),
        )
    })
    .collect();
    let proposals = items
        .iter()
        .filter(|i| i.status != ItemStatus::Accepted)
        // Members see their own proposals; the coordinator sees all.
        .filter(|i| coordinator || i.proposed_by == Some(me))
        .map(|i| {
            (
                i.id,
                i.item.title.clone(),
                i.item.presenter.clone(),
                i.item.duration_minutes,
                i.item.note.clone(),
                i.proposed_by_name.clone().unwrap_or_default(),
                tr.t(&format!("ag-item-status-{}", i.status.as_str())),
                i.status.as_str(),
            )
        })
        .collect();
    let html = MeetingPage {
        page: PageMeta::new(ctx, state, m.meeting.title.clone(), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        id,
        title: m.meeting.title.clone(),
        when: when(tr, &m),
        place: m.meeting.place.clone(),
        video_url: m.meeting.video_url.clone(),
        proposals_until: crate::kit::views::format_date(tr, m.meeting.proposals_until),
        cancelled: m.cancelled_at.is_some(),
        past: m.meeting.starts <= now,
        invited: m.invited_at.is_some(),
        uninvited: if coordinator {
            state.db.ag_uninvited(id).await?.len()
        } else {
            0
        },
        coordinator,
        agenda: agenda(&m, &items),
        proposals,
        takes_proposals: m.cancelled_at.is_none()
            && (coordinator && m.meeting.starts > now || m.meeting.takes_proposals(now)),
        item_fields: {
            let f = |name: &'static str, kind: &'static str, value: &str| {
                Field::labelled(tr, "ag-item", name, kind, value, &ps.item_errors)
            };
            vec![
                f("title", "text", &ps.item.title),
                f("presenter", "text", &ps.item.presenter),
                f("duration_minutes", "text", &ps.item.duration_minutes),
                f("note", "textarea", &ps.item.note),
            ]
        },
        item_error_count: ps.item_errors.len(),
        answers: rsvps
            .iter()
            .map(|r| AnswerLine {
                name: r.name.clone(),
                organisation: r.organisation.clone(),
                answer: answer_label(r.answer),
                deputy: r.deputy.clone(),
            })
            .collect(),
        counts,
        my_answer: mine
            .and_then(|r| r.answer)
            .map(|a| a.as_str().to_string())
            .unwrap_or_default(),
        my_deputy: mine.map(|r| r.deputy.clone()).unwrap_or_default(),
        answer_error: ps.answer_error,
        notice: ps.notice,
        minutes: coordinator || m.minutes_published_at.is_some(),
        documents: state
            .db
            .ag_documents(id)
            .await?
            .into_iter()
            .map(|d| {
                let kib = usize::try_from(d.size.div_euclid(1024).max(1)).unwrap_or(1);
                (
                    d.item_id,
                    d.id,
                    d.file_name,
                    tr.n("ag-document-size", "kib", kib),
                )
            })
            .collect(),
        document_error: ps.document_error,
        carried: state
            .db
            .ag_actions(wegweiser_store::ActionSelect::OpenBefore(m.meeting.starts))
            .await?
            .iter()
            .map(|a| crate::ag::minutes::action_line(tr, a, ag, state.today()))
            .collect(),
        back: format!("/ag/sitzungen/{id}"),
        show_meeting: true,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /ag/sitzungen/{id}
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<MeetingQuery>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, &format!("/ag/sitzungen/{id}")).await?;
    let notice = match q.hinweis.as_deref() {
        Some("eingeladen") => Some(
            ctx.tr
                .n("ag-notice-invited", "count", q.anzahl.unwrap_or(0)),
        ),
        Some(
            h @ ("angelegt" | "gespeichert" | "verlegt" | "abgesagt" | "antwort" | "punkt"
            | "vorschlag" | "dokument"),
        ) => Some(ctx.tr.t(&format!("ag-notice-{h}"))),
        _ => None,
    };
    let ps = PageState {
        item: ItemDraft {
            duration_minutes: "15".into(),
            ..ItemDraft::default()
        },
        notice,
        ..PageState::default()
    };
    meeting_page(&state, &ctx, &viewer, &ag, id, StatusCode::OK, ps).await
}

/// The answer a form sends, or the message for what is wrong with it.
pub(crate) fn read_answer(ctx: &Ctx, form: &FormPairs<'_>) -> Result<(Answer, String), String> {
    let answer = Answer::parse(&form.get("answer")).ok_or_else(|| ctx.tr.t("ag-error-answer"))?;
    let deputy = form.get("deputy").trim().to_string();
    if deputy.chars().count() > DEPUTY_MAX {
        return Err(ctx.tr.t("ag-error-too-long"));
    }
    Ok((answer, deputy))
}

/// POST /ag/sitzungen/{id}/antwort: a signed-in member answers on the meeting's page.
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}");
    let ag = ag_access(&state, &viewer, &here).await?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let Ag::Member(me) = &ag else {
        return Err(WebError::Forbidden);
    };
    let refuse = |message: String, status: StatusCode| {
        let ps = PageState {
            answer_error: Some(message),
            ..PageState::default()
        };
        meeting_page(&state, &ctx, &viewer, &ag, id, status, ps)
    };
    let (answer, deputy) = match read_answer(&ctx, &form) {
        Ok(x) => x,
        Err(message) => return refuse(message, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let token = accounts::new_token().map_err(WebError::internal)?;
    match state
        .db
        .answer_ag_meeting(
            id,
            me.id,
            answer,
            &deputy,
            &accounts::token_digest(&token),
            state.now(),
        )
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("{here}?hinweis=antwort")).into_response()),
        Err(StoreError::Conflict) => {
            refuse(ctx.tr.t("ag-error-answer-late"), StatusCode::CONFLICT).await
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
