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

use std::net::{IpAddr, Ipv4Addr};

use rdp_doctor_model::{InterfaceKind, LocalInterface, LocalNetwork};
use serde_json::{Map, Value};

use crate::powershell::{field, items, string};
use crate::{ParseError, text};

const IP_ADDR: &str = "ip -j addr show";
const IP_ROUTE: &str = "ip -j route show";
const ADAPTERS: &str = "Get-NetAdapter -IncludeHidden | ConvertTo-Json";
const ADDRESSES: &str = "Get-NetIPAddress | ConvertTo-Json";
const ROUTES: &str = "Get-NetRoute -DestinationPrefix '0.0.0.0/0' | ConvertTo-Json";
const IFCONFIG: &str = "ifconfig";
const NETSTAT: &str = "netstat -rn -f inet";

// ------------------------------------------------------------------------------ judgement

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
fn virtual_name(name: &str) -> bool {
    VIRTUAL_NAMES.iter().any(|p| name.starts_with(p))
}

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

// ------------------------------------------------------------------------------ Linux

/// This computer's network from `ip -j addr show` and `ip -j route show`.
///
/// An interface is up when its `UP` flag is set, as `netdev` reads it live: a bridge or a
/// cable without carrier (`NO-CARRIER`, operstate `DOWN`) keeps its routes, marked
/// `linkdown`, and Linux still sends its subnet's traffic there — an idle `docker0` on
/// 172.17.0.0/16 does swallow traffic for 172.17.x.x. Kinds: the `LOOPBACK` flag or link type
/// `loopback`; VPNs by name (`tun0`, `wg0`, …: their link type `none` is shared with mobile
/// broadband modems, so it proves nothing alone); `wl*` is Wi-Fi; link type `ether` is
/// Ethernet unless the name is a container or VM bridge.
///
/// `ip route show` lists the main table only: `wg-quick`'s full tunnel routes through a table
/// of its own (policy routing), so the main table still shows the LAN's default route.
pub fn linux_network(ip_addr_json: &str, ip_route_json: &str) -> Result<LocalNetwork, ParseError> {
    text::require_text(ip_addr_json, IP_ADDR)?;
    let links = items(ip_addr_json, IP_ADDR)?;
    let mut interfaces = Vec::new();
    for link in &links {
        let link = object(link, IP_ADDR, "an interface")?;
        // `ip -j -4 addr` prints `{}` for links without an address of the family; skip those.
        if link.is_empty() {
            continue;
        }
        interfaces.push(linux_interface(link)?);
    }
    if interfaces.is_empty() {
        return Err(ParseError::Missing {
            command: IP_ADDR,
            what: "interface",
        });
    }
    let routes = linux_routes(ip_route_json)?;
    Ok(network(interfaces, choose_default(&routes, |_| false)))
}

fn linux_interface(link: &Map<String, Value>) -> Result<LocalInterface, ParseError> {
    let invalid = |what: &'static str| ParseError::invalid(IP_ADDR, what, &clip_json(link));
    let name = string(link, "ifname")
        .filter(|n| !n.is_empty())
        .ok_or_else(|| invalid("an interface without an ifname"))?;
    let flags = strings(link, "flags");
    let link_type = string(link, "link_type").unwrap_or_default();
    let loopback = flags.contains(&"LOOPBACK") || link_type == "loopback";
    let kind = match interface_kind(name, None, loopback, false, false) {
        InterfaceKind::Other
            if link_type == "ether" && !virtual_name(&name.to_ascii_lowercase()) =>
        {
            InterfaceKind::Ethernet
        }
        kind => kind,
    };
    let mut interface = LocalInterface {
        name: name.to_string(),
        description: None,
        kind,
        up: flags.contains(&"UP"),
        ipv4: Vec::new(),
        ipv6: Vec::new(),
    };
    let addresses = match field(link, "addr_info") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(addresses)) => addresses.as_slice(),
        Some(_) => return Err(invalid("an addr_info that is not a list")),
    };
    for address in addresses {
        let address = object(address, IP_ADDR, "an address")?;
        let family = string(address, "family").unwrap_or_default();
        if family != "inet" && family != "inet6" {
            continue;
        }
        let local = string(address, "local").ok_or_else(|| invalid("an address without local"))?;
        let prefix =
            number(address, "prefixlen").ok_or_else(|| invalid("an address without prefixlen"))?;
        let (ip, cidr) = cidr(local, prefix, IP_ADDR)?;
        if ip.is_ipv4() != (family == "inet") {
            return Err(invalid("an address of the wrong family"));
        }
        push_address(&mut interface, ip, cidr);
    }
    Ok(interface)
}

