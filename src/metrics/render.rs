//! Prometheus text exposition of [`Metrics`]: sums the shards and writes HELP/TYPE/samples.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use super::{
    Metrics, ShardMetrics, BUCKET_SLOTS, FAILURE_REASONS, HANDSHAKE_BUCKETS_SECONDS, NO_CRL,
    RESPONSE_CLASSES, TARGET_ERROR_KINDS, VERIFY_SLOTS,
};

/// Writes `s` as a Prometheus label value: `\`, `"` and newline escaped.
fn label(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    // HELP text escapes only `\` and newline; ours are constants without either.
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// Writes `name{k1="v1",...} value`.
fn sample(out: &mut String, name: &str, labels: &[(&str, &str)], value: impl std::fmt::Display) {
    out.push_str(name);
    if !labels.is_empty() {
        out.push('{');
        for (i, (k, v)) in labels.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(k);
            out.push_str("=\"");
            label(out, v);
            out.push('"');
        }
        out.push('}');
    }
    let _ = writeln!(out, " {value}");
}

/// Selects one counter of a shard, to be summed over all shards.
type ShardField = fn(&ShardMetrics) -> &AtomicU64;

/// One counter summed over all shards (what a scrape reports).
pub(super) fn sum(m: &Metrics, f: impl Fn(&ShardMetrics) -> &AtomicU64) -> u64 {
    m.shards
        .iter()
        .fold(0u64, |acc, s| acc.wrapping_add(f(s).load(Relaxed)))
}

fn verify_status_label(slot: usize) -> String {
    match slot {
        0 => "Success".to_string(),
        i => format!("Failed:{}", FAILURE_REASONS[i - 1]),
    }
}

fn render_verify(m: &Metrics, out: &mut String) {
    let name = "portcullis_tls_verify_total";
    header(
        out,
        name,
        "counter",
        "Client-certificate verdicts by listener and tls_verify_status, as in the connection log.",
    );
    for (li, lname) in m.listeners.iter().enumerate() {
        for slot in 0..VERIFY_SLOTS {
            let n = sum(m, |s| &s.listeners[li].verify[slot]);
            let status = verify_status_label(slot);
            sample(out, name, &[("listener", lname), ("status", &status)], n);
        }
    }
}

fn render_handshake_histogram(m: &Metrics, out: &mut String) {
    let name = "portcullis_tls_handshake_seconds";
    header(
        out,
        name,
        "histogram",
        "Duration of completed TLS handshakes.",
    );
    let bucket = format!("{name}_bucket");
    for (li, lname) in m.listeners.iter().enumerate() {
        let mut cumulative = 0u64;
        for slot in 0..BUCKET_SLOTS {
            cumulative = cumulative.wrapping_add(sum(m, |s| &s.listeners[li].buckets[slot]));
            let le = match HANDSHAKE_BUCKETS_SECONDS.get(slot) {
                Some(le) => le.to_string(),
                None => "+Inf".to_string(),
            };
            sample(
                out,
                &bucket,
                &[("listener", lname), ("le", &le)],
                cumulative,
            );
        }
        let nanos = sum(m, |s| &s.listeners[li].handshake_nanos_sum);
        let secs = nanos as f64 / 1e9;
        sample(out, &format!("{name}_sum"), &[("listener", lname)], secs);
        sample(
            out,
            &format!("{name}_count"),
            &[("listener", lname)],
            cumulative,
        );
    }
}

