//! Model-based test of the pipeline: random sequences of operations, with the clock moving
//! forward past edit windows, offer expiry and lot expiry, run against the operations layer on
//! a fresh store and, beside it, against a small reference model of statuses and Connects.
//! After every step: the invariants I1–I8 hold, the store agrees with the model (statuses,
//! balance, what is left in each lot), and a refused step changed nothing.
//!
//! `LANCER_MODEL_CASES=N` runs N sequences (500 by default); see the README for a long soak.

use crate::store::db::Db;
use std::collections::{BTreeMap, BTreeSet};

use jiff::{Timestamp, ToSpan};
use proptest::prelude::*;

use crate::app;
use crate::app::proposals::{Origin, ProposalEdit, Submission};
use crate::error::{ErrorKind, Result};
use crate::rules::connects::lot_expiry;
use crate::rules::invites::{DeclineReason, InviteAction, InviteKind, InviteStatus};
use crate::rules::jobs::{Budget, CloseReason, PayType};
use crate::rules::money::Cents;
use crate::rules::offers::{ContractStatus, OfferDeclineReason, OfferStatus, offer_expiry};
use crate::rules::profiles::ProfileKind;
use crate::rules::proposals::{Price, ProposalStatus, WithdrawReason};
use crate::store::{self, clients, connects, invites, offers, profiles, proposals};

const START: &str = "2026-01-05T09:00:00Z";
const LETTER: &str = "Hello, I have done this kind of work many times and can start this week.";

