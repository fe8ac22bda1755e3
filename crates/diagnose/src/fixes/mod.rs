//! The fix catalog: each fix as data, with its exact commands, undo, place and risk.
//!
//! Values embedded in commands come from parsed types only ([`HostName`], [`Thumbprint`],
//! [`MacAddress`], [`SessionId`], `IpAddr`, `u16`), never from free text, and are quoted for the
//! target shell on top of that (see [`crate::shell`]), so nothing from outside can turn one
//! command into two. `tests/commands.rs` checks every command with a tokenizer per shell.

use rdp_doctor_model::{Audience, Fix, FixCommand, FixKind, Place, Shell};

mod local;
mod remote;

pub use local::{
    check_port, check_port_forwarding, check_port_from_another_pc, connect_by_ip, flush_dns,
    forget_saved_credentials, open_store_app, reset_network_stack, use_as_gateway, use_full_name,
    wake_on_lan_for,
};
pub use remote::{
    credssp_policy, disable_sleep, enable_remote_desktop, firewall_rule, nla_temporarily_off,
    rebuild_machinekeys, renew_certificate, reset_sessions, security_layer, start_rdp_service,
    unbind_certificate, wake_on_lan,
};
/// The same fixes worded for where they are made: host mode asks for "this PC". Their commands
/// are those of the functions above, which `tests/commands.rs` checks.
pub(crate) use remote::{
    disable_sleep_on, enable_remote_desktop_on, firewall_rule_on, rebuild_machinekeys_on,
    renew_certificate_on, reset_sessions_on, security_layer_on, start_rdp_service_on,
    unbind_certificate_on,
};

pub(super) const STORE_WINDOWS_APP: &str = "ms-windows-store://pdp/?productid=9N1F85V9T8BN";

pub(super) const APP_STORE_WINDOWS_APP: &str = "macappstore://apps.apple.com/app/id1295203466";

pub(super) const RDP_TCP_KEY: &str =
    r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp";

pub(super) const RDP_TCP_PATH: &str =
    r"HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp";

pub(super) const TERMINAL_SERVER_KEY: &str =
    r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server";

pub(super) const TERMINAL_SERVER_PATH: &str =
    r"HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server";

pub(super) const CREDSSP_KEY: &str =
    r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters";

pub(super) const CREDSSP_PATH: &str =
    r"HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters";

pub(crate) const MACHINEKEYS: &str = r"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys";

/// The built-in Remote Desktop firewall rules, by id: unlike display names, ids are not
/// translated.
pub(super) const RDP_FIREWALL_RULES: &str =
    "'RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP'";

/// How many sessions one fix lists by id; the rest are counted in words.
pub(super) const MAX_SESSIONS: usize = 20;

/// Every fix id this catalog produces, in one list: IT's config file names fixes to hide by
/// these ids, and a name not listed here is a typo it reports.
pub const ALL_IDS: [&str; 22] = [
    "fix.firewall_rule",
    "fix.renew_certificate",
    "fix.rebuild_machinekeys",
    "fix.credssp_policy",
    "fix.nla_temporarily_off",
    "fix.security_layer",
    "fix.disable_sleep",
    "fix.wake_on_lan",
    "fix.connect_by_ip",
    "fix.use_full_name",
    "fix.open_store_app",
    "fix.enable_remote_desktop",
    "fix.start_rdp_service",
    "fix.unbind_certificate",
    "fix.reset_sessions",
    "fix.forget_saved_credentials",
    "fix.flush_dns",
    "fix.reset_network_stack",
    "fix.test_port",
    "fix.check_port",
    "fix.check_port_forwarding",
    "fix.use_as_gateway",
];

pub(super) fn cmd(shell: Shell, text: &str, undo: Option<&str>) -> FixCommand {
    FixCommand {
        shell,
        text: text.to_string(),
        undo: undo.map(str::to_string),
    }
}

/// Which PC a fix made on a Remote Desktop host speaks of, for the catalogue's `$pc` select:
/// "the remote PC" from a connecting computer, "this PC" when it runs on the host itself.
pub(super) fn pc(place: Place) -> &'static str {
    match place {
        Place::ThisComputer => "this",
        Place::RemoteComputer => "remote",
    }
}

