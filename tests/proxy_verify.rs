//! Verify mode end to end: who gets in, what the target sees, what the log says.

mod common;
mod http_common;

use common::*;

const SPOOF: &str =
    "X-Amzn-Mtls-Clientcert-Subject: CN=admin\r\nx-amzn-mtls-clientcert-leaf: forged\r\n";

#[test]
fn a_valid_client_reaches_the_target_with_albs_identity_headers() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let addr = server.local_addrs()[0];
    let resp = client_rt(async {
        let mut s = handshake_as(&fx, addr, Some("valid"))
            .await
            .expect("handshake");
        let r = tls_request(&mut s, &get("/hello", SPOOF)).await;
        s.close().await;
        r
    })
    .expect("response");
    let lines = log_lines(&fx.log_path(), 1);
    server.shutdown();
    assert_eq!(resp.status, 200);
    let head = echoed_head(&resp);
    let h = |n: &str| header_in(&head, n).unwrap_or_else(|| panic!("{n} missing in {head}"));
    let subject = h("X-Amzn-Mtls-Clientcert-Subject");
    assert!(subject.starts_with("CN=valid.demo.client"), "{subject}");
    assert!(h("X-Amzn-Mtls-Clientcert-Issuer").contains("CN="));
    let serial = h("X-Amzn-Mtls-Clientcert-Serial-Number");
    assert!(
        serial
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase()),
        "{serial}"
    );
    let validity = h("X-Amzn-Mtls-Clientcert-Validity");
    assert!(
        validity.starts_with("NotBefore=") && validity.contains("Z;NotAfter="),
        "{validity}"
    );
    assert!(validity.ends_with('Z'));
    let leaf = h("X-Amzn-Mtls-Clientcert-Leaf");
    assert!(
        leaf.starts_with("-----BEGIN%20CERTIFICATE-----%0A"),
        "{leaf}"
    );
    assert!(leaf.ends_with("-----END%20CERTIFICATE-----%0A"));
    assert!(!leaf.contains(' ') && !leaf.contains('\n'));
    // Spoofed identity headers never reach the target: exactly one of each.
    assert_eq!(head.matches("CN=admin").count(), 0, "{head}");
    assert!(!head.contains("forged"), "{head}");
    assert_eq!(
        header_in(&head, "X-Forwarded-Proto").as_deref(),
        Some("https")
    );
    assert_eq!(
        header_in(&head, "X-Forwarded-Port"),
        Some(addr.port().to_string())
    );
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains(&format!("\"{subject}\"")), "{}", lines[0]);
    assert!(
        lines[0].contains(&format!(" {validity} {serial} Success TID_")),
        "{}",
        lines[0]
    );
}

#[test]
fn bad_clients_are_refused_and_logged_with_albs_reasons() {
    let fx = Fixture::new();
    let (target, stats) = http_common::start_echo();
    let server = start(&fx.config("verify", 2, target, ""));
    let addr = server.local_addrs()[0];
    let cases: Vec<(Option<&str>, &str)> = vec![
        (Some("expired"), "Failed:ClientCertExpired"),
        (Some("not-yet-valid"), "Failed:ClientCertNotYetValid"),
        (Some("revoked"), "Failed:ClientCertCrlHit"),
        (Some("wrong-eku"), "Failed:ClientCertPurposeInvalid"),
        (Some("untrusted"), "Failed:ClientCertUntrusted"),
        (None, "Failed:UnmappedConnectionError"),
    ];
    for (label, expected) in &cases {
        let got = client_rt(async {
            match handshake_as(&fx, addr, *label).await {
                // TLS 1.3: the client finishes its side, then sees EOF.
                Ok(mut s) => tls_request(&mut s, &get("/", "")).await,
                Err(_) => None,
            }
        });
        assert!(got.is_none(), "{label:?} was served: {got:?}");
        let lines = log_lines(&fx.log_path(), 1);
        let last = lines.last().cloned().unwrap_or_default();
        assert!(
            last.contains(&format!(" {expected} TID_")),
            "{label:?}: expected {expected}, log: {last}"
        );
        std::fs::write(fx.log_path(), "").unwrap();
    }
    server.shutdown();
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 0);
}

#[test]
fn ignoring_expiry_admits_an_expired_but_otherwise_valid_leaf() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let extra = "ignore_client_certificate_expiry = true";
    let server = start(&fx.config("verify", 1, target, extra));
    let addr = server.local_addrs()[0];
    let resp = client_rt(async {
        let mut s = handshake_as(&fx, addr, Some("expired")).await.ok()?;
        tls_request(&mut s, &get("/", "")).await
    });
    server.shutdown();
    assert_eq!(resp.map(|r| r.status), Some(200));
}

#[test]
fn passthrough_forwards_the_whole_chain_as_sent() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let server = start(&fx.config("passthrough", 1, target, ""));
    let addr = server.local_addrs()[0];
    let (with_cert, without) = client_rt(async {
        let mut s = handshake_as(&fx, addr, Some("untrusted")).await.unwrap();
        let a = tls_request(&mut s, &get("/", SPOOF)).await.unwrap();
        let mut s = handshake_as(&fx, addr, None).await.unwrap();
        let b = tls_request(&mut s, &get("/", "")).await.unwrap();
        (a, b)
    });
    server.shutdown();
    let head = echoed_head(&with_cert);
    let chain = header_in(&head, "X-Amzn-Mtls-Clientcert").expect("chain header");
    assert_eq!(
        chain.matches("-----BEGIN%20CERTIFICATE-----%0A").count(),
        2,
        "{chain}"
    );
    assert!(!head.contains("CN=admin") && !head.contains("forged"));
    assert!(header_in(&head, "X-Amzn-Mtls-Clientcert-Subject").is_none());
    assert_eq!(without.status, 200);
    assert!(header_in(&echoed_head(&without), "X-Amzn-Mtls-Clientcert").is_none());
}

#[test]
fn off_mode_does_not_request_a_client_certificate() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let server = start(&fx.config("off", 1, target, ""));
    let addr = server.local_addrs()[0];
    let resp = client_rt(async {
        let mut s = handshake_as(&fx, addr, Some("valid")).await.unwrap();
        // The server never asked, so the client sent nothing.
        assert!(!s.connection().client_cert_used());
        tls_request(&mut s, &get("/", "")).await
    });
    server.shutdown();
    let r = resp.unwrap();
    assert_eq!(r.status, 200);
    assert!(header_in(&echoed_head(&r), "X-Amzn-Mtls-Clientcert").is_none());
}

#[test]
fn several_shards_serve_concurrent_clients() {
    let fx = Fixture::new();
    let (target, stats) = http_common::start_echo();
    let server = start(&fx.config("verify", 2, target, ""));
    let addr = server.local_addrs()[0];
    let fx = std::sync::Arc::new(fx);
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let fx = fx.clone();
            std::thread::spawn(move || {
                client_rt(async {
                    for _ in 0..10 {
                        let mut s = handshake_as(&fx, addr, Some("valid")).await.unwrap();
                        let r = tls_request(&mut s, &get("/", "")).await.unwrap();
                        assert_eq!(r.status, 200);
                        s.close().await;
                    }
                })
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    server.shutdown();
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 40);
}
