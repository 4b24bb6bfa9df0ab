//! `loadtest` command line: parses arguments and dispatches to the generators.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};

use portcullis_loadtest::breakdown::{self, Breakdown};
use portcullis_loadtest::clients::{ClientSet, ServerAuth, Source};
use portcullis_loadtest::echo::EchoServer;
use portcullis_loadtest::pacing::parse_duration;
use portcullis_loadtest::pki::{self, PkiOptions};
use portcullis_loadtest::report::Report;
use portcullis_loadtest::{floor, handshake, requests};

/// Load generators and test PKI for portcullis (and any TLS 1.3 mTLS server).
#[derive(Parser)]
#[command(name = "loadtest", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a test PKI (root, intermediate, server, rotating clients, CRLs, manifest).
    Pki {
        /// Output directory.
        #[arg(long)]
        out: PathBuf,
        /// Key algorithm: p256 or rsa2048.
        #[arg(long, default_value = "p256")]
        alg: pki::Alg,
        /// Number of client certificates.
        #[arg(long, default_value_t = 20)]
        clients: usize,
        /// Share of clients that are revoked, expired or untrusted (0..1).
        #[arg(long, default_value_t = 0.2)]
        bad_share: f64,
    },
    /// Full TLS 1.3 mTLS handshake storm.
    Handshake(HandshakeArgs),
    /// Keep-alive HTTP/1.1 requests over established mTLS connections.
    Requests(RequestsArgs),
    /// Plain HTTP/1.1 echo target (serves until killed).
    Echo {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:9000")]
        bind: SocketAddr,
        /// Worker threads.
        #[arg(long, default_value_t = 1)]
        threads: usize,
    },
    /// Share of a server's CPU samples per category (kernel, crypto, TLS library, allocator,
    /// ...) from `perf script -F ip,sym,dso` output (a file, or stdin).
    Breakdown {
        /// The server's binary has its TLS library linked in (portcullis): its C functions
        /// are the TLS library's, its Rust ones the server's.
        #[arg(long)]
        static_tls: bool,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// `perf script -F ip,sym,dso` output; stdin when absent.
        input: Option<PathBuf>,
    },
    /// Bare crypto floor of one server-side mTLS handshake (X25519 + P-256 sign + 2 verifies).
    Floor {
        /// Timed iterations per measurement.
        #[arg(long, default_value_t = 5000)]
        iterations: u64,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct HandshakeArgs {
    #[command(flatten)]
    target: TargetArgs,
    /// Generator threads.
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Concurrent connections per thread [default: 8]; with --rate, the cap on
    /// connections in flight per thread [default: 256].
    #[arg(long)]
    conns_per_thread: Option<usize>,
    /// Send one `GET /` after each handshake.
    #[arg(long)]
    request: bool,
    /// Use only the good certificates of the PKI (a pure handshake-throughput run).
    #[arg(long)]
    good_only: bool,
    #[command(flatten)]
    load: LoadArgs,
}

#[derive(Args)]
struct RequestsArgs {
    #[command(flatten)]
    target: TargetArgs,
    /// Generator threads.
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Keep-alive connections (all threads).
    #[arg(long, default_value_t = 16)]
    conns: usize,
    /// Request body size in bytes (0 = GET, else POST).
    #[arg(long, default_value_t = 0)]
    body_bytes: usize,
    #[command(flatten)]
    load: LoadArgs,
}

#[derive(Args)]
struct TargetArgs {
    /// Server address, e.g. 127.0.0.1:8443.
    #[arg(long)]
    target: SocketAddr,
    /// PKI directory with manifest.json (from `loadtest pki` or your own).
    #[arg(long, conflicts_with_all = ["cert", "key", "ca"])]
    pki: Option<PathBuf>,
    /// Client certificate chain (PEM, leaf first), instead of --pki.
    #[arg(long, requires_all = ["key", "ca"])]
    cert: Option<PathBuf>,
    /// Client private key (PEM).
    #[arg(long)]
    key: Option<PathBuf>,
    /// CA certificate(s) the server chains to (PEM).
    #[arg(long)]
    ca: Option<PathBuf>,
    /// Server name (SNI); the server certificate must be valid for it.
    #[arg(long, default_value = "localhost")]
    server_name: String,
    /// INSECURE: do not check the server's certificate at all (as h2load and wrk do not),
    /// so that one generator core can saturate a server you started yourself. The server's
    /// work is unchanged; the client authenticates no one. Never use it across a network.
    #[arg(long)]
    insecure_skip_server_verify: bool,
    /// s2n-tls security policy of the client (e.g. default_tls13 for a P-256 key share).
    #[arg(long, default_value = portcullis_loadtest::clients::SECURITY_POLICY)]
    security_policy: String,
    /// Timeout per connection attempt or request, e.g. 5s.
    #[arg(long, default_value = "5s", value_parser = parse_duration)]
    timeout: Duration,
}

#[derive(Args)]
struct LoadArgs {
    /// Stop after this long (10s, 500ms, 2m); 10s when neither this nor --count is given.
    #[arg(long, value_parser = parse_duration)]
    duration: Option<Duration>,
    /// Stop after this many operations.
    #[arg(long)]
    count: Option<u64>,
    /// Fixed rate in operations/s (open loop); default is closed loop.
    #[arg(long)]
    rate: Option<f64>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// No progress line on stderr.
    #[arg(long)]
    quiet: bool,
}

fn source(t: &TargetArgs) -> Result<Source> {
    match (&t.pki, &t.cert, &t.key, &t.ca) {
        (Some(dir), _, _, _) => Ok(Source::Pki(dir.clone())),
        (None, Some(cert), Some(key), Some(ca)) => Ok(Source::Files {
            cert: cert.clone(),
            key: key.clone(),
            ca: ca.clone(),
        }),
        _ => bail!("give --pki DIR, or --cert, --key and --ca"),
    }
}

fn server_auth(t: &TargetArgs) -> ServerAuth {
    if t.insecure_skip_server_verify {
        ServerAuth::InsecureSkip
    } else {
        ServerAuth::Verify
    }
}

fn print_report(report: &Report, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
    } else {
        print!("{}", report.render());
    }
    Ok(())
}

