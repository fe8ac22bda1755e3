//! Facts read inside a machine through standard commands (`reg query`, `sc`, `powercfg`,
//! `qwinsta`, `cmdkey`, PowerShell with `ConvertTo-Json`), each with a deadline; the output is
//! parsed by the pure functions of `rdp-doctor-facts`, so only which command runs is platform
//! specific. A [`Runner`] runs the commands: [`SystemRunner`] on this machine, [`ReplayRunner`]
//! from recorded outputs (IT can analyse a PC's outputs elsewhere; the GUI tests use it).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rdp_doctor_facts as parse;
use rdp_doctor_model::{
    ClientFacts, EncryptionOracle, Fact, HostFacts, PowerTimeouts, RdpApp, RdpSettings,
};
use tokio::net::TcpStream;

mod commands;
mod runner;

pub use commands::*;
pub use runner::{
    CommandOutput, FactCommand, FactSource, ReplayRunner, RunError, Runner, SystemRunner, decode,
};
use runner::{LISTENING, RECORDED_AT, truncate};

/// Runs one command and parses its output; access denied and the rest become facts too.
async fn read<T>(
    runner: &impl Runner,
    command: &FactCommand,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Fact<T> {
    read_output(runner, command, |out| parse(&out.stdout)).await
}

/// [`read`] with a parser that sees the whole output. A parser's answer wins over the exit
/// status: `reg` exits 1 for "not found", which is an answer.
async fn read_output<T>(
    runner: &impl Runner,
    command: &FactCommand,
    parse: impl FnOnce(&CommandOutput) -> Result<T, String>,
) -> Fact<T> {
    let source = command.display();
    match runner.run(command).await {
        Err(reason) => Fact::Unavailable {
            source,
            reason: reason.to_string(),
        },
        Ok(out) => {
            if parse::access_denied(&out.stdout) || parse::access_denied(&out.stderr) {
                return Fact::NeedsAdmin { source };
            }
            match parse(&out) {
                Ok(value) => Fact::Read { value, source },
                Err(_) if !out.success => Fact::Unavailable {
                    source,
                    reason: failure_reason(&out),
                },
                Err(reason) => Fact::Unavailable { source, reason },
            }
        }
    }
}

fn failure_reason(out: &CommandOutput) -> String {
    let text = if out.stderr.trim().is_empty() {
        &out.stdout
    } else {
        &out.stderr
    };
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    match first {
        Some(line) => format!("it failed: {}", truncate(line, 160)),
        None => "it failed without saying why".to_string(),
    }
}

fn merge(into: &mut RdpSettings, from: RdpSettings) {
    into.deny_connections = from.deny_connections.or(into.deny_connections);
    into.user_authentication = from.user_authentication.or(into.user_authentication);
    into.security_layer = from.security_layer.or(into.security_layer);
    into.port = from.port.or(into.port);
    into.certificate_thumbprint = from
        .certificate_thumbprint
        .or(into.certificate_thumbprint.take());
    into.max_sessions = from.max_sessions.or(into.max_sessions);
}

/// What `reg query` answering "not found" means for a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Missing {
    /// Nothing is set there (a policy key, an optional value).
    NotSet,
    /// Every Windows has this key, so its absence means we cannot read the setting here
    /// (Wine, a damaged installation), not that it has its default.
    Unreadable,
}

/// `reg query` output; "not found" (on stdout or stderr) as `missing` says.
async fn read_reg(
    runner: &impl Runner,
    command: &FactCommand,
    missing: Missing,
) -> Fact<Vec<parse::reg::RegValue>> {
    read_output(runner, command, |out| {
        if parse::reg::reg_not_found(&out.stdout) || parse::reg::reg_not_found(&out.stderr) {
            return match missing {
                Missing::NotSet => Ok(Vec::new()),
                Missing::Unreadable => Err("the registry key does not exist".to_string()),
            };
        }
        parse::reg::parse_reg_query(&out.stdout).map_err(|e| e.to_string())
    })
    .await
}

async fn read_settings(
    runner: &impl Runner,
    command: &FactCommand,
    missing: Missing,
) -> Fact<RdpSettings> {
    read_reg(runner, command, missing)
        .await
        .map(|values| parse::reg::rdp_settings(&values))
}

