//! Why a session call did not give its result: one variant per reason, each with the stable
//! `code` the page branches on and the sentence (from `words`) it shows as it is.

use crate::words;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SessionError {
    /// The error code as the parser explains it (capitalised).
    #[error("{0}")]
    BadErrorCode(String),
    #[error("{}", words::unknown_preset())]
    UnknownPreset,
    /// The CLI was given no computer and IT's config names none.
    #[error("{}", words::nothing_to_check())]
    NothingToCheck,
    #[error("{}", words::cancelled())]
    Cancelled,
    #[error("{}", words::watch_stopped())]
    WatchStopped,
    #[error("{}", words::no_report())]
    NoReport,
    #[error("{}", words::no_target_to_watch())]
    NoTargetToWatch,
    #[error("{}", words::no_answer_to_watch())]
    NoAnswerToWatch,
    #[error("{}", words::unknown_fix())]
    UnknownFix,
    #[error("{}", words::wake_not_offered())]
    WakeNotOffered,
    /// Sending the wake-up packet failed, or the MAC address is not one (capitalised).
    #[error("{0}")]
    Wake(String),
    #[error("{}", words::clipboard_failed(.0))]
    Clipboard(String),
    #[error("{}", words::store_failed(.0))]
    OpenStore(String),
    #[error("{}", words::could_not_start(.program, .why))]
    Launch { program: String, why: String },
    #[error("{}", words::rdp_file_unwritten(.0))]
    RdpFileUnwritten(String),
    #[error("{}", words::rdp_file_unopened(.0))]
    RdpFileUnopened(String),
    #[error("{}", words::could_not_start(.program, .why))]
    RunStart { program: String, why: String },
    #[error("{}", words::too_slow(.program))]
    RunTimeout { program: String },
    #[error("{}", words::program_failed(.program, .said.as_deref(), .status))]
    RunFailed {
        program: String,
        said: Option<String>,
        status: String,
    },
    #[error("{}", words::save_failed(.0))]
    Save(String),
    #[error("{}", words::no_support_email())]
    NoSupportEmail,
    /// The report was saved (`files` says where), but no mail program opened.
    #[error("{}", words::no_mail_app(.files, .why, .email))]
    NoMailApp {
        files: String,
        why: String,
        email: String,
    },
    #[error("{}", words::no_support_page())]
    NoSupportPage,
    #[error("{}", words::page_failed(.web, .why))]
    OpenPage { web: String, why: String },
    /// IT's config fixes the language; the menu cannot change it.
    #[error("{}", words::language_fixed())]
    LanguageFixed,
    /// A language RDP Doctor does not speak (the tag as given).
    #[error("{}", words::language_not_offered(.0))]
    LanguageNotOffered(String),
}

impl SessionError {
    /// The code the page branches on (`ui/main.js`): stable, never shown.
    pub fn code(&self) -> &'static str {
        match self {
            SessionError::BadErrorCode(_) => "bad_error_code",
            SessionError::UnknownPreset => "unknown_preset",
            SessionError::NothingToCheck => "nothing_to_check",
            SessionError::Cancelled | SessionError::WatchStopped => "cancelled",
            SessionError::NoReport => "no_report",
            SessionError::NoTargetToWatch | SessionError::NoAnswerToWatch => "nothing_to_watch",
            SessionError::UnknownFix | SessionError::WakeNotOffered => "unknown_fix",
            SessionError::Wake(_) => "wake",
            SessionError::Clipboard(_) => "clipboard",
            SessionError::OpenStore(_) | SessionError::OpenPage { .. } => "open",
            SessionError::Launch { .. }
            | SessionError::RdpFileUnwritten(_)
            | SessionError::RdpFileUnopened(_) => "launch",
            SessionError::RunStart { .. }
            | SessionError::RunTimeout { .. }
            | SessionError::RunFailed { .. } => "run",
            SessionError::Save(_) => "save",
            SessionError::NoSupportEmail => "no_support_email",
            SessionError::NoMailApp { .. } => "no_mail_app",
            SessionError::NoSupportPage => "no_support_page",
            SessionError::LanguageFixed => "language_fixed",
            SessionError::LanguageNotOffered(_) => "unknown_language",
        }
    }
}
