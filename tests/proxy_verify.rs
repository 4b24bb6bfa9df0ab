//! Verify mode end to end: who gets in, what the target sees, what the log says.

mod common;
mod http_common;

use common::*;
use std::time::Duration;

const SPOOF: &str =
    "X-Amzn-Mtls-Clientcert-Subject: CN=admin\r\nx-amzn-mtls-clientcert-leaf: forged\r\n";

/// Waits for the connection log's line, asserts that the last one carries
/// `verdict` (`Success` or `Failed:<reason>`), then empties the log for the
/// next case.
fn expect_verdict_then_clear_log(fx: &Fixture, verdict: &str, case: &str) {
    let lines = log_lines(&fx.log_path(), 1);
    let last = lines.last().cloned().unwrap_or_default();
    assert!(
        last.contains(&format!(" {verdict} TID_")),
        "{case}: expected {verdict}, log: {last}"
    );
    std::fs::write(fx.log_path(), "").unwrap();
}

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
        expect_verdict_then_clear_log(&fx, expected, &format!("{label:?}"));
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
        assert!(!s.connection().expect("live").client_cert_used());
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

#[test]
fn an_idle_connection_is_parked_and_woken_without_the_client_noticing() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let addr = server.local_addrs()[0];
    let parked = || {
        metric(
            &metrics_text(&server),
            "portcullis_tls_sessions_parked{shard=\"0\"}",
        )
    };
    let wakes = || metric(&metrics_text(&server), "portcullis_tls_session_wakes_total");
    client_rt(async {
        let mut s = handshake_as(&fx, addr, Some("valid"))
            .await
            .expect("handshake");
        for round in 0..3 {
            if round == 1 {
                // A client key update before parking: the parked
                // state carries the updated traffic secrets.
                s.connection_mut()
                    .unwrap()
                    .request_key_update(s2n_tls::enums::PeerKeyUpdate::KeyUpdateNotRequested)
                    .unwrap();
                let r = tls_request(&mut s, &get("/", "")).await.unwrap();
                assert_eq!(r.status, 200);
            }
            // Idle past the park delay: the server parks the session...
            monoio::time::sleep(Duration::from_millis(700)).await;
            assert_eq!(parked(), Some(1.0), "round {round}");
            // ...and the next request wakes it, with the identity intact and
            // the record sequence numbers where they were.
            let mut post =
                b"POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 50000\r\n\r\n".to_vec();
            post.extend(std::iter::repeat_n(b'p', 50_000));
            let r = tls_request(&mut s, &post)
                .await
                .expect("response after park");
            assert_eq!(r.status, 200);
            let head = echoed_head(&r);
            let subject = header_in(&head, "X-Amzn-Mtls-Clientcert-Subject").unwrap();
            assert!(subject.starts_with("CN=valid.demo.client"), "{subject}");
            assert!(r.body.ends_with(&[b'p'; 1000]));
            let big = tls_request(&mut s, &get("/big/100000", "")).await.unwrap();
            assert_eq!(big.body.len(), 100_000);
            assert_eq!(wakes(), Some(f64::from(round + 1)));
        }
        s.close().await;
    });
    assert!(eventually(Duration::from_secs(5), || parked() == Some(0.0)));
    server.shutdown();
}

#[test]
fn a_hundred_parked_connections_wake_at_once() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let addr = server.local_addrs()[0];
    const N: usize = 100;
    let parked = || {
        metric(
            &metrics_text(&server),
            "portcullis_tls_sessions_parked{shard=\"0\"}",
        )
    };
    // One client runtime throughout: monoio's epoll driver ties a socket to
    // the runtime that registered it.
    let ok = client_rt(async {
        let mut streams = Vec::new();
        for _ in 0..N {
            let mut s = handshake_as(&fx, addr, Some("valid"))
                .await
                .expect("handshake");
            let r = tls_request(&mut s, &get("/first", ""))
                .await
                .expect("first response");
            assert_eq!(r.status, 200);
            streams.push(s);
        }
        // The proxy runs on its own threads; blocking this one is fine.
        assert!(
            eventually(Duration::from_secs(5), || parked() == Some(N as f64)),
            "parked: {:?}",
            parked()
        );
        let tasks: Vec<_> = streams
            .drain(..)
            .map(|mut s| {
                monoio::spawn(async move {
                    let r = tls_request(&mut s, &get("/again", "")).await;
                    s.close().await;
                    r.map(|r| r.status)
                })
            })
            .collect();
        let mut ok = 0;
        for t in tasks {
            if t.await == Some(200) {
                ok += 1;
            }
        }
        ok
    });
    let wakes = metric(&metrics_text(&server), "portcullis_tls_session_wakes_total");
    server.shutdown();
    assert_eq!(ok, N);
    assert_eq!(wakes, Some(N as f64));
}

