//! The message catalogue: every sentence the findings, fixes, rows and reports say lives in a
//! Fluent file, one file per language (`messages/<language>.ftl`), never in the rules. A rule
//! names a message and hands it typed values with [`t!`](crate::t); the file decides the words,
//! the word order and the plural forms, so a new language is a new file, not a code change.
//!
//! Message names follow the finding ids (`dns.short_name` → `dns-short_name`, with `.title`
//! and `.detail` attributes); a fix is `fix-<name>` with `.title`, `.steps` and `.risk`.
//! Shell commands are not words and stay in code (`fixes/`).
//!
//! The engine (the app's session, the window's offers, bad input, IT's config file, the mail to
//! IT) and the command line word their sentences here too, through this same `t!`; their
//! messages are the file's last sections, and `tests/catalogue.rs` scans their sources with
//! this crate's. The engine also words what the lower crates only type: the lines of a .rdp
//! file that were skipped (wire's `SkipReason`) and names that cannot be read (model's
//! `TargetError`), in the section after "Words".

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

/// The values a message is given.
pub use fluent_bundle::FluentArgs;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The English catalogue, compiled in: what every other language falls back to.
pub const ENGLISH: &str = include_str!("../messages/en.ftl");

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The tags of the languages there is a file for (`en`, and whatever `messages/` holds).
pub fn languages() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(tag, _)| *tag)
}

/// One language's messages.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// What the file said that Fluent could not read (a test keeps English's empty).
    pub errors: Vec<String>,
    /// Whether this is English, which has no language to fall back to.
    english: bool,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("locales", &self.bundle.locales)
            .field("errors", &self.errors)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// Reads a language's file; a line Fluent cannot read is reported in `errors` and skipped,
    /// the rest still serves.
    pub fn new(language: &str, source: &str) -> Catalogue {
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Fluent wraps every value in Unicode isolation marks by default; our text goes into
        // JSON, terminals and shell-facing reports, where invisible marks only do harm.
        bundle.set_use_isolating(false);
        let mut errors = Vec::new();
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, e)| {
            errors.extend(e.iter().map(|e| format!("{e:?}")));
            r
        });
        if let Err(e) = bundle.add_resource(resource) {
            errors.extend(e.iter().map(|e| format!("{e:?}")));
        }
        Catalogue {
            bundle,
            errors,
            english: language == "en",
        }
    }

    /// English, every letter of its text accented and every word longer ("Ŧĥḗḗ ƥǿǿřŧ"),
    /// mirrored when `flipped`; values and plural rules stay English.
    fn pseudo(flipped: bool) -> Catalogue {
        fn accented(s: &str) -> Cow<'_, str> {
            fluent_pseudo::transform(s, false, true)
        }
        fn mirrored(s: &str) -> Cow<'_, str> {
            fluent_pseudo::transform(s, true, true)
        }
        let mut catalogue = Catalogue::new("en", ENGLISH);
        catalogue.english = false;
        catalogue
            .bundle
            .set_transform(Some(if flipped { mirrored } else { accented }));
        catalogue
    }

    /// The text of `key` (`message` or `message.attribute`) with `args` in place. A key the
    /// file lacks comes back as the key itself, so a gap shows instead of vanishing.
    pub fn text(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let (name, attribute) = match key.split_once('.') {
            Some((name, attribute)) => (name, Some(attribute)),
            None => (key, None),
        };
        let pattern = self.bundle.get_message(name).and_then(|m| match attribute {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        });
        let Some(pattern) = pattern else {
            if !self.english {
                return english().text(key, args);
            }
            debug_assert!(false, "message {key} is not in the catalogue");
            return key.to_string();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message {key}: {errors:?}");
        text.into_owned()
    }

    /// Whether `key` names a message (or attribute) in this catalogue.
    pub fn has(&self, key: &str) -> bool {
        let (name, attribute) = match key.split_once('.') {
            Some((name, attribute)) => (name, Some(attribute)),
            None => (key, None),
        };
        self.bundle
            .get_message(name)
            .is_some_and(|m| match attribute {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
    }
}

/// The pseudo-locales: English with every letter accented and every word longer (`qps-ploc`,
/// Windows' name for it), and the same mirrored right to left (`qps-plocm`). They are not in
/// the language menu; tests and translators choose them by tag to see that the window holds
/// longer words, other letters and the other direction.
pub const PSEUDO: [&str; 2] = ["qps-ploc", "qps-plocm"];

struct Known {
    tag: &'static str,
    catalogue: Catalogue,
}

/// Every catalogue, read once: the files by tag, then the pseudo-locales.
static ALL: LazyLock<Vec<Known>> = LazyLock::new(|| {
    let mut all: Vec<Known> = LANGUAGES
        .iter()
        .map(|(tag, source)| Known {
            tag,
            catalogue: Catalogue::new(tag, source),
        })
        .collect();
    for (tag, flipped) in [(PSEUDO[0], false), (PSEUDO[1], true)] {
        all.push(Known {
            tag,
            catalogue: Catalogue::pseudo(flipped),
        });
    }
    all
});

fn index_of(tag: &str) -> Option<usize> {
    ALL.iter().position(|k| k.tag == tag)
}

fn english_index() -> usize {
    index_of("en").unwrap_or(0)
}

/// The language chosen for this process (an index into `ALL`); `usize::MAX` until one is.
static CHOSEN: AtomicUsize = AtomicUsize::new(usize::MAX);

thread_local! {
    /// A language for this thread only, while [`with_language`] runs.
    static SCOPED: Cell<Option<usize>> = const { Cell::new(None) };
}

fn current_index() -> usize {
    SCOPED
        .with(Cell::get)
        .unwrap_or_else(|| match CHOSEN.load(Ordering::Relaxed) {
            usize::MAX => english_index(),
            i => i,
        })
}

/// The catalogue the words are in now: this thread's scoped language, else the process's
/// chosen one, else English.
pub fn current() -> &'static Catalogue {
    &ALL[current_index()].catalogue
}

/// The tag of the language the words are in now (`en`, `de`, `qps-ploc`…).
pub fn language() -> &'static str {
    ALL[current_index()].tag
}

