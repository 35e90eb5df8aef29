//! The search index: derived from the store, built at start-up and kept current on every change,
//! answering the directory's queries with German full-text matching (tantivy), filters and facets.
//! The store stays the source of truth.
//!
//! Text is folded (umlauts and ß in any spelling) before it reaches tantivy; tantivy stems it with the
//! German Snowball stemmer. Compounds are split into known parts at index time. Typos are forgiven
//! by fuzzy matching on unstemmed words, synonyms widen the query, and category names in every
//! language are indexed with their offers.

pub mod analysis;
mod fold;
pub mod german;
mod profile;
pub mod synonyms;

use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::sync::{Arc, Mutex, RwLock};

use chrono::{NaiveDateTime, Timelike};
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, INDEXED, IndexRecordOption, NumericOptions, STORED, Schema, TextFieldIndexing,
    TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal, SegmentReader,
    TantivyDocument, Term,
};
use wegweiser_domain::directory::{Category, Offer, OfferQuery, Sort};
use wegweiser_domain::geo;

use crate::analysis::{Dictionary, edit_distance, fold, is_stop_word, typo_budget, words};
use crate::profile::{
    CHILDCARE, Dim, EVENING, FREE, ListedOpen, Overflow, Places, Profile, SlotBits, Vocabs,
    WALK_IN, WEEKEND, WHEELCHAIR,
};
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
    slot: Field,
    name: Field,
    name_plain: Field,
    org: Field,
    summary: Field,
    body: Field,
    body_plain: Field,
    parts: Field,
    /// The offer's topics as codes ("c:beratung", "v:tr"); their texts are matched at query time.
    topics: Field,
    /// The offer as JSON, read back when the index is opened from the data directory.
    offer: Field,
}

/// How the folded words of a query were written.
type Written = HashMap<String, String>;

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
    let id = b.add_u64_field("id", NumericOptions::default() | INDEXED);
    let slot = b.add_u64_field("slot", NumericOptions::default().set_fast());
    let fields = Fields {
        id,
        slot,
        name: b.add_text_field("name", text(STEM)),
        name_plain: b.add_text_field("name_plain", text(PLAIN)),
        org: b.add_text_field("org", text(STEM)),
        summary: b.add_text_field("summary", text(STEM)),
        body: b.add_text_field("body", text(STEM)),
        body_plain: b.add_text_field("body_plain", text(PLAIN)),
        parts: b.add_text_field("parts", text(STEM)),
        topics: b.add_text_field("topics", text("raw")),
        offer: b.add_bytes_field("offer", STORED),
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
    /// What is kept in memory of each offer, by slot; the index stores each document's slot, so a
    /// hit finds its card directly. The whole offer is read from the document store when a page
    /// shows it (`SearchIndex::offer`).
    offers: Vec<Option<Card>>,
    /// Organisation names, one copy each, shared by their offers' cards.
    org_names: HashMap<i64, Arc<str>>,
    /// By slot, side by side in memory: what filters and facets read for every hit.
    profiles: Vec<Profile>,
    overflow: HashMap<u32, Overflow>,
    /// By slot: where the offer's locations are, for distances.
    places: Vec<Places>,
    more_places: HashMap<u32, Vec<geo::LatLon>>,
    slot_of: HashMap<i64, u32>,
    free_slots: Vec<u32>,
    vocabs: Vocabs,
    /// Counts changes, so cached answers know when they are stale.
    generation: u64,
    ctx: IndexContext,
    dictionary: Dictionary,
    /// Folded words of names, summaries and bodies: how often, and one spelling as written.
    vocabulary: HashMap<String, (u32, String)>,
    topics: Topics,
}

/// The texts of the topics (categories in every language, labels of target groups and
/// languages), analysed once per index. An offer carries only its topics' codes; a query word
/// that a topic's text contains finds the topic's offers. Indexing those texts with every offer
/// was nine tenths of the index build at 100,000 offers: 101 s, now 10 s (BENCHMARKS.md, issue 21,
/// third round).
#[derive(Default)]
struct Topics {
    /// Stem of a word or of a compound part → the codes of the topics whose texts contain it.
    by_stem: HashMap<String, Vec<String>>,
    /// Folded word → the codes of the topics whose texts contain it (for typos).
    by_word: HashMap<String, Vec<String>>,
}

impl Topics {
    fn of(
        ctx: &IndexContext,
        dictionary: &mut Dictionary,
        vocabulary: &mut HashMap<String, (u32, String)>,
    ) -> Topics {
        let mut topics = Topics::default();
        let join = |t: &wegweiser_domain::directory::Translated| {
            t.all_texts().collect::<Vec<_>>().join(" ")
        };
        let mut texts: Vec<(String, String)> = ctx
            .categories
            .iter()
            .map(|c| {
                (
                    format!("c:{}", c.slug),
                    format!("{} {}", join(&c.name), join(&c.description)),
                )
            })
            .collect();
        texts.extend(
            ctx.extra_terms
                .iter()
                .map(|(code, labels)| (format!("v:{code}"), labels.join(" "))),
        );
        for (_, text) in &texts {
            dictionary.learn(text);
        }
        let add = |map: &mut HashMap<String, Vec<String>>, key: String, code: &str| {
            let codes = map.entry(key).or_default();
            if !codes.iter().any(|c| c == code) {
                codes.push(code.to_string());
            }
        };
        let mut stem = stem_analyzer();
        let mut plain = plain_analyzer();
        for (code, text) in &texts {
            count_words(vocabulary, text);
            let folded = fold(text);
            let parts = dictionary.parts_of_text(text);
            for t in [&folded, &parts] {
                let mut ts = stem.token_stream(t);
                while ts.advance() {
                    add(&mut topics.by_stem, ts.token().text.clone(), code);
                }
            }
            let mut ts = plain.token_stream(&folded);
            while ts.advance() {
                add(&mut topics.by_word, ts.token().text.clone(), code);
            }
        }
        topics
    }

    /// The codes of the topics a stem finds.
    fn with_stem(&self, stem: &str) -> &[String] {
        self.by_stem.get(stem).map_or(&[], Vec::as_slice)
    }

