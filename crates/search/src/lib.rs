//! The search index: derived from the store, rebuilt at start-up, answering the directory's queries
//! with filters and facet counts. The store stays the source of truth.
//!
//! This first engine holds the published offers in memory and matches folded words; the query and
//! result types are the contract the full-text engine (German stemming, typos) will keep.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDateTime;
use serde::Serialize;
use wegweiser_domain::directory::{Category, Offer, OfferQuery};
use wegweiser_domain::geo;

/// Lower-cases and folds German spellings so that "Mühle", "Muehle" and "Muhle" meet, and
/// "Straße" meets "Strasse".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' => out.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' => out.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => out.push('u'),
            'é' | 'è' | 'ê' => out.push('e'),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

struct Doc {
    offer: Arc<Offer>,
    name: String,
    summary: String,
    rest: String,
}

pub struct SearchIndex {
    docs: Vec<Doc>,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Facets {
    pub category: BTreeMap<String, usize>,
    pub ortsteil: BTreeMap<String, usize>,
    pub language: BTreeMap<String, usize>,
    pub free: usize,
    pub wheelchair: usize,
    pub childcare: usize,
    pub open_now: usize,
}

pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Arc<Offer>>,
    pub facets: Facets,
}

impl SearchIndex {
    pub fn build(offers: Vec<Offer>, categories: &[Category]) -> Self {
        let docs = offers
            .into_iter()
            .map(|o| {
                let mut rest = String::new();
                let mut add = |s: &str| {
                    rest.push(' ');
                    rest.push_str(s);
                };
                o.description.all_texts().for_each(&mut add);
                o.eligibility.all_texts().for_each(&mut add);
                add(&o.organization.name);
                for c in &o.categories {
                    if let Some(cat) = categories.iter().find(|k| &k.slug == c) {
                        cat.name.all_texts().for_each(&mut add);
                    }
                }
                for l in &o.locations {
                    add(&l.name);
                    if let Some(a) = &l.address {
                        add(&a.street);
                        add(&a.postcode);
                    }
                    if let Some(ot) = l.ortsteil.as_deref().and_then(geo::ortsteil_by_slug) {
                        add(ot.name);
                    }
                }
                let name = fold(&o.name.all_texts().collect::<Vec<_>>().join(" "));
                let summary = fold(&o.summary.all_texts().collect::<Vec<_>>().join(" "));
                Doc {
                    name,
                    summary,
                    rest: fold(&rest),
                    offer: Arc::new(o),
                }
            })
            .collect();
        SearchIndex { docs }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// All listed offers of an organisation, by name.
    pub fn offers_of_organization(&self, org_id: i64, now: NaiveDateTime) -> Vec<Arc<Offer>> {
        let mut v: Vec<_> = self
            .docs
            .iter()
            .filter(|d| d.offer.organization.id == org_id && d.offer.is_listed(now.date()))
            .map(|d| d.offer.clone())
            .collect();
        v.sort_by(|a, b| a.name.de.cmp(&b.name.de));
        v
    }

    pub fn search(&self, q: &OfferQuery, now: NaiveDateTime) -> SearchResults {
        let today = now.date();
        let tokens: Vec<String> = fold(&q.text)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let mut facets = Facets::default();
        let mut hits: Vec<(u32, &Doc)> = Vec::new();
        for d in &self.docs {
            let o = &d.offer;
            if !o.is_listed(today) {
                continue;
            }
            let Some(score) = text_score(d, &tokens) else {
                continue;
            };
            // Which of the filters pass; a facet counts the documents that pass all the others.
            let ortsteile = o.ortsteile();
            let checks = [
                q.category.as_ref().is_none_or(|c| o.categories.contains(c)),
                q.ortsteil
                    .as_ref()
                    .is_none_or(|s| ortsteile.contains(&s.as_str())),
                q.language.as_ref().is_none_or(|l| o.languages.contains(l)),
                !q.free || o.is_free(),
                !q.wheelchair || o.wheelchair_access(),
                !q.childcare || o.childcare,
                !q.open_now || o.is_open_at(now),
            ];
            let failing = checks.iter().filter(|ok| !**ok).count();
            if failing > 1 {
                continue;
            }
            let all_but = |i: usize| failing == 0 || !checks[i];
            if all_but(0) {
                for c in &o.categories {
                    *facets.category.entry(c.clone()).or_default() += 1;
                }
            }
            if all_but(1) {
                for s in &ortsteile {
                    *facets.ortsteil.entry((*s).to_string()).or_default() += 1;
                }
            }
            if all_but(2) {
                for l in &o.languages {
                    *facets.language.entry(l.clone()).or_default() += 1;
                }
            }
            facets.free += usize::from(all_but(3) && o.is_free());
            facets.wheelchair += usize::from(all_but(4) && o.wheelchair_access());
            facets.childcare += usize::from(all_but(5) && o.childcare);
            facets.open_now += usize::from(all_but(6) && o.is_open_at(now));
            if failing == 0 {
                hits.push((score, d));
            }
        }
        hits.sort_by(|(sa, a), (sb, b)| {
            sb.cmp(sa)
                .then_with(|| {
                    a.offer
                        .is_temporarily_closed()
                        .cmp(&b.offer.is_temporarily_closed())
                })
                .then_with(|| a.offer.name.de.cmp(&b.offer.name.de))
                .then_with(|| a.offer.id.cmp(&b.offer.id))
        });
        let total = hits.len();
        let start = ((q.page.max(1) - 1) as usize).saturating_mul(q.per_page as usize);
        let hits = hits
            .into_iter()
            .skip(start)
            .take(q.per_page as usize)
            .map(|(_, d)| d.offer.clone())
            .collect();
        SearchResults {
            total,
            hits,
            facets,
        }
    }
}

/// None when a word of the query is missing; otherwise higher for matches in the name.
fn text_score(d: &Doc, tokens: &[String]) -> Option<u32> {
    let mut score = 0;
    for t in tokens {
        let s = if d.name.contains(t.as_str()) {
            10
        } else if d.summary.contains(t.as_str()) {
            4
        } else if d.rest.contains(t.as_str()) {
            1
        } else {
            return None;
        };
        score += s;
    }
    Some(score)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn german_spellings_meet() {
        assert_eq!(fold("Mühle"), fold("Muehle"));
        assert_eq!(fold("Mühle"), fold("Muhle"));
        assert_eq!(fold("Straße"), fold("Strasse"));
        assert_eq!(fold("<script>"), " script ");
    }
}
