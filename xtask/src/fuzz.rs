//! `cargo xtask fuzz [--seconds N] [--jobs N] [TARGET…]`: every cargo-fuzz target in `fuzz/`
//! (or the ones named) for N seconds each, a few at a time; `cargo xtask test` runs the same
//! with [`CI_SECONDS`].
//!
//! Set-up as the README promises: the nightly toolchain (`--profile minimal`) and cargo-fuzz
//! are installed when missing. Targets are built once with `cargo fuzz build` (no sanitizer:
//! our crates deny `unsafe`, and cargo-fuzz instruments only Rust code, so AddressSanitizer
//! would cost time without a class of bugs left to find; debug assertions and overflow checks
//! on), then the binaries run directly, so parallel runs never wait for cargo's lock.
//!
//! Each run reads the kept seeds (`fuzz/corpus/<target>/`, in git) and writes what it finds to
//! `fuzz/target/corpus/<target>/` (generated, out of git, reused by the next run). A crash is
//! copied to `fuzz/regressions/<target>/`, where `cargo test -p rdp-doctor-fuzzing` replays
//! it through the same oracle: it is a failing test until fixed, and a regression test after.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use crate::{root, status};

/// Seconds per target in CI: 21 targets two at a time ran in 178 s on 2 cores (plus about
/// 30 s to rebuild them after a change to the wire crate).
pub const CI_SECONDS: u64 = 15;
/// An input that runs longer than this is a hang (every probe step's deadline is 5 ms).
const INPUT_TIMEOUT_SECONDS: u64 = 10;
/// Time a run may take beyond its fuzzing time (start-up, reading the corpus) before it is
/// killed as stuck.
const RUN_GRACE: Duration = Duration::from_secs(120);
const TRIPLE: &str = "x86_64-unknown-linux-gnu";

pub fn fuzz(args: &[String]) -> Result<()> {
    let mut seconds = 60;
    let mut jobs = 2;
    let mut only = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--seconds" => seconds = number(rest.next(), "--seconds")?,
            "--jobs" => jobs = number(rest.next(), "--jobs")?,
            name if !name.starts_with('-') => only.push(name.to_string()),
            other => bail!(
                "unknown option {other:?} (cargo xtask fuzz [--seconds N] [--jobs N] [TARGET…])"
            ),
        }
    }
    run(seconds, jobs.max(1), &only)
}

fn number(value: Option<&String>, option: &str) -> Result<u64> {
    value
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .with_context(|| format!("{option} needs a number above 0"))
}

