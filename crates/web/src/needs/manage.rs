//! The coordinator's work on needs: grouping reports under a need, naming and answering it
//! publicly, merging two, linking it to the AG decision and the BVV paper (typed, or read from an
//! OParl `Paper` JSON file), and the households per Ortsteil the radar weighs against.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use wegweiser_domain::accounts::{Account, Role};
use wegweiser_domain::geo;
use wegweiser_domain::needs::{Households, NeedEdit, PaperDraft};
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::kit::ctx::Ctx;
use crate::kit::error::{WebError, rendered};
use crate::kit::forms::{FormPairs, Sent};
use crate::kit::views::{PageMeta, format_date};
use crate::needs::radar::{ReportRow, report_rows, reports_text};
use crate::peers::tandem::private;
use crate::state::AppState;

/// `?gespeichert=1`: the page after a save says so.
fn saved(ctx: &Ctx) -> bool {
    ctx.query_without_lang
        .iter()
        .any(|(k, _)| k == "gespeichert")
}

fn coordinator<'a>(viewer: &'a Viewer, here: &str) -> Result<&'a Account, WebError> {
    viewer.require(&[Role::Coordinator], here)
}

/// POST /verwaltung/bedarf/meldungen/{id}: groups a report under a need, or under a new one.
pub async fn tag(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = coordinator(&viewer, "/verwaltung/bedarf")?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let title = form.get("title");
    let target = if !title.trim().is_empty() {
        let (title, _) = NeedEdit {
            title,
            answer: String::new(),
        }
        .checked()
        .map_err(|_| WebError::Invalid)?;
        state
            .db
            .create_need(&title, &[id], me.id, state.now(), state.berlin_now().date())
            .await?
    } else {
        let need: i64 = form.get("need").parse().map_err(|_| WebError::Invalid)?;
        state.db.tag_report(id, Some(need)).await?;
        need
    };
    Ok(Redirect::to(&format!("/verwaltung/bedarf/{target}")).into_response())
}

/// POST /verwaltung/bedarf/neu: a need without reports (a gap of the radar).
pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = coordinator(&viewer, "/verwaltung/bedarf")?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let (title, _) = NeedEdit {
        title: form.get("title"),
        answer: String::new(),
    }
    .checked()
    .map_err(|_| WebError::Invalid)?;
    let id = state
        .db
        .create_need(&title, &[], me.id, state.now(), state.berlin_now().date())
        .await?;
    Ok(Redirect::to(&format!("/verwaltung/bedarf/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "needs/need.html")]
struct NeedPage {
    page: PageMeta,
    csrf: String,
    id: i64,
    reports_count: String,
    reports: Vec<ReportRow>,
    sent: Sent,
    /// (id, label, chosen)
    decisions: Vec<(i64, String, bool)>,
    papers: Vec<(i64, String, bool)>,
    others: Vec<(i64, String)>,
    saved: bool,
}

async fn need_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    id: i64,
    status: StatusCode,
    sent: Option<Sent>,
) -> Result<Response, WebError> {
    let n = state.db.need(id).await?;
    let reports = report_rows(state, ctx, state.db.reports_of_need(id).await?).await;
    let decisions = state
        .db
        .ag_decisions(None)
        .await?
        .into_iter()
        .map(|d| {
            (
                d.id,
                format!(
                    "{} · {}: {}",
                    format_date(&ctx.tr, d.starts_at.date()),
                    d.item_title,
                    d.text
                ),
                n.decision_id == Some(d.id),
            )
        })
        .collect();
    let papers = state
        .db
        .papers()
        .await?
        .into_iter()
        .map(|p| {
            let chosen = n.paper_id == Some(p.id);
            (p.id, format!("{} · {}", p.reference, p.name), chosen)
        })
        .collect();
    let others = state
        .db
        .needs()
        .await?
        .into_iter()
        .filter(|o| o.id != id)
        .map(|o| (o.id, o.title))
        .collect();
    let saved = saved(ctx);
    let html = NeedPage {
        page: PageMeta::new(ctx, state, n.title.clone(), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        id,
        reports_count: reports_text(ctx, n.reports),
        reports,
        sent: sent.unwrap_or(Sent {
            values: vec![("title", n.title.clone()), ("answer", n.answer.clone())],
            errors: vec![],
        }),
        decisions,
        papers,
        others,
        saved,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /verwaltung/bedarf/{id}
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    coordinator(&viewer, &format!("/verwaltung/bedarf/{id}"))?;
    need_page(&state, &ctx, &viewer, id, StatusCode::OK, None).await
}

/// POST /verwaltung/bedarf/{id}: title and public answer.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = coordinator(&viewer, &format!("/verwaltung/bedarf/{id}"))?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let e = NeedEdit {
        title: form.get("title"),
        answer: form.get("answer"),
    };
    match e.checked() {
        Ok((title, answer)) => {
            state
                .db
                .update_need(
                    id,
                    &title,
                    &answer,
                    me.id,
                    state.now(),
                    state.berlin_now().date(),
                )
                .await?;
            // A new public answer shows on this instance's statistics at once (others within
            // the five minutes their copy lives).
            state.statistics.lock().await.clear();
            Ok(Redirect::to(&format!("/verwaltung/bedarf/{id}?gespeichert=1")).into_response())
        }
        Err(errors) => {
            let sent = Sent {
                values: vec![("title", e.title.clone()), ("answer", e.answer.clone())],
                errors: errors
                    .into_iter()
                    .map(|x| (x.field, ctx.tr.t(x.message)))
                    .collect(),
            };
            need_page(
                &state,
                &ctx,
                &viewer,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(sent),
            )
            .await
        }
    }
}

fn optional_id(s: &str) -> Result<Option<i64>, WebError> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        s.trim().parse().map(Some).map_err(|_| WebError::Invalid)
    }
}

