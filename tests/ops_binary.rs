//! The real binary: SIGHUP and `POST /reload` reload, `/metrics` shows refusals by reason, SIGTERM drains and exits 0.

mod common;

use std::io::{BufRead, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;

/// Requests in flight when SIGTERM arrives.
const IN_FLIGHT: usize = 5;

/// The binary under test: `PORTCULLIS_BIN` when set (an installed build, or
/// a target directory shared by several checkouts, where the uplifted
/// binary may be another checkout's), else the one cargo built for this test.
fn binary() -> std::path::PathBuf {
    std::env::var_os("PORTCULLIS_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_portcullis").into())
}

/// `portcullis run` as a child process, with its stderr collected.
struct Proxy {
    child: Child,
    stderr: Arc<Mutex<String>>,
}

impl Proxy {
    fn start(config: &std::path::Path) -> Proxy {
        let mut child = Command::new(binary())
            .args(["run", "--config"])
            .arg(config)
            .env("PORTCULLIS_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start portcullis");
        let stderr = Arc::new(Mutex::new(String::new()));
        let pipe = child.stderr.take().unwrap();
        let sink = stderr.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(pipe).lines() {
                let Ok(line) = line else { return };
                let mut s = sink.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        Proxy { child, stderr }
    }

    fn signal(&self, sig: &str) {
        let status = Command::new("kill")
            .args([sig, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits up to `within` for the process to exit; its status if it did.
    fn wait_exit(&mut self, within: Duration) -> Option<std::process::ExitStatus> {
        let mut status = None;
        eventually(within, || {
            status = self.child.try_wait().unwrap();
            status.is_some()
        });
        status
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// One request to the admin listener; the whole answer, or "" on failure.
fn admin(addr: SocketAddr, method: &str, path: &str) -> String {
    let Ok(mut s) = TcpStream::connect(addr) else {
        return String::new();
    };
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: admin\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    if s.write_all(req.as_bytes()).is_err() {
        return String::new();
    }
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

/// Writes `o` (with an admin listener on a free port) beside the fixture,
/// starts the binary on it and waits until `/healthz` answers 200.
/// Returns the proxy, its listener address and its admin address.
fn start_binary(fx: &Fixture, mut o: OpsConfig) -> (Proxy, SocketAddr, SocketAddr) {
    let (port, admin_port) = (free_port(), free_port());
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let admin_addr: SocketAddr = format!("127.0.0.1:{admin_port}").parse().unwrap();
    o.bind = addr.to_string();
    o.tail = format!("[admin]\nbind = \"{admin_addr}\"\n");
    let config = fx.dir.path().join("proxy.toml");
    std::fs::write(&config, fx.ops_text(&o)).unwrap();
    let proxy = Proxy::start(&config);
    // The admin listener starts after every shard is listening.
    let up = eventually(Duration::from_secs(30), || {
        admin(admin_addr, "GET", "/healthz").starts_with("HTTP/1.1 200")
    });
    assert!(up, "proxy did not come up:\n{}", proxy.stderr());
    (proxy, addr, admin_addr)
}

#[test]
fn the_binary_reloads_on_sighup_and_post_reload_reports_refusals_and_drains_on_sigterm() {
    let fx = Arc::new(Fixture::new());
    let (target, stats) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.shards = 2;
    o.drain_timeout_ms = 30_000;
    o.response_timeout_ms = 10_000;
    let (mut proxy, addr, admin_addr) = start_binary(&fx, o);

    assert_eq!(client_rt(one_request(&fx, addr, "revoked", "/")), None);
    let metrics = admin(admin_addr, "GET", "/metrics");
    let crl_hit =
        "portcullis_tls_verify_total{listener=\"test\",status=\"Failed:ClientCertCrlHit\"}";
    assert_eq!(metric(&metrics, crl_hit), Some(1.0), "{metrics}");
    let generation = || {
        let m = admin(admin_addr, "GET", "/metrics");
        metric(
            &m,
            "portcullis_trust_store_generation{trust_store=\"corp\"}",
        )
    };
    assert_eq!(generation(), Some(1.0));

    proxy.signal("-HUP");
    let reloaded = eventually(Duration::from_secs(20), || {
        proxy.stderr().contains("SIGHUP: reloaded")
    });
    assert!(reloaded, "no reload after SIGHUP:\n{}", proxy.stderr());
    assert_eq!(generation(), Some(2.0));
    let answer = admin(admin_addr, "POST", "/reload");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert_eq!(generation(), Some(3.0));

    // In-flight requests when SIGTERM arrives all complete.
    let clients: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let fx = fx.clone();
            std::thread::spawn(move || client_rt(one_request(&fx, addr, "valid", "/slow/3000")))
        })
        .collect();
    let arrived = eventually(Duration::from_secs(30), || {
        stats.requests.load(std::sync::atomic::Ordering::SeqCst) == IN_FLIGHT
    });
    assert!(arrived, "requests never reached the target");
    proxy.signal("-TERM");
    // While the shards drain, health checks are told so.
    let told = eventually(Duration::from_secs(20), || {
        admin(admin_addr, "GET", "/healthz").starts_with("HTTP/1.1 503")
    });
    assert!(
        told,
        "/healthz did not report draining:\n{}",
        proxy.stderr()
    );
    for c in clients {
        assert_eq!(c.join().unwrap(), Some(200));
    }
    let status = proxy.wait_exit(Duration::from_secs(40));
    let stderr = proxy.stderr();
    assert!(status.is_some_and(|s| s.success()), "{status:?}\n{stderr}");
    assert!(stderr.contains("stopped"), "{stderr}");
    // Every line was flushed before exit: one refusal, then the in-flight ones.
    let log = std::fs::read_to_string(fx.log_path()).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 1 + IN_FLIGHT, "{log}");
    assert!(lines[0].contains(" Failed:ClientCertCrlHit "), "{log}");
    assert_eq!(
        lines.iter().filter(|l| l.contains(" Success TID_")).count(),
        IN_FLIGHT
    );
}

#[test]
fn a_failed_sighup_reload_keeps_serving_and_says_why() {
    let fx = Fixture::new();
    let (target, _) = start_ops_target();
    let (mut proxy, addr, admin_addr) = start_binary(&fx, OpsConfig::new(target));
    fx.replace_intermediate_crl(b"not a CRL at all");
    proxy.signal("-HUP");
    let said = eventually(Duration::from_secs(20), || {
        proxy.stderr().contains("SIGHUP: reload failed")
    });
    assert!(said, "{}", proxy.stderr());
    assert!(
        proxy.stderr().contains("intermediate.crl.pem"),
        "the error names the file:\n{}",
        proxy.stderr()
    );
    let answer = admin(admin_addr, "POST", "/reload");
    assert!(answer.starts_with("HTTP/1.1 500"), "{answer}");
    let m = admin(admin_addr, "GET", "/metrics");
    let failures = "portcullis_trust_store_reload_failures_total{trust_store=\"corp\"}";
    assert_eq!(metric(&m, failures), Some(2.0), "{m}");
    // The old trust store is still in force: the revoked client is still refused, the valid one served.
    assert_eq!(client_rt(one_request(&fx, addr, "revoked", "/")), None);
    assert_eq!(client_rt(one_request(&fx, addr, "valid", "/")), Some(200));
    proxy.signal("-INT");
    let status = proxy.wait_exit(Duration::from_secs(40));
    assert!(
        status.is_some_and(|s| s.success()),
        "{status:?}\n{}",
        proxy.stderr()
    );
}

#[test]
fn a_second_sigterm_during_the_drain_exits_at_once() {
    let fx = std::sync::Arc::new(Fixture::new());
    let (target, stats) = start_ops_target();
    let mut o = OpsConfig::new(target);
    o.drain_timeout_ms = 60_000;
    o.response_timeout_ms = 60_000;
    let (mut proxy, addr, _) = start_binary(&fx, o);
    // A request that would hold the drain for 30 s.
    let slow = {
        let fx = fx.clone();
        std::thread::spawn(move || client_rt(one_request(&fx, addr, "valid", "/slow/30000")))
    };
    let arrived = eventually(Duration::from_secs(30), || {
        stats.requests.load(std::sync::atomic::Ordering::SeqCst) == 1
    });
    assert!(arrived, "the request never reached the target");
    proxy.signal("-TERM");
    let draining = eventually(Duration::from_secs(20), || {
        proxy.stderr().contains("draining")
    });
    assert!(draining, "{}", proxy.stderr());
    proxy.signal("-TERM");
    let status = proxy.wait_exit(Duration::from_secs(10));
    assert!(
        status.is_some_and(|s| s.code() == Some(1)),
        "{status:?}\n{}",
        proxy.stderr()
    );
    assert_eq!(
        slow.join().unwrap(),
        None,
        "the cut request cannot have completed"
    );
}
