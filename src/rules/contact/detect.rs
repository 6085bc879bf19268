//! The candidates of each kind and the confidence of each, with the reasons that moved it.

use std::sync::LazyLock;

use linkify::{LinkFinder, LinkKind};
use phonenumber::country::Id;
use regex::Regex;

use super::view::View;
use super::words::{self, NOT_HANDLES};
use super::{Finding, FindingKind, WARN_AT};

/// Every contact finding in `text` at or above [`WARN_AT`], in order of appearance.
pub fn scan(text: &str) -> Vec<Finding> {
    let mut s = Scan {
        text,
        found: Vec::new(),
    };
    let sig = Signals::of(text);
    let mail = if sig.rewrites {
        mail_view(text)
    } else {
        View::build(text, None, |_| None)
    };
    if sig.mail {
        emails(&mut s, &mail);
    }
    links(&mut s, &mail, &sig);
    if sig.spelled_punctuation {
        handles(&mut s, &handle_view(text), &sig);
    } else {
        handles(&mut s, &mail, &sig);
    }
    if sig.digits >= 7 {
        let digits = digit_view(text);
        phones(&mut s, &digits);
    }
    s.found.sort_by_key(|f| f.start);
    s.found
}

/// What a text could hold, from one cheap pass over its words: the detectors (and their
/// patterns, compiled on first use) run only where they can find something. Most texts
/// (thank-you notes, letters without numbers) skip most of them.
struct Signals {
    /// An `@` look-alike, a `#`, or an "at" word near a dot word, a mail provider or a dotted
    /// token: an address may be there.
    mail: bool,
    /// Digits, other scripts' digits and number words: a phone number needs 7.
    digits: usize,
    /// A messaging app's name, a handle label, `live:`, `u/`: a handle may be there.
    apps: bool,
    at_sign: bool,
    hash: bool,
    /// A scheme (`tg://`, `tel:`) or a spelled-out slash: an app link may be there.
    app_link: bool,
    spelled_link: bool,
    /// Letters spaced out one by one, `_at_`, `[.]`, `hxxp`: the mail view has work to do.
    rewrites: bool,
    /// "underscore", "dash" said in words: a handle may be spelled out.
    spelled_punctuation: bool,
}

const AT_TOKENS: &[&str] = &[
    "at",
    "arroba",
    "arobase",
    "arrobase",
    "arobas",
    "chez",
    "bei",
    "ät",
    "a",
    "no",
    "klammeraffe",
    "klammeraffen",
    "affenschwanz",
];
const DOT_TOKENS: &[&str] = &["dot", "punto", "ponto", "point", "punkt", "pkt"];
const LABEL_TOKENS: &[&str] = &[
    "username",
    "handle",
    "id",
    "nick",
    "nickname",
    "pseudo",
    "usuario",
    "usuário",
    "benutzername",
    "nutzername",
    "user",
    "name",
    "nome",
    "nombre",
    "nom",
    "address",
    "adresse",
    "dirección",
    "endereço",
    "tag",
];

impl Signals {
    fn of(text: &str) -> Signals {
        let lower = text.to_lowercase();
        let at_sign = lower.contains(['@', '＠', '﹫']);
        let hash = lower.contains('#');
        let mut digits = 0;
        let (mut at_word, mut dot_word, mut dotted, mut provider, mut apps) =
            (false, false, false, false, false);
        let (mut label, mut possessive) = (false, false);
        for c in lower.chars() {
            if c.is_numeric() {
                digits += 1;
            }
        }
        let (mut singles, mut most_singles) = (0, 0);
        for token in
            lower.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '_' || c == '-'))
        {
            if token.is_empty() {
                continue;
            }
            singles = if token.chars().count() == 1 {
                singles + 1
            } else {
                0
            };
            most_singles = most_singles.max(singles);
            let word = token.trim_matches(|c: char| !c.is_alphanumeric());
            if token.contains('.') && word.contains('.') {
                dotted = true;
            }
            for part in word.split(['.', '-', '_']) {
                if part.is_empty() || part.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    continue;
                }
                let Some(&(flags, n)) = TOKENS.get(part) else {
                    if part.len() > 6 {
                        digits += words::digits_in_word(part); // "veintidós", "sechsundfünfzig"
                    }
                    continue;
                };
                digits += usize::from(n);
                at_word |= flags & AT != 0;
                dot_word |= flags & DOT != 0;
                provider |= flags & MAILBOX != 0;
                apps |= flags & APPNAME != 0;
                label |= flags & LABELWORD != 0;
                possessive |= flags & POSSESSIVE != 0;
            }
        }
        dotted |= ["[.]", "(.)", "{.}", "．"]
            .iter()
            .any(|d| lower.contains(d));
        let mail = at_sign || hash || (at_word && (dot_word || dotted || provider));
        let rewrites = most_singles >= 4
            || (most_singles >= 2 && (dot_word || dotted))
            || [
                "_at_",
                "-at-",
                "~at~",
                "_dot_",
                "-dot-",
                "~dot~",
                "[.]",
                "(.)",
                "hxxp",
                "+ @",
                "@@",
                "ends with @",
                "g mail",
                "hot mail",
                "out look",
                "ya hoo",
                "i cloud",
                "proton mail",
            ]
            .iter()
            .any(|p| lower.contains(p))
            || (at_sign
                && [
                    "then", "luego", "después", "despues", "depois", "ensuite", "puis", "dann",
                ]
                .iter()
                .any(|p| lower.contains(p)))
            || (at_word
                && [
                    "sign",
                    "symbol",
                    "zeichen",
                    "the rate",
                    "arroba",
                    "arobas",
                    "arrobase",
                    "klammeraffe",
                    "affenschwanz",
                ]
                .iter()
                .any(|p| lower.contains(p)));
        let spelled_punctuation = [
            "underscore",
            "unterstrich",
            "guion",
            "guión",
            "sublinhado",
            "underline",
            "tiret",
            "hyphen",
            "dash",
            "bindestrich",
        ]
        .iter()
        .any(|w| lower.contains(w))
            || (dot_word && apps)
            || (apps && (lower.contains("(at)") || lower.contains("[at]")));
        Signals {
            spelled_punctuation,
            rewrites,
            mail,
            digits,
            apps: apps
                || provider
                || lower.contains("go by")
                || lower.contains("known as")
                || (label && possessive)
                || lower.contains("live:")
                || lower.contains("u/"),
            at_sign,
            hash,
            app_link: lower.contains(':'),
            spelled_link: lower.contains("slash")
                || (lower.contains('/') && (dot_word || lower.contains(". "))),
        }
    }
}

const AT: u8 = 1;
const DOT: u8 = 2;
const MAILBOX: u8 = 4;
const APPNAME: u8 = 8;
const LABELWORD: u8 = 16;
const POSSESSIVE: u8 = 32;

/// Every word the quick look cares about: its kinds, and how many digits it stands for.
static TOKENS: LazyLock<std::collections::HashMap<&'static str, (u8, u8)>> = LazyLock::new(|| {
    let mut map: std::collections::HashMap<&'static str, (u8, u8)> =
        std::collections::HashMap::new();
    let mut add = |words: &[&'static str], flag: u8| {
        for w in words {
            map.entry(w).or_default().0 |= flag;
        }
    };
    add(AT_TOKENS, AT);
    add(DOT_TOKENS, DOT);
    add(
        &words::MAIL_PROVIDERS.split('|').collect::<Vec<_>>(),
        MAILBOX,
    );
    add(APP_TOKENS, APPNAME);
    add(LABEL_TOKENS, LABELWORD);
    add(POSSESSIVES, POSSESSIVE);
    for w in words::number_phrase_words() {
        map.entry(w).or_default().1 = u8::try_from(words::digits_in_word(w)).unwrap_or(2);
    }
    map
});

/// The words of [`words::APPS`], for the quick look before the pattern runs.
const APP_TOKENS: &[&str] = &[
    "skype",
    "telegram",
    "tg",
    "whatsapp",
    "whats",
    "whatsap",
    "wa",
    "zap",
    "wpp",
    "wechat",
    "weixin",
    "discord",
    "signal",
    "viber",
    "kik",
    "snapchat",
    "snap",
    "instagram",
    "insta",
    "ig",
    "facebook",
    "fb",
    "messenger",
    "twitter",
    "tiktok",
    "line",
    "threema",
    "icq",
    "zalo",
    "qq",
    "kakao",
    "kakaotalk",
    "keybase",
    "reddit",
    "slack",
    "teams",
    "hangouts",
    "google",
    "element",
    "matrix",
    "session",
    "imo",
    "bluesky",
    "mastodon",
    "linkedin",
    "threads",
    "pinterest",
    "behance",
    "dribbble",
    "twitch",
    "tumblr",
    "vk",
    "tele",
    "telega",
    "xing",
    "x",
    "sc",
];

const POSSESSIVES: &[&str] = &[
    "my", "mi", "mis", "meu", "minha", "mon", "ma", "mein", "meine", "our", "nuestro", "nosso",
];

struct Scan<'a> {
    text: &'a str,
    found: Vec<Finding>,
}

/// A candidate on its way to a finding: its confidence and the reasons behind it.
struct Candidate {
    kind: FindingKind,
    start: usize,
    end: usize,
    score: f64,
    reasons: Vec<String>,
}

impl Candidate {
    fn new(kind: FindingKind, (start, end): (usize, usize), score: f64, why: String) -> Self {
        Candidate {
            kind,
            start,
            end,
            score,
            reasons: vec![format!("{why} ({score:.2})")],
        }
    }

    fn adjust(&mut self, by: f64, why: impl Into<String>) {
        self.score += by;
        self.reasons.push(format!("{} ({by:+.2})", why.into()));
    }
}

