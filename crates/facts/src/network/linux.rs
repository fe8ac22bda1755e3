//! Linux: `ip -j addr show` and `ip -j route show` (iproute2 JSON).

use rdp_doctor_model::{InterfaceKind, LocalInterface, LocalNetwork};
use serde_json::{Map, Value};

use super::kind::virtual_name;
use super::{
    Route, choose_default, cidr, clip_json, cover, gateway, interface_kind, network, number,
    object, push_address, strings,
};
use crate::powershell::{field, items, string};
use crate::{ParseError, text};

pub(super) const IP_ADDR: &str = "ip -j addr show";
const IP_ROUTE: &str = "ip -j route show";

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
