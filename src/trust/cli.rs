//! `portcullis verify` (to be written).

/// Arguments of `portcullis verify`.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// Client chain, PEM, leaf first.
    pub chain: std::path::PathBuf,
}

/// Runs the command; returns the process exit code (0 Success, 1 Failed, 2 bad input).
pub fn run(_args: &VerifyArgs) -> u8 {
    2
}
