//! The current time, honouring `--now` / `LANCER_NOW` so scripts and tests are repeatable.

use std::sync::OnceLock;

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp, ToSpan};

use crate::error::{Error, Result};

/// The forms a time may take on the command line, for help and errors.
pub const TIME_FORMS: &str = "RFC 3339 (2026-03-01T09:00:00Z), a date (2026-03-01, midnight UTC), \
now, today, yesterday, tomorrow, or a span back from now (3d, 2w ago, 90m) or ahead (in 2h)";

/// Parses a time as people type it, resolving relative forms against `now`: RFC 3339 with any
/// offset, a plain date (midnight UTC), a date and time without offset (UTC), `now`, `today`,
/// `yesterday`, `tomorrow`, a span back (`3d`, `2w ago`, `1h30m`, `-3d`) or ahead (`in 2h`,
/// `+3d`). To the second.
pub fn parse_when(text: &str, now: Timestamp) -> Result<Timestamp> {
    let t = text.trim();
    let invalid = || Error::usage(format!("invalid time '{text}': use {TIME_FORMS}"));
    if let Ok(ts) = t.parse::<Timestamp>() {
        return Ok(whole_seconds(ts));
    }
    let utc = |dt: DateTime| dt.to_zoned(TimeZone::UTC).map(|z| z.timestamp());
    let midnight = |days: i64| -> Result<Timestamp> {
        let day = now.to_zoned(TimeZone::UTC).date();
        let day = day.checked_add(days.days()).map_err(|_| invalid())?;
        utc(day.to_datetime(jiff::civil::Time::midnight())).map_err(|_| invalid())
    };
    match t.to_ascii_lowercase().as_str() {
        "now" => return Ok(now),
        "today" => return midnight(0),
        "yesterday" => return midnight(-1),
        "tomorrow" => return midnight(1),
        _ => {}
    }
    if let Ok(dt) = t.parse::<DateTime>() {
        return utc(dt).map(whole_seconds).map_err(|_| invalid());
    }
    if let Ok(date) = t.parse::<Date>() {
        return utc(date.to_datetime(jiff::civil::Time::midnight())).map_err(|_| invalid());
    }
    // A span: back from now unless it says "in …" or "+…".
    let (ahead, span_text) = match t.strip_prefix("in ").or_else(|| t.strip_prefix('+')) {
        Some(rest) => (true, rest.trim()),
        None => (false, t),
    };
    let span: Span = span_text.parse().map_err(|_| invalid())?;
    let span = match (ahead, span.is_negative()) {
        (true, _) | (false, true) => span,
        (false, false) => span.negate(),
    };
    now.to_zoned(TimeZone::UTC)
        .checked_add(span)
        .map(|z| whole_seconds(z.timestamp()))
        .map_err(|_| invalid())
}

/// The time relative forms on the command line are resolved against: `--now`, `LANCER_NOW`,
/// else the system clock. Set once, before the arguments are parsed.
static REFERENCE: OnceLock<Timestamp> = OnceLock::new();

/// Sets the reference time from the raw arguments (`--now X`, `--now=X`) or `LANCER_NOW`.
pub fn set_reference_from(args: &[String]) {
    let mut given = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--now" {
            given = it.next().cloned();
        } else if let Some(v) = a.strip_prefix("--now=") {
            given = Some(v.to_string());
        }
    }
    let given = given.or_else(|| std::env::var("LANCER_NOW").ok());
    if let Ok(t) = now(given.as_deref()) {
        let _ = REFERENCE.set(t);
    }
}

/// The reference time for relative forms (see [`set_reference_from`]).
pub fn reference() -> Timestamp {
    *REFERENCE.get_or_init(|| whole_seconds(Timestamp::now()))
}

/// Parses a time on the command line ([`parse_when`] against [`reference`]).
pub fn parse_time(text: &str) -> Result<Timestamp> {
    parse_when(text, reference())
}

