//! Rules as tables: evidence in, finding ids out.

use std::net::SocketAddr;

use rdp_doctor_diagnose::{Context, ReportTimes, assemble_report, diagnose};
use rdp_doctor_model::*;

const NOW: i64 = 1_774_051_200; // 21 March 2026

fn addr() -> SocketAddr {
    SocketAddr::from(([10, 0, 0, 5], 3389))
}

fn dns_ip() -> Option<DnsEvidence> {
    Some(DnsEvidence {
        name: "10.0.0.5".into(),
        outcome: DnsOutcome::IpLiteral {
            address: addr().ip(),
        },
        elapsed_ms: 0,
    })
}

fn tcp(outcome: TcpOutcome) -> TcpEvidence {
    TcpEvidence {
        address: addr(),
        outcome,
        elapsed_ms: 3,
    }
}

fn attempt(requested: u32, outcome: NegotiationOutcome) -> NegotiationAttempt {
    let testing = match requested {
        0 => "rdp",
        1 => "tls",
        3 => "credssp",
        0x0B => "credssp_ex",
        _ => "rdstls",
    };
    let outcome_answered = outcome.is_answer();
    NegotiationAttempt {
        requested: requested.into(),
        testing: testing.into(),
        outcome,
        elapsed_ms: 2,
        connect_ms: Some(1),
        reply_ms: outcome_answered.then_some(1),
        alone: requested == 0x0B,
        recheck: None,
    }
}

fn selected(p: u32) -> NegotiationOutcome {
    NegotiationOutcome::Selected {
        protocol: p.into(),
        protocol_name: String::new(),
        flags: NegotiationFlags(0),
        flag_names: vec![],
    }
}

fn refused(code: u32) -> NegotiationOutcome {
    NegotiationOutcome::Refused {
        code: code.into(),
        code_name: None,
    }
}

/// The five attempts' outcomes in order 0x00, 0x01, 0x03, 0x0B, 0x04.
fn neg(outcomes: [NegotiationOutcome; 5]) -> Option<NegotiationEvidence> {
    let attempts = [0x00, 0x01, 0x03, 0x0B, 0x04]
        .into_iter()
        .zip(outcomes)
        .map(|(r, o)| attempt(r, o))
        .collect();
    Some(NegotiationEvidence {
        address: addr(),
        attempts,
    })
}

fn all(o: NegotiationOutcome) -> [NegotiationOutcome; 5] {
    [o.clone(), o.clone(), o.clone(), o.clone(), o]
}

fn tls_ok() -> Option<TlsEvidence> {
    Some(TlsEvidence {
        address: addr(),
        under_protocol: "tls".into(),
        outcome: TlsOutcome::Established {
            version: "TLS 1.3".into(),
            cipher_suite: "X".into(),
        },
        elapsed_ms: 4,
        legacy_probe: None,
    })
}

fn tls_failed(legacy: Option<LegacyTlsProbe>) -> Option<TlsEvidence> {
    Some(TlsEvidence {
        address: addr(),
        under_protocol: "tls".into(),
        outcome: TlsOutcome::Failed {
            message: "alert".into(),
            alert: Some("protocol_version".into()),
        },
        elapsed_ms: 4,
        legacy_probe: legacy,
    })
}

fn cert(
    not_before: i64,
    not_after: i64,
    self_signed: bool,
    matches: bool,
) -> Option<CertificateEvidence> {
    Some(CertificateEvidence {
        subject: "CN=WIN-HOST".into(),
        issuer: "CN=WIN-HOST".into(),
        common_name: Some("WIN-HOST".into()),
        san_dns: vec![],
        san_ip: vec![],
        not_before: String::new(),
        not_after: "2026-03-12T00:00:00Z".into(),
        not_before_unix: not_before,
        not_after_unix: not_after,
        self_signed,
        signature_algorithm: "sha256WithRSAEncryption".into(),
        weak_signature: false,
        public_key_algorithm: "RSA".into(),
        key_bits: Some(2048),
        server_auth_usage: Some(true),
        sha1_thumbprint: "AB".into(),
        sha256_fingerprint: "CD".into(),
        checked_name: "10.0.0.5".into(),
        name_matches: matches,
    })
}

fn nla(outcome: NlaOutcome, version: u32, nb: &str, skew: i64) -> Option<NlaEvidence> {
    Some(NlaEvidence {
        outcome,
        server_version: Some(version.into()),
        identity: Some(NtlmIdentity {
            netbios_computer: Some(nb.into()),
            os_version: Some("10.0.20348".into()),
            clock_skew_seconds: Some(skew),
            ..Default::default()
        }),
        elapsed_ms: 5,
    })
}

fn healthy_tls() -> Evidence {
    Evidence {
        dns: dns_ip(),
        reach: vec![tcp(TcpOutcome::Open)],
        negotiation: neg([
            refused(1),
            selected(1),
            selected(1),
            selected(1),
            refused(1),
        ]),
        tls: tls_ok(),
        certificate: cert(NOW - 86_400 * 100, NOW + 86_400 * 100, true, true),
        ..Default::default()
    }
}

fn nla_server(version: u32, nb: &str, skew: i64) -> Evidence {
    Evidence {
        negotiation: neg([refused(5), refused(5), selected(2), selected(2), refused(5)]),
        nla: nla(NlaOutcome::Challenge, version, nb, skew),
        ..healthy_tls()
    }
}

fn ids(evidence: &Evidence, target: &str, code: Option<&str>) -> Vec<String> {
    let target = Target::parse(target).expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: code.map(|c| ErrorCode::parse(c).expect("code")),
    };
    let findings = diagnose(evidence, &ctx);
    assert_fixes_in_catalog(&findings);
    findings.into_iter().map(|f| f.id).collect()
}

/// IT's config hides fixes by id, checked against `fixes::ALL_IDS`: every fix a rule offers
/// must be listed there.
fn assert_fixes_in_catalog(findings: &[rdp_doctor_model::Finding]) {
    for fix in findings.iter().flat_map(|f| f.fixes.iter()) {
        assert!(
            rdp_doctor_diagnose::fixes::ALL_IDS.contains(&fix.id.as_str()),
            "{} is missing from fixes::ALL_IDS",
            fix.id
        );
    }
}

/// Compares ids as sets; quality.* ids count only in cases that expect one.
fn assert_ids(name: &str, got: &[String], want: &[&str]) {
    let judge_quality = want.iter().any(|w| w.starts_with("quality."));
    let mut g: Vec<&str> = got
        .iter()
        .map(String::as_str)
        .filter(|id| judge_quality || !id.starts_with("quality."))
        .collect();
    let mut w = want.to_vec();
    g.sort_unstable();
    w.sort_unstable();
    assert_eq!(g, w, "case {name}");
}

