//! Host mode: the PC's certificates, its key store, power, sessions, and what could not be read.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{Area, Audience, Finding, HostFacts, Place, SessionState, Severity};
use serde_json::Value;

use super::{Effective, FactState, state};
use crate::finding::{FindingExt, finding};
use crate::fixes;
use crate::shell::{SessionId, Thumbprint};
use crate::{t, words};

pub(super) fn certificates(facts: &HostFacts, place: Place, out: &mut Vec<Finding>) {
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
            Some(c) => t!("host-cert_ok.title", date = words::date(c.not_after_unix)),
            None => t!("host-cert_ok-none.title"),
        };
        out.push(
            finding(
                ids::HOST_CERT_OK,
                Area::HostCertificate,
                Severity::Ok,
                Audience::It,
                title,
                t!("host-cert_ok.detail"),
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
        t!("host-cert_expired.title", date = words::date(newest)),
        if harmful {
            t!("host-cert_expired.detail")
        } else {
            t!("host-cert_expired.detail-harmless")
        },
    )
    .ev("certificates", cert_list(certs))
    .ev(
        "bound_thumbprint",
        bound.as_ref().map_or(Value::Null, |b| b.to_string().into()),
    )
    .fix(fixes::renew_certificate_on(place));
    if let (Some(b), Some(_)) = (&bound, bound_expired) {
        f = f.fix(fixes::unbind_certificate_on(place, b));
    }
    out.push(f);
}

pub(super) fn cert_list(certs: &[rdp_doctor_model::StoreCertificate]) -> Value {
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

pub(super) const FULL_CONTROL: u32 = 0x001F_01FF;

pub(super) fn machine_keys(facts: &HostFacts, place: Place, out: &mut Vec<Finding>) {
    let Some(mk) = facts.machine_keys.value() else {
        return;
    };
    let folder = fixes::MACHINEKEYS;
    let detail = if !mk.exists {
        Some(t!("host-machinekeys.detail-missing", folder = folder))
    } else if mk.sddl.is_some()
        && !mk
            .access
            .iter()
            .any(|a| a.allow && a.sid == "BA" && a.mask & FULL_CONTROL == FULL_CONTROL)
    {
        Some(t!("host-machinekeys.detail-admins", folder = folder))
    } else if mk.sddl.is_some() && !mk.access.iter().any(|a| a.allow && a.sid == "WD") {
        Some(t!("host-machinekeys.detail-everyone", folder = folder))
    } else if mk
        .access
        .iter()
        .any(|a| !a.allow && matches!(a.sid.as_str(), "WD" | "SY" | "BA" | "NS"))
    {
        Some(t!("host-machinekeys.detail-deny", folder = folder))
    } else {
        None
    };
    let Some(detail) = detail else { return };
    out.push(
        finding(
            ids::HOST_MACHINEKEYS,
            Area::HostCertificate,
            Severity::Warn,
            Audience::It,
            t!("host-machinekeys.title"),
            detail,
        )
        .ev("exists", mk.exists)
        .ev("sddl", mk.sddl.clone().map_or(Value::Null, Value::from))
        .ev("file_count", mk.file_count.map_or(Value::Null, Value::from))
        .fix(fixes::rebuild_machinekeys_on(place)),
    );
}

pub(super) fn power(facts: &HostFacts, place: Place, out: &mut Vec<Finding>) {
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
                t!("host-sleep_disabled.title"),
                t!("host-sleep_disabled.detail"),
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
            t!(
                "host-sleep_enabled.title",
                span = words::span(i64::from(first))
            ),
            t!("host-sleep_enabled.detail"),
        )
        .ev(
            "sleep_ac_seconds",
            p.sleep_ac_seconds.map_or(Value::Null, Value::from),
        )
        .ev(
            "hibernate_ac_seconds",
            p.hibernate_ac_seconds.map_or(Value::Null, Value::from),
        )
        .fix(fixes::disable_sleep_on(place)),
    );
}

