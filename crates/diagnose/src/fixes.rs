//! The fix catalog: each fix as data, with its exact commands, undo, place and risk.
//!
//! Values embedded in commands come from parsed types only (IpAddr, u16), never from
//! free text, so a host name can't inject a command.

use std::net::{IpAddr, SocketAddr};

use rdp_doctor_model::{Audience, Fix, FixCommand, FixKind, Place, Shell};

const STORE_WINDOWS_APP: &str = "ms-windows-store://pdp/?productid=9N1F85V9T8BN";
const APP_STORE_WINDOWS_APP: &str = "macappstore://apps.apple.com/app/id1295203466";
const RDP_TCP_KEY: &str =
    r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp";
const CREDSSP_KEY: &str =
    r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters";
const MACHINEKEYS: &str = r"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys";

fn cmd(shell: Shell, text: &str, undo: Option<&str>) -> FixCommand {
    FixCommand {
        shell,
        text: text.to_string(),
        undo: undo.map(str::to_string),
    }
}

fn remote_admin(
    id: &str,
    title: &str,
    steps: &str,
    risk: Option<&str>,
    commands: Vec<FixCommand>,
) -> Fix {
    Fix {
        id: id.to_string(),
        title: title.to_string(),
        kind: FixKind::CopyCommand,
        audience: Audience::It,
        needs_admin: true,
        place: Place::RemoteComputer,
        risk: risk.map(str::to_string),
        steps: steps.to_string(),
        commands,
        uris: Vec::new(),
        address: None,
    }
}

/// Opens the Remote Desktop port in the remote PC's firewall (rule ids are not localized,
/// unlike the group's display name).
pub fn firewall_rule(port: u16) -> Fix {
    let mut commands = vec![
        cmd(
            Shell::Powershell,
            "Enable-NetFirewallRule -Name 'RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP'",
            Some(
                "Disable-NetFirewallRule -Name 'RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP'",
            ),
        ),
        cmd(
            Shell::Cmd,
            "netsh advfirewall firewall set rule group=\"remote desktop\" new enable=Yes",
            Some("netsh advfirewall firewall set rule group=\"remote desktop\" new enable=No"),
        ),
    ];
    if port != 3389 {
        let name = format!("Remote Desktop (TCP-In, port {port})");
        commands.push(cmd(
            Shell::Powershell,
            &format!(
                "New-NetFirewallRule -DisplayName '{name}' -Direction Inbound -Protocol TCP -LocalPort {port} -Action Allow"
            ),
            Some(&format!("Remove-NetFirewallRule -DisplayName '{name}'")),
        ));
    }
    remote_admin(
        "fix.firewall_rule",
        "Allow Remote Desktop through the remote PC's firewall",
        "On the remote PC, make sure Remote Desktop is switched on (Settings > System > Remote \
         Desktop), then run one of these commands as administrator to open its port in Windows \
         Firewall. If a network firewall or router sits in between, it must allow the port too.",
        None,
        commands,
    )
}

pub fn renew_certificate() -> Fix {
    let script = "$store = 'Cert:\\LocalMachine\\Remote Desktop'\n\
        Get-ChildItem -Path $store | Where-Object { $_.NotAfter -lt (Get-Date) } | ForEach-Object {\n\
        \x20   Write-Output \"Removing expired certificate $($_.Thumbprint) (expired $($_.NotAfter))\"\n\
        \x20   Remove-Item -Path $_.PSPath\n\
        }\n\
        Restart-Service -Name TermService -Force\n\
        Start-Sleep -Seconds 5\n\
        Get-ChildItem -Path $store | Select-Object Thumbprint, Subject, NotAfter";
    remote_admin(
        "fix.renew_certificate",
        "Renew the remote PC's Remote Desktop certificate",
        "On the remote PC, open PowerShell as administrator and run this script. It removes only \
         expired certificates from the Remote Desktop store, restarts the Remote Desktop service \
         so Windows makes a new certificate, and shows the new certificate's thumbprint.",
        Some("Restarting the Remote Desktop service disconnects everyone connected to that PC."),
        vec![cmd(Shell::Powershell, script, None)],
    )
}

