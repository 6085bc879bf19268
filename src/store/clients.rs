//! Clients: the hiring side of a job.

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::output::Record;
use crate::store::{Select, json_list, to_json_list};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Client {
    pub id: i64,
    pub uid: Option<String>,
    pub name: String,
    pub country: Option<String>,
    pub payment_verified: bool,
    /// 0–5 with two decimals.
    pub rating: Option<f64>,
    pub reviews: i64,
    pub hire_rate_pct: Option<i64>,
    pub total_spent_cents: i64,
    pub avg_hourly_paid_cents: Option<i64>,
    pub jobs_posted: i64,
    pub member_since: Option<Date>,
    pub recent_feedback: Vec<String>,
    pub created_at: Timestamp,
}

impl Record for Client {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "name",
        "country",
        "payment_verified",
        "rating",
        "reviews",
        "hire_rate_pct",
        "total_spent_cents",
        "avg_hourly_paid_cents",
        "jobs_posted",
        "member_since",
        "recent_feedback",
        "created_at",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "uid",
        "name",
        "country",
        "rating",
        "reviews",
        "hire_rate_pct",
        "total_spent_cents",
        "payment_verified",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

const SELECT: &str = "SELECT id, uid, name, country, payment_verified, rating_hundredths, reviews, \
     hire_rate_pct, total_spent_cents, avg_hourly_paid_cents, jobs_posted, member_since, \
     recent_feedback, created_at FROM clients";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Client> {
    Ok(Client {
        id: r.get(0)?,
        uid: r.get(1)?,
        name: r.get(2)?,
        country: r.get(3)?,
        payment_verified: r.get(4)?,
        rating: r.get::<_, Option<i64>>(5)?.map(|h| h as f64 / 100.0),
        reviews: r.get(6)?,
        hire_rate_pct: r.get(7)?,
        total_spent_cents: r.get(8)?,
        avg_hourly_paid_cents: r.get(9)?,
        jobs_posted: r.get(10)?,
        member_since: r.get(11)?,
        recent_feedback: json_list(&r.get::<_, String>(12)?),
        created_at: r.get(13)?,
    })
}

fn rating_hundredths(c: &Client) -> Option<i64> {
    c.rating.map(|r| (r * 100.0).round() as i64)
}

pub fn get(conn: &Db, id: i64) -> Result<Client> {
    conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
        .query_row([id], from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no client {id}")),
            e => e.into(),
        })
}

/// Inserts a client (its `id` is ignored) and returns the new id.
pub fn insert(conn: &Db, c: &Client) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO clients (uid, name, country, payment_verified, rating_hundredths, reviews, \
         hire_rate_pct, total_spent_cents, avg_hourly_paid_cents, jobs_posted, member_since, \
         recent_feedback, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        c.uid, c.name, c.country, c.payment_verified, rating_hundredths(c), c.reviews,
        c.hire_rate_pct, c.total_spent_cents, c.avg_hourly_paid_cents, c.jobs_posted,
        c.member_since, to_json_list(&c.recent_feedback), c.created_at
    ])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn update(conn: &Db, c: &Client) -> Result<()> {
    conn.prepare_cached(
        "UPDATE clients SET uid = ?2, name = ?3, country = ?4, payment_verified = ?5, \
         rating_hundredths = ?6, reviews = ?7, hire_rate_pct = ?8, total_spent_cents = ?9, \
         avg_hourly_paid_cents = ?10, jobs_posted = ?11, member_since = ?12, recent_feedback = ?13 \
         WHERE id = ?1",
    )?
    .execute(params![
        c.id,
        c.uid,
        c.name,
        c.country,
        c.payment_verified,
        rating_hundredths(c),
        c.reviews,
        c.hire_rate_pct,
        c.total_spent_cents,
        c.avg_hourly_paid_cents,
        c.jobs_posted,
        c.member_since,
        to_json_list(&c.recent_feedback)
    ])?;
    Ok(())
}

pub fn select() -> Select {
    Select::new(SELECT, "id")
}

pub fn each(conn: &Db, q: &Select, f: impl FnMut(Client) -> Result<()>) -> Result<()> {
    q.each(conn, from_row, f)
}

crate::slug_enum! {
    /// How `clients list` orders its rows.
    pub enum ClientSort { Id => "id", Name => "name", Rating => "rating", Spent => "spent", Created => "created" }
}

/// The filters of `clients list`.
#[derive(Debug, Clone)]
pub struct ClientQuery {
    pub country: Option<String>,
    pub verified_only: bool,
    /// Part of the name, any case.
    pub name: Option<String>,
    pub sort: ClientSort,
    pub limit: Option<u64>,
}

/// Every client matching the query, in its order, one at a time.
pub fn list(conn: &Db, query: &ClientQuery, f: impl FnMut(Client) -> Result<()>) -> Result<()> {
    let mut q = select();
    if let Some(c) = &query.country {
        q.filter("lower(country) = lower(?)", [crate::store::v(c.clone())]);
    }
    if query.verified_only {
        q.filter("payment_verified = 1", []);
    }
    if let Some(n) = &query.name {
        q.filter(
            "instr(lower(name), lower(?)) > 0",
            [crate::store::v(n.clone())],
        );
    }
    q.order(match query.sort {
        ClientSort::Id => "id",
        ClientSort::Name => "lower(name), id",
        ClientSort::Rating => "rating_hundredths DESC NULLS LAST, id",
        ClientSort::Spent => "total_spent_cents DESC, id",
        ClientSort::Created => "created_at, id",
    })
    .limit(query.limit);
    each(conn, &q, f)
}
