//! Running the `rdp-doctor` binary end to end.
//!
//! The CLI is another package's binary, which `cargo test -p rdp-doctor-tests` does not build, so
//! [`cli_binary`] runs `cargo build -p rdp-doctor-cli --bin rdp-doctor` once per test process (a
//! no-op when it is up to date) into the same target directory, so tests never run a stale binary.
//! Under nextest, where every test is its own process, a marker file per run (`NEXTEST_RUN_ID`),
//! checked under an flock, lets only the first process build. `RDP_DOCTOR_BIN` overrides all of
//! this with a given binary.
//!
//! Every run has a hard timeout and the CLI runs in its own process group, killed on expiry, so a
//! hanging probe fails its test instead of hanging CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, anyhow, bail};

use crate::process::GroupChild;

/// Limit for building the CLI from inside a test (a cold build on a busy 2-core machine took
/// 6.5 min); CI should build it beforehand (`cargo build -p rdp-doctor-cli`).
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(20 * 60);

/// Default limit for one CLI run.
pub const CLI_TIMEOUT: Duration = Duration::from_secs(30);

/// The workspace root (this crate lives in `<root>/tests`).
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Path of the `rdp-doctor` binary, built if needed. Panics (failing the test) if it cannot be
/// built, with cargo's output.
pub fn cli_binary() -> PathBuf {
    match try_cli_binary() {
        Ok(path) => path,
        Err(error) => panic!("{error:#}"),
    }
}

/// Fallible form of [`cli_binary`].
pub fn try_cli_binary() -> Result<PathBuf> {
    static BINARY: OnceLock<std::result::Result<PathBuf, String>> = OnceLock::new();
    BINARY
        .get_or_init(|| locate_or_build().map_err(|error| format!("{error:#}")))
        .clone()
        .map_err(|message| anyhow!(message))
}

fn locate_or_build() -> Result<PathBuf> {
    workspace_binary("rdp-doctor-cli", "rdp-doctor", "RDP_DOCTOR_BIN")
}

/// A binary of this workspace: `$env_override` when set (relative to the current directory or
/// the workspace root), else `cargo build -p package --bin bin` into the test's own target
/// directory and profile — once per nextest run across processes (a file lock and a marker),
/// so a test never runs a stale binary.
pub fn workspace_binary(package: &str, bin: &str, env_override: &str) -> Result<PathBuf> {
    workspace_binary_for(package, bin, env_override, None)
}

/// [`workspace_binary`] for another target (`Some("x86_64-pc-windows-gnu")`): built with
/// `--target` into `<target>/<triple>/<profile>/`, with the platform's executable suffix.
pub fn workspace_binary_for(
    package: &str,
    bin: &str,
    env_override: &str,
    triple: Option<&str>,
) -> Result<PathBuf> {
    if let Some(path) = std::env::var_os(env_override) {
        let given = PathBuf::from(path);
        let Some(path) = [given.clone(), workspace_root().join(&given)]
            .into_iter()
            .find(|p| p.is_file())
        else {
            bail!("{env_override}={} is not a file", given.display());
        };
        return std::path::absolute(&path)
            .with_context(|| format!("absolute path of {env_override}"));
    }
    // <target>/<profile>/deps/<test-binary> → <target>/<profile>
    let exe = std::env::current_exe().context("current_exe")?;
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .context("test binary is not in <target>/<profile>/deps")?
        .to_path_buf();
    let target_dir = profile_dir
        .parent()
        .context("no target directory")?
        .to_path_buf();
    let profile = profile_dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("debug")
        .to_owned();
    let (binary, tag) = match triple {
        None => (profile_dir.join(bin), bin.to_owned()),
        Some(triple) => {
            let suffix = if triple.contains("windows") {
                ".exe"
            } else {
                ""
            };
            (
                target_dir
                    .join(triple)
                    .join(&profile)
                    .join(format!("{bin}{suffix}")),
                format!("{bin}-{triple}"),
            )
        }
    };

    let lock_path = profile_dir.join(format!(".rdp-doctor-tests-{tag}-build.lock"));
    let _lock = crate::process::lock_file(&lock_path)?;
    let marker = std::env::var("NEXTEST_RUN_ID")
        .ok()
        .map(|run| profile_dir.join(format!(".rdp-doctor-tests-{tag}-built-{run}")));
    if let Some(marker) = &marker
        && marker.exists()
        && binary.is_file()
    {
        return Ok(binary);
    }

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(workspace_root())
        .args(["build", "--quiet", "-p", package, "--bin", bin])
        .arg("--target-dir")
        .arg(&target_dir);
    if let Some(triple) = triple {
        command.args(["--target", triple]);
    }
    match profile.as_str() {
        "debug" => {}
        "release" => {
            command.arg("--release");
        }
        other => {
            command.args(["--profile", other]);
        }
    }
    without_package_env(&mut command);
    let description = format!("{command:?}");
    let output = run_with_timeout(command, BUILD_TIMEOUT)?;
    if output.code != 0 {
        bail!(
            "building {package} failed (exit {}): {description}\n{}",
            output.code,
            output.stderr
        );
    }
    if output.elapsed > Duration::from_secs(5) {
        eprintln!(
            "tests: built {bin} in {:.1} s",
            output.elapsed.as_secs_f64()
        );
    }
    if !binary.is_file() {
        bail!(
            "cargo built {package} but {} does not exist",
            binary.display()
        );
    }
    if let Some(marker) = &marker {
        let _ = std::fs::write(marker, b"");
    }
    Ok(binary)
}

