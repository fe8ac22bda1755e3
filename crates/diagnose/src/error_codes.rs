//! What the codes Remote Desktop shows mean, and which findings explain them: one table of
//! every documented code (`data/error_codes.toml`, made static by build.rs), and the reading
//! of what users paste. Pure: no I/O. Unknown codes are never guessed at.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{CodeList, ErrorCode, ErrorCodeError, Reading};

use crate::t;

/// What a code points at, as the table says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    Network,
    Certificate,
    Account,
    Licensing,
    Server,
    Client,
    Gateway,
    Policy,
    Security,
    Session,
}

/// Who can fix what a code points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    User,
    It,
    HostOwner,
    Unknown,
}

/// One documented code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeEntry {
    pub list: CodeList,
    pub code: u32,
    /// Microsoft's (or FreeRDP's) name for it; empty where none is published.
    pub name: &'static str,
    /// The catalogue message with its plain meaning (`errcode-<list>-<hex>`).
    pub message: Option<&'static str>,
    /// The findings that explain it, most likely first.
    pub findings: &'static [&'static str],
    pub cause: Option<Cause>,
    pub who: Who,
    /// The id of its [`Source`].
    pub source: &'static str,
}

/// A source the table cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/codes.rs"));

/// Which list a bare number is looked up in first: the client's dialog shows disconnect
/// reasons, so those come first.
const PREFERENCE: [CodeList; 5] = [
    CodeList::Disconnect,
    CodeList::WindowsApp,
    CodeList::Extended,
    CodeList::Errinfo,
    CodeList::Errconnect,
];

/// The entry for `code` in `list`.
pub fn entry(list: CodeList, code: u32) -> Option<&'static CodeEntry> {
    CODES.iter().find(|e| e.list == list && e.code == code)
}

/// Every list `code` is in, in order of [`PREFERENCE`].
pub fn entries(code: u32) -> impl Iterator<Item = &'static CodeEntry> {
    PREFERENCE.into_iter().filter_map(move |l| entry(l, code))
}

/// The source an entry cites.
pub fn source(entry: &CodeEntry) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == entry.source)
}

/// The entry a code names: its own list if known, else the first list it is in (extended codes
/// are only ever the second number).
fn base_entry(code: ErrorCode) -> Option<&'static CodeEntry> {
    match code.list {
        Some(list) => entry(list, code.code),
        None => entries(code.code).find(|e| e.list != CodeList::Extended),
    }
}

/// Reads what the user pasted (every form [`ErrorCode::readings`] accepts) and picks the
/// reading that is a known code: a FreeRDP name from the table, else the first numeric reading
/// that is a code (`904`: 904 is none, 0x904 is one). Both readings known: the hex one, as
/// the dialog shows hex. None known: the most literal reading, so "not in our list" is said.
pub fn read(input: &str) -> Result<ErrorCode, ErrorCodeError> {
    let readings = ErrorCode::readings(input)?;
    for name in &readings.names {
        if let Some(e) = CODES
            .iter()
            .find(|e| !e.name.is_empty() && e.name.eq_ignore_ascii_case(name))
        {
            return Ok(ErrorCode {
                code: e.code,
                extended: None,
                list: Some(e.list),
                reading: Some(Reading::Name),
            });
        }
    }
    let known: Vec<ErrorCode> = readings
        .codes
        .iter()
        .filter_map(|c| {
            base_entry(*c).map(|e| ErrorCode {
                list: Some(e.list),
                ..*c
            })
        })
        .collect();
    let hex_first = known
        .iter()
        .find(|c| c.reading == Some(Reading::HexWithoutPrefix) && known.len() > 1);
    match hex_first.or(known.first()).copied() {
        Some(c) => Ok(c),
        None => readings.codes.first().copied().ok_or_else(|| {
            ErrorCodeError(
                input
                    .chars()
                    .take(40)
                    .map(rdp_doctor_model::visible)
                    .collect(),
            )
        }),
    }
}

/// The plain meaning of an entry, in the current language; an entry without one is named.
pub fn meaning(entry: &CodeEntry) -> String {
    match entry.message {
        Some(key) => crate::catalogue::current().text(key, None),
        None if entry.name.is_empty() => t!("code-no-meaning", code = format!("{:x}", entry.code)),
        None => t!("code-named", name = entry.name),
    }
}

/// The code as reports show it: its number, and its name where the report says which list it
/// is from (`0x102 ERRINFO_LICENSE_NO_LICENSE`). Names are not words: they stay as published.
pub fn shown(code: ErrorCode) -> String {
    match code.list.and_then(|l| entry(l, code.code)) {
        Some(e) if !e.name.is_empty() => format!("{code} {}", e.name),
        _ => code.to_string(),
    }
}

