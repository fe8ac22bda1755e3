//! The desktop app (`rdp-doctor-desktop`, Tauri 2 on WebKitGTK) driven end to end through W3C
//! WebDriver, for `tests/tests/gui.rs`.
//!
//! One [`GuiSession`] per test: its own Xvfb display (1280x800x24), its own `tauri-driver` (which
//! runs `WebKitWebDriver`, which starts the app) on kernel-chosen ports, its own XDG directories,
//! and a WebDriver session on the app's window. Everything is torn down on drop: the session is
//! deleted, then the driver's whole process group gets SIGTERM (tauri-driver stops WebKitWebDriver
//! but not the app, see `/work/shared/TAURI-NOTES.md`), then anything the driver started that is
//! still alive (the app, its `WebKitWebProcess`/`WebKitNetworkProcess`) is killed by PID, then the
//! display stops.
//!
//! GUI sessions are serialised across threads *and* processes by an flock in the target directory
//! (a WebKit app costs ~450 MB and a CPU core while it starts; two at once on a 2-core runner make
//! timings noisy). So `cargo test` (threads) and `cargo nextest run` (processes) behave alike.
//! `RDPD_GUI_PARALLEL=1` lifts this; each session still has its own display.
//!
//! The WebDriver client is a few blocking HTTP calls over `ureq` (no TLS features: tauri-driver is
//! plain HTTP on 127.0.0.1) rather than `fantoccini`: the harness is synchronous (threads, no
//! tokio runtime in tests), the handful of endpoints used here fit in ~100 lines, and every call
//! gets its own hard timeout — which session creation needs, since an app that cannot start makes
//! `POST /session` wait forever.
//!
//! Reading state: waits poll small scripts (`execute/sync`) so there are no stale element
//! references; user actions (typing, clicks) go through WebDriver's element commands, which check
//! that the element is displayed and enabled like a user would need it to be.
//!
//! Requirements: `tests/setup/install-gui-deps.sh` (WebKitGTK, Xvfb, WebKitWebDriver, xclip,
//! tauri-driver). `RDP_DOCTOR_DESKTOP_BIN` runs a given app binary instead of building
//! `rdp-doctor-desktop` into the test's target directory; `TAURI_DRIVER` names the tauri-driver
//! binary (default: `PATH`, then `$CARGO_HOME/bin`, then `~/.cargo/bin`).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use std::{fmt, thread};

use anyhow::{Context as _, Result, anyhow, bail};
use base64::Engine as _;
use rustix::process::{Pid, Signal};
use serde_json::{Value, json};

use crate::cli::run_with_timeout;
use crate::ports::{owns_listening_socket, try_free_port};
use crate::process::{GroupChild, find_program, log_tail};
use crate::temp_dir;

/// The virtual screen: wider and taller than the app's 1100x760 window.
pub const SCREEN: &str = "1280x800x24";
/// How long `POST /session` (which starts the app) may take before the test fails.
pub const SESSION_TIMEOUT: Duration = Duration::from_secs(60);
/// How long the page gets, after the session exists, to load and answer its first IPC call.
pub const READY_TIMEOUT: Duration = Duration::from_secs(30);
/// Default limit of one WebDriver call other than session creation.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// A sensible default for waits on the page.
pub const WAIT: Duration = Duration::from_secs(20);
/// How long tauri-driver gets to listen on both of its ports.
const DRIVER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a test waits for another test's GUI session to end.
const LOCK_TIMEOUT: Duration = Duration::from_secs(600);
/// Poll interval of waits.
const POLL: Duration = Duration::from_millis(50);
/// The W3C element reference key.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// WebDriver's key code for Enter (`\u{E007}`).
pub const ENTER: &str = "\u{E007}";

/// The page is usable: loaded, the form is there, and the backend answered the page's first IPC
/// call (`app_info` fills `#app-version`).
const READY_SCRIPT: &str = r#"
const version = document.querySelector('#app-version');
return document.readyState === 'complete'
  && !!window.__TAURI__
  && !!document.querySelector('#target')
  && !!document.querySelector('#run-check')
  && !!version && version.textContent.trim() !== ''
  ? version.textContent.trim() : null;
"#;

// ------------------------------------------------------------------------------------- paths

/// `<target>` of the running test binary (`<target>/<profile>/deps/<test>`).
pub fn target_dir() -> Result<PathBuf> {
    let exe = std::env::current_exe().context("current_exe")?;
    exe.parent()
        .and_then(Path::parent)
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .context("the test binary is not in <target>/<profile>/deps")
}

