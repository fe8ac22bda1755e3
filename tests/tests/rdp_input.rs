//! What people give `rdp-doctor check` besides a computer's name, end to end with both builds
//! (the Linux CLI, and the Windows CLI under Wine with Windows paths): `.rdp` files from the
//! corpus (`crates/wire/tests/corpus/rdp`) pointed at a real xrdp, with their broken lines
//! skipped; pasted `rdp://` links and FreeRDP/mstsc command lines; and files that name no
//! computer, each refused in one sentence that keeps the file's name as typed. No password,
//! blob or user name given in any of them may appear in the output.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};
use rdp_doctor_tests::gateway::{GatewayBehaviour, GatewayCert, GatewayStandIn};
use rdp_doctor_tests::report::{finding, ids, row};
use rdp_doctor_tests::{Build, CliOutput, RefusedPort, Xrdp, XrdpOptions, cli_binary, run_json};

fn corpus(name: &str) -> PathBuf {
    rdp_doctor_tests::cli::workspace_root()
        .join("crates/wire/tests/corpus/rdp")
        .join(name)
}

/// The path as each build's user types it: Wine maps `Z:` to `/`.
fn typed_path(build: Build, path: &Path) -> String {
    match build {
        Build::Native => path.display().to_string(),
        Build::WindowsUnderWine => format!("Z:{}", path.display()).replace('/', "\\"),
    }
}

/// A corpus file with its address replaced, in the file's own encoding (UTF-16LE when it has
/// the BOM or the zero high bytes, else 8-bit): every other byte stays as found.
fn retarget(name: &str, old: &str, new: &str, dir: &Path) -> Result<PathBuf> {
    let bytes = std::fs::read(corpus(name)).with_context(|| name.to_string())?;
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.get(1) == Some(&0);
    let encode = |s: &str| -> Vec<u8> {
        if utf16 {
            s.encode_utf16().flat_map(u16::to_le_bytes).collect()
        } else {
            s.as_bytes().to_vec()
        }
    };
    let (old, new) = (encode(old), encode(new));
    let at = bytes
        .windows(old.len())
        .position(|w| w == old.as_slice())
        .with_context(|| format!("{name} does not hold the address to replace"))?;
    let mut out = bytes[..at].to_vec();
    out.extend_from_slice(&new);
    out.extend_from_slice(&bytes[at + old.len()..]);
    let path = dir.join(name);
    std::fs::write(&path, out)?;
    Ok(path)
}

/// Output must never repeat any of these (they stand for credentials the input held).
fn assert_no_secret(build: Build, out: &CliOutput, secrets: &[&str]) {
    for secret in secrets {
        let lower = secret.to_ascii_lowercase();
        for text in [&out.stdout, &out.stderr] {
            assert!(
                !text.to_ascii_lowercase().contains(&lower),
                "{build}: {secret} in the output:\n{text}"
            );
        }
    }
}

/// Exactly one line on stderr, nothing on stdout, exit 3, no panic.
fn assert_one_sentence(build: Build, what: &str, out: &CliOutput) -> String {
    assert_eq!(out.code, 3, "{build}, {what}: {out:?}");
    assert!(out.stdout.is_empty(), "{build}, {what}: {}", out.stdout);
    assert!(!out.stderr.contains("panicked"), "{build}, {what}");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{build}, {what}: {:?}", out.stderr);
    lines[0].to_string()
}

