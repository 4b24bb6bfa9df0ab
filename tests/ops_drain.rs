//! Graceful drain in process: in-flight requests finish, idle and stalled connections do not hold the shard.

mod common;

use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use monoio::io::AsyncReadRent;

/// Drain deadline in these tests: long, so that a shard that waits it out
/// is told apart from one that finishes on its own.
const LONG_DRAIN_MS: u64 = 30_000;
/// What "did not wait for the drain deadline" means here: well under it,
/// with plenty of room for a slow machine.
const PROMPT: Duration = Duration::from_secs(15);

/// Resolves to true when the server closes `s` without sending anything more.
async fn closed(s: &mut portcullis::tls::TlsStream) -> bool {
    let (res, _) = s.read(Vec::with_capacity(1024)).await;
    matches!(res, Ok(0) | Err(_))
}

#[test]
fn drain_does_not_wait_for_idle_keep_alive_or_stalled_connections() {
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.drain_timeout_ms = LONG_DRAIN_MS;
    o.handshake_timeout_ms = 60_000;
    o.listener_extra = "header_read_timeout_ms = 60000\nidle_timeout_ms = 60000".into();
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    // A raw TCP connection that never starts its handshake.
    let mut stalled = std::net::TcpStream::connect(addr).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let client = {
        let fx = Arc::new(fx);
        let fx2 = fx.clone();
        let t = std::thread::spawn(move || {
            client_rt(async {
                // One kept-alive connection after a request, one handshaken but silent.
                let mut used = handshake_as(&fx2, addr, Some("valid")).await.unwrap();
                let r = tls_request(&mut used, &get("/", ""))
                    .await
                    .map(|r| r.status);
                let mut silent = handshake_as(&fx2, addr, Some("valid")).await.unwrap();
                tx.send(()).unwrap();
                let a = monoio::time::timeout(Duration::from_secs(40), closed(&mut used)).await;
                let b = monoio::time::timeout(Duration::from_secs(40), closed(&mut silent)).await;
                (r, a.unwrap_or(false), b.unwrap_or(false))
            })
        });
        (t, fx)
    };
    rx.recv().unwrap();
    assert!(eventually(Duration::from_secs(10), || {
        metric(
            &metrics_text(&server),
            "portcullis_active_connections{shard=\"0\"}",
        ) == Some(3.0)
    }));
    let started = Instant::now();
    server.shutdown();
    let took = started.elapsed();
    let (first, used_closed, silent_closed) = client.0.join().unwrap();
    assert_eq!(first, Some(200));
    assert!(
        used_closed && silent_closed,
        "an idle connection was left open"
    );
    stalled
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut b = [0u8; 64];
    assert!(matches!(stalled.read(&mut b), Ok(0) | Err(_)));
    assert!(
        took < PROMPT,
        "shutdown took {took:?}: it waited for idle connections (drain timeout {LONG_DRAIN_MS} ms)"
    );
}

#[test]
fn drain_stops_accepting_and_lets_in_flight_requests_finish_with_connection_close() {
    const IN_FLIGHT: usize = 4;
    let fx = Arc::new(Fixture::new());
    let (target, stats) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.shards = 2;
    o.drain_timeout_ms = LONG_DRAIN_MS;
    o.response_timeout_ms = 20_000;
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    let clients: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let fx = fx.clone();
            std::thread::spawn(move || {
                client_rt(async {
                    let mut s = handshake_as(&fx, addr, Some("valid")).await.ok()?;
                    let r = tls_request(&mut s, &get("/slow/3000", "")).await?;
                    let closes = header_in(&r.head, "connection").is_some_and(|v| v == "close");
                    Some((r.status, closes, closed(&mut s).await))
                })
            })
        })
        .collect();
    assert!(eventually(Duration::from_secs(20), || {
        stats.requests.load(std::sync::atomic::Ordering::SeqCst) == IN_FLIGHT
    }));
    let shutdown = std::thread::spawn(move || server.shutdown());
    // New connections are refused while the in-flight requests finish.
    let refused = eventually(Duration::from_secs(10), || {
        std::net::TcpStream::connect(addr).is_err()
    });
    let busy = clients.iter().filter(|c| !c.is_finished()).count();
    for c in clients {
        // 200, marked as the connection's last, then the close.
        assert_eq!(c.join().unwrap(), Some((200, true, true)));
    }
    shutdown.join().unwrap();
    assert!(refused, "the listener still accepted during the drain");
    assert!(
        busy > 0,
        "the requests finished before the listener closed; nothing was tested"
    );
    let lines = std::fs::read_to_string(fx.log_path()).unwrap();
    let ok = lines
        .lines()
        .filter(|l| l.contains(" Success TID_"))
        .count();
    assert_eq!(ok, IN_FLIGHT);
}

#[test]
fn drain_timeout_bounds_a_request_that_never_finishes() {
    let fx = Arc::new(Fixture::new());
    let (target, stats) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.drain_timeout_ms = 500;
    o.response_timeout_ms = 120_000;
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    let fx2 = fx.clone();
    // Bounded, so that a connection left open fails the test instead of hanging it.
    let client = std::thread::spawn(move || {
        client_rt(async {
            let request = one_request(&fx2, addr, "valid", "/hang");
            monoio::time::timeout(Duration::from_secs(30), request).await
        })
    });
    assert!(eventually(Duration::from_secs(20), || {
        stats.requests.load(std::sync::atomic::Ordering::SeqCst) == 1
    }));
    let started = Instant::now();
    server.shutdown();
    let took = started.elapsed();
    // The connection was cut: no answer, and the client is not left hanging.
    let answer = client.join().unwrap();
    assert_eq!(
        answer,
        Ok(None),
        "the connection was left open after the drain deadline"
    );
    assert!(
        took < PROMPT,
        "shutdown took {took:?} with drain_timeout_ms = 500"
    );
}
