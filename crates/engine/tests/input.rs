//! What the user types or opens, read into a target — or one sentence saying why not.

use rdp_doctor_engine::input::{
    shown_input, target_from_rdp_file, target_from_text, text_from_words,
};
use rdp_doctor_model::{Target, TargetSource};

fn ok(text: &str) -> Target {
    target_from_text(text).unwrap_or_else(|e| panic!("{text}: {}", e.message_sentence()))
}

fn refused(text: &str) -> (&'static str, String) {
    let bad = target_from_text(text).expect_err(text);
    (bad.finding_id, bad.message_sentence())
}

fn gateway(t: &Target) -> Option<(String, u16, Option<i64>, bool)> {
    t.gateway
        .as_ref()
        .map(|g| (g.host.clone(), g.port, g.usage_method, g.from_rdp_file))
}

#[test]
fn plain_names_and_addresses_as_before() {
    let t = ok("pc.example.com:3390");
    assert_eq!((t.host.as_str(), t.port), ("pc.example.com", 3390));
    assert_eq!(t.source, TargetSource::Typed);
    assert_eq!(ok("rdp://host.lab:3389/").host, "host.lab");
    assert_eq!(shown_input("pc.example.com:3390"), "pc.example.com:3390");
    assert_eq!(refused("pc;rm -rf /").0, "input.invalid_target");
}

#[test]
fn rdp_links_are_read_like_files() {
    let t = ok(
        "rdp://full%20address=s:pc.example:3390&audiomode=i:2&gatewayhostname=s:gw.example\
                &gatewayusagemethod=i:2&username=s:alice&password%2051=b:01000000D08C",
    );
    assert_eq!((t.host.as_str(), t.port), ("pc.example", 3390));
    assert_eq!(t.source, TargetSource::Typed);
    assert_eq!(
        gateway(&t),
        Some(("gw.example".into(), 443, Some(2), false))
    );
    // "server port" applies when the address has none, as in a file.
    assert_eq!(
        ok("rdp://full%20address=s:pc&server%20port=i:3391").port,
        3391
    );
    // A part that is not a setting is passed over and named.
    let t = ok("rdp://full%20address=s:pc&desktopwidth=i:wide&junk");
    let s = t.file_settings.expect("settings");
    assert_eq!(s.skipped_count, 2);
    assert_eq!(
        s.skipped_lines,
        [
            "part 2: \"desktopwidth\" is not a whole number",
            "part 3: it is not of the form name=type:value"
        ]
    );
    assert_eq!(s.alternate_full_address, None);
    assert_eq!(
        refused("rdp://full%20address=s:&audiomode=i:2"),
        (
            "input.invalid_target",
            "The rdp:// link names no computer: its 'full address' is empty.".into()
        )
    );
    assert_eq!(
        refused("rdp://audiomode=i:2").1,
        "The rdp:// link names no computer: it has no 'full address'."
    );
    // The report shows what was read, never the user name or the password blob.
    let shown = shown_input(
        "rdp://full%20address=s:pc:3390&username=s:alice&password%2051=b:01000000D08C&gatewayhostname=s:gw",
    );
    assert_eq!(shown, "rdp://full%20address=s:pc:3390&gatewayhostname=s:gw");
}

