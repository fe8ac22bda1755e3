//! Host mode and this computer's setup as tables: facts in, finding ids and fixes out.

use rdp_doctor_diagnose::{diagnose_host, host_report};
use rdp_doctor_model::{
    AccessEntry, Fact, FirewallRule, HostFacts, MachineKeys, PowerTimeouts, RdpSettings,
    ReportKind, SecurityLayer, ServiceState, ServiceStatus, Session, SessionState, Severity,
    StartType, StoreCertificate,
};

const NOW: i64 = 1_795_300_000; // 2026-11-21
const DAY: i64 = 86_400;

fn read<T>(value: T) -> Fact<T> {
    Fact::Read {
        value,
        source: "recorded".into(),
    }
}

fn rule(name: &str, group: &str, enabled: bool) -> FirewallRule {
    FirewallRule {
        name: name.into(),
        display_name: name.into(),
        group: group.into(),
        enabled,
        inbound: true,
        allow: true,
        profiles: vec!["domain".into(), "private".into(), "public".into()],
    }
}

fn cert(thumb: char, not_after: i64) -> StoreCertificate {
    StoreCertificate {
        thumbprint: std::iter::repeat_n(thumb, 40).collect(),
        subject: "CN=PC01.corp.example".into(),
        not_before: "2025-01-01T00:00:00Z".into(),
        not_after: "2026-01-01T00:00:00Z".into(),
        not_after_unix: not_after,
    }
}

fn session(id: u32, user: Option<&str>, state: SessionState) -> Session {
    Session {
        name: None,
        user: user.map(str::to_string),
        id,
        state,
    }
}

/// A Windows PC where everything is as it should be.
fn healthy() -> HostFacts {
    HostFacts {
        platform: "windows".into(),
        settings: read(RdpSettings {
            deny_connections: Some(0),
            user_authentication: Some(1),
            security_layer: Some(SecurityLayer::Tls),
            port: Some(3389),
            certificate_thumbprint: None,
            max_sessions: None,
        }),
        policy: read(RdpSettings::default()),
        service: read(ServiceStatus {
            state: ServiceState::Running,
            start_type: Some(StartType::Manual),
        }),
        firewall: read(vec![
            rule(
                "RemoteDesktop-UserMode-In-TCP",
                "@FirewallAPI.dll,-28752",
                true,
            ),
            rule(
                "RemoteDesktop-UserMode-In-UDP",
                "@FirewallAPI.dll,-28752",
                true,
            ),
        ]),
        certificates: read(vec![cert('A', NOW + 90 * DAY)]),
        machine_keys: read(MachineKeys {
            exists: true,
            sddl: Some("O:SYG:SYD:P(A;;0x12019f;;;WD)(A;;FA;;;BA)".into()),
            access: vec![
                AccessEntry {
                    sid: "WD".into(),
                    allow: true,
                    mask: 0x0012_019F,
                },
                AccessEntry {
                    sid: "BA".into(),
                    allow: true,
                    mask: 0x001F_01FF,
                },
            ],
            file_count: Some(12),
        }),
        power: read(PowerTimeouts {
            sleep_ac_seconds: Some(0),
            hibernate_ac_seconds: Some(0),
        }),
        sessions: read(vec![
            session(0, None, SessionState::Disconnected),
            session(1, Some("anna"), SessionState::Active),
            session(65536, None, SessionState::Listen),
        ]),
        listening: read(true),
        read_at_unix: NOW,
    }
}

fn ids(facts: &HostFacts) -> Vec<(String, Severity)> {
    let findings = diagnose_host(facts);
    // IT's config hides fixes by these ids: each fix offered must be in the catalog's list.
    for fix in findings.iter().flat_map(|f| f.fixes.iter()) {
        assert!(
            rdp_doctor_diagnose::fixes::ALL_IDS.contains(&fix.id.as_str()),
            "{} is missing from fixes::ALL_IDS",
            fix.id
        );
    }
    findings.into_iter().map(|f| (f.id, f.severity)).collect()
}

fn has(facts: &HostFacts, id: &str, severity: Severity) -> bool {
    ids(facts).iter().any(|(i, s)| i == id && *s == severity)
}

