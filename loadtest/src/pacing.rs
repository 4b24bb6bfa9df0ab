//! Run bounds (duration and/or count, shared by all threads) and fixed-rate pacing schedules.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// Duration of a run when neither `--duration` nor `--count` is given: a load generator
/// must never run unbounded.
pub const DEFAULT_DURATION: Duration = Duration::from_secs(10);

/// When a run stops: at a deadline, after a number of operations, or whichever comes first.
/// Shared by every generator thread; claiming is lock-free.
#[derive(Debug)]
pub struct Bounds {
    start: Instant,
    deadline: Option<Instant>,
    max_count: Option<u64>,
    claimed: AtomicU64,
}

impl Bounds {
    /// Bounds starting at `start`; with neither limit given the run lasts [`DEFAULT_DURATION`].
    pub fn new(start: Instant, duration: Option<Duration>, max_count: Option<u64>) -> Bounds {
        let duration = match (duration, max_count) {
            (None, None) => Some(DEFAULT_DURATION),
            (d, _) => d,
        };
        Bounds {
            start,
            deadline: duration.map(|d| start + d),
            max_count,
            claimed: AtomicU64::new(0),
        }
    }

    /// When the run began.
    pub fn start(&self) -> Instant {
        self.start
    }

    /// The deadline, if any.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// Claims the right to start one operation at `at`; returns its sequence number, or
    /// `None` once the run is over.
    pub fn claim(&self, at: Instant) -> Option<u64> {
        if self.deadline.is_some_and(|d| at >= d) {
            return None;
        }
        let n = self.claimed.fetch_add(1, Ordering::Relaxed);
        match self.max_count {
            Some(max) if n >= max => None,
            _ => Some(n),
        }
    }
}

/// A fixed-rate schedule: the i-th operation is due at `start + i / rate`. Latency is then
/// measured from the due time, so a slow server cannot hide its queueing (no coordinated
/// omission).
#[derive(Clone, Debug)]
pub struct Pacer {
    start: Instant,
    interval_ns: f64,
    issued: u64,
}

impl Pacer {
    /// A schedule of `rate_per_s` operations per second beginning at `start`.
    pub fn new(start: Instant, rate_per_s: f64) -> Pacer {
        Pacer {
            start,
            interval_ns: 1e9 / rate_per_s,
            issued: 0,
        }
    }

    /// One of `parts` interleaved schedules that together offer `total_rate_per_s`: part k
    /// starts k/total seconds later, so the combined arrivals stay evenly spaced.
    pub fn part(start: Instant, total_rate_per_s: f64, part: usize, parts: usize) -> Pacer {
        let offset = Duration::from_secs_f64(part as f64 / total_rate_per_s);
        Pacer::new(start + offset, total_rate_per_s / parts as f64)
    }

    /// The due time of the next operation; advances the schedule.
    pub fn next_due(&mut self) -> Instant {
        let due = self.start + Duration::from_nanos((self.issued as f64 * self.interval_ns) as u64);
        self.issued += 1;
        due
    }
}

/// Waits until `due`, returning at once when it has already come. tokio's timer
/// rounds every deadline up to its next millisecond tick, so a sleep until "now"
/// would hold each closed-loop operation back by up to a millisecond and cap a
/// run's rate far below what the server can take.
pub async fn wait_until(due: Instant) {
    if due > Instant::now() {
        tokio::time::sleep_until(due.into()).await;
    }
}

/// Wakes a fixed-rate schedule on time. tokio's timer fires on millisecond
/// ticks and its runtime parks with a millisecond timeout, so an operation due
/// at `t` would start up to 1-2 ms after `t`; latency counted from the intended
/// start (no coordinated omission) would then charge the server with the
/// generator's own lateness, more than a whole handshake on loopback. An alarm
/// is a Linux timerfd armed for the exact due time and watched by the runtime's
/// own reactor, so the wake-up costs two system calls and comes within the
/// kernel's timer slack (50 µs by default). tokio registers a foreign file
/// descriptor safely only through its pipe type, which reads a timerfd's
/// 8-byte expiry count like any other. Where no timerfd can be made, the alarm
/// falls back to tokio's timer ([`wait_until`]).
pub struct Alarm {
    timer: Option<tokio::net::unix::pipe::Receiver>,
}