/// Where screenshots go: `<target>/gui-screenshots` (the workspace's `target/` by default).
pub fn screenshot_dir() -> Result<PathBuf> {
    let dir = target_dir()?.join("gui-screenshots");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// The app binary: `$RDP_DOCTOR_DESKTOP_BIN`, or `rdp-doctor-desktop` built (once per test process,
/// once per nextest run) into the test's target directory, so a test never runs a stale app.
/// Fails the test with cargo's output when it cannot be built.
pub fn desktop_binary() -> Result<PathBuf> {
    static BINARY: OnceLock<std::result::Result<PathBuf, String>> = OnceLock::new();
    BINARY
        .get_or_init(|| locate_or_build_desktop().map_err(|error| format!("{error:#}")))
        .clone()
        .map_err(|message| anyhow!(message))
}

fn locate_or_build_desktop() -> Result<PathBuf> {
    crate::cli::workspace_binary(
        "rdp-doctor-desktop",
        "rdp-doctor-desktop",
        "RDP_DOCTOR_DESKTOP_BIN",
    )
}

/// `tauri-driver`: `$TAURI_DRIVER`, `PATH`, `$CARGO_HOME/bin`, `~/.cargo/bin`.
pub fn tauri_driver() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        let path = PathBuf::from(path);
        if path.is_file() {
            return Ok(path);
        }
        bail!("TAURI_DRIVER={} is not a file", path.display());
    }
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).collect())
        .unwrap_or_default();
    if let Some(cargo_home) = std::env::var_os("CARGO_HOME") {
        dirs.push(PathBuf::from(cargo_home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo").join("bin"));
    }
    dirs.into_iter()
        .map(|dir| dir.join("tauri-driver"))
        .find(|candidate| candidate.is_file())
        .context("`tauri-driver` not found: install it with tests/setup/install-gui-deps.sh")
}

// ----------------------------------------------------------------------------------- display

/// A virtual X server for one GUI test (a [`crate::Xvfb`] with the app's screen size), plus
/// what the GUI tests read from it: the clipboard and the screen's colours.
#[derive(Debug)]
pub struct GuiDisplay {
    xvfb: crate::Xvfb,
}

impl GuiDisplay {
    /// Starts `Xvfb -screen 0 <screen>`, logging into `log_dir/xvfb.log`.
    pub fn start(log_dir: &Path, screen: &str) -> Result<Self> {
        Ok(Self {
            xvfb: crate::Xvfb::start_with_screen(log_dir, screen)?,
        })
    }

    /// The display number N.
    pub fn number(&self) -> u32 {
        self.xvfb.display()
    }

    /// `:N`, for `DISPLAY`.
    pub fn name(&self) -> String {
        format!(":{}", self.xvfb.display())
    }

    /// Whether the X server still runs.
    pub fn is_running(&mut self) -> bool {
        self.xvfb.is_running()
    }

    /// Xvfb's log.
    pub fn log_path(&self) -> &Path {
        self.xvfb.log_path()
    }

    /// The X clipboard's text (`xclip -o -selection clipboard`), with a 5 s timeout.
    pub fn clipboard_text(&self) -> Result<String> {
        let mut command = Command::new(find_program("xclip")?);
        command
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", self.name());
        let output = run_with_timeout(command, Duration::from_secs(5))?;
        if output.code != 0 {
            bail!(
                "xclip -o -selection clipboard on {} exited with {}: {}",
                self.name(),
                output.code,
                output.stderr.trim()
            );
        }
        Ok(output.stdout)
    }

    /// The whole screen as a PNG (ImageMagick's `import -window root`), for windows WebDriver
    /// cannot see (a Windows message box under Wine).
    pub fn screenshot(&self, path: &Path) -> Result<()> {
        let mut command = Command::new(find_program("import")?);
        command
            .args(["-display", &self.name(), "-window", "root"])
            .arg(path);
        let output = run_with_timeout(command, Duration::from_secs(20))?;
        if output.code != 0 || !path.is_file() {
            bail!(
                "import could not take a screenshot of {}: {}",
                self.name(),
                output.stderr.trim()
            );
        }
        Ok(())
    }

    /// How many distinct colours the whole screen shows (ImageMagick's `import -window root`), or
    /// `None` without ImageMagick. An empty Xvfb screen has 2 (its root weave); a painted page
    /// has hundreds (anti-aliased text). For timing a cold start without WebDriver.
    pub fn screen_colours(&self) -> Option<u32> {
        let import = find_program("import").ok()?;
        let output = Command::new(import)
            .args([
                "-display",
                &self.name(),
                "-window",
                "root",
                "-format",
                "%k",
                "info:",
            ])
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        String::from_utf8_lossy(&output.stdout).trim().parse().ok()
    }
}

/// Sets the environment the app runs in on `command` (tauri-driver, whose children inherit it, or
/// the app itself): X11 on `display`, no Wayland, and XDG directories (WebKit's storage and cache,
/// the app's config) inside `dir`, so tests never share or leave state.
pub fn set_app_environment(command: &mut Command, display: &GuiDisplay, dir: &Path) -> Result<()> {
    let runtime = dir.join("xdg-runtime");
    for sub in ["xdg-config", "xdg-data", "xdg-cache"] {
        std::fs::create_dir_all(dir.join(sub))?;
    }
    std::fs::create_dir_all(&runtime)?;
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )?;
    command
        .env("DISPLAY", display.name())
        .env_remove("WAYLAND_DISPLAY")
        .env("GDK_BACKEND", "x11")
        .env("XDG_CONFIG_HOME", dir.join("xdg-config"))
        .env("XDG_DATA_HOME", dir.join("xdg-data"))
        .env("XDG_CACHE_HOME", dir.join("xdg-cache"))
        .env("XDG_RUNTIME_DIR", runtime)
        // No D-Bus session here: skip the accessibility bus and dconf instead of warning.
        .env("NO_AT_BRIDGE", "1")
        .env("GSETTINGS_BACKEND", "memory")
        // Without a GPU, Mesa's llvmpipe compiles WebKit's compositing shaders on first use; with
        // an empty shader cache the first frames appear seconds late (the DOM is long up to date).
        // Share the compiled shaders between sessions, as a user's machine keeps them.
        .env("MESA_SHADER_CACHE_DIR", shader_cache_dir()?);
    Ok(())
}

/// Mesa's shader cache shared by all GUI sessions: `<target>/gui-shader-cache`.
pub fn shader_cache_dir() -> Result<PathBuf> {
    let dir = target_dir()?.join("gui-shader-cache");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

// --------------------------------------------------------------------------------- processes

/// `(ppid, pgrp, starttime)` of a live, non-zombie process.
fn proc_stat(pid: u32) -> Option<(u32, u32, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime cutime
    // cstime priority nice num_threads itrealvalue starttime
    if fields.first() == Some(&"Z") {
        return None;
    }
    Some((
        fields.get(1)?.parse().ok()?,
        fields.get(2)?.parse().ok()?,
        fields.get(19)?.parse().ok()?,
    ))
}

/// Every live descendant of `root` (not `root` itself), parents before children.
pub fn descendants(root: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let parents: Vec<(u32, u32)> = entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| proc_stat(pid).map(|(ppid, _, _)| (pid, ppid)))
        .collect();
    let mut found = vec![root];
    let mut index = 0;
    while index < found.len() {
        let parent = found[index];
        found.extend(
            parents
                .iter()
                .filter(|(_, ppid)| *ppid == parent)
                .map(|(pid, _)| *pid),
        );
        index += 1;
    }
    found.remove(0);
    found
}

/// A process's program name: the file name of `argv[0]` (`/proc/<pid>/comm` cuts
/// `WebKitWebProcess` to 15 characters).
pub fn process_name(pid: u32) -> String {
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .ok()
        .and_then(|cmdline| {
            let first = cmdline.split(|b| *b == 0).next()?.to_vec();
            let text = String::from_utf8_lossy(&first).into_owned();
            Path::new(&text)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        })
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .map(|c| c.trim().to_owned())
                .unwrap_or_else(|_| format!("pid {pid}"))
        })
}

/// Memory of one process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessMemory {
    /// PID.
    pub pid: u32,
    /// Program name.
    pub name: String,
    /// `VmRSS` from `/proc/<pid>/status`, KiB.
    pub rss_kib: u64,
    /// `Pss` from `/proc/<pid>/smaps_rollup`, KiB (shared pages split between their users).
    pub pss_kib: Option<u64>,
}

impl fmt::Display for ProcessMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<22} pid {:>7}  RSS {:>6.1} MiB  PSS {}",
            self.name,
            self.pid,
            self.rss_kib as f64 / 1024.0,
            self.pss_kib
                .map_or("?".to_owned(), |p| format!("{:.1} MiB", p as f64 / 1024.0))
        )
    }
}

/// The `key:  N kB` value of a `/proc` text file.
fn proc_kib(path: &str, key: &str) -> Option<u64> {
    std::fs::read_to_string(path)
        .ok()?
        .lines()
        .find_map(|line| {
            let rest = line.strip_prefix(key)?.strip_prefix(':')?;
            rest.split_whitespace().next()?.parse().ok()
        })
}

