//! Groups and Treffs: the public directory of peer groups (`/gruppen`), a group's page with how to
//! join, a parent's proposal (public after the coordinator approves it), join requests the
//! organising parent accepts, and the coordinator's queue of proposals.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::directory::SPOKEN_LANGUAGES;
use wegweiser_domain::editorial::{FieldError, SentTranslations, translated};
use wegweiser_domain::geo;
use wegweiser_domain::peers::{
    self, AgeRange, GroupKind, GroupRole, GroupStatus, JoinMode, RawGroup, TextProblem,
};
use wegweiser_store::{StoreError, StoredGroup};

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::DecisionForm;
use crate::kit::forms::{Field, FormPairs};
use crate::kit::i18n::Tr;
use crate::kit::lists;
use crate::kit::text::Text;
use crate::kit::views::PageMeta;
use crate::peers::tandem::{age_label, ortsteil_name, private};
use crate::state::AppState;

/// A group as its card and page show it.
pub(crate) struct GroupView {
    pub id: i64,
    /// In the page language where the group has it, else German.
    pub name: Text,
    pub description: Text,
    pub kind: String,
    pub place: String,
    pub rhythm: Text,
    /// Ages, languages, children welcome, wheelchair access: one line.
    pub facts: String,
    pub join: String,
    pub run_by: String,
    pub event: Option<i64>,
}

pub(crate) fn view(tr: &Tr, g: &StoredGroup) -> GroupView {
    let group = &g.group;
    let mut facts = Vec::new();
    if !group.child_ages.is_empty() {
        let ages: Vec<String> = group.child_ages.iter().map(|a| age_label(tr, *a)).collect();
        facts.push(tr.s("groups-fact-ages", "ages", &lists::and(tr, &ages)));
    }
    if !group.languages.is_empty() {
        let langs: Vec<String> = group
            .languages
            .iter()
            .map(|l| tr.t(&format!("spoken-{l}")))
            .collect();
        facts.push(tr.s(
            "groups-fact-languages",
            "languages",
            &lists::and(tr, &langs),
        ));
    }
    if group.children_welcome {
        facts.push(tr.t("groups-fact-children"));
    }
    if group.wheelchair {
        facts.push(tr.t("groups-fact-wheelchair"));
    }
    let text =
        |german: &str, field: &str| Text::of(&translated(german, field, &g.translations), tr);
    GroupView {
        id: g.id,
        name: text(&group.name, "name"),
        description: text(&group.description, "description"),
        kind: tr.t(&format!(
            "groups-kind-{}",
            group.kind.as_str().replace('_', "-")
        )),
        place: group
            .ortsteil
            .as_deref()
            .map_or_else(|| tr.t("groups-online"), ortsteil_name),
        rhythm: text(&group.rhythm, "rhythm"),
        facts: facts.join(" · "),
        join: tr.t(&format!("groups-join-{}", group.join_mode.as_str())),
        run_by: match &g.organization {
            Some((_, name)) => tr.s("groups-run-by", "name", name),
            None => tr.t("groups-run-by-parent"),
        },
        event: g.event_id,
    }
}

#[derive(Template)]
#[template(path = "peers/groups.html")]
struct GroupsPage {
    page: PageMeta,
    groups: Vec<GroupView>,
    ortsteile: Vec<(String, String)>,
    chosen: String,
}

#[derive(Deserialize)]
pub struct GroupsQuery {
    ortsteil: Option<String>,
}

/// GET /gruppen: every published group, or those of one Ortsteil.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<GroupsQuery>,
) -> Result<Response, WebError> {
    let chosen = q
        .ortsteil
        .filter(|o| geo::ortsteil_by_slug(o).is_some())
        .unwrap_or_default();
    let groups = state
        .db
        .published_groups((!chosen.is_empty()).then_some(chosen.as_str()))
        .await?;
    let html = GroupsPage {
        page: PageMeta::new(
            &ctx,
            &state,
            ctx.tr.t("groups-title"),
            &ctx.tr.t("groups-lead"),
            "",
        ),
        groups: groups.iter().map(|g| view(&ctx.tr, g)).collect(),
        ortsteile: geo::ortsteile()
            .iter()
            .map(|o| (o.slug.to_string(), o.name.to_string()))
            .collect(),
        chosen,
    }
    .render()?;
    Ok(Html(html).into_response())
}

/// A message on the group's page.
pub(crate) struct BoardMessage {
    pub id: i64,
    pub mine: bool,
    pub author: String,
    pub body: String,
    pub at: String,
}

