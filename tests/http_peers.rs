//! The tandem through the running binary (issue 16): a parent creates a private profile with
//! consent, sees the demo's example parents with what they share in words, blocks one, withdraws
//! consent; bad input is answered at its field; parallel saves leave one profile.

use crate::both_backends;
use crate::support::{Backend, TestApp, add_user, signed_in, unescape_html};

both_backends! {
    a_parent_finds_others_with_consent_and_blocks_one => super::a_parent_finds_others_with_consent_and_blocks_one;
    withdrawn_consent_hides_a_profile_at_once => super::withdrawn_consent_hides_a_profile_at_once;
    parallel_saves_leave_one_profile => super::parallel_saves_leave_one_profile;
}

const PROFILE: &[(&str, &str)] = &[
    ("display_name", "Linh"),
    ("ortsteil", "fennpfuhl"),
    ("child_ages", "under3"),
    ("languages", "de"),
    ("languages", "vi"),
    ("looking_for", "talk"),
    ("free_times", "afternoons"),
    ("identity", "mother"),
    ("wants", "anyone"),
];

fn with<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut v: Vec<(&str, &str)> = PROFILE.to_vec();
    v.extend_from_slice(extra);
    v
}

/// The suggestion cards' names, in order.
fn names(html: &str) -> Vec<String> {
    html.split("<li class=\"card\">")
        .skip(1)
        .filter_map(|card| {
            let start = card.find("<bdi>")? + 5;
            let end = card.find("</bdi>")?;
            Some(unescape_html(&card[start..end]))
        })
        .collect()
}

