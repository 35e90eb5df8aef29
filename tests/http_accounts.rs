//! Accounts and the security every module inherits: login, sessions, CSRF, throttling, and the
//! route × role table.

use std::process::Command;

use crate::both_backends;
use crate::support::{
    Backend, PASSWORD, TestApp, add_user, browser, form_token, fresh_database, link_in, login,
    signed_in,
};

/// The back-office pages only the coordinator is offered on the dashboard.
const COORDINATOR_LINKS: [&str; 11] = [
    "/verwaltung/einladen",
    "/verwaltung/pruefen",
    "/verwaltung/termine/pruefen",
    "/verwaltung/traeger",
    "/verwaltung/kategorien",
    "/verwaltung/synonyme",
    "/verwaltung/wege",
    "/verwaltung/beitraege",
    "/verwaltung/newsletter",
    "/verwaltung/protokoll",
    "/verwaltung/uebersetzungen",
];

fn error_message(html: &str) -> String {
    let start = html.find("id=\"login-error\"").expect("error message");
    let rest = &html[start..];
    rest[rest.find('>').unwrap_or(0) + 1..rest.find("</p>").unwrap_or(0)].to_string()
}

async fn login_sessions_csrf_and_logout(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");

    // Without the form token, or from another site: refused.
    let c = app.visitor();
    let r = c
        .post(app.url("/anmelden"))
        .form(&[("email", "koordination@example.de"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let page = c.page("/anmelden").await;
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
    let log = c.page("/verwaltung/protokoll").await;
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
        (
            "GET",
            "/verwaltung/uebersetzungen".into(),
            coordinator_only_get,
        ),
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
        (
            "GET",
            "/verwaltung/termine/pruefen".into(),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/verwaltung/termine/pruefen/1".into(),
            [303, 404, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/verwaltung/termine/pruefen/1".into(),
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
        ("GET", "/tandem".into(), all(200)),
        (
            "GET",
            "/tandem/profil".into(),
            [303, 403, 403, 403, 403, 200],
        ),
        (
            "POST",
            "/tandem/profil".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/tandem/profil/loeschen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/tandem/einwilligung".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/tandem/sperren".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/tandem/anfragen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/tandem/anfragen/1".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/tandem/kontakte".into(),
            [303, 403, 403, 403, 403, 200],
        ),
        // Nobody's conversation 1: the same answer as for one that is someone else's.
        (
            "GET",
            "/tandem/kontakte/1".into(),
            [303, 403, 403, 403, 403, 404],
        ),
        (
            "POST",
            "/tandem/kontakte/1".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/tandem/melden".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        ("GET", "/gruppen".into(), all(200)),
        ("GET", "/gruppen?ortsteil=fennpfuhl".into(), all(200)),
        ("GET", "/gruppen/1".into(), all(200)),
        ("GET", "/gruppen/999".into(), all(404)),
        (
            "GET",
            "/gruppen/vorschlagen".into(),
            [303, 403, 403, 403, 403, 200],
        ),
        (
            "POST",
            "/gruppen/vorschlagen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/gruppen/1/beitreten".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/gruppen/1/mitglieder".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/gruppen/1/verlassen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/gruppen/1/nachrichten".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/gruppen/1/melden".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/gruppen/1/sperren".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        // Only those who run the group change it; anyone else meets it as if it did not exist.
        (
            "GET",
            "/gruppen/1/bearbeiten".into(),
            [303, 200, 404, 403, 403, 404],
        ),
        (
            "POST",
            "/gruppen/1/bearbeiten".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        ("GET", "/verwaltung/gruppen".into(), coordinator_only_get),
        (
            "POST",
            "/verwaltung/gruppen/1".into(),
            coordinator_only_post,
        ),
        ("GET", "/verwaltung/tandem".into(), coordinator_only_get),
        ("POST", "/verwaltung/tandem/1".into(), coordinator_only_post),
        (
            "POST",
            "/verwaltung/tandem/konten/1".into(),
            coordinator_only_post,
        ),
        ("GET", "/arbeitgeber".into(), all(200)),
        ("GET", "/arbeitgeber?branche=care&zusage=1".into(), all(200)),
        // The AG: its members and the coordinator; anyone else 403, also for guessed ids.
        ("GET", "/ag".into(), [303, 200, 403, 403, 200, 403]),
        (
            "GET",
            "/ag/mitglieder".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        ("POST", "/ag/mitglieder".into(), coordinator_only_post),
        ("POST", "/ag/austreten".into(), coordinator_only_post),
        ("GET", "/ag/sitzungen/neu".into(), coordinator_only_get),
        ("POST", "/ag/sitzungen/neu".into(), coordinator_only_post),
        (
            "GET",
            "/ag/sitzungen/999".into(),
            [303, 404, 403, 403, 404, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/999/bearbeiten".into(),
            [303, 404, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/ag/sitzungen/999/bearbeiten".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/ag/sitzungen/999/einladen".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/ag/sitzungen/999/absagen".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/ag/sitzungen/999/antwort".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/ag/sitzungen/999/punkte".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/ag/sitzungen/999/punkte/1".into(),
            coordinator_only_post,
        ),
        (
            "GET",
            "/ag/sitzungen/999/tagesordnung".into(),
            [303, 404, 403, 403, 404, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/999/teilnahmeliste".into(),
            [303, 404, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/999/protokoll".into(),
            [303, 404, 403, 403, 404, 403],
        ),
        (
            "POST",
            "/ag/sitzungen/999/protokoll/veroeffentlichen".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/ag/sitzungen/999/protokoll/1".into(),
            coordinator_only_post,
        ),
        ("POST", "/ag/aufgaben/1".into(), coordinator_only_post),
        // The demo's meetings: 1 is past with published minutes, 2 is coming.
        (
            "GET",
            "/ag/sitzungen/1".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/1/protokoll".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/2/protokoll".into(),
            [303, 200, 403, 403, 404, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/2/tagesordnung".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/2/teilnahmeliste".into(),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/ag/sitzungen/2/bearbeiten".into(),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/ag/archiv?q=Aktionstag".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        (
            "GET",
            "/ag/beschluesse".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        (
            "GET",
            "/ag/beschluesse.csv".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        (
            "GET",
            "/ag/dokumente/999".into(),
            [303, 404, 403, 403, 404, 403],
        ),
        (
            "POST",
            "/ag/sitzungen/1/punkte/1/dokumente".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        ("GET", "/ag/netzwerk".into(), [303, 200, 403, 403, 200, 403]),
        ("POST", "/ag/netzwerk".into(), coordinator_only_post),
        (
            "POST",
            "/ag/netzwerk/1/loeschen".into(),
            coordinator_only_post,
        ),
        (
            "GET",
            "/ag/laufzettel".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        ("POST", "/ag/laufzettel".into(), coordinator_only_post),
        ("GET", "/laufzettel/erraten".into(), all(404)),
        ("GET", "/laufzettel/erraten/qr.svg".into(), all(404)),
        ("GET", "/bedarf".into(), all(200)),
        (
            "GET",
            "/bedarf?thema=wohnen&ortsteil=malchow".into(),
            all(200),
        ),
        ("POST", "/bedarf".into(), all(403)),
        ("GET", "/statistik".into(), all(200)),
        (
            "GET",
            "/verwaltung/bedarf".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        ("GET", "/verwaltung/bedarf/1".into(), coordinator_only_get),
        ("POST", "/verwaltung/bedarf/1".into(), coordinator_only_post),
        (
            "POST",
            "/verwaltung/bedarf/1/verknuepfen".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/verwaltung/bedarf/1/zusammenfuehren".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/verwaltung/bedarf/neu".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/verwaltung/bedarf/meldungen/1".into(),
            coordinator_only_post,
        ),
        (
            "GET",
            "/verwaltung/bedarf/haushalte".into(),
            coordinator_only_get,
        ),
        (
            "POST",
            "/verwaltung/bedarf/haushalte".into(),
            coordinator_only_post,
        ),
        (
            "GET",
            "/verwaltung/drucksachen".into(),
            coordinator_only_get,
        ),
        (
            "POST",
            "/verwaltung/drucksachen".into(),
            coordinator_only_post,
        ),
        ("GET", "/verwaltung/berichte".into(), coordinator_only_get),
        (
            "GET",
            "/verwaltung/berichte/druck".into(),
            coordinator_only_get,
        ),
        (
            "GET",
            "/verwaltung/berichte/tabelle/bedarf.csv".into(),
            [303, 200, 403, 403, 200, 403],
        ),
        (
            "GET",
            "/verwaltung/berichte/tabelle/spur.csv".into(),
            coordinator_only_get,
        ),
        (
            "GET",
            "/verwaltung/berichte/tabelle/gibt-es-nicht.csv".into(),
            all(404),
        ),
        ("GET", "/aus-der-ag".into(), all(200)),
        ("GET", "/aus-der-ag/1".into(), all(200)),
        ("GET", "/aus-der-ag/2".into(), all(404)),
        (
            "POST",
            "/ag/sitzungen/1/zusammenfassung".into(),
            coordinator_only_post,
        ),
        (
            "GET",
            "/ag/mitglieder/999999".into(),
            [303, 404, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/ag/mitglieder/999999".into(),
            coordinator_only_post,
        ),
        ("GET", "/ag/antwort/erraten".into(), all(404)),
        ("POST", "/ag/antwort/erraten".into(), all(403)),
        ("GET", "/arbeitgeber/familienfreundlich".into(), all(200)),
        (
            "GET",
            "/arbeitgeber/familienfreundlich/aushang?format=a6".into(),
            all(200),
        ),
        (
            "GET",
            "/arbeitgeber/familienfreundlich/qr.svg".into(),
            all(200),
        ),
        ("GET", "/arbeitgeber/999/aushang".into(), all(404)),
        ("GET", "/arbeitgeber/999/qr.svg".into(), all(404)),
        ("GET", "/arbeitgeber/1".into(), all(200)),
        ("GET", "/arbeitgeber/999".into(), all(404)),
        ("GET", "/arbeitgeber/vergleich?e=1&e=2".into(), all(200)),
        ("GET", "/arbeitgeber/registrieren".into(), all(200)),
        ("POST", "/arbeitgeber/registrieren".into(), all(403)),
        // The test's employer has no company linked: a page that says so.
        (
            "GET",
            "/arbeitgeber/konto".into(),
            [303, 403, 403, 200, 403, 403],
        ),
        (
            "GET",
            "/arbeitgeber/konto/profil".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "POST",
            "/arbeitgeber/konto/profil".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "GET",
            "/arbeitgeber/konto/jobs/neu".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "POST",
            "/arbeitgeber/konto/jobs/neu".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "GET",
            "/arbeitgeber/konto/jobs/1".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "POST",
            "/arbeitgeber/konto/jobs/1".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "POST",
            "/arbeitgeber/konto/jobs/1/loeschen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/arbeitgeber/konto/team".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "POST",
            "/arbeitgeber/konto/team".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "POST",
            "/arbeitgeber/konto/team/1/entfernen".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        // A parent's contact form; nobody else writes to employers.
        (
            "GET",
            "/jobs/1/kontakt".into(),
            [303, 403, 403, 403, 403, 200],
        ),
        (
            "POST",
            "/jobs/1/kontakt".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/arbeitgeber/1/kontakt".into(),
            [303, 403, 403, 403, 403, 200],
        ),
        (
            "POST",
            "/arbeitgeber/1/kontakt".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/konto/anfragen".into(),
            [303, 403, 403, 403, 403, 200],
        ),
        // Nobody's request 1: the same answer as for someone else's.
        (
            "GET",
            "/konto/anfragen/1".into(),
            [303, 403, 403, 403, 403, 404],
        ),
        (
            "POST",
            "/konto/anfragen/1".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/konto/anfragen/1/lebenslauf".into(),
            [303, 403, 403, 403, 403, 404],
        ),
        (
            "GET",
            "/arbeitgeber/konto/anfragen".into(),
            [303, 403, 403, 200, 403, 403],
        ),
        (
            "GET",
            "/arbeitgeber/konto/anfragen/1".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        (
            "POST",
            "/arbeitgeber/konto/anfragen/1".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/arbeitgeber/konto/anfragen/1/lebenslauf".into(),
            [303, 403, 403, 404, 403, 403],
        ),
        ("GET", "/jobs".into(), all(200)),
        (
            "GET",
            "/jobs.atom?tag=mon&von=08%3A00&bis=14%3A00".into(),
            all(200),
        ),
        (
            "GET",
            "/jobs?tag=mon&tag=fri&von=08%3A30&bis=14%3A30&ortsteil=fennpfuhl".into(),
            all(200),
        ),
        (
            "GET",
            "/jobs?tag=mon&von=14%3A00&bis=08%3A00".into(),
            all(400),
        ),
        ("GET", "/jobs/1".into(), all(200)),
        ("GET", "/jobs/999".into(), all(404)),
        (
            "GET",
            "/verwaltung/arbeitgeber".into(),
            coordinator_only_get,
        ),
        (
            "POST",
            "/verwaltung/arbeitgeber/1".into(),
            coordinator_only_post,
        ),
        (
            "POST",
            "/verwaltung/arbeitgeber/zusage".into(),
            coordinator_only_post,
        ),
        ("GET", "/registrieren".into(), all(200)),
        ("POST", "/registrieren".into(), all(403)),
        ("GET", "/konto/bestaetigen/unbekannt".into(), all(404)),
        (
            "POST",
            "/konto/bestaetigen".into(),
            [303, 403, 403, 403, 403, 403],
        ),
        ("POST", "/konto/bestaetigen/unbekannt".into(), all(403)),
        ("GET", "/ueber-uns".into(), all(200)),
        ("GET", "/impressum".into(), all(200)),
        ("GET", "/datenschutz".into(), all(200)),
        ("GET", "/barrierefreiheit".into(), all(200)),
        (
            "GET",
            "/verwaltung/seiten".into(),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "GET",
            "/verwaltung/seiten/impressum".into(),
            [303, 200, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/verwaltung/seiten/impressum".into(),
            [303, 403, 403, 403, 403, 403],
        ),
    ];
    for (i, who) in ROLES.iter().enumerate() {
        let client = match who {
            Who::Anonymous => app.visitor(),
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
    every_role_signs_in_to_a_page_of_its_own => super::every_role_signs_in_to_a_page_of_its_own;
    login_sessions_csrf_and_logout => super::login_sessions_csrf_and_logout;
    wrong_passwords_are_throttled_alike => super::wrong_passwords_are_throttled_alike;
    every_route_answers_every_role_as_the_table_says => super::every_route_answers_every_role_as_the_table_says;
    user_add_refuses_bad_input => super::user_add_refuses_bad_input;
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
    // The invitation names the organisation the editor will work for.
    let org_page = app.text(&format!("/traeger/{org}"), 200).await;
    let org_name = org_page
        .split("<h1>")
        .nth(1)
        .and_then(|h| h.split("</h1>").next())
        .expect("organisation name")
        .replace("&#38;", "&");
    assert!(
        mails[0].contains(&format!("Träger-Redaktion für „{org_name}“")),
        "the invitation names „{org_name}“:\n{}",
        mails[0]
    );
    let link = link_in(&mails[0]);

    // Before the password is set, the invited account cannot sign in.
    let r = login(&app, &browser(), "rita@traeger.de", PASSWORD).await;
    assert_eq!(r.status(), 401);

    let rita = app.visitor();
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
    let home = rita.page("/verwaltung").await;
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
    let log = coordinator.page("/verwaltung").await;
    assert!(log.contains("Person eingeladen") && log.contains("Passwort festgelegt"));
}

both_backends! {
    invitation_mail_sets_a_password_once => super::invitation_mail_sets_a_password_once;
}

/// A forgotten password: the same answer for unknown addresses, a one-hour link by mail for known
/// ones, the old password void afterwards, and a limit on repeated requests.
async fn forgotten_passwords_are_reset_by_mail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "traeger@example.de", "provider_editor");
    let c = app.visitor();
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
    let page = c.page(&link).await;
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
    let log = coordinator.page("/verwaltung").await;
    assert!(log.contains("Konto gelöscht"));
    assert!(
        !log.contains("mutter@example.de"),
        "no trace of the address"
    );

    // Staff accounts are not deleted from here (their changes belong to the office's record).
    let page = coordinator.page("/konto").await;
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

async fn every_role_signs_in_to_a_page_of_its_own(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // (role, where it lands, what that page says in words)
    for (role, landing, says) in [
        ("coordinator", "/verwaltung", "Verwaltung"),
        ("provider_editor", "/verwaltung", "Verwaltung"),
        ("employer", "/konto", "href=\"/arbeitgeber/konto\""),
        (
            "ag_member",
            "/ag",
            "AG Alleinerziehende: Wintersitzung (Beispiel)",
        ),
        ("parent", "/konto", "Gruppen und Treffs in Ihrer Nähe"),
    ] {
        let email = format!("{}@example.de", role.replace('_', "-"));
        add_user(&app, &email, role);
        let client = browser();
        let r = login(&app, &client, &email, PASSWORD).await;
        assert_eq!(r.status(), 303, "{role}");
        assert_eq!(r.headers()["location"], landing, "{role} lands on");
        let page = client.get(app.url(landing)).send().await.unwrap();
        assert_eq!(page.status(), 200, "{role} on {landing}");
        let html = page.text().await.unwrap();
        assert!(html.contains(says), "{role}: {landing} says what it is for");
        // The account page shows what is stored, in words, not only as a download.
        let account = client.get(app.url("/konto")).send().await.unwrap();
        assert_eq!(account.status(), 200, "{role} /konto");
        let html = account.text().await.unwrap();
        for words in [
            "Das speichert der Wegweiser über Ihr Konto",
            email.as_str(),
            "Konto seit",
            "02.12.2026",
            "ein Gerät (dieses)",
            "Meine Daten herunterladen",
        ] {
            assert!(html.contains(words), "{role}: /konto shows {words}");
        }
    }
    // A page asked for before signing in is still where the login leads.
    add_user(&app, "zweite@example.de", "parent");
    let client = browser();
    let form = client
        .get(app.url("/anmelden?next=/veranstaltungen"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = client
        .post(app.url("/anmelden"))
        .form(&[
            ("email", "zweite@example.de"),
            ("password", PASSWORD),
            ("csrf", &form_token(&form)),
            ("next", "/veranstaltungen"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/veranstaltungen");
}
