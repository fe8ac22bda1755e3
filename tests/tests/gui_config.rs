//! IT's config file in the real window (issue 11, part 4). Two app sessions:
//! - the user's own config (`$XDG_CONFIG_HOME/rdp-doctor/rdp-doctor.toml`, found as on a real
//!   desktop): the header says whom the check is for and who helps, the target field holds the
//!   configured PC, each preset checks with one click (a real xrdp server, then the configured
//!   `.rdp` file), the hidden fix is not offered, and "Send to IT" saves the report in the
//!   Documents folder and hands a `mailto:` link to the system's opener (`xdg-open`, which the
//!   test replaces with a script that records it), as the header's help page link does its
//!   address;
//! - a broken config given with `--config`: its one sentence is shown and the app checks on its
//!   defaults.
//!
//! Screenshots: `target/gui-screenshots/it_config-*.png`, `broken_config-*.png`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use rdp_doctor_tests::gui::{GuiSession, WAIT, ensure};
use rdp_doctor_tests::{CertSpec, RefusedPort, Xrdp, XrdpOptions};
use serde_json::{Value, json};

/// The whole check's budget, plus the page's own time to show it.
const CHECK_WAIT: Duration = Duration::from_secs(15);

fn write(path: &Path, text: &str) -> Result<PathBuf> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(path.to_path_buf())
}

/// Percent-decoding, to read a `mailto:` field as a mail program does.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A stand-in for `xdg-open` (which the `open` crate runs on Linux) that records what it was
/// asked to open into `record`; the folder to put first on the app's `PATH`.
fn recording_opener(dir: &Path, record: &Path) -> Result<PathBuf> {
    let bin = dir.join("bin");
    let script = write(
        &bin.join("xdg-open"),
        &format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > '{}.part' && mv '{0}.part' '{0}'\n",
            record.display()
        ),
    )?;
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))?;
    Ok(bin)
}

