//! `lancer offers receive|list|show|accept|decline` (R20, R21) and the contracts they start.

use clap::{Args, Subcommand};
use jiff::Timestamp;

use crate::app::offers::{OfferTerms, accept_offer, decline_offer, receive_offer};
use crate::commands::Ctx;
use crate::commands::proposals::TermsArgs;
use crate::error::Result;
use crate::prompt;
use crate::rules::offers::{OfferDeclineReason, OfferStatus};
use crate::store::offers::{self, Contract, Offer};
use crate::store::{self};

#[derive(Debug, Args)]
#[command(after_help = "\
An offer's terms default to the proposal's. Offers expire 7 days after they arrive (setting
offer-expiry-days). Accepting starts a contract; in an agency only its business manager may
accept (the owner when there is none). Declining puts the proposal back to active.

Examples:
  lancer offers receive --proposal 3 --weekly-limit 20
  lancer offers list --status open
  lancer offer show 1
  lancer offer accept 1
  lancer offer accept 2 --as \"Sam Ortiz\"
  lancer offer decline 1 --reason rate-too-low --message \"My rate for this scope is $60\"")]
pub struct OffersArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<OffersCommand>,
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
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::all_offers))]
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
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::live_proposals))]
    pub proposal: String,
    #[command(flatten)]
    pub terms: TermsArgs,
    /// Hours a week the client will pay for (hourly offers)
    #[arg(long, value_name = "HOURS", value_parser = clap::value_parser!(i64).range(1..=168))]
    pub weekly_limit: Option<i64>,
    /// When it arrived (a date, RFC 3339, 2h ago…) [default: now]
    #[arg(long, value_name = "WHEN", value_parser = crate::commands::parse_time)]
    pub received_at: Option<Timestamp>,
    /// A stable key for scripts and imports
    #[arg(long)]
    pub uid: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: OffersArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        OffersCommand::Receive(a) => {
            let offer = ctx.write(|tx| {
                let pid = store::resolve(tx, "proposals", "proposal", &a.proposal)?;
                let terms = OfferTerms {
                    price: a.terms.price(),
                    weekly_limit: a.weekly_limit,
                    received_at: a.received_at,
                    uid: a.uid.clone(),
                };
                let id = receive_offer(tx, pid, &terms, now)?;
                offers::get_offer(tx, id, now)
            })?;
            ctx.out.record(&offer)
        }
        OffersCommand::List { status, limit } => {
            let (conn, out) = ctx.reader()?;
            let mut list = out.list::<Offer>()?;
            offers::list_offers(conn, status, out.sql_limit(limit), now, |o| list.push(&o))?;
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
