//! Contact between two parents: a request reveals nothing further; once both agreed they write to
//! each other. Messages are plain text (nothing in them is a link); the notice mail names no one
//! and quotes nothing. A parent can report a message or a profile and block anyone.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::{self, Role};
use wegweiser_domain::mail::Mail;
use wegweiser_domain::peers::{self, MAX_MESSAGE, MAX_REPORT, TextProblem};
use wegweiser_store::{RequestOutcome, StoreError};

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::DecisionForm;
use crate::kit::i18n::{Lang, Tr};
use crate::kit::views::PageMeta;
use crate::peers::tandem::{PlainForm, card_facts, explain, private, render_overview};
use crate::state::AppState;

/// A mail to each `to` in their language (the one they last signed in with), with a link; a
/// link into the back office is written for a language it speaks (English for the others).
pub(crate) fn notice_mail(
    state: &AppState,
    key: &str,
    path: &str,
) -> impl Fn(&str, &str) -> Mail + Send + use<> {
    let key = key.to_string();
    let path = path.to_string();
    let link = format!("{}{path}", state.config.public_url);
    move |to: &str, lang: &str| {
        let tr = Tr::new(Lang::stored(lang).for_path(&path));
        Mail {
            to: to.to_string(),
            subject: tr.t(&format!("{key}-subject")),
            body: tr.s(&format!("{key}-body"), "link", &link),
        }
    }
}

