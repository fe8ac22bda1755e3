//! Which language the words are in: the one asked for on the command line, else the one IT's
//! config fixes, else the one the user picked in the app's menu, else `RDP_DOCTOR_LANG`, else
//! the first of the computer's own languages RDP Doctor speaks, else English. Choosing is pure
//! ([`choose`]); [`apply`] makes the choice the catalogue's.

use rdp_doctor_diagnose::catalogue;
use serde::Serialize;

/// Where the chosen language came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// `--lang` on the command line.
    Command,
    /// IT's config file fixes it; the app's menu cannot change it.
    Config,
    /// The user's pick in the app's menu.
    User,
    /// `RDP_DOCTOR_LANG` (a portable copy's script, a test).
    Environment,
    /// The computer's own language settings.
    System,
    /// None of the above is a language RDP Doctor speaks.
    Default,
}

/// A language and why it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub tag: &'static str,
    pub source: Source,
}

/// What may ask for a language, most weighty first; each is a tag as given (`de-AT`,
/// `fr_FR.UTF-8`) and counts only when RDP Doctor speaks it.
#[derive(Clone, Debug, Default)]
pub struct Wishes<'a> {
    pub command: Option<&'a str>,
    pub config: Option<&'a str>,
    pub user: Option<&'a str>,
    pub environment: Option<&'a str>,
    /// The computer's languages, most preferred first.
    pub system: &'a [String],
}

/// The language to use for `wishes`.
pub fn choose(wishes: &Wishes<'_>) -> Choice {
    let single = [
        (wishes.command, Source::Command),
        (wishes.config, Source::Config),
        (wishes.user, Source::User),
        (wishes.environment, Source::Environment),
    ];
    single
        .into_iter()
        .filter_map(|(wish, source)| Some((catalogue::resolve(wish?)?, source)))
        .chain(
            wishes
                .system
                .iter()
                .filter_map(|l| Some((catalogue::resolve(l)?, Source::System))),
        )
        .map(|(tag, source)| Choice { tag, source })
        .next()
        .unwrap_or(Choice {
            tag: "en",
            source: Source::Default,
        })
}

/// The computer's languages, most preferred first (Windows' display languages, macOS's
/// preferred languages, `LANGUAGE`/`LC_ALL`/`LC_MESSAGES`/`LANG` elsewhere).
pub fn system() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// `RDP_DOCTOR_LANG`, when set.
pub fn environment() -> Option<String> {
    std::env::var("RDP_DOCTOR_LANG").ok()
}

/// Makes `choice` the language of everything worded from now on, in this process.
pub fn apply(choice: Choice) -> Choice {
    catalogue::set_language(choice.tag);
    choice
}

/// A language the menu offers: its tag and its own name for itself ("Deutsch").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Offered {
    pub tag: &'static str,
    pub name: String,
}

/// The languages RDP Doctor speaks, English first (the pseudo-locales are not offered).
pub fn offered() -> Vec<Offered> {
    catalogue::menu()
        .into_iter()
        .map(|(tag, name)| Offered { tag, name })
        .collect()
}

/// What the app's language menu needs: the language the words are in, which way it runs,
/// why it was chosen, whether IT's config fixes it (the menu is then disabled) and the
/// languages on offer, each named in itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LanguageState {
    pub tag: &'static str,
    /// `ltr` or `rtl`, for the page's `<html dir>`.
    pub direction: &'static str,
    pub source: Source,
    pub fixed: bool,
    pub offered: Vec<Offered>,
}

impl LanguageState {
    pub fn of(choice: Choice) -> LanguageState {
        LanguageState {
            tag: choice.tag,
            direction: catalogue::direction(choice.tag),
            source: choice.source,
            fixed: choice.source == Source::Config,
            offered: offered(),
        }
    }
}

/// A language the user may pick by `requested` (a tag as given): one on offer, or a
/// pseudo-locale (for tests and translators); `None` for any other.
pub fn pickable(requested: &str) -> Option<&'static str> {
    let tag = catalogue::resolve(requested)?;
    (catalogue::PSEUDO.contains(&tag) || offered().iter().any(|o| o.tag == tag)).then_some(tag)
}

/// "en, de, es, fr": the tags RDP Doctor speaks, for a sentence that lists them.
pub fn spoken() -> String {
    offered()
        .iter()
        .map(|l| l.tag)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weightiest_wish_rdp_doctor_speaks_wins() {
        let system = vec!["pt-BR".to_string(), "fr-CA".to_string(), "de".to_string()];
        let mut wishes = Wishes {
            system: &system,
            ..Wishes::default()
        };
        let pick = |w: &Wishes<'_>| {
            let c = choose(w);
            (c.tag, c.source)
        };
        assert_eq!(
            pick(&wishes),
            ("fr", Source::System),
            "Portuguese is not spoken"
        );
        wishes.environment = Some("es_ES.UTF-8");
        assert_eq!(pick(&wishes), ("es", Source::Environment));
        wishes.user = Some("de");
        assert_eq!(pick(&wishes), ("de", Source::User));
        wishes.config = Some("xx");
        assert_eq!(
            pick(&wishes),
            ("de", Source::User),
            "IT's unknown language is passed over"
        );
        wishes.config = Some("en-GB");
        assert_eq!(
            pick(&wishes),
            ("en", Source::Config),
            "IT's language beats the menu"
        );
        wishes.command = Some("fr");
        assert_eq!(pick(&wishes), ("fr", Source::Command));
        assert_eq!(
            pick(&Wishes::default()),
            ("en", Source::Default),
            "nothing asked: English"
        );
        let none = vec!["C".to_string(), "POSIX".to_string()];
        assert_eq!(
            pick(&Wishes {
                system: &none,
                ..Wishes::default()
            }),
            ("en", Source::Default)
        );
    }

    #[test]
    fn the_menu_names_each_language_in_itself() {
        let offered = offered();
        let tags: Vec<_> = offered.iter().map(|o| o.tag).collect();
        assert_eq!(tags.first(), Some(&"en"));
        for tag in ["de", "fr", "es"] {
            assert!(tags.contains(&tag), "{tags:?}");
        }
        assert!(offered.iter().any(|o| o.name == "Deutsch"));
    }

    #[test]
    fn the_user_may_pick_an_offered_language_or_a_pseudo_locale() {
        assert_eq!(pickable("de-AT"), Some("de"));
        assert_eq!(pickable("qps-plocm"), Some("qps-plocm"));
        assert_eq!(pickable("xx"), None);
        assert_eq!(pickable(""), None);
        let state = LanguageState::of(Choice {
            tag: "qps-plocm",
            source: Source::User,
        });
        assert_eq!((state.direction, state.fixed), ("rtl", false));
        let fixed = LanguageState::of(Choice {
            tag: "fr",
            source: Source::Config,
        });
        assert_eq!((fixed.direction, fixed.fixed), ("ltr", true));
    }
}
