//! Trust-store benchmarks: validation vs one bare P-256 verify, CRL lookup at 500k entries, bulk load.
//!
//! Targets (issue 2): `trust/validate/leaf_under_stored_intermediate` (a
//! client new to the thread: no signature memo, no leaf cache) at most
//! 1.15× `trust/validate/bare_p256_verify`; `trust/crl_lookup/*` under 100 ns;
//! `trust/load/25_cas_500k_revoked` reports time; resident memory of one load
//! is measured in a fresh child process (the bench binary re-run as a probe)
//! and printed before the timing.

use std::hint::black_box;
use std::path::Path;
use std::sync::OnceLock;

use aws_lc_rs::signature::{ParsedPublicKey, ECDSA_P256_SHA256_ASN1};
use criterion::{criterion_group, Criterion};
use portcullis::config::TrustStoreConfig;
use portcullis::pki::{Ca, KeyAlg, LeafSpec};
use portcullis::trust::cert::Cert;
use portcullis::trust::{leafcache, sigmemo, Snapshot, ValidationOptions};
use time::{Duration, OffsetDateTime};

/// Revoked entries for the CRL benchmarks (ALB's per-store quota).
const REVOKED_ENTRIES: u64 = 500_000;
/// CAs in the load benchmark (one root, the rest intermediates under it).
const LOAD_CAS: usize = 25;

fn config(dir: &Path, bundle: &str, crls: &[Vec<u8>]) -> TrustStoreConfig {
    let bundle_path = dir.join("bundle.pem");
    std::fs::write(&bundle_path, bundle).unwrap();
    let crl_paths = crls
        .iter()
        .enumerate()
        .map(|(i, der)| {
            let p = dir.join(format!("{i}.crl"));
            std::fs::write(&p, der).unwrap();
            p
        })
        .collect();
    TrustStoreConfig {
        ca_bundle: bundle_path,
        crls: crl_paths,
        crl_refresh_seconds: None,
        insecure_allow_stale_crls: false,
        max_chain_depth: None,
        max_chain_bytes: None,
    }
}

fn crl(ca: &Ca, serials: &[u64]) -> Vec<u8> {
    let now = OffsetDateTime::now_utc();
    ca.crl_der(serials, now - Duration::hours(1), now + Duration::days(7))
}

fn bench_validate(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let root = Ca::root("Bench Root", KeyAlg::EcdsaP256);
    let inter = root.intermediate("Bench Intermediate", KeyAlg::EcdsaP256);
    let bundle = format!("{}{}", root.cert_pem(), inter.cert_pem());
    // A realistic store: both CAs have CRLs, so the lookups are on the path.
    let cfg = config(
        dir.path(),
        &bundle,
        &[crl(&root, &[1, 2, 3]), crl(&inter, &[4, 5, 6])],
    );
    let snapshot = Snapshot::load(&cfg, 1).unwrap();
    let leaf = inter
        .issue(&LeafSpec::client("bench.client", 1000))
        .cert_der;
    let opts = ValidationOptions::client_now();
    assert!(snapshot.validate(&[&leaf], &opts).is_success());

    let parsed = Cert::parse(&leaf).unwrap();
    let inter_cert = Cert::parse(&inter.cert_der()).unwrap();
    let key = ParsedPublicKey::new(&ECDSA_P256_SHA256_ASN1, &inter_cert.spki).unwrap();
    let inter_der = inter.cert_der();
    let mut framed = Vec::new();
    for der in [&leaf, &inter_der] {
        let len = der.len();
        framed.extend_from_slice(&[(len >> 16) as u8, (len >> 8) as u8, len as u8]);
        framed.extend_from_slice(der);
    }

    let mut g = c.benchmark_group("trust/validate");
    g.bench_function("bare_p256_verify", |b| {
        b.iter(|| {
            key.verify_sig(black_box(&parsed.tbs), black_box(&parsed.signature))
                .unwrap()
        })
    });
    // A client new to the thread: every validation parses the leaf and
    // verifies its signature.
    sigmemo::set_capacity(0);
    leafcache::set_capacity(0);
    g.bench_function("leaf_under_stored_intermediate", |b| {
        b.iter(|| snapshot.validate(black_box(&[leaf.as_slice()]), &opts))
    });
    g.bench_function("parse_leaf_only", |b| {
        b.iter(|| Cert::parse(black_box(&leaf)).unwrap())
    });
    // What a leaf-cache miss costs beyond the signature: the parse plus the
    // subject and serial as the log line and the identity headers print them.
    g.bench_function("parse_leaf_and_printed_fields", |b| {
        b.iter(|| leafcache::ParsedLeaf::parse(black_box(&leaf)).unwrap())
    });
    g.bench_function("tls_chain_leaf_plus_intermediate", |b| {
        b.iter(|| snapshot.validate_tls_chain(black_box(&framed), &opts))
    });
    // A returning client: the leaf found parsed and its signature check in
    // the thread's caches, as the proxy's shards keep them by default.
    sigmemo::set_capacity(sigmemo::DEFAULT_ENTRIES);
    leafcache::set_capacity(leafcache::DEFAULT_ENTRIES);
    g.bench_function("returning_leaf_under_stored_intermediate", |b| {
        b.iter(|| snapshot.validate(black_box(&[leaf.as_slice()]), &opts))
    });
    g.finish();
}

