//! Proposals: submit (R10–R13, R19, R51), edit (R16), withdraw (R17), boost and outbid (R18),
//! the client's marks, the room's participants (R31) and the letter check (R41).

use crate::store::db::Db;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::connects::invite_accept_cost;
use crate::rules::contact::{self, Finding};
use crate::rules::jobs::Duration;
use crate::rules::offers::{Participant, room_participants};
use crate::rules::proposals::{
    self as proposal_rules, ATTACHMENT_BYTES_MAX, ATTACHMENTS_MAX, EditScope, Price, ProposalEvent,
    ProposalStatus, WithdrawReason,
};
use crate::rules::settings::{InviteConnects, Settings};
use crate::store::offers::{self, Offer};
use crate::store::{
    self, agencies, connects, events, jobs, profiles, proposals, proposals::Proposal, settings,
};

/// Everything a new proposal needs, however it was gathered (flags, prompts, seed, import).
#[derive(Debug, Clone)]
pub struct Submission {
    pub uid: Option<String>,
    pub price: Price,
    pub duration: Option<Duration>,
    pub profile: Option<String>,
    pub cover_letter: Option<String>,
    pub answers: Vec<(usize, String)>,
    pub attachments: Vec<(String, Vec<u8>)>,
    pub boost: i64,
    pub agency: Option<String>,
    pub as_member: Option<String>,
}

/// Where a new proposal comes from.
pub enum Origin {
    /// An accepted invite (R4): costs the job's Connects unless `invite-connects` is free.
    Invite {
        invite_id: i64,
        interview_submitted: bool,
    },
    /// A proposal to a public job (R19): always costs the job's Connects.
    Public,
}

/// A changed proposal as printed: the record, the Connects left, and R32 warnings.
#[derive(Debug, Serialize)]
pub struct ProposalOutcome {
    #[serde(flatten)]
    pub proposal: Proposal,
    pub connects_balance: i64,
    pub warnings: Vec<Finding>,
}

impl Record for ProposalOutcome {
    const FIELDS: &'static [&'static str] = crate::proposal_fields!("connects_balance", "warnings");
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "job_title",
        "status",
        "rate_cents",
        "bid_cents",
        "fee_cents",
        "receive_cents",
        "connects_spent",
        "boost_connects",
        "connects_balance",
    ];
    fn id(&self) -> i64 {
        self.proposal.id
    }
}

/// R30 on every text of a proposal: confident findings refuse it; uncertain ones and R32's
/// offers of extras come back as warnings.
pub fn check_texts(texts: &[(&str, &str)]) -> Result<Vec<Finding>> {
    let mut warnings = Vec::new();
    for (what, text) in texts {
        let check = contact::check(text);
        if !check.findings.is_empty() {
            return Err(
                Error::refused(contact::refusal(what, &check.findings)).detail(
                    "findings",
                    serde_json::to_value(&check.findings).unwrap_or_default(),
                ),
            );
        }
        warnings.extend(check.warnings);
    }
    Ok(warnings)
}

