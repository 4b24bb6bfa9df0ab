//! `portcullis verify`: validate a client chain offline exactly as the proxy would.

use std::path::{Path, PathBuf};

use crate::config::TrustStoreConfig;
use crate::trust::{pem, Purpose, Snapshot, ValidationOptions, Verdict};

/// Exit code: the chain was accepted.
pub const EXIT_SUCCESS: u8 = 0;
/// Exit code: the chain was refused.
pub const EXIT_FAILED: u8 = 1;
/// Exit code: the input (files, flags) could not be used.
pub const EXIT_BAD_INPUT: u8 = 2;

/// `--purpose` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PurposeArg {
    /// clientAuth (what the proxy requires).
    Client,
    /// serverAuth.
    Server,
    /// No extended-key-usage requirement.
    Any,
}

/// Arguments of `portcullis verify`.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// CA bundle (roots and intermediates), PEM.
    #[arg(long)]
    pub ca_bundle: PathBuf,
    /// CRL file, PEM or DER; repeat for several.
    #[arg(long = "crl")]
    pub crls: Vec<PathBuf>,
    /// Validate at this time (RFC 3339) instead of now.
    #[arg(long)]
    pub at: Option<String>,
    /// Accept an expired leaf (like `ignore_client_certificate_expiry`).
    #[arg(long)]
    pub ignore_expiry: bool,
    /// What the leaf must be good for.
    #[arg(long, value_enum, default_value = "client")]
    pub purpose: PurposeArg,
    /// Print the verdict as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Client chain, PEM (leaf first) or a single DER certificate.
    pub chain: PathBuf,
}

/// Runs the command; returns the process exit code (0 Success, 1 Failed, 2 bad input).
pub fn run(args: &VerifyArgs) -> u8 {
    match verify(args) {
        Ok(verdict) => {
            if args.json {
                println!("{}", json(&verdict));
            } else {
                print!("{}", human(&verdict));
            }
            if verdict.is_success() {
                EXIT_SUCCESS
            } else {
                EXIT_FAILED
            }
        }
        Err(msg) => {
            eprintln!("portcullis verify: {msg}");
            EXIT_BAD_INPUT
        }
    }
}

fn verify(args: &VerifyArgs) -> Result<Verdict, String> {
    let now_unix = match &args.at {
        Some(at) => time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
            .map_err(|e| format!("--at {at:?} is not an RFC 3339 time: {e}"))?
            .unix_timestamp(),
        None => ValidationOptions::client_now().now_unix,
    };
    let opts = ValidationOptions {
        purpose: match args.purpose {
            PurposeArg::Client => Purpose::Client,
            PurposeArg::Server => Purpose::Server,
            PurposeArg::Any => Purpose::Any,
        },
        ignore_leaf_expiry: args.ignore_expiry,
        now_unix,
    };
    let cfg = TrustStoreConfig {
        ca_bundle: args.ca_bundle.clone(),
        crls: args.crls.clone(),
        crl_refresh_seconds: None,
        insecure_allow_stale_crls: false,
        max_chain_depth: None,
        max_chain_bytes: None,
    };
    let snapshot = Snapshot::load(&cfg, 1).map_err(|e| e.to_string())?;
    let chain = read_chain(&args.chain)?;
    let refs: Vec<&[u8]> = chain.iter().map(Vec::as_slice).collect();
    Ok(snapshot.validate(&refs, &opts))
}

/// Reads a chain file: PEM certificates (leaf first), or one DER certificate.
pub fn read_chain(path: &Path) -> Result<Vec<Vec<u8>>, String> {
    let data = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    if !pem::looks_like_pem(&data) {
        return Ok(vec![data]);
    }
    let blocks = pem::parse(&data).map_err(|e| format!("{}: {e}", path.display()))?;
    let certs: Vec<Vec<u8>> = blocks
        .into_iter()
        .filter(|b| b.label == "CERTIFICATE")
        .map(|b| b.der)
        .collect();
    if certs.is_empty() {
        return Err(format!("{}: no CERTIFICATE block", path.display()));
    }
    Ok(certs)
}

/// The operator-facing report: verdict, what failed and why, then the leaf.
pub fn human(v: &Verdict) -> String {
    let mut out = format!("{}\n", v.status());
    if !v.detail.is_empty() {
        let which = match v.failed_cert {
            Some(0) => "the leaf (certificate #0)".to_string(),
            Some(i) => format!("certificate #{i} as sent"),
            None => "the chain".to_string(),
        };
        out.push_str(&format!("  failed:   {which}\n  why:      {}\n", v.detail));
    }
    match &v.leaf {
        Some(leaf) => {
            out.push_str(&format!("  subject:  {}\n", leaf.subject));
            out.push_str(&format!("  issuer:   {}\n", leaf.issuer));
            out.push_str(&format!("  serial:   {}\n", leaf.serial_hex));
            out.push_str(&format!("  validity: {}\n", leaf.validity()));
        }
        None => out.push_str("  leaf:     (could not be parsed)\n"),
    }
    out
}

/// The verdict as a JSON object.
pub fn json(v: &Verdict) -> String {
    let leaf = v.leaf.as_ref().map(|l| {
        serde_json::json!({
            "subject": l.subject,
            "issuer": l.issuer,
            "serial": l.serial_hex,
            "not_before": super::validate::fmt_time(l.not_before_unix),
            "not_after": super::validate::fmt_time(l.not_after_unix),
        })
    });
    serde_json::json!({
        "status": v.status(),
        "reason": v.result.err().map(|r| r.as_str()),
        "failed_cert": v.failed_cert,
        "detail": v.detail,
        "leaf": leaf,
    })
    .to_string()
}
