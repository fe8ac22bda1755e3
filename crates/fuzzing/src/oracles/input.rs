//! What people give RDP Doctor: a typed computer, gateway, error code, time or network card
//! address; a `.rdp` file; IT's `rdp-doctor.toml`; and the values fixes embed in commands.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rdp_doctor_diagnose::error_codes;
use rdp_doctor_diagnose::shell::{
    self, HostName, MacAddress, POWERSHELL_SINGLE_QUOTES, SessionId, Thumbprint,
};
use rdp_doctor_engine::config;
use rdp_doctor_engine::input;
use rdp_doctor_model::{ErrorCode, Gateway, HostKind, Target, TargetSource};
use rdp_doctor_wire::cmdline::{self, parse_command_line};
use rdp_doctor_wire::rdpfile::{RdpValue, is_rdp_uri, parse_rdp_file, parse_rdp_uri};
use rdp_doctor_wire::wake_on_lan::{mac_address, magic_packet};

use super::assert_one_line;

/// What a parsed computer may hold, whatever was typed: an address, or a name of letters,
/// digits, `-`, `_` and `.` — never a space, quote, `;` or other character a shell or a
/// report would read as more than a name.
#[track_caller]
fn assert_usable_host(host: &str, port: u16, kind: HostKind) {
    assert!(port >= 1, "port 0 accepted");
    match kind {
        HostKind::Ipv4 => assert!(host.parse::<std::net::Ipv4Addr>().is_ok(), "{host:?}"),
        HostKind::Ipv6 => assert!(host.parse::<std::net::Ipv6Addr>().is_ok(), "{host:?}"),
        HostKind::Name => assert!(
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')),
            "a name accepted with other characters: {host:?}"
        ),
    }
}

#[track_caller]
fn assert_usable_target(target: &Target) {
    assert_usable_host(&target.host, target.port, target.kind);
    // What reports and the app show as the target reads back as the same computer.
    let shown = target.to_string();
    let again = Target::parse(&shown);
    assert_eq!(
        again.map(|t| (t.host, t.port, t.kind)),
        Ok((target.host.clone(), target.port, target.kind)),
        "the target shown as {shown:?} parses differently"
    );
    if let Some(gateway) = &target.gateway {
        let kind = if gateway.host.parse::<std::net::Ipv6Addr>().is_ok() {
            HostKind::Ipv6
        } else if gateway.host.parse::<std::net::Ipv4Addr>().is_ok() {
            HostKind::Ipv4
        } else {
            HostKind::Name
        };
        assert_usable_host(&gateway.host, gateway.port, kind);
    }
}

/// Everything typed on the command line or into the app: the computer (`check TARGET`, the
/// app's field), `--gateway`, `--error`, `--timeout`, `--watch` and `wake MAC`. Accepted
/// values are usable and within their ranges, shown forms parse back to the same value, and
/// every refusal is one sentence on one line.
pub fn text_input(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match input::target_from_text(&text) {
        Ok(target) => {
            assert_usable_target(&target);
            match input::with_gateway(target, &text) {
                Ok(with) => assert_usable_target(&with),
                Err(bad) => assert_one_line(&bad.message_sentence(), "a bad gateway's sentence"),
            }
        }
        Err(bad) => {
            assert!(bad.finding_id.starts_with("input."), "{}", bad.finding_id);
            assert_one_line(&bad.message_sentence(), "a bad target's sentence");
        }
    }
    if let Ok(gateway) = Gateway::parse(&text, None, false) {
        assert!(gateway.port >= 1);
    }
    match ErrorCode::parse(&text) {
        Ok(code) => {
            let again = ErrorCode::parse(&code.to_string()).map(|c| (c.code, c.extended));
            assert_eq!(again, Ok((code.code, code.extended)), "{code}");
            let _ = error_codes::lookup(code);
        }
        Err(e) => assert_one_line(&input::error_code_error(&e), "a bad error code's sentence"),
    }
    // What the engine reads: the table's pick of the readings, shown in a finding.
    match error_codes::read(&text) {
        Ok(code) => {
            let shown = error_codes::lookup(code).map(|e| e.meaning);
            assert!(shown.is_none_or(|m| !m.contains('\n')), "{code}");
        }
        Err(e) => assert_one_line(&input::error_code_error(&e), "a bad error code's sentence"),
    }
    match input::parse_timeout(&text) {
        Ok(budget) => assert!(
            (Duration::from_secs(1)..=Duration::from_secs(300)).contains(&budget),
            "{budget:?}"
        ),
        Err(e) => assert_one_line(&e, "a bad --timeout's sentence"),
    }
    match input::parse_watch(&text) {
        Ok(span) => assert!(
            (Duration::from_secs(1)..=Duration::from_secs(1800)).contains(&span),
            "{span:?}"
        ),
        Err(e) => assert_one_line(&e, "a bad --watch's sentence"),
    }
    match mac_address(&text) {
        Ok(mac) => {
            assert!(
                mac != [0; 6] && mac != [0xff; 6] && mac[0] & 1 == 0,
                "{mac:?}"
            );
            let packet = magic_packet(mac);
            assert!(packet.get(..6).is_some_and(|p| p == [0xff; 6]));
            assert!(
                packet
                    .get(6..)
                    .is_some_and(|p| p.chunks(6).all(|c| c == mac))
            );
        }
        Err(e) => assert_one_line(&e.to_string(), "a bad network card address's sentence"),
    }
}

