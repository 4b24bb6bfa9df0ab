//! Request load: keep-alive HTTP/1.1 requests over established mTLS connections, closed loop or fixed rate.

use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use tokio::io::BufReader;

use crate::clients::{ClientSet, ServerAuth};
use crate::pacing::{Alarm, Bounds, Pacer};
use crate::report::{Report, RunInfo};
use crate::runner::{build_request, connect_tls, exchange, run_threads, ThreadCtx, Tls};
use crate::stats::{ErrorClass, Outcome, Phase};

/// Pause before reconnecting after a failed connection, so a down server is not hammered
/// in a tight loop (the run stays bounded by its deadline or count either way).
const RECONNECT_BACKOFF: Duration = Duration::from_millis(10);

/// What a request load does.
#[derive(Clone)]
pub struct RequestsOptions {
    /// Server address.
    pub target: SocketAddr,
    /// SNI and Host header.
    pub server_name: String,
    /// Client identities (only good ones are used: the point is throughput).
    pub clients: Arc<ClientSet>,
    /// Generator threads.
    pub threads: usize,
    /// Keep-alive connections, all threads together.
    pub conns: usize,
    /// Stop after this long.
    pub duration: Option<Duration>,
    /// Stop after this many requests.
    pub count: Option<u64>,
    /// Fixed rate (requests/s, all connections); `None` = closed loop.
    pub rate: Option<f64>,
    /// Request body size; 0 sends `GET /`, else `POST /` with this many bytes.
    pub body_bytes: usize,
    /// Limit per request (and per connection setup).
    pub timeout: Duration,
    /// Print a progress line every second.
    pub progress: bool,
}

struct Job {
    opts: RequestsOptions,
    request: Vec<u8>,
}

type Conn = BufReader<Tls>;

/// Runs the load and returns its report.
pub fn run(opts: RequestsOptions) -> Result<Report> {
    if opts.threads == 0 || opts.conns < opts.threads {
        bail!("need --threads >= 1 and --conns >= --threads");
    }
    if opts.rate.is_some_and(|r| !(r.is_finite() && r > 0.0)) {
        bail!("--rate must be a positive number");
    }
    let info = RunInfo {
        mode: "requests",
        target: opts.target.to_string(),
        threads: opts.threads,
        concurrency: opts.conns,
        offered_rate: opts.rate,
        server_verified: opts.clients.server_auth() == ServerAuth::Verify,
    };
    let bounds = Bounds::new(Instant::now(), opts.duration, opts.count);
    let show = opts.progress;
    let job = Arc::new(Job {
        request: build_request(&opts.server_name, opts.body_bytes),
        opts,
    });
    run_threads(info, bounds, show, move |ctx| {
        let job = Arc::clone(&job);
        async move {
            let mut tasks = Vec::new();
            // Connection k belongs to thread k mod threads.
            for k in (ctx.index..job.opts.conns).step_by(job.opts.threads) {
                let (job, ctx) = (Arc::clone(&job), Rc::clone(&ctx));
                tasks.push(tokio::task::spawn_local(async move {
                    connection_loop(&job, &ctx, k).await
                }));
            }
            for t in tasks {
                let _ = t.await;
            }
        }
    })
}

async fn connect(job: &Job, ctx: &ThreadCtx, k: usize) -> Result<Conn, ErrorClass> {
    let id = job.opts.clients.pick(k as u64);
    let tls = connect_tls(job.opts.target, &job.opts.server_name, &id.connector, ctx).await?;
    Ok(BufReader::new(tls))
}

/// Keeps connection `k` busy until the run ends, reconnecting after failures.
async fn connection_loop(job: &Job, ctx: &ThreadCtx, k: usize) {
    let mut pacer = job
        .opts
        .rate
        .map(|r| Pacer::part(ctx.bounds.start(), r, k, job.opts.conns));
    // Closed loop never waits; a fixed-rate connection wakes on its own alarm.
    let mut alarm = pacer.as_ref().map(|_| Alarm::new());
    let mut conn: Option<Conn> = None;
    loop {
        let due = pacer.as_mut().map_or_else(Instant::now, Pacer::next_due);
        if ctx.bounds.claim(due).is_none() {
            return;
        }
        if let Some(alarm) = alarm.as_mut() {
            alarm.wait_until(due).await;
        }
        let mut c = match conn.take() {
            Some(c) => c,
            None => match tokio::time::timeout(job.opts.timeout, connect(job, ctx, k))
                .await
                .unwrap_or(Err(ErrorClass::Timeout))
            {
                Ok(c) => c,
                Err(class) => {
                    ctx.count(Outcome::Error(class));
                    tokio::time::sleep(RECONNECT_BACKOFF).await;
                    continue;
                }
            },
        };
        let answer = tokio::time::timeout(job.opts.timeout, exchange(&mut c, &job.request, ctx))
            .await
            .unwrap_or(Err(ErrorClass::Timeout));
        match answer {
            Ok(answer) => {
                match ErrorClass::from_status(answer.status) {
                    None => {
                        // From the intended start in fixed-rate mode: no coordinated omission.
                        ctx.record(Phase::Total, due.elapsed());
                        ctx.count(Outcome::Ok);
                    }
                    Some(class) => ctx.count(Outcome::Error(class)),
                }
                if !answer.close {
                    conn = Some(c);
                }
            }
            // The connection is in an unknown state: drop it and reconnect.
            Err(class) => ctx.count(Outcome::Error(class)),
        }
    }
}
