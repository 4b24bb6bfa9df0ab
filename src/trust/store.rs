//! Snapshots of a loaded trust store and the lock-free, hot-swappable `TrustStore`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::SystemTime;

use arc_swap::ArcSwap;

use super::index::Index;
use super::load::{self, LoadError, DEFAULT_MAX_CHAIN_BYTES, DEFAULT_MAX_CHAIN_DEPTH};
use super::validate::{self, Policy, MAX_CERTS_SENT};
use super::{FailureReason, ValidationOptions, Verdict};
use crate::config::TrustStoreConfig;

/// What the admin endpoint shows about one CRL.
pub type CrlSummary = super::index::CrlInfo;

/// What the admin endpoint shows about a snapshot.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StoreSummary {
    /// Generation number (1 for the first load, +1 per successful reload).
    pub generation: u64,
    /// Load time, Unix seconds.
    pub loaded_at_unix: u64,
    /// CA subjects, RFC 2253, in bundle order.
    pub ca_subjects: Vec<String>,
    /// One entry per CRL.
    pub crls: Vec<CrlSummary>,
}

/// One immutable, fully verified load of a trust store.
pub struct Snapshot {
    /// Generation number (1 for the first load).
    pub generation: u64,
    /// When this snapshot was built.
    pub loaded_at: SystemTime,
    index: Index,
    policy: Policy,
    /// Size and modification time of each file this snapshot was read from.
    sources: Vec<FileStamp>,
}

impl std::fmt::Debug for Snapshot {
    // Counts only: a store can hold hundreds of thousands of revoked serials.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot")
            .field("generation", &self.generation)
            .field("cas", &self.index.cas.len())
            .field("crls", &self.index.crl_infos.len())
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

/// What identifies one version of a source file (path, length, mtime); `None` if unreadable.
type FileStamp = (PathBuf, Option<(u64, SystemTime)>);

fn stamps(cfg: &TrustStoreConfig) -> Vec<FileStamp> {
    std::iter::once(&cfg.ca_bundle)
        .chain(&cfg.crls)
        .map(|p| {
            let meta = std::fs::metadata(p).ok();
            let stamp = meta.and_then(|m| Some((m.len(), m.modified().ok()?)));
            (p.clone(), stamp)
        })
        .collect()
}

/// Size of the length prefix of each certificate in a TLS Certificate list (RFC 8446 §4.4.2).
const TLS_CERT_LENGTH_BYTES: usize = 3;

impl Snapshot {
    /// Loads `cfg`'s files into a new snapshot (no swapping).
    pub fn load(cfg: &TrustStoreConfig, generation: u64) -> Result<Snapshot, LoadError> {
        // Stamped before reading: a file changed during the load is seen as
        // changed again by the next refresh check.
        let sources = stamps(cfg);
        let cas = load::read_bundle(&cfg.ca_bundle)?;
        check_crl_file_count(cfg.crls.len(), cfg)?;
        let mut crls = Vec::new();
        for path in &cfg.crls {
            crls.extend(load::read_crl_file(path)?);
        }
        let index = Index::build(&cfg.ca_bundle, cas, crls)?;
        let mut snapshot = Snapshot::from_index(index, policy_of(cfg), generation);
        snapshot.sources = sources;
        Ok(snapshot)
    }

    /// Builds a snapshot from file contents already in memory: `bundle` is the
    /// CA bundle text, `crl_files` one entry per CRL file (PEM or DER). The
    /// paths in `cfg` are only used in error messages; its limits apply.
    pub fn from_memory(
        cfg: &TrustStoreConfig,
        bundle: &[u8],
        crl_files: &[Vec<u8>],
        generation: u64,
    ) -> Result<Snapshot, LoadError> {
        if bundle.len() as u64 > load::MAX_CA_BUNDLE_FILE_BYTES {
            return Err(LoadError::FileTooLarge {
                path: cfg.ca_bundle.clone(),
                size: bundle.len() as u64,
                limit: load::MAX_CA_BUNDLE_FILE_BYTES,
            });
        }
        let cas = load::parse_bundle(&cfg.ca_bundle, bundle)?;
        check_crl_file_count(crl_files.len(), cfg)?;
        let mut crls = Vec::new();
        for (i, data) in crl_files.iter().enumerate() {
            let path = cfg
                .crls
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("crl[{i}]").into());
            if data.len() as u64 > load::MAX_CRL_FILE_BYTES {
                return Err(LoadError::FileTooLarge {
                    path,
                    size: data.len() as u64,
                    limit: load::MAX_CRL_FILE_BYTES,
                });
            }
            crls.extend(load::parse_crl_file(&path, data.clone())?);
        }
        let index = Index::build(&cfg.ca_bundle, cas, crls)?;
        Ok(Snapshot::from_index(index, policy_of(cfg), generation))
    }

    pub(crate) fn from_index(index: Index, policy: Policy, generation: u64) -> Snapshot {
        Snapshot {
            generation,
            loaded_at: SystemTime::now(),
            index,
            policy,
            sources: Vec::new(),
        }
    }

    /// DER subject names of every CA (for the CertificateRequest's certificate_authorities).
    pub fn ca_subjects_der(&self) -> impl Iterator<Item = &[u8]> {
        self.index.cas.iter().map(|ca| ca.cert.subject.as_slice())
    }

    /// Validates a client chain given as DER certificates, leaf first.
    pub fn validate(&self, chain_der: &[&[u8]], opts: &ValidationOptions) -> Verdict {
        validate::validate(&self.index, &self.policy, chain_der, opts)
    }

