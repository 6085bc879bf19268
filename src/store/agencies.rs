//! Agencies and their members.

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::profiles::AgencyRole;
use crate::store::Select;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Member {
    pub name: String,
    pub role: AgencyRole,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Agency {
    pub id: i64,
    pub uid: Option<String>,
    pub name: String,
    pub members: Vec<Member>,
    pub created_at: Timestamp,
}

impl Record for Agency {
    const FIELDS: &'static [&'static str] = &["id", "uid", "name", "members", "created_at"];
    const COLUMNS: &'static [&'static str] = &["id", "uid", "name", "members", "created_at"];
    fn id(&self) -> i64 {
        self.id
    }
}

const SELECT: &str = "SELECT id, uid, name, created_at FROM agencies";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Agency> {
    Ok(Agency {
        id: r.get(0)?,
        uid: r.get(1)?,
        name: r.get(2)?,
        members: Vec::new(),
        created_at: r.get(3)?,
    })
}

fn with_members(conn: &Db, mut a: Agency) -> Result<Agency> {
    a.members = members(conn, a.id)?;
    Ok(a)
}

pub fn members(conn: &Db, agency_id: i64) -> Result<Vec<Member>> {
    let mut stmt = conn
        .prepare_cached("SELECT name, role FROM agency_members WHERE agency_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([agency_id], |r| {
        Ok(Member {
            name: r.get(0)?,
            role: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Db, id: i64) -> Result<Agency> {
    let a = conn
        .prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
        .query_row([id], from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no agency {id}")),
            e => e.into(),
        })?;
    with_members(conn, a)
}

/// Finds an agency by id, uid or name.
pub fn find(conn: &Db, key: &str) -> Result<Agency> {
    let by_id = match key.parse::<i64>() {
        Ok(id) => conn
            .prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?,
        Err(_) => None,
    };
    let found = match by_id {
        Some(a) => Some(a),
        None => conn
            .prepare_cached(&format!(
                "{SELECT} WHERE uid = ?1 OR name = ?1 ORDER BY uid IS NULL LIMIT 1"
            ))?
            .query_row([key], from_row)
            .optional()?,
    };
    let a = found.ok_or_else(|| {
        Error::not_found(format!("no agency with id, uid or name '{key}'"))
            .hint("list them with: lancer agencies list")
    })?;
    with_members(conn, a)
}

pub fn insert(conn: &Db, uid: Option<&str>, name: &str, at: Timestamp) -> Result<i64> {
    conn.prepare_cached("INSERT INTO agencies (uid, name, created_at) VALUES (?1, ?2, ?3)")?
        .execute(params![uid, name, at])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn name_taken(conn: &Db, name: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM agencies WHERE name = ?1")?
        .query_row([name], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Adds a member, or changes the role of one already there.
pub fn upsert_member(
    conn: &Db,
    agency_id: i64,
    name: &str,
    role: AgencyRole,
    at: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO agency_members (agency_id, name, role, created_at) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT(agency_id, name) DO UPDATE SET role = excluded.role",
    )?
    .execute(params![agency_id, name, role, at])?;
    Ok(())
}

pub fn select() -> Select {
    Select::new(SELECT, "id")
}

pub fn each(conn: &Db, q: &Select, mut f: impl FnMut(Agency) -> Result<()>) -> Result<()> {
    q.each(conn, from_row, |a| f(with_members(conn, a)?))
}
