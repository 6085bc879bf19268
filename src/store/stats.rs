//! The numbers behind `lancer stats`: the response-time badge (R7), the pipeline funnel, win
//! rate and Connects per hire, split by profile and by invite kind.

use crate::store::db::Db;
use jiff::{Timestamp, ToSpan};
use rusqlite::params;
use serde::Serialize;

use crate::error::Result;
use crate::output::Record;
use crate::rules::insight::{self, InviteFacts, ResponseTime};

#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Funnel {
    pub invites: i64,
    pub invites_accepted: i64,
    pub invites_declined: i64,
    pub invites_ignored: i64,
    pub invites_withdrawn: i64,
    pub invites_closed: i64,
    pub proposals: i64,
    pub reached_active: i64,
    pub reached_offer: i64,
    pub hired: i64,
    pub declined_by_client: i64,
    pub withdrawn: i64,
    pub archived: i64,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Segment {
    pub name: String,
    pub invites: Option<i64>,
    pub proposals: i64,
    pub hired: i64,
    pub win_rate: Option<f64>,
    pub connects_spent: i64,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Stats {
    pub now: Timestamp,
    pub since: Timestamp,
    pub profile: Option<String>,
    pub response_time: ResponseTime,
    pub funnel: Funnel,
    /// Hires per proposal sent.
    pub win_rate: Option<f64>,
    /// Connects spent in the window, net of refunds.
    pub connects_spent: i64,
    pub connects_per_hire: Option<f64>,
    pub by_profile: Vec<Segment>,
    pub by_invite_kind: Vec<Segment>,
}

impl Record for Stats {
    const FIELDS: &'static [&'static str] = &[
        "now",
        "since",
        "profile",
        "response_time",
        "funnel",
        "win_rate",
        "connects_spent",
        "connects_per_hire",
        "by_profile",
        "by_invite_kind",
    ];
    const COLUMNS: &'static [&'static str] = Self::FIELDS;
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

fn rate(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 1000.0).round() / 1000.0)
}

fn count(conn: &Db, sql: &str, since: Timestamp, profile: Option<i64>) -> Result<i64> {
    Ok(conn
        .prepare(sql)?
        .query_row(params![since, profile], |r| r.get(0))?)
}

/// Connects spent on proposals (and their boosts) matching `filter`, net of refunds.
fn spent_on(conn: &Db, since: Timestamp, filter: &str, arg: Option<String>) -> Result<i64> {
    let sql = format!(
        "SELECT coalesce(-sum(g.amount), 0) FROM connects_ledger g JOIN proposals p ON p.id = g.entity_id \
         WHERE g.entity IN ('proposal', 'boost') AND g.kind IN ('spend', 'refund') AND p.submitted_at >= ?1 AND {filter}"
    );
    Ok(conn
        .prepare(&sql)?
        .query_row(params![since, arg], |r| r.get(0))?)
}

