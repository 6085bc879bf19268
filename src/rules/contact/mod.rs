//! R30: contact information is not allowed before a contract; R32: offers of extra rewards
//! are flagged. One detector serves cover letters, answers, attachment names, messages, decline
//! and withdraw messages, and `lancer policy check`.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::slug_enum;

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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Finding {
    pub kind: FindingKind,
    pub text: String,
}

impl Finding {
    pub fn describe(&self) -> String {
        format!("{} '{}'", self.kind, self.text)
    }
}

const TLDS: &str = "com|net|org|io|co|dev|me|info|biz|us|uk|de|fr|es|it|nl|ca|au|in|ru|br|mx|pl|app|ai|xyz|eu|ch|se|no|fi|dk|pt|gr|tr|jp|cn|kr|ua|ro|cz|hu|ie|nz|za|sg|hk|ph|pk|ng|ke|eg|ar|cl|pe|ve";

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}").unwrap()
});

/// `name at domain dot com`, `name (at) domain (dot) com`, `name[at]domain[dot]com`, …
static EMAIL_SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    let at = r"(?:\s*[\(\[\{<]\s*(?:at|@)\s*[\)\]\}>]\s*|\s+at\s+|\s*@\s+|\s+@\s*)";
    let dot = r"(?:\s*[\(\[\{<]\s*(?:dot|\.)\s*[\)\]\}>]\s*|\s+dot\s+|\s*\.\s+|\s+\.\s*)";
    Regex::new(&format!(
        r"(?i)\b[a-z0-9][a-z0-9._%+\-]*{at}[a-z0-9\-]+(?:(?:{dot}|\.)[a-z0-9\-]+)*(?:{dot}|\.)(?:{TLDS})\b"
    ))
    .unwrap()
});

/// Digit runs with separators, for phone numbers; checked further in code.
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\+\s*)?\(?\d(?:[\s().\-/]{0,3}\d){6,}").unwrap());

/// Messaging apps and social networks followed by a handle.
static HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:skype|telegram|tg|whats\s?app|wechat|weixin|discord|signal|viber|kik|snapchat|instagram|insta|ig|facebook|fb|twitter|line|threema|zoom|google\s+meet|gmail|hangouts|icq)\b(?:\s+(?:id|handle|name|username|user|number|no\.?|account|acc))?\s*(?:(?:is|:|=|-|at|on|@|me|me\s+at|me\s+on)\s*)+@?([a-z0-9][a-z0-9._\-#]{2,}|\+?\d[\d\s\-]{5,}\d)",
    )
    .unwrap()
});

static SKYPE_LIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\blive:[a-z0-9._\-]{3,}").unwrap());

/// "@handle" right after words asking to be contacted elsewhere.
static AT_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:dm|message|ping|text|add|find|contact|reach|follow|write)\s+(?:me\s+)?(?:on\s+\w+\s+)?(?:at\s+)?@[a-z0-9_.]{3,}").unwrap()
});

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|linkedin\.com/in|discord\.gg|discord\.com/invite|discordapp\.com/users|join\.skype\.com|skype:|[a-z0-9\-]+\.slack\.com|join\.slack\.com|slack\.com/join|signal\.me|calendly\.com|m\.me|facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|wechat\.com|u\.wechat\.com|zoom\.us/j|meet\.google\.com)/?[^\s,;)]*",
    )
    .unwrap()
});

/// Words that mark a number as something other than a phone number.
static NOT_PHONE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:#|\$|€|£|usd|eur|order|ticket|invoice|id|ref|reference|no\.|number|job|contract|po|case|issue|pr|build|version|v|iban|account|isbn|sku|zip|postcode|tx)\s*[:#]?\s*$").unwrap()
});

static PHONE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:phone|cell|mobile|call|text|sms|whats\s?app|viber|signal|dial|tel)\b")
        .unwrap()
});

static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s*[-–to]+\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))?$").unwrap()
});

static MONEY_GROUPED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$").unwrap());

