//! This computer's network — interfaces, their addresses, the default route — built from what
//! the standard commands print on Linux, Windows and macOS, so a user's network can be recorded
//! and the network findings tested on it.
//!
//! - Linux: `ip -j addr show` and `ip -j route show` (iproute2 JSON).
//! - Windows: three `ConvertTo-Json` outputs of Windows PowerShell 5.1: `Get-NetAdapter
//!   -IncludeHidden`, `Get-NetIPAddress` and `Get-NetRoute -DestinationPrefix '0.0.0.0/0'`.
//! - macOS: `ifconfig` and `netstat -rn -f inet`.
//!
//! Addresses are written with their prefix (`192.168.1.23/24`, `fe80::1/64`), without the IPv6
//! zone (`%en0`, `%12`) the commands append to link-local addresses. What kind an interface is
//! follows [`interface_kind`], one judgement by name and description for every OS.
//!
//! Which default route is "the" default, when there are several:
//! - a pair of `0.0.0.0/1` and `128.0.0.0/1` routes on one interface beats any `/0` route (the
//!   longer prefixes win): that is how OpenVPN's `redirect-gateway def1`, Tunnelblick and
//!   `wg-quick` on macOS send everything through a VPN while leaving the LAN's default alone;
//! - otherwise the `/0` route with the lowest metric, the first one printed on a tie.
//!
//! An empty routes output means "no default route", not an error; an empty interfaces output
//! is [`ParseError::Empty`], since every OS lists at least its loopback.

use std::net::IpAddr;

use rdp_doctor_model::{LocalInterface, LocalNetwork};
use serde_json::{Map, Value};

use crate::powershell::field;
use crate::{ParseError, text};

mod kind;
mod linux;
mod macos;
mod windows;

pub use kind::interface_kind;
pub use linux::linux_network;
pub use macos::macos_network;
pub use windows::windows_network;

// ------------------------------------------------------------------------------ routes

/// What a default-route candidate covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cover {
    /// `0.0.0.0/0`.
    All,
    /// `0.0.0.0/1`.
    LowHalf,
    /// `128.0.0.0/1`.
    HighHalf,
}

#[derive(Clone, Debug)]
struct Route {
    cover: Cover,
    interface: String,
    gateway: Option<IpAddr>,
    metric: u64,
    /// macOS prints one default route per interface, scoped (`I` flag) to all but the primary.
    scoped: bool,
}

fn cover(destination: &str) -> Option<Cover> {
    match destination {
        "default" | "0.0.0.0/0" | "0/0" => Some(Cover::All),
        "0.0.0.0/1" | "0/1" => Some(Cover::LowHalf),
        "128.0.0.0/1" | "128.0/1" => Some(Cover::HighHalf),
        _ => None,
    }
}

/// A next hop as printed, or `None` for an on-link route (`0.0.0.0`, `::`, `link#12`, a MAC).
fn gateway(text: &str) -> Option<IpAddr> {
    text.trim()
        .parse::<IpAddr>()
        .ok()
        .filter(|ip| !ip.is_unspecified())
}

/// The route everything else takes; `prefer` breaks ties among the `/0` routes of equal metric.
fn choose_default(routes: &[Route], prefer: impl Fn(&Route) -> bool) -> Option<&Route> {
    let split = routes
        .iter()
        .filter(|low| low.cover == Cover::LowHalf)
        .filter(|low| {
            routes
                .iter()
                .any(|high| high.cover == Cover::HighHalf && high.interface == low.interface)
        })
        .min_by_key(|low| low.metric);
    split.or_else(|| {
        routes
            .iter()
            .filter(|r| r.cover == Cover::All)
            .min_by_key(|r| (r.scoped, r.metric, !prefer(r)))
    })
}

fn network(interfaces: Vec<LocalInterface>, default: Option<&Route>) -> LocalNetwork {
    LocalNetwork {
        interfaces: interfaces
            .into_iter()
            .map(|i| LocalInterface {
                name: printable(&i.name),
                description: i.description.as_deref().map(printable),
                ..i
            })
            .collect(),
        default_interface: default.map(|r| printable(&r.interface)),
        default_gateway: default.and_then(|r| r.gateway),
    }
}

