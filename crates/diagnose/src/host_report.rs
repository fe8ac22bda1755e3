//! Host mode's report: the rows, the fixes worded for this PC, and the report itself.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, CheckResult, Evidence, Finding, HostFacts, Place, Report, ReportKind, SCHEMA_VERSION,
    Severity,
};

use crate::report::{ReportTimes, judged_row, summary, tool, verdict};
use crate::rules::host::{diagnose_host_on, ran};
use crate::t;

/// The host-mode rows: each area's worst finding, or why it was not checked.
pub fn host_checks(facts: &HostFacts, findings: &[Finding]) -> Vec<CheckResult> {
    Area::HOST
        .iter()
        .map(|&area| {
            let in_area: Vec<&Finding> = findings.iter().filter(|f| f.area == area).collect();
            if !ran(facts, area) {
                let summary = if facts.platform != "windows" {
                    t!("host-row.not_windows")
                } else if in_area.iter().any(|f| f.id == ids::HOST_NEEDS_ADMIN) {
                    t!("host-row.needs_admin")
                } else {
                    t!("host-row.no_answer")
                };
                return CheckResult {
                    area,
                    label: crate::report::area_label(area),
                    status: Severity::Skipped,
                    summary,
                    duration_ms: None,
                };
            }
            let (status, summary) = judged_row(&in_area, None);
            CheckResult {
                area,
                label: crate::report::area_label(area),
                status,
                summary,
                duration_ms: None,
            }
        })
        .collect()
}

/// The report of host mode, in the same model as a connection check.
pub fn host_report(facts: HostFacts, times: ReportTimes) -> Report {
    let (started_at, finished_at, duration_ms) = times.fields();
    // The fixes are made on this PC, and say so ("this PC", not "the remote PC").
    let findings = diagnose_host_on(&facts, Place::ThisComputer);
    let checks = host_checks(&facts, &findings);
    let summary = if facts.platform != "windows" {
        t!("host-report.summary-not_windows")
    } else if findings.iter().all(|f| f.severity < Severity::Warn) {
        t!("host-report.summary-all_good")
    } else {
        summary(&findings)
    };
    Report {
        schema_version: SCHEMA_VERSION,
        language: crate::catalogue::language().to_string(),
        time_zone: crate::words::time_zone_name(),
        tool: tool(),
        kind: ReportKind::Host,
        input: t!("host-report.input"),
        target: None,
        error_code: None,
        started_at,
        finished_at,
        duration_ms,
        verdict: verdict(&findings),
        summary,
        checks,
        findings,
        evidence: Evidence {
            host: Some(facts),
            ..Evidence::default()
        },
        organisation: None,
    }
}