/// The whole report for `evidence` gathered on `target` at [`NOW`].
fn report_of(target: &str, evidence: Evidence) -> Report {
    let parsed = Target::parse(target).expect("target");
    let ctx = Context {
        target: &parsed,
        now_unix: NOW,
        error_code: None,
    };
    let findings = diagnose(&evidence, &ctx);
    let started = time::OffsetDateTime::from_unix_timestamp(NOW).expect("time");
    let times = ReportTimes {
        started,
        finished: started,
    };
    assemble_report(target, &parsed, None, evidence, findings, times)
}

#[test]
fn table() {
    let cases: Vec<(&str, Evidence, &str, Vec<&str>)> = vec![
        (
            "healthy self-signed TLS without NLA",
            healthy_tls(),
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_not_required",
                "tls.ok",
                "cert.self_signed",
            ],
        ),
        (
            "expired certificate",
            Evidence {
                certificate: cert(NOW - 86_400 * 400, NOW - 86_400 * 9, true, false),
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_not_required",
                "tls.ok",
                "cert.expired",
                "cert.self_signed",
                "cert.name_mismatch",
            ],
        ),
        (
            "certificate from the future",
            Evidence {
                certificate: cert(NOW + 86_400, NOW + 86_400 * 9, false, true),
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_not_required",
                "tls.ok",
                "cert.not_yet_valid",
            ],
        ),
        (
            "certificate expiring in 3 days",
            Evidence {
                certificate: cert(NOW - 86_400, NOW + 86_400 * 3, false, true),
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_not_required",
                "tls.ok",
                "cert.expires_soon",
            ],
        ),
        (
            "NLA required, healthy",
            nla_server(6, "WIN-HOST", 2),
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_required",
                "tls.ok",
                "cert.self_signed",
                "nla.ok",
            ],
        ),
        (
            "NLA, unpatched CredSSP, skewed clock, other name",
            nla_server(3, "OTHER-PC", -3600),
            "win-host.lab.example",
            vec![
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_required",
                "tls.ok",
                "cert.self_signed",
                "nla.ok",
                "nla.credssp_unpatched_server",
                "nla.clock_skew",
                "nla.identity_mismatch",
                "dns.ip_literal",
            ],
        ),
        (
            "NLA exchange broke off",
            Evidence {
                nla: Some(NlaEvidence {
                    outcome: NlaOutcome::Failed {
                        stage: "x".into(),
                        message: "y".into(),
                    },
                    server_version: None,
                    identity: None,
                    elapsed_ms: 1,
                }),
                ..nla_server(6, "A", 0)
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_required",
                "tls.ok",
                "cert.self_signed",
                "nla.failed",
            ],
        ),
        (
            "standard RDP security only",
            Evidence {
                negotiation: neg([selected(0), refused(2), refused(2), refused(2), refused(2)]),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.legacy_security_only",
            ],
        ),
        (
            "pre-negotiation server",
            Evidence {
                negotiation: neg(all(NegotiationOutcome::NoNegotiationData)),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.legacy_security_only",
            ],
        ),
        (
            "TLS 1.0 only",
            Evidence {
                tls: tls_failed(Some(LegacyTlsProbe::ServerHello {
                    version: "TLS 1.0".into(),
                    version_code: TlsVersion::Tls10,
                    cipher_suite: "TLS_RSA_WITH_AES_128_CBC_SHA".into(),
                })),
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_not_required",
                "tls.legacy_only",
            ],
        ),
        (
            "TLS broken otherwise",
            Evidence {
                tls: tls_failed(Some(LegacyTlsProbe::Closed)),
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "rdp.negotiated",
                "rdp.nla_not_required",
                "tls.handshake_failed",
            ],
        ),
        (
            "certificate not on server",
            Evidence {
                negotiation: neg(all(refused(3))),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.open", "rdp.cert_not_on_server"],
        ),
        (
            "closed after request",
            Evidence {
                negotiation: neg(all(NegotiationOutcome::Closed)),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.open", "rdp.denied"],
        ),
        (
            "reset after request",
            Evidence {
                negotiation: neg(all(NegotiationOutcome::Reset)),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.open", "rdp.denied"],
        ),
        (
            "silent listener",
            Evidence {
                negotiation: neg(all(NegotiationOutcome::NoResponse { waited_ms: 3000 })),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.open", "rdp.no_response"],
        ),
        (
            "ssh on the port",
            Evidence {
                negotiation: neg(all(NegotiationOutcome::NotRdp {
                    looks_like: "an SSH server".into(),
                    first_bytes_hex: "5353".into(),
                })),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.open", "rdp.not_rdp"],
        ),
        (
            "unknown failure codes",
            Evidence {
                negotiation: neg(all(refused(0x99))),
                tls: None,
                certificate: None,
                ..healthy_tls()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.open", "rdp.negotiation_failure"],
        ),
        (
            "refused port",
            Evidence {
                dns: dns_ip(),
                reach: vec![tcp(TcpOutcome::Refused)],
                ..Default::default()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.refused"],
        ),
        (
            "dropped port",
            Evidence {
                dns: dns_ip(),
                reach: vec![tcp(TcpOutcome::TimedOut)],
                ..Default::default()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.filtered"],
        ),
        (
            "dropped port on a PC that answers elsewhere",
            Evidence {
                dns: dns_ip(),
                reach: vec![tcp(TcpOutcome::TimedOut)],
                other_ports: vec![
                    TcpEvidence {
                        address: "10.0.0.5:445".parse().expect("addr"),
                        outcome: TcpOutcome::Refused,
                        elapsed_ms: 1,
                    },
                    TcpEvidence {
                        address: "10.0.0.5:22".parse().expect("addr"),
                        outcome: TcpOutcome::TimedOut,
                        elapsed_ms: 3000,
                    },
                ],
                ..Default::default()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.filtered"],
        ),
        (
            "nothing answers at all",
            Evidence {
                dns: dns_ip(),
                reach: vec![tcp(TcpOutcome::TimedOut)],
                other_ports: vec![
                    TcpEvidence {
                        address: "10.0.0.5:445".parse().expect("addr"),
                        outcome: TcpOutcome::TimedOut,
                        elapsed_ms: 3000,
                    },
                    TcpEvidence {
                        address: "10.0.0.5:22".parse().expect("addr"),
                        outcome: TcpOutcome::TimedOut,
                        elapsed_ms: 3000,
                    },
                ],
                ..Default::default()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.host_asleep_or_off"],
        ),
        (
            "no route",
            Evidence {
                dns: dns_ip(),
                reach: vec![tcp(TcpOutcome::Unreachable {
                    message: "no route".into(),
                })],
                ..Default::default()
            },
            "10.0.0.5",
            vec!["dns.ip_literal", "reach.unreachable"],
        ),
        (
            "one of two addresses answers",
            Evidence {
                reach: vec![
                    tcp(TcpOutcome::Open),
                    TcpEvidence {
                        address: "[fd00::5]:3389".parse().expect("addr"),
                        outcome: TcpOutcome::TimedOut,
                        elapsed_ms: 3000,
                    },
                ],
                ..healthy_tls()
            },
            "10.0.0.5",
            vec![
                "dns.ip_literal",
                "reach.open",
                "reach.partial",
                "rdp.negotiated",
                "rdp.nla_not_required",
                "tls.ok",
                "cert.self_signed",
            ],
        ),
        (
            "short name resolving to a private address",
            Evidence {
                dns: Some(DnsEvidence {
                    name: "desktop-42".into(),
                    outcome: DnsOutcome::Resolved {
                        addresses: vec![addr().ip()],
                    },
                    elapsed_ms: 3,
                }),
                ..Default::default()
            },
            "desktop-42",
            vec!["dns.resolved", "dns.short_name", "dns.private_address"],
        ),
        (
            "nxdomain",
            Evidence {
                dns: Some(DnsEvidence {
                    name: "x.example".into(),
                    outcome: DnsOutcome::NotFound,
                    elapsed_ms: 3,
                }),
                ..Default::default()
            },
            "x.example",
            vec!["dns.not_found"],
        ),
        (
            "nodata",
            Evidence {
                dns: Some(DnsEvidence {
                    name: "x.example".into(),
                    outcome: DnsOutcome::NoAddress,
                    elapsed_ms: 3,
                }),
                ..Default::default()
            },
            "x.example",
            vec!["dns.no_address"],
        ),
        (
            "silent dns",
            Evidence {
                dns: Some(DnsEvidence {
                    name: "x.example".into(),
                    outcome: DnsOutcome::Timeout,
                    elapsed_ms: 3000,
                }),
                ..Default::default()
            },
            "x.example",
            vec!["dns.timeout"],
        ),
    ];
    for (name, evidence, target, want) in &cases {
        assert_ids(name, &ids(evidence, target, None), want);
    }
}

fn iface(name: &str, kind: InterfaceKind, ipv4: &[&str]) -> LocalInterface {
    LocalInterface {
        name: name.into(),
        description: None,
        kind,
        up: true,
        ipv4: ipv4.iter().map(|s| s.to_string()).collect(),
        ipv6: vec![],
    }
}

fn net(interfaces: Vec<LocalInterface>, default: bool) -> Option<LocalNetwork> {
    Some(LocalNetwork {
        interfaces,
        default_interface: default.then(|| "eth0".to_string()),
        default_gateway: default.then(|| "192.168.1.1".parse().expect("ip")),
    })
}

fn at(ip: &str, reach: TcpOutcome, network: Option<LocalNetwork>) -> Evidence {
    let address: std::net::IpAddr = ip.parse().expect("ip");
    Evidence {
        network,
        dns: Some(DnsEvidence {
            name: ip.into(),
            outcome: DnsOutcome::IpLiteral { address },
            elapsed_ms: 0,
        }),
        reach: vec![TcpEvidence {
            address: SocketAddr::new(address, 3389),
            outcome: reach,
            elapsed_ms: 3000,
        }],
        ..Default::default()
    }
}

#[test]
fn this_computers_network() {
    let lo = iface("lo", InterfaceKind::Loopback, &["127.0.0.1/8"]);
    let home = iface("eth0", InterfaceKind::Ethernet, &["192.168.1.10/24"]);
    let vpn = iface("tun0", InterfaceKind::Vpn, &["10.8.0.2/24"]);
    let cases: Vec<(&str, Evidence, Vec<&str>)> = vec![
        (
            "home subnet equals the office subnet while the VPN is up",
            at(
                "192.168.1.50",
                TcpOutcome::TimedOut,
                net(vec![lo.clone(), home.clone(), vpn.clone()], true),
            ),
            vec![
                "dns.ip_literal",
                "network.subnet_conflict",
                "reach.filtered",
            ],
        ),
        (
            "private target through the VPN",
            at(
                "10.0.0.5",
                TcpOutcome::Open,
                net(vec![lo.clone(), home.clone(), vpn.clone()], true),
            ),
            vec!["dns.ip_literal", "network.vpn_active", "reach.open"],
        ),
        (
            "private office target without a VPN",
            at(
                "10.0.0.5",
                TcpOutcome::TimedOut,
                net(vec![lo.clone(), home.clone()], true),
            ),
            vec!["dns.ip_literal", "network.vpn_missing", "reach.filtered"],
        ),
        (
            "a PC on the home network, reached",
            at(
                "192.168.1.50",
                TcpOutcome::Open,
                net(vec![lo.clone(), home.clone()], true),
            ),
            vec!["dns.ip_literal", "reach.open"],
        ),
        (
            "no network at all",
            at(
                "10.0.0.5",
                TcpOutcome::Unreachable {
                    message: "network is unreachable".into(),
                },
                net(vec![lo.clone()], false),
            ),
            vec!["dns.ip_literal", "network.offline", "reach.unreachable"],
        ),
        (
            "this computer itself",
            at(
                "127.0.0.1",
                TcpOutcome::TimedOut,
                net(vec![lo.clone()], false),
            ),
            vec!["dns.ip_literal", "reach.filtered"],
        ),
    ];
    for (name, evidence, want) in &cases {
        let target = evidence
            .dns
            .as_ref()
            .map(|d| d.name.clone())
            .unwrap_or_default();
        assert_ids(name, &ids(evidence, &target, None), want);
    }
}

#[test]
fn a_missing_vpn_heads_the_report_of_a_pc_it_keeps_out_of_reach() {
    let home = iface("eth0", InterfaceKind::Ethernet, &["192.168.1.10/24"]);
    let report =
        |ip: &str, reach: TcpOutcome| report_of(ip, at(ip, reach, net(vec![home.clone()], true)));
    let unreachable = TcpOutcome::Unreachable {
        message: "No route to host (os error 113)".into(),
    };
    let office = report("10.0.0.5", unreachable.clone());
    assert_eq!(office.verdict, Severity::Fail);
    assert_eq!(
        office.summary,
        "The remote PC is on a private network, and your VPN is not connected. You can fix this \
         yourself."
    );
    // ... and the list of findings, before the problem it explains.
    let order: Vec<&str> = office.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(order[..2], ["network.vpn_missing", "reach.unreachable"]);
    // Without the VPN finding the unreachable PC itself heads the report.
    let public = report("198.51.100.7", unreachable);
    assert!(
        public.summary.starts_with("There is no network path"),
        "{}",
        public.summary
    );
}

#[test]
fn link_quality_from_the_checks_own_samples() {
    let with = |outcomes: [NegotiationOutcome; 5], connect: u64| {
        let mut e = healthy_tls();
        e.negotiation = neg(outcomes);
        if let Some(n) = e.negotiation.as_mut() {
            for a in &mut n.attempts {
                a.connect_ms = Some(connect);
            }
        }
        e.reach = vec![TcpEvidence {
            address: addr(),
            outcome: TcpOutcome::Open,
            elapsed_ms: connect,
        }];
        e
    };
    let quality = |e: &Evidence| -> Vec<String> {
        ids(e, "10.0.0.5", None)
            .into_iter()
            .filter(|i| i.starts_with("quality."))
            .collect()
    };
    let good = [
        refused(1),
        selected(1),
        selected(1),
        selected(1),
        refused(1),
    ];
    assert_eq!(quality(&with(good.clone(), 2)), ["quality.ok"]);
    assert_eq!(quality(&with(good.clone(), 240)), ["quality.high_latency"]);
    let dropped = [
        refused(1),
        NegotiationOutcome::Reset,
        selected(1),
        selected(1),
        refused(1),
    ];
    // Not asked again alone (an old report, or no time left): a warning, not a failure.
    assert_eq!(quality(&with(dropped.clone(), 2)), ["quality.unstable"]);
    let mut confirmed = with(dropped, 2);
    if let Some(a) = confirmed
        .negotiation
        .as_mut()
        .and_then(|n| n.attempts.get_mut(1))
    {
        a.recheck = Some(Recheck {
            outcome: NegotiationOutcome::Reset,
            elapsed_ms: 2,
            connect_ms: Some(1),
            reply_ms: None,
        });
    }
    assert_eq!(quality(&confirmed), ["quality.drops_during_handshake"]);
    let failed = [
        refused(1),
        NegotiationOutcome::ConnectFailed {
            message: "connection timed out".into(),
        },
        selected(1),
        selected(1),
        refused(1),
    ];
    assert_eq!(quality(&with(failed, 2)), ["quality.unstable"]);
    // A port where nothing answers is an rdp finding, not a quality one.
    assert!(
        quality(&with(
            all(NegotiationOutcome::NoResponse { waited_ms: 3000 }),
            2
        ))
        .is_empty()
    );
}

#[test]
fn error_code_puts_the_explanation_first() {
    let mut e = healthy_tls();
    e.certificate = cert(NOW - 86_400 * 400, NOW - 86_400 * 9, true, true);
    let got = ids(&e, "10.0.0.5", Some("0x904/0x7"));
    assert_eq!(got.first().map(String::as_str), Some("cert.expired"));
    assert!(got.contains(&"input.error_code".to_string()));
    // Without the code, failures still come before warnings and infos.
    let got = ids(&e, "10.0.0.5", None);
    assert_eq!(got.first().map(String::as_str), Some("cert.expired"));
    let unknown = ids(&e, "10.0.0.5", Some("0x1234"));
    assert!(unknown.contains(&"input.error_code_unknown".to_string()));
}

#[test]
fn expired_certificate_speaks_plainly_and_offers_the_renewal() {
    let mut e = healthy_tls();
    e.certificate = cert(NOW - 86_400 * 400, 1_773_273_600, true, true);
    let target = Target::parse("10.0.0.5").expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: None,
    };
    let findings = diagnose(&e, &ctx);
    let f = findings
        .iter()
        .find(|f| f.id == "cert.expired")
        .expect("expired");
    assert_eq!(
        f.title,
        "The remote PC's security certificate expired on 12 March 2026"
    );
    assert!(f.detail.contains("9 days ago"), "{}", f.detail);
    assert_eq!(
        f.evidence.get("not_after").and_then(|v| v.as_str()),
        Some("2026-03-12T00:00:00Z")
    );
    let fix_ids: Vec<&str> = f.fixes.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        fix_ids,
        ["fix.renew_certificate", "fix.rebuild_machinekeys"]
    );
    let started = time::OffsetDateTime::from_unix_timestamp(NOW).expect("time");
    let report = assemble_report(
        "10.0.0.5",
        &target,
        None,
        e,
        findings,
        ReportTimes {
            started,
            finished: started,
        },
    );
    assert_eq!(report.verdict, Severity::Fail);
    assert_eq!(report.exit_code(), 2);
    assert!(
        report
            .summary
            .starts_with("The remote PC's security certificate expired on 12 March 2026")
    );
    let tls_row = report
        .checks
        .iter()
        .find(|c| c.area == Area::Tls)
        .expect("row");
    assert_eq!(tls_row.status, Severity::Fail);
}

#[test]
fn rows_after_a_failure_are_skipped_with_the_reason() {
    let e = Evidence {
        dns: dns_ip(),
        reach: vec![tcp(TcpOutcome::Refused)],
        ..Default::default()
    };
    let target = Target::parse("10.0.0.5").expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: None,
    };
    let findings = diagnose(&e, &ctx);
    let rows = rdp_doctor_diagnose::checks(&e, &findings);
    let status: Vec<Severity> = rows.iter().map(|r| r.status).collect();
    assert_eq!(
        status,
        [
            Severity::Ok,      // input
            Severity::Ok,      // dns
            Severity::Skipped, // network (not read in this table)
            Severity::Skipped, // client (not read in this table)
            Severity::Fail,    // reach
            Severity::Skipped,
            Severity::Skipped,
            Severity::Skipped,
            Severity::Skipped
        ]
    );
    assert!(
        rows.get(5)
            .is_some_and(|r| r.summary.contains("refuses connections"))
    );
}

#[test]
fn quality_is_not_a_tick_when_the_port_spoke_no_remote_desktop() {
    let e = Evidence {
        negotiation: neg(all(NegotiationOutcome::NotRdp {
            looks_like: "an SSH server".into(),
            first_bytes_hex: "5353".into(),
        })),
        tls: None,
        certificate: None,
        ..healthy_tls()
    };
    let target = Target::parse("10.0.0.5").expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: None,
    };
    let findings = diagnose(&e, &ctx);
    let rows = rdp_doctor_diagnose::checks(&e, &findings);
    let quality = rows.iter().find(|r| r.area == Area::Quality).expect("row");
    assert_eq!(quality.status, Severity::Skipped);
    assert!(
        quality
            .summary
            .starts_with("Not checked, because of the problem above"),
        "{}",
        quality.summary
    );
    // A healthy server's quality row is judged.
    let e = healthy_tls();
    let findings = diagnose(&e, &ctx);
    let rows = rdp_doctor_diagnose::checks(&e, &findings);
    let quality = rows.iter().find(|r| r.area == Area::Quality).expect("row");
    assert_ne!(quality.status, Severity::Skipped, "{}", quality.summary);
}

#[test]
fn healthy_tls_server_is_a_warning_for_missing_nla_only() {
    let e = healthy_tls();
    let target = Target::parse("10.0.0.5").expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: None,
    };
    let findings = diagnose(&e, &ctx);
    let rows = rdp_doctor_diagnose::checks(&e, &findings);
    let nla_row = rows.iter().find(|r| r.area == Area::Nla).expect("row");
    assert_eq!(nla_row.status, Severity::Skipped);
    assert!(nla_row.summary.contains("does not ask for sign-in"));
}

#[test]
fn skipped_lines_of_a_file_or_link_are_an_info_for_it() {
    let file = |source: TargetSource, lines: Vec<&str>, count: usize| {
        let mut target = Target::parse_with_source("10.0.0.5", source).expect("target");
        target.file_settings = Some(RdpFileSettings {
            skipped_lines: lines.into_iter().map(String::from).collect(),
            skipped_count: count,
            ..Default::default()
        });
        target
    };
    let office = || TargetSource::RdpFile {
        file: "C:\\Users\\Me\\Office.RDP".into(),
    };
    let findings = |target: &Target| {
        diagnose(
            &healthy_tls(),
            &Context {
                target,
                now_unix: NOW,
                error_code: None,
            },
        )
    };
    let target = file(office(), vec![], 0);
    assert!(
        !findings(&target)
            .iter()
            .any(|f| f.id == "input.rdp_file_lines_skipped")
    );
    let target = file(
        office(),
        vec!["line 7: \"server port\" is not a whole number"],
        1,
    );
    let all = findings(&target);
    let f = all
        .iter()
        .find(|f| f.id == "input.rdp_file_lines_skipped")
        .expect("finding");
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(f.area, Area::Input);
    assert_eq!(
        f.title,
        "1 line of the Remote Desktop file is not a setting and was skipped"
    );
    assert!(
        f.detail
            .contains("line 7: \"server port\" is not a whole number")
    );
    assert_eq!(f.evidence["file"], "C:\\Users\\Me\\Office.RDP");
    assert_eq!(f.evidence["skipped_count"], 1);
    // An info does not change the verdict of a healthy check.
    let report = assemble_report(
        "office.rdp",
        &target,
        None,
        healthy_tls(),
        all.clone(),
        ReportTimes {
            started: time::OffsetDateTime::UNIX_EPOCH,
            finished: time::OffsetDateTime::UNIX_EPOCH,
        },
    );
    assert_ne!(report.verdict, Severity::Fail);
    // Thousands of lines: the first five in the text, the count for the rest.
    let many: Vec<String> = (1..=20).map(|n| format!("line {n}: junk")).collect();
    let target = file(
        TargetSource::Typed,
        many.iter().map(String::as_str).collect(),
        3000,
    );
    let all = findings(&target);
    let f = all
        .iter()
        .find(|f| f.id == "input.rdp_file_lines_skipped")
        .expect("finding");
    assert_eq!(
        f.title,
        "3000 parts of the rdp:// link are not settings and were skipped"
    );
    assert!(
        f.detail.contains("line 5: junk and 2995 more"),
        "{}",
        f.detail
    );
    assert_eq!(f.evidence["file"], "rdp:// link");
}

#[test]
fn rdp_file_settings_that_fail_by_themselves() {
    let mut target = Target::parse_with_source(
        "10.0.0.5",
        TargetSource::RdpFile {
            file: "office.rdp".into(),
        },
    )
    .expect("target");
    let run = |target: &Target, e: &Evidence| -> Vec<String> {
        let ctx = Context {
            target,
            now_unix: NOW,
            error_code: None,
        };
        diagnose(e, &ctx).into_iter().map(|f| f.id).collect()
    };
    target.file_settings = Some(RdpFileSettings {
        enable_credssp: Some(0),
        ..Default::default()
    });
    assert!(
        run(&target, &nla_server(6, "A", 0)).contains(&"input.rdp_file_disables_nla".to_string())
    );
    // Without NLA on the server the setting does no harm.
    assert!(!run(&target, &healthy_tls()).contains(&"input.rdp_file_disables_nla".to_string()));
    target.file_settings = Some(RdpFileSettings {
        authentication_level: Some(1),
        ..Default::default()
    });
    assert!(
        run(&target, &healthy_tls())
            .contains(&"input.rdp_file_requires_trusted_certificate".to_string())
    );
    target.file_settings = Some(RdpFileSettings {
        authentication_level: Some(2),
        ..Default::default()
    });
    assert!(
        !run(&target, &healthy_tls())
            .contains(&"input.rdp_file_requires_trusted_certificate".to_string())
    );
}

fn with_client(mut e: Evidence, policy: Option<u32>, saved: &[&str]) -> Evidence {
    use rdp_doctor_model::{ClientFacts, Fact};
    let read = |source: &str| source.to_string();
    e.client = Some(ClientFacts {
        platform: "windows".into(),
        rdp_apps: Fact::Read {
            value: vec![],
            source: read("apps"),
        },
        credssp_policy: Fact::Read {
            value: policy.map(EncryptionOracle::from),
            source: read("reg query"),
        },
        saved_credentials: Fact::Read {
            value: saved.iter().map(|s| s.to_string()).collect(),
            source: read("cmdkey /list"),
        },
    });
    e
}

fn client_finding(e: &Evidence, target: &str, id: &str) -> Option<rdp_doctor_model::Finding> {
    let target = Target::parse(target).expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: None,
    };
    diagnose(e, &ctx).into_iter().find(|f| f.id == id)
}

#[test]
fn the_credssp_policy_is_read_against_the_servers_version() {
    let cases = [
        // (server CredSSP version, AllowEncryptionOracle, severity, offers the policy fix)
        (4, None, Severity::Warn, true),
        (4, Some(0), Severity::Warn, true),
        (6, None, Severity::Info, false),
        (6, Some(1), Severity::Info, false),
        (6, Some(2), Severity::Warn, false),
    ];
    for (version, policy, severity, fix) in cases {
        let e = with_client(nla_server(version, "PC01", 0), policy, &[]);
        let f = client_finding(&e, "pc01.corp.example", "client.credssp_policy")
            .unwrap_or_else(|| panic!("no finding for {version} {policy:?}"));
        assert_eq!(f.severity, severity, "{version} {policy:?}: {}", f.title);
        assert_eq!(
            f.fixes.iter().any(|x| x.id == "fix.credssp_policy"),
            fix,
            "{version} {policy:?}"
        );
    }
}

#[test]
fn a_saved_sign_in_for_the_target_is_offered_for_removal_only_when_its_name_is_valid() {
    let e = with_client(
        nla_server(6, "PC01", 0),
        None,
        &["other", "PC01.corp.example"],
    );
    let f = client_finding(&e, "pc01.corp.example", "client.saved_credentials").expect("saved");
    let fix = f
        .fixes
        .iter()
        .find(|x| x.id == "fix.forget_saved_credentials")
        .expect("fix");
    assert!(
        fix.commands
            .iter()
            .any(|c| c.text.contains("TERMSRV/PC01.corp.example")),
        "{:?}",
        fix.commands
    );
    // Only the target's own (validated) name is matched: other saved names are not reported.
    let e = with_client(nla_server(6, "PC01", 0), None, &["pc01&calc"]);
    assert!(client_finding(&e, "pc01.corp.example", "client.saved_credentials").is_none());
}

#[test]
fn this_computers_clock_is_blamed_only_when_a_second_witness_agrees() {
    use rdp_doctor_model::{GatewayEvidence, GatewayHttp};
    let skewed = nla_server(6, "PC01", 3600);
    assert!(client_finding(&skewed, "pc01.corp.example", "client.clock").is_none());
    assert!(client_finding(&skewed, "pc01.corp.example", "nla.clock_skew").is_some());
    let mut both = skewed.clone();
    let gateway: GatewayEvidence = serde_json::from_value(serde_json::json!({
        "host": "gw.corp.example", "port": 443, "dns": null, "tcp": null, "tls": null,
        "http": {"kind": "answered", "status": 401, "auth_schemes": ["NTLM"], "server": null,
                 "date_unix": NOW + 3590},
        "websocket": null, "elapsed_ms": 5
    }))
    .expect("gateway evidence");
    both.gateway = Some(gateway);
    let f = client_finding(&both, "pc01.corp.example", "client.clock").expect("client.clock");
    assert!(f.title.contains("behind"), "{}", f.title);
    let _ = GatewayHttp::ClosedWithoutAnswer;
}

#[test]
fn a_note_with_something_to_do_is_not_a_green_tick() {
    let row = |apps: Vec<RdpApp>| {
        let mut e = with_client(healthy_tls(), None, &[]);
        if let Some(client) = e.client.as_mut() {
            client.rdp_apps = Fact::Read {
                value: apps,
                source: "apps".into(),
            };
        }
        let report = report_of("10.0.0.5", e);
        report
            .checks
            .into_iter()
            .find(|c| c.area == Area::Client)
            .expect("client row")
    };
    // Nothing to connect with: a note, with the store link, not "OK".
    let none = row(vec![]);
    assert_eq!(none.status, Severity::Info);
    assert_eq!(
        none.summary,
        "No Remote Desktop app was found on this computer"
    );
    let mstsc = row(vec![RdpApp {
        name: "Remote Desktop Connection (mstsc)".into(),
        location: r"C:\Windows\System32\mstsc.exe".into(),
    }]);
    assert_eq!(mstsc.status, Severity::Ok);
}

// ------------------------------------------------------------ what listens instead (issue 12)

fn findings_of(evidence: &Evidence, target: &str) -> Vec<Finding> {
    let target = Target::parse(target).expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: None,
    };
    let findings = diagnose(evidence, &ctx);
    assert_fixes_in_catalog(&findings);
    findings
}

fn probe(kind: ServiceProbeKind, answer: ServiceAnswer) -> ServiceProbe {
    ServiceProbe {
        kind,
        tls: None,
        answer,
        elapsed_ms: 4,
    }
}

fn over_tls(kind: ServiceProbeKind, answer: ServiceAnswer, names: &[&str]) -> ServiceProbe {
    let mut certificate = cert(NOW - 86_400, NOW + 86_400, true, false).expect("cert");
    certificate.subject = "CN=web.example".into();
    certificate.issuer = "CN=web.example".into();
    certificate.san_dns = names.iter().map(|n| n.to_string()).collect();
    ServiceProbe {
        tls: Some(ServiceTls {
            outcome: TlsOutcome::Established {
                version: "TLS 1.3".into(),
                cipher_suite: "X".into(),
            },
            certificate: Some(certificate),
        }),
        ..probe(kind, answer)
    }
}

fn web(status: u16, server: &str, schemes: &[&str]) -> ServiceAnswer {
    ServiceAnswer::Http {
        status,
        reason: "Reason".into(),
        server: Some(server.into()),
        auth_schemes: schemes.iter().map(|s| s.to_string()).collect(),
    }
}

const SILENT: ServiceAnswer = ServiceAnswer::Silent { waited_ms: 3000 };

/// A port that took connections but gave no Remote Desktop answer (`failure` on every
/// attempt), then these answers to the identification.
fn identified(failure: NegotiationOutcome, probes: Vec<ServiceProbe>) -> Evidence {
    Evidence {
        negotiation: neg(all(failure)),
        tls: None,
        certificate: None,
        service: Some(ServiceEvidence {
            address: addr(),
            probes,
            elapsed_ms: 12,
        }),
        ..healthy_tls()
    }
}

fn rdp_finding(findings: &[Finding]) -> &Finding {
    let in_row: Vec<&Finding> = findings.iter().filter(|f| f.area == Area::Rdp).collect();
    assert_eq!(in_row.len(), 1, "one finding in the rdp row: {in_row:#?}");
    in_row[0]
}

fn fix_ids(f: &Finding) -> Vec<&str> {
    f.fixes.iter().map(|x| x.id.as_str()).collect()
}

#[test]
fn what_listens_instead_is_named_on_positive_evidence() {
    use ServiceProbeKind::{Gateway, Http, Listen, Tls};
    let silent = NegotiationOutcome::NoResponse { waited_ms: 3000 };

    // A web server that waits for a line: silent to X.224, answers HEAD /.
    let found = findings_of(
        &identified(
            silent.clone(),
            vec![
                probe(Listen, SILENT),
                probe(Http, web(200, "SimpleHTTP/0.6 Python/3.11.2", &[])),
                probe(
                    Tls,
                    ServiceAnswer::NotAsked {
                        reason: "the TLS handshake did not work".into(),
                    },
                ),
            ],
        ),
        "10.0.0.5",
    );
    let f = rdp_finding(&found);
    assert_eq!(f.id, "rdp.not_rdp");
    assert_eq!(f.severity, Severity::Fail);
    assert_eq!(
        f.title,
        "A web server (HTTP) answers on port 3389, not Remote Desktop"
    );
    assert!(f.detail.contains("SimpleHTTP/0.6"), "{}", f.detail);
    // A private address is reached without a router's port forwarding.
    assert!(!f.detail.contains("port forwarding"), "{}", f.detail);
    assert!(
        f.detail.contains("may have got a new address"),
        "{}",
        f.detail
    );
    assert_eq!(f.evidence["server"], "SimpleHTTP/0.6 Python/3.11.2");
    assert_eq!(fix_ids(f), ["fix.check_port"]);
    assert!(f.evidence["tried"].to_string().contains("HEAD /"));

    // The same from the internet: the router in front may forward the port elsewhere.
    let mut public = identified(
        silent.clone(),
        vec![probe(Http, web(200, "SimpleHTTP/0.6 Python/3.11.2", &[]))],
    );
    if let Some(s) = public.service.as_mut() {
        s.address = "203.0.113.7:3389".parse().expect("address");
    }
    let found = findings_of(&public, "203.0.113.7");
    let f = rdp_finding(&found);
    assert_eq!(f.id, "rdp.not_rdp");
    assert!(
        f.detail.contains(
            "Either another program holds Remote Desktop's port on that computer, or a router's \
             port forwarding sends port 3389 to another machine than the remote PC."
        ),
        "{}",
        f.detail
    );
    assert_eq!(fix_ids(f), ["fix.check_port", "fix.check_port_forwarding"]);

    // An HTTPS server that hangs up on X.224: the certificate's names are shown.
    let found = findings_of(
        &identified(
            NegotiationOutcome::Closed,
            vec![
                probe(Listen, ServiceAnswer::Closed),
                probe(Http, ServiceAnswer::Closed),
                over_tls(
                    Tls,
                    web(200, "nginx", &[]),
                    &["nas.example", "www.nas.example"],
                ),
                over_tls(Gateway, web(405, "nginx", &[]), &["nas.example"]),
            ],
        ),
        "pc.example.com:8443",
    );
    let f = rdp_finding(&found);
    assert_eq!(f.id, "rdp.not_rdp");
    assert!(
        f.title
            .starts_with("A secure web server (HTTPS) answers on port 8443")
    );
    assert!(
        f.detail.contains("nas.example and www.nas.example"),
        "{}",
        f.detail
    );
    assert!(
        f.detail.contains("port number may be wrong"),
        "{}",
        f.detail
    );
    assert_eq!(
        f.evidence["certificate_names"],
        serde_json::json!(["nas.example", "www.nas.example"])
    );

    // An RD Gateway typed as the PC.
    let found = findings_of(
        &identified(
            NegotiationOutcome::Closed,
            vec![
                probe(Listen, SILENT),
                over_tls(
                    Tls,
                    web(404, "Microsoft-IIS/10.0", &[]),
                    &["gw.example.com"],
                ),
                over_tls(
                    Gateway,
                    web(401, "Microsoft-IIS/10.0", &["Negotiate", "NTLM"]),
                    &["gw.example.com"],
                ),
            ],
        ),
        "gw.example.com:443",
    );
    let f = rdp_finding(&found);
    assert_eq!(f.id, "rdp.is_a_gateway");
    assert_eq!(f.severity, Severity::Fail);
    assert!(f.detail.contains("gw.example.com:443"), "{}", f.detail);
    assert!(f.detail.contains("Negotiate and NTLM"), "{}", f.detail);
    assert_eq!(fix_ids(f), ["fix.use_as_gateway"]);
    assert!(
        f.fixes[0].steps.ends_with("--gateway gw.example.com"),
        "{}",
        f.fixes[0].steps
    );

    // An SSH server: its greeting, whatever the negotiation made of it.
    let found = findings_of(
        &identified(
            NegotiationOutcome::NotRdp {
                looks_like: "an SSH server".into(),
                first_bytes_hex: "5353482d".into(),
            },
            vec![probe(
                Listen,
                ServiceAnswer::Banner {
                    protocol: "SSH".into(),
                    line: "SSH-2.0-dropbear_2022.83".into(),
                },
            )],
        ),
        "10.0.0.5:22",
    );
    let f = rdp_finding(&found);
    assert_eq!(
        f.title,
        "An SSH server (a remote command line) answers on port 22, not Remote Desktop"
    );
    assert_eq!(f.evidence["greeting"], "SSH-2.0-dropbear_2022.83");
}

#[test]
fn silence_and_hang_ups_keep_the_negotiations_words_and_say_what_was_tried() {
    use ServiceProbeKind::{Gateway, Http, Listen, Tls};
    let quiet = vec![
        probe(Listen, SILENT),
        probe(Http, SILENT),
        probe(
            Tls,
            ServiceAnswer::NotAsked {
                reason: "the TLS handshake did not finish in time".into(),
            },
        ),
    ];
    let found = findings_of(
        &identified(NegotiationOutcome::NoResponse { waited_ms: 3000 }, quiet),
        "10.0.0.5",
    );
    let f = rdp_finding(&found);
    assert_eq!(f.id, "rdp.no_response");
    assert_eq!(
        f.title,
        "The port is open but Remote Desktop does not answer"
    );
    assert!(
        f.detail.contains("nothing named another service"),
        "{}",
        f.detail
    );
    assert!(f.evidence.contains_key("tried"));

    // A handshake that works with nothing after it is not proof: a Windows host takes TLS
    // without the negotiation too. The certificate is shown for the user to judge.
    let found = findings_of(
        &identified(
            NegotiationOutcome::Closed,
            vec![
                probe(Listen, ServiceAnswer::Closed),
                probe(Http, ServiceAnswer::Closed),
                over_tls(Tls, ServiceAnswer::Closed, &["WIN-HOST"]),
                over_tls(Gateway, ServiceAnswer::Closed, &["WIN-HOST"]),
            ],
        ),
        "10.0.0.5",
    );
    let f = rdp_finding(&found);
    assert_eq!(f.id, "rdp.denied");
    assert!(f.detail.contains("WIN-HOST"), "{}", f.detail);
    assert!(f.detail.contains("If that certificate"), "{}", f.detail);

    // Remote Desktop's framing on one connection: never "not RDP", whatever else answered.
    let found = findings_of(
        &identified(
            NegotiationOutcome::NoResponse { waited_ms: 3000 },
            vec![probe(Listen, SILENT), probe(Http, ServiceAnswer::Rdp)],
        ),
        "10.0.0.5",
    );
    let f = rdp_finding(&found);
    assert_eq!(f.id, "rdp.no_response");
    assert!(
        f.detail
            .contains("Remote Desktop does listen on this port, but it did not answer"),
        "{}",
        f.detail
    );
    assert!(!f.detail.contains("nothing named"), "{}", f.detail);

    // A healthy server's evidence never carries an identification; if it did, nothing changes.
    let mut healthy = healthy_tls();
    healthy.service = identified(
        NegotiationOutcome::Closed,
        vec![probe(Http, web(200, "nginx", &[]))],
    )
    .service;
    let got: Vec<String> = findings_of(&healthy, "10.0.0.5")
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert!(got.contains(&"rdp.negotiated".to_string()), "{got:?}");
    assert!(!got.iter().any(|id| id == "rdp.not_rdp"), "{got:?}");
}

/// Evidence of a check against 10.0.0.5 whose four concurrent attempts got `outcomes` (0x00,
/// 0x01, 0x03, 0x04) while the lone 0x0B attempt selected TLS; connects and replies as given.
fn sampled(
    outcomes: [NegotiationOutcome; 4],
    connects: [u64; 5],
    replies: [Option<u64>; 5],
) -> Evidence {
    let [o0, o1, o3, o4] = outcomes;
    let mut e = healthy_tls();
    e.negotiation = neg([o0, o1, o3, selected(1), o4]);
    if let Some(n) = e.negotiation.as_mut() {
        for (i, a) in n.attempts.iter_mut().enumerate() {
            a.connect_ms = (a.requested != 0x0B).then_some(connects[i]);
            a.reply_ms = replies[i];
        }
    }
    e.reach = vec![TcpEvidence {
        address: addr(),
        outcome: TcpOutcome::Open,
        elapsed_ms: connects[3],
    }];
    e
}

fn findings(e: &Evidence) -> Vec<Finding> {
    let target = Target::parse("10.0.0.5").expect("target");
    let ctx = Context {
        target: &target,
        now_unix: NOW,
        error_code: None,
    };
    let found = diagnose(e, &ctx);
    assert_fixes_in_catalog(&found);
    found
}

fn quality_of(e: &Evidence) -> Vec<(String, Severity)> {
    findings(e)
        .into_iter()
        .filter(|f| f.area == Area::Quality)
        .map(|f| (f.id, f.severity))
        .collect()
}

fn alone(outcome: NegotiationOutcome, reply_ms: Option<u64>) -> Option<Recheck> {
    Some(Recheck {
        outcome,
        elapsed_ms: reply_ms.unwrap_or(3000) + 1,
        connect_ms: Some(1),
        reply_ms,
    })
}

#[test]
fn a_server_that_answers_one_connection_at_a_time_is_its_own_finding_not_a_broken_link() {
    let silent = || NegotiationOutcome::NoResponse { waited_ms: 3000 };
    // Weston as it behaved when our own connections sat idle after their answer: every other
    // request unanswered; asked again alone, each answered at once.
    let mut e = sampled(
        [silent(), silent(), silent(), silent()],
        [1, 1, 1, 1, 1],
        [None, None, None, Some(2), None],
    );
    let answers = [selected(0), selected(1), selected(1), refused(2)];
    if let Some(n) = e.negotiation.as_mut() {
        let others = n.attempts.iter_mut().filter(|a| !a.alone);
        for (a, answer) in others.zip(answers) {
            a.recheck = alone(answer, Some(2));
        }
    }
    let q = quality_of(&e);
    assert_eq!(
        q,
        [
            ("quality.server_serialises".to_string(), Severity::Warn),
            ("quality.ok".to_string(), Severity::Ok),
        ]
    );
    let all = findings(&e);
    let serialises = all
        .iter()
        .find(|f| f.id == "quality.server_serialises")
        .expect("finding");
    assert_eq!(serialises.audience, Audience::It);
    assert!(
        serialises.detail.contains("kept 4 others waiting"),
        "{}",
        serialises.detail
    );
    assert!(serialises.fixes.is_empty());
    // What the server accepts is read from the lone answers.
    let negotiated = all
        .iter()
        .find(|f| f.id == "rdp.negotiated")
        .expect("negotiated");
    assert_eq!(
        negotiated.evidence["accepted"],
        serde_json::json!(["rdp", "tls"])
    );
    assert!(all.iter().all(|f| f.severity != Severity::Fail), "{all:?}");
    // No network reset anywhere: nothing points at this computer.
    assert!(
        all.iter()
            .flat_map(|f| &f.fixes)
            .all(|fix| fix.id != "fix.reset_network_stack")
    );

    // One late answer among others that was quick alone is a busy moment, not a pattern.
    let mut once = sampled(
        [selected(0), selected(1), selected(1), refused(2)],
        [1, 1, 1, 1, 1],
        [Some(2), Some(320), Some(2), Some(2), Some(2)],
    );
    if let Some(a) = once
        .negotiation
        .as_mut()
        .and_then(|n| n.attempts.get_mut(1))
    {
        a.recheck = alone(selected(1), Some(2));
    }
    assert_eq!(
        quality_of(&once),
        [("quality.ok".to_string(), Severity::Ok)]
    );
}

#[test]
fn a_relay_that_answers_connects_at_once_does_not_hide_slow_answers() {
    // A VPN or proxy terminating TCP nearby: connects 0 ms, every answer ~610 ms.
    let mut e = sampled(
        [refused(1), selected(1), selected(1), refused(1)],
        [0, 0, 0, 0, 0],
        [Some(612), Some(608), Some(624), Some(611), Some(615)],
    );
    if let Some(tls) = e.tls.as_mut() {
        tls.elapsed_ms = 1230;
        tls.outcome = TlsOutcome::Established {
            version: "TLS 1.2".into(),
            cipher_suite: "X".into(),
        };
    }
    let all = findings(&e);
    let q: Vec<&Finding> = all.iter().filter(|f| f.area == Area::Quality).collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].id, "quality.high_latency");
    assert!(
        q[0].title.contains("(611 ms per round trip)"),
        "{}",
        q[0].title
    );
    assert!(
        q[0].detail.contains("relays it over a slow path"),
        "{}",
        q[0].detail
    );
    assert_eq!(q[0].evidence["round_trip_ms"], 611);
}

