//! Proposals: their terms (R10–R12), cover letter and answers (R13), statuses (R14) and edit
//! windows (R16).

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::rules::jobs::{Duration, PayType};
use crate::rules::money::{self, BID_MAX, BID_MIN, Cents, MILESTONE_MIN, RATE_MAX, RATE_MIN};
use crate::slug_enum;

slug_enum! {
    /// R14: where a proposal stands.
    pub enum ProposalStatus {
        Submitted => "submitted",
        Active => "active",
        Offered => "offered",
        Hired => "hired",
        Declined => "declined",
        Withdrawn => "withdrawn",
        Archived => "archived",
    }
}

impl ProposalStatus {
    /// Still in play: it counts as the live proposal of its job (R19) and is archived when the
    /// job closes (R6).
    pub fn is_open(self) -> bool {
        matches!(
            self,
            ProposalStatus::Submitted | ProposalStatus::Active | ProposalStatus::Offered
        )
    }
}

/// A fixed-price milestone (R10).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Milestone {
    pub description: String,
    pub due_date: Date,
    pub amount_cents: i64,
}

impl Milestone {
    /// Parses `DESCRIPTION;YYYY-MM-DD;AMOUNT`.
    pub fn parse(text: &str) -> Result<Milestone, String> {
        let parts: Vec<&str> = text.rsplitn(3, ';').collect();
        let [amount, date, description] = parts.as_slice() else {
            return Err(format!(
                "invalid milestone '{text}': write \"DESCRIPTION;YYYY-MM-DD;AMOUNT\", e.g. \"Design;2026-04-01;250\""
            ));
        };
        let description = description.trim();
        if description.is_empty() {
            return Err(format!(
                "invalid milestone '{text}': the description is empty"
            ));
        }
        let due_date: Date = date
            .trim()
            .parse()
            .map_err(|_| format!("invalid milestone '{text}': the due date must be YYYY-MM-DD"))?;
        let amount =
            Cents::parse(amount).map_err(|e| format!("invalid milestone '{text}': {e}"))?;
        if amount < MILESTONE_MIN {
            return Err(format!(
                "invalid milestone '{text}': each milestone is at least {}",
                MILESTONE_MIN.plain()
            ));
        }
        Ok(Milestone {
            description: description.to_string(),
            due_date,
            amount_cents: amount.0,
        })
    }
}

/// R10, R11: stored milestones (from a file) hold as typed ones do: each at least the
/// minimum, and together the bid.
pub fn check_milestones(milestones: &[Milestone], bid_cents: Option<i64>) -> Result<(), String> {
    if milestones.is_empty() {
        return Ok(());
    }
    if let Some(m) = milestones
        .iter()
        .find(|m| Cents(m.amount_cents) < MILESTONE_MIN)
    {
        return Err(format!(
            "milestone '{}' is {}; each milestone is at least {}",
            m.description,
            Cents(m.amount_cents).plain(),
            MILESTONE_MIN.plain()
        ));
    }
    let sum: i64 = milestones.iter().map(|m| m.amount_cents).sum();
    if bid_cents != Some(sum) {
        return Err(format!(
            "the milestones add up to {}, but the bid is {}",
            Cents(sum).plain(),
            bid_cents.map_or("none".to_string(), |b| Cents(b).plain())
        ));
    }
    Ok(())
}

/// The price part of the terms as given on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Price {
    Rate(Cents),
    Bid(Cents),
    Milestones(Vec<Milestone>),
    /// R12: what the freelancer wants to receive; the client amount is derived.
    Receive(Cents),
}

/// Settled terms: what the client sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terms {
    pub pay_type: PayType,
    pub rate_cents: Option<i64>,
    pub bid_cents: Option<i64>,
    pub milestones: Vec<Milestone>,
    pub duration: Option<Duration>,
}

impl Terms {
    /// The amount the fee applies to: the hourly rate or the whole bid.
    pub fn amount(&self) -> Cents {
        Cents(self.rate_cents.or(self.bid_cents).unwrap_or(0))
    }
}

