//! `lancer invites receive|list|show|accept|decline|ignore|mark-withdrawn|interview`
//! (R1–R6, R13, R15, R44, R51).

use crate::store::db::Db;
use clap::{Args, Subcommand};
use jiff::Timestamp;

use crate::app::invites::{
    InviteOutcome, accept_invite, decline_invite, invite_detail, mark_invite_viewed, move_invite,
    receive_invite,
};
use crate::app::proposals::{ProposalOutcome, Submission, outcome};
use crate::commands::proposals::{NewProposalArgs, price_flag};
use crate::commands::{Ctx, parse_time};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::prompt;
use crate::rules::invites::{DeclineReason, InviteAction, InviteKind, InviteStatus};
use crate::rules::jobs::PayType;
use crate::rules::money::Cents;
use crate::rules::proposals::Price;
use crate::slug_enum;
use crate::store::invites::{Invite, NewInvite, TriageProfile};
use crate::store::{self, invites as invite_store, jobs, profiles, settings};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  lancer invites list --status pending --new
  lancer invite show 7
  lancer invite accept 7 --rate 55 --cover-letter-file letter.txt
  lancer invite accept 8 --milestone \"Design;2026-04-01;400\" --milestone \"Build;2026-05-01;1200\" \\
      --cover-letter \"Thank you for the invite…\"
  lancer invite decline 9 --reason too-busy --message \"Booked until June, sorry\"
  lancer invite ignore 10
  lancer invites receive --job 3 --message \"Would love your help\" --interview
  lancer invite interview 11 start
  lancer invite mark-withdrawn 12                 the client took it back

Only pending and ignored (archived) invites can be accepted or declined. Ignoring is not a
response and does not count toward your response time.")]
pub struct InvitesArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<InvitesCommand>,
}

#[derive(Debug, Subcommand)]
pub enum InvitesCommand {
    /// Record an invitation the client (or the platform) sent
    Receive(ReceiveArgs),
    /// List invitations, newest first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show an invitation with its job, client, score and history (a person's look marks it viewed)
    Show {
        /// Invite id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::all_invites))]
        invite: String,
        /// Mark it viewed even when the output is not a table on a terminal
        #[arg(long)]
        mark_viewed: bool,
    },
    /// Accept an invitation: it becomes an active proposal with a message room
    Accept(Box<AcceptArgs>),
    /// Decline an invitation with a reason
    Decline(DeclineArgs),
    /// Move pending invitations to the archive without answering them
    Ignore {
        /// Invite ids or uids (each on its own: one failing leaves the others done)
        #[arg(required = true, num_args = 1.., value_name = "INVITE")]
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_invites))]
        invites: Vec<String>,
    },
    /// Record that the client withdrew the invitation
    MarkWithdrawn {
        /// Invite id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_invites))]
        invite: String,
    },
    /// Start or submit an invitation's instant interview
    Interview {
        /// Invite id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_invites))]
        invite: String,
        /// start (within 14 days of the invite) or submit (within 48 hours of starting)
        step: InterviewStep,
    },
}

slug_enum! {
    pub enum InterviewStep { Start => "start", Submit => "submit" }
}

#[derive(Debug, Args)]
pub struct ReceiveArgs {
    /// The job it invites you to (id or uid)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_jobs))]
    pub job: String,
    /// A stable key for scripts and imports
    #[arg(long)]
    pub uid: Option<String>,
    /// client (sent by the client) or featured (sent by the platform for a Featured job)
    #[arg(long, default_value = "client")]
    pub kind: InviteKind,
    /// The client's message
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
    /// The invite requires an instant interview
    #[arg(long)]
    pub interview: bool,
    /// When it arrived (a date, RFC 3339, 2h ago…) [default: now]
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub received_at: Option<Timestamp>,
}

