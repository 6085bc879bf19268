//! `lancer offers receive|list|show|accept|decline` (R20, R21) and the contracts they start.

use clap::{Args, Subcommand};
use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::json;

use crate::commands::Ctx;
use crate::commands::proposals::{TermsArgs, check_texts};
use crate::error::{Error, Result};
use crate::prompt;
use crate::rules::offers::{self as offer_rules, OfferDeclineReason, OfferStatus};
use crate::rules::proposals::{self as proposal_rules, ProposalStatus};
use crate::store::offers::{self, Contract, NewContract, NewOffer, Offer};
use crate::store::{self, agencies, events, jobs, proposals, settings, v};

#[derive(Debug, Args)]
#[command(after_help = "\
An offer's terms default to the proposal's. Offers expire 7 days after they arrive (setting
offer-expiry-days). Accepting starts a contract; in an agency only its business manager may
accept (the owner when there is none). Declining puts the proposal back to active.

Examples:
  lancer offers receive --proposal 3 --weekly-limit 20
  lancer offers list --status open
  lancer offer accept 1
  lancer offer accept 2 --as \"Sam Ortiz\"
  lancer offer decline 1 --reason rate-too-low --message \"My rate for this scope is $60\"")]
pub struct OffersArgs {
    #[command(subcommand)]
    pub command: OffersCommand,
}

