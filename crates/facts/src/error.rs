/// Why a command's output could not be read. The messages are plain sentences for IT; the
/// command is named as the collector runs it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The command printed nothing, or only blank lines.
    #[error("the output of `{command}` is empty")]
    Empty { command: &'static str },
    /// A line or field every successful run prints is not there.
    #[error("the output of `{command}` has no {what}")]
    Missing {
        command: &'static str,
        what: &'static str,
    },
    /// A line or field is there but its value cannot be read; `text` is the offending part,
    /// shortened.
    #[error("the output of `{command}` has {what} that cannot be read: `{text}`")]
    Invalid {
        command: &'static str,
        what: &'static str,
        text: String,
    },
    /// The command said access is denied: run as administrator to read this.
    #[error("`{command}` was denied access; run it as administrator to read this")]
    AccessDenied { command: &'static str },
    /// The command printed an error of its own instead of a result.
    #[error("`{command}` failed: {message}")]
    Failed {
        command: &'static str,
        message: String,
    },
    /// PowerShell's output is not the JSON `ConvertTo-Json` prints.
    #[error("the output of `{command}` is not valid JSON: {reason}")]
    Json {
        command: &'static str,
        reason: String,
    },
}

impl ParseError {
    pub(crate) fn invalid(command: &'static str, what: &'static str, text: &str) -> Self {
        ParseError::Invalid {
            command,
            what,
            text: crate::text::clip(text),
        }
    }
}
