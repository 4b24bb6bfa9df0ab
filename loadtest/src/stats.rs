//! Per-thread measurements (HDR histograms, outcome counters), error classification and CPU accounting.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::time::Duration;

use hdrhistogram::Histogram;
use s2n_tls::error::{Error as TlsError, ErrorType};

/// Highest latency a histogram records, in microseconds: one minute, far above any
/// per-operation timeout, so only a broken clock could saturate it.
const MAX_LATENCY_US: u64 = 60_000_000;

/// Significant figures of every histogram: 0.1% precision, HdrHistogram's usual choice.
const SIGNIFICANT_FIGURES: u8 = 3;

/// Why an operation did not succeed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorClass {
    /// TCP connect refused (nothing listening, or backlog full with SYN cookies off).
    Refused,
    /// Connection reset or broken pipe.
    Reset,
    /// The operation ran past its timeout.
    Timeout,
    /// The peer sent a TLS alert, or s2n-tls rejected the handshake.
    TlsAlert,
    /// The peer closed the connection (EOF) before answering.
    Closed,
    /// The response carried this HTTP status (anything but 2xx).
    HttpStatus(u16),
    /// The response could not be parsed.
    BadResponse,
    /// A certificate that should have been refused was accepted.
    BadCertAccepted,
    /// Any other I/O or TLS failure.
    Other,
}

impl fmt::Display for ErrorClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorClass::Refused => f.write_str("refused"),
            ErrorClass::Reset => f.write_str("reset"),
            ErrorClass::Timeout => f.write_str("timeout"),
            ErrorClass::TlsAlert => f.write_str("tls_alert"),
            ErrorClass::Closed => f.write_str("closed"),
            ErrorClass::HttpStatus(code) => write!(f, "http_{code}"),
            ErrorClass::BadResponse => f.write_str("bad_response"),
            ErrorClass::BadCertAccepted => f.write_str("bad_cert_accepted"),
            ErrorClass::Other => f.write_str("other"),
        }
    }
}

impl ErrorClass {
    /// Classifies an I/O error, looking through to the s2n-tls error it may wrap.
    pub fn from_io(err: &io::Error) -> ErrorClass {
        use io::ErrorKind as K;
        match err.kind() {
            K::ConnectionRefused => return ErrorClass::Refused,
            K::ConnectionReset | K::BrokenPipe | K::ConnectionAborted => return ErrorClass::Reset,
            K::TimedOut => return ErrorClass::Timeout,
            K::UnexpectedEof => return ErrorClass::Closed,
            _ => {}
        }
        match err
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<TlsError>())
        {
            Some(tls) => ErrorClass::from_tls_kind(tls.kind()),
            None => ErrorClass::Other,
        }
    }

    /// Classifies an s2n-tls error (handshake failures arrive this way).
    pub fn from_tls(err: TlsError) -> ErrorClass {
        if err.kind() == ErrorType::IOError {
            return ErrorClass::from_io(&io::Error::from(err));
        }
        ErrorClass::from_tls_kind(err.kind())
    }

    fn from_tls_kind(kind: ErrorType) -> ErrorClass {
        match kind {
            ErrorType::Alert | ErrorType::ProtocolError => ErrorClass::TlsAlert,
            ErrorType::ConnectionClosed => ErrorClass::Closed,
            _ => ErrorClass::Other,
        }
    }

    /// Classifies an HTTP status: `None` for success (2xx).
    pub fn from_status(status: u16) -> Option<ErrorClass> {
        (!(200..300).contains(&status)).then_some(ErrorClass::HttpStatus(status))
    }
}

/// How one operation ended, judged against the certificate class it used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Completed as a correct server should allow.
    Ok,
    /// A bad certificate was refused, as it should be; the class says how.
    ExpectedRefusal(ErrorClass),
    /// Anything else.
    Error(ErrorClass),
}

