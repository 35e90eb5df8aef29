//! The interface in eight languages and Leichte Sprache, as a visitor meets it: every public page
//! type in every language without a message missing (the server counts each one it had to take
//! from another language, and /metrics must show none), the page's `lang` and direction, the
//! language chosen by `?lang=`, remembered by the cookie or negotiated from Accept-Language, the
//! alternates for search engines, content that exists only in German marked as such, and the back
//! office in English for languages it is not written in.

use crate::support::{Backend, TestApp};

/// (`?lang=` value, `lang` attribute, direction, the language's own name on the switcher)
const LANGS: &[(&str, &str, &str, &str)] = &[
    ("de", "de", "ltr", "Deutsch"),
    ("en", "en", "ltr", "English"),
    ("tr", "tr", "ltr", "Türkçe"),
    ("ar", "ar", "rtl", "العربية"),
    ("ru", "ru", "ltr", "Русский"),
    ("uk", "uk", "ltr", "Українська"),
    ("vi", "vi", "ltr", "Tiếng Việt"),
    ("pl", "pl", "ltr", "Polski"),
    ("de-ls", "de-x-ls", "ltr", "Leichte Sprache"),
];

/// One address of every public page type of the demo (and a form with errors, an empty search, a
/// page that does not exist, with the status each answers), so every message a parent can meet is formatted at least once.
const PAGES: &[(&str, u16)] = &[
    ("/", 200),
    ("/angebote", 200),
    ("/angebote?q=beratung&category=beratung&free=1", 200),
    ("/angebote?q=zzzzqqq", 200),
    ("/angebote?q=Schwangerschaftstest", 200),
    ("/angebote?category=nope&free=vielleicht", 400),
    ("/angebote?q=kita&weekday=9", 400),
    ("/angebote?near=10365&sort=distance", 200),
    ("/angebote/35", 200),
    ("/angebote/35/druck", 200),
    ("/angebote/35/aushang", 200),
    ("/angebote/35/fehler", 200),
    ("/traeger/1", 200),
    ("/ortsteile", 200),
    ("/ortsteile/fennpfuhl", 200),
    ("/kategorien", 200),
    ("/kategorien/beratung", 200),
    ("/notfall", 200),
    ("/anmelden", 200),
    ("/registrieren", 200),
    ("/passwort-vergessen", 200),
    ("/leistungs-check", 200),
    (
        "/leistungs-check?kind_alter=3&kind_unterhalt=&einkommen=900&einkommen_art=netto",
        200,
    ),
    ("/wege", 200),
    ("/wege/kita-platz", 200),
    ("/wege/trennung-mit-kindern", 200),
    ("/wege/krise-gewalt-notfall/drucken", 200),
    ("/wege/schulstart/aushang", 200),
    ("/veranstaltungen", 200),
    ("/veranstaltungen?ansicht=monat&childcare=1", 200),
    ("/veranstaltungen?ansicht=liste", 200),
    ("/veranstaltungen?category=nope", 400),
    ("/veranstaltungen/1", 200),
    ("/veranstaltungen/2", 200),
    ("/veranstaltungen/1/aushang", 200),
    ("/aktuelles", 200),
    ("/aktuelles/anlauf-und-beratungsstelle", 200),
    ("/aktionen/aktionswoche-beispiel", 200),
    ("/newsletter", 200),
    ("/newsletter/bestaetigen/abc", 404),
    ("/ueber-uns", 200),
    ("/impressum", 200),
    ("/datenschutz", 200),
    ("/barrierefreiheit", 200),
    ("/tandem", 200),
    ("/gruppen", 200),
    ("/gruppen/1", 200),
    ("/gruppen/5", 200),
    ("/arbeitgeber", 200),
    ("/arbeitgeber/1", 200),
    ("/arbeitgeber/vergleich?e=1&e=2&e=3", 200),
    ("/arbeitgeber/registrieren", 200),
    ("/arbeitgeber/familienfreundlich", 200),
    ("/jobs", 200),
    ("/jobs?nahe=10369&km=5", 200),
    ("/jobs?nahe=Potsdam", 400),
    ("/jobs/1", 200),
    ("/aus-der-ag", 200),
    ("/bedarf", 200),
    ("/statistik", 200),
    ("/angebote/999999", 404),
];