#[test]
fn lost_packets_are_told_from_distance() {
    // A lossy link: most round trips short, some a retransmission timeout longer (a SYN sent
    // again after 1 s, data after 200 and 400 ms).
    let e = sampled(
        [refused(1), selected(1), selected(1), refused(1)],
        [1, 1003, 1, 2, 1],
        [Some(2), Some(2), Some(208), Some(3), Some(412)],
    );
    let all = findings(&e);
    let q: Vec<&Finding> = all.iter().filter(|f| f.area == Area::Quality).collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].id, "quality.unstable", "{}", q[0].title);
    assert!(q[0].title.contains("loses data: 3 of"), "{}", q[0].title);
    assert_eq!(q[0].evidence["retransmission_gaps"], 3);
    // Nothing points at this computer: no network reset that needs a restart.
    assert!(q[0].fixes.is_empty(), "{:?}", q[0].fixes);

    // The same distance with no gaps is distance.
    let mut far = sampled(
        [refused(1), selected(1), selected(1), refused(1)],
        [240, 250, 245, 241, 243],
        [Some(241), Some(250), Some(244), Some(242), Some(246)],
    );
    if let Some(tls) = far.tls.as_mut() {
        tls.elapsed_ms = 243;
    }
    assert_eq!(
        quality_of(&far),
        [("quality.high_latency".to_string(), Severity::Warn)]
    );
}

