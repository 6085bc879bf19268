//! Insight: the response-time badge (R7), invite triage (R42) and the cover-letter check (R41).

use std::collections::BTreeSet;

use jiff::{Timestamp, ToSpan};
use serde::Serialize;

use crate::rules::contact::{self, Finding};
use crate::rules::invites::InviteStatus;
use crate::slug_enum;

// ----- R7: response time -----

slug_enum! {
    /// R7: the response-time badge a profile shows.
    pub enum Badge {
        NotEnoughData => "not-enough-data",
        Within24h => "within-24h",
        Within3Days => "within-3-days",
        Slower => "slower",
    }
}

/// R7: the window and its thresholds.
pub const WINDOW_DAYS: i64 = 90;
pub const MIN_COUNTED: usize = 5;
const DAY: i64 = 86_400;

/// What R7 needs of an invite.
#[derive(Clone, Copy, Debug)]
pub struct InviteFacts {
    pub received_at: Timestamp,
    pub status: InviteStatus,
    pub responded_at: Option<Timestamp>,
    pub withdrawn_at: Option<Timestamp>,
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ResponseTime {
    pub badge: Badge,
    /// Invites that count toward the badge.
    pub counted: usize,
    pub responded: usize,
    pub responded_within_24h: usize,
    pub responded_within_72h: usize,
    /// Median time to accept or decline, in seconds, over the responded invites.
    pub median_response_seconds: Option<i64>,
    pub excluded_withdrawn_within_24h: usize,
    pub excluded_pending_under_24h: usize,
    pub excluded_outside_window: usize,
}

/// R7: the badge over invites received in the 90 days before `now`.
pub fn response_time<F: std::borrow::Borrow<InviteFacts>>(
    invites: impl IntoIterator<Item = F>,
    now: Timestamp,
) -> ResponseTime {
    let start = now
        .checked_sub((WINDOW_DAYS * 24).hours())
        .expect("in range");
    let mut r = ResponseTime {
        badge: Badge::NotEnoughData,
        counted: 0,
        responded: 0,
        responded_within_24h: 0,
        responded_within_72h: 0,
        median_response_seconds: None,
        excluded_withdrawn_within_24h: 0,
        excluded_pending_under_24h: 0,
        excluded_outside_window: 0,
    };
    let mut delays = Vec::new();
    for i in invites {
        let i = i.borrow();
        if i.received_at < start || i.received_at > now {
            r.excluded_outside_window += 1;
            continue;
        }
        let age = now.as_second() - i.received_at.as_second();
        if i.status == InviteStatus::Withdrawn
            && i.withdrawn_at
                .is_some_and(|w| w.as_second() - i.received_at.as_second() <= DAY)
        {
            r.excluded_withdrawn_within_24h += 1;
            continue;
        }
        // A response recorded after `now` has not happened yet.
        let responded = i.responded_at.filter(|t| *t <= now);
        if i.status == InviteStatus::Pending && responded.is_none() && age < DAY {
            r.excluded_pending_under_24h += 1;
            continue;
        }
        r.counted += 1;
        if let Some(t) = responded {
            let delay = t.as_second() - i.received_at.as_second();
            delays.push(delay);
            r.responded += 1;
            if delay <= DAY {
                r.responded_within_24h += 1;
            }
            if delay <= 3 * DAY {
                r.responded_within_72h += 1;
            }
        }
    }
    delays.sort_unstable();
    r.median_response_seconds = match delays.len() {
        0 => None,
        n if n % 2 == 1 => Some(delays[n / 2]),
        n => Some((delays[n / 2 - 1] + delays[n / 2]) / 2),
    };
    r.badge = if r.counted < MIN_COUNTED {
        Badge::NotEnoughData
    } else if r.responded_within_24h * 2 > r.counted {
        Badge::Within24h
    } else if r.responded_within_72h * 2 > r.counted {
        Badge::Within3Days
    } else {
        Badge::Slower
    };
    r
}

// ----- R42: triage -----

/// What triage weighs about an invite.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TriageFacts {
    pub rating: Option<f64>,
    pub reviews: i64,
    pub hire_rate_pct: Option<i64>,
    pub total_spent_cents: i64,
    pub avg_hourly_paid_cents: Option<i64>,
    pub payment_verified: bool,
    pub job_skills: Vec<String>,
    pub profile_skills: Vec<String>,
    pub profile_rate_cents: Option<i64>,
    pub age_seconds: i64,
    /// R19: your live proposal on the invite's job, if any: accepting the invite is refused.
    pub live_proposal_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Factor {
    pub factor: &'static str,
    pub points: i64,
    pub max: i64,
    pub why: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Triage {
    pub score: i64,
    pub factors: Vec<Factor>,
}

/// R42: the weights, in one place. They add up to 100.
pub const WEIGHTS: &[(&str, i64)] = &[
    ("client_rating", 20),
    ("hire_rate", 15),
    ("total_spend", 15),
    ("pay_vs_your_rate", 15),
    ("payment_verified", 10),
    ("skills_overlap", 15),
    ("urgency", 10),
];

fn weight(name: &str) -> i64 {
    WEIGHTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, w)| *w)
        .expect("a known factor")
}

