//! What a session tells its front end while it works, serialised exactly as the page reads it
//! (`ui/main.js`: `message.event` and the fields beside it).

use rdp_doctor_model::{Area, CheckResult, Organisation, Report, WatchSample};
use serde::Serialize;

/// Progress of one run, in order: `Plan`, then `Started`/`Row` as the probes go, then
/// `Finished` (absent when the run was cancelled).
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum CheckEvent {
    /// The rows to show, grey, before anything runs, and what the check is of as the report
    /// will name it (a pasted link or command line without its credentials).
    Plan {
        rows: Vec<PlannedRow>,
        shown: String,
        /// What the window's header calls it (`engine::page::header_name`).
        header: String,
    },
    Started {
        area: Area,
    },
    /// A row's final colour, as soon as its evidence is in.
    Row {
        row: CheckResult,
    },
    Finished {
        report: Box<Report>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlannedRow {
    pub area: Area,
    pub label: String,
}

/// Live samples while watching the connection.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum WatchEvent {
    Sample {
        sample: WatchSample,
        attempts: usize,
        failed: usize,
    },
    Finished {
        report: Box<Report>,
    },
}

/// What the window needs before the first check.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub version: &'static str,
    pub platform: &'static str,
    /// The `.rdp` file the app was started with, the first time the page asks.
    pub open_file: Option<String>,
    /// IT's organisation and support contact, for the header.
    pub organisation: Option<Organisation>,
    /// One-click checks from IT's config, run by index.
    pub presets: Vec<PresetInfo>,
    /// The configured PC the target field starts with.
    pub target: Option<String>,
    /// Why IT's config file was ignored (or one setting was), in one sentence.
    pub config_notice: Option<String>,
    /// Whether "Send to IT" can work: the config names a support e-mail address.
    pub send_to_it: bool,
}

/// A preset as the page shows it; the page runs it by its index, never by its path.
#[derive(Debug, Serialize)]
pub struct PresetInfo {
    pub label: String,
    /// "pc" or "rdp_file".
    pub kind: &'static str,
}
