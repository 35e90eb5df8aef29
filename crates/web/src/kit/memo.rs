//! Texts made from texts that never change while the binary runs (a message with its arguments,
//! a stored phone number as a link), made once and then looked up: a page needs hundreds of them.
//! Bounded: a full memo starts empty again rather than growing.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

pub struct Memo {
    map: LazyLock<RwLock<HashMap<String, String>>>,
    cap: usize,
}

impl Memo {
    pub const fn new(cap: usize) -> Self {
        Memo {
            map: LazyLock::new(|| RwLock::new(HashMap::new())),
            cap,
        }
    }

    /// The text kept for `key`, or `make`'s, which is then kept.
    pub fn get_or(&self, key: &str, make: impl FnOnce() -> String) -> String {
        if let Ok(map) = self.map.read()
            && let Some(text) = map.get(key)
        {
            return text.clone();
        }
        let text = make();
        if let Ok(mut map) = self.map.write() {
            if map.len() >= self.cap {
                map.clear();
            }
            map.insert(key.to_string(), text.clone());
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_and_bounded() {
        static M: Memo = Memo::new(2);
        let mut made = 0;
        let mut get = |k: &str| {
            M.get_or(k, || {
                made += 1;
                k.to_uppercase()
            })
        };
        assert_eq!(get("a"), "A");
        assert_eq!(get("a"), "A");
        assert_eq!(get("b"), "B");
        assert_eq!(get("c"), "C", "a full memo starts again");
        assert_eq!(get("c"), "C");
        assert_eq!(made, 3);
    }
}
