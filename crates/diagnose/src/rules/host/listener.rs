//! Host mode: is the listener on, reachable through the firewall, and its service running.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, Audience, Finding, HostFacts, Place, SecurityLayer, ServiceState, Severity, StartType,
};
use serde_json::Value;

use super::Effective;
use crate::finding::{FindingExt, finding};
use crate::fixes;
use crate::{t, words};

pub(super) fn settings(eff: Option<&Effective>, port: u16, place: Place, out: &mut Vec<Finding>) {
    let Some(eff) = eff else { return };
    let s = &eff.settings;
    let policy = |name: &str| eff.by_policy.contains(&name);
    if s.deny_connections == Some(1) {
        let detail = if policy("fDenyTSConnections") {
            t!("host-rdp_disabled.detail-policy")
        } else {
            t!("host-rdp_disabled.detail")
        };
        out.push(
            finding(
                ids::HOST_RDP_DISABLED,
                Area::HostSetting,
                Severity::Fail,
                Audience::It,
                t!("host-rdp_disabled.title"),
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
            t!("host-nla.title")
        } else {
            t!("host-nla-off.title")
        },
        if nla {
            t!("host-nla.detail")
        } else {
            t!("host-nla-off.detail")
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
    // Not set is TLS, Windows' default.
    let layer = s.security_layer.unwrap_or(SecurityLayer::Tls);
    let (title, detail) = match layer {
        SecurityLayer::Rdp => (
            t!("host-security_layer-rdp.title"),
            t!("host-security_layer-rdp.detail"),
        ),
        SecurityLayer::Negotiate => (
            t!("host-security_layer-negotiate.title"),
            t!("host-security_layer-negotiate.detail"),
        ),
        _ => (
            t!("host-security_layer.title"),
            t!("host-security_layer.detail"),
        ),
    };
    let mut f = finding(
        ids::HOST_SECURITY_LAYER,
        Area::HostSetting,
        if layer == SecurityLayer::Rdp {
            Severity::Warn
        } else {
            Severity::Info
        },
        Audience::It,
        title,
        detail,
    )
    .ev("SecurityLayer", layer)
    .ev("set_by_policy", policy("SecurityLayer"));
    if layer == SecurityLayer::Rdp {
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
                t!("host-port.title")
            } else {
                t!("host-port-other.title", port = port)
            },
            if port == 3389 {
                t!("host-port.detail")
            } else {
                t!("host-port-other.detail", port = port)
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
                        t!("host-service_stopped-disabled.title")
                    } else {
                        t!("host-service_stopped.title")
                    },
                    t!("host-service_stopped.detail"),
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
            t!("host-not_listening.detail")
        } else {
            t!("host-not_listening.detail-service_unknown")
        };
        out.push(
            finding(
                ids::HOST_NOT_LISTENING,
                Area::HostService,
                Severity::Fail,
                Audience::It,
                t!("host-not_listening.title", port = port),
                why,
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
                t!("host-firewall_closed.title"),
                if tcp.is_empty() {
                    t!("host-firewall_closed.detail-no_rules")
                } else {
                    t!("host-firewall_closed.detail")
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
                t!("host-firewall_open.title")
            } else {
                // Windows' own profile names, worded by the catalogue; the evidence keeps them.
                let kinds: Vec<String> = profiles
                    .iter()
                    .map(|p| t!("host-firewall_profile", profile = p))
                    .collect();
                t!(
                    "host-firewall_open-some.title",
                    profiles = words::list(&kinds)
                )
            },
            if all {
                t!("host-firewall_open.detail")
            } else {
                t!("host-firewall_open-some.detail")
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
