//! Fuzz target: TLS-framed client chains through the validator against the demo store.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    portcullis::trust::fuzz::tls_chain(data);
});
