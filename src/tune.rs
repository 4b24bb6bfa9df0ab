//! tune (to be written).

/// Arguments of `portcullis tune`.
#[derive(Debug, clap::Args)]
pub struct TuneArgs {
    /// Only read and compare (the default).
    #[arg(long)]
    pub check: bool,
}

/// Runs the command; returns the process exit code.
pub fn run(_args: &TuneArgs) -> u8 {
    2
}
