//! Fuzz target: CA bundle and CRL parsing, index building (`--8<--` lines split bundle from CRLs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    portcullis::trust::fuzz::loader(data);
});