/// A loopback relay in front of `upstream` for one connection. Once `split`
/// is set, it sends the next chunk from the client in two halves with
/// `pause` between them (the server then holds part of a TLS record).
fn start_splitting_relay(
    upstream: std::net::SocketAddr,
    split: std::sync::Arc<std::sync::atomic::AtomicBool>,
    pause: Duration,
) -> std::net::SocketAddr {
    use std::io::{Read, Write};
    use std::sync::atomic::Ordering;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let Ok((mut down, _)) = listener.accept() else {
            return;
        };
        let mut up = std::net::TcpStream::connect(upstream).unwrap();
        let _ = down.set_nodelay(true);
        let _ = up.set_nodelay(true);
        let (mut up_r, mut down_w) = (up.try_clone().unwrap(), down.try_clone().unwrap());
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut up_r, &mut down_w);
            let _ = down_w.shutdown(std::net::Shutdown::Write);
        });
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = match down.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let sent = if n > 1 && split.swap(false, Ordering::SeqCst) {
                up.write_all(&buf[..n / 2]).is_ok() && {
                    std::thread::sleep(pause);
                    up.write_all(&buf[n / 2..n]).is_ok()
                }
            } else {
                up.write_all(&buf[..n]).is_ok()
            };
            if !sent {
                break;
            }
        }
        let _ = up.shutdown(std::net::Shutdown::Write);
    });
    addr
}

#[test]
fn a_connection_idle_in_the_middle_of_a_record_stays_live_and_is_served() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let split = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let relay = start_splitting_relay(
        server.local_addrs()[0],
        split.clone(),
        Duration::from_millis(800),
    );
    let parks = || metric(&metrics_text(&server), "portcullis_tls_session_parks_total");
    let status = client_rt(async {
        let mut s = handshake_as(&fx, relay, Some("valid"))
            .await
            .expect("handshake");
        assert_eq!(
            tls_request(&mut s, &get("/one", "")).await.unwrap().status,
            200
        );
        monoio::time::sleep(Duration::from_millis(700)).await;
        assert_eq!(parks(), Some(1.0), "idle at a record boundary: parked");
        // Half a record wakes the session; the pause that follows is idle
        // time, but s2n holds a partial record, so the session must stay
        // live (not parked) until the rest arrives.
        split.store(true, std::sync::atomic::Ordering::SeqCst);
        let sent = std::time::Instant::now();
        let r = tls_request(&mut s, &get("/two", ""))
            .await
            .map(|r| r.status);
        // The relay really held the second half back.
        assert!(sent.elapsed() >= Duration::from_millis(700));
        s.close().await;
        r
    });
    let parks_after = parks();
    server.shutdown();
    assert_eq!(status, Some(200));
    assert_eq!(
        parks_after,
        Some(1.0),
        "no park with half a record buffered"
    );
}

#[test]
fn a_returning_client_is_verified_from_the_shards_signature_memo() {
    let fx = Fixture::new();
    let (target, stats) = http_common::start_echo();
    let default = portcullis::trust::sigmemo::DEFAULT_ENTRIES;
    // (memo capacity, expected hits, expected public-key checks) for three
    // connections with the same valid certificate (one check each: the leaf
    // under the stored intermediate), then one with a revoked one (three:
    // the leaf under the stored intermediate, and when that path is refused,
    // the leaf under the intermediate it sent, which is the same check, and
    // that intermediate under the root).
    for (entries, hits, misses) in [(default, 3.0, 3.0), (0, 0.0, 6.0)] {
        let mut cfg = fx.config("verify", 1, target, "");
        cfg.runtime.signature_cache_entries = entries;
        let server = start(&cfg);
        let addr = server.local_addrs()[0];
        client_rt(async {
            for _ in 0..3 {
                let mut s = handshake_as(&fx, addr, Some("valid")).await.unwrap();
                let r = tls_request(&mut s, &get("/", "")).await.unwrap();
                assert_eq!(r.status, 200);
                s.close().await;
            }
            // A refused client is still refused with the memo warm.
            let refused = match handshake_as(&fx, addr, Some("revoked")).await {
                Ok(mut s) => tls_request(&mut s, &get("/", "")).await,
                Err(_) => None,
            };
            assert!(refused.is_none(), "the revoked client was served");
        });
        let text = metrics_text(&server);
        server.shutdown();
        let series = |name| metric(&text, name).unwrap_or(-1.0);
        let hit = series("portcullis_signature_cache_hits_total");
        let miss = series("portcullis_signature_cache_misses_total");
        assert_eq!((hit, miss), (hits, misses), "capacity {entries}");
        // The leaf cache (default capacity) parses the valid leaf once; the
        // revoked one is parsed and, refused, not kept.
        let leaf_hits = series("portcullis_certificate_cache_hits_total");
        let leaf_misses = series("portcullis_certificate_cache_misses_total");
        assert_eq!((leaf_hits, leaf_misses), (2.0, 2.0));
    }
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 6);
}

