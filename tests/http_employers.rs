//! Employers and jobs through the running binary (issue 17): a company registers, the coordinator
//! publishes it, its person posts a part-time training place (first with the mistakes people
//! make), a parent finds it by hours window and Ortsteil; another company's person changes
//! nothing of it; the demo's companies, the pledge and the comparison.

use crate::both_backends;
use crate::support::{
    Backend, PASSWORD, TestApp, add_user, form_token, link_in, signed_in, unescape_html,
};

both_backends! {
    a_company_registers_posts_a_training_place_and_a_parent_finds_it => super::a_company_registers_posts_a_training_place_and_a_parent_finds_it;
    the_demo_employers_compare_and_filter => super::the_demo_employers_compare_and_filter;
    a_company_shares_its_account_and_goes_with_its_last_person => super::a_company_shares_its_account_and_goes_with_its_last_person;
}

/// The company form with every question answered (`answer` for all).
pub(crate) fn company(name: &str, answer: &'static str) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = [
        ("name", name),
        ("sector", "care"),
        ("size", "small"),
        ("ortsteil", "karlshorst"),
        ("description", "Pflege im Kiez."),
        ("contact_name", "Frau Beispiel"),
        ("password", PASSWORD),
        ("repeat", PASSWORD),
        ("consent", "1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for c in wegweiser_domain::employers::Criterion::ALL {
        f.push((c.as_str().to_string(), answer.to_string()));
    }
    f
}

pub(crate) async fn register(
    app: &TestApp,
    n: u8,
    fields: &[(String, String)],
) -> reqwest::Response {
    let v = app.visitor_from(n);
    let form = v
        .get(app.url("/arbeitgeber/registrieren"))
        .send()
        .await
        .expect("form");
    assert_eq!(form.status(), 200);
    let token = form_token(&form.text().await.expect("body"));
    let mut all = vec![("csrf".to_string(), token)];
    all.extend_from_slice(fields);
    v.post(app.url("/arbeitgeber/registrieren"))
        .form(&all)
        .send()
        .await
        .expect("post")
}

