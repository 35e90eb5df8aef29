//! The tandem: a parent's private profile, their consent, the suggestions and blocking.
//!
//! Nothing here is public: another parent's profile is only ever shown as a suggestion to a
//! signed-in parent with a profile and consent, and then only its name or pseudonym, Ortsteil,
//! children's age ranges and what the two have in common.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use wegweiser_domain::accounts::{self, Account, Role};
use wegweiser_domain::directory::SPOKEN_LANGUAGES;
use wegweiser_domain::editorial::FieldError;
use wegweiser_domain::geo;
use wegweiser_domain::peers::{
    self, AgeRange, FreeTime, Identity, Interest, LookingFor, Overlap, PeerProfile, RawProfile,
    Wants,
};
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{Field, FormPairs, SavedQuery};
use crate::kit::i18n::Tr;
use crate::kit::lists;
use crate::kit::views::PageMeta;
use crate::state::AppState;

/// How many suggestions the page shows.
const SUGGESTIONS: usize = 20;

/// One suggested parent as the page shows them.
struct SuggestionView {
    handle: String,
    name: String,
    /// Ortsteil and the children's age groups.
    facts: String,
    why: String,
    /// A request already sent (waiting), or the open conversation's id.
    requested: bool,
    conversation: Option<i64>,
}

/// What the overview shows to whom.
enum Overview {
    /// Not signed in, or not a parent account: what the tandem is and how to take part.
    Intro {
        signed_in: bool,
    },
    /// A parent without a profile.
    NoProfile,
    /// A parent who withdrew consent: hidden from everyone.
    Withdrawn,
    Suggestions(Vec<SuggestionView>),
}

#[derive(Template)]
#[template(path = "peers/tandem.html")]
struct TandemPage {
    page: PageMeta,
    overview: Overview,
    csrf: String,
    notice: Option<String>,
    /// The notice says what went wrong.
    error: bool,
}

#[derive(Template)]
#[template(path = "peers/profile.html")]
struct ProfilePage {
    page: PageMeta,
    fields: Vec<Field>,
    csrf: String,
    exists: bool,
    consent_given: bool,
    consent_error: Option<String>,
    saved: bool,
    error_count: usize,
}

pub(crate) fn private(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub(crate) fn age_label(tr: &Tr, a: AgeRange) -> String {
    tr.t(&format!("tandem-age-{}", a.as_str()))
}

pub(crate) fn ortsteil_name(slug: &str) -> String {
    geo::ortsteil_by_slug(slug).map_or_else(|| slug.to_string(), |o| o.name.to_string())
}

/// "Sie haben beide Kinder unter 3, wohnen beide in Fennpfuhl und sprechen beide Vietnamesisch."
pub(crate) fn explain(tr: &Tr, o: &Overlap) -> String {
    let mut clauses = Vec::new();
    let labels = |keys: Vec<String>| lists::and(tr, &keys);
    let (expecting, ages): (Vec<AgeRange>, Vec<AgeRange>) = o
        .child_ages
        .iter()
        .partition(|a| **a == AgeRange::Expecting);
    if !expecting.is_empty() {
        clauses.push(tr.t("tandem-why-expecting"));
    }
    if !ages.is_empty() {
        let ages = labels(ages.iter().map(|a| age_label(tr, *a)).collect());
        clauses.push(tr.s("tandem-why-children", "ages", &ages));
    }
    if let Some(slug) = &o.same_ortsteil {
        clauses.push(tr.s("tandem-why-ortsteil", "ortsteil", &ortsteil_name(slug)));
    } else if o.near {
        clauses.push(tr.t("tandem-why-near"));
    }
    let languages: Vec<String> = o
        .languages
        .iter()
        .filter(|l| *l != "de" || o.languages.len() == 1)
        .map(|l| tr.t(&format!("spoken-{l}")))
        .collect();
    if !languages.is_empty() {
        clauses.push(tr.s("tandem-why-languages", "languages", &labels(languages)));
    }
    // "suchen beide …", "haben beide … Zeit", "mögen beide …": one clause per shared list.
    let mut shared = |key: &str, var: &'static str, keys: Vec<String>| {
        if !keys.is_empty() {
            let items: Vec<String> = keys.iter().map(|k| tr.t(k)).collect();
            clauses.push(tr.s(key, var, &lists::and(tr, &items)));
        }
    };
    shared(
        "tandem-why-looking",
        "what",
        o.looking_for
            .iter()
            .map(|l| format!("tandem-looking-{}-short", l.as_str()))
            .collect(),
    );
    shared(
        "tandem-why-times",
        "when",
        o.free_times
            .iter()
            .map(|t| format!("tandem-time-{}-short", t.as_str()))
            .collect(),
    );
    shared(
        "tandem-why-interests",
        "what",
        o.interests
            .iter()
            .map(|i| format!("tandem-interest-{}", i.as_str()))
            .collect(),
    );
    tr.s("tandem-why", "clauses", &lists::and(tr, &clauses))
}

