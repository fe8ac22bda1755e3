//! `powercfg /query SCHEME_CURRENT SUB_SLEEP STANDBYIDLE` (and `HIBERNATEIDLE`).
//!
//! Every label is translated ("Current AC Power Setting Index" is "Index der aktuellen
//! Wechselstromeinstellung" on German Windows), so no label is read. What stays put:
//!
//! - the scheme, the subgroup and the setting each open with a line carrying a GUID, in that
//!   order; no third GUID line means the plan has no such setting;
//! - a range setting lists its possible values (minimum, maximum, increment: `0x…` numbers too)
//!   indented two spaces deeper than the current AC and DC index lines, which come last, AC
//!   first.
//!
//! So the AC value is the first `: 0x…` line at the shallowest indentation of the setting's
//! block. When the indentation was lost (a collector trimmed the lines), it is the second to
//! last `0x` line, provided there are two (no range) or five (range, AC, DC) of them.

use crate::ParseError;
use crate::text::{self, parse_hex_u64};

const COMMAND: &str = "powercfg /query";

/// The AC (mains) value of the queried setting, in the setting's unit (seconds for the sleep
/// and hibernate timeouts; 0 means never). `None` when the power plan has no such setting.
pub fn parse_powercfg_setting(text: &str) -> Result<Option<u32>, ParseError> {
    text::or_denied(parse(text), text, COMMAND)
}

fn parse(text: &str) -> Result<Option<u32>, ParseError> {
    text::require_text(text, COMMAND)?;
    let lines: Vec<&str> = text::lines(text).collect();
    let guid_lines: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| has_guid(line))
        .map(|(i, _)| i)
        .collect();
    let Some(&setting) = guid_lines.get(2) else {
        return if guid_lines.is_empty() {
            Err(ParseError::Missing {
                command: COMMAND,
                what: "power scheme GUID line",
            })
        } else {
            Ok(None)
        };
    };
    let end = guid_lines.get(3).copied().unwrap_or(lines.len());
    let block = lines.get(setting + 1..end).unwrap_or_default();
    // (indentation, value) of every `label: 0x12345678` line of the block.
    let hex: Vec<(usize, &str)> = block
        .iter()
        .filter_map(|line| {
            let (_, value) = line.rsplit_once(':')?;
            let value = value.trim();
            let digits = value.strip_prefix("0x")?;
            (digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| (indentation(line), value))
        })
        .collect();
    let shallowest = hex.iter().map(|(indent, _)| *indent).min();
    let deepest = hex.iter().map(|(indent, _)| *indent).max();
    let ac = match (shallowest, deepest) {
        (Some(low), Some(high)) if low < high => hex
            .iter()
            .find(|(indent, _)| *indent == low)
            .map(|(_, v)| *v),
        _ if hex.len() == 2 || hex.len() >= 5 => hex
            .len()
            .checked_sub(2)
            .and_then(|i| hex.get(i))
            .map(|(_, v)| *v),
        _ => None,
    };
    let Some(ac) = ac else {
        return Err(ParseError::Missing {
            command: COMMAND,
            what: "current AC power setting index line",
        });
    };
    parse_hex_u64(ac)
        .and_then(|n| u32::try_from(n).ok())
        .map(Some)
        .ok_or_else(|| ParseError::invalid(COMMAND, "an AC power setting index", ac))
}

fn indentation(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ' || *c == '\t').count()
}

/// Whether a whitespace-separated word of `line` is a GUID (`8-4-4-4-12` hex digits).
fn has_guid(line: &str) -> bool {
    line.split_whitespace().any(|word| {
        let groups: Vec<&str> = word.split('-').collect();
        groups.len() == 5
            && groups
                .iter()
                .zip([8, 4, 4, 4, 12])
                .all(|(g, len)| g.len() == len && g.bytes().all(|b| b.is_ascii_hexdigit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCK: &str = "Power Scheme GUID: 381b4222-f694-41f0-9685-ff5bb260df2e  (Balanced)\n  Subgroup GUID: 238c9fa8-0aad-41ed-83f4-97be242c8f20  (Sleep)\n    Power Setting GUID: 29f6c1db-86da-48c5-9fdb-f2b67b1f44da  (Sleep after)\n      Minimum Possible Setting: 0x00000000\n      Maximum Possible Setting: 0xffffffff\n      Possible Settings increment: 0x00000001\n      Possible Settings units: Seconds\n    Current AC Power Setting Index: 0x00000708\n    Current DC Power Setting Index: 0x00000384\n";

    #[test]
    fn trimmed_lines_fall_back_to_the_last_two() {
        let trimmed: String = BLOCK.lines().map(|l| format!("{}\n", l.trim())).collect();
        assert_eq!(parse_powercfg_setting(&trimmed), Ok(Some(1800)));
    }

    #[test]
    fn a_missing_dc_line_still_reads_ac() {
        let cut = BLOCK.replace("    Current DC Power Setting Index: 0x00000384\n", "");
        assert_eq!(parse_powercfg_setting(&cut), Ok(Some(1800)));
    }

    #[test]
    fn only_the_range_is_not_an_answer() {
        let cut = BLOCK
            .split("    Current AC")
            .next()
            .unwrap_or_default()
            .to_string();
        assert!(matches!(
            parse_powercfg_setting(&cut),
            Err(ParseError::Missing { .. })
        ));
    }

    #[test]
    fn no_setting_is_none_and_no_scheme_is_an_error() {
        let scheme_only = BLOCK.lines().take(2).collect::<Vec<_>>().join("\n");
        assert_eq!(parse_powercfg_setting(&scheme_only), Ok(None));
        assert!(matches!(
            parse_powercfg_setting("Invalid Parameters -- try \"/?\" for help\r\n"),
            Err(ParseError::Missing { .. })
        ));
    }
}
