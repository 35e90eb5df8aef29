//! The benefits check over HTTP: results with amounts, messages at the questions, nothing kept.

use crate::both_backends;
use crate::support::{Backend, TestApp};

both_backends! {
    two_children_without_maintenance_get_unterhaltsvorschuss => super::two_children_without_maintenance_get_unterhaltsvorschuss;
    impossible_answers_are_reported_at_their_question => super::impossible_answers_are_reported_at_their_question;
    every_benefit_shows_where_to_apply => super::every_benefit_shows_where_to_apply;
    english_pages_write_amounts_and_dates_in_english => super::english_pages_write_amounts_and_dates_in_english;
}

/// The same answers in English: "€526.00", "€4,500.00", dates with the month's name; in
/// German "526,00 €" and "4.500,00 €".
async fn english_pages_write_amounts_and_dates_in_english(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let answers = [
        ("age_1", "3"),
        ("age_2", "8"),
        ("maintenance_1", ""),
        ("maintenance_2", "0"),
        ("income", "900"),
    ];
    let en = app
        .client
        .post(app.url("/leistungs-check?lang=en"))
        .form(&answers)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(en.contains("€526.00"), "English amount");
    assert!(en.contains("€4,500.00"), "English thousands separator");
    assert!(
        !en.contains("526,00"),
        "no German decimal comma on an English page"
    );
    assert!(
        !en.contains(".2026 ") && !en.contains(".2027"),
        "no German dates"
    );
    let de = post(&app, &answers).await.text().await.unwrap();
    assert!(de.contains("526,00\u{a0}€") && de.contains("4.500,00\u{a0}€"));
}

async fn post(app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(app.url("/leistungs-check"))
        .form(fields)
        .send()
        .await
        .expect("post")
}