fn not_windows<T>(command: &FactCommand) -> Fact<T> {
    Fact::Unavailable {
        source: command.display(),
        reason: format!(
            "this is a Windows setting; this computer runs {}",
            os_name()
        ),
    }
}

fn os_name() -> &'static str {
    match platform() {
        "macos" => "macOS",
        "windows" => "Windows",
        _ => "Linux",
    }
}

/// Host mode: everything about this machine as a Remote Desktop host.
pub async fn host_facts(runner: &impl FactSource, connect_deadline: Duration) -> HostFacts {
    let read_at_unix = runner
        .recorded_at()
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().unix_timestamp());
    if !runner.reads_windows() {
        let listening = listening(3389, connect_deadline).await;
        return HostFacts {
            platform: platform().to_string(),
            settings: not_windows(&REG_RDP_TCP),
            policy: not_windows(&REG_POLICY),
            service: not_windows(&SC_QUERYEX),
            firewall: not_windows(&FIREWALL),
            certificates: not_windows(&CERTIFICATES),
            machine_keys: not_windows(&MACHINE_KEYS),
            power: not_windows(&POWER_STANDBY),
            sessions: not_windows(&QWINSTA),
            listening,
            read_at_unix,
        };
    }
    let (ts, rdp_tcp, policy, service, start_type) = tokio::join!(
        read_settings(runner, &REG_TERMINAL_SERVER, Missing::NotSet),
        read_settings(runner, &REG_RDP_TCP, Missing::Unreadable),
        read_settings(runner, &REG_POLICY, Missing::NotSet),
        read(runner, &SC_QUERYEX, |t| parse::sc::parse_sc_queryex(t)
            .map_err(|e| e.to_string())),
        read(runner, &SC_QC, |t| parse::sc::parse_sc_qc(t)
            .map_err(|e| e.to_string())),
    );
    let (firewall, certificates, machine_keys, standby, hibernate, sessions) = tokio::join!(
        read(runner, &FIREWALL, |t| {
            parse::powershell::parse_firewall_rules(t).map_err(|e| e.to_string())
        }),
        read(runner, &CERTIFICATES, |t| {
            parse::powershell::parse_certificates(t).map_err(|e| e.to_string())
        }),
        read(runner, &MACHINE_KEYS, |t| {
            parse::powershell::parse_machine_keys(t).map_err(|e| e.to_string())
        }),
        read(runner, &POWER_STANDBY, |t| {
            parse::powercfg::parse_powercfg_setting(t).map_err(|e| e.to_string())
        }),
        read(runner, &POWER_HIBERNATE, |t| {
            parse::powercfg::parse_powercfg_setting(t).map_err(|e| e.to_string())
        }),
        read(runner, &QWINSTA, |t| parse::qwinsta::parse_qwinsta(t)
            .map_err(|e| e.to_string())),
    );
    // fDenyTSConnections lives on the Terminal Server key, the rest on its RDP-Tcp listener.
    let settings = match (rdp_tcp, ts) {
        (Fact::Read { mut value, source }, Fact::Read { value: top, .. }) => {
            merge(&mut value, top);
            Fact::Read { value, source }
        }
        (listener, _) => listener,
    };
    // The start type and the hibernate timer complete a fact; without them it still stands.
    let service = service.map(|state| rdp_doctor_model::ServiceStatus {
        state,
        start_type: start_type.value().copied(),
    });
    let power = standby.map(|sleep| PowerTimeouts {
        sleep_ac_seconds: sleep,
        hibernate_ac_seconds: hibernate.value().copied().flatten(),
    });
    let port = effective_port(&settings, &policy);
    let listening = match runner.recorded_listening() {
        Some(fact) => fact,
        None => listening(port, connect_deadline).await,
    };
    HostFacts {
        platform: "windows".to_string(),
        settings,
        policy,
        service,
        firewall,
        certificates,
        machine_keys,
        power,
        sessions,
        listening,
        read_at_unix,
    }
}

fn effective_port(settings: &Fact<RdpSettings>, policy: &Fact<RdpSettings>) -> u16 {
    policy
        .value()
        .and_then(|p| p.port)
        .or_else(|| settings.value().and_then(|s| s.port))
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p != 0)
        .unwrap_or(3389)
}

