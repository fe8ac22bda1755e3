//! Windows: the app's window needs Microsoft Edge WebView2 Runtime. Windows 11 and current
//! Windows 10 ship it, but a trimmed or old PC may not have it; Tauri's own answer is an English
//! dialog with a download link and nothing else. Ours says what is missing, that the
//! command-line checker beside the app still works, and where IT gets the runtime.

/// The runtime's version, or why it cannot be found.
pub fn runtime_version() -> Result<String, String> {
    tauri::webview_version().map_err(|e| e.to_string())
}

/// What the user reads when the runtime is missing; `folder` is where the app (and the CLI
/// shipped beside it) lives.
pub fn missing_message(folder: &str) -> String {
    format!(
        "RDP Doctor cannot open its window: this PC does not have Microsoft Edge WebView2 \
         Runtime, the part of Windows that shows windows like RDP Doctor's.\n\n\
         You can still check your connection with the command-line checker in the same folder:\n\
         1. Open the folder {folder}\n\
         2. Click the address bar, type cmd and press Enter.\n\
         3. Type  rdp-doctor check NAME-OF-THE-PC  and press Enter.\n\n\
         For IT: WebView2 Runtime is free from Microsoft \
         (https://developer.microsoft.com/microsoft-edge/webview2/, the Evergreen Standalone \
         Installer). It needs no restart; Windows 11 and current Windows 10 already include it."
    )
}

/// Shows [`missing_message`] in a Windows message box (and on stderr, for IT running the app
/// from a console), then returns once the user has read it.
#[cfg(windows)]
#[allow(unsafe_code)]
pub fn explain_missing(reason: &str) {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MB_ICONWARNING, MB_OK, MessageBoxW};
    let folder = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|p| p.display().to_string()))
        .unwrap_or_else(|| "where RDP Doctor is".to_string());
    let text = missing_message(&folder);
    eprintln!("{text}\n({reason})");
    let wide = |s: &str| s.encode_utf16().chain(Some(0)).collect::<Vec<u16>>();
    let (text, title) = (wide(&text), wide("RDP Doctor"));
    // SAFETY: both pointers are NUL-terminated UTF-16 buffers that outlive the call; a null
    // owner window is allowed.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            title.as_ptr(),
            MB_OK | MB_ICONWARNING,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::missing_message;

    #[test]
    fn the_message_names_what_is_missing_the_cli_and_where_it_comes_from() {
        let text = missing_message(r"C:\Tools\RDP Doctor");
        for needle in [
            "WebView2 Runtime",
            r"C:\Tools\RDP Doctor",
            "rdp-doctor check",
            "https://developer.microsoft.com/microsoft-edge/webview2/",
        ] {
            assert!(text.contains(needle), "{needle} missing from {text}");
        }
    }
}
