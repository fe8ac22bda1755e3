//! Reaching the port: the TCP connection, other ports, and the PC's other addresses.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, Evidence, Finding, OTHER_PORTS, Severity, TcpOutcome};
use serde_json::{Value, json};

use crate::finding::{FindingExt, finding};
use crate::words::list;
use crate::{Context, fixes};

/// What the system said about a failed connect, in words: "No route to host (os error 113)"
/// becomes "no route to host"; the raw message stays in the evidence.
pub(super) fn system_words(outcome: &TcpOutcome) -> String {
    let message = match outcome {
        TcpOutcome::Unreachable { message } | TcpOutcome::Failed { message } => message.as_str(),
        _ => return tcp_word(outcome),
    };
    let plain = message.split(" (os error").next().unwrap_or(message).trim();
    match plain {
        "Permission denied" => "a firewall rule or route on this computer forbids it".into(),
        "Invalid argument" => "a route on this computer discards the traffic".into(),
        "" => "the connection failed".into(),
        other => other.to_lowercase(),
    }
}

pub(super) fn tcp_word(outcome: &TcpOutcome) -> String {
    match outcome {
        TcpOutcome::Open => "open".into(),
        TcpOutcome::Refused => "refused".into(),
        TcpOutcome::TimedOut => "no answer (timed out)".into(),
        TcpOutcome::Unreachable { message } => format!("unreachable ({message})"),
        TcpOutcome::Failed { message } => format!("failed ({message})"),
        TcpOutcome::NotRun { reason } => format!("not tried ({reason})"),
    }
}

pub(super) fn reach(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if evidence.reach.is_empty() {
        return;
    }
    let port = ctx.target.port;
    let table: Vec<Value> = evidence
        .reach
        .iter()
        .map(|t| json!({"address": t.address.to_string(), "result": tcp_word(&t.outcome), "ms": t.elapsed_ms}))
        .collect();
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Reach, severity, audience, title, detail)
            .ev("port", port)
            .ev("attempts", table.clone())
    };
    let open: Vec<_> = evidence
        .reach
        .iter()
        .filter(|t| t.outcome == TcpOutcome::Open)
        .collect();
    let tried = evidence
        .reach
        .iter()
        .filter(|t| !matches!(t.outcome, TcpOutcome::NotRun { .. }))
        .count();
    if let Some(first) = open.first() {
        out.push(f(
            ids::REACH_OPEN,
            Severity::Ok,
            Audience::User,
            format!("The Remote Desktop port ({port}) answers"),
            format!(
                "{} accepted a connection in {} ms.",
                first.address, first.elapsed_ms
            ),
        ));
        if open.len() < tried {
            let failing: Vec<String> = evidence
                .reach
                .iter()
                .filter(|t| t.outcome != TcpOutcome::Open)
                .map(|t| format!("{} ({})", t.address.ip(), tcp_word(&t.outcome)))
                .collect();
            out.push(f(
                ids::REACH_PARTIAL,
                Severity::Warn,
                Audience::It,
                "Only some of the computer's addresses answer".into(),
                format!(
                    "The name leads to several addresses and {} of them do not answer: {}. \
                     Remote Desktop may pick a dead one and fail now and then (an old DNS entry or \
                     a broken IPv6 path).",
                    failing.len(),
                    list(&failing)
                ),
            ));
        }
        return;
    }
    let any = |p: fn(&TcpOutcome) -> bool| evidence.reach.iter().find(|t| p(&t.outcome));
    if let Some(t) = any(|o| *o == TcpOutcome::Refused) {
        out.push(
            f(
                ids::REACH_REFUSED,
                Severity::Fail,
                Audience::It,
                format!("The remote PC refuses connections on port {port}"),
                format!(
                    "{} answered, but nothing accepts connections on port {port}: Remote Desktop \
                     may be switched off, its service stopped or set to another port, or a \
                     firewall rejects the connection.",
                    t.address.ip()
                ),
            )
            .fix(fixes::firewall_rule(port)),
        );
    } else if let Some(t) = any(|o| {
        matches!(
            o,
            TcpOutcome::Unreachable { .. } | TcpOutcome::Failed { .. }
        )
    }) {
        out.push(
            f(
                ids::REACH_UNREACHABLE,
                Severity::Fail,
                Audience::User,
                "There is no network path to the remote PC".into(),
                format!(
                    "This computer's network says there is no way to {}: {}. If the PC is at the \
                 office, connect the company VPN first.",
                    t.address.ip(),
                    system_words(&t.outcome)
                ),
            )
            .ev("system_error", tcp_word(&t.outcome)),
        );
    } else if let Some(t) = any(|o| *o == TcpOutcome::TimedOut) {
        let waited = format!("{:.1} s", t.elapsed_ms as f64 / 1000.0);
        let answering: Vec<String> = evidence
            .other_ports
            .iter()
            .filter(|o| matches!(o.outcome, TcpOutcome::Open | TcpOutcome::Refused))
            .map(|o| {
                let port = o.address.port();
                let name = OTHER_PORTS
                    .iter()
                    .find(|(p, _)| *p == port)
                    .map_or("", |(_, n)| n);
                let how = if o.outcome == TcpOutcome::Open {
                    "open"
                } else {
                    "refused"
                };
                format!("{port} {name} ({how})")
            })
            .collect();
        let others_table: Vec<Value> = evidence
            .other_ports
            .iter()
            .map(|o| json!({"port": o.address.port(), "result": tcp_word(&o.outcome), "ms": o.elapsed_ms}))
            .collect();
        let all_silent = !evidence.other_ports.is_empty()
            && evidence
                .other_ports
                .iter()
                .all(|o| o.outcome == TcpOutcome::TimedOut);
        if all_silent {
            out.push(
                f(
                    ids::REACH_HOST_ASLEEP_OR_OFF,
                    Severity::Fail,
                    Audience::User,
                    "Nothing answers at all: the remote PC is asleep, switched off or not on this network".into(),
                    format!(
                        "Neither the Remote Desktop port of {1} nor any of {0} other ports a \
                         Windows PC usually answers on replied within {waited}. If the PC is at the office, it \
                         may be asleep or off: ask someone there to wake it, or IT can wake it over \
                         the network. If you work from home, check that your VPN is connected.",
                        evidence.other_ports.len(),
                        t.address.ip()
                    ),
                )
                .ev("other_ports", others_table)
                .fix(fixes::wake_on_lan())
                .fix(fixes::disable_sleep()),
            );
        } else {
            let detail = if answering.is_empty() {
                format!(
                    "Nothing came back from {} within {waited}: a firewall is probably dropping \
                     the connection, or the PC is asleep, switched off or not on this network.",
                    t.address.ip()
                )
            } else {
                format!(
                    "The PC is on — it answers on {} — but nothing comes back from its Remote \
                     Desktop port within {waited}: a firewall drops that port.",
                    list(&answering)
                )
            };
            out.push(
                f(
                    ids::REACH_FILTERED,
                    Severity::Fail,
                    Audience::It,
                    format!("No answer from port {port} of the remote PC"),
                    detail,
                )
                .ev("answering_ports", answering)
                .ev("other_ports", others_table)
                .fix(fixes::firewall_rule(port)),
            );
        }
    }
}

