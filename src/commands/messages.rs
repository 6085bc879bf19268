//! `lancer messages send|receive|list`: a proposal's message room (R19, R22, R30, R31, R32).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;

use crate::commands::Ctx;
use crate::commands::proposals::{check_texts, participants};
use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::contact::Finding;
use crate::rules::proposals::ProposalStatus;
use crate::store::messages::{self, Message, NewMessage};
use crate::store::{self, events, offers, proposals, settings};

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
    pub command: MessagesCommand,
}

#[derive(Debug, Subcommand)]
pub enum MessagesCommand {
    /// Send a message to the client in a proposal's room
    Send {
        /// Proposal id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
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
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::proposals))]
        proposal: String,
        /// At most this many rows
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
}

#[derive(Debug, Serialize)]
pub struct MessageOutcome {
    #[serde(flatten)]
    pub message: Message,
    pub warnings: Vec<Finding>,
}

impl Record for MessageOutcome {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "proposal_id",
        "author",
        "from_client",
        "body",
        "sent_at",
        "created_at",
        "warnings",
    ];
    const COLUMNS: &'static [&'static str] = Message::COLUMNS;
    fn id(&self) -> i64 {
        self.message.id
    }
}

/// Writes a message into a room, applying the room's rules.
pub fn post(
    conn: &Connection,
    proposal_id: i64,
    from_client: bool,
    author: Option<&str>,
    body: &str,
    now: Timestamp,
) -> Result<(i64, Vec<Finding>)> {
    let s = settings::load(conn)?;
    let mut p = proposals::get(conn, proposal_id, s.cover_letter_edit_hours)?;
    if body.trim().is_empty() {
        return Err(Error::usage("the message is empty"));
    }
    let room = participants(conn, &p)?;
    let client = room
        .iter()
        .find(|x| x.role == "client")
        .map(|x| x.name.clone())
        .unwrap_or_default();
    let author = match (from_client, author) {
        (true, None) => client.clone(),
        (false, None) => p.submitted_by.clone().unwrap_or_else(|| p.profile.clone()),
        (_, Some(name)) => {
            if !room.iter().any(|x| x.name == name) {
                return Err(Error::refused(format!(
                    "{name} is not in this room; its participants are: {}",
                    room.iter()
                        .map(|x| x.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            name.to_string()
        }
    };
    let from_client = author == client;
    match p.status {
        ProposalStatus::Submitted if from_client => {
            // R19: the client's first message opens the room and makes the proposal active.
            p.status = ProposalStatus::Active;
            p.room_opened_at = Some(now);
            proposals::save(conn, &p)?;
            events::record(
                conn,
                now,
                "proposal",
                p.id,
                "activated",
                json!({ "by": "client message" }),
            )?;
        }
        ProposalStatus::Submitted => {
            return Err(Error::refused(format!(
                "proposal {} has no open room yet: it opens when the client writes",
                p.id
            )));
        }
        ProposalStatus::Active | ProposalStatus::Offered | ProposalStatus::Hired => {}
        s => {
            return Err(Error::refused(format!(
                "proposal {} is {s}: its room is closed",
                p.id
            )));
        }
    }
    // R22: once the proposal's contract has started, contact details are allowed.
    let warnings = if offers::contract_started(conn, p.id)? {
        Vec::new()
    } else {
        check_texts(&[("messages", body)])?
    };
    let id = messages::insert(
        conn,
        &NewMessage {
            uid: None,
            proposal_id: p.id,
            author: &author,
            from_client,
            body,
            sent_at: now,
        },
    )?;
    events::record(
        conn,
        now,
        "proposal",
        p.id,
        if from_client {
            "message-received"
        } else {
            "message-sent"
        },
        json!({ "message_id": id, "author": author }),
    )?;
    Ok((id, warnings))
}

pub fn run(ctx: &mut Ctx, args: MessagesArgs) -> Result<()> {
    let now = ctx.now;
    match args.command {
        MessagesCommand::Send {
            proposal,
            text,
            file,
            as_member,
        } => {
            let body = match (text, file) {
                (Some(t), _) => t,
                (None, Some(path)) if path.as_os_str() == "-" => {
                    let mut buf = String::new();
                    std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf)
                        .map_err(|e| Error::usage(format!("cannot read standard input: {e}")))?;
                    buf
                }
                (None, Some(path)) => std::fs::read_to_string(&path)
                    .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?,
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
            q.limit(limit);
            let mut list = out.list::<Message>()?;
            messages::each(conn, &q, |m| list.push(&m))?;
            list.finish()
        }
    }
}

fn print(ctx: &Ctx, outcome: &MessageOutcome) -> Result<()> {
    ctx.out.warn_extra_rewards(&outcome.warnings);
    ctx.out.record(outcome)
}