/// The log without terminal colours (the server colours its log lines).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_escape = false;
    for c in text.chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, c) => out.push(c),
        }
    }
    out
}

fn with_lang(path: &str, lang: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={lang}")
}

#[tokio::test]
async fn every_public_page_type_renders_in_every_language_without_a_missing_message() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let mut failures = vec![];
    for (code, tag, dir, _) in LANGS {
        for (path, expected) in PAGES {
            let url = with_lang(path, code);
            let res = app.get(&url).await;
            let status = res.status().as_u16();
            let html = res.text().await.unwrap_or_default();
            if status != *expected {
                failures.push(format!("{url}: status {status}"));
                continue;
            }
            if !html.contains(&format!("<html lang=\"{tag}\" dir=\"{dir}\">")) {
                failures.push(format!("{url}: not marked lang={tag} dir={dir}"));
            }
            // A message whose variable was not given shows as "{$name}"; a missing one as its key.
            if html.contains("{$") || html.contains("{ $") {
                failures.push(format!("{url}: an unformatted placeholder"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    let metrics = app.text("/metrics", 200).await;
    let missing: Vec<&str> = metrics
        .lines()
        .filter(|l| l.starts_with("wegweiser_missing_messages_total"))
        .collect();
    // The server logs each message it lacked once per language, with its key.
    let mut keys: Vec<String> = strip_ansi(&app.log())
        .lines()
        .filter(|l| l.contains("message missing"))
        .filter_map(|l| l.split("key=").nth(1).map(|k| k.trim().to_string()))
        .collect();
    keys.sort();
    keys.dedup();
    assert!(
        missing.is_empty(),
        "messages taken from another language: {missing:?}, keys: {keys:?}"
    );
}

#[tokio::test]
async fn the_language_is_chosen_remembered_negotiated_and_offered_to_search_engines() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let client = crate::support::browser();

    // A page as a browser with these request headers gets it.
    let page_with = |path: &'static str, headers: &'static [(&'static str, &'static str)]| {
        let mut req = client.get(app.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        async move {
            req.send()
                .await
                .expect("request")
                .text()
                .await
                .expect("body")
        }
    };

    // Accept-Language with q-values: Ukrainian is preferred over German.
    let html = page_with(
        "/",
        &[("accept-language", "fr-FR;q=1.0, uk-UA;q=0.9, de;q=0.8")],
    )
    .await;
    assert!(
        html.contains("<html lang=\"uk\" dir=\"ltr\">"),
        "Accept-Language"
    );
    assert!(html.contains("Допомога батькам-одинакам у Ліхтенберзі"));

    // ?lang=ar is remembered by a cookie: the next page without the parameter is Arabic too.
    let res = client
        .get(app.url("/wege?lang=ar"))
        .send()
        .await
        .expect("request");
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("lang="))
        .expect("the choice is remembered")
        .to_string();
    assert!(cookie.starts_with("lang=ar;"), "{cookie}");
    let next = page_with(
        "/angebote",
        &[("cookie", "lang=ar"), ("accept-language", "de")],
    )
    .await;
    assert!(
        next.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "the cookie wins"
    );

    // Every language is offered: its own name on the switcher and an alternate for search engines.
    let home = app.text("/?lang=vi", 200).await;
    for (code, tag, dir, native) in LANGS {
        assert!(
            home.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}/?lang={code}\">",
                app.base
            )),
            "hreflang {tag}"
        );
        assert!(
            home.contains(&format!(
                "lang=\"{tag}\" hreflang=\"{tag}\" dir=\"{dir}\"{}>{native}</a>",
                if *code == "vi" {
                    " aria-current=\"true\""
                } else {
                    ""
                }
            )),
            "switcher entry {native}"
        );
    }
    assert!(home.contains("hreflang=\"x-default\""));
    assert!(home.contains("<meta property=\"og:locale\" content=\"vi_VN\">"));
}

