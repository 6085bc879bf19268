//! The current time, honouring `--now` / `LANCER_NOW` so scripts and tests are repeatable.

use jiff::{Timestamp, ToSpan};

use crate::error::{Error, Result};

/// Parses an RFC 3339 time (`2026-03-01T09:00:00Z`, any offset) into a whole-second timestamp.
pub fn parse_time(text: &str) -> Result<Timestamp> {
    let ts: Timestamp = text.trim().parse().map_err(|_| {
        Error::usage(format!(
            "invalid time '{text}': use RFC 3339, e.g. 2026-03-01T09:00:00Z"
        ))
    })?;
    Ok(whole_seconds(ts))
}

/// The current time: the given override, else the system clock, to the second.
pub fn now(overridden: Option<&str>) -> Result<Timestamp> {
    match overridden {
        Some(text) if !text.trim().is_empty() => parse_time(text),
        _ => Ok(whole_seconds(Timestamp::now())),
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
        assert!(now(Some("yesterday")).is_err());
    }
}