    /// Validates the chain as s2n's `client_cert_chain_bytes()` returns it:
    /// (3-byte big-endian length, DER) entries, leaf first.
    pub fn validate_tls_chain(&self, chain: &[u8], opts: &ValidationOptions) -> Verdict {
        match split_tls_chain(chain) {
            Ok(certs) => self.validate(&certs, opts),
            Err(detail) => Verdict {
                result: Err(FailureReason::ClientCertInvalid),
                leaf: None,
                failed_cert: None,
                detail,
            },
        }
    }

    /// The admin view of this snapshot.
    pub fn summary(&self) -> StoreSummary {
        StoreSummary {
            generation: self.generation,
            loaded_at_unix: self
                .loaded_at
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0),
            ca_subjects: self
                .index
                .cas
                .iter()
                .map(|c| c.subject_str.clone())
                .collect(),
            crls: self.index.crl_infos.clone(),
        }
    }

    /// The soonest nextUpdate of any CRL (Unix seconds): when this snapshot starts failing closed.
    pub fn earliest_crl_next_update(&self) -> Option<i64> {
        self.index
            .crl_sets
            .iter()
            .filter_map(|s| s.next_update)
            .min()
    }

    /// Is `serial` (big-endian magnitude) revoked by the CRLs of a CA with this DER subject?
    pub fn is_revoked(&self, issuer_subject_der: &[u8], serial: &[u8]) -> bool {
        let serial = super::cert::strip_sign_byte(serial);
        self.index.by_subject(issuer_subject_der).iter().any(|&ca| {
            self.index.cas[ca]
                .crl
                .is_some_and(|s| self.index.crl_sets[s].contains(serial))
        })
    }
}

fn check_crl_file_count(count: usize, cfg: &TrustStoreConfig) -> Result<(), LoadError> {
    if count <= load::MAX_CRL_FILES_PER_STORE {
        return Ok(());
    }
    Err(LoadError::Limit {
        path: cfg.crls.first().cloned().unwrap_or_default(),
        what: "CRL files",
        count,
        limit: load::MAX_CRL_FILES_PER_STORE,
    })
}

fn policy_of(cfg: &TrustStoreConfig) -> Policy {
    Policy {
        max_depth: cfg.max_chain_depth.unwrap_or(DEFAULT_MAX_CHAIN_DEPTH),
        max_chain_bytes: cfg.max_chain_bytes.unwrap_or(DEFAULT_MAX_CHAIN_BYTES),
        allow_stale_crls: cfg.insecure_allow_stale_crls,
    }
}

/// Splits TLS-framed certificates; an error says what is wrong with the framing.
/// At most `MAX_CERTS_SENT + 1` entries are returned (enough for the validator
/// to refuse the chain as too long).
pub fn split_tls_chain(mut chain: &[u8]) -> Result<Vec<&[u8]>, String> {
    let mut certs = Vec::new();
    // Past the limit the validator refuses anyway; stop splitting so a long
    // run of tiny entries cannot make us allocate.
    while !chain.is_empty() && certs.len() <= MAX_CERTS_SENT {
        let Some((len, rest)) = chain.split_first_chunk::<TLS_CERT_LENGTH_BYTES>() else {
            return Err(format!(
                "certificate #{}: truncated length prefix",
                certs.len()
            ));
        };
        let len = (usize::from(len[0]) << 16) | (usize::from(len[1]) << 8) | usize::from(len[2]);
        if len == 0 || len > rest.len() {
            return Err(format!(
                "certificate #{}: length {len} does not fit the chain",
                certs.len()
            ));
        }
        let (cert, rest) = rest.split_at(len);
        certs.push(cert);
        chain = rest;
    }
    Ok(certs)
}

/// A named trust store whose current snapshot can be swapped without locks.
#[derive(Debug)]
pub struct TrustStore {
    name: String,
    config: TrustStoreConfig,
    current: ArcSwap<Snapshot>,
    generation: AtomicU64,
}

impl TrustStore {
    /// Loads the store for the first time (generation 1).
    pub fn load(name: &str, cfg: &TrustStoreConfig) -> Result<TrustStore, LoadError> {
        let snapshot = Snapshot::load(cfg, 1)?;
        Ok(TrustStore {
            name: name.to_string(),
            config: cfg.clone(),
            current: ArcSwap::from_pointee(snapshot),
            generation: AtomicU64::new(1),
        })
    }

    /// The snapshot in force (lock-free); a connection keeps it for its lifetime.
    pub fn current(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Re-reads the files; on success swaps in a new snapshot and returns its
    /// generation, on error keeps the old one in force.
    pub fn reload(&self) -> Result<u64, LoadError> {
        let generation = self.generation.load(Ordering::Acquire) + 1;
        let snapshot = Snapshot::load(&self.config, generation)?;
        self.generation.store(generation, Ordering::Release);
        self.current.store(Arc::new(snapshot));
        Ok(generation)
    }

    /// Reloads when any source file's size or modification time differs from
    /// the snapshot in force (the `crl_refresh_seconds` check); `Ok(None)` when
    /// nothing changed. A failed reload keeps the old snapshot, and the next
    /// check tries again.
    pub fn refresh_if_changed(&self) -> Result<Option<u64>, LoadError> {
        if self.current.load().sources == stamps(&self.config) {
            return Ok(None);
        }
        self.reload().map(Some)
    }

    /// The store's name in the config.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The config it loads from.
    pub fn config(&self) -> &TrustStoreConfig {
        &self.config
    }
}