#[tokio::test]
async fn content_only_in_german_says_so_in_the_readers_language() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let offer = app.text("/angebote/35?lang=tr", 200).await;
    assert!(offer.contains("Bu destek yalnızca Almanca anlatılmıştır."));
    assert!(offer.contains("lang=\"de\""), "the German text is marked");
    let offer = app.text("/angebote/35?lang=ru", 200).await;
    assert!(offer.contains("Это предложение описано только на немецком языке."));
}

#[tokio::test]
async fn the_back_office_is_english_for_languages_it_is_not_written_in() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let staff = app.session("coordinator").await;
    let page = staff.page("/verwaltung?lang=tr").await;
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"), "English");
    let page = staff.page("/verwaltung?lang=de").await;
    assert!(page.contains("<html lang=\"de\" dir=\"ltr\">"));
    // The account page is for parents too: it stays in the reader's language.
    let page = staff.page("/konto?lang=pl").await;
    assert!(page.contains("<html lang=\"pl\" dir=\"ltr\">"));
}

#[tokio::test]
async fn leichte_sprache_on_the_core_journeys_and_a_notice_elsewhere() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let notice = "Diese Seite gibt es noch nicht in Leichter Sprache";
    for path in [
        "/",
        "/angebote?q=Kita",
        "/angebote/35",
        "/notfall",
        "/wege",
        "/leistungs-check",
    ] {
        let html = app.text(&with_lang(path, "de-ls"), 200).await;
        assert!(html.contains("<html lang=\"de-x-ls\""), "{path}");
        assert!(!html.contains(notice), "{path} has its own easy texts");
    }
    let home = app.text("/?lang=de-ls", 200).await;
    assert!(
        home.contains("Hier finden Sie Hilfe in Ihrer Nähe."),
        "the easy home text"
    );
    let emergency = app.text("/notfall?lang=de-ls", 200).await;
    assert!(emergency.contains("Der Anruf kostet nichts."));
    let check = app.text("/leistungs-check?lang=de-ls", 200).await;
    assert!(check.contains("Geld-Check für Allein·erziehende"));
    // Each chain's steps: their titles and explanations.
    let chain = app.text("/wege/kita-platz?lang=de-ls", 200).await;
    assert!(
        chain.contains("Mehr als 7 Stunden: Grund zeigen"),
        "an easy step title"
    );
    assert!(
        chain.contains("Den Platz suchen Sie selbst."),
        "an easy step explanation"
    );
    // Elsewhere: standard German, and the page says so.
    let events = app.text("/veranstaltungen?lang=de-ls", 200).await;
    assert!(events.contains(notice), "the notice");
    assert!(events.contains("Termine und Treffs"), "standard German");
    assert!(!app.text("/veranstaltungen", 200).await.contains(notice));
}

#[tokio::test]
async fn the_chains_titles_and_summaries_are_in_every_language() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for (lang, title) in [
        ("tr", "Hamile ve yalnız"),
        ("ar", "حامل ووحيدة"),
        ("ru", "Беременна и одна"),
        ("uk", "Вагітна й сама"),
        ("vi", "Mang thai và một mình"),
        ("pl", "W ciąży i sama"),
    ] {
        let list = app.text(&format!("/wege?lang={lang}"), 200).await;
        assert!(list.contains(title), "{lang}: {title}");
        assert!(
            list.contains(&format!("lang=\"{lang}\">{title}")),
            "{lang}: marked as written in {lang}"
        );
    }
    let easy = app.text("/wege?lang=de-ls", 200).await;
    assert!(easy.contains("Hier finden Sie sofort Hilfe. Tag und Nacht."));
}

