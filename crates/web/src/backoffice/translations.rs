//! What is translated, per language (`/verwaltung/uebersetzungen`): for the published offers, the
//! chains (with their steps), the published events and articles, the office's pages, the
//! published groups, the open jobs and the topics, how many texts are current, outdated after a German change, or missing in each
//! language, and for one chosen language which items lack what, with links to edit them. The
//! coordinator's alone.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::chains::Chain;
use wegweiser_domain::directory::{PublicationStatus, Translated};
use wegweiser_domain::editorial::{
    Coverage, OFFER_TEXT_FIELDS, OfferDraft, StoredTranslation, TextState, text_state, translated,
};
use wegweiser_domain::site::SitePage;
use wegweiser_store::{Entity, JobFilter, OfferSelect};

use crate::accounts::session::Viewer;
use crate::kit::ctx::Ctx;
use crate::kit::error::WebError;
use crate::kit::i18n::{LANGS, Lang, Tr};
use crate::kit::page::page_html;
use crate::kit::views::PageMeta;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct LangQuery {
    sprache: Option<String>,
}

/// One column: a language content is translated into.
struct Column {
    tag: &'static str,
    name: &'static str,
    link: String,
}

/// One row: a kind of content, and its coverage per column.
struct Row {
    kind: String,
    cells: Vec<String>,
}

/// An item that lacks something in the chosen language.
struct Gap {
    name: String,
    edit: String,
    missing: String,
    outdated: String,
}

#[derive(Template)]
#[template(path = "backoffice/admin_translations.html")]
struct TranslationsPage {
    page: PageMeta,
    columns: Vec<Column>,
    rows: Vec<Row>,
    chosen: Option<&'static str>,
    gaps: Vec<Gap>,
}

fn cell(tr: &Tr, c: &Coverage) -> String {
    tr.with_args(
        "translations-cell",
        &[
            ("current", &c.current.to_string()),
            ("outdated", &c.outdated.to_string()),
            ("missing", &c.missing.to_string()),
        ],
    )
}

fn field_label(tr: &Tr, field: &str) -> String {
    tr.t(&format!("field-{}", field.replace('_', "-")))
}

/// One text of an item: its label, its German wording and the languages it is stored in (with
/// whether each is outdated).
struct ItemText {
    label: String,
    german: String,
    stored: Vec<(String, bool)>,
}

impl ItemText {
    fn of(label: String, t: &Translated) -> ItemText {
        ItemText {
            label,
            german: t.de.clone(),
            stored: t
                .other
                .iter()
                .filter(|(_, text)| !text.is_empty())
                .map(|(lang, _)| (lang.clone(), t.outdated.contains(lang)))
                .collect(),
        }
    }
    fn state(&self, lang: &str) -> Option<TextState> {
        let stored = self.stored.iter().find(|(l, _)| l == lang).map(|(_, o)| *o);
        text_state(&self.german, stored)
    }
}

/// One piece of content with its texts, and where to edit it.
struct Item {
    name: String,
    edit: String,
    texts: Vec<ItemText>,
}

/// The texts of a document, labelled by the editor's field labels (`{prefix}-field-{name}-de`).
fn labelled<'a>(
    tr: &Tr,
    prefix: &str,
    texts: impl IntoIterator<Item = (&'static str, &'a Translated)>,
) -> Vec<ItemText> {
    texts
        .into_iter()
        .map(|(field, t)| {
            let label = tr.t(&format!("{prefix}-field-{}-de", field.replace('_', "-")));
            ItemText::of(label, t)
        })
        .collect()
}

/// A chain's texts: its own, then each step's, named by the step's number.
fn chain_texts(tr: &Tr, c: &Chain) -> Vec<ItemText> {
    let mut texts = labelled(tr, "chain", c.texts());
    for (i, step) in c.steps.iter().enumerate() {
        for mut text in labelled(tr, "chain", step.texts()) {
            text.label = tr.with_args(
                "translations-step-field",
                &[("step", &(i + 1).to_string()), ("field", &text.label)],
            );
            texts.push(text);
        }
    }
    texts
}

