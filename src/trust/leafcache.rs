//! A per-thread cache of client leaf certificates that validated, parsed.
//!
//! Parsing a certificate is a pure function of its bytes, and clients
//! reconnect with the same leaf: each thread, i.e. each shard, keeps the
//! parsed form (and the subject and serial as the log line and the identity
//! headers print them) of leaves whose chain validated, keyed by the leaf's
//! exact DER. A hit skips the parse and nothing else: path building, validity
//! at the current time, revocation against the current snapshot, purpose and
//! the signature check (or its [`super::sigmemo`] entry) run on every
//! handshake, so a cached leaf that has since expired or been revoked is
//! refused as it would be otherwise.
//!
//! Only leaves of chains that validated are inserted, so a peer without a
//! trusted certificate cannot fill the cache or choose what it holds.
//! Bounded as the signature memo is: two generations of at most half the
//! capacity each; a hit in the older one moves the entry to the newer.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use super::cert::Cert;
use super::generations::Generations;
use super::sigmemo::Counts;

/// Leaves per thread when nothing sets the capacity (`[runtime]
/// certificate_cache_entries`). A P-256 leaf of about 600 bytes takes about
/// 2 KiB parsed, so a full cache holds about 2 MiB per shard.
pub const DEFAULT_ENTRIES: usize = 1024;

/// A parsed leaf and the fields printed from it.
#[derive(Debug)]
pub struct ParsedLeaf {
    /// The parsed certificate.
    pub cert: Rc<Cert>,
    /// Subject DN, RFC 2253.
    pub subject: String,
    /// Serial number, upper-case hex.
    pub serial_hex: String,
}

impl ParsedLeaf {
    /// Parses `der` and renders its printed fields.
    pub fn parse(der: &[u8]) -> Result<ParsedLeaf, super::cert::CertError> {
        let (cert, subject) = Cert::parse_with_subject(der)?;
        Ok(ParsedLeaf {
            subject,
            serial_hex: cert.serial_hex(),
            cert: Rc::new(cert),
        })
    }
}

/// An entry, hashed and compared by the leaf's DER.
struct Entry(Rc<ParsedLeaf>);

impl Borrow<[u8]> for Entry {
    fn borrow(&self) -> &[u8] {
        &self.0.cert.der
    }
}

impl Hash for Entry {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let der: &[u8] = self.borrow();
        der.hash(state);
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.0.cert.der == other.0.cert.der
    }
}

impl Eq for Entry {}

struct Cache {
    /// Keeping nothing turns the cache off.
    leaves: Generations<Entry>,
    counts: Counts,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::with_capacity(DEFAULT_ENTRIES));
}

impl Cache {
    fn with_capacity(entries: usize) -> Cache {
        Cache {
            leaves: Generations::with_capacity(entries),
            counts: Counts::default(),
        }
    }

    fn get(&mut self, der: &[u8]) -> Option<Rc<ParsedLeaf>> {
        let found = self.leaves.get_with(der, |e| e.0.clone());
        if found.is_some() {
            self.counts.hits += 1;
        } else {
            self.counts.misses += 1;
        }
        found
    }
}

/// Sets this thread's capacity in leaves (0 turns the cache off) and empties it.
pub fn set_capacity(entries: usize) {
    CACHE.with(|c| *c.borrow_mut() = Cache::with_capacity(entries));
}

/// This thread's parsed copy of the leaf `der`, if a chain with exactly this
/// leaf validated here before (and is still cached).
pub fn get(der: &[u8]) -> Option<Rc<ParsedLeaf>> {
    CACHE.with(|c| c.borrow_mut().get(der))
}

/// Returns this thread's lookups since the last call (hits: leaves found
/// parsed; misses: leaves parsed) and resets them.
pub fn take_counts() -> Counts {
    CACHE.with(|c| std::mem::take(&mut c.borrow_mut().counts))
}

/// Remembers `leaf`, whose chain just validated.
pub fn insert(leaf: Rc<ParsedLeaf>) {
    CACHE.with(|c| c.borrow_mut().leaves.insert(Entry(leaf)));
}

