//! The back office's start page: what needs doing, for the coordinator and for provider editors.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use wegweiser_domain::accounts::{Account, Role};

use crate::accounts::session::Viewer;
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "backoffice/admin_home.html")]
struct AdminHome {
    page: PageMeta,
    signed_in_as: String,
    is_coordinator: bool,
    overdue: Vec<crate::directory::freshness::OverdueGroup>,
    reports: Vec<crate::directory::mistakes::ReportRow>,
    csrf: String,
    audit: Vec<(String, String, String)>,
    /// For the coordinator: whether this month's newsletter is still to be sent.
    newsletter_due: Option<String>,
}

/// "No issue sent this month yet" (with the number of readers), once there are readers.
async fn newsletter_due(state: &AppState, ctx: &Ctx) -> Result<Option<String>, WebError> {
    use chrono::Datelike;
    let (confirmed, _) = state.db.subscriber_counts().await?;
    let this_month = |t: chrono::DateTime<Utc>| {
        let local = wegweiser_domain::time::berlin_local(t);
        let now = state.berlin_now();
        (local.year(), local.month()) == (now.year(), now.month())
    };
    let sent = state.db.last_issue_sent().await?.is_some_and(this_month);
    Ok((confirmed > 0 && !sent).then(|| {
        ctx.tr.n(
            "newsletter-due",
            "count",
            usize::try_from(confirmed).unwrap_or(0),
        )
    }))
}

/// The coordinator sees every overdue entry; a provider editor those of its organisations.
async fn overdue_for(
    state: &AppState,
    ctx: &Ctx,
    account: &Account,
) -> Result<Vec<crate::directory::freshness::OverdueGroup>, WebError> {
    if account.role == Role::Coordinator {
        crate::directory::freshness::overdue(state, &ctx.tr, None).await
    } else {
        let own = state.db.editor_organizations(account.id).await?;
        crate::directory::freshness::overdue(state, &ctx.tr, Some(&own)).await
    }
}

/// GET /verwaltung: the back office's start page.
pub async fn admin_home(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let account = viewer
        .require(&[Role::Coordinator, Role::ProviderEditor], "/verwaltung")?
        .clone();
    // The audit log is the coordinator's alone.
    let audit = if account.role == Role::Coordinator {
        state
            .db
            .audit_entries(20)
            .await?
            .into_iter()
            .map(|(at, who, action)| {
                let local = at.with_timezone(&chrono_tz::Europe::Berlin);
                (
                    local.format("%d.%m.%Y %H:%M").to_string(),
                    who.unwrap_or_else(|| "—".into()),
                    ctx.tr.t(&format!("audit-{}", action.replace('_', "-"))),
                )
            })
            .collect()
    } else {
        vec![]
    };
    let role_label = ctx
        .tr
        .t(&format!("role-{}", account.role.as_str().replace('_', "-")));
    let page = AdminHome {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("admin-title"), "", "admin"),
        is_coordinator: account.role == Role::Coordinator,
        overdue: overdue_for(&state, &ctx, &account).await?,
        reports: if account.role == Role::Coordinator {
            crate::directory::mistakes::open_for(&state, None).await?
        } else {
            let own = state.db.editor_organizations(account.id).await?;
            crate::directory::mistakes::open_for(&state, Some(&own)).await?
        },
        signed_in_as: ctx.tr.s2(
            "admin-signed-in-as",
            ("name", &account.email),
            ("role", &role_label),
        ),
        csrf: viewer.csrf.clone().unwrap_or_default(),
        audit,
        newsletter_due: if account.role == Role::Coordinator {
            newsletter_due(&state, &ctx).await?
        } else {
            None
        },
    };
    let mut res = Html(page.render()?).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}