fn wait_for_file(path: &Path, timeout: Duration) -> Result<String> {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if let Ok(text) = std::fs::read_to_string(path) {
            return Ok(text);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("{} did not appear within {timeout:?}", path.display())
}

fn value(gui: &mut GuiSession, script: &str) -> Result<Value> {
    gui.execute(script, &[])
}

#[test]
fn it_config_sets_up_the_window_and_sends_the_report_to_it() -> Result<()> {
    let started = Instant::now();
    let server = Xrdp::start(XrdpOptions {
        cert: CertSpec::expired("xrdp.rdpd.test"),
        ..Default::default()
    })?;
    let target = server.target();
    let dir = rdp_doctor_tests::temp_dir("gui-it-config")?;
    let config_home = dir.path().join("config");
    let documents = dir.path().join("Documents");
    write(
        &config_home.join("rdp-doctor").join("rdp-doctor.toml"),
        &format!(
            "organisation = \"Contoso Ltd\"\n\
             language = \"en\"\n\
             [support]\n\
             name = \"Contoso IT service desk\"\n\
             email = \"servicedesk@contoso.example\"\n\
             phone = \"+1 555 0100\"\n\
             web = \"https://help.contoso.example\"\n\
             [check]\n\
             pcs = [\"{target}\"]\n\
             rdp_file = \"office.rdp\"\n\
             timeout = 12\n\
             [fixes]\n\
             hide = [\"fix.renew_certificate\"]\n"
        ),
    )?;
    write(
        &config_home.join("rdp-doctor").join("office.rdp"),
        &format!("full address:s:{target}\r\n"),
    )?;
    // Where `dirs` (and so "Send to IT") finds the Documents folder on Linux.
    write(
        &config_home.join("user-dirs.dirs"),
        &format!("XDG_DOCUMENTS_DIR=\"{}\"\n", documents.display()),
    )?;
    let record = dir.path().join("opened.txt");
    let bin = recording_opener(dir.path(), &record)?;
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut gui = GuiSession::start_with_env(
        "it_config",
        &[
            ("XDG_CONFIG_HOME", &config_home),
            ("PATH", Path::new(&path)),
        ],
    )?;
    let up = started.elapsed();

    // 1. Before any check: the header, the configured PC in the field, one button per preset.
    let header = gui.text("#header-org")?;
    ensure(
        &mut gui,
        header
            == "Checked for Contoso Ltd — help: Contoso IT service desk · \
                servicedesk@contoso.example · +1 555 0100 · help.contoso.example",
        &format!("the header's organisation line: {header:?}"),
    )?;
    let shown = value(
        &mut gui,
        "return {
           target: document.querySelector('#target').value,
           presets: [...document.querySelectorAll('#preset-buttons button')].map((b) => b.innerText.trim()),
           notice: document.querySelector('#config-notice').hidden,
         };",
    )?;
    ensure(
        &mut gui,
        shown
            == json!({
                "target": target,
                "presets": [format!("Check {target}"), "Check office.rdp"],
                "notice": true,
            }),
        &format!("the configured PC, the presets and no notice: {shown}"),
    )?;
    // IT fixed the language: the menu is disabled and says why; the backend refuses a pick.
    let menu = value(
        &mut gui,
        "return {
           disabled: document.querySelector('#language').disabled,
           why: document.querySelector('#language-fixed').hidden ? null
             : document.querySelector('#language-fixed').innerText.trim(),
           lang: document.documentElement.lang,
         };",
    )?;
    ensure(
        &mut gui,
        menu == json!({
            "disabled": true,
            "why": "Your IT department has set the language of RDP Doctor.",
            "lang": "en",
        }),
        &format!("the language menu under IT's fixed language: {menu}"),
    )?;
    let refused = value(
        &mut gui,
        "return window.__TAURI__.core.invoke('set_language', { tag: 'de' })
           .then(() => 'accepted', (e) => (e && e.code) || String(e));",
    )?;
    ensure(
        &mut gui,
        refused == json!("language_fixed"),
        &format!("set_language under IT's language: {refused}"),
    )?;
    gui.screenshot("ready")?;

    // 2. One click checks the configured PC: its expired certificate, without the hidden fix.
    gui.click("#preset-buttons button[data-preset-index=\"0\"]")?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    ensure(&mut gui, verdict == "fail", &format!("verdict {verdict:?}"))?;
    gui.expect_finding("preset", "cert.expired", "fail")?;
    let header_target = gui.text("#header-target")?;
    ensure(
        &mut gui,
        header_target.contains(&target),
        &format!("the header names the checked PC: {header_target:?}"),
    )?;
    gui.click(r#"#findings [data-finding-id="cert.expired"] button.finding-toggle"#)?;
    let hidden_fix = gui.count(r#"#findings [data-fix-id="fix.renew_certificate"]"#)?;
    // The page cannot run it either: the backend's report does not hold it.
    let run = value(
        &mut gui,
        "return window.__TAURI__.core.invoke('run_fix', { fixId: 'fix.renew_certificate' })
           .then(() => 'ran', (e) => (e && e.code) || String(e));",
    )?;
    ensure(
        &mut gui,
        hidden_fix == 0 && run == "unknown_fix",
        &format!("fix.renew_certificate is hidden: shown {hidden_fix} times, run_fix gave {run}"),
    )?;
    let summary = gui.text("#summary-text")?;
    gui.screenshot("checked")?;

    // 3. "Send to IT": the report saved in Documents/RDP Doctor, a mail to the service desk.
    gui.wait_visible("#send-to-it", WAIT)?;
    gui.click("#send-to-it")?;
    let status = gui.wait_text_contains("#status", "Saved the report as", WAIT)?;
    let uri = wait_for_file(&record, WAIT)?;
    let saved_dir = documents.join("RDP Doctor");
    let mut saved: Vec<PathBuf> = std::fs::read_dir(&saved_dir)
        .with_context(|| format!("reading {}", saved_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    saved.sort();
    let html = saved
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .cloned()
        .unwrap_or_default();
    let json_file = html.with_extension("json");
    let (to, query) = uri
        .strip_prefix("mailto:")
        .and_then(|rest| rest.split_once('?'))
        .unwrap_or_default();
    let field = |name: &str| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
            .map(decode)
            .unwrap_or_default()
    };
    let (subject, body) = (field("subject"), field("body"));
    eprintln!(
        "it_config: mailto link of {} characters; saved {saved:?}",
        uri.len()
    );
    ensure(
        &mut gui,
        to == "servicedesk@contoso.example"
            && subject == format!("RDP Doctor report: {target} — Problem found")
            && uri.len() <= 1900,
        &format!("the mail's address and subject: {uri}"),
    )?;
    let html_shown = html.display().to_string();
    ensure(
        &mut gui,
        saved.len() == 2
            && json_file.is_file()
            && body.contains("Checked for Contoso Ltd — help: Contoso IT service desk")
            && body.contains(&summary)
            && body.contains("[cert.expired]")
            && body.contains(&format!(
                "The full report is saved on this computer as:\r\n{html_shown}\r\n(Attach that \
                 file to this e-mail before you send it.)"
            ))
            && status.contains(&html_shown),
        &format!(
            "saved {saved:?}; the body should hold the summary {summary:?} and the saved file:\n\
             {body}\nstatus: {status}"
        ),
    )?;
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&json_file)?)?;
    let page = std::fs::read_to_string(&html)?;
    ensure(
        &mut gui,
        report["organisation"]["name"] == "Contoso Ltd"
            && report["verdict"] == "fail"
            && page.contains("Checked for <strong>Contoso Ltd</strong>")
            && !page.contains("Renew the remote PC"),
        "the saved report carries the organisation and not the hidden fix",
    )?;
    gui.screenshot("sent")?;

    // The help page in the header opens the configured address, nothing the page could pass.
    std::fs::remove_file(&record)?;
    gui.click("#support-page")?;
    let opened = wait_for_file(&record, WAIT)?;
    ensure(
        &mut gui,
        opened == "https://help.contoso.example",
        &format!("the support page opened {opened:?}"),
    )?;

    // 4. The configured .rdp file, also one click: the page never passes its path.
    gui.click("#preset-buttons button[data-preset-index=\"1\"]")?;
    let verdict = gui.wait_until(
        "the check of office.rdp to finish",
        CHECK_WAIT,
        "const target = document.querySelector('#header-target');
         const verdict = document.querySelector('#summary-banner').dataset.verdict;
         return target && target.innerText.includes('office.rdp')
           && ['ok', 'warn', 'fail', 'error'].includes(verdict) ? verdict : null;",
        &[],
    )?;
    ensure(
        &mut gui,
        verdict == "fail",
        &format!("office.rdp names the same PC: {verdict}"),
    )?;
    gui.expect_finding("rdp_file", "cert.expired", "fail")?;
    gui.screenshot("rdp_file")?;
    eprintln!(
        "it_config: app up after {:.1} s, whole test {:.1} s",
        up.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[test]
fn a_broken_config_is_named_calmly_and_the_app_still_checks() -> Result<()> {
    let started = Instant::now();
    let port = RefusedPort::new()?;
    let dir = rdp_doctor_tests::temp_dir("gui-broken-config")?;
    let config = write(
        &dir.path().join("it.toml"),
        "organisation = \"Contoso Ltd\"\n\
         [support]\n\
         email = \"servicedesk@contoso.example\"\n\
         [check]\n\
         pcs = [\"pc042.corp.contoso.example\"]\n\
         timeout = \"15 seconds\"\n",
    )?;
    let given = config.to_string_lossy().into_owned();
    let config_home = dir.path().join("config");
    std::fs::create_dir_all(&config_home)?;
    let mut gui = GuiSession::start_with(
        "broken_config",
        &[("XDG_CONFIG_HOME", &config_home)],
        &["--config", &given],
    )?;
    let notice = gui.text("#config-notice-text")?;
    ensure(
        &mut gui,
        notice
            == format!(
                "{given}, line 6: \"timeout\" must be a number of seconds from 1 to 300; RDP \
                 Doctor runs on its defaults."
            ),
        &format!("the notice: {notice:?}"),
    )?;
    let defaults = value(
        &mut gui,
        "return {
           org: document.querySelector('#header-org').hidden,
           presets: document.querySelector('#presets').hidden,
           target: document.querySelector('#target').value,
         };",
    )?;
    ensure(
        &mut gui,
        defaults == json!({ "org": true, "presets": true, "target": "" }),
        &format!("nothing of the broken file is used: {defaults}"),
    )?;
    gui.screenshot("notice")?;

    gui.start_check(&port.addr().to_string(), None)?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    ensure(&mut gui, verdict == "fail", &format!("verdict {verdict:?}"))?;
    gui.expect_row("broken_config", "reach", "fail")?;
    let send_hidden = value(
        &mut gui,
        "return document.querySelector('#send-to-it').hidden;",
    )?;
    ensure(
        &mut gui,
        send_hidden == true,
        "no \"Send to IT\" on the defaults (no support address)",
    )?;
    gui.screenshot("checked")?;
    eprintln!(
        "broken_config: whole test {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
