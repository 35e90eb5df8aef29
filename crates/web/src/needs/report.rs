//! `/bedarf`: "What is missing for you?" An anonymous form: topic, Ortsteil, the children's age
//! range and free text, all but the topic optional. Nothing about the sender is stored: no IP,
//! no session, no account, no time of day. The page also shows the office's public answers
//! ("you asked, we did").

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use wegweiser_domain::geo;
use wegweiser_domain::needs::{AGE_RANGES, NeedDraft, TEXT_MAX};
use wegweiser_store::StoreError;

use crate::accounts::session::{anon_csrf, anon_page, check_anon_csrf, throttled};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::forms::{FormPairs, Sent};
use crate::kit::views::{PageMeta, format_date};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "needs/form.html")]
struct NeedPage {
    page: PageMeta,
    csrf: String,
    categories: Vec<(String, String)>,
    ortsteile: Vec<(String, String)>,
    ages: Vec<(String, String)>,
    sent: Sent,
    text_max: usize,
    done: bool,
    answers: Vec<Answered>,
}

/// A need the office answered publicly.
pub struct Answered {
    pub title: String,
    pub answer: String,
    pub date: String,
}

/// The needs the office has answered, newest first.
pub async fn answered(state: &AppState, ctx: &Ctx) -> Result<Vec<Answered>, WebError> {
    let mut needs: Vec<_> = state
        .db
        .needs()
        .await?
        .into_iter()
        .filter(|n| !n.answer.is_empty())
        .collect();
    needs.sort_by_key(|n| std::cmp::Reverse(n.answered_on));
    Ok(needs
        .into_iter()
        .map(|n| Answered {
            title: n.title,
            answer: n.answer,
            date: n
                .answered_on
                .map(|d| format_date(&ctx.tr, d))
                .unwrap_or_default(),
        })
        .collect())
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    csrf: String,
    fresh: bool,
    sent: Sent,
    done: bool,
) -> Result<Response, WebError> {
    let cats = state.current_categories().await;
    let page = NeedPage {
        page: PageMeta::new(
            ctx,
            state,
            ctx.tr.t("needs-title"),
            &ctx.tr.t("needs-lead"),
            "",
        ),
        csrf: csrf.clone(),
        categories: cats
            .iter()
            .map(|c| (c.slug.clone(), c.name.get(ctx.tr.lang.code).to_string()))
            .collect(),
        ortsteile: geo::ortsteile()
            .iter()
            .map(|o| (o.slug.to_string(), o.name.to_string()))
            .collect(),
        ages: AGE_RANGES
            .iter()
            .map(|a| (a.to_string(), ctx.tr.t(&format!("needs-ages-{a}"))))
            .collect(),
        sent,
        text_max: TEXT_MAX,
        done,
        answers: answered(state, ctx).await?,
    };
    anon_page(state, status, &page, &csrf, fresh)
}

/// GET /bedarf (`?thema=` and `?ortsteil=` preselect, as the links from a search without
/// results, a chain or an Ortsteil's page set them).
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (csrf, fresh) = anon_csrf(&headers)?;
    let q = |k: &str| {
        ctx.query_without_lang
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let sent = Sent {
        values: vec![("category", q("thema")), ("ortsteil", q("ortsteil"))],
        errors: vec![],
    };
    render(&state, &ctx, StatusCode::OK, csrf, fresh, sent, false).await
}

/// POST /bedarf
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    crate::kit::client::ClientIp(client): crate::kit::client::ClientIp,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = FormPairs(&pairs);
    let csrf = check_anon_csrf(&headers, &form.get("csrf"))?;
    let draft = NeedDraft {
        category: form.get("category"),
        ortsteil: form.get("ortsteil"),
        ages: form.get("ages"),
        text: form.get("text"),
    };
    let values = vec![
        ("category", draft.category.clone()),
        ("ortsteil", draft.ortsteil.clone()),
        ("ages", draft.ages.clone()),
        ("text", draft.text.clone()),
    ];
    let cats: Vec<String> = state
        .current_categories()
        .await
        .iter()
        .map(|c| c.slug.clone())
        .collect();
    let report = match draft.checked(&cats) {
        Ok(r) => r,
        Err(errors) => {
            let sent = Sent {
                values,
                errors: errors
                    .into_iter()
                    .map(|e| (e.field, ctx.tr.t(e.message)))
                    .collect(),
            };
            return render(
                &state,
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                csrf,
                false,
                sent,
                false,
            )
            .await;
        }
    };
    // Anonymous, so limited per sender through the store's shared counter (which keeps the
    // sender's address only there, for minutes, never with the report), and per day for all.
    let refused = if throttled(&state, &[&format!("need-ip:{client}")]).await? {
        Some("needs-error-throttled")
    } else {
        match state
            .db
            .add_need_report(&report, state.berlin_now().date())
            .await
        {
            Ok(_) => None,
            Err(StoreError::Full { .. }) => Some("needs-error-full"),
            Err(e) => return Err(e.into()),
        }
    };
    if let Some(key) = refused {
        let sent = Sent {
            values,
            errors: vec![("category", ctx.tr.t(key))],
        };
        return render(
            &state,
            &ctx,
            StatusCode::TOO_MANY_REQUESTS,
            csrf,
            false,
            sent,
            false,
        )
        .await;
    }
    render(
        &state,
        &ctx,
        StatusCode::OK,
        csrf,
        false,
        Sent::default(),
        true,
    )
    .await
}
