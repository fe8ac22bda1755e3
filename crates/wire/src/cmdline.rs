//! FreeRDP and mstsc command lines as people paste them: `xfreerdp /v:pc:3389 /g:gw /u:me`.
//!
//! Only what names the connection is read: `/v:host[:port]`, `/port:N`, the RD Gateway
//! (`/g:host[:port]` and `/gateway-usage-method:` or `/gum:` of FreeRDP 2, `/gateway:g:…,
//! usage-method:…` or `/gw:` of FreeRDP 3) and the program's name. Everything else — sizes,
//! redirections, and above all `/u:`, `/p:`, `/d:`, `/gu:`, `/gp:`, `/pth:` and the
//! `u:`/`p:`/`access-token:` parts of `/gateway:` — is passed over and never kept, so no
//! credential can reach a report. Option names are compared ignoring case, as mstsc does
//! (FreeRDP's are lowercase anyway).

/// Programs whose command lines are recognised by their first word.
const PROGRAMS: [&str; 10] = [
    "mstsc",
    "xfreerdp",
    "xfreerdp3",
    "wlfreerdp",
    "wlfreerdp3",
    "sdl-freerdp",
    "sdl-freerdp3",
    "sdl3-freerdp",
    "wfreerdp",
    "freerdp",
];

/// Options that make a piece of text a command line rather than a computer's name.
const CONNECTION_OPTIONS: [&str; 5] = ["/v:", "/port:", "/g:", "/gateway:", "/gw:"];

/// When the connection goes through the gateway: FreeRDP's `direct` always, `detect` only
/// when the computer cannot be reached directly — `gatewayusagemethod` 1 and 2 of `.rdp` files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GatewayUsage {
    Direct,
    Detect,
}

impl GatewayUsage {
    /// The `.rdp` file's `gatewayusagemethod` with the same meaning.
    pub fn usage_method(self) -> i64 {
        match self {
            GatewayUsage::Direct => 1,
            GatewayUsage::Detect => 2,
        }
    }
}

/// What a command line says about the connection. Values are as written (trimmed, quotes
/// removed); the caller validates them like typed text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommandLine {
    /// `mstsc`, `xfreerdp`… when the line starts with a known program (path and `.exe` removed).
    pub program: Option<String>,
    /// `/v:` — the last one wins, as in FreeRDP.
    pub address: Option<String>,
    /// `/port:`.
    pub port: Option<String>,
    /// `/g:` or the `g:` part of `/gateway:`.
    pub gateway: Option<String>,
    pub gateway_usage: Option<GatewayUsage>,
    /// A word naming a `.rdp` file (`mstsc office.rdp`): RDP Doctor reads files by themselves.
    pub names_rdp_file: bool,
    /// Why a connection option could not be used, one fragment each ("/gateway-usage-method
    /// takes direct or detect").
    pub problems: Vec<OptionProblem>,
}

/// An option the line names without a usable value; `option` as written after the `/`, lower
/// case (`v`, `gateway:g`, `gum`). Display is developer text: the engine words it for users.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OptionProblem {
    #[error("/{option}: needs a value after the colon")]
    NeedsValue { option: String },
    #[error("/{option}: needs the gateway's name after it")]
    NeedsGatewayName { option: String },
    #[error("/{option} takes direct or detect")]
    UsageMethod { option: String },
}

/// Whether `text` reads as a command line: a known program first, or any connection option.
pub fn looks_like_command_line(text: &str) -> bool {
    let words = split_words(text);
    words.first().is_some_and(|w| program_name(w).is_some())
        || words.iter().any(|w| is_connection_option(w))
}

fn is_connection_option(word: &str) -> bool {
    CONNECTION_OPTIONS
        .iter()
        .any(|o| starts_with_ignore_case(word, o))
}

