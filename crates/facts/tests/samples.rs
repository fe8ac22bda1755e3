//! Every recorded output in `samples/`: what it parses to, exactly, and that no parser panics on
//! it whole, cut short, with lines missing or with bytes garbled.

mod common;
use common::{Rng, dir, sample};
use rdp_doctor_facts::reg::find_dword;
use rdp_doctor_facts::sddl::{FILE_ALL, FILE_EXECUTE};
use rdp_doctor_facts::*;
use rdp_doctor_model::{
    AccessEntry, FirewallRule, MachineKeys, RdpSettings, SecurityLayer, ServiceState,
    ServiceStatus, Session, SessionState, StartType, StoreCertificate,
};

const TS: &str = r"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Terminal Server";
const POLICY: &str = r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services";
const THUMBPRINT: &str = "3B1F7E4A9C2D5E6F708192A3B4C5D6E7F8091A2B";

fn sample_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("samples directory")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".txt") || name.ends_with(".json"))
        // The network samples have their own tests (tests/network.rs), which also feed them to
        // every other parser.
        .filter(|name| !name.starts_with("net-"))
        .collect();
    names.sort();
    names
}

// ------------------------------------------------------------------------------------- reg

fn reg(name: &str) -> Vec<RegValue> {
    parse_reg_query(&sample(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn settings(name: &str) -> RdpSettings {
    rdp_settings(&reg(name))
}

#[test]
fn reg_remote_desktop_switched_on_and_off() {
    assert_eq!(
        reg("reg-terminal-server.enabled.en.txt"),
        [RegValue {
            key: TS.into(),
            name: "fDenyTSConnections".into(),
            data: RegData::Dword(0),
        }]
    );
    assert_eq!(
        settings("reg-terminal-server.enabled.en.txt"),
        RdpSettings {
            deny_connections: Some(0),
            ..RdpSettings::default()
        }
    );
    assert_eq!(
        settings("reg-terminal-server.disabled.de.txt").deny_connections,
        Some(1)
    );
}

#[test]
fn reg_full_key_with_subkeys() {
    let values = reg("reg-terminal-server.full.en.txt");
    assert_eq!(values.len(), 14);
    assert!(values.iter().all(|v| v.key == TS));
    let data = |name: &str| {
        values
            .iter()
            .find(|v| v.name == name)
            .map(|v| v.data.clone())
    };
    assert_eq!(
        data("RCDependentServices"),
        Some(RegData::MultiSz(vec![
            "CertPropSvc".into(),
            "SessionEnv".into()
        ]))
    );
    assert_eq!(data("ProductVersion"), Some(RegData::Sz("5.1".into())));
    assert_eq!(rdp_settings(&values).deny_connections, Some(1));
}

#[test]
fn reg_search_prefers_the_listener_port() {
    for name in [
        "reg-terminal-server.search.en.txt",
        "reg-terminal-server.search.de.txt",
    ] {
        let values = reg(name);
        assert_eq!(values.len(), 2, "{name}");
        assert_eq!(values[0].data, RegData::Dword(3389));
        assert!(values[1].key.ends_with(r"\WinStations\RDP-Tcp"));
        assert_eq!(rdp_settings(&values).port, Some(3390), "{name}");
    }
}

#[test]
fn reg_listener_default() {
    let values = reg("reg-rdp-tcp.default.en.txt");
    assert_eq!(
        rdp_settings(&values),
        RdpSettings {
            deny_connections: None,
            user_authentication: Some(1),
            security_layer: Some(SecurityLayer::Tls),
            port: Some(3389),
            certificate_thumbprint: None,
            max_sessions: Some(u32::MAX),
        }
    );
    let data = |name: &str| values.iter().find(|v| v.name == name).map(|v| &v.data);
    assert_eq!(data("Comment"), Some(&RegData::Sz(String::new())));
    assert_eq!(
        data("WdName"),
        Some(&RegData::Sz("Microsoft RDP 8.0".into()))
    );
    assert_eq!(data("VirtualChannels"), Some(&RegData::MultiSz(vec![])));
    assert_eq!(
        data("MonitorLayout"),
        Some(&RegData::Binary(vec![1, 0, 0, 0, 0, 0, 0, 0]))
    );
}

#[test]
fn reg_listener_without_nla_and_with_rdp_security() {
    let s = settings("reg-rdp-tcp.weak.en.txt");
    assert_eq!(s.user_authentication, Some(0));
    assert_eq!(s.security_layer, Some(SecurityLayer::Rdp));
}

#[test]
fn reg_listener_on_3390_with_a_bound_certificate() {
    assert_eq!(
        settings("reg-rdp-tcp.custom.de.txt"),
        RdpSettings {
            deny_connections: None,
            user_authentication: Some(1),
            security_layer: Some(SecurityLayer::Negotiate),
            port: Some(3390),
            certificate_thumbprint: Some(THUMBPRINT.into()),
            max_sessions: Some(2),
        }
    );
}

#[test]
fn reg_policy() {
    let values = reg("reg-policy.nla-off.en.txt");
    assert!(values.iter().all(|v| v.key == POLICY));
    assert_eq!(
        rdp_settings(&values),
        RdpSettings {
            deny_connections: Some(0),
            user_authentication: Some(0),
            security_layer: Some(SecurityLayer::Rdp),
            port: None,
            certificate_thumbprint: None,
            max_sessions: Some(5),
        }
    );
    assert_eq!(
        settings("reg-policy.disabled.de.txt").deny_connections,
        Some(1)
    );
}

#[test]
fn reg_not_set_is_empty() {
    for name in [
        "reg-policy.not-set.en.txt",
        "reg-policy.not-set.de.txt",
        "reg-credssp.not-set.de.txt",
    ] {
        let text = sample(name);
        assert!(reg_not_found(&text), "{name}");
        assert_eq!(parse_reg_query(&text), Ok(vec![]), "{name}");
        assert!(!access_denied(&text), "{name}");
    }
    assert!(!reg_not_found(&sample("reg-rdp-tcp.default.en.txt")));
}

#[test]
fn reg_credssp() {
    let values = reg("reg-credssp.vulnerable.en.txt");
    assert_eq!(find_dword(&values, "allowencryptionoracle"), Some(2));
    assert_eq!(
        find_dword(&reg("reg-credssp.not-set.de.txt"), "AllowEncryptionOracle"),
        None
    );
}

#[test]
fn reg_access_denied() {
    let text = sample("reg-rdp-tcp.denied.de.txt");
    assert!(access_denied(&text));
    assert_eq!(
        parse_reg_query(&text),
        Err(ParseError::AccessDenied {
            command: "reg query"
        })
    );
}

// -------------------------------------------------------------------------------------- sc

#[test]
fn sc_states() {
    for (name, state) in [
        ("sc-queryex.running.en.txt", ServiceState::Running),
        ("sc-queryex.running.de.txt", ServiceState::Running),
        ("sc-queryex.stopped.en.txt", ServiceState::Stopped),
        ("sc-queryex.stopped.de.txt", ServiceState::Stopped),
        (
            "sc-queryex.start-pending.en.txt",
            ServiceState::StartPending,
        ),
    ] {
        assert_eq!(parse_sc_queryex(&sample(name)), Ok(state), "{name}");
    }
}

#[test]
fn sc_start_types() {
    for (name, start) in [
        ("sc-qc.demand.en.txt", StartType::Manual),
        ("sc-qc.demand.de.txt", StartType::Manual),
        ("sc-qc.disabled.en.txt", StartType::Disabled),
        ("sc-qc.disabled.de.txt", StartType::Disabled),
        ("sc-qc.auto.de.txt", StartType::Automatic),
    ] {
        assert_eq!(parse_sc_qc(&sample(name)), Ok(start), "{name}");
    }
    assert_eq!(
        service_status(
            &sample("sc-queryex.stopped.de.txt"),
            &sample("sc-qc.disabled.de.txt")
        ),
        Ok(ServiceStatus {
            state: ServiceState::Stopped,
            start_type: Some(StartType::Disabled),
        })
    );
}

#[test]
fn sc_failures() {
    for name in ["sc-queryex.denied.en.txt", "sc-queryex.denied.de.txt"] {
        let text = sample(name);
        assert!(access_denied(&text), "{name}");
        assert_eq!(
            parse_sc_queryex(&text),
            Err(ParseError::AccessDenied {
                command: "sc queryex"
            })
        );
    }
    let missing = parse_sc_queryex(&sample("sc-queryex.missing.en.txt"));
    assert_eq!(
        missing,
        Err(ParseError::Failed {
            command: "sc queryex",
            message: "[SC] EnumQueryServicesStatus:OpenService FAILED 1060: The specified service does not exist as an installed service.".into(),
        })
    );
    assert_eq!(
        parse_sc_queryex("\r\n").map_err(|e| e.to_string()),
        Err("the output of `sc queryex` is empty".into())
    );
    assert_eq!(
        parse_sc_queryex(&sample("sc-qc.demand.en.txt")).map_err(|e| e.to_string()),
        Err("the output of `sc queryex` has no STATE line".into())
    );
}

// -------------------------------------------------------------------------------- powercfg

#[test]
fn powercfg_timeouts() {
    for (name, seconds) in [
        ("powercfg-standby.30min.en.txt", Some(1800)),
        ("powercfg-standby.30min.de.txt", Some(1800)),
        ("powercfg-standby.never.en.txt", Some(0)),
        ("powercfg-standby.never.de.txt", Some(0)),
        ("powercfg-hibernate.3h.en.txt", Some(10800)),
        ("powercfg-hibernate.never.de.txt", Some(0)),
        ("powercfg-hibernate.absent.en.txt", None),
        ("powercfg-hibernate.absent.de.txt", None),
    ] {
        assert_eq!(parse_powercfg_setting(&sample(name)), Ok(seconds), "{name}");
    }
}

// --------------------------------------------------------------------------------- qwinsta

fn session(name: &str, user: &str, id: u32, state: SessionState) -> Session {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Session {
        name: some(name),
        user: some(user),
        id,
        state,
    }
}

#[test]
fn qwinsta_two_disconnected_one_active_and_the_listener() {
    use SessionState::*;
    let want = vec![
        session("services", "", 0, Disconnected),
        session("console", "", 1, Connected),
        session("rdp-tcp#12", "alice", 2, Active),
        session("", "bob", 3, Disconnected),
        session("", "carol", 5, Disconnected),
        session("rdp-tcp", "", 65536, Listen),
    ];
    assert_eq!(
        parse_qwinsta(&sample("qwinsta.full.en.txt")),
        Ok(want.clone())
    );
    assert_eq!(parse_qwinsta(&sample("qwinsta.full.de.txt")), Ok(want));
}

#[test]
fn qwinsta_workstation_and_windows_11_layout() {
    use SessionState::*;
    assert_eq!(
        parse_qwinsta(&sample("qwinsta.workstation.en.txt")),
        Ok(vec![
            session("services", "", 0, Disconnected),
            session("console", "alice", 1, Active),
            session("rdp-tcp", "", 65536, Listen),
        ])
    );
    assert_eq!(
        parse_qwinsta(&sample("qwinsta.win11.en.txt")),
        Ok(vec![
            session("services", "", 0, Disconnected),
            session("console", "Fidel", 1, Active),
            session("31c5ce94259d4006a9e4#0", "Fidel", 2, Disconnected),
            session("rdp-tcp", "", 65536, Listen),
        ])
    );
}

#[test]
fn qwinsta_remote_desktop_server() {
    let en = parse_qwinsta(&sample("qwinsta.rds.en.txt")).expect("en");
    // Code page 850 read as UTF-8: `Abhör.` arrives as `Abh\u{fffd}r.`.
    let de = parse_qwinsta(&sample("qwinsta.rds.de.txt")).expect("de");
    assert_eq!(en, de);
    assert_eq!(en.len(), 17);
    let count = |state| en.iter().filter(|s| s.state == state).count();
    assert_eq!(count(SessionState::Active), 9);
    assert_eq!(count(SessionState::Disconnected), 5);
    assert_eq!(count(SessionState::Connected), 2);
    assert_eq!(count(SessionState::Listen), 1);
    assert_eq!(
        en.get(6),
        Some(&session("", "t.fischer", 6, SessionState::Disconnected))
    );
    assert_eq!(
        en.get(11),
        Some(&session(
            "rdp-tcp#22",
            "administrator",
            11,
            SessionState::Active
        ))
    );
    assert_eq!(
        en.get(12),
        Some(&session("rdp-tcp#25", "", 12, SessionState::Connected))
    );
}

// ---------------------------------------------------------------------------------- cmdkey

#[test]
fn cmdkey_targets() {
    let two = ["pc01.corp.example", "10.0.0.25"];
    assert_eq!(parse_cmdkey_list(&sample("cmdkey.two.en.txt")), two);
    assert_eq!(parse_cmdkey_list(&sample("cmdkey.two.de.txt")), two);
    assert!(parse_cmdkey_list(&sample("cmdkey.none.en.txt")).is_empty());
    assert!(parse_cmdkey_list(&sample("cmdkey.none.de.txt")).is_empty());
    assert_eq!(
        parse_cmdkey_list(&sample("cmdkey.duplicate.en.txt")),
        ["pc01.corp.example", "rds.corp.example"]
    );
}

// -------------------------------------------------------------------------------- firewall

fn all_profiles() -> Vec<String> {
    vec!["domain".into(), "private".into(), "public".into()]
}

fn firewall(name: &str) -> Vec<FirewallRule> {
    parse_firewall_rules(&sample(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn enabled(rules: &[FirewallRule]) -> Vec<(&str, bool)> {
    rules.iter().map(|r| (r.name.as_str(), r.enabled)).collect()
}

#[test]
fn firewall_group_disabled() {
    let rules = firewall("firewall.disabled.ps51.json");
    assert_eq!(rules.len(), 5);
    assert_eq!(
        rules[0],
        FirewallRule {
            name: "RemoteDesktop-UserMode-In-TCP".into(),
            display_name: "Remote Desktop - User Mode (TCP-In)".into(),
            group: "@FirewallAPI.dll,-28752".into(),
            enabled: false,
            inbound: true,
            allow: true,
            profiles: all_profiles(),
        }
    );
    assert!(rules.iter().all(|r| !r.enabled && r.inbound && r.allow));
    assert_eq!(rules[4].group, "@FirewallAPI.dll,-28852");
}

#[test]
fn firewall_group_enabled() {
    // With a byte order mark, as 5.1 prints it with a UTF-8 console encoding.
    assert!(sample("firewall.enabled.ps51.json").starts_with('\u{feff}'));
    assert_eq!(
        enabled(&firewall("firewall.enabled.ps51.json")),
        [
            ("RemoteDesktop-UserMode-In-TCP", true),
            ("RemoteDesktop-UserMode-In-UDP", true),
            ("RemoteDesktop-Shadow-In-TCP", false),
            ("RemoteDesktop-In-TCP-WS", false),
            ("RemoteDesktop-In-TCP-WSS", false),
        ]
    );
    assert_eq!(
        enabled(&firewall("firewall.enabled.ps7.json")),
        [
            ("RemoteDesktop-UserMode-In-TCP", true),
            ("RemoteDesktop-UserMode-In-UDP", true),
            ("RemoteDesktop-Shadow-In-TCP", false),
            ("RemoteDesktop-In-TCP-WS", true),
            ("RemoteDesktop-In-TCP-WSS", true),
        ]
    );
}

#[test]
fn firewall_mixed_profiles_as_strings_and_numbers() {
    let strings = firewall("firewall.mixed.ps7.json");
    let numbers = firewall("firewall.mixed-de.ps51.json");
    assert_eq!(strings[0].profiles, ["domain"]);
    assert_eq!(strings[1].profiles, ["domain", "private"]);
    assert_eq!(strings[2].profiles, all_profiles());
    assert_eq!(numbers[0].profiles, ["domain"]);
    assert_eq!(numbers[1].profiles, ["private", "public"]);
    assert_eq!(
        numbers[0].display_name,
        "Remotedesktop - Benutzermodus (TCP eingehend)"
    );
    for rules in [&strings, &numbers] {
        assert_eq!(
            rules.iter().map(|r| r.enabled).collect::<Vec<_>>(),
            [true, false, false, false, false]
        );
        assert!(rules.iter().all(|r| r.inbound && r.allow));
    }
}

#[test]
fn firewall_single_and_none() {
    let rules = firewall("firewall.single.ps7.json");
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].profiles, ["public"]);
    assert!(rules[0].enabled);
    assert_eq!(firewall("firewall.empty.ps51.json"), []);
}

// ---------------------------------------------------------------------------- certificates

fn certificates(name: &str) -> Vec<StoreCertificate> {
    parse_certificates(&sample(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn certificates_one_expired_one_valid() {
    let want = vec![
        StoreCertificate {
            thumbprint: "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B".into(),
            subject: "CN=srv-rds01.corp.example".into(),
            not_before: "2024-09-11T07:15:00Z".into(),
            not_after: "2025-03-12T08:15:00Z".into(),
            not_after_unix: 1_741_767_300,
        },
        StoreCertificate {
            thumbprint: "C3AB8FF13720E8AD9047DD39466B3C8974E592C2".into(),
            subject: "CN=srv-rds01.corp.example".into(),
            not_before: "2026-03-11T08:15:00Z".into(),
            not_after: "2026-09-10T07:15:00Z".into(),
            not_after_unix: 1_789_024_500,
        },
    ];
    assert_eq!(certificates("certs.expired.ps51.json"), want);
    assert_eq!(certificates("certs.expired.ps7.json"), want);
}

#[test]
fn certificates_single_utc_and_empty() {
    assert_eq!(
        certificates("certs.valid.ps51.json"),
        [StoreCertificate {
            thumbprint: THUMBPRINT.into(),
            subject: "CN=PC01.corp.example".into(),
            not_before: "2026-01-15T08:30:00Z".into(),
            not_after: "2026-07-17T08:30:00Z".into(),
            not_after_unix: 1_784_277_000,
        }]
    );
    assert_eq!(
        certificates("certs.utc.ps7.json"),
        [StoreCertificate {
            thumbprint: THUMBPRINT.into(),
            subject: "CN=PC01.corp.example".into(),
            not_before: "2025-01-01T00:00:00Z".into(),
            not_after: "2025-07-02T12:00:00Z".into(),
            not_after_unix: 1_751_457_600,
        }]
    );
    assert_eq!(certificates("certs.empty.ps7.json"), []);
}

#[test]
fn certificates_access_denied() {
    let text = sample("certs.denied.ps51.txt");
    assert!(access_denied(&text));
    assert!(matches!(
        parse_certificates(&text),
        Err(ParseError::AccessDenied { .. })
    ));
}

// ---------------------------------------------------------------------------- MachineKeys

fn entry(sid: &str, mask: u32) -> AccessEntry {
    AccessEntry {
        sid: sid.into(),
        allow: true,
        mask,
    }
}

fn machine_keys(name: &str) -> MachineKeys {
    parse_machine_keys(&sample(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn machine_keys_healthy() {
    assert_eq!(
        machine_keys("machinekeys.healthy.ps51.json"),
        MachineKeys {
            exists: true,
            sddl: Some("O:SYG:SYD:PAI(A;;0x12019f;;;WD)(A;;FA;;;BA)".into()),
            access: vec![entry("WD", 0x0012_019f), entry("BA", FILE_ALL)],
            file_count: Some(37),
        }
    );
    let ps7 = machine_keys("machinekeys.healthy.ps7.json");
    assert_eq!(
        ps7.access,
        [entry("WD", 0x0012_019f), entry("BA", FILE_ALL)]
    );
    assert_eq!(ps7.file_count, Some(1234));
}

#[test]
fn machine_keys_without_administrators() {
    let keys = machine_keys("machinekeys.no-admins.ps7.json");
    assert_eq!(
        keys.access,
        [entry("WD", 0x0012_019f), entry("SY", FILE_ALL)]
    );
    assert!(!keys.access.iter().any(|e| e.sid == "BA"));
}

#[test]
fn machine_keys_reset_to_inherited() {
    let keys = machine_keys("machinekeys.reset.ps51.json");
    assert_eq!(
        keys.access,
        [
            entry("SY", FILE_ALL),
            entry("BA", FILE_ALL),
            entry("CO", FILE_ALL),
            entry("BU", 0x0012_00a9),
            entry("BU", 0x0000_0116),
        ]
    );
    assert_eq!(0x0012_00a9 & FILE_EXECUTE, FILE_EXECUTE);
}

#[test]
fn machine_keys_missing_unreadable_denied() {
    assert_eq!(
        machine_keys("machinekeys.missing.ps51.json"),
        MachineKeys {
            exists: false,
            sddl: None,
            access: vec![],
            file_count: None,
        }
    );
    assert_eq!(
        machine_keys("machinekeys.unreadable.ps7.json"),
        MachineKeys {
            exists: true,
            sddl: None,
            access: vec![],
            file_count: Some(0),
        }
    );
    let denied = sample("machinekeys.denied.ps7.txt");
    assert!(access_denied(&denied));
    assert!(matches!(
        parse_machine_keys(&denied),
        Err(ParseError::AccessDenied { .. })
    ));
}

// ------------------------------------------------------------------------------ robustness

/// Runs every parser on `text`; any of them may fail, none may panic, and a failure is one
/// sentence about the command it read (what the host report shows as "could not read …").
fn every_parser(text: &str) {
    let errors = [
        parse_reg_query(text)
            .map(|values| rdp_settings(&values))
            .err(),
        parse_sc_queryex(text).err(),
        parse_sc_qc(text).err(),
        parse_powercfg_setting(text).err(),
        parse_qwinsta(text).err(),
        parse_firewall_rules(text).err(),
        parse_certificates(text).err(),
        parse_machine_keys(text).err(),
        parse_sddl_dacl(text).err(),
    ];
    for error in errors.into_iter().flatten() {
        let sentence = error.to_string();
        assert!(
            !sentence.contains('\n') && !sentence.contains('\r'),
            "one line: {sentence:?}"
        );
        assert!(
            sentence.starts_with("the output of `") || sentence.starts_with('`'),
            "names what it read: {sentence:?}"
        );
        assert!(sentence.chars().count() < 400, "short: {sentence:?}");
    }
    let _ = reg_not_found(text);
    let _ = access_denied(text);
    let _ = parse_cmdkey_list(text);
}

/// The `0x…` numbers in `text`: every value `powercfg /query` could report.
fn hex_numbers(text: &str) -> Vec<u32> {
    text.split(|c: char| c.is_whitespace() || c == ':')
        .filter_map(|word| word.strip_prefix("0x"))
        .filter_map(|hex| u32::from_str_radix(hex, 16).ok())
        .collect()
}

/// A sample with some of its lines left out (kept in order) gives back only what the whole
/// sample gave — fewer values, never another — or an error.
fn only_what_the_whole_gave(name: &str, whole: &str, part: &str) {
    if let (Ok(all), Ok(some)) = (parse_reg_query(whole), parse_reg_query(part)) {
        // A value whose key line went missing is printed under the key above it: its name and
        // data are still the whole sample's.
        let all: Vec<(&String, &RegData)> = all.iter().map(|v| (&v.name, &v.data)).collect();
        for v in &some {
            assert!(
                all.contains(&(&v.name, &v.data)),
                "{name}: reg value {v:?} is not in the whole sample"
            );
        }
    }
    if let (Ok(all), Ok(some)) = (parse_sc_queryex(whole), parse_sc_queryex(part)) {
        assert_eq!(all, some, "{name}: sc queryex");
    }
    if let (Ok(all), Ok(some)) = (parse_sc_qc(whole), parse_sc_qc(part)) {
        assert_eq!(all, some, "{name}: sc qc");
    }
    if let (Ok(Some(_)), Ok(Some(value))) =
        (parse_powercfg_setting(whole), parse_powercfg_setting(part))
    {
        assert!(
            hex_numbers(whole).contains(&value),
            "{name}: powercfg gave {value}, a number the sample does not hold"
        );
    }
    if let (Ok(all), Ok(some)) = (parse_qwinsta(whole), parse_qwinsta(part)) {
        let all: Vec<(u32, SessionState)> = all.iter().map(|s| (s.id, s.state)).collect();
        for session in &some {
            assert!(
                all.contains(&(session.id, session.state)),
                "{name}: qwinsta session {session:?} is not in the whole sample"
            );
        }
    }
    let all = parse_cmdkey_list(whole);
    // Each host once, compared without regard to case: which spelling is kept may differ.
    for target in parse_cmdkey_list(part) {
        assert!(
            all.iter().any(|t| t.eq_ignore_ascii_case(&target)),
            "{name}: cmdkey target {target:?}"
        );
    }
    // JSON with a line missing may still parse with a field left out (it reads as empty or
    // off); what is there is the whole sample's, and a rule or certificate is never made up.
    if let (Ok(all), Ok(some)) = (parse_firewall_rules(whole), parse_firewall_rules(part)) {
        for rule in &some {
            assert!(
                rule.name.is_empty() || all.iter().any(|r| r.name == rule.name),
                "{name}: firewall rule {rule:?}"
            );
        }
    }
    if let (Ok(all), Ok(some)) = (parse_certificates(whole), parse_certificates(part)) {
        for cert in &some {
            let same = all.iter().find(|c| c.thumbprint == cert.thumbprint);
            assert!(
                same.is_some_and(|c| (cert.subject.is_empty() || cert.subject == c.subject)
                    && (cert.not_after.is_empty() || cert.not_after_unix == c.not_after_unix)),
                "{name}: certificate {cert:?}"
            );
        }
    }
}

#[test]
fn there_are_samples_for_every_parser() {
    let names = sample_names();
    for prefix in [
        "reg-",
        "sc-queryex.",
        "sc-qc.",
        "powercfg-",
        "qwinsta.",
        "cmdkey.",
        "firewall.",
        "certs.",
        "machinekeys.",
    ] {
        assert!(
            names.iter().any(|n| n.starts_with(prefix)),
            "no sample for {prefix}"
        );
    }
    assert!(names.len() >= 60, "{}", names.len());
}

#[test]
fn empty_and_blank_input() {
    for text in ["", "\r\n", "   \r\n\r\n", "\u{feff}", "\u{feff}\r\n"] {
        every_parser(text);
        assert!(matches!(
            parse_reg_query(text),
            Err(ParseError::Empty { .. })
        ));
        assert!(matches!(
            parse_sc_queryex(text),
            Err(ParseError::Empty { .. })
        ));
        assert!(matches!(parse_sc_qc(text), Err(ParseError::Empty { .. })));
        assert!(matches!(
            parse_powercfg_setting(text),
            Err(ParseError::Empty { .. })
        ));
        assert!(matches!(parse_qwinsta(text), Err(ParseError::Empty { .. })));
        assert!(matches!(
            parse_machine_keys(text),
            Err(ParseError::Empty { .. })
        ));
        assert_eq!(parse_cmdkey_list(text), Vec::<String>::new());
        // Our scripts print `[]` for none; no output at all is a PowerShell that did not run.
        assert!(matches!(
            parse_firewall_rules(text),
            Err(ParseError::Empty { .. })
        ));
        assert!(matches!(
            parse_certificates(text),
            Err(ParseError::Empty { .. })
        ));
    }
    assert_eq!(parse_firewall_rules("[]\r\n"), Ok(vec![]));
    assert_eq!(parse_certificates("\u{feff}[]"), Ok(vec![]));
}

#[test]
fn every_sample_through_every_parser() {
    for name in sample_names() {
        every_parser(&sample(name.as_str()));
    }
}

/// Cut before every 7th character, and before each of the first 40 (the byte order mark, the
/// header line); both halves.
#[test]
fn every_sample_cut_short() {
    for name in sample_names() {
        let text = sample(&name);
        for (i, (at, _)) in text.char_indices().enumerate() {
            if i % 7 == 0 || i < 40 {
                every_parser(&text[..at]);
                every_parser(&text[at..]);
            }
        }
    }
}

#[test]
fn every_sample_with_lines_missing() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for name in sample_names() {
        let text = sample(&name);
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        for _ in 0..40 {
            let keep_one_in = 2 + rng.below(4);
            let thinned: String = lines
                .iter()
                .filter(|_| rng.below(keep_one_in) != 0)
                .copied()
                .collect();
            every_parser(&thinned);
            only_what_the_whole_gave(&name, &text, &thinned);
            // And shuffled: the first line moved to the end.
            if let Some((first, rest)) = lines.split_first() {
                let rotated: String = rest.iter().chain([first]).copied().collect();
                every_parser(&rotated);
            }
        }
    }
}

#[test]
fn every_sample_with_bytes_garbled() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    // Bytes that mean something to the parsers.
    const INTERESTING: &[u8] = b"0123456789xX:;()[]{}\",.- \t\r\n>\\/ABDFGRSWaf\xc3\xa4\xff";
    for name in sample_names() {
        let bytes = std::fs::read(dir().join(&name)).expect("sample");
        if bytes.is_empty() {
            continue;
        }
        for _ in 0..60 {
            let mut garbled = bytes.clone();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(garbled.len());
                let byte = if rng.below(2) == 0 {
                    INTERESTING[rng.below(INTERESTING.len())]
                } else {
                    u8::try_from(rng.below(256)).unwrap_or(0)
                };
                garbled[at] = byte;
            }
            every_parser(&String::from_utf8_lossy(&garbled));
        }
    }
}

#[test]
fn errors_are_sentences() {
    let messages = [
        parse_sc_queryex(&sample("sc-qc.demand.en.txt")),
        parse_sc_queryex(""),
        parse_sc_queryex(&sample("sc-queryex.denied.en.txt")),
    ]
    .into_iter()
    .filter_map(Result::err)
    .map(|e| e.to_string())
    .collect::<Vec<_>>();
    assert_eq!(
        messages,
        [
            "the output of `sc queryex` has no STATE line",
            "the output of `sc queryex` is empty",
            "`sc queryex` was denied access; run it as administrator to read this",
        ]
    );
    let reg = parse_reg_query("HKEY_LOCAL_MACHINE\\X\r\n    a    REG_DWORD    0xZZ\r\n");
    assert_eq!(
        reg.map_err(|e| e.to_string()),
        Err(
            "the output of `reg query` has a value that cannot be read: `a    REG_DWORD    0xZZ`"
                .into()
        )
    );
}
