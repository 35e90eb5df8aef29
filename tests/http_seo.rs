//! What search engines, link previews, feed readers and calendar apps read: absolute hreflang
//! links with x-default, schema.org data a validator accepts, and feeds and calendar files that
//! answer 304 when nothing changed; versioned assets cached for a year.

use crate::both_backends;
use crate::support::{Backend, TestApp};

both_backends! {
    feeds_and_calendars_answer_304_when_nothing_changed => super::feeds_and_calendars_answer_304_when_nothing_changed;
}

/// The JSON-LD of a page.
fn json_ld(html: &str) -> Option<serde_json::Value> {
    let start = html.find("<script type=\"application/ld+json\">")? + 35;
    let end = html[start..].find("</script>")? + start;
    serde_json::from_str(&html[start..end]).ok()
}

/// Paths of values that say nothing (null, "", [], {}).
fn empty_values(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    use serde_json::Value;
    match v {
        Value::Null => out.push(at.to_string()),
        Value::String(s) if s.is_empty() => out.push(at.to_string()),
        Value::Array(a) if a.is_empty() => out.push(at.to_string()),
        Value::Object(o) if o.is_empty() => out.push(at.to_string()),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| empty_values(x, &format!("{at}[{i}]"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| empty_values(x, &format!("{at}.{k}"), out)),
        _ => {}
    }
}

#[tokio::test]
async fn pages_speak_to_search_engines_in_absolute_links_and_valid_schema_org() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let home = app.text("/angebote", 200).await;
    for (lang, href) in [
        ("de", format!("{}/angebote?lang=de", app.base)),
        ("en", format!("{}/angebote?lang=en", app.base)),
        ("x-default", format!("{}/angebote?lang=de", app.base)),
    ] {
        let link = format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">");
        assert!(home.contains(&link), "{link}");
    }
    // Every offer's schema.org data: no empty values, no property Service does not have, the
    // phone as a ContactPoint, the postcode apart from the town, public bodies as GovernmentService.
    let ids = app.listed_offer_ids().await;
    assert!(ids.len() > 50, "only {} offers listed", ids.len());
    let (mut government, mut phones, mut addresses) = (0, 0, 0);
    for id in ids {
        let html = app.text(&format!("/angebote/{id}"), 200).await;
        let ld = json_ld(&html).unwrap_or_else(|| panic!("offer {id}: no JSON-LD"));
        let mut empty = Vec::new();
        empty_values(&ld, "$", &mut empty);
        assert!(empty.is_empty(), "offer {id}: empty values at {empty:?}");
        let text = ld.to_string();
        assert!(!text.contains("isAccessibleForFree"), "offer {id}: {text}");
        let kind = ld["@type"].as_str().unwrap_or("");
        assert!(kind == "Service" || kind == "GovernmentService", "{kind}");
        if kind == "GovernmentService" {
            government += 1;
            assert_eq!(ld["provider"]["@type"], "GovernmentOrganization");
        }
        let channel = &ld["availableChannel"];
        if let Some(phone) = channel.get("servicePhone") {
            phones += 1;
            assert_eq!(phone["@type"], "ContactPoint", "offer {id}");
            let tel = phone["telephone"].as_str().unwrap_or("");
            // International form, or a short number without an area code (116 016).
            let digits = tel.strip_prefix('+').unwrap_or(tel);
            assert!(
                digits.bytes().all(|b| b.is_ascii_digit())
                    && (tel.starts_with('+') || digits.len() <= 6),
                "offer {id}: telephone {tel}"
            );
        }
        for place in channel["serviceLocation"].as_array().into_iter().flatten() {
            addresses += 1;
            let a = &place["address"];
            assert_eq!(a["@type"], "PostalAddress");
            let code = a["postalCode"].as_str().unwrap_or("");
            assert!(
                code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()),
                "{a}"
            );
            assert_eq!(a["addressLocality"], "Berlin", "offer {id}");
        }
    }
    assert!(government >= 3, "{government} offers of public bodies");
    assert!(
        phones > 20 && addresses > 20,
        "{phones} phones, {addresses} addresses"
    );
    // Articles are articles for link previews.
    let news = app.text("/aktuelles", 200).await;
    let article = news
        .split("href=\"/aktuelles/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("an article link");
    let html = app.text(&format!("/aktuelles/{article}"), 200).await;
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(home.contains("<meta property=\"og:type\" content=\"website\">"));
    // Versioned assets are cached for a year; an address without the version is not.
    let href = home
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("stylesheet");
    assert!(href.starts_with("/static/style.css?v="), "{href}");
    let r = app.get(href).await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let r = app.get("/static/style.css?v=old").await;
    assert!(
        !r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
}

async fn feeds_and_calendars_answer_304_when_nothing_changed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let calendar = app.text("/veranstaltungen", 200).await;
    let event = calendar
        .split("href=\"/veranstaltungen/")
        .find_map(|s| s.split('"').next()?.parse::<i64>().ok())
        .expect("an event link");
    for path in [
        "/veranstaltungen.ics".to_string(),
        "/veranstaltungen.ics?lang=en&free=1".to_string(),
        format!("/veranstaltungen/{event}/kalender.ics"),
        "/veranstaltungen.atom".to_string(),
        "/aktuelles.atom".to_string(),
    ] {
        let first = app.get(&path).await;
        assert_eq!(first.status(), 200, "{path}");
        let etag = first.headers()["etag"].to_str().unwrap().to_string();
        let modified = first.headers()["last-modified"]
            .to_str()
            .unwrap()
            .to_string();
        let body = first.text().await.unwrap();
        // The same content gives the same file (and so the same ETag) on the next request.
        let again = app.get(&path).await;
        assert_eq!(
            again.headers()["etag"],
            etag.as_str(),
            "{path}: stable ETag"
        );
        assert_eq!(again.text().await.unwrap(), body, "{path}: same body");
        for (name, value) in [("if-none-match", &etag), ("if-modified-since", &modified)] {
            let r = app
                .client
                .get(app.url(&path))
                .header(name, value.as_str())
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 304, "{path} with {name}");
            assert_eq!(r.headers()["etag"], etag.as_str());
            assert!(r.text().await.unwrap().is_empty(), "304 without a body");
        }
        let r = app
            .client
            .get(app.url(&path))
            .header("if-none-match", "\"something-else\"")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{path}: another ETag gets the file");
        if path.contains(".ics") {
            assert!(
                body.contains(
                    "PRODID:-//Koordinierungsstelle Alleinerziehende Lichtenberg//Wegweiser"
                ),
                "{path}: PRODID names the product"
            );
            for uid in body.lines().filter(|l| l.starts_with("UID:")) {
                let domain = uid.split('@').nth(1).unwrap_or("");
                assert!(!domain.contains(':'), "{path}: {uid} carries a port");
            }
        }
    }
}
