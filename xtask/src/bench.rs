//! `cargo xtask bench`: whole-process wall time of `rdp-doctor check` to a full verdict against
//! real local servers, and — when nmap is installed — of nmap's rdp-enum-encryption +
//! rdp-ntlm-info + ssl-cert scripts against the same servers, for comparison.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use rdp_doctor_tests::{FreerdpShadow, RefusedPort, Responder, Xrdp, XrdpOptions};

use crate::{root, status};

pub(crate) struct Stats {
    pub(crate) runs: Vec<Duration>,
}

impl Stats {
    pub(crate) fn line(&self, label: &str) -> String {
        let mut v = self.runs.clone();
        v.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let median = v.get(v.len() / 2).copied().unwrap_or_default();
        format!(
            "{label:<52} runs {:>2}  min {:>8.1} ms  median {:>8.1} ms  max {:>8.1} ms",
            v.len(),
            ms(v.first().copied().unwrap_or_default()),
            ms(median),
            ms(v.last().copied().unwrap_or_default()),
        )
    }

    fn median(&self) -> Duration {
        let mut v = self.runs.clone();
        v.sort();
        v.get(v.len() / 2).copied().unwrap_or_default()
    }
}

fn time_runs(
    runs: usize,
    mut make: impl FnMut() -> Command,
    expect_exit: Option<i32>,
) -> Result<Stats> {
    let mut out = Vec::new();
    for _ in 0..runs {
        let mut c = make();
        c.stdout(Stdio::null()).stderr(Stdio::null());
        let start = Instant::now();
        let st = c
            .status()
            .context("could not run the benchmarked command")?;
        out.push(start.elapsed());
        if let Some(code) = expect_exit
            && st.code() != Some(code)
        {
            bail!("{c:?} exited with {st}, expected {code}");
        }
    }
    Ok(Stats { runs: out })
}

pub fn bench(args: &[String]) -> Result<()> {
    let runs: usize = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    if args.iter().any(|a| a == "--startup") {
        return crate::startup::startup(runs);
    }
    if args.iter().any(|a| a == "--soak") {
        let checks = args
            .iter()
            .position(|a| a == "--checks")
            .and_then(|i| args.get(i + 1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(1000);
        return soak(checks);
    }
    crate::install_test_deps()?;
    status({
        let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        c.current_dir(root())
            .args(["build", "--release", "-p", "rdp-doctor-cli"]);
        c
    })?;
    let cli = root().join("target/release/rdp-doctor");
    let check = |target: String| {
        let cli = cli.clone();
        move || {
            let mut c = Command::new(&cli);
            c.args(["check", &target, "--json"]);
            c
        }
    };

    let xrdp = Xrdp::start(XrdpOptions::default())?;
    let shadow = FreerdpShadow::start_nla()?;
    let refused = RefusedPort::new()?;
    let silent = Responder::silent()?;

    println!("rdp-doctor check, whole process, release build, loopback:");
    let healthy_tls = time_runs(runs, check(xrdp.target()), Some(1))?;
    println!(
        "{}",
        healthy_tls.line("healthy xrdp (TLS, self-signed; verdict warn)")
    );
    let healthy_nla = time_runs(runs, check(shadow.target()), None)?;
    println!(
        "{}",
        healthy_nla.line("healthy FreeRDP shadow (NLA, NTLM challenge)")
    );
    let closed = time_runs(runs, check(refused.addr().to_string()), Some(2))?;
    println!("{}", closed.line("closed port (reach.refused)"));
    let silent_runs = runs.clamp(1, 3);
    let silent_stats = time_runs(silent_runs, check(silent.addr().to_string()), Some(2))?;
    println!(
        "{}",
        silent_stats.line("listener that never answers (rdp.no_response)")
    );

    if which("nmap") {
        // "+" runs a script whatever its port rule: ours are not on 3389.
        println!(
            "\nnmap -sT -Pn -n --script +rdp-enum-encryption,+rdp-ntlm-info,+ssl-cert, same servers:"
        );
        let nmap = |port: u16| {
            move || {
                let mut c = Command::new("nmap");
                c.args([
                    "-sT",
                    "-Pn",
                    "-n",
                    "-p",
                    &port.to_string(),
                    "--script",
                    "+rdp-enum-encryption,+rdp-ntlm-info,+ssl-cert",
                    "127.0.0.1",
                ]);
                c
            }
        };
        let nmap_runs = runs.clamp(1, 3);
        let n1 = time_runs(nmap_runs, nmap(xrdp.addr().port()), Some(0))?;
        println!("{}", n1.line("healthy xrdp"));
        let n2 = time_runs(nmap_runs, nmap(shadow.addr().port()), Some(0))?;
        println!("{}", n2.line("healthy FreeRDP shadow"));
        let ratio = |ours: &Stats, theirs: &Stats| {
            ours.median().as_secs_f64() / theirs.median().as_secs_f64().max(1e-9)
        };
        println!(
            "\nrdp-doctor median / nmap median: xrdp {:.3}, FreeRDP shadow {:.3}",
            ratio(&healthy_tls, &n1),
            ratio(&healthy_nla, &n2)
        );
    } else {
        println!("\n(nmap is not installed: apt-get install nmap to compare)");
    }
    drop((xrdp, shadow, refused, silent));
    Ok(())
}

fn which(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `cargo xtask bench --soak [--checks N]`: N checks (default 1,000) against a real xrdp in one
/// process — the engine's `soak` example, release build — which prints its memory, open file
/// descriptors and threads every 100 checks. The harness (xrdp and its helpers) lives in this
/// process, so the measured one holds nothing but the checks.
fn soak(checks: usize) -> Result<()> {
    crate::install_test_deps()?;
    status({
        let mut c = crate::cargo();
        c.args([
            "build",
            "--release",
            "-p",
            "rdp-doctor-engine",
            "--example",
            "soak",
        ]);
        c
    })?;
    let soak = root().join("target/release/examples/soak");
    let xrdp = Xrdp::start(XrdpOptions::default())?;
    println!(
        "{checks} checks of a healthy xrdp ({}) in one process, release build, loopback:",
        xrdp.target()
    );
    let mut child = Command::new(&soak)
        .args([xrdp.target(), checks.to_string()])
        .spawn()
        .with_context(|| format!("could not start {}", soak.display()))?;
    // Each check against a healthy server takes well under a second; a hang is a failure.
    let limit = Duration::from_secs(60)
        + Duration::from_secs(2) * u32::try_from(checks).unwrap_or(u32::MAX);
    let started = Instant::now();
    let exit = loop {
        if let Some(exit) = child.try_wait()? {
            break exit;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            bail!("the soak did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    drop(xrdp);
    if !exit.success() {
        bail!("the soak failed ({exit})");
    }
    Ok(())
}
