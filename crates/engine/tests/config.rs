//! IT's config file: what a good file gives, the one sentence each kind of mistake gets (with
//! its line and key), garbled input, and where the file is found.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rdp_doctor_engine::config::{
    self, ConfigProblem, Consequence, FILE_NAME, OrgConfig, Origin, Places, Preset, load, parse,
};
use rdp_doctor_model::{Fix, Report};

const EXAMPLE: &str = include_str!("../../../docs/rdp-doctor.example.toml");

fn file() -> &'static Path {
    Path::new("rdp-doctor.toml")
}

fn problem(text: &str) -> ConfigProblem {
    match parse(text, file()) {
        Ok(config) => panic!("expected a problem with {text:?}, got {config:?}"),
        Err(problem) => problem,
    }
}

#[test]
fn the_example_file_says_what_it_shows() {
    let config = parse(EXAMPLE, Path::new("/srv/zip/rdp-doctor.toml")).expect("example");
    let org = config.organisation.as_ref().expect("organisation");
    assert_eq!(org.name.as_deref(), Some("Contoso Ltd"));
    assert_eq!(org.support.name.as_deref(), Some("Contoso IT service desk"));
    assert_eq!(
        org.support.email.as_deref(),
        Some("servicedesk@contoso.example")
    );
    assert_eq!(org.support.phone.as_deref(), Some("+1 555 0100"));
    assert_eq!(
        org.support.web.as_deref(),
        Some("https://help.contoso.example")
    );
    let pcs: Vec<&str> = config.pcs.iter().map(|t| t.host.as_str()).collect();
    assert_eq!(
        pcs,
        ["pc042.corp.contoso.example", "rds.corp.contoso.example"]
    );
    let gateway = config.gateway.as_ref().expect("gateway");
    assert_eq!(
        (gateway.host.as_str(), gateway.port),
        ("rdgw.contoso.example", 443)
    );
    // A relative .rdp file lives beside the config.
    assert_eq!(config.rdp_file, Some(PathBuf::from("/srv/zip/office.rdp")));
    assert_eq!(config.timeout, Some(Duration::from_secs(15)));
    let hidden: Vec<&str> = config.fixes.hide.iter().map(String::as_str).collect();
    assert_eq!(hidden, ["fix.credssp_policy", "fix.nla_temporarily_off"]);
    assert!(!config.fixes.hide_admin);
    assert_eq!(config.note, None);
}

#[test]
fn the_example_lists_every_fix_id() {
    for id in rdp_doctor_diagnose::fixes::ALL_IDS {
        assert!(EXAMPLE.contains(&format!("#   {id} ")), "{id} missing");
    }
}

#[test]
fn an_empty_file_is_no_organisation_and_the_defaults() {
    assert_eq!(parse("", file()), Ok(OrgConfig::default()));
    assert_eq!(
        parse("# only comments\n\n", file()),
        Ok(OrgConfig::default())
    );
}

#[test]
fn the_sentence_names_file_line_and_key() {
    let p = problem("organisation = \"Contoso\"\n\n[check]\npcs = []\n\n\ntimeout = 0\n");
    assert_eq!(p.line, Some(7));
    assert_eq!(p.key.as_deref(), Some("timeout"));
    assert_eq!(p.consequence, Consequence::Defaults);
    assert_eq!(
        p.sentence(),
        "rdp-doctor.toml, line 7: \"timeout\" must be a number of seconds from 1 to 300; \
         RDP Doctor runs on its defaults."
    );
    assert_eq!(
        p.fact(),
        "rdp-doctor.toml, line 7: \"timeout\" must be a number of seconds from 1 to 300."
    );
}

