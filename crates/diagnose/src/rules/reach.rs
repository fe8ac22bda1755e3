//! Reaching the port: the TCP connection, other ports, and the PC's other addresses.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, Evidence, Finding, OTHER_PORTS, Severity, TcpOutcome};
use serde_json::{Value, json};

use crate::finding::{FindingExt, finding};
use crate::words::list;
use crate::{Context, fixes, t};

/// What the system said about a failed connect, in words: "No route to host (os error 113)"
/// becomes "no route to host"; the raw message stays in the evidence.
pub(super) fn system_words(outcome: &TcpOutcome) -> String {
    let message = match outcome {
        TcpOutcome::Unreachable { message } | TcpOutcome::Failed { message } => message.as_str(),
        _ => return tcp_word(outcome),
    };
    let plain = message.split(" (os error").next().unwrap_or(message).trim();
    match plain {
        "Permission denied" => t!("reach-system-permission_denied"),
        "Invalid argument" => t!("reach-system-invalid_argument"),
        "" => t!("reach-system-failed"),
        other => other.to_lowercase(),
    }
}

pub(super) fn tcp_word(outcome: &TcpOutcome) -> String {
    match outcome {
        TcpOutcome::Open => t!("reach-word-open"),
        TcpOutcome::Refused => t!("reach-word-refused"),
        TcpOutcome::TimedOut => t!("reach-word-timed_out"),
        TcpOutcome::Unreachable { message } => {
            t!("reach-word-unreachable", message = message.as_str())
        }
        TcpOutcome::Failed { message } => t!("reach-word-failed", message = message.as_str()),
        TcpOutcome::NotRun { reason } => t!("reach-word-not_run", reason = reason.as_str()),
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
            t!("reach-open.title", port = port),
            t!(
                "reach-open.detail",
                address = first.address.to_string(),
                ms = first.elapsed_ms
            ),
        ));
        if open.len() < tried {
            let failing: Vec<String> = evidence
                .reach
                .iter()
                .filter(|t| t.outcome != TcpOutcome::Open)
                .map(|t| {
                    t!(
                        "reach-partial-address",
                        address = t.address.ip().to_string(),
                        result = tcp_word(&t.outcome)
                    )
                })
                .collect();
            out.push(f(
                ids::REACH_PARTIAL,
                Severity::Warn,
                Audience::It,
                t!("reach-partial.title"),
                t!(
                    "reach-partial.detail",
                    count = failing.len(),
                    addresses = list(&failing)
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
                t!("reach-refused.title", port = port),
                t!(
                    "reach-refused.detail",
                    address = t.address.ip().to_string(),
                    port = port
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
                t!("reach-unreachable.title"),
                t!(
                    "reach-unreachable.detail",
                    address = t.address.ip().to_string(),
                    reason = system_words(&t.outcome)
                ),
            )
            .ev("system_error", tcp_word(&t.outcome)),
        );
    } else if let Some(t) = any(|o| *o == TcpOutcome::TimedOut) {
        let waited = t!(
            "reach-seconds",
            seconds = format!("{:.1}", t.elapsed_ms as f64 / 1000.0)
        );
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
                    t!("reach-word-open")
                } else {
                    t!("reach-word-refused")
                };
                t!(
                    "reach-filtered-port",
                    port = port,
                    name = name,
                    result = how
                )
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
                    t!("reach-host_asleep_or_off.title"),
                    t!(
                        "reach-host_asleep_or_off.detail",
                        address = t.address.ip().to_string(),
                        count = evidence.other_ports.len(),
                        waited = waited.as_str()
                    ),
                )
                .ev("other_ports", others_table)
                .fix(fixes::wake_on_lan())
                .fix(fixes::disable_sleep()),
            );
        } else {
            let detail = if answering.is_empty() {
                t!(
                    "reach-filtered.detail",
                    address = t.address.ip().to_string(),
                    waited = waited.as_str()
                )
            } else {
                t!(
                    "reach-filtered-answering.detail",
                    ports = list(&answering),
                    waited = waited.as_str()
                )
            };
            out.push(
                f(
                    ids::REACH_FILTERED,
                    Severity::Fail,
                    Audience::It,
                    t!("reach-filtered.title", port = port),
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
            t!(
                "input-rdp_file_alternate_address-invalid.title",
                address = shown
            ),
            t!("input-rdp_file_alternate_address-invalid.detail"),
        ),
        (Some(_), true) => (
            Severity::Info,
            t!(
                "input-rdp_file_alternate_address-answers.title",
                address = shown
            ),
            t!(
                "input-rdp_file_alternate_address-answers.detail",
                main = main.as_str(),
                address = shown
            ),
        ),
        (Some(dns), false) => (
            if main_answers {
                Severity::Warn
            } else {
                Severity::Info
            },
            if dns.outcome.addresses().is_empty() {
                t!(
                    "input-rdp_file_alternate_address-not_found.title",
                    address = shown
                )
            } else {
                t!(
                    "input-rdp_file_alternate_address-silent.title",
                    address = shown
                )
            },
            if main_answers {
                t!(
                    "input-rdp_file_alternate_address-dead-main_answers.detail",
                    main = main.as_str(),
                    address = shown
                )
            } else {
                t!(
                    "input-rdp_file_alternate_address-dead.detail",
                    main = main.as_str(),
                    address = shown
                )
            },
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
