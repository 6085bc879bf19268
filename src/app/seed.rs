//! `seed`: a coherent demo world built through the same operations as the commands, so that
//! everything in it obeys the rules and `db check` passes. The same seed and `now` always build
//! the same world.

use crate::store::db::Db;
use std::collections::BTreeSet;

use jiff::{Timestamp, ToSpan};
use serde::Serialize;
use serde_json::json;

use crate::app::catalog::order;
use crate::app::connects::{buy, grant};
use crate::app::invites::{accept_invite, decline_invite, move_invite, receive_invite};
use crate::app::jobs::{close_job, new_job};
use crate::app::messages::post;
use crate::app::offers::{OfferTerms, accept_offer, decline_offer, end_contract, receive_offer};
use crate::app::proposals::{
    Origin, Submission, create_proposal, mark_declined, mark_viewed, withdraw_proposal,
};
use crate::error::Result;
use crate::output::Record;
use crate::rules::invites::{DeclineReason, InviteAction, InviteKind};
use crate::rules::jobs::{Budget, CloseReason, Duration, ExperienceLevel, PayType};
use crate::rules::money::Cents;
use crate::rules::offers::OfferDeclineReason;
use crate::rules::profiles::AgencyRole;
use crate::rules::profiles::ProfileKind;
use crate::rules::proposals::Price;
use crate::rules::proposals::WithdrawReason;
use crate::store::clients::Client;
use crate::store::invites::NewInvite;
use crate::store::jobs::Job;
use crate::store::profiles::Profile;
use crate::store::{clients, connects, events, jobs, profiles, settings};

#[derive(Debug, Serialize)]
pub struct SeedReport {
    pub seed: u64,
    pub clients: i64,
    pub jobs: i64,
    pub invites: i64,
    pub proposals: i64,
    pub connects_balance: i64,
    pub skipped: bool,
}

impl Record for SeedReport {
    const FIELDS: &'static [&'static str] = &[
        "seed",
        "clients",
        "jobs",
        "invites",
        "proposals",
        "connects_balance",
        "skipped",
    ];
    const COLUMNS: &'static [&'static str] = Self::FIELDS;
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

const FIRST: &[&str] = &[
    "Acme",
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Hooli",
    "Vandelay",
    "Soylent",
    "Tyrell",
    "Cyberdyne",
    "Aperture",
    "Monarch",
    "Oscorp",
    "Pied Piper",
    "Wonka",
    "Gringotts",
    "Duff",
    "Prestige",
];
const SECOND: &[&str] = &[
    "Labs",
    "Studio",
    "Analytics",
    "Health",
    "Logistics",
    "Media",
    "Retail",
    "Fintech",
    "Robotics",
    "Foods",
    "Travel",
    "Energy",
];
const COUNTRIES: &[&str] = &[
    "US", "GB", "DE", "CA", "AU", "NL", "FR", "IN", "SG", "SE", "ES", "BR",
];
const SKILLS: &[&str] = &[
    "rust",
    "python",
    "go",
    "typescript",
    "react",
    "sql",
    "postgresql",
    "sqlite",
    "aws",
    "docker",
    "kubernetes",
    "data-analysis",
    "machine-learning",
    "figma",
    "copywriting",
    "seo",
    "wordpress",
    "shopify",
    "api-design",
    "testing",
];
const WHAT: &[&str] = &[
    "CLI tool",
    "REST API",
    "data pipeline",
    "dashboard",
    "landing page",
    "mobile app backend",
    "ETL job",
    "admin panel",
    "scraper",
    "payment integration",
    "search feature",
    "report generator",
    "chat bot",
    "migration",
    "performance audit",
];
const FOR: &[&str] = &[
    "for invoices",
    "for a logistics startup",
    "for our clinic",
    "for an online shop",
    "for internal reporting",
    "for a SaaS product",
    "for a nonprofit",
    "for a marketing team",
    "for a research lab",
    "for field technicians",
];
const FEEDBACK: &[&str] = &[
    "Clear requirements and quick payment.",
    "Great communication throughout.",
    "Changed scope a few times but fair.",
    "Would work with them again.",
    "Responsive and respectful of time.",
    "Slow to give feedback on drafts.",
];
const QUESTIONS: &[&str] = &[
    "Describe a similar project you finished.",
    "Which tools would you use and why?",
    "When could you start?",
    "How do you test your work?",
];
const MESSAGES: &[&str] = &[
    "Hi! Your profile looks like a great fit for this.",
    "We liked your past work and would love to talk.",
    "Could you take a look at this job?",
    "Hello, are you available for a new project?",
];
const OPENERS: &[&str] = &[
    "Thank you for the invitation.",
    "Thanks for reaching out about this job.",
    "Thank you for thinking of me for this project.",
];
const BODIES: &[&str] = &[
    "I have built several similar projects and can share how I would structure the work, with tests from the first day.",
    "My approach is to start with a short plan, agree on milestones, and deliver working increments every week.",
    "I enjoy this kind of problem: clear scope, measurable results, and a codebase others can maintain after me.",
    "I would begin by reviewing what you have today, then propose the smallest change that gets you a working result quickly.",
];
const CLOSERS: &[&str] = &[
    "I am happy to answer any questions in the message room.",
    "Looking forward to discussing the details.",
    "I can start within a few days of agreeing on terms.",
];

