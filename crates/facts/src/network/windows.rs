//! Windows: `ConvertTo-Json` of `Get-NetAdapter -IncludeHidden`, `Get-NetIPAddress` and
//! `Get-NetRoute -DestinationPrefix '0.0.0.0/0'` (Windows PowerShell 5.1).

use rdp_doctor_model::{InterfaceKind, LocalInterface, LocalNetwork};
use serde_json::Value;

use super::{
    Cover, Route, choose_default, cidr, clip_json, cover, gateway, interface_kind, network, number,
    object, push_address,
};
use crate::powershell::{field, items, string};
use crate::{ParseError, text};

const ADAPTERS: &str = "Get-NetAdapter -IncludeHidden | ConvertTo-Json";
pub(super) const ADDRESSES: &str = "Get-NetIPAddress | ConvertTo-Json";
const ROUTES: &str = "Get-NetRoute -DestinationPrefix '0.0.0.0/0' | ConvertTo-Json";

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
