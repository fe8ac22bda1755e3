//! Name resolution against a DNS server of our own (dnsmasq) inside a network namespace whose
//! resolv.conf points at it, the way a laptop's DNS settings point at the office's server.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use rdp_doctor_tests::process::find_program;
use rdp_doctor_tests::report::ids;
use rdp_doctor_tests::{Netns, cli_binary, run_json};
use serde_json::Value;

const SERVER: &str = "127.0.0.53";

/// dnsmasq answering for corp.test only: pc.corp.test has an address, noaddr.corp.test only a
/// TXT record (the name exists, no address), every other corp.test name is NXDOMAIN.
struct Dns {
    ns: Netns,
    dnsmasq: Child,
}

impl Dns {
    fn start() -> Result<Dns> {
        let ns = Netns::new()?;
        ns.set_resolv_conf(&format!(
            "nameserver {SERVER}\nsearch corp.test\noptions timeout:1 attempts:1\n"
        ))?;
        ns.run(
            find_program("ip")?,
            &["addr", "add", &format!("{SERVER}/8"), "dev", "lo"],
        )
        .ok();
        let mut command = ns.command(find_program("dnsmasq")?);
        command
            .args([
                "--keep-in-foreground",
                "--no-resolv",
                "--no-hosts",
                "--bind-interfaces",
                &format!("--listen-address={SERVER}"),
                "--local=/corp.test/",
                "--address=/pc.corp.test/127.0.0.1",
                "--txt-record=noaddr.corp.test,no address here",
                "--user=root",
                "--pid-file=",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let dnsmasq = command.spawn().context("starting dnsmasq")?;
        let dns = Dns { ns, dnsmasq };
        dns.wait_ready()?;
        Ok(dns)
    }

    /// Until dnsmasq answers (nslookup-free: our own CLI resolving a known name).
    fn wait_ready(&self) -> Result<()> {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Ok((_, report)) = self.check("pc.corp.test", &[])
                && ids(&report).iter().any(|i| i == "dns.resolved")
            {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        bail!("dnsmasq did not answer within 10 s")
    }

    fn check(&self, target: &str, extra: &[&str]) -> Result<(i32, Value)> {
        let mut command = self.ns.command(cli_binary());
        command
            .args(["check", target, "--json", "--timeout", "5"])
            .args(extra);
        run_json(command)
    }
}

impl Drop for Dns {
    fn drop(&mut self) {
        let _ = self.dnsmasq.kill();
        let _ = self.dnsmasq.wait();
    }
}

fn assert_has(report: &Value, id: &str) {
    assert!(
        ids(report).iter().any(|i| i == id),
        "expected {id} in {:?}; dns evidence: {}",
        ids(report),
        report["evidence"]["dns"]
    );
}

#[test]
fn names_that_resolve_fail_or_have_no_address() -> Result<()> {
    let dns = Dns::start()?;
    let (_, report) = dns.check("pc.corp.test", &[])?;
    assert_has(&report, "dns.resolved");
    assert_eq!(
        report["evidence"]["dns"]["outcome"]["addresses"][0],
        "127.0.0.1"
    );

    let (code, report) = dns.check("missing.corp.test", &[])?;
    assert_has(&report, "dns.not_found");
    assert_eq!(code, 2);

    let (code, report) = dns.check("noaddr.corp.test", &[])?;
    assert_has(&report, "dns.no_address");
    assert_eq!(code, 2);

    // A short name works only through the search domain; the finding says so.
    let (_, report) = dns.check("pc", &[])?;
    assert_has(&report, "dns.resolved");
    assert_has(&report, "dns.short_name");
    Ok(())
}

#[test]
fn a_dns_server_that_never_answers_gives_dns_timeout_within_budget() -> Result<()> {
    let ns = Netns::new()?;
    ns.set_resolv_conf(&format!(
        "nameserver {SERVER}\noptions timeout:1 attempts:1\n"
    ))?;
    let drop_dns = ns.run(
        find_program("iptables")?,
        &["-A", "INPUT", "-p", "udp", "--dport", "53", "-j", "DROP"],
    )?;
    assert!(drop_dns.status.success());
    let mut command = ns.command(cli_binary());
    command.args(["check", "pc.corp.test", "--json"]);
    let start = Instant::now();
    let (code, report) = run_json(command)?;
    assert_has(&report, "dns.timeout");
    assert_eq!(code, 2);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    Ok(())
}
