//! The precompiled, immutable trust-store index: CA lookup, verified CA links, revoked serials.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hash, Hasher};
use std::path::Path;

use x509_parser::prelude::FromDer;
use x509_parser::revocation_list::CertificateRevocationList;

use super::cert::{strip_sign_byte, Cert, KU_CRL_SIGN, KU_KEY_CERT_SIGN};
use super::load::{LoadError, LoadedCa, LoadedCrl, MAX_REVOKED_ENTRIES_PER_STORE};
use super::names::rfc2253;
use super::sig::{PreparedKey, SigAlg, SigCheck};

/// Longest serial kept inline (RFC 5280 §4.1.2.2: conforming CAs use at most 20 octets).
const INLINE_SERIAL_BYTES: usize = 20;

/// A serial number as a fixed-size hash key (no per-entry heap allocation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SerialKey {
    len: u8,
    bytes: [u8; INLINE_SERIAL_BYTES],
}

impl SerialKey {
    /// The key of a serial magnitude; `None` when longer than 20 octets.
    pub fn new(serial: &[u8]) -> Option<SerialKey> {
        if serial.len() > INLINE_SERIAL_BYTES {
            return None;
        }
        let mut bytes = [0u8; INLINE_SERIAL_BYTES];
        bytes[..serial.len()].copy_from_slice(serial);
        Some(SerialKey {
            len: serial.len() as u8,
            bytes,
        })
    }
}

impl Hash for SerialKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(&self.bytes);
        state.write_u8(self.len);
    }
}

/// Multiply-rotate hashing (FxHash style) keyed per process. SipHash costs
/// more than the rest of a revocation lookup; the tables are built from the
/// operator's own files, and the random key keeps their layout unpredictable.
#[derive(Debug, Clone, Copy)]
pub struct FastHash {
    key: u64,
}

impl Default for FastHash {
    fn default() -> FastHash {
        static KEY: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
        let key =
            *KEY.get_or_init(|| std::collections::hash_map::RandomState::new().hash_one(0u64));
        FastHash { key }
    }
}

impl BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(self.key)
    }
}

/// The hasher of [`FastHash`].
#[derive(Debug, Clone, Copy)]
pub struct FastHasher(u64);

/// Odd multiplier with well-spread bits (the FxHash constant).
const FAST_HASH_MULTIPLIER: u64 = 0x517c_c1b7_2722_0a95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FAST_HASH_MULTIPLIER);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Revoked serials of one issuer, merged over all its CRLs.
#[derive(Debug, Default)]
pub struct CrlSet {
    revoked: HashSet<SerialKey, FastHash>,
    /// Non-conforming serials longer than 20 octets.
    revoked_long: HashSet<Vec<u8>, FastHash>,
    /// Latest nextUpdate among the issuer's CRLs (Unix seconds); `None` = no nextUpdate.
    pub next_update: Option<i64>,
}

impl CrlSet {
    /// Is this serial magnitude revoked?
    pub fn contains(&self, serial: &[u8]) -> bool {
        match SerialKey::new(serial) {
            Some(key) => self.revoked.contains(&key),
            None => self.revoked_long.contains(serial),
        }
    }
}

/// One CA of the store with everything precomputed.
#[derive(Debug)]
pub struct CaEntry {
    /// Parsed certificate.
    pub cert: Cert,
    /// Public key parsed for every algorithm it can verify.
    pub key: PreparedKey,
    /// The CA in the store that signed this one (link verified at load).
    pub parent: Option<usize>,
    /// Revoked serials of certificates this CA issued, if a CRL was loaded.
    pub crl: Option<usize>,
    /// Subject, RFC 2253.
    pub subject_str: String,
}

/// What was loaded from one CRL (for the admin summary).
#[derive(Debug, Clone, serde::Serialize)]
pub struct CrlInfo {
    /// File the CRL came from.
    pub file: String,
    /// Issuer, RFC 2253.
    pub issuer: String,
    /// Number of revoked entries.
    pub entries: usize,
    /// thisUpdate, Unix seconds.
    pub this_update: i64,
    /// nextUpdate, Unix seconds.
    pub next_update: Option<i64>,
}

