//! Name resolution against a DNS server of our own (`rdp_doctor_tests::TestDns`, dnsmasq), which
//! the CLI sees as its DNS settings the way a laptop's point at the office's server.

use anyhow::Result;
use rdp_doctor_tests::dns::{NO_ADDRESS, SILENT};
use rdp_doctor_tests::report::{assert_within_budget, finding, ids};
use rdp_doctor_tests::{
    NoRoute, RouteKind, TestDns, UnusedAddress, Xrdp, XrdpOptions, network_recording,
};
use serde_json::Value;
use std::net::Ipv4Addr;

fn assert_has(report: &Value, id: &str, severity: &str) {
    let found = finding(report, id);
    assert_eq!(
        found["severity"],
        severity,
        "expected {id} ({severity}) in {:?}; dns evidence: {}",
        ids(report),
        report["evidence"]["dns"]
    );
}

#[test]
fn names_that_resolve_fail_or_have_no_address() -> Result<()> {
    let dns = TestDns::start(&[("pc.corp.test", &[Ipv4Addr::LOCALHOST])])?;
    let (_, report) = dns.check("pc.corp.test", &[])?;
    assert_has(&report, "dns.resolved", "ok");
    assert_eq!(
        report["evidence"]["dns"]["outcome"]["addresses"][0],
        "127.0.0.1",
        "{}",
        dns.log_tail(10)
    );
    assert!(!ids(&report).contains(&"dns.short_name".to_owned()));

    let (code, report) = dns.check("missing.corp.test", &[])?;
    assert_has(&report, "dns.not_found", "fail");
    assert_eq!(code, 2);

    let (code, report) = dns.check(NO_ADDRESS, &[])?;
    assert_has(&report, "dns.no_address", "fail");
    assert_eq!(code, 2);

    // A short name works only through the search domain; the finding says so and offers the
    // address it found.
    let (_, report) = dns.check("pc", &[])?;
    assert_has(&report, "dns.resolved", "ok");
    assert_has(&report, "dns.short_name", "warn");
    let fixes = finding(&report, "dns.short_name")["fixes"].to_string();
    assert!(fixes.contains("127.0.0.1"), "{fixes}");
    Ok(())
}

#[test]
fn a_dns_server_that_never_answers_gives_dns_timeout_within_budget() -> Result<()> {
    let dns = TestDns::start(&[])?;
    let (code, report) = dns.check(SILENT, &[])?;
    assert_has(&report, "dns.timeout", "fail");
    assert_eq!(code, 2);
    // resolv.conf allows one try of 1 s.
    assert_within_budget(&report);
    assert!(
        report["evidence"]["dns"]["elapsed_ms"].as_u64() >= Some(900),
        "{}",
        report["evidence"]["dns"]
    );
    Ok(())
}

#[test]
fn a_name_with_a_dead_second_address_gives_reach_partial() -> Result<()> {
    let server = Xrdp::start(XrdpOptions::default())?;
    let stale = UnusedAddress::new()?;
    let dns = TestDns::start(&[("multi.corp.test", &[Ipv4Addr::LOCALHOST, stale.address()])])?;
    let target = format!("multi.corp.test:{}", server.addr().port());
    let (_, report) = dns.check(&target, &[])?;
    assert_eq!(
        report["evidence"]["dns"]["outcome"]["addresses"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "{}",
        report["evidence"]["dns"]
    );
    assert_has(&report, "reach.open", "ok");
    assert_has(&report, "reach.partial", "warn");
    let detail = finding(&report, "reach.partial")["detail"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        detail.contains(&format!("{} (refused)", stale.address())),
        "{detail}"
    );
    assert!(!detail.contains("127.0.0.1"), "{detail}");
    // The rest of the check goes on through the working address.
    assert_has(&report, "tls.ok", "ok");
    Ok(())
}

#[test]
fn an_office_name_with_a_private_address_and_no_vpn_gives_vpn_missing() -> Result<()> {
    // From home, with the VPN down: no path to the office network.
    let office = NoRoute::office(RouteKind::Unreachable)?;
    let dns = TestDns::start(&[("office-pc.corp.test", &[office.address()])])?;
    let home = network_recording("linux", "home")?;
    let mut command = dns.command(rdp_doctor_tests::cli_binary())?;
    command
        .args(["check", "office-pc.corp.test", "--json", "--timeout", "5"])
        .env("RDP_DOCTOR_FACTS_DIR", home.path());
    let (code, report) = rdp_doctor_tests::run_json(command)?;
    assert_eq!(code, 2);
    assert_has(&report, "dns.private_address", "info");
    assert_eq!(
        finding(&report, "dns.private_address")["evidence"]["address"],
        office.address().to_string()
    );
    assert_has(&report, "reach.unreachable", "fail");
    assert_has(&report, "network.vpn_missing", "warn");
    let vpn = finding(&report, "network.vpn_missing");
    assert_eq!(vpn["evidence"]["target"], office.address().to_string());
    assert!(
        vpn["title"]
            .as_str()
            .is_some_and(|t| t.contains("VPN is not connected")),
        "{vpn}"
    );
    Ok(())
}