/// Judges a finished operation: `result` is `Ok(())` when the server served the request
/// (or, without a request, completed the handshake), else the failure's class.
pub fn judge(should_pass: bool, result: Result<(), ErrorClass>) -> Outcome {
    match (should_pass, result) {
        (true, Ok(())) => Outcome::Ok,
        (true, Err(class)) => Outcome::Error(class),
        (false, Ok(())) => Outcome::Error(ErrorClass::BadCertAccepted),
        // A timeout is not a refusal (the server neither refused nor served), and neither is
        // a refused TCP connect (nothing judged the certificate).
        (false, Err(class @ (ErrorClass::Timeout | ErrorClass::Refused))) => Outcome::Error(class),
        (false, Err(class)) => Outcome::ExpectedRefusal(class),
    }
}

/// The latency phases every run records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// TCP connect.
    Connect,
    /// TLS handshake, after connect.
    Handshake,
    /// Request written to first response byte.
    Ttfb,
    /// Whole operation, from its intended start (open loop) or actual start (closed loop).
    Total,
}

impl Phase {
    /// All phases in report order.
    pub const ALL: [Phase; 4] = [Phase::Connect, Phase::Handshake, Phase::Ttfb, Phase::Total];

    /// Name used in reports and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Connect => "connect",
            Phase::Handshake => "handshake",
            Phase::Ttfb => "ttfb",
            Phase::Total => "total",
        }
    }
}

/// Everything one generator thread measured; merged across threads at the end of a run.
#[derive(Clone, Debug)]
pub struct Stats {
    hists: [Histogram<u64>; 4],
    /// Operations that succeeded.
    pub ok: u64,
    /// Bad certificates refused, by how.
    pub refusals: BTreeMap<ErrorClass, u64>,
    /// Failures, by class.
    pub errors: BTreeMap<ErrorClass, u64>,
    /// Open-loop operations that could not start on time because the in-flight cap was hit.
    pub late_starts: u64,
}

impl Default for Stats {
    fn default() -> Self {
        let new = || {
            Histogram::new_with_bounds(1, MAX_LATENCY_US, SIGNIFICANT_FIGURES)
                .expect("static bounds are valid")
        };
        Stats {
            hists: [new(), new(), new(), new()],
            ok: 0,
            refusals: BTreeMap::new(),
            errors: BTreeMap::new(),
            late_starts: 0,
        }
    }
}

impl Stats {
    /// Records one latency sample.
    pub fn record(&mut self, phase: Phase, elapsed: Duration) {
        let us = u64::try_from(elapsed.as_micros())
            .unwrap_or(u64::MAX)
            .max(1);
        self.hists[phase as usize].saturating_record(us);
    }

    /// Counts one finished operation.
    pub fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Ok => self.ok += 1,
            Outcome::ExpectedRefusal(class) => *self.refusals.entry(class).or_default() += 1,
            Outcome::Error(class) => *self.errors.entry(class).or_default() += 1,
        }
    }

    /// The histogram of one phase.
    pub fn histogram(&self, phase: Phase) -> &Histogram<u64> {
        &self.hists[phase as usize]
    }

    /// Operations that finished in any way.
    pub fn finished(&self) -> u64 {
        self.ok + self.refusals.values().sum::<u64>() + self.errors.values().sum::<u64>()
    }

    /// Adds another thread's measurements into this one.
    pub fn merge(&mut self, other: &Stats) {
        for (mine, theirs) in self.hists.iter_mut().zip(&other.hists) {
            mine.add(theirs).expect("histograms share bounds");
        }
        self.ok += other.ok;
        for (class, n) in &other.refusals {
            *self.refusals.entry(*class).or_default() += n;
        }
        for (class, n) in &other.errors {
            *self.errors.entry(*class).or_default() += n;
        }
        self.late_starts += other.late_starts;
    }
}

/// User and system CPU time this process has used so far.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CpuTimes {
    /// User time, seconds.
    pub user_s: f64,
    /// System time, seconds.
    pub sys_s: f64,
}

/// Clock ticks per second of /proc's utime/stime; USER_HZ is 100 on every Linux ABI.
const USER_HZ: f64 = 100.0;