/// Someone who asked to join or is in, for the group's people.
pub(crate) struct MemberView {
    pub id: i64,
    pub name: String,
    pub member: bool,
    /// Not the parent who runs the group (who stays in it).
    pub removable: bool,
}

#[derive(Template)]
#[template(path = "peers/group.html")]
struct GroupPage {
    page: PageMeta,
    csrf: String,
    g: GroupView,
    proposed: bool,
    signed_in: bool,
    /// A parent outside a published group: the form to join (or ask to).
    can_join: bool,
    join_open: bool,
    /// The name to join under (one field, for the kit's field template).
    fields: Vec<Field>,
    requested: bool,
    member: bool,
    manager: bool,
    is_parent: bool,
    members: Vec<MemberView>,
    /// The group's messages, when the viewer may read them.
    messages: Option<Vec<BoardMessage>>,
    draft: String,
    write_error: Option<String>,
    notice: Option<String>,
}

/// What a form on the group's page sent back and what went wrong with it.
#[derive(Default)]
pub(crate) struct Feedback {
    pub name: String,
    pub name_error: Option<&'static str>,
    pub draft: String,
    pub write_error: Option<String>,
    pub notice: Option<String>,
}

/// The group's page as `viewer` may see it: a published group for everyone; a proposal only for
/// the people who run it. Members read and write its messages; the people who run it also see
/// who asked to join.
pub(crate) async fn render_group(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: i64,
    status: StatusCode,
    feedback: Feedback,
) -> Result<Response, WebError> {
    let g = match state.db.peer_group(id).await {
        Ok(g) => g,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let published = g.status == GroupStatus::Published;
    let me = viewer.account.as_ref();
    let role = match me {
        Some(a) => state.db.group_role(a.id, id).await?.0,
        None => GroupRole::Outsider,
    };
    if !published && role != GroupRole::Manager {
        return Err(WebError::NotFound);
    }
    let is_parent = me.is_some_and(|a| a.role == Role::Parent);
    let members = if role == GroupRole::Manager {
        state
            .db
            .group_members(id)
            .await?
            .into_iter()
            .map(|(account, name, st)| MemberView {
                id: account,
                name: if name.is_empty() {
                    ctx.tr.t("groups-member-unnamed")
                } else {
                    name
                },
                member: st == "member",
                removable: Some(account) != g.organiser_id,
            })
            .collect()
    } else {
        vec![]
    };
    let messages = match me {
        Some(a) if role.reads_messages(published) => Some(
            state
                .db
                .group_messages(a.id, id)
                .await?
                .into_iter()
                .map(|m| BoardMessage {
                    id: m.id,
                    mine: m.mine,
                    author: match (m.author.is_empty(), m.staff) {
                        (true, _) => ctx.tr.t("groups-member-unnamed"),
                        (false, true) => ctx.tr.s("groups-author-staff", "name", &m.author),
                        (false, false) => m.author,
                    },
                    body: m.body,
                    at: date_time(&ctx.tr, m.at),
                })
                .collect(),
        ),
        _ => None,
    };
    let name_errors: Vec<FieldError> = feedback
        .name_error
        .map(|message| FieldError {
            field: "name",
            message,
        })
        .into_iter()
        .collect();
    let name_field = Field::keyed(
        &ctx.tr,
        "groups-field-member-name",
        "name",
        "text",
        &feedback.name,
        &name_errors,
    );
    let view = view(&ctx.tr, &g);
    let html = GroupPage {
        page: PageMeta::new(
            ctx,
            state,
            view.name.text.clone(),
            &view.description.text,
            "",
        ),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        proposed: !published,
        signed_in: me.is_some(),
        can_join: is_parent && published && role == GroupRole::Outsider,
        join_open: g.group.join_mode == JoinMode::Open,
        fields: vec![name_field],
        requested: role == GroupRole::Requested,
        member: role == GroupRole::Member,
        manager: role == GroupRole::Manager,
        is_parent,
        members,
        messages,
        draft: feedback.draft,
        write_error: feedback.write_error,
        notice: feedback.notice,
        g: view,
    }
    .render()?;
    let res = rendered((status, Html(html)).into_response());
    // A published group's page is public; what a signed-in person sees of it is theirs.
    Ok(if me.is_none() { res } else { private(res) })
}

/// A moment as the group's page and the moderation queue show it ("6. Dezember 2026, 14:05").
pub(crate) fn date_time(tr: &Tr, at: chrono::DateTime<chrono::Utc>) -> String {
    let local = wegweiser_domain::time::berlin_local(at);
    format!(
        "{}, {}",
        crate::kit::views::format_date(tr, local.date()),
        crate::kit::dates::time(tr, local.time())
    )
}

#[derive(Deserialize)]
pub struct GroupQuery {
    hinweis: Option<String>,
}

/// GET /gruppen/{id}
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<GroupQuery>,
) -> Result<Response, WebError> {
    // Only known notices: a link cannot put words on the page.
    let notice = match q.hinweis.as_deref() {
        Some(
            h @ ("gemeldet" | "gesperrt" | "verlassen" | "beigetreten" | "angefragt"
            | "gespeichert"),
        ) => Some(ctx.tr.t(&format!("groups-notice-{h}"))),
        _ => None,
    };
    render_group(
        &state,
        &ctx,
        &viewer,
        id,
        StatusCode::OK,
        Feedback {
            notice,
            ..Feedback::default()
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "peers/group_form.html")]
struct ProposalPage {
    page: PageMeta,
    csrf: String,
    /// Where the form goes, and its intro and button (a proposal, or a change of a group).
    action: String,
    intro: String,
    submit: String,
    /// The group's page, when the form changes one.
    back: Option<String>,
    fields: Vec<Field>,
    children_welcome: bool,
    wheelchair: bool,
    error_count: usize,
    notice: Option<String>,
}

/// The group's texts that have translations.
const GROUP_TEXT_FIELDS: [&str; 3] = ["name", "description", "rhythm"];

/// The message for a name a group would see (the tandem's messages: the rule is the same).
pub(crate) fn name_problem_key(p: peers::ProfileProblem) -> &'static str {
    match p {
        peers::ProfileProblem::NameTooLong => "tandem-error-name-too-long",
        peers::ProfileProblem::NameContactDetails => "tandem-error-name-contact",
        _ => "tandem-error-name-missing",
    }
}

