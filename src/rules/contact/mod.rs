//! R30: contact information is not allowed before a contract; R32: offers of extra rewards
//! are flagged. One detector serves cover letters, answers, attachment names, messages, decline
//! and withdraw messages, `lancer policy check` and `db check`.
//!
//! How it works: the text is first rewritten into plain views (look-alike characters folded,
//! invisible ones dropped, `at`/`arroba`/`Punkt` to `@` and `.`, number words to digits), so
//! one rule covers each form. Candidates come from libraries made for the job: URLs and
//! addresses from `linkify`, phone numbers checked against libphonenumber's metadata (the
//! `phonenumber` crate), handles from the words around an app's name or an `@`. Each
//! candidate starts with a confidence from its own shape; words around it (`call me`, `my
//! skype`, or `invoice`, `SKU`, `rows`) raise or lower it. A finding at or above
//! [`REFUSE_AT`] refuses the text; one at or above [`WARN_AT`] is a warning that never blocks.

mod detect;
mod view;
mod words;

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::slug_enum;

pub use detect::scan;

/// A finding this confident refuses the text (exit 4).
pub const REFUSE_AT: f64 = 0.7;
/// A finding this confident, but below [`REFUSE_AT`], is a warning that never blocks.
pub const WARN_AT: f64 = 0.4;

slug_enum! {
    /// What kind of contact information a finding is.
    pub enum FindingKind {
        Email => "email",
        Phone => "phone",
        Handle => "handle",
        Link => "link",
        ExtraReward => "extra-reward",
    }
}

/// One piece of contact information (or, for R32, an extra reward) found in a text.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Finding {
    pub kind: FindingKind,
    /// The text as written, `start..end` of the checked text.
    pub text: String,
    /// Byte offset where the finding starts in the checked text.
    pub start: usize,
    /// Byte offset just past the finding's end.
    pub end: usize,
    /// From 0 to 1: at 0.7 and above the text is refused; from 0.4 a warning.
    pub confidence: f64,
    /// Why the finding was raised and what moved its confidence, in order.
    pub reasons: Vec<String>,
}

impl Finding {
    pub fn describe(&self) -> String {
        format!("{} '{}'", self.kind, self.text)
    }

    /// Whether this finding refuses the text (R30) rather than only warning.
    pub fn refuses(&self) -> bool {
        self.kind != FindingKind::ExtraReward && self.confidence >= REFUSE_AT
    }
}

/// What the check found in one text: findings that refuse it and warnings that do not.
#[derive(Clone, Debug, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Check {
    pub findings: Vec<Finding>,
    pub warnings: Vec<Finding>,
}

/// R30 and R32 on one text: confident contact information in `findings`; uncertain contact
/// information and offers of extras in `warnings`.
///
/// The check is a pure function of the text, so each thread keeps the results of the last
/// texts it checked: `seed` and `import` check the same decline and message texts thousands
/// of times.
pub fn check(text: &str) -> Check {
    if text.len() > MEMO_TEXT_BYTES {
        return check_uncached(text);
    }
    MEMO.with_borrow_mut(|memo| {
        if let Some(found) = memo.get(text) {
            return found.clone();
        }
        let found = check_uncached(text);
        if memo.len() >= MEMO_TEXTS {
            memo.clear();
        }
        memo.insert(text.into(), found.clone());
        found
    })
}

/// Texts longer than this are checked every time.
const MEMO_TEXT_BYTES: usize = 4096;
/// The memo is emptied when it holds this many texts, which bounds it to a few MiB.
const MEMO_TEXTS: usize = 1024;

thread_local! {
    static MEMO: std::cell::RefCell<std::collections::HashMap<Box<str>, Check>> =
        std::cell::RefCell::default();
}

fn check_uncached(text: &str) -> Check {
    let mut out = Check::default();
    for f in scan(text) {
        if f.refuses() {
            out.findings.push(f);
        } else {
            out.warnings.push(f);
        }
    }
    out.warnings.extend(find_extra_rewards(text));
    out.warnings.sort_by_key(|f| f.start);
    out
}

