//! Every kept seed (`fuzz/corpus/<target>/`) and every saved crash
//! (`fuzz/regressions/<target>/`) through its oracle, on stable Rust: a crash the fuzzer once
//! found stays a failing test until it is fixed, and a regression of it fails again.
//!
//! Also checks that the fuzz targets, their folders and [`TARGETS`] name the same things, so a
//! target cannot be added in one place and forgotten in another.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use rdp_doctor_fuzzing::TARGETS;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

/// The files of `fuzz/<kind>/<target>/`, sorted; none when the folder does not exist.
fn saved_inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fuzz_dir().join(kind).join(target))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The folder names under `fuzz/<kind>/`.
fn folders(kind: &str) -> BTreeSet<String> {
    std::fs::read_dir(fuzz_dir().join(kind))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn replay(kind: &str) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failures = Vec::new();
    for (target, oracle) in TARGETS {
        for file in saved_inputs(kind, target) {
            let Ok(bytes) = std::fs::read(&file) else {
                failures.push(format!("{}: cannot be read", file.display()));
                continue;
            };
            count += 1;
            if let Err(panic) = catch_unwind(AssertUnwindSafe(|| oracle(&bytes))) {
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{target}: {}: {message}", file.display()));
            }
        }
    }
    (count, failures)
}

#[test]
fn every_saved_crash_passes_its_oracle() {
    let (count, failures) = replay("regressions");
    assert!(
        failures.is_empty(),
        "{} of {count} saved crash inputs fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_kept_seed_passes_its_oracle() {
    let (count, failures) = replay("corpus");
    assert!(count > 0, "no seeds under {}", fuzz_dir().display());
    assert!(
        failures.is_empty(),
        "{} of {count} seeds fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_targets_the_folders_and_the_list_agree() {
    let listed: BTreeSet<String> = TARGETS.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(listed.len(), TARGETS.len(), "a target is listed twice");
    let manifest = std::fs::read_to_string(fuzz_dir().join("Cargo.toml")).unwrap_or_default();
    for name in &listed {
        let file = fuzz_dir().join("fuzz_targets").join(format!("{name}.rs"));
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            source.contains(&format!("oracles::{name}(")),
            "{} must call oracles::{name}",
            file.display()
        );
        assert!(
            manifest.contains(&format!("name = \"{name}\""))
                && manifest.contains(&format!("path = \"fuzz_targets/{name}.rs\"")),
            "fuzz/Cargo.toml has no [[bin]] {name}"
        );
        assert!(
            !saved_inputs("corpus", name).is_empty(),
            "fuzz/corpus/{name}/ holds no seed"
        );
    }
    let files: BTreeSet<String> = std::fs::read_dir(fuzz_dir().join("fuzz_targets"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .strip_suffix(".rs")
                        .map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(files, listed, "fuzz/fuzz_targets/*.rs and TARGETS differ");
    for kind in ["corpus", "regressions"] {
        let unknown: Vec<String> = folders(kind).difference(&listed).cloned().collect();
        assert!(
            unknown.is_empty(),
            "fuzz/{kind}/ has folders of no target: {unknown:?}"
        );
    }
}