/// One step of a sequence. Indexes pick among the records that exist (modulo their count).
#[derive(Clone, Debug)]
enum Op {
    ReceiveInvite {
        job: u8,
    },
    AcceptInvite {
        invite: u8,
        boost: u8,
    },
    DeclineInvite {
        invite: u8,
    },
    IgnoreInvite {
        invite: u8,
    },
    WithdrawInvite {
        invite: u8,
    },
    Submit {
        job: u8,
        specialized: bool,
        boost: u8,
    },
    Withdraw {
        proposal: u8,
    },
    Boost {
        proposal: u8,
        n: u8,
    },
    ClientMessage {
        proposal: u8,
    },
    FreelancerMessage {
        proposal: u8,
    },
    MarkViewed {
        proposal: u8,
    },
    MarkDeclined {
        proposal: u8,
    },
    MarkOutbid {
        proposal: u8,
    },
    EditLetter {
        proposal: u8,
    },
    ReceiveOffer {
        proposal: u8,
    },
    AcceptOffer {
        offer: u8,
    },
    DeclineOffer {
        offer: u8,
    },
    EndContract {
        contract: u8,
    },
    CloseJob {
        job: u8,
        reason: u8,
    },
    EditJob {
        job: u8,
    },
    CatalogOrder,
    Buy {
        n: u8,
    },
    Grant,
    Spend {
        n: u8,
    },
    Advance {
        step: u8,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let i = || any::<u8>();
    prop_oneof![
        3 => i().prop_map(|job| Op::ReceiveInvite { job }),
        3 => (i(), 0u8..4).prop_map(|(invite, boost)| Op::AcceptInvite { invite, boost }),
        1 => i().prop_map(|invite| Op::DeclineInvite { invite }),
        1 => i().prop_map(|invite| Op::IgnoreInvite { invite }),
        1 => i().prop_map(|invite| Op::WithdrawInvite { invite }),
        3 => (i(), any::<bool>(), 0u8..4)
            .prop_map(|(job, specialized, boost)| Op::Submit { job, specialized, boost }),
        1 => i().prop_map(|proposal| Op::Withdraw { proposal }),
        1 => (i(), 1u8..6).prop_map(|(proposal, n)| Op::Boost { proposal, n }),
        2 => i().prop_map(|proposal| Op::ClientMessage { proposal }),
        1 => i().prop_map(|proposal| Op::FreelancerMessage { proposal }),
        1 => i().prop_map(|proposal| Op::MarkViewed { proposal }),
        1 => i().prop_map(|proposal| Op::MarkDeclined { proposal }),
        1 => i().prop_map(|proposal| Op::MarkOutbid { proposal }),
        1 => i().prop_map(|proposal| Op::EditLetter { proposal }),
        3 => i().prop_map(|proposal| Op::ReceiveOffer { proposal }),
        2 => i().prop_map(|offer| Op::AcceptOffer { offer }),
        1 => i().prop_map(|offer| Op::DeclineOffer { offer }),
        1 => i().prop_map(|contract| Op::EndContract { contract }),
        1 => (i(), 0u8..3).prop_map(|(job, reason)| Op::CloseJob { job, reason }),
        1 => i().prop_map(|job| Op::EditJob { job }),
        1 => Just(Op::CatalogOrder),
        1 => (1u8..30).prop_map(|n| Op::Buy { n }),
        1 => Just(Op::Grant),
        1 => (1u8..10).prop_map(|n| Op::Spend { n }),
        3 => (0u8..5).prop_map(|step| Op::Advance { step }),
    ]
}

// ---------------------------------------------------------------- the reference model

#[derive(Clone, Debug)]
struct MJob {
    cost: i64,
    private: bool,
    open: bool,
    pay: PayType,
}

#[derive(Clone, Debug)]
struct MProposal {
    job: usize,
    status: ProposalStatus,
    boost: i64,
    boost_refunded: bool,
    submitted_at: Timestamp,
    viewed_at: Option<Timestamp>,
}

#[derive(Clone, Debug)]
struct MOffer {
    proposal: usize,
    status: OfferStatus,
    received_at: Timestamp,
    expires_at: Timestamp,
}

#[derive(Clone, Debug)]
struct MLot {
    remaining: i64,
    expires_at: Timestamp,
}

/// What a spend was for: (kind, proposal index); `None` for other spends.
type SpendKey = Option<(&'static str, usize)>;

#[derive(Clone, Debug)]
struct Model {
    now: Timestamp,
    jobs: Vec<MJob>,
    invites: Vec<(usize, InviteStatus)>,
    proposals: Vec<MProposal>,
    offers: Vec<MOffer>,
    contracts: Vec<ContractStatus>,
    lots: Vec<MLot>,
    /// Connects each proposal's cost or boost drew from each lot, not yet refunded.
    draws: BTreeMap<(&'static str, usize), Vec<(usize, i64)>>,
    granted: BTreeSet<String>,
}

impl Model {
    /// R20: offers past their expiry are expired and their proposals active again.
    fn settle(&mut self) {
        for o in &mut self.offers {
            if o.status == OfferStatus::Open && o.expires_at <= self.now {
                o.status = OfferStatus::Expired;
                let p = &mut self.proposals[o.proposal];
                if p.status == ProposalStatus::Offered {
                    p.status = ProposalStatus::Active;
                }
            }
        }
    }

    fn balance(&self) -> i64 {
        self.lots
            .iter()
            .filter(|l| l.expires_at > self.now)
            .map(|l| l.remaining)
            .sum()
    }

    fn issue(&mut self, amount: i64) {
        self.lots.push(MLot {
            remaining: amount,
            expires_at: lot_expiry(self.now),
        });
    }

    /// R50: draws from the lots expiring first; `false` (and nothing drawn) when short.
    fn spend(&mut self, amount: i64, key: SpendKey) -> bool {
        if amount > self.balance() {
            return false;
        }
        let mut order: Vec<usize> = (0..self.lots.len())
            .filter(|&i| self.lots[i].expires_at > self.now && self.lots[i].remaining > 0)
            .collect();
        order.sort_by_key(|&i| (self.lots[i].expires_at, i));
        let mut left = amount;
        for i in order {
            if left == 0 {
                break;
            }
            let take = left.min(self.lots[i].remaining);
            self.lots[i].remaining -= take;
            left -= take;
            if let Some(k) = key {
                self.draws.entry(k).or_default().push((i, take));
            }
        }
        true
    }

    fn refund(&mut self, key: (&'static str, usize)) {
        for (lot, amount) in self.draws.remove(&key).unwrap_or_default() {
            self.lots[lot].remaining += amount;
        }
    }

    fn live_on(&self, job: usize) -> bool {
        self.proposals
            .iter()
            .any(|p| p.job == job && p.status.is_open())
    }

    fn open_offer_of(&self, proposal: usize) -> Option<usize> {
        self.offers
            .iter()
            .position(|o| o.proposal == proposal && o.status == OfferStatus::Open)
    }

    fn new_proposal(&mut self, job: usize, status: ProposalStatus, boost: i64) -> bool {
        let cost = self.jobs[job].cost;
        let hired = self
            .proposals
            .iter()
            .any(|p| p.job == job && p.status == ProposalStatus::Hired);
        if !self.jobs[job].open || self.live_on(job) || hired || self.balance() < cost + boost {
            return false;
        }
        let id = self.proposals.len();
        self.spend(cost, Some(("proposal", id)));
        self.spend(boost, Some(("boost", id)));
        self.proposals.push(MProposal {
            job,
            status,
            boost,
            boost_refunded: false,
            submitted_at: self.now,
            viewed_at: None,
        });
        true
    }

    /// Whether the step names a record of a kind that exists yet (steps that do not are
    /// skipped: they would only test "not found").
    fn applicable(&self, op: &Op) -> bool {
        match op {
            Op::AcceptInvite { .. }
            | Op::DeclineInvite { .. }
            | Op::IgnoreInvite { .. }
            | Op::WithdrawInvite { .. } => !self.invites.is_empty(),
            Op::Withdraw { .. }
            | Op::Boost { .. }
            | Op::ClientMessage { .. }
            | Op::FreelancerMessage { .. }
            | Op::MarkViewed { .. }
            | Op::MarkDeclined { .. }
            | Op::MarkOutbid { .. }
            | Op::EditLetter { .. }
            | Op::ReceiveOffer { .. } => !self.proposals.is_empty(),
            Op::AcceptOffer { .. } | Op::DeclineOffer { .. } => !self.offers.is_empty(),
            Op::EndContract { .. } => !self.contracts.is_empty(),
            _ => true,
        }
    }

    /// Applies one step as the rules say; `false` when it must be refused (nothing changes).
    fn apply(&mut self, op: &Op) -> bool {
        use InviteStatus as I;
        use ProposalStatus as P;
        let pick = |n: usize, k: u8| (n > 0).then(|| k as usize % n);
        match *op {
            Op::ReceiveInvite { job } => {
                let j = job as usize % self.jobs.len();
                if !self.jobs[j].open {
                    return false;
                }
                self.invites.push((j, I::Pending));
                true
            }
            Op::AcceptInvite { invite, boost } => {
                let Some(i) = pick(self.invites.len(), invite) else {
                    return false;
                };
                let (job, status) = self.invites[i];
                if !matches!(status, I::Pending | I::Archived) {
                    return false;
                }
                if !self.new_proposal(job, P::Active, i64::from(boost)) {
                    return false;
                }
                self.invites[i].1 = I::Accepted;
                true
            }
            Op::DeclineInvite { invite } | Op::WithdrawInvite { invite } => {
                let Some(i) = pick(self.invites.len(), invite) else {
                    return false;
                };
                if !matches!(self.invites[i].1, I::Pending | I::Archived) {
                    return false;
                }
                self.invites[i].1 = match op {
                    Op::DeclineInvite { .. } => I::Declined,
                    _ => I::Withdrawn,
                };
                true
            }
            Op::IgnoreInvite { invite } => {
                let Some(i) = pick(self.invites.len(), invite) else {
                    return false;
                };
                if self.invites[i].1 != I::Pending {
                    return false;
                }
                self.invites[i].1 = I::Archived;
                true
            }
            Op::Submit { job, boost, .. } => {
                let j = job as usize % self.jobs.len();
                !self.jobs[j].private && self.new_proposal(j, P::Submitted, i64::from(boost))
            }
            Op::Withdraw { proposal } | Op::MarkDeclined { proposal } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                if !matches!(self.proposals[p].status, P::Submitted | P::Active) {
                    return false;
                }
                self.proposals[p].status = match op {
                    Op::Withdraw { .. } => P::Withdrawn,
                    _ => P::Declined,
                };
                true
            }
            Op::Boost { proposal, n } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                let n = i64::from(n);
                let pr = &self.proposals[p];
                if !matches!(pr.status, P::Submitted | P::Active) || pr.boost > 0 {
                    return false;
                }
                if !self.spend(n, Some(("boost", p))) {
                    return false;
                }
                self.proposals[p].boost = n;
                true
            }
            Op::ClientMessage { proposal } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                match self.proposals[p].status {
                    P::Submitted => {
                        self.proposals[p].status = P::Active;
                        true
                    }
                    P::Active | P::Offered | P::Hired => true,
                    _ => false,
                }
            }
            Op::FreelancerMessage { proposal } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                matches!(self.proposals[p].status, P::Active | P::Offered | P::Hired)
            }
            Op::MarkViewed { proposal } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                let offered_before = self
                    .offers
                    .iter()
                    .any(|o| o.proposal == p && o.received_at < self.now);
                if self.proposals[p].viewed_at.is_some() || offered_before {
                    return false;
                }
                self.proposals[p].viewed_at = Some(self.now);
                true
            }
            Op::MarkOutbid { proposal } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                let pr = &self.proposals[p];
                if !matches!(pr.status, P::Submitted | P::Active)
                    || pr.boost == 0
                    || pr.boost_refunded
                {
                    return false;
                }
                self.refund(("boost", p));
                self.proposals[p].boost_refunded = true;
                true
            }
            Op::EditLetter { proposal } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                let pr = &self.proposals[p];
                let window = pr.submitted_at.checked_add(6.hours()).unwrap();
                // R16: an offer means the client has seen the proposal.
                let seen = pr
                    .viewed_at
                    .into_iter()
                    .chain(
                        self.offers
                            .iter()
                            .filter(|o| o.proposal == p)
                            .map(|o| o.received_at),
                    )
                    .min();
                let locked = seen.map_or(window, |v| v.min(window));
                pr.status.is_open() && self.now < locked
            }
            Op::ReceiveOffer { proposal } => {
                let Some(p) = pick(self.proposals.len(), proposal) else {
                    return false;
                };
                let pr = &self.proposals[p];
                if !self.jobs[pr.job].open || !matches!(pr.status, P::Submitted | P::Active) {
                    return false;
                }
                self.proposals[p].status = P::Offered;
                self.offers.push(MOffer {
                    proposal: p,
                    status: OfferStatus::Open,
                    received_at: self.now,
                    expires_at: offer_expiry(self.now, 7),
                });
                true
            }
            Op::AcceptOffer { offer } => {
                let Some(o) = pick(self.offers.len(), offer) else {
                    return false;
                };
                let p = self.offers[o].proposal;
                let job = self.proposals[p].job;
                let hired_before = self
                    .proposals
                    .iter()
                    .any(|x| x.job == job && x.status == P::Hired);
                if self.offers[o].status != OfferStatus::Open
                    || !self.jobs[job].open
                    || hired_before
                {
                    return false;
                }
                self.offers[o].status = OfferStatus::Accepted;
                self.proposals[p].status = P::Hired;
                self.contracts.push(ContractStatus::Active);
                true
            }
            Op::DeclineOffer { offer } => {
                let Some(o) = pick(self.offers.len(), offer) else {
                    return false;
                };
                if self.offers[o].status != OfferStatus::Open {
                    return false;
                }
                self.offers[o].status = OfferStatus::Declined;
                self.proposals[self.offers[o].proposal].status = P::Active;
                true
            }
            Op::EndContract { contract } => {
                let Some(c) = pick(self.contracts.len(), contract) else {
                    return false;
                };
                if self.contracts[c] == ContractStatus::Ended {
                    return false;
                }
                self.contracts[c] = ContractStatus::Ended;
                true
            }
            Op::CloseJob { job, reason } => {
                let j = job as usize % self.jobs.len();
                let cancelled = reason == 1;
                let hired = self
                    .proposals
                    .iter()
                    .any(|p| p.job == j && p.status == P::Hired);
                if !self.jobs[j].open || (cancelled && hired) {
                    return false;
                }
                self.jobs[j].open = false;
                for inv in &mut self.invites {
                    if inv.0 == j && matches!(inv.1, I::Pending | I::Archived) {
                        inv.1 = I::Closed;
                    }
                }
                for p in 0..self.proposals.len() {
                    if self.proposals[p].job != j || !self.proposals[p].status.is_open() {
                        continue;
                    }
                    if let Some(o) = self.open_offer_of(p) {
                        self.offers[o].status = OfferStatus::Withdrawn;
                    }
                    self.proposals[p].status = P::Archived;
                    if cancelled {
                        self.refund(("proposal", p));
                        self.refund(("boost", p));
                    }
                }
                true
            }
            Op::EditJob { .. } => true,
            Op::CatalogOrder => {
                self.contracts.push(ContractStatus::Active);
                true
            }
            Op::Buy { n } => {
                self.issue(i64::from(n));
                true
            }
            Op::Grant => {
                let month = self.now.strftime("%Y-%m").to_string();
                if !self.granted.insert(month) {
                    return false;
                }
                self.issue(10);
                true
            }
            Op::Spend { n } => self.spend(i64::from(n), None),
            Op::Advance { .. } => true,
        }
    }
}

