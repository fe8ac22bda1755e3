//! The JSON `ConvertTo-Json` prints, from Windows PowerShell 5.1 and PowerShell 7.
//!
//! Differences handled:
//! - one object is printed without an array, several as an array, none as nothing at all;
//! - enums are integers (both versions by default) or names (`-EnumsAsStrings`, or a script
//!   that converted them);
//! - dates are `"\/Date(<unix ms>)\/"` in 5.1 (sometimes wrapped as
//!   `{"value": "\/Date(…)\/", "DisplayHint": 2, …}`) and ISO 8601 in 7, with an offset, with
//!   `Z`, with up to seven fractional digits, or without an offset (read as UTC);
//! - property names are matched without regard to case, as PowerShell does.

use rdp_doctor_model::{FirewallRule, MachineKeys, StoreCertificate};
use serde_json::{Map, Value};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

use crate::text;
use crate::{ParseError, sddl};

const FIREWALL: &str = "Get-NetFirewallRule | ConvertTo-Json";
const CERTIFICATES: &str = "Get-ChildItem 'Cert:\\LocalMachine\\Remote Desktop' | ConvertTo-Json";
const MACHINE_KEYS: &str = "Get-Acl MachineKeys | ConvertTo-Json";

/// Rules from `Get-NetFirewallRule -Group '@FirewallAPI.dll,-28752','@FirewallAPI.dll,-28852' |
/// Select-Object Name,DisplayName,Group,Enabled,Direction,Action,Profile | ConvertTo-Json`;
/// `[]` when there are no such rules.
pub fn parse_firewall_rules(json: &str) -> Result<Vec<FirewallRule>, ParseError> {
    let result = items(json, FIREWALL).and_then(|items| items.iter().map(firewall_rule).collect());
    text::or_denied(result, json, FIREWALL)
}

/// Certificates from `Get-ChildItem 'Cert:\LocalMachine\Remote Desktop' |
/// Select-Object Thumbprint,Subject,NotBefore,NotAfter | ConvertTo-Json`; `[]` for an empty
/// store.
pub fn parse_certificates(json: &str) -> Result<Vec<StoreCertificate>, ParseError> {
    let result =
        items(json, CERTIFICATES).and_then(|items| items.iter().map(certificate).collect());
    text::or_denied(result, json, CERTIFICATES)
}

/// `{"Exists":true,"Sddl":"O:SYG:SYD:P(A;;0x12019f;;;WD)(A;;FA;;;BA)","Count":1234}` about
/// `C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys`. A folder that does not exist has no SDDL
/// and no count, whatever the JSON says.
pub fn parse_machine_keys(json: &str) -> Result<MachineKeys, ParseError> {
    text::or_denied(machine_keys(json), json, MACHINE_KEYS)
}

fn machine_keys(json: &str) -> Result<MachineKeys, ParseError> {
    text::require_text(json, MACHINE_KEYS)?;
    let items = items(json, MACHINE_KEYS)?;
    let Some(object) = items.first().and_then(Value::as_object) else {
        return Err(ParseError::Missing {
            command: MACHINE_KEYS,
            what: "object",
        });
    };
    let exists = match field(object, "Exists") {
        Some(value) => boolean(value).ok_or_else(|| {
            ParseError::invalid(MACHINE_KEYS, "an Exists field", &value.to_string())
        })?,
        None => {
            return Err(ParseError::Missing {
                command: MACHINE_KEYS,
                what: "Exists field",
            });
        }
    };
    if !exists {
        return Ok(MachineKeys {
            exists,
            sddl: None,
            access: Vec::new(),
            file_count: None,
        });
    }
    let sddl = string(object, "Sddl").filter(|s| !s.trim().is_empty());
    let access = match &sddl {
        Some(sddl) => sddl::parse_sddl_dacl(sddl)?,
        None => Vec::new(),
    };
    let file_count = match field(object, "Count") {
        None | Some(Value::Null) => None,
        Some(value) => Some(value.as_u64().ok_or_else(|| {
            ParseError::invalid(MACHINE_KEYS, "a Count field", &value.to_string())
        })?),
    };
    Ok(MachineKeys {
        exists,
        sddl: sddl.map(str::to_string),
        access,
        file_count,
    })
}

/// The objects of the output: an array's elements or a single object. No objects is `[]` (our
/// PowerShell scripts print it explicitly, iproute2 always does); empty output means the
/// command did not answer, which must not read as "there are none".
pub(crate) fn items(json: &str, command: &'static str) -> Result<Vec<Value>, ParseError> {
    let json = text::strip_bom(json).trim();
    if json.is_empty() {
        return Err(ParseError::Empty { command });
    }
    let value: Value = serde_json::from_str(json).map_err(|e| ParseError::Json {
        command,
        reason: e.to_string(),
    })?;
    match value {
        Value::Array(items) => Ok(items),
        Value::Null => Ok(Vec::new()),
        object @ Value::Object(_) => Ok(vec![object]),
        other => Err(ParseError::invalid(
            command,
            "a JSON value",
            &other.to_string(),
        )),
    }
}