/// A fix the user makes on this computer, without administrator rights, with nothing to copy
/// or open yet: callers add what differs with `Fix { commands, ..here(…) }`.
pub(super) fn here(id: &str, kind: FixKind, title: String, steps: String) -> Fix {
    Fix {
        id: id.to_string(),
        title,
        kind,
        audience: Audience::User,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps,
        commands: Vec::new(),
        uris: Vec::new(),
        address: None,
    }
}

/// A fix IT makes as administrator on the Remote Desktop host, at `place`.
pub(super) fn remote_admin(
    id: &str,
    place: Place,
    title: String,
    steps: String,
    risk: Option<String>,
    commands: Vec<FixCommand>,
) -> Fix {
    Fix {
        id: id.to_string(),
        title,
        kind: FixKind::CopyCommand,
        audience: Audience::It,
        needs_admin: true,
        place,
        risk,
        steps,
        commands,
        uris: Vec::new(),
        address: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::{HostName, MacAddress, SessionId, Thumbprint};

    #[test]
    fn all_ids_lists_every_fix_of_the_catalog_once() {
        let host = HostName::parse("pc.example.com").expect("host");
        let mac = MacAddress::parse("00-1A-2B-3C-4D-5E").expect("mac");
        let thumbprint = Thumbprint::from_bytes([0xAB; 20]);
        let session = SessionId::new(2).expect("session");
        let ip = "192.0.2.1".parse().expect("ip");
        let made = [
            firewall_rule(3389),
            renew_certificate(),
            rebuild_machinekeys(),
            credssp_policy(),
            nla_temporarily_off(),
            security_layer(),
            disable_sleep(),
            wake_on_lan(),
            wake_on_lan_for(&mac),
            connect_by_ip(ip, 3389),
            use_full_name(None),
            open_store_app(),
            enable_remote_desktop(3389),
            start_rdp_service(true),
            unbind_certificate(&thumbprint),
            reset_sessions(&[session]),
            forget_saved_credentials(&host),
            flush_dns(),
            reset_network_stack(),
            check_port_from_another_pc(&host, 3389),
            check_port(3389),
            check_port_forwarding(3389),
            use_as_gateway(&host, 443),
        ];
        let mut ids: Vec<&str> = made.iter().map(|f| f.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut listed = ALL_IDS.to_vec();
        listed.sort_unstable();
        assert_eq!(ids, listed);
    }

    #[test]
    fn commands_embed_only_typed_values() {
        let f = firewall_rule(3390);
        assert_eq!(f.commands.len(), 3);
        assert!(
            f.commands
                .iter()
                .any(|c| c.text.contains("-LocalPort 3390 "))
        );
        assert!(f.commands.iter().all(|c| c.undo.is_some()));
        assert_eq!(firewall_rule(3389).commands.len(), 2);
        let ip = connect_by_ip("fe80::1".parse().expect("ip"), 3389);
        assert_eq!(
            ip.commands.first().map(|c| c.text.as_str()),
            Some("mstsc /v:[fe80::1]:3389")
        );
        assert_eq!(ip.address.as_deref(), Some("[fe80::1]:3389"));
    }

    #[test]
    fn renewal_removes_only_expired_certificates() {
        let f = renew_certificate();
        let text = &f.commands.first().expect("one command").text;
        assert!(text.contains("Cert:\\LocalMachine\\Remote Desktop"));
        assert!(text.contains("Where-Object { $_.NotAfter -lt (Get-Date) }"));
        assert!(text.contains("Restart-Service -Name TermService"));
        assert!(text.contains("Thumbprint"));
        assert_eq!(f.place, Place::RemoteComputer);
        assert!(f.needs_admin && f.risk.is_some());
    }

    #[test]
    fn values_from_outside_read_as_intended() {
        let host = HostName::parse("pc01.corp.example").expect("host");
        let texts = |f: &Fix| {
            f.commands
                .iter()
                .map(|c| c.text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts(&check_port_from_another_pc(&host, 3390)),
            [
                "Test-NetConnection -ComputerName 'pc01.corp.example' -Port 3390",
                "nc -vz 'pc01.corp.example' 3390"
            ]
        );
        assert_eq!(
            texts(&forget_saved_credentials(&host)),
            [
                "cmdkey.exe '/delete:TERMSRV/pc01.corp.example'",
                "cmdkey /delete:TERMSRV/pc01.corp.example"
            ]
        );
        let mac = MacAddress::parse("00:1a:2b:3c:4d:5e").expect("mac");
        let wake = wake_on_lan_for(&mac);
        assert_eq!(wake.kind, FixKind::CopyCommand);
        assert!(
            wake.commands[0]
                .text
                .starts_with("$mac = '00-1A-2B-3C-4D-5E'\n")
        );
        assert_eq!(wake.commands[1].text, "rdp-doctor wake 00-1A-2B-3C-4D-5E");
        let thumbprint =
            Thumbprint::parse("0123456789abcdef0123456789abcdef01234567").expect("thumbprint");
        let unbind = unbind_certificate(&thumbprint);
        assert!(
            unbind.commands[1]
                .undo
                .as_deref()
                .is_some_and(|u| u.contains(
                    "/v SSLCertificateSHA1Hash /t REG_BINARY /d 0123456789ABCDEF0123456789ABCDEF01234567 /f"
                ))
        );
        let ids: Vec<SessionId> = (1..=25).map(|i| SessionId::new(i).expect("id")).collect();
        let reset = reset_sessions(&ids);
        assert!(
            reset.commands[0]
                .text
                .starts_with("qwinsta\nrwinsta 1\nrwinsta 2\n")
        );
        assert!(reset.commands[0].text.ends_with("\nrwinsta 20"));
        assert!(reset.steps.contains("there are 5 more"));
        let start = start_rdp_service(true);
        assert_eq!(
            start.commands[0].undo.as_deref(),
            Some(
                "Stop-Service -Name TermService -Force\nSet-Service -Name TermService -StartupType Disabled"
            )
        );
    }

    #[test]
    fn host_fixes_worded_for_this_pc_differ_only_in_naming_it() {
        let thumbprint = Thumbprint::from_bytes([0xAB; 20]);
        let ids: Vec<SessionId> = (1..=25).map(|i| SessionId::new(i).expect("id")).collect();
        let both = |on: &dyn Fn(Place) -> Fix| (on(Place::RemoteComputer), on(Place::ThisComputer));
        let pairs = [
            both(&|p| firewall_rule_on(p, 3390)),
            both(&|p| renew_certificate_on(p)),
            both(&|p| rebuild_machinekeys_on(p)),
            both(&|p| security_layer_on(p)),
            both(&|p| disable_sleep_on(p)),
            both(&|p| enable_remote_desktop_on(p, 3390)),
            both(&|p| start_rdp_service_on(p, true)),
            both(&|p| start_rdp_service_on(p, false)),
            both(&|p| unbind_certificate_on(p, &thumbprint)),
            both(&|p| reset_sessions_on(p, &ids)),
        ];
        let here = |text: &str| {
            text.replace("the remote PC's", "this PC's")
                .replace("The remote PC's", "This PC's")
                .replace("the remote PC", "this PC")
                .replace("The remote PC", "This PC")
        };
        for (remote, this) in pairs {
            assert_eq!(remote.place, Place::RemoteComputer, "{}", remote.id);
            assert_eq!(this.place, Place::ThisComputer, "{}", this.id);
            assert_eq!(this.title, here(&remote.title), "{}", this.id);
            assert_eq!(this.steps, here(&remote.steps), "{}", this.id);
            assert_eq!(this.risk, remote.risk.as_deref().map(here), "{}", this.id);
            assert_eq!(this.commands, remote.commands, "{}", this.id);
        }
    }

    #[test]
    fn security_lowering_fixes_carry_risk_and_undo() {
        for f in [
            credssp_policy(),
            nla_temporarily_off(),
            enable_remote_desktop(3389),
        ] {
            assert!(f.risk.is_some(), "{}", f.id);
            assert!(f.commands.iter().all(|c| c.undo.is_some()), "{}", f.id);
        }
    }
}