/// Memory of `pid` and all its descendants (the app, its WebKit web and network processes).
pub fn memory_of_tree(pid: u32) -> Vec<ProcessMemory> {
    std::iter::once(pid)
        .chain(descendants(pid))
        .filter_map(|pid| {
            Some(ProcessMemory {
                pid,
                name: process_name(pid),
                rss_kib: proc_kib(&format!("/proc/{pid}/status"), "VmRSS")?,
                pss_kib: proc_kib(&format!("/proc/{pid}/smaps_rollup"), "Pss"),
            })
        })
        .collect()
}

/// A table of [`memory_of_tree`] with totals, for `--nocapture` output.
pub fn format_memory(processes: &[ProcessMemory]) -> String {
    let mut out: Vec<String> = processes.iter().map(|p| format!("  {p}")).collect();
    let rss: u64 = processes.iter().map(|p| p.rss_kib).sum();
    let pss: u64 = processes.iter().filter_map(|p| p.pss_kib).sum();
    out.push(format!(
        "  total: RSS {:.1} MiB (counts shared pages in each process), PSS {:.1} MiB",
        rss as f64 / 1024.0,
        pss as f64 / 1024.0
    ));
    out.join("\n")
}

/// SIGTERM, up to 2 s, SIGKILL for processes recorded as `(pid, starttime)`; a PID whose start
/// time changed (reused) is left alone.
fn kill_processes(processes: &[(u32, u64)]) {
    let alive = |&(pid, start): &(u32, u64)| proc_stat(pid).is_some_and(|(_, _, s)| s == start);
    let signal_all = |signal: Signal| {
        for process in processes.iter().filter(|p| alive(p)) {
            if let Some(pid) = i32::try_from(process.0).ok().and_then(Pid::from_raw) {
                let _ = rustix::process::kill_process(pid, signal);
            }
        }
    };
    if !processes.iter().any(alive) {
        return;
    }
    signal_all(Signal::TERM);
    let deadline = Instant::now() + Duration::from_secs(2);
    while processes.iter().any(alive) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(20));
    }
    signal_all(Signal::KILL);
    let deadline = Instant::now() + Duration::from_secs(2);
    while processes.iter().any(alive) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(10));
    }
}

// --------------------------------------------------------------------------------- WebDriver

/// A WebDriver error or transport failure.
fn webdriver_error(method: &str, path: &str, status: u16, body: &str) -> anyhow::Error {
    let parsed: Option<Value> = serde_json::from_str(body).ok();
    let value = parsed.as_ref().map(|v| &v["value"]);
    match value {
        Some(value) if value.get("error").is_some() => anyhow!(
            "WebDriver {method} {path}: HTTP {status} {}: {}",
            value["error"].as_str().unwrap_or("?"),
            value["message"].as_str().unwrap_or("")
        ),
        _ => anyhow!("WebDriver {method} {path}: HTTP {status}: {body}"),
    }
}

/// A minimal blocking W3C WebDriver client for one server.
#[derive(Debug, Clone)]
pub struct WebDriverClient {
    agent: ureq::Agent,
    base: String,
}

impl WebDriverClient {
    /// A client for `http://127.0.0.1:port`.
    pub fn new(port: u16) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .timeout_global(Some(REQUEST_TIMEOUT))
            .build()
            .into();
        Self {
            agent,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    /// One command: `method` `path` with a JSON `body` (POST) within `timeout`; the reply's
    /// `value`.
    pub fn command(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        timeout: Duration,
    ) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        let result = match method {
            "GET" => self
                .agent
                .get(&url)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .call(),
            "DELETE" => self
                .agent
                .delete(&url)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .call(),
            "POST" => self
                .agent
                .post(&url)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .header("Content-Type", "application/json; charset=utf-8")
                .send(body.unwrap_or(&json!({})).to_string()),
            other => bail!("unsupported HTTP method {other}"),
        };
        let mut response = result.map_err(|error| match error {
            ureq::Error::Timeout(_) => {
                anyhow!("WebDriver {method} {path}: no answer within {timeout:?}")
            }
            other => anyhow!("WebDriver {method} {path}: {other}"),
        })?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .with_context(|| format!("reading the answer to {method} {path}"))?;
        if !(200..300).contains(&status) {
            return Err(webdriver_error(method, path, status, &text));
        }
        let mut parsed: Value = serde_json::from_str(&text)
            .with_context(|| format!("WebDriver {method} {path} answered non-JSON: {text}"))?;
        Ok(parsed["value"].take())
    }
}

// ------------------------------------------------------------------------------------ session

/// Timings of one session's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartTimings {
    /// tauri-driver listening on both ports.
    pub driver: Duration,
    /// `POST /session`: WebKitWebDriver starts the app and waits for its automation session.
    pub session: Duration,
    /// From `POST /session` until the page is usable (loaded, backend answered `app_info`).
    pub ready: Duration,
}

/// What the window must show once a check is over.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The banner's verdict.
    pub verdict: &'a str,
    /// The checklist row that carries the finding, and that row's status.
    pub row: &'a str,
    pub status: &'a str,
    /// The finding (shown exactly once), its severity, and words its title must say.
    pub finding: &'a str,
    pub severity: &'a str,
    pub words: &'a [&'a str],
}

/// The app under WebDriver on its own display; see the module docs. Everything stops on drop.
#[derive(Debug)]
pub struct GuiSession {
    test: String,
    client: WebDriverClient,
    session_id: Option<String>,
    driver: Option<GroupChild>,
    driver_log: PathBuf,
    app_binary: PathBuf,
    /// Command-line arguments the app is started with.
    app_args: Vec<String>,
    timings: Option<StartTimings>,
    screenshots: Vec<PathBuf>,
    failure_shots: usize,
    // Dropped after `Drop::drop`, in this order: display, directory, lock.
    display: GuiDisplay,
    dir: tempfile::TempDir,
    _lock: Option<File>,
}

/// Takes the cross-process GUI lock (see the module docs), polling up to [`LOCK_TIMEOUT`].
pub fn gui_lock() -> Result<Option<File>> {
    if std::env::var_os("RDPD_GUI_PARALLEL").is_some_and(|v| v == "1") {
        return Ok(None);
    }
    let path = target_dir()?.join(".rdpd-gui-session.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("opening {}", path.display()))?;
    let start = Instant::now();
    loop {
        match rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => return Ok(Some(file)),
            Err(rustix::io::Errno::WOULDBLOCK) if start.elapsed() < LOCK_TIMEOUT => {
                thread::sleep(Duration::from_millis(100));
            }
            Err(error) => bail!(
                "could not take the GUI session lock {} within {LOCK_TIMEOUT:?}: {error}",
                path.display()
            ),
        }
    }
}

