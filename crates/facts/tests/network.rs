//! The recorded networks in `samples/net-*`: what each parses to, exactly, and that no parser
//! panics on them whole, cut short, with lines missing, garbled, empty or swapped around.
//!
//! Every OS has the same four cases: `home` (the LAN 192.168.1.0/24, no VPN), `split` (a VPN
//! up, the default route still on the LAN), `full` (the default route through the VPN) and
//! `offline` (nothing but the loopback has an address, no default route).

mod common;
use common::{Rng, dir, sample};
use std::net::IpAddr;

use rdp_doctor_facts::{ParseError, linux_network, macos_network, windows_network};
use rdp_doctor_model::{InterfaceKind, LocalInterface, LocalNetwork};

use InterfaceKind::{Ethernet, Loopback, Other, Vpn, Wifi};

const CASES: [&str; 4] = ["home", "split", "full", "offline"];

fn linux_files(case: &str) -> [String; 2] {
    [
        format!("net-ip-addr.{case}.linux.json"),
        format!("net-ip-route.{case}.linux.json"),
    ]
}

fn windows_files(case: &str) -> [String; 3] {
    [
        format!("net-adapters.{case}.windows.json"),
        format!("net-addresses.{case}.windows.json"),
        format!("net-routes.{case}.windows.json"),
    ]
}

fn macos_files(case: &str) -> [String; 2] {
    [
        format!("net-ifconfig.{case}.macos.txt"),
        format!("net-netstat.{case}.macos.txt"),
    ]
}

fn linux(case: &str) -> LocalNetwork {
    let [addr, route] = linux_files(case).map(|f| sample(&f));
    linux_network(&addr, &route).unwrap_or_else(|e| panic!("linux {case}: {e}"))
}

fn windows(case: &str) -> LocalNetwork {
    let [adapters, addresses, routes] = windows_files(case).map(|f| sample(&f));
    windows_network(&adapters, &addresses, &routes)
        .unwrap_or_else(|e| panic!("windows {case}: {e}"))
}

fn macos(case: &str) -> LocalNetwork {
    let [ifconfig, netstat] = macos_files(case).map(|f| sample(&f));
    macos_network(&ifconfig, &netstat).unwrap_or_else(|e| panic!("macos {case}: {e}"))
}

fn iface(
    name: &str,
    description: Option<&str>,
    kind: InterfaceKind,
    up: bool,
    ipv4: &[&str],
    ipv6: &[&str],
) -> LocalInterface {
    LocalInterface {
        name: name.into(),
        description: description.map(Into::into),
        kind,
        up,
        ipv4: ipv4.iter().map(|a| a.to_string()).collect(),
        ipv6: ipv6.iter().map(|a| a.to_string()).collect(),
    }
}

fn net(interfaces: Vec<LocalInterface>, default: Option<(&str, Option<&str>)>) -> LocalNetwork {
    LocalNetwork {
        interfaces,
        default_interface: default.map(|(name, _)| name.into()),
        default_gateway: default
            .and_then(|(_, gateway)| gateway)
            .map(|g| g.parse::<IpAddr>().expect("gateway")),
    }
}