/// The text direction of `tag` (`rtl` for Arabic, Hebrew, Persian, Urdu… and `qps-plocm`).
pub fn direction(tag: &str) -> &'static str {
    if tag == PSEUDO[1] {
        return "rtl";
    }
    match tag.parse::<LanguageIdentifier>() {
        Ok(id) if id.character_direction() == CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

/// The shipped language that serves `requested`: an exact tag (`de`, `qps-ploc`), a
/// regional or POSIX form of one (`de-AT`, `fr_CA.UTF-8`, `es-419`), or nothing.
pub fn resolve(requested: &str) -> Option<&'static str> {
    let cleaned = requested
        .trim()
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if cleaned.is_empty() {
        return None;
    }
    if let Some(known) = ALL.iter().find(|k| k.tag.eq_ignore_ascii_case(&cleaned)) {
        return Some(known.tag);
    }
    let id: LanguageIdentifier = cleaned.parse().ok()?;
    let language = id.language.as_str();
    LANGUAGES
        .iter()
        .map(|(tag, _)| *tag)
        .find(|tag| tag.eq_ignore_ascii_case(language))
}

/// Makes `requested` (see [`resolve`]) the process's language; `None` (and no change) when no
/// shipped language serves it.
pub fn set_language(requested: &str) -> Option<&'static str> {
    let tag = resolve(requested)?;
    let index = index_of(tag)?;
    CHOSEN.store(index, Ordering::Relaxed);
    Some(tag)
}

/// Runs `f` with the words in `requested` on this thread (English when none serves it), the
/// process's language untouched: for a test, or a report rendered for someone else.
pub fn with_language<R>(requested: &str, f: impl FnOnce() -> R) -> R {
    let index = resolve(requested)
        .and_then(index_of)
        .unwrap_or_else(english_index);
    struct Restore(Option<usize>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|s| s.replace(Some(index))));
    f()
}

/// The languages to offer: each file's tag with the language's own name for itself
/// (`language-name`: "Deutsch", "Français"), English first, the pseudo-locales left out.
pub fn menu() -> Vec<(&'static str, String)> {
    let mut out: Vec<_> = ALL
        .iter()
        .filter(|k| !PSEUDO.contains(&k.tag))
        .map(|k| (k.tag, k.catalogue.text("language-name", None)))
        .collect();
    out.sort_by_key(|(tag, _)| *tag != "en");
    out
}

/// English, what a message missing from another language falls back to.
fn english() -> &'static Catalogue {
    &ALL[english_index()].catalogue
}

/// A value handed to a message: text stays text, numbers stay numbers (so the file can choose
/// plural forms by them).
pub trait Arg {
    fn value(self) -> FluentValue<'static>;
}

impl Arg for String {
    fn value(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}
impl Arg for &String {
    fn value(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}
impl Arg for &str {
    fn value(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, i8, i16, i32, f64);

/// Fluent keeps numbers as `f64`: past 2^53 they would print rounded, so those go in as text.
const EXACT: u64 = 1 << 53;
macro_rules! wide_number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(self) -> FluentValue<'static> {
                match u64::try_from(self) {
                    Ok(n) if n <= EXACT => FluentValue::from(self),
                    _ if i64::try_from(self).is_ok_and(|n| n.unsigned_abs() <= EXACT) => {
                        FluentValue::from(self)
                    }
                    _ => FluentValue::from(self.to_string()),
                }
            }
        }
    )*};
}
wide_number_arg!(u64, usize, i64);