/// R10–R13, R19, R51, R53: checks a submission and writes the proposal and its Connects.
pub fn create_proposal(
    conn: &Db,
    settings: &Settings,
    job_id: i64,
    origin: Origin,
    sub: &Submission,
    now: Timestamp,
) -> Result<(i64, Vec<Finding>)> {
    let job = jobs::get(conn, job_id)?;
    crate::rules::not_before(now, job.posted_at, || {
        format!(
            "job {job_id} was posted at {}; nothing can be sent to it before that",
            job.posted_at
        )
    })
    .map_err(Error::usage)?;
    if matches!(origin, Origin::Public) && job.private {
        return Err(Error::refused(format!(
            "job {job_id} is private: apply only through its invite"
        )));
    }
    let profile =
        profiles::find(conn, sub.profile.as_deref().unwrap_or("general")).map_err(|e| {
            if sub.profile.is_none() {
                Error::not_found("there is no general profile to send the proposal from")
                    .hint("add one with: lancer profiles add \"YOUR NAME\" --rate 50")
            } else {
                e
            }
        })?;
    let (account, submitted_by) = match &sub.agency {
        Some(key) => {
            let agency = agencies::find(conn, key)?;
            let member = sub
                .as_member
                .clone()
                .or_else(|| (profile.agency_id == Some(agency.id)).then(|| profile.name.clone()));
            let Some(member) = member else {
                return Err(Error::usage(
                    "--agency needs --as MEMBER: who in the agency sends it",
                ));
            };
            if !agency.members.iter().any(|m| m.name == member) {
                return Err(Error::refused(format!(
                    "{member} is not a member of the agency {}",
                    agency.name
                )));
            }
            (Some(agency.id), Some(member))
        }
        None => (None, None),
    };
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let terms = proposal_rules::settle_terms(
        job.pay_type,
        sub.price.clone(),
        sub.duration,
        settings.service_fee_pct,
        today,
    )
    .map_err(Error::usage)?;
    let (invite_id, interview_done) = match origin {
        Origin::Invite {
            invite_id,
            interview_submitted,
        } => (Some(invite_id), interview_submitted),
        Origin::Public => (None, false),
    };
    let letter = sub
        .cover_letter
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    match letter {
        Some(text) => proposal_rules::check_cover_letter(text).map_err(Error::refused)?,
        None if interview_done => {} // R15: the interview replaces the cover letter
        None => {
            return Err(crate::prompt::missing(
                "--cover-letter TEXT or --cover-letter-file PATH",
                "a cover letter",
            ));
        }
    }
    let answers =
        proposal_rules::match_answers(&job.questions, &sub.answers).map_err(Error::usage)?;
    if sub.attachments.len() > ATTACHMENTS_MAX {
        return Err(Error::refused(format!(
            "{} attachments given; at most {ATTACHMENTS_MAX} are allowed",
            sub.attachments.len()
        )));
    }
    if let Some((name, bytes)) = sub
        .attachments
        .iter()
        .find(|(_, b)| b.len() as u64 > ATTACHMENT_BYTES_MAX)
    {
        return Err(Error::refused(format!(
            "the attachment {name} is {} bytes; at most 25 MiB",
            bytes.len()
        )));
    }
    let mut texts: Vec<(&str, &str)> = Vec::new();
    if let Some(t) = letter {
        texts.push(("the cover letter", t));
    }
    for a in &answers {
        texts.push(("a screening answer", &a.answer));
    }
    for (name, _) in &sub.attachments {
        texts.push(("an attachment name", name));
    }
    for m in &terms.milestones {
        texts.push(("a milestone description", &m.description));
    }
    let warnings = check_texts(&texts)?; // R30, R32
    if job.status != crate::rules::jobs::JobStatus::Open {
        return Err(Error::refused(format!("job {} is closed", job.id)));
    }
    // R19: one live proposal per job and profile owner (the freelancer, all profiles
    // together, or the agency).
    if let Some(existing) = proposals::live_for_owner(conn, job.id, account)? {
        let owner = match account {
            Some(_) => "the agency".to_string(),
            None => "you (from any of your profiles)".to_string(),
        };
        return Err(Error::refused(format!(
            "proposal {existing} to job {} from {owner} is still live; only one is allowed",
            job.id
        ))
        .detail("existing_id", existing));
    }
    // I4: a job hires a profile owner once.
    if let Some(hired) = proposals::hired_for_owner(conn, job.id, account)? {
        return Err(Error::refused(format!(
            "proposal {hired} was already hired on job {}; a job hires a freelancer or agency once",
            job.id
        ))
        .detail("hired_id", hired));
    }
    store::check_uid_free(conn, "proposals", "proposal", sub.uid.as_deref(), None)?;
    // R51/R53: the proposal's cost, then any boost (R18), from the right account; the whole
    // amount must be there before anything is written.
    let cost = match invite_id {
        Some(_) => invite_accept_cost(
            job.connects_cost,
            settings.invite_connects == InviteConnects::Charge,
        ),
        None => job.connects_cost,
    };
    if sub.boost != 0 {
        proposal_rules::check_boost_amount(sub.boost).map_err(Error::usage)?;
    }
    connects::ensure_balance(conn, account, cost, sub.boost, now)?;
    let (status, room) = match invite_id {
        Some(_) => (ProposalStatus::Active, Some(now)), // R4: straight to the interview stage
        None => (ProposalStatus::Submitted, None),
    };
    let id = proposals::insert(
        conn,
        &proposals::NewProposal {
            uid: sub.uid.as_deref(),
            job_id: job.id,
            invite_id,
            profile_id: profile.id,
            agency_id: account,
            submitted_by: submitted_by.as_deref(),
            status,
            pay_type: terms.pay_type,
            rate_cents: terms.rate_cents,
            bid_cents: terms.bid_cents,
            milestones: &terms.milestones,
            duration: terms.duration,
            cover_letter: letter,
            answers: &answers,
            fee_pct: settings.service_fee_pct,
            submitted_at: now,
            room_opened_at: room,
            edit_hours: settings.cover_letter_edit_hours, // R16: kept, like the fee
        },
    )?;
    for (name, bytes) in &sub.attachments {
        proposals::attach(conn, id, name, &proposals::sha256_hex(bytes), bytes, now)?;
    }
    let what = if invite_id.is_some() {
        "accepting invite"
    } else {
        "proposal"
    };
    connects::spend(
        conn,
        account,
        cost,
        &format!("{what} to job {}", job.id),
        Some(("proposal", id)),
        now,
    )?;
    if sub.boost > 0 {
        connects::spend(
            conn,
            account,
            sub.boost,
            &format!("boost of proposal {id}"),
            Some(("boost", id)),
            now,
        )?;
    }
    proposals::set_connects(conn, id, cost, sub.boost)?;
    jobs::count_proposal(conn, job.id)?;
    events::record(
        conn,
        now,
        "proposal",
        id,
        if invite_id.is_some() {
            "created"
        } else {
            "submitted"
        },
        json!({ "job_id": job.id, "invite_id": invite_id, "connects": cost, "boost": sub.boost, "pay_type": terms.pay_type }),
    )?;
    Ok((id, warnings))
}

