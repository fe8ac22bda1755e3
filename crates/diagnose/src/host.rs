//! Host mode: judging this machine as a Remote Desktop host from the facts read on it.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, Audience, CheckResult, Evidence, Fact, Finding, HostFacts, RdpSettings, Report,
    ReportKind, SCHEMA_VERSION, ServiceState, SessionState, Severity, StartType,
};
use serde_json::Value;

use crate::finding::{FindingExt, finding};
use crate::fixes;
use crate::report::{ReportTimes, judged_row, summary, tool, verdict};
use crate::shell::{SessionId, Thumbprint};
use crate::words;

/// The Remote Desktop listener's settings as Windows applies them: a Group Policy value wins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Effective {
    settings: RdpSettings,
    /// Names of the values a policy sets, for telling IT to change the policy instead.
    by_policy: Vec<&'static str>,
}

fn effective(facts: &HostFacts) -> Option<Effective> {
    let base = facts.settings.value()?;
    let policy = facts.policy.value().cloned().unwrap_or_default();
    let mut by_policy = Vec::new();
    let mut pick = |name: &'static str, p: Option<u32>, b: Option<u32>| match p {
        Some(v) => {
            by_policy.push(name);
            Some(v)
        }
        None => b,
    };
    let settings = RdpSettings {
        deny_connections: pick(
            "fDenyTSConnections",
            policy.deny_connections,
            base.deny_connections,
        ),
        user_authentication: pick(
            "UserAuthentication",
            policy.user_authentication,
            base.user_authentication,
        ),
        security_layer: pick("SecurityLayer", policy.security_layer, base.security_layer),
        port: base.port,
        certificate_thumbprint: base.certificate_thumbprint.clone(),
        max_sessions: pick("MaxInstanceCount", policy.max_sessions, base.max_sessions),
    };
    Some(Effective {
        settings,
        by_policy,
    })
}

fn port(facts: &HostFacts) -> u16 {
    facts
        .settings
        .value()
        .and_then(|s| s.port)
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p != 0)
        .unwrap_or(3389)
}

const POLICY_NOTE: &str = " A Group Policy sets this on this PC, so change the policy (gpedit.msc > \
     Computer Configuration > Administrative Templates > Windows Components > Remote Desktop \
     Services > Remote Desktop Session Host) or ask whoever manages it: the command alone would \
     be overwritten.";

pub fn diagnose_host(facts: &HostFacts) -> Vec<Finding> {
    let mut out = Vec::new();
    if facts.platform != "windows" {
        out.push(not_windows(facts));
        return out;
    }
    let eff = effective(facts);
    let port = port(facts);
    settings(eff.as_ref(), port, &mut out);
    service(facts, port, &mut out);
    firewall(facts, port, &mut out);
    certificates(facts, &mut out);
    machine_keys(facts, &mut out);
    power(facts, &mut out);
    sessions(facts, eff.as_ref(), &mut out);
    unread(facts, &mut out);
    out.sort_by_key(|f| (std::cmp::Reverse(f.severity), f.area));
    out
}

fn not_windows(facts: &HostFacts) -> Finding {
    let listening = match facts.listening.value() {
        Some(true) => "Something does accept connections on port 3389 here.",
        Some(false) => "Nothing accepts connections on port 3389 here.",
        None => "",
    };
    finding(
        ids::HOST_NOT_WINDOWS,
        Area::HostSetting,
        Severity::Info,
        Audience::It,
        "Host mode checks a Windows PC that others connect to".into(),
        format!(
            "This computer runs {}, so there are no Windows Remote Desktop settings to read. \
             Run RDP Doctor on the Windows PC itself, or check it from here by its name. {listening}",
            match facts.platform.as_str() {
                "macos" => "macOS",
                _ => "Linux",
            }
        )
        .trim_end()
        .to_string(),
    )
    .ev("listening", facts.listening.value().copied().map_or(Value::Null, Value::from))
}

