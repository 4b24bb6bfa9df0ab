//! Fuzzing entry points shared by the cargo-fuzz targets and the in-tree smoke test.
//!
//! Each function takes arbitrary bytes and must never panic; the result is
//! discarded. Only the interfaces a peer or an operator's files can reach
//! are covered: the TLS chain framing plus validator, and the store loader.

use std::sync::OnceLock;

use crate::config::TrustStoreConfig;
use crate::pki::DemoPki;
use crate::trust::names::der_element;
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

/// The demo PKI and its store (with CRLs), built once per process.
fn demo() -> &'static (DemoPki, Snapshot) {
    static DEMO: OnceLock<(DemoPki, Snapshot)> = OnceLock::new();
    DEMO.get_or_init(|| {
        let pki = DemoPki::generate();
        let crls: Vec<Vec<u8>> = pki
            .crl_pems
            .iter()
            .map(|c| c.clone().into_bytes())
            .collect();
        let snapshot = Snapshot::from_memory(&config(), pki.ca_bundle_pem.as_bytes(), &crls, 1)
            .expect("the demo PKI loads");
        (pki, snapshot)
    })
}

/// The demo PKI's store (with CRLs), built once per process.
pub fn demo_snapshot() -> &'static Snapshot {
    &demo().1
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

/// Validator target past the signature check: `data` edits the
/// TBSCertificate of one of the demo PKI's client leaves, and the result is
/// signed with the demo intermediate's key, so that every edit that still
/// parses reaches what a signature would otherwise guard: validity, the CRL
/// lookup, key usage and purpose, path constraints and the signature memo.
///
/// `data[0]` picks the leaf; every following 4 bytes are one edit
/// `[kind, offset_hi, offset_lo, value]` (kind % 4: 0 XOR the byte at the
/// offset with `value`, 1 set it, 2 insert `value` there, 3 cut the TBS
/// there). Offsets wrap around the current length, so any input is an edit
/// script; a TBS from another process (other keys) is never needed.
pub fn signed_leaf(data: &[u8]) {
    let Some((chain, ignore_leaf_expiry)) = signed_chain(data) else {
        return;
    };
    let now = ValidationOptions {
        ignore_leaf_expiry,
        ..ValidationOptions::client_now()
    };
    for purpose in [Purpose::Client, Purpose::Any] {
        let opts = ValidationOptions { purpose, ..now };
        let _ = demo().1.validate_tls_chain(&chain, &opts).status();
    }
}

/// The framed chain [`signed_leaf`] validates, and whether it ignores expiry
/// (the top bit of `data[0]`); `None` for empty input.
fn signed_chain(data: &[u8]) -> Option<(Vec<u8>, bool)> {
    let pki = &demo().0;
    let leaves = client_leaves();
    let (&pick, edits) = data.split_first()?;
    let (tbs, sig_alg) = leaves.get(usize::from(pick & 0x7f) % leaves.len().max(1))?;
    let mut tbs = tbs.clone();
    for edit in edits.chunks_exact(4) {
        let at = usize::from(u16::from_be_bytes([edit[1], edit[2]])) % (tbs.len() + 1);
        match edit[0] % 4 {
            0 if at < tbs.len() => tbs[at] ^= edit[3],
            1 if at < tbs.len() => tbs[at] = edit[3],
            2 => tbs.insert(at, edit[3]),
            3 => tbs.truncate(at),
            _ => {}
        }
    }
    let mut signature = vec![0u8]; // BIT STRING: no unused bits
    signature.extend(pki.intermediate.sign(&tbs));
    let leaf = der_element(
        0x30,
        &[tbs.as_slice(), sig_alg, &der_element(0x03, &signature)].concat(),
    );
    Some((
        frame(&[leaf, pki.intermediate.cert_der()]),
        pick & 0x80 != 0,
    ))
}