#[test]
fn a_healthy_host_has_no_warning() {
    let f = healthy();
    let found = ids(&f);
    assert!(found.iter().all(|(_, s)| *s < Severity::Warn), "{found:?}");
    let report = host_report(
        f,
        rdp_doctor_diagnose::ReportTimes {
            started: time::OffsetDateTime::UNIX_EPOCH,
            finished: time::OffsetDateTime::UNIX_EPOCH,
        },
    );
    assert_eq!(report.kind, ReportKind::Host);
    assert_eq!(report.verdict, Severity::Ok);
    assert_eq!(report.checks.len(), 6);
    assert!(
        report.checks.iter().all(|c| c.status == Severity::Ok),
        "{:?}",
        report.checks
    );
}

#[test]
fn each_broken_fact_gives_its_finding_and_fix() {
    type Case = (
        &'static str,
        fn(&mut HostFacts),
        &'static str,
        Severity,
        Option<&'static str>,
    );
    let cases: Vec<Case> = vec![
        (
            "rdp off",
            |f| {
                if let Fact::Read { value, .. } = &mut f.settings {
                    value.deny_connections = Some(1);
                }
            },
            "host.rdp_disabled",
            Severity::Fail,
            Some("fix.enable_remote_desktop"),
        ),
        (
            "rdp off by policy",
            |f| {
                f.policy = read(RdpSettings {
                    deny_connections: Some(1),
                    ..RdpSettings::default()
                })
            },
            "host.rdp_disabled",
            Severity::Fail,
            Some("fix.enable_remote_desktop"),
        ),
        (
            "service stopped",
            |f| {
                f.service = read(ServiceStatus {
                    state: ServiceState::Stopped,
                    start_type: Some(StartType::Disabled),
                })
            },
            "host.service_stopped",
            Severity::Fail,
            Some("fix.start_rdp_service"),
        ),
        (
            "not listening",
            |f| f.listening = read(false),
            "host.not_listening",
            Severity::Fail,
            None,
        ),
        (
            "firewall closed",
            |f| {
                f.firewall = read(vec![rule(
                    "RemoteDesktop-UserMode-In-TCP",
                    "@FirewallAPI.dll,-28752",
                    false,
                )])
            },
            "host.firewall_closed",
            Severity::Fail,
            Some("fix.firewall_rule"),
        ),
        (
            "only certificate expired",
            |f| f.certificates = read(vec![cert('B', NOW - DAY)]),
            "host.cert_expired",
            Severity::Fail,
            Some("fix.renew_certificate"),
        ),
        (
            "bound certificate expired",
            |f| {
                f.certificates = read(vec![cert('B', NOW - DAY), cert('A', NOW + DAY)]);
                if let Fact::Read { value, .. } = &mut f.settings {
                    value.certificate_thumbprint = Some("B".repeat(40));
                }
            },
            "host.cert_expired",
            Severity::Fail,
            Some("fix.unbind_certificate"),
        ),
        (
            "expired beside a valid one",
            |f| f.certificates = read(vec![cert('B', NOW - DAY), cert('A', NOW + DAY)]),
            "host.cert_expired",
            Severity::Info,
            Some("fix.renew_certificate"),
        ),
        (
            "machinekeys missing",
            |f| {
                f.machine_keys = read(MachineKeys {
                    exists: false,
                    sddl: None,
                    access: vec![],
                    file_count: None,
                })
            },
            "host.machinekeys",
            Severity::Warn,
            Some("fix.rebuild_machinekeys"),
        ),
        (
            "machinekeys without administrators",
            |f| {
                if let Fact::Read { value, .. } = &mut f.machine_keys {
                    value.access.retain(|a| a.sid != "BA");
                }
            },
            "host.machinekeys",
            Severity::Warn,
            Some("fix.rebuild_machinekeys"),
        ),
        (
            "sleeps after 30 minutes",
            |f| {
                f.power = read(PowerTimeouts {
                    sleep_ac_seconds: Some(1800),
                    hibernate_ac_seconds: Some(0),
                })
            },
            "host.sleep_enabled",
            Severity::Warn,
            Some("fix.disable_sleep"),
        ),
        (
            "disconnected sessions pile up",
            |f| {
                f.sessions = read(vec![
                    session(2, Some("anna"), SessionState::Disconnected),
                    session(3, Some("ben"), SessionState::Disconnected),
                    session(4, Some("carl"), SessionState::Active),
                ])
            },
            "host.sessions",
            Severity::Warn,
            Some("fix.reset_sessions"),
        ),
        (
            "nla off",
            |f| {
                if let Fact::Read { value, .. } = &mut f.settings {
                    value.user_authentication = Some(0);
                }
            },
            "host.nla",
            Severity::Warn,
            None,
        ),
        (
            "rdp security only",
            |f| {
                if let Fact::Read { value, .. } = &mut f.settings {
                    value.security_layer = Some(SecurityLayer::Rdp);
                }
            },
            "host.security_layer",
            Severity::Warn,
            Some("fix.security_layer"),
        ),
        (
            "odd port",
            |f| {
                if let Fact::Read { value, .. } = &mut f.settings {
                    value.port = Some(3390);
                }
            },
            "host.port",
            Severity::Info,
            None,
        ),
        (
            "firewall needs admin",
            |f| {
                f.firewall = Fact::NeedsAdmin {
                    source: "Get-NetFirewallRule".into(),
                }
            },
            "host.needs_admin",
            Severity::Warn,
            None,
        ),
        (
            "garbled sessions",
            |f| {
                f.sessions = Fact::Unavailable {
                    source: "qwinsta".into(),
                    reason: "no session lines".into(),
                }
            },
            "host.unreadable",
            Severity::Info,
            None,
        ),
    ];
    for (name, change, id, severity, fix) in cases {
        let mut f = healthy();
        change(&mut f);
        let findings = diagnose_host(&f);
        let found = findings
            .iter()
            .find(|x| x.id == id && x.severity == severity)
            .unwrap_or_else(|| panic!("{name}: no {id} {severity:?} in {:?}", ids(&f)));
        if let Some(fix) = fix {
            assert!(
                found.fixes.iter().any(|x| x.id == fix),
                "{name}: {id} lacks {fix}"
            );
        }
        if id == "host.port" {
            assert!(found.title.contains("3390"), "{name}: {}", found.title);
        } else {
            assert!(
                !has(&healthy(), id, severity),
                "{name}: {id} also on a healthy PC"
            );
        }
    }
}

