//! The commands the page may call (each gated by its own permission, see build.rs).

use std::path::PathBuf;

use rdp_doctor_diagnose::actions::{self, FixAction, Platform};
use rdp_doctor_diagnose::{capitalise, render};
use rdp_doctor_engine::config::Preset;
use rdp_doctor_engine::offers::{self, Offers};
use rdp_doctor_engine::{ProbeEvent, input, send};
use rdp_doctor_model::{Area, CheckResult, ErrorCode, Organisation, Report, Target, WatchSample};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// Progress of one run, streamed to the page through its own channel.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum CheckEvent {
    /// The rows to show, grey, before anything runs, and what the check is of as the report
    /// will name it (a pasted link or command line without its credentials).
    Plan {
        rows: Vec<PlannedRow>,
        shown: String,
    },
    Started {
        area: Area,
    },
    /// A row's final colour, as soon as its evidence is in.
    Row {
        row: CheckResult,
    },
    Finished {
        report: Box<Report>,
    },
}

#[derive(Clone, Debug, Serialize)]
pub struct PlannedRow {
    area: Area,
    label: &'static str,
}

/// Errors as `{code, message}` for the page; `message` is shown to the user as it is.
#[derive(Debug, Serialize)]
pub struct UiError {
    code: &'static str,
    message: String,
}

impl UiError {
    fn new(code: &'static str, message: impl Into<String>) -> UiError {
        UiError {
            code,
            message: message.into(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Message {
    message: String,
}

#[derive(Debug, Serialize)]
pub struct AppInfo {
    version: &'static str,
    platform: &'static str,
    /// The `.rdp` file the app was started with, the first time the page asks.
    open_file: Option<String>,
    /// IT's organisation and support contact, for the header.
    organisation: Option<Organisation>,
    /// One-click checks from IT's config, run by index with `run_preset`.
    presets: Vec<PresetInfo>,
    /// The configured PC the target field starts with.
    target: Option<String>,
    /// Why IT's config file was ignored (or one setting was), in one sentence.
    config_notice: Option<String>,
    /// Whether "Send to IT" can work: the config names a support e-mail address.
    send_to_it: bool,
}

/// A preset as the page shows it; the page runs it by its index, never by its path.
#[derive(Debug, Serialize)]
pub struct PresetInfo {
    label: String,
    /// "pc" or "rdp_file".
    kind: &'static str,
}

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
    let org = &state.org.config;
    let presets = org.presets();
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        platform: Platform::current().as_str(),
        open_file,
        organisation: org.organisation.clone(),
        target: presets.iter().find_map(|p| match p {
            Preset::Pc(_) => Some(p.label()),
            Preset::RdpFile(_) => None,
        }),
        presets: presets
            .iter()
            .map(|p| PresetInfo {
                label: p.label(),
                kind: match p {
                    Preset::Pc(_) => "pc",
                    Preset::RdpFile(_) => "rdp_file",
                },
            })
            .collect(),
        config_notice: state.org.notice(),
        send_to_it: support_email(&state).is_some(),
    }
}

fn support_email(state: &State<'_, AppState>) -> Option<String> {
    state
        .org
        .config
        .organisation
        .as_ref()
        .and_then(|o| o.support.email.clone())
}

fn parse_error_code(code: Option<String>) -> Result<Option<ErrorCode>, UiError> {
    match code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c) => ErrorCode::parse(c)
            .map(Some)
            .map_err(|e| UiError::new("bad_error_code", capitalise(&e.to_string()))),
    }
}

#[tauri::command]
pub async fn run_check(
    state: State<'_, AppState>,
    target: String,
    error_code: Option<String>,
    on_event: Channel<CheckEvent>,
) -> Result<Report, UiError> {
    let error_code = parse_error_code(error_code)?;
    // The same rules as the command line: a name, an rdp:// link or a FreeRDP/mstsc line. The
    // configured gateway goes with the configured PCs (or every PC when none are listed).
    let parsed = input::target_from_text(&target).map(|t| state.org.config.with_gateway(t));
    // The report (and the header) show the text without any password or user name in it.
    let shown = input::shown_input(&target);
    run(state, shown, parsed, error_code, on_event).await
}