/// A name as the report may show it: no real adapter's name holds a control character, and one
/// in garbled output must not move the cursor or break a line (shown as U+FFFD).
fn printable(name: &str) -> String {
    name.chars().map(rdp_doctor_model::visible).collect()
}

// ------------------------------------------------------------------------------ addresses

/// `address/prefix` with the zone of a link-local IPv6 address left out.
fn cidr(address: &str, prefix: u64, command: &'static str) -> Result<(IpAddr, String), ParseError> {
    let bare = address.split('%').next().unwrap_or_default().trim();
    let ip: IpAddr = bare
        .parse()
        .map_err(|_| ParseError::invalid(command, "an address", address))?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    if prefix > max {
        return Err(ParseError::invalid(
            command,
            "a prefix length",
            &format!("{address}/{prefix}"),
        ));
    }
    Ok((ip, format!("{ip}/{prefix}")))
}

fn push_address(interface: &mut LocalInterface, ip: IpAddr, cidr: String) {
    let list = if ip.is_ipv4() {
        &mut interface.ipv4
    } else {
        &mut interface.ipv6
    };
    if !list.contains(&cidr) {
        list.push(cidr);
    }
}

// ------------------------------------------------------------------------------ JSON

/// A number, or a number printed as a string.
fn number(object: &Map<String, Value>, name: &str) -> Option<u64> {
    match field(object, name)? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The strings of an array property (iproute2's `flags`); anything else is none.
fn strings<'a>(object: &'a Map<String, Value>, name: &str) -> Vec<&'a str> {
    field(object, name)
        .and_then(Value::as_array)
        .map(|values| values.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn object<'a>(
    item: &'a Value,
    command: &'static str,
    what: &'static str,
) -> Result<&'a Map<String, Value>, ParseError> {
    item.as_object()
        .ok_or_else(|| ParseError::invalid(command, what, &item.to_string()))
}

fn clip_json(object: &Map<String, Value>) -> String {
    text::clip(&Value::Object(object.clone()).to_string())
}

#[cfg(test)]
mod tests {
    use super::linux::IP_ADDR;
    use super::macos::{IFCONFIG, link_local_v6, netmask_prefix};
    use super::windows::ADDRESSES;
    use super::*;
    use rdp_doctor_model::InterfaceKind;

    /// The cases of probe's `classify`, which is to delegate here, and the ones added.
    #[test]
    fn kinds_by_name_and_description() {
        let kind = |name: &str, description: Option<&str>| {
            interface_kind(name, description, false, false, false)
        };
        assert_eq!(kind("tun0", None), InterfaceKind::Vpn);
        assert_eq!(kind("wg0", None), InterfaceKind::Vpn);
        assert_eq!(kind("utun3", None), InterfaceKind::Vpn);
        assert_eq!(kind("ppp0", None), InterfaceKind::Vpn);
        assert_eq!(kind("eth0", None), InterfaceKind::Ethernet);
        assert_eq!(kind("enp3s0", None), InterfaceKind::Ethernet);
        assert_eq!(kind("wlp2s0", None), InterfaceKind::Wifi);
        let guid = "{4D36E972-E325-11CE-BFC1-08002BE10318}";
        for vpn in [
            "TAP-Windows Adapter V9",
            "WireGuard Tunnel",
            "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64",
            "PANGP Virtual Ethernet Adapter",
            "Fortinet Virtual Ethernet Adapter (NDIS 6.30)",
            "WAN Miniport (IKEv2)",
            "Wintun Userspace Tunnel",
        ] {
            assert_eq!(kind(guid, Some(vpn)), InterfaceKind::Vpn, "{vpn}");
        }
        assert_eq!(
            kind(guid, Some("Intel(R) Ethernet Connection (7) I219-LM")),
            InterfaceKind::Ethernet
        );
        assert_eq!(
            kind(guid, Some("Intel(R) Wi-Fi 6 AX201 160MHz")),
            InterfaceKind::Wifi
        );
        assert_eq!(
            interface_kind("lo", None, true, false, false),
            InterfaceKind::Loopback
        );
        assert_eq!(
            interface_kind("x", None, false, true, false),
            InterfaceKind::Vpn
        );
        assert_eq!(
            interface_kind("Wi-Fi", Some("Realtek RTL8852BE"), false, false, true),
            InterfaceKind::Wifi
        );
        // Container and VM bridges, and Windows' pseudo-adapters.
        for (name, description) in [
            ("docker0", None),
            ("virbr0", None),
            ("br-3f2a1b4c5d6e", None),
            ("veth1a2b3c4", None),
            ("bridge0", None),
            ("vEthernet (WSL)", Some("Hyper-V Virtual Ethernet Adapter")),
            (
                "VirtualBox Host-Only Network",
                Some("VirtualBox Host-Only Ethernet Adapter"),
            ),
            (
                "VMware Network Adapter VMnet8",
                Some("VMware Virtual Ethernet Adapter for VMnet8"),
            ),
            (
                "Local Area Connection* 1",
                Some("Microsoft Wi-Fi Direct Virtual Adapter"),
            ),
            ("Local Area Connection* 6", Some("WAN Miniport (IP)")),
            (
                "Bluetooth Network Connection",
                Some("Bluetooth Device (Personal Area Network)"),
            ),
        ] {
            assert_eq!(kind(name, description), InterfaceKind::Other, "{name}");
        }
        // The network card of a Hyper-V or Azure virtual machine is its LAN.
        assert_eq!(
            kind("Ethernet", Some("Microsoft Hyper-V Network Adapter")),
            InterfaceKind::Ethernet
        );
    }