/// The outcome printed after a proposal changes.
pub fn outcome(
    conn: &Db,
    settings: &Settings,
    id: i64,
    warnings: Vec<Finding>,
    now: Timestamp,
) -> Result<ProposalOutcome> {
    let proposal = proposals::get(conn, id, settings.cover_letter_edit_hours, now)?;
    let connects_balance = connects::balance(conn, proposal.agency_id, now)?;
    Ok(ProposalOutcome {
        proposal,
        connects_balance,
        warnings,
    })
}

/// `proposal show`: the proposal with its room and latest offer.
#[derive(Debug, Serialize)]
pub struct ProposalDetail {
    #[serde(flatten)]
    pub proposal: Proposal,
    pub participants: Vec<Participant>,
    pub messages_count: i64,
    pub offer: Option<Offer>,
    /// The proposal's timeline, oldest first.
    pub history: Vec<crate::store::events::Event>,
}

impl Record for ProposalDetail {
    const FIELDS: &'static [&'static str] =
        crate::proposal_fields!("participants", "messages_count", "offer", "history");
    const COLUMNS: &'static [&'static str] = Proposal::COLUMNS;
    fn id(&self) -> i64 {
        self.proposal.id
    }
}

/// R31: the people in a proposal's room.
pub fn participants(
    conn: &Db,
    job_id: i64,
    agency_id: Option<i64>,
    freelancer: &str,
) -> Result<Vec<Participant>> {
    let client = jobs::client_name(conn, job_id)?;
    let members: Option<Vec<(String, crate::rules::profiles::AgencyRole)>> = match agency_id {
        Some(a) => Some(
            agencies::members(conn, a)?
                .into_iter()
                .map(|m| (m.name, m.role))
                .collect(),
        ),
        None => None,
    };
    Ok(room_participants(&client, freelancer, members.as_deref()))
}