/// Each kind of mistake: the file, the line and key named, and words of the sentence.
#[test]
fn each_kind_of_mistake_gets_its_sentence() {
    let cases: &[(&str, &str, usize, &str, &str)] = &[
        (
            "unknown key, with a suggestion",
            "[check]\npcs = [\"pc1\"]\ntimout = 15\n",
            3,
            "timout",
            "\"timout\" is not a setting RDP Doctor knows in [check] (did you mean \"timeout\"?)",
        ),
        (
            "unknown key, with the list",
            "[support]\nfax = \"123\"\n",
            2,
            "fax",
            "the settings there are name, email, phone and web",
        ),
        (
            "key in the wrong section",
            "[support]\ntimeout = 15\n",
            2,
            "timeout",
            "\"timeout\" belongs in the [check] section",
        ),
        (
            "top-level key after a section",
            "[support]\nname = \"Desk\"\norganisation = \"Contoso\"\n",
            3,
            "organisation",
            "must come before the first [section] line: here TOML reads it as part of [support]",
        ),
        (
            "unknown section",
            "[checks]\npcs = []\n",
            1,
            "checks",
            "(did you mean \"check\"?)",
        ),
        (
            "wrong type",
            "[check]\ntimeout = \"15\"\n",
            2,
            "timeout",
            "\"timeout\" must be a number of seconds from 1 to 300",
        ),
        (
            "wrong type for a list",
            "[check]\npcs = \"pc1\"\n",
            2,
            "pcs",
            "\"pcs\" must be a list of computer names in quotes",
        ),
        (
            "wrong type in a list, on its own line",
            "[check]\npcs = [\n  \"pc1\",\n  42,\n]\n",
            4,
            "pcs",
            "\"pcs\" must be a list of computer names in quotes",
        ),
        (
            "a section given as a value",
            "support = \"help@contoso.example\"\n",
            1,
            "support",
            "\"support\" must be a section: a line [support]",
        ),
        (
            "bad e-mail",
            "[support]\nname = \"Desk\"\nemail = \"servicedesk at contoso\"\n",
            3,
            "email",
            "\"email\" must be an e-mail address in quotes",
        ),
        (
            "e-mail with a character that would change the mail link",
            "[support]\nemail = \"desk@contoso.example?cc=x@evil.example\"\n",
            2,
            "email",
            "\"email\" must be an e-mail address",
        ),
        (
            "web page that is not http(s)",
            "[support]\nweb = \"javascript:alert(1)\"\n",
            2,
            "web",
            "\"web\" must be a web address that starts with https:// or http://",
        ),
        (
            "phone without digits",
            "[support]\nphone = \"call us\"\n",
            2,
            "phone",
            "\"phone\" must be a phone number",
        ),
        (
            "text over two lines",
            "organisation = \"\"\"Contoso\nLtd\"\"\"\n",
            1,
            "organisation",
            "\"organisation\" must fit on one line",
        ),
        (
            "bad PC name",
            "[check]\npcs = [\"pc1.corp.example\", \"pc;rm -rf /\"]\n",
            2,
            "pcs",
            "\"pcs\" lists \"pc;rm -rf /\", which is not a computer name or address (names may \
             contain only letters, digits, \"-\" and \".\", not the character \";\")",
        ),
        (
            "bad PC port",
            "[check]\npcs = [\"pc1:99999\"]\n",
            2,
            "pcs",
            "\"pcs\" lists the port \"99999\", which is not a number from 1 to 65535",
        ),
        (
            "bad gateway",
            "[check]\ngateway = \"rdgw..example\"\n",
            2,
            "gateway",
            "\"gateway\" is \"rdgw..example\", which is not a computer name or address (it has an \
             empty part between dots)",
        ),
        (
            "not a .rdp file",
            "[check]\nrdp_file = \"office.txt\"\n",
            2,
            "rdp_file",
            "\"rdp_file\" must name a .rdp file",
        ),
        (
            "timeout too small",
            "[check]\ntimeout = 0.5\n",
            2,
            "timeout",
            "\"timeout\" must be a number of seconds from 1 to 300",
        ),
        (
            "timeout too large",
            "[check]\ntimeout = 301\n",
            2,
            "timeout",
            "\"timeout\" must be a number of seconds from 1 to 300",
        ),
        (
            "unknown fix id, with a suggestion",
            "[fixes]\nhide = [\"fix.flush_dns\", \"fix.renew_certificat\"]\n",
            2,
            "hide",
            "\"hide\" lists \"fix.renew_certificat\", which is not one of RDP Doctor's fixes \
             (did you mean \"fix.renew_certificate\"?)",
        ),
        (
            "fix id without its prefix",
            "[fixes]\nhide = [\"nla_temporarily_off\"]\n",
            2,
            "hide",
            "(did you mean \"fix.nla_temporarily_off\"?)",
        ),
        (
            "unknown fix id",
            "[fixes]\nhide = [\"fix.everything\"]\n",
            2,
            "hide",
            "which is not one of RDP Doctor's fixes; the example config lists them all",
        ),
        (
            "hide_admin not a boolean",
            "[fixes]\nhide_admin = \"yes\"\n",
            2,
            "hide_admin",
            "\"hide_admin\" must be true or false",
        ),
        (
            "TOML syntax: unquoted text",
            "organisation = Contoso Ltd\n",
            1,
            "organisation",
            "\"organisation\" must be the organisation's name in quotes, e.g. organisation = \
             \"Contoso Ltd\" (TOML says: ",
        ),
        (
            "TOML syntax: a unit after a number",
            "\n[check]\ntimeout = 15 s\n",
            3,
            "timeout",
            "\"timeout\" must be a number of seconds from 1 to 300 (TOML says: ",
        ),
        (
            "TOML syntax: a key set twice",
            "[check]\ntimeout = 10\ntimeout = 20\n",
            3,
            "timeout",
            "\"timeout\" is set twice: keep one",
        ),
        (
            "TOML syntax: a section twice",
            "[support]\nname = \"a\"\n[fixes]\n[support]\nphone = \"123\"\n",
            4,
            "support",
            "the section [support] appears twice: keep one",
        ),
        (
            "TOML syntax: an unclosed section line",
            "organisation = \"Contoso\"\n[check\n",
            2,
            "check",
            "the section line [check] is not valid TOML (",
        ),
    ];
    for (name, text, line, key, words) in cases {
        let p = problem(text);
        assert_eq!(p.line, Some(*line), "{name}: {}", p.sentence());
        assert_eq!(p.key.as_deref(), Some(*key), "{name}: {}", p.sentence());
        let sentence = p.sentence();
        assert!(
            sentence.starts_with(&format!("rdp-doctor.toml, line {line}: ")),
            "{name}: {sentence}"
        );
        assert!(
            sentence.contains(words),
            "{name}: {words:?} not in {sentence:?}"
        );
        assert!(
            sentence.ends_with("; RDP Doctor runs on its defaults."),
            "{name}: {sentence}"
        );
        let body = sentence.replace("e.g.", "eg");
        assert!(!body.contains(". "), "{name}: one sentence: {sentence}");
    }
}

