//! Rejection matrix: every verdict the validator can give, on PKIs generated in-process.

use std::path::{Path, PathBuf};

use portcullis::config::TrustStoreConfig;
use portcullis::pki::{Ca, CaSpec, DemoPki, Eku, KeyAlg, LeafSpec};
use portcullis::trust::{pem, Purpose, TrustStore, ValidationOptions, Verdict};
use time::{Duration, OffsetDateTime};

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

fn opts() -> ValidationOptions {
    ValidationOptions::client_now()
}

/// Root + intermediate (both in the store), CRLs for both.
struct Pki {
    root: Ca,
    inter: Ca,
    dir: tempfile::TempDir,
}

impl Pki {
    fn new() -> Pki {
        let root = Ca::root("Matrix Root", KeyAlg::EcdsaP256);
        let inter = root.intermediate("Matrix Intermediate", KeyAlg::EcdsaP256);
        Pki {
            root,
            inter,
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn config(&self, bundle: &str, crls: &[&str]) -> TrustStoreConfig {
        TrustStoreConfig {
            ca_bundle: self.write("bundle.pem", bundle),
            crls: crls
                .iter()
                .enumerate()
                .map(|(i, c)| self.write(&format!("crl{i}.pem"), c))
                .collect(),
            crl_refresh_seconds: None,
            insecure_allow_stale_crls: false,
            max_chain_depth: None,
            max_chain_bytes: None,
        }
    }

    fn store_with_crls(&self, inter_revoked: &[u64], root_revoked: &[u64]) -> TrustStore {
        let bundle = format!("{}{}", self.root.cert_pem(), self.inter.cert_pem());
        let crls = [
            self.root.crl_pem(
                root_revoked,
                now() - Duration::hours(1),
                now() + Duration::days(1),
            ),
            self.inter.crl_pem(
                inter_revoked,
                now() - Duration::hours(1),
                now() + Duration::days(1),
            ),
        ];
        TrustStore::load("matrix", &self.config(&bundle, &[&crls[0], &crls[1]])).unwrap()
    }

    fn store(&self) -> TrustStore {
        self.store_with_crls(&[], &[])
    }
}

fn check(store: &TrustStore, chain: &[&[u8]]) -> Verdict {
    store.current().validate(chain, &opts())
}

#[test]
fn serials_print_as_upper_case_hex_without_the_sign_byte() {
    let pki = Pki::new();
    let store = pki.store();
    for (serial, hex) in [
        (0x80_0a_ff, "800AFF"),
        (0x0102_0304_0506_0708, "0102030405060708"),
    ] {
        let leaf = pki.inter.issue(&LeafSpec::client("serial", serial));
        let verdict = check(&store, &[&leaf.cert_der]);
        assert_eq!(verdict.status(), "Success", "{}", verdict.detail);
        assert_eq!(verdict.leaf.unwrap().serial_hex, hex);
    }
}

#[test]
fn valid_leaf_is_accepted_with_and_without_the_intermediate_sent() {
    let pki = Pki::new();
    let store = pki.store();
    let leaf = pki.inter.issue(&LeafSpec::client("alice", 10));
    let inter = pki.inter.cert_der();
    let with = check(&store, &[&leaf.cert_der, &inter]);
    assert_eq!(with.status(), "Success", "{}", with.detail);
    let without = check(&store, &[&leaf.cert_der]);
    assert_eq!(without.status(), "Success", "{}", without.detail);
    let info = with.leaf.unwrap();
    assert_eq!(info.subject, "CN=alice");
    assert_eq!(info.issuer, "CN=Matrix Intermediate,O=Portcullis Test PKI");
    assert_eq!(info.serial_hex, "0A");
    assert_eq!(info.der, leaf.cert_der);
}

#[test]
fn leaf_under_an_intermediate_only_sent_by_the_client_is_accepted() {
    let pki = Pki::new();
    let store = TrustStore::load("root-only", &pki.config(&pki.root.cert_pem(), &[])).unwrap();
    let leaf = pki.inter.issue(&LeafSpec::client("bob", 11));
    let v = check(&store, &[&leaf.cert_der, &pki.inter.cert_der()]);
    assert_eq!(v.status(), "Success", "{}", v.detail);
    let alone = check(&store, &[&leaf.cert_der]);
    assert_eq!(alone.status(), "Failed:ClientCertUntrusted");
}

#[test]
fn expired_leaf_is_rejected_unless_expiry_is_ignored() {
    let pki = Pki::new();
    let store = pki.store();
    let mut spec = LeafSpec::client("old", 12);
    spec.not_before = now() - Duration::days(10);
    spec.not_after = now() - Duration::days(1);
    let leaf = pki.inter.issue(&spec);
    let v = check(&store, &[&leaf.cert_der]);
    assert_eq!(v.status(), "Failed:ClientCertExpired");
    assert_eq!(v.failed_cert, Some(0));
    assert_eq!(
        v.leaf.as_ref().unwrap().subject,
        "CN=old",
        "leaf info is filled on failure"
    );
    let mut ignore = opts();
    ignore.ignore_leaf_expiry = true;
    assert!(store
        .current()
        .validate(&[&leaf.cert_der], &ignore)
        .is_success());
}

#[test]
fn not_yet_valid_leaf_is_rejected() {
    let pki = Pki::new();
    let mut spec = LeafSpec::client("future", 13);
    spec.not_before = now() + Duration::days(1);
    let leaf = pki.inter.issue(&spec);
    assert_eq!(
        check(&pki.store(), &[&leaf.cert_der]).status(),
        "Failed:ClientCertNotYetValid"
    );
}

#[test]
fn expired_intermediate_is_not_excused_by_ignoring_leaf_expiry() {
    let pki = Pki::new();
    let mut spec = CaSpec::new("Old Intermediate", KeyAlg::EcdsaP256, 77);
    spec.not_before = now() - Duration::days(10);
    spec.not_after = now() - Duration::days(1);
    let old = pki.root.intermediate_with(&spec);
    let store = TrustStore::load("r", &pki.config(&pki.root.cert_pem(), &[])).unwrap();
    let leaf = old.issue(&LeafSpec::client("x", 14));
    let mut ignore = opts();
    ignore.ignore_leaf_expiry = true;
    let v = store
        .current()
        .validate(&[&leaf.cert_der, &old.cert_der()], &ignore);
    assert_eq!(v.status(), "Failed:ClientCertExpired");
    assert_eq!(v.failed_cert, Some(1));
}

#[test]
fn leaf_from_an_untrusted_root_is_rejected() {
    let pki = Pki::new();
    let other = Ca::root("Other Root", KeyAlg::EcdsaP256);
    let other_inter = other.intermediate("Other Intermediate", KeyAlg::EcdsaP256);
    let leaf = other_inter.issue(&LeafSpec::client("mallory", 15));
    let v = check(
        &pki.store(),
        &[&leaf.cert_der, &other_inter.cert_der(), &other.cert_der()],
    );
    assert_eq!(v.status(), "Failed:ClientCertUntrusted", "{}", v.detail);
}

#[test]
fn revoked_leaf_is_rejected_with_crl_hit() {
    let pki = Pki::new();
    let store = pki.store_with_crls(&[16], &[]);
    let leaf = pki.inter.issue(&LeafSpec::client("revoked", 16));
    let v = check(&store, &[&leaf.cert_der]);
    assert_eq!(v.status(), "Failed:ClientCertCrlHit");
    assert!(
        v.detail.contains("10"),
        "detail names the serial: {}",
        v.detail
    );
    let with_inter = check(&store, &[&leaf.cert_der, &pki.inter.cert_der()]);
    assert_eq!(
        with_inter.status(),
        "Failed:ClientCertCrlHit",
        "sending the intermediate must not route around the CRL"
    );
    let fine = pki.inter.issue(&LeafSpec::client("fine", 17));
    assert!(check(&store, &[&fine.cert_der]).is_success());
}

#[test]
fn revoked_intermediate_is_rejected_whether_stored_or_sent() {
    let pki = Pki::new();
    let store = pki.store_with_crls(&[], &[pki.inter.serial()]);
    let leaf = pki.inter.issue(&LeafSpec::client("under-revoked", 18));
    assert_eq!(
        check(&store, &[&leaf.cert_der]).status(),
        "Failed:ClientCertCrlHit"
    );
    let crl = pki.root.crl_pem(
        &[pki.inter.serial()],
        now() - Duration::hours(1),
        now() + Duration::days(1),
    );
    let root_only = TrustStore::load("r", &pki.config(&pki.root.cert_pem(), &[&crl])).unwrap();
    let v = check(&root_only, &[&leaf.cert_der, &pki.inter.cert_der()]);
    assert_eq!(v.status(), "Failed:ClientCertCrlHit");
    assert_eq!(v.failed_cert, Some(1));
}

#[test]
fn wrong_extended_key_usage_is_rejected_for_client_purpose_only() {
    let pki = Pki::new();
    let store = pki.store();
    let server = pki.inter.issue(&LeafSpec::server("srv.example", 19));
    assert_eq!(
        check(&store, &[&server.cert_der]).status(),
        "Failed:ClientCertPurposeInvalid"
    );
    let mut any = opts();
    any.purpose = Purpose::Server;
    assert!(store
        .current()
        .validate(&[&server.cert_der], &any)
        .is_success());
    let mut spec = LeafSpec::client("any-eku", 20);
    spec.eku = vec![Eku::Any];
    let anyeku = pki.inter.issue(&spec);
    assert!(check(&store, &[&anyeku.cert_der]).is_success());
}

#[test]
fn ca_certificate_used_as_leaf_is_rejected() {
    let pki = Pki::new();
    let sub = pki.inter.intermediate("Sub CA", KeyAlg::EcdsaP256);
    let v = check(&pki.store(), &[&sub.cert_der()]);
    assert_eq!(v.status(), "Failed:ClientCertPurposeInvalid");
}

#[test]
fn path_longer_than_the_maximum_depth_is_rejected() {
    let pki = Pki::new();
    let i2 = pki.inter.intermediate("I2", KeyAlg::EcdsaP256);
    let i3 = i2.intermediate("I3", KeyAlg::EcdsaP256);
    let leaf = i3.issue(&LeafSpec::client("deep", 21));
    let store = TrustStore::load("r", &pki.config(&pki.root.cert_pem(), &[])).unwrap();
    let chain = [
        leaf.cert_der.clone(),
        i3.cert_der(),
        i2.cert_der(),
        pki.inter.cert_der(),
    ];
    let refs: Vec<&[u8]> = chain.iter().map(Vec::as_slice).collect();
    let v = check(&store, &refs);
    assert_eq!(
        v.status(),
        "Failed:ClientCertMaxChainDepthExceeded",
        "{}",
        v.detail
    );
    let ok = check(
        &store,
        &[
            &i2.issue(&LeafSpec::client("ok", 22)).cert_der,
            &i2.cert_der(),
            &pki.inter.cert_der(),
        ],
    );
    assert!(ok.is_success(), "{}", ok.detail);
}

#[test]
fn leaf_with_a_bad_signature_is_rejected_as_invalid() {
    let pki = Pki::new();
    let mut der = pki.inter.issue(&LeafSpec::client("forged", 23)).cert_der;
    let last = der.len() - 1;
    der[last] ^= 0x01;
    let v = check(&pki.store(), &[&der]);
    assert_eq!(v.status(), "Failed:ClientCertInvalid", "{}", v.detail);
    assert_eq!(v.failed_cert, Some(0));
}

#[test]
fn stale_crl_fails_closed_unless_explicitly_allowed() {
    let pki = Pki::new();
    let bundle = format!("{}{}", pki.root.cert_pem(), pki.inter.cert_pem());
    let stale = pki
        .inter
        .crl_pem(&[], now() - Duration::days(10), now() - Duration::days(1));
    let mut cfg = pki.config(&bundle, &[&stale]);
    let leaf = pki.inter.issue(&LeafSpec::client("c", 24));
    let store = TrustStore::load("s", &cfg).unwrap();
    assert_eq!(
        check(&store, &[&leaf.cert_der]).status(),
        "Failed:ClientCertCrlProcessingError"
    );
    cfg.insecure_allow_stale_crls = true;
    let lax = TrustStore::load("s", &cfg).unwrap();
    assert!(check(&lax, &[&leaf.cert_der]).is_success());
}

#[test]
fn malformed_chain_bytes_are_rejected_as_invalid() {
    let pki = Pki::new();
    let store = pki.store();
    let snap = store.current();
    let leaf = pki.inter.issue(&LeafSpec::client("framed", 25));
    let framed = portcullis::trust::fuzz::frame(std::slice::from_ref(&leaf.cert_der));
    assert!(snap.validate_tls_chain(&framed, &opts()).is_success());
    let truncated = &framed[..framed.len() - 1];
    assert_eq!(
        snap.validate_tls_chain(truncated, &opts()).status(),
        "Failed:ClientCertInvalid"
    );
    assert_eq!(
        snap.validate_tls_chain(&[0, 0], &opts()).status(),
        "Failed:ClientCertInvalid"
    );
    let garbage = [0u8, 0, 3, 1, 2, 3];
    assert_eq!(
        snap.validate_tls_chain(&garbage, &opts()).status(),
        "Failed:ClientCertInvalid"
    );
    assert_eq!(
        snap.validate_tls_chain(&[], &opts()).status(),
        "Failed:UnmappedConnectionError"
    );
}

#[test]
fn oversized_chain_is_rejected_with_max_size_exceeded() {
    let pki = Pki::new();
    let mut cfg = pki.config(&pki.root.cert_pem(), &[]);
    cfg.max_chain_bytes = Some(100);
    let store = TrustStore::load("s", &cfg).unwrap();
    let leaf = pki.inter.issue(&LeafSpec::client("big", 26));
    assert_eq!(
        check(&store, &[&leaf.cert_der]).status(),
        "Failed:ClientCertMaxSizeExceeded"
    );
    // Leaf within the limit, leaf + intermediate over it: the leaf still shows in the verdict.
    cfg.max_chain_bytes = Some(leaf.cert_der.len() + 10);
    let store = TrustStore::load("s", &cfg).unwrap();
    let v = check(&store, &[&leaf.cert_der, &pki.inter.cert_der()]);
    assert_eq!(v.status(), "Failed:ClientCertMaxSizeExceeded");
    assert_eq!(v.leaf.unwrap().subject, "CN=big");
    // A long run of tiny framed entries is refused without splitting all of it.
    let tiny = [0u8, 0, 1, 0].repeat(100_000);
    let v = store.current().validate_tls_chain(&tiny, &opts());
    assert!(!v.is_success());
}

#[test]
fn rsa_and_p384_chains_are_accepted() {
    let root = Ca::root("RSA Root", KeyAlg::Rsa2048);
    let inter = root.intermediate("P384 Intermediate", KeyAlg::EcdsaP384);
    let mut spec = LeafSpec::client("rsa-leaf", 27);
    spec.alg = KeyAlg::Rsa2048;
    let leaf = inter.issue(&spec);
    let pki = Pki::new();
    let store = TrustStore::load("rsa", &pki.config(&root.cert_pem(), &[])).unwrap();
    let v = check(&store, &[&leaf.cert_der, &inter.cert_der()]);
    assert_eq!(v.status(), "Success", "{}", v.detail);
}

fn pem_chain(text: &str) -> Vec<Vec<u8>> {
    pem::parse(text.as_bytes())
        .unwrap()
        .into_iter()
        .map(|b| b.der)
        .collect()
}

fn demo_store(dir: &Path, pki: &DemoPki) -> TrustStore {
    let paths = pki.write_to(dir).unwrap();
    let cfg = TrustStoreConfig {
        ca_bundle: paths.ca_bundle,
        crls: paths.crls,
        crl_refresh_seconds: None,
        insecure_allow_stale_crls: false,
        max_chain_depth: None,
        max_chain_bytes: None,
    };
    TrustStore::load("demo", &cfg).unwrap()
}

#[test]
fn every_demo_client_gets_its_expected_verdict() {
    let pki = DemoPki::generate();
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path(), &pki);
    for client in &pki.clients {
        let chain = pem_chain(&client.chain_pem);
        let refs: Vec<&[u8]> = chain.iter().map(Vec::as_slice).collect();
        let v = check(&store, &refs);
        assert_eq!(
            v.status(),
            client.expected,
            "client {}: {}",
            client.label,
            v.detail
        );
    }
    let server = pem_chain(&pki.server_chain_pem);
    let mut srv = opts();
    srv.purpose = Purpose::Server;
    assert!(store
        .current()
        .validate(&[&server[0], &server[1]], &srv)
        .is_success());
}

#[test]
fn many_same_named_impostor_intermediates_are_refused_within_the_signature_budget() {
    let pki = Pki::new();
    let store = TrustStore::load("r", &pki.config(&pki.root.cert_pem(), &[])).unwrap();
    let leaf = pki.inter.issue(&LeafSpec::client("victim", 30));
    // Same subject as the real intermediate, different keys: none verifies the leaf.
    let impostors: Vec<Vec<u8>> = (0..15)
        .map(|_| {
            Ca::root("Matrix Root", KeyAlg::EcdsaP256)
                .intermediate("Matrix Intermediate", KeyAlg::EcdsaP256)
                .cert_der()
        })
        .collect();
    let mut chain: Vec<&[u8]> = vec![&leaf.cert_der];
    chain.extend(impostors.iter().map(Vec::as_slice));
    let v = check(&store, &chain);
    assert_eq!(v.status(), "Failed:ClientCertInvalid", "{}", v.detail);
    assert!(v.detail.contains("signature"), "{}", v.detail);
}

#[test]
fn same_named_cas_in_the_store_each_validate_their_own_leaves() {
    let old = Ca::root("Rollover Root", KeyAlg::EcdsaP256);
    let new = Ca::root("Rollover Root", KeyAlg::EcdsaP384);
    let pki = Pki::new();
    let bundle = format!("{}{}", old.cert_pem(), new.cert_pem());
    let store = TrustStore::load("rollover", &pki.config(&bundle, &[])).unwrap();
    for ca in [&old, &new] {
        let leaf = ca.issue(&LeafSpec::client("rolled", 31));
        let v = check(&store, &[&leaf.cert_der]);
        assert_eq!(v.status(), "Success", "{}", v.detail);
    }
}

#[test]
fn a_remembered_signature_skips_only_the_signature_check() {
    use portcullis::trust::sigmemo::{self, Counts};
    sigmemo::set_capacity(64);
    let pki = Pki::new();
    let store = pki.store();
    let leaf = pki.inter.issue(&LeafSpec::client("returning", 30));
    let chain: [&[u8]; 1] = [&leaf.cert_der];
    assert!(check(&store, &chain).is_success());
    assert!(check(&store, &chain).is_success());
    assert_eq!(sigmemo::take_counts(), Counts { hits: 1, misses: 1 });

    // The same certificate with another signature is checked, and fails.
    let mut forged = leaf.cert_der.clone();
    let last = forged.len() - 1;
    forged[last] ^= 0x01;
    let v = check(&store, &[&forged]);
    assert_eq!(v.status(), "Failed:ClientCertInvalid", "{}", v.detail);
    assert_eq!(sigmemo::take_counts(), Counts { hits: 0, misses: 1 });

    // Time, revocation and purpose are judged on every validation.
    let info = check(&store, &chain).leaf.unwrap();
    let mut later = opts();
    later.now_unix = info.not_after_unix + 1;
    let v = store.current().validate(&chain, &later);
    assert_eq!(v.status(), "Failed:ClientCertExpired");
    let revoking = pki.store_with_crls(&[30], &[]);
    let v = check(&revoking, &chain);
    assert_eq!(v.status(), "Failed:ClientCertCrlHit");
    let mut as_server = opts();
    as_server.purpose = Purpose::Server;
    let v = store.current().validate(&chain, &as_server);
    assert_eq!(v.status(), "Failed:ClientCertPurposeInvalid");
    let counts = sigmemo::take_counts();
    assert_eq!((counts.hits, counts.misses), (4, 0), "{counts:?}");

    // A CA of the same name with another key does not vouch for it.
    let impostor = Pki::new();
    let v = check(&impostor.store(), &chain);
    assert!(!v.is_success(), "{}", v.status());
    assert_eq!(sigmemo::take_counts().hits, 0);

    // Checks through an intermediate the client sent are remembered too; the
    // leaf's check under that intermediate's key is the one made above.
    let root_only = TrustStore::load("root-only", &pki.config(&pki.root.cert_pem(), &[])).unwrap();
    let sent: [&[u8]; 2] = [&leaf.cert_der, &pki.inter.cert_der()];
    assert!(check(&root_only, &sent).is_success());
    assert!(check(&root_only, &sent).is_success());
    assert_eq!(sigmemo::take_counts(), Counts { hits: 3, misses: 1 });
}
