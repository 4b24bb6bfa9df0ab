//! Short, bounded smoke runs: the echo target over plain HTTP, and the handshake and request
//! generators against a tiny in-test s2n-tls mTLS server, all on 127.0.0.1.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use portcullis_loadtest::clients::{ClientSet, ServerAuth, Source, SECURITY_POLICY};
use portcullis_loadtest::echo::EchoServer;
use portcullis_loadtest::handshake::{self, HandshakeOptions};
use portcullis_loadtest::http1::{read_body, read_head};
use portcullis_loadtest::pki::{self, Alg, CertClass, Manifest, PkiOptions};
use portcullis_loadtest::requests::{self, RequestsOptions};
use s2n_tls::callbacks::VerifyHostNameCallback;
use s2n_tls::config::Config;
use s2n_tls::enums::ClientAuthType;
use s2n_tls::security::Policy;
use s2n_tls_tokio::TlsAcceptor;
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Upper bound of every generator run here; the runs are count-bound and finish far sooner.
const RUN_LIMIT: Duration = Duration::from_secs(3);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Sends raw bytes, returns (status, body, headers) of the response.
async fn exchange(conn: &mut BufReader<TcpStream>, raw: &[u8]) -> (u16, Vec<u8>) {
    conn.get_mut().write_all(raw).await.unwrap();
    let head = read_head(conn).await.unwrap().unwrap();
    let mut body = Vec::new();
    read_body(
        conn,
        head.response_body("GET").unwrap(),
        Some(&mut body),
        1 << 20,
    )
    .await
    .unwrap();
    (head.status().unwrap(), body)
}

#[test]
fn echo_target_echoes_bodies_and_reports_headers_over_one_keep_alive_connection() {
    let echo = EchoServer::spawn("127.0.0.1:0".parse().unwrap(), 1).unwrap();
    runtime().block_on(async {
        let work = async {
            let mut conn = BufReader::new(TcpStream::connect(echo.addr).await.unwrap());
            let (status, body) = exchange(&mut conn, b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello").await;
            assert_eq!((status, body.as_slice()), (200, &b"hello"[..]));
            let chunked = b"POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
            let (status, body) = exchange(&mut conn, chunked).await;
            assert_eq!((status, body.as_slice()), (200, &b"abcde"[..]));
            let (status, body) = exchange(&mut conn, b"GET /headers HTTP/1.1\r\nHost: x\r\nX-Amzn-Mtls-Clientcert-Serial-Number: 0A\r\n\r\n").await;
            assert_eq!(status, 200);
            let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(json["x-amzn-mtls-clientcert-serial-number"], "0A");
            assert_eq!(json["host"], "x");
            let (status, _) = exchange(&mut conn, b"GET / HTTP/1.1\r\nContent-Length: nope\r\n\r\n").await;
            assert_eq!(status, 400);
        };
        tokio::time::timeout(RUN_LIMIT, work).await.expect("echo exchange finished in time");
    });
}

/// A PKI in a fresh temporary directory.
fn temp_pki(tag: &str, bad_share: f64) -> (PathBuf, Manifest) {
    let dir = std::env::temp_dir().join(format!("loadtest-smoke-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let manifest = pki::generate(
        &dir,
        &PkiOptions {
            alg: Alg::P256,
            clients: 10,
            bad_share,
        },
    )
    .unwrap();
    (dir, manifest)
}

/// s2n-tls checks a client certificate's names against the connection by default;
/// client certificates name people and services, not the client's address.
struct AnyClientName;

impl VerifyHostNameCallback for AnyClientName {
    fn verify_host_name(&self, _host_name: &str) -> bool {
        true
    }
}

/// Starts an s2n-tls server that requires a client certificate chaining to the PKI's CA
/// bundle (s2n checks chain and expiry but knows no CRLs) and answers every request with
/// 200 over keep-alive.
fn start_mtls_server(dir: &Path, m: &Manifest) -> SocketAddr {
    let read = |p: &PathBuf| std::fs::read(dir.join(p)).unwrap();
    let mut b = Config::builder();
    b.set_security_policy(&Policy::from_version("default_tls13").unwrap())
        .unwrap();
    b.with_system_certs(false).unwrap();
    b.load_pem(&read(&m.server_chain), &read(&m.server_key))
        .unwrap();
    b.trust_pem(&read(&m.ca_bundle)).unwrap();
    b.set_client_auth_type(ClientAuthType::Required).unwrap();
    b.set_max_blinding_delay(0).unwrap();
    b.set_verify_host_callback(AnyClientName).unwrap();
    let acceptor = TlsAcceptor::new(b.build().unwrap());
    let std_listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    std_listener.set_nonblocking(true).unwrap();
    let addr = std_listener.local_addr().unwrap();
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let listener = TcpListener::from_std(std_listener).unwrap();
            loop {
                let (tcp, _) = listener.accept().await.unwrap();
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let mut conn = BufReader::new(tls);
                    while let Ok(Some(head)) = read_head(&mut conn).await {
                        let kind = head.request_body().unwrap();
                        if read_body(&mut conn, kind, None, 1 << 20).await.is_err() {
                            return;
                        }
                        let reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
                        if conn.get_mut().write_all(reply).await.is_err() {
                            return;
                        }
                    }
                });
            }
        })
    });
    addr
}

