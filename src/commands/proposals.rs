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
use crate::rules::proposals::{
    self as proposal_rules, ATTACHMENT_BYTES_MAX, ATTACHMENTS_MAX, Milestone, Price,
    ProposalStatus, parse_answer,
};
use crate::rules::settings::{InviteConnects, Settings};
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
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "job_id",
        "job_title",
        "invite_id",
        "profile",
        "profile_id",
        "agency_id",
        "submitted_by",
        "status",
        "pay_type",
        "rate_cents",
        "bid_cents",
        "milestones",
        "fee_pct",
        "fee_cents",
        "receive_cents",
        "duration",
        "cover_letter",
        "answers",
        "attachments",
        "connects_spent",
        "boost_connects",
        "submitted_at",
        "client_viewed_at",
        "cover_letter_locked_at",
        "room_opened_at",
        "status_reason",
        "status_message",
        "created_at",
        "connects_balance",
        "warnings",
    ];
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
Examples:
  lancer proposals list --status active
  lancer proposal show 3 --json")]
pub struct ProposalsArgs {
    #[command(subcommand)]
    pub command: ProposalsCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProposalsCommand {
    /// List proposals
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one proposal: terms, fee, Connects, edit window
    Show {
        /// Proposal id or uid
        proposal: String,
    },
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
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

pub fn run(ctx: &mut Ctx, args: ProposalsArgs) -> Result<()> {
    let (conn, out) = ctx.reader()?;
    let s = settings::load(conn)?;
    match args.command {
        ProposalsCommand::List(a) => {
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
            q.limit(a.limit);
            let mut list = out.list::<Proposal>()?;
            proposals::each(conn, &q, s.cover_letter_edit_hours, |p| list.push(&p))?;
            list.finish()
        }
        ProposalsCommand::Show { proposal } => {
            let id = store::resolve(conn, "proposals", "proposal", &proposal)?;
            out.record(&proposals::get(conn, id, s.cover_letter_edit_hours)?)
        }
    }
}

/// The flag that carries a job's price, for "missing" errors and prompts.
pub fn price_flag(pay_type: PayType) -> &'static str {
    match pay_type {
        PayType::Hourly => "--rate AMOUNT (or --receive AMOUNT)",
        PayType::Fixed => "--bid AMOUNT, --milestone \"DESC;DATE;AMOUNT\" or --receive AMOUNT",
    }
}