/// `.rdp` files (UTF-16LE, UTF-8 or ANSI): every setting written back as `name:type:value`
/// reads the same again; refusals are one line; and what the CLI and the app make of the file
/// (`engine::input::target_from_rdp_file`) is a usable target or "input.rdp_file_invalid".
pub fn rdp_file(data: &[u8]) {
    match parse_rdp_file(data) {
        Ok(file) => {
            let mut written = String::new();
            for setting in &file.settings {
                let (kind, value) = match &setting.value {
                    RdpValue::Str(s) => ('s', s.clone()),
                    RdpValue::Int(i) => ('i', i.to_string()),
                    RdpValue::Bin(b) => ('b', b.iter().map(|x| format!("{x:02X}")).collect()),
                };
                written.push_str(&format!("{}:{kind}:{value}\r\n", setting.name));
            }
            let again = parse_rdp_file(written.as_bytes()).map(|f| {
                f.settings
                    .into_iter()
                    .map(|s| (s.name, s.value))
                    .collect::<Vec<_>>()
            });
            let settings: Vec<_> = file
                .settings
                .iter()
                .map(|s| (s.name.clone(), s.value.clone()))
                .collect();
            assert_eq!(again, Ok(settings), "written back as {written:?}");
        }
        Err(e) => assert_one_line(&e.to_string(), "a bad .rdp file's sentence"),
    }
    let Some(read) = through_a_file(data, input::target_from_rdp_file) else {
        return;
    };
    match read {
        Ok(target) => {
            assert_usable_target(&target);
            assert!(matches!(target.source, TargetSource::RdpFile { .. }));
            assert!(target.file_settings.is_some());
        }
        Err(bad) => {
            assert_eq!(bad.finding_id, "input.rdp_file_invalid");
            assert_one_line(&bad.message_sentence(), "a bad .rdp file's sentence");
        }
    }
}

/// Runs `read` on `bytes` saved as a file: the engine reads `.rdp` files by path, and going
/// through it keeps the oracle on the very code the CLI and the app run. `None` when the file
/// cannot be written (a full disk is not a finding).
fn through_a_file<T>(bytes: &[u8], read: impl FnOnce(&Path) -> T) -> Option<T> {
    thread_local! {
        static PATH: PathBuf = std::env::temp_dir().join(format!(
            "rdp-doctor-fuzz-{}-{:?}.rdp",
            std::process::id(),
            std::thread::current().id()
        ).replace(['(', ')'], ""));
    }
    PATH.with(|path| {
        std::fs::write(path, bytes).ok()?;
        let out = read(path);
        let _ = std::fs::remove_file(path);
        Some(out)
    })
}

/// IT's `rdp-doctor.toml` (`engine::config::parse`, also what `read` does after decoding):
/// a problem is one sentence naming a line the file has; an accepted file holds only values
/// within their ranges, usable computers and known fix ids.
pub fn it_config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("/it/rdp-doctor.toml");
    match config::parse(&text, path) {
        Err(problem) => {
            assert_one_line(&problem.sentence(), "a config problem's sentence");
            if let Some(line) = problem.line {
                assert!(
                    line >= 1 && line <= text.split('\n').count(),
                    "line {line} of a {}-line file",
                    text.split('\n').count()
                );
            }
        }
        Ok(org) => {
            for pc in &org.pcs {
                assert_usable_target(pc);
            }
            for preset in org.presets() {
                let _ = preset.label();
            }
            if let Some(timeout) = org.timeout {
                assert!(
                    (Duration::from_secs(1)..=Duration::from_secs(300)).contains(&timeout),
                    "{timeout:?}"
                );
            }
            let budget = org.check_config(None).budget;
            assert!(budget >= Duration::from_secs(1), "{budget:?}");
            for id in &org.fixes.hide {
                assert!(
                    rdp_doctor_diagnose::fixes::ALL_IDS.contains(&id.as_str()),
                    "an unknown fix id accepted: {id:?}"
                );
            }
            if let Some(organisation) = &org.organisation {
                let support = &organisation.support;
                for text in [&organisation.name, &support.name, &support.email]
                    .into_iter()
                    .chain([&support.phone, &support.web])
                    .flatten()
                {
                    assert_one_line(text, "a text the header shows");
                }
            }
            if let Some(note) = &org.note {
                assert_one_line(&note.sentence(), "a config note's sentence");
            }
        }
    }
}