/// R10–R12: turns the price given into terms for a job paid by `pay_type`.
pub fn settle_terms(
    pay_type: PayType,
    price: Price,
    duration: Option<Duration>,
    fee_pct: i64,
    today: Date,
) -> Result<Terms, String> {
    let mut terms = Terms {
        pay_type,
        rate_cents: None,
        bid_cents: None,
        milestones: Vec::new(),
        duration,
    };
    match (pay_type, price) {
        (PayType::Hourly, Price::Rate(r)) => {
            terms.rate_cents = Some(check_range(r, "hourly rate", RATE_MIN, RATE_MAX)?.0)
        }
        (PayType::Hourly, Price::Receive(net)) => {
            let gross = money::gross_for_net(net, fee_pct);
            terms.rate_cents = Some(check_range(gross, "hourly rate", RATE_MIN, RATE_MAX)?.0);
        }
        (PayType::Fixed, Price::Bid(b)) => {
            terms.bid_cents = Some(check_range(b, "bid", BID_MIN, BID_MAX)?.0)
        }
        (PayType::Fixed, Price::Receive(net)) => {
            let gross = money::gross_for_net(net, fee_pct);
            terms.bid_cents = Some(check_range(gross, "bid", BID_MIN, BID_MAX)?.0);
        }
        (PayType::Fixed, Price::Milestones(ms)) => {
            if let Some(past) = ms.iter().find(|m| m.due_date < today) {
                return Err(format!(
                    "milestone '{}' is due {}, which is in the past",
                    past.description, past.due_date
                ));
            }
            let total: i64 = ms.iter().map(|m| m.amount_cents).sum();
            terms.bid_cents = Some(
                check_range(
                    Cents(total),
                    "bid (the sum of the milestones)",
                    BID_MIN,
                    BID_MAX,
                )?
                .0,
            );
            terms.milestones = ms;
        }
        (PayType::Hourly, _) => return Err(
            "this job is paid by the hour: give --rate (or --receive), not --bid or --milestone"
                .into(),
        ),
        (PayType::Fixed, Price::Rate(_)) => {
            return Err(
                "this job has a fixed price: give --bid or --milestone (or --receive), not --rate"
                    .into(),
            );
        }
    }
    Ok(terms)
}

fn check_range(c: Cents, what: &str, min: Cents, max: Cents) -> Result<Cents, String> {
    if c < min || c > max {
        Err(format!(
            "the {what} {} is out of range: it must be from {} to {}",
            c.plain(),
            min.plain(),
            max.plain()
        ))
    } else {
        Ok(c)
    }
}

/// R13: the most characters a cover letter may have.
pub const COVER_LETTER_MAX: usize = 5_000;
/// R13: attachments per proposal, and bytes per attachment.
pub const ATTACHMENTS_MAX: usize = 10;
pub const ATTACHMENT_BYTES_MAX: u64 = 25 * 1024 * 1024;

pub fn check_cover_letter(text: &str) -> Result<(), String> {
    let n = text.chars().count();
    if text.trim().is_empty() {
        return Err("the cover letter is empty".into());
    }
    if n > COVER_LETTER_MAX {
        return Err(format!(
            "the cover letter has {n} characters; at most {COVER_LETTER_MAX} are allowed"
        ));
    }
    Ok(())
}

/// A screening question and its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Answer {
    pub question: String,
    pub answer: String,
}

/// Parses `--answer N=TEXT` (N counts from 1).
pub fn parse_answer(text: &str) -> Result<(usize, String), String> {
    let (n, answer) = text.split_once('=').ok_or_else(|| {
        format!("invalid answer '{text}': write N=TEXT, e.g. --answer 1=\"Yes, with Rust\"")
    })?;
    let n: usize =
        n.trim().parse().ok().filter(|n| *n >= 1).ok_or_else(|| {
            format!("invalid answer '{text}': N is the question's number, from 1")
        })?;
    Ok((n, answer.trim().to_string()))
}

/// R13: one answer per screening question, no answers to questions that do not exist.
pub fn match_answers(
    questions: &[String],
    given: &[(usize, String)],
) -> Result<Vec<Answer>, String> {
    if let Some((n, _)) = given.iter().find(|(n, _)| *n > questions.len()) {
        return Err(format!(
            "--answer {n}=…: the job has {} screening question(s)",
            questions.len()
        ));
    }
    let mut answers = Vec::with_capacity(questions.len());
    for (i, q) in questions.iter().enumerate() {
        let Some((_, a)) = given
            .iter()
            .rev()
            .find(|(n, a)| *n == i + 1 && !a.is_empty())
        else {
            return Err(format!(
                "screening question {} needs an answer: --answer {}=TEXT ({q})",
                i + 1,
                i + 1
            ));
        };
        answers.push(Answer {
            question: q.clone(),
            answer: a.clone(),
        });
    }
    Ok(answers)
}