/// R30: every piece of contact information in `text` that refuses it, in order of appearance.
pub fn find_contact_info(text: &str) -> Vec<Finding> {
    scan(text).into_iter().filter(Finding::refuses).collect()
}

/// R32: offers beyond the contracted work to win it.
static EXTRA_REWARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:free\s+(?:of\s+charge|work|hours?|trial|sample|revisions?|extra|bonus|months?|weeks?|days?|logo|website|page|design|support|maintenance|consultation)|for\s+free|at\s+no\s+(?:extra\s+)?(?:cost|charge)|no\s+charge|gift(?:\s+card)?s?|bonus(?:es)?|complimentary|discount(?:ed)?\s+(?:if|when|once|for)|\d{1,2}\s?%\s+off|(?:extra|additional)\s+\w+\s+(?:for\s+free|free)|kickback|cash\s*back|commission\s+to\s+you)\b",
    )
    .unwrap()
});

/// R32: phrases offering the client something beyond the contracted work.
pub fn find_extra_rewards(text: &str) -> Vec<Finding> {
    EXTRA_REWARD
        .find_iter(text)
        .map(|m| Finding {
            kind: FindingKind::ExtraReward,
            text: m.as_str().to_string(),
            start: m.start(),
            end: m.end(),
            confidence: 1.0,
            reasons: vec![format!(
                "'{}' offers the client something beyond the contracted work (R32)",
                m.as_str()
            )],
        })
        .collect()
}