const CLIENT_LINES: &[&str] = &[
    "Thanks for applying! Could you share a rough plan?",
    "Hi, when could you start?",
    "Your proposal looks good. A few questions first.",
    "Can we do a short call in this room?",
];
const REPLIES: &[&str] = &[
    "Happy to. I would start with a short discovery week.",
    "I can start next Monday.",
    "Sure, here are my answers below.",
    "Thanks! I have shared a first plan above.",
];

/// A price for a job that fits its budget and the freelancer's rate.
fn seed_price(job: &Job, pay_type: PayType, profile_rate: i64) -> Price {
    match pay_type {
        PayType::Hourly => {
            let lo = job.hourly_min_cents.unwrap_or(2_000).max(300);
            let hi = job.hourly_max_cents.unwrap_or(lo).max(lo);
            Price::Rate(Cents(
                ((lo + hi) / 2).clamp(lo, hi).max(profile_rate.min(hi)),
            ))
        }
        PayType::Fixed => Price::Bid(Cents(job.fixed_cents.unwrap_or(50_000).max(500))),
    }
}

/// The client opened the proposal (only if nobody recorded it yet).
fn mark_proposal_quietly(conn: &Db, id: i64, at: Timestamp) -> Result<()> {
    if crate::store::proposals::client_viewed_at(conn, id)?.is_none() {
        mark_viewed(conn, id, at)?;
    }
    Ok(())
}

struct World {
    rng: fastrand::Rng,
    now: Timestamp,
}

impl World {
    fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.rng.usize(..items.len())]
    }

    fn chance(&mut self, pct: u32) -> bool {
        self.rng.u32(..100) < pct
    }

    fn ago(&mut self, max_hours: i64) -> Timestamp {
        let secs = self.rng.i64(0..max_hours * 3600);
        self.now.checked_sub(secs.seconds()).expect("in range")
    }

    fn skills(&mut self, n: usize) -> Vec<String> {
        let mut set = BTreeSet::new();
        while set.len() < n {
            set.insert(self.pick(SKILLS).to_string());
        }
        set.into_iter().collect()
    }

    fn cover_letter(&mut self, title: &str) -> String {
        format!(
            "{} {} For \"{title}\" {} {}",
            self.pick(OPENERS),
            self.pick(BODIES),
            self.pick(BODIES).to_lowercase(),
            self.pick(CLOSERS)
        )
    }
}