pub use crate::store::invites::InviteSort;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only invites in this status
    #[arg(long)]
    pub status: Option<InviteStatus>,
    /// Only client or featured invites
    #[arg(long)]
    pub kind: Option<InviteKind>,
    /// Only invites to this job (id or uid)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::jobs))]
    pub job: Option<String>,
    /// Only invites from this client (id or uid)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::clients))]
    pub client: Option<String>,
    /// Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub since: Option<Timestamp>,
    /// Only invites received before this time (the same forms as --since)
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub until: Option<Timestamp>,
    /// Only invites not yet opened with `invite show`
    #[arg(long)]
    pub new: bool,
    /// Order: received (newest first), oldest, job, id, score (best pending invites first)
    #[arg(long, default_value = "received")]
    pub sort: InviteSort,
    /// Only pending invites whose triage score is at least this (0 to 100)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..=100))]
    pub min_score: Option<i64>,
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// Invite id or uid
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_invites))]
    pub invite: String,
    #[command(flatten)]
    pub new: NewProposalArgs,
}

#[derive(Debug, Args)]
pub struct DeclineArgs {
    /// Invite ids or uids (each on its own: one failing leaves the others done)
    #[arg(required = true, num_args = 1.., value_name = "INVITE")]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_invites))]
    pub invites: Vec<String>,
    /// Why: not-my-skills, not-interested, too-busy, budget-too-low, client-concerns, spam, other
    #[arg(long)]
    pub reason: Option<DeclineReason>,
    /// A message to the client (no contact information)
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
    /// Refer another freelancer instead: their profile URL or email address
    #[arg(long, value_name = "URL_OR_EMAIL")]
    pub refer: Option<String>,
}

fn resolve(conn: &Db, key: &str) -> Result<i64> {
    store::resolve(conn, "invites", "invite", key)
}