#[test]
fn corpus_files_pointed_at_xrdp_are_checked_with_their_broken_lines_skipped() -> Result<()> {
    let xrdp = Xrdp::start(XrdpOptions::default())?;
    let dir = rdp_doctor_tests::temp_dir("rdp-corpus")?;
    let server = xrdp.target();
    // (file, its address, lines the report must list as skipped)
    let cases: [(&str, &str, &[&str]); 4] = [
        // As mstsc saves it: UTF-16LE, BOM, CRLF.
        ("frontend-mstsc-utf16-bom-crlf.rdp", "203.0.113.251", &[]),
        // UTF-16LE without a BOM, with a saved password blob.
        (
            "win11-mstsc-password-blob-utf16-nobom-crlf.rdp",
            "203.0.113.214",
            &[],
        ),
        // Indented, and a password 51 that is not hex: skipped, never shown.
        (
            "stegpu-indented-bad-blob.rdp",
            "203.0.113.69",
            &["line 46: \"password 51\" is not hexadecimal"],
        ),
        // "drivestoredirect:s*".
        (
            "rdp-shortcut-missing-colon.rdp",
            "full address:s:127.0.0.1",
            &["line 10: it is not of the form name:type:value"],
        ),
    ];
    for (name, old, skipped) in cases {
        let new = if old.starts_with("full address") {
            format!("full address:s:{server}")
        } else {
            server.clone()
        };
        let file = retarget(name, old, &new, dir.path())?;
        for build in Build::ALL {
            let out = build.run(&["check", "--rdp-file", &typed_path(build, &file), "--json"])?;
            let report = out.json()?;
            let got = ids(&report);
            assert_eq!(out.code, 1, "{build}, {name}: {got:?}");
            assert!(
                got.iter().any(|i| i == "tls.ok"),
                "{build}, {name}: {got:?}"
            );
            assert_eq!(
                report["target"]["port"].as_u64(),
                Some(u64::from(xrdp.addr().port())),
                "{build}, {name}"
            );
            assert_eq!(report["target"]["source"]["kind"], "rdp_file");
            assert_eq!(row(&report, "input"), "ok", "{build}, {name}");
            let lines = &report["target"]["file_settings"]["skipped_lines"];
            if skipped.is_empty() {
                assert!(
                    !got.iter().any(|i| i == "input.rdp_file_lines_skipped"),
                    "{build}, {name}"
                );
                assert!(
                    lines.is_null(),
                    "{build}, {name}: absent when none: {lines}"
                );
            } else {
                let f = finding(&report, "input.rdp_file_lines_skipped");
                assert_eq!(f["severity"], "info", "{build}, {name}");
                assert_eq!(&f["evidence"]["skipped_lines"], &serde_json::json!(skipped));
                assert_eq!(lines, &serde_json::json!(skipped), "{build}, {name}");
            }
            // The (replaced) DPAPI header, the blob's stand-in and the user names.
            assert_no_secret(build, &out, &["d08c9ddf", "AAAAAAAAAAAA"]);
        }
    }
    Ok(())
}

#[test]
fn pasted_links_and_command_lines_check_the_real_server() -> Result<()> {
    let xrdp = Xrdp::start(XrdpOptions::default())?;
    let port = xrdp.addr().port();
    let link = format!(
        "rdp://full%20address=s:127.0.0.1:{port}&audiomode=i:2&username=s:alice\
         &password%2051=b:01000000D08C9DDF0115D1118C7A00C04FC297EB"
    );
    let freerdp = format!(
        "xfreerdp /v:127.0.0.1 /port:{port} /u:alice /p:S3cret!Pass /d:CORP -wallpaper +clipboard"
    );
    let mstsc = format!("mstsc.exe /v:127.0.0.1:{port} /f");
    let split = [
        "check".to_string(),
        format!("/v:127.0.0.1:{port}"),
        "/u:alice".into(),
        "/p:S3cret!Pass".into(),
        "--json".into(),
    ];
    for build in Build::ALL {
        let cases: [(Vec<String>, String); 4] = [
            (
                vec!["check".into(), link.clone(), "--json".into()],
                format!("rdp://full%20address=s:127.0.0.1:{port}"),
            ),
            (
                vec!["check".into(), freerdp.clone(), "--json".into()],
                format!("xfreerdp /v:127.0.0.1 /port:{port}"),
            ),
            (
                vec!["check".into(), mstsc.clone(), "--json".into()],
                format!("mstsc /v:127.0.0.1:{port}"),
            ),
            // Unquoted, the shell splits the line into words: the same check.
            (split.to_vec(), format!("/v:127.0.0.1:{port}")),
        ];
        for (args, shown) in cases {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = build.run(&args)?;
            let report = out.json()?;
            let got = ids(&report);
            assert_eq!(out.code, 1, "{build}, {args:?}: {got:?}");
            assert!(got.iter().any(|i| i == "tls.ok"), "{build}: {got:?}");
            assert_eq!(report["target"]["port"].as_u64(), Some(u64::from(port)));
            assert_eq!(report["target"]["source"]["kind"], "typed");
            assert_eq!(report["input"], shown, "{build}, {args:?}");
            assert_no_secret(build, &out, &["S3cret", "alice", "D08C9DDF"]);
        }
    }
    Ok(())
}

