//! The oracles, one per fuzz target, and the invariants they share.

mod facts;
mod input;
mod probe;
mod wire;

use std::fmt::Debug;

pub use facts::{host_facts, network, powershell_json};
pub use input::{command_line, it_config, rdp_file, rdp_uri, shell_values, text_input};
pub use probe::{
    certificate, probe_credssp, probe_gateway_http, probe_legacy_tls, probe_negotiate, probe_tls,
};
pub use wire::{
    http_response_head, ntlm_challenge, service_reply, tls_server_reply, ts_request, x224_confirm,
};

/// A streaming decoder (`Ok(None)`: more bytes needed) decides the same on every prefix that
/// decides at all: a value found on a prefix is the value of the whole input, and an error on
/// a prefix is an error of the whole. The probes call these decoders after every read, so
/// anything else would make an outcome depend on how TCP cut the bytes.
pub(crate) fn decides_on_prefixes<T, E>(data: &[u8], decode: impl Fn(&[u8]) -> Result<Option<T>, E>)
where
    T: PartialEq + Debug,
    E: Debug,
{
    let whole = decode(data);
    for len in prefix_lengths(data.len()) {
        let part = data.get(..len).unwrap_or_default();
        match decode(part) {
            Ok(None) => {}
            Ok(Some(value)) => assert!(
                matches!(&whole, Ok(Some(w)) if *w == value),
                "the first {len} bytes decode to {value:?}, the whole input to {whole:?}"
            ),
            Err(error) => assert!(
                whole.is_err(),
                "the first {len} bytes fail ({error:?}), the whole input gives {whole:?}"
            ),
        }
    }
}

/// Every length up to 48 (where headers are decided), then a few further ones.
pub(crate) fn prefix_lengths(n: usize) -> impl Iterator<Item = usize> {
    let far = [n / 4, n / 2, n * 3 / 4, n.saturating_sub(1)];
    (0..n.min(48)).chain(far.into_iter().filter(move |&k| k >= 48 && k < n))
}

/// Text meant for one line — a sentence on stderr, a line of the text report — holds no line
/// break or other control character but a tab (an escape sequence from a server would reach
/// the user's terminal).
#[track_caller]
pub(crate) fn assert_one_line(text: &str, what: &str) {
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\t'),
        "{what} holds a control character: {text:?}"
    );
}

/// The text report (as printed on a terminal) holds no control character but its line breaks.
#[track_caller]
pub(crate) fn assert_printable_report(text: &str) {
    for line in text.lines() {
        assert_one_line(line, "a line of the text report");
    }
}
