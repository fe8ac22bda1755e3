//! The fix catalog: each fix as data, with its exact commands, undo, place and risk.
//!
//! Values embedded in commands come from parsed types only ([`HostName`], [`Thumbprint`],
//! [`MacAddress`], [`SessionId`], `IpAddr`, `u16`), never from free text, and are quoted for the
//! target shell on top of that (see [`crate::shell`]), so nothing from outside can turn one
//! command into two. `tests/commands.rs` checks every command with a tokenizer per shell.

use std::net::{IpAddr, SocketAddr};

use rdp_doctor_model::{
    Audience, DEFAULT_GATEWAY_PORT, DEFAULT_RDP_PORT, Fix, FixCommand, FixKind, Place, Shell,
};

use crate::shell::{
    HostName, MacAddress, SessionId, Thumbprint, cmd_word, powershell_literal, sh_literal,
};

const STORE_WINDOWS_APP: &str = "ms-windows-store://pdp/?productid=9N1F85V9T8BN";
const APP_STORE_WINDOWS_APP: &str = "macappstore://apps.apple.com/app/id1295203466";
const RDP_TCP_KEY: &str =
    r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp";
const RDP_TCP_PATH: &str =
    r"HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp";
const TERMINAL_SERVER_KEY: &str = r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server";
const TERMINAL_SERVER_PATH: &str = r"HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server";
const CREDSSP_KEY: &str =
    r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters";
const CREDSSP_PATH: &str =
    r"HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters";
const MACHINEKEYS: &str = r"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys";
/// The built-in Remote Desktop firewall rules, by id: unlike display names, ids are not
/// translated.
const RDP_FIREWALL_RULES: &str = "'RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP'";
/// How many sessions one fix lists by id; the rest are counted in words.
const MAX_SESSIONS: usize = 20;

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
    let mut commands = vec![rdp_firewall_rules_powershell(), rdp_firewall_rules_netsh()];
    commands.extend(custom_port_rule(port));
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

fn rdp_firewall_rules_powershell() -> FixCommand {
    cmd(
        Shell::Powershell,
        &format!("Enable-NetFirewallRule -Name {RDP_FIREWALL_RULES}"),
        Some(&format!(
            "Disable-NetFirewallRule -Name {RDP_FIREWALL_RULES}"
        )),
    )
}

/// netsh knows the rules only by their (English, here) group name.
fn rdp_firewall_rules_netsh() -> FixCommand {
    cmd(
        Shell::Cmd,
        "netsh advfirewall firewall set rule group=\"remote desktop\" new enable=Yes",
        Some("netsh advfirewall firewall set rule group=\"remote desktop\" new enable=No"),
    )
}

