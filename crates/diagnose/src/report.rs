//! Assembling a Report: the checklist rows, the verdict and the one-sentence summary.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, Audience, CheckResult, ErrorCode, Evidence, Finding, NegotiationOutcome, Report,
    ReportKind, SCHEMA_VERSION, SelectedProtocol, Severity, Target, TargetSource, ToolInfo,
};
use serde_json::Map;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::t;

#[derive(Clone, Copy, Debug)]
pub struct ReportTimes {
    pub started: OffsetDateTime,
    pub finished: OffsetDateTime,
}

impl ReportTimes {
    pub(crate) fn fields(&self) -> (String, String, u64) {
        let fmt = |t: OffsetDateTime| t.format(&Rfc3339).unwrap_or_default();
        let ms = (self.finished - self.started).whole_milliseconds().max(0);
        (
            fmt(self.started),
            fmt(self.finished),
            u64::try_from(ms).unwrap_or(u64::MAX),
        )
    }
}

pub(crate) fn tool() -> ToolInfo {
    ToolInfo {
        name: "RDP Doctor".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    }
}

/// The whole report for a check that ran.
pub fn assemble_report(
    input: &str,
    target: &Target,
    error_code: Option<ErrorCode>,
    evidence: Evidence,
    findings: Vec<Finding>,
    times: ReportTimes,
) -> Report {
    let (started_at, finished_at, duration_ms) = times.fields();
    let mut checks = checks(&evidence, &findings);
    if let Some(row) = checks
        .iter_mut()
        .find(|r| r.area == Area::Input && r.status == Severity::Ok)
    {
        *row = input_row(target);
    }
    let verdict = verdict(&findings);
    Report {
        schema_version: SCHEMA_VERSION,
        language: crate::catalogue::language().to_string(),
        time_zone: crate::words::time_zone_name(),
        tool: tool(),
        kind: ReportKind::Connection,
        input: input.to_string(),
        target: Some(target.clone()),
        error_code,
        started_at,
        finished_at,
        duration_ms,
        verdict,
        summary: summary(&findings),
        checks,
        findings,
        evidence,
        organisation: None,
    }
}

/// A row's name, as the checklist shows it.
pub fn area_label(area: Area) -> String {
    match area {
        Area::Input => t!("area-input"),
        Area::Dns => t!("area-dns"),
        Area::Network => t!("area-network"),
        Area::Reach => t!("area-reach"),
        Area::Rdp => t!("area-rdp"),
        Area::Tls => t!("area-tls"),
        Area::Nla => t!("area-nla"),
        Area::Gateway => t!("area-gateway"),
        Area::Quality => t!("area-quality"),
        Area::Client => t!("area-client"),
        Area::HostSetting => t!("area-host_setting"),
        Area::HostService => t!("area-host_service"),
        Area::HostFirewall => t!("area-host_firewall"),
        Area::HostCertificate => t!("area-host_certificate"),
        Area::HostPower => t!("area-host_power"),
        Area::HostSessions => t!("area-host_sessions"),
    }
}

/// The input row once the target is understood: what will be checked, in words.
pub fn input_row(target: &Target) -> CheckResult {
    let what = match &target.source {
        TargetSource::Typed => t!(
            "row-input",
            host = target.host.to_string(),
            port = target.port
        ),
        TargetSource::RdpFile { file } => {
            let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
            t!(
                "row-input-file",
                host = target.host.to_string(),
                port = target.port,
                file = name
            )
        }
    };
    CheckResult {
        area: Area::Input,
        label: area_label(Area::Input),
        status: Severity::Ok,
        summary: what,
        duration_ms: None,
    }
}

pub(crate) fn verdict(findings: &[Finding]) -> Severity {
    match findings.iter().map(|f| f.severity).max() {
        Some(Severity::Fail) => Severity::Fail,
        Some(Severity::Warn) => Severity::Warn,
        _ => Severity::Ok,
    }
}

/// Whether the remote PC was not reached: a failed reach row.
pub(crate) fn unreached(findings: &[Finding]) -> bool {
    findings
        .iter()
        .any(|f| f.area == Area::Reach && f.severity == Severity::Fail)
}

/// Whether `f` explains why the PC was not reached in a way the user can act on, so that it
/// heads the banner and the findings: a VPN that is not connected ("connect the VPN" is what to
/// do, where "no network path" leaves them guessing).
pub(crate) fn leads(f: &Finding, unreached: bool) -> bool {
    unreached && f.id == ids::NETWORK_VPN_MISSING
}

