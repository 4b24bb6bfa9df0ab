//! Hostile or failing HTTP peers behind the TLS layer: slowloris, connection limits, bad targets.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use monoio::io::{AsyncReadRent, AsyncWriteRentExt};
use portcullis::tls::TlsStream;

/// Reads until the server closes; returns everything it sent.
async fn read_to_close(s: &mut TlsStream) -> Vec<u8> {
    let mut data = Vec::new();
    loop {
        let (res, buf) = s.read(Vec::with_capacity(4096)).await;
        match res {
            Ok(n) if n > 0 => data.extend_from_slice(&buf),
            _ => return data,
        }
    }
}

#[test]
fn slowloris_gets_408_and_closed_while_others_are_served() {
    let fx = Arc::new(Fixture::new());
    let (target, stats) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.listener_extra = "header_read_timeout_ms = 1000".into();
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    let fx2 = fx.clone();
    let slow = std::thread::spawn(move || {
        client_rt(async {
            let mut s = handshake_as(&fx2, addr, Some("valid"))
                .await
                .expect("handshake");
            // One byte every 200 ms for 1.6 s: the head never completes, and
            // the last byte goes out while the proxy still lingers after its 408.
            for b in b"GET / HT".iter() {
                let (res, _) = s.write_all(vec![*b]).await;
                if res.is_err() {
                    break;
                }
                monoio::time::sleep(Duration::from_millis(200)).await;
            }
            let got = monoio::time::timeout(Duration::from_secs(20), read_to_close(&mut s)).await;
            got.map(|d| String::from_utf8_lossy(&d).to_string())
        })
    });
    // Meanwhile, ordinary clients are served.
    let others = client_rt(async {
        let mut v = Vec::new();
        for _ in 0..5 {
            v.push(one_request(&fx, addr, "valid", "/").await);
        }
        v
    });
    let slow = slow.join().unwrap();
    let m = metrics_text(&server);
    server.shutdown();
    assert_eq!(others, vec![Some(200); 5]);
    let text = slow.expect("the slow connection was never closed");
    // The answer is 408, unless a reset raced it away; the proxy counted it either way.
    assert!(
        text.is_empty() || text.starts_with("HTTP/1.1 408 "),
        "{text}"
    );
    assert_eq!(
        metric(&m, "portcullis_http_responses_total{class=\"4xx\"}"),
        Some(1.0),
        "{m}"
    );
    assert_eq!(stats.requests.load(std::sync::atomic::Ordering::SeqCst), 5);
}

#[test]
fn connections_over_max_connections_are_closed_and_counted_then_served_again() {
    const MAX: usize = 5;
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.listener_extra = format!("max_connections = {MAX}\nheader_read_timeout_ms = 60000");
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    let (over, held) = client_rt(async {
        let mut held = Vec::new();
        for _ in 0..MAX {
            held.push(
                handshake_as(&fx, addr, Some("valid"))
                    .await
                    .expect("under the limit"),
            );
        }
        let mut over = Vec::new();
        for _ in 0..3 {
            over.push(one_request(&fx, addr, "valid", "/").await);
        }
        // The held connections still work.
        let r = tls_request(&mut held[0], &get("/", ""))
            .await
            .map(|r| r.status);
        for mut s in held {
            s.close().await;
        }
        (over, r)
    });
    assert_eq!(
        over,
        vec![None; 3],
        "a connection over the limit was served"
    );
    assert_eq!(held, Some(200));
    let m = metrics_text(&server);
    assert_eq!(
        metric(&m, "portcullis_connection_limit_rejected_total"),
        Some(3.0),
        "{m}"
    );
    assert!(eventually(Duration::from_secs(10), || {
        metric(
            &metrics_text(&server),
            "portcullis_active_connections{shard=\"0\"}",
        ) == Some(0.0)
    }));
    let again = client_rt(async {
        let mut v = Vec::new();
        for _ in 0..MAX + 2 {
            v.push(one_request(&fx, addr, "valid", "/").await);
        }
        v
    });
    server.shutdown();
    assert_eq!(again, vec![Some(200); MAX + 2]);
}

#[test]
fn hanging_and_resetting_targets_give_504_and_502_without_harming_other_connections() {
    let fx = Arc::new(Fixture::new());
    let (target, _) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.shards = 2;
    o.response_timeout_ms = 1_000;
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    let spawn = |path: &'static str, n: usize| {
        let fx = fx.clone();
        std::thread::spawn(move || {
            client_rt(async {
                let mut s = handshake_as(&fx, addr, Some("valid")).await.ok()?;
                let mut v = Vec::new();
                for _ in 0..n {
                    v.push(tls_request(&mut s, &get(path, "")).await.map(|r| r.status));
                }
                Some(v)
            })
        })
    };
    let hang = spawn("/hang", 1);
    let reset = spawn("/reset", 1);
    let normal = spawn("/", 50);
    let slow = spawn("/slow/300", 3);
    assert_eq!(hang.join().unwrap(), Some(vec![Some(504)]));
    assert_eq!(reset.join().unwrap(), Some(vec![Some(502)]));
    assert_eq!(normal.join().unwrap(), Some(vec![Some(200); 50]));
    assert_eq!(slow.join().unwrap(), Some(vec![Some(200); 3]));
    // Both failures were counted, and the listener still serves new connections.
    let m = metrics_text(&server);
    assert!(
        metric(&m, "portcullis_target_errors_total{kind=\"timeout\"}") >= Some(1.0),
        "{m}"
    );
    assert!(
        metric(&m, "portcullis_target_errors_total{kind=\"reset\"}") >= Some(1.0),
        "{m}"
    );
    assert_eq!(client_rt(one_request(&fx, addr, "valid", "/")), Some(200));
    server.shutdown();
}

#[test]
fn a_burst_of_connections_never_exceeds_max_connections() {
    const MAX: usize = 5;
    const BURST: usize = 60;
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.listener_extra = format!("max_connections = {MAX}");
    o.handshake_timeout_ms = 60_000;
    let server = start(&fx.ops_config(&o));
    let addr = server.local_addrs()[0];
    // Connect all at once, before the shard gets to run, so that accepts queue up.
    let burst: Vec<_> = (0..BURST)
        .map(|_| std::net::TcpStream::connect(addr).unwrap())
        .collect();
    let settled = eventually(Duration::from_secs(20), || {
        let m = metrics_text(&server);
        let opened = metric(&m, "portcullis_connections_total").unwrap_or(0.0);
        let refused = metric(&m, "portcullis_connection_limit_rejected_total").unwrap_or(0.0);
        opened + refused >= BURST as f64
    });
    let m = metrics_text(&server);
    drop(burst);
    server.shutdown();
    assert!(settled, "{m}");
    assert_eq!(
        metric(&m, "portcullis_connections_total"),
        Some(MAX as f64),
        "{m}"
    );
    assert_eq!(
        metric(&m, "portcullis_connection_limit_rejected_total"),
        Some((BURST - MAX) as f64)
    );
}