#[test]
fn freerdp_and_mstsc_lines_name_the_computer_and_gateway() {
    let t = ok("xfreerdp /v:pc.example:3390 /u:alice /p:S3cret! /g:gw.example:8443 +clipboard");
    assert_eq!((t.host.as_str(), t.port), ("pc.example", 3390));
    assert_eq!(gateway(&t), Some(("gw.example".into(), 8443, None, false)));
    let t = ok("/v:10.0.0.5 /port:3391");
    assert_eq!((t.host.as_str(), t.port), ("10.0.0.5", 3391));
    // A port in /v: wins over /port:, as "full address" wins over "server port".
    assert_eq!(ok("/v:pc:3390 /port:3391").port, 3390);
    assert_eq!(ok("mstsc /v:[fe80::1]:3390").host, "fe80::1");
    let t = ok("sdl-freerdp3 /v:pc /gateway:g:gw.example,u:bob,p:pw,usage-method:detect");
    assert_eq!(
        gateway(&t),
        Some(("gw.example".into(), 443, Some(2), false))
    );
    assert_eq!(
        shown_input("xfreerdp /v:pc /u:alice /p:S3cret! /g:gw /gp:S3cret!"),
        "xfreerdp /v:pc /g:gw"
    );
    let cases: [(&str, &str, &str); 8] = [
        (
            "xfreerdp /u:me /p:x",
            "input.invalid_target",
            "The command line names no computer: add /v: with its name, e.g. /v:pc.example.com.",
        ),
        (
            "mstsc office.rdp /f",
            "input.invalid_target",
            "The command line names a .rdp file, not a computer: open the file itself in RDP Doctor.",
        ),
        (
            "/v:pc /port:70000",
            "input.invalid_port",
            "\"70000\" is not a valid port: a port is a number from 1 to 65535 (Remote Desktop uses 3389).",
        ),
        (
            "/v:pc;calc",
            "input.invalid_target",
            "\"pc;calc\" is not a computer name or address: names may contain only letters, digits, \"-\" and \".\", not the character \";\".",
        ),
        (
            "/v:pc /g:gw;calc",
            "input.invalid_target",
            "The gateway \"gw;calc:443\" is not a computer name or address: names may contain only letters, digits, \"-\" and \".\", not the character \";\".",
        ),
        (
            "/v:pc /gateway-usage-method:sometimes",
            "input.invalid_target",
            "In the command line, /gateway-usage-method takes direct or detect.",
        ),
        (
            "/v: /g:gw",
            "input.invalid_target",
            "In the command line, /v: needs a value after the colon.",
        ),
        (
            "/v:pc /gateway:g:,u:me",
            "input.invalid_target",
            "In the command line, /gateway:g: needs the gateway's name after it.",
        ),
    ];
    for (text, id, sentence) in cases {
        assert_eq!(refused(text), (id, sentence.to_string()), "{text}");
        assert!(!refused(text).1.contains("S3cret"));
    }
}

#[test]
fn words_from_a_shell_stay_words() {
    assert_eq!(text_from_words(&["/v:pc", "/g:gw"]), "/v:pc /g:gw");
    assert_eq!(text_from_words(&["/v:pc /p:x"]), "/v:pc /p:x");
    assert_eq!(ok(&text_from_words(&["/v:pc:3390 /p:x"])).port, 3390);
    assert_eq!(
        text_from_words(&["/v:pc", "/u:John Smith"]),
        "/v:pc \"/u:John Smith\""
    );
    assert_eq!(
        ok(&text_from_words(&["/v:pc", "/u:John Smith", "/g:gw"])).host,
        "pc"
    );
}

#[test]
fn files_keep_their_name_as_typed_and_skip_what_mstsc_skips() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The name as typed, capitals and all, in the one sentence.
    let missing = dir.path().join("office.RDP");
    let bad = target_from_rdp_file(&missing).expect_err("missing");
    let sentence = bad.message_sentence();
    assert!(
        sentence.starts_with(&format!(
            "The file {} cannot be opened: ",
            missing.display()
        )),
        "{sentence}"
    );
    let lower = dir.path().join("office.rdp");
    std::fs::write(&lower, [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0xff, 0xfe, 0]).expect("write");
    assert_eq!(
        target_from_rdp_file(&lower)
            .map_err(|e| e.message_sentence())
            .err(),
        Some(format!(
            "The file {} is not a Remote Desktop file: it holds binary data, not Remote Desktop settings.",
            lower.display()
        ))
    );
    // One broken line, a non-hex password blob, a port and a gateway that cannot be used:
    // skipped, the rest is read.
    let file = dir.path().join("Büro.rdp");
    std::fs::write(
        &file,
        "full address:s:pc.example\r\nthis line is wrong\r\npassword 51:b:zz-NOT-HEX-SECRET\r\n\
         server port:i:70000\r\ngatewayhostname:s:gw;calc\r\ngatewayusagemethod:i:1\r\n",
    )
    .expect("write");
    let t = target_from_rdp_file(&file).expect("readable");
    assert_eq!((t.host.as_str(), t.port), ("pc.example", 3389));
    assert_eq!(t.gateway, None);
    let s = t.file_settings.expect("settings");
    assert_eq!(s.skipped_count, 4);
    assert_eq!(
        s.skipped_lines[0],
        "line 2: it is not of the form name:type:value"
    );
    assert_eq!(
        s.skipped_lines[1],
        "line 3: \"password 51\" is not hexadecimal"
    );
    assert_eq!(
        s.skipped_lines[2],
        "line 4: \"server port\" 70000 is not a port from 1 to 65535, so 3389 is used"
    );
    assert!(
        s.skipped_lines[3].starts_with("line 5: \"gatewayhostname\" is not usable ("),
        "{}",
        s.skipped_lines[3]
    );
    assert!(!format!("{s:?}").contains("NOT-HEX-SECRET"));
    // An empty address is the one thing that stops it, worded exactly.
    let empty = dir.path().join("Empty.rdp");
    std::fs::write(&empty, "full address:s:\r\nusername:s:me\r\n").expect("write");
    assert_eq!(
        target_from_rdp_file(&empty)
            .map_err(|e| e.message_sentence())
            .err(),
        Some("The file names no computer: its 'full address' is empty.".into())
    );
}