/// Field by field, so a failure names the interface that differs.
fn assert_network(got: &LocalNetwork, want: &LocalNetwork) {
    let names = |n: &LocalNetwork| {
        n.interfaces
            .iter()
            .map(|i| i.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(got), names(want));
    for (got, want) in got.interfaces.iter().zip(&want.interfaces) {
        assert_eq!(got, want, "interface {}", want.name);
    }
    assert_eq!(got.default_interface, want.default_interface);
    assert_eq!(got.default_gateway, want.default_gateway);
    assert_eq!(got, want);
}

/// Up interfaces with an address, loopback aside: what the network findings look at.
fn usable(net: &LocalNetwork) -> Vec<(&str, InterfaceKind)> {
    net.interfaces
        .iter()
        .filter(|i| i.up && i.kind != Loopback && !(i.ipv4.is_empty() && i.ipv6.is_empty()))
        .map(|i| (i.name.as_str(), i.kind))
        .collect()
}

// ------------------------------------------------------------------------------------ Linux

fn linux_lo() -> LocalInterface {
    iface("lo", None, Loopback, true, &["127.0.0.1/8"], &["::1/128"])
}

/// Administratively up, no cable: Linux keeps the UP flag.
fn linux_unplugged() -> LocalInterface {
    iface("enp0s31f6", None, Ethernet, true, &[], &[])
}

fn linux_wifi() -> LocalInterface {
    iface(
        "wlp2s0",
        None,
        Wifi,
        true,
        &["192.168.1.23/24"],
        &[
            "2001:db8:1a2b:3c00:5e1f:8d2a:b3c4:1d2e/64",
            "2001:db8:1a2b:3c00:be6e:2ff:fe4a:5b6c/64",
            "fe80::be6e:2ff:fe4a:5b6c/64",
        ],
    )
}

#[test]
fn linux_home_wifi_with_idle_docker_and_libvirt_bridges() {
    let got = linux("home");
    assert_network(
        &got,
        &net(
            vec![
                linux_lo(),
                linux_unplugged(),
                linux_wifi(),
                // Idle bridges keep the UP flag and their routes (marked linkdown).
                iface("docker0", None, Other, true, &["172.17.0.1/16"], &[]),
                iface("virbr0", None, Other, true, &["192.168.122.1/24"], &[]),
            ],
            Some(("wlp2s0", Some("192.168.1.1"))),
        ),
    );
    assert!(!usable(&got).iter().any(|(_, kind)| *kind == Vpn));
}

#[test]
fn linux_split_tunnel_wireguard_on_ethernet() {
    assert_network(
        &linux("split"),
        &net(
            vec![
                linux_lo(),
                iface(
                    "enp3s0",
                    None,
                    Ethernet,
                    true,
                    &["192.168.1.10/24"],
                    &["fe80::3a1c:5d2e:9b4f:a071/64"],
                ),
                iface("wg0", None, Vpn, true, &["10.8.0.2/24"], &[]),
            ],
            Some(("enp3s0", Some("192.168.1.1"))),
        ),
    );
}

#[test]
fn linux_full_tunnel_openvpn_default_route_with_the_lower_metric() {
    assert_network(
        &linux("full"),
        &net(
            vec![
                linux_lo(),
                linux_unplugged(),
                linux_wifi(),
                iface(
                    "tun0",
                    None,
                    Vpn,
                    true,
                    &["10.8.0.2/24"],
                    &["fe80::7c1d:2b3a:4c5d:6e7f/64"],
                ),
            ],
            Some(("tun0", Some("10.8.0.1"))),
        ),
    );
}

#[test]
fn linux_offline_wifi_off_no_cable() {
    let got = linux("offline");
    assert_network(
        &got,
        &net(
            vec![
                linux_lo(),
                linux_unplugged(),
                iface("wlp2s0", None, Wifi, false, &[], &[]),
            ],
            None,
        ),
    );
    assert!(usable(&got).is_empty());
}

// ---------------------------------------------------------------------------------- Windows

fn windows_loopback() -> LocalInterface {
    iface(
        "Loopback Pseudo-Interface 1",
        None,
        Loopback,
        true,
        &["127.0.0.1/8"],
        &["::1/128"],
    )
}

const AX201: Option<&str> = Some("Intel(R) Wi-Fi 6 AX201 160MHz");
const I219: Option<&str> = Some("Intel(R) Ethernet Connection (10) I219-V");

fn windows_wifi_connected() -> LocalInterface {
    iface(
        "Wi-Fi",
        AX201,
        Wifi,
        true,
        &["192.168.1.23/24"],
        &[
            "2001:db8:1a2b:3c00:9d47:2e1a:6b3f:c815/64",
            "2001:db8:1a2b:3c00:3c5e:a1f0:7d92:4b6e/128",
            "fe80::8d4c:1e2f:9a3b:7c6d/64",
        ],
    )
}

fn windows_wifi_disconnected() -> LocalInterface {
    iface(
        "Wi-Fi",
        AX201,
        Wifi,
        false,
        &["169.254.201.7/16"],
        &["fe80::8d4c:1e2f:9a3b:7c6d/64"],
    )
}

fn windows_ethernet_disconnected() -> LocalInterface {
    iface(
        "Ethernet",
        I219,
        Ethernet,
        false,
        &["169.254.28.149/16"],
        &["fe80::61f2:8e4b:d3a7:1c95/64"],
    )
}

fn windows_bluetooth() -> LocalInterface {
    iface(
        "Bluetooth Network Connection",
        Some("Bluetooth Device (Personal Area Network)"),
        Other,
        false,
        &["169.254.95.22/16"],
        &["fe80::4b1d:93e2:7c0a:5f16/64"],
    )
}

/// The two Wi-Fi Direct adapters, then the hidden adapters every Windows lists.
fn windows_hidden() -> Vec<LocalInterface> {
    let hidden = |name: &str, description: &str, kind, up| {
        iface(name, Some(description), kind, up, &[], &[])
    };
    vec![
        iface(
            "Local Area Connection* 10",
            Some("Microsoft Wi-Fi Direct Virtual Adapter #2"),
            Other,
            false,
            &["169.254.138.3/16"],
            &["fe80::d2c4:61b7:2e9f:8a03/64"],
        ),
        iface(
            "Local Area Connection* 9",
            Some("Microsoft Wi-Fi Direct Virtual Adapter"),
            Other,
            false,
            &["169.254.46.104/16"],
            &["fe80::a9e3:5c17:b04d:2e68/64"],
        ),
        hidden(
            "Local Area Connection* 8",
            "WAN Miniport (PPPOE)",
            Other,
            false,
        ),
        hidden(
            "Local Area Connection* 7",
            "WAN Miniport (IPv6)",
            Other,
            true,
        ),
        hidden(
            "Local Area Connection* 6",
            "WAN Miniport (Network Monitor)",
            Other,
            true,
        ),
        hidden("Local Area Connection* 5", "WAN Miniport (IP)", Other, true),
        // Windows' own VPN client: VPNs, but without an address they are not connected.
        hidden(
            "Local Area Connection* 4",
            "WAN Miniport (PPTP)",
            Vpn,
            false,
        ),
        hidden(
            "Local Area Connection* 3",
            "WAN Miniport (L2TP)",
            Vpn,
            false,
        ),
        hidden(
            "Local Area Connection* 2",
            "WAN Miniport (IKEv2)",
            Vpn,
            false,
        ),
        hidden(
            "Local Area Connection* 1",
            "WAN Miniport (SSTP)",
            Vpn,
            false,
        ),
        hidden(
            "Ethernet (Kernel Debugger)",
            "Microsoft Kernel Debug Network Adapter",
            Other,
            false,
        ),
    ]
}

fn windows_tail(mut head: Vec<LocalInterface>) -> Vec<LocalInterface> {
    head.extend(windows_hidden());
    head.push(windows_loopback());
    head
}

#[test]
fn windows_home_wifi_with_wsl_and_hyper_v() {
    let got = windows("home");
    assert_network(
        &got,
        &net(
            windows_tail(vec![
                iface(
                    "vEthernet (WSL)",
                    Some("Hyper-V Virtual Ethernet Adapter"),
                    Other,
                    true,
                    &["172.29.160.1/20"],
                    &["fe80::1a2b:9c8d:4e5f:6071/64"],
                ),
                iface(
                    "vEthernet (Default Switch)",
                    Some("Hyper-V Virtual Ethernet Adapter #2"),
                    Other,
                    true,
                    &["172.18.144.1/20"],
                    &["fe80::7f3e:21d4:c5b6:a987/64"],
                ),
                windows_bluetooth(),
                windows_wifi_connected(),
                windows_ethernet_disconnected(),
            ]),
            Some(("Wi-Fi", Some("192.168.1.1"))),
        ),
    );
    assert_eq!(
        usable(&got),
        [
            ("vEthernet (WSL)", Other),
            ("vEthernet (Default Switch)", Other),
            ("Wi-Fi", Wifi),
        ]
    );
}

#[test]
fn windows_split_tunnel_openvpn_tap_on_ethernet() {
    let got = windows("split");
    assert_network(
        &got,
        &net(
            windows_tail(vec![
                iface(
                    "OpenVPN Data Channel Offload",
                    Some("OpenVPN Data Channel Offload"),
                    Vpn,
                    false,
                    &[],
                    &[],
                ),
                iface(
                    "OpenVPN Wintun",
                    Some("Wintun Userspace Tunnel"),
                    Vpn,
                    false,
                    &[],
                    &[],
                ),
                iface(
                    "OpenVPN TAP-Windows6",
                    Some("TAP-Windows Adapter V9"),
                    Vpn,
                    true,
                    &["10.8.0.6/24"],
                    &["fe80::5c3a:9b1e:47d2:e806/64"],
                ),
                windows_bluetooth(),
                windows_wifi_disconnected(),
                iface(
                    "Ethernet",
                    I219,
                    Ethernet,
                    true,
                    &["192.168.1.10/24"],
                    &["fe80::61f2:8e4b:d3a7:1c95/64"],
                ),
            ]),
            Some(("Ethernet", Some("192.168.1.1"))),
        ),
    );
    assert_eq!(
        usable(&got),
        [("OpenVPN TAP-Windows6", Vpn), ("Ethernet", Ethernet)]
    );
}

#[test]
fn windows_full_tunnel_wireguard_wins_the_metric_tie() {
    assert_network(
        &windows("full"),
        &net(
            windows_tail(vec![
                iface(
                    "office",
                    Some("WireGuard Tunnel"),
                    Vpn,
                    true,
                    &["10.8.0.6/24"],
                    &[],
                ),
                windows_bluetooth(),
                windows_wifi_connected(),
                windows_ethernet_disconnected(),
            ]),
            // On-link: the next hop is 0.0.0.0.
            Some(("office", None)),
        ),
    );
}

#[test]
fn windows_offline_nothing_connected_and_no_route_output() {
    let got = windows("offline");
    assert_network(
        &got,
        &net(
            windows_tail(vec![
                windows_bluetooth(),
                windows_wifi_disconnected(),
                windows_ethernet_disconnected(),
            ]),
            None,
        ),
    );
    assert!(usable(&got).is_empty());
}

// ------------------------------------------------------------------------------------ macOS

fn mac_lo0() -> LocalInterface {
    iface(
        "lo0",
        None,
        Loopback,
        true,
        &["127.0.0.1/8"],
        &["::1/128", "fe80::1/64"],
    )
}

fn mac_down(name: &str, kind: InterfaceKind) -> LocalInterface {
    iface(name, None, kind, false, &[], &[])
}

fn mac_link_local(name: &str, address: &str) -> LocalInterface {
    iface(name, None, Other, true, &[], &[address])
}

/// An Apple silicon MacBook Air: everything before `en0`.
fn mac_head() -> Vec<LocalInterface> {
    vec![
        mac_lo0(),
        mac_down("gif0", Other),
        mac_down("stf0", Other),
        mac_down("anpi0", Other),
        mac_down("anpi1", Other),
        mac_down("en3", Ethernet),
        mac_down("en4", Ethernet),
        mac_down("en1", Ethernet),
        mac_down("en2", Ethernet),
        mac_down("bridge0", Other),
        mac_down("ap1", Other),
    ]
}

/// The `utun0`…`utun2` macOS keeps for itself: link-local only, not VPNs.
fn mac_system_utuns() -> Vec<LocalInterface> {
    vec![
        mac_link_local("utun0", "fe80::2c4f:8a1b:3d5e:7f60/64"),
        mac_link_local("utun1", "fe80::9e3b:5a0c:d17f:42e8/64"),
        mac_link_local("utun2", "fe80::ce81:b1c:bd2c:69e/64"),
    ]
}

fn mac_connected() -> Vec<LocalInterface> {
    let mut all = mac_head();
    all.extend([
        // Wi-Fi, in fact: `ifconfig` does not say so.
        iface(
            "en0",
            None,
            Ethernet,
            true,
            &["192.168.1.23/24"],
            &[
                "fe80::1c8d:4e2f:a3b5:6c7d/64",
                "2001:db8:1a2b:3c00:14f2:9e3d:7a1b:c2d4/64",
                "2001:db8:1a2b:3c00:85d1:2c4e:6f7a:9b0c/64",
            ],
        ),
        mac_link_local("awdl0", "fe80::981b:2cff:fe3d:4e5f/64"),
        mac_link_local("llw0", "fe80::981b:2cff:fe3d:4e5f/64"),
    ]);
    all.extend(mac_system_utuns());
    all
}

#[test]
fn macos_home_wifi_and_the_system_utuns() {
    let got = macos("home");
    assert_network(
        &got,
        &net(mac_connected(), Some(("en0", Some("192.168.1.1")))),
    );
    assert!(!usable(&got).iter().any(|(_, kind)| *kind == Vpn));
}

#[test]
fn macos_split_tunnel_wireguard_older_netstat_columns() {
    assert_network(
        &macos("split"),
        &net(
            vec![
                mac_lo0(),
                mac_down("gif0", Other),
                mac_down("stf0", Other),
                iface(
                    "en0",
                    None,
                    Ethernet,
                    true,
                    &["192.168.1.42/24"],
                    &["fe80::c4d:2e1f:8a3b:9c0d/64"],
                ),
                mac_down("en1", Ethernet),
                mac_down("en2", Ethernet),
                mac_down("bridge0", Other),
                mac_down("p2p0", Other),
                mac_link_local("awdl0", "fe80::682c:7dff:fe8e:9fa0/64"),
                mac_link_local("llw0", "fe80::682c:7dff:fe8e:9fa0/64"),
                mac_link_local("utun0", "fe80::8f3a:d2c1:6b4e:1a05/64"),
                mac_link_local("utun1", "fe80::4e1b:97c3:2f8d:a6b0/64"),
                mac_link_local("utun2", "fe80::b3d7:40e2:9c15:8f6a/64"),
                iface("utun3", None, Vpn, true, &["10.8.0.5/24"], &[]),
            ],
            Some(("en0", Some("192.168.1.1"))),
        ),
    );
}

#[test]
fn macos_full_tunnel_tunnelblick_def1_halves_beat_the_default() {
    let mut interfaces = mac_connected();
    interfaces.push(iface("utun3", None, Vpn, true, &["10.8.0.5/24"], &[]));
    assert_network(
        &macos("full"),
        &net(interfaces, Some(("utun3", Some("10.8.0.1")))),
    );
}

#[test]
fn macos_offline_wifi_switched_off() {
    let mut interfaces = mac_head();
    interfaces.extend([
        mac_down("en0", Ethernet),
        mac_down("awdl0", Other),
        mac_down("llw0", Other),
    ]);
    interfaces.extend(mac_system_utuns());
    let got = macos("offline");
    assert_network(&got, &net(interfaces, None));
    // The system utuns are up with a link-local address, but they are not a way out.
    assert!(usable(&got).iter().all(|(_, kind)| *kind == Other));
}

#[test]
fn macos_scoped_default_routes_are_not_the_default() {
    let ifconfig = sample("net-ifconfig.home.macos.txt");
    let netstat = "Routing tables\n\nInternet:\nDestination        Gateway            Flags               Netif Expire\n\
                   default            10.8.0.1           UGScIg              utun3       \n\
                   default            192.168.1.1        UGScg                 en0       \n";
    let got = macos_network(&ifconfig, netstat).expect("parses");
    assert_eq!(got.default_interface.as_deref(), Some("en0"));
}

// ------------------------------------------------------------------------- empty and broken

#[test]
fn no_routes_mean_no_default_route_and_no_output_means_unread() {
    for case in CASES {
        let [addr, _] = linux_files(case).map(|f| sample(&f));
        let [adapters, addresses, _] = windows_files(case).map(|f| sample(&f));
        let [ifconfig, _] = macos_files(case).map(|f| sample(&f));
        // `ip -j` prints `[]` for no routes, and so does our PowerShell script; netstat prints
        // its headers and nothing else.
        for (json, netstat) in [("[]", ""), ("[]\r\n", "\n"), ("\u{feff}[]", "\r\n")] {
            let linux = linux_network(&addr, json).expect("linux");
            let windows = windows_network(&adapters, &addresses, json).expect("windows");
            let macos = macos_network(&ifconfig, netstat).expect("macos");
            for net in [linux, windows, macos] {
                assert_eq!(net.default_interface, None, "{case}");
                assert_eq!(net.default_gateway, None, "{case}");
                assert!(!net.interfaces.is_empty(), "{case}");
            }
        }
        // Nothing at all means the command did not answer: not "no default route".
        for blank in ["", "\n", "\r\n", "\u{feff}"] {
            assert!(
                matches!(linux_network(&addr, blank), Err(ParseError::Empty { .. })),
                "{case}"
            );
            assert!(
                matches!(
                    windows_network(&adapters, &addresses, blank),
                    Err(ParseError::Empty { .. })
                ),
                "{case}"
            );
        }
    }
}

#[test]
fn empty_interface_outputs_are_errors() {
    let route = sample("net-ip-route.home.linux.json");
    let [adapters, addresses, routes] = windows_files("home").map(|f| sample(&f));
    let netstat = sample("net-netstat.home.macos.txt");
    for blank in ["", "\r\n", "  \n\n", "\u{feff}", "\u{feff}\r\n"] {
        assert!(matches!(
            linux_network(blank, &route),
            Err(ParseError::Empty { .. })
        ));
        assert!(matches!(
            windows_network(blank, &addresses, &routes),
            Err(ParseError::Empty { .. })
        ));
        assert!(matches!(
            windows_network(&adapters, blank, &routes),
            Err(ParseError::Empty { .. })
        ));
        assert!(matches!(
            macos_network(blank, &netstat),
            Err(ParseError::Empty { .. })
        ));
        assert!(linux_network(blank, blank).is_err());
        assert!(windows_network(blank, blank, blank).is_err());
        assert!(macos_network(blank, blank).is_err());
    }
    // `ip -j` prints an empty list when there is nothing; an empty list of interfaces is wrong.
    assert!(matches!(
        linux_network("[]\n", &route),
        Err(ParseError::Missing { .. })
    ));
}

#[test]
fn errors_are_sentences() {
    let messages: Vec<String> = [
        linux_network("", "[]"),
        linux_network("[{\"ifindex\":1,", "[]"),
        macos_network(
            "en0: flags=8863<UP> mtu 1500\n\tinet 10.0.0.2 netmask 0xff00ff00\n",
            "",
        ),
        macos_network(
            "lo0: flags=8049<UP,LOOPBACK> mtu 16384\n",
            "default 10.0.0.1 UGSc en0\n",
        ),
        windows_network("{\"Name\":\"Wi-Fi\"}", "{}", ""),
    ]
    .into_iter()
    .filter_map(Result::err)
    .map(|e| e.to_string())
    .collect();
    assert_eq!(
        messages,
        [
            "the output of `ip -j addr show` is empty",
            "the output of `ip -j addr show` is not valid JSON: EOF while parsing a value at line 1 column 14",
            "the output of `ifconfig` has an inet line that cannot be read: `inet 10.0.0.2 netmask 0xff00ff00`",
            "the output of `netstat -rn -f inet` has no Destination … Netif header",
            "the output of `Get-NetAdapter -IncludeHidden | ConvertTo-Json` has an adapter without ifIndex that cannot be read: `{\"Name\":\"Wi-Fi\"}`",
        ]
    );
}

// ------------------------------------------------------------------------------ robustness

/// Every sample file the tests above read, grouped as the parsers take them.
fn sample_sets() -> Vec<(&'static str, Vec<String>)> {
    let mut sets = Vec::new();
    for case in CASES {
        sets.push(("linux", linux_files(case).to_vec()));
        sets.push(("windows", windows_files(case).to_vec()));
        sets.push(("macos", macos_files(case).to_vec()));
    }
    sets
}

/// The parser for `os` on `inputs`; may fail, must not panic.
fn parse(os: &str, inputs: &[String]) {
    let get = |i: usize| inputs.get(i).map(String::as_str).unwrap_or_default();
    what_comes_back(match os {
        "linux" => linux_network(get(0), get(1)),
        "windows" => windows_network(get(0), get(1), get(2)),
        _ => macos_network(get(0), get(1)),
    });
}

/// Whatever the input, a parse gives a network whose every address reads as `address/prefix`
/// and every interface has a name fit for a sentence, or one line naming the command it could
/// not read.
fn what_comes_back(parsed: Result<LocalNetwork, ParseError>) {
    match parsed {
        Ok(network) => {
            for interface in &network.interfaces {
                assert!(
                    !interface.name.trim().is_empty()
                        && !interface.name.chars().any(char::is_control),
                    "{interface:?}"
                );
                for (addresses, bits) in [(&interface.ipv4, 32u8), (&interface.ipv6, 128)] {
                    for address in addresses {
                        let readable = address.split_once('/').is_some_and(|(ip, prefix)| {
                            ip.parse::<IpAddr>()
                                .is_ok_and(|ip| ip.is_ipv4() == (bits == 32))
                                && prefix.parse::<u8>().is_ok_and(|p| p <= bits)
                        });
                        assert!(readable, "{address:?} in {interface:?}");
                    }
                }
            }
        }
        Err(error) => {
            let sentence = error.to_string();
            assert!(
                !sentence.chars().any(char::is_control),
                "one line: {sentence:?}"
            );
            assert!(
                sentence.starts_with("the output of `") || sentence.starts_with('`'),
                "names what it read: {sentence:?}"
            );
        }
    }
}

/// Every parser with `text` in every position, the other inputs empty.
fn every_parser(text: &str) {
    what_comes_back(linux_network(text, ""));
    what_comes_back(linux_network("", text));
    what_comes_back(linux_network(text, text));
    what_comes_back(windows_network(text, "", ""));
    what_comes_back(windows_network("", text, ""));
    what_comes_back(windows_network("", "", text));
    what_comes_back(windows_network(text, text, text));
    what_comes_back(macos_network(text, ""));
    what_comes_back(macos_network("", text));
    what_comes_back(macos_network(text, text));
}

#[test]
fn every_network_sample_is_in_a_set() {
    let mut named: Vec<String> = sample_sets().into_iter().flat_map(|(_, f)| f).collect();
    named.sort();
    let mut on_disk: Vec<String> = std::fs::read_dir(dir())
        .expect("samples directory")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("net-"))
        .collect();
    on_disk.sort();
    assert_eq!(named, on_disk);
    // Windows prints CRLF; iproute2, ifconfig and netstat LF.
    for (os, files) in sample_sets() {
        for file in files {
            let text = sample(&file);
            assert_eq!(
                text.contains("\r\n"),
                os == "windows" && !text.is_empty(),
                "{file}"
            );
        }
    }
}