/// The values fixes embed in commands (`diagnose::shell`): accepted ones are made of the
/// characters their kind allows and print back as themselves; the quoting functions give one
/// literal word for any text (checked by reading the word back as PowerShell and sh would).
pub fn shell_values(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(host) = HostName::parse(&text) {
        let shown = host.to_string();
        assert!(
            shown
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':')),
            "{shown:?}"
        );
        assert_eq!(HostName::parse(&shown), Ok(host));
    }
    if let Ok(thumbprint) = Thumbprint::parse(&text) {
        let shown = thumbprint.to_string();
        assert!(shown.len() == 40 && shown.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(Thumbprint::parse(&shown), Ok(thumbprint));
    }
    if let Ok(mac) = MacAddress::parse(&text) {
        assert_eq!(MacAddress::parse(&mac.to_string()), Ok(mac));
        // The app validates with this type, `rdp-doctor wake` with the wire parser: what the
        // stricter one accepts, the other must read as the same card.
        assert_eq!(mac_address(&text), Ok(mac.octets()), "{text:?}");
    }
    if let Ok(id) = SessionId::parse(&text) {
        assert_eq!(SessionId::parse(&id.to_string()), Ok(id));
    }
    assert_eq!(
        powershell_word(&shell::powershell_literal(&text)).as_deref(),
        Some(text.as_ref()),
        "PowerShell reads the literal of {text:?} differently"
    );
    if !text.contains('\0') {
        assert_eq!(
            sh_word(&shell::sh_literal(&text)).as_deref(),
            Some(text.as_ref()),
            "sh reads the literal of {text:?} differently"
        );
    }
    if let Some(word) = shell::cmd_word(&text) {
        assert!(
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".:_/-[]".contains(c)),
            "cmd.exe would read {word:?} as more than a word"
        );
    }
}

/// What PowerShell reads from one single-quoted string token: quotes open and close it, a
/// doubled quote inside is one quote, and every one of its quote characters counts. `None`
/// when the text is not exactly one such token.
fn powershell_word(token: &str) -> Option<String> {
    let is_quote = |c: char| POWERSHELL_SINGLE_QUOTES.contains(&c);
    let mut chars = token.chars().peekable();
    if !chars.next().is_some_and(is_quote) {
        return None;
    }
    let mut out = String::new();
    while let Some(c) = chars.next() {
        if is_quote(c) {
            match chars.peek() {
                Some(&next) if is_quote(next) => {
                    out.push(next);
                    chars.next();
                }
                // The closing quote must be the last character.
                _ => return chars.next().is_none().then_some(out),
            }
        } else {
            out.push(c);
        }
    }
    None
}

/// What a POSIX shell reads from one word made of single-quoted parts and backslash-escaped
/// characters (the forms `sh_literal` uses); `None` for anything else, such as an unquoted
/// space or `;`, which would split or end the command.
fn sh_word(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let mut out = String::new();
    let mut parts = 0;
    while let Some(c) = chars.next() {
        match c {
            '\'' => loop {
                match chars.next()? {
                    '\'' => break,
                    inner => out.push(inner),
                }
            },
            '\\' => out.push(chars.next()?),
            _ => return None,
        }
        parts += 1;
    }
    (parts > 0).then_some(out)
}

/// `rdp://` links: read exactly when [`is_rdp_uri`] says the text is one, and every setting
/// has a name with nothing blank around it (a stray space or BOM would hide the setting).
pub fn rdp_uri(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let link = parse_rdp_uri(&text);
    assert_eq!(
        link.is_some(),
        is_rdp_uri(&text),
        "parse_rdp_uri and is_rdp_uri disagree"
    );
    for setting in link.iter().flat_map(|file| &file.settings) {
        let name = setting.name.as_str();
        assert!(
            !name.is_empty()
                && name.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}') == name,
            "a setting name with blanks around it: {name:?}"
        );
    }
}

/// Pasted mstsc / FreeRDP command lines: the line a report shows (the program and the
/// connection options, never a user name or password) reads back as itself, so a user who
/// pastes it again checks the same connection. Values with spaces or quotes are left out of
/// that promise: the shown line does not quote them.
pub fn command_line(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let line = parse_command_line(&text);
    let shown = line.shown();
    let _ = cmdline::looks_like_command_line(&text);
    let plain = |v: &Option<String>| {
        v.as_deref().is_none_or(|v| {
            !v.is_empty()
                && !v
                    .chars()
                    .any(|c| c.is_whitespace() || c == '"' || c == '\'')
        })
    };
    if plain(&line.address) && plain(&line.port) && plain(&line.gateway) && plain(&line.program) {
        let again = parse_command_line(&shown);
        assert_eq!(again.shown(), shown, "the shown line reads back otherwise");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_readers_read_what_the_shells_read() {
        assert_eq!(powershell_word("'a''b'").as_deref(), Some("a'b"));
        assert_eq!(
            powershell_word("'a\u{2019}\u{2019}b'").as_deref(),
            Some("a\u{2019}b")
        );
        assert_eq!(powershell_word("'a'b'"), None);
        assert_eq!(powershell_word("'a\u{2018}b'"), None);
        assert_eq!(sh_word(r"'a'\''b'").as_deref(), Some("a'b"));
        assert_eq!(sh_word("'a' 'b'"), None);
        assert_eq!(sh_word("a;b"), None);
        assert_eq!(sh_word("''").as_deref(), Some(""));
    }
}