/// POST /verwaltung/bedarf/{id}/verknuepfen: the AG decision and the council paper.
pub async fn link(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = coordinator(&viewer, &format!("/verwaltung/bedarf/{id}"))?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let decision = optional_id(&form.get("decision"))?;
    let paper = optional_id(&form.get("paper"))?;
    match state
        .db
        .link_need(id, decision, paper, me.id, state.now())
        .await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/verwaltung/bedarf/{id}?gespeichert=1")).into_response())
        }
        Err(StoreError::Unknown { .. }) => Err(WebError::Invalid),
        Err(e) => Err(e.into()),
    }
}

/// POST /verwaltung/bedarf/{id}/zusammenfuehren: another need's reports move here.
pub async fn merge(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = coordinator(&viewer, &format!("/verwaltung/bedarf/{id}"))?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let from: i64 = form.get("from").parse().map_err(|_| WebError::Invalid)?;
    match state.db.merge_needs(id, from, me.id, state.now()).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/verwaltung/bedarf/{id}?gespeichert=1")).into_response())
        }
        Err(StoreError::Conflict) => Err(WebError::Invalid),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "needs/papers.html")]
struct PapersPage {
    page: PageMeta,
    csrf: String,
    papers: Vec<(String, String, String, String)>,
    sent: Sent,
    saved: bool,
}