/// A file-name-safe version of `text`.
fn sanitise(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

impl GuiSession {
    /// Starts display, driver and app for the test called `test` (names its screenshots), and
    /// waits until the page is usable. Fails (after cleaning up) with the driver's log when the
    /// app does not come up within [`SESSION_TIMEOUT`] + [`READY_TIMEOUT`].
    pub fn start(test: &str) -> Result<Self> {
        Self::start_with_env(test, &[])
    }

    /// [`GuiSession::start`] with extra environment for the app (it inherits the driver's),
    /// e.g. `RDP_DOCTOR_FACTS_DIR` to replay a recorded Windows PC.
    pub fn start_with_env(test: &str, env: &[(&str, &Path)]) -> Result<Self> {
        Self::start_with(test, env, &[])
    }

    /// [`GuiSession::start_with_env`] with command-line arguments for the app, e.g. a `.rdp` file
    /// as "Open with RDP Doctor" passes it.
    pub fn start_with(test: &str, env: &[(&str, &Path)], args: &[&str]) -> Result<Self> {
        Self::start_inner(test, env, args, None)
    }

    /// [`GuiSession::start_with_env`] with `dns` as the app's DNS settings (a private mount
    /// namespace for the driver and everything it starts, see [`crate::dns`]); the app stays in
    /// the root network namespace, with the test's servers and faults.
    pub fn start_with_dns(test: &str, dns: &crate::TestDns, env: &[(&str, &Path)]) -> Result<Self> {
        Self::start_inner(test, env, &[], Some(dns.resolv_conf()))
    }

    fn start_inner(
        test: &str,
        env: &[(&str, &Path)],
        args: &[&str],
        resolv_conf: Option<&Path>,
    ) -> Result<Self> {
        // Build (or find) the app first: a cold build takes minutes, during which other tests'
        // sessions need not wait for the GUI lock.
        let app_binary = desktop_binary()?;
        let lock = gui_lock()?;
        let driver_program = tauri_driver()?;
        let native_driver = find_program("WebKitWebDriver")?;
        let dir = temp_dir("gui")?;
        let display = GuiDisplay::start(dir.path(), SCREEN)?;
        let driver_log = dir.path().join("tauri-driver.log");

        let driver_started = Instant::now();
        let mut failures = Vec::new();
        let mut running = None;
        for attempt in 1..=3 {
            let port = try_free_port()?;
            let native_port = try_free_port()?;
            if port == native_port {
                continue;
            }
            let mut command = match resolv_conf {
                Some(resolv_conf) => crate::dns::with_resolv_conf(resolv_conf, &driver_program)?,
                None => Command::new(&driver_program),
            };
            command
                .arg("--port")
                .arg(port.to_string())
                .arg("--native-port")
                .arg(native_port.to_string())
                .arg("--native-driver")
                .arg(&native_driver)
                .current_dir(dir.path());
            set_app_environment(&mut command, &display, dir.path())?;
            command.envs(env.iter().copied());
            let mut driver = GroupChild::spawn("tauri-driver", command, Some(&driver_log))?;
            match wait_for_driver(&mut driver, port, native_port) {
                Ok(()) => {
                    running = Some((driver, port));
                    break;
                }
                Err(error) => {
                    driver.stop();
                    failures.push(format!(
                        "attempt {attempt}: tauri-driver --port {port} --native-port {native_port}: \
                         {error:#}\n{}",
                        log_tail(&driver_log, 15)
                    ));
                }
            }
        }
        let Some((driver, port)) = running else {
            bail!("tauri-driver did not start:\n{}", failures.join("\n"));
        };
        let driver_time = driver_started.elapsed();

        let mut session = Self {
            test: sanitise(test),
            client: WebDriverClient::new(port),
            session_id: None,
            driver: Some(driver),
            driver_log,
            app_binary,
            app_args: args.iter().map(|a| a.to_string()).collect(),
            timings: None,
            screenshots: Vec::new(),
            failure_shots: 0,
            display,
            dir,
            _lock: lock,
        };
        let (session_time, ready_time) = session.create_session()?;
        session.timings = Some(StartTimings {
            driver: driver_time,
            session: session_time,
            ready: ready_time,
        });
        Ok(session)
    }

    /// `POST /session`, then waits until the page is usable. Returns both durations.
    fn create_session(&mut self) -> Result<(Duration, Duration)> {
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "tauri:options": { "application": self.app_binary, "args": self.app_args }
                }
            }
        });
        let started = Instant::now();
        let value = self
            .client
            .command("POST", "/session", Some(&capabilities), SESSION_TIMEOUT)
            .map_err(|error| {
                anyhow!(
                    "creating the WebDriver session (starting {}) failed after {:.1} s: {error:#}\n{}",
                    self.app_binary.display(),
                    started.elapsed().as_secs_f64(),
                    log_tail(&self.driver_log, 30)
                )
            })?;
        let session_time = started.elapsed();
        let id = value["sessionId"]
            .as_str()
            .with_context(|| format!("POST /session answered without sessionId: {value}"))?;
        self.session_id = Some(id.to_owned());
        self.wait_until("the page to be usable", READY_TIMEOUT, READY_SCRIPT, &[])?;
        // ... and painted: a frame rendered after that.
        self.settle()
            .map_err(|error| anyhow!("the page never painted: {error:#}"))?;
        Ok((session_time, started.elapsed()))
    }

    fn session_path(&self, rest: &str) -> Result<String> {
        let id = self.session_id.as_deref().context("no WebDriver session")?;
        Ok(format!("/session/{id}{rest}"))
    }

    /// The test's name as used in screenshot file names.
    pub fn test_name(&self) -> &str {
        &self.test
    }

    /// Start-up timings of this session.
    pub fn timings(&self) -> Option<StartTimings> {
        self.timings
    }

    /// The display the app runs on.
    pub fn display(&self) -> &GuiDisplay {
        &self.display
    }

    /// The session's temporary directory (driver and Xvfb logs, XDG directories).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The app binary under test.
    pub fn app_binary(&self) -> &Path {
        &self.app_binary
    }

    /// Screenshots saved so far.
    pub fn screenshots(&self) -> &[PathBuf] {
        &self.screenshots
    }

    /// The last lines of tauri-driver's log (WebKitWebDriver's and the app's stderr included).
    pub fn driver_log_tail(&self, lines: usize) -> String {
        log_tail(&self.driver_log, lines)
    }

    // ------------------------------------------------------------------------------ scripts

    /// Runs `script` (a function body; `arguments[i]` are `args`) in the page; its return value.
    pub fn execute(&self, script: &str, args: &[Value]) -> Result<Value> {
        self.execute_within(script, args, REQUEST_TIMEOUT)
    }

    fn execute_within(&self, script: &str, args: &[Value], timeout: Duration) -> Result<Value> {
        let path = self.session_path("/execute/sync")?;
        self.client.command(
            "POST",
            &path,
            Some(&json!({ "script": script, "args": args })),
            timeout,
        )
    }

    /// Waits (at most [`REQUEST_TIMEOUT`]) until the page has rendered a frame after its current
    /// state: two `requestAnimationFrame` callbacks. WebKit composites asynchronously and, on a
    /// software renderer, can lag the DOM by seconds; a screenshot taken before would show an
    /// older state.
    pub fn settle(&self) -> Result<()> {
        let path = self.session_path("/execute/async")?;
        self.client.command(
            "POST",
            &path,
            Some(&json!({
                "script": "const done = arguments[arguments.length - 1];
                           requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                "args": [],
            })),
            REQUEST_TIMEOUT,
        )?;
        Ok(())
    }

    /// Polls `script` until it returns something other than `null`/`false`, at most `timeout`;
    /// returns that value. On timeout: a screenshot `<test>-failure-N.png` and an error naming
    /// `what` with the page's state and text.
    pub fn wait_until(
        &mut self,
        what: &str,
        timeout: Duration,
        script: &str,
        args: &[Value],
    ) -> Result<Value> {
        let start = Instant::now();
        loop {
            let remaining = timeout.saturating_sub(start.elapsed());
            let call_timeout = (remaining + Duration::from_secs(2)).min(REQUEST_TIMEOUT);
            let last_error = match self.execute_within(script, args, call_timeout) {
                Ok(Value::Null | Value::Bool(false)) => None,
                Ok(value) => return Ok(value),
                Err(error) => Some(error),
            };
            if start.elapsed() >= timeout {
                let error = last_error.map_or(String::new(), |e| format!("\nlast error: {e:#}"));
                return Err(self.failure(&format!(
                    "timed out after {timeout:?} waiting for {what}{error}"
                )));
            }
            thread::sleep(POLL);
        }
    }

    /// An error with `message`, the page's state and text, and a fresh failure screenshot.
    pub fn failure(&mut self, message: &str) -> anyhow::Error {
        self.failure_shots += 1;
        let shot = match self.screenshot(&format!("failure-{}", self.failure_shots)) {
            Ok(path) => format!("screenshot: {}", path.display()),
            Err(error) => format!("(no screenshot: {error:#})"),
        };
        anyhow!(
            "{message}\n{shot}\n--- page\n{}\n--- {}",
            self.page_summary(),
            self.driver_log_tail(20)
        )
    }

    /// The page's state for failure messages: body state, banner, checklist rows, findings,
    /// status line and the visible text.
    pub fn page_summary(&self) -> String {
        const SCRIPT: &str = r#"
const q = (s) => document.querySelector(s);
const text = (s) => { const e = q(s); return e ? e.innerText.trim() : null; };
const banner = q('#summary-banner');
return {
  url: location.href,
  state: document.body ? document.body.dataset.state : null,
  verdict: banner ? banner.dataset.verdict : null,
  banner: text('#summary-banner'),
  rows: [...document.querySelectorAll('#checklist li')]
    .map((li) => `${li.dataset.area}=${li.dataset.status}`).join(' '),
  findings: [...document.querySelectorAll('#findings [data-finding-id]')]
    .map((li) => `${li.dataset.findingId}(${li.dataset.severity})`).join(' '),
  status: text('#status'),
  text: document.body ? document.body.innerText.slice(0, 4000) : '',
};
"#;
        match self.execute_within(SCRIPT, &[], Duration::from_secs(5)) {
            Ok(v) => format!(
                "url: {}\nbody data-state: {}\nbanner [{}]: {}\nchecklist: {}\nfindings: {}\n\
                 status: {}\nvisible text:\n{}",
                v["url"].as_str().unwrap_or("?"),
                v["state"].as_str().unwrap_or("?"),
                v["verdict"].as_str().unwrap_or("?"),
                v["banner"].as_str().unwrap_or("(none)"),
                v["rows"].as_str().unwrap_or(""),
                v["findings"].as_str().unwrap_or(""),
                v["status"].as_str().unwrap_or(""),
                v["text"].as_str().unwrap_or(""),
            ),
            Err(error) => format!("(page unreadable: {error:#})"),
        }
    }

    // ------------------------------------------------------------------------------ queries

    /// Whether an element matches `css`.
    pub fn exists(&self, css: &str) -> Result<bool> {
        Ok(self
            .execute(
                "return !!document.querySelector(arguments[0]);",
                &[json!(css)],
            )?
            .as_bool()
            .unwrap_or(false))
    }

    /// How many elements match `css`.
    pub fn count(&self, css: &str) -> Result<usize> {
        let n = self.execute(
            "return document.querySelectorAll(arguments[0]).length;",
            &[json!(css)],
        )?;
        Ok(n.as_u64().unwrap_or(0) as usize)
    }

    /// The rendered text (`innerText`, trimmed) of the first element matching `css`.
    pub fn text(&mut self, css: &str) -> Result<String> {
        let value = self.execute(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : null;",
            &[json!(css)],
        )?;
        match value {
            Value::String(text) => Ok(text),
            _ => Err(self.failure(&format!("no element matches {css}"))),
        }
    }

    /// An attribute of the first element matching `css` (`None` if it lacks it); an error if no
    /// element matches.
    pub fn attr(&mut self, css: &str, name: &str) -> Result<Option<String>> {
        let value = self.execute(
            "const e = document.querySelector(arguments[0]);
             return e ? [e.getAttribute(arguments[1])] : null;",
            &[json!(css), json!(name)],
        )?;
        match value {
            Value::Array(mut v) => Ok(v.pop().and_then(|a| a.as_str().map(str::to_owned))),
            _ => Err(self.failure(&format!("no element matches {css}"))),
        }
    }

    /// `(area, status)` of every checklist row, in order.
    pub fn rows(&self) -> Result<Vec<(String, String)>> {
        let value = self.execute(
            "return [...document.querySelectorAll('#checklist li')]
               .map((li) => [li.dataset.area || '', li.dataset.status || '']);",
            &[],
        )?;
        Ok(value
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|r| {
                        (
                            r[0].as_str().unwrap_or_default().to_owned(),
                            r[1].as_str().unwrap_or_default().to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The status of the checklist row of `area` (`None` if there is no such row).
    pub fn row_status(&mut self, area: &str) -> Result<Option<String>> {
        let css = format!("#checklist li[data-area=\"{area}\"]");
        if !self.exists(&css)? {
            return Ok(None);
        }
        self.attr(&css, "data-status")
    }

    /// Fails (with a screenshot) unless the window shows what `expected` says, the banner's
    /// `verdict` (as the wait for the check's end read it) included; `case` names the check in
    /// the messages. The finding's title and whole text.
    pub fn expect_shown(
        &mut self,
        case: &str,
        verdict: &str,
        expected: &Expected<'_>,
    ) -> Result<(String, String)> {
        ensure(
            self,
            verdict == expected.verdict,
            &format!(
                "{case}: the verdict should be {}, is {verdict:?}",
                expected.verdict
            ),
        )?;
        self.expect_row(case, expected.row, expected.status)?;
        let (title, text) = self.expect_finding(case, expected.finding, expected.severity)?;
        for word in expected.words {
            ensure(
                self,
                title.contains(word),
                &format!("{case}: the title should say {word:?}: {title:?}"),
            )?;
        }
        Ok((title, text))
    }

    /// Fails (with a screenshot) unless the checklist row of `area` is `status`; `case` names
    /// the check in the message.
    pub fn expect_row(&mut self, case: &str, area: &str, status: &str) -> Result<()> {
        let shown = self.row_status(area)?;
        ensure(
            self,
            shown.as_deref() == Some(status),
            &format!("{case}: the {area} row should be {status}, is {shown:?}"),
        )
    }

    /// Fails (with a screenshot) unless the finding `id` is shown exactly once, as `severity`;
    /// its title and its whole text.
    pub fn expect_finding(
        &mut self,
        case: &str,
        id: &str,
        severity: &str,
    ) -> Result<(String, String)> {
        let css = format!(r#"#findings [data-finding-id="{id}"][data-severity="{severity}"]"#);
        let shown = self.count(&css)?;
        ensure(
            self,
            shown == 1,
            &format!("{case}: {id} ({severity}) should be shown once, is shown {shown} times"),
        )?;
        let texts = self.execute(
            "const e = document.querySelector(arguments[0]);
             const title = e && e.querySelector('.finding-title');
             return [title ? title.textContent.trim() : '', e ? e.textContent : ''];",
            &[json!(css)],
        )?;
        let text = |i: usize| texts[i].as_str().unwrap_or_default().to_owned();
        Ok((text(0), text(1)))
    }

    // -------------------------------------------------------------------------------- waits

    /// Waits until an element matches `css`.
    pub fn wait_for(&mut self, css: &str, timeout: Duration) -> Result<()> {
        self.wait_until(
            &format!("an element matching {css}"),
            timeout,
            "return !!document.querySelector(arguments[0]);",
            &[json!(css)],
        )
        .map(drop)
    }

    /// Waits until an element matching `css` is displayed (not `hidden`, has a layout box).
    pub fn wait_visible(&mut self, css: &str, timeout: Duration) -> Result<()> {
        self.wait_until(
            &format!("{css} to be visible"),
            timeout,
            "const e = document.querySelector(arguments[0]);
             return !!e && !e.closest('[hidden]') && e.getClientRects().length > 0;",
            &[json!(css)],
        )
        .map(drop)
    }

    /// Waits until the first element matching `css` has attribute `name` = `value`.
    pub fn wait_attr(
        &mut self,
        css: &str,
        name: &str,
        value: &str,
        timeout: Duration,
    ) -> Result<()> {
        self.wait_attr_in(css, name, &[value], timeout).map(drop)
    }

    /// Waits until the first element matching `css` has attribute `name` equal to one of
    /// `values`; returns the value it has.
    pub fn wait_attr_in(
        &mut self,
        css: &str,
        name: &str,
        values: &[&str],
        timeout: Duration,
    ) -> Result<String> {
        let found = self.wait_until(
            &format!("{css} to have {name} in {values:?}"),
            timeout,
            "const e = document.querySelector(arguments[0]);
             const v = e ? e.getAttribute(arguments[1]) : null;
             return v !== null && arguments[2].includes(v) ? v : null;",
            &[json!(css), json!(name), json!(values)],
        )?;
        Ok(found.as_str().unwrap_or_default().to_owned())
    }

    /// Waits until the text of the first element matching `css` contains `needle`.
    pub fn wait_text_contains(
        &mut self,
        css: &str,
        needle: &str,
        timeout: Duration,
    ) -> Result<String> {
        let found = self.wait_until(
            &format!("{css} to contain {needle:?}"),
            timeout,
            "const e = document.querySelector(arguments[0]);
             return e && e.innerText.includes(arguments[1]) ? e.innerText.trim() : null;",
            &[json!(css), json!(needle)],
        )?;
        Ok(found.as_str().unwrap_or_default().to_owned())
    }

    /// Waits until the first element matching `css` shows some text; returns it.
    pub fn wait_text(&mut self, css: &str, timeout: Duration) -> Result<String> {
        let found = self.wait_until(
            &format!("{css} to show text"),
            timeout,
            "const e = document.querySelector(arguments[0]);
             return e && e.innerText.trim() !== '' ? e.innerText.trim() : null;",
            &[json!(css)],
        )?;
        Ok(found.as_str().unwrap_or_default().to_owned())
    }

    // ------------------------------------------------------------------------------ actions

    /// A WebDriver element reference for the first element matching `css`.
    pub fn find(&mut self, css: &str) -> Result<String> {
        let path = self.session_path("/element")?;
        let found = self.client.command(
            "POST",
            &path,
            Some(&json!({ "using": "css selector", "value": css })),
            REQUEST_TIMEOUT,
        );
        match found {
            Ok(value) => value[ELEMENT_KEY]
                .as_str()
                .map(str::to_owned)
                .with_context(|| format!("no element reference for {css}: {value}")),
            Err(error) => Err(self.failure(&format!("finding {css}: {error:#}"))),
        }
    }

    fn element_command(&mut self, css: &str, action: &str, body: Value) -> Result<()> {
        let element = self.find(css)?;
        let path = self.session_path(&format!("/element/{element}/{action}"))?;
        match self
            .client
            .command("POST", &path, Some(&body), REQUEST_TIMEOUT)
        {
            Ok(_) => Ok(()),
            Err(error) => Err(self.failure(&format!("{action} on {css}: {error:#}"))),
        }
    }

    /// Clicks the first element matching `css` (WebDriver element click: scrolled into view,
    /// must be displayed and not covered).
    pub fn click(&mut self, css: &str) -> Result<()> {
        self.element_command(css, "click", json!({}))
    }

    /// Types `text` into the first element matching `css` (WebDriver "send keys"), after clearing
    /// it. [`ENTER`] presses Enter.
    pub fn type_into(&mut self, css: &str, text: &str) -> Result<()> {
        self.element_command(css, "clear", json!({}))?;
        self.element_command(css, "value", json!({ "text": text }))
    }

    /// Sends keys to the first element matching `css` without clearing it.
    pub fn send_keys(&mut self, css: &str, keys: &str) -> Result<()> {
        self.element_command(css, "value", json!({ "text": keys }))
    }

    /// Types `target` into `#target`, optionally chooses an `#error-code`, and clicks `#run-check`.
    pub fn start_check(&mut self, target: &str, error_code: Option<&str>) -> Result<()> {
        self.wait_visible("#target", WAIT)?;
        self.type_into("#target", target)?;
        if let Some(code) = error_code {
            self.click(&format!("#error-code option[value=\"{code}\"]"))?;
        }
        self.click("#run-check")
    }

    /// Waits until a check has finished (`#summary-banner` has a final `data-verdict`); returns
    /// the verdict.
    pub fn wait_verdict(&mut self, timeout: Duration) -> Result<String> {
        self.wait_attr_in(
            "#summary-banner",
            "data-verdict",
            &["ok", "info", "warn", "fail", "cancelled", "error"],
            timeout,
        )
    }

    // ---------------------------------------------------------------------------- evidence

    /// Saves the page as `<target>/gui-screenshots/<test>-<name>.png`; returns the path.
    pub fn screenshot(&mut self, name: &str) -> Result<PathBuf> {
        // Once a page has been still for a few seconds, WebKitWebDriver's screenshot under Xvfb
        // never answers (GET /screenshot times out, every time). Scrolling a pixel and back,
        // which leaves the page as it was, makes WebKit render again.
        let _ = self.execute(
            "window.scrollBy(0, 1); window.scrollBy(0, -1); return true;",
            &[],
        );
        if let Err(error) = self.settle() {
            eprintln!("gui: screenshot {name}: the page did not render a new frame ({error:#})");
        }
        let path = self.session_path("/screenshot")?;
        let value = self.client.command("GET", &path, None, REQUEST_TIMEOUT)?;
        let encoded = value
            .as_str()
            .with_context(|| format!("screenshot answer is not a string: {value}"))?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .context("screenshot is not base64")?;
        if !png.starts_with(b"\x89PNG") {
            bail!("screenshot is not a PNG ({} bytes)", png.len());
        }
        let file = screenshot_dir()?.join(format!("{}-{}.png", self.test, sanitise(name)));
        std::fs::write(&file, &png).with_context(|| format!("writing {}", file.display()))?;
        self.screenshots.push(file.clone());
        Ok(file)
    }

    /// The X clipboard's text on the app's display (`xclip -o -selection clipboard`).
    pub fn clipboard_text(&self) -> Result<String> {
        self.display.clipboard_text()
    }

    /// The app's PID: the process started by the driver that runs the app binary.
    pub fn app_pid(&self) -> Option<u32> {
        let driver = self.driver.as_ref()?.id();
        let binary = std::fs::canonicalize(&self.app_binary).ok()?;
        descendants(driver).into_iter().find(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary)
        })
    }

    /// Memory of the app and its WebKit processes.
    pub fn app_memory(&self) -> Vec<ProcessMemory> {
        self.app_pid().map(memory_of_tree).unwrap_or_default()
    }

    /// Ends the session and stops everything now (drop does the same).
    pub fn close(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(id) = self.session_id.take() {
            // WebKitWebDriver closes the app's automation session; bounded, best effort.
            let _ = self.client.command(
                "DELETE",
                &format!("/session/{id}"),
                None,
                Duration::from_secs(5),
            );
        }
        if let Some(mut driver) = self.driver.take() {
            // Everything the driver started, recorded before its group is signalled: the app and
            // WebKit's helpers are re-parented once WebKitWebDriver dies and may not share the
            // driver's process group.
            let started: Vec<(u32, u64)> = descendants(driver.id())
                .into_iter()
                .filter_map(|pid| proc_stat(pid).map(|(_, _, start)| (pid, start)))
                .collect();
            driver.stop();
            kill_processes(&started);
        }
    }

    // ------------------------------------------------------------------------- file dialog

    /// Opens `file` as a user does: clicks "Open .rdp file…" (`#pick-file`), then types the
    /// absolute path into the GTK file dialog's location bar (ctrl+L) and presses Enter. Returns
    /// once the dialog has closed; the check it starts is the caller's to wait for.
    ///
    /// The dialog is a native window outside WebDriver's reach, so `xdotool` drives it on this
    /// session's display, each call under a timeout. Without a window manager nothing gives the
    /// dialog the keyboard: `windowfocus` sets the X input focus (`windowactivate` would wait for
    /// a window manager). On failure: a screenshot of the whole screen, dialog included
    /// (`<test>-dialog-N.png`, needs ImageMagick), and Escape closes the dialog so the app is
    /// not left blocked.
    pub fn pick_file_in_dialog(&mut self, file: &Path) -> Result<()> {
        // The title `pick_rdp_file` (src-tauri/src/commands.rs) gives the dialog, as a regex.
        const TITLE: &str = "^Open the Remote Desktop file from your IT department$";
        const DIALOG_WAIT: Duration = Duration::from_secs(15);
        const XDOTOOL_WAIT: Duration = Duration::from_secs(10);
        // GTK drops an Enter pressed within 150 ms of the last typed key: its "location changed"
        // timer (LOCATION_CHANGED_TIMEOUT in gtkfilechooserwidget.c) then unselects the typed
        // file, cancelling the answer on its way (measured: Enter after 0 and 0.1 s lost, after
        // 0.3 s taken). A busy GTK may see the keys late, so Enter is pressed again while the
        // dialog stays open.
        const SETTLE: Duration = Duration::from_millis(300);
        // The dialog closes ~0.7 s after an Enter it takes.
        const CLOSE_WAIT: Duration = Duration::from_millis(2500);
        let path = file
            .to_str()
            .filter(|_| file.is_absolute())
            .with_context(|| format!("not an absolute UTF-8 path: {}", file.display()))?;
        // WebKitWebDriver answers "element not interactable" instead of scrolling to a button
        // that is just above the view (measured: 1 to ~110 px above fails, more works), as it is
        // after a result lower down was shown; a user scrolls up to it too.
        self.execute(
            "document.querySelector('#pick-file').scrollIntoView({ block: 'nearest' });
             return true;",
            &[],
        )?;
        self.click("#pick-file")?;
        // `--onlyvisible`: each dialog closed before stays behind as an unmapped window.
        let window = match self.xdotool(
            &["search", "--sync", "--onlyvisible", "--name", TITLE],
            DIALOG_WAIT,
        ) {
            Ok(out) => out.lines().next().unwrap_or_default().trim().to_owned(),
            Err(error) => {
                return Err(self.dialog_failure(None, &format!("no file dialog: {error:#}")));
            }
        };
        // Keys reach the focused window in order, so the location bar exists before the path
        // arrives. `type` takes every argument after it, hence a call of its own.
        let typed = self
            .xdotool(
                &["windowfocus", "--sync", &window, "key", "ctrl+l"],
                XDOTOOL_WAIT,
            )
            .and_then(|_| self.xdotool(&["type", "--delay", "10", path], XDOTOOL_WAIT));
        if let Err(error) = typed {
            let message = format!("typing into the file dialog: {error:#}");
            return Err(self.dialog_failure(Some(&window), &message));
        }
        let start = Instant::now();
        let mut presses = 0;
        while start.elapsed() < DIALOG_WAIT {
            thread::sleep(SETTLE);
            // Two Enters and still open: the location bar's completion, arriving late on a busy
            // machine, ate part of the path (seen: the folder left selected, the file name
            // gone). Type it again, whole and slower.
            if presses > 0 && presses % 2 == 0 {
                let _ = self
                    .xdotool(
                        &["windowfocus", "--sync", &window, "key", "ctrl+l", "ctrl+a"],
                        XDOTOOL_WAIT,
                    )
                    .and_then(|_| self.xdotool(&["type", "--delay", "40", path], XDOTOOL_WAIT));
            }
            // Sent to the dialog's window rather than typed: an Enter that outlives the dialog
            // must not land in the app's window, where it would press the focused button. The
            // focus first: GTK ignored a sent key while the dialog lacked it (measured).
            presses += 1;
            let _ = self.xdotool(
                &[
                    "windowfocus",
                    "--sync",
                    &window,
                    "key",
                    "--window",
                    &window,
                    "Return",
                ],
                XDOTOOL_WAIT,
            );
            let pressed = Instant::now();
            while pressed.elapsed() < CLOSE_WAIT {
                // `search` exits 1 once no window matches.
                if self
                    .xdotool(&["search", "--onlyvisible", "--name", TITLE], XDOTOOL_WAIT)
                    .is_err()
                {
                    return Ok(());
                }
                thread::sleep(POLL);
            }
        }
        let message = format!(
            "the file dialog was still open {DIALOG_WAIT:?} after typing {path} \
             (Enter pressed {presses} times)"
        );
        Err(self.dialog_failure(Some(&window), &message))
    }

    /// Opens `file` through "Open .rdp file…" ([`GuiSession::pick_file_in_dialog`]) and waits
    /// for its check's verdict; the verdict, how long the dialog took (click to closed) and the
    /// check (closed to verdict). The header names the file from the moment the check starts
    /// ("… (Remote Desktop file)", then "host:port (from …)"), so with a file name of its own a
    /// verdict read once it does is this file's, never the previous one's.
    pub fn check_rdp_file(
        &mut self,
        file: &Path,
        timeout: Duration,
    ) -> Result<(String, Duration, Duration)> {
        let file_name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let clicked = Instant::now();
        self.pick_file_in_dialog(file)?;
        let dialog = clicked.elapsed();
        let started = Instant::now();
        let verdict = self.wait_until(
            &format!("the check of {file_name} to finish"),
            timeout,
            "const target = document.querySelector('#header-target');
             const banner = document.querySelector('#summary-banner');
             const verdict = banner ? banner.dataset.verdict : '';
             return target && target.innerText.includes(arguments[0])
               && ['ok', 'info', 'warn', 'fail', 'cancelled', 'error'].includes(verdict)
               ? verdict : null;",
            &[json!(file_name)],
        )?;
        let verdict = verdict.as_str().unwrap_or_default().to_owned();
        Ok((verdict, dialog, started.elapsed()))
    }

    /// `xdotool args` on this session's display; its stdout, or an error if it exits non-zero
    /// or runs over `timeout`.
    fn xdotool(&self, args: &[&str], timeout: Duration) -> Result<String> {
        let mut command = Command::new(find_program("xdotool")?);
        command.args(args).env("DISPLAY", self.display.name());
        let output = run_with_timeout(command, timeout)?;
        if output.code != 0 {
            bail!(
                "xdotool {} exited with {}: {}",
                args.join(" "),
                output.code,
                output.stderr.trim()
            );
        }
        Ok(output.stdout)
    }

    /// [`GuiSession::failure`] for the file dialog: the whole screen saved beside the page's
    /// screenshot, and the dialog (`window`, when found) closed.
    fn dialog_failure(&mut self, window: Option<&str>, message: &str) -> anyhow::Error {
        let shot = screenshot_dir().and_then(|dir| {
            let file = dir.join(format!(
                "{}-dialog-{}.png",
                self.test,
                self.failure_shots + 1
            ));
            let mut command = Command::new(find_program("import")?);
            command
                .args(["-display", &self.display.name(), "-window", "root"])
                .arg(&file);
            let output = run_with_timeout(command, Duration::from_secs(10))?;
            if output.code != 0 {
                bail!(
                    "import exited with {}: {}",
                    output.code,
                    output.stderr.trim()
                );
            }
            Ok(file)
        });
        if let Some(window) = window {
            // Typed, with the focus: a sent Escape did not close it (measured).
            let _ = self.xdotool(
                &["windowfocus", "--sync", window, "key", "Escape"],
                Duration::from_secs(5),
            );
        }
        let shot = match shot {
            Ok(file) => format!("screen with the dialog: {}", file.display()),
            Err(error) => format!("(no screenshot of the screen: {error:#})"),
        };
        self.failure(&format!("{message}\n{shot}"))
    }
}

/// Polls until tauri-driver owns a listening socket on `port` and one of its children (
/// WebKitWebDriver) on `native_port`, so the session is not proxied to another test's driver.
fn wait_for_driver(driver: &mut GroupChild, port: u16, native_port: u16) -> Result<()> {
    let start = Instant::now();
    loop {
        if let Some(status) = driver.exit_status() {
            bail!("exited before listening ({status})");
        }
        let own = owns_listening_socket(driver.id(), port);
        let native = descendants(driver.id())
            .into_iter()
            .any(|pid| owns_listening_socket(pid, native_port));
        if own && native {
            return Ok(());
        }
        if start.elapsed() >= DRIVER_TIMEOUT {
            bail!(
                "not listening after {DRIVER_TIMEOUT:?} (tauri-driver on {port}: {own}, \
                 WebKitWebDriver on {native_port}: {native})"
            );
        }
        thread::sleep(Duration::from_millis(20));
    }
}

impl Drop for GuiSession {
    fn drop(&mut self) {
        if thread::panicking() && self.session_id.is_some() {
            match self.screenshot("panic") {
                Ok(path) => eprintln!("gui: screenshot at the failure: {}", path.display()),
                Err(error) => eprintln!("gui: no screenshot at the failure: {error:#}"),
            }
        }
        self.shutdown();
        if !self.display.is_running() {
            eprintln!(
                "gui: Xvfb {} had exited\n{}",
                self.display.name(),
                log_tail(self.display.log_path(), 10)
            );
        }
    }
}

/// Asserts `condition`, failing with `message`, the page's state and a screenshot.
pub fn ensure(gui: &mut GuiSession, condition: bool, message: &str) -> Result<()> {
    if condition {
        Ok(())
    } else {
        Err(gui.failure(message))
    }
}