    /// The codes of the topics with a word within `budget` typos of `w`.
    fn near(&self, w: &str, budget: u8) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .by_word
            .iter()
            .filter(|(v, _)| v.chars().count().abs_diff(w.chars().count()) <= usize::from(budget))
            .filter(|(v, _)| edit_distance(v, w) <= usize::from(budget))
            .flat_map(|(_, codes)| codes.iter().map(String::as_str))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl State {
    fn new(ctx: IndexContext, capacity: usize) -> State {
        State {
            offers: Vec::with_capacity(capacity),
            org_names: HashMap::new(),
            profiles: Vec::with_capacity(capacity),
            overflow: HashMap::new(),
            places: Vec::with_capacity(capacity),
            more_places: HashMap::new(),
            slot_of: HashMap::with_capacity(capacity),
            free_slots: Vec::new(),
            vocabs: Vocabs::default(),
            generation: 0,
            ctx,
            dictionary: Dictionary::new(),
            vocabulary: HashMap::new(),
            topics: Topics::default(),
        }
    }

    /// Learns the topics' texts, after the offers' words (a build and an opening alike).
    fn learn_topics(&mut self) {
        self.topics = Topics::of(&self.ctx, &mut self.dictionary, &mut self.vocabulary);
    }
}

/// The offer a document stores.
fn stored_offer(doc: &TantivyDocument, fields: Fields) -> Result<Offer, SearchError> {
    let bytes = doc
        .get_first(fields.offer)
        .and_then(|v| tantivy::schema::Value::as_bytes(&v))
        .ok_or_else(|| SearchError("a document without offer".into()))?;
    serde_json::from_slice(bytes).map_err(|e| SearchError(e.to_string()))
}

/// Learns the words of an offer's own texts as compound parts.
fn learn_offer(dictionary: &mut Dictionary, o: &Offer) -> (String, String, String, String) {
    let texts = texts(o);
    for text in [&texts.0, &texts.1, &texts.2, &texts.3] {
        dictionary.learn(text);
    }
    texts
}

/// Puts an offer into its slot: what filters, facets, distances and result cards read.
fn place(state: &mut State, slot: u32, o: Offer) {
    let (profile, overflow) = Profile::of(&o, &mut state.vocabs);
    let points: Vec<geo::LatLon> = o.locations.iter().filter_map(|l| l.lat_lon()).collect();
    let (places, more_places) = Places::of(&points);
    state.slot_of.insert(o.id, slot);
    let i = slot as usize;
    state.profiles[i] = profile;
    state.places[i] = places;
    if let Some(o) = overflow {
        state.overflow.insert(slot, o);
    }
    if let Some(p) = more_places {
        state.more_places.insert(slot, p);
    }
    state.offers[i] = Some(Card::of(&o, &mut state.org_names));
    state.generation += 1;
}

/// Offers with a topic, weighted like a word of their descriptions.
fn topic_query(f: Fields, code: &str, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(
        Box::new(TermQuery::new(
            Term::from_field_text(f.topics, code),
            IndexRecordOption::WithFreqs,
        )),
        boost,
    ))
}

/// Counts the words of a text in the vocabulary (how often, and one spelling as written).
fn count_words(vocabulary: &mut HashMap<String, (u32, String)>, text: &str) {
    for written in text
        .split(|c: char| !c.is_alphanumeric())
        // Numbers (postcodes, house numbers) are no spelling to suggest.
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
    {
        let lower = written.to_lowercase();
        let entry = vocabulary
            .entry(fold(written).trim().to_string())
            .or_insert_with(|| (0, lower.clone()));
        entry.0 += 1;
        // One spelling whatever the order the words come in (a build and an opening differ).
        if lower < entry.1 {
            entry.1 = lower;
        }
    }
}

/// What the index keeps in memory of an offer: what "listed today", "open now", the tie-break
/// order and the lists of all offers need: a few hundred bytes, where whole offers with their texts
/// in every language took about 4 KB each (the server at 100,000 offers: 492 MB when ready, now
/// 77 MB; BENCHMARKS.md, issue 21, third round).
struct Card {
    id: i64,
    organization: i64,
    organization_name: Arc<str>,
    /// The German name (the tie-break order and lists).
    name: Box<str>,
    published: bool,
    valid_from: Option<chrono::NaiveDate>,
    valid_until: Option<chrono::NaiveDate>,
    closed: bool,
    last_verified: Option<chrono::NaiveDate>,
    hours: wegweiser_domain::hours::OpeningHours,
}

impl Card {
    fn of(o: &Offer, org_names: &mut HashMap<i64, Arc<str>>) -> Card {
        let organization_name = match org_names.get(&o.organization.id) {
            Some(n) if **n == *o.organization.name => n.clone(),
            _ => {
                let n: Arc<str> = o.organization.name.as_str().into();
                org_names.insert(o.organization.id, n.clone());
                n
            }
        };
        Card {
            id: o.id,
            organization: o.organization.id,
            organization_name,
            name: o.name.de.as_str().into(),
            published: o.status == wegweiser_domain::directory::PublicationStatus::Published,
            valid_from: o.valid_from,
            valid_until: o.valid_until,
            closed: o.is_temporarily_closed(),
            last_verified: o.last_verified,
            hours: o.hours.clone(),
        }
    }

    /// As [`Offer::is_listed`].
    fn is_listed(&self, today: chrono::NaiveDate) -> bool {
        self.published
            && self.valid_from.is_none_or(|d| d <= today)
            && self.valid_until.is_none_or(|d| d >= today)
    }

    /// As [`Offer::is_open_at`].
    fn is_open_at(&self, now: NaiveDateTime) -> bool {
        !self.closed && self.hours.is_open_at(now)
    }
}

/// A listed offer as lists of all of them show it (the sitemap, choice lists).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub id: i64,
    pub organization: i64,
    pub organization_name: String,
    /// The German name.
    pub name: String,
    pub last_verified: Option<chrono::NaiveDate>,
}

/// Whole offers read from the document store lately, for the next page that shows them. Emptied
/// at every commit; `generation` is the commit they were read under, so a read that began before
/// a commit is not kept after it.
#[derive(Default)]
struct Materialized {
    generation: u64,
    offers: HashMap<i64, Arc<Offer>>,
}

/// Whole offers kept at most (about 3 KB each): a district's directory fits, a city's busiest do.
const MATERIALIZED: usize = 4096;

pub struct SearchIndex {
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    state: RwLock<State>,
    /// Which offers are listed and open, computed once per minute and change, not per query.
    listed_open: Mutex<Option<Arc<ListedOpen>>>,
    /// Per slot, the place in the tie-break order (temporarily closed last, then by name), so that
    /// sorting many equal scores compares numbers, not names. Rebuilt when the directory changes.
    tie_ranks: Mutex<Option<(u64, Arc<Vec<u32>>)>>,
    /// Changes committed and visible to searches (`generation`): counted only after the commit,
    /// so what a search finds under one value never changes.
    committed: std::sync::atomic::AtomicU64,
    /// Where the change log stood for what the index holds (kept with each commit).
    position: Mutex<Position>,
    materialized: Mutex<Materialized>,
    analysis: String,
    maker: String,
    /// Kept in a directory (else in memory only).
    on_disk: bool,
}

fn texts(o: &Offer) -> (String, String, String, String) {
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

/// Where an index stands in the store's change log: the position of the last change it had
/// applied when it was committed, and when (Unix seconds). Kept with each commit of an index on
/// disk, so that a restart opens the index and applies only what changed since.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Position {
    pub seq: i64,
    pub at: i64,
}

/// What each commit of an index on disk records (tantivy keeps it in the commit's meta file).
#[derive(Serialize, serde::Deserialize)]
struct Payload {
    /// The analysis the index was made with (see [`analysis_fingerprint`]).
    analysis: String,
    /// Who made it (the caller's words: the program's version and build).
    maker: String,
    position: Position,
}

/// An index opened from the data directory.
pub struct Opened {
    pub index: SearchIndex,
    pub position: Position,
    /// Made by another build of the program: it serves, but a fresh build should replace it.
    pub stale: bool,
}

/// How the index analyses text, as one string: the fold, the compound parts and the stems of a
/// sample. An index made with another analysis would find differently, so it is rebuilt.
fn analysis_fingerprint() -> String {
    const SAMPLE: &str = "Erziehungs- und Familienberatung für Alleinerziehende: Kita-Gutschein, \
        Unterhaltsvorschuss, Ämterlotse, SelbstHilfeInitiative, Schwangerenberatung, \
        Mietschuldenberatung, Teilzeitausbildung, Straße, GRÖSSE, Çocuk bakımı, детский сад";
    let mut dictionary = Dictionary::new();
    dictionary.learn(SAMPLE);
    let mut stems = Vec::new();
    let mut a = stem_analyzer();
    let mut ts = a.token_stream(SAMPLE);
    while ts.advance() {
        stems.push(ts.token().text.clone());
    }
    format!(
        "2|{}|{}|{}",
        fold(SAMPLE),
        dictionary.parts_of_text(SAMPLE),
        stems.join(" ")
    )
}

