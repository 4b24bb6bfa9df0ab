//! Trust stores: loading (PEM/DER, CRLs), the precompiled index, the validator and the ArcSwap store.
pub mod cli;
pub mod pem;