/// The built-in rules cover port 3389 only: a listener moved to another port needs its own rule.
fn custom_port_rule(port: u16) -> Option<FixCommand> {
    (port != 3389).then(|| {
        let name = powershell_literal(&format!("Remote Desktop (TCP-In, port {port})"));
        cmd(
            Shell::Powershell,
            &format!(
                "New-NetFirewallRule -DisplayName {name} -Direction Inbound -Protocol TCP -LocalPort {port} -Action Allow"
            ),
            Some(&format!("Remove-NetFirewallRule -DisplayName {name}")),
        )
    })
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
         so Windows makes a new certificate, and shows the new certificate's thumbprint. There \
         is no undo, and none is needed: what it removes had expired and could not be used.",
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
        vec![
            cmd(
                Shell::Powershell,
                &format!(
                    "New-Item -Path '{CREDSSP_PATH}' -Force | Out-Null\nSet-ItemProperty -Path '{CREDSSP_PATH}' -Name AllowEncryptionOracle -Type DWord -Value 2"
                ),
                Some(&format!(
                    "Remove-ItemProperty -Path '{CREDSSP_PATH}' -Name AllowEncryptionOracle"
                )),
            ),
            cmd(
                Shell::Cmd,
                &format!("reg add \"{CREDSSP_KEY}\" /v AllowEncryptionOracle /t REG_DWORD /d 2 /f"),
                Some(&format!(
                    "reg delete \"{CREDSSP_KEY}\" /v AllowEncryptionOracle /f"
                )),
            ),
        ],
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
        vec![
            cmd(
                Shell::Powershell,
                &format!("Set-ItemProperty -Path '{RDP_TCP_PATH}' -Name SecurityLayer -Value 1"),
                Some(&format!(
                    "Set-ItemProperty -Path '{RDP_TCP_PATH}' -Name SecurityLayer -Value 0"
                )),
            ),
            cmd(
                Shell::Cmd,
                &format!("reg add \"{RDP_TCP_KEY}\" /v SecurityLayer /t REG_DWORD /d 1 /f"),
                Some(&format!(
                    "reg add \"{RDP_TCP_KEY}\" /v SecurityLayer /t REG_DWORD /d 0 /f"
                )),
            ),
        ],
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

/// Wakes the remote PC with a magic packet (six 0xFF bytes, then its MAC address sixteen times)
/// broadcast to UDP port 9: from PowerShell, or with rdp-doctor itself.
pub fn wake_on_lan_for(mac: &MacAddress) -> Fix {
    let script = format!(
        "$mac = {}\n\
         $bytes = [byte[]]($mac -split '-' | ForEach-Object {{ [Convert]::ToByte($_, 16) }})\n\
         $packet = [byte[]]((@(0xFF) * 6) + ($bytes * 16))\n\
         $client = New-Object System.Net.Sockets.UdpClient\n\
         $client.EnableBroadcast = $true\n\
         [void]$client.Send($packet, $packet.Length, '255.255.255.255', 9)\n\
         $client.Close()",
        powershell_literal(&mac.to_string())
    );
    Fix {
        id: "fix.wake_on_lan".into(),
        title: "Wake the remote PC over the network (Wake-on-LAN)".into(),
        kind: FixKind::CopyCommand,
        audience: Audience::It,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: format!(
            "If Wake-on-LAN is enabled on the remote PC, this wakes it by sending a \"magic \
             packet\" to its network card ({mac}). Run it on a computer on the same network as \
             the remote PC (over a VPN it works only when the VPN forwards broadcasts), then give \
             the PC a minute to start. It changes nothing, so there is nothing to undo. If the PC \
             does not wake, ask someone at the office to press its power button."
        ),
        commands: vec![
            cmd(Shell::Powershell, &script, None),
            // The CLI's own form: a MAC shown as AA-BB-CC-DD-EE-FF is one word in every shell.
            cmd(Shell::Sh, &format!("rdp-doctor wake {mac}"), None),
        ],
        uris: Vec::new(),
        address: None,
    }
}

/// Switches Remote Desktop on (`fDenyTSConnections` = 0) and opens its firewall rules.
pub fn enable_remote_desktop(port: u16) -> Fix {
    let path = powershell_literal(TERMINAL_SERVER_PATH);
    let set = |v: u8| format!("Set-ItemProperty -Path {path} -Name fDenyTSConnections -Value {v}");
    let reg = |v: u8| {
        format!("reg add \"{TERMINAL_SERVER_KEY}\" /v fDenyTSConnections /t REG_DWORD /d {v} /f")
    };
    // The same firewall rules as `firewall_rule`, after the switch, in one script per shell.
    let with = |first: String, then: FixCommand, first_undo: String| FixCommand {
        shell: then.shell,
        text: format!("{first}\n{}", then.text),
        undo: then.undo.map(|u| format!("{first_undo}\n{u}")),
    };
    let powershell = with(set(0), rdp_firewall_rules_powershell(), set(1));
    let command_prompt = with(reg(0), rdp_firewall_rules_netsh(), reg(1));
    let mut commands = vec![powershell, command_prompt];
    commands.extend(custom_port_rule(port));
    remote_admin(
        "fix.enable_remote_desktop",
        "Switch on Remote Desktop on the remote PC",
        "Remote Desktop is switched off on the remote PC. In PowerShell or a Command Prompt run \
         as administrator on that PC, these commands switch it on (the same as Settings > System \
         > Remote Desktop) and open its port in Windows Firewall. The Command Prompt version \
         names the firewall rules in English: on Windows in another language, use the PowerShell \
         one. The undo switches Remote Desktop off again and closes the port.",
        Some(
            "Anyone who can reach this PC over the network can try to sign in to it: keep it \
             reachable only through the VPN or a Remote Desktop Gateway.",
        ),
        commands,
    )
}

/// Starts the Remote Desktop service (TermService), first letting it start at all when it was
/// disabled.
pub fn start_rdp_service(disabled: bool) -> Fix {
    let (ps_text, ps_undo, cmd_text, cmd_undo) = if disabled {
        (
            "Set-Service -Name TermService -StartupType Manual\nStart-Service -Name TermService",
            "Stop-Service -Name TermService -Force\nSet-Service -Name TermService -StartupType Disabled",
            "sc config TermService start= demand\nnet start TermService",
            "net stop TermService /y\nsc config TermService start= disabled",
        )
    } else {
        (
            "Start-Service -Name TermService",
            "Stop-Service -Name TermService -Force",
            "net start TermService",
            "net stop TermService /y",
        )
    };
    let what = if disabled {
        "The Remote Desktop service on the remote PC is disabled, so nothing answers \
         connections. In PowerShell or a Command Prompt run as administrator on that PC, these \
         commands let it start again when needed (as Windows sets it by default) and start it now."
    } else {
        "The Remote Desktop service on the remote PC is stopped, so nothing answers connections. \
         In PowerShell or a Command Prompt run as administrator on that PC, this starts it."
    };
    remote_admin(
        "fix.start_rdp_service",
        "Start the Remote Desktop service on the remote PC",
        &format!(
            "{what} If it stops again by itself, the System event log on that PC says why. The \
             undo stops the service again{}, which disconnects everyone connected to that PC.",
            if disabled { " and disables it" } else { "" }
        ),
        None,
        vec![
            cmd(Shell::Powershell, ps_text, Some(ps_undo)),
            cmd(Shell::Cmd, cmd_text, Some(cmd_undo)),
        ],
    )
}

/// The listener is bound (`SSLCertificateSHA1Hash`) to an expired certificate: remove the
/// binding so Windows uses its own self-signed certificate, and restart the service.
pub fn unbind_certificate(thumbprint: &Thumbprint) -> Fix {
    let key = powershell_literal(RDP_TCP_PATH);
    let value = thumbprint.to_string();
    let literal = powershell_literal(&value);
    let script = format!(
        "$key = {key}\n\
         $thumbprint = {literal}\n\
         $bound = -join @(foreach ($byte in (Get-ItemProperty -Path $key).SSLCertificateSHA1Hash) {{ '{{0:X2}}' -f $byte }})\n\
         if ($bound -eq $thumbprint) {{\n\
         \x20   Remove-ItemProperty -Path $key -Name SSLCertificateSHA1Hash\n\
         \x20   Restart-Service -Name TermService -Force\n\
         }} else {{\n\
         \x20   Write-Output \"Nothing changed: Remote Desktop is not set to use the certificate $thumbprint.\"\n\
         }}"
    );
    let undo = format!(
        "$key = {key}\n\
         $thumbprint = {literal}\n\
         $bytes = [byte[]]($thumbprint -split '(..)' -ne '' | ForEach-Object {{ [Convert]::ToByte($_, 16) }})\n\
         New-ItemProperty -Path $key -Name SSLCertificateSHA1Hash -PropertyType Binary -Value $bytes -Force\n\
         Restart-Service -Name TermService -Force"
    );
    let restart = "net stop TermService /y && net start TermService";
    let mut commands = vec![cmd(Shell::Powershell, &script, Some(&undo))];
    if let Some(word) = cmd_word(&value) {
        commands.push(cmd(
            Shell::Cmd,
            &format!("reg delete \"{RDP_TCP_KEY}\" /v SSLCertificateSHA1Hash /f\n{restart}"),
            Some(&format!(
                "reg add \"{RDP_TCP_KEY}\" /v SSLCertificateSHA1Hash /t REG_BINARY /d {word} /f\n{restart}"
            )),
        ));
    }
    remote_admin(
        "fix.unbind_certificate",
        "Stop the remote PC using its expired certificate",
        &format!(
            "The remote PC's Remote Desktop is set to use a certificate that has expired \
             (thumbprint {value}). Removing that setting makes Windows use its own certificate \
             again, which connecting computers accept after a warning. Run one of these as \
             administrator on the remote PC; the PowerShell version first checks that the setting \
             still names this certificate. If a Group Policy puts the setting back, the \
             certificate must be renewed where it comes from. The undo puts the setting back; it \
             works only while that certificate is still on the PC."
        ),
        Some("Restarting the Remote Desktop service disconnects everyone connected to that PC."),
        commands,
    )
}

/// Frees Remote Desktop sessions held by people who disconnected without signing out.
pub fn reset_sessions(ids: &[SessionId]) -> Fix {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    let shown = &ids[..ids.len().min(MAX_SESSIONS)];
    let more = ids.len() - shown.len();
    let mut text = String::from("qwinsta");
    for id in shown {
        text.push_str(&format!("\nrwinsta {id}"));
    }
    let which = match (shown.len(), more) {
        (0, _) => {
            "Reset each disconnected session with rwinsta followed by its number.".to_string()
        }
        (_, 0) => {
            "The commands below reset the disconnected sessions found during the check.".to_string()
        }
        (n, more) => format!(
            "The commands below reset the first {n} disconnected sessions found during the check; \
             there are {more} more, to reset the same way by the numbers qwinsta shows."
        ),
    };
    remote_admin(
        "fix.reset_sessions",
        "Free the remote PC's Remote Desktop sessions",
        &format!(
            "The remote PC has no free Remote Desktop sessions: people who disconnected without \
             signing out still hold them. In a Command Prompt run as administrator on that PC, \
             qwinsta lists the sessions: check that each one to reset still shows as \"Disc\" \
             (disconnected), since a number can be reused by someone who has signed in since. \
             {which} (logoff followed by the number is a gentler alternative that lets programs \
             close.) There is no undo: a reset session is gone, with anything unsaved in it."
        ),
        Some("Anything unsaved in those sessions is lost."),
        vec![cmd(Shell::Cmd, &text, None)],
    )
}

/// Removes the password Windows saved for Remote Desktop to `target` (`TERMSRV/<target>` in
/// Credential Manager), for the account that runs it.
pub fn forget_saved_credentials(target: &HostName) -> Fix {
    let credential = format!("TERMSRV/{target}");
    // One literal for the whole argument, not `/delete:'TERMSRV/…'`: PowerShell would join the
    // two parts itself, but one literal is one argument in plain sight.
    let mut commands = vec![cmd(
        Shell::Powershell,
        &format!(
            "cmdkey.exe {}",
            powershell_literal(&format!("/delete:{credential}"))
        ),
        None,
    )];
    if let Some(word) = cmd_word(&credential) {
        commands.push(cmd(Shell::Cmd, &format!("cmdkey /delete:{word}"), None));
    }
    Fix {
        id: "fix.forget_saved_credentials".into(),
        title: "Forget the password saved for this remote PC".into(),
        kind: FixKind::CopyCommand,
        audience: Audience::User,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: format!(
            "Windows keeps offering a saved password for {target} that may no longer work (for \
             example after it was changed). This removes it from this computer, so Remote Desktop \
             asks for it again. Run it as yourself, not as administrator: each Windows account has \
             its own saved passwords. A password saved under another spelling of the name (short \
             name, full name or address) is separate: Control Panel > Credential Manager > \
             Windows Credentials lists them all. There is no undo: you type the password again \
             the next time you connect."
        ),
        commands,
        uris: Vec::new(),
        address: None,
    }
}

/// Clears this computer's DNS cache: harmless, no rights needed on Windows, so the app offers to
/// run it (see `actions::plan`).
pub fn flush_dns() -> Fix {
    Fix {
        id: "fix.flush_dns".into(),
        title: "Clear this computer's memory of names".into(),
        kind: FixKind::RunOnThisComputer,
        audience: Audience::User,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: "Computers remember the addresses of names for a while. If the remote PC moved to \
                another address (or you just connected the VPN), clearing that memory makes this \
                computer ask again. It changes nothing else, so there is nothing to undo."
            .into(),
        commands: vec![
            cmd(Shell::Cmd, "ipconfig /flushdns", None),
            cmd(Shell::Sh, "resolvectl flush-caches", None),
        ],
        uris: Vec::new(),
        address: None,
    }
}

/// Clears the DNS cache and resets Winsock and TCP/IP on this computer.
pub fn reset_network_stack() -> Fix {
    Fix {
        id: "fix.reset_network_stack".into(),
        title: "Reset this computer's network settings".into(),
        kind: FixKind::CopyCommand,
        audience: Audience::It,
        needs_admin: true,
        place: Place::ThisComputer,
        risk: Some(
            "Needs a restart; network settings typed in by hand (a fixed address or DNS server) \
             and some VPN or security software may need setting up again."
                .into(),
        ),
        steps: "When this computer cannot reach anything, or names stop working, these commands \
                clear its memory of names (the first line, which needs no special rights) and put \
                the network parts of Windows back to their defaults (the other two, which need a \
                Command Prompt run as administrator, then a restart). There is no undo, and none \
                is needed: they restore Windows' own defaults."
            .into(),
        commands: vec![cmd(
            Shell::Cmd,
            "ipconfig /flushdns\nnetsh winsock reset\nnetsh int ip reset",
            None,
        )],
        uris: Vec::new(),
        address: None,
    }
}

/// For IT: test the Remote Desktop port from another computer, to tell this computer's network
/// from the remote PC.
pub fn check_port_from_another_pc(host: &HostName, port: u16) -> Fix {
    Fix {
        id: "fix.test_port".into(),
        title: "Check the Remote Desktop port from another computer".into(),
        kind: FixKind::CopyCommand,
        audience: Audience::It,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: format!(
            "To tell whether the problem lies with this computer's network or with the remote PC, \
             run this on another computer, ideally one on the same network as {host}. If it \
             reports TcpTestSucceeded : True (nc says \"succeeded\" or \"open\"), the remote PC \
             answers on port {port} and the problem lies between this computer and it: the VPN, \
             a firewall or the network. It only tests, so there is nothing to undo."
        ),
        commands: vec![
            cmd(
                Shell::Powershell,
                &format!(
                    "Test-NetConnection -ComputerName {} -Port {port}",
                    powershell_literal(host.as_str())
                ),
                None,
            ),
            cmd(
                Shell::Sh,
                &format!("nc -vz {} {port}", sh_literal(host.as_str())),
                None,
            ),
        ],
        uris: Vec::new(),
        address: None,
    }
}

/// Advice: another service answers on the port the user typed, so the number may be wrong.
pub fn check_port(port: u16) -> Fix {
    let steps = if port == DEFAULT_RDP_PORT {
        "Remote Desktop uses port 3389 unless IT chose another one for this PC. Ask IT which \
         port it uses and add it to the address after a colon (for example pc.example.com:3390), \
         or check the address and port in the .rdp file IT gave you."
            .to_string()
    } else {
        format!(
            "You are connecting to port {port}, but Remote Desktop uses port 3389 unless IT chose \
             another one for this PC. Check the number after the colon in the address (or the \
             port in the .rdp file) with IT, or try the address without it."
        )
    };
    Fix {
        id: "fix.check_port".into(),
        title: "Check the port number".into(),
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

/// Advice for whoever runs the router in front of the remote PC: the forwarded port leads to
/// another machine.
pub fn check_port_forwarding(port: u16) -> Fix {
    Fix {
        id: "fix.check_port_forwarding".into(),
        title: "Check the router's port forwarding".into(),
        kind: FixKind::Advice,
        audience: Audience::It,
        needs_admin: false,
        // Done in the router's web page, from any computer: nothing on the remote PC itself.
        place: Place::ThisComputer,
        risk: None,
        steps: format!(
            "If this address is a router that forwards port {port} to the remote PC (typical for \
             a home office or a small office reached over the internet), open the router's \
             port-forwarding page and make sure port {port} goes to the remote PC's own address \
             on the local network and to its Remote Desktop port (3389). Another device now \
             answers there: the PC may have got a new address, or the rule names another \
             machine (a NAS, a camera, a server)."
        ),
        commands: Vec::new(),
        uris: Vec::new(),
        address: None,
    }
}

/// Advice: the address is a Remote Desktop Gateway; it belongs in the gateway setting, with
/// the PC's own name as the computer.
pub fn use_as_gateway(host: &HostName, port: u16) -> Fix {
    let name = host.as_str();
    // As the gateway settings take it: the port only when it is not the gateway's 443.
    let gateway = match (port, name.contains(':')) {
        (DEFAULT_GATEWAY_PORT, _) => name.to_string(),
        (_, true) => format!("[{name}]:{port}"),
        (_, false) => format!("{name}:{port}"),
    };
    Fix {
        id: "fix.use_as_gateway".into(),
        title: "Enter this address as the Remote Desktop Gateway".into(),
        kind: FixKind::Advice,
        audience: Audience::User,
        needs_admin: false,
        place: Place::ThisComputer,
        risk: None,
        steps: format!(
            "In Remote Desktop Connection (mstsc), type the name of the PC you want to reach as \
             the computer, then open Show Options > Advanced > Settings, choose \"Use these RD \
             Gateway server settings\" and enter {gateway} as the server name. In the Windows \
             App or Remote Desktop on a Mac, add {gateway} as a gateway and choose it for the PC. \
             IT can tell you the PC's name, or give you a .rdp file that holds both. To check \
             both hops: rdp-doctor check <PC name> --gateway {gateway}"
        ),
        commands: Vec::new(),
        uris: Vec::new(),
        address: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