fn linux_routes(json: &str) -> Result<Vec<Route>, ParseError> {
    let mut routes = Vec::new();
    for item in items(json, IP_ROUTE)? {
        let route = object(&item, IP_ROUTE, "a route")?;
        // `unreachable`, `blackhole`, `prohibit` defaults lead nowhere; unicast has no type.
        if string(route, "type").is_some_and(|t| t != "unicast") {
            continue;
        }
        let Some(cover) = string(route, "dst").and_then(cover) else {
            continue;
        };
        // A multipath route names its devices in `nexthops`; the first one stands for it.
        let hop = match field(route, "dev") {
            Some(_) => route,
            None => field(route, "nexthops")
                .and_then(Value::as_array)
                .and_then(|hops| hops.first())
                .and_then(Value::as_object)
                .unwrap_or(route),
        };
        let Some(interface) = string(hop, "dev").filter(|d| !d.is_empty()) else {
            return Err(ParseError::invalid(
                IP_ROUTE,
                "a default route without a dev",
                &clip_json(route),
            ));
        };
        routes.push(Route {
            cover,
            interface: interface.to_string(),
            gateway: string(hop, "gateway").and_then(gateway),
            metric: number(route, "metric").unwrap_or(0),
            scoped: false,
        });
    }
    Ok(routes)
}

fn clip_json(object: &Map<String, Value>) -> String {
    text::clip(&Value::Object(object.clone()).to_string())
}

// ------------------------------------------------------------------------------ Windows

/// One interface being assembled, with what it is known by.
#[derive(Debug)]
struct WindowsInterface {
    index: Option<u64>,
    interface: LocalInterface,
    /// Listed by `Get-NetAdapter`; the others come from `Get-NetIPAddress` alone.
    adapter: bool,
    wireless: bool,
}

/// This computer's network from three Windows PowerShell 5.1 outputs:
///
/// - `Get-NetAdapter -IncludeHidden | Select-Object Name,InterfaceDescription,ifIndex,Status,
///   MediaType,PhysicalMediaType | ConvertTo-Json`
/// - `Get-NetIPAddress -AddressFamily IPv4,IPv6 | Select-Object InterfaceIndex,InterfaceAlias,
///   IPAddress,PrefixLength | ConvertTo-Json`
/// - `Get-NetRoute -DestinationPrefix '0.0.0.0/0' | Select-Object ifIndex,InterfaceAlias,
///   NextHop,RouteMetric | ConvertTo-Json` (empty when there is no default route: the cmdlet
///   then only writes an error)
///
/// Interfaces are named by their alias (`Wi-Fi`, `Ethernet 2`), the name the route output uses
/// too. An adapter is up when its Status is `Up`. Interfaces with addresses that
/// `Get-NetAdapter` does not list are the loopback pseudo-interface and the connections of
/// Windows' own VPN client (RAS/PPP), which are VPNs.
///
/// Windows picks the default route by route metric plus interface metric; the command gives
/// the route metric only (an `InterfaceMetric` property is added when present). On a tie a VPN
/// wins: VPN clients that route everything give their adapter the lowest interface metric
/// (WireGuard sets 0 next to a route metric of 0). A `DestinationPrefix` property, when
/// selected, lets a `0.0.0.0/1` + `128.0.0.0/1` pair be recognized as well.
pub fn windows_network(
    adapters_json: &str,
    addresses_json: &str,
    routes_json: &str,
) -> Result<LocalNetwork, ParseError> {
    text::require_text(adapters_json, ADAPTERS)?;
    text::require_text(addresses_json, ADDRESSES)?;
    let mut interfaces = Vec::new();
    for item in items(adapters_json, ADAPTERS)? {
        interfaces.push(windows_adapter(&item)?);
    }
    for item in items(addresses_json, ADDRESSES)? {
        windows_address(&item, &mut interfaces)?;
    }
    let interfaces: Vec<WindowsInterface> = interfaces.into_iter().map(windows_finish).collect();
    let routes = windows_routes(routes_json, &interfaces)?;
    let list: Vec<LocalInterface> = interfaces.into_iter().map(|i| i.interface).collect();
    let is_vpn = |route: &Route| {
        list.iter()
            .any(|i| i.name == route.interface && i.kind == InterfaceKind::Vpn)
    };
    let default = choose_default(&routes, is_vpn).cloned();
    Ok(network(list, default.as_ref()))
}

