//! Opens many idle, established mTLS keep-alive connections to a server (and serves the echo target they reach), for `benches/idle_memory.sh`.
//!
//! `idle_clients connect`: on one monoio thread, opens `--count`
//! connections, `--concurrency` at a time; each completes a full TLS 1.3
//! handshake with the demo PKI's valid client certificate, sends one
//! keep-alive `GET /` and reads the answer, then stays open and idle.
//! Prints `established N failed M` once all are done, then holds them for
//! `--hold-seconds` (bounded) so that the server's memory can be read.
//!
//! `idle_clients echo`: runs portcullis's demo echo target on a loopback
//! port for `--seconds`, printing `echo 127.0.0.1:PORT` first.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use portcullis::demo::load::request;
use portcullis::tls::client::{client_config, connect};
use portcullis::tls::TlsStream;

/// Deadline for one connection's connect + handshake, and again for its
/// request; loopback takes milliseconds.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(20);
/// Client TLS policy: TLS 1.3 offering X25519 first, as curl and browsers do.
const CLIENT_POLICY: &str = "CloudFront-TLS-1-3-2025-no-pq";
/// The one request each connection sends before going idle.
const REQUEST: &[u8] = b"GET /idle HTTP/1.1\r\nHost: localhost\r\n\r\n";
/// Upper bound on `--hold-seconds` and `--seconds`, so that a forgotten
/// process cannot run for long.
const MAX_HOLD_SECONDS: u64 = 900;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Open idle established mTLS connections and hold them.
    Connect {
        /// Server address (loopback).
        #[arg(long)]
        addr: SocketAddr,
        /// PKI directory written by `gen_pki`.
        #[arg(long)]
        pki: PathBuf,
        /// Connections to open.
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        /// Connections being opened at the same time.
        #[arg(long, default_value_t = 64)]
        concurrency: usize,
        /// How long to hold the connections once all are established.
        #[arg(long, default_value_t = 60)]
        hold_seconds: u64,
    },
    /// Serve the demo echo target.
    Echo {
        /// How long to serve.
        #[arg(long, default_value_t = 300)]
        seconds: u64,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Echo { seconds } => echo(seconds),
        Command::Connect {
            addr,
            pki,
            count,
            concurrency,
            hold_seconds,
        } => match client_config_from(&pki) {
            Ok(cfg) => {
                let hold = Duration::from_secs(hold_seconds.min(MAX_HOLD_SECONDS));
                connect_all(addr, cfg, count, concurrency.max(1), hold)
            }
            Err(e) => {
                eprintln!("idle_clients: {}: {e}", pki.display());
                ExitCode::from(2)
            }
        },
    }
}

fn echo(seconds: u64) -> ExitCode {
    match portcullis::demo::echo::start() {
        Ok((addr, _)) => {
            println!("echo {addr}");
            std::thread::sleep(Duration::from_secs(seconds.min(MAX_HOLD_SECONDS)));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("idle_clients echo: {e}");
            ExitCode::FAILURE
        }
    }
}

fn client_config_from(dir: &std::path::Path) -> Result<s2n_tls::config::Config, String> {
    let read = |name: &str| std::fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let root = read("root.pem")?;
    let chain = read("client-valid.pem")?;
    let key = read("client-valid.key")?;
    client_config(&root, Some((&chain, &key)), CLIENT_POLICY).map_err(|e| e.to_string())
}

/// One connection: handshake, one request answered with 200, then kept.
async fn open(addr: SocketAddr, cfg: Rc<s2n_tls::config::Config>) -> Result<TlsStream, String> {
    let mut s = connect(addr, &cfg, "localhost", HANDSHAKE_TIMEOUT)
        .await
        .map_err(|e| format!("handshake: {e}"))?;
    match monoio::time::timeout(HANDSHAKE_TIMEOUT, request(&mut s, REQUEST)).await {
        Ok(Some(r)) if r.status == 200 => Ok(s),
        Ok(Some(r)) => Err(format!("status {}", r.status)),
        Ok(None) => Err("no response".into()),
        Err(_) => Err("response timed out".into()),
    }
}

fn connect_all(
    addr: SocketAddr,
    cfg: s2n_tls::config::Config,
    count: usize,
    concurrency: usize,
    hold: Duration,
) -> ExitCode {
    let rt = monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
        .enable_timer()
        .build();
    let mut rt = match rt {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("idle_clients: runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    rt.block_on(async move {
        let cfg = Rc::new(cfg);
        let started = Instant::now();
        let mut open_streams = Vec::with_capacity(count);
        let mut failed = 0usize;
        let mut first_error = None;
        let mut left = count;
        while left > 0 {
            let wave = left.min(concurrency);
            left -= wave;
            let tasks: Vec<_> = (0..wave)
                .map(|_| monoio::spawn(open(addr, cfg.clone())))
                .collect();
            for t in tasks {
                match t.await {
                    Ok(s) => open_streams.push(s),
                    Err(e) => {
                        failed += 1;
                        first_error.get_or_insert(e);
                    }
                }
            }
        }
        println!(
            "established {} failed {} in {:.1}s",
            open_streams.len(),
            failed,
            started.elapsed().as_secs_f64()
        );
        if let Some(e) = first_error {
            eprintln!("idle_clients: first error: {e}");
        }
        monoio::time::sleep(hold).await;
        drop(open_streams);
        if failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    })
}
