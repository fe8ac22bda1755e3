//! What the user told us besides the PC: the error code their Remote Desktop app showed. The
//! code's finding names it (its number, Microsoft's name, its list, how the text was read);
//! codes that point at the account or at licensing, where no probe can look, get a finding
//! that says so and who can fix it.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, CodeList, ErrorCode, Finding, Reading, Severity};
use serde_json::Value;

use crate::error_codes::{self, Cause, CodeEntry, Who};
use crate::finding::{FindingExt, finding};
use crate::{Context, t};

fn list_words(list: CodeList) -> String {
    match list {
        CodeList::Disconnect => t!("code-list-disconnect"),
        CodeList::Extended => t!("code-list-extended"),
        CodeList::Errinfo => t!("code-list-errinfo"),
        CodeList::Errconnect => t!("code-list-errconnect"),
        CodeList::WindowsApp => t!("code-list-windows_app"),
    }
}

/// A model enum as its JSON name (`windows_app`, `hex_without_prefix`): the evidence names a
/// code's list and reading exactly as the report's `error_code` does.
fn json_name(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(name)) => name,
        _ => String::new(),
    }
}

fn who_words(who: Who) -> String {
    match who {
        Who::User | Who::It => String::new(),
        Who::HostOwner => t!("code-who-host_owner"),
        Who::Unknown => t!("code-who-unknown"),
    }
}

/// How the text was read, in a sentence (none for a plain `0x` number).
fn reading_words(code: ErrorCode, entry: &CodeEntry) -> Option<String> {
    let hex = format!("{:x}", code.code);
    match code.reading? {
        Reading::Hex => None,
        Reading::Dialog => Some(t!("code-read-dialog")),
        Reading::Name => Some(t!("code-read-name", name = entry.name)),
        Reading::FreerdpNumber => Some(t!(
            "code-read-freerdp",
            number = format!("{:x}", freerdp_class(entry.list) << 16 | code.code),
            code = hex
        )),
        Reading::HexWithoutPrefix => Some(t!("code-read-hex", hex = hex)),
        Reading::Decimal => Some(t!(
            "code-read-decimal",
            digits = code.code.to_string(),
            hex = hex
        )),
    }
}

fn freerdp_class(list: CodeList) -> u32 {
    match list {
        CodeList::Errinfo => 1,
        CodeList::Errconnect => 2,
        _ => 0,
    }
}

pub(super) fn error_code(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(code) = ctx.error_code else { return };
    let Some(explained) = error_codes::lookup(code) else {
        let mut f = finding(
            ids::INPUT_ERROR_CODE_UNKNOWN,
            Area::Input,
            Severity::Info,
            Audience::User,
            t!("input-error_code_unknown.title", code = code.to_string()),
            t!("input-error_code_unknown.detail"),
        )
        .ev("error_code", code.to_string());
        if let Some(r) = code.reading {
            f = f.ev("reading", json_name(r));
        }
        out.push(f);
        return;
    };
    let entry = explained.entry;
    let mut detail = vec![explained.meaning.clone()];
    detail.push(if entry.name.is_empty() {
        t!("code-in-list", list = list_words(entry.list))
    } else {
        t!(
            "code-name",
            name = entry.name,
            list = list_words(entry.list)
        )
    });
    let shown = ErrorCode {
        list: Some(entry.list),
        ..code
    };
    detail.extend(reading_words(shown, entry));
    let others = error_codes::other_readings(shown);
    for (other, e) in &others {
        detail.push(t!(
            "code-other-reading",
            code = format!("{:x}", other.code),
            list = list_words(e.list),
            meaning = error_codes::meaning(e)
        ));
    }
    detail.push(t!("input-error_code.detail"));
    let mut f = finding(
        ids::INPUT_ERROR_CODE,
        Area::Input,
        Severity::Info,
        Audience::User,
        t!("input-error_code.title", code = code.to_string()),
        detail.join(" "),
    )
    .ev("error_code", code.to_string())
    .ev("list", json_name(entry.list));
    if !entry.name.is_empty() {
        f = f.ev("name", entry.name);
    }
    if let Some(source) = error_codes::source(entry) {
        f = f.ev("source", source.url);
    }
    if let Some(r) = code.reading {
        f = f.ev("reading", json_name(r));
    }
    if !others.is_empty() {
        f = f.ev(
            "other_readings",
            others
                .iter()
                .map(|(c, e)| format!("{}:0x{:x}", json_name(e.list), c.code))
                .collect::<Vec<_>>(),
        );
    }
    out.push(f);
    // The code that points at the account or licensing says it best alone (the extended code
    // refines the main one).
    let pointing = error_codes::meaning(explained.extended.unwrap_or(entry));
    let (id, title, detail) = match explained.cause {
        Some(Cause::Account) => (
            ids::CODE_ACCOUNT,
            t!("code-account.title"),
            t!(
                "code-account.detail",
                meaning = pointing.clone(),
                who = who_words(explained.who)
            ),
        ),
        Some(Cause::Licensing) => (
            ids::CODE_LICENSING,
            t!("code-licensing.title"),
            t!(
                "code-licensing.detail",
                meaning = pointing,
                who = who_words(explained.who)
            ),
        ),
        _ => return,
    };
    let audience = if explained.who == Who::User {
        Audience::User
    } else {
        Audience::It
    };
    out.push(
        finding(
            id,
            Area::Input,
            Severity::Warn,
            audience,
            title,
            detail.trim_end().to_string(),
        )
        .ev("error_code", code.to_string())
        .ev(
            "who",
            match explained.who {
                Who::User => "user",
                Who::It => "it",
                Who::HostOwner => "host_owner",
                Who::Unknown => "unknown",
            },
        ),
    );
}
