//! admin (to be written).

/// Starts the admin listener when the config has an `[admin]` section.
pub fn start_for(
    _cfg: &crate::config::Config,
    _shared: &std::sync::Arc<crate::shard::Shared>,
) -> std::io::Result<Option<()>> {
    Ok(None)
}
