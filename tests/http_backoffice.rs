//! The back office over HTTP: the offer editor and its review, reminders and confirmations, reports
//! of mistakes, synonyms, organisations, categories and places, each on both stores.

use std::process::Command;

use crate::both_backends;
use crate::support::{
    Backend, PASSWORD, Session, TestApp, add_user, browser, browser_form, form_token,
    fresh_database, link_in, signed_in, unescape_html,
};

/// The offer form as a browser would send it, and its form token.
async fn edit_form(client: &Session, offer: i64) -> (String, Vec<(String, String)>) {
    let html = client.page(&format!("/verwaltung/angebote/{offer}")).await;
    let mut fields = browser_form(&html, &format!("/verwaltung/angebote/{offer}"));
    fields.retain(|(k, _)| k != "csrf");
    (form_token(&html), fields)
}

fn unescape(s: &str) -> String {
    unescape_html(s)
}

pub(crate) async fn post_edit(
    client: &Session,
    app: &TestApp,
    offer: i64,
    changes: &[(&str, &str)],
) -> reqwest::Response {
    let (token, mut fields) = edit_form(client, offer).await;
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
    coordinator.page("/verwaltung/einladen").await;
    let r = coordinator
        .post_form(
            "/verwaltung/einladen",
            &[
                ("email", "rita@traeger.de"),
                ("role", "provider_editor"),
                ("organization", org.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let link = link_in(&app.outbox(1).await[0]);
    let rita = app.visitor();
    let token = form_token(&rita.page(&link).await);
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
    let list = rita.page("/verwaltung/angebote").await;
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

    let queue = coordinator.page("/verwaltung/pruefen").await;
    let start = queue
        .find("/verwaltung/pruefen/")
        .expect("a waiting change");
    let review_path: String = queue[start..].split('"').next().unwrap().to_string();
    let review = coordinator.page(&review_path).await;
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
        .post_form(&review_path, &[("decision", "approve")])
        .await;
    assert_eq!(r.status(), 303);
    let public = app.text(&format!("/angebote/{offer}"), 200).await;
    assert!(
        public.contains("Neue Sprechzeiten ab Dezember"),
        "public after approval"
    );
    // The editor hears of it, with the link to the public page.
    let mails = app.outbox(2).await;
    let approved = mails
        .iter()
        .find(|m| m.contains("geprüft und freigegeben"))
        .expect("a mail to the editor about the approval");
    assert!(approved.contains("To: rita@traeger.de"));
    assert!(approved.contains(&format!("/angebote/{offer}")));
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
    let queue = coordinator.page("/verwaltung/pruefen").await;
    let start = queue
        .find("/verwaltung/pruefen/")
        .expect("the second change waits");
    let review_path: String = queue[start..].split('"').next().unwrap().to_string();
    coordinator.page(&review_path).await;
    let r = coordinator
        .post_form(
            &review_path,
            &[("decision", "return"), ("comment", "Bitte mit Datum")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let page = rita.page(&format!("/verwaltung/angebote/{offer}")).await;
    assert!(page.contains("Bitte mit Datum"));
    let mails = app.outbox(3).await;
    let returned = mails
        .iter()
        .find(|m| m.contains("noch nicht freigegeben"))
        .expect("a mail to the editor about the return");
    assert!(returned.contains("To: rita@traeger.de") && returned.contains("Bitte mit Datum"));
    assert!(returned.contains(&format!("/verwaltung/angebote/{offer}")));

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
    let dash = coordinator.page("/verwaltung").await;
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
    let dash = coordinator.page("/verwaltung").await;
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
    let visitor = app.visitor();
    let html = visitor.page(&page).await;
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
    let dash = other.page("/verwaltung").await;
    assert!(
        !dash.contains("Mittwochs ist seit Oktober"),
        "other providers do not see it"
    );
    let coordinator = signed_in(&app, "koordination@example.de").await;
    let dash = coordinator.page("/verwaltung").await;
    assert!(dash.contains("Mittwochs ist seit Oktober geschlossen."));
    let start = dash.find("/verwaltung/meldungen/").unwrap();
    let close: String = dash[start..].split('"').next().unwrap().to_string();
    let other_token = form_token(&other.page("/verwaltung").await);
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
    let dash = coordinator.page("/verwaltung").await;
    assert!(!dash.contains("Mittwochs ist seit Oktober"));
    assert!(dash.contains("Meldung erledigt"));
}

both_backends! {
    mistakes_are_reported_to_coordinator_and_editors => super::mistakes_are_reported_to_coordinator_and_editors;
}

/// The coordinator creates an offer as a draft (not public), publishes it (public and findable on
/// every page of the index within a second) and archives it (gone again).
async fn offers_are_created_published_and_archived(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let c = signed_in(&app, "koordination@example.de").await;
    let list = c.page("/verwaltung/angebote").await;
    let token = form_token(&list);
    let org = app.json("/api/v1/offers?per_page=1", 200).await["items"][0]["organization"]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let r = c
        .post_form(
            "/verwaltung/angebote",
            &[("organization", org.as_str()), ("name", "  ")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let r = c
        .post_form(
            "/verwaltung/angebote",
            &[
                ("organization", org.as_str()),
                ("name", "Zaubertrank-Sprechstunde"),
            ],
        )
        .await;
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
    // A public page needs a topic and a way to reach the offer: the form says which is missing.
    let refused = status("published").await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("mindestens ein Thema") && page.contains("wie man das Angebot erreicht"));
    assert!(page.contains("id=\"e-categories\"") && page.contains("id=\"e-phone\""));
    assert_eq!(app.get(&format!("/angebote/{id}")).await.status(), 404);
    let (form_token_now, mut fields) = edit_form(&c, id).await;
    fields.push(("categories".into(), "beratung".into()));
    fields.retain(|(k, _)| k != "phone");
    fields.push(("phone".into(), "030 1234567".into()));
    fields.push(("csrf".into(), form_token_now));
    let saved = c
        .post(app.url(&format!("/verwaltung/angebote/{id}")))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
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
    let log = c.page("/verwaltung").await;
    assert!(log.contains("Angebot veröffentlicht") && log.contains("Angebot archiviert"));
}

both_backends! {
    offers_are_created_published_and_archived => super::offers_are_created_published_and_archived;
}

/// The coordinator edits the synonym rules; a bad line keeps everything as typed; a good set is
/// used by the search within seconds.
async fn the_coordinator_edits_synonyms(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let c = app.session("coordinator").await;
    assert_eq!(
        app.json("/api/v1/offers?q=Quasselstunde", 200).await["total"],
        0
    );
    let page = c.page("/verwaltung/synonyme").await;
    assert!(
        page.contains("Hartz IV =&gt; Bürgergeld") || page.contains("Hartz IV =&#62; Bürgergeld")
    );
    let existing = {
        let start = page.find("<textarea").unwrap();
        let start = start + page[start..].find('>').unwrap() + 1;
        let end = start + page[start..].find("</textarea>").unwrap();
        unescape(&page[start..end])
    };
    let rules = format!("{existing}\nQuasselstunde");
    let r = c
        .post_form("/verwaltung/synonyme", &[("rules", &rules)])
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Quasselstunde"), "what was typed is kept");
    assert!(html.contains("id=\"syn-errors\""));
    let rules = format!("{existing}\nQuasselstunde => Sozialberatung");
    let r = c
        .post_form("/verwaltung/synonyme", &[("rules", &rules)])
        .await;
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
    let list = c.page("/verwaltung/traeger").await;
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
    let form = c.page(&format!("/verwaltung/kategorien/{id}")).await;
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
