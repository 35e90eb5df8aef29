//! Referral slips (Laufzettel): the coordinator or an AG member prepares, for a parent, the
//! offices to go to (address, opening hours and phone from the directory), what to say there,
//! what to bring and a note; it prints on one A4 page with a QR code, or goes as a link that
//! expires. It holds only what is typed, and the form warns not to type anything about the parent.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::accounts;
use wegweiser_domain::network::{SLIP_DAYS, SLIP_STOPS, STOP_FIELDS, SlipDraft};
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::ag::access::ag_access;
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{FormPairs, Sent};
use crate::kit::views::{PageMeta, format_date, short_hours};
use crate::peers::tandem::private;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "network/slip_form.html")]
struct SlipForm {
    page: PageMeta,
    csrf: String,
    organizations: Vec<(String, String)>,
    /// (field, chosen organisation, what to say)
    stops: Vec<(&'static str, String, String)>,
    documents: String,
    note: String,
    days: String,
    day_options: Vec<(String, String)>,
    sent: Sent,
    /// After saving: the slip's address.
    made: Option<String>,
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    d: &SlipDraft,
    errors: Vec<(&'static str, String)>,
    made: Option<String>,
) -> Result<Response, WebError> {
    let html = SlipForm {
        page: PageMeta::new(ctx, state, ctx.tr.t("slip-title"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        organizations: state
            .db
            .organization_names()
            .await?
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect(),
        stops: STOP_FIELDS
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let (org, say) = d.stops.get(i).cloned().unwrap_or_default();
                (*f, org, say)
            })
            .collect(),
        documents: d.documents.clone(),
        note: d.note.clone(),
        days: d.days.clone(),
        day_options: SLIP_DAYS
            .iter()
            .map(|n| {
                (
                    n.to_string(),
                    ctx.tr
                        .n("slip-days", "count", usize::try_from(*n).unwrap_or(0)),
                )
            })
            .collect(),
        sent: Sent {
            values: vec![],
            errors,
        },
        made,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /ag/laufzettel
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    ag_access(&state, &viewer, "/ag/laufzettel").await?;
    let d = SlipDraft {
        days: "30".into(),
        ..SlipDraft::default()
    };
    form_page(&state, &ctx, &viewer, StatusCode::OK, &d, vec![], None).await
}

/// POST /ag/laufzettel: saves the slip and shows its address once (only its digest is kept).
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let ag = ag_access(&state, &viewer, "/ag/laufzettel").await?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let d = SlipDraft {
        stops: STOP_FIELDS
            .iter()
            .map(|f| (form.get(f), form.get(&format!("{f}_say"))))
            .collect(),
        documents: form.get("documents"),
        note: form.get("note"),
        days: form.get("days"),
    };
    let known: Vec<i64> = state
        .db
        .organization_names()
        .await?
        .iter()
        .map(|(id, _)| *id)
        .collect();
    let (slip, days) = match d.checked(&known) {
        Ok(x) => x,
        Err(e) => {
            let errors = e
                .into_iter()
                .map(|e| (e.field, ctx.tr.t(e.message)))
                .collect();
            return form_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                &d,
                errors,
                None,
            )
            .await;
        }
    };
    let token = accounts::new_token().map_err(WebError::internal)?;
    let now = state.now();
    match state
        .db
        .create_slip(
            &accounts::token_digest(&token),
            &slip,
            ag.account().id,
            now + chrono::Duration::days(days),
            now,
        )
        .await
    {
        Ok(_) => {
            let url = format!("{}/laufzettel/{token}", state.config.public_url);
            let fresh = SlipDraft {
                days: "30".into(),
                ..SlipDraft::default()
            };
            form_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::OK,
                &fresh,
                vec![],
                Some(url),
            )
            .await
        }
        Err(StoreError::Full { .. }) => {
            let errors = vec![("stop1", ctx.tr.t("slip-error-throttled"))];
            form_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::TOO_MANY_REQUESTS,
                &d,
                errors,
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// One office on the printed slip.
struct StopView {
    name: String,
    addresses: Vec<String>,
    phone: Option<(String, String)>,
    hours: Vec<String>,
    say: String,
}

#[derive(Template)]
#[template(path = "network/slip.html")]
struct SlipPage {
    page: PageMeta,
    stops: Vec<StopView>,
    documents: Vec<String>,
    note: Vec<String>,
    expires: String,
    qr_src: String,
    url: String,
}

/// The live slip behind a link (`NotFound` once it expired: the link says nothing then).
async fn live(
    state: &AppState,
    token: &str,
) -> Result<
    (
        wegweiser_domain::network::Slip,
        chrono::DateTime<chrono::Utc>,
    ),
    WebError,
> {
    if token.len() > 100 {
        return Err(WebError::NotFound);
    }
    state
        .db
        .slip(&accounts::token_digest(token), state.now())
        .await?
        .ok_or(WebError::NotFound)
}

/// GET /laufzettel/{token}: the slip, to print or to keep on a phone.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let (slip, expires) = live(&state, &token).await?;
    let tr = &ctx.tr;
    let index = state.current_index().await;
    let now = state.berlin_now();
    let mut stops = Vec::new();
    for s in slip.stops.iter().take(SLIP_STOPS) {
        let org = match state.db.organization(s.organization).await {
            Ok(o) => o,
            // An institution taken out of the directory since: left off the slip.
            Err(StoreError::NotFound) => continue,
            Err(e) => return Err(e.into()),
        };
        let offers = index
            .as_ref()
            .map(|i| i.offers_of_organization(org.id, now))
            .unwrap_or_default();
        let mut addresses: Vec<String> = Vec::new();
        for l in offers.iter().flat_map(|o| o.locations.iter()) {
            if let Some(a) = l.address.as_ref().filter(|_| !l.confidential) {
                let line = format!("{}, {} {}", a.street, a.postcode, a.city);
                if !addresses.contains(&line) && addresses.len() < 2 {
                    addresses.push(line);
                }
            }
        }
        let hours = offers
            .iter()
            .filter(|o| !o.hours.weekly.is_empty() || o.hours.always_open)
            .take(3)
            .map(|o| format!("{}: {}", o.name.get(tr.lang.code), short_hours(tr, o)))
            .collect();
        stops.push(StopView {
            name: org.name.clone(),
            addresses,
            phone: org
                .phone
                .as_deref()
                .and_then(wegweiser_domain::phone::PhoneNumber::parse)
                .map(|p| (p.uri, p.display)),
            hours,
            say: s.say.clone(),
        });
    }
    let local = expires
        .with_timezone(&chrono_tz::Europe::Berlin)
        .date_naive();
    let html = SlipPage {
        page: PageMeta::new(&ctx, &state, tr.t("slip-title"), "", ""),
        stops,
        documents: crate::kit::views::paragraphs(&slip.documents),
        note: crate::kit::views::paragraphs(&slip.note),
        expires: format_date(tr, local),
        qr_src: format!("/laufzettel/{token}/qr.svg"),
        url: format!("{}/laufzettel/{token}", state.config.public_url),
    }
    .render()?;
    Ok(private(Html(html).into_response()))
}

/// GET /laufzettel/{token}/qr.svg
pub async fn qr(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    live(&state, &token).await?;
    let res = crate::kit::posters::qr_response(&format!(
        "{}/laufzettel/{token}",
        state.config.public_url
    ))?;
    Ok(private(res))
}
