//! `lancer catalog add|list|order` (R43): fixed-price services a client buys directly.

use clap::{Args, Subcommand};
use serde_json::json;

use crate::app::catalog::order;
use crate::commands::{Ctx, parse_nonempty};
use crate::error::Result;
use crate::rules::money::{BID_MAX, BID_MIN, Cents};
use crate::store::offers::{self, CatalogProject};
use crate::store::{self, events, profiles};

#[derive(Debug, Args)]
#[command(after_help = "\
A catalog project is a fixed-price service. When a client orders one, a contract starts at
once and no Connects are spent.

Examples:
  lancer catalog add \"Rust code review (up to 2k lines)\" --price 250 --delivery-days 3
  lancer catalog list
  lancer catalog order 1 --client acme")]
pub struct CatalogArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<CatalogCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Offer a fixed-price project in your catalog
    Add {
        /// Its title
        #[arg(value_parser = parse_nonempty)]
        title: String,
        /// Its price (5.00 to 1,000,000.00)
        #[arg(long, value_name = "AMOUNT", value_parser = parse_price, allow_negative_numbers = true)]
        price: Cents,
        /// Days to deliver
        #[arg(long, value_name = "N", default_value_t = 7, value_parser = clap::value_parser!(i64).range(1..=365))]
        delivery_days: i64,
        /// What the client gets
        #[arg(long, value_name = "TEXT", default_value = "")]
        description: String,
        /// The profile it is offered from (id, uid, name or `general`)
        #[arg(long)]
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profiles))]
        profile: Option<String>,
        /// A stable key for scripts and imports
        #[arg(long)]
        uid: Option<String>,
    },
    /// List catalog projects
    #[command(visible_alias = "ls")]
    List {
        /// At most this many rows
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Record a client's order: a contract starts, no Connects spent
    Order {
        /// Catalog project id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::catalog))]
        project: String,
        /// The client ordering it (id or uid)
        #[arg(long)]
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::clients))]
        client: String,
        /// A stable key for the new contract
        #[arg(long)]
        uid: Option<String>,
    },
}

fn parse_price(text: &str) -> std::result::Result<Cents, String> {
    Cents::parse_in(text, "price", BID_MIN, BID_MAX)
}

pub fn run(ctx: &mut Ctx, args: CatalogArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        CatalogCommand::Add {
            title,
            price,
            delivery_days,
            description,
            profile,
            uid,
        } => {
            let project = ctx.write(|tx| {
                store::check_uid_free(
                    tx,
                    "catalog_projects",
                    "catalog project",
                    uid.as_deref(),
                    None,
                )?;
                let profile_id = match &profile {
                    Some(p) => Some(profiles::find(tx, p)?.id),
                    None => None,
                };
                let c = CatalogProject {
                    id: 0,
                    uid: uid.clone(),
                    title: title.clone(),
                    description: description.clone(),
                    price_cents: price.0,
                    delivery_days,
                    profile_id,
                    created_at: now,
                };
                let id = offers::insert_catalog(tx, &c)?;
                events::record(
                    tx,
                    now,
                    "catalog",
                    id,
                    "added",
                    json!({ "title": title, "price_cents": price.0 }),
                )?;
                offers::get_catalog(tx, id)
            })?;
            ctx.out.record(&project)
        }
        CatalogCommand::List { limit } => {
            let (conn, out) = ctx.reader()?;
            let mut q = offers::catalog_select();
            q.limit(out.sql_limit(limit));
            let mut list = out.list::<CatalogProject>()?;
            offers::each_catalog(conn, &q, |c| list.push(&c))?;
            list.finish()
        }
        CatalogCommand::Order {
            project,
            client,
            uid,
        } => {
            let contract = ctx.write(|tx| {
                let pid = store::resolve(tx, "catalog_projects", "catalog project", &project)?;
                let client_id = store::resolve(tx, "clients", "client", &client)?;
                let id = order(tx, pid, client_id, uid.as_deref(), now)?;
                offers::get_contract(tx, id)
            })?;
            ctx.out.record(&contract)
        }
    }
}