/// A loopback relay in front of `upstream` for one connection that counts
/// the bytes the server sends after the last thing the relay forwarded from
/// the client (returned once the server has closed). The client's FIN is
/// forwarded only with `forward_fin`; otherwise the server has to close on
/// its own.
fn start_counting_relay(
    upstream: std::net::SocketAddr,
    forward_fin: bool,
) -> (std::net::SocketAddr, std::sync::mpsc::Receiver<usize>) {
    use std::io::{Read, Write};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let Ok((mut down, _)) = listener.accept() else {
            return;
        };
        let mut up = std::net::TcpStream::connect(upstream).unwrap();
        let (mut up_r, mut down_w) = (up.try_clone().unwrap(), down.try_clone().unwrap());
        // Bytes from the server so far, and that count when the relay last
        // forwarded something from the client: marked before forwarding, so
        // whatever the server answers with comes after the mark.
        let (total, mark) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let (total_r, mark_r) = (total.clone(), mark.clone());
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = match up_r.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                total_r.fetch_add(n, Ordering::SeqCst);
                let _ = down_w.write_all(&buf[..n]);
            }
            let after = total_r.load(Ordering::SeqCst) - mark_r.load(Ordering::SeqCst);
            let _ = tx.send(after);
        });
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = match down.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            mark.store(total.load(Ordering::SeqCst), Ordering::SeqCst);
            if up.write_all(&buf[..n]).is_err() {
                return;
            }
        }
        if forward_fin {
            mark.store(total.load(Ordering::SeqCst), Ordering::SeqCst);
            let _ = up.shutdown(std::net::Shutdown::Write);
        }
    });
    (addr, rx)
}

#[test]
fn close_notify_answers_close_notify_and_a_bare_fin_gets_a_bare_fin() {
    let fx = Fixture::new();
    let (target, _) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let wakes = || metric(&metrics_text(&server), "portcullis_tls_session_wakes_total");
    for send_close_notify in [true, false] {
        // After a close_notify the server closes by itself: the relay keeps
        // the client's FIN, so the count is the answer to the close_notify.
        let (relay, after_client_end) =
            start_counting_relay(server.local_addrs()[0], !send_close_notify);
        client_rt(async {
            let mut s = handshake_as(&fx, relay, Some("valid"))
                .await
                .expect("handshake");
            let r = tls_request(&mut s, &get("/", "")).await.unwrap();
            assert_eq!(r.status, 200);
            // Idle past the park delay, so the session is parked when the
            // client ends.
            monoio::time::sleep(Duration::from_millis(700)).await;
            if send_close_notify {
                s.close().await;
            }
            // Dropping the stream closes the socket: a bare FIN when
            // close() was not called.
        });
        let after = after_client_end
            .recv_timeout(Duration::from_secs(5))
            .expect("the server closed");
        if send_close_notify {
            // One encrypted alert record: header, alert, content type, tag.
            assert_eq!(after, 5 + 2 + 1 + 16, "close_notify answered");
            assert_eq!(wakes(), Some(1.0), "woken to answer close_notify");
        } else {
            assert_eq!(after, 0, "nothing but a FIN after a bare FIN");
            assert_eq!(wakes(), Some(1.0), "not woken for a bare FIN");
        }
    }
    server.shutdown();
}

/// The client certificate a rustls client presents, whatever the server
/// asks for. Built with `CertifiedKey::new`, which (unlike rustls's
/// `with_client_auth_cert`) does not check that the key is the leaf's.
#[derive(Debug)]
struct Presents(std::sync::Arc<rustls::sign::CertifiedKey>);

