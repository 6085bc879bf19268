//! `lancer messages send|receive|list`: a proposal's message room (R19, R22, R30, R31, R32).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::app::messages::{MessageOutcome, post};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::store::messages::{self, Message};
use crate::store::{self};

#[derive(Debug, Args)]
#[command(after_help = "\
A proposal's room opens when an invite is accepted, or when the client first writes about a
proposal to a public job. Until a contract starts, messages may not carry contact information.

Examples:
  lancer messages receive 3 \"Thanks! Could you start Monday?\"
  lancer messages send 3 \"Monday works. I will share a plan by Friday.\"
  lancer messages send 3 --file reply.txt
  lancer messages list 3")]
pub struct MessagesArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<MessagesCommand>,
}

#[derive(Debug, Subcommand)]
pub enum MessagesCommand {
    /// Send a message to the client in a proposal's room
    Send {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::rooms))]
        proposal: String,
        /// The message
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        text: Option<String>,
        /// Read the message from a file, or `-` for standard input
        #[arg(long, value_name = "PATH")]
        file: Option<PathBuf>,
        /// Send as this agency member (for agency proposals)
        #[arg(long = "as", value_name = "MEMBER")]
        as_member: Option<String>,
    },
    /// Record a message the client (or another participant) wrote
    Receive {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
        /// The message
        text: String,
        /// Who wrote it [default: the client]
        #[arg(long, value_name = "NAME")]
        from: Option<String>,
    },
    /// List a room's messages, oldest first
    #[command(visible_alias = "ls")]
    List {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::rooms))]
        proposal: String,
        /// At most this many rows
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
}

pub fn run(ctx: &mut Ctx, args: MessagesArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        MessagesCommand::Send {
            proposal,
            text,
            file,
            as_member,
        } => {
            let body = match (text, file) {
                (Some(t), _) => t,
                (None, Some(path)) => {
                    let body = crate::input::read_text(
                        &path,
                        crate::input::TEXT_BYTES_MAX,
                        "the message",
                    )?;
                    crate::rules::text::check("--file", "body", &body)?;
                    body
                }
                (None, None) => {
                    return Err(Error::usage("give the message as TEXT or --file PATH"));
                }
            };
            let outcome = ctx.write(|tx| {
                let pid = store::resolve(tx, "proposals", "proposal", &proposal)?;
                let (id, warnings) =
                    post(tx, pid, false, as_member.as_deref(), body.trim_end(), now)?;
                Ok(MessageOutcome {
                    message: messages::get(tx, id)?,
                    warnings,
                })
            })?;
            print(ctx, &outcome)
        }
        MessagesCommand::Receive {
            proposal,
            text,
            from,
        } => {
            let outcome = ctx.write(|tx| {
                let pid = store::resolve(tx, "proposals", "proposal", &proposal)?;
                let (id, warnings) = post(tx, pid, true, from.as_deref(), &text, now)?;
                Ok(MessageOutcome {
                    message: messages::get(tx, id)?,
                    warnings,
                })
            })?;
            print(ctx, &outcome)
        }
        MessagesCommand::List { proposal, limit } => {
            let (conn, out) = ctx.reader()?;
            let pid = store::resolve(conn, "proposals", "proposal", &proposal)?;
            let mut q = messages::select_for(pid);
            q.limit(out.sql_limit(limit));
            let mut list = out.list::<Message>()?;
            messages::each(conn, &q, |m| list.push(&m))?;
            list.finish()
        }
    }
}

fn print(ctx: &Ctx, outcome: &MessageOutcome) -> Result<()> {
    ctx.out.warn_findings(&outcome.warnings);
    ctx.out.record(outcome)
}
