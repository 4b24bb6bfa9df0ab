//! Target failures and shard events through the proxy: dead, hanging, stale and misbehaving targets; drain.

mod http_common;

use std::net::TcpListener;
use std::sync::atomic::Ordering;
use std::time::Duration;

use http_common::*;
use portcullis::http::TargetErrorKind;

#[test]
fn a_dead_target_gives_502_and_the_next_request_still_works() {
    let reserved = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = reserved.local_addr().unwrap();
    drop(reserved);
    let proxy = start_proxy(ProxyOptions::new(vec![addr]));
    let mut c = Client::connect(proxy.addr);
    let r = c.get("/");
    assert_eq!(r.status, 502);
    assert!(
        r.header("connection").is_none(),
        "the client connection is kept"
    );
    // The target comes up on the same port: the same client connection now gets through.
    let _stats = start_echo_on(TcpListener::bind(addr).unwrap());
    assert_eq!(c.get("/").status, 200);
    let errors = proxy.recorded.target_errors.lock().unwrap().clone();
    assert_eq!(errors, vec![TargetErrorKind::ConnectFailed]);
    assert_eq!(*proxy.recorded.statuses.lock().unwrap(), vec![502, 200]);
}

#[test]
fn an_unreachable_target_is_skipped_for_the_next_one() {
    let reserved = TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = reserved.local_addr().unwrap();
    drop(reserved);
    let (alive, _) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![dead, alive]));
    let mut c = Client::connect(proxy.addr);
    for _ in 0..4 {
        assert_eq!(c.get("/").status, 200);
    }
}

#[test]
fn a_hanging_target_gives_504_and_the_connection_survives() {
    let (target, _) = start_echo();
    let mut opts = ProxyOptions::new(vec![target]);
    opts.response_timeout_ms = 300;
    let proxy = start_proxy(opts);
    let mut c = Client::connect(proxy.addr);
    let r = c.get("/hang");
    assert_eq!(r.status, 504);
    assert_eq!(c.get("/").status, 200);
    let errors = proxy.recorded.target_errors.lock().unwrap().clone();
    assert_eq!(errors, vec![TargetErrorKind::ResponseTimeout]);
}

#[test]
fn a_closed_idle_target_connection_is_retried_for_idempotent_requests() {
    // A target that answers one request per connection and then closes
    // without saying so: the pooled connection is stale on the next request.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { return };
            let mut buf = [0u8; 4096];
            let _ = conn.read(&mut buf);
            let _ = conn.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    let proxy = start_proxy(ProxyOptions::new(vec![addr]));
    let mut c = Client::connect(proxy.addr);
    assert_eq!(c.get("/").status, 200);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        c.get("/").status,
        200,
        "the stale connection was retried on a fresh one"
    );
}

#[test]
fn draining_closes_after_the_current_response_and_closes_idle_connections() {
    let (target, _) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let mut busy = Client::connect(proxy.addr);
    let mut idle = Client::connect(proxy.addr);
    assert_eq!(busy.get("/").status, 200);
    assert_eq!(idle.get("/").status, 200);
    proxy.drain.store(true, Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(50));
    let r = busy.get("/");
    assert_eq!(r.status, 200, "the request in flight is served");
    assert_eq!(r.header("connection").as_deref(), Some("close"));
    assert!(busy.is_closed());
    let started = std::time::Instant::now();
    assert!(idle.is_closed());
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "idle connections notice the drain"
    );
}

#[test]
fn a_target_closing_without_answering_gives_502_and_other_requests_go_on() {
    let (target, _) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let mut other = Client::connect(proxy.addr);
    assert_eq!(other.get("/").status, 200);
    let mut c = Client::connect(proxy.addr);
    assert_eq!(c.get("/reset").status, 502);
    assert_eq!(c.get("/").status, 200, "the client connection survives");
    assert_eq!(
        other.get("/").status,
        200,
        "other connections are unaffected"
    );
    let errors = proxy.recorded.target_errors.lock().unwrap().clone();
    assert!(
        errors.iter().all(|e| *e == TargetErrorKind::Io),
        "{errors:?}"
    );
}

#[test]
fn a_response_cut_short_closes_the_client_connection() {
    let (target, _) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let mut c = Client::connect(proxy.addr);
    c.send(b"GET /truncate HTTP/1.1\r\nHost: t\r\n\r\n");
    let mut head = String::new();
    while !head.ends_with("\r\n\r\n") {
        let mut line = String::new();
        assert!(std::io::BufRead::read_line(&mut c.reader, &mut line).unwrap() > 0);
        head.push_str(&line);
    }
    assert!(head.starts_with("HTTP/1.1 200 "));
    let mut rest = Vec::new();
    let _ = std::io::Read::read_to_end(&mut c.reader, &mut rest);
    assert_eq!(
        rest, b"only ten..",
        "what arrived is relayed, then the connection closes"
    );
    assert_eq!(
        *proxy.recorded.target_errors.lock().unwrap(),
        vec![TargetErrorKind::Io]
    );
    let mut fresh = Client::connect(proxy.addr);
    assert_eq!(fresh.get("/").status, 200);
}

