//! IT's config file on the command line, end to end: `--config` with the organisation, its PC
//! (a real xrdp server), a hidden fix and the time budget; a broken file found beside the
//! program (a copy of the CLI in its own folder, as in IT's portable zip) or in the user's
//! config folder; a given file that is broken or missing; `rdp-doctor config`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result};
use rdp_doctor_tests::cli::{CLI_TIMEOUT, CliOutput};
use rdp_doctor_tests::report::{finding, ids, message};
use rdp_doctor_tests::{
    CertSpec, RefusedPort, Responder, Xrdp, XrdpOptions, cli_binary, run_with_timeout,
};

/// `rdp-doctor ARGS…` with no config of the test machine's user in the way: its per-user
/// config folder is `config_home`.
fn rdp_doctor(binary: &Path, config_home: &Path, args: &[&str]) -> Result<CliOutput> {
    let mut command = Command::new(binary);
    command.args(args).env("XDG_CONFIG_HOME", config_home);
    run_with_timeout(command, CLI_TIMEOUT)
}

fn write(path: &Path, text: &str) -> Result<PathBuf> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(path.to_path_buf())
}

fn contoso(pc: &str, extra: &str) -> String {
    format!(
        "organisation = \"Contoso Ltd\"\n\
         [support]\n\
         name = \"Contoso IT service desk\"\n\
         email = \"servicedesk@contoso.example\"\n\
         phone = \"+1 555 0100\"\n\
         [check]\n\
         pcs = [\"{pc}\"]\n\
         {extra}"
    )
}

#[test]
fn a_config_names_the_organisation_checks_its_pc_and_hides_its_fixes() -> Result<()> {
    let server = Xrdp::start(XrdpOptions {
        cert: CertSpec::expired("xrdp.rdpd.test"),
        ..Default::default()
    })?;
    let dir = rdp_doctor_tests::temp_dir("cli-config")?;
    let config = write(
        &dir.path().join("it.toml"),
        &contoso(
            &server.target(),
            "[fixes]\nhide = [\"fix.renew_certificate\"]\n",
        ),
    )?;
    let config = config.to_string_lossy();
    let home = dir.path().join("home");

    // No computer named: the configured one is checked.
    let out = rdp_doctor(
        &cli_binary(),
        &home,
        &["--config", &config, "check", "--json"],
    )?;
    let report = out.json()?;
    assert_eq!(out.code, 2, "the expired certificate fails: {}", out.stderr);
    assert_eq!(out.stderr.trim(), "", "a good config says nothing");
    assert_eq!(report["target"]["host"], "127.0.0.1");
    assert_eq!(report["target"]["port"], server.addr().port());
    assert_eq!(
        report["organisation"],
        serde_json::json!({
            "name": "Contoso Ltd",
            "support": {
                "name": "Contoso IT service desk",
                "email": "servicedesk@contoso.example",
                "phone": "+1 555 0100",
            }
        })
    );
    // The finding stays; the fix IT hides is nowhere in the report.
    let expired = finding(&report, "cert.expired");
    assert_eq!(expired["severity"], "fail");
    assert!(
        !report.to_string().contains("fix.renew_certificate"),
        "hidden fix offered: {}",
        expired["fixes"]
    );

    // The text report says whom it was checked for, under its first line.
    let out = rdp_doctor(
        &cli_binary(),
        &home,
        &["--config", &config, "check", "--no-color"],
    )?;
    let second = out.stdout.lines().nth(1).unwrap_or_default();
    assert_eq!(
        second,
        "Checked for Contoso Ltd — help: Contoso IT service desk · servicedesk@contoso.example · \
         +1 555 0100",
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("[cert.expired]"));
    assert!(!out.stdout.contains("fix.renew_certificate") && !out.stdout.contains("Renew the"));

    // A computer typed on the command line wins over the configured one; the organisation stays.
    let refused = RefusedPort::new()?;
    let out = rdp_doctor(
        &cli_binary(),
        &home,
        &[
            "--config",
            &config,
            "check",
            &refused.addr().to_string(),
            "--json",
        ],
    )?;
    let report = out.json()?;
    assert_eq!(report["target"]["port"], refused.port());
    assert_eq!(report["organisation"]["name"], "Contoso Ltd");
    assert!(ids(&report).iter().any(|i| i == "reach.refused"));
    Ok(())
}