// ---------------------------------------------------------------- the store side

/// The store: a client, three open jobs (one private, costs 2, 4, 6), a general and a
/// specialized profile, a catalog project, and 30 Connects bought at the start.
fn setup(conn: &Db, model: &mut Model) -> Result<()> {
    let now = model.now;
    let client = clients::Client {
        id: 0,
        uid: None,
        name: "Acme".into(),
        country: None,
        payment_verified: true,
        rating: None,
        reviews: 0,
        hire_rate_pct: None,
        total_spent_cents: 0,
        avg_hourly_paid_cents: None,
        jobs_posted: 0,
        member_since: None,
        recent_feedback: Vec::new(),
        created_at: now,
    };
    let client_id = clients::insert(conn, &client)?;
    let budgets = [
        (Budget::Fixed(Cents(30_000)), 2, false),
        (
            Budget::Hourly {
                min: Cents(3_000),
                max: Cents(6_000),
            },
            4,
            false,
        ),
        (Budget::Fixed(Cents(90_000)), 6, true),
    ];
    for (k, (budget, cost, private)) in budgets.into_iter().enumerate() {
        let mut job = app::jobs::new_job(client_id, &format!("Job {k}"), budget, now);
        job.connects_cost = cost;
        job.connects_explicit = true;
        job.private = private;
        app::jobs::add_job(conn, &job, now)?;
        model.jobs.push(MJob {
            cost,
            private,
            open: true,
            pay: budget.pay_type(),
        });
    }
    for (name, kind) in [
        ("Dana", ProfileKind::General),
        ("Spec", ProfileKind::Specialized),
    ] {
        profiles::insert(
            conn,
            &profiles::Profile {
                id: 0,
                uid: None,
                name: name.into(),
                kind,
                title: None,
                rate_cents: Some(5_000),
                skills: Vec::new(),
                agency_id: None,
                agency_role: None,
                created_at: now,
            },
        )?;
    }
    offers::insert_catalog(
        conn,
        &offers::CatalogProject {
            id: 0,
            uid: None,
            title: "Review".into(),
            description: String::new(),
            price_cents: 10_000,
            delivery_days: 3,
            profile_id: None,
            created_at: now,
        },
    )?;
    app::connects::buy(conn, None, 30, now)?;
    model.issue(30);
    Ok(())
}

