//! `cmdkey /list`: the saved credentials of Remote Desktop are the ones whose target is
//! `TERMSRV/<host>`.
//!
//! The labels are translated (`Target:` is `Ziel:` on German Windows) and the credential kind
//! before the target varies (`Domain:target=`, `LegacyGeneric:target=`), so the anchor is
//! `target=TERMSRV/`, which is neither.

use crate::text;

const ANCHOR: &str = "target=termsrv/";

/// The hosts of saved Remote Desktop credentials, in order, each once (host names compared
/// without regard to case). Nothing saved, or output that is not `cmdkey`'s, is an empty list.
pub fn parse_cmdkey_list(text: &str) -> Vec<String> {
    let mut hosts: Vec<String> = Vec::new();
    for line in text::lines(text) {
        // ASCII lowering keeps byte offsets, so `at` is valid in `line` too.
        let Some(at) = line.to_ascii_lowercase().find(ANCHOR) else {
            continue;
        };
        let host = line
            .get(at + ANCHOR.len()..)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or_default();
        if !host.is_empty() && !hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
            hosts.push(host.to_string());
        }
    }
    hosts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_label_any_case() {
        let text = "    Cible : Domain:target=termsrv/srv1\r\n    Target: LegacyGeneric:target=TERMSRV/SRV1\r\n    Target: Domain:target=TERMSRV/\r\n    Target: LegacyGeneric:target=git:https://example\r\n";
        assert_eq!(parse_cmdkey_list(text), ["srv1"]);
    }
}
