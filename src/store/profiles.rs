//! The freelancer's profiles (R40).

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::profiles::{AgencyRole, ProfileKind};
use crate::store::{Select, json_list, to_json_list};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Profile {
    pub id: i64,
    pub uid: Option<String>,
    pub name: String,
    pub kind: ProfileKind,
    pub title: Option<String>,
    pub rate_cents: Option<i64>,
    pub skills: Vec<String>,
    pub agency_id: Option<i64>,
    pub agency_role: Option<AgencyRole>,
    pub created_at: Timestamp,
}

impl Record for Profile {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "name",
        "kind",
        "title",
        "rate_cents",
        "skills",
        "agency_id",
        "agency_role",
        "created_at",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "uid",
        "name",
        "kind",
        "title",
        "rate_cents",
        "skills",
        "agency_id",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

const SELECT: &str = "SELECT id, uid, name, kind, title, rate_cents, skills, agency_id, \
    agency_role, created_at FROM profiles";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Profile> {
    Ok(Profile {
        id: r.get(0)?,
        uid: r.get(1)?,
        name: r.get(2)?,
        kind: r.get(3)?,
        title: r.get(4)?,
        rate_cents: r.get(5)?,
        skills: json_list(&r.get::<_, String>(6)?),
        agency_id: r.get(7)?,
        agency_role: r.get(8)?,
        created_at: r.get(9)?,
    })
}

pub fn get(conn: &Db, id: i64) -> Result<Profile> {
    conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
        .query_row([id], from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no profile {id}")),
            e => e.into(),
        })
}

/// Finds a profile by id, uid, name, or `general` for the general profile.
pub fn find(conn: &Db, key: &str) -> Result<Profile> {
    let found = if key == "general" {
        conn.prepare_cached(&format!("{SELECT} WHERE kind = 'general'"))?
            .query_row([], from_row)
            .optional()?
    } else {
        let by_id = match key.parse::<i64>() {
            Ok(id) => conn
                .prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
                .query_row([id], from_row)
                .optional()?,
            Err(_) => None,
        };
        match by_id {
            Some(p) => Some(p),
            None => conn
                .prepare_cached(&format!(
                    "{SELECT} WHERE uid = ?1 OR name = ?1 ORDER BY uid IS NULL LIMIT 1"
                ))?
                .query_row([key], from_row)
                .optional()?,
        }
    };
    found.ok_or_else(|| {
        Error::not_found(format!("no profile with id, uid or name '{key}'"))
            .hint("list them with: lancer profiles list")
    })
}

pub fn count_by_kind(conn: &Db) -> Result<(usize, usize)> {
    let mut stmt = conn.prepare_cached(
        "SELECT count(*) FILTER (WHERE kind = 'general'), count(*) FILTER (WHERE kind = 'specialized') FROM profiles",
    )?;
    Ok(stmt.query_row([], |r| {
        Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize))
    })?)
}

pub fn insert(conn: &Db, p: &Profile) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO profiles (uid, name, kind, title, rate_cents, skills, agency_id, agency_role, \
         created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        p.uid,
        p.name,
        p.kind,
        p.title,
        p.rate_cents,
        to_json_list(&p.skills),
        p.agency_id,
        p.agency_role,
        p.created_at
    ])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn update(conn: &Db, p: &Profile) -> Result<()> {
    conn.prepare_cached(
        "UPDATE profiles SET uid = ?2, name = ?3, kind = ?4, title = ?5, rate_cents = ?6, \
         skills = ?7, agency_id = ?8, agency_role = ?9 WHERE id = ?1",
    )?
    .execute(params![
        p.id,
        p.uid,
        p.name,
        p.kind,
        p.title,
        p.rate_cents,
        to_json_list(&p.skills),
        p.agency_id,
        p.agency_role
    ])?;
    Ok(())
}

pub fn name_taken(conn: &Db, name: &str, except: Option<i64>) -> Result<bool> {
    let id: Option<i64> = conn
        .prepare_cached("SELECT id FROM profiles WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    Ok(matches!(id, Some(id) if Some(id) != except))
}

pub fn select() -> Select {
    Select::new(SELECT, "kind, id")
}

pub fn each(conn: &Db, q: &Select, f: impl FnMut(Profile) -> Result<()>) -> Result<()> {
    q.each(conn, from_row, f)
}

/// Every profile (of one kind, if given), general first.
pub fn list(
    conn: &Db,
    kind: Option<crate::rules::profiles::ProfileKind>,
    limit: Option<u64>,
    f: impl FnMut(Profile) -> Result<()>,
) -> Result<()> {
    let mut q = select();
    if let Some(k) = kind {
        q.filter("kind = ?", [crate::store::v(k.as_str().to_string())]);
    }
    q.limit(limit);
    each(conn, &q, f)
}
