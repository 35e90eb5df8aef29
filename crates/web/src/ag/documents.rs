//! Documents of agenda items (PDF and office files): the coordinator attaches them on the
//! meeting's page; members download them. Checked by content and name, limited in size and
//! number, stored in the store and served only as downloads to the AG.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use wegweiser_domain::ag::{DocKind, DocProblem, check_document};
use wegweiser_store::StoreError;

use crate::accounts::session::{Viewer, check_csrf};
use crate::ag::access::ag_access;
use crate::ag::meetings::{PageState, meeting_page};
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::peers::tandem::private;
use crate::state::AppState;

fn problem_key(p: DocProblem) -> &'static str {
    match p {
        DocProblem::Empty => "ag-error-document-empty",
        DocProblem::TooLarge => "ag-error-document-large",
        DocProblem::UnknownKind => "ag-error-document-kind",
        DocProblem::MisleadingName => "ag-error-document-name",
    }
}

/// POST /ag/sitzungen/{id}/punkte/{item}/dokumente (multipart: `csrf`, `file`).
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Path((id, item)): Path<(i64, i64)>,
    m: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let here = format!("/ag/sitzungen/{id}");
    let ag = ag_access(&state, &viewer, &here).await?;
    let me = ag.require_coordinator()?.clone();
    // Without a multipart body there is no form token to check: refused like a missing token.
    let mut m = m.map_err(|_| WebError::Forbidden)?;
    let (mut csrf, mut file) = (String::new(), None);
    while let Some(field) = m.next_field().await.map_err(|_| WebError::Invalid)? {
        match field.name().unwrap_or_default() {
            "csrf" => csrf = field.text().await.map_err(|_| WebError::Invalid)?,
            "file" => {
                let name = field.file_name().unwrap_or_default().to_string();
                let bytes = field.bytes().await.map_err(|_| WebError::Invalid)?;
                file = Some((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    check_csrf(&viewer, &csrf)?;
    let (name, bytes) = file.unwrap_or_default();
    let refuse = |key: &str, status: StatusCode| {
        let ps = PageState {
            document_error: Some((item, ctx.tr.t(key))),
            ..PageState::default()
        };
        meeting_page(&state, &ctx, &viewer, &ag, id, status, ps)
    };
    let (clean, kind) = match check_document(&name, &bytes) {
        Ok(x) => x,
        Err(p) => return refuse(problem_key(p), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    match state
        .db
        .add_ag_document(id, item, &clean, kind, &bytes, me.id, state.now())
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("{here}?hinweis=dokument#h-agenda")).into_response()),
        Err(StoreError::Full { .. }) => {
            refuse("ag-error-documents-full", StatusCode::CONFLICT).await
        }
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// GET /ag/dokumente/{id}: a download for members and the coordinator, never shown inline.
pub async fn download(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    ag_access(&state, &viewer, &format!("/ag/dokumente/{id}")).await?;
    let (name, kind, content) = match state.db.ag_document(id).await {
        Ok(d) => d,
        Err(StoreError::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let kind = DocKind::parse(&kind).ok_or(WebError::NotFound)?;
    // The stored name holds only letters, digits, spaces, dots, dashes and underscores.
    let disposition = format!("attachment; filename=\"{name}\"");
    let mut res = (
        [
            (header::CONTENT_TYPE, kind.content_type().to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        content,
    )
        .into_response();
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static("sandbox"),
    );
    Ok(private(res))
}
