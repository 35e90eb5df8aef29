//! What is translated, per language (`/verwaltung/uebersetzungen`): for the published offers, the
//! chains and the topics, how many texts are current, outdated after a German change, or missing
//! in each language, and for one chosen language which items lack what, with links to edit them.
//! The coordinator's alone.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use wegweiser_domain::accounts::Role;
use wegweiser_domain::editorial::{Coverage, OFFER_TEXT_FIELDS, OfferDraft, TextState, text_state};
use wegweiser_store::{Entity, OfferSelect};

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

    // The German texts as the offer form has them, once per offer.
    let offers: Vec<(i64, OfferDraft)> = state
        .db
        .published_offers(OfferSelect::All)
        .await?
        .iter()
        .map(|o| (o.id, OfferDraft::from_offer(o)))
        .collect();
    let stored: HashMap<(i64, String, String), bool> = state
        .db
        .translation_states(Entity::Offer)
        .await?
        .into_iter()
        .map(|(id, field, lang, outdated)| ((id, field, lang), outdated))
        .collect();
    let chains = state.db.published_chains().await?;
    let categories = state.db.categories().await?;

    let mut offer_cov = vec![Coverage::default(); langs.len()];
    let mut chain_cov = vec![Coverage::default(); langs.len()];
    let mut topic_cov = vec![Coverage::default(); langs.len()];
    let mut gaps = vec![];
    for (i, lang) in langs.iter().enumerate() {
        let is_chosen = chosen.is_some_and(|c| c.code == lang.code);
        for (id, o) in &offers {
            let (mut missing, mut outdated) = (vec![], vec![]);
            for field in OFFER_TEXT_FIELDS {
                let key = (*id, field.to_string(), lang.code.to_string());
                if let Some(s) = text_state(o.text(field), stored.get(&key).copied()) {
                    offer_cov[i].add(s);
                    match s {
                        TextState::Missing => missing.push(field_label(tr, field)),
                        TextState::Outdated => outdated.push(field_label(tr, field)),
                        TextState::Current => {}
                    }
                }
            }
            if is_chosen && (!missing.is_empty() || !outdated.is_empty()) {
                gaps.push(Gap {
                    name: o.text("name").to_string(),
                    edit: format!("/verwaltung/angebote/{id}"),
                    missing: missing.join(", "),
                    outdated: outdated.join(", "),
                });
            }
        }
        for (slug, c) in &chains {
            let mut missing = vec![];
            for (t, key) in [
                (&c.title, "translations-chain-title"),
                (&c.summary, "translations-chain-summary"),
            ] {
                let has = t.has(lang.code).then_some(false);
                if let Some(s) = text_state(&t.de, has) {
                    chain_cov[i].add(s);
                    if s == TextState::Missing {
                        missing.push(tr.t(key));
                    }
                }
            }
            if is_chosen && !missing.is_empty() {
                gaps.push(Gap {
                    name: c.title.de.clone(),
                    edit: format!("/verwaltung/wege/{slug}"),
                    missing: missing.join(", "),
                    outdated: String::new(),
                });
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
        rows: vec![
            row("translations-offers", &offer_cov),
            row("translations-chains", &chain_cov),
            row("translations-topics", &topic_cov),
        ],
        chosen: chosen.map(|l| l.native),
        gaps,
    };
    page_html(StatusCode::OK, &page)
}