#[tauri::command]
pub async fn run_check_rdp_file(
    state: State<'_, AppState>,
    path: PathBuf,
    error_code: Option<String>,
    on_event: Channel<CheckEvent>,
) -> Result<Report, UiError> {
    let error_code = parse_error_code(error_code)?;
    let parsed = input::target_from_rdp_file(&path);
    run(
        state,
        path.display().to_string(),
        parsed,
        error_code,
        on_event,
    )
    .await
}

/// Checks a PC or the `.rdp` file of IT's config, by its index in `app_info`'s presets: the
/// page never passes a path or an address for them.
#[tauri::command]
pub async fn run_preset(
    state: State<'_, AppState>,
    index: usize,
    error_code: Option<String>,
    on_event: Channel<CheckEvent>,
) -> Result<Report, UiError> {
    let error_code = parse_error_code(error_code)?;
    let preset = state
        .org
        .config
        .presets()
        .into_iter()
        .nth(index)
        .ok_or_else(|| UiError::new("unknown_preset", "That check is not in IT's list."))?;
    let label = preset.label();
    let (shown, parsed) = match preset {
        Preset::Pc(target) => (label, Ok(target)),
        Preset::RdpFile(path) => (
            path.display().to_string(),
            input::target_from_rdp_file(&path),
        ),
    };
    run(state, shown, parsed, error_code, on_event).await
}

async fn run(
    state: State<'_, AppState>,
    shown: String,
    parsed: Result<Target, input::BadInput>,
    error_code: Option<ErrorCode>,
    on_event: Channel<CheckEvent>,
) -> Result<Report, UiError> {
    let has_gateway = parsed.as_ref().is_ok_and(|t| t.gateway.is_some());
    let rows = Area::ALL
        .iter()
        .filter(|&&area| area != Area::Gateway || has_gateway)
        .map(|&area| PlannedRow {
            area,
            label: area.label(),
        })
        .collect();
    let _ = on_event.send(CheckEvent::Plan {
        rows,
        shown: shown.clone(),
    });
    let org = state.org.config.clone();
    let target = match parsed {
        Ok(t) => t,
        Err(bad) => {
            let report = rdp_doctor_engine::bad_input_report(&shown, &bad, error_code, &org);
            return Ok(finish(&state, report, &on_event));
        }
    };
    let _ = on_event.send(CheckEvent::Row {
        row: rdp_doctor_diagnose::input_row(&target),
    });
    let channel = on_event.clone();
    let row_target = target.clone();
    let task = tauri::async_runtime::spawn(async move {
        let on_probe = move |event: ProbeEvent| match event {
            ProbeEvent::Started(area) => {
                let _ = channel.send(CheckEvent::Started { area });
            }
            ProbeEvent::Finished { area, evidence } => {
                if let Some(row) =
                    rdp_doctor_engine::row_so_far(&row_target, error_code, &evidence, area)
                {
                    let _ = channel.send(CheckEvent::Row { row });
                }
            }
        };
        rdp_doctor_engine::check(
            &shown,
            &target,
            error_code,
            &org.check_config(None),
            &org,
            &on_probe,
        )
        .await
    });
    let abort = task.inner().abort_handle();
    if let Ok(mut running) = state.running.lock() {
        // A new check replaces one still running.
        if let Some(previous) = running.replace(abort) {
            previous.abort();
        }
    }
    let outcome = task.await;
    match outcome {
        Ok(report) => Ok(finish(&state, report, &on_event)),
        Err(_) => Err(UiError::new("cancelled", "The check was cancelled.")),
    }
}

