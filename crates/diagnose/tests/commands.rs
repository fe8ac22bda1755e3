//! Every command a fix shows is split the way its shell would split it, and checked: the
//! statements are the ones intended, and each value from outside is exactly one argument equal
//! to the validated value, whatever string it was made from.
//!
//! The PowerShell and cmd.exe splitters live here, in the test, not in the library: they are
//! models of other programs' parsers, written to check our own output and conservative where
//! those parsers are obscure (they split or fail where the real shell might not, never the other
//! way round). Shipped in the library they would look fit for parsing commands from outside,
//! which they are not. For sh the real `/bin/sh` does the splitting.

use std::collections::BTreeSet;
use std::net::IpAddr;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use proptest::prelude::*;
use rdp_doctor_diagnose::fixes;
use rdp_doctor_diagnose::shell::{
    HostName, MacAddress, SessionId, Thumbprint, cmd_word, powershell_literal, sh_literal,
};
use rdp_doctor_model::{Fix, FixKind, Place, Shell};

/// One word of a statement, decoded as the shell would before running it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Word {
    /// Known before the command runs: bare text, quoted literals, escapes decoded.
    Lit(String),
    /// Holds a `$variable`, `$(…)`, `%VAR%` or `!VAR!` that the shell replaces at run time
    /// (kept raw).
    Expands(String),
    /// PowerShell `( )`, `{ }`, `[ ]`, `@( )`, `@{ }`, `$( )` standing alone (kept raw; the
    /// inside was split too and had to be well formed).
    Group(String),
    /// An operator that does not end the statement: `,`, the `&` call operator, redirections.
    Op(String),
}

type Statement = Vec<Word>;

fn lit(s: &str) -> Word {
    Word::Lit(s.to_string())
}

// ---------------------------------------------------------------------------------------------
// PowerShell

mod ps {
    use super::{Statement, Word};

