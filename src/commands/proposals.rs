//! `lancer proposals …`, and the terms flags that `invite accept` and `proposals submit` share.

use std::io::Read;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::commands::{Ctx, parse_money};
use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::connects::invite_accept_cost;
use crate::rules::contact::{self, Finding};
use crate::rules::jobs::{Duration, PayType};
use crate::rules::money::Cents;
use crate::rules::offers::{Participant, room_participants};
use crate::rules::proposals::{
    self as proposal_rules, ATTACHMENT_BYTES_MAX, ATTACHMENTS_MAX, EditScope, Milestone, Price,
    ProposalStatus, WithdrawReason, parse_answer,
};
use crate::rules::settings::{InviteConnects, Settings};
use crate::slug_enum;
use crate::store::offers::{self, Offer};
use crate::store::{
    self, agencies, connects, events, jobs, profiles, proposals, proposals::Proposal, settings, v,
};

/// The price and duration of a proposal.
#[derive(Debug, Args, Clone, Default)]
pub struct TermsArgs {
    /// Hourly rate the client sees (hourly jobs), 3.00 to 999.99
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money, allow_negative_numbers = true,
          conflicts_with_all = ["bid", "milestone", "receive"])]
    pub rate: Option<Cents>,
    /// Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money, allow_negative_numbers = true,
          conflicts_with_all = ["milestone", "receive"])]
    pub bid: Option<Cents>,
    /// A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)
    #[arg(long, value_name = "DESC;DATE;AMOUNT", value_parser = Milestone::parse, conflicts_with = "receive")]
    pub milestone: Vec<Milestone>,
    /// What you want to receive after the fee; the client amount is worked out
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money, allow_negative_numbers = true)]
    pub receive: Option<Cents>,
    /// How long the work will take
    #[arg(long)]
    pub duration: Option<Duration>,
}

impl TermsArgs {
    pub fn price(&self) -> Option<Price> {
        if let Some(r) = self.rate {
            Some(Price::Rate(r))
        } else if let Some(b) = self.bid {
            Some(Price::Bid(b))
        } else if !self.milestone.is_empty() {
            Some(Price::Milestones(self.milestone.clone()))
        } else {
            self.receive.map(Price::Receive)
        }
    }
}

/// The cover letter, screening answers and attachments of a proposal.
#[derive(Debug, Args, Clone, Default)]
pub struct LetterArgs {
    /// The cover letter (at most 5,000 characters)
    #[arg(long, value_name = "TEXT", conflicts_with = "cover_letter_file")]
    pub cover_letter: Option<String>,
    /// Read the cover letter from a file, or `-` for standard input
    #[arg(long, value_name = "PATH")]
    pub cover_letter_file: Option<PathBuf>,
    /// Answer screening question N (from 1): N=TEXT (repeat)
    #[arg(long, value_name = "N=TEXT", value_parser = parse_answer)]
    pub answer: Vec<(usize, String)>,
    /// Attach a file (up to 10, each at most 25 MiB; stored in the store)
    #[arg(long, value_name = "PATH")]
    pub attach: Vec<PathBuf>,
}

impl LetterArgs {
    /// The cover letter given by text, file or standard input.
    pub fn read_cover_letter(&self) -> Result<Option<String>> {
        if let Some(t) = &self.cover_letter {
            return Ok(Some(t.clone()));
        }
        let Some(path) = &self.cover_letter_file else {
            return Ok(None);
        };
        let mut text = String::new();
        if path.as_os_str() == "-" {
            std::io::stdin().read_to_string(&mut text).map_err(|e| {
                Error::usage(format!(
                    "cannot read the cover letter from standard input: {e}"
                ))
            })?;
        } else {
            text = std::fs::read_to_string(path).map_err(|e| {
                Error::usage(format!(
                    "cannot read the cover letter {}: {e}",
                    path.display()
                ))
            })?;
        }
        Ok(Some(text.trim_end().to_string()))
    }

    /// The attachments' names and bytes (R13's limits are checked by `create_proposal`).
    pub fn read_attachments(&self) -> Result<Vec<(String, Vec<u8>)>> {
        let mut files = Vec::new();
        for path in &self.attach {
            let meta = std::fs::metadata(path).map_err(|e| {
                Error::usage(format!(
                    "cannot read the attachment {}: {e}",
                    path.display()
                ))
            })?;
            if meta.len() > ATTACHMENT_BYTES_MAX {
                return Err(Error::refused(format!(
                    "the attachment {} is {} bytes; each may be at most 25 MiB",
                    path.display(),
                    meta.len()
                )));
            }
            let bytes = std::fs::read(path).map_err(|e| {
                Error::usage(format!(
                    "cannot read the attachment {}: {e}",
                    path.display()
                ))
            })?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            files.push((name, bytes));
        }
        Ok(files)
    }
}

