//! The pure half: a document's text in, an [`OrgConfig`] or one [`ConfigProblem`] out.

use std::ops::{Range, RangeInclusive};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rdp_doctor_diagnose::fixes::ALL_IDS;
use rdp_doctor_diagnose::{catalogue, t};
use rdp_doctor_model::{Gateway, Organisation, SupportContact, Target, TargetError};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{ConfigProblem, Consequence, FixPolicy, MAX_BYTES, OrgConfig};

const MAX_PCS: usize = 50;
const MAX_TEXT: usize = 200;
const TIMEOUT_SECONDS: RangeInclusive<f64> = 1.0..=300.0;

const ROOT_KEYS: [&str; 5] = ["organisation", "language", "support", "check", "fixes"];
const SUPPORT_KEYS: [&str; 4] = ["name", "email", "phone", "web"];
const CHECK_KEYS: [&str; 4] = ["pcs", "gateway", "rdp_file", "timeout"];
const FIXES_KEYS: [&str; 2] = ["hide", "hide_admin"];
const SECTIONS: [(&str, &[&str]); 3] = [
    ("support", &SUPPORT_KEYS),
    ("check", &CHECK_KEYS),
    ("fixes", &FIXES_KEYS),
];

fn is_known(key: &str) -> bool {
    ROOT_KEYS.contains(&key) || SECTIONS.iter().any(|(_, keys)| keys.contains(&key))
}

/// The key holds one computer name (`bad_computer`'s verb).
const IS: &str = "is";
/// The key holds a list of computer names.
const LISTS: &str = "lists";

/// What each key must hold, in the words of its problem sentence (`config-expected` in the
/// message catalogue).
fn expected(key: &str) -> String {
    match key {
        "organisation" => t!("config-expected.organisation"),
        "language" => t!(
            "config-expected.language",
            languages = crate::language::spoken()
        ),
        "support" => t!("config-expected.support"),
        "check" => t!("config-expected.check"),
        "fixes" => t!("config-expected.fixes"),
        "name" => t!("config-expected.name"),
        "email" => t!("config-expected.email"),
        "phone" => t!("config-expected.phone"),
        "web" => t!("config-expected.web"),
        "pcs" => t!("config-expected.pcs"),
        "gateway" => t!("config-expected.gateway"),
        "rdp_file" => t!("config-expected.rdp_file"),
        "timeout" => t!("config-expected.timeout"),
        "hide" => t!("config-expected.hide"),
        "hide_admin" => t!("config-expected.hide_admin"),
        _ => t!("config-expected.unknown"),
    }
}

/// Parses and validates a config file's text; `path` names it in problems and anchors a
/// relative `rdp_file`. Never panics, whatever the text.
pub fn parse(text: &str, path: &Path) -> Result<OrgConfig, ConfigProblem> {
    let doc = Doc {
        text: text.strip_prefix('\u{feff}').unwrap_or(text),
        file: path.display().to_string(),
        folder: path.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    if doc.text.len() > MAX_BYTES {
        return Err(doc.too_large());
    }
    let root = DeTable::parse(doc.text).map_err(|e| doc.syntax(&e))?;
    doc.config(root.get_ref())
}

/// The text being parsed and where it came from.
struct Doc<'t> {
    text: &'t str,
    file: String,
    folder: PathBuf,
}

type Entry<'a, 'i> = (
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
);

