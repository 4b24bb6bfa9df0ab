//! The throw-away demo PKI: server identity, trust bundle, CRLs and a matrix of good and bad clients.

use std::path::{Path, PathBuf};

use time::{Duration, OffsetDateTime};

use super::{Ca, Eku, Issued, KeyAlg, LeafSpec};

/// One demo client identity and the verdict the proxy must give it.
#[derive(Debug, Clone)]
pub struct DemoClient {
    /// Short name, also used for file names (`client-<label>.pem`).
    pub label: &'static str,
    /// Leaf then intermediate, PEM.
    pub chain_pem: String,
    /// The leaf's private key, PKCS#8 PEM.
    pub key_pem: String,
    /// Expected verdict, `Success` or `Failed:<reason>`.
    pub expected: &'static str,
}

/// A complete generated PKI for `portcullis demo` and integration tests.
#[derive(Debug)]
pub struct DemoPki {
    /// Root CA ("Portcullis Demo Root").
    pub root: Ca,
    /// Intermediate CA under the root; issues the server and client leaves.
    pub intermediate: Ca,
    /// A separate root that is not in the trust bundle.
    pub untrusted_root: Ca,
    /// Server leaf then intermediate, PEM (for "localhost" and 127.0.0.1).
    pub server_chain_pem: String,
    /// Server private key, PKCS#8 PEM.
    pub server_key_pem: String,
    /// Root then intermediate, PEM: the trust store bundle.
    pub ca_bundle_pem: String,
    /// CRL of the root (empty) and CRL of the intermediate (revoking the "revoked" client).
    pub crl_pems: Vec<String>,
    /// The client matrix.
    pub clients: Vec<DemoClient>,
}

/// Where [`DemoPki::write_to`] put each file.
#[derive(Debug, Clone)]
pub struct DemoPaths {
    /// Server leaf + intermediate.
    pub server_chain: PathBuf,
    /// Server key.
    pub server_key: PathBuf,
    /// Trust bundle (root + intermediate).
    pub ca_bundle: PathBuf,
    /// CRL files, root's first.
    pub crls: Vec<PathBuf>,
    /// One entry per client, in [`DemoPki::clients`] order.
    pub clients: Vec<DemoClientPaths>,
}

/// Files of one demo client.
#[derive(Debug, Clone)]
pub struct DemoClientPaths {
    /// Same as [`DemoClient::label`].
    pub label: &'static str,
    /// Chain PEM, leaf first.
    pub chain: PathBuf,
    /// Private key PEM.
    pub key: PathBuf,
    /// Same as [`DemoClient::expected`].
    pub expected: &'static str,
}

/// Serial of the demo client that the intermediate's CRL revokes.
const REVOKED_CLIENT_SERIAL: u64 = 4;

impl DemoPki {
    /// Generates the whole demo PKI (P-256 everywhere; takes milliseconds).
    pub fn generate() -> DemoPki {
        let root = Ca::root("Portcullis Demo Root", KeyAlg::EcdsaP256);
        let intermediate = root.intermediate("Portcullis Demo Intermediate", KeyAlg::EcdsaP256);
        let untrusted_root = Ca::root("Portcullis Untrusted Root", KeyAlg::EcdsaP256);
        let untrusted_inter =
            untrusted_root.intermediate("Portcullis Untrusted Intermediate", KeyAlg::EcdsaP256);

        let mut server_spec = LeafSpec::server("localhost", 1);
        server_spec.dns_names.push("127.0.0.1".to_string());
        let server = intermediate.issue(&server_spec);

        let now = OffsetDateTime::now_utc();
        let crl_pems = vec![
            root.crl_pem(&[], now - Duration::hours(1), now + Duration::days(30)),
            intermediate.crl_pem(
                &[REVOKED_CLIENT_SERIAL],
                now - Duration::hours(1),
                now + Duration::days(30),
            ),
        ];

        let clients = demo_clients(&intermediate, &untrusted_inter, now);
        DemoPki {
            server_chain_pem: format!("{}{}", server.cert_pem, intermediate.cert_pem()),
            server_key_pem: server.key_pem,
            ca_bundle_pem: format!("{}{}", root.cert_pem(), intermediate.cert_pem()),
            crl_pems,
            clients,
            root,
            intermediate,
            untrusted_root,
        }
    }

