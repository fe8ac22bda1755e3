//! The RDP negotiation (X.224): which security protocols the PC accepts.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{
    Area, Audience, Evidence, Finding, NegotiationAttempt, NegotiationFailure, NegotiationOutcome,
    SelectedProtocol, Severity,
};
use serde_json::{Map, Value};

use crate::finding::{FindingExt, finding};
use crate::words::list;
use crate::{Context, fixes, t};

pub(super) fn protocol_words(name: &str) -> String {
    match name {
        "rdp" => t!("rdp-protocol-rdp"),
        "tls" => t!("rdp-protocol-tls"),
        "credssp" => t!("rdp-protocol-credssp"),
        "credssp_ex" => t!("rdp-protocol-credssp_ex"),
        "rdstls" => t!("rdp-protocol-rdstls"),
        _ => t!("rdp-protocol-unknown"),
    }
}

/// Which protocol an attempt proves the server accepts.
pub(super) fn accepted_protocol(a: &NegotiationAttempt) -> Option<&'static str> {
    match a.answer() {
        NegotiationOutcome::NoNegotiationData => Some("rdp"),
        // RDSAAD is not among the protocols this check asks for.
        NegotiationOutcome::Selected { protocol, .. } => match protocol {
            SelectedProtocol::Rdsaad => None,
            p => p.name(),
        },
        _ => None,
    }
}

