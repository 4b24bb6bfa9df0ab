//! A per-thread memo of certificate signature checks that passed.
//!
//! Whether a signature verifies under a public key is a pure function of the
//! key, the algorithm, the signed bytes and the signature bits, so the answer
//! never goes stale: not across trust-store reloads, not across time. Clients
//! reconnect with the same certificate, and the public-key operation is the
//! largest part of validating one (a P-256 verification is tens of
//! microseconds; the rest of the validator is a few). Each thread, i.e. each
//! shard, therefore remembers the checks that passed, keyed by a SHA-256
//! digest over all four inputs, length-prefixed. A hit skips the public-key
//! operation and nothing else: validity periods, revocation, purpose, path
//! constraints and the client's proof of possession (s2n's CertificateVerify
//! check) are still done on every handshake. A check that failed is never
//! remembered.
//!
//! Bounded: two generations of at most half the capacity each. When the
//! current one is full it becomes the previous one and the older is dropped;
//! a hit in the previous generation moves the entry to the current one, so a
//! working set of up to half the capacity stays warm under any churn.

use std::cell::RefCell;

use aws_lc_rs::digest;

use super::generations::Generations;
use super::sig::{Hash, KeyKind, SigAlg, SigCheck};

/// Entries per thread when nothing sets the capacity (`[runtime]
/// signature_cache_entries`). Each generation's table holds 32-byte keys at
/// most 7/8 full in a power-of-two number of slots: 2 × 4,096 slots, about
/// 270 KiB per shard, once both generations have filled.
pub const DEFAULT_ENTRIES: usize = 4096;

type Key = [u8; 32];

struct Memo {
    /// Keys of checks that passed; keeping nothing turns the memo off.
    keys: Generations<Key>,
    counts: Counts,
}

/// Lookups on this thread since [`take_counts`] was last called.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Checks answered from the memo.
    pub hits: u64,
    /// Checks that ran the public-key operation (all of them with the memo off).
    pub misses: u64,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::with_capacity(DEFAULT_ENTRIES));
}

impl Memo {
    fn with_capacity(entries: usize) -> Memo {
        Memo {
            keys: Generations::with_capacity(entries),
            counts: Counts::default(),
        }
    }
}

/// Sets this thread's capacity in entries (0 turns the memo off) and empties it.
pub fn set_capacity(entries: usize) {
    MEMO.with(|m| *m.borrow_mut() = Memo::with_capacity(entries));
}

/// Returns this thread's hit and miss counts and resets them.
pub fn take_counts() -> Counts {
    MEMO.with(|m| std::mem::take(&mut m.borrow_mut().counts))
}

/// Entries this thread holds now.
#[cfg(test)]
fn len() -> usize {
    MEMO.with(|m| {
        let m = m.borrow();
        m.keys.len()
    })
}

/// `check()`'s answer for a signature `sig` over `tbs` made with `alg` under
/// the key `spki` of kind `kind`, from the memo when the same check passed
/// before on this thread.
pub fn verify(
    kind: Option<KeyKind>,
    spki: &[u8],
    alg: Option<SigAlg>,
    tbs: &[u8],
    sig: &[u8],
    check: impl FnOnce() -> SigCheck,
) -> SigCheck {
    let (Some(kind), Some(alg)) = (kind, alg) else {
        return check();
    };
    let on = MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if !m.keys.is_on() {
            m.counts.misses += 1;
        }
        m.keys.is_on()
    });
    if !on {
        return check();
    }
    let key = digest_of(kind, spki, alg, tbs, sig);
    let hit = MEMO.with(|m| {
        let mut m = m.borrow_mut();
        let hit = m.keys.get_with(&key, |_| ()).is_some();
        if hit {
            m.counts.hits += 1;
        } else {
            m.counts.misses += 1;
        }
        hit
    });
    if hit {
        return SigCheck::Valid;
    }
    let outcome = check();
    if outcome == SigCheck::Valid {
        MEMO.with(|m| m.borrow_mut().keys.insert(key));
    }
    outcome
}

fn digest_of(kind: KeyKind, spki: &[u8], alg: SigAlg, tbs: &[u8], sig: &[u8]) -> Key {
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(&[kind_tag(kind), alg_tag(alg)]);
    for part in [spki, tbs, sig] {
        ctx.update(&(part.len() as u64).to_be_bytes());
        ctx.update(part);
    }
    let mut key = [0u8; 32];
    key.copy_from_slice(ctx.finish().as_ref());
    key
}

fn kind_tag(kind: KeyKind) -> u8 {
    match kind {
        KeyKind::P256 => 1,
        KeyKind::P384 => 2,
        KeyKind::P521 => 3,
        KeyKind::Rsa => 4,
        KeyKind::Ed25519 => 5,
    }
}

