//! Host mode's rules: judging this machine as a Remote Desktop host from the facts read on it.

mod listener;
mod machine;

use listener::{firewall, service, settings};
use machine::{certificates, machine_keys, power, sessions, unread};
use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{Area, Audience, Fact, Finding, HostFacts, Place, RdpSettings, Severity};
use serde_json::Value;

use crate::finding::{FindingExt, finding};
use crate::t;

/// The Remote Desktop listener's settings as Windows applies them: a Group Policy value wins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Effective {
    settings: RdpSettings,
    /// Names of the values a policy sets, for telling IT to change the policy instead.
    by_policy: Vec<&'static str>,
}

pub(super) fn effective(facts: &HostFacts) -> Option<Effective> {
    let base = facts.settings.value()?;
    let policy = facts.policy.value().cloned().unwrap_or_default();
    let mut by_policy = Vec::new();
    let settings = RdpSettings {
        deny_connections: pick_policy(
            &mut by_policy,
            "fDenyTSConnections",
            policy.deny_connections,
            base.deny_connections,
        ),
        user_authentication: pick_policy(
            &mut by_policy,
            "UserAuthentication",
            policy.user_authentication,
            base.user_authentication,
        ),
        security_layer: pick_policy(
            &mut by_policy,
            "SecurityLayer",
            policy.security_layer,
            base.security_layer,
        ),
        port: base.port,
        certificate_thumbprint: base.certificate_thumbprint.clone(),
        max_sessions: pick_policy(
            &mut by_policy,
            "MaxInstanceCount",
            policy.max_sessions,
            base.max_sessions,
        ),
    };
    Some(Effective {
        settings,
        by_policy,
    })
}

/// The policy's value when it sets one (noted in `by_policy`), else the listener's.
fn pick_policy<T>(
    by_policy: &mut Vec<&'static str>,
    name: &'static str,
    policy: Option<T>,
    base: Option<T>,
) -> Option<T> {
    match policy {
        Some(v) => {
            by_policy.push(name);
            Some(v)
        }
        None => base,
    }
}

pub(super) fn port(facts: &HostFacts) -> u16 {
    facts
        .settings
        .value()
        .and_then(|s| s.port)
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p != 0)
        .unwrap_or(3389)
}

/// The findings about this machine as a host, their fixes worded as seen from another computer
/// ("the remote PC"); host mode's report words them for this PC (`diagnose_host_on`).
pub fn diagnose_host(facts: &HostFacts) -> Vec<Finding> {
    diagnose_host_on(facts, Place::RemoteComputer)
}

/// The findings about this machine as a host, their fixes worded for the PC at `place`.
pub(crate) fn diagnose_host_on(facts: &HostFacts, place: Place) -> Vec<Finding> {
    crate::finding::with_neutral_evidence(|| worded(facts, place))
}

fn worded(facts: &HostFacts, place: Place) -> Vec<Finding> {
    let mut out = Vec::new();
    if facts.platform != "windows" {
        out.push(not_windows(facts));
        return out;
    }
    let eff = effective(facts);
    let port = port(facts);
    settings(eff.as_ref(), port, place, &mut out);
    service(facts, port, place, &mut out);
    firewall(facts, port, place, &mut out);
    certificates(facts, place, &mut out);
    machine_keys(facts, place, &mut out);
    power(facts, place, &mut out);
    sessions(facts, eff.as_ref(), place, &mut out);
    unread(facts, &mut out);
    out.sort_by_key(|f| (std::cmp::Reverse(f.severity), f.area));
    out
}

pub(super) fn not_windows(facts: &HostFacts) -> Finding {
    // The system's name, not a word: the same in every language.
    let os = match facts.platform.as_str() {
        "macos" => "macOS",
        _ => "Linux",
    };
    let detail = match facts.listening.value() {
        Some(true) => t!("host-not_windows.detail-listening", os = os),
        Some(false) => t!("host-not_windows.detail-not_listening", os = os),
        None => t!("host-not_windows.detail", os = os),
    };
    finding(
        ids::HOST_NOT_WINDOWS,
        Area::HostSetting,
        Severity::Info,
        Audience::It,
        t!("host-not_windows.title"),
        detail,
    )
    .ev(
        "listening",
        facts
            .listening
            .value()
            .copied()
            .map_or(Value::Null, Value::from),
    )
}

pub(super) enum FactState {
    Read,
    NeedsAdmin(String),
    Failed(String, String),
}

pub(super) fn state<T>(fact: &Fact<T>) -> FactState {
    match fact {
        Fact::Read { .. } => FactState::Read,
        Fact::NeedsAdmin { source } => FactState::NeedsAdmin(source.clone()),
        Fact::Unavailable { source, reason } => FactState::Failed(source.clone(), reason.clone()),
    }
}

pub(crate) fn ran(facts: &HostFacts, area: Area) -> bool {
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