fn settings(eff: Option<&Effective>, port: u16, out: &mut Vec<Finding>) {
    let Some(eff) = eff else { return };
    let s = &eff.settings;
    let policy = |name: &str| eff.by_policy.contains(&name);
    if s.deny_connections == Some(1) {
        let mut detail = "Remote Desktop is switched off on this PC, so nobody can connect to it. \
             Switch it on in Settings > System > Remote Desktop, or run the command below as \
             administrator."
            .to_string();
        if policy("fDenyTSConnections") {
            detail.push_str(POLICY_NOTE);
        }
        out.push(
            finding(
                ids::HOST_RDP_DISABLED,
                Area::HostSetting,
                Severity::Fail,
                Audience::It,
                "Remote Desktop is switched off on this PC".into(),
                detail,
            )
            .ev("fDenyTSConnections", 1)
            .ev("set_by_policy", policy("fDenyTSConnections"))
            .fix(fixes::enable_remote_desktop(port)),
        );
    }
    let nla = s.user_authentication.unwrap_or(1) != 0;
    let mut f = finding(
        ids::HOST_NLA,
        Area::HostSetting,
        Severity::Info,
        Audience::It,
        if nla {
            "People must sign in before the remote session starts (NLA is on)".into()
        } else {
            "NLA is off: this PC shows its sign-in screen to anyone who connects".into()
        },
        if nla {
            "This is the secure default. Clients that cannot do NLA (very old ones, or with \
             CredSSP switched off) cannot connect."
                .into()
        } else {
            "Clients connect without signing in first. This works with old clients but lets \
             anyone who reaches the PC see its sign-in screen; switch NLA back on when you can."
                .into()
        },
    )
    .ev(
        "UserAuthentication",
        s.user_authentication.map_or(Value::Null, Value::from),
    )
    .ev("set_by_policy", policy("UserAuthentication"));
    if !nla {
        f.severity = Severity::Warn;
    }
    out.push(f);
    let layer = s.security_layer.unwrap_or(2);
    let (title, detail) = match layer {
        0 => (
            "This PC uses only the old standard RDP security",
            "Modern clients expect TLS: set the security layer to Negotiate (1) or TLS (2).",
        ),
        1 => (
            "This PC negotiates its security layer (TLS when the client can)",
            "Clients that can use TLS do; old ones fall back to standard RDP security.",
        ),
        _ => (
            "This PC requires TLS for Remote Desktop",
            "The secure default: clients must use TLS, and usually NLA.",
        ),
    };
    let mut f = finding(
        ids::HOST_SECURITY_LAYER,
        Area::HostSetting,
        if layer == 0 {
            Severity::Warn
        } else {
            Severity::Info
        },
        Audience::It,
        title.into(),
        detail.into(),
    )
    .ev("SecurityLayer", layer)
    .ev("set_by_policy", policy("SecurityLayer"));
    if layer == 0 {
        f = f.fix(fixes::security_layer());
    }
    out.push(f);
    out.push(
        finding(
            ids::HOST_PORT,
            Area::HostService,
            Severity::Info,
            Audience::It,
            if port == 3389 {
                "Remote Desktop uses the usual port, 3389".into()
            } else {
                format!("Remote Desktop uses port {port}, not the usual 3389")
            },
            if port == 3389 {
                "Clients connect with the PC's name alone.".into()
            } else {
                format!(
                    "Clients must add the port to the name (pc.example.com:{port}), and the \
                     firewall must allow port {port}."
                )
            },
        )
        .ev("PortNumber", port),
    );
}

fn service(facts: &HostFacts, port: u16, out: &mut Vec<Finding>) {
    let listening = facts.listening.value().copied();
    if let Some(status) = facts.service.value()
        && status.state != ServiceState::Running
    {
        {
            let disabled = status.start_type == Some(StartType::Disabled);
            out.push(
                finding(
                    ids::HOST_SERVICE_STOPPED,
                    Area::HostService,
                    Severity::Fail,
                    Audience::It,
                    if disabled {
                        "The Remote Desktop service is disabled".into()
                    } else {
                        "The Remote Desktop service is not running".into()
                    },
                    "Without the Remote Desktop Services service (TermService), nothing answers \
                     on the Remote Desktop port. Start it with the command below."
                        .into(),
                )
                .ev("state", format!("{:?}", status.state).to_lowercase())
                .ev(
                    "start_type",
                    status
                        .start_type
                        .map_or(Value::Null, |t| format!("{t:?}").to_lowercase().into()),
                )
                .fix(fixes::start_rdp_service(disabled)),
            );
            return;
        }
    }
    if listening == Some(false) {
        // Why only follows from the service's state; without it, say that we cannot tell.
        let why = if facts.service.value().is_some() {
            "The Remote Desktop service may be starting, or its listener failed (see the System \
             event log, source TermService or TerminalServices-RemoteConnectionManager)."
        } else {
            "RDP Doctor could not read the state of the Remote Desktop service (see what could \
             not be checked), so it cannot tell why: Remote Desktop may be switched off, its \
             service stopped, or its listener failed."
        };
        out.push(
            finding(
                ids::HOST_NOT_LISTENING,
                Area::HostService,
                Severity::Fail,
                Audience::It,
                format!("Nothing accepts connections on port {port} on this PC"),
                why.into(),
            )
            .ev("port", port),
        );
    }
}