/// The current catalogue's text for a message: `t!("dns-short_name.title", name = name)`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::catalogue::current().text($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::catalogue::FluentArgs::new();
        $( args.set(stringify!($name), $crate::catalogue::Arg::value($value)); )+
        $crate::catalogue::current().text($key, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_go_in_without_marks_and_gaps_show() {
        let c = Catalogue::new(
            "en",
            "hello = Hello { $name }, { $n ->\n    [one] one PC\n   *[other] { $n } PCs\n}\n    .short = Hi\n",
        );
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        let mut args = FluentArgs::new();
        args.set("name", Arg::value("Ana"));
        args.set("n", Arg::value(3_u32));
        assert_eq!(c.text("hello", Some(&args)), "Hello Ana, 3 PCs");
        args.set("n", Arg::value(1_u32));
        assert_eq!(c.text("hello", Some(&args)), "Hello Ana, one PC");
        assert_eq!(c.text("hello.short", None), "Hi");
        assert!(c.has("hello.short") && !c.has("hello.long") && !c.has("bye"));
        let big = Catalogue::new("en", "n = { $n }\n");
        for n in [i64::MAX, i64::MIN, -5, 1 << 53] {
            let mut args = FluentArgs::new();
            args.set("n", Arg::value(n));
            assert_eq!(big.text("n", Some(&args)), n.to_string());
        }
        let mut args = FluentArgs::new();
        args.set("n", Arg::value(u64::MAX));
        assert_eq!(big.text("n", Some(&args)), u64::MAX.to_string());
        let broken = Catalogue::new("en", "good = Fine\nbad = { \n");
        assert!(!broken.errors.is_empty());
        assert_eq!(broken.text("good", None), "Fine");
    }

    #[test]
    fn languages_resolve_from_tags_and_posix_names() {
        assert_eq!(resolve("de"), Some("de"));
        assert_eq!(resolve("de-AT"), Some("de"));
        assert_eq!(resolve("fr_CA.UTF-8"), Some("fr"));
        assert_eq!(resolve("es-419"), Some("es"));
        assert_eq!(resolve("EN-gb"), Some("en"));
        assert_eq!(resolve("QPS-PLOC"), Some("qps-ploc"));
        for nothing in ["", "pt-BR", "C", "POSIX", "x", "de;rm -rf"] {
            assert_eq!(resolve(nothing), None, "{nothing}");
        }
        assert_eq!(direction("ar-EG"), "rtl");
        assert_eq!(direction("he"), "rtl");
        assert_eq!(direction("qps-plocm"), "rtl");
        assert_eq!(direction("de"), "ltr");
        assert_eq!(direction("not a tag"), "ltr");
    }

    #[test]
    fn a_scoped_language_words_this_thread_only_and_ends_with_its_scope() {
        let english = current().text("language-name", None);
        assert_eq!(english, "English");
        let german = with_language("de-CH", || {
            let inner = with_language("fr", || t!("language-name"));
            assert_eq!(inner, "Français");
            assert_eq!(language(), "de");
            t!("language-name")
        });
        assert_eq!(german, "Deutsch");
        assert_eq!(language(), "en");
        assert_eq!(
            with_language("pt", language),
            "en",
            "no Portuguese: English"
        );
        let menu = menu();
        assert_eq!(menu.first().map(|(tag, _)| *tag), Some("en"));
        assert!(
            menu.iter()
                .any(|(tag, name)| *tag == "es" && name == "Español")
        );
        assert!(menu.iter().all(|(tag, _)| !PSEUDO.contains(tag)));
    }

    #[test]
    fn the_pseudo_locale_is_longer_and_accented_and_keeps_values_and_plurals() {
        let english = t!("words-days_ago", n = 3_u32);
        let pseudo = with_language("qps-ploc", || t!("words-days_ago", n = 3_u32));
        assert!(english.contains('3') && pseudo.contains('3'), "{pseudo}");
        assert!(pseudo.chars().count() > english.chars().count(), "{pseudo}");
        assert!(!pseudo.is_ascii(), "{pseudo}");
        let one = with_language("qps-ploc", || t!("words-seconds", n = 1_u32));
        let three = with_language("qps-ploc", || t!("words-seconds", n = 3_u32));
        assert_ne!(
            one.replace('1', "3"),
            three,
            "English plural rules choose the form"
        );
        let mirrored = with_language("qps-plocm", || t!("language-name"));
        assert_ne!(mirrored, with_language("qps-ploc", || t!("language-name")));
    }

    #[test]
    fn a_message_a_language_lacks_falls_back_to_english() {
        let partial = Catalogue::new("de", "only = Nur\n");
        assert_eq!(partial.text("only", None), "Nur");
        assert_eq!(partial.text("language-name", None), "English");
    }
}
