//! For search engines: `/sitemap.xml` with every public page worth finding, and `/robots.txt`
//! pointing to it (the back office and personal pages are left out).

use std::collections::BTreeSet;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use wegweiser_domain::geo;

use crate::kit::error::WebError;
use crate::state::AppState;

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// GET /sitemap.xml
pub async fn sitemap(State(state): State<AppState>) -> Result<Response, WebError> {
    let public = &state.config.public_url;
    let now = state.berlin_now();
    let mut urls: Vec<(String, Option<String>)> = [
        "/",
        "/angebote",
        "/kategorien",
        "/ortsteile",
        "/wege",
        "/veranstaltungen",
        "/leistungs-check",
        "/aktuelles",
        "/aus-der-ag",
        "/bedarf",
        "/statistik",
        "/gruppen",
        "/arbeitgeber",
        "/arbeitgeber/familienfreundlich",
        "/jobs",
        "/newsletter",
        "/notfall",
        "/ueber-uns",
        "/impressum",
        "/datenschutz",
        "/barrierefreiheit",
    ]
    .iter()
    .map(|p| (p.to_string(), None))
    .collect();
    for c in state.current_categories().await.iter() {
        urls.push((format!("/kategorien/{}", c.slug), None));
    }
    for o in geo::ortsteile() {
        urls.push((format!("/ortsteile/{}", o.slug), None));
    }
    let index = state.current_index().await.ok_or(WebError::Unavailable)?;
    let mut orgs = BTreeSet::new();
    for o in index.all_listed(now) {
        orgs.insert(o.organization);
        urls.push((
            format!("/angebote/{}", o.id),
            o.last_verified.map(|d| d.format("%Y-%m-%d").to_string()),
        ));
    }
    for id in orgs {
        urls.push((format!("/traeger/{id}"), None));
    }
    for (slug, _) in state.db.published_chains().await? {
        urls.push((format!("/wege/{slug}"), None));
    }
    for e in state.db.published_events().await? {
        let upcoming = !e
            .details
            .occurrences(now.date(), now.date() + Duration::days(180))
            .is_empty();
        if upcoming {
            urls.push((
                format!("/veranstaltungen/{}", e.id),
                Some(e.updated_at.format("%Y-%m-%d").to_string()),
            ));
        }
    }
    for a in state.db.public_articles(None, state.now(), 1000).await? {
        urls.push((
            a.path(),
            Some(
                a.updated_at
                    .max(a.publish_at)
                    .format("%Y-%m-%d")
                    .to_string(),
            ),
        ));
    }
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, lastmod) in urls {
        body.push_str("<url><loc>");
        body.push_str(&xml_escape(&format!("{public}{path}")));
        body.push_str("</loc>");
        if let Some(d) = lastmod {
            body.push_str("<lastmod>");
            body.push_str(&d);
            body.push_str("</lastmod>");
        }
        body.push_str("</url>\n");
    }
    body.push_str("</urlset>\n");
    Ok((
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        body,
    )
        .into_response())
}

/// GET /robots.txt
pub async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /verwaltung\nDisallow: /konto\nDisallow: /passwort\nDisallow: /bestaetigen\n\
         Disallow: /anmelden\nDisallow: /anmeldung\nDisallow: /newsletter/\nDisallow: /wege/*/fortschritt\nSitemap: {}/sitemap.xml\n",
        state.config.public_url
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}