/// GET /verwaltung/uebersetzungen
pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    viewer: Viewer,
    Query(q): Query<LangQuery>,
) -> Result<Response, WebError> {
    viewer.require(&[Role::Coordinator], "/verwaltung/uebersetzungen")?;
    let tr = &ctx.tr;
    let langs: Vec<Lang> = LANGS.iter().skip(1).copied().collect();
    let chosen = q
        .sprache
        .as_deref()
        .and_then(Lang::from_code)
        .filter(|l| l.code != "de");

    // Offers: the German texts as the offer form has them, the translations' states from the
    // translation table.
    let mut stored: HashMap<(i64, String), Vec<(String, bool)>> = HashMap::new();
    for (id, field, lang, outdated) in state.db.translation_states(Entity::Offer).await? {
        stored
            .entry((id, field))
            .or_default()
            .push((lang, outdated));
    }
    let offers: Vec<Item> = state
        .db
        .published_offers(OfferSelect::All)
        .await?
        .iter()
        .map(|o| {
            let d = OfferDraft::from_offer(o);
            Item {
                name: d.text("name").to_string(),
                edit: format!("/verwaltung/angebote/{}", o.id),
                texts: OFFER_TEXT_FIELDS
                    .iter()
                    .map(|field| ItemText {
                        label: field_label(tr, field),
                        german: d.text(field).to_string(),
                        stored: stored
                            .remove(&(o.id, field.to_string()))
                            .unwrap_or_default(),
                    })
                    .collect(),
            }
        })
        .collect();
    // Documents: what the coordinator works on (chain drafts not archived, published events and
    // articles, the office's pages).
    let chains: Vec<Item> = state
        .db
        .chains_for_edit()
        .await?
        .into_iter()
        .filter(|r| r.status != PublicationStatus::Archived)
        .map(|r| Item {
            name: r.draft.title.de.clone(),
            edit: format!("/verwaltung/wege/{}", r.id),
            texts: chain_texts(tr, &r.draft),
        })
        .collect();
    let events: Vec<Item> = state
        .db
        .published_events()
        .await?
        .into_iter()
        .map(|e| Item {
            name: e.details.title.de.clone(),
            edit: format!("/verwaltung/termine/{}", e.id),
            texts: labelled(tr, "event", e.details.texts()),
        })
        .collect();
    let articles: Vec<Item> = state
        .db
        .articles_for_edit()
        .await?
        .into_iter()
        .filter(|a| a.status == PublicationStatus::Published)
        .map(|a| Item {
            name: a.doc.title.de.clone(),
            edit: format!("/verwaltung/beitraege/{}", a.id),
            texts: labelled(tr, "article", a.doc.texts()),
        })
        .collect();
    let mut pages = Vec::new();
    for p in SitePage::ALL {
        if let Some(stored) = state.db.site_page(p.slug()).await? {
            pages.push(Item {
                name: stored.doc.title.de.clone(),
                edit: format!("/verwaltung/seiten/{}", p.slug()),
                texts: labelled(tr, "page", stored.doc.texts()),
            });
        }
    }
    // Groups and jobs keep their translations in the translation table, beside German.
    let table_texts = |prefix: &str, fields: &[(&str, &str)], stored: &[StoredTranslation]| {
        fields
            .iter()
            .map(|(field, german)| {
                let label = tr.t(&format!("{prefix}-field-{field}"));
                ItemText::of(label, &translated(german, field, stored))
            })
            .collect()
    };
    let groups: Vec<Item> = state
        .db
        .published_groups(None)
        .await?
        .iter()
        .map(|g| Item {
            name: g.group.name.clone(),
            edit: format!("/gruppen/{}/bearbeiten", g.id),
            texts: table_texts(
                "groups",
                &[
                    ("name", &g.group.name),
                    ("description", &g.group.description),
                    ("rhythm", &g.group.rhythm),
                ],
                &g.translations,
            ),
        })
        .collect();
    // The coordinator does not edit jobs: the link goes to the job's page.
    let jobs: Vec<Item> = state
        .db
        .find_jobs(&JobFilter::default(), state.today())
        .await?
        .iter()
        .map(|j| Item {
            name: format!("{} – {}", j.job.title, j.employer_name),
            edit: format!("/jobs/{}", j.id),
            texts: table_texts(
                "jobs",
                &[("title", &j.job.title), ("description", &j.job.description)],
                &j.translations,
            ),
        })
        .collect();
    let kinds = [
        ("translations-offers", offers),
        ("translations-chains", chains),
        ("translations-events", events),
        ("translations-articles", articles),
        ("translations-pages", pages),
        ("translations-groups", groups),
        ("translations-jobs", jobs),
    ];
    let categories = state.db.categories().await?;

    let mut kind_cov = vec![vec![Coverage::default(); langs.len()]; kinds.len()];
    let mut topic_cov = vec![Coverage::default(); langs.len()];
    let mut gaps = vec![];
    for (i, lang) in langs.iter().enumerate() {
        let is_chosen = chosen.is_some_and(|c| c.code == lang.code);
        for (k, (_, items)) in kinds.iter().enumerate() {
            for item in items {
                let (mut missing, mut outdated) = (vec![], vec![]);
                for text in &item.texts {
                    if let Some(s) = text.state(lang.code) {
                        kind_cov[k][i].add(s);
                        match s {
                            TextState::Missing => missing.push(text.label.as_str()),
                            TextState::Outdated => outdated.push(text.label.as_str()),
                            TextState::Current => {}
                        }
                    }
                }
                // A step's documents share one label.
                missing.dedup();
                outdated.dedup();
                if is_chosen && (!missing.is_empty() || !outdated.is_empty()) {
                    gaps.push(Gap {
                        name: item.name.clone(),
                        edit: item.edit.clone(),
                        missing: missing.join(", "),
                        outdated: outdated.join(", "),
                    });
                }
            }
        }
        for c in &categories {
            for t in [&c.name, &c.description] {
                if let Some(s) = text_state(&t.de, t.has(lang.code).then_some(false)) {
                    topic_cov[i].add(s);
                }
            }
        }
    }
    let row = |key: &str, cov: &[Coverage]| Row {
        kind: tr.t(key),
        cells: cov.iter().map(|c| cell(tr, c)).collect(),
    };
    let mut rows: Vec<Row> = kinds
        .iter()
        .zip(&kind_cov)
        .map(|((key, _), cov)| row(key, cov))
        .collect();
    rows.push(row("translations-topics", &topic_cov));
    let page = TranslationsPage {
        page: PageMeta::new(&ctx, &state, tr.t("translations-title"), "", "admin"),
        columns: langs
            .iter()
            .map(|l| Column {
                tag: l.tag,
                name: l.native,
                link: format!("/verwaltung/uebersetzungen?sprache={}", l.code),
            })
            .collect(),
        rows,
        chosen: chosen.map(|l| l.native),
        gaps,
    };
    page_html(StatusCode::OK, &page)
}