    pub const SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201a}', '\u{201b}'];
    pub const DOUBLE_QUOTES: [char; 4] = ['"', '\u{201c}', '\u{201d}', '\u{201e}'];

    fn is_newline(c: char) -> bool {
        // PowerShell itself ends lines at \r and \n; the others are counted as line breaks too,
        // the conservative side for this check.
        matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
    }

    fn is_space(c: char) -> bool {
        c.is_whitespace() && !is_newline(c)
    }

    /// Splits a PowerShell script into statements (separated by `;`, line breaks, `|`, `&&`,
    /// `||`, and a trailing `&`) with their decoded words. Errors for anything malformed or
    /// outside the subset our fixes use (here-strings, `--%`, `<`, unbalanced brackets).
    pub fn split(src: &str) -> Result<Vec<Statement>, String> {
        let mut p = Parser {
            chars: src.chars().collect(),
            pos: 0,
        };
        let statements = p.statements(None)?;
        Ok(statements)
    }

    struct Parser {
        chars: Vec<char>,
        pos: usize,
    }

    impl Parser {
        fn peek(&self) -> Option<char> {
            self.chars.get(self.pos).copied()
        }

        fn peek_at(&self, ahead: usize) -> Option<char> {
            self.chars.get(self.pos + ahead).copied()
        }

        fn at_line_continuation(&self) -> bool {
            self.peek() == Some('`') && self.peek_at(1).is_some_and(is_newline)
        }

        fn skip_line_continuation(&mut self) {
            self.pos += 1;
            if self.peek() == Some('\r') && self.peek_at(1) == Some('\n') {
                self.pos += 1;
            }
            self.pos += 1;
        }

        /// Statements up to `close` (consumed) or the end of the input.
        fn statements(&mut self, close: Option<char>) -> Result<Vec<Statement>, String> {
            let mut out: Vec<Statement> = Vec::new();
            let mut current: Statement = Vec::new();
            let end = |current: &mut Statement, out: &mut Vec<Statement>| {
                if !current.is_empty() {
                    out.push(std::mem::take(current));
                }
            };
            loop {
                let Some(c) = self.peek() else {
                    if let Some(close) = close {
                        return Err(format!("missing '{close}'"));
                    }
                    end(&mut current, &mut out);
                    return Ok(out);
                };
                if Some(c) == close {
                    self.pos += 1;
                    end(&mut current, &mut out);
                    return Ok(out);
                }
                if self.at_line_continuation() {
                    self.skip_line_continuation();
                    continue;
                }
                match c {
                    ')' | '}' | ']' => return Err(format!("unexpected '{c}'")),
                    c if is_newline(c) || c == ';' => {
                        self.pos += 1;
                        end(&mut current, &mut out);
                    }
                    c if is_space(c) => self.pos += 1,
                    '|' => {
                        self.pos += if self.peek_at(1) == Some('|') { 2 } else { 1 };
                        end(&mut current, &mut out);
                    }
                    '&' => {
                        if self.peek_at(1) == Some('&') {
                            self.pos += 2;
                            end(&mut current, &mut out);
                        } else if current.is_empty() {
                            self.pos += 1;
                            current.push(Word::Op("&".into()));
                        } else {
                            // The background operator (PowerShell 7): ends the statement.
                            self.pos += 1;
                            end(&mut current, &mut out);
                        }
                    }
                    '#' => {
                        while self.peek().is_some_and(|c| !is_newline(c)) {
                            self.pos += 1;
                        }
                    }
                    '<' if self.peek_at(1) == Some('#') => {
                        self.pos += 2;
                        loop {
                            match (self.peek(), self.peek_at(1)) {
                                (Some('#'), Some('>')) => {
                                    self.pos += 2;
                                    break;
                                }
                                (Some(_), _) => self.pos += 1,
                                (None, _) => return Err("unterminated <# comment".into()),
                            }
                        }
                    }
                    '<' => return Err("'<' is reserved in PowerShell".into()),
                    '>' => {
                        self.pos += 1;
                        if self.peek() == Some('>') {
                            self.pos += 1;
                        }
                        current.push(Word::Op(">".into()));
                    }
                    ',' => {
                        self.pos += 1;
                        current.push(Word::Op(",".into()));
                    }
                    '\0' => return Err("NUL outside a string".into()),
                    c if c.is_control() => return Err(format!("control character {c:?}")),
                    _ => {
                        let word = self.word()?;
                        if word == Word::Lit("--%".into()) {
                            return Err("--% (stop parsing) is not supported".into());
                        }
                        current.push(word);
                    }
                }
            }
        }

        /// A group opened at `self.pos` by `open_len` characters and closed by `close`.
        fn group(&mut self, open_len: usize, close: char) -> Result<String, String> {
            let start = self.pos;
            self.pos += open_len;
            self.statements(Some(close))?;
            Ok(self.chars[start..self.pos].iter().collect())
        }

        fn single_quoted(&mut self) -> Result<String, String> {
            self.pos += 1;
            let mut out = String::new();
            loop {
                let Some(c) = self.peek() else {
                    return Err("unterminated single-quoted string".into());
                };
                self.pos += 1;
                if SINGLE_QUOTES.contains(&c) {
                    match self.peek() {
                        Some(next) if SINGLE_QUOTES.contains(&next) => {
                            out.push(next);
                            self.pos += 1;
                        }
                        _ => return Ok(out),
                    }
                } else {
                    out.push(c);
                }
            }
        }

        /// Returns the decoded text and whether it expands anything.
        fn double_quoted(&mut self) -> Result<(String, bool), String> {
            self.pos += 1;
            let mut out = String::new();
            let mut expands = false;
            loop {
                let Some(c) = self.peek() else {
                    return Err("unterminated double-quoted string".into());
                };
                if DOUBLE_QUOTES.contains(&c) {
                    self.pos += 1;
                    match self.peek() {
                        Some(next) if DOUBLE_QUOTES.contains(&next) => {
                            out.push(next);
                            self.pos += 1;
                        }
                        _ => return Ok((out, expands)),
                    }
                } else if c == '`' {
                    let Some(next) = self.peek_at(1) else {
                        return Err("backtick at the end".into());
                    };
                    self.pos += 2;
                    out.push(match next {
                        '0' => '\0',
                        'a' => '\x07',
                        'b' => '\x08',
                        'e' => '\x1b',
                        'f' => '\x0c',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'v' => '\x0b',
                        'u' => return Err("`u{…} escapes are not supported".into()),
                        other => other,
                    });
                } else if c == '$' && self.peek_at(1) == Some('(') {
                    self.pos += 1;
                    let raw = self.group(1, ')')?;
                    out.push('$');
                    out.push_str(&raw);
                    expands = true;
                } else if c == '$'
                    && self.peek_at(1).is_some_and(|n| {
                        n.is_alphanumeric() || matches!(n, '_' | '{' | '?' | '^' | '$' | ':')
                    })
                {
                    out.push('$');
                    self.pos += 1;
                    expands = true;
                } else {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }

        fn ends_word(&self, c: char) -> bool {
            is_space(c)
                || is_newline(c)
                || matches!(
                    c,
                    ';' | '|' | '&' | ',' | '(' | ')' | '{' | '}' | ']' | '<' | '>'
                )
        }

        /// One word: a group standing alone, or bare text and quoted parts joined together
        /// (PowerShell's argument mode joins `a'b'"c"` into one argument).
        fn word(&mut self) -> Result<Word, String> {
            let c = self.peek().unwrap_or(' ');
            let (two, three) = (self.peek_at(1), self.peek_at(2));
            match (c, two) {
                ('(', _) => return self.group(1, ')').map(Word::Group),
                ('{', _) => return self.group(1, '}').map(Word::Group),
                ('[', _) => return self.group(1, ']').map(Word::Group),
                ('@' | '$', Some('(')) => return self.group(2, ')').map(Word::Group),
                ('@', Some('{')) => return self.group(2, '}').map(Word::Group),
                ('@', Some(q))
                    if (SINGLE_QUOTES.contains(&q) || DOUBLE_QUOTES.contains(&q))
                        && three.is_some_and(is_newline) =>
                {
                    return Err("here-strings are not supported".into());
                }
                _ => {}
            }
            let mut text = String::new();
            let mut expands = false;
            while let Some(c) = self.peek() {
                if self.ends_word(c) {
                    break;
                }
                if SINGLE_QUOTES.contains(&c) {
                    text.push_str(&self.single_quoted()?);
                } else if DOUBLE_QUOTES.contains(&c) {
                    let (s, e) = self.double_quoted()?;
                    text.push_str(&s);
                    expands |= e;
                } else if c == '`' {
                    if self.at_line_continuation() {
                        break;
                    }
                    let Some(next) = self.peek_at(1) else {
                        return Err("backtick at the end".into());
                    };
                    text.push(next);
                    self.pos += 2;
                } else if c == '$' && self.peek_at(1) == Some('(') {
                    let raw = self.group(2, ')')?;
                    text.push_str(&raw);
                    expands = true;
                } else if c == '$' || (c == '@' && text.is_empty()) {
                    text.push(c);
                    self.pos += 1;
                    expands = true;
                } else if c == '\0' || c.is_control() {
                    return Err(format!("control character {c:?} in a word"));
                } else if c == '[' {
                    // `$a[0]`, `.Send(…)`: an index or a call glued to the word.
                    let raw = self.group(1, ']')?;
                    text.push_str(&raw);
                } else {
                    text.push(c);
                    self.pos += 1;
                }
            }
            Ok(if expands {
                Word::Expands(text)
            } else {
                Word::Lit(text)
            })
        }
    }
}

// ---------------------------------------------------------------------------------------------
// cmd.exe

mod cmd {
    use super::{Statement, Word};

    /// Splits a cmd.exe command line into statements (separated by `&`, `&&`, `||`, `|` and
    /// line breaks) with their words as the program receives them (quotes removed). `^` escapes
    /// outside quotes; `%VAR%` and `!VAR!` expand, inside quotes too. Errors for anything
    /// malformed or outside the subset our fixes use: parentheses (blocks), an unterminated
    /// quote, `\"`, control characters.
    pub fn split(src: &str) -> Result<Vec<Statement>, String> {
        let chars: Vec<char> = src.chars().collect();
        let mut out: Vec<Statement> = Vec::new();
        let mut current: Statement = Vec::new();
        let mut word = String::new();
        let mut in_word = false;
        let mut expands = false;
        let mut quoted = false;
        let mut i = 0;
        let flush_word =
            |word: &mut String, in_word: &mut bool, expands: &mut bool, current: &mut Statement| {
                if *in_word {
                    let text = std::mem::take(word);
                    current.push(if *expands {
                        Word::Expands(text)
                    } else {
                        Word::Lit(text)
                    });
                }
                *in_word = false;
                *expands = false;
            };
        let end_statement = |current: &mut Statement, out: &mut Vec<Statement>| {
            if !current.is_empty() {
                out.push(std::mem::take(current));
            }
        };
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            if c == '\0' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
                return Err(format!("control character {c:?}"));
            }
            if quoted {
                match c {
                    '"' => quoted = false,
                    '\n' | '\r' => return Err("unterminated quote".into()),
                    '\\' if next == Some('"') => return Err("\\\" is ambiguous".into()),
                    '%' | '!' => {
                        expands = true;
                        word.push(c);
                    }
                    _ => word.push(c),
                }
                i += 1;
                continue;
            }
            match c {
                '^' => match next {
                    None => return Err("^ at the end".into()),
                    Some('\n') => i += 1,
                    Some('\r') if chars.get(i + 2) == Some(&'\n') => i += 2,
                    Some(n) => {
                        if matches!(n, '%' | '!') {
                            expands = true;
                        }
                        word.push(n);
                        in_word = true;
                        i += 1;
                    }
                },
                '"' => {
                    quoted = true;
                    in_word = true;
                }
                ' ' | '\t' => flush_word(&mut word, &mut in_word, &mut expands, &mut current),
                '&' | '|' | '\n' | '\r' => {
                    flush_word(&mut word, &mut in_word, &mut expands, &mut current);
                    end_statement(&mut current, &mut out);
                    if matches!(c, '&' | '|') && next == Some(c) {
                        i += 1;
                    }
                }
                '<' | '>' => {
                    flush_word(&mut word, &mut in_word, &mut expands, &mut current);
                    if next == Some('>') || next == Some('&') {
                        i += 1;
                    }
                    current.push(Word::Op(c.to_string()));
                }
                '(' | ')' => return Err("parentheses (blocks) are not supported".into()),
                '\\' if next == Some('"') => return Err("\\\" is ambiguous".into()),
                '%' | '!' => {
                    expands = true;
                    in_word = true;
                    word.push(c);
                }
                _ => {
                    in_word = true;
                    word.push(c);
                }
            }
            i += 1;
        }
        if quoted {
            return Err("unterminated quote".into());
        }
        flush_word(&mut word, &mut in_word, &mut expands, &mut current);
        end_statement(&mut current, &mut out);
        Ok(out)
    }
}