fn scaled(fraction: f64, max: i64) -> i64 {
    (fraction.clamp(0.0, 1.0) * max as f64).round() as i64
}

/// R42: a 0–100 score for a pending invite, with each factor's contribution.
pub fn triage(f: &TriageFacts) -> Triage {
    assess(f, true)
}

/// R42: the score alone, as [`triage`] gives it, without writing out why (a list scores
/// every pending row and shows only the number).
pub fn triage_score(f: &TriageFacts) -> i64 {
    assess(f, false).score
}

fn assess(f: &TriageFacts, explain: bool) -> Triage {
    // R19: one live proposal a job. An invite to a job you already have a live proposal on
    // cannot be accepted, so it is worth nothing to triage.
    if let Some(p) = f.live_proposal_id {
        return Triage {
            score: 0,
            factors: vec![Factor {
                factor: "live_proposal",
                points: 0,
                max: 0,
                why: format!(
                    "you already have proposal {p} on this job; accepting this invite is refused (R19)"
                ),
            }],
        };
    }
    let mut factors = Vec::with_capacity(WEIGHTS.len());
    let mut add = |factor: &'static str, fraction: f64, why: &dyn Fn() -> String| {
        let max = weight(factor);
        factors.push(Factor {
            factor,
            points: scaled(fraction, max),
            max,
            why: if explain { why() } else { String::new() },
        });
    };
    // A rating counts in full only with enough reviews behind it.
    let confidence = (f.reviews as f64 / 10.0).min(1.0);
    match f.rating {
        Some(r) => add(
            "client_rating",
            (r / 5.0) * (0.5 + 0.5 * confidence),
            &|| format!("rated {r:.2} from {} reviews", f.reviews),
        ),
        None => add("client_rating", 0.25, &|| "no rating yet".into()),
    }
    match f.hire_rate_pct {
        Some(h) => add("hire_rate", h as f64 / 100.0, &|| {
            format!("hires after {h}% of posts")
        }),
        None => add("hire_rate", 0.25, &|| "hire rate unknown".into()),
    }
    // Spend on a log scale: $100 → a little, $100,000+ → full.
    let dollars = f.total_spent_cents as f64 / 100.0;
    let spend = if dollars <= 100.0 {
        dollars / 100.0 * 0.2
    } else {
        0.2 + 0.8 * ((dollars / 100.0).log10() / 3.0)
    };
    add("total_spend", spend, &|| format!("has spent ${dollars:.0}"));
    match (f.avg_hourly_paid_cents, f.profile_rate_cents) {
        (Some(paid), Some(rate)) if rate > 0 => {
            let ratio = paid as f64 / rate as f64;
            add("pay_vs_your_rate", ratio, &|| {
                format!(
                    "pays ${:.2}/h on average, {:.0}% of your rate",
                    paid as f64 / 100.0,
                    ratio * 100.0
                )
            })
        }
        _ => add("pay_vs_your_rate", 0.5, &|| {
            "average pay or your rate unknown".into()
        }),
    }
    add(
        "payment_verified",
        if f.payment_verified { 1.0 } else { 0.0 },
        &|| {
            if f.payment_verified {
                "payment method verified".into()
            } else {
                "payment method not verified".into()
            }
        },
    );
    let job: BTreeSet<String> = f.job_skills.iter().map(|s| s.to_lowercase()).collect();
    let mine: BTreeSet<String> = f.profile_skills.iter().map(|s| s.to_lowercase()).collect();
    if job.is_empty() {
        add("skills_overlap", 0.5, &|| "the job lists no skills".into());
    } else {
        let shared: Vec<&String> = job.intersection(&mine).collect();
        add(
            "skills_overlap",
            shared.len() as f64 / job.len() as f64,
            &|| format!("{} of {} skills match", shared.len(), job.len()),
        );
    }
    // Urgency: answering within 24 h keeps the response badge; it peaks as that nears.
    let hours = f.age_seconds as f64 / 3600.0;
    let urgency = if hours <= 24.0 {
        0.4 + 0.6 * hours / 24.0
    } else if hours <= 72.0 {
        1.0 - (hours - 24.0) / 96.0
    } else {
        0.3
    };
    add("urgency", urgency, &|| format!("received {hours:.0} h ago"));
    Triage {
        score: factors.iter().map(|f| f.points).sum::<i64>().clamp(0, 100),
        factors,
    }
}

