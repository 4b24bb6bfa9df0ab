//! Where a server's CPU time goes, from a sampling profile: `perf script -F ip,sym,dso`
//! lines in, the share of samples per category out.
//!
//! Every sample is attributed by the function it was taken in (no call graphs), so the
//! categories are those of the code that ran: the kernel, the cryptography itself, the
//! rest of the TLS library, the allocator, memory copies and wipes, locks, the server's
//! own code. `loadtest/compare --profile` multiplies the shares by each server's CPU per
//! handshake (or per request), measured from the kernel's accounting in the same phase.
//!
//! A shared TLS library without symbols (Debian's `libcrypto.so.3` ships only its
//! exported functions; the assembly and static functions where the cryptography runs
//! show as `[unknown]`) cannot be split into cryptography and the rest: its unresolved
//! samples get a category of their own rather than a guess.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

/// What a sample was doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Anything in the kernel: system calls, io_uring, TCP, interrupts.
    Kernel,
    /// P-256 arithmetic and ECDSA (big-number helpers included).
    P256,
    /// X25519 key generation and agreement.
    X25519,
    /// SHA-2, HMAC, HKDF.
    Hashes,
    /// Record encryption (AES-GCM, ChaCha20-Poly1305).
    Aead,
    /// Random number generation.
    Rng,
    /// The rest of the TLS library: message handling, key schedule glue, parsing, state.
    TlsRest,
    /// A TLS library without symbols: cryptography and the rest together.
    TlsUnresolved,
    /// malloc and free, and the TLS library's and Rust's wrappers around them.
    Allocator,
    /// memcpy, memmove, memset, memcmp, string functions, secure wipes.
    Memory,
    /// Locks (pthread, OpenSSL's CRYPTO_THREAD_*).
    Locks,
    /// The server's own code (for portcullis: everything in Rust, monoio included).
    Server,
    /// Everything else: the rest of libc, the vDSO, unresolved addresses elsewhere.
    Other,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 13] = [
        Category::Kernel,
        Category::P256,
        Category::X25519,
        Category::Hashes,
        Category::Aead,
        Category::Rng,
        Category::TlsRest,
        Category::TlsUnresolved,
        Category::Allocator,
        Category::Memory,
        Category::Locks,
        Category::Server,
        Category::Other,
    ];

    /// Whether this is cryptography proper.
    pub fn is_crypto(self) -> bool {
        matches!(
            self,
            Category::P256 | Category::X25519 | Category::Hashes | Category::Aead | Category::Rng
        )
    }

    /// The name a report prints.
    pub fn label(self) -> &'static str {
        match self {
            Category::Kernel => "kernel",
            Category::P256 => "crypto: P-256 / ECDSA",
            Category::X25519 => "crypto: X25519",
            Category::Hashes => "crypto: SHA-2 / HMAC",
            Category::Aead => "crypto: AEAD",
            Category::Rng => "crypto: random numbers",
            Category::TlsRest => "TLS library, outside its crypto",
            Category::TlsUnresolved => "TLS library without symbols (crypto and rest)",
            Category::Allocator => "allocator",
            Category::Memory => "memcpy / memset / wipes",
            Category::Locks => "locks",
            Category::Server => "server's own code",
            Category::Other => "other",
        }
    }
}

/// How to read the samples of one server.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The server's own binary contains its TLS library (portcullis: s2n-tls and aws-lc
    /// linked in), so its C functions are the TLS library's and its Rust ones the
    /// server's. Otherwise the TLS library is whatever `libssl`/`libcrypto` it loads.
    pub static_tls: bool,
}

/// Samples per category.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Breakdown {
    /// Samples read.
    pub samples: u64,
    /// Samples per category (categories without any are left out).
    pub counts: BTreeMap<Category, u64>,
}