/// Settings of the user's `.rdp` file that fail the connection by themselves, judged against
/// what the server showed.
/// The file's `alternate full address`: Remote Desktop may use it instead of `full address`
/// (RD Web Access files set both), so a stale one fails while the main address works.
pub(super) fn alternate_address(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(alt) = &evidence.alternate else {
        return;
    };
    let main_answers = evidence.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    let alt_answers = alt.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    let main = format!("{}:{}", ctx.target.host, ctx.target.port);
    let shown = alt.address.as_str();
    let (severity, title, detail) = match (&alt.dns, alt_answers) {
        (None, _) => (
            Severity::Warn,
            format!("The file's other address \"{shown}\" is not a computer name or address"),
            "Remote Desktop may try it instead of the main address and fail. IT should correct \
             or remove the \"alternate full address\" line."
                .to_string(),
        ),
        (Some(_), true) => (
            Severity::Info,
            format!("The file's other address {shown} answers too"),
            format!(
                "The file names {main} and, as \"alternate full address\", {shown}; both accept connections."
            ),
        ),
        (Some(dns), false) => (
            if main_answers {
                Severity::Warn
            } else {
                Severity::Info
            },
            if dns.outcome.addresses().is_empty() {
                format!("The file's other address {shown} cannot be found")
            } else {
                format!("The file's other address {shown} does not answer")
            },
            format!(
                "Your Remote Desktop file names {main} and, as \"alternate full address\", \
                 {shown}. Remote Desktop may connect to the second one, which does not work{}. \
                 IT should correct or remove that line.",
                if main_answers {
                    ", while the first does"
                } else {
                    ""
                }
            ),
        ),
    };
    let reach: Vec<Value> = alt
        .reach
        .iter()
        .map(|t| Value::from(format!("{}: {}", t.address, tcp_word(&t.outcome))))
        .collect();
    out.push(
        finding(
            ids::INPUT_RDP_FILE_ALTERNATE_ADDRESS,
            Area::Input,
            severity,
            Audience::It,
            title,
            detail,
        )
        .ev("alternate_full_address", alt.address.as_str())
        .ev("port", alt.port)
        .ev("reach", reach),
    );
}
