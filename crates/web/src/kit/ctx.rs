//! What every page needs to know about the request: language, direction, and the links to itself
//! in the other languages.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::Response;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::kit::i18n::{self, COOKIE_NAME, LANGS, Lang, Tr};

#[derive(Clone, Debug)]
pub struct Ctx {
    pub lang: Lang,
    pub tr: Tr,
    pub path: String,
    /// The query string without `lang`, so language links keep the user's filters.
    pub query_without_lang: Vec<(String, String)>,
}

fn query_pairs(uri: &Uri) -> Vec<(String, String)> {
    uri.query()
        .map(|q| {
            q.split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    (decode(k), decode(v))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn decode(s: &str) -> String {
    let s = s.replace('+', " ");
    percent_encoding::percent_decode_str(&s)
        .decode_utf8_lossy()
        .into_owned()
}

/// What a query value needs escaped: everything but RFC 3986's unreserved characters, so a date
/// stays `2026-12-01` and one page has one address.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, QUERY_VALUE).to_string()
}

impl Ctx {
    pub fn from_parts(parts: &Parts) -> Ctx {
        let pairs = query_pairs(&parts.uri);
        let query_lang = pairs
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str());
        let lang = i18n::negotiate(query_lang, &parts.headers).for_path(parts.uri.path());
        Ctx {
            lang,
            tr: Tr::new(lang),
            path: parts.uri.path().to_string(),
            query_without_lang: pairs.into_iter().filter(|(k, _)| k != "lang").collect(),
        }
    }

    /// This page in another language.
    pub fn url_in(&self, code: &str) -> String {
        let mut q: Vec<String> = self
            .query_without_lang
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        q.push(format!("lang={code}"));
        format!("{}?{}", self.path, q.join("&"))
    }

    pub fn language_links(&self) -> Vec<LangLink> {
        LANGS
            .iter()
            .map(|l| LangLink {
                code: l.code,
                tag: l.tag,
                dir: l.dir(),
                native: l.native,
                url: self.url_in(l.code),
                current: l.code == self.lang.code,
            })
            .collect()
    }
}

pub struct LangLink {
    pub code: &'static str,
    /// BCP 47 tag for `lang` and `hreflang`.
    pub tag: &'static str,
    pub dir: &'static str,
    pub native: &'static str,
    pub url: String,
    pub current: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        // `render_errors` has read it for the request already.
        if let Some(ctx) = parts.extensions.get::<Ctx>() {
            return Ok(ctx.clone());
        }
        Ok(Ctx::from_parts(parts))
    }
}

/// A page opened with `?lang=xx` remembers the choice in a cookie for the next pages.
pub async fn remember_language(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    req: Request,
    next: Next,
) -> Response {
    let chosen = query_pairs(req.uri())
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_code(&v));
    let mut res = next.run(req).await;
    if let Some(lang) = chosen {
        let secure = if state.config.secure_cookies {
            "; Secure"
        } else {
            ""
        };
        let cookie = format!(
            "{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
            lang.code
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}
