//! Job posts: add, edit, and close with its cascade (R6, R52).

use crate::store::db::Db;
use jiff::Timestamp;
use serde_json::json;

use crate::app::invites::close_for_job;
use crate::app::offers::withdraw_open_offers_of;
use crate::app::proposals::move_proposal;
use crate::error::{Error, Result};
use crate::rules::jobs::{
    self as job_rules, Budget, CloseReason, JobStatus, default_connects_cost,
};
use crate::rules::proposals::{ProposalEvent, ProposalStatus};
use crate::store::jobs::Job;
use crate::store::{self, connects, events, jobs, proposals};

/// A new job from its client, title and budget, with every other field at its default.
pub fn new_job(client_id: i64, title: &str, budget: Budget, now: Timestamp) -> Job {
    let mut job = Job {
        id: 0,
        uid: None,
        client_id,
        title: title.to_string(),
        description: String::new(),
        skills: Vec::new(),
        pay_type: budget.pay_type(),
        hourly_min_cents: None,
        hourly_max_cents: None,
        fixed_cents: None,
        experience_level: None,
        project_length: None,
        connects_cost: default_connects_cost(budget),
        connects_explicit: false,
        featured: false,
        private: false,
        status: JobStatus::Open,
        close_reason: None,
        posted_at: now,
        closed_at: None,
        proposals: 0,
        invites_sent: 0,
        interviewing: 0,
        last_viewed_by_client_at: None,
        bid_low_cents: None,
        bid_avg_cents: None,
        bid_high_cents: None,
        questions: Vec::new(),
        created_at: now,
    };
    job.set_budget(budget);
    job
}

/// Records a new job post.
pub fn add_job(conn: &Db, job: &Job, now: Timestamp) -> Result<i64> {
    store::check_uid_free(conn, "jobs", "job", job.uid.as_deref(), None)?;
    if job.posted_at > now {
        return Err(Error::usage(format!(
            "a job cannot be posted at {}, after now ({now})",
            job.posted_at
        )));
    }
    let id = jobs::insert(conn, job)?;
    events::record(
        conn,
        now,
        "job",
        id,
        "added",
        json!({ "title": job.title, "client_id": job.client_id, "connects_cost": job.connects_cost }),
    )?;
    Ok(id)
}

/// Changes a job post's fields (not its status: that moves only by [`close_job`]).
pub fn edit_job(
    conn: &Db,
    id: i64,
    change: impl FnOnce(&mut Job) -> Result<()>,
    now: Timestamp,
) -> Result<()> {
    let before = jobs::get(conn, id)?;
    let mut j = before.clone();
    change(&mut j)?;
    // Live proposals and offers carry the job's pay type: it changes only on a job without
    // proposals.
    if j.pay_type != before.pay_type && !proposals::statuses_for_job(conn, id)?.is_empty() {
        return Err(Error::refused(format!(
            "job {id} has proposals paid {}; its budget can change, but not to {}",
            before.pay_type, j.pay_type
        )));
    }
    // I8: a job is posted before anything is sent to it, and not after now.
    if j.posted_at != before.posted_at {
        let first = jobs::first_activity(conn, id)?;
        if j.posted_at > now || first.is_some_and(|t| j.posted_at > t) {
            return Err(Error::usage(format!(
                "job {id} cannot be posted at {}: it must be no later than now and than its first invite or proposal{}",
                j.posted_at,
                first.map(|t| format!(" ({t})")).unwrap_or_default()
            )));
        }
    }
    if j.uid != before.uid {
        store::check_uid_free(conn, "jobs", "job", j.uid.as_deref(), Some(id))?;
    }
    j.status = before.status;
    j.close_reason = before.close_reason;
    j.closed_at = before.closed_at;
    let changes = events::changes_between(&before, &j);
    if changes.as_object().is_some_and(|m| !m.is_empty()) {
        jobs::update(conn, &j)?;
        events::record(conn, now, "job", id, "edited", changes)?;
    }
    Ok(())
}

/// R6, R52: closes a job. Its unanswered invites close, its open offers are withdrawn, its
/// live proposals are archived; on a cancellation (only without a hire) the Connects spent on
/// the proposals live at that moment come back.
pub fn close_job(conn: &Db, job_id: i64, reason: CloseReason, now: Timestamp) -> Result<Job> {
    let mut job = jobs::get(conn, job_id)?;
    job_rules::check_close_time(jobs::last_activity(conn, job_id)?, now)
        .map_err(|e| Error::usage(format!("job {job_id}: {e}")))?;
    let proposals_now = proposals::statuses_for_job(conn, job_id)?;
    let hired = proposals_now
        .iter()
        .any(|(_, s, _)| *s == ProposalStatus::Hired);
    job.status = job_rules::close(job.status, reason, hired).map_err(|e| {
        Error::refused(format!("job {job_id}: {e}")).detail("status", job.status.as_str())
    })?;
    job.close_reason = Some(reason);
    job.closed_at = Some(now);
    jobs::update(conn, &job)?;
    close_for_job(conn, job_id, now)?;
    let live: Vec<i64> = proposals_now
        .iter()
        .filter(|(_, s, _)| s.is_open())
        .map(|(id, ..)| *id)
        .collect();
    withdraw_open_offers_of(conn, &live, now)?;
    let mut refunded = 0;
    for (id, status, _) in proposals_now {
        if !status.is_open() {
            continue;
        }
        move_proposal(
            conn,
            id,
            status,
            ProposalEvent::JobClosed,
            Some("job closed"),
            now,
            json!({ "job_id": job_id }),
        )?;
        if job_rules::refunds_on_close(reason, status) {
            for entity in ["proposal", "boost"] {
                refunded +=
                    connects::refund(conn, (entity, id), &format!("job {job_id} cancelled"), now)?;
            }
        }
    }
    events::record(
        conn,
        now,
        "job",
        job_id,
        "closed",
        json!({ "reason": reason, "refunded": refunded }),
    )?;
    Ok(job)
}