impl Breakdown {
    /// Reads `perf script -F ip,sym,dso` output; lines that are not samples are skipped.
    /// A profile recorded with call graphs (`perf record -g`) prints each sample as a
    /// block of frames, innermost first, with a blank line after it: then only the first
    /// frame of each block is the sample.
    pub fn from_perf_script(text: &str, opts: Options) -> Breakdown {
        // One pass counts both readings (every frame a sample, and only the first
        // frame of each block) and tells them apart on the way; the one that fits
        // is kept.
        let mut flat = Breakdown::default();
        let mut firsts = Breakdown::default();
        let mut shape = Shape::default();
        let mut block_open = false;
        for line in text.lines() {
            let frame = parse_line(line);
            let blank = line.trim().is_empty();
            shape.see(frame.is_some(), blank);
            if let Some((sym, dso)) = frame {
                let c = classify(sym, dso, opts);
                flat.add(c);
                if !block_open {
                    firsts.add(c);
                }
            }
            block_open = frame.is_some() || (block_open && !blank);
        }
        if shape.call_graphs() {
            firsts
        } else {
            flat
        }
    }

    fn add(&mut self, c: Category) {
        self.samples += 1;
        *self.counts.entry(c).or_default() += 1;
    }

    /// The share of samples in `c`, 0 to 1.
    pub fn share(&self, c: Category) -> f64 {
        if self.samples == 0 {
            return 0.0;
        }
        self.counts.get(&c).copied().unwrap_or(0) as f64 / self.samples as f64
    }

    /// The shares as JSON: `{"samples": N, "share": {"kernel": 0.21, ...}}`.
    pub fn to_json(&self) -> serde_json::Value {
        let share: BTreeMap<Category, f64> = self
            .counts
            .keys()
            .map(|&c| (c, (self.share(c) * 1e4).round() / 1e4))
            .collect();
        serde_json::json!({ "samples": self.samples, "share": share })
    }

    /// A table of the shares, largest first.
    pub fn render(&self) -> String {
        let mut rows: Vec<(Category, u64)> = self.counts.iter().map(|(&c, &n)| (c, n)).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut out = format!("{} samples\n", self.samples);
        for (c, n) in rows {
            let _ = writeln!(
                out,
                "  {:>5.1}%  {}",
                100.0 * n as f64 / self.samples as f64,
                c.label()
            );
        }
        out
    }
}

/// `ip sym (dso)` → `(sym, dso)`; `sym` may hold spaces (demangled Rust), `dso` is the
/// last parenthesised field.
fn parse_line(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let (ip, rest) = line.split_once(char::is_whitespace)?;
    if ip.is_empty() || !ip.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let rest = rest.trim();
    let open = rest.rfind(" (")?;
    let dso = rest[open + 2..].strip_suffix(')')?;
    Some((rest[..open].trim(), dso))
}

/// What tells `perf script` output of a profile with call graphs from a flat one:
/// some frame lines follow each other, and blank lines end the groups. Without call
/// graphs every line is a sample of its own.
#[derive(Default)]
struct Shape {
    previous_was_frame: bool,
    consecutive: bool,
    blank_after_frame: bool,
}

impl Shape {
    fn see(&mut self, frame: bool, blank: bool) {
        self.consecutive |= frame && self.previous_was_frame;
        self.blank_after_frame |= blank && self.previous_was_frame;
        self.previous_was_frame = frame;
    }

    fn call_graphs(&self) -> bool {
        self.consecutive && self.blank_after_frame
    }
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Demangled Rust paths hold `::` (or start with `<` for trait impls); C names do not.
fn is_rust(sym: &str) -> bool {
    sym.contains("::") || sym.starts_with('<') || sym.starts_with("_ZN") || sym.starts_with("_R")
}

fn any_of(sym: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| sym.contains(n))
}

fn starts_any(sym: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| sym.starts_with(p))
}

