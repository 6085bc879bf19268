//! `lancer connects balance|history|buy|grant|spend` (R50–R55).

use crate::store::db::Db;
use clap::{Args, Subcommand};
use jiff::civil::Date;
use serde::Serialize;

use crate::app::connects::{buy, grant, spend_other};
use crate::commands::Ctx;
use crate::error::Result;
use crate::output::Record;
use crate::rules::connects::{LedgerKind, SpendFor};
use crate::store::agencies;
use crate::store::connects::{self, Account, Balance, HistoryFilter, LedgerEntry};

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
    pub command: crate::cli::Lazy<ConnectsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ConnectsCommand {
    /// The balance and the lots it is made of
    Balance(AccountArgs),
    /// Every change of the balance, newest first (as `log`)
    History {
        #[command(flatten)]
        account: AccountArgs,
        /// Only rows of this kind
        #[arg(long)]
        kind: Option<LedgerKind>,
        /// Oldest first instead of newest first
        #[arg(long)]
        oldest_first: bool,
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
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::agencies))]
    pub agency: Option<String>,
}

fn parse_month(text: &str) -> std::result::Result<Date, String> {
    format!("{}-01", text.trim())
        .parse::<Date>()
        .map_err(|_| format!("invalid month '{text}': use YYYY-MM, e.g. 2026-03"))
}

fn account(conn: &Db, a: &AccountArgs) -> Result<Account> {
    match &a.agency {
        Some(key) => Ok(Some(agencies::find(conn, key)?.id)),
        None => Ok(None),
    }
}

/// A change of the Connects balance: the ledger row it wrote and the balance after it.
#[derive(Debug, Serialize)]
pub struct ConnectsChange {
    /// The ledger row written.
    pub ledger_id: i64,
    #[serde(flatten)]
    pub balance: Balance,
}

impl Record for ConnectsChange {
    const FIELDS: &'static [&'static str] = &["ledger_id", "account", "balance", "lots"];
    const COLUMNS: &'static [&'static str] = &["ledger_id", "account", "balance", "lots"];
    fn id(&self) -> i64 {
        self.ledger_id
    }
}

pub fn run(ctx: &mut Ctx, args: ConnectsArgs) -> Result<()> {
    let now = ctx.now;
    let change = |ctx: &mut Ctx,
                  acct_args: &AccountArgs,
                  f: &dyn Fn(&Db, Account) -> Result<i64>|
     -> Result<()> {
        let outcome = ctx.write(|tx| {
            let acct = account(tx, acct_args)?;
            let ledger_id = f(tx, acct)?;
            Ok(ConnectsChange {
                ledger_id,
                balance: connects::balance_view(tx, acct, now)?,
            })
        })?;
        ctx.out.record(&outcome)
    };
    match args.command.0 {
        ConnectsCommand::Balance(a) => {
            // A read: lots that expired by now are left out without writing anything (I9).
            let (conn, out) = ctx.reader()?;
            let acct = account(conn, &a)?;
            out.record(&connects::balance_view(conn, acct, now)?)
        }
        ConnectsCommand::History {
            account: a,
            kind,
            limit,
            oldest_first,
        } => {
            let (conn, out) = ctx.reader()?;
            let filter = HistoryFilter {
                account: Some(account(conn, &a)?),
                kind,
                limit: out.sql_limit(limit),
                oldest_first,
            };
            let mut list = out.list::<LedgerEntry>()?;
            connects::history(conn, &filter, now, |e| list.push(&e))?;
            list.finish()
        }
        ConnectsCommand::Buy { count, account: a } => {
            change(ctx, &a, &|tx, acct| buy(tx, acct, count, now))
        }
        ConnectsCommand::Grant { month, account: a } => {
            change(ctx, &a, &|tx, acct| grant(tx, acct, month, now))
        }
        ConnectsCommand::Spend {
            what,
            count,
            account: a,
        } => change(ctx, &a, &|tx, acct| spend_other(tx, acct, what, count, now)),
    }
}