/// R12: the client amount, the fee and what the freelancer receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeeBreakdown {
    pub fee_cents: i64,
    pub receive_cents: i64,
}

pub fn fee_breakdown(amount: Cents, fee_pct: i64) -> FeeBreakdown {
    let fee = money::fee(amount, fee_pct);
    FeeBreakdown {
        fee_cents: fee.0,
        receive_cents: amount.0 - fee.0,
    }
}

/// R16: when the cover letter, answers and attachments stop being editable: `edit_hours` after
/// submission, or when the client has seen the proposal (viewed it, or made an offer on it),
/// whichever is first.
pub fn cover_letter_locked_at(
    submitted_at: Timestamp,
    client_viewed_at: Option<Timestamp>,
    edit_hours: i64,
) -> Timestamp {
    let window = crate::clock::add_hours(submitted_at, edit_hours);
    match client_viewed_at {
        Some(v) if v < window => v,
        _ => window,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        "2026-03-10".parse().unwrap()
    }

    #[test]
    fn milestones_parse_and_sum_to_the_bid() {
        let ms = vec![
            Milestone::parse("Design;2026-04-01;250").unwrap(),
            Milestone::parse("Build; 2026-05-01 ;$750.50").unwrap(),
        ];
        let t = settle_terms(PayType::Fixed, Price::Milestones(ms), None, 10, today()).unwrap();
        assert_eq!(t.bid_cents, Some(100_050));
        assert_eq!(t.milestones.len(), 2);
        assert!(Milestone::parse("Design;2026-04-01;4.99").is_err());
        assert!(Milestone::parse("Design;April;250").is_err());
        assert!(Milestone::parse("Design;250").is_err());
        assert_eq!(
            Milestone::parse("A;b;2026-04-01;5").unwrap().description,
            "A;b"
        );
    }

    #[test]
    fn milestones_cannot_be_due_in_the_past() {
        let ms = vec![Milestone::parse("Old;2026-03-09;50").unwrap()];
        assert!(settle_terms(PayType::Fixed, Price::Milestones(ms), None, 10, today()).is_err());
        let ms = vec![Milestone::parse("Today;2026-03-10;50").unwrap()];
        assert!(settle_terms(PayType::Fixed, Price::Milestones(ms), None, 10, today()).is_ok());
    }

    #[test]
    fn price_must_fit_the_pay_type_and_range() {
        assert!(
            settle_terms(
                PayType::Hourly,
                Price::Bid(Cents(10_000)),
                None,
                10,
                today()
            )
            .is_err()
        );
        assert!(
            settle_terms(PayType::Fixed, Price::Rate(Cents(5_000)), None, 10, today()).is_err()
        );
        assert!(settle_terms(PayType::Hourly, Price::Rate(Cents(299)), None, 10, today()).is_err());
        assert!(settle_terms(PayType::Fixed, Price::Bid(Cents(499)), None, 10, today()).is_err());
        let t = settle_terms(
            PayType::Hourly,
            Price::Receive(Cents(2000)),
            None,
            10,
            today(),
        )
        .unwrap();
        assert_eq!(t.rate_cents, Some(2222));
    }

    #[test]
    fn fee_breakdown_rounds_half_up() {
        assert_eq!(
            fee_breakdown(Cents(4000), 10),
            FeeBreakdown {
                fee_cents: 400,
                receive_cents: 3600
            }
        );
        assert_eq!(fee_breakdown(Cents(2225), 10).fee_cents, 223);
    }

    #[test]
    fn cover_letters_and_answers() {
        assert!(check_cover_letter("").is_err());
        assert!(check_cover_letter(&"x".repeat(5_000)).is_ok());
        assert!(check_cover_letter(&"x".repeat(5_001)).is_err());
        let qs = vec!["Q1".to_string(), "Q2".to_string()];
        assert!(match_answers(&qs, &[(1, "a".into())]).is_err());
        assert!(match_answers(&qs, &[(1, "a".into()), (3, "c".into())]).is_err());
        let a = match_answers(&qs, &[(2, "b".into()), (1, "a".into())]).unwrap();
        assert_eq!(a[0].answer, "a");
        assert_eq!(parse_answer("2=Yes, I have"), Ok((2, "Yes, I have".into())));
        assert!(parse_answer("0=x").is_err());
        assert!(parse_answer("x").is_err());
    }

    #[test]
    fn r16_window_closes_at_six_hours_or_first_view() {
        let s: Timestamp = "2026-03-10T12:00:00Z".parse().unwrap();
        assert_eq!(
            cover_letter_locked_at(s, None, 6).to_string(),
            "2026-03-10T18:00:00Z"
        );
        let v: Timestamp = "2026-03-10T13:00:00Z".parse().unwrap();
        assert_eq!(cover_letter_locked_at(s, Some(v), 6), v);
        let late: Timestamp = "2026-03-11T13:00:00Z".parse().unwrap();
        assert_eq!(
            cover_letter_locked_at(s, Some(late), 6).to_string(),
            "2026-03-10T18:00:00Z"
        );
    }
}

