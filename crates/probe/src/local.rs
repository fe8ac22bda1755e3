//! This computer's network: interfaces, their subnets, the default route and which interfaces
//! are VPNs. Read through `netdev` (netlink, sysctl, the Windows IP Helper API); the judgement of
//! what is a VPN is a pure function of the names the OS gives.

use rdp_doctor_model::{InterfaceKind, LocalInterface, LocalNetwork};

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
            let kind = classify(
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

/// Tells a VPN from a LAN adapter by what the OS calls it: the same judgement as for recorded
/// outputs (`rdp_doctor_facts::interface_kind`).
pub fn classify(
    name: &str,
    description: Option<&str>,
    loopback: bool,
    tunnel: bool,
    wireless: bool,
) -> InterfaceKind {
    rdp_doctor_facts::interface_kind(name, description, loopback, tunnel, wireless)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_vpns_by_name_and_description() {
        let vpn = |name: &str, description: Option<&str>| {
            classify(name, description, false, false, false)
        };
        // Linux / macOS
        assert_eq!(vpn("tun0", None), InterfaceKind::Vpn);
        assert_eq!(vpn("wg0", None), InterfaceKind::Vpn);
        assert_eq!(vpn("utun3", None), InterfaceKind::Vpn);
        assert_eq!(vpn("ppp0", None), InterfaceKind::Vpn);
        assert_eq!(vpn("eth0", None), InterfaceKind::Ethernet);
        assert_eq!(vpn("enp3s0", None), InterfaceKind::Ethernet);
        assert_eq!(vpn("wlp2s0", None), InterfaceKind::Wifi);
        // Windows names adapters by GUID; the description says what it is.
        let guid = "{4D36E972-E325-11CE-BFC1-08002BE10318}";
        assert_eq!(
            vpn(guid, Some("TAP-Windows Adapter V9")),
            InterfaceKind::Vpn
        );
        assert_eq!(vpn(guid, Some("WireGuard Tunnel")), InterfaceKind::Vpn);
        assert_eq!(
            vpn(
                guid,
                Some(
                    "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64"
                )
            ),
            InterfaceKind::Vpn
        );
        assert_eq!(
            vpn(guid, Some("PANGP Virtual Ethernet Adapter")),
            InterfaceKind::Vpn
        );
        assert_eq!(
            vpn(guid, Some("Intel(R) Ethernet Connection (7) I219-LM")),
            InterfaceKind::Ethernet
        );
        assert_eq!(
            vpn(guid, Some("Intel(R) Wi-Fi 6 AX201 160MHz")),
            InterfaceKind::Wifi
        );
        assert_eq!(
            classify("lo", None, true, false, false),
            InterfaceKind::Loopback
        );
        assert_eq!(classify("x", None, false, true, false), InterfaceKind::Vpn);
    }

    #[test]
    fn reads_this_machine_without_failing() {
        let net = local_network();
        assert!(
            net.interfaces
                .iter()
                .any(|i| i.kind == InterfaceKind::Loopback),
            "{net:?}"
        );
    }
}