impl Scan<'_> {
    /// Keeps a candidate confident enough to report; of two that overlap, the more confident.
    fn offer(&mut self, c: Candidate) {
        let confidence = (c.score.clamp(0.0, 1.0) * 100.0).round() / 100.0;
        if confidence < WARN_AT {
            return;
        }
        let (start, end) = trim(self.text, c.start, c.end);
        if start >= end {
            return;
        }
        // A candidate inside a link or an address is part of it ("wa.me/+3461…").
        if self.found.iter().any(|f| {
            f.start <= start
                && end <= f.end
                && f.end - f.start > end - start
                && f.kind != c.kind
                && f.confidence >= super::REFUSE_AT
                && matches!(f.kind, FindingKind::Link | FindingKind::Email)
        }) {
            return;
        }
        if let Some(i) = self
            .found
            .iter()
            .position(|f| start < f.end && end > f.start)
        {
            if self.found[i].confidence >= confidence {
                return;
            }
            self.found.remove(i);
        }
        self.found.push(Finding {
            kind: c.kind,
            text: self.text[start..end].to_string(),
            start,
            end,
            confidence,
            reasons: c.reasons,
        });
    }
}

/// `start..end` without surrounding spaces and trailing sentence punctuation.
fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    start += lead;
    loop {
        let s = &text[start..end];
        let Some(c) = s.chars().next_back() else {
            break;
        };
        let drop = c.is_whitespace()
            || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '…')
            || (c == ')' && !s.contains('('))
            || (c == ']' && !s.contains('['));
        if !drop {
            break;
        }
        end -= c.len_utf8();
    }
    (start, end)
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("contact pattern")
}

/// The sentence text before `at` (at most `max` bytes), on a character boundary.
fn before(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    match window.rfind(['\n', '!', '?']) {
        Some(i) => &window[i + 1..],
        None => window,
    }
}

/// The text before `at` (at most `max` bytes) across sentence ends: for names of apps, which
/// often close a question ("hop on discord?? i'm …").
fn before_raw(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// The sentence text after `at` (at most `max` bytes), on a character boundary.
fn after(text: &str, at: usize, max: usize) -> &str {
    let mut to = (at + max).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[at..to];
    match window.find(['\n', '!', '?']) {
        Some(i) => &window[..i],
        None => window,
    }
}

static CONTACT_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b(?:{})\b", words::CONTACT_WORDS)));

/// The nearest contact word in `window`, if any.
fn contact_word(window: &str) -> Option<&str> {
    CONTACT_WORD.find_iter(window).last().map(|m| m.as_str())
}

// ---------------------------------------------------------------- emails

/// Characters spaced out one by one around an `@` ("k e n j i @ g m a i l . c o m").
static SPACED_OUT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<pre>^|\s)(?P<run>(?:[\p{{L}}\p{{N}}.@_\-] ){{4,}}[\p{{L}}\p{{N}}.@_\-])(?:$|\s|[,;!?)])|(?i)(?P<at>[-_~]at[-_~]|{AT_PHRASE})|(?P<dot>[-_~]dot[-_~]|\[\.\]|\(\.\))|\b(?P<http>hxxp)|(?P<tlddot>\s+(?:dot|punto|ponto|point|punkt)\s+|\.\s*)(?P<tld>[a-z](?:\s[a-z]){{1,3}})\b|\b(?P<provider>g\s+mail|hot\s+mail|out\s+look|proton\s+mail|ya\s+hoo|i\s+cloud)\b|(?P<doubled>@@+|(?P<ddl>\w)\.\.(?P<ddr>\w))",
    ))
});

/// Words that say "then comes the at sign" between the two halves of an address, in five
/// languages: "ana.beltran, then the at sign, then outlook.com", "luego la arroba y después",
/// "dann das At-Zeichen, dann", "at the rate", "+ @ +", "… and ends with @host".
const AT_PHRASE: &str = r"\s*,?\s*(?:(?:(?:and|y|e|et|und)\s+)?(?:then|next|after\s+that|followed\s+by|luego|después|despues|depois|ensuite|puis|dann|danach)\s*,?\s+)?(?:\b(?:the|an?|la|el|a|o|le|das|ein|un)\s+|\bl['’])?(?:at[\s-]sign|at[\s-]symbol|at[\s-]zeichen|klammeraffen?|affenschwanz|arroba|arobase|arrobase|arobas)\b\s*,?\s*(?:(?:(?:and|y|e|et|und)\s+)?(?:then|next|after\s+that|followed\s+by|luego|después|despues|depois|ensuite|puis|dann|danach)\b\s*,?\s*)?|\s+at\s+the\s+rate(?:\s+of)?\s+|\s*\+\s*@\s*\+\s*|\s+(?:and\s+)?ends?\s+with\s+@|\s*,?\s*(?:(?:and|y|e|et|und)\s+)?(?:then|luego|después|despues|depois|ensuite|puis|dann|danach)\s*,?\s*@";

/// Punctuation of a handle said in words: "ghost dot writer underscore 7".
static HANDLE_RULES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?P<us>\s+(?:underscore|unterstrich|guion\s+bajo|guión\s+bajo|sublinhado|underline|tiret\s+bas)\s+)|(?P<dot>\s+(?:dot|punto|ponto|point|punkt)\s+|\s*[(\[](?:dot|punto|ponto|point|punkt)[)\]]\s*)|(?P<at>[(\[]at[)\]])|(?P<dash>\s+(?:dash|hyphen|guion|guión|hífen|tiret|bindestrich)\s+)",
    )
});

/// The text for handles: look-alikes folded and a handle's punctuation said in words joined up
/// ("grace underscore dev" reads "grace_dev").
fn handle_view(text: &str) -> View<'_> {
    View::build(text, Some(&HANDLE_RULES), |caps| {
        Some(
            if caps.name("us").is_some() {
                "_"
            } else if caps.name("at").is_some() {
                "@"
            } else if caps.name("dot").is_some() {
                "."
            } else {
                "-"
            }
            .to_string(),
        )
    })
}

/// The text with look-alikes folded and characters spaced out around an `@` joined up.
fn mail_view(text: &str) -> View<'_> {
    View::build(text, Some(&SPACED_OUT), |caps| {
        if caps.name("at").is_some() {
            return Some("@".into());
        }
        if caps.name("dot").is_some() {
            return Some(".".into());
        }
        if caps.name("http").is_some() {
            return Some("http".into());
        }
        if let Some(tld) = caps.name("tld") {
            let dot = caps.name("tlddot").map_or("", |m| m.as_str());
            return Some(format!("{dot}{}", tld.as_str().replace(' ', "")));
        }
        if let Some(p) = caps.name("provider") {
            return Some(p.as_str().split_whitespace().collect());
        }
        // "name@@gmail..com (remove the doubles)".
        if caps.name("doubled").is_some() {
            return Some(match (caps.name("ddl"), caps.name("ddr")) {
                (Some(l), Some(r)) => format!("{}.{}", l.as_str(), r.as_str()),
                _ => "@".into(),
            });
        }
        let whole = caps.get(0)?.as_str();
        let run = caps.name("run")?;
        // Keep what the match took after the run (a space or punctuation) as it was.
        let pre = caps.name("pre").map_or("", |m| m.as_str());
        let tail = &whole[run.end() - caps.get(0)?.start()..];
        Some(format!("{pre}{}{tail}", run.as_str().replace(' ', "")))
    })
}

const AT_WORDS: &str = r"\s*[\(\[\{<]\s*(?:at|@|arroba|arobase|arrobase|arobas|ät|a|chez|bei)\s*[\)\]\}>]\s*|\s+(?:at|arroba|arobase|arrobase|arobas|ät|chez|bei|no)\s+|\s+@\s+|@\s+|\s*[-_~]at[-_~]\s*|@|#";
const DOT_WORDS: &str = r"\s*[\(\[\{<]\s*(?:dot|punto|ponto|point|punkt|pkt|\.)\s*[\)\]\}>]\s*|\s+(?:dot|punto|ponto|point|punkt)\s+|\s*[-_~]dot[-_~]\s*|\s+\.\s*|\.";

/// An address with its `@` or dots written as words, bracketed or spaced, in five languages.
static SPELLED_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    let label = r"[\p{L}\p{N}][\p{L}\p{N}_+\-]*";
    re(&format!(
        r"(?i)(?P<local>{label}(?:(?:{DOT_WORDS}){label})*)(?P<at>{AT_WORDS})(?P<domain>{label}(?:(?:{DOT_WORDS}){label})*)"
    ))
});

static DOT_SPLIT: LazyLock<Regex> = LazyLock::new(|| re(&format!("(?i)(?:{DOT_WORDS})")));

static TLD: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^(?:{})$", words::TLDS)));

static PROVIDER: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)^(?:{})$", words::MAIL_PROVIDERS)));

/// Endings of file names that read like an address (`logo@2x.png`).
const FILE_ENDINGS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
    "zip", "rar", "txt", "csv", "json", "js", "ts", "css", "html", "md", "mp4", "mov", "mp3",
    "wav", "psd", "ai", "fig", "sketch", "exe", "dmg", "apk", "bak", "tar", "gz", "tgz", "7z",
    "log", "tmp", "xml", "yaml", "yml", "rtf", "odt", "heic", "bmp", "avi", "mkv", "webm",
];

static EMAIL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:e-?mail|mail|correo|courriel|e-?mail-adresse|mailadresse|endereço|adresse|dirección|write|escr[ií]beme|escreva|écri(?:s|vez)|schreib|reach|contact|ping|hit\s+me|drop\s+me|message)",
    )
});

fn is_plain_word(token: &str) -> bool {
    let lower = token.to_lowercase();
    NOT_HANDLES.contains(&lower.as_str())
}

