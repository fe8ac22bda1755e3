//! The current report on its way to IT: the clipboard, a saved file, an e-mail, the support
//! page. Dialogs and the clipboard belong to the front end; what goes in them is decided here.

use std::path::Path;

use rdp_doctor_diagnose::render;

use super::{Clipboard, Session, SessionError};
use crate::{send, words};

impl Session {
    /// The current report as text on the clipboard (`copy` is the front end's clipboard).
    pub fn copy_report(&self, copy: &Clipboard<'_>) -> Result<String, SessionError> {
        let report = self.current_report()?;
        copy(render::text(&report, false)).map_err(SessionError::Clipboard)?;
        Ok(words::report_copied())
    }

    /// The name a save dialog suggests: the checked computer's name, reduced to characters
    /// every file system takes.
    pub fn report_file_name(&self) -> Result<String, SessionError> {
        let report = self.current_report()?;
        let name: String = report
            .target
            .as_ref()
            .map(|t| {
                t.host
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
                    .collect()
            })
            .unwrap_or_default();
        Ok(format!("rdp-doctor-{name}.html"))
    }

    /// Saves the current report where the user chose: HTML there, JSON beside it.
    pub fn save_report(&self, path: &Path) -> Result<String, SessionError> {
        let report = self.current_report()?;
        let html_path = path.with_extension("html");
        let json_path = path.with_extension("json");
        let json =
            serde_json::to_string_pretty(&report).map_err(|e| SessionError::Save(e.to_string()))?;
        std::fs::write(&html_path, render::html(&report))
            .and_then(|()| std::fs::write(&json_path, json))
            .map_err(|e| SessionError::Save(e.to_string()))?;
        Ok(words::saved_both(html_path.display(), json_path.display()))
    }

    /// "Send to IT": saves the current report in Documents/RDP Doctor, then opens an e-mail to
    /// IT's support address with the short report and where the files are.
    pub async fn send_to_it(&self) -> Result<String, SessionError> {
        let report = self.current_report()?;
        let email = self.support_email().ok_or(SessionError::NoSupportEmail)?;
        // Files and the mail program block: off the async workers.
        let sent = tokio::task::spawn_blocking(move || {
            let saved = send::save_report(&report, &send::reports_folder())
                .map_err(|e| SessionError::Save(e.to_string()))?;
            let opened = open::that_detached(send::mail_to_it(&report, &email, &saved));
            Ok::<_, SessionError>((saved, opened, email))
        })
        .await
        .map_err(|e| SessionError::Save(e.to_string()))??;
        let (saved, opened, email) = sent;
        let json_name = saved
            .json
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let files = words::sent_files(saved.html.display(), &json_name);
        match opened {
            Ok(()) => Ok(words::mail_opened(&files, &email)),
            Err(e) => Err(SessionError::NoMailApp {
                files,
                why: e.to_string(),
                email,
            }),
        }
    }

    /// Opens IT's support web page from the config (validated as http(s) when it was read).
    pub fn open_support_page(&self) -> Result<String, SessionError> {
        let web = self
            .org()
            .organisation
            .as_ref()
            .and_then(|o| o.support.web.clone())
            .ok_or(SessionError::NoSupportPage)?;
        open::that_detached(&web).map_err(|e| SessionError::OpenPage {
            web: web.clone(),
            why: e.to_string(),
        })?;
        Ok(words::page_opened(&web))
    }

    pub(super) fn support_email(&self) -> Option<String> {
        self.org()
            .organisation
            .as_ref()
            .and_then(|o| o.support.email.clone())
    }
}
