//! Fixes on this computer, or about how to connect: apps, addresses, caches, port checks.

use std::net::{IpAddr, SocketAddr};

use rdp_doctor_model::{
    Audience, DEFAULT_GATEWAY_PORT, DEFAULT_RDP_PORT, Fix, FixKind, Place, Shell,
};

use crate::shell::{HostName, MacAddress, cmd_word, powershell_literal, sh_literal};

use super::{APP_STORE_WINDOWS_APP, STORE_WINDOWS_APP, cmd};

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
