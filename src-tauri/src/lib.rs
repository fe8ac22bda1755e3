//! RDP Doctor's desktop shell: Tauri commands that hand off to the engine's `Session`, with a
//! progress channel per run.
//!
//! Architecture invariant: no diagnosis, planning or wording here. The page names a fix id;
//! the session plans and runs it from the report this process produced.

mod commands;
mod page;
mod state;
pub mod webview2;

pub use rdp_doctor_engine::CheckEvent;

/// Builds and runs the app (called from `main`).
pub fn run() {
    let args = state::StartArgs::parse(std::env::args_os().skip(1));
    // IT's config: `--config FILE`, beside the program, or the user's. A broken one leaves the
    // defaults; the page shows why.
    let org = rdp_doctor_engine::config::load(
        args.config.as_deref(),
        &rdp_doctor_engine::config::Places::of_this_process(),
    );
    let state = state::AppState::new(args.rdp_file, org);
    // The language: IT's config fixes it; else RDP_DOCTOR_LANG, else the computer's. The
    // user's pick in the menu comes from the page (it remembers it) through `set_language`.
    {
        use rdp_doctor_engine::language::{environment, system};
        state
            .session
            .start_language(environment().as_deref(), &system());
    }
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
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
            commands::run_preset,
            commands::send_to_it,
            commands::open_support_page,
            page::page_view,
            page::page_words,
            page::dropped_file,
            page::language,
            page::set_language,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("RDP Doctor could not start: {e}");
        std::process::exit(1);
    }
}