pub(crate) fn job_form(
    title: &str,
    days: &[(&str, &str, &str)],
    extra: &[(&str, &str)],
) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = [
        ("title", title),
        ("kind", "part_time_training"),
        ("description", "Ausbildung in Teilzeit mit Praxisanleitung."),
        ("weekly_hours", "25"),
        ("expires_on", "2027-02-28"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (day, start, end) in days {
        f.push((format!("day_{day}_start"), start.to_string()));
        f.push((format!("day_{day}_end"), end.to_string()));
    }
    for (k, v) in extra {
        f.retain(|(key, _)| key != k);
        f.push((k.to_string(), v.to_string()));
    }
    f
}

/// The first mail to `to` that contains `text`, waiting for the mail queue (up to 5 s).
async fn mail_to(app: &TestApp, to: &str, text: &str) -> String {
    for _ in 0..50 {
        let found = app
            .outbox(0)
            .await
            .into_iter()
            .find(|m| m.contains(&format!("To: {to}")) && m.contains(text));
        if let Some(m) = found {
            return m;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no mail to {to} with {text}");
}

fn as_refs(f: &[(String, String)]) -> Vec<(&str, &str)> {
    f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

async fn a_company_registers_posts_a_training_place_and_a_parent_finds_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Mistakes are answered at their fields; nothing is made.
    let mut bad = company("", "vielleicht");
    bad.push(("email".into(), "pflege@".into()));
    bad.push(("website".into(), "www.example.org".into()));
    let r = register(&app, 1, &bad).await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.expect("body");
    for field in ["e-name", "e-email", "e-website", "e-flexible_hours"] {
        assert!(page.contains(&format!("id=\"{field}\"")), "{field}");
    }
    let mut good = company("Pflege Karlshorst (Test)", "yes");
    good.push(("email".into(), "pflege@example.de".into()));
    let r = register(&app, 1, &good).await;
    assert_eq!(r.status(), 200);
    assert!(
        r.text()
            .await
            .expect("body")
            .contains("Wir haben eine Mail an pflege@example.de geschickt")
    );
    let mails = app.outbox(1).await;
    assert!(mails.iter().any(|m| m.contains("/konto/bestaetigen/")));
    // Not public before the coordinator decides.
    assert!(
        !app.text("/arbeitgeber", 200)
            .await
            .contains("Pflege Karlshorst (Test)")
    );

    let e = signed_in(&app, "pflege@example.de").await;
    let own = e.page("/arbeitgeber/konto").await;
    assert!(own.contains("wartet auf die Freigabe"));
    // A job with an hours window that ends before it starts, a half day and an expiry in the
    // past: each answered at its row, nothing saved.
    let week = [
        ("mon", "14:00", "08:30"),
        ("tue", "08:30", ""),
        ("wed", "08:30", "13:30"),
    ];
    let r = e
        .post_form(
            "/arbeitgeber/konto/jobs/neu",
            &as_refs(&job_form(
                "Ausbildung Pflege",
                &week,
                &[("expires_on", "2020-01-01")],
            )),
        )
        .await;
    assert_eq!(r.status(), 422);
    let page = unescape_html(&r.text().await.expect("body"));
    assert!(page.contains("Das Ende liegt vor dem Beginn"));
    assert!(page.contains("Bitte Beginn und Ende angeben"));
    assert!(page.contains("Dieses Datum ist schon vorbei"));
    let days: Vec<(&str, &str, &str)> = ["mon", "tue", "wed", "thu", "fri"]
        .iter()
        .map(|d| (*d, "08:30", "13:30"))
        .collect();
    let r = e
        .post_form(
            "/arbeitgeber/konto/jobs/neu",
            &as_refs(&job_form("Ausbildung Pflege in Teilzeit", &days, &[])),
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        !app.text("/jobs", 200)
            .await
            .contains("Ausbildung Pflege in Teilzeit"),
        "not before the company is public"
    );

    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    let queue = k.page("/verwaltung/arbeitgeber").await;
    assert!(queue.contains("Pflege Karlshorst (Test)"));
    let id: String = queue
        .split("action=\"/verwaltung/arbeitgeber/")
        .filter_map(|s| s.split('"').next())
        .find(|s| s.parse::<i64>().is_ok())
        .expect("the registration")
        .to_string();
    let r = k
        .post_form(
            &format!("/verwaltung/arbeitgeber/{id}"),
            &[("entscheidung", "veroeffentlichen")],
        )
        .await;
    assert_eq!(r.status(), 303);

    // A parent who can work Monday to Friday 8:30–14:30 in Karlshorst finds it; 9:00–14:30 not.
    let find = |from: &str, ortsteil: &str| {
        format!(
            "/jobs?tag=mon&tag=tue&tag=wed&tag=thu&tag=fri&von={from}&bis=14%3A30&ortsteil={ortsteil}&art=part_time_training"
        )
    };
    assert!(
        app.text(&find("08%3A30", "karlshorst"), 200)
            .await
            .contains("Ausbildung Pflege in Teilzeit")
    );
    assert!(
        !app.text(&find("09%3A00", "karlshorst"), 200)
            .await
            .contains("Ausbildung Pflege in Teilzeit")
    );
    assert!(
        !app.text(&find("08%3A30", "fennpfuhl"), 200)
            .await
            .contains("Ausbildung Pflege in Teilzeit")
    );
    let words = app.text("/jobs?q=pflege+teilzeit", 200).await;
    assert!(words.contains("Ausbildung Pflege in Teilzeit"));
    // A window that ends before it starts is answered at the filter.
    let r = app.get("/jobs?tag=mon&von=14%3A00&bis=08%3A00").await;
    assert_eq!(r.status(), 400);
    assert!(r.text().await.expect("body").contains("id=\"e-window\""));

    // The company page shows it; the job's page too.
    let public = app.text(&format!("/arbeitgeber/{id}"), 200).await;
    let job: String = public
        .split("href=\"/jobs/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the job")
        .to_string();
    let page = app.text(&format!("/jobs/{job}"), 200).await;
    assert!(unescape_html(&page).contains("Mo–Fr 08:30–13:30"));

    // Another company's person changes nothing of it, and cannot open its form.
    let mut other = company("Andere Firma (Test)", "no");
    other.push(("email".into(), "andere@example.de".into()));
    assert_eq!(register(&app, 2, &other).await.status(), 200);
    let o = signed_in(&app, "andere@example.de").await;
    assert_eq!(
        o.get(app.url(&format!("/arbeitgeber/konto/jobs/{job}")))
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
    let r = o
        .post_form(
            &format!("/arbeitgeber/konto/jobs/{job}"),
            &as_refs(&job_form("Übernommen", &days, &[])),
        )
        .await;
    assert_eq!(r.status(), 404);
    assert_eq!(
        o.post_form(&format!("/arbeitgeber/konto/jobs/{job}/loeschen"), &[])
            .await
            .status(),
        404
    );
    assert!(
        app.text(&format!("/jobs/{job}"), 200)
            .await
            .contains("Ausbildung Pflege in Teilzeit")
    );
    // A waiting company's page is its people's and the coordinator's only.
    let waiting = k.page("/verwaltung/arbeitgeber").await;
    let waiting_id: String = waiting
        .split("action=\"/verwaltung/arbeitgeber/")
        .filter_map(|s| s.split('"').next())
        .find(|s| s.parse::<i64>().is_ok())
        .expect("the second registration")
        .to_string();
    assert_eq!(
        app.get(&format!("/arbeitgeber/{waiting_id}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        e.get(app.url(&format!("/arbeitgeber/{waiting_id}")))
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
    assert!(
        o.page(&format!("/arbeitgeber/{waiting_id}"))
            .await
            .contains("noch nicht öffentlich")
    );

    // A parent gets in touch about the job, sharing only the e-mail address, with a CV. A file
    // that is not a PDF, or a PDF with a misleading name, is refused at its field.
    add_user(&app, "mutter@example.de", "parent");
    let parent = signed_in(&app, "mutter@example.de").await;
    let contact = format!("/jobs/{job}/kontakt");
    assert!(parent.page(&contact).await.contains("mutter@example.de"));
    let pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec();
    let fields = [
        ("share_email", "1"),
        ("name", "Anna Muster"),
        (
            "message",
            "Ich kann vormittags und interessiere mich für die Ausbildung.",
        ),
    ];
    for (name, bytes, says) in [
        ("lebenslauf.pdf", b"MZ not a pdf".to_vec(), "kein PDF"),
        (
            "lebenslauf.exe.pdf",
            pdf.clone(),
            "passt nicht zu einem PDF",
        ),
        (
            "lebenslauf.pdf",
            {
                let mut big = pdf.clone();
                big.splice(9..9, vec![b' '; 900 * 1024]);
                big
            },
            "größer als 800 KB",
        ),
    ] {
        let r = parent
            .post_multipart(&contact, &fields, Some(("cv", name, bytes)))
            .await;
        assert_eq!(r.status(), 422, "{name}");
        let page = r.text().await.expect("body");
        assert!(
            page.contains("id=\"e-cv\"") && page.contains(says),
            "{name}: {says}"
        );
    }
    let r = parent
        .post_multipart(
            &contact,
            &fields,
            Some(("cv", "Lebenslauf Muster.pdf", pdf.clone())),
        )
        .await;
    assert_eq!(r.status(), 303);
    let thread = r.headers()["location"]
        .to_str()
        .expect("location")
        .split('?')
        .next()
        .expect("path")
        .to_string();
    let request_id = thread.trim_start_matches("/konto/anfragen/").to_string();
    // The company's people see it with only the address; the mail to them quotes nothing.
    let notice = mail_to(&app, "pflege@example.de", "/arbeitgeber/konto/anfragen").await;
    assert!(!notice.contains("vormittags") && !notice.contains("mutter@"));
    let employer_thread = format!("/arbeitgeber/konto/anfragen/{request_id}");
    let seen = e.page(&employer_thread).await;
    assert!(seen.contains("mutter@example.de"));
    assert!(!seen.contains("Anna Muster"), "the name was not shared");
    assert!(seen.contains("Ich kann vormittags"));
    let cv = e
        .get(app.url(&format!("{employer_thread}/lebenslauf")))
        .send()
        .await
        .expect("cv");
    assert_eq!(cv.status(), 200);
    assert_eq!(cv.headers()["content-type"], "application/pdf");
    assert_eq!(cv.bytes().await.expect("bytes").to_vec(), pdf);
    // Another company's person sees nothing of it, not by guessing addresses.
    for path in [
        employer_thread.clone(),
        format!("{employer_thread}/lebenslauf"),
        thread.clone(),
    ] {
        assert_eq!(
            o.get(app.url(&path)).send().await.expect("get").status(),
            if path.starts_with("/konto") { 403 } else { 404 },
            "{path}"
        );
    }
    assert!(
        !o.page("/arbeitgeber/konto/anfragen")
            .await
            .contains("Ich kann vormittags")
    );
    assert_eq!(
        o.post_form(&employer_thread, &[("text", "Hallo")])
            .await
            .status(),
        404
    );
    // The company answers through the platform; the parent reads it.
    let r = e
        .post_form(
            &employer_thread,
            &[("text", "Gern! Kommen Sie am Dienstag um 10 Uhr vorbei.")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        parent
            .page(&thread)
            .await
            .contains("Kommen Sie am Dienstag um 10 Uhr vorbei.")
    );
    assert!(parent.page("/konto/anfragen").await.contains("Beantwortet"));
    // Another parent cannot read it.
    add_user(&app, "fremd@example.de", "parent");
    let stranger = signed_in(&app, "fremd@example.de").await;
    assert_eq!(
        stranger
            .get(app.url(&thread))
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
    assert_eq!(
        stranger
            .get(app.url(&format!("{thread}/lebenslauf")))
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
    // The parent's export holds the request, the messages and the CV.
    let export: serde_json::Value =
        serde_json::from_str(&parent.page("/konto/daten").await).expect("json");
    let sent = &export["job_contacts"][0];
    assert_eq!(sent["shared_email"], "mutter@example.de");
    assert_eq!(sent["shared_name"], "");
    assert_eq!(sent["messages"].as_array().map(Vec::len), Some(2));
    assert_eq!(sent["cv"][0], "Lebenslauf Muster.pdf");

    // The company takes it down: gone from the list and its page.
    assert_eq!(
        e.post_form(&format!("/arbeitgeber/konto/jobs/{job}/loeschen"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(app.get(&format!("/jobs/{job}")).await.status(), 404);
    // The export names the company.
    let export: serde_json::Value =
        serde_json::from_str(&e.page("/konto/daten").await).expect("json");
    assert_eq!(export["employers"][0], "Pflege Karlshorst (Test)");
}

async fn the_demo_employers_compare_and_filter(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let list = app.text("/arbeitgeber", 200).await;
    assert!(list.contains("Pflegedienst Am Tierpark (Beispiel)"));
    // Two of the four meet the pledge the demo's coordinator chose.
    assert_eq!(list.matches("<p class=\"badge\">").count(), 2);
    let pledged = app.text("/arbeitgeber?zusage=1", 200).await;
    assert!(pledged.contains("Bäckerei Kiezkorn (Beispiel)"));
    assert!(!pledged.contains("Logistikzentrum Herzbergstraße (Beispiel)"));
    let care = app.text("/arbeitgeber?branche=care", 200).await;
    assert!(care.contains("Pflegedienst") && !care.contains("Bäckerei"));
    // Three side by side, a fourth is left out with a note.
    let ids: Vec<String> = list
        .split("name=\"e\" value=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(String::from))
        .collect();
    assert_eq!(ids.len(), 4);
    let query: Vec<String> = ids.iter().map(|i| format!("e={i}")).collect();
    let compare = unescape_html(
        &app.text(&format!("/arbeitgeber/vergleich?{}", query.join("&")), 200)
            .await,
    );
    assert!(compare.contains("höchstens drei"));
    assert_eq!(
        compare
            .matches("<th scope=\"col\"><a href=\"/arbeitgeber/")
            .count(),
        3
    );
    assert!(compare.contains("Schichttausch ohne Nachfrage"));
    // Only Monday-to-Friday mornings: the early shift (from 6:00) and the Saturday job are out.
    let mornings = app
        .text(
            "/jobs?tag=mon&tag=tue&tag=wed&tag=thu&tag=fri&von=08%3A00&bis=14%3A00",
            200,
        )
        .await;
    assert!(mornings.contains("Verkäufer/-in in Teilzeit, Mittagsschicht"));
    assert!(!mornings.contains("Lagermitarbeiter/-in Frühschicht"));
    assert!(!mornings.contains("Staplerfahrer/-in mit Samstagen"));
    // The pledge's campaign page names what it asks and who meets it, with a poster and a flyer.
    let campaign = unescape_html(&app.text("/arbeitgeber/familienfreundlich", 200).await);
    assert!(campaign.contains("2 Arbeitgeber erfüllen sie"));
    assert!(campaign.contains("Ansprechperson für Eltern"));
    assert!(campaign.contains("Bäckerei Kiezkorn (Beispiel)"));
    assert!(!campaign.contains("Logistikzentrum Herzbergstraße (Beispiel)"));
    let poster = unescape_html(
        &app.text("/arbeitgeber/familienfreundlich/aushang", 200)
            .await,
    );
    assert!(poster.contains("Dabei: ") && poster.contains("Bäckerei Kiezkorn (Beispiel)"));
    assert!(poster.contains("src=\"/arbeitgeber/familienfreundlich/qr.svg\""));
    let flyer = app
        .text("/arbeitgeber/familienfreundlich/aushang?format=a6", 200)
        .await;
    assert!(flyer.contains("poster-a6"));
    let qr = app.get("/arbeitgeber/familienfreundlich/qr.svg").await;
    assert_eq!(qr.status(), 200);
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    // A company with the pledge has a shop-window poster; one without has none.
    let id_of = |name: &str| -> String {
        let at = list.find(name).expect("listed");
        let before = &list[..at];
        let start = before.rfind("/arbeitgeber/").expect("link") + "/arbeitgeber/".len();
        before[start..].split('"').next().expect("id").to_string()
    };
    let bakery = id_of("Bäckerei Kiezkorn (Beispiel)");
    let shop = unescape_html(
        &app.text(&format!("/arbeitgeber/{bakery}/aushang"), 200)
            .await,
    );
    assert!(shop.contains("Familienfreundlicher Arbeitgeber in Lichtenberg"));
    assert!(shop.contains("Planbare Schichten"));
    assert_eq!(
        app.get(&format!("/arbeitgeber/{bakery}/qr.svg"))
            .await
            .status(),
        200
    );
    let depot = id_of("Logistikzentrum Herzbergstraße (Beispiel)");
    assert_eq!(
        app.get(&format!("/arbeitgeber/{depot}/aushang"))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/arbeitgeber/{depot}/qr.svg"))
            .await
            .status(),
        404
    );
    // The info day with companies taking part: on the jobs page, on the event's page and on the
    // pages of the companies taking part, not on others'.
    let jobs = unescape_html(&app.text("/jobs", 200).await);
    assert!(jobs.contains("Jobmessen und Infotage"));
    let fair = jobs
        .split("<a href=\"/veranstaltungen/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the info day's link")
        .to_string();
    assert!(jobs.contains("Infotag: Arbeit und Ausbildung in Teilzeit"));
    let event = unescape_html(&app.text(&format!("/veranstaltungen/{fair}"), 200).await);
    assert!(event.contains("Diese Arbeitgeber sind dabei"));
    assert!(event.contains(&format!(
        "<a href=\"/arbeitgeber/{bakery}\">Bäckerei Kiezkorn (Beispiel)</a>"
    )));
    assert!(!event.contains("Logistikzentrum"));
    let bakery_page = unescape_html(&app.text(&format!("/arbeitgeber/{bakery}"), 200).await);
    assert!(bakery_page.contains("Hier können Sie uns treffen"));
    assert!(bakery_page.contains("Infotag: Arbeit und Ausbildung in Teilzeit"));
    let depot_page = app.text(&format!("/arbeitgeber/{depot}"), 200).await;
    assert!(!depot_page.contains("Infotag"));
    // The event editor offers the published companies, those taking part ticked.
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    let editor = k.page(&format!("/verwaltung/termine/{fair}")).await;
    assert!(editor.contains(&format!("name=\"employers\" value=\"{bakery}\" checked")));
    assert!(editor.contains(&format!("name=\"employers\" value=\"{depot}\">")));
    // Words go through the directory's analysis: a synonym ("Lehre" is an Ausbildung) and a typo.
    let lehre = app.text("/jobs?q=Lehre", 200).await;
    assert!(lehre.contains("Ausbildung Pflegefachfrau/-mann in Teilzeit"));
    assert!(lehre.contains("Ausbildung Fachverkäufer/-in im Lebensmittelhandwerk"));
    assert!(!lehre.contains("Steuerfachangestellte"));
    let typo = app.text("/jobs?q=Pflegfachkraft", 200).await;
    assert!(typo.contains("Pflegefachkraft in Teilzeit, Vormittagstouren"));
    assert!(!typo.contains("Verkäufer/-in"));
    // Near Fennpfuhl (10369): the bakery there first, nothing beyond 2 km.
    let near = unescape_html(&app.text("/jobs?nahe=10369&km=2", 200).await);
    assert!(near.contains("Verkäufer/-in in Teilzeit, Mittagsschicht"));
    assert!(near.contains("Fennpfuhl · im selben Ortsteil"));
    assert!(
        !near.contains("Steuerfachangestellte"),
        "Rummelsburg is farther"
    );
    let all_near = unescape_html(&app.text("/jobs?nahe=Fennpfuhl", 200).await);
    let bakery = all_near.find("Mittagsschicht").expect("bakery");
    let tax = all_near.find("Steuerfachangestellte").expect("tax office");
    assert!(bakery < tax, "nearest first");
    assert!(all_near.contains("etwa "));
    // An unknown place, or a distance without a place, is refused at the field.
    let r = app.get("/jobs?nahe=Potsdam").await;
    assert_eq!(r.status(), 400);
    assert!(unescape_html(&r.text().await.expect("body")).contains("„Potsdam“ kennen wir nicht"));
    let r = app.get("/jobs?km=5").await;
    assert_eq!(r.status(), 400);
    assert!(r.text().await.expect("body").contains("id=\"e-nahe\""));
    // The same search as an Atom feed, linked from the page.
    let query = "tag=mon&tag=tue&tag=wed&tag=thu&tag=fri&von=08%3A00&bis=14%3A00";
    assert!(mornings.contains(&format!(
        "href=\"/jobs.atom?{}\"",
        query.replace('&', "&#38;")
    )));
    let feed = app.text(&format!("/jobs.atom?{query}"), 200).await;
    assert!(feed.starts_with("<?xml") && feed.contains("<feed"));
    assert!(feed.contains("Verkäufer/-in in Teilzeit, Mittagsschicht"));
    assert!(!feed.contains("Lagermitarbeiter/-in Frühschicht"));
    assert_eq!(
        app.get("/jobs.atom?tag=mon&von=14%3A00&bis=08%3A00")
            .await
            .status(),
        400
    );
}

async fn a_company_shares_its_account_and_goes_with_its_last_person(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut f = company("Kiezladen (Test)", "yes");
    f.push(("email".into(), "laden@example.de".into()));
    assert_eq!(register(&app, 1, &f).await.status(), 200);
    let a = signed_in(&app, "laden@example.de").await;
    let parent = app.session("parent").await;
    let team = unescape_html(&a.page("/arbeitgeber/konto/team").await);
    assert!(team.contains("1 Person") && team.contains("laden@example.de"));
    // Mistakes at their fields.
    let r = a
        .post_form(
            "/arbeitgeber/konto/team",
            &[("name", " "), ("email", "ben@example.de")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.expect("body").contains("id=\"e-name\""));
    let r = a
        .post_form(
            "/arbeitgeber/konto/team",
            &[("name", "Ben"), ("email", "ben@")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.expect("body").contains("id=\"e-email\""));
    // A colleague is invited; an address that has an account gets the same answer, and a mail
    // without a link, so the company cannot tell who has an account.
    for email in ["ben@example.de", "parent@example.de"] {
        let r = a
            .post_form(
                "/arbeitgeber/konto/team",
                &[("name", "Ben Beispiel"), ("email", email)],
            )
            .await;
        assert_eq!(r.status(), 200);
        assert!(
            r.text()
                .await
                .expect("body")
                .contains(&format!("Einladung an {email}"))
        );
    }
    let known = mail_to(&app, "parent@example.de", "schon ein Konto").await;
    assert!(!known.contains("/passwort/"));
    let invitation = mail_to(&app, "ben@example.de", "Kiezladen (Test)").await;
    let link = link_in(&invitation);
    let ben = app.visitor_from(2);
    let form = ben.get(app.url(&link)).send().await.expect("link");
    let token = form_token(&form.text().await.expect("body"));
    let r = ben
        .post(app.url(&link))
        .form(&[
            ("csrf", token.as_str()),
            ("password", PASSWORD),
            ("repeat", PASSWORD),
        ])
        .send()
        .await
        .expect("set password");
    assert_eq!(r.status(), 303);
    let ben = signed_in(&app, "ben@example.de").await;
    assert!(
        ben.page("/arbeitgeber/konto")
            .await
            .contains("Kiezladen (Test)")
    );
    assert!(parent.page("/konto").await.contains("parent@example.de"));
    // Ben removed: his account stays, without the company.
    // The id in the remove button of the row that names `email`.
    let row_id = |team: &str, email: &str| -> String {
        team.split("<li class=\"card\">")
            .find(|row| row.contains(email))
            .and_then(|row| row.split("action=\"/arbeitgeber/konto/team/").nth(1))
            .and_then(|s| s.split('/').next())
            .expect("a row")
            .to_string()
    };
    let team = a.page("/arbeitgeber/konto/team").await;
    assert!(team.contains("2 Personen"));
    let ben_id = row_id(&team, "ben@example.de");
    let r = a
        .post_form(&format!("/arbeitgeber/konto/team/{ben_id}/entfernen"), &[])
        .await;
    assert_eq!(r.status(), 303);
    let b = ben
        .get(app.url("/arbeitgeber/konto"))
        .send()
        .await
        .expect("own");
    assert!(!b.text().await.expect("body").contains("Kiezladen (Test)"));
    assert_eq!(
        ben.get(app.url("/arbeitgeber/konto/team"))
            .send()
            .await
            .expect("team")
            .status(),
        404
    );
    // The last person cannot leave; deleting the account takes the company with it.
    let me_id = row_id(&a.page("/arbeitgeber/konto/team").await, "laden@example.de");
    let r = a
        .post_form(&format!("/arbeitgeber/konto/team/{me_id}/entfernen"), &[])
        .await;
    assert_eq!(r.status(), 409);
    assert!(
        r.text()
            .await
            .expect("body")
            .contains("mindestens eine Person")
    );
    let account = unescape_html(&a.page("/konto").await);
    assert!(account.contains("Sie sind die einzige Person von Kiezladen (Test)"));
    let r = a
        .post_form("/konto/loeschen", &[("password", PASSWORD)])
        .await;
    assert_eq!(r.status(), 200);
    add_user(&app, "koordination@example.de", "coordinator");
    let k = signed_in(&app, "koordination@example.de").await;
    assert!(
        !k.page("/verwaltung/arbeitgeber")
            .await
            .contains("Kiezladen (Test)")
    );
}
