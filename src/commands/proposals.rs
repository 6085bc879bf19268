//! `lancer proposals …`, and the terms flags that `invite accept` and `proposals submit` share.

use crate::store::db::Db;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::app::proposals::{
    Origin, ProposalEdit, ProposalOutcome, Submission, boost_proposal, create_proposal, detail,
    edit_proposal, lint_letter, mark_declined, mark_outbid, mark_viewed, outcome,
    withdraw_proposal,
};
use crate::commands::{Ctx, parse_money};
use crate::error::{Error, Result};
use crate::rules::jobs::{Duration, PayType};
use crate::rules::money::Cents;
use crate::rules::proposals::{
    ATTACHMENT_BYTES_MAX, BOOST_MAX, Milestone, Price, ProposalStatus, WithdrawReason, parse_answer,
};
use crate::store::{self, jobs, profiles, proposals, proposals::Proposal, settings};

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
        let text = crate::input::read_text(path, crate::input::TEXT_BYTES_MAX, "the cover letter")?;
        let text = text.trim_end().to_string();
        crate::rules::text::check("--cover-letter-file", "cover_letter", &text)?;
        Ok(Some(text))
    }

    /// The attachments' names and bytes (R13's limits are checked by `create_proposal`).
    pub fn read_attachments(&self) -> Result<Vec<(String, Vec<u8>)>> {
        let mut files = Vec::new();
        for path in &self.attach {
            // R13: at most 25 MiB; read no further than one byte past it (a device or a pipe
            // is refused before it is opened).
            let bytes = crate::input::read_bytes(path, ATTACHMENT_BYTES_MAX, "the attachment")
                .map_err(|e| {
                    if e.message.contains("larger than") {
                        Error::refused(format!(
                            "the attachment {} is larger than 25 MiB; each may be at most 25 MiB",
                            path.display()
                        ))
                    } else {
                        e
                    }
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

#[derive(Debug, Args)]
#[command(after_help = "\
A proposal is submitted (to a public job) or active (from an accepted invite, or once the
client writes), then offered, hired, declined, withdrawn or archived (its job closed).

The cover letter, screening answers and attachments can be edited for 6 hours after
submission and only until the client has seen the proposal (viewed it or made an offer). Terms
can be edited until an offer arrives; after that they change only with the client's agreement.

Examples:
  lancer proposals submit --job 12 --rate 60 --cover-letter-file letter.txt --boost 5
  lancer proposals list --status active
  lancer proposal show 3
  lancer proposal edit 3 --cover-letter-file better.txt
  lancer proposal withdraw 3 --reason schedule-conflict
  lancer proposal boost 3 4
  lancer proposal mark-viewed 3          the client opened it
  lancer proposal mark-declined 3        the client declined it
  lancer proposal mark-outbid 3          the boost was outbid: its Connects come back
  lancer proposal lint 3
  lancer proposal attachment 3 1 -O portfolio.pdf")]
pub struct ProposalsArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<ProposalsCommand>,
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
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::live_proposals))]
        proposal: String,
        /// How many Connects to bid (1 to 100)
        #[arg(value_parser = clap::value_parser!(i64).range(1..=BOOST_MAX))]
        connects: i64,
    },
    /// Record that the client viewed the proposal (closes the letter's edit window)
    MarkViewed {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::unviewed_proposals))]
        proposal: String,
    },
    /// Record that the client declined the proposal
    MarkDeclined {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::live_proposals))]
        proposal: String,
    },
    /// Record that the boost was outbid: its Connects come back
    MarkOutbid {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::live_proposals))]
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
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_jobs))]
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
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profiles))]
    pub profile: Option<String>,
    #[command(flatten)]
    pub letter: LetterArgs,
    /// Also boost the proposal with this many Connects (1 to 100; once)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=BOOST_MAX))]
    pub boost: Option<i64>,
    /// Send it through this agency (its Connects pay)
    #[arg(long, value_name = "AGENCY", requires = "as_member")]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::agencies))]
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
            boost: self.boost.unwrap_or(0),
            agency: self.agency.clone(),
            as_member: self.as_member.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Proposal id or uid
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::live_proposals))]
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
    /// Proposal ids or uids (each on its own: one failing leaves the others done)
    #[arg(required = true, num_args = 1.., value_name = "PROPOSAL")]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::live_proposals))]
    pub proposals: Vec<String>,
    /// Why: applied-by-mistake, schedule-conflict, client-unresponsive, client-behavior,
    /// rate-mismatch, scope-changed, other
    #[arg(long)]
    pub reason: Option<WithdrawReason>,
    /// A message to the client (no contact information)
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

