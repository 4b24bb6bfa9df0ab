//! Shard threads: CPU pinning and the per-thread monoio runtime (io_uring, or the legacy driver).

use std::future::Future;

use monoio::{IoUringDriver, LegacyDriver, RuntimeBuilder};

/// io_uring submission queue entries per shard. 4096 covers a burst of
/// accepts, reads and writes on thousands of connections without the
/// kernel's overflow path.
const URING_ENTRIES: u32 = 4096;

/// Which I/O driver a shard ended up with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DriverKind {
    IoUring,
    Legacy,
}

/// Pins the calling thread to `cpu`, logging (not failing) when the host
/// refuses, e.g. inside a restricted cpuset.
pub fn pin_current_thread(shard: usize, cpu: usize) {
    let set: std::collections::HashSet<usize> = std::iter::once(cpu).collect();
    match monoio::utils::bind_to_cpu_set(set) {
        Ok(()) => tracing::info!(shard, cpu, "shard pinned"),
        Err(e) => tracing::warn!(shard, cpu, error = ?e, "could not pin shard to cpu"),
    }
}

/// How a shard's io_uring instance is set up, best first.
///
/// `IORING_SETUP_DEFER_TASKRUN` (with `SINGLE_ISSUER`) was measured against
/// `COOP_TASKRUN` and made no difference beyond noise (`loadtest/README.md`),
/// so the older, more widely available flag is used.
#[derive(Debug, Clone, Copy)]
enum UringSetup {
    /// `IORING_SETUP_COOP_TASKRUN` (5.19+): no IPI per completion; the work
    /// runs at the shard's next kernel entry, which a shard makes on every
    /// loop turn.
    CoopTaskrun,
    /// Neither (older kernels refuse the flags).
    Plain,
}

/// An io_uring runtime set up as `setup` says.
fn uring_runtime(
    setup: UringSetup,
) -> std::io::Result<monoio::Runtime<monoio::time::TimeDriver<IoUringDriver>>> {
    let mut urb = io_uring::IoUring::builder();
    match setup {
        UringSetup::CoopTaskrun => {
            urb.setup_coop_taskrun();
        }
        UringSetup::Plain => {}
    }
    RuntimeBuilder::<IoUringDriver>::new()
        .with_entries(URING_ENTRIES)
        .uring_builder(urb)
        .enable_timer()
        .build()
}

/// The first io_uring setup this kernel accepts, best first; the last
/// error if none.
fn best_uring_runtime() -> std::io::Result<(
    UringSetup,
    monoio::Runtime<monoio::time::TimeDriver<IoUringDriver>>,
)> {
    let mut last = None;
    for setup in [UringSetup::CoopTaskrun, UringSetup::Plain] {
        match uring_runtime(setup) {
            Ok(rt) => return Ok((setup, rt)),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no io_uring setup")))
}

/// Why io_uring is not used, if it is not.
fn legacy_reason() -> Option<String> {
    if let Ok(v) = std::env::var("MONOIO_FORCE_LEGACY_DRIVER") {
        if matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "yes") {
            return Some("MONOIO_FORCE_LEGACY_DRIVER is set".into());
        }
    }
    if !monoio::utils::detect_uring() {
        return Some("io_uring is unavailable or lacks required opcodes on this kernel".into());
    }
    None
}

/// Builds this thread's runtime and runs `make()`'s future to completion on
/// it. io_uring is preferred; when it is unavailable or fails to initialise
/// (e.g. RLIMIT_MEMLOCK, seccomp) the epoll-based legacy driver is used and a
/// warning names the reason.
pub fn run_on_shard_runtime<F, Fut>(shard: usize, make: F) -> std::io::Result<DriverKind>
where
    F: FnOnce(DriverKind) -> Fut,
    Fut: Future<Output = ()>,
{
    let reason = match legacy_reason() {
        Some(r) => r,
        None => match best_uring_runtime() {
            Ok((setup, mut rt)) => {
                tracing::debug!(shard, ?setup, "io_uring runtime");
                rt.block_on(make(DriverKind::IoUring));
                return Ok(DriverKind::IoUring);
            }
            Err(e) => format!("io_uring setup failed: {e}"),
        },
    };
    tracing::warn!(shard, %reason, "using the legacy (epoll) driver instead of io_uring");
    let mut rt = RuntimeBuilder::<LegacyDriver>::new()
        .enable_timer()
        .build()?;
    rt.block_on(make(DriverKind::Legacy));
    Ok(DriverKind::Legacy)
}