/// Every typed reason from below (wire's skipped lines and refused files, model's refused
/// names) is worded from the catalogue, in the words reports have always shown.
#[test]
fn typed_reasons_are_worded_from_the_catalogue() {
    use rdp_doctor_engine::input::{error_code_error, host_problem, skip_reason, target_error};
    use rdp_doctor_model::{ErrorCode, HostProblem, TargetError};
    use rdp_doctor_wire::rdpfile::{LineForm, SkipReason, ValueProblem};

    let bad = |setting: Option<&str>, problem| {
        skip_reason(&SkipReason::BadValue {
            setting: setting.map(str::to_string),
            problem,
        })
    };
    let cases = [
        (
            skip_reason(&SkipReason::NotASetting {
                form: LineForm::File,
            }),
            "it is not of the form name:type:value",
        ),
        (
            skip_reason(&SkipReason::NotASetting {
                form: LineForm::Link,
            }),
            "it is not of the form name=type:value",
        ),
        (
            skip_reason(&SkipReason::ControlCharacter),
            "it contains a control character, such as a NUL byte",
        ),
        (
            bad(Some("server port"), ValueProblem::NotWholeNumber),
            "\"server port\" is not a whole number",
        ),
        (
            bad(Some("desktopwidth"), ValueProblem::OutOfRange),
            "\"desktopwidth\" is out of range for a 32-bit number",
        ),
        (
            bad(None, ValueProblem::UnknownType),
            "a setting has a type other than s, i or b",
        ),
        (
            bad(Some("password 51"), ValueProblem::NotHex),
            "\"password 51\" is not hexadecimal",
        ),
        (
            bad(Some("password 51"), ValueProblem::OddHexDigits),
            "\"password 51\" has an odd number of hex digits",
        ),
        (
            target_error(&TargetError::Empty),
            "please type the name or address of the computer you connect to",
        ),
        (
            target_error(&TargetError::InvalidHost {
                input: "a b".into(),
                reason: HostProblem::Character('!'),
            }),
            "\"a b\" is not a computer name or address: names may contain only letters, \
             digits, \"-\" and \".\", not the character \"!\"",
        ),
        (
            target_error(&TargetError::InvalidPort { port: "0".into() }),
            "\"0\" is not a valid port: a port is a number from 1 to 65535 (Remote Desktop \
             uses 3389)",
        ),
        (
            host_problem(HostProblem::LeadingBackslashes),
            "type the computer name without the leading \\\\",
        ),
        (
            error_code_error(&ErrorCode::parse("0x90z").expect_err("not a code")),
            "\"0x90z\" is not an error code; type it as shown by Remote Desktop, e.g. 0x904 \
             or 0x904/0x7",
        ),
    ];
    for (worded, expected) in cases {
        assert_eq!(worded, expected);
    }
    // Every host problem has its own words, none empty.
    let problems = [
        HostProblem::UnclosedBracket,
        HostProblem::AfterBracket,
        HostProblem::NotIpv6InBrackets,
        HostProblem::SeveralColons,
        HostProblem::LeadingBackslashes,
        HostProblem::EmptyName,
        HostProblem::NameTooLong,
        HostProblem::Character('x'),
        HostProblem::SpaceOrControl,
        HostProblem::EmptyLabel,
        HostProblem::LabelTooLong,
        HostProblem::LabelHyphen,
        HostProblem::BadIpv4,
    ];
    let words: std::collections::BTreeSet<String> =
        problems.into_iter().map(host_problem).collect();
    assert_eq!(words.len(), problems.len());
    assert!(words.iter().all(|w| w.contains(' ')), "{words:?}");
}
