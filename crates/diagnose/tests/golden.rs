//! The previous version's answers, pinned. `golden/<kind>.jsonl` holds inputs recorded from
//! every diagnosis, host diagnosis and report the whole test suite made (real xrdp and FreeRDP,
//! fault responders, recorded Windows outputs, the rule tables, the GUI) before the rules moved
//! into areas and their wording into the message catalogue; `golden/<kind>.expected.jsonl`
//! holds what that version answered, line for line. Beside the recordings, 69 connection and
//! 58 host cases were made by hand (recorded ones with one fact changed) so every message of
//! the catalogue is reached; their answers too are the previous version's. Every finding (id,
//! title, detail, evidence, fixes), every report (its JSON schema and values) and the text,
//! brief and HTML renderings must come out byte-identical.
//!
//! `RDP_DOCTOR_BLESS=1 cargo test -p rdp-doctor-diagnose --test golden` rewrites the expected
//! files: only for a deliberate change of wording or schema, reviewed in the diff.

use std::path::{Path, PathBuf};

use rdp_doctor_diagnose::{
    Context, ReportTimes, assemble_report, diagnose, diagnose_host, host_report,
    input_error_report, render,
};
use rdp_doctor_model::{ErrorCode, Evidence, Finding, HostFacts, Report, Target};
use serde::Deserialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn times(t: [i128; 2]) -> ReportTimes {
    let at = |n| OffsetDateTime::from_unix_timestamp_nanos(n).expect("a recorded time");
    ReportTimes {
        started: at(t[0]),
        finished: at(t[1]),
    }
}

fn renderings(report: &Report) -> Value {
    json!({
        "report": report,
        "text": render::text(report, false),
        "brief": render::brief_text(report),
        "html": render::html(report),
    })
}

#[derive(Deserialize)]
struct DiagnoseCase {
    target: Target,
    now_unix: i64,
    error_code: Option<ErrorCode>,
    evidence: Evidence,
}

#[derive(Deserialize)]
struct HostCase {
    facts: HostFacts,
}

#[derive(Deserialize)]
struct HostReportCase {
    facts: HostFacts,
    times: [i128; 2],
}

#[derive(Deserialize)]
struct InputErrorCase {
    input: String,
    finding_id: String,
    message: String,
    error_code: Option<ErrorCode>,
    times: [i128; 2],
}

#[derive(Deserialize)]
struct ReportCase {
    input: String,
    target: Target,
    error_code: Option<ErrorCode>,
    evidence: Evidence,
    findings: Vec<Finding>,
    times: [i128; 2],
}

fn answer(kind: &str, line: &str) -> Value {
    let parse = |what: &str| -> Value {
        serde_json::from_str(line).unwrap_or_else(|e| panic!("{kind}: bad {what} case: {e}"))
    };
    match kind {
        "diagnose" => {
            let c: DiagnoseCase = serde_json::from_value(parse("diagnose")).expect("case");
            let ctx = Context {
                target: &c.target,
                now_unix: c.now_unix,
                error_code: c.error_code,
            };
            json!(diagnose(&c.evidence, &ctx))
        }
        "host" => {
            let c: HostCase = serde_json::from_value(parse("host")).expect("case");
            json!(diagnose_host(&c.facts))
        }
        "hostreport" => {
            let c: HostReportCase = serde_json::from_value(parse("hostreport")).expect("case");
            renderings(&host_report(c.facts, times(c.times)))
        }
        "inputerror" => {
            let c: InputErrorCase = serde_json::from_value(parse("inputerror")).expect("case");
            renderings(&input_error_report(
                &c.input,
                &c.finding_id,
                &c.message,
                c.error_code,
                times(c.times),
            ))
        }
        "report" => {
            let c: ReportCase = serde_json::from_value(parse("report")).expect("case");
            renderings(&assemble_report(
                &c.input,
                &c.target,
                c.error_code,
                c.evidence,
                c.findings,
                times(c.times),
            ))
        }
        other => panic!("no such golden kind {other}"),
    }
}

