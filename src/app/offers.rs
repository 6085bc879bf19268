//! Offers and contracts: receive (R20), accept (R21), decline, expiry, and ending a contract.

use crate::store::db::Db;
use jiff::Timestamp;
use serde_json::json;

use crate::app::proposals::{check_texts, move_proposal};
use crate::error::{Error, Result};
use crate::rules::jobs::{JobStatus, PayType};
use crate::rules::offers::{self as offer_rules, OfferDeclineReason, OfferEvent, OfferStatus};
use crate::rules::proposals::{self as proposal_rules, Price, ProposalEvent};
use crate::store::offers::{self, NewContract, NewOffer};
use crate::store::{self, agencies, events, jobs, proposals, settings};

/// The client's offer as recorded: terms default to the proposal's.
#[derive(Debug, Clone, Default)]
pub struct OfferTerms {
    pub price: Option<Price>,
    pub weekly_limit: Option<i64>,
    /// When it arrived; now by default. Between the proposal's submission and now (R20, I8).
    pub received_at: Option<Timestamp>,
    pub uid: Option<String>,
}

/// R20: records an offer; the proposal becomes offered.
pub fn receive_offer(
    conn: &Db,
    proposal_id: i64,
    terms: &OfferTerms,
    now: Timestamp,
) -> Result<i64> {
    let s = settings::load(conn)?;
    let p = proposals::get(conn, proposal_id, s.cover_letter_edit_hours, now)?;
    let job = jobs::get(conn, p.job_id)?;
    if job.status == JobStatus::Closed {
        return Err(Error::refused(format!(
            "job {} is closed: its proposals cannot receive offers",
            job.id
        )));
    }
    proposal_rules::transition(p.status, ProposalEvent::OfferReceived)
        .map_err(|e| Error::refused(format!("proposal {}: {e}", p.id)))?;
    let received_at = terms.received_at.unwrap_or(now);
    // I8: submitted ≤ viewed ≤ offer received ≤ now; not before the proposal's last edit, nor
    // while its previous offer was still open (I3).
    let bounds = offer_rules::ArrivalBounds {
        submitted_at: p.submitted_at,
        client_viewed_at: p.client_viewed_at,
        last_edit_at: p.edited_at,
        previous_offer_end: offers::previous_end(conn, p.id)?,
    };
    offer_rules::check_arrival(&bounds, received_at, now).map_err(|(earliest, what)| {
        Error::usage(format!(
            "an offer on proposal {} arrives between {what} ({earliest}) and now ({now}); not at {received_at}",
            p.id
        ))
        .detail("earliest", earliest.to_string())
    })?;
    let (rate, bid, milestones) = match terms.price.clone() {
        Some(price) => {
            let today = received_at.to_zoned(jiff::tz::TimeZone::UTC).date();
            let t = proposal_rules::settle_terms(job.pay_type, price, p.duration, p.fee_pct, today)
                .map_err(Error::usage)?;
            (t.rate_cents, t.bid_cents, t.milestones)
        }
        None => (p.rate_cents, p.bid_cents, p.milestones.clone()),
    };
    if terms.weekly_limit.is_some() && p.pay_type != PayType::Hourly {
        return Err(Error::usage("--weekly-limit applies to hourly offers only"));
    }
    store::check_uid_free(conn, "offers", "offer", terms.uid.as_deref(), None)?;
    let id = offers::insert_offer(
        conn,
        &NewOffer {
            uid: terms.uid.as_deref(),
            proposal_id: p.id,
            pay_type: p.pay_type,
            rate_cents: rate,
            bid_cents: bid,
            milestones: &milestones,
            weekly_limit_hours: terms.weekly_limit,
            fee_pct: p.fee_pct, // R12: the fee in force at submission stays
            received_at,
            expires_at: offer_rules::offer_expiry(received_at, s.offer_expiry_days),
        },
    )?;
    proposals::open_room(conn, p.id, received_at)?;
    events::record(
        conn,
        now,
        "offer",
        id,
        "received",
        json!({ "proposal_id": p.id }),
    )?;
    move_proposal(
        conn,
        p.id,
        p.status,
        ProposalEvent::OfferReceived,
        None,
        now,
        json!({ "offer_id": id }),
    )?;
    // Received in the past, it may have expired already: the pipeline says so at once.
    let expires_at = offer_rules::offer_expiry(received_at, s.offer_expiry_days);
    if expires_at <= now {
        expire_offer(conn, id, p.id, expires_at, now)?;
    }
    Ok(id)
}

