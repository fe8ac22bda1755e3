//! The page's own commands: what it shows beside the current report and its words, both
//! decided by `rdp_doctor_engine::page` (thin adapters, like `commands.rs`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use rdp_doctor_engine::language::LanguageState;
use rdp_doctor_engine::page::{self, PageView, Refused};
use rdp_doctor_engine::session::LanguageChange;
use tauri::State;

use crate::commands::UiError;
use crate::state::AppState;

/// The current report's offers and how its findings and fixes show (problems, what leads,
/// each fix's button); rejects `{code: "no_report"}`.
#[tauri::command]
pub fn page_view(state: State<'_, AppState>) -> Result<PageView, UiError> {
    Ok(state.session.page_view()?)
}

/// Every sentence of the page's own, by catalogue key, placeholders kept as `{name}`.
#[tauri::command]
pub fn page_words() -> BTreeMap<String, String> {
    page::words()
}

/// Which of the files dropped onto the window is checked; rejects `{code: "not_an_rdp_file"}`.
#[tauri::command]
pub fn dropped_file(paths: Vec<PathBuf>) -> Result<PathBuf, Refused> {
    page::dropped_rdp_file(&paths)
}

/// The language the words are in, why, whether IT fixed it, and the languages on offer.
#[tauri::command]
pub fn language(state: State<'_, AppState>) -> LanguageState {
    state.session.language()
}

/// The user's pick in the language menu; the current report comes back worded in it.
/// Rejects `{code: "language_fixed"}` (IT's config) or `{code: "unknown_language"}`.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, tag: String) -> Result<LanguageChange, UiError> {
    Ok(state.session.set_language(&tag)?)
}