// ----- R41: cover-letter check -----

/// R41: below this many characters the check asks for more text and gives no tips.
pub const LETTER_MIN_CHARS: usize = 200;
/// R41: letters this similar (word-trigram Jaccard) to another of yours count as reused.
pub const REUSE_THRESHOLD: f64 = 0.5;

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Reuse {
    pub proposal_id: i64,
    pub similarity: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct LetterReport {
    pub characters: usize,
    pub words: usize,
    pub too_short: bool,
    pub missing_skills: Vec<String>,
    pub missing_keywords: Vec<String>,
    pub reused_from: Vec<Reuse>,
    pub thank_you_missing: bool,
    pub contact_findings: Vec<Finding>,
    pub warnings: Vec<Finding>,
    pub tips: Vec<String>,
}

const STOPWORDS: &[&str] = &[
    "about", "above", "after", "again", "their", "there", "these", "those", "which", "while",
    "would", "could", "should", "where", "other", "being", "every", "under", "until", "within",
    "without", "please", "looking", "someone", "project", "need", "needs", "help", "want", "will",
    "with", "your", "ours", "from", "that", "this", "have", "into", "more", "most", "some", "such",
    "than", "then", "them", "they", "what", "when", "also", "just", "like", "over", "very", "well",
    "work", "skills", "below", "listed", "matter",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn shingles(text: &str) -> BTreeSet<String> {
    let w = words(text);
    w.windows(3).map(|s| s.join(" ")).collect()
}

/// Jaccard similarity of two texts' word trigrams (0 to 1).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (shingles(a), shingles(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let shared = x.intersection(&y).count() as f64;
    shared / ((x.len() + y.len()) as f64 - shared)
}

/// R41: checks a cover letter against its job and the freelancer's other letters.
pub fn check_letter(
    letter: &str,
    job_skills: &[String],
    job_description: &str,
    from_invite: bool,
    others: &[(i64, String)],
) -> LetterReport {
    let characters = letter.chars().count();
    let lower = letter.to_lowercase();
    let letter_words: BTreeSet<String> = words(letter).into_iter().collect();
    let check = contact::check(letter);
    let mut r = LetterReport {
        characters,
        words: words(letter).len(),
        too_short: characters < LETTER_MIN_CHARS,
        missing_skills: Vec::new(),
        missing_keywords: Vec::new(),
        reused_from: Vec::new(),
        thank_you_missing: false,
        contact_findings: check.findings,
        warnings: check.warnings,
        tips: Vec::new(),
    };
    if r.too_short {
        r.tips.push(format!(
            "write more first: {characters} characters; tips start at {LETTER_MIN_CHARS}"
        ));
        return r;
    }
    r.missing_skills = job_skills
        .iter()
        .filter(|s| !lower.contains(&s.to_lowercase()))
        .cloned()
        .collect();
    let mut seen = BTreeSet::new();
    for w in words(job_description) {
        if w.len() >= 5
            && !STOPWORDS.contains(&w.as_str())
            && !letter_words.contains(&w)
            && seen.insert(w.clone())
        {
            r.missing_keywords.push(w);
        }
    }
    r.missing_keywords.truncate(8);
    for (id, other) in others {
        let s = (similarity(letter, other) * 100.0).round() / 100.0;
        if s >= REUSE_THRESHOLD {
            r.reused_from.push(Reuse {
                proposal_id: *id,
                similarity: s,
            });
        }
    }
    let opening: String = lower.chars().take(160).collect();
    r.thank_you_missing = from_invite && !(opening.contains("thank") || opening.contains("thanks"));
    if !r.missing_skills.is_empty() {
        r.tips
            .push(format!("say how you use {}", r.missing_skills.join(", ")));
    }
    if !r.missing_keywords.is_empty() {
        r.tips.push(format!(
            "speak to the post's own words: {}",
            r.missing_keywords.join(", ")
        ));
    }
    if !r.reused_from.is_empty() {
        r.tips.push(
            "this letter repeats one you sent before; generic letters lose, write to this job"
                .into(),
        );
    }
    if r.thank_you_missing {
        r.tips
            .push("open by thanking the client for the invitation".into());
    }
    if characters > 3_000 {
        r.tips.push(format!(
            "{characters} characters is long; clients skim, aim for under 3,000"
        ));
    }
    if !r.contact_findings.is_empty() {
        r.tips
            .push("remove the contact information: it is not allowed before a contract".into());
    }
    if !r.warnings.is_empty() {
        r.tips.push("do not offer extras to win the job".into());
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn facts(received: &str, status: InviteStatus, responded: Option<&str>) -> InviteFacts {
        InviteFacts {
            received_at: t(received),
            status,
            responded_at: responded.map(t),
            withdrawn_at: None,
        }
    }

    #[test]
    fn r7_badges() {
        let now = t("2026-03-31T00:00:00Z");
        let quick: Vec<InviteFacts> = (1..=5)
            .map(|d| {
                facts(
                    &format!("2026-03-{d:02}T00:00:00Z"),
                    InviteStatus::Declined,
                    Some(&format!("2026-03-{d:02}T10:00:00Z")),
                )
            })
            .collect();
        assert_eq!(response_time(&quick, now).badge, Badge::Within24h);
        assert_eq!(response_time(&quick[..4], now).badge, Badge::NotEnoughData);
        let two_days: Vec<InviteFacts> = (1..=5)
            .map(|d| {
                facts(
                    &format!("2026-03-{d:02}T00:00:00Z"),
                    InviteStatus::Accepted,
                    Some(&format!("2026-03-{:02}T00:00:00Z", d + 2)),
                )
            })
            .collect();
        assert_eq!(response_time(&two_days, now).badge, Badge::Within3Days);
        let ignored: Vec<InviteFacts> = (1..=5)
            .map(|d| {
                facts(
                    &format!("2026-03-{d:02}T00:00:00Z"),
                    InviteStatus::Archived,
                    None,
                )
            })
            .collect();
        let r = response_time(&ignored, now);
        assert_eq!(r.badge, Badge::Slower);
        assert_eq!(r.median_response_seconds, None);
        assert_eq!(
            response_time(&quick, now).median_response_seconds,
            Some(36_000)
        );
    }

    #[test]
    fn r7_exclusions() {
        let now = t("2026-03-31T00:00:00Z");
        let mut list = vec![facts("2026-03-30T12:00:00Z", InviteStatus::Pending, None)];
        list.push(InviteFacts {
            withdrawn_at: Some(t("2026-03-10T20:00:00Z")),
            ..facts("2026-03-10T00:00:00Z", InviteStatus::Withdrawn, None)
        });
        list.push(facts(
            "2025-12-01T00:00:00Z",
            InviteStatus::Declined,
            Some("2025-12-01T01:00:00Z"),
        ));
        let r = response_time(&list, now);
        assert_eq!(
            (
                r.counted,
                r.excluded_pending_under_24h,
                r.excluded_withdrawn_within_24h,
                r.excluded_outside_window
            ),
            (0, 1, 1, 1)
        );
    }

    #[test]
    fn r19_an_invite_beside_a_live_proposal_scores_zero() {
        let t = triage(&TriageFacts {
            rating: Some(5.0),
            reviews: 50,
            payment_verified: true,
            live_proposal_id: Some(7),
            ..TriageFacts::default()
        });
        assert_eq!(t.score, 0);
        assert!(t.factors[0].why.contains("proposal 7"));
    }

    #[test]
    fn r42_weights_add_up_and_strong_beats_weak() {
        assert_eq!(WEIGHTS.iter().map(|(_, w)| w).sum::<i64>(), 100);
        let strong = TriageFacts {
            rating: Some(4.95),
            reviews: 40,
            hire_rate_pct: Some(90),
            total_spent_cents: 20_000_000,
            avg_hourly_paid_cents: Some(7_000),
            payment_verified: true,
            job_skills: vec!["rust".into(), "sqlite".into()],
            profile_skills: vec!["Rust".into(), "SQLite".into()],
            profile_rate_cents: Some(6_500),
            age_seconds: 20 * 3600,
            live_proposal_id: None,
        };
        let weak = TriageFacts {
            rating: Some(3.1),
            reviews: 2,
            hire_rate_pct: Some(10),
            total_spent_cents: 5_000,
            avg_hourly_paid_cents: Some(1_500),
            payment_verified: false,
            job_skills: vec!["figma".into()],
            profile_skills: vec!["rust".into()],
            profile_rate_cents: Some(6_500),
            age_seconds: 20 * 3600,
            live_proposal_id: None,
        };
        let (s, w) = (triage(&strong), triage(&weak));
        assert!(s.score >= 85, "{s:?}");
        assert!(w.score <= 35, "{w:?}");
        for (a, b) in s.factors.iter().zip(&w.factors) {
            if a.factor != "urgency" {
                assert!(
                    a.points > b.points,
                    "{} should favour the strong client",
                    a.factor
                );
            }
        }
    }

    proptest::proptest! {
        /// The list's score-only path gives the very score the explained triage does.
        #[test]
        fn r42_the_score_alone_is_the_triage_score(
            rating in proptest::option::of(0.0f64..5.0),
            reviews in 0i64..100,
            hire in proptest::option::of(0i64..=100),
            spent in 0i64..50_000_000,
            paid in proptest::option::of(0i64..20_000),
            verified in proptest::bool::ANY,
            job in proptest::collection::vec("[a-cA-C]{1,2}", 0..4),
            mine in proptest::collection::vec("[a-cA-C]{1,2}", 0..4),
            rate in proptest::option::of(0i64..20_000),
            age in 0i64..400_000,
            live in proptest::option::of(1i64..9),
        ) {
            let f = TriageFacts {
                rating,
                reviews,
                hire_rate_pct: hire,
                total_spent_cents: spent,
                avg_hourly_paid_cents: paid,
                payment_verified: verified,
                job_skills: job,
                profile_skills: mine,
                profile_rate_cents: rate,
                age_seconds: age,
                live_proposal_id: live,
            };
            proptest::prop_assert_eq!(triage_score(&f), triage(&f).score);
        }
    }

    #[test]
    fn r41_letter_checks() {
        let short = check_letter("Hi, I can do it.", &[], "", true, &[]);
        assert!(short.too_short && short.missing_skills.is_empty());
        let letter = "Hello! I have built several command line tools in Rust with careful tests, clear documentation and \
                      attention to performance. I would start with a short plan and deliver weekly increments you can try. \
                      Each increment comes with notes on what changed and why.";
        let r = check_letter(
            letter,
            &["rust".into(), "sqlite".into()],
            "A reporting dashboard for invoices",
            true,
            &[(7, letter.to_string())],
        );
        assert_eq!(r.missing_skills, ["sqlite"]);
        assert!(r.missing_keywords.contains(&"invoices".to_string()));
        assert!(r.thank_you_missing);
        assert_eq!(
            r.reused_from,
            [Reuse {
                proposal_id: 7,
                similarity: 1.0
            }]
        );
        assert!(
            similarity(
                letter,
                "Something else entirely about gardening and roses in spring time"
            ) < 0.1
        );
    }
}
