//! Child processes that always die with the test.
//!
//! Every external program (xrdp, Xvfb, freerdp-shadow-cli, the CLI under test) is started as the
//! leader of a new process group and stopped by signalling the *group*, not just the PID we
//! spawned: xrdp forks one child per connection, `ip netns exec` and shells may leave helpers
//! behind, and a forked child would otherwise keep the port and the test's pipes open after the
//! test has finished. The group is stopped with SIGTERM, a short grace period, then SIGKILL.

use std::fs::File;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};
use std::{env, thread};

use anyhow::{Context as _, Result};
use rustix::process::{Pid, Signal};

/// How long a stopped group gets between SIGTERM and SIGKILL.
const TERM_GRACE: Duration = Duration::from_secs(2);

/// A running program in its own process group; the group is killed on drop.
#[derive(Debug)]
pub struct GroupChild {
    name: String,
    child: Child,
    pgid: Option<Pid>,
    status: Option<ExitStatus>,
    stopped: bool,
}

impl GroupChild {
    /// Starts `command` as the leader of a new process group.
    ///
    /// Its stdin is closed; stdout and stderr go to `output` (created or truncated) when given,
    /// so that a failure can quote what the program said.
    pub fn spawn(name: &str, mut command: Command, output: Option<&Path>) -> Result<Self> {
        command.process_group(0).stdin(Stdio::null());
        if let Some(path) = output {
            let file = File::create(path)
                .with_context(|| format!("cannot create {name} output file {}", path.display()))?;
            command.stdout(file.try_clone()?).stderr(file);
        }
        Self::spawn_configured(name, command)
    }

    /// Starts a command whose stdio the caller has already set up (e.g. piped).
    pub fn spawn_configured(name: &str, mut command: Command) -> Result<Self> {
        command.process_group(0);
        let child = command
            .spawn()
            .with_context(|| format!("cannot start {name} ({:?})", command.get_program()))?;
        // The child called setpgid(0, 0) before exec, so its PID is its process group ID.
        let pgid = i32::try_from(child.id()).ok().and_then(Pid::from_raw);
        Ok(Self {
            name: name.to_owned(),
            child,
            pgid,
            status: None,
            stopped: false,
        })
    }

    /// The PID of the group leader.
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// The underlying child, e.g. to take its piped stdout.
    pub fn child_mut(&mut self) -> &mut Child {
        &mut self.child
    }

    /// `Some(status)` once the group leader has exited.
    pub fn exit_status(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().ok().flatten();
        }
        self.status
    }

    /// Waits up to `timeout` for the leader to exit on its own.
    pub fn wait_timeout(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.exit_status() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Stops the whole group: SIGTERM, up to 2 s for the leader to exit, then SIGKILL
    /// for anything left in the group. Idempotent.
    pub fn stop(&mut self) {
        // Signal the group once only: after it is gone its ID may be reused.
        if std::mem::replace(&mut self.stopped, true) {
            return;
        }
        let Some(pgid) = self.pgid else {
            let _ = self.child.kill();
            let _ = self.child.wait();
            return;
        };
        if self.exit_status().is_none() {
            let _ = rustix::process::kill_process_group(pgid, Signal::TERM);
            if self.wait_timeout(TERM_GRACE).is_none() {
                let _ = rustix::process::kill_process_group(pgid, Signal::KILL);
                self.status = self.child.wait().ok();
            }
        }
        // The leader may be gone while forked children (xrdp's per-connection processes) live
        // on in the group; they get no grace period. ESRCH (empty group) is the normal case.
        let _ = rustix::process::kill_process_group(pgid, Signal::KILL);
        // Signals are delivered asynchronously: wait (bounded) until the group is empty, so the
        // caller can rely on ports and files being released.
        let deadline = Instant::now() + TERM_GRACE;
        let raw_pgid = pgid.as_raw_pid().unsigned_abs();
        while !group_members(raw_pgid).is_empty() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// What the program was called, for messages.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for GroupChild {
    fn drop(&mut self) {
        self.stop();
    }
}

/// PIDs of the live processes in process group `pgid` (from `/proc/<pid>/stat`), e.g. to check
/// that a stopped server left nothing behind.
pub fn group_members(pgid: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            // Fields after the parenthesised command name: state, ppid, pgrp, ...
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .is_some_and(|stat| {
                    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
                    let fields: Vec<&str> = after_name.split_whitespace().collect();
                    fields.first() != Some(&"Z")
                        && fields.get(2) == Some(&pgid.to_string().as_str())
                })
        })
        .collect()
}

/// The last `lines` lines of a log file, or a note that it could not be read.
pub fn log_tail(path: &Path, lines: usize) -> String {
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let all: Vec<&str> = text.lines().collect();
            let start = all.len().saturating_sub(lines);
            if all.is_empty() {
                format!("({} is empty)", path.display())
            } else {
                format!(
                    "last lines of {}:\n{}",
                    path.display(),
                    all[start..].join("\n")
                )
            }
        }
        Err(error) => format!("({} unreadable: {error})", path.display()),
    }
}

/// Finds a system program on `PATH` or in the sbin directories, which a non-login root shell or
/// a CI runner's `PATH` may lack (`xrdp`, `ip` and `iptables` live in `/usr/sbin`).
pub fn find_program(name: &str) -> Result<PathBuf> {
    let from_path = env::var_os("PATH")
        .map(|paths| env::split_paths(&paths).collect::<Vec<_>>())
        .unwrap_or_default();
    let extra = ["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"].map(PathBuf::from);
    from_path
        .into_iter()
        .chain(extra)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .with_context(|| {
            format!(
                "`{name}` not found: install the test dependencies with tests/setup/install-deps.sh"
            )
        })
}

/// An exclusive flock on `path` (created if missing), held until the file is dropped: one
/// process (or thread) at a time builds a binary or sets up a Wine prefix.
pub fn lock_file(path: &Path) -> Result<File> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    rustix::fs::flock(&file, rustix::fs::FlockOperation::LockExclusive)
        .with_context(|| format!("locking {}", path.display()))?;
    Ok(file)
}
