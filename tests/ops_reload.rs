//! CRL rotation under load: reloads (good and broken) fail no valid handshake, and verdicts follow the new CRL.

mod common;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::*;
use portcullis::shard::control::CrlWatch;

/// Serial of the demo client the initial intermediate CRL revokes (`revoked`).
const DEMO_REVOKED_SERIAL: u64 = 4;
/// Serial of the extra client the rotations revoke and un-revoke.
const ROTATED_SERIAL: u64 = 100;
/// Client threads looping valid handshakes during the reloads.
const LOAD_THREADS: usize = 3;

/// What the load threads saw.
#[derive(Default)]
struct Load {
    ok: AtomicUsize,
    failed: AtomicUsize,
}

/// Starts threads that loop handshake + request as `valid` until `stop`.
fn start_load(
    fx: &Arc<Fixture>,
    addr: SocketAddr,
    stop: &Arc<AtomicBool>,
    load: &Arc<Load>,
) -> Vec<std::thread::JoinHandle<()>> {
    (0..LOAD_THREADS)
        .map(|_| {
            let (fx, stop, load) = (fx.clone(), stop.clone(), load.clone());
            std::thread::spawn(move || {
                client_rt(async {
                    while !stop.load(Ordering::SeqCst) {
                        match one_request(&fx, addr, "valid", "/").await {
                            Some(200) => load.ok.fetch_add(1, Ordering::SeqCst),
                            _ => load.failed.fetch_add(1, Ordering::SeqCst),
                        };
                    }
                })
            })
        })
        .collect()
}

/// One request presenting `chain`/`key`: the status, or `None` when refused.
fn request_with(fx: &Fixture, addr: SocketAddr, chain: &[u8], key: &[u8]) -> Option<u16> {
    client_rt(async {
        let mut s = handshake_with(fx, addr, chain, key).await.ok()?;
        let r = tls_request(&mut s, &get("/", "")).await;
        s.close().await;
        r.map(|r| r.status)
    })
}

#[test]
fn rotating_crls_under_load_fails_no_valid_handshake_and_applies_the_new_crl() {
    let fx = Arc::new(Fixture::new());
    let (target, _) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.shards = 2;
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    let (chain, key) = fx.issue_client("rotated.demo.client", ROTATED_SERIAL);
    assert_eq!(request_with(&fx, addr, &chain, &key), Some(200));

    let stop = Arc::new(AtomicBool::new(false));
    let load = Arc::new(Load::default());
    let threads = start_load(&fx, addr, &stop, &load);
    for round in 0..4 {
        let revoked = round % 2 == 0;
        let serials: &[u64] = if revoked {
            &[DEMO_REVOKED_SERIAL, ROTATED_SERIAL]
        } else {
            &[DEMO_REVOKED_SERIAL]
        };
        fx.write_intermediate_crl(serials);
        server.shared().reload().expect("reload with a good CRL");
        let want = if revoked { None } else { Some(200) };
        assert_eq!(request_with(&fx, addr, &chain, &key), want, "round {round}");
    }
    // A broken CRL: the reload fails, says so in metrics, and the previous
    // snapshot (which admits the rotated client) stays in force.
    fx.replace_intermediate_crl(
        b"-----BEGIN X509 CRL-----\nbm90IGEgQ1JM\n-----END X509 CRL-----\n",
    );
    let err = server
        .shared()
        .reload()
        .expect_err("a broken CRL must fail the reload");
    assert!(err.contains("corp"), "{err}");
    let m = metrics_text(&server);
    let failures = "portcullis_trust_store_reload_failures_total{trust_store=\"corp\"}";
    assert_eq!(metric(&m, failures), Some(1.0), "{m}");
    assert_eq!(request_with(&fx, addr, &chain, &key), Some(200));
    // Now revoke only the rotated client: it is refused, the demo "revoked" one is admitted.
    fx.write_intermediate_crl(&[ROTATED_SERIAL]);
    server
        .shared()
        .reload()
        .expect("reload after fixing the CRL");
    assert_eq!(request_with(&fx, addr, &chain, &key), None);
    assert_eq!(client_rt(one_request(&fx, addr, "revoked", "/")), Some(200));
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, Ordering::SeqCst);
    for t in threads {
        t.join().unwrap();
    }
    let m = metrics_text(&server);
    server.shutdown();
    // The log is complete once the server is shut down; the rotated client's
    // last line is its refusal.
    let text = std::fs::read_to_string(fx.log_path()).unwrap();
    let rotated: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("\"CN=rotated.demo.client\""))
        .collect();
    let last = rotated.last().expect("no log line for the rotated client");
    assert!(last.contains(" Failed:ClientCertCrlHit TID_"), "{last}");
    let refusals = rotated
        .iter()
        .filter(|l| l.contains(" Failed:ClientCertCrlHit "))
        .count();
    // Revoked in rounds 0 and 2 and at the end.
    assert_eq!(refusals, 3, "{rotated:#?}");
    assert_eq!(
        load.failed.load(Ordering::SeqCst),
        0,
        "valid handshakes failed during reloads"
    );
    assert!(load.ok.load(Ordering::SeqCst) > 0);
    // Initial load is generation 1; five good reloads later, generation 6.
    assert_eq!(
        metric(
            &m,
            "portcullis_trust_store_generation{trust_store=\"corp\"}"
        ),
        Some(6.0),
        "{m}"
    );
    assert_eq!(metric(&m, failures), Some(1.0));
}