/// Removes the variables `cargo test` and `cargo run` give a test or xtask about its own package
/// (`CARGO_PKG_*`, `CARGO_MANIFEST_*`): ring's build script reruns when one of them changes, so
/// building with them rebuilt ring and every binary above it (~25 s) each time a build from a
/// shell and one from a test took turns.
pub fn without_package_env(command: &mut Command) {
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if key.starts_with("CARGO_PKG_") || key.starts_with("CARGO_MANIFEST_") {
            command.env_remove(key.as_ref());
        }
    }
}

/// What one CLI run produced.
#[derive(Debug)]
pub struct CliOutput {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Wall time.
    pub elapsed: Duration,
}

impl CliOutput {
    /// stdout parsed as JSON.
    pub fn json(&self) -> Result<serde_json::Value> {
        serde_json::from_str(&self.stdout).with_context(|| {
            format!(
                "CLI stdout is not JSON (exit {}):\n--- stdout\n{}\n--- stderr\n{}",
                self.code, self.stdout, self.stderr
            )
        })
    }
}

/// `rdp-doctor ARGS…` with [`CLI_TIMEOUT`]; returns the exit code and stdout as JSON.
pub fn run_cli_json(args: &[&str]) -> Result<(i32, serde_json::Value)> {
    let mut command = Command::new(try_cli_binary()?);
    command.args(args);
    run_json(command)
}

/// `rdp-doctor check TARGET --json EXTRA…`.
pub fn check_json(target: &str, extra: &[&str]) -> Result<(i32, serde_json::Value)> {
    let mut args = vec!["check", target, "--json"];
    args.extend_from_slice(extra);
    run_cli_json(&args)
}

/// Runs a prepared command (e.g. `netns.command(cli_binary())` plus arguments) with
/// [`CLI_TIMEOUT`]; returns the exit code and stdout as JSON.
pub fn run_json(command: Command) -> Result<(i32, serde_json::Value)> {
    let output = run_with_timeout(command, CLI_TIMEOUT)?;
    let json = output.json()?;
    Ok((output.code, json))
}

/// Runs `command` to completion or kills its process group after `timeout` (an error naming the
/// timeout and what the program printed so far).
pub fn run_with_timeout(mut command: Command, timeout: Duration) -> Result<CliOutput> {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    run_capturing(command, timeout, |child| {
        let stdout = child
            .child_mut()
            .stdout
            .take()
            .context("stdout not piped")?;
        let stderr = child
            .child_mut()
            .stderr
            .take()
            .context("stderr not piped")?;
        // Drain both pipes concurrently so a chatty child cannot block on a full pipe.
        let stdout_reader = thread::spawn(move || read_all(stdout));
        let stderr_reader = thread::spawn(move || read_all(stderr));
        let status = child.wait_timeout(timeout);
        // Kill the group in any case: a finished CLI may have left helpers holding the pipes.
        child.stop();
        let stdout = stdout_reader.join().unwrap_or_default();
        let stderr = stderr_reader.join().unwrap_or_default();
        Ok((status, stdout, stderr))
    })
}

