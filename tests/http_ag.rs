//! The AG through the running binary (issue 18): the coordinator invites members and prepares a
//! meeting with three items; five invitations with a calendar entry each, read by Python's mail
//! and iCalendar packages; answers through the personal links; a member's proposal before the
//! deadline; moving the meeting sends an update with a higher SEQUENCE, calling it off a CANCEL;
//! nobody outside the AG sees any of it.

use crate::both_backends;
use crate::support::{
    Backend, PASSWORD, TestApp, add_user, form_token, fresh_database, in_ci, link_in, signed_in,
    unescape_html,
};

/// A server without the demo (whose example AG would be invited too).
async fn empty_app(backend: Backend) -> TestApp {
    TestApp::spawn_on(&fresh_database(backend).await, false).await
}

both_backends! {
    the_coordinator_prepares_a_meeting_and_the_members_answer => super::the_coordinator_prepares_a_meeting_and_the_members_answer;
    minutes_decisions_and_action_items_follow_up => super::minutes_decisions_and_action_items_follow_up;
    the_demo_has_an_ag_with_minutes_and_a_coming_agenda => super::the_demo_has_an_ag_with_minutes_and_a_coming_agenda;
}

/// The raw mails in the outbox whose text contains `needle`, as files.
fn mails_with(app: &TestApp, needle: &str) -> Vec<std::path::PathBuf> {
    let dir = app.data_dir.join("outbox");
    let mut found: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .filter(|p| {
                    std::fs::read_to_string(p)
                        .is_ok_and(|t| crate::support::decode_quoted_printable(&t).contains(needle))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// Waits until `n` raw mails contain `needle`.
async fn wait_for(app: &TestApp, needle: &str, n: usize) -> Vec<std::path::PathBuf> {
    for _ in 0..50 {
        let found = mails_with(app, needle);
        if found.len() >= n {
            return found;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("fewer than {n} mails with {needle:?}");
}

/// What Python's packages read from the calendar parts of `files` (None without the packages,
/// outside CI).
fn read_calendars(files: &[std::path::PathBuf]) -> Option<Vec<serde_json::Value>> {
    let py = std::env::var("WEGWEISER_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let ok = std::process::Command::new(&py)
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(!in_ci(), "CI=true but {py} cannot import icalendar");
        eprintln!("\n*** SKIPPED: calendar parts read with Python (pip install icalendar) ***\n");
        return None;
    }
    let out = std::process::Command::new(py)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/ag_mail_check.py"
        ))
        .args(files)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect(),
    )
}

async fn the_coordinator_prepares_a_meeting_and_the_members_answer(backend: Backend) {
    let app = empty_app(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    // Five members from five organisations.
    for i in 1..=5 {
        let (name, email, org) = (
            format!("Mitglied {i}"),
            format!("m{i}@example.de"),
            format!("Träger {i}"),
        );
        let r = k
            .post_form(
                "/ag/mitglieder",
                &[
                    ("name", &name),
                    ("email", &email),
                    ("organisation", &org),
                    ("function", "Leitung"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303, "member {i}");
    }
    let members = unescape_html(&k.page("/ag/mitglieder").await);
    assert!(members.contains("Mitglied 5") && members.contains("Träger 3"));
    // A deputy from another organisation than the member they stand in for is refused.
    let m1 = members
        .split("<option value=\"")
        .skip(2)
        .find_map(|s| {
            let (id, rest) = s.split_once('"')?;
            rest.contains("Mitglied 1 (Träger 1)")
                .then(|| id.to_string())
        })
        .expect("member 1 in the deputy list");
    let r = k
        .post_form(
            "/ag/mitglieder",
            &[
                ("name", "Vertretung"),
                ("email", "v@example.de"),
                ("organisation", "Träger 2"),
                ("deputy_of", &m1),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.expect("body").contains("id=\"e-deputy_of\""));

    // The coordinator changes a member: member 5 stands in for member 1, from the same
    // organisation only.
    let m5: String = members
        .split("href=\"/ag/mitglieder/")
        .skip(1)
        .find_map(|s| {
            let (id, rest) = s.split_once('"')?;
            rest.starts_with(">Mitglied 5 bearbeiten")
                .then(|| id.to_string())
        })
        .expect("member 5's edit link");
    let r = k
        .post_form(
            &format!("/ag/mitglieder/{m5}"),
            &[
                ("organisation", "Träger 5"),
                ("function", "Vertretung"),
                ("deputy_of", &m1),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let r = k
        .post_form(
            &format!("/ag/mitglieder/{m5}"),
            &[
                ("organisation", "Träger 1"),
                ("function", "Vertretung"),
                ("deputy_of", &m1),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(unescape_html(&k.page("/ag/mitglieder").await).contains("Vertretung für Mitglied 1"));

    // A meeting in the past is refused at its field; the next one is made.
    let r = k
        .post_form(
            "/ag/sitzungen/neu",
            &[
                ("title", "AG-Sitzung"),
                ("date", "2026-11-30"),
                ("time", "15:00"),
                ("duration_minutes", "120"),
                ("place", "Rathaus"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.expect("body").contains("id=\"e-date\""));
    let r = k
        .post_form(
            "/ag/sitzungen/neu",
            &[
                ("title", "AG-Sitzung Dezember"),
                ("date", "2026-12-16"),
                ("time", "15:00"),
                ("duration_minutes", "120"),
                ("place", "Rathaus Lichtenberg, Raum 113"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let at = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let id: String = at
        .trim_start_matches("/ag/sitzungen/")
        .split('?')
        .next()
        .expect("id")
        .to_string();
    let meeting = format!("/ag/sitzungen/{id}");
    for (title, minutes) in [
        ("Begrüßung und Protokoll", "10"),
        ("Bericht der Koordinierungsstelle", "30"),
        ("Aktionstag im September", "45"),
    ] {
        let r = k
            .post_form(
                &format!("{meeting}/punkte"),
                &[
                    ("title", title),
                    ("presenter", "Koordinierungsstelle"),
                    ("duration_minutes", minutes),
                ],
            )
            .await;
        assert_eq!(r.status(), 303, "{title}");
    }
    let page = unescape_html(&k.page(&meeting).await);
    assert!(page.contains("15:10–15:40</strong> Bericht der Koordinierungsstelle"));
    assert!(page.contains("15:40–16:25</strong> Aktionstag im September"));

    // Inviting sends five mails with a calendar entry; a second click sends none.
    let r = k.post_form(&format!("{meeting}/einladen"), &[]).await;
    assert_eq!(r.status(), 303);
    let invitations = wait_for(&app, "Einladung: AG-Sitzung Dezember", 5).await;
    assert_eq!(invitations.len(), 5);
    let r = k.post_form(&format!("{meeting}/einladen"), &[]).await;
    assert_eq!(r.status(), 303);
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(mails_with(&app, "Einladung: AG-Sitzung Dezember").len(), 5);
    let uid = if let Some(cals) = read_calendars(&invitations) {
        assert_eq!(cals.len(), 5);
        for c in &cals {
            assert_eq!(c["method"], "REQUEST");
            assert_eq!(c["part_method"], "REQUEST");
            assert_eq!(c["sequence"], 0);
            assert_eq!(c["start_utc"], "2026-12-16 14:00", "15:00 Berlin in winter");
            assert_eq!(c["minutes"], 120);
            assert_eq!(c["summary"], "AG-Sitzung Dezember");
            assert!(
                c["attendee"]
                    .as_str()
                    .expect("attendee")
                    .starts_with("mailto:m")
            );
        }
        let uid = cals[0]["uid"].clone();
        assert!(cals.iter().all(|c| c["uid"] == uid), "one event for all");
        Some(uid)
    } else {
        None
    };

    // Two members answer through their personal links: yes, and no with a deputy.
    for (who, answer, deputy) in [
        ("m1@example.de", "yes", ""),
        ("m2@example.de", "no", "Frau Vertretung"),
    ] {
        let mail = app
            .outbox(1)
            .await
            .into_iter()
            .find(|m| m.contains(&format!("To: {who}")) && m.contains("/ag/antwort/"))
            .expect("the invitation");
        let start = mail.find("/ag/antwort/").expect("link");
        let link: String = mail[start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let v = app.visitor();
        let form = v.get(app.url(&link)).send().await.expect("form");
        assert_eq!(form.status(), 200);
        let token = form_token(&form.text().await.expect("body"));
        let r = v
            .post(app.url(&link))
            .form(&[
                ("csrf", token.as_str()),
                ("answer", answer),
                ("deputy", deputy),
            ])
            .send()
            .await
            .expect("answer");
        assert_eq!(r.status(), 200);
        assert!(
            r.text()
                .await
                .expect("body")
                .contains("Ihre Antwort ist gespeichert")
        );
    }
    let page = unescape_html(&k.page(&meeting).await);
    assert!(page.contains("Ja: 1 · Vielleicht: 0 · Nein: 1 · Noch offen: 3"));
    assert!(page.contains("vertreten durch Frau Vertretung"));

    // A member sets a password and proposes an item; the coordinator takes it up.
    let welcome = app
        .outbox(1)
        .await
        .into_iter()
        .find(|m| m.contains("To: m3@example.de") && m.contains("/passwort/"))
        .expect("the member's invitation");
    let link = link_in(&welcome);
    let v = app.visitor();
    let form = v.get(app.url(&link)).send().await.expect("form");
    let token = form_token(&form.text().await.expect("body"));
    let r = v
        .post(app.url(&link))
        .form(&[
            ("csrf", token.as_str()),
            ("password", PASSWORD),
            ("repeat", PASSWORD),
        ])
        .send()
        .await
        .expect("password");
    assert_eq!(r.status(), 303);
    assert_eq!(
        r.headers()["location"],
        "/ag",
        "an AG member's home is the AG"
    );
    let m3 = signed_in(&app, "m3@example.de").await;
    let r = m3
        .post_form(
            &format!("{meeting}/punkte"),
            &[
                ("title", "Ferienbetreuung für Schulkinder"),
                ("duration_minutes", "20"),
                ("note", "Viele Eltern fragen danach."),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let own = unescape_html(&m3.page(&meeting).await);
    assert!(
        own.contains("Ferienbetreuung für Schulkinder") && own.contains("wartet auf Entscheidung")
    );
    // A member does not prepare the meeting.
    assert_eq!(
        m3.post_form(&format!("{meeting}/einladen"), &[])
            .await
            .status(),
        403
    );
    let page = k.page(&meeting).await;
    let proposal: String = page
        .split(&format!("action=\"{meeting}/punkte/"))
        .skip(1)
        .find(|s| s.contains("value=\"annehmen\""))
        .and_then(|s| s.split('"').next())
        .expect("the proposal's form")
        .to_string();
    let r = k
        .post_form(
            &format!("{meeting}/punkte/{proposal}"),
            &[("aktion", "annehmen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let page = unescape_html(&k.page(&meeting).await);
    assert!(page.contains("16:25–16:45</strong> Ferienbetreuung für Schulkinder"));

    // Moving the meeting: everyone invited gets an update of the same event, SEQUENCE 1.
    let r = k
        .post_form(
            &format!("{meeting}/bearbeiten"),
            &[
                ("title", "AG-Sitzung Dezember"),
                ("date", "2026-12-17"),
                ("time", "16:00"),
                ("duration_minutes", "120"),
                ("place", "Rathaus Lichtenberg, Raum 113"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let updates = wait_for(&app, "Sitzung „AG-Sitzung Dezember“ hat sich geändert", 5).await;
    assert_eq!(updates.len(), 5);
    if let (Some(cals), Some(uid)) = (read_calendars(&updates), &uid) {
        for c in &cals {
            assert_eq!(c["method"], "REQUEST");
            assert_eq!(&c["uid"], uid, "the same event");
            assert_eq!(c["sequence"], 1);
            assert_eq!(c["start_utc"], "2026-12-17 15:00");
        }
    }
    // A change of title alone tells nobody.
    let r = k
        .post_form(
            &format!("{meeting}/bearbeiten"),
            &[
                ("title", "AG-Sitzung im Dezember"),
                ("date", "2026-12-17"),
                ("time", "16:00"),
                ("duration_minutes", "120"),
                ("place", "Rathaus Lichtenberg, Raum 113"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);

    // Nobody outside the AG sees it: not a parent, not an employer, not anonymous.
    let parent = app.session("parent").await;
    for path in ["/ag", "/ag/mitglieder", meeting.as_str()] {
        let r = parent.get(app.url(path)).send().await.expect("get");
        assert_eq!(r.status(), 403, "{path}");
        let r = app.visitor().get(app.url(path)).send().await.expect("get");
        assert_eq!(r.status(), 303, "{path} asks to sign in");
    }
    assert_eq!(app.get("/ag/antwort/erraten").await.status(), 404);

    // Calling it off: a CANCEL to everyone, with a higher SEQUENCE.
    let r = k.post_form(&format!("{meeting}/absagen"), &[]).await;
    assert_eq!(r.status(), 303);
    let cancels = wait_for(&app, "Sitzung „AG-Sitzung im Dezember“ am", 5).await;
    if let (Some(cals), Some(uid)) = (read_calendars(&cancels), &uid) {
        for c in &cals {
            assert_eq!(c["method"], "CANCEL");
            assert_eq!(c["status"], "CANCELLED");
            assert_eq!(&c["uid"], uid);
            assert_eq!(c["sequence"], 2);
        }
    }
    // After that, no answer is taken.
    let r = m3
        .post_form(&format!("{meeting}/antwort"), &[("answer", "yes")])
        .await;
    assert_eq!(r.status(), 409);
}

/// Creates a meeting on `date` at 15:00 with `items`; its path.
async fn meeting_with(
    k: &crate::support::Session,
    title: &str,
    date: &str,
    items: &[&str],
) -> String {
    let r = k
        .post_form(
            "/ag/sitzungen/neu",
            &[
                ("title", title),
                ("date", date),
                ("time", "15:00"),
                ("duration_minutes", "120"),
                ("place", "Rathaus Lichtenberg"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let path = r.headers()["location"]
        .to_str()
        .expect("location")
        .split('?')
        .next()
        .expect("path")
        .to_string();
    for t in items {
        let r = k
            .post_form(
                &format!("{path}/punkte"),
                &[("title", t), ("duration_minutes", "30")],
            )
            .await;
        assert_eq!(r.status(), 303);
    }
    path
}

async fn minutes_decisions_and_action_items_follow_up(backend: Backend) {
    let app = empty_app(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    add_user(&app, "owner@example.de", "ag_member");
    let k = signed_in(&app, "koordination@example.de").await;
    let owner = signed_in(&app, "owner@example.de").await;
    let first = meeting_with(&k, "AG-Sitzung Dezember", "2026-12-03", &["Aktionstag"]).await;
    let next = meeting_with(&k, "AG-Sitzung Januar", "2027-01-14", &["Rückblick"]).await;
    let minutes = format!("{first}/protokoll");
    let page = k.page(&minutes).await;
    let item: String = page
        .split(&format!("action=\"{minutes}/"))
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .find(|s| s.parse::<i64>().is_ok())
        .expect("the item's form")
        .to_string();
    let owner_id: String = page
        .split("name=\"owner\"")
        .nth(1)
        .and_then(|s| s.split("<option value=\"").nth(2))
        .and_then(|s| s.split('"').next())
        .expect("the member in the owner list")
        .to_string();
    let save = format!("{minutes}/{item}");
    let r = k
        .post_form(
            &save,
            &[("was", "notizen"), ("notes", "Zwölf Stände sind zugesagt.")],
        )
        .await;
    assert_eq!(r.status(), 303);
    // A vote that is not a number, and an action item due in the past: at their fields.
    let r = k
        .post_form(
            &save,
            &[
                ("was", "beschluss"),
                ("decision", "Die AG lädt ein."),
                ("yes", "viele"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .expect("body")
            .contains(&format!("id=\"e-votes-{item}\""))
    );
    let r = k
        .post_form(
            &save,
            &[
                ("was", "beschluss"),
                ("decision", "Die AG lädt zum Aktionstag ein."),
                ("yes", "12"),
                ("abstain", "2"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = k
        .post_form(
            &save,
            &[
                ("was", "aufgabe"),
                ("action", "Plakat drucken lassen"),
                ("owner", &owner_id),
                ("due_on", "2026-12-01"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        unescape_html(&r.text().await.expect("body")).contains("Dieses Datum ist schon vorbei")
    );
    let r = k
        .post_form(
            &save,
            &[
                ("was", "aufgabe"),
                ("action", "Plakat drucken lassen"),
                ("owner", &owner_id),
                ("due_on", "2026-12-04"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);

    // A document for the item: checked by content and name, within the size limit.
    let upload = format!("{first}/punkte/{item}/dokumente");
    let pdf = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
    for (name, bytes, message) in [
        (
            "bericht.pdf",
            b"MZ this is a program".to_vec(),
            "keine PDF- oder Office-Datei",
        ),
        ("bericht.docx", pdf.clone(), "passt nicht zum Inhalt"),
        (
            "gross.pdf",
            [pdf.clone(), vec![b' '; 850 * 1024]].concat(),
            "größer als 800 KB",
        ),
    ] {
        let r = k
            .post_multipart(&upload, &[], Some(("file", name, bytes)))
            .await;
        assert_eq!(r.status(), 422, "{name}");
        let page = unescape_html(&r.text().await.expect("body"));
        assert!(page.contains(message), "{name}: {message}");
        assert!(page.contains(&format!("id=\"e-file-{item}\"")));
    }
    let r = k
        .post_multipart(
            &upload,
            &[],
            Some(("file", "Plakatentwurf.pdf", pdf.clone())),
        )
        .await;
    assert_eq!(r.status(), 303);
    let page = k.page(&first).await;
    let doc: String = page
        .split("href=\"/ag/dokumente/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the document's link")
        .to_string();
    let r = owner
        .get(app.url(&format!("/ag/dokumente/{doc}")))
        .send()
        .await
        .expect("download");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .expect("header")
            .starts_with("attachment")
    );
    assert_eq!(r.bytes().await.expect("body").to_vec(), pdf);
    let stranger = app.session("parent").await;
    assert_eq!(
        stranger
            .get(app.url(&format!("/ag/dokumente/{doc}")))
            .send()
            .await
            .expect("get")
            .status(),
        403
    );
    assert_eq!(app.get(&format!("/ag/dokumente/{doc}")).await.status(), 303);
    assert_eq!(
        owner
            .get(app.url("/ag/dokumente/99999"))
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
    // A member does not upload.
    assert_eq!(
        owner
            .post_multipart(&upload, &[], Some(("file", "x.pdf", pdf.clone())))
            .await
            .status(),
        403
    );

    // A proposal after the deadline is refused with its message; nothing is saved.
    let r = k
        .post_form(
            "/ag/sitzungen/neu",
            &[
                ("title", "AG-Sitzung mit Frist"),
                ("date", "2026-12-10"),
                ("time", "15:00"),
                ("duration_minutes", "90"),
                ("place", "Rathaus"),
                ("proposals_until", "2026-12-01"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let late = r.headers()["location"]
        .to_str()
        .expect("location")
        .split('?')
        .next()
        .expect("path")
        .to_string();
    let r = owner
        .post_form(
            &format!("{late}/punkte"),
            &[("title", "Zu spät"), ("duration_minutes", "10")],
        )
        .await;
    assert_eq!(r.status(), 409);
    assert!(unescape_html(&r.text().await.expect("body")).contains("Die Frist für Vorschläge"));
    assert!(!k.page(&late).await.contains("Zu spät"));

    // Members read the minutes once they are published, with a mail.
    assert_eq!(
        owner
            .get(app.url(&minutes))
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
    let r = k
        .post_form(&format!("{minutes}/veroeffentlichen"), &[])
        .await;
    assert_eq!(r.status(), 303);
    let mail = app
        .outbox(1)
        .await
        .into_iter()
        .find(|m| m.contains("To: owner@example.de") && m.contains("/protokoll"))
        .expect("the minutes' mail");
    assert!(mail.contains(&minutes));
    let read = unescape_html(&owner.page(&minutes).await);
    assert!(read.contains("Die AG lädt zum Aktionstag ein."));
    assert!(read.contains("12 dafür, 0 dagegen, 2 Enthaltungen"));
    assert!(read.contains("Zwölf Stände sind zugesagt."));

    // The open action item is on the next meeting's agenda.
    let agenda = unescape_html(&k.page(&next).await);
    assert!(agenda.contains("Offene Aufgaben aus früheren Sitzungen"));
    assert!(agenda.contains("Plakat drucken lassen"));

    // The next housekeeping round reminds the owner once (a second instance on the same store
    // starts one at once).
    let second = TestApp::spawn_on_at(&app.database_url, false, "2026-12-02T11:00").await;
    let reminder = second
        .outbox(1)
        .await
        .into_iter()
        .find(|m| m.contains("To: owner@example.de"))
        .expect("the owner's reminder");
    assert!(reminder.contains("Plakat drucken lassen") && reminder.contains("04.12.2026"));

    // The owner marks it done: it leaves the next agenda.
    let overview = owner.page("/ag").await;
    let action: String = overview
        .split("action=\"/ag/aufgaben/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the owner's action item")
        .to_string();
    let r = owner
        .post_form(
            &format!("/ag/aufgaben/{action}"),
            &[("erledigt", "1"), ("zurueck", "/ag")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let agenda = unescape_html(&k.page(&next).await);
    assert!(!agenda.contains("Plakat drucken lassen"));
    // Nobody else marks it: a parent is not in the AG at all.
    assert_eq!(
        stranger
            .post_form(&format!("/ag/aufgaben/{action}"), &[("erledigt", "0")])
            .await
            .status(),
        403
    );
}

async fn the_demo_has_an_ag_with_minutes_and_a_coming_agenda(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    let overview = unescape_html(&k.page("/ag").await);
    assert!(overview.contains("AG Alleinerziehende: Wintersitzung (Beispiel)"));
    assert!(overview.contains("AG Alleinerziehende: Herbstsitzung (Beispiel)"));
    let members = unescape_html(&k.page("/ag/mitglieder").await);
    assert_eq!(members.matches("(Beispiel)</td>").count(), 6);
    assert!(members.contains("Vertretung für Petra Sommer (Beispiel)"));
    let minutes = unescape_html(&k.page("/ag/sitzungen/1/protokoll").await);
    assert!(minutes.contains("11 dafür, 0 dagegen, 1 Enthaltungen"));
    let next = unescape_html(&k.page("/ag/sitzungen/2").await);
    // The open action items of the autumn meeting are the winter meeting's first business; the
    // one done is not.
    assert!(next.contains("Offene Aufgaben aus früheren Sitzungen"));
    assert!(next.contains("Termin und Ort für den nächsten Aktionstag"));
    assert!(!next.contains("Liste der Betriebe mit Teilzeitausbildung"));
    assert!(
        next.contains("Notfallbetreuung bei Schichtarbeit")
            && next.contains("wartet auf Entscheidung")
    );
}
