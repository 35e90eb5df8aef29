//! The tandem through the running binary (issue 16): a parent creates a private profile with
//! consent, sees the demo's example parents with what they share in words, blocks one, withdraws
//! consent; bad input is answered at its field; parallel saves leave one profile.

use crate::both_backends;
use crate::support::{
    Backend, PASSWORD, TestApp, add_user, form_token, login, signed_in, unescape_html,
};

both_backends! {
    a_parent_finds_others_with_consent_and_blocks_one => super::a_parent_finds_others_with_consent_and_blocks_one;
    withdrawn_consent_hides_a_profile_at_once => super::withdrawn_consent_hides_a_profile_at_once;
    parallel_saves_leave_one_profile => super::parallel_saves_leave_one_profile;
    two_parents_agree_write_and_a_report_is_moderated => super::two_parents_agree_write_and_a_report_is_moderated;
    a_parent_signs_up_and_writes_only_once_the_address_is_confirmed => super::a_parent_signs_up_and_writes_only_once_the_address_is_confirmed;
    groups_are_proposed_approved_found_and_joined => super::groups_are_proposed_approved_found_and_joined;
    group_members_write_and_nobody_else_reads_it => super::group_members_write_and_nobody_else_reads_it;
    a_request_reaches_a_parent_in_the_language_they_signed_in_with => super::a_request_reaches_a_parent_in_the_language_they_signed_in_with;
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

/// A parent with a profile (consent given) named `name`.
async fn parent_with_profile(app: &TestApp, name: &str) -> crate::support::Session {
    let email = format!("{}@example.de", name.to_lowercase());
    add_user(app, &email, "parent");
    let c = signed_in(app, &email).await;
    let mut fields = with(&[("consent", "1")]);
    fields[0] = ("display_name", name);
    assert_eq!(c.post_form("/tandem/profil", &fields).await.status(), 303);
    c
}

/// The handle in the first form of `html` that posts `profil` after `marker`.
fn handle_after(html: &str, marker: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} on the page"));
    let rest = &html[at..];
    let start = rest.find("name=\"profil\" value=\"").expect("a handle") + 21;
    rest[start..start + 43].to_string()
}

/// A contact request reaches Anh in Vietnamese, the language she last signed in with; Linh,
/// who asked in German, gets the answer in German.
async fn a_request_reaches_a_parent_in_the_language_they_signed_in_with(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let linh = parent_with_profile(&app, "Linh").await;
    let _ = parent_with_profile(&app, "Anh").await;
    // Anh signs in again, from a browser set to Vietnamese.
    let anh = crate::support::browser();
    anh.get(app.url("/?lang=vi")).send().await.unwrap();
    let r = crate::support::login(&app, &anh, "anh@example.de", crate::support::PASSWORD).await;
    assert!(r.status().is_success() || r.status().is_redirection());
    let page = linh.page("/tandem").await;
    let handle = handle_after(&page, "<bdi>Anh</bdi>");
    let r = linh
        .post_form("/tandem/anfragen", &[("profil", &handle)])
        .await;
    assert_eq!(r.status(), 303);
    let arrived = app.mail_arrives("làm quen với bạn").await;
    let mails = app.outbox(1).await;
    assert!(arrived, "the notice to Anh is in Vietnamese: {mails:?}");
    let notice = mails
        .iter()
        .find(|m| m.contains("To: anh@example.de"))
        .expect("a notice to Anh");
    assert!(!notice.contains("Guten Tag"), "not German");
    // Her own data says which language her notices come in.
    let anh_session = crate::support::signed_in(&app, "anh@example.de").await;
    let export: serde_json::Value =
        serde_json::from_str(&anh_session.page("/konto/daten").await).expect("json");
    assert_eq!(
        export["lang"], "de",
        "signed in again without a language choice: German"
    );
}

