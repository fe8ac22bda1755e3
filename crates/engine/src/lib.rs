//! One check, from what the user gave (text or a `.rdp` file) to a finished [`Report`]: the
//! sequence the CLI and the desktop app share, so neither holds logic of its own. Both drive it
//! through [`Session`] (plan, events, cancel, watch, fixes, the current report).

pub mod config;
pub mod input;
pub mod language;
pub mod offers;
pub mod page;
pub mod send;
pub mod session;
pub mod words;

use std::path::PathBuf;
use std::time::Duration;

use rdp_doctor_diagnose::{
    Context, ReportTimes, assemble_report, checks, diagnose, host_report, input_error_report, t,
};
use rdp_doctor_model::{Area, CheckResult, ErrorCode, Evidence, Report, Target, WatchSample};
pub use rdp_doctor_probe::{CheckConfig, ProbeEvent};
use time::OffsetDateTime;

pub use config::OrgConfig;
pub use input::BadInput;
pub use session::{CheckEvent, Request, Session, SessionError, WatchEvent, What};

/// The report for input that could not be used: the input row red, every other row skipped.
pub fn bad_input_report(
    shown_input: &str,
    bad: &BadInput,
    error_code: Option<ErrorCode>,
    org: &OrgConfig,
) -> Report {
    let now = OffsetDateTime::now_utc();
    org.finish(input_error_report(
        shown_input,
        bad.finding_id,
        &bad.message,
        error_code,
        ReportTimes {
            started: now,
            finished: now,
        },
    ))
}

/// Where facts about a machine come from: this machine's own commands, or a folder of their
/// recorded outputs (`<id>.txt`, see `rdp_doctor_probe::facts::ALL_COMMANDS`), which lets IT
/// analyse a PC's outputs elsewhere and the tests replay Windows on Linux.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum FactsFrom {
    #[default]
    ThisMachine,
    Recorded(PathBuf),
}

impl FactsFrom {
    /// `RDP_DOCTOR_FACTS_DIR` names a folder of recordings; otherwise this machine.
    pub fn from_env() -> FactsFrom {
        std::env::var_os("RDP_DOCTOR_FACTS_DIR")
            .filter(|d| !d.is_empty())
            .map_or(FactsFrom::ThisMachine, |d| FactsFrom::Recorded(d.into()))
    }
}

async fn client_facts(from: &FactsFrom) -> rdp_doctor_model::ClientFacts {
    use rdp_doctor_probe::facts::{ReplayRunner, SystemRunner, client_facts};
    match from {
        FactsFrom::ThisMachine => {
            client_facts(&SystemRunner {
                deadline: Duration::from_secs(4),
            })
            .await
        }
        FactsFrom::Recorded(dir) => client_facts(&ReplayRunner { dir: dir.clone() }).await,
    }
}

/// Saves what host mode's commands (and this OS's network commands) print on this machine, as
/// a folder [`FactsFrom::Recorded`] reads; how many commands answered.
pub async fn record_facts(dir: &std::path::Path) -> std::io::Result<usize> {
    use rdp_doctor_probe::facts::{SystemRunner, record};
    record(&SystemRunner::default(), dir).await
}

/// Host mode: reads this machine's Remote Desktop host settings and judges them.
pub async fn host_check(from: &FactsFrom, org: &OrgConfig) -> Report {
    use rdp_doctor_probe::facts::{ReplayRunner, SystemRunner, host_facts};
    let started = OffsetDateTime::now_utc();
    let connect = Duration::from_secs(1);
    let facts = match from {
        FactsFrom::ThisMachine => host_facts(&SystemRunner::default(), connect).await,
        FactsFrom::Recorded(dir) => host_facts(&ReplayRunner { dir: dir.clone() }, connect).await,
    };
    let finished = OffsetDateTime::now_utc();
    org.finish(host_report(facts, ReportTimes { started, finished }))
}

