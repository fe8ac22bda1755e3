//! The English catalogue and the code agree: every message the code names exists, every
//! message the file holds is named somewhere, and Fluent reads the whole file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rdp_doctor_diagnose::catalogue::{Catalogue, ENGLISH, LANGUAGES};

/// The source dirs whose words are in the catalogue: this crate's and those of the crates that
/// call its `t!` (the engine's session and offers, the command line).
const SOURCES: [&str; 3] = ["src", "../engine/src", "../cli/src"];

/// Messages the code names at run time rather than through `t!`: each language's own name for
/// itself, read from every catalogue for the language menu.
const RUNTIME_KEYS: [&str; 1] = ["language-name"];

/// Every `t!("key"` in those sources, and the keys named at run time.
fn keys_in_code() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("source dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                // The macro's own docs and tests name example keys.
                if path.ends_with("catalogue.rs") {
                    continue;
                }
                let mut rest = text.as_str();
                while let Some(at) = rest.find("t!(") {
                    // `format!(` ends in `t!(` too: only the macro itself counts.
                    let macro_itself = rest[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric() && c != '_');
                    rest = &rest[at + 3..];
                    if !macro_itself {
                        continue;
                    }
                    let trimmed = rest.trim_start();
                    if let Some(lit) = trimmed.strip_prefix('"')
                        && let Some(end) = lit.find('"')
                    {
                        out.insert(lit[..end].to_string());
                    }
                }
            }
        }
    }
    let mut out: BTreeSet<String> = RUNTIME_KEYS.iter().map(ToString::to_string).collect();
    for dir in SOURCES {
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    }
    // The plain meanings of the codes are named by the table (data/error_codes.toml), at run time.
    out.extend(
        rdp_doctor_diagnose::error_codes::CODES
            .iter()
            .filter_map(|e| e.message)
            .map(str::to_string),
    );
    out
}

/// Every `page-…` key the page names in `ui/*.js` and `ui/index.html`, quoted; a key ending
/// in `-` is a prefix the page completes (`'page-state-' + status`).
fn keys_in_page() -> BTreeSet<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui");
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(&ui).expect("ui dir").flatten() {
        let path = entry.path();
        if !path.extension().is_some_and(|e| e == "js" || e == "html") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("page source");
        for quote in ['\'', '"'] {
            let opener = format!("{quote}page-");
            let mut rest = text.as_str();
            while let Some(at) = rest.find(&opener) {
                rest = &rest[at + 1..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .unwrap_or(rest.len());
                // A bare "page-" only names the prefix in prose.
                if end > "page-".len() {
                    out.insert(rest[..end].to_string());
                }
            }
        }
    }
    out
}

fn used_by_page(key: &str, page: &BTreeSet<String>) -> bool {
    page.iter()
        .any(|k| k == key || (k.ends_with('-') && key.starts_with(k.as_str())))
}

/// Every message and attribute the English file defines, as `name` or `name.attribute`.
fn keys_in_file() -> BTreeSet<String> {
    keys_in(ENGLISH)
}

/// Every message and attribute `source` defines, as `name` or `name.attribute`.
fn keys_in(source: &str) -> BTreeSet<String> {
    entries(source).into_keys().collect()
}

#[test]
fn english_reads_without_errors() {
    let c = Catalogue::new("en", ENGLISH);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
}

#[test]
fn every_message_the_code_names_exists() {
    let c = Catalogue::new("en", ENGLISH);
    let code = keys_in_code();
    assert!(code.len() > 1, "the scan found the t! calls");
    let missing: Vec<_> = code.iter().filter(|k| !c.has(k)).collect();
    assert!(missing.is_empty(), "not in messages/en.ftl: {missing:?}");
}

#[test]
fn every_message_in_the_file_is_used() {
    let code = keys_in_code();
    let file = keys_in_file();
    assert!(file.len() > 1, "the scan found the messages");
    let page = keys_in_page();
    let unused: Vec<_> = file
        .iter()
        .filter(|k| !code.contains(*k) && !used_by_page(k, &page))
        .collect();
    assert!(
        unused.is_empty(),
        "in messages/en.ftl but no t! names it: {unused:?}"
    );
}