fn firewall(facts: &HostFacts, port: u16, out: &mut Vec<Finding>) {
    let Some(rules) = facts.firewall.value() else {
        return;
    };
    // The TCP rule of the classic group is what mstsc needs; the WebSocket group serves web clients.
    let tcp: Vec<_> = rules
        .iter()
        .filter(|r| r.inbound && r.allow && r.group.ends_with("-28752"))
        .collect();
    let open: Vec<_> = tcp.iter().filter(|r| r.enabled).collect();
    let names = |v: &[&&rdp_doctor_model::FirewallRule]| -> Value {
        v.iter().map(|r| Value::from(r.name.clone())).collect()
    };
    if open.is_empty() {
        out.push(
            finding(
                ids::HOST_FIREWALL_CLOSED,
                Area::HostFirewall,
                Severity::Fail,
                Audience::It,
                "Windows Firewall blocks Remote Desktop on this PC".into(),
                if tcp.is_empty() {
                    "The firewall has no \"Remote Desktop\" rules at all.".into()
                } else {
                    "The \"Remote Desktop\" rules exist but are switched off, so other computers \
                     cannot reach the port."
                        .into()
                },
            )
            .ev("rules_disabled", names(&tcp.iter().collect::<Vec<_>>()))
            .fix(fixes::firewall_rule(port)),
        );
        return;
    }
    let mut profiles: Vec<String> = open.iter().flat_map(|r| r.profiles.clone()).collect();
    profiles.sort();
    profiles.dedup();
    let all = ["domain", "private", "public"]
        .iter()
        .all(|p| profiles.iter().any(|q| q == p));
    out.push(
        finding(
            ids::HOST_FIREWALL_OPEN,
            Area::HostFirewall,
            Severity::Ok,
            Audience::It,
            if all {
                "Windows Firewall lets Remote Desktop in".into()
            } else {
                format!(
                    "Windows Firewall lets Remote Desktop in on {} networks",
                    words::list(&profiles)
                )
            },
            if all {
                "The \"Remote Desktop\" rules are switched on.".into()
            } else {
                "On other kinds of network (for example one Windows marked \"public\") the port \
                 stays closed."
                    .into()
            },
        )
        .ev("rules_enabled", names(&open.to_vec()))
        .ev(
            "profiles",
            profiles
                .iter()
                .map(|p| Value::from(p.clone()))
                .collect::<Value>(),
        ),
    );
}

fn certificates(facts: &HostFacts, out: &mut Vec<Finding>) {
    let Some(certs) = facts.certificates.value() else {
        return;
    };
    let now = facts.read_at_unix;
    let expired: Vec<_> = certs.iter().filter(|c| c.not_after_unix < now).collect();
    let valid: Vec<_> = certs.iter().filter(|c| c.not_after_unix >= now).collect();
    let bound = facts
        .settings
        .value()
        .and_then(|s| s.certificate_thumbprint.as_deref())
        .and_then(|t| Thumbprint::parse(t).ok());
    let bound_expired = bound.as_ref().and_then(|b| {
        expired
            .iter()
            .find(|c| c.thumbprint.eq_ignore_ascii_case(&b.to_string()))
    });
    if expired.is_empty() {
        let title = match valid.iter().max_by_key(|c| c.not_after_unix) {
            Some(c) => format!(
                "The Remote Desktop certificate is valid until {}",
                words::date(c.not_after_unix)
            ),
            None => "Windows will make a Remote Desktop certificate when the service starts".into(),
        };
        out.push(
            finding(
                ids::HOST_CERT_OK,
                Area::HostCertificate,
                Severity::Ok,
                Audience::It,
                title,
                "No certificate in the Remote Desktop store has expired.".into(),
            )
            .ev("certificates", cert_list(certs)),
        );
        return;
    }
    // An expired certificate next to a valid one does no harm unless the listener is bound to it.
    let harmful = bound_expired.is_some() || valid.is_empty();
    let newest = expired
        .iter()
        .map(|c| c.not_after_unix)
        .max()
        .unwrap_or(now);
    let mut f = finding(
        ids::HOST_CERT_EXPIRED,
        Area::HostCertificate,
        if harmful {
            Severity::Fail
        } else {
            Severity::Info
        },
        Audience::It,
        format!(
            "This PC's Remote Desktop certificate expired on {}",
            words::date(newest)
        ),
        if harmful {
            "Clients refuse the connection or warn about the certificate. Windows normally \
             renews it by itself; when it did not, remove the expired one and restart the \
             service so Windows makes a new one."
                .into()
        } else {
            "A valid certificate is in the store too, so Remote Desktop keeps working; the expired \
             one can be removed."
                .into()
        },
    )
    .ev("certificates", cert_list(certs))
    .ev(
        "bound_thumbprint",
        bound.as_ref().map_or(Value::Null, |b| b.to_string().into()),
    )
    .fix(fixes::renew_certificate());
    if let (Some(b), Some(_)) = (&bound, bound_expired) {
        f = f.fix(fixes::unbind_certificate(b));
    }
    out.push(f);
}

