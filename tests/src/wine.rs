//! The Windows build under Wine: the same CLI, cross-compiled for `x86_64-pc-windows-gnu`, run by
//! Debian's `wine64` against the same real servers as the Linux build.
//!
//! - The Wine prefix lives in `<target>/wine-prefix`, made once (`wineboot`, ~8 s) under a file
//!   lock, so parallel tests and later runs share it.
//! - Wine 8 (Debian 12) lacks `bcryptprimitives.dll`, whose `ProcessPrng` Rust's std imports
//!   for random numbers: without it every Rust program exits at start (status 53). A ten-line
//!   shim (`tests/setup/wine/bcryptprimitives.c`, built here with mingw) goes into the prefix's
//!   `system32`, where a real Windows has its own. It is part of the test machine, never of what
//!   ships: the packaged zip holds no such DLL and `cargo xtask dist` checks that.
//! - A wineserver that outlives single runs (`-p60`) saves ~0.7 s a run. Wine starts its server
//!   in a session of its own, so killing a CLI's process group on timeout never kills the
//!   server another test's run is using.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::{Context as _, Result, anyhow, bail};

use crate::cli::{
    run_with_timeout, run_with_timeout_via_files, workspace_binary_for, workspace_root,
};

/// The Windows target the project builds.
pub const WINDOWS_TARGET: &str = "x86_64-pc-windows-gnu";

/// Debian's loader, which is not on PATH (`dpkg -L wine64`).
const WINE64: &str = "/usr/lib/wine/wine64";
const MINGW_GCC: &str = "x86_64-w64-mingw32-gcc";

/// A Wine prefix ready to run the project's Windows programs.
#[derive(Debug)]
pub struct Wine {
    loader: PathBuf,
    server: PathBuf,
    prefix: PathBuf,
}

/// The shared prefix for programs without windows (the CLI), set up on first use. Fails (with
/// what to install) when Wine or mingw is missing: `tests/setup/install-deps.sh` installs both.
pub fn wine() -> Result<&'static Wine> {
    static WINE: OnceLock<std::result::Result<Wine, String>> = OnceLock::new();
    WINE.get_or_init(|| Wine::set_up("wine-prefix").map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|message| anyhow!("{message}"))
}

/// A prefix of its own for programs that open windows. Wine's desktop process binds to the X
/// display of the first program that needs one and serves every later program of the prefix,
/// so windows must not share a prefix with display-less CLI runs, and each windowed run starts
/// from a stopped server ([`Wine::stop_server`]) so it gets its own test display.
pub fn wine_for_windows() -> Result<&'static Wine> {
    static WINE: OnceLock<std::result::Result<Wine, String>> = OnceLock::new();
    WINE.get_or_init(|| Wine::set_up("wine-prefix-windows").map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|message| anyhow!("{message}"))
}

/// The Windows CLI `rdp-doctor.exe`: `$RDP_DOCTOR_WIN_BIN` when set (`cargo xtask test` builds
/// it beforehand, linted), else built here for [`WINDOWS_TARGET`].
pub fn windows_cli_binary() -> Result<PathBuf> {
    static BINARY: OnceLock<std::result::Result<PathBuf, String>> = OnceLock::new();
    BINARY
        .get_or_init(|| {
            workspace_binary_for(
                "rdp-doctor-cli",
                "rdp-doctor",
                "RDP_DOCTOR_WIN_BIN",
                Some(WINDOWS_TARGET),
            )
            .map_err(|e| format!("{e:#}"))
        })
        .clone()
        .map_err(|message| anyhow!(message))
}

impl Wine {
    fn set_up(name: &str) -> Result<Wine> {
        let loader = std::env::var_os("WINE").map_or_else(|| PathBuf::from(WINE64), PathBuf::from);
        let server = loader.with_file_name("wineserver");
        for program in [&loader, &server] {
            if !program.is_file() {
                bail!(
                    "{} is missing: install Debian's wine64 (tests/setup/install-deps.sh)",
                    program.display()
                );
            }
        }
        let target = target_dir()?;
        let prefix = target.join(name);
        let wine = Wine {
            loader,
            server,
            prefix,
        };
        let lock_path = target.join(format!(".rdp-doctor-tests-{name}.lock"));
        let _lock = crate::process::lock_file(&lock_path)?;
        if !wine.prefix.join("system.reg").is_file() {
            wine.boot()?;
        }
        wine.install_shim()?;
        wine.start_server()?;
        Ok(wine)
    }

