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
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::geo;
use wegweiser_domain::peers::{AgeRange, GroupKind, GroupStatus, JoinMode, RawGroup, TextProblem};
use wegweiser_store::{StoreError, StoredGroup};

use crate::accounts::session::{CsrfForm, Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::DecisionForm;
use crate::kit::forms::{Field, FormPairs};
use crate::kit::i18n::Tr;
use crate::kit::lists;
use crate::kit::views::PageMeta;
use crate::peers::tandem::{age_label, ortsteil_name, private};
use crate::state::AppState;

/// A group as its card and page show it.
pub(crate) struct GroupView {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub kind: String,
    pub place: String,
    pub rhythm: String,
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
    GroupView {
        id: g.id,
        name: group.name.clone(),
        description: group.description.clone(),
        kind: tr.t(&format!(
            "groups-kind-{}",
            group.kind.as_str().replace('_', "-")
        )),
        place: group
            .ortsteil
            .as_deref()
            .map_or_else(|| tr.t("groups-online"), ortsteil_name),
        rhythm: group.rhythm.clone(),
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

#[derive(Template)]
#[template(path = "peers/group.html")]
struct GroupPage {
    page: PageMeta,
    csrf: String,
    g: GroupView,
    proposed: bool,
    /// The viewer may ask to join (a signed-in parent, a group taking requests).
    can_ask: bool,
    signed_in: bool,
    membership: Option<String>,
    /// For the organising parent: who asked and who is in.
    members: Vec<(i64, String, bool)>,
    organiser: bool,
}

/// GET /gruppen/{id}: a published group for everyone; a proposal only for its parent and the
/// coordinator.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let g = match state.db.peer_group(id).await {
        Ok(g) => g,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let me = viewer.account.as_ref();
    let organiser = me.is_some_and(|a| Some(a.id) == g.organiser_id);
    let coordinator = me.is_some_and(|a| a.role == Role::Coordinator);
    if g.status != GroupStatus::Published && !organiser && !coordinator {
        return Err(WebError::NotFound);
    }
    let parent = me.filter(|a| a.role == Role::Parent);
    let membership = match parent {
        Some(a) => state.db.group_membership(a.id, id).await?,
        None => None,
    };
    let members = if organiser {
        state
            .db
            .group_members(id)
            .await?
            .into_iter()
            .map(|(account, name, st)| {
                let shown = if name.is_empty() {
                    ctx.tr.t("groups-member-unnamed")
                } else {
                    name
                };
                (account, shown, st == "member")
            })
            .collect()
    } else {
        vec![]
    };
    let html = GroupPage {
        page: PageMeta::new(&ctx, &state, g.group.name.clone(), &g.group.description, ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        proposed: g.status != GroupStatus::Published,
        can_ask: parent.is_some()
            && !organiser
            && g.status == GroupStatus::Published
            && g.group.join_mode == JoinMode::Request,
        signed_in: me.is_some(),
        membership: membership.map(|m| ctx.tr.t(&format!("groups-membership-{m}"))),
        members,
        organiser,
        g: view(&ctx.tr, &g),
    }
    .render()?;
    let res = Html(html).into_response();
    // A proposal's page is private; a published group's is public.
    Ok(if g.status == GroupStatus::Published && me.is_none() {
        res
    } else {
        private(res)
    })
}

/// POST /gruppen/{id}/beitreten: a parent asks to join.
pub async fn join(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/gruppen/{id}"))?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    match state.db.join_group(me.id, id, state.now()).await {
        Ok(_) => Ok(Redirect::to(&format!("/gruppen/{id}")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    mitglied: i64,
}

/// POST /gruppen/{id}/mitglieder: the organising parent accepts someone who asked.
pub async fn accept(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<AcceptForm>,
) -> Result<Response, WebError> {
    let me = viewer
        .require(&[Role::Parent], &format!("/gruppen/{id}"))?
        .clone();
    check_csrf(&viewer, &f.csrf)?;
    match state.db.accept_group_member(me.id, id, f.mitglied).await {
        Ok(()) => Ok(Redirect::to(&format!("/gruppen/{id}")).into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "peers/group_form.html")]
struct ProposalPage {
    page: PageMeta,
    csrf: String,
    fields: Vec<Field>,
    children_welcome: bool,
    wheelchair: bool,
    error_count: usize,
    notice: Option<String>,
}

fn problem_key(p: TextProblem) -> &'static str {
    match p {
        TextProblem::Empty => "groups-error-empty",
        TextProblem::TooLong => "groups-error-too-long",
        TextProblem::ControlCharacters => "groups-error-invalid",
    }
}

fn proposal_fields(tr: &Tr, raw: &RawGroup, errors: &[FieldError]) -> Vec<Field> {
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
    vec![
        field("name", "text", raw.name.clone()),
        kind,
        field("description", "textarea", raw.description.clone()),
        ortsteil,
        field("rhythm", "text", raw.rhythm.clone()),
        ages,
        languages,
        join,
    ]
}

fn proposal_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    raw: &RawGroup,
    errors: &[FieldError],
    notice: Option<String>,
) -> Result<Response, WebError> {
    let html = ProposalPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("groups-propose-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        fields: proposal_fields(&ctx.tr, raw, errors),
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
    proposal_page(&state, &ctx, &viewer, StatusCode::OK, &raw, &[], None)
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
    let raw = RawGroup {
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
    };
    let group = match raw.validate() {
        Ok(g) => g,
        Err(problems) => {
            let errors: Vec<FieldError> = problems
                .iter()
                .map(|p| FieldError {
                    field: p.field,
                    message: problem_key(p.problem),
                })
                .collect();
            return proposal_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                &raw,
                &errors,
                None,
            );
        }
    };
    match state.db.propose_group(me.id, &group, state.now()).await {
        Ok(id) => Ok(Redirect::to(&format!("/gruppen/{id}")).into_response()),
        Err(StoreError::Full { .. }) => proposal_page(
            &state,
            &ctx,
            &viewer,
            StatusCode::TOO_MANY_REQUESTS,
            &raw,
            &[],
            Some(ctx.tr.t("groups-too-many")),
        ),
        Err(e) => Err(e.into()),
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
    use wegweiser_search::analysis::{is_stop_word, words};
    let wanted: Vec<String> = words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !is_stop_word(w))
        .collect();
    if wanted.is_empty() {
        return Ok(vec![]);
    }
    let mut found = Vec::new();
    for g in state.db.published_groups(None).await? {
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
        let mut haystack = words(&g.group.name);
        haystack.extend(words(&g.group.description));
        haystack.extend(words(&kind));
        if wanted
            .iter()
            .all(|w| haystack.iter().any(|h| h.contains(w.as_str())))
        {
            found.push(view(tr, &g));
        }
        if found.len() == n {
            break;
        }
    }
    Ok(found)
}
