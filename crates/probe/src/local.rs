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
            let name = shown_name(&i.name, i.friendly_name.as_deref());
            let kind = rdp_doctor_facts::interface_kind(
                &name,
                i.description.as_deref(),
                i.is_loopback(),
                tunnel,
                wireless,
            );
            if i.default {
                default_interface = Some(name.clone());
                default_gateway = i
                    .gateway
                    .as_ref()
                    .and_then(|g| g.ipv4.first().map(|v4| std::net::IpAddr::V4(*v4)));
            }
            LocalInterface {
                name,
                description: i.description.clone(),
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

/// The name people know an interface by. On Windows netdev's `name` is the adapter's GUID
/// (`{4D36E972-…}`) and the name shown in Settings ("Wi-Fi", "Ethernet 2") is the friendly
/// name, which is also what `Get-NetAdapter` prints, so live checks and recordings agree.
/// Elsewhere the name (`en0`, `utun3`, `wlan0`) is kept: the VPN judgement reads it.
fn shown_name(name: &str, friendly_name: Option<&str>) -> String {
    let is_guid = name.starts_with('{') && name.ends_with('}');
    match friendly_name.map(str::trim).filter(|f| !f.is_empty()) {
        Some(friendly) if is_guid => friendly.to_string(),
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::shown_name;

    #[test]
    fn windows_adapters_go_by_their_friendly_name_not_their_guid() {
        assert_eq!(
            shown_name("{00000004-0000-0000-0000-4E6574446576}", Some("Wi-Fi")),
            "Wi-Fi"
        );
        assert_eq!(shown_name("{GUID}", Some("  ")), "{GUID}");
        assert_eq!(shown_name("{GUID}", None), "{GUID}");
        // macOS: "Wi-Fi" is the service's name, but en0/utun3 is what the VPN judgement reads.
        assert_eq!(shown_name("en0", Some("Wi-Fi")), "en0");
        assert_eq!(shown_name("eth0", None), "eth0");
    }
}