/// Runs the probes against `target` and diagnoses what they saw; this computer's own
/// Remote Desktop setup is read beside them. The report carries IT's organisation and only the
/// fixes it offers.
pub async fn check(
    shown_input: &str,
    target: &Target,
    error_code: Option<ErrorCode>,
    config: &CheckConfig,
    org: &OrgConfig,
    on_event: &(dyn Fn(ProbeEvent) + Send + Sync),
) -> Report {
    let report = check_with_facts(
        shown_input,
        target,
        error_code,
        config,
        &FactsFrom::from_env(),
        on_event,
    )
    .await;
    org.finish(report)
}

/// [`check`] with the source of this computer's facts named, as RDP Doctor ships (no IT
/// config applied).
pub async fn check_with_facts(
    shown_input: &str,
    target: &Target,
    error_code: Option<ErrorCode>,
    config: &CheckConfig,
    facts: &FactsFrom,
    on_event: &(dyn Fn(ProbeEvent) + Send + Sync),
) -> Report {
    let started = OffsetDateTime::now_utc();
    let client = async {
        on_event(ProbeEvent::Started(Area::Client));
        let client = client_facts(facts).await;
        on_event(ProbeEvent::Finished {
            area: Area::Client,
            evidence: Box::new(Evidence {
                client: Some(client.clone()),
                ..Evidence::default()
            }),
        });
        client
    };
    let (mut evidence, client) = tokio::join!(
        rdp_doctor_probe::run_check(target, config, on_event),
        client
    );
    evidence.client = Some(client);
    // A recording of another computer carries its network too: judge the check with it.
    if let FactsFrom::Recorded(dir) = facts
        && let Some(Ok(network)) = rdp_doctor_probe::facts::recorded_network(dir)
    {
        evidence.network = Some(network);
    }
    let finished = OffsetDateTime::now_utc();
    let ctx = Context {
        target,
        now_unix: finished.unix_timestamp(),
        error_code,
    };
    let findings = diagnose(&evidence, &ctx);
    assemble_report(
        shown_input,
        target,
        error_code,
        evidence,
        findings,
        ReportTimes { started, finished },
    )
}

/// The colour of one row from the evidence gathered so far, for a live checklist.
pub fn row_so_far(
    target: &Target,
    error_code: Option<ErrorCode>,
    evidence: &Evidence,
    area: Area,
) -> Option<CheckResult> {
    let ctx = Context {
        target,
        now_unix: OffsetDateTime::now_utc().unix_timestamp(),
        error_code,
    };
    let findings = diagnose(evidence, &ctx);
    checks(evidence, &findings)
        .into_iter()
        .find(|r| r.area == area)
}

