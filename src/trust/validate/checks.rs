//! Checks on a built path: issuer constraints, validity, purpose, revocation.

use super::{fmt_time, Fail, Node, Run};
use crate::trust::cert::{Cert, KU_DIGITAL_SIGNATURE, KU_KEY_CERT_SIGN};
use crate::trust::names::rfc2253;
use crate::trust::FailureReason::*;
use crate::trust::Purpose;

impl Run<'_> {
    /// Every issuer must be a v3 CA allowed to sign certificates, within its
    /// pathLenConstraint and name constraints; every key must be supported.
    pub(super) fn check_issuers(&self, path: &[Node]) -> Result<(), Fail> {
        for (i, &node) in path.iter().enumerate() {
            let cert = self.cert(node);
            if cert.key.is_none() {
                return Err(self.fail_at(
                    ClientCertTypeUnsupported,
                    node,
                    "unsupported public key type or size",
                ));
            }
            if i == 0 {
                continue;
            }
            if let Node::Sent(_) = node {
                self.check_sent_ca_form(node, cert)?;
            }
            if let Some((true, Some(max))) = cert.basic {
                let below = path[1..i]
                    .iter()
                    .filter(|&&n| !self.cert(n).is_self_issued())
                    .count();
                if below > max as usize {
                    let what = format!(
                        "pathLenConstraint {max} exceeded by {below} intermediates below it"
                    );
                    return Err(self.fail_at(ClientCertInvalid, node, &what));
                }
            }
            if let Some(nc) = &cert.name_constraints {
                if let Some(why) = &nc.malformed {
                    let what = format!("nameConstraints: {why}");
                    return Err(self.fail_at(ClientCertInvalid, node, &what));
                }
                for (k, &sub) in path[..i].iter().enumerate() {
                    let subject = self.cert(sub);
                    if k > 0 && subject.is_self_issued() {
                        continue;
                    }
                    if let Err(what) = nc.check(&subject.subject, &subject.san) {
                        return Err(self.fail_at(
                            ClientCertInvalid,
                            sub,
                            &format!("name constraints: {what}"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    fn check_sent_ca_form(&self, node: Node, cert: &Cert) -> Result<(), Fail> {
        let what = if cert.version != 2 {
            "issuer is not an X.509 v3 certificate"
        } else if !cert.is_ca() {
            "issuer is not a CA (basicConstraints cA is not set)"
        } else if !cert.allows_usage(KU_KEY_CERT_SIGN) {
            "issuer's keyUsage lacks keyCertSign"
        } else if cert.sig_alg_mismatch {
            "signature algorithm differs inside and outside the signed part"
        } else if cert.unhandled_critical.is_some() {
            "unsupported critical extension"
        } else if !cert.serial_conforms {
            "serial number is not a positive integer of at most 20 octets"
        } else if cert.has_empty_subject() {
            "issuer has an empty subject"
        } else {
            return Ok(());
        };
        Err(self.fail_at(ClientCertInvalid, node, what))
    }

    /// Every certificate must be valid at `now`; the leaf's expiry may be ignored.
    pub(super) fn check_validity(&self, path: &[Node]) -> Result<(), Fail> {
        let now = self.opts.now_unix;
        for (i, &node) in path.iter().enumerate() {
            let cert = self.cert(node);
            if now < cert.not_before {
                let what = format!("not valid before {}", fmt_time(cert.not_before));
                return Err(self.fail_at(ClientCertNotYetValid, node, &what));
            }
            let ignored = i == 0 && self.opts.ignore_leaf_expiry;
            if now > cert.not_after && !ignored {
                let what = format!("expired at {}", fmt_time(cert.not_after));
                return Err(self.fail_at(ClientCertExpired, node, &what));
            }
        }
        Ok(())
    }

    /// keyUsage of the leaf, extendedKeyUsage of every certificate that has one.
    pub(super) fn check_purpose(&self, path: &[Node]) -> Result<(), Fail> {
        let leaf = self.cert(path[0]);
        if !leaf.allows_usage(KU_DIGITAL_SIGNATURE) {
            return Err(self.fail_at(
                ClientCertPurposeInvalid,
                path[0],
                "keyUsage lacks digitalSignature",
            ));
        }
        for &node in path {
            let Some(eku) = self.cert(node).eku else {
                continue; // RFC 5280 §4.2.1.12: no EKU = no restriction
            };
            let ok = match self.opts.purpose {
                Purpose::Client => eku.client || eku.any,
                Purpose::Server => eku.server || eku.any,
                Purpose::Any => true,
            };
            if !ok {
                let what = format!(
                    "extendedKeyUsage does not allow {:?} authentication",
                    self.opts.purpose
                );
                return Err(self.fail_at(ClientCertPurposeInvalid, node, &what));
            }
        }
        Ok(())
    }

    /// Each certificate against its issuer's CRL, when the store has one.
    pub(super) fn check_revocation(&self, path: &[Node]) -> Result<(), Fail> {
        for pair in path.windows(2) {
            // CRLs are keyed by issuer name (RFC 5280 §5): a client-sent copy
            // of a stored CA, or a sibling with the same name, gets the CRL too.
            let issuer_name = &self.cert(pair[1]).subject;
            let crl = match pair[1] {
                Node::Stored(ca) => self.index.cas[ca].crl,
                Node::Sent(_) => None,
            }
            .or_else(|| {
                let cas = self.index.by_subject(issuer_name);
                cas.iter().find_map(|&c| self.index.cas[c].crl)
            });
            let Some(set) = crl.map(|s| &self.index.crl_sets[s]) else {
                continue;
            };
            if let Some(next) = set.next_update {
                if self.opts.now_unix > next && !self.policy.allow_stale_crls {
                    let what = format!(
                        "CRL of {} is stale (nextUpdate {})",
                        rfc2253(issuer_name),
                        fmt_time(next)
                    );
                    return Err(self.fail_at(ClientCertCrlProcessingError, pair[0], &what));
                }
            }
            let cert = self.cert(pair[0]);
            if set.contains(&cert.serial) {
                let what = format!(
                    "serial {} is revoked by its issuer's CRL",
                    cert.serial_hex()
                );
                return Err(self.fail_at(ClientCertCrlHit, pair[0], &what));
            }
        }
        Ok(())
    }
}
