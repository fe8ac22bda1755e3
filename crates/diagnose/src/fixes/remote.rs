//! Fixes made on the remote PC, by IT or its owner: the commands to copy and what they risk.

use rdp_doctor_model::{Audience, Fix, FixCommand, FixKind, Place, Shell};

use crate::shell::{SessionId, Thumbprint, cmd_word, powershell_literal};

use super::{
    CREDSSP_KEY, CREDSSP_PATH, MACHINEKEYS, MAX_SESSIONS, RDP_FIREWALL_RULES, RDP_TCP_KEY,
    RDP_TCP_PATH, TERMINAL_SERVER_KEY, TERMINAL_SERVER_PATH, cmd, remote_admin,
};

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

pub(super) fn rdp_firewall_rules_powershell() -> FixCommand {
    cmd(
        Shell::Powershell,
        &format!("Enable-NetFirewallRule -Name {RDP_FIREWALL_RULES}"),
        Some(&format!(
            "Disable-NetFirewallRule -Name {RDP_FIREWALL_RULES}"
        )),
    )
}

/// netsh knows the rules only by their (English, here) group name.
pub(super) fn rdp_firewall_rules_netsh() -> FixCommand {
    cmd(
        Shell::Cmd,
        "netsh advfirewall firewall set rule group=\"remote desktop\" new enable=Yes",
        Some("netsh advfirewall firewall set rule group=\"remote desktop\" new enable=No"),
    )
}

/// The built-in rules cover port 3389 only: a listener moved to another port needs its own rule.
pub(super) fn custom_port_rule(port: u16) -> Option<FixCommand> {
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
