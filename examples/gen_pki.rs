//! Writes a throw-away demo PKI into a directory, for `benches/idle_memory.sh` and manual tests.
//!
//! Usage: `gen_pki DIR`. Files: the ones `DemoPki::write_to` writes
//! (server-chain.pem, server.key, ca-bundle.pem, root.crl.pem,
//! intermediate.crl.pem, client-<label>.pem/.key) plus root.pem (what
//! clients trust for the server), crls.pem (both CRLs in one file, as nginx
//! and HAProxy take them) and server-combined.pem (chain then key, as
//! HAProxy's `crt` takes it). All keys are ECDSA P-256; clients chain to the
//! intermediate, which is in the CA bundle.

use std::path::PathBuf;
use std::process::ExitCode;

use portcullis::pki::DemoPki;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: gen_pki DIR");
        return ExitCode::from(2);
    };
    match write(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_pki: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let pki = DemoPki::generate();
    pki.write_to(dir)?;
    std::fs::write(dir.join("root.pem"), pki.root.cert_pem())?;
    std::fs::write(dir.join("crls.pem"), pki.crl_pems.concat())?;
    let combined = format!("{}{}", pki.server_chain_pem, pki.server_key_pem);
    std::fs::write(dir.join("server-combined.pem"), combined)?;
    println!("{}", dir.display());
    Ok(())
}
