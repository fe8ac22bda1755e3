//! IT's portable config, `rdp-doctor.toml`: the organisation, its support contact, the PCs (or
//! the `.rdp` file) to check, the fixes to offer, the time budget and the language.
//!
//! Found, in this order: the file given with `--config`; `rdp-doctor.toml` beside the program
//! (IT's portable zip); the per-user one ([`user_dir`]). [`parse`] is pure: text in, an
//! [`OrgConfig`] or one [`ConfigProblem`] out, whose sentence names the file, the line and the
//! key. A broken file leaves RDP Doctor on its defaults; it never stops the app.
//!
//! The document is read with toml's spanned parser ([`DeTable`]) rather than serde's derive:
//! every key and value keeps its position, so each problem (an unknown key, a wrong type, a bad
//! e-mail address) names its own line and key in words IT can act on, where serde's messages
//! name a Rust type and not the key.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use rdp_doctor_diagnose::t;
use rdp_doctor_model::{Fix, Gateway, Organisation, Report, Target};
use rdp_doctor_probe::CheckConfig;

/// The config file's name, beside the program and in the per-user folder.
pub const FILE_NAME: &str = "rdp-doctor.toml";
/// A config is a few hundred bytes; anything this large is not one.
pub const MAX_BYTES: usize = 64 * 1024;

mod discovery;
mod parse;

pub use discovery::{Found, Loaded, Origin, Places, find, load, read, user_dir};
pub use parse::parse;

/// What IT's config says, validated. `Default` is "no config": RDP Doctor as shipped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrgConfig {
    /// The organisation and its support contact; `None` when the file names neither.
    pub organisation: Option<Organisation>,
    /// `[check] pcs`: the computers to offer, in the file's order.
    pub pcs: Vec<Target>,
    /// `[check] gateway`: the RD Gateway in front of the PCs.
    pub gateway: Option<Gateway>,
    /// `[check] rdp_file`, resolved against the config file's folder.
    pub rdp_file: Option<PathBuf>,
    /// `[check] timeout`: the whole check's budget when none is given on the command line.
    pub timeout: Option<Duration>,
    pub fixes: FixPolicy,
    /// `language`: the language IT fixes for everyone (`None`: the computer's, or the user's
    /// pick in the app).
    pub language: Option<&'static str>,
    /// A setting that was not applied while the rest was (a language RDP Doctor does not speak
    /// yet), to tell IT about.
    pub note: Option<ConfigProblem>,
}

/// `[fixes]`: which fixes the reports offer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FixPolicy {
    /// Fix ids never offered.
    pub hide: BTreeSet<String>,
    /// Hide every fix that needs administrator rights.
    pub hide_admin: bool,
}

impl FixPolicy {
    pub fn offers(&self, fix: &Fix) -> bool {
        !(self.hide.contains(&fix.id) || (self.hide_admin && fix.needs_admin))
    }
}

/// Something to check with one click: a configured PC or the configured `.rdp` file.
#[derive(Clone, Debug, PartialEq)]
pub enum Preset {
    /// With the configured gateway, when there is one.
    Pc(Target),
    RdpFile(PathBuf),
}

impl Preset {
    /// The button's text: the PC's name (with its port when not 3389) or the file's name.
    pub fn label(&self) -> String {
        match self {
            Preset::Pc(t) if t.port == rdp_doctor_model::DEFAULT_RDP_PORT => t.host.clone(),
            Preset::Pc(t) => t.to_string(),
            Preset::RdpFile(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into(),
            ),
        }
    }
}

impl OrgConfig {
    /// The configured PCs (each with the configured gateway), then the `.rdp` file.
    pub fn presets(&self) -> Vec<Preset> {
        self.pcs
            .iter()
            .map(|t| Preset::Pc(self.with_gateway(t.clone())))
            .chain(self.rdp_file.clone().map(Preset::RdpFile))
            .collect()
    }

    /// The configured gateway for a typed target: for the configured PCs, or for every
    /// computer when the file lists none. A gateway the target already has (from `--gateway`)
    /// stays.
    pub fn with_gateway(&self, mut target: Target) -> Target {
        let configured = self.pcs.is_empty()
            || self
                .pcs
                .iter()
                .any(|pc| pc.host.eq_ignore_ascii_case(&target.host) && pc.port == target.port);
        if target.gateway.is_none() && configured {
            target.gateway.clone_from(&self.gateway);
        }
        target
    }

    /// The check's budget: the one given on the command line, else the config's, else the
    /// default.
    pub fn check_config(&self, given: Option<Duration>) -> CheckConfig {
        given
            .or(self.timeout)
            .map_or_else(CheckConfig::default, CheckConfig::with_budget)
    }

    /// Stamps the organisation on a finished report and takes out the fixes IT hides, so
    /// nothing downstream (the app's `run_fix` included) can offer one.
    pub fn finish(&self, mut report: Report) -> Report {
        report.organisation.clone_from(&self.organisation);
        for finding in &mut report.findings {
            finding.fixes.retain(|fix| self.fixes.offers(fix));
        }
        report
    }
}

// ------------------------------------------------------------------------------- problems

/// What becomes of a file with a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consequence {
    /// The whole file is ignored.
    Defaults,
    /// Only the language is ignored: the computer's is used.
    SystemLanguage,
}

/// One problem with a config file, as one sentence: "rdp-doctor.toml, line 7: "timeout" must be
/// a number of seconds from 1 to 300; RDP Doctor runs on its defaults."
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The file as found or given.
    pub file: String,
    pub line: Option<usize>,
    /// The key the problem is about, as written in the file.
    pub key: Option<String>,
    /// What is wrong: a fragment naming the key.
    pub what: String,
    pub consequence: Consequence,
}

impl ConfigProblem {
    fn whole_file(file: &str, what: String) -> ConfigProblem {
        ConfigProblem {
            file: file.to_string(),
            line: None,
            key: None,
            what,
            consequence: Consequence::Defaults,
        }
    }

    /// Where and what, without the consequence: for a file given on the command line, which
    /// stops the CLI instead.
    pub fn fact(&self) -> String {
        match self.line {
            Some(line) => t!(
                "config-problem_on_line",
                file = &self.file,
                line = line.to_string(),
                what = &self.what
            ),
            None => t!("config-problem", file = &self.file, what = &self.what),
        }
    }

    /// The sentence to show: where, what, and what RDP Doctor does about it.
    pub fn sentence(&self) -> String {
        let fact = self.fact();
        let fact = fact.strip_suffix('.').unwrap_or(&fact);
        match self.consequence {
            Consequence::Defaults => t!("config-runs_on_defaults", fact = fact),
            Consequence::SystemLanguage => t!("config-uses_system_language", fact = fact),
        }
    }
}

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence())
    }
}