#[test]
fn a_language_rdp_doctor_speaks_is_fixed_and_another_is_noted() {
    let config =
        parse("organisation = \"Contoso\"\nlanguage = \"de-AT\"\n", file()).expect("a language");
    assert_eq!(config.language, Some("de"));
    assert_eq!(config.note, None);
    for (fine, want) in [
        ("auto", None),
        ("AUTO", None),
        ("EN", Some("en")),
        ("fr_FR", Some("fr")),
        ("es", Some("es")),
    ] {
        let config = parse(&format!("language = \"{fine}\""), file()).expect(fine);
        assert_eq!((config.note, config.language), (None, want), "{fine}");
    }
    let config = parse("organisation = \"Contoso\"\nlanguage = \"pt\"\n", file())
        .expect("an unknown language is not a broken file");
    assert_eq!(
        config.organisation.and_then(|o| o.name).as_deref(),
        Some("Contoso")
    );
    assert_eq!(config.language, None);
    let note = config.note.expect("a note");
    assert_eq!(
        (note.line, note.key.as_deref()),
        (Some(2), Some("language"))
    );
    assert_eq!(note.consequence, Consequence::SystemLanguage);
    assert_eq!(
        note.sentence(),
        "rdp-doctor.toml, line 2: \"language\" is \"pt\", a language RDP Doctor does not speak \
         (it speaks en, de, es, fr), so RDP Doctor uses this computer's language."
    );
    // The pseudo-locales are for tests, not for IT.
    assert_eq!(
        parse("language = \"qps-ploc\"", file())
            .expect("noted")
            .language,
        None
    );
    // Not text at all is a broken file.
    let p = problem("language = 1\n");
    assert_eq!(p.key.as_deref(), Some("language"));
    assert_eq!(p.consequence, Consequence::Defaults);
}

#[test]
fn a_huge_file_is_refused_before_parsing() {
    let text = format!(
        "organisation = \"Contoso\"\n{}",
        "#".repeat(config::MAX_BYTES)
    );
    let p = problem(&text);
    assert_eq!((p.line, p.key.as_deref()), (None, None));
    assert_eq!(
        p.sentence(),
        "rdp-doctor.toml: the file is larger than 64 KB, too large to be RDP Doctor's config; \
         RDP Doctor runs on its defaults."
    );
}

