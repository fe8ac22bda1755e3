//! Small helpers that turn numbers and dates into the words the findings use.

use time::OffsetDateTime;

use crate::t;

/// "12 March 2026".
pub fn date(unix: i64) -> String {
    match OffsetDateTime::from_unix_timestamp(unix) {
        Ok(t) => t!(
            "words-date",
            day = t.day(),
            month = t!("words-month", month = u8::from(t.month())),
            year = t.year()
        ),
        Err(_) => t!("words-impossible_date", unix = unix),
    }
}

/// "9 days ago", "in 3 days", "today": the distance between two moments in days.
pub fn relative_days(now: i64, then: i64) -> String {
    let days = then.saturating_sub(now) / 86_400;
    match days {
        0 if then < now => t!("words-earlier_today"),
        0 => t!("words-later_today"),
        1 => t!("words-tomorrow"),
        -1 => t!("words-yesterday"),
        d if d < 0 => t!("words-days_ago", n = d.unsigned_abs()),
        d => t!("words-in_days", n = d),
    }
}

/// "3 minutes", "2 hours", "5 days".
pub fn span(seconds: i64) -> String {
    let s = seconds.unsigned_abs();
    match s {
        0..120 => t!("words-seconds", n = s),
        120..7200 => t!("words-minutes", n = s / 60),
        7200..172_800 => t!("words-hours", n = s / 3600),
        _ => t!("words-days", n = s / 86_400),
    }
}

/// `s` with its first letter upper-case ("é" → "É", "ß" → "SS").
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// A message fragment ("the port is …") as a sentence: capitalised, with a full stop.
pub fn sentence(message: &str) -> String {
    let mut s = capitalise(message);
    if !s.ends_with('.') {
        s.push('.');
    }
    s
}

/// "a, b and c".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!(
            "words-list",
            init = init.join(&t!("words-list-separator")),
            last = last
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(date(1_773_273_600), "12 March 2026");
        assert_eq!(relative_days(1_774_051_200, 1_773_273_600), "9 days ago");
        assert_eq!(relative_days(0, 3 * 86_400 + 5), "in 3 days");
        assert_eq!(span(400), "6 minutes");
        assert_eq!(span(-90), "90 seconds");
        assert_eq!(list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(capitalise("éclair"), "Éclair");
        assert_eq!(capitalise("ßtraße"), "SStraße");
        assert_eq!(capitalise(""), "");
        assert_eq!(sentence("the port is closed"), "The port is closed.");
        assert_eq!(sentence("done."), "Done.");
    }
}
