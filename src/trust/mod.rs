//! Trust stores (to be written).
pub mod cli;