/// The property `name`, exactly or else without regard to case, as PowerShell matches them.
pub(crate) fn field<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object.get(name).or_else(|| {
        object
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    })
}

pub(crate) fn string<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    field(object, name).and_then(Value::as_str)
}

/// `true`/`false`, `"True"`/`"False"`, or the GpoBoolean enum of 5.1: 1 True, 2 False.
fn boolean(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_u64()? {
            1 => Some(true),
            2 => Some(false),
            _ => None,
        },
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// An enum printed as its number or its name.
fn enumeration(value: &Value, names: &[(u64, &str)]) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64().filter(|n| names.iter().any(|(v, _)| v == n)),
        Value::String(s) => names
            .iter()
            .find(|(_, name)| s.trim().eq_ignore_ascii_case(name))
            .map(|(v, _)| *v),
        _ => None,
    }
}

fn firewall_rule(item: &Value) -> Result<FirewallRule, ParseError> {
    let invalid = |what: &'static str| ParseError::invalid(FIREWALL, what, &item.to_string());
    let object = item.as_object().ok_or_else(|| invalid("a rule"))?;
    let name = string(object, "Name")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| invalid("a rule without a Name"))?;
    let get = |name: &str| field(object, name).unwrap_or(&Value::Null);
    let enabled = boolean(get("Enabled")).ok_or_else(|| invalid("a rule's Enabled"))?;
    // NetSecurity.Direction: 1 Inbound, 2 Outbound. NetSecurity.Action: 2 Allow, 4 Block.
    let direction = enumeration(get("Direction"), &[(1, "Inbound"), (2, "Outbound")])
        .ok_or_else(|| invalid("a rule's Direction"))?;
    let action = enumeration(get("Action"), &[(2, "Allow"), (4, "Block")])
        .ok_or_else(|| invalid("a rule's Action"))?;
    let profiles = profiles(get("Profile")).ok_or_else(|| invalid("a rule's Profile"))?;
    Ok(FirewallRule {
        name: name.to_string(),
        display_name: string(object, "DisplayName")
            .unwrap_or_default()
            .to_string(),
        group: string(object, "Group").unwrap_or_default().to_string(),
        enabled,
        inbound: direction == 1,
        allow: action == 2,
        profiles,
    })
}

const PROFILES: [(u64, &str); 3] = [(1, "domain"), (2, "private"), (4, "public")];

/// NetSecurity.Profile flags: 1 Domain, 2 Private, 4 Public, 0 Any; or their names joined
/// with commas ("Domain, Private"). The COM API's "all" (0x7FFFFFFF) is all three too.
fn profiles(value: &Value) -> Option<Vec<String>> {
    let bits = match value {
        Value::Number(n) => n.as_u64()?,
        Value::String(s) => {
            let mut bits = 0;
            for part in s.split(',').map(str::trim) {
                bits |= match part.to_ascii_lowercase().as_str() {
                    "any" => 7,
                    name => PROFILES.iter().find(|(_, p)| *p == name)?.0,
                };
            }
            bits
        }
        _ => return None,
    };
    let bits = if bits == 0 { 7 } else { bits };
    Some(
        PROFILES
            .iter()
            .filter(|(bit, _)| bits & bit != 0)
            .map(|(_, name)| (*name).to_string())
            .collect(),
    )
}

fn certificate(item: &Value) -> Result<StoreCertificate, ParseError> {
    let invalid = |what: &'static str| ParseError::invalid(CERTIFICATES, what, &item.to_string());
    let object = item.as_object().ok_or_else(|| invalid("a certificate"))?;
    let thumbprint = string(object, "Thumbprint")
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| invalid("a certificate's Thumbprint"))?;
    let date = |name: &str| field(object, name).and_then(ps_date).and_then(rfc3339_utc);
    let (not_before, _) = date("NotBefore").ok_or_else(|| invalid("a certificate's NotBefore"))?;
    let (not_after, not_after_unix) =
        date("NotAfter").ok_or_else(|| invalid("a certificate's NotAfter"))?;
    Ok(StoreCertificate {
        thumbprint: thumbprint.to_ascii_uppercase(),
        subject: string(object, "Subject").unwrap_or_default().to_string(),
        not_before,
        not_after,
        not_after_unix,
    })
}

/// `YYYY-MM-DDTHH:MM:SSZ` and unix seconds.
fn rfc3339_utc(when: OffsetDateTime) -> Option<(String, i64)> {
    let utc = when.checked_to_offset(UtcOffset::UTC)?;
    let text = utc
        .format(format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second]Z"
        ))
        .ok()?;
    Some((text, utc.unix_timestamp()))
}