/// R32: offers beyond the contracted work to win it.
static EXTRA_REWARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:free\s+(?:of\s+charge|work|hours?|trial|sample|revisions?|extra|bonus|months?|weeks?|days?|logo|website|page|design|support|maintenance|consultation)|for\s+free|at\s+no\s+(?:extra\s+)?(?:cost|charge)|no\s+charge|gift(?:\s+card)?s?|bonus(?:es)?|complimentary|discount(?:ed)?\s+(?:if|when|once|for)|\d{1,2}\s?%\s+off|(?:extra|additional)\s+\w+\s+(?:for\s+free|free)|kickback|cash\s*back|commission\s+to\s+you)\b",
    )
    .unwrap()
});

/// R30: every piece of contact information in `text`, in order of appearance.
pub fn find_contact_info(text: &str) -> Vec<Finding> {
    let mut found: Vec<(usize, usize, Finding)> = Vec::new();
    let mut push = |start: usize, end: usize, kind: FindingKind| {
        if found.iter().any(|(s, e, _)| start < *e && end > *s) {
            return;
        }
        found.push((
            start,
            end,
            Finding {
                kind,
                text: text[start..end].trim().to_string(),
            },
        ));
    };
    for m in LINK.find_iter(text) {
        push(m.start(), m.end(), FindingKind::Link);
    }
    for m in EMAIL.find_iter(text) {
        push(m.start(), m.end(), FindingKind::Email);
    }
    for m in EMAIL_SPELLED.find_iter(text) {
        push(m.start(), m.end(), FindingKind::Email);
    }
    for m in SKYPE_LIVE.find_iter(text) {
        push(m.start(), m.end(), FindingKind::Handle);
    }
    for caps in HANDLE.captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let handle = caps.get(1).expect("group").as_str();
        if is_plain_word(handle) {
            continue;
        }
        push(whole.start(), whole.end(), FindingKind::Handle);
    }
    for m in AT_HANDLE.find_iter(text) {
        push(m.start(), m.end(), FindingKind::Handle);
    }
    for m in PHONE.find_iter(text) {
        if looks_like_phone(text, m.start(), m.end()) {
            push(m.start(), m.end(), FindingKind::Phone);
        }
    }
    found.sort_by_key(|(s, _, _)| *s);
    found.into_iter().map(|(_, _, f)| f).collect()
}

/// Words that follow an app's name in ordinary sentences ("I use Slack and Discord for chat").
fn is_plain_word(handle: &str) -> bool {
    const COMMON: &[&str] = &[
        "for",
        "and",
        "the",
        "with",
        "calls",
        "call",
        "chat",
        "chats",
        "meetings",
        "meeting",
        "messages",
        "integration",
        "integrations",
        "bot",
        "bots",
        "api",
        "apis",
        "app",
        "apps",
        "ads",
        "groups",
        "channel",
        "channels",
        "server",
        "servers",
        "community",
        "communities",
        "marketing",
        "campaigns",
        "here",
        "there",
        "this",
        "that",
        "only",
        "platform",
        "messenger",
        "web",
        "desktop",
        "mobile",
        "clone",
        "style",
        "theme",
        "login",
        "sdk",
        "webhooks",
        "webhook",
        "pages",
        "page",
        "store",
        "shop",
        "shops",
        "feed",
        "posts",
        "stories",
        "reels",
        "before",
        "after",
        "then",
        "later",
        "yet",
        "too",
        "also",
        "please",
        "thanks",
        "like",
        "not",
        "nor",
        "but",
        "are",
        "was",
        "were",
    ];
    let lower = handle.to_ascii_lowercase();
    handle.chars().all(|c| c.is_ascii_alphabetic()) && COMMON.contains(&lower.as_str())
}