/// Everything a new proposal needs, however it was gathered (flags, prompts, seed, import).
#[derive(Debug, Clone)]
pub struct Submission {
    pub uid: Option<String>,
    pub price: Price,
    pub duration: Option<Duration>,
    pub profile: Option<String>,
    pub cover_letter: Option<String>,
    pub answers: Vec<(usize, String)>,
    pub attachments: Vec<(String, Vec<u8>)>,
    pub boost: i64,
    pub agency: Option<String>,
    pub as_member: Option<String>,
}

/// Where a new proposal comes from.
pub enum Origin {
    /// An accepted invite (R4): costs the job's Connects unless `invite-connects` is free.
    Invite {
        invite_id: i64,
        interview_submitted: bool,
    },
    /// A proposal to a public job (R19): always costs the job's Connects.
    Public,
}

/// A changed proposal as printed: the record, the Connects left, and R32 warnings.
#[derive(Debug, Serialize)]
pub struct ProposalOutcome {
    #[serde(flatten)]
    pub proposal: Proposal,
    pub connects_balance: i64,
    pub warnings: Vec<Finding>,
}

impl Record for ProposalOutcome {
    const FIELDS: &'static [&'static str] = crate::proposal_fields!("connects_balance", "warnings");
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "job_title",
        "status",
        "rate_cents",
        "bid_cents",
        "fee_cents",
        "receive_cents",
        "connects_spent",
        "boost_connects",
        "connects_balance",
    ];
    fn id(&self) -> i64 {
        self.proposal.id
    }
}

/// R30 on every text of a proposal; R32 warnings returned.
pub fn check_texts(texts: &[(&str, &str)]) -> Result<Vec<Finding>> {
    let mut warnings = Vec::new();
    for (what, text) in texts {
        let found = contact::find_contact_info(text);
        if !found.is_empty() {
            return Err(Error::refused(contact::refusal(what, &found))
                .detail("findings", serde_json::to_value(&found).unwrap_or_default()));
        }
        warnings.extend(contact::find_extra_rewards(text));
    }
    Ok(warnings)
}

