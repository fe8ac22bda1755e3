//! The TLS handshake: versions, ciphers, what breaks it.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, Evidence, Finding, LegacyTlsProbe, Severity, TlsOutcome};
use serde_json::Value;

use crate::finding::{FindingExt, finding};
use crate::fixes;

pub(super) fn tls(evidence: &Evidence, out: &mut Vec<Finding>) {
    let Some(tls) = &evidence.tls else { return };
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Tls, severity, audience, title, detail)
            .ev("address", tls.address.to_string())
            .ev("negotiated_protocol", tls.under_protocol.as_str())
            .ev("elapsed_ms", tls.elapsed_ms)
    };
    match &tls.outcome {
        TlsOutcome::Established {
            version,
            cipher_suite,
        } => out.push(
            f(
                ids::TLS_OK,
                Severity::Ok,
                Audience::User,
                format!("The connection is encrypted ({version})"),
                format!("Encryption works: {version} with {cipher_suite}."),
            )
            .ev("version", version.as_str())
            .ev("cipher_suite", cipher_suite.as_str()),
        ),
        TlsOutcome::Failed { message, alert } => {
            let base = |id: &str, title: String, detail: String| {
                f(id, Severity::Fail, Audience::It, title, detail)
                    .ev("error", message.as_str())
                    .ev("alert", alert.clone().map_or(Value::Null, Value::String))
            };
            match &tls.legacy_probe {
                Some(LegacyTlsProbe::ServerHello {
                    version,
                    version_code,
                    cipher_suite,
                }) if *version_code < 0x0303 => {
                    out.push(
                        base(
                            ids::TLS_LEGACY_ONLY,
                            format!("The remote PC only speaks outdated encryption ({version})"),
                            format!(
                                "It accepts only {version}, which current Remote Desktop apps \
                                 refuse. IT needs to update the remote PC and enable TLS 1.2 on it."
                            ),
                        )
                        .ev("server_version", version.as_str())
                        .ev("server_cipher_suite", cipher_suite.as_str()),
                    );
                }
                Some(LegacyTlsProbe::ServerHello {
                    version,
                    cipher_suite,
                    ..
                }) => out.push(
                    base(
                        ids::TLS_HANDSHAKE_FAILED,
                        "The remote PC only offers outdated encryption methods".into(),
                        format!(
                            "It speaks {version} but only with old methods such as {cipher_suite} \
                             that current apps do not accept. IT needs to update the remote PC."
                        ),
                    )
                    .ev("server_version", version.as_str())
                    .ev("server_cipher_suite", cipher_suite.as_str()),
                ),
                other => {
                    let said = alert
                        .as_deref()
                        .map(|a| format!(" with the message \"{a}\""))
                        .unwrap_or_default();
                    let mut finding = base(
                        ids::TLS_HANDSHAKE_FAILED,
                        "The encrypted connection could not be set up".into(),
                        format!(
                            "The remote PC broke off setting up encryption{said}. With Remote \
                             Desktop this is most often a certificate the PC cannot use."
                        ),
                    )
                    .fix(fixes::renew_certificate())
                    .fix(fixes::rebuild_machinekeys());
                    if let Some(p) = other {
                        finding = finding.ev(
                            "legacy_probe",
                            serde_json::to_value(p).unwrap_or(Value::Null),
                        );
                    }
                    out.push(finding);
                }
            }
        }
        TlsOutcome::TimedOut { waited_ms } => out.push(f(
            ids::TLS_HANDSHAKE_FAILED,
            Severity::Fail,
            Audience::It,
            "The remote PC stopped answering while setting up encryption".into(),
            format!("No answer to the encryption handshake within {waited_ms} ms."),
        )),
    }
}