pub fn detail(conn: &Db, id: i64, edit_hours: i64, now: Timestamp) -> Result<ProposalDetail> {
    let proposal = proposals::get(conn, id, edit_hours, now)?;
    Ok(ProposalDetail {
        participants: participants(
            conn,
            proposal.job_id,
            proposal.agency_id,
            proposal
                .submitted_by
                .as_deref()
                .unwrap_or(&proposal.profile),
        )?,
        messages_count: crate::store::messages::count(conn, id)?,
        offer: offers::latest_for(conn, id, now)?,
        history: events::history(conn, "proposal", id)?,
        proposal,
    })
}

/// A change to a proposal's terms, letter, answers or attachments (R16), as gathered.
#[derive(Debug, Clone, Default)]
pub struct ProposalEdit {
    pub price: Option<Price>,
    pub duration: Option<Duration>,
    pub cover_letter: Option<String>,
    pub answers: Vec<(usize, String)>,
    pub attachments: Vec<(String, Vec<u8>)>,
    /// Attachments to remove, by id or name.
    pub remove_attachments: Vec<String>,
}

/// R16: edits the letter, answers, attachments and terms, each within its window.
pub fn edit_proposal(
    conn: &Db,
    id: i64,
    edit: &ProposalEdit,
    now: Timestamp,
) -> Result<(i64, Vec<Finding>)> {
    let s = settings::load(conn)?;
    let before = proposals::get(conn, id, s.cover_letter_edit_hours, now)?;
    proposal_rules::check_after_submission(before.submitted_at, now)
        .map_err(|e| Error::usage(format!("proposal {}: {e}", before.id)))?;
    let mut p = before.clone();
    let scope = EditScope {
        letter: edit.cover_letter.is_some()
            || !edit.answers.is_empty()
            || !edit.attachments.is_empty()
            || !edit.remove_attachments.is_empty(),
        terms: edit.price.is_some() || edit.duration.is_some(),
    };
    if !scope.letter && !scope.terms {
        return Err(Error::usage(
            "nothing to change: give new terms, a cover letter, answers or attachments",
        ));
    }
    let offer_received = offers::latest_for(conn, p.id, now)?.is_some();
    proposal_rules::check_edit(
        p.status,
        scope,
        p.cover_letter_locked_at,
        p.edit_hours,
        offer_received,
        now,
    )
    .map_err(Error::refused)?;
    if let Some(price) = edit.price.clone() {
        let job = jobs::get(conn, p.job_id)?;
        let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
        let t = proposal_rules::settle_terms(
            job.pay_type,
            price,
            edit.duration.or(p.duration),
            p.fee_pct,
            today,
        )
        .map_err(Error::usage)?;
        p.rate_cents = t.rate_cents;
        p.bid_cents = t.bid_cents;
        p.milestones = t.milestones;
    }
    if let Some(d) = edit.duration {
        p.duration = Some(d);
    }
    let mut texts: Vec<(&str, &str)> = Vec::new();
    if let Some(l) = &edit.cover_letter {
        proposal_rules::check_cover_letter(l).map_err(Error::refused)?;
        texts.push(("the cover letter", l));
        p.cover_letter = Some(l.clone());
    }
    for (n, answer) in &edit.answers {
        let slot = p.answers.get_mut(n - 1).ok_or_else(|| {
            Error::usage(format!(
                "--answer {n}=…: the job has {} screening question(s)",
                before.answers.len()
            ))
        })?;
        slot.answer = answer.clone();
        texts.push(("a screening answer", answer));
    }
    for (name, _) in &edit.attachments {
        texts.push(("an attachment name", name));
    }
    if edit.price.is_some() {
        for m in &p.milestones {
            texts.push(("a milestone description", &m.description));
        }
    }
    let warnings = check_texts(&texts)?; // R30, R32
    let mut removed = Vec::new();
    for key in &edit.remove_attachments {
        let att = p
            .attachments
            .iter()
            .find(|x| x.id.to_string() == *key || x.name == *key)
            .ok_or_else(|| {
                Error::not_found(format!("proposal {} has no attachment '{key}'", p.id))
            })?;
        removed.push(att.id);
    }
    if p.attachments.len() - removed.len() + edit.attachments.len() > ATTACHMENTS_MAX {
        return Err(Error::refused(format!(
            "at most {ATTACHMENTS_MAX} attachments are allowed"
        )));
    }
    for att in removed {
        proposals::detach(conn, att)?;
    }
    for (name, bytes) in &edit.attachments {
        proposals::attach(conn, p.id, name, &proposals::sha256_hex(bytes), bytes, now)?;
    }
    proposals::save(conn, &p)?;
    proposals::set_edited(conn, p.id, now)?;
    let after = proposals::get(conn, p.id, s.cover_letter_edit_hours, now)?;
    let changes = events::changes_between(&before, &after);
    events::record(conn, now, "proposal", p.id, "edited", changes)?;
    Ok((p.id, warnings))
}

