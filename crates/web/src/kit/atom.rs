//! Atom feeds (RFC 4287) of news and events, written with the atom_syndication crate: feed readers
//! and other websites pick up what is new without anyone visiting the site.

use atom_syndication::{Content, Entry, Feed, Link, Person, Text};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};

/// One entry: a public page with its summary and, for articles, the sanitised HTML text.
pub struct AtomEntry {
    pub url: String,
    pub title: String,
    pub updated: DateTime<Utc>,
    pub published: Option<DateTime<Utc>>,
    pub summary: String,
    pub html: Option<String>,
}

pub struct AtomFeed<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub lang: &'a str,
    /// The feed's own address and the page it mirrors.
    pub self_url: String,
    pub page_url: String,
}

fn link(href: &str, rel: &str, mime: &str) -> Link {
    Link {
        href: href.to_string(),
        rel: rel.to_string(),
        mime_type: Some(mime.to_string()),
        ..Default::default()
    }
}

/// The feed as an HTTP response; `updated` is the newest entry's time (or `fallback` when empty).
pub fn response(f: &AtomFeed<'_>, entries: Vec<AtomEntry>, fallback: DateTime<Utc>) -> Response {
    let updated = entries.iter().map(|e| e.updated).max().unwrap_or(fallback);
    let feed = Feed {
        title: Text::plain(f.title),
        id: f.self_url.clone(),
        updated: updated.fixed_offset(),
        authors: vec![Person {
            name: f.author.to_string(),
            ..Default::default()
        }],
        links: vec![
            link(&f.self_url, "self", "application/atom+xml"),
            link(&f.page_url, "alternate", "text/html"),
        ],
        lang: Some(f.lang.to_string()),
        entries: entries
            .into_iter()
            .map(|e| Entry {
                title: Text::plain(e.title),
                id: e.url.clone(),
                updated: e.updated.fixed_offset(),
                published: e.published.map(|p| p.fixed_offset()),
                links: vec![link(&e.url, "alternate", "text/html")],
                summary: Some(Text::plain(e.summary)),
                content: e.html.map(|h| Content {
                    value: Some(h),
                    content_type: Some("html".into()),
                    ..Default::default()
                }),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let mut res = (
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        feed.to_string(),
    )
        .into_response();
    if let Some(v) = crate::kit::conditional::last_modified(updated) {
        res.headers_mut().insert(header::LAST_MODIFIED, v);
    }
    res
}
