//! Every sentence the session hands to a front end (errors, confirmations, dialog titles), in
//! one place so they can move to the message catalogue together. Findings' wording is not
//! here: it belongs to `rdp_doctor_diagnose`.

use std::fmt::Display;

/// What a host-mode check is of, as the window's header shows it.
pub const THIS_PC: &str = "This PC";

pub const UNKNOWN_PRESET: &str = "That check is not in IT's list.";
pub const NOTHING_TO_CHECK: &str =
    "please name the computer to check, e.g. rdp-doctor check pc.example.com";
pub const CANCELLED: &str = "The check was cancelled.";
pub const WATCH_STOPPED: &str = "Watching was stopped.";
pub const NO_REPORT: &str = "Run a check first.";
pub const NO_TARGET_TO_WATCH: &str =
    "There is nothing to watch: the last check could not understand the computer's name.";
pub const NO_ANSWER_TO_WATCH: &str =
    "There is nothing to watch: the remote PC's port did not answer.";
pub const UNKNOWN_FIX: &str = "That fix is not part of the current report.";
pub const WAKE_NOT_OFFERED: &str = "Waking the PC is not part of the current report";
pub const NO_SUPPORT_EMAIL: &str =
    "IT's config file names no e-mail address to send the report to.";
pub const NO_SUPPORT_PAGE: &str = "IT's config file names no web page.";
pub const REPORT_COPIED: &str =
    "The report is on the clipboard: paste it into your support ticket.";

pub const PICK_RDP_FILE_TITLE: &str = "Open the Remote Desktop file from your IT department";
pub const RDP_FILE_FILTER: &str = "Remote Desktop file";
pub const SAVE_REPORT_TITLE: &str = "Save the report for your IT department";
pub const HTML_FILTER: &str = "Web page";

pub fn clipboard_failed(why: &str) -> String {
    format!("Could not use the clipboard: {why}")
}

pub fn store_failed(why: &str) -> String {
    format!("Could not open the app store: {why}")
}

pub fn could_not_start(program: &str, why: &str) -> String {
    format!("Could not start {program}: {why}")
}

pub fn too_slow(program: &str) -> String {
    format!("{program} did not finish in time.")
}

/// A fix's program failed: its first line on stderr, else its exit status.
pub fn program_failed(program: &str, said: Option<&str>, status: &str) -> String {
    match said {
        Some(line) => format!("{program} said: {line}"),
        None => format!("{program} failed ({status})."),
    }
}

pub fn rdp_file_unwritten(why: &str) -> String {
    format!("Could not write the connection file: {why}")
}

pub fn rdp_file_unopened(why: &str) -> String {
    format!("No Remote Desktop app opened the connection file: {why}")
}

pub fn save_failed(why: &str) -> String {
    format!("Could not save the report: {why}")
}

pub fn saved_both(html: impl Display, json: impl Display) -> String {
    format!("Saved {html} and {json}.")
}

/// The first half of "Send to IT"'s answer, whether or not the mail program opened.
pub fn sent_files(html: impl Display, json_name: &str) -> String {
    format!("Saved the report as {html} (and {json_name})")
}

pub fn mail_opened(files: &str, email: &str) -> String {
    format!("{files}. Your e-mail app opens a message to {email}: attach that file, then send it.")
}

pub fn no_mail_app(files: &str, why: &str, email: &str) -> String {
    format!("{files}, but no e-mail app opened ({why}): send that file to {email} yourself.")
}

pub fn page_failed(web: &str, why: &str) -> String {
    format!("Could not open {web}: {why}")
}

pub fn page_opened(web: &str) -> String {
    format!("Opened {web} in your web browser.")
}
