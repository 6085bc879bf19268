//! What text a field may hold (hostile input): every name, title, uid, skill or reason is one
//! line without control characters (C0, C1, DEL) or bidirectional overrides; a long text
//! (letter, message, description) keeps newlines and tabs only. Each field has a maximum length
//! in characters. The command line (every flag and argument, by its name) and import (every
//! field, by its column) go through [`check`]. A cover letter's and an answer's ceiling here is
//! 10,000: R12's own limit (5,000 characters, exit 4) applies before that.

use crate::error::{Error, Result};

/// The shape of a field's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One line: no control characters at all.
    Line,
    /// Paragraphs: newlines and tabs, no other control characters.
    Text,
}

/// The rule for a field: its shape and its maximum length in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub shape: Shape,
    pub max_chars: usize,
}

const fn line(max_chars: usize) -> Limit {
    Limit {
        shape: Shape::Line,
        max_chars,
    }
}

const fn text(max_chars: usize) -> Limit {
    Limit {
        shape: Shape::Text,
        max_chars,
    }
}

/// Every text field, by its column in the store or its flag on the command line (with `_`
/// for `-`). A reference to another record (`--job`, `--client`, …) is a name-sized line.
pub const FIELDS: &[(&str, Limit)] = &[
    ("name", line(200)),
    ("author", line(200)),
    ("from", line(200)),
    ("as_member", line(200)),
    ("submitted_by", line(200)),
    ("member", line(200)),
    ("country", line(100)),
    ("uid", line(100)),
    ("id", line(300)),
    ("key", line(100)),
    ("entity", line(100)),
    ("action", line(100)),
    ("attachment", line(300)),
    ("remove_attachment", line(300)),
    ("skill", line(100)),
    ("skills", line(100)),
    ("title", line(300)),
    ("job", line(300)),
    ("client", line(300)),
    ("profile", line(300)),
    ("agency", line(300)),
    ("invite", line(300)),
    ("invites", line(300)),
    ("proposal", line(300)),
    ("proposals", line(300)),
    ("offer", line(300)),
    ("contract", line(300)),
    ("project", line(300)),
    ("reason", line(300)),
    ("close_reason", line(300)),
    ("decline_reason", line(300)),
    ("status_reason", line(300)),
    ("accepted_by", line(200)),
    ("role", line(100)),
    ("agency_role", line(100)),
    ("duration", line(100)),
    ("milestones", line(500)),
    ("value", line(1_000)),
    ("end_reason", line(300)),
    ("refer", line(500)),
    ("referral", line(500)),
    ("question", line(500)),
    ("questions", line(500)),
    ("feedback", line(1_000)),
    ("recent_feedback", line(1_000)),
    ("cover_letter", text(10_000)),
    ("answer", text(10_000)),
    ("answers", text(10_000)),
    ("status_message", text(5_000)),
    ("decline_message", text(5_000)),
    ("message", text(10_000)),
    ("body", text(10_000)),
    ("text", text(10_000)),
    ("description", text(10_000)),
    // An event's details: every string inside the JSON object.
    ("details", text(10_000)),
];

/// The rule for a field, if it is a text field.
pub fn limit(field: &str) -> Option<Limit> {
    FIELDS.iter().find(|(f, _)| *f == field).map(|(_, l)| *l)
}

fn control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks `value` of `field` (named `shown` in the message: `--title`, `record 3's title`).
/// Refusals are usage errors (exit 2) naming the field.
pub fn check(shown: &str, field: &str, value: &str) -> Result<()> {
    let Some(rule) = limit(field) else {
        return Ok(());
    };
    if let Some(c) = value
        .chars()
        .find(|c| control(*c) && !(rule.shape == Shape::Text && matches!(c, '\n' | '\t' | '\r')))
    {
        let allowed = match rule.shape {
            Shape::Line => "it is one line of text without control characters",
            Shape::Text => "it may hold newlines and tabs but no other control characters",
        };
        return Err(Error::usage(format!(
            "{shown} holds the control character U+{:04X}; {allowed}",
            c as u32
        ))
        .detail("field", shown.to_string()));
    }
    let n = value.chars().count();
    if n > rule.max_chars {
        return Err(Error::usage(format!(
            "{shown} has {n} characters; at most {} are allowed",
            rule.max_chars
        ))
        .detail("field", shown.to_string()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_refuse_controls_texts_keep_newlines() {
        assert!(check("--name", "name", "Acme Corp").is_ok());
        for bad in [
            "Evil\u{1b}[31m",
            "a\u{7}",
            "x\u{202e}y",
            "new\nline",
            "c1\u{9b}",
            "del\u{7f}",
        ] {
            let e = check("--name", "name", bad).unwrap_err();
            assert_eq!(e.exit_code(), 2);
            assert!(e.message.contains("--name"), "{}", e.message);
        }
        assert!(check("--message", "message", "Hi,\n\tthanks.").is_ok());
        assert!(check("--message", "message", "Hi \u{1b}]52;c;aGk=\u{7}").is_err());
    }

    #[test]
    fn lengths_are_bounded() {
        assert!(check("--name", "name", &"a".repeat(200)).is_ok());
        let e = check("--name", "name", &"a".repeat(100_000)).unwrap_err();
        assert!(
            e.message.contains("100000 characters; at most 200"),
            "{}",
            e.message
        );
        assert!(check("--title", "title", &"é".repeat(300)).is_ok());
        assert!(check("--cover-letter", "cover_letter", &"a".repeat(10_001)).is_err());
        // Fields with no rule (paths) are not limited here.
        assert!(check("PATH", "path", &"\u{1b}".repeat(10)).is_ok());
    }
}