/// The category of one sample taken in function `sym` of object `dso`.
pub fn classify(sym: &str, dso: &str, opts: Options) -> Category {
    if dso.starts_with("[kernel") || dso.starts_with("[guest.kernel") {
        return Category::Kernel;
    }
    let lib = basename(dso);
    let is_libc =
        lib.starts_with("libc.so") || lib.starts_with("libc-") || lib.starts_with("ld-linux");
    let is_tls_lib = lib.starts_with("libssl") || lib.starts_with("libcrypto");
    let unresolved = sym.is_empty() || sym == "[unknown]" || sym.starts_with("0x");
    if unresolved {
        return if is_tls_lib {
            Category::TlsUnresolved
        } else {
            Category::Other
        };
    }
    // aws-lc's symbols carry a version prefix (aws_lc_0_47_0_EVP_...): drop it.
    let name = match sym.strip_prefix("aws_lc_") {
        Some(rest) => rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '_'),
        None => sym,
    };
    if is_libc {
        return libc_category(name);
    }
    if dso == "[vdso]" {
        return Category::Other;
    }
    if starts_any(
        sym,
        &["__rust_alloc", "__rust_dealloc", "__rust_realloc", "__rdl_"],
    ) {
        return Category::Allocator;
    }
    if is_rust(sym) {
        return Category::Server;
    }
    if let Some(c) = tls_helper_category(name) {
        return c;
    }
    let in_tls = is_tls_lib || opts.static_tls;
    if in_tls {
        return crypto_category(name).unwrap_or(Category::TlsRest);
    }
    Category::Server
}

fn libc_category(name: &str) -> Category {
    const ALLOC: &[&str] = &[
        "malloc",
        "free",
        "calloc",
        "realloc",
        "_int_",
        "memalign",
        "tcache",
        "unlink_chunk",
        "sysmalloc",
        "aligned_alloc",
        "arena_",
    ];
    const LOCKS: &[&str] = &[
        "pthread_rwlock",
        "pthread_mutex",
        "pthread_spin",
        "__lll_",
        "futex",
    ];
    if any_of(name, ALLOC) {
        Category::Allocator
    } else if any_of(name, LOCKS) {
        Category::Locks
    } else if name.contains("mem")
        || name.contains("str")
        || name.starts_with("__bcmp")
        || name.contains("bzero")
    {
        Category::Memory
    } else {
        Category::Other
    }
}

/// OpenSSL's and aws-lc's wrappers around malloc, wipes and locks.
fn tls_helper_category(name: &str) -> Option<Category> {
    const ALLOC: &[&str] = &[
        "CRYPTO_malloc",
        "CRYPTO_zalloc",
        "CRYPTO_free",
        "CRYPTO_realloc",
        "CRYPTO_clear_free",
        "CRYPTO_clear_realloc",
        "OPENSSL_malloc",
        "OPENSSL_zalloc",
        "OPENSSL_free",
        "OPENSSL_realloc",
        "OPENSSL_clear_free",
        "OPENSSL_memdup",
    ];
    if starts_any(name, ALLOC) {
        Some(Category::Allocator)
    } else if name.starts_with("OPENSSL_cleanse") {
        Some(Category::Memory)
    } else if starts_any(
        name,
        &[
            "CRYPTO_THREAD_read_lock",
            "CRYPTO_THREAD_write_lock",
            "CRYPTO_THREAD_unlock",
        ],
    ) {
        Some(Category::Locks)
    } else {
        None
    }
}