impl Doc<'_> {
    fn too_large(&self) -> ConfigProblem {
        ConfigProblem::whole_file(
            &self.file,
            t!("config-too_large", kb = (MAX_BYTES / 1024).to_string()),
        )
    }

    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn problem(&self, span: Range<usize>, key: &str, what: String) -> ConfigProblem {
        ConfigProblem {
            file: self.file.clone(),
            line: Some(self.line(span.start)),
            key: Some(key.to_string()),
            what,
            consequence: Consequence::Defaults,
        }
    }

    /// `"key" must be …` at the value.
    fn wrong(&self, key: &str, value: &Spanned<DeValue<'_>>) -> ConfigProblem {
        self.problem(
            value.span(),
            key,
            t!("config-wrong", key = key, expected = expected(key)),
        )
    }

    /// TOML that does not parse: the line, the key or section written on it when there is
    /// one, what that key must hold, and the parser's own words.
    fn syntax(&self, error: &toml::de::Error) -> ConfigProblem {
        let line = error.span().map(|s| self.line(s.start));
        let written = line
            .and_then(|n| self.text.lines().nth(n - 1))
            .unwrap_or("")
            .trim();
        let (key, section) = match written.strip_prefix('[') {
            Some(header) => (header.trim_matches(['[', ']', ' ']), true),
            None => (written.split_once('=').map_or("", |(k, _)| k), false),
        };
        let key = key.trim().trim_matches(['"', '\'']);
        let key = (!key.is_empty()
            && key.len() <= 40
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .then(|| key.to_string());
        let said = error.message().lines().next().unwrap_or("").trim();
        let what = match &key {
            Some(key) if said.starts_with("duplicate") && section => {
                t!("config-section_twice", key = key)
            }
            Some(key) if said.starts_with("duplicate") => t!("config-set_twice", key = key),
            Some(key) if section => t!("config-section_not_toml", key = key, said = said),
            Some(key) if is_known(key) => t!(
                "config-wrong_toml",
                key = key,
                expected = expected(key),
                said = said
            ),
            Some(key) => t!("config-line_not_toml", key = key, said = said),
            None => t!("config-not_toml", said = said),
        };
        ConfigProblem {
            file: self.file.clone(),
            line,
            key,
            what,
            consequence: Consequence::Defaults,
        }
    }

    /// A table's entries in the file's order, so the first problem reported is the first one
    /// IT reads.
    fn entries<'a, 'i>(table: &'a DeTable<'i>) -> Vec<Entry<'a, 'i>> {
        let mut entries: Vec<Entry<'a, 'i>> = table.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        entries
    }

    /// A key that does not belong where it is, and where it does.
    fn unknown(
        &self,
        section: Option<&str>,
        key: &Spanned<std::borrow::Cow<'_, str>>,
    ) -> ConfigProblem {
        let name = key.get_ref().as_ref();
        let here: &[&str] = match section {
            None => &ROOT_KEYS,
            Some(s) => SECTIONS
                .iter()
                .find(|(n, _)| *n == s)
                .map_or(&[], |(_, keys)| *keys),
        };
        let home = SECTIONS
            .iter()
            .find(|(_, keys)| keys.contains(&name))
            .map(|(n, _)| *n);
        let what = match (section, home) {
            (_, Some(home)) => t!("config-belongs_in", key = name, section = home),
            (Some(s), None) if ROOT_KEYS.contains(&name) => {
                t!("config-before_sections", key = name, section = s)
            }
            _ => {
                let place =
                    section.map_or_else(String::new, |s| t!("config-in_section", section = s));
                match closest(name, here) {
                    Some(near) => t!(
                        "config-unknown_near",
                        key = name,
                        place = place,
                        near = near
                    ),
                    None => t!(
                        "config-unknown",
                        key = name,
                        place = place,
                        settings = list(here)
                    ),
                }
            }
        };
        self.problem(key.span(), name, what)
    }

    fn config(&self, root: &DeTable<'_>) -> Result<OrgConfig, ConfigProblem> {
        let mut config = OrgConfig::default();
        let mut organisation = Organisation::default();
        for (key, value) in Self::entries(root) {
            match key.get_ref().as_ref() {
                "organisation" => organisation.name = Some(self.text_value("organisation", value)?),
                "language" => self.language(value, &mut config)?,
                "support" => {
                    organisation.support = self.support(self.section("support", value)?)?
                }
                "check" => self.check(self.section("check", value)?, &mut config)?,
                "fixes" => config.fixes = self.fixes(self.section("fixes", value)?)?,
                _ => return Err(self.unknown(None, key)),
            }
        }
        if organisation.name.is_some() || !organisation.support.is_empty() {
            config.organisation = Some(organisation);
        }
        Ok(config)
    }

    fn section<'a, 'i>(
        &self,
        key: &str,
        value: &'a Spanned<DeValue<'i>>,
    ) -> Result<&'a DeTable<'i>, ConfigProblem> {
        value
            .get_ref()
            .as_table()
            .ok_or_else(|| self.wrong(key, value))
    }

    fn str<'a>(
        &self,
        key: &str,
        value: &'a Spanned<DeValue<'_>>,
    ) -> Result<&'a str, ConfigProblem> {
        value
            .get_ref()
            .as_str()
            .ok_or_else(|| self.wrong(key, value))
    }

    /// One line of text, not empty and not huge.
    fn text_value(&self, key: &str, value: &Spanned<DeValue<'_>>) -> Result<String, ConfigProblem> {
        let text = self.str(key, value)?.trim();
        if text.is_empty() {
            return Err(self.wrong(key, value));
        }
        if text.chars().any(char::is_control) {
            return Err(self.problem(value.span(), key, t!("config-one_line", key = key)));
        }
        if text.chars().count() > MAX_TEXT {
            return Err(self.problem(
                value.span(),
                key,
                t!("config-too_long", key = key, max = MAX_TEXT.to_string()),
            ));
        }
        Ok(text.to_string())
    }

    /// `language = "auto"` (the computer's) or a language RDP Doctor speaks, which then
    /// stays fixed; another one is noted and the computer's language used.
    fn language(
        &self,
        value: &Spanned<DeValue<'_>>,
        config: &mut OrgConfig,
    ) -> Result<(), ConfigProblem> {
        let language = self.text_value("language", value)?;
        if language.trim().eq_ignore_ascii_case("auto") {
            return Ok(());
        }
        if let Some(tag) = catalogue::resolve(&language)
            && !catalogue::PSEUDO.contains(&tag)
        {
            config.language = Some(tag);
            return Ok(());
        }
        let mut note = self.problem(
            value.span(),
            "language",
            t!(
                "config-language",
                language = &language,
                languages = crate::language::spoken()
            ),
        );
        note.consequence = Consequence::SystemLanguage;
        config.note = Some(note);
        Ok(())
    }

    fn support(&self, table: &DeTable<'_>) -> Result<SupportContact, ConfigProblem> {
        let mut support = SupportContact::default();
        for (key, value) in Self::entries(table) {
            let name = key.get_ref().as_ref();
            match name {
                "name" => support.name = Some(self.text_value(name, value)?),
                "email" => {
                    let email = self.text_value(name, value)?;
                    if !is_email(&email) {
                        return Err(self.wrong(name, value));
                    }
                    support.email = Some(email);
                }
                "phone" => {
                    let phone = self.text_value(name, value)?;
                    if phone.chars().filter(char::is_ascii_digit).count() < 3 {
                        return Err(self.wrong(name, value));
                    }
                    support.phone = Some(phone);
                }
                "web" => {
                    let web = self.text_value(name, value)?;
                    if !is_web_page(&web) {
                        return Err(self.wrong(name, value));
                    }
                    support.web = Some(web);
                }
                _ => return Err(self.unknown(Some("support"), key)),
            }
        }
        Ok(support)
    }

    fn check(&self, table: &DeTable<'_>, config: &mut OrgConfig) -> Result<(), ConfigProblem> {
        for (key, value) in Self::entries(table) {
            let name = key.get_ref().as_ref();
            match name {
                "pcs" => config.pcs = self.pcs(value)?,
                "gateway" => {
                    let text = self.text_value(name, value)?;
                    // Named as written: `Gateway::parse` adds ":443" before parsing.
                    let gateway = Gateway::parse(&text, None, false).map_err(|e| match e {
                        TargetError::InvalidHost { reason, .. } => {
                            let e = TargetError::InvalidHost {
                                input: text.clone(),
                                reason,
                            };
                            self.bad_computer(name, value.span(), IS, &e)
                        }
                        e => self.bad_computer(name, value.span(), IS, &e),
                    })?;
                    config.gateway = Some(gateway);
                }
                "rdp_file" => {
                    let file = self.text_value(name, value)?;
                    let is_rdp = Path::new(&file)
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("rdp"));
                    if !is_rdp {
                        return Err(self.wrong(name, value));
                    }
                    config.rdp_file = Some(self.folder.join(file));
                }
                "timeout" => {
                    let seconds = match value.get_ref() {
                        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                            .ok()
                            .map(|s| s as f64),
                        DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
                        _ => None,
                    };
                    let seconds = seconds
                        .filter(|s| TIMEOUT_SECONDS.contains(s))
                        .ok_or_else(|| self.wrong(name, value))?;
                    config.timeout = Some(Duration::from_secs_f64(seconds));
                }
                _ => return Err(self.unknown(Some("check"), key)),
            }
        }
        Ok(())
    }

    fn pcs(&self, value: &Spanned<DeValue<'_>>) -> Result<Vec<Target>, ConfigProblem> {
        let items = value
            .get_ref()
            .as_array()
            .ok_or_else(|| self.wrong("pcs", value))?;
        if items.len() > MAX_PCS {
            return Err(self.problem(
                value.span(),
                "pcs",
                t!("config-too_many_pcs", max = MAX_PCS.to_string()),
            ));
        }
        items
            .iter()
            .map(|item| {
                let text = self.str("pcs", item)?;
                Target::parse(text).map_err(|e| self.bad_computer("pcs", item.span(), LISTS, &e))
            })
            .collect()
    }

    /// A computer name that does not parse, in the words of `TargetError`. `verb` says whether
    /// the key holds one name ([`IS`]) or a list of them ([`LISTS`]); the catalogue words it.
    fn bad_computer(
        &self,
        key: &str,
        span: Range<usize>,
        verb: &str,
        e: &TargetError,
    ) -> ConfigProblem {
        let what = match e {
            TargetError::Empty => t!("config-computer_empty", key = key, verb = verb),
            TargetError::InvalidHost { input, reason } => t!(
                "config-computer_invalid",
                key = key,
                verb = verb,
                input = input.to_string(),
                reason = crate::input::host_problem(*reason)
            ),
            TargetError::InvalidPort { port } => t!(
                "config-computer_port",
                key = key,
                verb = verb,
                port = port.to_string()
            ),
        };
        self.problem(span, key, what)
    }

    fn fixes(&self, table: &DeTable<'_>) -> Result<FixPolicy, ConfigProblem> {
        let mut policy = FixPolicy::default();
        for (key, value) in Self::entries(table) {
            let name = key.get_ref().as_ref();
            match name {
                "hide" => {
                    let items = value
                        .get_ref()
                        .as_array()
                        .ok_or_else(|| self.wrong(name, value))?;
                    for item in items.iter() {
                        let id = self.str(name, item)?.trim();
                        if !ALL_IDS.contains(&id) {
                            return Err(self.unknown_fix(id, item.span()));
                        }
                        policy.hide.insert(id.to_string());
                    }
                }
                "hide_admin" => {
                    policy.hide_admin = value
                        .get_ref()
                        .as_bool()
                        .ok_or_else(|| self.wrong(name, value))?;
                }
                _ => return Err(self.unknown(Some("fixes"), key)),
            }
        }
        Ok(policy)
    }

    fn unknown_fix(&self, id: &str, span: Range<usize>) -> ConfigProblem {
        let prefixed = format!("fix.{id}");
        let near = if ALL_IDS.contains(&prefixed.as_str()) {
            Some(prefixed.as_str())
        } else {
            closest(id, &ALL_IDS)
        };
        let shown: String = id.chars().take(60).collect();
        let what = match near {
            Some(near) => t!("config-unknown_fix_near", fix = shown, near = near),
            None => t!("config-unknown_fix", fix = shown),
        };
        self.problem(span, "hide", what)
    }
}

/// "a, b and c".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => t!(
            "words-list",
            init = init.join(&t!("words-list-separator")),
            last = *last
        ),
    }
}

/// The known name within two edits of `name`, for "did you mean".
fn closest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(&name.to_lowercase(), k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// An address a mail program accepts: `local@domain.tld`, without the characters that would
/// need quoting in an address or change a `mailto:` link's meaning.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._+-'!$*=^`{|}~".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()));
    local_ok && domain_ok
}

/// `http://` or `https://`, a host, no spaces or quotes.
fn is_web_page(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && !host.starts_with(':')
            && !r
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
    })
}