/// Builds the world in the caller's transaction.
pub fn build(
    conn: &Db,
    invites_wanted: u32,
    seed: u64,
    now: Timestamp,

    bar: &indicatif::ProgressBar,
) -> Result<SeedReport> {
    let mut w = World {
        rng: fastrand::Rng::with_seed(seed),
        now,
    };
    let n = i64::from(invites_wanted);

    // The freelancer.
    let profile_id = match profiles::find(conn, "general") {
        Ok(p) => p.id,
        Err(_) => {
            let p = Profile {
                id: 0,
                uid: Some("me".into()),
                name: "Dana Reyes".into(),
                kind: ProfileKind::General,
                title: Some("Backend engineer: Rust, Python, data".into()),
                rate_cents: Some(6_500),
                skills: w.skills(6),
                agency_id: None,
                agency_role: None,
                created_at: now,
            };
            let id = profiles::insert(conn, &p)?;
            events::record(
                conn,
                now,
                "profile",
                id,
                "added",
                json!({ "name": p.name, "kind": p.kind }),
            )?;
            id
        }
    };
    let profile_rate = profiles::get(conn, profile_id)?.rate_cents.unwrap_or(5_000);

    // Connects: monthly grants for well over a year (the oldest expire unspent) and a purchase.
    for months_back in (0..17).rev() {
        let month = now
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date()
            .first_of_month()
            .checked_sub(months_back.months())
            .expect("in range");
        grant(conn, None, Some(month), now)?;
    }
    buy(conn, None, 60, w.ago(24 * 100))?;

    // Clients and their jobs.
    let client_count = (n / 8).clamp(3, 5_000);
    let mut client_ids = Vec::with_capacity(client_count as usize);
    for i in 0..client_count {
        let name = format!("{} {}", w.pick(FIRST), w.pick(SECOND));
        let c = Client {
            id: 0,
            uid: Some(format!("client-{}", i + 1)),
            name,
            country: Some(w.pick(COUNTRIES).to_string()),
            payment_verified: w.chance(80),
            rating: if w.chance(85) {
                Some(f64::from(w.rng.u32(300..=500)) / 100.0)
            } else {
                None
            },
            reviews: w.rng.i64(0..200),
            hire_rate_pct: Some(w.rng.i64(0..=100)),
            total_spent_cents: w.rng.i64(0..50_000_000),
            avg_hourly_paid_cents: Some(w.rng.i64(1_500..12_000)),
            jobs_posted: w.rng.i64(1..120),
            member_since: Some(jiff::civil::date(
                w.rng.i16(2012..=2025),
                w.rng.i8(1..=12),
                w.rng.i8(1..=28),
            )),
            recent_feedback: (0..w.rng.usize(0..3))
                .map(|_| w.pick(FEEDBACK).to_string())
                .collect(),
            created_at: now,
        };
        let id = clients::insert(conn, &c)?;
        events::record(conn, now, "client", id, "added", json!({ "name": c.name }))?;
        client_ids.push(id);
    }
    // Enough jobs that most invites find one without a live invite or proposal.
    let job_count = (n / 2).clamp(2, 50_000);
    let mut job_ids = Vec::with_capacity(job_count as usize);
    let mut jobs_info: Vec<(bool, bool, PayType)> = Vec::new(); // (featured, private, pay type)
    for i in 0..job_count {
        let client_id = client_ids[w.rng.usize(..client_ids.len())];
        let hourly = w.chance(55);
        let budget = if hourly {
            let min = w.rng.i64(10..60) * 100;
            Budget::Hourly {
                min: Cents(min),
                max: Cents(min + w.rng.i64(5..60) * 100),
            }
        } else {
            Budget::Fixed(Cents(w.rng.i64(2..400) * 2_500))
        };
        let title = format!("{} {}", w.pick(WHAT), w.pick(FOR));
        // Posted before any of its invites (which arrive within the last 120 days).
        let posted = w
            .now
            .checked_sub((121 * 24 + w.rng.i64(0..30 * 24)).hours())
            .expect("in range");
        let mut job = new_job(client_id, &title, budget, posted);
        job.uid = Some(format!("job-{}", i + 1));
        job.description =
            format!("We need help with a {title}. Skills that matter most are listed below.");
        let skill_count = w.rng.usize(2..5);
        job.skills = w.skills(skill_count);
        job.featured = w.chance(20);
        job.private = w.chance(15);
        job.experience_level = Some(ExperienceLevel::ALL[w.rng.usize(..3)]);
        job.project_length = Some(Duration::ALL[w.rng.usize(..4)]);
        job.proposals = w.rng.i64(0..50);
        job.invites_sent = w.rng.i64(1..15);
        job.interviewing = w.rng.i64(0..5);
        job.last_viewed_by_client_at = Some(w.ago(24 * 7));
        if w.chance(25) {
            job.questions = (0..w.rng.usize(1..3))
                .map(|k| QUESTIONS[k].to_string())
                .collect();
        }
        if w.chance(50) {
            let base = job.hourly_max_cents.or(job.fixed_cents).unwrap_or(5_000);
            job.bid_low_cents = Some(base / 2);
            job.bid_avg_cents = Some(base * 3 / 4);
            job.bid_high_cents = Some(base);
        }
        let id = jobs::insert(conn, &job)?;
        events::record(
            conn,
            now,
            "job",
            id,
            "added",
            json!({ "title": job.title, "client_id": client_id }),
        )?;
        job_ids.push(id);
        jobs_info.push((job.featured, job.private, job.pay_type));
    }
    // Some jobs will close at the end, closing their unanswered invites (R6).
    let closing: BTreeSet<usize> = (0..job_ids.len()).filter(|_| w.chance(10)).collect();

    // Invites, oldest first, each answered (or not) through the rule code.
    let mut received: Vec<Timestamp> = (0..n).map(|_| w.ago(24 * 120)).collect();
    received.sort();
    let mut live_jobs: BTreeSet<i64> = BTreeSet::new();
    // Jobs holding a live (pending or ignored) invite: at most one each, and never beside a
    // live proposal of yours, so that every live invite can still be accepted (R19).
    let mut invited: BTreeSet<i64> = BTreeSet::new();
    let mut referred: BTreeSet<i64> = BTreeSet::new();
    let mut proposals_made = 0;
    let mut made: Vec<(i64, Timestamp)> = Vec::new();
    for (k, at) in received.into_iter().enumerate() {
        bar.inc(1);
        let j = w.rng.usize(..job_ids.len());
        let job_id = job_ids[j];
        let (featured, private, pay_type) = jobs_info[j];
        let interview = w.chance(6);
        let kind = if featured && w.chance(40) {
            InviteKind::Featured
        } else {
            InviteKind::Client
        };
        let message = w.pick(MESSAGES);
        let invite_id = receive_invite(
            conn,
            &NewInvite {
                uid: Some(&format!("invite-{}", k + 1)),
                job_id,
                kind,
                message: Some(message),
                interview_required: interview,
                received_at: at,
                created_at: at,
            },
            at,
        )?;
        let busy = invited.contains(&job_id) || live_jobs.contains(&job_id);
        let answer_at = at
            .checked_add(w.rng.i64(1..72 * 3600).seconds())
            .expect("in range")
            .min(now);
        let roll = w.rng.u32(..100);
        if !busy && (closing.contains(&j) || roll < 30 || answer_at >= now) {
            // Stays pending (until its job closes, for a closing job).
            invited.insert(job_id);
            continue;
        }
        if busy {
            // The job already has a live invite or your live proposal: this one is answered
            // at once, declined or withdrawn by the client.
            if roll < 80 {
                decline_invite(
                    conn,
                    invite_id,
                    DeclineReason::ALL[w.rng.usize(..DeclineReason::ALL.len())],
                    Some("Thanks for the invite, it is not the right fit for me right now."),
                    None,
                    answer_at,
                )?;
            } else {
                move_invite(conn, invite_id, InviteAction::MarkWithdrawn, answer_at)?;
            }
            continue;
        }
        if roll < 48 {
            if interview {
                let start = at.checked_add(1.hours()).expect("in range").min(answer_at);
                move_invite(conn, invite_id, InviteAction::InterviewStart, start)?;
                move_invite(
                    conn,
                    invite_id,
                    InviteAction::InterviewSubmit,
                    start.min(answer_at),
                )?;
            }
            let job = jobs::get(conn, job_id)?;
            let price = seed_price(&job, pay_type, profile_rate);
            let sub = Submission {
                uid: Some(format!("proposal-{}", proposals_made + 1)),
                price,
                duration: job.project_length,
                profile: None,
                cover_letter: (!interview).then(|| w.cover_letter(&job.title)),
                answers: job
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(i, _)| {
                        (
                            i + 1,
                            "Happy to walk you through it in the interview.".to_string(),
                        )
                    })
                    .collect(),
                attachments: Vec::new(),
                boost: if w.chance(10) { w.rng.i64(1..6) } else { 0 },
                agency: None,
                as_member: None,
            };
            let need = job.connects_cost + sub.boost;
            if connects::balance(conn, None, answer_at)? < need {
                buy(conn, None, 80, answer_at)?;
            }
            let (pid, _) = accept_invite(conn, invite_id, &sub, answer_at)?;
            made.push((pid, answer_at));
            live_jobs.insert(job_id);
            proposals_made += 1;
        } else if roll < 70 {
            let reason = DeclineReason::ALL[w.rng.usize(..DeclineReason::ALL.len())];
            let msg = (reason == DeclineReason::Other || w.chance(30))
                .then_some("Thanks for the invite, it is not the right fit for me right now.");
            let refer = (!private && !referred.contains(&job_id) && w.chance(8))
                .then(|| format!("https://example.com/freelancers/~{:08x}", w.rng.u32(..)));
            if refer.is_some() {
                referred.insert(job_id);
            }
            decline_invite(conn, invite_id, reason, msg, refer.as_deref(), answer_at)?;
        } else if roll < 85 {
            move_invite(conn, invite_id, InviteAction::Ignore, answer_at)?;
            invited.insert(job_id); // ignored is still answerable (R2)
        } else {
            move_invite(conn, invite_id, InviteAction::MarkWithdrawn, answer_at)?;
        }
    }
    let settings = settings::load(conn)?;
    // Proposals to public jobs nobody invited you to; some clients answer.
    for (j, job_id) in job_ids.iter().enumerate() {
        let (_, private, pay_type) = jobs_info[j];
        if private
            || closing.contains(&j)
            || live_jobs.contains(job_id)
            || invited.contains(job_id)
            || !w.chance(12)
        {
            continue;
        }
        let job = jobs::get(conn, *job_id)?;
        let at = job
            .posted_at
            .checked_add(w.rng.i64(1..48 * 3600).seconds())
            .expect("in range")
            .min(now);
        if connects::balance(conn, None, at)? < job.connects_cost + 5 {
            buy(conn, None, 80, at)?;
        }
        let sub = Submission {
            uid: Some(format!("proposal-{}", proposals_made + 1)),
            price: seed_price(&job, pay_type, profile_rate),
            duration: job.project_length,
            profile: None,
            cover_letter: Some(w.cover_letter(&job.title).replacen(
                "Thank you for the invitation.",
                "Hello!",
                1,
            )),
            answers: job
                .questions
                .iter()
                .enumerate()
                .map(|(i, _)| (i + 1, "Yes, and I can show examples.".to_string()))
                .collect(),
            attachments: Vec::new(),
            boost: if w.chance(15) { w.rng.i64(1..5) } else { 0 },
            agency: None,
            as_member: None,
        };
        let (pid, _) = create_proposal(conn, &settings, *job_id, Origin::Public, &sub, at)?;
        proposals_made += 1;
        live_jobs.insert(*job_id);
        if w.chance(60) {
            let reply = at
                .checked_add(w.rng.i64(1..72 * 3600).seconds())
                .expect("in range");
            if reply < now {
                post(conn, pid, true, None, w.pick(CLIENT_LINES), reply)?;
                made.push((pid, reply));
            }
        }
    }
    // What became of each proposal with an open room.
    for (k, (pid, opened)) in made.iter().enumerate() {
        let step = |w: &mut World, from: Timestamp, max_hours: i64| {
            from.checked_add(w.rng.i64(1..max_hours * 3600).seconds())
                .expect("in range")
        };
        let roll = w.rng.u32(..100);
        let t1 = step(&mut w, *opened, 48);
        if t1 >= now {
            continue;
        }
        if w.chance(70) {
            mark_proposal_quietly(conn, *pid, t1)?;
        }
        post(conn, *pid, true, None, w.pick(CLIENT_LINES), t1)?;
        let t2 = step(&mut w, t1, 24);
        if t2 >= now {
            continue;
        }
        post(conn, *pid, false, None, w.pick(REPLIES), t2)?;
        let offer_at = step(&mut w, t2, 48);
        let offer = |at: Timestamp| -> Result<i64> {
            let terms = OfferTerms {
                received_at: Some(at),
                uid: Some(format!("offer-{}", k + 1)),
                ..OfferTerms::default()
            };
            receive_offer(conn, *pid, &terms, at)
        };
        match roll {
            0..=24 => {}
            25..=39 => {
                // A recent offer, still open.
                let recent = now
                    .checked_sub(w.rng.i64(1..120).hours())
                    .expect("in range");
                let at = recent.max(t2.checked_add(1.hours()).expect("in range"));
                if at < now {
                    offer(at)?;
                }
            }
            40..=49 if offer_at < now => {
                let id = offer(offer_at)?;
                let t = step(&mut w, offer_at, 24).min(now);
                decline_offer(conn, id, OfferDeclineReason::ALL[w.rng.usize(..5)], None, t)?;
            }
            50..=66 if offer_at < now => {
                let id = offer(offer_at)?;
                let t = step(&mut w, offer_at, 24).min(now);
                let cid = accept_offer(conn, id, None, Some(&format!("contract-{}", k + 1)), t)?;
                let end = t
                    .checked_add((w.rng.i64(5..40) * 24).hours())
                    .expect("in range");
                if end < now && w.chance(40) {
                    end_contract(conn, cid, Some("work delivered"), end)?;
                }
            }
            67..=74 if offer_at.checked_add(192.hours()).expect("in range") < now => {
                offer(offer_at)?; // left to expire
            }
            75..=84 => {
                let reason = WithdrawReason::ALL[w.rng.usize(..6)];
                withdraw_proposal(conn, *pid, reason, None, step(&mut w, t2, 24).min(now))?;
            }
            85..=91 => mark_declined(conn, *pid, step(&mut w, t2, 24).min(now))?,
            _ => {}
        }
    }
    // An agency you work in, with its own pool of Connects and one proposal.
    let agency_id =
        crate::store::agencies::insert(conn, Some("agency-1"), "Northwind Collective", now)?;
    events::record(
        conn,
        now,
        "agency",
        agency_id,
        "added",
        json!({ "name": "Northwind Collective" }),
    )?;
    for (name, role) in [
        ("Olu Bakare", AgencyRole::Owner),
        ("Sam Ortiz", AgencyRole::BusinessManager),
        ("Mia Chen", AgencyRole::Member),
    ] {
        crate::store::agencies::upsert_member(conn, agency_id, name, role, now)?;
    }
    grant(conn, Some(agency_id), None, now)?;
    buy(conn, Some(agency_id), 40, now)?;
    for (j, job_id) in job_ids.iter().enumerate() {
        let (_, private, pay_type) = jobs_info[j];
        if private || closing.contains(&j) || live_jobs.contains(job_id) || invited.contains(job_id)
        {
            continue;
        }
        let job = jobs::get(conn, *job_id)?;
        let sub = Submission {
            uid: Some("proposal-agency-1".into()),
            price: seed_price(&job, pay_type, profile_rate),
            duration: job.project_length,
            profile: None,
            cover_letter: Some(w.cover_letter(&job.title)),
            answers: job
                .questions
                .iter()
                .enumerate()
                .map(|(i, _)| (i + 1, "Our team has done this before.".to_string()))
                .collect(),
            attachments: Vec::new(),
            boost: 0,
            agency: Some("agency-1".into()),
            as_member: Some("Mia Chen".into()),
        };
        create_proposal(conn, &settings, *job_id, Origin::Public, &sub, now)?;
        live_jobs.insert(*job_id);
        break;
    }
    // Specialized profiles and a small catalog, one project already ordered.
    for (name, rate, skills) in [
        ("Rust systems", 9_000, ["rust", "sqlite"]),
        ("Data pipelines", 7_500, ["python", "sql"]),
    ] {
        let p = Profile {
            id: 0,
            uid: Some(format!("profile-{}", name.to_lowercase().replace(' ', "-"))),
            name: name.into(),
            kind: ProfileKind::Specialized,
            title: Some(format!("{name} specialist")),
            rate_cents: Some(rate),
            skills: skills.iter().map(|s| s.to_string()).collect(),
            agency_id: None,
            agency_role: None,
            created_at: now,
        };
        let id = profiles::insert(conn, &p)?;
        events::record(
            conn,
            now,
            "profile",
            id,
            "added",
            json!({ "name": p.name, "kind": p.kind }),
        )?;
    }
    for (i, (title, price, days)) in [
        ("Rust code review", 25_000, 3),
        ("SQLite performance audit", 60_000, 5),
        ("CLI tool from spec", 150_000, 14),
    ]
    .into_iter()
    .enumerate()
    {
        let c = crate::store::offers::CatalogProject {
            id: 0,
            uid: Some(format!("catalog-{}", i + 1)),
            title: title.into(),
            description: format!("{title}, delivered in {days} days."),
            price_cents: price,
            delivery_days: days,
            profile_id: Some(profile_id),
            created_at: now,
        };
        let id = crate::store::offers::insert_catalog(conn, &c)?;
        events::record(
            conn,
            now,
            "catalog",
            id,
            "added",
            json!({ "title": title, "price_cents": price }),
        )?;
    }
    order(conn, 1, client_ids[0], Some("contract-catalog-1"), now)?;
    // Offers left to expire are recorded as expired before their jobs close.
    crate::app::settle(conn, now)?;
    for (idx, j) in closing.iter().enumerate() {
        let reason = [
            CloseReason::Filled,
            CloseReason::Expired,
            CloseReason::Cancelled,
        ][idx % 3];
        close_job(conn, job_ids[*j], reason, now)?;
    }
    // Some clients cancel jobs you applied to: the proposals are archived and refunded (R52).
    for job_id in live_jobs {
        let hired = crate::store::proposals::statuses_for_job(conn, job_id)?
            .iter()
            .any(|(_, s, _)| *s == crate::rules::proposals::ProposalStatus::Hired);
        if w.chance(12) && !hired {
            close_job(conn, job_id, CloseReason::Cancelled, now)?;
        }
    }
    let count = |table: &str| crate::store::count(conn, table);
    Ok(SeedReport {
        seed,
        clients: count("clients")?,
        jobs: count("jobs")?,
        invites: count("invites")?,
        proposals: count("proposals")?,
        connects_balance: connects::balance(conn, None, now)?,
        skipped: false,
    })
}
