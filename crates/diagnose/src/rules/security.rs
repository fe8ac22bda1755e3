//! The RDP negotiation (X.224): which security protocols the PC accepts.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{
    Area, Audience, Evidence, Finding, NegotiationAttempt, NegotiationOutcome, Severity,
};
use serde_json::{Map, Value};

use crate::finding::{FindingExt, finding};
use crate::words::list;
use crate::{Context, fixes};

pub(super) fn protocol_words(name: &str) -> &'static str {
    match name {
        "rdp" => "standard RDP security",
        "tls" => "TLS",
        "credssp" => "CredSSP (NLA)",
        "credssp_ex" => "CredSSP with early authorization (NLA)",
        "rdstls" => "RDSTLS",
        _ => "an unknown protocol",
    }
}

/// Which protocol an attempt proves the server accepts.
pub(super) fn accepted_protocol(a: &NegotiationAttempt) -> Option<&'static str> {
    match a.answer() {
        NegotiationOutcome::NoNegotiationData => Some("rdp"),
        NegotiationOutcome::Selected { protocol, .. } => match protocol {
            0 => Some("rdp"),
            1 => Some("tls"),
            2 => Some("credssp"),
            4 => Some("rdstls"),
            8 => Some("credssp_ex"),
            _ => None,
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
    let mut codes: Vec<u32> = Vec::new();
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
    if codes.contains(&3) {
        out.push(
            f(
                ids::RDP_CERT_NOT_ON_SERVER,
                Severity::Fail,
                Audience::It,
                "The remote PC cannot load its security certificate".into(),
                "Remote Desktop on that PC is running but cannot use its certificate, so it \
                 refuses secure connections. This is usually a damaged or expired certificate, or \
                 broken permissions on the folder that holds its keys."
                    .into(),
            )
            .fix(fixes::renew_certificate())
            .fix(fixes::rebuild_machinekeys()),
        );
    }
    if !accepted.is_empty() {
        let words: Vec<String> = accepted
            .iter()
            .map(|p| protocol_words(p).to_string())
            .collect();
        out.push(f(
            ids::RDP_NEGOTIATED,
            Severity::Ok,
            Audience::User,
            "The remote PC speaks Remote Desktop".into(),
            format!("It accepts {}.", list(&words)),
        ));
        let nla = accepted.contains(&"credssp") || accepted.contains(&"credssp_ex");
        let weaker = accepted.contains(&"tls") || accepted.contains(&"rdp");
        if accepted == ["rdp"] {
            out.push(
                f(
                    ids::RDP_LEGACY_SECURITY_ONLY,
                    Severity::Warn,
                    Audience::It,
                    "The remote PC only offers old Remote Desktop security".into(),
                    "It is set to standard RDP security without TLS: current Remote Desktop apps \
                     may refuse to connect, and the connection cannot prove that it reaches the \
                     right computer."
                        .into(),
                )
                .fix(fixes::security_layer()),
            );
        } else if nla && !weaker {
            out.push(
                f(
                    ids::RDP_NLA_REQUIRED,
                    Severity::Info,
                    Audience::User,
                    "The remote PC asks who you are before connecting (NLA)".into(),
                    "You will be asked for your password before the remote session starts. Every \
                     current Remote Desktop app supports this; very old ones do not."
                        .into(),
                )
                .fix(fixes::open_store_app()),
            );
        } else if !nla || weaker {
            out.push(f(
                ids::RDP_NLA_NOT_REQUIRED,
                Severity::Warn,
                Audience::It,
                "The remote PC lets anyone reach its sign-in screen (no NLA)".into(),
                "Connections work, but the PC does not require Network Level Authentication, \
                 which IT usually turns on so that only known accounts get that far."
                    .into(),
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
                format!("Something other than Remote Desktop answers on port {port}"),
                format!(
                    "It looks like {looks_like}. The port number may be wrong, or another program \
                     took Remote Desktop's port."
                ),
            )
            .ev("first_bytes", first_bytes_hex.as_str()),
        );
    } else if codes.contains(&3) {
        // Reported above.
    } else if codes.contains(&2) {
        out.push(f(
            ids::RDP_TLS_NOT_ALLOWED,
            Severity::Fail,
            Audience::It,
            "The remote PC refuses encrypted (TLS) connections".into(),
            "It answered that TLS is not allowed, yet it did not accept the older security either."
                .into(),
        ));
    } else if let Some(code) = codes.first() {
        let named: Vec<String> = neg
            .attempts
            .iter()
            .filter_map(|a| match &a.outcome {
                NegotiationOutcome::Refused { code, code_name } => Some(format!(
                    "{} ({code})",
                    code_name.as_deref().unwrap_or("not in the specification")
                )),
                _ => None,
            })
            .collect();
        out.push(
            f(
                ids::RDP_NEGOTIATION_FAILURE,
                Severity::Fail,
                Audience::It,
                "The remote PC and Remote Desktop could not agree on security".into(),
                format!(
                    "The remote PC refused every security option, with {}.",
                    list(&named)
                ),
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
            "The remote PC hangs up straight away".into(),
            "The port accepts the connection, then the remote PC closes it at once. Common causes: \
             all its Remote Desktop sessions or licences are in use, it accepts only certain \
             addresses, or its Remote Desktop service is in trouble. This is a usual cause of \
             error 0x904 with extended code 0x7."
                .into(),
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
            "The port is open but Remote Desktop does not answer".into(),
            "The connection was accepted, but no Remote Desktop reply came in time. The Remote \
             Desktop service may be hung, or a proxy or another program holds the port."
                .into(),
        ));
    } else if let Some(NegotiationOutcome::Malformed { reason }) = outcomes
        .iter()
        .find(|o| matches!(o, NegotiationOutcome::Malformed { .. }))
    {
        out.push(f(
            ids::RDP_NOT_RDP,
            Severity::Fail,
            Audience::User,
            format!(
                "The program on port {port} answers in a way Remote Desktop does not understand"
            ),
            format!("Its answer was garbled: {reason}. The port number may be wrong."),
        ));
    } else {
        out.push(f(
            ids::RDP_DENIED,
            Severity::Fail,
            Audience::It,
            "The remote PC stopped accepting connections".into(),
            "The first connection worked, but the next ones failed: the PC or a firewall limits \
             how many connections it takes."
                .into(),
        ));
    }
}
