// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    prefer_cpu_rendering();
    // Before Tauri starts: without WebView2 it would show its own English dialog and exit.
    #[cfg(windows)]
    if let Err(reason) = rdp_doctor_desktop::webview2::runtime_version() {
        rdp_doctor_desktop::webview2::explain_missing(&reason);
        std::process::exit(1);
    }
    rdp_doctor_desktop::run();
}

/// WebKitGTK's DMA-BUF renderer costs ~200 ms of start-up and ~95 MB in the web process
/// (measured under Xvfb: 0.95 s → 0.78 s to a painted window, 268 → 174 MB RSS), and on some
/// GPU drivers paints a blank window. Our page is a static form; CPU rendering is ample. A
/// user's own setting of the variable wins.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn prefer_cpu_rendering() {
    const VAR: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if std::env::var_os(VAR).is_none() {
        // SAFETY: first statement of main, before any thread exists, so nothing reads the
        // environment concurrently (the reason set_var is unsafe).
        unsafe { std::env::set_var(VAR, "1") };
    }
}
