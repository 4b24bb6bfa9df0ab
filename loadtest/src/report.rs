//! Turns merged measurements into a report: a human table, JSON, and a once-a-second progress line.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::stats::{CpuTimes, ErrorClass, Phase, Stats};

/// Latency percentiles of one phase, in microseconds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Percentiles {
    /// Samples recorded.
    pub count: u64,
    /// Median.
    pub p50: u64,
    /// 90th percentile.
    pub p90: u64,
    /// 99th percentile.
    pub p99: u64,
    /// 99.9th percentile.
    pub p999: u64,
    /// Largest sample.
    pub max: u64,
}

/// The generator's own CPU use, so a reader can tell when the client is the bottleneck.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CpuUse {
    /// User CPU seconds.
    pub user_s: f64,
    /// System CPU seconds.
    pub sys_s: f64,
    /// (user + sys) / wall, in percent; 100% = one core busy.
    pub pct_of_wall: f64,
    /// (user + sys) per finished operation, microseconds.
    pub us_per_op: f64,
}

/// Everything a run reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// `handshake` or `requests`.
    pub mode: String,
    /// Address driven.
    pub target: String,
    /// Generator threads.
    pub threads: usize,
    /// Concurrent connections (closed loop) or in-flight cap (open loop), all threads.
    pub concurrency: usize,
    /// Wall time of the run, seconds.
    pub wall_s: f64,
    /// Requested rate (ops/s); `None` for closed loop, which offers as fast as answered.
    pub offered_rate: Option<f64>,
    /// Whether the clients verified the server's certificate (false only with
    /// `--insecure-skip-server-verify`).
    pub server_verified: bool,
    /// Finished operations per second.
    pub achieved_rate: f64,
    /// Successful operations.
    pub ok: u64,
    /// Operations that finished in any way.
    pub finished: u64,
    /// Bad certificates refused as expected, by class.
    pub expected_refusals: BTreeMap<String, u64>,
    /// Errors by class (includes `bad_cert_accepted`).
    pub errors: BTreeMap<String, u64>,
    /// Open-loop operations started late because the in-flight cap was reached.
    pub late_starts: u64,
    /// Latency percentiles per phase (phases without samples are left out).
    pub latency_us: BTreeMap<String, Percentiles>,
    /// Generator CPU use.
    pub cpu: CpuUse,
}

/// Run-wide facts that are not measurements.
#[derive(Clone, Debug)]
pub struct RunInfo {
    /// `handshake` or `requests`.
    pub mode: &'static str,
    /// Address driven.
    pub target: String,
    /// Generator threads.
    pub threads: usize,
    /// Concurrency (see [`Report::concurrency`]).
    pub concurrency: usize,
    /// Requested rate, if open loop.
    pub offered_rate: Option<f64>,
    /// See [`Report::server_verified`].
    pub server_verified: bool,
}

fn percentiles(stats: &Stats, phase: Phase) -> Option<Percentiles> {
    let h = stats.histogram(phase);
    if h.is_empty() {
        return None;
    }
    Some(Percentiles {
        count: h.len(),
        p50: h.value_at_quantile(0.50),
        p90: h.value_at_quantile(0.90),
        p99: h.value_at_quantile(0.99),
        p999: h.value_at_quantile(0.999),
        max: h.max(),
    })
}

impl Report {
    /// Builds the report from merged stats, wall time and the CPU used during the run.
    pub fn new(info: &RunInfo, stats: &Stats, wall: Duration, cpu: CpuTimes) -> Report {
        let wall_s = wall.as_secs_f64().max(1e-9);
        let finished = stats.finished();
        let busy = cpu.user_s + cpu.sys_s;
        let named =
            |m: &BTreeMap<ErrorClass, u64>| m.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        Report {
            mode: info.mode.to_string(),
            target: info.target.clone(),
            threads: info.threads,
            concurrency: info.concurrency,
            wall_s,
            offered_rate: info.offered_rate,
            server_verified: info.server_verified,
            achieved_rate: finished as f64 / wall_s,
            ok: stats.ok,
            finished,
            expected_refusals: named(&stats.refusals),
            errors: named(&stats.errors),
            late_starts: stats.late_starts,
            latency_us: Phase::ALL
                .iter()
                .filter_map(|&p| Some((p.name().to_string(), percentiles(stats, p)?)))
                .collect(),
            cpu: CpuUse {
                user_s: cpu.user_s,
                sys_s: cpu.sys_s,
                pct_of_wall: 100.0 * busy / wall_s,
                us_per_op: if finished == 0 {
                    0.0
                } else {
                    busy * 1e6 / finished as f64
                },
            },
        }
    }