pub(super) fn sessions(
    facts: &HostFacts,
    eff: Option<&Effective>,
    place: Place,
    out: &mut Vec<Finding>,
) {
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
                    t!(
                        "host-sessions-full.title",
                        open = user_sessions.len(),
                        limit = limit.unwrap_or_default()
                    )
                } else {
                    t!("host-sessions.title", n = disconnected.len())
                },
                t!("host-sessions.detail"),
            ))
            .fix(fixes::reset_sessions_on(place, &disconnected)),
        );
    } else {
        out.push(ev(finding(
            ids::HOST_SESSIONS_OK,
            Area::HostSessions,
            Severity::Ok,
            Audience::It,
            t!("host-sessions_ok.title", n = active),
            t!("host-sessions_ok.detail"),
        )));
    }
}

/// Facts we could not read: one finding for those that need administrator rights, one for the
/// rest, so IT knows what was not checked.
pub(super) fn unread(facts: &HostFacts, out: &mut Vec<Finding>) {
    // Each fact's evidence key (data, the same in every language), its name in the text, its row.
    let all: [(&str, String, Area, FactState); 9] = [
        (
            "Remote Desktop settings",
            t!("host-fact.settings"),
            Area::HostSetting,
            state(&facts.settings),
        ),
        (
            "Group Policy settings",
            t!("host-fact.policy"),
            Area::HostSetting,
            state(&facts.policy),
        ),
        (
            "the Remote Desktop service",
            t!("host-fact.service"),
            Area::HostService,
            state(&facts.service),
        ),
        (
            "the firewall rules",
            t!("host-fact.firewall"),
            Area::HostFirewall,
            state(&facts.firewall),
        ),
        (
            "the certificates",
            t!("host-fact.certificates"),
            Area::HostCertificate,
            state(&facts.certificates),
        ),
        (
            "the MachineKeys folder",
            t!("host-fact.machine_keys"),
            Area::HostCertificate,
            state(&facts.machine_keys),
        ),
        (
            "the sleep settings",
            t!("host-fact.power"),
            Area::HostPower,
            state(&facts.power),
        ),
        (
            "the sessions",
            t!("host-fact.sessions"),
            Area::HostSessions,
            state(&facts.sessions),
        ),
        (
            "the port",
            t!("host-fact.listening"),
            Area::HostService,
            state(&facts.listening),
        ),
    ];
    let admin: Vec<_> = all
        .iter()
        .filter(|(_, _, _, s)| matches!(s, FactState::NeedsAdmin(_)))
        .collect();
    if !admin.is_empty() {
        let names: Vec<String> = admin.iter().map(|(_, n, _, _)| n.clone()).collect();
        let mut f = finding(
            ids::HOST_NEEDS_ADMIN,
            admin.first().map_or(Area::HostSetting, |(_, _, a, _)| *a),
            Severity::Warn,
            Audience::It,
            t!("host-needs_admin.title"),
            t!("host-needs_admin.detail", facts = words::list(&names)),
        );
        for (key, _, _, s) in &admin {
            if let FactState::NeedsAdmin(source) = s {
                f = f.ev(key, source.clone());
            }
        }
        out.push(f);
    }
    let failed: Vec<_> = all
        .iter()
        .filter(|(_, _, _, s)| matches!(s, FactState::Failed(..)))
        .collect();
    if !failed.is_empty() {
        let names: Vec<String> = failed.iter().map(|(_, n, _, _)| n.clone()).collect();
        let mut f = finding(
            ids::HOST_UNREADABLE,
            failed.first().map_or(Area::HostSetting, |(_, _, a, _)| *a),
            Severity::Info,
            Audience::It,
            t!("host-unreadable.title", facts = words::list(&names)),
            t!("host-unreadable.detail"),
        );
        for (key, _, _, s) in &failed {
            if let FactState::Failed(source, reason) = s {
                f = f.ev(key, format!("{source}: {reason}"));
            }
        }
        out.push(f);
    }
}
