//! x509-limbo conformance harness: every case passed, failed or skipped with a reason.
//!
//! The suite is read from `$PORTCULLIS_LIMBO` or from `shared/x509-limbo/limbo.json`
//! in the first ancestor of the crate root that has it (CI: `../shared/`).
//! Divergences are listed with a reason in `tests/limbo-exceptions.toml`;
//! the run fails on any result that is neither expected nor listed there,
//! and on any listed exception that no longer diverges.
//!
//! Peer-name matching is done here, in the harness, with a deliberately
//! small matcher (exact DNS SAN, left-most `*` label, IP SAN, exact e-mail):
//! portcullis validates client certificates and has no name check of its own.

use std::collections::BTreeMap;
use std::path::PathBuf;

use portcullis::config::TrustStoreConfig;
use portcullis::trust::{Purpose, Snapshot, ValidationOptions, Verdict};
use serde::Deserialize;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::FromDer;

#[derive(Deserialize)]
struct Suite {
    testcases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    validation_kind: String,
    trusted_certs: Vec<String>,
    untrusted_intermediates: Vec<String>,
    peer_certificate: String,
    validation_time: Option<String>,
    signature_algorithms: Option<Vec<String>>,
    key_usage: Option<Vec<String>>,
    extended_key_usage: Option<Vec<String>>,
    expected_result: String,
    expected_peer_name: Option<PeerName>,
    expected_peer_names: Option<Vec<PeerName>>,
    max_chain_depth: Option<usize>,
    crls: Vec<String>,
}

#[derive(Deserialize, Clone)]
struct PeerName {
    kind: String,
    value: String,
}

#[derive(Deserialize)]
struct Exceptions {
    exception: Vec<Exception>,
}

#[derive(Deserialize)]
struct Exception {
    id: String,
    /// What portcullis answers instead of the expected result.
    actual: String,
    reason: String,
}

fn suite_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PORTCULLIS_LIMBO") {
        return Some(PathBuf::from(p));
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    root.ancestors()
        .map(|a| a.join("shared/x509-limbo/limbo.json"))
        .find(|p| p.is_file())
}

/// Leaf-to-anchor path length limit: limbo counts intermediates only.
const LEAF_AND_ANCHOR: usize = 2;

enum Outcome {
    Accepted,
    Rejected(String),
    Skipped(String),
}

fn pem_certs(text: &str) -> Vec<Vec<u8>> {
    portcullis::trust::pem::parse(text.as_bytes())
        .map(|b| b.into_iter().map(|b| b.der).collect())
        .unwrap_or_default()
}

fn skip_reason(case: &Case) -> Option<String> {
    if case
        .signature_algorithms
        .as_ref()
        .is_some_and(|s| !s.is_empty())
    {
        return Some("signature-algorithm restrictions are not configurable".into());
    }
    let eku = case.extended_key_usage.clone().unwrap_or_default();
    let expected_eku = match case.validation_kind.as_str() {
        "CLIENT" => "clientAuth",
        _ => "serverAuth",
    };
    if eku.iter().any(|e| e != expected_eku) {
        return Some(format!("extended key usage {eku:?} is not a TLS purpose"));
    }
    if case
        .key_usage
        .as_ref()
        .is_some_and(|k| k.iter().any(|u| u != "digitalSignature"))
    {
        return Some("key usage requirement other than digitalSignature".into());
    }
    let names = peer_names(case);
    if let Some(n) = names
        .iter()
        .find(|n| !["DNS", "IP", "RFC822"].contains(&n.kind.as_str()))
    {
        return Some(format!(
            "peer name of kind {} is not matched by the harness",
            n.kind
        ));
    }
    None
}

fn peer_names(case: &Case) -> Vec<PeerName> {
    let mut names: Vec<PeerName> = case.expected_peer_names.clone().unwrap_or_default();
    names.extend(case.expected_peer_name.clone());
    names
}

fn run_case(case: &Case) -> Outcome {
    if let Some(reason) = skip_reason(case) {
        return Outcome::Skipped(reason);
    }
    let now_unix = match &case.validation_time {
        Some(t) => {
            match time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339) {
                Ok(t) => t.unix_timestamp(),
                Err(e) => return Outcome::Skipped(format!("unreadable validation_time: {e}")),
            }
        }
        None => ValidationOptions::client_now().now_unix,
    };
    let cfg = TrustStoreConfig {
        ca_bundle: format!("{}/trusted_certs", case.id).into(),
        crls: vec![],
        crl_refresh_seconds: None,
        insecure_allow_stale_crls: false,
        max_chain_depth: case.max_chain_depth.map(|d| d + LEAF_AND_ANCHOR),
        max_chain_bytes: Some(usize::MAX / 2),
    };
    let bundle = case.trusted_certs.concat();
    let crls: Vec<Vec<u8>> = case.crls.iter().map(|c| c.as_bytes().to_vec()).collect();
    let snapshot = match Snapshot::from_memory(&cfg, bundle.as_bytes(), &crls, 1) {
        Ok(s) => s,
        Err(e) => return Outcome::Rejected(format!("trust store refused: {e}")),
    };
    let mut chain = pem_certs(&case.peer_certificate);
    for inter in &case.untrusted_intermediates {
        chain.extend(pem_certs(inter));
    }
    let refs: Vec<&[u8]> = chain.iter().map(Vec::as_slice).collect();
    let opts = ValidationOptions {
        purpose: if case.validation_kind == "CLIENT" {
            Purpose::Client
        } else {
            Purpose::Server
        },
        ignore_leaf_expiry: false,
        now_unix,
    };
    let verdict = snapshot.validate(&refs, &opts);
    if !verdict.is_success() {
        return Outcome::Rejected(format!("{}: {}", verdict.status(), verdict.detail));
    }
    match names_match(&verdict, &peer_names(case)) {
        Ok(()) => Outcome::Accepted,
        Err(e) => Outcome::Rejected(format!("harness name check: {e}")),
    }
}