fn price(pay: PayType) -> Price {
    match pay {
        PayType::Hourly => Price::Rate(Cents(4_500)),
        PayType::Fixed => Price::Bid(Cents(30_000)),
    }
}

fn submission(pay: PayType, specialized: bool, boost: u8) -> Submission {
    Submission {
        uid: None,
        price: price(pay),
        duration: None,
        profile: specialized.then(|| "Spec".to_string()),
        cover_letter: Some(LETTER.to_string()),
        answers: Vec::new(),
        attachments: Vec::new(),
        boost: i64::from(boost),
        agency: None,
        as_member: None,
    }
}

/// Runs one step against the store as the command line does: one immediate transaction,
/// what time changed recorded first, rolled back on any error.
fn run(conn: &Db, model: &Model, op: &Op) -> Result<()> {
    let now = model.now;
    let id = |n: usize, k: u8| (k as usize % n.max(1)) as i64 + 1;
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let tx = conn;
    let result = (|| -> Result<()> {
        app::settle(tx, now)?;
        let s = store::settings::load(tx)?;
        match *op {
            Op::ReceiveInvite { job } => {
                app::invites::receive_invite(
                    tx,
                    &invites::NewInvite {
                        uid: None,
                        job_id: id(model.jobs.len(), job),
                        kind: InviteKind::Client,
                        message: None,
                        interview_required: false,
                        received_at: now,
                        created_at: now,
                    },
                    now,
                )?;
            }
            Op::AcceptInvite { invite, boost } => {
                let i = id(model.invites.len(), invite);
                let job = model.invites[i as usize - 1].0;
                let sub = submission(model.jobs[job].pay, false, boost);
                app::invites::accept_invite(tx, i, &sub, now)?;
            }
            Op::DeclineInvite { invite } => {
                let i = id(model.invites.len(), invite);
                app::invites::decline_invite(tx, i, DeclineReason::TooBusy, None, None, now)?;
            }
            Op::IgnoreInvite { invite } => {
                let i = id(model.invites.len(), invite);
                app::invites::move_invite(tx, i, InviteAction::Ignore, now)?;
            }
            Op::WithdrawInvite { invite } => {
                let i = id(model.invites.len(), invite);
                app::invites::move_invite(tx, i, InviteAction::MarkWithdrawn, now)?;
            }
            Op::Submit {
                job,
                specialized,
                boost,
            } => {
                let j = id(model.jobs.len(), job);
                let sub = submission(model.jobs[j as usize - 1].pay, specialized, boost);
                app::proposals::create_proposal(tx, &s, j, Origin::Public, &sub, now)?;
            }
            Op::Withdraw { proposal } => {
                let p = id(model.proposals.len(), proposal);
                app::proposals::withdraw_proposal(
                    tx,
                    p,
                    WithdrawReason::ScheduleConflict,
                    None,
                    now,
                )?;
            }
            Op::Boost { proposal, n } => {
                let p = id(model.proposals.len(), proposal);
                app::proposals::boost_proposal(tx, p, i64::from(n), now)?;
            }
            Op::ClientMessage { proposal } | Op::FreelancerMessage { proposal } => {
                let p = id(model.proposals.len(), proposal);
                let from_client = matches!(op, Op::ClientMessage { .. });
                app::messages::post(tx, p, from_client, None, "Could you start soon?", now)?;
            }
            Op::MarkViewed { proposal } => {
                app::proposals::mark_viewed(tx, id(model.proposals.len(), proposal), now)?;
            }
            Op::MarkDeclined { proposal } => {
                app::proposals::mark_declined(tx, id(model.proposals.len(), proposal), now)?;
            }
            Op::MarkOutbid { proposal } => {
                app::proposals::mark_outbid(tx, id(model.proposals.len(), proposal), now)?;
            }
            Op::EditLetter { proposal } => {
                let edit = ProposalEdit {
                    cover_letter: Some(format!("{LETTER} Edited.")),
                    ..ProposalEdit::default()
                };
                app::proposals::edit_proposal(tx, id(model.proposals.len(), proposal), &edit, now)?;
            }
            Op::ReceiveOffer { proposal } => {
                let p = id(model.proposals.len(), proposal);
                app::offers::receive_offer(tx, p, &app::offers::OfferTerms::default(), now)?;
            }
            Op::AcceptOffer { offer } => {
                app::offers::accept_offer(tx, id(model.offers.len(), offer), None, None, now)?;
            }
            Op::DeclineOffer { offer } => {
                let o = id(model.offers.len(), offer);
                app::offers::decline_offer(tx, o, OfferDeclineReason::RateTooLow, None, now)?;
            }
            Op::EndContract { contract } => {
                let c = id(model.contracts.len(), contract);
                app::offers::end_contract(tx, c, Some("done"), now)?;
            }
            Op::CloseJob { job, reason } => {
                let reason = [
                    CloseReason::Filled,
                    CloseReason::Cancelled,
                    CloseReason::Expired,
                ][reason as usize % 3];
                app::jobs::close_job(tx, id(model.jobs.len(), job), reason, now)?;
            }
            Op::EditJob { job } => {
                let j = id(model.jobs.len(), job);
                app::jobs::edit_job(
                    tx,
                    j,
                    |job| {
                        job.title = format!("{} (edited)", job.title);
                        Ok(())
                    },
                    now,
                )?;
            }
            Op::CatalogOrder => {
                app::catalog::order(tx, 1, 1, None, now)?;
            }
            Op::Buy { n } => {
                app::connects::buy(tx, None, i64::from(n), now)?;
            }
            Op::Grant => {
                app::connects::grant(tx, None, None, now)?;
            }
            Op::Spend { n } => {
                app::connects::spend_other(
                    tx,
                    None,
                    crate::rules::connects::SpendFor::ProfileBoost,
                    i64::from(n),
                    now,
                )?;
            }
            Op::Advance { .. } => {}
        }
        Ok(())
    })();
    match result {
        Ok(()) => {
            conn.execute_batch("COMMIT")?;
            Ok(())
        }
        Err(e) => {
            conn.execute_batch("ROLLBACK")?;
            Err(e)
        }
    }
}