/// Builds every target and runs `only` (all when empty) for `seconds` each, `jobs` at a time.
pub fn run(seconds: u64, jobs: u64, only: &[String]) -> Result<()> {
    let started = Instant::now();
    install_nightly()?;
    install_cargo_fuzz()?;
    status({
        let mut c = nightly_cargo();
        c.args(["fuzz", "build", "--sanitizer", "none", "--debug-assertions"]);
        c
    })?;
    let built = started.elapsed();
    let all = targets()?;
    let chosen: Vec<String> = if only.is_empty() {
        all
    } else {
        for name in only {
            if !all.contains(name) {
                bail!(
                    "there is no fuzz target {name:?}; the targets are {}",
                    all.join(", ")
                );
            }
        }
        only.to_vec()
    };
    eprintln!(
        "xtask: fuzzing {} targets for {seconds} s each, {jobs} at a time",
        chosen.len()
    );
    let mut waiting: std::collections::VecDeque<String> = chosen.into_iter().collect();
    let mut running: Vec<Run> = Vec::new();
    let mut results = Vec::new();
    while !waiting.is_empty() || !running.is_empty() {
        while running.len() < usize::try_from(jobs).unwrap_or(1) {
            let Some(name) = waiting.pop_front() else {
                break;
            };
            running.push(Run::start(&name, seconds)?);
        }
        std::thread::sleep(Duration::from_millis(200));
        let mut still = Vec::new();
        for mut run in running {
            match run.poll()? {
                Some(result) => {
                    println!("{}", result.line());
                    results.push(result);
                }
                None => still.push(run),
            }
        }
        running = still;
    }
    println!(
        "fuzz: {} targets, build {:.0} s, whole pass {:.0} s",
        results.len(),
        built.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    let failed: Vec<&Outcome> = results.iter().filter(|r| !r.ok()).collect();
    if failed.is_empty() {
        return Ok(());
    }
    for result in &failed {
        eprintln!("\n--- {} (log: {})", result.target, result.log.display());
        eprintln!("{}", result.tail);
        for saved in &result.saved {
            eprintln!("saved as {}", saved.display());
        }
    }
    bail!(
        "{} fuzz target(s) failed: {}; each crash is now in fuzz/regressions/ and fails \
         `cargo test -p rdp-doctor-fuzzing` until it is fixed",
        failed.len(),
        failed
            .iter()
            .map(|r| r.target.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// `cargo +nightly …` through rustup, without the toolchain and package variables `cargo
/// run` gave xtask (they would pin the stable toolchain or rebuild ring).
fn nightly_cargo() -> Command {
    let mut c = Command::new("cargo");
    c.current_dir(root()).arg("+nightly");
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if key.starts_with("CARGO_PKG_")
            || key.starts_with("CARGO_MANIFEST_")
            || matches!(
                key.as_ref(),
                "RUSTUP_TOOLCHAIN" | "CARGO" | "RUSTC" | "RUSTDOC" | "RUSTC_WRAPPER"
            )
        {
            c.env_remove(key.as_ref());
        }
    }
    c
}

fn install_nightly() -> Result<()> {
    let listed = Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .context("rustup is needed to install the nightly toolchain cargo-fuzz builds with")?;
    if String::from_utf8_lossy(&listed.stdout)
        .lines()
        .any(|l| l.starts_with("nightly"))
    {
        return Ok(());
    }
    status({
        let mut c = Command::new("rustup");
        // Without --no-self-update, rustup updates (or downgrades) itself first wherever
        // auto-self-update is on: a side effect on the machine this command has no business with.
        c.args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
            "--no-self-update",
        ]);
        c
    })
}

fn install_cargo_fuzz() -> Result<()> {
    let present = nightly_cargo()
        .args(["fuzz", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if present {
        return Ok(());
    }
    status({
        let mut c = Command::new("cargo");
        c.args(["install", "cargo-fuzz", "--locked"]);
        c
    })
}

/// The targets: `fuzz/fuzz_targets/*.rs`, sorted.
fn targets() -> Result<Vec<String>> {
    let dir = root().join("fuzz/fuzz_targets");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|e| {
            e.file_name()
                .to_string_lossy()
                .strip_suffix(".rs")
                .map(str::to_string)
        })
        .collect();
    names.sort();
    Ok(names)
}

/// One target's libFuzzer process.
struct Run {
    target: String,
    child: Child,
    log: PathBuf,
    artifacts: PathBuf,
    deadline: Instant,
    started: Instant,
}

impl Run {
    fn start(target: &str, seconds: u64) -> Result<Run> {
        let fuzz = root().join("fuzz");
        let binary = fuzz
            .join("target")
            .join(TRIPLE)
            .join("release")
            .join(target);
        let generated = fuzz.join("target/corpus").join(target);
        let kept = fuzz.join("corpus").join(target);
        let artifacts = fuzz.join("artifacts").join(target);
        let logs = fuzz.join("target/logs");
        for dir in [&generated, &kept, &artifacts, &logs] {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let log = logs.join(format!("{target}.log"));
        let out = std::fs::File::create(&log)?;
        let mut artifact_prefix = artifacts.clone().into_os_string();
        artifact_prefix.push("/");
        // New inputs go to the first folder only: the kept seeds stay as committed.
        let child = Command::new(&binary)
            .arg(format!("-max_total_time={seconds}"))
            .arg(format!("-timeout={INPUT_TIMEOUT_SECONDS}"))
            .arg("-rss_limit_mb=2048")
            .arg("-print_final_stats=1")
            .arg({
                let mut a = std::ffi::OsString::from("-artifact_prefix=");
                a.push(&artifact_prefix);
                a
            })
            .arg(&generated)
            .arg(&kept)
            .current_dir(&fuzz)
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .with_context(|| format!("could not start {}", binary.display()))?;
        Ok(Run {
            target: target.to_string(),
            child,
            log,
            artifacts,
            deadline: Instant::now() + Duration::from_secs(seconds) + RUN_GRACE,
            started: Instant::now(),
        })
    }

    /// The result once the process has ended (killed when it outlives its deadline).
    fn poll(&mut self) -> Result<Option<Outcome>> {
        let exit = match self.child.try_wait()? {
            Some(exit) => Some(exit),
            None if Instant::now() >= self.deadline => {
                let _ = self.child.kill();
                let _ = self.child.wait();
                None
            }
            None => return Ok(None),
        };
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let saved = self.save_crashes()?;
        Ok(Some(Outcome {
            target: self.target.clone(),
            exit_ok: exit.is_some_and(|e| e.success()),
            stats: Stats::read(&log),
            tail: log
                .lines()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("\n"),
            log: self.log.clone(),
            saved,
            seconds: self.started.elapsed().as_secs_f64(),
        }))
    }

    /// Copies what libFuzzer saved (crash-, timeout-, oom-, leak-…) to `fuzz/regressions/`.
    fn save_crashes(&self) -> Result<Vec<PathBuf>> {
        let dir = root().join("fuzz/regressions").join(&self.target);
        let mut saved = Vec::new();
        for entry in std::fs::read_dir(&self.artifacts)?.filter_map(Result::ok) {
            let path = entry.path();
            if !path.is_file() {
                continue;
            }
            std::fs::create_dir_all(&dir)?;
            let to = dir.join(entry.file_name());
            std::fs::copy(&path, &to)
                .with_context(|| format!("copying {} to {}", path.display(), to.display()))?;
            std::fs::remove_file(&path)?;
            saved.push(to);
        }
        Ok(saved)
    }
}

struct Outcome {
    target: String,
    exit_ok: bool,
    stats: Stats,
    tail: String,
    log: PathBuf,
    saved: Vec<PathBuf>,
    seconds: f64,
}

impl Outcome {
    fn ok(&self) -> bool {
        self.exit_ok && self.saved.is_empty()
    }

    fn line(&self) -> String {
        format!(
            "{:<20} {:>4}  {:>10} execs  {:>7} exec/s  cov {:>5}  corpus {:>5}  peak {:>4} MB  {:.0} s",
            self.target,
            if self.ok() { "ok" } else { "FAIL" },
            self.stats.execs,
            self.stats.per_second,
            self.stats.coverage,
            self.stats.corpus,
            self.stats.peak_rss_mb,
            self.seconds
        )
    }
}

/// libFuzzer's final statistics (`-print_final_stats=1`) and last status line.
#[derive(Default)]
struct Stats {
    execs: u64,
    per_second: u64,
    coverage: u64,
    corpus: u64,
    peak_rss_mb: u64,
}

impl Stats {
    fn read(log: &str) -> Stats {
        let stat = |name: &str| {
            log.lines()
                .find_map(|l| l.strip_prefix(&format!("stat::{name}:")))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0)
        };
        // "#123456	DONE   cov: 812 ft: 2301 corp: 95/12Kb …"
        let last = log
            .lines()
            .rev()
            .find(|l| l.starts_with('#') && l.contains("cov:"))
            .unwrap_or_default();
        let after = |key: &str| {
            last.split_whitespace()
                .skip_while(|w| *w != key)
                .nth(1)
                .and_then(|v| v.split('/').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        Stats {
            execs: stat("number_of_executed_units"),
            per_second: stat("average_exec_per_sec"),
            coverage: after("cov:"),
            corpus: after("corp:"),
            peak_rss_mb: stat("peak_rss_mb"),
        }
    }
}
