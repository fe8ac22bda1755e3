//! `soak TARGET [CHECKS]`: CHECKS (default 1,000) checks of TARGET one after another in this
//! one process, on one runtime, as the desktop app runs them, printing this process's memory
//! (RSS and its peak), open file descriptors and threads at the start, after the first check,
//! every 100 checks and at the end. The first check warms up what lives as long as the process
//! (TLS configuration, the system's resolver settings, the allocator's arenas); from there on,
//! flat figures mean a check leaves nothing behind, and more descriptors or threads at the last
//! check than after the first fail the soak. `cargo xtask bench --soak` runs it in a release
//! build against a real xrdp; Linux only (it reads /proc/self).

use std::process::ExitCode;
use std::time::{Duration, Instant};

use rdp_doctor_engine::{CheckConfig, OrgConfig, check, input};

/// What /proc says about this process.
#[derive(Clone, Copy, Debug, Default)]
struct Sample {
    rss_kib: u64,
    peak_kib: u64,
    fds: usize,
    threads: u64,
}

impl Sample {
    fn now() -> Sample {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        // Less the descriptor read_dir itself holds while listing.
        let fds = std::fs::read_dir("/proc/self/fd")
            .map(|d| d.count().saturating_sub(1))
            .unwrap_or(0);
        Sample {
            rss_kib: field("VmRSS:"),
            peak_kib: field("VmHWM:"),
            fds,
            threads: field("Threads:"),
        }
    }
}

fn row(checks: usize, s: Sample, last: Option<Duration>) {
    println!(
        "{checks:>6}  {:>9}  {:>9}  {:>4}  {:>7}  {:>9}",
        s.rss_kib,
        s.peak_kib,
        s.fds,
        s.threads,
        last.map_or_else(
            || "-".into(),
            |d| format!("{:.1}", d.as_secs_f64() * 1000.0)
        )
    );
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(typed) = args.next() else {
        eprintln!("usage: soak TARGET [CHECKS]");
        return ExitCode::from(3);
    };
    let checks: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let target = match input::target_from_text(&typed) {
        Ok(t) => t,
        Err(bad) => {
            eprintln!("{}", bad.message_sentence());
            return ExitCode::from(3);
        }
    };
    // Two workers, as on the 2-core machine the app's (Tauri's) multi-thread runtime has.
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("could not start a runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let config = CheckConfig::default();
    let org = OrgConfig::default();
    println!(" check    RSS KiB   peak KiB   fds  threads  check ms");
    let start = Sample::now();
    row(0, start, None);
    let mut times = Vec::with_capacity(checks);
    let mut verdicts = std::collections::BTreeMap::<String, usize>::new();
    let mut first_ids: Option<Vec<String>> = None;
    let mut differing = 0usize;
    let mut first = start;
    let mut last = start;
    let began = Instant::now();
    for n in 1..=checks {
        let t = Instant::now();
        let report = runtime.block_on(check(&typed, &target, None, &config, &org, &|_| {}));
        let took = t.elapsed();
        times.push(took);
        *verdicts
            .entry(report.verdict.as_str().to_string())
            .or_default() += 1;
        let ids: Vec<String> = report.findings.iter().map(|f| f.id.clone()).collect();
        match &first_ids {
            None => first_ids = Some(ids),
            Some(first) if *first != ids => differing += 1,
            Some(_) => {}
        }
        if n == 1 || n % 100 == 0 || n == checks {
            last = Sample::now();
            if n == 1 {
                first = last;
            }
            row(n, last, Some(took));
        }
    }
    let wall = began.elapsed();
    drop(runtime);
    let end = Sample::now();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| {
        let i = ((times.len() as f64 - 1.0) * q).round() as usize;
        times.get(i).copied().unwrap_or_default()
    };
    println!(
        "\n{checks} checks in {:.1} s: per check median {:.1} ms, mean {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        wall.as_secs_f64(),
        ms(at(0.5)),
        ms(wall) / checks.max(1) as f64,
        ms(at(0.95)),
        ms(at(1.0))
    );
    println!(
        "RSS {} KiB at the start, {} KiB after the first check, {} KiB after the last ({:+} KiB \
         since the first); fds {} → {} → {}; threads {} → {} → {}",
        start.rss_kib,
        first.rss_kib,
        last.rss_kib,
        last.rss_kib as i64 - first.rss_kib as i64,
        start.fds,
        first.fds,
        last.fds,
        start.threads,
        first.threads,
        last.threads
    );
    println!(
        "after the runtime was dropped: RSS {} KiB, fds {}, threads {}",
        end.rss_kib, end.fds, end.threads
    );
    println!(
        "verdicts: {verdicts:?}; findings differing from the first check's: {differing} checks"
    );
    if last.fds > first.fds || last.threads > first.threads {
        eprintln!(
            "soak: {} file descriptors and {} threads after the last check, {} and {} after the first",
            last.fds, last.threads, first.fds, first.threads
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