pub fn rebuild_machinekeys() -> Fix {
    let backup = r"C:\Windows\Temp\MachineKeys-acl-backup.txt";
    let script = format!(
        "icacls \"{MACHINEKEYS}\" /save \"{backup}\" /t /c\n\
         takeown /f \"{MACHINEKEYS}\" /a /r /d y\n\
         icacls \"{MACHINEKEYS}\" /t /c /grant \"NT AUTHORITY\\SYSTEM:(F)\"\n\
         icacls \"{MACHINEKEYS}\" /t /c /grant \"NT AUTHORITY\\NETWORK SERVICE:(R)\"\n\
         icacls \"{MACHINEKEYS}\" /t /c /grant \"BUILTIN\\Administrators:(F)\"\n\
         net stop TermService /y && net start TermService"
    );
    let undo =
        format!("icacls \"C:\\ProgramData\\Microsoft\\Crypto\\RSA\" /restore \"{backup}\" /c");
    remote_admin(
        "fix.rebuild_machinekeys",
        "Repair the key folder Windows needs to make a certificate",
        "When Windows cannot make or renew its Remote Desktop certificate (events 1057/1058 or \
         Schannel 36870 on the remote PC), the permissions of its MachineKeys folder are usually \
         broken. In an administrator Command Prompt on the remote PC, these commands save the \
         current permissions, restore the ones Windows expects, and restart the Remote Desktop \
         service.",
        Some(
            "Other programs keep keys in this folder: the permissions are saved first so the \
              undo can put them back. Restarting the service disconnects everyone on that PC.",
        ),
        vec![cmd(Shell::Cmd, &script, Some(&undo))],
    )
}

pub fn credssp_policy() -> Fix {
    let mut fix = remote_admin(
        "fix.credssp_policy",
        "Let this computer talk to a remote PC that misses the 2018 CredSSP update",
        "The real fix is to install Windows updates on the remote PC. Until then, IT can allow \
         this computer to connect by changing the \"Encryption Oracle Remediation\" policy here, \
         and undo it as soon as the remote PC is updated.",
        Some(
            "Lowers protection against a known attack (CVE-2018-0886): undo it once the remote \
              PC is updated.",
        ),
        vec![cmd(
            Shell::Cmd,
            &format!("reg add \"{CREDSSP_KEY}\" /v AllowEncryptionOracle /t REG_DWORD /d 2 /f"),
            Some(&format!(
                "reg delete \"{CREDSSP_KEY}\" /v AllowEncryptionOracle /f"
            )),
        )],
    );
    fix.place = Place::ThisComputer;
    fix
}

pub fn nla_temporarily_off() -> Fix {
    remote_admin(
        "fix.nla_temporarily_off",
        "Turn off sign-in before connecting (NLA) on the remote PC, temporarily",
        "Only while the sign-in problem is being fixed: with NLA off, the remote PC shows its own \
         sign-in screen instead of checking your account first. Turn it back on afterwards with \
         the undo command.",
        Some(
            "Lowers security: anyone who can reach the PC sees its sign-in screen. Undo it as soon \
              as the problem is fixed.",
        ),
        vec![
            cmd(
                Shell::Powershell,
                "Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting -Filter \"TerminalName='RDP-tcp'\" | Invoke-CimMethod -MethodName SetUserAuthenticationRequired -Arguments @{ UserAuthenticationRequired = 0 }",
                Some(
                    "Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting -Filter \"TerminalName='RDP-tcp'\" | Invoke-CimMethod -MethodName SetUserAuthenticationRequired -Arguments @{ UserAuthenticationRequired = 1 }",
                ),
            ),
            cmd(
                Shell::Cmd,
                &format!("reg add \"{RDP_TCP_KEY}\" /v UserAuthentication /t REG_DWORD /d 0 /f"),
                Some(&format!(
                    "reg add \"{RDP_TCP_KEY}\" /v UserAuthentication /t REG_DWORD /d 1 /f"
                )),
            ),
        ],
    )
}

