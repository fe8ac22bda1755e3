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
//! this crate's.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

/// The values a message is given.
pub use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

/// The English catalogue, compiled in: what every other language falls back to.
pub const ENGLISH: &str = include_str!("../messages/en.ftl");

/// One language's messages.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// What the file said that Fluent could not read (a test keeps English's empty).
    pub errors: Vec<String>,
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
        Catalogue { bundle, errors }
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

static EN: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::new("en", ENGLISH));

/// The catalogue findings are worded in.
pub fn current() -> &'static Catalogue {
    &EN
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
number_arg!(u8, u16, u32, i32, f64);

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
}
