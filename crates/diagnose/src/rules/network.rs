//! This computer's own network: VPNs, clashing subnets, no route.

use rdp_doctor_model::finding_id as ids;
use std::net::{IpAddr, Ipv4Addr};

use rdp_doctor_model::{
    Area, Audience, Evidence, Finding, InterfaceKind, LocalInterface, Severity, TcpOutcome,
};
use serde_json::{Value, json};

use crate::finding::{FindingExt, finding};
use crate::t;

pub(super) fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_private() || (a == 100 && (64..128).contains(&b))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80
        }
    }
}

/// Does `ip` lie in the subnet written as "192.168.1.10/24"?
pub(super) fn in_subnet(ip: Ipv4Addr, cidr: &str) -> bool {
    let Some((addr, prefix)) = cidr.split_once('/') else {
        return false;
    };
    let (Ok(addr), Ok(prefix)) = (addr.parse::<Ipv4Addr>(), prefix.parse::<u32>()) else {
        return false;
    };
    if prefix == 0 || prefix > 32 {
        return false;
    }
    let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
    (u32::from(ip) & mask) == (u32::from(addr) & mask)
}

/// The VPN and subnet rules: only for a private IPv4 target that is not this computer itself.
pub(super) fn network(evidence: &Evidence, out: &mut Vec<Finding>) {
    let Some(net) = &evidence.network else { return };
    let target = evidence
        .dns
        .as_ref()
        .and_then(|d| d.outcome.addresses().into_iter().next());
    let reached = evidence.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    let usable: Vec<&LocalInterface> = net
        .interfaces
        .iter()
        .filter(|i| {
            i.up && i.kind != InterfaceKind::Loopback && !(i.ipv4.is_empty() && i.ipv6.is_empty())
        })
        .collect();
    let interfaces_table: Vec<Value> = usable
        .iter()
        .map(|i| {
            let kind = serde_json::to_value(i.kind).unwrap_or(Value::Null);
            json!({"name": i.name, "kind": kind, "ipv4": i.ipv4, "description": i.description})
        })
        .collect();
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Network, severity, audience, title, detail)
            .ev("interfaces", interfaces_table.clone())
            .ev(
                "default_interface",
                net.default_interface
                    .clone()
                    .map_or(Value::Null, Value::String),
            )
    };
    let Some(IpAddr::V4(ip)) = target else { return };
    if ip.is_loopback()
        || usable.iter().any(|i| {
            i.ipv4
                .iter()
                .any(|a| a.split('/').next() == Some(&ip.to_string()))
        })
    {
        return;
    }
    if !reached && usable.is_empty() {
        out.push(f(
            ids::NETWORK_OFFLINE,
            Severity::Fail,
            Audience::User,
            t!("network-offline.title"),
            t!("network-offline.detail"),
        ));
        return;
    }
    if !reached
        && net.default_gateway.is_none()
        && net.default_interface.is_none()
        && !is_private(IpAddr::V4(ip))
    {
        out.push(f(
            ids::NETWORK_OFFLINE,
            Severity::Fail,
            Audience::User,
            t!("network-offline-no_route.title"),
            t!("network-offline-no_route.detail"),
        ));
        return;
    }
    if !is_private(IpAddr::V4(ip)) {
        return;
    }
    let vpns: Vec<&&LocalInterface> = usable
        .iter()
        .filter(|i| i.kind == InterfaceKind::Vpn)
        .collect();
    let lan_clash = usable
        .iter()
        .filter(|i| i.kind != InterfaceKind::Vpn)
        .find_map(|i| {
            i.ipv4
                .iter()
                .find(|cidr| in_subnet(ip, cidr))
                .map(|c| (i.name.clone(), c.clone()))
        });
    if let (Some((lan, cidr)), false) = (&lan_clash, vpns.is_empty()) {
        out.push(
            f(
                ids::NETWORK_SUBNET_CONFLICT,
                Severity::Fail,
                Audience::It,
                t!("network-subnet_conflict.title", ip = ip.to_string()),
                t!(
                    "network-subnet_conflict.detail",
                    lan = lan.as_str(),
                    cidr = cidr.as_str(),
                    ip = ip.to_string()
                ),
            )
            .ev("target", ip.to_string())
            .ev("local_subnet", cidr.as_str()),
        );
    } else if let Some(vpn) = vpns.first() {
        out.push(
            f(
                ids::NETWORK_VPN_ACTIVE,
                Severity::Info,
                Audience::User,
                t!(
                    "network-vpn_active.title",
                    vpn = vpn.description.clone().unwrap_or_else(|| vpn.name.clone())
                ),
                t!("network-vpn_active.detail", ip = ip.to_string()),
            )
            .ev("target", ip.to_string()),
        );
    } else if lan_clash.is_none() && !reached {
        out.push(
            f(
                ids::NETWORK_VPN_MISSING,
                Severity::Warn,
                Audience::User,
                t!("network-vpn_missing.title"),
                t!("network-vpn_missing.detail", ip = ip.to_string()),
            )
            .ev("target", ip.to_string()),
        );
    }
}