/// Cut before every 7th character (and each of the first 40), both halves, one input at a
/// time with the others whole. (The other parsers get every sample in
/// `samples_in_the_wrong_parser`, and every thinned one below.)
#[test]
fn every_sample_cut_short() {
    for (os, files) in sample_sets() {
        let whole: Vec<String> = files.iter().map(|f| sample(f)).collect();
        for (at_input, text) in whole.iter().enumerate() {
            for (i, (at, _)) in text.char_indices().enumerate() {
                if i % 7 != 0 && i >= 40 {
                    continue;
                }
                for part in [&text[..at], &text[at..]] {
                    let mut inputs = whole.clone();
                    if let Some(slot) = inputs.get_mut(at_input) {
                        *slot = part.to_string();
                    }
                    parse(os, &inputs);
                }
            }
        }
    }
}

#[test]
fn every_sample_with_lines_missing() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for (os, files) in sample_sets() {
        let whole: Vec<String> = files.iter().map(|f| sample(f)).collect();
        for (at_input, text) in whole.iter().enumerate() {
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            for _ in 0..40 {
                let keep_one_in = 2 + rng.below(4);
                let thinned: String = lines
                    .iter()
                    .filter(|_| rng.below(keep_one_in) != 0)
                    .copied()
                    .collect();
                let rotated: String = lines.iter().skip(1).chain(lines.first()).copied().collect();
                for changed in [thinned, rotated] {
                    let mut inputs = whole.clone();
                    if let Some(slot) = inputs.get_mut(at_input) {
                        *slot = changed.clone();
                    }
                    parse(os, &inputs);
                    every_parser(&changed);
                }
            }
        }
    }
}

