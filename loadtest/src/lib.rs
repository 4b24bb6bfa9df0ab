//! portcullis's bundled load generators: handshake storm, keep-alive request load, echo target, crypto floor.
//!
//! Each generator runs on N OS threads, each with its own single-threaded tokio runtime
//! and its own [`stats::Stats`] (HDR histograms and counters), so threads never contend;
//! the stats are merged once at the end into a [`report::Report`]. Runs are always
//! bounded ([`pacing::Bounds`]): by a duration, a count, or a 10 s default.

pub mod breakdown;
pub mod clients;
pub mod echo;
pub mod flights;
pub mod floor;
pub mod handshake;
pub mod http1;
pub mod pacing;
pub mod pki;
pub mod report;
pub mod requests;
pub mod runner;
pub mod stats;

/// Runs a future to completion on a fresh single-threaded runtime (unit tests).
#[cfg(test)]
pub(crate) fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
        .block_on(f)
}
