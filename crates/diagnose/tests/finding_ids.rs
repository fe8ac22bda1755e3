//! The finding ids are one list (`rdp_doctor_model::finding_id`): unique, well formed, and every
//! id the docs name is in it (a renamed or mistyped id in the README fails here).

use std::collections::BTreeSet;
use std::path::Path;

use rdp_doctor_model::{Area, finding_id};

/// The id's first part: a connection row's JSON name, `cert` (certificate findings sit in the
/// encryption row), `code` (what the user's error code says where no probe looks; the input
/// row) or `host` (host mode's rows).
fn prefixes() -> Vec<String> {
    let mut prefixes: Vec<String> = Area::ALL
        .iter()
        .filter_map(|a| serde_json::to_value(a).ok())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    prefixes.extend(["cert".into(), "code".into(), "host".into()]);
    prefixes
}

#[test]
fn ids_are_unique_and_well_formed() {
    let unique: BTreeSet<&str> = finding_id::ALL.iter().copied().collect();
    assert_eq!(unique.len(), finding_id::ALL.len(), "an id is listed twice");
    let prefixes = prefixes();
    for id in finding_id::ALL {
        let (area, name) = id.split_once('.').unwrap_or_default();
        assert!(prefixes.iter().any(|p| p == area), "{id}: unknown area");
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{id}"
        );
    }
    // Today's stable strings, a few pinned by hand: the constants may move, the strings not.
    assert_eq!(finding_id::RDP_NOT_RDP, "rdp.not_rdp");
    assert_eq!(
        finding_id::QUALITY_SERVER_SERIALISES,
        "quality.server_serialises"
    );
    assert_eq!(finding_id::CERT_EXPIRED, "cert.expired");
    assert_eq!(finding_id::INPUT_INVALID_TARGET, "input.invalid_target");
}

/// Every `area.name` in backticks in the user and developer docs is a finding id we have.
#[test]
fn every_id_the_docs_name_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let prefixes = prefixes();
    let mut named = 0;
    for doc in ["README.md", "ARCHITECTURE.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap_or_default();
        assert!(!text.is_empty(), "{doc} is missing");
        for quoted in text.split('`').skip(1).step_by(2) {
            let Some((area, name)) = quoted.split_once('.') else {
                continue;
            };
            let looks_like_id = prefixes.iter().any(|p| p == area)
                && !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && !["rs", "md", "toml", "json", "js", "sh"].contains(&name);
            if looks_like_id {
                named += 1;
                assert!(
                    finding_id::ALL.contains(&quoted),
                    "{doc} names `{quoted}`, which is not a finding id"
                );
            }
        }
    }
    assert!(
        named > 40,
        "the docs name only {named} ids: is the scan broken?"
    );
}
