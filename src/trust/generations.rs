//! A bounded set in two generations, for the per-thread caches of the
//! validator ([`super::sigmemo`], [`super::leafcache`]).
//!
//! Each generation holds at most half the capacity. When the current one is
//! full it becomes the previous one and the older is emptied and reused (so
//! a full set stops allocating); a hit in the previous generation moves the
//! entry to the current one, so a working set of up to half the capacity
//! stays warm under any churn.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::hash::Hash;

use super::index::FastHash;

pub(crate) struct Generations<T> {
    pub(crate) current: HashSet<T, FastHash>,
    pub(crate) previous: HashSet<T, FastHash>,
    /// Largest size of one generation; 0 keeps nothing.
    half: usize,
}

impl<T: Hash + Eq> Generations<T> {
    /// Room for `entries` in all (0: the set keeps nothing).
    pub(crate) fn with_capacity(entries: usize) -> Generations<T> {
        Generations {
            current: HashSet::default(),
            previous: HashSet::default(),
            half: entries.div_ceil(2),
        }
    }

    /// False when the set keeps nothing.
    pub(crate) fn is_on(&self) -> bool {
        self.half > 0
    }

    /// `f` of the entry equal to `key`, which is moved to the current
    /// generation if found in the previous one. One lookup on a hit in the
    /// current generation.
    pub(crate) fn get_with<Q, R>(&mut self, key: &Q, f: impl FnOnce(&T) -> R) -> Option<R>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if let Some(entry) = self.current.get(key) {
            return Some(f(entry));
        }
        let moved = self.previous.take(key)?;
        let found = f(&moved);
        self.insert(moved);
        Some(found)
    }

    /// Adds `entry` to the current generation (nothing when off, or when it
    /// is there already).
    pub(crate) fn insert(&mut self, entry: T) {
        if self.half == 0 || self.current.contains(&entry) {
            return;
        }
        if self.current.len() >= self.half {
            std::mem::swap(&mut self.current, &mut self.previous);
            self.current.clear();
        }
        self.current.insert(entry);
    }

    /// Entries held in both generations.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.current.len() + self.previous.len()
    }
}