fn windows_adapter(item: &Value) -> Result<WindowsInterface, ParseError> {
    let adapter = object(item, ADAPTERS, "an adapter")?;
    let invalid = |what: &'static str| ParseError::invalid(ADAPTERS, what, &clip_json(adapter));
    let name = string(adapter, "Name")
        .filter(|n| !n.is_empty())
        .ok_or_else(|| invalid("an adapter without a Name"))?;
    let index = number(adapter, "ifIndex").ok_or_else(|| invalid("an adapter without ifIndex"))?;
    let description = string(adapter, "InterfaceDescription").filter(|d| !d.is_empty());
    // Status is a string in 5.1 and 7 alike ("Up", "Disconnected", "Disabled", "Not Present");
    // as a number it would be the interface's operational status, 1 for up.
    let up = match field(adapter, "Status") {
        Some(Value::String(s)) => s.trim().eq_ignore_ascii_case("up"),
        Some(Value::Number(n)) => n.as_u64() == Some(1),
        _ => false,
    };
    let wireless = ["MediaType", "PhysicalMediaType"]
        .iter()
        .any(|f| string(adapter, f).is_some_and(|m| m.contains("802.11")));
    Ok(WindowsInterface {
        index: Some(index),
        interface: LocalInterface {
            name: name.to_string(),
            description: description.map(str::to_string),
            kind: InterfaceKind::Other,
            up,
            ipv4: Vec::new(),
            ipv6: Vec::new(),
        },
        adapter: true,
        wireless,
    })
}

fn windows_address(item: &Value, interfaces: &mut Vec<WindowsInterface>) -> Result<(), ParseError> {
    let address = object(item, ADDRESSES, "an address")?;
    let invalid = |what: &'static str| ParseError::invalid(ADDRESSES, what, &clip_json(address));
    let index = number(address, "InterfaceIndex");
    let alias = string(address, "InterfaceAlias").filter(|a| !a.is_empty());
    let ip = string(address, "IPAddress").ok_or_else(|| invalid("an address without IPAddress"))?;
    let prefix = number(address, "PrefixLength")
        .ok_or_else(|| invalid("an address without PrefixLength"))?;
    let (ip, cidr) = cidr(ip, prefix, ADDRESSES)?;
    let found = interfaces.iter().position(|i| {
        (index.is_some() && i.index == index)
            || (index.is_none() && alias.is_some_and(|a| i.interface.name.eq_ignore_ascii_case(a)))
    });
    let at = match found {
        Some(at) => at,
        None => {
            let Some(name) = alias.map(str::to_string).or(index.map(|i| i.to_string())) else {
                return Err(invalid(
                    "an address without InterfaceIndex and InterfaceAlias",
                ));
            };
            interfaces.push(WindowsInterface {
                index,
                interface: LocalInterface {
                    name,
                    description: None,
                    kind: InterfaceKind::Other,
                    up: true,
                    ipv4: Vec::new(),
                    ipv6: Vec::new(),
                },
                adapter: false,
                wireless: false,
            });
            interfaces.len() - 1
        }
    };
    if let Some(entry) = interfaces.get_mut(at) {
        push_address(&mut entry.interface, ip, cidr);
    }
    Ok(())
}

/// Windows' IPv6 transition pseudo-interfaces, which `Get-NetAdapter` may not list.
const WINDOWS_PSEUDO: [&str; 4] = ["teredo", "isatap", "6to4", "iphttps"];

fn windows_finish(mut entry: WindowsInterface) -> WindowsInterface {
    let i = &entry.interface;
    let kind = if entry.adapter {
        interface_kind(
            &i.name,
            i.description.as_deref(),
            false,
            false,
            entry.wireless,
        )
    } else {
        let name = i.name.to_ascii_lowercase();
        let loopback = name.starts_with("loopback")
            || i.ipv4
                .iter()
                .chain(&i.ipv6)
                .all(|a| a.starts_with("127.") || a.starts_with("::1/"));
        let tunnel = !loopback && !WINDOWS_PSEUDO.iter().any(|p| name.contains(p));
        interface_kind(&i.name, None, loopback, tunnel, false)
    };
    entry.interface.kind = kind;
    entry
}

