//! Offers, the contracts they start, and catalog projects.

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::jobs::PayType;
use crate::rules::money::Cents;
use crate::rules::offers::{ContractStatus, OfferDeclineReason, OfferStatus, shown_status};
use crate::rules::proposals::{Milestone, fee_breakdown};
use crate::store::Select;

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Offer {
    pub id: i64,
    pub uid: Option<String>,
    pub proposal_id: i64,
    pub job_id: i64,
    pub job_title: String,
    pub status: OfferStatus,
    pub pay_type: PayType,
    pub rate_cents: Option<i64>,
    pub bid_cents: Option<i64>,
    pub milestones: Vec<Milestone>,
    pub weekly_limit_hours: Option<i64>,
    pub fee_pct: i64,
    pub fee_cents: i64,
    pub receive_cents: i64,
    pub received_at: Timestamp,
    pub expires_at: Timestamp,
    pub responded_at: Option<Timestamp>,
    pub decline_reason: Option<OfferDeclineReason>,
    pub decline_message: Option<String>,
    pub accepted_by: Option<String>,
    pub contract_id: Option<i64>,
    pub created_at: Timestamp,
    #[serde(skip)]
    pub stored_status: OfferStatus,
}

impl Record for Offer {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "proposal_id",
        "job_id",
        "job_title",
        "status",
        "pay_type",
        "rate_cents",
        "bid_cents",
        "milestones",
        "weekly_limit_hours",
        "fee_pct",
        "fee_cents",
        "receive_cents",
        "received_at",
        "expires_at",
        "responded_at",
        "decline_reason",
        "decline_message",
        "accepted_by",
        "contract_id",
        "created_at",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "proposal_id",
        "job_title",
        "status",
        "rate_cents",
        "bid_cents",
        "received_at",
        "expires_at",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

const OFFER_SELECT: &str = "SELECT o.id, o.uid, o.proposal_id, p.job_id, j.title, o.status, o.pay_type, \
    o.rate_cents, o.bid_cents, o.milestones, o.weekly_limit_hours, o.fee_pct, o.received_at, o.expires_at, \
    o.responded_at, o.decline_reason, o.decline_message, o.accepted_by, \
    (SELECT c.id FROM contracts c WHERE c.offer_id = o.id), o.created_at \
    FROM offers o JOIN proposals p ON p.id = o.proposal_id JOIN jobs j ON j.id = p.job_id";

fn offer_from_row(r: &Row<'_>, now: Timestamp) -> rusqlite::Result<Offer> {
    let rate_cents: Option<i64> = r.get(7)?;
    let bid_cents: Option<i64> = r.get(8)?;
    let fee_pct: i64 = r.get(11)?;
    let fees = fee_breakdown(Cents(rate_cents.or(bid_cents).unwrap_or(0)), fee_pct);
    let stored: OfferStatus = r.get(5)?;
    let expires_at: Timestamp = r.get(13)?;
    Ok(Offer {
        id: r.get(0)?,
        uid: r.get(1)?,
        proposal_id: r.get(2)?,
        job_id: r.get(3)?,
        job_title: r.get(4)?,
        status: shown_status(stored, expires_at, now),
        pay_type: r.get(6)?,
        rate_cents,
        bid_cents,
        milestones: serde_json::from_value(r.get(9)?).unwrap_or_default(),
        weekly_limit_hours: r.get(10)?,
        fee_pct,
        fee_cents: fees.fee_cents,
        receive_cents: fees.receive_cents,
        received_at: r.get(12)?,
        expires_at,
        responded_at: r.get(14)?,
        decline_reason: r.get(15)?,
        decline_message: r.get(16)?,
        accepted_by: r.get(17)?,
        contract_id: r.get(18)?,
        created_at: r.get(19)?,
        stored_status: stored,
    })
}

pub fn get_offer(conn: &Db, id: i64, now: Timestamp) -> Result<Offer> {
    conn.prepare_cached(&format!("{OFFER_SELECT} WHERE o.id = ?1"))?
        .query_row([id], |r| offer_from_row(r, now))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no offer {id}")),
            e => e.into(),
        })
}