/// The coordinator sees per language what is translated, outdated or missing, and for one
/// language which offers lack what; a translation written through the offer form counts at once.
async fn the_coordinator_sees_what_is_missing_per_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let staff = app.session("coordinator").await;
    let page = staff.page("/verwaltung/uebersetzungen").await;
    assert!(page.contains("Türkçe") && page.contains("العربية"));
    // Every kind of content has its row; the office's pages exist in English only (besides
    // German), so their Turkish texts are missing.
    let row = |name: &str| {
        page.split(&format!("<th scope=\"row\">{name}</th>"))
            .nth(1)
            .and_then(|r| r.split("</tr>").next())
            .unwrap_or_else(|| panic!("the row {name}"))
            .to_string()
    };
    for name in [
        "Angebote (veröffentlicht)",
        "Wege (mit ihren Schritten)",
        "Veranstaltungen (veröffentlicht)",
        "Beiträge (veröffentlicht)",
        "Seiten der Koordinierungsstelle",
        "Themen",
    ] {
        assert!(row(name).contains(" aktuell · "), "{name}");
    }
    assert!(
        row("Seiten der Koordinierungsstelle")
            .contains("<td>0 aktuell · 0 veraltet · 8 fehlen</td>"),
        "the four pages' headings and texts, not yet in Turkish: {}",
        row("Seiten der Koordinierungsstelle")
    );
    // Turkish: offers lack their texts; the list names one with its edit link.
    let tr = staff.page("/verwaltung/uebersetzungen?sprache=tr").await;
    assert!(tr.contains("Was in Türkçe fehlt"));
    assert!(tr.contains("href=\"/verwaltung/angebote/"), "edit links");
    assert!(tr.contains("fehlt: Name"), "the missing fields are named");
    assert!(
        tr.contains("href=\"/verwaltung/wege/"),
        "chains link to their editor"
    );
    assert!(tr.contains("Schritt 1: Titel"), "a chain's steps are named");
    assert!(tr.contains("href=\"/verwaltung/seiten/impressum\""));
}

/// Sets a single field of a form as a browser would send it (added when the form has none).
fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(k, _)| k == name) {
        Some(f) => f.1 = value.to_string(),
        None => fields.push((name.to_string(), value.to_string())),
    }
}

/// Posts the form at `path` (as it is shown) with `changes`, which must save.
async fn save(
    staff: &crate::support::Session,
    app: &TestApp,
    path: &str,
    changes: &[(&str, &str)],
) {
    save_to(staff, app, path, changes, "gespeichert").await;
}

/// As [`save`], for a form whose success goes to a page whose address contains `done`.
async fn save_to(
    staff: &crate::support::Session,
    app: &TestApp,
    path: &str,
    changes: &[(&str, &str)],
    done: &str,
) {
    let html = staff.page(path).await;
    let mut fields = crate::support::browser_form(&html, path);
    set(&mut fields, "csrf", &crate::support::form_token(&html));
    for (name, value) in changes {
        set(&mut fields, name, value);
    }
    let r = staff
        .post(app.url(path))
        .form(&fields)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let to = r
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = r.text().await.unwrap_or_default();
    assert!(
        status == 303 && to.contains(done),
        "{path} saved: {status} {to}\n{body}"
    );
}