    /// Writes every file into `dir` (which must exist) and returns the paths.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<DemoPaths> {
        let write = |name: &str, text: &str| -> std::io::Result<PathBuf> {
            let path = dir.join(name);
            std::fs::write(&path, text)?;
            Ok(path)
        };
        let server_chain = write("server-chain.pem", &self.server_chain_pem)?;
        let server_key = write("server.key", &self.server_key_pem)?;
        let ca_bundle = write("ca-bundle.pem", &self.ca_bundle_pem)?;
        let crl_names = ["root.crl.pem", "intermediate.crl.pem"];
        let mut crls = Vec::new();
        for (name, pem) in crl_names.iter().zip(&self.crl_pems) {
            crls.push(write(name, pem)?);
        }
        let mut clients = Vec::new();
        for c in &self.clients {
            clients.push(DemoClientPaths {
                label: c.label,
                chain: write(&format!("client-{}.pem", c.label), &c.chain_pem)?,
                key: write(&format!("client-{}.key", c.label), &c.key_pem)?,
                expected: c.expected,
            });
        }
        Ok(DemoPaths {
            server_chain,
            server_key,
            ca_bundle,
            crls,
            clients,
        })
    }
}

fn demo_clients(inter: &Ca, untrusted_inter: &Ca, now: OffsetDateTime) -> Vec<DemoClient> {
    let client = |label: &'static str, expected: &'static str, spec: LeafSpec, ca: &Ca| {
        let Issued {
            cert_pem, key_pem, ..
        } = ca.issue(&spec);
        DemoClient {
            label,
            chain_pem: format!("{cert_pem}{}", ca.cert_pem()),
            key_pem,
            expected,
        }
    };
    let mut expired = LeafSpec::client("expired.demo.client", 3);
    expired.not_before = now - Duration::days(30);
    expired.not_after = now - Duration::days(1);
    let mut not_yet = LeafSpec::client("not-yet-valid.demo.client", 5);
    not_yet.not_before = now + Duration::days(1);
    not_yet.not_after = now + Duration::days(30);
    let mut wrong_eku = LeafSpec::client("wrong-eku.demo.client", 6);
    wrong_eku.eku = vec![Eku::ServerAuth];
    vec![
        client(
            "valid",
            "Success",
            LeafSpec::client("valid.demo.client", 2),
            inter,
        ),
        client("expired", "Failed:ClientCertExpired", expired, inter),
        client(
            "not-yet-valid",
            "Failed:ClientCertNotYetValid",
            not_yet,
            inter,
        ),
        client(
            "revoked",
            "Failed:ClientCertCrlHit",
            LeafSpec::client("revoked.demo.client", REVOKED_CLIENT_SERIAL),
            inter,
        ),
        client(
            "wrong-eku",
            "Failed:ClientCertPurposeInvalid",
            wrong_eku,
            inter,
        ),
        client(
            "untrusted",
            "Failed:ClientCertUntrusted",
            LeafSpec::client("untrusted.demo.client", 7),
            untrusted_inter,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_pki_writes_every_file_and_covers_the_client_matrix() {
        let pki = DemoPki::generate();
        let dir = tempfile::tempdir().unwrap();
        let paths = pki.write_to(dir.path()).unwrap();
        assert!(std::fs::read_to_string(&paths.server_chain)
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE-----"));
        assert_eq!(paths.crls.len(), 2);
        let labels: Vec<_> = pki.clients.iter().map(|c| c.label).collect();
        assert_eq!(
            labels,
            [
                "valid",
                "expired",
                "not-yet-valid",
                "revoked",
                "wrong-eku",
                "untrusted"
            ]
        );
        assert_eq!(paths.clients.len(), pki.clients.len());
        for c in &paths.clients {
            assert!(std::fs::read_to_string(&c.key)
                .unwrap()
                .contains("PRIVATE KEY"));
        }
    }
}
