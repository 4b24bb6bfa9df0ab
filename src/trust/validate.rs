//! The client-chain validator: path building through the index, then RFC 5280 checks, ALB verdicts.

use std::rc::Rc;

use super::cert::{Cert, KU_KEY_CERT_SIGN};
use super::index::Index;
use super::leafcache::{self, ParsedLeaf};
use super::names::rfc2253;
use super::FailureReason::{self, *};
use super::{LeafInfo, ValidationOptions, Verdict};

mod checks;
mod path;

/// Certificates a client may send. Clients may include unneeded extras
/// (cross-signs, the root), so this is looser than the path depth; it bounds
/// the signature checks a peer can make path building try.
pub const MAX_CERTS_SENT: usize = 16;

/// Store-wide settings that apply to every validation.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Longest path, leaf and anchor included.
    pub max_depth: usize,
    /// Largest chain as sent, bytes.
    pub max_chain_bytes: usize,
    /// Accept CRLs past their nextUpdate.
    pub allow_stale_crls: bool,
}

/// One certificate on a built path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Node {
    /// Index in the chain as sent (0 = leaf).
    Sent(usize),
    /// Index of a CA in the store.
    Stored(usize),
}

/// A failure before it becomes a [`Verdict`].
struct Fail {
    reason: FailureReason,
    cert: Option<usize>,
    detail: String,
}

fn fail(reason: FailureReason, cert: Option<usize>, detail: String) -> Fail {
    Fail {
        reason,
        cert,
        detail,
    }
}

struct Run<'a> {
    index: &'a Index,
    policy: &'a Policy,
    opts: &'a ValidationOptions,
    /// Parsed chain as sent; `None` for entries that did not parse (index 0 always parses).
    sent: Vec<Option<Rc<Cert>>>,
}

/// Validates `chain` (DER, leaf first) against `index`.
pub fn validate(
    index: &Index,
    policy: &Policy,
    chain: &[&[u8]],
    opts: &ValidationOptions,
) -> Verdict {
    let Some(first) = chain.first() else {
        return verdict(
            None,
            Err(fail(
                UnmappedConnectionError,
                None,
                "no client certificate presented".into(),
            )),
        );
    };
    let total: usize = chain.iter().map(|c| c.len()).sum();
    let oversize = total > policy.max_chain_bytes;
    // The leaf is parsed even for an oversize chain (the log wants it), unless
    // the leaf alone is beyond the limit.
    // A leaf whose chain validated on this thread before is parsed already.
    let cached = leafcache::get(first);
    let was_cached = cached.is_some();
    let parsed = (first.len() <= policy.max_chain_bytes).then(|| match cached {
        Some(leaf) => Ok(leaf),
        None => ParsedLeaf::parse(first).map(Rc::new),
    });
    let leaf = match parsed {
        Some(Ok(leaf)) => leaf,
        Some(Err(e)) if !oversize => {
            let msg = format!("certificate #0: {e}");
            return verdict(None, Err(fail(ClientCertInvalid, Some(0), msg)));
        }
        // Unparsed (or too large to try) and the chain is over the limit.
        _ => {
            let msg = format!(
                "chain is {total} bytes, limit is {}",
                policy.max_chain_bytes
            );
            return verdict(None, Err(fail(ClientCertMaxSizeExceeded, None, msg)));
        }
    };
    let mut run = Run {
        index,
        policy,
        opts,
        sent: vec![Some(leaf.cert.clone())],
    };
    let outcome = run.check(chain);
    let info = leaf_info(index, &leaf);
    if outcome.is_ok() && !was_cached {
        leafcache::insert(leaf);
    }
    verdict(Some(info), outcome)
}

fn verdict(leaf: Option<LeafInfo>, outcome: Result<(), Fail>) -> Verdict {
    match outcome {
        Ok(()) => Verdict {
            result: Ok(()),
            leaf,
            failed_cert: None,
            detail: String::new(),
        },
        Err(f) => Verdict {
            result: Err(f.reason),
            leaf,
            failed_cert: f.cert,
            detail: f.detail,
        },
    }
}

