//! `portcullis verify` end to end: exit codes, human and JSON output, on the demo PKI.

use std::process::Command;

use portcullis::pki::DemoPki;

fn verify(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_portcullis"))
        .arg("verify")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn verify_gives_each_demo_client_its_verdict_and_exit_code() {
    let pki = DemoPki::generate();
    let dir = tempfile::tempdir().unwrap();
    let paths = pki.write_to(dir.path()).unwrap();
    for client in &paths.clients {
        let mut args = vec!["--ca-bundle".as_ref(), paths.ca_bundle.as_os_str()];
        for crl in &paths.crls {
            args.push("--crl".as_ref());
            args.push(crl.as_os_str());
        }
        args.push(client.chain.as_os_str());
        let (code, stdout, stderr) = verify(&args);
        assert_eq!(
            stdout.lines().next(),
            Some(client.expected),
            "{}: {stdout}{stderr}",
            client.label
        );
        assert_eq!(
            code,
            if client.expected == "Success" { 0 } else { 1 },
            "{}",
            client.label
        );
        assert!(
            stdout.contains("serial:") && stdout.contains("NotBefore="),
            "{stdout}"
        );
        if client.expected != "Success" {
            assert!(stdout.contains("why:"), "failure says why: {stdout}");
        }
    }
}

#[test]
fn verify_honours_at_ignore_expiry_and_json() {
    let pki = DemoPki::generate();
    let dir = tempfile::tempdir().unwrap();
    let paths = pki.write_to(dir.path()).unwrap();
    let expired = paths.clients.iter().find(|c| c.label == "expired").unwrap();
    let base = ["--ca-bundle".as_ref(), paths.ca_bundle.as_os_str()];
    let mut args = base.to_vec();
    args.extend([
        "--ignore-expiry".as_ref(),
        "--json".as_ref(),
        expired.chain.as_os_str(),
    ]);
    let (code, stdout, _) = verify(&args);
    assert_eq!(code, 0, "{stdout}");
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["status"], "Success");
    assert_eq!(v["leaf"]["subject"], "CN=expired.demo.client");

    let valid = paths.clients.iter().find(|c| c.label == "valid").unwrap();
    let mut args = base.to_vec();
    args.extend([
        "--at".as_ref(),
        "2000-01-01T00:00:00Z".as_ref(),
        valid.chain.as_os_str(),
    ]);
    let (code, stdout, _) = verify(&args);
    assert_eq!(
        (code, stdout.lines().next()),
        (1, Some("Failed:ClientCertNotYetValid"))
    );
}

#[test]
fn verify_exits_2_on_bad_input() {
    let pki = DemoPki::generate();
    let dir = tempfile::tempdir().unwrap();
    let paths = pki.write_to(dir.path()).unwrap();
    let chain = paths.clients[0].chain.as_os_str();
    let missing = dir.path().join("missing.pem");
    let (code, _, stderr) = verify(&["--ca-bundle".as_ref(), missing.as_os_str(), chain]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing.pem"), "{stderr}");
    let bundle = paths.ca_bundle.as_os_str();
    let (code, _, stderr) = verify(&[
        "--ca-bundle".as_ref(),
        bundle,
        "--at".as_ref(),
        "yesterday".as_ref(),
        chain,
    ]);
    assert_eq!(code, 2, "{stderr}");
}