pub use crate::store::proposals::ProposalSort;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only proposals in this status
    #[arg(long)]
    pub status: Option<ProposalStatus>,
    /// Only proposals to this job (id or uid)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::jobs))]
    pub job: Option<String>,
    /// Only proposals from this profile (id, uid, name or `general`)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profiles))]
    pub profile: Option<String>,
    /// Order: id, submitted (newest first), status, job
    #[arg(long, default_value = "id")]
    pub sort: ProposalSort,
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

pub fn run(ctx: &mut Ctx, args: ProposalsArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
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
                let (id, warnings) = create_proposal(tx, &s, job_id, Origin::Public, &sub, now)?;
                outcome(tx, &s, id, warnings, now)
            })?;
            print_outcome(ctx, &outcome)
        }
        ProposalsCommand::List(a) => {
            let (conn, out) = ctx.reader()?;
            let s = settings::load(conn)?;
            let query = proposals::ProposalQuery {
                status: a.status,
                job_id: match &a.job {
                    Some(j) => Some(store::resolve(conn, "jobs", "job", j)?),
                    None => None,
                },
                profile_id: match &a.profile {
                    Some(p) => Some(profiles::find(conn, p)?.id),
                    None => None,
                },
                sort: a.sort,
                limit: out.sql_limit(a.limit),
            };
            let mut list = out.list::<Proposal>()?;
            proposals::list(conn, &query, s.cover_letter_edit_hours, now, |p| {
                list.push(&p)
            })?;
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
            let edit = ProposalEdit {
                price: a.terms.price(),
                duration: a.terms.duration,
                cover_letter: letter,
                answers: a.letter.answer.clone(),
                attachments,
                remove_attachments: a.remove_attachment.clone(),
            };
            let outcome = ctx.write(|tx| {
                let id = store::resolve(tx, "proposals", "proposal", &a.proposal)?;
                let (id, warnings) = edit_proposal(tx, id, &edit, now)?;
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
                let s = if a.proposals.len() == 1 { "" } else { "s" };
                crate::prompt::confirm(&format!(
                    "Withdraw proposal{s} {}? No Connects come back.",
                    a.proposals.join(", ")
                ))?;
            }
            ctx.for_each_key(&a.proposals, "proposal", |ctx, key| {
                ctx.write(|tx| {
                    let id = store::resolve(tx, "proposals", "proposal", key)?;
                    withdraw_proposal(tx, id, reason, message.as_deref(), now)?;
                    outcome(tx, &settings::load(tx)?, id, Vec::new(), now)
                })
            })
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
            let id = store::resolve(conn, "proposals", "proposal", &proposal)?;
            let p = proposals::get(conn, id, s.cover_letter_edit_hours, now)?;
            let letter = p.cover_letter.clone().unwrap_or_default();
            let report = lint_letter(conn, &letter, p.job_id, p.invite_id.is_some(), Some(p.id))?;
            out.record(&report)
        }
        ProposalsCommand::MarkViewed { proposal } => mark(ctx, &proposal, mark_viewed),
        ProposalsCommand::MarkDeclined { proposal } => mark(ctx, &proposal, mark_declined),
        ProposalsCommand::MarkOutbid { proposal } => mark(ctx, &proposal, mark_outbid),
        ProposalsCommand::Attachment {
            proposal,
            attachment,
            output,
        } => {
            let (conn, out) = ctx.reader()?;
            let s = settings::load(conn)?;
            let id = store::resolve(conn, "proposals", "proposal", &proposal)?;
            let p = proposals::get(conn, id, s.cover_letter_edit_hours, now)?;
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

/// The client's marks on a proposal: viewed, declined, outbid.
fn mark(
    ctx: &mut Ctx,
    proposal: &str,
    op: fn(&Db, i64, jiff::Timestamp) -> Result<()>,
) -> Result<()> {
    let now = ctx.now;
    let outcome = ctx.write(|tx| {
        let id = store::resolve(tx, "proposals", "proposal", proposal)?;
        op(tx, id, now)?;
        outcome(tx, &settings::load(tx)?, id, Vec::new(), now)
    })?;
    print_outcome(ctx, &outcome)
}

/// Prints a changed proposal, with R32 warnings on stderr for people.
pub fn print_outcome(ctx: &Ctx, outcome: &ProposalOutcome) -> Result<()> {
    ctx.out.warn_findings(&outcome.warnings);
    ctx.out.record(outcome)
}

/// The flag that carries a job's price, for "missing" errors and prompts.
pub fn price_flag(pay_type: PayType) -> &'static str {
    match pay_type {
        PayType::Hourly => "--rate AMOUNT (or --receive AMOUNT)",
        PayType::Fixed => "--bid AMOUNT, --milestone \"DESC;DATE;AMOUNT\" or --receive AMOUNT",
    }
}