/// The banner's sentence: the finding that [`leads`], else the first problem.
pub(crate) fn summary(findings: &[Finding]) -> String {
    let unreached = unreached(findings);
    let top = findings
        .iter()
        .find(|f| leads(f, unreached))
        .or_else(|| findings.iter().find(|f| f.severity == Severity::Fail))
        .or_else(|| findings.iter().find(|f| f.severity == Severity::Warn));
    match top {
        Some(f) => match f.audience {
            Audience::User => t!("summary-you", title = &f.title),
            Audience::It => t!("summary-it", title = &f.title),
        },
        None => t!("summary-all-good"),
    }
}

/// The report for input we could not understand: one finding, every other row skipped.
pub fn input_error_report(
    input: &str,
    finding_id: &str,
    message: &str,
    error_code: Option<ErrorCode>,
    times: ReportTimes,
) -> Report {
    let (started_at, finished_at, duration_ms) = times.fields();
    let title = if finding_id == ids::INPUT_RDP_FILE_INVALID {
        t!("input-rdp_file_invalid.title")
    } else if finding_id == ids::INPUT_INVALID_PORT {
        t!("input-invalid_port.title")
    } else {
        t!("input-invalid_target.title")
    };
    let mut evidence = Map::new();
    evidence.insert("input".into(), input.into());
    debug_assert!(
        ids::ALL.contains(&finding_id),
        "{finding_id} is not in model::finding_id"
    );
    let finding = Finding {
        id: finding_id.to_string(),
        area: Area::Input,
        severity: Severity::Fail,
        title: title.clone(),
        detail: crate::words::sentence(message),
        audience: Audience::User,
        evidence,
        fixes: Vec::new(),
        explains_error_code: false,
    };
    let findings = vec![finding];
    Report {
        schema_version: SCHEMA_VERSION,
        language: crate::catalogue::language().to_string(),
        time_zone: crate::words::time_zone_name(),
        tool: tool(),
        kind: ReportKind::Connection,
        input: input.to_string(),
        target: None,
        error_code,
        started_at,
        finished_at,
        duration_ms,
        verdict: Severity::Fail,
        summary: t!("summary-you", title = title.as_str()),
        checks: checks(&Evidence::default(), &findings),
        findings,
        evidence: Evidence::default(),
        organisation: None,
    }
}

fn duration(evidence: &Evidence, area: Area) -> Option<u64> {
    match area {
        Area::Input => None,
        Area::Dns => evidence.dns.as_ref().map(|d| d.elapsed_ms),
        Area::Network => None,
        Area::Reach => evidence.reach.iter().map(|t| t.elapsed_ms).max(),
        // The negotiation, then (when it failed) naming what listens instead.
        Area::Rdp => evidence
            .negotiation
            .as_ref()
            .and_then(|n| n.attempts.iter().map(|a| a.elapsed_ms).max())
            .map(|ms| ms + evidence.service.as_ref().map_or(0, |s| s.elapsed_ms)),
        Area::Tls => evidence.tls.as_ref().map(|t| t.elapsed_ms),
        Area::Nla => evidence.nla.as_ref().map(|n| n.elapsed_ms),
        Area::Quality => None,
        Area::Gateway => evidence.gateway.as_ref().map(|g| g.elapsed_ms),
        _ => None,
    }
}

fn ran(evidence: &Evidence, area: Area) -> bool {
    match area {
        Area::Input => true,
        Area::Dns => evidence.dns.is_some(),
        Area::Network => evidence.network.is_some(),
        Area::Reach => !evidence.reach.is_empty(),
        Area::Rdp => evidence.negotiation.is_some(),
        Area::Tls => evidence.tls.is_some() || evidence.certificate.is_some(),
        Area::Nla => evidence.nla.is_some(),
        Area::Quality => evidence.negotiation.is_some(),
        Area::Gateway => evidence.gateway.is_some(),
        Area::Client => evidence.client.is_some(),
        _ => false,
    }
}

fn network_summary(evidence: &Evidence) -> String {
    let Some(net) = &evidence.network else {
        return t!("row-looks-right");
    };
    let vpn = net
        .interfaces
        .iter()
        .find(|i| i.up && i.kind == rdp_doctor_model::InterfaceKind::Vpn && !i.ipv4.is_empty());
    match (&net.default_interface, vpn) {
        (Some(d), Some(v)) => t!("row-network-vpn", interface = d, vpn = &v.name),
        (Some(d), None) => t!("row-network", interface = d),
        (None, _) => t!("row-network-no-route"),
    }
}

