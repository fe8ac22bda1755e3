//! The commands the page may call (each gated by its own permission, see build.rs): adapters
//! from Tauri to `rdp_doctor_engine::Session`, which holds every decision and every sentence.

use std::path::PathBuf;

use rdp_doctor_engine::session::{self, AppInfo, Request, What};
use rdp_doctor_engine::{CheckEvent, FactsFrom, SessionError, WatchEvent, words};
use rdp_doctor_model::Report;
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// Errors as `{code, message}` for the page; `message` is shown to the user as it is.
#[derive(Debug, Serialize)]
pub struct UiError {
    code: &'static str,
    message: String,
}

impl From<SessionError> for UiError {
    fn from(e: SessionError) -> UiError {
        UiError {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Message {
    message: String,
}

impl From<String> for Message {
    fn from(message: String) -> Message {
        Message { message }
    }
}

type Answer<T> = Result<T, UiError>;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    // The page asks for this once its script has wired every control: the moment the window
    // is usable. `cargo xtask bench --startup` reads this line to time cold starts.
    if std::env::var_os("RDP_DOCTOR_TRACE_STARTUP").is_some() {
        eprintln!("rdp-doctor-desktop: page ready");
    }
    let open_file = state
        .open_at_start
        .lock()
        .ok()
        .and_then(|mut f| f.take())
        .map(|p| p.to_string_lossy().into_owned());
    state.session.app_info(open_file)
}

async fn run(
    state: State<'_, AppState>,
    what: What,
    error_code: Option<String>,
    on_event: Channel<CheckEvent>,
) -> Answer<Report> {
    let error_code = session::parse_error_code(error_code.as_deref())?;
    let plan = state.session.plan(Request::new(what, error_code))?;
    let send = |event| {
        let _ = on_event.send(event);
    };
    Ok(state.session.run(plan, &send).await?)
}

#[tauri::command]
pub async fn run_check(
    state: State<'_, AppState>,
    target: String,
    error_code: Option<String>,
    on_event: Channel<CheckEvent>,
) -> Answer<Report> {
    run(state, What::Text(target), error_code, on_event).await
}

#[tauri::command]
pub async fn run_check_rdp_file(
    state: State<'_, AppState>,
    path: PathBuf,
    error_code: Option<String>,
    on_event: Channel<CheckEvent>,
) -> Answer<Report> {
    run(state, What::RdpFile(path), error_code, on_event).await
}

/// A PC or the `.rdp` file of IT's config, by its index in `app_info`'s presets.
#[tauri::command]
pub async fn run_preset(
    state: State<'_, AppState>,
    index: usize,
    error_code: Option<String>,
    on_event: Channel<CheckEvent>,
) -> Answer<Report> {
    run(state, What::Preset(index), error_code, on_event).await
}

/// Host mode; `RDP_DOCTOR_FACTS_DIR` replays recorded Windows outputs (support and tests).
#[tauri::command]
pub async fn run_host_check(
    state: State<'_, AppState>,
    on_event: Channel<CheckEvent>,
) -> Answer<Report> {
    run(state, What::Host(FactsFrom::from_env()), None, on_event).await
}

/// Watches the current report's connection; the page passes only a duration.
#[tauri::command]
pub async fn watch_connection(
    state: State<'_, AppState>,
    seconds: u64,
    on_event: Channel<WatchEvent>,
) -> Answer<Report> {
    let send = |event| {
        let _ = on_event.send(event);
    };
    Ok(state
        .session
        .watch(session::page_watch(seconds), &send)
        .await?)
}

#[tauri::command]
pub fn cancel_check(state: State<'_, AppState>) {
    state.session.cancel();
}

#[tauri::command]
pub async fn pick_rdp_file(app: AppHandle) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(words::pick_rdp_file_title())
        .add_filter(words::rdp_file_filter(), &["rdp"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

#[tauri::command]
pub async fn wake_pc(state: State<'_, AppState>, mac: String) -> Answer<Message> {
    Ok(state.session.wake(&mac).await?.into())
}

/// Runs a fix of the current report, by id: the page cannot pass commands, addresses or URIs.
#[tauri::command]
pub async fn run_fix(
    app: AppHandle,
    state: State<'_, AppState>,
    fix_id: String,
) -> Answer<Message> {
    let copy = clipboard(&app);
    Ok(state.session.run_fix(&fix_id, &copy).await?.into())
}

#[tauri::command]
pub fn copy_report(app: AppHandle, state: State<'_, AppState>) -> Answer<Message> {
    Ok(state.session.copy_report(&clipboard(&app))?.into())
}

#[tauri::command]
pub async fn save_report(app: AppHandle, state: State<'_, AppState>) -> Answer<Option<Message>> {
    let name = state.session.report_file_name()?;
    let Some(path) = app
        .dialog()
        .file()
        .set_title(words::save_report_title())
        .set_file_name(name)
        .add_filter(words::html_filter(), &["html"])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
    else {
        return Ok(None);
    };
    Ok(Some(state.session.save_report(&path)?.into()))
}

#[tauri::command]
pub async fn send_to_it(state: State<'_, AppState>) -> Answer<Message> {
    Ok(state.session.send_to_it().await?.into())
}

#[tauri::command]
pub fn open_support_page(state: State<'_, AppState>) -> Answer<Message> {
    Ok(state.session.open_support_page()?.into())
}

fn clipboard(app: &AppHandle) -> impl Fn(String) -> Result<(), String> + Send + Sync + '_ {
    move |text| app.clipboard().write_text(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_errors_reach_the_page_as_code_and_sentence() {
        let json = |e: SessionError| serde_json::to_value(UiError::from(e)).ok();
        assert_eq!(
            json(SessionError::Cancelled),
            Some(serde_json::json!({"code": "cancelled", "message": "The check was cancelled."}))
        );
        let unknown = json(SessionError::UnknownFix);
        assert_eq!(
            unknown.as_ref().map(|v| &v["code"]),
            Some(&"unknown_fix".into())
        );
    }
}