impl rustls::client::ResolvesClientCert for Presents {
    fn resolve(
        &self,
        _root_hint_subjects: &[&[u8]],
        _sigschemes: &[rustls::SignatureScheme],
    ) -> Option<std::sync::Arc<rustls::sign::CertifiedKey>> {
        Some(self.0.clone())
    }

    fn has_certs(&self) -> bool {
        true
    }
}

/// One GET over TLS 1.3 from a rustls client presenting `chain` (DER, sent
/// as is: rustls does not parse the entries after the leaf) and signing its
/// CertificateVerify with `key_pem`, which need not be the leaf's key.
/// `Ok(status)` when answered; `Err` says where it stopped.
fn rustls_get(
    addr: std::net::SocketAddr,
    root_pem: &[u8],
    chain: Vec<Vec<u8>>,
    key_pem: &[u8],
) -> Result<u16, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
    use std::io::{Read, Write};
    use std::sync::Arc;

    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    for der in chain_der(root_pem) {
        roots.add(CertificateDer::from(der)).unwrap();
    }
    let chain = chain.into_iter().map(CertificateDer::from).collect();
    let key = PrivateKeyDer::from_pem_slice(key_pem).unwrap();
    let signer = provider.key_provider.load_private_key(key).unwrap();
    let presents = Presents(Arc::new(rustls::sign::CertifiedKey::new(chain, signer)));
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13])
        .unwrap()
        .with_root_certificates(roots)
        .with_client_cert_resolver(Arc::new(presents));
    let name = ServerName::try_from("localhost").unwrap();
    let conn = rustls::ClientConnection::new(Arc::new(cfg), name).unwrap();
    let tcp = std::net::TcpStream::connect(addr).map_err(|e| format!("connect: {e}"))?;
    tcp.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    tls.write_all(&get("/", "Connection: close\r\n"))
        .map_err(|e| format!("handshake or write: {e}"))?;
    let mut resp = Vec::new();
    match tls.read_to_end(&mut resp) {
        // The proxy may close without close_notify after `Connection: close`.
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof && !resp.is_empty() => {}
        Err(e) => return Err(format!("read: {e}")),
    }
    let head = String::from_utf8_lossy(&resp);
    head.split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status line in {head:?}"))
}

/// DER of each certificate in a PEM chain.
fn chain_der(pem: &[u8]) -> Vec<Vec<u8>> {
    portcullis::trust::pem::parse(pem)
        .unwrap()
        .into_iter()
        .map(|b| b.der)
        .collect()
}

