//! Where the file is looked for, and reading it: size cap and text encodings.

use std::io::Read;
use std::path::{Path, PathBuf};

use rdp_doctor_diagnose::t;

use super::{ConfigProblem, FILE_NAME, MAX_BYTES, OrgConfig, parse};

/// How the file was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// `--config FILE`.
    Given,
    /// Beside the program: IT's portable zip.
    BesideProgram,
    /// The per-user config folder.
    ThisUser,
}

/// A config file and how it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub origin: Origin,
}

/// Where this process looks for a config, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Places {
    /// The program's folder, and for a macOS app bundle the folder that holds the `.app` too
    /// (inside the bundle is no place for IT to put a file).
    pub program_dirs: Vec<PathBuf>,
    /// The per-user config folder of RDP Doctor.
    pub user_dir: Option<PathBuf>,
}

impl Places {
    /// The places for a program at `exe`, with the system's per-user config folder
    /// `config_home` (`%APPDATA%`, `$XDG_CONFIG_HOME` or `~/.config`, `~/Library/Application
    /// Support`). Pure.
    pub fn for_program(exe: &Path, config_home: Option<&Path>) -> Places {
        let mut program_dirs: Vec<PathBuf> =
            exe.parent().map(Path::to_path_buf).into_iter().collect();
        let bundle = exe
            .parent()
            .filter(|d| d.ends_with("Contents/MacOS"))
            .and_then(Path::parent)
            .and_then(Path::parent)
            .filter(|app| app.extension().is_some_and(|e| e == "app"))
            .and_then(Path::parent);
        program_dirs.extend(bundle.map(Path::to_path_buf));
        Places {
            program_dirs,
            user_dir: config_home.map(user_dir),
        }
    }

    /// The places of the running program.
    pub fn of_this_process() -> Places {
        let config_home = dirs::config_dir();
        match std::env::current_exe() {
            Ok(exe) => Places::for_program(&exe, config_home.as_deref()),
            Err(_) => Places {
                program_dirs: Vec::new(),
                user_dir: config_home.as_deref().map(user_dir),
            },
        }
    }

    /// Every file looked for, in order.
    pub fn candidates(&self) -> Vec<Found> {
        let beside = self.program_dirs.iter().map(|d| Found {
            path: d.join(FILE_NAME),
            origin: Origin::BesideProgram,
        });
        let user = self.user_dir.iter().map(|d| Found {
            path: d.join(FILE_NAME),
            origin: Origin::ThisUser,
        });
        beside.chain(user).collect()
    }
}

/// RDP Doctor's folder in the per-user config folder: `RDP Doctor` on Windows and macOS,
/// `rdp-doctor` on Linux (the XDG custom).
pub fn user_dir(config_home: &Path) -> PathBuf {
    if cfg!(any(windows, target_os = "macos")) {
        config_home.join("RDP Doctor")
    } else {
        config_home.join("rdp-doctor")
    }
}

/// The file to read: the given one (even when missing, so that is reported), else the first
/// candidate that exists.
pub fn find(given: Option<&Path>, places: &Places) -> Option<Found> {
    match given {
        Some(path) => Some(Found {
            path: path.to_path_buf(),
            origin: Origin::Given,
        }),
        None => places.candidates().into_iter().find(|c| c.path.is_file()),
    }
}

/// Reads and parses one file: at most [`MAX_BYTES`], UTF-8 (with or without a BOM) or UTF-16
/// with a BOM (as Notepad saves "Unicode").
pub fn read(path: &Path) -> Result<OrgConfig, ConfigProblem> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => t!("config-no_such_file"),
            _ => t!("config-unopened", why = e.to_string()),
        };
        ConfigProblem::whole_file(&shown, why)
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ConfigProblem::whole_file(&shown, t!("config-unread", why = e.to_string())))?;
    let text = decode(&bytes).map_err(|line| {
        let mut problem = ConfigProblem::whole_file(&shown, t!("config-not_text"));
        problem.line = line;
        problem
    })?;
    parse(&text, path)
}

/// The file's text, or the line of the first byte that is not UTF-8.
fn decode(bytes: &[u8]) -> Result<String, Option<usize>> {
    let utf16 = |big_endian: bool, body: &[u8]| {
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|p| {
                if big_endian {
                    u16::from_be_bytes([p[0], p[1]])
                } else {
                    u16::from_le_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| None)
    };
    match bytes {
        [0xFF, 0xFE, body @ ..] => utf16(false, body),
        [0xFE, 0xFF, body @ ..] => utf16(true, body),
        _ => std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
            let before = &bytes[..e.valid_up_to()];
            Some(before.iter().filter(|&&b| b == b'\n').count() + 1)
        }),
    }
}

/// The config this process runs with, how it was found, and its problem when it is broken.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The file's settings, or the defaults when there is no file or it is broken.
    pub config: OrgConfig,
    pub found: Option<Found>,
    /// Why the file was ignored.
    pub problem: Option<ConfigProblem>,
}

impl Loaded {
    /// A file given with `--config` that is missing or broken: the CLI stops there (exit 3).
    pub fn given_and_broken(&self) -> bool {
        self.problem.is_some()
            && self
                .found
                .as_ref()
                .is_some_and(|f| f.origin == Origin::Given)
    }

    /// The sentence to show about the file, if any: why it was ignored, or a setting that was.
    pub fn notice(&self) -> Option<String> {
        self.problem
            .as_ref()
            .or(self.config.note.as_ref())
            .map(ConfigProblem::sentence)
    }
}

/// Finds and reads the config ([`find`], [`read`]); a broken file leaves the defaults.
pub fn load(given: Option<&Path>, places: &Places) -> Loaded {
    let Some(found) = find(given, places) else {
        return Loaded::default();
    };
    match read(&found.path) {
        Ok(config) => Loaded {
            config,
            found: Some(found),
            problem: None,
        },
        Err(problem) => Loaded {
            config: OrgConfig::default(),
            found: Some(found),
            problem: Some(problem),
        },
    }
}
