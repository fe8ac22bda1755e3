//! Small helpers that turn numbers and dates into the words the findings use.

use std::sync::RwLock;

use jiff::Timestamp;
use jiff::Zoned;
use jiff::tz::TimeZone;

use crate::t;

/// The zone times are worded in: the computer's own unless [`set_time_zone`] chose one.
static ZONE: RwLock<Option<TimeZone>> = RwLock::new(None);

/// Words every later time in `zone` (a test's fixed zone, or IT reading a report from elsewhere).
pub fn set_time_zone(zone: TimeZone) {
    if let Ok(mut z) = ZONE.write() {
        *z = Some(zone);
    }
}

/// The zone times are worded in: the chosen one, else this computer's (UTC when it cannot be
/// read).
pub fn time_zone() -> TimeZone {
    ZONE.read()
        .ok()
        .and_then(|z| z.clone())
        .unwrap_or_else(TimeZone::system)
}

fn local(unix: i64) -> Option<Zoned> {
    Some(Timestamp::from_second(unix).ok()?.to_zoned(time_zone()))
}

/// "12 March 2026": the day `unix` falls on in the user's time zone.
pub fn date(unix: i64) -> String {
    match local(unix) {
        Some(t) => day(&t),
        None => t!("words-impossible_date", unix = unix),
    }
}

fn day(t: &Zoned) -> String {
    t!(
        "words-date",
        day = t.day(),
        month = t!("words-month", month = t.month()),
        year = t.year()
    )
}

/// "3 December 2026, 15:40 (Europe/Berlin, UTC+01:00)": a moment in the user's time zone,
/// naming the zone, so a report read elsewhere is not an hour out.
pub fn when(unix: i64) -> String {
    let Some(t) = local(unix) else {
        return t!("words-impossible_date", unix = unix);
    };
    t!(
        "words-when",
        date = day(&t),
        hour = t.hour(),
        minute = format!("{:02}", t.minute()),
        zone = zone_label(&t)
    )
}

/// When an RFC 3339 time (a report's `started_at`) was, worded as [`when`]; the text itself
/// when it is not one.
pub fn when_rfc3339(text: &str) -> String {
    match text.parse::<Timestamp>() {
        Ok(t) => when(t.as_second()),
        Err(_) => text.to_string(),
    }
}

/// "Europe/Berlin, UTC+01:00", or "UTC+01:00" when the zone has no name.
fn zone_label(t: &Zoned) -> String {
    let offset = t.offset();
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    let offset = format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60);
    match t.time_zone().iana_name() {
        Some(name) if name != "UTC" && name != "Etc/UTC" => {
            t!("words-zone", name = name, offset = offset)
        }
        _ => offset,
    }
}

/// The name of the zone times are worded in ("Europe/Berlin"), for a report's JSON; `None`
/// when the computer's zone has no name.
pub fn time_zone_name() -> Option<String> {
    time_zone().iana_name().map(ToString::to_string)
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
    fn times_are_worded_in_the_zone_with_its_name() {
        let berlin = TimeZone::get("Europe/Berlin").expect("the bundled zone database");
        let zoned = |unix: i64, tz: &TimeZone| {
            Timestamp::from_second(unix)
                .expect("a time")
                .to_zoned(tz.clone())
        };
        // 2026-03-11 23:30 UTC is already the 12th in Berlin, and 2026-07-01 is summer time.
        let late = 1_773_271_800;
        assert_eq!(day(&zoned(late, &berlin)), "12 March 2026");
        assert_eq!(day(&zoned(late, &TimeZone::UTC)), "11 March 2026");
        assert_eq!(
            zone_label(&zoned(late, &berlin)),
            "Europe/Berlin, UTC+01:00"
        );
        assert_eq!(
            zone_label(&zoned(1_782_864_000, &berlin)),
            "Europe/Berlin, UTC+02:00"
        );
        assert_eq!(zone_label(&zoned(late, &TimeZone::UTC)), "UTC+00:00");
        let fixed = TimeZone::fixed(jiff::tz::offset(-5));
        assert_eq!(zone_label(&zoned(late, &fixed)), "UTC-05:00");
        assert_eq!(
            crate::catalogue::with_language("de", || day(&zoned(late, &berlin))),
            "12. März 2026"
        );
    }

    #[test]
    fn words() {
        set_time_zone(TimeZone::UTC);
        assert_eq!(date(1_773_273_600), "12 March 2026");
        assert_eq!(when(1_773_271_800), "11 March 2026, 23:30 (UTC+00:00)");
        assert_eq!(
            when_rfc3339("2026-03-11T23:30:00Z"),
            "11 March 2026, 23:30 (UTC+00:00)"
        );
        assert_eq!(when_rfc3339("not a time"), "not a time");
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