    /// The prefix directory (`WINEPREFIX`).
    pub fn prefix(&self) -> &Path {
        &self.prefix
    }

    /// `C:\` of the prefix, as a Linux path.
    pub fn drive_c(&self) -> PathBuf {
        self.prefix.join("drive_c")
    }

    /// A command that runs `exe` (a Windows program, by its Linux path) under Wine, quietly and
    /// without a display (the CLI needs none).
    pub fn command(&self, exe: &Path) -> Command {
        let mut command = Command::new(&self.loader);
        command.arg(exe);
        self.environment(&mut command);
        command.env_remove("DISPLAY");
        command
    }

    /// Wine's settings for any program run in this prefix (also `wine64 reg`, installers).
    pub fn environment(&self, command: &mut Command) {
        command
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            // No Mono or Gecko install prompts: nothing we run needs .NET or the HTML engine.
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=");
    }

    /// A Windows program's output under Wine, with a hard timeout (see
    /// [`run_with_timeout_via_files`] for why not through pipes).
    pub fn run(&self, exe: &Path, args: &[&str], timeout: Duration) -> Result<crate::CliOutput> {
        let mut command = self.command(exe);
        command.args(args);
        run_with_timeout_via_files(command, timeout)
    }

    fn boot(&self) -> Result<()> {
        std::fs::create_dir_all(&self.prefix)?;
        let mut command = Command::new(&self.loader);
        command.args(["wineboot", "--init"]);
        self.environment(&mut command);
        command.env_remove("DISPLAY");
        let output = run_with_timeout_via_files(command, Duration::from_secs(180))?;
        // wineboot returns while its wineserver still holds the registry, which it writes
        // out when it exits.
        self.wait_server_gone(Duration::from_secs(60));
        if !self.prefix.join("system.reg").is_file() {
            bail!(
                "wineboot did not make a prefix in {} (exit {}): {}",
                self.prefix.display(),
                output.code,
                output.stderr
            );
        }
        Ok(())
    }

    /// Builds the `ProcessPrng` shim into the prefix's `system32` when it is missing or older
    /// than its source.
    fn install_shim(&self) -> Result<()> {
        let source = workspace_root().join("tests/setup/wine/bcryptprimitives.c");
        let dll = self.drive_c().join("windows/system32/bcryptprimitives.dll");
        let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        if modified(&dll).is_some() && modified(&dll) >= modified(&source) {
            return Ok(());
        }
        let mut command = Command::new(MINGW_GCC);
        command
            .args(["-shared", "-O2", "-s", "-o"])
            .arg(&dll)
            .arg(&source)
            .arg("-ladvapi32");
        let output = run_with_timeout(command, Duration::from_secs(120)).with_context(|| {
            format!(
                "{MINGW_GCC} is needed: install gcc-mingw-w64-x86-64 (tests/setup/install-deps.sh)"
            )
        })?;
        if output.code != 0 {
            bail!("building the Wine test shim failed: {}", output.stderr);
        }
        Ok(())
    }

    /// A wineserver that stays 60 s after its last client, in a session of its own.
    fn start_server(&self) -> Result<()> {
        let mut command = Command::new(&self.server);
        command
            .arg("-p60")
            .env("WINEPREFIX", &self.prefix)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // It forks into the background and exits 0, or exits 2 when a server already runs
        // for the prefix. Either way runs work: a missing server is started by each run.
        command
            .status()
            .with_context(|| format!("starting {}", self.server.display()))?;
        Ok(())
    }

    /// Stops the prefix's server and every Wine process it serves (`wineserver -k`).
    pub fn stop_server(&self) {
        let mut command = Command::new(&self.server);
        command.arg("-k").env("WINEPREFIX", &self.prefix);
        let _ = run_with_timeout(command, Duration::from_secs(20));
        self.wait_server_gone(Duration::from_secs(20));
    }

    /// `wineserver -w`: waits until the prefix's server has exited (bounded).
    fn wait_server_gone(&self, timeout: Duration) {
        let mut command = Command::new(&self.server);
        command.arg("-w").env("WINEPREFIX", &self.prefix);
        let _ = run_with_timeout(command, timeout);
    }
}