/// Whether something accepts TCP connections on the port of this machine.
async fn listening(port: u16, deadline: Duration) -> Fact<bool> {
    let source = format!("TCP connect to 127.0.0.1:{port}");
    match tokio::time::timeout(deadline, TcpStream::connect(("127.0.0.1", port))).await {
        Ok(Ok(_)) => Fact::Read {
            value: true,
            source,
        },
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => Fact::Read {
            value: false,
            source,
        },
        Ok(Err(e)) => Fact::Unavailable {
            source,
            reason: format!("the connection failed ({e})"),
        },
        Err(_) => Fact::Unavailable {
            source,
            reason: format!("no answer within {} ms", deadline.as_millis()),
        },
    }
}

/// This computer's Remote Desktop setup, for the connection check.
pub async fn client_facts(runner: &impl FactSource) -> ClientFacts {
    if !runner.reads_windows() {
        return ClientFacts {
            platform: platform().to_string(),
            rdp_apps: Fact::Read {
                value: installed_apps(platform(), &path_dirs(), |p| p.exists()),
                source: "the program folders and PATH".to_string(),
            },
            credssp_policy: not_windows(&REG_CREDSSP),
            saved_credentials: not_windows(&CMDKEY),
        };
    }
    let (credssp, saved, appx) = tokio::join!(
        read_reg(runner, &REG_CREDSSP, Missing::NotSet),
        read(runner, &CMDKEY, |t| {
            // cmdkey always prints its header; nothing at all is not "no saved sign-ins".
            if t.trim().is_empty() {
                return Err("cmdkey printed nothing".to_string());
            }
            Ok(parse::cmdkey::parse_cmdkey_list(t))
        }),
        read(runner, &APPX_RDP, parse_appx),
    );
    let mut apps = installed_apps("windows", &[], |p| p.exists());
    let rdp_apps = match appx {
        Fact::Read { value, source } => {
            apps.extend(value);
            Fact::Read {
                value: apps,
                source,
            }
        }
        // The classic client alone is still an answer; without it, the Store apps not read
        // means we cannot say that no app is installed.
        _ if !apps.is_empty() => Fact::Read {
            value: apps,
            source: r"C:\Windows\System32\mstsc.exe".to_string(),
        },
        unread => unread,
    };
    ClientFacts {
        platform: "windows".to_string(),
        rdp_apps,
        credssp_policy: read_credssp(credssp),
        saved_credentials: saved,
    }
}

fn read_credssp(values: Fact<Vec<parse::reg::RegValue>>) -> Fact<Option<EncryptionOracle>> {
    values.map(|values| {
        values.iter().find_map(|v| match v.data {
            parse::reg::RegData::Dword(d)
                if v.name.eq_ignore_ascii_case("AllowEncryptionOracle") =>
            {
                Some(EncryptionOracle::from(d))
            }
            _ => None,
        })
    })
}

fn parse_appx(text: &str) -> Result<Vec<RdpApp>, String> {
    let text = text.trim();
    if text.is_empty() {
        // The script prints `[]` for no packages: nothing at all means PowerShell did not run.
        return Err("PowerShell printed nothing".to_string());
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("Get-AppxPackage printed no JSON ({e})"))?;
    let items = match value {
        serde_json::Value::Array(a) => a,
        other => vec![other],
    };
    Ok(items
        .iter()
        .filter_map(|i| i.get("Name").and_then(|n| n.as_str()))
        .map(|name| RdpApp {
            name: match name {
                "MicrosoftCorporationII.Windows365" => "Windows App".to_string(),
                "Microsoft.RemoteDesktop" => "Microsoft Remote Desktop (Store)".to_string(),
                other => other.to_string(),
            },
            location: name.to_string(),
        })
        .collect())
}

fn path_dirs() -> Vec<PathBuf> {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default()
}