impl CpuTimes {
    /// Reads this process's CPU times (all threads, live and exited) from /proc/self/stat:
    /// the same kernel accounting getrusage(RUSAGE_SELF) reports, without unsafe code.
    pub fn now() -> CpuTimes {
        std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|s| parse_proc_stat(&s))
            .unwrap_or_default()
    }

    /// CPU used between `earlier` and `self`.
    pub fn since(self, earlier: CpuTimes) -> CpuTimes {
        CpuTimes {
            user_s: self.user_s - earlier.user_s,
            sys_s: self.sys_s - earlier.sys_s,
        }
    }
}

/// Parses utime and stime (fields 14 and 15) from a /proc/PID/stat line.
pub fn parse_proc_stat(line: &str) -> Option<CpuTimes> {
    // The command name (field 2) may contain spaces; fields are counted after its ')'.
    let rest = &line[line.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: f64 = fields.next()?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some(CpuTimes {
        user_s: utime / USER_HZ,
        sys_s: stime / USER_HZ,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_are_classified_by_kind() {
        let cases = [
            (io::ErrorKind::ConnectionRefused, ErrorClass::Refused),
            (io::ErrorKind::ConnectionReset, ErrorClass::Reset),
            (io::ErrorKind::BrokenPipe, ErrorClass::Reset),
            (io::ErrorKind::TimedOut, ErrorClass::Timeout),
            (io::ErrorKind::UnexpectedEof, ErrorClass::Closed),
            (io::ErrorKind::InvalidData, ErrorClass::Other),
        ];
        for (kind, class) in cases {
            assert_eq!(
                ErrorClass::from_io(&io::Error::from(kind)),
                class,
                "{kind:?}"
            );
        }
    }

    #[test]
    fn only_2xx_statuses_count_as_success() {
        assert_eq!(ErrorClass::from_status(200), None);
        assert_eq!(ErrorClass::from_status(204), None);
        assert_eq!(
            ErrorClass::from_status(400),
            Some(ErrorClass::HttpStatus(400))
        );
        assert_eq!(
            ErrorClass::from_status(502).unwrap().to_string(),
            "http_502"
        );
    }

    #[test]
    fn a_bad_certificate_that_gets_through_is_an_error_and_a_refused_one_is_not() {
        assert_eq!(
            judge(false, Ok(())),
            Outcome::Error(ErrorClass::BadCertAccepted)
        );
        assert_eq!(
            judge(false, Err(ErrorClass::TlsAlert)),
            Outcome::ExpectedRefusal(ErrorClass::TlsAlert)
        );
        assert_eq!(
            judge(false, Err(ErrorClass::Timeout)),
            Outcome::Error(ErrorClass::Timeout)
        );
        assert_eq!(
            judge(true, Err(ErrorClass::Closed)),
            Outcome::Error(ErrorClass::Closed)
        );
        assert_eq!(
            judge(false, Err(ErrorClass::Refused)),
            Outcome::Error(ErrorClass::Refused)
        );
        assert_eq!(judge(true, Ok(())), Outcome::Ok);
    }

    #[test]
    fn merging_adds_counts_and_histogram_samples() {
        let mut a = Stats::default();
        let mut b = Stats::default();
        a.record(Phase::Handshake, Duration::from_micros(100));
        b.record(Phase::Handshake, Duration::from_micros(300));
        b.record(Phase::Handshake, Duration::from_micros(500));
        a.count(Outcome::Ok);
        b.count(Outcome::Error(ErrorClass::Reset));
        b.count(Outcome::ExpectedRefusal(ErrorClass::TlsAlert));
        a.merge(&b);
        let h = a.histogram(Phase::Handshake);
        assert_eq!(h.len(), 3);
        assert_eq!(h.value_at_quantile(0.5), 300);
        assert!(h.max() >= 500 && h.max() < 501);
        assert_eq!(a.finished(), 3);
        assert_eq!(a.errors[&ErrorClass::Reset], 1);
        assert_eq!(a.histogram(Phase::Connect).len(), 0);
    }

    #[test]
    fn proc_stat_times_are_read_after_a_command_name_with_spaces() {
        let line = "42 (my prog) S 1 42 42 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 1 0 100 0 0";
        let t = parse_proc_stat(line).unwrap();
        assert_eq!(
            t,
            CpuTimes {
                user_s: 2.5,
                sys_s: 0.5
            }
        );
    }
}