#[test]
fn every_sample_with_bytes_garbled() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    const INTERESTING: &[u8] = b"0123456789abcdefx:;<>[]{}\",.-/% \t\r\n%IUGS\xc3\xa4\xff";
    for (os, files) in sample_sets() {
        let whole: Vec<String> = files.iter().map(|f| sample(f)).collect();
        for (at_input, text) in whole.iter().enumerate() {
            let bytes = text.as_bytes();
            if bytes.is_empty() {
                continue;
            }
            for _ in 0..60 {
                let mut garbled = bytes.to_vec();
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(garbled.len());
                    let byte = if rng.below(2) == 0 {
                        INTERESTING[rng.below(INTERESTING.len())]
                    } else {
                        u8::try_from(rng.below(256)).unwrap_or(0)
                    };
                    if let Some(slot) = garbled.get_mut(at) {
                        *slot = byte;
                    }
                }
                let mut inputs = whole.clone();
                if let Some(slot) = inputs.get_mut(at_input) {
                    *slot = String::from_utf8_lossy(&garbled).into_owned();
                }
                parse(os, &inputs);
            }
        }
    }
}

/// Each OS's outputs handed to the other OSes' parsers, and in the wrong order.
#[test]
fn samples_in_the_wrong_parser() {
    for (_, files) in sample_sets() {
        for file in &files {
            every_parser(&sample(file));
        }
        let mut reversed: Vec<String> = files.iter().map(|f| sample(f)).collect();
        reversed.reverse();
        for os in ["linux", "windows", "macos"] {
            parse(os, &reversed);
        }
    }
    for text in [
        "", "\r\n", "\u{feff}", "null", "[]", "{}", "[{}]", "[null]", "0", "\"x\"",
    ] {
        every_parser(text);
    }
}