// ---------------------------------------------------------------------------------------------
// sh: the real one

/// Runs `script` with `/bin/sh` where the only programs are stubs that record their name and
/// arguments; returns one statement per program run. PATH holds nothing else, so even a broken
/// quote could not reach a real program by name.
fn sh_run(script: &str) -> Vec<Vec<String>> {
    let dir = std::env::temp_dir().join(format!(
        "rdp-doctor-sh-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let log = dir.join("log");
    let stub = dir.join("stub");
    std::fs::write(
        &stub,
        "#!/bin/sh\nprintf '%s\\0' \"${0##*/}\" \"$@\" >>\"$STUB_LOG\"\nprintf '\\n' >>\"$STUB_LOG\"\n",
    )
    .expect("stub");
    std::fs::set_permissions(&stub, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    for name in ["rdp-doctor", "nc", "resolvectl"] {
        std::os::unix::fs::symlink(&stub, dir.join(name)).expect("symlink");
    }
    let output = Command::new("/bin/sh")
        .arg("-c")
        .arg(script)
        .env_clear()
        .env("PATH", &dir)
        .env("STUB_LOG", &log)
        .output()
        .expect("sh");
    assert!(
        output.status.success(),
        "{script:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read(&log).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    text.split(|b| *b == b'\n')
        .filter(|record| !record.is_empty())
        .map(|record| {
            record
                .strip_suffix(b"\0")
                .unwrap_or(record)
                .split(|b| *b == 0)
                .map(|arg| String::from_utf8(arg.to_vec()).expect("utf-8"))
                .collect()
        })
        .collect()
}

/// `sh -c 'printf "%s\0" <quoted>…'` with nothing on PATH: the strings printed back.
fn sh_echo(values: &[String]) -> Vec<String> {
    let script = std::iter::once("printf '%s\\0'".to_string())
        .chain(values.iter().map(|v| sh_literal(v)))
        .collect::<Vec<_>>()
        .join(" ");
    let output = Command::new("/bin/sh")
        .arg("-c")
        .arg(&script)
        .env_clear()
        .env("PATH", "/nonexistent")
        .output()
        .expect("sh");
    assert!(output.status.success(), "{script:?}");
    let mut out: Vec<String> = output
        .stdout
        .split(|b| *b == 0)
        .map(|s| String::from_utf8(s.to_vec()).expect("utf-8"))
        .collect();
    out.pop(); // after the last NUL
    out
}

// ---------------------------------------------------------------------------------------------
// Shared checks

fn split(shell: Shell, text: &str) -> Result<Vec<Statement>, String> {
    match shell {
        Shell::Powershell => ps::split(text),
        Shell::Cmd => cmd::split(text),
        Shell::Sh => Ok(sh_run(text)
            .into_iter()
            .map(|args| args.into_iter().map(Word::Lit).collect())
            .collect()),
    }
}

fn must_split(shell: Shell, text: &str) -> Vec<Statement> {
    split(shell, text).unwrap_or_else(|e| panic!("{shell:?} {text:?}: {e}"))
}

/// The statement count of each command and undo of a fix: (shell, text, undo).
fn counts(fix: &Fix) -> Vec<(Shell, usize, Option<usize>)> {
    fix.commands
        .iter()
        .map(|c| {
            (
                c.shell,
                must_split(c.shell, &c.text).len(),
                c.undo.as_deref().map(|u| must_split(c.shell, u).len()),
            )
        })
        .collect()
}

/// Every text and undo of `fix`, split.
fn all_split(fix: &Fix) -> Vec<(Shell, Vec<Statement>)> {
    fix.commands
        .iter()
        .flat_map(|c| {
            std::iter::once(&c.text)
                .chain(c.undo.as_ref())
                .map(|t| (c.shell, t))
        })
        .map(|(shell, t)| (shell, must_split(shell, t)))
        .collect()
}

/// How many words, across all statements, contain `needle`.
fn words_containing(statements: &[Statement], needle: &str) -> usize {
    statements
        .iter()
        .flatten()
        .filter(|w| match w {
            Word::Lit(s) | Word::Expands(s) | Word::Group(s) | Word::Op(s) => s.contains(needle),
        })
        .count()
}

/// `statements` for a reference value, with that value replaced by `to` inside literal words:
/// what the same command must split into for `to`.
fn substitute(statements: &[Statement], from: &str, to: &str) -> Vec<Statement> {
    statements
        .iter()
        .map(|s| {
            s.iter()
                .map(|w| match w {
                    Word::Lit(t) => Word::Lit(t.replace(from, to)),
                    other => other.clone(),
                })
                .collect()
        })
        .collect()
}

/// The command for `value` splits exactly like the command for `reference`, with the value in
/// the same places; and the value sits in exactly `places` literal words.
fn assert_same_shape(
    fix_for_value: &Fix,
    fix_for_reference: &Fix,
    reference: &str,
    value: &str,
    places: usize,
) {
    let got = all_split(fix_for_value);
    let want = all_split(fix_for_reference);
    assert_eq!(got.len(), want.len());
    for ((shell, g), (_, w)) in got.iter().zip(&want) {
        assert_eq!(
            g,
            &substitute(w, reference, value),
            "{shell:?} for {value:?}"
        );
    }
    let found: usize = got.iter().map(|(_, s)| words_containing(s, value)).sum();
    let expected: usize = want
        .iter()
        .map(|(_, s)| words_containing(s, reference))
        .sum();
    assert_eq!(found, expected, "{value:?} appears elsewhere");
    assert_eq!(expected, places, "reference {reference:?}");
}

// ---------------------------------------------------------------------------------------------
// The splitters themselves

#[test]
fn powershell_splitter_reads_what_powershell_reads() {
    let s = |t: &str| ps::split(t).unwrap_or_else(|e| panic!("{t:?}: {e}"));
    assert_eq!(s("a 'b''c' d"), vec![vec![lit("a"), lit("b'c"), lit("d")]]);
    assert_eq!(
        s("a \u{2018}b\u{2019}\u{2019}c\u{201b}"),
        vec![vec![lit("a"), lit("b\u{2019}c")]]
    );
    assert_eq!(
        s("a;b\nc | d && e || f"),
        vec![
            vec![lit("a")],
            vec![lit("b")],
            vec![lit("c")],
            vec![lit("d")],
            vec![lit("e")],
            vec![lit("f")],
        ]
    );
    assert_eq!(s("a`;b `$x"), vec![vec![lit("a;b"), lit("$x")]]);
    assert_eq!(s("a `\n b"), vec![vec![lit("a"), lit("b")]]);
    assert_eq!(s("a # b; c\nd"), vec![vec![lit("a")], vec![lit("d")]]);
    assert_eq!(s("a <# b; c #> d"), vec![vec![lit("a"), lit("d")]]);
    assert_eq!(s("a b#c"), vec![vec![lit("a"), lit("b#c")]]);
    assert_eq!(
        s("& 'x y' z"),
        vec![vec![Word::Op("&".into()), lit("x y"), lit("z")]]
    );
    assert_eq!(s("a & b").len(), 2);
    assert_eq!(s("/x:'a b'"), vec![vec![lit("/x:a b")]]);
    assert_eq!(s("\"a`tb\"\"c\""), vec![vec![lit("a\tb\"c")]]);
    assert_eq!(
        s("\"a $(b; c) d\""),
        vec![vec![Word::Expands("a $(b; c) d".into())]]
    );
    assert_eq!(s("\u{201c}a\u{201d}"), vec![vec![lit("a")]]);
    assert_eq!(
        s("x { a; b } | y"),
        vec![
            vec![lit("x"), Word::Group("{ a; b }".into())],
            vec![lit("y")]
        ]
    );
    assert_eq!(
        s("$a = 'b'"),
        vec![vec![Word::Expands("$a".into()), lit("="), lit("b")]]
    );
    assert_eq!(
        s("a 'x', 'y'"),
        vec![vec![lit("a"), lit("x"), Word::Op(",".into()), lit("y")]]
    );
    for bad in [
        "'a",
        "\"a",
        "(a",
        "a)",
        "{",
        "a < b",
        "@'\nx\n'@",
        "a --% b",
        "a`",
        "a \0",
    ] {
        assert!(ps::split(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn powershell_splitter_sees_naive_quoting_break() {
    // The checks below have teeth: a value pasted between plain quotes splits the command.
    for nasty in [
        "pc' ; Stop-Computer ; '",
        "pc\u{2019}; Stop-Computer; \u{2018}",
        "pc\u{201a}|Stop-Computer|\u{201b}",
    ] {
        let naive = format!("Test-NetConnection -ComputerName '{nasty}' -Port 3389");
        assert!(ps::split(&naive).map_or(true, |s| s.len() > 1), "{nasty:?}");
        let quoted = format!(
            "Test-NetConnection -ComputerName {} -Port 3389",
            powershell_literal(nasty)
        );
        assert_eq!(ps::split(&quoted).expect("split")[0][2], lit(nasty));
    }
}

#[test]
fn cmd_splitter_reads_what_cmd_reads() {
    let s = |t: &str| cmd::split(t).unwrap_or_else(|e| panic!("{t:?}: {e}"));
    assert_eq!(
        s("reg add \"a b\" /v x"),
        vec![vec![
            lit("reg"),
            lit("add"),
            lit("a b"),
            lit("/v"),
            lit("x")
        ]]
    );
    assert_eq!(s("a & b && c || d | e\nf\r\ng").len(), 7);
    assert_eq!(s("a ^& b"), vec![vec![lit("a"), lit("&"), lit("b")]]);
    assert_eq!(s("a \"x & y\""), vec![vec![lit("a"), lit("x & y")]]);
    assert_eq!(
        s("a %PATH%"),
        vec![vec![lit("a"), Word::Expands("%PATH%".into())]]
    );
    assert_eq!(
        s("a \"%PATH%\""),
        vec![vec![lit("a"), Word::Expands("%PATH%".into())]]
    );
    assert_eq!(
        s("a !x!"),
        vec![vec![lit("a"), Word::Expands("!x!".into())]]
    );
    assert_eq!(
        s("a > b"),
        vec![vec![lit("a"), Word::Op(">".into()), lit("b")]]
    );
    assert_eq!(s("sc config x start= demand")[0][3], lit("start="));
    assert_eq!(s("a ^\nb"), vec![vec![lit("a"), lit("b")]]);
    for bad in ["a \"b", "(a)", "a ^", "a\0", "a \\\"b\\\""] {
        assert!(cmd::split(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn sh_runs_stubs_only() {
    assert_eq!(
        sh_run("nc -vz 'a b' 1; rdp-doctor wake x"),
        vec![
            vec!["nc".to_string(), "-vz".into(), "a b".into(), "1".into()],
            vec!["rdp-doctor".to_string(), "wake".into(), "x".into()],
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// The whole catalog, with benign values

fn benign_host() -> HostName {
    HostName::parse("pc01.corp.example").expect("host")
}

fn benign_thumbprint() -> Thumbprint {
    Thumbprint::parse("0123456789ABCDEF0123456789ABCDEF01234567").expect("thumbprint")
}

fn benign_mac() -> MacAddress {
    MacAddress::parse("00-1A-2B-3C-4D-5E").expect("mac")
}

fn sessions(ids: &[u32]) -> Vec<SessionId> {
    ids.iter()
        .map(|i| SessionId::new(*i).expect("session"))
        .collect()
}

/// Every generator, by name, with benign values (several variants where the commands differ).
fn catalog() -> Vec<(&'static str, Fix)> {
    let ip: IpAddr = "10.0.0.5".parse().expect("ip");
    vec![
        ("firewall_rule", fixes::firewall_rule(3389)),
        ("firewall_rule", fixes::firewall_rule(3390)),
        ("renew_certificate", fixes::renew_certificate()),
        ("rebuild_machinekeys", fixes::rebuild_machinekeys()),
        ("credssp_policy", fixes::credssp_policy()),
        ("nla_temporarily_off", fixes::nla_temporarily_off()),
        ("security_layer", fixes::security_layer()),
        ("disable_sleep", fixes::disable_sleep()),
        ("wake_on_lan", fixes::wake_on_lan()),
        ("wake_on_lan_for", fixes::wake_on_lan_for(&benign_mac())),
        ("connect_by_ip", fixes::connect_by_ip(ip, 3389)),
        (
            "use_full_name",
            fixes::use_full_name(Some("10.0.0.5".into())),
        ),
        ("use_full_name", fixes::use_full_name(None)),
        ("open_store_app", fixes::open_store_app()),
        ("enable_remote_desktop", fixes::enable_remote_desktop(3389)),
        ("enable_remote_desktop", fixes::enable_remote_desktop(3390)),
        ("start_rdp_service", fixes::start_rdp_service(true)),
        ("start_rdp_service", fixes::start_rdp_service(false)),
        (
            "unbind_certificate",
            fixes::unbind_certificate(&benign_thumbprint()),
        ),
        ("reset_sessions", fixes::reset_sessions(&sessions(&[2, 5]))),
        (
            "reset_sessions",
            fixes::reset_sessions(&sessions(&(1..=25).collect::<Vec<_>>())),
        ),
        ("reset_sessions", fixes::reset_sessions(&[])),
        (
            "forget_saved_credentials",
            fixes::forget_saved_credentials(&benign_host()),
        ),
        ("reset_network_stack", fixes::reset_network_stack()),
        ("flush_dns", fixes::flush_dns()),
        (
            "check_port_from_another_pc",
            fixes::check_port_from_another_pc(&benign_host(), 3389),
        ),
        ("check_port", fixes::check_port(3389)),
        ("check_port", fixes::check_port(8080)),
        ("check_port_forwarding", fixes::check_port_forwarding(3389)),
        ("use_as_gateway", fixes::use_as_gateway(&benign_host(), 443)),
        (
            "use_as_gateway",
            fixes::use_as_gateway(&benign_host(), 8443),
        ),
    ]
}

use Shell::{Cmd, Powershell as Ps, Sh};

/// Statement counts per fix variant (same order as `catalog`): (shell, text, undo).
#[allow(clippy::type_complexity)]
const COUNTS: &[(&str, &[(Shell, usize, Option<usize>)])] = &[
    ("fix.firewall_rule", &[(Ps, 1, Some(1)), (Cmd, 1, Some(1))]),
    (
        "fix.firewall_rule",
        &[(Ps, 1, Some(1)), (Cmd, 1, Some(1)), (Ps, 1, Some(1))],
    ),
    ("fix.renew_certificate", &[(Ps, 8, None)]),
    ("fix.rebuild_machinekeys", &[(Cmd, 7, Some(1))]),
    ("fix.credssp_policy", &[(Ps, 3, Some(1)), (Cmd, 1, Some(1))]),
    (
        "fix.nla_temporarily_off",
        &[(Ps, 2, Some(2)), (Cmd, 1, Some(1))],
    ),
    ("fix.security_layer", &[(Ps, 1, Some(1)), (Cmd, 1, Some(1))]),
    ("fix.disable_sleep", &[(Cmd, 2, Some(2))]),
    ("fix.wake_on_lan", &[]),
    ("fix.wake_on_lan", &[(Ps, 7, None), (Sh, 1, None)]),
    ("fix.connect_by_ip", &[(Cmd, 1, None)]),
    ("fix.use_full_name", &[]),
    ("fix.use_full_name", &[]),
    ("fix.open_store_app", &[]),
    (
        "fix.enable_remote_desktop",
        &[(Ps, 2, Some(2)), (Cmd, 2, Some(2))],
    ),
    (
        "fix.enable_remote_desktop",
        &[(Ps, 2, Some(2)), (Cmd, 2, Some(2)), (Ps, 1, Some(1))],
    ),
    (
        "fix.start_rdp_service",
        &[(Ps, 2, Some(2)), (Cmd, 2, Some(2))],
    ),
    (
        "fix.start_rdp_service",
        &[(Ps, 1, Some(1)), (Cmd, 1, Some(1))],
    ),
    (
        "fix.unbind_certificate",
        &[(Ps, 4, Some(5)), (Cmd, 3, Some(3))],
    ),
    ("fix.reset_sessions", &[(Cmd, 3, None)]),
    ("fix.reset_sessions", &[(Cmd, 21, None)]),
    ("fix.reset_sessions", &[(Cmd, 1, None)]),
    (
        "fix.forget_saved_credentials",
        &[(Ps, 1, None), (Cmd, 1, None)],
    ),
    ("fix.reset_network_stack", &[(Cmd, 3, None)]),
    ("fix.flush_dns", &[(Cmd, 1, None), (Sh, 1, None)]),
    ("fix.test_port", &[(Ps, 1, None), (Sh, 1, None)]),
    ("fix.check_port", &[]),
    ("fix.check_port", &[]),
    ("fix.check_port_forwarding", &[]),
    ("fix.use_as_gateway", &[]),
    ("fix.use_as_gateway", &[]),
];

/// Fixes that lower security: they must say so.
const LOWERS_SECURITY: [&str; 3] = [
    "fix.credssp_policy",
    "fix.nla_temporarily_off",
    "fix.enable_remote_desktop",
];
/// Fixes that restart something or end sessions: they must say so.
const DISCONNECTS: [&str; 5] = [
    "fix.renew_certificate",
    "fix.rebuild_machinekeys",
    "fix.unbind_certificate",
    "fix.reset_sessions",
    "fix.reset_network_stack",
];
/// Command fixes that change nothing (they test or send a packet).
const READ_ONLY: [&str; 3] = ["fix.test_port", "fix.wake_on_lan", "fix.flush_dns"];

#[test]
fn every_generator_is_in_the_catalog() {
    let source = [
        include_str!("../src/fixes/local.rs"),
        include_str!("../src/fixes/remote.rs"),
    ];
    let public: BTreeSet<&str> = source
        .iter()
        .flat_map(|s| s.lines())
        .filter_map(|l| l.strip_prefix("pub fn "))
        .filter_map(|l| l.split('(').next())
        .collect();
    let covered: BTreeSet<&str> = catalog().iter().map(|(name, _)| *name).collect();
    assert_eq!(public, covered);
}

#[test]
fn catalog_statement_counts() {
    let catalog = catalog();
    assert_eq!(catalog.len(), COUNTS.len());
    for ((_, fix), (id, want)) in catalog.iter().zip(COUNTS) {
        assert_eq!(&fix.id, id);
        assert_eq!(counts(fix), want.to_vec(), "{id}");
    }
}

#[test]
fn catalog_rules() {
    for (_, fix) in catalog() {
        let id = fix.id.as_str();
        let steps = fix.steps.to_lowercase();
        if fix.place == Place::RemoteComputer {
            assert!(
                fix.needs_admin,
                "{id}: on the remote PC means as administrator"
            );
        }
        if LOWERS_SECURITY.contains(&id) || DISCONNECTS.contains(&id) {
            assert!(
                fix.risk.as_deref().is_some_and(|r| !r.is_empty()),
                "{id}: no risk"
            );
        }
        if let Some(risk) = &fix.risk {
            assert!(
                !risk.contains('\n') && risk.len() < 200,
                "{id}: risk is one line"
            );
        }
        let changes = fix.kind == FixKind::CopyCommand && !READ_ONLY.contains(&id);
        if changes && fix.commands.iter().any(|c| c.undo.is_none()) {
            assert!(
                steps.contains("no undo") || steps.contains("nothing to undo"),
                "{id}: a command without undo, and the steps don't say why"
            );
        }
        if READ_ONLY.contains(&id) && !fix.commands.is_empty() {
            assert!(steps.contains("nothing to undo"), "{id}");
        }
        if fix.kind == FixKind::CopyCommand {
            assert!(!fix.commands.is_empty(), "{id}");
        }
        assert!(!fix.title.is_empty() && !fix.steps.is_empty(), "{id}");
    }
    assert!(
        fixes::use_full_name(Some("$(reboot)".into()))
            .commands
            .is_empty()
    );
}

// ---------------------------------------------------------------------------------------------
// Values from outside

/// Strings people, files and Windows' output might hand us, the nastier the better.
const NASTY: &[&str] = &[
    "pc;rm -rf /",
    "$(reboot)",
    "pc' ; Stop-Computer ; '",
    "a&calc",
    "x`nStop-Computer",
    "pc\nStop-Computer",
    "pc\r\nshutdown /s",
    "pc\u{2028}Stop-Computer",
    "pc\u{2019}; Stop-Computer; \u{2018}",
    "pc\u{201a}|Stop-Computer",
    "pc\u{ff1b}Stop-Computer",
    "pc\u{ff5c}Stop-Computer",
    "%PATH%",
    "!x!",
    "pc^&calc",
    "pc>C:\\Windows\\win.ini",
    "pc<in",
    "pc|calc",
    "pc||calc",
    "pc&&calc",
    "\"pc\" & calc",
    "pc\0calc",
    "-ComputerName evil",
    "--% & calc",
    "/delete:*",
    "*",
    "p\u{0430}c",
    "\u{ff50}\u{ff43}",
    "pc\u{2024}example.com",
    "p\u{200b}c",
    "\u{200e}0123456789ABCDEF0123456789ABCDEF01234567",
    "0123456789ABCDEF0123456789ABCDEF01234567;calc",
    "00-1A-2B-3C-4D-5E&calc",
    "2 & logoff 1",
    "",
    " ",
];

/// `cases` cases with XorShift: ChaCha, the default generator, is most of the run time in an
/// unoptimized test build, and this needs variety, not cryptographic randomness.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

/// A string strategy from a regular expression, compiled once (a `&str` strategy compiles it
/// for every case).
fn regex(pattern: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(pattern).expect("regex")
}

/// Any Unicode text (`any::<String>()` would compile a regular expression for every case).
fn any_string() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter)
}

fn nasty_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("'".to_string()),
        Just("\"".to_string()),
        Just("\u{2018}".to_string()),
        Just("\u{2019}".to_string()),
        Just("\u{201a}".to_string()),
        Just("\u{201b}".to_string()),
        Just("\u{201c}".to_string()),
        Just(";".to_string()),
        Just("&".to_string()),
        Just("|".to_string()),
        Just("$(".to_string()),
        Just(")".to_string()),
        Just("`".to_string()),
        Just("%PATH%".to_string()),
        Just("!x!".to_string()),
        Just("^".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\u{2028}".to_string()),
        Just("\0".to_string()),
        Just("\u{ff1b}".to_string()),
        Just("\u{ff5c}".to_string()),
        Just("\u{0430}".to_string()),
        Just("\u{200b}".to_string()),
        Just(" ".to_string()),
        Just("#".to_string()),
        Just("{".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just(":".to_string()),
        any::<char>().prop_map(String::from),
        regex("[a-zA-Z0-9]{1,8}"),
    ]
}

/// Adversarial strings: pieces of the above, random Unicode, or a valid value with a piece
/// spliced in.
fn adversarial(valid: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    prop_oneof![
        2 => proptest::sample::select(NASTY).prop_map(str::to_string),
        3 => proptest::collection::vec(nasty_fragment(), 0..8).prop_map(|v| v.concat()),
        1 => any_string(),
        2 => (valid, nasty_fragment(), any::<proptest::sample::Index>()).prop_map(|(v, f, at)| {
            let cut = at.index(v.len() + 1);
            let cut = (cut..=v.len()).find(|i| v.is_char_boundary(*i)).unwrap_or(v.len());
            format!("{}{f}{}", &v[..cut], &v[cut..])
        }),
    ]
}

fn dns_name() -> impl Strategy<Value = String> {
    proptest::collection::vec(regex("[a-zA-Z0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?"), 1..4).prop_map(
        |labels| {
            let mut name = labels.join(".");
            if name
                .rsplit('.')
                .next()
                .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()))
            {
                name.push('x');
            }
            name
        },
    )
}

fn host_like() -> impl Strategy<Value = String> {
    let valid = prop_oneof![
        dns_name(),
        any::<std::net::Ipv4Addr>().prop_map(|ip| ip.to_string()),
        any::<std::net::Ipv6Addr>().prop_map(|ip| ip.to_string()),
    ];
    prop_oneof![1 => valid.clone(), 3 => adversarial(valid)]
}

fn thumbprint_like() -> impl Strategy<Value = String> {
    let valid = proptest::collection::vec((any::<u8>(), any::<bool>(), any::<bool>()), 20)
        .prop_map(|bytes| {
            bytes
                .iter()
                .map(|(b, lower, space)| {
                    let pair = if *lower {
                        format!("{b:02x}")
                    } else {
                        format!("{b:02X}")
                    };
                    if *space { format!("{pair} ") } else { pair }
                })
                .collect::<String>()
        });
    prop_oneof![1 => valid.clone(), 3 => adversarial(valid)]
}

fn mac_like() -> impl Strategy<Value = String> {
    let valid = (
        any::<[u8; 6]>(),
        prop_oneof![Just(":"), Just("-"), Just("")],
    )
        .prop_map(|(mut b, sep)| {
            b[0] &= 0xfe;
            b.iter()
                .map(|x| format!("{x:02x}"))
                .collect::<Vec<_>>()
                .join(sep)
        });
    prop_oneof![1 => valid.clone(), 3 => adversarial(valid)]
}

fn session_like() -> impl Strategy<Value = String> {
    let valid = prop_oneof![
        proptest::sample::select(
            &["0", "1", "01", "65535", "65536", "4294967295", "4294967296"][..]
        )
        .prop_map(str::to_string),
        (0u32..70000).prop_map(|n| n.to_string()),
    ];
    prop_oneof![1 => valid.clone(), 3 => adversarial(valid)]
}

/// What an accepted value may contain, whatever the validator's own code says.
fn only_chars(value: &str, allowed: impl Fn(char) -> bool) {
    assert!(value.chars().all(allowed), "{value:?}");
}

fn check_host(text: &str) {
    let Ok(host) = HostName::parse(text) else {
        return;
    };
    let value = host.to_string();
    only_chars(&value, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':')
    });
    assert!(!value.starts_with('-') && !value.is_empty());
    if host.ip().is_none() {
        assert_eq!(value, text);
    }

    let fix = fixes::check_port_from_another_pc(&host, 3389);
    let ps_text = &fix.commands[0].text;
    assert_eq!(
        must_split(Shell::Powershell, ps_text),
        vec![vec![
            lit("Test-NetConnection"),
            lit("-ComputerName"),
            lit(&value),
            lit("-Port"),
            lit("3389")
        ]]
    );
    assert_eq!(fix.commands[1].shell, Shell::Sh);

    let fix = fixes::forget_saved_credentials(&host);
    let target = format!("/delete:TERMSRV/{value}");
    assert_eq!(
        must_split(Shell::Powershell, &fix.commands[0].text),
        vec![vec![lit("cmdkey.exe"), lit(&target)]]
    );
    assert_eq!(fix.commands[1].shell, Shell::Cmd);
    assert_eq!(
        must_split(Shell::Cmd, &fix.commands[1].text),
        vec![vec![lit("cmdkey"), lit(&target)]]
    );
    assert!(fix.commands.iter().all(|c| c.undo.is_none()));
}

fn check_thumbprint(text: &str) {
    let Ok(thumbprint) = Thumbprint::parse(text) else {
        return;
    };
    let value = thumbprint.to_string();
    only_chars(&value, |c| c.is_ascii_digit() || ('A'..='F').contains(&c));
    assert_eq!(value.len(), 40);
    assert_eq!(value, text.replace(' ', "").to_uppercase());
    let reference = benign_thumbprint();
    assert_same_shape(
        &fixes::unbind_certificate(&thumbprint),
        &fixes::unbind_certificate(&reference),
        &reference.to_string(),
        &value,
        3,
    );
    let fix = fixes::unbind_certificate(&thumbprint);
    let ps = must_split(Shell::Powershell, &fix.commands[0].text);
    assert_eq!(
        ps[1],
        vec![Word::Expands("$thumbprint".into()), lit("="), lit(&value)]
    );
    let undo = must_split(
        Shell::Cmd,
        fix.commands[1].undo.as_deref().unwrap_or_default(),
    );
    assert_eq!(undo[0][8], lit(&value));
}

fn check_mac(text: &str) {
    let Ok(mac) = MacAddress::parse(text) else {
        return;
    };
    let value = mac.to_string();
    only_chars(&value, |c| {
        c.is_ascii_digit() || ('A'..='F').contains(&c) || c == '-'
    });
    let fix = fixes::wake_on_lan_for(&mac);
    let ps = must_split(Shell::Powershell, &fix.commands[0].text);
    assert_eq!(
        ps[0],
        vec![Word::Expands("$mac".into()), lit("="), lit(&value)]
    );
    assert_eq!(words_containing(&ps, &value), 1);
    assert_eq!(fix.commands[1].shell, Shell::Sh);
    assert_eq!(fix.commands[1].text, format!("rdp-doctor wake {value}"));
}

fn check_sessions(texts: &[String]) {
    let ids: Vec<SessionId> = texts
        .iter()
        .filter_map(|t| SessionId::parse(t).ok())
        .collect();
    for (t, id) in texts.iter().zip(texts.iter().map(|t| SessionId::parse(t))) {
        if let Ok(id) = id {
            assert_eq!(&id.to_string(), t);
            assert!((1..65536).contains(&id.get()));
        }
    }
    let fix = fixes::reset_sessions(&ids);
    let mut unique: Vec<u32> = ids.iter().map(SessionId::get).collect();
    unique.sort_unstable();
    unique.dedup();
    let mut want = vec![vec![lit("qwinsta")]];
    want.extend(
        unique
            .iter()
            .take(20)
            .map(|id| vec![lit("rwinsta"), lit(&id.to_string())]),
    );
    assert_eq!(must_split(Shell::Cmd, &fix.commands[0].text), want);
    if unique.len() > 20 {
        assert!(fix.steps.contains(&format!("{} more", unique.len() - 20)));
    }
}

#[test]
fn known_nasty_values_are_refused_or_contained() {
    for text in NASTY {
        check_host(text);
        check_thumbprint(text);
        check_mac(text);
        check_sessions(&[text.to_string()]);
        assert!(HostName::parse(text).is_err(), "{text:?}");
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn host_names_are_refused_or_contained(text in host_like()) {
        check_host(&text);
    }

    #[test]
    fn thumbprints_are_refused_or_contained(text in thumbprint_like()) {
        check_thumbprint(&text);
    }

    #[test]
    fn mac_addresses_are_refused_or_contained(text in mac_like()) {
        check_mac(&text);
    }

    #[test]
    fn session_ids_are_refused_or_contained(texts in proptest::collection::vec(session_like(), 0..30)) {
        check_sessions(&texts);
    }

    #[test]
    fn ports_and_addresses_are_exact(ip in any::<IpAddr>(), port in any::<u16>()) {
        let fix = fixes::connect_by_ip(ip, port);
        let address = std::net::SocketAddr::new(ip, port).to_string();
        prop_assert_eq!(
            must_split(Shell::Cmd, &fix.commands[0].text),
            vec![vec![lit("mstsc"), lit(&format!("/v:{address}"))]]
        );
        for fix in [fixes::firewall_rule(port), fixes::enable_remote_desktop(port)] {
            for (_, statements) in all_split(&fix) {
                prop_assert!(!statements.is_empty());
            }
            if port != 3389 {
                let rule = fix.commands.last().map(|c| must_split(c.shell, &c.text)).unwrap_or_default();
                prop_assert_eq!(rule[0][2].clone(), lit(&format!("Remote Desktop (TCP-In, port {port})")));
                prop_assert_eq!(rule[0][8].clone(), lit(&port.to_string()));
            }
        }
        let host = HostName::from(ip);
        let fix = fixes::check_port_from_another_pc(&host, port);
        prop_assert_eq!(must_split(Shell::Powershell, &fix.commands[0].text)[0][4].clone(), lit(&port.to_string()));
    }

    /// Any string at all, quoted for PowerShell, is one argument equal to it.
    #[test]
    fn powershell_literal_holds_anything(text in adversarial(any_string())) {
        let literal = powershell_literal(&text);
        prop_assert_eq!(
            ps::split(&format!("Write-Output {literal} -x")),
            Ok(vec![vec![lit("Write-Output"), lit(&text), lit("-x")]])
        );
        prop_assert_eq!(
            ps::split(&format!("$v = {literal}; cmdkey.exe {literal}")),
            Ok(vec![
                vec![Word::Expands("$v".into()), lit("="), lit(&text)],
                vec![lit("cmdkey.exe"), lit(&text)],
            ])
        );
    }

    /// cmd_word passes only what cmd.exe reads as one plain word, and refuses the rest.
    #[test]
    fn cmd_word_holds_or_refuses(text in adversarial(regex("[a-zA-Z0-9._:/\\[\\]-]{1,20}"))) {
        if let Some(word) = cmd_word(&text) {
            prop_assert_eq!(&word, &text);
            prop_assert_eq!(
                cmd::split(&format!("cmdkey /delete:{word} /x")),
                Ok(vec![vec![lit("cmdkey"), lit(&format!("/delete:{text}")), lit("/x")]])
            );
        }
    }
}

proptest! {
    // Each case starts a /bin/sh, with up to 16 strings at once.
    #![proptest_config(config(64))]

    /// Any string without NUL (which no argument can hold), quoted for sh, comes back exactly.
    #[test]
    fn sh_literal_holds_anything(texts in proptest::collection::vec(adversarial(any_string()), 1..16)) {
        let texts: Vec<String> = texts.into_iter().map(|t| t.replace('\0', "")).collect();
        prop_assert_eq!(sh_echo(&texts), texts);
    }

    /// The sh commands of fixes, run by the real sh against stub programs.
    #[test]
    fn sh_commands_of_fixes(host in host_like(), mac in mac_like(), port in any::<u16>()) {
        if let Ok(host) = HostName::parse(&host) {
            let fix = fixes::check_port_from_another_pc(&host, port);
            prop_assert_eq!(
                sh_run(&fix.commands[1].text),
                vec![vec!["nc".to_string(), "-vz".into(), host.to_string(), port.to_string()]]
            );
        }
        if let Ok(mac) = MacAddress::parse(&mac) {
            let fix = fixes::wake_on_lan_for(&mac);
            prop_assert_eq!(
                sh_run(&fix.commands[1].text),
                vec![vec!["rdp-doctor".to_string(), "wake".into(), mac.to_string()]]
            );
        }
    }
}

#[test]
fn sh_literal_known_nasty() {
    let texts: Vec<String> = NASTY.iter().map(|t| t.replace('\0', "")).collect();
    assert_eq!(sh_echo(&texts), texts);
}
