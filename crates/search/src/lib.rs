//! The search index: derived from the store, built at start-up and kept current on every change,
//! answering the directory's queries with German full-text matching (tantivy), filters and facets.
//! The store stays the source of truth.
//!
//! Text is folded (umlauts and ß in any spelling) before it reaches tantivy; tantivy stems it with the
//! German Snowball stemmer. Compounds are split into known parts at index time. Typos are forgiven
//! by fuzzy matching on unstemmed words, synonyms widen the query, and category names in every
//! language are indexed with their offers.

pub mod analysis;
pub mod synonyms;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, RwLock};

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, INDEXED, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal, SegmentReader,
    TantivyDocument, Term,
};
use wegweiser_domain::directory::{AccessMode, Category, Offer, OfferQuery, Sort};
use wegweiser_domain::geo;

use crate::analysis::{Dictionary, edit_distance, fold, is_stop_word, typo_budget, words};
pub use crate::synonyms::Synonyms;

#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(String);

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError(e.to_string())
    }
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
    pub walk_in: usize,
    pub evening: usize,
    pub weekend: usize,
    /// By ISO weekday "1"–"7".
    pub weekday: BTreeMap<String, usize>,
}

pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Arc<Offer>>,
    /// Kilometres from the query's place to each hit's nearest location (same order as `hits`).
    pub distances: Vec<Option<f64>>,
    pub facets: Facets,
    /// No offer had every word, so offers with some of the words are shown.
    pub relaxed: bool,
    /// A spelling that finds something, when the query found nothing.
    pub suggestion: Option<String>,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    name: Field,
    name_plain: Field,
    org: Field,
    summary: Field,
    body: Field,
    body_plain: Field,
    parts: Field,
}

const PLAIN: &str = "ww_plain";
const STEM: &str = "ww_de_stem";

fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .build()
}

fn stem_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::German))
        .build()
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let id = b.add_u64_field("id", NumericOptions::default().set_fast() | INDEXED);
    let fields = Fields {
        id,
        name: b.add_text_field("name", text(STEM)),
        name_plain: b.add_text_field("name_plain", text(PLAIN)),
        org: b.add_text_field("org", text(STEM)),
        summary: b.add_text_field("summary", text(STEM)),
        body: b.add_text_field("body", text(STEM)),
        body_plain: b.add_text_field("body_plain", text(PLAIN)),
        parts: b.add_text_field("parts", text(STEM)),
    };
    (b.build(), fields)
}

/// What the index needs beyond the offers themselves.
#[derive(Clone, Default)]
pub struct IndexContext {
    pub categories: Vec<Category>,
    pub synonyms: Synonyms,
    /// Labels of target groups and other vocabularies in every language, by code.
    pub extra_terms: HashMap<String, Vec<String>>,
}

struct State {
    offers: HashMap<i64, Arc<Offer>>,
    ctx: IndexContext,
    dictionary: Dictionary,
    /// Folded words of names, summaries and bodies: how often, and one spelling as written.
    vocabulary: HashMap<String, (u32, String)>,
}

pub struct SearchIndex {
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    state: RwLock<State>,
}