    #[test]
    fn netmasks() {
        assert_eq!(netmask_prefix("0xffffff00"), Some(24));
        assert_eq!(netmask_prefix("0xff000000"), Some(8));
        assert_eq!(netmask_prefix("0xffffffff"), Some(32));
        assert_eq!(netmask_prefix("0x00000000"), Some(0));
        assert_eq!(netmask_prefix("255.255.240.0"), Some(20));
        assert_eq!(netmask_prefix("0xff00ff00"), None);
        assert_eq!(netmask_prefix("0x"), None);
        assert_eq!(netmask_prefix("0x1ffffffff"), None);
    }

    #[test]
    fn addresses_lose_their_zone() {
        assert_eq!(
            cidr("fe80::1%lo0", 64, IFCONFIG).map(|(_, c)| c),
            Ok("fe80::1/64".into())
        );
        assert_eq!(
            cidr("fe80::8d4c:1e2f:9a3b:7c6d%12", 64, ADDRESSES).map(|(_, c)| c),
            Ok("fe80::8d4c:1e2f:9a3b:7c6d/64".into())
        );
        assert!(cidr("10.0.0.1", 33, IP_ADDR).is_err());
        assert!(cidr("10.0.0", 8, IP_ADDR).is_err());
        assert!(link_local_v6("fe80::1/64"));
        assert!(link_local_v6("febf::1/64"));
        assert!(!link_local_v6("fec0::1/64"));
        assert!(!link_local_v6("2001:db8::1/64"));
    }

