//! This computer's network: interfaces, their subnets, the default route and which interfaces
//! are VPNs. Read through `netdev` (netlink, sysctl, the Windows IP Helper API); the judgement of
//! what is a VPN is `rdp_doctor_facts::interface_kind`, shared with recorded outputs.

use rdp_doctor_model::{LocalInterface, LocalNetwork};

/// Reads the interfaces now. Never fails: an OS that tells nothing gives an empty list.
pub fn local_network() -> LocalNetwork {
    let mut default_interface = None;
    let mut default_gateway = None;
    let interfaces = netdev::get_interfaces()
        .into_iter()
        .map(|i| {
            let tunnel = matches!(
                i.if_type,
                netdev::interface::types::InterfaceType::Tunnel
                    | netdev::interface::types::InterfaceType::Ppp
            );
            let wireless = i.if_type == netdev::interface::types::InterfaceType::Wireless80211;
            // The same judgement as for recorded outputs of each OS.
            let kind = rdp_doctor_facts::interface_kind(
                &i.name,
                i.description.as_deref(),
                i.is_loopback(),
                tunnel,
                wireless,
            );
            if i.default {
                default_interface = Some(i.name.clone());
                default_gateway = i
                    .gateway
                    .as_ref()
                    .and_then(|g| g.ipv4.first().map(|v4| std::net::IpAddr::V4(*v4)));
            }
            LocalInterface {
                name: i.name.clone(),
                description: i.description.clone().or(i.friendly_name.clone()),
                kind,
                up: i.is_up(),
                ipv4: i.ipv4.iter().map(ToString::to_string).collect(),
                ipv6: i.ipv6.iter().map(ToString::to_string).collect(),
            }
        })
        .collect();
    LocalNetwork {
        interfaces,
        default_interface,
        default_gateway,
    }
}