fn windows_routes(json: &str, interfaces: &[WindowsInterface]) -> Result<Vec<Route>, ParseError> {
    let mut routes = Vec::new();
    for item in items(json, ROUTES)? {
        let route = object(&item, ROUTES, "a route")?;
        let cover = match string(route, "DestinationPrefix") {
            None => Cover::All,
            Some(prefix) => match cover(prefix.trim()) {
                Some(cover) => cover,
                None => continue,
            },
        };
        let index = number(route, "ifIndex").or_else(|| number(route, "InterfaceIndex"));
        let alias = string(route, "InterfaceAlias").filter(|a| !a.is_empty());
        let by_index = index.and_then(|index| {
            interfaces
                .iter()
                .find(|i| i.index == Some(index))
                .map(|i| i.interface.name.clone())
        });
        let Some(interface) = by_index
            .or(alias.map(str::to_string))
            .or(index.map(|i| i.to_string()))
        else {
            return Err(ParseError::invalid(
                ROUTES,
                "a route without ifIndex and InterfaceAlias",
                &clip_json(route),
            ));
        };
        let metric = number(route, "RouteMetric")
            .unwrap_or(0)
            .saturating_add(number(route, "InterfaceMetric").unwrap_or(0));
        routes.push(Route {
            cover,
            interface,
            gateway: string(route, "NextHop").and_then(gateway),
            metric,
            scoped: false,
        });
    }
    Ok(routes)
}

// ------------------------------------------------------------------------------ macOS

/// This computer's network from `ifconfig` and `netstat -rn -f inet`.
///
/// An interface is up when its `UP` flag is set and it does not say `status: inactive` (Wi-Fi
/// switched off, no cable). Kinds come from names alone: `ifconfig` does not say which `en`
/// interface is Wi-Fi (on a laptop `en0` usually is), only `networksetup
/// -listallhardwareports` does, so every `en*` is Ethernet here — the findings need VPN or
/// not, which the name tells. `utun*` are VPNs, except the `utun0`…`utun2` macOS keeps for
/// itself (iCloud, Continuity): a `utun` with nothing but IPv6 link-local addresses carries no
/// one's traffic and is [`InterfaceKind::Other`].
///
/// The default route is the `default` line without the `I` (interface-scoped) flag; macOS
/// prints a scoped one for every further interface with a gateway.
pub fn macos_network(ifconfig: &str, netstat: &str) -> Result<LocalNetwork, ParseError> {
    text::require_text(ifconfig, IFCONFIG)?;
    let interfaces = macos_interfaces(ifconfig)?;
    let routes = macos_routes(netstat)?;
    Ok(network(interfaces, choose_default(&routes, |_| false)))
}

/// One `ifconfig` block being read.
#[derive(Debug)]
struct MacInterface {
    interface: LocalInterface,
    loopback: bool,
    flag_up: bool,
    inactive: bool,
}

fn macos_interfaces(ifconfig: &str) -> Result<Vec<LocalInterface>, ParseError> {
    let mut blocks: Vec<MacInterface> = Vec::new();
    for line in text::lines(ifconfig) {
        if line.trim().is_empty() {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            blocks.push(macos_header(line)?);
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            return Err(ParseError::invalid(
                IFCONFIG,
                "a line before the first interface",
                line,
            ));
        };
        let tokens: Vec<&str> = line.split_whitespace().collect();
        let after = |word: &str| {
            tokens
                .iter()
                .position(|t| *t == word)
                .and_then(|at| tokens.get(at + 1))
                .copied()
        };
        match tokens.first().copied() {
            Some("inet") => {
                let address = tokens.get(1).copied().unwrap_or_default();
                let prefix = after("netmask")
                    .and_then(netmask_prefix)
                    .ok_or_else(|| ParseError::invalid(IFCONFIG, "an inet line", line))?;
                let (ip, cidr) = cidr(address, prefix, IFCONFIG)?;
                push_address(&mut block.interface, ip, cidr);
            }
            Some("inet6") => {
                let address = tokens.get(1).copied().unwrap_or_default();
                let prefix = after("prefixlen")
                    .and_then(|p| p.parse().ok())
                    .ok_or_else(|| ParseError::invalid(IFCONFIG, "an inet6 line", line))?;
                let (ip, cidr) = cidr(address, prefix, IFCONFIG)?;
                push_address(&mut block.interface, ip, cidr);
            }
            Some("status:") => block.inactive = tokens.get(1) == Some(&"inactive"),
            _ => {}
        }
    }
    if blocks.is_empty() {
        return Err(ParseError::Missing {
            command: IFCONFIG,
            what: "interface",
        });
    }
    Ok(blocks.into_iter().map(macos_finish).collect())
}

