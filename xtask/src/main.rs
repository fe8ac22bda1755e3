//! `cargo xtask run | test | bench | dist`: the commands the README promises, doing their own
//! set-up.

mod bench;
mod dist;
mod dist_check;
mod fuzz;
mod platforms;
mod startup;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

fn main() -> std::process::ExitCode {
    // One sentence, not a backtrace: these messages are for people setting up the project.
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    match task.as_str() {
        "run" => run_app(),
        "cli" => run_cli(&rest),
        "test" => test(),
        "bench" => bench::bench(&rest),
        "dist" => dist::dist(&rest),
        "fuzz" => fuzz::fuzz(&rest),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\n\
                 run             install what the desktop app needs (Linux), build it and open it\n\
                 cli [-- ARGS]   build and run the command line (e.g. cargo xtask cli -- check pc.example.com)\n\
                 test            install what the tests need, then lint and run every test\n\
                 bench           time rdp-doctor to a verdict on a healthy server, a closed port and a silent listener\n\
                 bench --startup time the desktop app's cold start to a usable window, and its memory\n\
                 bench --soak    1,000 checks against a real server in one process: memory and open files\n\
                 dist [--dev]    build what users and IT download (Windows zip and installer, .deb) into dist/, and check it\n\
                 fuzz [--seconds N] [--jobs N] [TARGET…]\n\
                 \x20               run every fuzz target (or those named) N seconds each (default 60), two at a time"
            );
            if task.is_empty() || task == "help" || task == "--help" {
                Ok(())
            } else {
                bail!("unknown task {task:?}")
            }
        }
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

pub fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(root());
    // `cargo run` gives xtask its package's CARGO_PKG_* and CARGO_MANIFEST_* variables; ring's
    // build script reruns when they change, so builds here and from a shell (or a test) took
    // turns rebuilding ring and every binary above it (~25 s).
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if key.starts_with("CARGO_PKG_") || key.starts_with("CARGO_MANIFEST_") {
            c.env_remove(key.as_ref());
        }
    }
    c
}

pub fn status(mut command: Command) -> Result<()> {
    let shown = shown(&command);
    eprintln!("xtask: {shown}");
    let status = command
        .status()
        .with_context(|| format!("could not start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed with {status}");
    }
    Ok(())
}

/// A command as one would type it: the variables it sets, the program and its arguments (not
/// the variables it removes, which only make the line long).
fn shown(command: &Command) -> String {
    let quote = |s: &std::ffi::OsStr| {
        let s = s.to_string_lossy();
        if s.is_empty() || s.contains([' ', '"', '\'']) {
            format!("{s:?}")
        } else {
            s.into_owned()
        }
    };
    let mut words: Vec<String> = command
        .get_envs()
        .filter_map(|(k, v)| v.map(|v| format!("{}={}", k.to_string_lossy(), quote(v))))
        .collect();
    words.push(quote(command.get_program()));
    words.extend(command.get_args().map(quote));
    words.join(" ")
}

fn run_app() -> Result<()> {
    if cfg!(target_os = "linux") {
        install_gui_deps(false)?;
        if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
            bail!(
                "there is no desktop display here (DISPLAY is not set): run this in a desktop \
                 session, or try the command line with `cargo xtask cli -- check <computer>`"
            );
        }
    }
    let mut c = cargo();
    c.args(["run", "--quiet", "-p", "rdp-doctor-desktop"]);
    status(c)
}

pub fn install_gui_deps(with_driver: bool) -> Result<()> {
    let mut c = Command::new("bash");
    c.arg(root().join("tests/setup/install-gui-deps.sh"));
    if !with_driver {
        c.arg("--no-driver");
    }
    status(c)
}

fn run_cli(args: &[String]) -> Result<()> {
    let args: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .skip_while(|a| *a == "--")
        .collect();
    let mut c = cargo();
    c.args(["run", "--quiet", "-p", "rdp-doctor-cli", "--"]);
    if args.is_empty() {
        c.arg("--help");
    } else {
        c.args(args);
    }
    status(c)
}

pub fn install_test_deps() -> Result<()> {
    let mut c = Command::new("bash");
    c.arg(root().join("tests/setup/install-deps.sh"));
    status(c)
}

fn has_component(name: &str) -> bool {
    cargo()
        .args([name, "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn test() -> Result<()> {
    install_test_deps()?;
    install_gui_deps(true)?;
    if has_component("fmt") {
        status({
            let mut c = cargo();
            c.args(["fmt", "--all", "--check"]);
            c
        })?;
    } else {
        eprintln!("xtask: rustfmt is not installed; skipping the format check");
    }
    if has_component("clippy") {
        status({
            let mut c = cargo();
            c.args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]);
            c
        })?;
    } else {
        eprintln!("xtask: clippy is not installed; skipping lints");
    }
    // The integration tests run the real binaries; build them first so they never race to.
    status({
        let mut c = cargo();
        c.args(["build", "-p", "rdp-doctor-cli", "-p", "rdp-doctor-desktop"]);
        c
    })?;
    // Windows: compiled and linted in one go; the tests run the CLI under Wine and the app up
    // to its WebView2 check. macOS: type-checked and linted (it cannot be linked here).
    platforms::build_windows(platforms::Profile::Dev)?;
    platforms::check_macos()?;
    let (windows_cli, windows_app, _) = platforms::windows_outputs(platforms::Profile::Dev);
    run_tests(&[
        ("RDP_DOCTOR_WIN_BIN", &windows_cli),
        ("RDP_DOCTOR_WIN_APP", &windows_app),
    ])?;
    // A short pass of every fuzz target from the kept seeds (plus what earlier runs found).
    // After the tests, so a crash never hides their results; before packaging, which stays
    // last as before. A crash lands in fuzz/regressions/ and fails this run.
    fuzz::run(fuzz::CI_SECONDS, 2, &[])?;
    // What users download, packaged and checked from the same dev build (a release build of
    // both platforms would not fit CI's time; `cargo xtask dist` makes the real thing).
    dist::package_and_verify(platforms::Profile::Dev)
}

/// `cargo test` over the workspace, echoing its output and ending with one plain
/// "N passed, N failed" line summed over every test binary.
fn run_tests(env: &[(&str, &Path)]) -> Result<()> {
    use std::io::{BufRead, BufReader};
    let mut c = cargo();
    for (name, value) in env {
        c.env(name, value);
    }
    // The tests read English words unless they ask for a language: the machine's own
    // language must not change what they see (a test that wants it removes this).
    c.env("RDP_DOCTOR_LANG", "en");
    c.args([
        "test",
        "--workspace",
        "--lib",
        "--bins",
        "--tests",
        "--no-fail-fast",
    ]);
    c.stdout(std::process::Stdio::piped());
    eprintln!("xtask: {c:?}");
    let mut child = c.spawn().context("could not start cargo test")?;
    let (mut passed, mut failed) = (0u64, 0u64);
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines() {
            let line = line.context("reading cargo test's output")?;
            println!("{line}");
            if let Some(rest) = line.strip_prefix("test result: ") {
                let count = |word: &str| {
                    rest.split(';')
                        .find_map(|part| {
                            part.trim()
                                .strip_suffix(word)?
                                .trim()
                                .rsplit(' ')
                                .next()?
                                .parse::<u64>()
                                .ok()
                        })
                        .unwrap_or(0)
                };
                passed += count(" passed");
                failed += count(" failed");
            }
        }
    }
    let status = child.wait().context("waiting for cargo test")?;
    println!("{passed} passed, {failed} failed");
    if !status.success() || failed > 0 {
        bail!("tests failed ({status})");
    }
    Ok(())
}