fn revoked_store(dir: &Path) -> (Snapshot, Ca) {
    let root = Ca::root("CRL Bench Root", KeyAlg::EcdsaP256);
    let serials: Vec<u64> = (1..=REVOKED_ENTRIES).map(|i| i * 7919).collect();
    let cfg = config(dir, &root.cert_pem(), &[crl(&root, &serials)]);
    (Snapshot::load(&cfg, 1).unwrap(), root)
}

/// The 500k-entry store is expensive to build; only build it when a CRL benchmark is selected.
fn crl_fixture() -> &'static (Snapshot, Vec<u8>) {
    static FIXTURE: OnceLock<(Snapshot, Vec<u8>)> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let (snapshot, root) = revoked_store(dir.path());
        (snapshot, Cert::parse(&root.cert_der()).unwrap().subject)
    })
}

fn bench_crl_lookup(c: &mut Criterion) {
    let hit = (250_000u64 * 7919).to_be_bytes();
    let miss = (250_000u64 * 7919 + 1).to_be_bytes();
    let mut g = c.benchmark_group("trust/crl_lookup");
    g.bench_function("500k_entries_hit", |b| {
        let (snapshot, subject) = crl_fixture();
        assert!(snapshot.is_revoked(subject, &hit));
        b.iter(|| snapshot.is_revoked(black_box(subject), black_box(&hit)))
    });
    g.bench_function("500k_entries_miss", |b| {
        let (snapshot, subject) = crl_fixture();
        assert!(!snapshot.is_revoked(subject, &miss));
        b.iter(|| snapshot.is_revoked(black_box(subject), black_box(&miss)))
    });
    g.finish();
}

fn proc_status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Environment variable that turns the bench binary into the memory probe.
const MEMORY_PROBE_ENV: &str = "PORTCULLIS_BENCH_LOAD_DIR";

/// In a fresh process: load the store in `dir` once and report resident memory.
fn memory_probe(dir: &Path, crl_files: usize) {
    let cfg = TrustStoreConfig {
        ca_bundle: dir.join("bundle.pem"),
        crls: (0..crl_files)
            .map(|i| dir.join(format!("{i}.crl")))
            .collect(),
        crl_refresh_seconds: None,
        insecure_allow_stale_crls: false,
        max_chain_depth: None,
        max_chain_bytes: None,
    };
    let before = proc_status_kib("VmRSS:");
    let snapshot = Snapshot::load(&cfg, 1).unwrap();
    let after = proc_status_kib("VmRSS:");
    let peak = proc_status_kib("VmHWM:");
    let entries: usize = snapshot.summary().crls.iter().map(|c| c.entries).sum();
    println!(
        "trust/load memory: {} CAs, {entries} revoked entries: resident +{} KiB held by the snapshot, peak resident {} KiB (process started at {before} KiB)",
        snapshot.ca_subjects_der().count(),
        after.saturating_sub(before),
        peak
    );
}

fn load_fixture(dir: &Path) -> TrustStoreConfig {
    let root = Ca::root("Load Root", KeyAlg::EcdsaP256);
    let inters: Vec<Ca> = (1..LOAD_CAS)
        .map(|i| root.intermediate(&format!("Load Intermediate {i}"), KeyAlg::EcdsaP256))
        .collect();
    let mut bundle = root.cert_pem();
    let per_ca = REVOKED_ENTRIES / LOAD_CAS as u64;
    let mut crls = vec![crl(&root, &(1..=per_ca).collect::<Vec<_>>())];
    for (i, ca) in inters.iter().enumerate() {
        bundle.push_str(&ca.cert_pem());
        let base = (i as u64 + 1) * 1_000_000;
        crls.push(crl(ca, &(base..base + per_ca).collect::<Vec<_>>()));
    }
    config(dir, &bundle, &crls)
}

fn bench_load(c: &mut Criterion) {
    let mut g = c.benchmark_group("trust/load");
    g.sample_size(10);
    // Criterion calls the closure several times; build the files and probe once.
    let fixture: OnceLock<(tempfile::TempDir, TrustStoreConfig)> = OnceLock::new();
    g.bench_function("25_cas_500k_revoked", |b| {
        let (_, cfg) = fixture.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let cfg = load_fixture(dir.path());
            let probe = std::process::Command::new(std::env::current_exe().unwrap())
                .env(MEMORY_PROBE_ENV, dir.path())
                .env("PORTCULLIS_BENCH_CRL_FILES", cfg.crls.len().to_string())
                .output()
                .unwrap();
            eprint!("{}", String::from_utf8_lossy(&probe.stdout));
            (dir, cfg)
        });
        b.iter(|| Snapshot::load(cfg, 1).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench_validate, bench_crl_lookup, bench_load);

fn main() {
    if let Some(dir) = std::env::var_os(MEMORY_PROBE_ENV) {
        let files = std::env::var("PORTCULLIS_BENCH_CRL_FILES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        memory_probe(Path::new(&dir), files);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
