//! Every file of the `.rdp` corpus (`crates/wire/tests/corpus/rdp`, sources in its README)
//! read as `rdp-doctor check --rdp-file` reads it: the computer, port and gateway it names,
//! the lines passed over, or the one sentence that refuses it. A file added to the folder
//! without a row here fails the test.

use std::path::{Path, PathBuf};

use rdp_doctor_engine::input::target_from_rdp_file;
use rdp_doctor_wire::rdpfile::{RdpValue, is_secret, parse_rdp_file};

/// What reading one file must give.
enum Expect {
    Target {
        host: &'static str,
        port: u16,
        /// Host, port and `gatewayusagemethod`.
        gateway: Option<(&'static str, u16, Option<i64>)>,
        alternate: Option<&'static str>,
        /// How many lines were passed over, and the first ones as the report lists them.
        skipped: usize,
        first_skipped: &'static [&'static str],
    },
    /// The sentence on stderr; `{file}` stands for the path as given.
    Refused(&'static str),
}

const fn direct(host: &'static str, port: u16) -> Expect {
    Expect::Target {
        host,
        port,
        gateway: None,
        alternate: None,
        skipped: 0,
        first_skipped: &[],
    }
}

const AVD_GATEWAY: Option<(&str, u16, Option<i64>)> =
    Some(("afdfp-rdgateway-r1.wvd.microsoft.com", 443, Some(1)));

fn table() -> Vec<(&'static str, Expect)> {
    use Expect::*;
    vec![
        (
            "avd-remoteapp-signed.rdp",
            Target {
                host: "rdgateway-r1.wvd.microsoft.com",
                port: 3389,
                gateway: AVD_GATEWAY,
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        (
            "aws-ec2-console.rdp",
            direct("ec2-203-0-113-164.ap-south-1.compute.example", 3389),
        ),
        (
            "azure-gaming-template.rdp",
            Refused("The file names no computer: its 'full address' is empty."),
        ),
        ("azure-portal-vm.rdp", direct("203.0.113.221", 3389)),
        (
            "boundary-uri-style-line.rdp",
            Refused("The file names no computer: it has no 'full address' line."),
        ),
        ("connector-manager-placeholder.rdp", direct("ip", 3389)),
        (
            "cord-default-empty-address.rdp",
            Refused("The file names no computer: its 'full address' is empty."),
        ),
        // FreeRDP option lines (/v:…), as FreeRDP reads them from a file; /p: is dropped.
        ("dotfiles-freerdp-options.rdp", direct("xxxxxxxx", 3389)),
        ("erp-no-newline.rdp", direct("203.0.113.220", 3389)),
        (
            "freerdp-avd-commercial.rdp",
            Target {
                host: "sessionhost.contoso.invalid",
                port: 3389,
                gateway: Some(("gateway.wvd.microsoft.com", 443, Some(1))),
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        (
            "freerdp-avd-usgov.rdp",
            Target {
                host: "sessionhost.contoso.invalid",
                port: 3390,
                gateway: Some(("gateway.wvd.azure.us", 443, Some(1))),
                alternate: Some("alternate.contoso.invalid"),
                skipped: 0,
                first_skipped: &[],
            },
        ),
        (
            "freerdp-cloudpc-test1.rdp",
            Target {
                host: "rdgateway-r1.wvd.microsoft.com",
                port: 3389,
                gateway: AVD_GATEWAY,
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        (
            "freerdp-disabled-display-options.rdp",
            direct("contoso-rdsh.contoso.com", 3389),
        ),
        (
            "freerdp-gateway-credentials-source-invalid.rdp",
            Target {
                host: "host.contoso.invalid",
                port: 3389,
                gateway: Some(("gateway.contoso.invalid", 443, Some(1))),
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        (
            "freerdp-gateway-credentials-source-smartcard.rdp",
            Target {
                host: "host.contoso.invalid",
                port: 3389,
                gateway: Some(("gateway.contoso.invalid", 443, Some(1))),
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        ("frontend-mstsc.rdp", direct("203.0.113.251", 3389)),
        (
            "frontend-mstsc-utf16-bom-crlf.rdp",
            direct("203.0.113.251", 3389),
        ),
        (
            "hostile-binary-junk.rdp",
            Refused(
                "The file {file} is not a Remote Desktop file: it holds binary data, not Remote \
                 Desktop settings.",
            ),
        ),
        (
            "hostile-empty.rdp",
            Refused("The file names no computer: it has no 'full address' line."),
        ),
        (
            "hostile-many-lines.rdp",
            Target {
                host: "many.example",
                port: 3391,
                gateway: None,
                alternate: None,
                skipped: 4500,
                first_skipped: &[
                    "line 1: it is not of the form name:type:value",
                    "line 2: a setting has a type other than s, i or b",
                    "line 3: \"server port\" is not a whole number",
                ],
            },
        ),
        (
            "hostile-nul-in-address.rdp",
            Refused(
                "The file names no computer: its 'full address' on line 2 cannot be read (it \
                 contains a control character, such as a NUL byte).",
            ),
        ),
        (
            "hostile-utf16be.rdp",
            Refused(
                "The file {file} is not a Remote Desktop file: it is saved as UTF-16 big-endian, \
                 which Remote Desktop does not read; save it as Unicode (UTF-16LE) or UTF-8.",
            ),
        ),
        ("kql-blank-lines.rdp", direct("127.0.0.1", 3390)),
        (
            "kql-blank-lines-utf8-bom-crlf.rdp",
            direct("127.0.0.1", 3390),
        ),
        ("made-ansi-umlaut.rdp", direct("büro-pc.example", 3389)),
        ("malicious-rdp-drives.rdp", direct("192.0.2.132", 3389)),
        ("nexdesk-sample.rdp", direct("jump.example.com", 3389)),
        (
            "ngrokme-tunnel-port.rdp",
            direct("tunnel.ngrok.example", 18064),
        ),
        ("open-rdp-short-name.rdp", direct("test", 3389)),
        ("open-rdp-short-name-cr.rdp", direct("test", 3389)),
        (
            "rdp-shortcut-missing-colon.rdp",
            Target {
                host: "127.0.0.1",
                port: 3389,
                gateway: None,
                alternate: None,
                skipped: 1,
                first_skipped: &["line 10: it is not of the form name:type:value"],
            },
        ),
        (
            "rdpgw-template.rdp",
            Refused(
                "The file's 'full address' is not usable: \"{{host}}\" is not a computer name or \
                 address: names may contain only letters, digits, \"-\" and \".\", not the \
                 character \"{\".",
            ),
        ),
        (
            "rdweb-broker-signed.rdp",
            Target {
                host: "RDBROKER.CORP.EXAMPLE",
                port: 3389,
                gateway: Some(("rdgw.corp.example", 443, Some(2))),
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        (
            "rdweb-broker-signed-utf16-bom-crlf.rdp",
            Target {
                host: "RDBROKER.CORP.EXAMPLE",
                port: 3389,
                gateway: Some(("rdgw.corp.example", 443, Some(2))),
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        // "full address:s:1.2.3.4:3389 " — the trailing space is not part of the port.
        ("rpa-trailing-spaces.rdp", direct("1.2.3.4", 3389)),
        (
            "srdpgpu-gateway-fallback.rdp",
            Target {
                host: "render-pc-18",
                port: 3389,
                gateway: Some(("rdgw.design.example", 443, Some(2))),
                alternate: None,
                skipped: 0,
                first_skipped: &[],
            },
        ),
        (
            "stegpu-indented-bad-blob.rdp",
            Target {
                host: "203.0.113.69",
                port: 3389,
                gateway: None,
                alternate: None,
                skipped: 1,
                first_skipped: &["line 46: \"password 51\" is not hexadecimal"],
            },
        ),
        (
            "teledesk-password-blob.rdp",
            direct("teledesk.example", 33891),
        ),
        (
            "tp-missing-type.rdp",
            Refused(
                "The file names no computer: its 'full address' on line 1 cannot be read (it is \
                 not of the form name:type:value).",
            ),
        ),
        (
            "virt-percent-placeholder.rdp",
            Refused(
                "The file's 'full address' is not usable: \"%ip%\" is not a computer name or \
                 address: names may contain only letters, digits, \"-\" and \".\", not the \
                 character \"%\".",
            ),
        ),
        (
            "virtualcoach-no-address.rdp",
            Refused("The file names no computer: it has no 'full address' line."),
        ),
        (
            "warp-portal-no-credssp.rdp",
            direct("portal.warp.example", 33400),
        ),
        ("webshop-desktop-mstsc.rdp", direct("DESKTOP-EXAMPLE", 3389)),
        (
            "win11-mstsc-password-blob.rdp",
            direct("203.0.113.214", 3389),
        ),
        (
            "win11-mstsc-password-blob-utf16-nobom-crlf.rdp",
            direct("203.0.113.214", 3389),
        ),
    ]
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../wire/tests/corpus/rdp")
}

/// Every secret value the file holds (`password 51` blobs as hex, plain `password`s).
fn secrets(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap_or_default();
    let Ok(file) = parse_rdp_file(&bytes) else {
        return Vec::new();
    };
    file.settings
        .iter()
        .filter(|s| is_secret(&s.name))
        .filter_map(|s| match &s.value {
            RdpValue::Str(v) if v.trim().len() >= 4 => Some(v.trim().to_string()),
            RdpValue::Bin(b) if b.len() >= 4 => {
                Some(b.iter().map(|x| format!("{x:02x}")).collect::<String>())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_corpus_file_reads_as_the_table_says() {
    let table = table();
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus())
        .expect("corpus folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rdp"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = table.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "every corpus file has exactly one row");

    for (name, expect) in &table {
        let path = corpus().join(name);
        let got = target_from_rdp_file(&path);
        match (expect, got) {
            (
                Expect::Target {
                    host,
                    port,
                    gateway,
                    alternate,
                    skipped,
                    first_skipped,
                },
                Ok(target),
            ) => {
                assert_eq!(
                    (target.host.as_str(), target.port),
                    (*host, *port),
                    "{name}"
                );
                let got_gateway = target
                    .gateway
                    .as_ref()
                    .map(|g| (g.host.as_str(), g.port, g.usage_method));
                assert_eq!(got_gateway, *gateway, "{name}");
                let settings = target.file_settings.clone().unwrap_or_default();
                assert_eq!(
                    settings.alternate_full_address.as_deref(),
                    *alternate,
                    "{name}"
                );
                assert_eq!(settings.skipped_count, *skipped, "{name}");
                assert!(settings.skipped_lines.len() <= 20, "{name}");
                assert_eq!(
                    settings
                        .skipped_lines
                        .get(..first_skipped.len())
                        .unwrap_or_default(),
                    *first_skipped,
                    "{name}"
                );
                assert_eq!(
                    target.source,
                    rdp_doctor_model::TargetSource::RdpFile {
                        file: path.display().to_string()
                    },
                    "{name}"
                );
                // No password, blob or token of the file reaches the report's target.
                let json = serde_json::to_string(&target).unwrap_or_default();
                for secret in secrets(&path) {
                    assert!(!json.contains(&secret), "{name}: a secret in {json}");
                }
            }
            (Expect::Refused(sentence), Err(bad)) => {
                let want = sentence.replace("{file}", &path.display().to_string());
                assert_eq!(bad.message_sentence(), want, "{name}");
                assert_eq!(bad.finding_id, "input.rdp_file_invalid", "{name}");
            }
            (Expect::Target { .. }, Err(bad)) => {
                panic!("{name}: refused: {}", bad.message_sentence())
            }
            (Expect::Refused(_), Ok(target)) => panic!("{name}: read as {target}"),
        }
    }
}

#[test]
fn secrets_in_the_corpus_are_found_by_the_check_above() {
    // The check above would pass vacuously if no secret were recognised.
    let blob = secrets(&corpus().join("teledesk-password-blob.rdp"));
    assert_eq!(blob.len(), 1);
    assert!(blob[0].starts_with("01000000d08c9ddf"), "{blob:?}");
    let plain = secrets(&corpus().join("malicious-rdp-drives.rdp"));
    assert_eq!(plain, ["hackerPass321-CHANGETHIS!"]);
}

#[test]
fn a_ten_megabyte_file_gets_one_sentence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("Huge Office.RDP");
    let mut text = b"full address:s:pc.example\r\n".to_vec();
    text.resize(10 * 1024 * 1024, b'x');
    std::fs::write(&path, &text).expect("write");
    let bad = target_from_rdp_file(&path).expect_err("too large");
    assert_eq!(bad.finding_id, "input.rdp_file_invalid");
    assert_eq!(
        bad.message_sentence(),
        format!(
            "The file {} is larger than 1 MB, too large to be a Remote Desktop file (they are a \
             few KB).",
            path.display()
        )
    );
}
