//! Who runs the commands: this machine ([`SystemRunner`], each command with a deadline) or a
//! recording of another one ([`ReplayRunner`]), and how their output is decoded.

use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use rdp_doctor_model::Fact;

/// One command whose output is a fact; `id` names its recording (`<id>.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactCommand {
    pub id: &'static str,
    pub program: &'static str,
    pub args: &'static [&'static str],
}

impl FactCommand {
    /// As IT would type it, for the evidence.
    pub fn display(&self) -> String {
        let mut s = self.program.to_string();
        for a in self.args {
            s.push(' ');
            if a.contains(' ') && !a.starts_with('"') {
                s.push('"');
                s.push_str(a);
                s.push('"');
            } else {
                s.push_str(a);
            }
        }
        s
    }
}

/// What a command printed. Windows tools print in the console's code page or UTF-16;
/// runners hand over text decoded as well as they can.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommandOutput {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Why a command gave no output to read. Its text becomes the fact's `reason` in the evidence
/// (what IT reads), unchanged from when these were plain strings.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error("it did not finish within {seconds} s")]
    TimedOut { seconds: u64 },
    #[error("{program} is not installed")]
    NotInstalled { program: String },
    #[error("it could not be started ({0})")]
    CouldNotStart(String),
    #[error("no recording {id}.txt")]
    NoRecording { id: String },
    /// A recording of a command that could not run: the reason saved with it.
    #[error("{0}")]
    Recorded(String),
}

pub trait Runner: Sync {
    /// Err: the command could not run or did not finish in time.
    fn run(
        &self,
        command: &FactCommand,
    ) -> impl Future<Output = Result<CommandOutput, RunError>> + Send;
}

/// Runs commands on this machine, each killed at its deadline.
#[derive(Clone, Debug)]
pub struct SystemRunner {
    pub deadline: Duration,
}

impl Default for SystemRunner {
    fn default() -> Self {
        SystemRunner {
            deadline: Duration::from_secs(8),
        }
    }
}

impl Runner for SystemRunner {
    async fn run(&self, command: &FactCommand) -> Result<CommandOutput, RunError> {
        let mut c = tokio::process::Command::new(command.program);
        c.args(command.args)
            .stdin(std::process::Stdio::null())
            .kill_on_drop(true);
        #[cfg(windows)]
        c.creation_flags(0x0800_0000); // CREATE_NO_WINDOW: no console flashing over the app.
        match tokio::time::timeout(self.deadline, c.output()).await {
            Err(_) => Err(RunError::TimedOut {
                seconds: self.deadline.as_secs(),
            }),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::NotFound => Err(RunError::NotInstalled {
                program: command.program.to_string(),
            }),
            Ok(Err(e)) => Err(RunError::CouldNotStart(e.to_string())),
            Ok(Ok(out)) => Ok(CommandOutput {
                success: out.status.success(),
                stdout: decode(&out.stdout),
                stderr: decode(&out.stderr),
            }),
        }
    }
}

/// Reads `<dir>/<id>.txt` (stdout) and, when present, `<dir>/<id>.err` (stderr; its presence
/// also marks the command as failed). An `.err` alone is a command that could not run.
#[derive(Clone, Debug)]
pub struct ReplayRunner {
    pub dir: PathBuf,
}

impl Runner for ReplayRunner {
    async fn run(&self, command: &FactCommand) -> Result<CommandOutput, RunError> {
        let read = |ext: &str| std::fs::read(self.dir.join(format!("{}.{ext}", command.id)));
        let stdout = read("txt");
        let stderr = read("err");
        match (stdout, stderr) {
            (Err(_), Err(_)) => Err(RunError::NoRecording {
                id: command.id.to_string(),
            }),
            // `record` saves only the reason when the command could not run at all.
            (Err(_), Ok(reason)) => Err(RunError::Recorded(decode(&reason).trim().to_string())),
            (out, err) => Ok(CommandOutput {
                success: err.is_err(),
                stdout: out.map(|b| decode(&b)).unwrap_or_default(),
                stderr: err.map(|b| decode(&b)).unwrap_or_default(),
            }),
        }
    }
}

/// UTF-16LE (PowerShell redirected on Windows) or UTF-8, with or without a BOM; anything else
/// lossily, since the parsers anchor on ASCII.
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

/// Where host facts come from: this machine, or a recording of another one.
pub trait FactSource: Runner {
    /// Whether Windows commands should run: on Windows, or when replaying recordings of them.
    fn reads_windows(&self) -> bool;
    /// A recording is judged as of the moment it was made (`recorded-at.txt`, unix seconds):
    /// a certificate valid then is not "expired" because the recording is old.
    fn recorded_at(&self) -> Option<i64> {
        None
    }
    /// A recording carries whether the port answered there (`listening.txt`: true/false);
    /// this machine is probed instead.
    fn recorded_listening(&self) -> Option<Fact<bool>> {
        None
    }
}

impl FactSource for SystemRunner {
    fn reads_windows(&self) -> bool {
        cfg!(windows)
    }
}

impl FactSource for ReplayRunner {
    fn reads_windows(&self) -> bool {
        true
    }

    fn recorded_at(&self) -> Option<i64> {
        std::fs::read_to_string(self.dir.join(RECORDED_AT))
            .ok()?
            .trim()
            .parse()
            .ok()
    }

    fn recorded_listening(&self) -> Option<Fact<bool>> {
        let source = format!("{LISTENING} in {}", self.dir.display());
        let text = std::fs::read_to_string(self.dir.join(LISTENING)).ok()?;
        Some(match text.trim() {
            "true" => Fact::Read {
                value: true,
                source,
            },
            "false" => Fact::Read {
                value: false,
                source,
            },
            other => Fact::Unavailable {
                source,
                reason: format!("it says {:?}, not true or false", truncate(other, 20)),
            },
        })
    }
}

pub(super) const RECORDED_AT: &str = "recorded-at.txt";
pub(super) const LISTENING: &str = "listening.txt";

pub(super) fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
