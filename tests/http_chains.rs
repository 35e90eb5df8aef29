//! Service chains over HTTP: a parent follows one without an account (progress only in a cookie or
//! a private link), the print view and the QR code; the coordinator drafts, previews, reorders and
//! publishes; a change in the directory shows in the chain.

use crate::both_backends;
use crate::support::{Backend, TestApp};
use crate::support::{add_user, form_token, signed_in};

both_backends! {
    a_parent_follows_a_chain_without_an_account => super::a_parent_follows_a_chain_without_an_account;
    the_coordinator_drafts_previews_and_publishes_a_chain => super::the_coordinator_drafts_previews_and_publishes_a_chain;
    a_change_in_the_directory_shows_in_the_chain => super::a_change_in_the_directory_shows_in_the_chain;
}

const CHAIN: &str = "/wege/schwanger-und-allein";

async fn tick(
    app: &TestApp,
    client: &reqwest::Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(app.url(&format!("{CHAIN}/fortschritt")))
        .form(fields)
        .send()
        .await
        .expect("post progress")
}

async fn a_parent_follows_a_chain_without_an_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let list = app.text("/wege", 200).await;
    for title in [
        "Schwanger und allein",
        "Trennung mit Kindern",
        "Das Kind braucht einen Kita-Platz",
        "Schulstart",
        "Zurück in den Beruf oder in eine Ausbildung",
        "Das Geld reicht nicht",
        "Wohnungsprobleme oder drohende Wohnungslosigkeit",
        "Krise, Gewalt, Notfall",
    ] {
        assert!(list.contains(title), "the list has {title}");
    }
    let client = app.visitor();
    let html = client.page(CHAIN).await;
    assert!(html.contains("0 von 9 Schritten erledigt"));
    // Steps link to the directory's offers, with their addresses.
    assert!(html.contains("Schwangerschaftsberatung"));
    assert!(html.contains("Konrad-Wolf-Straße 12, 13055 Berlin"));
    assert!(html.contains("Unterhaltsvorschuss"));
    assert!(html.contains("Mitbringen"));
    assert!(html.contains("Wann das für Sie gilt:"));

    // Ticking a step: the answer only sets a cookie and goes back to the step.
    let r = tick(
        &app,
        &client,
        &[("stand", ""), ("schritt", "s1"), ("erledigt", "1")],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], format!("{CHAIN}#schritt-s1"));
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.starts_with("ww_wege=schwanger-und-allein:s1;"),
        "{cookie}"
    );
    assert!(cookie.contains("HttpOnly"));
    let r = client.get(app.url(CHAIN)).send().await.unwrap();
    assert_eq!(r.headers()["cache-control"], "no-store");
    let html = r.text().await.unwrap();
    assert!(html.contains("1 von 9 Schritten erledigt"));
    assert!(html.contains("/wege/schwanger-und-allein?stand=s1"));
    tick(
        &app,
        &client,
        &[("stand", "s1"), ("schritt", "s4"), ("erledigt", "1")],
    )
    .await;
    assert!(
        client
            .page("/wege")
            .await
            .contains("2 von 9 Schritten erledigt")
    );

    // The private link shows the same progress in a browser without the cookie.
    let other = app.visitor();
    let html = other
        .page(&format!("{CHAIN}?stand=s1.s4.gibt-es-nicht"))
        .await;
    assert!(html.contains("2 von 9 Schritten erledigt"));
    assert!(html.contains("Sie sehen den Stand aus Ihrem persönlichen Link"));
    assert!(
        other
            .page(CHAIN)
            .await
            .contains("0 von 9 Schritten erledigt")
    );

    // The event date turns relative deadlines into dates: Kindergeld within 6 months, Elterngeld
    // within 3 months of the birth.
    let r = tick(
        &app,
        &client,
        &[
            ("stand", "s1.s4"),
            ("aktion", "datum"),
            ("datum", "2027-03-01"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let html = client.page(CHAIN).await;
    assert!(html.contains("bis 01.09.2027"), "Kindergeld deadline");
    assert!(html.contains("bis 01.06.2027"), "Elterngeld deadline");
    assert!(html.contains("value=\"2027-03-01\""));
    // A date that does not exist: a message at the field, nothing changed.
    let r = tick(
        &app,
        &client,
        &[
            ("stand", "s1.s4@2027-03-01"),
            ("aktion", "datum"),
            ("datum", "31.02.2027"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"e-datum\""));
    assert!(html.contains("Bitte geben Sie ein Datum wie 01.03.2027 ein."));
    assert!(client.page(CHAIN).await.contains("bis 01.09.2027"));

    // Print view: one checklist with the ticked steps and the addresses; a QR code for posters.
    let print = client.page(&format!("{CHAIN}/drucken")).await;
    assert_eq!(print.matches('☑').count(), 2);
    assert_eq!(print.matches('☐').count(), 7);
    assert!(print.contains("Große-Leege-Straße 103, 13055 Berlin"));
    assert!(print.contains("Mo, Di, Mi 09:00–15:00"), "opening hours");
    assert!(print.contains("/wege/schwanger-und-allein/qr.svg"));
    let qr = app.get(&format!("{CHAIN}/qr.svg")).await;
    assert_eq!(qr.status(), 200);
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    let svg = qr.text().await.unwrap();
    assert!(svg.contains("<svg") && svg.contains("<path"));
    assert_eq!(app.get("/wege/gibt-es-nicht/qr.svg").await.status(), 404);
    let poster = app.text(&format!("{CHAIN}/aushang"), 200).await;
    assert!(poster.contains("/wege/schwanger-und-allein/qr.svg"));
    assert!(poster.contains("Code scannen"));

    // Starting over forgets the chain in the cookie.
    let r = tick(&app, &client, &[("stand", "s1.s4"), ("aktion", "neu")]).await;
    assert_eq!(r.status(), 303);
    assert!(
        r.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("ww_wege=;")
    );
    assert!(
        client
            .page(CHAIN)
            .await
            .contains("0 von 9 Schritten erledigt")
    );

    // Bad input: an unknown step, an unknown chain, a slug no chain can have.
    let r = tick(&app, &client, &[("schritt", "s99"), ("erledigt", "1")]).await;
    assert_eq!(r.status(), 400);
    assert_eq!(app.get("/wege/gibt-es-nicht").await.status(), 404);
    assert_eq!(app.get("/wege/Gross%20und%20Klein").await.status(), 404);

    // English.
    let html = app.text(&format!("{CHAIN}?lang=en"), 200).await;
    assert!(html.contains("Pregnant and on my own"));
    assert!(html.contains("0 of 9 steps done"));
}

/// A form sent as it is, without the session's token.
async fn post_raw(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .expect("post")
}

fn version(html: &str) -> String {
    let start = html
        .find("name=\"version\" value=\"")
        .expect("version field")
        + 22;
    html[start..].split('"').next().unwrap_or("").to_string()
}

async fn the_coordinator_drafts_previews_and_publishes_a_chain(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let list = c.page("/verwaltung/wege").await;
    assert!(list.contains("Schwanger und allein"));

    // Bad slug, taken slug, missing title: messages at the fields.
    for (slug, title, message) in [
        ("Mit Leerzeichen", "Titel", "Bitte nur Kleinbuchstaben"),
        (
            "schulstart",
            "Titel",
            "Diesen Kurznamen hat schon ein anderer Weg.",
        ),
        ("umzug", "", "Bitte geben Sie einen deutschen Titel ein."),
    ] {
        let r = c
            .post_form("/verwaltung/wege", &[("slug", slug), ("title_de", title)])
            .await;
        assert_eq!(r.status(), 422, "{slug}");
        let html = r.text().await.unwrap();
        assert!(html.contains(message), "{slug}: {message}");
        assert!(html.contains(&format!("value=\"{slug}\"")), "input kept");
    }
    let r = c
        .post_form(
            "/verwaltung/wege",
            &[("slug", "umzug"), ("title_de", "Umzug mit Kindern")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let edit = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        app.get("/wege/umzug").await.status(),
        404,
        "a draft is not public"
    );

    // Publishing an empty chain is refused with what is missing.
    let html = c.page(&edit).await;
    let r = c
        .post_form(
            &format!("{edit}/status"),
            &[("version", &version(&html)), ("aktion", "veroeffentlichen")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Ein Weg braucht mindestens einen Schritt.")
    );

    // Two steps; the first linked to an offer of the directory.
    let offers = app.json("/api/v1/offers?q=Wohngeld&per_page=1", 200).await;
    let wohngeld = offers["items"][0]["id"].as_i64().unwrap().to_string();
    let step_form = c.page(&format!("{edit}/schritte/neu")).await;
    assert!(
        step_form.contains("Wohngeld beantragen"),
        "offers to choose from"
    );
    let r = c
        .post_form(
            &format!("{edit}/schritte/neu"),
            &[
                ("version", &version(&step_form)),
                ("title_de", "Wohnung ummelden"),
                ("deadline_de", "innerhalb von zwei Wochen"),
                ("deadline_offset", "zwei"),
                ("deadline_unit", "weeks"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "a deadline offset that is not a number");
    let html = r.text().await.unwrap();
    assert!(html.contains("Bitte eine ganze Zahl"));
    assert!(html.contains("value=\"Wohnung ummelden\""), "input kept");
    let html = c.page(&edit).await;
    let r = c
        .post_form(
            &format!("{edit}/schritte/neu"),
            &[
                ("version", &version(&html)),
                ("title_de", "Wohngeld neu beantragen"),
                ("title_en", "Apply for housing benefit again"),
                ("documents_de", "Mietvertrag\nMeldebescheinigung"),
                ("offer", &wohngeld),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let html = c.page(&edit).await;
    let r = c
        .post_form(
            &format!("{edit}/schritte/neu"),
            &[
                ("version", &version(&html)),
                ("title_de", "Wohnung ummelden"),
                ("deadline_de", "innerhalb von zwei Wochen nach dem Einzug"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);

    // Reorder: the second step moves up; the preview shows the draft in that order.
    let html = c.page(&edit).await;
    assert!(html.find("Wohngeld neu beantragen") < html.find("Wohnung ummelden"));
    let r = c
        .post_form(
            &format!("{edit}/schritte"),
            &[
                ("version", &version(&html)),
                ("schritt", "s2"),
                ("aktion", "hoch"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    // A form from before the move is out of date: refused, not merged.
    let stale = c
        .post_form(
            &format!("{edit}/schritte"),
            &[
                ("version", &version(&html)),
                ("schritt", "s1"),
                ("aktion", "entfernen"),
            ],
        )
        .await;
    assert_eq!(stale.status(), 409);
    assert!(stale.text().await.unwrap().contains("Inzwischen geändert"));
    let preview = c.page(&format!("{edit}/vorschau")).await;
    assert!(preview.contains("Vorschau des Entwurfs"));
    assert!(preview.find("Wohnung ummelden") < preview.find("Wohngeld neu beantragen"));
    assert!(preview.contains("Meldebescheinigung"));

    // Publish: parents see it; a later draft change stays private until published again.
    let html = c.page(&edit).await;
    let r = c
        .post_form(
            &format!("{edit}/status"),
            &[("version", &version(&html)), ("aktion", "veroeffentlichen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let public = app.text("/wege/umzug", 200).await;
    assert!(public.contains("Umzug mit Kindern"));
    assert!(public.contains("Wohngeld beantragen"), "the linked offer");
    assert!(app.text("/wege", 200).await.contains("Umzug mit Kindern"));
    assert!(
        app.text("/wege/umzug?lang=en", 200)
            .await
            .contains("Apply for housing benefit again")
    );
    let html = c.page(&edit).await;
    let r = c
        .post_form(
            &edit,
            &[
                ("version", &version(&html)),
                ("title_de", "Umziehen mit Kindern"),
                ("related", "schulstart, Falsch Geschrieben"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "a related chain must be a short name");
    let r = c
        .post_form(
            &edit,
            &[
                ("version", &version(&html)),
                ("title_de", "Umziehen mit Kindern"),
                ("related", "schulstart"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        app.text("/wege/umzug", 200)
            .await
            .contains("Umzug mit Kindern")
    );
    assert!(
        c.page(&edit)
            .await
            .contains("Entwurf mit unveröffentlichten Änderungen")
    );

    // Other roles and anonymous visitors do not get in; forms without the token are refused.
    add_user(&app, "traeger@example.de", "provider_editor");
    let p = signed_in(&app, "traeger@example.de").await;
    assert_eq!(p.get(app.url(&edit)).send().await.unwrap().status(), 403);
    let r = post_raw(
        &app,
        &c,
        &format!("{edit}/status"),
        &[("version", "1"), ("aktion", "archivieren")],
    )
    .await;
    assert_eq!(r.status(), 403);
    assert_eq!(app.get(&edit).await.status(), 303);
}

async fn a_change_in_the_directory_shows_in_the_chain(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let offers = app
        .json("/api/v1/offers?q=Hebammensprechstunde&per_page=1", 200)
        .await;
    let id = offers["items"][0]["id"].as_i64().unwrap();
    // Link the offer to the first step of the demo chain through the editor.
    let chains = c.page("/verwaltung/wege").await;
    let token = form_token(&chains);
    let edit = "/verwaltung/wege/1";
    let step = c.page(&format!("{edit}/schritte/s1")).await;
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), token.clone()),
        ("version".into(), version(&step)),
        ("title_de".into(), "Schwangerschaftsberatung nutzen".into()),
        ("offer".into(), id.to_string()),
    ];
    fields.push(("deadline_unit".into(), "months".into()));
    let r = c
        .post(app.url(&format!("{edit}/schritte/s1")))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let html = c.page(edit).await;
    let r = c
        .post_form(
            &format!("{edit}/status"),
            &[("version", &version(&html)), ("aktion", "veroeffentlichen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        app.text(CHAIN, 200)
            .await
            .contains("Hebammensprechstunde für Frauen ohne Krankenversicherung")
    );
    // The provider's offer is archived in the directory: the chain no longer sends parents there,
    // and the editor warns the coordinator.
    c.page(&format!("/verwaltung/angebote/{id}")).await;
    let r = c
        .post_form(
            &format!("/verwaltung/angebote/{id}/status"),
            &[("status", "archived")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let html = app.text(CHAIN, 200).await;
        if !html.contains("Hebammensprechstunde für Frauen ohne Krankenversicherung") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "archived offer still in the chain"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(c.page(edit).await.contains(&format!("Angebot Nr. {id}")));
}
