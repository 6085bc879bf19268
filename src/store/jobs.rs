//! Job posts.

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::jobs::{Budget, CloseReason, Duration, ExperienceLevel, JobStatus, PayType};
use crate::rules::money::Cents;
use crate::store::{Select, json_list, to_json_list};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Job {
    pub id: i64,
    pub uid: Option<String>,
    pub client_id: i64,
    pub title: String,
    pub description: String,
    pub skills: Vec<String>,
    pub pay_type: PayType,
    pub hourly_min_cents: Option<i64>,
    pub hourly_max_cents: Option<i64>,
    pub fixed_cents: Option<i64>,
    pub experience_level: Option<ExperienceLevel>,
    pub project_length: Option<Duration>,
    pub connects_cost: i64,
    /// The cost was given by hand (`--connects`), so a budget edit keeps it (R51).
    pub connects_explicit: bool,
    pub featured: bool,
    pub private: bool,
    pub status: JobStatus,
    pub close_reason: Option<CloseReason>,
    pub posted_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub proposals: i64,
    pub invites_sent: i64,
    pub interviewing: i64,
    pub last_viewed_by_client_at: Option<Timestamp>,
    /// Bid range: shown on the plus plan only (R40); null otherwise.
    pub bid_low_cents: Option<i64>,
    pub bid_avg_cents: Option<i64>,
    pub bid_high_cents: Option<i64>,
    pub questions: Vec<String>,
    pub created_at: Timestamp,
}

impl Job {
    pub fn budget(&self) -> Budget {
        match self.pay_type {
            PayType::Hourly => Budget::Hourly {
                min: Cents(self.hourly_min_cents.unwrap_or(0)),
                max: Cents(self.hourly_max_cents.unwrap_or(0)),
            },
            PayType::Fixed => Budget::Fixed(Cents(self.fixed_cents.unwrap_or(0))),
        }
    }

    pub fn set_budget(&mut self, budget: Budget) {
        self.pay_type = budget.pay_type();
        match budget {
            Budget::Hourly { min, max } => {
                self.hourly_min_cents = Some(min.0);
                self.hourly_max_cents = Some(max.0);
                self.fixed_cents = None;
            }
            Budget::Fixed(c) => {
                self.fixed_cents = Some(c.0);
                self.hourly_min_cents = None;
                self.hourly_max_cents = None;
            }
        }
    }

    /// Hides the bid range unless the plan shows it (R40).
    pub fn for_plan(mut self, shows_bid_range: bool) -> Job {
        if !shows_bid_range {
            self.bid_low_cents = None;
            self.bid_avg_cents = None;
            self.bid_high_cents = None;
        }
        self
    }
}