/// Host mode: checks this PC as a Remote Desktop host. `RDP_DOCTOR_FACTS_DIR` replays
/// recorded Windows outputs instead (support and tests).
#[tauri::command]
pub async fn run_host_check(
    state: State<'_, AppState>,
    on_event: Channel<CheckEvent>,
) -> Result<Report, UiError> {
    let rows = Area::HOST
        .iter()
        .map(|&area| PlannedRow {
            area,
            label: area.label(),
        })
        .collect();
    let _ = on_event.send(CheckEvent::Plan {
        rows,
        shown: "This PC".into(),
    });
    let from = rdp_doctor_engine::FactsFrom::from_env();
    let org = state.org.config.clone();
    let task =
        tauri::async_runtime::spawn(
            async move { rdp_doctor_engine::host_check(&from, &org).await },
        );
    let abort = task.inner().abort_handle();
    if let Ok(mut running) = state.running.lock()
        && let Some(previous) = running.replace(abort)
    {
        previous.abort();
    }
    match task.await {
        Ok(report) => Ok(finish(&state, report, &on_event)),
        Err(_) => Err(UiError::new("cancelled", "The check was cancelled.")),
    }
}

fn finish(state: &State<'_, AppState>, report: Report, on_event: &Channel<CheckEvent>) -> Report {
    let _ = on_event.send(CheckEvent::Finished {
        report: Box::new(report.clone()),
    });
    if let Ok(mut current) = state.report.lock() {
        *current = Some(report.clone());
    }
    report
}

/// Live samples while watching the connection.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum WatchEvent {
    Sample {
        sample: WatchSample,
        attempts: usize,
        failed: usize,
    },
    Finished {
        report: Box<Report>,
    },
}

/// Watches the current report's connection for `seconds` (1 to 600), one attempt a second;
/// cancelled like a check. The page passes only a duration: the address comes from the report.
#[tauri::command]
pub async fn watch_connection(
    state: State<'_, AppState>,
    seconds: u64,
    on_event: Channel<WatchEvent>,
) -> Result<Report, UiError> {
    let report = current_report(&state)?;
    // The report carries the target it was made for.
    let target = report.target.clone().ok_or_else(|| {
        UiError::new(
            "nothing_to_watch",
            "There is nothing to watch: the last check could not understand the computer's name.",
        )
    })?;
    let duration = std::time::Duration::from_secs(seconds.clamp(1, 600));
    let org = state.org.config.clone();
    let channel = on_event.clone();
    let task = tauri::async_runtime::spawn(async move {
        let on_sample = move |sample: &WatchSample, all: &[WatchSample]| {
            let _ = channel.send(WatchEvent::Sample {
                sample: sample.clone(),
                attempts: all.len(),
                failed: all.iter().filter(|s| s.failure.is_some()).count(),
            });
        };
        rdp_doctor_engine::watch(
            &report,
            &target,
            duration,
            &org.check_config(None),
            &org,
            &on_sample,
        )
        .await
    });
    if let Ok(mut running) = state.running.lock()
        && let Some(previous) = running.replace(task.inner().abort_handle())
    {
        previous.abort();
    }
    match task.await {
        Ok(Some(report)) => {
            let _ = on_event.send(WatchEvent::Finished {
                report: Box::new(report.clone()),
            });
            if let Ok(mut current) = state.report.lock() {
                *current = Some(report.clone());
            }
            Ok(report)
        }
        Ok(None) => Err(UiError::new(
            "nothing_to_watch",
            "There is nothing to watch: the remote PC's port did not answer.",
        )),
        Err(_) => Err(UiError::new("cancelled", "Watching was stopped.")),
    }
}

#[tauri::command]
pub fn cancel_check(state: State<'_, AppState>) {
    if let Some(handle) = state.running.lock().ok().and_then(|mut r| r.take()) {
        handle.abort();
    }
}

