//! Memory of what agents said across the conversations of one run, so a rule can tell a template
//! repeated across the corpus from a reply written for this customer. Bounded: it never grows past
//! a fixed number of entries, whatever the size of the input.

use std::collections::HashMap;
use std::sync::Mutex;

const MAX_ENTRIES: usize = 1 << 20;

#[derive(Debug, Default)]
pub struct Corpus {
    counts: Mutex<HashMap<u64, u32>>,
}

impl Corpus {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records one sighting of `key` and returns how many times it has been seen so far.
    pub fn observe(&self, key: u64) -> u32 {
        let Ok(mut m) = self.counts.lock() else {
            return 1;
        };
        if m.len() >= MAX_ENTRIES && !m.contains_key(&key) {
            // Keep the frequent templates; forget the one-offs.
            m.retain(|_, c| *c > 1);
            if m.len() >= MAX_ENTRIES {
                return 1;
            }
        }
        let c = m.entry(key).or_insert(0);
        *c += 1;
        *c
    }

    /// How many times `key` has been seen, without recording it.
    pub fn count(&self, key: u64) -> u32 {
        self.counts
            .lock()
            .map_or(0, |m| m.get(&key).copied().unwrap_or(0))
    }
}
