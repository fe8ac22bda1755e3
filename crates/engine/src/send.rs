//! "Send to IT": the full report saved as files (HTML to read, JSON for tools), and a `mailto:`
//! link to the support address whose body is the short text report and where those files are.
//!
//! A `mailto:` link cannot carry an attachment, and mail programs on Windows cut links much
//! longer than 2,000 characters, so the body is shortened to keep the whole link within
//! [`MAX_MAILTO`] and always ends by naming the saved file and asking to attach it.

use std::io::Write;
use std::path::{Path, PathBuf};

use rdp_doctor_diagnose::{render, t};
use rdp_doctor_model::{Report, ReportKind};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The longest `mailto:` link we hand to the mail program.
pub const MAX_MAILTO: usize = 1900;

// What the e-mail says besides the report is in the message catalogue (`mail-*`).

/// The files a report was saved as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub html: PathBuf,
    pub json: PathBuf,
}

/// Percent-encodes `text` for a `mailto:` link: every byte but the unreserved characters of
/// RFC 3986 (letters, digits, `-._~`), so `&`, `#`, `%`, `?`, spaces, line breaks and non-ASCII
/// letters (as UTF-8) cannot end or change a field. `keep` lists extra characters left as they
/// are (`@` in the address).
pub fn percent_encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Text with its line breaks as CRLF, the line break of an e-mail body (RFC 6068 §5).
fn crlf(text: &str) -> String {
    text.lines().collect::<Vec<_>>().join("\r\n")
}

/// `mailto:to?subject=…&body=…` within [`MAX_MAILTO`] characters: `body` is cut after its last
/// whole line that fits (with a note that it was shortened); `ending` always follows it.
pub fn mailto(to: &str, subject: &str, body: &str, ending: &str) -> String {
    let subject: String = subject.chars().take(150).collect();
    let head = format!(
        "mailto:{}?subject={}&body=",
        percent_encode(to, b"@"),
        percent_encode(&subject, b"")
    );
    let tail = percent_encode(&format!("\r\n\r\n{}", crlf(ending)), b"");
    let full = percent_encode(&crlf(body), b"");
    if head.len() + full.len() + tail.len() <= MAX_MAILTO {
        return format!("{head}{full}{tail}");
    }
    let note = percent_encode(&format!("\r\n{}", t!("mail-shortened")), b"");
    let budget = MAX_MAILTO.saturating_sub(head.len() + tail.len() + note.len());
    let mut kept = String::new();
    for line in body.lines() {
        let piece = if kept.is_empty() {
            percent_encode(line, b"")
        } else {
            percent_encode(&format!("\r\n{line}"), b"")
        };
        if kept.len() + piece.len() > budget {
            break;
        }
        kept.push_str(&piece);
    }
    format!("{head}{kept}{note}{tail}")
}

/// What the report was about, for the subject: the computer, or this PC in host mode.
fn about(report: &Report) -> String {
    match (&report.kind, &report.target) {
        (ReportKind::Host, _) => t!("mail-this_pc"),
        (_, Some(target)) => target.to_string(),
        (_, None) => report.input.clone(),
    }
}

/// The e-mail to IT about `report`, saved as `saved`: "RDP Doctor report: <computer> —
/// <verdict>", the short text report, and where the full one is.
pub fn mail_to_it(report: &Report, to: &str, saved: &Saved) -> String {
    let subject = t!(
        "mail-subject",
        about = about(report),
        verdict = render::verdict_word(report.verdict)
    );
    let ending = t!("mail-ending", file = saved.html.display().to_string());
    mailto(to, &subject, &render::brief_text(report), &ending)
}

/// `rdp-doctor-<computer>-<YYYY-MM-DD-HHMMSS>` (the check's start, UTC): sorts by time, and
/// holds only characters every file system takes.
pub fn file_stem(report: &Report) -> String {
    let computer = match (&report.kind, &report.target) {
        (ReportKind::Host, _) => "this-pc".to_string(),
        (_, Some(target)) => target.host.clone(),
        (_, None) => "input".to_string(),
    };
    let mut safe: String = computer
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    // Windows drops a trailing dot from a file name.
    while safe.ends_with('.') {
        safe.pop();
    }
    let when = OffsetDateTime::parse(&report.started_at, &Rfc3339)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .to_offset(time::UtcOffset::UTC);
    format!(
        "rdp-doctor-{safe}-{:04}-{:02}-{:02}-{:02}{:02}{:02}",
        when.year(),
        u8::from(when.month()),
        when.day(),
        when.hour(),
        when.minute(),
        when.second()
    )
}

/// Saves `report` into `dir` (created when missing) as `<stem>.html` and `<stem>.json`, never
/// over an earlier report: a taken name gets `-2`, `-3`…
pub fn save_report(report: &Report, dir: &Path) -> std::io::Result<Saved> {
    std::fs::create_dir_all(dir)?;
    let stem = file_stem(report);
    let json = serde_json::to_string_pretty(report).map_err(std::io::Error::other)?;
    for n in 1..=100 {
        let name = if n == 1 {
            stem.clone()
        } else {
            format!("{stem}-{n}")
        };
        let html_path = dir.join(format!("{name}.html"));
        let json_path = dir.join(format!("{name}.json"));
        let mut html = match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&html_path)
        {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        html.write_all(render::html(report).as_bytes())?;
        std::fs::write(&json_path, &json)?;
        return Ok(Saved {
            html: html_path,
            json: json_path,
        });
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        t!(
            "mail-folder_full",
            dir = dir.display().to_string(),
            stem = stem
        ),
    ))
}

/// Where "Send to IT" saves reports: `RDP Doctor` in the user's Documents folder (home, then
/// the temporary folder, when there is none).
pub fn reports_folder() -> PathBuf {
    dirs::document_dir()
        .or_else(dirs::home_dir)
        .unwrap_or_else(std::env::temp_dir)
        .join("RDP Doctor")
}
