//! "Send to IT": the `mailto:` link (encoding, length cap, what it says) and the saved files.

use std::path::PathBuf;

use rdp_doctor_engine::send::{
    MAX_MAILTO, Saved, file_stem, mail_to_it, mailto, percent_encode, save_report,
};
use rdp_doctor_model::{Organisation, Report, SupportContact, Target};

/// Percent-decoding, to read back what a mail program reads.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex digit"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

/// (address, subject, body) of a `mailto:` link, split where a mail program splits it.
fn fields(uri: &str) -> (String, String, String) {
    let rest = uri.strip_prefix("mailto:").expect("mailto:");
    let (to, query) = rest.split_once('?').expect("?");
    let mut subject = None;
    let mut body = None;
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').expect("k=v");
        match k {
            "subject" => subject = Some(decode(v)),
            "body" => body = Some(decode(v)),
            other => panic!("unexpected field {other} in {uri}"),
        }
    }
    (decode(to), subject.expect("subject"), body.expect("body"))
}

#[test]
fn percent_encoding_leaves_only_unreserved_characters() {
    assert_eq!(percent_encode("a&b#c%d", b""), "a%26b%23c%25d");
    assert_eq!(percent_encode("line\r\nnext", b""), "line%0D%0Anext");
    assert_eq!(percent_encode("Zürich é", b""), "Z%C3%BCrich%20%C3%A9");
    assert_eq!(percent_encode("a+b=c?d/e", b""), "a%2Bb%3Dc%3Fd%2Fe");
    assert_eq!(percent_encode("x-y_z.~", b""), "x-y_z.~");
    assert_eq!(percent_encode("a+b@c.example", b"@"), "a%2Bb@c.example");
}

#[test]
fn no_text_can_add_a_field_or_end_the_link() {
    let uri = mailto(
        "desk@contoso.example",
        "pc & co #1 — 100%",
        "body&cc=evil@example.com\n#fragment\r\nZürich",
        "saved at C:\\Users\\Ann\\Documents\\RDP Doctor\\r.html",
    );
    assert!(uri.is_ascii());
    assert!(!uri.contains('#') && !uri.contains(' ') && !uri.contains('\n'));
    let (to, subject, body) = fields(&uri);
    assert_eq!(to, "desk@contoso.example");
    assert_eq!(subject, "pc & co #1 — 100%");
    assert_eq!(
        body,
        "body&cc=evil@example.com\r\n#fragment\r\nZürich\r\n\r\n\
         saved at C:\\Users\\Ann\\Documents\\RDP Doctor\\r.html"
    );
}

#[test]
fn a_long_body_is_cut_at_a_line_and_the_ending_stays() {
    let body: String = (1..=200)
        .map(|n| format!("✓ row {n}: all good & fine\n"))
        .collect();
    let ending = "The full report is saved as:\n/home/ann/Documents/RDP Doctor/r.html";
    let uri = mailto("desk@contoso.example", "subject", &body, ending);
    assert!(uri.len() <= MAX_MAILTO, "{} characters", uri.len());
    assert!(uri.len() > MAX_MAILTO - 120, "uses its room: {}", uri.len());
    let (_, _, text) = fields(&uri);
    assert!(
        text.starts_with("✓ row 1: all good & fine\r\n✓ row 2:"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "\r\n[…shortened: the saved report has everything]\r\n\r\n\
             The full report is saved as:\r\n/home/ann/Documents/RDP Doctor/r.html"
        ),
        "{text}"
    );
    // Whole lines only.
    let kept: Vec<&str> = text
        .split("\r\n")
        .take_while(|l| l.starts_with('✓'))
        .collect();
    assert!(kept.len() > 5);
    for (n, line) in kept.iter().enumerate() {
        assert_eq!(*line, format!("✓ row {}: all good & fine", n + 1));
    }
    // A short body is not touched.
    let short = mailto("desk@contoso.example", "s", "one\ntwo", "end");
    assert!(!decode(&short).contains("shortened"));
}

fn report() -> Report {
    let started = time::macros::datetime!(2026-11-21 10:14:05 UTC);
    let target = Target::parse("PC042.corp.contoso.example").expect("target");
    let mut report = rdp_doctor_diagnose::assemble_report(
        "PC042.corp.contoso.example",
        &target,
        None,
        rdp_doctor_model::Evidence::default(),
        Vec::new(),
        rdp_doctor_diagnose::ReportTimes {
            started,
            finished: started,
        },
    );
    report.verdict = rdp_doctor_model::Severity::Fail;
    report.summary = "The remote PC refuses connections. Your IT department can fix this.".into();
    report.organisation = Some(Organisation {
        name: Some("Contoso Ltd".into()),
        support: SupportContact {
            name: Some("Service desk".into()),
            email: Some("desk@contoso.example".into()),
            phone: None,
            web: None,
        },
    });
    report
}

#[test]
fn the_mail_to_it_names_the_computer_the_verdict_and_the_saved_file() {
    let saved = Saved {
        html: PathBuf::from("/home/ann/Documents/RDP Doctor/r 1.html"),
        json: PathBuf::from("/home/ann/Documents/RDP Doctor/r 1.json"),
    };
    let uri = mail_to_it(&report(), "desk@contoso.example", &saved);
    assert!(uri.len() <= MAX_MAILTO);
    let (to, subject, body) = fields(&uri);
    assert_eq!(to, "desk@contoso.example");
    assert_eq!(
        subject,
        "RDP Doctor report: PC042.corp.contoso.example:3389 — Problem found"
    );
    assert!(body.contains("Checked for Contoso Ltd — help: Service desk · desk@contoso.example"));
    assert!(body.contains("The remote PC refuses connections."));
    assert!(body.ends_with(
        "The full report is saved on this computer as:\r\n\
         /home/ann/Documents/RDP Doctor/r 1.html\r\n\
         (Attach that file to this e-mail before you send it.)"
    ));
}

#[test]
fn reports_are_saved_beside_each_other_never_over_each_other() {
    let report = report();
    assert_eq!(
        file_stem(&report),
        "rdp-doctor-PC042.corp.contoso.example-2026-11-21-101405"
    );
    let mut odd = report.clone();
    odd.target = Some(Target::parse("[fe80::1]:3390").expect("v6"));
    assert_eq!(file_stem(&odd), "rdp-doctor-fe80__1-2026-11-21-101405");

    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("Documents").join("RDP Doctor");
    let first = save_report(&report, &dir).expect("saved");
    let second = save_report(&report, &dir).expect("saved again");
    assert_eq!(
        first.html,
        dir.join("rdp-doctor-PC042.corp.contoso.example-2026-11-21-101405.html")
    );
    assert_eq!(
        second.json,
        dir.join("rdp-doctor-PC042.corp.contoso.example-2026-11-21-101405-2.json")
    );
    let html = std::fs::read_to_string(&first.html).expect("html");
    assert!(html.contains("Checked for <strong>Contoso Ltd</strong>"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&second.json).expect("json")).expect("json");
    assert_eq!(json["organisation"]["name"], "Contoso Ltd");
    assert_eq!(json["verdict"], "fail");
}