/// Why a row did not run, in words.
fn skip_reason(evidence: &Evidence, area: Area, blocker: Option<&Finding>) -> String {
    // A step the server never offered is "not used", whatever failed before it.
    let selected = |uses: fn(SelectedProtocol) -> bool| {
        evidence.negotiation.as_ref().is_some_and(|n| {
            n.attempts
                .iter()
                .any(|a| a.outcome.selected_protocol().is_some_and(uses))
        })
    };
    let negotiated = evidence.negotiation.as_ref().is_some_and(|n| {
        n.attempts.iter().any(|a| {
            matches!(
                a.outcome,
                NegotiationOutcome::Selected { .. } | NegotiationOutcome::NoNegotiationData
            )
        })
    });
    if negotiated {
        if area == Area::Tls && !selected(SelectedProtocol::is_tls_based) {
            return t!("row-skip-standard-security");
        }
        if area == Area::Nla && !selected(SelectedProtocol::is_credssp) {
            return t!("row-skip-no-nla");
        }
    }
    if evidence.gateway.is_some()
        && evidence.negotiation.is_none()
        && matches!(area, Area::Rdp | Area::Tls | Area::Nla | Area::Quality)
    {
        return t!("row-skip-behind-gateway");
    }
    if area == Area::Gateway && evidence.gateway.is_none() {
        return t!("row-skip-no-gateway");
    }
    if let Some(b) = blocker {
        return t!("row-skip-blocked", title = &b.title);
    }
    if evidence.budget_exhausted {
        return t!("row-skip-out-of-time");
    }
    t!("row-skip")
}

/// A row that ran: the worst finding's colour (info counts as ok) and, when something is wrong,
/// its title; otherwise `quiet`, or the title of the row's ok finding.
pub(crate) fn judged_row(in_area: &[&Finding], quiet: Option<String>) -> (Severity, String) {
    let worst = in_area.iter().copied().max_by_key(|f| f.severity);
    // A note that offers something to do ("No Remote Desktop app was found", with the store
    // link) is not a green tick, unless something in the row did check out.
    let confirmed = in_area.iter().any(|f| f.severity == Severity::Ok);
    let to_do = in_area
        .iter()
        .copied()
        .find(|f| !confirmed && f.severity == Severity::Info && !f.fixes.is_empty());
    let status = match worst.map(|f| f.severity) {
        Some(Severity::Info) if to_do.is_some() => Severity::Info,
        Some(Severity::Info) | None => Severity::Ok,
        Some(s) => s,
    };
    let summary = match (worst, to_do) {
        (Some(f), _) if f.severity >= Severity::Warn => f.title.clone(),
        (_, Some(f)) => f.title.clone(),
        _ => quiet.unwrap_or_else(|| {
            in_area
                .iter()
                .find(|f| f.severity == Severity::Ok)
                .or(in_area.first())
                .map_or_else(|| t!("row-looks-right"), |f| f.title.clone())
        }),
    };
    (status, summary)
}

/// One row per area, in order: the worst finding's colour, or skipped with the reason.
pub fn checks(evidence: &Evidence, findings: &[Finding]) -> Vec<CheckResult> {
    let mut rows = Vec::new();
    let mut blocker: Option<&Finding> = None;
    for area in Area::ALL {
        // The gateway row appears only for connections that have a gateway.
        if area == Area::Gateway && evidence.gateway.is_none() {
            continue;
        }
        let in_area: Vec<&Finding> = findings.iter().filter(|f| f.area == area).collect();
        // A quality row with nothing judged (the port spoke no Remote Desktop) is not a tick.
        let judged = !(area == Area::Quality && in_area.is_empty());
        let row = if area == Area::Input || (ran(evidence, area) && judged) {
            let quiet = match area {
                Area::Input => Some(t!("row-looks-right")),
                Area::Network if in_area.is_empty() => Some(network_summary(evidence)),
                _ => None,
            };
            let (status, summary) = judged_row(&in_area, quiet);
            CheckResult {
                area,
                label: area_label(area),
                status,
                summary,
                duration_ms: duration(evidence, area),
            }
        } else {
            CheckResult {
                area,
                label: area_label(area),
                status: Severity::Skipped,
                summary: skip_reason(evidence, area, blocker),
                duration_ms: None,
            }
        };
        if blocker.is_none() && row.status == Severity::Fail {
            blocker = in_area
                .iter()
                .copied()
                .find(|f| f.severity == Severity::Fail);
        }
        rows.push(row);
    }
    rows
}
