//! pki (to be written).
