//! Markdown of articles to safe HTML: pulldown-cmark renders, ammonia keeps only harmless markup.
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
    pulldown_cmark::html::push_html(&mut html, parser);
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
