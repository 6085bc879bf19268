//! `lancer connects balance|history|buy|grant|spend` (R50–R55).

use clap::{Args, Subcommand};
use jiff::Timestamp;
use jiff::civil::Date;
use serde_json::json;

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::rules::connects::{LedgerKind, SpendFor, monthly_allowance};
use crate::store::connects::{self, Account, Balance, HistoryFilter, LedgerEntry};
use crate::store::{agencies, events, settings};

#[derive(Debug, Args)]
#[command(after_help = "\
Connects come in lots: a monthly grant (10 on the basic plan, 100 on plus) or a purchase.
Each lot expires 365 days after it was issued, and spending draws on the lot that expires
first. The balance never goes below zero: an action that costs more than it is refused.

Examples:
  lancer connects grant                     this month's allowance
  lancer connects buy 40
  lancer connects balance --json
  lancer connects spend --for availability-badge 5
  lancer connects history --kind spend")]
pub struct ConnectsArgs {
    #[command(subcommand)]
    pub command: ConnectsCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConnectsCommand {
    /// The balance and the lots it is made of
    Balance(AccountArgs),
    /// Every change of the balance, oldest first
    History {
        #[command(flatten)]
        account: AccountArgs,
        /// Only rows of this kind
        #[arg(long)]
        kind: Option<LedgerKind>,
        /// At most this many rows
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Buy whole Connects at the configured price
    Buy {
        /// How many (1 to 10000)
        #[arg(value_parser = clap::value_parser!(i64).range(1..=10_000))]
        count: i64,
        #[command(flatten)]
        account: AccountArgs,
    },
    /// Record the plan's monthly allowance (once per month)
    Grant {
        /// The month, YYYY-MM [default: the current month]
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
        month: Option<Date>,
        #[command(flatten)]
        account: AccountArgs,
    },
    /// Spend Connects on something other than a proposal
    Spend {
        /// What for
        #[arg(long = "for", value_name = "WHAT")]
        what: SpendFor,
        /// How many (1 to 1000)
        #[arg(value_parser = clap::value_parser!(i64).range(1..=1_000))]
        count: i64,
        #[command(flatten)]
        account: AccountArgs,
    },
}

#[derive(Debug, Args, Clone)]
pub struct AccountArgs {
    /// An agency's shared pool instead of your own Connects
    #[arg(long, value_name = "AGENCY")]
    pub agency: Option<String>,
}

fn parse_month(text: &str) -> std::result::Result<Date, String> {
    format!("{}-01", text.trim())
        .parse::<Date>()
        .map_err(|_| format!("invalid month '{text}': use YYYY-MM, e.g. 2026-03"))
}

fn account(conn: &rusqlite::Connection, a: &AccountArgs) -> Result<Account> {
    match &a.agency {
        Some(key) => Ok(Some(agencies::find(conn, key)?.id)),
        None => Ok(None),
    }
}

/// R50: grants the plan's allowance for `month` (the current one by default).
pub fn grant(
    conn: &rusqlite::Connection,
    account: Account,
    month: Option<Date>,
    now: Timestamp,
) -> Result<i64> {
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
    Ok(amount)
}

/// R50: buys `count` Connects at the configured price.
pub fn buy(
    conn: &rusqlite::Connection,
    account: Account,
    count: i64,
    now: Timestamp,
) -> Result<()> {
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
    Ok(())
}

pub fn run(ctx: &mut Ctx, args: ConnectsArgs) -> Result<()> {
    let now = ctx.now;
    let balance_after = |ctx: &mut Ctx,
                         acct_args: &AccountArgs,
                         f: &dyn Fn(&rusqlite::Connection, Account) -> Result<()>|
     -> Result<Balance> {
        ctx.write(|tx| {
            let acct = account(tx, acct_args)?;
            connects::expire_due(tx, acct, now)?;
            f(tx, acct)?;
            connects::balance_view(tx, acct, now)
        })
    };
    match args.command {
        ConnectsCommand::Balance(a) => {
            // Expiring lots is a change (new ledger rows), so it runs as a write.
            let b = balance_after(ctx, &a, &|_, _| Ok(()))?;
            ctx.out.record(&b)
        }
        ConnectsCommand::History {
            account: a,
            kind,
            limit,
        } => {
            let (conn, out) = ctx.reader()?;
            let filter = HistoryFilter {
                account: Some(account(conn, &a)?),
                kind,
                limit,
            };
            let mut list = out.list::<LedgerEntry>()?;
            connects::history(conn, &filter, |e| list.push(&e))?;
            list.finish()
        }
        ConnectsCommand::Buy { count, account: a } => {
            let b = balance_after(ctx, &a, &|tx, acct| buy(tx, acct, count, now))?;
            ctx.out.record(&b)
        }
        ConnectsCommand::Grant { month, account: a } => {
            let b = balance_after(ctx, &a, &|tx, acct| grant(tx, acct, month, now).map(|_| ()))?;
            ctx.out.record(&b)
        }
        ConnectsCommand::Spend {
            what,
            count,
            account: a,
        } => {
            let b = balance_after(ctx, &a, &|tx, acct| {
                let id = connects::spend(tx, acct, count, &format!("{what}"), None, now)?;
                if let Some(id) = id {
                    events::record(
                        tx,
                        now,
                        "connects",
                        id,
                        "spent",
                        json!({ "amount": count, "for": what }),
                    )?;
                }
                Ok(())
            })?;
            ctx.out.record(&b)
        }
    }
}
