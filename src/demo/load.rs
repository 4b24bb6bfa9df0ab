//! The demo's load driver: closed-loop full mTLS handshakes plus one request each, on monoio.

use std::cell::{Cell, RefCell};
use std::net::SocketAddr;
use std::rc::Rc;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use monoio::io::{AsyncReadRent, AsyncWriteRentExt};
use s2n_tls::config::Config;

use crate::tls::client::connect;
use crate::tls::TlsStream;

/// Per-attempt deadline; a healthy loopback handshake takes milliseconds.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(5);
/// Largest response the driver reads (the echo target's answers are tiny).
const MAX_RESPONSE_BYTES: usize = 256 * 1024;

/// What a load run measured.
#[derive(Debug)]
pub struct LoadReport {
    pub handshakes: u64,
    pub requests_ok: u64,
    pub errors: u64,
    pub elapsed: Duration,
    /// Client-observed handshake latency (connect + TLS), microseconds.
    pub latency_us: Histogram<u64>,
}

/// A response as read by [`request`].
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

/// Sends `raw` and reads one Content-Length-delimited response; `None` if
/// the server closed or answered something unreadable.
pub async fn request(s: &mut TlsStream, raw: &[u8]) -> Option<Response> {
    let (res, _) = s.write_all(raw.to_vec()).await;
    res.ok()?;
    let mut data = Vec::new();
    loop {
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end + 4]).to_string();
            let len: usize = head
                .split("\r\n")
                .find_map(|l| {
                    let (n, v) = l.split_once(':')?;
                    n.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse().ok())?
                })
                .unwrap_or(0);
            if data.len() >= end + 4 + len {
                let status = head.split(' ').nth(1)?.parse().ok()?;
                let body = data[end + 4..end + 4 + len].to_vec();
                return Some(Response { status, head, body });
            }
        }
        if data.len() > MAX_RESPONSE_BYTES {
            return None;
        }
        let (res, buf) = s.read(Vec::with_capacity(16 * 1024)).await;
        match res {
            Ok(0) | Err(_) => return None,
            Ok(_) => data.extend_from_slice(&buf),
        }
    }
}

/// Runs `concurrency` closed-loop clients for `duration` against `addr`,
/// each doing connect → handshake → `GET /` → close. Bounded by time.
pub fn run(addr: SocketAddr, client: Config, concurrency: usize, duration: Duration) -> LoadReport {
    let mut rt = match monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
        .enable_timer()
        .build()
    {
        Ok(rt) => rt,
        Err(_) => return empty_report(),
    };
    rt.block_on(async move {
        let hist = Rc::new(RefCell::new(new_histogram()));
        let counts = Rc::new((Cell::new(0u64), Cell::new(0u64), Cell::new(0u64)));
        let start = Instant::now();
        let deadline = start + duration;
        let tasks: Vec<_> = (0..concurrency)
            .map(|_| {
                let (client, hist, counts) = (client.clone(), hist.clone(), counts.clone());
                monoio::spawn(async move {
                    while Instant::now() < deadline {
                        let t0 = Instant::now();
                        let Ok(mut s) = connect(addr, &client, "localhost", ATTEMPT_TIMEOUT).await
                        else {
                            counts.2.set(counts.2.get() + 1);
                            continue;
                        };
                        let _ = hist.borrow_mut().record(t0.elapsed().as_micros() as u64);
                        counts.0.set(counts.0.get() + 1);
                        match request(&mut s, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").await {
                            Some(r) if r.status == 200 => counts.1.set(counts.1.get() + 1),
                            _ => counts.2.set(counts.2.get() + 1),
                        }
                        s.close().await;
                    }
                })
            })
            .collect();
        for t in tasks {
            t.await;
        }
        let latency_us = hist.borrow().clone();
        LoadReport {
            handshakes: counts.0.get(),
            requests_ok: counts.1.get(),
            errors: counts.2.get(),
            elapsed: start.elapsed(),
            latency_us,
        }
    })
}

fn new_histogram() -> Histogram<u64> {
    // 1 µs .. 60 s at 3 significant digits.
    Histogram::new_with_bounds(1, 60_000_000, 3).unwrap_or_else(|_| Histogram::new(3).unwrap())
}

fn empty_report() -> LoadReport {
    LoadReport {
        handshakes: 0,
        requests_ok: 0,
        errors: 1,
        elapsed: Duration::ZERO,
        latency_us: new_histogram(),
    }
}