fn render_connections(m: &Metrics, out: &mut String) {
    let name = "portcullis_active_connections";
    header(
        out,
        name,
        "gauge",
        "Client connections currently open, per shard.",
    );
    for (i, s) in m.shards.iter().enumerate() {
        sample(
            out,
            name,
            &[("shard", &i.to_string())],
            s.active_connections(),
        );
    }
    let name = "portcullis_tls_sessions_parked";
    header(
        out,
        name,
        "gauge",
        "Idle client connections whose TLS session is parked (serialized, s2n connection freed), per shard.",
    );
    for (i, s) in m.shards.iter().enumerate() {
        sample(out, name, &[("shard", &i.to_string())], s.parked_sessions());
    }
    let counters: [(&str, &str, ShardField); 9] = [
        (
            "portcullis_connections_total",
            "Client connections accepted.",
            |s| &s.opened,
        ),
        (
            "portcullis_connection_limit_rejected_total",
            "Client connections refused because a shard was at max_connections.",
            |s| &s.conn_limit_rejected,
        ),
        (
            "portcullis_tls_handshake_failures_total",
            "TLS handshakes that failed or timed out before a verdict.",
            |s| &s.handshake_failed,
        ),
        (
            "portcullis_tls_session_parks_total",
            "Idle client connections whose TLS session was parked.",
            |s| &s.sessions_parked,
        ),
        (
            "portcullis_tls_session_wakes_total",
            "Parked TLS sessions woken by client data (or to send close_notify).",
            |s| &s.sessions_woken,
        ),
        (
            "portcullis_signature_cache_hits_total",
            "Client certificate signature checks answered from a shard's memo of checks that passed.",
            |s| &s.signature_memo_hits,
        ),
        (
            "portcullis_signature_cache_misses_total",
            "Client certificate signature checks that ran the public-key operation.",
            |s| &s.signature_memo_misses,
        ),
        (
            "portcullis_certificate_cache_hits_total",
            "Client leaf certificates found already parsed in a shard's cache of leaves that validated.",
            |s| &s.leaf_cache_hits,
        ),
        (
            "portcullis_certificate_cache_misses_total",
            "Client leaf certificates parsed (not in the shard's cache).",
            |s| &s.leaf_cache_misses,
        ),
    ];
    for (name, help, field) in counters {
        header(out, name, "counter", help);
        sample(out, name, &[], sum(m, field));
    }
}

fn render_http(m: &Metrics, out: &mut String) {
    let name = "portcullis_http_responses_total";
    header(
        out,
        name,
        "counter",
        "Responses sent to clients by status class.",
    );
    for c in 0..RESPONSE_CLASSES {
        let class = format!("{}xx", c + 1);
        sample(out, name, &[("class", &class)], sum(m, |s| &s.responses[c]));
    }
    let name = "portcullis_target_errors_total";
    header(out, name, "counter", "Failures talking to targets by kind.");
    for (k, kind) in TARGET_ERROR_KINDS.iter().enumerate() {
        sample(
            out,
            name,
            &[("kind", kind)],
            sum(m, |s| &s.target_errors[k]),
        );
    }
}

fn render_trust_stores(m: &Metrics, out: &mut String, now_unix: i64) {
    let name = "portcullis_trust_store_generation";
    header(
        out,
        name,
        "gauge",
        "Generation of the trust-store snapshot in force.",
    );
    for t in &m.trust_stores {
        sample(
            out,
            name,
            &[("trust_store", &t.name)],
            t.generation.load(Relaxed),
        );
    }
    let name = "portcullis_trust_store_reload_failures_total";
    header(
        out,
        name,
        "counter",
        "Failed reloads per trust store (the old snapshot stays in force).",
    );
    for t in &m.trust_stores {
        let n = t.reload_failures.load(Relaxed);
        sample(out, name, &[("trust_store", &t.name)], n);
    }
    let name = "portcullis_crl_seconds_until_next_update";
    header(
        out,
        name,
        "gauge",
        "Seconds until the earliest CRL nextUpdate of each trust store; negative means stale.",
    );
    for t in &m.trust_stores {
        let next = t.crl_next_update.load(Relaxed);
        if next != NO_CRL {
            let until = next.saturating_sub(now_unix);
            sample(out, name, &[("trust_store", &t.name)], until);
        }
    }
}

fn render_globals(m: &Metrics, out: &mut String) {
    let globals: [(&str, &str, &AtomicU64); 3] = [
        (
            "portcullis_reload_success_total",
            "Successful reloads.",
            &m.reload_success,
        ),
        (
            "portcullis_reload_failures_total",
            "Failed reloads of any kind (the old state stays in force).",
            &m.reload_failures,
        ),
        (
            "portcullis_connection_log_dropped_total",
            "Connection-log lines dropped because the writer queue was full.",
            &m.log_dropped,
        ),
    ];
    for (name, help, v) in globals {
        header(out, name, "counter", help);
        sample(out, name, &[], v.load(Relaxed));
    }
}