pub fn run(ctx: &mut Ctx, args: InvitesArgs) -> Result<()> {
    let now = ctx.now;
    // `-q` prints a changed invite's id only, so the invite is not read back to be shown.
    let quiet = ctx.out.quiet;
    match args.command.0 {
        InvitesCommand::Receive(a) => {
            let invite = ctx.write(|tx| {
                let job_id = store::resolve(tx, "jobs", "job", &a.job)?;
                let id = receive_invite(
                    tx,
                    &NewInvite {
                        uid: a.uid.as_deref(),
                        job_id,
                        kind: a.kind,
                        message: a.message.as_deref(),
                        interview_required: a.interview,
                        received_at: a.received_at.unwrap_or(now),
                        created_at: now,
                    },
                    now,
                )?;
                Ok(invite_store::get(tx, id, now)?.score_with(&TriageProfile::load(tx)?, now))
            })?;
            ctx.out.record(&invite)
        }
        InvitesCommand::List(a) => {
            let (conn, out) = ctx.reader()?;
            let query = invite_store::InviteQuery {
                status: a.status,
                kind: a.kind,
                job_id: match &a.job {
                    Some(j) => Some(store::resolve(conn, "jobs", "job", j)?),
                    None => None,
                },
                client_id: match &a.client {
                    Some(c) => Some(store::resolve(conn, "clients", "client", c)?),
                    None => None,
                },
                since: a.since,
                until: a.until,
                unviewed_only: a.new,
                sort: a.sort,
                // With --min-score the rows are filtered after scoring, so the limit is ours.
                limit: if a.min_score.is_some() {
                    None
                } else {
                    out.sql_limit(a.limit)
                },
            };
            let profile = TriageProfile::load(conn)?;
            let scored_enough =
                |i: &Invite| a.min_score.is_none_or(|m| i.score.is_some_and(|s| s >= m));
            let mut list = out.list::<Invite>()?;
            if a.sort == InviteSort::Score {
                // Best score first, ties newest first (the order rows arrive in). With a
                // limit only that many rows are kept, in a bounded heap whose top is the
                // worst kept: memory does not grow with the store.
                let keep = out.sql_limit(a.limit).map_or(usize::MAX, |n| n as usize);
                let mut best = std::collections::BinaryHeap::new();
                let mut seq = 0usize;
                invite_store::list(conn, &query, now, |i| {
                    let i = i.score_with(&profile, now);
                    if scored_enough(&i) && keep > 0 {
                        best.push(Ranked {
                            key: (std::cmp::Reverse(i.score.unwrap_or(-1)), seq),
                            invite: i,
                        });
                        seq += 1;
                        if best.len() > keep {
                            best.pop();
                        }
                    }
                    Ok(())
                })?;
                for r in best.into_sorted_vec() {
                    list.push(&r.invite)?;
                }
            } else {
                let cap = out.sql_limit(a.limit);
                let mut taken = 0;
                // JSON of a row that needs no model is written from the row itself, into one
                // buffer reused for every row.
                let plain = list.takes_json() && a.min_score.is_none();
                let mut json = Vec::with_capacity(1024);
                invite_store::list_rows(conn, &query, |r| {
                    if cap.is_some_and(|c| taken >= c) {
                        return Ok(());
                    }
                    json.clear();
                    if plain && invite_store::write_plain_json(r, &profile, now, &mut json)? {
                        taken += 1;
                        return list.push_json(&json);
                    }
                    let i = invite_store::from_row(r, now)?.score_with(&profile, now);
                    if !scored_enough(&i) {
                        return Ok(());
                    }
                    taken += 1;
                    list.push(&i)
                })?;
            }
            let empty = list.count() == 0;
            list.finish()?;
            if empty && !out.is_json() && !out.quiet {
                let total = store::count(conn, "invites")?;
                if total == 0 {
                    out.note("hint: no invites yet; record one with `lancer invites receive --job J`, or try `lancer seed --invites 40`");
                }
            }
            Ok(())
        }
        InvitesCommand::Show {
            invite,
            mark_viewed,
        } => {
            // R44: a person looking at it (a table on a terminal) marks it viewed; a script's
            // read (piped or JSON) writes nothing (I9) unless it asks with --mark-viewed.
            let looked_at = ctx.out.format == Format::Table && ctx.out.stdout_tty;
            if (mark_viewed || looked_at) && !ctx.dry_run {
                ctx.write(|tx| mark_invite_viewed(tx, resolve(tx, &invite)?, now))?;
            }
            let (conn, out) = ctx.reader()?;
            let detail = invite_detail(conn, resolve(conn, &invite)?, now)?;
            out.record(&detail)
        }
        InvitesCommand::Accept(a) => {
            let sub = gather_acceptance(ctx, &a)?;
            let outcome: ProposalOutcome = ctx.write(|tx| {
                let id = resolve(tx, &a.invite)?;
                let (proposal_id, warnings) = accept_invite(tx, id, &sub, now)?;
                outcome(tx, &settings::load(tx)?, proposal_id, warnings, now)
            })?;
            ctx.out.warn_findings(&outcome.warnings);
            ctx.out.record(&outcome)
        }
        InvitesCommand::Decline(a) => {
            let reason = prompt::reason(
                a.reason,
                ctx.interactive,
                "Why are you declining?",
                DeclineReason::label,
                "a decline reason",
            )?;
            let message = match (&a.message, reason) {
                (None, DeclineReason::Other) if ctx.interactive => Some(prompt::input(
                    "Message to the client (no contact details)",
                    None,
                )?),
                (m, _) => m.clone(),
            };
            if ctx.interactive && !ctx.yes && !ctx.dry_run {
                let s = if a.invites.len() == 1 { "" } else { "s" };
                prompt::confirm(&format!("Decline invite{s} {}?", a.invites.join(", ")))?;
            }
            ctx.for_each_key(&a.invites, "invite", |ctx, key| {
                let outcome = ctx.write(|tx| {
                    let id = resolve(tx, key)?;
                    let warnings = decline_invite(
                        tx,
                        id,
                        reason,
                        message.as_deref(),
                        a.refer.as_deref(),
                        now,
                    )?;
                    InviteOutcome::read(tx, id, warnings, quiet, now)
                })?;
                ctx.out.warn_findings(&outcome.warnings);
                Ok(outcome)
            })
        }
        InvitesCommand::Ignore { invites } => ctx.for_each_key(&invites, "invite", |ctx, key| {
            ctx.write(|tx| {
                let id = resolve(tx, key)?;
                move_invite(tx, id, InviteAction::Ignore, now)?;
                InviteOutcome::read(tx, id, Vec::new(), quiet, now)
            })
        }),
        InvitesCommand::MarkWithdrawn { invite } => {
            let outcome = ctx.write(|tx| {
                let id = resolve(tx, &invite)?;
                move_invite(tx, id, InviteAction::MarkWithdrawn, now)?;
                InviteOutcome::read(tx, id, Vec::new(), quiet, now)
            })?;
            print_outcome(ctx, outcome)
        }
        InvitesCommand::Interview { invite, step } => {
            let action = match step {
                InterviewStep::Start => InviteAction::InterviewStart,
                InterviewStep::Submit => InviteAction::InterviewSubmit,
            };
            let outcome = ctx.write(|tx| {
                let id = resolve(tx, &invite)?;
                move_invite(tx, id, action, now)?;
                InviteOutcome::read(tx, id, Vec::new(), quiet, now)
            })?;
            print_outcome(ctx, outcome)
        }
    }
}