/// Every row of every table, as text: a refused step must leave it as it was.
fn dump(conn: &Db) -> String {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            out.push_str(&t);
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i).unwrap();
                out.push_str(&format!("|{v:?}"));
            }
            out.push('\n');
        }
    }
    out
}

/// The store, read as of now, agrees with the model, and every invariant holds.
fn agree(conn: &Db, m: &Model) -> std::result::Result<(), String> {
    let now = m.now;
    let e = |x: crate::error::Error| x.message;
    // One query per kind of record, each status as of now.
    let mut got = Vec::new();
    let all_invites = invites::InviteQuery {
        status: None,
        kind: None,
        job_id: None,
        client_id: None,
        since: None,
        until: None,
        unviewed_only: false,
        sort: invites::InviteSort::Id,
        limit: None,
    };
    invites::list(conn, &all_invites, now, |i| {
        got.push(i.status);
        Ok(())
    })
    .map_err(e)?;
    let want: Vec<InviteStatus> = m.invites.iter().map(|i| i.1).collect();
    if got != want {
        return Err(format!("invites: store {got:?}, model {want:?}"));
    }
    let mut got = Vec::new();
    let all_proposals = proposals::ProposalQuery {
        status: None,
        job_id: None,
        profile_id: None,
        sort: proposals::ProposalSort::Id,
        limit: None,
    };
    proposals::list(conn, &all_proposals, 6, now, |p| {
        got.push((p.status, p.boost_connects, p.boost_refunded));
        Ok(())
    })
    .map_err(e)?;
    let want: Vec<_> = m
        .proposals
        .iter()
        .map(|p| (p.status, p.boost, p.boost_refunded))
        .collect();
    if got != want {
        return Err(format!(
            "proposals (status, boost, refunded): store {got:?}, model {want:?}"
        ));
    }
    let mut got = Vec::new();
    offers::list_offers(conn, None, None, now, |o| {
        got.push(o.status);
        Ok(())
    })
    .map_err(e)?;
    let want: Vec<OfferStatus> = m.offers.iter().map(|o| o.status).collect();
    if got != want {
        return Err(format!("offers: store {got:?}, model {want:?}"));
    }
    let mut got = Vec::new();
    offers::list_contracts(conn, None, None, |c| {
        got.push(c.status);
        Ok(())
    })
    .map_err(e)?;
    if got != m.contracts {
        return Err(format!("contracts: store {got:?}, model {:?}", m.contracts));
    }
    for (k, j) in m.jobs.iter().enumerate() {
        let got = store::jobs::get(conn, k as i64 + 1).map_err(e)?.status;
        let want = if j.open { "open" } else { "closed" };
        if got.as_str() != want {
            return Err(format!("job {}: store {got}, model {want}", k + 1));
        }
    }
    let balance = connects::balance(conn, None, now).map_err(e)?;
    if balance != m.balance() {
        return Err(format!("balance: store {balance}, model {}", m.balance()));
    }
    // Which lot each spend drew from: what is left in every unexpired lot.
    let lots: Vec<(i64, Timestamp)> = conn
        .prepare("SELECT remaining, expires_at FROM connects_lots ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    if lots.len() != m.lots.len() {
        return Err(format!(
            "lots: store {}, model {}",
            lots.len(),
            m.lots.len()
        ));
    }
    for (k, ((remaining, expires), lot)) in lots.iter().zip(&m.lots).enumerate() {
        if *expires > now && *remaining != lot.remaining {
            return Err(format!(
                "lot {}: store holds {remaining}, model {}",
                k + 1,
                lot.remaining
            ));
        }
    }
    let broken = store::invariants::check(conn, now).map_err(e)?;
    if let Some(v) = broken.first() {
        return Err(format!("{}: {}", v.invariant, v.problem));
    }
    let ledger = connects::check(conn).map_err(e)?;
    if let Some(p) = ledger.first() {
        return Err(format!("ledger: {p}"));
    }
    Ok(())
}