/// What a code means: its entry, the extended code's, and the findings that explain it.
#[derive(Clone, Debug)]
pub struct Explained {
    pub entry: &'static CodeEntry,
    pub extended: Option<&'static CodeEntry>,
    /// The plain meaning, with the extended code's.
    pub meaning: String,
    /// Finding ids, most likely first: the account or licensing finding where the code points
    /// there, the extended code's findings, then the code's.
    pub findings: Vec<&'static str>,
    /// What the code points at where no probe can look (account, licensing).
    pub cause: Option<Cause>,
    pub who: Who,
}

/// The plain meaning of a code and the finding ids that explain it, most likely first.
pub fn lookup(code: ErrorCode) -> Option<Explained> {
    let entry = base_entry(code)?;
    let extended = code
        .extended
        .filter(|e| *e != 0)
        .map(|e| entry_or_unknown(e));
    let base = meaning(entry);
    let meaning = match extended {
        None => base,
        Some(Ok(e)) => t!("code-with-extended", base = base, extended = meaning(e)),
        Some(Err(e)) => t!(
            "code-with-extended",
            base = base,
            extended = t!("code-extended-unknown", code = format!("{e:x}"))
        ),
    };
    let extended = extended.and_then(Result::ok);
    let refined = extended.filter(|e| e.cause.is_some()).unwrap_or(entry);
    let (cause, who) = (refined.cause, refined.who);
    let mut findings = Vec::new();
    match cause {
        Some(Cause::Account) => findings.push(ids::CODE_ACCOUNT),
        Some(Cause::Licensing) => findings.push(ids::CODE_LICENSING),
        _ => {}
    }
    for id in extended
        .map_or(&[][..], |e| e.findings)
        .iter()
        .chain(entry.findings)
    {
        if !findings.contains(id) {
            findings.push(id);
        }
    }
    // The other readings of the same text that are codes too: their findings come after.
    for (_, other) in other_readings(ErrorCode {
        list: Some(entry.list),
        ..code
    }) {
        for id in other.findings {
            if !findings.contains(id) {
                findings.push(id);
            }
        }
    }
    Some(Explained {
        entry,
        extended,
        meaning,
        findings,
        cause,
        who,
    })
}

fn entry_or_unknown(e: u32) -> Result<&'static CodeEntry, u32> {
    entry(CodeList::Extended, e).ok_or(e)
}

/// The other ways the same text could have been read that are also codes: the same digits
/// read the other way (decimal vs hex), or the same number in another list.
pub fn other_readings(code: ErrorCode) -> Vec<(ErrorCode, &'static CodeEntry)> {
    let mut out = Vec::new();
    let digits = match code.reading {
        Some(Reading::HexWithoutPrefix) => format!("{:x}", code.code).parse::<u32>().ok(),
        Some(Reading::Decimal) => u32::from_str_radix(&code.code.to_string(), 16).ok(),
        _ => None,
    };
    if let Some(other) = digits.filter(|o| *o != code.code) {
        let other = ErrorCode {
            code: other,
            list: None,
            reading: Some(match code.reading {
                Some(Reading::Decimal) => Reading::HexWithoutPrefix,
                _ => Reading::Decimal,
            }),
            ..code
        };
        if let Some(e) = base_entry(other) {
            out.push((other, e));
        }
    }
    // A list chosen by preference, not by the text (a name or FreeRDP's number picks its own).
    if !matches!(code.reading, Some(Reading::Name | Reading::FreerdpNumber)) {
        let chosen = base_entry(code).map(|e| e.list);
        for e in entries(code.code) {
            if Some(e.list) != chosen && e.list != CodeList::Extended {
                out.push((
                    ErrorCode {
                        list: Some(e.list),
                        ..code
                    },
                    e,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_codes() {
        let e = lookup(ErrorCode::new(0x904, Some(7))).expect("known");
        assert!(e.meaning.contains("refused"), "{}", e.meaning);
        assert_eq!(e.findings.first(), Some(&"cert.expired"));
        assert!(
            lookup(ErrorCode::new(0x204, None))
                .is_some_and(|e| e.findings.contains(&"reach.refused"))
        );
        assert!(
            lookup(ErrorCode::new(0x104, None))
                .is_some_and(|e| e.findings.contains(&"dns.not_found"))
        );
        assert!(
            lookup(ErrorCode::new(0x108, None))
                .is_some_and(|e| e.findings.contains(&"rdp.no_response"))
        );
        assert!(lookup(ErrorCode::new(0x1234, None)).is_none());
        let e = lookup(ErrorCode::new(0x904, Some(0x99))).expect("known base");
        assert!(e.meaning.contains("not in our list"));
    }
}
