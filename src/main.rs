//! Command-line entry point: parses arguments and hands off to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "portcullis", version, about = "Mutual-TLS terminating reverse proxy")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve until SIGTERM/SIGINT (graceful drain).
    Run {
        #[arg(long)]
        config: PathBuf,
    },
    /// Validate a config file; exit 64 on error.
    CheckConfig { file: PathBuf },
    /// Validate a client chain offline exactly as the proxy would.
    Verify(portcullis::trust::cli::VerifyArgs),
    /// Throw-away PKI, proxy, echo target and load in one run.
    Demo,
    /// Compare (and with --apply, set) host tuning against the profile.
    Tune(portcullis::tune::TuneArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Verify(args) => ExitCode::from(portcullis::trust::cli::run(&args)),
        Command::Tune(args) => ExitCode::from(portcullis::tune::run(&args)),
        Command::CheckConfig { file } => match portcullis::config::Config::load(&file) {
            Ok(_) => {
                println!("{}: ok", file.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(64)
            }
        },
        Command::Run { .. } | Command::Demo => {
            eprintln!("not yet implemented");
            ExitCode::from(2)
        }
    }
}
