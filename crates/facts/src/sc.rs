//! `sc queryex TermService` and `sc qc TermService`.
//!
//! The labels are translated (`STATE` is `STATUS` on German Windows, `START_TYPE` is
//! `STARTTYP`), the numbers after the colon are not: they are the `SERVICE_*` constants of the
//! Win32 API. The label is the first anchor; a line whose value reads `<n>  <CONSTANT>` with a
//! known constant name (`RUNNING`, `DEMAND_START`, …) is the fallback for other languages.

use rdp_doctor_model::{ServiceState, ServiceStatus, StartType};

use crate::ParseError;
use crate::text;

const QUERYEX: &str = "sc queryex";
const QC: &str = "sc qc";

const STATES: [(u32, &str, ServiceState); 7] = [
    (1, "STOPPED", ServiceState::Stopped),
    (2, "START_PENDING", ServiceState::StartPending),
    (3, "STOP_PENDING", ServiceState::StopPending),
    (4, "RUNNING", ServiceState::Running),
    (5, "CONTINUE_PENDING", ServiceState::ContinuePending),
    (6, "PAUSE_PENDING", ServiceState::PausePending),
    (7, "PAUSED", ServiceState::Paused),
];

const START_TYPES: [(u32, &str, StartType); 5] = [
    (0, "BOOT_START", StartType::Boot),
    (1, "SYSTEM_START", StartType::System),
    (2, "AUTO_START", StartType::Automatic),
    (3, "DEMAND_START", StartType::Manual),
    (4, "DISABLED", StartType::Disabled),
];

/// The service state from `sc queryex <service>` (`STATE : 4  RUNNING`).
pub fn parse_sc_queryex(text: &str) -> Result<ServiceState, ParseError> {
    let result = text::require_text(text, QUERYEX).and_then(|()| {
        let number = field(text, &["STATE", "STATUS"], &STATES, QUERYEX, "STATE line")?;
        STATES
            .iter()
            .find(|(n, _, _)| *n == number)
            .map(|(_, _, state)| *state)
            .ok_or_else(|| ParseError::invalid(QUERYEX, "a STATE line", &number.to_string()))
    });
    text::or_denied(result, text, QUERYEX)
}

/// The start type from `sc qc <service>` (`START_TYPE : 3   DEMAND_START`).
pub fn parse_sc_qc(text: &str) -> Result<StartType, ParseError> {
    let result = text::require_text(text, QC).and_then(|()| {
        let number = field(
            text,
            &["START_TYPE", "STARTTYP"],
            &START_TYPES,
            QC,
            "START_TYPE line",
        )?;
        START_TYPES
            .iter()
            .find(|(n, _, _)| *n == number)
            .map(|(_, _, start)| *start)
            .ok_or_else(|| ParseError::invalid(QC, "a START_TYPE line", &number.to_string()))
    });
    text::or_denied(result, text, QC)
}

/// Both outputs together. The start type is optional: when `sc qc` could not be read, the
/// state alone still answers "is Remote Desktop running".
pub fn service_status(queryex: &str, qc: &str) -> Result<ServiceStatus, ParseError> {
    Ok(ServiceStatus {
        state: parse_sc_queryex(queryex)?,
        start_type: parse_sc_qc(qc).ok(),
    })
}

/// The number of the field labelled one of `labels`, or else of the line whose value names
/// one of the `constants`.
fn field<T>(
    text: &str,
    labels: &[&str],
    constants: &[(u32, &str, T)],
    command: &'static str,
    what: &'static str,
) -> Result<u32, ParseError> {
    let mut fallback = None;
    for line in text::lines(text) {
        let Some((label, value)) = line.split_once(':') else {
            continue;
        };
        let label = label.trim();
        let mut words = value.split_whitespace();
        let number = words.next();
        if labels.iter().any(|l| label.eq_ignore_ascii_case(l)) {
            return number
                .and_then(|n| n.parse::<u32>().ok())
                .ok_or_else(|| ParseError::invalid(command, "a value", line));
        }
        let constant = words.next().unwrap_or_default();
        if fallback.is_none() && constants.iter().any(|(_, name, _)| *name == constant) {
            fallback = number.and_then(|n| n.parse::<u32>().ok());
        }
    }
    if let Some(number) = fallback {
        return Ok(number);
    }
    if let Some(message) = failure(text) {
        return Err(ParseError::Failed { command, message });
    }
    Err(ParseError::Missing { command, what })
}

/// `[SC] OpenService FAILED 1060:` and the sentence after it, in one line.
fn failure(text: &str) -> Option<String> {
    let mut lines = text::lines(text).map(str::trim);
    let line = lines
        .by_ref()
        .find(|l| l.starts_with("[SC]") && (l.contains(" FAILED ") || l.contains(" FEHLER ")))?;
    let detail = lines.find(|l| !l.is_empty()).unwrap_or_default();
    Some(text::clip(&format!("{line} {detail}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_in_another_language_falls_back_to_the_constant() {
        let french = "NOM_SERVICE: TermService\r\n        TYPE               : 20  WIN32_SHARE_PROCESS\r\n        \u{c9}TAT               : 1  STOPPED\r\n";
        assert_eq!(parse_sc_queryex(french), Ok(ServiceState::Stopped));
        let type_only = "        TYPE               : 20  WIN32_SHARE_PROCESS\r\n";
        assert!(matches!(
            parse_sc_queryex(type_only),
            Err(ParseError::Missing { .. })
        ));
    }

    #[test]
    fn unknown_numbers_are_errors() {
        assert!(matches!(
            parse_sc_queryex("        STATE              : 9  STRANGE\r\n"),
            Err(ParseError::Invalid { .. })
        ));
        assert!(matches!(
            parse_sc_qc("        START_TYPE         : x\r\n"),
            Err(ParseError::Invalid { .. })
        ));
    }

    #[test]
    fn service_status_tolerates_an_unreadable_qc() {
        let status = service_status("        STATE              : 4  RUNNING\r\n", "");
        assert_eq!(
            status,
            Ok(ServiceStatus {
                state: ServiceState::Running,
                start_type: None
            })
        );
    }
}
