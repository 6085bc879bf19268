//! Connects: the monthly grant, purchases and other spends (R50, R54).

use crate::store::db::Db;
use jiff::Timestamp;
use jiff::civil::Date;
use serde_json::json;

use crate::error::{Error, Result};
use crate::rules::connects::{LedgerKind, monthly_allowance};
use crate::store::connects::{self, Account};
use crate::store::{events, settings};

/// R50: grants the plan's allowance for `month` (the current one by default).
pub fn grant(conn: &Db, account: Account, month: Option<Date>, now: Timestamp) -> Result<i64> {
    let utc = jiff::tz::TimeZone::UTC;
    let this_month = now.to_zoned(utc.clone()).date().first_of_month();
    let month = month.unwrap_or(this_month);
    if month > this_month {
        return Err(Error::refused(format!(
            "{} has not started yet",
            month.strftime("%Y-%m")
        )));
    }
    // A past month's allowance was issued at that month's start, so it expires a year later.
    let issued_at = if month == this_month {
        now
    } else {
        month
            .to_zoned(utc)
            .map_err(|e| Error::internal(e.to_string()))?
            .timestamp()
    };
    let plan = settings::load(conn)?.plan;
    let amount = monthly_allowance(plan);
    let label = month.strftime("%Y-%m").to_string();
    let id = connects::issue(
        conn,
        account,
        LedgerKind::Grant,
        amount,
        Some(&label),
        &format!("monthly allowance for {label} ({plan} plan)"),
        None,
        issued_at,
    )?;
    events::record(
        conn,
        now,
        "connects",
        id,
        "granted",
        json!({ "amount": amount, "month": label }),
    )?;
    Ok(id)
}

/// R50: buys `count` Connects at the configured price.
pub fn buy(conn: &Db, account: Account, count: i64, now: Timestamp) -> Result<i64> {
    let price = settings::load(conn)?.connects_price_cents;
    let id = connects::issue(
        conn,
        account,
        LedgerKind::Purchase,
        count,
        None,
        &format!("bought {count} Connects"),
        Some(count * price),
        now,
    )?;
    events::record(
        conn,
        now,
        "connects",
        id,
        "bought",
        json!({ "amount": count, "cost_cents": count * price }),
    )?;
    Ok(id)
}

/// R54: Connects spent on something other than a proposal; returns the ledger row's id.
pub fn spend_other(
    conn: &Db,
    account: Account,
    what: crate::rules::connects::SpendFor,
    count: i64,
    now: Timestamp,
) -> Result<i64> {
    connects::ensure_balance(conn, account, count, 0, now)?;
    let id = connects::spend(conn, account, count, &format!("{what}"), None, now)?
        .ok_or_else(|| Error::usage("spend at least 1 Connect"))?;
    events::record(
        conn,
        now,
        "connects",
        id,
        "spent",
        json!({ "amount": count, "for": what }),
    )?;
    Ok(id)
}