/// What a windowed Windows program did under Wine: its exit code and what it wrote to stderr.
#[derive(Debug)]
pub struct WindowedRun {
    pub code: Option<i32>,
    pub stderr: String,
}

/// Runs the desktop app `app` (a Windows exe) on a fresh virtual display in the windowed
/// prefix, where there is no WebView2 Runtime: waits for its window titled "RDP Doctor",
/// screenshots the screen to `screenshot`, presses Enter (OK) and waits for it to exit.
pub fn run_app_without_webview2(app: &Path, screenshot: &Path) -> Result<WindowedRun> {
    let wine = wine_for_windows()?;
    wine.stop_server();
    let dir = crate::temp_dir("wine-app")?;
    let display = crate::gui::GuiDisplay::start(dir.path(), "1280x800x24")?;
    let err_path = dir.path().join("stderr");
    let mut command = wine.command(app);
    command
        .env("DISPLAY", display.name())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&err_path)?);
    let mut child = crate::process::GroupChild::spawn_configured("a Windows app", command)?;
    let outcome = (|| -> Result<Option<i32>> {
        let window = wait_for_window(&display, "^RDP Doctor$", Duration::from_secs(60))?;
        wait_painted(&display, Duration::from_secs(20))?;
        display.screenshot(screenshot)?;
        xdotool(&display, &["key", "--window", &window, "Return"])?;
        Ok(child
            .wait_timeout(Duration::from_secs(20))
            .and_then(|s| s.code()))
    })();
    child.stop();
    wine.stop_server();
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    match outcome {
        Ok(code) => Ok(WindowedRun { code, stderr }),
        Err(e) => Err(e.context(format!("the app said:\n{stderr}"))),
    }
}

fn xdotool(display: &crate::gui::GuiDisplay, args: &[&str]) -> Result<String> {
    let mut command = Command::new(crate::process::find_program("xdotool")?);
    command.args(args).env("DISPLAY", display.name());
    let out = run_with_timeout(command, Duration::from_secs(10))?;
    if out.code != 0 {
        bail!("xdotool {args:?}: {}", out.stderr.trim());
    }
    Ok(out.stdout)
}

/// Waits until the screen shows more than Xvfb's empty black (a mapped window is painted a
/// moment later), so the screenshot shows the message.
fn wait_painted(display: &crate::gui::GuiDisplay, timeout: Duration) -> Result<()> {
    let start = std::time::Instant::now();
    loop {
        if display.screen_colours().is_some_and(|n| n > 8) {
            return Ok(());
        }
        if start.elapsed() > timeout {
            bail!(
                "the window on {} stayed blank for {timeout:?}",
                display.name()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The id of the first visible window whose name matches `pattern`.
fn wait_for_window(
    display: &crate::gui::GuiDisplay,
    pattern: &str,
    timeout: Duration,
) -> Result<String> {
    let start = std::time::Instant::now();
    loop {
        if let Ok(found) = xdotool(display, &["search", "--onlyvisible", "--name", pattern])
            && let Some(id) = found.lines().map(str::trim).find(|l| !l.is_empty())
        {
            return Ok(id.to_string());
        }
        if start.elapsed() > timeout {
            bail!(
                "no window named {pattern} on {} within {timeout:?}",
                display.name()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The cargo target directory this program was built into: for a test
/// `<target>/<profile>/deps/…`, for xtask `<target>/<profile>/xtask`. Cargo marks it with
/// `CACHEDIR.TAG`; a directory made otherwise is found by the layout.
fn target_dir() -> Result<PathBuf> {
    let exe = std::env::current_exe().context("current_exe")?;
    let tagged = exe
        .ancestors()
        .find(|dir| dir.join("CACHEDIR.TAG").is_file());
    let by_layout = || {
        let profile_dir = exe.parent()?;
        let profile_dir = if profile_dir.ends_with("deps") {
            profile_dir.parent()?
        } else {
            profile_dir
        };
        profile_dir.parent()
    };
    tagged
        .or_else(by_layout)
        .map(Path::to_path_buf)
        .context("this program is not inside a cargo target directory")
}