fn cert_list(certs: &[rdp_doctor_model::StoreCertificate]) -> Value {
    certs
        .iter()
        .map(|c| {
            serde_json::json!({
                "thumbprint": c.thumbprint,
                "subject": c.subject,
                "not_after": c.not_after,
            })
        })
        .collect()
}

const FULL_CONTROL: u32 = 0x001F_01FF;

fn machine_keys(facts: &HostFacts, out: &mut Vec<Finding>) {
    let Some(mk) = facts.machine_keys.value() else {
        return;
    };
    let problem = if !mk.exists {
        Some("The folder is missing.")
    } else if mk.sddl.is_some()
        && !mk
            .access
            .iter()
            .any(|a| a.allow && a.sid == "BA" && a.mask & FULL_CONTROL == FULL_CONTROL)
    {
        Some("Administrators do not have full control of it.")
    } else if mk.sddl.is_some() && !mk.access.iter().any(|a| a.allow && a.sid == "WD") {
        Some("Everyone has lost the access Windows gives by default, so services cannot save keys.")
    } else if mk
        .access
        .iter()
        .any(|a| !a.allow && matches!(a.sid.as_str(), "WD" | "SY" | "BA" | "NS"))
    {
        Some("A deny entry blocks a system account.")
    } else {
        None
    };
    let Some(problem) = problem else { return };
    out.push(
        finding(
            ids::HOST_MACHINEKEYS,
            Area::HostCertificate,
            Severity::Warn,
            Audience::It,
            "Windows may be unable to make a new Remote Desktop certificate".into(),
            format!(
                "Windows keeps the certificate's private key in C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys. {problem}"
            ),
        )
        .ev("exists", mk.exists)
        .ev("sddl", mk.sddl.clone().map_or(Value::Null, Value::from))
        .ev("file_count", mk.file_count.map_or(Value::Null, Value::from))
        .fix(fixes::rebuild_machinekeys()),
    );
}

fn power(facts: &HostFacts, out: &mut Vec<Finding>) {
    let Some(p) = facts.power.value() else { return };
    let sleep = p.sleep_ac_seconds.filter(|s| *s > 0);
    let hibernate = p.hibernate_ac_seconds.filter(|s| *s > 0);
    let Some(first) = [sleep, hibernate].into_iter().flatten().min() else {
        out.push(
            finding(
                ids::HOST_SLEEP_DISABLED,
                Area::HostPower,
                Severity::Ok,
                Audience::It,
                "This PC stays awake while plugged in".into(),
                "Sleep and hibernate are off on mains power.".into(),
            )
            .ev(
                "sleep_ac_seconds",
                p.sleep_ac_seconds.map_or(Value::Null, Value::from),
            )
            .ev(
                "hibernate_ac_seconds",
                p.hibernate_ac_seconds.map_or(Value::Null, Value::from),
            ),
        );
        return;
    };
    out.push(
        finding(
            ids::HOST_SLEEP_ENABLED,
            Area::HostPower,
            Severity::Warn,
            Audience::It,
            format!(
                "This PC goes to sleep after {} without use, even when plugged in",
                words::span(i64::from(first))
            ),
            "A sleeping PC cannot be reached by Remote Desktop: connections fail until someone \
             wakes it."
                .into(),
        )
        .ev(
            "sleep_ac_seconds",
            p.sleep_ac_seconds.map_or(Value::Null, Value::from),
        )
        .ev(
            "hibernate_ac_seconds",
            p.hibernate_ac_seconds.map_or(Value::Null, Value::from),
        )
        .fix(fixes::disable_sleep()),
    );
}