fn problem_key(p: TextProblem) -> &'static str {
    match p {
        TextProblem::Empty => "groups-error-empty",
        TextProblem::TooLong => "groups-error-too-long",
        TextProblem::ControlCharacters => "groups-error-invalid",
    }
}

/// The group form's fields; a proposal asks for the name its organiser joins under, a change of
/// a group for the texts' translations (`more`).
fn group_fields(
    tr: &Tr,
    raw: &RawGroup,
    organiser_name: Option<&str>,
    more: Option<&SentTranslations>,
    errors: &[FieldError],
) -> Vec<Field> {
    let field = |name: &'static str, kind: &'static str, value: String| {
        Field::labelled(tr, "groups", name, kind, &value, errors)
    };
    let mut kind = field("kind", "select", raw.kind.clone());
    kind.options = GroupKind::ALL
        .iter()
        .map(|k| {
            (
                k.as_str().to_string(),
                tr.t(&format!("groups-kind-{}", k.as_str().replace('_', "-"))),
            )
        })
        .collect();
    let mut ortsteil = field("ortsteil", "select", raw.ortsteil.clone());
    ortsteil.options = std::iter::once((String::new(), tr.t("groups-online-or-choose")))
        .chain(
            geo::ortsteile()
                .iter()
                .map(|o| (o.slug.to_string(), o.name.to_string())),
        )
        .collect();
    let mut ages = field("child_ages", "checks", raw.child_ages.join(","));
    ages.options = AgeRange::ALL
        .iter()
        .map(|a| (a.as_str().to_string(), age_label(tr, *a)))
        .collect();
    let mut languages = field("languages", "checks", raw.languages.join(","));
    languages.options = SPOKEN_LANGUAGES
        .iter()
        .map(|l| (l.to_string(), tr.t(&format!("spoken-{l}"))))
        .collect();
    let mut join = field("join_mode", "select", raw.join_mode.clone());
    join.options = JoinMode::ALL
        .iter()
        .map(|j| {
            (
                j.as_str().to_string(),
                tr.t(&format!("groups-join-{}", j.as_str())),
            )
        })
        .collect();
    let text = |name: &'static str, kind: &'static str, value: &str| {
        let f = field(name, kind, value.to_string());
        match more {
            Some(more) => f.with_translations(tr, more),
            None => f,
        }
    };
    let mut fields = vec![
        text("name", "text", &raw.name),
        kind,
        text("description", "textarea", &raw.description),
        ortsteil,
        text("rhythm", "text", &raw.rhythm),
        ages,
        languages,
        join,
    ];
    if let Some(organiser_name) = organiser_name {
        fields.push(Field::keyed(
            tr,
            "groups-field-member-name",
            "organiser_name",
            "text",
            organiser_name,
            errors,
        ));
    }
    fields
}