async fn two_children_without_maintenance_get_unterhaltsvorschuss(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    assert_eq!(app.get("/leistungs-check").await.status(), 200);
    let r = post(
        &app,
        &[
            ("age_1", "3"),
            ("age_2", "8"),
            ("maintenance_1", ""),
            ("maintenance_2", "0"),
            ("income", "900"),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    let html = r.text().await.unwrap();
    // 227 € (age 3) + 299 € (age 8) = 526 € per month.
    assert!(html.contains("Unterhaltsvorschuss"));
    assert!(
        html.contains("etwa 526,00\u{a0}€ im Monat"),
        "UV for both children"
    );
    assert!(
        html.contains("Kind 1 (3 Jahre): 227,00\u{a0}€"),
        "UV for the child of 3"
    );
    assert!(
        html.contains("Kind 2 (8 Jahre): 299,00\u{a0}€"),
        "UV for the child of 8"
    );
    assert!(
        html.contains("etwa 518,00\u{a0}€ im Monat"),
        "Kindergeld 2 × 259 €"
    );
    assert!(
        html.contains("4.500,00\u{a0}€ im Jahr"),
        "Entlastungsbetrag 4,260 + 240 €"
    );
    assert!(
        !html.contains("Mehrbedarf für Alleinerziehende</h3>"),
        "only with Bürgergeld"
    );
    assert!(html.contains("unverbindliche Einschätzung"));
    assert!(html.contains("gültig vom 01.01.2026"));

    let r = post(
        &app,
        &[("age_1", "3"), ("income", "0"), ("buergergeld", "1")],
    )
    .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("etwa 202,68\u{a0}€ im Monat"),
        "Mehrbedarf 36 % of 563 €"
    );
}

async fn impossible_answers_are_reported_at_their_question(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let r = post(
        &app,
        &[
            ("age_1", "30"),
            ("age_2", "4"),
            ("maintenance_2", "-50"),
            ("income", "viel"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    for field in ["e-age_1", "e-maintenance_2", "e-income"] {
        assert!(
            html.contains(&format!("id=\"{field}\"")),
            "message at {field}"
        );
    }
    assert!(
        html.contains("value=\"30\"")
            && html.contains("value=\"-50\"")
            && html.contains("value=\"viel\""),
        "answers kept"
    );
    let r = post(&app, &[("income", "1000")]).await;
    assert_eq!(r.status(), 422, "at least one child");
    // A birth in the last 14 months but no baby listed; a rent that is no amount.
    let r = post(
        &app,
        &[
            ("age_1", "8"),
            ("birth", "1"),
            ("pregnant", "1"),
            ("rent", "zu hoch"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"e-birth\"") && html.contains("id=\"e-rent\""));
    assert!(html.contains("value=\"zu hoch\""), "answers kept");
    assert!(
        html.contains("name=\"pregnant\" value=\"1\" checked"),
        "ticked answers kept"
    );
    let r = post(
        &app,
        &[("age_99", "3"), ("age_1", "💥"), ("income", "1e309")],
    )
    .await;
    assert_eq!(r.status(), 422, "odd input is a message, never a 500");
}

async fn every_benefit_shows_where_to_apply(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Pregnant with a first child: no child to name yet.
    let html = post(&app, &[("pregnant", "1")]).await.text().await.unwrap();
    assert!(html.contains("Elterngeld</h3>"));
    assert!(html.contains("zwischen 300,00\u{a0}€ und 1.800,00\u{a0}€ im Monat"));
    assert!(
        html.contains("Ohne Einkommen vor der Geburt"),
        "minimum without earnings"
    );
    assert!(html.contains("Kita-Gutschein</h3>"));
    assert!(html.contains("Beistandschaft des Jugendamts</h3>"));
    assert!(
        html.contains("href=\"/wege/schwanger-und-allein\""),
        "the matching chain"
    );
    assert!(!html.contains("Kindergeld</h3>"), "no child yet");

    // Working single parent with two children, rent, some maintenance.
    let html = post(
        &app,
        &[
            ("age_1", "3"),
            ("age_2", "8"),
            ("maintenance_2", "100"),
            ("income", "1.600"),
            ("rent", "780"),
        ],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(html.contains("Kinderzuschlag (KiZ)</h3>"));
    assert!(html.contains("bis zu 594,00\u{a0}€ im Monat"), "2 × 297 €");
    assert!(html.contains("mindern den Kinderzuschlag"));
    assert!(html.contains("Wohngeld</h3>"));
    assert!(
        html.contains("Kind 2 (8 Jahre): 199,00\u{a0}€"),
        "UV 299 € − 100 € maintenance"
    );
    assert!(
        html.contains("href=\"/angebote?q=Kinderzuschlag\""),
        "offices in the directory"
    );
    // What follows from the suggested Kinderzuschlag and Wohngeld is suggested with them.
    assert!(
        html.contains("Bildung und Teilhabe"),
        "BuT follows from KiZ"
    );
    assert!(html.contains("sobald Kinderzuschlag oder Wohngeld bewilligt sind"));
    assert!(
        html.contains("Berlin-Ticket S (berlinpass)</h3>"),
        "follows from Wohngeld"
    );
    assert!(html.contains("sobald Wohngeld bewilligt ist"));
    // The Kita card says once what is free and what is paid.
    assert!(html.contains(
        "Die Betreuung ist kostenfrei; Sie zahlen nur den Essensanteil von 23,00\u{a0}€ im Monat."
    ));
    assert!(
        !html.contains("Sie zahlen 23,00"),
        "no second, contradicting sentence"
    );
    // Sources are the law or the authority, as links; no commercial sites.
    assert!(html.contains(
        "<a href=\"https://www.gesetze-im-internet.de/bkgg_1996/__6a.html\" rel=\"noopener noreferrer\">§ 6a Bundeskindergeldgesetz</a>"
    ));
    for commercial in [
        "finanz.de",
        "biallo",
        "kinderzuschlag.org",
        "sozialberatungsverein",
    ] {
        assert!(!html.contains(commercial), "{commercial} named as a source");
    }
    // No amount breaks between the number and the euro sign.
    assert!(!html.contains(",00 €"), "a breaking space before €");

    // Asked as people know it: net pay by default, gross on request.
    let form = app.text("/leistungs-check", 200).await;
    assert!(form.contains("name=\"income_kind\" value=\"net\" checked"));
    let net = post(
        &app,
        &[("age_1", "4"), ("income", "550"), ("income_kind", "net")],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(
        net.contains("Kinderzuschlag (KiZ)</h3>")
            && net.contains("ob brutto 600\u{a0}€ erreicht sind")
    );
    let gross = post(
        &app,
        &[("age_1", "4"), ("income", "550"), ("income_kind", "gross")],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(
        !gross.contains("Kinderzuschlag (KiZ)</h3>"),
        "550 € gross is below the minimum"
    );
    assert!(
        gross.contains("name=\"income_kind\" value=\"gross\" checked"),
        "the choice is kept"
    );

    // A trainee with Wohngeld: BuT and the Berlin-Ticket, and a warning about Wohngeld in training.
    let html = post(
        &app,
        &[
            ("age_1", "9"),
            ("income", "900"),
            ("training", "1"),
            ("wohngeld", "1"),
            ("rent", "600"),
        ],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(html.contains("195,00\u{a0}€ im Jahr für Schulbedarf"));
    assert!(html.contains("Sie zahlen 19,00\u{a0}€ im Monat"));
    assert!(html.contains("Wohngeld meist ausgeschlossen"));

    // English.
    let r = app
        .client
        .post(app.url("/leistungs-check?lang=en"))
        .form(&[("age_1", "13"), ("buergergeld", "1")])
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Only the office can check the second"),
        "UV 12-17 on Bürgergeld"
    );
    assert!(html.contains("Berlin-Ticket S (berlinpass)</h3>"));
}