fn sessions(facts: &HostFacts, eff: Option<&Effective>, out: &mut Vec<Finding>) {
    let Some(sessions) = facts.sessions.value() else {
        return;
    };
    let user_sessions: Vec<_> = sessions
        .iter()
        .filter(|s| s.user.is_some() && s.state != SessionState::Listen)
        .collect();
    let active = user_sessions
        .iter()
        .filter(|s| s.state == SessionState::Active)
        .count();
    let disconnected: Vec<SessionId> = user_sessions
        .iter()
        .filter(|s| s.state == SessionState::Disconnected)
        .filter_map(|s| SessionId::new(s.id).ok())
        .collect();
    let limit = eff
        .and_then(|e| e.settings.max_sessions)
        .filter(|m| *m > 0 && *m < 0xFFFF_FFFF);
    let full = limit.is_some_and(|l| user_sessions.len() >= l as usize);
    let ev = |f: Finding| {
        f.ev("active", active)
            .ev("disconnected", disconnected.len())
            .ev("limit", limit.map_or(Value::Null, Value::from))
    };
    if full || disconnected.len() >= 2 {
        out.push(
            ev(finding(
                ids::HOST_SESSIONS,
                Area::HostSessions,
                Severity::Warn,
                Audience::It,
                if full {
                    format!(
                        "This PC is out of Remote Desktop sessions ({} open, the limit is {})",
                        user_sessions.len(),
                        limit.unwrap_or_default()
                    )
                } else {
                    format!(
                        "{} disconnected sessions are still open on this PC",
                        disconnected.len()
                    )
                },
                "Sessions people left without signing out keep their place. New connections fail \
                 with \"too many connections\" once the limit is reached. Sign those sessions out."
                    .into(),
            ))
            .fix(fixes::reset_sessions(&disconnected)),
        );
    } else {
        out.push(ev(finding(
            ids::HOST_SESSIONS_OK,
            Area::HostSessions,
            Severity::Ok,
            Audience::It,
            match active {
                0 => "Nobody is connected right now".into(),
                1 => "One person is signed in".into(),
                n => format!("{n} people are signed in"),
            },
            "There is room for new connections.".into(),
        )));
    }
}

/// Facts we could not read: one finding for those that need administrator rights, one for the
/// rest, so IT knows what was not checked.
fn unread(facts: &HostFacts, out: &mut Vec<Finding>) {
    let all: [(&str, Area, FactState); 9] = [
        (
            "Remote Desktop settings",
            Area::HostSetting,
            state(&facts.settings),
        ),
        (
            "Group Policy settings",
            Area::HostSetting,
            state(&facts.policy),
        ),
        (
            "the Remote Desktop service",
            Area::HostService,
            state(&facts.service),
        ),
        (
            "the firewall rules",
            Area::HostFirewall,
            state(&facts.firewall),
        ),
        (
            "the certificates",
            Area::HostCertificate,
            state(&facts.certificates),
        ),
        (
            "the MachineKeys folder",
            Area::HostCertificate,
            state(&facts.machine_keys),
        ),
        ("the sleep settings", Area::HostPower, state(&facts.power)),
        ("the sessions", Area::HostSessions, state(&facts.sessions)),
        ("the port", Area::HostService, state(&facts.listening)),
    ];
    let admin: Vec<_> = all
        .iter()
        .filter(|(_, _, s)| matches!(s, FactState::NeedsAdmin(_)))
        .collect();
    if !admin.is_empty() {
        let names: Vec<String> = admin.iter().map(|(n, _, _)| n.to_string()).collect();
        let mut f = finding(
            ids::HOST_NEEDS_ADMIN,
            admin.first().map_or(Area::HostSetting, |(_, a, _)| *a),
            Severity::Warn,
            Audience::It,
            "Run RDP Doctor as administrator to check everything".into(),
            format!(
                "Windows did not let RDP Doctor read {} without administrator rights. Right-click \
                 RDP Doctor, choose \"Run as administrator\" and check again.",
                words::list(&names)
            ),
        );
        for (name, _, s) in &admin {
            if let FactState::NeedsAdmin(source) = s {
                f = f.ev(name, source.clone());
            }
        }
        out.push(f);
    }
    let failed: Vec<_> = all
        .iter()
        .filter(|(_, _, s)| matches!(s, FactState::Failed(..)))
        .collect();
    if !failed.is_empty() {
        let names: Vec<String> = failed.iter().map(|(n, _, _)| n.to_string()).collect();
        let mut f = finding(
            ids::HOST_UNREADABLE,
            failed.first().map_or(Area::HostSetting, |(_, a, _)| *a),
            Severity::Info,
            Audience::It,
            format!("Could not check {}", words::list(&names)),
            "The commands below did not give an answer RDP Doctor understands, so these parts \
             were not checked."
                .into(),
        );
        for (name, _, s) in &failed {
            if let FactState::Failed(source, reason) = s {
                f = f.ev(name, format!("{source}: {reason}"));
            }
        }
        out.push(f);
    }
}