/// The proposal form's values as sent.
fn raw_group(form: &FormPairs<'_>) -> RawGroup {
    RawGroup {
        name: form.get("name"),
        description: form.get("description"),
        kind: form.get("kind"),
        ortsteil: form.get("ortsteil"),
        rhythm: form.get("rhythm"),
        child_ages: form.parsed("child_ages"),
        languages: form.parsed("languages"),
        children_welcome: form.get("children_welcome") == "1",
        wheelchair: form.get("wheelchair") == "1",
        join_mode: form.get("join_mode"),
    }
}

fn group_errors(problems: &[peers::GroupProblem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| FieldError {
            field: p.field,
            message: problem_key(p.problem),
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn proposal_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    raw: &RawGroup,
    organiser_name: &str,
    errors: &[FieldError],
    notice: Option<String>,
) -> Result<Response, WebError> {
    let html = ProposalPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("groups-propose-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action: "/gruppen/vorschlagen".into(),
        intro: ctx.tr.t("groups-propose-intro"),
        submit: ctx.tr.t("groups-propose-submit"),
        back: None,
        fields: group_fields(&ctx.tr, raw, Some(organiser_name), None, errors),
        children_welcome: raw.children_welcome,
        wheelchair: raw.wheelchair,
        error_count: errors.len(),
        notice,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /gruppen/vorschlagen
pub async fn propose_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Parent], "/gruppen/vorschlagen")?;
    let raw = RawGroup {
        kind: GroupKind::Cafe.as_str().into(),
        join_mode: JoinMode::Open.as_str().into(),
        languages: vec!["de".into()],
        children_welcome: true,
        ..RawGroup::default()
    };
    proposal_page(&state, &ctx, &viewer, StatusCode::OK, &raw, "", &[], None)
}

/// POST /gruppen/vorschlagen: the proposal waits for the coordinator.
pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], "/gruppen/vorschlagen")?
        .clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let raw = raw_group(&form);
    let organiser_name = form.get("organiser_name");
    let checked = raw.validate();
    let name = peers::shown_name(&organiser_name);
    let (group, name) = match (checked, name) {
        (Ok(g), Ok(n)) => (g, n),
        (checked, name) => {
            let mut errors = group_errors(&checked.err().unwrap_or_default());
            if let Err(p) = name {
                errors.push(FieldError {
                    field: "organiser_name",
                    message: name_problem_key(p),
                });
            }
            return proposal_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                &raw,
                &organiser_name,
                &errors,
                None,
            );
        }
    };
    match state
        .db
        .propose_group(me.id, &name, &group, state.now())
        .await
    {
        Ok(id) => Ok(Redirect::to(&format!("/gruppen/{id}")).into_response()),
        Err(StoreError::Full { .. }) => proposal_page(
            &state,
            &ctx,
            &viewer,
            StatusCode::TOO_MANY_REQUESTS,
            &raw,
            &organiser_name,
            &[],
            Some(ctx.tr.t("groups-too-many")),
        ),
        Err(e) => Err(e.into()),
    }
}

/// The group as its form shows it.
fn raw_from_group(g: &wegweiser_domain::peers::PeerGroup) -> RawGroup {
    RawGroup {
        name: g.name.clone(),
        description: g.description.clone(),
        kind: g.kind.as_str().into(),
        ortsteil: g.ortsteil.clone().unwrap_or_default(),
        rhythm: g.rhythm.clone(),
        child_ages: g
            .child_ages
            .iter()
            .map(|a| a.as_str().to_string())
            .collect(),
        languages: g.languages.iter().cloned().collect(),
        children_welcome: g.children_welcome,
        wheelchair: g.wheelchair,
        join_mode: g.join_mode.as_str().into(),
    }
}

/// Who may run a group: the parent who organises it, its organisation's editors, the coordinator.
const GROUP_MANAGERS: [Role; 3] = [Role::Parent, Role::ProviderEditor, Role::Coordinator];