pub fn compute(
    conn: &Db,
    now: Timestamp,
    since: Option<Timestamp>,
    profile: Option<i64>,
    profile_name: Option<String>,
) -> Result<Stats> {
    let since = since.unwrap_or_else(|| {
        now.checked_sub((insight::WINDOW_DAYS * 24).hours())
            .expect("in range")
    });
    // R7 over every invite (the badge is the freelancer's, not a profile's).
    let window = now
        .checked_sub((insight::WINDOW_DAYS * 24).hours())
        .expect("in range");
    // Streamed: only the response delays are kept (for the median), not the rows.
    let mut stmt = conn.prepare(
        "SELECT received_at, status, responded_at, withdrawn_at FROM invites WHERE received_at >= ?1",
    )?;
    let mut failed = None;
    let facts = stmt
        .query_map([window], |r| {
            Ok(InviteFacts {
                received_at: r.get(0)?,
                status: r.get(1)?,
                responded_at: r.get(2)?,
                withdrawn_at: r.get(3)?,
            })
        })?
        .map_while(|row| row.map_err(|e| failed = Some(e)).ok());
    let mut response_time = insight::response_time(facts, now);
    if let Some(e) = failed {
        return Err(e.into());
    }
    let older: i64 = conn.query_row(
        "SELECT count(*) FROM invites WHERE received_at < ?1",
        [window],
        |r| r.get(0),
    )?;
    response_time.excluded_outside_window += older as usize;
    let inv = |status: &str| -> Result<i64> {
        let sql = format!("SELECT count(*) FROM invites WHERE received_at >= ?1 {status}");
        Ok(conn.prepare(&sql)?.query_row([since], |r| r.get(0))?)
    };
    let prop = |cond: &str| -> Result<i64> {
        count(
            conn,
            &format!(
                "SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND (CAST(?2 AS BIGINT) IS NULL OR p.profile_id = ?2) {cond}"
            ),
            since,
            profile,
        )
    };
    let funnel = Funnel {
        invites: inv("")?,
        invites_accepted: inv("AND status = 'accepted'")?,
        invites_declined: inv("AND status = 'declined'")?,
        invites_ignored: inv("AND status = 'archived'")?,
        invites_withdrawn: inv("AND status = 'withdrawn'")?,
        invites_closed: inv("AND status = 'closed'")?,
        proposals: prop("")?,
        reached_active: prop("AND p.room_opened_at IS NOT NULL")?,
        reached_offer: prop("AND EXISTS (SELECT 1 FROM offers o WHERE o.proposal_id = p.id)")?,
        hired: prop("AND EXISTS (SELECT 1 FROM contracts c WHERE c.proposal_id = p.id)")?,
        declined_by_client: prop("AND p.status = 'declined'")?,
        withdrawn: prop("AND p.status = 'withdrawn'")?,
        archived: prop("AND p.status = 'archived'")?,
    };
    let connects_spent = match profile {
        Some(id) => spent_on(conn, since, "p.profile_id = ?2", Some(id.to_string()))?,
        None => spent_on(conn, since, "CAST(?2 AS TEXT) IS NULL", None)?,
    };
    let hired_in = "EXISTS (SELECT 1 FROM contracts c WHERE c.proposal_id = p.id)";
    let mut by_profile = Vec::new();
    let names: Vec<(i64, String)> = conn
        .prepare("SELECT id, name FROM profiles ORDER BY kind, id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, name) in names {
        // The invites answered with a proposal from this profile.
        let invites = count(
            conn,
            "SELECT count(*) FROM invites i JOIN proposals p ON p.id = i.proposal_id \
             WHERE i.received_at >= ?1 AND p.profile_id = ?2",
            since,
            Some(id),
        )?;
        let proposals = count(
            conn,
            "SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND p.profile_id = ?2",
            since,
            Some(id),
        )?;
        let hired = count(
            conn,
            &format!(
                "SELECT count(*) FROM proposals p WHERE p.submitted_at >= ?1 AND p.profile_id = ?2 AND {hired_in}"
            ),
            since,
            Some(id),
        )?;
        by_profile.push(Segment {
            name,
            invites: Some(invites),
            proposals,
            hired,
            win_rate: rate(hired, proposals),
            connects_spent: spent_on(conn, since, "p.profile_id = ?2", Some(id.to_string()))?,
        });
    }
    let mut by_invite_kind = Vec::new();
    for kind in ["client", "featured"] {
        // With --profile, the proposals (and what they won and cost) are that profile's; the
        // invites are the freelancer's, received whatever profile answers them.
        let q = |sql: &str| -> Result<i64> {
            Ok(conn
                .prepare(sql)?
                .query_row(params![since, kind, profile], |r| r.get(0))?)
        };
        let invites =
            q("SELECT count(*) FROM invites WHERE received_at >= ?1 AND kind = ?2 AND ?3 IS ?3")?;
        let proposals = q(
            "SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 \
             AND (CAST(?3 AS BIGINT) IS NULL OR p.profile_id = ?3)",
        )?;
        let hired = q(&format!(
            "SELECT count(*) FROM proposals p JOIN invites i ON i.id = p.invite_id WHERE i.received_at >= ?1 AND i.kind = ?2 \
             AND (CAST(?3 AS BIGINT) IS NULL OR p.profile_id = ?3) AND {hired_in}"
        ))?;
        by_invite_kind.push(Segment {
            name: kind.to_string(),
            invites: Some(invites),
            proposals,
            hired,
            win_rate: rate(hired, proposals),
            connects_spent: match profile {
                Some(id) => spent_on(
                    conn,
                    since,
                    &format!(
                        "p.invite_id IN (SELECT id FROM invites WHERE kind = ?2) AND p.profile_id = {id}"
                    ),
                    Some(kind.to_string()),
                )?,
                None => spent_on(
                    conn,
                    since,
                    "p.invite_id IN (SELECT id FROM invites WHERE kind = ?2)",
                    Some(kind.to_string()),
                )?,
            },
        });
    }
    Ok(Stats {
        now,
        since,
        profile: profile_name,
        response_time,
        win_rate: rate(funnel.hired, funnel.proposals),
        connects_per_hire: (funnel.hired > 0)
            .then(|| (connects_spent as f64 / funnel.hired as f64 * 100.0).round() / 100.0),
        connects_spent,
        funnel,
        by_profile,
        by_invite_kind,
    })
}
