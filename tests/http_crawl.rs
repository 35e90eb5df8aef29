//! A visitor who follows every link: starting at `/`, every internal link and asset of the public
//! site (both languages) answers 200, and every phone link is a `tel:` URI a phone can dial.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::both_backends;
use crate::support::{Backend, TestApp};

both_backends! {
    every_internal_link_of_the_public_site_answers_200 => super::every_internal_link_of_the_public_site_answers_200;
}

/// More pages than the demo has; a crawl that reaches it has found a link that never ends.
const MAX_PAGES: usize = 8000;

/// Values of `href="…"` and `src="…"` attributes (the site writes them in double quotes).
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [" href=\"", " src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].replace("&#38;", "&").replace("&amp;", "&"));
                rest = &rest[end..];
            }
        }
    }
    out
}

/// A dialable phone URI: international form (`tel:+49…`) or a short number such as 110 or 116 016.
fn dialable(uri: &str) -> bool {
    let Some(number) = uri.strip_prefix("tel:") else {
        return false;
    };
    let digits = number.strip_prefix('+').unwrap_or(number);
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    if number.starts_with('+') {
        all_digits && (8..=15).contains(&digits.len())
    } else {
        // Short numbers without an area code: emergency (110, 112), 116 xxx, 0800 free numbers.
        all_digits && (digits.len() <= 6 || digits.starts_with("0800"))
    }
}

async fn every_internal_link_of_the_public_site_answers_200(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let base = reqwest::Url::parse(&app.base).expect("base url");
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<(String, String)> = VecDeque::new();
    for start in ["/", "/?lang=en"] {
        seen.insert(start.to_string());
        queue.push_back((start.to_string(), "(start)".to_string()));
    }
    let mut broken: BTreeMap<String, String> = BTreeMap::new();
    let mut bad_tel: BTreeMap<String, String> = BTreeMap::new();
    let mut tel_links = 0;
    let mut pages = 0;
    while let Some((path, from)) = queue.pop_front() {
        assert!(
            pages < MAX_PAGES,
            "more than {MAX_PAGES} pages: a link leads on without end (last: {path} from {from})"
        );
        pages += 1;
        let response = app.get(&path).await;
        let status = response.status().as_u16();
        // Redirects to a canonical address are fine where the target answers 200.
        let location = response
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .map(str::to_string);
        if let (301 | 308 | 302 | 303, Some(to)) = (status, location) {
            if seen.insert(to.clone()) {
                queue.push_back((to, path.clone()));
            }
            continue;
        }
        if status != 200 {
            broken.insert(path.clone(), format!("{status} (linked from {from})"));
            continue;
        }
        let html = response
            .headers()
            .get("content-type")
            .and_then(|c| c.to_str().ok())
            .is_some_and(|c| c.starts_with("text/html"));
        if !html {
            continue;
        }
        // The calendar pages through three years in three views, each reachable from the others:
        // the crawl walks the week pager from end to end and checks the month and list pages it
        // links to; `http_events` walks their pagers.
        if path.starts_with("/veranstaltungen?")
            && path.contains("ab=")
            && !path.contains("ansicht=woche")
        {
            continue;
        }
        let page = response.text().await.unwrap_or_default();
        let here = base.join(&path).expect("page url");
        for link in links(&page) {
            if link.starts_with("tel:") {
                tel_links += 1;
                if !dialable(&link) {
                    bad_tel.insert(link, path.clone());
                }
                continue;
            }
            if link.starts_with('#')
                || ["mailto:", "geo:", "webcal:", "data:"]
                    .iter()
                    .any(|s| link.starts_with(s))
            {
                continue;
            }
            let Ok(target) = here.join(&link) else {
                broken.insert(link, format!("not a URL (linked from {path})"));
                continue;
            };
            if target.origin() != base.origin() {
                continue;
            }
            let mut key = target.path().to_string();
            if let Some(q) = target.query() {
                key = format!("{key}?{q}");
            }
            if seen.insert(key.clone()) {
                queue.push_back((key, path.clone()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} internal links do not answer 200 (of {pages} visited):\n{}",
        broken.len(),
        broken
            .iter()
            .take(40)
            .map(|(k, v)| format!("  {k} → {v}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        bad_tel.is_empty(),
        "phone links that a phone cannot dial:\n{bad_tel:#?}"
    );
    eprintln!("crawl: {pages} pages, {tel_links} phone links");
    assert!(pages > 300, "the crawl saw only {pages} pages");
    assert!(
        tel_links > 100,
        "only {tel_links} phone links on the public site"
    );
}
