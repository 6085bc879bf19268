//! Invitations: receive, accept (R4), decline (R3, R5), ignore (R2), the client's withdrawal
//! and job closing (R6), the instant interview (R15), and R44's viewed mark.

use crate::store::db::Db;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::json;

use crate::app::proposals::{Origin, Submission, check_texts, create_proposal};
use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::contact::Finding;
use crate::rules::insight::Triage;
use crate::rules::invites::{self, DeclineReason, InviteAction, InviteKind, InviteStatus};
use crate::rules::jobs::JobStatus;
use crate::store::clients::Client;
use crate::store::events::Event;
use crate::store::invites::{Invite, InviteState, NewInvite, TriageProfile};
use crate::store::jobs::Job;
use crate::store::{self, events, invites as invite_store, jobs, settings};

/// `invite show`: the invite with what a freelancer weighs before answering.
#[derive(Debug, Serialize)]
pub struct InviteDetail {
    #[serde(flatten)]
    pub invite: Invite,
    pub job: Job,
    pub client: Client,
    /// R42: the score's factors, for a pending invite.
    pub triage: Option<Triage>,
    /// The invite's timeline, oldest first.
    pub history: Vec<Event>,
}

impl Record for InviteDetail {
    const FIELDS: &'static [&'static str] =
        crate::invite_fields!("job", "client", "triage", "history");
    const COLUMNS: &'static [&'static str] = Invite::COLUMNS;
    fn id(&self) -> i64 {
        self.invite.id
    }
}

/// A changed invite, with any R32 warnings about its message.
#[derive(Debug, Serialize)]
pub struct InviteOutcome {
    #[serde(skip)]
    pub id: i64,
    /// The invite as shown; not read when only its id is printed (`-q`).
    #[serde(flatten)]
    pub invite: Option<Invite>,
    pub warnings: Vec<Finding>,
}

impl InviteOutcome {
    /// Invite `id` after a change, read for showing unless `quiet` prints only its id.
    pub fn read(
        conn: &Db,
        id: i64,
        warnings: Vec<Finding>,
        quiet: bool,
        now: Timestamp,
    ) -> Result<InviteOutcome> {
        let invite = if quiet {
            None
        } else {
            Some(crate::store::invites::get(conn, id, now)?)
        };
        Ok(InviteOutcome {
            id,
            invite,
            warnings,
        })
    }
}

impl Record for InviteOutcome {
    const FIELDS: &'static [&'static str] = crate::invite_fields!("warnings");
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "job_title",
        "status",
        "responded_at",
        "decline_reason",
        "referral",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

/// Moves an invite through its state machine as of `now` (R1, R2, R6, R15).
fn moved(invite: &InviteState, action: InviteAction, now: Timestamp) -> Result<InviteStatus> {
    let interview = invite.interview_rule().map(|iv| iv.status(now));
    invites::transition(invite.status, interview, action).map_err(|e| {
        Error::refused(format!("invite {}: {e}", invite.id))
            .detail("status", invite.status.as_str())
    })
}

/// Records a received invite. It cannot arrive before its job was posted, nor after now (I8).
pub fn receive_invite(conn: &Db, n: &NewInvite<'_>, now: Timestamp) -> Result<i64> {
    let (status, featured, posted_at) = jobs::posting(conn, n.job_id)?;
    if status == JobStatus::Closed {
        return Err(Error::refused(format!(
            "job {} is closed; it cannot send invites",
            n.job_id
        )));
    }
    if n.kind == InviteKind::Featured && !featured {
        return Err(Error::refused(format!(
            "job {} is not Featured; only Featured jobs get invites from the platform",
            n.job_id
        )));
    }
    if n.received_at < posted_at {
        return Err(Error::usage(format!(
            "an invite to job {} cannot arrive at {}, before the job was posted ({posted_at})",
            n.job_id, n.received_at
        )));
    }
    if n.received_at > now {
        return Err(Error::usage(format!(
            "an invite cannot arrive at {}, after now ({now})",
            n.received_at
        )));
    }
    store::check_uid_free(conn, "invites", "invite", n.uid, None)?;
    let id = invite_store::insert(conn, n)?;
    events::record(
        conn,
        now,
        "invite",
        id,
        "received",
        json!({ "job_id": n.job_id, "kind": n.kind }),
    )?;
    Ok(id)
}

/// R1/R4/R15: accepts an invite into an active proposal, charging Connects, or changes nothing.
pub fn accept_invite(
    conn: &Db,
    invite_id: i64,
    sub: &Submission,
    now: Timestamp,
) -> Result<(i64, Vec<Finding>)> {
    let settings = settings::load(conn)?;
    let mut invite = invite_store::state(conn, invite_id)?;
    let next = moved(&invite, InviteAction::Accept, now)?;
    let interview_submitted = match invite.interview_rule() {
        Some(iv) => {
            iv.check_accept(now).map_err(Error::refused)?;
            true
        }
        None => false,
    };
    crate::rules::not_before(now, invite.received_at, || {
        format!(
            "invite {invite_id} arrived at {}; it cannot be answered before that",
            invite.received_at
        )
    })
    .map_err(Error::usage)?;
    let (proposal_id, warnings) = create_proposal(
        conn,
        &settings,
        invite.job_id,
        Origin::Invite {
            invite_id,
            interview_submitted,
        },
        sub,
        now,
    )?;
    invite.status = next;
    invite.responded_at = Some(now);
    invite.proposal_id = Some(proposal_id);
    invite_store::save(conn, &invite)?;
    events::record(
        conn,
        now,
        "invite",
        invite.id,
        "accepted",
        json!({ "proposal_id": proposal_id }),
    )?;
    Ok((proposal_id, warnings))
}

