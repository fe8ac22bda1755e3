//! Fuzz oracles for every decoder and parser of RDP Doctor that reads outside data: the wire
//! codecs, what Windows commands print, what the user types or IT writes, and the probe steps
//! that read a server's bytes.
//!
//! Each oracle is an ordinary `fn(&[u8])` that panics when an invariant breaks (a panic inside
//! the code under test counts too). The cargo-fuzz targets in `fuzz/fuzz_targets/` are one-line
//! wrappers around them (`cargo xtask fuzz`), and `tests/replay.rs` runs every kept seed
//! (`fuzz/corpus/<target>/`) and every saved crash (`fuzz/regressions/<target>/`) through the
//! same functions on stable Rust, so a crash once found stays a test.
//!
//! Oracles check more than "no panic" where the code promises more: streaming decoders decide
//! the same on every prefix (the probes call them on partial reads), a probe step reaches the
//! same outcome however the server's bytes are cut into reads and matches what the one-shot
//! decoder says of them, round trips give back what went in, and messages meant for one line
//! hold no line breaks.

pub mod oracles;
pub mod peer;

/// An oracle: returns when the input is handled as promised, panics otherwise.
pub type Oracle = fn(&[u8]);

/// Every fuzz target: its name (the file `fuzz/fuzz_targets/<name>.rs`, the folders
/// `fuzz/corpus/<name>/` and `fuzz/regressions/<name>/`) and its oracle.
pub const TARGETS: &[(&str, Oracle)] = &[
    ("x224_confirm", oracles::x224_confirm),
    ("ts_request", oracles::ts_request),
    ("ntlm_challenge", oracles::ntlm_challenge),
    ("tls_server_reply", oracles::tls_server_reply),
    ("http_response_head", oracles::http_response_head),
    ("rdp_file", oracles::rdp_file),
    ("text_input", oracles::text_input),
    ("it_config", oracles::it_config),
    ("host_facts", oracles::host_facts),
    ("powershell_json", oracles::powershell_json),
    ("network", oracles::network),
    ("shell_values", oracles::shell_values),
    ("certificate", oracles::certificate),
    ("probe_negotiate", oracles::probe_negotiate),
    ("probe_tls", oracles::probe_tls),
    ("probe_legacy_tls", oracles::probe_legacy_tls),
    ("probe_credssp", oracles::probe_credssp),
    ("probe_gateway_http", oracles::probe_gateway_http),
    ("service_reply", oracles::service_reply),
    ("rdp_uri", oracles::rdp_uri),
    ("command_line", oracles::command_line),
];