/// The first offer on a proposal, if any.
pub fn first_for(conn: &Db, proposal_id: i64, now: Timestamp) -> Result<Option<Offer>> {
    Ok(conn
        .prepare_cached(&format!(
            "{OFFER_SELECT} WHERE o.proposal_id = ?1 ORDER BY o.received_at, o.id LIMIT 1"
        ))?
        .query_row([proposal_id], |r| offer_from_row(r, now))
        .optional()?)
}

/// The newest offer on a proposal, if any.
pub fn latest_for(conn: &Db, proposal_id: i64, now: Timestamp) -> Result<Option<Offer>> {
    Ok(conn
        .prepare_cached(&format!(
            "{OFFER_SELECT} WHERE o.proposal_id = ?1 ORDER BY o.id DESC LIMIT 1"
        ))?
        .query_row([proposal_id], |r| offer_from_row(r, now))
        .optional()?)
}

/// When the proposal's latest offer ended: answered or withdrawn (`responded_at`), or expired.
pub fn previous_end(conn: &Db, proposal_id: i64) -> Result<Option<Timestamp>> {
    Ok(conn
        .prepare_cached(
            "SELECT max(CASE WHEN responded_at < expires_at THEN responded_at ELSE expires_at END) \
             FROM offers WHERE proposal_id = ?1",
        )?
        .query_row([proposal_id], |r| r.get(0))?)
}

pub struct NewOffer<'a> {
    pub uid: Option<&'a str>,
    pub proposal_id: i64,
    pub pay_type: PayType,
    pub rate_cents: Option<i64>,
    pub bid_cents: Option<i64>,
    pub milestones: &'a [Milestone],
    pub weekly_limit_hours: Option<i64>,
    pub fee_pct: i64,
    pub received_at: Timestamp,
    pub expires_at: Timestamp,
}

pub fn insert_offer(conn: &Db, o: &NewOffer<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO offers (uid, proposal_id, pay_type, rate_cents, bid_cents, milestones, weekly_limit_hours, \
         fee_pct, received_at, expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)",
    )?
    .execute(params![
        o.uid, o.proposal_id, o.pay_type, o.rate_cents, o.bid_cents, serde_json::to_value(o.milestones).unwrap_or_default(),
        o.weekly_limit_hours, o.fee_pct, o.received_at, o.expires_at
    ])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn answer_offer(
    conn: &Db,
    id: i64,
    status: OfferStatus,
    at: Timestamp,
    reason: Option<OfferDeclineReason>,
    message: Option<&str>,
    accepted_by: Option<&str>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE offers SET status = ?2, responded_at = ?3, decline_reason = ?4, decline_message = ?5, \
         accepted_by = ?6 WHERE id = ?1",
    )?
    .execute(params![id, status, at, reason, message, accepted_by])?;
    Ok(())
}

pub fn offers_select() -> Select {
    Select::new(OFFER_SELECT, "o.id")
}