pub fn security_layer() -> Fix {
    remote_admin(
        "fix.security_layer",
        "Let the remote PC use TLS encryption",
        "The remote PC is set to the old standard RDP security only. Setting its security layer \
         to \"Negotiate\" lets clients use TLS while old clients still connect. A Group Policy \
         setting (Require use of specific security layer) overrides this: check it too.",
        None,
        vec![cmd(
            Shell::Cmd,
            &format!("reg add \"{RDP_TCP_KEY}\" /v SecurityLayer /t REG_DWORD /d 1 /f"),
            Some(&format!(
                "reg add \"{RDP_TCP_KEY}\" /v SecurityLayer /t REG_DWORD /d 0 /f"
            )),
        )],
    )
}

pub fn disable_sleep() -> Fix {
    remote_admin(
        "fix.disable_sleep",
        "Keep the remote PC awake while it is plugged in",
        "A PC that goes to sleep cannot be reached by Remote Desktop. Once someone has woken it, \
         these commands (run as administrator on that PC) stop it from sleeping or hibernating \
         while on mains power.",
        Some("The PC uses more power. The undo sets the usual Windows default of 30 minutes."),
        vec![cmd(
            Shell::Cmd,
            "powercfg /change standby-timeout-ac 0\npowercfg /change hibernate-timeout-ac 0",
            Some("powercfg /change standby-timeout-ac 30\npowercfg /change hibernate-timeout-ac 0"),
        )],
    )
}

pub fn wake_on_lan() -> Fix {
    Fix {
        id: "fix.wake_on_lan".into(),
        title: "Wake the remote PC over the network (Wake-on-LAN)".into(),
        kind: FixKind::Advice,
        audience: Audience::It,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: "If Wake-on-LAN is enabled on the remote PC, IT can wake it by sending a \"magic \
                packet\" to its network card's MAC address from a computer on the same network \
                (or through the VPN, when it forwards broadcasts). Otherwise ask someone at the \
                office to press its power button."
            .into(),
        commands: Vec::new(),
        uris: Vec::new(),
        address: None,
    }
}

/// Starts the client to an address we resolved ourselves, for when the name leads elsewhere.
pub fn connect_by_ip(ip: IpAddr, port: u16) -> Fix {
    let address = SocketAddr::new(ip, port).to_string();
    Fix {
        id: "fix.connect_by_ip".into(),
        title: format!("Connect by address ({address}) instead of by name"),
        kind: FixKind::LaunchClient,
        audience: Audience::User,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: format!(
            "Start Remote Desktop with the address {address} instead of the name. If that works, \
             tell IT that the name does not lead to the right computer."
        ),
        commands: vec![cmd(Shell::Cmd, &format!("mstsc /v:{address}"), None)],
        uris: Vec::new(),
        address: Some(address),
    }
}

pub fn use_full_name(suggestion: Option<String>) -> Fix {
    let steps = match suggestion {
        Some(s) => format!(
            "Type the computer's full name (for example pc.company.example, ask IT) or its address \
             {s} instead of the short name."
        ),
        None => "Check the spelling, then type the computer's full name (for example \
                 pc.company.example) or its IP address, both of which IT can tell you."
            .to_string(),
    };
    Fix {
        id: "fix.use_full_name".into(),
        title: "Use the computer's full name or its address".into(),
        kind: FixKind::Advice,
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

pub fn open_store_app() -> Fix {
    Fix {
        id: "fix.open_store_app".into(),
        title: "Get Microsoft's current Remote Desktop app".into(),
        kind: FixKind::OpenUri,
        audience: Audience::User,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: "Install Microsoft's Windows App (the current Remote Desktop app) from your app \
                store. On Linux, use FreeRDP or Remmina from your distribution."
            .into(),
        commands: Vec::new(),
        uris: vec![
            ("windows".into(), STORE_WINDOWS_APP.into()),
            ("macos".into(), APP_STORE_WINDOWS_APP.into()),
        ],
        address: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn security_lowering_fixes_carry_risk_and_undo() {
        for f in [credssp_policy(), nla_temporarily_off()] {
            assert!(f.risk.is_some(), "{}", f.id);
            assert!(f.commands.iter().all(|c| c.undo.is_some()), "{}", f.id);
        }
    }
}