fn check(kind: &str) {
    // Reports word their times in the computer's zone: the recorded answers are in UTC.
    rdp_doctor_diagnose::words::set_time_zone(jiff::tz::TimeZone::UTC);
    let inputs = std::fs::read_to_string(dir().join(format!("{kind}.jsonl"))).expect("inputs");
    let expected_path = dir().join(format!("{kind}.expected.jsonl"));
    let answers: Vec<String> = inputs
        .lines()
        .map(|line| serde_json::to_string(&answer(kind, line)).expect("serialisable"))
        .collect();
    assert!(answers.len() > 3, "{kind}: too few recorded cases");
    if std::env::var_os("RDP_DOCTOR_BLESS").is_some() {
        std::fs::write(&expected_path, answers.join("\n") + "\n").expect("write expected");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).expect("expected answers");
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(expected.len(), answers.len(), "{kind}: one answer per case");
    let mut differ = 0;
    for (n, (want, got)) in expected.iter().zip(&answers).enumerate() {
        if *want != got {
            differ += 1;
            if differ <= 3 {
                let want: Value = serde_json::from_str(want).expect("expected json");
                let got: Value = serde_json::from_str(got).expect("answer json");
                eprintln!(
                    "{kind} case {} differs:\n--- before\n{}\n--- now\n{}",
                    n + 1,
                    serde_json::to_string_pretty(&want).unwrap_or_default(),
                    serde_json::to_string_pretty(&got).unwrap_or_default()
                );
            }
        }
    }
    assert_eq!(
        differ, 0,
        "{kind}: {differ} answers differ from the previous version"
    );
}

#[test]
fn findings_are_as_before() {
    check("diagnose");
}

#[test]
fn host_findings_are_as_before() {
    check("host");
}

#[test]
fn reports_and_their_renderings_are_as_before() {
    check("report");
    check("hostreport");
    check("inputerror");
}

/// The corpus reaches every finding id: a rule that moved and lost its finding, or its
/// wording, would otherwise go unnoticed.
#[test]
fn the_corpus_covers_every_finding() {
    let read = |kind: &str| {
        std::fs::read_to_string(dir().join(format!("{kind}.expected.jsonl"))).expect("answers")
    };
    let mut seen = std::collections::BTreeSet::new();
    for kind in ["diagnose", "host"] {
        for line in read(kind).lines() {
            let findings: Vec<Finding> = serde_json::from_str(line).expect("findings");
            seen.extend(findings.into_iter().map(|f| f.id));
        }
    }
    for line in read("inputerror").lines() {
        let answer: Value = serde_json::from_str(line).expect("answer");
        let report: Report = serde_json::from_value(answer["report"].clone()).expect("report");
        seen.extend(report.findings.into_iter().map(|f| f.id));
    }
    let missing: Vec<_> = rdp_doctor_model::finding_id::ALL
        .iter()
        .filter(|id| !seen.contains(**id))
        .collect();
    assert!(missing.is_empty(), "no golden case produces {missing:?}");
}

/// What stays the same in every language: the ids, severities, evidence and codes of an
/// answer (its words are the language's).
fn neutral(kind: &str, answer: &Value) -> Value {
    let findings = |findings: &Value| -> Value {
        findings
            .as_array()
            .map(|fs| {
                fs.iter()
                    .map(|f| {
                        json!([
                            f["id"],
                            f["severity"],
                            f["evidence"],
                            f["explains_error_code"]
                        ])
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    match kind {
        "diagnose" | "host" => findings(answer),
        _ => {
            let r = &answer["report"];
            let rows: Vec<Value> = r["checks"]
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .map(|c| json!([c["area"], c["status"]]))
                        .collect()
                })
                .unwrap_or_default();
            json!([
                r["verdict"],
                r["error_code"],
                r["evidence"],
                rows,
                findings(&r["findings"])
            ])
        }
    }
}

/// Every recorded case, worded in every language and in the pseudo-locales: no message fails
/// to format (a translation naming a value English does not give fails in a debug build), the
/// ids, evidence and codes are English's, and a report names its language.
#[test]
fn every_case_is_worded_in_every_language_with_the_same_facts() {
    rdp_doctor_diagnose::words::set_time_zone(jiff::tz::TimeZone::UTC);
    let tags: Vec<&str> = rdp_doctor_diagnose::catalogue::LANGUAGES
        .iter()
        .map(|(tag, _)| *tag)
        .chain(rdp_doctor_diagnose::catalogue::PSEUDO)
        .filter(|tag| *tag != "en")
        .collect();
    assert!(tags.len() >= 5, "{tags:?}");
    for kind in ["diagnose", "host", "hostreport", "inputerror", "report"] {
        let inputs = std::fs::read_to_string(dir().join(format!("{kind}.jsonl"))).expect("inputs");
        for (n, line) in inputs.lines().enumerate() {
            let english = answer(kind, line);
            for tag in &tags {
                let theirs =
                    rdp_doctor_diagnose::catalogue::with_language(tag, || answer(kind, line));
                assert_eq!(
                    neutral(kind, &theirs),
                    neutral(kind, &english),
                    "{kind} case {}: {tag} changed the facts",
                    n + 1
                );
                if !matches!(kind, "diagnose" | "host") {
                    assert_eq!(
                        theirs["report"]["language"],
                        json!(tag),
                        "{kind} case {}",
                        n + 1
                    );
                    assert_ne!(
                        theirs["text"],
                        english["text"],
                        "{kind} case {}: {tag}",
                        n + 1
                    );
                }
            }
        }
    }
}
