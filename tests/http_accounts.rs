//! Accounts and the security every module inherits: login, sessions, CSRF, throttling, and the
//! route × role table.

use std::process::Command;

use crate::both_backends;
use crate::support::{Backend, TestApp, fresh_database};

const PASSWORD: &str = "ein sicheres Passwort";

fn add_user(app: &TestApp, email: &str, role: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["user", "add", "--database-url", &app.database_url])
        .args(["--data-dir", &crate::support::temp_dir().to_string_lossy()])
        .args(["--email", email, "--role", role])
        .env("WEGWEISER_PASSWORD", PASSWORD)
        .env("WEGWEISER_LOG", "warn")
        .output()
        .expect("run wegweiser user add");
    assert!(
        out.status.success(),
        "user add failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

fn form_token(html: &str) -> String {
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

async fn signed_in(app: &TestApp, email: &str) -> reqwest::Client {
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
    assert!(html.contains("Anmeldung"), "the audit log lists the login");

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
    let table: Vec<(&str, String, [u16; 6])> = vec![
        ("GET", "/".into(), all(200)),
        ("GET", "/angebote?q=Beratung".into(), all(200)),
        ("GET", format!("/angebote/{offer}"), all(200)),
        ("GET", format!("/angebote/{offer}/druck"), all(200)),
        ("GET", format!("/traeger/{org}"), all(200)),
        ("GET", "/ortsteile".into(), all(200)),
        ("GET", "/ortsteile/karlshorst".into(), all(200)),
        ("GET", "/kategorien".into(), all(200)),
        ("GET", "/kategorien/beratung".into(), all(200)),
        ("GET", "/notfall".into(), all(200)),
        ("GET", "/anmelden".into(), all(200)),
        ("POST", "/anmelden".into(), all(403)),
        ("POST", "/abmelden".into(), all(403)),
        ("GET", "/verwaltung".into(), staff),
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
        ("POST", "/passwort/unbekannt".into(), all(403)),
        ("GET", "/api/v1/offers".into(), all(200)),
        ("GET", format!("/api/v1/offers/{offer}"), all(200)),
        ("GET", "/api/v1/categories".into(), all(200)),
        ("GET", "/api/v1/ortsteile".into(), all(200)),
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