fn emails(s: &mut Scan, v: &View) {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Email]);
    let mut plain: Vec<(usize, usize)> = Vec::new();
    for link in finder.links(&v.text) {
        let (start, end) = (link.start(), link.end());
        let address = link.as_str();
        let Some((local, domain)) = address.rsplit_once('@') else {
            continue;
        };
        if local.contains('/') || v.text[..start].ends_with('/') {
            continue; // "tiktok.com/@name": a profile link
        }
        if local == "git" && v.text[end..].starts_with(':') {
            plain.push((start, end));
            continue; // "git@github.com:acme/app.git": a repository, not a mailbox
        }
        let tld = domain.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        if tld.len() < 2
            || !tld.chars().all(|c| c.is_ascii_alphabetic())
            || (FILE_ENDINGS.contains(&tld.as_str()) && tld != "ai")
            || domain.split('.').next().is_some_and(|d| {
                d.ends_with('x') && d[..d.len() - 1].chars().all(|c| c.is_ascii_digit())
            })
        {
            continue;
        }
        let span = v.original_span(start, end);
        plain.push((start, end));
        if !v.rewritten(start, end) {
            s.offer(Candidate::new(
                FindingKind::Email,
                span,
                0.98,
                "an email address".into(),
            ));
            continue;
        }
        if !TLD.is_match(&tld) || is_plain_word(local) {
            continue;
        }
        s.offer(Candidate::new(
            FindingKind::Email,
            span,
            0.92,
            "an email address written with look-alike, invisible or spaced-out characters".into(),
        ));
    }
    // Spelled out: "dana at gmail dot com", "ana arroba uol punto com", "x (at) y [dot] de".
    let t = &v.text;
    let mut pos = 0;
    while let Some(caps) = SPELLED_ADDRESS.captures_at(t, pos) {
        let whole = caps.get(0).expect("match");
        let local = caps.name("local").expect("local");
        let domain = caps.name("domain").expect("domain");
        // On a miss, look again from the next word: "me at chris dot martin at fastmail".
        let next_word = t[local.start()..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '+' | '-')))
            .map_or(t.len(), |i| local.start() + i.max(1));
        pos = next_word;
        // Domains have no '_': "x@gmail.com_v3.docx" ends at "com".
        let domain_text = domain.as_str().split('_').next().unwrap_or("");
        // The labels between the dots, each with where it ends in `t`.
        let mut labels: Vec<&str> = Vec::new();
        let mut ends: Vec<usize> = Vec::new();
        let mut from = 0;
        for dot in DOT_SPLIT
            .find_iter(domain_text)
            .map(|d| (d.start(), d.end()))
            .chain([(domain_text.len(), domain_text.len())])
        {
            labels.push(&domain_text[from..dot.0]);
            ends.push(domain.start() + dot.0);
            from = dot.1;
        }
        // "jane@gmail.com.pdf", "x at libero.it.pdf.zip": an address inside a file name ends
        // at the first top-level domain or mail provider that only file endings follow.
        let ending = |l: &&&str| FILE_ENDINGS.contains(&l.to_lowercase().as_str());
        let endings = labels.iter().rev().take_while(ending).count();
        let first_ending = labels.len() - endings;
        if let Some(keep) = (first_ending.saturating_sub(1)..labels.len() - 1)
            .find(|&k| TLD.is_match(labels[k]) || PROVIDER.is_match(labels[k]))
        {
            labels.truncate(keep + 1);
            ends.truncate(keep + 1);
        }
        let domain_end = ends.last().copied().unwrap_or(domain.start());
        let last = labels.last().copied().unwrap_or("");
        let after_text = if domain_end == domain.end() {
            &t[whole.end()..]
        } else {
            ""
        };
        if after_text.starts_with(['/', '\'', '’']) || after_text.starts_with("@") {
            continue; // a link's host, "Gmail's", or part of a longer address
        }
        // In a file name ("portfolio_ana_m.f@gmail.com.pdf") the address starts after the last '_'.
        let (local_start, local_text) =
            if domain_end != domain.end() && local.as_str().contains('_') {
                let cut = local.as_str().rfind('_').map_or(0, |i| i + 1);
                (local.start() + cut, &local.as_str()[cut..])
            } else {
                (local.start(), local.as_str())
            };
        if local_text.is_empty() {
            continue;
        }
        let local_parts: Vec<&str> = DOT_SPLIT.split(local_text).collect();
        let local_last = local_parts.last().copied().unwrap_or("");
        let handle_like_local = local_parts.len() > 1
            || local
                .as_str()
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '_' | '-' | '+'));
        // Dots written as words or spaced ("chris dot martin"), not plain dots.
        let spelled_local = DOT_SPLIT
            .find_iter(local.as_str())
            .any(|d| d.as_str() != ".");
        if plain
            .iter()
            .any(|(s0, e0)| whole.start() < *e0 && whole.end() > *s0)
        {
            continue; // a plain address: linkify's
        }
        if local.start() > 0 && t[..local.start()].ends_with(['\'', '’']) {
            continue; // "I'm @dana.dev"
        }
        if !local.as_str().chars().any(char::is_alphabetic) {
            continue; // "meeting at 10 at WeWork"
        }
        // A real '@' makes "sales @ lumbercraft dot co" an address; "me @ …" stays a phrase.
        let real_at = caps.name("at").is_some_and(|a| a.as_str().contains('@'));
        if (is_plain_word(local_last)
            && local_parts.len() == 1
            && !(real_at && local_last.chars().count() > 3))
            || (spelled_local
                && local_parts.iter().any(|p| {
                    (is_plain_word(p) && p.chars().count() <= 3)
                        || matches!(p.to_lowercase().as_str(), "com" | "net" | "org")
                }))
        {
            continue; // "me at …", "Le point important chez Orange", "la bulle point com"
        }
        // Portuguese "no gmail" ("on gmail") only with a mail provider and a local part that
        // reads like an address: "lucas ponto m ponto dev no gmail".
        let said_on = caps
            .name("at")
            .is_some_and(|a| a.as_str().trim().eq_ignore_ascii_case("no"));
        if said_on && !(labels.len() == 1 && PROVIDER.is_match(last) && handle_like_local) {
            continue;
        }
        let context = EMAIL_WORD.find_iter(before(t, local.start(), 60)).last();
        let mut c = if labels.len() >= 2 && TLD.is_match(last) {
            Candidate::new(
                FindingKind::Email,
                v.original_span(local_start, domain_end),
                if handle_like_local { 0.92 } else { 0.8 },
                "an email address with its '@' or dots written out".into(),
            )
        } else if labels.len() == 1 && PROVIDER.is_match(last) {
            Candidate::new(
                FindingKind::Email,
                v.original_span(local_start, domain_end),
                if spelled_local && local_parts.iter().any(|p| is_plain_word(p)) {
                    0.65
                } else if spelled_local {
                    0.75 // "m dot reyes dot dev at gmail"
                } else if handle_like_local {
                    0.85
                } else if last.starts_with(char::is_uppercase)
                    && last.chars().skip(1).all(char::is_lowercase)
                {
                    0.6 // "Dana at Gmail": perhaps the company
                } else {
                    0.75
                },
                format!("an address at the mail provider '{last}', without its ending"),
            )
        } else {
            continue;
        };
        if let Some(w) = context {
            c.adjust(0.15, format!("'{}' before it", w.as_str()));
        }
        if whole.as_str().contains('#') && !whole.as_str().contains('@') {
            c.adjust(-0.1, "'#' standing for '@'");
        }
        s.offer(c);
        pos = whole.end();
    }
}

// ---------------------------------------------------------------- links

static CONTACT_PATH: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)[/#](?:{})\b", words::CONTACT_PATHS)));

static CHANNEL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:reach|contact|message|write|ping|talk|chat|book|schedule|call|dm|text|e-?mail|mail|hit\s+me|get\s+in\s+touch|in\s+touch|form|escr[ií]beme|cont[aá]ct[ae]me|contacto|contato|me\s+escreva|fale\s+comigo|me\s+chama|contactez|[ée]cri(?:s|vez)|joindre|kontaktier\w*|schreib\w*|erreich\w*|melde\s+dich|formulario|formulário|formulaire|formular|rendez-vous|rdv|termin\w*|cita|agend\w+|appointment|booking)\b",
    )
});

static APP_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:(?:tg|whatsapp|skype|viber|sgnl|discord|weixin|line|fb-messenger|callto|facetime|zoommtg|msteams)://[^\s<>"']+|(?:skype|tel|sms|callto|viber):[+\w.\-]{3,}[^\s<>"',;]*)"#,
    )
});

/// A link with its dots or slashes written out or spaced: "t dot me slash dana",
/// "linkedin. com/in/ dana".
static SPELLED_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?P<host>[\p{{L}}\p{{N}}\-]+(?:(?:{DOT_WORDS}|\.\s+)[\p{{L}}\p{{N}}\-]+)+)(?:\s*/\s*|\s+(?:forward\s+)?slash\s+|-slash-|\s*\(slash\)\s*|\s*\[slash\]\s*)(?P<path>[\p{{L}}\p{{N}}_\-]+(?:(?:\s*/\s*|\s+slash\s+)[\p{{L}}\p{{N}}_\-]+)*)"
    ))
});

static SLASH_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\s*/\s*|\s+(?:forward\s+)?slash\s+|-slash-|\s*\(slash\)\s*|\s*\[slash\]\s*")
});

fn spelled_links(s: &mut Scan, v: &View) {
    for caps in SPELLED_LINK.captures_iter(&v.text) {
        let whole = caps.get(0).expect("match");
        if !whole.as_str().contains(char::is_whitespace)
            && !whole.as_str().contains(['(', '['])
            && !whole.as_str().to_lowercase().contains("slash")
        {
            continue; // written plainly: linkify's
        }
        let host: String = DOT_SPLIT
            .split(caps.name("host").expect("host").as_str())
            .map(|l| l.trim().to_lowercase())
            .collect::<Vec<_>>()
            .join(".");
        let path = format!(
            "/{}",
            SLASH_WORDS.replace_all(caps.name("path").expect("path").as_str(), "/")
        );
        let on = |h: &str| host == h || host.ends_with(&format!(".{h}"));
        let known = words::CONTACT_HOSTS
            .iter()
            .find(|h| on(h) && (**h != "linkedin.com" || path.starts_with("/in/")));
        if let Some(h) = known {
            s.offer(Candidate::new(
                FindingKind::Link,
                v.original_span(whole.start(), whole.end()),
                0.97,
                format!("a link to {h} with its dots or slashes written out"),
            ));
        }
    }
}