/// RDP clients found by their usual install locations and program names.
pub fn installed_apps(
    platform: &str,
    path: &[PathBuf],
    exists: impl Fn(&Path) -> bool,
) -> Vec<RdpApp> {
    let mut found = Vec::new();
    let mut check = |name: &str, location: PathBuf| {
        if exists(&location) && !found.iter().any(|a: &RdpApp| a.name == name) {
            found.push(RdpApp {
                name: name.to_string(),
                location: location.display().to_string(),
            });
        }
    };
    match platform {
        "windows" => check(
            "Remote Desktop Connection (mstsc)",
            PathBuf::from(r"C:\Windows\System32\mstsc.exe"),
        ),
        "macos" => {
            check(
                "Windows App",
                PathBuf::from("/Applications/Windows App.app"),
            );
            check(
                "Microsoft Remote Desktop",
                PathBuf::from("/Applications/Microsoft Remote Desktop.app"),
            );
        }
        _ => {}
    }
    const PROGRAMS: [(&str, &str); 8] = [
        ("FreeRDP", "xfreerdp3"),
        ("FreeRDP", "sdl-freerdp3"),
        ("FreeRDP", "xfreerdp"),
        ("FreeRDP", "sdl-freerdp"),
        ("FreeRDP", "wlfreerdp"),
        ("Remmina", "remmina"),
        ("KRDC", "krdc"),
        ("GNOME Connections", "gnome-connections"),
    ];
    for dir in path {
        for (name, program) in PROGRAMS {
            check(name, dir.join(program));
        }
    }
    found
}

