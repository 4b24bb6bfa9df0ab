//! Handshake storm: connect, full TLS 1.3 mTLS handshake (rotating client certs), optional request, close.

use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use tokio::io::BufReader;
use tokio::sync::Semaphore;

use crate::clients::{ClientSet, Identity, ServerAuth};
use crate::pacing::{Alarm, Bounds, Pacer};
use crate::report::{Report, RunInfo};
use crate::runner::{build_request, connect_tls, exchange, run_threads, ThreadCtx};
use crate::stats::{judge, ErrorClass, Outcome, Phase};

/// Concurrent connections per thread in closed loop when not given: enough to keep a
/// single-worker server busy while the client waits on round trips.
pub const DEFAULT_CLOSED_LOOP_CONNS: usize = 8;

/// In-flight cap per thread in fixed-rate mode when not given: high enough that a server
/// slower than the offered rate shows up as latency rather than late starts, low enough
/// to stay well inside the usual 1024 open-file soft limit.
pub const DEFAULT_OPEN_LOOP_IN_FLIGHT: usize = 256;

/// What a handshake storm does.
#[derive(Clone)]
pub struct HandshakeOptions {
    /// Server address.
    pub target: SocketAddr,
    /// SNI and the name the server certificate must carry.
    pub server_name: String,
    /// Rotating client identities.
    pub clients: Arc<ClientSet>,
    /// Generator threads.
    pub threads: usize,
    /// Concurrent connections per thread (closed loop), or in-flight cap per thread (fixed rate).
    pub conns_per_thread: usize,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Stop after this many handshakes.
    pub count: Option<u64>,
    /// Fixed rate (handshakes/s, all threads); `None` = closed loop.
    pub rate: Option<f64>,
    /// Send one `GET /` after each handshake.
    pub request: bool,
    /// Limit per connection attempt, connect to response.
    pub timeout: Duration,
    /// Print a progress line every second.
    pub progress: bool,
}

struct Job {
    opts: HandshakeOptions,
    request: Vec<u8>,
}

/// Runs the storm and returns its report.
pub fn run(opts: HandshakeOptions) -> Result<Report> {
    if opts.threads == 0 || opts.conns_per_thread == 0 {
        bail!("--threads and --conns-per-thread must be at least 1");
    }
    if opts.rate.is_some_and(|r| !(r.is_finite() && r > 0.0)) {
        bail!("--rate must be a positive number");
    }
    let info = RunInfo {
        mode: "handshake",
        target: opts.target.to_string(),
        threads: opts.threads,
        concurrency: opts.threads * opts.conns_per_thread,
        offered_rate: opts.rate,
        server_verified: opts.clients.server_auth() == ServerAuth::Verify,
    };
    let bounds = Bounds::new(Instant::now(), opts.duration, opts.count);
    let show = opts.progress;
    let job = Arc::new(Job {
        request: build_request(&opts.server_name, 0),
        opts,
    });
    run_threads(info, bounds, show, move |ctx| {
        let job = Arc::clone(&job);
        async move {
            match job.opts.rate {
                None => closed_loop(job, ctx).await,
                Some(rate) => open_loop(job, ctx, rate).await,
            }
        }
    })
}

async fn closed_loop(job: Arc<Job>, ctx: Rc<ThreadCtx>) {
    let mut tasks = Vec::new();
    for _ in 0..job.opts.conns_per_thread {
        let (job, ctx) = (Arc::clone(&job), Rc::clone(&ctx));
        tasks.push(tokio::task::spawn_local(async move {
            while let Some(n) = ctx.bounds.claim(Instant::now()) {
                one(&job, &ctx, n, Instant::now()).await;
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
}

async fn open_loop(job: Arc<Job>, ctx: Rc<ThreadCtx>, rate: f64) {
    let cap = job.opts.conns_per_thread;
    let slots = Arc::new(Semaphore::new(cap));
    let mut pacer = Pacer::part(ctx.bounds.start(), rate, ctx.index, job.opts.threads);
    let mut alarm = Alarm::new();
    loop {
        let due = pacer.next_due();
        let Some(n) = ctx.bounds.claim(due) else {
            break;
        };
        alarm.wait_until(due).await;
        let permit = match Arc::clone(&slots).try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                // Starting late; latency still counts from `due`, so the delay is not hidden.
                ctx.stats.borrow_mut().late_starts += 1;
                let Ok(p) = Arc::clone(&slots).acquire_owned().await else {
                    break;
                };
                p
            }
        };
        let (job, ctx) = (Arc::clone(&job), Rc::clone(&ctx));
        tokio::task::spawn_local(async move {
            one(&job, &ctx, n, due).await;
            drop(permit);
        });
    }
    // Wait for the in-flight tail.
    let _ = slots.acquire_many(cap as u32).await;
}

/// One connection: its latency runs from `start` (the intended start in open loop).
async fn one(job: &Job, ctx: &ThreadCtx, n: u64, start: Instant) {
    let id = job.opts.clients.pick(n);
    let result = match tokio::time::timeout(job.opts.timeout, attempt(job, ctx, id)).await {
        Ok(r) => r,
        Err(_) => Err(ErrorClass::Timeout),
    };
    let outcome = judge(id.class.should_pass(), result);
    if outcome == Outcome::Ok {
        ctx.record(Phase::Total, start.elapsed());
    }
    ctx.count(outcome);
}

async fn attempt(job: &Job, ctx: &ThreadCtx, id: &Identity) -> Result<(), ErrorClass> {
    let tls = connect_tls(job.opts.target, &job.opts.server_name, &id.connector, ctx).await?;
    // In TLS 1.3 the client finishes its handshake before the server has judged the client
    // certificate, so a bad certificate is only seen refused on the first read: always
    // probe with a request for those.
    if !job.opts.request && id.class.should_pass() {
        return Ok(());
    }
    let mut conn = BufReader::new(tls);
    let answer = exchange(&mut conn, &job.request, ctx).await?;
    match ErrorClass::from_status(answer.status) {
        None => Ok(()),
        Some(class) => Err(class),
    }
}
