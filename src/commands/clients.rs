//! `lancer clients add|list|show|edit`.

use clap::{Args, Subcommand};
use jiff::civil::Date;
use serde_json::json;

use crate::commands::{Ctx, parse_date, parse_money, parse_nonempty};
use crate::error::Result;
use crate::rules::money::{Cents, parse_hundredths};
use crate::store::{self, clients, clients::Client, events};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  lancer clients add \"Acme Corp\" --uid acme --country US --rating 4.92 --reviews 31 \\
      --hire-rate 80 --total-spent 125000 --avg-hourly-paid 48.50 --payment-verified
  lancer clients list --sort spent --limit 10
  lancer client show acme --json
  lancer client edit acme --rating 4.95 --feedback \"Clear brief, paid on time\"")]
pub struct ClientsArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<ClientsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ClientsCommand {
    /// Record a client
    Add(AddArgs),
    /// List clients
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one client
    Show {
        /// Client id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::clients))]
        client: String,
    },
    /// Change a client's details (only the flags given)
    Edit(EditArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The client's name
    #[arg(value_parser = parse_nonempty)]
    pub name: String,
    /// A stable key for scripts and imports
    #[arg(long)]
    pub uid: Option<String>,
    #[command(flatten)]
    pub fields: ClientFields,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Client id or uid
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::clients))]
    pub client: String,
    /// New name
    #[arg(long, value_parser = parse_nonempty)]
    pub name: Option<String>,
    /// New uid
    #[arg(long)]
    pub uid: Option<String>,
    /// Mark the payment method unverified
    #[arg(long, conflicts_with = "payment_verified")]
    pub no_payment_verified: bool,
    /// Remove all recorded feedback before adding any --feedback
    #[arg(long)]
    pub clear_feedback: bool,
    #[command(flatten)]
    pub fields: ClientFields,
}

#[derive(Debug, Args)]
pub struct ClientFields {
    /// Country code, e.g. US
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// Rating from 0 to 5, at most two decimals
    #[arg(long, value_name = "X", value_parser = parse_rating)]
    pub rating: Option<f64>,
    /// Number of reviews
    #[arg(long, value_name = "N")]
    pub reviews: Option<u32>,
    /// Hire rate in percent
    #[arg(long, value_name = "PCT", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub hire_rate: Option<u8>,
    /// Total spent on the marketplace, e.g. 125000 or $1200.50
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money, allow_negative_numbers = true)]
    pub total_spent: Option<Cents>,
    /// Average hourly rate paid
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money, allow_negative_numbers = true)]
    pub avg_hourly_paid: Option<Cents>,
    /// The client's payment method is verified
    #[arg(long)]
    pub payment_verified: bool,
    /// Jobs the client has posted
    #[arg(long, value_name = "N")]
    pub jobs_posted: Option<u32>,
    /// Member since (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub member_since: Option<Date>,
    /// A line of recent feedback from freelancers (repeat for more)
    #[arg(long, value_name = "TEXT")]
    pub feedback: Vec<String>,
}

pub use crate::store::clients::ClientSort;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only clients from this country
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// Only clients with a verified payment method
    #[arg(long)]
    pub verified: bool,
    /// Only clients whose name contains this text
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// Order of the list (rating and spent: highest first)
    #[arg(long, default_value = "id")]
    pub sort: ClientSort,
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

fn parse_rating(text: &str) -> std::result::Result<f64, String> {
    match parse_hundredths(text.trim()) {
        Some(h) if h <= 500 => Ok(h as f64 / 100.0),
        _ => Err(format!(
            "invalid rating '{text}': use a number from 0 to 5 with at most two decimals, e.g. 4.85"
        )),
    }
}

impl ClientFields {
    fn apply(&self, c: &mut Client) {
        if let Some(x) = &self.country {
            c.country = Some(x.trim().to_string());
        }
        if let Some(x) = self.rating {
            c.rating = Some(x);
        }
        if let Some(x) = self.reviews {
            c.reviews = x.into();
        }
        if let Some(x) = self.hire_rate {
            c.hire_rate_pct = Some(x.into());
        }
        if let Some(x) = self.total_spent {
            c.total_spent_cents = x.0;
        }
        if let Some(x) = self.avg_hourly_paid {
            c.avg_hourly_paid_cents = Some(x.0);
        }
        if self.payment_verified {
            c.payment_verified = true;
        }
        if let Some(x) = self.jobs_posted {
            c.jobs_posted = x.into();
        }
        if let Some(x) = self.member_since {
            c.member_since = Some(x);
        }
        c.recent_feedback
            .extend(self.feedback.iter().map(|f| f.trim().to_string()));
    }
}

pub fn run(ctx: &mut Ctx, args: ClientsArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        ClientsCommand::Add(a) => {
            let mut client = Client {
                id: 0,
                uid: a.uid.clone(),
                name: a.name.clone(),
                country: None,
                payment_verified: false,
                rating: None,
                reviews: 0,
                hire_rate_pct: None,
                total_spent_cents: 0,
                avg_hourly_paid_cents: None,
                jobs_posted: 0,
                member_since: None,
                recent_feedback: Vec::new(),
                created_at: now,
            };
            a.fields.apply(&mut client);
            let client = ctx.write(|tx| {
                store::check_uid_free(tx, "clients", "client", client.uid.as_deref(), None)?;
                let id = clients::insert(tx, &client)?;
                events::record(
                    tx,
                    now,
                    "client",
                    id,
                    "added",
                    json!({ "name": client.name }),
                )?;
                clients::get(tx, id)
            })?;
            ctx.out.record(&client)
        }
        ClientsCommand::List(a) => {
            let query = clients::ClientQuery {
                country: a.country.clone(),
                verified_only: a.verified,
                name: a.name.clone(),
                sort: a.sort,
                limit: ctx.out.sql_limit(a.limit),
            };
            let (conn, out) = ctx.reader()?;
            let mut list = out.list::<Client>()?;
            clients::list(conn, &query, |c| list.push(&c))?;
            list.finish()
        }
        ClientsCommand::Show { client } => {
            let (conn, out) = ctx.reader()?;
            let id = store::resolve(conn, "clients", "client", &client)?;
            out.record(&clients::get(conn, id)?)
        }
        ClientsCommand::Edit(a) => {
            let updated = ctx.write(|tx| {
                let id = store::resolve(tx, "clients", "client", &a.client)?;
                let before = clients::get(tx, id)?;
                let mut c = before.clone();
                if let Some(n) = &a.name {
                    c.name = n.clone();
                }
                if let Some(u) = &a.uid {
                    store::check_uid_free(tx, "clients", "client", Some(u), Some(id))?;
                    c.uid = Some(u.clone());
                }
                if a.clear_feedback {
                    c.recent_feedback.clear();
                }
                a.fields.apply(&mut c);
                if a.no_payment_verified {
                    c.payment_verified = false;
                }
                let changes = events::changes_between(&before, &c);
                if changes.as_object().is_some_and(|m| !m.is_empty()) {
                    clients::update(tx, &c)?;
                    events::record(tx, now, "client", id, "edited", changes)?;
                }
                clients::get(tx, id)
            })?;
            ctx.out.record(&updated)
        }
    }
}
