//! Markdown of articles, chain steps and the office's own pages to safe HTML: pulldown-cmark renders, ammonia keeps only harmless markup.
//! Raw HTML in the text is shown as text, images in the text are dropped (an article has one
//! uploaded image; a linked one would be a request to another host), links get `rel` and only
//! web, mail and phone schemes, and headings start at h2 below the page's own h1.

use std::collections::HashSet;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The page has its own h1: a heading written as `#` becomes h2 like `##`.
fn lower(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}

/// Phone numbers in text outside links become `tel:` links, as everywhere on the site.
fn link_phones<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    use pulldown_cmark::{CowStr, LinkType};
    use wegweiser_domain::phone::{Piece, pieces};
    let mut out = Vec::new();
    let mut in_link = 0usize;
    for event in events {
        match event {
            Event::Start(Tag::Link { .. }) => {
                in_link += 1;
                out.push(event);
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
                out.push(event);
            }
            Event::Text(text) if in_link == 0 => {
                for piece in pieces(&text) {
                    match piece {
                        Piece::Text(t) => out.push(Event::Text(CowStr::from(t.to_string()))),
                        Piece::Phone(written, number) => {
                            out.push(Event::Start(Tag::Link {
                                link_type: LinkType::Inline,
                                dest_url: CowStr::from(number.uri),
                                title: CowStr::from(""),
                                id: CowStr::from(""),
                            }));
                            out.push(Event::Text(CowStr::from(written.to_string())));
                            out.push(Event::End(TagEnd::Link));
                        }
                    }
                }
            }
            other => out.push(other),
        }
    }
    out
}

pub fn to_html(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .map(|event| match event {
        Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: lower(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, link_phones(parser).into_iter());
    ammonia::Builder::default()
        .rm_tags(&["img"])
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn markdown_becomes_html_with_headings_below_the_page_title() {
        let html = to_html(
            "# Woche\n\n## Tage\n\n### Montag\n\nEin **fetter** Satz mit [Link](/angebote/3).",
        );
        assert!(html.contains("<h2>Woche</h2>"), "{html}");
        assert!(html.contains("<h2>Tage</h2>"), "{html}");
        assert!(html.contains("<h3>Montag</h3>"), "{html}");
        assert!(html.contains("<strong>fetter</strong>"));
        assert!(
            html.contains(r#"<a href="/angebote/3" rel="noopener noreferrer nofollow">Link</a>"#),
            "{html}"
        );
    }

    #[test]
    fn phone_numbers_in_the_text_dial_and_links_stay_as_written() {
        let html = to_html(
            "Rufen Sie an: (030) 971 13 96. Oder [030 96 27 71 11](tel:+493096277111), 116 016.",
        );
        assert!(
            html.contains(r#"<a href="tel:+49309711396" rel="noopener noreferrer nofollow">(030) 971 13 96</a>"#),
            "{html}"
        );
        assert_eq!(html.matches("tel:+493096277111").count(), 1, "{html}");
        assert!(html.contains(r#"href="tel:116016""#), "{html}");
    }

    #[test]
    fn scripts_handlers_and_foreign_images_never_reach_the_page() {
        let html = to_html(
            "<script>alert(1)</script>\n\n<b onclick=\"x()\">b</b> [x](javascript:alert(1)) \
             ![Bild](https://tracker.example/p.gif) <img src=https://tracker.example/q.gif>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        // Raw HTML is shown as text.
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
}
