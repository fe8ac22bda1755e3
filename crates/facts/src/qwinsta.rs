//! `qwinsta` (`query session`): one line per session under a translated header.
//!
//! The column widths differ between Windows versions (the session name column is 18 characters
//! wide on Server 2019, 26 on Windows 11) and the header words are translated, so neither is
//! relied on for finding rows: a row is a line with a numeric token (the session ID) followed
//! by a known state word. What stands before the ID is the session name and the user; which
//! is which is decided by where the header's second column starts, or, without a header, by
//! whether the first word starts right after the `>` marker column.
//!
//! State words. Verified against captured output: English `Active Conn Disc Listen` and German
//! `Aktiv Getr. Abhör.` (the header `SITZUNGSNAME BENUTZERNAME ID STATUS TYP GERÄT` too). The
//! other English words (`ConnQ Shadow Idle Reset Down Init`) are from Microsoft's
//! documentation of the WTS states; the other German words (`Verb.`, `Verb.Abfr.`,
//! `Spiegeln`, `Leerlauf`, `Zurücksetzen`, `Inaktiv`) are best knowledge, so German words are
//! matched by prefix, which also survives abbreviation (`Abhör.` is `Abhören` cut short) and an
//! umlaut mangled by the console code page.

use rdp_doctor_model::{Session, SessionState};

use crate::ParseError;
use crate::text;

const COMMAND: &str = "qwinsta";

/// The sessions `qwinsta` lists, in order, including the `services` session 0 and listeners
/// (`rdp-tcp`, ID 65536 and up, state Listen).
///
/// A row whose state word is not recognized is left out, since a session has no "unknown"
/// state; only when no row at all is recognized is that an error.
pub fn parse_qwinsta(text: &str) -> Result<Vec<Session>, ParseError> {
    text::or_denied(parse(text), text, COMMAND)
}

/// A word of a line: byte offset (for slicing), character column (for comparing with the
/// header) and the word.
#[derive(Clone, Copy)]
struct Word<'a> {
    byte: usize,
    column: usize,
    text: &'a str,
}

fn words(line: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (column, (byte, c)) in line.char_indices().enumerate() {
        // The first column holds `>` for the session qwinsta runs in.
        let separator = c.is_whitespace() || (column == 0 && c == '>');
        match (separator, start) {
            (true, Some((b, col))) => {
                words.push(Word {
                    byte: b,
                    column: col,
                    text: line.get(b..byte).unwrap_or_default(),
                });
                start = None;
            }
            (false, None) => start = Some((byte, column)),
            _ => {}
        }
    }
    if let Some((b, col)) = start {
        words.push(Word {
            byte: b,
            column: col,
            text: line.get(b..).unwrap_or_default(),
        });
    }
    words
}

fn parse(text: &str) -> Result<Vec<Session>, ParseError> {
    text::require_text(text, COMMAND)?;
    let mut header_seen = false;
    let mut user_column: Option<usize> = None;
    let mut sessions = Vec::new();
    let mut unknown_state: Option<&str> = None;
    for line in text::lines(text) {
        let words = words(line);
        if words.is_empty() {
            continue;
        }
        let row = words.windows(2).position(|pair| match pair {
            [id, state] => is_id(id.text) && session_state(state.text).is_some(),
            _ => false,
        });
        let Some(at) = row else {
            let numbered = words.windows(2).any(|pair| match pair {
                [id, next] => is_id(id.text) && !is_id(next.text),
                _ => false,
            });
            if numbered {
                unknown_state = unknown_state.or(Some(line));
            } else if !header_seen && sessions.is_empty() {
                // The first line that is not a row is the header.
                header_seen = true;
                user_column = words.get(1).map(|w| w.column);
            }
            continue;
        };
        let (Some(id), Some(state)) = (words.get(at), words.get(at + 1)) else {
            continue;
        };
        let (Ok(id), Some(state)) = (id.text.parse::<u32>(), session_state(state.text)) else {
            continue;
        };
        let before = words.get(..at).unwrap_or_default();
        let split = match user_column {
            Some(column) => before.iter().take_while(|w| w.column < column).count(),
            // No header: a session name starts right after the marker column.
            _ => usize::from(before.first().is_some_and(|w| w.column <= 1)),
        };
        let (name, user) = before.split_at_checked(split).unwrap_or((before, &[]));
        sessions.push(Session {
            name: join(line, name),
            user: join(line, user),
            id,
            state,
        });
    }
    if sessions.is_empty() {
        return Err(match unknown_state {
            Some(line) => {
                ParseError::invalid(COMMAND, "a session line with an unknown state", line)
            }
            None => ParseError::Missing {
                command: COMMAND,
                what: "session line",
            },
        });
    }
    Ok(sessions)
}