#[test]
fn a_pasted_gateway_is_checked_like_the_gateway_option() -> Result<()> {
    let gateway = GatewayStandIn::start(GatewayCert::Expired, GatewayBehaviour::Gateway)?;
    let host = RefusedPort::new()?;
    for line in [
        format!(
            "/v:{} /g:localhost:{} /gp:S3cret",
            host.addr(),
            gateway.port()
        ),
        format!(
            "sdl-freerdp3 /v:{} /gateway:g:localhost:{},u:alice,p:S3cret,usage-method:direct",
            host.addr(),
            gateway.port()
        ),
    ] {
        let mut c = Command::new(cli_binary());
        c.args(["check", &line, "--json"]);
        c.env("SSL_CERT_FILE", gateway.ca_bundle())
            .env_remove("SSL_CERT_DIR");
        let (code, report) = run_json(c)?;
        assert_eq!(code, 2, "{line}: {:?}", ids(&report));
        assert_eq!(report["target"]["gateway"]["port"], gateway.port());
        assert_eq!(report["evidence"]["gateway"]["from_rdp_file"], false);
        let got = ids(&report);
        assert_eq!(
            got.first().map(String::as_str),
            Some("gateway.cert_invalid")
        );
        assert_eq!(row(&report, "reach"), "skipped", "{line}");
        assert!(!report.to_string().contains("S3cret") && !report.to_string().contains("alice"));
    }
    Ok(())
}