fn links(s: &mut Scan, v: &View, sig: &Signals) {
    if sig.spelled_link {
        spelled_links(s, v);
    }
    for m in sig
        .app_link
        .then(|| APP_LINK.find_iter(&v.text))
        .into_iter()
        .flatten()
    {
        // "tel:+1415…": the number itself is the detail.
        let number = m.as_str().split_once(':').and_then(|(scheme, rest)| {
            (matches!(
                scheme.to_ascii_lowercase().as_str(),
                "tel" | "sms" | "callto"
            ) && rest.trim_start_matches('+').len() >= 7
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')))
            .then_some(m.end() - rest.len())
        });
        let (kind, start, why) = match number {
            Some(start) => (FindingKind::Phone, start, "a phone number in a call link"),
            None => (
                FindingKind::Link,
                m.start(),
                "a link that opens a chat or call app",
            ),
        };
        s.offer(Candidate::new(
            kind,
            v.original_span(start, m.end()),
            0.95,
            why.into(),
        ));
    }
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder.kinds(&[LinkKind::Url]);
    for link in finder.links(&v.text) {
        let (start, end) = (link.start(), link.end());
        if v.text[..start].ends_with(['{', '$']) || v.text[end..].starts_with('}') {
            continue; // a template's placeholder: "{{customer.email}}"
        }
        let url = link.as_str();
        let lower = url.to_ascii_lowercase();
        let has_scheme = lower.contains("://") || lower.starts_with("www.");
        let rest = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
        let (host, path) = match rest.find(['/', '?', '#']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let host = host.split(':').next().unwrap_or(host);
        let host = host.strip_prefix("www.").unwrap_or(host);
        let tld = host.rsplit('.').next().unwrap_or("");
        if !tld.chars().all(|c| c.is_ascii_alphabetic()) || tld.len() < 2 {
            continue; // an IP address, a version, a decimal
        }
        let known_channel = words::CONTACT_HOSTS
            .iter()
            .any(|h| host == *h || host.ends_with(&format!(".{h}")));
        // Without a scheme a "link" may be a file name (`main.rs`): the ending must be a
        // top-level domain.
        if !has_scheme && !TLD.is_match(tld) && !known_channel {
            continue;
        }
        if v.rewritten(start, end) && !TLD.is_match(tld) {
            continue;
        }
        let span = v.original_span(start, end);
        let on = |h: &str| host == h || host.ends_with(&format!(".{h}"));
        let path_word = CONTACT_PATH.find(path).map(|m| m.as_str().to_string());
        let channel = words::CONTACT_HOSTS.iter().find(|h| on(h)).copied();
        let profile_path = path.trim_matches('/').len() > 1;
        let channel = channel.filter(|h| match *h {
            "linkedin.com" => path.starts_with("/in/") || path.starts_with("/pub/"),
            "discord.com" => path.starts_with("/invite") || path.starts_with("/users"),
            "slack.com" => host != "slack.com" || path.contains("join") || path.contains("invite"),
            "zoom.us" => path.starts_with("/j/") || path.starts_with("/my/"),
            "skype.com" => host.starts_with("join.") || path.contains("invite"),
            "whatsapp.com" => host.starts_with("api.") || host.starts_with("chat."),
            "teams.microsoft.com" => path.contains("meetup-join"),
            _ => {
                profile_path
                    || h.contains('.')
                        && !matches!(
                            *h,
                            "facebook.com"
                                | "instagram.com"
                                | "twitter.com"
                                | "x.com"
                                | "tiktok.com"
                        )
            }
        });
        let shortener = words::SHORTENERS
            .iter()
            .find(|h| on(h))
            .copied()
            .filter(|_| !host.starts_with("maps."));
        if let (Some(h), None, true) = (shortener, channel, profile_path) {
            s.offer(Candidate::new(
                FindingKind::Link,
                span,
                0.8,
                format!("a short link ({h}) that hides where it leads"),
            ));
            continue;
        }
        if let Some(h) = channel {
            s.offer(Candidate::new(
                FindingKind::Link,
                span,
                0.95,
                format!("a link to {h}, a channel for reaching a person"),
            ));
            continue;
        }
        let window = before(&v.text, start, 80);
        let channel_word = CHANNEL_WORDS.find_iter(window).last().map(|m| m.as_str());
        if let Some(p) = path_word {
            let mut c = Candidate::new(
                FindingKind::Link,
                span,
                0.85,
                format!("a link to a contact or booking page ('{p}')"),
            );
            if let Some(w) = channel_word {
                c.adjust(0.1, format!("'{w}' before it"));
            }
            s.offer(c);
            continue;
        }
        if path.starts_with("/@")
            && path.len() > 3
            && !path[1..].trim_end_matches('/').contains('/')
        {
            s.offer(Candidate::new(
                FindingKind::Link,
                span,
                0.8,
                format!("a person's profile on {host} (/@name)"),
            ));
            continue;
        }
        let work = words::WORK_HOSTS.iter().any(|h| on(h));
        let mut c = Candidate::new(
            FindingKind::Link,
            span,
            if work { 0.1 } else { 0.3 },
            if work {
                format!("a link to {host}, a host of work samples and documents")
            } else {
                "a link to a website".to_string()
            },
        );
        match channel_word {
            Some(w) => c.adjust(
                0.45,
                format!("offered as a way to reach the writer ('{w}')"),
            ),
            None if !work && path.trim_matches('/').is_empty() => {
                c.adjust(0.15, "a bare site address, which may be a personal site")
            }
            None => {}
        }
        s.offer(c);
    }
}

// ---------------------------------------------------------------- handles

static APP: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b(?:{})\b", words::APPS)));

/// A mail provider's name, as in "my gmail is dana.reyes88".
static MAIL_APP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|protonmail|proton\s?mail|icloud|gmx|yandex|aol)\b",
    )
});

static SKYPE_LIVE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\blive:[\w.\-]{3,}"));

static HANDLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:handle|user\s?name|username|user\s?id|nick(?:name)?|pseudo|usuario|usuário|benutzername|nutzername|same\s+(?:name|handle)|everywhere|@\s*me)\b",
    )
});

/// A Matrix id: `@name:server.org`.
static MATRIX_ID: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\w@])(@[\w.\-=]+:[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,})"));

static REDDIT_USER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\w/.])(u/[A-Za-z0-9_\-]{3,20})\b"));

static DISCORD_TAG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\w#@])([\w.]+#[0-9]{4})(?-u:\b)"));