/// Prints a changed invite (under --dry-run, as it would have been), with R32 warnings.
fn print_outcome(ctx: &Ctx, outcome: InviteOutcome) -> Result<()> {
    ctx.out.warn_findings(&outcome.warnings);
    ctx.out.record(&outcome)
}

/// Gathers an acceptance from flags, asking on a terminal for what is missing.
fn gather_acceptance(ctx: &mut Ctx, a: &AcceptArgs) -> Result<Submission> {
    let now = ctx.now;
    let interactive = ctx.interactive;
    let mut price = a.new.terms.price();
    let mut cover_letter = a.new.letter.read_cover_letter()?;
    let mut answers = a.new.letter.answer.clone();
    let attachments = a.new.letter.read_attachments()?;
    let (conn, _) = ctx.reader()?;
    let id = resolve(conn, &a.invite)?;
    let invite = invite_store::get(conn, id, now)?;
    let job = jobs::get(conn, invite.job_id)?;
    if price.is_none() {
        if !interactive {
            return Err(prompt::missing(price_flag(job.pay_type), "the price"));
        }
        let profile_rate = profiles::find(conn, a.new.profile.as_deref().unwrap_or("general"))
            .ok()
            .and_then(|p| p.rate_cents)
            .map(|c| Cents(c).plain());
        let (label, default) = match job.pay_type {
            PayType::Hourly => ("Hourly rate the client sees", profile_rate),
            PayType::Fixed => (
                "Bid for the whole project",
                job.fixed_cents.map(|c| Cents(c).plain()),
            ),
        };
        let text = prompt::input(label, default)?;
        let amount = Cents::parse(&text).map_err(Error::usage)?;
        price = Some(match job.pay_type {
            PayType::Hourly => Price::Rate(amount),
            PayType::Fixed => Price::Bid(amount),
        });
    }
    let interview_done = invite
        .interview_rule()
        .is_some_and(|iv| iv.submitted_at.is_some());
    if cover_letter.is_none() && !interview_done && interactive {
        let template = format!(
            "Hello {},\n\nThank you for inviting me to \"{}\".\n",
            invite.client_name, job.title
        );
        cover_letter = Some(prompt::editor(&template)?);
    }
    if interactive {
        for (i, q) in job.questions.iter().enumerate() {
            if !answers.iter().any(|(n, _)| *n == i + 1) {
                answers.push((i + 1, prompt::input(q, None)?));
            }
        }
    }
    Ok(a.new.submission(
        price.expect("set above"),
        cover_letter,
        answers,
        attachments,
    ))
}

/// An invite ranked for `--sort score`: ordered by its key alone, worst last.
struct Ranked {
    key: (std::cmp::Reverse<i64>, usize),
    invite: Invite,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key.cmp(&other.key)
    }
}