#[test]
fn the_network_reset_is_offered_only_when_more_than_the_remote_pc_fails() {
    let dead = || NegotiationOutcome::NoResponse { waited_ms: 3000 };
    let mut e = sampled(
        [refused(1), dead(), selected(1), refused(1)],
        [1, 1, 1, 1, 1],
        [Some(2), None, Some(2), Some(2), Some(2)],
    );
    if let Some(a) = e.negotiation.as_mut().and_then(|n| n.attempts.get_mut(1)) {
        a.recheck = alone(dead(), None);
    }
    let reset = |e: &Evidence| {
        findings(e)
            .iter()
            .filter(|f| f.area == Area::Quality)
            .flat_map(|f| f.fixes.iter().map(|x| x.id.clone()))
            .any(|id| id == "fix.reset_network_stack")
    };
    assert_eq!(
        quality_of(&e),
        [("quality.drops_during_handshake".to_string(), Severity::Fail)]
    );
    assert!(
        !reset(&e),
        "one remote PC failing says nothing about this computer"
    );
    // The RD Gateway times out too: two hosts fail, this computer's network is a suspect.
    e.gateway = Some(GatewayEvidence {
        host: "gw.example.com".into(),
        port: 443,
        from_rdp_file: false,
        usage_method: None,
        dns: None,
        tcp: Some(TcpEvidence {
            address: SocketAddr::from(([10, 0, 0, 9], 443)),
            outcome: TcpOutcome::TimedOut,
            elapsed_ms: 3000,
        }),
        tls: None,
        certificate: None,
        http: None,
        websocket: None,
        elapsed_ms: 3000,
    });
    assert!(reset(&e));
}