slug_enum! {
    /// R17: why the freelancer withdrew a proposal.
    pub enum WithdrawReason {
        AppliedByMistake => "applied-by-mistake",
        ScheduleConflict => "schedule-conflict",
        ClientUnresponsive => "client-unresponsive",
        ClientBehavior => "client-behavior",
        RateMismatch => "rate-mismatch",
        ScopeChanged => "scope-changed",
        Other => "other",
    }
}

/// What an edit touches, for R16's two windows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EditScope {
    /// Cover letter, screening answers or attachments.
    pub letter: bool,
    /// Rate, bid, milestones or duration.
    pub terms: bool,
}

/// R16: may a proposal in `status` be edited now? `offer_received` is true once any offer came.
pub fn check_edit(
    status: ProposalStatus,
    scope: EditScope,
    locked_at: Timestamp,
    edit_hours: i64,
    offer_received: bool,
    now: Timestamp,
) -> Result<(), String> {
    if !matches!(
        status,
        ProposalStatus::Submitted | ProposalStatus::Active | ProposalStatus::Offered
    ) {
        return Err(format!(
            "the proposal is {status}; only open proposals can be edited"
        ));
    }
    if scope.terms && (offer_received || status == ProposalStatus::Offered) {
        return Err(
            "an offer was received: terms now change only with the client's agreement (ask the client for a new offer, or decline this one)"
                .into(),
        );
    }
    if scope.letter && now >= locked_at {
        return Err(format!(
            "the cover letter, answers and attachments locked at {locked_at} ({edit_hours} hours after submission or when the client saw the proposal, by viewing it or making an offer, whichever came first)"
        ));
    }
    Ok(())
}

/// I8: nothing happens to a proposal before it was submitted (a clock set back).
pub fn check_after_submission(submitted_at: Timestamp, now: Timestamp) -> Result<(), String> {
    super::not_before(now, submitted_at, || {
        format!(
            "it was submitted at {submitted_at}; nothing can change it before that (now is {now})"
        )
    })
}

/// I8: a message is written after the proposal was submitted and, once its room is open, not
/// before the room opened.
pub fn check_message_time(
    at: Timestamp,
    submitted_at: Timestamp,
    room_opened_at: Option<Timestamp>,
) -> Result<(), String> {
    let (earliest, what) = match room_opened_at {
        Some(opened) => (opened, "its room opened"),
        None => (submitted_at, "it was submitted"),
    };
    super::not_before(at, earliest, || {
        format!("a message at {at} would come before {what} ({earliest})")
    })
}

/// R18: the most Connects one boost may bid.
pub const BOOST_MAX: i64 = 100;

/// R18: a boost bids from 1 to [`BOOST_MAX`] Connects, at submission or later alike.
pub fn check_boost_amount(amount: i64) -> Result<(), String> {
    if (1..=BOOST_MAX).contains(&amount) {
        Ok(())
    } else {
        Err(format!(
            "a boost is from 1 to {BOOST_MAX} Connects, not {amount}"
        ))
    }
}