#[test]
fn the_configured_timeout_is_the_budget_and_the_gateway_goes_with_the_pc() -> Result<()> {
    // A listener that never answers holds the Remote Desktop step for 30 % of the budget.
    let silent = Responder::silent()?;
    let gateway = RefusedPort::new()?;
    let dir = rdp_doctor_tests::temp_dir("cli-config-timeout")?;
    let config = write(
        &dir.path().join("rdp-doctor.toml"),
        &contoso(
            &silent.target(),
            &format!("timeout = 2\ngateway = \"127.0.0.1:{}\"\n", gateway.port()),
        ),
    )?;
    let config = config.to_string_lossy();
    let home = dir.path().join("home");
    let run = |extra: &[&str]| -> Result<serde_json::Value> {
        let mut args = vec!["--config", &config, "check", "--json"];
        args.extend_from_slice(extra);
        rdp_doctor(&cli_binary(), &home, &args)?.json()
    };
    let ms = |report: &serde_json::Value| report["duration_ms"].as_u64().unwrap_or(u64::MAX);

    let report = run(&[])?;
    assert!(ids(&report).iter().any(|i| i == "rdp.no_response"));
    // 2 s budget: a 0.6 s step (the default budget's step is 3 s).
    assert!(
        ms(&report) < 1_500,
        "took {} ms with a 2 s budget",
        ms(&report)
    );
    // The configured PC goes through the configured gateway.
    assert_eq!(report["target"]["gateway"]["port"], gateway.port());
    assert!(
        ids(&report).iter().any(|i| i == "gateway.unreachable"),
        "{:?}",
        ids(&report)
    );

    // --timeout wins over the file: 6 s, a 1.8 s step.
    let report = run(&["--timeout", "6"])?;
    assert!(
        ms(&report) >= 1_700,
        "took {} ms with --timeout 6",
        ms(&report)
    );

    // Another computer gets no gateway: it is not one of the configured PCs.
    let refused = RefusedPort::new()?;
    let report = run(&[&refused.addr().to_string()])?;
    assert!(
        report["target"]["gateway"].is_null(),
        "{}",
        report["target"]
    );
    Ok(())
}

/// A copy of the CLI in a folder of its own, as IT's portable zip holds it (a hard link when
/// the file system allows, so nothing is copied).
fn portable_copy(dir: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let copy = dir.join("rdp-doctor");
    if std::fs::hard_link(cli_binary(), &copy).is_err() {
        std::fs::copy(cli_binary(), &copy)?;
    }
    Ok(copy)
}

#[test]
fn a_broken_config_found_by_itself_is_named_and_the_check_runs_on_defaults() -> Result<()> {
    let refused = RefusedPort::new()?;
    let target = refused.addr().to_string();
    let dir = rdp_doctor_tests::temp_dir("cli-config-found")?;
    let home = dir.path().join("home");
    // The user's own config is fine...
    write(
        &home.join("rdp-doctor").join("rdp-doctor.toml"),
        "organisation = \"Contoso Ltd\"\n",
    )?;
    let out = rdp_doctor(&cli_binary(), &home, &["check", &target, "--json"])?;
    assert_eq!(out.json()?["organisation"]["name"], "Contoso Ltd");
    assert_eq!(out.stderr.trim(), "");

    // ...but the one beside the program comes first, and it is broken: named, then defaults.
    let zip = dir.path().join("zip");
    let program = portable_copy(&zip)?;
    let broken = write(
        &zip.join("rdp-doctor.toml"),
        "organisation = \"Contoso Ltd\"\n\n[support]\nemail = \"servicedesk at contoso\"\n",
    )?;
    let out = rdp_doctor(&program, &home, &["check", &target, "--json"])?;
    assert_eq!(
        out.stderr.trim(),
        format!(
            "{}, line 4: \"email\" must be an e-mail address in quotes, e.g. email = \
             \"servicedesk@example.com\"; RDP Doctor runs on its defaults.",
            broken.display()
        )
    );
    let report = out.json()?;
    assert_eq!(out.code, 2, "the check ran: {}", out.stderr);
    assert!(ids(&report).iter().any(|i| i == "reach.refused"));
    assert!(
        report.get("organisation").is_none(),
        "defaults: {}",
        report["organisation"]
    );

    // Fixed, it is the one used.
    write(&broken, "organisation = \"Contoso Zip\"\n")?;
    let out = rdp_doctor(&program, &home, &["check", &target, "--json"])?;
    assert_eq!(out.json()?["organisation"]["name"], "Contoso Zip");
    Ok(())
}