fn texts(o: &Offer, ctx: &IndexContext) -> (String, String, String, String) {
    let join =
        |t: &wegweiser_domain::directory::Translated| t.all_texts().collect::<Vec<_>>().join(" ");
    let name = join(&o.name);
    let summary = join(&o.summary);
    let mut body = String::new();
    let mut add = |s: &str| {
        body.push(' ');
        body.push_str(s);
    };
    add(&join(&o.description));
    add(&join(&o.eligibility));
    add(&join(&o.how_to_access));
    for c in &o.categories {
        if let Some(cat) = ctx.categories.iter().find(|k| &k.slug == c) {
            add(&join(&cat.name));
            add(&join(&cat.description));
        }
    }
    for code in o.target_groups.iter().chain(o.languages.iter()) {
        if let Some(labels) = ctx.extra_terms.get(code) {
            labels.iter().for_each(|l| add(l));
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
    (name, summary, body, o.organization.name.clone())
}

impl SearchIndex {
    pub fn build(offers: Vec<Offer>, ctx: IndexContext) -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        index.tokenizers().register(PLAIN, plain_analyzer());
        index.tokenizers().register(STEM, stem_analyzer());
        let writer: IndexWriter = index.writer_with_num_threads(1, 50_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let mut dictionary = Dictionary::new();
        for o in &offers {
            let (name, summary, body, org) = texts(o, &ctx);
            dictionary.learn(&name);
            dictionary.learn(&summary);
            dictionary.learn(&body);
            dictionary.learn(&org);
        }
        let me = SearchIndex {
            reader,
            writer: Mutex::new(writer),
            fields,
            state: RwLock::new(State {
                offers: HashMap::new(),
                ctx,
                dictionary,
                vocabulary: HashMap::new(),
            }),
        };
        {
            let mut state = me
                .state
                .write()
                .map_err(|_| SearchError("state lock poisoned".into()))?;
            let writer = me
                .writer
                .lock()
                .map_err(|_| SearchError("writer lock poisoned".into()))?;
            for o in offers {
                me.add_doc(&writer, &mut state, o)?;
            }
        }
        me.commit()?;
        Ok(me)
    }

    fn add_doc(
        &self,
        writer: &IndexWriter,
        state: &mut State,
        o: Offer,
    ) -> Result<(), SearchError> {
        let f = self.fields;
        let (name, summary, body, org) = texts(&o, &state.ctx);
        for text in [&name, &summary, &body] {
            for written in text
                .split(|c: char| !c.is_alphanumeric())
                // Numbers (postcodes, house numbers) are no spelling to suggest.
                .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
            {
                let entry = state
                    .vocabulary
                    .entry(fold(written).trim().to_string())
                    .or_insert_with(|| (0, written.to_lowercase()));
                entry.0 += 1;
            }
        }
        let parts = state
            .dictionary
            .parts_of_text(&format!("{name} {summary} {body}"));
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, o.id as u64);
        doc.add_text(f.name, fold(&name));
        doc.add_text(f.name_plain, fold(&name));
        doc.add_text(f.org, fold(&org));
        doc.add_text(f.summary, fold(&summary));
        doc.add_text(f.body, fold(&body));
        doc.add_text(f.body_plain, fold(&format!("{summary} {body} {org}")));
        doc.add_text(f.parts, parts);
        writer.add_document(doc)?;
        state.offers.insert(o.id, Arc::new(o));
        Ok(())
    }

    fn commit(&self) -> Result<(), SearchError> {
        self.writer
            .lock()
            .map_err(|_| SearchError("writer lock poisoned".into()))?
            .commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Removes offer `id` and, if given, adds its new version; then commits.
    fn replace(&self, id: i64, new: Option<Offer>) -> Result<(), SearchError> {
        {
            let mut state = self
                .state
                .write()
                .map_err(|_| SearchError("state lock poisoned".into()))?;
            let writer = self
                .writer
                .lock()
                .map_err(|_| SearchError("writer lock poisoned".into()))?;
            writer.delete_term(Term::from_field_u64(self.fields.id, id as u64));
            state.offers.remove(&id);
            if let Some(offer) = new {
                self.add_doc(&writer, &mut state, offer)?;
            }
        }
        self.commit()
    }

    /// Adds or replaces one offer (after an edit); an offer that is no longer published is removed.
    pub fn upsert(&self, offer: Offer) -> Result<(), SearchError> {
        let published = offer.status == wegweiser_domain::directory::OfferStatus::Published;
        self.replace(offer.id, published.then_some(offer))
    }

    pub fn remove(&self, id: i64) -> Result<(), SearchError> {
        self.replace(id, None)
    }

    pub fn len(&self) -> usize {
        self.state.read().map(|s| s.offers.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// All listed offers of an organisation, by name.
    pub fn offers_of_organization(&self, org_id: i64, now: NaiveDateTime) -> Vec<Arc<Offer>> {
        let Ok(state) = self.state.read() else {
            return vec![];
        };
        let mut v: Vec<_> = state
            .offers
            .values()
            .filter(|o| o.organization.id == org_id && o.is_listed(now.date()))
            .cloned()
            .collect();
        v.sort_by(|a, b| a.name.de.cmp(&b.name.de));
        v
    }

    fn stems(&self, word: &str) -> Vec<String> {
        let mut a = stem_analyzer();
        let mut out = Vec::new();
        let mut ts = a.token_stream(word);
        while ts.advance() {
            out.push(ts.token().text.clone());
        }
        out
    }

    /// The query for one word: exact, stemmed, as a compound part, as a prefix, and with typos.
    fn word_query(&self, w: &str) -> Box<dyn Query> {
        let f = self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let boosted = |q: Box<dyn Query>, b: f32| -> (Occur, Box<dyn Query>) {
            (Occur::Should, Box::new(BoostQuery::new(q, b)))
        };
        let term = |field: Field, t: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, t),
                IndexRecordOption::WithFreqs,
            ))
        };
        should.push(boosted(term(f.name_plain, w), 5.0));
        for s in self.stems(w) {
            should.push(boosted(term(f.name, &s), 3.0));
            should.push(boosted(term(f.org, &s), 2.0));
            should.push(boosted(term(f.summary, &s), 1.5));
            should.push(boosted(term(f.parts, &s), 1.5));
            should.push(boosted(term(f.body, &s), 1.0));
        }
        let n = w.chars().count();
        if n >= 4 && !w.chars().all(|c| c.is_ascii_digit()) {
            let t = Term::from_field_text(f.name_plain, w);
            should.push(boosted(
                Box::new(FuzzyTermQuery::new_prefix(t, 0, true)),
                1.5,
            ));
        }
        let budget = typo_budget(w);
        if budget > 0 {
            should.push(boosted(
                Box::new(FuzzyTermQuery::new(
                    Term::from_field_text(f.name_plain, w),
                    budget,
                    true,
                )),
                1.0,
            ));
            should.push(boosted(
                Box::new(FuzzyTermQuery::new(
                    Term::from_field_text(f.body_plain, w),
                    budget,
                    true,
                )),
                0.4,
            ));
        }
        Box::new(BooleanQuery::new(should))
    }

    fn phrase_query(&self, words: &[String], boost: f32) -> Box<dyn Query> {
        let must: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .filter(|w| !is_stop_word(w))
            .map(|w| (Occur::Must, self.word_query(w)))
            .collect();
        Box::new(BoostQuery::new(Box::new(BooleanQuery::new(must)), boost))
    }

    /// Scores of all documents that match the text, by offer id.
    fn text_hits(
        &self,
        text: &str,
        synonyms: &Synonyms,
        all_words: bool,
    ) -> Result<HashMap<i64, Score>, SearchError> {
        let q: Vec<String> = words(text);
        let units = synonyms.units(&q);
        let occur = if all_words {
            Occur::Must
        } else {
            Occur::Should
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for u in units {
            if u.alternatives.is_empty() && u.words.iter().all(|w| is_stop_word(w)) {
                continue;
            }
            let mut options: Vec<(Occur, Box<dyn Query>)> =
                vec![(Occur::Should, self.phrase_query(&u.words, 1.0))];
            for alt in &u.alternatives {
                options.push((Occur::Should, self.phrase_query(alt, 0.8)));
            }
            clauses.push((occur, Box::new(BooleanQuery::new(options))));
        }
        if clauses.is_empty() {
            return Ok(HashMap::new());
        }
        let searcher = self.reader.searcher();
        let hits = searcher.search(&BooleanQuery::new(clauses), &AllHits)?;
        Ok(hits.into_iter().map(|(id, s)| (id as i64, s)).collect())
    }

    /// The closest spelling of the query that the directory knows, word by word.
    fn suggestion(
        &self,
        text: &str,
        vocabulary: &HashMap<String, (u32, String)>,
    ) -> Option<String> {
        let q = words(text);
        let mut changed = false;
        let out: Vec<String> = q
            .iter()
            .map(|w| {
                if let Some((_, written)) = vocabulary.get(w) {
                    return written.clone();
                }
                if is_stop_word(w) || w.chars().count() < 4 {
                    return w.clone();
                }
                // A typo rarely hits the first letter; comparing only words that share it (or the
                // second, for swapped letters) keeps this fast on a large directory.
                let mut first = w.chars();
                let (c0, c1) = (first.next(), first.next());
                let best = vocabulary
                    .iter()
                    .filter(|(v, _)| {
                        let v0 = v.chars().next();
                        v0 == c0 || v0 == c1
                    })
                    .filter(|(v, _)| v.chars().count().abs_diff(w.chars().count()) <= 2)
                    .map(|(v, (n, written))| (edit_distance(w, v), std::cmp::Reverse(*n), written))
                    .filter(|(d, _, _)| *d <= 2)
                    .min();
                match best {
                    Some((_, _, written)) => {
                        changed = true;
                        written.clone()
                    }
                    None => w.clone(),
                }
            })
            .collect();
        changed.then(|| out.join(" "))
    }

    pub fn search(&self, q: &OfferQuery, now: NaiveDateTime) -> SearchResults {
        let Ok(state) = self.state.read() else {
            return SearchResults {
                total: 0,
                hits: vec![],
                distances: vec![],
                facets: Facets::default(),
                relaxed: false,
                suggestion: None,
            };
        };
        let today = now.date();
        let has_text = words(&q.text).iter().any(|w| !is_stop_word(w));
        let mut relaxed = false;
        let scores: Option<HashMap<i64, Score>> = if has_text {
            let strict = self
                .text_hits(&q.text, &state.ctx.synonyms, true)
                .unwrap_or_default();
            if strict.is_empty() {
                relaxed = true;
                Some(
                    self.text_hits(&q.text, &state.ctx.synonyms, false)
                        .unwrap_or_default(),
                )
            } else {
                Some(strict)
            }
        } else {
            None
        };
        let mut facets = Facets::default();
        // Counted by borrowed keys first; owned keys only for the few distinct values at the end.
        let mut cat_counts: HashMap<&str, usize> = HashMap::new();
        let mut ort_counts: HashMap<&str, usize> = HashMap::new();
        let mut lang_counts: HashMap<&str, usize> = HashMap::new();
        let mut hits: Vec<(f32, Option<f64>, &Arc<Offer>)> = Vec::new();
        let evening_from = chrono::NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
        let candidates: Box<dyn Iterator<Item = (&Arc<Offer>, f32)>> = match &scores {
            Some(s) => Box::new(
                s.iter()
                    .filter_map(|(id, sc)| state.offers.get(id).map(|o| (o, *sc))),
            ),
            None => Box::new(state.offers.values().map(|o| (o, 0.0))),
        };
        for (o, score) in candidates {
            if !o.is_listed(today) {
                continue;
            }
            let ortsteile = o.ortsteile();
            let open = o.is_open_at(now);
            let walk_in = o.access != AccessMode::Appointment;
            let evening = !o.is_temporarily_closed() && o.hours.open_after(evening_from);
            let weekend = !o.is_temporarily_closed() && o.hours.open_on_weekend();
            let on_day = |d: u8| !o.is_temporarily_closed() && o.hours.open_on_weekday(d);
            // Which filters pass; a facet counts the documents that pass all the others.
            let checks = [
                q.category.as_ref().is_none_or(|c| o.categories.contains(c)),
                q.ortsteil
                    .as_ref()
                    .is_none_or(|s| ortsteile.contains(&s.as_str())),
                q.language.as_ref().is_none_or(|l| o.languages.contains(l)),
                !q.free || o.is_free(),
                !q.wheelchair || o.wheelchair_access(),
                !q.childcare || o.childcare,
                !q.open_now || open,
                !q.walk_in || walk_in,
                q.weekday.is_none_or(on_day),
                !q.evening || evening,
                !q.weekend || weekend,
            ];
            let failing = checks.iter().filter(|ok| !**ok).count();
            if failing > 1 {
                continue;
            }
            let all_but = |i: usize| failing == 0 || !checks[i];
            if all_but(0) {
                for c in &o.categories {
                    *cat_counts.entry(c.as_str()).or_default() += 1;
                }
            }
            if all_but(1) {
                for s in &ortsteile {
                    *ort_counts.entry(s).or_default() += 1;
                }
            }
            if all_but(2) {
                for l in &o.languages {
                    *lang_counts.entry(l.as_str()).or_default() += 1;
                }
            }
            facets.free += usize::from(all_but(3) && o.is_free());
            facets.wheelchair += usize::from(all_but(4) && o.wheelchair_access());
            facets.childcare += usize::from(all_but(5) && o.childcare);
            facets.open_now += usize::from(all_but(6) && open);
            facets.walk_in += usize::from(all_but(7) && walk_in);
            if all_but(8) {
                for d in 1..=7u8 {
                    if on_day(d) {
                        *facets.weekday.entry(d.to_string()).or_default() += 1;
                    }
                }
            }
            facets.evening += usize::from(all_but(9) && evening);
            facets.weekend += usize::from(all_but(10) && weekend);
            if failing == 0 {
                let distance = q.near.as_ref().and_then(|n| {
                    o.locations
                        .iter()
                        .filter_map(|l| l.lat_lon())
                        .map(|p| geo::distance_km(n.point, p))
                        .min_by(f64::total_cmp)
                });
                hits.push((score * freshness(o.last_verified, today), distance, o));
            }
        }
        facets.category = cat_counts
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        facets.ortsteil = ort_counts
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        facets.language = lang_counts
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let by_distance = q.sort == Sort::Distance;
        let order = |(sa, da, a): &(f32, Option<f64>, &Arc<Offer>),
                     (sb, db, b): &(f32, Option<f64>, &Arc<Offer>)| {
            let distance = if by_distance {
                // Offers without a place (phone, online) come after those with one.
                da.unwrap_or(f64::INFINITY)
                    .total_cmp(&db.unwrap_or(f64::INFINITY))
            } else {
                std::cmp::Ordering::Equal
            };
            distance
                .then_with(|| sb.total_cmp(sa))
                .then_with(|| a.is_temporarily_closed().cmp(&b.is_temporarily_closed()))
                .then_with(|| a.name.de.cmp(&b.name.de))
                .then_with(|| a.id.cmp(&b.id))
        };
        let total = hits.len();
        // Only the requested page needs a full order: select it, then sort that part.
        let end = (q.page.max(1) as usize)
            .saturating_mul(q.per_page as usize)
            .min(hits.len());
        if end > 0 && end < hits.len() {
            hits.select_nth_unstable_by(end - 1, order);
            hits.truncate(end);
        }
        hits.sort_by(order);
        let suggestion = if has_text && (total == 0 || relaxed) {
            self.suggestion(&q.text, &state.vocabulary)
        } else {
            None
        };
        let start = ((q.page.max(1) - 1) as usize).saturating_mul(q.per_page as usize);
        let page: Vec<_> = hits
            .into_iter()
            .skip(start)
            .take(q.per_page as usize)
            .collect();
        let distances = page.iter().map(|(_, d, _)| *d).collect();
        let hits = page.into_iter().map(|(_, _, o)| o.clone()).collect();
        SearchResults {
            total,
            hits,
            distances,
            facets,
            relaxed,
            suggestion,
        }
    }
}

/// Recently verified entries rank a little higher: up to 10 % for one checked within three months,
/// nothing for one not checked for a year.
fn freshness(verified: Option<NaiveDate>, today: NaiveDate) -> f32 {
    let Some(d) = verified else { return 1.0 };
    let age = (today - d).num_days().max(0) as f32;
    1.0 + 0.1 * (1.0 - ((age - 90.0).max(0.0) / 275.0)).clamp(0.0, 1.0)
}

/// Collects every matching document with its score (filters and facets need them all).
struct AllHits;

struct AllHitsSegment {
    ids: Column<u64>,
    hits: Vec<(u64, Score)>,
}

impl Collector for AllHits {
    type Fruit = Vec<(u64, Score)>;
    type Child = AllHitsSegment;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<AllHitsSegment> {
        Ok(AllHitsSegment {
            ids: reader.fast_fields().u64("id")?,
            hits: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u64, Score)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for AllHitsSegment {
    type Fruit = Vec<(u64, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(id) = self.ids.first(doc) {
            self.hits.push((id, score));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.hits
    }
}