/// A target on a loopback port that runs `serve` on a thread per connection.
fn start_target(
    serve: impl Fn(std::net::TcpStream) + Copy + Send + 'static,
) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(conn) = conn else { return };
            std::thread::spawn(move || serve(conn));
        }
    });
    addr
}

/// A target that answers every request on a connection with `response`.
fn start_scripted_target(response: &'static [u8]) -> std::net::SocketAddr {
    start_target(move |mut conn| {
        use std::io::{Read, Write};
        let mut buf = [0u8; 4096];
        while matches!(conn.read(&mut buf), Ok(n) if n > 0) {
            if conn.write_all(response).is_err() {
                return;
            }
        }
    })
}

#[test]
fn a_malformed_final_response_head_gives_502_and_counts_as_a_bad_response() {
    let addr =
        start_scripted_target(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nno colon here\r\n\r\nok");
    let proxy = start_proxy(ProxyOptions::new(vec![addr]));
    let mut c = Client::connect(proxy.addr);
    let r = c.get("/");
    assert_eq!(r.status, 502);
    assert!(
        r.header("connection").is_none(),
        "the client connection is kept"
    );
    assert_eq!(c.get("/").status, 502, "and serves the next request");
    assert_eq!(
        *proxy.recorded.target_errors.lock().unwrap(),
        vec![TargetErrorKind::BadResponse, TargetErrorKind::BadResponse]
    );
}

#[test]
fn an_interim_response_is_relayed_before_the_final_one() {
    let addr = start_scripted_target(
        b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    );
    let proxy = start_proxy(ProxyOptions::new(vec![addr]));
    let mut c = Client::connect(proxy.addr);
    c.send(b"GET / HTTP/1.1\r\nHost: t\r\n\r\n");
    let interim = c.response();
    assert_eq!(interim.status, 103);
    assert_eq!(
        interim.header("link").as_deref(),
        Some("</a.css>; rel=preload")
    );
    let last = c.response();
    assert_eq!(last.status, 200);
    assert_eq!(last.body, b"ok");
    assert!(proxy.recorded.target_errors.lock().unwrap().is_empty());
}

/// A target that reads a little of each request, answers `response` and
/// closes without reading the rest (as servers refusing an upload do).
fn start_refusing_target(response: &'static [u8]) -> std::net::SocketAddr {
    start_target(move |mut conn| {
        use std::io::{Read, Write};
        let mut buf = [0u8; 1024];
        if matches!(conn.read(&mut buf), Ok(n) if n > 0) {
            let _ = conn.write_all(response);
        }
        // Dropped with the body unread: the kernel answers it with a reset.
    })
}

/// Body size of the uploads below: far more than any socket buffer holds.
const UPLOAD_BYTES: usize = 64 << 20;

/// Starts a POST of [`UPLOAD_BYTES`] through `proxy`: the head at once, the
/// body from another thread that keeps sending until it is done or a write
/// fails (it returns how much it sent), as a client does while it waits
/// for the answer.
fn start_upload(proxy: std::net::SocketAddr) -> (Client, std::thread::JoinHandle<usize>) {
    let mut c = Client::connect(proxy);
    c.send(
        format!("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: {UPLOAD_BYTES}\r\n\r\n")
            .as_bytes(),
    );
    let mut writer = c.writer.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        use std::io::Write;
        let chunk = vec![b'x'; 64 * 1024];
        let mut sent = 0;
        while sent < UPLOAD_BYTES && writer.write_all(&chunk).is_ok() {
            sent += chunk.len();
        }
        sent
    });
    (c, sender)
}

#[test]
fn a_target_refusing_an_upload_early_gets_its_answer_relayed() {
    let addr = start_refusing_target(
        b"HTTP/1.1 413 Payload Too Large\r\nContent-Length: 9\r\nConnection: close\r\n\r\ntoo large",
    );
    let proxy = start_proxy(ProxyOptions::new(vec![addr]));
    let (mut c, sender) = start_upload(proxy.addr);
    let r = c.response();
    assert_eq!(r.status, 413, "{:?}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.body, b"too large");
    assert_eq!(r.header("connection").as_deref(), Some("close"));
    assert!(c.is_closed(), "the rest of the body is never read");
    let sent = sender.join().unwrap();
    assert!(
        sent < UPLOAD_BYTES,
        "the proxy stopped reading the body ({sent} bytes sent)"
    );
    assert_eq!(*proxy.recorded.statuses.lock().unwrap(), vec![413]);
    assert!(proxy.recorded.target_errors.lock().unwrap().is_empty());
}

#[test]
fn a_target_closing_on_an_upload_without_answering_gives_502() {
    let silent = start_refusing_target(b"");
    let proxy = start_proxy(ProxyOptions::new(vec![silent]));
    let (mut c, sender) = start_upload(proxy.addr);
    assert_eq!(c.response().status, 502);
    let _ = sender.join();
    assert_eq!(
        *proxy.recorded.target_errors.lock().unwrap(),
        vec![TargetErrorKind::Io]
    );
}
