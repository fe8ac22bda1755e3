//! The access list (DACL) of an SDDL string, e.g. the `Sddl` of `Get-Acl` on the MachineKeys
//! folder: `O:SYG:SYD:P(A;;0x12019f;;;WD)(A;;FA;;;BA)`.
//!
//! Only allow (`A`) and deny (`D`) entries are kept; object and callback entries do not occur
//! on folders in practice and a conditional one cannot be judged without its condition.
//! Inheritance flags are ignored. Generic rights are mapped to the file rights they mean on a
//! folder, so `GA` and `FA` compare equal.

use rdp_doctor_model::AccessEntry;

use crate::ParseError;

const COMMAND: &str = "(Get-Acl).Sddl";

/// `FILE_ALL_ACCESS`.
pub const FILE_ALL: u32 = 0x001F_01FF;
/// `FILE_GENERIC_READ`.
pub const FILE_READ: u32 = 0x0012_0089;
/// `FILE_GENERIC_WRITE`.
pub const FILE_WRITE: u32 = 0x0012_0116;
/// `FILE_GENERIC_EXECUTE`.
pub const FILE_EXECUTE: u32 = 0x0012_00A0;

const GENERIC_ALL: u32 = 0x1000_0000;
const GENERIC_EXECUTE: u32 = 0x2000_0000;
const GENERIC_WRITE: u32 = 0x4000_0000;
const GENERIC_READ: u32 = 0x8000_0000;

/// The two-letter rights of SDDL (MS-DTYP 2.5.1.1), generic ones already mapped.
const RIGHTS: [(&str, u32); 28] = [
    ("GA", FILE_ALL),
    ("GR", FILE_READ),
    ("GW", FILE_WRITE),
    ("GX", FILE_EXECUTE),
    ("FA", FILE_ALL),
    ("FR", FILE_READ),
    ("FW", FILE_WRITE),
    ("FX", FILE_EXECUTE),
    ("RC", 0x0002_0000),
    ("SD", 0x0001_0000),
    ("WD", 0x0004_0000),
    ("WO", 0x0008_0000),
    ("CC", 0x0000_0001),
    ("DC", 0x0000_0002),
    ("LC", 0x0000_0004),
    ("SW", 0x0000_0008),
    ("RP", 0x0000_0010),
    ("WP", 0x0000_0020),
    ("DT", 0x0000_0040),
    ("LO", 0x0000_0080),
    ("CR", 0x0000_0100),
    ("KA", 0x000F_003F),
    ("KR", 0x0002_0019),
    ("KW", 0x0002_0006),
    ("KX", 0x0002_0019),
    ("NR", 0x0000_0001),
    ("NW", 0x0000_0002),
    ("NX", 0x0000_0004),
];

/// The allow and deny entries of the DACL of `sddl`, in order.
///
/// `D:NO_ACCESS_CONTROL` (a null DACL, which lets everyone do anything) is reported as Everyone
/// (`WD`) allowed `FILE_ALL`, which is what it means.
pub fn parse_sddl_dacl(sddl: &str) -> Result<Vec<AccessEntry>, ParseError> {
    let Some(dacl) = dacl(sddl) else {
        return Err(ParseError::Missing {
            command: COMMAND,
            what: "access list (`D:`)",
        });
    };
    let flags_len = dacl.find(['(', ':']).unwrap_or(dacl.len());
    let flags = dacl.get(..flags_len).unwrap_or_default();
    if flags.contains("NO_ACCESS_CONTROL") {
        return Ok(vec![AccessEntry {
            sid: "WD".into(),
            allow: true,
            mask: FILE_ALL,
        }]);
    }
    let mut entries = Vec::new();
    let mut rest = dacl.get(flags_len..).unwrap_or_default();
    while rest.starts_with('(') {
        let Some(close) = matching_paren(rest) else {
            return Err(ParseError::invalid(
                COMMAND,
                "an access control entry",
                rest,
            ));
        };
        let ace = rest.get(1..close).unwrap_or_default();
        if let Some(entry) = parse_ace(ace)? {
            entries.push(entry);
        }
        rest = rest.get(close + 1..).unwrap_or_default();
    }
    Ok(entries)
}

/// The part of `sddl` after the `D:` that stands outside any parentheses.
fn dacl(sddl: &str) -> Option<&str> {
    let mut depth = 0usize;
    let bytes = sddl.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'D' if depth == 0 && bytes.get(i + 1) == Some(&b':') => return sddl.get(i + 2..),
            _ => {}
        }
    }
    None
}

