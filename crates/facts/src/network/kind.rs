//! Which kind an interface is, by what the OS calls it: one judgement for every OS, shared
//! with the live probe.

use rdp_doctor_model::InterfaceKind;

/// Name prefixes of VPN interfaces on Linux, macOS and BSD.
const VPN_NAMES: [&str; 12] = [
    "tun",
    "tap",
    "wg",
    "ppp",
    "utun",
    "ipsec",
    "gpd",
    "cscotun",
    "zt",
    "tailscale",
    "nordlynx",
    "vpn",
];

/// Words in Windows adapter descriptions that mark VPN clients. The WAN miniports are the
/// protocols of Windows' own VPN client (every Windows lists them as hidden adapters, without
/// addresses); the IP, IPv6, PPPoE and Network Monitor miniports are not VPNs.
const VPN_DESCRIPTIONS: [&str; 20] = [
    "vpn",
    "tap-windows",
    "wireguard",
    "wintun",
    "anyconnect",
    "globalprotect",
    "pangp",
    "fortinet",
    "fortissl",
    "sonicwall",
    "juniper",
    "pulse secure",
    "openvpn",
    "tailscale",
    "zerotier",
    "check point",
    "wan miniport (ikev2)",
    "wan miniport (sstp)",
    "wan miniport (l2tp)",
    "wan miniport (pptp)",
];

/// Name prefixes of bridges and links for containers and virtual machines: Docker, libvirt,
/// LXC/LXD, Podman, VirtualBox, VMware, Hyper-V's `vEthernet (…)`, macOS bridges. They hold
/// private subnets of their own and are neither the LAN nor a VPN.
const VIRTUAL_NAMES: [&str; 10] = [
    "docker", "br-", "veth", "virbr", "lxcbr", "lxdbr", "podman", "vboxnet", "vmnet", "bridge",
];

/// Words in Windows adapter descriptions of the same, and of Windows' own pseudo-adapters that
/// a rule below would otherwise take for Ethernet or Wi-Fi. Not "Hyper-V Network Adapter":
/// that is the real network card of a Hyper-V or Azure virtual machine.
const VIRTUAL_DESCRIPTIONS: [&str; 7] = [
    "hyper-v virtual ethernet adapter",
    "virtualbox",
    "vmware",
    "wi-fi direct",
    "kernel debug",
    "wan miniport",
    "bluetooth",
];

/// Tells a VPN from a LAN adapter by what the OS calls it: its name (`wg0`, `utun3`, `Wi-Fi`),
/// Windows' adapter description (`TAP-Windows Adapter V9`), and what the OS says of it
/// (loopback, a tunnel, 802.11). Container and virtual machine bridges (`docker0`, `virbr0`,
/// `vEthernet (WSL)`) are [`InterfaceKind::Other`].
pub fn interface_kind(
    name: &str,
    description: Option<&str>,
    loopback: bool,
    tunnel: bool,
    wireless: bool,
) -> InterfaceKind {
    let name = name.to_ascii_lowercase();
    let description = description.unwrap_or_default().to_ascii_lowercase();
    if loopback {
        InterfaceKind::Loopback
    } else if tunnel
        || VPN_NAMES.iter().any(|p| name.starts_with(p))
        || VPN_DESCRIPTIONS.iter().any(|w| description.contains(w))
    {
        InterfaceKind::Vpn
    } else if virtual_name(&name) || VIRTUAL_DESCRIPTIONS.iter().any(|w| description.contains(w)) {
        InterfaceKind::Other
    } else if wireless
        || name.starts_with("wl")
        || description.contains("wi-fi")
        || description.contains("wireless")
        || description.contains("802.11")
    {
        InterfaceKind::Wifi
    } else if name.starts_with("en") || name.starts_with("eth") || description.contains("ethernet")
    {
        InterfaceKind::Ethernet
    } else {
        InterfaceKind::Other
    }
}

/// Whether `name`, in lower case, is a container or VM bridge.
pub(super) fn virtual_name(name: &str) -> bool {
    VIRTUAL_NAMES.iter().any(|p| name.starts_with(p))
}