pub(super) fn rdp(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(neg) = &evidence.negotiation else {
        return;
    };
    let port = ctx.target.port;
    let mut accepted: Vec<&str> = Vec::new();
    for name in ["rdp", "tls", "credssp", "credssp_ex", "rdstls"] {
        if neg
            .attempts
            .iter()
            .any(|a| accepted_protocol(a) == Some(name))
        {
            accepted.push(name);
        }
    }
    let mut refused = Map::new();
    let mut codes: Vec<NegotiationFailure> = Vec::new();
    for a in &neg.attempts {
        let word = match a.answer() {
            NegotiationOutcome::Refused { code, code_name } => {
                codes.push(*code);
                format!(
                    "refused: {} ({code})",
                    code_name.as_deref().unwrap_or("unknown code")
                )
            }
            NegotiationOutcome::Selected { protocol_name, .. } => {
                format!("selected {protocol_name}")
            }
            NegotiationOutcome::NoNegotiationData => "no negotiation (standard RDP)".into(),
            NegotiationOutcome::Closed => "closed right after our request".into(),
            NegotiationOutcome::Reset => "reset right after our request".into(),
            NegotiationOutcome::NoResponse { waited_ms } => format!("no answer in {waited_ms} ms"),
            NegotiationOutcome::NotRdp { looks_like, .. } => format!("not RDP: {looks_like}"),
            NegotiationOutcome::Malformed { reason } => format!("garbled: {reason}"),
            NegotiationOutcome::ConnectFailed { message } => {
                format!("could not connect: {message}")
            }
            NegotiationOutcome::NotRun { reason } => format!("not tried: {reason}"),
        };
        // The answer came only when asked again alone: say so, for IT.
        let word = if a.answered() || !a.answer().is_answer() {
            word
        } else {
            format!("{word} (asked again alone; among other connections: no answer)")
        };
        refused.insert(
            format!("{} (0x{:x})", a.testing, a.requested),
            Value::String(word),
        );
    }
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Rdp, severity, audience, title, detail)
            .ev("address", neg.address.to_string())
            .ev(
                "accepted",
                accepted.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            )
            .ev("attempts", Value::Object(refused.clone()))
    };
    if codes.contains(&NegotiationFailure::SslCertNotOnServer) {
        out.push(
            f(
                ids::RDP_CERT_NOT_ON_SERVER,
                Severity::Fail,
                Audience::It,
                t!("rdp-cert_not_on_server.title"),
                t!("rdp-cert_not_on_server.detail"),
            )
            .fix(fixes::renew_certificate())
            .fix(fixes::rebuild_machinekeys()),
        );
    }
    if !accepted.is_empty() {
        let words: Vec<String> = accepted.iter().map(|p| protocol_words(p)).collect();
        out.push(f(
            ids::RDP_NEGOTIATED,
            Severity::Ok,
            Audience::User,
            t!("rdp-negotiated.title"),
            t!("rdp-negotiated.detail", protocols = list(&words)),
        ));
        let nla = accepted.contains(&"credssp") || accepted.contains(&"credssp_ex");
        let weaker = accepted.contains(&"tls") || accepted.contains(&"rdp");
        if accepted == ["rdp"] {
            out.push(
                f(
                    ids::RDP_LEGACY_SECURITY_ONLY,
                    Severity::Warn,
                    Audience::It,
                    t!("rdp-legacy_security_only.title"),
                    t!("rdp-legacy_security_only.detail"),
                )
                .fix(fixes::security_layer()),
            );
        } else if nla && !weaker {
            out.push(
                f(
                    ids::RDP_NLA_REQUIRED,
                    Severity::Info,
                    Audience::User,
                    t!("rdp-nla_required.title"),
                    t!("rdp-nla_required.detail"),
                )
                .fix(fixes::open_store_app()),
            );
        } else if !nla || weaker {
            out.push(f(
                ids::RDP_NLA_NOT_REQUIRED,
                Severity::Warn,
                Audience::It,
                t!("rdp-nla_not_required.title"),
                t!("rdp-nla_not_required.detail"),
            ));
        }
        return;
    }
    let outcomes: Vec<&NegotiationOutcome> = neg.attempts.iter().map(|a| a.answer()).collect();
    if let Some(NegotiationOutcome::NotRdp {
        looks_like,
        first_bytes_hex,
    }) = outcomes
        .iter()
        .find(|o| matches!(o, NegotiationOutcome::NotRdp { .. }))
    {
        out.push(
            f(
                ids::RDP_NOT_RDP,
                Severity::Fail,
                Audience::User,
                t!("rdp-not_rdp.title", port = port),
                t!("rdp-not_rdp.detail", looks_like = looks_like.as_str()),
            )
            .ev("first_bytes", first_bytes_hex.as_str()),
        );
    } else if codes.contains(&NegotiationFailure::SslCertNotOnServer) {
        // Reported above.
    } else if codes.contains(&NegotiationFailure::SslNotAllowedByServer) {
        out.push(f(
            ids::RDP_TLS_NOT_ALLOWED,
            Severity::Fail,
            Audience::It,
            t!("rdp-tls_not_allowed.title"),
            t!("rdp-tls_not_allowed.detail"),
        ));
    } else if let Some(code) = codes.first() {
        let named: Vec<String> = neg
            .attempts
            .iter()
            .filter_map(|a| match &a.outcome {
                NegotiationOutcome::Refused { code, code_name } => Some(t!(
                    "rdp-negotiation_failure-code",
                    name = code_name
                        .clone()
                        .unwrap_or_else(|| t!("rdp-negotiation_failure-unnamed")),
                    code = code.code()
                )),
                _ => None,
            })
            .collect();
        out.push(
            f(
                ids::RDP_NEGOTIATION_FAILURE,
                Severity::Fail,
                Audience::It,
                t!("rdp-negotiation_failure.title"),
                t!("rdp-negotiation_failure.detail", codes = list(&named)),
            )
            .ev("first_code", *code),
        );
    } else if outcomes
        .iter()
        .any(|o| matches!(o, NegotiationOutcome::Closed | NegotiationOutcome::Reset))
    {
        out.push(f(
            ids::RDP_DENIED,
            Severity::Fail,
            Audience::It,
            t!("rdp-denied.title"),
            t!("rdp-denied.detail"),
        ));
    } else if outcomes.iter().all(|o| {
        matches!(
            o,
            NegotiationOutcome::NoResponse { .. } | NegotiationOutcome::NotRun { .. }
        )
    }) {
        out.push(f(
            ids::RDP_NO_RESPONSE,
            Severity::Fail,
            Audience::It,
            t!("rdp-no_response.title"),
            t!("rdp-no_response.detail"),
        ));
    } else if let Some(NegotiationOutcome::Malformed { reason }) = outcomes
        .iter()
        .find(|o| matches!(o, NegotiationOutcome::Malformed { .. }))
    {
        out.push(f(
            ids::RDP_NOT_RDP,
            Severity::Fail,
            Audience::User,
            t!("rdp-not_rdp-garbled.title", port = port),
            t!("rdp-not_rdp-garbled.detail", reason = reason.as_str()),
        ));
    } else {
        out.push(f(
            ids::RDP_DENIED,
            Severity::Fail,
            Audience::It,
            t!("rdp-denied-limited.title"),
            t!("rdp-denied-limited.detail"),
        ));
    }
}