/// Leaves this thread holds now.
#[cfg(test)]
pub(crate) fn len() -> usize {
    CACHE.with(|c| c.borrow().leaves.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(cn: &str) -> Rc<ParsedLeaf> {
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, cn);
        let key = rcgen::KeyPair::generate().unwrap();
        let der = params.self_signed(&key).unwrap().der().to_vec();
        Rc::new(ParsedLeaf::parse(&der).unwrap())
    }

    #[test]
    fn a_leaf_is_found_by_its_exact_bytes_only() {
        set_capacity(8);
        let a = leaf("a");
        assert!(get(&a.cert.der).is_none());
        insert(a.clone());
        let hit = get(&a.cert.der).expect("cached");
        assert!(Rc::ptr_eq(&hit, &a));
        assert_eq!(hit.subject, "CN=a");
        let mut other = a.cert.der.clone();
        *other.last_mut().unwrap() ^= 1;
        assert!(get(&other).is_none(), "one byte differs");
        assert!(get(&a.cert.der[..a.cert.der.len() - 1]).is_none());
        insert(a.clone());
        assert_eq!(len(), 1, "inserting again keeps one entry");
        assert_eq!(take_counts(), Counts { hits: 1, misses: 3 });
        assert_eq!(take_counts(), Counts::default());
    }

    /// A store of `root`'s and `inter`'s certificates, with `inter`'s CRL
    /// revoking `revoked`.
    fn store(
        dir: &std::path::Path,
        root: &crate::pki::Ca,
        inter: &crate::pki::Ca,
        revoked: &[u64],
    ) -> crate::trust::TrustStore {
        use time::{Duration, OffsetDateTime};
        let now = OffsetDateTime::now_utc();
        let bundle = dir.join(format!("bundle-{}.pem", revoked.len()));
        std::fs::write(&bundle, format!("{}{}", root.cert_pem(), inter.cert_pem())).unwrap();
        let crl = dir.join(format!("crl-{}.pem", revoked.len()));
        let pem = inter.crl_pem(revoked, now - Duration::hours(1), now + Duration::days(1));
        std::fs::write(&crl, pem).unwrap();
        let cfg = crate::config::TrustStoreConfig {
            ca_bundle: bundle,
            crls: vec![crl],
            crl_refresh_seconds: None,
            insecure_allow_stale_crls: false,
            max_chain_depth: None,
            max_chain_bytes: None,
        };
        crate::trust::TrustStore::load("cache", &cfg).unwrap()
    }

    /// The configuration [`store`] last wrote with nothing revoked.
    fn good_config(dir: &std::path::Path) -> crate::config::TrustStoreConfig {
        crate::config::TrustStoreConfig {
            ca_bundle: dir.join("bundle-0.pem"),
            crls: vec![dir.join("crl-0.pem")],
            crl_refresh_seconds: None,
            insecure_allow_stale_crls: false,
            max_chain_depth: None,
            max_chain_bytes: None,
        }
    }

    #[test]
    fn a_cached_leaf_is_still_checked_for_trust_time_and_revocation() {
        use crate::pki::{Ca, KeyAlg, LeafSpec};
        use crate::trust::ValidationOptions;
        set_capacity(DEFAULT_ENTRIES);
        let dir = tempfile::tempdir().unwrap();
        let root = Ca::root("Cache Root", KeyAlg::EcdsaP256);
        let inter = root.intermediate("Cache Intermediate", KeyAlg::EcdsaP256);
        let leaf = inter.issue(&LeafSpec::client("returning", 30)).cert_der;
        let chain: &[&[u8]] = &[&leaf];
        let good = store(dir.path(), &root, &inter, &[]);
        let now = ValidationOptions::client_now();

        let first = good.current().validate(chain, &now);
        assert!(first.is_success(), "{}", first.detail);
        assert!(get(&leaf).is_some(), "a leaf that validated is cached");
        let again = good.current().validate(chain, &now);
        assert!(again.is_success());
        let (a, b) = (first.leaf.unwrap(), again.leaf.unwrap());
        assert_eq!(
            (&a.subject, &a.issuer, &a.serial_hex, &a.der),
            (&b.subject, &b.issuer, &b.serial_hex, &b.der)
        );

        let later = ValidationOptions {
            now_unix: b.not_after_unix + 1,
            ..now
        };
        assert_eq!(
            good.current().validate(chain, &later).status(),
            "Failed:ClientCertExpired"
        );
        let revoking = store(dir.path(), &root, &inter, &[30]);
        assert_eq!(
            revoking.current().validate(chain, &now).status(),
            "Failed:ClientCertCrlHit"
        );
        let other_root = Ca::root("Other Root", KeyAlg::EcdsaP256);
        let other_inter = other_root.intermediate("Other Intermediate", KeyAlg::EcdsaP256);
        let stranger = store(dir.path(), &other_root, &other_inter, &[1, 2, 3]);
        assert_eq!(
            stranger.current().validate(chain, &now).status(),
            "Failed:ClientCertUntrusted"
        );
        // A store whose size limit the leaf alone exceeds treats it as if it
        // had never been parsed.
        let cfg = crate::config::TrustStoreConfig {
            max_chain_bytes: Some(100),
            ..good_config(dir.path())
        };
        let tiny = crate::trust::TrustStore::load("tiny", &cfg).unwrap();
        let v = tiny.current().validate(chain, &now);
        assert_eq!(v.status(), "Failed:ClientCertMaxSizeExceeded");
        assert!(v.leaf.is_none());
        // The same bytes but one: a different certificate, parsed and refused.
        let mut forged = leaf.clone();
        let last = forged.len() - 1;
        forged[last] ^= 1;
        assert_eq!(
            good.current().validate(&[&forged], &now).status(),
            "Failed:ClientCertInvalid"
        );
    }

    #[test]
    fn a_leaf_whose_chain_failed_is_not_cached() {
        use crate::pki::{Ca, KeyAlg, LeafSpec};
        set_capacity(DEFAULT_ENTRIES);
        let dir = tempfile::tempdir().unwrap();
        let root = Ca::root("Cache Root", KeyAlg::EcdsaP256);
        let inter = root.intermediate("Cache Intermediate", KeyAlg::EcdsaP256);
        let revoked = inter.issue(&LeafSpec::client("revoked", 31)).cert_der;
        let untrusted = Ca::root("Untrusted", KeyAlg::EcdsaP256)
            .issue(&LeafSpec::client("untrusted", 32))
            .cert_der;
        let s = store(dir.path(), &root, &inter, &[31]);
        let now = crate::trust::ValidationOptions::client_now();
        for leaf in [&revoked, &untrusted] {
            assert!(!s.current().validate(&[leaf], &now).is_success());
            assert!(get(leaf).is_none());
        }
        assert_eq!(len(), 0);
    }

    #[test]
    fn capacity_zero_caches_nothing() {
        set_capacity(0);
        let a = leaf("a");
        insert(a.clone());
        assert!(get(&a.cert.der).is_none());
        assert_eq!(len(), 0);
    }

    #[test]
    fn the_cache_is_bounded_and_keeps_what_is_used() {
        set_capacity(4);
        let leaves: Vec<_> = (0..6).map(|i| leaf(&format!("c{i}"))).collect();
        for l in &leaves[..2] {
            insert(l.clone());
        }
        // Full generation: c0 and c1 become the previous one.
        insert(leaves[2].clone());
        // A hit in the previous generation moves c0 forward.
        assert!(get(&leaves[0].cert.der).is_some());
        // c3 fills the current generation again; c0 and c2 survive, c1 goes.
        insert(leaves[3].clone());
        insert(leaves[4].clone());
        assert!(len() <= 4);
        assert!(get(&leaves[1].cert.der).is_none());
        assert!(get(&leaves[4].cert.der).is_some());
        set_capacity(DEFAULT_ENTRIES);
    }
}