#[test]
fn a_given_config_that_is_broken_or_missing_stops_with_exit_3() -> Result<()> {
    let dir = rdp_doctor_tests::temp_dir("cli-config-given")?;
    let home = dir.path().join("home");
    let broken = write(
        &dir.path().join("it.toml"),
        "organisation = \"Contoso Ltd\"\n[check]\npcs = [\"pc042.corp.example\"]\ntimout = 15\n",
    )?;
    let given = broken.to_string_lossy();
    let out = rdp_doctor(
        &cli_binary(),
        &home,
        &["--config", &given, "check", "--json"],
    )?;
    assert_eq!(out.code, 3);
    assert_eq!(out.stdout, "", "no report");
    assert_eq!(
        out.stderr.trim(),
        format!(
            "{given}, line 4: \"timout\" is not a setting RDP Doctor knows in [check] (did you \
             mean \"timeout\"?)."
        )
    );
    // `rdp-doctor config` says the same, for IT checking a file before handing it out.
    let out = rdp_doctor(&cli_binary(), &home, &["--config", &given, "config"])?;
    assert_eq!(out.code, 3);
    assert!(out.stderr.contains("line 4: \"timout\""), "{}", out.stderr);

    let missing = dir.path().join("nowhere.toml");
    let missing = missing.to_string_lossy();
    let out = rdp_doctor(
        &cli_binary(),
        &home,
        &["check", "pc.example", "--config", &missing],
    )?;
    assert_eq!(out.code, 3);
    assert_eq!(
        out.stderr.trim(),
        format!("{missing}: there is no such file.")
    );
    Ok(())
}

#[test]
fn rdp_doctor_config_shows_what_it_read() -> Result<()> {
    let dir = rdp_doctor_tests::temp_dir("cli-config-show")?;
    let home = dir.path().join("home");
    let example = rdp_doctor_tests::cli::workspace_root().join("docs/rdp-doctor.example.toml");
    let given = example.to_string_lossy();
    let out = rdp_doctor(&cli_binary(), &home, &["--config", &given, "config"])?;
    assert_eq!(out.code, 0, "{}", out.stderr);
    for line in [
        format!("Config file: {given} (given with --config)"),
        "Organisation: Contoso Ltd".into(),
        "Support: Contoso IT service desk · servicedesk@contoso.example · +1 555 0100 · \
         https://help.contoso.example"
            .into(),
        "To check: pc042.corp.contoso.example through the gateway rdgw.contoso.example:443 \
         (checked by default)"
            .into(),
        format!(
            "To check: the .rdp file {}",
            example.with_file_name("office.rdp").display()
        ),
        "Time budget: 15 s".into(),
        "Fixes hidden: fix.credssp_policy, fix.nla_temporarily_off".into(),
    ] {
        assert!(
            out.stdout.lines().any(|l| l == line),
            "{line:?} not in:\n{}",
            out.stdout
        );
    }
    // Without a file: where it looks.
    let out = rdp_doctor(&cli_binary(), &home, &["config"])?;
    assert_eq!(out.code, 0);
    assert!(out.stdout.starts_with("No config file"), "{}", out.stdout);
    assert!(
        out.stdout.contains(
            &home
                .join("rdp-doctor/rdp-doctor.toml")
                .display()
                .to_string()
        ),
        "{}",
        out.stdout
    );
    // A language RDP Doctor speaks is fixed for everyone: `config` says so, in it.
    write(
        &home.join("rdp-doctor/rdp-doctor.toml"),
        "organisation = \"Contoso GmbH\"\nlanguage = \"de\"\n",
    )?;
    let out = rdp_doctor(&cli_binary(), &home, &["config"])?;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let german = message("de", "cli-config-language").replace("{ $language }", "Deutsch");
    assert!(out.stdout.contains(&german), "{german}: {}", out.stdout);
    // One it does not speak: the file is used, the note is a warning, English stays.
    let portuguese = write(
        &home.join("rdp-doctor/rdp-doctor.toml"),
        "organisation = \"Contoso Lda\"\nlanguage = \"pt\"\n",
    )?;
    let out = rdp_doctor(&cli_binary(), &home, &["config"])?;
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("Organisation: Contoso Lda"),
        "{}",
        out.stdout
    );
    assert_eq!(
        out.stderr.trim(),
        format!(
            "{}, line 2: \"language\" is \"pt\", a language RDP Doctor does not speak (it speaks \
             en, de, es, fr), so RDP Doctor uses this computer's language.",
            portuguese.display()
        )
    );
    Ok(())
}
