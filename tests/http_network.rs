//! The network of offices through the running binary (issue 18): contact persons only for the
//! coordinator and the AG; a referral slip with offices from the directory, readable by its link
//! until it expires, with nothing typed about the parent beyond what the form holds.

use crate::both_backends;
use crate::support::{Backend, TestApp, add_user, signed_in, unescape_html};

both_backends! {
    contacts_stay_internal_and_slips_expire => super::contacts_stay_internal_and_slips_expire;
}

async fn contacts_stay_internal_and_slips_expire(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    add_user(&app, "ag@example.de", "ag_member");
    let k = signed_in(&app, "koordination@example.de").await;
    let member = signed_in(&app, "ag@example.de").await;
    let parent = app.session("parent").await;
    let form = k.page("/ag/netzwerk").await;
    let org: String = form
        .split("name=\"organization\"")
        .nth(1)
        .and_then(|s| s.split("<option value=\"").nth(2))
        .and_then(|s| s.split('"').next())
        .expect("an institution to choose")
        .to_string();
    // Neither phone nor mail: refused at the field.
    let r = k
        .post_form(
            "/ag/netzwerk",
            &[("organization", &org), ("name", "Frau Direkt (Beispiel)")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.expect("body").contains("id=\"e-phone\""));
    let r = k
        .post_form(
            "/ag/netzwerk",
            &[
                ("organization", &org),
                ("name", "Frau Direkt (Beispiel)"),
                ("function", "Sachgebietsleitung"),
                ("phone", "030 90296-1234"),
                ("email", "direkt@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let list = member.page("/ag/netzwerk").await;
    assert!(list.contains("Frau Direkt (Beispiel)") && list.contains("030 90296-1234"));
    // A member reads, but does not add.
    assert_eq!(
        member
            .post_form(
                "/ag/netzwerk",
                &[("organization", &org), ("name", "X"), ("phone", "030 1")]
            )
            .await
            .status(),
        403
    );
    // Nobody outside the AG: not a parent, not the public pages.
    assert_eq!(
        parent
            .get(app.url("/ag/netzwerk"))
            .send()
            .await
            .expect("get")
            .status(),
        403
    );
    assert!(
        !app.text(&format!("/traeger/{org}"), 200)
            .await
            .contains("Frau Direkt")
    );

    // A slip: an office it does not know and a lifetime not offered are refused at their fields.
    let r = member
        .post_form(
            "/ag/laufzettel",
            &[("stop1", "999999"), ("stop1_say", "Hallo"), ("days", "365")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.expect("body");
    assert!(body.contains("id=\"e-stop1\"") && body.contains("id=\"e-days\""));
    let r = member
        .post_form(
            "/ag/laufzettel",
            &[
                ("stop1", &org),
                (
                    "stop1_say",
                    "Ich möchte einen Antrag auf Unterhaltsvorschuss stellen.",
                ),
                ("documents", "Geburtsurkunde des Kindes, Personalausweis"),
                ("days", "7"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let made = r.text().await.expect("body");
    let at = made.find("/laufzettel/").expect("the slip's link");
    let link: String = made[at..].split('"').next().expect("link").to_string();
    let slip = unescape_html(&app.text(&link, 200).await);
    assert!(slip.contains("Ich möchte einen Antrag auf Unterhaltsvorschuss stellen."));
    assert!(slip.contains("Geburtsurkunde des Kindes"));
    assert!(slip.contains("gültig bis 09.12.2026"));
    assert!(
        !slip.contains("Frau Direkt"),
        "internal contacts never reach a slip"
    );
    let qr = app.get(&format!("{link}/qr.svg")).await;
    assert_eq!(qr.status(), 200);
    assert_eq!(app.get("/laufzettel/erraten").await.status(), 404);
    // Eight days later the link is gone, and housekeeping removes the slip.
    let later = TestApp::spawn_on_at(&app.database_url, false, "2026-12-10T11:00").await;
    assert_eq!(later.get(&link).await.status(), 404);
    assert_eq!(later.get(&format!("{link}/qr.svg")).await.status(), 404);
}