/// `en0: flags=8863<UP,BROADCAST,SMART,RUNNING,SIMPLEX,MULTICAST> mtu 1500`.
fn macos_header(line: &str) -> Result<MacInterface, ParseError> {
    let invalid = || ParseError::invalid(IFCONFIG, "an interface line", line);
    let (name, rest) = line.split_once(": flags=").ok_or_else(invalid)?;
    if name.is_empty() || name.contains(char::is_whitespace) {
        return Err(invalid());
    }
    let flags = rest
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(flags, _)| flags)
        .ok_or_else(invalid)?;
    let flags: Vec<&str> = flags.split(',').collect();
    Ok(MacInterface {
        interface: LocalInterface {
            name: name.to_string(),
            description: None,
            kind: InterfaceKind::Other,
            up: false,
            ipv4: Vec::new(),
            ipv6: Vec::new(),
        },
        loopback: flags.contains(&"LOOPBACK"),
        flag_up: flags.contains(&"UP"),
        inactive: false,
    })
}

/// `0xffffff00` (or `255.255.255.0`) as a prefix length; a mask with holes is not one.
fn netmask_prefix(mask: &str) -> Option<u64> {
    let bits = match mask.strip_prefix("0x").or_else(|| mask.strip_prefix("0X")) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => u32::from(mask.parse::<Ipv4Addr>().ok()?),
    };
    let ones = bits.leading_ones();
    (bits.checked_shl(ones).unwrap_or(0) == 0).then_some(u64::from(ones))
}

fn macos_finish(block: MacInterface) -> LocalInterface {
    let mut interface = block.interface;
    interface.up = block.flag_up && !block.inactive;
    let kind = interface_kind(&interface.name, None, block.loopback, false, false);
    let link_local_only = interface.ipv4.is_empty()
        && !interface.ipv6.is_empty()
        && interface.ipv6.iter().all(|a| link_local_v6(a));
    interface.kind =
        if kind == InterfaceKind::Vpn && interface.name.starts_with("utun") && link_local_only {
            InterfaceKind::Other
        } else {
            kind
        };
    interface
}

/// `fe80::/10`, from the CIDR form.
fn link_local_v6(cidr: &str) -> bool {
    cidr.split('/')
        .next()
        .and_then(|a| a.parse::<std::net::Ipv6Addr>().ok())
        .is_some_and(|a| (a.segments()[0] & 0xffc0) == 0xfe80)
}

fn macos_routes(netstat: &str) -> Result<Vec<Route>, ParseError> {
    let mut routes = Vec::new();
    if text::strip_bom(netstat).trim().is_empty() {
        return Ok(routes);
    }
    // Columns by the header: macOS 11 and later print `Destination Gateway Flags Netif
    // Expire`, older ones `Destination Gateway Flags Refs Use Netif Expire`. Every column
    // before Netif is always filled, so counting words finds it.
    let mut columns: Option<(usize, usize)> = None;
    let mut header = false;
    for line in text::lines(netstat) {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        if tokens.first() == Some(&"Destination") {
            let at = |name: &str| tokens.iter().position(|t| *t == name);
            columns = at("Flags").zip(at("Netif"));
            header = true;
            continue;
        }
        // Another section (`Internet6:` when the family is not limited) ends the table.
        if tokens.len() == 1 && line.ends_with(':') {
            if line != "Internet:" {
                columns = None;
            }
            continue;
        }
        let Some((flags_at, netif_at)) = columns else {
            continue;
        };
        let Some(cover) = tokens.first().copied().and_then(cover) else {
            continue;
        };
        let (Some(flags), Some(netif)) = (tokens.get(flags_at), tokens.get(netif_at)) else {
            return Err(ParseError::invalid(NETSTAT, "a default route", line));
        };
        routes.push(Route {
            cover,
            interface: (*netif).to_string(),
            gateway: tokens.get(1).copied().and_then(gateway),
            metric: 0,
            scoped: flags.contains('I'),
        });
    }
    if !header {
        return Err(ParseError::Missing {
            command: NETSTAT,
            what: "Destination … Netif header",
        });
    }
    Ok(routes)
}

#[cfg(test)]
mod tests {
    use super::*;

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