fn leaf_info(index: &Index, parsed: &ParsedLeaf) -> LeafInfo {
    let leaf = &parsed.cert;
    let issuer = match index.by_subject(&leaf.issuer).first() {
        Some(&ca) => index.cas[ca].subject_str.clone(),
        None => rfc2253(&leaf.issuer),
    };
    LeafInfo {
        subject: parsed.subject.clone(),
        issuer,
        serial_hex: parsed.serial_hex.clone(),
        not_before_unix: leaf.not_before,
        not_after_unix: leaf.not_after,
        der: leaf.der.clone(),
    }
}

/// RFC 3339 rendering of Unix seconds for messages.
pub fn fmt_time(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| unix.to_string())
}

impl Run<'_> {
    fn check(&mut self, chain: &[&[u8]]) -> Result<(), Fail> {
        let total: usize = chain.iter().map(|c| c.len()).sum();
        if total > self.policy.max_chain_bytes {
            let msg = format!(
                "chain is {total} bytes, limit is {}",
                self.policy.max_chain_bytes
            );
            return Err(fail(ClientCertMaxSizeExceeded, None, msg));
        }
        if chain.len() > MAX_CERTS_SENT {
            let msg = format!(
                "{} certificates sent, limit is {}",
                chain.len(),
                MAX_CERTS_SENT
            );
            return Err(fail(ClientCertMaxChainDepthExceeded, None, msg));
        }
        self.check_leaf_form()?;
        self.find_valid_path(chain)
    }

    /// Every check on one complete path (leaf first, anchor last).
    fn check_path(&self, path: &[Node]) -> Result<(), Fail> {
        if path.len() > self.policy.max_depth {
            let msg = format!(
                "path has {} certificates, limit is {}",
                path.len(),
                self.policy.max_depth
            );
            return Err(fail(ClientCertMaxChainDepthExceeded, None, msg));
        }
        self.check_issuers(path)?;
        self.check_validity(path)?;
        self.check_purpose(path)?;
        self.check_revocation(path)
    }

    fn cert(&self, node: Node) -> &Cert {
        match node {
            // Only parsed certificates are ever put on a path.
            Node::Sent(i) => self.sent[i]
                .as_deref()
                .expect("path holds parsed certificates"),
            Node::Stored(i) => &self.index.cas[i].cert,
        }
    }

    fn label(&self, node: Node) -> String {
        match node {
            Node::Sent(i) => format!("certificate #{i} ({})", rfc2253(&self.cert(node).subject)),
            Node::Stored(i) => format!("store CA {}", self.index.cas[i].subject_str),
        }
    }

    fn fail_at(&self, reason: FailureReason, node: Node, what: &str) -> Fail {
        let cert = match node {
            Node::Sent(i) => Some(i),
            Node::Stored(_) => None,
        };
        fail(reason, cert, format!("{}: {what}", self.label(node)))
    }

    fn check_leaf_form(&self) -> Result<(), Fail> {
        let leaf = self.cert(Node::Sent(0));
        let bad = |what: &str| Err(self.fail_at(ClientCertInvalid, Node::Sent(0), what));
        if leaf.version != 2 {
            return bad("not an X.509 v3 certificate");
        }
        if leaf.sig_alg_mismatch {
            return bad("signature algorithm differs inside and outside the signed part");
        }
        if let Some(oid) = &leaf.unhandled_critical {
            return bad(&format!("unsupported critical extension {oid}"));
        }
        if !leaf.serial_conforms {
            return bad("serial number is not a positive integer of at most 20 octets");
        }
        if leaf.name_constraints.is_some() {
            return bad("nameConstraints in an end-entity certificate");
        }
        if leaf.has_empty_subject() && !(leaf.has_san && leaf.san_critical) {
            return bad("empty subject without a critical subjectAltName");
        }
        if !leaf.is_ca() && leaf.key_usage.is_some_and(|ku| ku & KU_KEY_CERT_SIGN != 0) {
            return bad("keyUsage keyCertSign in a certificate that is not a CA");
        }
        if leaf.is_ca() {
            let what = "a CA certificate (basicConstraints cA) cannot be a client certificate";
            return Err(self.fail_at(ClientCertPurposeInvalid, Node::Sent(0), what));
        }
        Ok(())
    }
}
