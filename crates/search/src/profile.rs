//! What filters and facets need to know about an offer, worked out once when it is indexed and
//! packed into 24 bytes, so that a query over 100,000 offers reads little memory per hit. Values that
//! do not fit the packed form (rare: more than 32 categories or languages in use, more than two
//! Ortsteile or locations for one offer) are kept beside it and consulted only for that offer.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use wegweiser_domain::directory::{AccessMode, Offer};
use wegweiser_domain::geo::LatLon;

/// Values of one facet (categories, Ortsteile, languages) numbered in the order first seen.
#[derive(Default)]
pub(crate) struct Vocab {
    ids: HashMap<String, u16>,
    names: Vec<String>,
}

impl Vocab {
    fn id(&mut self, value: &str) -> u16 {
        if let Some(id) = self.ids.get(value) {
            return *id;
        }
        // More than 65,535 values of one facet would be a data error; they share the last number.
        let id = u16::try_from(self.names.len()).unwrap_or(u16::MAX);
        self.ids.insert(value.to_string(), id);
        self.names.push(value.to_string());
        id
    }

    pub(crate) fn get(&self, value: &str) -> Option<u16> {
        self.ids.get(value).copied()
    }

    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    pub(crate) fn name(&self, id: usize) -> &str {
        self.names.get(id).map(String::as_str).unwrap_or("")
    }

    fn ids_of<'a>(&mut self, values: impl Iterator<Item = &'a str>) -> Vec<u16> {
        let mut v: Vec<u16> = values.map(|s| self.id(s)).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

#[derive(Default)]
pub(crate) struct Vocabs {
    pub categories: Vocab,
    pub ortsteile: Vocab,
    pub languages: Vocab,
}

pub(crate) const FREE: u16 = 1;
pub(crate) const WHEELCHAIR: u16 = 1 << 1;
pub(crate) const CHILDCARE: u16 = 1 << 2;
pub(crate) const WALK_IN: u16 = 1 << 3;
pub(crate) const EVENING: u16 = 1 << 4;
pub(crate) const WEEKEND: u16 = 1 << 5;
/// The facet values are in `Overflow`, not in the packed fields.
const OVERFLOW: u16 = 1 << 6;

const NO_ORTSTEIL: u16 = u16::MAX;

#[derive(Clone, Copy)]
pub(crate) struct Profile {
    categories: u32,
    languages: u32,
    ortsteile: [u16; 2],
    pub flags: u16,
    /// Bit d-1 for ISO weekday d on which the offer has hours (none while temporarily closed).
    pub days: u8,
    /// Days since the common era of the last verification; `i32::MIN` for never.
    pub last_verified: i32,
}

/// Facet values of an offer that do not fit its packed profile.
pub(crate) struct Overflow {
    categories: Vec<u16>,
    ortsteile: Vec<u16>,
    languages: Vec<u16>,
}

/// One facet as the query sees it.
#[derive(Clone, Copy)]
pub(crate) enum Dim {
    Category,
    Ortsteil,
    Language,
}

fn bits(ids: &[u16]) -> Option<u32> {
    ids.iter()
        .try_fold(0u32, |acc, id| (*id < 32).then(|| acc | (1 << id)))
}

impl Profile {
    pub(crate) fn of(o: &Offer, vocabs: &mut Vocabs) -> (Profile, Option<Overflow>) {
        let closed = o.is_temporarily_closed();
        let evening_from = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
        let mut flags = 0;
        let mut set = |bit: u16, on: bool| {
            if on {
                flags |= bit;
            }
        };
        set(FREE, o.is_free());
        set(WHEELCHAIR, o.wheelchair_access());
        set(CHILDCARE, o.childcare);
        set(WALK_IN, o.access != AccessMode::Appointment);
        set(EVENING, !closed && o.hours.open_after(evening_from));
        set(WEEKEND, !closed && o.hours.open_on_weekend());
        let days = (1..=7u8)
            .filter(|d| !closed && o.hours.open_on_weekday(*d))
            .fold(0u8, |acc, d| acc | (1 << (d - 1)));
        let categories = vocabs
            .categories
            .ids_of(o.categories.iter().map(String::as_str));
        let languages = vocabs
            .languages
            .ids_of(o.languages.iter().map(String::as_str));
        let ortsteile = vocabs.ortsteile.ids_of(o.ortsteile().into_iter());
        let packed = (bits(&categories), bits(&languages), ortsteile.len() <= 2);
        let mut p = Profile {
            categories: 0,
            languages: 0,
            ortsteile: [NO_ORTSTEIL; 2],
            flags,
            days,
            last_verified: o.last_verified.map(day_number).unwrap_or(i32::MIN),
        };
        match packed {
            (Some(c), Some(l), true) => {
                p.categories = c;
                p.languages = l;
                for (slot, id) in p.ortsteile.iter_mut().zip(&ortsteile) {
                    *slot = *id;
                }
                (p, None)
            }
            _ => {
                p.flags |= OVERFLOW;
                let overflow = Overflow {
                    categories,
                    ortsteile,
                    languages,
                };
                (p, Some(overflow))
            }
        }
    }

    /// The profile of an empty slot (it is never listed, see `ListedOpen`).
    pub(crate) fn empty() -> Profile {
        Profile {
            categories: 0,
            languages: 0,
            ortsteile: [NO_ORTSTEIL; 2],
            flags: 0,
            days: 0,
            last_verified: i32::MIN,
        }
    }

    #[inline]
    pub(crate) fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// Whether the offer has value `id` in facet `dim`.
    #[inline]
    pub(crate) fn contains<'a>(
        &self,
        dim: Dim,
        id: u16,
        overflow: impl Fn() -> Option<&'a Overflow>,
    ) -> bool {
        if self.has(OVERFLOW) {
            return overflow().is_some_and(|o| o.list(dim).contains(&id));
        }
        match dim {
            Dim::Category => id < 32 && self.categories & (1 << id) != 0,
            Dim::Language => id < 32 && self.languages & (1 << id) != 0,
            Dim::Ortsteil => id != NO_ORTSTEIL && self.ortsteile.contains(&id),
        }
    }

    /// Adds one to the counter of each value the offer has in facet `dim`.
    #[inline]
    pub(crate) fn count_into<'a>(
        &self,
        dim: Dim,
        counts: &mut [usize],
        overflow: impl Fn() -> Option<&'a Overflow>,
    ) {
        let mut add = |id: usize| {
            if let Some(n) = counts.get_mut(id) {
                *n += 1;
            }
        };
        if self.has(OVERFLOW) {
            if let Some(o) = overflow() {
                o.list(dim).iter().for_each(|id| add(*id as usize));
            }
            return;
        }
        let mut b = match dim {
            Dim::Category => self.categories,
            Dim::Language => self.languages,
            Dim::Ortsteil => {
                self.ortsteile
                    .iter()
                    .filter(|id| **id != NO_ORTSTEIL)
                    .for_each(|id| add(*id as usize));
                return;
            }
        };
        while b != 0 {
            add(b.trailing_zeros() as usize);
            b &= b - 1;
        }
    }
}