/// A date as either PowerShell prints it.
fn ps_date(value: &Value) -> Option<OffsetDateTime> {
    match value {
        Value::String(s) => {
            let s = s.trim();
            match s.strip_prefix("/Date(").and_then(|r| r.strip_suffix(")/")) {
                Some(inner) => microsoft_json_date(inner),
                None => iso_date(s),
            }
        }
        // 5.1 wraps some dates with their display hint.
        Value::Object(object) => field(object, "value").and_then(ps_date),
        _ => None,
    }
}

/// The inside of `\/Date(1700000000000)\/`: unix milliseconds, possibly followed by an offset
/// (`+0100`) that only says where it was displayed; the milliseconds are UTC already.
fn microsoft_json_date(inner: &str) -> Option<OffsetDateTime> {
    let sign_len = usize::from(inner.starts_with('-'));
    let digits_end = inner
        .get(sign_len..)?
        .find(['+', '-'])
        .map_or(inner.len(), |i| i + sign_len);
    let millis: i64 = inner.get(..digits_end)?.parse().ok()?;
    let nanos = i128::from(millis).checked_mul(1_000_000)?;
    OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()
}

fn iso_date(s: &str) -> Option<OffsetDateTime> {
    if let Ok(when) = OffsetDateTime::parse(s, &Rfc3339) {
        return Some(when);
    }
    // Lower-case `z`, or a DateTime of unspecified kind printed without an offset.
    let upper = s.to_ascii_uppercase();
    if let Ok(when) = OffsetDateTime::parse(&upper, &Rfc3339) {
        return Some(when);
    }
    PrimitiveDateTime::parse(
        s,
        format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second][optional [.[subsecond]]]"
        ),
    )
    .ok()
    .map(PrimitiveDateTime::assume_utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(value: Value) -> Option<(String, i64)> {
        ps_date(&value).and_then(rfc3339_utc)
    }

    #[test]
    fn dates_in_every_form() {
        let want = Some(("2023-11-14T22:13:20Z".to_string(), 1_700_000_000));
        assert_eq!(utc(Value::from("/Date(1700000000000)/")), want);
        assert_eq!(utc(Value::from("/Date(1700000000000+0100)/")), want);
        assert_eq!(utc(Value::from("2023-11-14T23:13:20+01:00")), want);
        assert_eq!(utc(Value::from("2023-11-14T22:13:20.0000000Z")), want);
        assert_eq!(utc(Value::from("2023-11-14T22:13:20.1234567z")), want);
        assert_eq!(utc(Value::from("2023-11-14T22:13:20")), want);
        assert_eq!(utc(Value::from("2023-11-14T22:13:20.5")), want);
        assert_eq!(
            utc(serde_json::json!({"value": "/Date(1700000000000)/", "DisplayHint": 2})),
            want
        );
        assert_eq!(
            utc(Value::from("/Date(-1000)/")),
            Some(("1969-12-31T23:59:59Z".to_string(), -1))
        );
    }

    #[test]
    fn dates_out_of_range_are_not_panics() {
        for s in [
            "/Date(9223372036854775807)/",
            "/Date(-9223372036854775808)/",
            "/Date()/",
            "/Date(-)/",
            "9999-12-31T23:59:59-01:00",
            "2023-02-30T00:00:00Z",
            "yesterday",
        ] {
            assert_eq!(utc(Value::from(s)), None, "{s}");
        }
    }

    #[test]
    fn profiles_in_every_form() {
        let all = Some(vec![
            "domain".to_string(),
            "private".into(),
            "public".into(),
        ]);
        assert_eq!(profiles(&Value::from(0)), all);
        assert_eq!(profiles(&Value::from(0x7fff_ffff)), all);
        assert_eq!(profiles(&Value::from("Any")), all);
        assert_eq!(
            profiles(&Value::from(6)),
            Some(vec!["private".to_string(), "public".into()])
        );
        assert_eq!(
            profiles(&Value::from("Domain, Private")),
            Some(vec!["domain".to_string(), "private".into()])
        );
        assert_eq!(profiles(&Value::from("Somewhere")), None);
        assert_eq!(profiles(&Value::from(-1)), None);
        assert_eq!(profiles(&Value::Null), None);
    }

    #[test]
    fn not_json_and_not_objects() {
        assert!(matches!(
            parse_firewall_rules("{\"Name\": "),
            Err(ParseError::Json { .. })
        ));
        assert!(matches!(
            parse_certificates("42"),
            Err(ParseError::Invalid { .. })
        ));
        assert!(matches!(
            parse_firewall_rules("[1]"),
            Err(ParseError::Invalid { .. })
        ));
        assert_eq!(parse_firewall_rules("null"), Ok(vec![]));
        assert_eq!(
            parse_machine_keys(""),
            Err(ParseError::Empty {
                command: MACHINE_KEYS
            })
        );
        assert_eq!(
            parse_machine_keys(
                "Get-Acl : Attempted to perform an unauthorized operation.\r\n    + CategoryInfo          : NotSpecified: (:) [Get-Acl], UnauthorizedAccessException"
            ),
            Err(ParseError::AccessDenied {
                command: MACHINE_KEYS
            })
        );
    }
}