#[derive(Debug, Subcommand)]
pub enum OffersCommand {
    /// Record the client's offer on a proposal
    Receive(ReceiveArgs),
    /// List offers
    #[command(visible_alias = "ls")]
    List {
        /// Only offers in this status (open, accepted, declined, expired, withdrawn)
        #[arg(long)]
        status: Option<OfferStatus>,
        /// At most this many rows
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Show one offer
    Show {
        /// Offer id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_offers))]
        offer: String,
    },
    /// Accept an offer: a contract starts
    Accept {
        /// Offer id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_offers))]
        offer: String,
        /// The agency member accepting (its business manager)
        #[arg(long = "as", value_name = "NAME")]
        as_member: Option<String>,
        /// A stable key for the new contract
        #[arg(long)]
        uid: Option<String>,
    },
    /// Decline an offer: the proposal goes back to active
    Decline {
        /// Offer id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_offers))]
        offer: String,
        /// Why: rate-too-low, terms-mismatch, schedule-conflict, scope-changed, client-behavior, other
        #[arg(long)]
        reason: Option<OfferDeclineReason>,
        /// A message to the client (no contact information)
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ReceiveArgs {
    /// The proposal the offer is on (id or uid)
    #[arg(long)]
    pub proposal: String,
    #[command(flatten)]
    pub terms: TermsArgs,
    /// Hours a week the client will pay for (hourly offers)
    #[arg(long, value_name = "HOURS", value_parser = clap::value_parser!(i64).range(1..=168))]
    pub weekly_limit: Option<i64>,
    /// When it arrived [default: now]
    #[arg(long, value_name = "RFC3339", value_parser = crate::commands::parse_time)]
    pub received_at: Option<Timestamp>,
    /// A stable key for scripts and imports
    #[arg(long)]
    pub uid: Option<String>,
}

/// R20: records an offer; the proposal becomes offered.
pub fn receive_offer(
    conn: &Connection,
    proposal_id: i64,
    a: &ReceiveArgs,
    now: Timestamp,
) -> Result<i64> {
    let s = settings::load(conn)?;
    let mut p = proposals::get(conn, proposal_id, s.cover_letter_edit_hours)?;
    if !matches!(p.status, ProposalStatus::Submitted | ProposalStatus::Active) {
        return Err(Error::refused(format!(
            "proposal {} is {}: it cannot receive an offer",
            p.id, p.status
        )));
    }
    let received_at = a.received_at.unwrap_or(now);
    let (rate, bid, milestones) = match a.terms.price() {
        Some(price) => {
            let job = jobs::get(conn, p.job_id)?;
            let today = received_at.to_zoned(jiff::tz::TimeZone::UTC).date();
            let t = proposal_rules::settle_terms(job.pay_type, price, p.duration, p.fee_pct, today)
                .map_err(Error::usage)?;
            (t.rate_cents, t.bid_cents, t.milestones)
        }
        None => (p.rate_cents, p.bid_cents, p.milestones.clone()),
    };
    if a.weekly_limit.is_some() && p.pay_type != crate::rules::jobs::PayType::Hourly {
        return Err(Error::usage("--weekly-limit applies to hourly offers only"));
    }
    store::check_uid_free(conn, "offers", "offer", a.uid.as_deref(), None)?;
    let id = offers::insert_offer(
        conn,
        &NewOffer {
            uid: a.uid.as_deref(),
            proposal_id: p.id,
            pay_type: p.pay_type,
            rate_cents: rate,
            bid_cents: bid,
            milestones: &milestones,
            weekly_limit_hours: a.weekly_limit,
            fee_pct: p.fee_pct, // R12: the fee in force at submission stays
            received_at,
            expires_at: offer_rules::offer_expiry(received_at, s.offer_expiry_days),
        },
    )?;
    p.status = ProposalStatus::Offered;
    if p.room_opened_at.is_none() {
        p.room_opened_at = Some(received_at);
    }
    proposals::save(conn, &p)?;
    events::record(
        conn,
        now,
        "offer",
        id,
        "received",
        json!({ "proposal_id": p.id }),
    )?;
    events::record(
        conn,
        now,
        "proposal",
        p.id,
        "offered",
        json!({ "offer_id": id }),
    )?;
    Ok(id)
}

/// R21: accepts an offer, starting a contract; the job's other open proposals are archived.
pub fn accept_offer(
    conn: &Connection,
    offer_id: i64,
    acting: Option<&str>,
    uid: Option<&str>,
    now: Timestamp,
) -> Result<i64> {
    let s = settings::load(conn)?;
    let offer = offers::get_offer(conn, offer_id, now)?;
    offer_rules::check_answerable(offer.stored_status, offer.expires_at, now)
        .map_err(Error::refused)?;
    let mut p = proposals::get(conn, offer.proposal_id, s.cover_letter_edit_hours)?;
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
    store::check_uid_free(conn, "contracts", "contract", uid, None)?;
    offers::answer_offer(
        conn,
        offer.id,
        OfferStatus::Accepted,
        now,
        None,
        None,
        acting,
    )?;
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
    p.status = ProposalStatus::Hired;
    proposals::save(conn, &p)?;
    // R21: the freelancer's other open proposals to the same job are archived.
    for other in proposals::open_for_job(conn, job.id)? {
        if other != p.id {
            conn.prepare_cached("UPDATE proposals SET status = 'archived', status_reason = 'hired on another proposal' WHERE id = ?1")?
                .execute([other])?;
            events::record(
                conn,
                now,
                "proposal",
                other,
                "archived",
                json!({ "hired_on": p.id }),
            )?;
        }
    }
    events::record(
        conn,
        now,
        "offer",
        offer.id,
        "accepted",
        json!({ "contract_id": contract_id, "by": acting }),
    )?;
    events::record(
        conn,
        now,
        "proposal",
        p.id,
        "hired",
        json!({ "contract_id": contract_id }),
    )?;
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
    conn: &Connection,
    offer_id: i64,
    reason: OfferDeclineReason,
    message: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let s = settings::load(conn)?;
    let offer = offers::get_offer(conn, offer_id, now)?;
    offer_rules::check_answerable(offer.stored_status, offer.expires_at, now)
        .map_err(Error::refused)?;
    if reason == OfferDeclineReason::Other && message.is_none_or(|m| m.trim().is_empty()) {
        return Err(Error::usage("--reason other needs a --message saying why"));
    }
    if let Some(m) = message {
        check_texts(&[("a decline message", m)])?;
    }
    offers::answer_offer(
        conn,
        offer.id,
        OfferStatus::Declined,
        now,
        Some(reason),
        message,
        None,
    )?;
    let mut p = proposals::get(conn, offer.proposal_id, s.cover_letter_edit_hours)?;
    p.status = ProposalStatus::Active;
    proposals::save(conn, &p)?;
    events::record(
        conn,
        now,
        "offer",
        offer.id,
        "declined",
        json!({ "reason": reason }),
    )?;
    events::record(
        conn,
        now,
        "proposal",
        p.id,
        "reactivated",
        json!({ "offer_id": offer.id }),
    )?;
    Ok(())
}

pub fn run(ctx: &mut Ctx, args: OffersArgs) -> Result<()> {
    let now = ctx.now;
    match args.command {
        OffersCommand::Receive(a) => {
            let offer = ctx.write(|tx| {
                let pid = store::resolve(tx, "proposals", "proposal", &a.proposal)?;
                let id = receive_offer(tx, pid, &a, now)?;
                offers::get_offer(tx, id, now)
            })?;
            ctx.out.record(&offer)
        }
        OffersCommand::List { status, limit } => {
            let (conn, out) = ctx.reader()?;
            let mut q = offers::offers_select();
            match status {
                Some(OfferStatus::Expired) => {
                    q.filter(
                        "o.status = 'open' AND o.expires_at <= ?",
                        [v(now.to_string())],
                    );
                }
                Some(OfferStatus::Open) => {
                    q.filter(
                        "o.status = 'open' AND o.expires_at > ?",
                        [v(now.to_string())],
                    );
                }
                Some(s) => {
                    q.filter("o.status = ?", [v(s.as_str().to_string())]);
                }
                None => {}
            }
            q.limit(limit);
            let mut list = out.list::<Offer>()?;
            offers::each_offer(conn, &q, now, |o| list.push(&o))?;
            list.finish()
        }
        OffersCommand::Show { offer } => {
            let (conn, out) = ctx.reader()?;
            let id = store::resolve(conn, "offers", "offer", &offer)?;
            out.record(&offers::get_offer(conn, id, now)?)
        }
        OffersCommand::Accept {
            offer,
            as_member,
            uid,
        } => {
            if ctx.interactive && !ctx.yes && !ctx.dry_run {
                prompt::confirm(&format!("Accept offer {offer} and start the contract?"))?;
            }
            let contract: Contract = ctx.write(|tx| {
                let id = store::resolve(tx, "offers", "offer", &offer)?;
                let cid = accept_offer(tx, id, as_member.as_deref(), uid.as_deref(), now)?;
                offers::get_contract(tx, cid)
            })?;
            ctx.out.record(&contract)
        }
        OffersCommand::Decline {
            offer,
            reason,
            message,
        } => {
            let reason = prompt::reason(
                reason,
                ctx.interactive,
                "Why are you declining the offer?",
                OfferDeclineReason::as_str,
                "a reason",
            )?;
            if ctx.interactive && !ctx.yes && !ctx.dry_run {
                prompt::confirm(&format!("Decline offer {offer}?"))?;
            }
            let o = ctx.write(|tx| {
                let id = store::resolve(tx, "offers", "offer", &offer)?;
                decline_offer(tx, id, reason, message.as_deref(), now)?;
                offers::get_offer(tx, id, now)
            })?;
            ctx.out.record(&o)
        }
    }
}
