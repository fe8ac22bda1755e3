//! Sans-IO parsers for the output of the standard Windows commands host mode and the client
//! checks run. Pure functions on text, compiled and tested on every platform against recorded
//! outputs in `samples/` (English and German Windows).
//!
//! Architecture invariant: no I/O, no clock, no panics on any input. Every parser is a plain
//! `fn(&str) -> …` so an async collector can call it on whatever the command printed. Where
//! Windows translates its output, the parsers anchor on what it does not translate: numbers,
//! registry value names, `REG_*` type names, GUIDs, rule ids, SDDL and JSON.
//!
//! - [`reg`]: `reg query` and the Remote Desktop settings in it.
//! - [`sc`]: `sc queryex` and `sc qc` for `TermService`.
//! - [`powercfg`]: `powercfg /query` for the sleep and hibernate timeouts.
//! - [`qwinsta`]: the session table.
//! - [`cmdkey`]: saved Remote Desktop credentials.
//! - [`powershell`]: `ConvertTo-Json` of firewall rules, certificates and the MachineKeys folder.
//! - [`sddl`]: the access list of an SDDL string.

pub mod cmdkey;
pub mod network;
pub mod powercfg;
pub mod powershell;
pub mod qwinsta;
pub mod reg;
pub mod sc;
pub mod sddl;

mod error;
mod text;

pub use cmdkey::parse_cmdkey_list;
pub use error::ParseError;
pub use network::{interface_kind, linux_network, macos_network, windows_network};
pub use powercfg::parse_powercfg_setting;
pub use powershell::{parse_certificates, parse_firewall_rules, parse_machine_keys};
pub use qwinsta::parse_qwinsta;
pub use reg::{RegData, RegValue, parse_reg_query, rdp_settings, reg_not_found};
pub use sc::{parse_sc_qc, parse_sc_queryex, service_status};
pub use sddl::parse_sddl_dacl;

/// Whether a command's output (stdout or stderr) says access was denied, so the caller can
/// say "run as administrator to check this" instead of "could not read".
///
/// Recognizes the Win32 message in English and German, the `FAILED 5:` of `sc`, the
/// `Error [5]` of `qwinsta`, and PowerShell's `PermissionDenied` / `UnauthorizedAccess`
/// (error category and exception names are not translated).
pub fn access_denied(text: &str) -> bool {
    // Every phrase is ASCII, so ASCII lowering suffices, and it is much cheaper.
    let lower = text.to_ascii_lowercase();
    const PHRASES: &[&str] = &[
        "access is denied",
        "access denied",
        "zugriff verweigert",
        "permissiondenied",
        "unauthorizedaccess",
        "unauthorized operation",
        "nicht autorisierten vorgang",
    ];
    if PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    // PowerShell 7's concise error view prints only the message.
    if (lower.contains("access to the path") && lower.contains("is denied"))
        || (lower.contains("zugriff auf den pfad") && lower.contains("verweigert"))
    {
        return true;
    }
    // Error code 5 (ERROR_ACCESS_DENIED) as sc, net and qwinsta print it, in any language
    // where the word before it is one of these.
    [
        "failed 5:",
        "fehler 5:",
        "error [5]",
        "fehler [5]",
        "error 5 ",
        "systemfehler 5 ",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::access_denied;

    #[test]
    fn access_denied_in_every_form() {
        for text in [
            "ERROR: Access is denied.\r\n",
            "FEHLER: Zugriff verweigert\r\n",
            "[SC] OpenService FAILED 5:\r\n\r\nAccess is denied.\r\n",
            "[SC] OpenService FEHLER 5:\r\n\r\nZugriff verweigert\r\n",
            "Error [5]:Access is denied.\r\n",
            "    + CategoryInfo          : PermissionDenied: (C:\\ProgramData\\…:String) [Get-Acl], UnauthorizedAccessException",
            "Get-ChildItem: Access to the path 'C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys' is denied.",
            "Der Zugriff auf den Pfad \"C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys\" wurde verweigert.",
            "System error 5 has occurred.",
        ] {
            assert!(access_denied(text), "{text}");
        }
    }

    #[test]
    fn other_failures_are_not_access_denied() {
        for text in [
            "",
            "[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\r\n\r\nThe specified service does not exist as an installed service.\r\n",
            "[SC] OpenService FAILED 50:",
            "ERROR: The system was unable to find the specified registry key or value.",
            "        STATE              : 4  RUNNING",
        ] {
            assert!(!access_denied(text), "{text}");
        }
    }
}
