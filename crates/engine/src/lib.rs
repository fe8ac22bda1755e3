//! One check, from what the user gave (text or a `.rdp` file) to a finished [`Report`]: the
//! sequence the CLI and the desktop app share, so neither holds logic of its own.

pub mod input;

use rdp_doctor_diagnose::{
    Context, ReportTimes, assemble_report, checks, diagnose, input_error_report,
};
use rdp_doctor_model::{Area, CheckResult, ErrorCode, Evidence, Report, Target};
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