/// R10–R13, R19, R51, R53: checks a submission and writes the proposal and its Connects.
pub fn create_proposal(
    conn: &Connection,
    settings: &Settings,
    job_id: i64,
    origin: Origin,
    sub: &Submission,
    now: Timestamp,
) -> Result<(i64, Vec<Finding>)> {
    let job = jobs::get(conn, job_id)?;
    let profile =
        profiles::find(conn, sub.profile.as_deref().unwrap_or("general")).map_err(|e| {
            if sub.profile.is_none() {
                Error::not_found("there is no general profile to send the proposal from")
                    .hint("add one with: lancer profiles add \"YOUR NAME\" --rate 50")
            } else {
                e
            }
        })?;
    let (account, submitted_by) = match &sub.agency {
        Some(key) => {
            let agency = agencies::find(conn, key)?;
            let member = sub
                .as_member
                .clone()
                .or_else(|| (profile.agency_id == Some(agency.id)).then(|| profile.name.clone()));
            let Some(member) = member else {
                return Err(Error::usage(
                    "--agency needs --as MEMBER: who in the agency sends it",
                ));
            };
            if !agency.members.iter().any(|m| m.name == member) {
                return Err(Error::refused(format!(
                    "{member} is not a member of the agency {}",
                    agency.name
                )));
            }
            (Some(agency.id), Some(member))
        }
        None => (None, None),
    };
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let terms = proposal_rules::settle_terms(
        job.pay_type,
        sub.price.clone(),
        sub.duration,
        settings.service_fee_pct,
        today,
    )
    .map_err(Error::usage)?;
    let (invite_id, interview_done) = match origin {
        Origin::Invite {
            invite_id,
            interview_submitted,
        } => (Some(invite_id), interview_submitted),
        Origin::Public => (None, false),
    };
    let letter = sub
        .cover_letter
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    match letter {
        Some(text) => proposal_rules::check_cover_letter(text).map_err(Error::refused)?,
        None if interview_done => {} // R15: the interview replaces the cover letter
        None => {
            return Err(crate::prompt::missing(
                "--cover-letter TEXT or --cover-letter-file PATH",
                "a cover letter",
            ));
        }
    }
    let answers =
        proposal_rules::match_answers(&job.questions, &sub.answers).map_err(Error::usage)?;
    if sub.attachments.len() > ATTACHMENTS_MAX {
        return Err(Error::refused(format!(
            "{} attachments given; at most {ATTACHMENTS_MAX} are allowed",
            sub.attachments.len()
        )));
    }
    if let Some((name, bytes)) = sub
        .attachments
        .iter()
        .find(|(_, b)| b.len() as u64 > ATTACHMENT_BYTES_MAX)
    {
        return Err(Error::refused(format!(
            "the attachment {name} is {} bytes; at most 25 MiB",
            bytes.len()
        )));
    }
    let mut texts: Vec<(&str, &str)> = Vec::new();
    if let Some(t) = letter {
        texts.push(("the cover letter", t));
    }
    for a in &answers {
        texts.push(("a screening answer", &a.answer));
    }
    for (name, _) in &sub.attachments {
        texts.push(("an attachment name", name));
    }
    let warnings = check_texts(&texts)?; // R30, R32
    if let Some(existing) = proposals::live_for_job(conn, job.id, profile.id)? {
        return Err(Error::refused(format!(
            "proposal {existing} to this job from the profile '{}' is still live; only one is allowed",
            profile.name
        )));
    }
    if job.status != crate::rules::jobs::JobStatus::Open {
        return Err(Error::refused(format!("job {} is closed", job.id)));
    }
    store::check_uid_free(conn, "proposals", "proposal", sub.uid.as_deref(), None)?;
    let (status, room) = match invite_id {
        Some(_) => (ProposalStatus::Active, Some(now)), // R4: straight to the interview stage
        None => (ProposalStatus::Submitted, None),
    };
    let id = proposals::insert(
        conn,
        &proposals::NewProposal {
            uid: sub.uid.as_deref(),
            job_id: job.id,
            invite_id,
            profile_id: profile.id,
            agency_id: account,
            submitted_by: submitted_by.as_deref(),
            status,
            pay_type: terms.pay_type,
            rate_cents: terms.rate_cents,
            bid_cents: terms.bid_cents,
            milestones: &terms.milestones,
            duration: terms.duration,
            cover_letter: letter,
            answers: &answers,
            fee_pct: settings.service_fee_pct,
            submitted_at: now,
            room_opened_at: room,
        },
    )?;
    for (name, bytes) in &sub.attachments {
        let sha: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        proposals::attach(conn, id, name, &sha, bytes, now)?;
    }
    // R51/R53: the proposal's cost, then any boost (R18), from the right account.
    let cost = match invite_id {
        Some(_) => invite_accept_cost(
            job.connects_cost,
            settings.invite_connects == InviteConnects::Charge,
        ),
        None => job.connects_cost,
    };
    let what = if invite_id.is_some() {
        "accepting invite"
    } else {
        "proposal"
    };
    connects::spend(
        conn,
        account,
        cost,
        &format!("{what} to job {}", job.id),
        Some(("proposal", id)),
        now,
    )?;
    if sub.boost > 0 {
        connects::spend(
            conn,
            account,
            sub.boost,
            &format!("boost of proposal {id}"),
            Some(("boost", id)),
            now,
        )?;
    }
    conn.prepare_cached(
        "UPDATE proposals SET connects_spent = ?2, boost_connects = ?3 WHERE id = ?1",
    )?
    .execute(rusqlite::params![id, cost, sub.boost])?;
    conn.prepare_cached("UPDATE jobs SET proposals = proposals + 1 WHERE id = ?1")?
        .execute([job.id])?;
    events::record(
        conn,
        now,
        "proposal",
        id,
        if invite_id.is_some() {
            "created"
        } else {
            "submitted"
        },
        json!({ "job_id": job.id, "invite_id": invite_id, "connects": cost, "boost": sub.boost, "pay_type": terms.pay_type }),
    )?;
    Ok((id, warnings))
}

/// The outcome printed after a proposal changes.
pub fn outcome(
    conn: &Connection,
    settings: &Settings,
    id: i64,
    warnings: Vec<Finding>,
    now: Timestamp,
) -> Result<ProposalOutcome> {
    let proposal = proposals::get(conn, id, settings.cover_letter_edit_hours)?;
    let connects_balance = connects::balance(conn, proposal.agency_id, now)?;
    Ok(ProposalOutcome {
        proposal,
        connects_balance,
        warnings,
    })
}

#[derive(Debug, Args)]
#[command(after_help = "\
A proposal is submitted (to a public job) or active (from an accepted invite, or once the
client writes), then offered, hired, declined, withdrawn or archived (its job closed).