/// A tiny deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next()).unwrap_or(0) % n.max(1)
    }
}

/// Garbled files never panic, and what comes back is either a config or one sentence that
/// names the file and a line that exists.
#[test]
fn garbled_input_gets_a_sentence_never_a_panic() {
    let fixed = [
        "\u{0}\u{1}\u{2}",
        "= = =",
        "[",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        &format!("a = {}{}", "[".repeat(5000), "]".repeat(5000)),
        &format!("a = {}", "{ b = ".repeat(3000)),
        "organisation = \"\\uD800\"",
        "organisation = 'it''s'",
        "[check]\npcs = [[\"a\"]]",
        "[check]\npcs = [{ host = \"a\" }]",
        "[check]\ntimeout = 1979-05-27T07:32:00Z",
        "[check]\ntimeout = nan",
        "[check]\ntimeout = inf",
        "[check]\ntimeout = 0x0F",
        "[check]\ntimeout = 1e400",
        "[check.pcs]\na = 1",
        "check.timeout = \"x\"",
        "\"\" = 1",
        "organisation = \"\u{202e}evil\"",
    ];
    let mut inputs: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    // The example file, mangled: bytes dropped, swapped and replaced.
    let mut rng = Lcg(0x5eed);
    let bytes = EXAMPLE.as_bytes();
    let junk = b"[]{}=\"'\n#.,\\x0 ";
    for _ in 0..3000 {
        let mut b = bytes.to_vec();
        for _ in 0..1 + rng.below(6) {
            let i = rng.below(b.len());
            match rng.below(3) {
                0 => {
                    b.remove(i);
                }
                1 => b[i] = junk[rng.below(junk.len())],
                _ => b.insert(i, junk[rng.below(junk.len())]),
            }
        }
        inputs.push(String::from_utf8_lossy(&b).into_owned());
    }
    let (mut ok, mut broken) = (0, 0);
    for text in &inputs {
        match parse(text, file()) {
            Ok(_) => ok += 1,
            Err(p) => {
                broken += 1;
                let sentence = p.sentence();
                assert!(sentence.starts_with("rdp-doctor.toml"), "{sentence}");
                assert!(
                    sentence.ends_with("; RDP Doctor runs on its defaults."),
                    "{sentence}"
                );
                let lines = text.split('\n').count();
                assert!(
                    p.line.is_some_and(|l| l >= 1 && l <= lines),
                    "line {:?} of {lines}: {sentence}",
                    p.line
                );
            }
        }
    }
    // Both outcomes occur: comments and values survive some mangling, not all.
    assert!(ok > 0 && broken > 100, "{ok} parsed, {broken} refused");
    // Things that are not what the keys hold are refused with the key named.
    for (text, key) in [
        ("[check]\ntimeout = nan", "timeout"),
        ("[check]\ntimeout = inf", "timeout"),
        ("[check]\ntimeout = 1979-05-27T07:32:00Z", "timeout"),
        ("[check]\npcs = [{ host = \"a\" }]", "pcs"),
        ("[check.pcs]\na = 1", "pcs"),
        ("check.timeout = \"x\"", "timeout"),
    ] {
        assert_eq!(problem(text).key.as_deref(), Some(key), "{text}");
    }
    // 0x0F is fifteen seconds.
    let hex = parse("[check]\ntimeout = 0x0F", file()).expect("hex");
    assert_eq!(hex.timeout, Some(Duration::from_secs(15)));
}

// ------------------------------------------------------------------------ what it changes

fn fix(id: &str, needs_admin: bool) -> Fix {
    let mut fix = rdp_doctor_diagnose::fixes::flush_dns();
    fix.id = id.into();
    fix.needs_admin = needs_admin;
    fix
}

fn report_with_fixes(fixes: Vec<Fix>) -> Report {
    let now = time::OffsetDateTime::UNIX_EPOCH;
    let mut report = rdp_doctor_diagnose::input_error_report(
        "pc",
        "input.invalid_target",
        "bad",
        None,
        rdp_doctor_diagnose::ReportTimes {
            started: now,
            finished: now,
        },
    );
    report.findings[0].fixes = fixes;
    report
}

