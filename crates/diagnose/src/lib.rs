//! Diagnosis: a pure function from what the probes saw to findings a non-technical person
//! understands, each with its evidence and fixes as data.
//!
//! Architecture invariant: no I/O and no clock here — "now" comes in through [`Context`],
//! so every rule is tested as a table (evidence in, finding ids out).

pub mod actions;
pub mod catalogue;
pub mod error_codes;
mod finding;
pub mod fixes;
mod host_report;
mod rank;
pub mod render;
mod report;
mod rules;
pub mod shell;
pub mod words;

pub use host_report::{host_checks, host_report};
pub use report::{ReportTimes, area_label, assemble_report, checks, input_error_report, input_row};
pub use rules::diagnose;
pub use rules::host::diagnose_host;
pub use words::{capitalise, sentence};

use rdp_doctor_model::{ErrorCode, Target};

/// What a diagnosis needs besides the evidence.
#[derive(Clone, Debug)]
pub struct Context<'a> {
    pub target: &'a Target,
    /// Unix seconds at the time of the check (for certificate dates).
    pub now_unix: i64,
    pub error_code: Option<ErrorCode>,
}