/// The immutable index built by one load.
#[derive(Debug, Default)]
pub struct Index {
    /// Every CA, in bundle order.
    pub cas: Vec<CaEntry>,
    by_subject: HashMap<Vec<u8>, Vec<usize>, FastHash>,
    /// One merged revocation set per issuing CA that has CRLs.
    pub crl_sets: Vec<CrlSet>,
    /// One entry per CRL loaded.
    pub crl_infos: Vec<CrlInfo>,
}

impl Index {
    /// Builds the index: prepares keys, verifies CA links and CRLs.
    pub fn build(
        bundle: &Path,
        cas: Vec<LoadedCa>,
        crls: Vec<LoadedCrl>,
    ) -> Result<Index, LoadError> {
        let mut index = Index::default();
        let mut positions = Vec::new();
        for ca in cas {
            let cert_err = |reason: &str| LoadError::Cert {
                path: bundle.to_path_buf(),
                index: ca.index,
                line: ca.line,
                reason: reason.to_string(),
            };
            let kind = ca.cert.key.ok_or_else(|| cert_err("unsupported key"))?;
            let key = PreparedKey::new(kind, &ca.cert.spki)
                .ok_or_else(|| cert_err("public key rejected by aws-lc-rs"))?;
            let i = index.cas.len();
            index
                .by_subject
                .entry(ca.cert.subject.clone())
                .or_default()
                .push(i);
            index.cas.push(CaEntry {
                subject_str: rfc2253(&ca.cert.subject),
                cert: ca.cert,
                key,
                parent: None,
                crl: None,
            });
            positions.push((ca.index, ca.line));
        }
        index.link_cas(bundle, &positions)?;
        let mut total = 0usize;
        for crl in crls {
            total += index.add_crl(&crl)?;
            if total > MAX_REVOKED_ENTRIES_PER_STORE {
                return Err(LoadError::Limit {
                    path: crl.path.clone(),
                    what: "revoked entries in the store",
                    count: total,
                    limit: MAX_REVOKED_ENTRIES_PER_STORE,
                });
            }
        }
        Ok(index)
    }

