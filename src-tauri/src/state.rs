use std::sync::Mutex;

use rdp_doctor_model::Report;
use tokio::task::AbortHandle;

/// What the shell remembers between commands: the running check (to cancel it) and the last
/// finished report (the only source of fixes the page may run).
#[derive(Debug, Default)]
pub struct AppState {
    pub running: Mutex<Option<AbortHandle>>,
    pub report: Mutex<Option<Report>>,
}
