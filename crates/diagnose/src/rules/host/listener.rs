//! Host mode: is the listener on, reachable through the firewall, and its service running.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, Audience, Finding, HostFacts, Place, ServiceState, Severity, StartType,
};
use serde_json::Value;

use super::{Effective, POLICY_NOTE};
use crate::finding::{FindingExt, finding};
use crate::fixes;
use crate::words;

pub(super) fn settings(eff: Option<&Effective>, port: u16, place: Place, out: &mut Vec<Finding>) {
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
            .fix(fixes::enable_remote_desktop_on(place, port)),
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
        f = f.fix(fixes::security_layer_on(place));
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

pub(super) fn service(facts: &HostFacts, port: u16, place: Place, out: &mut Vec<Finding>) {
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
                .fix(fixes::start_rdp_service_on(place, disabled)),
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

pub(super) fn firewall(facts: &HostFacts, port: u16, place: Place, out: &mut Vec<Finding>) {
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
            .fix(fixes::firewall_rule_on(place, port)),
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