/// Watches the connection after a check: paced samples to the address that answered, then the
/// report diagnosed again with them (with IT's organisation and fixes, like the check's).
/// `None` when no address answered (nothing to watch).
pub async fn watch(
    report: &Report,
    target: &Target,
    duration: std::time::Duration,
    config: &CheckConfig,
    org: &OrgConfig,
    on_sample: &(dyn Fn(&WatchSample, &[WatchSample]) + Send + Sync),
) -> Option<Report> {
    let address = report
        .evidence
        .reach
        .iter()
        .find(|t| t.outcome == rdp_doctor_model::TcpOutcome::Open)?
        .address;
    let watched = rdp_doctor_probe::watch::watch(
        address,
        duration,
        std::time::Duration::from_secs(1),
        config.step_timeout,
        on_sample,
    )
    .await;
    let mut evidence = report.evidence.clone();
    evidence.watch = Some(watched);
    let finished = OffsetDateTime::now_utc();
    let started = OffsetDateTime::parse(
        &report.started_at,
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap_or(finished);
    let ctx = Context {
        target,
        now_unix: finished.unix_timestamp(),
        error_code: report.error_code,
    };
    let findings = diagnose(&evidence, &ctx);
    Some(org.finish(assemble_report(
        &report.input,
        target,
        report.error_code,
        evidence,
        findings,
        ReportTimes { started, finished },
    )))
}

/// `report` diagnosed again from its own evidence, in the language the words are in now
/// (diagnosis is a pure function of the evidence, the target, the error code and the time it
/// finished); `None` for a report that holds no evidence to diagnose (input that could not be
/// read).
pub fn rediagnose(report: &Report, org: &OrgConfig) -> Option<Report> {
    let parse =
        |at: &str| OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).ok();
    let finished = parse(&report.finished_at)?;
    let started = parse(&report.started_at).unwrap_or(finished);
    let times = ReportTimes { started, finished };
    let again = match (report.kind, &report.target, &report.evidence.host) {
        (rdp_doctor_model::ReportKind::Host, _, Some(facts)) => host_report(facts.clone(), times),
        (rdp_doctor_model::ReportKind::Connection, Some(target), _) => {
            let ctx = Context {
                target,
                now_unix: finished.unix_timestamp(),
                error_code: report.error_code,
            };
            let findings = diagnose(&report.evidence, &ctx);
            assemble_report(
                &report.input,
                target,
                report.error_code,
                report.evidence.clone(),
                findings,
                times,
            )
        }
        _ => return None,
    };
    Some(org.finish(again))
}

/// Sends a Wake-on-LAN packet for `mac` (as the user typed it) to the broadcast address of the
/// interface whose network holds `near`; the sentence to show, or why it failed.
pub async fn wake(mac: &str, near: Option<std::net::Ipv4Addr>) -> Result<String, WakeError> {
    let mac = rdp_doctor_wire::wake_on_lan::mac_address(mac).map_err(WakeError::BadMac)?;
    let network = rdp_doctor_probe::local::local_network();
    let sent = rdp_doctor_probe::wol::send(mac, near, &network)
        .await
        .map_err(WakeError::NotSent)?;
    Ok(match sent.interface {
        Some(interface) => t!(
            "wake-sent_through",
            to = sent.to.to_string(),
            interface = interface.to_string()
        ),
        None => t!("wake-sent", to = sent.to.to_string()),
    })
}

/// Why a wake-up packet was not sent: the address the user typed, or this computer's network.
#[derive(Debug, thiserror::Error)]
pub enum WakeError {
    #[error("{}", bad_mac_words(.0))]
    BadMac(rdp_doctor_wire::wake_on_lan::MacError),
    #[error("{}", not_sent_words(.0))]
    NotSent(rdp_doctor_probe::wol::WakeError),
}

fn bad_mac_words(e: &rdp_doctor_wire::wake_on_lan::MacError) -> String {
    use rdp_doctor_wire::wake_on_lan::MacError;
    match e {
        MacError::Shape { shown } => t!("wake-bad_mac", shown = shown.as_str()),
        MacError::NotOneCard => t!("wake-not_one_card"),
    }
}

fn not_sent_words(e: &rdp_doctor_probe::wol::WakeError) -> String {
    use rdp_doctor_probe::wol::WakeError;
    match e {
        WakeError::Socket(e) => t!("wake-no_socket", reason = e.to_string()),
        WakeError::Broadcast(e) => t!("wake-no_broadcast", reason = e.to_string()),
        WakeError::NotSent { to, source } => t!(
            "wake-not_sent",
            to = to.to_string(),
            reason = source.to_string()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalogue's wording of a refused MAC reads as wire's own sentence did.
    #[test]
    fn a_refused_mac_reads_as_before() {
        for text in [" 00:1A:2B:3C:4D \n", "ff:ff:ff:ff:ff:ff", "a\u{1b}b"] {
            let Err(e) = rdp_doctor_wire::wake_on_lan::mac_address(text) else {
                panic!("{text:?} was accepted");
            };
            assert_eq!(WakeError::BadMac(e.clone()).to_string(), e.to_string());
        }
    }
}
