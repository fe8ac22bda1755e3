//! What Windows (and each OS's network) commands print (`rdp-doctor-facts`), decoded as the
//! collector decodes it (`probe::facts::decode`: UTF-16LE or UTF-8, with or without a BOM).

use rdp_doctor_diagnose::shell::{SessionId, Thumbprint};
use rdp_doctor_facts as facts;
use rdp_doctor_probe::facts::decode;

/// A thumbprint the parsers hand on is the upper-case hex the model promises. Its length is
/// not checked: a hash of the wrong length is kept on purpose, to match no certificate (and
/// the fixes validate a thumbprint again before they use one).
#[track_caller]
fn assert_thumbprint(text: &str) {
    assert!(
        !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() && c.is_ascii_hexdigit()),
        "thumbprint {text:?}"
    );
    if text.len() == 40 {
        assert!(Thumbprint::parse(text).is_ok(), "thumbprint {text:?}");
    }
}

/// The text outputs: `reg query`, `sc queryex`/`sc qc`, `powercfg /query`, `qwinsta`,
/// `cmdkey /list`, and the access-denied and not-found checks, all on the same text.
pub fn host_facts(data: &[u8]) {
    let text = decode(data);
    let _ = (facts::access_denied(&text), facts::reg_not_found(&text));
    if let Ok(values) = facts::parse_reg_query(&text) {
        let settings = facts::rdp_settings(&values);
        if let Some(thumbprint) = &settings.certificate_thumbprint {
            assert_thumbprint(thumbprint);
        }
    }
    let _ = facts::service_status(&text, &text);
    let _ = facts::parse_sc_qc(&text);
    let _ = facts::parse_powercfg_setting(&text);
    if let Ok(sessions) = facts::parse_qwinsta(&text) {
        for session in sessions {
            // Words come from one line (a stray CR inside one is the line's, not a break).
            for word in [&session.name, &session.user].into_iter().flatten() {
                assert!(
                    !word.is_empty() && !word.contains('\n'),
                    "session word {word:?}"
                );
            }
            // Fixes that end a session take its id through this check; a listed user
            // session that it refuses could never be freed.
            if (1..65536).contains(&session.id) {
                assert!(SessionId::new(session.id).is_ok());
            }
        }
    }
    for target in facts::parse_cmdkey_list(&text) {
        assert!(!target.contains('\n'), "cmdkey target {target:?}");
    }
}

/// PowerShell's `ConvertTo-Json` of firewall rules, certificates and the MachineKeys folder,
/// and the SDDL in it: certificates carry thumbprints fixes can use and a `not_after_unix`
/// that is their `not_after`; the MachineKeys access list is its SDDL's.
pub fn powershell_json(data: &[u8]) {
    let text = decode(data);
    if let Ok(rules) = facts::parse_firewall_rules(&text) {
        for rule in rules {
            for profile in &rule.profiles {
                assert!(
                    ["domain", "private", "public"].contains(&profile.as_str()),
                    "profile {profile:?}"
                );
            }
        }
    }
    if let Ok(certificates) = facts::parse_certificates(&text) {
        for certificate in certificates {
            assert_thumbprint(&certificate.thumbprint);
            let parsed = time::OffsetDateTime::parse(
                &certificate.not_after,
                &time::format_description::well_known::Rfc3339,
            );
            assert_eq!(
                parsed.map(time::OffsetDateTime::unix_timestamp).ok(),
                Some(certificate.not_after_unix),
                "not_after {:?}",
                certificate.not_after
            );
        }
    }
    if let Ok(keys) = facts::parse_machine_keys(&text)
        && let Some(sddl) = &keys.sddl
    {
        assert_eq!(facts::parse_sddl_dacl(sddl).ok(), Some(keys.access));
    }
    let _ = facts::parse_sddl_dacl(&text);
}

/// This computer's network: `ip -j addr`/`ip -j route` (Linux), `Get-NetAdapter`/
/// `Get-NetIPAddress`/`Get-NetRoute` JSON (Windows), `ifconfig`/`netstat -rn` (macOS). The
/// input holds the outputs separated by NUL bytes. An interface's addresses are CIDRs of their
/// own family, within its prefix lengths.
pub fn network(data: &[u8]) {
    let mut parts = data.splitn(3, |&b| b == 0).map(decode);
    let first = parts.next().unwrap_or_default();
    let second = parts.next().unwrap_or_default();
    let third = parts.next().unwrap_or_default();
    for read in [
        facts::linux_network(&first, &second),
        facts::windows_network(&first, &second, &third),
        facts::macos_network(&first, &second),
    ] {
        let Ok(network) = read else { continue };
        for interface in &network.interfaces {
            for (list, v4) in [(&interface.ipv4, true), (&interface.ipv6, false)] {
                for cidr in list {
                    let read = cidr.rsplit_once('/').and_then(|(ip, prefix)| {
                        Some((
                            ip.parse::<std::net::IpAddr>().ok()?,
                            prefix.parse::<u8>().ok()?,
                        ))
                    });
                    let max = if v4 { 32 } else { 128 };
                    assert!(
                        read.is_some_and(|(ip, prefix)| ip.is_ipv4() == v4 && prefix <= max),
                        "address {cidr:?} of {}",
                        interface.name
                    );
                }
            }
        }
    }
}