/// Every message (with a value of its own, on its line or the next) and attribute `source`
/// defines, with the `$values` its text uses.
fn entries(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut message = None::<String>;
    let mut key = None::<String>;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let text = if !line.starts_with(' ') {
            let Some((name, value)) = line.split_once('=') else {
                continue;
            };
            let name = name.trim().to_string();
            message = Some(name.clone());
            // A term (`-name`) is not a message; the value may start on the next line.
            key = (!name.starts_with('-')).then_some(name);
            if value.trim().is_empty() {
                continue;
            }
            value
        } else if let Some(attr) = line.trim_start().strip_prefix('.')
            && let Some((attr, value)) = attr.split_once('=')
            && let Some(m) = message.as_ref().filter(|m| !m.starts_with('-'))
        {
            key = Some(format!("{m}.{}", attr.trim()));
            value
        } else {
            line
        };
        let Some(k) = &key else { continue };
        let values = out.entry(k.clone()).or_default();
        let mut rest = text;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            values.insert(rest[..end].to_string());
        }
    }
    out
}

/// Every file in `messages/` is a language with exactly English's messages and attributes,
/// each using the same `$values`: a missing translation, a stray name (a typo, never shown) or
/// a value a translation forgot or invented fails here, so it fails CI.
#[test]
fn every_language_has_every_message_with_the_same_values() {
    assert!(LANGUAGES.iter().any(|(tag, _)| *tag == "en"));
    assert!(
        LANGUAGES.len() >= 4,
        "English, German, French and Spanish ship"
    );
    let english = entries(ENGLISH);
    assert!(
        english.len() > 700,
        "the scan found the messages and their attributes"
    );
    for (tag, source) in LANGUAGES {
        let c = Catalogue::new(tag, source);
        assert!(c.errors.is_empty(), "{tag}.ftl: {:?}", c.errors);
        let theirs = entries(source);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{tag}.ftl lacks: {missing:?}");
        let strays: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            strays.is_empty(),
            "{tag}.ftl names messages English lacks: {strays:?}"
        );
        let differ: Vec<_> = english
            .iter()
            .filter(|(k, values)| theirs.get(*k) != Some(values))
            .map(|(k, values)| format!("{k}: English {values:?}, {tag} {:?}", theirs.get(k)))
            .collect();
        assert!(
            differ.is_empty(),
            "{tag}.ftl uses other values: {differ:#?}"
        );
    }
}

/// The check above can fail: a file missing a message, or with a value renamed, is caught.
#[test]
fn the_language_check_catches_a_gap_and_a_renamed_value() {
    let english = entries(
        "a = A { $name }\nb =\n    .title = B { $n ->\n        [one] one\n       *[other] { $n }\n    }\n",
    );
    let gap = entries("a = X { $name }\n");
    assert!(english.keys().any(|k| !gap.contains_key(k)));
    let renamed = entries("a = X { $nom }\nb =\n    .title = Y { $n }\n");
    assert_ne!(english.get("a"), renamed.get("a"));
    assert_eq!(english.get("b.title"), renamed.get("b.title"));
    assert!(
        !english.contains_key("b"),
        "a message with only attributes has no value"
    );
}

#[test]
fn every_message_the_page_names_exists() {
    let c = Catalogue::new("en", ENGLISH);
    let file = keys_in_file();
    let page = keys_in_page();
    assert!(page.len() > 100, "the scan found the page's keys: {page:?}");
    let missing: Vec<_> = page
        .iter()
        .filter(|k| {
            if k.ends_with('-') {
                !file.iter().any(|f| f.starts_with(k.as_str()))
            } else {
                !c.has(k)
            }
        })
        .collect();
    assert!(missing.is_empty(), "not in messages/en.ftl: {missing:?}");
}