pub fn each_offer(
    conn: &Db,
    q: &Select,
    now: Timestamp,
    f: impl FnMut(Offer) -> Result<()>,
) -> Result<()> {
    q.each(conn, |r| offer_from_row(r, now), f)
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Contract {
    pub id: i64,
    pub uid: Option<String>,
    pub offer_id: Option<i64>,
    pub proposal_id: Option<i64>,
    pub catalog_id: Option<i64>,
    pub client_id: i64,
    pub job_id: Option<i64>,
    pub title: String,
    pub status: ContractStatus,
    pub pay_type: PayType,
    pub rate_cents: Option<i64>,
    pub bid_cents: Option<i64>,
    pub milestones: Vec<Milestone>,
    pub weekly_limit_hours: Option<i64>,
    pub fee_pct: i64,
    pub fee_cents: i64,
    pub receive_cents: i64,
    pub started_at: Timestamp,
    pub ended_at: Option<Timestamp>,
    pub end_reason: Option<String>,
    pub created_at: Timestamp,
}

impl Record for Contract {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "offer_id",
        "proposal_id",
        "catalog_id",
        "client_id",
        "job_id",
        "title",
        "status",
        "pay_type",
        "rate_cents",
        "bid_cents",
        "milestones",
        "weekly_limit_hours",
        "fee_pct",
        "fee_cents",
        "receive_cents",
        "started_at",
        "ended_at",
        "end_reason",
        "created_at",
    ];
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "status",
        "pay_type",
        "rate_cents",
        "bid_cents",
        "receive_cents",
        "started_at",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

const CONTRACT_SELECT: &str = "SELECT id, uid, offer_id, proposal_id, catalog_id, client_id, job_id, title, status, \
    pay_type, rate_cents, bid_cents, milestones, weekly_limit_hours, fee_pct, started_at, ended_at, end_reason, \
    created_at FROM contracts";

fn contract_from_row(r: &Row<'_>) -> rusqlite::Result<Contract> {
    let rate_cents: Option<i64> = r.get(10)?;
    let bid_cents: Option<i64> = r.get(11)?;
    let fee_pct: i64 = r.get(14)?;
    let fees = fee_breakdown(Cents(rate_cents.or(bid_cents).unwrap_or(0)), fee_pct);
    Ok(Contract {
        id: r.get(0)?,
        uid: r.get(1)?,
        offer_id: r.get(2)?,
        proposal_id: r.get(3)?,
        catalog_id: r.get(4)?,
        client_id: r.get(5)?,
        job_id: r.get(6)?,
        title: r.get(7)?,
        status: r.get(8)?,
        pay_type: r.get(9)?,
        rate_cents,
        bid_cents,
        milestones: serde_json::from_value(r.get(12)?).unwrap_or_default(),
        weekly_limit_hours: r.get(13)?,
        fee_pct,
        fee_cents: fees.fee_cents,
        receive_cents: fees.receive_cents,
        started_at: r.get(15)?,
        ended_at: r.get(16)?,
        end_reason: r.get(17)?,
        created_at: r.get(18)?,
    })
}

pub fn get_contract(conn: &Db, id: i64) -> Result<Contract> {
    conn.prepare_cached(&format!("{CONTRACT_SELECT} WHERE id = ?1"))?
        .query_row([id], contract_from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no contract {id}")),
            e => e.into(),
        })
}

pub struct NewContract<'a> {
    pub uid: Option<&'a str>,
    pub offer_id: Option<i64>,
    pub proposal_id: Option<i64>,
    pub catalog_id: Option<i64>,
    pub client_id: i64,
    pub job_id: Option<i64>,
    pub title: &'a str,
    pub pay_type: PayType,
    pub rate_cents: Option<i64>,
    pub bid_cents: Option<i64>,
    pub milestones: &'a [Milestone],
    pub weekly_limit_hours: Option<i64>,
    pub fee_pct: i64,
    pub started_at: Timestamp,
}

pub fn insert_contract(conn: &Db, c: &NewContract<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO contracts (uid, offer_id, proposal_id, catalog_id, client_id, job_id, title, pay_type, \
         rate_cents, bid_cents, milestones, weekly_limit_hours, fee_pct, started_at, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
    )?
    .execute(params![
        c.uid, c.offer_id, c.proposal_id, c.catalog_id, c.client_id, c.job_id, c.title, c.pay_type, c.rate_cents,
        c.bid_cents, serde_json::to_value(c.milestones).unwrap_or_default(), c.weekly_limit_hours, c.fee_pct,
        c.started_at
    ])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn end_contract(
    conn: &Db,
    id: i64,
    status: ContractStatus,
    at: Timestamp,
    reason: Option<&str>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE contracts SET status = ?2, ended_at = ?3, end_reason = ?4 WHERE id = ?1",
    )?
    .execute(params![id, status, at, reason])?;
    Ok(())
}

/// An open offer: (offer id, proposal id, expires at).
pub type OpenOffer = (i64, i64, Timestamp);

