//! Recorded answers: 50 public addresses of the demo, fetched at the fixed test clock, must answer
//! byte for byte as recorded in `tests/golden/` (status, content type and body). A move of code
//! that changes none of them is a move that changed nothing a parent, a search engine or an API
//! client sees. A deliberate change of a page is recorded again with
//! `WEGWEISER_RECORD_GOLDEN=1 cargo test --test integration http_golden` and shows in the diff.
//!
//! What differs between runs is replaced before comparing: the form tokens (random per visitor),
//! DTSTAMP (kept from when it was the moment of the request) and the assets' version digest (it
//! changes with every style change). The port differs too; QR codes, which draw it, are left out.

use crate::support::{Backend, TestApp};

/// The addresses: every public page type, both languages, a filter or two, feeds, API, errors.
const PATHS: &[&str] = &[
    "/",
    "/?lang=en",
    "/angebote",
    "/angebote?q=Beratung",
    "/angebote?q=kita&ortsteil=fennpfuhl",
    "/angebote?category=beratung&free=1&page=2&per_page=5",
    "/angebote?q=Kinderbetreung",
    "/angebote?weekday=9",
    "/angebote/1",
    "/angebote/35",
    "/angebote/35?lang=en",
    "/angebote/35/druck",
    "/angebote/35/aushang",
    "/angebote/35/aushang?format=a6",
    "/angebote/35/fehler",
    "/traeger/1",
    "/traeger/3?lang=en",
    "/ortsteile",
    "/ortsteile/fennpfuhl",
    "/kategorien",
    "/kategorien/beratung",
    "/notfall",
    "/leistungs-check",
    "/leistungs-check?lang=en",
    "/veranstaltungen",
    "/veranstaltungen?ansicht=monat&category=treffs-und-austausch",
    "/veranstaltungen?ansicht=liste&lang=en",
    "/veranstaltungen?ab=1999-01-01",
    "/veranstaltungen.ics",
    "/veranstaltungen/2",
    "/veranstaltungen/5",
    "/veranstaltungen/2/kalender.ics",
    "/veranstaltungen/2/aushang",
    "/aktuelles",
    "/aktuelles/familienbuero-hilft-bei-antraegen",
    "/aktionen/aktionswoche-beispiel",
    "/aktuelles.atom",
    "/veranstaltungen.atom?category=treffs-und-austausch",
    "/newsletter",
    "/wege",
    "/wege/trennung-mit-kindern",
    "/wege/kita-platz/drucken",
    "/angebote?near=10365&sort=distance",
    "/sitemap.xml",
    "/robots.txt",
    "/api/v1/offers?q=Beratung&per_page=3",
    "/api/v1/offers/35",
    "/api/v1/categories",
    "/anmelden",
    "/gibt-es-nicht",
];

fn golden_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// A file name for a path: `/angebote?q=Beratung` → `angebote_q=Beratung.txt`.
fn file_name(path: &str) -> String {
    let name: String = path
        .trim_start_matches('/')
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' | '=' => c,
            _ => '_',
        })
        .collect();
    if name.is_empty() {
        "home.txt".into()
    } else {
        format!("{name}.txt")
    }
}

/// Replaces what is random or the moment of the request in an answer.
fn normalise(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    // Form tokens: <input type="hidden" name="csrf" value="…">.
    while let Some(at) = rest.find("name=\"csrf\" value=\"") {
        let start = at + "name=\"csrf\" value=\"".len();
        out.push_str(&rest[..start]);
        out.push_str("TOKEN");
        rest = &rest[start..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    // Asset addresses carry a digest of the styles and scripts: a style change is not a change of
    // what the pages answer.
    let mut versioned = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(at) = rest.find("?v=") {
        let start = at + 3;
        versioned.push_str(&rest[..start]);
        versioned.push_str("ASSETS");
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        rest = &rest[end..];
    }
    versioned.push_str(rest);
    let out = versioned;
    out.lines()
        .map(|l| {
            if l.starts_with("DTSTAMP:") {
                "DTSTAMP:STAMP"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

async fn answer(app: &TestApp, path: &str) -> String {
    let r = app.get(path).await;
    let status = r.status().as_u16();
    let kind = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = r.text().await.expect("body");
    // The port differs per run; the recorded answers say "BASE".
    let body = body.replace(&app.base, "http://BASE");
    let host = app.base.trim_start_matches("http://");
    let body = body.replace(host, "BASE");
    format!("{status} {kind}\n\n{}", normalise(&body))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_public_addresses_answer_as_recorded() {
    assert_eq!(PATHS.len(), 50);
    let app = TestApp::spawn(Backend::Sqlite).await;
    let dir = golden_dir();
    let record = std::env::var("WEGWEISER_RECORD_GOLDEN").is_ok_and(|v| v == "1");
    if record {
        std::fs::create_dir_all(&dir).expect("golden dir");
    }
    let mut differ = vec![];
    for path in PATHS {
        let got = answer(&app, path).await;
        let file = dir.join(file_name(path));
        if record {
            std::fs::write(&file, &got).expect("write golden answer");
            continue;
        }
        let want = std::fs::read_to_string(&file)
            .unwrap_or_else(|_| panic!("no recorded answer for {path} in {}", file.display()));
        if want != got {
            // Written beside the build for a diff against the recorded one.
            let actual = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-actual");
            std::fs::create_dir_all(&actual).expect("dir");
            std::fs::write(actual.join(file_name(path)), &got).expect("write");
            differ.push(format!("{path} (now in {})", actual.display()));
        }
    }
    assert!(
        differ.is_empty(),
        "answers differ from tests/golden/: {differ:#?}"
    );
}