/// The cryptographic primitive a C function of a TLS library belongs to, if any.
fn crypto_category(name: &str) -> Option<Category> {
    let lower = name.to_ascii_lowercase();
    let n = lower.as_str();
    if any_of(
        n,
        &["x25519", "curve25519", "x448", "fe51_", "fe64_", "ecx_"],
    ) {
        Some(Category::X25519)
    } else if any_of(
        n,
        &[
            "nistz256",
            "p256",
            "ecdsa",
            "ec_gfp",
            "ec_point",
            "ec_scalar",
            "ec_group",
            "ec_wnaf",
            "ec_simple",
            "ec_nistp",
            "ecp_",
            "beeu_",
            "montinv",
            "bignum_",
            "bn_",
            "felem",
        ],
    ) {
        Some(Category::P256)
    } else if any_of(
        n,
        &[
            "sha1", "sha256", "sha512", "sha3", "keccak", "md5", "hmac", "hkdf",
        ],
    ) {
        Some(Category::Hashes)
    } else if any_of(
        n,
        &["aes", "gcm", "ghash", "gmult", "chacha", "poly1305", "aead"],
    ) {
        Some(Category::Aead)
    } else if any_of(n, &["rand", "drbg", "jent_", "rdrand", "rdseed", "entropy"]) {
        Some(Category::Rng)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATIC: Options = Options { static_tls: true };
    const SHARED: Options = Options { static_tls: false };

    #[test]
    fn perf_script_lines_are_split_into_function_and_object() {
        assert_eq!(
            parse_line("     559ec6727c45 __ecp_nistz256_mul_montx (/tmp/pc)"),
            Some(("__ecp_nistz256_mul_montx", "/tmp/pc"))
        );
        assert_eq!(
            parse_line(" ffffffff8201a035 tcp_rcv_space_adjust ([kernel.kallsyms])"),
            Some(("tcp_rcv_space_adjust", "[kernel.kallsyms]"))
        );
        assert_eq!(
            parse_line("  55d0 <A as monoio::io::AsyncWriteRentExt>::write_all::{{closure}} (/usr/bin/portcullis)"),
            Some((
                "<A as monoio::io::AsyncWriteRentExt>::write_all::{{closure}}",
                "/usr/bin/portcullis"
            ))
        );
        assert_eq!(
            parse_line("   7f12 [unknown] (/usr/lib/x86_64-linux-gnu/libcrypto.so.3)"),
            Some(("[unknown]", "/usr/lib/x86_64-linux-gnu/libcrypto.so.3"))
        );
        assert_eq!(parse_line(""), None);
        assert_eq!(parse_line("portcullis-shar 7619 cpu-clock:"), None);
    }

    #[test]
    fn a_static_tls_binary_splits_crypto_tls_library_and_rust() {
        let bin = "/work/target/release/portcullis";
        assert_eq!(
            classify("__ecp_nistz256_mul_montx", bin, STATIC),
            Category::P256
        );
        assert_eq!(
            classify("aws_lc_0_47_0_beeu_mod_inverse_vartime", bin, STATIC),
            Category::P256
        );
        assert_eq!(
            classify("Lcurve25519_x25519_scalarloop", bin, STATIC),
            Category::X25519
        );
        assert_eq!(
            classify("aws_lc_0_47_0_sha256_block_data_order_hw", bin, STATIC),
            Category::Hashes
        );
        assert_eq!(
            classify("aws_lc_0_47_0_HMAC_Init_ex", bin, STATIC),
            Category::Hashes
        );
        assert_eq!(
            classify("_aesni_ctr32_ghash_6x", bin, STATIC),
            Category::Aead
        );
        assert_eq!(
            classify("aws_lc_0_47_0_CRYPTO_rdrand_multiple8", bin, STATIC),
            Category::Rng
        );
        assert_eq!(classify("s2n_negotiate", bin, STATIC), Category::TlsRest);
        assert_eq!(
            classify("s2n_hkdf_expand_label", bin, STATIC),
            Category::Hashes
        );
        assert_eq!(
            classify("cbb_buffer_reserve", bin, STATIC),
            Category::TlsRest
        );
        assert_eq!(
            classify("aws_lc_0_47_0_OPENSSL_free", bin, STATIC),
            Category::Allocator
        );
        assert_eq!(
            classify("monoio::task::raw::poll", bin, STATIC),
            Category::Server
        );
        // Rust names are never taken for crypto, whatever they contain.
        assert_eq!(
            classify("portcullis::trust::sigmemo::digest_of", bin, STATIC),
            Category::Server
        );
        assert_eq!(
            classify(
                "<alloc::vec::Vec<T> as spec_extend::SpecExtend>::spec_extend",
                bin,
                STATIC
            ),
            Category::Server
        );
        assert_eq!(classify("__rust_alloc", bin, STATIC), Category::Allocator);
        assert_eq!(classify("[unknown]", bin, STATIC), Category::Other);
    }

    #[test]
    fn shared_openssl_and_libc_are_told_apart_by_object() {
        let libcrypto = "/usr/lib/x86_64-linux-gnu/libcrypto.so.3";
        let libc = "/usr/lib/x86_64-linux-gnu/libc.so.6";
        assert_eq!(
            classify("[unknown]", libcrypto, SHARED),
            Category::TlsUnresolved
        );
        assert_eq!(
            classify("[unknown]", "/usr/lib/x86_64-linux-gnu/libssl.so.3", SHARED),
            Category::TlsUnresolved
        );
        assert_eq!(
            classify("OSSL_DECODER_is_a", libcrypto, SHARED),
            Category::TlsRest
        );
        assert_eq!(classify("BN_bin2bn", libcrypto, SHARED), Category::P256);
        assert_eq!(
            classify("CRYPTO_free", libcrypto, SHARED),
            Category::Allocator
        );
        assert_eq!(
            classify("CRYPTO_THREAD_read_lock", libcrypto, SHARED),
            Category::Locks
        );
        assert_eq!(
            classify("OPENSSL_cleanse", libcrypto, SHARED),
            Category::Memory
        );
        assert_eq!(classify("_int_malloc", libc, SHARED), Category::Allocator);
        assert_eq!(
            classify("cfree@GLIBC_2.2.5", libc, SHARED),
            Category::Allocator
        );
        assert_eq!(
            classify("pthread_rwlock_rdlock@GLIBC_2.2.5", libc, SHARED),
            Category::Locks
        );
        assert_eq!(classify("__strcmp_avx2", libc, SHARED), Category::Memory);
        assert_eq!(
            classify("__memmove_avx_unaligned_erms", libc, SHARED),
            Category::Memory
        );
        assert_eq!(classify("__GI___libc_write", libc, SHARED), Category::Other);
        assert_eq!(
            classify("ngx_event_accept", "/usr/sbin/nginx", SHARED),
            Category::Server
        );
        assert_eq!(
            classify("[unknown]", "/usr/sbin/nginx", SHARED),
            Category::Other
        );
        assert_eq!(
            classify("__vdso_clock_gettime", "[vdso]", SHARED),
            Category::Other
        );
        assert_eq!(
            classify("tcp_ack", "[kernel.kallsyms]", SHARED),
            Category::Kernel
        );
    }

    #[test]
    fn shares_count_samples_and_skip_other_lines() {
        let text = "\
     1 tcp_ack ([kernel.kallsyms])
     2 tcp_v4_rcv ([kernel.kallsyms])
     3 __ecp_nistz256_mul_montx (/bin/portcullis)
     4 monoio::task::raw::poll (/bin/portcullis)
not a sample line
";
        let b = Breakdown::from_perf_script(text, STATIC);
        assert_eq!(b.samples, 4);
        assert_eq!(b.share(Category::Kernel), 0.5);
        assert_eq!(b.share(Category::P256), 0.25);
        assert_eq!(b.share(Category::Locks), 0.0);
        let json = b.to_json();
        assert_eq!(json["samples"], 4);
        assert_eq!(json["share"]["kernel"], 0.5);
        assert_eq!(json["share"]["server"], 0.25);
        assert!(b.render().contains("50.0%  kernel"), "{}", b.render());
        assert_eq!(
            Breakdown::from_perf_script("", STATIC).share(Category::Kernel),
            0.0
        );
    }

    #[test]
    fn with_call_graphs_only_the_innermost_frame_of_each_sample_counts() {
        let text = "\
portcullis-shar  7619 54541.031199:     200040 cpu-clock:
\t          4f45ff __ecp_nistz256_mul_by_2x (/bin/portcullis)
\t          36bdc8 s2n_negotiate (/bin/portcullis)
\t          27bfa2 monoio::task::raw::poll (/bin/portcullis)

portcullis-shar  7619 54541.031405:     200040 cpu-clock:
\tffffffff81daccb1 loopback_xmit ([kernel.kallsyms])
\tffffffff81e6323f dev_hard_start_xmit ([kernel.kallsyms])
\t          175581 portcullis::shard::shard_thread (/bin/portcullis)

";
        let b = Breakdown::from_perf_script(text, STATIC);
        assert_eq!(b.samples, 2);
        assert_eq!(b.share(Category::P256), 0.5);
        assert_eq!(b.share(Category::Kernel), 0.5);
        assert_eq!(b.share(Category::Server), 0.0);
    }
}