/// The open offers on a job's proposals, expired or not (R6).
pub fn open_for_job(conn: &Db, job_id: i64) -> Result<Vec<OpenOffer>> {
    Ok(conn
        .prepare_cached(
            "SELECT o.id, o.proposal_id, o.expires_at FROM offers o JOIN proposals p ON p.id = o.proposal_id \
             WHERE p.job_id = ?1 AND o.status = 'open' ORDER BY o.id",
        )?
        .query_map([job_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Open offers whose expiry has passed by `now` but is not recorded yet (R20).
pub fn due_to_expire(conn: &Db, now: Timestamp) -> Result<Vec<OpenOffer>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, proposal_id, expires_at FROM offers WHERE status = 'open' AND expires_at <= ?1 \
             ORDER BY expires_at, id",
        )?
        .query_map([now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Records that an open offer lapsed unanswered: expired or withdrawn by the client.
pub fn set_lapsed(conn: &Db, id: i64, status: OfferStatus) -> Result<()> {
    conn.prepare_cached("UPDATE offers SET status = ?2 WHERE id = ?1")?
        .execute(params![id, status])?;
    Ok(())
}

/// R22: has a contract started from this proposal? Then its room may carry contact details.
/// Had the proposal's contract started by `at`?
pub fn contract_started(conn: &Db, proposal_id: i64, at: Timestamp) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM contracts WHERE proposal_id = ?1 AND started_at <= ?2")?
        .query_row(params![proposal_id, at], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn contracts_select() -> Select {
    Select::new(CONTRACT_SELECT, "id")
}

pub fn each_contract(conn: &Db, q: &Select, f: impl FnMut(Contract) -> Result<()>) -> Result<()> {
    q.each(conn, contract_from_row, f)
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct CatalogProject {
    pub id: i64,
    pub uid: Option<String>,
    pub title: String,
    pub description: String,
    pub price_cents: i64,
    pub delivery_days: i64,
    pub profile_id: Option<i64>,
    pub created_at: Timestamp,
}

impl Record for CatalogProject {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uid",
        "title",
        "description",
        "price_cents",
        "delivery_days",
        "profile_id",
        "created_at",
    ];
    const COLUMNS: &'static [&'static str] =
        &["id", "uid", "title", "price_cents", "delivery_days"];
    fn id(&self) -> i64 {
        self.id
    }
}

const CATALOG_SELECT: &str = "SELECT id, uid, title, description, price_cents, delivery_days, profile_id, created_at FROM catalog_projects";

fn catalog_from_row(r: &Row<'_>) -> rusqlite::Result<CatalogProject> {
    Ok(CatalogProject {
        id: r.get(0)?,
        uid: r.get(1)?,
        title: r.get(2)?,
        description: r.get(3)?,
        price_cents: r.get(4)?,
        delivery_days: r.get(5)?,
        profile_id: r.get(6)?,
        created_at: r.get(7)?,
    })
}

pub fn get_catalog(conn: &Db, id: i64) -> Result<CatalogProject> {
    conn.prepare_cached(&format!("{CATALOG_SELECT} WHERE id = ?1"))?
        .query_row([id], catalog_from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => {
                Error::not_found(format!("no catalog project {id}"))
            }
            e => e.into(),
        })
}

pub fn insert_catalog(conn: &Db, c: &CatalogProject) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO catalog_projects (uid, title, description, price_cents, delivery_days, profile_id, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![c.uid, c.title, c.description, c.price_cents, c.delivery_days, c.profile_id, c.created_at])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn catalog_select() -> Select {
    Select::new(CATALOG_SELECT, "id")
}

pub fn each_catalog(
    conn: &Db,
    q: &Select,
    f: impl FnMut(CatalogProject) -> Result<()>,
) -> Result<()> {
    q.each(conn, catalog_from_row, f)
}

/// Every contract (in one status, if given), oldest first.
pub fn list_contracts(
    conn: &Db,
    status: Option<ContractStatus>,
    limit: Option<u64>,
    f: impl FnMut(Contract) -> Result<()>,
) -> Result<()> {
    let mut q = contracts_select();
    if let Some(s) = status {
        q.filter("status = ?", [crate::store::v(s.as_str().to_string())]);
    }
    q.limit(limit);
    each_contract(conn, &q, f)
}

/// Every offer (in one status as of `now`, if given), oldest first.
pub fn list_offers(
    conn: &Db,
    status: Option<OfferStatus>,
    limit: Option<u64>,
    now: Timestamp,
    f: impl FnMut(Offer) -> Result<()>,
) -> Result<()> {
    use crate::store::v;
    let mut q = offers_select();
    match status {
        // R20: an open offer past its expiry is expired as of now, recorded or not.
        Some(OfferStatus::Expired) => {
            q.filter(
                "(o.status = 'expired' OR (o.status = 'open' AND o.expires_at <= ?))",
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
    each_offer(conn, &q, now, f)
}