async fn papers_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    sent: Sent,
    saved: bool,
) -> Result<Response, WebError> {
    let papers = state
        .db
        .papers()
        .await?
        .into_iter()
        .map(|p| {
            (
                p.reference,
                p.name,
                p.url,
                p.day.map(|d| format_date(&ctx.tr, d)).unwrap_or_default(),
            )
        })
        .collect();
    let html = PapersPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("needs-papers"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        papers,
        sent,
        saved,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /verwaltung/drucksachen
pub async fn papers(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    coordinator(&viewer, "/verwaltung/drucksachen")?;
    let saved = saved(&ctx);
    papers_page(
        &state,
        &ctx,
        &viewer,
        StatusCode::OK,
        Sent::default(),
        saved,
    )
    .await
}

/// An OParl file larger than this is not a single paper object.
const OPARL_MAX: usize = 256 * 1024;

/// POST /verwaltung/drucksachen (multipart: the fields, or an OParl `Paper` JSON file in `oparl`).
pub async fn save_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let me = coordinator(&viewer, "/verwaltung/drucksachen")?.clone();
    let mut m = m.map_err(|_| WebError::Forbidden)?;
    let mut d = PaperDraft::default();
    let mut csrf = String::new();
    let mut oparl: Vec<u8> = Vec::new();
    while let Some(field) = m.next_field().await.map_err(|_| WebError::Invalid)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "oparl" {
            oparl = field.bytes().await.map_err(|_| WebError::Invalid)?.to_vec();
            continue;
        }
        let text = field.text().await.map_err(|_| WebError::Invalid)?;
        match name.as_str() {
            "csrf" => csrf = text,
            "reference" => d.reference = text,
            "name" => d.name = text,
            "url" => d.url = text,
            "date" => d.date = text,
            _ => {}
        }
    }
    check_csrf(&viewer, &csrf)?;
    let values = |d: &PaperDraft| {
        vec![
            ("reference", d.reference.clone()),
            ("name", d.name.clone()),
            ("url", d.url.clone()),
            ("date", d.date.clone()),
        ]
    };
    if !oparl.is_empty() {
        let read = if oparl.len() > OPARL_MAX {
            Err(())
        } else {
            std::str::from_utf8(&oparl)
                .map_err(|_| ())
                .and_then(|s| PaperDraft::from_oparl(s).map_err(|_| ()))
        };
        match read {
            // The date of an OParl paper is a date ("2027-03-01"); a typed field wins over the file.
            Ok(p) => {
                let keep = |typed: &str, read: String| {
                    if typed.trim().is_empty() {
                        read
                    } else {
                        typed.to_string()
                    }
                };
                d = PaperDraft {
                    reference: keep(&d.reference, p.reference),
                    name: keep(&d.name, p.name),
                    url: keep(&d.url, p.url),
                    date: keep(&d.date, p.date.chars().take(10).collect()),
                    oparl_id: p.oparl_id,
                };
            }
            Err(()) => {
                let sent = Sent {
                    values: values(&d),
                    errors: vec![("oparl", ctx.tr.t("needs-error-oparl"))],
                };
                return papers_page(
                    &state,
                    &ctx,
                    &viewer,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    sent,
                    false,
                )
                .await;
            }
        }
    }
    match d.checked() {
        Ok(p) => {
            state.db.save_paper(&p, me.id, state.now()).await?;
            Ok(Redirect::to("/verwaltung/drucksachen?gespeichert=1").into_response())
        }
        Err(errors) => {
            let sent = Sent {
                values: values(&d),
                errors: errors
                    .into_iter()
                    .map(|x| (x.field, ctx.tr.t(x.message)))
                    .collect(),
            };
            papers_page(
                &state,
                &ctx,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                sent,
                false,
            )
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "needs/households.html")]
struct HouseholdsPage {
    page: PageMeta,
    csrf: String,
    /// (slug, name, households, year, source)
    rows: Vec<(String, String, String, String, String)>,
    /// The Ortsteil whose figure was refused, and why.
    error: Option<(String, String)>,
    saved: bool,
}

async fn households_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &Viewer,
    status: StatusCode,
    refused: Option<(String, [String; 3], String)>,
) -> Result<Response, WebError> {
    let known = state.db.households().await?;
    let rows = geo::ortsteile()
        .iter()
        .map(|o| {
            if let Some((slug, typed, _)) = &refused
                && slug == o.slug
            {
                let [c, y, s] = typed.clone();
                return (o.slug.to_string(), o.name.to_string(), c, y, s);
            }
            let h = known.iter().find(|h| h.ortsteil == o.slug);
            (
                o.slug.to_string(),
                o.name.to_string(),
                h.map(|h| h.count.to_string()).unwrap_or_default(),
                h.map(|h| h.year.to_string()).unwrap_or_default(),
                h.map(|h| h.source.clone()).unwrap_or_default(),
            )
        })
        .collect();
    let saved = saved(ctx);
    let html = HouseholdsPage {
        page: PageMeta::new(ctx, state, ctx.tr.t("needs-households-edit"), "", ""),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        rows,
        error: refused.map(|(slug, _, message)| (slug, message)),
        saved,
    }
    .render()?;
    Ok(private(rendered((status, Html(html)).into_response())))
}

/// GET /verwaltung/bedarf/haushalte
pub async fn households(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    coordinator(&viewer, "/verwaltung/bedarf/haushalte")?;
    households_page(&state, &ctx, &viewer, StatusCode::OK, None).await
}

/// POST /verwaltung/bedarf/haushalte: one Ortsteil's figure (empty count: removed).
pub async fn save_households(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = coordinator(&viewer, "/verwaltung/bedarf/haushalte")?;
    let form = FormPairs(&pairs);
    check_csrf(&viewer, &form.get("csrf"))?;
    let slug = form.get("ortsteil");
    if geo::ortsteil_by_slug(&slug).is_none() {
        return Err(WebError::Invalid);
    }
    let typed = [form.get("count"), form.get("year"), form.get("source")];
    let figure = if typed[0].trim().is_empty() {
        None
    } else {
        let count = typed[0].trim().replace('.', "").parse::<i64>().ok();
        let year = typed[1].trim().parse::<i32>().ok();
        let source = typed[2].trim().to_string();
        match (count, year) {
            (Some(count), Some(year))
                if (0..=1_000_000).contains(&count)
                    && (1990..=2100).contains(&year)
                    && !source.is_empty()
                    && source.chars().count() <= 500 =>
            {
                Some(Households {
                    ortsteil: slug.clone(),
                    count,
                    year,
                    source,
                })
            }
            _ => {
                let message = ctx.tr.t("needs-error-households");
                return households_page(
                    &state,
                    &ctx,
                    &viewer,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some((slug, typed, message)),
                )
                .await;
            }
        }
    };
    state
        .db
        .set_households(&slug, figure.as_ref(), me.id, state.now())
        .await?;
    Ok(Redirect::to("/verwaltung/bedarf/haushalte?gespeichert=1").into_response())
}