enum FactState {
    Read,
    NeedsAdmin(String),
    Failed(String, String),
}

fn state<T>(fact: &Fact<T>) -> FactState {
    match fact {
        Fact::Read { .. } => FactState::Read,
        Fact::NeedsAdmin { source } => FactState::NeedsAdmin(source.clone()),
        Fact::Unavailable { source, reason } => FactState::Failed(source.clone(), reason.clone()),
    }
}

fn ran(facts: &HostFacts, area: Area) -> bool {
    if facts.platform != "windows" {
        return false;
    }
    match area {
        Area::HostSetting => facts.settings.value().is_some(),
        Area::HostService => facts.service.value().is_some() || facts.listening.value().is_some(),
        Area::HostFirewall => facts.firewall.value().is_some(),
        Area::HostCertificate => {
            facts.certificates.value().is_some() || facts.machine_keys.value().is_some()
        }
        Area::HostPower => facts.power.value().is_some(),
        Area::HostSessions => facts.sessions.value().is_some(),
        _ => false,
    }
}

/// The host-mode rows: each area's worst finding, or why it was not checked.
pub fn host_checks(facts: &HostFacts, findings: &[Finding]) -> Vec<CheckResult> {
    Area::HOST
        .iter()
        .map(|&area| {
            let in_area: Vec<&Finding> = findings.iter().filter(|f| f.area == area).collect();
            if !ran(facts, area) {
                let summary = if facts.platform != "windows" {
                    "Not checked: this is not a Windows PC".to_string()
                } else if in_area.iter().any(|f| f.id == ids::HOST_NEEDS_ADMIN) {
                    "Not checked: needs administrator rights".to_string()
                } else {
                    "Not checked: Windows did not answer".to_string()
                };
                return CheckResult {
                    area,
                    label: area.label().into(),
                    status: Severity::Skipped,
                    summary,
                    duration_ms: None,
                };
            }
            let (status, summary) = judged_row(&in_area, None);
            CheckResult {
                area,
                label: area.label().into(),
                status,
                summary,
                duration_ms: None,
            }
        })
        .collect()
}

/// The fix catalog speaks from the client's side ("on the remote PC"); in host mode that PC is
/// this one.
fn as_this_pc(fix: &mut rdp_doctor_model::Fix) {
    fix.place = rdp_doctor_model::Place::ThisComputer;
    for text in [&mut fix.title, &mut fix.steps] {
        *text = text
            .replace("the remote PC's", "this PC's")
            .replace("The remote PC's", "This PC's")
            .replace("the remote PC", "this PC")
            .replace("The remote PC", "This PC");
    }
    if let Some(risk) = &mut fix.risk {
        *risk = risk.replace("the remote PC", "this PC");
    }
}

/// The report of host mode, in the same model as a connection check.
pub fn host_report(facts: HostFacts, times: ReportTimes) -> Report {
    let (started_at, finished_at, duration_ms) = times.fields();
    let mut findings = diagnose_host(&facts);
    for fix in findings.iter_mut().flat_map(|f| f.fixes.iter_mut()) {
        as_this_pc(fix);
    }
    let checks = host_checks(&facts, &findings);
    let summary = if facts.platform != "windows" {
        "Host mode checks a Windows PC that others connect to; this computer is not one."
            .to_string()
    } else if findings.iter().all(|f| f.severity < Severity::Warn) {
        "Everything we checked works: this PC accepts Remote Desktop connections.".to_string()
    } else {
        summary(&findings)
    };
    Report {
        schema_version: SCHEMA_VERSION,
        tool: tool(),
        kind: ReportKind::Host,
        input: "This PC as a Remote Desktop host".into(),
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
