use std::sync::Mutex;

use rdp_doctor_model::{Report, Target};
use tokio::task::AbortHandle;

/// What the shell remembers between commands: the running check (to cancel it) and the last
/// finished report (the only source of fixes the page may run).
#[derive(Debug, Default)]
pub struct AppState {
    pub running: Mutex<Option<AbortHandle>>,
    pub report: Mutex<Option<Report>>,
    /// The target of the current report, for watching the same connection.
    pub target: Mutex<Option<Target>>,
}