/// R21: accepts an offer, starting a contract. A job has at most one hire per profile owner;
/// the owner's other live proposals to the job are archived, their open offers withdrawn.
pub fn accept_offer(
    conn: &Db,
    offer_id: i64,
    acting: Option<&str>,
    uid: Option<&str>,
    now: Timestamp,
) -> Result<i64> {
    let s = settings::load(conn)?;
    let offer = offers::get_offer(conn, offer_id, now)?;
    offer_rules::check_answer_time(offer.received_at, now)
        .map_err(|e| Error::usage(format!("offer {offer_id}: {e}")))?;
    let accepted = offer_rules::transition(
        offer.stored_status,
        offer.expires_at,
        now,
        OfferEvent::Accept,
    )
    .map_err(|e| Error::refused(format!("offer {offer_id}: {e}")))?;
    let p = proposals::get(conn, offer.proposal_id, s.cover_letter_edit_hours, now)?;
    if let Some(agency_id) = p.agency_id {
        let members: Vec<_> = agencies::members(conn, agency_id)?
            .into_iter()
            .map(|m| (m.name, m.role))
            .collect();
        offer_rules::check_offer_acceptor(&members, acting).map_err(Error::refused)?;
    } else if let Some(name) = acting {
        return Err(Error::usage(format!(
            "--as {name}: this proposal did not go through an agency"
        )));
    }
    let job = jobs::get(conn, p.job_id)?;
    if job.status == JobStatus::Closed {
        return Err(Error::refused(format!("job {} is closed", job.id)));
    }
    let others = proposals::statuses_for_job(conn, job.id)?;
    if let Some((hired, ..)) = others.iter().find(|(id, status, agency)| {
        *id != p.id && *agency == p.agency_id && *status == proposal_rules::ProposalStatus::Hired
    }) {
        return Err(Error::refused(format!(
            "proposal {hired} was already hired on job {}; a job has one hire per freelancer or agency",
            job.id
        )));
    }
    store::check_uid_free(conn, "contracts", "contract", uid, None)?;
    offers::answer_offer(conn, offer.id, accepted, now, None, None, acting)?;
    let contract_id = offers::insert_contract(
        conn,
        &NewContract {
            uid,
            offer_id: Some(offer.id),
            proposal_id: Some(p.id),
            catalog_id: None,
            client_id: job.client_id,
            job_id: Some(job.id),
            title: &job.title,
            pay_type: offer.pay_type,
            rate_cents: offer.rate_cents,
            bid_cents: offer.bid_cents,
            milestones: &offer.milestones,
            weekly_limit_hours: offer.weekly_limit_hours,
            fee_pct: offer.fee_pct,
            started_at: now,
        },
    )?;
    events::record(
        conn,
        now,
        "offer",
        offer.id,
        "accepted",
        json!({ "contract_id": contract_id, "by": acting }),
    )?;
    move_proposal(
        conn,
        p.id,
        p.status,
        ProposalEvent::Hired,
        None,
        now,
        json!({ "contract_id": contract_id }),
    )?;
    // R21: the same owner's other live proposals to the job step aside.
    for (other, status, agency) in others {
        if other != p.id && agency == p.agency_id && status.is_open() {
            withdraw_open_offers_of(conn, &[other], now)?;
            move_proposal(
                conn,
                other,
                status,
                ProposalEvent::HiredElsewhere,
                Some("hired on another proposal"),
                now,
                json!({ "hired_on": p.id }),
            )?;
        }
    }
    events::record(
        conn,
        now,
        "contract",
        contract_id,
        "started",
        json!({ "offer_id": offer.id }),
    )?;
    Ok(contract_id)
}