fn alg_tag(alg: SigAlg) -> u8 {
    let hash = |h: Hash| match h {
        Hash::Sha256 => 0,
        Hash::Sha384 => 1,
        Hash::Sha512 => 2,
    };
    match alg {
        SigAlg::Ecdsa(h) => 0x10 | hash(h),
        SigAlg::RsaPkcs1(h) => 0x20 | hash(h),
        SigAlg::RsaPss(h) => 0x30 | hash(h),
        SigAlg::Ed25519 => 0x40,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    const P256: Option<KeyKind> = Some(KeyKind::P256);
    const ES256: Option<SigAlg> = Some(SigAlg::Ecdsa(Hash::Sha256));

    /// Runs `verify` with a check that counts its calls and answers `answer`.
    fn run(calls: &Cell<u32>, spki: &[u8], tbs: &[u8], sig: &[u8], answer: SigCheck) -> SigCheck {
        verify(P256, spki, ES256, tbs, sig, || {
            calls.set(calls.get() + 1);
            answer
        })
    }

    #[test]
    fn a_passed_check_is_answered_from_the_memo() {
        set_capacity(16);
        let calls = Cell::new(0);
        assert_eq!(
            run(&calls, b"key", b"tbs", b"sig", SigCheck::Valid),
            SigCheck::Valid
        );
        assert_eq!(
            run(&calls, b"key", b"tbs", b"sig", SigCheck::Valid),
            SigCheck::Valid
        );
        assert_eq!(calls.get(), 1);
        assert_eq!(take_counts(), Counts { hits: 1, misses: 1 });
        assert_eq!(take_counts(), Counts::default());
    }

    #[test]
    fn a_failed_check_is_never_remembered() {
        set_capacity(16);
        let calls = Cell::new(0);
        for _ in 0..3 {
            let got = run(&calls, b"key", b"tbs", b"bad", SigCheck::Invalid);
            assert_eq!(got, SigCheck::Invalid);
        }
        assert_eq!(calls.get(), 3);
        assert_eq!(len(), 0);
    }

    #[test]
    fn every_input_is_part_of_the_key() {
        set_capacity(64);
        let calls = Cell::new(0);
        run(&calls, b"key", b"tbs", b"sig", SigCheck::Valid);
        // Each changed input, including a shifted boundary between inputs,
        // must run the check again (and here it fails).
        for (spki, tbs, sig) in [
            (&b"kex"[..], &b"tbs"[..], &b"sig"[..]),
            (b"key", b"tbx", b"sig"),
            (b"key", b"tbs", b"sih"),
            (b"keyt", b"bs", b"sig"),
            (b"key", b"tbss", b"ig"),
        ] {
            assert_eq!(
                run(&calls, spki, tbs, sig, SigCheck::Invalid),
                SigCheck::Invalid
            );
        }
        let other_alg = verify(
            P256,
            b"key",
            Some(SigAlg::Ecdsa(Hash::Sha384)),
            b"tbs",
            b"sig",
            || SigCheck::Invalid,
        );
        assert_eq!(other_alg, SigCheck::Invalid);
        let other_kind = verify(Some(KeyKind::P384), b"key", ES256, b"tbs", b"sig", || {
            SigCheck::Invalid
        });
        assert_eq!(other_kind, SigCheck::Invalid);
        assert_eq!(calls.get(), 6);
    }

    #[test]
    fn unsupported_pairs_always_run_the_check() {
        set_capacity(16);
        let calls = Cell::new(0);
        for _ in 0..2 {
            verify(None, b"key", ES256, b"tbs", b"sig", || {
                calls.set(calls.get() + 1);
                SigCheck::Unsupported
            });
        }
        assert_eq!(calls.get(), 2);
        assert_eq!(take_counts(), Counts::default());
    }

    #[test]
    fn the_memo_stays_within_its_capacity_and_keeps_its_working_set() {
        set_capacity(8);
        let calls = Cell::new(0);
        // A working set of 4 (half the capacity) used between every new entry.
        for n in 0u32..100 {
            for hot in 0u32..4 {
                run(&calls, b"key", &hot.to_be_bytes(), b"hot", SigCheck::Valid);
            }
            run(&calls, b"key", &n.to_be_bytes(), b"cold", SigCheck::Valid);
            assert!(len() <= 8, "{} entries", len());
        }
        // The 4 hot entries were checked once each, every cold one once.
        assert_eq!(calls.get(), 4 + 100);
    }

    #[test]
    fn a_full_default_memo_keeps_two_tables_of_4096_slots() {
        set_capacity(DEFAULT_ENTRIES);
        let calls = Cell::new(0);
        for n in 0u32..(3 * DEFAULT_ENTRIES as u32) {
            run(&calls, b"key", &n.to_be_bytes(), b"sig", SigCheck::Valid);
        }
        assert!(len() <= DEFAULT_ENTRIES);
        // 4,096 slots hold at most 3,584 keys (7/8) in hashbrown.
        MEMO.with(|m| {
            let m = m.borrow();
            let (current, previous) = (&m.keys.current, &m.keys.previous);
            assert!(current.capacity() <= 3584, "{}", current.capacity());
            assert!(previous.capacity() <= 3584, "{}", previous.capacity());
        });
        take_counts();
    }

    #[test]
    fn capacity_zero_turns_the_memo_off() {
        set_capacity(0);
        let calls = Cell::new(0);
        for _ in 0..3 {
            run(&calls, b"key", b"tbs", b"sig", SigCheck::Valid);
        }
        assert_eq!(calls.get(), 3);
        assert_eq!(len(), 0);
        assert_eq!(take_counts(), Counts { hits: 0, misses: 3 });
        set_capacity(DEFAULT_ENTRIES);
    }
}
