//! One check, from what the user gave (text or a `.rdp` file) to a finished [`Report`]: the
//! sequence the CLI and the desktop app share, so neither holds logic of its own.

pub mod input;

use rdp_doctor_diagnose::{
    Context, ReportTimes, assemble_report, checks, diagnose, input_error_report,
};
use rdp_doctor_model::{Area, CheckResult, ErrorCode, Evidence, Report, Target, WatchSample};
pub use rdp_doctor_probe::{CheckConfig, ProbeEvent};
use time::OffsetDateTime;

pub use input::BadInput;

/// The report for input that could not be used: the input row red, every other row skipped.
pub fn bad_input_report(
    shown_input: &str,
    bad: &BadInput,
    error_code: Option<ErrorCode>,
) -> Report {
    let now = OffsetDateTime::now_utc();
    input_error_report(
        shown_input,
        bad.finding_id,
        &bad.message,
        error_code,
        ReportTimes {
            started: now,
            finished: now,
        },
    )
}

/// Runs the probes against `target` and diagnoses what they saw.
pub async fn check(
    shown_input: &str,
    target: &Target,
    error_code: Option<ErrorCode>,
    config: &CheckConfig,
    on_event: &(dyn Fn(ProbeEvent) + Send + Sync),
) -> Report {
    let started = OffsetDateTime::now_utc();
    let evidence = rdp_doctor_probe::run_check(target, config, on_event).await;
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
/// report diagnosed again with them. `None` when no address answered (nothing to watch).
pub async fn watch(
    report: &Report,
    target: &Target,
    duration: std::time::Duration,
    config: &CheckConfig,
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
    Some(assemble_report(
        &report.input,
        target,
        report.error_code,
        evidence,
        findings,
        ReportTimes { started, finished },
    ))
}