async fn a_parent_finds_others_with_consent_and_blocks_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "linh@example.de", "parent");
    let c = signed_in(&app, "linh@example.de").await;

    let intro = c.page("/tandem").await;
    assert!(
        intro.contains("href=\"/tandem/profil\""),
        "invites to a profile"
    );
    assert!(names(&intro).is_empty(), "no suggestions without a profile");
    let anonymous = app.text("/tandem", 200).await;
    assert!(names(&anonymous).is_empty());
    assert!(
        !anonymous.contains("(Beispiel)"),
        "no public list of parents"
    );

    // Without consent nothing is stored; the message stands at the box.
    let r = c.post_form("/tandem/profil", &with(&[])).await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.expect("body");
    assert!(page.contains("id=\"e-consent\""));
    assert!(page.contains("Ohne Ihre Einwilligung"));
    assert!(
        page.contains("value=\"Linh\""),
        "what was typed is kept: {}",
        &page[..200.min(page.len())]
    );
    assert!(names(&c.page("/tandem").await).is_empty());

    // Contact details in the pseudonym, a street instead of an Ortsteil.
    let r = c
        .post_form(
            "/tandem/profil",
            &[
                ("display_name", "Linh 0176 1234567"),
                ("ortsteil", "Möllendorffstraße 6"),
                ("child_ages", "under3"),
                ("languages", "de"),
                ("looking_for", "talk"),
                ("identity", "mother"),
                ("wants", "anyone"),
                ("consent", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.expect("body");
    assert!(page.contains("id=\"e-display_name\""));
    assert!(page.contains("Kontaktdaten gehören nicht ins Profil"));
    assert!(page.contains("id=\"e-ortsteil\""));

    let r = c
        .post_form("/tandem/profil", &with(&[("consent", "1")]))
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/tandem?hinweis=gespeichert");

    let page = c.page("/tandem").await;
    let found = names(&page);
    assert_eq!(
        found.first().map(String::as_str),
        Some("Mai (Beispiel)"),
        "the closest example first: {found:?}"
    );
    let text = unescape_html(&page);
    assert!(
        text.contains(
            "Sie haben beide Kinder unter 3, wohnen beide in Fennpfuhl, sprechen beide Vietnamesisch, suchen beide Austausch und haben beide nachmittags Zeit."
        ),
        "the overlap in words"
    );
    // Only a parent who wants mothers too, or anyone; Tobias (a father who meets anyone) may
    // come, Jana (mothers only) may too since Linh is a mother.
    assert!(!page.contains("@example.org"), "no address of anyone");
    let english = c.page("/tandem?lang=en").await;
    c.page("/tandem?lang=de").await;
    assert!(
        unescape_html(&english).contains(
            "You both have children under 3, both live in Fennpfuhl, both speak Vietnamese"
        ),
        "the overlap in English"
    );

    // Blocking: the handle is in the form; afterwards she is gone, and a second block is no error.
    let card = page
        .split("<li class=\"card\">")
        .nth(1)
        .expect("the first card");
    let handle_at = card.find("name=\"profil\" value=\"").expect("handle") + 21;
    let handle = &card[handle_at..handle_at + 43];
    let r = c.post_form("/tandem/sperren", &[("profil", handle)]).await;
    assert_eq!(r.status(), 303);
    let after = c.page("/tandem?hinweis=gesperrt").await;
    assert!(after.contains("Gesperrt."));
    assert!(!names(&after).contains(&"Mai (Beispiel)".to_string()));
    let again = c.post_form("/tandem/sperren", &[("profil", handle)]).await;
    assert_eq!(again.status(), 303);
    let unknown = c
        .post_form("/tandem/sperren", &[("profil", &"x".repeat(43))])
        .await;
    assert_eq!(unknown.status(), 404);

    // The export holds the profile and the number of blocks, not whom.
    let export = c.page("/konto/daten").await;
    let json: serde_json::Value = serde_json::from_str(&export).expect("json");
    assert_eq!(json["tandem_profile"]["profile"]["display_name"], "Linh");
    assert_eq!(json["tandem_blocked"], 1);
    assert!(
        !export.contains(handle),
        "the blocked one's handle is not in the file"
    );

    // The coordinator's tile never shows a count below five (8 examples + Linh − nothing = 9).
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    assert!(
        k.page("/verwaltung")
            .await
            .contains("Tandem: 9 Eltern nehmen teil.")
    );

    // Deleting the profile: no suggestions, the form is empty again.
    let r = c.post_form("/tandem/profil/loeschen", &[]).await;
    assert_eq!(r.status(), 303);
    assert!(names(&c.page("/tandem").await).is_empty());
    assert!(!c.page("/tandem/profil").await.contains("value=\"Linh\""));
}

async fn withdrawn_consent_hides_a_profile_at_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "linh@example.de", "parent");
    add_user(&app, "anh@example.de", "parent");
    let linh = signed_in(&app, "linh@example.de").await;
    let anh = signed_in(&app, "anh@example.de").await;
    assert_eq!(
        linh.post_form("/tandem/profil", &with(&[("consent", "1")]))
            .await
            .status(),
        303
    );
    let mut anh_profile = with(&[("consent", "1")]);
    anh_profile[0] = ("display_name", "Anh");
    assert_eq!(
        anh.post_form("/tandem/profil", &anh_profile).await.status(),
        303
    );
    assert!(names(&linh.page("/tandem").await).contains(&"Anh".to_string()));

    let r = anh
        .post_form("/tandem/einwilligung", &[("consent", "0")])
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        !names(&linh.page("/tandem").await).contains(&"Anh".to_string()),
        "withdrawn: gone at once"
    );
    let own = anh.page("/tandem").await;
    assert!(names(&own).is_empty(), "and Anh sees no one either");
    assert!(own.contains("Einwilligung erneut geben"));
    // Saving the profile again does not give consent by itself.
    assert_eq!(
        anh.post_form("/tandem/profil", &anh_profile[..anh_profile.len() - 1])
            .await
            .status(),
        303
    );
    assert!(!names(&linh.page("/tandem").await).contains(&"Anh".to_string()));
    anh.post_form("/tandem/einwilligung", &[("consent", "1")])
        .await;
    assert!(names(&linh.page("/tandem").await).contains(&"Anh".to_string()));

    // Other roles cannot make a profile; a post without the form token is refused.
    let provider = app.session("provider_editor").await;
    let r = provider
        .get(app.url("/tandem/profil"))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 403);
    let r = linh
        .client
        .post(app.url("/tandem/einwilligung"))
        .form(&[("consent", "0")])
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 403);
}

async fn parallel_saves_leave_one_profile(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "linh@example.de", "parent");
    let c = signed_in(&app, "linh@example.de").await;
    let names_sent: Vec<String> = (0..8)
        .map(|i| format!("Linh {}", "abcdefgh".chars().nth(i).unwrap_or('x')))
        .collect();
    let tasks: Vec<_> = names_sent
        .iter()
        .map(|n| {
            let c = c.clone();
            let mut fields: Vec<(String, String)> = with(&[("consent", "1")])
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            fields[0].1 = n.clone();
            tokio::spawn(async move {
                let borrowed: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                c.post_form("/tandem/profil", &borrowed)
                    .await
                    .status()
                    .as_u16()
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.expect("task"), 303, "every save is answered");
    }
    let export = c.page("/konto/daten").await;
    let json: serde_json::Value = serde_json::from_str(&export).expect("json");
    let saved = json["tandem_profile"]["profile"]["display_name"]
        .as_str()
        .expect("one profile")
        .to_string();
    assert!(names_sent.contains(&saved), "one whole save won: {saved}");
}