/// Moves a proposal through its state machine (R14) and records the event; the one place a
/// proposal's status is written.
pub fn move_proposal(
    conn: &Db,
    id: i64,
    from: ProposalStatus,
    event: ProposalEvent,
    reason: Option<&str>,
    at: Timestamp,
    details: serde_json::Value,
) -> Result<ProposalStatus> {
    let next = proposal_rules::transition(from, event).map_err(|e| {
        Error::refused(format!("proposal {id}: {e}")).detail("status", from.as_str())
    })?;
    proposals::set_status(conn, id, next, reason)?;
    events::record(conn, at, "proposal", id, event.action(), details)?;
    Ok(next)
}

/// R17: withdraws a proposal; no Connects are refunded.
pub fn withdraw_proposal(
    conn: &Db,
    id: i64,
    reason: WithdrawReason,
    message: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let s = settings::load(conn)?;
    let p = proposals::get(conn, id, s.cover_letter_edit_hours, now)?;
    proposal_rules::check_after_submission(p.submitted_at, now)
        .map_err(|e| Error::usage(format!("proposal {}: {e}", p.id)))?;
    proposal_rules::transition(p.status, ProposalEvent::Withdraw)
        .map_err(|e| Error::refused(format!("proposal {id}: {e}")))?;
    if reason == WithdrawReason::Other && message.is_none_or(|m| m.trim().is_empty()) {
        return Err(Error::usage("--reason other needs a --message saying why"));
    }
    if let Some(m) = message {
        check_texts(&[("a withdraw message", m)])?;
    }
    proposals::set_status_message(conn, id, message)?;
    move_proposal(
        conn,
        id,
        p.status,
        ProposalEvent::Withdraw,
        Some(reason.as_str()),
        now,
        json!({ "reason": reason }),
    )?;
    Ok(())
}

/// R18: boosts a live proposal once, paying from its account.
pub fn boost_proposal(conn: &Db, id: i64, amount: i64, now: Timestamp) -> Result<()> {
    let s = settings::load(conn)?;
    let mut p = proposals::get(conn, id, s.cover_letter_edit_hours, now)?;
    proposal_rules::check_after_submission(p.submitted_at, now)
        .map_err(|e| Error::usage(format!("proposal {}: {e}", p.id)))?;
    proposal_rules::check_boost_amount(amount).map_err(Error::usage)?;
    proposal_rules::check_boost(p.status, p.boost_connects, amount).map_err(Error::refused)?;
    connects::ensure_balance(conn, p.agency_id, 0, amount, now)?;
    connects::spend(
        conn,
        p.agency_id,
        amount,
        &format!("boost of proposal {id}"),
        Some(("boost", id)),
        now,
    )?;
    p.boost_connects = amount;
    proposals::save(conn, &p)?;
    events::record(
        conn,
        now,
        "proposal",
        id,
        "boosted",
        json!({ "connects": amount }),
    )?;
    Ok(())
}