#[tauri::command]
pub async fn pick_rdp_file(app: AppHandle) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title("Open the Remote Desktop file from your IT department")
        .add_filter("Remote Desktop file", &["rdp"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

fn current_report(state: &State<'_, AppState>) -> Result<Report, UiError> {
    state
        .report
        .lock()
        .ok()
        .and_then(|r| r.clone())
        .ok_or_else(|| UiError::new("no_report", "Run a check first."))
}

/// What the page offers beside the current report (watching the connection, the words of the
/// confirmation before a fix the app acts on), decided by `engine::offers`.
#[tauri::command]
pub fn report_offers(state: State<'_, AppState>) -> Result<Offers, UiError> {
    current_report(&state).map(|report| offers::offers(&report))
}

/// Sends a Wake-on-LAN packet for the MAC address the user typed, when the current report
/// offers `fix.wake_on_lan`. The address is validated here; the packet goes to the broadcast
/// address of the interface whose network holds the PC the report checked.
#[tauri::command]
pub async fn wake_pc(state: State<'_, AppState>, mac: String) -> Result<Message, UiError> {
    let report = current_report(&state)?;
    rdp_doctor_engine::wake_reported(&report, &mac)
        .await
        .map(|message| Message { message })
        .map_err(|e| {
            let code = if e.contains("not part of the current report") {
                "unknown_fix"
            } else {
                "wake"
            };
            UiError::new(code, capitalise(&e))
        })
}

/// Runs a fix of the current report, by id. The page cannot pass commands, addresses or URIs:
/// the action comes from the backend's own report.
#[tauri::command]
pub async fn run_fix(
    app: AppHandle,
    state: State<'_, AppState>,
    fix_id: String,
) -> Result<Message, UiError> {
    let report = current_report(&state)?;
    let fix = report
        .findings
        .iter()
        .flat_map(|f| f.fixes.iter())
        .find(|f| f.id == fix_id)
        .ok_or_else(|| {
            UiError::new("unknown_fix", "That fix is not part of the current report.")
        })?;
    let message = match actions::plan(fix, Platform::current()) {
        FixAction::Copy { text, message } => {
            app.clipboard().write_text(text).map_err(|e| {
                UiError::new("clipboard", format!("Could not use the clipboard: {e}"))
            })?;
            message
        }
        FixAction::OpenUri { uri, message } => {
            open::that_detached(&uri)
                .map_err(|e| UiError::new("open", format!("Could not open the app store: {e}")))?;
            message
        }
        FixAction::Launch {
            program,
            args,
            message,
        } => {
            std::process::Command::new(&program)
                .args(&args)
                .spawn()
                .map_err(|e| UiError::new("launch", format!("Could not start {program}: {e}")))?;
            message
        }
        FixAction::Run {
            program,
            args,
            message,
        } => {
            let mut command = tokio::process::Command::new(&program);
            command
                .args(&args)
                .stdin(std::process::Stdio::null())
                .kill_on_drop(true);
            let output = tokio::time::timeout(std::time::Duration::from_secs(15), command.output())
                .await
                .map_err(|_| UiError::new("run", format!("{program} did not finish in time.")))?
                .map_err(|e| UiError::new("run", format!("Could not start {program}: {e}")))?;
            if !output.status.success() {
                let said = String::from_utf8_lossy(&output.stderr);
                let first = said.lines().map(str::trim).find(|l| !l.is_empty());
                return Err(UiError::new(
                    "run",
                    match first {
                        Some(line) => format!("{program} said: {line}"),
                        None => format!("{program} failed ({}).", output.status),
                    },
                ));
            }
            message
        }
        FixAction::OpenRdpFile {
            file_name,
            contents,
            message,
        } => {
            let path = std::env::temp_dir().join(file_name);
            std::fs::write(&path, contents).map_err(|e| {
                UiError::new(
                    "launch",
                    format!("Could not write the connection file: {e}"),
                )
            })?;
            open::that_detached(&path).map_err(|e| {
                UiError::new(
                    "launch",
                    format!("No Remote Desktop app opened the connection file: {e}"),
                )
            })?;
            message
        }
        FixAction::Explain { message } => message,
    };
    Ok(Message { message })
}

#[tauri::command]
pub fn copy_report(app: AppHandle, state: State<'_, AppState>) -> Result<Message, UiError> {
    let report = current_report(&state)?;
    app.clipboard()
        .write_text(render::text(&report, false))
        .map_err(|e| UiError::new("clipboard", format!("Could not use the clipboard: {e}")))?;
    Ok(Message {
        message: "The report is on the clipboard: paste it into your support ticket.".into(),
    })
}

#[tauri::command]
pub async fn save_report(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<Message>, UiError> {
    let report = current_report(&state)?;
    let name = report
        .target
        .as_ref()
        .map(|t| {
            t.host
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
                .collect::<String>()
        })
        .unwrap_or_default();
    let Some(path) = app
        .dialog()
        .file()
        .set_title("Save the report for your IT department")
        .set_file_name(format!("rdp-doctor-{name}.html"))
        .add_filter("Web page", &["html"])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
    else {
        return Ok(None);
    };
    let html_path = path.with_extension("html");
    let json_path = path.with_extension("json");
    let json =
        serde_json::to_string_pretty(&report).map_err(|e| UiError::new("save", e.to_string()))?;
    std::fs::write(&html_path, render::html(&report))
        .and_then(|()| std::fs::write(&json_path, json))
        .map_err(|e| UiError::new("save", format!("Could not save the report: {e}")))?;
    Ok(Some(Message {
        message: format!("Saved {} and {}.", html_path.display(), json_path.display()),
    }))
}

/// "Send to IT": saves the current report (HTML and JSON) in Documents/RDP Doctor, then opens
/// an e-mail to IT's support address with the short report and where the files are.
#[tauri::command]
pub async fn send_to_it(state: State<'_, AppState>) -> Result<Message, UiError> {
    let report = current_report(&state)?;
    let email = support_email(&state).ok_or_else(|| {
        UiError::new(
            "no_support_email",
            "IT's config file names no e-mail address to send the report to.",
        )
    })?;
    // Files and the mail program: off the async workers.
    let sent = tauri::async_runtime::spawn_blocking(move || {
        let saved = send::save_report(&report, &send::reports_folder())
            .map_err(|e| UiError::new("save", format!("Could not save the report: {e}")))?;
        let opened = open::that_detached(send::mail_to_it(&report, &email, &saved));
        Ok::<_, UiError>((saved, opened, email))
    })
    .await
    .map_err(|e| UiError::new("save", format!("Could not save the report: {e}")))??;
    let (saved, opened, email) = sent;
    let files = format!(
        "Saved the report as {} (and {})",
        saved.html.display(),
        saved
            .json
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    );
    match opened {
        Ok(()) => Ok(Message {
            message: format!(
                "{files}. Your e-mail app opens a message to {email}: attach that file, then send it."
            ),
        }),
        Err(e) => Err(UiError::new(
            "no_mail_app",
            format!("{files}, but no e-mail app opened ({e}): send that file to {email} yourself."),
        )),
    }
}

/// Opens IT's support web page from the config (validated as http(s) when it was read).
#[tauri::command]
pub fn open_support_page(state: State<'_, AppState>) -> Result<Message, UiError> {
    let web = state
        .org
        .config
        .organisation
        .as_ref()
        .and_then(|o| o.support.web.clone())
        .ok_or_else(|| UiError::new("no_support_page", "IT's config file names no web page."))?;
    open::that_detached(&web)
        .map_err(|e| UiError::new("open", format!("Could not open {web}: {e}")))?;
    Ok(Message {
        message: format!("Opened {web} in your web browser."),
    })
}
