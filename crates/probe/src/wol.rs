//! Sending a Wake-on-LAN magic packet to the broadcast address of the interface that faces the
//! sleeping PC (the one whose subnet holds its address), UDP port 9.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use rdp_doctor_model::LocalNetwork;
use rdp_doctor_wire::wake_on_lan::magic_packet;
use tokio::net::UdpSocket;

/// Where the packet went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WakeSent {
    pub to: SocketAddr,
    /// The interface whose subnet holds the target, when one does.
    pub interface: Option<String>,
}

/// The broadcast address for `target`: that of the local IPv4 subnet holding it, else the
/// limited broadcast (which stays on this computer's own network).
pub fn broadcast_for(
    target: Option<Ipv4Addr>,
    network: &LocalNetwork,
) -> (Ipv4Addr, Option<String>) {
    if let Some(ip) = target {
        for iface in network.interfaces.iter().filter(|i| i.up) {
            for cidr in &iface.ipv4 {
                let Some((addr, prefix)) = cidr.split_once('/') else {
                    continue;
                };
                let (Ok(addr), Ok(prefix)) = (addr.parse::<Ipv4Addr>(), prefix.parse::<u32>())
                else {
                    continue;
                };
                if !(1..=30).contains(&prefix) {
                    continue;
                }
                let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
                if u32::from(ip) & mask == u32::from(addr) & mask {
                    return (
                        Ipv4Addr::from(u32::from(addr) | !mask),
                        Some(iface.name.clone()),
                    );
                }
            }
        }
    }
    (Ipv4Addr::BROADCAST, None)
}

/// Why the magic packet did not leave this computer (the system's own reason inside).
#[derive(Debug, thiserror::Error)]
pub enum WakeError {
    #[error("could not open a network socket: {0}")]
    Socket(std::io::Error),
    #[error("this computer does not allow broadcasts: {0}")]
    Broadcast(std::io::Error),
    #[error("the wake-up packet could not be sent to {to}: {source}")]
    NotSent {
        to: SocketAddr,
        source: std::io::Error,
    },
}

/// Sends the magic packet for `mac`. The MAC is already validated by the caller.
pub async fn send(
    mac: [u8; 6],
    target: Option<Ipv4Addr>,
    network: &LocalNetwork,
) -> Result<WakeSent, WakeError> {
    let (broadcast, interface) = broadcast_for(target, network);
    let to = SocketAddr::new(IpAddr::V4(broadcast), 9);
    let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .await
        .map_err(WakeError::Socket)?;
    socket.set_broadcast(true).map_err(WakeError::Broadcast)?;
    let packet = magic_packet(mac);
    // UDP may lose one; wake-up tools commonly send a few.
    for i in 0..3 {
        if i > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        socket
            .send_to(&packet, to)
            .await
            .map_err(|source| WakeError::NotSent { to, source })?;
    }
    Ok(WakeSent { to, interface })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdp_doctor_model::{InterfaceKind, LocalInterface};

    #[test]
    fn picks_the_subnet_that_holds_the_target() {
        let net = LocalNetwork {
            interfaces: vec![
                LocalInterface {
                    name: "lo".into(),
                    description: None,
                    kind: InterfaceKind::Loopback,
                    up: true,
                    ipv4: vec!["127.0.0.1/8".into()],
                    ipv6: vec![],
                },
                LocalInterface {
                    name: "eth0".into(),
                    description: None,
                    kind: InterfaceKind::Ethernet,
                    up: true,
                    ipv4: vec!["192.168.1.10/24".into()],
                    ipv6: vec![],
                },
                LocalInterface {
                    name: "tun0".into(),
                    description: None,
                    kind: InterfaceKind::Vpn,
                    up: true,
                    ipv4: vec!["10.8.0.2/16".into()],
                    ipv6: vec![],
                },
            ],
            default_interface: Some("eth0".into()),
            default_gateway: None,
        };
        assert_eq!(
            broadcast_for(Some(Ipv4Addr::new(192, 168, 1, 50)), &net),
            (Ipv4Addr::new(192, 168, 1, 255), Some("eth0".into()))
        );
        assert_eq!(
            broadcast_for(Some(Ipv4Addr::new(10, 8, 3, 4)), &net),
            (Ipv4Addr::new(10, 8, 255, 255), Some("tun0".into()))
        );
        assert_eq!(
            broadcast_for(Some(Ipv4Addr::new(172, 16, 0, 1)), &net),
            (Ipv4Addr::BROADCAST, None)
        );
        assert_eq!(broadcast_for(None, &net), (Ipv4Addr::BROADCAST, None));
    }
}