/// The client opened the proposal: the letter's edit window closes (R16).
pub fn mark_viewed(conn: &Db, id: i64, now: Timestamp) -> Result<()> {
    let (submitted_at, viewed_at) = proposals::viewing(conn, id)?;
    if viewed_at.is_some() {
        return Err(Error::refused(format!("proposal {id} was already viewed")));
    }
    crate::rules::not_before(now, submitted_at, || {
        format!("proposal {id} was submitted at {submitted_at}; it cannot be viewed before that")
    })
    .map_err(Error::refused)?;
    // I8: the client views a proposal before making an offer on it.
    if let Some(offer) = offers::first_for(conn, id, now)?
        && offer.received_at < now
    {
        return Err(Error::refused(format!(
            "the client made offer {} on proposal {id} at {}, so it had viewed the proposal by then",
            offer.id, offer.received_at
        )));
    }
    proposals::set_viewed(conn, id, now)?;
    events::record(conn, now, "proposal", id, "viewed", json!({}))?;
    Ok(())
}

/// The client declined the proposal.
pub fn mark_declined(conn: &Db, id: i64, now: Timestamp) -> Result<()> {
    let s = settings::load(conn)?;
    let p = proposals::get(conn, id, s.cover_letter_edit_hours, now)?;
    proposal_rules::check_after_submission(p.submitted_at, now)
        .map_err(|e| Error::usage(format!("proposal {}: {e}", p.id)))?;
    move_proposal(
        conn,
        id,
        p.status,
        ProposalEvent::ClientDeclined,
        Some("declined by the client"),
        now,
        json!({}),
    )?;
    Ok(())
}

/// R18: the boost was outbid: its Connects come back. Only a live proposal can be outbid,
/// and only once.
pub fn mark_outbid(conn: &Db, id: i64, now: Timestamp) -> Result<()> {
    let s = settings::load(conn)?;
    let mut p = proposals::get(conn, id, s.cover_letter_edit_hours, now)?;
    proposal_rules::check_after_submission(p.submitted_at, now)
        .map_err(|e| Error::usage(format!("proposal {}: {e}", p.id)))?;
    proposal_rules::check_outbid(p.status, p.boost_connects, p.boost_refunded)
        .map_err(|e| Error::refused(format!("proposal {id}: {e}")))?;
    connects::refund(conn, ("boost", id), &format!("proposal {id} outbid"), now)?;
    p.boost_refunded = true;
    proposals::save(conn, &p)?;
    events::record(conn, now, "proposal", id, "outbid", json!({}))?;
    Ok(())
}

/// R41's report, printable.
#[derive(Debug, Serialize)]
pub struct LetterCheck {
    #[serde(flatten)]
    pub report: crate::rules::insight::LetterReport,
}

impl Record for LetterCheck {
    const FIELDS: &'static [&'static str] = &[
        "characters",
        "words",
        "too_short",
        "missing_skills",
        "missing_keywords",
        "reused_from",
        "thank_you_missing",
        "contact_findings",
        "warnings",
        "tips",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "characters",
        "too_short",
        "missing_skills",
        "reused_from",
        "tips",
    ];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

/// R41: checks a letter for a job against every other cover letter in the store.
pub fn lint_letter(
    conn: &Db,
    letter: &str,
    job_id: i64,
    from_invite: bool,
    except: Option<i64>,
) -> Result<LetterCheck> {
    let job = jobs::get(conn, job_id)?;
    let others = proposals::other_cover_letters(conn, except)?;
    let report = crate::rules::insight::check_letter(
        letter,
        &job.skills,
        &job.description,
        from_invite,
        &others,
    );
    Ok(LetterCheck { report })
}
