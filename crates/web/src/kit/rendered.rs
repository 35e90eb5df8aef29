//! Rendered results pages kept for the same request again. Exact by construction: every page is
//! kept under a stamp — the Berlin minute ("open now" and the coming events change with it), the
//! index's generation and the read model's version — and all pages go when the stamp moves on.
//! Bounded in bytes; hits and misses are counted for /metrics.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::body::Bytes;

/// What a kept page was made from; a page made under another stamp is never served.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Stamp {
    /// Minutes since the epoch, Berlin wall-clock time.
    pub minute: i64,
    /// How many times the index was built; with `index`, its changes since.
    pub index_build: u64,
    pub index: u64,
    pub content: u64,
}

/// A kept page: its body and what serving it again must still do.
#[derive(Clone, Debug)]
pub struct Kept {
    pub body: Bytes,
    /// The search found nothing or only some words: counted for the needs radar on every view.
    pub miss: bool,
}

#[derive(Default)]
struct Inner {
    stamp: Stamp,
    pages: HashMap<String, Kept>,
    bytes: usize,
}

pub struct RenderedPages {
    inner: Mutex<Inner>,
    max_bytes: usize,
    hits: AtomicU64,
    misses: AtomicU64,
}

impl RenderedPages {
    /// Keeps at most `max_bytes` of pages; 0 keeps none (every request renders).
    pub fn new(max_bytes: usize) -> Self {
        RenderedPages {
            inner: Mutex::default(),
            max_bytes,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    pub fn enabled(&self) -> bool {
        self.max_bytes > 0
    }

    /// The page kept for `key` under `stamp`, counted as a hit or a miss.
    pub fn get(&self, stamp: Stamp, key: &str) -> Option<Kept> {
        if !self.enabled() {
            return None;
        }
        let found = self.inner.lock().ok().and_then(|inner| {
            (inner.stamp == stamp)
                .then(|| inner.pages.get(key).cloned())
                .flatten()
        });
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Keeps a page made under `stamp`; a newer stamp drops every older page first, and a full
    /// store takes no more until the stamp moves on.
    pub fn put(&self, stamp: Stamp, key: String, page: Kept) {
        if !self.enabled() {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if inner.stamp != stamp {
            // A request that began before the change must not put back what the change dropped.
            if stamp_older(stamp, inner.stamp) {
                return;
            }
            inner.stamp = stamp;
            inner.pages.clear();
            inner.bytes = 0;
        }
        let size = key.len() + page.body.len();
        if inner.bytes + size > self.max_bytes {
            return;
        }
        inner.bytes += size;
        if let Some(old) = inner.pages.insert(key, page) {
            inner.bytes -= old.body.len();
        }
    }

    /// (hits, misses) since the start.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.hits.load(Ordering::Relaxed),
            self.misses.load(Ordering::Relaxed),
        )
    }
}

/// Whether `a` was made before `b` in any of its parts (each only grows).
fn stamp_older(a: Stamp, b: Stamp) -> bool {
    a.minute < b.minute
        || a.index_build < b.index_build
        || (a.index_build == b.index_build && a.index < b.index)
        || a.content < b.content
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(s: &'static str) -> Kept {
        Kept {
            body: Bytes::from_static(s.as_bytes()),
            miss: false,
        }
    }

    #[test]
    fn a_page_is_served_only_under_the_stamp_it_was_made_with() {
        let c = RenderedPages::new(1 << 20);
        let s1 = Stamp {
            minute: 10,
            index_build: 1,
            index: 1,
            content: 1,
        };
        c.put(s1, "de q=kita".into(), page("a"));
        assert_eq!(
            c.get(s1, "de q=kita").map(|k| k.body),
            Some(Bytes::from("a"))
        );
        assert!(
            c.get(s1, "en q=kita").is_none(),
            "another language is another page"
        );
        let next_minute = Stamp { minute: 11, ..s1 };
        assert!(c.get(next_minute, "de q=kita").is_none());
        let edited = Stamp { index: 2, ..s1 };
        assert!(c.get(edited, "de q=kita").is_none());
        // Once a newer stamp put a page, a late request of the old stamp cannot put one back.
        c.put(edited, "de q=x".into(), page("b"));
        c.put(s1, "de q=kita".into(), page("stale"));
        assert!(c.get(s1, "de q=kita").is_none());
        assert!(c.get(edited, "de q=kita").is_none());
        // A rebuilt index counts its changes from 0 again: still newer.
        let rebuilt = Stamp {
            index_build: 2,
            index: 0,
            ..s1
        };
        c.put(rebuilt, "de q=kita".into(), page("c"));
        assert_eq!(
            c.get(rebuilt, "de q=kita").map(|k| k.body),
            Some(Bytes::from("c"))
        );
        assert_eq!(c.counts(), (2, 5));
    }

    #[test]
    fn the_bytes_are_bounded_and_zero_keeps_nothing() {
        let c = RenderedPages::new(20);
        let s = Stamp::default();
        c.put(s, "k1".into(), page("0123456789"));
        c.put(s, "k2".into(), page("0123456789"));
        assert!(c.get(s, "k1").is_some());
        assert!(c.get(s, "k2").is_none(), "over 20 bytes");
        let off = RenderedPages::new(0);
        off.put(s, "k1".into(), page("x"));
        assert!(off.get(s, "k1").is_none());
        assert_eq!(off.counts(), (0, 0));
    }
}