async fn two_parents_agree_write_and_a_report_is_moderated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let linh = parent_with_profile(&app, "Linh").await;
    let anh = parent_with_profile(&app, "Anh").await;
    let third = parent_with_profile(&app, "Dritte").await;

    // Linh asks Anh. Anh's mail names nobody; Anh sees Linh with what they share.
    let page = linh.page("/tandem").await;
    let anh_handle = handle_after(&page, "<bdi>Anh</bdi>");
    let r = linh
        .post_form("/tandem/anfragen", &[("profil", &anh_handle)])
        .await;
    assert_eq!(r.status(), 303);
    assert!(linh.page("/tandem").await.contains("Anfrage gesendet"));
    let mails = app.outbox(1).await;
    let notice = mails
        .iter()
        .find(|m| m.contains("To: anh@example.de"))
        .expect("a notice to Anh");
    assert!(!notice.contains("Linh"), "the mail names nobody");
    let contacts = anh.page("/tandem/kontakte").await;
    assert!(contacts.contains("<bdi>Linh</bdi>"));
    assert!(unescape_html(&contacts).contains("Sie haben beide Kinder unter 3"));
    let id: i64 = contacts
        .split("action=\"/tandem/anfragen/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|s| s.parse().ok())
        .expect("the request's id");
    // Before Anh agrees, nobody can write or read.
    let conv = format!("/tandem/kontakte/{id}");
    assert_eq!(
        linh.get(app.url(&conv)).send().await.expect("get").status(),
        404
    );
    // Only Anh decides; Linh cannot accept her own request.
    let own = linh
        .post_form(
            &format!("/tandem/anfragen/{id}"),
            &[("entscheidung", "annehmen")],
        )
        .await;
    assert_eq!(own.status(), 404);
    let r = anh
        .post_form(
            &format!("/tandem/anfragen/{id}"),
            &[("entscheidung", "annehmen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], conv.as_str());

    // They write. Text is text: a link is not a link, markup is not markup.
    let first = "Hallo Anh! Spielplatz am Fennpfuhl? https://example.org <b>fett</b>";
    assert_eq!(
        linh.post_form(&conv, &[("text", first)]).await.status(),
        303
    );
    assert_eq!(
        anh.post_form(&conv, &[("text", "Gern, Samstag um 10?")])
            .await
            .status(),
        303
    );
    let seen = anh.page(&conv).await;
    assert!(
        seen.contains("Spielplatz am Fennpfuhl? https://example.org &#60;b&#62;fett&#60;/b&#62;")
            || seen
                .contains("Spielplatz am Fennpfuhl? https://example.org &lt;b&gt;fett&lt;/b&gt;")
    );
    assert!(
        !seen.contains("href=\"https://example.org"),
        "no clickable link"
    );
    assert!(linh.page(&conv).await.contains("Gern, Samstag um 10?"));
    let mails = app.outbox(3).await;
    assert!(
        mails
            .iter()
            .all(|m| !m.contains("Spielplatz") && !m.contains("Samstag")),
        "no message text in any mail"
    );
    // An empty message is answered at the field.
    let r = linh.post_form(&conv, &[("text", "   ")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.expect("body").contains("id=\"e-text\""));

    // A third parent reads nothing, under the id or any other, and cannot write or report.
    for guess in [id, id + 1, id - 1, 0, 999_999] {
        let path = format!("/tandem/kontakte/{guess}");
        assert_eq!(
            third
                .get(app.url(&path))
                .send()
                .await
                .expect("get")
                .status(),
            404,
            "{path}"
        );
        assert_eq!(
            third.post_form(&path, &[("text", "hallo")]).await.status(),
            404
        );
    }
    let message_id: String = seen
        .split("name=\"nachricht\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a message to report")
        .to_string();
    assert_eq!(
        third
            .post_form(
                "/tandem/melden",
                &[("nachricht", &message_id), ("grund", "x")]
            )
            .await
            .status(),
        404
    );
    assert!(!third.page("/tandem/kontakte").await.contains("Linh"));

    // Anh reports Linh's message; the coordinator hides it; it is gone for both.
    let r = anh
        .post_form(
            "/tandem/melden",
            &[
                ("nachricht", &message_id),
                ("gespraech", &id.to_string()),
                ("grund", "Das war mir zu aufdringlich."),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    assert!(
        k.page("/verwaltung")
            .await
            .contains("Tandem: 1 offene Meldung")
    );
    let queue = k.page("/verwaltung/tandem").await;
    assert!(queue.contains("Das war mir zu aufdringlich."));
    assert!(queue.contains("Spielplatz am Fennpfuhl"));
    assert!(queue.contains("linh@example.de"));
    let report: String = queue
        .split("action=\"/verwaltung/tandem/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the report")
        .to_string();
    let r = k
        .post_form(
            &format!("/verwaltung/tandem/{report}"),
            &[("entscheidung", "hidden")],
        )
        .await;
    assert_eq!(r.status(), 303);
    for who in [&linh, &anh] {
        let page = who.page(&conv).await;
        assert!(!page.contains("Spielplatz"), "hidden for both");
        assert!(page.contains("Gern, Samstag um 10?"));
    }
    assert!(
        k.page("/verwaltung/tandem")
            .await
            .contains("Keine offenen Meldungen.")
    );
    assert!(
        k.page("/verwaltung")
            .await
            .contains("Tandem: Nachricht ausgeblendet")
    );

    // Anh blocks Linh: the conversation is gone for both, and Linh is not told.
    let linh_handle = handle_after(&anh.page(&conv).await, "action=\"/tandem/sperren\"");
    assert_eq!(
        anh.post_form("/tandem/sperren", &[("profil", &linh_handle)])
            .await
            .status(),
        303
    );
    assert_eq!(
        linh.get(app.url(&conv)).send().await.expect("get").status(),
        404
    );
    assert_eq!(
        anh.get(app.url(&conv)).send().await.expect("get").status(),
        404
    );
    assert!(
        !linh
            .page("/tandem/kontakte")
            .await
            .contains("<bdi>Anh</bdi>")
    );
    assert!(!names(&linh.page("/tandem").await).contains(&"Anh".to_string()));

    // The export holds Linh's requests and what she wrote.
    let export: serde_json::Value =
        serde_json::from_str(&linh.page("/konto/daten").await).expect("json");
    assert_eq!(export["tandem"]["messages"][0][1], first);
    assert_eq!(export["tandem"]["requests"][0][0], true);
}

/// Sends the sign-up form as a visitor on line `n` would (its own form token and address).
async fn sign_up(app: &TestApp, n: u8, fields: &[(&str, &str)]) -> reqwest::Response {
    let v = app.visitor_from(n);
    let form = v.get(app.url("/registrieren")).send().await.expect("form");
    assert_eq!(form.status(), 200);
    let token = form_token(&form.text().await.expect("body"));
    let mut all = vec![("csrf", token.as_str())];
    all.extend_from_slice(fields);
    v.post(app.url("/registrieren"))
        .form(&all)
        .send()
        .await
        .expect("post")
}

async fn a_parent_signs_up_and_writes_only_once_the_address_is_confirmed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let email = "neu@example.de";
    // Mistakes are answered at their fields; nothing is made.
    let r = sign_up(
        &app,
        1,
        &[("email", "neu@"), ("password", "kurz"), ("repeat", "kurz")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.expect("body");
    for field in ["e-email", "e-password", "e-consent"] {
        assert!(page.contains(&format!("id=\"{field}\"")), "{field}");
    }
    let good = [
        ("email", email),
        ("password", PASSWORD),
        ("repeat", PASSWORD),
        ("consent", "1"),
    ];
    // Four sign-ups of one address at once (four people): one account, one confirmation link,
    // and the same answer to all.
    let tasks: Vec<_> = (2..6u8)
        .map(|n| {
            let app_base = app.base.clone();
            let good = good.map(|(k, v)| (k.to_string(), v.to_string()));
            let v = app.visitor_from(n);
            tokio::spawn(async move {
                let form = v
                    .get(format!("{app_base}/registrieren"))
                    .send()
                    .await
                    .expect("form");
                let token = form_token(&form.text().await.expect("body"));
                let mut all: Vec<(String, String)> = vec![("csrf".into(), token)];
                all.extend(good);
                let r = v
                    .post(format!("{app_base}/registrieren"))
                    .form(&all)
                    .send()
                    .await
                    .expect("post");
                (r.status().as_u16(), r.text().await.unwrap_or_default())
            })
        })
        .collect();
    for t in tasks {
        let (status, body) = t.await.expect("task");
        assert_eq!(status, 200);
        assert!(body.contains("Fast geschafft"), "the same answer for all");
    }
    let mails = app.outbox(4).await;
    let links: Vec<&String> = mails
        .iter()
        .filter(|m| m.contains("/konto/bestaetigen/"))
        .collect();
    assert_eq!(links.len(), 1, "one account, one link");
    assert_eq!(
        mails
            .iter()
            .filter(|m| m.contains("Sie haben aber schon eines"))
            .count(),
        3
    );
    let mail = links[0];
    let start = mail.find("/konto/bestaetigen/").expect("link");
    let link = &mail[start..start + "/konto/bestaetigen/".len() + 43];

    // Signed in before confirming: a profile yes, contact no.
    let client = crate::support::browser();
    assert_eq!(login(&app, &client, email, PASSWORD).await.status(), 303);
    let c = signed_in(&app, email).await;
    assert_eq!(
        c.post_form("/tandem/profil", &with(&[("consent", "1")]))
            .await
            .status(),
        303
    );
    let page = c.page("/tandem").await;
    let mai = handle_after(&page, "<bdi>Mai (Beispiel)</bdi>");
    let r = c.post_form("/tandem/anfragen", &[("profil", &mai)]).await;
    assert_eq!(r.status(), 403);
    assert!(
        r.text()
            .await
            .expect("body")
            .contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse")
    );

    // The account page says so and sends a new link (the first mail may be lost).
    let account = c.page("/konto").await;
    assert!(account.contains("noch nicht bestätigt"));
    let r = c.post_form("/konto/bestaetigen", &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/konto?bestaetigung=gesendet");
    let mails = app.outbox(5).await;
    let fresh: Vec<String> = mails
        .iter()
        .filter_map(|m| {
            let start = m.find("/konto/bestaetigen/")?;
            Some(m[start..start + "/konto/bestaetigen/".len() + 43].to_string())
        })
        .collect();
    assert_eq!(fresh.len(), 2, "a second link");
    let link = fresh
        .iter()
        .find(|l| l.as_str() != link)
        .expect("a new link")
        .clone();
    let link = link.as_str();

    // The link: a page with one button (mail scanners open links), then confirmed, once.
    let v = app.visitor();
    let confirm_page = v.get(app.url(link)).send().await.expect("get");
    assert_eq!(confirm_page.status(), 200);
    let token = form_token(&confirm_page.text().await.expect("body"));
    let r = v
        .post(app.url(link))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 200);
    assert!(
        r.text()
            .await
            .expect("body")
            .contains("Ihre Adresse ist bestätigt")
    );
    let again = v
        .post(app.url(link))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .expect("post");
    assert_eq!(again.status(), 410);

    let r = c.post_form("/tandem/anfragen", &[("profil", &mai)]).await;
    assert_eq!(r.status(), 303, "confirmed: the request goes out");
    assert!(!c.page("/konto").await.contains("noch nicht bestätigt"));
}

async fn groups_are_proposed_approved_found_and_joined(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // The demo's groups: public, by Ortsteil, with their dates in the calendar.
    let all = app.text("/gruppen", 200).await;
    assert!(all.contains("Alleinerziehenden-Café am Fennpfuhl (Beispiel)"));
    assert!(all.contains("Online-Runde: Ausbildung in Teilzeit (Beispiel)"));
    let fennpfuhl = app.text("/gruppen?ortsteil=fennpfuhl", 200).await;
    assert!(fennpfuhl.contains("Babytreff für Alleinerziehende (Beispiel)"));
    assert!(!fennpfuhl.contains("Väterrunde Friedrichsfelde"));
    let cafe_id: i64 = all
        .split("href=\"/gruppen/")
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .next()
        .expect("a group link");
    // Found through the search and on the Ortsteil's page.
    assert!(
        app.text("/angebote?q=V%C3%A4terrunde", 200)
            .await
            .contains("Väterrunde Friedrichsfelde (Beispiel)")
    );
    // With an Ortsteil chosen, only its groups (and online ones) come with the results.
    assert!(
        !app.text("/angebote?q=V%C3%A4terrunde&ortsteil=fennpfuhl", 200)
            .await
            .contains("Väterrunde Friedrichsfelde (Beispiel)")
    );
    assert!(
        app.text("/angebote?q=Teilzeit&ortsteil=fennpfuhl", 200)
            .await
            .contains("Online-Runde: Ausbildung in Teilzeit (Beispiel)")
    );
    assert!(
        app.text("/ortsteile/fennpfuhl", 200)
            .await
            .contains("Babytreff für Alleinerziehende (Beispiel)")
    );
    let cafe = app.text(&format!("/gruppen/{cafe_id}"), 200).await;
    assert!(
        cafe.contains("href=\"/veranstaltungen/"),
        "its dates in the calendar"
    );

    // A parent proposes a group: not public until the coordinator publishes it.
    add_user(&app, "organisatorin@example.de", "parent");
    let o = signed_in(&app, "organisatorin@example.de").await;
    let r = o
        .post_form(
            "/gruppen/vorschlagen",
            &[("name", "Zeile\nzwei"), ("kind", "walking")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.expect("body");
    assert!(page.contains("id=\"e-name\"") && page.contains("id=\"e-rhythm\""));
    let proposal = [
        ("name", "Spielplatzrunde Fennpfuhl"),
        ("kind", "walking"),
        ("description", "Wir treffen uns am Spielplatz."),
        ("ortsteil", "fennpfuhl"),
        ("rhythm", "sonntags 11 Uhr"),
        ("child_ages", "under3"),
        ("languages", "de"),
        ("children_welcome", "1"),
        ("join_mode", "request"),
        ("organiser_name", "Olga"),
    ];
    let r = o.post_form("/gruppen/vorschlagen", &proposal).await;
    assert_eq!(r.status(), 303);
    let own = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    assert!(o.page(&own).await.contains("noch nicht öffentlich"));
    assert_eq!(app.get(&own).await.status(), 404, "not public yet");
    assert!(!app.text("/gruppen", 200).await.contains("Spielplatzrunde"));

    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    assert!(
        k.page("/verwaltung")
            .await
            .contains("Gruppen: 1 Vorschlag offen")
    );
    let id = own.trim_start_matches("/gruppen/");
    let r = k
        .post_form(
            &format!("/verwaltung/gruppen/{id}"),
            &[("entscheidung", "veroeffentlichen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        app.text("/gruppen", 200)
            .await
            .contains("Spielplatzrunde Fennpfuhl")
    );

    // Another parent asks to join under a name the group sees; the organiser is told by a mail
    // that names nobody, and takes them in; nobody else can.
    let linh = parent_with_profile(&app, "Linh").await;
    let r = linh
        .post_form(&format!("{own}/beitreten"), &[("name", "0176 555")])
        .await;
    assert_eq!(r.status(), 422, "no phone number as a name");
    assert!(r.text().await.expect("body").contains("id=\"e-name\""));
    let r = linh
        .post_form(&format!("{own}/beitreten"), &[("name", "Linh N.")])
        .await;
    assert_eq!(r.status(), 303);
    assert!(linh.page(&own).await.contains("Ihre Anfrage ist gesendet"));
    let mails = app.outbox(1).await;
    let notice = mails
        .iter()
        .find(|m| m.contains("To: organisatorin@example.de"))
        .expect("a mail to the organiser");
    assert!(notice.contains(&own) && !notice.contains("Linh"));
    let page = o.page(&own).await;
    assert!(page.contains("<bdi>Linh N.</bdi>"));
    let member: String = page
        .split("<bdi>Linh N.</bdi>")
        .nth(1)
        .and_then(|s| s.split("name=\"mitglied\" value=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .expect("the request")
        .to_string();
    let accept = [("mitglied", member.as_str()), ("aktion", "annehmen")];
    let other = parent_with_profile(&app, "Fremd").await;
    assert_eq!(
        other
            .post_form(&format!("{own}/mitglieder"), &accept)
            .await
            .status(),
        404,
        "only the group's people accept"
    );
    assert_eq!(
        o.post_form(&format!("{own}/mitglieder"), &accept)
            .await
            .status(),
        303
    );
    let page = linh.page(&own).await;
    assert!(page.contains("Nachrichten der Gruppe"), "{page}");
    // An open group: joining is at once.
    let r = linh
        .post_form(
            &format!("/gruppen/{cafe_id}/beitreten"),
            &[("name", "Linh")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    assert!(linh.page(&location).await.contains("Sie sind dabei"));
    // The export names the groups; deleting the account removes the memberships.
    let export: serde_json::Value =
        serde_json::from_str(&linh.page("/konto/daten").await).expect("json");
    let groups = export["groups"].as_array().expect("groups");
    assert!(
        groups
            .iter()
            .any(|g| g[0] == "Spielplatzrunde Fennpfuhl" && g[1] == "member" && g[2] == "Linh N."),
        "{groups:?}"
    );
    assert_eq!(groups.len(), 2);
}

async fn group_members_write_and_nobody_else_reads_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // The demo's open café group.
    let all = app.text("/gruppen", 200).await;
    let cafe = all
        .split("href=\"/gruppen/")
        .filter_map(|s| s.split('"').next()?.parse::<i64>().ok())
        .next()
        .map(|id| format!("/gruppen/{id}"))
        .expect("a group");
    let mut people = Vec::new();
    for name in ["Anna", "Berit", "Cem"] {
        let email = format!("{}@example.de", name.to_lowercase());
        add_user(&app, &email, "parent");
        people.push(signed_in(&app, &email).await);
    }
    let [anna, berit, cem] = &people[..] else {
        unreachable!()
    };
    for (who, name) in [(anna, "Anna"), (berit, "Berit")] {
        let r = who
            .post_form(&format!("{cafe}/beitreten"), &[("name", name)])
            .await;
        assert_eq!(r.status(), 303);
    }
    let write = |text: &'static str| [("text", text)];
    let r = anna
        .post_form(
            &format!("{cafe}/nachrichten"),
            &write("Wer kommt Dienstag? https://example.org/x"),
        )
        .await;
    assert_eq!(r.status(), 303);
    // Berit's mail says there is something new, not what.
    let mails = app.outbox(1).await;
    let notice = mails
        .iter()
        .find(|m| m.contains("To: berit@example.de"))
        .expect("a notice to Berit");
    assert!(!notice.contains("Dienstag") && !notice.contains("Anna"));
    // One mail until she has read the group: two more messages, no second mail to Berit;
    // after reading, the next message mails her again.
    for text in ["Ich bringe Kuchen mit", "Und Saft"] {
        anna.post_form(&format!("{cafe}/nachrichten"), &write(text))
            .await;
    }
    let to_berit = |mails: &[String]| {
        mails
            .iter()
            .filter(|m| m.contains("To: berit@example.de"))
            .count()
    };
    assert_eq!(to_berit(&app.outbox(1).await), 1);
    // Berit reads them; the link is text.
    let page = berit.page(&cafe).await;
    assert!(page.contains("Wer kommt Dienstag? https://example.org/x"));
    assert!(!page.contains("href=\"https://example.org/x"));
    assert!(page.contains("<bdi>Anna</bdi>") && page.contains("Und Saft"));
    anna.post_form(&format!("{cafe}/nachrichten"), &write("Bis dann"))
        .await;
    assert_eq!(to_berit(&app.outbox(2).await), 2);

    // Cem is not a member: no messages on the page, not by posting either, and anonymous
    // visitors see none.
    assert!(!cem.page(&cafe).await.contains("Wer kommt Dienstag"));
    assert!(!app.text(&cafe, 200).await.contains("Wer kommt Dienstag"));
    assert_eq!(
        cem.post_form(&format!("{cafe}/nachrichten"), &write("Hallo"))
            .await
            .status(),
        404
    );
    // An empty message is answered at its field.
    let r = berit
        .post_form(&format!("{cafe}/nachrichten"), &write("   "))
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.expect("body").contains("id=\"e-text\""));

    // Berit reports Anna's first message; the coordinator hides it: gone for everyone.
    let page = berit.page(&cafe).await;
    let first = page
        .split("name=\"nachricht\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a message id")
        .to_string();
    assert_eq!(
        cem.post_form(&format!("{cafe}/melden"), &[("nachricht", first.as_str())])
            .await
            .status(),
        404,
        "an outsider cannot report what they cannot read"
    );
    let r = berit
        .post_form(
            &format!("{cafe}/melden"),
            &[("nachricht", first.as_str()), ("grund", "Werbung")],
        )
        .await;
    assert_eq!(r.status(), 303);
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    let queue = k.page("/verwaltung/tandem").await;
    assert!(queue.contains("Wer kommt Dienstag?") && queue.contains("Werbung"));
    let report: String = queue
        .split("action=\"/verwaltung/tandem/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the report")
        .to_string();
    let r = k
        .post_form(
            &format!("/verwaltung/tandem/{report}"),
            &[("entscheidung", "hidden")],
        )
        .await;
    assert_eq!(r.status(), 303);
    for who in [anna, berit] {
        let page = who.page(&cafe).await;
        assert!(!page.contains("Wer kommt Dienstag"));
        assert!(page.contains("Ich bringe Kuchen mit"));
    }

    // Berit reports Anna's next message; the coordinator suspends Anna: her messages are gone
    // and her session ends. Lifting the suspension brings them back.
    let page = berit.page(&cafe).await;
    let kuchen = page
        .split("name=\"nachricht\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a message id")
        .to_string();
    berit
        .post_form(&format!("{cafe}/melden"), &[("nachricht", kuchen.as_str())])
        .await;
    let queue = k.page("/verwaltung/tandem").await;
    let report: String = queue
        .split("action=\"/verwaltung/tandem/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the report")
        .to_string();
    let r = k
        .post_form(
            &format!("/verwaltung/tandem/{report}"),
            &[("entscheidung", "suspended")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(!berit.page(&cafe).await.contains("Ich bringe Kuchen mit"));
    assert_eq!(
        anna.get(app.url(&cafe)).send().await.expect("get").status(),
        200
    );
    assert!(!anna.page(&cafe).await.contains("Nachrichten der Gruppe"));
    let queue = k.page("/verwaltung/tandem").await;
    let account: String = queue
        .split("action=\"/verwaltung/tandem/konten/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the suspended account")
        .to_string();
    assert!(queue.contains("anna@example.de"));
    assert_eq!(
        berit
            .post_form(&format!("/verwaltung/tandem/konten/{account}"), &[])
            .await
            .status(),
        403,
        "only the coordinator"
    );
    let r = k
        .post_form(&format!("/verwaltung/tandem/konten/{account}"), &[])
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        k.page("/verwaltung/tandem")
            .await
            .contains("Kein Eltern-Konto ist gesperrt.")
    );
    assert!(berit.page(&cafe).await.contains("Ich bringe Kuchen mit"));
    let anna = &signed_in(&app, "anna@example.de").await;

    // Berit blocks Anna: neither sees the other's messages; Anna is not told.
    let second = berit
        .page(&cafe)
        .await
        .split("name=\"nachricht\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a message id")
        .to_string();
    let r = berit
        .post_form(
            &format!("{cafe}/sperren"),
            &[("nachricht", second.as_str())],
        )
        .await;
    assert_eq!(r.status(), 303);
    berit
        .post_form(&format!("{cafe}/nachrichten"), &write("Von Berit"))
        .await;
    assert!(!berit.page(&cafe).await.contains("Ich bringe Kuchen mit"));
    let anna_page = anna.page(&cafe).await;
    assert!(!anna_page.contains("Von Berit") && !anna_page.contains("gesperrt"));

    // Leaving closes the messages.
    let r = anna.post_form(&format!("{cafe}/verlassen"), &[]).await;
    assert_eq!(r.status(), 303);
    assert!(!anna.page(&cafe).await.contains("Ich bringe Kuchen mit"));

    // The export holds what Anna wrote in groups.
    let export: serde_json::Value =
        serde_json::from_str(&anna.page("/konto/daten").await).expect("json");
    assert_eq!(
        export["tandem"]["group_messages"].as_array().map(Vec::len),
        Some(4)
    );
}