fn handshake_options(addr: SocketAddr, clients: ClientSet, count: u64) -> HandshakeOptions {
    HandshakeOptions {
        target: addr,
        server_name: "localhost".into(),
        clients: Arc::new(clients),
        threads: 1,
        conns_per_thread: 2,
        duration: Some(RUN_LIMIT),
        count: Some(count),
        rate: None,
        request: false,
        timeout: Duration::from_secs(2),
        progress: false,
    }
}

#[test]
fn handshake_storm_counts_good_refused_and_wrongly_accepted_certificates() {
    let (dir, m) = temp_pki("hs", 0.3);
    let addr = start_mtls_server(&dir, &m);
    let n = |class: CertClass| m.clients.iter().filter(|c| c.class == class).count() as u64;
    let clients = ClientSet::load(&Source::Pki(dir.clone()), false).unwrap();
    let rounds = 2;
    let report = handshake::run(handshake_options(
        addr,
        clients,
        rounds * m.clients.len() as u64,
    ))
    .unwrap();

    assert_eq!(
        report.ok,
        rounds * n(CertClass::Good),
        "{}",
        report.render()
    );
    // The in-test server knows no CRLs: a revoked certificate gets through and must be
    // reported as an error, while expired and untrusted ones are refused as expected.
    let accepted = report.errors.get("bad_cert_accepted").copied().unwrap_or(0);
    assert_eq!(
        accepted,
        rounds * n(CertClass::Revoked),
        "{}",
        report.render()
    );
    assert_eq!(report.error_count(), accepted, "{}", report.render());
    let refused: u64 = report.expected_refusals.values().sum();
    assert_eq!(
        refused,
        rounds * (n(CertClass::Expired) + n(CertClass::Untrusted)),
        "{}",
        report.render()
    );
    assert_eq!(report.latency_us["connect"].count, report.finished);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fixed_rate_handshakes_are_not_started_ahead_of_schedule() {
    let (dir, m) = temp_pki("rate", 0.0);
    let addr = start_mtls_server(&dir, &m);
    let clients = ClientSet::load(&Source::Pki(dir.clone()), true).unwrap();
    let mut opts = handshake_options(addr, clients, 20);
    opts.rate = Some(100.0);
    opts.request = true;
    let report = handshake::run(opts).unwrap();
    assert_eq!(report.ok, 20, "{}", report.render());
    // The 20th start is due 190 ms after the first.
    assert!(report.wall_s >= 0.19, "{}", report.render());
    assert_eq!(report.offered_rate, Some(100.0));
    assert_eq!(report.latency_us["ttfb"].count, 20);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn request_load_reuses_keep_alive_connections() {
    let (dir, m) = temp_pki("req", 0.2);
    let addr = start_mtls_server(&dir, &m);
    let clients = ClientSet::load(&Source::Pki(dir.clone()), true).unwrap();
    let opts = RequestsOptions {
        target: addr,
        server_name: "localhost".into(),
        clients: Arc::new(clients),
        threads: 1,
        conns: 2,
        duration: Some(RUN_LIMIT),
        count: Some(50),
        rate: None,
        body_bytes: 100,
        timeout: Duration::from_secs(2),
        progress: false,
    };
    let report = requests::run(opts).unwrap();
    assert_eq!(report.ok, 50, "{}", report.render());
    assert_eq!(report.error_count(), 0);
    assert_eq!(
        report.latency_us["handshake"].count, 2,
        "one handshake per connection"
    );
    assert_eq!(report.latency_us["ttfb"].count, 50);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn only_the_insecure_option_lets_a_server_with_the_wrong_name_through() {
    let (dir, m) = temp_pki("insecure", 0.0);
    let addr = start_mtls_server(&dir, &m);
    for (auth, ok) in [(ServerAuth::Verify, 0), (ServerAuth::InsecureSkip, 4)] {
        let clients =
            ClientSet::load_with(&Source::Pki(dir.clone()), true, SECURITY_POLICY, auth).unwrap();
        let mut opts = handshake_options(addr, clients, 4);
        // The server's certificate names localhost.
        opts.server_name = "not-the-server.example".into();
        let report = handshake::run(opts).unwrap();
        assert_eq!(report.ok, ok, "{auth:?}: {}", report.render());
        assert_eq!(report.server_verified, auth == ServerAuth::Verify);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