/// The group `id` for `me` when they run it; 404 for anyone else, as for a group that does not
/// exist.
async fn managed(
    state: &AppState,
    me: wegweiser_domain::accounts::AccountId,
    id: i64,
) -> Result<StoredGroup, WebError> {
    let (role, _) = match state.db.group_role(me, id).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    if role != GroupRole::Manager {
        return Err(WebError::NotFound);
    }
    match state.db.peer_group(id).await {
        Ok(g) => Ok(g),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[allow(clippy::too_many_arguments)]
fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: i64,
    status: StatusCode,
    raw: &RawGroup,
    more: &SentTranslations,
    errors: &[FieldError],
) -> Result<Response, WebError> {
    let html = ProposalPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("groups-edit-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        action: format!("/gruppen/{id}/bearbeiten"),
        intro: ctx.tr.t("groups-edit-intro"),
        submit: ctx.tr.t("groups-edit-submit"),
        back: Some(format!("/gruppen/{id}")),
        fields: group_fields(&ctx.tr, raw, None, Some(more), errors),
        children_welcome: raw.children_welcome,
        wheelchair: raw.wheelchair,
        error_count: errors.len(),
        notice: None,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /gruppen/{id}/bearbeiten: what the group says about itself, with its translations.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&GROUP_MANAGERS, &format!("/gruppen/{id}/bearbeiten"))?
        .id;
    let g = managed(&state, me, id).await?;
    let more = SentTranslations::from_table(&g.translations);
    edit_page(
        &state,
        &ctx,
        &viewer,
        id,
        StatusCode::OK,
        &raw_from_group(&g.group),
        &more,
        &[],
    )
}

/// POST /gruppen/{id}/bearbeiten
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&GROUP_MANAGERS, &format!("/gruppen/{id}/bearbeiten"))?
        .id;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let g = managed(&state, me, id).await?;
    let raw = raw_group(&form);
    let sent = form.all_translations(&GROUP_TEXT_FIELDS);
    match raw.validate() {
        Ok(group) => {
            match state
                .db
                .update_group(me, id, &group, &sent, state.now())
                .await
            {
                Ok(()) => {
                    Ok(Redirect::to(&format!("/gruppen/{id}?hinweis=gespeichert")).into_response())
                }
                Err(StoreError::NotFound) => Err(WebError::NotFound),
                Err(e) => Err(e.into()),
            }
        }
        Err(problems) => {
            let more = sent.marked_by_table(&g.translations);
            edit_page(
                &state,
                &ctx,
                &viewer,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                &raw,
                &more,
                &group_errors(&problems),
            )
        }
    }
}

#[derive(Template)]
#[template(path = "peers/groups_admin.html")]
struct QueuePage {
    page: PageMeta,
    csrf: String,
    groups: Vec<GroupView>,
}

/// GET /verwaltung/gruppen: proposals waiting for a decision.
pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/gruppen")?;
    let groups = state.db.proposed_groups().await?;
    let html = QueuePage {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("groups-admin-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        groups: groups.iter().map(|g| view(&ctx.tr, g)).collect(),
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// POST /verwaltung/gruppen/{id}: publish ("veroeffentlichen") or reject ("ablehnen").
pub async fn decide(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Coordinator], "/verwaltung/gruppen")?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    let publish = match f.entscheidung.as_str() {
        "veroeffentlichen" => true,
        "ablehnen" => false,
        _ => return Err(WebError::Invalid),
    };
    match state.db.decide_group(id, me.id, publish, state.now()).await {
        Ok(()) => Ok(Redirect::to("/verwaltung/gruppen").into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// Published groups whose name, description or kind has every word of `text` (at most `n`), for
/// the search page; with an Ortsteil chosen, only its groups and those that meet online.
pub async fn matching(
    state: &AppState,
    tr: &Tr,
    text: &str,
    ortsteil: Option<&str>,
    n: usize,
) -> Result<Vec<GroupView>, WebError> {
    use wegweiser_search::analysis::{is_stop_word, stored_words, words};
    let wanted: Vec<String> = words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !is_stop_word(w))
        .collect();
    if wanted.is_empty() {
        return Ok(vec![]);
    }
    let mut found = Vec::new();
    for g in state.published().await?.groups.iter() {
        if ortsteil.is_some()
            && g.group.ortsteil.is_some()
            && g.group.ortsteil.as_deref() != ortsteil
        {
            continue;
        }
        let kind = tr.t(&format!(
            "groups-kind-{}",
            g.group.kind.as_str().replace('_', "-")
        ));
        let mut haystack = vec![
            stored_words(&g.group.name),
            stored_words(&g.group.description),
            stored_words(&kind),
        ];
        for t in g
            .translations
            .iter()
            .filter(|t| t.lang == tr.lang.code && !t.outdated && t.field != "rhythm")
        {
            haystack.push(stored_words(&t.value));
        }
        if wanted.iter().all(|w| {
            haystack
                .iter()
                .any(|text| text.iter().any(|h| h.contains(w.as_str())))
        }) {
            found.push(view(tr, g));
        }
        if found.len() == n {
            break;
        }
    }
    Ok(found)
}