impl Record for Job {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "client_id",
        "title",
        "description",
        "skills",
        "pay_type",
        "hourly_min_cents",
        "hourly_max_cents",
        "fixed_cents",
        "experience_level",
        "project_length",
        "connects_cost",
        "connects_explicit",
        "featured",
        "private",
        "status",
        "close_reason",
        "posted_at",
        "closed_at",
        "proposals",
        "invites_sent",
        "interviewing",
        "last_viewed_by_client_at",
        "bid_low_cents",
        "bid_avg_cents",
        "bid_high_cents",
        "questions",
        "created_at",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "uid",
        "client_id",
        "title",
        "pay_type",
        "hourly_max_cents",
        "fixed_cents",
        "connects_cost",
        "status",
        "posted_at",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

const SELECT: &str = "SELECT id, uid, client_id, title, description, skills, pay_type, \
    hourly_min_cents, hourly_max_cents, fixed_cents, experience_level, project_length, \
    connects_cost, featured, private, status, close_reason, posted_at, closed_at, proposals, \
    invites_sent, interviewing, last_viewed_by_client_at, bid_low_cents, bid_avg_cents, \
    bid_high_cents, questions, created_at, connects_explicit FROM jobs";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Job> {
    Ok(Job {
        id: r.get(0)?,
        uid: r.get(1)?,
        client_id: r.get(2)?,
        title: r.get(3)?,
        description: r.get(4)?,
        skills: json_list(&r.get::<_, String>(5)?),
        pay_type: r.get(6)?,
        hourly_min_cents: r.get(7)?,
        hourly_max_cents: r.get(8)?,
        fixed_cents: r.get(9)?,
        experience_level: r.get(10)?,
        project_length: r.get(11)?,
        connects_cost: r.get(12)?,
        featured: r.get(13)?,
        private: r.get(14)?,
        status: r.get(15)?,
        close_reason: r.get(16)?,
        posted_at: r.get(17)?,
        closed_at: r.get(18)?,
        proposals: r.get(19)?,
        invites_sent: r.get(20)?,
        interviewing: r.get(21)?,
        last_viewed_by_client_at: r.get(22)?,
        bid_low_cents: r.get(23)?,
        bid_avg_cents: r.get(24)?,
        bid_high_cents: r.get(25)?,
        questions: json_list(&r.get::<_, String>(26)?),
        created_at: r.get(27)?,
        connects_explicit: r.get(28)?,
    })
}

/// The time of the latest thing that happened on a job: its posting, an invite received, a
/// proposal submitted or an offer received.
pub fn last_activity(conn: &Db, id: i64) -> Result<Timestamp> {
    Ok(conn
        .prepare_cached(
            "SELECT max(posted_at, \
               coalesce((SELECT max(received_at) FROM invites WHERE job_id = ?1), ''), \
               coalesce((SELECT max(submitted_at) FROM proposals WHERE job_id = ?1), ''), \
               coalesce((SELECT max(o.received_at) FROM offers o JOIN proposals q ON q.id = o.proposal_id \
                 WHERE q.job_id = ?1), '')) \
             FROM jobs WHERE id = ?1",
        )?
        .query_row([id], |r| r.get(0))?)
}

pub fn get(conn: &Db, id: i64) -> Result<Job> {
    static BY_ID: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| format!("{SELECT} WHERE id = ?1"));
    conn.prepare_cached(&BY_ID)?
        .query_row([id], from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no job {id}")),
            e => e.into(),
        })
}

pub fn insert(conn: &Db, j: &Job) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO jobs (uid, client_id, title, description, skills, pay_type, hourly_min_cents, \
         hourly_max_cents, fixed_cents, experience_level, project_length, connects_cost, featured, \
         private, status, close_reason, posted_at, closed_at, proposals, invites_sent, interviewing, \
         last_viewed_by_client_at, bid_low_cents, bid_avg_cents, bid_high_cents, questions, created_at, \
         connects_explicit) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, \
         ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)",
    )?
    .execute(params![
        j.uid, j.client_id, j.title, j.description, to_json_list(&j.skills), j.pay_type,
        j.hourly_min_cents, j.hourly_max_cents, j.fixed_cents, j.experience_level,
        j.project_length, j.connects_cost, j.featured, j.private, j.status, j.close_reason,
        j.posted_at, j.closed_at, j.proposals, j.invites_sent, j.interviewing,
        j.last_viewed_by_client_at, j.bid_low_cents, j.bid_avg_cents, j.bid_high_cents,
        to_json_list(&j.questions), j.created_at, j.connects_explicit
    ])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn update(conn: &Db, j: &Job) -> Result<()> {
    conn.prepare_cached(
        "UPDATE jobs SET uid = ?2, client_id = ?3, title = ?4, description = ?5, skills = ?6, \
         pay_type = ?7, hourly_min_cents = ?8, hourly_max_cents = ?9, fixed_cents = ?10, \
         experience_level = ?11, project_length = ?12, connects_cost = ?13, featured = ?14, \
         private = ?15, status = ?16, close_reason = ?17, posted_at = ?18, closed_at = ?19, \
         proposals = ?20, invites_sent = ?21, interviewing = ?22, last_viewed_by_client_at = ?23, \
         bid_low_cents = ?24, bid_avg_cents = ?25, bid_high_cents = ?26, questions = ?27, connects_explicit = ?28 WHERE id = ?1",
    )?
    .execute(params![
        j.id, j.uid, j.client_id, j.title, j.description, to_json_list(&j.skills), j.pay_type,
        j.hourly_min_cents, j.hourly_max_cents, j.fixed_cents, j.experience_level,
        j.project_length, j.connects_cost, j.featured, j.private, j.status, j.close_reason,
        j.posted_at, j.closed_at, j.proposals, j.invites_sent, j.interviewing,
        j.last_viewed_by_client_at, j.bid_low_cents, j.bid_avg_cents, j.bid_high_cents,
        to_json_list(&j.questions), j.connects_explicit
    ])?;
    Ok(())
}

