//! `docs/FINDINGS.md`, the findings catalogue IT and translators read, is generated from the
//! two sources of truth — every id in `model::finding_id::ALL`, every title in
//! `messages/en.ftl` — and this test fails when the file is out of date or an id has no
//! wording. `RDP_DOCTOR_BLESS=1 cargo test -p rdp-doctor-diagnose --test findings_doc` rewrites it.

use std::path::Path;

use rdp_doctor_diagnose::catalogue::ENGLISH;
use rdp_doctor_model::finding_id::ALL;

/// Each message's `.title` attribute, as written in the file (placeholders kept).
fn titles() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut message: Option<&str> = None;
    for line in ENGLISH.lines() {
        if !line.starts_with([' ', '#']) && !line.is_empty() {
            message = line.split_once('=').map(|(name, _)| name.trim());
        } else if let Some(title) = line.trim_start().strip_prefix(".title =")
            && let Some(m) = message
        {
            out.push((m.to_string(), title.trim().to_string()));
        }
    }
    out
}

fn generate() -> String {
    let titles = titles();
    let mut doc = String::from(
        "# Findings\n\n\
         Every finding RDP Doctor reports, by its stable id (the JSON report's `findings[].id`), \
         with the titles it can have in English. Generated from `model::finding_id` and \
         `crates/diagnose/messages/en.ftl` by `crates/diagnose/tests/findings_doc.rs` \
         (`RDP_DOCTOR_BLESS=1 cargo test -p rdp-doctor-diagnose --test findings_doc`); \
         `{ $name }` stands for a value of the check. The message names are what a translation \
         changes.\n\n\
         | id | message | title |\n|---|---|---|\n",
    );
    for id in ALL {
        let prefix = id.replace('.', "-");
        for (name, title) in titles
            .iter()
            .filter(|(name, _)| *name == prefix || name.starts_with(&format!("{prefix}-")))
        {
            let title = title.replace('|', "\\|");
            doc.push_str(&format!("| `{id}` | `{name}` | {title} |\n"));
        }
    }
    doc
}

#[test]
fn every_finding_has_english_words() {
    let titles = titles();
    let wordless: Vec<&str> = ALL
        .iter()
        .copied()
        .filter(|id| {
            let prefix = id.replace('.', "-");
            !titles
                .iter()
                .any(|(name, _)| *name == prefix || name.starts_with(&format!("{prefix}-")))
        })
        .collect();
    assert!(wordless.is_empty(), "no title in en.ftl for {wordless:?}");
}

#[test]
fn the_findings_catalogue_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/FINDINGS.md");
    let want = generate();
    if std::env::var_os("RDP_DOCTOR_BLESS").is_some() {
        std::fs::write(&path, &want).expect("write docs/FINDINGS.md");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/FINDINGS.md is out of date: run RDP_DOCTOR_BLESS=1 cargo test -p \
         rdp-doctor-diagnose --test findings_doc"
    );
}
