//! RDP Doctor's desktop shell: Tauri commands that hand off to the engine, a per-run progress
//! channel, and fixes run by id from the backend's own copy of the current report.
//!
//! Architecture invariant: no diagnosis here. The page names a fix id; what runs is planned by
//! `rdp_doctor_diagnose::actions` from the report this process produced.

mod commands;
mod state;
pub mod webview2;

pub use commands::CheckEvent;

/// Builds and runs the app (called from `main`).
pub fn run() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(state::AppState::from_args(std::env::args_os().skip(1)))
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::run_check,
            commands::run_check_rdp_file,
            commands::run_host_check,
            commands::pick_rdp_file,
            commands::cancel_check,
            commands::watch_connection,
            commands::run_fix,
            commands::wake_pc,
            commands::copy_report,
            commands::save_report,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("RDP Doctor could not start: {e}");
        std::process::exit(1);
    }
}
