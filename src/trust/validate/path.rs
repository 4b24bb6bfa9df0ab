//! Bounded path search: leaf → client-sent intermediates → a store CA → its pre-verified parents.
//!
//! Candidates are tried depth first, store CAs before client-sent
//! certificates, and every complete path gets the full checks; the first
//! path that passes wins. Both the number of complete paths tried and the
//! number of signature checks are capped, so a peer cannot make one
//! handshake cost more than a few verifications.

use std::rc::Rc;

use super::{fail, Fail, Node, Run};
use crate::trust::cert::Cert;
use crate::trust::names::rfc2253;
use crate::trust::sig::{verify_once, SigCheck};
use crate::trust::sigmemo;
use crate::trust::FailureReason::*;

/// Complete candidate paths checked per validation (alternate chains through
/// cross-signed CAs rarely number more than two or three).
const MAX_PATHS_TRIED: usize = 8;
/// Signature verifications per validation. An honest chain of the maximum
/// depth needs at most 3 (stored links are verified at load).
const MAX_SIGNATURE_CHECKS: usize = 16;

/// What the search has learnt so far.
struct Search {
    paths_left: usize,
    signatures_left: usize,
    /// Failure of the first complete path (store-preferred, the most natural one).
    first_failure: Option<Fail>,
    /// A named issuer whose signature did not verify (or was unsupported).
    signature_problem: Option<Fail>,
    /// A path that would exceed the depth limit before reaching the store.
    too_deep: Option<Fail>,
    /// The deepest certificate whose issuer was found nowhere (and its depth).
    dead_end: Option<(usize, Node)>,
}

impl Run<'_> {
    /// Finds a path that passes every check, or explains the most relevant failure.
    pub(super) fn find_valid_path(&mut self, chain: &[&[u8]]) -> Result<(), Fail> {
        let mut search = Search {
            paths_left: MAX_PATHS_TRIED,
            signatures_left: MAX_SIGNATURE_CHECKS,
            first_failure: None,
            signature_problem: None,
            too_deep: None,
            dead_end: None,
        };
        let mut path = vec![Node::Sent(0)];
        if self.extend(chain, &mut path, &mut search) {
            return Ok(());
        }
        if let Some(f) = search
            .first_failure
            .or(search.signature_problem)
            .or(search.too_deep)
        {
            return Err(f);
        }
        if let Some(j) = self.sent.iter().position(Option::is_none) {
            let what = format!("certificate #{j} is not a DER X.509 certificate");
            return Err(fail(ClientCertInvalid, Some(j), what));
        }
        let (_, node) = search.dead_end.unwrap_or((0, Node::Sent(0)));
        let issuer = rfc2253(&self.cert(node).issuer);
        let what = format!("issuer {issuer} is not in the trust store");
        Err(self.fail_at(ClientCertUntrusted, node, &what))
    }

    /// Depth-first extension of `path`; true once a complete path passes.
    fn extend(&mut self, chain: &[&[u8]], path: &mut Vec<Node>, s: &mut Search) -> bool {
        let cur = *path.last().expect("a path starts with the leaf");
        if path.len() > self.policy.max_depth {
            let what = format!(
                "no trusted path within {} certificates",
                self.policy.max_depth
            );
            s.too_deep
                .get_or_insert(fail(ClientCertMaxChainDepthExceeded, None, what));
            return false;
        }
        let mut found_issuer = false;
        let mut stored = self.index.by_subject(&self.cert(cur).issuer).to_vec();
        if let Some(aki) = &self.cert(cur).aki {
            // Same-named CAs (key rollover): try the one whose key identifier
            // the certificate names first, so it usually costs one check.
            stored.sort_by_key(|&ca| self.index.cas[ca].cert.ski.as_ref() != Some(aki));
        }
        for ca in stored {
            let Some(check) = self.spend(s, |run| {
                let (cert, issuer) = (run.cert(cur), &run.index.cas[ca]);
                let key = &issuer.key;
                let (alg, tbs, sig) = (cert.sig_alg, &cert.tbs, &cert.signature);
                sigmemo::verify(Some(key.kind()), &issuer.cert.spki, alg, tbs, sig, || {
                    key.verify(alg, tbs, sig)
                })
            }) else {
                return false;
            };
            if check != SigCheck::Valid {
                s.signature_problem.get_or_insert(self.sig_fail(cur, check));
                continue;
            }
            found_issuer = true;
            let mut full = path.clone();
            self.push_stored(&mut full, ca);
            if self.try_path(&full, s) {
                return true;
            }
            if s.paths_left == 0 {
                return false;
            }
        }
        if self.sent.len() == 1 {
            self.parse_sent(chain);
        }
        for j in 1..self.sent.len() {
            if !self.names_issuer(j, cur) || path.contains(&Node::Sent(j)) {
                continue;
            }
            let Some(check) = self.spend(s, |run| {
                let (cert, cand) = (run.cert(cur), run.cert(Node::Sent(j)));
                let (alg, tbs, sig) = (cert.sig_alg, &cert.tbs, &cert.signature);
                sigmemo::verify(cand.key, &cand.spki, alg, tbs, sig, || {
                    verify_once(cand.key, &cand.spki, alg, tbs, sig)
                })
            }) else {
                return false;
            };
            if check != SigCheck::Valid {
                s.signature_problem.get_or_insert(self.sig_fail(cur, check));
                continue;
            }
            found_issuer = true;
            path.push(Node::Sent(j));
            if self.extend(chain, path, s) {
                return true;
            }
            path.pop();
            if s.paths_left == 0 {
                return false;
            }
        }
        if !found_issuer && s.dead_end.is_none_or(|(depth, _)| depth < path.len()) {
            s.dead_end = Some((path.len(), cur));
        }
        false
    }

    /// Runs one signature check if the budget allows.
    fn spend(&self, s: &mut Search, check: impl FnOnce(&Self) -> SigCheck) -> Option<SigCheck> {
        if s.signatures_left == 0 {
            return None;
        }
        s.signatures_left -= 1;
        Some(check(self))
    }

    fn try_path(&self, path: &[Node], s: &mut Search) -> bool {
        s.paths_left = s.paths_left.saturating_sub(1);
        match self.check_path(path) {
            Ok(()) => true,
            Err(f) => {
                s.first_failure.get_or_insert(f);
                false
            }
        }
    }

    /// Does sent certificate `j` parse and carry the subject `node` names as issuer?
    fn names_issuer(&self, j: usize, node: Node) -> bool {
        let issuer = &self.cert(node).issuer;
        self.sent[j].as_ref().is_some_and(|c| &c.subject == issuer)
    }

    fn push_stored(&self, path: &mut Vec<Node>, ca: usize) {
        path.push(Node::Stored(ca));
        let mut cur = ca;
        while let Some(p) = self.index.cas[cur].parent {
            path.push(Node::Stored(p));
            cur = p;
        }
    }

    fn parse_sent(&mut self, chain: &[&[u8]]) {
        let parsed: Vec<Option<Rc<Cert>>> = chain[1..]
            .iter()
            .map(|der| Cert::parse(der).ok().map(Rc::new))
            .collect();
        self.sent.extend(parsed);
    }

    fn sig_fail(&self, node: Node, check: SigCheck) -> Fail {
        match check {
            SigCheck::Unsupported => self.fail_at(
                ClientCertTypeUnsupported,
                node,
                "unsupported key type or signature algorithm",
            ),
            _ => self.fail_at(
                ClientCertInvalid,
                node,
                "signature does not verify under its issuer's key",
            ),
        }
    }
}
