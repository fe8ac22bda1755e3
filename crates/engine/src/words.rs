//! Every sentence the session hands to a front end (errors, confirmations, dialog titles), read
//! from the message catalogue (`rdp_doctor_diagnose`'s `messages/<language>.ftl`, section
//! "The app's session"); the names here only say which message is meant. Findings' wording is
//! not here: it belongs to `rdp_doctor_diagnose`.

use std::fmt::Display;

use rdp_doctor_diagnose::t;

/// What a host-mode check is of, as the window's header shows it.
pub fn this_pc() -> String {
    t!("session-this_pc")
}

/// The language menu's refusal (and its explanation) when IT's config fixes the language.
pub fn language_fixed() -> String {
    t!("page-language-fixed")
}

pub fn language_not_offered(tag: &str) -> String {
    t!("page-language-unknown", tag = tag)
}

pub fn unknown_preset() -> String {
    t!("session-unknown_preset")
}

pub fn nothing_to_check() -> String {
    t!("session-nothing_to_check")
}

pub fn cancelled() -> String {
    t!("session-cancelled")
}

pub fn watch_stopped() -> String {
    t!("session-watch_stopped")
}

pub fn no_report() -> String {
    t!("session-no_report")
}

pub fn no_target_to_watch() -> String {
    t!("session-no_target_to_watch")
}

pub fn no_answer_to_watch() -> String {
    t!("session-no_answer_to_watch")
}

pub fn unknown_fix() -> String {
    t!("session-unknown_fix")
}

pub fn wake_not_offered() -> String {
    t!("session-wake_not_offered")
}

pub fn no_support_email() -> String {
    t!("session-no_support_email")
}

pub fn no_support_page() -> String {
    t!("session-no_support_page")
}

pub fn report_copied() -> String {
    t!("session-report_copied")
}

pub fn pick_rdp_file_title() -> String {
    t!("session-pick_rdp_file.title")
}

pub fn rdp_file_filter() -> String {
    t!("session-pick_rdp_file.filter")
}

pub fn save_report_title() -> String {
    t!("session-save_report.title")
}

pub fn html_filter() -> String {
    t!("session-save_report.filter")
}

pub fn clipboard_failed(why: &str) -> String {
    t!("session-clipboard_failed", why = why)
}

pub fn store_failed(why: &str) -> String {
    t!("session-store_failed", why = why)
}

pub fn could_not_start(program: &str, why: &str) -> String {
    t!("session-could_not_start", program = program, why = why)
}

pub fn too_slow(program: &str) -> String {
    t!("session-too_slow", program = program)
}

/// A fix's program failed: its first line on stderr, else its exit status.
pub fn program_failed(program: &str, said: Option<&str>, status: &str) -> String {
    match said {
        Some(line) => t!("session-program_said", program = program, line = line),
        None => t!("session-program_failed", program = program, status = status),
    }
}

pub fn rdp_file_unwritten(why: &str) -> String {
    t!("session-rdp_file_unwritten", why = why)
}

pub fn rdp_file_unopened(why: &str) -> String {
    t!("session-rdp_file_unopened", why = why)
}

pub fn save_failed(why: &str) -> String {
    t!("session-save_failed", why = why)
}

pub fn saved_both(html: impl Display, json: impl Display) -> String {
    t!(
        "session-saved_both",
        html = html.to_string(),
        json = json.to_string()
    )
}

/// The first half of "Send to IT"'s answer, whether or not the mail program opened.
pub fn sent_files(html: impl Display, json_name: &str) -> String {
    t!(
        "session-sent_files",
        html = html.to_string(),
        json = json_name
    )
}

pub fn mail_opened(files: &str, email: &str) -> String {
    t!("session-mail_opened", files = files, email = email)
}

pub fn no_mail_app(files: &str, why: &str, email: &str) -> String {
    t!(
        "session-no_mail_app",
        files = files,
        why = why,
        email = email
    )
}

pub fn page_failed(web: &str, why: &str) -> String {
    t!("session-page_failed", web = web, why = why)
}

pub fn page_opened(web: &str) -> String {
    t!("session-page_opened", web = web)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words as they read before they moved to the catalogue, byte for byte.
    #[test]
    fn the_catalogue_says_what_the_code_said() {
        let said = [
            (this_pc(), "This PC"),
            (unknown_preset(), "That check is not in IT's list."),
            (
                nothing_to_check(),
                "please name the computer to check, e.g. rdp-doctor check pc.example.com",
            ),
            (
                wake_not_offered(),
                "Waking the PC is not part of the current report",
            ),
            (
                program_failed("netsh", Some("denied"), "exit 1"),
                "netsh said: denied",
            ),
            (
                program_failed("netsh", None, "exit status: 1"),
                "netsh failed (exit status: 1).",
            ),
            (saved_both("a.html", "a.json"), "Saved a.html and a.json."),
            (
                mail_opened(&sent_files("a.html", "a.json"), "it@example.com"),
                "Saved the report as a.html (and a.json). Your e-mail app opens a message to \
                 it@example.com: attach that file, then send it.",
            ),
            (
                no_mail_app("Saved x", "no app", "it@example.com"),
                "Saved x, but no e-mail app opened (no app): send that file to it@example.com \
                 yourself.",
            ),
            (html_filter(), "Web page"),
            (
                pick_rdp_file_title(),
                "Open the Remote Desktop file from your IT department",
            ),
        ];
        for (now, before) in said {
            assert_eq!(now, before);
        }
    }
}
