//! The office's own pages (about and contact, Impressum, privacy, accessibility): public, linked
//! from every page's footer, written by the coordinator; two saves at once never overwrite.

use crate::both_backends;
use crate::support::{Backend, TestApp, form_token};

both_backends! {
    the_offices_pages_are_public_linked_and_edited_safely => super::the_offices_pages_are_public_linked_and_edited_safely;
}

const PAGES: [(&str, &str); 4] = [
    ("/ueber-uns", "Ribnitzer Straße 1b"),
    ("/impressum", "Angaben gemäß § 5 DDG"),
    ("/datenschutz", "Ihre Rechte"),
    ("/barrierefreiheit", "Barrieren melden"),
];

async fn the_offices_pages_are_public_linked_and_edited_safely(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Every page's footer links the four pages and the sign-in for staff.
    for path in ["/", "/angebote", "/veranstaltungen"] {
        let html = app.text(path, 200).await;
        for link in [
            "/ueber-uns",
            "/impressum",
            "/datenschutz",
            "/barrierefreiheit",
            "/anmelden",
        ] {
            assert!(
                html.contains(&format!("<li><a href=\"{link}\">")),
                "{path}: footer link {link}"
            );
        }
    }
    for (path, says) in PAGES {
        let html = app.text(path, 200).await;
        assert!(html.contains(says), "{path} says {says}");
    }
    // The accessibility statement names a way to report barriers that works.
    let a11y = app.text("/barrierefreiheit", 200).await;
    assert!(
        a11y.contains("href=\"tel:+493096277111\""),
        "a phone number to call"
    );
    // English where written, marked German where not.
    assert!(
        app.text("/impressum?lang=en", 200)
            .await
            .contains("<h1 lang=\"en\">Legal notice</h1>")
    );
    let privacy_en = app.text("/datenschutz?lang=en", 200).await;
    assert!(privacy_en.contains("This page is only available in German."));
    assert!(privacy_en.contains("<div class=\"article-body\" lang=\"de\">"));
    // Only the coordinator edits them.
    let visitor = app.visitor();
    let r = visitor
        .get(app.url("/verwaltung/seiten/impressum"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "a visitor is sent to the sign-in");
    let editor = app.session("provider_editor").await;
    let r = editor
        .get(app.url("/verwaltung/seiten/impressum"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let coordinator = app.session("coordinator").await;
    let dashboard = coordinator.page("/verwaltung").await;
    assert!(
        dashboard.contains("href=\"/verwaltung/seiten\""),
        "a dashboard tile"
    );
    let list = coordinator.page("/verwaltung/seiten").await;
    for (path, _) in PAGES {
        assert!(
            list.contains(&format!("href=\"/verwaltung/seiten{path}\"")),
            "{path} listed"
        );
    }
    let form = coordinator.page("/verwaltung/seiten/impressum").await;
    let version = form
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .expect("version field")
        .to_string();
    assert!(form_token(&form).len() > 10);
    // Bad input: the message at the field, nothing saved.
    let r = coordinator
        .post_form(
            "/verwaltung/seiten/impressum",
            &[
                ("version", &version),
                ("title_de", " "),
                ("body_de", "Text"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"e-title_de\"") && html.contains("Bitte eine Überschrift eingeben.")
    );
    assert!(
        app.text("/impressum", 200)
            .await
            .contains("Angaben gemäß § 5 DDG")
    );
    // Eight saves from forms loaded at the same version, at once: one wins, seven are told.
    let mut saves = Vec::new();
    for i in 0..8 {
        let (c, version) = (coordinator.clone(), version.clone());
        saves.push(tokio::spawn(async move {
            let body = format!("## Angaben gemäß § 5 DDG\n\nFassung {i}");
            c.post_form(
                "/verwaltung/seiten/impressum",
                &[
                    ("version", &version),
                    ("title_de", "Impressum"),
                    ("body_de", &body),
                ],
            )
            .await
            .status()
            .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for s in saves {
        statuses.push(s.await.unwrap());
    }
    statuses.sort_unstable();
    assert_eq!(
        statuses,
        [303, 409, 409, 409, 409, 409, 409, 409],
        "one save wins"
    );
    let public = app.text("/impressum", 200).await;
    assert_eq!(
        public.matches("Fassung ").count(),
        1,
        "exactly one version is public"
    );
    // The stale form's message says what to do.
    let r = coordinator
        .post_form(
            "/verwaltung/seiten/impressum",
            &[
                ("version", &version),
                ("title_de", "Impressum"),
                ("body_de", "alt"),
            ],
        )
        .await;
    assert_eq!(r.status(), 409);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Inzwischen hat jemand anderes diese Seite gespeichert")
    );
    assert_eq!(
        coordinator
            .get(app.url("/verwaltung/seiten/agb"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}