/// The current time: the given override (any form of [`parse_when`], relative ones against the
/// system clock), else the system clock, to the second.
pub fn now(overridden: Option<&str>) -> Result<Timestamp> {
    let system = whole_seconds(Timestamp::now());
    match overridden {
        Some(text) if !text.trim().is_empty() => parse_when(text, system),
        _ => Ok(system),
    }
}

pub fn whole_seconds(ts: Timestamp) -> Timestamp {
    Timestamp::from_second(ts.as_second()).expect("a valid timestamp stays valid")
}

/// "3h ago", "in 2d", "just now"; beyond 30 days the date itself.
pub fn relative(then: Timestamp, now: Timestamp) -> String {
    let secs = now.as_second() - then.as_second();
    let abs = secs.unsigned_abs();
    let amount = match abs {
        0..=59 => return "just now".to_string(),
        60..=3599 => format!("{}m", abs / 60),
        3600..=86_399 => format!("{}h", abs / 3600),
        86_400..=2_591_999 => format!("{}d", abs / 86_400),
        _ => return then.strftime("%Y-%m-%d").to_string(),
    };
    if secs >= 0 {
        format!("{amount} ago")
    } else {
        format!("in {amount}")
    }
}

/// `then` plus a number of hours.
pub fn add_hours(then: Timestamp, hours: i64) -> Timestamp {
    then.checked_add(hours.hours()).unwrap_or(then)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times_read_naturally() {
        let now: Timestamp = "2026-03-10T12:00:00Z".parse().unwrap();
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        assert_eq!(relative(at("2026-03-10T11:59:30Z"), now), "just now");
        assert_eq!(relative(at("2026-03-10T09:00:00Z"), now), "3h ago");
        assert_eq!(relative(at("2026-03-08T12:00:00Z"), now), "2d ago");
        assert_eq!(relative(at("2026-03-10T12:45:00Z"), now), "in 45m");
        assert_eq!(relative(at("2025-01-02T00:00:00Z"), now), "2025-01-02");
    }

    #[test]
    fn now_honours_the_override_and_rejects_junk() {
        let t = now(Some("2026-03-10T12:00:00.75+01:00")).unwrap();
        assert_eq!(t.to_string(), "2026-03-10T11:00:00Z");
        assert!(now(Some("the day before")).is_err());
    }

    #[test]
    fn times_as_people_type_them() {
        let now: Timestamp = "2026-03-10T12:34:56Z".parse().unwrap();
        let at = |s: &str| parse_when(s, now).unwrap().to_string();
        assert_eq!(at("2026-03-01T09:00:00+01:00"), "2026-03-01T08:00:00Z");
        assert_eq!(at("2026-10-01"), "2026-10-01T00:00:00Z");
        assert_eq!(at("2026-10-01T09:30"), "2026-10-01T09:30:00Z");
        assert_eq!(at("now"), "2026-03-10T12:34:56Z");
        assert_eq!(at("today"), "2026-03-10T00:00:00Z");
        assert_eq!(at("yesterday"), "2026-03-09T00:00:00Z");
        assert_eq!(at("Tomorrow"), "2026-03-11T00:00:00Z");
        assert_eq!(at("3d"), "2026-03-07T12:34:56Z");
        assert_eq!(at("2w ago"), "2026-02-24T12:34:56Z");
        assert_eq!(at("3 days ago"), "2026-03-07T12:34:56Z");
        assert_eq!(at("-90m"), "2026-03-10T11:04:56Z");
        assert_eq!(at("1h30m"), "2026-03-10T11:04:56Z");
        assert_eq!(at("in 2h"), "2026-03-10T14:34:56Z");
        assert_eq!(at("+1 month"), "2026-04-10T12:34:56Z");
        for junk in ["", "soon", "2026-13-01", "3 parsecs"] {
            let e = parse_when(junk, now).unwrap_err();
            assert!(e.message.contains("yesterday"), "{}", e.message);
        }
    }
}