impl Overflow {
    fn list(&self, dim: Dim) -> &[u16] {
        match dim {
            Dim::Category => &self.categories,
            Dim::Ortsteil => &self.ortsteile,
            Dim::Language => &self.languages,
        }
    }
}

/// Days since the common era: dates compared as numbers.
pub(crate) fn day_number(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

/// Up to two positions per offer in place (f32 is exact to about a metre here); more beside.
#[derive(Clone, Copy, Default)]
pub(crate) struct Places {
    n: u8,
    at: [(f32, f32); 2],
}

impl Places {
    pub(crate) fn of(points: &[LatLon]) -> (Places, Option<Vec<LatLon>>) {
        let mut p = Places::default();
        if points.len() > 2 {
            p.n = u8::MAX;
            return (p, Some(points.to_vec()));
        }
        for (slot, pt) in p.at.iter_mut().zip(points) {
            *slot = (pt.lat as f32, pt.lon as f32);
        }
        p.n = points.len() as u8;
        (p, None)
    }

    /// The points, from `more` when they did not fit in place.
    pub(crate) fn for_each<'a>(
        &self,
        more: impl Fn() -> Option<&'a [LatLon]>,
        mut f: impl FnMut(LatLon),
    ) {
        if self.n == u8::MAX {
            more().unwrap_or_default().iter().for_each(|p| f(*p));
            return;
        }
        for (lat, lon) in self.at.iter().take(self.n as usize) {
            f(LatLon {
                lat: f64::from(*lat),
                lon: f64::from(*lon),
            });
        }
    }
}

/// A set of slots as bits.
#[derive(Clone, Default)]
pub(crate) struct SlotBits(Vec<u64>);

impl SlotBits {
    pub(crate) fn with_len(n: usize) -> Self {
        SlotBits(vec![0; n.div_ceil(64)])
    }
    pub(crate) fn set(&mut self, slot: usize) {
        if let Some(w) = self.0.get_mut(slot / 64) {
            *w |= 1 << (slot % 64);
        }
    }
    #[inline]
    pub(crate) fn contains(&self, slot: usize) -> bool {
        self.0
            .get(slot / 64)
            .is_some_and(|w| w & (1 << (slot % 64)) != 0)
    }
}

/// Which slots are listed today and which are open at one minute.
pub(crate) struct ListedOpen {
    pub minute: NaiveDateTime,
    pub generation: u64,
    pub listed: SlotBits,
    pub open: SlotBits,
}