/// Renders every metric, with CRL deadlines relative to `now_unix`.
pub(super) fn render(m: &Metrics, out: &mut String, now_unix: i64) {
    render_verify(m, out);
    render_handshake_histogram(m, out);
    render_connections(m, out);
    render_http(m, out);
    render_trust_stores(m, out, now_unix);
    render_globals(m, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::VerifyStatus;

    fn render_at(m: &Metrics, now: i64) -> String {
        let mut out = String::new();
        render(m, &mut out, now);
        out
    }

    #[test]
    fn label_values_escape_backslash_quote_and_newline() {
        let m = Metrics::new(1, &["a\"b\\c\nd".to_string()], &[]);
        m.shard(0).verify(0, VerifyStatus::Success);
        let out = render_at(&m, 0);
        assert!(out.contains(
            "portcullis_tls_verify_total{listener=\"a\\\"b\\\\c\\nd\",status=\"Success\"} 1\n"
        ));
    }

    #[test]
    fn histogram_buckets_are_cumulative_and_end_with_inf_sum_and_count() {
        let m = Metrics::new(2, &["l".to_string()], &[]);
        m.shard(0).handshake_seconds(0, 0.0004);
        m.shard(1).handshake_seconds(0, 0.003);
        m.shard(1).handshake_seconds(0, 42.0);
        let out = render_at(&m, 0);
        let b = "portcullis_tls_handshake_seconds_bucket";
        assert!(out.contains(&format!("{b}{{listener=\"l\",le=\"0.0005\"}} 1\n")));
        assert!(out.contains(&format!("{b}{{listener=\"l\",le=\"0.0025\"}} 1\n")));
        assert!(out.contains(&format!("{b}{{listener=\"l\",le=\"0.005\"}} 2\n")));
        assert!(out.contains(&format!("{b}{{listener=\"l\",le=\"10\"}} 2\n")));
        assert!(out.contains(&format!("{b}{{listener=\"l\",le=\"+Inf\"}} 3\n")));
        assert!(out.contains("portcullis_tls_handshake_seconds_count{listener=\"l\"} 3\n"));
        assert!(out.contains("portcullis_tls_handshake_seconds_sum{listener=\"l\"} 42.0034\n"));
        assert!(out.contains("# TYPE portcullis_tls_handshake_seconds histogram\n"));
    }

    #[test]
    fn crl_deadline_is_exported_as_seconds_until_and_goes_negative_when_stale() {
        let m = Metrics::new(1, &[], &["corp".to_string(), "old".to_string()]);
        m.crl_next_update("corp", 1_000_600);
        m.crl_next_update("old", 999_000);
        let out = render_at(&m, 1_000_000);
        assert!(
            out.contains("portcullis_crl_seconds_until_next_update{trust_store=\"corp\"} 600\n")
        );
        assert!(
            out.contains("portcullis_crl_seconds_until_next_update{trust_store=\"old\"} -1000\n")
        );
    }

    /// Checks the exposition grammar line by line: every sample belongs to a
    /// family announced by HELP and TYPE lines, and every value parses.
    #[test]
    fn every_sample_line_is_well_formed_and_announced() {
        let m = Metrics::new(3, &["p".to_string()], &["corp".to_string()]);
        m.crl_next_update("corp", 10);
        let out = render_at(&m, 0);
        let mut typed = std::collections::HashMap::new();
        for line in out.lines() {
            if let Some(rest) = line.strip_prefix("# TYPE ") {
                let (name, kind) = rest.split_once(' ').unwrap();
                assert!(typed.insert(name.to_string(), kind.to_string()).is_none());
                continue;
            }
            if line.starts_with("# HELP ") {
                continue;
            }
            let (series, value) = line.rsplit_once(' ').unwrap();
            assert!(value.parse::<f64>().is_ok(), "{line}");
            let name = series.split('{').next().unwrap();
            let family = ["_bucket", "_sum", "_count"]
                .iter()
                .find_map(|s| {
                    name.strip_suffix(s)
                        .filter(|f| typed.get(*f).is_some_and(|k| k == "histogram"))
                })
                .unwrap_or(name);
            assert!(typed.contains_key(family), "sample before TYPE: {line}");
            assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
            if series.contains('{') {
                assert!(series.ends_with('}'), "{line}");
            }
        }
        assert_eq!(typed.len(), 21, "{typed:?}");
    }
}