/// "Fennpfuhl · Kinder: unter 3 und von 3 bis 5"
pub(crate) fn card_facts(tr: &Tr, p: &PeerProfile) -> String {
    let ages: Vec<String> = p.child_ages.iter().map(|a| age_label(tr, *a)).collect();
    tr.s2(
        "tandem-card-facts",
        ("ortsteil", &ortsteil_name(&p.ortsteil)),
        ("ages", &lists::and(tr, &ages)),
    )
}

async fn overview_for(state: &AppState, ctx: &Ctx, me: &Account) -> Result<Overview, WebError> {
    let Some(own) = state.db.own_peer_profile(me.id).await? else {
        return Ok(Overview::NoProfile);
    };
    if own.consent_at.is_none() {
        return Ok(Overview::Withdrawn);
    }
    let pool: Vec<(String, PeerProfile)> = state
        .db
        .peer_candidates(me.id)
        .await?
        .into_iter()
        .map(|c| (c.handle, c.profile))
        .collect();
    let found = peers::suggest(&own.profile, &pool, SUGGESTIONS);
    let contacts = state.db.peer_contacts(me.id).await?;
    let contact = |handle: &str| contacts.iter().find(|c| c.other.handle == handle);
    let views = found
        .into_iter()
        .filter_map(|s| {
            let (_, p) = pool.iter().find(|(h, _)| *h == s.key)?;
            Some(SuggestionView {
                name: p.display_name.clone(),
                facts: card_facts(&ctx.tr, p),
                why: explain(&ctx.tr, &s.overlap),
                requested: contact(&s.key).is_some_and(|c| c.outgoing && c.state == "open"),
                conversation: contact(&s.key)
                    .filter(|c| c.state == "accepted")
                    .map(|c| c.request_id),
                handle: s.key,
            })
        })
        .collect();
    Ok(Overview::Suggestions(views))
}

#[derive(Deserialize)]
pub struct Notice {
    hinweis: Option<String>,
}

/// GET /tandem: what the tandem is; for a parent with a profile, the suggestions.
pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(q): Query<Notice>,
) -> Result<Response, WebError> {
    let notice = q
        .hinweis
        .as_deref()
        .filter(|n| NOTICES.contains(n))
        .map(|n| ctx.tr.t(&format!("tandem-notice-{n}")));
    render_overview(&state, &ctx, &viewer, StatusCode::OK, notice).await
}

/// The notices `?hinweis=` may name (anything else is ignored).
const NOTICES: &[&str] = &[
    "gesperrt",
    "geloescht",
    "widerrufen",
    "gespeichert",
    "angefragt",
    "gemeldet",
];

/// The overview with a notice (a success, or what stopped a request) and its status.
pub(crate) async fn render_overview(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let overview = match &viewer.account {
        Some(me) if me.role == Role::Parent => overview_for(state, ctx, me).await?,
        other => Overview::Intro {
            signed_in: other.is_some(),
        },
    };
    let html = TandemPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.t("tandem-title"),
            &ctx.tr.t("tandem-lead"),
            "",
        ),
        overview,
        csrf: viewer.csrf.clone().unwrap_or_default(),
        notice,
        error: status != StatusCode::OK,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

fn options<T: Copy>(
    all: &[T],
    key: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    all.iter()
        .map(|t| (key(*t).to_string(), label(*t)))
        .collect()
}

