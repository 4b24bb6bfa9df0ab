//! Unit tests of per-shard metrics: merging across shards and the exported series.

use super::*;

fn metrics(shards: usize) -> Metrics {
    let listeners = ["public".to_string(), "internal".to_string()];
    Metrics::new(shards, &listeners, &["corp".to_string()])
}

fn scrape(m: &Metrics) -> String {
    let mut out = String::new();
    m.render_prometheus(&mut out);
    out
}

#[test]
fn counts_written_by_several_shard_threads_are_summed_on_scrape() {
    let m = Arc::new(metrics(4));
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let m = Arc::clone(&m);
            std::thread::spawn(move || {
                let s = m.shard(i);
                for _ in 0..1000 {
                    s.verify(0, VerifyStatus::Success);
                    s.response(200);
                }
                s.verify(1, VerifyStatus::failed("ClientCertCrlHit").unwrap());
            })
        })
        .collect();
    threads.into_iter().for_each(|t| t.join().unwrap());
    let out = scrape(&m);
    assert!(
        out.contains("portcullis_tls_verify_total{listener=\"public\",status=\"Success\"} 4000\n")
    );
    assert!(out.contains(
        "portcullis_tls_verify_total{listener=\"internal\",status=\"Failed:ClientCertCrlHit\"} 4\n"
    ));
    assert!(out.contains("portcullis_http_responses_total{class=\"2xx\"} 4000\n"));
}

#[test]
fn verify_status_parses_exactly_the_connection_log_forms() {
    assert_eq!(VerifyStatus::parse("Success"), Some(VerifyStatus::Success));
    assert_eq!(
        VerifyStatus::parse("Failed:ClientCertIncompatible"),
        Some(VerifyStatus::Failed(12))
    );
    assert_eq!(VerifyStatus::parse("Failed:Nope"), None);
    assert_eq!(VerifyStatus::parse("ClientCertExpired"), None);
    for (i, r) in FAILURE_REASONS.iter().enumerate() {
        assert_eq!(VerifyStatus::failed(r), Some(VerifyStatus::Failed(i as u8)));
    }
}

#[test]
fn out_of_range_failure_index_counts_as_unmapped_connection_error() {
    let m = metrics(1);
    m.shard(0).verify(0, VerifyStatus::Failed(200));
    assert!(
        scrape(&m).contains("{listener=\"public\",status=\"Failed:UnmappedConnectionError\"} 1\n")
    );
}

#[test]
fn active_connections_are_reported_per_shard() {
    let m = metrics(2);
    m.shard(0).conn_opened();
    m.shard(0).conn_opened();
    m.shard(1).conn_opened();
    m.shard(0).conn_closed();
    assert_eq!(m.shard(0).active_connections(), 1);
    let out = scrape(&m);
    assert!(out.contains("portcullis_active_connections{shard=\"0\"} 1\n"));
    assert!(out.contains("portcullis_active_connections{shard=\"1\"} 1\n"));
    assert!(out.contains("portcullis_connections_total 3\n"));
}

#[test]
fn unknown_listener_store_and_status_inputs_are_ignored_without_panicking() {
    let m = metrics(1);
    let s = m.shard(0);
    s.verify(99, VerifyStatus::Success);
    s.handshake_seconds(99, 0.1);
    s.handshake_seconds(0, f64::NAN);
    s.handshake_seconds(0, -1.0);
    s.handshake_seconds(0, f64::INFINITY);
    s.response(0);
    s.response(700);
    m.trust_store_generation("nope", 3);
    m.crl_next_update("nope", 5);
    let out = scrape(&m);
    assert!(out.contains("portcullis_tls_handshake_seconds_count{listener=\"public\"} 3\n"));
    assert!(!out.contains("class=\"7xx\""));
}

#[test]
fn target_errors_outside_the_fixed_set_count_as_other() {
    let m = metrics(1);
    m.shard(0).target_error("timeout");
    m.shard(0).target_error("weird");
    let out = scrape(&m);
    assert!(out.contains("portcullis_target_errors_total{kind=\"timeout\"} 1\n"));
    assert!(out.contains("portcullis_target_errors_total{kind=\"other\"} 1\n"));
    assert!(out.contains("portcullis_target_errors_total{kind=\"connect\"} 0\n"));
}

#[test]
fn global_items_are_exported() {
    let m = metrics(1);
    m.trust_store_generation("corp", 7);
    m.reload_failure("corp");
    m.reload_failure("listener public certificate");
    m.reload_success();
    m.log_dropped_counter().fetch_add(5, Relaxed);
    let out = scrape(&m);
    assert!(out.contains("portcullis_trust_store_generation{trust_store=\"corp\"} 7\n"));
    assert!(out.contains("portcullis_trust_store_reload_failures_total{trust_store=\"corp\"} 1\n"));
    assert!(out.contains("portcullis_reload_failures_total 2\n"));
    assert!(out.contains("portcullis_reload_success_total 1\n"));
    assert!(out.contains("portcullis_connection_log_dropped_total 5\n"));
    // No CRL next-update known yet: the gauge has no sample.
    assert!(!out.contains("portcullis_crl_seconds_until_next_update{"));
}

#[test]
fn shard_blocks_never_share_a_cache_line() {
    assert_eq!(std::mem::align_of::<ShardMetrics>(), 128);
    assert_eq!(std::mem::align_of::<ListenerSlot>(), 128);
    assert_eq!(std::mem::size_of::<ShardMetrics>() % 128, 0);
}

#[test]
fn metrics_can_be_shared_across_shard_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Metrics>();
    assert_send_sync::<ShardMetrics>();
    let m = metrics(3);
    assert_eq!(m.shard_count(), 3);
    assert_eq!(m.listener_index("internal"), Some(1));
    assert_eq!(m.listener_index("nope"), None);
    assert!(format!("{m:?}").contains("shards: 3"));
}

#[test]
fn signature_memo_counts_are_summed_over_shards() {
    use crate::trust::sigmemo::Counts;
    let m = metrics(2);
    m.shard(0).signature_checks(Counts { hits: 5, misses: 2 });
    m.shard(1).signature_checks(Counts { hits: 1, misses: 0 });
    assert_eq!(m.signature_checks(), Counts { hits: 6, misses: 2 });
    let out = scrape(&m);
    assert!(
        out.contains("portcullis_signature_cache_hits_total 6\n"),
        "{out}"
    );
    assert!(
        out.contains("portcullis_signature_cache_misses_total 2\n"),
        "{out}"
    );
    m.shard(0).leaf_cache(Counts { hits: 7, misses: 1 });
    m.shard(1).leaf_cache(Counts { hits: 2, misses: 3 });
    let out = scrape(&m);
    assert!(
        out.contains("portcullis_certificate_cache_hits_total 9\n"),
        "{out}"
    );
    assert!(
        out.contains("portcullis_certificate_cache_misses_total 4\n"),
        "{out}"
    );
}