/// R18: may the boost of a proposal be refunded as outbid? Only a live (submitted or active)
/// proposal with a boost, once.
pub fn check_outbid(status: ProposalStatus, boost: i64, refunded: bool) -> Result<(), String> {
    if !matches!(status, ProposalStatus::Submitted | ProposalStatus::Active) {
        return Err(format!(
            "it is {status}; only a submitted or active proposal can be outbid"
        ));
    }
    if boost == 0 {
        return Err("it has no boost to refund".into());
    }
    if refunded {
        return Err("its boost was already refunded as outbid".into());
    }
    Ok(())
}

pub fn check_boost(status: ProposalStatus, existing_boost: i64, amount: i64) -> Result<(), String> {
    if !matches!(status, ProposalStatus::Submitted | ProposalStatus::Active) {
        return Err(format!(
            "the proposal is {status}; only submitted and active proposals can be boosted"
        ));
    }
    if existing_boost > 0 {
        return Err(format!(
            "the proposal is already boosted with {existing_boost} Connects; a boost cannot be changed"
        ));
    }
    if amount < 1 {
        return Err("a boost is at least 1 Connect".into());
    }
    Ok(())
}

/// What can happen to a proposal (R14): the events of its one state machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalEvent {
    /// The client's first message opens the room (R19).
    ClientMessage,
    /// The client made an offer (R20).
    OfferReceived,
    /// The freelancer declined the open offer (R21).
    OfferDeclined,
    /// The open offer expired unanswered (R20).
    OfferExpired,
    /// The freelancer accepted the open offer: a contract started (R21).
    Hired,
    /// The same profile owner was hired on another proposal to the job (R21).
    HiredElsewhere,
    /// The freelancer withdrew it (R17).
    Withdraw,
    /// The client declined it.
    ClientDeclined,
    /// Its job closed (R6).
    JobClosed,
}

impl ProposalEvent {
    /// The action recorded in the event log.
    pub fn action(self) -> &'static str {
        match self {
            ProposalEvent::ClientMessage => "activated",
            ProposalEvent::OfferReceived => "offered",
            ProposalEvent::OfferDeclined | ProposalEvent::OfferExpired => "reactivated",
            ProposalEvent::Hired => "hired",
            ProposalEvent::HiredElsewhere | ProposalEvent::JobClosed => "archived",
            ProposalEvent::Withdraw => "withdrawn",
            ProposalEvent::ClientDeclined => "declined",
        }
    }

    fn verb(self) -> &'static str {
        match self {
            ProposalEvent::ClientMessage => "receive a client's first message",
            ProposalEvent::OfferReceived => "receive an offer",
            ProposalEvent::OfferDeclined => "decline an offer",
            ProposalEvent::OfferExpired => "let an offer expire",
            ProposalEvent::Hired => "be hired",
            ProposalEvent::HiredElsewhere => "be archived by a hire elsewhere",
            ProposalEvent::Withdraw => "be withdrawn",
            ProposalEvent::ClientDeclined => "be declined by the client",
            ProposalEvent::JobClosed => "be archived by its job closing",
        }
    }
}

/// R14, R17–R21, R6: the one transition function of a proposal. Every status change of a
/// proposal, in every command, in seed and in import, goes through here.
pub fn transition(status: ProposalStatus, event: ProposalEvent) -> Result<ProposalStatus, String> {
    use ProposalEvent as E;
    use ProposalStatus as S;
    match (status, event) {
        (S::Submitted, E::ClientMessage) => Ok(S::Active),
        (S::Submitted | S::Active, E::OfferReceived) => Ok(S::Offered),
        (S::Offered, E::OfferDeclined | E::OfferExpired) => Ok(S::Active),
        (S::Offered, E::Hired) => Ok(S::Hired),
        (S::Submitted | S::Active | S::Offered, E::HiredElsewhere | E::JobClosed) => {
            Ok(S::Archived)
        }
        (S::Submitted | S::Active, E::Withdraw) => Ok(S::Withdrawn),
        (S::Offered, E::Withdraw) => Err(
            "an offer was received: decline the offer instead (lancer offer decline OFFER --reason R)"
                .into(),
        ),
        (S::Submitted | S::Active, E::ClientDeclined) => Ok(S::Declined),
        (S::Offered, E::ClientDeclined) => {
            Err("it has an open offer; the client withdraws an offer by closing the job".into())
        }
        (s, e) => Err(format!("the proposal is {s}; it cannot {}", e.verb())),
    }
}

