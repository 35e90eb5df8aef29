//! Styles, scripts and icons, embedded in the binary (read from disk in debug builds).

use axum::extract::{Path, RawQuery};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::Embed;

#[derive(Embed)]
#[folder = "assets/"]
struct Assets;

/// A short digest of every asset's content: pages link `/static/style.css?v=<this>`, so an address
/// names one content and may be cached for a year; a changed file gets a new address.
pub fn version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use sha2::Digest;
        let mut names: Vec<_> = Assets::iter().collect();
        names.sort();
        let mut all = sha2::Sha256::new();
        for name in names {
            if let Some(file) = Assets::get(&name) {
                all.update(name.as_bytes());
                all.update(file.metadata.sha256_hash());
            }
        }
        all.finalize()[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    });
    &VERSION
}

fn serve(path: &str, versioned: bool) -> Response {
    match Assets::get(path) {
        Some(file) => {
            let mime = file.metadata.mimetype();
            let mut res = file.data.into_owned().into_response();
            if let Ok(v) = HeaderValue::from_str(mime) {
                res.headers_mut().insert(header::CONTENT_TYPE, v);
            }
            res.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(if versioned {
                    "public, max-age=31536000, immutable"
                } else {
                    // An address without the current version may name other content tomorrow.
                    "public, max-age=300"
                }),
            );
            res
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub async fn static_file(Path(path): Path<String>, RawQuery(query): RawQuery) -> Response {
    let versioned = query
        .as_deref()
        .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "v"))
        .is_some_and(|(_, v)| v == version());
    serve(&path, versioned)
}

pub async fn favicon() -> Response {
    serve("favicon.svg", false)
}