/// A page, an event and a chain's step are translated beside their German text into every
/// language; readers get the translation; a German change leaves it outdated (readers get German,
/// the editor and the overview say so) until the editor confirms it.
async fn documents_are_translated_beside_german_and_go_out_of_date(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let staff = app.session("coordinator").await;

    // The office's page "about us", in Turkish.
    let path = "/verwaltung/seiten/ueber-uns";
    let form = staff.page(path).await;
    for lang in ["en", "tr", "ar", "ru", "uk", "vi", "pl", "de-ls"] {
        assert!(form.contains(&format!("name=\"title_{lang}\"")), "{lang}");
        assert!(form.contains(&format!("name=\"body_{lang}\"")), "{lang}");
    }
    save(&staff, &app, path, &[("title_tr", "Biz kimiz ve iletişim")]).await;
    let public = app.text("/ueber-uns?lang=tr", 200).await;
    assert!(
        public.contains(">Biz kimiz ve iletişim</h1>"),
        "the Turkish heading"
    );

    // German changes, Turkish does not: readers of Turkish get German until it is checked.
    save(&staff, &app, path, &[("title_de", "Über uns")]).await;
    let public = app.text("/ueber-uns?lang=tr", 200).await;
    assert!(
        !public.contains("Biz kimiz ve iletişim")
            && public.contains("<h1 lang=\"de\">Über uns</h1>"),
        "{}",
        public.split("<h1").nth(1).unwrap_or_default()
    );
    let form = staff.page(path).await;
    assert!(form.contains("Veraltet, bitte prüfen"));
    assert!(form.contains("name=\"confirm\" value=\"tr:title\""));
    let overview = staff.page("/verwaltung/uebersetzungen?sprache=tr").await;
    assert!(
        overview.contains("veraltet: Überschrift"),
        "the overview names it"
    );
    save(&staff, &app, path, &[("confirm", "tr:title")]).await;
    let public = app.text("/ueber-uns?lang=tr", 200).await;
    assert!(
        public.contains(">Biz kimiz ve iletişim</h1>"),
        "checked: Turkish again"
    );

    // An event, in Arabic and Vietnamese; English stays as it was.
    let list = staff.page("/verwaltung/termine").await;
    let id: i64 = list
        .split("href=\"/verwaltung/termine/")
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .next()
        .expect("an event");
    let path = format!("/verwaltung/termine/{id}");
    let before_en = app
        .text(&format!("/veranstaltungen/{id}?lang=en"), 200)
        .await;
    save(
        &staff,
        &app,
        &path,
        &[
            ("title_ar", "لقاء الآباء والأمهات"),
            ("description_vi", "Gặp gỡ cha mẹ đơn thân."),
        ],
    )
    .await;
    let ar = app
        .text(&format!("/veranstaltungen/{id}?lang=ar"), 200)
        .await;
    assert!(ar.contains("لقاء الآباء والأمهات"), "the Arabic title");
    let vi = app
        .text(&format!("/veranstaltungen/{id}?lang=vi"), 200)
        .await;
    assert!(
        vi.contains("Gặp gỡ cha mẹ đơn thân."),
        "the Vietnamese description"
    );
    let en = app
        .text(&format!("/veranstaltungen/{id}?lang=en"), 200)
        .await;
    let h1 = |html: &str| {
        html.split("<h1")
            .nth(1)
            .and_then(|h| h.split("</h1>").next())
            .map(str::to_string)
    };
    assert_eq!(h1(&en), h1(&before_en), "English kept");

    // A chain's step: its documents translated line by line, an untranslated one left blank.
    let chains = staff.page("/verwaltung/wege").await;
    let chain: i64 = chains
        .split("href=\"/verwaltung/wege/")
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .next()
        .expect("a chain");
    let chain_page = staff.page(&format!("/verwaltung/wege/{chain}")).await;
    let step_path = chain_page
        .split(&format!("href=\"/verwaltung/wege/{chain}/schritte/"))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(|key| format!("/verwaltung/wege/{chain}/schritte/{key}"))
        .expect("a step");
    let step = staff.page(&step_path).await;
    let documents = crate::support::browser_form(&step, &step_path)
        .into_iter()
        .find(|(k, _)| k == "documents_de")
        .map(|(_, v)| v)
        .unwrap_or_default();
    let lines = documents.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(lines >= 2, "the demo step lists documents: {documents:?}");
    let ukrainian = format!("\n{}", vec!["Документ"; lines - 1].join("\n"));
    save(
        &staff,
        &app,
        &step_path,
        &[
            ("title_uk", "Крок українською"),
            ("documents_uk", &ukrainian),
        ],
    )
    .await;
    let step = staff.page(&step_path).await;
    let sent = crate::support::browser_form(&step, &step_path);
    let value = |name: &str| {
        sent.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("title_uk"), "Крок українською");
    assert_eq!(
        value("documents_uk"),
        ukrainian,
        "the first document stays untranslated"
    );
}