    /// CAs whose subject is `name` (DER), without scanning.
    pub fn by_subject(&self, name: &[u8]) -> &[usize] {
        self.by_subject.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Verifies each CA's signature under the CAs named as its issuer, once.
    fn link_cas(&mut self, bundle: &Path, positions: &[(usize, usize)]) -> Result<(), LoadError> {
        for (i, &(index, line)) in positions.iter().enumerate() {
            let cert = &self.cas[i].cert;
            let candidates: Vec<usize> = self
                .by_subject(&cert.issuer)
                .iter()
                .copied()
                .filter(|&p| p != i)
                .collect();
            if candidates.is_empty() {
                continue; // a root, or an intermediate trusted on its own
            }
            let parent = candidates.iter().copied().find(|&p| {
                let issuer = &self.cas[p];
                issuer.cert.allows_usage(KU_KEY_CERT_SIGN)
                    && issuer.key.verify(cert.sig_alg, &cert.tbs, &cert.signature)
                        == SigCheck::Valid
            });
            match parent {
                Some(p) => self.cas[i].parent = Some(p),
                // Same-name CA with another key (e.g. a root re-keyed but not
                // self-signed): only an error when nothing else explains it.
                None if !cert.is_self_issued() => {
                    return Err(LoadError::Cert {
                        path: bundle.to_path_buf(),
                        index,
                        line,
                        reason: format!(
                            "signature does not verify under the bundle's CA named {}",
                            rfc2253(&cert.issuer)
                        ),
                    });
                }
                None => {}
            }
        }
        self.break_cycles();
        Ok(())
    }

    /// Cross-signed CAs can link in a loop; cut every link that closes one.
    fn break_cycles(&mut self) {
        for start in 0..self.cas.len() {
            let mut seen = vec![start];
            let mut cur = start;
            while let Some(p) = self.cas[cur].parent {
                if seen.contains(&p) {
                    self.cas[cur].parent = None;
                    break;
                }
                seen.push(p);
                cur = p;
            }
        }
    }

    /// Verifies one CRL against its issuer and merges its entries; returns the entry count.
    fn add_crl(&mut self, crl: &LoadedCrl) -> Result<usize, LoadError> {
        let bad = |reason: String| LoadError::Crl {
            path: crl.path.clone(),
            index: crl.index,
            reason,
        };
        let (rest, parsed) = CertificateRevocationList::from_der(&crl.der)
            .map_err(|e| bad(format!("not a DER CRL: {e}")))?;
        if !rest.is_empty() {
            return Err(bad("trailing bytes after the CRL".into()));
        }
        check_crl_extensions(&parsed).map_err(bad)?;
        let tbs = &parsed.tbs_cert_list;
        let issuer_der = tbs.issuer.as_raw();
        let issuer_str = rfc2253(issuer_der);
        let alg = SigAlg::from_identifier(&parsed.signature_algorithm);
        let sig = &parsed.signature_value.data;
        let candidates = self.by_subject(issuer_der).to_vec();
        if candidates.is_empty() {
            return Err(bad(format!("issuer {issuer_str} is not in the CA bundle")));
        }
        let verified = candidates.iter().any(|&c| {
            let ca = &self.cas[c];
            ca.cert.allows_usage(KU_CRL_SIGN)
                && ca.key.verify(alg, tbs.as_ref(), sig) == SigCheck::Valid
        });
        if !verified {
            return Err(bad(format!(
                "signature does not verify under the CA {issuer_str} (or it lacks cRLSign)"
            )));
        }
        let next_update = tbs.next_update.map(|t| t.timestamp());
        let set_idx = self.crl_set_for(&candidates);
        let set = &mut self.crl_sets[set_idx];
        let mut entries = 0;
        for revoked in tbs.revoked_certificates.iter() {
            let serial = strip_sign_byte(revoked.raw_serial());
            match SerialKey::new(serial) {
                Some(key) => set.revoked.insert(key),
                None => set.revoked_long.insert(serial.to_vec()),
            };
            entries += 1;
        }
        set.next_update = match (set.next_update, next_update) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.crl_infos.push(CrlInfo {
            file: crl.path.display().to_string(),
            issuer: issuer_str,
            entries,
            this_update: tbs.this_update.timestamp(),
            next_update,
        });
        Ok(entries)
    }

    /// The CRL set shared by every CA with the CRL's issuer name (created on first use).
    fn crl_set_for(&mut self, cas: &[usize]) -> usize {
        if let Some(existing) = cas.iter().find_map(|&c| self.cas[c].crl) {
            return existing;
        }
        self.crl_sets.push(CrlSet::default());
        let idx = self.crl_sets.len() - 1;
        for &c in cas {
            self.cas[c].crl = Some(idx);
        }
        idx
    }
}

/// RFC 5280 §5.2.3: a conforming CRL carries a non-critical cRLNumber; any
/// other critical CRL extension we do not understand makes the CRL unusable.
fn check_crl_extensions(crl: &CertificateRevocationList<'_>) -> Result<(), String> {
    use x509_parser::extensions::ParsedExtension;
    let mut has_number = false;
    for ext in crl.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::CRLNumber(_) if ext.critical => {
                return Err("cRLNumber extension is marked critical".into());
            }
            ParsedExtension::CRLNumber(_) => has_number = true,
            ParsedExtension::AuthorityKeyIdentifier(_)
            | ParsedExtension::IssuerAlternativeName(_)
            | ParsedExtension::IssuingDistributionPoint(_) => {}
            _ if ext.critical => {
                return Err(format!(
                    "unsupported critical extension {}",
                    ext.oid.to_id_string()
                ));
            }
            _ => {}
        }
    }
    if !has_number {
        return Err("no cRLNumber extension (RFC 5280 §5.2.3)".into());
    }
    Ok(())
}
