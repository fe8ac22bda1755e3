//! Fixes on this computer, or about how to connect: apps, addresses, caches, port checks.

use std::net::{IpAddr, SocketAddr};

use rdp_doctor_model::{Audience, DEFAULT_GATEWAY_PORT, DEFAULT_RDP_PORT, Fix, FixKind, Shell};

use crate::shell::{HostName, MacAddress, cmd_word, powershell_literal, sh_literal};

use super::{APP_STORE_WINDOWS_APP, STORE_WINDOWS_APP, cmd, here};
use crate::t;

/// Starts the client to an address we resolved ourselves, for when the name leads elsewhere.
pub fn connect_by_ip(ip: IpAddr, port: u16) -> Fix {
    let address = SocketAddr::new(ip, port).to_string();
    let fix = here(
        "fix.connect_by_ip",
        FixKind::LaunchClient,
        t!("fix-connect_by_ip.title", address = &address),
        t!("fix-connect_by_ip.steps", address = &address),
    );
    Fix {
        commands: vec![cmd(Shell::Cmd, &format!("mstsc /v:{address}"), None)],
        address: Some(address),
        ..fix
    }
}

pub fn use_full_name(suggestion: Option<String>) -> Fix {
    let steps = match suggestion {
        Some(s) => t!("fix-use_full_name.steps-address", address = s),
        None => t!("fix-use_full_name.steps"),
    };
    here(
        "fix.use_full_name",
        FixKind::Advice,
        t!("fix-use_full_name.title"),
        steps,
    )
}

pub fn open_store_app() -> Fix {
    Fix {
        uris: vec![
            ("windows".into(), STORE_WINDOWS_APP.into()),
            ("macos".into(), APP_STORE_WINDOWS_APP.into()),
        ],
        ..here(
            "fix.open_store_app",
            FixKind::OpenUri,
            t!("fix-open_store_app.title"),
            t!("fix-open_store_app.steps"),
        )
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
        audience: Audience::It,
        commands: vec![
            cmd(Shell::Powershell, &script, None),
            // The CLI's own form: a MAC shown as AA-BB-CC-DD-EE-FF is one word in every shell.
            cmd(Shell::Sh, &format!("rdp-doctor wake {mac}"), None),
        ],
        ..here(
            "fix.wake_on_lan",
            FixKind::CopyCommand,
            t!("fix-wake_on_lan.title"),
            t!("fix-wake_on_lan.steps-command", mac = mac.to_string()),
        )
    }
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
        commands,
        ..here(
            "fix.forget_saved_credentials",
            FixKind::CopyCommand,
            t!("fix-forget_saved_credentials.title"),
            t!(
                "fix-forget_saved_credentials.steps",
                target = target.to_string()
            ),
        )
    }
}

/// Clears this computer's DNS cache: harmless, no rights needed on Windows, so the app offers to
/// run it (see `actions::plan`).
pub fn flush_dns() -> Fix {
    Fix {
        commands: vec![
            cmd(Shell::Cmd, "ipconfig /flushdns", None),
            cmd(Shell::Sh, "resolvectl flush-caches", None),
        ],
        ..here(
            "fix.flush_dns",
            FixKind::RunOnThisComputer,
            t!("fix-flush_dns.title"),
            t!("fix-flush_dns.steps"),
        )
    }
}

/// Clears the DNS cache and resets Winsock and TCP/IP on this computer.
pub fn reset_network_stack() -> Fix {
    Fix {
        audience: Audience::It,
        needs_admin: true,
        risk: Some(t!("fix-reset_network_stack.risk")),
        commands: vec![cmd(
            Shell::Cmd,
            "ipconfig /flushdns\nnetsh winsock reset\nnetsh int ip reset",
            None,
        )],
        ..here(
            "fix.reset_network_stack",
            FixKind::CopyCommand,
            t!("fix-reset_network_stack.title"),
            t!("fix-reset_network_stack.steps"),
        )
    }
}

/// For IT: test the Remote Desktop port from another computer, to tell this computer's network
/// from the remote PC.
pub fn check_port_from_another_pc(host: &HostName, port: u16) -> Fix {
    Fix {
        audience: Audience::It,
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
        ..here(
            "fix.test_port",
            FixKind::CopyCommand,
            t!("fix-test_port.title"),
            t!("fix-test_port.steps", host = host.to_string(), port = port),
        )
    }
}

/// Advice: another service answers on the port the user typed, so the number may be wrong.
pub fn check_port(port: u16) -> Fix {
    let steps = if port == DEFAULT_RDP_PORT {
        t!("fix-check_port.steps-usual_port")
    } else {
        t!("fix-check_port.steps-other_port", port = port)
    };
    here(
        "fix.check_port",
        FixKind::Advice,
        t!("fix-check_port.title"),
        steps,
    )
}

/// Advice for whoever runs the router in front of the remote PC: the forwarded port leads to
/// another machine.
pub fn check_port_forwarding(port: u16) -> Fix {
    Fix {
        audience: Audience::It,
        needs_admin: false,
        // Done in the router's web page, from any computer: nothing on the remote PC itself.,
        ..here(
            "fix.check_port_forwarding",
            FixKind::Advice,
            t!("fix-check_port_forwarding.title"),
            t!("fix-check_port_forwarding.steps", port = port),
        )
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
    here(
        "fix.use_as_gateway",
        FixKind::Advice,
        t!("fix-use_as_gateway.title"),
        t!("fix-use_as_gateway.steps", gateway = gateway),
    )
}
