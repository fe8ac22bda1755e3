//! The commands themselves: what runs for each fact, per platform, and the network's.

use std::path::Path;

use rdp_doctor_facts as parse;
use rdp_doctor_model::LocalNetwork;

use super::runner::{FactCommand, decode};

const POWERSHELL: &str = "powershell.exe";
const PS: [&str; 3] = ["-NoProfile", "-NonInteractive", "-Command"];

macro_rules! ps {
    ($id:literal, $script:expr) => {
        FactCommand {
            id: $id,
            program: POWERSHELL,
            args: &[PS[0], PS[1], PS[2], $script],
        }
    };
}

/// A PowerShell pipeline whose objects are printed as JSON, and `[]` when there are none.
/// `ConvertTo-Json` alone prints nothing for no objects, which cannot be told apart from a
/// PowerShell that printed nothing at all (Wine's stub, a broken or blocked PowerShell): with
/// the explicit `[]`, empty output means "could not read", never "there are none".
macro_rules! ps_list {
    ($id:literal, $pipeline:expr) => {
        ps!(
            $id,
            concat!(
                "$r = @(",
                $pipeline,
                "); if ($r.Count) { $r | ConvertTo-Json } else { '[]' }"
            )
        )
    };
}

pub const REG_TERMINAL_SERVER: FactCommand = FactCommand {
    id: "reg-terminal-server",
    program: "reg.exe",
    args: &[
        "query",
        r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server",
        "/v",
        "fDenyTSConnections",
    ],
};
pub const REG_RDP_TCP: FactCommand = FactCommand {
    id: "reg-rdp-tcp",
    program: "reg.exe",
    args: &[
        "query",
        r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp",
    ],
};
pub const REG_POLICY: FactCommand = FactCommand {
    id: "reg-policy",
    program: "reg.exe",
    args: &[
        "query",
        r"HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services",
    ],
};
pub const SC_QUERYEX: FactCommand = FactCommand {
    id: "sc-queryex",
    program: "sc.exe",
    args: &["queryex", "TermService"],
};
pub const SC_QC: FactCommand = FactCommand {
    id: "sc-qc",
    program: "sc.exe",
    args: &["qc", "TermService"],
};
/// The groups by resource id, which unlike their display names are not localized:
/// "Remote Desktop" and "Remote Desktop (WebSocket)".
pub const FIREWALL: FactCommand = ps_list!(
    "firewall",
    "Get-NetFirewallRule -Group '@FirewallAPI.dll,-28752','@FirewallAPI.dll,-28852' | Select-Object Name,DisplayName,Group,Enabled,Direction,Action,Profile"
);
pub const CERTIFICATES: FactCommand = ps_list!(
    "certs",
    r"Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Select-Object Thumbprint,Subject,NotBefore,NotAfter"
);
pub const MACHINE_KEYS: FactCommand = ps!(
    "machinekeys",
    r"$p = 'C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys'; $o = if (Test-Path -LiteralPath $p) { [pscustomobject]@{ Exists = $true; Sddl = (Get-Acl -LiteralPath $p).Sddl; Count = @(Get-ChildItem -LiteralPath $p -Force).Count } } else { [pscustomobject]@{ Exists = $false } }; $o | ConvertTo-Json"
);
pub const POWER_STANDBY: FactCommand = FactCommand {
    id: "powercfg-standby",
    program: "powercfg.exe",
    args: &["/query", "SCHEME_CURRENT", "SUB_SLEEP", "STANDBYIDLE"],
};
pub const POWER_HIBERNATE: FactCommand = FactCommand {
    id: "powercfg-hibernate",
    program: "powercfg.exe",
    args: &["/query", "SCHEME_CURRENT", "SUB_SLEEP", "HIBERNATEIDLE"],
};
pub const QWINSTA: FactCommand = FactCommand {
    id: "qwinsta",
    program: "qwinsta.exe",
    args: &[],
};
pub const REG_CREDSSP: FactCommand = FactCommand {
    id: "reg-credssp",
    program: "reg.exe",
    args: &[
        "query",
        r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters",
        "/v",
        "AllowEncryptionOracle",
    ],
};
pub const CMDKEY: FactCommand = FactCommand {
    id: "cmdkey",
    program: "cmdkey.exe",
    args: &["/list"],
};
/// Store apps: Windows App and the older Remote Desktop app.
pub const APPX_RDP: FactCommand = ps_list!(
    "appx-rdp",
    "Get-AppxPackage -Name 'MicrosoftCorporationII.Windows365','Microsoft.RemoteDesktop' | Select-Object Name,Version"
);