/// R3/R5/R30: declines an invite, or changes nothing.
pub fn decline_invite(
    conn: &Db,
    invite_id: i64,
    reason: DeclineReason,
    message: Option<&str>,
    refer: Option<&str>,
    now: Timestamp,
) -> Result<Vec<Finding>> {
    let mut invite = invite_store::state(conn, invite_id)?;
    let next = moved(&invite, InviteAction::Decline, now)?;
    invites::check_decline(reason, message).map_err(Error::usage)?;
    crate::rules::not_before(now, invite.received_at, || {
        format!(
            "invite {invite_id} arrived at {}; it cannot be answered before that",
            invite.received_at
        )
    })
    .map_err(Error::usage)?;
    let warnings = match message {
        Some(m) => check_texts(&[("a decline message", m)])?,
        None => Vec::new(),
    };
    if let Some(r) = refer {
        let referral = invites::parse_referral(r).map_err(Error::usage)?;
        let job = jobs::get(conn, invite.job_id)?;
        let existing = invite_store::job_referral(conn, job.id)?;
        invites::check_referral(job.private, existing.as_deref(), &referral)
            .map_err(Error::refused)?;
        invite.referral = Some(referral);
    }
    invite.status = next;
    invite.responded_at = Some(now);
    invite.decline_reason = Some(reason);
    invite.decline_message = message.map(str::to_string);
    invite_store::save(conn, &invite)?;
    events::record(
        conn,
        now,
        "invite",
        invite.id,
        "declined",
        json!({ "reason": reason, "referral": invite.referral }),
    )?;
    Ok(warnings)
}

/// R2, R6, R15: the verbs that only move an invite.
pub fn move_invite(conn: &Db, invite_id: i64, action: InviteAction, now: Timestamp) -> Result<()> {
    let mut invite = invite_store::state(conn, invite_id)?;
    crate::rules::not_before(now, invite.received_at, || {
        format!(
            "invite {invite_id} arrived at {}; nothing can happen to it before that",
            invite.received_at
        )
    })
    .map_err(Error::usage)?;
    let verb = match action {
        InviteAction::Ignore => "ignored",
        InviteAction::MarkWithdrawn => {
            invite.withdrawn_at = Some(now);
            "withdrawn"
        }
        InviteAction::InterviewStart | InviteAction::InterviewSubmit => {
            let iv = invite.interview_rule().ok_or_else(|| {
                Error::refused(format!(
                    "invite {} does not ask for an instant interview",
                    invite.id
                ))
            })?;
            if action == InviteAction::InterviewStart {
                iv.start(now).map_err(Error::refused)?;
                invite.interview_started_at = Some(now);
                "interview-started"
            } else {
                iv.submit(now).map_err(Error::refused)?;
                invite.interview_submitted_at = Some(now);
                "interview-submitted"
            }
        }
        InviteAction::Accept | InviteAction::Decline | InviteAction::JobClosed => {
            unreachable!("accept, decline and job closing have their own functions")
        }
    };
    invite.status = moved(&invite, action, now)?;
    invite_store::save(conn, &invite)?;
    events::record(conn, now, "invite", invite.id, verb, json!({}))?;
    Ok(())
}

/// R44: a person looked at the invite; the first look is recorded.
pub fn mark_invite_viewed(conn: &Db, invite_id: i64, now: Timestamp) -> Result<()> {
    let mut invite = invite_store::state(conn, invite_id)?;
    if invite.viewed_at.is_none() && now >= invite.received_at {
        invite.viewed_at = Some(now);
        invite_store::save(conn, &invite)?;
        events::record(conn, now, "invite", invite_id, "viewed", json!({}))?;
    }
    Ok(())
}

/// R6: a closing job closes its unanswered (pending and archived) invites.
pub fn close_for_job(conn: &Db, job_id: i64, now: Timestamp) -> Result<()> {
    for id in invite_store::unanswered_for_job(conn, job_id)? {
        let mut invite = invite_store::state(conn, id)?;
        invite.status = moved(&invite, InviteAction::JobClosed, now)?;
        invite_store::save(conn, &invite)?;
        events::record(
            conn,
            now,
            "invite",
            id,
            "closed",
            json!({ "job_id": job_id }),
        )?;
    }
    Ok(())
}

/// `invite show`: the invite with its job, client, triage and history (R42, R44). Reads only.
pub fn invite_detail(conn: &Db, id: i64, now: Timestamp) -> Result<InviteDetail> {
    let inv = invite_store::get(conn, id, now)?;
    let plus = settings::load(conn)?.plan == crate::rules::settings::Plan::Plus;
    let job = jobs::get(conn, inv.job_id)?.for_plan(plus);
    let client = crate::store::clients::get(conn, job.client_id)?;
    let profile = TriageProfile::load(conn)?;
    let triage = inv.triage(&profile, now);
    let invite = inv.score_with(&profile, now);
    let history = events::history(conn, "invite", id)?;
    Ok(InviteDetail {
        invite,
        job,
        client,
        triage,
        history,
    })
}