/// Runs every command and saves what it printed as `<dir>/<id>.txt` (and `<id>.err` when it
/// failed), the layout [`ReplayRunner`] reads. Returns how many commands answered.
pub async fn record(runner: &impl Runner, dir: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    std::fs::write(dir.join(RECORDED_AT), now.to_string())?;
    let mut answered = 0;
    for command in ALL_COMMANDS.iter().chain(network_commands()) {
        match runner.run(command).await {
            Ok(out) => {
                answered += 1;
                std::fs::write(dir.join(format!("{}.txt", command.id)), out.stdout)?;
                if !out.success {
                    std::fs::write(dir.join(format!("{}.err", command.id)), out.stderr)?;
                }
            }
            Err(reason) => {
                std::fs::write(dir.join(format!("{}.err", command.id)), reason.to_string())?;
            }
        }
    }
    // The port as configured; the listing of RDP-Tcp was just saved.
    let settings = ReplayRunner {
        dir: dir.to_path_buf(),
    };
    let port = effective_port(
        &read_settings(&settings, &REG_RDP_TCP, Missing::Unreadable).await,
        &read_settings(&settings, &REG_POLICY, Missing::NotSet).await,
    );
    if let Fact::Read { value, .. } = listening(port, Duration::from_secs(1)).await {
        std::fs::write(dir.join(LISTENING), value.to_string())?;
    }
    Ok(answered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_windows_tools_print() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "Zugriff verweigert"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        assert_eq!(decode(&utf16), "Zugriff verweigert");
        assert_eq!(decode(b"\xEF\xBB\xBF{\"a\":1}"), "{\"a\":1}");
        // Code page 850 umlauts become U+FFFD; the ASCII the parsers anchor on survives.
        assert_eq!(decode(b"Abh\x94r."), "Abh\u{FFFD}r.");
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), "");
    }

    #[test]
    fn finds_rdp_apps_by_their_usual_places() {
        let present = [
            "/usr/bin/xfreerdp3",
            "/usr/bin/xfreerdp",
            "/usr/local/bin/remmina",
            "/Applications/Windows App.app",
        ];
        let exists = |p: &Path| present.iter().any(|q| Path::new(q) == p);
        let path = [PathBuf::from("/usr/bin"), PathBuf::from("/usr/local/bin")];
        let names = |apps: Vec<RdpApp>| apps.into_iter().map(|a| a.name).collect::<Vec<_>>();
        assert_eq!(
            names(installed_apps("linux", &path, exists)),
            ["FreeRDP", "Remmina"],
            "one entry per app, whichever of its programs is found first"
        );
        assert_eq!(names(installed_apps("macos", &[], exists)), ["Windows App"]);
        assert!(installed_apps("windows", &path, |_| false).is_empty());
    }

    #[test]
    fn store_apps_from_get_appxpackage() {
        let one = r#"{"Name":"MicrosoftCorporationII.Windows365","Version":"2.0.365.0"}"#;
        let apps = parse_appx(one).expect("json");
        assert_eq!(apps.len(), 1);
        assert_eq!(apps[0].name, "Windows App");
        assert_eq!(parse_appx("[]\r\n").expect("none"), Vec::new());
        assert!(parse_appx("").is_err(), "no output is not \"no apps\"");
        assert!(parse_appx("Get-AppxPackage : not recognized").is_err());
    }

    /// What Wine 8 answers (recorded with `rdp-doctor.exe host --record`): reg finds none of
    /// the keys, PowerShell is a stub that prints nothing, the other tools are missing. Every
    /// fact must come out unread, not as a default ("switched on", "no firewall rules").
    #[tokio::test]
    async fn a_windows_without_remote_desktop_reads_as_unread_not_as_defaults() {
        let dir = std::env::temp_dir().join(format!("rdp-doctor-wine-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let not_found = "reg: Unable to find the specified registry key\r\n";
        for id in [
            "reg-terminal-server",
            "reg-rdp-tcp",
            "reg-policy",
            "reg-credssp",
        ] {
            std::fs::write(dir.join(format!("{id}.txt")), not_found).expect("write");
            std::fs::write(dir.join(format!("{id}.err")), "").expect("write");
        }
        for id in [
            "firewall",
            "certs",
            "machinekeys",
            "appx-rdp",
            "sc-queryex",
            "sc-qc",
        ] {
            std::fs::write(dir.join(format!("{id}.txt")), "").expect("write");
        }
        for (id, program) in [
            ("powercfg-standby", "powercfg.exe"),
            ("powercfg-hibernate", "powercfg.exe"),
            ("qwinsta", "qwinsta.exe"),
            ("cmdkey", "cmdkey.exe"),
        ] {
            std::fs::write(
                dir.join(format!("{id}.err")),
                format!("{program} is not installed"),
            )
            .expect("write");
        }
        std::fs::write(dir.join("listening.txt"), "false").expect("write");
        let runner = ReplayRunner { dir: dir.clone() };
        let host = host_facts(&runner, Duration::from_millis(100)).await;
        let client = client_facts(&runner).await;
        let _ = std::fs::remove_dir_all(&dir);
        let unread = |fact: bool, what: &str| assert!(fact, "{what} should be unread");
        unread(host.settings.value().is_none(), "the RDP-Tcp settings");
        unread(host.firewall.value().is_none(), "the firewall rules");
        unread(host.certificates.value().is_none(), "the certificates");
        unread(host.machine_keys.value().is_none(), "MachineKeys");
        unread(host.service.value().is_none(), "the service");
        unread(host.power.value().is_none(), "the sleep settings");
        unread(host.sessions.value().is_none(), "the sessions");
        unread(client.rdp_apps.value().is_none(), "the Store apps");
        unread(client.saved_credentials.value().is_none(), "cmdkey");
        // A policy key that does not exist is an answer: no policy is set.
        assert_eq!(host.policy.value().map(|p| p.port), Some(None));
        match &host.settings {
            Fact::Unavailable { reason, .. } => {
                assert!(reason.contains("registry key"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_recording_is_judged_as_of_when_it_was_made() {
        let dir = std::env::temp_dir().join(format!("rdp-doctor-replay-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join("recorded-at.txt"), "1772323200").expect("write");
        std::fs::write(dir.join("listening.txt"), "false").expect("write");
        std::fs::write(dir.join("sc-queryex.txt"), "").expect("write");
        std::fs::write(
            dir.join("sc-queryex.err"),
            "[SC] OpenService FAILED 5:\r\n\r\nAccess is denied.\r\n",
        )
        .expect("write");
        let facts = host_facts(
            &ReplayRunner { dir: dir.clone() },
            Duration::from_millis(100),
        )
        .await;
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(facts.read_at_unix, 1_772_323_200);
        assert_eq!(facts.listening.value(), Some(&false));
        assert!(
            matches!(facts.service, Fact::NeedsAdmin { .. }),
            "{:?}",
            facts.service
        );
        // Commands without a recording are "not available", named by their command line.
        match &facts.sessions {
            Fact::Unavailable { source, reason } => {
                assert_eq!(source, "qwinsta.exe");
                assert!(reason.contains("no recording"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
    }
}
