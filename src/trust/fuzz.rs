//! Fuzzing entry points shared by the cargo-fuzz targets and the in-tree smoke test.
//!
//! Each function takes arbitrary bytes and must never panic; the result is
//! discarded. Only the interfaces a peer or an operator's files can reach
//! are covered: the TLS chain framing plus validator, and the store loader.

use std::sync::OnceLock;

use crate::config::TrustStoreConfig;
use crate::pki::DemoPki;
use crate::trust::{pem, Purpose, Snapshot, ValidationOptions};

/// Separates the bundle part from the CRL parts in a loader input.
const PART_SEPARATOR: &[u8] = b"\n--8<--\n";

fn config() -> TrustStoreConfig {
    TrustStoreConfig {
        ca_bundle: "fuzz-bundle.pem".into(),
        crls: vec![],
        crl_refresh_seconds: None,
        insecure_allow_stale_crls: false,
        max_chain_depth: None,
        max_chain_bytes: None,
    }
}

/// The demo PKI's store (with CRLs), built once per process.
pub fn demo_snapshot() -> &'static Snapshot {
    static SNAPSHOT: OnceLock<Snapshot> = OnceLock::new();
    SNAPSHOT.get_or_init(|| {
        let pki = DemoPki::generate();
        let crls: Vec<Vec<u8>> = pki
            .crl_pems
            .iter()
            .map(|c| c.clone().into_bytes())
            .collect();
        Snapshot::from_memory(&config(), pki.ca_bundle_pem.as_bytes(), &crls, 1)
            .expect("the demo PKI loads")
    })
}

/// Loader target: `data` is a bundle, optionally followed by CRL files, split by `--8<--` lines.
pub fn loader(data: &[u8]) {
    let mut parts = split(data, PART_SEPARATOR);
    let bundle = parts.remove(0);
    let crls: Vec<Vec<u8>> = parts.into_iter().map(<[u8]>::to_vec).collect();
    if let Ok(snapshot) = Snapshot::from_memory(&config(), bundle, &crls, 1) {
        let _ = snapshot.summary();
    }
    let _ = pem::parse(data);
}

/// Validator target: `data` is a TLS-framed client chain (as s2n returns it).
pub fn tls_chain(data: &[u8]) {
    let snapshot = demo_snapshot();
    for purpose in [Purpose::Client, Purpose::Any] {
        let opts = ValidationOptions {
            purpose,
            ignore_leaf_expiry: data.first().is_some_and(|b| b & 1 == 1),
            now_unix: 1_800_000_000,
        };
        let verdict = snapshot.validate_tls_chain(data, &opts);
        let _ = verdict.status();
    }
}

fn split<'a>(data: &'a [u8], sep: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while let Some(at) = rest.windows(sep.len()).position(|w| w == sep) {
        parts.push(&rest[..at]);
        rest = &rest[at + sep.len()..];
    }
    parts.push(rest);
    parts
}
