//! Command-line entry point: parses arguments and hands off to the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use portcullis::config::Config;
use portcullis::shard::{control::CrlWatch, Server};

/// Exit status for a configuration error (EX_USAGE-style, per the CLI contract).
const EXIT_CONFIG: u8 = 64;
/// How often the main thread looks at signals and CRL files.
const CONTROL_TICK: Duration = Duration::from_millis(200);

#[derive(Parser)]
#[command(
    name = "portcullis",
    version,
    about = "Mutual-TLS terminating reverse proxy"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve until SIGTERM/SIGINT (graceful drain); SIGHUP reloads.
    Run {
        #[arg(long)]
        config: PathBuf,
    },
    /// Validate a config file; exit 64 on error.
    CheckConfig { file: PathBuf },
    /// Validate a client chain offline exactly as the proxy would.
    Verify(portcullis::trust::cli::VerifyArgs),
    /// Throw-away PKI, proxy, echo target and load in one run.
    Demo(portcullis::demo::DemoArgs),
    /// Compare (and with --apply, set) host tuning against the profile.
    Tune(portcullis::tune::TuneArgs),
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("PORTCULLIS_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    match cli.command {
        Command::Verify(args) => ExitCode::from(portcullis::trust::cli::run(&args)),
        Command::Tune(args) => ExitCode::from(portcullis::tune::run(&args)),
        Command::CheckConfig { file } => check_config(&file),
        Command::Run { config } => run(&config),
        Command::Demo(args) => match portcullis::demo::run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("demo failed: {e:#}");
                ExitCode::FAILURE
            }
        },
    }
}

fn check_config(file: &Path) -> ExitCode {
    let cfg = match Config::load(file) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_CONFIG);
        }
    };
    // Beyond syntax: every file the config names must load.
    match portcullis::shard::Shared::build(&cfg) {
        Ok(_) => {
            println!("{}: ok", file.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}: {e}", file.display());
            ExitCode::from(EXIT_CONFIG)
        }
    }
}

fn run(file: &Path) -> ExitCode {
    let cfg = match Config::load(file) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_CONFIG);
        }
    };
    // Handlers go in before anything is served: a SIGHUP that arrives while
    // the listeners come up must reload, not kill the process.
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: signal handling: {e}");
            return ExitCode::FAILURE;
        }
    };
    let server = match Server::start(&cfg) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for (l, a) in cfg.listener.iter().zip(server.local_addrs()) {
        tracing::info!(listener = %l.name, addr = %a, mode = ?l.mode, "listening");
    }
    let admin = match portcullis::admin::start_for(&cfg, server.shared()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: admin listener: {e}");
            server.shutdown();
            return ExitCode::FAILURE;
        }
    };
    let signals = wait_for_signals(signals, &server);
    tracing::info!("draining (a second SIGTERM/SIGINT exits at once)");
    exit_on_second_stop_signal(signals);
    // The admin listener outlives the drain, so that health checks see
    // `/healthz` answer 503 and take this host out of rotation meanwhile.
    server.shutdown();
    if let Some(a) = admin {
        a.shutdown();
    }
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// Blocks until SIGTERM/SIGINT; SIGHUP reloads; CRL files are watched.
fn wait_for_signals(
    mut signals: signal_hook::iterator::Signals,
    server: &Server,
) -> signal_hook::iterator::Signals {
    use signal_hook::consts::SIGHUP;
    let mut crl_watch = CrlWatch::new(server.shared());
    loop {
        for sig in signals.pending() {
            if sig == SIGHUP {
                match server.shared().reload() {
                    Ok(msg) => tracing::info!("SIGHUP: {msg}"),
                    Err(e) => tracing::error!("SIGHUP: reload failed, previous state kept: {e}"),
                }
            } else {
                return signals;
            }
        }
        crl_watch.tick(server.shared());
        std::thread::sleep(CONTROL_TICK);
    }
}

/// During a drain, a second SIGTERM/SIGINT ends the process at once (exit 1)
/// instead of waiting up to `drain_timeout_ms`: the operator's "now".
fn exit_on_second_stop_signal(mut signals: signal_hook::iterator::Signals) {
    let spawned = std::thread::Builder::new()
        .name("portcullis-signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if sig != signal_hook::consts::SIGHUP {
                    tracing::warn!("second stop signal: exiting without finishing the drain");
                    std::process::exit(1);
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot watch for a second stop signal");
    }
}