#[cfg(test)]
mod lifecycle_tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn r16_edit_windows() {
        let locked = t("2026-03-10T18:00:00Z");
        let letter = EditScope {
            letter: true,
            terms: false,
        };
        let terms = EditScope {
            letter: false,
            terms: true,
        };
        assert!(
            check_edit(
                ProposalStatus::Submitted,
                letter,
                locked,
                6,
                false,
                t("2026-03-10T17:59:59Z")
            )
            .is_ok()
        );
        assert!(
            check_edit(
                ProposalStatus::Submitted,
                letter,
                locked,
                6,
                false,
                t("2026-03-10T18:00:00Z")
            )
            .is_err()
        );
        assert!(
            check_edit(
                ProposalStatus::Active,
                terms,
                locked,
                6,
                false,
                t("2026-03-20T00:00:00Z")
            )
            .is_ok()
        );
        let err = check_edit(
            ProposalStatus::Active,
            terms,
            locked,
            6,
            true,
            t("2026-03-10T12:00:00Z"),
        )
        .unwrap_err();
        assert!(err.contains("client's agreement"));
        assert!(
            check_edit(
                ProposalStatus::Withdrawn,
                letter,
                locked,
                6,
                false,
                t("2026-03-10T12:00:00Z")
            )
            .is_err()
        );
    }

    #[test]
    fn r14_one_state_machine() {
        use ProposalEvent as E;
        use ProposalStatus as S;
        assert_eq!(transition(S::Submitted, E::ClientMessage), Ok(S::Active));
        assert_eq!(transition(S::Active, E::OfferReceived), Ok(S::Offered));
        assert_eq!(transition(S::Offered, E::OfferExpired), Ok(S::Active));
        assert_eq!(transition(S::Offered, E::OfferDeclined), Ok(S::Active));
        assert_eq!(transition(S::Offered, E::Hired), Ok(S::Hired));
        assert_eq!(transition(S::Offered, E::JobClosed), Ok(S::Archived));
        assert_eq!(transition(S::Submitted, E::HiredElsewhere), Ok(S::Archived));
        assert!(
            transition(S::Offered, E::Withdraw)
                .unwrap_err()
                .contains("decline the offer")
        );
        assert!(transition(S::Archived, E::OfferDeclined).is_err());
        assert!(transition(S::Archived, E::Hired).is_err());
        assert!(transition(S::Hired, E::JobClosed).is_err());
        // Only live proposals move; the ends of the pipeline stay where they are.
        for s in [S::Hired, S::Declined, S::Withdrawn, S::Archived] {
            for e in [
                E::ClientMessage,
                E::OfferReceived,
                E::OfferDeclined,
                E::OfferExpired,
                E::Hired,
                E::HiredElsewhere,
                E::Withdraw,
                E::ClientDeclined,
                E::JobClosed,
            ] {
                assert!(transition(s, e).is_err(), "{s} {e:?}");
            }
        }
    }

    #[test]
    fn r18_outbid_only_live_once() {
        assert!(check_outbid(ProposalStatus::Active, 3, false).is_ok());
        assert!(check_outbid(ProposalStatus::Active, 3, true).is_err());
        assert!(check_outbid(ProposalStatus::Active, 0, false).is_err());
        assert!(check_outbid(ProposalStatus::Hired, 3, false).is_err());
        assert!(check_outbid(ProposalStatus::Withdrawn, 3, false).is_err());
        assert!(check_boost_amount(100).is_ok());
        assert!(check_boost_amount(101).is_err());
        assert!(check_boost_amount(0).is_err());
    }

    #[test]
    fn r18_boost_once() {
        assert!(check_boost(ProposalStatus::Submitted, 0, 3).is_ok());
        assert!(check_boost(ProposalStatus::Submitted, 2, 3).is_err());
        assert!(check_boost(ProposalStatus::Hired, 0, 3).is_err());
    }
}