    #[test]
    fn windows_vpn_of_its_own_client_and_loopback() {
        let adapters = r#"{"Name":"Wi-Fi","InterfaceDescription":"Intel(R) Wi-Fi 6 AX201 160MHz","ifIndex":12,"Status":"Up","MediaType":"Native 802.11","PhysicalMediaType":"Native 802.11"}"#;
        let addresses = r#"[
            {"InterfaceIndex":1,"InterfaceAlias":"Loopback Pseudo-Interface 1","IPAddress":"127.0.0.1","PrefixLength":8},
            {"InterfaceIndex":12,"InterfaceAlias":"Wi-Fi","IPAddress":"192.168.1.23","PrefixLength":24},
            {"InterfaceIndex":31,"InterfaceAlias":"Office VPN","IPAddress":"10.20.30.40","PrefixLength":32},
            {"InterfaceIndex":14,"InterfaceAlias":"Teredo Tunneling Pseudo-Interface","IPAddress":"2001:0:2851:782c:1c2d:3e4f:f5a6:b7c8","PrefixLength":64}
        ]"#;
        let net = windows_network(adapters, addresses, "[]").expect("parses");
        let kinds: Vec<(&str, InterfaceKind, bool)> = net
            .interfaces
            .iter()
            .map(|i| (i.name.as_str(), i.kind, i.up))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Wi-Fi", InterfaceKind::Wifi, true),
                ("Loopback Pseudo-Interface 1", InterfaceKind::Loopback, true),
                ("Office VPN", InterfaceKind::Vpn, true),
                (
                    "Teredo Tunneling Pseudo-Interface",
                    InterfaceKind::Other,
                    true
                ),
            ]
        );
        assert_eq!(net.default_interface, None);
        assert_eq!(net.default_gateway, None);
    }

    #[test]
    fn windows_metrics_and_split_routes() {
        let adapters = r#"[{"Name":"Wi-Fi","ifIndex":12,"Status":"Up"},{"Name":"Ethernet","ifIndex":7,"Status":"Up"},{"Name":"office","InterfaceDescription":"WireGuard Tunnel","ifIndex":40,"Status":"Up"}]"#;
        let addresses = r#"{"InterfaceIndex":1,"InterfaceAlias":"Loopback Pseudo-Interface 1","IPAddress":"::1","PrefixLength":128}"#;
        let default = |routes: &str| {
            windows_network(adapters, addresses, routes).map(|n| {
                (
                    n.default_interface,
                    n.default_gateway.map(|g| g.to_string()),
                )
            })
        };
        // The lowest metric, with the interface metric when selected.
        assert_eq!(
            default(
                r#"[{"ifIndex":12,"NextHop":"192.168.1.1","RouteMetric":0,"InterfaceMetric":35},{"ifIndex":7,"NextHop":"192.168.1.1","RouteMetric":0,"InterfaceMetric":25}]"#
            ),
            Ok((Some("Ethernet".into()), Some("192.168.1.1".into())))
        );
        // A tie goes to the VPN, whatever the order.
        assert_eq!(
            default(
                r#"[{"ifIndex":40,"NextHop":"0.0.0.0","RouteMetric":0},{"ifIndex":12,"NextHop":"192.168.1.1","RouteMetric":0}]"#
            ),
            Ok((Some("office".into()), None))
        );
        // Two halves on one interface beat the /0 route.
        assert_eq!(
            default(
                r#"[{"DestinationPrefix":"0.0.0.0/0","ifIndex":12,"NextHop":"192.168.1.1","RouteMetric":0},{"DestinationPrefix":"0.0.0.0/1","ifIndex":40,"NextHop":"0.0.0.0","RouteMetric":5},{"DestinationPrefix":"128.0.0.0/1","ifIndex":40,"NextHop":"0.0.0.0","RouteMetric":5}]"#
            ),
            Ok((Some("office".into()), None))
        );
        // An interface the adapters do not list keeps its alias.
        assert_eq!(
            default(
                r#"{"ifIndex":31,"InterfaceAlias":"Office VPN","NextHop":"0.0.0.0","RouteMetric":1}"#
            ),
            Ok((Some("Office VPN".into()), None))
        );
    }

    #[test]
    fn linux_multipath_and_unreachable_defaults() {
        let addr =
            r#"[{"ifindex":2,"ifname":"eth0","flags":["UP"],"link_type":"ether","addr_info":[]}]"#;
        let net = linux_network(
            addr,
            r#"[{"type":"unreachable","dst":"default","metric":1,"flags":[]},{"dst":"default","protocol":"static","metric":10,"flags":[],"nexthops":[{"gateway":"10.0.0.1","dev":"eth0","weight":1,"flags":[]},{"gateway":"10.0.0.2","dev":"eth1","weight":1,"flags":[]}]}]"#,
        )
        .expect("parses");
        assert_eq!(net.default_interface.as_deref(), Some("eth0"));
        assert_eq!(net.default_gateway, Some(IpAddr::from([10, 0, 0, 1])));
    }
}