static AT_HANDLE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[^\p{L}\p{N}@./`])(@\w[\w.\-]*)"));

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my|mi|meu|minha|mon|ma|mein|meine|our|nuestro|nosso)\s+(?P<what>[\p{L}]+[\s\-])?(?:user\s?name|username|handle|user\s?id|id|nick(?:name)?|usuario|usuário|nome\s+de\s+usuário|pseudo|identifiant|benutzername|nutzername|name|nome|nombre|nom|address|adresse|dirección|endereço)\s*(?:is|es|é|est|ist|:|=|-|→)?\s*",
    )
});

/// Words in an `@word` that are code or a feature, not a person.
const CODE_AT: &[&str] = &[
    "media",
    "import",
    "override",
    "param",
    "return",
    "returns",
    "keyframes",
    "font-face",
    "supports",
    "apply",
    "layer",
    "tailwind",
    "include",
    "mixin",
    "extend",
    "use",
    "forward",
    "component",
    "injectable",
    "input",
    "output",
    "viewchild",
    "hostlistener",
    "test",
    "before",
    "after",
    "beforeeach",
    "aftereach",
    "property",
    "dataclass",
    "staticmethod",
    "classmethod",
    "app",
    "pytest",
    "mock",
    "patch",
    "deprecated",
    "nullable",
    "notnull",
    "autowired",
    "entity",
    "table",
    "column",
    "id",
    "get",
    "post",
    "put",
    "delete",
    "mapping",
    "requestmapping",
    "getmapping",
    "postmapping",
    "restcontroller",
    "controller",
    "service",
    "repository",
    "bean",
    "configuration",
    "value",
    "jsonproperty",
    "functional",
    "suppresswarnings",
    "synchronized",
    "since",
    "author",
    "version",
    "see",
    "link",
    "throws",
    "todo",
    "here",
    "everyone",
    "channel",
    "all",
    "mentions",
    "mention",
    "username",
    "handle",
    "user",
    "someone",
    "name",
    "types",
    "angular",
    "babel",
    "vue",
    "nuxt",
    "nestjs",
    "tanstack",
    "sveltejs",
    "emotion",
    "mui",
    "testing-library",
    "reduxjs",
    "prisma",
    "aws-sdk",
    "typescript-eslint",
    "vitejs",
    "storybook",
    "google-cloud",
    "azure",
    "next",
    "react",
    "container",
    "page",
    "font",
    "charset",
    "namespace",
    "counter-style",
    "property",
    "scope",
    "starting-style",
    "view-transition",
    "tag",
    "tags",
    "home",
    "work",
    "example",
    "domain",
    "company",
    "gmail",
    "yahoo",
    "hotmail",
    "outlook",
];

/// Characters of a handle token.
fn token_end(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|(_, c)| {
            !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '@' | '#' | ':' | '\'' | '’'))
        })
        .map_or(text.len(), |(i, _)| from + i)
}

/// Whether the text after a token ends its clause: the end, punctuation, or "and"/"or".
fn ends_clause(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t', '"', '\'', '’', '”', '»', ')']);
    rest.is_empty()
        || rest.starts_with(|c: char| ",;.!?()[]—–-:\n".contains(c))
        || [
            "and ", "or ", "y ", "o ", "e ", "ou ", "et ", "und ", "oder ", "if ", "si ", "se ",
            "to ", "for ",
        ]
        .iter()
        .any(|w| rest.to_lowercase().starts_with(w))
}

/// "USERNAME: pixelpusher", "Handle - dana_r": a label and a colon, without "my".
static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:user\s?name|username|handle|user\s?id|nick(?:name)?|pseudo|usuario|usuário|benutzername|nutzername)\s*[:=→]\s*",
    )
});

static GO_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:i\s+go\s+by|i'?m\s+known\s+as|me\s+conocen\s+como|me\s+chamam\s+de|on\s+m'appelle)\s+['"]?(@?[\p{L}\p{N}_.\-]+)"#,
    )
});

static COMPOUND_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^-(?:id|name|nick|nickname|handle|username|benutzername|nutzername|user|konto|account|profil|profile|pseudo|usuario|usuário|nummer|number|adresse)\b",
    )
});

static QUANTITY_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^[+\-~]?\d+(?:[.,]\d+)?[a-z]{0,3}\+?$|^v?\d+(?:\.\d+)+[a-z]*$"));

fn handle_like(token: &str) -> bool {
    if QUANTITY_TOKEN.is_match(token) {
        return false; // "20k", "3x", "v2.1"
    }
    let t = token.trim_start_matches('@');
    let inner = t.trim_end_matches(['.', '-']);
    if !inner.starts_with(char::is_alphanumeric)
        || (inner.starts_with(|c: char| c.is_ascii_digit())
            && inner.chars().filter(|c| c.is_alphabetic()).count() < 3)
    {
        return false;
    }
    inner.chars().count() >= 3
        && inner.chars().any(char::is_alphabetic)
        && !token.contains(['/', ':'])
        && !source_file(inner)
        && (token.starts_with('@')
            || inner.chars().any(|c| c.is_ascii_digit())
            || inner.contains(['_', '.']))
}

/// "OrderService.java", "server.log": a file, not a handle.
fn source_file(token: &str) -> bool {
    token.rsplit_once('.').is_some_and(|(name, ending)| {
        !name.is_empty()
            && matches!(
                ending.to_ascii_lowercase().as_str(),
                "java"
                    | "py"
                    | "rs"
                    | "go"
                    | "rb"
                    | "php"
                    | "cs"
                    | "cpp"
                    | "hpp"
                    | "kt"
                    | "swift"
                    | "log"
                    | "yml"
                    | "yaml"
                    | "toml"
                    | "xml"
                    | "sql"
                    | "sh"
                    | "tsx"
                    | "jsx"
                    | "vue"
                    | "scss"
            )
    })
}

/// Words that name what follows as the handle.
const STRONG_LABELS: &[&str] = &[
    "unter",
    "sous",
    "bajo",
    "search",
    "procura",
    "procure",
    "busca",
    "búscame",
    "cherche",
    "cherchez",
    "such",
    "suche",
    "id",
    "handle",
    "username",
    "user",
    "nick",
    "nickname",
    "pseudo",
    "usuario",
    "usuário",
    "identifiant",
    "benutzername",
    "nutzername",
    "tag",
    "called",
    "named",
    "como",
    "as",
    "comme",
    "als",
    "under",
    "llama",
    "chama",
    "heißt",
    "name",
    "nome",
    "nombre",
    "nom",
];

/// "is" and its kin: a label only after "my <app>" ("my skype is …"), not in "Skype is easier".
const COPULAS: &[&str] = &[
    "is", "es", "é", "est", "ist", "c'est", "c’est", "it's", "it’s", "its", "sou", "soy", "that's",
    "son", "são", "sind", "suis", "bin", "am", "i'm", "i’m",
];

static ON_APP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:add|message|msg|ping|pm|find|reach|contact|text|call|dm|write|hit)\s+(?:me|us)(?:\s+up)?\s+(?:on|via|at|in)|(?:me|nos)\s+(?:adiciona|adicione|agrega|añade|encuentra[ns]?|encontra|acha|escreve|escribe|chama)\s+(?:no|na|en|em)|(?:ajoute|ajoutez|retrouvez|trouvez|contacte[zr]?)[\s-]*(?:moi)?\s+sur|(?:füg|add|schreib|find)\w*\s+mich\s+(?:auf|bei|in))\s*$",
    )
});

static LABEL_AFTER_APP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s-]*(?:id|username|user\s?name|handle|nick(?:name)?|benutzername|usuario|usuário|pseudo)\b",
    )
});

/// Words before a name and "on <app>" that offer the name as a handle: "search for mariasol on
/// Telegram", "cherchez kevinmtl sur Telegram", "I'm oliviaquinn on Snapchat".
static OFFERED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:as|como|comme|als|called|named|search(?:\s+for)?|look\s+(?:for|up)|find|procura(?:\s+por)?|procure(?:\s+por)?|busca(?:me)?(?:\s+(?:a|por))?|búscame|cherche[zr]?|suche?(?:\s+nach)?|such(?:\s+nach)?|ping|add|go\s+by|known\s+as)\s*['"‘“]?$"#,
    )
});

/// "I'm oliviaquinn on Snapchat": a name after "I'm" is offered as a handle, unless it reads as
/// an ordinary word ("I'm quicker on Telegram").
static IM_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:i'm|i’m|im|i\s+am|sou|soy|je\s+suis|ich\s+bin)\s*$"));

static ORDINARY_ENDING: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:er|ly|ive|able|ing|ed|est)$"));

static POSSESSIVE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:my|mi|mis|meu|minha|mon|ma|mein|meine|meinen|our|nuestro|nosso|el|le|o)\s*$")
});

/// Labels and linking words that may sit between an app's name and the handle.
const BRIDGE: &[&str] = &[
    "id",
    "handle",
    "username",
    "user",
    "name",
    "nick",
    "nickname",
    "account",
    "acc",
    "profile",
    "pseudo",
    "usuario",
    "usuário",
    "nome",
    "nombre",
    "identifiant",
    "benutzername",
    "nutzername",
    "tag",
    "is",
    "es",
    "é",
    "est",
    "ist",
    "as",
    "como",
    "comme",
    "als",
    "under",
    "at",
    "on",
    "en",
    "no",
    "na",
    "sur",
    "auf",
    "me",
    "my",
    "mi",
    "meu",
    "minha",
    "mon",
    "ma",
    "mein",
    "meine",
    "de",
    "do",
    "da",
    "du",
    "of",
    "it's",
    "its",
    "it",
    "here",
    "there",
    "search",
    "for",
    "find",
    "add",
    "called",
    "named",
    "se",
    "llama",
    "chama",
    "heißt",
    "appelle",
    "ich",
    "bin",
    "je",
    "suis",
    "sou",
    "soy",
    "i'm",
    "im",
    "-",
    ":",
    "=",
    "→",
    ">",
];

fn handles(s: &mut Scan, v: &View, sig: &Signals) {
    let t = &v.text;
    if !(sig.apps || sig.at_sign || sig.hash) {
        return;
    }
    for m in sig
        .apps
        .then(|| SKYPE_LIVE.find_iter(t))
        .into_iter()
        .flatten()
    {
        s.offer(Candidate::new(
            FindingKind::Handle,
            v.original_span(m.start(), m.end()),
            0.9,
            "a Skype 'live:' id".into(),
        ));
    }
    for caps in sig
        .at_sign
        .then(|| MATRIX_ID.captures_iter(t))
        .into_iter()
        .flatten()
    {
        let m = caps.get(1).expect("id");
        s.offer(Candidate::new(
            FindingKind::Handle,
            v.original_span(m.start(), m.end()),
            0.96,
            "a Matrix id (@name:server)".into(),
        ));
    }
    for caps in sig
        .apps
        .then(|| REDDIT_USER.captures_iter(t))
        .into_iter()
        .flatten()
    {
        let m = caps.get(1).expect("user");
        let mut c = Candidate::new(
            FindingKind::Handle,
            v.original_span(m.start(), m.end()),
            0.7,
            "a Reddit u/name".into(),
        );
        if before(t, m.start(), 60).to_lowercase().contains("reddit") {
            c.adjust(0.2, "'reddit' before it");
        }
        s.offer(c);
    }
    for caps in sig
        .hash
        .then(|| DISCORD_TAG.captures_iter(t))
        .into_iter()
        .flatten()
    {
        let m = caps.get(1).expect("tag");
        let name = m.as_str().split('#').next().unwrap_or("").to_lowercase();
        if matches!(
            name.as_str(),
            "pr" | "issue" | "ticket" | "bug" | "task" | "order" | "item" | "case" | "no" | "nr"
        ) {
            continue;
        }
        let mut c = Candidate::new(
            FindingKind::Handle,
            v.original_span(m.start(), m.end()),
            0.6,
            "a name#1234 tag, as Discord writes handles".into(),
        );
        let around = format!("{} {}", before_raw(t, m.start(), 80), after(t, m.end(), 40));
        if let Some(app) = APP.find(&around) {
            c.adjust(0.3, format!("'{}' nearby", app.as_str()));
        }
        s.offer(c);
    }
    // A handle after an app's name: "skype: dana.r", "find me on Telegram as @dana".
    let apps = sig.apps.then(|| APP.find_iter(t)).into_iter().flatten();
    let apps = apps.map(|m| (m, FindingKind::Handle));
    let mailboxes = sig
        .apps
        .then(|| MAIL_APP.find_iter(t))
        .into_iter()
        .flatten();
    let mailboxes = mailboxes.map(|m| (m, FindingKind::Email));
    for (app, kind) in apps.chain(mailboxes) {
        let name = app.as_str().to_lowercase();
        // "Skype-Name:", "Threema-ID", "Signal-Benutzername": the app and a label in one word.
        let compound_label = COMPOUND_LABEL.find(&t[app.end()..]).map(|m| m.end());
        // Part of another word or an address: "WhatsApp-Integrationen", "x@gmail.com", "t.me".
        if compound_label.is_none()
            && (t[app.end()..].starts_with(|c: char| c == '-' || c.is_alphanumeric() || c == '.')
                || t[..app.start()]
                    .ends_with(|c: char| c == '-' || c.is_alphanumeric() || "@./_#".contains(c)))
        {
            continue;
        }
        // "Line: kenji" — a colon right after the name makes even a common word an app.
        let colon_after = t[app.end()..].trim_start().starts_with(':');
        // "twitter:site", "skype:…?call": a key or a scheme, not a label.
        let namespaced = t[app.end()..].starts_with(':')
            && t[app.end() + 1..].starts_with(|c: char| c.is_alphanumeric());
        let lead = before(t, app.start(), 30).to_lowercase();
        // "add me on signal": after "<verb> me on", even a common word is the app.
        let asked_on = ON_APP.is_match(&lead);
        // "My LINE ID is …", "Signal username: …": a label noun right after names the app.
        let labelled_after = LABEL_AFTER_APP.is_match(&t[app.end()..]);
        let ambiguous = words::AMBIGUOUS_APPS.contains(&name.as_str())
            && !colon_after
            && !asked_on
            && !labelled_after;
        let possessive = POSSESSIVE_END.is_match(&lead);
        let window_end = app.end() + after(t, app.end(), 90).len();
        let (mut pos, mut strong, mut weak, mut tokens) = (
            app.end() + compound_label.unwrap_or(0),
            compound_label.is_some(),
            false,
            0,
        );
        // Plain words that came after the last label: only the first may be the handle.
        let mut since_label = 0;
        // Words other than labels and linking words seen so far.
        let mut content = 0;
        // "Ping me on LINE if you want … live: kenji", "Skype pra reunião, me adiciona: x":
        // with words about reaching someone around, look further for a label.
        let reaching =
            CONTACT_WORD.is_match(&lead) || CONTACT_WORD.is_match(&t[app.end()..window_end]);
        while pos < window_end && tokens < 10 {
            let Some(c) = t[pos..].chars().next() else {
                break;
            };
            if c.is_whitespace() || ",(\"'“”‘’«»—–|".contains(c) {
                pos += c.len_utf8();
                continue;
            }
            if ":=→>".contains(c) || (c == '-' && t[pos + 1..].starts_with(' ')) {
                strong = true;
                pos += c.len_utf8();
                continue;
            }
            let end = token_end(t, pos);
            if end == pos {
                pos += c.len_utf8();
                continue;
            }
            let raw = &t[pos..end];
            let token = raw.trim_end_matches(['.', ':', '-', '\'', '’', ',']);
            let lower = token.to_lowercase();
            let tend = pos + token.len();
            tokens += 1;
            pos = end;
            if raw.ends_with(':') {
                // "both:", "Name:": a label, not the handle.
                strong = true;
                since_label = 0;
                continue;
            }
            if STRONG_LABELS.contains(&lower.as_str()) {
                strong = true;
                since_label = 0;
                continue;
            }
            if COPULAS.contains(&lower.as_str()) {
                if possessive || strong {
                    strong = true;
                } else {
                    weak = true;
                }
                since_label = 0;
                continue;
            }
            if BRIDGE.contains(&lower.as_str())
                || APP.find(&lower).is_some_and(|m| m.len() == lower.len())
                || words::number_phrase(&lower).is_some()
                || words::SITES.contains(&lower.as_str())
            {
                continue;
            }
            content += 1;
            if token.starts_with("live:") || token.contains("://") || t[tend..].starts_with('/') {
                break; // found on its own, as a link
            }
            // QQ and ICQ ids are numbers.
            if matches!(name.as_str(), "qq" | "icq")
                && (5..=12).contains(&token.len())
                && token.chars().all(|c| c.is_ascii_digit())
            {
                s.offer(Candidate::new(
                    kind,
                    v.original_span(tend - token.len(), tend),
                    0.97,
                    format!("a number id after '{}'", app.as_str()),
                ));
                break;
            }
            let at = token.starts_with('@')
                && token.chars().count() > 3
                && token[1..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
            // "On LinkedIn I'm amara-nwosu-pm": a name with two hyphens, offered after a copula.
            let like = handle_like(token)
                || ((strong || weak)
                    && token.matches('-').count() >= 2
                    && !token.contains("--")
                    && token.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && token.chars().filter(|c| c.is_alphabetic()).count() >= 4
                    && token.split('-').filter(|p| is_plain_word(p)).count() <= 1
                    // not "end-to-end", "state-of-the-art"
                    && token.split('-').skip(1).all(|p| p.chars().count() >= 2)
                    && {
                        let parts: Vec<&str> = token.split('-').collect();
                        parts[1..parts.len() - 1].iter().all(|p| p.chars().count() >= 3)
                    });
            let (score, why) = if at {
                (0.9, format!("'{token}' after '{}'", app.as_str()))
            } else if like && (strong || weak || (content == 1 && !ambiguous)) {
                (0.85, format!("a handle-like name after '{}'", app.as_str()))
            } else if asked_on
                && content == 1
                && !is_plain_word(token)
                && token.chars().count() >= 3
                && !token.starts_with(|c: char| c.is_ascii_digit())
                && ends_clause(&t[tend..])
            {
                (0.75, format!("a name right after 'me on {}'", app.as_str()))
            } else if strong
                && !namespaced
                && since_label == 0
                && !ambiguous
                && !is_plain_word(token)
                && token.chars().count() >= 3
                && !token.starts_with(|c: char| c.is_ascii_digit())
                && ends_clause(&t[tend..])
            {
                (0.75, format!("a name given as the '{}' id", app.as_str()))
            } else {
                if content == 1
                    && !ambiguous
                    && !is_plain_word(token)
                    && token.chars().count() >= 4
                    && token.chars().all(char::is_alphanumeric)
                    && token.chars().next().is_some_and(char::is_lowercase)
                {
                    s.offer(Candidate::new(
                        kind,
                        v.original_span(tend - token.len(), tend),
                        0.45,
                        format!("a word right after '{}'", app.as_str()),
                    ));
                }
                since_label += 1;
                if strong || weak || content < 2 || reaching {
                    continue;
                }
                break;
            };
            s.offer(Candidate::new(
                kind,
                v.original_span(tend - token.len(), tend),
                score,
                why,
            ));
            break;
        }
        // A handle just before "on <app>": "dana_codes on Discord".
        let back = before(t, app.start(), 40);
        let back_start = app.start() - back.len();
        let trimmed = back.trim_end();
        let joiner = [
            "on", "en", "no", "na", "sur", "auf", "in", "at", "via", "em", "bei", "@",
        ]
        .iter()
        .filter(|j| kind == FindingKind::Handle || !matches!(**j, "at" | "@"))
        .find(|j| trimmed.to_lowercase().ends_with(&format!(" {j}")));
        if let Some(j) = joiner {
            let head = trimmed[..trimmed.len() - j.len()].trim_end();
            // After the last space, comma or bracket; a space may be more than one byte (U+0085).
            let tok_start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace() || c == ',' || c == '(')
                .map_or(0, |(i, c)| i + c.len_utf8());
            let raw = head[tok_start..].trim_end_matches(['.', ',']);
            let quoted = raw.len() > 2
                && raw.starts_with(['\'', '"', '‘', '“'])
                && raw.ends_with(['\'', '"', '’', '”']);
            let (token, offset) = if quoted {
                let q = raw.chars().next().map_or(1, char::len_utf8);
                let e = raw.chars().next_back().map_or(1, char::len_utf8);
                (&raw[q..raw.len() - e], q)
            } else {
                (raw, 0)
            };
            let lead_words = head[..tok_start].trim_end();
            let named = OFFERED_BEFORE.is_match(lead_words)
                || (IM_BEFORE.is_match(lead_words) && !ORDINARY_ENDING.is_match(token));
            let plain_quoted =
                (quoted || named) && !is_plain_word(token) && token.chars().count() >= 3;
            let code_word =
                CODE_AT.contains(&token.trim_start_matches('@').to_lowercase().as_str());
            if (handle_like(token) || plain_quoted)
                && !code_word
                && !token.contains("://")
                && !token.contains('/')
            {
                let s0 = back_start + tok_start + offset;
                s.offer(Candidate::new(
                    kind,
                    v.original_span(s0, s0 + token.len()),
                    if token.starts_with('@') { 0.9 } else { 0.8 },
                    format!("a handle-like name before 'on {}'", app.as_str()),
                ));
            }
        }
    }
    // "my username is dana_r", "mon pseudo : dana".
    let labels = sig.apps.then(|| LABEL.find_iter(t)).into_iter().flatten();
    let bare = sig
        .apps
        .then(|| BARE_LABEL.find_iter(t))
        .into_iter()
        .flatten();
    for m in labels.chain(bare) {
        let pos = m.end();
        let end = token_end(t, pos);
        let token = t[pos..end].trim_end_matches(['.', ':', ',', '-']);
        if token.chars().count() < 3
            || is_plain_word(token)
            || APP.find(token).is_some_and(|a| a.len() == token.len())
        {
            continue;
        }
        let label = m.as_str().to_lowercase();
        let mailbox = LABEL
            .captures(m.as_str())
            .and_then(|c| c.name("what"))
            .is_some_and(|w| PROVIDER.is_match(w.as_str().trim_end_matches(['-', ' '])));
        let kind = if mailbox {
            FindingKind::Email
        } else {
            FindingKind::Handle
        };
        if !mailbox
            && (label.contains("address")
                || label.contains("adresse")
                || label.contains("direcci")
                || label.contains("endere"))
        {
            continue;
        }
        // "my name is Dana" is an introduction, not a handle.
        let name_only = !mailbox
            && !label.contains("user")
            && !label.contains("handle")
            && !label.contains("nick")
            && !label.contains("pseudo")
            && !label.contains("id")
            && !label.contains("benutzer")
            && !label.contains("nutzer");
        let like = handle_like(token);
        if name_only && !like {
            continue;
        }
        let mut c = Candidate::new(
            kind,
            v.original_span(pos, pos + token.len()),
            if like { 0.75 } else { 0.5 },
            format!("a name after '{}'", m.as_str().trim()),
        );
        let around = format!("{} {}", before(t, m.start(), 80), after(t, pos, 60));
        if mailbox {
            c.adjust(0.15, "a mail provider's name in the label");
        } else if let Some(app) = APP.find(&around) {
            c.adjust(0.2, format!("'{}' nearby", app.as_str()));
        }
        s.offer(c);
    }
    // "I go by ghostwriter_ng on most apps".
    for caps in sig
        .apps
        .then(|| GO_BY.captures_iter(t))
        .into_iter()
        .flatten()
    {
        let m = caps.get(1).expect("name");
        let token = m.as_str().trim_end_matches(['.', '-', '\'', '"']);
        if token.chars().count() < 3 || is_plain_word(token) {
            continue;
        }
        s.offer(Candidate::new(
            FindingKind::Handle,
            v.original_span(m.start(), m.start() + token.len()),
            if handle_like(token) { 0.8 } else { 0.6 },
            "a name someone says they go by".into(),
        ));
    }
    // "@dana_codes" with a reason to read it as a person's handle.
    for caps in sig
        .at_sign
        .then(|| AT_HANDLE.captures_iter(t))
        .into_iter()
        .flatten()
    {
        let m = caps.get(1).expect("handle");
        let body = m.as_str().trim_end_matches(['.', '-']);
        if body.chars().count() > 32 {
            continue;
        }
        let m_end = m.start() + body.len();
        let name = body[1..].to_lowercase();
        if CODE_AT.contains(&name.as_str()) || t[m.end()..].starts_with(['/', '@', '(']) {
            continue;
        }
        let mut c = Candidate::new(
            FindingKind::Handle,
            v.original_span(m.start(), m_end),
            0.5,
            "an @name".into(),
        );
        let pre = before(t, m.start(), 80);
        let pre_raw = before_raw(t, m.start(), 80);
        let post = after(t, m_end, 50);
        let unambiguous = |m: &regex::Match| {
            let name = m.as_str();
            !words::AMBIGUOUS_APPS.contains(&name.to_lowercase().as_str())
                || (name.len() > 1 && name.starts_with(|c: char| c.is_uppercase()))
        };
        let app = APP
            .find_iter(pre_raw)
            .chain(APP.find_iter(post))
            .find(|m| unambiguous(m));
        // In a file name the app is glued on: "moodboard_tg-@kira.png".
        let glued_app = pre
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .take(3)
            .find(|w| APP_TOKENS.contains(w) && *w != "x")
            .map(str::to_string);
        let chat_link = s
            .found
            .iter()
            .any(|f| f.kind == FindingKind::Link && f.confidence >= 0.9);
        if let Some(app) = app {
            c.adjust(0.4, format!("'{}' nearby", app.as_str()));
        } else if chat_link {
            c.adjust(0.35, "a chat or profile link in the same text");
        } else if let Some(app) = glued_app {
            c.adjust(0.4, format!("'{app}' in the same name"));
        } else if let Some(w) = HANDLE_WORD.find(pre) {
            c.adjust(0.35, format!("'{}' before it", w.as_str()));
        } else if let Some(w) = contact_word(pre) {
            c.adjust(0.3, format!("'{w}' before it"));
        }
        if pre.contains('`') || post.contains('`') || pre.ends_with('{') {
            c.adjust(-0.4, "inside code");
        }
        s.offer(c);
    }
}

// ---------------------------------------------------------------- phones

static DIGIT_RULES: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i-u)\b(?:(?:(?P<plus>plus|más|mais)\s+)?(?P<word>{0})|(?P<oh>[0-9]*[oOlI][0-9oOlI]*))\b",
        words::number_phrase_pattern()
    ))
});

/// The text with number words as digits and the letter O inside digit runs as zero.
fn digit_view(text: &str) -> View<'_> {
    View::build(text, Some(&DIGIT_RULES), |caps| {
        if let Some(w) = caps.name("word") {
            let digits = words::number_phrase(w.as_str())?;
            return Some(match caps.name("plus") {
                Some(_) => format!("+{digits}"),
                None => digits,
            });
        }
        let run = caps.name("oh")?.as_str();
        // O for 0 and l or I for 1 inside a run of digits: "O7700 9OO l23".
        if !run.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        Some(run.replace(['o', 'O'], "0").replace(['l', 'I'], "1"))
    })
}

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:\+\s?|\b00\s?)?(?:\(\s?\+?)?\d(?:(?:[ \t().\-/,•·]{0,3}|[ \t]?\r?\n[ \t]?)\d){6,}")
});

static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s*[-–/]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))?$",
    )
});

/// What may follow a number inside a file name: more name, then an extension.
static FILE_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[_\-][\w\-]*)?\.[A-Za-z0-9]{2,5}(?:$|[\s),;])"));

/// Names of files that carry a person's details: a CV, a portfolio, a contact card.
const CV_WORDS: &[&str] = &[
    "cv",
    "resume",
    "résumé",
    "lebenslauf",
    "curriculo",
    "currículo",
    "curriculum",
    "portfolio",
    "portafolio",
    "portfólio",
    "contact",
    "contato",
    "contacto",
    "kontakt",
    "call",
    "tel",
    "phone",
    "whatsapp",
    "whats",
    "zap",
    "celular",
    "handy",
    "mobile",
    "bewerbung",
    "candidature",
];

static CEP_LIKE: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{5}-\d{3}$"));

static IP_LIKE: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,3}(?:\.\d{1,3}){3}$"));

static MONEY_GROUPED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d{1,2},\d{2}(?:,\d{3})+(?:\.\d+)?$",
    )
});

static DECIMALS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^-?\d{1,3}[.,]\d{3,}(?:\s*[,/ ]\s*-?\d{1,3}[.,]\d{3,})?$"));

static ID_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b(?:{})\b", words::ID_WORDS)));

/// "at line 10432", "line no. 7".
static LOG_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:at|on|in|of|see|from|to)\s+lines?|lines?\s+(?:number|no\.?|nr\.?|#)|zeile|línea|linha|ligne)\s*[:#]?\s*$",
    )
});

static NUMBER_ABBREVIATION: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:nr|no|n\.?[º°o]|num|nummer|number|número|numéro|numero)\b\.?"));

/// The identifier word shortly before a number ("invoice", "Referencia del producto:"), unless
/// words about reaching someone come between.
fn id_word_before(pre: &str) -> Option<String> {
    let m = ID_WORD.find_iter(pre).last()?;
    let between = NUMBER_ABBREVIATION.replace_all(&pre[m.end()..], "");
    let between = between.as_ref();
    let words = between.split_whitespace().count();
    (words <= 3 && !CONTACT_WORD.is_match(between) && !between.contains(['.', ';', '!', '?']))
        .then(|| m.as_str().to_string())
}

static MONEY_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:[$€£¥₹₦₱]|r\$|usd|eur|gbp|brl|inr|mxn|cad|aud|chf)\s*$"));

static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:%|[$€£¥₹]|(?:{})\b)",
        words::UNIT_WORDS
    ))
});

static QUANTITY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:about|around|over|under|nearly|almost|roughly|approx\.?|approximately|more\s+than|less\s+than|up\s+to|at\s+least|~|unos|más\s+de|cerca\s+de|mais\s+de|cerca\s+de|environ|plus\s+de|über|etwa|rund|ca\.)\s*$",
    )
});

/// Regions whose numbers freelancers and clients most often write without a country code.
const REGIONS: &[Id] = &[
    Id::US,
    Id::GB,
    Id::IN,
    Id::ES,
    Id::BR,
    Id::FR,
    Id::DE,
    Id::MX,
    Id::PH,
    Id::NG,
    Id::PK,
    Id::PT,
    Id::IT,
    Id::AR,
    Id::CO,
    Id::CA,
    Id::AU,
    Id::UA,
    Id::KE,
    Id::ZA,
    Id::EG,
    Id::BD,
    Id::NL,
    Id::BE,
    Id::CH,
    Id::AT,
    Id::PL,
    Id::CL,
    Id::PE,
    Id::IE,
];

/// What libphonenumber's metadata says of a digit string.
enum Metadata {
    Valid(String),
    Possible(String),
    Neither,
}

fn possible(number: &phonenumber::PhoneNumber) -> bool {
    let db = &*phonenumber::metadata::DATABASE;
    let national = number.national().to_string();
    let len = national.len() as u16 + u16::from(number.national().zeros());
    number
        .metadata(db)
        .is_some_and(|m| m.descriptors().general().possible_length().contains(&len))
}

/// Regions checked against libphonenumber's full number patterns. Kept few: the library keeps
/// at most 100 compiled patterns, and these regions' patterns fit in it, so after the first
/// check nothing is compiled again.
const VALIDATED: &[Id] = &[Id::US, Id::GB, Id::IN, Id::ES, Id::BR, Id::FR, Id::DE];

/// Whether `digits`, written nationally, has a possible length in `region` (its trunk prefix
/// taken off), from the region's metadata alone.
fn possible_in(region: Id, digits: &str) -> bool {
    let db = &*phonenumber::metadata::DATABASE;
    let Some(meta) = db.by_id(format!("{region:?}").as_str()) else {
        return false;
    };
    let national = meta
        .national_prefix()
        .and_then(|p| digits.strip_prefix(p))
        .unwrap_or(digits);
    let len = u16::try_from(national.len()).unwrap_or(u16::MAX);
    meta.descriptors()
        .general()
        .possible_length()
        .contains(&len)
}

fn metadata(digits: &str, international: bool) -> Metadata {
    if international {
        let plus = format!("+{}", digits.trim_start_matches("00"));
        return match phonenumber::parse(None, &plus) {
            Ok(n) if n.is_valid() => Metadata::Valid(format!("+{}", n.code().value())),
            Ok(n) if possible(&n) => Metadata::Possible(format!("+{}", n.code().value())),
            _ => Metadata::Neither,
        };
    }
    for region in VALIDATED {
        // Germany's plan accepts almost any digits; without the trunk prefix 0 its "valid"
        // says little.
        if *region == Id::DE && !digits.starts_with('0') {
            continue;
        }
        if phonenumber::parse(Some(*region), digits).is_ok_and(|n| n.is_valid()) {
            return Metadata::Valid(format!("{region:?}"));
        }
    }
    REGIONS
        .iter()
        .find(|r| possible_in(**r, digits))
        .map_or(Metadata::Neither, |r| Metadata::Possible(format!("{r:?}")))
}

/// A number told in steps: "starts with 0645, then 78 12 and ends with 90", "655, luego 123 y
/// termina en 456", "0160 an, danach kommt 98 76", "o DDD é 31, o resto é 9 8877-6655".
static STEPS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?P<l>\d)\s*,?\s*(?:an,?\s+)?(?:(?:and|y|e|et|und)\s+)?(?:then|next|after\s+that|followed\s+by|(?:it\s+)?ends?\s+(?:with|in)|ending\s+(?:with|in)|the\s+rest\s+(?:is|being)|luego|después|despues|(?:y\s+)?termina\s+(?:en|com|em)|el\s+resto\s+es|depois|o\s+resto\s+é|puis|ensuite|se\s+termine\s+par|finit\s+par|enfin|danach(?:\s+kommt)?|dann(?:\s+kommt)?|endet\s+(?:mit|auf)|am\s+ende|der\s+rest\s+ist|(?:the\s+)?(?:second|other|last)\s+(?:half|part)(?:\s+is)?|(?:la\s+)?(?:segunda|otra)\s+(?:parte|mitad)(?:\s+es)?|(?:a\s+)?(?:segunda|outra)\s+(?:parte|metade)(?:\s+é)?|(?:la\s+)?(?:deuxième|seconde|dernière)\s+partie(?:\s+est)?|la\s+suite(?:\s+est)?|(?:die\s+)?(?:zweite|andere)\s+hälfte(?:\s+ist)?)(?:\s+(?:sigue|siguen|viene|vem|vient|comes|kommt))?\s*,?\s*:?\s*(?P<r>\d)",
    )
});

fn phones(s: &mut Scan, v: &View) {
    // The number told in steps first: at equal confidence the whole number wins over its parts.
    if STEPS.is_match(&v.text) {
        let joined = v.then(&STEPS, |caps| {
            Some(format!("{} {}", &caps["l"], &caps["r"]))
        });
        phones_in(s, &joined);
        split_steps(s);
    }
    phones_in(s, v);
}

/// A number told in steps is judged whole ("0412, then 345 678" is ten digits) but reported
/// as the pieces written, each a phone finding: the words between them are not the number.
fn split_steps(s: &mut Scan) {
    let mut pieces = Vec::new();
    s.found.retain(|f| {
        if f.kind != FindingKind::Phone || !STEPS.is_match(&f.text) {
            return true;
        }
        let mut from = 0;
        let mut cuts = Vec::new();
        for caps in STEPS.captures_iter(&f.text) {
            // `l` and `r` take part in every match: the digits either side of the words.
            cuts.push((from, caps.name("l").expect("l").end()));
            from = caps.name("r").expect("r").start();
        }
        cuts.push((from, f.text.len()));
        for (a, b) in cuts {
            let (start, end) = trim(s.text, f.start + a, f.start + b);
            if start < end {
                let mut reasons = f.reasons.clone();
                reasons.push("one piece of a number told in steps".to_string());
                pieces.push(Finding {
                    kind: f.kind,
                    text: s.text[start..end].to_string(),
                    start,
                    end,
                    confidence: f.confidence,
                    reasons,
                });
            }
        }
        false
    });
    s.found.extend(pieces);
}

fn phones_in(s: &mut Scan, v: &View) {
    let t = &v.text;
    // Group shapes of numbers already marked as identifiers: "replaced by 91234-5679".
    let mut id_shapes: Vec<Vec<usize>> = Vec::new();
    for m in PHONE.find_iter(t) {
        let cand = m.as_str();
        // "+44 (0) 20 7946 0958": the trunk 0 in brackets is not dialled from abroad.
        let dialled = if cand.trim_start().starts_with('+') {
            cand.replacen("(0)", "", 1)
        } else {
            cand.to_string()
        };
        let digits: String = dialled.chars().filter(char::is_ascii_digit).collect();
        if !(7..=15).contains(&digits.len()) {
            continue;
        }
        // Part of a longer token: an id with letters, a decimal, a path, a time.
        let prev = t[..m.start()].chars().next_back();
        let prev2 = t[..m.start()].chars().rev().nth(1);
        let next = t[m.end()..].chars().next();
        let next2 = t[m.end()..].chars().nth(1);
        let plus = cand.starts_with('+');
        // A number in a file name: "cv_ana_11987654321.pdf", "cv_+233241234567.pdf".
        let in_file_name =
            prev.is_some_and(|c| matches!(c, '_' | '-')) && FILE_TAIL.is_match(&t[m.end()..]);
        let glued_before = !((plus && digits.len() >= 10 && prev.is_some_and(char::is_alphabetic))
            || (in_file_name && prev.is_some_and(|c| matches!(c, '_' | '-'))))
            && (prev.is_some_and(|c| {
                c.is_alphanumeric()
                    || matches!(
                        c,
                        '_' | '#' | '$' | '€' | '£' | '¥' | '₹' | '/' | '@' | '=' | '&' | '?'
                    )
            }) || (prev.is_some_and(|c| matches!(c, '-' | '.' | ':' | ','))
                && prev2.is_some_and(char::is_alphanumeric)));
        let glued_after = next
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '%' | '@' | '/'))
            || (next.is_some_and(|c| matches!(c, '.' | ':' | ','))
                && next2.is_some_and(|c| c.is_ascii_digit()))
            || (next == Some('-') && next2.is_some_and(char::is_alphanumeric));
        if glued_before || glued_after {
            continue;
        }
        let shape = cand.trim();
        if DATE_LIKE.is_match(shape)
            || IP_LIKE.is_match(shape)
            || MONEY_GROUPED.is_match(shape)
            || DECIMALS.is_match(shape)
        {
            continue;
        }
        let international = shape.starts_with('+') || shape.starts_with("00");
        if !international
            && ((shape.matches('/').count() >= 2
                && contact_word(before(t, m.start(), 40)).is_none())
                || CEP_LIKE.is_match(shape))
        {
            continue; // a tax number, a postcode
        }
        let groups: Vec<&str> = shape
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .collect();
        if groups.len() == 2
            && groups
                .iter()
                .all(|g| g.len() == 4 && (g.starts_with("19") || g.starts_with("20")))
        {
            continue; // a range of years
        }
        // "2024-00458": a year, then a running number; "98765.4321": a decimal.
        if !international
            && groups.len() == 2
            && ((groups[0].len() == 4
                && (groups[0].starts_with("19") || groups[0].starts_with("20"))
                && shape.contains(['-', '/']))
                || (shape.matches(['.', ',']).count() == 1 && !shape.contains(' ')))
            && contact_word(before(t, m.start(), 40)).is_none()
        {
            continue;
        }
        let span = v.original_span(m.start(), m.end());
        let original = &s.text[span.0..span.1];
        let word_digits = original
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| words::number_phrase(w).is_some())
            .count();
        let single_groups = groups.iter().filter(|g| g.len() == 1).count();
        if shape.contains(',') && word_digits < 3 && single_groups < groups.len().saturating_sub(1)
        {
            continue; // a list of numbers: "375, 390, 414"
        }
        let mut c = Candidate::new(
            FindingKind::Phone,
            span,
            0.3,
            format!("{} digits in a row", digits.len()),
        );
        let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
        if word_digits >= 3 {
            c.adjust(0.35, format!("{word_digits} digits written as words"));
        } else if lens.iter().filter(|l| **l == 1).count() >= 6 {
            c.adjust(0.25, "digits spaced out one by one");
        } else if shape.starts_with('(') || shape.starts_with("+") && shape.contains('(') {
            c.adjust(0.15, "an area code in brackets");
        } else if groups.len() >= 2
            && lens.iter().skip(1).all(|l| (2..=5).contains(l))
            && lens[0] <= 5
        {
            c.adjust(0.15, "grouped like a phone number");
        } else if groups.len() == 2
            && groups[0].starts_with('0')
            && (3..=5).contains(&lens[0])
            && (5..=8).contains(&lens[1])
        {
            c.adjust(0.15, "an area code and a number");
        }
        if original
            .chars()
            .any(|ch| matches!(ch, 'o' | 'O' | 'l' | 'I'))
            && original.chars().any(|ch| ch.is_ascii_digit())
            && word_digits == 0
        {
            c.adjust(0.2, "letters written for digits (O for 0, l for 1)");
        }
        if groups.len() >= 3
            && lens[0] <= 2
            && lens.iter().skip(1).all(|l| *l == 3)
            && !international
        {
            c.adjust(-0.25, "grouped in thousands, like a quantity");
        }
        let pre = before(t, m.start(), 60);
        // Words before an earlier number belong to that number.
        let pre = pre
            .rfind(|c: char| c.is_ascii_digit())
            .map_or(pre, |i| &pre[i + 1..]);
        let post = after(t, m.end(), 40);
        let post = post
            .find(|c: char| c.is_ascii_digit())
            .map_or(post, |i| &post[..i]);
        let id_word = (!international)
            .then(|| id_word_before(pre))
            .flatten()
            .or_else(|| LOG_LINE.find(pre).map(|m| m.as_str().trim().to_string()));
        if in_file_name {
            let name = t[..m.start()]
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_lowercase();
            let parts: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
            if let Some(w) = parts
                .iter()
                .find(|p| ID_WORD.find(p).is_some_and(|m| m.len() == p.len()))
            {
                c.adjust(-0.6, format!("'{w}' in the file name marks an identifier"));
            } else if let Some(w) = parts.iter().find(|p| CV_WORDS.contains(p)) {
                c.adjust(0.3, format!("a number in the file name of a '{w}'"));
            }
        }
        if let Some(word) = id_word {
            c.adjust(-0.6, format!("'{word}' before it marks an identifier"));
            id_shapes.push(lens.clone());
        } else if id_shapes.contains(&lens) {
            c.adjust(-0.5, "the same shape as an identifier before it");
        } else if MONEY_BEFORE.is_match(pre) {
            c.adjust(-0.8, "a currency before it");
        } else if QUANTITY_BEFORE.is_match(pre) {
            c.adjust(-0.4, "a quantity word before it");
        } else if let Some(w) = contact_word(pre).or_else(|| contact_word(after(post, 0, 30))) {
            c.adjust(0.35, format!("'{w}' nearby"));
        }
        if UNIT_AFTER.is_match(post) {
            c.adjust(-0.6, "a unit or currency after it");
        }
        // libphonenumber's metadata last, and only when it can change the outcome: a candidate
        // already held down by the words around it is not looked up.
        let most = if international { 0.55 } else { 0.3 };
        if c.score + most < WARN_AT {
            continue;
        }
        // Sure either way: the metadata could not change the verdict, so the process does not
        // pay to load it (about 80 ms, once). The lowest confidence it could give is reported.
        let least = if international { 0.1 } else { -0.1 };
        if c.score + least >= super::REFUSE_AT {
            c.adjust(
                least,
                "sure without the number plan, so it was not looked up (lowest it could give)",
            );
            s.offer(c);
            continue;
        }
        let rest = c.reasons.split_off(1);
        match metadata(&digits, international) {
            Metadata::Valid(r) if international => {
                c.adjust(0.55, format!("a valid number for {r}"))
            }
            Metadata::Possible(r) if international => {
                c.adjust(0.4, format!("a possible number for {r}"))
            }
            Metadata::Neither if international => {
                c.adjust(0.1, "a '+' country code, though no known number")
            }
            Metadata::Valid(r) => c.adjust(0.3, format!("a valid number in {r}")),
            Metadata::Possible(r) => c.adjust(0.15, format!("a possible number in {r}")),
            Metadata::Neither => c.adjust(-0.1, "not a possible number in any region checked"),
        }
        c.reasons.extend(rest);
        s.offer(c);
    }
}
