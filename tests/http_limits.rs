//! Refusals at the proxy: oversize, overfull, malformed, smuggling and slow request heads.

mod http_common;

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use http_common::*;

#[test]
fn oversize_heads_get_431_and_a_close() {
    let (target, stats) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let mut c = Client::connect(proxy.addr);
    let big = "v".repeat(16 * 1024);
    c.send(format!("GET / HTTP/1.1\r\nHost: t\r\nX-Big: {big}\r\n\r\n").as_bytes());
    let r = c.response();
    assert_eq!(r.status, 431);
    assert_eq!(r.header("connection").as_deref(), Some("close"));
    assert!(c.is_closed());
    assert_eq!(stats.requests.load(Ordering::SeqCst), 0);
}

#[test]
fn too_many_header_fields_get_431() {
    let (target, stats) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let mut c = Client::connect(proxy.addr);
    let mut req = String::from("GET / HTTP/1.1\r\nHost: t\r\n");
    for i in 0..40 {
        req.push_str(&format!("X-F{i}: v\r\n"));
    }
    req.push_str("\r\n");
    c.send(req.as_bytes());
    assert_eq!(c.response().status, 431);
    assert_eq!(stats.requests.load(Ordering::SeqCst), 0);
}

#[test]
fn malformed_heads_get_400_and_never_reach_the_target() {
    let (target, stats) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let cases: [&[u8]; 7] = [
        b"GET / HTTP/1.1\r\nHost: t\r\nX: a\r\n folded\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: t\r\nBad Name: v\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: t\r\nX: a\rb\r\n\r\n",
        b"GET / HTTP/1.1\nHost: t\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        b"GET / HTTP/1.1\r\nHost: t\r\nContent-Length: -1\r\n\r\n",
        b"GET / HTTP/1.1\r\n\r\n",
    ];
    for case in cases {
        let mut c = Client::connect(proxy.addr);
        c.send(case);
        let r = c.response();
        assert_eq!(r.status, 400, "{:?}", String::from_utf8_lossy(case));
        assert!(c.is_closed());
    }
    assert_eq!(stats.requests.load(Ordering::SeqCst), 0);
}

#[test]
fn smuggling_with_content_length_and_chunked_is_refused() {
    let (target, stats) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let attacks: [&[u8]; 4] = [
        b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG",
        b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
    ];
    for attack in attacks {
        let mut c = Client::connect(proxy.addr);
        c.send(attack);
        assert_eq!(
            c.response().status,
            400,
            "{:?}",
            String::from_utf8_lossy(attack)
        );
        assert!(c.is_closed());
    }
    assert_eq!(stats.requests.load(Ordering::SeqCst), 0);
}

#[test]
fn a_bad_chunk_size_line_is_refused_mid_body() {
    let (target, _) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let mut c = Client::connect(proxy.addr);
    c.send(b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n");
    assert_eq!(c.response().status, 400);
    assert!(c.is_closed());
}

#[test]
fn a_slow_head_gets_408() {
    let (target, _) = start_echo();
    let mut opts = ProxyOptions::new(vec![target]);
    opts.header_read_timeout = Duration::from_millis(300);
    let proxy = start_proxy(opts);
    let mut c = Client::connect(proxy.addr);
    let started = Instant::now();
    c.send(b"GET / HTTP/1.1\r\nHost: t\r\n");
    let r = c.response();
    assert_eq!(r.status, 408);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn an_idle_keep_alive_connection_is_closed_quietly() {
    let (target, _) = start_echo();
    let mut opts = ProxyOptions::new(vec![target]);
    opts.idle_timeout = Duration::from_millis(300);
    let proxy = start_proxy(opts);
    let mut c = Client::connect(proxy.addr);
    assert_eq!(c.get("/").status, 200);
    assert!(
        c.is_closed(),
        "closed without a response after the idle timeout"
    );
}

#[test]
fn unsupported_versions_get_505() {
    let (target, _) = start_echo();
    let proxy = start_proxy(ProxyOptions::new(vec![target]));
    let mut c = Client::connect(proxy.addr);
    c.send(b"GET / HTTP/2.0\r\nHost: t\r\n\r\n");
    assert_eq!(c.response().status, 505);
}

#[test]
fn stalled_half_sent_heads_do_not_delay_a_good_client() {
    let (target, _) = start_echo();
    let mut opts = ProxyOptions::new(vec![target]);
    opts.header_read_timeout = Duration::from_secs(10);
    let proxy = start_proxy(opts);
    let mut stalled: Vec<Client> = (0..200).map(|_| Client::connect(proxy.addr)).collect();
    for c in &mut stalled {
        c.send(b"GET / HTTP/1.1\r\nHost: t\r\nX-Slow: ");
    }
    let started = Instant::now();
    let mut good = Client::connect(proxy.addr);
    assert_eq!(good.get("/").status, 200);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "served in {:?}",
        started.elapsed()
    );
}

#[test]
fn the_idle_timeout_counts_from_the_last_request_after_a_busy_spell() {
    // The connection's one timer is armed early and re-armed lazily: a busy
    // spell longer than the idle timeout must neither close the connection
    // between requests nor move the idle deadline away from the last one.
    let (target, _) = start_echo();
    let mut opts = ProxyOptions::new(vec![target]);
    opts.idle_timeout = Duration::from_millis(400);
    let proxy = start_proxy(opts);
    let mut c = Client::connect(proxy.addr);
    for _ in 0..12 {
        assert_eq!(c.get("/").status, 200, "served within the busy spell");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(c.get("/").status, 200);
    let last = Instant::now();
    assert!(c.is_closed(), "closed quietly once idle");
    let idle = last.elapsed();
    assert!(idle >= Duration::from_millis(400), "closed after {idle:?}");
    assert!(idle < Duration::from_secs(3), "closed after {idle:?}");
}

#[test]
fn a_response_timeout_after_quick_requests_still_fires_on_time() {
    let (target, _) = start_echo();
    let mut opts = ProxyOptions::new(vec![target]);
    opts.response_timeout_ms = 300;
    opts.idle_timeout = Duration::from_secs(10);
    let proxy = start_proxy(opts);
    let mut c = Client::connect(proxy.addr);
    for _ in 0..20 {
        assert_eq!(c.get("/").status, 200);
    }
    let started = Instant::now();
    assert_eq!(c.get("/hang").status, 504);
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(300), "504 after {took:?}");
    assert!(took < Duration::from_secs(3), "504 after {took:?}");
    assert_eq!(c.get("/").status, 200, "the connection survives");
}
