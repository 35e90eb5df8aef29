//! What the pages say reads as a person wrote it: no label that repeats the words after it, no two
//! sentences that contradict each other, links where the text points somewhere, and German text on
//! English pages marked as German.

use crate::support::{Backend, TestApp, result_ids};

/// The `<main>` of a page, without markup.
fn main_text(html: &str) -> String {
    let main = html
        .split("<main")
        .nth(1)
        .and_then(|m| m.split("</main>").next())
        .unwrap_or("");
    let mut text = String::new();
    let mut in_tag = false;
    for c in main.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn pages_do_not_repeat_or_contradict_themselves() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    // Chains: the label before a condition does not repeat its first words.
    let chains = app.text("/wege", 200).await;
    let slugs: Vec<String> = chains
        .split("href=\"/wege/")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_string))
        .filter(|s| !s.contains('/') && !s.contains('?'))
        .collect();
    assert!(slugs.len() >= 8, "{slugs:?}");
    let mut conditions = 0;
    for slug in &slugs {
        let text = main_text(&app.text(&format!("/wege/{slug}"), 200).await);
        for doubled in [
            "wenn: nur wenn",
            "wenn: wenn",
            "Wann das für Sie gilt: Wann",
        ] {
            assert!(!text.contains(doubled), "/wege/{slug}: „{doubled}“");
        }
        conditions += text.matches("Wann das für Sie gilt:").count();
    }
    assert!(conditions >= 5, "only {conditions} conditions shown");
    // "The benefits check on this site" is a link to it.
    let html = app.text("/wege/trennung-mit-kindern", 200).await;
    assert!(
        html.contains(
            "<a href=\"/leistungs-check\" rel=\"noopener noreferrer nofollow\">Leistungs-Check</a>"
        ),
        "the benefits check is linked"
    );
    // Offers: "around the clock" once, and no appointment asked where none is needed.
    let ids = app.listed_offer_ids().await;
    let (mut always, mut walk_in_without_hours) = (0, 0);
    for id in ids {
        let text = main_text(&app.text(&format!("/angebote/{id}"), 200).await);
        let around = text.matches("Rund um die Uhr erreichbar").count();
        assert!(
            around <= 1,
            "offer {id} says „Rund um die Uhr erreichbar“ {around} times"
        );
        always += around;
        if text.contains("ohne Termin") {
            assert!(
                !text.contains("Bitte vereinbaren Sie einen Termin")
                    && !text.contains("Termine nach Vereinbarung"),
                "offer {id}: walk-in, yet asks for an appointment"
            );
            walk_in_without_hours += usize::from(text.contains("Keine festen Öffnungszeiten"));
        }
    }
    assert!(always >= 3, "{always} offers open around the clock");
    // English pages mark German text as German, with a word for those who cannot see the markup.
    // An offer whose summary the coordinator rewrote in German shows it so until it is translated.
    let coordinator = app.session("coordinator").await;
    let offer = app
        .json("/api/v1/offers?q=Sozialberatung&per_page=1", 200)
        .await["items"][0]["id"]
        .as_i64()
        .expect("an offer");
    let r = crate::http_backoffice::post_edit(
        &coordinator,
        &app,
        offer,
        &[("summary", "Neue Sprechzeiten: jetzt auch am Abend")],
    )
    .await;
    assert_eq!(r.status(), 303);
    // The search index follows the change log within a moment.
    let wanted = "<span lang=\"de\">Neue Sprechzeiten: jetzt auch am Abend</span> <span class=\"small\">(in German)</span>";
    let mut english = String::new();
    for _ in 0..50 {
        english = app
            .text("/angebote?q=Sprechzeiten+Abend&lang=en", 200)
            .await;
        if english.contains(wanted) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        english.contains(wanted),
        "the rewritten German summary, marked, on the English page"
    );
    let mut marked = 0;
    for page in 1..=20 {
        let html = app
            .text(&format!("/angebote?page={page}&lang=en"), 200)
            .await;
        if result_ids(&html).is_empty() {
            break;
        }
        for card in html.split("<article class=\"card").skip(1) {
            let card = card.split("</article>").next().unwrap_or("");
            if let Some(summary) = card
                .split("<p class=\"summary\">")
                .nth(1)
                .and_then(|s| s.split("</p>").next())
            {
                let german = summary.starts_with("<span lang=\"de\">");
                assert_eq!(
                    german,
                    summary.contains("(in German)"),
                    "a German summary and its note go together: {summary}"
                );
                marked += usize::from(german);
            }
        }
    }
    assert!(marked > 0, "no German summary on the English pages");
    assert!(
        walk_in_without_hours >= 1,
        "no walk-in offer without fixed hours checked"
    );
}
