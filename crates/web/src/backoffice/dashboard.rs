//! The back office's start page: a tile from each area (its links and what needs doing there,
//! for the coordinator or a provider editor), and the newest audit entries for the coordinator.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use wegweiser_domain::accounts::{Account, Role};

use crate::accounts::session::Viewer;
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::views::{DashboardTile, PageMeta};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "backoffice/admin_home.html")]
struct AdminHome {
    page: PageMeta,
    signed_in_as: String,
    csrf: String,
    /// One tile per area, in the order the page shows them.
    tiles: Vec<DashboardTile>,
    audit: Vec<(String, String, String)>,
}

/// Each area's tile for this account: a new area adds its line here.
async fn tiles(
    state: &AppState,
    ctx: &Ctx,
    me: &Account,
    csrf: &str,
) -> Result<Vec<DashboardTile>, WebError> {
    Ok(vec![
        crate::accounts::dashboard_tile(ctx, me),
        crate::directory::tile::dashboard_tile(state, ctx, me, csrf).await?,
        crate::events::dashboard_tile(state, ctx, me).await?,
        crate::chains::dashboard_tile(ctx, me),
        crate::news::tile::dashboard_tile(state, ctx, me).await?,
        crate::peers::dashboard_tile(state, ctx, me).await?,
        crate::employers::dashboard_tile(state, ctx, me).await?,
        crate::ag::dashboard_tile(state, ctx, me).await?,
        crate::needs::dashboard_tile(state, ctx, me).await?,
        crate::site::pages::dashboard_tile(ctx, me),
    ])
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
    let csrf = viewer.csrf.clone().unwrap_or_default();
    let page = AdminHome {
        page: PageMeta::new(&ctx, &state, ctx.tr.t("admin-title"), "", "admin"),
        tiles: tiles(&state, &ctx, &account, &csrf).await?,
        signed_in_as: ctx.tr.s2(
            "admin-signed-in-as",
            ("name", &account.email),
            ("role", &role_label),
        ),
        csrf,
        audit,
    };
    let mut res = Html(page.render()?).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}