impl Alarm {
    /// An alarm on the calling thread's tokio runtime (which must have I/O enabled).
    pub fn new() -> Alarm {
        Alarm {
            timer: new_timerfd().ok(),
        }
    }

    /// True when it runs on a timerfd, false when on tokio's millisecond timer.
    #[cfg(test)]
    fn is_precise(&self) -> bool {
        self.timer.is_some()
    }

    /// Waits until `due`, never returning before it; at once when it has come.
    pub async fn wait_until(&mut self, due: Instant) {
        let Some(watch) = &self.timer else {
            return wait_until(due).await;
        };
        let now = Instant::now();
        if due <= now {
            return;
        }
        if arm(watch, due - now).is_err() {
            return wait_until(due).await;
        }
        let mut expirations = [0u8; 8];
        loop {
            if watch.readable().await.is_err() {
                return wait_until(due).await;
            }
            match watch.try_read(&mut expirations) {
                Ok(_) => return,
                // A stale readiness: the timer has not expired yet.
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                Err(_) => return wait_until(due).await,
            }
        }
    }
}

impl Default for Alarm {
    fn default() -> Alarm {
        Alarm::new()
    }
}

/// A non-blocking monotonic timerfd, registered with the runtime (one file
/// descriptor per alarm).
fn new_timerfd() -> std::io::Result<tokio::net::unix::pipe::Receiver> {
    use rustix::time::{timerfd_create, TimerfdClockId, TimerfdFlags};
    let fd = timerfd_create(
        TimerfdClockId::Monotonic,
        TimerfdFlags::NONBLOCK | TimerfdFlags::CLOEXEC,
    )?;
    tokio::net::unix::pipe::Receiver::from_owned_fd_unchecked(fd)
}

/// Arms `timer` to expire once, `after` from now.
fn arm(timer: impl std::os::fd::AsFd, after: Duration) -> rustix::io::Result<()> {
    use rustix::time::{timerfd_settime, Itimerspec, TimerfdTimerFlags, Timespec};
    let value = Timespec {
        tv_sec: after.as_secs().try_into().unwrap_or(i64::MAX),
        // An all-zero value disarms a timerfd: never ask for less than 1 ns.
        tv_nsec: after
            .subsec_nanos()
            .max(u32::from(after.as_secs() == 0))
            .into(),
    };
    let zero = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    timerfd_settime(
        timer,
        TimerfdTimerFlags::empty(),
        &Itimerspec {
            it_interval: zero,
            it_value: value,
        },
    )
    .map(|_| ())
}