fn run_handshake(a: HandshakeArgs) -> Result<()> {
    let clients = Arc::new(ClientSet::load_with(
        &source(&a.target)?,
        a.good_only,
        &a.target.security_policy,
        server_auth(&a.target),
    )?);
    if !a.load.quiet {
        let mix: Vec<String> = clients
            .class_counts()
            .iter()
            .map(|(c, n)| format!("{c}={n}"))
            .collect();
        eprintln!("client certificates: {}", mix.join(" "));
    }
    let default_conns = match a.load.rate {
        Some(_) => handshake::DEFAULT_OPEN_LOOP_IN_FLIGHT,
        None => handshake::DEFAULT_CLOSED_LOOP_CONNS,
    };
    let opts = handshake::HandshakeOptions {
        target: a.target.target,
        server_name: a.target.server_name,
        clients,
        threads: a.threads,
        conns_per_thread: a.conns_per_thread.unwrap_or(default_conns),
        duration: a.load.duration,
        count: a.load.count,
        rate: a.load.rate,
        request: a.request,
        timeout: a.target.timeout,
        progress: !a.load.quiet,
    };
    print_report(&handshake::run(opts)?, a.load.json)
}

fn run_requests(a: RequestsArgs) -> Result<()> {
    let clients = Arc::new(ClientSet::load_with(
        &source(&a.target)?,
        true,
        &a.target.security_policy,
        server_auth(&a.target),
    )?);
    let opts = requests::RequestsOptions {
        target: a.target.target,
        server_name: a.target.server_name,
        clients,
        threads: a.threads,
        conns: a.conns,
        duration: a.load.duration,
        count: a.load.count,
        rate: a.load.rate,
        body_bytes: a.body_bytes,
        timeout: a.target.timeout,
        progress: !a.load.quiet,
    };
    print_report(&requests::run(opts)?, a.load.json)
}

/// Raises the soft limit on open files to the hard one: a run opens a socket per
/// connection, and a fixed-rate one a timer per schedule, which the usual soft
/// limit of 1,024 caps long before the machine does. Best effort.
fn raise_open_file_limit() {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let limit = getrlimit(Resource::Nofile);
    if limit.current.is_some() && limit.current != limit.maximum {
        let _ = setrlimit(
            Resource::Nofile,
            Rlimit {
                current: limit.maximum,
                maximum: limit.maximum,
            },
        );
    }
}

fn main() -> Result<()> {
    raise_open_file_limit();
    match Cli::parse().command {
        Command::Pki {
            out,
            alg,
            clients,
            bad_share,
        } => {
            let m = pki::generate(
                &out,
                &PkiOptions {
                    alg,
                    clients,
                    bad_share,
                },
            )?;
            let bad = m.clients.iter().filter(|c| !c.class.should_pass()).count();
            println!(
                "wrote {} ({} clients, {} bad) with manifest {}",
                out.display(),
                m.clients.len(),
                bad,
                pki::MANIFEST_FILE
            );
        }
        Command::Handshake(args) => run_handshake(args)?,
        Command::Requests(args) => run_requests(args)?,
        Command::Echo { bind, threads } => {
            let server = EchoServer::spawn(bind, threads)?;
            eprintln!("echo target listening on {}", server.addr);
            server.wait();
        }
        Command::Floor { iterations, json } => {
            let f = floor::measure(iterations)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&f)?);
            } else {
                print!("{}", f.render());
            }
        }
        Command::Breakdown {
            static_tls,
            json,
            input,
        } => {
            let text = match &input {
                Some(path) => std::fs::read_to_string(path)
                    .with_context(|| format!("reading {}", path.display()))?,
                None => std::io::read_to_string(std::io::stdin()).context("reading stdin")?,
            };
            let b = Breakdown::from_perf_script(&text, breakdown::Options { static_tls });
            if b.samples == 0 {
                bail!("no samples in the input (expected `perf script -F ip,sym,dso` lines)");
            }
            if json {
                println!("{}", b.to_json());
            } else {
                print!("{}", b.render());
            }
        }
    }
    Ok(())
}
