//! TLS termination end to end: handshakes in each mode, connection-log lines.

mod common;
mod http_common;

use common::*;

#[test]
fn passthrough_admits_a_client_without_certificate_and_logs_success() {
    let fx = Fixture::new();
    let cfg = fx.config("passthrough", 1, "127.0.0.1:9".parse().unwrap(), "");
    let server = start(&cfg);
    let addr = server.local_addrs()[0];
    client_rt(async {
        let mut s = handshake_as(&fx, addr, None).await.expect("handshake");
        s.close().await;
    });
    let lines = log_lines(&fx.log_path(), 1);
    server.shutdown();
    assert_eq!(lines.len(), 1, "{lines:?}");
    let f: Vec<&str> = lines[0].split(' ').collect();
    assert_eq!(f[1], "127.0.0.1");
    assert_eq!(f[4], "TLSv1.3");
    assert!(lines[0].contains(" Success TID_"), "{}", lines[0]);
}

#[test]
fn a_port_another_process_listens_on_is_refused_instead_of_shared() {
    let fx = Fixture::new();
    let first = start(&fx.config("off", 1, "127.0.0.1:9".parse().unwrap(), ""));
    let taken = first.local_addrs()[0];
    let text = format!(
        "[[listener]]\nname = \"second\"\nbind = \"{taken}\"\ncertificate = {:?}\nprivate_key = {:?}\nmode = \"off\"\ntarget_group = \"app\"\n\n[target_group.app]\ntargets = [\"127.0.0.1:9\"]\n",
        fx.paths.server_chain.display().to_string(),
        fx.paths.server_key.display().to_string(),
    );
    let cfg =
        portcullis::config::Config::parse(&text, std::path::Path::new("t.toml"), fx.dir.path())
            .unwrap();
    let err = portcullis::shard::Server::start(&cfg)
        .err()
        .expect("second bind must fail");
    first.shutdown();
    assert!(err.to_string().contains("already in use"), "{err}");
}