#[test]
fn a_closed_port_with_the_service_unread_does_not_guess_why() {
    let mut f = healthy();
    f.listening = read(false);
    let known = diagnose_host(&f);
    let detail = |findings: &[rdp_doctor_model::Finding]| {
        findings
            .iter()
            .find(|x| x.id == "host.not_listening")
            .map(|x| x.detail.clone())
            .expect("host.not_listening")
    };
    assert!(
        detail(&known).contains("may be starting"),
        "{}",
        detail(&known)
    );
    f.service = Fact::Unavailable {
        source: "sc.exe queryex TermService".into(),
        reason: "it failed without saying why".into(),
    };
    let unread = diagnose_host(&f);
    assert!(
        detail(&unread).contains("cannot tell why"),
        "{}",
        detail(&unread)
    );
}

#[test]
fn facts_that_could_not_be_read_skip_their_row() {
    let mut f = healthy();
    f.firewall = Fact::NeedsAdmin {
        source: "Get-NetFirewallRule".into(),
    };
    let report = host_report(
        f,
        rdp_doctor_diagnose::ReportTimes {
            started: time::OffsetDateTime::UNIX_EPOCH,
            finished: time::OffsetDateTime::UNIX_EPOCH,
        },
    );
    let row = report
        .checks
        .iter()
        .find(|c| c.area == rdp_doctor_model::Area::HostFirewall)
        .expect("firewall row");
    assert_eq!(row.status, Severity::Skipped);
    assert!(row.summary.contains("administrator"), "{}", row.summary);
    assert_eq!(report.verdict, Severity::Warn);
}

#[test]
fn a_host_that_is_not_windows_says_so() {
    let mut f = healthy();
    f.platform = "linux".into();
    let found = ids(&f);
    assert_eq!(
        found,
        vec![("host.not_windows".to_string(), Severity::Info)]
    );
}
