//! `lancer agencies add|list|show|member-add`.

use clap::{Args, Subcommand};
use serde_json::json;

use crate::commands::{Ctx, parse_nonempty};
use crate::error::{Error, Result};
use crate::rules::profiles::AgencyRole;
use crate::store::{self, agencies, agencies::Agency, events};

#[derive(Debug, Args)]
#[command(after_help = "\
In an agency the business manager joins the message rooms of members' proposals and is the
one who accepts offers; the owner stands in when there is no business manager.

Examples:
  lancer agencies add \"Northwind Studio\" --uid northwind
  lancer agency member-add northwind \"Sam Ortiz\" --role business-manager
  lancer agency show northwind --json
  lancer agencies list")]
pub struct AgenciesArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<AgenciesCommand>,
}

#[derive(Debug, Subcommand)]
pub enum AgenciesCommand {
    /// Record an agency
    Add {
        /// The agency's name
        #[arg(value_parser = parse_nonempty)]
        name: String,
        /// A stable key for scripts and imports
        #[arg(long)]
        uid: Option<String>,
    },
    /// List agencies with their members
    #[command(visible_alias = "ls")]
    List {
        /// At most this many rows
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Show one agency
    Show {
        /// Agency id, uid or name
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::agencies))]
        agency: String,
    },
    /// Add a member to an agency, or change a member's role
    MemberAdd {
        /// Agency id, uid or name
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::agencies))]
        agency: String,
        /// The member's name
        #[arg(value_parser = parse_nonempty)]
        name: String,
        /// The member's role
        #[arg(long)]
        role: AgencyRole,
    },
}

pub fn run(ctx: &mut Ctx, args: AgenciesArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        AgenciesCommand::Add { name, uid } => {
            let agency = ctx.write(|tx| {
                if agencies::name_taken(tx, &name)? {
                    return Err(Error::refused(format!(
                        "an agency named '{name}' already exists"
                    )));
                }
                store::check_uid_free(tx, "agencies", "agency", uid.as_deref(), None)?;
                let id = agencies::insert(tx, uid.as_deref(), &name, now)?;
                events::record(tx, now, "agency", id, "added", json!({ "name": name }))?;
                agencies::get(tx, id)
            })?;
            ctx.out.record(&agency)
        }
        AgenciesCommand::List { limit } => {
            let (conn, out) = ctx.reader()?;
            let mut q = agencies::select();
            q.limit(out.sql_limit(limit));
            let mut list = out.list::<Agency>()?;
            agencies::each(conn, &q, |a| list.push(&a))?;
            list.finish()
        }
        AgenciesCommand::Show { agency } => {
            let (conn, out) = ctx.reader()?;
            out.record(&agencies::find(conn, &agency)?)
        }
        AgenciesCommand::MemberAdd { agency, name, role } => {
            let agency = ctx.write(|tx| {
                let a = agencies::find(tx, &agency)?;
                agencies::upsert_member(tx, a.id, &name, role, now)?;
                events::record(
                    tx,
                    now,
                    "agency",
                    a.id,
                    "member-added",
                    json!({ "name": name, "role": role }),
                )?;
                agencies::get(tx, a.id)
            })?;
            ctx.out.record(&agency)
        }
    }
}
