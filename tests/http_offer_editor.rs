//! The offer and organisation forms as their editors use them: texts in every content language
//! (a German change marks the others outdated instead of deleting them), and every part of an
//! offer — places, topics, languages, target groups, costs, hours — through the same review.

use crate::both_backends;
use crate::support::{
    Backend, Session, TestApp, add_user_for, browser_form, form_token, signed_in,
};

/// The form at `path` as a browser would send it, with its token.
async fn form_at(s: &Session, path: &str) -> Vec<(String, String)> {
    let html = s.page(path).await;
    let mut fields = browser_form(&html, path);
    fields.retain(|(k, _)| k != "csrf");
    fields.push(("csrf".into(), form_token(&html)));
    fields
}

/// Sets a single field (added when the form has none).
fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(k, _)| k == name) {
        Some(f) => f.1 = value.to_string(),
        None => fields.push((name.to_string(), value.to_string())),
    }
}

/// Sets the checked boxes of a repeated field.
fn check_only(fields: &mut Vec<(String, String)>, name: &str, values: &[&str]) {
    fields.retain(|(k, _)| k != name);
    fields.extend(values.iter().map(|v| (name.to_string(), v.to_string())));
}

async fn post(
    s: &Session,
    app: &TestApp,
    path: &str,
    fields: &[(String, String)],
) -> (u16, String) {
    let r = s.post(app.url(path)).form(fields).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap_or_default())
}

async fn offer_id(app: &TestApp, q: &str) -> (i64, i64) {
    let found = app
        .json(&format!("/api/v1/offers?q={q}&per_page=1"), 200)
        .await;
    (
        found["items"][0]["id"].as_i64().unwrap(),
        found["items"][0]["organization"]["id"].as_i64().unwrap(),
    )
}

/// English is entered beside German; changing only the German keeps the English, marked
/// "outdated, please check", and public English pages show the German text until it is checked.
async fn translations_are_kept_and_marked_outdated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let c = app.session("coordinator").await;
    let (offer, org) = offer_id(&app, "Anlauf-+und+Beratungsstelle").await;
    let path = format!("/verwaltung/angebote/{offer}");
    let page = c.page(&path).await;
    // German and English side by side; the demo's English text is in its field.
    assert!(page.contains("name=\"summary__en\""));
    assert!(page.contains("Counselling on everything about raising children alone"));

    let mut f = form_at(&c, &path).await;
    set(&mut f, "cost_note__en", "No charge (test)");
    set(&mut f, "cost_note", "Keine Kosten (Test)");
    assert_eq!(post(&c, &app, &path, &f).await.0, 303);
    let en = app.text(&format!("/angebote/{offer}?lang=en"), 200).await;
    assert!(
        en.contains("No charge (test)"),
        "a new English text is public"
    );

    // Only the German summary changes: the English one stays, outdated.
    let mut f = form_at(&c, &path).await;
    set(
        &mut f,
        "summary",
        "Beratung zu allem, was Alleinerziehende bewegt (neu).",
    );
    assert_eq!(post(&c, &app, &path, &f).await.0, 303);
    let page = c.page(&path).await;
    assert!(
        page.contains("Counselling on everything about raising children alone"),
        "the English text is not deleted"
    );
    assert_eq!(
        page.matches("Veraltet, bitte prüfen").count(),
        1,
        "only the summary"
    );
    assert!(page.contains("value=\"en:summary\""));
    let en = app.text(&format!("/angebote/{offer}?lang=en"), 200).await;
    assert!(en.contains("Beratung zu allem, was Alleinerziehende bewegt (neu)."));
    assert!(!en.contains("Counselling on everything about raising children alone"));
    assert!(
        en.contains("Drop-in and counselling centre"),
        "the unchanged name stays English"
    );
    assert!(en.contains("No charge (test)"));

    // Saving again without checking keeps the mark; confirming it makes it public again.
    let f = form_at(&c, &path).await;
    assert_eq!(post(&c, &app, &path, &f).await.0, 303);
    assert!(c.page(&path).await.contains("Veraltet, bitte prüfen"));
    let mut f = form_at(&c, &path).await;
    f.push(("confirm".into(), "en:summary".into()));
    assert_eq!(post(&c, &app, &path, &f).await.0, 303);
    assert!(!c.page(&path).await.contains("Veraltet, bitte prüfen"));
    let en = app.text(&format!("/angebote/{offer}?lang=en"), 200).await;
    assert!(en.contains("Counselling on everything about raising children alone"));

    // An emptied English field removes the translation: English pages show German, marked.
    let mut f = form_at(&c, &path).await;
    set(&mut f, "cost_note__en", "");
    assert_eq!(post(&c, &app, &path, &f).await.0, 303);
    let en = app.text(&format!("/angebote/{offer}?lang=en"), 200).await;
    assert!(!en.contains("No charge (test)") && en.contains("Keine Kosten (Test)"));

    // The organisation's description works the same way.
    let org_path = format!("/verwaltung/traeger/{org}");
    let mut f = form_at(&c, &org_path).await;
    assert!(
        f.iter()
            .any(|(k, v)| k == "description__en" && !v.is_empty())
    );
    let english = f
        .iter()
        .find(|(k, _)| k == "description__en")
        .map(|(_, v)| v.clone())
        .unwrap();
    set(
        &mut f,
        "description",
        "Neue Beschreibung der Koordinierungsstelle (Test).",
    );
    assert_eq!(post(&c, &app, &org_path, &f).await.0, 303);
    let page = c.page(&org_path).await;
    assert!(page.contains("Veraltet, bitte prüfen"));
    assert!(page.contains(&english[..40]));
    let en = app.text(&format!("/traeger/{org}?lang=en"), 200).await;
    assert!(en.contains("Neue Beschreibung der Koordinierungsstelle (Test)."));

    // Too long a translation is refused at its field, nothing saved.
    let mut f = form_at(&c, &path).await;
    set(&mut f, "name__en", &"x".repeat(151));
    set(&mut f, "summary", "Darf nicht gespeichert werden");
    let (status, page) = post(&c, &app, &path, &f).await;
    assert_eq!(status, 422);
    assert!(page.contains("Die Übersetzung ist zu lang.") && page.contains("id=\"e-name\""));
    assert!(
        !app.text(&format!("/angebote/{offer}"), 200)
            .await
            .contains("Darf nicht gespeichert werden")
    );
}

