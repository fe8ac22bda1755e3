// Listing the app's commands makes Tauri generate one permission per command, so the
// capability file can grant exactly these and nothing else.
fn main() {
    let commands = &[
        "app_info",
        "run_check",
        "run_check_rdp_file",
        "run_host_check",
        "pick_rdp_file",
        "cancel_check",
        "watch_connection",
        "run_fix",
        "wake_pc",
        "copy_report",
        "save_report",
        "run_preset",
        "send_to_it",
        "open_support_page",
        "page_view",
        "page_words",
        "dropped_file",
        "language",
        "set_language",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}
