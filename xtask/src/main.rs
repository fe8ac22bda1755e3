//! `cargo xtask run | test | bench`: the commands the README promises, doing their own set-up.

mod bench;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    match task.as_str() {
        "run" => run(&rest),
        "test" => test(),
        "bench" => bench::bench(&rest),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\n\
                 run [-- ARGS]   build and start rdp-doctor (e.g. cargo xtask run -- check pc.example.com)\n\
                 test            install what the tests need, then lint and run every test\n\
                 bench           time rdp-doctor to a verdict on a healthy server, a closed port and a silent listener"
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

fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(root());
    c
}

pub fn status(mut command: Command) -> Result<()> {
    let shown = format!("{command:?}");
    eprintln!("xtask: {shown}");
    let status = command
        .status()
        .with_context(|| format!("could not start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed with {status}");
    }
    Ok(())
}

fn run(args: &[String]) -> Result<()> {
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
    // The integration tests run the real binary; build it first so they never race to.
    status({
        let mut c = cargo();
        c.args(["build", "-p", "rdp-doctor-cli"]);
        c
    })?;
    status({
        let mut c = cargo();
        c.args(["test", "--workspace"]);
        c
    })
}