both_backends! {
    translations_are_kept_and_marked_outdated => super::translations_are_kept_and_marked_outdated;
}

/// A provider editor changes places, topics, languages, target groups, costs, childcare and hours
/// of a published offer; nothing is public before the coordinator approves the change, and all
/// of it is after; a published offer cannot lose its topics.
async fn every_part_of_an_offer_goes_through_review(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let c = app.session("coordinator").await;
    let (offer, org) = offer_id(&app, "Anlauf-+und+Beratungsstelle").await;
    add_user_for(&app, "rita@traeger.de", "provider_editor", &[org]);
    let rita = signed_in(&app, "rita@traeger.de").await;
    let path = format!("/verwaltung/angebote/{offer}");
    let before = app.text(&format!("/angebote/{offer}"), 200).await;
    assert!(!before.contains("Russisch"));

    let mut f = form_at(&rita, &path).await;
    assert!(
        f.iter().any(|(k, v)| k == "place" && v != "new"),
        "the offer's place is in the form"
    );
    // The form's closed lists are checkboxes of words, not codes to type.
    check_only(&mut f, "languages", &["de", "ru"]);
    check_only(&mut f, "target_groups", &["single-parents", "fathers"]);
    check_only(&mut f, "categories", &["beratung", "kinderbetreuung"]);
    set(&mut f, "cost", "reduced");
    set(&mut f, "cost_note", "2 € je Termin (Beispiel)");
    set(&mut f, "childcare", "1");
    set(&mut f, "hours", "Mo – Do 9–15 Uhr\nFreitag 10 bis 12 Uhr");
    // The existing place gets a ramp; a new place in Neu-Hohenschönhausen is added.
    set(&mut f, "place_0_wheelchair", "1");
    let new = f.iter().filter(|(k, _)| k == "place").count() - 1;
    set(
        &mut f,
        &format!("place_{new}_name"),
        "Familientreff am Prerower Platz (Beispiel)",
    );
    set(&mut f, &format!("place_{new}_street"), "Prerower Platz 9");
    set(&mut f, &format!("place_{new}_postcode"), "13051");
    set(
        &mut f,
        &format!("place_{new}_ortsteil"),
        "neu-hohenschoenhausen",
    );
    let (status, _) = post(&rita, &app, &path, &f).await;
    assert_eq!(status, 303);
    let public = app.text(&format!("/angebote/{offer}"), 200).await;
    assert!(!public.contains("Russisch") && !public.contains("Prerower Platz"));

    // The review names every change in words.
    let queue = c.page("/verwaltung/pruefen").await;
    let start = queue
        .find("/verwaltung/pruefen/")
        .expect("a waiting change");
    let review_path: String = queue[start..].split('"').next().unwrap().to_string();
    let review = c.page(&review_path).await;
    for expected in [
        "Russisch",
        "Väter",
        "Kinderbetreuung",
        "2 € je Termin (Beispiel)",
        "Prerower Platz 9 13051, Neu-Hohenschönhausen",
        "Fr 10:00-12:00",
    ] {
        assert!(review.contains(expected), "review shows {expected}");
    }
    let r = c.post_form(&review_path, &[("decision", "approve")]).await;
    assert_eq!(r.status(), 303);

    let public = app.text(&format!("/angebote/{offer}"), 200).await;
    for expected in [
        "Russisch",
        "Prerower Platz 9",
        "Neu-Hohenschönhausen",
        "2 € je Termin (Beispiel)",
        "10:00",
    ] {
        assert!(public.contains(expected), "public page shows {expected}");
    }
    // The search index follows: the new Ortsteil and the language filter find the offer.
    let mut found = false;
    for _ in 0..40 {
        let r = app
            .json(
                "/api/v1/offers?ortsteil=neu-hohenschoenhausen&language=ru",
                200,
            )
            .await;
        if r["items"]
            .as_array()
            .is_some_and(|a| a.iter().any(|o| o["id"].as_i64() == Some(offer)))
        {
            found = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(found, "the offer is found in its new Ortsteil and language");

    // A published offer keeps a topic.
    let mut f = form_at(&rita, &path).await;
    check_only(&mut f, "categories", &[]);
    let (status, page) = post(&rita, &app, &path, &f).await;
    assert_eq!(status, 422);
    assert!(page.contains("mindestens ein Thema") && page.contains("id=\"e-categories\""));
    // A place of another organisation cannot be taken over through the form.
    let mut f = form_at(&rita, &path).await;
    let foreign = app.json("/api/v1/offers?per_page=100", 200).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["organization"]["id"].as_i64() != Some(org))
        .flat_map(|o| o["locations"].as_array().cloned().unwrap_or_default())
        .find_map(|l| l["id"].as_i64())
        .unwrap();
    if let Some(p) = f.iter_mut().find(|(k, v)| k == "place" && v != "new") {
        p.1 = foreign.to_string();
    }
    assert_eq!(post(&rita, &app, &path, &f).await.0, 400);
    // A typed code that is not in the list is refused, not stored.
    let mut f = form_at(&rita, &path).await;
    check_only(&mut f, "languages", &["Russisch"]);
    assert_eq!(post(&rita, &app, &path, &f).await.0, 422);
}

both_backends! {
    every_part_of_an_offer_goes_through_review => super::every_part_of_an_offer_goes_through_review;
}

/// Two editors saving the same offer at once: both saves land whole (one after the other), the
/// offer ends with one of the two versions, not a mix of both.
async fn parallel_saves_do_not_mix(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let c = app.session("coordinator").await;
    let (offer, _) = offer_id(&app, "Anlauf-+und+Beratungsstelle").await;
    let path = format!("/verwaltung/angebote/{offer}");
    let base = form_at(&c, &path).await;
    let mut tasks = Vec::new();
    for i in 0..8 {
        let mut f = base.clone();
        set(&mut f, "summary", &format!("Fassung {i}"));
        set(&mut f, "summary__en", &format!("Version {i}"));
        check_only(
            &mut f,
            "languages",
            if i % 2 == 0 { &["de"] } else { &["de", "ar"] },
        );
        let c = c.clone();
        let url = app.url(&path);
        tasks.push(tokio::spawn(async move {
            c.post(url).form(&f).send().await.unwrap().status().as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 303);
    }
    let f = form_at(&c, &path).await;
    let get = |k: &str| {
        f.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    let n: usize = get("summary")
        .trim_start_matches("Fassung ")
        .parse()
        .unwrap();
    assert_eq!(get("summary__en"), format!("Version {n}"));
    let arabic = f.iter().any(|(k, v)| k == "languages" && v == "ar");
    assert_eq!(
        arabic,
        n % 2 == 1,
        "languages from the same save as the texts"
    );
}

both_backends! {
    parallel_saves_do_not_mix => super::parallel_saves_do_not_mix;
}

/// Every demo offer opens in the form and saves unchanged: the form carries the whole offer, so a
/// save without edits changes nothing a parent or the API sees (and every published demo offer has
/// what publishing needs).
async fn an_unchanged_save_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let c = app.session("coordinator").await;
    let all = app.json("/api/v1/offers?per_page=100", 200).await;
    let ids: Vec<i64> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["id"].as_i64())
        .collect();
    assert!(ids.len() > 20);
    for id in ids {
        let before = app.json(&format!("/api/v1/offers/{id}?lang=en"), 200).await;
        let path = format!("/verwaltung/angebote/{id}");
        let f = form_at(&c, &path).await;
        let (status, page) = post(&c, &app, &path, &f).await;
        assert_eq!(
            status,
            303,
            "offer {id}: {}",
            &page[page.len().min(page.find("field-error").unwrap_or(0))..]
                .chars()
                .take(300)
                .collect::<String>()
        );
        let after = app.json(&format!("/api/v1/offers/{id}?lang=en"), 200).await;
        assert_eq!(before, after, "offer {id} changed by a save without edits");
    }
}

both_backends! {
    an_unchanged_save_changes_nothing => super::an_unchanged_save_changes_nothing;
}
