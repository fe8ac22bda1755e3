//! Small helpers that turn numbers and dates into the words the findings use.

use time::OffsetDateTime;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "12 March 2026".
pub fn date(unix: i64) -> String {
    match OffsetDateTime::from_unix_timestamp(unix) {
        Ok(t) => {
            let month = MONTHS
                .get(usize::from(u8::from(t.month())).saturating_sub(1))
                .copied()
                .unwrap_or("?");
            format!("{} {} {}", t.day(), month, t.year())
        }
        Err(_) => format!("(an impossible date, {unix})"),
    }
}

/// "9 days ago", "in 3 days", "today": the distance between two moments in days.
pub fn relative_days(now: i64, then: i64) -> String {
    let days = then.saturating_sub(now) / 86_400;
    match days {
        0 if then < now => "earlier today".into(),
        0 => "later today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        d if d < 0 => format!("{} days ago", d.unsigned_abs()),
        d => format!("in {d} days"),
    }
}

/// "3 minutes", "2 hours", "5 days".
pub fn span(seconds: i64) -> String {
    let s = seconds.unsigned_abs();
    let (n, unit) = match s {
        0..120 => (s, "second"),
        120..7200 => (s / 60, "minute"),
        7200..172_800 => (s / 3600, "hour"),
        _ => (s / 86_400, "day"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
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
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
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