/// This computer's network as each OS prints it, for recordings (`--record`) of a user's
/// network; the live check reads it through netdev instead.
pub const NET_LINUX: [FactCommand; 2] = [
    FactCommand {
        id: "net-ip-addr",
        program: "ip",
        args: &["-j", "addr", "show"],
    },
    FactCommand {
        id: "net-ip-route",
        program: "ip",
        args: &["-j", "route", "show"],
    },
];
pub const NET_WINDOWS: [FactCommand; 3] = [
    ps_list!(
        "net-adapters",
        "Get-NetAdapter -IncludeHidden | Select-Object Name,InterfaceDescription,ifIndex,Status,MediaType,PhysicalMediaType"
    ),
    ps_list!(
        "net-addresses",
        "Get-NetIPAddress -AddressFamily IPv4,IPv6 | Select-Object InterfaceIndex,InterfaceAlias,IPAddress,PrefixLength"
    ),
    // 0/1 + 128/1 is how OpenVPN and WireGuard without a kill switch take the default route.
    ps_list!(
        "net-routes",
        "Get-NetRoute -DestinationPrefix '0.0.0.0/0','0.0.0.0/1','128.0.0.0/1' -ErrorAction SilentlyContinue | Select-Object DestinationPrefix,ifIndex,InterfaceAlias,NextHop,RouteMetric,InterfaceMetric"
    ),
];
pub const NET_MACOS: [FactCommand; 2] = [
    FactCommand {
        id: "net-ifconfig",
        program: "ifconfig",
        args: &[],
    },
    FactCommand {
        id: "net-netstat",
        program: "netstat",
        args: &["-rn", "-f", "inet"],
    },
];

/// This platform's network commands.
pub fn network_commands() -> &'static [FactCommand] {
    match platform() {
        "windows" => &NET_WINDOWS,
        "macos" => &NET_MACOS,
        _ => &NET_LINUX,
    }
}

/// The network in a recording, from whichever OS's commands it holds; None when it holds
/// none, Err when they cannot be understood.
pub fn recorded_network(dir: &Path) -> Option<Result<LocalNetwork, String>> {
    let read = |id: &str| {
        std::fs::read(dir.join(format!("{id}.txt")))
            .ok()
            .map(|b| decode(&b))
    };
    let parsed = if let (Some(a), Some(b), Some(c)) = (
        read("net-adapters"),
        read("net-addresses"),
        read("net-routes"),
    ) {
        parse::network::windows_network(&a, &b, &c)
    } else if let (Some(a), Some(r)) = (read("net-ip-addr"), read("net-ip-route")) {
        parse::network::linux_network(&a, &r)
    } else if let (Some(i), Some(n)) = (read("net-ifconfig"), read("net-netstat")) {
        parse::network::macos_network(&i, &n)
    } else {
        return None;
    };
    Some(parsed.map_err(|e| e.to_string()))
}

/// Every command host mode and the client checks run, for `--record` and the tests.
pub const ALL_COMMANDS: [FactCommand; 14] = [
    REG_TERMINAL_SERVER,
    REG_RDP_TCP,
    REG_POLICY,
    SC_QUERYEX,
    SC_QC,
    FIREWALL,
    CERTIFICATES,
    MACHINE_KEYS,
    POWER_STANDBY,
    POWER_HIBERNATE,
    QWINSTA,
    REG_CREDSSP,
    CMDKEY,
    APPX_RDP,
];

pub fn platform() -> &'static str {
    if cfg!(windows) {
        "windows"
    } else if cfg!(target_os = "macos") {
        "macos"
    } else {
        "linux"
    }
}