/// POST /tandem/anfragen: asks the parent of a suggestion for contact.
pub async fn request(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<PlainForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem")?.clone();
    check_csrf(&viewer, &f.csrf)?;
    if !accounts::is_token_shaped(&f.profil) {
        return Err(WebError::NotFound);
    }
    let mail = notice_mail(&state, "tandem-mail-request", "/tandem/kontakte");
    match state
        .db
        .request_peer_contact(me.id, &f.profil, state.now(), mail)
        .await
    {
        Ok(RequestOutcome::Sent | RequestOutcome::AlreadySent) => {
            Ok(Redirect::to("/tandem?hinweis=angefragt").into_response())
        }
        Ok(RequestOutcome::Matched(id)) => {
            Ok(Redirect::to(&format!("/tandem/kontakte/{id}")).into_response())
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Incomplete("email")) => {
            render_overview(
                &state,
                &ctx,
                &viewer,
                StatusCode::FORBIDDEN,
                Some(ctx.tr.t("tandem-error-unconfirmed")),
            )
            .await
        }
        Err(StoreError::Full { .. }) => {
            render_overview(
                &state,
                &ctx,
                &viewer,
                StatusCode::TOO_MANY_REQUESTS,
                Some(ctx.tr.t("tandem-too-many-requests")),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

struct ContactView {
    id: i64,
    handle: String,
    name: String,
    facts: String,
    why: String,
}

#[derive(Template)]
#[template(path = "peers/contacts.html")]
struct ContactsPage {
    page: PageMeta,
    csrf: String,
    incoming: Vec<ContactView>,
    outgoing: Vec<ContactView>,
    matched: Vec<ContactView>,
    has_profile: bool,
}

/// GET /tandem/kontakte: requests to decide, requests waiting, conversations.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem/kontakte")?.clone();
    let own = state.db.own_peer_profile(me.id).await?;
    let contacts = state.db.peer_contacts(me.id).await?;
    let (mut incoming, mut outgoing, mut matched) = (vec![], vec![], vec![]);
    for c in contacts {
        let why = own
            .as_ref()
            .and_then(|o| peers::overlap(&o.profile, &c.other.profile))
            .map(|o| explain(&ctx.tr, &o))
            .unwrap_or_default();
        let view = ContactView {
            id: c.request_id,
            name: c.other.profile.display_name.clone(),
            facts: card_facts(&ctx.tr, &c.other.profile),
            handle: c.other.handle,
            why,
        };
        match (c.state.as_str(), c.outgoing) {
            ("accepted", _) => matched.push(view),
            (_, true) => outgoing.push(view),
            (_, false) => incoming.push(view),
        }
    }
    let html = ContactsPage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("tandem-contacts-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        incoming,
        outgoing,
        matched,
        has_profile: own.is_some(),
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// POST /tandem/anfragen/{id}: accepts ("annehmen") or declines ("ablehnen") a request.
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem/kontakte")?.clone();
    check_csrf(&viewer, &f.csrf)?;
    let accept = match f.entscheidung.as_str() {
        "annehmen" => true,
        "ablehnen" => false,
        _ => return Err(WebError::Invalid),
    };
    let mail = notice_mail(
        &state,
        "tandem-mail-accepted",
        &format!("/tandem/kontakte/{id}"),
    );
    match state
        .db
        .decide_peer_request(me.id, id, accept, state.now(), mail)
        .await
    {
        Ok(()) if accept => Ok(Redirect::to(&format!("/tandem/kontakte/{id}")).into_response()),
        Ok(()) => Ok(Redirect::to("/tandem/kontakte").into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

struct MessageView {
    id: i64,
    mine: bool,
    body: String,
    at: String,
}

#[derive(Template)]
#[template(path = "peers/conversation.html")]
struct ConversationPage {
    page: PageMeta,
    csrf: String,
    id: i64,
    handle: String,
    name: String,
    facts: String,
    messages: Vec<MessageView>,
    draft: String,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub struct ConversationQuery {
    hinweis: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn conversation_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    me: i64,
    id: i64,
    status: StatusCode,
    draft: &str,
    error: Option<String>,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let (other, messages) = match state.db.peer_conversation(me, id).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let messages = messages
        .into_iter()
        .map(|m| {
            let local = wegweiser_domain::time::berlin_local(m.at);
            MessageView {
                id: m.id,
                mine: m.mine,
                body: m.body,
                at: format!(
                    "{}, {}",
                    crate::kit::views::format_date(&ctx.tr, local.date()),
                    crate::kit::dates::time(&ctx.tr, local.time())
                ),
            }
        })
        .collect();
    let html = ConversationPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.s(
                "tandem-conversation-title",
                "name",
                &other.profile.display_name,
            ),
            "",
            "",
        ),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        id,
        facts: card_facts(&ctx.tr, &other.profile),
        name: other.profile.display_name,
        handle: other.handle,
        messages,
        draft: draft.to_string(),
        error,
        notice,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /tandem/kontakte/{id}: a conversation, for its two parents only (404 for anyone else).
pub async fn conversation(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<ConversationQuery>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/tandem/kontakte/{id}"))?
        .clone();
    let notice =
        (q.hinweis.as_deref() == Some("gemeldet")).then(|| ctx.tr.t("tandem-notice-gemeldet"));
    conversation_page(
        &state,
        &ctx,
        &viewer,
        me.id,
        id,
        StatusCode::OK,
        "",
        None,
        notice,
    )
    .await
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
}

/// The message for what is wrong with a message's text (the tandem's and the groups').
pub(crate) fn text_problem_key(p: TextProblem) -> &'static str {
    match p {
        TextProblem::Empty => "tandem-error-message-empty",
        TextProblem::TooLong => "tandem-error-message-too-long",
        TextProblem::ControlCharacters => "tandem-error-message-control",
    }
}

/// POST /tandem/kontakte/{id}: writes a message.
pub async fn send(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<MessageForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/tandem/kontakte/{id}"))?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    let body = match peers::clean_text(&f.text, MAX_MESSAGE) {
        Ok(b) => b,
        Err(p) => {
            let error = Some(ctx.tr.t(text_problem_key(p)));
            return conversation_page(
                &state,
                &ctx,
                &viewer,
                me.id,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                &f.text,
                error,
                None,
            )
            .await;
        }
    };
    let mail = notice_mail(
        &state,
        "tandem-mail-message",
        &format!("/tandem/kontakte/{id}"),
    );
    match state
        .db
        .send_peer_message(me.id, id, &body, state.now(), mail)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/tandem/kontakte/{id}#neu")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Incomplete("email")) => {
            let error = Some(ctx.tr.t("tandem-error-unconfirmed"));
            conversation_page(
                &state,
                &ctx,
                &viewer,
                me.id,
                id,
                StatusCode::FORBIDDEN,
                &f.text,
                error,
                None,
            )
            .await
        }
        Err(StoreError::Full { .. }) => {
            let error = Some(ctx.tr.t("tandem-too-many-messages"));
            conversation_page(
                &state,
                &ctx,
                &viewer,
                me.id,
                id,
                StatusCode::TOO_MANY_REQUESTS,
                &f.text,
                error,
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    nachricht: Option<i64>,
    #[serde(default)]
    gespraech: Option<i64>,
    #[serde(default)]
    profil: String,
    #[serde(default)]
    grund: String,
}

/// POST /tandem/melden: reports a message (of a conversation the parent is in) or a profile.
/// The reason may stay empty: someone who feels threatened need not explain.
pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(f): Form<ReportForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem")?.clone();
    check_csrf(&viewer, &f.csrf)?;
    let reason = match peers::clean_text(&f.grund, MAX_REPORT) {
        Ok(r) => r,
        Err(TextProblem::Empty) => String::new(),
        Err(_) => return Err(WebError::Invalid),
    };
    let handle = (!f.profil.is_empty()).then_some(f.profil.as_str());
    if handle.is_some_and(|h| !accounts::is_token_shaped(h)) {
        return Err(WebError::NotFound);
    }
    match state
        .db
        .report_peer(me.id, f.nachricht, handle, &reason, state.now())
        .await
    {
        Ok(()) => {}
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(StoreError::Full { .. }) => {
            return render_overview(
                &state,
                &ctx,
                &viewer,
                StatusCode::TOO_MANY_REQUESTS,
                Some(ctx.tr.t("tandem-too-many-reports")),
            )
            .await;
        }
        Err(e) => return Err(e.into()),
    }
    let back = match f.gespraech {
        Some(c) => format!("/tandem/kontakte/{c}?hinweis=gemeldet"),
        None => "/tandem?hinweis=gemeldet".into(),
    };
    Ok(Redirect::to(&back).into_response())
}
