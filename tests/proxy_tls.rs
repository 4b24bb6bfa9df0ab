//! TLS termination end to end: handshakes in each mode, connection-log lines.

mod common;

use common::*;

#[test]
fn passthrough_admits_a_client_without_certificate_and_logs_success() {
    let fx = Fixture::new();
    let cfg = fx.config("passthrough", 1, "127.0.0.1:9".parse().unwrap(), "");
    let server = start(&cfg);
    let addr = server.local_addrs()[0];
    client_rt(async {
        let mut s = handshake_as(&fx, addr, None).await.expect("handshake");
        s.close().await;
    });
    let lines = log_lines(&fx.log_path(), 1);
    server.shutdown();
    assert_eq!(lines.len(), 1, "{lines:?}");
    let f: Vec<&str> = lines[0].split(' ').collect();
    assert_eq!(f[1], "127.0.0.1");
    assert_eq!(f[4], "TLSv1.3");
    assert!(lines[0].contains(" Success TID_"), "{}", lines[0]);
}

#[test]
fn a_port_another_process_listens_on_is_refused_instead_of_shared() {
    let fx = Fixture::new();
    let first = start(&fx.config("off", 1, "127.0.0.1:9".parse().unwrap(), ""));
    let taken = first.local_addrs()[0];
    let text = format!(
        "[[listener]]\nname = \"second\"\nbind = \"{taken}\"\ncertificate = {:?}\nprivate_key = {:?}\nmode = \"off\"\ntarget_group = \"app\"\n\n[target_group.app]\ntargets = [\"127.0.0.1:9\"]\n",
        fx.paths.server_chain.display().to_string(),
        fx.paths.server_key.display().to_string(),
    );
    let cfg =
        portcullis::config::Config::parse(&text, std::path::Path::new("t.toml"), fx.dir.path())
            .unwrap();
    let err = portcullis::shard::Server::start(&cfg)
        .err()
        .expect("second bind must fail");
    first.shutdown();
    assert!(err.to_string().contains("already in use"), "{err}");
}
