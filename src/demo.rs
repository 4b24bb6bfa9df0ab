//! `portcullis demo` (being written).

/// Arguments of `portcullis demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {}

/// Runs the demo.
pub fn run(_args: &DemoArgs) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
