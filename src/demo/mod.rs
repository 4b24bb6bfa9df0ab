//! `portcullis demo`: a throw-away PKI, the proxy in verify mode, an echo target and load, in one run.
//!
//! Everything lives in a temporary directory and on loopback; the run is
//! bounded by `--seconds` and exits by itself with a short report.

pub mod echo;
pub mod load;

use std::path::Path;
use std::time::Duration;

use anyhow::Context;

use crate::config::Config;
use crate::pki::{DemoPaths, DemoPki};
use crate::shard::Server;
use crate::tls::client::{client_config, connect};

/// The client speaks the proxy's default policy: TLS 1.3 with X25519 offered
/// first, the key exchange the crypto-floor comparisons assume.
const CLIENT_POLICY: &str = crate::config::DEFAULT_SECURITY_POLICY;
/// Clock ticks per second in /proc stat files (USER_HZ; 100 on Linux).
const USER_HZ: f64 = 100.0;

/// Arguments of `portcullis demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Seconds of handshake load.
    #[arg(long, default_value_t = 5)]
    pub seconds: u64,
    /// Concurrent client connections during the load.
    #[arg(long, default_value_t = 16)]
    pub concurrency: usize,
    /// Proxy shards (default: one, so a 2-core host keeps a core for the load).
    #[arg(long, default_value_t = 1)]
    pub shards: usize,
}

/// Runs the demo and prints its report; an error if a client got an
/// unexpected verdict or no handshake succeeded.
pub fn run(args: &DemoArgs) -> anyhow::Result<()> {
    let dir = tempfile::Builder::new()
        .prefix("portcullis-demo-")
        .tempdir()?;
    let pki = DemoPki::generate();
    let paths = pki.write_to(dir.path()).context("writing the demo PKI")?;
    let (target, echo_stats) = echo::start().context("starting the echo target")?;
    let log = dir.path().join("conn.log");
    let cfg = demo_config(&paths, target, &log, args.shards.max(1), dir.path())?;
    let server = Server::start(&cfg).context("starting the proxy")?;
    let addr = server.local_addrs()[0];
    println!(
        "portcullis demo: verify mode on {addr}, {} shard(s), echo target on {target}",
        args.shards.max(1)
    );
    println!(
        "throw-away PKI and connection log in {}\n",
        dir.path().display()
    );

    let root = pki.root.cert_pem().into_bytes();
    let mismatches = run_matrix(&pki, &root, addr, &log)?;

    let valid = pki
        .clients
        .iter()
        .find(|c| c.label == "valid")
        .context("no valid client")?;
    let client = client_config(
        &root,
        Some((valid.chain_pem.as_bytes(), valid.key_pem.as_bytes())),
        CLIENT_POLICY,
    )?;
    let cpu_before = shard_cpu_seconds();
    let report = std::thread::scope(|s| {
        s.spawn(|| {
            load::run(
                addr,
                client,
                args.concurrency.max(1),
                Duration::from_secs(args.seconds),
            )
        })
        .join()
    })
    .map_err(|_| anyhow::anyhow!("load driver panicked"))?;
    let server_cpu = shard_cpu_seconds() - cpu_before;
    print_load(
        &report,
        server_cpu,
        echo_stats
            .requests
            .load(std::sync::atomic::Ordering::Relaxed),
    );
    let sigs = server.shared().metrics.signature_checks();
    println!(
        "client certificate signatures: {} verified, {} answered from the shards' memo (returning clients)",
        sigs.misses, sigs.hits
    );
    server.shutdown();
    print_log_excerpt(&log);
    if mismatches > 0 {
        anyhow::bail!("{mismatches} client(s) got an unexpected verdict");
    }
    if report.handshakes == 0 {
        anyhow::bail!("no handshake succeeded under load");
    }
    Ok(())
}

fn demo_config(
    paths: &DemoPaths,
    target: std::net::SocketAddr,
    log: &Path,
    shards: usize,
    dir: &Path,
) -> anyhow::Result<Config> {
    let q = |p: &Path| format!("{:?}", p.display().to_string());
    let crls: Vec<String> = paths.crls.iter().map(|p| q(p)).collect();
    let text = format!(
        r#"
[runtime]
shards = {shards}
drain_timeout_ms = 2000

[[listener]]
name = "demo"
bind = "127.0.0.1:0"
certificate = {cert}
private_key = {key}
mode = "verify"
trust_store = "demo"
target_group = "echo"

[trust_store.demo]
ca_bundle = {bundle}
crls = [{crls}]

[target_group.echo]
targets = ["{target}"]

[logs]
connection_log = {log}
"#,
        cert = q(&paths.server_chain),
        key = q(&paths.server_key),
        bundle = q(&paths.ca_bundle),
        crls = crls.join(", "),
        log = q(log),
    );
    Ok(Config::parse(&text, Path::new("<demo>"), dir)?)
}