/// The error text for refused contact information: each finding with its kind.
pub fn refusal(what: &str, findings: &[Finding]) -> String {
    format!(
        "contact information is not allowed in {what} before a contract starts: {}",
        findings
            .iter()
            .map(Finding::describe)
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The line a person reads for a warning: an offer of extras, or possible contact details.
pub fn warning_line(w: &Finding) -> String {
    match w.kind {
        FindingKind::ExtraReward => format!(
            "warning: offering {} to win the job breaks the marketplace rules",
            w.text
        ),
        kind => format!(
            "warning: '{}' may be contact information ({kind}, confidence {:.2}); it was \
             allowed, but sharing contact details before a contract breaks the rules",
            w.text, w.confidence
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(FindingKind, String)> {
        find_contact_info(text)
            .into_iter()
            .map(|f| (f.kind, f.text))
            .collect()
    }

    fn one(kind: FindingKind, text: &str) -> Vec<(FindingKind, String)> {
        vec![(kind, text.to_string())]
    }

    /// The memo answers as the detector does, for a text seen before, after the memo was
    /// emptied, and for a text too long to keep.
    #[test]
    fn a_remembered_check_is_the_check() {
        let texts = [
            "write to ana at gmail dot com",
            "Thanks for the invite, it is not the right fit for me right now.",
            "a free logo with every order, call +1 415 555 0134",
        ];
        for text in texts {
            assert_eq!(check(text), check_uncached(text));
            assert_eq!(check(text), check_uncached(text), "from the memo");
        }
        for k in 0..MEMO_TEXTS + 3 {
            check(&format!("note {k}"));
        }
        for text in texts {
            assert_eq!(
                check(text),
                check_uncached(text),
                "after the memo was emptied"
            );
        }
        let long = format!("{} ana@example.com", "word ".repeat(MEMO_TEXT_BYTES));
        assert_eq!(check(&long), check_uncached(&long));
        assert!(!check(&long).findings.is_empty());
    }

    #[test]
    fn finds_plain_and_spelled_out_emails() {
        use FindingKind::Email;
        assert_eq!(
            found("write to dana.reyes@example.com please"),
            one(Email, "dana.reyes@example.com")
        );
        assert_eq!(
            found("dana at example dot com"),
            one(Email, "dana at example dot com")
        );
        assert_eq!(
            found("mail: dana (at) example (dot) com"),
            one(Email, "dana (at) example (dot) com")
        );
        assert_eq!(
            found("dana[at]example[dot]io"),
            one(Email, "dana[at]example[dot]io")
        );
        assert_eq!(found("ping dana.r at gmail"), one(Email, "dana.r at gmail"));
        assert_eq!(
            found("maria arroba gmail punto com"),
            one(Email, "maria arroba gmail punto com")
        );
        // A name ending in an article's letters ("ana": "a", "an") keeps them: the article
        // before a spelled-out '@' is a word of its own.
        assert_eq!(
            found("Escríbeme a ana arroba gmail punto com"),
            one(Email, "ana arroba gmail punto com")
        );
        assert_eq!(
            found("escribeme: juan arroba gmail.com"),
            one(Email, "juan arroba gmail.com")
        );
        assert_eq!(found("ana＠uol．com．br"), one(Email, "ana＠uol．com．br"));
        assert_eq!(
            found("dana\u{200B}@exa\u{200B}mple.com"),
            one(Email, "dana\u{200B}@exa\u{200B}mple.com")
        );
        assert!(found("I work at Yahoo on search and meet at noon.").is_empty());
    }

    #[test]
    fn an_address_in_a_file_name_ends_before_the_file_endings() {
        use FindingKind::Email;
        assert_eq!(
            found("see ana at gmail.com.pdf"),
            one(Email, "ana at gmail.com")
        );
        // Each dropped ending moves the end to the label before it, however the dots are
        // written: the dot word before a dropped ending is not part of the address.
        assert_eq!(
            found("ana at gmail dot com dot pdf dot zip"),
            one(Email, "ana at gmail dot com")
        );
        assert_eq!(
            found("ana at gmail.com.zip.mov"),
            one(Email, "ana at gmail.com")
        );
        // Backups, archives and logs too.
        assert_eq!(
            found("ana at gmail dot com dot txt dot bak"),
            one(Email, "ana at gmail dot com")
        );
        assert_eq!(
            found("ana at gmail.com.tar.gz"),
            one(Email, "ana at gmail.com")
        );
        assert_eq!(found("ana at gmail.com.7z"), one(Email, "ana at gmail.com"));
        assert_eq!(
            found("ana at gmail\u{a0}dot\u{a0}com\u{a0}dot\u{a0}pdf\u{a0}dot\u{a0}zip"),
            one(Email, "ana at gmail\u{a0}dot\u{a0}com")
        );
    }

    #[test]
    fn finds_addresses_told_in_steps() {
        use FindingKind::{Email, Phone};
        for (text, address) in [
            (
                "the first part is ana.beltran, then the at sign, then outlook.com",
                "ana.beltran, then the at sign, then outlook.com",
            ),
            (
                "Primero va valentina.rios, luego la arroba y después icloud.com",
                "valentina.rios, luego la arroba y después icloud.com",
            ),
            (
                "Zuerst max.hoffmann, dann das At-Zeichen, dann mailbox.org",
                "max.hoffmann, dann das At-Zeichen, dann mailbox.org",
            ),
            (
                "share it on rohan.k at the rate gmail dot com",
                "rohan.k at the rate gmail dot com",
            ),
            (
                "send to jake.p at gmail dot c o m",
                "jake.p at gmail dot c o m",
            ),
            ("anton.v~at~pm~dot~me", "anton.v~at~pm~dot~me"),
            ("olivia.g + @ + outlook.com", "olivia.g + @ + outlook.com"),
        ] {
            assert_eq!(found(text), one(Email, address), "{text}");
        }
        assert_eq!(
            found(
                "mon GSM : zéro quatre cent septante-deux, quarante-cinq, soixante, nonante-huit"
            ),
            one(
                Phone,
                "zéro quatre cent septante-deux, quarante-cinq, soixante, nonante-huit"
            )
        );
        assert_eq!(found("tap tel:+14155550111"), one(Phone, "+14155550111"));
        // A number told in steps is judged whole and reported piece by piece.
        let pieces = |texts: &[&str]| -> Vec<(FindingKind, String)> {
            texts.iter().map(|t| (Phone, t.to_string())).collect()
        };
        assert_eq!(
            found("El número empieza por 655, luego 123 y termina en 456"),
            pieces(&["655", "123", "456"])
        );
        assert_eq!(
            found("Die Nummer fängt mit 0160 an, danach kommt 98 76 54 3"),
            pieces(&["0160", "98 76 54 3"])
        );
        assert_eq!(
            found("Mi móvil empieza por 655, y luego sigue 98 76 54."),
            pieces(&["655", "98 76 54"])
        );
        assert_eq!(
            found("here it is in two bits: +44 20 7946, the second half is 0958"),
            pieces(&["+44 20 7946", "0958"])
        );
        assert!(found("We shipped 1200 units, then 3400 more and finally 5600").is_empty());
        assert!(found("Pedido n.º 2024-00458, enviado el 03/05/2024").is_empty());
        // The at sign talked about, not used.
        assert!(found("La arroba es un símbolo que usamos en los correos.").is_empty());
        assert!(found("Our company number is 09876543.").is_empty());
    }

    #[test]
    fn finds_phones_but_not_money_dates_or_ids() {
        use FindingKind::Phone;
        assert_eq!(found("call +1 415 555 0134"), one(Phone, "+1 415 555 0134"));
        assert_eq!(
            found("my number is (415) 555-0134"),
            one(Phone, "(415) 555-0134")
        );
        assert_eq!(
            found("text me: five five five, one two three, four five six seven"),
            one(Phone, "five five five, one two three, four five six seven")
        );
        assert_eq!(
            found("whatsapp +34 612 345 678"),
            one(Phone, "+34 612 345 678")
        );
        for quiet in [
            "the budget is $12,500.00 for 2024-05-01 to 2024-06-30",
            "see ticket #48213377 and order 99812344",
            "invoice INV-2024-00731 is attached",
            "ISBN 978-3-16-148410-0",
            "SKU 4006381333931 is out of stock",
            "the office is at 40.7128, -74.0060",
            "it failed at line 10432 of the log",
            "we import 1 250 000 rows a day",
            "unix time 1717171717",
            "I have 12 years of experience and 1500 hours logged",
            "worked there 2019 - 2023",
        ] {
            assert!(found(quiet).is_empty(), "{quiet}: {:?}", found(quiet));
        }
    }

    #[test]
    fn finds_handles_and_links() {
        use FindingKind::{Handle, Link};
        assert_eq!(
            found("my skype is dana.reyes88"),
            one(Handle, "dana.reyes88")
        );
        assert_eq!(
            found("add me: live:dana_reyes"),
            one(Handle, "live:dana_reyes")
        );
        assert_eq!(found("telegram @danar"), one(Handle, "@danar"));
        assert_eq!(
            found("I'm @dana_codes on Telegram"),
            one(Handle, "@dana_codes")
        );
        assert_eq!(found("see t.me/danar"), one(Link, "t.me/danar"));
        assert_eq!(
            found("https://www.linkedin.com/in/dana-reyes"),
            one(Link, "https://www.linkedin.com/in/dana-reyes")
        );
        assert!(found("I build Telegram bots and Discord integrations").is_empty());
        assert!(found("We can talk on Skype for the interview?").is_empty());
        assert!(found("the repo github.com/acme/widgets has the fix").is_empty());
    }

    #[test]
    fn uncertain_findings_warn_and_do_not_refuse() {
        let c = check("ref 4155550134");
        assert!(c.findings.is_empty());
        let c = check("4155550134");
        assert!(c.findings.is_empty(), "{c:?}");
        assert_eq!(c.warnings.len(), 1);
        assert!(c.warnings[0].confidence >= WARN_AT && c.warnings[0].confidence < REFUSE_AT);
    }

    #[test]
    fn spans_are_byte_offsets_into_the_text() {
        let text = "Héllo — write ana＠uol．com please";
        for f in scan(text) {
            assert_eq!(&text[f.start..f.end], f.text);
        }
    }

    #[test]
    fn flags_extra_rewards() {
        assert_eq!(
            find_extra_rewards("I'll add a free logo if you hire me").len(),
            1
        );
        assert_eq!(find_extra_rewards("20% off the first milestone").len(), 1);
        assert!(find_extra_rewards("I can start Monday").is_empty());
    }
}