fn starts_with_ignore_case(word: &str, prefix: &str) -> bool {
    word.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// `C:\Windows\System32\mstsc.exe` → `mstsc`, when it is one of [`PROGRAMS`].
fn program_name(word: &str) -> Option<String> {
    let file = word.rsplit(['/', '\\']).next().unwrap_or(word);
    let lower = file.to_ascii_lowercase();
    let bare = lower.strip_suffix(".exe").unwrap_or(&lower);
    PROGRAMS.contains(&bare).then(|| bare.to_string())
}

/// Splits a pasted line into words the way shells and Windows do for these options:
/// whitespace separates, double or single quotes group (and are removed).
pub fn split_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Reads the words of a command line (see [`split_words`]).
pub fn parse_words<S: AsRef<str>>(words: &[S]) -> CommandLine {
    let mut line = CommandLine::default();
    for (index, word) in words.iter().enumerate() {
        let word = word.as_ref().trim();
        // An option is never the program, even one whose value ends like a program's path
        // (`/v:host/freerdp`).
        if index == 0
            && !is_connection_option(word)
            && let Some(program) = program_name(word)
        {
            line.program = Some(program);
            continue;
        }
        line.read_word(word);
    }
    line
}

/// Reads a whole pasted line.
pub fn parse_command_line(text: &str) -> CommandLine {
    parse_words(&split_words(text))
}

impl CommandLine {
    /// One word: an option (`/name:value`, `/name`, `+name`, `-name`) or a bare argument.
    pub fn read_word(&mut self, word: &str) {
        let Some(option) = word.strip_prefix('/') else {
            if !word.starts_with(['+', '-']) && word.to_ascii_lowercase().ends_with(".rdp") {
                self.names_rdp_file = true;
            }
            return;
        };
        let (name, value) = match option.split_once(':') {
            Some((n, v)) => (n.to_ascii_lowercase(), Some(v.trim())),
            None => (option.to_ascii_lowercase(), None),
        };
        let value = value.filter(|v| !v.is_empty());
        match (name.as_str(), value) {
            ("v", Some(v)) => self.address = Some(v.to_string()),
            ("port", Some(p)) => self.port = Some(p.to_string()),
            ("g", Some(g)) => self.gateway = Some(g.to_string()),
            ("gateway-usage-method" | "gum", Some(u)) => self.set_usage(&name, u),
            ("gateway" | "gw", Some(parts)) => self.read_gateway_parts(&name, parts),
            ("v" | "port" | "g" | "gateway" | "gw" | "gateway-usage-method" | "gum", None) => {
                self.problems.push(OptionProblem::NeedsValue {
                    option: name.clone(),
                });
            }
            _ => {}
        }
    }

    /// FreeRDP 3's `/gateway:g:host[:port],u:…,p:…,usage-method:…,type:…`: only `g:` and
    /// `usage-method:` are read; the credentials in the other parts are dropped here.
    fn read_gateway_parts(&mut self, name: &str, parts: &str) {
        for part in parts.split(',') {
            let (key, value) = part.split_once(':').unwrap_or((part, ""));
            match key.trim().to_ascii_lowercase().as_str() {
                "g" if !value.trim().is_empty() => self.gateway = Some(value.trim().to_string()),
                "g" => self.problems.push(OptionProblem::NeedsGatewayName {
                    option: format!("{name}:g"),
                }),
                "usage-method" => self.set_usage(&format!("{name}:usage-method"), value.trim()),
                _ => {}
            }
        }
    }

    fn set_usage(&mut self, option: &str, value: &str) {
        match value.to_ascii_lowercase().as_str() {
            "direct" => self.gateway_usage = Some(GatewayUsage::Direct),
            "detect" => self.gateway_usage = Some(GatewayUsage::Detect),
            _ => self.problems.push(OptionProblem::UsageMethod {
                option: option.to_string(),
            }),
        }
    }

    /// The line as a report may show it: the program and the options read, nothing else
    /// (so never a user name, password or token).
    pub fn shown(&self) -> String {
        let mut words: Vec<String> = self.program.iter().cloned().collect();
        if let Some(v) = &self.address {
            words.push(format!("/v:{v}"));
        }
        if let Some(p) = &self.port {
            words.push(format!("/port:{p}"));
        }
        if let Some(g) = &self.gateway {
            words.push(format!("/g:{g}"));
        }
        match self.gateway_usage {
            Some(GatewayUsage::Direct) => words.push("/gateway-usage-method:direct".into()),
            Some(GatewayUsage::Detect) => words.push("/gateway-usage-method:detect".into()),
            None => {}
        }
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_option_is_never_the_program() {
        // Found by the command_line fuzz target: the shown line "/v:x/freerdp" read back as
        // the program freerdp.
        let line = parse_command_line("/v:pc042/freerdp");
        assert_eq!(line.program, None);
        assert_eq!(line.address.as_deref(), Some("pc042/freerdp"));
        assert_eq!(
            parse_command_line("/usr/bin/xfreerdp /v:pc042")
                .program
                .as_deref(),
            Some("xfreerdp")
        );
    }

    #[test]
    fn splits_like_a_shell() {
        assert_eq!(
            split_words("  xfreerdp  /v:\"pc one\" '/g:gw' /size:1024x768\t+clipboard "),
            [
                "xfreerdp",
                "/v:pc one",
                "/g:gw",
                "/size:1024x768",
                "+clipboard"
            ]
        );
        assert_eq!(split_words("/v:\"\""), ["/v:"]);
        assert_eq!(split_words("\"\""), [""]);
        assert!(split_words(" \t\r\n").is_empty());
        // An unclosed quote runs to the end, as in cmd.exe.
        assert_eq!(split_words("/v:\"pc /u:x"), ["/v:pc /u:x"]);
    }

    #[test]
    fn recognises_command_lines() {
        for text in [
            "/v:pc",
            "/V:pc:3390",
            "mstsc /v:pc",
            "C:\\Windows\\System32\\mstsc.exe",
            "/usr/bin/xfreerdp3 /v:pc",
            "wlfreerdp /u:me /port:3390",
            "/g:gw",
            "/gateway:g:gw",
            "sdl-freerdp",
        ] {
            assert!(looks_like_command_line(text), "{text}");
        }
        for text in [
            "pc.example.com",
            "pc:3389",
            "[::1]:3389",
            "rdp://full%20address=s:pc",
            "",
            "/home/me/office.rdp",
            "pc /u:me",
        ] {
            assert!(!looks_like_command_line(text), "{text}");
        }
    }

    #[test]
    fn reads_the_connection_and_nothing_else() {
        let line = parse_command_line(
            "xfreerdp /v:pc.example:3390 /u:alice /p:S3cret! /d:CORP /port:3391 \
             /g:gw.example:8443 /gu:alice /gp:S3cret! /gateway-usage-method:detect \
             /size:1920x1080 +clipboard -wallpaper /cert:ignore",
        );
        assert_eq!(
            line,
            CommandLine {
                program: Some("xfreerdp".into()),
                address: Some("pc.example:3390".into()),
                port: Some("3391".into()),
                gateway: Some("gw.example:8443".into()),
                gateway_usage: Some(GatewayUsage::Detect),
                names_rdp_file: false,
                problems: Vec::new(),
            }
        );
        let shown = line.shown();
        assert_eq!(
            shown,
            "xfreerdp /v:pc.example:3390 /port:3391 /g:gw.example:8443 /gateway-usage-method:detect"
        );
        assert!(!format!("{line:?}").contains("S3cret"));
    }

    #[test]
    fn reads_freerdp_3_gateway_option() {
        let line = parse_command_line(
            "sdl-freerdp3 /v:host /gateway:g:gw.example:443,u:bob,d:CORP,p:pa,ss,\
             usage-method:direct,type:http,access-token:eyJtoken",
        );
        assert_eq!(line.gateway.as_deref(), Some("gw.example:443"));
        assert_eq!(line.gateway_usage, Some(GatewayUsage::Direct));
        assert_eq!(line.gateway_usage.map(GatewayUsage::usage_method), Some(1));
        assert!(line.problems.is_empty(), "{:?}", line.problems);
        let debug = format!("{line:?}");
        assert!(!debug.contains("eyJ") && !debug.contains("bob"), "{debug}");
        assert_eq!(
            parse_command_line("/gw:g:gw2").gateway.as_deref(),
            Some("gw2")
        );
        assert_eq!(
            parse_command_line("/GUM:Direct").gateway_usage,
            Some(GatewayUsage::Direct)
        );
    }

    #[test]
    fn names_what_it_cannot_use() {
        let line = parse_command_line("/v: /gateway:g:,usage-method:sometimes /gum:x");
        assert_eq!(line.address, None);
        let problems: Vec<String> = line.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            [
                "/v: needs a value after the colon",
                "/gateway:g: needs the gateway's name after it",
                "/gateway:usage-method takes direct or detect",
                "/gum takes direct or detect",
            ]
        );
        let line = parse_command_line("mstsc office.rdp /f");
        assert!(line.names_rdp_file);
        assert_eq!(line.address, None);
        assert_eq!(line.shown(), "mstsc");
        // The last /v: wins, as in FreeRDP.
        assert_eq!(
            parse_command_line("/v:a /v:b").address.as_deref(),
            Some("b")
        );
    }

    #[test]
    fn no_panic_on_any_input() {
        let valid: [&[u8]; 2] = [
            b"xfreerdp /v:pc:3390 /gateway:g:gw,usage-method:detect /p:x \"q\" 'r",
            "mstsc.exe /V:pc /g:gw /gum:direct ünï".as_bytes(),
        ];
        crate::testing::check_no_panic(0x434D_444C, &valid, |b| {
            let text = String::from_utf8_lossy(b);
            let line = parse_command_line(&text);
            let _ = line.shown();
            let _ = looks_like_command_line(&text);
        });
    }
}