/// The demo clients' leaves as (TBSCertificate, signatureAlgorithm) DER.
fn client_leaves() -> &'static [(Vec<u8>, Vec<u8>)] {
    static LEAVES: OnceLock<Vec<(Vec<u8>, Vec<u8>)>> = OnceLock::new();
    LEAVES.get_or_init(|| {
        demo()
            .0
            .clients
            .iter()
            .filter_map(|c| {
                let leaf = pem::parse(c.chain_pem.as_bytes())
                    .ok()?
                    .into_iter()
                    .next()?;
                let body = content(&leaf.der)?;
                let (tbs, rest) = split_element(body)?;
                let (sig_alg, _) = split_element(rest)?;
                Some((tbs.to_vec(), sig_alg.to_vec()))
            })
            .collect()
    })
}

/// The first DER element of `der`: (its header length, its content length).
fn element(der: &[u8]) -> Option<(usize, usize)> {
    let (&first_len, rest) = der.get(1..)?.split_first()?;
    let (header, len) = if first_len < 0x80 {
        (2, usize::from(first_len))
    } else {
        let n = usize::from(first_len & 0x7f);
        if n == 0 || n > 3 {
            return None;
        }
        let len = rest
            .get(..n)?
            .iter()
            .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
        (2 + n, len)
    };
    (header + len <= der.len()).then_some((header, len))
}

/// Splits `der` after its first element: (that element whole, the rest).
fn split_element(der: &[u8]) -> Option<(&[u8], &[u8])> {
    let (header, len) = element(der)?;
    Some(der.split_at(header + len))
}

/// The content of the first element of `der`.
fn content(der: &[u8]) -> Option<&[u8]> {
    let (header, len) = element(der)?;
    Some(&der[header..header + len])
}

/// Frames DER certificates the way s2n hands a client chain over (3-byte
/// lengths): the input [`tls_chain`] expects.
pub fn frame(certs: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for cert in certs {
        let len = cert.len();
        out.extend_from_slice(&[(len >> 16) as u8, (len >> 8) as u8, len as u8]);
        out.extend_from_slice(cert);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(chain: &[u8]) -> String {
        demo()
            .1
            .validate_tls_chain(chain, &ValidationOptions::client_now())
            .status()
    }

    #[test]
    fn unedited_leaves_signed_again_keep_their_verdicts() {
        let clients = &demo().0.clients;
        assert_eq!(client_leaves().len(), clients.len());
        for (i, client) in clients.iter().enumerate() {
            let (chain, _) = signed_chain(&[i as u8]).unwrap();
            assert_eq!(verdict(&chain), client.expected, "{}", client.label);
        }
    }

    #[test]
    fn edits_reach_the_checks_behind_the_signature() {
        let clients = &demo().0.clients;
        let at = |expected: &str| clients.iter().position(|c| c.expected == expected).unwrap();
        let valid = at("Success") as u8;
        // XOR 0 at offset 0 changes nothing.
        let (same, _) = signed_chain(&[valid, 0, 0, 0, 0]).unwrap();
        assert_eq!(verdict(&same), "Success");
        // Cut to nothing: signed, but no certificate.
        let (cut, _) = signed_chain(&[valid, 3, 0, 0, 0]).unwrap();
        assert_ne!(verdict(&cut), "Success");
        // A different serial number on the revoked leaf: the CRL no longer
        // names it, and the signature still holds.
        let revoked = at("Failed:ClientCertCrlHit");
        let tbs = &client_leaves()[revoked].0;
        let (header, _) = element(tbs).unwrap();
        let (version, rest) = split_element(&tbs[header..]).unwrap();
        let (serial, _) = split_element(rest).unwrap();
        let last = (header + version.len() + serial.len() - 1) as u16;
        let [hi, lo] = last.to_be_bytes();
        let (renumbered, _) = signed_chain(&[revoked as u8, 0, hi, lo, 0x40]).unwrap();
        assert_eq!(verdict(&renumbered), "Success");
        assert!(signed_chain(&[]).is_none());
    }
}