const STEPS: [i64; 5] = [1, 7, 8 * 24, 30 * 24, 366 * 24];

fn run_sequence(ops: &[Op]) -> std::result::Result<(), TestCaseError> {
    let conn = store::memory();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    let mut model = Model {
        now: START.parse().unwrap(),
        jobs: Vec::new(),
        invites: Vec::new(),
        proposals: Vec::new(),
        offers: Vec::new(),
        contracts: Vec::new(),
        lots: Vec::new(),
        draws: BTreeMap::new(),
        granted: BTreeSet::new(),
    };
    setup(&conn, &mut model).unwrap();
    for (k, op) in ops.iter().enumerate() {
        if let Op::Advance { step } = op {
            model.now = model
                .now
                .checked_add(STEPS[*step as usize % STEPS.len()].hours())
                .unwrap();
        }
        model.settle();
        if !model.applicable(op) {
            continue;
        }
        let mut next = model.clone();
        let allowed = next.apply(op);
        // The whole store as text, only where the model expects a refusal.
        let before = (!allowed).then(|| dump(&conn));
        match run(&conn, &model, op) {
            Ok(()) => {
                prop_assert!(
                    allowed,
                    "step {k} {op:?}: the store allowed what the model refuses"
                );
                model = next;
            }
            Err(e) => {
                prop_assert!(
                    !allowed,
                    "step {k} {op:?}: refused ({}) but the model allows it",
                    e.message
                );
                prop_assert_eq!(
                    e.kind,
                    ErrorKind::Refused,
                    "step {} {:?}: {}",
                    k,
                    op,
                    e.message
                );
                prop_assert!(
                    before == Some(dump(&conn)),
                    "step {k} {op:?}: refused but changed the store"
                );
            }
        }
        if let Err(why) = agree(&conn, &model) {
            return Err(TestCaseError::fail(format!("after step {k} {op:?}: {why}")));
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("LANCER_MODEL_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500)
}

proptest! {
    // Two halves of the run, so that the test threads share it across cores.
    #![proptest_config(ProptestConfig { cases: cases().div_ceil(2), ..ProptestConfig::default() })]

    /// Random sequences of 50–200 operations keep I1–I8, agree with the model, and never
    /// change the store on a refusal (first half of the run).
    #[test]
    fn random_pipelines_keep_the_invariants_and_match_the_model(
        ops in proptest::collection::vec(op(), 50..200)
    ) {
        run_sequence(&ops)?;
    }

    /// The second half of the run.
    #[test]
    fn more_random_pipelines_keep_the_invariants_and_match_the_model(
        ops in proptest::collection::vec(op(), 50..200)
    ) {
        run_sequence(&ops)?;
    }
}

/// The long soak: as many sequences as fit in `LANCER_MODEL_SOAK_SECS` seconds (60 by
/// default), from fresh random seeds; prints how many ran. A failure panics with the shrunk
/// sequence. Run: `LANCER_MODEL_SOAK_SECS=3600 cargo test --release --lib soak -- --ignored
/// --nocapture`.
#[test]
#[ignore = "a long soak; see the README"]
fn soak() {
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let secs: u64 = std::env::var("LANCER_MODEL_SOAK_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let mut ran = 0u64;
    let mut round = 0u64;
    let start = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    while std::time::Instant::now() < deadline {
        round += 1;
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&start.to_le_bytes());
        seed[8..16].copy_from_slice(&round.to_le_bytes());
        let mut runner = TestRunner::new_with_rng(
            Config {
                cases: 50,
                failure_persistence: None,
                ..Config::default()
            },
            TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
        );
        let strategy = proptest::collection::vec(op(), 50..200);
        if let Err(e) = runner.run(&strategy, |ops| run_sequence(&ops)) {
            panic!("soak failed after {ran} sequences: {e}");
        }
        ran += 50;
    }
    println!("soak: {ran} sequences of 50-199 operations in {secs} s, no failure");
}