fn names_match(verdict: &Verdict, names: &[PeerName]) -> Result<(), String> {
    let Some(leaf) = &verdict.leaf else {
        return Err("no leaf".into());
    };
    let Ok((_, cert)) = x509_parser::certificate::X509Certificate::from_der(&leaf.der) else {
        return Err("leaf does not parse".into());
    };
    let sans: Vec<GeneralName<'_>> = match cert.subject_alternative_name() {
        Ok(Some(ext)) => ext.value.general_names.clone(),
        Ok(None) => vec![],
        Err(e) => return Err(format!("bad SAN: {e}")),
    };
    for name in names {
        let found = sans.iter().any(|san| match (name.kind.as_str(), san) {
            ("DNS", GeneralName::DNSName(d)) => dns_matches(d, &name.value),
            ("IP", GeneralName::IPAddress(b)) => ip_matches(b, &name.value),
            ("RFC822", GeneralName::RFC822Name(m)) => *m == name.value,
            _ => false,
        });
        if !found {
            return Err(format!("{} {} not in SAN", name.kind, name.value));
        }
    }
    Ok(())
}

fn dns_matches(pattern: &str, host: &str) -> bool {
    let (p, h) = (pattern.to_ascii_lowercase(), host.to_ascii_lowercase());
    match p.strip_prefix("*.") {
        Some(rest) => h
            .split_once('.')
            .is_some_and(|(first, tail)| !first.is_empty() && tail == rest),
        None => p == h,
    }
}

fn ip_matches(bytes: &[u8], text: &str) -> bool {
    match text.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => bytes == v4.octets(),
        Ok(std::net::IpAddr::V6(v6)) => bytes == v6.octets(),
        Err(_) => false,
    }
}

#[test]
fn every_x509_limbo_case_passes_or_is_a_listed_exception() {
    let Some(path) = suite_path() else {
        panic!("x509-limbo suite not found: set PORTCULLIS_LIMBO or provide ../shared/x509-limbo/limbo.json");
    };
    let suite: Suite = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let exceptions_path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/limbo-exceptions.toml");
    let exceptions: Exceptions =
        toml::from_str(&std::fs::read_to_string(&exceptions_path).unwrap()).unwrap();
    let mut known: BTreeMap<&str, &Exception> = BTreeMap::new();
    for e in &exceptions.exception {
        assert!(
            !e.reason.trim().is_empty(),
            "exception {} has no reason",
            e.id
        );
        assert!(
            known.insert(e.id.as_str(), e).is_none(),
            "exception {} listed twice",
            e.id
        );
    }
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let mut unexpected = Vec::new();
    for case in &suite.testcases {
        let outcome = run_case(case);
        let actual = match &outcome {
            Outcome::Skipped(reason) => {
                skipped += 1;
                println!("SKIP {}: {reason}", case.id);
                continue;
            }
            Outcome::Accepted => "SUCCESS",
            Outcome::Rejected(_) => "FAILURE",
        };
        let why = match &outcome {
            Outcome::Rejected(why) => why.as_str(),
            _ => "",
        };
        if actual == case.expected_result {
            passed += 1;
            if known.contains_key(case.id.as_str()) {
                unexpected.push(format!("{}: listed as exception but now passes", case.id));
            }
            continue;
        }
        failed += 1;
        match known.get(case.id.as_str()) {
            Some(e) if e.actual == actual => {
                println!("EXCEPTION {}: {actual} ({})", case.id, e.reason)
            }
            _ => unexpected.push(format!(
                "{}: expected {}, got {actual} {why}",
                case.id, case.expected_result
            )),
        }
    }
    // Written straight to stderr so that it shows even when output is captured.
    let summary = format!(
        "x509-limbo: {passed} passed, {failed} failed, {skipped} skipped ({} failures unexpected, the rest documented in tests/limbo-exceptions.toml)\n",
        unexpected.len()
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr(), summary.as_bytes());
    assert!(
        unexpected.is_empty(),
        "unexpected x509-limbo results:\n{}",
        unexpected.join("\n")
    );
}