/// The text of `words` as printed (a user name may contain spaces); `None` when there are none.
fn join(line: &str, words: &[Word<'_>]) -> Option<String> {
    let first = words.first()?;
    let last = words.last()?;
    line.get(first.byte..last.byte + last.text.len())
        .map(str::to_string)
}

fn is_id(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) && word.parse::<u32>().is_ok()
}

/// The state of an English or German state word.
pub fn session_state(word: &str) -> Option<SessionState> {
    let word = word.to_ascii_lowercase();
    let english = match word.as_str() {
        "active" => Some(SessionState::Active),
        "conn" | "connected" => Some(SessionState::Connected),
        "connq" => Some(SessionState::ConnectQuery),
        "shadow" => Some(SessionState::Shadow),
        "disc" | "disconnected" => Some(SessionState::Disconnected),
        "idle" => Some(SessionState::Idle),
        "listen" => Some(SessionState::Listen),
        "reset" => Some(SessionState::Reset),
        "down" => Some(SessionState::Down),
        "init" => Some(SessionState::Init),
        _ => None,
    };
    if english.is_some() {
        return english;
    }
    let starts = |prefix: &str| word.starts_with(prefix);
    if starts("aktiv") {
        Some(SessionState::Active)
    } else if starts("verb") && (word.contains("abfr") || word.contains("anfr")) {
        Some(SessionState::ConnectQuery)
    } else if starts("verb") {
        Some(SessionState::Connected)
    } else if starts("spieg") || starts("schatt") {
        Some(SessionState::Shadow)
    } else if starts("getr") {
        Some(SessionState::Disconnected)
    } else if starts("leerl") {
        Some(SessionState::Idle)
    } else if starts("abh") {
        Some(SessionState::Listen)
    } else if starts("zur") {
        Some(SessionState::Reset)
    } else if starts("inakt") {
        Some(SessionState::Down)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(name: Option<&str>, user: Option<&str>, id: u32, state: SessionState) -> Session {
        Session {
            name: name.map(str::to_string),
            user: user.map(str::to_string),
            id,
            state,
        }
    }

    #[test]
    fn without_header_the_marker_column_decides() {
        let text = " services                                    0  Disc\r\n>console           Administrator             1  Active\r\n                   alice                     4  Disc\r\n";
        assert_eq!(
            parse_qwinsta(text),
            Ok(vec![
                session(Some("services"), None, 0, SessionState::Disconnected),
                session(
                    Some("console"),
                    Some("Administrator"),
                    1,
                    SessionState::Active
                ),
                session(None, Some("alice"), 4, SessionState::Disconnected),
            ])
        );
    }

    #[test]
    fn numeric_user_names_and_user_names_with_spaces() {
        let text = " SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\r\n rdp-tcp#4         2024                      3  Active\r\n rdp-tcp#5         Prinz Albert              4  Active\r\n";
        assert_eq!(
            parse_qwinsta(text),
            Ok(vec![
                session(Some("rdp-tcp#4"), Some("2024"), 3, SessionState::Active),
                session(
                    Some("rdp-tcp#5"),
                    Some("Prinz Albert"),
                    4,
                    SessionState::Active
                ),
            ])
        );
    }

    #[test]
    fn mangled_umlaut_is_still_a_listener() {
        assert_eq!(session_state("Abh\u{fffd}r."), Some(SessionState::Listen));
        assert_eq!(
            session_state("Verb.Abfr."),
            Some(SessionState::ConnectQuery)
        );
        assert_eq!(session_state("Inaktiv"), Some(SessionState::Down));
        assert_eq!(session_state("Zur\u{fffd}cks."), Some(SessionState::Reset));
        assert_eq!(session_state("TYPE"), None);
    }

    #[test]
    fn a_row_with_an_unknown_state_is_left_out() {
        let text = " services      0  Disc\r\n rdp-tcp#1  x   2  Schlummert\r\n";
        assert_eq!(
            parse_qwinsta(text),
            Ok(vec![session(
                Some("services"),
                None,
                0,
                SessionState::Disconnected
            )])
        );
    }

    #[test]
    fn errors() {
        assert!(matches!(
            parse_qwinsta(" SESSIONNAME       USERNAME                 ID  STATE\r\n"),
            Err(ParseError::Missing { .. })
        ));
        assert!(matches!(
            parse_qwinsta(" services      0  Schlummert\r\n"),
            Err(ParseError::Invalid { .. })
        ));
        assert_eq!(
            parse_qwinsta("Error [5]:Access is denied.\r\n"),
            Err(ParseError::AccessDenied { command: COMMAND })
        );
    }
}