fn looks_like_phone(text: &str, start: usize, end: usize) -> bool {
    let candidate = text[start..end].trim();
    let digits = candidate.chars().filter(char::is_ascii_digit).count();
    if !(7..=15).contains(&digits) {
        return false;
    }
    let before = &text[..start];
    let after = &text[end..];
    // Part of a longer token (a hash, an id with letters, a decimal): not a phone number.
    if before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == ',')
        || after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        || (after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    // "my phone number 4155550134": words about phones outweigh "number" as an id marker.
    let context_start = before.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    if PHONE_CONTEXT.is_match(&before[context_start..]) {
        return true;
    }
    if NOT_PHONE_BEFORE.is_match(before) {
        return false;
    }
    let after_lower = after.trim_start().to_ascii_lowercase();
    if [
        "usd",
        "eur",
        "dollars",
        "euros",
        "cents",
        "%",
        "hours",
        "hrs",
        "words",
        "users",
        "rows",
        "records",
        "downloads",
        "views",
        "lines",
        "km",
        "kb",
        "mb",
        "gb",
    ]
    .iter()
    .any(|w| after_lower.starts_with(w))
    {
        return false;
    }
    if DATE_LIKE.is_match(candidate) || MONEY_GROUPED.is_match(candidate) {
        return false;
    }
    // Ranges of years or plain numbers with spaces around a dash: "2019 - 2023".
    let parts: Vec<&str> = candidate
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() == 2
        && parts
            .iter()
            .all(|p| p.len() == 4 && (p.starts_with("19") || p.starts_with("20")))
    {
        return false;
    }
    // A + country code, or separators typical of phone numbers, or a long bare run.
    candidate.starts_with('+')
        || candidate.contains(['(', ' ', '-', '.'])
        || digits >= 9
        || (digits >= 7 && !candidate.contains(['/']))
}

/// R32: phrases offering the client something beyond the contracted work.
pub fn find_extra_rewards(text: &str) -> Vec<Finding> {
    EXTRA_REWARD
        .find_iter(text)
        .map(|m| Finding {
            kind: FindingKind::ExtraReward,
            text: m.as_str().to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<FindingKind> {
        find_contact_info(text)
            .into_iter()
            .map(|f| f.kind)
            .collect()
    }

    #[test]
    fn finds_plain_and_spelled_out_emails() {
        assert_eq!(
            kinds("write to dana.reyes@example.com please"),
            [FindingKind::Email]
        );
        assert_eq!(kinds("dana at example dot com"), [FindingKind::Email]);
        assert_eq!(kinds("dana (at) example (dot) com"), [FindingKind::Email]);
        assert_eq!(kinds("dana[at]example[dot]io"), [FindingKind::Email]);
    }

    #[test]
    fn finds_phones_but_not_money_dates_or_ids() {
        assert_eq!(kinds("call +1 415 555 0134"), [FindingKind::Phone]);
        assert_eq!(kinds("my number is (415) 555-0134"), [FindingKind::Phone]);
        assert_eq!(kinds("5 5 5 1 2 3 4 5 6 7"), [FindingKind::Phone]);
        assert!(kinds("the budget is $12,500.00 for 2024-05-01 to 2024-06-30").is_empty());
        assert!(kinds("see ticket #48213377 and order 99812344").is_empty());
        assert!(kinds("I have 12 years of experience and 1500 hours logged").is_empty());
        assert!(kinds("worked there 2019 - 2023").is_empty());
    }

    #[test]
    fn finds_handles_and_links() {
        assert_eq!(kinds("my skype is dana.reyes88"), [FindingKind::Handle]);
        assert_eq!(kinds("add me: live:dana_reyes"), [FindingKind::Handle]);
        assert_eq!(kinds("telegram @danar"), [FindingKind::Handle]);
        assert_eq!(kinds("see t.me/danar"), [FindingKind::Link]);
        assert_eq!(
            kinds("https://www.linkedin.com/in/dana-reyes"),
            [FindingKind::Link]
        );
        assert!(kinds("I build Telegram bots and Discord integrations").is_empty());
        assert!(kinds("We can talk on Skype for the interview?").is_empty());
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