/// Parses `10s`, `500ms`, `2m` or a bare number of seconds.
pub fn parse_duration(text: &str) -> Result<Duration> {
    let text = text.trim();
    let (number, scale) = if let Some(n) = text.strip_suffix("ms") {
        (n, 1e-3)
    } else if let Some(n) = text.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = text.strip_suffix('m') {
        (n, 60.0)
    } else {
        (text, 1.0)
    };
    let value: f64 = number
        .trim()
        .parse()
        .with_context(|| format!("bad duration {text:?} (try 10s, 500ms, 2m)"))?;
    if !value.is_finite() || value <= 0.0 {
        bail!("duration {text:?} must be positive");
    }
    Ok(Duration::from_secs_f64(value * scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Polls `f` once on a current-thread runtime with its timer running.
    fn ready_at_first_poll(f: impl std::future::Future<Output = ()>) -> bool {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut f = std::pin::pin!(f);
            let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
            f.as_mut().poll(&mut cx).is_ready()
        })
    }

    #[test]
    fn waiting_until_a_time_that_has_come_does_not_wait_for_a_timer_tick() {
        assert!(ready_at_first_poll(wait_until(Instant::now())));
        let past = Instant::now() - Duration::from_millis(5);
        assert!(ready_at_first_poll(wait_until(past)));
        // A plain sleep until now waits for the timer's next tick.
        assert!(!ready_at_first_poll(async {
            tokio::time::sleep_until(Instant::now().into()).await
        }));
        let later = Instant::now() + Duration::from_secs(3600);
        assert!(!ready_at_first_poll(wait_until(later)));
    }

    #[test]
    fn an_alarm_never_wakes_before_its_due_time() {
        use std::future::Future;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut alarm = Alarm::new();
            assert!(alarm.is_precise(), "no timerfd on this system");
            for us in [1, 300, 1_000, 2_500, 7_000] {
                let due = Instant::now() + Duration::from_micros(us);
                alarm.wait_until(due).await;
                assert!(
                    Instant::now() >= due,
                    "woke before a wait of {us} µs was due"
                );
            }
            // Already due: ready at the first poll.
            let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
            assert!(std::pin::pin!(alarm.wait_until(Instant::now()))
                .as_mut()
                .poll(&mut cx)
                .is_ready());
            let later = Instant::now() + Duration::from_secs(3600);
            assert!(std::pin::pin!(alarm.wait_until(later))
                .as_mut()
                .poll(&mut cx)
                .is_pending());
            // Re-armed after an abandoned wait, it still wakes on time, even
            // when the abandoned one expired unread in between.
            let due = Instant::now() + Duration::from_millis(2);
            alarm.wait_until(due).await;
            assert!(Instant::now() >= due);
            let soon = Instant::now() + Duration::from_micros(200);
            assert!(std::pin::pin!(alarm.wait_until(soon))
                .as_mut()
                .poll(&mut cx)
                .is_pending());
            std::thread::sleep(Duration::from_millis(2));
            let due = Instant::now() + Duration::from_millis(5);
            alarm.wait_until(due).await;
            assert!(
                Instant::now() >= due,
                "a stale expiry ended a later wait early"
            );
        });
    }

    #[test]
    fn pacer_spaces_operations_evenly_at_the_requested_rate() {
        let t0 = Instant::now();
        let mut p = Pacer::new(t0, 1000.0);
        let due: Vec<_> = (0..4).map(|_| p.next_due() - t0).collect();
        assert_eq!(due, [0, 1, 2, 3].map(Duration::from_millis));
    }

    #[test]
    fn interleaved_parts_add_up_to_one_even_schedule() {
        let t0 = Instant::now();
        let mut parts: Vec<_> = (0..4).map(|k| Pacer::part(t0, 400.0, k, 4)).collect();
        let mut all: Vec<Duration> = parts
            .iter_mut()
            .flat_map(|p| (0..3).map(|_| p.next_due() - t0).collect::<Vec<_>>())
            .collect();
        all.sort();
        let expected: Vec<Duration> = (0..12).map(|i| Duration::from_micros(2500 * i)).collect();
        for (got, want) in all.iter().zip(&expected) {
            assert!(
                got.abs_diff(*want) < Duration::from_micros(2),
                "{got:?} vs {want:?}"
            );
        }
    }

    #[test]
    fn count_bound_stops_after_exactly_that_many_claims() {
        let t0 = Instant::now();
        let b = Bounds::new(t0, None, Some(3));
        let claims: Vec<_> = (0..5).map(|_| b.claim(t0)).collect();
        assert_eq!(claims, [Some(0), Some(1), Some(2), None, None]);
    }

    #[test]
    fn deadline_bound_refuses_claims_at_or_after_the_deadline() {
        let t0 = Instant::now();
        let b = Bounds::new(t0, Some(Duration::from_secs(1)), None);
        assert!(b.claim(t0 + Duration::from_millis(999)).is_some());
        assert!(b.claim(t0 + Duration::from_secs(1)).is_none());
    }

    #[test]
    fn a_run_without_limits_gets_the_default_duration() {
        let t0 = Instant::now();
        let b = Bounds::new(t0, None, None);
        assert_eq!(b.deadline(), Some(t0 + DEFAULT_DURATION));
    }

    #[test]
    fn durations_parse_with_units_and_reject_nonsense() {
        assert_eq!(parse_duration("10s").unwrap(), Duration::from_secs(10));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("fast").is_err());
    }
}