/// R21: declines an offer; the proposal goes back to active.
pub fn decline_offer(
    conn: &Db,
    offer_id: i64,
    reason: OfferDeclineReason,
    message: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let s = settings::load(conn)?;
    let offer = offers::get_offer(conn, offer_id, now)?;
    offer_rules::check_answer_time(offer.received_at, now)
        .map_err(|e| Error::usage(format!("offer {offer_id}: {e}")))?;
    let declined = offer_rules::transition(
        offer.stored_status,
        offer.expires_at,
        now,
        OfferEvent::Decline,
    )
    .map_err(|e| Error::refused(format!("offer {offer_id}: {e}")))?;
    if reason == OfferDeclineReason::Other && message.is_none_or(|m| m.trim().is_empty()) {
        return Err(Error::usage("--reason other needs a --message saying why"));
    }
    if let Some(m) = message {
        check_texts(&[("a decline message", m)])?;
    }
    let p = proposals::get(conn, offer.proposal_id, s.cover_letter_edit_hours, now)?;
    offers::answer_offer(conn, offer.id, declined, now, Some(reason), message, None)?;
    events::record(
        conn,
        now,
        "offer",
        offer.id,
        "declined",
        json!({ "reason": reason }),
    )?;
    move_proposal(
        conn,
        p.id,
        p.status,
        ProposalEvent::OfferDeclined,
        None,
        now,
        json!({ "offer_id": offer.id }),
    )?;
    Ok(())
}

/// R20: records the offers that expired unanswered by `now`; their proposals are active
/// again. Reads derive the same state without writing (I9); the next change records it.
pub fn settle_offers(conn: &Db, now: Timestamp) -> Result<()> {
    for (offer_id, proposal_id, expires_at) in offers::due_to_expire(conn, now)? {
        expire_offer(conn, offer_id, proposal_id, expires_at, now)?;
    }
    Ok(())
}

/// Records that one open offer expired at `expires_at`: its proposal is active again.
fn expire_offer(
    conn: &Db,
    offer_id: i64,
    proposal_id: i64,
    expires_at: Timestamp,
    now: Timestamp,
) -> Result<()> {
    let next = offer_rules::transition(OfferStatus::Open, expires_at, now, OfferEvent::Expire)
        .map_err(Error::internal)?;
    offers::set_lapsed(conn, offer_id, next)?;
    events::record(conn, expires_at, "offer", offer_id, "expired", json!({}))?;
    let status = proposals::stored_status(conn, proposal_id)?;
    move_proposal(
        conn,
        proposal_id,
        status,
        ProposalEvent::OfferExpired,
        None,
        expires_at,
        json!({ "offer_id": offer_id, "by": "offer expired" }),
    )?;
    Ok(())
}

/// R6, R21: the client takes back the open offers on these proposals.
pub fn withdraw_open_offers_of(conn: &Db, proposal_ids: &[i64], now: Timestamp) -> Result<()> {
    for &pid in proposal_ids {
        let Some(offer) = offers::latest_for(conn, pid, now)? else {
            continue;
        };
        if offer.stored_status != OfferStatus::Open {
            continue;
        }
        let next = offer_rules::transition(
            offer.stored_status,
            offer.expires_at,
            now,
            OfferEvent::Withdraw,
        )
        .map_err(Error::internal)?;
        offers::set_lapsed(conn, offer.id, next)?;
        events::record(conn, now, "offer", offer.id, "withdrawn", json!({}))?;
    }
    Ok(())
}

/// Ends a contract once.
pub fn end_contract(
    conn: &Db,
    contract_id: i64,
    reason: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let c = offers::get_contract(conn, contract_id)?;
    let next = offer_rules::end_contract(c.status)
        .map_err(|e| Error::refused(format!("contract {contract_id}: {e}")))?;
    crate::rules::not_before(now, c.started_at, || {
        format!(
            "contract {contract_id} started at {}; it cannot end before that",
            c.started_at
        )
    })
    .map_err(Error::usage)?;
    offers::end_contract(conn, contract_id, next, now, reason)?;
    events::record(
        conn,
        now,
        "contract",
        contract_id,
        "ended",
        json!({ "reason": reason }),
    )?;
    Ok(())
}
