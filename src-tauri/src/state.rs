use std::sync::Mutex;

use rdp_doctor_model::Report;
use tokio::task::AbortHandle;

/// What the shell remembers between commands: the running check (to cancel it) and the last
/// finished report (the only source of fixes the page may run).
#[derive(Debug, Default)]
pub struct AppState {
    pub running: Mutex<Option<AbortHandle>>,
    pub report: Mutex<Option<Report>>,
    /// A `.rdp` file the app was started with ("Open with RDP Doctor"), handed to the page once.
    pub open_at_start: Mutex<Option<std::path::PathBuf>>,
}

impl AppState {
    /// The state for a start with these command-line arguments: the first `.rdp` file among
    /// them is checked as soon as the window is ready.
    pub fn from_args(args: impl Iterator<Item = std::ffi::OsString>) -> AppState {
        let file = args
            .map(std::path::PathBuf::from)
            .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("rdp")));
        AppState {
            open_at_start: Mutex::new(file),
            ..AppState::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_rdp_file_among_the_arguments_is_opened() {
        let args = ["--flag", "notes.txt", "Office.RDP", "other.rdp"].map(std::ffi::OsString::from);
        let state = AppState::from_args(args.into_iter());
        let file = state.open_at_start.lock().ok().and_then(|f| f.clone());
        assert_eq!(file, Some(std::path::PathBuf::from("Office.RDP")));
        let none = AppState::from_args(std::iter::empty());
        assert!(none.open_at_start.lock().is_ok_and(|f| f.is_none()));
    }
}