impl SearchIndex {
    /// Builds an index in memory (tests, benchmarks).
    pub fn build(offers: Vec<Offer>, ctx: IndexContext) -> Result<Self, SearchError> {
        Self::build_in(None, offers, ctx, Position::default(), "")
    }

    /// Builds an index of `offers`: in the empty or new directory `dir`, or in memory. `position`
    /// is where the change log stood before the offers were read; `maker` names the program.
    pub fn build_in(
        dir: Option<&std::path::Path>,
        offers: Vec<Offer>,
        ctx: IndexContext,
        position: Position,
        maker: &str,
    ) -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        // A directory that cannot hold the index (read-only, not creatable) still gets a search:
        // in memory (`on_disk` tells).
        let on_disk = dir.and_then(|dir| {
            std::fs::create_dir_all(dir).ok()?;
            Index::create_in_dir(dir, schema.clone()).ok()
        });
        let kept = on_disk.is_some();
        let index = on_disk.unwrap_or_else(|| Index::create_in_ram(schema));
        let mut state = State::new(ctx, offers.len());
        for o in &offers {
            learn_offer(&mut state.dictionary, o);
        }
        state.learn_topics();
        let me = Self::assemble(index, fields, state, position, maker, kept)?;
        {
            let mut state = me.state_mut()?;
            let writer = me.writer()?;
            for o in offers {
                me.add_doc(&writer, &mut state, o)?;
            }
        }
        me.commit()?;
        Ok(me)
    }

    /// Opens the index kept in `dir`, with the offers as they were at its last commit. An error
    /// when there is none or it cannot be read (then it is to be built afresh). The filters,
    /// cards, dictionary and vocabulary are made from the stored offers as a build makes them.
    pub fn open(
        dir: &std::path::Path,
        ctx: IndexContext,
        maker: &str,
    ) -> Result<Opened, SearchError> {
        let (schema, fields) = schema();
        let index = Index::open_in_dir(dir)?;
        if index.schema() != schema {
            return Err(SearchError("the index has another schema".into()));
        }
        let payload: Payload = index
            .load_metas()?
            .payload
            .as_deref()
            .and_then(|p| serde_json::from_str(p).ok())
            .ok_or_else(|| SearchError("the index has no position".into()))?;
        if payload.analysis != analysis_fingerprint() {
            return Err(SearchError(
                "the index was made with another analysis".into(),
            ));
        }
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let capacity = searcher.num_docs() as usize;
        let mut state = State::new(ctx, capacity);
        let mut taken: Vec<bool> = Vec::with_capacity(capacity);
        // One offer at a time: each is read, learnt from and put into its slot, then dropped.
        for segment in searcher.segment_readers() {
            let slots = segment.fast_fields().u64("slot")?;
            let store = segment
                .get_store_reader(1)
                .map_err(|e| SearchError(e.to_string()))?;
            let alive = segment.alive_bitset();
            for (doc_id, doc) in segment
                .doc_ids_alive()
                .zip(store.iter::<TantivyDocument>(alive))
            {
                let doc = doc?;
                let slot = slots
                    .first(doc_id)
                    .and_then(|s| u32::try_from(s).ok())
                    .ok_or_else(|| SearchError("a document without slot".into()))?;
                let offer = stored_offer(&doc, fields)?;
                let i = slot as usize;
                if i >= state.offers.len() {
                    state.offers.resize_with(i + 1, || None);
                    state.profiles.resize(i + 1, Profile::empty());
                    state.places.resize(i + 1, Places::default());
                    taken.resize(i + 1, false);
                }
                if std::mem::replace(&mut taken[i], true) {
                    return Err(SearchError("two documents in one slot".into()));
                }
                let (name, summary, body, _) = learn_offer(&mut state.dictionary, &offer);
                for text in [&name, &summary, &body] {
                    count_words(&mut state.vocabulary, text);
                }
                place(&mut state, slot, offer);
            }
        }
        drop(searcher);
        drop(reader);
        state.free_slots = (0..taken.len() as u32)
            .rev()
            .filter(|s| !taken[*s as usize])
            .collect();
        state.learn_topics();
        let me = Self::assemble(index, fields, state, payload.position, maker, true)?;
        Ok(Opened {
            index: me,
            position: payload.position,
            stale: payload.maker != maker,
        })
    }

    /// The index around a tantivy index and the offers' state.
    fn assemble(
        index: Index,
        fields: Fields,
        state: State,
        position: Position,
        maker: &str,
        on_disk: bool,
    ) -> Result<Self, SearchError> {
        index.tokenizers().register(PLAIN, plain_analyzer());
        index.tokenizers().register(STEM, stem_analyzer());
        let writer: IndexWriter = index.writer_with_num_threads(1, 50_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            reader,
            writer: Mutex::new(writer),
            fields,
            state: RwLock::new(state),
            listed_open: Mutex::new(None),
            tie_ranks: Mutex::new(None),
            committed: std::sync::atomic::AtomicU64::new(0),
            position: Mutex::new(position),
            materialized: Mutex::new(Materialized::default()),
            analysis: analysis_fingerprint(),
            maker: maker.to_string(),
            on_disk,
        })
    }

    /// Whether the index is kept in its directory (a build given one that could not hold it
    /// keeps it in memory).
    pub fn on_disk(&self) -> bool {
        self.on_disk
    }

    fn state_mut(&self) -> Result<std::sync::RwLockWriteGuard<'_, State>, SearchError> {
        self.state
            .write()
            .map_err(|_| SearchError("state lock poisoned".into()))
    }

    fn writer(&self) -> Result<std::sync::MutexGuard<'_, IndexWriter>, SearchError> {
        self.writer
            .lock()
            .map_err(|_| SearchError("writer lock poisoned".into()))
    }

    /// Records that the change log has been applied up to `position` (kept with the next commit).
    pub fn set_position(&self, position: Position) {
        if let Ok(mut p) = self.position.lock() {
            *p = position;
        }
    }

    fn add_doc(
        &self,
        writer: &IndexWriter,
        state: &mut State,
        o: Offer,
    ) -> Result<(), SearchError> {
        let f = self.fields;
        let (name, summary, body, org) = texts(&o);
        for text in [&name, &summary, &body] {
            count_words(&mut state.vocabulary, text);
        }
        let parts = state
            .dictionary
            .parts_of_text(&format!("{name} {summary} {body} {org}"));
        let slot = match state.free_slots.pop() {
            Some(s) => s,
            None => {
                state.offers.push(None);
                state.profiles.push(Profile::empty());
                state.places.push(Places::default());
                u32::try_from(state.offers.len() - 1)
                    .map_err(|_| SearchError("too many offers".into()))?
            }
        };
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, o.id as u64);
        doc.add_u64(f.slot, u64::from(slot));
        doc.add_text(f.name, fold(&name));
        doc.add_text(f.name_plain, fold(&name));
        doc.add_text(f.org, fold(&org));
        doc.add_text(f.summary, fold(&summary));
        doc.add_text(f.body, fold(&body));
        doc.add_text(f.body_plain, fold(&format!("{summary} {body} {org}")));
        doc.add_text(f.parts, parts);
        for c in &o.categories {
            doc.add_text(f.topics, format!("c:{c}"));
        }
        for code in o.target_groups.iter().chain(o.languages.iter()) {
            doc.add_text(f.topics, format!("v:{code}"));
        }
        // The offer itself, so that a restart reads it back with the index.
        let json = serde_json::to_vec(&o).map_err(|e| SearchError(e.to_string()))?;
        doc.add_bytes(f.offer, &json);
        writer.add_document(doc)?;
        place(state, slot, o);
        Ok(())
    }

    fn commit(&self) -> Result<(), SearchError> {
        let position = self.position.lock().map(|p| *p).unwrap_or_default();
        let payload = serde_json::to_string(&Payload {
            analysis: self.analysis.clone(),
            maker: self.maker.clone(),
            position,
        })
        .map_err(|e| SearchError(e.to_string()))?;
        {
            let mut writer = self.writer()?;
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&payload);
            prepared.commit()?;
        }
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
            if let Some(slot) = state.slot_of.remove(&id) {
                let i = slot as usize;
                state.offers[i] = None;
                state.profiles[i] = Profile::empty();
                state.places[i] = Places::default();
                state.overflow.remove(&slot);
                state.more_places.remove(&slot);
                state.free_slots.push(slot);
                state.generation += 1;
            }
            if let Some(offer) = new {
                self.add_doc(&writer, &mut state, offer)?;
            }
        }
        self.commit()?;
        let generation = self
            .committed
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
            + 1;
        // Whole offers read before this commit may be outdated: read them again when asked.
        if let Ok(mut kept) = self.materialized.lock() {
            kept.offers.clear();
            kept.generation = generation;
        }
        Ok(())
    }

    /// Adds or replaces one offer (after an edit); an offer that is no longer published is removed.
    pub fn upsert(&self, offer: Offer) -> Result<(), SearchError> {
        let published = offer.status == wegweiser_domain::directory::PublicationStatus::Published;
        self.replace(offer.id, published.then_some(offer))
    }

    pub fn remove(&self, id: i64) -> Result<(), SearchError> {
        self.replace(id, None)
    }

    pub fn len(&self) -> usize {
        self.state.read().map(|s| s.slot_of.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Counts the changes applied since the index was built (each edit, removal or addition).
    pub fn generation(&self) -> u64 {
        self.committed.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Every offer listed today, by id (the sitemap and choice lists show them).
    pub fn all_listed(&self, now: NaiveDateTime) -> Vec<Listed> {
        let Ok(state) = self.state.read() else {
            return vec![];
        };
        let mut v: Vec<Listed> = state
            .offers
            .iter()
            .flatten()
            .filter(|c| c.is_listed(now.date()))
            .map(|c| Listed {
                id: c.id,
                organization: c.organization,
                organization_name: c.organization_name.to_string(),
                name: c.name.to_string(),
                last_verified: c.last_verified,
            })
            .collect();
        v.sort_by_key(|o| o.id);
        v
    }

    /// The listed offers among `ids`, in that order (a chain's steps show them; an offer that is no
    /// longer listed simply drops out).
    pub fn listed_offers(&self, ids: &[i64], now: NaiveDateTime) -> Vec<Arc<Offer>> {
        let Ok(state) = self.state.read() else {
            return vec![];
        };
        ids.iter()
            .filter(|id| {
                state
                    .slot_of
                    .get(id)
                    .and_then(|slot| state.offers.get(*slot as usize)?.as_ref())
                    .is_some_and(|c| c.is_listed(now.date()))
            })
            .filter_map(|id| self.offer(*id))
            .collect()
    }

    /// All listed offers of an organisation, by name.
    pub fn offers_of_organization(&self, org_id: i64, now: NaiveDateTime) -> Vec<Arc<Offer>> {
        let Ok(state) = self.state.read() else {
            return vec![];
        };
        let mut cards: Vec<&Card> = state
            .offers
            .iter()
            .flatten()
            .filter(|c| c.organization == org_id && c.is_listed(now.date()))
            .collect();
        cards.sort_by(|a, b| a.name.cmp(&b.name));
        cards.iter().filter_map(|c| self.offer(c.id)).collect()
    }

    /// The whole offer `id` as the index holds it: kept from a recent page, or read from the
    /// document store (and kept, up to [`MATERIALIZED`]).
    fn offer(&self, id: i64) -> Option<Arc<Offer>> {
        use std::sync::atomic::Ordering;
        let generation = self.committed.load(Ordering::SeqCst);
        if let Ok(kept) = self.materialized.lock()
            && let Some(o) = kept.offers.get(&id)
        {
            return Some(o.clone());
        }
        let searcher = self.reader.searcher();
        let term = Term::from_field_u64(self.fields.id, id as u64);
        let found = searcher
            .search(
                &TermQuery::new(term, IndexRecordOption::Basic),
                &tantivy::collector::TopDocs::with_limit(1).order_by_score(),
            )
            .ok()?;
        let (_, address) = found.first()?;
        let doc: TantivyDocument = searcher.doc(*address).ok()?;
        let offer = Arc::new(stored_offer(&doc, self.fields).ok()?);
        if let Ok(mut kept) = self.materialized.lock()
            && kept.generation == generation
        {
            if kept.offers.len() >= MATERIALIZED {
                kept.offers.clear();
            }
            kept.offers.insert(id, offer.clone());
        }
        Some(offer)
    }

    /// How many of the query's words a text contains, by stem, by compound piece, or as the start
    /// of a word of five letters or more: which topics and chains are near the words of a search
    /// that found nothing. No typo matching: a German word is not taken for another.
    pub fn closeness(&self, query: &str, text: &str) -> usize {
        let Ok(state) = self.state.read() else {
            return 0;
        };
        let stems_of = |w: &str| -> Vec<String> {
            let mut out = self.stems(w);
            for p in state.dictionary.split(w) {
                out.extend(self.stems(&p));
            }
            out
        };
        let have: std::collections::HashSet<String> = words(text)
            .iter()
            .filter(|w| !is_stop_word(w))
            .flat_map(|w| stems_of(w))
            .collect();
        words(query)
            .iter()
            .filter(|w| !is_stop_word(w))
            .filter(|w| {
                stems_of(w).iter().any(|s| {
                    have.contains(s)
                        || (s.chars().count() >= 5
                            && have.iter().any(|h| {
                                h.chars().count() >= 5
                                    && (h.starts_with(s.as_str()) || s.starts_with(h.as_str()))
                            }))
                })
            })
            .count()
    }

    /// Whether a short text (a job, for example) matches a query the way an offer would: every
    /// word of the query, or one of its synonyms, found by stem, by compound piece, inside a longer
    /// word (five letters or more), or within the typo budget when the word is not German. For
    /// small collections that are filtered in the store and need no index of their own.
    pub fn text_matches(&self, query: &str, text: &str) -> bool {
        let Ok(state) = self.state.read() else {
            return false;
        };
        let stems_of = |w: &str| -> Vec<String> {
            let mut out = self.stems(w);
            for p in state.dictionary.split(w) {
                out.extend(self.stems(&p));
            }
            out
        };
        let text_words: Vec<String> = words(text)
            .into_iter()
            .filter(|w| !is_stop_word(w))
            .collect();
        let have: std::collections::HashSet<String> =
            text_words.iter().flat_map(|w| stems_of(w)).collect();
        let found = |w: &str| -> bool {
            if is_stop_word(w) {
                return true;
            }
            let long = w.chars().count() >= 5;
            stems_of(w).iter().any(|s| have.contains(s))
                || (long && text_words.iter().any(|h| h.contains(w)))
                || (!german::is_word(w)
                    && !state.vocabulary.contains_key(w)
                    && text_words
                        .iter()
                        .any(|h| edit_distance(h, w) <= usize::from(typo_budget(w))))
        };
        let units = state.ctx.synonyms.units(&words(query));
        !units.is_empty()
            && units.iter().all(|u| {
                std::iter::once(&u.words)
                    .chain(u.alternatives.iter())
                    .any(|phrase| phrase.iter().all(|w| found(w)))
            })
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

    /// One piece of a compound query word ("kita" of "Kitaplatz"): as a word, a compound part, or
    /// the start of a name ("schwanger" of "Schwangerenberatung" starts "Schwangerschaftsberatung").
    fn piece_query(&self, state: &State, p: &str) -> Box<dyn Query> {
        let f = self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for s in self.stems(p) {
            for code in state.topics.with_stem(&s) {
                should.push((Occur::Should, topic_query(f, code, 1.0)));
            }
            for (field, boost) in [
                (f.name, 3.0),
                (f.summary, 1.5),
                (f.parts, 1.5),
                (f.body, 1.0),
            ] {
                should.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(
                            Term::from_field_text(field, &s),
                            IndexRecordOption::WithFreqs,
                        )),
                        boost,
                    )),
                ));
            }
            if s.chars().count() >= 5 {
                should.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(FuzzyTermQuery::new_prefix(
                            Term::from_field_text(f.name, &s),
                            0,
                            true,
                        )),
                        1.0,
                    )),
                ));
            }
        }
        Box::new(BooleanQuery::new(should))
    }

    /// The query for one word: exact, stemmed, as a compound part, as a prefix, and with typos; a
    /// compound also by its pieces ("Kitaplatz" finds "Kita-Platz-Beratung"): all of them, or with
    /// `strict` false any of them.
    fn word_query(
        &self,
        state: &State,
        w: &str,
        written: &Written,
        strict: bool,
    ) -> Box<dyn Query> {
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
            for code in state.topics.with_stem(&s) {
                should.push((Occur::Should, topic_query(f, code, 1.0)));
            }
        }
        let n = w.chars().count();
        if n >= 4 && !w.chars().all(|c| c.is_ascii_digit()) {
            let t = Term::from_field_text(f.name_plain, w);
            should.push(boosted(
                Box::new(FuzzyTermQuery::new_prefix(t, 0, true)),
                1.5,
            ));
        }
        // A word the directory contains finds its compounds through the indexed parts already;
        // only a compound it does not contain ("Kitaplatz") is looked for by its pieces, which keeps
        // common words as cheap as before.
        let pieces = if state.vocabulary.contains_key(w) {
            Vec::new()
        } else {
            state
                .dictionary
                .split_written(w, written.get(w).map(String::as_str))
        };
        if pieces.len() >= 2 {
            let n = pieces.len();
            let each = |occur: Occur| -> Vec<(Occur, Box<dyn Query>)> {
                pieces
                    .iter()
                    .map(|p| (occur, self.piece_query(state, p)))
                    .collect()
            };
            let query = if strict {
                BooleanQuery::new(each(Occur::Must))
            } else if n == 2 {
                // Relaxed: the head ("Lotse" of "Ämterlotse"), the modifier if it can.
                BooleanQuery::new(vec![
                    (Occur::Should, self.piece_query(state, &pieces[0])),
                    (Occur::Must, self.piece_query(state, &pieces[1])),
                ])
            } else {
                // Relaxed: all pieces but one.
                BooleanQuery::with_minimum_required_clauses(each(Occur::Should), n - 1)
            };
            should.push(boosted(Box::new(query), 1.0));
        }
        // A word the directory contains is taken as meant: looking for its near spellings too would
        // only add the cost of matching them (large for common words such as "Beratung"). A German
        // word is meant too: "Sucht" is not a typo of "Suche".
        let budget = if state.vocabulary.contains_key(w) || german::is_word(w) {
            0
        } else {
            typo_budget(w)
        };
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
            for code in state.topics.near(w, budget) {
                should.push((Occur::Should, topic_query(f, code, 0.4)));
            }
        }
        Box::new(BooleanQuery::new(should))
    }

    fn phrase_query(
        &self,
        state: &State,
        words: &[String],
        written: &Written,
        boost: f32,
        strict: bool,
    ) -> Box<dyn Query> {
        let must: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .filter(|w| !is_stop_word(w))
            .map(|w| (Occur::Must, self.word_query(state, w, written, strict)))
            .collect();
        Box::new(BoostQuery::new(Box::new(BooleanQuery::new(must)), boost))
    }

    /// Slots and scores of all documents that match the text.
    fn text_hits(
        &self,
        state: &State,
        text: &str,
        all_words: bool,
        scores: bool,
    ) -> Result<Vec<(u32, Score)>, SearchError> {
        let q: Vec<String> = words(text);
        // How each folded word was written, for where German may split it.
        let written: Written = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| (fold(w).trim().to_string(), w.to_string()))
            .collect();
        let units = state.ctx.synonyms.units(&q);
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
            let mut options: Vec<(Occur, Box<dyn Query>)> = vec![(
                Occur::Should,
                self.phrase_query(state, &u.words, &written, 1.0, all_words),
            )];
            for alt in &u.alternatives {
                options.push((
                    Occur::Should,
                    self.phrase_query(state, alt, &written, 0.8, all_words),
                ));
            }
            clauses.push((occur, Box::new(BooleanQuery::new(options))));
        }
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        Ok(searcher.search(&BooleanQuery::new(clauses), &AllHits { scores })?)
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
                // A German word is no typo: "Sucht" is not corrected into "Suche".
                if is_stop_word(w) || w.chars().count() < 4 || german::is_word(w) {
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

    /// The slots listed today and open at `now` (to the minute), cached until the minute or the
    /// directory changes.
    fn listed_open(&self, state: &State, now: NaiveDateTime) -> Arc<ListedOpen> {
        let minute = now
            .date()
            .and_hms_opt(now.hour(), now.minute(), 0)
            .unwrap_or(now);
        let compute = || {
            let n = state.offers.len();
            let (mut listed, mut open) = (SlotBits::with_len(n), SlotBits::with_len(n));
            for (slot, o) in state.offers.iter().enumerate() {
                if let Some(o) = o
                    && o.is_listed(minute.date())
                {
                    listed.set(slot);
                    if o.is_open_at(minute) {
                        open.set(slot);
                    }
                }
            }
            Arc::new(ListedOpen {
                minute,
                generation: state.generation,
                listed,
                open,
            })
        };
        let Ok(mut cache) = self.listed_open.lock() else {
            return compute();
        };
        match cache.as_ref() {
            Some(c) if c.minute == minute && c.generation == state.generation => c.clone(),
            _ => {
                let fresh = compute();
                *cache = Some(fresh.clone());
                fresh
            }
        }
    }

    fn ranks(&self, state: &State) -> Arc<Vec<u32>> {
        let compute = || {
            let mut slots: Vec<(u32, &Card)> = state
                .offers
                .iter()
                .enumerate()
                .filter_map(|(i, o)| o.as_ref().map(|o| (i as u32, o)))
                .collect();
            slots.sort_by(|(_, a), (_, b)| {
                a.closed
                    .cmp(&b.closed)
                    .then_with(|| a.name.cmp(&b.name))
                    .then_with(|| a.id.cmp(&b.id))
            });
            let mut ranks = vec![u32::MAX; state.offers.len()];
            for (rank, (slot, _)) in slots.into_iter().enumerate() {
                ranks[slot as usize] = rank as u32;
            }
            Arc::new(ranks)
        };
        let Ok(mut cache) = self.tie_ranks.lock() else {
            return compute();
        };
        match cache.as_ref() {
            Some((generation, ranks)) if *generation == state.generation => ranks.clone(),
            _ => {
                let ranks = compute();
                *cache = Some((state.generation, ranks.clone()));
                ranks
            }
        }
    }

    /// Does the per-minute and per-change work ahead of the next query (called by a background task).
    pub fn prepare(&self, now: NaiveDateTime) {
        if let Ok(state) = self.state.read() {
            self.listed_open(&state, now);
            self.ranks(&state);
        }
    }

    pub fn search(&self, q: &OfferQuery, now: NaiveDateTime) -> SearchResults {
        let started = std::time::Instant::now();
        let results = self.search_untimed(q, now);
        metrics::histogram!("search_query_duration_seconds")
            .record(started.elapsed().as_secs_f64());
        results
    }

    fn search_untimed(&self, q: &OfferQuery, now: NaiveDateTime) -> SearchResults {
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
        let scored: Option<Vec<(u32, Score)>> = if has_text {
            // Sorted by distance, the text only says which offers match: BM25 would rank ties
            // at one place only, and costs most of the time on broad words ("Café": 63,000
            // hits at 100,000 offers).
            let scores = q.sort != Sort::Distance;
            let strict = self
                .text_hits(&state, &q.text, true, scores)
                .unwrap_or_default();
            if strict.is_empty() {
                relaxed = true;
                Some(
                    self.text_hits(&state, &q.text, false, scores)
                        .unwrap_or_default(),
                )
            } else {
                Some(strict)
            }
        } else {
            None
        };
        let lo = self.listed_open(&state, now);
        let ranks = self.ranks(&state);
        // Filter values as vocabulary numbers; a value no offer has matches nothing.
        let want = |v: &Option<String>, vocab: &profile::Vocab| {
            v.as_ref().map(|s| vocab.get(s).unwrap_or(u16::MAX))
        };
        let want_cat = want(&q.category, &state.vocabs.categories);
        let want_ort = want(&q.ortsteil, &state.vocabs.ortsteile);
        let want_lang = want(&q.language, &state.vocabs.languages);
        let today_n = profile::day_number(today);
        let overflow_map = &state.overflow;
        let overflow = |slot: u32| move || overflow_map.get(&slot);
        let local = q.near.as_ref().map(|n| geo::LocalDistance::from(n.point));
        let mut cat_counts = vec![0usize; state.vocabs.categories.len()];
        let mut ort_counts = vec![0usize; state.vocabs.ortsteile.len()];
        let mut lang_counts = vec![0usize; state.vocabs.languages.len()];
        let mut day_counts = [0usize; 7];
        let mut facets = Facets::default();
        let by_distance = q.sort == Sort::Distance;
        // Only the results up to the end of the requested page are kept, the worst on top.
        let keep = (q.page.max(1) as usize).saturating_mul(q.per_page as usize);
        let mut best: BinaryHeap<Ranked> = BinaryHeap::with_capacity(keep.min(10_000) + 1);
        let mut total = 0usize;
        let mut consider = |slot: u32, score: f32| {
            let Some(p) = state.profiles.get(slot as usize) else {
                return;
            };
            if !lo.listed.contains(slot as usize) {
                return;
            }
            let is_open = lo.open.contains(slot as usize);
            let within =
                |w: Option<u16>, dim: Dim| w.is_none_or(|id| p.contains(dim, id, overflow(slot)));
            // Bit i is set when filter i fails; a facet counts the offers that pass all the others.
            let checks = [
                within(want_cat, Dim::Category),
                within(want_ort, Dim::Ortsteil),
                within(want_lang, Dim::Language),
                !q.free || p.has(FREE),
                !q.wheelchair || p.has(WHEELCHAIR),
                !q.childcare || p.has(CHILDCARE),
                !q.open_now || is_open,
                !q.walk_in || p.has(WALK_IN),
                q.weekday
                    .is_none_or(|d| p.days & (1 << (d.clamp(1, 7) - 1)) != 0),
                !q.evening || p.has(EVENING),
                !q.weekend || p.has(WEEKEND),
            ];
            let mut failing = 0u16;
            for (i, ok) in checks.iter().enumerate() {
                failing |= u16::from(!ok) << i;
            }
            if failing.count_ones() > 1 {
                return;
            }
            let all_but = |i: u16| failing == 0 || failing == 1 << i;
            if all_but(0) {
                p.count_into(Dim::Category, &mut cat_counts, overflow(slot));
            }
            if all_but(1) {
                p.count_into(Dim::Ortsteil, &mut ort_counts, overflow(slot));
            }
            if all_but(2) {
                p.count_into(Dim::Language, &mut lang_counts, overflow(slot));
            }
            facets.free += usize::from(all_but(3) && p.has(FREE));
            facets.wheelchair += usize::from(all_but(4) && p.has(WHEELCHAIR));
            facets.childcare += usize::from(all_but(5) && p.has(CHILDCARE));
            facets.open_now += usize::from(all_but(6) && is_open);
            facets.walk_in += usize::from(all_but(7) && p.has(WALK_IN));
            if all_but(8) {
                for (d, n) in day_counts.iter_mut().enumerate() {
                    *n += usize::from(p.days & (1 << d) != 0);
                }
            }
            facets.evening += usize::from(all_but(9) && p.has(EVENING));
            facets.weekend += usize::from(all_but(10) && p.has(WEEKEND));
            if failing == 0 {
                let distance = local.and_then(|d| {
                    let mut best: Option<f64> = None;
                    let more = || state.more_places.get(&slot).map(Vec::as_slice);
                    if let Some(places) = state.places.get(slot as usize) {
                        places.for_each(more, |pt| {
                            let km = d.km(pt);
                            best = Some(best.map_or(km, |b| b.min(km)));
                        });
                    }
                    best
                });
                total += 1;
                let r = Ranked {
                    key: if by_distance {
                        // Offers without a place (phone, online) come after those with one.
                        distance.unwrap_or(f64::INFINITY)
                    } else {
                        0.0
                    },
                    score: score * freshness(p.last_verified, today_n),
                    rank: ranks.get(slot as usize).copied().unwrap_or(u32::MAX),
                    slot,
                    distance,
                };
                if best.len() < keep {
                    best.push(r);
                } else if let Some(mut worst) = best.peek_mut()
                    && r < *worst
                {
                    *worst = r;
                }
            }
        };
        match &scored {
            Some(s) => s.iter().for_each(|(slot, score)| consider(*slot, *score)),
            None => (0..state.offers.len() as u32).for_each(|slot| consider(slot, 0.0)),
        }
        let named = |counts: Vec<usize>, vocab: &profile::Vocab| {
            counts
                .into_iter()
                .enumerate()
                .filter(|(_, n)| *n > 0)
                .map(|(id, n)| (vocab.name(id).to_string(), n))
                .collect::<BTreeMap<_, _>>()
        };
        facets.category = named(cat_counts, &state.vocabs.categories);
        facets.ortsteil = named(ort_counts, &state.vocabs.ortsteile);
        facets.language = named(lang_counts, &state.vocabs.languages);
        facets.weekday = day_counts
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(d, n)| ((d + 1).to_string(), *n))
            .collect();
        let offer = |slot: u32| -> Option<Arc<Offer>> {
            let card = state.offers.get(slot as usize)?.as_ref()?;
            self.offer(card.id)
        };
        let hits = best.into_sorted_vec();
        // Only a spelling that finds something itself.
        let suggestion = if has_text && (total == 0 || relaxed) {
            self.suggestion(&q.text, &state.vocabulary).filter(|s| {
                self.text_hits(&state, s, false, false).is_ok_and(|hits| {
                    hits.iter()
                        .any(|(slot, _)| lo.listed.contains(*slot as usize))
                })
            })
        } else {
            None
        };
        let start = ((q.page.max(1) - 1) as usize).saturating_mul(q.per_page as usize);
        let page: Vec<_> = hits
            .into_iter()
            .skip(start)
            .take(q.per_page as usize)
            .filter_map(|r| offer(r.slot).map(|o| (o, r.distance)))
            .collect();
        let distances = page.iter().map(|(_, d)| *d).collect();
        let hits = page.into_iter().map(|(o, _)| o).collect();
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

/// A result with what orders it: smaller is better (nearer, then higher score, then tie-break rank).
#[derive(Clone, Copy)]
struct Ranked {
    key: f64,
    score: f32,
    rank: u32,
    slot: u32,
    distance: Option<f64>,
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key
            .total_cmp(&other.key)
            .then_with(|| other.score.total_cmp(&self.score))
            .then_with(|| self.rank.cmp(&other.rank))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranked {}

/// Recently verified entries rank a little higher: up to 10 % for one checked within three months,
/// nothing for one not checked for a year.
fn freshness(verified: i32, today: i32) -> f32 {
    if verified == i32::MIN {
        return 1.0;
    }
    let age = (today.saturating_sub(verified)).max(0) as f32;
    1.0 + 0.1 * (1.0 - ((age - 90.0).max(0.0) / 275.0)).clamp(0.0, 1.0)
}

/// Collects every matching document with its score (filters and facets need them all).
/// Collects every matching offer's slot, with its score when `scores` (else 1.0 each).
struct AllHits {
    scores: bool,
}

struct AllHitsSegment {
    slots: Column<u64>,
    hits: Vec<(u32, Score)>,
}

impl Collector for AllHits {
    type Fruit = Vec<(u32, Score)>;
    type Child = AllHitsSegment;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<AllHitsSegment> {
        Ok(AllHitsSegment {
            slots: reader.fast_fields().u64("slot")?,
            hits: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scores
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u32, Score)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for AllHitsSegment {
    type Fruit = Vec<(u32, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(slot) = self.slots.first(doc) {
            self.hits.push((slot as u32, score));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegweiser_domain::directory::{
        AccessMode, Category, Cost, Location, OrganizationKind, OrganizationRef, PublicationStatus,
        Translated,
    };
    use wegweiser_domain::hours::OpeningHours;

    fn offer(id: i64, name: &str, categories: &[&str], places: &[(&str, f64, f64)]) -> Offer {
        Offer {
            id,
            organization: OrganizationRef {
                id: 1,
                name: "Träger".into(),
                kind: OrganizationKind::Provider,
                is_example: true,
            },
            name: Translated::new(name),
            summary: Translated::default(),
            description: Translated::default(),
            status: PublicationStatus::Published,
            valid_from: None,
            valid_until: None,
            closed_reason: None,
            last_verified: None,
            cost: Cost::Free,
            cost_note: Translated::default(),
            childcare: false,
            access: AccessMode::Both,
            email: None,
            phone: None,
            website: None,
            eligibility: Translated::default(),
            how_to_access: Translated::default(),
            categories: categories.iter().map(|c| c.to_string()).collect(),
            target_groups: vec![],
            languages: vec!["de".into()],
            locations: places
                .iter()
                .enumerate()
                .map(|(i, (ortsteil, lat, lon))| Location {
                    id: id * 10 + i as i64,
                    name: format!("Ort {i}"),
                    address: None,
                    ortsteil: Some(ortsteil.to_string()),
                    position: Some((*lat, *lon)),
                    confidential: false,
                    wheelchair_access: false,
                    transit: None,
                    contact_note: Translated::default(),
                })
                .collect(),
            hours: OpeningHours::default(),
            is_example: true,
        }
    }

    fn query(f: impl FnOnce(&mut OfferQuery)) -> OfferQuery {
        let mut q = OfferQuery {
            page: 1,
            per_page: 20,
            ..Default::default()
        };
        f(&mut q);
        q
    }

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap()
    }

    /// Offers with values beyond the packed profile (a 40th category, three places) are filtered,
    /// counted and measured exactly like the others.
    #[test]
    fn offers_beyond_the_packed_profile_filter_count_and_sort_alike() {
        let mut offers: Vec<Offer> = (0..40)
            .map(|i| offer(i + 1, &format!("Angebot {i}"), &[&format!("kat-{i}")], &[]))
            .collect();
        offers.push(offer(
            100,
            "Dreifach",
            &["kat-39", "kat-2"],
            &[
                ("alt-hohenschoenhausen", 52.55, 13.50),
                ("rummelsburg", 52.49, 13.49),
                ("karlshorst", 52.48, 13.53),
            ],
        ));
        offers.push(offer(
            101,
            "Einfach",
            &["kat-2"],
            &[("karlshorst", 52.50, 13.60)],
        ));
        let index = SearchIndex::build(offers, IndexContext::default()).unwrap();

        let r = index.search(&query(|q| q.category = Some("kat-39".into())), now());
        let names: Vec<_> = r.hits.iter().map(|o| o.name.de.as_str()).collect();
        assert_eq!(names, ["Angebot 39", "Dreifach"]);

        let r = index.search(&query(|q| q.ortsteil = Some("karlshorst".into())), now());
        assert_eq!(r.total, 2);
        assert_eq!(r.facets.category.get("kat-2"), Some(&2));
        assert_eq!(r.facets.category.get("kat-39"), Some(&1));
        assert_eq!(r.facets.ortsteil.get("rummelsburg"), Some(&1));
        assert_eq!(r.facets.ortsteil.get("karlshorst"), Some(&2));

        // Nearest location of "Dreifach" (the third) is closer to Karlshorst than "Einfach".
        let point = geo::LatLon {
            lat: 52.48,
            lon: 13.53,
        };
        let r = index.search(
            &query(|q| {
                q.category = Some("kat-2".into());
                q.sort = Sort::Distance;
                q.near = Some(wegweiser_domain::directory::Near {
                    input: "karlshorst".into(),
                    ortsteil: "karlshorst",
                    point,
                });
            }),
            now(),
        );
        let names: Vec<_> = r.hits.iter().map(|o| o.name.de.as_str()).collect();
        assert_eq!(names, ["Dreifach", "Einfach", "Angebot 2"]);
        assert!(r.distances[0].is_some_and(|d| d < 0.01));
        assert_eq!(r.distances[2], None);
    }

    /// A topic's name and description, in any of its languages, find the topic's offers (the
    /// texts are matched at query time, not indexed with each offer): by word, by stem, by a
    /// compound's part and with a typo; a word of another topic finds only that topic's offers.
    #[test]
    fn topic_texts_in_every_language_find_their_offers() {
        let mut care = Translated::new("Kinderbetreuung");
        care.other.insert("tr".into(), "Çocuk bakımı".into());
        let mut care_text = Translated::new("Kitas, Tagespflege und Betreuung zu Randzeiten");
        care_text
            .other
            .insert("en".into(), "Daycare and childminders".into());
        let ctx = IndexContext {
            categories: vec![
                Category {
                    id: 1,
                    slug: "kinderbetreuung".into(),
                    name: care,
                    description: care_text,
                    position: 1,
                },
                Category {
                    id: 2,
                    slug: "wohnen".into(),
                    name: Translated::new("Wohnen"),
                    description: Translated::new("Mietschulden und Wohnungssuche"),
                    position: 2,
                },
            ],
            synonyms: Synonyms::default(),
            extra_terms: HashMap::from([(
                "tr".to_string(),
                vec!["Türkisch".to_string(), "Türkçe".to_string()],
            )]),
        };
        let mut offers = vec![
            offer(1, "Kleine Strolche", &["kinderbetreuung"], &[]),
            offer(2, "Dach überm Kopf", &["wohnen"], &[]),
        ];
        offers[1].languages.push("tr".into());
        let index = SearchIndex::build(offers, ctx).unwrap();
        let found = |text: &str| -> Vec<String> {
            let r = index.search(&query(|q| q.text = text.into()), now());
            r.hits.iter().map(|o| o.name.de.clone()).collect()
        };
        for text in [
            "Çocuk bakımı",
            "cocuk bakimi",
            "Kinderbetreuung",
            "Tagespflege",
            "childminders",
            "Randzeit",
            "Kindrbetreuung",
        ] {
            assert_eq!(found(text), ["Kleine Strolche"], "{text}");
        }
        assert_eq!(found("Mietschulden"), ["Dach überm Kopf"]);
        assert_eq!(found("Türkçe"), ["Dach überm Kopf"]);
        // No offer is in both topics: each is shown for one of the words.
        let r = index.search(
            &query(|q| q.text = "Wohnungssuche Tagespflege".into()),
            now(),
        );
        assert!(r.relaxed);
        assert_eq!(r.total, 2);
    }

    /// An index kept on disk opens with the same offers, answers and change-log position as the
    /// index that was closed, including a change committed after the build and a removal; another
    /// program's index opens as stale; a directory without an index is an error.
    #[test]
    fn an_index_on_disk_opens_as_it_was_closed() {
        let dir = std::env::temp_dir().join(format!(
            "ww-search-{}-{}",
            std::process::id(),
            chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
        ));
        let offers: Vec<Offer> = (0..30)
            .map(|i| {
                let mut o = offer(
                    i + 1,
                    &format!("Beratung {i:02}"),
                    &["beratung"],
                    &[("karlshorst", 52.48 + f64::from(i as i32) / 1000.0, 13.53)],
                );
                o.summary = Translated::with_en("Hilfe bei Anträgen", "Help with forms");
                o
            })
            .collect();
        let q = query(|q| q.text = "Beratung".into());
        let names = |r: &SearchResults| -> Vec<String> {
            r.hits.iter().map(|o| o.name.de.clone()).collect()
        };
        let first = Position {
            seq: 7,
            at: 1_700_000_000,
        };
        let before = {
            let index = SearchIndex::build_in(
                Some(&dir),
                offers.clone(),
                IndexContext::default(),
                first,
                "maker-1",
            )
            .unwrap();
            let mut edited = offers[3].clone();
            edited.name = Translated::new("Kinderladen Sonnenschein");
            index.set_position(Position {
                seq: 9,
                at: 1_700_000_100,
            });
            index.upsert(edited).unwrap();
            index.remove(5).unwrap();
            (
                index.search(&q, now()),
                index.search(&query(|q| q.text = "Sonnenschein".into()), now()),
            )
        };
        let opened = SearchIndex::open(&dir, IndexContext::default(), "maker-1").unwrap();
        assert_eq!(
            opened.position,
            Position {
                seq: 9,
                at: 1_700_000_100
            }
        );
        assert!(!opened.stale);
        let index = opened.index;
        assert!(index.on_disk());
        assert_eq!(index.len(), 29);
        let after = index.search(&q, now());
        assert_eq!(after.total, before.0.total);
        assert_eq!(names(&after), names(&before.0));
        assert_eq!(after.facets, before.0.facets);
        let found = index.search(&query(|q| q.text = "Sonnenschein".into()), now());
        assert_eq!(names(&found), names(&before.1));
        assert_eq!(names(&found), ["Kinderladen Sonnenschein"]);
        assert_eq!(
            index.listed_offers(&[4], now())[0].summary,
            Translated::with_en("Hilfe bei Anträgen", "Help with forms")
        );
        // A new offer takes the freed slot and is found after the next opening too.
        index
            .upsert(offer(99, "Familienzentrum", &["beratung"], &[]))
            .unwrap();
        drop(index);
        let opened = SearchIndex::open(&dir, IndexContext::default(), "maker-2").unwrap();
        assert!(opened.stale);
        let r = opened
            .index
            .search(&query(|q| q.text = "Familienzentrum".into()), now());
        assert_eq!(names(&r), ["Familienzentrum"]);
        assert_eq!(opened.index.len(), 30);
        drop(opened);
        let empty = dir.join("nothing-here");
        std::fs::create_dir_all(&empty).unwrap();
        assert!(SearchIndex::open(&empty, IndexContext::default(), "maker-1").is_err());
        // A place that cannot hold an index (a file) gets one in memory, which finds as well.
        let file = dir.join("a-file");
        std::fs::write(&file, "not a directory").unwrap();
        let in_memory = SearchIndex::build_in(
            Some(&file),
            offers.clone(),
            IndexContext::default(),
            first,
            "maker-1",
        )
        .unwrap();
        assert!(!in_memory.on_disk());
        assert_eq!(in_memory.search(&q, now()).total, 30);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Offers are read whole from the document store for pages and kept for the next ones; an
    /// edit or a removal is shown at once, and lists of all offers come from the cards.
    #[test]
    fn pages_show_an_offer_as_last_edited() {
        let offers: Vec<Offer> = (0..5)
            .map(|i| offer(i + 1, &format!("Treff {i}"), &["a"], &[]))
            .collect();
        let index = SearchIndex::build(offers, IndexContext::default()).unwrap();
        let shown = |id: i64| -> Vec<String> {
            index
                .listed_offers(&[id], now())
                .iter()
                .map(|o| o.name.de.clone())
                .collect()
        };
        assert_eq!(shown(2), ["Treff 1"]);
        assert_eq!(shown(2), ["Treff 1"], "kept");
        let mut edited = offer(2, "Treff Sonnenschein", &["a"], &[]);
        edited.organization.name = "Neuer Träger".into();
        index.upsert(edited).unwrap();
        assert_eq!(shown(2), ["Treff Sonnenschein"]);
        let r = index.search(&query(|q| q.text = "Sonnenschein".into()), now());
        assert_eq!(r.hits[0].organization.name, "Neuer Träger");
        index.remove(3).unwrap();
        assert!(shown(3).is_empty());
        let listed: Vec<(i64, String, String)> = index
            .all_listed(now())
            .into_iter()
            .map(|l| (l.id, l.name, l.organization_name))
            .collect();
        assert_eq!(listed.len(), 4);
        assert_eq!(
            listed[1],
            (2, "Treff Sonnenschein".into(), "Neuer Träger".into())
        );
        assert_eq!(
            index
                .offers_of_organization(1, now())
                .iter()
                .map(|o| o.id)
                .collect::<Vec<_>>(),
            [1, 4, 5, 2],
            "by name"
        );
    }

    /// Paging keeps only what the page needs and still counts every result.
    #[test]
    fn later_pages_continue_the_order() {
        let offers: Vec<Offer> = (0..30)
            .map(|i| offer(i + 1, &format!("Angebot {i:02}"), &["a"], &[]))
            .collect();
        let index = SearchIndex::build(offers, IndexContext::default()).unwrap();
        let page = |n| {
            index.search(
                &query(|q| {
                    q.page = n;
                    q.per_page = 12;
                }),
                now(),
            )
        };
        let (p1, p3) = (page(1), page(3));
        assert_eq!(p1.total, 30);
        assert_eq!(p1.hits[0].name.de, "Angebot 00");
        let names: Vec<_> = p3.hits.iter().map(|o| o.name.de.as_str()).collect();
        assert_eq!(
            names,
            [
                "Angebot 24",
                "Angebot 25",
                "Angebot 26",
                "Angebot 27",
                "Angebot 28",
                "Angebot 29"
            ]
        );
    }
}