The cover letter, screening answers and attachments can be edited for 6 hours after
submission and only until the client views the proposal. Terms can be edited until an offer
arrives; after that they change only with the client's agreement.

Examples:
  lancer proposals submit --job 12 --rate 60 --cover-letter-file letter.txt --boost 5
  lancer proposals list --status active
  lancer proposal show 3
  lancer proposal edit 3 --cover-letter-file better.txt
  lancer proposal withdraw 3 --reason schedule-conflict
  lancer proposal boost 3 4
  lancer proposal mark-viewed 3          the client opened it
  lancer proposal attachment 3 1 -O portfolio.pdf")]
pub struct ProposalsArgs {
    #[command(subcommand)]
    pub command: ProposalsCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProposalsCommand {
    /// Send a proposal to a public job (costs the job's Connects)
    Submit(SubmitArgs),
    /// List proposals
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one proposal: terms, fee, Connects, room, offer, edit window
    Show {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
    },
    /// Change a proposal's letter, answers, attachments or terms, within their windows
    Edit(EditArgs),
    /// Withdraw a proposal (no Connects come back)
    Withdraw(WithdrawArgs),
    /// Boost a proposal with Connects (once)
    Boost {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
        /// How many Connects to bid
        #[arg(value_parser = clap::value_parser!(i64).range(1..=100))]
        connects: i64,
    },
    /// Record that the client viewed the proposal (closes the letter's edit window)
    MarkViewed {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
    },
    /// Record that the client declined the proposal
    MarkDeclined {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
    },
    /// Record that the boost was outbid: its Connects come back
    MarkOutbid {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
    },
    /// Check the cover letter against the job and your other letters (no AI, no network)
    Lint {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
    },
    /// Write one of a proposal's attachments to a file or standard output
    Attachment {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
        /// The attachment's id or name
        attachment: String,
        /// Where to write it [default: standard output]
        #[arg(short = 'O', long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct SubmitArgs {
    /// The job (id or uid)
    #[arg(long)]
    pub job: String,
    #[command(flatten)]
    pub new: NewProposalArgs,
}

/// The flags of a new proposal, shared by `proposals submit` and `invite accept`.
#[derive(Debug, Args)]
pub struct NewProposalArgs {
    #[command(flatten)]
    pub terms: TermsArgs,
    /// Send it from this profile: `general` (default) or a specialized profile's name
    #[arg(long)]
    pub profile: Option<String>,
    #[command(flatten)]
    pub letter: LetterArgs,
    /// Also boost the proposal with this many Connects (once)
    #[arg(long, value_name = "N")]
    pub boost: Option<u32>,
    /// Send it through this agency (its Connects pay)
    #[arg(long, value_name = "AGENCY", requires = "as_member")]
    pub agency: Option<String>,
    /// The agency member sending it
    #[arg(long = "as", value_name = "MEMBER", requires = "agency")]
    pub as_member: Option<String>,
    /// A stable key for the new proposal
    #[arg(long)]
    pub uid: Option<String>,
}

impl NewProposalArgs {
    /// The submission these flags describe, with the price, letter, answers and attachments
    /// as finally gathered (from flags, files or prompts).
    pub fn submission(
        &self,
        price: Price,
        cover_letter: Option<String>,
        answers: Vec<(usize, String)>,
        attachments: Vec<(String, Vec<u8>)>,
    ) -> Submission {
        Submission {
            uid: self.uid.clone(),
            price,
            duration: self.terms.duration,
            profile: self.profile.clone(),
            cover_letter,
            answers,
            attachments,
            boost: self.boost.map(i64::from).unwrap_or(0),
            agency: self.agency.clone(),
            as_member: self.as_member.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Proposal id or uid
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
    pub proposal: String,
    #[command(flatten)]
    pub terms: TermsArgs,
    #[command(flatten)]
    pub letter: LetterArgs,
    /// Remove an attachment (its id or name)
    #[arg(long, value_name = "ATTACHMENT")]
    pub remove_attachment: Vec<String>,
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// Proposal id or uid
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
    pub proposal: String,
    /// Why: applied-by-mistake, schedule-conflict, client-unresponsive, client-behavior,
    /// rate-mismatch, scope-changed, other
    #[arg(long)]
    pub reason: Option<WithdrawReason>,
    /// A message to the client (no contact information)
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

slug_enum! {
    pub enum ProposalSort { Id => "id", Submitted => "submitted", Status => "status", Job => "job" }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only proposals in this status
    #[arg(long)]
    pub status: Option<ProposalStatus>,
    /// Only proposals to this job (id or uid)
    #[arg(long)]
    pub job: Option<String>,
    /// Only proposals from this profile (id, uid, name or `general`)
    #[arg(long)]
    pub profile: Option<String>,
    /// Order: id, submitted (newest first), status, job
    #[arg(long, default_value = "id")]
    pub sort: ProposalSort,
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// `proposal show`: the proposal with its room and latest offer.
#[derive(Debug, Serialize)]
pub struct ProposalDetail {
    #[serde(flatten)]
    pub proposal: Proposal,
    pub participants: Vec<Participant>,
    pub messages_count: i64,
    pub offer: Option<Offer>,
    /// The proposal's timeline, oldest first.
    pub history: Vec<crate::store::events::Event>,
}

impl Record for ProposalDetail {
    const FIELDS: &'static [&'static str] =
        crate::proposal_fields!("participants", "messages_count", "offer", "history");
    const COLUMNS: &'static [&'static str] = Proposal::COLUMNS;
    fn id(&self) -> i64 {
        self.proposal.id
    }
}

/// R31: the people in a proposal's room.
pub fn participants(conn: &Connection, p: &Proposal) -> Result<Vec<Participant>> {
    let client: String = conn
        .prepare_cached(
            "SELECT c.name FROM jobs j JOIN clients c ON c.id = j.client_id WHERE j.id = ?1",
        )?
        .query_row([p.job_id], |r| r.get(0))?;
    let members: Option<Vec<(String, crate::rules::profiles::AgencyRole)>> = match p.agency_id {
        Some(a) => Some(
            agencies::members(conn, a)?
                .into_iter()
                .map(|m| (m.name, m.role))
                .collect(),
        ),
        None => None,
    };
    let freelancer = p.submitted_by.clone().unwrap_or_else(|| p.profile.clone());
    Ok(room_participants(&client, &freelancer, members.as_deref()))
}

pub fn detail(
    conn: &Connection,
    id: i64,
    edit_hours: i64,
    now: Timestamp,
) -> Result<ProposalDetail> {
    let proposal = proposals::get(conn, id, edit_hours)?;
    Ok(ProposalDetail {
        participants: participants(conn, &proposal)?,
        messages_count: crate::store::messages::count(conn, id)?,
        offer: offers::latest_for(conn, id, now)?,
        history: events::history(conn, "proposal", id)?,
        proposal,
    })
}

fn open_proposal(conn: &Connection, key: &str, edit_hours: i64) -> Result<Proposal> {
    let id = store::resolve(conn, "proposals", "proposal", key)?;
    proposals::get(conn, id, edit_hours)
}

/// R16: edits the letter, answers, attachments and terms, each within its window.
pub fn edit_proposal(
    conn: &Connection,
    key: &str,
    a: &EditArgs,
    letter: Option<String>,
    attachments: Vec<(String, Vec<u8>)>,
    now: Timestamp,
) -> Result<(i64, Vec<Finding>)> {
    let s = settings::load(conn)?;
    let before = open_proposal(conn, key, s.cover_letter_edit_hours)?;
    let mut p = before.clone();
    let price = a.terms.price();
    let scope = EditScope {
        letter: letter.is_some()
            || !a.letter.answer.is_empty()
            || !attachments.is_empty()
            || !a.remove_attachment.is_empty(),
        terms: price.is_some() || a.terms.duration.is_some(),
    };
    if !scope.letter && !scope.terms {
        return Err(Error::usage(
            "nothing to change: give new terms, a cover letter, answers or attachments",
        ));
    }
    let offer_received = offers::latest_for(conn, p.id, now)?.is_some();
    proposal_rules::check_edit(
        p.status,
        scope,
        p.cover_letter_locked_at,
        offer_received,
        now,
    )
    .map_err(Error::refused)?;
    if let Some(price) = price {
        let job = jobs::get(conn, p.job_id)?;
        let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
        let t = proposal_rules::settle_terms(
            job.pay_type,
            price,
            a.terms.duration.or(p.duration),
            p.fee_pct,
            today,
        )
        .map_err(Error::usage)?;
        p.rate_cents = t.rate_cents;
        p.bid_cents = t.bid_cents;
        p.milestones = t.milestones;
    }
    if let Some(d) = a.terms.duration {
        p.duration = Some(d);
    }
    let mut texts: Vec<(String, String)> = Vec::new();
    if let Some(l) = letter {
        proposal_rules::check_cover_letter(&l).map_err(Error::refused)?;
        texts.push(("the cover letter".into(), l.clone()));
        p.cover_letter = Some(l);
    }
    for (n, answer) in &a.letter.answer {
        let slot = p.answers.get_mut(n - 1).ok_or_else(|| {
            Error::usage(format!(
                "--answer {n}=…: the job has {} screening question(s)",
                before.answers.len()
            ))
        })?;
        slot.answer = answer.clone();
        texts.push(("a screening answer".into(), answer.clone()));
    }
    for (name, _) in &attachments {
        texts.push(("an attachment name".into(), name.clone()));
    }
    let borrowed: Vec<(&str, &str)> = texts
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let warnings = check_texts(&borrowed)?; // R30, R32
    for key in &a.remove_attachment {
        let found = p
            .attachments
            .iter()
            .find(|x| x.id.to_string() == *key || x.name == *key)
            .cloned();
        let att = found.ok_or_else(|| {
            Error::not_found(format!("proposal {} has no attachment '{key}'", p.id))
        })?;
        conn.prepare_cached("DELETE FROM attachments WHERE id = ?1")?
            .execute([att.id])?;
    }
    if p.attachments.len() - a.remove_attachment.len() + attachments.len() > ATTACHMENTS_MAX {
        return Err(Error::refused(format!(
            "at most {ATTACHMENTS_MAX} attachments are allowed"
        )));
    }
    for (name, bytes) in &attachments {
        let sha: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        proposals::attach(conn, p.id, name, &sha, bytes, now)?;
    }
    proposals::save(conn, &p)?;
    let after = proposals::get(conn, p.id, s.cover_letter_edit_hours)?;
    let changes = events::changes(
        &crate::commands::json_of(&before),
        &crate::commands::json_of(&after),
    );
    events::record(conn, now, "proposal", p.id, "edited", changes)?;
    Ok((p.id, warnings))
}

/// R17: withdraws a proposal; no Connects are refunded.
pub fn withdraw_proposal(
    conn: &Connection,
    id: i64,
    reason: WithdrawReason,
    message: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let s = settings::load(conn)?;
    let mut p = proposals::get(conn, id, s.cover_letter_edit_hours)?;
    proposal_rules::check_withdraw(p.status, reason, message).map_err(|(usage, m)| {
        if usage {
            Error::usage(m)
        } else {
            Error::refused(m)
        }
    })?;
    if let Some(m) = message {
        check_texts(&[("a withdraw message", m)])?;
    }
    p.status = ProposalStatus::Withdrawn;
    p.status_reason = Some(reason.as_str().to_string());
    p.status_message = message.map(str::to_string);
    proposals::save(conn, &p)?;
    events::record(
        conn,
        now,
        "proposal",
        id,
        "withdrawn",
        json!({ "reason": reason }),
    )?;
    Ok(())
}

/// R18: boosts a proposal once, paying from its account.
pub fn boost_proposal(conn: &Connection, id: i64, amount: i64, now: Timestamp) -> Result<()> {
    let s = settings::load(conn)?;
    let mut p = proposals::get(conn, id, s.cover_letter_edit_hours)?;
    proposal_rules::check_boost(p.status, p.boost_connects, amount).map_err(Error::refused)?;
    connects::spend(
        conn,
        p.agency_id,
        amount,
        &format!("boost of proposal {id}"),
        Some(("boost", id)),
        now,
    )?;
    p.boost_connects = amount;
    proposals::save(conn, &p)?;
    events::record(
        conn,
        now,
        "proposal",
        id,
        "boosted",
        json!({ "connects": amount }),
    )?;
    Ok(())
}

/// The client-side facts about a proposal: viewed, declined, outbid.
pub fn mark_proposal(conn: &Connection, id: i64, what: &str, now: Timestamp) -> Result<()> {
    let s = settings::load(conn)?;
    let mut p = proposals::get(conn, id, s.cover_letter_edit_hours)?;
    match what {
        "viewed" => {
            if p.client_viewed_at.is_some() {
                return Err(Error::refused(format!("proposal {id} was already viewed")));
            }
            p.client_viewed_at = Some(now);
        }
        "declined" => {
            if !matches!(p.status, ProposalStatus::Submitted | ProposalStatus::Active) {
                return Err(Error::refused(format!(
                    "proposal {id} is {}; only submitted and active proposals can be declined by the client",
                    p.status
                )));
            }
            p.status = ProposalStatus::Declined;
        }
        "outbid" => {
            if p.boost_connects == 0 || p.boost_refunded {
                return Err(Error::refused(format!(
                    "proposal {id} has no boost to refund"
                )));
            }
            connects::refund(conn, ("boost", id), &format!("proposal {id} outbid"), now)?; // R18
            p.boost_refunded = true;
        }
        _ => unreachable!("known marks only"),
    }
    proposals::save(conn, &p)?;
    events::record(conn, now, "proposal", id, what, json!({}))?;
    Ok(())
}

pub fn run(ctx: &mut Ctx, args: ProposalsArgs) -> Result<()> {
    let now = ctx.now;
    match args.command {
        ProposalsCommand::Submit(SubmitArgs { job, new: a }) => {
            let cover_letter = match a.letter.read_cover_letter()? {
                Some(l) => Some(l),
                None if ctx.interactive => Some(crate::prompt::editor("")?),
                None => None,
            };
            let attachments = a.letter.read_attachments()?;
            let Some(price) = a.terms.price() else {
                let (conn, _) = ctx.reader()?;
                let job = jobs::get(conn, store::resolve(conn, "jobs", "job", &job)?)?;
                return Err(crate::prompt::missing(
                    price_flag(job.pay_type),
                    "the price",
                ));
            };
            let sub = a.submission(price, cover_letter, a.letter.answer.clone(), attachments);
            let outcome = ctx.write(|tx| {
                let s = settings::load(tx)?;
                let job_id = store::resolve(tx, "jobs", "job", &job)?;
                if jobs::get(tx, job_id)?.private {
                    return Err(Error::refused(format!(
                        "job {job_id} is private: apply only through its invite"
                    )));
                }
                let (id, warnings) = create_proposal(tx, &s, job_id, Origin::Public, &sub, now)?;
                outcome(tx, &s, id, warnings, now)
            })?;
            print_outcome(ctx, &outcome)
        }
        ProposalsCommand::List(a) => {
            let (conn, out) = ctx.reader()?;
            let s = settings::load(conn)?;
            let mut q = proposals::select();
            if let Some(st) = a.status {
                q.filter("p.status = ?", [v(st.as_str().to_string())]);
            }
            if let Some(j) = &a.job {
                q.filter("p.job_id = ?", [v(store::resolve(conn, "jobs", "job", j)?)]);
            }
            if let Some(p) = &a.profile {
                q.filter("p.profile_id = ?", [v(profiles::find(conn, p)?.id)]);
            }
            q.order(match a.sort {
                ProposalSort::Id => "p.id",
                ProposalSort::Submitted => "p.submitted_at DESC, p.id DESC",
                ProposalSort::Status => "p.status, p.id",
                ProposalSort::Job => "p.job_id, p.id",
            })
            .limit(a.limit);
            let mut list = out.list::<Proposal>()?;
            proposals::each(conn, &q, s.cover_letter_edit_hours, |p| list.push(&p))?;
            list.finish()
        }
        ProposalsCommand::Show { proposal } => {
            let (conn, out) = ctx.reader()?;
            let s = settings::load(conn)?;
            let id = store::resolve(conn, "proposals", "proposal", &proposal)?;
            out.record(&detail(conn, id, s.cover_letter_edit_hours, now)?)
        }
        ProposalsCommand::Edit(a) => {
            let letter = a.letter.read_cover_letter()?;
            let attachments = a.letter.read_attachments()?;
            let outcome = ctx.write(|tx| {
                let (id, warnings) = edit_proposal(
                    tx,
                    &a.proposal,
                    &a,
                    letter.clone(),
                    attachments.clone(),
                    now,
                )?;
                outcome(tx, &settings::load(tx)?, id, warnings, now)
            })?;
            print_outcome(ctx, &outcome)
        }
        ProposalsCommand::Withdraw(a) => {
            let reason = crate::prompt::reason(
                a.reason,
                ctx.interactive,
                "Why are you withdrawing?",
                WithdrawReason::as_str,
                "a withdraw reason",
            )?;
            let message = match (&a.message, reason) {
                (None, WithdrawReason::Other) if ctx.interactive => {
                    Some(crate::prompt::input("Message to the client", None)?)
                }
                (m, _) => m.clone(),
            };
            if ctx.interactive && !ctx.yes && !ctx.dry_run {
                crate::prompt::confirm(&format!(
                    "Withdraw proposal {}? No Connects come back.",
                    a.proposal
                ))?;
            }
            let outcome = ctx.write(|tx| {
                let id = store::resolve(tx, "proposals", "proposal", &a.proposal)?;
                withdraw_proposal(tx, id, reason, message.as_deref(), now)?;
                outcome(tx, &settings::load(tx)?, id, Vec::new(), now)
            })?;
            print_outcome(ctx, &outcome)
        }
        ProposalsCommand::Boost {
            proposal,
            connects: amount,
        } => {
            let outcome = ctx.write(|tx| {
                let id = store::resolve(tx, "proposals", "proposal", &proposal)?;
                boost_proposal(tx, id, amount, now)?;
                outcome(tx, &settings::load(tx)?, id, Vec::new(), now)
            })?;
            print_outcome(ctx, &outcome)
        }
        ProposalsCommand::Lint { proposal } => {
            let (conn, out) = ctx.reader()?;
            let s = settings::load(conn)?;
            let p = open_proposal(conn, &proposal, s.cover_letter_edit_hours)?;
            let letter = p.cover_letter.clone().unwrap_or_default();
            let report = lint_letter(conn, &letter, p.job_id, p.invite_id.is_some(), Some(p.id))?;
            out.record(&report)
        }
        ProposalsCommand::MarkViewed { proposal } => mark(ctx, &proposal, "viewed"),
        ProposalsCommand::MarkDeclined { proposal } => mark(ctx, &proposal, "declined"),
        ProposalsCommand::MarkOutbid { proposal } => mark(ctx, &proposal, "outbid"),
        ProposalsCommand::Attachment {
            proposal,
            attachment,
            output,
        } => {
            let (conn, out) = ctx.reader()?;
            let s = settings::load(conn)?;
            let p = open_proposal(conn, &proposal, s.cover_letter_edit_hours)?;
            let att = p
                .attachments
                .iter()
                .find(|x| x.id.to_string() == attachment || x.name == attachment)
                .ok_or_else(|| {
                    Error::not_found(format!(
                        "proposal {} has no attachment '{attachment}'",
                        p.id
                    ))
                })?;
            let bytes = proposals::blob(conn, &att.sha256)?.ok_or_else(|| {
                Error::store(format!("the bytes of attachment {} are missing", att.id))
            })?;
            match output {
                Some(path) => {
                    std::fs::write(&path, &bytes).map_err(|e| {
                        Error::usage(format!("cannot write {}: {e}", path.display()))
                    })?;
                    out.note(&format!("wrote {} ({} bytes)", path.display(), bytes.len()));
                    Ok(())
                }
                None => {
                    use std::io::Write;
                    let mut stdout = std::io::stdout().lock();
                    stdout.write_all(&bytes)?;
                    Ok(stdout.flush()?)
                }
            }
        }
    }
}

fn mark(ctx: &mut Ctx, proposal: &str, what: &str) -> Result<()> {
    let now = ctx.now;
    let outcome = ctx.write(|tx| {
        let id = store::resolve(tx, "proposals", "proposal", proposal)?;
        mark_proposal(tx, id, what, now)?;
        outcome(tx, &settings::load(tx)?, id, Vec::new(), now)
    })?;
    print_outcome(ctx, &outcome)
}

/// Prints a changed proposal, with R32 warnings on stderr for people.
pub fn print_outcome(ctx: &Ctx, outcome: &ProposalOutcome) -> Result<()> {
    ctx.out.warn_extra_rewards(&outcome.warnings);
    ctx.out.record(outcome)
}

/// The flag that carries a job's price, for "missing" errors and prompts.
pub fn price_flag(pay_type: PayType) -> &'static str {
    match pay_type {
        PayType::Hourly => "--rate AMOUNT (or --receive AMOUNT)",
        PayType::Fixed => "--bid AMOUNT, --milestone \"DESC;DATE;AMOUNT\" or --receive AMOUNT",
    }
}

/// R41's report, printable.
#[derive(Debug, Serialize)]
pub struct LetterCheck {
    #[serde(flatten)]
    pub report: crate::rules::insight::LetterReport,
}

impl Record for LetterCheck {
    const FIELDS: &'static [&'static str] = &[
        "characters",
        "words",
        "too_short",
        "missing_skills",
        "missing_keywords",
        "reused_from",
        "thank_you_missing",
        "contact_findings",
        "warnings",
        "tips",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "characters",
        "too_short",
        "missing_skills",
        "reused_from",
        "tips",
    ];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> String {
        self.report.tips.len().to_string()
    }
}

/// R41: checks a letter for a job against every other cover letter in the store.
pub fn lint_letter(
    conn: &Connection,
    letter: &str,
    job_id: i64,
    from_invite: bool,
    except: Option<i64>,
) -> Result<LetterCheck> {
    let job = jobs::get(conn, job_id)?;
    let others: Vec<(i64, String)> = conn
        .prepare("SELECT id, cover_letter FROM proposals WHERE cover_letter IS NOT NULL AND id IS NOT ?1 ORDER BY id")?
        .query_map([except], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let report = crate::rules::insight::check_letter(
        letter,
        &job.skills,
        &job.description,
        from_invite,
        &others,
    );
    Ok(LetterCheck { report })
}