#[test]
fn finish_stamps_the_organisation_and_hides_fixes() {
    let text = "organisation = \"Contoso\"\n[support]\nemail = \"desk@contoso.example\"\n\
                [fixes]\nhide = [\"fix.flush_dns\"]\n";
    let config = parse(text, file()).expect("config");
    let report = report_with_fixes(vec![
        fix("fix.flush_dns", false),
        fix("fix.firewall_rule", true),
        fix("fix.use_full_name", false),
    ]);
    let finished = config.finish(report.clone());
    let org = finished.organisation.as_ref().expect("stamped");
    assert_eq!(org.name.as_deref(), Some("Contoso"));
    assert_eq!(org.support.email.as_deref(), Some("desk@contoso.example"));
    let ids: Vec<&str> = finished.findings[0]
        .fixes
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids, ["fix.firewall_rule", "fix.use_full_name"]);

    let admin = parse("[fixes]\nhide_admin = true\n", file()).expect("config");
    let finished = admin.finish(report.clone());
    let ids: Vec<&str> = finished.findings[0]
        .fixes
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids, ["fix.flush_dns", "fix.use_full_name"]);
    // No organisation in the file: none in the report (and none in its JSON).
    assert_eq!(finished.organisation, None);
    let json = serde_json::to_value(&finished).expect("json");
    assert!(json.get("organisation").is_none());
    // The defaults change nothing.
    assert_eq!(OrgConfig::default().finish(report.clone()), report);
}

#[test]
fn the_gateway_goes_with_the_listed_pcs_or_with_every_pc() {
    let target = |t: &str| rdp_doctor_model::Target::parse(t).expect("target");
    let listed = parse(
        "[check]\npcs = [\"PC1.corp.example\"]\ngateway = \"rdgw.example:8443\"\n",
        file(),
    )
    .expect("config");
    let gw = |t: &rdp_doctor_model::Target| t.gateway.as_ref().map(|g| (g.host.clone(), g.port));
    assert_eq!(
        gw(&listed.with_gateway(target("pc1.corp.example"))),
        Some(("rdgw.example".into(), 8443))
    );
    assert_eq!(
        gw(&listed.with_gateway(target("pc1.corp.example:3390"))),
        None
    );
    assert_eq!(gw(&listed.with_gateway(target("other.example"))), None);
    let every = parse("[check]\ngateway = \"rdgw.example\"\n", file()).expect("config");
    assert_eq!(
        gw(&every.with_gateway(target("other.example"))),
        Some(("rdgw.example".into(), 443))
    );
    // A gateway typed on the command line stays.
    let typed = rdp_doctor_engine::input::with_gateway(target("other.example"), "mine.example")
        .expect("gateway");
    assert_eq!(
        gw(&every.with_gateway(typed)),
        Some(("mine.example".into(), 443))
    );
}

