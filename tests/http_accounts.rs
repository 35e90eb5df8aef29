//! Accounts and the security every module inherits: login, sessions, CSRF, throttling, and the
//! route × role table.

use std::process::Command;

use crate::both_backends;
use crate::support::{Backend, TestApp, fresh_database};

const PASSWORD: &str = "ein sicheres Passwort";

pub(crate) fn add_user(app: &TestApp, email: &str, role: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["user", "add", "--database-url", &app.database_url])
        .args(["--data-dir", &crate::support::temp_dir().to_string_lossy()])
        .args(["--email", email, "--role", role])
        .env("WEGWEISER_PASSWORD", PASSWORD)
        .env("WEGWEISER_LOG", "warn")
        .env("WEGWEISER_TEST_CLOCK", crate::support::CLOCK)
        .output()
        .expect("run wegweiser user add");
    assert!(
        out.status.success(),
        "user add failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub(crate) fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The back-office pages only the coordinator is offered on the dashboard.
const COORDINATOR_LINKS: [&str; 9] = [
    "/verwaltung/einladen",
    "/verwaltung/pruefen",
    "/verwaltung/traeger",
    "/verwaltung/kategorien",
    "/verwaltung/synonyme",
    "/verwaltung/wege",
    "/verwaltung/beitraege",
    "/verwaltung/newsletter",
    "/verwaltung/protokoll",
];

pub(crate) fn form_token(html: &str) -> String {
    let start = html.find("name=\"csrf\" value=\"").expect("csrf field") + 19;
    html[start..].split('"').next().unwrap_or("").to_string()
}

fn error_message(html: &str) -> String {
    let start = html.find("id=\"login-error\"").expect("error message");
    let rest = &html[start..];
    rest[rest.find('>').unwrap_or(0) + 1..rest.find("</p>").unwrap_or(0)].to_string()
}

/// Opens the login page and posts the form; returns the response.
async fn login(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let page = client
        .get(app.url("/anmelden"))
        .send()
        .await
        .expect("login page");
    assert_eq!(page.status(), 200);
    let token = form_token(&page.text().await.expect("body"));
    client
        .post(app.url("/anmelden"))
        .form(&[("email", email), ("password", password), ("csrf", &token)])
        .send()
        .await
        .expect("post login")
}

pub(crate) async fn signed_in(app: &TestApp, email: &str) -> reqwest::Client {
    let c = browser();
    let r = login(app, &c, email, PASSWORD).await;
    assert_eq!(r.status(), 303, "login of {email}");
    c
}

async fn login_sessions_csrf_and_logout(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");

    // Without the form token, or from another site: refused.
    let c = browser();
    let r = c
        .post(app.url("/anmelden"))
        .form(&[("email", "koordination@example.de"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let page = c
        .get(app.url("/anmelden"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = c
        .post(app.url("/anmelden"))
        .header("Origin", "https://elsewhere.example")
        .form(&[
            ("email", "koordination@example.de"),
            ("password", PASSWORD),
            ("csrf", &form_token(&page)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // A session cookie planted before login is replaced by a new one.
    let r = login(&app, &c, "Koordination@Example.de ", PASSWORD).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/verwaltung");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("ww_session="));
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attr), "{cookie} lacks {attr}");
    }
    let first = cookie.split(';').next().unwrap().to_string();
    let r = login(&app, &c, "koordination@example.de", PASSWORD).await;
    let second = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert_ne!(first, second, "the session id changes at login");
    let stale = browser();
    let r = stale
        .get(app.url("/verwaltung"))
        .header("Cookie", &first)
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        303,
        "the session before the new login has ended"
    );

    let home = c.get(app.url("/verwaltung")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    assert_eq!(home.headers()["cache-control"], "no-store");
    let html = home.text().await.unwrap();
    assert!(html.contains("koordination@example.de"));
    // One tile per area: every editor of the back office is linked for the coordinator.
    for link in
        COORDINATOR_LINKS
            .iter()
            .chain(&["/konto", "/verwaltung/angebote", "/verwaltung/termine"])
    {
        assert!(html.contains(&format!("href=\"{link}\"")), "{link}");
    }
    assert!(html.contains("Anmeldung"), "the audit log lists the login");
    let log = c
        .get(app.url("/verwaltung/protokoll"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains("Fehlgeschlagene Anmeldung") || log.contains("Anmeldung"));
    assert!(
        log.contains("koordination@example.de"),
        "the whole log names who"
    );

    // Logout needs the session's form token, and ends the session on the server.
    let r = c
        .post(app.url("/abmelden"))
        .form(&[("csrf", "falsch")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = c
        .post(app.url("/abmelden"))
        .form(&[("csrf", form_token(&html))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = stale
        .get(app.url("/verwaltung"))
        .header("Cookie", &second)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "the old cookie opens nothing after logout");
    assert_eq!(r.headers()["location"], "/anmelden?next=%2Fverwaltung");
}

async fn wrong_passwords_are_throttled_alike(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "traeger@example.de", "provider_editor");
    let c = browser();
    let known = login(&app, &c, "traeger@example.de", "falsches Passwort").await;
    assert_eq!(known.status(), 401);
    let known = error_message(&known.text().await.unwrap());
    let unknown = login(&app, &c, "niemand@example.de", "falsches Passwort").await;
    assert_eq!(unknown.status(), 401);
    assert_eq!(
        error_message(&unknown.text().await.unwrap()),
        known,
        "no hint whether the account exists"
    );
    assert!(known.contains("stimmen nicht"));

    for _ in 1..10 {
        let r = login(&app, &c, "traeger@example.de", "falsches Passwort").await;
        assert!([401, 429].contains(&r.status().as_u16()));
    }
    // Ten failures in a row: the right password does not get in at once.
    let r = login(&app, &c, "traeger@example.de", PASSWORD).await;
    assert_eq!(r.status(), 429);
    let msg = error_message(&r.text().await.unwrap());
    assert!(msg.contains("Zu viele Versuche"), "{msg}");
    let other = login(&app, &browser(), "niemand@example.de", PASSWORD).await;
    assert_eq!(
        other.status(),
        429,
        "the address is throttled too, known account or not"
    );
}

#[derive(Clone, Copy, Debug)]
enum Who {
    Anonymous,
    Role(&'static str),
}

const ROLES: [Who; 6] = [
    Who::Anonymous,
    Who::Role("coordinator"),
    Who::Role("provider_editor"),
    Who::Role("employer"),
    Who::Role("ag_member"),
    Who::Role("parent"),
];

async fn every_route_answers_every_role_as_the_table_says(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let offers = app.json("/api/v1/offers?per_page=1", 200).await;
    let offer = offers["items"][0]["id"].as_i64().expect("an offer");
    let org = offers["items"][0]["organization"]["id"]
        .as_i64()
        .expect("its organisation");
    // Expected status per column of ROLES: anonymous, coordinator, provider, employer, AG, parent.
    let all = |s: u16| [s; 6];
    let staff = [303, 200, 200, 403, 403, 403];
    // Signed-in forms need their token: a post without it is refused (403) even for the coordinator.
    let coordinator_only_get = [303, 200, 403, 403, 403, 403];
    let coordinator_only_post = [303, 403, 403, 403, 403, 403];
    let table: Vec<(&str, String, [u16; 6])> = vec![
        ("GET", "/".into(), all(200)),
        ("GET", "/angebote?q=Beratung".into(), all(200)),
        ("GET", format!("/angebote/{offer}"), all(200)),
        ("GET", format!("/angebote/{offer}/druck"), all(200)),
        ("GET", format!("/angebote/{offer}/fehler"), all(200)),
        ("POST", format!("/angebote/{offer}/fehler"), all(403)),
        (
            "POST",
            "/verwaltung/meldungen/1/erledigt".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        ("GET", format!("/traeger/{org}"), all(200)),
        ("GET", "/ortsteile".into(), all(200)),
        ("GET", "/ortsteile/karlshorst".into(), all(200)),
        ("GET", "/kategorien".into(), all(200)),
        ("GET", "/kategorien/beratung".into(), all(200)),
        ("GET", "/notfall".into(), all(200)),
        ("GET", "/leistungs-check".into(), all(200)),
        ("GET", "/veranstaltungen".into(), all(200)),
        ("GET", "/veranstaltungen.ics".into(), all(200)),
        ("GET", "/veranstaltungen/1".into(), all(200)),
        ("GET", "/veranstaltungen/1/kalender.ics".into(), all(200)),
        ("GET", "/veranstaltungen/7".into(), all(200)),
        ("GET", "/veranstaltungen/1/aushang".into(), all(200)),
        ("GET", "/veranstaltungen/1/qr.svg".into(), all(200)),
        ("GET", format!("/angebote/{offer}/aushang"), all(200)),
        ("GET", format!("/angebote/{offer}/qr.svg"), all(200)),
        // Registering needs the form's token (anonymous or not).
        ("POST", "/veranstaltungen/7/anmelden".into(), all(403)),
        ("GET", "/anmeldung/unbekannt".into(), all(404)),
        ("GET", "/verwaltung/termine".into(), staff),
        ("GET", "/verwaltung/termine/neu".into(), staff),
        ("POST", "/verwaltung/termine".into(), coordinator_only_post),
        // Event 1 belongs to an example organisation no test editor works for.
        ("GET", "/verwaltung/termine/1".into(), coordinator_only_get),
        (
            "POST",
            "/verwaltung/termine/1".into(),
            coordinator_only_post,
        ),
        ("POST", "/anmeldung/unbekannt".into(), all(403)),
        ("GET", "/aktuelles".into(), all(200)),
        ("GET", "/aktuelles.atom".into(), all(200)),
        ("GET", "/aktuelles/gibt-es-nicht".into(), all(404)),
        ("GET", "/aktionen/aktionswoche-beispiel".into(), all(200)),
        (
            "GET",
            "/aktionen/aktionswoche-beispiel/aushang".into(),
            all(200),
        ),
        (
            "GET",
            "/aktionen/aktionswoche-beispiel/qr.svg".into(),
            all(200),
        ),
        ("GET", "/veranstaltungen.atom".into(), all(200)),
        ("GET", "/newsletter".into(), all(200)),
        ("POST", "/newsletter".into(), all(403)),
        ("GET", "/newsletter/bestaetigen/unbekannt".into(), all(404)),
        ("POST", "/newsletter/bestaetigen/unbekannt".into(), all(403)),
        // Leaving needs no form token: mail programs post the one-click request themselves.
        ("GET", "/newsletter/abmelden/unbekannt".into(), all(200)),
        ("POST", "/newsletter/abmelden/unbekannt".into(), all(200)),
        ("GET", "/verwaltung/beitraege".into(), coordinator_only_get),
        (
            "GET",
            "/verwaltung/beitraege/neu".into(),
            coordinator_only_get,
        ),
        (
            "POST",
            "/verwaltung/beitraege".into(),
            coordinator_only_post,
        ),
        ("GET", "/verwaltung/newsletter".into(), coordinator_only_get),
        (
            "POST",
            "/verwaltung/newsletter".into(),
            coordinator_only_post,
        ),
        (
            "GET",
            "/verwaltung/newsletter/999".into(),
            [303, 404, 403, 403, 403, 403],
        ),
        ("GET", "/wege".into(), all(200)),
        ("GET", "/wege/kita-platz".into(), all(200)),
        ("GET", "/wege/kita-platz/drucken".into(), all(200)),
        ("GET", "/wege/kita-platz/qr.svg".into(), all(200)),
        ("GET", "/wege/kita-platz/aushang".into(), all(200)),
        // No step named: a bad request for everyone (ticking needs no account).
        ("POST", "/wege/kita-platz/fortschritt".into(), all(400)),
        ("GET", "/verwaltung/wege".into(), coordinator_only_get),
        ("POST", "/verwaltung/wege".into(), coordinator_only_post),
        ("GET", "/verwaltung/wege/1".into(), coordinator_only_get),
        ("POST", "/verwaltung/wege/1".into(), coordinator_only_post),
        (
            "GET",
            "/verwaltung/wege/1/vorschau".into(),
            coordinator_only_get,
        ),
        (
            "GET",
            "/verwaltung/wege/1/schritte/s1".into(),
            coordinator_only_get,
        ),
        (
            "POST",
            "/verwaltung/wege/1/schritte/s1".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/verwaltung/wege/1/schritte".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/verwaltung/wege/1/status".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/verwaltung/wege/1/verschieben".into(),
            coordinator_only_post,
        ),
        ("GET", "/anmelden".into(), all(200)),
        ("GET", "/passwort-vergessen".into(), all(200)),
        ("POST", "/passwort-vergessen".into(), all(403)),
        ("POST", "/anmelden".into(), all(403)),
        ("POST", "/abmelden".into(), all(403)),
        ("GET", "/verwaltung".into(), staff),
        ("GET", "/konto".into(), [303, 200, 200, 200, 200, 200]),
        ("GET", "/konto/daten".into(), [303, 200, 200, 200, 200, 200]),
        (
            "POST",
            "/konto/loeschen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/verwaltung/einladen".into(),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/verwaltung/einladen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        ("GET", "/passwort/unbekannt".into(), all(410)),
        ("GET", "/bestaetigen/unbekannt".into(), all(410)),
        ("GET", "/verwaltung/angebote".into(), staff),
        (
            "POST",
            "/verwaltung/angebote".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            format!("/verwaltung/angebote/{offer}/status"),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            format!("/verwaltung/angebote/{offer}"),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "POST",
            format!("/verwaltung/angebote/{offer}"),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/verwaltung/pruefen".into(),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/verwaltung/pruefen/1".into(),
            [303, 404, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/verwaltung/pruefen/1".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        ("POST", "/passwort/unbekannt".into(), all(403)),
        ("POST", "/bestaetigen/unbekannt".into(), all(403)),
        ("GET", "/api/v1/offers".into(), all(200)),
        ("GET", format!("/api/v1/offers/{offer}"), all(200)),
        ("GET", "/api/v1/categories".into(), all(200)),
        ("GET", "/api/v1/ortsteile".into(), all(200)),
        ("GET", "/sitemap.xml".into(), all(200)),
        ("GET", "/robots.txt".into(), all(200)),
        ("GET", "/healthz".into(), all(200)),
        ("GET", "/readyz".into(), all(200)),
        ("GET", "/metrics".into(), all(200)),
        ("GET", "/static/style.css".into(), all(200)),
        ("GET", "/favicon.ico".into(), all(200)),
        ("GET", "/gibt-es-nicht".into(), all(404)),
    ];
    for (i, who) in ROLES.iter().enumerate() {
        let client = match who {
            Who::Anonymous => browser(),
            Who::Role(role) => {
                let email = format!("{role}@example.de");
                add_user(&app, &email, role);
                signed_in(&app, &email).await
            }
        };
        for (method, path, expected) in &table {
            let req = match *method {
                "POST" => client.post(app.url(path)).form(&[("x", "1")]),
                _ => client.get(app.url(path)),
            };
            let status = req.send().await.expect("request").status().as_u16();
            assert_eq!(status, expected[i], "{method} {path} as {who:?}");
        }
    }
}

async fn user_add_refuses_bad_input(backend: Backend) {
    let url = fresh_database(backend).await;
    let run = |email: &str, role: &str, pw: &str| {
        Command::new(env!("CARGO_BIN_EXE_wegweiser"))
            .args(["user", "add", "--database-url", &url])
            .args(["--data-dir", &crate::support::temp_dir().to_string_lossy()])
            .args(["--email", email, "--role", role])
            .env("WEGWEISER_PASSWORD", pw)
            .env("WEGWEISER_LOG", "warn")
            .env("WEGWEISER_TEST_CLOCK", crate::support::CLOCK)
            .output()
            .expect("run")
    };
    let bad_email = run("keine-adresse", "coordinator", PASSWORD);
    assert!(!bad_email.status.success());
    assert!(String::from_utf8_lossy(&bad_email.stderr).contains("not a valid e-mail address"));
    let bad_role = run("a@example.de", "admin", PASSWORD);
    assert!(String::from_utf8_lossy(&bad_role.stderr).contains("unknown role admin"));
    let short = run("a@example.de", "coordinator", "kurz");
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    assert!(
        run("a@example.de", "coordinator", PASSWORD)
            .status
            .success()
    );
    let twice = run("A@example.de", "parent", PASSWORD);
    assert!(!twice.status.success(), "one account per address");
}

both_backends! {
    login_sessions_csrf_and_logout => super::login_sessions_csrf_and_logout;
    wrong_passwords_are_throttled_alike => super::wrong_passwords_are_throttled_alike;
    every_route_answers_every_role_as_the_table_says => super::every_route_answers_every_role_as_the_table_says;
    user_add_refuses_bad_input => super::user_add_refuses_bad_input;
}

fn link_in(mail: &str) -> String {
    let start = mail.find("/passwort/").expect("a link in the mail");
    let end = mail[start..]
        .find(|c: char| c.is_whitespace())
        .map(|e| start + e)
        .unwrap_or(mail.len());
    mail[start..end].to_string()
}

async fn invitation_mail_sets_a_password_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let coordinator = signed_in(&app, "koordination@example.de").await;
    let form = coordinator
        .get(app.url("/verwaltung/einladen"))
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200);
    let token = form_token(&form.text().await.unwrap());
    let org = app.json("/api/v1/offers?per_page=1", 200).await["items"][0]["organization"]["id"]
        .as_i64()
        .unwrap()
        .to_string();

    // Bad input: messages at the fields, what was typed is kept, nothing is sent.
    let r = coordinator
        .post(app.url("/verwaltung/einladen"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "rita at traeger"),
            ("name", "Rita"),
            ("role", "provider_editor"),
            ("organization", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"e-email\""),
        "message at the e-mail field"
    );
    assert!(
        html.contains("id=\"e-org\""),
        "message at the organisation field"
    );
    assert!(
        html.contains("value=\"rita at traeger\""),
        "the input is kept"
    );
    assert!(app.outbox(0).await.is_empty());

    let r = coordinator
        .post(app.url("/verwaltung/einladen"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "Rita@Traeger.de"),
            ("name", "Rita"),
            ("role", "provider_editor"),
            ("organization", org.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("rita@traeger.de ist unterwegs")
    );
    let again = coordinator
        .post(app.url("/verwaltung/einladen"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "rita@traeger.de"),
            ("role", "provider_editor"),
            ("organization", org.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 422, "one account per address");

    let mails = app.outbox(1).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: rita@traeger.de"));
    assert!(mails[0].contains("Subject: Einladung zum Wegweiser Lichtenberg"));
    let link = link_in(&mails[0]);

    // Before the password is set, the invited account cannot sign in.
    let r = login(&app, &browser(), "rita@traeger.de", PASSWORD).await;
    assert_eq!(r.status(), 401);

    let rita = browser();
    let page = rita.get(app.url(&link)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let token = form_token(&page.text().await.unwrap());
    let r = rita
        .post(app.url(&link))
        .form(&[
            ("csrf", token.as_str()),
            ("password", PASSWORD),
            ("repeat", "etwas anderes hier"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("stimmen nicht überein"));
    let r = rita
        .post(app.url(&link))
        .form(&[
            ("csrf", token.as_str()),
            ("password", PASSWORD),
            ("repeat", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let home = rita
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("rita@traeger.de"));
    // Her tiles: her account, her offers and events; none of the coordinator's editors.
    for own in ["/konto", "/verwaltung/angebote", "/verwaltung/termine"] {
        assert!(home.contains(&format!("href=\"{own}\"")), "{own}");
    }
    for theirs in COORDINATOR_LINKS {
        assert!(!home.contains(&format!("href=\"{theirs}\"")), "{theirs}");
    }
    assert!(
        !home.contains("Protokoll"),
        "the audit log is the coordinator's alone"
    );

    // The link works once; the new password signs in.
    assert_eq!(
        browser().get(app.url(&link)).send().await.unwrap().status(),
        410
    );
    assert_eq!(
        login(&app, &browser(), "rita@traeger.de", PASSWORD)
            .await
            .status(),
        303
    );
    let log = coordinator
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains("Person eingeladen") && log.contains("Passwort festgelegt"));
}

both_backends! {
    invitation_mail_sets_a_password_once => super::invitation_mail_sets_a_password_once;
}

async fn edit_form(
    client: &reqwest::Client,
    app: &TestApp,
    offer: i64,
) -> (String, Vec<(String, String)>) {
    let html = client
        .get(app.url(&format!("/verwaltung/angebote/{offer}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let value = |name: &str| -> String {
        let marker = format!("name=\"{name}\"");
        let at = html.find(&marker).unwrap_or_else(|| panic!("field {name}"));
        let tail = &html[at..];
        let tag = &html[html[..at].rfind('<').unwrap_or(0)..at];
        if tag.starts_with("<textarea") {
            let start = tail.find('>').unwrap() + 1;
            let end = tail.find("</textarea>").unwrap();
            return tail[start..end].to_string();
        }
        if tag.starts_with("<select") {
            let sel = tail.find(" selected").unwrap();
            let v = tail[..sel].rfind("value=\"").unwrap() + 7;
            return tail[v..sel].trim_end_matches('"').to_string();
        }
        let v = tail.find("value=\"").unwrap() + 7;
        tail[v..].split('"').next().unwrap().to_string()
    };
    let fields = [
        "name",
        "summary",
        "description",
        "eligibility",
        "how_to_access",
        "cost",
        "access",
        "phone",
        "email",
        "website",
        "hours",
        "closed_reason",
    ]
    .iter()
    .map(|f| (f.to_string(), unescape(&value(f))))
    .collect();
    (form_token(&html), fields)
}

fn unescape(s: &str) -> String {
    s.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&#60;", "<")
}

async fn post_edit(
    client: &reqwest::Client,
    app: &TestApp,
    offer: i64,
    changes: &[(&str, &str)],
) -> reqwest::Response {
    let (token, mut fields) = edit_form(client, app, offer).await;
    for (k, v) in changes {
        if let Some(f) = fields.iter_mut().find(|(n, _)| n == k) {
            f.1 = v.to_string();
        }
    }
    fields.push(("csrf".into(), token));
    client
        .post(app.url(&format!("/verwaltung/angebote/{offer}")))
        .form(&fields)
        .send()
        .await
        .unwrap()
}

/// A provider editor's change waits for review; the coordinator sees the diff and approves; the
/// public page shows it; a second, unapproved change stays private.
async fn provider_changes_wait_for_review(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let coordinator = signed_in(&app, "koordination@example.de").await;
    let offers = app
        .json("/api/v1/offers?q=Sozialberatung&per_page=1", 200)
        .await;
    let offer = offers["items"][0]["id"].as_i64().unwrap();
    let org = offers["items"][0]["organization"]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let other = app.json("/api/v1/offers?per_page=100", 200).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organization"]["id"].as_i64().map(|i| i.to_string()) != Some(org.clone()))
        .and_then(|o| o["id"].as_i64())
        .unwrap();
    let token = form_token(
        &coordinator
            .get(app.url("/verwaltung/einladen"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let r = coordinator
        .post(app.url("/verwaltung/einladen"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "rita@traeger.de"),
            ("role", "provider_editor"),
            ("organization", org.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let link = link_in(&app.outbox(1).await[0]);
    let rita = browser();
    let token = form_token(
        &rita
            .get(app.url(&link))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let r = rita
        .post(app.url(&link))
        .form(&[
            ("csrf", token.as_str()),
            ("password", PASSWORD),
            ("repeat", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    // Only the own organisation's offers.
    let list = rita
        .get(app.url("/verwaltung/angebote"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains(&format!("/verwaltung/angebote/{offer}\"")));
    assert_eq!(
        rita.get(app.url(&format!("/verwaltung/angebote/{other}")))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );

    // Bad input: message at the field, nothing saved.
    let r = post_edit(&rita, &app, offer, &[("hours", "montags vormittags")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("id=\"e-hours\""));

    let r = post_edit(
        &rita,
        &app,
        offer,
        &[
            ("summary", "Neue Sprechzeiten ab Dezember"),
            ("hours", "Mo-Do 09:00-15:00"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let public = app.text(&format!("/angebote/{offer}"), 200).await;
    assert!(
        !public.contains("Neue Sprechzeiten ab Dezember"),
        "not public before approval"
    );

    let queue = coordinator
        .get(app.url("/verwaltung/pruefen"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = queue
        .find("/verwaltung/pruefen/")
        .expect("a waiting change");
    let review_path: String = queue[start..].split('"').next().unwrap().to_string();
    let review = coordinator
        .get(app.url(&review_path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        review.contains("<ins>Neue Sprechzeiten ab Dezember</ins>"),
        "new value in the diff"
    );
    assert!(
        review.contains("<ins>Mo,Di,Mi,Do 09:00-15:00</ins>")
            || review.contains("<ins>Mo-Do 09:00-15:00</ins>")
    );
    assert!(
        !review.contains(">Telefon<"),
        "unchanged fields are not listed"
    );
    let r = coordinator
        .post(app.url(&review_path))
        .form(&[
            ("csrf", form_token(&review).as_str()),
            ("decision", "approve"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let public = app.text(&format!("/angebote/{offer}"), 200).await;
    assert!(
        public.contains("Neue Sprechzeiten ab Dezember"),
        "public after approval"
    );
    let english = app.text(&format!("/angebote/{offer}?lang=en"), 200).await;
    assert!(
        english.contains("Neue Sprechzeiten ab Dezember"),
        "the outdated English summary gives way to the new German one"
    );

    // A second change, not approved, stays private; the search index follows approved changes only.
    let r = post_edit(&rita, &app, offer, &[("summary", "Noch nicht freigegeben")]).await;
    assert_eq!(r.status(), 303);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert!(
        !app.text(&format!("/angebote/{offer}"), 200)
            .await
            .contains("Noch nicht freigegeben")
    );
    let found = app
        .json("/api/v1/offers?q=Sprechzeiten+Dezember", 200)
        .await;
    assert_eq!(
        found["items"][0]["id"].as_i64(),
        Some(offer),
        "the approved text is findable"
    );
    assert_eq!(
        app.json("/api/v1/offers?q=freigegeben", 200).await["total"],
        0
    );

    // Sent back with a comment: the editor sees it.
    let queue = coordinator
        .get(app.url("/verwaltung/pruefen"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = queue
        .find("/verwaltung/pruefen/")
        .expect("the second change waits");
    let review_path: String = queue[start..].split('"').next().unwrap().to_string();
    let review = coordinator
        .get(app.url(&review_path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = coordinator
        .post(app.url(&review_path))
        .form(&[
            ("csrf", form_token(&review).as_str()),
            ("decision", "return"),
            ("comment", "Bitte mit Datum"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let page = rita
        .get(app.url(&format!("/verwaltung/angebote/{offer}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Bitte mit Datum"));

    // The coordinator's own edit is live at once.
    let r = post_edit(
        &coordinator,
        &app,
        offer,
        &[("name", "Offene Sozialberatung (geändert)")],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert!(
        app.text(&format!("/angebote/{offer}"), 200)
            .await
            .contains("Offene Sozialberatung (geändert)")
    );
}

both_backends! {
    provider_changes_wait_for_review => super::provider_changes_wait_for_review;
}

/// An entry not confirmed for ten months: its editors get a reminder mail, the public page says so,
/// the coordinator's dashboard lists it; one click on the mail's link confirms it and clears all three.
async fn stale_offers_are_reminded_and_confirmed(backend: Backend) {
    use wegweiser_domain::accounts::{Role, hash_password};

    let url = fresh_database(backend).await;
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["demo", "--database-url", &url])
        .args(["--data-dir", &crate::support::temp_dir().to_string_lossy()])
        .env("WEGWEISER_LOG", "warn")
        .env("WEGWEISER_TEST_CLOCK", crate::support::CLOCK)
        .output()
        .expect("load demo content");
    assert!(out.status.success());
    let db = wegweiser_store::Db::connect(&url).await.unwrap();
    let offer = db
        .published_offers(wegweiser_store::OfferSelect::All)
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name.de == "Offene Familien- und Sozialberatung")
        .expect("demo offer");
    let hash = hash_password(PASSWORD).unwrap();
    let now = crate::support::clock().now();
    db.create_account(
        "koordination@example.de",
        "",
        Role::Coordinator,
        Some(&hash),
        &[],
        now,
    )
    .await
    .unwrap();
    let editor = db
        .create_account(
            "redaktion@traeger.de",
            "",
            Role::ProviderEditor,
            Some(&hash),
            &[offer.organization.id],
            now,
        )
        .await
        .unwrap();
    let ten_months_ago = crate::support::clock().today() - chrono::Duration::days(300);
    db.confirm_offer(offer.id, editor, ten_months_ago, now)
        .await
        .unwrap();
    db.close().await;

    let app = TestApp::spawn_on(&url, false).await;
    let mails = app.outbox(1).await;
    let reminder = mails
        .iter()
        .find(|m| m.contains("Subject: Bitte =?") || m.contains("Bitte prüfen"))
        .expect("a reminder mail");
    assert!(reminder.contains("To: redaktion@traeger.de"));
    assert!(
        reminder.contains(&format!("/verwaltung/angebote/{}", offer.id)),
        "an edit link"
    );
    let start = reminder.find("/bestaetigen/").expect("a confirmation link");
    let link: String = reminder[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();

    let page = format!("/angebote/{}", offer.id);
    assert!(app.text(&page, 200).await.contains("id=\"not-confirmed\""));
    let coordinator = signed_in(&app, "koordination@example.de").await;
    let dash = coordinator
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        dash.contains(&format!("/verwaltung/angebote/{}/bestaetigen", offer.id)),
        "listed as overdue"
    );

    // Opening the link changes nothing (mail scanners open links); the button confirms.
    let c = browser();
    let form = c.get(app.url(&link)).send().await.unwrap();
    assert_eq!(form.status(), 200);
    let html = form.text().await.unwrap();
    assert!(app.text(&page, 200).await.contains("id=\"not-confirmed\""));
    let r = c
        .post(app.url(&link))
        .form(&[("csrf", form_token(&html))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Danke"));

    assert!(!app.text(&page, 200).await.contains("id=\"not-confirmed\""));
    assert_eq!(
        c.get(app.url(&link)).send().await.unwrap().status(),
        410,
        "the link is used up"
    );
    let dash = coordinator
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!dash.contains(&format!("/verwaltung/angebote/{}/bestaetigen", offer.id)));
    assert!(
        dash.contains("Eintrag bestätigt"),
        "the confirmation is in the audit log"
    );
}

both_backends! {
    stale_offers_are_reminded_and_confirmed => super::stale_offers_are_reminded_and_confirmed;
}

/// A visitor reports a mistake without an account; the coordinator and the entry's editors hear of
/// it; it waits on the dashboard until someone marks it done.
async fn mistakes_are_reported_to_coordinator_and_editors(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let offers = app
        .json("/api/v1/offers?q=Sozialberatung&per_page=1", 200)
        .await;
    let offer = offers["items"][0]["id"].as_i64().unwrap();
    let org = offers["items"][0]["organization"]["id"].as_i64().unwrap();
    add_user(&app, "koordination@example.de", "coordinator");
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["user", "add", "--database-url", &app.database_url])
        .args(["--data-dir", &crate::support::temp_dir().to_string_lossy()])
        .args([
            "--email",
            "redaktion@traeger.de",
            "--role",
            "provider_editor",
            "--organization",
            &org.to_string(),
        ])
        .env("WEGWEISER_PASSWORD", PASSWORD)
        .env("WEGWEISER_LOG", "warn")
        .env("WEGWEISER_TEST_CLOCK", crate::support::CLOCK)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    add_user(&app, "andere@traeger.de", "provider_editor");

    let page = format!("/angebote/{offer}/fehler");
    assert!(
        app.text(&format!("/angebote/{offer}"), 200)
            .await
            .contains(&page),
        "linked from the entry"
    );
    let visitor = browser();
    let html = visitor
        .get(app.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = form_token(&html);
    let r = visitor
        .post(app.url(&page))
        .form(&[("message", "Die Zeiten stimmen nicht mehr")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "without the form token");
    let r = visitor
        .post(app.url(&page))
        .form(&[("csrf", token.as_str()), ("message", "falsch")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"report-error\"") && html.contains(">falsch</textarea>"));
    let r = visitor
        .post(app.url(&page))
        .form(&[
            ("csrf", token.as_str()),
            ("message", "Mittwochs ist seit Oktober geschlossen."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Danke"));

    let mails = app.outbox(2).await;
    for to in ["koordination@example.de", "redaktion@traeger.de"] {
        assert!(
            mails.iter().any(|m| m.contains(&format!("To: {to}"))
                && m.contains("Mittwochs ist seit Oktober geschlossen.")),
            "a notice to {to}"
        );
    }
    assert!(
        !mails.iter().any(|m| m.contains("To: andere@traeger.de")),
        "not to other providers"
    );

    let other = signed_in(&app, "andere@traeger.de").await;
    let dash = other
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !dash.contains("Mittwochs ist seit Oktober"),
        "other providers do not see it"
    );
    let coordinator = signed_in(&app, "koordination@example.de").await;
    let dash = coordinator
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(dash.contains("Mittwochs ist seit Oktober geschlossen."));
    let start = dash.find("/verwaltung/meldungen/").unwrap();
    let close: String = dash[start..].split('"').next().unwrap().to_string();
    let other_token = form_token(
        &other
            .get(app.url("/verwaltung"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let r = other
        .post(app.url(&close))
        .form(&[("csrf", other_token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        403,
        "only the entry's own editors or the coordinator close it"
    );
    let r = coordinator
        .post(app.url(&close))
        .form(&[("csrf", form_token(&dash).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let dash = coordinator
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!dash.contains("Mittwochs ist seit Oktober"));
    assert!(dash.contains("Meldung erledigt"));
}

both_backends! {
    mistakes_are_reported_to_coordinator_and_editors => super::mistakes_are_reported_to_coordinator_and_editors;
}

/// A forgotten password: the same answer for unknown addresses, a one-hour link by mail for known
/// ones, the old password void afterwards, and a limit on repeated requests.
async fn forgotten_passwords_are_reset_by_mail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "traeger@example.de", "provider_editor");
    let c = browser();
    let ask = |email: &'static str| {
        let c = c.clone();
        let app_url = app.url("/passwort-vergessen");
        async move {
            let token = form_token(&c.get(&app_url).send().await.unwrap().text().await.unwrap());
            c.post(&app_url)
                .form(&[("csrf", token.as_str()), ("email", email)])
                .send()
                .await
                .unwrap()
        }
    };
    let unknown = ask("niemand@example.de").await;
    assert_eq!(unknown.status(), 200);
    let unknown = unknown.text().await.unwrap();
    let known = ask("Traeger@Example.de").await;
    assert_eq!(known.status(), 200);
    let known = known.text().await.unwrap();
    let message = |html: &str| {
        let start = html.find("id=\"forgot-message\"").unwrap();
        html[start..].split('<').next().unwrap().to_string()
    };
    assert_eq!(
        message(&unknown),
        message(&known),
        "no hint whether the account exists"
    );

    let mails = app.outbox(1).await;
    assert_eq!(mails.len(), 1, "a mail only for the existing account");
    assert!(mails[0].contains("To: traeger@example.de"));
    let link = link_in(&mails[0]);
    let page = c
        .get(app.url(&link))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = c
        .post(app.url(&link))
        .form(&[
            ("csrf", form_token(&page).as_str()),
            ("password", "ganz neues Passwort"),
            ("repeat", "ganz neues Passwort"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        login(&app, &browser(), "traeger@example.de", PASSWORD)
            .await
            .status(),
        401
    );
    assert_eq!(
        login(
            &app,
            &browser(),
            "traeger@example.de",
            "ganz neues Passwort"
        )
        .await
        .status(),
        303
    );
    assert_eq!(
        browser().get(app.url(&link)).send().await.unwrap().status(),
        410
    );

    // Five requests from this address so far (two above, three here); the sixth waits.
    for _ in 0..3 {
        assert_eq!(ask("traeger@example.de").await.status(), 200);
    }
    assert_eq!(
        ask("traeger@example.de").await.status(),
        429,
        "repeated requests wait"
    );
}

both_backends! {
    forgotten_passwords_are_reset_by_mail => super::forgotten_passwords_are_reset_by_mail;
}

/// The coordinator creates an offer as a draft (not public), publishes it (public and findable on
/// every page of the index within a second) and archives it (gone again).
async fn offers_are_created_published_and_archived(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let list = c
        .get(app.url("/verwaltung/angebote"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = form_token(&list);
    let org = app.json("/api/v1/offers?per_page=1", 200).await["items"][0]["organization"]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let r = c
        .post(app.url("/verwaltung/angebote"))
        .form(&[
            ("csrf", token.as_str()),
            ("organization", org.as_str()),
            ("name", "  "),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = c
        .post(app.url("/verwaltung/angebote"))
        .form(&[
            ("csrf", token.as_str()),
            ("organization", org.as_str()),
            ("name", "Zaubertrank-Sprechstunde"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let edit = r.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = edit.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(
        app.get(&format!("/angebote/{id}")).await.status(),
        404,
        "a draft is not public"
    );

    let status = |s: &'static str| {
        let c = c.clone();
        let url = app.url(&format!("/verwaltung/angebote/{id}/status"));
        let token = token.clone();
        async move {
            c.post(url)
                .form(&[("csrf", token.as_str()), ("status", s)])
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(status("published").await.status(), 303);
    assert_eq!(app.get(&format!("/angebote/{id}")).await.status(), 200);
    let mut found = false;
    for _ in 0..40 {
        if app.json("/api/v1/offers?q=Zaubertrank", 200).await["total"] == 1 {
            found = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(found, "the published offer is findable");
    assert_eq!(status("archived").await.status(), 303);
    assert_eq!(app.get(&format!("/angebote/{id}")).await.status(), 404);
    assert_eq!(status("vielleicht").await.status(), 400);
    let log = c
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains("Angebot veröffentlicht") && log.contains("Angebot archiviert"));
}

both_backends! {
    offers_are_created_published_and_archived => super::offers_are_created_published_and_archived;
}

/// The coordinator edits the synonym rules; a bad line keeps everything as typed; a good set is
/// used by the search within seconds.
async fn the_coordinator_edits_synonyms(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    assert_eq!(
        app.json("/api/v1/offers?q=Quasselstunde", 200).await["total"],
        0
    );
    let page = c
        .get(app.url("/verwaltung/synonyme"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Hartz IV =&gt; Bürgergeld") || page.contains("Hartz IV =&#62; Bürgergeld")
    );
    let token = form_token(&page);
    let existing = {
        let start = page.find("<textarea").unwrap();
        let start = start + page[start..].find('>').unwrap() + 1;
        let end = start + page[start..].find("</textarea>").unwrap();
        unescape(&page[start..end])
    };
    let r = c
        .post(app.url("/verwaltung/synonyme"))
        .form(&[
            ("csrf", token.as_str()),
            ("rules", &format!("{existing}\nQuasselstunde")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Quasselstunde"), "what was typed is kept");
    assert!(html.contains("id=\"syn-errors\""));
    let r = c
        .post(app.url("/verwaltung/synonyme"))
        .form(&[
            ("csrf", token.as_str()),
            (
                "rules",
                &format!("{existing}\nQuasselstunde => Sozialberatung"),
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let mut total = serde_json::Value::Null;
    for _ in 0..60 {
        total = app.json("/api/v1/offers?q=Quasselstunde", 200).await["total"].clone();
        if total.as_i64().unwrap_or(0) > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        total.as_i64().unwrap_or(0) > 0,
        "the new rule is used by the search"
    );
    assert!(
        app.json("/api/v1/offers?q=Hartz+IV", 200).await["total"]
            .as_i64()
            .unwrap_or(0)
            > 0,
        "old rules kept"
    );
}

both_backends! {
    the_coordinator_edits_synonyms => super::the_coordinator_edits_synonyms;
}

/// A parent downloads what the store holds about them, then deletes the account: it can no longer
/// sign in, and the audit log keeps no trace of who it was.
async fn a_parent_exports_and_deletes_their_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "mutter@example.de", "parent");
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "mutter@example.de").await;
    let page = c.get(app.url("/konto")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    let data = c.get(app.url("/konto/daten")).send().await.unwrap();
    assert_eq!(data.status(), 200);
    assert!(
        data.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data: serde_json::Value = data.json().await.unwrap();
    assert_eq!(data["email"], "mutter@example.de");
    assert_eq!(data["role"], "parent");
    assert!(
        data["log"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e[1] == "login")
    );

    let r = c
        .post(app.url("/konto/loeschen"))
        .form(&[("csrf", form_token(&page).as_str()), ("password", "falsch")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "the password confirms the deletion");
    let r = c
        .post(app.url("/konto/loeschen"))
        .form(&[("csrf", form_token(&page).as_str()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("gelöscht"));
    assert_eq!(
        login(&app, &browser(), "mutter@example.de", PASSWORD)
            .await
            .status(),
        401
    );
    assert_eq!(
        c.get(app.url("/konto")).send().await.unwrap().status(),
        303,
        "the session ended too"
    );

    let coordinator = signed_in(&app, "koordination@example.de").await;
    let log = coordinator
        .get(app.url("/verwaltung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains("Konto gelöscht"));
    assert!(
        !log.contains("mutter@example.de"),
        "no trace of the address"
    );

    // Staff accounts are not deleted from here (their changes belong to the office's record).
    let page = coordinator
        .get(app.url("/konto"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("/konto/loeschen"));
    let r = coordinator
        .post(app.url("/konto/loeschen"))
        .form(&[("csrf", form_token(&log).as_str()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

both_backends! {
    a_parent_exports_and_deletes_their_account => super::a_parent_exports_and_deletes_their_account;
}

/// The coordinator edits an organisation: bad input at its fields; a new name shows on its page and
/// is findable with its offers; a new organisation can be added.
async fn the_coordinator_edits_organizations(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let offer = &app
        .json("/api/v1/offers?q=Sozialberatung&per_page=1", 200)
        .await["items"][0];
    let org = offer["organization"]["id"].as_i64().unwrap();
    let form = c
        .get(app.url(&format!("/verwaltung/traeger/{org}")))
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200);
    let token = form_token(&form.text().await.unwrap());
    let post = |fields: Vec<(&'static str, &'static str)>| {
        let c = c.clone();
        let url = app.url(&format!("/verwaltung/traeger/{org}"));
        let mut fields: Vec<(&str, String)> = fields
            .into_iter()
            .map(|(k, v)| (k, v.to_string()))
            .collect();
        fields.push(("csrf", token.clone()));
        async move { c.post(url).form(&fields).send().await.unwrap() }
    };
    let r = post(vec![
        ("name", ""),
        ("kind", "provider"),
        ("website", "beispiel.de"),
    ])
    .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"e-name\"")
            && html.contains("id=\"e-website\"")
            && html.contains("value=\"beispiel.de\"")
    );
    let r = post(vec![
        ("name", "Familienzentrum Regenbogen"),
        ("kind", "provider"),
        ("website", "https://regenbogen.example"),
    ])
    .await;
    assert_eq!(r.status(), 303);
    assert!(
        app.text(&format!("/traeger/{org}"), 200)
            .await
            .contains("Familienzentrum Regenbogen")
    );
    let mut found = false;
    for _ in 0..40 {
        let v = app.json("/api/v1/offers?q=Regenbogen", 200).await;
        if v["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["id"] == offer["id"])
        {
            found = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(found, "the offers are findable by the new name");

    let r = c
        .post(app.url("/verwaltung/traeger"))
        .form(&[
            ("csrf", token.as_str()),
            ("name", "Neuer Verein Lichtenberg"),
            ("kind", "provider"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let list = c
        .get(app.url("/verwaltung/traeger"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("Neuer Verein Lichtenberg"));
}

both_backends! {
    the_coordinator_edits_organizations => super::the_coordinator_edits_organizations;
}

/// The coordinator edits categories: checked fields, a taken short name refused, a new English name
/// shown on the English pages and found by the search within seconds, a new category listed.
async fn the_coordinator_edits_categories(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let cats = app.json("/api/v1/categories", 200).await;
    let beratung = cats
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "beratung")
        .unwrap();
    let id = beratung["id"].as_i64().unwrap();
    let form = c
        .get(app.url(&format!("/verwaltung/kategorien/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = form_token(&form);
    let save = |fields: Vec<(&'static str, &'static str)>, path: String| {
        let c = c.clone();
        let url = app.url(&path);
        let mut fields: Vec<(&str, String)> = fields
            .into_iter()
            .map(|(k, v)| (k, v.to_string()))
            .collect();
        fields.push(("csrf", token.clone()));
        async move { c.post(url).form(&fields).send().await.unwrap() }
    };
    let path = format!("/verwaltung/kategorien/{id}");
    let r = save(
        vec![
            ("slug", "Beratung!"),
            ("name_de", "Beratung"),
            ("position", "1"),
        ],
        path.clone(),
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("id=\"e-slug\""));
    let r = save(
        vec![
            ("slug", "wohnen"),
            ("name_de", "Beratung"),
            ("position", "1"),
        ],
        path.clone(),
    )
    .await;
    assert_eq!(r.status(), 422, "the short name of another category");
    let r = save(
        vec![
            ("slug", "beratung"),
            ("name_de", "Beratung"),
            ("name_en", "Advice and guidance"),
            ("position", "1"),
        ],
        path.clone(),
    )
    .await;
    assert_eq!(r.status(), 303);
    let mut shown = false;
    for _ in 0..60 {
        if app
            .text("/kategorien?lang=en", 200)
            .await
            .contains("Advice and guidance")
        {
            shown = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(shown, "the English page shows the new name within seconds");
    let mut found = 0;
    for _ in 0..60 {
        found = app.json("/api/v1/offers?q=guidance", 200).await["total"]
            .as_i64()
            .unwrap_or(0);
        if found > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        found > 0,
        "the new English name finds the category's offers"
    );

    let r = save(
        vec![
            ("slug", "ferien-und-ausfluege"),
            ("name_de", "Ferien und Ausflüge"),
            ("position", "20"),
        ],
        "/verwaltung/kategorien".into(),
    )
    .await;
    assert_eq!(r.status(), 303);
    let mut listed = false;
    for _ in 0..60 {
        if app
            .text("/kategorien", 200)
            .await
            .contains("Ferien und Ausflüge")
        {
            listed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(listed, "the new category is listed");
}

both_backends! {
    the_coordinator_edits_categories => super::the_coordinator_edits_categories;
}

/// The coordinator adds a place to an organisation and assigns an offer: the public page shows the
/// address; marked confidential, the address is gone from every public page.
async fn the_coordinator_edits_locations(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let offer = app
        .json("/api/v1/offers?q=Sozialberatung&per_page=1", 200)
        .await["items"][0]
        .clone();
    let (id, org) = (
        offer["id"].as_i64().unwrap(),
        offer["organization"]["id"].as_i64().unwrap(),
    );
    let new = format!("/verwaltung/traeger/{org}/orte");
    let page = c.get(app.url(&new)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let token = form_token(&page.text().await.unwrap());
    let post = |path: String, extra: Vec<(&'static str, String)>| {
        let c = c.clone();
        let url = app.url(&path);
        let mut fields: Vec<(&str, String)> = vec![
            ("csrf", token.clone()),
            ("name", "Nachbarschaftshaus am Teich".into()),
            ("street", "Teichweg 7".into()),
            ("city", "Berlin".into()),
            ("lat", "52.5316".into()),
            ("lon", "13.4739".into()),
            ("offer", id.to_string()),
        ];
        fields.extend(extra);
        async move { c.post(url).form(&fields).send().await.unwrap() }
    };
    let r = post(new.clone(), vec![("postcode", "1036".into())]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("id=\"e-postcode\""));
    let r = post(new.clone(), vec![("postcode", "10369".into())]).await;
    assert_eq!(r.status(), 303);
    let edit = r.headers()["location"]
        .to_str()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    assert!(
        app.text(&format!("/angebote/{id}"), 200)
            .await
            .contains("Teichweg 7")
    );

    let r = post(
        edit,
        vec![
            ("postcode", "10369".into()),
            ("confidential", "1".into()),
            ("contact_note", "Bitte vorher anrufen".into()),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let public = app.text(&format!("/angebote/{id}"), 200).await;
    assert!(
        !public.contains("Teichweg"),
        "a confidential address never appears publicly"
    );
    assert!(public.contains("Bitte vorher anrufen"));
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let api = serde_json::to_string(&app.json(&format!("/api/v1/offers/{id}"), 200).await).unwrap();
    assert!(!api.contains("Teichweg") && !api.contains("52.5316"));
}

both_backends! {
    the_coordinator_edits_locations => super::the_coordinator_edits_locations;
}
