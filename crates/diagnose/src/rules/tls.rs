//! The TLS handshake: versions, ciphers, what breaks it.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, Evidence, Finding, LegacyTlsProbe, Severity, TlsOutcome};
use serde_json::Value;

use crate::finding::{FindingExt, finding};
use crate::{fixes, t};

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
                t!("tls-ok.title", version = version.as_str()),
                t!(
                    "tls-ok.detail",
                    version = version.as_str(),
                    cipher_suite = cipher_suite.as_str()
                ),
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
                }) if version_code.before_tls12() => {
                    out.push(
                        base(
                            ids::TLS_LEGACY_ONLY,
                            t!("tls-legacy_only.title", version = version.as_str()),
                            t!("tls-legacy_only.detail", version = version.as_str()),
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
                        t!("tls-handshake_failed-old_ciphers.title"),
                        t!(
                            "tls-handshake_failed-old_ciphers.detail",
                            version = version.as_str(),
                            cipher_suite = cipher_suite.as_str()
                        ),
                    )
                    .ev("server_version", version.as_str())
                    .ev("server_cipher_suite", cipher_suite.as_str()),
                ),
                other => {
                    let detail = match alert.as_deref() {
                        Some(a) => t!("tls-handshake_failed-alert.detail", alert = a),
                        None => t!("tls-handshake_failed.detail"),
                    };
                    let mut finding = base(
                        ids::TLS_HANDSHAKE_FAILED,
                        t!("tls-handshake_failed.title"),
                        detail,
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
            t!("tls-handshake_failed-timeout.title"),
            t!(
                "tls-handshake_failed-timeout.detail",
                waited_ms = *waited_ms
            ),
        )),
    }
}