#[test]
fn crl_refresh_seconds_picks_up_a_changed_crl_file() {
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.trust_extra = "crl_refresh_seconds = 1".into();
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    let (chain, key) = fx.issue_client("rotated.demo.client", ROTATED_SERIAL);
    assert_eq!(request_with(&fx, addr, &chain, &key), Some(200));
    let stop = Arc::new(AtomicBool::new(false));
    let watcher = {
        let (shared, stop) = (server.shared().clone(), stop.clone());
        // The baseline is taken before the file changes.
        let mut watch = CrlWatch::new(&shared);
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                watch.tick(&shared);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    fx.write_intermediate_crl(&[DEMO_REVOKED_SERIAL, ROTATED_SERIAL]);
    let picked_up = eventually(Duration::from_secs(20), || {
        request_with(&fx, addr, &chain, &key).is_none()
    });
    stop.store(true, Ordering::SeqCst);
    watcher.join().unwrap();
    let m = metrics_text(&server);
    server.shutdown();
    assert!(picked_up, "the changed CRL was never applied");
    assert_eq!(
        metric(
            &m,
            "portcullis_trust_store_generation{trust_store=\"corp\"}"
        ),
        Some(2.0),
        "{m}"
    );
}

#[test]
fn an_unchanged_crl_file_is_not_reloaded_by_the_watch() {
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.trust_extra = "crl_refresh_seconds = 1".into();
    let server = start(&fx.ops_config(&o));
    let mut watch = CrlWatch::new(server.shared());
    for _ in 0..25 {
        watch.tick(server.shared());
        std::thread::sleep(Duration::from_millis(100));
    }
    let m = metrics_text(&server);
    server.shutdown();
    assert_eq!(
        metric(
            &m,
            "portcullis_trust_store_generation{trust_store=\"corp\"}"
        ),
        Some(1.0),
        "{m}"
    );
}

/// Serial of the server leaf the peer presented on `s`.
fn server_serial(s: &portcullis::tls::TlsStream) -> Vec<u8> {
    let chain = s
        .connection()
        .expect("live")
        .peer_cert_chain()
        .expect("server chain");
    let leaf = chain.iter().next().expect("a leaf").expect("leaf");
    let der = leaf.der().expect("leaf DER").to_vec();
    let (_, cert) = x509_parser::parse_x509_certificate(&der).expect("parse leaf");
    cert.raw_serial().to_vec()
}

#[test]
fn a_reload_rotates_the_server_certificate_without_dropping_established_connections() {
    const NEW_SERVER_SERIAL: u64 = 77;
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let server = start(&fx.ops_config(&OpsConfig::new(target)));
    let addr = server.local_addrs()[0];
    let mut spec = portcullis::pki::LeafSpec::server("localhost", NEW_SERVER_SERIAL);
    spec.dns_names.push("127.0.0.1".to_string());
    let leaf = fx.pki.intermediate.issue(&spec);
    let chain = format!("{}{}", leaf.cert_pem, fx.pki.intermediate.cert_pem());
    let (before, after, old_conn, broken) = client_rt(async {
        let mut old = handshake_as(&fx, addr, Some("valid")).await.unwrap();
        let before = server_serial(&old);
        std::fs::write(&fx.paths.server_chain, &chain).unwrap();
        std::fs::write(&fx.paths.server_key, &leaf.key_pem).unwrap();
        server
            .shared()
            .reload()
            .expect("reload with a new server certificate");
        let mut new = handshake_as(&fx, addr, Some("valid")).await.unwrap();
        let after = server_serial(&new);
        assert_eq!(
            tls_request(&mut new, &get("/", "")).await.map(|r| r.status),
            Some(200)
        );
        // The connection made before the reload still works.
        let old_conn = tls_request(&mut old, &get("/", "")).await.map(|r| r.status);
        // A broken key fails the reload and keeps the new certificate in force.
        std::fs::write(&fx.paths.server_key, "not a key").unwrap();
        assert!(server.shared().reload().is_err());
        let s = handshake_as(&fx, addr, Some("valid")).await.unwrap();
        (before, after, old_conn, server_serial(&s))
    });
    server.shutdown();
    assert_ne!(before, after);
    assert_eq!(after, vec![NEW_SERVER_SERIAL as u8]);
    assert_eq!(old_conn, Some(200));
    assert_eq!(broken, after);
}

#[test]
fn a_broken_server_certificate_does_not_hold_back_a_crl_rotation() {
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let server = start(&fx.ops_config(&OpsConfig::new(target)));
    let addr = server.local_addrs()[0];
    let (chain, key) = fx.issue_client("rotated.demo.client", ROTATED_SERIAL);
    assert_eq!(request_with(&fx, addr, &chain, &key), Some(200));
    // Both change at once: the key file is broken, the CRL revokes the rotated client.
    std::fs::write(&fx.paths.server_key, "not a key").unwrap();
    fx.write_intermediate_crl(&[DEMO_REVOKED_SERIAL, ROTATED_SERIAL]);
    let err = server
        .shared()
        .reload()
        .expect_err("the broken key fails the reload");
    assert!(err.contains("test"), "the error names the listener: {err}");
    // The old certificate still serves, and the new CRL is in force.
    assert_eq!(client_rt(one_request(&fx, addr, "valid", "/")), Some(200));
    assert_eq!(request_with(&fx, addr, &chain, &key), None);
    server.shutdown();
    let log = std::fs::read_to_string(fx.log_path()).unwrap();
    let last = log.lines().last().unwrap_or_default().to_string();
    assert!(
        last.contains("CN=rotated.demo.client") && last.contains(" Failed:ClientCertCrlHit "),
        "{last}"
    );
}
