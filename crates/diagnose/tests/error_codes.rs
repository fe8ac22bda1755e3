//! The table of every documented code (`data/error_codes.toml`): complete against the
//! documented lists, consistent with the finding ids and the catalogue, and every form users
//! paste reads back to its entry.

use std::collections::BTreeSet;

use rdp_doctor_diagnose::catalogue::{Catalogue, ENGLISH};
use rdp_doctor_diagnose::error_codes::{
    self, CODES, Cause, CodeEntry, SOURCES, Who, entry, lookup, other_readings, read,
};
use rdp_doctor_diagnose::{Context, diagnose, t};
use rdp_doctor_model::{CodeList, ErrorCode, Evidence, Reading, Target, finding_id};

const LISTS: [CodeList; 5] = [
    CodeList::Disconnect,
    CodeList::Extended,
    CodeList::Errinfo,
    CodeList::Errconnect,
    CodeList::WindowsApp,
];

fn of(list: CodeList) -> impl Iterator<Item = &'static CodeEntry> {
    CODES.iter().filter(move |e| e.list == list)
}

fn ok(text: &str) -> ErrorCode {
    read(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

#[test]
fn the_table_has_every_documented_code() {
    let count = |l| of(l).count();
    // IMsTscAxEvents::OnDisconnected lists 47 reasons, ExtendedDisconnectReasonCode 28,
    // FreeRDP's error.h 120 ERRINFO_* (MS-RDPBCGR 2.2.5.1.1) and 29 ERRCONNECT_*; three
    // Windows App codes are known from user reports.
    assert_eq!(count(CodeList::Disconnect), 47);
    assert_eq!(count(CodeList::Extended), 28);
    assert_eq!(count(CodeList::Errinfo), 120);
    assert_eq!(count(CodeList::Errconnect), 29);
    assert_eq!(count(CodeList::WindowsApp), 3);
    for code in [
        0x0, 0x3, 0x104, 0x204, 0x508, 0x604, 0x606, 0x807, 0x808, 0x904, 0xB06, 0xC06, 0x1B07,
        0x2207,
    ] {
        assert!(
            entry(CodeList::Disconnect, code).is_some(),
            "disconnect 0x{code:x}"
        );
    }
    for code in [0x0, 0x7, 0x9, 0xC, 0x100, 0x10B, 0x300, 0x1000, 0x7FFF] {
        assert!(
            entry(CodeList::Extended, code).is_some(),
            "extended 0x{code:x}"
        );
    }
    assert_eq!(
        entry(CodeList::Errinfo, 0xC).map(|e| e.name),
        Some("ERRINFO_LOGOFF_BY_USER")
    );
    assert_eq!(
        entry(CodeList::Errconnect, 0x6).map(|e| e.name),
        Some("ERRCONNECT_CONNECT_FAILED")
    );
    assert!(entry(CodeList::WindowsApp, 0x3000046).is_some());
}

#[test]
fn codes_and_names_are_unique_per_list_and_cite_their_source() {
    for list in LISTS {
        let codes: BTreeSet<u32> = of(list).map(|e| e.code).collect();
        assert_eq!(codes.len(), of(list).count(), "{list:?}: a code twice");
        let names: Vec<&str> = of(list).map(|e| e.name).filter(|n| !n.is_empty()).collect();
        let unique: BTreeSet<&str> = names.iter().copied().collect();
        if matches!(list, CodeList::Errinfo | CodeList::Errconnect) {
            assert_eq!(unique.len(), names.len(), "{list:?}: a name twice");
            assert_eq!(
                names.len(),
                of(list).count(),
                "{list:?}: an entry without a name"
            );
        }
    }
    for e in CODES {
        let source = error_codes::source(e).unwrap_or_else(|| panic!("{e:?}: no source"));
        assert!(source.url.starts_with("https://"), "{source:?}");
    }
    assert!(SOURCES.len() >= 5);
}

#[test]
fn every_finding_and_message_of_the_table_exists() {
    let catalogue = Catalogue::new("en", ENGLISH);
    for e in CODES {
        for id in e.findings {
            assert!(
                finding_id::ALL.contains(id),
                "0x{:x}: {id} is no finding",
                e.code
            );
        }
        if let Some(m) = e.message {
            assert!(catalogue.has(m), "{m} is not in messages/en.ftl");
        }
    }
}

/// Every entry has its plain meaning and a cause (build.rs refuses a table without them).
#[test]
fn every_entry_has_its_meaning_and_cause() {
    assert!(
        CODES
            .iter()
            .all(|e| e.message.is_some() && e.cause.is_some())
    );
}

/// Whether a bare number reads as this entry without a hint: its list is the first of the
/// lists it is in (disconnect, windows app, errinfo, errconnect; extended codes only second).
fn preferred(e: &CodeEntry) -> bool {
    e.list != CodeList::Extended
        && error_codes::entries(e.code).find(|o| o.list != CodeList::Extended) == Some(e)
}

#[test]
fn every_form_reads_back_to_its_entry() {
    let mut checked = 0;
    for e in CODES.iter().filter(|e| preferred(e)) {
        let want = (e.code, e.list);
        let got = |t: &str| {
            let c = ok(t);
            (c.code, c.list.expect("a known code has its list"))
        };
        let c = e.code;
        for text in [
            format!("0x{c:x}"),
            format!("0X{c:X}"),
            format!("0x{c:08x}"),
            format!("Error code: 0x{c:x}"),
            format!("Error code: 0x{c:X}Extended error code: 0x0"),
            format!(
                "Remote Desktop can't connect.\nError code: 0x{c:x}\nExtended error code: 0x0\nTimestamp (UTC): 2026-12-03 10:01:02 AM"
            ),
        ] {
            assert_eq!(got(&text), want, "{text:?}");
            checked += 1;
        }
        assert_eq!(ok(&format!("0x{c:x}")).reading, Some(Reading::Hex));
        // Without `0x`: the hex reading, unless the decimal reading is a code too (then said).
        let bare = format!("{c:x}");
        let read_bare = ok(&bare);
        if (read_bare.code, read_bare.list) != (c, Some(e.list)) {
            assert!(
                other_readings(read_bare)
                    .iter()
                    .any(|(o, oe)| o.code == c && oe == &e),
                "{bare:?}: 0x{c:x} is neither read nor said"
            );
        }
        // Decimal: read as decimal unless the same digits in hex are a code (then said).
        let decimal = c.to_string();
        let read_decimal = ok(&decimal);
        if (read_decimal.code, read_decimal.list) != (c, Some(e.list)) {
            assert!(
                other_readings(read_decimal)
                    .iter()
                    .any(|(o, _)| o.code == c),
                "{decimal:?}: 0x{c:x} is neither read nor said"
            );
        } else {
            assert!(matches!(
                read_decimal.reading,
                Some(Reading::Decimal | Reading::HexWithoutPrefix)
            ));
        }
        checked += 2;
    }
    // FreeRDP's names and numbers pick their list, whatever other lists hold the number.
    for e in of(CodeList::Errinfo).chain(of(CodeList::Errconnect)) {
        let class = if e.list == CodeList::Errinfo { 1 } else { 2 };
        let number = class << 16 | e.code;
        let lower = e.name.to_ascii_lowercase();
        for text in [
            e.name.to_string(),
            lower,
            format!(
                "[12:01:02:345] [4242:4243] [ERROR][com.freerdp.core] - {} [0x{number:08X}]",
                e.name
            ),
            format!(
                "[INFO][com.freerdp.core] - [rdp_print_errinfo]: {} (0x{:08X}):The text.",
                e.name, e.code
            ),
            format!("0x{number:08X}"),
            format!("0x{number:x}"),
        ] {
            let c = ok(&text);
            assert_eq!((c.code, c.list), (e.code, Some(e.list)), "{text:?}");
            checked += 1;
        }
        assert_eq!(ok(e.name).reading, Some(Reading::Name));
        assert_eq!(
            ok(&format!("0x{number:08X}")).reading,
            Some(Reading::FreerdpNumber)
        );
    }
    // Every extended code, after a disconnect code, in every way it is written.
    for x in of(CodeList::Extended) {
        let h = x.code;
        for text in [
            format!("0x904/0x{h:x}"),
            format!("0x904, 0x{h:x}"),
            format!("0x904 0x{h:X}"),
            format!("Error code: 0x904\nExtended error code: 0x{h:x}"),
            format!("Error code: 0x904 Extended error code: 0x{h:x}"),
            format!("Fehlercode: 0x904 Erweiterter Fehlercode: 0x{h:x}"),
            // The dialog's lines pasted into the app's one-line field lose their breaks.
            format!("Error code: 0x904Extended error code: 0x{h:x}Timestamp (UTC): 2026-12-03"),
            format!("Code d'erreur : 0x904 Code d'erreur étendu : 0x{h:x}"),
            format!("Código de error: 0x904 Código de error extendido: 0x{h:x}"),
        ] {
            let c = ok(&text);
            assert_eq!((c.code, c.extended), (0x904, Some(h)), "{text:?}");
            let explained = lookup(c).expect("0x904 is known");
            if h != 0 {
                assert_eq!(explained.extended, Some(x), "{text:?}");
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn ambiguous_input_is_read_as_a_known_code_and_says_so() {
    // 904 in decimal (0x388) is no code; 0x904 is.
    let c = ok("904");
    assert_eq!(
        (c.code, c.reading),
        (0x904, Some(Reading::HexWithoutPrefix))
    );
    // 2308 is 0x904 in decimal; 0x2308 is no code.
    let c = ok("2308");
    assert_eq!((c.code, c.reading), (0x904, Some(Reading::Decimal)));
    // 0x104 is a disconnect reason (the dialog's list) and an errinfo code: both said.
    let c = ok("0x104");
    assert_eq!(c.list, Some(CodeList::Disconnect));
    let others = other_readings(c);
    assert!(
        others.iter().any(|(_, e)| e.list == CodeList::Errinfo),
        "{others:?}"
    );
    // FreeRDP's forms select errinfo.
    let c = ok("ERRINFO_LICENSE_HWID_DOESNT_MATCH_LICENSE");
    assert_eq!((c.code, c.list), (0x104, Some(CodeList::Errinfo)));
    assert!(other_readings(c).is_empty());
    assert_eq!(ok("0x00010104").list, Some(CodeList::Errinfo));
    // A code in no list is read literally and reported as unknown.
    let c = ok("0x1234");
    assert_eq!((c.code, c.list), (0x1234, None));
    assert!(lookup(c).is_none());
    // Windows App codes, hex and the decimal the service's diagnostics show.
    assert_eq!(ok("0x3000046").list, Some(CodeList::WindowsApp));
    assert_eq!(ok("50331718").code, 0x3000046);
    for bad in [
        "",
        "xyz",
        "0x",
        "0x904/0x7/0x1",
        "0x1ffffffff",
        "-1",
        "ERRINFO_NO_SUCH_THING",
    ] {
        assert!(read(bad).is_err(), "{bad:?}");
    }
}

fn findings_for(code: &str) -> Vec<rdp_doctor_model::Finding> {
    let target = Target::parse("10.0.0.5").expect("target");
    let ctx = Context {
        target: &target,
        now_unix: 1_780_000_000,
        error_code: Some(ok(code)),
    };
    diagnose(&Evidence::default(), &ctx)
}

#[test]
fn the_code_finding_says_how_the_text_was_read() {
    let f = findings_for("904");
    let code = f
        .iter()
        .find(|f| f.id == "input.error_code")
        .expect("the code's finding");
    assert!(
        code.detail.contains("Read as hexadecimal 0x904"),
        "{}",
        code.detail
    );
    assert!(
        code.detail
            .contains("disconnectReasonAtClientWinsockFDCLOSE"),
        "{}",
        code.detail
    );
    assert_eq!(code.evidence["reading"], "hex_without_prefix");
    assert_eq!(code.evidence["list"], "disconnect");
    let f = findings_for("0x104");
    let code = f
        .iter()
        .find(|f| f.id == "input.error_code")
        .expect("the code's finding");
    assert!(
        code.detail.contains("It could also be 0x104"),
        "{}",
        code.detail
    );
    let f = findings_for("ERRCONNECT_CONNECT_FAILED");
    let code = f
        .iter()
        .find(|f| f.id == "input.error_code")
        .expect("the code's finding");
    assert_eq!(code.evidence["name"], "ERRCONNECT_CONNECT_FAILED");
}

#[test]
fn account_and_licensing_codes_say_so_and_who_fixes_it() {
    for (text, id, cause) in [
        ("0x904/0x9", finding_id::CODE_ACCOUNT, Cause::Account),
        (
            "Error code: 0x904 Extended error code: 0x102",
            finding_id::CODE_LICENSING,
            Cause::Licensing,
        ),
        (
            "ERRCONNECT_ACCOUNT_LOCKED_OUT",
            finding_id::CODE_ACCOUNT,
            Cause::Account,
        ),
        ("0xd07", finding_id::CODE_ACCOUNT, Cause::Account),
        ("0x808", finding_id::CODE_LICENSING, Cause::Licensing),
    ] {
        let explained = lookup(ok(text)).expect("known");
        assert_eq!(explained.cause, Some(cause), "{text}");
        assert_eq!(explained.findings.first(), Some(&id), "{text}");
        let f = findings_for(text);
        let found = f
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("{text}: no {id}"));
        assert!(found.title.contains("not the network"), "{}", found.title);
        // Who fixes it: the code's own words say so for the user and IT, a sentence for the
        // others.
        let who = match explained.who {
            Who::It => "IT department".to_string(),
            Who::User => "again".to_string(),
            Who::HostOwner => t!("code-who-host_owner"),
            Who::Unknown => t!("code-who-unknown"),
        };
        assert!(found.detail.contains(&who), "{text}: {}", found.detail);
    }
    // Every account or licensing code IT fixes says so in its own words (the finding adds no
    // sentence of its own for them).
    for e in CODES {
        if matches!(e.cause, Some(Cause::Account | Cause::Licensing)) && e.who == Who::It {
            let words = error_codes::meaning(e);
            assert!(words.contains("IT department"), "{}: {words}", e.name);
        }
    }
    // A network code gets neither.
    let f = findings_for("0x204");
    assert!(!f.iter().any(|f| f.id.starts_with("code.")));
}