#[test]
fn a_server_dropped_without_shutdown_stops_its_shards() {
    let fx = Fixture::new();
    let server = start(&fx.config("off", 2, "127.0.0.1:9".parse().unwrap(), ""));
    let addr = server.local_addrs()[0];
    std::net::TcpStream::connect(addr).expect("the shards listen");
    // Dropping closes every shard's stop line: they drain and close their listeners.
    drop(server);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::net::TcpStream::connect(addr).is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "a shard still accepts after its server was dropped"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// What the client saw in the server's CertificateRequest.
#[derive(Default)]
struct Seen {
    calls: std::sync::atomic::AtomicUsize,
    names: std::sync::Mutex<Vec<Vec<u8>>>,
}

/// Records the CA names the server listed in its CertificateRequest, then
/// answers with the client's certificate (s2n consults the callback only
/// when the client has one).
struct RecordCaNames {
    seen: std::sync::Arc<Seen>,
    chain: Vec<u8>,
    key: Vec<u8>,
}

impl s2n_tls::cert_authorities::CertificateRequestCallback for RecordCaNames {
    fn on_certificate_request(
        &self,
        request: &mut s2n_tls::cert_authorities::CertificateRequest,
    ) -> Result<(), s2n_tls::error::Error> {
        self.seen
            .calls
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        for ca in request.certificate_authorities() {
            self.seen.names.lock().unwrap().push(ca?.der().to_vec());
        }
        let mut chain = s2n_tls::cert_chain::Builder::new()?;
        chain.load_pem(&self.chain, &self.key)?;
        request.set_certificate(chain.build()?)
    }
}

/// Handshakes (passthrough listener, `extra` listener keys) as the valid
/// demo client and returns what its CertificateRequest callback saw.
fn certificate_request_seen(extra: &str) -> (Fixture, std::sync::Arc<Seen>) {
    let fx = Fixture::new();
    let server = start(&fx.config("passthrough", 1, "127.0.0.1:9".parse().unwrap(), extra));
    let addr = server.local_addrs()[0];
    let seen = std::sync::Arc::new(Seen::default());
    let (chain, key) = fx.client("valid");
    let mut b = s2n_tls::config::Config::builder();
    b.with_system_certs(false).unwrap();
    b.set_security_policy(&s2n_tls::security::Policy::from_version(CLIENT_POLICY).unwrap())
        .unwrap();
    b.trust_pem(&fx.root_pem()).unwrap();
    b.load_pem(&chain, &key).unwrap();
    b.set_certificate_request_callback(RecordCaNames {
        seen: seen.clone(),
        chain,
        key,
    })
    .unwrap();
    let cfg = b.build().unwrap();
    client_rt(async {
        let timeout = std::time::Duration::from_secs(5);
        let mut s = portcullis::tls::client::connect(addr, &cfg, "localhost", timeout)
            .await
            .expect("handshake");
        s.close().await;
    });
    server.shutdown();
    (fx, seen)
}

#[test]
fn advertise_ca_names_lists_the_trust_stores_cas_in_the_certificate_request() {
    let (fx, seen) = certificate_request_seen("trust_store = \"corp\"\nadvertise_ca_names = true");
    let names = seen.names.lock().unwrap().clone();
    let subject = |der: &[u8]| {
        let (_, c) = x509_parser::parse_x509_certificate(der).unwrap();
        c.subject().as_raw().to_vec()
    };
    assert!(
        names.contains(&subject(&fx.pki.root.cert_der())),
        "{} names",
        names.len()
    );
    assert!(names.contains(&subject(&fx.pki.intermediate.cert_der())));
}

#[test]
fn without_advertise_ca_names_the_certificate_request_lists_none() {
    let (_fx, seen) = certificate_request_seen("");
    assert_eq!(seen.calls.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert!(seen.names.lock().unwrap().is_empty());
}

#[test]
fn tls12_listeners_verify_clients_and_forward_over_gcm_and_cbc() {
    // A listener whose security_policy allows TLS 1.2 (a weakening an
    // operator must choose) serves TLS 1.2 clients in verify mode. TLS 1.2
    // runs code TLS 1.3 never does: its PRF, its transcript hashes, and for
    // CBC suites the records' HMAC (s2n_hmac), whose hash states the vendored
    // s2n allocates when first used (vendor/README.md).
    use portcullis::tls::client::{client_config, connect};
    let cases = [
        // (server policy, client policy, cipher in the log)
        (
            "20230317",
            "test_all_tls12",
            "ECDHE-ECDSA-AES128-GCM-SHA256",
        ),
        ("20190214", "20190214", "ECDHE-ECDSA-AES128-SHA"),
    ];
    for (server_policy, client_policy, cipher) in cases {
        let fx = Fixture::new();
        let (target, stats) = http_common::start_echo();
        let extra = format!("security_policy = \"{server_policy}\"\n");
        let server = start(&fx.config("verify", 1, target, &extra));
        let addr = server.local_addrs()[0];
        let (chain, key) = fx.client("valid");
        let statuses = client_rt(async {
            let cfg = client_config(&fx.root_pem(), Some((&chain, &key)), client_policy).unwrap();
            let mut s = connect(addr, &cfg, "localhost", std::time::Duration::from_secs(10))
                .await
                .unwrap_or_else(|e| panic!("{cipher}: handshake: {e}"));
            // Two requests on one connection: the second runs the record
            // MAC's state after its reset.
            let mut statuses = Vec::new();
            for _ in 0..2 {
                statuses.push(tls_request(&mut s, &get("/", "")).await.map(|r| r.status));
            }
            s.close().await;
            statuses
        });
        assert_eq!(statuses, [Some(200), Some(200)], "{cipher}");
        let lines = log_lines(&fx.log_path(), 1);
        server.shutdown();
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(
            lines[0].contains(&format!(" TLSv1.2 {cipher} ")) && lines[0].contains(" Success TID_"),
            "{}",
            lines[0]
        );
        assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 2);
    }
}
