//! Resident memory that s2n keeps per negotiated, idle connection pair, with and without client authentication.
//!
//! Usage: `conn_memory verify|verify-leaf|off [COUNT]` (`verify-leaf`: the
//! client sends its leaf without the intermediate). Builds the listener config the
//! proxy would build for that mode (demo PKI), completes COUNT in-memory
//! handshakes (`tls::bridge_mem`) with a client that holds the demo client
//! certificate, releases the buffers as an idle connection does, and prints
//! the growth of this process's RSS per pair. Run once per mode (separate
//! processes, so that one run's freed memory does not serve the other): the
//! difference is what client authentication makes s2n keep per connection.

use std::path::Path;
use std::process::ExitCode;

use portcullis::config::Config;
use portcullis::pki::DemoPki;
use portcullis::tls::bridge_mem::MemPair;
use portcullis::tls::build_listener_tls;
use portcullis::tls::client::client_config;

/// Client policy: TLS 1.3 with X25519 first, as in the benches.
const CLIENT_POLICY: &str = "CloudFront-TLS-1-3-2025-no-pq";
/// Pairs held by default: enough for allocator noise to vanish per pair.
const DEFAULT_PAIRS: usize = 5_000;

fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_default();
    let (listener_mode, leaf_only) = match mode.as_str() {
        "verify" => ("verify", false),
        "verify-leaf" => ("verify", true),
        "off" => ("off", false),
        _ => {
            eprintln!("usage: conn_memory verify|verify-leaf|off [COUNT]");
            return ExitCode::from(2);
        }
    };
    let count = args
        .next()
        .and_then(|c| c.parse().ok())
        .unwrap_or(DEFAULT_PAIRS);
    let dir = tempfile::tempdir().unwrap();
    let pki = DemoPki::generate();
    let paths = pki.write_to(dir.path()).unwrap();
    let text = format!(
        "[[listener]]\nname = \"mem\"\nbind = \"127.0.0.1:0\"\ncertificate = {:?}\n\
         private_key = {:?}\nmode = \"{listener_mode}\"\ntrust_store = \"corp\"\ntarget_group = \"app\"\n\
         [trust_store.corp]\nca_bundle = {:?}\n[target_group.app]\ntargets = [\"127.0.0.1:9\"]\n",
        paths.server_chain.display().to_string(),
        paths.server_key.display().to_string(),
        paths.ca_bundle.display().to_string(),
    );
    let cfg = Config::parse(&text, Path::new("mem.toml"), dir.path()).unwrap();
    let server = build_listener_tls(&cfg.listener[0], None, None)
        .unwrap()
        .config;
    let c = &pki.clients[0];
    let root = pki.root.cert_pem();
    let end = "-----END CERTIFICATE-----\n";
    let chain = if leaf_only {
        &c.chain_pem[..c.chain_pem.find(end).unwrap() + end.len()]
    } else {
        c.chain_pem.as_str()
    };
    let client = client_config(
        root.as_bytes(),
        Some((chain.as_bytes(), c.key_pem.as_bytes())),
        CLIENT_POLICY,
    )
    .unwrap();
    // One pair first, so that one-time initialisation is not counted.
    let mut warm = MemPair::new(&server, &client, "localhost").unwrap();
    warm.handshake().unwrap();
    drop(warm);
    let before = rss_kib();
    let mut pairs = Vec::with_capacity(count);
    for _ in 0..count {
        let mut p = MemPair::new(&server, &client, "localhost").unwrap();
        p.handshake().unwrap();
        p.release_buffers().unwrap();
        pairs.push(p);
    }
    let after = rss_kib();
    let per_pair = (after - before) as f64 / count as f64;
    println!("{mode}: {count} idle pairs, {per_pair:.2} KiB per pair (server + client)");
    ExitCode::SUCCESS
}
