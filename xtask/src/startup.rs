//! `cargo xtask bench --startup`: cold start of the release desktop app to a usable window, and
//! its memory. "Usable" is the moment the page's script has wired every control and asked the
//! backend for its version: the app prints one line then when `RDP_DOCTOR_TRACE_STARTUP` is
//! set. Runs under its own Xvfb at the screen size the README promises (1280×800).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use rdp_doctor_tests::Xvfb;
use rdp_doctor_tests::gui::{format_memory, memory_of_tree};

use crate::bench::Stats;
use crate::{root, status};

const READY_LINE: &str = "page ready";
const READY_TIMEOUT: Duration = Duration::from_secs(20);

pub fn startup(runs: usize) -> Result<()> {
    crate::install_gui_deps(false)?;
    status({
        let mut c = crate::cargo();
        c.args(["build", "--release", "-p", "rdp-doctor-desktop"]);
        c
    })?;
    let app = root().join("target/release/rdp-doctor-desktop");
    let log_dir = root().join("target/bench-startup");
    std::fs::create_dir_all(&log_dir)?;
    let xvfb = Xvfb::start_with_screen(&log_dir, "1280x800x24")?;
    let display = format!(":{}", xvfb.display());

    // One warm-up run fills the page cache, as on a machine where the app was started before;
    // the first start after a build is disk-bound and says little about the app.
    let mut times = Vec::new();
    let mut memory = Vec::new();
    for run in 0..=runs {
        let (mut child, elapsed) = start_until_ready(&app, &display)?;
        if run > 0 {
            times.push(elapsed);
        }
        if run == runs {
            // Let the page settle, as a user would see it, before reading memory.
            std::thread::sleep(Duration::from_secs(2));
            memory = memory_of_tree(child.id());
        }
        stop(&mut child);
    }
    println!("rdp-doctor-desktop (release), cold start under Xvfb 1280x800:");
    println!("{}", Stats { runs: times }.line("to a usable window"));
    println!(
        "memory 2 s after the page was ready:\n{}",
        format_memory(&memory)
    );
    drop(xvfb);
    Ok(())
}

fn start_until_ready(app: &Path, display: &str) -> Result<(Child, Duration)> {
    let start = Instant::now();
    let mut child = Command::new(app)
        .env("DISPLAY", display)
        .env("RDP_DOCTOR_TRACE_STARTUP", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start {}", app.display()))?;
    let stderr = child.stderr.take().context("no stderr pipe")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains(READY_LINE) {
                let _ = tx.send(Instant::now());
            }
        }
    });
    match rx.recv_timeout(READY_TIMEOUT) {
        Ok(at) => Ok((child, at.duration_since(start))),
        Err(_) => {
            stop(&mut child);
            bail!(
                "the app did not report a ready page within {} s",
                READY_TIMEOUT.as_secs()
            )
        }
    }
}

fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
    // The WebKit helper processes leave when their parent's socket closes.
    std::thread::sleep(Duration::from_millis(500));
}