/// [`run_with_timeout`] with stdout and stderr going to files instead of pipes, read once the
/// program has exited. For Wine: every Windows process it starts (the CLI's `reg.exe` and
/// `powershell.exe`, Wine's own `services.exe`) runs in a session of its own, beyond the reach
/// of a process-group kill, and inherits the output handles; with pipes, reading to the end
/// would wait for those to exit (up to a minute), with files it does not wait at all.
pub fn run_with_timeout_via_files(mut command: Command, timeout: Duration) -> Result<CliOutput> {
    let dir = crate::temp_dir("output")?;
    let (out_path, err_path) = (dir.path().join("stdout"), dir.path().join("stderr"));
    command
        .stdout(std::fs::File::create(&out_path)?)
        .stderr(std::fs::File::create(&err_path)?);
    run_capturing(command, timeout, |child| {
        let status = child.wait_timeout(timeout);
        child.stop();
        let read = |path: &Path| {
            std::fs::read(path)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        };
        Ok((status, read(&out_path), read(&err_path)))
    })
}

/// Starts `command` in its own process group, lets `wait` wait for it (or kill it) and collect
/// its stdout and stderr, and turns that into a [`CliOutput`] or an error that quotes them.
fn run_capturing(
    mut command: Command,
    timeout: Duration,
    wait: impl FnOnce(&mut GroupChild) -> Result<(Option<std::process::ExitStatus>, String, String)>,
) -> Result<CliOutput> {
    command.stdin(Stdio::null());
    let description = format!("{command:?}");
    let start = Instant::now();
    let name = Path::new(command.get_program())
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut child = GroupChild::spawn_configured(&name, command)?;
    let (status, stdout, stderr) = wait(&mut child)?;
    let elapsed = start.elapsed();
    let Some(status) = status else {
        bail!(
            "{description} did not finish within {timeout:?}; killed\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
        );
    };
    let Some(code) = status.code() else {
        bail!("{description} was killed by a signal ({status})\n--- stderr\n{stderr}");
    };
    Ok(CliOutput {
        code,
        stdout,
        stderr,
        elapsed,
    })
}

fn read_all(mut reader: impl std::io::Read) -> String {
    let mut bytes = Vec::new();
    let _ = reader.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The builds of the CLI an end-to-end scenario runs: this machine's, and the Windows one
/// (`x86_64-pc-windows-gnu`) under Wine. Both must reach the same findings against the same
/// servers: one table of scenarios, two builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// The CLI built for this machine (Linux).
    Native,
    /// `rdp-doctor.exe` run by Wine.
    WindowsUnderWine,
}

impl Build {
    /// Every build, this machine's first.
    pub const ALL: [Build; 2] = [Build::Native, Build::WindowsUnderWine];

    /// A command that runs this build of the CLI (arguments still to add).
    pub fn command(self) -> Result<Command> {
        match self {
            Build::Native => Ok(Command::new(try_cli_binary()?)),
            Build::WindowsUnderWine => {
                let exe = crate::wine::windows_cli_binary()?;
                Ok(crate::wine::wine()?.command(&exe))
            }
        }
    }

    /// `rdp-doctor ARGS…` with [`CLI_TIMEOUT`].
    pub fn run(self, args: &[&str]) -> Result<CliOutput> {
        let mut command = self.command()?;
        command.args(args);
        match self {
            Build::Native => run_with_timeout(command, CLI_TIMEOUT),
            Build::WindowsUnderWine => run_with_timeout_via_files(command, CLI_TIMEOUT),
        }
    }

    /// `rdp-doctor check TARGET --json EXTRA…`: the exit code and the report.
    pub fn check_json(self, target: &str, extra: &[&str]) -> Result<(i32, serde_json::Value)> {
        let mut args = vec!["check", target, "--json"];
        args.extend_from_slice(extra);
        let output = self.run(&args)?;
        Ok((output.code, output.json()?))
    }
}

impl std::fmt::Display for Build {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Build::Native => "the Linux build",
            Build::WindowsUnderWine => "the Windows build under Wine",
        })
    }
}
