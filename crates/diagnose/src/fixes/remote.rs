//! Fixes made on the remote PC, by IT or its owner: the commands to copy and what they risk.

use rdp_doctor_model::{Audience, Fix, FixCommand, FixKind, Place, Shell};

use crate::shell::{SessionId, Thumbprint, cmd_word, powershell_literal};

use super::{
    CREDSSP_KEY, CREDSSP_PATH, MACHINEKEYS, MAX_SESSIONS, RDP_FIREWALL_RULES, RDP_TCP_KEY,
    RDP_TCP_PATH, TERMINAL_SERVER_KEY, TERMINAL_SERVER_PATH, cmd, here, pc, remote_admin,
};
use crate::t;

/// Opens the Remote Desktop port in the remote PC's firewall (rule ids are not localized,
/// unlike the group's display name).
pub fn firewall_rule(port: u16) -> Fix {
    firewall_rule_on(Place::RemoteComputer, port)
}

/// [`firewall_rule`], worded for the PC at `place`.
pub(crate) fn firewall_rule_on(place: Place, port: u16) -> Fix {
    let mut commands = vec![rdp_firewall_rules_powershell(), rdp_firewall_rules_netsh()];
    commands.extend(custom_port_rule(port));
    remote_admin(
        "fix.firewall_rule",
        place,
        t!("fix-firewall_rule.title", pc = pc(place)),
        t!("fix-firewall_rule.steps", pc = pc(place)),
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
    renew_certificate_on(Place::RemoteComputer)
}

/// [`renew_certificate`], worded for the PC at `place`.
pub(crate) fn renew_certificate_on(place: Place) -> Fix {
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
        place,
        t!("fix-renew_certificate.title", pc = pc(place)),
        t!("fix-renew_certificate.steps", pc = pc(place)),
        Some(t!("fix-renew_certificate.risk")),
        vec![cmd(Shell::Powershell, script, None)],
    )
}

pub fn rebuild_machinekeys() -> Fix {
    rebuild_machinekeys_on(Place::RemoteComputer)
}

/// [`rebuild_machinekeys`], worded for the PC at `place`.
pub(crate) fn rebuild_machinekeys_on(place: Place) -> Fix {
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
        place,
        t!("fix-rebuild_machinekeys.title"),
        t!("fix-rebuild_machinekeys.steps", pc = pc(place)),
        Some(t!("fix-rebuild_machinekeys.risk")),
        vec![cmd(Shell::Cmd, &script, Some(&undo))],
    )
}

pub fn credssp_policy() -> Fix {
    let mut fix = remote_admin(
        "fix.credssp_policy",
        Place::RemoteComputer,
        t!("fix-credssp_policy.title"),
        t!("fix-credssp_policy.steps"),
        Some(t!("fix-credssp_policy.risk")),
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
        Place::RemoteComputer,
        t!("fix-nla_temporarily_off.title"),
        t!("fix-nla_temporarily_off.steps"),
        Some(t!("fix-nla_temporarily_off.risk")),
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
    security_layer_on(Place::RemoteComputer)
}

/// [`security_layer`], worded for the PC at `place`.
pub(crate) fn security_layer_on(place: Place) -> Fix {
    remote_admin(
        "fix.security_layer",
        place,
        t!("fix-security_layer.title", pc = pc(place)),
        t!("fix-security_layer.steps", pc = pc(place)),
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
    disable_sleep_on(Place::RemoteComputer)
}

/// [`disable_sleep`], worded for the PC at `place`.
pub(crate) fn disable_sleep_on(place: Place) -> Fix {
    remote_admin(
        "fix.disable_sleep",
        place,
        t!("fix-disable_sleep.title", pc = pc(place)),
        t!("fix-disable_sleep.steps"),
        Some(t!("fix-disable_sleep.risk")),
        vec![cmd(
            Shell::Cmd,
            "powercfg /change standby-timeout-ac 0\npowercfg /change hibernate-timeout-ac 0",
            Some("powercfg /change standby-timeout-ac 30\npowercfg /change hibernate-timeout-ac 0"),
        )],
    )
}

pub fn wake_on_lan() -> Fix {
    Fix {
        audience: Audience::It,
        ..here(
            "fix.wake_on_lan",
            FixKind::Advice,
            t!("fix-wake_on_lan.title"),
            t!("fix-wake_on_lan.steps"),
        )
    }
}

/// Switches Remote Desktop on (`fDenyTSConnections` = 0) and opens its firewall rules.
pub fn enable_remote_desktop(port: u16) -> Fix {
    enable_remote_desktop_on(Place::RemoteComputer, port)
}

/// [`enable_remote_desktop`], worded for the PC at `place`.
pub(crate) fn enable_remote_desktop_on(place: Place, port: u16) -> Fix {
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
        place,
        t!("fix-enable_remote_desktop.title", pc = pc(place)),
        t!("fix-enable_remote_desktop.steps", pc = pc(place)),
        Some(t!("fix-enable_remote_desktop.risk")),
        commands,
    )
}

/// Starts the Remote Desktop service (TermService), first letting it start at all when it was
/// disabled.
pub fn start_rdp_service(disabled: bool) -> Fix {
    start_rdp_service_on(Place::RemoteComputer, disabled)
}

/// [`start_rdp_service`], worded for the PC at `place`.
pub(crate) fn start_rdp_service_on(place: Place, disabled: bool) -> Fix {
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
    let steps = if disabled {
        t!("fix-start_rdp_service.steps-disabled", pc = pc(place))
    } else {
        t!("fix-start_rdp_service.steps-stopped", pc = pc(place))
    };
    remote_admin(
        "fix.start_rdp_service",
        place,
        t!("fix-start_rdp_service.title", pc = pc(place)),
        steps,
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
    unbind_certificate_on(Place::RemoteComputer, thumbprint)
}

/// [`unbind_certificate`], worded for the PC at `place`.
pub(crate) fn unbind_certificate_on(place: Place, thumbprint: &Thumbprint) -> Fix {
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
        place,
        t!("fix-unbind_certificate.title", pc = pc(place)),
        t!(
            "fix-unbind_certificate.steps",
            pc = pc(place),
            thumbprint = &value
        ),
        Some(t!("fix-unbind_certificate.risk")),
        commands,
    )
}

/// Frees Remote Desktop sessions held by people who disconnected without signing out.
pub fn reset_sessions(ids: &[SessionId]) -> Fix {
    reset_sessions_on(Place::RemoteComputer, ids)
}

/// [`reset_sessions`], worded for the PC at `place`.
pub(crate) fn reset_sessions_on(place: Place, ids: &[SessionId]) -> Fix {
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
        (0, _) => t!("fix-reset_sessions.which-none_listed"),
        (_, 0) => t!("fix-reset_sessions.which-all"),
        (n, more) => t!("fix-reset_sessions.which-first", n = n, more = more),
    };
    remote_admin(
        "fix.reset_sessions",
        place,
        t!("fix-reset_sessions.title", pc = pc(place)),
        t!("fix-reset_sessions.steps", pc = pc(place), which = which),
        Some(t!("fix-reset_sessions.risk")),
        vec![cmd(Shell::Cmd, &text, None)],
    )
}