pub fn select() -> Select {
    Select::new(SELECT, "id")
}

pub fn each(conn: &Db, q: &Select, f: impl FnMut(Job) -> Result<()>) -> Result<()> {
    q.each(conn, from_row, f)
}

/// The name of the client who posted a job.
pub fn client_name(conn: &Db, job_id: i64) -> Result<String> {
    Ok(conn
        .prepare_cached(
            "SELECT c.name FROM jobs j JOIN clients c ON c.id = j.client_id WHERE j.id = ?1",
        )?
        .query_row([job_id], |r| r.get(0))?)
}

/// One more proposal on the job's activity counter.
pub fn count_proposal(conn: &Db, job_id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE jobs SET proposals = proposals + 1 WHERE id = ?1")?
        .execute([job_id])?;
    Ok(())
}

crate::slug_enum! {
    /// How `jobs list` orders its rows.
    pub enum JobSort { Id => "id", Posted => "posted", Title => "title", Connects => "connects", Budget => "budget" }
}

/// The filters of `jobs list`.
#[derive(Debug, Clone)]
pub struct JobQuery {
    pub client_id: Option<i64>,
    pub status: Option<JobStatus>,
    pub featured_only: bool,
    pub private_only: bool,
    /// A skill the job asks for, any case.
    pub skill: Option<String>,
    pub sort: JobSort,
    pub limit: Option<u64>,
}

/// Every job matching the query, in its order, one at a time.
pub fn list(conn: &Db, query: &JobQuery, f: impl FnMut(Job) -> Result<()>) -> Result<()> {
    use crate::store::v;
    let mut q = select();
    if let Some(id) = query.client_id {
        q.filter("client_id = ?", [v(id)]);
    }
    if let Some(s) = query.status {
        q.filter("status = ?", [v(s.as_str().to_string())]);
    }
    if query.featured_only {
        q.filter("featured = 1", []);
    }
    if query.private_only {
        q.filter("private = 1", []);
    }
    if let Some(s) = &query.skill {
        q.filter(
            if conn.is_pg() {
                "EXISTS (SELECT 1 FROM jsonb_array_elements_text(jobs.skills::jsonb) AS k(value) \
                 WHERE lower(k.value) = lower(?))"
            } else {
                "EXISTS (SELECT 1 FROM json_each(jobs.skills) WHERE lower(value) = lower(?))"
            },
            [v(s.clone())],
        );
    }
    q.order(match query.sort {
        JobSort::Id => "id",
        JobSort::Posted => "posted_at DESC, id DESC",
        JobSort::Title => "lower(title), id",
        JobSort::Connects => "connects_cost DESC, id",
        JobSort::Budget => "coalesce(fixed_cents, hourly_max_cents) DESC, id",
    })
    .limit(query.limit);
    each(conn, &q, f)
}

/// What receiving an invite needs to know of its job: (status, featured, posted at).
pub fn posting(conn: &Db, id: i64) -> Result<(JobStatus, bool, Timestamp)> {
    conn.prepare_cached("SELECT status, featured, posted_at FROM jobs WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no job {id}")),
            e => e.into(),
        })
}

/// When the first invite to a job arrived or the first proposal to it was sent, if any.
pub fn first_activity(conn: &Db, id: i64) -> Result<Option<Timestamp>> {
    Ok(conn
        .prepare_cached(
            "SELECT min(t) FROM (SELECT min(received_at) AS t FROM invites WHERE job_id = ?1 \
             UNION ALL SELECT min(submitted_at) FROM proposals WHERE job_id = ?1) AS firsts",
        )?
        .query_row([id], |r| r.get(0))?)
}