/// Connects once as each demo client; prints expected vs actual verdicts.
fn run_matrix(
    pki: &DemoPki,
    root: &[u8],
    addr: std::net::SocketAddr,
    log: &Path,
) -> anyhow::Result<usize> {
    println!(
        "{:<15} {:<34} {:<34} target answered",
        "client", "expected", "connection log says"
    );
    let mut rt = monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
        .enable_timer()
        .build()?;
    let mut mismatches = 0;
    for (i, c) in pki.clients.iter().enumerate() {
        let cfg = client_config(
            root,
            Some((c.chain_pem.as_bytes(), c.key_pem.as_bytes())),
            CLIENT_POLICY,
        )?;
        let answer = rt.block_on(async {
            let mut s = connect(addr, &cfg, "localhost", Duration::from_secs(5))
                .await
                .ok()?;
            let r = load::request(&mut s, b"GET /whoami HTTP/1.1\r\nHost: localhost\r\n\r\n").await;
            s.close().await;
            r
        });
        let got = wait_for_log_line(log, i + 1).unwrap_or_else(|| "(no log line)".into());
        let ok = got == c.expected && answer.is_some() == (c.expected == "Success");
        mismatches += usize::from(!ok);
        let answered = answer
            .map(|r| format!("{}", r.status))
            .unwrap_or_else(|| "refused".into());
        println!(
            "{:<15} {:<34} {:<34} {:<8} {}",
            c.label,
            c.expected,
            got,
            answered,
            if ok { "ok" } else { "MISMATCH" }
        );
    }
    Ok(mismatches)
}

/// The verify status of log line `n` (1-based), waiting briefly for the writer.
fn wait_for_log_line(log: &Path, n: usize) -> Option<String> {
    for _ in 0..250 {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if let Some(line) = text.lines().nth(n - 1) {
            return line.split(' ').rev().nth(1).map(str::to_string);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

fn print_load(r: &load::LoadReport, server_cpu: f64, target_requests: u64) {
    let secs = r.elapsed.as_secs_f64().max(1e-9);
    println!(
        "\nload: {:.1} s closed loop: {} full mTLS handshakes ({:.0}/s), {} requests answered by the target, {} errors",
        secs, r.handshakes, r.handshakes as f64 / secs, target_requests, r.errors
    );
    let q = |p: f64| r.latency_us.value_at_quantile(p) as f64 / 1000.0;
    println!(
        "handshake latency (connect + TLS, client side): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        q(0.5),
        q(0.99),
        r.latency_us.max() as f64 / 1000.0
    );
    if r.handshakes > 0 && server_cpu > 0.0 {
        println!(
            "proxy shard CPU: {:.0} µs per handshake+request (from /proc; the client shares this host)",
            server_cpu * 1e6 / r.handshakes as f64
        );
    }
}

fn print_log_excerpt(log: &Path) {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    println!(
        "\nconnection log ({} lines), first refusals and successes:",
        text.lines().count()
    );
    let mut shown = 0;
    for line in text.lines() {
        if shown < 3 || (shown < 6 && line.contains(" Success ")) {
            println!("  {line}");
            shown += 1;
        }
    }
}

/// CPU seconds consumed so far by this process's shard threads, from /proc.
fn shard_cpu_seconds() -> f64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0.0;
    };
    let mut ticks = 0u64;
    for t in tasks.flatten() {
        let Ok(stat) = std::fs::read_to_string(t.path().join("stat")) else {
            continue;
        };
        // comm is in parentheses and may contain spaces; fields follow it.
        let Some((comm, rest)) = stat.split_once(") ") else {
            continue;
        };
        if !comm.contains("portcullis-sha") {
            continue;
        }
        let f: Vec<&str> = rest.split(' ').collect();
        // After "pid (comm) ", utime and stime are the 12th and 13th fields.
        ticks += f.get(11).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        ticks += f.get(12).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    }
    ticks as f64 / USER_HZ
}