fn profile_fields(tr: &Tr, raw: &RawProfile, errors: &[FieldError]) -> Vec<Field> {
    let field = |name: &'static str, kind: &'static str, value: String| {
        Field::labelled(tr, "tandem", name, kind, &value, errors)
    };
    let mut name = field("display_name", "text", raw.display_name.clone());
    name.hint = tr.t("tandem-field-display-name-hint");
    let mut ortsteil = field("ortsteil", "select", raw.ortsteil.clone());
    ortsteil.options = std::iter::once((String::new(), tr.t("tandem-choose")))
        .chain(
            geo::ortsteile()
                .iter()
                .map(|o| (o.slug.to_string(), o.name.to_string())),
        )
        .collect();
    let mut identity = field("identity", "select", raw.identity.clone());
    identity.options = options(Identity::ALL, Identity::as_str, |i| {
        tr.t(&format!("tandem-identity-{}", i.as_str()))
    });
    let mut wants = field("wants", "select", raw.wants.clone());
    wants.options = options(Wants::ALL, Wants::as_str, |w| {
        tr.t(&format!("tandem-wants-{}", w.as_str()))
    });
    let mut ages = field("child_ages", "checks", raw.child_ages.join(","));
    ages.options = options(AgeRange::ALL, AgeRange::as_str, |a| age_label(tr, a));
    let mut languages = field("languages", "checks", raw.languages.join(","));
    languages.options = SPOKEN_LANGUAGES
        .iter()
        .map(|l| (l.to_string(), tr.t(&format!("spoken-{l}"))))
        .collect();
    let mut looking = field("looking_for", "checks", raw.looking_for.join(","));
    looking.options = options(LookingFor::ALL, LookingFor::as_str, |l| {
        tr.t(&format!("tandem-looking-{}", l.as_str()))
    });
    let mut times = field("free_times", "checks", raw.free_times.join(","));
    times.options = options(FreeTime::ALL, FreeTime::as_str, |t| {
        tr.t(&format!("tandem-time-{}", t.as_str()))
    });
    let mut interests = field("interests", "checks", raw.interests.join(","));
    interests.options = options(Interest::ALL, Interest::as_str, |i| {
        tr.t(&format!("tandem-interest-{}", i.as_str()))
    });
    vec![
        name, ortsteil, ages, languages, looking, times, interests, identity, wants,
    ]
}

fn raw_of(p: &PeerProfile) -> RawProfile {
    RawProfile {
        display_name: p.display_name.clone(),
        ortsteil: p.ortsteil.clone(),
        child_ages: p
            .child_ages
            .iter()
            .map(|a| a.as_str().to_string())
            .collect(),
        languages: p.languages.iter().cloned().collect(),
        interests: p.interests.iter().map(|a| a.as_str().to_string()).collect(),
        looking_for: p
            .looking_for
            .iter()
            .map(|a| a.as_str().to_string())
            .collect(),
        free_times: p
            .free_times
            .iter()
            .map(|a| a.as_str().to_string())
            .collect(),
        identity: p.identity.as_str().to_string(),
        wants: p.wants.as_str().to_string(),
    }
}