#[test]
fn presets_are_the_pcs_then_the_rdp_file_and_the_timeout_is_the_budget() {
    let config = parse(
        "[check]\npcs = [\"pc1.example\", \"10.0.0.5:3390\"]\nrdp_file = \"office.rdp\"\n\
         gateway = \"rdgw.example\"\ntimeout = 20\n",
        Path::new("/zip/rdp-doctor.toml"),
    )
    .expect("config");
    let presets = config.presets();
    let labels: Vec<String> = presets.iter().map(Preset::label).collect();
    assert_eq!(labels, ["pc1.example", "10.0.0.5:3390", "office.rdp"]);
    match &presets[0] {
        Preset::Pc(t) => assert!(t.gateway.is_some(), "the preset carries the gateway"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        presets[2],
        Preset::RdpFile(PathBuf::from("/zip/office.rdp"))
    );
    assert_eq!(config.check_config(None).budget, Duration::from_secs(20));
    assert_eq!(
        config.check_config(Some(Duration::from_secs(5))).budget,
        Duration::from_secs(5)
    );
    assert_eq!(
        OrgConfig::default().check_config(None).budget,
        rdp_doctor_engine::CheckConfig::default().budget
    );
}

// ----------------------------------------------------------------------------- discovery

fn write(dir: &Path, text: &str) -> PathBuf {
    std::fs::create_dir_all(dir).expect("dir");
    let path = dir.join(FILE_NAME);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn given_then_beside_the_program_then_the_users() {
    let tmp = tempfile::tempdir().expect("tmp");
    let program = tmp.path().join("zip");
    let home = tmp.path().join("config-home");
    std::fs::create_dir_all(&program).expect("dir");
    let places = Places::for_program(&program.join("rdp-doctor.exe"), Some(&home));
    let user_dir = config::user_dir(&home);
    assert_eq!(places.user_dir.as_deref(), Some(user_dir.as_path()));
    if cfg!(target_os = "linux") {
        assert!(user_dir.ends_with("rdp-doctor"));
    }
    // Nothing anywhere: no config.
    assert_eq!(config::find(None, &places), None);
    assert_eq!(load(None, &places), config::Loaded::default());
    // Only the user's.
    let user = write(&user_dir, "organisation = \"User's\"");
    let found = config::find(None, &places).expect("found");
    assert_eq!(
        (found.path.as_path(), found.origin),
        (user.as_path(), Origin::ThisUser)
    );
    // Beside the program wins over the user's.
    let beside = write(&program, "organisation = \"Zip's\"");
    let found = config::find(None, &places).expect("found");
    assert_eq!(
        (found.path.as_path(), found.origin),
        (beside.as_path(), Origin::BesideProgram)
    );
    let loaded = load(None, &places);
    assert_eq!(
        loaded.config.organisation.and_then(|o| o.name).as_deref(),
        Some("Zip's")
    );
    // A given file wins over both, and is reported when it is missing.
    let given = tmp.path().join("given.toml");
    std::fs::write(&given, "organisation = \"Given\"").expect("write");
    let loaded = load(Some(&given), &places);
    assert_eq!(loaded.found.as_ref().map(|f| f.origin), Some(Origin::Given));
    assert_eq!(
        loaded.config.organisation.and_then(|o| o.name).as_deref(),
        Some("Given")
    );
    let missing = tmp.path().join("missing.toml");
    let loaded = load(Some(&missing), &places);
    assert!(loaded.given_and_broken());
    assert_eq!(loaded.config, OrgConfig::default());
    assert_eq!(
        loaded.notice(),
        Some(format!(
            "{}: there is no such file; RDP Doctor runs on its defaults.",
            missing.display()
        ))
    );
}

#[test]
fn a_broken_discovered_file_leaves_the_defaults_with_its_sentence() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = write(
        tmp.path(),
        "organisation = \"Contoso\"\n[check]\ntimeout = 500\n",
    );
    let places = Places::for_program(&tmp.path().join("rdp-doctor"), None);
    let loaded = load(None, &places);
    assert!(!loaded.given_and_broken());
    assert_eq!(loaded.config, OrgConfig::default());
    assert_eq!(
        loaded.notice(),
        Some(format!(
            "{}, line 3: \"timeout\" must be a number of seconds from 1 to 300; RDP Doctor runs \
             on its defaults.",
            path.display()
        ))
    );
}

#[test]
fn a_mac_app_bundle_also_looks_beside_the_app() {
    let exe = Path::new("/Applications/Tools/RDP Doctor.app/Contents/MacOS/rdp-doctor-desktop");
    let places = Places::for_program(exe, None);
    assert_eq!(
        places.program_dirs,
        [
            PathBuf::from("/Applications/Tools/RDP Doctor.app/Contents/MacOS"),
            PathBuf::from("/Applications/Tools"),
        ]
    );
    let plain = Places::for_program(Path::new("/opt/zip/rdp-doctor"), None);
    assert_eq!(plain.program_dirs, [PathBuf::from("/opt/zip")]);
    assert_eq!(plain.user_dir, None);
}

#[test]
fn notepad_encodings_are_read_and_other_bytes_are_named() {
    let tmp = tempfile::tempdir().expect("tmp");
    let text = "organisation = \"Contoso Süd\"\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend(text.as_bytes());
    for (name, bytes) in [("utf16.toml", utf16), ("bom.toml", utf8_bom)] {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let config = config::read(&path).unwrap_or_else(|p| panic!("{name}: {p}"));
        assert_eq!(
            config.organisation.and_then(|o| o.name).as_deref(),
            Some("Contoso Süd"),
            "{name}"
        );
    }
    let latin1 = tmp.path().join("latin1.toml");
    std::fs::write(&latin1, b"# ok\norganisation = \"Contoso S\xfcd\"\n").expect("write");
    let p = config::read(&latin1).expect_err("not UTF-8");
    assert_eq!(p.line, Some(2));
    assert!(p.sentence().contains("save it as UTF-8"), "{p}");
}
