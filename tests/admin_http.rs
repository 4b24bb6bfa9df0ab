//! Admin listener end to end on 127.0.0.1:0: endpoints, limits, hostile input and shutdown.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use portcullis::admin::{self, AdminHandle, AdminHandlers, MAX_REQUEST_HEAD_BYTES};
use portcullis::metrics::{Metrics, VerifyStatus};

/// Client-side bound on every read, so a broken server fails a test instead
/// of hanging it.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(20);

struct Server {
    handle: AdminHandle,
    metrics: Arc<Metrics>,
    draining: Arc<AtomicBool>,
    reloads: Arc<AtomicUsize>,
}

/// Starts an admin server whose reload succeeds on odd calls and fails on even ones.
fn start() -> Server {
    let metrics = Arc::new(Metrics::new(2, &["public".into()], &["corp".into()]));
    let draining = Arc::new(AtomicBool::new(false));
    let reloads = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&reloads);
    let handlers = AdminHandlers {
        metrics: Arc::clone(&metrics),
        truststores_json: Box::new(|| r#"{"corp":{"generation":1}}"#.to_string()),
        reload: Box::new(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
            if n % 2 == 1 {
                Ok(format!(r#"{{"reloaded":{n}}}"#))
            } else {
                Err("corp: ca-bundle.pem: no certificate found".to_string())
            }
        }),
        draining: Arc::clone(&draining),
    };
    let handle = admin::spawn("127.0.0.1:0".parse().unwrap(), handlers).unwrap();
    Server {
        handle,
        metrics,
        draining,
        reloads,
    }
}

/// Sends raw bytes, returns (status, whole response text).
fn exchange(addr: SocketAddr, raw: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(CLIENT_TIMEOUT)).unwrap();
    s.write_all(raw).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, text)
}

fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    exchange(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
    )
}

fn body(response: &str) -> &str {
    response.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

#[test]
fn metrics_endpoint_serves_the_merged_prometheus_text() {
    let srv = start();
    srv.metrics.shard(0).verify(0, VerifyStatus::Success);
    srv.metrics.shard(1).verify(0, VerifyStatus::Success);
    let (status, text) = get(srv.handle.local_addr(), "/metrics");
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("Content-Type: text/plain; version=0.0.4"));
    assert!(body(&text)
        .contains("portcullis_tls_verify_total{listener=\"public\",status=\"Success\"} 2\n"));
    let declared: usize = text
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(declared, body(&text).len());
}

#[test]
fn healthz_answers_ok_until_draining_then_503() {
    let srv = start();
    let (status, text) = get(srv.handle.local_addr(), "/healthz");
    assert_eq!((status, body(&text)), (200, "ok\n"));
    srv.draining.store(true, Ordering::SeqCst);
    let (status, text) = get(srv.handle.local_addr(), "/healthz");
    assert_eq!((status, body(&text)), (503, "draining\n"));
}

#[test]
fn truststores_returns_the_callback_json() {
    let srv = start();
    let (status, text) = get(srv.handle.local_addr(), "/truststores");
    assert_eq!(status, 200);
    assert!(text.contains("Content-Type: application/json"));
    assert_eq!(body(&text), r#"{"corp":{"generation":1}}"#);
}

#[test]
fn reload_answers_200_with_json_on_success_and_500_with_the_error_on_failure() {
    let srv = start();
    let addr = srv.handle.local_addr();
    let (status, text) = exchange(addr, b"POST /reload HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    assert_eq!((status, body(&text)), (200, r#"{"reloaded":1}"#));
    let (status, text) = exchange(
        addr,
        b"POST /reload HTTP/1.1\r\nContent-Length: 4\r\n\r\nnow!",
    );
    assert_eq!(status, 500);
    assert_eq!(body(&text), "corp: ca-bundle.pem: no certificate found");
    assert_eq!(srv.reloads.load(Ordering::SeqCst), 2);
}

#[test]
fn wrong_methods_get_405_with_allow_and_unknown_paths_404() {
    let srv = start();
    let addr = srv.handle.local_addr();
    let (status, text) = get(addr, "/reload");
    assert_eq!(status, 405);
    assert!(text.contains("Allow: POST\r\n"));
    assert_eq!(
        srv.reloads.load(Ordering::SeqCst),
        0,
        "a GET must never reload"
    );
    let (status, text) = exchange(addr, b"POST /metrics HTTP/1.1\r\n\r\n");
    assert_eq!(status, 405);
    assert!(text.contains("Allow: GET\r\n"));
    assert_eq!(get(addr, "/nope").0, 404);
}

#[test]
fn hostile_input_gets_client_errors_and_the_server_keeps_serving() {
    let srv = start();
    let addr = srv.handle.local_addr();
    let mut huge = b"GET /metrics HTTP/1.1\r\nX-Fill: ".to_vec();
    huge.resize(MAX_REQUEST_HEAD_BYTES * 2, b'a');
    assert_eq!(exchange(addr, &huge).0, 431);
    assert_eq!(exchange(addr, b"\x00\x01\x02\xff garbage\r\n\r\n").0, 400);
    assert_eq!(exchange(addr, b"GET /metrics SPDY/9\r\n\r\n").0, 400);
    let too_big_body = b"POST /reload HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n";
    assert_eq!(exchange(addr, too_big_body).0, 413);
    assert_eq!(srv.reloads.load(Ordering::SeqCst), 0);
    // A peer that connects and leaves without a word.
    drop(TcpStream::connect(addr).unwrap());
    assert_eq!(get(addr, "/healthz").0, 200);
}

#[test]
fn a_stalled_client_does_not_hold_up_other_requests() {
    let srv = start();
    let addr = srv.handle.local_addr();
    let mut stalled = TcpStream::connect(addr).unwrap();
    stalled.write_all(b"GET /metrics HTTP/1.1\r\n").unwrap();
    // The stalled request is still open (its read timeout is seconds away)
    // while this one is answered.
    assert_eq!(get(addr, "/healthz").0, 200);
    drop(stalled);
}

#[test]
fn a_request_arriving_in_pieces_is_assembled() {
    let srv = start();
    let mut s = TcpStream::connect(srv.handle.local_addr()).unwrap();
    s.set_read_timeout(Some(CLIENT_TIMEOUT)).unwrap();
    for piece in [
        &b"GET /hea"[..],
        b"lthz HTTP/1.1\r\n",
        b"Host: x\r\n",
        b"\r\n",
    ] {
        s.write_all(piece).unwrap();
        s.flush().unwrap();
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200 OK\r\n"), "{out}");
}

#[test]
fn shutdown_closes_the_listening_socket() {
    let srv = start();
    let addr = srv.handle.local_addr();
    assert_eq!(get(addr, "/healthz").0, 200);
    srv.handle.shutdown();
    assert!(
        TcpStream::connect(addr).is_err(),
        "port still accepting after shutdown"
    );
}

#[test]
fn a_panicking_callback_yields_500_and_the_server_survives() {
    let handlers = AdminHandlers {
        metrics: Arc::new(Metrics::new(1, &[], &[])),
        truststores_json: Box::new(|| panic!("bug in the trust-store report")),
        reload: Box::new(|| Ok("{}".into())),
        draining: Arc::new(AtomicBool::new(false)),
    };
    let handle = admin::spawn("127.0.0.1:0".parse().unwrap(), handlers).unwrap();
    assert_eq!(get(handle.local_addr(), "/truststores").0, 500);
    assert_eq!(get(handle.local_addr(), "/healthz").0, 200);
}