    /// Total errors (not counting expected refusals).
    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }

    /// The human-readable table.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let offered = match self.offered_rate {
            Some(r) => format!("{r:.0}/s (fixed rate, latency from intended start)"),
            None => "closed loop (as fast as answered)".to_string(),
        };
        let _ = writeln!(
            out,
            "{} -> {}  threads={} concurrency={} wall={:.2}s",
            self.mode, self.target, self.threads, self.concurrency, self.wall_s
        );
        let _ = writeln!(out, "offered:  {offered}");
        if !self.server_verified {
            let _ = writeln!(
                out,
                "server certificate: NOT verified (--insecure-skip-server-verify)"
            );
        }
        let _ = writeln!(
            out,
            "achieved: {:.1}/s  ({} finished, {} ok)",
            self.achieved_rate, self.finished, self.ok
        );
        if self.late_starts > 0 {
            let _ = writeln!(
                out,
                "late starts (in-flight cap reached): {}",
                self.late_starts
            );
        }
        self.write_latencies(&mut out);
        self.write_outcomes(&mut out);
        out
    }

    fn write_latencies(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "\nlatency (µs)    count       p50       p90       p99     p99.9       max"
        );
        // Phase order (connect, handshake, ttfb, total), not alphabetical.
        let phases = Phase::ALL.iter().map(|p| p.name());
        for (name, p) in phases.filter_map(|n| Some((n, self.latency_us.get(n)?))) {
            let _ = writeln!(
                out,
                "{name:<10} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9}",
                p.count, p.p50, p.p90, p.p99, p.p999, p.max
            );
        }
    }

    fn write_outcomes(&self, out: &mut String) {
        let list = |m: &BTreeMap<String, u64>| {
            if m.is_empty() {
                "none".to_string()
            } else {
                m.iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        };
        let _ = writeln!(
            out,
            "\nexpected refusals (bad certs): {}",
            list(&self.expected_refusals)
        );
        let _ = writeln!(out, "errors: {}", list(&self.errors));
        let _ = writeln!(
            out,
            "generator cpu: user {:.2}s sys {:.2}s = {:.0}% of one core, {:.1} µs/op{}",
            self.cpu.user_s,
            self.cpu.sys_s,
            self.cpu.pct_of_wall,
            self.cpu.us_per_op,
            if self.cpu.pct_of_wall > 90.0 * self.threads as f64 {
                "  (client-bound: results understate the server)"
            } else {
                ""
            }
        );
    }
}

/// Live counters the generator threads bump and the progress thread reads.
#[derive(Debug, Default)]
pub struct Progress {
    /// Operations finished successfully.
    pub ok: AtomicU64,
    /// Operations finished otherwise (refusals and errors).
    pub not_ok: AtomicU64,
    done: AtomicBool,
}

impl Progress {
    /// Starts a thread printing one line a second to stderr until [`Progress::finish`].
    pub fn spawn_printer(self: &Arc<Self>, start: Instant) -> thread::JoinHandle<()> {
        let me = Arc::clone(self);
        thread::spawn(move || {
            let mut last = 0;
            let mut tick = start;
            loop {
                tick += Duration::from_secs(1);
                while Instant::now() < tick {
                    if me.done.load(Ordering::Relaxed) {
                        return;
                    }
                    thread::sleep(Duration::from_millis(50));
                }
                let ok = me.ok.load(Ordering::Relaxed);
                let not_ok = me.not_ok.load(Ordering::Relaxed);
                let secs = (tick - start).as_secs();
                eprintln!(
                    "[{secs:>4}s] ok={ok} not_ok={not_ok} rate={}/s",
                    ok + not_ok - last
                );
                last = ok + not_ok;
            }
        })
    }

    /// Stops the printer.
    pub fn finish(&self) {
        self.done.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Outcome;

    fn sample() -> Report {
        let mut stats = Stats::default();
        for us in [100, 200, 300, 400] {
            stats.record(Phase::Handshake, Duration::from_micros(us));
            stats.count(Outcome::Ok);
        }
        stats.count(Outcome::ExpectedRefusal(ErrorClass::TlsAlert));
        stats.count(Outcome::Error(ErrorClass::HttpStatus(502)));
        let info = RunInfo {
            mode: "handshake",
            target: "127.0.0.1:1".into(),
            threads: 1,
            concurrency: 2,
            offered_rate: Some(3.0),
            server_verified: true,
        };
        Report::new(
            &info,
            &stats,
            Duration::from_secs(2),
            CpuTimes {
                user_s: 0.5,
                sys_s: 0.1,
            },
        )
    }

    #[test]
    fn report_computes_rates_and_cpu_per_operation() {
        let r = sample();
        assert_eq!(r.finished, 6);
        assert!((r.achieved_rate - 3.0).abs() < 1e-9);
        assert!((r.cpu.pct_of_wall - 30.0).abs() < 1e-9);
        assert!((r.cpu.us_per_op - 100_000.0).abs() < 1e-6);
        assert_eq!(r.error_count(), 1);
        assert!(
            !r.latency_us.contains_key("connect"),
            "empty phases are left out"
        );
    }

    #[test]
    fn table_shows_offered_achieved_latencies_refusals_and_errors() {
        let text = sample().render();
        assert!(text.contains("offered:  3/s (fixed rate"), "{text}");
        assert!(text.contains("achieved: 3.0/s"), "{text}");
        assert!(
            text.lines()
                .any(|l| l.starts_with("handshake") && l.contains(" 200 ")),
            "{text}"
        );
        assert!(
            text.contains("expected refusals (bad certs): tls_alert=1"),
            "{text}"
        );
        assert!(text.contains("errors: http_502=1"), "{text}");
        assert!(text.contains("30% of one core"), "{text}");
        assert!(!text.contains("NOT verified"), "{text}");
    }

    #[test]
    fn a_run_that_skipped_server_verification_says_so() {
        let mut r = sample();
        r.server_verified = false;
        assert!(r.render().contains("server certificate: NOT verified"));
        assert_eq!(serde_json::to_value(&r).unwrap()["server_verified"], false);
    }

    #[test]
    fn json_carries_the_same_fields_by_name() {
        let v = serde_json::to_value(sample()).unwrap();
        assert_eq!(v["errors"]["http_502"], 1);
        assert_eq!(v["expected_refusals"]["tls_alert"], 1);
        assert_eq!(v["latency_us"]["handshake"]["count"], 4);
        assert_eq!(v["offered_rate"], 3.0);
    }
}