#[test]
fn a_chain_with_an_unparseable_extra_certificate_is_judged_by_the_validator_alone() {
    // s2n-tls parses only the leaf (vendor/README.md); the rest of the chain
    // is portcullis's validator's to judge. It ignores a sent certificate it
    // cannot parse when a trusted path exists without it, and names it when
    // none does (it might have been the missing link). Unpatched, s2n parses
    // every entry and rejects such a chain in the handshake, whatever the
    // rest of it.
    let fx = Fixture::new();
    let (target, stats) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let addr = server.local_addrs()[0];
    let not_a_certificate = b"\x30\x03\x02\x01\x00 is not a certificate".to_vec();
    let cases = [
        ("valid", "Success"),
        ("untrusted", "Failed:ClientCertInvalid"),
        ("revoked", "Failed:ClientCertCrlHit"),
    ];
    for (label, expected) in cases {
        let (chain_pem, key_pem) = fx.client(label);
        let mut chain = chain_der(&chain_pem);
        assert_eq!(chain.len(), 2, "{label}: leaf and intermediate");
        chain.push(not_a_certificate.clone());
        let got = rustls_get(addr, &fx.root_pem(), chain, &key_pem);
        if expected == "Success" {
            assert_eq!(got, Ok(200), "{label}");
        } else {
            assert!(got.is_err(), "{label} was served: {got:?}");
        }
        expect_verdict_then_clear_log(&fx, expected, label);
    }
    server.shutdown();
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[test]
fn certificate_verify_must_be_signed_with_the_leafs_own_key() {
    // s2n checks the client's CertificateVerify with the public key it reads
    // from the leaf's DER (vendor/README.md); portcullis's validator judges
    // the chain. A valid chain whose CertificateVerify another client's key
    // signed must fail the handshake, before the validator or the target
    // sees it.
    let fx = Fixture::new();
    let (target, stats) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let addr = server.local_addrs()[0];
    let (chain_pem, key_pem) = fx.client("valid");
    let (other_chain_pem, other_key_pem) = fx.issue_client("other.demo.client", 4242);
    assert_eq!(
        rustls_get(addr, &fx.root_pem(), chain_der(&chain_pem), &key_pem),
        Ok(200),
        "the leaf's own key"
    );
    let got = rustls_get(addr, &fx.root_pem(), chain_der(&chain_pem), &other_key_pem);
    assert!(got.is_err(), "served with another client's key: {got:?}");
    // ... and that key's own chain is fine.
    assert_eq!(
        rustls_get(
            addr,
            &fx.root_pem(),
            chain_der(&other_chain_pem),
            &other_key_pem
        ),
        Ok(200)
    );
    // The failed handshake's line comes only after s2n's blinding delay
    // (10-30 s), so only the two successes are waited for.
    let lines = log_lines(&fx.log_path(), 2);
    server.shutdown();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].contains("\"CN=valid.demo.client\"") && lines[0].contains(" Success TID_"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("\"CN=other.demo.client\"") && lines[1].contains(" Success TID_"),
        "{}",
        lines[1]
    );
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[test]
fn clients_with_p384_and_rsa_keys_are_verified() {
    // The leaf's key type decides how s2n checks CertificateVerify (ECDSA on
    // either curve, RSA-PSS for an RSA key in TLS 1.3); each must work with
    // the key read from the leaf's DER.
    use portcullis::pki::{KeyAlg, LeafSpec};
    let fx = Fixture::new();
    let (target, stats) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let addr = server.local_addrs()[0];
    let algs = [("p384", KeyAlg::EcdsaP384), ("rsa", KeyAlg::Rsa2048)];
    for (i, (label, alg)) in algs.into_iter().enumerate() {
        let mut spec = LeafSpec::client(&format!("{label}.demo.client"), 5000 + i as u64);
        spec.alg = alg;
        let leaf = fx.pki.intermediate.issue(&spec);
        let chain = format!("{}{}", leaf.cert_pem, fx.pki.intermediate.cert_pem());
        let status = client_rt(async {
            let mut s = handshake_with(&fx, addr, chain.as_bytes(), leaf.key_pem.as_bytes())
                .await
                .unwrap_or_else(|e| panic!("{label}: handshake: {e}"));
            let r = tls_request(&mut s, &get("/", "")).await;
            s.close().await;
            r.map(|r| r.status)
        });
        assert_eq!(status, Some(200), "{label}");
        let lines = log_lines(&fx.log_path(), i + 1);
        let last = lines.last().cloned().unwrap_or_default();
        assert!(
            last.contains(&format!("{label}.demo.client")) && last.contains(" Success TID_"),
            "{label}: {last}"
        );
    }
    server.shutdown();
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[test]
fn a_leaf_malformed_outside_its_key_is_refused_by_the_validator() {
    // s2n reads only the leaf's public key from its DER (vendor/README.md),
    // so a leaf whose issuer name is malformed completes the handshake (its
    // key did sign the CertificateVerify) and is refused at once by
    // portcullis's validator, with ALB's reason: no CA has that name.
    // (Decoded whole by s2n, it failed the handshake, logged only after the
    // blinding delay.)
    let fx = Fixture::new();
    let (target, stats) = http_common::start_echo();
    let server = start(&fx.config("verify", 1, target, ""));
    let addr = server.local_addrs()[0];
    let (chain_pem, key_pem) = fx.client("valid");
    let mut chain = chain_der(&chain_pem);
    // The issuer's first RDN, SET { SEQUENCE { OID 2.5.4.3, ... } }, the
    // first commonName in the TBS, becomes a SEQUENCE.
    let leaf = &mut chain[0];
    let cn_oid = [0x06, 0x03, 0x55, 0x04, 0x03];
    let at = leaf.windows(5).position(|w| w == cn_oid).expect("a CN");
    assert_eq!((leaf[at - 4], leaf[at - 2]), (0x31, 0x30), "short-form RDN");
    leaf[at - 4] = 0x30;
    let got = rustls_get(addr, &fx.root_pem(), chain, &key_pem);
    assert!(got.is_err(), "served: {got:?}");
    let lines = log_lines(&fx.log_path(), 1);
    server.shutdown();
    assert_eq!(lines.len(), 1, "no line within 5 s");
    assert!(
        lines[0].contains(" Failed:ClientCertUntrusted TID_"),
        "{}",
        lines[0]
    );
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 0);
}
