//! Network Level Authentication (CredSSP): the NTLM challenge, the PC's clock and version.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{
    Area, Audience, CredsspVersion, Evidence, Finding, HostKind, NlaOutcome, Severity,
};
use serde_json::Value;

use crate::finding::{FindingExt, finding};
use crate::words::span;
use crate::{Context, fixes, t};

pub(super) const CLOCK_SKEW_LIMIT_SECONDS: i64 = 300;

/// Windows version names from the NTLM VERSION build number (common knowledge, not a spec).
pub(super) fn windows_name(version: &str) -> Option<String> {
    let mut parts = version.split('.');
    let (major, minor, build) = (
        parts.next()?,
        parts.next()?,
        parts.next()?.parse::<u32>().ok()?,
    );
    Some(
        match (major, minor, build) {
            ("6", "1", _) => "Windows 7 / Server 2008 R2",
            ("6", "2", _) => "Windows 8 / Server 2012",
            ("6", "3", _) => "Windows 8.1 / Server 2012 R2",
            ("10", "0", 14393) => "Windows 10 1607 / Server 2016",
            ("10", "0", 17763) => "Windows 10 1809 / Server 2019",
            ("10", "0", 19041..=19045) => "Windows 10",
            ("10", "0", 20348) => "Windows Server 2022",
            ("10", "0", 22000..=22631) => "Windows 11",
            ("10", "0", 26100) => "Windows 11 24H2 / Server 2025",
            ("10", "0", b) if b >= 22000 => {
                return Some(t!("nla-os-or_newer", name = "Windows 11"));
            }
            ("10", "0", _) => "Windows 10 / Server",
            _ => return None,
        }
        .to_string(),
    )
}

pub(super) fn nla(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(n) = &evidence.nla else { return };
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Nla, severity, audience, title, detail)
            .ev(
                "credssp_version",
                n.server_version.map_or(Value::Null, Value::from),
            )
            .ev("elapsed_ms", n.elapsed_ms)
    };
    match &n.outcome {
        NlaOutcome::Challenge => {
            let id = n.identity.clone().unwrap_or_default();
            let name = id
                .netbios_computer
                .clone()
                .or_else(|| id.dns_computer.clone())
                .unwrap_or_else(|| t!("nla-ok-no_name"));
            let os = id.os_version.as_deref().map(|v| match windows_name(v) {
                Some(w) => format!("{w} ({v})"),
                None => v.to_string(),
            });
            let domain = id.dns_domain.clone().or_else(|| id.netbios_domain.clone());
            let detail = t!(
                "nla-ok.detail",
                name = id.dns_computer.clone().unwrap_or_else(|| name.clone()),
                domain = domain
                    .as_ref()
                    .map(|d| t!("nla-ok-domain", domain = d))
                    .unwrap_or_default(),
                os = os
                    .as_ref()
                    .map(|os| t!("nla-ok-os", os = os))
                    .unwrap_or_default(),
            );
            let opt = |v: &Option<String>| v.clone().map_or(Value::Null, Value::String);
            let base = |id_: &str, sev: Severity, aud: Audience, title: String, detail: String| {
                f(id_, sev, aud, title, detail)
                    .ev("netbios_computer", opt(&id.netbios_computer))
                    .ev("netbios_domain", opt(&id.netbios_domain))
                    .ev("dns_computer", opt(&id.dns_computer))
                    .ev("dns_domain", opt(&id.dns_domain))
                    .ev("os_version", opt(&id.os_version))
                    .ev("server_time", opt(&id.server_time))
                    .ev(
                        "clock_skew_seconds",
                        id.clock_skew_seconds.map_or(Value::Null, Value::from),
                    )
            };
            out.push(
                base(
                    ids::NLA_OK,
                    Severity::Ok,
                    Audience::User,
                    t!("nla-ok.title", name = &name),
                    detail,
                )
                .ev("os_name", os.map_or(Value::Null, Value::String)),
            );
            if ctx.target.kind == HostKind::Name {
                let typed = ctx.target.host.trim_end_matches('.').to_lowercase();
                let first_label = typed.split('.').next().unwrap_or_default().to_string();
                let nb = id.netbios_computer.as_deref().map(str::to_lowercase);
                let dns_name = id.dns_computer.as_deref().map(str::to_lowercase);
                let matches = nb.as_deref() == Some(first_label.as_str())
                    || dns_name.as_deref() == Some(typed.as_str())
                    || (nb.is_none() && dns_name.is_none());
                if !matches && typed != "localhost" {
                    out.push(base(
                        ids::NLA_IDENTITY_MISMATCH,
                        Severity::Warn,
                        Audience::User,
                        t!(
                            "nla-identity_mismatch.title",
                            typed = &ctx.target.host,
                            name = &name
                        ),
                        t!("nla-identity_mismatch.detail"),
                    ));
                }
            }
            if let Some(skew) = id
                .clock_skew_seconds
                .filter(|s| s.abs() > CLOCK_SKEW_LIMIT_SECONDS)
            {
                let direction = if skew > 0 { "ahead" } else { "behind" };
                out.push(base(
                    ids::NLA_CLOCK_SKEW,
                    Severity::Warn,
                    Audience::It,
                    t!(
                        "nla-clock_skew.title",
                        span = span(skew),
                        direction = direction
                    ),
                    t!("nla-clock_skew.detail"),
                ));
            }
            if n.server_version
                .is_some_and(CredsspVersion::lacks_oracle_fix)
            {
                out.push(
                    f(
                        ids::NLA_CREDSSP_UNPATCHED_SERVER,
                        Severity::Warn,
                        Audience::It,
                        t!("nla-credssp_unpatched_server.title"),
                        t!("nla-credssp_unpatched_server.detail"),
                    )
                    .fix(fixes::credssp_policy()),
                );
            }
        }
        NlaOutcome::ServerError { code } => out.push(
            f(
                ids::NLA_FAILED,
                Severity::Fail,
                Audience::It,
                t!("nla-failed-server_error.title"),
                t!(
                    "nla-failed-server_error.detail",
                    code = format!("0x{code:08X}")
                ),
            )
            .ev("ntstatus", format!("0x{code:08X}"))
            .fix(fixes::nla_temporarily_off()),
        ),
        NlaOutcome::Failed { stage, message } => out.push(
            f(
                ids::NLA_FAILED,
                Severity::Fail,
                Audience::It,
                t!("nla-failed.title"),
                t!("nla-failed.detail", stage = stage, message = message),
            )
            .ev("stage", stage.as_str())
            .ev("error", message.as_str())
            .fix(fixes::nla_temporarily_off()),
        ),
    }
}
