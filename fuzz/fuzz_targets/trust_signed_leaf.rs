//! Fuzz target: edit scripts over a demo client leaf, re-signed by the demo
//! intermediate, so every edit reaches the checks behind the signature.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    portcullis::trust::fuzz::signed_leaf(data);
});
