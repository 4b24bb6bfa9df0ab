//! Connection log: one ALB-format line per connection, written by a writer thread.
//!
//! Shards never block on log output: they format a line and `try_send` it to
//! a bounded queue; when the queue is full the line is dropped and counted.

use std::fmt::Write as _;
use std::io::Write as _;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

/// Lines buffered between shards and the writer. At ~300 bytes a line this
/// caps the queue near 20 MiB, roughly a second of a saturated 16-core host.
pub const LOG_QUEUE_LINES: usize = 65_536;

/// What one connection-log line records. `None` fields print as `-`.
#[derive(Debug, Default)]
pub struct ConnRecord<'a> {
    pub client: Option<SocketAddr>,
    pub listener_port: u16,
    pub tls_protocol: Option<&'a str>,
    pub tls_cipher: Option<&'a str>,
    pub handshake_latency: Option<Duration>,
    pub leaf_subject: Option<&'a str>,
    pub leaf_validity: Option<&'a str>,
    pub leaf_serial: Option<&'a str>,
    pub verify_status: &'a str,
    pub trace_id: &'a str,
}

/// Formats a record in ALB's connection-log field order:
/// `timestamp client_ip client_port listener_port tls_protocol tls_cipher
/// tls_handshake_latency "leaf_client_cert_subject" leaf_client_cert_validity
/// leaf_client_cert_serial_number tls_verify_status conn_trace_id`.
pub fn format_line(at: SystemTime, r: &ConnRecord<'_>) -> String {
    let mut s = String::with_capacity(256);
    s.push_str(&timestamp_micros(at));
    let dash = |v: Option<&str>| v.unwrap_or("-").to_string();
    match r.client {
        Some(a) => {
            let _ = write!(s, " {} {}", a.ip(), a.port());
        }
        None => s.push_str(" - -"),
    }
    let _ = write!(s, " {}", r.listener_port);
    let _ = write!(s, " {} {}", dash(r.tls_protocol), dash(r.tls_cipher));
    match r.handshake_latency {
        Some(d) => {
            let _ = write!(s, " {:.3}", d.as_secs_f64());
        }
        None => s.push_str(" -"),
    }
    match r.leaf_subject {
        Some(subj) => {
            let _ = write!(
                s,
                " \"{}\"",
                subj.replace('\\', "\\\\").replace('"', "\\\"")
            );
        }
        None => s.push_str(" -"),
    }
    let _ = write!(
        s,
        " {} {} {} {}",
        dash(r.leaf_validity),
        dash(r.leaf_serial),
        r.verify_status,
        r.trace_id
    );
    s
}

/// `2023-10-04T17:45:33.445925Z`.
pub fn timestamp_micros(at: SystemTime) -> String {
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z"
    );
    time::OffsetDateTime::from(at)
        .format(&fmt)
        .unwrap_or_else(|_| "-".into())
}

/// A cloneable handle shards use to emit lines.
#[derive(Clone)]
pub struct ConnLog {
    tx: Option<SyncSender<String>>,
    dropped: Arc<AtomicU64>,
}

impl ConnLog {
    /// A log that discards everything (no `connection_log` configured).
    pub fn disabled(dropped: Arc<AtomicU64>) -> ConnLog {
        ConnLog { tx: None, dropped }
    }

    /// Whether lines are written anywhere.
    pub fn enabled(&self) -> bool {
        self.tx.is_some()
    }

    /// Queues a line; never blocks. A full queue drops the line and counts it.
    pub fn emit(&self, line: String) {
        let Some(tx) = &self.tx else { return };
        match tx.try_send(line) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) | Err(TrySendError::Disconnected(_)) => {
                self.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

/// The writer thread; `finish` flushes and joins it once all `ConnLog`
/// clones are gone.
pub struct LogWriter {
    thread: Option<JoinHandle<()>>,
}

impl LogWriter {
    /// Waits for the writer to drain the queue and flush. Call after every
    /// shard (and so every `ConnLog`) has stopped.
    pub fn finish(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Opens the connection log: `-` is stdout, anything else a file opened for
/// append. Returns the shard handle and the writer thread.
pub fn open(path: &Path, dropped: Arc<AtomicU64>) -> std::io::Result<(ConnLog, LogWriter)> {
    let out: Box<dyn std::io::Write + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::stdout())
    } else {
        Box::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)?,
        )
    };
    let (tx, rx) = mpsc::sync_channel(LOG_QUEUE_LINES);
    let thread = std::thread::Builder::new()
        .name("portcullis-connlog".into())
        .spawn(move || write_loop(rx, out))?;
    Ok((
        ConnLog {
            tx: Some(tx),
            dropped,
        },
        LogWriter {
            thread: Some(thread),
        },
    ))
}

fn write_loop(rx: Receiver<String>, out: Box<dyn std::io::Write + Send>) {
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, out);
    while let Ok(line) = rx.recv() {
        let _ = writeln!(out, "{line}");
        // Drain whatever else is queued, then flush once: lines reach the
        // file promptly without a syscall per line under load.
        while let Ok(line) = rx.try_recv() {
            let _ = writeln!(out, "{line}");
        }
        let _ = out.flush();
    }
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_has_albs_field_order_and_dashes_for_missing_values() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_micros(1_696_441_533_445_925);
        let r = ConnRecord {
            client: Some("192.0.2.1:45678".parse().unwrap()),
            listener_port: 443,
            tls_protocol: Some("TLSv1.3"),
            tls_cipher: Some("TLS_AES_128_GCM_SHA256"),
            handshake_latency: Some(Duration::from_micros(4_036_400)),
            leaf_subject: Some("CN=client,O=Example"),
            leaf_validity: Some("NotBefore=2023-09-21T22:43:21Z;NotAfter=2026-06-27T22:43:21Z"),
            leaf_serial: Some("FEF257D5B1F6F6A5"),
            verify_status: "Success",
            trace_id: "TID_1",
        };
        assert_eq!(
            format_line(at, &r),
            "2023-10-04T17:45:33.445925Z 192.0.2.1 45678 443 TLSv1.3 TLS_AES_128_GCM_SHA256 4.036 \"CN=client,O=Example\" NotBefore=2023-09-21T22:43:21Z;NotAfter=2026-06-27T22:43:21Z FEF257D5B1F6F6A5 Success TID_1"
        );
        let bare = ConnRecord {
            verify_status: "Failed:UnmappedConnectionError",
            trace_id: "TID_2",
            ..Default::default()
        };
        assert_eq!(
            format_line(at, &bare),
            "2023-10-04T17:45:33.445925Z - - 0 - - - - - - Failed:UnmappedConnectionError TID_2"
        );
    }

    #[test]
    fn full_queue_drops_and_counts_instead_of_blocking() {
        let dropped = Arc::new(AtomicU64::new(0));
        let (tx, _rx) = mpsc::sync_channel(1);
        let log = ConnLog {
            tx: Some(tx),
            dropped: dropped.clone(),
        };
        log.emit("a".into());
        log.emit("b".into());
        log.emit("c".into());
        assert_eq!(dropped.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn writer_flushes_every_line_before_finish_returns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conn.log");
        let (log, writer) = open(&path, Arc::new(AtomicU64::new(0))).unwrap();
        for i in 0..100 {
            log.emit(format!("line {i}"));
        }
        drop(log);
        writer.finish();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 100);
        assert_eq!(text.lines().last(), Some("line 99"));
    }
}
