//! Host mode: the PC's certificates, its key store, power, sessions, and what could not be read.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{Area, Audience, Finding, HostFacts, Place, SessionState, Severity};
use serde_json::Value;

use super::{Effective, FactState, state};
use crate::finding::{FindingExt, finding};
use crate::fixes;
use crate::shell::{SessionId, Thumbprint};
use crate::words;

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
            .fix(fixes::reset_sessions_on(place, &disconnected)),
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
pub(super) fn unread(facts: &HostFacts, out: &mut Vec<Finding>) {
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