/// Byte index of the `)` closing the `(` at the start of `text` (conditional entries nest).
fn matching_paren(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `type;flags;rights;object_guid;inherit_object_guid;sid[;condition]`.
fn parse_ace(ace: &str) -> Result<Option<AccessEntry>, ParseError> {
    let fields: Vec<&str> = ace.splitn(7, ';').collect();
    let [kind, _flags, rights, _object, _inherit, sid, ..] = fields.as_slice() else {
        return Err(ParseError::invalid(COMMAND, "an access control entry", ace));
    };
    let allow = match kind.trim() {
        "A" => true,
        "D" => false,
        _ => return Ok(None),
    };
    let sid = sid.trim();
    let mask = parse_rights(rights.trim());
    match (mask, sid.is_empty()) {
        (Some(mask), false) => Ok(Some(AccessEntry {
            sid: sid.to_string(),
            allow,
            mask,
        })),
        _ => Err(ParseError::invalid(COMMAND, "an access control entry", ace)),
    }
}

fn parse_rights(rights: &str) -> Option<u32> {
    let raw = if let Some(hex) = rights
        .strip_prefix("0x")
        .or_else(|| rights.strip_prefix("0X"))
    {
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(hex, 16).ok()?
    } else if !rights.is_empty() && rights.bytes().all(|b| b.is_ascii_digit()) {
        rights.parse().ok()?
    } else {
        if rights.is_empty() || !rights.len().is_multiple_of(2) {
            return None;
        }
        let mut mask = 0;
        for i in (0..rights.len()).step_by(2) {
            let code = rights.get(i..i + 2)?;
            let (_, bits) = RIGHTS.iter().find(|(c, _)| *c == code)?;
            mask |= bits;
        }
        return Some(mask);
    };
    Some(map_generic(raw))
}

/// A numeric mask may carry generic bits; they mean the file rights they map to.
fn map_generic(mask: u32) -> u32 {
    [
        (GENERIC_ALL, FILE_ALL),
        (GENERIC_READ, FILE_READ),
        (GENERIC_WRITE, FILE_WRITE),
        (GENERIC_EXECUTE, FILE_EXECUTE),
    ]
    .iter()
    .fold(mask, |acc, (generic, file)| {
        if mask & generic != 0 {
            (acc & !generic) | file
        } else {
            acc
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(sid: &str, allow: bool, mask: u32) -> AccessEntry {
        AccessEntry {
            sid: sid.into(),
            allow,
            mask,
        }
    }

    #[test]
    fn letters_hex_and_generic() {
        let sddl = "O:BAG:DUD:PAI(D;OICI;FW;;;S-1-5-21-1-2-3-1001)(A;OICIIO;GA;;;CO)(A;;0x12019f;;;WD)(A;;0x10000000;;;SY)(A;;RCSDWDWO;;;BU)S:AI(AU;SA;FA;;;WD)";
        assert_eq!(
            parse_sddl_dacl(sddl),
            Ok(vec![
                entry("S-1-5-21-1-2-3-1001", false, FILE_WRITE),
                entry("CO", true, FILE_ALL),
                entry("WD", true, 0x12019f),
                entry("SY", true, FILE_ALL),
                entry("BU", true, 0x000F_0000),
            ])
        );
    }

    #[test]
    fn conditional_and_object_entries_are_skipped() {
        let sddl = "D:(XA;;FX;;;S-1-1-0;(@User.Title==\"PM\"))(OA;;CR;ab721a53-1e2f-11d0-9819-00aa0040529b;;WD)(A;;FA;;;BA)";
        assert_eq!(parse_sddl_dacl(sddl), Ok(vec![entry("BA", true, FILE_ALL)]));
    }

    #[test]
    fn null_and_empty_dacls() {
        assert_eq!(
            parse_sddl_dacl("O:SYG:SYD:NO_ACCESS_CONTROL"),
            Ok(vec![entry("WD", true, FILE_ALL)])
        );
        assert_eq!(parse_sddl_dacl("O:SYG:SYD:P"), Ok(vec![]));
        assert!(matches!(
            parse_sddl_dacl("O:SYG:SY"),
            Err(ParseError::Missing { .. })
        ));
    }

    #[test]
    fn broken_entries_are_errors() {
        for sddl in [
            "D:(A;;FA;;;BA",
            "D:(A;;ZZ;;;BA)",
            "D:(A;;FAF;;;BA)",
            "D:(A;;FA;;;)",
            "D:(A;;FA)",
            "D:(A;;0xZZ;;;BA)",
            "D:(A;;0x+1f;;;BA)",
            "D:(A;;0x1ffffffff;;;BA)",
        ] {
            assert!(
                matches!(parse_sddl_dacl(sddl), Err(ParseError::Invalid { .. })),
                "{sddl}"
            );
        }
    }
}