#[test]
fn files_that_name_no_computer_get_one_sentence_with_the_name_as_typed() -> Result<()> {
    let dir = rdp_doctor_tests::temp_dir("rdp-refused")?;
    let refused = RefusedPort::new()?;
    let empty = dir.path().join("Office Copy.RDP");
    std::fs::write(
        &empty,
        "screen mode id:i:2\r\nfull address:s:\r\nusername:s:someone\r\n",
    )?;
    let huge = dir.path().join("Huge.RDP");
    let mut bytes = b"full address:s:pc.example\r\n".to_vec();
    bytes.resize(10 * 1024 * 1024, b'x');
    std::fs::write(&huge, bytes)?;
    let missing = dir.path().join("Missing-Office.RDP");
    // Thousands of junk lines around an address that refuses: checked, with 4,500 skipped.
    let many = retarget(
        "hostile-many-lines.rdp",
        "many.example:3391",
        &refused.addr().to_string(),
        dir.path(),
    )?;
    for build in Build::ALL {
        let run = |path: &Path, json: bool| -> Result<CliOutput> {
            let typed = typed_path(build, path);
            let mut args = vec!["check", "--rdp-file", typed.as_str()];
            if json {
                args.push("--json");
            }
            build.run(&args)
        };
        let sentence = assert_one_sentence(build, "empty address", &run(&empty, false)?);
        assert_eq!(
            sentence,
            "The file names no computer: its 'full address' is empty."
        );
        let typed = typed_path(build, &missing);
        let sentence = assert_one_sentence(build, "missing", &run(&missing, false)?);
        assert!(
            sentence.starts_with(&format!("The file {typed} cannot be opened: ")),
            "{build}: {sentence}"
        );
        let typed = typed_path(build, &huge);
        assert_eq!(
            assert_one_sentence(build, "10 MB", &run(&huge, false)?),
            format!(
                "The file {typed} is larger than 1 MB, too large to be a Remote Desktop file \
                 (they are a few KB)."
            )
        );
        let junk = corpus("hostile-binary-junk.rdp");
        let typed = typed_path(build, &junk);
        assert_eq!(
            assert_one_sentence(build, "binary", &run(&junk, false)?),
            format!(
                "The file {typed} is not a Remote Desktop file: it holds binary data, not \
                 Remote Desktop settings."
            )
        );
        for (name, sentence) in [
            (
                "hostile-nul-in-address.rdp",
                "The file names no computer: its 'full address' on line 2 cannot be read (it \
                 contains a control character, such as a NUL byte).",
            ),
            (
                "tp-missing-type.rdp",
                "The file names no computer: its 'full address' on line 1 cannot be read (it is \
                 not of the form name:type:value).",
            ),
            (
                "hostile-utf16be.rdp",
                "is not a Remote Desktop file: it is saved as UTF-16 big-endian",
            ),
        ] {
            let got = assert_one_sentence(build, name, &run(&corpus(name), false)?);
            assert!(got.contains(sentence), "{build}, {name}: {got}");
        }
        // As JSON: the report says the same, with the file as given.
        let out = run(&empty, true)?;
        assert_eq!(out.code, 3);
        let report = out.json()?;
        assert_eq!(ids(&report), ["input.rdp_file_invalid"]);
        let f = finding(&report, "input.rdp_file_invalid");
        assert_eq!(
            f["detail"],
            "The file names no computer: its 'full address' is empty."
        );
        assert_eq!(report["input"], typed_path(build, &empty));
        // Thousands of lines: checked, the skipped ones counted, 20 kept.
        let out = run(&many, true)?;
        let report = out.json()?;
        assert_eq!(out.code, 2, "{build}: {:?}", ids(&report));
        assert!(ids(&report).iter().any(|i| i == "reach.refused"));
        let f = finding(&report, "input.rdp_file_lines_skipped");
        assert_eq!(f["evidence"]["skipped_count"], 4500, "{build}");
        assert_eq!(
            f["evidence"]["skipped_lines"].as_array().map(Vec::len),
            Some(20)
        );
        assert_eq!(
            f["title"],
            "4500 lines of the Remote Desktop file are not settings and were skipped"
        );
    }
    Ok(())
}

#[test]
fn bad_links_and_command_lines_get_one_sentence_without_their_secrets() -> Result<()> {
    let cases: [(&str, &str); 5] = [
        (
            "rdp://audiomode=i:2&password%2051=b:01000000D08C9DDF",
            "The rdp:// link names no computer: it has no 'full address'.",
        ),
        (
            "rdp://full%20address=s:&username=s:alice",
            "The rdp:// link names no computer: its 'full address' is empty.",
        ),
        (
            "xfreerdp /u:alice /p:S3cret!Pass",
            "The command line names no computer: add /v: with its name, e.g. /v:pc.example.com.",
        ),
        (
            "/v:pc /gateway-usage-method:sometimes /p:S3cret!Pass",
            "In the command line, /gateway-usage-method takes direct or detect.",
        ),
        (
            "/v:pc;calc /p:S3cret!Pass",
            "\"pc;calc\" is not a computer name or address: names may contain only letters, \
             digits, \"-\" and \".\", not the character \";\".",
        ),
    ];
    for build in Build::ALL {
        for (input, sentence) in cases {
            let out = build.run(&["check", input])?;
            assert_eq!(assert_one_sentence(build, input, &out), sentence, "{build}");
            assert_no_secret(build, &out, &["S3cret", "alice", "D08C9DDF"]);
            let out = build.run(&["check", input, "--json"])?;
            assert_eq!(out.code, 3, "{build}, {input}");
            let report = out.json()?;
            assert_eq!(report["verdict"], "fail");
            assert_no_secret(build, &out, &["S3cret", "alice", "D08C9DDF"]);
        }
    }
    Ok(())
}
