//! Messages in a proposal's room.

use crate::store::db::Db;
use jiff::Timestamp;
use rusqlite::params;
use serde::Serialize;

use crate::error::Result;
use crate::output::Record;
use crate::store::{Select, v};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Message {
    pub id: i64,
    pub uid: Option<String>,
    pub proposal_id: i64,
    pub author: String,
    pub from_client: bool,
    pub body: String,
    pub sent_at: Timestamp,
    pub created_at: Timestamp,
}

impl Record for Message {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "proposal_id",
        "author",
        "from_client",
        "body",
        "sent_at",
        "created_at",
    ];
    const COLUMNS: &'static [&'static str] = &["id", "author", "sent_at", "body"];
    fn id(&self) -> i64 {
        self.id
    }
}

pub struct NewMessage<'a> {
    pub uid: Option<&'a str>,
    pub proposal_id: i64,
    pub author: &'a str,
    pub from_client: bool,
    pub body: &'a str,
    pub sent_at: Timestamp,
}

pub fn insert(conn: &Db, m: &NewMessage<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO messages (uid, proposal_id, author, from_client, body, sent_at, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        m.uid,
        m.proposal_id,
        m.author,
        m.from_client,
        m.body,
        m.sent_at
    ])?;
    Ok(conn.last_insert_rowid()?)
}

const SELECT: &str =
    "SELECT id, uid, proposal_id, author, from_client, body, sent_at, created_at FROM messages";

pub fn get(conn: &Db, id: i64) -> Result<Message> {
    let mut q = Select::new(SELECT, "id");
    q.filter("id = ?", [v(id)]);
    let mut found = None;
    each(conn, &q, |m| {
        found = Some(m);
        Ok(())
    })?;
    found.ok_or_else(|| crate::error::Error::not_found(format!("no message {id}")))
}

pub fn count(conn: &Db, proposal_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM messages WHERE proposal_id = ?1")?
        .query_row([proposal_id], |r| r.get(0))?)
}

pub fn select_for(proposal_id: i64) -> Select {
    let mut q = Select::new(SELECT, "sent_at, id");
    q.filter("proposal_id = ?", [v(proposal_id)]);
    q
}

pub fn each(conn: &Db, q: &Select, f: impl FnMut(Message) -> Result<()>) -> Result<()> {
    q.each(
        conn,
        |r| {
            Ok(Message {
                id: r.get(0)?,
                uid: r.get(1)?,
                proposal_id: r.get(2)?,
                author: r.get(3)?,
                from_client: r.get(4)?,
                body: r.get(5)?,
                sent_at: r.get(6)?,
                created_at: r.get(7)?,
            })
        },
        f,
    )
}