/// The text of the page's first `<h1>` (its attributes dropped).
fn heading(html: &str) -> String {
    html.split("<h1")
        .nth(1)
        .and_then(|h| h.split_once('>'))
        .and_then(|(_, rest)| rest.split("</h1>").next())
        .unwrap_or_default()
        .to_string()
}

/// Posts `form` with `changes` from `n` sessions' worth of parallel requests, each its own
/// variant (`{n}` in a value becomes the request's number); every one must answer 303.
async fn save_in_parallel(
    staff: &crate::support::Session,
    app: &TestApp,
    path: &str,
    changes: &[(&str, &str)],
    n: usize,
) {
    let html = staff.page(path).await;
    let mut base = crate::support::browser_form(&html, path);
    set(&mut base, "csrf", &crate::support::form_token(&html));
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let mut fields = base.clone();
            for (name, value) in changes {
                set(&mut fields, name, &value.replace("{n}", &i.to_string()));
            }
            let client = staff.client.clone();
            let url = app.url(path);
            tokio::spawn(async move {
                let r = client.post(url).form(&fields).send().await.expect("post");
                r.status().as_u16()
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.expect("task"), 303, "a parallel save of {path}");
    }
}

/// A group's people translate what it says about itself beside German, as the offer editors do:
/// readers get their language, a German change leaves the translation outdated until it is
/// written anew or confirmed, the overview counts it, and parallel saves never mix two saves'
/// texts. Only those who run a group may change it.
async fn groups_are_translated_beside_german(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // The demo's café, translated by its organisation.
    let list = app.text("/gruppen?lang=ar", 200).await;
    let id: i64 = list
        .split("href=\"/gruppen/")
        .find(|s| s.contains("مقهى الآباء والأمهات المنفردين"))
        .and_then(|s| s.split('"').next()?.parse().ok())
        .expect("the café in Arabic, with its link");
    assert!(list.contains(&format!("href=\"/gruppen/{id}\" lang=\"ar\">")));
    let path = format!("/gruppen/{id}/bearbeiten");

    // Nobody but its people changes it.
    let r = app.get(&path).await;
    assert_eq!(r.status(), 303, "a visitor is asked to sign in");
    let parent = app.session("parent").await;
    let r = parent.get(app.url(&path)).send().await.expect("get");
    assert_eq!(r.status(), 404, "a parent outside the group");

    let staff = app.session("coordinator").await;
    let group = staff.page(&format!("/gruppen/{id}")).await;
    assert!(
        group.contains(&format!("href=\"{path}\"")),
        "its people see the way to edit"
    );
    let form = staff.page(&path).await;
    for lang in ["en", "tr", "ar", "ru", "uk", "vi", "pl", "de-ls"] {
        for field in ["name", "description", "rhythm"] {
            assert!(
                form.contains(&format!("name=\"{field}_{lang}\"")),
                "{field}_{lang}"
            );
        }
    }
    // German changes, Vietnamese does not: Vietnamese readers get German with a note.
    save(
        &staff,
        &app,
        &path,
        &[(
            "description",
            "Kaffee, Kuchen und Gespräche; die Kinder spielen nebenan.",
        )],
    )
    .await;
    let vi = app.text(&format!("/gruppen/{id}?lang=vi"), 200).await;
    assert!(
        vi.contains("Nhóm này chỉ được mô tả bằng tiếng Đức."),
        "the note in Vietnamese"
    );
    assert!(vi.contains("<p class=\"lead\" lang=\"de\">Kaffee, Kuchen und Gespräche"));
    assert!(
        heading(&vi).starts_with("Quán cà phê cho cha mẹ đơn thân"),
        "the unchanged name stays Vietnamese: {}",
        heading(&vi)
    );
    let form = staff.page(&path).await;
    assert!(form.contains("Veraltet, bitte prüfen"));
    assert!(form.contains("name=\"confirm\" value=\"vi:description\""));
    let overview = staff.page("/verwaltung/uebersetzungen?sprache=vi").await;
    assert!(overview.contains("<th scope=\"row\">Gruppen und Treffs (veröffentlicht)</th>"));
    assert!(
        overview.contains(&format!("href=\"{path}\"")),
        "the group is listed with its form"
    );
    // Written anew: current at once.
    save(
        &staff,
        &app,
        &path,
        &[("description_vi", "Cà phê, bánh và trò chuyện.")],
    )
    .await;
    let vi = app.text(&format!("/gruppen/{id}?lang=vi"), 200).await;
    assert!(vi.contains("<p class=\"lead\" lang=\"vi\">Cà phê, bánh và trò chuyện.</p>"));
    assert!(!vi.contains("Nhóm này chỉ được mô tả bằng tiếng Đức."));
    // A mistake is answered at its field and nothing is saved.
    let html = staff.page(&path).await;
    let mut fields = crate::support::browser_form(&html, &path);
    set(&mut fields, "csrf", &crate::support::form_token(&html));
    set(&mut fields, "name", "");
    set(&mut fields, "name_en", "Nameless");
    let r = staff
        .post(app.url(&path))
        .form(&fields)
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 422);
    let body = r.text().await.expect("body");
    assert!(body.contains("id=\"e-name\""));
    assert!(
        body.contains("name=\"confirm\" value=\"tr:description\""),
        "the form shown again still marks what is outdated"
    );
    assert!(
        !app.text(&format!("/gruppen/{id}?lang=en"), 200)
            .await
            .contains("Nameless")
    );

    // Six saves at once: the German name and its Vietnamese one always come from the same save.
    save_in_parallel(
        &staff,
        &app,
        &path,
        &[
            ("name", "Café Nummer {n} (Beispiel)"),
            ("name_vi", "Quán số {n} (Beispiel)"),
        ],
        6,
    )
    .await;
    let de = heading(&app.text(&format!("/gruppen/{id}"), 200).await);
    let vi = heading(&app.text(&format!("/gruppen/{id}?lang=vi"), 200).await);
    let n = de
        .strip_prefix("Café Nummer ")
        .and_then(|r| r.split(' ').next())
        .unwrap_or_else(|| panic!("one of the saves: {de}"));
    assert_eq!(vi, format!("Quán số {n} (Beispiel)"), "German: {de}");
}

