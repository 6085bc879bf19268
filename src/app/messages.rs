//! Message rooms: posting a message (R19, R22, R30, R31).

use crate::store::db::Db;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::json;

use crate::app::proposals::{check_texts, move_proposal, participants};
use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::contact::Finding;
use crate::rules::proposals::{self as proposal_rules, ProposalEvent, ProposalStatus};
use crate::store::messages::{self, Message, NewMessage};
use crate::store::{events, offers, proposals};

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
    conn: &Db,
    proposal_id: i64,
    from_client: bool,
    author: Option<&str>,
    body: &str,
    now: Timestamp,
) -> Result<(i64, Vec<Finding>)> {
    let p = proposals::room_state(conn, proposal_id, now)?;
    if body.trim().is_empty() {
        return Err(Error::usage("the message is empty"));
    }
    let room = participants(conn, p.job_id, p.agency_id, &p.freelancer)?;
    let client = room
        .iter()
        .find(|x| x.role == "client")
        .map(|x| x.name.clone())
        .unwrap_or_default();
    let author = match (from_client, author) {
        (true, None) => client.clone(),
        (false, None) => p.freelancer.clone(),
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
    proposal_rules::check_message_time(now, p.submitted_at, p.room_opened_at)
        .map_err(|e| Error::usage(format!("proposal {}: {e}", p.id)))?;
    match p.status {
        ProposalStatus::Submitted if from_client => {
            // R19: the client's first message opens the room and makes the proposal active.
            proposals::open_room(conn, p.id, now)?;
            move_proposal(
                conn,
                p.id,
                p.status,
                ProposalEvent::ClientMessage,
                None,
                now,
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
    let warnings = if offers::contract_started(conn, p.id, now)? {
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