#[allow(clippy::too_many_arguments)]
fn profile_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    raw: &RawProfile,
    errors: &[FieldError],
    exists: bool,
    consent_given: bool,
    consent_error: bool,
    saved: bool,
) -> Result<Response, WebError> {
    let html = ProfilePage {
        page: PageMeta::new(ctx, state, ctx.tr.t("tandem-profile-title"), "", ""),
        fields: profile_fields(&ctx.tr, raw, errors),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        exists,
        consent_given,
        consent_error: consent_error.then(|| ctx.tr.t("tandem-error-consent")),
        saved,
        error_count: errors.len() + usize::from(consent_error),
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /tandem/profil: the parent's own profile form.
pub async fn profile_form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem/profil")?;
    let own = state.db.own_peer_profile(me.id).await?;
    let raw = own
        .as_ref()
        .map(|o| raw_of(&o.profile))
        .unwrap_or(RawProfile {
            identity: Identity::Other.as_str().into(),
            wants: Wants::Anyone.as_str().into(),
            languages: vec!["de".into()],
            ..RawProfile::default()
        });
    profile_page(
        &state,
        &ctx,
        &viewer,
        StatusCode::OK,
        &raw,
        &[],
        own.is_some(),
        own.as_ref().is_some_and(|o| o.consent_at.is_some()),
        false,
        q.gespeichert.is_some(),
    )
}

/// POST /tandem/profil: saves the profile; a new one only with the consent box ticked.
pub async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem/profil")?.clone();
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let raw = RawProfile {
        display_name: form.get("display_name"),
        ortsteil: form.get("ortsteil"),
        child_ages: form.parsed("child_ages"),
        languages: form.parsed("languages"),
        interests: form.parsed("interests"),
        looking_for: form.parsed("looking_for"),
        free_times: form.parsed("free_times"),
        identity: form.get("identity"),
        wants: form.get("wants"),
    };
    let consent = form.get("consent") == "1";
    let own = state.db.own_peer_profile(me.id).await?;
    let exists = own.is_some();
    let consent_given = own.as_ref().is_some_and(|o| o.consent_at.is_some());
    let consent_missing = !exists && !consent;
    let validated = raw.validate();
    let errors: Vec<FieldError> = match &validated {
        Ok(_) => vec![],
        Err(problems) => problems
            .iter()
            .map(|p| FieldError {
                field: p.field(),
                message: problem_message(*p),
            })
            .collect(),
    };
    let profile = match validated {
        Ok(p) if !consent_missing => p,
        _ => {
            return profile_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                &raw,
                &errors,
                exists,
                consent_given,
                consent_missing,
                false,
            );
        }
    };
    let handle = accounts::new_token().map_err(WebError::internal)?;
    state
        .db
        .save_peer_profile(me.id, &handle, &profile, consent, state.now())
        .await?;
    Ok(Redirect::to("/tandem?hinweis=gespeichert").into_response())
}

fn problem_message(p: peers::ProfileProblem) -> &'static str {
    use peers::ProfileProblem as P;
    match p {
        P::NameMissing => "tandem-error-name-missing",
        P::NameTooLong => "tandem-error-name-too-long",
        P::NameContactDetails => "tandem-error-name-contact",
        P::OrtsteilUnknown => "tandem-error-ortsteil",
        P::ChildAgesMissing => "tandem-error-child-ages",
        P::LanguagesMissing => "tandem-error-languages",
        P::LookingForMissing => "tandem-error-looking-for",
        P::Unknown(_) => "tandem-error-unknown",
    }
}

#[derive(Deserialize)]
pub struct ConsentForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    consent: String,
}

/// POST /tandem/einwilligung: gives consent again, or withdraws it (hidden at once).
pub async fn consent(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<ConsentForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem")?.clone();
    check_csrf(&viewer, &f.csrf)?;
    let give = f.consent == "1";
    match state.db.set_peer_consent(me.id, give, state.now()).await {
        Ok(()) => {}
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    }
    let to = if give {
        "/tandem"
    } else {
        "/tandem?hinweis=widerrufen"
    };
    Ok(Redirect::to(to).into_response())
}

/// A form that names another parent by their profile's handle (block, contact request).
#[derive(Deserialize)]
pub struct PlainForm {
    #[serde(default)]
    pub(crate) csrf: String,
    #[serde(default)]
    pub(crate) profil: String,
}

/// POST /tandem/profil/loeschen: deletes the profile (the account stays).
pub async fn delete_profile(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<PlainForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem")?.clone();
    check_csrf(&viewer, &f.csrf)?;
    state.db.delete_peer_profile(me.id).await?;
    Ok(Redirect::to("/tandem?hinweis=geloescht").into_response())
}

/// POST /tandem/sperren: blocks the parent of a suggestion. They are not told; neither sees the
/// other again.
pub async fn block(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<PlainForm>,
) -> Result<Response, WebError> {
    let me = viewer.require(&[Role::Parent], "/tandem")?.clone();
    check_csrf(&viewer, &f.csrf)?;
    if !accounts::is_token_shaped(&f.profil) {
        return Err(WebError::NotFound);
    }
    match state.db.block_peer(me.id, &f.profil, state.now()).await {
        Ok(()) => Ok(Redirect::to("/tandem?hinweis=gesperrt").into_response()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