/// A company's job in other languages: written beside German in the job form, read in the
/// reader's language and found by its words there, German with a note where it is missing or
/// outdated; parallel saves never mix two saves' texts.
async fn jobs_are_translated_beside_german(backend: Backend) {
    use crate::http_employers::{company, job_form, register};
    let app = TestApp::spawn(backend).await;
    let mut f = company("Pflegedienst Übersetzt (Test)", "yes");
    f.push(("email".into(), "pflege@example.de".into()));
    assert_eq!(register(&app, 1, &f).await.status(), 200);
    let e = crate::support::signed_in(&app, "pflege@example.de").await;
    let days: Vec<(&str, &str, &str)> = ["mon", "tue", "wed", "thu", "fri"]
        .iter()
        .map(|d| (*d, "08:30", "13:30"))
        .collect();
    let fields = job_form(
        "Pflegehilfe am Vormittag",
        &days,
        &[
            ("title_vi", "Phụ tá điều dưỡng buổi sáng"),
            ("description_vi", "Chăm sóc người cao tuổi vào buổi sáng."),
            ("title_en", "Care assistant, mornings"),
        ],
    );
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = e.post_form("/arbeitgeber/konto/jobs/neu", &refs).await;
    assert_eq!(r.status(), 303);
    let coordinator = app.session("coordinator").await;
    let queue = coordinator.page("/verwaltung/arbeitgeber").await;
    let company_id: String = queue
        .split("action=\"/verwaltung/arbeitgeber/")
        .filter_map(|s| s.split('"').next())
        .find(|s| s.parse::<i64>().is_ok())
        .expect("the registration")
        .to_string();
    let r = coordinator
        .post_form(
            &format!("/verwaltung/arbeitgeber/{company_id}"),
            &[("entscheidung", "veroeffentlichen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let own = e.page("/arbeitgeber/konto").await;
    let job: i64 = own
        .split("href=\"/arbeitgeber/konto/jobs/")
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .next()
        .expect("the job");

    let vi = app.text(&format!("/jobs/{job}?lang=vi"), 200).await;
    assert_eq!(heading(&vi), "Phụ tá điều dưỡng buổi sáng");
    assert!(vi.contains("<h1 lang=\"vi\">"));
    assert!(vi.contains("lang=\"vi\">Chăm sóc người cao tuổi vào buổi sáng.</p>"));
    assert!(!vi.contains("Công việc này chỉ được mô tả bằng tiếng Đức."));
    let found = app.text("/jobs?lang=vi&q=d%C6%B0%E1%BB%A1ng", 200).await;
    assert!(
        found.contains(&format!("href=\"/jobs/{job}\" lang=\"vi\"")),
        "found by a Vietnamese word"
    );
    let en = app.text(&format!("/jobs/{job}?lang=en"), 200).await;
    assert_eq!(heading(&en), "Care assistant, mornings");
    assert!(
        en.contains("This job is described in German only."),
        "no English description"
    );
    let tr = app.text(&format!("/jobs/{job}?lang=tr"), 200).await;
    assert_eq!(heading(&tr), "Pflegehilfe am Vormittag");
    assert!(tr.contains("<h1 lang=\"de\">"));
    assert!(tr.contains("Bu iş ilanı yalnızca Almanca yazılmıştır."));

    // German changes, the Vietnamese title does not: German until it is confirmed.
    let path = format!("/arbeitgeber/konto/jobs/{job}");
    save_to(
        &e,
        &app,
        &path,
        &[("title", "Pflegehilfe vormittags")],
        "hinweis=stelle",
    )
    .await;
    let vi = app.text(&format!("/jobs/{job}?lang=vi"), 200).await;
    assert_eq!(heading(&vi), "Pflegehilfe vormittags");
    let form = e.page(&path).await;
    assert!(form.contains("Veraltet, bitte prüfen"));
    let overview = coordinator
        .page("/verwaltung/uebersetzungen?sprache=vi")
        .await;
    assert!(
        overview.contains(&format!("href=\"/jobs/{job}\"")),
        "the overview names the job"
    );
    save_to(
        &e,
        &app,
        &path,
        &[("confirm", "vi:title")],
        "hinweis=stelle",
    )
    .await;
    let vi = app.text(&format!("/jobs/{job}?lang=vi"), 200).await;
    assert_eq!(heading(&vi), "Phụ tá điều dưỡng buổi sáng");

    save_in_parallel(
        &e,
        &app,
        &path,
        &[
            ("title", "Pflegehilfe Nummer {n}"),
            ("title_vi", "Phụ tá số {n}"),
        ],
        6,
    )
    .await;
    let de = heading(&app.text(&format!("/jobs/{job}"), 200).await);
    let vi = heading(&app.text(&format!("/jobs/{job}?lang=vi"), 200).await);
    let n = de
        .strip_prefix("Pflegehilfe Nummer ")
        .unwrap_or_else(|| panic!("one of the saves: {de}"));
    assert_eq!(vi, format!("Phụ tá số {n}"));
}

crate::both_backends! {
    group_translations => super::groups_are_translated_beside_german;
    job_translations => super::jobs_are_translated_beside_german;
    coordinator_translation_overview => super::the_coordinator_sees_what_is_missing_per_language;
    document_translations => super::documents_are_translated_beside_german_and_go_out_of_date;
}
