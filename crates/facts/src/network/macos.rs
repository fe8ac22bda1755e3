//! macOS: `ifconfig` and `netstat -rn -f inet`.

use rdp_doctor_model::{InterfaceKind, LocalInterface, LocalNetwork};
use std::net::Ipv4Addr;

use super::{Route, choose_default, cidr, cover, gateway, interface_kind, network, push_address};
use crate::{ParseError, text};

pub(super) const IFCONFIG: &str = "ifconfig";
const NETSTAT: &str = "netstat -rn -f inet";

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
pub(super) fn netmask_prefix(mask: &str) -> Option<u64> {
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
pub(super) fn link_local_v6(cidr: &str) -> bool {
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
