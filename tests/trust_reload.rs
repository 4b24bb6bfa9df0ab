//! Loading errors name the file, position and problem; reloads swap or keep the snapshot.

use std::path::PathBuf;

use portcullis::config::TrustStoreConfig;
use portcullis::pki::{Ca, KeyAlg, LeafSpec};
use portcullis::trust::{TrustStore, ValidationOptions};
use time::{Duration, OffsetDateTime};

struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new() -> Files {
        Files {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn write(&self, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn config(&self, bundle: PathBuf, crls: Vec<PathBuf>) -> TrustStoreConfig {
        TrustStoreConfig {
            ca_bundle: bundle,
            crls,
            crl_refresh_seconds: None,
            insecure_allow_stale_crls: false,
            max_chain_depth: None,
            max_chain_bytes: None,
        }
    }
}

fn crl(ca: &Ca, revoked: &[u64]) -> String {
    let now = OffsetDateTime::now_utc();
    ca.crl_pem(revoked, now - Duration::hours(1), now + Duration::days(1))
}

fn load_err(cfg: &TrustStoreConfig) -> String {
    TrustStore::load("t", cfg).unwrap_err().to_string()
}

#[test]
fn non_ca_certificate_in_the_bundle_is_named_by_file_and_position() {
    let f = Files::new();
    let root = Ca::root("R", KeyAlg::EcdsaP256);
    let leaf = root.issue(&LeafSpec::client("not-a-ca", 1));
    let bundle = f.write(
        "bundle.pem",
        format!("# comment\n{}\n{}", root.cert_pem(), leaf.cert_pem),
    );
    let msg = load_err(&f.config(bundle, vec![]));
    assert!(msg.contains("bundle.pem"), "{msg}");
    assert!(msg.contains("certificate #2"), "{msg}");
    assert!(msg.contains("not a CA"), "{msg}");
}

#[test]
fn bad_base64_and_missing_files_are_reported() {
    let f = Files::new();
    let bundle = f.write(
        "b.pem",
        "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n",
    );
    let msg = load_err(&f.config(bundle, vec![]));
    assert!(msg.contains("b.pem") && msg.contains("base64"), "{msg}");
    let missing = f.dir.path().join("absent.pem");
    let msg = load_err(&f.config(missing, vec![]));
    assert!(
        msg.contains("absent.pem") && msg.contains("cannot read"),
        "{msg}"
    );
    let empty = f.write("empty.pem", "# nothing here\n");
    assert!(load_err(&f.config(empty, vec![])).contains("no CA certificate"));
}

#[test]
fn crl_from_an_issuer_outside_the_bundle_is_rejected() {
    let f = Files::new();
    let root = Ca::root("R", KeyAlg::EcdsaP256);
    let stranger = Ca::root("Stranger", KeyAlg::EcdsaP256);
    let bundle = f.write("bundle.pem", root.cert_pem());
    let crl_path = f.write("stranger.crl", crl(&stranger, &[1]));
    let msg = load_err(&f.config(bundle, vec![crl_path]));
    assert!(
        msg.contains("stranger.crl") && msg.contains("CRL #1"),
        "{msg}"
    );
    assert!(msg.contains("not in the CA bundle"), "{msg}");
}

#[test]
fn crl_with_a_bad_signature_is_rejected() {
    let f = Files::new();
    let root = Ca::root("Same Name", KeyAlg::EcdsaP256);
    let impostor = Ca::root("Same Name", KeyAlg::EcdsaP256);
    let bundle = f.write("bundle.pem", root.cert_pem());
    let crl_path = f.write("forged.crl", crl(&impostor, &[1]));
    let msg = load_err(&f.config(bundle, vec![crl_path]));
    assert!(
        msg.contains("forged.crl") && msg.contains("signature does not verify"),
        "{msg}"
    );
}

#[test]
fn der_crls_are_accepted_like_pem_ones() {
    let f = Files::new();
    let root = Ca::root("R", KeyAlg::EcdsaP384);
    let now = OffsetDateTime::now_utc();
    let der = root.crl_der(
        &[5, 6, 7],
        now - Duration::hours(1),
        now + Duration::days(1),
    );
    let cfg = f.config(
        f.write("b.pem", root.cert_pem()),
        vec![f.write("r.crl", der)],
    );
    let store = TrustStore::load("t", &cfg).unwrap();
    let summary = store.current().summary();
    assert_eq!(summary.crls.len(), 1);
    assert_eq!(summary.crls[0].entries, 3);
    assert_eq!(
        summary.ca_subjects,
        vec!["CN=R,O=Portcullis Test PKI".to_string()]
    );
    assert!(store.current().earliest_crl_next_update().is_some());
}

#[test]
fn good_reload_bumps_the_generation_and_applies_new_crls() {
    let f = Files::new();
    let root = Ca::root("R", KeyAlg::EcdsaP256);
    let leaf = root.issue(&LeafSpec::client("soon-revoked", 42));
    let bundle = f.write("bundle.pem", root.cert_pem());
    let crl_path = f.write("root.crl", crl(&root, &[]));
    let store = TrustStore::load("t", &f.config(bundle, vec![crl_path.clone()])).unwrap();
    let old = store.current();
    assert_eq!(old.generation, 1);
    let opts = ValidationOptions::client_now();
    assert!(old.validate(&[&leaf.cert_der], &opts).is_success());

    std::fs::write(&crl_path, crl(&root, &[42])).unwrap();
    assert_eq!(store.reload().unwrap(), 2);
    let new = store.current();
    assert_eq!(new.generation, 2);
    assert_eq!(
        new.validate(&[&leaf.cert_der], &opts).status(),
        "Failed:ClientCertCrlHit"
    );
    assert!(
        old.validate(&[&leaf.cert_der], &opts).is_success(),
        "a held snapshot does not change"
    );
}

#[test]
fn bad_reload_keeps_the_old_snapshot_and_says_why() {
    let f = Files::new();
    let root = Ca::root("R", KeyAlg::EcdsaP256);
    let bundle = f.write("bundle.pem", root.cert_pem());
    let store = TrustStore::load("t", &f.config(bundle.clone(), vec![])).unwrap();
    std::fs::write(&bundle, "-----BEGIN CERTIFICATE-----\nAAAA\n").unwrap();
    let err = store.reload().unwrap_err().to_string();
    assert!(
        err.contains("bundle.pem") && err.contains("not terminated"),
        "{err}"
    );
    assert_eq!(store.current().generation, 1);
    let leaf = root.issue(&LeafSpec::client("still-fine", 3));
    let opts = ValidationOptions::client_now();
    assert!(store
        .current()
        .validate(&[&leaf.cert_der], &opts)
        .is_success());
    std::fs::write(&bundle, root.cert_pem()).unwrap();
    assert_eq!(store.reload().unwrap(), 2);
}

#[test]
fn store_and_snapshot_are_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<TrustStore>();
    assert_send_sync::<portcullis::trust::Snapshot>();
}

#[test]
fn refresh_reloads_only_when_a_source_file_changed() {
    let f = Files::new();
    let root = Ca::root("R", KeyAlg::EcdsaP256);
    let bundle = f.write("bundle.pem", root.cert_pem());
    let crl_path = f.write("root.crl", crl(&root, &[]));
    let store = TrustStore::load("t", &f.config(bundle, vec![crl_path.clone()])).unwrap();
    assert_eq!(store.refresh_if_changed().unwrap(), None);
    // A different length is a change even within the file system's mtime granularity.
    std::fs::write(&crl_path, crl(&root, &[7, 8, 9])).unwrap();
    assert_eq!(store.refresh_if_changed().unwrap(), Some(2));
    assert_eq!(store.refresh_if_changed().unwrap(), None);
    assert_eq!(store.current().summary().crls[0].entries, 3);
}
