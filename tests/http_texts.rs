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
    let mut ids = Vec::new();
    for page in 1..=20 {
        let found = result_ids(&app.text(&format!("/angebote?page={page}"), 200).await);
        if found.is_empty() {
            break;
        }
        ids.extend(found);
    }
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
    assert!(
        walk_in_without_hours >= 1,
        "no walk-in offer without fixed hours checked"
    );
}
